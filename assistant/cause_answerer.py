"""The why-question part of the LLM-free answerer: a cause is what a why-question asks for.

A sentence giving a cause (`scoring.CAUSE_RE`: "because", "after", "parce que"…) gains
`scoring.CAUSE_WEIGHT`; a further excerpt must give a cause too, and when the best sentence only
restates what happened, the sentence of the same article that tells why is shown beside it
("…has withdrawn from performances", then "…withdrawn after not complying with the Met's
condition…"; when the sentence after it refers back to it, "The distinction is meant to
avoid…", the two are one excerpt), else the best other candidate that tells it ("…forced to
resign after comments sympathetic to Russia", then another story's "…resigned after
suggesting that Crimea would 'never come back'"). Causes beyond the retrieved passages are not
looked for. Scoring, choosing and composing are the answerer's (`extractive.ExtractiveAnswerer`,
which this mixin is part of).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.query import Query, date_words
from assistant.scoring import CAUSE_RE, coverage
from assistant.sentences import Scored, Sentence

# A sentence beside the first excerpt that gives a cause must share this much of a why-question's
# words (its article's names count): measured 0.2–0.5 on the news set, +1 why-question at each.
CAUSE_SHARE = 0.4


class CauseAnswers:
    """Causes for why-questions; mixed into `extractive.ExtractiveAnswerer`, whose corpus and
    IDF it uses."""

    corpus: Any
    idf: Callable[[str], float]
    sentences_of: Callable[[str], list[Sentence]]

    def _with_causes(
        self, query: Query, chosen: list[Scored], scored: Sequence[Scored] = ()
    ) -> list[Scored]:
        """The excerpts chosen, the further ones only if they give a cause too, or, when none
        does, the first one and the cause its article tells beside it, else the best of the
        other candidates (`scored`, best first) that gives one on what was asked."""
        chosen = chosen[:1] + [c for c in chosen[1:] if CAUSE_RE.search(c.sentence.text)]
        if len(chosen) == 1:  # the cause may be told apart from what happened
            first = chosen[0].sentence
            read_on = self._cause_read_on(first)
            if read_on is not None:
                return [Scored(read_on, chosen[0].score)]
            told = self._cause_told_beside(query, first, self.sentences_of(first.chunk.source))
            if told is None:  # or by another story ("Asked why the US was targeting…")
                others = [x.sentence for x in scored if not x.sentence.overlaps(first)]
                told = self._cause_told_beside(query, first, others)
            chosen += [told] if told else []
        return chosen

    def _cause_read_on(self, first: Sentence) -> Sentence | None:
        """The first excerpt read with the sentence after it, when that sentence refers back
        to it and gives the cause it does not ("…to describe any information being shared…
        as 'situational awareness'", then "The distinction is meant to avoid…"), else None."""
        if CAUSE_RE.search(first.text):
            return None
        for s in self.sentences_of(first.chunk.source):
            if (
                s.with_antecedent
                and s.start == first.start
                and s.end > first.end
                and s.citable
                and CAUSE_RE.search(s.text[first.end - s.start :])
            ):
                return s
        return None

    def _cause_told_beside(
        self, query: Query, first: Sentence, sentences: list[Sentence]
    ) -> Scored | None:
        """The sentence of `sentences` (of the first excerpt's article, or other candidates)
        that gives a cause and shares most of the question's words (at least `CAUSE_SHARE`),
        or None."""
        best: Scored | None = None
        # the article names who or what it is about; the cause may say "she" or "it"
        named = {t for _, toks in query.names for t in toks}
        dated = date_words(query)  # the month asked chose the articles; a cause need not say it
        slots = [slot for slot in query.slots if slot[0][0] not in dated]
        for s in sentences:
            if s.overlaps(first) or not s.citable or not CAUSE_RE.search(s.text):
                continue
            told = named & self.corpus.words_of(s.chunk.source)
            score = coverage(slots, s.words | told, self.idf)
            if score >= CAUSE_SHARE and (best is None or score > best.score):
                best = Scored(s, score)
        return best
