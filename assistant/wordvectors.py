"""The corpus words' vectors, for the word bridges: embedded once at ingest, stored, loaded once.

At the end of each ingest, corpus words seen in at least `MIN_ARTICLES` articles that have no
vector yet are embedded by the same model as the chunks, and each gets its hubness r(y): its
mean cosine to its `HUB_K` nearest words in a sample of the vocabulary (CSLS, Conneau et al.
2018, discounts words close to everything). Vectors are kept as float16 in the catalog.
`WordMatrix.load` reads them page by page into one matrix. Rare words (names, typos) are left
out: they match lexically and need no bridge; names need five articles (Japon finds Japan). Linking question words is `bridges`' job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.catalog import Catalog
from assistant.lexical import POSSESSIVE_END, SURFACE, tokens, without_elisions

MIN_ARTICLES = 2  # a common word (written in lower case) seen in this many articles
MIN_NAME_ARTICLES = 5  # a name (always capitalised: Japan, Kherson) seen in this many
SMALL_CORPUS = 50  # below this many articles every word counts (one article has no repeats)
HUB_K = 10
HUB_SAMPLE = 2000  # r(y) is measured against at most this many corpus words
WORD_BATCH = 256
_BLOCK = 1024  # rows compared at once when measuring hubness
_SELF = 0.9999  # a cosine this close to 1 is a word compared with itself


@dataclass(frozen=True)
class WordMatrix:
    """The corpus words with vectors: surfaces, their tokens, vectors (rows), hubness."""

    surfaces: list[str]
    tokens: list[str]
    vectors: np.ndarray
    hubness: np.ndarray

    @classmethod
    def load(cls, catalog: Catalog) -> WordMatrix:
        """Read every stored word vector, page by page."""
        surfaces: list[str] = []
        toks: list[str] = []
        blobs: list[bytes] = []
        hubs: list[float] = []
        for page in catalog.word_vectors():
            for surface, token, blob, hub in page:
                surfaces.append(surface)
                toks.append(token)
                blobs.append(blob)
                hubs.append(hub or 0.0)
        if not blobs:
            return cls([], [], np.zeros((0, 1), np.float32), np.zeros(0, np.float32))
        vectors = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), -1)
        return cls(surfaces, toks, vectors.astype(np.float32), np.asarray(hubs, np.float32))

    @classmethod
    def from_texts(cls, texts: list[str], embedder: Embeddings) -> WordMatrix:
        """Every word of `texts` embedded now, in memory (small corpora and tests)."""
        words: dict[str, str] = {}
        for text in texts:
            words.update((w, token) for w, (token, _) in corpus_words(text).items())
        surfaces = sorted(words)
        vectors = _embed(surfaces, embedder)
        sample = vectors[:: max(1, len(vectors) // HUB_SAMPLE)]
        return cls(surfaces, [words[s] for s in surfaces], vectors, mean_nearest(vectors, sample))


def corpus_words(text: str) -> dict[str, tuple[str, bool]]:
    """Each distinct word of `text` (lower-cased, elisions dropped) of more than two letters
    and one token (stop words left out): its token, and whether the text writes it in lower
    case somewhere (a common word rather than a name). An acronym ("UN", "IAEA") keeps its
    capitals: the model places "IAEA" beside "AIEA", "UN" beside "ONU", not their lower case."""
    words: dict[str, tuple[str, bool]] = {}
    for word in sorted(set(SURFACE.findall(text))):
        surface = POSSESSIVE_END.sub("", without_elisions(word))  # "UN's" is the UN
        acronym = _is_acronym(surface)
        key = surface if acronym else surface.lower()
        if len(key) > 2 or acronym:
            token = _word_token(key)
            if token:
                seen = words.get(key)
                words[key] = (token, surface.islower() or bool(seen and seen[1]))
    return words


def _is_acronym(word: str) -> bool:
    """Capitals only, two to five of them ("EU", "NATO"): an acronym, not a shouted word."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


@lru_cache(maxsize=200_000)
def _word_token(surface: str) -> str:
    toks = tokens(surface)
    return toks[0] if len(toks) == 1 else ""


def _embed(surfaces: list[str], embedder: Embeddings) -> np.ndarray:
    if not surfaces:
        return np.zeros((0, 1), np.float32)
    parts = [
        np.asarray(embedder.embed_documents(surfaces[i : i + WORD_BATCH]), np.float32)
        for i in range(0, len(surfaces), WORD_BATCH)
    ]
    return np.concatenate(parts)


def mean_nearest(vectors: np.ndarray, among: np.ndarray, k: int = HUB_K) -> np.ndarray:
    """Each vector's mean cosine to its `k` nearest rows of `among`, itself excluded (a cosine
    of 1); rows go in blocks, so a large vocabulary never needs a full matrix."""
    means = np.zeros(len(vectors), dtype=np.float32)
    k = min(k, len(among))
    for start in range(0, len(vectors) if k else 0, _BLOCK):
        similarities = vectors[start : start + _BLOCK] @ among.T
        similarities[similarities > _SELF] = -1.0
        nearest = np.partition(similarities, -k, axis=1)[:, -k:]
        means[start : start + _BLOCK] = nearest.mean(axis=1)
    return means


def embed_new_words(catalog: Catalog, embedder: Embeddings, encoder: Any = None) -> int:
    """Embed the frequent-enough corpus words without a vector; returns how many. `encoder`
    (`encoders.EncoderPool`) embeds the batches in its worker processes."""
    small = catalog.count_articles() < SMALL_CORPUS
    new = catalog.words_without_vectors(
        1 if small else MIN_ARTICLES, 1 if small else MIN_NAME_ARTICLES
    )
    if not new:
        return 0
    surfaces = [s for s, _ in new]
    if encoder is not None:
        futures = [
            encoder.submit(surfaces[i : i + WORD_BATCH])
            for i in range(0, len(surfaces), WORD_BATCH)
        ]
        vectors = np.concatenate([f.result() for f in futures])
    else:
        vectors = _embed(surfaces, embedder)
    known = WordMatrix.load(catalog).vectors
    pool = np.concatenate([known, vectors]) if len(known) else vectors
    sample = pool[:: max(1, len(pool) // HUB_SAMPLE)]
    hubness = mean_nearest(vectors, sample)
    catalog.store_word_vectors(
        (surface, vector.astype(np.float16).tobytes(), float(hub))
        for (surface, _), vector, hub in zip(new, vectors, hubness, strict=True)
    )
    return len(new)
