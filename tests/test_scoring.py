"""Worked examples of how sentences are weighed against a question (`scoring`)."""

from dataclasses import replace

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.scoring import (
    CONTEXT_WEIGHT,
    asked_words,
    context_words,
    coverage,
    names_other,
    with_what_is_asked,
)
from assistant.sentences import Scored


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


def test_the_story_a_question_tells_before_asking_weighs_as_context():
    # after 2310_72d70b2e9c77f777.txt (HuffPost, 2022-06-16) and the AP story on Scholz
    question = (
        "Olaf Scholz travelled to Kyiv in June 2022 with Macron and Draghi. "
        "Why had he long resisted making the trip?"
    )
    vocabulary = frozenset(tokens(question))
    query = parse_query(question, None, vocabulary)
    query = replace(query, slots=tuple(((t, 1.0),) for t in tokens(query.search)))
    context = context_words(query)
    assert set(tokens("Macron Draghi travelled")) <= context
    assert not set(tokens("long resisted trip")) & context
    idf = {t: 1.0 for t in tokens(query.search)}.get
    answering = set(tokens("Scholz had long resisted traveling to Kyiv, saying he did not want a"))
    restating = set(tokens("Macron, Scholz and Draghi travelled to Kyiv in June 2022"))
    assert coverage(query.slots, answering, idf, context) > coverage(
        query.slots, restating, idf, context
    )


# after 1630_91d2176369dcd406.txt (Daily Mirror, 2022-04-02)
SLABTSOV = (
    "Lt Col Vitaly Slabtsov, 43, was an elite paratrooper buried with full military honours. "
    "His funeral was held in Ryazan on Friday. "
    "At the funeral, cemetery workers told reporters there are three rows of graves reserved."
)


def test_what_a_question_asks_is_what_its_last_sentence_adds_to_those_before(
    plain_query, sentences_of_text
):
    query = plain_query(
        "Vitaly Slabtsov, an elite paratrooper, was buried in Ryazan. "
        "What did cemetery workers tell reporters at his funeral?"
    )
    asked = {slot[0][0] for slot in asked_words(query)}
    assert set(tokens("cemetery workers tell reporters funeral")) <= asked
    assert not asked & set(tokens("Slabtsov paratrooper Ryazan"))
    # a question in one sentence restates nothing; a follow-up's previous words are context
    assert asked_words(plain_query("What did cemetery workers tell reporters?")) == []
    assert asked_words(replace(query, follows=True)) == []
    # the lead restated scores best; the story's sentence on what is asked is shown second
    lead, held, told = sentences_of_text(SLABTSOV)
    idf = lambda token: 1.0  # noqa: E731
    chosen = [Scored(lead, 0.7)]
    scored = [Scored(lead, 0.7), Scored(held, 0.5), Scored(told, 0.4)]
    shown = with_what_is_asked(query, chosen, scored, idf)
    assert [s.sentence for s in shown] == [lead, told]
    # a first excerpt saying what is asked keeps the answer as it is
    assert with_what_is_asked(query, [Scored(told, 0.7)], scored, idf) == [Scored(told, 0.7)]
