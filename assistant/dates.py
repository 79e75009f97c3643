"""Dates in articles: a date as written ("March 30, 2022", "le 3 février", "Dec. 7"), its
calendar day (a date without its year takes the publication's), a weekday ("on Thursday")
resolved against the publication date (forward for what is still to come: "are set to hold…
Thursday"), and a date shown in the words of the question's language ("vendredi (2022-01-21)",
"30 mars 2022"), and a part of a month or year a date question may be answered with when no day
is given ("by the end of November", "fin 2022", "since March"). Which sentence's date answers a
question is `values`' and the answerer's.
"""

from __future__ import annotations

import re
from collections.abc import Set
from datetime import date, timedelta

from assistant.lexical import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    month_number,
    normalize,
    tokens,
)
from assistant.sentences import Sentence

# Each month as written, without its accents ("février", "fevrier") and as news abbreviates
# it ("Jan.", "Sept.").
MONTHS = "|".join(
    [
        *dict.fromkeys(
            v for names in MONTH_NAMES for m in names.split() for v in (m, normalize(m))
        ),
        rf"(?:{'|'.join(MONTH_ABBREVIATIONS)})\.",
    ]
)


_ORDINAL = "er|st|nd|rd|th"  # "1er mars", "May 4th", "the 4th of May" (British news)
DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:{_ORDINAL})?(?:\s+of)?\s+(?:{MONTHS})(?:\s+\d{{4}})?\b|"
    rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:{_ORDINAL})?(?:,\s*\d{{4}})?\b|\b(?:{MONTHS})\s+\d{{4}}\b|"
    r"\bla veille\b|\ble lendemain\b",
    re.I,
)


# The other day of a range of days: "from July 12 to 14", "March 3-5", "12 to 14 July", "du 12
# au 14 juillet".
_RANGE = r"\s*(?:-|–|to|through|and|until|au|et)\s*"
_DAY_RANGE = re.compile(
    rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:{_ORDINAL})?{_RANGE}(?P<end>\d{{1,2}})(?:{_ORDINAL})?\b(?!\s*%)|"
    rf"\b(?P<start>\d{{1,2}})(?:{_ORDINAL})?{_RANGE}\d{{1,2}}(?:{_ORDINAL})?(?:\s+of)?\s+(?:{MONTHS})",
    re.I,
)


def is_date_at(text: str, start: int) -> bool:
    """Whether a date ("24 February", "February 24, 2022", "le 3 février") or a range of days
    ("from July 12 to 14") covers position `start` of `text`: its number is a day or a year,
    not a figure."""
    if any(m.start() <= start < m.end() for m in DATE_RE.finditer(text)):
        return True
    return any(
        m.start(g) <= start < m.end(g)
        for m in _DAY_RANGE.finditer(text)
        for g in ("end", "start")
        if m.group(g)
    )


WEEKDAYS = {name: i for names in WEEKDAY_NAMES for i, name in enumerate(names.split())}
WEEKDAY_RE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)
WHEN_RE = re.compile(f"{DATE_RE.pattern}|{WEEKDAY_RE.pattern}", re.I)
# A year standing alone ("in 2007", "since 1980"): a date for a question asking a year.
YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


# A part of a month or year ("the end of November", "early March", "fin 2022", "mi-avril"), or a
# month after a preposition ("since March", "depuis mars"): no day, but what news writes when it
# gives none ("aiming to recapture Kherson by the end of November"). Its group `start`, `mid` or
# `end` is the part ("early", "mi-", "fin"), `month` the month it is of.
PERIOD_RE = re.compile(
    r"\b(?:(?P<end>(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?|late[-\s]|"
    r"(?:(?:à\s+)?la\s+)?fin\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?)|"
    r"(?P<start>(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+month\s+of\s+)?|early[-\s]|"
    r"(?:(?:à\s+)?la\s+)?début\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?)|"
    r"(?P<mid>(?:the\s+)?middle\s+of\s+(?:the\s+month\s+of\s+)?|mid[-\s]|"
    r"(?:(?:à\s+)?la\s+)?milieu\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?|mi-))"
    rf"(?:(?P<month>{MONTHS})|(?:19|20)\d\d\b|(?:the|this|next|last)\s+year\b|l['’]année\b)"
    r"(?:\s+\d{4})?|"
    r"\b(?:in|since|by|until|from|before|after|en|depuis|dès|jusqu['’]en)\s+"
    rf"(?:{MONTHS})(?:\s+\d{{4}})?\b",
    re.I,
)
# "in march", "by may": a verb or a noun, not the month (news capitalises English months).
_NOT_MONTHS = frozenset({"march", "may"})


def periods_in(text: str, dates: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """The parts of a month or year `text` gives (`PERIOD_RE`) that hold no date (`dates`, its
    `DATE_RE` matches when already found): "by the end of November", "fin 2022", "since
    March"; not "by March 26" (a date), nor "in march"."""
    spans = [m.span() for m in (DATE_RE.finditer(text) if dates is None else dates)]
    found = []
    for m in PERIOD_RE.finditer(text):
        if m.group(0).split()[-1] in _NOT_MONTHS:
            continue
        crossed = [(a, b) for a, b in spans if a < m.end() and m.start() < b]
        if all(m.start() <= a and b <= m.end() for a, b in crossed):
            found.append(m)
    return found


def _dates(text: str, years: bool, periods: bool = False) -> list[re.Match[str]]:
    """The dates and weekdays of `text`, then with `periods` the parts of months or years that
    hold none (a day told is the better answer among equals), and with `years` its years
    standing alone, in order."""
    dates = list(DATE_RE.finditer(text))
    parts = periods_in(text, dates) if periods else []
    dates = [
        d for d in dates if not any(p.start() <= d.start() and d.end() <= p.end() for p in parts)
    ]
    found = [*dates, *WEEKDAY_RE.finditer(text), *parts]
    if years:
        found += [y for y in YEAR_RE.finditer(text) if not is_date_at(text, y.start())]
    return found


def resolve_weekday(day: str, published: str | None, ahead: bool = False) -> str | None:
    """The date a weekday names in an article published on `published` (YYYY-MM-DD): news
    writes "on Thursday" for the last Thursday up to the day of publication, and, of what is
    to come (`ahead`: "are set to hold… Thursday"), for the next one from that day."""
    if not published or len(published) < 10 or day.lower() not in WEEKDAYS:
        return None
    try:
        on = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if ahead:
        return (on + timedelta(days=(WEEKDAYS[day.lower()] - on.weekday()) % 7)).isoformat()
    back = (on.weekday() - WEEKDAYS[day.lower()]) % 7
    return (on - timedelta(days=back)).isoformat()


# What is still to come, said in the clause before a weekday: "will meet Thursday", "are set to
# hold… Thursday", "scheduled for Monday", "doit se rendre lundi", "la semaine prochaine".
_AHEAD = re.compile(
    r"\b(?:will|won['’]t|shall|set to|scheduled|due to|expected to|plans? to|planned|"
    r"upcoming|next|doit|doivent|devrait|devraient|va|vont|prochaine?)\b[^.;:,]*$",
    re.I,
)


# "On which day of the week…", "Quel jour de la semaine…", "What day…"
ASKS_WEEKDAY = re.compile(
    r"\bday of the week\b|\bjour de la semaine\b|^\s*(?:on\s+)?what day\b", re.I
)


def date_of(written: str, published: str | None) -> date | None:
    """The calendar date of a date as written ("December 7, 2021", "7 décembre", "Dec. 7"; a
    date without its year takes the publication's), or None."""
    day = re.search(rf"\b(\d{{1,2}})(?:{_ORDINAL})?\b", written)
    month = next(filter(None, map(month_number, re.findall(r"[^\W\d_]+\.?", written))), None)
    year = re.search(r"\b(\d{4})\b", written)
    year_number = int(year.group(1)) if year else int(published[:4]) if published else None
    if not (day and month and year_number):
        return None
    try:
        return date(year_number, month, int(day.group(1)))
    except ValueError:
        return None


def with_weekday(written: str, published: str | None, language: str) -> str:
    """A date as written, preceded by its weekday in `language` ("Tuesday, December 7,
    2021"); unchanged when it is not a full date."""
    on = date_of(written, published)
    if on is None:
        return written
    if language == "fr":
        return f"{WEEKDAY_NAMES[1].split()[on.weekday()]} {written}"
    return f"{WEEKDAY_NAMES[0].split()[on.weekday()].capitalize()}, {written}"


BESIDE_WORDS = 4  # words before a date (and half as many after) that say what it dates


def date_beside(
    text: str, asked: Set[str], saying: bool = False, years: bool = False, periods: bool = False
) -> re.Match[str] | None:
    """The date of `text` (a date as written, else a weekday) with the most tokens of `asked`
    among the words just before or after it, the first of equals; None when none has one:
    "The deal, signed on July 22" dates the signing asked about; "was due to be renewed on
    November 19" dates a renewal. A date of saying ("…, the court said Thursday") dates what
    was asked only when a saying is (`saying`: "When did the army announce…"); with `years`,
    a year standing alone is a date too ("in 2007 wrote Putin a letter"); with `periods`, a
    part of a month or year ("by the end of November")."""
    return _best_beside(text, asked, saying, years, periods)[0]


def beside_share(
    text: str, asked: Set[str], saying: bool = False, years: bool = False, periods: bool = False
) -> float:
    """How much of what a date question asks (`asked`) the words beside the best date of `text`
    say, 0–1: one word ("a call … Thursday") half, two ("in a video call Tuesday") all."""
    return min(1.0, _best_beside(text, asked, saying, years, periods)[1] / 2)


def _best_beside(
    text: str, asked: Set[str], saying: bool, years: bool = False, periods: bool = False
) -> tuple[re.Match[str] | None, int]:
    """The date of `date_beside` and how many tokens of `asked` stand beside it."""
    best, most = None, 0
    for found in _dates(text, years, periods):
        if (shared := _beside(text, found, asked, saying)) > most:
            best, most = found, shared
    return best, most


def _beside(text: str, found: re.Match[str], asked: Set[str], saying: bool) -> int:
    """How many tokens of `asked` the words beside a date hold; 0 for a date of saying ("…,
    the court said Thursday": when it was said, not what was asked)."""
    if not saying and _dates_saying(text, found):
        return 0
    return len(tokens_beside(text, found) & asked)


def tokens_beside(text: str, found: re.Match[str]) -> set[str]:
    """The tokens of the `BESIDE_WORDS` words before a match of `text` and half as many after
    it: what a date or a sum is of ("signed on July 22", "raising more than $15,000")."""
    before = text[: found.start()].split()[-BESIDE_WORDS:]
    after = text[found.end() :].split()[: BESIDE_WORDS // 2]
    return set(tokens(" ".join(before + after)))


def dates_only_saying(text: str) -> bool:
    """Whether every date of `text` dates its saying ("…, the court said Thursday"), which a
    date question asks only when it asks when something was said."""
    found = [*DATE_RE.finditer(text), *WEEKDAY_RE.finditer(text)]
    return bool(found) and all(_dates_saying(text, f) for f in found)


def _dates_saying(text: str, found: re.Match[str]) -> bool:
    before = " ".join(text[: found.start()].split()[-2:])
    return bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(text, found.end()))


# A verb of saying just after a date, or what was said on that day: it dates the saying
# ("Reznikov on Thursday said…", "in Monday's social media post").
_SAYING = "said|says|told|announced|tweeted|stated"
_SAID_AFTER = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:post|statement|address|remarks|interview|speech|"
    rf"briefing|tweet|message|video|announcement)|\s+(?:{_SAYING}|claimed))\b",
    re.I,
)
# A verb of saying just before a date: it dates the saying ("the court said Thursday"); so does
# "as of" ("As of May 7, nothing is known": when it was told).
_SAID_BEFORE = re.compile(
    rf"\b(?:{_SAYING}|reported|added|wrote|a déclaré|a dit|"
    r"a annoncé|a indiqué)(?:\s+on)?$|\bas (?:of|at)$",
    re.I,
)


def when_in(
    sentence: Sentence,
    language: str = "en",
    asked: Set[str] = frozenset(),
    saying: bool = False,
    years: bool = False,
    periods: bool = False,
) -> str | None:
    """The date a sentence gives, in `language`'s words ("March 30" → "30 mars"), a weekday
    resolved against its article's publication date ("Thursday (2022-02-24)", "jeudi
    (2022-02-24)"), or None: the one beside a token of `asked` (`date_beside`) when one is,
    else the first date, else the first weekday; with `years`, a year standing alone beside
    `asked`, else the first year standing alone, else as without; with `periods`, a part of a
    month or year beside `asked` ("by the end of November"), else as without, else the first."""
    beside = date_beside(sentence.text, asked, saying, years, periods) if asked else None
    if years and (beside is None or YEAR_RE.fullmatch(beside.group(0))):
        first = beside or next(
            (m for m in _dates(sentence.text, True) if YEAR_RE.fullmatch(m.group(0))), None
        )
        if first is not None and YEAR_RE.fullmatch(first.group(0)):
            return first.group(0)
    if beside and DATE_RE.fullmatch(beside.group(0)):
        return in_language(beside.group(0), sentence.chunk.published, language)
    if beside and not WEEKDAY_RE.fullmatch(beside.group(0)):
        return beside.group(0)  # "the end of November", as written
    found = None if beside else DATE_RE.search(sentence.text)
    if found:
        return in_language(found.group(0), sentence.chunk.published, language)
    weekday = beside or WEEKDAY_RE.search(sentence.text)
    if weekday is None:
        period = next(iter(periods_in(sentence.text)), None) if periods else None
        return period.group(0) if period else None
    ahead = bool(_AHEAD.search(sentence.text[: weekday.start()]))
    resolved = resolve_weekday(weekday.group(0), sentence.chunk.published, ahead)
    name = _weekday_in(weekday.group(0), language)
    return f"{name} ({resolved})" if resolved else name


def is_weekday(value: str) -> bool:
    """Whether a date `when_in` gives is a weekday resolved against its article's publication
    date ("Sunday (2022-05-15)"), not a date the text writes."""
    return bool(_RESOLVED.fullmatch(value))


_RESOLVED = re.compile(r"[^\W\d_]+ \(\d{4}-\d{2}-\d{2}\)")


def in_language(written: str, published: str | None, language: str) -> str:
    """A date as written, in `language`'s words when the article wrote it in the other
    language ("March 30, 2022" → "30 mars 2022", "16 mars" → "March 16"); unchanged when it is
    already, or is not a full date."""
    on = date_of(written, published)
    months = [name for name in re.findall(r"[^\W\d_]+\.?", written) if month_number(name)]
    if on is None or not months:
        return written
    month = months[0].lower()
    english = month not in MONTH_NAMES[1].split() and (
        month in MONTH_NAMES[0].split() or month.rstrip(".") in MONTH_ABBREVIATIONS
    )
    if english == (language == "en"):
        return written
    year = f" {on.year}" if re.search(r"\b\d{4}\b", written) else ""
    if language == "fr":
        return f"{'1er' if on.day == 1 else on.day} {MONTH_NAMES[1].split()[on.month - 1]}{year}"
    return (
        f"{MONTH_NAMES[0].split()[on.month - 1].capitalize()} {on.day}{',' if year else ''}{year}"
    )


def _weekday_in(written: str, language: str) -> str:
    """A weekday's name in `language` ("Friday" → "vendredi"), as written when unknown."""
    folded = written.lower()
    for names in WEEKDAY_NAMES:
        if folded in names.split():
            name = WEEKDAY_NAMES[language == "fr"].split()[names.split().index(folded)]
            return name if language == "fr" else name.capitalize()
    return written


# "Next year's Eurovision…", "l'an prochain": the year after the one it was published in.
_NEXT_YEAR = re.compile(r"\bnext year\b|\bl['’]an(?:née)? prochaine?\b", re.I)


def tells_of_year(text: str, year: int, published: str) -> bool:
    """Whether a text (a passage, a sentence) published on `published` ('YYYY-MM…', or '')
    speaks of `year`: by its number, or as "next year" when published the year before ("…growth
    of just 2.7% next year" in October 2022 is a forecast for 2023)."""
    if str(year) in text:
        return True
    return published[:4] == str(year - 1) and bool(_NEXT_YEAR.search(text))
