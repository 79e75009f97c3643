"""Who says what in an article: each sentence's speaker, following French news reporting style.

Rules cover direct quotes closed by a verb of saying and a named speaker (`«…», a dit le
porte-parole du Kremlin, Dmitri Peskov.`), continuations of the last speaker (`a-t-il déploré`,
`Selon lui, …`, a quotation still open from the previous sentence), and a named subject
before a verb of saying or stance (`la diplomatie russe avait jugé`, `Pour le Kremlin, …`).
A sentence with none of these has no speaker. This is pattern matching, not parsing: it knows
nothing of retrieval and never changes the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexical import tokens

_SAY = (
    r"dit|déclaré|affirmé|ajouté|déploré|estimé|jugé|exhorté|assuré|indiqué|souligné|averti|"
    r"expliqué|répondu|martelé|insisté|réclamé|dénoncé|prévenu|confirmé|annoncé|appelé|accusé|"
    r"rappelé|regretté|lancé|écrit|précisé|poursuivi|fustigé|qualifié|demandé|plaidé|promis|"
    r"reconnu|admis|nié|démenti|critiqué|salué|proposé|assené|tranché|observé|noté|"
    r"said|told|added|stated|declared|warned|urged|claimed|insisted|argued|noted"
)
_SAY_PRESENT = (
    r"accusent|accuse|réclament|réclame|démentent|dément|refusent|refuse|estiment|estime|"
    r"affirment|affirme|jugent|juge|disent|dit|déclarent|déclare|assurent|assure|exigent|exige|"
    r"demandent|demande|proposent|propose|dénoncent|dénonce|says|say|claims|claim|accuses|accuse"
)
_AUX = r"(?:a|avait|ont|avaient|aurait|has|have|had)"
_PRONOUN_CONT = re.compile(rf"\b{_AUX}-t-(?:il|elle|ils|elles)\s+(?:{_SAY})\b", re.IGNORECASE)
_SELON_PRONOUN = re.compile(r"\b(?:selon|d'après|pour)\s+(?:lui|elle|eux|elles)\b", re.IGNORECASE)
_POSTPOSED = re.compile(
    rf"[»\"”]\s*,\s*{_AUX}(?:\s+\w+){{0,2}}?\s+(?:{_SAY})\s+(?P<who>[^«»]+?)\s*[.!?]?$",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:Car|Mais|Et|Or)\s+)?(?:Selon|D'après|Pour|According to)\s+"
    r"(?P<who>[^,«»]{2,80}?),",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    rf"^(?:[^«»,]{{0,40}},\s*)?(?P<who>[^,«»]{{2,80}}?)\s+"
    rf"(?:(?:{_AUX})(?:\s+[\w’']+){{0,3}}?\s+(?:{_SAY})|(?:{_SAY_PRESENT}))\b",
    re.IGNORECASE,
)
# A clause reporting someone's answer to what the sentence says: "ce que la Russie dément".
_RESPONSE = re.compile(
    r"\b(?:ce que|ce qu['’]|what)\s*(?P<who>[^,;:«»–-]{2,60}?)\s+"
    r"(?:dément|démentent|nie|nient|conteste|contestent|refuse|refusent|rejette|rejettent|"
    r"denies|deny|rejects|reject|disputes|dispute)\b",
    re.IGNORECASE,
)
_NON_SPEAKERS = {
    "il",
    "elle",
    "ils",
    "elles",
    "lui",
    "eux",
    "on",
    "ce",
    "cela",
    "qui",
    "he",
    "she",
    "they",
}


@dataclass(frozen=True)
class Attribution:
    """The speaker of one sentence; `continues` when found through an earlier sentence."""

    start: int
    end: int
    speaker: str  # as the article writes it, e.g. "le porte-parole du Kremlin, Dmitri Peskov"
    quote: bool  # holds a direct quotation in « » or " "
    continues: bool = False
    responders: tuple[str, ...] = ()  # who answers within it: "…, ce que la Russie dément"

    @property
    def name(self) -> str:
        """The named person when the speaker is 'role, Name'; else the whole speaker."""
        parts = [p.strip() for p in self.speaker.split(",")]
        return parts[-1] if len(parts) > 1 and parts[-1][:1].isupper() else self.speaker

    @property
    def role(self) -> str | None:
        """The role given before the name ('le porte-parole du Kremlin'), if any."""
        parts = [p.strip() for p in self.speaker.split(",")]
        return ", ".join(parts[:-1]) if len(parts) > 1 and parts[-1][:1].isupper() else None


def attribute(text: str, sentences: list[tuple[int, int]]) -> list[Attribution | None]:
    """The attribution of each sentence (spans into `text`, in reading order), or None."""
    result: list[Attribution | None] = []
    last: Attribution | None = None
    open_quote = False
    for start, end in sentences:
        sentence = text[start:end]
        quote = bool(re.search(r"[«“\"]", sentence)) or open_quote
        speaker = _explicit_speaker(sentence)
        continues = False
        if speaker is None and last and (open_quote or _continues_speaker(sentence)):
            speaker, continues = last.speaker, True
        responders = tuple(m.group("who").strip() for m in _RESPONSE.finditer(sentence))
        found = Attribution(start, end, speaker, quote, continues, responders) if speaker else None
        result.append(found)
        last = found or (last if open_quote else None)
        open_quote = _still_open(sentence, open_quote)
    return result


def _explicit_speaker(sentence: str) -> str | None:
    if _PRONOUN_CONT.search(sentence):
        return None
    for pattern in (_POSTPOSED, _LEAD_IN, _SUBJECT):
        match = pattern.search(sentence)
        if match:
            who = re.sub(r"^(?:ce qu'|ce que\s+)", "", match.group("who").strip(" ."), flags=re.I)
            if who.lower() not in _NON_SPEAKERS and not _SELON_PRONOUN.match(match.group(0)):
                return who
    return None


def _continues_speaker(sentence: str) -> bool:
    return bool(_PRONOUN_CONT.search(sentence) or _SELON_PRONOUN.search(sentence))


def _still_open(sentence: str, was_open: bool) -> bool:
    opened = sentence.count("«") + sentence.count("“")
    closed = sentence.count("»") + sentence.count("”")
    return (was_open and closed <= opened) or opened > closed


def speaker_matches(attribution: Attribution, who: list[str]) -> bool:
    """Whether every token of `who` (already normalised) names this speaker (or its role), or
    one who answers within the sentence."""
    return bool(who) and any(
        all(t in set(tokens(speaker)) for t in who)
        for speaker in (attribution.speaker, *attribution.responders)
    )
