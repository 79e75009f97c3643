"""The chat of the web UI: answer text as Markdown with `[n]` links to the sources panel, a
user's own message kept as plain text (no HTML or image from a user is ever rendered),
the chat history for the answerer, and the streamed reply. It builds no page (`ui`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

import gradio as gr

from assistant.answer import Assistant
from assistant.errors import (
    AssistantError,
)
from assistant.followups import message_text
from assistant.retrieve import Filter
from assistant.types import Answer
from assistant.web_sources import sources_html

_MARKER = re.compile(r"\[(\d+)\]")


_IMAGE_OPEN = re.compile(r"!\[(?!\d+\])")  # `![alt](url)` would load an image; `![1]` is a cite


_MARKDOWN_SIGN = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation, escapable in CommonMark


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


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
    yield (
        answer_markdown(result),
        sources_html(result, assistant.settings.corpus_dir, message, assistant.flagged_in),
    )


def answer_json(result: Answer) -> dict:
    """The answer and its citations as plain JSON data (no retrieved passages)."""
    data = asdict(result)
    data.pop("passages")
    return data
