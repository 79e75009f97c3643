"""The name-question part of the LLM-free answerer: who did it, which person, which place.

A sentence naming what a name question asks and the question does not gains `NAME_WEIGHT`: a
place where a place is asked ("in Stockholm"), a person where a person is ("Sen. Josh
Hawley"), any name else; a question asking which person is answered by a sentence naming one
when one of the best few does, in an article on what the question names; a person whom the
articles' roles give another of the crisis' countries than the question names is not the one
asked ("British Prime Minister Liz Truss" for "two former American soldiers"). A who-question is
answered only by a sentence saying, itself, something of what was done (the act itself when
the question opens on it: "Who replaced Reznikov?" is not answered by a sentence naming the
minister Reznikov; nor one saying it as wished or planned: "suggesting that he replace Defense
Minister Sergei Shoigu") and of whom or what the question names; else the answer says none of the
passages found says who, as it does in a large corpus when the excerpts chosen name no one
the question does not (`names_given`). Which person a name question describes is
`person_asked`'s. The lead shows a name found as a person only when the corpus quotes someone
of that name, without the title before it. Scoring, choosing and composing are the answerer's
(`extractive.ExtractiveAnswerer`, which this mixin is part of); whether an article speaks of the
question's names is `mentions`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from typing import Any

from assistant.bridges import Slot
from assistant.lexical import tokens
from assistant.names import (
    PERSONAL_SUBJECT,
    name_phrases,
    new_name,
    people_in,
    people_new,
)
from assistant.names_given import asked_spellings
from assistant.places import is_place
from assistant.query import Query, question_parts
from assistant.question_kinds import who_acts
from assistant.question_names import asks_person, asks_place, kind_asked, person_kind_asked
from assistant.read_on import read_from
from assistant.scoring import TELLING_IDF, from_first, names_other, names_person, names_place
from assistant.sentences import Scored, Sentence, following, preceding
from assistant.speaker_keys import person_key
from assistant.speakers import describes_person, parse_speaker
from assistant.word_variants import actors

# A subject described, not named: "A German media outlet has hired…", "Une entreprise…"
# "Two journalists were shot…", "Deux soldats…"
_INDEFINITE = re.compile(
    r"^(?:A|An|Un|Une|Two|Three|Four|Several|Some|Deux|Trois|Quatre|Plusieurs|Des)\s", re.I
)
# A sentence opening on one capitalised word doing something: "Sting took to Instagram…".
_ONE_WORD_SUBJECT = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+)\s+(?:[a-z]+ed|took|sang|said|told|made|gave|wrote|became|"
    r"won|went|has|had|was|is)\b"
)
# A subject described as someone told of before: "The tank commander is believed to be the
# ninth colonel…" (after "…Colonel Alexander Bespalov's body taken back to his home.")
_DEFINITE = re.compile(
    r"^\W*(?:The|This|That)\s+(?P<described>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
)
DESCRIBED_WORDS = 4  # words after "A"/"Two" that describe the subject ("BBC correspondent")
NAME_WEIGHT = 0.2  # what a sentence naming someone or somewhere new adds when a name is asked
NAMED_CANDIDATES = 10  # best candidates looked through for one whose article has the names
SPEAKER_BACK = 3  # sentences of one speaker's words read back to the one naming them


class NameAnswers:
    """Names for who-, which-person and where-questions; mixed into
    `extractive.ExtractiveAnswerer`, whose corpus, IDF and name checks it uses."""

    corpus: Any
    idf: Callable[[str], float]
    _names_missing: Callable[[Query, Sentence], list[str]]
    sentences_of: Callable[[str], list[Sentence]]

    def _names_new(self, query: Query) -> Callable[[Sentence], float]:
        """The bonus of a sentence naming what a name question asks and the question does not
        name: a place where a place is asked ("in Stockholm"), a person where a person is
        ("Sen. Josh Hawley"), any name else."""
        asked = set(tokens(query.search))
        if asks_place(query.question):
            return lambda s: NAME_WEIGHT * names_place(s.text, asked, self.idf)
        if asks_person(query.question):
            named = self._person_named(query, asked)
            return lambda s: NAME_WEIGHT * named(s)
        return lambda s: NAME_WEIGHT * names_other(s.text, asked)

    def _saying_what_is_asked(
        self, query: Query, slots: Sequence[Slot], scored: list[Scored]
    ) -> list[Scored] | None:
        """For a who-question, the candidates from the first of the best few that says, itself,
        something of what was done and of whom or what the question names (a word of each, or
        a word standing for it; of what was done, the act the question opens on when it does;
        of a name, its rarest word): "Who is the head coach of
        Shakhtar Donetsk?" is answered neither by a match report naming no coach nor by a
        sentence on a coach of another story. None when none of them does."""
        named = {t for _, toks in query.names for t in toks}
        asked = [slot for slot in slots if slot[0][0] not in named]
        typed = who_acts(query.question)  # "found … and posted": either is what was done
        act = {toks[0] for word in typed if (toks := tokens(word))}
        acted = [slot for slot in asked if slot[0][0] in act]
        asked = acted or asked
        rarest = {max(toks, key=self.idf) for _, toks in query.names if toks}
        # a name most articles use (Kyiv, Russia) tells nothing the sentence must say itself
        rarest = {t for t in rarest if self.idf(t) >= TELLING_IDF}
        # nor one the question tells before asking, restating the story ("…Trump answered on
        # the 'Full Send' podcast. Who asked him the question?"): the story holds it
        rarest -= question_parts(query)[0]
        of_names = [slot for slot in slots if slot[0][0] in rarest]
        if not asked:
            return scored

        def says(own: Set[str], wanted: list[Slot]) -> bool:
            return any(t in own for slot in wanted for t, _ in slot)

        # What was done, by the act's words (or those standing for them), said as done, not as
        # wished or planned; unless the question asks what may be done ("Who will replace…").
        opening = set(tokens(typed[0])) if typed else set()
        asked_done = bool(typed) and done(query.question, opening)
        acts = {t for slot in acted for t, _ in slot} if asked_done else set()
        # "Who asked him…?" is answered by who asked, not by "he is asked"; "Who was killed…?"
        # by "X was killed"
        by_doer = bool(acts) and done(query.question, opening, by_doer=True)

        def saying(sentence: Sentence) -> bool:
            own = sentence.own_words
            return (
                says(own, asked)
                and (not of_names or says(own | self._told_before(sentence), of_names))
                and not self._names_missing(query, sentence)
                and (not acts or done(sentence.text, acts, by_doer))
            )

        return from_first(scored, saying, NAMED_CANDIDATES)

    def _told_before(self, sentence: Sentence) -> frozenset[str]:
        """The words of the sentence before `sentence` in its story, which may name what it
        speaks of ("Ukrainian soldiers were photographed … using Molotov cocktails…", then
        "Photos taken by Chris McGrath…")."""
        before = preceding(sentence, self.sentences_of(sentence.chunk.source))
        return before.own_words if before else frozenset()

    def _doer_named_after(self, query: Query, chosen: list[Scored]) -> list[Scored]:
        """For a who-question, or one asking which person or which body of a kind ("quelle
        unité"), whose first excerpt names no one the question does not, that excerpt and the
        next sentence of its story when that one names the doer: someone or somewhere (for a
        body, a name of words: "A brigade…", then "…the 64th Separate Guards Motor Rifle
        Brigade…"), after an excerpt describing the doer ("A German media outlet has hired …
        Marina Ovsyannikova": an indefinite subject; then "…the company which owns Die Welt
        newspaper"), else a person, said with a word of the question ("…helping identify the
        Russian soldier", then "Prosecutors say the suspect is Nikolay Sokovikov")."""
        person = query.kind == "who" or asks_person(query.question)
        # a body or a unit of a kind asked for ("Quelle unité de l'armée russe…")
        kind_word = kind_asked(query.question)
        thing = bool(kind_word) and not (person or asks_place(query.question))
        if not (person or thing) or not chosen:
            return chosen
        chosen = [self._with_who_it_is(c) for c in chosen]
        first = chosen[0].sentence
        asked = set(tokens(query.search))
        known = asked_spellings(query)  # as the corpus spells them too
        kind = set(tokens(kind_word))  # "Brigade" is new to "which brigade"

        def new_people(sentence: Sentence) -> list[str]:
            return [person for _, person in people_new(sentence.text, asked)]

        def new_names(sentence: Sentence) -> list[str]:
            places = [words for words, _ in name_phrases(sentence.text) if is_place(words)]
            found = new_people(sentence) + [n for n in places if not set(tokens(n)) & asked]
            if thing:  # "A brigade…", then "Troops in the 64th Separate Guards… Brigade…":
                # a body's name of words, none the question's but the kind asked ("Ukrainian"
                # alone, or "Russian President Vladimir Putin" for a question naming Putin, is
                # not one)
                found += [
                    words
                    for words, toks in name_phrases(sentence.text)
                    if len(toks) > 1 and not set(toks) & (known - kind)
                ]
            return found

        if new_people(first) or (asks_place(query.question) or thing) and new_names(first):
            return chosen
        after = following(first, self.sentences_of(first.chunk.source))
        if after is None or not after.citable:
            return chosen
        named = {t for _, toks in query.names for t in toks}
        words = {t for slot in query.slots if slot[0][0] not in named for t, _ in slot}
        described = bool(_INDEFINITE.match(first.text)) and not new_names(first)
        if not (described and new_names(after)) and not (
            new_people(after) and words & after.own_words
        ):
            return chosen
        rest = [c for c in chosen[1:] if not c.sentence.overlaps(after)]
        return [chosen[0], Scored(after, chosen[0].score), *rest]

    def _person_named(self, query: Query, asked: Set[str]) -> Callable[[Sentence], bool]:
        """Whether a sentence names a person the question (tokens `asked`) does not and who is
        not of another country than it names, itself or, when it opens on someone of the kind
        asked described ("A BBC correspondent had to duck for cover…" for "quel correspondant"),
        in the next sentence of its story ("Hugo Bachega was reporting…")."""
        other = self._of_another_country(query)
        kind = set(tokens(person_kind_asked(query.question)))
        asked = set(asked) - kind  # "Photographer Stanislav Senyk" is new to "quel photographe"

        def named(sentence: Sentence) -> bool:
            if names_person(sentence.text, asked, other) or self._one_word_subject(sentence, asked):
                return True
            if refers_back(sentence.text):  # "The tank commander…", after a sentence naming him
                before = preceding(sentence, self.sentences_of(sentence.chunk.source))
                if before and before.citable and names_person(before.text, asked, other):
                    return True
            opening = _INDEFINITE.match(sentence.text)
            described = sentence.text[opening.end() :].split()[:DESCRIBED_WORDS] if opening else []
            if not kind & set(tokens(" ".join(described))):
                return False
            after = following(sentence, self.sentences_of(sentence.chunk.source))
            return after is not None and after.citable and names_person(after.text, asked, other)

        return named

    def _with_who_it_is(self, item: Scored) -> Scored:
        """An excerpt of a who-answer that names no one, read from the sentence before it that
        does: when its subject is only "he", "she" or a person described (`refers_back`: "He
        was the first American to be reported killed in Ukraine.", after "Willy Joseph Cancel,
        a 22-year-old former U.S. Marine, was killed…"), or when it continues someone's words
        (“If Bosnia … decide…”, after "Igor Kalabukhov, the Russian ambassador…, said…" and "He
        added: …"), up to `SPEAKER_BACK` sentences of theirs before: the pronoun or the quote
        alone names no one."""
        sentence = item.sentence
        story = self.sentences_of(sentence.chunk.source)
        named = _speaker_named_before(sentence, story)
        if named is None and refers_back(sentence.text):
            before = preceding(sentence, story)
            named = before if before and people_in(before.text) else None
        if not named or not named.citable:
            return item
        return Scored(read_from(sentence, named), item.score)

    def _one_word_subject(self, sentence: Sentence, asked: Set[str]) -> bool:
        """Whether the sentence opens on someone known by one name doing something ("Sting
        took to Instagram…"): a word the question does not hold, no place, that the corpus
        writes only capitalised or quotes as someone's, and that is not the surname of someone
        its story names in full ("Crocker wrote…" after "Ambassador Bathsheba Nell Crocker":
        the sentence naming her answers better)."""
        opening = _ONE_WORD_SUBJECT.match(sentence.text)
        if opening is None:
            return False
        word = opening.group("name")
        toks = tokens(word)
        if not toks or not new_name(word, asked):
            return False
        if not (self.corpus.is_name(toks[0]) or self.corpus.quoted_in(person_key(word))):
            return False
        story = self.sentences_of(sentence.chunk.source)
        return not any(
            person.split()[-1] == word and len(person.split()) > 1
            for s in story
            for _, person in people_in(s.text)
        )

    def _of_another_country(self, query: Query) -> Callable[[str], bool]:
        """Whether a person named is of another of the crisis' countries than those the
        question names, by the roles the articles give them ("British Prime Minister Liz
        Truss" is not one of "les deux anciens militaires américains"); a person the articles
        give no country is of none. Always False when the question names no country."""
        wanted = actors(query.question)
        if not wanted:
            return lambda person: False

        def other(person: str) -> bool:
            country = self.corpus.country_of(person_key(person))
            return country is not None and country not in wanted

        return other

    def _person(self, name: str) -> str:
        """A name found in a sentence as a person to show: without its title ("Ukrainian
        President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy") nor the words before it that
        the corpus does not write as names ("State Antony Blinken" → "Antony Blinken"); ''
        when the corpus quotes nobody of that name (a place or an event: "World Cup"), nor of
        that full name ("Dynamo Kyiv" is no person, though "Kyiv said…")."""
        if not self.corpus.quoted_in(person_key(name)):
            return ""
        words = (parse_speaker(name)[0] or name).split()  # "Ukrainian President Volodymyr…"
        while len(words) > 2 and not all(self.corpus.is_name(t) for t in tokens(words[0])):
            words.pop(0)
        if len(words) > 1 and not self.corpus.quoted_in(person_key(name), tokens(" ".join(words))):
            return ""
        return " ".join(words)


# Words before an act that make it wished, planned or supposed, not done ("suggesting that he
# replace Defense Minister Sergei Shoigu", "plans to replace", "could replace", "pour
# remplacer"); in a question, that it asks of what may be done ("Who will replace…").
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|should|might|may|to|if|whether|suggest\w*|want\w*|plan\w*|"
    r"hope\w*|consider\w*|va|vont|pourrai\w*|devrai\w*|pour|veu\w*|souhait\w*|envisag\w*)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# An act said in the passive ("Trump is asked how…") names its doer only after "by", "par".
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|été|est|sont|fut|furent)\s+(?:[\w'’-]+\s+)?$", re.I
)
_AGENT_AFTER = re.compile(r"^[^.;:]{0,60}?\b(?:by|par)\b", re.I)


def done(text: str, acts: Set[str], by_doer: bool = False) -> bool:
    """Whether a sentence says one of the act's words (tokens `acts`) as done: some mention
    not just after a wish, a plan or a supposition (`_NOT_DONE`); with `by_doer`, not in the
    passive either, unless its doer follows ("Trump is asked…" says no one asked him)."""
    for word in _WORD.finditer(text):
        if not set(tokens(word.group(0))) & acts:
            continue
        before = text[: word.start()]
        if _NOT_DONE.search(before):
            continue
        passive = by_doer and _PASSIVE_BEFORE.search(before)
        if passive and not _AGENT_AFTER.search(text[word.end() :]):
            continue
        return True
    return False


def _speaker_named_before(sentence: Sentence, story: Sequence[Sentence]) -> Sentence | None:
    """The sentence naming the person whose words `sentence` continues without naming them,
    when it is one of the `SPEAKER_BACK` before it and every one between is theirs too; else
    None."""
    said = sentence.attribution
    person = said.person if said else ""
    surname = tokens(person)[-1:] if person else []
    if not surname or surname[0] in sentence.own_words:
        return None
    current = sentence
    for _ in range(SPEAKER_BACK):
        current = preceding(current, story)
        if current is None or not current.attribution or current.attribution.person != person:
            return None
        if surname[0] in current.own_words:
            return current
    return None


def refers_back(text: str) -> bool:
    """Whether a sentence naming no one has for subject someone told of before it: "he" or
    "she", or a person described by the definite article ("The tank commander is believed to
    be…", "The officer…"; not "The attack…" nor "The Kremlin…")."""
    if people_in(text):
        return False
    described = _DEFINITE.match(text)
    return bool(PERSONAL_SUBJECT.match(text) or described and describes_person(described.group(1)))
