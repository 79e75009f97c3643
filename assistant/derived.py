"""What questions read of the derived data: vocabulary, IDF, an article's sentences, bridges.

All of it was computed at ingest and stored in the catalog; this module only looks it up, a
word or an article at a time, and remembers recent lookups until the catalog changes (its
generation). The word bridges load the stored word vectors once per generation. Nothing here
reads the whole catalog per question, and nothing is rebuilt at start-up.
"""

from __future__ import annotations

import difflib
import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.bridges import Bridges
from assistant.catalog import Catalog
from assistant.identity import ASKED_ROLE_ARTICLES, ROLE_ARTICLES, decide_country, decide_role
from assistant.sentences import Sentence, echo_key, lead_words, load_sentences
from assistant.speaker_keys import national_role_key, person_key, role_key, spokesperson_key
from assistant.types import Chunk
from assistant.wordvectors import WordMatrix

SENTENCE_CACHE = 2000  # articles whose sentences stay loaded
TOKEN_CACHE = 200_000  # tokens whose document frequency stays known
SPELLING_CUTOFF = 0.8


class _Lru(OrderedDict):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def remember(self, key: Any, value: Any) -> Any:
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
        return value


def _remembered(lock: threading.Lock, cache: _Lru, key: Any, compute: Callable[[], Any]) -> Any:
    """The value `cache` holds for `key`, else `compute()` remembered there; computed outside
    the lock (a lookup reads the catalog), so concurrent questions never wait on one another."""
    with lock:
        if key in cache:
            return cache[key]
    found = compute()
    with lock:
        return cache.remember(key, found)


class Vocabulary:
    """The corpus's tokens, looked up one at a time (`token in vocabulary`)."""

    def __init__(self, catalog: Catalog, linked: Any = None) -> None:
        self.catalog = catalog
        self.linked = linked  # word → the corpus tokens a bridge links it to
        self._df: _Lru = _Lru(TOKEN_CACHE)
        self._names: _Lru = _Lru(TOKEN_CACHE)  # token → written only capitalised
        self._lock = threading.Lock()

    def frequency(self, token: str) -> int:
        """In how many sentences the token occurs."""
        return self._cached(self._df, token, self.catalog.document_frequency)

    def is_name(self, token: str) -> bool:
        """Whether the corpus writes this token only capitalised (a person's or place's name)."""
        return self._cached(self._names, token, self.catalog.is_name)

    def _cached(self, cache: _Lru, token: str, lookup: Any) -> Any:
        return _remembered(self._lock, cache, token, lambda: lookup(token))

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self.frequency(token) > 0

    def surface(self, token: str) -> str | None:
        """The corpus's most frequent spelling of a token ("lig" → "ligue"), or None."""
        return self.catalog.surface_of(token)

    def spelt_alike(self, token: str, min_length: int = 5, n: int = 3) -> list[str]:
        """At most `n` other corpus tokens of `min_length` letters or more spelt like `token`
        (within `SPELLING_CUTOFF`), among those sharing its first two letters, closest first:
        "berdyansk" for "berdiansk", "peskov" for "peskof"."""
        candidates = [t for t in self.catalog.tokens_starting(token[:2], min_length) if t != token]
        return difflib.get_close_matches(token, candidates, n=n, cutoff=SPELLING_CUTOFF)

    def close_match(self, token: str, min_length: int = 5) -> str | None:
        """The corpus token closest in spelling ("peskof" → "peskov"), among those sharing its
        first two letters, or None; None too when the word has a meaning the corpus words
        reach elsewhere (a bridge: "Japon" is Japan, not a misspelt "Jason")."""
        close = self.spelt_alike(token, min_length, n=1)
        if not close:
            return None
        meant = self.linked(token) if self.linked is not None else ()
        return close[0] if not meant or close[0] in meant else None


class Derived:
    """Derived data of one catalog, cached per catalog generation."""

    def __init__(self, catalog_of: Any, embedder: Embeddings) -> None:
        self._catalog_of = catalog_of  # a callable: the index opens its catalog lazily
        self.embedder = embedder
        self._lock = threading.Lock()
        self._generation = -1
        self._vocabulary: Vocabulary | None = None
        self._forget()
        self._total = 0

    def _forget(self) -> None:
        """Empty every cache of lookups (called under the lock, or before any lookup)."""
        self._sentences: _Lru = _Lru(SENTENCE_CACHE)
        self._roles: _Lru = _Lru(SENTENCE_CACHE)
        self._words: _Lru = _Lru(SENTENCE_CACHE)
        self._leads: _Lru = _Lru(SENTENCE_CACHE)
        self._quoted: _Lru = _Lru(SENTENCE_CACHE)  # (speaker key, name) → articles
        self._countries: _Lru = _Lru(SENTENCE_CACHE)  # person key → country index or None
        self._voices: _Lru = _Lru(SENTENCE_CACHE)  # a body as typed → its spokesperson's key
        self._bridges: Bridges | None = None
        self._period: tuple[str, str] | tuple[()] | None = None

    @property
    def catalog(self) -> Catalog:
        """The catalog."""
        return self._catalog_of()

    def refresh(self) -> None:
        """Forget cached lookups when the catalog has changed since they were made."""
        generation = self.catalog.generation()
        with self._lock:
            if generation != self._generation:
                self._generation = generation
                self._vocabulary = Vocabulary(self.catalog, self._linked)
                self._forget()
                self._total = self.catalog.sentence_count()

    @property
    def vocabulary(self) -> Vocabulary:
        """The corpus vocabulary."""
        if self._vocabulary is None:
            self.refresh()
        assert self._vocabulary is not None
        return self._vocabulary

    @property
    def sentences(self) -> int:
        """Sentences of all indexed articles, as of the last refresh (the N of IDF)."""
        return self._total

    def idf(self, token: str) -> float:
        """A smoothed IDF over the corpus's sentences; unseen tokens weigh like the rarest."""
        df = self.vocabulary.frequency(token)
        return math.log(1 + (self._total + 1) / (df + 0.5))

    def sentences_of(self, source: str) -> list[Sentence]:
        """The attributed sentences of one indexed article (by any of its file names)."""
        return _remembered(self._lock, self._sentences, source, lambda: self._load(source))

    def _load(self, source: str) -> list[Sentence]:
        """An article's sentences read from the catalog; [] when no indexed file has that name."""
        found = self.catalog.article_by_source(source)
        if found is None:
            return []
        record, text, rows = found
        whole = Chunk(
            "",
            record.article_id,
            record.source,
            record.title,
            record.date,
            0,
            0,
            len(text),
            text,
            record.published,
            record.outlet,
            record.url,
        )
        return load_sentences(whole, text, rows, self.role)

    def period(self) -> tuple[str, str] | None:
        """The first and last month of the indexed articles, or None when none is dated."""
        if self._period is None:
            months = self.catalog.months()
            self._period = (months[0], months[-1]) if months else ()
        return self._period or None

    def echoes(self, text: str, source: str) -> list[tuple[str, str | None, str | None]]:
        """Other articles holding the same sentence (republished wire copy): (file, outlet,
        date), oldest first."""
        key = echo_key(text)
        if key is None:
            return []
        return [row for row in self.catalog.echoes(key) if row[0] != source]

    def words_of(self, source: str) -> frozenset[str]:
        """Every token of an indexed article (stored at ingest: nothing is tokenised here)."""
        return _remembered(
            self._lock, self._words, source, lambda: self.catalog.article_terms(source)
        )

    def lead_of(self, source: str) -> frozenset[str]:
        """The tokens of an indexed article's headline and first sentences: what the story is
        about (`sentences.lead_words`), remembered per article."""
        return _remembered(
            self._lock, self._leads, source, lambda: lead_words(self.sentences_of(source))
        )

    def is_name(self, token: str) -> bool:
        """Whether the corpus writes this token only capitalised: a person's or place's name."""
        return self.vocabulary.is_name(token)

    def uses(self, token: str) -> bool:
        """Whether any indexed sentence holds this token."""
        return token in self.vocabulary

    def quoted_in(self, key: str, name: Sequence[str] = ()) -> int:
        """In how many indexed articles a speaker (identity key) is quoted; with a full name's
        tokens, in how many that write that name. Remembered until the catalog changes: an
        answer asks it for each person it names."""
        return _remembered(
            self._lock, self._quoted, (key, tuple(name)), lambda: self.catalog.quoted_in(key, name)
        )

    def role(self, role: str, min_articles: int = ROLE_ARTICLES) -> tuple[str, str] | None:
        """(person key, display name) the indexed articles agree on for a role key, when at
        least `min_articles` give it to that person (`identity.decide_role`)."""
        return _remembered(
            self._lock,
            self._roles,
            (role, min_articles),
            lambda: self._decided_role(role, min_articles),
        )

    def _decided_role(self, role: str, min_articles: int) -> tuple[str, str] | None:
        tally: Counter[str] = Counter()
        names: dict[str, Counter[str]] = {}
        for person, display, articles in self.catalog.role_counts(role):
            tally[person] += articles
            names.setdefault(person, Counter())[display] += articles
        return decide_role(role, tally, names, min_articles=min_articles)

    def role_holder(self, role: str) -> tuple[str, str] | None:
        """(identity key, display name) of the person the indexed articles give a role a user
        names as typed ("Ukraine's first lady": Olena Zelenska, "the head of the IAEA":
        Grossi), or None; one article suffices (`identity.ASKED_ROLE_ARTICLES`). An office
        given by whose it is, when no article gives it so, is the office of that person's
        country ("Zelensky's foreign minister": Ukraine's, Dmytro Kuleba)."""
        found = self.role(role_key(role), ASKED_ROLE_ARTICLES)
        if found is None and (national := national_role_key(role, self.country_of)):
            found = self.role(national, ASKED_ROLE_ARTICLES)
        return found

    def holder_of(self, role: str) -> str:
        """The identity key of the person holding a role as typed (`role_holder`), or ''."""
        holder = self.role_holder(role)
        return holder[0] if holder else ""

    def voice_of(self, speaker: str) -> str:
        """The identity key of the person who speaks for a body ("the Kremlin", "le Kremlin":
        Peskov, whom the articles agree is its spokesman), or '': also for a person, whom the
        articles give roles (Zelensky's spokesman speaks for him, not as him). Remembered until
        the catalog changes: every quote question asks it."""
        return _remembered(self._lock, self._voices, speaker, lambda: self._voice(speaker))

    def _voice(self, speaker: str) -> str:
        if not speaker or self.catalog.roles_of(person_key(speaker)):
            return ""
        holder = self.role(spokesperson_key(speaker))
        return holder[0] if holder else ""

    def country_of(self, person: str) -> int | None:
        """The crisis country the indexed articles' roles give a person (identity key), when they
        agree (`identity.decide_country`): "Liz Truss" is British, "Zelenskyy" Ukrainian."""
        return _remembered(
            self._lock,
            self._countries,
            person,
            lambda: decide_country(self.catalog.roles_of(person)),
        )

    def _linked(self, word: str) -> tuple[str, ...]:
        return tuple(token for token, _ in self.bridges.links([word]).get(word, ()))

    @property
    def bridges(self) -> Bridges:
        """The word bridges over the stored word vectors (loaded once per generation)."""
        bridges = self._bridges
        if bridges is None:
            bridges = Bridges(self.embedder, WordMatrix.load(self.catalog), self.vocabulary.is_name)
            with self._lock:
                self._bridges = bridges
        return bridges
