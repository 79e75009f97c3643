"""The value a question asks for: figures, dates and people, found in sentences and stated
in the answer's first line.

A number question keeps the sentences holding a figure and states the figure closest to what
is counted ("3 000 soldats américains"); a question on a price, a cost or an amount of aid the
sentences giving a sum of money, stated as written ("$40 billion"); a date question the date a
sentence gives; a who question the people a passage names. Which sentences are chosen is the
answerer's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from assistant.lexical import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    month_number,
    normalize,
    tokens,
)
from assistant.query import Query
from assistant.question_kinds import asks_place
from assistant.sentences import Scored, Sentence

FIGURE_CONTEXT_WORDS = 5  # words before a figure that may say whose it is
COUNTED_MIN = 0.30  # a figure must count something close to what the question counts
MAX_DATED = 5  # figures reported at different dates: at most this many, one per article
DATED_RATIO = 0.8  # each must score this close to the best candidate


SAME_ACTOR_BONUS = 0.1  # for a figure said of the country the question counts for


NUMBER_RE = re.compile(
    r"\d{1,3}(?:[  .,]\d{3})+|\d+(?:[.,]\d+)?(?:\s?%)?|"
    r"\b(?:des )?(?:dizaines|centaines|milliers) de milliers\b|"
    r"\b(?:des )?(?:dizaines|centaines|milliers)\b"
)


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


DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})(?:\s+\d{{4}})?\b|"
    rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|\b(?:{MONTHS})\s+\d{{4}}\b|"
    r"\bla veille\b|\ble lendemain\b",
    re.I,
)


NUMBER_WORDS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|two|three|four|five|"
    r"six|seven|eight|nine|ten|hundred|thousand"
)


FIGURE_START_RE = re.compile(rf"{NUMBER_RE.pattern}|\b(?:{NUMBER_WORDS})\b", re.I)


# A figure and the words it counts: "3 000 soldats supplémentaires", "les deux pays".
# A figure and the one or two words after it that say what it counts (never another number:
# "Nov. 8 showed 90,000 troops" holds 90,000 troops).
FIGURE_RE = re.compile(rf"(?:{FIGURE_START_RE.pattern})(?:\s+(?!\d)[\w’'-]+){{1,2}}", re.I)


# A sum of money: a currency sign before the figure ("$40 billion", "€3bn", "£1.5 million"),
# or a currency named within the few words after it ("1,200 rubles", "40 milliards d'euros").
_CURRENCY_SIGN = re.compile(r"(?:[$€£₽¥]|US\$|USD|EUR|GBP)\s?$")
_CURRENCY_WORD = re.compile(
    r"\b(?:dollars?|euros?|pounds?|sterling|rubles?|roubles?|hryvnias?|yuan|yen|francs?|"
    r"cents?|centimes?)\b",
    re.I,
)
CURRENCY_WINDOW = 4  # words after a figure that may name its currency


# A vote's or a match's count: "95 to 1", "86 -11", "3-1", "213-213", "par 52 voix contre 47".
TALLY_RE = re.compile(
    r"(?<![\d.,$€£])\b\d{1,3}\s?(?:-|–|—|to|à|contre)\s?\d{1,3}\b(?![.,]\d|\s?%|-\w)"
)


def tally_in(text: str) -> str:
    """The first count of a vote or a match in `text` ("95 to 1"), not a range of days ("May
    9-12"), or ''."""
    return next(
        (m.group(0) for m in TALLY_RE.finditer(text) if not is_date_at(text, m.start())), ""
    )


def is_date_at(text: str, start: int) -> bool:
    """Whether a date ("24 February", "February 24, 2022", "le 3 février") covers position
    `start` of `text`: its number is a day or a year, not a figure."""
    return any(m.start() <= start < m.end() for m in DATE_RE.finditer(text))


PERSON_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)+\b")


def words_before(text: str, position: int, count: int = FIGURE_CONTEXT_WORDS) -> str:
    """The `count` words before `position`: who a figure belongs to is often said just before
    it ("la décision américaine d'envoyer 3 000 soldats")."""
    return " ".join(text[:position].split()[-count:])


WEEKDAYS = {name: i for names in WEEKDAY_NAMES for i, name in enumerate(names.split())}
WEEKDAY_RE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)
WHEN_RE = re.compile(f"{DATE_RE.pattern}|{WEEKDAY_RE.pattern}", re.I)


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
    day = re.search(r"\b(\d{1,2})(?:er)?\b", written)
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


def when_in(sentence: Sentence, language: str = "en") -> str | None:
    """The date a sentence gives, in `language`'s words ("March 30" → "30 mars"), a weekday
    resolved against its article's publication date ("Thursday (2022-02-24)", "jeudi
    (2022-02-24)"), or None."""
    found = DATE_RE.search(sentence.text)
    if found:
        return in_language(found.group(0), sentence.chunk.published, language)
    weekday = WEEKDAY_RE.search(sentence.text)
    if weekday is None:
        return None
    ahead = bool(_AHEAD.search(sentence.text[: weekday.start()]))
    resolved = resolve_weekday(weekday.group(0), sentence.chunk.published, ahead)
    name = _weekday_in(weekday.group(0), language)
    return f"{name} ({resolved})" if resolved else name


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


def dated_lead(language: str, items: list[tuple[str, str]]) -> str:
    """'The figures differ by date: **70,000 troops** (2021-11-04) [1]; …' for figures
    reported at different dates, in date order, numbered as the excerpts that follow."""
    listed = "; ".join(f"**{figure}** ({when}) [{n}]" for n, (figure, when) in enumerate(items, 1))
    if language == "fr":
        return f"Les chiffres diffèrent selon la date : {listed}."
    return f"The figures differ by date: {listed}."


def with_value_asked(query: Query, sentences: list[Sentence]) -> list[Sentence]:
    """For 'when' and 'how many' questions, the sentences that hold a date or a figure; for a
    vote's count, those that give a count ("95 to 1"); for a price or a cost, those that give a
    sum of money, and none when no sentence does (a count of tanks is no price)."""
    if query.asks_amount:
        return [s for s in sentences if sums_in(s.text)]
    if query.asks_tally:
        return [s for s in sentences if tally_in(s.text)] or sentences
    if query.kind == "date":
        return [s for s in sentences if WHEN_RE.search(s.text)] or sentences
    if query.kind == "number":
        return [s for s in sentences if figures_in(s.text)] or sentences
    return sentences


# A time of day: "10 a.m.", "5.30pm", "14:00", "22h30", "22h" (its hour counts nothing).
_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?)|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h(?![\w])",
    re.I,
)


def figures_in(text: str) -> list[re.Match[str]]:
    """The figures of a text and the words they count, but the days and years of its dates
    ("24 February" counts nothing) and the hours of its times of day ("around 10 a.m.")."""
    clocks = [m.span() for m in _CLOCK_RE.finditer(text)]
    return [
        m
        for m in FIGURE_RE.finditer(text)
        if not is_date_at(text, m.start()) and not any(a <= m.start() < b for a, b in clocks)
    ]


def sums_in(text: str) -> list[re.Match[str]]:
    """The figures of a text that are sums of money (`figures_in`): "$40 billion",
    "1 200 roubles", "40 milliards d'euros"; not "40 tanks", nor a share ("30% to 1,200
    rubles": the roubles are the 1,200's)."""
    return [m for m in figures_in(text) if _is_sum(text, m)]


def sum_phrase(text: str, figure: re.Match[str]) -> str:
    """A sum as the text writes it, with its currency sign: "$40 billion", "135 roubles"."""
    return _sign_before(text, figure) + figure_phrase(figure.group(0))


def _sign_before(text: str, figure: re.Match[str]) -> str:
    """The currency sign written right before a figure ("$", "US$", "€"), or ''."""
    sign = _CURRENCY_SIGN.search(text[max(0, figure.start() - 4) : figure.start()])
    return sign.group(0).strip() if sign else ""


def _is_sum(text: str, figure: re.Match[str]) -> bool:
    if "%" in figure.group(0):
        return False
    if _sign_before(text, figure):
        return True
    first, *after = text[figure.start() :].split()[: CURRENCY_WINDOW + 1]
    words = [first]
    for word in after:  # up to the next number, whose currency it would be
        if any(c.isdigit() for c in word):
            break
        words.append(word)
    return bool(_CURRENCY_WORD.search(" ".join(words)))


def lead(
    query: Query,
    sentence: Sentence,
    figure: str = "",
    person: Callable[[str], str] | None = None,
) -> str:
    """A first line stating the value asked for, taken from the first excerpt [1]; for a
    who-question, the people named in it: `person` gives a name as it is to be shown ("State
    Antony Blinken" → "Antony Blinken"), or '' for what is not a person ("World Cup")."""
    fr = query.language == "fr"
    text = sentence.text
    value = figure_phrase(figure) or None
    if value is None and query.asks_amount and (sums := sums_in(text)):
        value = sum_phrase(text, sums[0])
    if value is None and query.kind == "number":
        value = next(
            (m.group(0) for m in NUMBER_RE.finditer(text) if not is_date_at(text, m.start())), None
        )
    elif value is None and query.kind == "date":
        value = when_in(sentence, query.language)
        if value and ASKS_WEEKDAY.search(query.question) and DATE_RE.fullmatch(value):
            value = with_weekday(value, sentence.chunk.published, query.language)
    elif value is None and query.asks_tally and (tally := tally_in(text)):
        value = tally
    elif value is None and query.kind == "who" and not asks_place(query.question):
        asked = set(tokens(query.question))
        found = dict.fromkeys(m.group(0) for m in PERSON_RE.finditer(text))
        shown = [person(name) if person else name for name in found]
        people = [
            name
            for name in dict.fromkeys(shown)
            # "Who is Dmitri Peskov?" does not answer itself, nor "Who did Biden send?" with
            # "President Joe Biden"
            if name and tokens(name) and tokens(name)[-1] not in asked
        ]
        if people:  # the passage names them; which one answers is for the reader to see
            names = ", ".join(people)
            return (
                f"Personnes nommées dans le passage : **{names}** [1]."
                if fr
                else f"People named in the passage: **{names}** [1]."
            )
    if value:
        return (
            f"Selon les articles : **{value}** [1]."
            if fr
            else f"According to the articles: **{value}** [1]."
        )
    return "Voici ce que disent les articles :" if fr else "Here is what the articles say:"


def figure_phrase(figure: str) -> str:
    """A figure and the words it counts ("3 000 soldats américains"), without what follows."""
    number = FIGURE_START_RE.match(figure)
    if not number:
        return ""
    kept = [number.group(0)]
    for word in figure[number.end() :].split():
        bare = word.strip(",.;:").lower()
        if tokens(word) == [] or bare in _PHRASE_ENDS or re.match(r"(?:s|l|qu|c)['’]", word, re.I):
            break
        kept.append(word.strip(",.;:"))
        if word[-1:] in ",.;:":
            break
    return " ".join(kept)


def figure_value(figure: str) -> str:
    """The number of a figure, written one way ("100,000 troops", "100 000 soldats" → 100000),
    to tell whether two articles give the same figure."""
    number = FIGURE_START_RE.match(figure)
    return re.sub(r"[\s,.  ]", "", number.group(0)).lower() if number else figure.lower()


# Words that end what a figure counts: "90,000 troops near the border" counts troops.
_PHRASE_ENDS = frozenset(
    "near along across around inside outside within toward towards onto amid against close "
    "including près vers contre".split()
)


def dated_figures(scored: list[Scored], figures: dict[int, tuple[float, str]]) -> list[Sentence]:
    """Figures of the thing counted reported by several articles at different dates, with
    different values (a troop build-up): the best sentence of each of up to `MAX_DATED`
    articles, in date order; [] when the articles agree or come from one date."""
    best = scored[0].score if scored else 0.0
    kept: dict[tuple[str, str], Sentence] = {}  # one per figure and date (wire copies repeat)
    sources: set[str] = set()
    for item in scored:
        match = figures.get(id(item.sentence))
        if item.score < best * DATED_RATIO or len(kept) == MAX_DATED:
            break
        sentence = item.sentence
        if match and match[0] >= COUNTED_MIN and sentence.chunk.source not in sources:
            sources.add(sentence.chunk.source)
            kept.setdefault((figure_value(match[1]), published_on(sentence)), sentence)
    values = {value for value, _ in kept}
    dates = {when for _, when in kept}
    if len(values) < 2 or len(dates) < 2:
        return []
    return sorted(kept.values(), key=lambda s: (published_on(s), s.chunk.source))


def published_on(sentence: Sentence) -> str:
    """The day (or month) the sentence's article was published, to date what it reports."""
    return sentence.chunk.published or sentence.chunk.date or ""
