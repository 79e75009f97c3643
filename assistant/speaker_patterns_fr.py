"""The speaker a French sentence names itself: `«…», a dit le porte-parole du Kremlin, Dmitri
Peskov.`, `Selon X, …`, `la diplomatie russe avait jugé`, or the pronoun continuing one
(`a-t-il déploré`, `Selon lui`). English sentences are `speaker_patterns`'; resolving a pronoun
is `attribution`'s, whether a phrase can be a speaker `speakers`'.
"""

from __future__ import annotations

import re

from assistant.speaker_appositions import Found
from assistant.speaker_words import _PRONOUNS
from assistant.speakers import valid_speaker

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


def explicit_fr(sentence: str) -> Found:
    """The speaker a French sentence names itself, or the pronoun continuing one."""
    pronoun = _PRONOUN_CONT_FR.search(sentence) or _SELON_PRONOUN.search(sentence)
    if _PRONOUN_CONT_FR.search(sentence):
        return Found(pronoun="il", at=0)
    for pattern in (_POSTPOSED_FR, _LEAD_IN_FR, _SUBJECT_FR):
        match = pattern.search(sentence)
        if match:
            who = re.sub(r"^(?:ce qu'|ce que\s+)", "", match.group("who").strip(" ."), flags=re.I)
            if _SELON_PRONOUN.match(match.group(0)) or who.lower() in _PRONOUNS | {"lui", "eux"}:
                break
            if valid_speaker(who):
                return Found(who)
    if pronoun:
        return Found(pronoun="il", at=0)
    return Found()
