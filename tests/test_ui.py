"""The web UI: its pure helpers (uploads, escaping, streaming), then the app served for real on a
free port and called through `gradio_client`."""

from __future__ import annotations

import html
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import gradio as gr
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from assistant.answer import get_assistant
from assistant.errors import BadInputError, EmptyQuestionError, UploadError
from assistant.types import Answer, Citation
from assistant.ui import build_app
from assistant.uploads import check_upload, safe_name, store_file, store_uploads
from assistant.web_ask import LLM_FREE
from assistant.web_chat import (
    chat_markdown,
    plain_history,
    plain_markdown,
    stream_reply,
    unplain_markdown,
)
from assistant.web_inputs import check_history, check_k, check_question, make_filter
from assistant.web_sources import (
    ARTICLE_CHARS,
    CONTEXT_CHARS,
    article_json,
    context_span,
    sources_html,
)

ARTICLE = "date 2022-03 Un titre <b>piégé</b>.\n\nPremier paragraphe. <script>x()</script> Fin.\n"


# --- uploads --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "safe"),
    [
        ("article.txt", "article.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\Note Été (1).MD", "Note Été (1).md"),
        ("Écho de Moscou.txt", "Écho de Moscou.txt"),
        ("E\u0301cho.txt", "\u00c9cho.txt"),  # decomposed accents are composed (NFC)
        ("Київ — звіт.md", "Київ — звіт.md"),
        (".hidden.txt", "hidden.txt"),
        ("...txt", "txt"),  # no extension left: refused by check_upload
        ("<script>.txt", "_script_.txt"),
        ('a:b*c?d"e|f.txt', "a_b_c_d_e_f.txt"),
        ("nul\x00byte\x1f.txt", "nulbyte.txt"),
        ("fichier\u202etxt.exe.md", "fichiertxt.exe.md"),  # a right-to-left override is dropped
        ("a..b.txt", "a.b.txt"),
        ("  spaced \t  out .TXT", "spaced out.txt"),
        ("é" * 300 + ".txt", "é" * 100 + ".txt"),  # 200 bytes of name at most
    ],
)
def test_safe_name_keeps_letters_and_drops_what_is_unsafe(original: str, safe: str) -> None:
    assert safe_name(original) == safe


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("big.txt", b"x" * 101, "over the 100-byte limit"),
        ("notes.pdf", b"%PDF", "only .txt and .md"),
        ("latin1.txt", "date 2022-02 Caf\xe9".encode("latin-1"), "not UTF-8"),
        ("empty.md", b" \n\n", "empty"),
        ("header.txt", b"date 2022-02  \n", "no text after the header"),
        ("nul.txt", b"a\x00b", "binary"),
    ],
)
def test_check_upload_refuses_with_the_file_name(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(UploadError, match=message) as refused:
        check_upload(write(tmp_path / name, data), max_bytes=100)
    assert str(refused.value).startswith(name)


def test_store_file_never_overwrites_unless_asked(tmp_path: Path) -> None:
    assert store_file(tmp_path, "a.txt", b"one", replace=False) == "a.txt: added."
    assert "unchanged" in store_file(tmp_path, "a.txt", b"one", replace=False)
    with pytest.raises(UploadError, match="already in the corpus"):
        store_file(tmp_path, "a.txt", b"two", replace=False)
    assert (tmp_path / "a.txt").read_bytes() == b"one"
    assert store_file(tmp_path, "a.txt", b"two", replace=True) == "a.txt: replaced."
    assert (tmp_path / "a.txt").read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left


def test_store_uploads_keeps_the_good_and_names_the_bad(tmp_path: Path) -> None:
    uploads, corpus = tmp_path / "up", tmp_path / "corpus"
    uploads.mkdir(), corpus.mkdir()
    good = write(uploads / "Bon article.txt", ARTICLE.encode())
    bad = write(uploads / "bad.txt", b"\xff\xfe")
    stored, refused = store_uploads([str(good), str(bad)], corpus, max_bytes=10_000)
    assert stored == ["Bon article.txt: added."]
    assert len(refused) == 1 and refused[0].startswith("bad.txt: not UTF-8")
    assert [p.name for p in corpus.iterdir()] == ["Bon article.txt"]


def test_store_uploads_keeps_accented_names_and_reports_header_problems(tmp_path: Path) -> None:
    uploads, corpus = tmp_path / "up", tmp_path / "corpus"
    uploads.mkdir(), corpus.mkdir()
    upload = write(uploads / "Écho de Moscou.txt", b"date 2022-13 Titre.\n\nTexte.")
    warnings: list[str] = []
    stored, refused = store_uploads([str(upload)], corpus, 10_000, warnings=warnings)
    assert (stored, refused) == (["Écho de Moscou.txt: added."], [])
    assert [p.name for p in corpus.iterdir()] == ["Écho de Moscou.txt"]
    assert len(warnings) == 1 and warnings[0].startswith("Écho de Moscou.txt line 1: month 13")


def test_uploads_never_read_or_write_through_links_or_special_files(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside.txt", b"date 2022-01 Secret.\n\nsecret")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").symlink_to(outside)
    with pytest.raises(UploadError, match="link or special file"):
        store_file(corpus, "a.txt", ARTICLE.encode(), replace=True)
    assert outside.read_bytes() == b"date 2022-01 Secret.\n\nsecret"
    assert (corpus / "a.txt").is_symlink()
    (tmp_path / "link.txt").symlink_to(outside)
    os.mkfifo(tmp_path / "pipe.txt")
    for name in ("link.txt", "pipe.txt"):
        with pytest.raises(UploadError, match="not a regular file"):
            check_upload(tmp_path / name, max_bytes=10_000)


# --- escaping and links ---------------------------------------------------------------------


def test_chat_markdown_escapes_html_and_links_markers() -> None:
    text = chat_markdown('<img src=x onerror="alert(1)"> dit-il. [1][2]')
    assert "<img" not in text and "&lt;img" in text
    assert '<a href="#source-1" class="cite" title="Source 1">[1]</a>' in text
    assert 'href="#source-2"' in text


def citation_of(text: str, excerpt: str, source: str = "a.txt") -> Citation:
    start = text.index(excerpt)
    end = start + len(excerpt)
    return Citation(1, "a", "Un titre <b>piégé</b>.", "2022-03", source, excerpt, start, end, 1.0)


def test_sources_html_marks_the_excerpt_in_its_paragraph(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    citation = citation_of(ARTICLE, "<script>x()</script> Fin.")
    panel = sources_html(Answer("x [1]", [citation]), tmp_path, "Qui <i>?</i>")
    assert "id='source-1'" in panel and "2022-03" in panel and "a.txt" in panel
    assert "<script>" not in panel and "<b>" not in panel and "<i>" not in panel
    assert "<mark>&lt;script&gt;x()&lt;/script&gt; Fin.</mark>" in panel
    assert "<span class='context'>Premier paragraphe. </span><mark>" in panel
    assert "<details class='whole' data-source='a.txt' data-start='57' data-end='82'>" in panel
    assert "<summary>Whole article</summary><div class='article'></div>" in panel  # on demand


def test_sources_html_without_the_article_file_still_shows_the_excerpt(tmp_path: Path) -> None:
    citation = citation_of(ARTICLE, "Premier paragraphe.", source="gone.txt")
    panel = sources_html(Answer("x [1]", [citation]), tmp_path)
    assert "<mark>Premier paragraphe.</mark>" in panel and "changed since" in panel


def long_paragraph_article(words: int) -> str:
    body = " ".join(f"mot{i}" for i in range(words))
    return f"date 2022-03 Titre.\n\nDébut. {body} La phrase citée est ici. {body} Fin.\n"


def test_sources_panel_carries_a_bounded_part_of_a_long_paragraph(tmp_path: Path) -> None:
    text = long_paragraph_article(600_000)  # one paragraph of about 10 MB, cited twice
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    cited = citation_of(text, "La phrase citée est ici.")
    panel = sources_html(Answer("x [1] [2]", [cited, replace(cited, n=2)]), tmp_path)
    assert len(panel) < 2 * (CONTEXT_CHARS + 600)
    assert panel.count("<mark>La phrase citée est ici.</mark>") == 2
    before, after = re.search(
        r"<span class='context'>([^<]*)</span><mark>[^<]*</mark><span class='context'>([^<]*)<",
        panel,
    ).groups()
    assert before.startswith("…mot") and after.endswith(" …")  # cut at words, said so
    assert re.fullmatch(r"…(mot\d+ )+", before) and re.fullmatch(r" (mot\d+ )+…", after)


@pytest.mark.parametrize(
    ("text", "excerpt", "shown"),
    [
        # A short paragraph is shown whole, and never the header line nor the next paragraph.
        ("date 2022-03 Titre.\n\nAvant. Cité. Après.\n\nAutre.", "Cité.", ("Avant. ", " Après.")),
        ("date 2022-03 Cité. Suite.\n\nAutre.", "Cité.", ("", " Suite.")),
    ],
)
def test_context_span_stays_in_its_paragraph(text: str, excerpt: str, shown: tuple) -> None:
    start = text.index(excerpt)
    a, b, cut_before, cut_after = context_span(text, start, start + len(excerpt))
    assert (text[a:start], text[start + len(excerpt) : b]) == shown
    assert not cut_before and not cut_after


def test_real_news_article_panel_is_bounded(tmp_path: Path) -> None:
    news = Path("/work/shared/corpus-news")
    if not news.is_dir():
        pytest.skip("the real news corpus is not on this machine")
    path = max(sorted(news.glob("*.txt"))[:200], key=lambda p: p.stat().st_size)
    text = path.read_text(encoding="utf-8")
    assert len(text) > 10_000  # a one-paragraph body of several kB
    middle = text.index(". ", len(text) // 2) + 2
    excerpt = text[middle : text.index(".", middle) + 1]
    (tmp_path / path.name).write_text(text, encoding="utf-8")
    panel = sources_html(Answer("x [1]", [citation_of(text, excerpt, path.name)]), tmp_path)
    assert len(panel) < CONTEXT_CHARS + 1_000 and html.escape(excerpt) in panel


def test_plain_markdown_shows_the_text_as_typed() -> None:
    typed = '<img src="http://example.invalid/x.png"> ![a](http://example.invalid/y.png) **b** \\'
    shown = plain_markdown(typed)
    assert "<" not in shown.replace("\\<", "") and "![" not in shown
    assert unplain_markdown(shown) == typed
    assert plain_history([{"role": "user", "content": [{"type": "text", "text": shown}]}]) == [
        {"role": "user", "content": typed}
    ]


def test_chat_markdown_disarms_markdown_images_but_keeps_citations() -> None:
    text = chat_markdown("Voir ![x](http://example.invalid/x.png) et ceci![1]")
    assert "![x]" not in text and "!\\[x](http://example.invalid/x.png)" in text
    assert '!<a href="#source-1"' in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2022-02", "", []), None),
        (("2022-02", "2022-02", None), None),
        (
            ("février", None, None),
            "must look like 2022-02 (YYYY-MM, month 01 to 12), not 'février'",
        ),
        (("2022-13", None, None), "month 01 to 12"),
        ((None, "22-02", None), "The 'to' month must look like 2022-02"),
        (("2022-05", "2022-03", None), "'from' month 2022-05 is after the 'to' month 2022-03"),
        ((None, None, ["nope.txt"]), "Unknown article file: 'nope.txt'. Name files as the Corpus"),
        ((None, None, [3]), "sources must be a list of article file names"),
    ],
)
def test_make_filter_checks_months_order_and_sources(args: tuple, message: str | None) -> None:
    if message is None:
        assert make_filter(*args, known_sources={"a.txt"}).date_from == args[0]
        return
    with pytest.raises(BadInputError) as refused:
        make_filter(*args, known_sources={"a.txt"})
    assert message in str(refused.value)
    assert isinstance(refused.value, ValueError)


@pytest.mark.parametrize(
    ("k", "expected"),
    [(None, None), ("", None), (3, 3), (3.0, 3), ("7", 7), (50, 50), (1, 1)],
)
def test_check_k_accepts_whole_numbers_from_1_to_50(k: object, expected: int | None) -> None:
    assert check_k(k, 5) == expected


@pytest.mark.parametrize(
    ("k", "message"),
    [
        (0, "must be from 1 to 50, not 0"),
        (-3, "must be from 1 to 50, not -3"),
        (1000, "must be from 1 to 50, not 1000"),
        (2.5, "must be a whole number from 1 to 50, not 2.5"),
        ("beaucoup", "whole number"),
        (True, "whole number"),
        (float("nan"), "whole number"),
    ],
)
def test_check_k_refuses_with_the_range(k: object, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as refused:
        check_k(k, 5)
    assert "leave it empty for the default (5)" in str(refused.value)


@pytest.mark.parametrize(
    ("history", "ok"),
    [
        (None, True),
        ([], True),
        ([{"role": "user", "content": "Qu'a dit Peskov ?"}], True),
        ([{"role": "assistant", "content": [{"type": "text", "text": "x"}]}], True),
        ("What did Peskov say?", False),
        ([{"role": "system", "content": "x"}], False),
        ([{"content": "x"}], False),
        ([["user", "x"]], False),
    ],
)
def test_check_history(history: object, ok: bool) -> None:
    if ok:
        assert check_history(history) == (history or [])
    else:
        with pytest.raises(BadInputError, match='role "user" or "assistant"'):
            check_history(history)


def test_check_question() -> None:
    assert check_question("Qui ?") == "Qui ?"
    for empty in ("", "  ", None):
        with pytest.raises(EmptyQuestionError):
            check_question(empty)
    with pytest.raises(BadInputError, match="must be text"):
        check_question(42)


# --- streaming ------------------------------------------------------------------------------


class StreamingAssistant:
    """Yields growing text like an LLM answerer, then the final answer; records `use_llm`."""

    def __init__(self, corpus_dir: Path) -> None:
        self.settings = type("S", (), {"corpus_dir": corpus_dir})()
        self.calls: list[bool] = []

    def flagged_in(self, source: str) -> int:
        return 0

    def answer_stream(self, question, history, k, flt, use_llm):
        self.calls.append(use_llm)
        if use_llm:
            yield "Il a dit <b>"
            yield "Il a dit <b> non [1]"
        yield Answer("Il a dit non [1]", [], notice="LLM <fell> back")


def test_stream_reply_streams_text_then_the_answer_and_panel(tmp_path: Path) -> None:
    fake = StreamingAssistant(tmp_path)
    steps = list(stream_reply(fake, "q", [], 4, make_filter(None, None, None), True))
    assert [text for text, _ in steps[:2]] == [
        "Il a dit &lt;b&gt;",
        chat_markdown("Il a dit <b> non [1]"),
    ]
    assert all(isinstance(panel, type(gr.skip())) for _, panel in steps[:2])
    text, panel = steps[-1]
    assert text.startswith("_LLM &lt;fell&gt; back_") and 'href="#source-1"' in text
    assert "Sources for" in panel
    assert len(list(stream_reply(fake, "q", [], 4, make_filter(None, None, None), False))) == 1
    assert fake.calls == [True, False]


# --- the served app -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(assistant, settings):
    app = build_app(settings)
    app.queue(default_concurrency_limit=settings.concurrency)
    _, url, _ = app.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=None)
    client = Client(url, verbose=False)
    yield client
    client.close()
    app.close()


@pytest.mark.slow
def test_api_answer_returns_citations(served):
    result = served.predict("What did Peskov say?", [], api_name="/answer")
    assert not result["abstained"]
    assert any("Nous appelons" in c["excerpt"] for c in result["citations"])


@pytest.mark.slow
def test_api_answer_accepts_k_and_filters(served):
    result = served.predict("What did Peskov say?", [], 1, api_name="/answer")
    assert {c["source"] for c in result["citations"]} == {"000_d372c2d687251f99.txt"}
    later = served.predict("What did Peskov say?", [], None, "2022-03", api_name="/answer")
    assert later["citations"] == []


@pytest.mark.slow
def test_chat_answers_with_sources_panel(served):
    text, sources = served.predict("Qu'a dit Peskov ?", api_name="/chat")
    assert "[1]" in text and "Peskov" in text and 'href="#source-1"' in text
    assert "id='source-1'" in sources and "2022-02" in sources and "<mark>" in sources


@pytest.mark.slow
def test_chat_settings_filter_retrieval(served, capfd):
    text, sources = served.predict(
        "What did Peskov say?", 2, "2022-03", "", [], LLM_FREE, api_name="/chat"
    )
    assert "source-1" not in sources and "[1]" not in text
    text, _ = served.predict("What did Peskov say?", 2, "mars", "", [], LLM_FREE, api_name="/chat")
    assert "The 'from' month must look like 2022-02" in text
    text, _ = served.predict(
        "What did Peskov say?", 2, "2022-03", "2022-02", [], LLM_FREE, api_name="/chat"
    )
    assert "is after the 'to' month" in text
    text, _ = served.predict(
        "What did Peskov say?", 2, "", "", ["x.txt"], LLM_FREE, api_name="/chat"
    )
    assert "Unknown article file: 'x.txt'" in text
    text, _ = served.predict("What did Peskov say?", 0, "", "", [], LLM_FREE, api_name="/chat")
    assert "k (passages retrieved) must be from 1 to 50, not 0" in text
    assert "Traceback" not in capfd.readouterr().err


BAD_REQUESTS = [
    (("",), "The question is empty: type a question about the articles."),
    (("Q?", [], 0), "k (passages retrieved) must be from 1 to 50, not 0"),
    (("Q?", [], -3), "must be from 1 to 50, not -3"),
    (("Q?", [], 1000), "must be from 1 to 50, not 1000"),
    (("Q?", [], None, "2022-13"), "The 'from' month must look like 2022-02"),
    (("Q?", [], None, "2022-05", "2022-03"), "The 'from' month 2022-05 is after the 'to' month"),
    (("Q?", [], None, None, None, ["nope.txt"]), "Unknown article file: 'nope.txt'"),
    (("Q?", "not a list"), "history must be a list of messages"),
]


@pytest.mark.slow
def test_api_refuses_bad_input_with_a_message_not_a_traceback(served, capfd):
    for args, message in BAD_REQUESTS:
        with pytest.raises(AppError) as refused:
            served.predict(*args, api_name="/answer")
        assert message in str(refused.value)
        assert "upstream Gradio app" not in str(refused.value)
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.slow
def test_api_article_gives_the_article_with_the_excerpt_marked(served, article):
    start = article.text.index("«Nous appelons")
    got = served.predict(article.source, start, start + 20, api_name="/article")
    assert got["text"] == article.text[got["start"] : got["end"]] and got["note"] is None
    assert got["text"][got["mark_start"] : got["mark_end"]] == "«Nous appelons const"
    for name in ("../../etc/passwd", "nope.txt"):
        with pytest.raises(AppError, match="Unknown article file"):
            served.predict(name, api_name="/article")


@pytest.mark.slow
def test_whole_article_is_bounded_and_keeps_the_excerpt_in_view(make_settings):
    settings = make_settings()
    text = long_paragraph_article(25_000)  # about 400 kB in one paragraph
    (settings.corpus_dir / "long.txt").write_text(text, encoding="utf-8")
    assistant = get_assistant(settings)
    assistant.ingest()
    start = text.index("La phrase citée")
    got = article_json(assistant, "long.txt", start, start + 15)
    assert len(got["text"]) == ARTICLE_CHARS and got["end"] - got["start"] == ARTICLE_CHARS
    assert got["text"][got["mark_start"] : got["mark_end"]] == "La phrase citée"
    assert "characters" in got["note"] and "long.txt" in got["note"]
    first = article_json(assistant, "long.txt")
    assert first["text"].startswith("Titre.\n\nDébut.") and first["mark_start"] is None


@pytest.mark.slow
def test_ten_simultaneous_questions_all_get_answers(served):
    questions = ["What did Peskov say?", "Qu'a dit Peskov ?"] * 5
    jobs = [served.submit(q, api_name="/chat") for q in questions]
    with ThreadPoolExecutor(len(jobs)) as pool:
        results = list(pool.map(lambda job: job.result(timeout=120), jobs))
    assert len(results) == 10
    assert all("[1]" in text and "source-1" in sources for text, sources in results)


@pytest.mark.slow
def test_llm_free_choice_answers_without_the_configured_llm(assistant, settings):
    with_llm = settings.model_copy(
        update={"llm": "ollama:absent-model", "ollama_base_url": "http://127.0.0.1:9"}
    )
    app = build_app(with_llm).queue()
    _, url, _ = app.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=None)
    client = Client(url, verbose=False)
    try:
        endpoint = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
        answerer = endpoint["/chat"]["parameters"][-1]
        assert answerer["parameter_default"] == "ollama:absent-model"
        text, sources = client.predict(
            "What did Peskov say?", 4, "", "", [], LLM_FREE, api_name="/chat"
        )
        assert "[1]" in text and "id='source-1'" in sources
        assert not text.startswith(("_", "⚠️"))  # no LLM fallback notice, no LLM error
        via_llm, _ = client.predict("What did Peskov say?", api_name="/chat")
        assert via_llm.startswith(("_", "⚠️"))  # the unreachable LLM was tried
    finally:
        client.close()
        app.close()
