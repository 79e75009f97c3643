"""What a number question asks, read from its text alone: what it counts or sizes ("tanks",
"the Russian deployment"; a toll counts the people killed), whether its answer is a sum of money
("how much did it cost", "combien touche…"), a vote's or a match's count ("by what margin"), a
length of time ("how long"), the unit of time a figure is asked per ("each month"), whether it
asks a court's sentence. Its kind is `question_kinds`'; how it opens and whom it is asked of,
`question_source`'s; which figure of a passage answers is `values`' and the answerers'.
"""

from __future__ import annotations

import re

from assistant.figures import ABOUT, NUMBER_RE
from assistant.lexical import STOPWORDS, tokens
from assistant.question_source import opens_question

# A share asked ("What percentage of Finns…", "Quelle part des transactions…"): its answer is a
# percentage ("1.5% of SWIFT transactions"), not any figure beside it ("the last 100 years").
_SHARE = re.compile(
    r"\bwhat (?:percentage|share|proportion|fraction)\b|\bquel(?:le)?s? (?:pourcentage|part|"
    r"proportion)\b",
    re.I,
)
# Words that ask for a figure, a sum or a size.
NUMBER_ASKED = re.compile(
    rf"\b(?:how many|how much|combien|nombre\b|number of|quantit)|{_SHARE.pattern}", re.I
)
# A question asking how long something lasted or took ("How long did the call last?", "Combien
# de temps a duré l'appel ?", "Quelle a été la durée…"), not how long ago it happened (a date):
# its figure is one of time ("25 minutes", "355 days").
_DURATION = re.compile(
    r"\b(?:for |in )?how long\b(?!\s+ago)|\b(?:pendant |depuis |en )?combien de temps\b(?!\s+apr[eè]s)|"
    r"\bquelle (?:a été|est|était|fut) la durée\b|\bwhat was the (?:length|duration) of\b",
    re.I,
)
DURATION_COUNTED = {
    "en": "minutes, hours, days, weeks, months or years",
    "fr": "minutes, heures, jours, semaines, mois ou années",
}


_TIME_UNIT = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|secondes?|heures?|"
    r"jours?|journées?|semaines?|mois|ans|années?|décennies?)\b",
    re.I,
)


def measures_time(figure: str) -> bool:
    """Whether a figure is a length of time ("25 minutes", "355 days", "trois semaines")."""
    return bool(_TIME_UNIT.search(figure))


def duration_asked(text: str) -> str:
    """How a question opening on it (or on it after what it tells first: "…, interrogé sur Fox
    au onzième jour, en combien de temps…") asks how long something lasted, as typed ("How
    long", "Combien de temps"), or '': "What did Milley say about how long the war could last?"
    asks what he said."""
    found = _DURATION.search(text)
    told_first = found and text[: found.start()].rstrip().endswith(",")
    return found.group(0) if found and (opens_question(text, found) or told_first) else ""


# Questions whose answer is a vote's or a match's count ("What was the final tally of the Senate
# vote", "by what margin", "quel a été le score", "par combien de voix").
_TALLY = re.compile(
    r"\b(?:what|how)\s+(?:was|were|is)\s+the\s+(?:final\s+)?(?:vote|tally|score|count|margin)\b|"
    r"\b(?:final|vote)\s+(?:tally|count|score)\b|\bby (?:what|how large a|how much of a) margin\b|"
    r"\bresult of the (?:[\w-]+\s+){0,3}?(?:vote|match|game|ballot)\b|"
    r"\bquel(?:le)?\s+(?:a été|était|est|fut)\s+(?:le|la)\s+(?:score|décompte|résultat du vote)\b|"
    r"\b(?:par|à) combien de voix\b",
    re.I,
)
# Questions whose answer is a sum of money: a price, a cost, an amount of aid ("How much does a
# Big Mac cost", "How much aid did the Senate approve", "Quel est le montant de l'aide",
# "Combien coûte…"), not a quantity ("how much of Ukraine", "how many tanks").
_AMOUNT = re.compile(
    r"\bhow much (?:[\w'’-]+\s+){0,3}?(?:money|aid|funding|funds|assistance|financing|budget|"
    r"spending)\b|"
    r"\bhow much (?:[\w'’-]+\s+){0,9}?(?:cost|costs|costing|spend|spent|pay|paid|pledged?|"
    r"worth|earn|earns|earned|revenue|revenues|salary|wages?)\b|"
    r"\bhow much (?:did|does|do|would|will|could|can|should)\s+(?:[\w'’-]+\s+){1,3}?(?:get|got|"
    r"receive|received|make|made)\b|"
    r"\b(?:what|which) (?:is|was|are|were|will be) the (?:[\w-]+\s+)?(?:price|cost|amount|"
    r"value|budget|salary|wage)s?\b|"
    r"\bcombien (?:co[uû]t\w*|pa[yi]\w*|d[ée]pens\w*|vau[tx]|valai\w*|d['’]argent|d['’]euros|"
    r"de dollars|d['’]aide)|"
    r"\bcombien (?!de\b|d['’]|en (?:a|ont|avait|avaient)\b)(?:[\w'’-]+\s+){0,5}?(?:vers|pay|dépens|depens|débours|debours|co[uû]t|"
    r"débloqu|debloqu|gagn|touch|per[çc]|re[çc]oi|re[çc]u)\w*|"
    r"\bquel(?:le)?s? (?:est|était|a été|fut|sont|étaient) (?:le|la|les) (?:prix|co[uû]ts?|"
    r"montants?|valeur|budget|salaires?|soldes?)\b|"
    r"\bquel(?:le)? (?:montant|prix|co[uû]t|somme|budget|salaire|solde)\b",
    re.I,
)


def toll_asked(text: str) -> str:
    """The toll a question asks for, as typed ("death toll", "bilan"), or '': how many people
    an attack or a disaster killed."""
    found = _TOLL.search(text)
    return found.group(0) if found else ""


# A question asking what sentence a court gave or someone faces: "À quelle peine a-t-il été
# condamné ?", "What is the maximum sentence he faces?", "Quel verdict le tribunal a-t-il
# rendu ?" (not "Did the Kremlin rule out the death penalty?", nor when a verdict was due).
_PENALTY_ASKED = re.compile(
    r"\bwhat\s+(?:(?:is|was|were|are)\s+the\s+)?(?:(?:maximum|prison|jail|likely|possible)\s+)?"
    r"(?:sentences?|penalty|penalties|punishment|verdict)\b|"
    r"\bhow long\b.{0,60}\b(?:jail|prison|sentenced|behind bars)\b|"
    r"\bquel(?:le)?s?\s+(?:\w+\s+)?(?:peines?|verdict|condamnations?)\b|"
    r"\bcombien d['’](?:années|ans) de prison\b",
    re.I,
)


# The words of such a question that the sentence given answers for: not to be found beside it.
PENALTY_WORDS = frozenset(
    tokens("sentence sentenced penalty punishment verdict peine condamné condamnation")
)


def asks_penalty(text: str) -> bool:
    """Whether the answer is a sentence a court gave or someone faces ("life in prison")."""
    return bool(_PENALTY_ASKED.search(text))


def asks_share(text: str) -> bool:
    """Whether the answer is a share: a percentage."""
    return bool(_SHARE.search(text))


def asks_amount(text: str) -> bool:
    """Whether the answer is a sum of money: a price, a cost, an amount of aid."""
    return bool(_AMOUNT.search(text))


# What a number question counts ("additional US troops", "chars"), or whose size it asks
# ("How large is the reinforcement…", "Quelle est l'ampleur du déploiement…").
_COUNTED = [
    re.compile(p, re.I)
    for p in (
        r"\b(?:how many|how much|number of|combien d['’]|combien de|combien|nombre d['’]|"
        r"nombre de)\s*(?P<what>(?:[^?,;]|,(?=\d))+?)(?=\s+(?:are|were|is|was|has|have|had|did|does|do|will|"
        r"would|could|can|sont|ont|a|avait|avaient|était|étaient|etaient|sera|seront|devait|"
        r"devaient|doivent|pourraient|se|s['’]|la|le|les|l['’]|selon|according|by|in|en|aux?|"
        r"dans|near|at|son|sa|ses|leur|leurs|died|perished|[\w-]+(?:ait|aient))\b|[?;]|,(?!\d)|$)",
        r"\b(?:how (?:large|big)|what size)\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<what>[^?,;]+?)"
        r"(?=\s+(?:heading|going|sent|deployed|that|in|to|near|at|on)\b|[?,;]|$)",
        # the size asked ("What was the scale of…", "Quelle est l'ampleur du…"), not a topic
        # ("quelle ligne… sur l'ampleur de l'opération")
        r"\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:size|scale) of\s+(?:the\s+)?"
        r"(?P<what>[^?,;]+?)(?=\s+(?:in|to|near|at|on)\b|[?,;]|$)",
        r"\bquel(?:le)?s?\s+(?:est|était|etait|sont|étaient|etaient|serait|sera)\s+"
        r"(?:la taille|l['’]ampleur|l['’]importance)\s+(?:de la|de l['’]|des|du|de|d['’])\s*"
        r"(?P<what>[^?,;]+?)(?=\s+(?:en|vers|à|aux?|près)\b|[?,;]|$)",
    )
]


# A toll asked for is a number of people killed: "What was the death toll of…", "Quel est le
# bilan de la frappe…" count the dead, as the articles' figures do ("300 people", "50 morts").
_TOLL = re.compile(
    r"\b(?:death toll|toll of|the toll|casualty (?:figures?|count)|bilan|nombre de (?:morts|"
    r"victimes|tués))\b",
    re.I,
)
TOLL_COUNTED = {"en": "people killed", "fr": "personnes tuées"}


def counted_as(counted: str, language: str) -> str:
    """What a number question's figures are matched with: what it counts, as worded, but the
    people killed for a toll ("bilan" counts no figure's words, "300 people" are the dead),
    and units of time for a duration."""
    if duration_asked(counted):
        return DURATION_COUNTED[language]
    return TOLL_COUNTED[language] if toll_asked(counted) else counted


# "How much would they get…", "Combien coûte…": a verb follows the question word, which counts
# no thing named ("combien de soldats" does).
_AUXILIARIES = frozenset(
    "did do does would will could can should might must is are was were has have had".split()
)
_COUNTS_NOTHING = re.compile(r"combien(?!\s*d['’]|\s*de\b)", re.I)


_NAMED_COUNT_MAX = 5  # words a count's phrase keeps at most when a name opens it

# The whole a count is taken from, and the figure the question gives of it: "how many of the
# roughly 50,000 school-age refugee children…" counts children, "how many of the town's 29
# high-rise buildings…" buildings ("of them" stays a pronoun).
_OF_ALL = re.compile(
    r"^(?:(?:of\s+(?:the|those|these|its|their)|parmi\s+les|d['’]entre\s+les)\s+"
    r"(?:[\w-]+['’]s\s+)?|of\s+[\w-]+['’]s\s+)"
    rf"(?:{ABOUT}\s+)*(?:(?:{NUMBER_RE.pattern})\s+)?(?=\w)",
    re.I,
)


def counted_thing(text: str) -> str:
    """The thing a number question counts or sizes, as worded, in at most three words (four when
    the third is the "de" or "of" before a noun: "comprimés d'iodure de potassium") and the
    names qualifying it after them ("systèmes de défense aérienne NASAMS": "systèmes de défense
    NASAMS"; French names what is counted after the noun, English before it), not a name a
    preposition introduces ("heures de conversation avec Poutine"); a name of three words or
    more opening it is read through to the noun it qualifies ("U.S. Air Force personnel")."""
    for pattern in _COUNTED:
        match = pattern.search(text)
        if match:
            words = _OF_ALL.sub("", match.group("what")).split()
            if _COUNTS_NOTHING.match(match.group(0)) or words[0].lower() in _AUXILIARIES:
                return ""  # "how much would they get", "combien toucheraient-ils": a verb follows
            names = [
                w
                for before, w in zip(words[2:], words[3:], strict=False)
                if w[:1].isupper() and before.lower() not in STOPWORDS  # not "avec Poutine"
            ]
            of = _OF_WHOM.match(text, match.end("what")) if len(words) == 2 else None
            if of and words[-1].lower() in OF_WORDS:  # "membres de | la Rosgvardia"
                return " ".join([*words, *of.group(0).split()])
            # "comprimés d'iodure de | potassium": a cut never ends on the "of" before its noun
            cut = 4 if len(words) > 3 and words[2].lower() in OF_WORDS | {"of"} else 3
            # "U.S. Air Force | personnel": a name of three words or more qualifies the noun
            # counted after it, which the cut must keep
            named = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            if named >= cut:
                cut = min(named + 1, _NAMED_COUNT_MAX)
            return " ".join(words[:cut] + names)
    return ""


# What a follow-up counts by a pronoun: "How many of them…", "Combien d'entre eux…".
_OF_THEM = re.compile(r"(?:of\s+)?(?:them|those|these)|(?:d['’]\s*)?entre\s+(?:eux|elles)", re.I)


def counts_by_pronoun(counted: str) -> bool:
    """Whether what a number question counts is a pronoun standing for what was named before
    ("of them", "entre eux")."""
    return bool(_OF_THEM.fullmatch(counted))


# What a French count is of, after the noun, which the words a count stops at cut off
# ("Combien de membres de la Rosgvardia…": "membres de" counts nothing yet).
OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
_OF_WHOM = re.compile(r"\s*(?:(?:la|le|les)\s+|l['’])[\w-]+(?:\s+[A-Z][\w-]*)*")


# Units a count may be asked in, by what they measure: "how many tonnes" is answered by a
# figure in tonnes or pounds, "combien de kilomètres" by one in kilometres or miles.
_UNIT_FAMILIES = [
    frozenset(words.split())
    for words in (
        "ton tons tonne tonnes kg kilogram kilograms kilogramme kilogrammes kilo kilos pound "
        "pounds lb lbs",
        "km kilometer kilometers kilometre kilometres kilomètre kilomètres mile miles",
        "hectare hectares acre acres",
        "litre litres liter liters gallon gallons barrel barrels baril barils",
    )
]


def units_of(counted: str) -> frozenset[str]:
    """The words of the units what a number question counts is in (`counted_thing`: "tons of
    supplies", "tonnes de céréales": the units of mass), or none."""
    first = counted.split()[0].lower() if counted.strip() else ""
    return next((family for family in _UNIT_FAMILIES if first in family), frozenset())


def asks_size(text: str) -> bool:
    """Whether a number question asks the size of something ("How big was the oil production
    cut", "Quelle est l'ampleur du déploiement"): its figure measures it ("by two million
    barrels a day"), it does not count it."""
    return any(pattern.search(text) for pattern in _COUNTED[1:])


# The units of time a figure is asked or given per, by the nouns ("each month", "par mois") and
# the adjectives ("monthly", "mensuel") that name them (`values.gives_rate` reads them too).
RATE_NOUNS = {
    "day": ("day", "jour"),
    "week": ("week", "semaine"),
    "month": ("month", "mois"),
    "year": ("year", "an", "année"),
}
RATE_ADJECTIVES = {
    "day": ("daily", "quotidien"),
    "week": ("weekly", "hebdomadaire"),
    "month": ("monthly", "mensuel"),
    "year": ("yearly", "annually", "annuel"),
}
_RATE_UNITS = {
    word: unit
    for table in (RATE_NOUNS, RATE_ADJECTIVES)
    for unit, words in table.items()
    for word in words
}
_RATE = re.compile(
    r"\b(?:each|per|a|every|par|chaque)\s+(?P<unit>"
    + "|".join(w for words in RATE_NOUNS.values() for w in words)
    + r")\b|\b(?P<adj>"
    + "|".join(w for words in RATE_ADJECTIVES.values() for w in words)
    + ")",
    re.I,
)


def rate_asked(text: str) -> str:
    """The unit of time a number question asks a figure per ("day", "week", "month", "year":
    "how much is it costing each month", "combien par jour"), or ''."""
    if not (NUMBER_ASKED.search(text) or asks_amount(text)):
        return ""
    found = _RATE.search(text)
    if not found:
        return ""
    return _RATE_UNITS[(found.group("unit") or found.group("adj")).lower()]


# A count of the dead asked by its verb: "How many crew members were killed…", "Combien de
# personnes ont été tuées…" (a toll asked by its noun is `_TOLL`'s).
_DEATHS_ASKED = re.compile(
    r"\b(?:how many|combien)\b[^?]*?\b(?:killed|died|dead|perished|lost their lives|tu[ée]e?s|"
    r"morte?s|mort|péri|décédée?s)\b",
    re.I,
)


def deaths_asked(text: str) -> bool:
    """Whether a number question counts the dead by its verb ("…were killed when it sank"): a
    figure that counts them says so ("510 members of the crew" evacuated count no dead)."""
    return bool(_DEATHS_ASKED.search(text))


def asks_tally(text: str) -> bool:
    """Whether the answer is a vote's or a match's count ("by what margin", "quel a été le
    score")."""
    return bool(_TALLY.search(text))


_AGE_ASKED = re.compile(r"\b(?:how old|(?:at )?what age|(?:à )?quel âge)\b", re.I)
AGE = {"en": "age", "fr": "âge"}  # what an age question asks, in its language


def asks_age(text: str) -> bool:
    """Whether the answer is someone's age ("How old was…", "Quel âge avait…")."""
    return bool(_AGE_ASKED.search(text))


# A second value asked after the first: "How many checkpoints did they pass, and how long did the
# drive take?", "combien d'ordinateurs…, et combien coûterait…", "quelle part…, contre combien
# avant l'invasion ?", "…and what was the price of each one?".
_SECOND_VALUE = re.compile(
    # "…, and by how much would Russia's economy contract?", "…, et quel âge a-t-il
    # aujourd'hui ?"
    r"(?:\band\b|\bet\b|\bcontre\b|,)\s*(?:(?:by|de)\s+)?(?:how (?:many|much|long|large|big|old)|"
    r"combien|quel âge|what age|"
    r"what (?:was |is |were |are )?(?:the )?(?:price|cost|share|number|percentage|total)|"
    r"quel(?:le)?s? (?:est |était |sont )?(?:le |la |les )?(?:prix|coût|part|nombre|total))\b",
    re.I,
)
# A share asked first: "what share…", "quelle part…".
_SHARE_ASKED = re.compile(
    r"\b(?:what (?:share|percentage|proportion)|quelle (?:part|proportion))\b", re.I
)


def asks_two_values(text: str) -> bool:
    """Whether a number question asks for a second value after its first ("…, and how many
    would arrive soon?"): an answer gives both."""
    return _second_value(text) is not None


def _second_value(text: str) -> re.Match[str] | None:
    firsts = [m for m in (NUMBER_ASKED.search(text), _SHARE_ASKED.search(text)) if m]
    first = min(firsts, key=lambda m: m.start(), default=None)
    return _SECOND_VALUE.search(text, first.end()) if first else None


def also_counted(text: str) -> str:
    """The second thing a number question counts ("…how many Russians had crossed into
    Kazakhstan, and how many Russian citizens had entered the EU?": "Russian citizens"), as
    `counted_thing` words it; '' when it asks one value, or its second counts no thing ("and
    how many would arrive soon": a verb follows; "and how many of them": a part of the
    first)."""
    second = _second_value(text)
    counted = counted_thing(text[second.start() :]) if second else ""
    return "" if _PART_OR_PLACE.match(counted) else counted


_PART_OR_PLACE = re.compile(r"(?:of|from|entre|d['’]entre)\b", re.I)
