"""Which person a name question asks for, in a large corpus: someone of the kind it describes ("the
name of Drone Boy Andrii Pokrasa's father", "comment s'appelle l'adolescente…"), not someone a
sentence says is another kind ("Victor Kovalenko, a former Ukrainian journalist" is no driver) nor
a speaker who names the kind only in their quoted words; no one when one of the best passages says
the name is withheld ("who did not share her last name"); the other names of someone the question
names by one ("le nom de famille de Tania") only from a sentence writing both; and the real name of
someone it calls by a nickname ("the sniper known as 'Wali'") only from a sentence writing the
nickname and naming someone by another name; and someone named where the kind is said only near it
("her daughter Sofya", not "Her daughter - who fled Bucha before Vladimir Putin ordered the
invasion - said…"). A thing's name asked ("comment s'appelle la maternité…") is a name given to one
of its kind (`names_thing`), not a person's named beside it. A small corpus quotes too few people
to tell a one-word name from any capitalised word: there, any person named will do. Who is named at
all, and the kind of person asked, are `name_answerer`'s and `question_names`'; this mixin is part
of the answerer (`extractive.ExtractiveAnswerer`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from typing import Any

from assistant.lexical import tokens
from assistant.name_answerer import NAMED_CANDIDATES
from assistant.names import (
    clause_of,
    name_phrases,
    narration,
    new_name,
    people_in,
    people_new,
    said_to_be,
    says,
    told_to,
)
from assistant.query import LARGE_CORPUS_SENTENCES, Query
from assistant.question_names import (
    asks_full_name,
    asks_person,
    asks_place,
    is_person_kind,
    nickname_asked,
    other_name_asked,
    person_described,
    thing_described,
)
from assistant.scoring import from_first
from assistant.sentences import Scored, Sentence, preceding
from assistant.withheld_names import withholds_name

WITHHELD_CANDIDATES = 5  # best candidates of which one saying the name asked is withheld is told


class PersonAsked:
    """The person a name question asks for; mixed into `extractive.ExtractiveAnswerer`."""

    corpus: Any
    _names_missing: Callable[[Query, Sentence], list[str]]
    _person_named: Callable[[Query, Set[str]], Callable[[Sentence], bool]]
    sentences_of: Callable[[str], list[Sentence]]

    def _naming_someone(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """For a question asking which person (not which country), the candidates from the
        first of the best few naming a person the question does not, in an article speaking of
        what the question names; unchanged when none does, or for another question. In a large
        corpus (`LARGE_CORPUS_SENTENCES`), the first naming someone of the kind the question
        describes (`_of_the_kind`) and not only people told to be someone else
        (`_someone_else`), and [] when none names anyone of that kind, not even by one word the
        corpus quotes as a person's ("Sting"), or when one of the very best says the name is
        withheld ("The suspect, whom the SBU did not identify") or, when the question asks a
        real, full or last name, gives only a first name or an alias ("known only as 'the
        Gravedigger'"): none of them says who. The
        other names of someone the question names ("le nom de famille de Tania") are in the
        first writing that name with another, and the real name of someone it calls by a
        nickname ("known as 'Wali'") in the first writing the nickname and another name; else
        none says them.
        A small corpus quotes too few people to tell a one-word name from any capitalised
        word."""
        if not asks_person(query.question) or asks_place(query.question):
            return scored
        asked = set(tokens(query.search))
        thing = self._kind_words(query) if thing_described(query.question) else set()
        if thing and self.corpus.sentences >= LARGE_CORPUS_SENTENCES:  # "la maternité": no one
            return (
                from_first(
                    scored,
                    lambda s: (
                        not self._names_missing(query, s) and names_thing(s.text, thing, asked)
                    ),
                    NAMED_CANDIDATES,
                )
                or []
            )
        named = self._person_named(query, asked)
        of_the_kind = self._of_the_kind(query, asked)

        def naming(sentence: Sentence) -> bool:
            return not self._names_missing(query, sentence) and named(sentence)

        found = from_first(scored, naming, NAMED_CANDIDATES)
        if self.corpus.sentences < LARGE_CORPUS_SENTENCES:
            return found or scored
        full = asks_full_name(query.question)
        if any(
            withholds_name(x.sentence.text, full) and of_the_kind(x.sentence)
            for x in scored[:WITHHELD_CANDIDATES]
        ):
            return []  # "The suspect, whom the SBU did not identify, …"
        nickname, given = nickname_asked(query.question), other_name_asked(query.question)
        if nickname or given:  # "known as 'Wali'", "le nom de famille de Tania"
            writes = _named_besides if nickname else _full_name
            name = nickname or given
            return (
                from_first(scored, lambda s: naming(s) and writes(s.text, name), NAMED_CANDIDATES)
                or []
            )
        if found is not None:  # someone named: the first of the kind asked
            someone_else = self._someone_else(query, asked)
            named_as_kind = self._of_the_kind(query, asked, near=True)
            of_kind = from_first(
                scored,
                lambda s: naming(s) and named_as_kind(s) and not someone_else(s),
                NAMED_CANDIDATES,
            )
            return of_kind or []
        one_word = any(
            not self._names_missing(query, x.sentence)
            and self._one_word_named(x.sentence, asked)
            and of_the_kind(x.sentence)
            for x in scored[:NAMED_CANDIDATES]
        )
        return scored if one_word else []

    def _someone_else(self, query: Query, asked: Set[str]) -> Callable[[Sentence], bool]:
        """Whether each person a sentence names and the question (tokens `asked`) does not is
        told to be someone else than the kind of person the question describes: said to be
        another kind ("The video was shared … by Victor Kovalenko, a former Ukrainian
        journalist" names no driver), the one told ("told CNN's Clarissa Ward"), or the
        sentence's speaker, of whom the clause naming them (`names.clause_of`) says no such
        thing, the kind being in their quoted or reported words ("Maria Avdeeva … wrote on
        Twitter: '…including a 15-year-old girl'" names no girl, nor "…was a woman who was six
        months pregnant, Kyiv Mayor Vitali Klitschko said" a woman). Always False when the
        question describes no kind."""
        words = self._kind_words(query)
        if not words:
            return lambda sentence: False

        def other(person: str, run: str, told: str, speaker: str) -> bool:
            head = said_to_be(told, run)
            if head and set(tokens(head)) & words:
                return False
            if (head and is_person_kind(head)) or told_to(told, run):
                return True
            # the speaker, or anyone it has say something ("and President Volodymyr Zelenskyy
            # said a 37-year-old man was killed"), unless the clause naming them says the kind
            # ("said the woman, Olga")
            speaks = bool(speaker) and bool(set(tokens(person)) & set(tokens(speaker)))
            return (speaks or says(told, run)) and not words & set(tokens(clause_of(told, run)))

        def someone_else(sentence: Sentence) -> bool:
            told = narration(sentence.text)
            speaker = sentence.attribution.speaker if sentence.attribution else ""
            people = people_new(sentence.text, asked)
            return bool(people) and all(
                run in told and other(person, run, told, speaker) for run, person in people
            )

        return someone_else

    def _kind_words(self, query: Query) -> set[str]:
        """The tokens of the kind of person a name question describes, and of the words standing
        for it ("adolescente": teenager, girl); empty when it describes none."""
        kind = tokens(person_described(query.question).kind)
        if not kind:
            return set()
        return next(({t for t, _ in s} for s in query.slots if s and s[0][0] == kind[0]), {kind[0]})

    def _of_the_kind(
        self, query: Query, asked: Set[str], near: bool = False
    ) -> Callable[[Sentence], bool]:
        """Whether a sentence, or the one before it in its story, says the kind of person whose
        name the question asks (its word or one standing for it), or names as many people the
        question does not (tokens `asked`) as it asks for: "Drone Boy Andrii Pokrasa's father"
        is not "A man named Yuri Kasyanov from the civil defense forces", nor "the pregnant
        woman" "Mr Javid"; "le soldat ukrainien" is "Vitaliy Skakun…", after "A Ukrainian
        soldier blew himself up"; "les deux anciens militaires" are "Alexander Drueke and Andy
        Tai Huynh". With `near`, a sentence saying the kind must name someone new at most
        `NEAR_PERSON` words from it ("Ekaterina Zavizion and her daughter Sofya"; not "Her
        daughter - who fled Bucha before Vladimir Putin ordered the invasion - said…"). Always
        True when the question describes no kind."""
        described = person_described(query.question)
        words = self._kind_words(query)
        if not words:
            return lambda sentence: True

        def told(sentence: Sentence) -> bool:
            if words & sentence.own_words:
                return not near or _named_near(
                    sentence.text,
                    words,
                    [run for run, _ in people_new(sentence.text, asked)],
                    NEAR_PERSON,
                    beside_ok=True,
                )
            if described.count > 1:
                people = {p for _, p in people_new(sentence.text, asked)}
                if len(people) >= described.count:
                    return True
            before = preceding(sentence, self.sentences_of(sentence.chunk.source))
            return before is not None and bool(words & before.own_words)

        return told

    def _one_word_named(self, sentence: Sentence, asked: Set[str]) -> bool:
        """Whether the sentence names, by one word the question does not hold, someone its
        story quotes by that one word ("Sting took to Instagram…", and "…," Sting said):
        a person known by one name, not a country or a city speaking."""
        quoted = {
            s.attribution.name
            for s in self.sentences_of(sentence.chunk.source)
            if s.attribution and len(s.attribution.name.split()) == 1
        }
        words = set(re.findall(r"\b[A-Z][\w'’-]+", sentence.text))
        return any(new_name(w, asked) for w in quoted & words)


def _named_besides(text: str, nickname: str) -> bool:
    """Whether `text` writes a nickname and names a person by another name."""
    return nickname in text and any(nickname not in person.split() for _, person in people_in(text))


def _full_name(text: str, given: str) -> bool:
    """Whether `text` names a person by `given` and another name ("Tania Kovalenko")."""
    return any(
        given in words and len(words) > 1
        for _, person in people_in(text)
        if (words := person.split())
    )


NEAR_KIND = 2  # words between a thing's name and the word saying its kind ("the warship Moskva")
# Words that put a name beside a thing, not on it: "a hospital in western Kyiv".
_BESIDE = frozenset(
    "in at of on near from to by for with outside inside dans à de du des près pour avec".split()
)

_TITLE_AFTER = re.compile(r"[,:]?\s+(?:called\s+|titled\s+|intitulée?\s+)?[«\"“‘']\s*[A-ZÀ-Ý]")


def names_thing(text: str, kind: Set[str], asked: Set[str]) -> bool:
    """Whether `text` names a thing of a kind (tokens `kind`) by a name the question (tokens
    `asked`) does not hold: a capitalised name holding the kind's word ("Maternity Hospital
    No. 3") or at most `NEAR_KIND` words from it with no preposition between ("the warship
    Moskva", "the Lelya maternity hospital"), or a title quoted right after it ("the
    documentary “Superpower”"). People's names elsewhere do not: "a maternity hospital…, in
    what President Volodymyr Zelenskyy called an 'atrocity'" names no hospital, nor "a private
    maternity hospital in western Kyiv" one."""
    words, at = _kind_said(text, kind)
    for a in at:  # a title quoted after it: "the documentary “Superpower”"
        after = text[words[a][0] + len(words[a][1]) :]
        if _TITLE_AFTER.match(after):
            return True
    runs = [run for run, toks in name_phrases(text) if not set(toks) <= asked]
    return _named_near(text, kind, runs, NEAR_KIND, beside_ok=False)


NEAR_PERSON = 3  # words between a person's name and the kind asked ("her daughter Sofya")


def _kind_said(text: str, kind: Set[str]) -> tuple[list[tuple[int, str]], list[int]]:
    """The words of `text` (start, word), and the indices of those saying the kind (tokens)."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[\w'’.-]*\w", text)]
    return words, [i for i, (_, w) in enumerate(words) if set(tokens(w)) & kind]


def _named_near(text: str, kind: Set[str], runs: list[str], near: int, beside_ok: bool) -> bool:
    """Whether one of the names `runs` of `text` holds a word of `kind` (tokens) or stands at
    most `near` words from one, with a preposition between only when `beside_ok`."""
    words, at = _kind_said(text, kind)
    starts = {start: i for i, (start, _) in enumerate(words)}
    for run in runs:
        first = starts.get(text.find(run), -1)
        if first < 0:
            continue
        last = first + len(run.split()) - 1
        for a in at:
            if first <= a <= last:
                return True
            between = words[last + 1 : a] if a > last else words[a + 1 : first]
            if len(between) <= near and (
                beside_ok or not any(w.lower() in _BESIDE for _, w in between)
            ):
                return True
    return False
