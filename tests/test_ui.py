"""The web UI: its pure helpers (uploads, escaping, streaming), then the app served for real on a
free port and called through `gradio_client`."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import gradio as gr
import pytest
from gradio_client import Client

from assistant.errors import UploadError
from assistant.types import Answer, Citation
from assistant.ui import (
    LLM_FREE,
    build_app,
    chat_markdown,
    check_upload,
    make_filter,
    safe_name,
    sources_html,
    store_file,
    store_uploads,
    stream_reply,
)

ARTICLE = "date 2022-03 Un titre <b>piégé</b>.\n\nPremier paragraphe. <script>x()</script> Fin.\n"


# --- uploads --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "safe"),
    [
        ("article.txt", "article.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\Note Été (1).MD", "Note__t___1_.md"),
        (".hidden.txt", "hidden.txt"),
        ("...txt", "txt"),  # no extension left: refused by check_upload
        ("<script>.txt", "_script_.txt"),
    ],
)
def test_safe_name_keeps_a_plain_basename(original: str, safe: str) -> None:
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
    assert stored == ["Bon_article.txt: added."]
    assert len(refused) == 1 and refused[0].startswith("bad.txt: not UTF-8")
    assert [p.name for p in corpus.iterdir()] == ["Bon_article.txt"]


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
    assert "<details><summary>Whole article</summary>" in panel


def test_sources_html_without_the_article_file_still_shows_the_excerpt(tmp_path: Path) -> None:
    citation = citation_of(ARTICLE, "Premier paragraphe.", source="gone.txt")
    panel = sources_html(Answer("x [1]", [citation]), tmp_path)
    assert "<mark>Premier paragraphe.</mark>" in panel and "changed since" in panel


def test_make_filter_checks_months() -> None:
    assert make_filter("2022-02", "", []).date_from == "2022-02"
    assert make_filter("", None, ["a.txt"]).sources == ("a.txt",)
    with pytest.raises(ValueError, match="2022-02"):
        make_filter("février", None, None)


# --- streaming ------------------------------------------------------------------------------


class StreamingAssistant:
    """Yields growing text like an LLM answerer, then the final answer; records `use_llm`."""

    def __init__(self, corpus_dir: Path) -> None:
        self.settings = type("S", (), {"corpus_dir": corpus_dir})()
        self.calls: list[bool] = []

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
def test_chat_settings_filter_retrieval(served):
    text, sources = served.predict(
        "What did Peskov say?", 2, "2022-03", "", [], LLM_FREE, api_name="/chat"
    )
    assert "source-1" not in sources and "[1]" not in text
    text, _ = served.predict("What did Peskov say?", 2, "mars", "", [], LLM_FREE, api_name="/chat")
    assert "Months look like 2022-02" in text


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
