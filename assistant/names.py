"""Names in a question, checked against the corpus: which capitalised runs are names of
people, places or bodies ("Joe Biden", "Eastern Europe"; not the word that opens a question),
and which of them the corpus never mentions (a name spelt otherwise than the corpus is
corrected to its spelling first, by `name_spelling`); and in a sentence, the people it names
(not a newspaper, nor "Ukrainian Telegram"), the names a preposition of place introduces ("met
in Stockholm, Sweden"), whether it says a name is withheld ("who did not share her last name"),
what it says someone is ("Victor Kovalenko, a former Ukrainian journalist"), whom it says was
told ("told CNN's Clarissa Ward"), the clause naming someone and its words out of quotes. It
only reads the corpus vocabulary; bridging words across languages is `bridges`' job.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Set

from assistant.lexical import (
    NAME_ABBREVIATIONS,
    POSSESSIVE_END,
    QUOTED,
    STOPWORDS,
    alias_openers,
    alias_tokens,
    fold,
    stem,
    tokens,
    without_elisions,
)
from assistant.places import is_country, is_place
from assistant.speaker_words import _SAY_EN_RE
from assistant.speakers import parse_speaker
from assistant.word_variants import related

# A sentence whose subject is someone named before it: "He was sentenced to…", "Elle a dit…".
PERSONAL_SUBJECT = re.compile(r"^\W*(?:He|She|Il|Elle)\b")
_NAME_RUN = re.compile(r"\b[A-ZÀ-Ý][\w’'-]*\w(?:\s+(?:de |du |von |van |al-)?[A-ZÀ-Ý][\w’'-]*\w)*")
# Capitalised words that are not names of people or places.
# The corpus words: a set, or the catalog's lookup (`derived.Vocabulary`), both answer `in`.
Vocabulary = Container[str]
NOT_NAMES = frozenset(
    stem(word)
    for word in "etat etats state states eastern western northern southern east west north south gi gis "
    "head heads chef chefs president premier minister ministre".split()
) | {stem(word.lower()) for word in NAME_ABBREVIATIONS}  # "Republican Sen. John Kennedy"
# The field of a ministry, which French capitalises alone ("le ministre polonais des Affaires
# étrangères", "le ministère de la Défense"): no name by itself (the articles say "foreign
# minister" of Zbigniew Rau, never "Affaires"), though part of one ("House Foreign Affairs
# Committee", "Défense de Transnistrie").
MINISTRY_FIELDS = frozenset(
    tokens("Affaires Défense Intérieur Justice Finances Économie Santé Armées Culture Travail")
)


def name_tokens(text: str) -> list[str]:
    """Normalised tokens of the capitalised words that are not stop words."""
    return [t for phrase in name_phrases(text) for t in phrase[1]]


# Two or more capitalised words side by side: where a person's name may be ("Josh Hawley").
PERSON_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)+\b")
# A person named by a peerage: "the Duchess of Cornwall", "the Prince of Wales" (the place in it
# is the title's, not where the person is).
PEER_RE = re.compile(
    r"\b(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Baron|Baroness) of "
    r"[A-Z][a-z]+\b"
)


def people_in(text: str) -> list[tuple[str, str]]:
    """The runs of capitalised words of `text` that read as a person's name (`PERSON_RE`,
    `speakers.parse_speaker`), not a body's, a title's nor a country's or a region's
    (`places`: "Saudi Arabia"; after the kind of place: "the city of Bila Tserkva"), and the
    peers ("the Duchess of Cornwall"), in the text's order: (the run as written, the person's
    name in it)."""
    found = [
        (m.start(), m.group(0), person)
        for m in PERSON_RE.finditer(text)
        if (person := _person_of(m.group(0)))
        and not is_place(person)
        and not _OF_A_PLACE.search(text, 0, m.start())
    ]
    found += [(m.start(), m.group(0), m.group(0)) for m in PEER_RE.finditer(text)]
    return [(run, person) for _, run, person in sorted(found)]


def people_new(text: str, asked: Set[str]) -> list[tuple[str, str]]:
    """The people `text` names (`people_in`) of whom the question's tokens `asked` hold no
    word: who a name question may be answered with."""
    return [(run, person) for run, person in people_in(text) if not set(tokens(person)) & asked]


# A people's adjective ("Ukrainian", "British", "Chinese", "Israeli") before one capitalised
# word is what that thing is, not a title before a person's name: "Ukrainian Telegram channels",
# "British Airways", "Russian Orthodox".
_DEMONYM = re.compile(r"[A-Z]\w+(?:ian|ean|an|ish|ese|i)")


# A newspaper's name ends on what it is, or one word after it names its edition or show ("the
# Daily Star reported", "The New York Times", "told ABC News Live", "Fox News Digital"); so does
# a legion's ("the Foreign Legion of Territorial Defense").
_NAMED_FOR_WHAT_IT_IS = re.compile(
    r"(?:.+\s)?(?:Times|Post|News|Star|Mail|Mirror|Express|Journal|Herald|Telegraph|Tribune|"
    r"Gazette|Guardian|Observer|Standard|Independent)(?:\s[A-Z][\w’'-]*)?|.+\sLegion"
)


def _person_of(run: str) -> str | None:
    """The person a run of capitalised words names, if any (`parse_speaker`)."""
    if _NAMED_FOR_WHAT_IT_IS.fullmatch(run):
        return None
    person, role = parse_speaker(run)
    if person and role and " " not in person and _DEMONYM.fullmatch(role):
        return None
    return person


# What a sentence says a person is, right after their name: "Victor Kovalenko, a former
# Ukrainian journalist, who…", "Maria Avdeeva, the research director of…"; the role's head
# comes before a preposition ("the head of the regional administration": head).
_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?P<role>[^,;:.!?“”\"«»()]{1,80}?)\s*"
    r"(?=,|;|\.(?:\s|$)|$|\s(?:who|whose|which|that)\b)"
)
_AFTER_HEAD = re.compile(r"\s(?:of|at|from|in|for|with|to|on|who|whose)\s.*$")
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+$")


def narration(text: str) -> str:
    """A sentence without its quoted words ("Maria Avdeeva wrote on Twitter: " of "Maria
    Avdeeva wrote on Twitter: \"…including a 15-year-old girl.\"")."""
    return QUOTED.sub(" ", text)  # what its speaker says, not what the narration tells


def said_to_be(text: str, run: str) -> str:
    """The word `text` describes the person written `run` with: the head of the apposition after
    the name ("Victor Kovalenko, a former Ukrainian journalist," → "journalist"), else the word
    in lower case just before it ("Ukrainian journalist Victor Kovalenko" → "journalist", "said
    Victor Kovalenko" → "said"); '' when `text` does not write `run` or says nothing there."""
    at = text.find(run)
    if at < 0:
        return ""
    after = _APPOSED.match(text, at + len(run))
    if after:
        role = _AFTER_HEAD.sub("", after.group("role")).split()
        return role[-1] if role else ""
    before = _WORD_BEFORE.search(text[:at])
    return before.group(1) if before else ""


# Who is told or asked, before their name: "told CNN's Clarissa Ward", "in an interview with".
_TOLD_BEFORE = re.compile(
    r"\b(?:told|telling|asked|interviewed by|interview with|speaking to|spoke to|said to|"
    r"a déclaré à|a dit à|a confié à)\s+(?:[A-Z][\w.&-]*(?:['’]s)?\s+)?$"
)


def told_to(text: str, run: str) -> bool:
    """Whether `text` names the person written `run` as the one told or asked ("Klitschko also
    told CNN's Clarissa Ward that…"): who hears the words, not who they are about."""
    at = text.find(run)
    return at >= 0 and bool(_TOLD_BEFORE.search(text[:at]))


# A verb of saying right after a name, an adverb or an auxiliary between: "…, and President
# Volodymyr Zelenskyy said a 37-year-old man was killed".
_SAYS_NEXT = re.compile(r"\s+(?:(?:also|has|had|later|then|previously)\s+)?$")


def says(text: str, run: str) -> bool:
    """Whether `text` has the person written `run` say something: a verb of saying follows the
    name (`_SAY_EN_RE`); they report, and what they report is of others."""
    at = text.find(run)
    if at < 0:
        return False
    after = at + len(run)
    verb = _SAY_EN_RE.search(text, after)
    return bool(verb) and bool(_SAYS_NEXT.fullmatch(text[after : verb.start()] or " "))


_CLAUSE_END = re.compile(r"[,;:—–()]")


def clause_of(text: str, run: str) -> str:
    """The clause of `text` writing `run`: from the comma, colon, dash or bracket before it to
    the one after it or to a verb of saying, after which come the words said ("Kyiv Mayor
    Vitali Klitschko " of "…was a woman who was six months pregnant, Kyiv Mayor Vitali Klitschko
    said in a statement."); '' when `text` does not write `run`."""
    at = text.find(run)
    if at < 0:
        return ""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    after = at + len(run)
    ends = [
        m.start() for m in (_CLAUSE_END.search(text, after), _SAY_EN_RE.search(text, after)) if m
    ]
    return text[starts[-1] if starts else 0 : min(ends, default=len(text))]


def name_phrases(text: str, vocabulary: Vocabulary | None = None) -> list[tuple[str, list[str]]]:
    """Runs of capitalised words ("Joe Biden", "Eastern Europe"), with their name tokens.

    Aliases apply to the whole run, so "Eastern Europe" becomes one known place; stop words,
    capitalised common words ("Etat", "Western"), a ministry's field alone ("Affaires") and a
    single capitalised word that opens the question ("Ignore …", "Pourquoi …") do not count as
    names. With the corpus `vocabulary`, the opening word of a longer run counts only when the
    corpus writes it as a name ("Qu'exigeait Moscou" names Moscou; "Emmanuel Macron a-t-il…"
    names both). A name written twice is one phrase, the first.
    """
    phrases = []
    for match in _NAME_RUN.finditer(text):
        words = POSSESSIVE_END.sub("", match.group(0))  # "Beijing's" names Beijing
        if _sentence_case(text, match) and len(text.split()) > 1:
            first, _, rest = words.partition(" ")
            known = vocabulary is not None and _corpus_name(first, vocabulary)
            if not rest and not known:
                continue  # "Ignore the articles…": a capital that only opens the question
            if rest and vocabulary is not None and not known:
                words = rest
        toks = [
            t
            for t in tokens(words)
            if t not in STOPWORDS and t not in NOT_NAMES and len(t) > 2 and not t.isdigit()
        ]
        if " " not in words and set(toks) <= MINISTRY_FIELDS:
            continue  # "des Affaires étrangères", "de la Défense": a ministry's field alone
        if toks and all(words != seen for seen, _ in phrases):  # "Mariupol… in Mariupol": once
            phrases.append((words, _in_context(text, match, toks)))
    return phrases


_ALIAS_REACH = 60  # characters after a name run that an alias opening with it may span


def _in_context(text: str, match: re.Match[str], toks: list[str]) -> list[str]:
    """A name run's tokens as the question reads them: a run that opens a longer alias is that
    alias ("Conseil de sécurité" → conseil-de-securite, "Nations unies" → onu), not its own
    first word, which the corpus then never holds. Only a run opening such an alias is read
    on (`lexical.alias_openers`): most runs cost no tokenising."""
    words = fold(without_elisions(match.group(0))).split()
    opener = next((w for w in words if w not in STOPWORDS), "")
    if opener not in alias_openers():
        return toks
    context = tokens(text[match.start() : match.end() + _ALIAS_REACH])
    if context and context[0] != toks[0] and context[0] in alias_tokens():
        return [context[0], *(t for t in toks[1:] if t in context)]
    return toks


# A place is named after a preposition of place: "met Thursday in Stockholm", "à Genève", also
# through the kind of place it is: "in the town of Chasiv Yar", "dans la ville de Kherson".
_PLACE_KIND = (
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}?"
    r"(?:town|city|village|region|province|oblast)\s+of|(?:la\s+)?(?:ville|région|localité)\s+d[e'’])\s*"
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:in|at|near|outside|à|en|au|aux|près de|dans)\s+(?:{_PLACE_KIND})?$", re.I
)


def towns_new(text: str, asked: Set[str]) -> list[str]:
    """The places but countries `text` names, after a preposition of place or their kind
    (`place_phrases`: "in the central city of Dnipro") or by a region's name, of which the
    question's tokens `asked` hold no word: what a question asking which town may be answered
    with ("to go to Ukraine" does not say which town)."""
    named = [run for run, _ in place_phrases(text)]
    named += [run for run, _ in name_phrases(text) if is_place(run)]
    return [run for run in named if not (set(tokens(run)) & asked or is_country(run))]


# The kind of place before a name makes it the place's: "the central Ukrainian city of Bila
# Tserkva" names no person.
_OF_A_PLACE = re.compile(rf"\b{_PLACE_KIND}$", re.I)


def place_phrases(text: str) -> list[tuple[str, list[str]]]:
    """The name runs of `text` that a preposition of place introduces ("in Stockholm", "à
    Genève"), and those set beside one after a comma ("in Stockholm, Sweden"), with their name
    tokens: where something happened, not who did it."""
    found = []
    after = -1  # where the last place named ends
    for match in _NAME_RUN.finditer(text):
        introduced = _PLACE_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        if introduced or text[after : match.start()] == ", ":
            found += name_phrases(match.group(0))
            after = match.end()
    return found


def _corpus_name(word: str, vocabulary: Vocabulary) -> bool:
    """Whether the corpus knows every token of `word` as a name (without a lookup of
    capitalisation, as a word it contains)."""
    is_name = getattr(vocabulary, "is_name", None)
    toks = tokens(word)
    return bool(toks) and all(is_name(t) if is_name is not None else t in vocabulary for t in toks)


def _sentence_case(text: str, match: re.Match[str]) -> bool:
    """Whether the capital is the first letter of the question or of one of its sentences."""
    before = text[: match.start()].rstrip()
    return not before or before[-1] in '.!?:«"“('


def unknown_names(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The names in `text` with a word the corpus never contains, nor any word standing for it
    ("Joe Biden", "European Union"; not "the White House" when the corpus has Washington, nor
    "Nobel-winning" when it has both words)."""
    return tuple(
        words for words, toks in name_phrases(text, vocabulary) if unknown_tokens(toks, vocabulary)
    )


def unknown_tokens(toks: Iterable[str], vocabulary: Vocabulary) -> list[str]:
    """The tokens of which the corpus contains neither the token, nor a word standing for it,
    nor (for a hyphenated one) every part."""
    return [
        t
        for t in toks
        if t not in vocabulary
        and not any(r in vocabulary for r in related(t))
        and not ("-" in t and all(p in vocabulary for p in tokens(t.replace("-", " "))))
    ]


def new_name(word: str, asked: Set[str]) -> bool:
    """Whether a one-word name is none of the question's tokens `asked` and no place ("Sting",
    not "Kyiv")."""
    return not set(tokens(word)) & asked and not is_place(word)
