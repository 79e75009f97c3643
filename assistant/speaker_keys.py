"""The keys that identify a speaker across mentions, articles and languages: a person by
surname ("Dmitri Peskov", "Peskov" → "peskov"), a body by its words ("the Pentagon"), a role by
its words with the crisis' countries merged ("the Kremlin spokesman", "le porte-parole du
Kremlin"), an office given by whose it is as the office of that person's country ("Zelensky's
foreign minister": Ukraine's). What a phrase names (a name, a role) is `speakers`'; which
articles quote a key is the catalog's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.lexical import normalize, stem, tokens
from assistant.word_variants import ACTOR_GROUPS

# An organisation written out, which roles also name by its initials: "the head of the European
# Space Agency" is the "ESA Director General", "International Atomic Energy Agency" the IAEA.
_BODY_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+\s+(?:(?:of|for|on|and|the)\s+)*){1,5}(?:Agency|Organi[sz]ation|Nations|"
    r"Union|Council|Committee|Court|Fund|Bank|Programme|Program|Institute|Alliance|Commission)\b"
)
# Who heads a body, however news calls them: "chief", "head", "director (general)", "leader",
# "secretary general", "chef", "dirigeant", "directeur (général)" are one role.
# ("leader" is one token with "dirigeant", `lexical.ALIASES`)
_HEADS = frozenset(
    tokens("head chief director director-general directeur chef boss chairman chairwoman chair")
    + tokens("leader")
)
_SECRETARY = frozenset(tokens("secretary secrétaire secretary-general secrétaire-général"))
_GENERAL = frozenset(tokens("general général"))


# French names of offices that `lexical.ALIASES` cannot make one token with the English ones,
# as English roles name them: stemmed, "ministre" would be the English "ministry", and "foreign"
# is too common a word to stand for "affaires étrangères" everywhere. "le ministre russe des
# Affaires étrangères" is "Russia's foreign minister" (the ambassador, mayor, governor and
# prosecutor are aliases).
_OFFICES_FR = [
    (re.compile(p, re.I), en)
    for p, en in (
        (r"\bministres?\b", "minister"),
        (r"\bminist[èe]res?\b", "ministry"),
        (r"\baffaires\s+étrangères\b", "foreign"),
        (r"\bdiplomatie\b", "foreign ministry"),
    )
]


def _in_english(role: str) -> str:
    for pattern, english in _OFFICES_FR:
        role = pattern.sub(english, role)
    return role


def _initials(body: re.Match[str]) -> str:
    return "".join(w[0] for w in body.group(0).split() if w[0].isupper())


def role_key(role: str) -> str:
    """A role's identity across wordings and languages: its normalised, stemmed words with the
    crisis' countries merged ("the Kremlin spokesman", "le porte-parole du Kremlin" → the same;
    so are "Ukraine's foreign minister" and "Ukrainian Foreign Minister"), a body written out
    as its initials ("European Space Agency": ESA), its head however called ("the head of the
    IAEA", "IAEA chief", "IAEA Director General", "NATO Secretary General", "the NATO chief"),
    and a French office as English names it ("l'ambassadeur…": ambassador)."""
    actor = {stem(t): f"@{i}" for i, group in enumerate(ACTOR_GROUPS) for t in group}
    written = _BODY_NAME.sub(_initials, _in_english(role))
    words = {actor.get(t, t) for t in tokens(written)}
    words -= {"one", "senior", "top", "former", "new"}
    heads = words & (_HEADS | {t for t in _SECRETARY if "-" in t})
    if words & _SECRETARY and words & _GENERAL:
        heads |= (words & _SECRETARY) | (words & _GENERAL)
    elif heads:
        heads |= words & _GENERAL  # "Director General"
    if heads:
        words = (words - heads) | {"head"}
    return " ".join(sorted(words))


_POSSESSIVE = re.compile(r"['’]s\s+")
# The offices a country has, as role keys word them. Not a relative nor a lawyer: "Zelensky's
# wife" is no "Ukrainian wife".
_NATIONAL_OFFICES = frozenset(
    word
    for office in (
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "spokesperson",
        "adviser",
        "advisor",
        "chancellor",
        "president",
        "prime minister",
        "commander",
        "diplomat",
        "head",
    )
    for word in role_key(office).split()
)


def national_role_key(role: str, country_of: Callable[[str], int | None]) -> str:
    """The role key of an office given by whose it is as the office of that person's country:
    "Zelensky's foreign minister" is Ukraine's ('@2 foreign minist'), when the articles give
    the person a crisis country (`country_of`, by identity key); '' for any other role."""
    parts = _POSSESSIVE.split(role.strip(), maxsplit=1)  # the person, then the office
    whose = re.sub(r"^the\s+", "", parts[0], flags=re.I) if len(parts) == 2 else ""
    if not whose or not all(word[:1].isupper() for word in whose.split()):
        return ""
    office = set(role_key(parts[1]).split())
    if not office & _NATIONAL_OFFICES:
        return ""
    country = country_of(person_key(whose))
    return " ".join(sorted(office | {f"@{country}"})) if country is not None else ""


def spokesperson_key(body: str) -> str:
    """The role key of a body's spokesperson ("the Kremlin", "le Kremlin" → the Kremlin
    spokesman's; "the Pentagon" → the Pentagon spokesman's): the person who speaks for it."""
    return role_key(f"{body} spokesperson")


def countries_in(role: str) -> list[int]:
    """The crisis' countries a role key names (indices into `word_variants.ACTOR_GROUPS`): "@2 presid"
    (the Ukrainian president) names Ukraine."""
    return [int(word[1:]) for word in role.split() if word[:1] == "@" and word[1:].isdigit()]


def person_key(name: str) -> str:
    """A person's identity: the surname normalised ("Dmitri Peskov", "Peskov" → "peskov";
    "Zelenskyy" → "zelensky"), one key for its transliterations (`one_spelling`)."""
    last = re.sub(r"['’]s$", "", name.split()[-1]) if name.split() else name
    words = re.findall(r"[a-z0-9-]+", normalize(last))
    return one_spelling(words[-1]) if words else normalize(name)


def one_spelling(surname: str) -> str:
    """A name with "y" and "i", single or doubled, as one letter: outlets transliterate
    Ukrainian and Russian names each their own way ("Podolyak" and "Podoliak", "Boychenko" and
    "Boichenko", "Zaluzhny" and "Zaluzhnyi", "Nebenzya" and "Nebenzia")."""
    return re.sub("i+", "i", surname.replace("y", "i"))


def entity_key(speaker: str) -> str:
    """The identity of a speaker with no person's name ("the Pentagon" → "pentagon")."""
    return " ".join(tokens(speaker)) or normalize(speaker)
