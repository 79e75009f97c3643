"""A parsed question checked against the corpus vocabulary, once `parse_query` has read it: the
French words the corpus writes otherwise, to bridge even though the corpus has their stem
("Suède" stems like "sued"); the spellings of its names the corpus uses more (Berdyansk for
"Berdiansk"); and, once its words are bridged (`bridges`), what the corpus never
mentions: the thing a question asks about (its head), the words no article uses in a large
corpus ("sourdough"), and the unknown names that bridging has found after all ("Espagne" is
Spain). The names themselves are corrected and checked in `names`; it retrieves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.bridges import NAME_VARIANT_WEIGHT
from assistant.lexical import normalize, single_words, tokens, words_for
from assistant.name_spelling import close_match
from assistant.names import Vocabulary, unknown_tokens
from assistant.query import LARGE_CORPUS_SENTENCES, Query
from assistant.question_stance import stance_role
from assistant.word_variants import same_month, spelling_variants


def with_absent_head(query: Query, vocabulary: Vocabulary) -> Query:
    """The query with its head among the unknown names when no word of the head, nor anything
    bridged or related to it (its slots), is in the corpus: the articles do not talk about it."""
    if not query.head or query.unknown_names or query.kind not in ("other", "who"):
        return query  # a date or a figure asked for ("quel jour") is checked by the answerer
    if query.asks_penalty:
        return query  # so is a court's sentence ("Quelle peine…": "sentenced to life")
    head = set(tokens(query.head))
    linked = {slot[0][0] for slot in query.slots if len(slot) > 1}
    if any(t in vocabulary or t in linked for t in sorted(head)):
        return query
    return replace(query, unknown_names=(query.head,))


def with_unseen_words(query: Query, vocabulary: Vocabulary, sentences: int) -> Query:
    """The query with the words the corpus never uses, neither as such, nor by their hyphenated
    parts (but a figure joined to what it counts: "12-point"), nor by a close spelling (a typo
    is not a topic), nor spelt the British or the American way ("characterise",
    "characterize"): "sourdough" in a corpus of war reports.
    Only a large corpus (`sentences`) uses nearly every common word of its language, so that
    a missing one says something; names are left to `unknown_names`."""
    if sentences < LARGE_CORPUS_SENTENCES:
        return query
    named = {t for _, toks in query.names for t in toks} | set(query.speaker)
    unseen = [
        t
        for t in dict.fromkeys(tokens(query.search))
        if t not in named
        and (unknown_tokens([t], vocabulary) or _unwritten_count(t, vocabulary))
        and not close_match(t, vocabulary)
    ]
    if unseen:  # written the other way, British or American ("characterise", "characterize")
        spelt = {
            own
            for word, own in single_words(query.search)
            if own in unseen
            and any(t in vocabulary for v in spelling_variants(normalize(word)) for t in tokens(v))
        }
        unseen = [t for t in unseen if t not in spelt]
    if not unseen:
        return query
    return replace(query, unseen=tuple(words_for(query.question, unseen).split()))


_SPELT = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def _unwritten_count(token: str, vocabulary: Vocabulary) -> bool:
    """Whether `token` is a figure joined to what it counts ("12-point", "12-week") that the
    corpus writes neither so nor in words ("twelve-point"): its parts are in every corpus, the
    thing it names is not in this one."""
    counted = re.fullmatch(r"(\d+)-([a-z]+)", token)
    if not counted or token in vocabulary:
        return False
    n = int(counted.group(1))
    spelt = f"{_SPELT[n]}-{counted.group(2)}" if n < len(_SPELT) else ""
    return not (spelt and all(t in vocabulary for t in tokens(spelt)))


# Names shorter than this have no variants looked for: too short to tell a transliteration from
# another name ("Kyiv").
NAME_VARIANT_MIN = 5


def with_name_variants(query: Query, vocabulary: Vocabulary) -> Query:
    """The query with, beside each name of the question, the spellings of it the corpus uses
    more: a transliteration spelt alike ("Berdiansk" → Berdyansk, "Oleksiï" → Oleksiy) that
    the corpus writes only as a name and more often than the question's spelling, and for a
    compound the corpus lacks, its part spelt otherwise ("Saint-Pétersbourg" → Petersburg).
    "Johnson" does not become "Johnston": the corpus writes Johnson more."""
    alike = getattr(vocabulary, "spelt_alike", None)
    frequency = getattr(vocabulary, "frequency", None)
    is_name = getattr(vocabulary, "is_name", None)
    if alike is None or frequency is None or is_name is None:
        return query
    named = {t for _, toks in query.names for t in toks}
    slots = []
    for slot in query.slots:
        token, found = slot[0][0], []
        if token in named and "-" in token and token not in vocabulary:
            found = [
                v
                for p in token.split("-")
                if p not in vocabulary and len(p) >= NAME_VARIANT_MIN
                for v in alike(p)
            ]
        elif token in named and len(token) >= NAME_VARIANT_MIN:
            own = frequency(token)
            found = [v for v in alike(token) if frequency(v) > own]
        have = {t for t, _ in slot}
        extra = [v for v in dict.fromkeys(found) if v not in have and is_name(v)]
        slots.append((*slot, *((v, NAME_VARIANT_WEIGHT) for v in extra)))
    return replace(query, slots=tuple(slots))


def with_months_as_written(query: Query, vocabulary: Vocabulary) -> Query:
    """The query whose months count only by the name the corpus uses most for them: "mars" in
    English news is mostly the planet (81 sentences to March's 767); French articles write the
    month "mars". A month written otherwise weighs nothing (its slot's own token) or is left
    out (another name of it); retrieval and scoring then match the month as the corpus writes
    it."""
    frequency = getattr(vocabulary, "frequency", None)
    if frequency is None:
        return query
    slots = []
    for slot in query.slots:
        token = slot[0][0]
        names = [token, *same_month(token)]
        if len(names) > 1:
            most = max(names, key=lambda t: (frequency(t), t == token))
            own = slot[0] if token == most else (token, 0.0)
            slot = (own, *(x for x in slot[1:] if x[0] == most or x[0] not in names))
        slots.append(slot)
    return replace(query, slots=tuple(slots))


def with_bridged_names(query: Query) -> Query:
    """The query without the unknown names of which every word the corpus lacks is bridged to
    corpus words (its slots): "Espagne" is Spain in English articles, not an unknown name."""
    if not query.unknown_names:
        return query
    linked = {slot[0][0] for slot in query.slots if len(slot) > 1}
    toks = dict(query.names)
    still = tuple(
        name
        for name in query.unknown_names
        if any(t not in linked for t in toks.get(name, tokens(name)))
        and not all(t in linked for t in tokens(name))
    )
    return replace(query, unknown_names=still)


def words_to_bridge(query: Query, vocabulary: Vocabulary) -> frozenset[str]:
    """The tokens of a French question that the corpus writes otherwise, to bridge even though
    the corpus has the token: the French word stems like an unrelated English one. English
    articles name Suède "Sweden" (and write "sued"), call le pays a "country" (and write
    "pay"), la coupe a "cup" (and write "coup"). A word the corpus writes as the question does
    (Moskva, "munitions"), or as an alias of it (l'OTAN is NATO), is left as it is."""
    surface = getattr(vocabulary, "surface", None)
    if query.language != "fr" or surface is None:
        return frozenset()
    found = set()
    for word, token in single_words(query.search):
        written = normalize(word)
        if token in vocabulary:
            spelt = surface(token)
            if spelt != written and normalize(spelt or "") != written:
                found.add(token)
    return frozenset(found)


def with_office_holder(query: Query, role_holder: Callable[[str], tuple[str, str] | None]) -> Query:
    """The query with the holder of the office whose stance it asks ("What was the UN refugee
    chief's position on…": Filippo Grandi, as `role_holder` finds them in the articles), when
    it names no one itself (`question_speaker.stance_role`)."""
    if query.kind != "other" or query.holder:
        return query
    role = stance_role(query.question)
    held = role_holder(role) if role else None
    return replace(query, holder=held[1]) if held else query
