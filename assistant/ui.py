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

The page's parts live beside it: `web_chat` (the chat's text), `web_inputs` (checking a
question's inputs), `web_sources` (the sources panel and `/article`), `uploads` (storing
uploaded articles).

Left out: per-user corpora (the corpus folder is shared by everyone using the server), deleting
articles from the UI (remove the file, then re-index), and sources of earlier answers (the panel
shows the last answer; earlier `[n]` links point at the panel as it is)."""

from __future__ import annotations

import html
import logging
import socket
from typing import Any

import gradio as gr

from assistant.answer import Assistant, get_assistant
from assistant.catalog import FileRow
from assistant.errors import (
    AssistantError,
    PortInUseError,
)
from assistant.settings import Settings, check_data_dir, load_settings
from assistant.uploads import store_uploads
from assistant.web_chat import PlainUserChat, answer_json, plain_markdown, stream_reply
from assistant.web_inputs import check_request
from assistant.web_sources import article_json, sources_html

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


ARTICLE_COLUMNS = ["File", "Title", "Outlet", "Published", "Chunks"]


GRADIO_UPLOAD_CAP = 10  # Gradio itself refuses files this many times larger than the limit


INDEXING_POLL_S = 2  # how often the page asks whether an indexing run is under way


MAX_SESSIONS = 256  # sessions whose state the server keeps; the oldest is dropped first


TEMP_FILES = (3600, 3600)  # Gradio's upload copies: swept hourly, removed after an hour


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
# Opening "Whole article" fetches it from the /article endpoint (Gradio's REST API) and shows it
# as text nodes: nothing from the article is ever parsed as HTML.
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
  const base = () => {
    const root = (window.gradio_config && window.gradio_config.root) || location.href;
    return root.split('#')[0].split('?')[0].replace(/\\/?$/, '/');
  };
  const span = (text, cls) => {
    const node = document.createElement(cls === 'mark' ? 'mark' : 'span');
    if (cls !== 'mark') node.className = cls;
    node.textContent = text;
    return node;
  };
  async function loadArticle(details) {
    const box = details.querySelector('.article');
    if (!box || details.dataset.loaded) return;
    details.dataset.loaded = 'loading';
    box.textContent = 'Loading the article…';
    try {
      const data = [details.dataset.source, Number(details.dataset.start),
                    Number(details.dataset.end)];
      const posted = await fetch(base() + 'gradio_api/call/article', {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({data}),
      });
      const {event_id} = await posted.json();
      const stream = await (await fetch(base() + 'gradio_api/call/article/' + event_id)).text();
      let kind = null, payload = null;
      for (const line of stream.split('\\n')) {
        if (line.startsWith('event:')) kind = line.slice(6).trim();
        else if (line.startsWith('data:') && (kind === 'complete' || kind === 'error')) {
          payload = line.slice(5).trim();
          break;
        }
      }
      if (kind !== 'complete') {
        const message = payload && payload !== 'null' ? JSON.parse(payload) : null;
        throw new Error(typeof message === 'string' ? message : 'no answer from the server');
      }
      const article = JSON.parse(payload)[0];
      const text = article.text;
      box.replaceChildren();
      if (article.note) box.append(span(article.note + '\\n\\n', 'meta'));
      if (article.mark_start === null || article.mark_start === undefined) {
        box.append(span(text, 'context'));
      } else {
        box.append(span(text.slice(0, article.mark_start), 'context'),
                   span(text.slice(article.mark_start, article.mark_end), 'mark'),
                   span(text.slice(article.mark_end), 'context'));
      }
      details.dataset.loaded = 'yes';
    } catch (error) {
      box.textContent = 'The article could not be loaded: ' + error.message;
      delete details.dataset.loaded;
    }
  }
  document.addEventListener('toggle', (event) => {
    const details = event.target;
    if (details.matches && details.matches('#sources details.whole') && details.open) {
      loadArticle(details);
    }
  }, true);
}
"""


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

        def release(request: gr.Request) -> None:
            """Forget a session's state as soon as its client disconnects."""
            holder = getattr(app, "state_holder", None)
            if holder is not None and request.session_hash:
                with holder.lock:
                    holder.session_data.pop(request.session_hash, None)
                    holder.time_last_used.pop(request.session_hash, None)

        app.unload(release)
    return app


def _settings_inputs(assistant: Assistant) -> list[gr.components.Component]:
    """The search settings passed to the chat function, in its argument order. The month and
    source choices are filled when a page loads, so that a session (a page or an API client)
    does not carry a copy of the whole list from the start."""
    settings = assistant.settings
    answerers = [LLM_FREE] + ([settings.llm] if settings.llm else [])
    # Custom values let API callers name months or files indexed after the page was built.
    with gr.Accordion("Search settings", open=False), gr.Row():
        k = gr.Slider(
            1, max(20, settings.k), value=settings.k, step=1, label="Passages retrieved (k)"
        )
        # k is checked by `check_k` (a message naming k and the range accepted), not by the
        # slider (a bare "Value 0 is less than minimum value 1." and a traceback in the log).
        # An instance attribute, not a subclass: Gradio writes a .pyi beside every subclass.
        k.preprocess = lambda payload: payload  # type: ignore[method-assign]
        date_from = gr.Dropdown(
            [ANY_MONTH], value="", label="From month (YYYY-MM)", allow_custom_value=True
        )
        date_to = gr.Dropdown(
            [ANY_MONTH], value="", label="To month (YYYY-MM)", allow_custom_value=True
        )
        sources = gr.Dropdown(
            [],
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
            message, _, k, flt = check_request(
                assistant, message, [], k, date_from, date_to, sources
            )
        except (AssistantError, ValueError) as error:
            yield f"⚠️ {html.escape(str(error), quote=False)}", sources_html(None)
            return
        yield from stream_reply(assistant, message, history, k, flt, answerer != LLM_FREE)

    with gr.Row():
        with gr.Column(scale=3):
            chat = PlainUserChat(
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
