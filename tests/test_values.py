"""Worked examples of the value a question asks found in sentences (a date, a court's sentence,
a figure per unit of time, figures by date) and of the lead stating it."""

import pytest

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.sentences import Scored, Sentence
from assistant.types import Chunk
from assistant.values import (
    PENALTY,
    age_untold,
    dated_figures,
    gives_rate,
    lead,
    with_value_asked,
)


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


def _sentence(text: str) -> Sentence:
    """A sentence of an article of no date, unattributed, for worked examples."""
    return Sentence(Chunk("c", "a", "a.txt", "", None, 0, 0, 200, ""), 0, len(text), text, None)


def test_a_date_question_is_answered_only_by_sentences_giving_a_date():
    talk = _sentence("An indictment of Putin would make him an international fugitive.")
    dated = _sentence("The court opened an investigation on March 2.")
    query = parse_query("When did the court issue a warrant for Putin?", None, frozenset())
    assert with_value_asked(query, [talk, dated]) == [dated]
    # none gives a date: none answers "when" (the answerer then says so)
    assert with_value_asked(query, [talk]) == []


@pytest.mark.parametrize(
    "question",
    [
        "What share of SWIFT transactions did Russia account for in 2020?",
        "Quelle part des transactions passant par SWIFT la Russie représentait-elle en 2020 ?",
    ],
)
def test_a_share_asked_is_answered_by_a_percentage(question):
    # ABC News, 2022-02-27; a figure that is no share ("the last 100 years") answers nothing
    years = _sentence("The party was the biggest in every election for the last 100 years.")
    share = _sentence("Russia accounted for 1.5% of SWIFT transactions in 2020, the FT said.")
    query = parse_query(question, None, frozenset())
    assert query.kind == "number" and query.asks_share
    assert with_value_asked(query, [years, share]) == [share]
    assert with_value_asked(query, [years]) == []
    assert "**1.5%**" in lead(query, share)


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


def test_a_penalty_asked_of_someone_is_given_by_a_sentence_about_them():
    # Daily Mirror, 2022-06-27: Romanov's trial opens; the penalty told is another soldier's
    other = _sentence("A 21-year-old Russian soldier was sentenced to life in jail in May.")
    his = _sentence("Mikhail Romanov was sentenced to life in prison.")
    he = _sentence("He was sentenced to life in prison.")
    vocabulary = frozenset(tokens("Mikhail Romanov court"))
    query = parse_query(
        "What sentence did the court hand down to Mikhail Romanov?", None, vocabulary
    )
    assert with_value_asked(query, [other, his, he]) == [his, he]
    # a question naming no one takes any sentence giving a penalty
    anyone = parse_query("What sentence did the court hand down?", None, vocabulary)
    assert with_value_asked(anyone, [other]) == [other]


def test_an_age_asked_is_told_only_by_an_excerpt_giving_it_beside_the_one_asked_about(
    sentences_of_text,
):
    # blind 27: "Quel âge avait Valeria Hlodan…" was answered with the baby's age
    story = sentences_of_text(
        "A young mum and her three-month-old baby who were killed in Odessa have been pictured. "
        "Valeria Glodan, 28, was killed with her daughter Kira."
    )
    vocabulary = set(tokens("young mum baby killed Odessa Valeria Glodan Hlodan Kira daughter"))
    asked = parse_query("Quel âge avait Valeria Hlodan, tuée à Odessa ?", None, vocabulary)
    assert age_untold(asked, story[:1]) and not age_untold(asked, story)
    other = parse_query("Combien de personnes ont été tuées à Odessa ?", None, vocabulary)
    assert not age_untold(other, story[:1])  # no age asked
