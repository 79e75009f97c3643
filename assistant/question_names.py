"""What name a question asks for, read from its text alone: a name at all ("who", "where",
"which country"), a person's ("which US diplomat", "what is the name of…", "comment
s'appelle…"), of which kind of person, or a place's. The question's kind is `question_kinds`';
who is answered, `name_answerer`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.figures import number_value
from assistant.places import PLACE_NOUNS, is_place
from assistant.word_variants import actors

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
    "channel|ville|pays|lieu|région|equipe|équipe|groupe|entreprise|journal|chef|"
    # a military unit is named ("the 64th Separate Guards Motor Rifle Brigade")
    "unit|brigade|battalion|regiment|division|unité|unite|bataillon|régiment|" + _PERSON_KINDS
)
# "which US diplomat", "which Russian naval officer", "quel sénateur": a kind of `kinds` asked
# for. In English two words that describe it may come before it, not a verb, an article nor a
# possessive ("What did the official say" asks no official's name), nor "of" ("what share of
# soldiers' needs" asks a share); in French one may ("quel ancien ministre"), as adjectives
# mostly follow ("quel officier de marine russe": "quelle position son chef…" asks a position).
_NOT_BEFORE_KIND = (
    r"(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|the|a|an|"
    r"his|her|its|their|of|le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ont|est|sont)\b)"
)
_WHICH = (
    r"(?:\b(?:which|what)\s+(?:" + _NOT_BEFORE_KIND + r"[\w-]+\s+){{0,2}}?"
    r"|\b(?:quel|quelle|quels|quelles)\s+(?:" + _NOT_BEFORE_KIND + r"[\w-]+\s+)?)"
    r"(?:{kinds})s?\b"
)
_WHICH_NAMED = re.compile(_WHICH.format(kinds=_NAMED_KINDS), re.I)
_NAMED_ANSWER = re.compile(r"^\s*(?:where|où)\b|" + _WHICH_NAMED.pattern, re.I)


def asks_name(text: str, kind: str) -> bool:
    """Whether the answer is a name: a "who" question (`kind`), a place ("where"), someone or
    something of a named kind ("which US diplomat", "quel pays"), or names asked for ("what
    are their names", "comment s'appellent…")."""
    return kind == "who" or bool(_NAMED_ANSWER.search(text) or _NAMES_ASKED.search(text))


_PERSON_ANSWER = re.compile(_WHICH.format(kinds=_PERSON_KINDS), re.I)
# Questions asking for people's names ("Comment s'appellent les deux anciens militaires…",
# "What is the suspect's name?", "Quel est le vrai nom de…").
_NAMES_ASKED = re.compile(
    r"\bwhat(?:['’]s| (?:is|are|was|were)) (?:the|their|his|her) (?:real |full |last |family "
    r"|first )?(?:sur)?names?\b|"
    r"\bwhat(?:['’]s| (?:is|are|was|were)) the [\w-]+['’]s? (?:real |full |last )?(?:sur)?names?\b|"
    r"\bwhat(?:['’]s| (?:is|was)) [A-Z][\w-]+['’]s? (?:(?:last|family|full) )?(?:sur)?name\b|"
    r"\bcomment s['’]appel\w*|"
    r"\bquels? (?:est|sont|était|étaient) (?:le|les) (?:vrais? |véritables? )?noms?\b",
    re.I,
)
# The person a name question describes, as typed: "the name of Drone Boy Andrii Pokrasa's
# father, who…", "the name of the pregnant woman carried…", "the suspect's name", "comment
# s'appelle le vétéran de l'armée…", "comment s'appellent les deux anciens militaires…", "le
# vrai nom du soldat…". English describes the person up to a comma, a relative, a preposition
# or a participle; French names it first, after an article, a count and "ancien" or "jeune".
_DESCRIBED = [
    re.compile(p, re.I)
    for p in (
        r"\b(?:sur)?names? of (?:the |a |an )?(?P<described>[^,;?]+)",
        r"\bthe (?P<described>[\w-]+)['’]s? (?:real |full |last )?(?:sur)?names?\b",
        r"\b(?:comment s['’]appel\w*|noms? (?:de famille )?(?:du|des|de la|de l['’]|de))\s+"
        r"(?:(?:les|la|le)\s+|l['’]\s*)?(?P<described>(?:(?:deux|trois|quatre|cinq|\d+)\s+)?"
        r"(?:(?:anciens?|anciennes?|jeunes?)\s+)?[\w-]+)",
    )
]
_DESCRIPTION_ENDS = re.compile(
    r"^(?:who|whom|whose|which|that|where|when|in|at|on|of|from|by|with|for|to|during|after|"
    r"before|known|called|nicknamed|run|led|held|built|made|kept|sent|taken|[a-z]+ed)$"
)
_COUNT = re.compile(r"^(?:two|three|four|five|deux|trois|quatre|cinq|\d+)$", re.I)


@dataclass(frozen=True)
class Described:
    """The person a question asking a name describes: the kind, as typed ("father",
    "vétéran"), and how many are asked (0 when the question does not say)."""

    kind: str = ""
    count: int = 0


def person_described(text: str) -> Described:
    """The person a question asking a name describes: "father" of "What was the name of Drone
    Boy Andrii Pokrasa's father, who helped him…", "suspect" of "What is the suspect's name?",
    two "militaires" of "Comment s'appellent les deux anciens militaires américains…"; no kind
    when it asks no name or names the person ("les noms de famille de Victoria et Natalya")."""
    if not _NAMES_ASKED.search(text):
        return Described()
    for pattern in _DESCRIBED:
        found = pattern.search(text)
        if found is None:
            continue
        words: list[str] = []
        for word in found.group("described").split():
            if words and _DESCRIPTION_ENDS.match(word):
                break
            words.append(word)
        if not words or (words[-1][0].isupper() and not _people_of(found, words)):
            return Described()  # the person is named
        counted = [w for w in words if _COUNT.match(w)]
        count = int(number_value(counted[0])) if counted else 0
        return Described(re.sub(r"['’]s?$", "", words[-1]), count)
    return Described()


# An article or a count before a capitalised word describing someone: "l'Ukrainienne",
# "the two Ukrainians" are people of a country, not a person named ("le nom de famille de Tania").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|la|le|les|une?)\s+|\bl['’]\s*)$", re.I)


def _people_of(found: re.Match[str], words: list[str]) -> bool:
    """Whether the capitalised word a description ends on names people of one of the crisis'
    countries (`actors`), after an article or a count ("l'Ukrainienne qui…", "the two
    Ukrainians who…", "les deux Russes"), not a person ("le nom de famille de Julien")."""
    last = re.sub(r"['’]s?$", "", words[-1])
    counted = len(words) > 1 and bool(_COUNT.match(words[-2]))
    article = len(words) == 1 and bool(
        _ARTICLE_BEFORE.search(found.string[: found.start("described")])
    )
    return (counted or article) and bool(actors(last)) and not is_place(last)


# The other names asked of someone the question names by one: "the last name of Tania",
# "Tania's surname", "le nom de famille de Tania", "le nom complet d'Olga".
# The name given may be quoted, after a title ("the surname of 'Commander Andriy'", "the full
# name and rank of 'Andriy'", "le nom de famille de « Misha »"): the last word names them.
_GIVEN = (
    r"(?:[«\"“'‘]\s*(?:[A-ZÀ-Ý][\w-]+\s+)?(?P<quoted>[A-ZÀ-Ý][\w-]+)\s*[»\"”'’]|"
    r"(?P<named>[A-ZÀ-Ý][\w-]+))"
)
_OTHER_NAME_OF = [
    re.compile(p)
    for p in (
        rf"\b(?:(?:[Ll]ast|[Ff]amily|[Ff]ull) names?|[Ss]urnames?)(?: and \w+)? of {_GIVEN}",
        r"\b(?P<named>[A-ZÀ-Ý][\w-]+)['’]s? (?:(?:last|family|full) names?|surnames?)\b",
        rf"\bnoms? (?:de famille|complets?) (?:de |d['’]){_GIVEN}",
    )
]


# The real name asked of someone the question calls by a nickname: "the real name of the
# Canadian sniper known as 'Wali'", "le vrai nom du tireur surnommé « Wali »".
_REAL_NAME_OF = re.compile(
    r"\b(?:(?:real|true|actual) name of|vrai nom d(?:e|u|es|['’]))[^?]*?\b(?:known as|nicknamed|"
    r"called|dubbed|goes by|surnommée?s?|appelée?s?|connue?s? sous le nom de)\s+[«\"“'‘]?\s*"
    r"(?P<named>[A-ZÀ-Ý][\w-]+)"
)


def nickname_asked(text: str) -> str:
    """The nickname of someone whose real name a question asks ("Wali" of "What is the real
    name of the Canadian volunteer sniper known as 'Wali'?"), or ''."""
    found = _REAL_NAME_OF.search(text)
    return found.group("named") if found else ""


def other_name_asked(text: str) -> str:
    """The name a question gives someone whose other names it asks ("Tania" of "Quel est le nom
    de famille de Tania, la serveuse…", of "What was Tania's last name?"), or ''."""
    for pattern in _OTHER_NAME_OF:
        found = pattern.search(text)
        if found:
            return found.group("named") or found.group("quoted")
    return ""


# A question asking someone's name in full, not the one a story may give alone: "the real name
# of…", "What is Viktoriya's surname?", "le nom de famille de…", "le vrai nom du…".
_FULL_NAME_ASKED = re.compile(
    r"\b(?:real|true|actual|full|last|family)\s+names?\b|\bsurnames?\b|"
    r"\b(?:vrais?|véritables?)\s+noms?\b|\bnoms?\s+(?:de\s+famille|complets?)\b|"
    r"\bnom\s+(?:véritable|réel)\b",
    re.I,
)


def asks_full_name(text: str) -> bool:
    """Whether a question asks someone's real, full or last name ("the real name of the
    eyewitness known as…", "le nom de famille de Valentina"), not a first name a story may
    give alone."""
    return bool(_FULL_NAME_ASKED.search(text))


# Kinds of things a name question may describe, not people: "Comment s'appelle la maternité…",
# "…of the documentary…", and any place the English nouns of places name (`places.PLACE_NOUNS`:
# "the private maternity hospital", "the stadium").
_THING_KINDS = frozenset(
    """
    maternity clinic school university factory ship warship vessel submarine
    flagship cruiser frigate destroyer tanker croiseur frégate fregate
    operation documentary film movie book song company organization organisation unit
    battalion brigade regiment church program programme app website
    channel newspaper show podcast campaign fund charity foundation project law bill
    hôpital hopital maternité maternite clinique école ecole université universite usine
    centrale navire bateau sous-marin opération operation documentaire film livre chanson
    entreprise société societe organisation unité unite bataillon brigade régiment regiment
    église eglise théâtre theatre musée musee programme application site chaîne chaine journal
    émission emission podcast campagne fonds fondation association projet loi
    """.split()
)


def thing_described(text: str) -> str:
    """The kind of thing, not person, whose name a question asks, as typed ("maternité" of
    "Comment s'appelle la maternité du quartier…", "hospital" of "What is the name of the
    private maternity hospital…"), or ''."""
    kind = person_described(text).kind
    return kind if kind.casefold() in _THING_KINDS | PLACE_NOUNS else ""


def is_person_kind(word: str) -> bool:
    """Whether a word is one of the kinds of person a question may ask the name of
    ("journalist", "soldat", "teenager")."""
    return word.casefold() in _KIND_WORDS


_KIND_WORDS = frozenset(_PERSON_KINDS.split("|"))


def kind_asked(text: str) -> str:
    """The kind of person or thing a question asks which one of, as typed ("brigade" of
    "which Russian brigade", "unité" of "quelle unité"), or ''."""
    return _kind_in(_WHICH_NAMED, text)


def _kind_in(which: re.Pattern[str], text: str) -> str:
    found = which.search(text)
    return found.group(0).split()[-1] if found else ""


def person_kind_asked(text: str) -> str:
    """The kind of person a question asks which one of, as typed ("correspondant" of "quel
    correspondant de la BBC", "official" of "which separatist official"), or ''."""
    return _kind_in(_PERSON_ANSWER, text)


def asks_person(text: str) -> bool:
    """Whether the answer is a person's name: someone of a kind named ("which US diplomat",
    "quel sénateur américain") or names asked for ("comment s'appellent…"). A "who" question
    may be answered by a body or a country too."""
    return bool(_PERSON_ANSWER.search(text) or _NAMES_ASKED.search(text))


# A question asking for a country or a place: the people a passage names do not answer it
# ("Quel pays accueillera l'Eurovision 2023 ?" is not answered by the broadcaster quoted).
# The kind may be described first: "which Alaskan town", "quel petit village". A town's name
# answers for it, as a country's adjective may not for a country ("Belarusian intelligence").
_TOWN_KINDS = "cit(?:y|ie)|town|village|region|province|ville|région"
_TOWN_NAMED = re.compile(_WHICH.format(kinds=_TOWN_KINDS), re.I)
_PLACE = re.compile(
    _WHICH.format(kinds=f"{_TOWN_KINDS}|countr(?:y|ie)|place|nation|pays|lieu|lieux")
    + r"|^\s*(?:where|où)\b",
    re.I,
)


def asks_place(text: str) -> bool:
    """Whether the answer is a country or a place ("quel pays", "which city", "where")."""
    return bool(_PLACE.search(text))


def asks_town(text: str) -> bool:
    """Whether the answer is a town, a city or a region, whose name it must be ("which Alaskan
    town", "quel village"), not only where ("Where had the soldiers laid the tripwires?": near
    a hospital) nor which country ("Belarusian intelligence" says which)."""
    return bool(_TOWN_NAMED.search(text))
