"""Worked examples of the numbers found in texts: figures and what they count, sums of money,
the numbers a text names; those of dates, clock times and names count nothing."""

import pytest

from assistant.figures import (
    figure_phrase,
    figures_in,
    gives_age,
    numbers_named,
    sum_phrase,
    sums_in,
)
from assistant.lexical import tokens


def test_sums_of_money_are_figures_with_a_currency():
    def sums(text: str) -> list[str]:
        return [sum_phrase(text, m) for m in sums_in(text)]

    assert sums("The Senate approved $40 billion in aid.") == ["$40 billion"]
    assert sums("It cost £1.5 million, officials said.") == ["£1.5 million"]
    assert sums("Un Big Mac coûte 135 roubles à Moscou.") == ["135 roubles"]
    assert sums("Berlin a promis 40 milliards d'euros.") == ["40 milliards d'euros"]
    # counts and shares are no sums; a currency belongs to the figure it follows
    assert sums("Russia sent 40 tanks and 3,000 troops.") == []
    assert sums("The price rose 30% to 1,200 rubles.") == ["1,200 rubles"]
    assert sums("Two of the 40 tanks cost 3 million dollars.") == ["3 million dollars"]
    assert sums("On 24 February 2022, 100 people died.") == []
    assert sums("Britain has pledged £6million to bolster Ukraine.") == ["£6million"]  # glued
    # a sum its sign makes one needs no words after it (ABC, 2022-03-15)
    raised = "He had 500 tours booked, raising more than $15,000, despite dropping his prices."
    assert sums(raised) == ["$15,000"]
    assert sums("The thermal camera cost $1,700.") == ["$1,700"]
    # a weight given again in pounds is no price (CNN, 2022-10-13, on the Shahed-136)
    weight = "The drones have a payload of approximately 50 kilograms (110 pounds)."
    assert sums(weight) == []
    assert sums("a payload of 50 kilograms (roughly 110 pounds)") == []  # however approximate
    assert sums("Each ton (2,240 pounds) of grain cost 300 pounds.") == ["300 pounds"]


def test_a_figure_ending_its_clause_is_a_figure_a_year_alone_is_not():
    def figures(text: str) -> list[str]:
        return [m.group(0) for m in figures_in(text)]

    assert figures("The number of civilians killed has reached at least 300.") == ["300"]
    assert figures("The toll rose to 1,500, officials said.") == ["1,500"]
    assert figures("In 2019, he paid nothing.") == []


def test_figures_written_in_words_are_figures():
    assert [m.group(0) for m in figures_in("Seventeen Russians have been issued permits.")] == [
        "Seventeen Russians have"
    ]
    assert [m.group(0) for m in figures_in("Il a envoyé douze chars.")] == ["douze chars"]


def test_compound_number_words_are_one_figure():
    # news writes a number opening a sentence in words: "Eighty-six people were killed"
    assert [m.group(0) for m in figures_in("Eighty-six people were killed.")] == [
        "Eighty-six people were"
    ]
    assert figure_phrase(figures_in("Forty-two tanks were destroyed.")[0].group(0)) == (
        "Forty-two tanks"
    )
    found = figures_in("Quatre-vingt-six personnes ont été tuées, dont dix-sept enfants.")
    assert [figure_phrase(m.group(0)) for m in found] == [
        "Quatre-vingt-six personnes",
        "dix-sept enfants",
    ]


def found(text):
    """The figures of a text as written."""
    return [m.group(0) for m in figures_in(text)]


def test_a_time_of_day_is_no_figure():
    assert found("Protesters started gathering around 10 a.m. in Liberty Square.") == []
    assert found("At 5.30pm the 300 people were gone.") == ["300 people were"]
    assert found("La réunion de 14:00 a réuni 40 ministres.") == ["40 ministres"]
    assert found("Vers 22h30, 12 soldats sont arrivés.") == ["12 soldats sont"]
    assert found("He thought he would conquer Kyiv in 48 hours.") == ["48 hours"]
    assert found("as many as 2,000 residents of Kherson") == ["2,000 residents of"]


def test_a_street_address_is_no_figure():
    # BBC News, 2022-04-11: the Belfast advice centre's address counts no one
    assert found("The centre is based in the Cecil Ward Building, 4-10 Linenhall Street.") == []
    assert found("About 100 people queued at 10 Downing Street.") == ["100 people queued"]
    assert found("Il habite au 12 rue de Rivoli avec 3 enfants.") == ["3 enfants"]
    assert found("Russia sent 300 Street fighters.") == ["300 Street fighters"]


def test_the_number_of_a_name_is_no_figure():
    # a model, a pipeline, a treaty's article: "2 battle tanks" is no count of tanks
    assert found("Berlin stopped short of providing Ukraine with Leopard 2 battle tanks.") == []
    assert found("Denmark will send F-16 fighter jets and 3 Patriot batteries.") == [
        "3 Patriot batteries"
    ]
    assert found("The MH17 crash killed 298 people.") == ["298 people"]
    assert found("sanctions on the Nord Stream 2 pipeline") == []
    assert found("an attack would trigger NATO's Article 5 clause") == []
    assert found("Russia has begun using S-300 anti-air munitions") == []
    # a count given to someone, after a weekday, opening a sentence, or a length of time
    assert found("the U.S. has shipped Ukraine 16 HIMARS launchers") == ["16 HIMARS launchers"]
    assert found("Police said on Monday 5 people died.") == ["5 people died"]
    assert found("About 50 people gathered.") == ["50 people gathered"]
    assert found("Poland offered its 28 MiG-29 jets.") == ["28 MiG-29 jets"]
    assert found("He moved from Germany 30 years ago.") == ["30 years ago"]


def test_the_numbers_a_text_names_are_read_whatever_their_grouping_but_dates_and_names():
    assert numbers_named("ending the war within 24 hours") == {"24"}
    assert numbers_named("the $1.1 billion package") == numbers_named("1,1 milliard") == {"11"}
    assert numbers_named("65 700 Ukrainians arrived") == {"65700"}
    assert numbers_named("On 24 February 2022, 300 people were killed") == {"300"}
    assert numbers_named("F-16 jets, MI6, on July 11 in 2022") == set()


def test_a_calibre_after_a_count_is_what_it_counts_not_more_of_its_digits():
    # CNN, 2022-05-06: 25,000 rounds, not "25,000 155" nor nothing at all
    package = "equipment including 25,000 155mm artillery rounds, counter-artillery radars"
    assert found(package) == ["25,000 155mm artillery"]
    assert numbers_named(package) == {"25000", "155"}
    # Daily Express, 2022-04-28: 18 Howitzers, not 18,155 of something
    assert found("sending 18 155 mm Howitzer cannons and 300 more") == [
        "18 155 mm Howitzer",
        "300 more",
    ]
    # thousands grouped by one separator throughout, a number read from its first digit
    assert found("3 000 soldats américains") == ["3 000 soldats américains"]
    assert found("1,500,000 refugees crossed") == ["1,500,000 refugees crossed"]
    assert numbers_named("12 500 soldats et 1.500.000 habitants") == {"12500", "1500000"}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The drills are slated to last from July 12 to 14 and will test 40 troops.",
            ["40 troops"],
        ),
        ("Talks on March 3-5 drew 200 delegates.", ["200 delegates"]),
        ("Du 12 au 14 juillet, 300 soldats ont manœuvré.", ["300 soldats ont"]),
        ("From 12 to 14 July, 5 tanks moved.", ["5 tanks moved"]),
        ("On July 12, 14 people died.", ["14 people died"]),  # a day, then a figure
    ],
)
def test_the_days_of_a_range_of_days_are_no_figures(text, figures):
    assert [m.group(0) for m in figures_in(text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Willy Joseph Cancel, a 22-year-old former U.S. Marine, was killed in Ukraine",  # ABC
        "Russian army Sgt. Vadim Shishimarin, 21, is seen behind a glass",  # Fox News
        "The trio were named as Captain Konstantin Druzhkov, 33, Islam Abduragimov, 19",
        "a three-month-old baby",
        "He died at the age of 91.",
        "She is 86 years old.",
        "une femme âgée de 33 ans",
    ],
)
def test_an_age_as_news_gives_it(text):
    assert gives_age(text)


@pytest.mark.parametrize(
    "text",
    [
        "We had 21 tanks, 12 guns and 3 trucks.",
        "In 2022, 30 people died.",
        "He spent 12 years in prison.",
    ],
)
def test_a_figure_that_is_no_age(text):
    assert not gives_age(text)


def test_an_age_beside_the_one_asked_about():
    # Daily Mirror, 2022-04-24: the baby's age is not the mother's
    text = "A young mum and her three-month-old baby who were killed have been pictured."
    assert gives_age(text) and not gives_age(text, set(tokens("Valeria Hlodan")))
    named = "Ekaterina Volkova's husband, Liosha, ran upstairs to check on their 7-year-old daughter Xenia."
    assert not gives_age(named, set(tokens("Liosha"))) and gives_age(named, set(tokens("Xenia")))
