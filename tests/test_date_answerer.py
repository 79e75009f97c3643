"""Worked examples of date questions' dates (the whole answer path is tested in test_dates and
test_answer_news)."""

from dataclasses import replace

from assistant.chunking import sentence_spans
from assistant.date_answerer import DateAnswers
from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.sentences import Scored, Sentence
from assistant.types import Chunk

# after 2750_0f2e5789621989d7.txt and 2434_85607756a3268be3.txt (Reuters, HuffPost, 2022)
TEXT = (
    "The agreement was due to be renewed on November 19, the ministry said on Monday. "
    "The deal, signed on July 22, created a safe corridor for grain. "
    "Grain prices fell on Tuesday in Chicago."
)


def _sentences() -> list[Sentence]:
    chunk = Chunk("c", "a", "grain.txt", "", None, 0, 0, len(TEXT), TEXT)
    return [Sentence(chunk, s, e, TEXT[s:e], None) for s, e in sentence_spans(TEXT)]


def _query(question: str):
    """The parsed question with each of its words a slot of its own (no bridges)."""
    query = parse_query(question, None, frozenset())
    return replace(query, slots=tuple(((t, 1.0),) for t in tokens(query.search)))


class Dates(DateAnswers):
    @staticmethod
    def idf(token: str) -> float:
        return 1.0 if token in tokens("grain") else 6.0  # a word every article uses tells little


def test_the_sentence_dating_what_happened_comes_first():
    query = _query("When was the grain deal signed?")
    renewed, signed, prices = _sentences()
    # the renewal's sentence scores best on the question's words; the signing's date answers
    ranked = Dates()._dates_first(
        query, [Scored(renewed, 0.7), Scored(signed, 0.6), Scored(prices, 0.5)]
    )
    assert ranked[0].sentence is signed
    assert all(item.sentence is not prices for item in ranked)  # it says nothing of a deal


def test_a_loose_date_is_an_answer_only_when_it_says_what_happened_of_what_is_named():
    dates = Dates()
    query = _query("When did Gazprom sign the deal?")
    named = Sentence(_sentences()[1].chunk, 0, 40, "Gazprom signed the deal on July 22.", None)
    unnamed = _sentences()[1]
    assert dates._dates_what_is_asked(query, named)
    assert not dates._dates_what_is_asked(query, unnamed)  # no Gazprom in it
