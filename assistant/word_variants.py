"""A word's other forms, for the bridges and the answerers to match a question's word with.

Words standing for one another in news writing (a capital or seat of power for its country,
troops for soldiers) and the crisis' countries as actors; an ordinal's number in either language
and as a Roman numeral; a month's name in the other language; a word's British or American
other spelling; an English verb's noun of the same Latin root. Each only proposes forms as
tokens of `lexical`; whether the corpus holds them, and what they weigh, is the caller's to
decide. Normalising, stemming and tokenising text is `lexical`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from assistant.lexical import MONTH_NAMES, fold, stem, tokens

# An ordinal and the number it stands for, in either language, and as a Roman numeral: "the
# third world war" is "World War Three" (or "III"), "la troisième guerre" is "la guerre trois".
# Left out: "second" ("a second" and "the second largest" count nothing), and what stems as
# another word does: "vi" (the token of "via" and "vie"), "vii" (of "viii" too), "sept" (of
# September's "Sept."), "neuf" (new, in French).
ORDINALS = (
    ("third", "three", "iii", "troisième", "trois"),
    ("fourth", "four", "iv", "quatrième", "quatre"),
    ("fifth", "five", "cinquième", "cinq"),
    ("sixth", "six", "sixième"),
    ("seventh", "seven", "septième"),
    ("eighth", "eight", "huitième", "huit"),
    ("ninth", "nine", "ix", "neuvième"),
    ("tenth", "ten", "dixième", "dix"),
)

# Words that stand for one another in news writing, though they are not the same word: a
# capital or a seat of power for its government (Moscou, le Kremlin, la Russie), "heads of
# state" for the offices that hold the title, troops for the soldiers they are made of. A
# question word matches its group's other words at RELATED_WEIGHT, as a looser match.
RELATED_WEIGHT = 0.8
# The countries of the crisis, each with the words that stand for it (its people, capital and
# seat of power): one actor per group.
ACTOR_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"russie", "russes", "moscou", "kremlin"}),
    frozenset({"etats-unis", "washington", "maison-blanche", "americains"}),
    frozenset({"ukraine", "ukrainiens", "kiev"}),
    frozenset({"francais", "paris", "elysee"}),
    frozenset({"allemand", "berlin"}),
    frozenset({"royaume-uni", "londres", "britanniques"}),
    frozenset({"chine", "pekin"}),
)
RELATED_GROUPS: tuple[frozenset[str], ...] = (
    *ACTOR_GROUPS,
    frozenset({"chefs-d-etat", "president", "chancelier", "premier-ministre"}),
    frozenset({"troupes", "soldats", "militaires"}),
    frozenset({"europe", "europeens", "europe de l'est"}),  # "Eastern European": of Europe
)


# British and American spellings of one word, as suffix rewrites both ways: theatre/theater,
# defence/defense, neighbour/neighbor, organise/organize, analyse/analyze, catalogue/catalog,
# programme/program (the stemmer already folds doubled consonants: travelled, traveled).
_OUR = r"(s|ed|ing|able|ite|ites|hood|hoods|ful)?"
_SPELLING_RULES = tuple(
    (re.compile(rf"(?<=\w\w\w){pattern}$"), replacement)
    for pattern, replacement in (
        (r"tre(s?)", r"ter\1"),
        (r"ter(s?)", r"tre\1"),
        (rf"our{_OUR}", r"or\1"),
        (rf"or{_OUR}", r"our\1"),
        (r"ence(s?)", r"ense\1"),
        (r"ense(s?)", r"ence\1"),
        (r"is(e|es|ed|ing|ation|ations)", r"iz\1"),
        (r"iz(e|es|ed|ing|ation|ations)", r"is\1"),
        (r"ys(e|es|ed|ing)", r"yz\1"),
        (r"yz(e|es|ed|ing)", r"ys\1"),
        (r"ogue(s?)", r"og\1"),
        (r"og(s?)", r"ogue\1"),
        (r"gramme(s?)", r"gram\1"),
        (r"gram(s?)", r"gramme\1"),
    )
)


def spelling_variants(word: str) -> list[str]:
    """The word's other spellings by the British and American rules, for the corpus to
    confirm ("theatre" → theater; "defense" → defence): candidates, not all real words
    ("tour" → tor), lower case as given."""
    found = [rule.sub(replacement, word) for rule, replacement in _SPELLING_RULES]
    if "-" in word:  # "de-escalate", "deescalate"; "co-operation", "cooperation"
        found.append(word.replace("-", ""))
    return [v for v in dict.fromkeys(found) if v != word]


@cache
def _same_month() -> dict[str, tuple[str, ...]]:
    english, french = (fold(names).split() for names in MONTH_NAMES)
    table: dict[str, tuple[str, ...]] = {}
    for en, fr in zip(english, french, strict=True):
        if stem(en) != stem(fr):
            table[stem(en)], table[stem(fr)] = (stem(fr),), (stem(en),)
    return table


def same_month(token: str) -> tuple[str, ...]:
    """A month's token in the other language ("mai" → may, "novembr" → november's), () for a
    word that is no month: a month is the same word in both languages, not one to bridge (the
    middle of a month, "mi-novembre", is that month's token already: `lexical.tokens`)."""
    return _same_month().get(token, ())


def _each_to_the_others(groups: Iterable[Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Each token of a group of words standing for each other → the group's other tokens."""
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        toks = sorted({t for word in group for t in tokens(word)})  # "russie", "russes": one
        for token in toks:
            table[token] = tuple(t for t in toks if t != token)
    return table


@cache
def _same_number() -> dict[str, tuple[str, ...]]:
    return _each_to_the_others(ORDINALS)


def same_number(token: str) -> tuple[str, ...]:
    """The tokens of the same number said otherwise: an ordinal's cardinal and Roman numeral,
    in either language ("third" → three, iii, troisiem, trois), and the reverse."""
    return _same_number().get(token, ())


@cache
def _related_by_token() -> dict[str, tuple[str, ...]]:
    return _each_to_the_others(RELATED_GROUPS)


def related(token: str) -> tuple[str, ...]:
    """The tokens that stand for `token` in news writing ("moscou" → kremlin, russie)."""
    return _related_by_token().get(token, ())


SAME_ROOT_MIN = 5  # letters: "lead" and "leas" are no verb and noun of one root


def same_root(token: str) -> tuple[str, ...]:
    """The token of the same Latin root in English's other form: a verb in "-de" and its noun
    in "-sion" stem apart ("invade" → invad, "invasion" → invas; decid/decis, explod/explos,
    conclud/conclus). Whether the other form is a word is the caller's to check."""
    if len(token) >= SAME_ROOT_MIN and token[-2] in "aeiou":
        if token[-1] == "d":
            return (token[:-1] + "s",)
        if token[-1] == "s":
            return (token[:-1] + "d",)
    return ()


@cache
def _actor_by_token() -> dict[str, int]:
    return {stem(t): i for i, group in enumerate(ACTOR_GROUPS) for t in group}


def actors(text: str) -> set[int]:
    """Which of the crisis' countries `text` names (indices into `ACTOR_GROUPS`), through any
    word that stands for one: "les Américains" and "Washington" name the same."""
    table = _actor_by_token()
    return {table[t] for t in tokens(text) if t in table}
