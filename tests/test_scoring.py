"""Worked examples of how sentences are weighed against a question (`scoring`)."""

from dataclasses import replace

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.scoring import CONTEXT_WEIGHT, context_words, coverage, names_other


def test_a_sentence_names_someone_the_question_does_not():
    asked = set(tokens("Which US diplomat wrote to Michelle Bachelet about the lists?"))
    answer = "The letter was sent by Ambassador Bathsheba Crocker to Michelle Bachelet."
    restated = "The US wrote to Michelle Bachelet about the lists."
    assert names_other(answer, asked)
    assert not names_other(restated, asked)
    # the first word of a sentence alone is no name
    assert not names_other("Diplomats wrote to Michelle Bachelet.", asked)


def test_a_follow_ups_own_words_weigh_more_than_the_previous_questions():
    history = [{"role": "user", "content": "What was the result of the Senate vote on NATO?"}]
    vocabulary = frozenset(tokens("result Senate vote NATO voted present"))
    query = parse_query("Who voted present?", history, vocabulary)
    query = replace(query, slots=tuple(((t, 1.0),) for t in tokens(query.search)))
    context = context_words(query)
    assert tokens("present")[0] not in context and tokens("Senate")[0] in context
    idf = {t: 1.0 for t in tokens(query.search)}.get
    answering = set(tokens("Sen. Rand Paul voted present"))
    restating = set(tokens("The Senate voted on NATO; the result was historic"))
    assert coverage(query.slots, answering, idf, context) > coverage(
        query.slots, restating, idf, context
    )
    # without the context the restating sentence covers more of the words
    assert coverage(query.slots, answering, idf) < coverage(query.slots, restating, idf)
    assert 0 < CONTEXT_WEIGHT < 1
    assert context_words(parse_query("Who voted present?", None, vocabulary)) == frozenset()
