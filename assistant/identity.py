"""Identity: which person each speaker of an article is, within the article and across articles.

Within an article, a surname or a role ("the Kremlin spokesman") is resolved to the full name
the article gives for it ("Kremlin spokesman Dmitry Peskov"). Across articles, `RoleBook` and
`decide_role` name a role an article only describes when enough articles agree on who holds
it. It reads attributions; it does not find them (`attribution`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.attribution import Attribution
from assistant.speaker_keys import countries_in, entity_key, person_key, role_key
from assistant.speaker_words import _BAD_START, _BODIES, _PERSON_ROLES, _TITLES
from assistant.speakers import (
    _bare,
    _capitalised,
    _display,
    _person_word,
    _plural,
    _split_name,
    describes_person,
    first_names_alike,
    parse_speaker,
    valid_speaker,
)

_NAME_RUN = re.compile(  # within a line: a headline's last word does not open the body's name
    r"(?<![\w’'-])(?:[A-ZÀ-Ý][\w’'.-]*[^\S\n]+){0,5}?"
    r"[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,3}"
)


# Lower-case words that may stand in a role before a name ("Ukraine's foreign minister").
_ROLE_WORDS = (
    _PERSON_ROLES
    | _BODIES
    | frozenset(
        """
        foreign defence defense deputy former senior top chief press national security prime
        vice interior military presidential acting first general state affairs intelligence
        armed human rights high regional city local presidential economic finance justice
        health energy digital emergency situations border guard air naval navy ground
        lieutenant retired policy communications affaires étrangères russe ukrainien
        américain français allemand
        """.split()
    )
)


_APPOSITION = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][\w’'-]+),\s+"
    r"(?P<role>(?:the|a|an|le|la|l['’])\s*[^,.;:!?«»\"“”]{3,60}?),"
)


def _title_case(line: str) -> bool:
    """Whether a line capitalises most of its words, as a headline does: its capitalised runs
    are no names ("Sean Penn Lends Zelenskyy His Oscar")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _known_persons(text: str, speakers: Sequence[str]) -> dict[str, str]:
    """Each person's key → the fullest name the article gives ("peskov" → "Dmitry Peskov"):
    speakers' names, and full names written anywhere in the text."""
    names: dict[str, str] = {}

    def learn(name: str) -> None:
        key = person_key(name)
        if len(name.split()) > len(names.get(key, "").split()):
            names[key] = name

    for speaker in speakers:
        name, _ = parse_speaker(speaker)
        if name:
            learn(name)
    headlines = [m.span() for m in re.finditer(r"[^\n]+", text) if _title_case(m.group(0))]
    for match in _NAME_RUN.finditer(text):
        if any(start <= match.start() < end for start, end in headlines):
            continue  # "Sean Penn Lends Zelenskyy His Oscar": every word capitalised
        name, _ = _split_name(match.group(0))
        if name and len(name.split()) >= 2 and person_key(name) in names and not _verbish(name):
            learn(name)
    return names


def _article_roles(
    text: str, speakers: Sequence[str], persons: dict[str, str]
) -> dict[str, Counter[str]]:
    """Role key → person keys the article gives that role, from its speakers and from
    "Kremlin spokesman Dmitry Peskov" or "Dmitry Peskov, the Kremlin spokesman" anywhere in
    it; the full names found so are added to `persons`."""
    roles: dict[str, Counter[str]] = {}

    def learn(name: str | None, role: str | None) -> None:
        if name and role and describes_person(role) and not _plural(role):
            key = role_key(role)
            if key:
                roles.setdefault(key, Counter())[person_key(name)] += 1
                known = persons.get(person_key(name), "")
                if len(name.split()) > len(known.split()):
                    persons[person_key(name)] = name

    for speaker in speakers:
        learn(*parse_speaker(speaker))
    for name, role in _titled_names(text):
        learn(name, role)
    for match in _APPOSITION.finditer(text):
        name, role = match.group("name"), match.group("role")
        if _split_name(name)[0] == name and valid_speaker(f"{name}, {role}"):
            learn(name, role)
    return roles


def _titled_names(text: str) -> list[tuple[str, str]]:
    """Each full name written after its role ("Kremlin spokesman Dmitry Peskov"), with that
    role: the capitalised run ending on the name, and the role words just before it."""
    words = [m.group(0) for m in re.finditer(r"\S+", text)]
    found = []
    for k, word in enumerate(words):
        if not word[:1].isupper():
            continue
        bare = word.rstrip(",.;:!?)")
        runs_on = bare == word and k + 1 < len(words) and _capitalised(words[k + 1])
        if runs_on or not _person_word(bare) or bare != bare.rstrip("'’"):
            continue  # not the end of a name
        j = k
        while j > 0 and k - j < 9:
            prev = words[j - 1]
            low = _bare(prev)
            if re.search(r"[,;:!?)]$", prev) or (prev.endswith(".") and low not in _TITLES):
                break  # the clause or the sentence ends there
            linking = low in _ROLE_WORDS or low in (
                "of",
                "for",
                "the",
                "to",
                "du",
                "de",
                "la",
                "le",
            )
            if not (linking or (_capitalised(prev) and low not in _BAD_START)):
                break
            j -= 1
        phrase = " ".join(words[j : k + 1]).rstrip(",.;:!?)")
        phrase = re.sub(r"^(?:(?:of|for|the|to|du|de|la|le)\s+)+", "", phrase, flags=re.I)
        tail = re.split(r"\s(?:to|of|for)\s", phrase)[-1]
        if tail != phrase and describes_person(_split_name(tail)[1] or ""):
            phrase = tail  # "adviser to President Volodymyr Zelensky": the title is his
        name, role = _split_name(phrase)
        if name and role and len(name.split()) >= 2 and valid_speaker(phrase):
            found.append((name, role))
    return found


def _identified(
    text: str, result: list[Attribution | None], book: RoleBook | None
) -> list[Attribution | None]:
    """The attributions with `person` and `key` resolved within the article (then `book`)."""
    speakers = list(dict.fromkeys(a.speaker for a in result if a))
    persons = _known_persons(text, speakers)
    roles = _article_roles(text, speakers, persons)
    resolved = {speaker: _resolve(speaker, persons, roles, book) for speaker in speakers}
    first = None
    for speaker, (shown, key) in resolved.items():
        if " " not in shown and key == person_key(shown) and persons.get(key, shown) == shown:
            first = _first_names(text) if first is None else first
            full = first.get(shown)
            if full:  # "Vitali said" in a story on Vitali Klitschko
                resolved[speaker] = full, person_key(full)
    # A speaker named in full with another first name than the fullest name the article gives
    # the surname is another person ("his father, Joey Reed" in a story on Marine Trevor Reed);
    # where two people of one surname speak, the surname alone ("…, Reed said") may be either.
    owns = {speaker: parse_speaker(speaker)[0] or "" for speaker in speakers}
    others = {
        speaker: own
        for speaker, own in owns.items()
        if " " in own and not _verbish(own) and _another_person(own, resolved[speaker][0])
    }
    bearers: dict[str, list[str]] = {}
    for speaker in speakers:
        name, key = others.get(speaker) or resolved[speaker][0], resolved[speaker][1]
        if " " in name:
            bearers.setdefault(key, []).append(name)
    shared = {key for key, names in bearers.items() if _two_bearers(names)}
    identified: list[Attribution | None] = []
    for a in result:
        if a is None:
            identified.append(None)
            continue
        shown, key = resolved[a.speaker]
        own = owns[a.speaker]
        if a.speaker in others:
            shown = others[a.speaker]
        elif key in shared and own.casefold() == shown.split()[-1].casefold():
            shown = own
        identified.append(replace(a, person=shown, key=key))
    return identified


def _verbish(name: str) -> bool:
    """Whether a name opens on a word in -ing or -ed ("Casting Biden", "Twisted Putin"): a
    headline's or a caption's words run into the name, not a first name."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", name.split()[0]))


def _two_bearers(names: list[str]) -> bool:
    """Whether two of the full names are two people: neither first name is the other's."""
    return any(_another_person(n, m) and _another_person(m, n) for n in names for m in names)


def _another_person(name: str, known: str) -> bool:
    """Whether a full name is another person than the fullest name the article gives their
    surname: a first name that name does not hold, nor spells otherwise ("Joey Reed" beside
    "Marine Trevor Reed"; not "Sergey Aksyonov" beside "Sergei Aksyonov")."""
    first = name.split()[0]
    return not any(first_names_alike(first, word) for word in known.split()[:-1])


def _first_names(text: str) -> dict[str, str]:
    """First name → the one full name the article gives it ("Vitali" → "Vitali Klitschko");
    a first name two full names share is left out."""
    found: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        name, _ = _split_name(match.group(0))
        words = name.split() if name else []
        if len(words) >= 2 and words[0][:1].isupper():
            found[words[0]] = name if found.get(words[0], name) == name else ""
    return {first: full for first, full in found.items() if full}


def names_no_one(role: str) -> bool:
    """Whether a role a speaker is given stands for no one person the articles could name:
    several ("Ukrainian officials") or one of many ("a Ukrainian mayor", "un responsable")."""
    words = role.split()
    return not words or _plural(role) or _bare(words[0]) in _INDEFINITE


_INDEFINITE = frozenset(("a", "an", "one", "another", "un", "une"))


def _resolve(
    speaker: str,
    persons: Mapping[str, str],
    roles: Mapping[str, Counter[str]],
    book: RoleBook | None,
) -> tuple[str, str]:
    """(display name, key) of one speaker of the article."""
    name, role = parse_speaker(speaker)
    if name:
        key = person_key(name)
        return persons.get(key, name), key
    if role:
        key = role_key(role)
        if names_no_one(role):
            return _display(speaker), key  # some officials, a spokesman: not one known person
        counts = roles.get(key) or _bare_role_holders(key, roles)
        if counts:
            (best, n), *rest = [*counts.most_common(2), ("", 0)]
            if n > rest[0][1] and best in persons:
                return persons[best], best
        known = book.resolve(key) if book else None
        if known:
            return known[1], known[0]
        return _display(speaker), key
    return _display(speaker), entity_key(speaker)


def _bare_role_holders(key: str, roles: Mapping[str, Counter[str]]) -> Counter[str]:
    """For a bare role ("the mayor"), the one person the article gives it with more words ("Kyiv
    Mayor Vitali Klitschko"); empty else (of two ministers, "the minister" may be either)."""
    holders: Counter[str] = Counter()
    for role, counts in roles.items() if " " not in key else ():
        if key in role.split():
            holders.update(counts)
    return holders if len(holders) == 1 else Counter()


def roles_taught(text: str, found: Sequence[Attribution | None]) -> dict[str, list[str]]:
    """`article_roles` from attributions already computed for the article's sentences."""
    speakers = list(dict.fromkeys(a.speaker for a in found if a))
    persons = _known_persons(text, speakers)
    taught = {}
    for key, counts in _article_roles(text, speakers, persons).items():
        (best, n), *rest = [*counts.most_common(2), ("", 0)]
        if n > rest[0][1] and best in persons:
            taught[key] = [best, persons[best]]
    return taught


@dataclass
class RoleBook:
    """Role → person learnt over many articles, to name a speaker an article only describes
    ("the Kremlin spokesman said" → Dmitry Peskov).

    A role resolves when at least `min_articles` articles give it a person and at least
    `min_share` of them give the same one; one-word roles ("the president") never resolve
    across articles. Built incrementally (`add`/`remove` one article's `article_roles`) and
    kept as a plain dict (`to_dict`/`from_dict`)."""

    articles: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    min_articles: int = 3
    min_share: float = 0.7

    def add(self, source: str, roles: Mapping[str, Sequence[str]]) -> None:
        """Count one article's roles (replacing what was counted for `source` before)."""
        self.articles[source] = {k: [str(v[0]), str(v[1])] for k, v in roles.items()}
        self.__dict__.pop("_counts", None)

    def remove(self, source: str) -> None:
        """Forget what one article taught."""
        self.articles.pop(source, None)
        self.__dict__.pop("_counts", None)

    def _tally(self) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
        cached = self.__dict__.get("_counts")
        if cached is None:
            counts: dict[str, Counter[str]] = {}
            names: dict[str, Counter[str]] = {}
            for roles in self.articles.values():
                for role, (person, display) in roles.items():
                    counts.setdefault(role, Counter())[person] += 1
                    names.setdefault(person, Counter())[display] += 1
            cached = self.__dict__["_counts"] = (counts, names)
        return cached

    def resolve(self, role: str) -> tuple[str, str] | None:
        """(person key, display name) of a role key, when the articles agree enough."""
        counts, names = self._tally()
        return decide_role(
            role, counts.get(role, Counter()), names, self.min_articles, self.min_share
        )

    def to_dict(self) -> dict:
        """A JSON-ready copy."""
        return {
            "articles": {s: dict(r) for s, r in self.articles.items()},
            "min_articles": self.min_articles,
            "min_share": self.min_share,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> RoleBook:
        """The book `to_dict` wrote."""
        return cls(
            {s: {k: list(v) for k, v in r.items()} for s, r in data.get("articles", {}).items()},
            int(data.get("min_articles", 3)),
            float(data.get("min_share", 0.7)),
        )


# Articles that must give a role to the same person for it to be theirs: a body's spokesperson
# speaks for it when several agree; a role a user names ("the head of the European Space
# Agency") is held by the person the articles give it, however few (one names Aschbacher so).
ROLE_ARTICLES = 3
ASKED_ROLE_ARTICLES = 1


def decide_role(
    role: str,
    tally: Mapping[str, int],
    names: Mapping[str, Mapping[str, int]],
    min_articles: int = ROLE_ARTICLES,
    min_share: float = 0.7,
) -> tuple[str, str] | None:
    """(person key, display name) for a role key given how many articles name each person in
    it (`tally`) and each person's display names, when the articles agree enough; one-word
    roles never resolve."""
    if len(role.split()) < 2 or not tally:
        return None
    total = sum(tally.values())
    person, n = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
    if total < min_articles or n < min_articles or n / total < min_share:
        return None
    display = sorted(names.get(person, {person: 1}).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return person, display


def decide_country(
    roles: Sequence[tuple[str, int]], min_articles: int = 3, min_share: float = 0.7
) -> int | None:
    """The crisis country (an index into `word_variants.ACTOR_GROUPS`) that a person's roles give
    them ("Ukrainian President" → Ukraine; role key and articles for each role), when the
    articles agree as much as `decide_role` asks of a role's holder; else None."""
    tally: Counter[int] = Counter()
    for role, articles in roles:
        for country in countries_in(role):
            tally[country] += articles
    if not tally:
        return None
    total = sum(tally.values())
    country, n = max(tally.items(), key=lambda kv: (kv[1], -kv[0]))
    return country if n >= min_articles and n / total >= min_share else None
