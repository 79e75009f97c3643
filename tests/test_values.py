"""Worked examples of the values found in sentences (sums of money, times of day) and of the
lead stating the value asked."""

import pytest

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.sentences import Scored, Sentence
from assistant.types import Chunk
from assistant.values import (
    PENALTY,
    dated_figures,
    figures_in,
    gives_rate,
    lead,
    numbers_named,
    sum_phrase,
    sums_in,
    with_value_asked,
)


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


def test_a_figure_ending_its_clause_is_a_figure_a_year_alone_is_not():
    def figures(text: str) -> list[str]:
        return [m.group(0) for m in figures_in(text)]

    assert figures("The number of civilians killed has reached at least 300.") == ["300"]
    assert figures("The toll rose to 1,500, officials said.") == ["1,500"]
    assert figures("In 2019, he paid nothing.") == []


def test_the_sum_asked_is_the_one_beside_what_was_paid_for(sentences_of_text):
    # HuffPost, 2022-04-02: the reward for a tank, not for a helicopter
    text = (
        "Measure 7229 also promises up to $500,000 for helicopters, $100,000 for tanks, and "
        "$10,000 for other types of military vehicles."
    )
    sentence = sentences_of_text(text)[0]
    query = parse_query(
        "How much would a defector get for bringing over a tank?", None, frozenset()
    )
    tanks = frozenset(tokens("defector bringing tank"))
    assert lead(query, sentence, "", happened=tanks).startswith(
        "According to the articles: **$100,000**"
    )
    assert "**$500,000**" in lead(query, sentence, "")  # nothing asked beside: the first


def test_figures_written_in_words_are_figures():
    assert [m.group(0) for m in figures_in("Seventeen Russians have been issued permits.")] == [
        "Seventeen Russians have"
    ]
    assert [m.group(0) for m in figures_in("Il a envoyé douze chars.")] == ["douze chars"]


def test_a_question_asking_a_country_is_not_answered_with_the_people_named():
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, 200, "")
    text = "Mykola Chernotytskyi said Britain would host the contest on Ukraine's behalf."
    sentence = Sentence(chunk, 0, len(text), text, None)

    def person(name: str) -> str:
        return name if name == "Mykola Chernotytskyi" else ""

    def lead_for(question: str) -> str:
        return lead(parse_query(question, None, frozenset(tokens(text))), sentence, "", person)

    assert lead_for("Who said Britain would host the contest?") == (
        "People named in the passage: **Mykola Chernotytskyi** [1]."
    )
    assert lead_for("Quel pays accueillera l'Eurovision 2023 ?") == (
        "Voici ce que disent les articles :"
    )
    assert lead_for("Which country will host the contest?") == "Here is what the articles say:"


def test_a_time_of_day_is_no_figure():
    def found(text):
        return [m.group(0) for m in figures_in(text)]

    assert found("Protesters started gathering around 10 a.m. in Liberty Square.") == []
    assert found("At 5.30pm the 300 people were gone.") == ["300 people were"]
    assert found("La réunion de 14:00 a réuni 40 ministres.") == ["40 ministres"]
    assert found("Vers 22h30, 12 soldats sont arrivés.") == ["12 soldats sont"]
    assert found("He thought he would conquer Kyiv in 48 hours.") == ["48 hours"]
    assert found("as many as 2,000 residents of Kherson") == ["2,000 residents of"]


def test_the_number_of_a_name_is_no_figure():
    def found(text):
        return [m.group(0) for m in figures_in(text)]

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


def test_a_date_question_is_answered_only_by_sentences_giving_a_date():
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, 200, "")

    def sentence(text: str) -> Sentence:
        return Sentence(chunk, 0, len(text), text, None)

    talk = sentence("An indictment of Putin would make him an international fugitive.")
    dated = sentence("The court opened an investigation on March 2.")
    query = parse_query("When did the court issue a warrant for Putin?", None, frozenset())
    assert with_value_asked(query, [talk, dated]) == [dated]
    # none gives a date: none answers "when" (the answerer then says so)
    assert with_value_asked(query, [talk]) == []


def test_figures_by_date_come_from_articles_speaking_of_what_is_counted():
    def said(source: str, published: str, text: str) -> Sentence:
        chunk = Chunk(source, source, source, "", published[:7], 0, 0, len(text), text, published)
        return Sentence(chunk, 0, len(text), text, None)

    two = said("july.txt", "2022-07-01", "The US will send two NASAMS systems.")
    eight = said("october.txt", "2022-10-12", "The US has committed eight NASAMS systems.")
    twelve = said("april.txt", "2022-04-20", "The US has sent twelve Avenger systems.")
    scored = [Scored(twelve, 0.9), Scored(two, 0.85), Scored(eight, 0.8)]
    figures = {id(s): (0.9, f) for s, f in ((two, "two"), (eight, "eight"), (twelve, "twelve"))}
    assert dated_figures(scored, figures) == [twelve, two, eight]
    asked = []

    def names_nasams(sentence: Sentence) -> bool:
        asked.append(sentence)
        return "NASAMS" in sentence.text

    assert dated_figures(scored, figures, names_nasams) == [two, eight]
    # only the candidates the list would keep are checked, not every sentence scored
    assert dated_figures(scored + [Scored(twelve, 0.1)], figures, names_nasams) == [two, eight]
    assert len(asked) == 6


def test_a_who_lead_names_people_not_countries():
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, 200, "")
    text = "Saudi Arabia, which brokered the swap, said Andy Huynh was freed on Wednesday."
    sentence = Sentence(chunk, 0, len(text), text, None)
    query = parse_query("Who was freed in the swap?", None, frozenset(tokens(text)))
    # Saudi Arabia is quoted ("said"), as a person would be: its name still is a country's
    assert lead(query, sentence, "", lambda name: name) == (
        "People named in the passage: **Andy Huynh** [1]."
    )


def test_a_figure_given_per_unit_of_time():
    assert gives_rate("Starlink is costing his company as much as $20 million a month.", "month")
    assert gives_rate("It is losing about $20 million per month.", "month")
    assert gives_rate("L'Ukraine perd de 100 à 200 soldats par jour.", "day")
    assert gives_rate("$5 billion in monthly aid", "month")
    assert not gives_rate("SpaceX has spent about $80 million so far.", "month")
    assert not gives_rate("It cost $80 million a year ago.", "year")
    assert not gives_rate("Costs rose a month later.", "month")  # no figure


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Vadim Shishimarin, 21, was sentenced to life in prison for killing a civilian.", True),
        ("He faces up to 30 years in prison if convicted.", True),
        ("Whelan, who was sentenced to 16 years in prison, is held in Mordovia.", True),
        ("Il a été condamné à quinze ans de prison.", True),
        ("Multiple threats have been made to carry out the death sentence.", True),
        # a trial told of, or a penalty one could face, is no sentence
        ("Andrew Hill, 35, and Dylan Healy, 22, face an upcoming trial.", False),
        ("Three more are to face trial and can also face the death penalty.", False),
    ],
)
def test_a_sentence_giving_a_courts_sentence_is_told(text, given):
    assert bool(PENALTY.search(text)) is given


def test_the_numbers_a_text_names_are_read_whatever_their_grouping_but_dates_and_names():
    assert numbers_named("ending the war within 24 hours") == {"24"}
    assert numbers_named("the $1.1 billion package") == numbers_named("1,1 milliard") == {"11"}
    assert numbers_named("65 700 Ukrainians arrived") == {"65700"}
    assert numbers_named("On 24 February 2022, 300 people were killed") == {"300"}
    assert numbers_named("F-16 jets, MI6, on July 11 in 2022") == set()
