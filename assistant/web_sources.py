"""The sources panel of the web UI: each citation as escaped HTML, its excerpt marked in a bounded
part of its paragraph, with outlet, date, file and a link to the original; and the whole
article on demand (`article_json`, bounded too). Nothing from an article is ever rendered as
HTML. It does not answer questions.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.answer import Assistant
from assistant.corpus import (
    body_start,
    load_article,
    read_text,
)
from assistant.errors import (
    ArticleError,
    BadInputError,
)
from assistant.types import Answer, Citation
from assistant.web_inputs import known_sources

CONTEXT_CHARS = 1_500  # characters of paragraph shown around a cited excerpt


EXCERPT_CHARS = 3_000  # a longer excerpt is shown cut


ARTICLE_CHARS = 100_000  # characters of a whole article sent on demand


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def sources_html(
    result: Answer | None,
    corpus_dir: Path | None = None,
    question: str | None = None,
    flagged: Callable[[str], int] | None = None,
) -> str:
    """The citations of an answer as escaped HTML: one block per source, anchored `source-n`,
    each carrying its passage in at most `CONTEXT_CHARS` characters of its paragraph, and
    (`flagged`: how many of an article's sentences address an AI assistant) a warning."""
    head = (
        f"<p class='question'>Sources for: <q>{html.escape(question)}</q></p>" if question else ""
    )
    if result is None:
        return head + "<p class='no-sources'>No sources yet: ask a question.</p>"
    if not result.citations:
        return head + "<p class='no-sources'>No sources: the articles do not answer this.</p>"
    texts = {c.source: _current_text(c.source, corpus_dir) for c in result.citations}
    counts = {c.source: flagged(c.source) if flagged else 0 for c in result.citations}
    return head + "\n".join(
        citation_html(c, texts[c.source], counts[c.source]) for c in result.citations
    )


def citation_html(citation: Citation, text: str | None, flagged: int = 0) -> str:
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
    if flagged:
        parts.append(
            f"<p class='meta flagged'>⚠️ {flagged} sentence{'s' if flagged > 1 else ''} of this "
            f"article {'address' if flagged > 1 else 'addresses'} an AI assistant or give"
            f"{'' if flagged > 1 else 's'} it orders: never used as answers.</p>"
        )
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
