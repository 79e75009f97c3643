"""Worked examples of `names_given`: whether the excerpts chosen for a name question give a
name it asks (the whole answer path over real articles in the slow tests)."""

import pytest

from assistant.names_given import names_a_doer, no_town_named
from assistant.sentences import Scored


def test_a_town_asked_is_named_by_a_place_of_the_first_excerpts_story(
    sentences_of_text, plain_query
):
    # CBS News, 2022-04-27: the state the question names and the country he went to
    home = sentences_of_text(
        "U.S. Marine veteran Joshua Cooper was safe and sound at his home in Alaska when he "
        "decided he had to go to Ukraine to fight.",
        source="cbs.txt",
    )
    caption = sentences_of_text(
        "A tank moves in Chuhuiv town, Kharkiv Oblast, Ukraine.", source="caption.txt"
    )
    query = plain_query("In which Alaskan town did Joshua Cooper live before he left?")
    assert no_town_named(query, [Scored(home[0], 0.6)])
    # a place in another story's caption is not where he lived
    assert no_town_named(query, [Scored(home[0], 0.6), Scored(caption[0], 0.5)])
    assert not no_town_named(query, [Scored(caption[0], 0.6)])
    # a country asked is said by its adjective too: no town is required
    country = plain_query("Which country's intelligence service did he link the hackers to?")
    assert not no_town_named(country, [Scored(home[0], 0.6)])


def test_a_who_answer_names_someone_not_only_places_or_the_source_told_after(
    sentences_of_text, plain_query
):
    (told,) = sentences_of_text(
        "According to the Times, Artyom Bardin, the head of the city of Berdyansk on the Black "
        "Sea, was said to be in a grave condition after his car exploded on Tuesday."
    )
    (claimed,) = sentences_of_text(
        "The Ukrainian partisans of the Atesh movement claimed the car bomb on Tuesday."
    )
    query = plain_query("Who was behind the car bomb that hit Artyom Bardin in Berdyansk?")
    assert not names_a_doer(query, told)
    assert names_a_doer(query, claimed)


@pytest.mark.slow
def test_a_who_answer_names_someone_not_only_places_or_its_source(indexed, news_articles, refused):
    # Daily Express, 2022-09-08: "According to the Times, Artyom Bardin, the head of the city of
    # Berdyansk on the Black Sea, was said to be in a grave condition after his car exploded on
    # Tuesday": the blast is told, no one behind it is named.
    assistant = indexed(news_articles("2581_3adab401ec94e036.txt", "0001_53ce3e069dab901e.txt"))
    refused(
        assistant,
        (
            (
                "Who was behind the car bomb that hit Artyom Bardin, the head of Berdiansk?",
                "says who",
            ),
            ("Qui a fait exploser la voiture d'Artyom Bardin à Berdiansk ?", "ne le disent pas"),
        ),
    )


@pytest.mark.slow
def test_a_town_asked_is_answered_only_by_an_excerpt_naming_one(
    indexed, news_articles, refused, large_answer
):
    # CBS News, 2022-04-27: "U.S. Marine veteran Joshua Cooper was safe and sound at his home in
    # Alaska…" names the state the question names, not the town it asks; CNN, 2022-01-27: the
    # rocket factory "in the central city of Dnipro" names the city asked.
    assistant = indexed(news_articles("2102_bca930a1abf024ff.txt", "0271_1ab66fd7ad340de4.txt"))
    refused(
        assistant,
        (
            (
                "In which Alaskan town did Joshua Cooper, the Marine veteran, live?",
                "names the place",
            ),
            (
                "Dans quelle ville d'Alaska l'ancien marine Joshua Cooper était-il chez lui quand "
                "il a décidé d'aller combattre en Ukraine ?",
                "ne nomme le lieu",
            ),
        ),
    )
    result = large_answer(
        assistant, "In which Ukrainian city did a conscript shoot dead five people at a factory?"
    )
    assert not result.abstained and "Dnipro" in result.text, result.text
