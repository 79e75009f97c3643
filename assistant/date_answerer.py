"""The date-question part of the LLM-free answerer: the date of what the question asks about.

A sentence whose date stands beside a word of what happened ("The deal, signed on July 22")
gains `DATE_WEIGHT`, the more of those words the more; one whose only date dates its own saying
("…, the court said Thursday") loses as much, unless the question asks when something was said.
Sentences dating what happened are chosen first, then those saying it, then any; and a date from
a sentence only loosely close to the question is an answer only when that sentence says what
happened and names what the question names (`extractive.WEAK_BELOW`); a weekday the text writes
(resolved against the publication date) standing beside no word of what happened is the day
something else was told ("…Reznikov said in a tweet Sunday" for when he left his post), and no
answer, in a large corpus (`extractive`); so is any date of a sentence, in the question's
language, that says no word of what happened. Which date a sentence gives, and resolving weekdays,
are `dates`' and `values`'; scoring, choosing and composing are the answerer's
(`extractive.ExtractiveAnswerer`, which this mixin is part of).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.bridges import SAME_WORD_WEIGHTS
from assistant.dates import beside_share, dates_only_saying, is_weekday, when_in
from assistant.lexical import tokens
from assistant.mentions import in_its_language
from assistant.query import Query, date_words, question_parts
from assistant.question_kinds import asks_saying
from assistant.scoring import TELLING_IDF, rescored
from assistant.sentences import Scored, Sentence

# What a sentence dating what a date question asks (a word of it beside the date: "signed on
# July 22") gains, and one dating only its own saying ("the court said Thursday") loses.
DATE_WEIGHT = 0.2
# Words most articles use (Russia 1.4, Ukraine 1.6, military 2.8) date nothing asked: "said on
# television Monday that Russian forces…" is not the day "l'armée russe" abducted the mayor.
DATED_IDF = 3.0


def dated_words(query: Query, told: frozenset[str] = frozenset()) -> frozenset[str]:
    """The tokens a date question's answer is dated beside: the words of what happened and the
    corpus words bridged to them ("signé": signed), not its names (the date beside "Fedorov
    said on television Monday" is not when he was abducted) nor the month and year it names
    (they choose the articles), nor the words in `told` (what the question tells before it
    asks)."""
    asked = date_words(query) | {t for _, toks in query.names for t in toks} | _ASKING_DATE
    left = asked | told
    return frozenset(t for slot in query.slots for t, _ in slot if slot[0][0] not in left)


# The words a question asks a date with ("On what date…", "Quel jour…"): they name nothing that
# happened.
_ASKING_DATE = frozenset(tokens("date dates day days jour jours"))


class DateAnswers:
    """Dates for date questions; mixed into `extractive.ExtractiveAnswerer`, whose IDF it uses."""

    idf: Callable[[str], float]
    _names_missing: Callable[[Query, Sentence], list[str]]

    def _happened(self, query: Query) -> frozenset[str]:
        """The words of what a date question asks happened, and those bridged to them: those of
        its asking sentence when it tells a story first and asks of something else in it
        ("The exercise started in early June. When was it scheduled to end?": the end, not the
        start), else all of them."""
        return self._happened_sets(query)[0]

    def _happened_sets(self, query: Query) -> list[frozenset[str]]:
        """The words of what happened to date candidates by, best first: those of the asking
        sentence alone (when the question tells a story first and they are telling), then all."""
        told = question_parts(query)[0]
        sets = [dated_words(query, told), dated_words(query)] if told else [dated_words(query)]
        telling = [frozenset(t for t in words if self.idf(t) >= DATED_IDF) for words in sets]
        return [words for words in telling if words] or [frozenset()]

    def _dates_first(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The candidates rescored by what their dates date: those near the question's names
        (`_names_missing`) dating what happened, else saying it with a date of more than its
        telling; else any dating it, else saying it, else all. What happened is read from the
        asking sentence first, from the whole question when no candidate near the names dates
        that ("On what day was the footage recorded?": "The March 7 film…")."""
        saying = asks_saying(query.question)  # "When did the army announce…"
        for happened in self._happened_sets(query):
            dated, near = self._dated_by(query, scored, happened, saying)
            if near:  # near the question's names
                break
        return dated

    def _dated_by(
        self, query: Query, scored: list[Scored], happened: frozenset[str], saying: bool
    ) -> tuple[list[Scored], bool]:
        """`_dates_first` for one set of words of what happened, and whether the candidates
        first are near the question's names."""
        share = {
            id(x.sentence): beside_share(
                x.sentence.text, happened, saying, query.asks_year, query.asks_period
            )
            for x in scored
        }
        scored = rescored(
            scored,
            lambda s: DATE_WEIGHT * (share[id(s)] - (not saying and dates_only_saying(s.text))),
        )
        # Those near the question's names first: "aiming to recapture Kherson by the end of
        # November" before "Gen. Budanov… in June"; of them, those whose date is not only when
        # it was told ("As of May 7, the ninth day after she went missing").
        named = [x for x in scored if not self._names_missing(query, x.sentence)]
        telling = [x for x in named if saying or not dates_only_saying(x.sentence.text)]
        near = [x for x in named if share[id(x.sentence)]] or [
            x for x in telling if x.sentence.own_words & happened
        ]
        if near:
            return near, True
        return (
            [x for x in scored if share[id(x.sentence)]]
            or [x for x in scored if x.sentence.own_words & happened]
            or scored
        ), False

    def _dates_what_is_asked(self, query: Query, sentence: Sentence) -> bool:
        """Whether a date question's sentence itself says what happened (a word of it, or one
        bridged to it) and names what the question names ("On Dec. 20, … Zelenskyy traveled
        to the front line … Bakhmut" for "le front de Bakhmout"; not "…dispatched to Kiev on
        Thursday" for an embassy's closing): a word of the whole question's, which every
        reading of what happened holds (`_happened_sets`)."""
        return bool(self._happened_said(query, sentence)) and self._names_said(query, sentence)

    def _happened_said(self, query: Query, sentence: Sentence) -> frozenset[str]:
        """The words of what happened that the sentence itself says, or bridged to them: of the
        whole question's, which every reading of what happened holds (`_happened_sets`)."""
        return sentence.own_words & self._happened_sets(query)[-1]

    def _dates_something_else(self, query: Query, sentence: Sentence) -> bool:
        """Whether the date a date question's sentence gives is of something else than what
        happened: the sentence says none of it (`_says_nothing_that_happened`), or its date is
        a weekday beside none of it (`_day_of_something_else`)."""
        return self._says_nothing_that_happened(query, sentence) or self._day_of_something_else(
            query, sentence
        )

    def _says_nothing_that_happened(self, query: Query, sentence: Sentence) -> bool:
        """Whether a date question's sentence, in the question's language, says no word of what
        happened (`_happened_sets`, the whole question's), though the question has telling
        ones: its date is of something else ("…after Putin approved a 'special military
        operation' in Ukraine Feb. 24" for when the court issued a warrant). In the other
        language, the few words bridged to the question's may miss the one it writes ("abattu"
        is not bridged to "shot down")."""
        return (
            bool(self._happened_sets(query)[-1])
            and not self._happened_said(query, sentence)
            and in_its_language(query, sentence.chunk.text)
        )

    def _day_of_something_else(self, query: Query, sentence: Sentence) -> bool:
        """Whether a date question would be answered by a weekday standing beside no word of
        what happened: the day something else was told ("…, Ukrainian Defense Minister Oleksii
        Reznikov said in a tweet Sunday" for when he left his post), not the day asked."""
        saying = asks_saying(query.question)
        sets = self._happened_sets(query)
        value = when_in(
            sentence, query.language, sets[0], saying, query.asks_year, query.asks_period
        )
        return (
            bool(value)
            and is_weekday(value)
            and not any(
                beside_share(sentence.text, happened, saying, query.asks_year, query.asks_period)
                for happened in sets
            )
        )

    def _names_said(self, query: Query, sentence: Sentence) -> bool:
        """Whether the sentence itself names something the question names (or a spelling of it
        the corpus uses: "Bakhmout" is Bakhmut) that most articles do not (Russia, Kyiv tell
        little)."""
        named = {t for _, toks in query.names for t in toks}
        said = named | {
            t
            for slot in query.slots
            if slot[0][0] in named
            for t, weight in slot
            if weight in SAME_WORD_WEIGHTS  # not a stand-in: Moscow
        }
        return any(self.idf(t) >= TELLING_IDF for t in said & sentence.words)
