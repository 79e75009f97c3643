"""The index of one data folder: the catalog (SQLite) and the vector store (Chroma) together.

`Index.sync` runs an ingest (`ingest`) so that both follow the corpus folder; it never holds a
lock that questions take, so questions keep being answered from the articles already committed
while it runs (one ingest at a time per process). The store records the embedding model that
built it and refuses another. Reads for questions go to `catalog` and `store` directly, and are
all bounded: nothing here lists the whole store. Retrieval scoring lives in `retrieve`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.catalog import Catalog, FileRow
from assistant.embeddings import load_embedder
from assistant.errors import IngestRunningError, ModelMismatchError
from assistant.ingest import Ingester, IngestReport, IngestStatus, month_number
from assistant.settings import Settings
from assistant.vectors import VectorStore

__all__ = ["ArticleSummary", "Index", "IngestReport", "IngestStatus", "month_number"]

ArticleSummary = FileRow  # an indexed file as the corpus table lists it

MODEL_KEY = "embedding_model"


class Index:
    """The catalog and vector store of one data folder, for one embedding model."""

    def __init__(self, settings: Settings, embedder: Embeddings | None = None) -> None:
        self.settings = settings
        self.model_name = settings.embedding_model
        self._embedder = embedder
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
        """Whether no article is indexed."""
        return self.catalog.count_files() == 0

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
        """Bring the index in step with the corpus folder (see `ingest`)."""
        if not self._ingest_lock.acquire(blocking=False):
            raise IngestRunningError()
        try:
            ingester = Ingester(
                self.catalog,
                self.store,
                self.embedder,
                self.status,
                flag=_addresses_assistant(),
                model_name=self.model_name if self._embedder_is_packaged() else "",
                workers=self.settings.ingest_workers,
            )
            return ingester.run(
                Path(corpus_dir or self.settings.corpus_dir), self.settings.manifest, progress
            )
        finally:
            self._ingest_lock.release()

    def _embedder_is_packaged(self) -> bool:
        """Whether the embedder is the one named in the settings (workers can load it), not
        one given in code."""
        return self._embedder is None or self._embedder is load_embedder(self.model_name)

    def files(self, offset: int = 0, limit: int = 500) -> list[FileRow]:
        """One page of the indexed files, by name."""
        return self.catalog.files(offset, limit)

    def all_files(self) -> list[FileRow]:
        """Every indexed file, read page by page (for the corpus table, not for questions)."""
        rows: list[FileRow] = []
        while True:
            page = self.files(len(rows))
            rows += page
            if len(page) < 500:
                return rows

    def articles(self) -> list[FileRow]:
        """Every indexed file (the corpus table's rows)."""
        return self.all_files()

    def months(self) -> list[str]:
        """The months of the indexed articles."""
        return self.catalog.months()


def _addresses_assistant():  # noqa: ANN202 (an optional detector, see `injection`)
    try:
        from assistant.injection import addresses_assistant
    except ImportError:
        return None
    return addresses_assistant
