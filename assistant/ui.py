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
chatbot additionally sanitizes HTML (Gradio's default) and renders no LaTeX. A user's own chat
message is shown as typed: it is stored with every HTML and Markdown sign backslash-escaped
(`plain_markdown`), so `<img src=…>` or `![](…)` stay text and the page requests nothing from
another host; the history handed to the answerer is unescaped again. The theme uses fonts
served by Gradio itself. Uploads are validated whole before anything is written, then written
to a hidden temporary file and renamed, so no partial file is ever seen by the index; their
names keep their letters (NFC) and lose only what is unsafe in a path. An upload never silently
overwrites a different file of the same name (it is refused unless "Replace" is ticked), nor
writes through a symbolic link.

Bad input: every input of `/answer` and of the chat's search settings is checked
(`check_request`) and refused with a message saying what is wrong and what is accepted, raised
as `gr.Error` (gradio_client shows it; the server logs no traceback). The sources panel carries
each cited passage in at most `CONTEXT_CHARS` characters of its paragraph; the whole article is
fetched only when asked for (`/article`, at most `ARTICLE_CHARS` characters). Per-session state
is bounded (`MAX_SESSIONS`) and a session's state is released when its client disconnects.

The page's parts live beside it: `web_ask` (the Ask tab and its search settings), `web_chat`
(the chat's text), `web_inputs` (checking a question's inputs), `web_sources` (the sources panel
and `/article`), `web_corpus` (the Corpus tab), `uploads` (storing uploaded articles) and
`web_page` (the theme, style and script). This module joins them into the app, adds the API and
serves it.

Left out: per-user corpora (the corpus folder is shared by everyone using the server), deleting
articles from the UI (remove the file, then re-index), and sources of earlier answers (the panel
shows the last answer; earlier `[n]` links point at the panel as it is).
"""

from __future__ import annotations

import logging
import socket
from typing import Any

import gradio as gr

from assistant.answer import Assistant, get_assistant
from assistant.errors import AssistantError, PortInUseError
from assistant.settings import Settings, check_data_dir, load_settings
from assistant.web_ask import ask_tab
from assistant.web_chat import answer_json
from assistant.web_corpus import corpus_tab, corpus_view
from assistant.web_inputs import check_request
from assistant.web_page import CSS, JS, THEME
from assistant.web_sources import article_json

log = logging.getLogger(__name__)


GRADIO_UPLOAD_CAP = 10  # Gradio itself refuses files this many times larger than the limit


INDEXING_POLL_S = 2  # how often the page asks whether an indexing run is under way


MAX_SESSIONS = 256  # sessions whose state the server keeps; the oldest is dropped first


TEMP_FILES = (3600, 3600)  # Gradio's upload copies: swept hourly, removed after an hour


def build_app(settings: Settings) -> gr.Blocks:
    """The web app for these settings (pass `THEME`, `CSS`, `JS` to `launch`, as `launch` does)."""
    assistant: Assistant = get_assistant(settings)
    with gr.Blocks(title="Crisis assistant", delete_cache=TEMP_FILES) as app:
        gr.Markdown(
            "# Crisis assistant\nAsk about the 2022 Russia–Ukraine crisis, in English or French; "
            "every claim cites the article passage it comes from."
        )
        indexing = gr.Markdown(assistant.index.status.describe(), elem_id="indexing")
        gr.Timer(INDEXING_POLL_S).tick(
            lambda: assistant.index.status.describe(),
            None,
            indexing,
            queue=False,
            api_visibility="private",
        )
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                choices = ask_tab(assistant)
            with gr.Tab("Corpus", id="corpus"):
                table = corpus_tab(assistant, choices)
        app.load(
            lambda: corpus_view(assistant),
            None,
            [table, *choices],
            queue=False,
            api_visibility="private",
        )
        _api(assistant)

        def release(request: gr.Request) -> None:
            """Forget a session's state as soon as its client disconnects."""
            holder = getattr(app, "state_holder", None)
            if holder is not None and request.session_hash:
                with holder.lock:
                    holder.session_data.pop(request.session_hash, None)
                    holder.time_last_used.pop(request.session_hash, None)

        app.unload(release)
    return app


def _api(assistant: Assistant) -> None:
    """The `/answer` endpoint (the answer and its citations as JSON) and `/article` (an indexed
    article's text, bounded). Bad input is a `gr.Error` saying what is accepted."""

    def api_answer(
        question: str,
        history: list | None = None,
        k: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sources: list[str] | None = None,
    ) -> dict:
        try:
            question, history, k, flt = check_request(
                assistant, question, history, k, date_from, date_to, sources
            )
            return answer_json(assistant.answer(question, history, k, flt))
        except (AssistantError, ValueError) as error:
            raise gr.Error(str(error), print_exception=False) from None

    def api_article(source: str, start: int | None = None, end: int | None = None) -> dict:
        try:
            return article_json(assistant, source, start, end)
        except AssistantError as error:
            raise gr.Error(str(error), print_exception=False) from None

    gr.api(api_answer, api_name="answer")
    gr.api(api_article, api_name="article")


def check_port(host: str, port: int) -> None:
    """`PortInUseError` naming ASSISTANT_PORT when `host:port` cannot be listened on."""
    if not port:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
    except OSError as error:
        raise PortInUseError(host, port, error.strerror or str(error)) from error


def serve_options(settings: Settings) -> dict[str, Any]:
    """The arguments of `Blocks.launch` for these settings: address, login, upload limit,
    bounded session state, and the page's theme, style and script."""
    return {
        "server_name": settings.host,
        "server_port": settings.port,
        "auth": tuple(settings.auth.split(":", 1)) if settings.auth else None,
        "share": False,
        "max_file_size": settings.max_upload_bytes * GRADIO_UPLOAD_CAP,
        "state_session_capacity": MAX_SESSIONS,
        "theme": THEME,
        "css": CSS,
        "js": JS,
        "footer_links": ["api", "settings"],
    }


def launch(settings: Settings | None = None, **kwargs: Any) -> None:
    """Check the port and data folder, build the index if needed, then serve the app
    (blocking). Start-up problems raise an `AssistantError` naming the setting to change."""
    settings = settings or load_settings()
    check_port(settings.host, settings.port)
    check_data_dir(settings)
    get_assistant(settings).warm_up()
    app = build_app(settings).queue(default_concurrency_limit=settings.concurrency)
    check_port(settings.host, settings.port)  # indexing may have taken minutes
    try:
        app.launch(**(serve_options(settings) | kwargs))
    except OSError as error:  # the port was taken between the check and the start
        raise PortInUseError(settings.host, settings.port, str(error).split(".")[0]) from error
