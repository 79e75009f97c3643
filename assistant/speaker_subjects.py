"""Who an English sentence is about when it opens on a person, and the asides set in it.

A sentence opening on someone as its subject ("Last Friday, President Joe Biden dismissed…",
"The Kursk governor Roman Starovoyt - a former… - also hit out at…", a surname the article
quotes after a longer opening phrase: "In a taped message shown at the Grammy Awards later
Sunday, Zelensky made…"; not a photo's caption) names the person a later "he said" may stand
for; short bracketed asides ("Lindsey Graham (R-S.C.) said…") are blanked before a sentence is
read for its speaker. Which verb of saying names a speaker is `speaker_patterns`'; resolving
pronouns is `attribution`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.speaker_keys import person_key
from assistant.speaker_words import _PERSON_ROLES
from assistant.speakers import parse_speaker, valid_speaker

# A subject after an opening phrase of up to 80 characters ("In a taped message shown at the
# Grammy Awards later Sunday, Zelensky made…"), not a photo's caption ("In this photo released
# by China's Xinhua News Agency, Chinese President Xi Jinping gestures…").
_SUBJECT_EN = re.compile(
    r"^(?!In (?:this|a|an) (?:[\w-]+ )?(?:photo|image|picture|handout)\b)"
    r"(?:[^,\ue000]{0,80},\s*)?(?:[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+){0,2}"
    r"(?P<role>[a-z][\w-]*)\s+)?"
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}?[A-Z][\w’'-]+)\s+"
    r"(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:[a-z]+(?:ed|s)|hit|put|set|cut|led|met|left|"
    r"took|gave|made|held|sent|spoke|wrote|told|went|came|struck|lashed|slammed)\b"
)
# An aside between dashes after a subject: "The Kursk governor Roman Starovoyt - a former Putin
# deputy transport minister - also hit out at…" (blanked, same length).
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—\ue000]{1,80}?\s[-–—](?=\s)")


def subject_person(narration: str, persons: Mapping[str, str]) -> str:
    """The person a sentence is about when it opens on one as its subject ("Last Friday,
    President Joe Biden dismissed …", "The Kursk governor Roman Starovoyt - a former… - also
    hit out at…"): a later "he said" may stand for them."""
    narration = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), narration)
    match = _SUBJECT_EN.match(narration)
    if not match or not valid_speaker(match.group("who")):
        return ""
    if match.group("role") and match.group("role") not in _PERSON_ROLES:
        return ""  # "The Center for Immigration Studies", "the city's Independence Monument"
    name, _ = parse_speaker(match.group("who"))
    if name and (len(name.split()) >= 2 or person_key(name) in persons):
        return name
    return ""


# A short aside in brackets after a name: "Lindsey Graham (R-S.C.) said…".
_ASIDE = re.compile(r"\s\([^()]{1,40}\)")


def without_asides(narration: str) -> str:
    """The narration with short bracketed asides blanked (same length: positions hold)."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), narration)
