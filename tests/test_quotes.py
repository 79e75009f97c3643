"""Worked examples of how a speaker asked about is looked for (`quotes`)."""

from dataclasses import replace

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.quotes import speaker_spellings


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
