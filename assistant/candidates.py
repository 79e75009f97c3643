"""The LLM-free answerer's candidates and how each scores: the citable sentences of the passages
found (every sentence of the first few articles when asked), each scored by the question's
embedding similarity and the IDF-weighted share of the question's words it holds (bridged and
related words by their weight; a sentence continuing a quoted speaker also holds that speaker's
words; a name the sentence's story leads with counts `LEAD_NAME_SHARE`), and whether a
candidate's article speaks of what the question names (`mentions.names_not_near`). Which
candidates answer, and how, is the answerer's (`extractive.ExtractiveAnswerer`, which this mixin
is part of); how words weigh is `scoring`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from typing import Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.bridges import Slot
from assistant.lexical import tokens
from assistant.mentions import names_not_near
from assistant.name_answerer import NAMED_CANDIDATES
from assistant.query import Query
from assistant.scoring import coverage, from_first
from assistant.sentences import Scored, Sentence
from assistant.types import Passage

DENSE_WEIGHT = 0.5  # the embedding similarity's share of a sentence's score, the words' the rest
# A name of the question that a sentence's story leads with, though the sentence calls it
# otherwise ("the Tesla CEO"), counts this much (on the news eval 0.5 and 1 state as many facts,
# 1 cites fewer; on the blind set 0.5 states two more, 1 two more and one fewer).
LEAD_NAME_SHARE = 0.5
EMBEDDED_SENTENCES = 24  # candidates scored by the model, the rest by their words only


class Corpus(Protocol):
    """What the answerer reads of the indexed articles (`derived.Derived` provides it)."""

    def idf(self, token: str) -> float: ...
    def sentences_of(self, source: str) -> list[Sentence]: ...
    def words_of(self, source: str) -> frozenset[str]: ...
    def lead_of(self, source: str) -> frozenset[str]: ...
    def period(self) -> tuple[str, str] | None: ...
    @property
    def sentences(self) -> int: ...
    def echoes(self, text: str, source: str) -> list[tuple[str, str | None, str | None]]: ...
    def quoted_in(self, key: str, name: Sequence[str] = ()) -> int: ...
    def is_name(self, token: str) -> bool: ...
    def uses(self, token: str) -> bool: ...
    def country_of(self, person: str) -> int | None: ...
    def holder_of(self, role: str) -> str: ...
    def voice_of(self, speaker: str) -> str: ...


class Candidates:
    """Candidate sentences and their scores; mixed into `extractive.ExtractiveAnswerer`, which
    sets the embedder and the corpus."""

    embedder: Embeddings
    corpus: Corpus
    idf: Callable[[str], float]
    sentences_of: Callable[[str], list[Sentence]]

    def _about_the_names(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The candidates from the first of the best few whose article speaks of what the
        question names (`mentions`); unchanged when none does (the answer then abstains)."""
        speaks = from_first(scored, lambda s: not self._names_missing(query, s), NAMED_CANDIDATES)
        return speaks or scored

    def _article_words(self, sentence: Sentence) -> set[str]:
        """The tokens of a sentence's article and of its outlet."""
        outlet = set(tokens(sentence.chunk.outlet or ""))
        return set(self.corpus.words_of(sentence.chunk.source)) | outlet

    def _names_missing(self, query: Query, sentence: Sentence) -> list[str]:
        article = self._article_words(sentence) | sentence.words
        return names_not_near(query, sentence, article, self.corpus.is_name)

    def _passage_sentences(self, passages: list[Passage], whole: int = 0) -> list[Sentence]:
        """The citable sentences of `passages`, and all of those of their first `whole`
        articles."""
        wanted = {(p.chunk.source, p.chunk.start, p.chunk.end) for p in passages}
        found: dict[tuple[str, int, int], Sentence] = {}
        sources = list(dict.fromkeys(p.chunk.source for p in passages))
        read = set(sources[:whole])
        for source in sources:
            for sentence in self.sentences_of(source):
                starts = any(src == source and s <= sentence.start < e for src, s, e in wanted)
                ends = any(src == source and s < sentence.end <= e for src, s, e in wanted)
                if (source in read or starts and ends) and sentence.citable:
                    found[(source, sentence.start, sentence.end)] = sentence
        return list(found.values())

    def _score(
        self,
        question: str,
        sentences: list[Sentence],
        slots: Sequence[Slot] | None = None,
        speakers: bool = True,
        context: Set[str] = frozenset(),
        named: Set[str] = frozenset(),
    ) -> list[Scored]:
        """Sentences by similarity to `question` and coverage of its words (or of `slots`),
        counting the words of the speaker a sentence continues when `speakers`; the words of
        `context` (a follow-up's previous question) weigh `CONTEXT_WEIGHT` as much; the
        question's `named` tokens that a sentence's story leads with count `LEAD_NAME_SHARE`
        as much as in the sentence itself ("the Tesla CEO challenged the Russian president",
        in a story on Musk and Putin)."""
        if not sentences:
            return []
        wanted = slots if slots is not None else [((t, 1.0),) for t in tokens(question)]

        def lexical_score(s: Sentence) -> float:
            words = s.words if speakers else s.own_words
            own = coverage(wanted, words, self.idf, context)
            extra = (named & self.corpus.lead_of(s.chunk.source)) - words if named else None
            if not extra:
                return own
            led = coverage(wanted, words | extra, self.idf, context)
            return own + LEAD_NAME_SHARE * (led - own)

        lexical = [lexical_score(s) for s in sentences]
        # Only the sentences sharing most of the question's words are embedded: a large pool
        # of passages costs word lookups, not model calls.
        order = sorted(range(len(sentences)), key=lambda i: -lexical[i])[:EMBEDDED_SENTENCES]
        q_vec = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        vectors = self.embedder.embed_documents([sentences[i].text for i in order])
        dense = dict(zip(order, np.asarray(vectors, dtype=np.float32) @ q_vec, strict=True))
        scored = [
            Scored(s, DENSE_WEIGHT * float(dense.get(i, 0.0)) + (1 - DENSE_WEIGHT) * lexical[i])
            for i, s in enumerate(sentences)
        ]
        return sorted(scored, key=lambda s: -s.score)
