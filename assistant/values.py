"""The value a question asks for: figures, dates and people, found in sentences and stated
in the answer's first line.

A number question keeps the sentences holding a figure and states the figure closest to what
is counted ("3 000 soldats américains"); a question on a price, a cost or an amount of aid the
sentences giving a sum of money, stated as written ("$40 billion"); a date question the date a
sentence gives, in the words of the question's language ("vendredi (2022-01-21)" from "on
Friday"); a who question the people a passage names. Which sentences are chosen is the
answerer's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from assistant.dates import (
    ASKS_WEEKDAY,
    DATE_RE,
    WEEKDAY_RE,
    WHEN_RE,
    YEAR_RE,
    is_date_at,
    tokens_beside,
    when_in,
    with_weekday,
)
from assistant.lexical import tokens
from assistant.names import people_in
from assistant.query import Query
from assistant.question_kinds import asks_place, asks_saying
from assistant.question_values import RATE_ADJECTIVES, RATE_NOUNS
from assistant.sentences import Scored, Sentence

FIGURE_CONTEXT_WORDS = 5  # words before a figure that may say whose it is
COUNTED_MIN = 0.30  # a figure must count something close to what the question counts
MAX_DATED = 5  # figures reported at different dates: at most this many, one per article
DATED_RATIO = 0.8  # each must score this close to the best candidate


SAME_ACTOR_BONUS = 0.1  # for a figure said of the country the question counts for


NUMBER_RE = re.compile(
    r"\d{1,3}(?:[  .,]\d{3})+|\d+(?:[.,]\d+)?(?:\s?%|(?:million|billion|bn|m)\b)?|"
    r"\b(?:des )?(?:dizaines|centaines|milliers) de milliers\b|"
    r"\b(?:des )?(?:dizaines|centaines|milliers)\b"
)


NUMBER_WORDS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|mille|douzaines?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|dozens?"
)


FIGURE_START_RE = re.compile(rf"{NUMBER_RE.pattern}|\b(?:{NUMBER_WORDS})\b", re.I)


# A figure and the words it counts: "3 000 soldats supplémentaires", "les deux pays".
# A figure and the one or two words after it that say what it counts (never another number:
# "Nov. 8 showed 90,000 troops" holds 90,000 troops).
FIGURE_RE = re.compile(
    rf"(?:{FIGURE_START_RE.pattern})(?:(?:\s+(?!\d)[\w’'-]+){{1,2}}|(?=[.,;:)](?:\s|$)))", re.I
)


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


def words_before(text: str, position: int, count: int = FIGURE_CONTEXT_WORDS) -> str:
    """The `count` words before `position`: who a figure belongs to is often said just before
    it ("la décision américaine d'envoyer 3 000 soldats")."""
    return " ".join(text[:position].split()[-count:])


def dated_lead(language: str, items: list[tuple[str, str]]) -> str:
    """'The figures differ by date: **70,000 troops** (2021-11-04) [1]; …' for figures
    reported at different dates, in date order, numbered as the excerpts that follow."""
    listed = "; ".join(f"**{figure}** ({when}) [{n}]" for n, (figure, when) in enumerate(items, 1))
    if language == "fr":
        return f"Les chiffres diffèrent selon la date : {listed}."
    return f"The figures differ by date: {listed}."


# A figure given per unit of time, in the words after it: "$20 million a month", "per day",
# "each week", "par mois", "monthly", "mensuels" (the units' words are `question_kinds`').
_PER = {
    unit: re.compile(
        r"^[\s\w,.$€£%-]{0,30}?(?:\b(?:a|an|per|each|every|par|chaque)\s+|/)"
        rf"(?:{'|'.join(nouns)})\b(?!\s+(?:ago|earlier|later|before|after|plus tôt))|"
        rf"^[\s\w,.$€£%-]{{0,30}}?\b(?:{'|'.join(RATE_ADJECTIVES[unit])})",
        re.I,
    )
    for unit, nouns in RATE_NOUNS.items()
}


def gives_rate(text: str, unit: str) -> bool:
    """Whether a figure of the text is given per `unit` of time ("$20 million a month")."""
    per = _PER.get(unit)
    return bool(per) and any(per.search(text[m.start() : m.end() + 40]) for m in figures_in(text))


# A sentence a court gave or someone faces: "sentenced to life in prison", "jailed for four
# years", "faces up to 30 years in prison", "a death sentence", "condamné à 15 ans de prison",
# "la réclusion à perpétuité"; not "could face the death penalty" (none given, nor the most).
PENALTY = re.compile(
    r"\bsentenced\b|\bsentences?\s+(?!to\b)[\w'’ -]{1,40}?\s+to\b|\b(?:jailed|imprisoned)\s+for\b|"
    r"\b(?:years?|months?|decades?)\s+(?:in|of|behind)\s+(?:prison|jail|bars)\b|"
    r"\bprison (?:term|sentence)s?\b|\b(?:life|death|jail|suspended)\s+sentences?\b|"
    r"\blife (?:in prison|imprisonment)\b|"
    r"\bcondamnée?s?\s+(?:\w+\s+){0,3}?(?:à|a)\b|\b(?:ans|mois) de (?:prison|détention)\b|"
    r"\bréclusion\b|\bperpétuité\b",
    re.I,
)


def with_value_asked(query: Query, sentences: list[Sentence]) -> list[Sentence]:
    """For 'when' and 'how many' questions, the sentences that hold a date or a figure; for a
    vote's count, those that give a count ("95 to 1"); for a price or a cost, those that give a
    sum of money, and none when no sentence does (a count of tanks is no price); for a date,
    those that give one, and none when no sentence does (what was said of the event is no
    date of it); for a court's sentence, those that give one (`PENALTY`), none when none does
    (a trial told of, or a penalty someone "could face", is no sentence given)."""
    if query.asks_penalty:
        return [s for s in sentences if PENALTY.search(s.text)]
    if query.asks_amount:
        return [s for s in sentences if sums_in(s.text)]
    if query.asks_tally:
        return [s for s in sentences if tally_in(s.text)] or sentences
    if query.kind == "date":
        return [
            s
            for s in sentences
            if WHEN_RE.search(s.text) or (query.asks_year and YEAR_RE.search(s.text))
        ]
    if query.kind == "number":
        return [s for s in sentences if figures_in(s.text)] or sentences
    return sentences


# A time of day: "10 a.m.", "5.30pm", "14:00", "22h30", "22h" (its hour counts nothing).
_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?)|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h(?![\w])",
    re.I,
)


# A number that is part of a name counts nothing: glued to the letters before it ("F-16",
# "MiG-29", "S-300", "MH17", "Covid-19", "TB2"), or a short number after a capitalised word
# that a determiner, a preposition or another name introduces ("with Leopard 2 battle tanks",
# "the Nord Stream 2 pipeline", "NATO's Article 5"); not a count given to someone ("shipped
# Ukraine 16 HIMARS launchers"), after a weekday ("on Monday 5 people died") nor opening a
# sentence ("About 50 people…").
_GLUED_RE = re.compile(r"[^\W\d_]-?$")
_NAMED_RE = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|with|of|for|and|or|by|from|la|le|les|des|du|de|un|une"
    r"|ses|leurs|ces)|\b[A-ZÀ-Ý][\w’'-]*)\s+[A-ZÀ-Ý][^\W\d_]+\s$"
)
# (a whole number of at most three digits, not a share nor a length of time: "from Germany 30
# years ago")
_SHORT_NUMBER_RE = re.compile(
    r"\d{1,3}(?!\d|[.,]\d|\s?%|\s+(?:years?|months?|weeks?|days?|hours?|ans|mois|semaines|jours)\b)"
)


# A number as written, its digits grouped by commas, dots or (French) spaces: "2,710", "1,1",
# "65 700".
_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:[,.]\d+)*)")


def numbers_named(text: str) -> set[str]:
    """The digits of each number of the text that is neither a date's nor a name's ("within 24
    hours" → "24", "$1.1 billion" and "1,1 milliard" → "11"; not "2022", "July 11", "F-16")."""
    return {
        re.sub(r"\D", "", m.group(0))
        for m in _NUMBER_RE.finditer(text)
        if not (YEAR_RE.fullmatch(m.group(0)) or is_date_at(text, m.start()))
        and not is_designation_at(text, m.start())
    }


def is_designation_at(text: str, start: int) -> bool:
    """Whether the number at `start` is part of a name ("F-16", "Leopard 2"), not a count."""
    before = text[max(0, start - 40) : start]
    if _GLUED_RE.search(before):
        return True
    named = _NAMED_RE.search(before)
    return bool(
        named
        and _SHORT_NUMBER_RE.match(text, start)
        and not WEEKDAY_RE.fullmatch(before.split()[-1])
        and not is_date_at(text, start)
    )


def figures_in(text: str) -> list[re.Match[str]]:
    """The figures of a text and the words they count, but the days and years of its dates
    ("24 February" counts nothing), the hours of its times of day ("around 10 a.m.") and the
    numbers of names ("F-16 fighter jets", "Leopard 2 tanks": `is_designation_at`)."""
    clocks = [m.span() for m in _CLOCK_RE.finditer(text)]
    return [
        m
        for m in FIGURE_RE.finditer(text)
        if not is_date_at(text, m.start())
        and not any(a <= m.start() < b for a, b in clocks)
        and not YEAR_RE.fullmatch(m.group(0))  # "In 2019," counts nothing
        and not is_designation_at(text, m.start())
    ]


def sums_in(text: str) -> list[re.Match[str]]:
    """The figures of a text that are sums of money (`figures_in`): "$40 billion",
    "1 200 roubles", "40 milliards d'euros"; not "40 tanks", nor a share ("30% to 1,200
    rubles": the roubles are the 1,200's)."""
    found = figures_in(text)
    figures = [m for m in found if _is_sum(text, m)]
    # a sum its sign makes one needs no words after it: "raising more than $15,000, despite…"
    taken = [m.span() for m in found]
    signed = [
        m
        for m in NUMBER_RE.finditer(text)
        if _sign_before(text, m)
        and not any(a <= m.start() < b for a, b in taken)
        and not is_date_at(text, m.start())
    ]
    return sorted(figures + signed, key=lambda m: m.start())


def sum_beside(text: str, asked: Set[str]) -> re.Match[str] | None:
    """The sum of money of `text` with the most tokens of `asked` (the words of what a question
    asks was paid, raised or offered) just before or after it: "$100,000 for tanks" for a
    tank's reward, not the "$500,000 for helicopters" before it; None when no sum has one."""
    best, most = None, 0
    for found in sums_in(text) if asked else []:
        # the words the sum's figure counts are beside it too: "100,000 for tanks"
        shared = len((tokens_beside(text, found) | set(tokens(found.group(0)))) & asked)
        if shared > most:
            best, most = found, shared
    return best


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
    happened: Set[str] = frozenset(),
) -> str:
    """A first line stating the value asked for, taken from the first excerpt [1]; for a
    who-question, the people named in it: `person` gives a name as it is to be shown ("State
    Antony Blinken" → "Antony Blinken"), or '' for what is not a person ("World Cup"); for a
    date question, the date beside the words of what `happened` (`dates.date_beside`)."""
    fr = query.language == "fr"
    text = sentence.text
    value = figure_phrase(figure) or None
    if value is None and query.asks_amount and (sums := sums_in(text)):
        value = sum_phrase(text, sum_beside(text, happened) or sums[0])
    if value is None and query.kind == "number" and not query.asks_duration:
        # (a length of time given in words, "depuis des mois", is shown, not replaced)
        value = next(
            (m.group(0) for m in NUMBER_RE.finditer(text) if not is_date_at(text, m.start())), None
        )
    elif value is None and query.kind == "date":
        saying = asks_saying(query.question)
        value = when_in(sentence, query.language, happened, saying, query.asks_year)
        if value and ASKS_WEEKDAY.search(query.question) and DATE_RE.fullmatch(value):
            value = with_weekday(value, sentence.chunk.published, query.language)
    elif value is None and query.asks_tally and (tally := tally_in(text)):
        value = tally
    elif value is None and query.kind == "who" and not asks_place(query.question):
        # the question's names as typed and as the corpus spells them ("Choïgou": Shoigu)
        asked = set(tokens(query.question)) | set(tokens(query.search))
        found = dict.fromkeys(run for run, _ in people_in(text))
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


def dated_figures(
    scored: list[Scored],
    figures: dict[int, tuple[float, str]],
    speaks_of: Callable[[Sentence], bool] = lambda _: True,
) -> list[Sentence]:
    """Figures of the thing counted reported by several articles at different dates, with
    different values (a troop build-up): the best sentence of each of up to `MAX_DATED`
    articles whose article `speaks_of` what the question names, in date order; [] when the
    articles agree or come from one date."""
    best = scored[0].score if scored else 0.0
    kept: dict[tuple[str, str], Sentence] = {}  # one per figure and date (wire copies repeat)
    sources: set[str] = set()
    for item in scored:
        match = figures.get(id(item.sentence))
        if item.score < best * DATED_RATIO or len(kept) == MAX_DATED:
            break
        sentence = item.sentence
        if (
            match
            and match[0] >= COUNTED_MIN
            and sentence.chunk.source not in sources
            and speaks_of(sentence)
        ):
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
