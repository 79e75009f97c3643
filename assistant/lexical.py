"""French and English lexical handling shared by BM25 retrieval and the answerer.

Normalisation folds case and accents, unifies typographic apostrophes and quotes, and drops
French elisions (l'OTAN → otan, qu'Européens → europeens). A bilingual alias table maps the
crisis' actors, places and international bodies to one form (Moscow/Moscou, NATO/OTAN, United
States/Etats-Unis, UN/ONU, the Security Council/le Conseil de sécurité), so an English question
meets a French article on names and a French question an English one. Tokens are stemmed
(Snowball, English then French); both languages' function words are stop words, the part of
a month a date names is the month ("fin mars", "early March") and an ordinal its number
("202nd", "202e"). Month and weekday names in both languages are read here; language
detection is a stop-word vote between French and English. A word's other forms (related
words, spellings, numbers) are `word_variants`'; nothing here knows about chunks.
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
# Words quoted within a text, to the end of it when the quotation is left open.
QUOTED = re.compile(r"[“«\"][^”»\"]*(?:[”»\"]|$)")


def inside_quotes(text: str, position: int) -> bool:
    """Whether `position` of `text` is inside words quoted there (`QUOTED`)."""
    return any(m.start() < position < m.end() for m in QUOTED.finditer(text))


STOPWORDS_FR = frozenset(
    """
    a au aux avec ce ces cet cette d dans de des du elle elles en est et etre eu il ils je
    la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ont ou par pas
    pour qu que qui quoi quel quelle quels quelles sa se ses si son sont sur ta te tes toi
    ton tu un une vos votre vous y ete etait sera fait faire comme plus aussi dont cela ca
    selon quand comment combien pourquoi ou est-ce avait avaient sont-ils a-t-il a-t-elle t
    il-y depuis pendant avant apres lors vers chez sans sous entre dit disent disait disaient
    propos avoir ayant etant avons avez etaient seront serait seraient aurait auraient peut
    peuvent pouvait doit doivent devait devrait devant parmi malgre durant aupres
    afin ainsi alors deja encore toujours tres tout tous toute toutes autre autres chaque
    plusieurs certains certaines quelque quelques aucun aucune ceux celle celles celui ceci
    voici voila donc puis ensuite lorsque puisque tandis cependant pourtant neanmoins
    toutefois ici
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
    # international bodies French names by other initials (the WHO's are a question word)
    "omc": ("wto", "world trade organization", "world trade organisation"),
    "fmi": ("imf", "international monetary fund", "fonds monetaire international"),
    "oms": ("world health organization", "world health organisation"),
    # "UN" and "EU" reach the table as "u-n" and "e-u" (`tokens` keeps such acronyms apart from
    # the French "un" and "eu"); the French initials and both languages' full names meet them
    "onu": ("u-n", "united nations", "nations unies", "organisation des nations unies"),
    "union-europeenne": ("e-u", "ue", "european union", "union europeenne"),
    "aiea": (
        "iaea",
        "international atomic energy agency",
        "agence internationale de l'energie atomique",
    ),
    "cpi": ("icc", "international criminal court", "cour penale internationale"),
    "conseil-de-securite": ("security council", "conseil de securite"),
    "droits-humains": ("human rights", "droits de l'homme", "droits humains"),
    "departement-d-etat": ("state department", "department of state", "departement d'etat"),
    "croix-rouge": ("red cross", "croix rouge"),
    "banque-mondiale": ("world bank", "banque mondiale"),
    "opep": ("opec",),
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


@cache
def alias_tokens() -> frozenset[str]:
    """The tokens the alias table writes its entries as ("onu", "conseil-de-securite")."""
    return frozenset(stem(c.replace("_", "-")) for c in set(_alias_pattern()[1].values()))


@cache
def alias_openers() -> frozenset[str]:
    """The first words, folded, of the alias table's entries of several words ("conseil" of
    "conseil de securite", "nations" of "nations unies"): a name run opening one of them may
    be part of a longer alias."""
    return frozenset(key.split()[0] for key in _alias_pattern()[1] if " " in key)


# The months and weekdays in English and French, in order: dates in questions and articles.
MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
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
# How English news abbreviates a title or a place's first word before a name ("Sen. Lindsey
# Graham", "Gen. Mark Milley", "St. Petersburg"): the period ends no sentence, the word is no
# name.
NAME_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Adm Maj Prof Amb Cmdr Brig Rev St Mt Ft"
).split()


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
    stemmed = french.stemWord(english.stemWord(token))
    if stemmed.endswith("ff") and len(stemmed) > 4:
        # Snowball undoubles "ff" after a suffix ("bluffing" → bluf) but keeps the word's own
        # ("bluff", "staffers" → staff): one stem for all their forms
        return stemmed[:-1]
    return stemmed


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
    in capitals that spells a stop word is a word of its own ("UN", "U.N." → u-n; "EU" → e-u,
    which the alias table makes the UN's and the EU's), not the French article "un" or
    participle "eu"."""
    if _ACRONYM.search(text):
        text = _ACRONYM.sub(_acronym_token, text)
    words = _without_month_parts(_WORD.findall(normalize(text).replace("_", "-")))
    return [stem(_number_of(w)) for w in words if keep_stopwords or w not in STOPWORDS]


# An ordinal is its number, as each language writes it: "the 202nd regiment" is "le 202e
# régiment", "1st" is "1er" (a regiment, a brigade, a member of NATO).
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th|e|eme|er|re|ere)")


def _number_of(word: str) -> str:
    """An ordinal's number ("202nd", "202e" → "202"); any other word as it is (only a word
    opening on a digit is matched: tokenising runs over every article at ingest)."""
    found = _ORDINAL.fullmatch(word) if word[:1].isdigit() else None
    return found.group(1) if found else word


# The part of a month a date names ("early March", "fin mars", "mid-May", "mi-mai"): the month
# is the word to match; "fin" and "early" alone are words of their own ("the end", "early on").
_MONTH_PARTS = frozenset("debut fin mi early late mid".split())


def _without_month_parts(words: list[str]) -> list[str]:
    """The words with "early", "fin", "mid-"… dropped before a month's name."""
    kept = []
    for i, word in enumerate(words):
        part, _, month = word.partition("-")
        if part in _MONTH_PARTS and month in MONTH_NUMBERS:
            kept.append(month)
        elif not (word in _MONTH_PARTS and i + 1 < len(words) and words[i + 1] in MONTH_NUMBERS):
            kept.append(word)
    return kept


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


def detect_language(text: str) -> str:
    """'fr' or 'en', by counting each language's stop words (ties go to English)."""
    folded = _ELISION.sub("qu ", fold(text))
    words = re.findall(r"[a-z]+", folded)
    fr = sum(w in STOPWORDS_FR and w not in STOPWORDS_EN for w in words)
    en = sum(w in STOPWORDS_EN and w not in STOPWORDS_FR for w in words)
    if fr == en:
        fr += bool(re.search(r"[éèêàçùôî]|\s[?!]", text)) + bool(re.search(r"\bqu'", folded))
    return "fr" if fr > en else "en"
