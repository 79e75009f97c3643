"""The persistent Chroma store of chunk vectors, kept in step with the corpus folder.

`Index.sync` is incremental and idempotent: an article whose content hash is unchanged is left
alone, an edited one has its chunks replaced, a removed one has its chunks deleted. All vectors
of a sync are computed (by our embedder, never Chroma's default one) before anything is written,
so a failure leaves the store as it was. The store records the embedding model that built it and
refuses to mix models. Retrieval scoring lives in `retrieve`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from assistant.chunking import chunk_article
from assistant.corpus import load_corpus
from assistant.embeddings import load_embedder
from assistant.errors import EmptyCorpusError, ModelMismatchError
from assistant.settings import Settings
from assistant.types import Chunk

log = logging.getLogger(__name__)

COLLECTION = "articles"
EMBED_BATCH = 64
WRITE_BATCH = 1000


@dataclass
class IngestReport:
    """What one sync changed in the store."""

    added: list[str] = field(default_factory=list)  # article sources
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one message per unreadable file
    chunks: int = 0  # chunks in the store after the sync
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for people."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped; "
            f"{self.chunks} chunks indexed in {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class ArticleSummary:
    """An indexed article as listed in the UI."""

    source: str
    title: str
    date: str | None
    chunks: int


class Index:
    """The chunk store of one data folder, for one embedding model."""

    def __init__(self, settings: Settings, embedder: Embeddings | None = None) -> None:
        self.settings = settings
        self.model_name = settings.embedding_model
        self._embedder = embedder
        self._collection: Any = None
        self._chunks: list[Chunk] | None = None
        self._lock = threading.RLock()

    @property
    def embedder(self) -> Embeddings:
        """The embedding model, loaded on first use."""
        if self._embedder is None:
            self._embedder = load_embedder(self.model_name)
        return self._embedder

    @property
    def collection(self) -> Any:
        """The Chroma collection, created on first use; checks the model that built it."""
        with self._lock:
            if self._collection is None:
                self._collection = self._open_collection()
            return self._collection

    def _open_collection(self) -> Any:
        path = Path(self.settings.chroma_dir)
        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
        )
        collection = client.get_or_create_collection(
            COLLECTION,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": self.model_name},
            embedding_function=None,
        )
        store_model = (collection.metadata or {}).get("embedding_model")
        if store_model != self.model_name and collection.count():
            raise ModelMismatchError(str(store_model), self.model_name, self.settings.data_dir)
        return collection

    def count(self) -> int:
        """Number of chunks in the store."""
        return self.collection.count()

    def reset(self) -> None:
        """Delete every chunk and the model record, for a rebuild with another model."""
        with self._lock:
            client = chromadb.PersistentClient(
                path=str(self.settings.chroma_dir),
                settings=ChromaSettings(anonymized_telemetry=False),
            )
            if COLLECTION in [c.name for c in client.list_collections()]:
                client.delete_collection(COLLECTION)
            self._collection = None
            self._chunks = None

    def sync(self, corpus_dir: Path | None = None, progress: bool = False) -> IngestReport:
        """Bring the store in step with the corpus folder; see the module docstring."""
        started = time.perf_counter()
        corpus_dir = Path(corpus_dir or self.settings.corpus_dir)
        load = load_corpus(corpus_dir)
        report = IngestReport(skipped=[str(error) for error in load.skipped])
        for message in report.skipped:
            log.warning(message)
        if not load.articles and not load.skipped:
            raise EmptyCorpusError(corpus_dir)
        with self._lock:
            stored = self._stored_articles()
            new_chunks: list[Chunk] = []
            stale_ids: list[str] = []
            hashes: dict[str, str] = {}
            for article in load.articles:
                hashes[article.source] = article.content_hash
                old = stored.get(article.source)
                if old and old[0] == article.content_hash:
                    report.unchanged.append(article.source)
                    continue
                (report.updated if old else report.added).append(article.source)
                stale_ids += old[1] if old else []
                new_chunks += chunk_article(article)
            unreadable = {str(error.path.relative_to(corpus_dir)) for error in load.skipped}
            for source, (_, ids) in stored.items():
                if source not in hashes and source not in unreadable:
                    report.removed.append(source)
                    stale_ids += ids
            vectors = self._embed(new_chunks, progress)
            self._write(new_chunks, vectors, hashes, stale_ids)
            report.chunks = self.collection.count()
        report.seconds = time.perf_counter() - started
        return report

    def _stored_articles(self) -> dict[str, tuple[str, list[str]]]:
        got = self.collection.get(include=["metadatas"])
        stored: dict[str, tuple[str, list[str]]] = {}
        for chunk_id, meta in zip(got["ids"], got["metadatas"], strict=True):
            entry = stored.setdefault(meta["source"], (meta["content_hash"], []))
            entry[1].append(chunk_id)
        return stored

    def _embed(self, chunks: list[Chunk], progress: bool) -> list[list[float]]:
        vectors: list[list[float]] = []
        batches = range(0, len(chunks), EMBED_BATCH)
        bar = tqdm(total=len(chunks), desc="Embedding chunks", unit="chunk", disable=not progress)
        with bar:
            for i in batches:
                batch = chunks[i : i + EMBED_BATCH]
                vectors += self.embedder.embed_documents([c.text for c in batch])
                bar.update(len(batch))
        return vectors

    def _write(
        self,
        chunks: list[Chunk],
        vectors: list[list[float]],
        hashes: dict[str, str],
        stale_ids: list[str],
    ) -> None:
        keep = {c.chunk_id for c in chunks}
        doomed = [i for i in stale_ids if i not in keep]
        for i in range(0, len(doomed), WRITE_BATCH):
            self.collection.delete(ids=doomed[i : i + WRITE_BATCH])
        for i in range(0, len(chunks), WRITE_BATCH):
            batch = chunks[i : i + WRITE_BATCH]
            self.collection.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[i : i + WRITE_BATCH],
                documents=[c.text for c in batch],
                metadatas=[_metadata(c, hashes[c.source]) for c in batch],
            )
        self._chunks = None

    def chunks(self) -> list[Chunk]:
        """Every stored chunk (cached until the next sync), in corpus order."""
        with self._lock:
            if self._chunks is None:
                got = self.collection.get(include=["documents", "metadatas"])
                chunks = [
                    _chunk(i, d, m)
                    for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
                ]
                self._chunks = sorted(chunks, key=lambda c: (c.source, c.start))
            return self._chunks

    def nearest(
        self, vector: list[float], n: int, where: dict[str, Any] | None = None
    ) -> list[tuple[Chunk, float]]:
        """The `n` chunks nearest to `vector`, with cosine similarity, best first."""
        total = self.count()
        if not total:
            return []
        got = self.collection.query(
            query_embeddings=[vector],
            n_results=min(n, total),
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            (_chunk(i, d, m), 1.0 - dist)
            for i, d, m, dist in zip(
                got["ids"][0],
                got["documents"][0],
                got["metadatas"][0],
                got["distances"][0],
                strict=True,
            )
        ]

    def articles(self) -> list[ArticleSummary]:
        """The indexed articles with their chunk counts."""
        counts = Counter(c.source for c in self.chunks())
        firsts = {c.source: c for c in reversed(self.chunks())}
        return [
            ArticleSummary(source, firsts[source].title, firsts[source].date, counts[source])
            for source in sorted(counts)
        ]


def _metadata(chunk: Chunk, content_hash: str) -> dict[str, Any]:
    return {
        "article_id": chunk.article_id,
        "source": chunk.source,
        "title": chunk.title,
        "date": chunk.date or "",
        "month": month_number(chunk.date),
        "paragraph": chunk.paragraph,
        "start": chunk.start,
        "end": chunk.end,
        "content_hash": content_hash,
    }


def _chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        chunk_id,
        meta["article_id"],
        meta["source"],
        meta["title"],
        meta["date"] or None,
        int(meta["paragraph"]),
        int(meta["start"]),
        int(meta["end"]),
        text,
    )


def month_number(date: str | None) -> int:
    """'2022-02' → 202202, unknown → 0; Chroma compares numbers, not strings."""
    if not date:
        return 0
    year, month = date.split("-")[:2]
    return int(year) * 100 + int(month)
