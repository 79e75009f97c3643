"""What a follow-up question reads from the chat history: the text of a message (a string or
Gradio-style blocks), the previous question and the reply to it, the first name a reply gives,
the person a gendered pronoun stands for ("she" is the woman the chat named), and the words by
which a question points back to them: a pronoun ("what did he say"), a demonstrative ("during
that call", "about it"), an ellipsis ("and about NATO?"), or no subject of its own.
`query.parse_query` joins them into the resolved question; this module parses nothing itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.lexical import tokens
from assistant.names import name_phrases, name_tokens, people_in
from assistant.speakers import first_name_gender

PRONOUN = re.compile(
    r"\b(?:he|him|his|she|her|they|them|their|il|elle|lui|ils|elles|eux|"
    r"leur|leurs|ce dernier|celui-ci)\b",
    re.I,
)
# "this call", "cet appel", "ces sanctions", "about it", "to that allegation": the thing the
# previous question was about ("that" after a preposition: not "said that…").
DEMONSTRATIVE = re.compile(
    r"\b(?:(?:this|these|cet|cette|ces)\s+\w|it\b(?!['’]s\b)|"
    r"(?:to|about|on|during|after|before|at|in|of|from|for|with|over|by)\s+(?:that|those)\s+"
    r"(?!is\b|was\b|are\b|were\b)\w)",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w-]*")


def pointed_nouns(text: str) -> list[str]:
    """The nouns a follow-up points back with (`DEMONSTRATIVE`: "à cette décision" →
    "décision", "during that call" → "call"; not "it"): they name what the previous question
    asked, not something new asked about."""
    starts = [m.end() - 1 for m in DEMONSTRATIVE.finditer(text) if text[m.end() - 2].isspace()]
    return [word.group(0) for at in starts if (word := _WORD.match(text, at))]


_ELLIPSIS = re.compile(r"^\s*(?:and|et|what about|how about|et pour|et sur|also|aussi)\b", re.I)


def message_text(content: object) -> str:
    """The text of a chat message's content, a string or a list of Gradio-style blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text", ""))
    if isinstance(content, Iterable):
        return " ".join(message_text(part) for part in content)
    return ""


def previous_reply(history: list | None) -> str:
    """The assistant's last reply in `history`, or ''."""
    for message in reversed(history or []):
        if isinstance(message, dict) and message.get("role") == "assistant":
            return message_text(message.get("content"))
        if isinstance(message, dict) and message.get("role") == "user":
            return ""
    return ""


def first_name_in(text: str) -> str:
    """The first name phrase of a reply's first line that names a person ("CIA Director Bill
    Burns, who…"; "The Russian arms dealer Viktor Bout": Viktor Bout, not "The Russian"), else
    its first name phrase ("Saudi Arabia")."""
    lines = text.strip().splitlines()
    phrases = name_phrases(lines[0].replace("*", "")) if lines else []
    for words, _ in phrases:
        if people_in(words):
            return words
    return phrases[0][0] if phrases else ""


def previous_turn(history: list | None) -> tuple[str | None, list]:
    """The last user question in `history`, and the history before it."""
    history = history or []
    for i in range(len(history) - 1, -1, -1):
        message = history[i]
        if isinstance(message, dict) and message.get("role") == "user":
            text = message_text(message.get("content")).strip()
            if text:
                return text, history[:i]
    return None, []


def names_its_own_subject(text: str, topic: str) -> bool:
    """Whether the question names someone or something outside its topic ("and the US?")."""
    in_topic = set(name_tokens(topic))
    return any(t not in in_topic for t in name_tokens(text))


def is_ellipsis(text: str) -> bool:
    """Whether the question only adds to the previous one ("and about NATO?", "et sur l'OTAN ?"),
    or is too short to stand alone."""
    return bool(_ELLIPSIS.search(text)) or len(tokens(text)) <= 2


# "Who is Suedi Murekezi?", "Qui était Vadim Shishimarin ?": the question names the person and
# asks what they are; the reply describes them ("Un Américain du Minnesota…").
_WHO_IS_NAMED = re.compile(
    r"^\s*(?:who\s+(?:is|was|'s)|who['’]s|qui\s+(?:est|était|etait)|c['’]est\s+qui)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'.-]*(?:\s+[A-ZÀ-Ý][\w’'.-]*)*)\s*\??\s*$",
    re.I,
)


def named_in_who_is(question: str) -> str:
    """The person a "Who is X?" question names (X), or '' for any other question ("Who is
    behind the hacker army?" asks for a person the reply names)."""
    match = _WHO_IS_NAMED.match(question)
    name = match.group("name") if match else ""
    return name if name[:1].isupper() else ""


_GENDERED = re.compile(r"\b(?:(?P<female>she|her|elle)|(?P<male>he|him|his|il))\b", re.I)


def pronoun_gender(text: str) -> str:
    """The gender of the text's first gendered pronoun, "female" or "male", or ''."""
    found = _GENDERED.search(text)
    return ("female" if found.group("female") else "male") if found else ""


def gendered_person(question: str, person: str, reply: str, others: Iterable[str] = ()) -> str:
    """The person a follow-up's first gendered pronoun stands for: `person`, unless its first
    name is of the other gender and a person the `reply` names, else one of `others` (the
    previous question's), has a first name of the pronoun's ("…with Volodymyr Zelensky and his
    wife Olena Zelenska?", then "how does she say she found out…": Olena Zelenska)."""
    wanted = pronoun_gender(question)
    if not wanted or first_name_gender(person) in ("", wanted):
        return person
    named = [words for words, _ in people_in(reply)]  # read only when the pronoun needs them
    return next((n for n in (*named, *others) if first_name_gender(n) == wanted), person)


# Whom a story is told with is not who speaks in it: "In his interview with ABC's David Muir,
# Zelenskyy was asked…".
_TOLD_WITH = re.compile(r"\b(?:with|avec)\s+(?:[\w’'.-]+\s+){0,3}$", re.I)


def person_told_first(told: str, asking: str, is_outlet: Callable[[str], bool]) -> str:
    """The person a question's story, told before it asks, names first: whom the asking
    part's pronoun stands for ("…gave airtime to Yury Kot, leader of the 'Parus' movement.
    What did he say…?": Yury Kot), named in full by a first name of the pronoun's gender ("the
    Beijing Winter Games" is no "she"), not an outlet nor whom the story is told with; '' when
    it names none."""
    people = [
        person
        for run, person in people_in(told)
        if len(person.split()) > 1  # a name in full: "That Mariupol nightclub owner" names none
        and not is_outlet(run)
        and not _TOLD_WITH.search(told[: told.find(run)])
    ]
    wanted = pronoun_gender(asking)
    return next((p for p in people if wanted and first_name_gender(p) == wanted), "")
