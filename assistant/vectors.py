"""The vector store: chunk vectors in Chroma, embedded in the data folder or on a Chroma server.

With `ASSISTANT_CHROMA_URL` empty, Chroma runs in-process and persists under the data folder;
with `http://HOST:PORT` it talks to a server started by `chroma run --path DIR --port N` (the
same code serves a distributed Chroma behind one URL). Vectors are computed by our embedder,
never by Chroma's default one; the collection records the model that built it and refuses
another. Every read is bounded (queries return n results, lookups go by id in pages). Which
chunks count as indexed is the catalog's business, not this module's; a server that cannot be
reached raises `VectorStoreError` saying how to start it, and files in the data folder that
Chroma cannot read back (an ingest killed while Chroma wrote them) raise
`VectorIndexDamagedError`, which the next ingest mends (`vector_repair`).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import InternalError

from assistant.errors import ModelMismatchError, VectorIndexDamagedError, VectorStoreError
from assistant.settings import Settings

COLLECTION = "articles"
# The HNSW graph. Chroma's defaults (16 neighbours, ef 100) missed the exact nearest chunk for
# 12 of the news eval's 175 questions even among 60 results (a 0.66 cosine lost to 0.31); with
# 32 neighbours, a construction ef of 200 and a search ef of 300, for 1 (top-10 misses 7.7% →
# 0.8%), at 1.5 ms more per query on 33k chunks. But how many a graph misses varies from build
# to build: another build of the same 33k chunks missed 28 of the exact top 15s of the 175
# questions among 60 results at ef 300 (French questions to English text search far from where
# the graph starts), 6 at 600, none at 1,000 or 2,000 (3.6 → 7.2 ms a query). A third build
# missed at 1,000 the nearest chunk of one of the 265 eval questions (0.34 found as 0.30, either
# side of the topic floor) and a 10th nearest of 6; at 3,000 none of either, in that build and
# the one before (6.4 → 10.9 ms a query). An existing collection gets the search ef (its graph
# keeps the neighbours it was built with).
# Chroma writes the graph to disk every `sync_threshold` vectors written, and keeps the last
# ones in its log, to put back into the graph each time a process opens the store, in an order
# that varies from process to process: the same question then found a different nearest chunk
# in different processes (0.34 or 0.30 for one French question, either side of a calibrated
# floor). Written at every write (a threshold of 2 leaves at most one vector to put back), the
# graph is the same for every process. An existing collection gets the threshold too, and its
# next process writes the graph whole.
HNSW = {
    "space": "cosine",
    "max_neighbors": 32,
    "ef_construction": 200,
    "ef_search": 3000,
    "sync_threshold": 2,
}
ID_PAGE = 500  # ids per lookup or delete
WRITE_PAGE = 1000  # vectors per write


def metadata(article: str, source: str, month: int, start: int, end: int) -> dict[str, Any]:
    """What a chunk's vector carries, for filters and for finding its text in the catalog (the
    text itself stays in the catalog: Chroma would otherwise index it a second time)."""
    return {"article": article, "source": source, "month": month, "start": start, "end": end}


class VectorStore:
    """One Chroma collection of chunk vectors for one embedding model."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_name = settings.embedding_model
        self._client: Any = None
        self._collection: Any = None
        self._lock = threading.RLock()

    @property
    def where(self) -> str:
        """Where the vectors live, for messages."""
        return self.settings.chroma_url or str(self.settings.chroma_dir)

    def _connect(self) -> Any:
        if self._client is None:
            chroma = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_url:
                url = urlparse(self.settings.chroma_url)
                self._client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma,
                )
            else:
                self.settings.chroma_dir.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(self.settings.chroma_dir), settings=chroma
                )
        return self._client

    @property
    def collection(self) -> Any:
        """The collection, created on first use; checks the model that built it."""
        with self._lock:
            if self._collection is None:
                self._collection = self._call(self._open)
            return self._collection

    def _open(self) -> Any:
        collection = self._connect().get_or_create_collection(
            COLLECTION,
            configuration={"hnsw": HNSW},
            metadata={"embedding_model": self.model_name},
            embedding_function=None,
        )
        store_model = (collection.metadata or {}).get("embedding_model")
        if store_model != self.model_name and collection.count():
            raise ModelMismatchError(str(store_model), self.model_name, self.settings.data_dir)
        built = (collection.configuration_json or {}).get("hnsw") or {}
        changed = {
            key: HNSW[key] for key in ("ef_search", "sync_threshold") if built.get(key) != HNSW[key]
        }
        if changed:
            collection.modify(configuration={"hnsw": changed})
        return collection

    def _call(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a Chroma call; a server that is down or restarting becomes `VectorStoreError`,
        files of the data folder that Chroma cannot read `VectorIndexDamagedError`."""
        try:
            return action(*args, **kwargs)
        except (ModelMismatchError, VectorStoreError, VectorIndexDamagedError):
            raise
        except Exception as error:  # httpx/chromadb raise many kinds for one cause
            if not self.settings.chroma_url:
                if isinstance(error, InternalError):
                    raise VectorIndexDamagedError(self.settings.chroma_dir, str(error)) from error
                raise
            with self._lock:
                self._client = None
                self._collection = None
            raise VectorStoreError(
                self.settings.chroma_url, str(error) or type(error).__name__
            ) from error

    def count(self) -> int:
        """Vectors stored."""
        return self._call(lambda: self.collection.count())

    def check(self) -> None:
        """Read one vector, which makes Chroma load its graph and the writes logged since:
        raises `VectorIndexDamagedError` when its files cannot be read back."""
        self._call(lambda: self.collection.get(limit=1, include=[]))

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of `ids` already have a vector (ids come from content: no need to embed)."""
        found: set[str] = set()
        for i in range(0, len(ids), ID_PAGE):
            got = self._call(
                lambda part: self.collection.get(ids=list(part), include=[]),
                ids[i : i + ID_PAGE],
            )
            found.update(got["ids"])
        return found

    def upsert(
        self,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Write vectors (idempotent: the same id overwrites itself), in pages."""
        for i in range(0, len(ids), WRITE_PAGE):
            self._call(
                lambda i=i: self.collection.upsert(
                    ids=list(ids[i : i + WRITE_PAGE]),
                    embeddings=np.asarray(vectors[i : i + WRITE_PAGE], dtype=np.float32),
                    metadatas=list(metadatas[i : i + WRITE_PAGE]),
                )
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Delete vectors by id, page by page."""
        for i in range(0, len(ids), ID_PAGE):
            part = list(ids[i : i + ID_PAGE])
            self._call(lambda p=part: self.collection.delete(ids=p))

    def query(
        self, vector: Sequence[float], n: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """The ids of the `n` vectors nearest to `vector`, with cosine similarity, best first."""
        got = self._call(
            lambda: self.collection.query(
                query_embeddings=[list(vector)],
                n_results=n,
                where=where or None,
                include=["distances"],
            )
        )
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)]

    def reset(self) -> None:
        """Delete the collection (a rebuild, or another model). An embedded store whose files
        Chroma cannot read back cannot delete its collection either: it is wiped."""
        with self._lock:
            client = self._call(self._connect)
            try:
                names = [getattr(c, "name", c) for c in self._call(client.list_collections)]
                if COLLECTION in names:
                    self._call(client.delete_collection, COLLECTION)
            except VectorIndexDamagedError:
                self.wipe()
            self._collection = None

    def wipe(self) -> None:
        """Delete an embedded store whose files Chroma cannot read back (asking Chroma to delete
        its collection then fails, after up to half a minute of its own retries): stop Chroma's
        in-process system for the folder (every client of this process shares it), then delete
        the folder. The next call starts an empty store."""
        with self._lock:
            client = self._connect()
            identifier = client._identifier  # Chroma's key for the folder's shared system
            client.close()
            self._client = self._collection = None
            system = SharedSystemClient._identifier_to_system.pop(identifier, None)
            SharedSystemClient._identifier_to_refcount.pop(identifier, None)
            if system is not None:
                system.stop()
            shutil.rmtree(self.settings.chroma_dir, ignore_errors=True)
