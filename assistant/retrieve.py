"""Hybrid retrieval: dense (Chroma, our embedder) and lexical (BM25) fused by reciprocal rank.

A small embedding model matches names such as "Peskov" poorly and English questions to French
text weakly; BM25 over the French/English-normalised tokens of `lexical` (aliases included)
catches those. Each list is ranked on its own and fused with reciprocal rank fusion (RRF), so
neither score scale needs calibrating. Filters by date range and source apply to both lists.
Choosing sentences from the passages is the answerer's job, not this module's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from rank_bm25 import BM25Okapi

from assistant.index import Index, month_number
from assistant.lexical import tokens
from assistant.types import Chunk, Passage

RRF_K = 60  # the constant of Cormack et al. (2009); damps the weight of top ranks
FETCH_FACTOR = 4  # each list contributes this many times k candidates before fusion


@dataclass(frozen=True)
class Filter:
    """Restricts retrieval to a month range ('YYYY-MM', inclusive) and/or some sources."""

    date_from: str | None = None
    date_to: str | None = None
    sources: tuple[str, ...] | None = None

    def matches(self, chunk: Chunk) -> bool:
        """Whether the chunk passes the filter."""
        month = month_number(chunk.date)
        if self.date_from and month < month_number(self.date_from):
            return False
        if self.date_to and month > month_number(self.date_to):
            return False
        return not (self.sources is not None and chunk.source not in self.sources)

    def where(self) -> dict[str, Any] | None:
        """The same filter as a Chroma `where` clause."""
        clauses: list[dict[str, Any]] = []
        if self.date_from:
            clauses.append({"month": {"$gte": month_number(self.date_from)}})
        if self.date_to:
            clauses.append({"month": {"$lte": month_number(self.date_to)}})
        if self.sources is not None:
            clauses.append({"source": {"$in": list(self.sources) or [""]}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


NO_FILTER = Filter()


class Retriever:
    """Hybrid search over one index; the BM25 model follows the index's chunks."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._bm25: BM25Okapi | None = None
        self._bm25_chunks: list[Chunk] | None = None
        self._lock = threading.Lock()

    def _lexical_model(self) -> tuple[BM25Okapi | None, list[Chunk]]:
        chunks = self.index.chunks()
        with self._lock:
            if self._bm25_chunks is not chunks:
                corpus = [tokens(f"{c.title} {c.text}") for c in chunks]
                self._bm25 = BM25Okapi(corpus) if chunks else None
                self._bm25_chunks = chunks
            return self._bm25, chunks

    def lexical(
        self, query: str, n: int, flt: Filter = NO_FILTER, terms: list[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """The `n` best BM25 matches with a positive score, best first; `terms` replace the
        query's own tokens (e.g. with bridged corpus words)."""
        bm25, chunks = self._lexical_model()
        query_tokens = terms or tokens(query)
        if bm25 is None or not query_tokens:
            return []
        scores = bm25.get_scores(query_tokens)
        ranked = sorted(range(len(chunks)), key=lambda i: -scores[i])
        hits = [(chunks[i], float(scores[i])) for i in ranked if scores[i] > 0]
        return [h for h in hits if flt.matches(h[0])][:n]

    def dense(self, query: str, n: int, flt: Filter = NO_FILTER) -> list[tuple[Chunk, float]]:
        """The `n` chunks nearest to the query's embedding, best first."""
        vector = self.index.embedder.embed_query(query)
        return self.index.nearest(vector, n, flt.where())

    def search(
        self,
        queries: str | list[str],
        k: int,
        flt: Filter = NO_FILTER,
        lexical_terms: list[str] | None = None,
    ) -> list[Passage]:
        """The `k` best chunks for one or several phrasings of a question, fused by RRF.

        `lexical_terms` (for a single query) replace its tokens in the BM25 search."""
        queries = [queries] if isinstance(queries, str) else queries
        fetch = max(k * FETCH_FACTOR, 10)
        fused: dict[str, float] = {}
        by_id: dict[str, Chunk] = {}
        for query in queries:
            terms = lexical_terms if len(queries) == 1 else None
            for ranking in (self.dense(query, fetch, flt), self.lexical(query, fetch, flt, terms)):
                for rank, (chunk, _) in enumerate(ranking):
                    by_id[chunk.chunk_id] = chunk
                    fused[chunk.chunk_id] = fused.get(chunk.chunk_id, 0.0) + 1 / (RRF_K + rank + 1)
        best = sorted(fused, key=lambda cid: -fused[cid])[:k]
        return [Passage(by_id[cid], fused[cid], rank) for rank, cid in enumerate(best, 1)]
