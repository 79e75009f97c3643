"""Hybrid retrieval: dense (Chroma, our embedder) and lexical (BM25 in the catalog's SQLite FTS5
index) fused by reciprocal rank.

A small embedding model matches names such as "Peskov" poorly and English questions to French
text weakly; BM25 over the French/English-normalised tokens of `lexical` (aliases included)
catches those. Each list is ranked on its own and fused with weighted reciprocal rank fusion
(RRF), so neither score scale needs calibrating; on real English news the full-text list is by
far the better one and weighs more. Filters by date range and source apply to both lists.
Choosing sentences from the passages is the answerer's job, not this module's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.catalog import Catalog
from assistant.index import Index, month_number
from assistant.lexical import tokens
from assistant.types import Chunk, Passage, Retrieved

RRF_K = 60  # the constant of Cormack et al. (2009); damps the weight of top ranks
FETCH_FACTOR = 4  # each list contributes this many times k candidates before fusion
# The dense list's weight in the fusion. Measured on 121 answerable questions of the real news
# corpus (evals/news.jsonl): full-text alone finds an answering passage in the top 5 for 0.64
# of them, `use-multilingual` vectors alone for 0.24, fused at equal weight 0.52, at 0.5 0.56,
# at 0.25 0.65; on the shipped French article, English questions need the vectors more (at
# 0.25 one follow-up loses its passage from the top 5). 0.5 keeps both; the answerer then
# reranks a larger pool sentence by sentence (see `answer.POOL`).
DENSE_WEIGHT = 0.5
# A word in more than this share of sentences adds almost nothing to BM25 but makes the
# full-text index rank most of the corpus: it is left out of the lexical query.
COMMON_SHARE = 0.1
COMMON_MIN_SENTENCES = 2000  # in a small corpus every word is "common": keep them all
MAX_TERMS = 24  # the rarest words of a long question are enough
# The full-text list's best few are always returned: a passage that holds the question's rarest
# words ("the final tally of the Senate vote") but that the vectors do not find lost to passages
# both lists rank fairly well. Measured on the news set: an answering passage is the full-text
# list's first for 0.34 of the questions, the fused list's first for 0.22; keeping 3 brings
# three more answers (the answerer reranks sentences).
LEXICAL_KEPT = 3
# Ranking by slots (`Retriever.lexical`): the full-text index's best this many times n are
# ranked again. Measured on the news set's quote questions: 4 and 10 rank alike, 2 loses one.
SLOT_CANDIDATES = 10
BM25_K1, BM25_B = 1.2, 0.75  # FTS5's own bm25() parameters

# A question's words, each with its alternatives: (corpus token, weight), the word's own first.
Slots = Sequence[Sequence[tuple[str, float]]]


@dataclass(frozen=True)
class Filter:
    """Restricts retrieval to a month range ('YYYY-MM', inclusive) and/or some sources (file
    names) and/or some articles (content hashes: those quoting a speaker)."""

    date_from: str | None = None
    date_to: str | None = None
    sources: tuple[str, ...] | None = None
    articles: tuple[str, ...] | None = None

    def months(self) -> tuple[int, int] | None:
        """The month range as numbers (202202), or None when unbounded."""
        if not (self.date_from or self.date_to):
            return None
        low = month_number(self.date_from) if self.date_from else 0
        high = month_number(self.date_to) if self.date_to else 999999
        return low, high

    def where(self, articles: list[str] | None = None) -> dict[str, Any] | None:
        """The same filter as a Chroma `where` clause (`articles`: the sources' content hashes)."""
        clauses: list[dict[str, Any]] = []
        if self.date_from:
            clauses.append({"month": {"$gte": month_number(self.date_from)}})
        if self.date_to:
            clauses.append({"month": {"$lte": month_number(self.date_to)}})
        if articles is not None:
            clauses.append({"article": {"$in": articles or [""]}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


NO_FILTER = Filter()


class Retriever:
    """Hybrid search over one index: Chroma for vectors, the catalog's FTS5 index for words."""

    def __init__(self, index: Index, frequency: Callable[[str], int] | None = None) -> None:
        self.index = index
        # In how many sentences a token occurs: the assistant passes its cached lookups (the
        # question's words were looked up once already); else the catalog answers.
        self.frequency = frequency

    @property
    def catalog(self) -> Catalog:
        """The index's catalog."""
        return self.index.catalog

    def _articles(self, flt: Filter) -> list[str] | None:
        found = None if flt.sources is None else self.catalog.articles_of(list(flt.sources))
        if flt.articles is not None:
            found = list(flt.articles) if found is None else sorted(set(found) & set(flt.articles))
        return found

    def lexical(
        self,
        query: str,
        n: int,
        flt: Filter = NO_FILTER,
        terms: list[str] | None = None,
        slots: Slots | None = None,
    ) -> list[tuple[Chunk, float]]:
        """The `n` best BM25 matches, best first; `terms` replace the query's own tokens (e.g.
        with bridged corpus words). Words in most of the corpus are left out.

        With `slots` (a question's words with their weighted alternatives), a word counts once
        however many of its alternatives a chunk holds, by its best one times that one's weight
        (`slot_bm25`): BM25 over all the alternatives at once lets a French question's "cible"
        rank chunks saying "aim" and "object" above one saying "target"."""
        if slots is not None:
            terms = searched(slots)
        wanted = list(dict.fromkeys(terms or tokens(query)))
        total = max(self.catalog.sentence_count(), 1)
        lookup = self.frequency or self.catalog.document_frequency
        frequency = {t: lookup(t) for t in wanted}
        present = sorted((t for t in wanted if frequency[t]), key=lambda t: (frequency[t], t))
        if total >= COMMON_MIN_SENTENCES:
            present = [t for t in present if frequency[t] <= COMMON_SHARE * total] or present[:2]
        present = present[:MAX_TERMS]
        months, articles = flt.months(), self._articles(flt)
        if slots is None:
            return self.catalog.search_terms(present, n, months, articles)
        rows = self.catalog.match_terms(present, n * SLOT_CANDIDATES, months, articles)
        idf = {
            t: math.log(1 + (total - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in present
        }
        best = slot_bm25([(cid, indexed) for cid, _, indexed in rows], slots, idf)[:n]
        chunks = self.catalog.chunks_by_ids([cid for cid, _ in best])
        return [(chunks[cid], score) for cid, score in best if cid in chunks]

    def dense(self, query: str, n: int, flt: Filter = NO_FILTER) -> list[tuple[Chunk, float]]:
        """The `n` chunks nearest to the query's embedding, best first (committed ones only)."""
        vector = self.index.embedder.embed_query(query)
        hits = self.index.store.query(vector, n, flt.where(self._articles(flt)))
        chunks = self.catalog.chunks_by_ids([i for i, _ in hits])
        return [(chunks[i], score) for i, score in hits if i in chunks]

    def search(
        self,
        queries: str | list[str],
        k: int,
        flt: Filter = NO_FILTER,
        lexical_terms: list[str] | None = None,
    ) -> Retrieved:
        """The `k` best chunks for one or several phrasings of a question, fused by RRF (the
        full-text search's best `LEXICAL_KEPT` always among them), and how close the nearest
        chunk of the index is to it.

        `lexical_terms` (for a single query) replace its tokens in the BM25 search."""
        queries = [queries] if isinstance(queries, str) else queries
        fetch = max(k * FETCH_FACTOR, 10)
        fused: dict[str, float] = {}
        by_id: dict[str, Chunk] = {}
        closest: float | None = None
        kept: list[str] = []  # the first phrasing's best full-text matches
        for query in queries:
            terms = lexical_terms if len(queries) == 1 else None
            dense = self.dense(query, fetch, flt)
            if dense:
                closest = max(dense[0][1], closest if closest is not None else -1.0)
            lexical = self.lexical(query, fetch, flt, terms)
            kept = kept or [chunk.chunk_id for chunk, _ in lexical[:LEXICAL_KEPT]]
            for weight, ranking in ((DENSE_WEIGHT, dense), (1.0, lexical)):
                for rank, (chunk, _) in enumerate(ranking):
                    by_id[chunk.chunk_id] = chunk
                    score = weight / (RRF_K + rank + 1)
                    fused[chunk.chunk_id] = fused.get(chunk.chunk_id, 0.0) + score
        best = sorted(fused, key=lambda cid: (-fused[cid], cid))[:k]
        if k > LEXICAL_KEPT:  # the kept ones missing take the places of the last others
            missing = [cid for cid in kept if cid not in best]
            others = [cid for cid in best if cid not in kept]
            dropped = set(others[len(others) - len(missing) :]) if missing else set()
            best = [cid for cid in best if cid not in dropped] + missing
        passages = (Passage(by_id[cid], fused[cid], rank) for rank, cid in enumerate(best, 1))
        return Retrieved(passages, closest)


def searched(slots: Slots) -> list[str]:
    """The tokens a full-text search looks for: every word of a question and the corpus words
    bridged to it (`slots`), but those weighing nothing (a month as the corpus does not write
    it, "mars" in English news: `query_checks.with_months_as_written`)."""
    return [token for slot in slots for token, weight in slot if weight > 0]


def slot_bm25(
    rows: Sequence[tuple[str, str]], slots: Slots, idf: dict[str, float]
) -> list[tuple[str, float]]:
    """(chunk id, indexed tokens) ranked by BM25 where each slot counts its best alternative
    once, weighted (a disjunction-max over a word's alternatives, as search engines treat
    synonyms), best first, ties by id. Tokens without an `idf` (left out of the search) count
    nothing; lengths are normalised by the rows' mean length."""
    counts = [Counter(indexed.split()) for _, indexed in rows]
    lengths = [sum(c.values()) for c in counts]
    mean = (sum(lengths) / len(lengths) if lengths else 1.0) or 1.0
    scored = []
    for (cid, _), count, length in zip(rows, counts, lengths, strict=True):
        damp = BM25_K1 * (1 - BM25_B + BM25_B * length / mean)
        score = sum(
            max((w * _bm25(count[t], idf[t], damp) for t, w in slot if t in idf), default=0.0)
            for slot in slots
        )
        scored.append((cid, score))
    return sorted(scored, key=lambda r: (-r[1], r[0]))


def _bm25(tf: int, idf: float, damp: float) -> float:
    """One term's BM25 share in a chunk holding it `tf` times (`damp`: its length's part)."""
    return idf * tf * (BM25_K1 + 1) / (tf + damp)
