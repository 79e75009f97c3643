"""The index of one data folder: the catalog (SQLite) and the vector store (Chroma) together.

`Index.sync` runs an ingest (`ingest`) so that both follow the corpus folder; it never holds a
lock that questions take, so questions keep being answered from the articles already committed
while it runs (one ingest at a time per process). The store records the embedding model that
built it and refuses another. Reads for questions go to `catalog` and `store` directly, and are
all bounded: nothing here lists the whole store. Retrieval scoring lives in `retrieve`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.article_rows import month_number
from assistant.catalog import Catalog, FileRow
from assistant.embeddings import load_embedder
from assistant.errors import IngestRunningError, ModelMismatchError, VectorIndexDamagedError
from assistant.ingest import Ingester, IngestReport, IngestStatus
from assistant.injection import addresses_assistant
from assistant.settings import Settings
from assistant.vector_repair import needs_rebuild, rebuild_vectors
from assistant.vectors import VectorStore

__all__ = ["Index", "IngestReport", "IngestStatus", "month_number"]

MODEL_KEY = "embedding_model"

log = logging.getLogger(__name__)


class Index:
    """The catalog and vector store of one data folder, for one embedding model."""

    def __init__(self, settings: Settings, embedder: Embeddings | None = None) -> None:
        self.settings = settings
        self.model_name = settings.embedding_model
        self._embedder = embedder
        self._given_embedder = embedder is not None
        self._catalog: Catalog | None = None
        self.store = VectorStore(settings)
        self.status = IngestStatus()
        self._ingest_lock = threading.Lock()
        self._open_lock = threading.Lock()

    @property
    def embedder(self) -> Embeddings:
        """The embedding model, loaded on first use."""
        if self._embedder is None:
            self._embedder = load_embedder(self.model_name)
        return self._embedder

    @property
    def catalog(self) -> Catalog:
        """The catalog, opened on first use; checks the model that built it."""
        with self._open_lock:
            if self._catalog is None:
                catalog = Catalog(self.settings.catalog_path)
                built_with = catalog.get_meta(MODEL_KEY)
                if built_with is None:
                    catalog.set_meta(MODEL_KEY, self.model_name)
                elif built_with != self.model_name:
                    raise ModelMismatchError(built_with, self.model_name, self.settings.data_dir)
                self._catalog = catalog
            return self._catalog

    def count(self) -> int:
        """Chunks of the committed articles."""
        return self.catalog.count_chunks()

    def is_empty(self) -> bool:
        """Whether no article is indexed (one row looked at: asked before every question)."""
        return not self.catalog.has_files()

    def reset(self) -> None:
        """Delete every vector and the catalog, for a rebuild (with another model, or after
        an upgrade that changed the catalog's format)."""
        with self._ingest_lock, self._open_lock:
            if self._catalog is not None:
                self._catalog.close()
                self._catalog = None
            self.store.reset()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.settings.catalog_path}{suffix}").unlink(missing_ok=True)

    def sync(self, corpus_dir: Path | None = None, progress: bool = False) -> IngestReport:
        """Bring the index in step with the corpus folder (see `ingest`). Vectors Chroma cannot
        read back (an ingest killed while Chroma wrote its files) are first rebuilt from the
        catalog (`vector_repair`), and so are they when the damage shows during the run."""
        if not self._ingest_lock.acquire(blocking=False):
            raise IngestRunningError()
        try:
            embedded_in_process = not self.settings.chroma_url
            rebuilt, started = 0, time.perf_counter()
            if embedded_in_process and needs_rebuild(self.catalog, self.store):
                rebuilt = rebuild_vectors(self.catalog, self.store, self.embedder, progress)
            try:
                report = self._ingest(corpus_dir, progress)
            except VectorIndexDamagedError as error:
                log.debug("vector store unreadable: %s", error.reason)
                rebuilt += rebuild_vectors(self.catalog, self.store, self.embedder, progress)
                report = self._ingest(corpus_dir, progress)
            if rebuilt:
                report.rebuilt = rebuilt
                report.seconds = time.perf_counter() - started
                report.warnings.insert(
                    0,
                    f"The vector index in {self.settings.chroma_dir} could not be read back (an "
                    f"indexing run was stopped while writing it): {rebuilt} vectors were "
                    "computed again from the articles already indexed.",
                )
                log.warning(report.warnings[0])
            return report
        finally:
            self._ingest_lock.release()

    def _ingest(self, corpus_dir: Path | None, progress: bool) -> IngestReport:
        ingester = Ingester(
            self.catalog,
            self.store,
            self.embedder,
            self.status,
            flag=addresses_assistant,
            # Workers load the model by name: not when the embedder was given in code.
            model_name="" if self._given_embedder else self.model_name,
            workers=self.settings.ingest_workers,
        )
        return ingester.run(
            Path(corpus_dir or self.settings.corpus_dir), self.settings.manifest, progress
        )

    def iter_files(self) -> Iterator[FileRow]:
        """Every indexed file, by name, read page by page (for listings, not for questions)."""
        offset = 0
        while page := self.catalog.files(offset):
            yield from page
            offset += len(page)

    def all_files(self) -> list[FileRow]:
        """Every indexed file (the corpus table's rows)."""
        return list(self.iter_files())
