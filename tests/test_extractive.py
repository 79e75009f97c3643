"""Worked examples of the extractive answerer's sentence checks (the whole answer path is
tested in test_answer and test_answer_news)."""

from dataclasses import replace

from assistant.attribution import Attribution
from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.quotes import speaker_spellings
from assistant.sentences import Sentence
from assistant.types import Chunk


def test_a_bare_surname_means_the_namesake_the_corpus_quotes_most():
    class Corpus:
        idf = sentences_of = None  # not read here

        def quoted_in(self, key, name=()):
            counts = {"Joe Biden": 400, "Jill Biden": 7, "": 405}  # "": any Biden
            return next((n for p, n in counts.items() if tokens(p) == list(name)), 0)

    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, 10, "")

    def said(person: str) -> Sentence:
        attribution = Attribution(0, 10, person, True, person=person, key="biden")
        return Sentence(chunk, 0, 10, f"{person} said so.", attribution)

    joe, jill, bare = said("Joe Biden"), said("Jill Biden"), said("Biden")
    answerer = ExtractiveAnswerer(None, Corpus())
    query = parse_query("What did Biden say?", None, frozenset(tokens("Biden say")))
    assert answerer._one_person(query, [jill, joe, bare]) == [joe, bare]
    # Jill Biden alone among the passages found: the corpus quotes another Biden far more
    assert answerer._one_person(query, [jill, bare]) == [bare]
    assert answerer._one_person(query, [jill]) == []
    assert answerer._one_person(query, [joe]) == [joe]
    full = parse_query("What did Jill Biden say?", None, frozenset(tokens("Jill Biden say")))
    assert answerer._one_person(full, [jill, joe]) == [jill, joe]  # matched by full name later


def test_a_speaker_the_corpus_names_otherwise_is_looked_for_by_its_bridges():
    # "l'AIEA" is quoted as "the IAEA": the speaker's word, then its bridges best first
    query = parse_query(
        "Qu'a déclaré l'AIEA sur la centrale ?", None, frozenset(tokens("centrale"))
    )
    aiea, iaea = tokens("AIEA")[0], tokens("IAEA")[0]
    bridged = replace(
        query, slots=((("declar", 1.0),), ((aiea, 1.0), (iaea, 0.85), ("idaho", 0.8)))
    )
    assert speaker_spellings(bridged) == [[[aiea]], [[iaea]], [["idaho"]]]
    assert speaker_spellings(replace(query, slots=())) == [[[aiea]]]


def test_a_speaker_spelt_otherwise_is_looked_for_in_both_spellings_at_once():
    # "the defence ministry" is also the "Defense Ministry" of American articles: both are
    # looked for together, before any bridge
    query = parse_query("What did the defence ministry say?", None, None)
    defence, defense = tokens("defence")[0], tokens("defense")[0]
    ministry = tokens("ministry")[0]
    respelt = replace(
        query, slots=(((defence, 1.0), (defense, 1.0), ("army", 0.7)), ((ministry, 1.0),))
    )
    assert speaker_spellings(respelt) == [
        [[defence, ministry], [defense, ministry]],
        [["army", ministry]],
    ]
