"""Bridges question words the corpus never uses to corpus words of the same meaning.

An English question meets French articles ("soldiers" → soldats, "suggested" → proposé), and a
French question meets a synonym ("dialogue" → discussions), through the multilingual embedding
model: every frequent word of the corpus is embedded once at ingest (`wordvectors`), and a
question word absent from the corpus is linked to its nearest corpus words when they are close
enough. This is a bilingual lexicon learnt from the corpus itself, with no word list to
maintain. Each question word also gets the corpus words that stand for it in news writing
(`word_variants.related`: Moscou for the Kremlin), its other spelling when the corpus writes both and
the model confirms it (defence, defense), a month its name in the other language, and an
ordinal its number ("third", three, III). A word written in lower case links to a name
(always capitalised in the corpus) only when a name is its closest word ("juive": Jewish; not
"fin": Finnegan). It only proposes weighted alternatives for lexical matching; retrieval and
scoring decide what to do with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Set

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.lexical import normalize, single_words, tokens
from assistant.word_variants import (
    RELATED_WEIGHT,
    related,
    same_month,
    same_number,
    same_root,
    spelling_variants,
)
from assistant.wordvectors import HUB_SAMPLE, WordMatrix, mean_nearest

# A link needs a close cosine and a close CSLS (cross-domain similarity local scaling, Conneau
# et al. 2018, "Word Translation Without Parallel Data"): 2·cos(x, y) − r(x) − r(y), where r is a
# word's mean cosine to its nearest corpus words (`wordvectors`). Hub words ("déploré",
# "exhorté") sit near everything; CSLS discounts them, so "upset" no longer links to "déploré"
# while "dialogue" links to "discussions". Set from a list of good and spurious word pairs, then
# checked on both eval sets (cosine 0.6–0.7 and CSLS 0.1–0.2 tried).
BRIDGE_MIN = 0.65
CSLS_MIN = 0.1
# Corpus words linked to a question word, best first. Measured on the news set, with the links
# distinct tokens other than the word's own: 3 cites two more French questions right ("soldats
# massés près de la frontière", Peskov's reaction in November 2022) and loses one, and states
# two more facts; 4 loses more than it brings.
MAX_BRIDGES = 3
# Nearest corpus words looked through per bridge wanted: several spellings of one token
# ("bombarded", "bombardment", "bombarding") can fill the nearest few.
CANDIDATES_PER_BRIDGE = 10
# A word's other spelling ("theatre", "theater") is the same word when the model puts them this
# close: measured, British/American pairs 0.85–0.98 (theatre/theater 0.96, armoured/armored
# 0.85), look-alikes 0.35–0.62 (filled/filed, floor/flour, four/for, Michael/Michel).
VARIANT_MIN = 0.8
SPELLING_WEIGHT = 1.0  # another spelling of the word counts as the word itself
# What a corpus spelling of a question's name counts for: a transliteration of the same name
# ("Podoliak", "Podolyak"; `query_checks.with_name_variants`).
NAME_VARIANT_WEIGHT = 0.9
# The weights of a slot's corpus words that are the question's word written otherwise (another
# spelling, a transliteration of the name), not a word standing for it ("Moscow" for Kremlin).
SAME_WORD_WEIGHTS = frozenset({SPELLING_WEIGHT, NAME_VARIANT_WEIGHT})

Slot = tuple[tuple[str, float], ...]  # a question word: its token, then (corpus token, weight)…


class Bridges:
    """Links unknown question words to corpus words, over the word vectors stored at ingest."""

    def __init__(
        self,
        embedder: Embeddings,
        words: WordMatrix,
        is_name: Callable[[str], bool] = lambda token: False,
    ) -> None:
        self.embedder = embedder
        self.words = words
        self.is_name = is_name
        self._sample = words.vectors[:: max(1, len(words.vectors) // HUB_SAMPLE)]

    def slots(
        self, text: str, vocabulary: Container[str], also: Set[str] = frozenset()
    ) -> tuple[Slot, ...]:
        """One slot per content word of `text`: words absent from the corpus, and the tokens
        `also` (a French name whose token is an English word: Suède is not "sued"), get their
        bridges, every word its other spellings the corpus uses (`variants`), and the corpus
        words that stand for it (`word_variants.related`). A month gets its name in the other
        language instead of bridges (by its vector "mai" is near "ever")."""
        wanted = list(dict.fromkeys(tokens(text)))
        # a word with a figure ("Su-35S", "1941") names a thing or a year: the nearest corpus
        # word by meaning is another one ("F-35"), not it
        bridged = {
            t
            for t in wanted
            if (t not in vocabulary or t in also)
            and not same_month(t)
            and not any(c.isdigit() for c in t)
        }
        surfaces = _unknown_surfaces(text, bridged)
        links = self.links(list(surfaces.values()))
        spelt = self.variants(text, vocabulary)
        return tuple(
            (
                (t, 1.0),
                *spelt.get(t, ()),
                *((m, SPELLING_WEIGHT) for m in same_month(t) if m in vocabulary),
                *links.get(surfaces.get(t, ""), ()),
                *_related_in(t, vocabulary),
            )
            for t in wanted
        )

    def variants(
        self, text: str, vocabulary: Container[str]
    ) -> dict[str, tuple[tuple[str, float], ...]]:
        """Per token of `text`, the tokens of its other spellings (`word_variants.spelling_variants`)
        that the corpus uses and the model puts within `VARIANT_MIN` of it, at full weight: a
        question on the "defence minister" finds articles writing "defense" (and a French
        "théâtre" the American "theater")."""
        proposed: dict[str, list[tuple[str, str, str]]] = {}  # token → (word, other, its token)
        for word, own in single_words(text):
            written = normalize(word)
            for other in spelling_variants(written):
                theirs = tokens(other)
                if len(theirs) == 1 and theirs[0] != own and theirs[0] in vocabulary:
                    proposed.setdefault(own, []).append((written, other, theirs[0]))
        if not proposed:
            return {}
        texts = list(dict.fromkeys(w for items in proposed.values() for x in items for w in x[:2]))
        vectors = np.array(self.embedder.embed_documents(texts), dtype=np.float32)
        row = {text: vectors[i] for i, text in enumerate(texts)}
        found: dict[str, tuple[tuple[str, float], ...]] = {}
        for token, items in proposed.items():
            close = [t for w, o, t in items if float(row[w] @ row[o]) >= VARIANT_MIN]
            if close:
                found[token] = tuple((t, SPELLING_WEIGHT) for t in dict.fromkeys(close))
        return found

    def links(self, words: list[str]) -> dict[str, tuple[tuple[str, float], ...]]:
        """For each word, its nearest corpus tokens with cosine ≥ `BRIDGE_MIN` and CSLS ≥
        `CSLS_MIN`, best CSLS first, weighted by their cosine."""
        if not words or not self.words.surfaces:
            return {}
        matrix, hubness = self.words.vectors, self.words.hubness
        # A capitalised word is also compared in lower case: the corpus stores common words
        # in lower case ("Ligue" is closer to "league" as "ligue"), acronyms as written; an
        # acronym is not ("ONU" is the UN, "onu" is near "gives").
        variants = list(dict.fromkeys([*words, *(_lowered(w) for w in words)]))
        queries = np.array(self.embedder.embed_documents(variants), dtype=np.float32)
        all_cosines = queries @ matrix.T
        all_csls = 2 * all_cosines - mean_nearest(queries, self._sample)[:, None] - hubness[None, :]
        row = {variant: i for i, variant in enumerate(variants)}
        found = {}
        for word in words:
            rows = [row[word], row[_lowered(word)]]
            cos, local = all_cosines[rows].max(axis=0), all_csls[rows].max(axis=0)
            own = set(tokens(word))  # "bombardé" is the token of "bombarded": no link to it
            candidates = [
                i
                for i in _best(local, MAX_BRIDGES * CANDIDATES_PER_BRIDGE)
                if self.words.tokens[i] not in own
                and not _contraction_tail(self.words.surfaces[i], self.words.tokens[i])
                and cos[i] >= BRIDGE_MIN
                and local[i] >= CSLS_MIN
            ]
            # A word the question writes in lower case links to names only when the closest
            # corpus word is one: "juive" is closest to Jewish, "suédois" to Swedish (English
            # capitalises them), while "fin" (late) is closest to "end", not to Finnegan or
            # Finnish, which CSLS ranks first.
            closest = max(candidates, key=lambda i: cos[i], default=None)
            names_too = word != word.lower() or (
                closest is not None and self.is_name(self.words.tokens[closest])
            )
            best: dict[str, float] = {}
            for i in candidates:
                token = self.words.tokens[i]
                if token in best or (not names_too and self.is_name(token)):
                    continue
                best[token] = round(float(cos[i]), 3)
                if len(best) == MAX_BRIDGES:
                    break
            found[word] = tuple(best.items())
        return found


def _lowered(word: str) -> str:
    """The word in lower case, but an acronym ("ONU", "AIEA") as written."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def _best(scores: np.ndarray, n: int) -> np.ndarray:
    """The indices of the `n` highest scores, best first, without sorting them all (the word
    matrix holds every frequent corpus word)."""
    if len(scores) <= n:
        return np.argsort(-scores, kind="stable")
    top = np.argpartition(-scores, n)[:n]
    return top[np.argsort(-scores[top], kind="stable")]


def _contraction_tail(surface: str, token: str) -> bool:
    """Whether a corpus word's token is the tail of a contraction ("we'll" → "ll", "could've"
    → "ve"): it means nothing of its own to link a question word to."""
    return bool(re.search(r"['’]", surface)) and not surface.lower().startswith(token)


def _related_in(token: str, vocabulary: Container[str]) -> tuple[tuple[str, float], ...]:
    """The corpus tokens standing for `token`: in news writing (`word_variants.related`), or as the
    same number said otherwise (`word_variants.same_number`), or as the other form of the same root
    (`word_variants.same_root`: "invading" finds "invasion")."""
    return tuple(
        (r, RELATED_WEIGHT)
        for r in (*related(token), *same_number(token), *same_root(token))
        if r in vocabulary
    )


def _unknown_surfaces(text: str, unknown: set[str]) -> dict[str, str]:
    """token → the word of `text` it came from, for the tokens in `unknown`."""
    surfaces: dict[str, str] = {}
    for word, token in single_words(text):
        if token in unknown:
            surfaces.setdefault(token, word)
    return surfaces
