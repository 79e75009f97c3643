"""Whose stance a question asks and on what: the holder by name ("What was Senator Josh Hawley's
stance on…" → "Josh Hawley"; "Quelle est la position de Viktor Orban sur…" → "Viktor Orban"),
else by office ("the UN refugee chief"), and the topic after the holder's name. It does not
find who holds an office in the articles (`identity`), nor decide the question's kind
(`question_kinds`); the speaker and topic of a quote question are `question_speaker`'s.
"""

from __future__ import annotations

import re

from assistant.question_speaker import _named_part
from assistant.question_topic import topic_of
from assistant.speakers import describes_person


def stance_topic(text: str, holder: str) -> str:
    """What a stance is asked on: the topic after its holder's name ("…quelle position Mykhaïlo
    Podoliak a-t-il défendue sur la façon dont la guerre devait se terminer ?"), not one of the
    story told before it ("après les explosions sur une base aérienne…"); else, or when an
    apposition follows the name (", the top Republican on the House Foreign Affairs
    Committee?" says who they are), the question's topic (`topic_of`)."""
    at = text.rfind(holder) if holder else -1
    rest = text[at + len(holder) :] if at >= 0 else ""
    after = topic_of(rest) if rest and not rest.lstrip().startswith(",") else ""
    return after or topic_of(text)


# Whose stance a question asks ("Viktor Orban" in "Quelle est la position de Viktor Orban
# sur…", "Josh Hawley" in "What was Senator Josh Hawley's stance on…"): a name written with
# capitals, after a word for a stance or before its possessive.
_NAME_RUN = r"[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:de\s+|van\s+|von\s+|al-)?[A-ZÀ-Ý][\w’'.-]*)+"
_STANCE_EN = r"(?:position|stance|views?|line|opinion|assessment|take)"
_STANCE = [
    re.compile(rf"(?P<who>{_NAME_RUN})['’]s\s+{_STANCE_EN}\b"),
    re.compile(rf"\b{_STANCE_EN}\s+of\s+(?P<who>{_NAME_RUN})"),
    re.compile(
        rf"\b(?:position|avis|opinion|point de vue|analyse)\s+(?:de|du|d['’])\s*(?P<who>{_NAME_RUN})"
    ),
    re.compile(
        rf"\b(?i:what|how)\s+(?:does|did|do)\s+(?P<who>{_NAME_RUN})\s+(?:think|make|view|see)\b"
    ),
    re.compile(rf"\b(?i:where)\s+(?:does|did)\s+(?P<who>{_NAME_RUN})\s+stand\b"),
    re.compile(rf"\b(?i:que)\s+pens(?:e|ait|ent|aient)\s+(?P<who>{_NAME_RUN})"),
    # "What position did Annalena Baerbock take…", "Quelle position la ministre … Annalena
    # Baerbock a-t-elle défendue…"
    re.compile(
        rf"\b(?i:what|which)\s+{_STANCE_EN}\s+(?:did|does|has|had)\s+(?:\w+\s+){{0,4}}?"
        rf"(?P<who>\b{_NAME_RUN})\s+(?:take|adopt|hold|defend|express|voice)"
    ),
    re.compile(
        r"\b(?i:quel(?:le)?s?)\s+(?:position|point de vue|avis|ligne)\b[^?]*?"
        rf"(?P<who>\b{_NAME_RUN})\s+(?:a|avait)-t-(?:il|elle)\b"
    ),
]


def stance_holder(text: str) -> str:
    """The person whose stance the question asks, by a name of two words or more as typed
    ("Viktor Orban"), or ''."""
    for pattern in _STANCE:
        match = pattern.search(text)
        if match:
            return _named_part(match.group("who"))
    return ""


# A stance asked of someone by their office: "What was the UN refugee chief's position on…",
# "Quelle est la position du chef de l'AIEA sur…".
_ROLE_STANCE = [
    re.compile(rf"\b(?:the|of)\s+(?P<who>[\w’'. -]{{3,60}}?)['’]s\s+{_STANCE_EN}\b", re.I),
    re.compile(rf"\b{_STANCE_EN}\s+of\s+the\s+(?P<who>[\w’'. -]{{3,60}}?)\s+(?:on|about)\b", re.I),
    re.compile(
        r"\b(?:position|avis|opinion|point de vue)\s+(?:du|de la|de l['’])\s*"
        r"(?P<who>[\w’'. -]{3,60}?)\s+(?:sur|à propos|concernant|quant)\b",
        re.I,
    ),
]


def stance_role(text: str) -> str:
    """The office whose holder's stance the question asks ("the UN refugee chief"), as typed,
    when the question gives no name (`stance_holder`), or ''."""
    for pattern in _ROLE_STANCE:
        match = pattern.search(text)
        if match and describes_person(match.group("who")):
            return match.group("who").strip()
    return ""
