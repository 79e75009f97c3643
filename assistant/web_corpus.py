"""The Corpus tab of the web UI: the table of indexed articles, the month and source choices
the Ask tab's settings offer, the upload of articles (stored by `uploads`) and the re-index
button (`/reindex`), with a status message in which every file name and reason is text. It
answers no question and stores no file itself.
"""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.answer import Assistant
from assistant.catalog import FileRow
from assistant.errors import AssistantError
from assistant.uploads import store_uploads
from assistant.web_chat import plain_markdown

ANY_MONTH = ("any", "")


ARTICLE_COLUMNS = ["File", "Title", "Outlet", "Published", "Chunks"]


def article_rows(articles: list[FileRow]) -> list[list[Any]]:
    """The indexed articles as rows of the corpus table."""
    return [
        [a.source, a.title, a.outlet or "", a.published or a.date or "", a.chunks] for a in articles
    ]


def month_choices(articles: list[FileRow]) -> list[tuple[str, str]]:
    """The months present in the index, as dropdown choices, after 'any'."""
    return [ANY_MONTH] + [(m, m) for m in sorted({a.date for a in articles if a.date})]


def source_choices(articles: list[FileRow]) -> list[tuple[str, str]]:
    """The indexed article files as dropdown choices labelled with their titles."""
    return [(f"{_short(a.title)} — {a.source}", a.source) for a in articles]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def corpus_view(assistant: Assistant) -> tuple[Any, Any, Any, Any]:
    """Updates for the article table and the month/source choices, from the index."""
    articles = assistant.index.all_files()
    months = month_choices(articles)
    return (
        article_rows(articles),
        gr.update(choices=months),
        gr.update(choices=months),
        gr.update(choices=source_choices(articles)),
    )


def ingest_message(
    assistant: Assistant,
    lines: list[str],
    refused: list[str],
    sync: bool = True,
    warnings: list[str] | None = None,
) -> str:
    """Sync the index with the corpus folder (when `sync`); the corpus tab's status message,
    every file name and reason shown as text."""
    out = [f"- {plain_markdown(line)}" for line in lines]
    out += [f"- ⚠️ {plain_markdown(line)}" for line in warnings or []]
    out += [f"- ⚠️ Refused {plain_markdown(line)}" for line in refused]
    if not sync:
        return "\n".join(out)
    try:
        report = assistant.ingest(progress=True)
    except AssistantError as error:
        return "\n".join([*out, f"- ⚠️ Indexing failed: {plain_markdown(str(error))}"])
    out += [f"- ⚠️ {plain_markdown(line)}" for line in report.skipped + report.warnings]
    out.append(f"**Index:** {plain_markdown(report.summary())}")
    return "\n".join(out)


def corpus_tab(assistant: Assistant, choices: list) -> gr.Dataframe:
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
        headers=ARTICLE_COLUMNS,
        interactive=False,
        wrap=True,
        elem_id="articles",
        label="Indexed (click a column to sort)",
        show_search="search",
        max_height=600,
    )
    outputs = [status, table, *choices]

    def on_upload(
        files: list[str] | None,
        replace_: bool,
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008 (Gradio's idiom)
    ) -> tuple:
        progress(0, desc="Checking files")
        warnings: list[str] = []
        lines, refused = store_uploads(
            files or [], settings.corpus_dir, settings.max_upload_bytes, replace_, warnings
        )
        message = ingest_message(assistant, lines, refused, bool(lines), warnings)
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
    # Callable as /reindex (as the button is, by anyone who can open the page), for load tests.
    reindex.click(
        on_reindex,
        None,
        outputs,
        concurrency_id="ingest",
        concurrency_limit=1,
        api_name="reindex",
        api_visibility="undocumented",
    )
    return table
