"""Whom a quote question asks about: the speaker as typed ("What did Kuleba say?" → "Kuleba";
"Brazil's president Lula" → "Lula"; "l'ambassadrice d'Ukraine à Washington, Oksana Markarova" →
"Oksana Markarova"), without what follows the name ("Zelensky au Congrès"), the title and the
apposition it gives them, and whether it names them only as the source of a fact ("Selon la
société Mandiant, à qui…"). A pronoun is no speaker: the follow-up (`query`, `followups`) names
it. What the words are asked on, and where or when they were said, are `question_topic`'s; it
does not decide whether the question is a quote question (`question_kinds`) nor check the name
against the corpus (`names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.followups import PRONOUN
from assistant.lexical import POSSESSIVE_END, STOPWORDS, tokens
from assistant.places import is_place
from assistant.question_kinds import (
    ASKED_SAYING_EN,
    ASKED_SAYING_FR,
    JIBES_EN,
    JIBES_FR,
    OWNED_UP_FR,
    asked_sentence,
    asking_part,
)
from assistant.question_topic import SOURCE_LAST, topic_of
from assistant.speakers import describes_person, parse_speaker

_SPEAKER_PATTERNS = [
    re.compile(r"\b(?:according to|selon|d['’]après)\s+(?P<who>[^,?;]+?)\s*(?:[,?;]|$)", re.I),
    re.compile(
        # "did Secretary of State Antony Blinken say": "State" is his title, not a verb
        r"\b(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:say|said|declare|(?<!of\s)state|tell|"
        rf"claim|comment|add|warn|react|respond|answer|reply|speak|deplore|regret|lament|urge|call|"
        rf"threaten|{JIBES_EN}|{ASKED_SAYING_EN})\b",
        re.I,
    ),
    re.compile(
        r"\b(?:said|stated|declared|quoted)\s+by\s+(?P<who>.+?)(?:\s+(?:about|on)\b|\?|$)", re.I
    ),
    re.compile(
        r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+)?)['’]s\s+(?:words|statements?|remarks|comments|"
        r"quotes|position)",
        re.I,
    ),
    re.compile(
        rf"\bqu['’](?:a|avait|ont)(?P<pronoun>-t-(?:il|elle))?\s+(?:\w+é|dit|écrit|répondu|promis|{OWNED_UP_FR})(?:\s+de\s+faire)?\s+(?P<who>.+?)(?:\s+(?:sur|à propos|au sujet|concernant)\b|\s*\?|$)",
        re.I,
    ),
    re.compile(r"\bque\s+(?P<who>.+?)\s+(?:a|avait)\s+(?:dit|déclaré|affirmé)", re.I),
    # The subject before an inverted pronoun: "Comment le Kremlin a-t-il réagi…", "Et comment
    # Kelly l'a-t-il qualifié…", "Lavrov a-t-il affirmé que…" (the opening words are stop words,
    # left out below)
    re.compile(
        r"(?:^\s*|\bcomment\s+)(?P<who>[^,?]+?)\s+(?:l['’]|les\s+|lui\s+)?"
        r"(?:a|avait|ont|avaient)-t-(?:il|elle|ils|elles)\s+(?:réagi|reagi|qualifié|qualifie|"
        r"répondu|repondu|répliqué|replique|dénoncé|denonce|commenté|décrit|dit|déclaré|affirmé|"
        r"annoncé|averti|"
        rf"promis|{OWNED_UP_FR}|{JIBES_FR}|{ASKED_SAYING_FR})\b",
        re.I,
    ),
    re.compile(
        # "les propos de Lavrov" are his words; "à propos du droit de veto" is a topic
        r"(?<!à\s)(?<!a\s)\b(?:propos|déclarations?|paroles?|citations?)\s+(?:de|du|des|d['’])\s*"
        r"(?P<who>.+?)(?:\s+(?:sur|à propos|au sujet|concernant)\b|\s*\?|$)",
        re.I,
    ),
    re.compile(
        r"\b(?:que\s+dit|que\s+disent)\s+(?P<who>.+?)(?:\s+(?:sur|à propos|au sujet)\b|"
        r"\s*\?|$)",
        re.I,
    ),
    # "Quelle expression la première dame Olena Zelenska a-t-elle utilisée…", "What phrase did
    # Zelenska use…"
    re.compile(
        r"\b(?:quel(?:le)?s?\s+(?:expressions?|termes?|mots?|formules?)\s+)(?P<who>[^,?]+?)\s+"
        r"(?:a|avait)-t-(?:il|elle)\s+(?:utilisé|employé|choisi)",
        re.I,
    ),
    re.compile(r"\bwhat\s+(?:phrase|expression|term|words?)\s+did\s+(?P<who>.+?)\s+use\b", re.I),
    # "Que disait Jens Stoltenberg du retrait…", "Que pensait Kuleba de…"
    re.compile(
        r"\bque\s+(?:disait|disaient|pensait|pensaient|pense|pensent)\s+(?P<who>.+?)"
        r"(?:\s+(?:sur|à propos|au sujet|concernant)\b|\s*\?|$)",
        re.I,
    ),
]
# Words that open a complement after a speaker's name, not part of it: "Zelensky au Congrès",
# "Jens Stoltenberg du retrait", "Biden in Warsaw".
_AFTER_NAME = frozenset(
    "au aux à a devant lors pendant en dans chez du des de d après avant quand lorsque pour afin "
    "in at to during before after while when si if".split()
)
# When it was said, after a speaker however named: "le ministre ukrainien des Affaires
# étrangères après la frappe" (a role in lower case, which `_AFTER_NAME` cannot end).
_WHEN_SAID = frozenset("après avant lors pendant lorsque after before during".split())
# How a speaker told it, after their name: "Dmitry Suslov speaking to Fox News", "Stubb
# writing in…", "Gomez interviewed by CBS", "Gomez interrogé par CBS".
_TELLING = re.compile(r"[a-z]+ing|interviewed|quoted|cited|interrogée?|citée?")
# Where or to whom something was said, before the French speaker it inverts: "Qu'a dit à CNN
# l'habitante Svetlana Zorina…", "Qu'a écrit sur Twitter le ministre… Oleksiy Reznikov…".
_SAID_TO_FIRST = re.compile(
    r"^(?:à|au|aux|sur)\s+(?:la\s+|le\s+|les\s+|l['’])?(?:[A-ZÀ-Ý][\w.&'’-]*\s+)+"
    r"(?=(?:l['’]|le\s|la\s|les\s)?[a-zà-ÿ]\w*\s+[\w\s'’-]*[A-ZÀ-Ý])"
)


def speaker_and_topic(text: str) -> tuple[tuple[str, ...], str]:
    """The normalised tokens of the speaker a quote question names, and its topic."""
    topic = topic_of(text)
    typed = typed_speaker(text)
    return tuple(tokens(typed)), topic


# What someone was told or asked ("And what was Henry allegedly told when…?"): they heard the
# words; who said them the question does not say.
_TOLD_ASKED = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[\w'’-]+\s+){0,3}?(?:told|asked)\b", re.I
)


def asks_what_was_told(text: str) -> bool:
    """Whether a quote question asks what someone was told, not what they said."""
    return bool(_TOLD_ASKED.search(text))


def typed_speaker(text: str, sources: bool = True) -> str:
    """The speaker a quote question names, as typed ("What did Kuleba say?" → "Kuleba"), or ''
    when it names none or only a pronoun ("what did he say": a follow-up names the speaker).
    After a story told first, the sentence that asks names it, or a pronoun, when it reads as
    naming anyone: "…a réagi aux propos de Sergueï Lavrov sur les Juifs. Comment a-t-il
    qualifié…" asks what "il" said, not Lavrov; so does the clause that asks after a story told
    in the same sentence, when it names someone (`question_kinds.asking_part`). Without
    `sources`, a source a fact is asked of ("Selon Mandiant, à qui…") names no speaker."""
    asked = asked_sentence(text)
    clause = asking_part(asked)  # "…, after Biden's remarks…, what was Leon Panetta's position…"
    if clause != asked and (found := _speaker_in(clause, sources)):
        return found
    if asked != text:
        found = _speaker_in(asked, sources)
        if found is not None:
            return found
    return _speaker_in(text, sources) or ""


def speaker_is_source(text: str) -> bool:
    """Whether a question names its speaker only as the source of what it asks, no verb of
    saying asked of them: "D'après l'Institute for the Study of War, pourquoi les Russes
    pilonnent-ils…", "Selon la société Mandiant…, à qui est liée la campagne…" ask facts."""
    typed = typed_speaker(text)
    return bool(typed) and typed_speaker(text, sources=False) != typed


_INVERTED = re.compile(r"-t-(?:il|elle|ils|elles)\b", re.I)


def _taken(match: re.Match[str]) -> str:
    """What a speaker pattern took as the speaker, without the punctuation around it."""
    return match.group("who").strip(" \t,;:?!.\"'«»“”")


def _by_pronoun(match: re.Match[str]) -> bool:
    """Whether a speaker pattern found a pronoun: inverted ("Qu'a-t-il dit…"), or opening what
    it took ("did he also say": whatever adverb follows)."""
    who = _taken(match).split()
    return bool(match.groupdict().get("pronoun") or who and PRONOUN.fullmatch(who[0]))


def speaker_is_pronoun(text: str) -> bool:
    """Whether a quote question's asking sentence names its speaker by a pronoun only ("What
    did he say should happen…?", "Qu'a-t-elle dit ?", "when Ben Wallace was asked…, what did
    he answer?"); not whom a fact is told by ("Pourquoi, selon lui, Tinkov pouvait-il…")."""
    match = _asking_match(text)
    if not match:
        return False
    # "Comment a-t-il qualifié…": the pattern took the opening word
    opening = all(w.lower() in STOPWORDS for w in _taken(match).split())
    return _by_pronoun(match) or bool(opening and _INVERTED.search(match.group(0)))


# A speaker named by whose they are: "his foreign minister", "her lawyers".
_POSSESSED = re.compile(r"^(?:his|her|their)\s+(?P<role>\S.*)$", re.I)


def possessed_role(text: str) -> str:
    """What a quote question's speaker is of someone a pronoun stands for ("And what did his
    foreign minister say…?" → "foreign minister"), or '': a follow-up asks that one's words,
    not those of the person the pronoun stands for."""
    match = _asking_match(text)
    found = _POSSESSED.match(_taken(match)) if match else None
    role = found.group("role") if found else ""
    return "" if PRONOUN.search(role) else role


def _asking_match(text: str) -> re.Match[str] | None:
    """The first speaker pattern reading a speaker in a question's asking sentence, a source's
    aside (`_SPEAKER_PATTERNS[0]`: "selon lui", "according to his aide") left out: it names
    whom a fact is told by, not who said the words asked."""
    asked = asked_sentence(text)
    return next(filter(None, (p.search(asked) for p in _SPEAKER_PATTERNS[1:])), None)


def _speaker_in(text: str, sources: bool = True) -> str | None:
    """The speaker the first of `_SPEAKER_PATTERNS` that reads one in `text` gives, '' when
    one finds only a pronoun or stop words, None when none matches; without `sources`, not
    the one reading a source ("according to", "selon")."""
    matched = False
    patterns = _SPEAKER_PATTERNS if sources else _SPEAKER_PATTERNS[1:]
    if sources and SOURCE_LAST.search(text):
        # "…how did Zakharova reply, according to the AP?": the report's source, when no one
        # else speaks
        patterns = patterns[1:] + patterns[:1]
    for pattern in patterns:
        match = pattern.search(text)
        if match and _by_pronoun(match):
            return ""  # "Qu'a-t-il dit à ses enfants": he spoke; the children listened
        elif match:
            matched = True
            words = _named_part(POSSESSIVE_END.sub("", _taken(match))).split()
            while words and words[0].lower() in STOPWORDS - {"the", "le", "la", "les"}:
                words.pop(0)  # "What are Putin's remarks": the pattern took "are Putin"
            if tokens(" ".join(words)):
                return " ".join(words)
    return "" if matched else None


# An apposition after a speaker's name says who they are: ", of the Foreign Policy Research
# Institute,", ", de l'association Sunflower Scotland ?", ", a former adviser to Vladimir Putin,".
_APPOSITION = re.compile(
    r"\s*,\s*(?P<who>(?:of|from|at|the|a|an|de|du|des|d['’]|le|la|les|l['’]|un|une|ancien|"
    r"ancienne|former)\b[^,?;:]*?)\s*(?:[,?;:]|$)",
    re.I,
)


def speaker_apposition(text: str, typed: str) -> str:
    """What a question says of its speaker right after the name, between commas ("Anastasia
    Bombrys, de l'association Sunflower Scotland ?" → "de l'association Sunflower Scotland"),
    or '': it says who speaks, not what about."""
    at = text.find(typed) if typed else -1
    if at < 0:
        return ""
    found = _APPOSITION.match(text, at + len(typed))
    if not found or _ASKING.search(found.group("who")):
        return ""  # "Selon Peskov, de quoi ne s'agit-il pas seulement ?" asks there
    return found.group("who")


_ASKING = re.compile(
    r"\b(?:quoi|qui|que|quel\w*|comment|pourquoi|quand|combien|what|which|who|whom|how|why|"
    r"when|where)\b|-(?:t-)?(?:il|elle|ils|elles)\b",
    re.I,
)


TITLE_WORDS = 6  # words before a speaker's name looked through for the title given
DESCRIBED_REACH = 12  # words from the asking word to a speaker's name that may describe them


def speaker_title(text: str, typed: str) -> str:
    """The title a question gives its speaker just before the name, from a determiner on ("selon
    le général Sourovikine" → "général", "le Premier ministre japonais Fumio Kishida" →
    "Premier ministre japonais") or written capitalised ("Japanese Prime Minister Fumio
    Kishida"), or '': it says who speaks, not what about."""
    at = text.find(typed) if typed else -1
    if at <= 0:
        return ""
    before = text[:at].split()[-TITLE_WORDS:]
    for k in range(len(before) - 1, -1, -1):
        elided = re.match(r"l['’](.+)$", before[k], re.I)
        if before[k].lower() in ("the", "le", "la", "les"):
            title = " ".join(before[k + 1 :])
        elif elided:
            title = " ".join([elided.group(1), *before[k + 1 :]])
        else:
            continue
        if title and describes_person(title):
            return title
    run: list[str] = []  # "Japanese Prime Minister Fumio Kishida": a title written capitalised
    while before and before[-1][:1].isupper():
        run.insert(0, before.pop())
    title = " ".join(run)
    return title if title and describes_person(title) else ""


@lru_cache(maxsize=256)  # asked once per candidate sentence of an answer
def described_before(text: str, typed: str) -> str:
    """The words a question puts just before its speaker's name ("University of Sussex nuclear
    expert" before "Paul Dorfman"): they say who speaks, a quote need not name them. They run
    from the word asking ("How did Britain's Chief of the General Staff, Gen. Sir" before "Mark
    Carleton-Smith") when it is at most `DESCRIBED_REACH` words before (none for "After
    meeting Biden in Kyiv, what did Zelensky…"), else they are the last `TITLE_WORDS`."""
    at = text.find(typed) if typed else -1
    if at <= 0:
        return ""
    asking = list(_ASKING.finditer(text[:at]))
    after = text[asking[-1].end() : at].split() if asking else []
    if asking and len(after) <= DESCRIBED_REACH:
        return " ".join(after)
    return " ".join(text[:at].split()[-TITLE_WORDS:])


def words_describing(
    text: str, typed: str, speaker: Sequence[str], absent: Sequence[str]
) -> frozenset[str]:
    """The tokens saying who the speaker `typed` is (`described_before`): "CENTCOM commander
    Gen. Frank McKenzie" says it of them, not a name their words must come with. None for a
    speaker among the names the corpus never writes (`absent`)."""
    if not typed or any(set(tokens(name)) & set(speaker) for name in absent):
        return frozenset()
    return frozenset(tokens(described_before(text, typed)))


def _named_part(who: str) -> str:
    """The speaker in what a pattern took: the name of an apposition ("l'ambassadrice
    d'Ukraine à Washington, Oksana Markarova" → "Oksana Markarova"), and neither where or to
    whom it was said before it ("à CNN l'habitante Svetlana Zorina") nor a complement after a
    name ("Zelensky au Congrès américain" → "Zelensky", "Dmitry Suslov speaking to Fox News"),
    nor when it was said after any speaker ("le ministre … des Affaires étrangères après la
    frappe")."""
    parts = [p.strip() for p in _SAID_TO_FIRST.sub("", who).split(",") if p.strip()]
    named = [p for p in parts[1:] if all(w[:1].isupper() for w in p.split())]
    words = (named[0] if named else parts[0] if parts else who).split()
    for i in range(1, len(words)):
        opening = re.split(r"['’]", words[i])[0].lower()  # "d'Ukraine" opens with "d"
        after_name = opening in _AFTER_NAME or _TELLING.fullmatch(words[i])
        name_ends = after_name and words[i - 1][:1].isupper()
        if opening in _WHEN_SAID or name_ends or _of_a_place(words, i):
            words = words[:i]
            break
    # A role before a name is not the speaker's name: "Brazil's president Lula" is Lula.
    name, _ = parse_speaker(" ".join(words))
    return name or " ".join(words)


def _of_a_place(words: list[str], at: int) -> bool:
    """Whether `words[at]` is the "of" of a full name's place ("Sen. John Kennedy of
    Louisiana", "President Andrzej Duda of Poland") or body ("John Logsdon of the Space Policy
    Institute"): where they are from or work, not their name. One word before is a title's
    ("Prince of Wales") or a body's ("Bank of England"); a role before is no name ("Foreign
    Minister of the Russian Federation Sergei Lavrov")."""
    if words[at] != "of":
        return False
    before = [w for w in words[:at] if w[:1].isupper()]
    after = words[at + 1 :]
    if len(before) >= 2 and is_place(" ".join(after)):
        return True
    name, _ = parse_speaker(" ".join(before))
    body = len(after) > 1 and after[0] in ("the", "The") and after[1][:1].isupper()
    return body and len((name or "").split()) >= 2
