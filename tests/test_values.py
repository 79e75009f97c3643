"""Worked examples of the values found in sentences (sums of money, times of day) and of the
lead stating the value asked."""

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.sentences import Sentence
from assistant.types import Chunk
from assistant.values import figures_in, in_language, lead, sum_phrase, sums_in, when_in


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


def test_a_weekday_of_what_is_to_come_is_the_next_one():
    def when(text: str, published: str) -> str | None:
        chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), text, published=published)
        return when_in(Sentence(chunk, 0, len(text), text, None))

    # published on Wednesday 29 December 2021
    ahead = "Biden and Putin are set to hold their second call in a month Thursday."
    assert when(ahead, "2021-12-29") == "Thursday (2021-12-30)"
    assert when("Biden and Putin spoke by phone on Thursday.", "2021-12-29") == (
        "Thursday (2021-12-23)"
    )
    # the future in another clause than the weekday's: the ministry spoke on that Wednesday
    said = "Russia will resume the grain deal, its defence ministry said on Wednesday."
    assert when(said, "2022-11-02") == "Wednesday (2022-11-02)"
    # (an English question: the French article's weekday in English words)
    assert when("Le président doit se rendre à Kiev lundi.", "2022-06-15") == (
        "Monday (2022-06-20)"
    )


def test_a_date_is_shown_in_the_words_of_the_questions_language():
    def when(text: str, language: str) -> str | None:
        chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), text, published="2022-01-23")
        return when_in(Sentence(chunk, 0, len(text), text, None), language)

    shipment = "The first shipment of security assistance had arrived in Ukraine on Friday."
    assert when(shipment, "fr") == "vendredi (2022-01-21)"
    assert when(shipment, "en") == "Friday (2022-01-21)"
    assert when("Vande Hei is due back on March 30, 2022.", "fr") == "30 mars 2022"
    assert when("Le vol est prévu le 16 mars.", "en") == "March 16"
    assert in_language("Sept. 1", "2022-08-30", "fr") == "1er septembre"
    assert in_language("March 30", None, "en") == "March 30"  # already in its words
    assert in_language("Tuesday", "2022-08-30", "fr") == "Tuesday"  # not a date: as written
