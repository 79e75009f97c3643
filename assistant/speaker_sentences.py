"""Which of the sentences found are the words of the speaker a quote question asks about, on the
occasion it asks: a bare surname's most quoted bearer (Joe Biden, not Jill, for "Biden"), a
role's holder named later in the same story ("…," Galushchenko said' after "Ukraine's energy
minister"), stories telling of the event the words are placed at (by its most telling, rare
word: "warrant", "Leopard") and giving every figure the question names. Who a sentence quotes
is `attribution`'s; which quotes to show, `quotes`' and the quote path's
(`quote_answerer.QuoteAnswers`, which this mixin serves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Set
from typing import Any

from assistant.figures import numbers_named
from assistant.lexical import tokens
from assistant.query import Query
from assistant.question_months import is_date_word
from assistant.question_topic import event_of
from assistant.quotes import first_name, same_first_names, speaker_of
from assistant.sentences import Sentence
from assistant.speaker_keys import person_key

BEARER_SHARE = 0.5  # a bare surname means a bearer written in this share of its quoting articles
# How rare the most telling word of the event a quote is asked at must be for the stories quoted
# to have to hold it. Measured on the read sets: "warrant" 7.8, "Leopard" 9.6 and "Wagner" 7.0
# named the event, "surprise" (6.1) and "began" did not; two questions abstain, none is lost.
EVENT_IDF = 7.0


class SpeakerSentences:
    """The speaker's sentences on the occasion asked; mixed into `extractive.ExtractiveAnswerer`
    (through `quote_answerer.QuoteAnswers`), whose corpus and IDF it uses."""

    corpus: Any
    idf: Callable[[str], float]

    def _one_person(self, query: Query, said: list[Sentence]) -> list[Sentence]:
        """For a bare surname asked ("What did Biden say?"), the sentences of the person of
        that name the corpus quotes most, and those giving no first name: Jill Biden's quotes
        do not answer for Joe Biden (speakers are keyed by surname). A single bearer found
        must be named in at least `BEARER_SHARE` of the articles quoting the surname."""
        if not (query.named_speaker and len(query.speaker) == 1):
            return said
        bearers: dict[str, str] = {}  # first name → a full name that bears it
        for s in said:
            person = speaker_of(s)
            if first_name(person):
                bearers.setdefault(first_name(person), person)
        if not bearers:
            return said
        # Sergei and Sergey Lavrov, Dmitry and Dmitri Peskov: one person, spelt two ways.
        spelt = same_first_names(bearers)
        quoted: Counter[str] = Counter()
        for first, person in bearers.items():
            quoted[spelt[first]] += self.corpus.quoted_in(person_key(person), tokens(person))
        best = max(quoted, key=lambda first: (quoted[first], first))
        if len(quoted) == 1:
            surname = self.corpus.quoted_in(person_key(bearers[best]))
            if quoted[best] >= BEARER_SHARE * surname:
                return said
            best = ""  # another bearer of the name is the one the corpus quotes
        return [
            s
            for s in said
            if not first_name(speaker_of(s)) or spelt[first_name(speaker_of(s))] == best
        ]

    @staticmethod
    def _same_person_later(said: list[Sentence], candidates: list[Sentence]) -> list[Sentence]:
        """The sentences of a speaker asked about by role, and those their article gives to the
        person it named in that role: "German Galushchenko, Ukraine's energy minister, said…",
        then "…," Galushchenko said'. Across articles a role may change hands; within one it
        is the person the article named."""
        held = {
            (s.chunk.source, s.attribution.key) for s in said if s.attribution and s.attribution.key
        }
        if not held:
            return said
        chosen = {id(s) for s in said}
        return [
            s
            for s in candidates
            if id(s) in chosen or (s.attribution and (s.chunk.source, s.attribution.key) in held)
        ]

    def _at_the_event(self, query: Query, said: list[Sentence]) -> list[Sentence]:
        """The speaker's sentences from stories telling of the event the question places their
        words at ("when the International Criminal Court issued an arrest warrant for Putin"):
        stories holding its most telling word (or a word bridged to it) when that word is rare
        in the corpus (`EVENT_IDF`: "warrant", "Leopard", "Wagner"; not "visit" nor
        "surprise", told otherwise). Unchanged when the question names no such event; [] when
        no story tells of it (the words were said on other occasions). A compound is told in
        its words apart too ("red-ink": "in red ink")."""
        spellings = self._event_spellings(query)
        if not spellings:
            return said
        # a compound is told in its words too ("a red-ink edit": "in red ink")
        parts = [set(tokens(w.replace("-", " "))) for w in spellings if "-" in w]

        def tells(words: Set[str]) -> bool:
            return bool(spellings & words) or any(p <= words for p in parts if len(p) > 1)

        return [s for s in said if tells(self.corpus.words_of(s.chunk.source) | s.words)]

    def _event_spellings(self, query: Query) -> set[str]:
        """The spellings of the most telling word of the event the question places the words
        at (`_at_the_event`), or none when it names no event or none told in a rare word."""
        event = event_of(query.question)
        if not event:
            return set()
        slots = {slot[0][0]: slot for slot in query.slots}
        unseen = self.idf("")  # what a word the corpus lacks weighs

        def rarity(token: str) -> float:  # of its commonest spelling the corpus uses
            present = [self.idf(w) for w, _ in slots[token] if self.idf(w) < unseen]
            return min(present, default=0.0)

        skip = set(query.speaker) | set(tokens(query.speaker_text))
        words = [
            t
            for t in tokens(event)
            if t in slots and t not in skip and not is_date_word(t) and not t.isdigit()
        ]
        telling = max(words, key=rarity, default="")
        if not telling or rarity(telling) < EVENT_IDF:
            return set()
        return {w for w, _ in slots[telling]}

    @staticmethod
    def _giving_the_figures(query: Query, said: list[Sentence]) -> list[Sentence]:
        """The speaker's sentences from stories that give every figure the question names
        (`figures.numbers_named`: "about ending the war within 24 hours", "to the 287 British
        MPs sanctioned"): quotes on something else are no answer on that. Unchanged when the
        question names none."""
        asked = numbers_named(query.question)
        if not asked:
            return said
        stories = {s.chunk.source: s.chunk.text for s in said}
        giving = {src for src, text in stories.items() if asked <= numbers_named(text)}
        return [s for s in said if s.chunk.source in giving]
