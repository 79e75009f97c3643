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

Left out: per-user corpora (the corpus folder is shared by everyone using the server), deleting
articles from the UI (remove the file, then re-index), and sources of earlier answers (the panel
shows the last answer; earlier `[n]` links point at the panel as it is).
"""

from __future__ import annotations

import html
import logging
import math
import os
import re
import socket
import stat
import unicodedata
import uuid
from collections.abc import Collection, Iterator
from dataclasses import asdict
from pathlib import Path, PurePosixPath
from typing import Any

import gradio as gr

from assistant.answer import Assistant, get_assistant
from assistant.corpus import (
    ARTICLE_SUFFIXES,
    body_start,
    load_article,
    parse_article,
    read_text,
)
from assistant.errors import (
    ArticleError,
    AssistantError,
    BadInputError,
    EmptyQuestionError,
    PortInUseError,
    UploadError,
)
from assistant.index import ArticleSummary
from assistant.query import message_text
from assistant.retrieve import Filter
from assistant.settings import Settings, check_data_dir, load_settings
from assistant.types import Answer, Citation

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
MAX_NAME_BYTES = 200  # file names are limited to 255 bytes; accented letters take two
GRADIO_UPLOAD_CAP = 10  # Gradio itself refuses files this many times larger than the limit
MAX_K = 50  # passages one question may ask for (the bound of ASSISTANT_K)
INDEXING_POLL_S = 2  # how often the page asks whether an indexing run is under way
CONTEXT_CHARS = 1_500  # characters of paragraph shown around a cited excerpt
EXCERPT_CHARS = 3_000  # a longer excerpt is shown cut
ARTICLE_CHARS = 100_000  # characters of a whole article sent on demand
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
_MARKER = re.compile(r"\[(\d+)\]")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_IMAGE_OPEN = re.compile(r"!\[(?!\d+\])")  # `![alt](url)` would load an image; `![1]` is a cite
_MARKDOWN_SIGN = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation, escapable in CommonMark
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_UNSAFE_NAME_CHARS = re.compile(r'[\\/:*?"<>|]')
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


# --- the chat -------------------------------------------------------------------------------


def chat_markdown(text: str) -> str:
    """Answer text for the chatbot: HTML escaped, Markdown images disarmed (`![…](url)` stays
    text, the page loads nothing), each `[n]` a link to source n in the panel."""
    escaped = _IMAGE_OPEN.sub(r"!\\[", html.escape(text, quote=False))
    return _MARKER.sub(r'<a href="#source-\1" class="cite" title="Source \1">[\1]</a>', escaped)


def answer_markdown(result: Answer) -> str:
    """The final answer for the chatbot, with its notice (question cut, LLM fallback) first."""
    text = chat_markdown(result.text)
    return f"_{html.escape(result.notice)}_\n\n{text}" if result.notice else text


def plain_markdown(text: str) -> str:
    """`text` as Markdown that displays exactly `text`: every ASCII punctuation sign
    backslash-escaped, so no HTML, link, image or emphasis is made of it."""
    return _MARKDOWN_SIGN.sub(r"\\\1", text)


def unplain_markdown(text: str) -> str:
    """The text `plain_markdown` was given."""
    return _MARKDOWN_ESCAPE.sub(r"\1", text)


class PlainUserChat(gr.ChatInterface):
    """A ChatInterface that shows the user's messages as text (see `plain_markdown`)."""

    def _message_as_message_dict(self, message: Any, role: Any) -> list:  # type: ignore[override]
        messages = super()._message_as_message_dict(message, role)
        if role != "user":
            return messages
        for m in messages:
            content = m.get("content")
            if isinstance(content, str):
                m["content"] = plain_markdown(content)
            elif isinstance(content, list):
                m["content"] = [plain_markdown(c) if isinstance(c, str) else c for c in content]
        return messages

    def _pop_last_user_message(self, history: list) -> tuple:  # type: ignore[override]
        history, message = super()._pop_last_user_message(history)
        return history, unplain_markdown(message) if isinstance(message, str) else message


def plain_history(history: list) -> list[dict[str, str]]:
    """Gradio's chat history as `{"role", "content"}` dicts with plain-text content (the
    user's messages unescaped, see `PlainUserChat`)."""
    out = []
    for m in history:
        text = message_text(m["content"])
        out.append(
            {"role": m["role"], "content": unplain_markdown(text) if m["role"] == "user" else text}
        )
    return out


# --- checking a request ---------------------------------------------------------------------


def check_question(question: object) -> str:
    """The question, or `BadInputError`/`EmptyQuestionError` saying what to send."""
    if question is None or (isinstance(question, str) and not question.strip()):
        raise EmptyQuestionError()
    if not isinstance(question, str):
        raise BadInputError("The question must be text: send a question about the articles.")
    return question


def check_k(k: object, default: int | None = None) -> int | None:
    """The number of passages as an int in 1..MAX_K (None or 0 from the chat: the default)."""
    if k is None or k == "":
        return None
    number = k
    if isinstance(k, str):
        try:
            number = float(k.strip())
        except ValueError:
            number = None
    if isinstance(number, bool) or not isinstance(number, int | float):
        number = None
    if number is None or not math.isfinite(number) or number != int(number):
        raise BadInputError(
            f"k (passages retrieved) must be a whole number from 1 to {MAX_K}, not {k!r}; "
            + (f"leave it empty for the default ({default})." if default else "or leave it empty.")
        )
    if not 1 <= int(number) <= MAX_K:
        raise BadInputError(
            f"k (passages retrieved) must be from 1 to {MAX_K}, not {int(number)}; "
            + (f"leave it empty for the default ({default})." if default else "or leave it empty.")
        )
    return int(number)


def check_month(value: object, which: str) -> str | None:
    """A month 'YYYY-MM' (01–12), None when empty; `BadInputError` naming `which` otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip() if isinstance(value, str) else None
    found = _MONTH.fullmatch(text) if text else None
    if not found or not 1 <= int(found[2]) <= 12:
        raise BadInputError(
            f"The '{which}' month must look like 2022-02 (YYYY-MM, month 01 to 12), "
            f"not {value!r}; leave it empty for no limit."
        )
    return text


def check_sources(sources: object, known: Collection[str] | None) -> tuple[str, ...] | None:
    """The article files to search (None: all); unknown names are refused with what to send."""
    if sources is None or sources == "" or sources == []:
        return None
    if isinstance(sources, str):
        sources = [sources]
    if not isinstance(sources, list | tuple) or not all(isinstance(s, str) for s in sources):
        raise BadInputError(
            "sources must be a list of article file names, such as "
            '["000_d372c2d687251f99.txt"]; leave it empty to search every article.'
        )
    names = tuple(dict.fromkeys(s.strip() for s in sources if s.strip()))
    if known is not None:
        unknown = [s for s in names if s not in known]
        if unknown:
            listed = ", ".join(repr(s) for s in unknown[:5]) + (" …" if len(unknown) > 5 else "")
            first = next(iter(known), None)  # files come in name order
            example = f" (for example {first!r})" if first else ""
            raise BadInputError(
                f"Unknown article file{'s' if len(unknown) > 1 else ''}: {listed}. Name files "
                f"as the Corpus tab lists them{example}, or leave sources empty to search "
                "every article."
            )
    return names or None


def make_filter(
    date_from: object,
    date_to: object,
    sources: object,
    known_sources: Collection[str] | None = None,
) -> Filter:
    """The retrieval filter for the settings chosen; empty means no limit. Bad months, months
    in the wrong order or unknown sources raise `BadInputError` (a `ValueError`)."""
    first, last = check_month(date_from, "from"), check_month(date_to, "to")
    if first and last and first > last:
        raise BadInputError(
            f"The 'from' month {first} is after the 'to' month {last}: put the earlier month "
            "first (both are included)."
        )
    return Filter(first, last, check_sources(sources, known_sources))


def check_history(history: object) -> list[dict[str, Any]]:
    """The chat so far as a list of `{"role", "content"}` messages, or `BadInputError`."""
    if history is None or history == "":
        return []
    ok = isinstance(history, list) and all(
        isinstance(m, dict)
        and m.get("role") in ("user", "assistant")
        and isinstance(m.get("content"), str | list | dict)
        for m in history
    )
    if not ok:
        raise BadInputError(
            'history must be a list of messages such as {"role": "user", "content": '
            '"What did Peskov say?"} (role "user" or "assistant"); send [] for a new question.'
        )
    return history  # type: ignore[return-value]


class IndexedFiles(Collection[str]):
    """The article files in the index, looked up in the catalog one name at a time."""

    def __init__(self, assistant: Assistant) -> None:
        self.catalog = assistant.index.catalog

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.catalog.file_hashes_of([name]))

    def __len__(self) -> int:
        return self.catalog.count_files()

    def __iter__(self) -> Iterator[str]:
        offset = 0
        while page := self.catalog.files(offset):
            yield from (row.source for row in page)
            offset += len(page)


def known_sources(assistant: Assistant) -> IndexedFiles:
    """The article files in the index (no list is built: names are looked up)."""
    return IndexedFiles(assistant)


def check_request(
    assistant: Assistant,
    question: object,
    history: object,
    k: object,
    date_from: object,
    date_to: object,
    sources: object,
) -> tuple[str, list, int | None, Filter]:
    """Every input of a question checked: (question, history, k, filter), or `BadInputError`
    (or `EmptyQuestionError`) saying what is wrong and what is accepted."""
    return (
        check_question(question),
        check_history(history),
        check_k(k, assistant.settings.k),
        make_filter(date_from, date_to, sources, known_sources(assistant)),
    )


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
        yield f"⚠️ {html.escape(str(error), quote=False)}", sources_html(None)
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
    """The citations of an answer as escaped HTML: one block per source, anchored `source-n`,
    each carrying its passage in at most `CONTEXT_CHARS` characters of its paragraph."""
    head = (
        f"<p class='question'>Sources for: <q>{html.escape(question)}</q></p>" if question else ""
    )
    if result is None:
        return head + "<p class='no-sources'>No sources yet: ask a question.</p>"
    if not result.citations:
        return head + "<p class='no-sources'>No sources: the articles do not answer this.</p>"
    texts = {c.source: _current_text(c.source, corpus_dir) for c in result.citations}
    return head + "\n".join(citation_html(c, texts[c.source]) for c in result.citations)


def citation_html(citation: Citation, text: str | None) -> str:
    """One source: title, date, file, the excerpt marked in (part of) its paragraph, and a
    "Whole article" section that the page fills on demand."""
    current = text is not None and text[citation.start : citation.end] == citation.excerpt
    when = citation.published or citation.date or "undated"
    where = [citation.outlet] if citation.outlet else []
    also = f" · also as {', '.join(citation.also_as)}" if citation.also_as else ""
    meta = " · ".join([*where, when, citation.source]) + (
        f" · characters {citation.start}–{citation.end}{also}"
    )
    link = ""
    if citation.url and citation.url.startswith(("https://", "http://")):
        link = (
            f" · <a href='{html.escape(citation.url, quote=True)}' target='_blank' "
            "rel='noopener noreferrer nofollow'>original</a>"
        )
    parts = [
        f"<section class='source' id='source-{citation.n}'>",
        f"<h4>[{citation.n}] {html.escape(citation.title)}</h4>",
        f"<p class='meta'>{html.escape(meta)}{link}</p>",
    ]
    if not current:
        parts.append(f"<blockquote><mark>{_bounded_excerpt(citation.excerpt)}</mark></blockquote>")
        parts.append("<p class='meta'>The article file has changed since it was indexed.</p>")
    else:
        assert text is not None
        span = context_span(text, citation.start, citation.end)
        parts.append(
            f"<blockquote>{marked_span(text, *span[:2], citation, *span[2:])}</blockquote>"
        )
        parts.append(
            f"<details class='whole' data-source='{html.escape(citation.source, quote=True)}' "
            f"data-start='{citation.start}' data-end='{citation.end}'>"
            "<summary>Whole article</summary><div class='article'></div></details>"
        )
    parts.append("</section>")
    return "".join(parts)


def context_span(
    text: str, start: int, end: int, limit: int = CONTEXT_CHARS
) -> tuple[int, int, bool, bool]:
    """The part of the paragraph around `text[start:end]` to show, as `(from, to, cut before,
    cut after)`: at most `limit` characters with the excerpt, the rest shared before and after
    it, never across a blank line or into the header line."""
    budget = max(0, limit - (end - start))
    floor = min(body_start(text), start)
    blanks = [m.end() for m in _BLANK_LINE.finditer(text, max(floor, start - budget - 2), start)]
    para_start = blanks[-1] if blanks else floor
    after = _BLANK_LINE.search(text, end, min(len(text), end + budget + 2))
    para_end = after.start() if after else len(text)
    room_before, room_after = start - para_start, para_end - end
    left = min(room_before, budget // 2)
    right = min(room_after, budget - left)
    left = min(room_before, budget - right)  # room left unused after the excerpt goes before
    return start - left, end + right, start - left > para_start, end + right < para_end


def marked_span(
    text: str,
    start: int,
    end: int,
    citation: Citation,
    cut_before: bool = False,
    cut_after: bool = False,
) -> str:
    """`text[start:end]` escaped, the cited excerpt in `<mark>`, the rest greyed; a side that
    was cut ends at a word boundary with "…"."""
    before = text[start : citation.start]
    after = text[citation.end : end]
    if cut_before:
        space = before.find(" ")
        before = "…" + (before[space + 1 :] if 0 <= space < len(before) - 1 else before)
    if cut_after:
        space = after.rfind(" ")
        after = (after[:space] if space > 0 else after) + " …"
    return (
        f"<span class='context'>{html.escape(before)}</span>"
        f"<mark>{_bounded_excerpt(citation.excerpt)}</mark>"
        f"<span class='context'>{html.escape(after)}</span>"
    )


def _bounded_excerpt(excerpt: str) -> str:
    if len(excerpt) <= EXCERPT_CHARS:
        return html.escape(excerpt)
    cut = excerpt.rfind(" ", 0, EXCERPT_CHARS)
    shown = excerpt[: cut if cut > 0 else EXCERPT_CHARS]
    return html.escape(f"{shown} … ({len(excerpt) - len(shown):,} more characters)")


def _current_text(source: str, corpus_dir: Path | None) -> str | None:
    """The cited article's text as it is now on disk, or None when gone or unreadable."""
    if corpus_dir is None:
        return None
    try:
        path = Path(corpus_dir) / source
        real, root = os.path.realpath(path), os.path.realpath(corpus_dir)
        if os.path.commonpath([real, root]) != root:
            return None
        return read_text(path)
    except (ArticleError, ValueError, OSError):
        return None


def article_json(
    assistant: Assistant, source: object, start: object = None, end: object = None
) -> dict[str, Any]:
    """An indexed article's text for the "Whole article" view and the `/article` endpoint:
    at most `ARTICLE_CHARS` characters (around `start:end` when given, which is then marked),
    with a note saying what is left out. `BadInputError` for an unknown or unreadable file."""
    if not isinstance(source, str) or source not in known_sources(assistant):
        raise BadInputError(
            f"Unknown article file: {source!r}. Name a file as the Corpus tab lists it."
        )
    corpus_dir = assistant.settings.corpus_dir
    try:
        article = load_article(Path(corpus_dir) / source, Path(corpus_dir))
    except (ArticleError, ValueError) as error:
        reason = getattr(error, "reason", "it cannot be read")
        raise BadInputError(
            f"The article file {source} cannot be shown now ({reason}); re-index the corpus."
        ) from error
    text = article.text
    first = article.paragraphs[0][0]
    marked = (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(text)
        and article.paragraphs[0][0] <= start
    )
    shown_start = first
    if marked and end - first > ARTICLE_CHARS:  # the excerpt lies past the first characters
        shown_start = max(first, start - ARTICLE_CHARS // 2)
    shown_end = min(len(text), shown_start + ARTICLE_CHARS)
    note = None
    if shown_start > first or shown_end < len(text):
        note = (
            f"The article has {len(text) - first:,} characters; characters "
            f"{shown_start - first:,} to {shown_end - first:,} are shown. The whole text is the "
            f"file {source} in the corpus folder."
        )
    in_view = marked and shown_start <= start and end <= shown_end  # type: ignore[operator]
    return {
        "source": source,
        "title": article.title,
        "date": article.date,
        "text": text[shown_start:shown_end],
        "start": shown_start,
        "end": shown_end,
        "length": len(text),
        "mark_start": start - shown_start if in_view else None,  # type: ignore[operator]
        "mark_end": end - shown_start if in_view else None,  # type: ignore[operator]
        "note": note,
    }


# --- the corpus: listing, uploads, ingest ---------------------------------------------------


def safe_name(original: str) -> str:
    """A safe file name for an upload: its basename, Unicode NFC, with only what is unsafe in a
    path removed (separators, control and invisible characters, `:*?"<>|`, leading dots, `..`),
    spaces collapsed, at most `MAX_NAME_BYTES` bytes; the suffix lower-cased."""
    base = unicodedata.normalize("NFC", original).replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(
        " " if unicodedata.category(ch) in ("Zs", "Zl", "Zp") or ch in "\t\n\r" else ch
        for ch in base
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\t\n\r"
    )
    name = _UNSAFE_NAME_CHARS.sub("_", kept)
    name = re.sub(r"\.{2,}", ".", re.sub(r"\s+", " ", name)).strip(" ").lstrip(".").strip(" ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.rstrip(" .")
    encoded = stem.encode("utf-8")[:MAX_NAME_BYTES]
    stem = encoded.decode("utf-8", errors="ignore").rstrip(" .") or "article"
    return f"{stem}.{suffix.lower()}" if dot else stem


def check_upload(
    path: Path, max_bytes: int, warnings: list[str] | None = None
) -> tuple[str, bytes]:
    """The safe name and bytes of an uploaded article; `UploadError` naming it when refused.
    Header problems (the article is still accepted) are appended to `warnings`."""
    shown = path.name
    name = safe_name(shown)
    if PurePosixPath(name).suffix not in ARTICLE_SUFFIXES:
        raise UploadError(f"{shown}: only .txt and .md articles are accepted.")
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        raise UploadError(f"{shown}: cannot be read ({error.strerror}).") from error
    if not stat.S_ISREG(mode):
        raise UploadError(f"{shown}: not a regular file; upload the article's text file.")
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(f"{shown}: {size:,} bytes is over the {max_bytes:,}-byte limit.")
    problems: list[str] = []
    try:
        text = read_text(path)
        parse_article(text, name, problems, name)
    except ArticleError as error:
        raise UploadError(f"{shown}: {error.reason}.") from error
    if warnings is not None:
        warnings.extend(problems)
    return name, text.encode("utf-8")


def store_file(corpus_dir: Path, name: str, data: bytes, replace: bool) -> str:
    """Write one checked article atomically; returns what happened, for the status message.
    A symbolic link or special file of that name is never written through nor replaced."""
    target = corpus_dir / name
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise UploadError(
            f"{name}: the corpus folder holds a link or special file of this name; remove it "
            "or rename the upload."
        )
    if mode is not None and read_text_bytes(target) == data:
        return f"{name}: already in the corpus, unchanged."
    if mode is not None and not replace:
        raise UploadError(
            f"{name}: a different file with this name is already in the corpus; rename the "
            "upload, or tick “Replace files with the same name”."
        )
    tmp = corpus_dir / f".{uuid.uuid4().hex}.tmp"  # hidden: the corpus loader skips it
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


def read_text_bytes(path: Path) -> bytes | None:
    """A regular file's bytes (None when it cannot be read as an article)."""
    try:
        return read_text(path).encode("utf-8")
    except ArticleError:
        return None


def store_uploads(
    paths: list[str],
    corpus_dir: Path,
    max_bytes: int,
    replace: bool = False,
    warnings: list[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Check then store each uploaded file; returns (stored lines, refused lines). Header
    problems of stored files are appended to `warnings`."""
    stored, refused = [], []
    for path in paths:
        try:
            problems: list[str] = []
            name, data = check_upload(Path(path), max_bytes, problems)
            stored.append(store_file(Path(corpus_dir), name, data, replace))
            if warnings is not None:
                warnings.extend(problems)
        except UploadError as error:
            refused.append(str(error))
    return stored, refused


def article_rows(articles: list[ArticleSummary]) -> list[list[Any]]:
    """The indexed articles as rows of the corpus table."""
    return [
        [a.source, a.title, a.outlet or "", a.published or a.date or "", a.chunks] for a in articles
    ]


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
    out += [f"- ⚠️ {plain_markdown(line)}" for line in report.skipped]
    out.append(f"**Index:** {plain_markdown(report.summary())}")
    return "\n".join(out)


# --- the page -------------------------------------------------------------------------------


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
