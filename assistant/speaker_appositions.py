"""What stands beside a speaker's name in English news prose, read from the comma-set
segments before a verb of saying: an apposition describing the person ("Dmitry Peskov, the
Kremlin spokesman"), asides that only describe them (an age, where they are from, a relative
or participle clause: "Vladimir Saldo, the Russian-backed head of the region, which is
partially occupied…, said"), and the person's name ending a phrase with its title
("Respected independent journalist Alexei Venediktov"). Finding the verb of saying and the
clause around it is `speaker_patterns`'; whether a phrase can be a speaker at all is
`speakers`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.speaker_words import _VERBISH
from assistant.speakers import (
    _PARTY,
    _bare,
    _opening,
    _person_word,
    _split_name,
    _verbish,
    _words,
    describes_person,
    valid_speaker,
)


@dataclass(frozen=True)
class Found:
    """A sentence's own speaker: named, or a pronoun to resolve."""

    speaker: str = ""
    pronoun: str = ""
    at: int = 0  # where in the narration the pronoun stands


_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)"
    r"(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:today|yesterday|tonight)|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*$",
    re.I,
)


# A person's age as news writes it beside the name: "45", "35-year-old", "71-year old".
_AGE = re.compile(r"\d{1,3}(?:-year[- ]old)?|aged \d{1,3}")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year[- ]old\s+(?=[A-Z])")
_FROM = re.compile(r"(?:from|of|in)\s+[A-Z]")  # "from Cheltenham", "of Kyiv": where they are from


def _aside(segment: str) -> bool:
    """Whether a comma-set segment between a name and its verb of saying only describes the
    name: an apposition ("a military expert", "governor of Russia's … region", "one of the
    teachers"), a relative or participle clause ("which is partially occupied…", "writing
    for…"), an age ("45"), a party ("R-Ga."), where they are from ("from Cheltenham") or when
    they spoke ("on Tuesday")."""
    words = _words(segment)
    if not words:
        return False
    first = _bare(words[0])
    return bool(
        _participle(segment)
        or first in _RELATIVE
        or _AGE.fullmatch(segment)
        or _PARTY.fullmatch(segment)
        or _FROM.match(segment)
        or _TRAILING_TIME.fullmatch(" " + segment)
        or (first == "one" and len(words) > 2 and _bare(words[1]) == "of")  # "one of the…"
        or (describes_person(segment) and not _split_name(segment)[0])  # "head of the region"
        or (describes_person(segment) and _ROLE_OF.match(segment))  # "chairman of … UAV Owners"
        or _described(segment)
    )


def _name_before_asides(segments: list[str]) -> Found | None:
    """The person named before a chain of asides that ends on the verb of saying (`_aside`):
    "Vladimir Saldo, the Russian-backed head of the region, which is partially occupied…,
    said", "Sebastian Roblin, a military expert, writing for…, said", "Vitali, 50, who is…,
    told", "Khaled El Mayet, from Cheltenham, said"; with the role set beside the name, after
    it or before it ("Putin's spokesman, Dmitry Peskov, on Tuesday said")."""
    role = ""
    unclosed = False  # a clause part seen that only a relative clause before it can hold
    for k in range(len(segments) - 1, max(-1, len(segments) - 7), -1):
        segment = segments[k]
        words = _words(segment)
        if (
            words
            and k + 1 < len(segments)
            and all(_opening(w) and not w.isdigit() for w in words)  # "50" is an age
        ):
            # the sentence opens there ("Finally, the International Olympic Committee, after
            # condemning…, said"): the subject is the segment after the opening words
            subject = segments[k + 1]
            return Found(subject) if valid_speaker(subject) else None
        if words and (_bare(words[0]) in _RELATIVE or _participle(segment)):
            unclosed = False  # "who earned the nickname "…" because of his punches"
            continue
        named = "" if unclosed else _named_at_end(segment)
        if named and (len(named.split()) > 1 or k < len(segments) - 1):  # not "However,"
            if named != _unopened(segment) and k < len(segments) - 1:
                return None  # "… matches another commander Andrey Gurulev, 45, said": unclear
            before = segments[k - 1] if k > 0 else ""
            if not role and before and describes_person(before) and valid_speaker(before):
                role = before
            both = f"{named}, {role}"
            return Found(both if role and valid_speaker(both) else named)
        if not _aside(segment):
            if unclosed:
                return None
            unclosed = True
            continue
        if not role and describes_person(segment) and valid_speaker(segment):
            role = segment
    return None


# At most this many comma-set descriptions between a name and its verb of saying, each of at
# most `_ROLE_WORDS` words.
_ROLES_BETWEEN = 3
_ROLE_WORDS = 14


def _name_before_roles(segments: list[str]) -> Found | None:
    """The person a sentence opens on, before descriptions of them, whatever their nouns, that
    hold no verb: "Bill McKibben, founder of the environmental group 350.org, said", "Kirill
    Imashev, the military correspondent of a Russian Telegram channel, Readovka, said", "John
    Kirby, National Security Council coordinator for strategic communications, said". A
    description with a verb is a clause ("the regional leader appointed by…"), and a sentence
    opening on anything but the name (a body, a place, "Another Nigerian") is left alone."""
    if not 1 < len(segments) <= 1 + _ROLES_BETWEEN:
        return None
    name, roles = segments[0], segments[1:]
    person = _name_alone(name).split()
    if len(person) < 2 or not all(_person_word(w) for w in person):
        return None  # "Well, some countries…", "Another Nigerian, Osemen, told"
    for description in roles:
        words = _words(description)
        if not words or len(words) > _ROLE_WORDS or _bare(words[0]) in _RELATIVE:
            return None
        if any(_verbish(w) for w in words):
            return None
    both = f"{name}, {roles[0]}"
    return Found(both if describes_person(roles[0]) and valid_speaker(both) else name)


def _name_alone(segment: str) -> str:
    """The person's name a segment is, with its title or not ("Dmitry Peskov", "Capt
    Palamar": "Palamar"), when the whole segment is a valid speaker; else ''."""
    valid = valid_speaker(segment) and _valid_suffix(segment) == segment
    return (_split_name(segment)[0] or "") if valid else ""


_ROLE_OF = re.compile(r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)*\s+of\s")  # a role of a body
_TITLE_BEFORE = re.compile(r"[a-z][\w’'-]*|[A-Z]{2,4}|[A-Z][a-z]{1,3}\.")


def _unopened(segment: str) -> str:
    """A segment without a person's age before the name nor the conjunction opening it ("But
    Taras Troiak", "35-year-old Buravtsova")."""
    segment = _AGE_BEFORE.sub("", segment).strip()
    opener = re.match(r"(\w+)\s+", segment)
    if opener and opener.group(1).lower() in _OPENERS:
        segment = segment[opener.end() :]
    return segment


def _named_at_end(segment: str) -> str:
    """A person's name ending a segment, with its title when the whole is a valid speaker:
    "Dmitry Peskov", "deputy foreign minister Sergey Ryabkov"; after words that are not, the
    name alone when a title (a role word, an acronym, an abbreviation) stands before it
    ("Respected independent journalist Alexei Venediktov", "loyalist MP Andrey Gurulev"; not
    "wants to see Jackson")."""
    segment = _unopened(segment)
    if not segment or _ROLE_OF.match(segment):  # "chairman of the … Federation of UAV Owners"
        return ""
    if valid_speaker(segment) and _valid_suffix(segment) == segment:
        name, _ = _split_name(segment)
        return segment if name else ""
    words = _words(segment)
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        name, role = _split_name(tail)
        if name and not role and valid_speaker(tail):
            before = words[k - 1]
            title = " ".join(words[max(0, k - 2) : k])
            if _TITLE_BEFORE.fullmatch(before) and (
                describes_person(title) or before.isupper() or before.endswith(".")
            ):
                return tail
            return ""
    return ""


def _before_apposition(segments: list[str]) -> Found | None:
    """The name before a closing apposition or relative clause, joined to a role apposition:
    ["Dmitry Peskov", "the Kremlin spokesman"] → "Dmitry Peskov, the Kremlin spokesman"."""
    if len(segments) < 2:
        return None
    appended, name = segments[-1], segments[-2]
    if not _name_alone(name):
        return None
    if describes_person(appended) and valid_speaker(appended):
        return Found(f"{name}, {appended}")
    if _participle(appended) or describes_person(appended) or _PARTY.fullmatch(appended):
        return Found(name)  # "Rep. Marjorie Taylor Greene, R-Ga., said"
    if _described(appended):  # "Elina Svitolina, Ukraine's highest-ranked … player, said"
        return Found(name)
    return None


# An apposition describing the person named before it, whatever its noun: "a tennis player",
# "the band's frontman", "Ukraine's highest-ranked professional tennis player", "his wife".
_DESCRIBED = re.compile(r"(?:a|an|the|his|her|their|its|[A-Z][\w.-]*['’]s)\s+\S", re.I)
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where"})


def _described(segment: str) -> bool:
    """Whether a segment is a noun phrase describing someone: it opens on a determiner or a
    possessive, and has no verb of its own before a relative clause ("an Iraq War veteran who
    serves…"; not "Pre-war, the terminal would receive…, said X": a clause)."""
    if not _DESCRIBED.match(segment):
        return False
    words = _words(segment)
    cut = next((i for i, w in enumerate(words) if _bare(w) in _RELATIVE), len(words))
    return not any(_bare(w) in _VERBISH and not w[:1].isupper() for w in words[:cut])


def _apposition(segment: str) -> bool:
    first = _bare(segment.split()[0]) if segment.split() else ""
    return first in ("the", "a", "an") and describes_person(segment)


def _participle(segment: str) -> bool:
    """Whether a segment opens a clause on what its subject does or is asked, set aside between
    a name and its verb: "speaking to reporters on Tuesday", "asked for his reaction", "when
    asked Friday who was behind the blasts", "while visiting Kyiv"."""
    words = [_bare(w) for w in segment.split()[:2]]
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    return (
        first.endswith("ing")
        or first in ("who", "which", "whose", "in", "at", "on")
        or first in _ASKED
        or (first in ("when", "while", "after") and (second.endswith("ing") or second in _ASKED))
    )


# Past participles opening an aside on how someone came to speak: "asked for his reaction".
_ASKED = frozenset({"asked", "pressed", "questioned", "interviewed", "quizzed"})


# Words after which a new clause, and so a new subject, may start.
_OPENERS = frozenset(
    """
    while as when if but after before because since though although that whereas once until
    unless so yet then where and or
    """.split()
)


def _valid_suffix(segment: str) -> str | None:
    """The longest end of `segment` that is a valid speaker and starts after a clause
    boundary (the segment's start, or a subordinator: "It comes after President Putin")."""
    words = _words(segment)
    starts = [0] + [
        k + 1
        for k, w in enumerate(words)
        if _bare(w) in _OPENERS
        and (k == 0 or _bare(w) not in ("and", "or", "as"))
        or (_bare(w) == "as" and not (k and _verbish(words[k - 1])))
    ]
    for k in sorted(set(starts)):
        candidate = " ".join(words[k:])
        if candidate and valid_speaker(candidate):
            return candidate
    return None
