"""Whether the story an answer comes from says that what the question asks is not known.

News reports say so when a detail is withheld or unknown: "Ukrainian officials declined to say
which specific energy company or facilities had been targeted", "The suspect, whom the SBU did
not identify, …", "He did not say how many troops…", "while the exact route has not been
revealed". A question asking that detail is not answered by that story, whatever sentence of it
comes closest; the answer says so and cites the sentence. Only the kind of value asked is read
(a name, which one, a count, a place, a date), of the thing asked: "which NATO countries" left
unsaid is not the example asked for, "how many Russian soldiers" not the Ukrainian ones counted,
"three unnamed Russian officials" not the group asked. A sentence must also share enough of the
question's rarer words to speak of it, and one giving a figure beside the count it calls unclear
("It is unclear who…, but 169 … are missing") withholds no count. Finding the story is the
answerer's (`extractive`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.bridges import Slot
from assistant.lexical import tokens
from assistant.query import Query
from assistant.question_names import asks_place
from assistant.sentences import Sentence

_NOT = r"(?:did|does|do|would|could|will|has|have|had)(?: not|n['’]t)(?: yet)?"
_UNTOLD = (
    r"\b(?:unclear|unknown|not (?:yet |immediately |publicly )?(?:known|clear)|"
    + _NOT
    + r" (?:say|specify|disclose|reveal|identify|confirm|explain)|"
    r"(?:declined|refused) to (?:say|specify|disclose|reveal|identify)|"
    r"n['’]a pas (?:précisé|dit|révélé|indiqué)|sans (?:préciser|dire)|on ignore|on ne sait pas)"
    r"(?: exactly| precisely| exactement)?"
)
# The words after a marker that say of what ("which specific energy company", "how many
# troops", "an unnamed journalist"), up to three.
_WHAT = r"(?:\s+[\"“']?(?P<{}>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}))?"
# What each kind of value asked is withheld by, in a sentence; a `what` said must be the thing
# asked.
WITHHELD = {
    "name": re.compile(
        r"\bnot (?:yet |immediately |publicly |been |yet been )*(?:identified|named)\b|"
        r"\b" + _NOT + r" (?:reveal|disclose|release|give|publish) (?:the |their |his |her )?"
        r"(?:names?|identit(?:y|ies))\b|"
        r"\b(?:identity|identities|name|names) (?:\w+ ){0,3}(?:has|have|had|was|were|is|are)"
        r"(?: not| yet to be)(?: been)? (?:revealed|released|disclosed|made public|known|"
        r"confirmed)\b|"
        r"\bcondition of anonymity\b|" + _UNTOLD + r" (?:who|qui)\b|"
        r"\bn['’]a pas été identifiée?s?\b|"
        r"\b(?:unidentified|unnamed|non identifiée?s?|(?:"
        + _NOT
        + r"|(?:declined|refused) to) (?:identify|name)\b(?: the| a| an| any| its| their)?)"
        + _WHAT.format("what"),
        re.I,
    ),
    "which": re.compile(
        _UNTOLD
        + r" (?:which|lequel|laquelle|lesquels|lesquelles|quel|quelle)\b"
        + _WHAT.format("what")
        + "|"
        r"\bwhich (?P<which>[\w-]+(?:\s+[\w-]+){0,2}?) [\w\s,-]{0,60}?(?:is|was|were|are|"
        r"remains|remained) (?:unknown|unclear|not known|not clear)\b",
        re.I,
    ),
    "count": re.compile(
        _UNTOLD + r" (?:how (?:many|much)|combien(?: de| d['’])?)\b" + _WHAT.format("what") + "|"
        r"\ban? (?:unknown|undisclosed|unspecified) (?:number|amount|sum|figure)\b(?: of)?"
        + _WHAT.format("of")
        + "|"
        r"\b(?:" + _NOT + r"|(?:declined|refused) to) (?:disclose|give|reveal|specify|provide|"
        r"release) (?:the |a |any )?(?:exact |total |precise |full )?(?:number|figure|"
        r"amount|sum|cost|price|toll|tally|total)\b",
        re.I,
    ),
    "place": re.compile(
        _UNTOLD + r" (?:where|où)\b|"
        r"\b(?:an? |the )?(?:undisclosed|unknown|unspecified|secret) (?:location|place|site)\b|"
        r"\b(?:" + _NOT + r"|(?:declined|refused) to) (?:disclose|give|reveal|specify) "
        r"(?:the |its |their |his |her )?(?:exact |specific |precise )?(?:location|"
        r"whereabouts|route|destination)\b|"
        r"\b(?:location|whereabouts|route|destination) (?:\w+ ){0,3}(?:is|was|were|are|has|"
        r"have|had|remains|remained)(?: not| yet to be)?(?: been)? (?:unknown|unclear|known|"
        r"disclosed|revealed|made public)\b",
        re.I,
    ),
    "date": re.compile(
        _UNTOLD + r" (?:when|quand)\b|\bno date (?:has|had|was) (?:yet )?been set\b|"
        r"\b(?:date|timing) (?:\w+ ){0,3}(?:is|was|remains|remained) (?:unclear|unknown|"
        r"not known)\b",
        re.I,
    ),
}
# "which sanctions", "quelle entreprise"; not "Quelle est la position…", which asks no one thing.
_WHICH_ASKED = re.compile(
    r"\b(?:which|lequel|laquelle|quel(?:le)?s?(?!\s+(?:est|sont|était|étaient|a|ont|fut|sera|"
    r"serait)\b))" + _WHAT.format("what"),
    re.I,
)
_FIGURE = re.compile(r"\d")
# How much of the question a sentence must share to speak of what it asks: the sum of the IDF
# of the question's words it holds (each word once, by its best alternative, as weighted).
# Measured on the read sets: the sentences withholding what unanswerable questions ask share
# 10 or more ("declined to say which specific energy company or facilities had been
# targeted"); an unclear matter beside an answered one mostly shares only common words
# ("Russian", "Ukrainian", "forces").
SHARED_MIN = 10.0


def kinds_asked(query: Query) -> frozenset[str]:
    """The kinds of value the question asks: a name, which one, a count, a place, a date."""
    kinds: set[str] = set()
    if query.asks_name:
        kinds.add("place" if asks_place(query.question) else "name")
    if _WHICH_ASKED.search(query.question):
        kinds.add("which")
    if query.kind == "number":
        kinds.add("count")
    if query.kind == "date":
        kinds.add("date")
    return frozenset(kinds)


def withheld(
    query: Query,
    story: Callable[[], Iterable[Sentence]],
    slots: Sequence[Slot],
    idf: Callable[[str], float],
) -> Sentence | None:
    """The sentence of the answer's `story` (read only when the question asks a value) saying
    that the value asked is not known or not given, that holds most of the question's words
    (`slots`, weighed by `idf`: `shared`), when enough; else None."""
    kinds = kinds_asked(query)
    if not kinds:
        return None
    asked = {kind: _asked(query, kind, slots) for kind in kinds}
    best, most = None, SHARED_MIN
    for sentence in story():
        if sentence.headline or sentence.caption:
            continue
        said = [k for k in kinds if _says_untold(sentence.text, k, asked[k])]
        if not said or (said == ["count"] and _FIGURE.search(sentence.text)):
            continue
        share = shared(sentence.words, slots, idf)
        if share >= most:
            best, most = sentence, share
    return best


def _asked(query: Query, kind: str, slots: Sequence[Slot]) -> frozenset[str]:
    """The tokens (alternatives included) of the thing a kind of value is asked of: what a
    number question counts, what its "which" names, whom a name question describes (the
    question's words)."""
    words = ""
    if kind == "count":
        words = query.counted or query.head
    elif kind == "which":
        match = _WHICH_ASKED.search(query.question)
        words = (match.group("what") or "") if match else ""
    own = set(tokens(_phrase(words))) if words else set()
    return (
        frozenset(token for slot in slots if not own or slot[0][0] in own for token, _ in slot)
        | own
    )


def _says_untold(text: str, kind: str, asked: frozenset[str]) -> bool:
    """Whether `text` says a value of `kind` is untold, of the thing `asked` when it says of
    what (`_of_what_is_asked`)."""
    for match in WITHHELD[kind].finditer(text):
        what = next((w for w in match.groups() if w), "")
        if _of_what_is_asked(what, asked):
            return True
    return False


def _of_what_is_asked(what: str, asked: frozenset[str]) -> bool:
    """Whether the words a marker says it of are the thing asked: one of their common words
    is, and none of their names is another ("Russian soldiers" for Ukrainian ones, "Russian
    officials" for a group). Nothing said of ("whom the SBU did not identify", "did not say
    how much") is of what is asked."""
    words = _phrase(what).split()
    if not words:
        return True
    common = {t for w in words if not w[:1].isupper() for t in tokens(w)}
    names = {t for w in words if w[:1].isupper() for t in tokens(w)}
    return bool(common & asked) and names <= asked


def _phrase(words: str) -> str:
    """The words up to the first function word ("troops" of "troops and weapons", "man" of
    "man whose death", '' of "him" or "of the")."""
    kept = []
    for word in words.split():
        if not tokens(word):
            break
        kept.append(word)
    return " ".join(kept)


def shared(words: frozenset[str], slots: Sequence[Slot], idf: Callable[[str], float]) -> float:
    """How much of a question (its `slots`) a sentence's `words` hold: each slot counts once,
    by its best alternative present, that word's IDF times its weight. Not `scoring.coverage`'s
    weight, which counts a bridged word by the rarest corpus word it stands for: a question's
    bridged words would weigh more than the words the sentence holds (measured on every set:
    three right answers lost, two of French questions, none gained)."""
    return sum(
        max((weight * idf(token) for token, weight in slot if token in words), default=0.0)
        for slot in slots
    )
