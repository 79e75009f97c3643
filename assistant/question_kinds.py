"""What a question asks for, read from its text alone: its kind (a quote, a number, a date, a
person, or anything else), what a wh-question asks about ("the population", "oil prices"),
whether its answer is a cause ("why"), a name ("who", "where", "which country"), a person, a
place or a year ("en quelle année"), the act a who-question opens on, the outcome a question
asks finally happened, and what a question tells before asking and what it asks. What a number
question counts, sums or rates is `question_values`'. It knows neither the corpus nor the
history; the speaker of a quote question is `question_speaker`'s, the question as a whole
`query`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.chunking import sentence_spans
from assistant.lexical import tokens
from assistant.question_values import (
    NUMBER_ASKED,
    SOURCE_FIRST,
    asks_amount,
    counted_thing,
    duration_asked,
    opens_question,
    toll_asked,
)

# Verbs that ask what someone said though they are not "say": whether someone confirmed,
# denied, thought or wrote something ("Did the Kremlin confirm…", "Qu'a écrit Boris Johnson…").
# Read by the question's kind here and by the speaker patterns of `question_speaker`.
ASKED_SAYING_EN = (
    r"confirm(?:ed|s)?|den(?:y|ied|ies)|wr(?:ite|ites|ote)|tweet(?:ed|s)?|think|thought|"
    # "believed to be serving with…" hedges a fact; it asks for no one's belief
    r"believe[sd]?(?!\s+to\b)|explain(?:ed|s)?"
)
ASKED_SAYING_FR = (
    r"confirm(?:é|ée|er|e)|démenti\w*|dementi\w*|nié|nier|nie|écrit|ecrit|écrivai(?:t|ent)|"
    r"tweeté|tweete|expliqu\w*|rétorqu\w*|retorqu\w*"
)
_QUOTE_EN = re.compile(
    r"\b(?:say|said|says|saying|quotes?|quoted|declared?|declares|stated|statements?|words|"
    r"remarks?|comments?|commented|tell|told|claim(?:ed|s)?|react(?:ed)?|phrase|expression|"
    r"answer(?:ed|s)?|repl(?:y|ied|ies)|"
    # "speak about" states something; "speak with Putin" is a conversation, not a quote
    r"(?:speak|spoke)(?!\s+(?:with|to)\b)|"
    rf"deplor\w*|regret\w*|lament\w*|urge[sd]?|warn(?:ed|s)?|according to|{ASKED_SAYING_EN})\b",
    re.I,
)
_QUOTE_FR = re.compile(
    r"\b(?:dit|dire|disent|disai(?:t|ent)|pensai(?:t|ent)|déclar\w*|declar\w*|affirm\w*|propos|cit(?:é|e|er|ent|ez|ait|aient|ée?s?)|réagi\w*|déplor\w*|"
    r"paroles?|regrett\w*|exhort\w*|qualifi\w*|répond\w*|repond\w*|dénonc\w*|denonc\w*|"
    r"expression|termes|"
    rf"averti\w*|comment(?:é|ée|és|ait|er)|selon|d'après|{ASKED_SAYING_FR})\b",
    re.I,
)
_WHY = re.compile(
    r"\b(?:why|pourquoi|for what reasons?|pour quelles? raisons?)\b|"
    # "What reasons did he give…", "What was the reason…", "Quelles raisons…"
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+(?:the\s+)?)?(?:main\s+)?reasons?\b|"
    r"\bquel(?:le)?s?\s+(?:(?:est|sont|était|étaient)\s+(?:la|les)\s+)?raisons?\b",
    re.I,
)
_DATE = re.compile(
    r"\b(?:when|quand|(?:what|which) (?:dates?|days?|years?)|quelles? dates?|quels? jours?|"
    r"quelle année)\b",
    re.I,
)
# A year is the answer ("In what year…", "En quelle année…"), or may be ("Depuis quand…": since
# 1980, or since 24 February).
_YEAR = re.compile(r"\b(?:what year|which year|quelle année|since when|depuis quand)\b", re.I)


def asks_year(text: str) -> bool:
    """Whether a year standing alone answers the question ("in 2007", "since 1980")."""
    return bool(_YEAR.search(text))


_WHO = re.compile(
    r"\b(?:which (?:leaders?|countries|country|people|person)|"
    r"quels? (?:dirigeants?|pays)|quelles? personnes?)\b",
    re.I,
)
_WHO_WORD = re.compile(r"\b(?:who|qui)\b", re.I)
_AFTER_COLON = re.compile(r"[:;]\s*$")


def _asks_who(text: str) -> bool:
    """Whether a question asks who: "who"/"qui" opening it (`opens_question`: "So who…", "Et
    qui…"), or after a colon ("Netflix a mis en pause… : qui réalisait…"), or "which people"."""
    first = _WHO_WORD.search(text)
    if first and (opens_question(text, first) or _AFTER_COLON.search(text[: first.start()])):
        return True
    return bool(_WHO.search(text))


# Named kinds whose names are people's ("which US diplomat", "quel sénateur", "which pro-Kremlin
# politician", "quel magnat ukrainien").
_PERSON_KINDS = (
    "member|diplomat|senator|official|leader|minister|president|singer|artist|conductor|"
    "ambassador|spokesman|spokeswoman|general|commander|journalist|reporter|player|person|"
    "politician|lawmaker|mayor|governor|businessman|businesswoman|tycoon|mogul|oligarch|"
    "billionaire|actor|actress|athlete|activist|soldier|pilot|officer|prosecutor|judge|envoy|"
    "negotiator|astronaut|cosmonaut|writer|author|musician|chancellor|prince|princess|king|"
    "queen|adviser|advisor|aide|correspondent|photographer|editor|presenter|anchor|captain|"
    "colonel|lieutenant|director|lawyer|analyst|economist|historian|scientist|doctor|nurse|"
    "student|volunteer|priest|man|woman|marine|star|fighter|serviceman|servicewoman|resident|"
    "refugee|teenager|boy|girl|mother|father|daughter|wife|husband|"
    "membre|diplomate|sénateur|senateur|responsable|dirigeant|ministre|président|chanteur|"
    "chanteuse|artiste|ambassadeur|ambassadrice|porte-parole|général|commandant|journaliste|"
    "joueur|joueuse|personne|politicien|politicienne|homme politique|femme politique|député|"
    "députée|maire|gouverneur|homme d'affaires|magnat|oligarque|milliardaire|acteur|actrice|"
    "athlète|militant|militante|soldat|pilote|officier|procureur|juge|émissaire|envoyé|"
    "négociateur|astronaute|cosmonaute|écrivain|musicien|chancelier|roi|reine|conseiller|"
    "conseillère|correspondant|correspondante|photographe|rédacteur|rédactrice|présentateur|"
    "présentatrice|capitaine|colonel|lieutenant|directeur|directrice|avocat|avocate|analyste|"
    "économiste|historien|historienne|scientifique|médecin|infirmier|infirmière|étudiant|"
    "étudiante|bénévole|prêtre|homme|femme|marin|vedette|star|combattant|combattante|habitant|"
    "habitante|réfugié|réfugiée|adolescent|adolescente|garçon|fille|mère|père|fils|épouse|mari"
)
# Questions whose answer is a name: a place ("where", "in which city") or someone or something
# of a kind that is named ("which US diplomat", "quel sénateur", "which singer", "quel groupe").
_NAMED_KINDS = (
    "city|cities|town|country|countries|place|region|team|group|band|company|firm|newspaper|"
    "channel|ville|pays|lieu|région|equipe|équipe|groupe|entreprise|journal|chef|" + _PERSON_KINDS
)
# "which US diplomat", "which Russian naval officer", "quel sénateur": a kind of `kinds` asked
# for. In English two words that describe it may come before it, not a verb, an article nor a
# possessive ("What did the official say" asks no official's name); in French one may ("quel
# ancien ministre"), as adjectives mostly follow ("quel officier de marine russe": "quelle
# position son chef…" asks a position).
_NOT_BEFORE_KIND = (
    r"(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|the|a|an|"
    r"his|her|its|their|le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ont|est|sont)\b)"
)
_WHICH = (
    r"(?:\b(?:which|what)\s+(?:" + _NOT_BEFORE_KIND + r"[\w-]+\s+){{0,2}}?"
    r"|\b(?:quel|quelle|quels|quelles)\s+(?:" + _NOT_BEFORE_KIND + r"[\w-]+\s+)?)"
    r"(?:{kinds})s?\b"
)
_NAMED_ANSWER = re.compile(r"^\s*(?:where|où)\b|" + _WHICH.format(kinds=_NAMED_KINDS), re.I)
# The thing a wh-question asks about: "What is the population of…", "Which cities have…",
# "How did oil prices react…", "Quel est le bilan…", "Quelles sanctions…".
_HEAD = [
    re.compile(p, re.I)
    for p in (
        r"^(?:what|which)\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?P<head>[\w-]+(?:\s+[\w-]+)?)"
        r"\s+(?:of|on|in|for|about|between)\b",
        r"^(?:what|which)\s+(?P<head>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:has|have|had|did|do|does|"
        r"is|are|was|were|will|would|can|could)\b",
        r"^how\s+(?:did|do|does|have|has)\s+(?P<head>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:react|"
        r"respond|change|evolve|move|fall|rise|develop)",
        r"^quel(?:le)?s?\s+(?:est|sont|était|étaient|fut)\s+(?:le|la|les)\s+(?P<head>[\w-]+)",
        r"^quel(?:le)?s?\s+(?P<head>[\w-]+(?:\s+[\w-]+)?)\s+(?:a|ont|avait|avaient|est|sont|"
        r"la|le|les|l['’])",
    )
]


def asked_sentence(text: str) -> str:
    """The sentence that asks, after the context a question may open on: "Two Danish reporters
    were shot near Okhtyrka in February. Who were they?" asks "Who were they?"; the whole text
    when it is one sentence, or its last does not ask."""
    text = text.strip()
    spans = sentence_spans(text)
    if len(spans) < 2:
        return text
    last = text[spans[-1][0] : spans[-1][1]]
    return last if last.endswith("?") and last[:1].isupper() else text


def head_of(text: str) -> str:
    """What a wh-question asks about, as worded ("population", "oil prices"), or ''."""
    text = asked_sentence(text)
    for pattern in _HEAD:
        match = pattern.search(text)
        if match and tokens(match.group("head")):
            return match.group("head")
    return ""


# A clause opening on "when" then the question itself: "When asked whether…, what did the IAEA
# chief say?", "Quand on lui a demandé si…, qu'a répondu le directeur ?"
_ASKED_AFTER_CLAUSE = re.compile(
    r"^\s*(?:when|quand)\b[^?]*?,\s*(?:what|how|who|why|which|qu['’]|que|quel\w*|comment|"
    r"qui|pourquoi)\b",
    re.I,
)


def question_kind(text: str, language: str) -> str:
    """The kind of answer the question asks for: "quote", "number", "date", "who" or "other",
    read from the sentence that asks (`asked_sentence`)."""
    text = asked_sentence(text)
    why = _WHY.search(text)
    # A question asking for a value is about that value, even when it names a verb of saying;
    # one opening with "why" asks a cause, whatever figure it names ("Why were fewer…").
    asks_value = NUMBER_ASKED.search(text) or counted_thing(text) or asks_amount(text)
    if (asks_value or toll_asked(text) or duration_asked(text)) and not (
        why and opens_question(text, why)
    ):
        return "number"
    date = _DATE.search(text)
    asked_after = _ASKED_AFTER_CLAUSE.search(text)  # "When asked if…, what did Grossi say?"
    if (
        date
        and not asked_after
        and (
            date.group(0).lower() not in ("when", "quand")
            or opens_question(text, date)
            or _ENDS_ON_WHEN.search(text)
        )
    ):
        return "date"  # not "Where was he when the invasion began?"
    after_clause = asked_after.group(0).split(",")[-1].strip().lower() if asked_after else ""
    if _asks_who(text) or after_clause in ("who", "qui"):  # "When Sullivan left…, who was…"
        return "who"
    # Each language's verbs of saying: a French "Comment…" is "how", not "comment".
    if (_QUOTE_FR if language == "fr" else _QUOTE_EN).search(text):
        return "quote"
    if language != "fr" and _RESPONSE_ASKED.search(text):
        return "quote"
    return "other"


# How someone responded is what they said ("How did Alina Kabaeva respond to…"); whether they
# did ("Did Putin respond to Musk's challenge?") is a yes/no question on what happened.
_RESPONSE_ASKED = re.compile(r"^\s*(?:and\s+)?(?:how|what)\b[^?]*\brespond(?:ed|s)?\b", re.I)


# French puts the question word last when speaking: "Il est né quand exactement ?"
_ENDS_ON_WHEN = re.compile(r"\bquand(?:\s+(?:exactement|donc|déjà|ça))?\s*\?*\s*$", re.I)


# What a "who" question asks was done, when the question opens on it: "Who won…", "Who has
# replaced…", "Qui a remplacé…", "Qui accuse…"; not "Who is…" (no act) nor "Who did Biden
# send…" (the act is the subject's).
_WHO_ACT = re.compile(
    r"^\s*(?:who|qui)\s+(?:(?:has|have|had|will|would|a|avait|aura|va|vont)\s+)?"
    r"(?:(?:been|été)\s+)?(?P<act>[^\W\d_]{3,}(?:[-'’][^\W\d_]+)?)\b",
    re.I,
)
_NO_ACT = frozenset(
    "is are was were be did does do can could should est sont était étaient fut sera serait "
    "peut pourrait doit".split()
)


# A further act joined to the first: "Who found the camels … and posted the videos…", "Qui a
# trouvé … et publié…" (a past participle, not "and ostriches").
_AND_ACT = re.compile(r"\b(?:and|et)\s+(?P<act>[^\W\d_]{2,}(?:ed|é|ée|és|ées))\b", re.I)


def who_act(text: str) -> str:
    """The verb of what a who-question asks was done, as typed ("won", "remplacé"), or ''."""
    found = _WHO_ACT.search(asked_sentence(text))
    if not found or found.group("act").lower() in _NO_ACT:
        return ""
    return found.group("act")


def who_acts(text: str) -> list[str]:
    """The verbs of what a who-question asks was done, as typed: the one it opens on and those
    joined to it ("found", "posted"); [] when it opens on none."""
    first = who_act(text)
    if not first:
        return []
    return [first, *(m.group("act") for m in _AND_ACT.finditer(text, text.find(first)))]


_ANNOUNCED = re.compile(r"\b(?:announc\w*|annonc\w*|proclaim\w*|proclam\w*)", re.I)


def asks_saying(text: str) -> bool:
    """Whether the question asks of something said or announced ("When did the army announce…",
    "Quand Peskov a-t-il déclaré…"): its date is the saying's."""
    return bool(_QUOTE_EN.search(text) or _QUOTE_FR.search(text) or _ANNOUNCED.search(text))


def asks_why(text: str) -> bool:
    """Whether the answer is a cause ("why", "pourquoi", "for what reason")."""
    return bool(_WHY.search(text))


def asks_name(text: str, kind: str) -> bool:
    """Whether the answer is a name: a "who" question (`kind`), a place ("where"), someone or
    something of a named kind ("which US diplomat", "quel pays"), or names asked for ("what
    are their names", "comment s'appellent…")."""
    return kind == "who" or bool(_NAMED_ANSWER.search(text) or _NAMES_ASKED.search(text))


_PERSON_ANSWER = re.compile(_WHICH.format(kinds=_PERSON_KINDS), re.I)
# Questions asking for people's names ("Comment s'appellent les deux anciens militaires…").
_NAMES_ASKED = re.compile(
    r"\bwhat (?:is|are|was|were) (?:the|their|his|her) (?:full )?names?\b|"
    r"\bcomment s['’]appel\w*|\bquels? (?:est|sont|était|étaient) (?:le|les) noms?\b",
    re.I,
)


def person_kind_asked(text: str) -> str:
    """The kind of person a question asks which one of, as typed ("correspondant" of "quel
    correspondant de la BBC", "official" of "which separatist official"), or ''."""
    found = _PERSON_ANSWER.search(text)
    return found.group(0).split()[-1] if found else ""


def asks_person(text: str) -> bool:
    """Whether the answer is a person's name: someone of a kind named ("which US diplomat",
    "quel sénateur américain") or names asked for ("comment s'appellent…"). A "who" question
    may be answered by a body or a country too."""
    return bool(_PERSON_ANSWER.search(text) or _NAMES_ASKED.search(text))


# A question asking for a country or a place: the people a passage names do not answer it
# ("Quel pays accueillera l'Eurovision 2023 ?" is not answered by the broadcaster quoted).
_PLACE = re.compile(
    r"\b(?:which|what)\s+(?:countr(?:y|ies)|cit(?:y|ies)|towns?|places?|nations?)\b|"
    r"\bquel(?:le)?s?\s+(?:pays|villes?|lieux?|nations?)\b|^\s*(?:where|où)\b",
    re.I,
)


def asks_place(text: str) -> bool:
    """Whether the answer is a country or a place ("quel pays", "which city", "where")."""
    return bool(_PLACE.search(text))


# A question on how a story ended ("Were the drivers eventually released?", "La fresque a-t-elle
# finalement été vendue ?") asks whether that happened: the words after the adverb, past its
# auxiliaries, name what must have happened.
_OUTCOME = re.compile(
    r"\b(?:finally|eventually|ultimately|officially|formally|finalement|en fin de compte|"
    r"au bout du compte|officiellement|formellement)\s+"
    r"(?P<words>[^,;:?!.]+)",
    re.I,
)
_OUTCOME_AUXILIARIES = frozenset(
    "be been being get got able manage managed managing succeed succeeded to "
    "été être pu pouvoir réussi réussir parvenu parvenir à a de d s se".split()
)


def outcome_asked(text: str) -> tuple[str, tuple[str, ...]]:
    """What a question asks finally happened, read from its asking sentence: the words as typed
    from the adverb to the verb, and the verb's tokens ("…eventually released, and when?":
    "eventually released"; "…a-t-il finalement été saisi…": "finalement été saisi"), or
    ("", ()) when it asks of no outcome."""
    found = _OUTCOME.search(asked_sentence(text))
    if not found:
        return "", ()
    for word in re.finditer(r"[\w’'-]+", found.group("words")):
        bare = re.sub(r"^[sdl][’']", "", word.group(0).lower())  # "s'installer": installer
        if bare in _OUTCOME_AUXILIARIES:
            continue
        if not tokens(bare):  # "demandés formellement aux États-Unis": the verb came before
            return "", ()
        typed = found.group(0)[: found.start("words") - found.start() + word.end()]
        return typed, tuple(tokens(bare))
    return "", ()


# A question that opens on what it tells, then asks after a comma: "In summer 2022, as Congress
# hesitated to call it a genocide, where did Steny Hoyer stand…?", "Après sa libération,
# qu'a-t-il dit… ?". The asking part opens on a question word or an inverted auxiliary.
_QUESTION_WORDS = (
    r"(?:what|which|who|whom|whose|where|when|why|how|did|does|do|was|were|is|are|"
    r"has|have|had|can|could|would|will|should|quand|où|qui|que|qu['’]|quel|quelle|quels|"
    r"quelles|comment|pourquoi|combien|est-ce)\b"
)
_ASKS_AFTER_COMMA = re.compile(rf",\s+(?={_QUESTION_WORDS})", re.I)
# A question opening on its question word asks from the start: "Who, according to Peskov, is
# to blame?" tells nothing before a comma; "When dozens of websites were defaced, which…" does
# (a "when" clause tells when).
_ASKS_FIRST = re.compile(rf"^\W*(?!when\b|quand\b){_QUESTION_WORDS}", re.I)
_TOLD_MIN_WORDS = 4  # "In March, what…" tells no story


@lru_cache(maxsize=64)
def told_and_asked(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The tokens a question tells before asking and those it asks (`query.question_parts`):
    before its last sentence and in it, or before and after the comma its asking opens on;
    both empty when it tells nothing. Cached: each candidate excerpt asks again."""
    spans = sentence_spans(text)
    start = spans[-1][0] if spans else 0
    if len(spans) < 2:
        # the last one: "In May, as talks stalled, what did Kuleba say?"
        comma = next(reversed(list(_ASKS_AFTER_COMMA.finditer(text))), None)
        opening = text[: comma.start()] if comma else ""
        if (
            len(opening.split()) < _TOLD_MIN_WORDS
            or _ASKS_FIRST.match(opening)
            or SOURCE_FIRST.fullmatch(f"{opening}, ")  # "According to the UN, …" tells nothing
        ):
            return frozenset(), frozenset()
        start = comma.end()
    told = set(tokens(text[:start]))
    asked = set(tokens(text[start:]))
    return frozenset(told - asked), frozenset(asked - told)
