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
resolves itself. Nothing here knows about retrieval, and the text is never changed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from assistant.identity import RoleBook, _identified, _known_persons, roles_taught
from assistant.lexical import detect_language, tokens
from assistant.speakers import (
    _PARTY,
    _PRONOUNS,
    _Q,
    _SAY_EN_RE,
    _bare,
    _describes_person,
    _plural,
    _split_name,
    _verbish,
    _words,
    parse_speaker,
    person_key,
    valid_speaker,
)

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


# Verbs of saying that may come before their speaker: `"…," said Herbst`.
_INVERTED = re.compile(
    r"said|says|added|adds|wrote|writes|tweeted|explained|continued|noted|warned|insisted|"
    r"argued|recalled|replied|stated|declared|asserted|observed|remarked|asked|went on"
)


_ACCORDING_RE = re.compile(r"(?<![\w-])[Aa]ccording to\s+")


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
        _explicit_fr(text[s:e]) if french else _explicit_en(_without_asides(layout.narration))
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


# A short aside in brackets after a name: "Lindsey Graham (R-S.C.) said…".
_ASIDE = re.compile(r"\s\([^()]{1,40}\)")


def _without_asides(narration: str) -> str:
    """The narration with short bracketed asides blanked (same length: positions hold)."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), narration)


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
    saying = _SAYING.search(narration)
    if saying:
        who = _main_subject(narration[: saying.start()])
        if who:
            return _Found(who)
    return _Found()


# A clause of saying after the main one: "Lloyd Austin downplayed the claims, saying…".
_SAYING = re.compile(
    r",\s+(?:saying|adding|warning|insisting|noting|arguing|stressing|urging|vowing|declaring|"
    r"claiming|explaining|telling|calling)\b"
)


def _main_subject(clause: str) -> str:
    """The subject that opens a clause, up to its verb, when it is a valid speaker; an opening
    phrase before a comma is passed over ("For his part, Biden defended…" → Biden). Not when
    the clause of saying has a subject of its own ("…, with the deputy mayor telling CNN")."""
    if re.search(r"\bwith\s+[^,]*$", clause):
        return ""
    starts = [0]
    comma = clause.find(",")
    if 0 < comma <= 40:
        starts.append(comma + 1)
    for start in starts:
        words = _words(clause[start:])
        verb = next((i for i, w in enumerate(words) if _verbish(w)), None)
        if verb:
            who = _trimmed(_BETWEEN.sub("", " ".join(words[:verb])))  # "John Rich also"
            if who and valid_speaker(who) and _bare(words[0]) not in _OPENERS:
                return who
    return ""


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


def _person_named_before(narration: str, persons: Mapping[str, str]) -> str:
    """The last known person the narration names (by surname), or ''."""
    found = ""
    for word in re.findall(r"[A-ZÀ-Ý][\w’'-]+", narration):
        key = person_key(word)
        if key in persons:
            found = persons[key]
    return found


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


def speaker_matches(attribution: Attribution, who: list[str]) -> bool:
    """Whether every token of `who` (already normalised) names this speaker: as written, or
    the person it resolves to ("Peskov" matches "the Kremlin spokesman" once resolved), or
    one who answers within the sentence."""
    if not who:
        return False
    wanted = set(who)
    own = set(tokens(attribution.speaker)) | set(tokens(attribution.person))
    return wanted <= own or any(wanted <= set(tokens(r)) for r in attribution.responders)
