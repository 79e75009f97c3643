"""The Gradio web UI: a streaming chat that cites its sources, a sources panel, corpus management.

What the page offers:

- **Ask** tab: a chat (`gr.ChatInterface`, messages format) whose answers stream in when an LLM
  is configured. Each `[n]` marker is a link to source *n* in the panel beside the chat, which
  shows, for the last answer, each cited excerpt highlighted (`<mark>`) inside its paragraph and,
  on demand, inside the whole article. Search settings (passages k, month range, sources,
  answerer) are passed to `Assistant.answer_stream`. Clearing the chat clears the panel.
- **Corpus** tab: the indexed articles, an upload of `.txt`/`.md` articles that are validated,
  stored in the corpus folder and indexed incrementally, and a re-index button that brings the
  index in step with the folder (files added, edited or removed by hand).
- `/answer`: a named API endpoint (gradio_client) returning the answer and citations as JSON.

Safety: everything from articles, file names and answers is escaped text (`html.escape`); the
chatbot additionally sanitizes HTML (Gradio's default) and renders no LaTeX. The theme uses
fonts served by Gradio itself, so the page requests nothing outside the machine. Uploads are
validated whole before anything is written, then written to a hidden temporary file and renamed,
so no partial file is ever seen by the index. An upload never silently overwrites a different
file of the same name: it is refused unless "Replace" is ticked.

Left out: per-user corpora (the corpus folder is shared by everyone using the server), deleting
articles from the UI (remove the file, then re-index), and sources of earlier answers (the panel
shows the last answer; earlier `[n]` links point at the panel as it is).
"""

from __future__ import annotations

import html
import logging
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path, PurePosixPath
from typing import Any

import gradio as gr

from assistant.answer import Assistant, get_assistant
from assistant.corpus import ARTICLE_SUFFIXES, decode_text, load_article, parse_article
from assistant.errors import ArticleError, AssistantError, UploadError
from assistant.index import ArticleSummary
from assistant.query import message_text
from assistant.retrieve import Filter
from assistant.settings import Settings, load_settings
from assistant.types import Answer, Article, Citation

log = logging.getLogger(__name__)

EXAMPLES = [
    "What did Peskov say?",
    "Qu'a dit Peskov ?",
    "How many American soldiers were sent to Eastern Europe?",
    "Que propose Washington ?",
    "Qui envisage de se rendre à Moscou ?",
]
LLM_FREE = "LLM-free (extractive)"
ANY_MONTH = ("any", "")
ARTICLE_COLUMNS = ["File", "Title", "Date", "Chunks"]
MAX_NAME_CHARS = 120
GRADIO_UPLOAD_CAP = 10  # Gradio itself refuses files this many times larger than the limit

THEME = gr.themes.Default(
    font=[gr.themes.Font("system-ui"), "sans-serif"],
    font_mono=[gr.themes.Font("ui-monospace"), "monospace"],
)
CSS = """
#sources .source { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: .6em .8em; margin-bottom: .7em; scroll-margin-top: 1em; }
#sources .source.flash { outline: 3px solid var(--color-accent); }
#sources .source h4 { margin: 0 0 .2em 0; font-size: 1em; }
#sources .meta, #sources .question { color: var(--body-text-color-subdued); font-size: .85em; }
#sources .context { color: var(--body-text-color-subdued); }
#sources mark { background: #fde68a; color: #111; padding: 0 .1em; }
#sources .article { white-space: pre-wrap; max-height: 24em; overflow-y: auto; font-size: .9em; }
#chat a.cite { text-decoration: none; font-size: .8em; vertical-align: super; }
"""
# Citation links scroll the sources panel instead of navigating (Gradio may open links in a tab).
JS = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#source-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1500);
  }, true);
}
"""
_MARKER = re.compile(r"\[(\d+)\]")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]")


# --- the chat -------------------------------------------------------------------------------


def chat_markdown(text: str) -> str:
    """Answer text for the chatbot: HTML escaped, each `[n]` a link to source n in the panel."""
    escaped = html.escape(text, quote=False)
    return _MARKER.sub(r'<a href="#source-\1" class="cite" title="Source \1">[\1]</a>', escaped)


def answer_markdown(result: Answer) -> str:
    """The final answer for the chatbot, with its notice (question cut, LLM fallback) first."""
    text = chat_markdown(result.text)
    return f"_{html.escape(result.notice)}_\n\n{text}" if result.notice else text


def make_filter(date_from: str | None, date_to: str | None, sources: list[str] | None) -> Filter:
    """The retrieval filter for the settings chosen; empty means no limit, bad months ValueError."""
    for month in (date_from, date_to):
        if month and not _MONTH.fullmatch(month.strip()):
            raise ValueError(f"Months look like 2022-02, not {month!r}.")
    return Filter(
        (date_from or "").strip() or None,
        (date_to or "").strip() or None,
        tuple(sources) if sources else None,
    )


def plain_history(history: list) -> list[dict[str, str]]:
    """Gradio's chat history as `{"role", "content"}` dicts with plain-text content."""
    return [{"role": m["role"], "content": message_text(m["content"])} for m in history]


def stream_reply(
    assistant: Assistant,
    message: str,
    history: list,
    k: float | None,
    flt: Filter,
    use_llm: bool,
) -> Iterator[tuple[str, Any]]:
    """Yield `(chat text, sources panel)`: growing text while an LLM streams, then the answer."""
    try:
        result = None
        stream = assistant.answer_stream(
            message, plain_history(history), int(k or 0) or None, flt, use_llm
        )
        for item in stream:
            if isinstance(item, str):
                yield chat_markdown(item), gr.skip()
            else:
                result = item
    except (AssistantError, ValueError) as error:
        yield f"⚠️ {html.escape(str(error))}", sources_html(None)
        return
    assert result is not None
    yield answer_markdown(result), sources_html(result, assistant.settings.corpus_dir, message)


def answer_json(result: Answer) -> dict:
    """The answer and its citations as plain JSON data (no retrieved passages)."""
    data = asdict(result)
    data.pop("passages")
    return data


# --- the sources panel ----------------------------------------------------------------------


def sources_html(
    result: Answer | None, corpus_dir: Path | None = None, question: str | None = None
) -> str:
    """The citations of an answer as escaped HTML: one block per source, anchored `source-n`."""
    head = (
        f"<p class='question'>Sources for: <q>{html.escape(question)}</q></p>" if question else ""
    )
    if result is None:
        return head + "<p class='no-sources'>No sources yet: ask a question.</p>"
    if not result.citations:
        return head + "<p class='no-sources'>No sources: the articles do not answer this.</p>"
    articles = {c.source: _load_article(c.source, corpus_dir) for c in result.citations}
    return head + "\n".join(citation_html(c, articles[c.source]) for c in result.citations)


def citation_html(citation: Citation, article: Article | None) -> str:
    """One source: title, date, file, the excerpt marked in its paragraph, the whole article."""
    current = article and article.text[citation.start : citation.end] == citation.excerpt
    text, paragraphs = (article.text, article.paragraphs) if current else (None, ())
    meta = f"{citation.date or 'undated'} · {citation.source} · characters {citation.start}–{citation.end}"
    parts = [
        f"<section class='source' id='source-{citation.n}'>",
        f"<h4>[{citation.n}] {html.escape(citation.title)}</h4>",
        f"<p class='meta'>{html.escape(meta)}</p>",
    ]
    if text is None:
        parts.append(f"<blockquote><mark>{html.escape(citation.excerpt)}</mark></blockquote>")
        parts.append("<p class='meta'>The article file has changed since it was indexed.</p>")
    else:
        start, end = _paragraph_around(paragraphs, citation.start, citation.end)
        parts.append(f"<blockquote>{marked_span(text, start, end, citation)}</blockquote>")
        body_start = paragraphs[0][0] if paragraphs else 0
        parts.append(
            "<details><summary>Whole article</summary><div class='article'>"
            f"{marked_span(text, body_start, len(text), citation)}</div></details>"
        )
    parts.append("</section>")
    return "".join(parts)


def marked_span(text: str, start: int, end: int, citation: Citation) -> str:
    """`text[start:end]` escaped, the cited excerpt in `<mark>`, the rest greyed."""
    before = html.escape(text[start : citation.start])
    after = html.escape(text[citation.end : end])
    return (
        f"<span class='context'>{before}</span><mark>{html.escape(citation.excerpt)}</mark>"
        f"<span class='context'>{after}</span>"
    )


def _load_article(source: str, corpus_dir: Path | None) -> Article | None:
    """The cited article as it is now on disk, or None when it is gone or unreadable."""
    if corpus_dir is None:
        return None
    try:
        return load_article(Path(corpus_dir) / source, Path(corpus_dir))
    except (ArticleError, ValueError, OSError):
        return None


def _paragraph_around(
    paragraphs: tuple[tuple[int, int], ...], start: int, end: int
) -> tuple[int, int]:
    """The span of the paragraph(s) holding `start:end` (the span itself when none does)."""
    touching = [(s, e) for s, e in paragraphs if s < end and e > start]
    if not touching:
        return start, end
    return min(start, touching[0][0]), max(end, touching[-1][1])


# --- the corpus: listing, uploads, ingest ---------------------------------------------------


def safe_name(original: str) -> str:
    """A safe file name for an upload: its basename, only `[A-Za-z0-9._-]`, no leading dot."""
    base = PurePosixPath(original.replace("\\", "/")).name
    name = _UNSAFE_NAME_CHARS.sub("_", base).lstrip(".")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem[:MAX_NAME_CHARS] or "article"
    return f"{stem}.{suffix.lower()}" if dot else stem


def check_upload(path: Path, max_bytes: int) -> tuple[str, bytes]:
    """The safe name and bytes of an uploaded article; `UploadError` naming it when refused."""
    shown = path.name
    name = safe_name(shown)
    if PurePosixPath(name).suffix not in ARTICLE_SUFFIXES:
        raise UploadError(f"{shown}: only .txt and .md articles are accepted.")
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(f"{shown}: {size:,} bytes is over the {max_bytes:,}-byte limit.")
    data = path.read_bytes()
    try:
        parse_article(decode_text(data, Path(shown)), name)
    except ArticleError as error:
        raise UploadError(f"{shown}: {error.reason}.") from error
    return name, data


def store_file(corpus_dir: Path, name: str, data: bytes, replace: bool) -> str:
    """Write one checked article atomically; returns what happened, for the status message."""
    target = corpus_dir / name
    if target.exists() and target.read_bytes() == data:
        return f"{name}: already in the corpus, unchanged."
    if target.exists() and not replace:
        raise UploadError(
            f"{name}: a different file with this name is already in the corpus; rename the "
            "upload, or tick “Replace files with the same name”."
        )
    tmp = corpus_dir / f".{name}.{uuid.uuid4().hex}.tmp"  # hidden: the corpus loader skips it
    tmp.write_bytes(data)
    try:
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if the name was taken meanwhile: never overwrites
    except FileExistsError as error:
        raise UploadError(f"{name}: a file with this name appeared meanwhile.") from error
    finally:
        tmp.unlink(missing_ok=True)
    return f"{name}: {'replaced' if replace else 'added'}."


def store_uploads(
    paths: list[str], corpus_dir: Path, max_bytes: int, replace: bool = False
) -> tuple[list[str], list[str]]:
    """Check then store each uploaded file; returns (stored lines, refused lines)."""
    stored, refused = [], []
    for path in paths:
        try:
            name, data = check_upload(Path(path), max_bytes)
            stored.append(store_file(Path(corpus_dir), name, data, replace))
        except UploadError as error:
            refused.append(str(error))
    return stored, refused


def article_rows(articles: list[ArticleSummary]) -> list[list[Any]]:
    """The indexed articles as rows of the corpus table."""
    return [[a.source, a.title, a.date or "", a.chunks] for a in articles]


def month_choices(articles: list[ArticleSummary]) -> list[tuple[str, str]]:
    """The months present in the index, as dropdown choices, after 'any'."""
    return [ANY_MONTH] + [(m, m) for m in sorted({a.date for a in articles if a.date})]


def source_choices(articles: list[ArticleSummary]) -> list[tuple[str, str]]:
    """The indexed article files as dropdown choices labelled with their titles."""
    return [(f"{_short(a.title)} — {a.source}", a.source) for a in articles]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def corpus_view(assistant: Assistant) -> tuple[Any, Any, Any, Any]:
    """Updates for the article table and the month/source choices, from the index."""
    articles = assistant.index.articles()
    months = month_choices(articles)
    return (
        article_rows(articles),
        gr.update(choices=months),
        gr.update(choices=months),
        gr.update(choices=source_choices(articles)),
    )


def ingest_message(
    assistant: Assistant, lines: list[str], refused: list[str], sync: bool = True
) -> str:
    """Sync the index with the corpus folder (when `sync`); the corpus tab's status message."""
    out = [f"- {html.escape(line)}" for line in lines]
    out += [f"- ⚠️ Refused {html.escape(line)}" for line in refused]
    if not sync:
        return "\n".join(out)
    try:
        report = assistant.ingest(progress=True)
    except AssistantError as error:
        return "\n".join([*out, f"- ⚠️ Indexing failed: {html.escape(str(error))}"])
    out += [f"- ⚠️ {html.escape(line)}" for line in report.skipped]
    out.append(f"**Index:** {html.escape(report.summary())}")
    return "\n".join(out)


# --- the page -------------------------------------------------------------------------------


def build_app(settings: Settings) -> gr.Blocks:
    """The web app for these settings (pass `THEME`, `CSS`, `JS` to `launch`, as `launch` does)."""
    assistant: Assistant = get_assistant(settings)
    with gr.Blocks(title="Crisis assistant") as app:
        gr.Markdown(
            "# Crisis assistant\nAsk about the 2022 Russia–Ukraine crisis, in English or French; "
            "every claim cites the article passage it comes from."
        )
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                choices = _ask_tab(assistant)
            with gr.Tab("Corpus", id="corpus"):
                table = _corpus_tab(assistant, choices)
        app.load(
            lambda: corpus_view(assistant),
            None,
            [table, *choices],
            queue=False,
            api_visibility="private",
        )
        _api(assistant)
    return app


def _settings_inputs(assistant: Assistant) -> list[gr.components.Component]:
    """The search settings passed to the chat function, in its argument order."""
    settings = assistant.settings
    articles = assistant.index.articles()
    months = month_choices(articles)
    answerers = [LLM_FREE] + ([settings.llm] if settings.llm else [])
    # Custom values let API callers name months or files indexed after the page was built.
    with gr.Accordion("Search settings", open=False), gr.Row():
        k = gr.Slider(
            1, max(20, settings.k), value=settings.k, step=1, label="Passages retrieved (k)"
        )
        date_from = gr.Dropdown(
            months, value="", label="From month (YYYY-MM)", allow_custom_value=True
        )
        date_to = gr.Dropdown(months, value="", label="To month (YYYY-MM)", allow_custom_value=True)
        sources = gr.Dropdown(
            source_choices(articles),
            value=[],
            multiselect=True,
            allow_custom_value=True,
            label="Only these articles (empty = all)",
        )
        answerer = gr.Dropdown(answerers, value=answerers[-1], label="Answerer")
    return [k, date_from, date_to, sources, answerer]


def _ask_tab(assistant: Assistant) -> list[gr.components.Component]:
    """The chat, its settings and the sources panel; returns the choice-bearing dropdowns."""
    inputs = _settings_inputs(assistant)
    panel = gr.HTML(sources_html(None), render=False, elem_id="sources", max_height=720)

    def respond(message, history, k, date_from, date_to, sources, answerer):
        try:
            flt = make_filter(date_from, date_to, sources)
        except ValueError as error:
            yield f"⚠️ {html.escape(str(error))}", sources_html(None)
            return
        yield from stream_reply(assistant, message, history, k, flt, answerer != LLM_FREE)

    with gr.Row():
        with gr.Column(scale=3):
            chat = gr.ChatInterface(
                respond,
                chatbot=gr.Chatbot(
                    label="Conversation",
                    elem_id="chat",
                    height=620,
                    latex_delimiters=[],
                    sanitize_html=True,
                ),
                textbox=gr.Textbox(
                    elem_id="question",
                    placeholder="Ask about the articles, in English or French…",
                    submit_btn=True,
                    show_label=False,
                ),
                examples=[[q, None, None, None, None, None] for q in EXAMPLES],
                additional_inputs=inputs,
                additional_outputs=[panel],
                api_name="chat",
                concurrency_limit=assistant.settings.concurrency,
                fill_height=False,
            )
        with gr.Column(scale=2):
            gr.Markdown("### Sources")
            panel.render()
    chat.chatbot.clear(
        lambda: sources_html(None), None, panel, queue=False, api_visibility="private"
    )
    return inputs[1:4]


def _corpus_tab(assistant: Assistant, choices: list) -> gr.Dataframe:
    """The article table, the upload and the re-index button; returns the table."""
    settings = assistant.settings
    gr.Markdown(
        f"Articles are read from `{html.escape(str(settings.corpus_dir))}`. Add UTF-8 `.txt` or "
        f"`.md` files of at most {settings.max_upload_bytes:,} bytes; a first line "
        "`date YYYY-MM <lede>` gives the date and title."
    )
    with gr.Row():
        upload = gr.File(label="Add articles", file_count="multiple", scale=3, elem_id="upload")
        with gr.Column(scale=1):
            replace = gr.Checkbox(False, label="Replace files with the same name")
            reindex = gr.Button("Re-index the corpus folder")
    status = gr.Markdown(elem_id="corpus-status")
    table = gr.Dataframe(
        headers=ARTICLE_COLUMNS, interactive=False, wrap=True, elem_id="articles", label="Indexed"
    )
    outputs = [status, table, *choices]

    def on_upload(
        files: list[str] | None,
        replace_: bool,
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008 (Gradio's idiom)
    ) -> tuple:
        progress(0, desc="Checking files")
        lines, refused = store_uploads(
            files or [], settings.corpus_dir, settings.max_upload_bytes, replace_
        )
        message = ingest_message(assistant, lines, refused, sync=bool(lines))
        return message, *corpus_view(assistant), None

    def on_reindex(
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008 (Gradio's idiom)
    ) -> tuple:
        progress(0, desc="Reading the corpus folder")
        return ingest_message(assistant, [], []), *corpus_view(assistant)

    upload.upload(
        on_upload,
        [upload, replace],
        [*outputs, upload],
        concurrency_id="ingest",
        concurrency_limit=1,
        api_visibility="private",
    )
    reindex.click(
        on_reindex,
        None,
        outputs,
        concurrency_id="ingest",
        concurrency_limit=1,
        api_visibility="private",
    )
    return table


def _api(assistant: Assistant) -> None:
    """The `/answer` endpoint: the answer and its citations as JSON."""

    def api_answer(
        question: str,
        history: list | None = None,
        k: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sources: list[str] | None = None,
    ) -> dict:
        flt = make_filter(date_from, date_to, sources)
        return answer_json(assistant.answer(question, history or [], k, flt))

    gr.api(api_answer, api_name="answer")


def launch(settings: Settings | None = None, **kwargs: Any) -> None:
    """Build the index if needed, then serve the app (blocking)."""
    settings = settings or load_settings()
    get_assistant(settings).warm_up()
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    app = build_app(settings).queue(default_concurrency_limit=settings.concurrency)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        share=False,
        max_file_size=settings.max_upload_bytes * GRADIO_UPLOAD_CAP,
        theme=THEME,
        css=CSS,
        js=JS,
        footer_links=["api", "settings"],
        **kwargs,
    )
