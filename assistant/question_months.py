"""The months and years a question names, for retrieval to filter on and answerers to discount.

A month with its year ("on July 11, 2022", "fin janvier 2022") is read as 'YYYY-MM'; a month
named alone ("in August", "mi-juillet") is resolved when the articles' period holds one month of
that name; a day with its month ("le 30 mars 2022") as 'YYYY-MM-DD'. It says which publication
days tell of a day or of a month's last days. The tokens of month and weekday names are listed
for the answerers, which count a date's words as no words of what happened. Dates in articles
are `dates`'.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.dates import DATE_RE, PERIOD_RE, date_of
from assistant.lexical import MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES, normalize, stem
from assistant.types import Chunk
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


def day_asked(text: str, month: str | None) -> str | None:
    """The day a question names in its `month` ('YYYY-MM'), as 'YYYY-MM-DD' ("On 20 April
    2022…", "le 30 mars 2022"); None when it names none, or several. The news of a day is in
    the articles published on it and the next days."""
    if not month:
        return None
    days = {
        found.isoformat()
        for written in DATE_RE.finditer(text)
        if (found := date_of(written.group(0), f"{month}-01"))
    }
    day = days.pop() if len(days) == 1 else None
    return day if day and day[:7] == month else None


def month_part_asked(text: str) -> str | None:
    """The part of a month a question asks about: "start" ("début mars 2022", "early March"),
    "mid" ("mi-mai", "in the middle of May") or "end" ("fin avril 2022", "late January", "at
    the end of March"; `dates.PERIOD_RE`'s parts); None for the whole month."""
    for found in PERIOD_RE.finditer(text):
        if found.group("month"):
            part = next((p for p in ("start", "mid", "end") if found.group(p)), None)
            if part:
                return part
    return None


def told_of_month(chunk: Chunk, month: str, part: str | None) -> bool:
    """Whether a chunk's article tells of a 'YYYY-MM' month: published in it, or of a month's
    last days (`part` "end") in the next month's first days."""
    return chunk.date == month or (part == "end" and early_in_month_after(chunk.published, month))


def told_in_part(published: str | None, month: str, part: str | None) -> bool:
    """Whether an article published on a 'YYYY-MM-DD' day tells of the `part` asked of a
    'YYYY-MM' month (`PART_DAYS`; a month's last days also in the next month's first days)."""
    if not published or part not in PART_DAYS:
        return False
    if part == "end" and early_in_month_after(published, month):
        return True
    first, last = PART_DAYS[part]
    return published[:7] == month and f"{first:02d}" <= published[8:10] <= f"{last:02d}"


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


# The articles telling of a day's news are of that day and the `DAY_AFTER` next. Of a month's
# last days, also those of the next month's first `NEXT_MONTH_DAYS`: "the poll of late April" is
# answered from an article of May 2. Measured on 42 sets: two answers more, none lost; for
# every question naming a month, as many lost as gained (the next month's news: "100,000
# soldiers on the border", said on December 4, for "in November").
DAY_AFTER = 2
NEXT_MONTH_DAYS = 7
# The publication days (first, last) of the articles telling of a part of a month: what happened
# in its first days is reported until about the 12th ("début mars": the 1st to the 12th), its
# middle from the 8th to the 23rd, its end from the 18th on (and in the next month's first days).
# The answerer reads those articles' passages first among the month's. Measured on 44 sets:
# three answers more, none lost.
PART_DAYS = {"start": (1, 12), "mid": (8, 23), "end": (18, 31)}


def days_told(day: str) -> tuple[str, str]:
    """The first and last publication days ('YYYY-MM-DD') of the articles telling of a day's
    news: the day itself and the `DAY_AFTER` next."""
    return day, (date.fromisoformat(day) + timedelta(days=DAY_AFTER)).isoformat()


def early_in_month_after(published: str | None, month: str) -> bool:
    """Whether a 'YYYY-MM-DD' publication day is in the first `NEXT_MONTH_DAYS` days of the
    month after a 'YYYY-MM' month."""
    return (
        published is not None
        and published[:7] == month_shifted(month, 1)
        and published[8:10] <= f"{NEXT_MONTH_DAYS:02d}"
    )


def month_shifted(month: str, months: int) -> str:
    """The 'YYYY-MM' month `months` after a 'YYYY-MM' month (before it when negative)."""
    year, number = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 + months, 12)
    return f"{year}-{number + 1:02d}"
