"""Rebuilding the vector store from the catalog when Chroma's files cannot be read back.

Chroma writes its graph to files of the data folder in place: an ingest killed while it writes
them can leave files Chroma cannot load again ("Failed to apply logs to the hnsw segment
writer"), and every later read of the store then fails. The catalog holds the text of every
committed chunk, so nothing is lost: the store's folder is deleted, and every chunk embedded and
written again, page by page. A mark in the catalog says a rebuild is under way, so a rebuild
that is itself killed is finished by the next ingest (which embeds only the chunks whose vector
is still missing). Questions keep being answered from the catalog's full-text index meanwhile.

It does not notice damage Chroma does not report, and does not touch a Chroma server's store
(a server's errors are the server's to mend).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from assistant.catalog import Catalog, StoredChunk
from assistant.errors import VectorIndexDamagedError
from assistant.ingest import EMBED_BATCH
from assistant.vectors import VectorStore, metadata

log = logging.getLogger(__name__)

MARK = "vectors"  # catalog meta key: "rebuilding" while the vectors are being written again


def needs_rebuild(catalog: Catalog, store: VectorStore) -> bool:
    """Whether the vectors must be written again: a rebuild was under way when its process
    stopped, or the store's files cannot be read back."""
    if catalog.get_meta(MARK) == "rebuilding":
        return True
    try:
        store.check()
    except VectorIndexDamagedError as error:
        log.debug("vector store unreadable: %s", error.reason)
        return True
    return False


def rebuild_vectors(
    catalog: Catalog, store: VectorStore, embedder: Embeddings, progress: bool = False
) -> int:
    """Write every committed chunk's vector again, in an embedded store; returns how many were
    embedded. The store is wiped first unless a rebuild was already under way (then only the
    missing vectors are written)."""
    if catalog.get_meta(MARK) != "rebuilding":
        store.wipe()
        catalog.set_meta(MARK, "rebuilding")
    embedded = 0
    with tqdm(
        total=catalog.count_chunks(), desc="Rebuilding vectors", unit="chunk", disable=not progress
    ) as bar:
        for page in catalog.stored_chunks():
            stored = store.existing([c.chunk_id for c in page])
            missing = [c for c in page if c.chunk_id not in stored]
            if missing:
                _write(store, embedder, missing)
            embedded += len(missing)
            bar.update(len(page))
    catalog.set_meta(MARK, "whole")
    return embedded


def _write(store: VectorStore, embedder: Embeddings, chunks: Sequence[StoredChunk]) -> None:
    vectors = []
    for i in range(0, len(chunks), EMBED_BATCH):
        vectors += embedder.embed_documents([c.text for c in chunks[i : i + EMBED_BATCH]])
    store.upsert(
        [c.chunk_id for c in chunks],
        vectors,
        [metadata(c.article, c.source, c.month, c.start, c.end) for c in chunks],
    )
