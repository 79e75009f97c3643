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

The patterns that find the speaker a sentence names itself are in `speaker_patterns` (and
`speaker_patterns_fr`), and quotations are followed over sentences in `quotations`; this module
joins them: it resolves pronouns, continues quotations and has each speaker identified
(`identity`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from assistant.identity import RoleBook, _identified, _known_persons, roles_taught
from assistant.lexical import detect_language, tokens
from assistant.quotations import Layout, quote_layouts
from assistant.speaker_appositions import Found
from assistant.speaker_keys import one_spelling, person_key
from assistant.speaker_patterns import explicit_en
from assistant.speaker_patterns_fr import explicit_fr
from assistant.speaker_subjects import subject_person, without_asides
from assistant.speakers import _plural, first_name_gender, parse_speaker

# A clause reporting someone's answer to what the sentence says: "ce que la Russie dément".
_RESPONSE = re.compile(
    r"\b(?:ce que|ce qu['’]|what)\s*(?P<who>[^,;:«»–-]{2,60}?)\s+"
    r"(?:dément|démentent|nie|nient|conteste|contestent|refuse|refusent|rejette|rejettent|"
    r"denies|deny|rejects|reject|disputes|dispute)\b",
    re.IGNORECASE,
)


PRONOUN_WINDOW = 4  # sentences back a pronoun may reach for its speaker


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


def attribute(
    text: str, sentences: Sequence[tuple[int, int]], roles: RoleBook | None = None
) -> list[Attribution | None]:
    """The attribution of each sentence (spans into `text`, in reading order), or None.

    `roles`, learnt from other articles, names a speaker the article only describes."""
    french = detect_language(" ".join(text[s:e] for s, e in sentences[:40])) == "fr"
    layouts = quote_layouts(text, sentences)
    found = [
        explicit_fr(text[s:e]) if french else explicit_en(without_asides(layout.narration))
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
                subject = "" if french else subject_person(layout.narration, persons)
                if subject:
                    antecedents.append((i, Attribution(start, end, subject, False)))
                elif not french:  # "Vaskul met her husband…", "She believes…", "…," she said
                    opening = _PRONOUN_SUBJECT.match(layout.narration)
                    pronoun = opening["pronoun"].lower() if opening else ""
                    about = _antecedent(i, pronoun, antecedents, persons) if pronoun else None
                    if about and _same_gender(pronoun, about.speaker, persons):
                        antecedents.append((i, about))  # a role's gender is unknown: not kept
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
    own: Found,
    layout: Layout,
    layouts: list[Layout],
    result: list[Attribution | None],
    antecedents: list[tuple[int, Attribution]],
    persons: dict[str, str],
    members: list[int],
    found: list[Found],
) -> Attribution | None:
    """The earlier attribution this sentence continues, if any."""
    previous = result[i - 1] if i else None
    if own.pronoun:
        named_here = _person_named_before(layout.narration[: own.at], persons)
        if named_here and own.pronoun in ("he", "she"):
            return Attribution(0, 0, named_here, False)
        return _antecedent(i, own.pronoun, antecedents, persons)
    if members:
        voiced = [j for j in members if found[j].speaker or found[j].pronoun]
        if voiced:  # the quotation names its speaker itself, here or further on
            return result[voiced[0]] if voiced[0] < i else None
        if any(not layouts[j].all_quote for j in members if j != members[0]):
            return None  # closed by words we cannot read ("another person reacted")
    if previous and layout.starts_open and layouts[i - 1].quote_span == layout.quote_span:
        return previous  # the quotation goes on
    if (
        previous
        and layout.all_quote
        and layout.has_quote
        and (previous.quote or not layout.starts_open)
    ):
        return previous  # another quoted sentence right after the speaker's, or their words
        # opened after what they said reported ("Capt Palamar said…", then "“As for…”")
    return None


def _antecedent(
    i: int, pronoun: str, antecedents: list[tuple[int, Attribution]], persons: Mapping[str, str]
) -> Attribution | None:
    """The latest of `antecedents` within `PRONOUN_WINDOW` sentences before sentence `i` that
    `pronoun` may stand for, or None."""
    for j, att in reversed(antecedents):
        if i - j > PRONOUN_WINDOW:
            break
        if _pronoun_fits(pronoun, att.speaker) and not _other_gender(pronoun, att.speaker, persons):
            return att
    return None


# A sentence about the person a pronoun stands for: "She believes the U.S. is obligated…".
_PRONOUN_SUBJECT = re.compile(r"\s*(?P<pronoun>He|She)\b")


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


def _other_gender(pronoun: str, speaker: str, persons: Mapping[str, str]) -> bool:
    """Whether "he" or "she" (il, elle) cannot stand for this speaker by the first name the
    article gives them ("…," she said after Filippo Grandi's words is someone else's)."""
    if pronoun not in ("he", "she", "il", "elle"):
        return False
    gender = _gender(speaker, persons)
    return bool(gender) and gender != _pronoun_gender(pronoun)


def _same_gender(pronoun: str, speaker: str, persons: Mapping[str, str]) -> bool:
    """Whether the speaker's first name, as the article gives it, is of the pronoun's gender."""
    return _gender(speaker, persons) == _pronoun_gender(pronoun)


def _pronoun_gender(pronoun: str) -> str:
    """The gender "he" or "she" (il, elle) stands for."""
    return "female" if pronoun in ("she", "elle") else "male"


def _gender(speaker: str, persons: Mapping[str, str]) -> str:
    """The gender of the speaker's first name as the article gives it ("male", "female"), or
    "" when it has none or an unknown one (a role, a body)."""
    name, _ = parse_speaker(speaker)
    full = persons.get(person_key(name), name) if name else ""
    return first_name_gender(full) if full else ""


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
    wanted = _spelt(who)
    return _names_speaker(attribution, wanted) or _responder(attribution, wanted) is not None


def as_said_by(attribution: Attribution, who: list[str], typed: str = "") -> Attribution:
    """The attribution as shown for a quote of `who` (normalised tokens, `typed` as the user
    wrote them): who answers within the sentence when only they are `who` ("Les Occidentaux
    accusent Moscou…, ce que la Russie dément" is, asked of Russia, Russia's denial), else the
    attribution itself."""
    wanted = _spelt(who)
    if not who or _names_speaker(attribution, wanted):
        return attribution
    responder = _responder(attribution, wanted)
    if responder is None:
        return attribution
    return replace(attribution, speaker=typed or responder, person="", key="")


def _names_speaker(attribution: Attribution, wanted: set[str]) -> bool:
    """Whether the spellings `wanted` all name the speaker, as written or resolved."""
    return wanted <= _spelt(tokens(attribution.speaker)) | _spelt(tokens(attribution.person))


def _responder(attribution: Attribution, wanted: set[str]) -> str | None:
    """The one answering within the sentence whom the spellings `wanted` name, or None."""
    return next((r for r in attribution.responders if wanted <= _spelt(tokens(r))), None)


def _spelt(words: list[str]) -> set[str]:
    """Tokens of a name, each transliteration one spelling ("boychenko", "boichenko")."""
    return {one_spelling(w) for w in words}
