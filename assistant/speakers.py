"""Who a speaker is, from the words an article uses for them: whether a phrase can be a speaker
(a name or a description, never a clause fragment) and its name and role ("Kremlin spokesman
Dmitry Peskov"; "Meanwhile, …" opens the sentence, it names no one). Pure word rules; the keys
that identify a person, a role or a body across articles are `speaker_keys`', the word lists
these rules read are `speaker_words`', finding speakers in sentences is `attribution`'s job.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

from assistant.lexical import ALIASES, POSSESSIVE_END, STOPWORDS, normalize, stem
from assistant.speaker_words import (
    _BAD_START,
    _BODIES,
    _CONNECTORS,
    _DAYS_MONTHS,
    _DETERMINERS,
    _INNER_OPENERS,
    _NOT_ADVERBS,
    _NOT_SPEAKERS,
    _OK_ED_ING,
    _PERSON_ROLES,
    _PERSON_TITLES,
    _PLACE_NOUNS,
    _PRONOUNS,
    _Q,
    _QUANTIFIERS,
    _REPORTING_OPENERS,
    _SAY_EN_RE,
    _TITLES,
    _VERBISH,
)


def _words(text: str) -> list[str]:
    return text.split()


_PUNCTUATION = "\"'“”‘’«»()[],.;:!?"  # what may stand around a word


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION).lower()


_ELIDED = re.compile(r"^(?:[ldLD]|qu)['’]")


def _acronym(word: str) -> bool:
    """Whether a word is written in capitals, as initials are ("US", "UK"; not "A")."""
    bare = word.strip(_PUNCTUATION)
    return len(bare) > 1 and bare.isalpha() and bare.isupper()


def _capitalised(word: str) -> bool:
    stripped = word.lstrip("\"'“‘«(")
    if stripped[:1] in "lLdDq":
        stripped = _ELIDED.sub("", stripped)
    return stripped[:1].isupper()


def _possessive(word: str) -> bool:
    return bool(re.search(r"['’]s?$", word.rstrip(",.;:")))


def _business(word: str) -> bool:
    """Whether a capitalised word ending on "'s" is a name of its own ("Applebee's",
    "McDonald's"), not a pronoun's or a common word's contraction ("He's", "That's", "Let's")."""
    own = POSSESSIVE_END.sub("", word)
    return _capitalised(word) and own.lower() not in STOPWORDS | {"let"}


def _verbish(word: str) -> bool:
    low = _bare(word)
    if _capitalised(word):
        return False
    if low in _VERBISH or _SAY_EN_RE.fullmatch(low):
        return True
    if low in _OK_ED_ING or low in _PERSON_ROLES or low in _BODIES:
        return False
    if re.fullmatch(r"[a-z]{3,}(?:ed|ing)", low):
        return True
    return bool(re.fullmatch(r"[a-z]{4,}ly", low)) and low not in _NOT_ADVERBS


def valid_speaker(candidate: str) -> bool:
    """Whether `candidate` can be a speaker: a name, or a description of a person or a body,
    at most eight words (ten capitalised ones), not a clause (see the module docstring)."""
    parts = [p.strip() for p in candidate.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        return False
    if len(parts) > 1 and possessed_role(parts[0]):
        parts = parts[1:]  # "Its director-general, Rafael Grossi": the name says who
    return all(_valid_part(part) for part in _without_opening(parts))


_POSSESSIVES = frozenset("its his her their".split())


def possessed_role(part: str) -> bool:
    """Whether a part is a role introduced by a possessive ("Its director-general", "His
    spokesman"): it describes the name that follows it, whose antecedent it does not need."""
    words = _words(part)
    return (
        2 <= len(words) <= 4
        and words[0].lower() in _POSSESSIVES
        and _bare(words[-1]) in _PERSON_ROLES
    )


# Words a speaker may hold: eight, or ten when each is capitalised, a title and a full name
# ("International Atomic Energy Agency Director General Rafael Mariano Grossi").
SPEAKER_WORDS, TITLED_SPEAKER_WORDS = 8, 10


def _valid_part(part: str) -> bool:
    words = _words(part)
    most = TITLED_SPEAKER_WORDS if all(w[:1].isupper() for w in words) else SPEAKER_WORDS
    if not 1 <= len(words) <= most or _Q in part or re.search(r"\d|[\"“”«»:;!?(){}\[\]]", part):
        return False
    if any(not re.search(r"\w", w) for w in words):
        return False  # a stray quote mark or dash
    first, last = _bare(words[0]), _bare(words[-1])
    if first == "us" and len(words) > 1 and _acronym(words[0]) and not _acronym(words[1]):
        first = ""  # "US President Joe Biden": the country's initials, not the pronoun
    if re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", words[0]) and len(words) > 1 and words[1].islower():
        return False  # "Commanding troops in Chechnya": a participle, not a name
    if first in _BAD_START or first in _PRONOUNS or last in _CONNECTORS or last in _PRONOUNS:
        return False
    if first in _REPORTING_OPENERS:  # "Noting Biden has warned…", "Pressed on how he…"
        return False
    if len(words) == 1 and _opening(words[0]):  # "Finally, the IOC, after condemning…, said"
        return False
    # a name ending on "'s" alone is a business's ("Applebee's said", "Moody's said"), else it
    # owns what follows it
    owns = _possessive(words[-1]) and not (len(words) == 1 and _business(words[0]))
    if owns or any(_verbish(w) for w in words) or last in _PLACE_NOUNS:
        return False
    if any(w in ("The", "A", "An") for w in words[1:]):  # "Interactive The Luhansk governor"
        return False
    if any(_PARTY.fullmatch(w) for w in words):
        return False  # "R-Ga." is said of a name, it is not one
    if any(_bare(w) in _INNER_OPENERS for w in words[1:]):  # "troops close on Kyiv but UK"
        return False
    if all(_capitalised(w) and _bare(w).rstrip(".") in _PERSON_TITLES for w in words):
        return False  # a title alone ("Gen", "President") is a cut name
    if sum(1 for w in words if len(w) >= 4 and w.isupper()) > 1:  # "MARIUPOL HOSPITAL Tsyganok"
        return False
    lows = [_bare(w) for w in words]
    named = [
        w
        for w, low in zip(words, lows, strict=True)
        if _capitalised(w) and low not in _DETERMINERS | _DAYS_MONTHS | _QUANTIFIERS
    ]
    if any(low in _NOT_SPEAKERS for low in lows[:-1]):
        return False  # "an allegation Moscow (denied)": the object of the verb, not its subject
    return bool(named) or any(low in _PERSON_ROLES or low in _BODIES for low in lows)


@lru_cache(maxsize=50_000)
def _person_word(word: str) -> bool:
    """A word that can belong to a person's name: capitalised, not a title or a body."""
    low = _bare(word)
    if low in ("de", "von", "van", "al", "bin", "der", "da", "di", "du"):
        return True
    if not _capitalised(word) or _possessive(word) or low in _DETERMINERS | _QUANTIFIERS:
        return False
    if low in _PERSON_ROLES or low in _BODIES or low in _BAD_START or low in _DAYS_MONTHS:
        return False
    if word.endswith(".") and not re.fullmatch(r"[A-Z]\.", word):
        return False  # "Kulinichi." ends a sentence; "F." is an initial
    if len(low) > 1 and word.isupper():
        return False  # an acronym ("GMT", "NATO")
    parts = low.rstrip(".").split("-")
    if any(part in _TITLES or part in _BAD_START for part in parts):
        return False  # "Then-President"
    return not _is_place(low)


def _is_place(low: str) -> bool:
    """Whether a (lower-cased) word is one of the crisis' countries, capitals or bodies."""
    mapped = normalize(low)
    return mapped in _PLACES or stem(mapped) in _PLACES


# The alias table's places and bodies (not its people nor its offices).
_PLACES = frozenset(
    form
    for key in ALIASES
    if key not in ("dmitri", "poutine", "vladimir", "zelensky", "troupes")
    and key not in ("premier-ministre", "chancelier", "porte-parole", "president", "chefs-d-etat")
    for form in (key, stem(key))
)


def _split_name(phrase: str) -> tuple[str | None, str | None]:
    """(person's name, what comes before it) of one comma-free phrase: "Kremlin spokesman
    Dmitry Peskov" → ("Dmitry Peskov", "Kremlin spokesman"); "the Pentagon" → (None, None)."""
    words = _words(phrase)
    i = len(words)
    while i > 0 and _person_word(words[i - 1]):
        i -= 1
    while i < len(words) and _bare(words[i]) in ("de", "von", "van", "al", "bin", "der", "da"):
        i += 1  # a particle cannot open a name
    name_words = words[i:]
    if not name_words or len(name_words) > 4:
        return None, None
    if re.match(r"[dl]['’]", name_words[0]):
        return None, None  # "…de l'administration régionale d'Odessa": a place's body
    before = words[:i]
    if before and _bare(before[-1]) in _DETERMINERS:  # "the Kremlin": a body
        return None, None
    if (
        before
        and _bare(before[0]) in _DETERMINERS
        and all(_capitalised(w) and not _possessive(w) for w in before[1:])
        and not describes_person(" ".join(before))
    ):
        return None, None  # "The Washington Post", "the Kyiv Independent": a body
    if not before and len(name_words) == 1 and _bare(name_words[0]) in _DAYS_MONTHS:
        return None, None
    role = " ".join(before).strip() or None
    if role and _bare(role.split()[-1]) in _CONNECTORS:
        return None, None  # "head of Naftogaz": a body's name, not a person's
    return " ".join(name_words), role


# The end of a sentence: a lower-case word's full stop (not "Gen." nor "U.S."), a closing
# quote, a space, a capital.
_SENTENCE_END = re.compile(r"\b[a-zà-ÿ][\w’'-]*[.!?][\"'’”»]*\s+(?=[\"'‘“«]?[A-ZÀ-Ý])")


# Words opening a sentence before its speaker: adverbs, and when ("on Thursday", "this week"; the
# days and months are `_DAYS_MONTHS`).
_LEADING_WORDS = frozenset(
    """
    meanwhile separately later earlier however additionally moreover instead afterwards then
    finally ultimately eventually initially previously recently furthermore similarly overall
    also but and yet still now today yesterday tonight on in at last this next early late
    week weekend month year morning afternoon evening night ensuite puis mais et aussi hier
    """.split()
)


def _opening(word: str) -> bool:
    bare = _bare(word)
    return bare in _LEADING_WORDS or bare in _DAYS_MONTHS or bare.isdigit()


def _without_opening(parts: list[str]) -> list[str]:
    """A speaker's comma-set parts without those made of a sentence's opening words only
    ("Meanwhile, Russian President Vladimir Putin"), the last one kept."""
    while len(parts) > 1 and all(_opening(w) for w in parts[0].split()):
        parts = parts[1:]
    return parts


def parse_speaker(speaker: str) -> tuple[str | None, str | None]:
    """(person's name, role) as the article writes them; either may be None.

    "le ministre russe, Sergueï Lavrov" → ("Sergueï Lavrov", "le ministre russe");
    "Dmitry Peskov, the Kremlin spokesman" → ("Dmitry Peskov", "the Kremlin spokesman");
    "Ukraine's foreign minister Dmytro Kuleba" → ("Dmytro Kuleba", "Ukraine's foreign minister");
    "the Kremlin spokesman" → (None, "the Kremlin spokesman"); "the Pentagon" → (None, None).
    """
    # A sentence the splitter did not end belongs to no speaker: "…doing so again here.'
    # Vladimir Putin's spokesman Dmitry Peskov" is Putin's spokesman.
    ends = list(_SENTENCE_END.finditer(speaker))
    speaker = speaker[ends[-1].end() :] if ends else speaker
    parts = [p.strip() for p in speaker.split(",") if p.strip()]
    # The sentence's opening words are no part of who speaks: "Meanwhile, …", "On Sunday, …",
    # "Later on Thursday State Department spokesperson Ned Price", "But Kremlin spokesman…".
    parts = _without_opening(parts)
    opened = parts[0].split() if parts else []
    while len(opened) > 1 and _opening(opened[0]):
        opened.pop(0)
    parts[:1] = [" ".join(opened)] if opened else []
    speaker = ", ".join(parts)
    if len(parts) > 1:
        name, role = _split_name(parts[-1])
        if name and not role:  # "le ministre russe, Sergueï Lavrov"
            return name, ", ".join(parts[:-1])
        name, role = _split_name(parts[0])
        if name:  # "Dmitry Peskov, the Kremlin spokesman"
            return name, ", ".join(x for x in (role, *parts[1:]) if x)
        return None, speaker if describes_person(speaker) else None
    name, role = _split_name(speaker)
    if name:
        return name, role
    return None, speaker if describes_person(speaker) else None


def first_name_gender(name: str) -> str:
    """ "male" or "female" when a full name's first name is one of them in `gender_guesser`'s
    international list ("Filippo Grandi", "Olena Zelenska"), else '' (a surname alone, a name
    given to both, or one it does not know)."""
    words = name.split()
    if len(words) < 2:
        return ""
    gender = _gender_detector().get_gender(words[0].strip(".,"))
    return gender if gender in ("male", "female") else ""


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    import gender_guesser.detector  # its name list loads once, when a pronoun first needs it

    return gender_guesser.detector.Detector(case_sensitive=False)


def describes_person(phrase: str) -> bool:
    """A description naming a person's office ("the Kremlin spokesman"), not a body."""
    lows = [_bare(w) for w in _words(phrase)]
    return any(low in _PERSON_ROLES or low.rstrip(".") in _PERSON_TITLES for low in lows)


def _plural(phrase: str) -> bool:
    """A description of several people or bodies ("Ukrainian officials", "leaders")."""
    last = _bare(phrase.split()[-1]) if phrase.split() else ""
    return last.endswith("s") and (last in _PERSON_ROLES or last in _BODIES)


_PARTY = re.compile(r"[RDI]-[A-Z][\w.]*")


def _display(speaker: str) -> str:
    """A body or a description as the article writes it, an English article lower-cased
    ("The Pentagon" → "the Pentagon")."""
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), speaker)


# How alike two first names of one surname are when they spell one name: transliterations
# score 0.83 (sergei/sergey, dmitri/dmitry) to 0.92 (yevgeny/evgeny), other names at most 0.75
# (john/joan, mark/mary; jill/joe 0.29).
FIRST_NAME_CUTOFF = 0.8


def first_names_alike(one: str, other: str) -> bool:
    """Whether two first names may name one person: spellings of one name ("Sergei",
    "Sergey") or one the short form of the other ("Jon", "Jonathan"); not "Jill" and "Joe"."""
    a, b = normalize(one).lower(), normalize(other).lower()
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= FIRST_NAME_CUTOFF
