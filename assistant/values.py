"""The value a question asks for: figures, dates and people, found in sentences and stated
in the answer's first line.

A number question keeps the sentences holding a figure and states the figure closest to what
is counted ("3 000 soldats américains"); a question on a price, a cost or an amount of aid the
sentences giving a sum of money, stated as written ("$40 billion"); a share the sentences giving
a percentage ("1.5% of SWIFT transactions"); a date question the date a sentence gives, in the
words of the question's language ("vendredi (2022-01-21)" from "on Friday"); a question on a
court's sentence the sentences giving one; a who question the people a passage names. Finding
figures and sums in a text is `figures`'; which sentences are chosen is the answerer's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from assistant.dates import (
    ASKS_WEEKDAY,
    DATE_RE,
    WHEN_RE,
    YEAR_RE,
    is_date_at,
    periods_in,
    when_in,
    with_weekday,
)
from assistant.figures import (
    NUMBER_RE,
    PERCENT_RE,
    figure_phrase,
    figure_value,
    figures_in,
    gives_age,
    sum_beside,
    sum_phrase,
    sums_in,
    tally_in,
    unasked,
)
from assistant.lexical import tokens
from assistant.names import PERSONAL_SUBJECT, people_in
from assistant.places import is_place
from assistant.query import Query
from assistant.question_kinds import asks_saying
from assistant.question_names import asks_place
from assistant.question_values import RATE_ADJECTIVES, RATE_NOUNS, asks_age
from assistant.sentences import Scored, Sentence
from assistant.word_variants import actors

FIGURE_CONTEXT_WORDS = 5  # words before a figure that may say whose it is
COUNTED_MIN = 0.30  # a figure must count something close to what the question counts
MAX_DATED = 5  # figures reported at different dates: at most this many, one per article
DATED_RATIO = 0.8  # each must score this close to the best candidate


SAME_ACTOR_BONUS = 0.1  # for a figure said of the country the question counts for


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


def age_untold(query: Query, excerpts: Sequence[Sentence]) -> bool:
    """Whether an age question ("Quel âge avait Valeria Hlodan…?") is answered by no excerpt
    giving an age beside one of the people it names (or any age when it names no one): "A
    young mum and her three-month-old baby…" gives the baby's, not the mother's."""
    if not asks_age(query.question):
        return False
    people = {t for _, toks in names_but_places(query) for t in toks}
    return not any(gives_age(s.text, people) for s in excerpts)


def names_but_places(query: Query) -> list[tuple[str, tuple[str, ...]]]:
    """The question's names (as typed, their tokens) but places and a country's people
    ("Ukrainians"): those of people, bodies and things."""
    return [(words, toks) for words, toks in query.names if not (is_place(words) or actors(words))]


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
    (a trial told of, or a penalty someone "could face", is no sentence given). A figure the
    question gives ("when 8,500 US troops were put on alert…") counts for none (`unasked`)."""
    if query.asks_penalty:
        return [s for s in sentences if PENALTY.search(s.text) and _of_whom_asked(query, s)]
    if query.asks_amount:
        return [s for s in sentences if unasked(sums_in(s.text), query.question)]
    if query.asks_tally:
        return [s for s in sentences if tally_in(s.text)] or sentences
    if query.kind == "date":
        return [
            s
            for s in sentences
            if WHEN_RE.search(s.text)
            or (query.asks_period and periods_in(s.text))
            or (query.asks_year and YEAR_RE.search(s.text))
        ]
    if query.asks_share:  # a share is a percentage, and none when no sentence gives one
        return [s for s in sentences if PERCENT_RE.search(s.text)]
    if query.kind == "number":
        return [s for s in sentences if unasked(figures_in(s.text), query.question)] or sentences
    return sentences


def _of_whom_asked(query: Query, sentence: Sentence) -> bool:
    """Whether a sentence may give the penalty of the person the question names ("What
    sentence did the court hand down to Mikhail Romanov?"): it names them, or opens on "he" or
    "she"; not "a 21-year-old Russian soldier was sentenced to life", another's. Any sentence,
    when the question names no one."""
    asked = [tokens(name)[-1] for name, _ in people_in(query.question) if tokens(name)]
    if not asked:
        return True
    return bool(set(asked) & sentence.words) or bool(PERSONAL_SUBJECT.match(sentence.text))


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
    if value is None and query.asks_amount:
        sums = unasked(sums_in(text), query.question)  # a sum the question told is not asked
        if sums:
            value = sum_phrase(text, sum_beside(text, sums, happened) or sums[0])
    if value is None and query.kind == "number" and not query.asks_duration:
        # (a length of time given in words, "depuis des mois", is shown, not replaced)
        numbers = unasked(
            (PERCENT_RE if query.asks_share else NUMBER_RE).finditer(text), query.question
        )
        value = next((m.group(0) for m in numbers if not is_date_at(text, m.start())), None)
    elif value is None and query.kind == "date":
        saying = asks_saying(query.question)
        value = when_in(
            sentence, query.language, happened, saying, query.asks_year, query.asks_period
        )
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
            kept.setdefault((figure_value(match[1]), sentence.chunk.when), sentence)
    values = {value for value, _ in kept}
    dates = {when for _, when in kept}
    if len(values) < 2 or len(dates) < 2:
        return []
    return sorted(kept.values(), key=lambda s: (s.chunk.when, s.chunk.source))
