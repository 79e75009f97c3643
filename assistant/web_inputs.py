"""Checks every input of a question sent to the web UI or its API (question, history, k, months,
sources) and turns it into what the assistant takes, or refuses it with a `BadInputError` that
says what is wrong and what is accepted. It answers nothing and renders nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator
from typing import Any

from assistant.answer import Assistant
from assistant.errors import (
    BadInputError,
    EmptyQuestionError,
)
from assistant.retrieve import Filter

MAX_K = 50  # passages one question may ask for (the bound of ASSISTANT_K)


_MONTH = re.compile(r"(\d{4})-(\d{2})")


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
        self.index = assistant.index

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.index.catalog.file_hashes_of([name]))

    def __len__(self) -> int:
        return self.index.catalog.count_files()

    def __iter__(self) -> Iterator[str]:
        return (row.source for row in self.index.iter_files())


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
