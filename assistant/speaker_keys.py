"""The keys that identify a speaker across mentions, articles and languages: a person by
surname ("Dmitri Peskov", "Peskov" → "peskov"), a body by its words ("the Pentagon"), a role by
its words with the crisis' countries merged ("the Kremlin spokesman", "le porte-parole du
Kremlin"). What a phrase names (a name, a role) is `speakers`'; which articles quote a key is
the catalog's.
"""

from __future__ import annotations

import re

from assistant.lexical import ACTOR_GROUPS, normalize, stem, tokens


def role_key(role: str) -> str:
    """A role's identity across wordings and languages: its normalised, stemmed words with the
    crisis' countries merged ("the Kremlin spokesman", "le porte-parole du Kremlin" → the same;
    so are "Ukraine's foreign minister" and "Ukrainian Foreign Minister")."""
    actor = {stem(t): f"@{i}" for i, group in enumerate(ACTOR_GROUPS) for t in group}
    words = {actor.get(t, t) for t in tokens(role)} - {"one", "senior", "top", "former", "new"}
    return " ".join(sorted(words))


def spokesperson_key(body: str) -> str:
    """The role key of a body's spokesperson ("the Kremlin", "le Kremlin" → the Kremlin
    spokesman's; "the Pentagon" → the Pentagon spokesman's): the person who speaks for it."""
    return role_key(f"{body} spokesperson")


def countries_in(role: str) -> list[int]:
    """The crisis' countries a role key names (indices into `lexical.ACTOR_GROUPS`): "@2 presid"
    (the Ukrainian president) names Ukraine."""
    return [int(word[1:]) for word in role.split() if word[:1] == "@" and word[1:].isdigit()]


def person_key(name: str) -> str:
    """A person's identity: the surname normalised ("Dmitri Peskov", "Peskov" → "peskov";
    "Zelenskyy" → "zelensky")."""
    last = re.sub(r"['’]s$", "", name.split()[-1]) if name.split() else name
    words = re.findall(r"[a-z0-9-]+", normalize(last))
    return words[-1] if words else normalize(name)


def entity_key(speaker: str) -> str:
    """The identity of a speaker with no person's name ("the Pentagon" → "pentagon")."""
    return " ".join(tokens(speaker)) or normalize(speaker)
