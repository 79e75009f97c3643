"""Worked examples of date questions' dates (the whole answer path is tested in test_dates and
test_answer_news)."""

import pytest

from assistant.date_answerer import DateAnswers
from assistant.lexical import tokens
from assistant.sentences import Scored

# after 2750_0f2e5789621989d7.txt and 2434_85607756a3268be3.txt (Reuters, HuffPost, 2022)
TEXT = (
    "The agreement was due to be renewed on November 19, the ministry said on Monday. "
    "The deal, signed on July 22, created a safe corridor for grain. "
    "Grain prices fell on Tuesday in Chicago."
)


class Dates(DateAnswers):
    @staticmethod
    def idf(token: str) -> float:
        return 1.0 if token in tokens("grain") else 6.0  # a word every article uses tells little

    @staticmethod
    def _names_missing(query, sentence) -> list[str]:
        """The question's names the sentence does not write (the answerer also reads the
        sentences around it and the article)."""
        return [name for name, toks in query.names if not set(toks) & sentence.words]


def test_the_sentence_dating_what_happened_comes_first(sentences_of_text, plain_query):
    query = plain_query("When was the grain deal signed?")
    renewed, signed, prices = sentences_of_text(TEXT, "grain.txt")
    # the renewal's sentence scores best on the question's words; the signing's date answers
    ranked = Dates()._dates_first(
        query, [Scored(renewed, 0.7), Scored(signed, 0.6), Scored(prices, 0.5)]
    )
    assert ranked[0].sentence is signed
    assert all(item.sentence is not prices for item in ranked)  # it says nothing of a deal


def test_a_loose_date_is_an_answer_only_when_it_says_what_happened_of_what_is_named(
    sentences_of_text, plain_query
):
    dates = Dates()
    query = plain_query("When did Gazprom sign the deal?")
    (named,) = sentences_of_text("Gazprom signed the deal on July 22.")
    unnamed = sentences_of_text(TEXT, "grain.txt")[1]
    assert dates._dates_what_is_asked(query, named)
    assert not dates._dates_what_is_asked(query, unnamed)  # no Gazprom in it


def test_the_words_asking_a_date_name_nothing_that_happened(plain_query):
    query = plain_query("On what date did Finland officially become a member of NATO?")
    assert Dates()._happened(query) == frozenset(tokens("officially become member"))
    query = plain_query("Quel jour la Finlande a-t-elle signé ?")
    assert not Dates()._happened(query) & frozenset(tokens("jour date"))


def test_a_sentence_dating_what_happened_of_what_is_named_comes_before_one_of_another(
    sentences_of_text, plain_query
):
    # after 2685_cf6e9c1… and 2747_906f5969… (NYT, Daily Mirror, October 2022)
    query = plain_query("By when did General Budanov say Ukraine aimed to retake Kherson?")
    other, asked = sentences_of_text(
        "Surovikin's men aimed to retake towns in June, said General Budanov. "
        "General Budanov claimed Ukraine aims to retake Kherson by the end of November.",
        "budanov.txt",
    )
    ranked = Dates()._dates_first(query, [Scored(other, 0.7), Scored(asked, 0.6)])
    assert ranked[0].sentence is asked


@pytest.mark.slow
def test_a_date_asked_after_a_story_dates_what_the_asking_sentence_asks(indexed, news_articles):
    # The Guardian, 2022-06-06: the exercise began "on Sunday"; it "is scheduled to end in the
    # German port of Kiel on 17 June". The question tells of the start, then asks of the end.
    assistant = indexed(
        news_articles(
            "2282_a5aebbaff40807eb.txt", "0227_22be0e8153ac846a.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer(
        "Le grand exercice naval de l'OTAN en mer Baltique a commencé début juin 2022. Quand "
        "devait-il se terminer ?"
    )
    assert not result.abstained, result.text
    assert "17" in result.text.splitlines()[0], result.text


def test_a_weekday_beside_nothing_of_what_happened_is_no_answer(sentences_of_text, plain_query):
    # after 0195_c78ecdd753935339.txt (CNN, 2022-01-23): the day Reznikov tweeted is not the day he
    # left his post
    text = (
        "Ukrainian Defense Minister Oleksii Reznikov said in a tweet Sunday that more weapons "
        "had arrived. Reznikov resigned from his post on Sunday, officials said."
    )
    tweeted, resigned = sentences_of_text(text, "reznikov.txt", "2022-01-23")
    dates = Dates()
    query = plain_query("When did Oleksii Reznikov resign from his post?")
    assert dates._day_of_something_else(query, tweeted)
    assert dates._dates_something_else(query, tweeted)
    assert not dates._day_of_something_else(query, resigned)
    # a date the text writes is the text's, whatever stands beside it
    (written,) = sentences_of_text(
        "Reznikov said on July 22 that weapons had arrived.", "a.txt", "2022-07-25"
    )
    assert not dates._day_of_something_else(query, written)


def test_a_date_in_a_sentence_saying_nothing_of_what_happened_is_of_something_else(
    sentences_of_text, plain_query
):
    dates = Dates()
    # after 1108_15573233eb29612f.txt (Fox News, 2022-03-07): the date Putin approved the
    # operation is not when the court issued a warrant, which the sentence does not say
    (opened,) = sentences_of_text(
        "The International Criminal Court opened an investigation into possible war crimes "
        'after Russian President Vladimir Putin approved a "special military operation" in '
        "Ukraine Feb. 24, a somber reminder of the number of victims.",
        "icc.txt",
        "2022-03-07",
    )
    query = plain_query("On what date did the International Criminal Court issue its warrant?")
    assert dates._says_nothing_that_happened(query, opened)
    assert dates._dates_something_else(query, opened)
    (issued,) = sentences_of_text("The court issued the warrant on March 17.", "b.txt")
    assert not dates._says_nothing_that_happened(query, issued)
    assert not dates._dates_something_else(query, issued)
    # after 1955_56b738126a38791e.txt (Daily Express, 2022-04-18): asked in French of an
    # English article, the question's words may reach it by none of their few bridges
    (shot,) = sentences_of_text(
        "Dubbed Flanker by Nato, the fighter jet was unexpectedly shot down near Izium, some "
        "75 miles from Kharkiv, in eastern Ukraine on April 3.",
        "jet.txt",
        "2022-04-18",
    )
    query = plain_query("À quelle date cet avion avait-il été abattu près d'Izioum ?")
    assert not dates._says_nothing_that_happened(query, shot)
