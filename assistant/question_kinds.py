"""What a question asks for, read from its text alone: its kind (a quote, a number, a date, a
person, or anything else), what a wh-question asks about ("the population", "oil prices"),
whether its answer is a cause ("why") or a year ("en quelle année"), the act a who-question
opens on, the outcome a question asks finally happened, and what a question tells before asking
and what it asks. What a number question counts, sums or rates is `question_values`'; what
name it asks (a person's, of which kind, a place's) `question_names`'. It knows neither the
corpus nor the history; the speaker of a quote question is `question_speaker`'s, the question
as a whole `query`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.chunking import sentence_spans
from assistant.lexical import inside_quotes, tokens
from assistant.question_source import SOURCE_FIRST, opens_question
from assistant.question_values import (
    NUMBER_ASKED,
    asks_amount,
    counted_thing,
    duration_asked,
    toll_asked,
)

# Verbs that ask what someone said though they are not "say": whether someone confirmed,
# denied, thought or wrote something ("Did the Kremlin confirm…", "Qu'a écrit Boris Johnson…").
# Read by the question's kind here and by the speaker patterns of `question_speaker`.
ASKED_SAYING_EN = (
    r"confirm(?:ed|s)?|den(?:y|ied|ies)|wr(?:ite|ites|ote)|tweet(?:ed|s)?|think|thought|"
    # "believed to be serving with…" hedges a fact; it asks for no one's belief
    r"believe[sd]?(?!\s+to\b)|explain(?:ed|s)?|"
    # what someone owned up to is what they said: "How did Kevin Cramer acknowledge his
    # party's share…", "What did Lavrov admit about the sanctions?" (how someone described
    # something is mostly reported, "described the supplies as extremely dangerous": measured,
    # as many answers lost as gained)
    r"admit(?:s|ted)?|acknowledg(?:e|ed|es)|conced(?:e|ed|es)|"
    # words called out: "what did women shout at the masked Russian soldiers?"
    r"shout(?:ed|s)?|chant(?:ed|s)?|yell(?:ed|s)?|scream(?:ed|s)?"
)
# A jibe is words: "How did she joke about…", "How did Yermak mock the Russian army?", "Comment
# Zelensky a-t-il raillé…"; so is a threat of what one will do ("What did Putin threaten to do
# if…", "Qu'a menacé de faire Poutine…").
JIBES_EN = r"jok(?:e|ed|es)|quip(?:ped|s)?|mock(?:ed|s)?|taunt(?:ed|s)?|ridicul(?:e|ed|es)"
JIBES_FR = r"raill\w*|moqu\w*|ironis\w*"
# What someone owned up to, in French: "Comment Kevin Cramer a-t-il reconnu…", "Qu'a admis…".
OWNED_UP_FR = r"reconnu|admis|concédé|avoué"
ASKED_SAYING_FR = (
    r"confirm(?:é|ée|er|e)|démenti\w*|dementi\w*|nié|nier|nie|écrit|ecrit|écrivai(?:t|ent)|"
    r"tweeté|tweete|expliqu\w*|rétorqu\w*|retorqu\w*|"
    r"crié|crie|criaient|criait|scandé|scandaient|scandait|hurlé|hurlaient|hurlait"
)
_QUOTE_EN = re.compile(
    # "the volunteer quoted in that report" says who is asked about, not that words are
    r"\b(?:say|said|says|saying|quotes?|quoted(?!\s+(?:in|by)\b)|declared?|declares|stated|"
    r"statements?|words|"
    r"remarks?|comments?|commented|tell|told|claim(?:ed|s)?|react(?:ed)?|phrase|expression|"
    r"answer(?:ed|s)?|repl(?:y|ied|ies)|"
    rf"{JIBES_EN}|threaten(?:ed|s)?\s+to|"
    # "speak about" states something; "speak with Putin" is a conversation, not a quote
    r"(?:speak|spoke)(?!\s+(?:with|to)\b)|"
    rf"deplor\w*|regret\w*|lament\w*|urge[sd]?|warn(?:ed|s)?|according to|{ASKED_SAYING_EN})\b",
    re.I,
)
_QUOTE_FR = re.compile(
    r"\b(?:dit|dire|disent|disai(?:t|ent)|pensai(?:t|ent)|déclar\w*|declar\w*|affirm\w*|propos|cit(?:é|e|er|ent|ez|ait|aient|ée?s?)(?!\s+(?:dans|par)\b)|réagi\w*|déplor\w*|"
    r"paroles?|regrett\w*|exhort\w*|qualifi\w*|répond\w*|repond\w*|dénonc\w*|denonc\w*|"
    rf"expression|termes|{JIBES_FR}|menac(?:é|e|ait)\s+de|"
    rf"averti\w*|comment(?:é|ée|és|ait|er)|selon|d'après|{ASKED_SAYING_FR})\b|"
    # how someone owned up, or what to: "Comment Kevin Cramer a-t-il reconnu la part…", "Qu'a
    # admis Lavrov…" (not "reconnu coupable", "reconnue grâce à sa manucure")
    rf"\bcomment\b[^?]*\ba-t-(?:il|elle)\s+(?:{OWNED_UP_FR})\b|"
    rf"\bqu['’]a(?:-t-(?:il|elle))?\s+(?:{OWNED_UP_FR})\b",
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
    r"\b(?:when|quand|(?:what|which) (?:dates?|days?|months?|years?)|quelles? dates?|"
    r"quels? jours?|quels? mois|quelle année)\b",
    re.I,
)
# A year is the answer ("In what year…", "En quelle année…"), or may be ("Depuis quand…": since
# 1980, or since 24 February).
_YEAR = re.compile(r"\b(?:what year|which year|quelle année|since when|depuis quand)\b", re.I)


def asks_year(text: str) -> bool:
    """Whether a year standing alone answers the question ("in 2007", "since 1980")."""
    return bool(_YEAR.search(text))


# A bound, a month or what was to come is asked ("By when…", "Depuis quand…", "In which
# month…", "When is the review due…"): a part of a month or year may answer ("by the end of
# November", "depuis mars"), where "When did he shoot…" asks the day, not "reported on the
# shooting in May".
_PERIOD = re.compile(
    r"\b(?:by|since|until|till|from) when\b|\b(?:what|which) month\b|\bwhen will\b|"
    r"\bwhen (?:is|are|was|were)\b[^?]*\b(?:due|expected|set|scheduled|planned|going)\b|"
    r"\b(?:depuis|jusqu['’]à|à partir de|d['’]ici|dès) quand\b|\bquel mois\b|"
    r"\bquand\b[^?]*\b(?:doit|doivent|devait|devaient|devrait|devraient|prévoit|prévoyait|"
    r"compte|comptait|comptaient)\b",
    re.I,
)


def asks_period(text: str) -> bool:
    """Whether a part of a month or year answers the question ("by the end of November")."""
    return bool(_PERIOD.search(text))


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


def _opens_on_who(text: str) -> bool:
    """Whether "who"/"qui" is the question's first word, but for a conjunction ("And who…"):
    it asks a person whatever value it goes on to name ("Qui est la personne chargée des
    enterrements qui estimait le nombre de morts… ?"). A "qui" after the source asked of is a
    clause ("Selon Fox News, qui cite The Hill, combien…")."""
    first = _WHO_WORD.search(text)
    return bool(first) and opens_question(text, first, after_source=False)


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
    # a title quoted ("le documentaire « Russie. Histoire récente »") ends no sentence
    starts = [a for a, _ in sentence_spans(text) if not inside_quotes(text, a)]
    if len(starts) < 2:
        return text
    last = text[starts[-1] :].strip()
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
    r"qui|pourquoi|"
    # or whether: "When Biden issued a statement…, did he mention Johnson?", "…, a-t-il…"
    r"(?:did|does|do|is|was|were|are|has|have|had|can|could|will|would)\s+(?:he|she|they|it|"
    r"the|his|her|their|its|any|[A-Z]\w*)|est-ce\b|[\w’']+-t-(?:il|elle|on)|"
    r"(?:est|sont|ont|était|étaient|avait|avaient)-(?:il|elle|ils|elles))\b",
    re.I,
)


def question_kind(text: str, language: str) -> str:
    """The kind of answer the question asks for: "quote", "number", "date", "who" or "other",
    read from the sentence that asks (`asked_sentence`)."""
    text = asked_sentence(text)
    if _opens_on_who(text):  # "Qui est la personne… qui estimait… le nombre de morts ?"
        return "who"
    # A question asking for a value is about that value, even when it names a verb of saying;
    # one opening with "why" asks a cause, whatever figure it names ("Why were fewer…").
    asks_value = NUMBER_ASKED.search(text) or counted_thing(text) or asks_amount(text)
    if (asks_value or toll_asked(text) or duration_asked(text)) and not opens_on_why(text):
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


def opens_on_why(text: str) -> bool:
    """Whether the sentence that asks opens on "why" ("Pourquoi était-il impossible de dire
    combien valaient…"): it asks a cause, not the sum or count it names."""
    text = asked_sentence(text)
    why = _WHY.search(text)
    return bool(why and opens_question(text, why))


def asks_why(text: str) -> bool:
    """Whether the answer is a cause ("why", "pourquoi", "for what reason")."""
    return bool(_WHY.search(text))


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


_GERUND = re.compile(r"[a-z]{3,}ing\b", re.I)


def outcome_asked(text: str) -> tuple[str, tuple[str, ...]]:
    """What a question asks finally happened, read from its asking sentence: the words as typed
    from the adverb to the verb, and the verb's tokens ("…eventually released, and when?":
    "eventually released"; "…a-t-il finalement été saisi…": "finalement été saisi"), or
    ("", ()) when it asks of no outcome."""
    found = _OUTCOME.search(asked_sentence(text))
    if not found or _GERUND.match(found.group("words")):
        return "", ()  # "stand on Ukraine eventually joining NATO": what may happen, a topic
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


def asking_part(text: str) -> str:
    """The part of a question that asks (`told_and_asked`): its last sentence, or what follows
    the comma its asking opens on; the whole question when it tells nothing first."""
    return text[_asking_start(text) :]


def _asking_start(text: str) -> int:
    """Where the asking part of a question starts; 0 when it tells nothing first."""
    spans = sentence_spans(text)
    if len(spans) > 1:
        return spans[-1][0]
    # the last one: "In May, as talks stalled, what did Kuleba say?"
    comma = next(reversed(list(_ASKS_AFTER_COMMA.finditer(text))), None)
    opening = text[: comma.start()] if comma else ""
    if (
        len(opening.split()) < _TOLD_MIN_WORDS
        or _ASKS_FIRST.match(opening)
        or SOURCE_FIRST.fullmatch(f"{opening}, ")  # "According to the UN, …" tells nothing
    ):
        return 0
    return comma.end()


@lru_cache(maxsize=64)
def told_and_asked(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The tokens a question tells before asking and those it asks (`query.question_parts`):
    before its last sentence and in it, or before and after the comma its asking opens on;
    both empty when it tells nothing. Cached: each candidate excerpt asks again."""
    start = _asking_start(text)
    if not start:
        return frozenset(), frozenset()
    told = set(tokens(text[:start]))
    asked = set(tokens(text[start:]))
    return frozenset(told - asked), frozenset(asked - told)
