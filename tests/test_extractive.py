"""Worked examples of the extractive answerer's sentence checks (the whole answer path is
tested in test_answer and test_answer_news)."""

from assistant.extractive import _asks, _names_other
from assistant.lexical import tokens


def test_a_sentence_names_someone_the_question_does_not():
    asked = set(tokens("Which US diplomat wrote to Michelle Bachelet about the lists?"))
    answer = "The letter was sent by Ambassador Bathsheba Crocker to Michelle Bachelet."
    restated = "The US wrote to Michelle Bachelet about the lists."
    assert _names_other(answer, asked)
    assert not _names_other(restated, asked)
    # the first word of a sentence alone is no name
    assert not _names_other("Diplomats wrote to Michelle Bachelet.", asked)


def test_a_sentence_that_asks_is_no_answer():
    assert _asks("Ukraine war: Could Russia use tactical nuclear weapons?")
    assert _asks('"Would you do it?"')
    assert not _asks("Putin has said Russia would not use nuclear weapons.")
