"""The months and years a question names, for retrieval to filter on and answerers to discount.

A month with its year ("on July 11, 2022", "fin janvier 2022") is read as 'YYYY-MM'; a month
named alone ("in August", "mi-juillet") is resolved when the articles' period holds one month of
that name. The tokens of month and weekday names are listed for the answerers, which count a
date's words as no words of what happened. Dates in articles are `dates`'.
"""

from __future__ import annotations

import re

from assistant.dates import PERIOD_RE
from assistant.lexical import MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES, normalize, stem
from assistant.word_variants import same_month

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# "in November 2021", "on July 11, 2022", "le 11 juillet 2022", "fin janvier 2022"
_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(MONTH_NUMBERS) + r")\b(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(20\d\d)\b"
)


def months_named(text: str) -> set[str]:
    """The months a text names with their year, as 'YYYY-MM' ("on July 11, 2022" → 2022-07)."""
    folded = normalize(text)
    return {f"{year}-{MONTH_NUMBERS[month]:02d}" for month, year in _MONTH_YEAR.findall(folded)}


def month_asked(text: str) -> str | None:
    """The month a question names with its year, as 'YYYY-MM' ("in late January 2022" →
    '2022-01'); None when it names none, or several."""
    found = months_named(text)
    return found.pop() if len(found) == 1 else None


def month_end_asked(text: str) -> bool:
    """Whether a question asks about the last days of a month ("fin avril 2022", "late January",
    "at the end of March"; `dates.PERIOD_RE`'s last parts): the next month's first articles
    report them."""
    return any(m.group("end") and m.group("month") for m in PERIOD_RE.finditer(text))


# A month named without a year: "in August", "en août", "début décembre", "mi-juillet". English
# names are capitalised ("may", "march" are verbs); the French "Mars" capitalised is the planet.
_MONTH_ALONE = re.compile(
    rf"\b(?P<en>{'|'.join(m.capitalize() for m in MONTH_NAMES[0].split())})\b|(?<!\w)(?P<fr>"
    + "|".join(dict.fromkeys(v for m in MONTH_NAMES[1].split() for v in (m, normalize(m))))
    + r")\b",
)


def month_in_period(text: str, period: tuple[str, str] | None) -> str | None:
    """The month a question names without its year ("in August"), as 'YYYY-MM', when the
    `period` (first, last month of the articles) holds one month of that name; None when it
    holds several ("December" of 2021 and of 2022), none, or the question names a year or
    several months."""
    if not period or YEAR.search(text):
        return None
    named = set()
    for found in _MONTH_ALONE.finditer(text):
        name = found.group("en") or found.group("fr")
        if found.group("en") and found.start() == len(text) - len(text.lstrip()):
            continue  # "May I ask…" opens a question
        named.add(MONTH_NUMBERS[normalize(name)])
    if len(named) != 1:
        return None
    number = named.pop()
    first, last = period
    months = [
        f"{year}-{number:02d}"
        for year in range(int(first[:4]), int(last[:4]) + 1)
        if first <= f"{year}-{number:02d}" <= last
    ]
    return months[0] if len(months) == 1 else None


MONTH_TOKENS = frozenset(
    stem(normalize(name)) for names in MONTH_NAMES + WEEKDAY_NAMES for name in names.split()
)


def is_date_word(token: str) -> bool:
    """Whether a token names a month or a weekday, or the middle of a month ("mi-mai",
    "mid-May"): a date's word, which the articles' dates answer for, not what happened."""
    return token in MONTH_TOKENS or bool(same_month(token))
