"""Who says what in an article: each sentence's speaker, and who that speaker is.

English and French news reporting styles are read by patterns, not parsed:

- a quotation closed by a verb of saying and its speaker (`"…," Peskov told reporters.`,
  `"…," said John Herbst, a veteran diplomat.`, `«…», a dit le porte-parole du Kremlin,
  Dmitri Peskov.`), a speaker before a verb of saying, quoting or reporting (`Kremlin
  spokesman Dmitry Peskov said …`, `Dmitry Peskov, the Kremlin spokesman, said …`, `X wrote on
  Telegram`, `X said in a statement`, `la diplomatie russe avait jugé`), and `according to X`
  / `selon X`;
- a pronoun continuing a named speaker (`"…," he said.`, `she added`, `a-t-il déploré`,
  `Selon lui, …`), resolved to the last named speaker of the last few sentences (or to a
  person the sentence itself names before the pronoun);
- a quotation running over several sentences keeps its speaker, wherever in it the speaker
  is named, and a sentence that is all quotation right after an attributed one continues it.

A speaker is a name or a description (`Kremlin spokesman Dmitry Peskov`, `the Pentagon`, `a
senior State Department official`), never a clause: candidates longer than eight words,
opening on a conjunction, a preposition or a pronoun, or holding a verb are rejected, and a
sentence with none of the above has no speaker.

Each speaker is then identified within the article: `person` is the full name the article
gives ("Peskov" → "Dmitry Peskov"; "the Kremlin spokesman" → the person the article calls so)
and `key` a stable identity (the normalised surname, "peskov"). A `RoleBook` learnt from many
articles (role → most frequent person, with minimum support) names the role an article never
resolves itself. Nothing here knows about retrieval, and the text is never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.lexical import ACTOR_GROUPS, ALIASES, detect_language, normalize, stem, tokens

# --- French patterns (the shipped article's reporting style) -------------------------------

_SAY_FR = (
    r"dit|déclaré|affirmé|ajouté|déploré|estimé|jugé|exhorté|assuré|indiqué|souligné|averti|"
    r"expliqué|répondu|martelé|insisté|réclamé|dénoncé|prévenu|confirmé|annoncé|appelé|accusé|"
    r"rappelé|regretté|lancé|écrit|précisé|poursuivi|fustigé|qualifié|demandé|plaidé|promis|"
    r"reconnu|admis|nié|démenti|critiqué|salué|proposé|assené|tranché|observé|noté"
)
_SAY_PRESENT_FR = (
    r"accusent|accuse|réclament|réclame|démentent|dément|refusent|refuse|estiment|estime|"
    r"affirment|affirme|jugent|juge|disent|dit|déclarent|déclare|assurent|assure|exigent|exige|"
    r"demandent|demande|proposent|propose|dénoncent|dénonce"
)
_AUX_FR = r"(?:a|avait|ont|avaient|aurait)"
_PRONOUN_CONT_FR = re.compile(
    rf"\b{_AUX_FR}-t-(?:il|elle|ils|elles)\s+(?:{_SAY_FR})\b", re.IGNORECASE
)
_SELON_PRONOUN = re.compile(r"\b(?:selon|d'après|pour)\s+(?:lui|elle|eux|elles)\b", re.IGNORECASE)
_POSTPOSED_FR = re.compile(
    rf"[»\"”]\s*,\s*{_AUX_FR}(?:\s+\w+){{0,2}}?\s+(?:{_SAY_FR})\s+(?P<who>[^«»]+?)\s*[.!?]?$",
    re.IGNORECASE,
)
_LEAD_IN_FR = re.compile(
    r"^(?:(?:Car|Mais|Et|Or)\s+)?(?:Selon|D'après|Pour)\s+(?P<who>[^,«»]{2,80}?),",
    re.IGNORECASE,
)
_SUBJECT_FR = re.compile(
    rf"^(?:[^«»,]{{0,40}},\s*)?(?P<who>[^,«»]{{2,80}}?)\s+"
    rf"(?:(?:{_AUX_FR})(?:\s+[\w’']+){{0,3}}?\s+(?:{_SAY_FR})|(?:{_SAY_PRESENT_FR}))\b",
    re.IGNORECASE,
)
# A clause reporting someone's answer to what the sentence says: "ce que la Russie dément".
_RESPONSE = re.compile(
    r"\b(?:ce que|ce qu['’]|what)\s*(?P<who>[^,;:«»–-]{2,60}?)\s+"
    r"(?:dément|démentent|nie|nient|conteste|contestent|refuse|refusent|rejette|rejettent|"
    r"denies|deny|rejects|reject|disputes|dispute)\b",
    re.IGNORECASE,
)

# --- English patterns -----------------------------------------------------------------------

_SAY_EN = (
    r"said|says|say|told|tells|added|adds|stated|declared|declares|warned|warns|urged|urges|"
    r"claimed|claims|insisted|insists|argued|argues|noted|wrote|writes|tweeted|tweets|"
    r"explained|explains|replied|responded|acknowledged|acknowledges|admitted|admits|"
    r"announced|announces|emphasized|emphasised|stressed|stresses|confirmed|confirms|denied|"
    r"denies|suggested|suggests|predicted|cautioned|vowed|vows|pledged|promised|concluded|"
    r"remarked|observed|commented|lamented|complained|joked|quipped|boasted|threatened|"
    r"alleged|reiterated|accused|accuses|called|described|describes|asserted|contended|"
    r"recalled|demanded|condemned|continued|went on"
)
_SAY_EN_RE = re.compile(rf"(?<![\w'’-])(?:{_SAY_EN})(?![\w'’-])")
# Verbs of saying that may come before their speaker: `"…," said Herbst`.
_INVERTED = re.compile(
    r"said|says|added|adds|wrote|writes|tweeted|explained|continued|noted|warned|insisted|"
    r"argued|recalled|replied|stated|declared|asserted|observed|remarked|asked|went on"
)
_ACCORDING_RE = re.compile(r"(?<![\w-])[Aa]ccording to\s+")
_Q = "\ue000"  # stands for a quotation in a sentence's narration
_QUOTE_OPEN = "«“"
_QUOTE_CLOSE = "»”"
_MAX_QUOTE_SENTENCES = 6  # an unclosed quotation is dropped after this many sentences
PRONOUN_WINDOW = 4  # sentences back a pronoun may reach for its speaker

# Words between a subject and its verb of saying: "Peskov also told", "Biden has repeatedly said".
_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|again|once|previously|earlier|first|further|"
    r"separately|already|recently|still|just|now|often|(?!family|ally|assembly)[a-z]+ly))+\s*$"
)
_PASSIVE = re.compile(r"(?<![\w-])(?:is|was|are|were|be|been|being)\s*$", re.I)
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)"
    r"(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:today|yesterday|tonight)|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*$",
    re.I,
)
# Where a speaker's words end after an inverted verb: "said Herbst on Monday", "said Kuleba, …".
_AFTER_END = re.compile(
    r"\s+(?:on|in|at|to|during|after|before|last|this|when|while|as|adding|according|who|"
    r"from|via|earlier|later|yesterday|today|tonight|that|of|about|with|for)\b"
)
_PRONOUNS = {"he", "she", "they", "it", "il", "elle", "ils", "elles"}

# A speaker may not open on these: conjunctions, subordinators, prepositions, pronouns.
_BAD_START = frozenset(
    """
    while as when if but what whatever and or nor after before because since though although
    that which who whom whose where how why so yet then whereas once until unless than despite
    even also still just only not no there here this these those it its he she they we i you
    him her them us me my our your his their on in at for with by from to of into about over
    under against between without within through during upon via amid among across per
    al el las los du de il elle ils elles on ce cela qui que quoi dont
    mais et ou donc car or ni si quand comme lorsque puisque pour par sur avec sans dans chez
    vers selon lui eux d qu c s n
    """.split()
)
# Lower-case words that make a candidate a clause, not a name.
_VERBISH = frozenset(
    """
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must not don't doesn't didn't won't isn't wasn't can't
    couldn't wouldn't haven't hasn't hadn't aren't weren't comes came come goes went go gets
    got get makes made make seems seemed seem appears appeared says said say told tells
    think thinks thought believe believes know knows knew want wants wanted need needs
    see sees saw expect expects expected hope hopes let lets take takes took give gives gave
    keep keeps kept put puts become becomes became remain remains remained show shows showed
    est sont était étaient fut ont avait avaient sera seront été fait font
    """.split()
)
_OK_ED_ING = frozenset(
    """
    leading ruling acting outgoing incoming governing managing visiting ranking retired
    elected unnamed detained exiled jailed sanctioned wounded injured displaced armed united
    opposing reigning founding striking rising acclaimed selected appointed designated
    wanted fighting embattled besieged disputed occupied named
    """.split()
)
_NOT_ADVERBS = frozenset("family assembly ally italy supply belly rally july ely".split())
_NOT_SPEAKERS = frozenset(
    "allegation allegations accusation accusations claim claims charge charges idea notion "
    "suggestion date time day moment way fact".split()
)
_INNER_OPENERS = frozenset(
    "while when if but because though although that which who whose where whereas unless "
    "until since as so yet what than how whether".split()
)
_DETERMINERS = frozenset("the a an le la les l un une des".split())
_QUANTIFIERS = frozenset(
    "some many most both all several other others one two three few each every any another "
    "such none more much certain various numerous".split()
)
_CONNECTORS = frozenset("of for to at in on and the de du des la le les d l van von al".split())
_PLACE_NOUNS = frozenset(
    "regions region cities city areas area provinces districts countries territories villages "
    "towns oblasts states nations streets".split()
)
_DAYS_MONTHS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december lundi mardi mercredi jeudi vendredi
    samedi dimanche
    """.split()
)
# Nouns naming people by what they do: a speaker may be one of these without a name.
_PERSON_ROLES = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople spokesmen minister
    ministers secretary president vice-president ambassador ambassadors diplomat diplomats
    envoy analyst analysts expert experts source sources aide aides adviser advisers advisor
    advisors commander commanders general generals officer officers lawmaker lawmakers senator
    senators legislator legislators congressman congresswoman representative representatives
    governor mayor leader leaders chief head director prosecutor prosecutors chancellor premier
    witness witnesses resident residents survivor survivors volunteer volunteers soldier
    soldiers fighter fighters journalist journalists reporter correspondent editor host anchor
    activist activists investigator investigators researcher researchers observers monitors
    woman man mother father wife husband son daughter doctor doctors nurse teacher student
    worker workers driver pilot chairman chairwoman chair counterpart deputy deputies mp mps
    negotiator negotiators delegation staff professor economist historian
    porte-parole ministre président présidente ambassadeur diplomate conseiller conseillère
    responsable responsables dirigeant dirigeants chancelier chef général commandant député
    """.split()
)
# Nouns naming bodies: a speaker may be one of these.
_BODIES = frozenset(
    """
    ministry department government administration authorities authority agency office
    council committee command service services military army navy police court company firm
    operator organization organisation group alliance embassy commission parliament
    statement report diplomatie gouvernement ministère armée autorités
    """.split()
)
# Capitalised words that are titles, offices or bodies, never part of a person's name.
_TITLES = frozenset(
    w.lower().rstrip(".")
    for w in """
    President Vice Prime Minister Foreign Defence Defense Secretary State Secretary-General
    General Gen. Gen Lt. Lt Col. Col Maj. Maj Adm. Sgt. Capt. Brig. Commander Sen. Senator Rep.
    Representative Gov. Governor Mayor Ambassador Chancellor Spokesman Spokeswoman Spokesperson
    Press Deputy Chief Director Head Chairman Chair Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Pope King
    Queen Prince Princess Lord Sir Dame Prof Professor Admiral Adm Del Delegate Then-President
    District Fund Post Independent Times Journal News Center Centre Institute Bureau Mission
    Group Company Association Network Foundation University Channel Television TV Radio Rev Father Judge Justice MP MEP Congressman Congresswoman Speaker Leader
    Kremlin Pentagon White House Ministry Department Office Council Agency Government Army
    Forces Command Staff Service Security Intelligence National Guard Parliament Congress Senate
    U.S U.N U.K E.U PM Committee Union Nations Commission Organization Organisation Embassy Administration Navy
    Air Force Police Court Presidential Interior Justice Finance Economy Health Energy Affairs
    Republican Democrat Democratic Republicans Democrats GOP Party Ukrainian Russian American
    British French German Polish Chinese Belarusian European Western Eastern U.S. US UK EU UN
    NATO Russia Ukraine Moscow Kyiv Kiev Washington Europe America Britain Germany France
    Poland China Belarus Ministre Président Porte-parole Chancelier Général Commandant Premier
    """.split()
)


# --- Sentences and their quotations ---------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """A sentence seen through its quotations."""

    narration: str  # the sentence with each quotation replaced by one `_Q`
    has_quote: bool
    starts_open: bool  # begins inside a quotation from an earlier sentence
    quote_span: int | None  # the multi-sentence quotation it belongs to, if any

    @property
    def all_quote(self) -> bool:
        """Only quotation, no narration of its own."""
        return not re.sub(rf"[\s{_Q}.,;:!?…—–-]", "", self.narration)


def _layouts(text: str, sentences: Sequence[tuple[int, int]]) -> list[_Layout]:
    """Each sentence's narration, following quotations that run from sentence to sentence.

    Straight double quotes open or close by what surrounds them; an opening quote at the start
    of a sentence while one is open closes the earlier one (the British way of continuing a
    quotation into a new paragraph)."""
    result = []
    is_open, open_for, span, next_span = False, 0, None, 0
    for start, end in sentences:
        sentence = text[start:end]
        starts_open = is_open
        if starts_open and open_for >= _MAX_QUOTE_SENTENCES:
            starts_open = is_open = False  # a lost closing mark: stop following it
        out: list[str] = [_Q] if is_open else []
        has_quote = is_open
        spans_here = {span} if is_open else set()
        for i, ch in enumerate(sentence):
            mark = (
                _quote_role(sentence, i, is_open) if ch in _QUOTE_OPEN + _QUOTE_CLOSE + '"' else ""
            )
            if mark == "open":
                if not is_open:
                    span, next_span = next_span, next_span + 1
                    out.append(_Q)
                is_open, has_quote = True, True
            elif mark == "close":
                if not is_open:  # closes a quotation we did not see open: all before is quoted
                    out = [_Q]
                is_open, has_quote = False, True
                spans_here.add(span)
            elif not is_open:
                out.append(ch)
        open_for = open_for + 1 if is_open and starts_open else (1 if is_open else 0)
        if is_open:
            spans_here.add(span)
        shared = span if (starts_open or is_open) and spans_here else None
        result.append(_Layout("".join(out), has_quote, starts_open, shared))
    return result


def _quote_role(sentence: str, i: int, is_open: bool) -> str:
    """Whether the quote mark at `i` opens or closes a quotation."""
    ch = sentence[i]
    if ch in _QUOTE_OPEN:
        return "open"
    if ch in _QUOTE_CLOSE:
        return "close"
    before = sentence[i - 1] if i else " "
    after = sentence[i + 1] if i + 1 < len(sentence) else " "
    opening = before.isspace() or before in "([{—–-/:" or i == 0
    closing = after.isspace() or after in ".,;:!?)]}—–-'’" or i + 1 == len(sentence)
    if is_open:
        return "open" if i == 0 and opening and not closing else "close"
    return "close" if closing and not opening else "open"


# --- Speakers: validation and parsing -------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’«»()[],.;:!?").lower()


_ELIDED = re.compile(r"^(?:[ldLD]|qu)['’]")


def _capitalised(word: str) -> bool:
    stripped = word.lstrip("\"'“‘«(")
    if stripped[:1] in "lLdDq":
        stripped = _ELIDED.sub("", stripped)
    return stripped[:1].isupper()


def _possessive(word: str) -> bool:
    return bool(re.search(r"['’]s?$", word.rstrip(",.;:")))


def _verbish(word: str) -> bool:
    low = _bare(word)
    if _capitalised(word):
        return False
    if low in _VERBISH or _SAY_EN_RE.fullmatch(low):
        return True
    if low in _OK_ED_ING or low in _PERSON_ROLES or low in _BODIES:
        return False
    if re.fullmatch(r"[a-z]{3,}(?:ed|ing)", low):
        return True
    return bool(re.fullmatch(r"[a-z]{4,}ly", low)) and low not in _NOT_ADVERBS


def valid_speaker(candidate: str) -> bool:
    """Whether `candidate` can be a speaker: a name, or a description of a person or a body,
    at most eight words, not a clause (see the module docstring)."""
    parts = [p.strip() for p in candidate.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        return False
    return all(_valid_part(part) for part in parts)


def _valid_part(part: str) -> bool:
    words = _words(part)
    if not 1 <= len(words) <= 8 or _Q in part or re.search(r"\d|[\"“”«»:;!?(){}\[\]]", part):
        return False
    if any(not re.search(r"\w", w) for w in words):
        return False  # a stray quote mark or dash
    first, last = _bare(words[0]), _bare(words[-1])
    if re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", words[0]) and len(words) > 1 and words[1].islower():
        return False  # "Commanding troops in Chechnya": a participle, not a name
    if first in _BAD_START or first in _PRONOUNS or last in _CONNECTORS or last in _PRONOUNS:
        return False
    if _possessive(words[-1]) or any(_verbish(w) for w in words) or last in _PLACE_NOUNS:
        return False
    if any(w in ("The", "A", "An") for w in words[1:]):  # "Interactive The Luhansk governor"
        return False
    if any(_PARTY.fullmatch(w) for w in words):
        return False  # "R-Ga." is said of a name, it is not one
    if any(_bare(w) in _INNER_OPENERS for w in words[1:]):  # "troops close on Kyiv but UK"
        return False
    if all(_capitalised(w) and _bare(w).rstrip(".") in _PERSON_TITLES for w in words):
        return False  # a title alone ("Gen", "President") is a cut name
    if sum(1 for w in words if len(w) >= 4 and w.isupper()) > 1:  # "MARIUPOL HOSPITAL Tsyganok"
        return False
    lows = [_bare(w) for w in words]
    named = [
        w
        for w, low in zip(words, lows, strict=True)
        if _capitalised(w) and low not in _DETERMINERS | _DAYS_MONTHS | _QUANTIFIERS
    ]
    if any(low in _NOT_SPEAKERS for low in lows[:-1]):
        return False  # "an allegation Moscow (denied)": the object of the verb, not its subject
    return bool(named) or any(low in _PERSON_ROLES or low in _BODIES for low in lows)


@lru_cache(maxsize=50_000)
def _person_word(word: str) -> bool:
    """A word that can belong to a person's name: capitalised, not a title or a body."""
    low = _bare(word)
    if low in ("de", "von", "van", "al", "bin", "der", "da", "di", "du"):
        return True
    if not _capitalised(word) or _possessive(word) or low in _DETERMINERS | _QUANTIFIERS:
        return False
    if low in _PERSON_ROLES or low in _BODIES or low in _BAD_START or low in _DAYS_MONTHS:
        return False
    if word.endswith(".") and not re.fullmatch(r"[A-Z]\.", word):
        return False  # "Kulinichi." ends a sentence; "F." is an initial
    if len(low) > 1 and word.isupper():
        return False  # an acronym ("GMT", "NATO")
    parts = low.rstrip(".").split("-")
    if any(part in _TITLES or part in _BAD_START for part in parts):
        return False  # "Then-President"
    return not _is_place(low)


def _is_place(low: str) -> bool:
    """Whether a (lower-cased) word is one of the crisis' countries, capitals or bodies."""
    mapped = normalize(low)
    return mapped in _PLACES or stem(mapped) in _PLACES


# The alias table's places and bodies (not its people nor its offices).
_PLACES = frozenset(
    form
    for key in ALIASES
    if key not in ("dmitri", "poutine", "vladimir", "zelensky", "troupes")
    and key not in ("premier-ministre", "chancelier", "porte-parole", "president", "chefs-d-etat")
    for form in (key, stem(key))
)


def _split_name(phrase: str) -> tuple[str | None, str | None]:
    """(person's name, what comes before it) of one comma-free phrase: "Kremlin spokesman
    Dmitry Peskov" → ("Dmitry Peskov", "Kremlin spokesman"); "the Pentagon" → (None, None)."""
    words = _words(phrase)
    i = len(words)
    while i > 0 and _person_word(words[i - 1]):
        i -= 1
    while i < len(words) and _bare(words[i]) in ("de", "von", "van", "al", "bin", "der", "da"):
        i += 1  # a particle cannot open a name
    name_words = words[i:]
    if not name_words or len(name_words) > 4:
        return None, None
    before = words[:i]
    if before and _bare(before[-1]) in _DETERMINERS:  # "the Kremlin": a body
        return None, None
    if (
        before
        and _bare(before[0]) in _DETERMINERS
        and all(_capitalised(w) and not _possessive(w) for w in before[1:])
        and not _describes_person(" ".join(before))
    ):
        return None, None  # "The Washington Post", "the Kyiv Independent": a body
    if not before and len(name_words) == 1 and _bare(name_words[0]) in _DAYS_MONTHS:
        return None, None
    role = " ".join(before).strip() or None
    if role and _bare(role.split()[-1]) in _CONNECTORS:
        return None, None  # "head of Naftogaz": a body's name, not a person's
    return " ".join(name_words), role


def parse_speaker(speaker: str) -> tuple[str | None, str | None]:
    """(person's name, role) as the article writes them; either may be None.

    "le ministre russe, Sergueï Lavrov" → ("Sergueï Lavrov", "le ministre russe");
    "Dmitry Peskov, the Kremlin spokesman" → ("Dmitry Peskov", "the Kremlin spokesman");
    "Ukraine's foreign minister Dmytro Kuleba" → ("Dmytro Kuleba", "Ukraine's foreign minister");
    "the Kremlin spokesman" → (None, "the Kremlin spokesman"); "the Pentagon" → (None, None).
    """
    parts = [p.strip() for p in speaker.split(",") if p.strip()]
    if len(parts) > 1:
        name, role = _split_name(parts[-1])
        if name and not role:  # "le ministre russe, Sergueï Lavrov"
            return name, ", ".join(parts[:-1])
        name, role = _split_name(parts[0])
        if name:  # "Dmitry Peskov, the Kremlin spokesman"
            return name, ", ".join(x for x in (role, *parts[1:]) if x)
        return None, speaker if _describes_person(speaker) else None
    name, role = _split_name(speaker)
    if name:
        return name, role
    return None, speaker if _describes_person(speaker) else None


def _describes_person(phrase: str) -> bool:
    """A description naming a person's office ("the Kremlin spokesman"), not a body."""
    lows = [_bare(w) for w in _words(phrase)]
    return any(low in _PERSON_ROLES or low.rstrip(".") in _PERSON_TITLES for low in lows)


_PERSON_TITLES = frozenset(
    "president vice prime minister secretary secretary-general general gen lt col maj adm sgt "
    "capt brig commander sen senator rep representative gov governor mayor ambassador chancellor "
    "spokesman spokeswoman spokesperson chief director head chairman chair mr mrs ms dr pope "
    "king queen prince princess lord sir dame mp mep congressman congresswoman speaker leader "
    "ministre président porte-parole chancelier général commandant premier deputy".split()
)


def role_key(role: str) -> str:
    """A role's identity across wordings and languages: its normalised, stemmed words with the
    crisis' countries merged ("the Kremlin spokesman", "le porte-parole du Kremlin" → the same;
    so are "Ukraine's foreign minister" and "Ukrainian Foreign Minister")."""
    actor = {stem(t): f"@{i}" for i, group in enumerate(ACTOR_GROUPS) for t in group}
    words = {actor.get(t, t) for t in tokens(role)} - {"one", "senior", "top", "former", "new"}
    return " ".join(sorted(words))


def person_key(name: str) -> str:
    """A person's identity: the surname normalised ("Dmitri Peskov", "Peskov" → "peskov";
    "Zelenskyy" → "zelensky")."""
    last = re.sub(r"['’]s$", "", name.split()[-1]) if name.split() else name
    words = re.findall(r"[a-z0-9-]+", normalize(last))
    return words[-1] if words else normalize(name)


def entity_key(speaker: str) -> str:
    """The identity of a speaker with no person's name ("the Pentagon" → "pentagon")."""
    return " ".join(tokens(speaker)) or normalize(speaker)


# --- Attributions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Attribution:
    """The speaker of one sentence; `continues` when found through an earlier sentence."""

    start: int
    end: int
    speaker: str  # as the article writes it, e.g. "le porte-parole du Kremlin, Dmitri Peskov"
    quote: bool  # holds a direct quotation in « », “ ” or " "
    continues: bool = False
    responders: tuple[str, ...] = ()  # who answers within it: "…, ce que la Russie dément"
    person: str = ""  # who this is, for display: "Dmitry Peskov" (or "the Pentagon")
    key: str = ""  # a stable identity: "peskov" for every mention of Dmitry Peskov

    @property
    def name(self) -> str:
        """The person's display name when known, else the speaker as written."""
        if self.person:
            return self.person
        parsed, _ = parse_speaker(self.speaker)
        return parsed or self.speaker

    @property
    def role(self) -> str | None:
        """The role the article gives with the name ('le porte-parole du Kremlin'), if any."""
        _, role = parse_speaker(self.speaker)
        return role if role and role.lower() != self.name.lower() else None


@dataclass(frozen=True)
class _Found:
    """A sentence's own speaker: named, or a pronoun to resolve."""

    speaker: str = ""
    pronoun: str = ""
    at: int = 0  # where in the narration the pronoun stands


def attribute(
    text: str, sentences: Sequence[tuple[int, int]], roles: RoleBook | None = None
) -> list[Attribution | None]:
    """The attribution of each sentence (spans into `text`, in reading order), or None.

    `roles`, learnt from other articles, names a speaker the article only describes."""
    french = detect_language(" ".join(text[s:e] for s, e in sentences[:40])) == "fr"
    layouts = _layouts(text, sentences)
    found = [
        _explicit_fr(text[s:e]) if french else _explicit_en(layout.narration)
        for (s, e), layout in zip(sentences, layouts, strict=True)
    ]
    persons = _known_persons(text, [f.speaker for f in found if f.speaker])
    spans: dict[int, list[int]] = {}
    for i, layout in enumerate(layouts):
        if layout.quote_span is not None:
            spans.setdefault(layout.quote_span, []).append(i)
    result: list[Attribution | None] = [None] * len(sentences)
    # Who a pronoun may stand for, latest last: speakers, and people a sentence is about.
    antecedents: list[tuple[int, Attribution]] = []
    for i, ((start, end), layout, own) in enumerate(zip(sentences, layouts, found, strict=True)):
        sentence = text[start:end]
        quote = layout.has_quote
        responders = tuple(m.group("who").strip() for m in _RESPONSE.finditer(sentence))
        if own.speaker:
            att = Attribution(start, end, own.speaker, quote, False, responders)
        else:
            members = spans.get(layout.quote_span, []) if layout.quote_span is not None else []
            prior = _continued(
                i, own, layout, layouts, result, antecedents, persons, members, found
            )
            if prior is None:
                subject = "" if french else _subject_person(layout.narration, persons)
                if subject:
                    antecedents.append((i, Attribution(start, end, subject, False)))
                continue
            att = replace(
                prior, start=start, end=end, quote=quote, continues=True, responders=responders
            )
        result[i] = att
        antecedents.append((i, att))
    for members in spans.values():  # a quotation's earlier sentences: the speaker named later
        named = next((result[i] for i in members if result[i] is not None), None)
        for i in members if named else []:
            if result[i] is None:
                start, end = sentences[i]
                result[i] = replace(named, start=start, end=end, quote=True, continues=True)
    return _identified(text, result, roles)


def _continued(
    i: int,
    own: _Found,
    layout: _Layout,
    layouts: list[_Layout],
    result: list[Attribution | None],
    antecedents: list[tuple[int, Attribution]],
    persons: dict[str, str],
    members: list[int],
    found: list[_Found],
) -> Attribution | None:
    """The earlier attribution this sentence continues, if any."""
    previous = result[i - 1] if i else None
    if own.pronoun:
        named_here = _person_named_before(layout.narration[: own.at], persons)
        if named_here and own.pronoun in ("he", "she"):
            return Attribution(0, 0, named_here, False)
        for j, att in reversed(antecedents):
            if i - j > PRONOUN_WINDOW:
                break
            if _pronoun_fits(own.pronoun, att.speaker):
                return att
        return None
    if members:
        voiced = [j for j in members if found[j].speaker or found[j].pronoun]
        if voiced:  # the quotation names its speaker itself, here or further on
            return result[voiced[0]] if voiced[0] < i else None
        if any(not layouts[j].all_quote for j in members if j != members[0]):
            return None  # closed by words we cannot read ("another person reacted")
    if previous and layout.starts_open and layouts[i - 1].quote_span == layout.quote_span:
        return previous  # the quotation goes on
    if previous and previous.quote and layout.all_quote and layout.has_quote:
        return previous  # another quoted sentence right after the speaker's
    return None


_SUBJECT_EN = re.compile(
    r"^(?:[^,\ue000]{0,40},\s*)?(?P<who>(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'-]+)\s+"
    r"(?:has\s+|had\s+|also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b"
)


def _subject_person(narration: str, persons: Mapping[str, str]) -> str:
    """The person a sentence is about when it opens on one as its subject ("Last Friday, US
    President Joe Biden dismissed …"): a later "he said" may stand for them."""
    match = _SUBJECT_EN.match(narration)
    if not match or not valid_speaker(match.group("who")):
        return ""
    name, _ = parse_speaker(match.group("who"))
    if name and (len(name.split()) >= 2 or person_key(name) in persons):
        return name
    return ""


def _plural(phrase: str) -> bool:
    """A description of several people or bodies ("Ukrainian officials", "leaders")."""
    last = _bare(phrase.split()[-1]) if phrase.split() else ""
    return last.endswith("s") and (last in _PERSON_ROLES or last in _BODIES)


def _pronoun_fits(pronoun: str, speaker: str) -> bool:
    """Whether a pronoun can stand for this speaker: he/she (il/elle) a person or an office,
    they a group, it a body."""
    name, role = parse_speaker(speaker)
    plural = _plural(speaker) and not name
    if pronoun in ("he", "she", "il", "elle"):
        return bool(name or role) and not plural
    if pronoun in ("they", "ils", "elles"):
        return plural or not (name or role)
    return not (name or role) and not plural  # "it": a body


def _explicit_en(narration: str) -> _Found:
    """The speaker an English sentence names itself, or the pronoun it uses for one."""
    for match in _SAY_EN_RE.finditer(narration):
        before = narration[: match.start()]
        if _PASSIVE.search(before) or re.search(r"(?:so|to|self)-?\s*$", before, re.I):
            continue  # "is said to", "so-called", "refused to say"
        found = _subject_before(before)
        if found is None and _INVERTED.fullmatch(match.group(0)):  # not "told X": X listens
            found = _subject_after(before, narration[match.end() :])
        if found:
            return found
    for match in _ACCORDING_RE.finditer(narration):
        after = narration[match.end() :]
        end = re.search(rf"[,;:!?{_Q}]|(?<!\b[A-Z])\.(?=\s|$)|\s[–—-]\s|$", after)
        who = _trimmed(after[: end.start() if end else len(after)])
        if who and valid_speaker(who):
            return _Found(who)
    return _Found()


def _trimmed(who: str) -> str:
    who = _TRAILING_TIME.sub("", who.strip(" \t,–—-’‘'"))
    return re.sub(r"['’]$", "", who).strip()


def _subject_before(before: str) -> _Found | None:
    """The speaker just before a verb of saying: the longest valid end of its clause, or a
    name before an apposition ("Dmitry Peskov, the Kremlin spokesman, said")."""
    head = _BETWEEN.sub("", before)
    head = _TRAILING_TIME.sub("", head).rstrip()
    if not head or head.endswith(_Q):
        return None  # an inverted verb: "…," said X
    segments = [x.strip() for x in re.split(rf"\s*[,;:(—–{_Q}]\s*|\s+--?\s+", head)]
    if head[-1] in ",;:(—–-":  # "Oleksander Vilkul, head of the administration, told …"
        return _before_apposition(segments[:-1])
    last = segments[-1]
    lw = _words(last)
    if lw and _bare(lw[-1]) in _PRONOUNS and (len(lw) == 1 or _bare(lw[-2]) in _OPENERS):
        return _Found(pronoun=_bare(lw[-1]), at=len(head))
    if lw and _bare(lw[0]) in ("who", "which", "whose"):  # "Hutchison, who served …, warned"
        return _before_apposition(segments)
    who = _valid_suffix(last)
    if who and who == last and _apposition(last):
        return _before_apposition(segments) or _Found(who)
    return _Found(who) if who else None


def _before_apposition(segments: list[str]) -> _Found | None:
    """The name before a closing apposition or relative clause, joined to a role apposition:
    ["Dmitry Peskov", "the Kremlin spokesman"] → "Dmitry Peskov, the Kremlin spokesman"."""
    if len(segments) < 2:
        return None
    appended, name = segments[-1], segments[-2]
    if not (_split_name(name)[0] and valid_speaker(name) and _valid_suffix(name) == name):
        return None
    if _describes_person(appended) and valid_speaker(appended):
        return _Found(f"{name}, {appended}")
    if _participle(appended) or _describes_person(appended) or _PARTY.fullmatch(appended):
        return _Found(name)  # "Rep. Marjorie Taylor Greene, R-Ga., said"
    return None


_PARTY = re.compile(r"[RDI]-[A-Z][\w.]*")


def _apposition(segment: str) -> bool:
    first = _bare(segment.split()[0]) if segment.split() else ""
    return first in ("the", "a", "an") and _describes_person(segment)


def _participle(segment: str) -> bool:
    first = _bare(segment.split()[0]) if segment.split() else ""
    return first.endswith("ing") or first in ("who", "which", "whose", "in", "at", "on")


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


def _subject_after(before: str, after: str) -> _Found | None:
    """The speaker after an inverted verb of saying: `"…," said Herbst, a veteran diplomat.`"""
    head = before.rstrip()
    if head and not (head.endswith(_Q) or head[-1] in ",;:—–"):
        return None
    lead = re.match(r"\s+(?P<who>(?:[^,;:.!?\ue000]|(?<=\b[A-Z])\.)+)", after)
    if not lead:
        return None
    who = lead.group("who")
    cut = _AFTER_END.search(who)
    who = _trimmed(who[: cut.start()] if cut else who)
    if _bare(who) in _PRONOUNS:
        return _Found(pronoun=_bare(who), at=len(before))
    if not who or not valid_speaker(who):
        return None
    rest = after[lead.end() :]
    appos = re.match(r",\s+(?P<role>(?:the|a|an)\s+[^,;:.!?\ue000]+)", rest)
    if appos and not cut and _describes_person(appos.group("role")):
        role = _trimmed(appos.group("role"))
        if valid_speaker(role):
            return _Found(f"{who}, {role}")
    return _Found(who)


def _explicit_fr(sentence: str) -> _Found:
    """The speaker a French sentence names itself, or the pronoun continuing one."""
    pronoun = _PRONOUN_CONT_FR.search(sentence) or _SELON_PRONOUN.search(sentence)
    if _PRONOUN_CONT_FR.search(sentence):
        return _Found(pronoun="il", at=0)
    for pattern in (_POSTPOSED_FR, _LEAD_IN_FR, _SUBJECT_FR):
        match = pattern.search(sentence)
        if match:
            who = re.sub(r"^(?:ce qu'|ce que\s+)", "", match.group("who").strip(" ."), flags=re.I)
            if _SELON_PRONOUN.match(match.group(0)) or who.lower() in _PRONOUNS | {"lui", "eux"}:
                break
            if valid_speaker(who):
                return _Found(who)
    if pronoun:
        return _Found(pronoun="il", at=0)
    return _Found()


# --- Identity: who each speaker is ----------------------------------------------------------

_NAME_RUN = re.compile(
    r"(?<![\w’'-])(?:[A-ZÀ-Ý][\w’'.-]*\s+){0,5}?"
    r"[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,3}"
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
    for match in _NAME_RUN.finditer(text):
        name, _ = _split_name(match.group(0))
        if (
            name
            and len(name.split()) >= 2
            and person_key(name) in names
            and not re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", name.split()[0])  # "Casting Biden"
        ):
            learn(name)
    return names


def _person_named_before(narration: str, persons: Mapping[str, str]) -> str:
    """The last known person the narration names (by surname), or ''."""
    found = ""
    for word in re.findall(r"[A-ZÀ-Ý][\w’'-]+", narration):
        key = person_key(word)
        if key in persons:
            found = persons[key]
    return found


def _article_roles(
    text: str, speakers: Sequence[str], persons: dict[str, str]
) -> dict[str, Counter[str]]:
    """Role key → person keys the article gives that role, from its speakers and from
    "Kremlin spokesman Dmitry Peskov" or "Dmitry Peskov, the Kremlin spokesman" anywhere in
    it; the full names found so are added to `persons`."""
    roles: dict[str, Counter[str]] = {}

    def learn(name: str | None, role: str | None) -> None:
        if name and role and _describes_person(role) and not _plural(role):
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
        if tail != phrase and _describes_person(_split_name(tail)[1] or ""):
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
    return [
        replace(a, person=resolved[a.speaker][0], key=resolved[a.speaker][1]) if a else None
        for a in result
    ]


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
        if _plural(role) or _bare(role.split()[0]) in ("a", "an", "one", "another", "un", "une"):
            return _display(speaker), key  # some officials, a spokesman: not one known person
        counts = roles.get(key)
        if counts:
            (best, n), *rest = [*counts.most_common(2), ("", 0)]
            if n > rest[0][1] and best in persons:
                return persons[best], best
        known = book.resolve(key) if book else None
        if known:
            return known[1], known[0]
        return _display(speaker), key
    return _display(speaker), entity_key(speaker)


def _display(speaker: str) -> str:
    """A body or a description as the article writes it, an English article lower-cased
    ("The Pentagon" → "the Pentagon")."""
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), speaker)


def article_roles(
    text: str, sentences: Sequence[tuple[int, int]] | None = None
) -> dict[str, list[str]]:
    """What one article teaches a `RoleBook`: role key → [person key, display name] for each
    role the article gives one person ("@0 porte-parol" → ["peskov", "Dmitry Peskov"]).

    `sentences` default to the article's sentences as `chunking.sentence_spans` cuts them."""
    if sentences is None:
        from assistant.chunking import sentence_spans

        sentences = sentence_spans(text)
    return roles_taught(text, attribute(text, sentences))


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


# --- Across articles --------------------------------------------------------------------------


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


def decide_role(
    role: str,
    tally: Mapping[str, int],
    names: Mapping[str, Mapping[str, int]],
    min_articles: int = 3,
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


def speaker_matches(attribution: Attribution, who: list[str]) -> bool:
    """Whether every token of `who` (already normalised) names this speaker: as written, or
    the person it resolves to ("Peskov" matches "the Kremlin spokesman" once resolved), or
    one who answers within the sentence."""
    if not who:
        return False
    wanted = set(who)
    own = set(tokens(attribution.speaker)) | set(tokens(attribution.person))
    return wanted <= own or any(wanted <= set(tokens(r)) for r in attribution.responders)
