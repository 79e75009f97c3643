"""The web UI in a real Chromium: `python app.py` served on a free port, driven by Playwright.

Set UPDATE_SCREENSHOT=1 to rewrite docs/screenshot.png from the Peskov answer.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from evals.sessions import served

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ANSWER_TIMEOUT_MS = 60_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    # In CI a missing browser is a failure, not a skip: the setup must install it.
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="needs Debian's chromium: apt-get install chromium",
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")

HOSTILE = (
    "date 2022-03 Un texte piégé <script>window.__xss=1</script> sur les drones Zorglub.\n\n"
    "Le ministère a publié un communiqué sur les drones Zorglub "
    '<img src=x onerror="window.__xss=2"> ce mardi, selon un porte-parole. '
    "Le texte contient aussi ${window.__xss=4} et <b>gras</b>.\n\n"
    "Les drones Zorglub ont été livrés en mars, a indiqué le ministère.\n"
)
UPLOADED = (
    "date 2022-04 La ville de Kvarnovsk a reçu un convoi humanitaire.\n\n"
    "Un convoi de 40 camions est arrivé à Kvarnovsk lundi, a annoncé la Croix-Rouge. "
    "Il transportait des médicaments et de l'eau potable pour les habitants.\n"
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python app.py` on a copy of the corpus plus a hostile article; yields its URL."""
    corpus = tmp_path_factory.mktemp("browser_corpus")
    for path in (REPO / "corpus").iterdir():
        if path.is_file():
            shutil.copy(path, corpus / path.name)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    with served(corpus) as (url, _):
        yield url


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    """Every URL the page requested during the module."""
    return []


@pytest.fixture(scope="module")
def page(server: str, requests_seen: list[str]) -> Iterator:
    """A Chromium page on the app, logging every request it makes."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.on("request", lambda request: requests_seen.append(request.url))
        page.goto(server, wait_until="load")
        page.wait_for_selector("#question textarea")
        yield page
        browser.close()


def ask(page, question: str) -> str:
    """Ask in the Ask tab; returns the text of the answer once the sources panel shows it."""
    page.get_by_role("tab", name="Ask").click()
    page.fill("#question textarea", question)
    page.press("#question textarea", "Enter")
    page.wait_for_function(
        "(q) => document.querySelector('#sources q')?.innerText === q",
        arg=question,
        timeout=ANSWER_TIMEOUT_MS,
    )
    return page.locator("#chat [data-testid=bot]").last.inner_text()


def wait_for_text(page, selector: str, text: str) -> None:
    """Wait until the element's visible text contains `text`."""
    page.wait_for_function(
        "([sel, text]) => document.querySelector(sel)?.innerText.includes(text)",
        arg=[selector, text],
        timeout=ANSWER_TIMEOUT_MS,
    )


def test_peskov_answer_cites_sources(page) -> None:
    examples = page.locator("#chat").inner_text()
    assert "What did Peskov say?" in examples and "Qu'a dit Peskov ?" in examples
    answer = ask(page, "What did Peskov say?")
    assert "Peskov" in answer and "Nous appelons" in answer
    link = page.locator("#chat [data-testid=bot] a[href='#source-1']").last
    assert link.inner_text() == "[1]"
    source = page.locator("#sources #source-1")
    assert "Après l'envoi de 3 000 soldats" in source.locator("h4").inner_text()
    assert "2022-02" in source.inner_text() and "000_d372c2d687251f99.txt" in source.inner_text()
    assert source.locator("mark").first.inner_text().startswith("«Nous appelons")
    # the excerpt reads on to the spokesman's next quotation; the context goes on after it
    assert "Malheureusement" in source.locator("mark").first.inner_text()
    assert "Selon lui" in source.locator("blockquote .context").last.inner_text()
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "docs" / "screenshot.png"))
    assert source.locator(".article").inner_text() == ""  # the whole article comes on demand
    source.locator("summary").click()
    source.locator(".article mark").wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert source.locator(".article mark").inner_text().startswith("«Nous appelons")
    assert "Washington a en revanche" in source.locator(".article").inner_text()


def test_citation_link_scrolls_to_source(page) -> None:
    url = page.url
    page.locator("#chat [data-testid=bot] a[href='#source-2']").last.click()
    page.wait_for_timeout(300)
    assert page.url == url and len(page.context.pages) == 1
    assert page.locator("#sources #source-2").is_visible()


def test_hostile_article_is_shown_as_text(page) -> None:
    question = 'Drones Zorglub: que dit le ministère ? <img src=x onerror="window.__xss=3">'
    answer = ask(page, question)
    assert "Zorglub" in answer
    panel = page.locator("#sources").inner_text()
    assert "<script>window.__xss=1</script>" in panel
    assert '<img src=x onerror="window.__xss=2">' in panel
    assert "${window.__xss=4}" in panel
    assert 'onerror="window.__xss=3"' in panel  # the question, echoed as text
    assert page.locator("#sources img, #sources script, #sources b").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__xss") is None


def test_a_users_html_is_shown_as_text(page, requests_seen: list[str]) -> None:
    typed = '<img src="http://example.invalid/x.png"> ![y](http://example.invalid/y.png) **Peskov**'
    page.get_by_role("tab", name="Ask").click()
    page.fill("#question textarea", typed)
    page.press("#question textarea", "Enter")
    page.wait_for_function(
        "(q) => document.querySelector('#sources q')?.innerText === q", arg=typed, timeout=60_000
    )
    user = page.locator("#chat [data-testid=user]").last
    assert user.inner_text().strip() == typed
    assert page.locator("#chat img").count() == 0
    page.wait_for_timeout(500)
    assert [url for url in requests_seen if "example.invalid" in url] == []


def test_hostile_title_in_corpus_table_is_text(page) -> None:
    page.get_by_role("tab", name="Corpus").click()
    wait_for_text(page, "#articles", "hostile.txt")
    assert "<script>window.__xss=1</script>" in page.locator("#articles").inner_text()
    assert page.evaluate("() => window.__xss") is None


def test_upload_then_ask_about_it(page, tmp_path: Path) -> None:
    good = tmp_path / "Convoi humanitaire (AFP).txt"
    good.write_text(UPLOADED, encoding="utf-8")
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#upload input[type=file]").set_input_files([str(good), str(bad)])
    wait_for_text(page, "#articles", "Convoi humanitaire (AFP).txt")
    status = page.locator("#corpus-status").inner_text()
    assert "notes.pdf" in status and "only .txt and .md" in status
    assert "1 added" in status
    answer = ask(page, "Combien de camions sont arrivés à Kvarnovsk ?")
    assert "40 camions" in answer
    assert "Convoi humanitaire (AFP).txt" in page.locator("#sources").inner_text()


def test_clear_empties_the_sources_panel(page) -> None:
    page.get_by_role("tab", name="Ask").click()
    page.locator("#chat").get_by_role("button", name=re.compile("clear", re.I)).first.click()
    wait_for_text(page, "#sources", "No sources yet")
    assert page.locator("#chat [data-testid=bot]").count() == 0


def test_no_request_leaves_the_machine(page, requests_seen: list[str]) -> None:
    assert requests_seen
    outside = [url for url in requests_seen if urlparse(url).hostname not in LOCAL_HOSTS]
    assert outside == []
