"""Bridges question words the corpus never uses to corpus words of the same meaning.

An English question meets French articles ("soldiers" → soldats, "suggested" → proposé), and a
French question meets a synonym ("dialogue" → discussions), through the multilingual embedding
model: every word of the corpus is embedded once, and a question word absent from the corpus
is linked to its nearest corpus words when they are close enough. This is a bilingual lexicon
learnt from the corpus itself, with no word list to maintain. Each question word also gets the
corpus words that stand for it in news writing (`lexical.related`: Moscou for the Kremlin). It
only proposes weighted alternatives for lexical matching; retrieval and scoring decide what to
do with them.
"""

from __future__ import annotations

import re
import threading

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.lexical import RELATED_WEIGHT, related, tokens, without_elisions

# A link needs a close cosine and a close CSLS (cross-domain similarity local scaling, Conneau
# et al. 2018, "Word Translation Without Parallel Data"): 2·cos(x, y) − r(x) − r(y), where r is a
# word's mean cosine to its HUB_K nearest corpus words. Hub words ("déploré", "exhorté") sit
# near everything; CSLS discounts them, so "upset" no longer links to "déploré" while
# "dialogue" links to "discussions". Set from a list of good and spurious word pairs, then
# checked on both eval sets (cosine 0.6–0.7 and CSLS 0.1–0.2 tried).
BRIDGE_MIN = 0.65
CSLS_MIN = 0.1
HUB_K = 10
HUB_SAMPLE = 2000  # r(y) is measured against at most this many corpus words
MAX_BRIDGES = 2
_BLOCK = 1024  # rows of vocabulary compared at once when measuring hubness
_SELF = 0.9999  # a cosine this close to 1 is a word compared with itself

Slot = tuple[tuple[str, float], ...]  # a question word: its token, then (corpus token, weight)…

_SURFACE = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


class Bridges:
    """The corpus vocabulary embedded once; links unknown question words to it."""

    def __init__(self, embedder: Embeddings, texts: list[str]) -> None:
        self.embedder = embedder
        self._words = _corpus_words(texts)
        self._surfaces = sorted(self._words)
        self._vectors: np.ndarray | None = None
        self._hubness: np.ndarray | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Embed the corpus vocabulary now rather than on the first question."""
        self._matrix()

    def _matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """The corpus words' vectors and each word's hubness r(y)."""
        with self._lock:
            if self._vectors is None or self._hubness is None:
                vectors = self.embedder.embed_documents(self._surfaces) if self._surfaces else []
                matrix = np.array(vectors, dtype=np.float32).reshape(len(self._surfaces), -1)
                step = max(1, len(matrix) // HUB_SAMPLE)
                self._hubness = _mean_nearest(matrix, matrix[::step])
                self._vectors = matrix
            return self._vectors, self._hubness

    def slots(self, text: str, vocabulary: frozenset[str]) -> tuple[Slot, ...]:
        """One slot per content word of `text`: words absent from the corpus get their bridges,
        and every word the corpus words that stand for it (`lexical.related`)."""
        wanted = list(dict.fromkeys(tokens(text)))
        surfaces = _unknown_surfaces(text, {t for t in wanted if t not in vocabulary})
        links = self.links(list(surfaces.values()))
        return tuple(
            ((t, 1.0), *links.get(surfaces.get(t, ""), ()), *_related_in(t, vocabulary))
            for t in wanted
        )

    def links(self, words: list[str]) -> dict[str, tuple[tuple[str, float], ...]]:
        """For each word, its nearest corpus tokens with cosine ≥ `BRIDGE_MIN` and CSLS ≥
        `CSLS_MIN`, best CSLS first, weighted by their cosine."""
        if not words or not self._surfaces:
            return {}
        matrix, hubness = self._matrix()
        queries = np.array(self.embedder.embed_documents(words), dtype=np.float32)
        cosines = queries @ matrix.T
        csls = 2 * cosines - _mean_nearest(queries, matrix)[:, None] - hubness[None, :]
        found = {}
        for word, cos, local in zip(words, cosines, csls, strict=True):
            best: dict[str, float] = {}
            for i in np.argsort(-local)[: MAX_BRIDGES * 3]:
                token = self._words[self._surfaces[i]]
                if cos[i] >= BRIDGE_MIN and local[i] >= CSLS_MIN and token not in best:
                    best[token] = round(float(cos[i]), 3)
            found[word] = tuple(list(best.items())[:MAX_BRIDGES])
        return found


def _mean_nearest(vectors: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Each vector's mean cosine to its `HUB_K` nearest rows of `among`, itself excluded
    (a cosine of 1); rows go in blocks, so a large vocabulary never needs a full matrix."""
    means = np.zeros(len(vectors), dtype=np.float32)
    k = min(HUB_K, len(among))
    for start in range(0, len(vectors) if k else 0, _BLOCK):
        similarities = vectors[start : start + _BLOCK] @ among.T
        similarities[similarities > _SELF] = -1.0
        nearest = np.partition(similarities, -k, axis=1)[:, -k:]
        means[start : start + _BLOCK] = nearest.mean(axis=1)
    return means


def _related_in(token: str, vocabulary: frozenset[str]) -> tuple[tuple[str, float], ...]:
    return tuple((r, RELATED_WEIGHT) for r in related(token) if r in vocabulary)


def _corpus_words(texts: list[str]) -> dict[str, str]:
    """Each distinct corpus word (lower case) and its token, stop words left out."""
    words: dict[str, str] = {}
    for text in texts:
        for word in _SURFACE.findall(text):
            surface = without_elisions(word).lower()
            if surface not in words and len(surface) > 2:
                toks = tokens(surface)
                if len(toks) == 1:
                    words[surface] = toks[0]
    return words


def _unknown_surfaces(text: str, unknown: set[str]) -> dict[str, str]:
    """token → the word of `text` it came from, for the tokens in `unknown`."""
    surfaces: dict[str, str] = {}
    for word in _SURFACE.findall(text):
        toks = tokens(word)
        if len(toks) == 1 and toks[0] in unknown:
            surfaces.setdefault(toks[0], without_elisions(word))
    return surfaces
