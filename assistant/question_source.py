"""How a question opens and whom it is asked of: the conjunction or the source before its
question word ("And when…", "D'après le chef de la police, depuis quand…"), which leave what it
asks unchanged, and an outlet named as its source ("…, according to HuffPost?", "when did CNN
say…"), which is where a story ran, not someone asked. What it asks is `question_kinds`' and
`question_values`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words that may come before the question word of a question they do not change: "And when…",
# "Depuis quand…", "À partir de quand…", "Jusqu'à quand…", "From when…", "Since when…", "By
# when…", "D'ici quand…" (a deadline is a date too).
OPENING_WORDS = frozenset(
    {"", "and", "so", "but", "since", "from", "until", "by", "et", "mais", "alors", "depuis"}
    | {"à partir de", "a partir de", "jusqu'à", "jusqu’à", "et à partir de", "et depuis"}
    | {"d'ici", "d’ici", "and by", "et d'ici", "et d’ici"}
)


def opens_question(text: str, match: re.Match[str], after_source: bool = True) -> bool:
    """Whether the match opens the question, but for a conjunction ("And when…", "Depuis
    quand…") or, `after_source`, the source it is asked of ("D'après le chef de la police,
    depuis quand…"), rather than a clause inside it."""
    before = text[: match.start()]
    if after_source:
        before = SOURCE_FIRST.sub("", before)
    return before.strip(" ,").lower() in OPENING_WORDS


# The words that name the source a fact is told after, in either language.
SOURCE_WORDS = r"(?:according to|selon|d['’]après)"
# The source a question is asked of, before the question itself: "According to the UN, …",
# "D'après le chef de la police nationale ukrainienne, …", "Selon Kyiv, …".
SOURCE_FIRST = re.compile(rf"^\s*{SOURCE_WORDS}\b[^,?]{{1,120}},\s*", re.I)


# "…, according to HuffPost?", "D'après CBS News à la mi-mai 2022, …": a source named, the
# outlet that published the story when it is one (`without_outlet`), else someone quoted; in an
# answer's sentence too ("According to the Times, …": whom it is told after).
SOURCE = re.compile(
    rf"(?:,\s*)?\b{SOURCE_WORDS}\s+(?:the\s+|le\s+|la\s+|l['’])?"
    r"(?P<who>[^,?;.]+)",
    re.I,
)
_OUTLET_WORDS = 5  # the longest outlet name tried ("Associated Press (via Daily Mail)")


def without_outlet(text: str, is_outlet: Callable[[str], bool]) -> str:
    """The question without the outlet it names as its source: "Which group was behind it,
    according to HuffPost?" asks who was behind it, not what HuffPost said; "…when did CNN
    say the Geneva Protocol had been signed?" asks when it had been (`is_outlet` tells an
    outlet of the corpus from a person or body quoted in it). Unchanged when it names none."""
    for found in SOURCE.finditer(text):
        name = _outlet_opening(found.group("who"), is_outlet)
        if name:
            end = found.start("who") + found.group("who").index(name) + len(name)
            rest = (text[: found.start()] + text[end:]).strip(" ,")
            return rest[:1].upper() + rest[1:]
    told = _TOLD_BY.search(text)
    if told and _outlet_opening(told.group("who"), is_outlet) == told.group("who"):
        return text[: told.start("told")] + text[told.end("told") :]
    return text


def _outlet_opening(words: str, is_outlet: Callable[[str], bool]) -> str:
    """The outlet of the corpus that `words` open with ("HuffPost" of "HuffPost's report"), or
    ''."""
    split = words.split()
    for count in range(min(len(split), _OUTLET_WORDS), 0, -1):
        name = " ".join(split[:count])
        if name[:1].isupper() and is_outlet(name):
            return name
    return ""


# A value asked as an outlet told it: "when did CNN say…", "how many did the Daily Mirror
# report…" (not "What did CNN say…", which asks what its story said).
_TOLD_BY = re.compile(
    r"\b(?:when|how many|how much)(?:\s+[\w'’-]+){0,4}?\s+(?P<told>(?:did|does|do)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][^,?;]*?)\s+(?:say|report|write|recall|note)\s+(?:that\s+)?)",
    re.I,
)
