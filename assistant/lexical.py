"""French and English lexical handling shared by BM25 retrieval and the answerer.

Normalisation folds case and accents, unifies typographic apostrophes and quotes, and drops
French elisions (l'OTAN → otan, qu'Européens → europeens). A bilingual alias table maps the
crisis' actors and places to one form (Moscow/Moscou, NATO/OTAN, United States/Etats-Unis), so
an English question meets a French article on names; a table of related words links those that
stand for one another in news writing (Moscou, le Kremlin, la Russie), and groups the crisis'
countries with their capitals and seats of power. Tokens are stemmed (Snowball, English then
French). A word's British or American other spelling (theatre, theater) and a month's name in
the other language (mai, May) are proposed here for the bridges to use. Language detection is a
stop-word vote between French and English; nothing here knows about chunks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import snowballstemmer

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
# A word's possessive ending as written ("Beijing's", "UN’s"): the name is the word without it.
POSSESSIVE_END = re.compile(r"[’']s$")
_INVERSION = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous)\b")  # a-t-il, dit-elle
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

STOPWORDS_FR = frozenset(
    """
    a au aux avec ce ces cet cette d dans de des du elle elles en est et etre eu il ils je
    la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ont ou par pas
    pour qu que qui quoi quel quelle quels quelles sa se ses si son sont sur ta te tes toi
    ton tu un une vos votre vous y ete etait sera fait faire comme plus aussi dont cela ca
    selon quand comment combien pourquoi ou est-ce avait avaient sont-ils a-t-il a-t-elle t
    il-y depuis pendant avant apres lors vers chez sans sous entre dit disent disait disaient
    propos
    """.split()
)
STOPWORDS_EN = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves say said says tell told according many much
    """.split()
)
STOPWORDS = STOPWORDS_FR | STOPWORDS_EN

# Canonical (French, as the corpus writes it) ← variants, normalised. Names and places of the
# crisis that English and French spell differently; identical spellings need no entry.
ALIASES: dict[str, tuple[str, ...]] = {
    "moscou": ("moscow", "russian capital", "capitale russe"),
    "washington": ("us capital", "american capital", "capitale americaine"),
    "kiev": ("kyiv", "ukrainian capital", "capitale ukrainienne"),
    "maison-blanche": ("white house", "maison blanche"),
    "chefs-d-etat": (
        "heads of state",
        "head of state",
        "chef d'etat",
        "chefs d'etat",
        "heads of government",
        "chefs de gouvernement",
        "world leaders",
        "dirigeants",
        "dirigeant",
        "leaders",
        "leader",
    ),
    "troupes": ("troops", "troop", "gis", "forces armees", "armed forces"),
    "otan": ("nato", "north atlantic treaty organization", "alliance atlantique"),
    "etats-unis": (
        "united states",
        "united states of america",
        "usa",
        "u.s.",
        "us",
        "etats unis",
        "america",
        "amerique",
    ),
    "americains": ("americans", "american", "americaine", "americaines", "americain"),
    "russie": ("russia",),
    "russes": ("russians", "russian", "russe"),
    "ukraine": ("ukraine",),
    "ukrainiens": ("ukrainians", "ukrainian", "ukrainien", "ukrainienne"),
    "kremlin": ("kremlin",),
    "europe": ("europe",),
    "europeens": ("europeans", "european", "europeen", "europeenne"),
    "europe de l'est": ("eastern europe", "east europe", "europe de l est"),
    "occidentaux": (
        "westerners",
        "western countries",
        "the west",
        "west",
        "occident",
        "western",
        "occidental",
    ),
    "allemand": ("german", "germany", "allemagne"),
    "francais": ("french", "france"),
    "dmitri": ("dmitry", "dmitriy"),
    "poutine": ("putin",),
    "vladimir": ("vladimir",),
    "zelensky": ("zelenskyy", "zelenskiy", "zelenski"),
    "pekin": ("beijing", "peking"),
    "chine": ("china",),
    "londres": ("london",),
    "varsovie": ("warsaw",),
    "crimee": ("crimea",),
    "donbass": ("donbas",),
    "biélorussie": ("belarus",),
    "royaume-uni": ("united kingdom", "uk", "u.k.", "britain", "great britain"),
    "britanniques": ("british", "britannique", "britons", "briton"),
    "premier-ministre": ("prime minister", "premier ministre"),
    "elysee": ("elysee palace",),
    "chancelier": ("chancellor",),
    "porte-parole": ("spokesman", "spokesperson", "spokeswoman"),
    "ambassadeur": ("ambassador", "ambassadors", "ambassadeurs", "ambassadrice", "ambassadrices"),
    "maire": ("mayor", "mayors", "maires"),
    "gouverneur": ("governor", "governors", "gouverneurs"),
    "procureur": ("prosecutor", "prosecutors", "procureurs", "procureure"),
    "president": ("president",),
    "pdg": (
        "ceo",
        "ceos",
        "chief executive",
        "chief executives",
        "chief executive officer",
    ),
}


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


# Unicode's combining marks (accents once NFKD has split them from their letters).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case, without accents, with straight apostrophes ("Suède" → "suede")."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()


@cache
def _alias_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {}
    for canonical, variants in ALIASES.items():
        for variant in (canonical, *variants):
            key = _ELISION.sub("", fold(variant))
            table[key] = _ELISION.sub("", fold(canonical)).replace(" ", "_")
    alternatives = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")
    return pattern, table


# The months and weekdays in English and French, in order: dates in questions and articles.
MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
)
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
# Each month's number by its name in either language, without accents ("fevrier" → 2).
MONTH_NUMBERS = {
    name: number for names in MONTH_NAMES for number, name in enumerate(fold(names).split(), 1)
}
# How English news abbreviates months before a day ("Jan. 6", "Sept. 30"; May never is).
MONTH_ABBREVIATIONS = {
    name[:3]: number for number, name in enumerate(MONTH_NAMES[0].split(), 1) if name != "may"
}
MONTH_ABBREVIATIONS["sept"] = 9


def month_number(word: str) -> int | None:
    """The month a word names ("décembre", "December", "Dec.", "sept."), or None."""
    folded = fold(word)
    if folded.endswith("."):
        return MONTH_ABBREVIATIONS.get(folded[:-1])
    return MONTH_NUMBERS.get(folded)


WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
)


def words_for(text: str, wanted: Iterable[str]) -> str:
    """The words of `text` whose tokens are among `wanted`, as written there ("warn third world
    war like" for the stems warn, third, world, war, lik): what a user may be shown of tokens."""
    keep = set(wanted)
    found = [w for w in _TYPED_WORD.findall(text) if set(tokens(w)) & keep]
    return " ".join(dict.fromkeys(found))


_TYPED_WORD = re.compile(r"[\w’'-]+")


def without_elisions(text: str) -> str:
    """The text without French elided articles ("l’Alliance" → "Alliance"), else unchanged."""
    return _ELISION.sub("", text.translate(_APOSTROPHES))


def normalize(text: str) -> str:
    """Lower case, no accents, straight apostrophes, no elisions, aliases mapped to one form."""
    folded = _INVERSION.sub("", _POSSESSIVE.sub("", _ELISION.sub("", fold(text))))
    pattern, table = _alias_pattern()
    return pattern.sub(lambda m: table[m.group(0)], folded)


@cache
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("english"), snowballstemmer.stemmer("french")


_DESIGNATION_PLURAL = re.compile(r"[a-z]-\d+s$")


@lru_cache(maxsize=100_000)
def stem(token: str) -> str:
    """English then French Snowball stem: both languages' inflections fold, and cognates meet
    (proposed/proposé → propos, confirmed/confirmé → confirm, deployed/déployé → deploy)."""
    if "-" in token or token.isdigit():
        # compounds and aliases ("etats-unis") stay whole; a designation's plural is its
        # singular ("F-16s", "MiG-29s", "S-300s")
        return token[:-1] if _DESIGNATION_PLURAL.search(token) else token
    english, french = _stemmers()
    return french.stemWord(english.stemWord(token))


# A word as written, with its accents, apostrophes and hyphens ("l'OTAN", "Zaporijjia").
SURFACE = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


def single_words(text: str) -> list[tuple[str, str]]:
    """Each word of `text` that makes one token, as written without its elision, with that
    token ("l'OTAN" → ("OTAN", "otan")): what a question's token was typed as."""
    found = []
    for word in SURFACE.findall(text):
        toks = tokens(word)
        if len(toks) == 1:
            found.append((without_elisions(word), toks[0]))
    return found


def tokens(text: str, keep_stopwords: bool = False) -> list[str]:
    """Normalised, stemmed word tokens; stop words dropped unless asked. An acronym written
    in capitals that spells a stop word is a word of its own ("UN", "U.N." → u-n; "EU" → e-u),
    not the French article "un" or participle "eu"."""
    if _ACRONYM.search(text):
        text = _ACRONYM.sub(_acronym_token, text)
    words = _WORD.findall(normalize(text).replace("_", "-"))
    return [stem(w) for w in words if keep_stopwords or w not in STOPWORDS]


# Two to four capitals, or capitals with dots ("U.N."), standing alone or possessive ("UN's").
_ACRONYM = re.compile(
    r"(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)|(?<![\w.'’-])[A-Z]{2,4}(?:['’]s\b)?(?![\w'’-])"
)
_CAPITALS_BEFORE = re.compile(r"[A-Z]{2,}\W*$")
_CAPITALS_AFTER = re.compile(r"^\W*[A-Z]{2,}")


def _acronym_token(match: re.Match[str]) -> str:
    """The acronym's letters joined by hyphens (a token no word has) when they spell a stop
    word that is not an alias ("US" stays the United States); unchanged otherwise, and in a
    run of capitals (a headline: "WAR IS COMING")."""
    letters = POSSESSIVE_END.sub("", match.group(0)).replace(".", "")
    folded = letters.lower()
    if folded not in STOPWORDS or folded in _alias_pattern()[1]:
        return match.group(0)
    text, start, end = match.string, match.start(), match.end()
    if _CAPITALS_BEFORE.search(text[max(0, start - 12) : start]) or _CAPITALS_AFTER.search(
        text[end : end + 12]
    ):
        return match.group(0)
    return "-".join(folded)


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
    word that is no month: a month is the same word in both languages, not one to bridge."""
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


SAME_ROOT_MIN = 5  # letters: "lead" and "leas" are no verb and noun of one root


@cache
def _actor_by_token() -> dict[str, int]:
    return {stem(t): i for i, group in enumerate(ACTOR_GROUPS) for t in group}


def actors(text: str) -> set[int]:
    """Which of the crisis' countries `text` names (indices into `ACTOR_GROUPS`), through any
    word that stands for one: "les Américains" and "Washington" name the same."""
    table = _actor_by_token()
    return {table[t] for t in tokens(text) if t in table}


def detect_language(text: str) -> str:
    """'fr' or 'en', by counting each language's stop words (ties go to English)."""
    folded = _ELISION.sub("qu ", fold(text))
    words = re.findall(r"[a-z]+", folded)
    fr = sum(w in STOPWORDS_FR and w not in STOPWORDS_EN for w in words)
    en = sum(w in STOPWORDS_EN and w not in STOPWORDS_FR for w in words)
    if fr == en:
        fr += bool(re.search(r"[éèêàçùôî]|\s[?!]", text)) + bool(re.search(r"\bqu'", folded))
    return "fr" if fr > en else "en"
