"""Quotations followed from sentence to sentence: each sentence's narration (its own words,
each quotation replaced by one mark), whether it holds a quotation, begins inside one, and which
multi-sentence quotation it belongs to.

Quote marks are « », “ ” and straight double quotes, which open or close by what surrounds them;
an unclosed quotation is dropped after `_MAX_QUOTE_SENTENCES` sentences. It finds no speaker
(`speaker_patterns`) and attributes nothing (`attribution`); the text is never changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.speaker_words import _Q

_QUOTE_OPEN = "«“"


_QUOTE_CLOSE = "»”"
QUOTE_MARKS = _QUOTE_OPEN + _QUOTE_CLOSE + '"'  # every mark that opens or closes a quotation


_MAX_QUOTE_SENTENCES = 6  # an unclosed quotation is dropped after this many sentences


@dataclass(frozen=True)
class Layout:
    """A sentence seen through its quotations."""

    narration: str  # the sentence with each quotation replaced by one `_Q`
    has_quote: bool
    starts_open: bool  # begins inside a quotation from an earlier sentence
    quote_span: int | None  # the multi-sentence quotation it belongs to, if any

    @property
    def all_quote(self) -> bool:
        """Only quotation, no narration of its own."""
        return not re.sub(rf"[\s{_Q}.,;:!?…—–-]", "", self.narration)


def quote_layouts(text: str, sentences: Sequence[tuple[int, int]]) -> list[Layout]:
    """Each sentence's narration, following quotations that run from sentence to sentence.

    Straight double quotes open or close by what surrounds them; an opening quote at the start
    of a sentence while one is open closes the earlier one (the British way of continuing a
    quotation into a new paragraph)."""
    result = []
    is_open, open_for, span, next_span = False, 0, None, 0
    for start, end in sentences:
        sentence = text[start:end]
        starts_open = is_open
        if starts_open and open_for >= _MAX_QUOTE_SENTENCES:
            starts_open = is_open = False  # a lost closing mark: stop following it
        out: list[str] = [_Q] if is_open else []
        has_quote = is_open
        spans_here = {span} if is_open else set()
        for i, ch in enumerate(sentence):
            mark = _quote_role(sentence, i, is_open) if ch in QUOTE_MARKS else ""
            if mark == "open":
                if not is_open:
                    span, next_span = next_span, next_span + 1
                    out.append(_Q)
                is_open, has_quote = True, True
            elif mark == "close":
                if not is_open:  # closes a quotation we did not see open: all before is quoted
                    out = [_Q]
                is_open, has_quote = False, True
                spans_here.add(span)
            elif not is_open:
                out.append(ch)
        open_for = open_for + 1 if is_open and starts_open else (1 if is_open else 0)
        if is_open:
            spans_here.add(span)
        shared = span if (starts_open or is_open) and spans_here else None
        result.append(Layout("".join(out), has_quote, starts_open, shared))
    return result


def _quote_role(sentence: str, i: int, is_open: bool) -> str:
    """Whether the quote mark at `i` opens or closes a quotation."""
    ch = sentence[i]
    if ch in _QUOTE_OPEN:
        return "open"
    if ch in _QUOTE_CLOSE:
        return "close"
    before = sentence[i - 1] if i else " "
    after = sentence[i + 1] if i + 1 < len(sentence) else " "
    opening = before.isspace() or before in "([{—–-/:" or i == 0
    closing = after.isspace() or after in ".,;:!?)]}—–-'’" or i + 1 == len(sentence)
    if is_open:
        return "open" if i == 0 and opening and not closing else "close"
    return "close" if closing and not opening else "open"
