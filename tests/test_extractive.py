"""Worked examples of the extractive answerer's choices of what its lead shows (the whole answer
path is tested in test_answer and test_answer_news)."""

from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.speaker_keys import person_key


class Quoted:
    """A corpus that quotes Antony Blinken and an entity keyed like a place ("Kyiv said")."""

    idf = sentences_of = None  # not read here
    named = {"Antony Blinken", "Kyiv", "Volodymyr Zelenskyy"}

    def quoted_in(self, key: str, name=()) -> int:
        found = [n for n in self.named if person_key(n) == key]
        return sum(1 for n in found if not name or tokens(n) == list(name))

    def is_name(self, token: str) -> bool:
        return token in tokens("Antony Blinken Kyiv Dynamo Ukrainian Volodymyr Zelenskyy")


def test_the_people_a_lead_names_are_people_the_corpus_quotes_by_that_name():
    answerer = ExtractiveAnswerer(None, Quoted())
    assert answerer._person("State Antony Blinken") == "Antony Blinken"
    assert answerer._person("Antony Blinken") == "Antony Blinken"
    # the title before a name is no part of it, though "Ukrainian" is written capitalised
    assert answerer._person("Ukrainian President Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"
    # Kyiv is quoted ("Kyiv said"), but no one called Dynamo Kyiv: a club, not a person
    assert answerer._person("Dynamo Kyiv") == ""
    assert answerer._person("World Cup") == ""
