"""Whether the excerpts chosen for a name question give a name it asks: a who-question's
someone or something the question does not name (not only places, nor the source a story is
told after), a question asking which town a place, but a country, the question does not name.
The answerer abstains when they do not, in a large corpus only (a small one quotes too few
people to tell a name from a capitalised word). Choosing the excerpts is the answerer's
(`extractive`, `name_answerer`); what name a question asks, `question_names`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.lexical import tokens
from assistant.mentions import with_names_implied
from assistant.names import name_phrases, place_phrases, towns_new
from assistant.places import is_place, other_language_country
from assistant.query import Query
from assistant.question_months import is_date_word
from assistant.question_names import asks_place, asks_town
from assistant.question_source import SOURCE
from assistant.sentences import Scored, Sentence
from assistant.word_variants import actors


def asked_spellings(query: Query) -> set[str]:
    """The question's tokens and the corpus words standing for them: its names as the corpus
    may spell them too ("Berdiansk", "Berdyansk")."""
    return set(tokens(query.search)) | {t for slot in query.slots for t, _ in slot}


def no_doer_named(query: Query, chosen: Sequence[Scored]) -> bool:
    """Whether a who-question (not one asking where) is answered by excerpts naming no one it
    does not (`names_a_doer`): the passages telling of the blast do not say who was behind
    it."""
    return (
        query.kind == "who"
        and not asks_place(query.question)
        and not any(names_a_doer(query, c.sentence) for c in chosen)
    )


def no_town_named(query: Query, chosen: Sequence[Scored]) -> bool:
    """Whether a question asking which town, city or region ("In which Alaskan town did Joshua
    Cooper live…?") is answered by excerpts of the first one's story naming no place it does
    not ("…safe and sound at his home in Alaska"; a place in another story's caption is not
    where he lived)."""
    if not asks_town(query.question) or not chosen:
        return False
    asked = with_names_implied(asked_spellings(query))  # and the places its adjectives name
    story = chosen[0].sentence.chunk.source
    return not any(
        towns_new(c.sentence.text, asked) for c in chosen if c.sentence.chunk.source == story
    )


def names_a_doer(query: Query, sentence: Sentence) -> bool:
    """Whether a who-answer's excerpt names someone or something the question does not: a
    person, a body, a country; not only places ("the city of Berdyansk on the Black Sea") nor
    the source it is told after ("According to the Times, Artyom Bardin… was said to be in a
    grave condition after his car exploded" names no one behind the blast)."""
    asked = asked_spellings(query)
    text = SOURCE.sub("", sentence.text)
    where = {run for run, _ in place_phrases(text)}
    for run, toks in name_phrases(text):
        if set(toks) <= asked or run in where or all(is_date_word(t) for t in toks):
            continue
        if is_place(run) and not (other_language_country(run) or actors(run)):
            continue
        return True
    return False
