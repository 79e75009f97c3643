"""Names a question spells otherwise than the corpus, corrected to the corpus's spelling: a
misspelt name ("Peskof" → Peskov), a name spelt the French way ("Choïgou" → Shoigu,
"Zaporijjia" → Zaporizhzhia), a country, city or US state named in the other language
("Pologne" → Poland, "Bruxelles" → Brussels, "Floride" → Florida); and a corrected name shown
as the user typed it. Which words are names, and which the corpus never mentions, is `names`'.
"""

from __future__ import annotations

import difflib
import re

from assistant.lexical import normalize, tokens
from assistant.names import Vocabulary
from assistant.places import other_language_city, other_language_country, other_language_state
from assistant.question_months import is_date_word
from assistant.speaker_keys import one_spelling

_NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]*[\w]")


def correct_names(text: str, vocabulary: Vocabulary) -> tuple[str, dict[str, str], dict[str, str]]:
    """Replace a capitalised word absent from the corpus by a close corpus word ("Peskof"):
    the text, the corpus token of each corrected word, and the word written in its place (the
    corpus's own spelling of that token, capitalised)."""
    corrections = {}
    for match in _NAME.finditer(text):
        word = match.group(0)
        toks = tokens(word)
        if len(toks) == 1 and (place := _place_as_written(word, toks[0], vocabulary)):
            corrections[word] = place
            continue
        if len(toks) != 1 or toks[0] in vocabulary or len(toks[0]) < 4 or is_date_word(toks[0]):
            continue  # "Février 2022, …", "Mi-février": a month the corpus writes in English
        close = _english_spelling(word, vocabulary)
        if close is None and len(toks[0]) >= 5:
            close = close_match(toks[0], vocabulary)
        if close:
            corrections[word] = close
    written = {
        word: _spelling(fixed, vocabulary).capitalize() for word, fixed in corrections.items()
    }
    for word, replacement in written.items():
        text = re.sub(rf"\b{re.escape(word)}\b", replacement, text)
    return text, corrections, written


def as_corpus_spells(typed: str, corrections: dict[str, str]) -> list[str]:
    """The tokens of a name as typed, each corrected word's as the corpus spells it
    (`correct_names`' corrections: "Dmytro Kouleba" → dmytro, kuleb)."""
    fixed = {tokens(word)[0]: token for word, token in corrections.items() if tokens(word)}
    return [fixed.get(t, t) for t in tokens(typed)]


def _place_as_written(word: str, token: str, vocabulary: Vocabulary) -> str | None:
    """The corpus token of the country or city `word` names, as the corpus's language names it
    ("Pologne" → poland in English articles, "Poland" → pologne in French ones, "Bruxelles" →
    brussels), when the corpus lacks the word as typed or writes its token as another word
    ("Suède" stems as "sued"); else None."""
    other = other_language_country(word) or other_language_city(word) or other_language_state(word)
    theirs = tokens(other) if other else []
    if len(theirs) != 1 or not _used(theirs[0], vocabulary):
        return None
    if token in vocabulary and normalize(_spelling(token, vocabulary)) == normalize(word):
        return None
    return theirs[0]


def _spelling(token: str, vocabulary: Vocabulary) -> str:
    """How the corpus writes a token ("lig" → "ligue"), when the vocabulary knows; else the
    token itself."""
    surface = getattr(vocabulary, "surface", None)
    return (surface(token) if surface else None) or token


# French spells Russian and Ukrainian names by French sounds; English news by English ones:
# Poutine/Putin, Choïgou/Shoigu, Sourovikine/Surovikin, Sergueï/Sergei, Tchernobyl/Chernobyl,
# Iouri/Yuri, Iaroslav/Yaroslav.
_FRENCH_SOUNDS = (
    (re.compile(r"^i(?=[aeo])"), "y"),
    (re.compile(r"(?<!t)ch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"gu(?=[eiy])"), "g"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])e$"), ""),
    (re.compile(r"ï|ÿ"), "i"),
)


_TRANSLITERATED = re.compile(r"tch|ï", re.I)
_SS_BETWEEN_VOWELS = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])")
_I_BEFORE_VOWEL = re.compile(r"(?<=[bcdfgklmnprstvz])i(?=[aeou])")


def _english_spelling(word: str, vocabulary: Vocabulary) -> str | None:
    """The corpus token of a name written the English way, when the question writes it the
    French way ("Choïgou" → shoigu), or None."""
    spelled = word.lower()
    for pattern, replacement in _FRENCH_SOUNDS:
        spelled = pattern.sub(replacement, spelled)
    # French writes the sound of English "zh" with a j (Zaporijjia, Zaporizhzhia), and
    # doubles an s between vowels to keep it an s (Vassylenko, Vasylenko; Lessia, Lesia).
    variants = [spelled, spelled.replace("j", "zh")]
    variants += [_SS_BETWEEN_VOWELS.sub("s", v) for v in variants]
    # and writes English "y" before a vowel after a consonant with an i (Riazan, Ryazan)
    variants += [_I_BEFORE_VOWEL.sub("y", v) for v in variants]
    candidates = list(dict.fromkeys(v for s in variants for v in (s, re.sub(r"i$", "y", s))))
    # a letter group only a French transliteration writes ("Ilitchev": Ilichev, "Tchoubaïs")
    # names a Russian or Ukrainian however rarely the corpus names them
    rare_ok = bool(_TRANSLITERATED.search(word))
    for candidate in candidates:
        toks = tokens(candidate)
        if candidate == word.lower() or len(toks) != 1:
            continue
        if _used(toks[0], vocabulary) or (rare_ok and toks[0] in vocabulary):
            return toks[0]
    # the corpus may transliterate the name its own way: "Danylovytch" is the "Danylovich" of
    # the articles as "Danylovych" would be (y and i one letter: `speaker_keys.one_spelling`)
    alike = getattr(vocabulary, "spelt_alike", None)
    for candidate in candidates if alike else []:
        toks = tokens(candidate)
        for other in alike(toks[0]) if len(toks) == 1 else []:
            if one_spelling(other) == one_spelling(toks[0]) and _used(other, vocabulary):
                return other
    return None


RESPELT_MIN = 3  # sentences a respelt name must occur in: "Ligue" is not the "Liga" of one


def _used(token: str, vocabulary: Vocabulary) -> bool:
    """Whether the corpus uses a token often enough to be what a French spelling meant."""
    frequency = getattr(vocabulary, "frequency", None)
    return token in vocabulary and (frequency is None or frequency(token) >= RESPELT_MIN)


def as_typed(phrase: str, written: dict[str, str]) -> str:
    """A name phrase of the corrected question as the user typed it (answers name what the
    user asked about, not the correction)."""
    for typed, replacement in written.items():
        phrase = re.sub(rf"\b{re.escape(replacement)}\b", typed, phrase)
    return phrase


def close_match(token: str, vocabulary: Vocabulary) -> str | None:
    """The corpus word closest in spelling, from a catalog-backed vocabulary or a plain set."""
    if hasattr(vocabulary, "close_match"):
        return vocabulary.close_match(token)
    words = sorted(w for w in vocabulary if len(w) > 4)  # type: ignore[union-attr]
    close = difflib.get_close_matches(token, words, n=1, cutoff=0.8)
    return close[0] if close else None
