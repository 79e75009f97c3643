"""Worked examples of the months and years a question names."""

import pytest

from assistant.lexical import tokens
from assistant.question_months import (
    MONTH_TOKENS,
    day_asked,
    is_date_word,
    month_asked,
    month_in_period,
    month_part_asked,
    months_named,
    told_in_part,
)

PERIOD = ("2021-11", "2022-12")


def test_months_named_with_their_year_in_either_language():
    assert months_named("on July 11, 2022 and le 3 février 2023") == {"2022-07", "2023-02"}
    assert months_named("fin janvier 2022") == {"2022-01"}
    assert months_named("in 2022") == set()


def test_one_month_asked_or_none():
    assert month_asked("In late January 2022, did Kuleba think so?") == "2022-01"
    assert month_asked("between May 2022 and June 2022") is None


def test_a_month_alone_is_the_one_the_period_holds_once():
    assert month_in_period("Qu'a déclaré en août le directeur ?", PERIOD) == "2022-08"
    assert month_in_period("What did Biden say in December?", PERIOD) is None  # 2021 or 2022
    assert month_in_period("May I ask what Peskov said?", PERIOD) is None  # a verb opening
    assert month_in_period("Why did they march on Moscow?", PERIOD) is None  # lower case
    assert month_in_period("What did he say in August?", None) is None  # no period, no guess


@pytest.mark.parametrize(
    "asked, month, day",
    [
        ("Le 30 mars 2022, combien d'enfants avaient été tués ?", "2022-03", "2022-03-30"),
        ("On 20 April 2022 the UN count passed 5,000. What total?", "2022-04", "2022-04-20"),
        ("What did Podolyak say on April 27, 2022 about the depot?", "2022-04", "2022-04-27"),
        ("Qu'a annoncé le 1er mars 2022 le ministère ?", "2022-03", "2022-03-01"),
        # the month's year: "le 8 mars" of a question asking about March 2022
        ("Au 8 mars, en mars 2022, combien de fois ?", "2022-03", "2022-03-08"),
        ("What did Biden say in March 2022?", "2022-03", None),  # no day
        ("Between March 3 and March 5, 2022, who spoke?", "2022-03", None),  # two days
        ("On 20 April 2022, what did he say?", None, None),  # no month of its own
        ("On 20 April 2022, what did he say?", "2022-05", None),  # a day of another month
    ],
)
def test_the_day_a_question_names_in_its_month(asked, month, day):
    assert day_asked(asked, month) == day


@pytest.mark.parametrize(
    "asked, part",
    [
        ("D'après le sondage réalisé fin avril 2022, quelle proportion…", "end"),
        ("Fin d'août 2022, qu'a dit Kuleba ?", "end"),
        ("What did the poll of late January 2022 find?", "end"),
        ("At the end of March 2022, how many troops…", "end"),
        ("Début mars 2022, qui…", "start"),
        ("In early September 2022, how much did the White House ask for?", "start"),
        ("At the beginning of May 2022, who…", "start"),
        ("À la mi-mai 2022, quelle part des Finlandais…", "mid"),
        ("In mid-October 2022, who…", "mid"),
        ("In April 2022, how many…", None),  # the whole month
        ("the endgame of May 2022", None),
        ("Early on, in March 2022, who…", None),  # "early" is not of the month
    ],
)
def test_the_part_of_a_month_asked_in_either_language(asked, part):
    assert month_part_asked(asked) == part


@pytest.mark.parametrize(
    "published, part, told",
    [
        ("2022-03-03", "start", True),
        ("2022-03-12", "start", True),
        ("2022-03-20", "start", False),  # the month's first days are told by then
        ("2022-03-15", "mid", True),
        ("2022-03-02", "mid", False),
        ("2022-03-29", "end", True),
        ("2022-04-02", "end", True),  # the next month's first days report a month's end
        ("2022-04-02", "start", False),
        ("2022-03-05", None, False),  # the whole month asked: no part comes first
        (None, "start", False),
    ],
)
def test_the_articles_telling_of_a_part_of_a_month(published, part, told):
    assert told_in_part(published, "2022-03", part) is told


def test_month_and_weekday_tokens_in_both_languages():
    assert {*tokens("août August jeudi Thursday")} <= MONTH_TOKENS
    assert not set(tokens("Moscow talks")) & MONTH_TOKENS


def test_the_middle_of_a_month_is_a_date_word_as_the_month_is():
    assert all(is_date_word(t) for t in tokens("mi-mai mid-November juin Thursday"))
    assert not any(is_date_word(t) for t in tokens("mi-temps midterm Finland"))
