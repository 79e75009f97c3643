"""Ingest: brings the catalog and the vector store in step with the corpus folder, streaming.

Files are read one at a time and compared by content hash with what the catalog holds: unchanged
files cost one read; a file whose text another indexed file already holds becomes a second name of
that article ("also as"); new and edited files are parsed, chunked, split into attributed sentences
and tokenised (`article_rows`), a few articles at a time. Their chunks are embedded in batches
(chunks whose id, which comes from content, already has a vector are not embedded again: a resumed
run or a second catalog on a shared Chroma server reuses them), written to the vector store, and
only then is each article committed to the catalog in one transaction. An ingest killed at any
moment therefore leaves every article either whole or absent, and the next run finishes the work;
vectors written for an article that never committed are deleted at the end of the next run. Removed
files are forgotten, and their article's vectors deleted when no other file holds it. Finally the
corpus words new to the catalog are embedded once for the word bridges. Progress is a tqdm bar
(rate and ETA) and an `IngestStatus` the web UI shows.

It does not decide what answers a question; it only writes what questions read.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from assistant.article_rows import prepare_text
from assistant.catalog import Catalog
from assistant.catalog_writes import NewArticle
from assistant.corpus import read_text, scan_corpus
from assistant.encoders import EncoderPool, InlineEncoder
from assistant.errors import ArticleError, CorpusNotFoundError, EmptyCorpusError
from assistant.manifest import Entry, load_manifest
from assistant.types import Chunk
from assistant.vectors import VectorStore, metadata
from assistant.wordvectors import embed_new_words

log = logging.getLogger(__name__)

EMBED_BATCH = 64  # chunks per call to the embedder
IN_FLIGHT = 2  # flushes being embedded while the next articles are prepared
PREPARE_AHEAD = 32  # articles being prepared (in worker processes) ahead of the writes
POOL_MIN_ARTICLES = 200  # fewer new articles are embedded in this process (no workers to start)
FLUSH_CHUNKS = 512  # chunks gathered (whole articles) before they are embedded and committed


@dataclass
class IngestReport:
    """What one ingest changed."""

    added: list[str] = field(default_factory=list)  # file names
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # "b.txt = a.txt": identical text
    skipped: list[str] = field(default_factory=list)  # one message per file not indexed
    warnings: list[str] = field(default_factory=list)  # indexed, but something was off
    chunks: int = 0  # chunks in the catalog after the ingest
    embedded: int = 0  # chunks embedded by this run
    reused: int = 0  # chunks whose vector was already stored
    words: int = 0  # corpus words embedded for the bridges
    rebuilt: int = 0  # vectors computed again because the store's files could not be read
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def summary(self) -> str:
        """One line for people."""
        copies = f", {len(self.copies)} identical copies" if self.copies else ""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped{copies}; "
            f"{self.chunks} chunks indexed in {self.seconds:.1f} s"
        )


@dataclass
class IngestStatus:
    """How far the running ingest is, for the web UI (read without locking)."""

    running: bool = False
    done: int = 0
    total: int = 0
    started: float = 0.0

    def describe(self) -> str:
        """A short line, empty when no ingest runs."""
        if not self.running:
            return ""
        return (
            f"Indexing under way: {self.done} of {self.total} articles; answers come from the "
            "articles already indexed."
        )


@dataclass
class _Prepared:
    new: NewArticle
    replaces: bool  # the file held another text before


class Ingester:
    """One ingest run over a corpus folder; see the module docstring."""

    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        embedder: Embeddings,
        status: IngestStatus | None = None,
        flag: Callable[[str], bool] | None = None,
        model_name: str = "",
        workers: int = 0,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        self.status = status or IngestStatus()
        self.flag = flag
        self.model_name = model_name
        self.workers = workers if model_name else 0
        self._encoder_: Any = None
        self._in_flight: deque = deque()
        self._planned = 0

    def run(
        self, corpus_dir: Path, manifest_path: Path | None = None, progress: bool = False
    ) -> IngestReport:
        """Ingest `corpus_dir`; returns what changed."""
        started = time.perf_counter()
        corpus_dir = Path(corpus_dir)
        if not corpus_dir.is_dir():
            raise CorpusNotFoundError(corpus_dir)
        report = IngestReport()
        manifest = load_manifest(corpus_dir, manifest_path)
        report.warnings += manifest.problems
        paths, refused = scan_corpus(corpus_dir)
        report.skipped += [str(error) for error in refused]
        known = self.catalog.file_hashes()
        if not paths and not known:
            raise EmptyCorpusError(corpus_dir)
        self.status.running, self.status.done, self.status.total = True, 0, len(paths)
        # Files new to the catalog: enough of them and the encoder runs in worker processes.
        self._planned = sum(1 for p in paths if p.relative_to(corpus_dir).as_posix() not in known)
        self.status.started = time.time()
        seen: set[str] = set()
        unreadable: set[str] = set()
        buffer: list[_Prepared] = []
        copies: list[tuple[str, str, Entry, bool]] = []
        queued: set[str] = set()  # content hashes being prepared or written by this run
        preparing: deque[tuple[Future, str, bool]] = deque()
        self._unprepared: set[str] = set()
        bar = tqdm(total=len(paths), desc="Indexing", unit="article", disable=not progress)
        try:
            with bar:
                for path in paths:
                    source = path.relative_to(corpus_dir).as_posix()
                    seen.add(source)
                    try:
                        text = read_text(path)
                    except ArticleError as error:
                        report.skipped.append(str(error))
                        unreadable.add(source)
                        self._advance(bar)
                        continue
                    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
                    old = known.get(source)
                    if old == content_hash:
                        report.unchanged.append(source)
                        self._advance(bar)
                        continue
                    entry = manifest.get(source)
                    if self.catalog.has_article(content_hash) or content_hash in queued:
                        copies.append((source, content_hash, entry, old is not None))
                        self._advance(bar)
                        continue
                    queued.add(content_hash)
                    future = self._submit_prepare(text, source, str(path), entry)
                    preparing.append((future, source, old is not None))
                    while len(preparing) > PREPARE_AHEAD:
                        buffer = self._prepared(preparing.popleft(), buffer, report, bar)
                while preparing:
                    buffer = self._prepared(preparing.popleft(), buffer, report, bar)
                self._flush(buffer, report, bar)
                self._drain(report, bar)
            unreadable |= self._unprepared
            for source, content_hash, entry, replaces in copies:
                self._delete(
                    self.catalog.add_file(
                        source, content_hash, entry.outlet, entry.url, entry.published
                    )
                )
                (report.updated if replaces else report.added).append(source)
                report.copies.append(source)
            for source in sorted(set(known) - seen - unreadable):
                self._delete(self.catalog.remove_file(source))
                report.removed.append(source)
            self._delete(self.catalog.orphans())
            report.words = embed_new_words(self.catalog, self.embedder, self._pool())
            self.catalog.bump_generation()
        finally:
            self.status.running = False
            self._in_flight.clear()
            if self._encoder_ is not None:
                self._encoder_.close()
                self._encoder_ = None
        for message in report.skipped + report.warnings:
            log.warning(message)
        report.chunks = self.catalog.count_chunks()
        report.seconds = time.perf_counter() - started
        return report

    def _advance(self, bar: Any, n: int = 1) -> None:
        bar.update(n)
        self.status.done += n

    def _flush(self, buffer: list[_Prepared], report: IngestReport, bar: Any) -> None:
        """Send the buffered articles' new chunks to the encoder; complete the oldest flushes
        while more than `IN_FLIGHT` are waiting (the next articles are prepared meanwhile)."""
        if buffer:
            chunks = [c for p in buffer for c in p.new.chunks]
            stored = self.store.existing([c.chunk_id for c in chunks])
            missing = [c for c in chunks if c.chunk_id not in stored]
            report.reused += len(chunks) - len(missing)
            self.catalog.log_pending([c.chunk_id for c in missing])
            encoder = self._encoder()
            batches = [
                encoder.submit([c.text for c in missing[i : i + EMBED_BATCH]])
                for i in range(0, len(missing), EMBED_BATCH)
            ]
            self._in_flight.append((buffer, missing, batches))
        while len(self._in_flight) > IN_FLIGHT:
            self._complete(*self._in_flight.popleft(), report, bar)

    def _drain(self, report: IngestReport, bar: Any) -> None:
        """Wait for every flush still being embedded, and write it."""
        while self._in_flight:
            self._complete(*self._in_flight.popleft(), report, bar)

    def _encoder(self) -> Any:
        if self._encoder_ is None:
            if self.workers and self._planned >= POOL_MIN_ARTICLES:
                self._encoder_ = EncoderPool(self.model_name, self.workers)
            else:
                self._encoder_ = InlineEncoder(self.embedder)
        return self._encoder_

    def _submit_prepare(self, text: str, source: str, name: str, entry: Entry) -> Future:
        """Prepare an article in a worker process when there are workers, else here."""
        encoder = self._encoder()
        if isinstance(encoder, EncoderPool):
            return encoder.submit_prepare(text, source, name, entry, self.flag is not None)
        future: Future = Future()
        future.set_result(prepare_text(text, source, name, entry, self.flag))
        return future

    def _prepared(
        self,
        job: tuple[Future, str, bool],
        buffer: list[_Prepared],
        report: IngestReport,
        bar: Any,
    ) -> list[_Prepared]:
        """Take one prepared article into the buffer (flushed when full); returns the buffer."""
        future, source, replaces = job
        new, warnings, problem = future.result()
        report.warnings += warnings
        if new is None:
            report.skipped.append(problem)
            self._unprepared.add(source)
            self._advance(bar)
            return buffer
        buffer.append(_Prepared(new, replaces))
        if sum(len(p.new.chunks) for p in buffer) >= FLUSH_CHUNKS:
            self._flush(buffer, report, bar)
            return []
        return buffer

    def _pool(self) -> Any:
        """The worker pool when this run started one, else None."""
        return self._encoder_ if isinstance(self._encoder_, EncoderPool) else None

    def _complete(
        self,
        buffer: list[_Prepared],
        missing: list[Chunk],
        batches: list[Any],
        report: IngestReport,
        bar: Any,
    ) -> None:
        """Write one flush's vectors, then commit each of its articles."""
        started = time.perf_counter()
        vectors = [row for batch in batches for row in batch.result()]
        report.embed_seconds += time.perf_counter() - started
        articles = {p.new.article_id: p.new for p in buffer}
        # One write per flush: Chroma's cost per call is high, its cost per vector is low. The
        # text stays in the catalog only: Chroma would otherwise index it a second time.
        self.store.upsert(
            [c.chunk_id for c in missing], vectors, [_metadata(c, articles) for c in missing]
        )
        report.embedded += len(missing)
        for prepared in buffer:
            new = prepared.new
            self._delete(self.catalog.add_article(new))
            (report.updated if prepared.replaces else report.added).append(new.source)
            self._advance(bar)
        bar.set_postfix(chunks=report.embedded + report.reused, refresh=False)

    def _delete(self, ids: list[str]) -> None:
        if ids:
            self.store.delete(ids)
            self.catalog.clear_pending(ids)


def _metadata(chunk: Chunk, articles: dict[str, NewArticle]) -> dict[str, Any]:
    article = articles[chunk.article_id]
    return metadata(article.article, chunk.source, article.month, chunk.start, chunk.end)
