"""Worked examples of the number-question part of the answerer: the words a figure counts."""

from dataclasses import replace
from types import SimpleNamespace

import pytest

from assistant.figure_answerer import (
    COUNTED_RARE_IDF,
    FigureAnswers,
    _as_compared,
    _of_what,
    counted_phrase,
    one_length_of_time,
)
from assistant.figures import figures_in, number_value, numbers_given, unasked
from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.question_values import counted_thing, units_of


@pytest.mark.parametrize(
    ("question", "text", "phrase"),
    [
        (
            "How many NASAMS has the US promised?",
            "The U.S. has promised eight National Advanced Surface-to-Air Missile Systems.",
            "eight NASAMS",
        ),
        (
            "How many NASAMS has the US promised?",
            "Two National Advanced Surface to Air Missile Systems are in the package.",
            "Two NASAMS",
        ),
        (
            "How many tanks has Germany sent?",
            "Germany has sent 14 Leopard tanks.",
            "14 Leopard tanks",
        ),
        # an acronym the question does not name is not looked for
        (
            "How many tanks has Germany sent?",
            "The U.S. has promised eight National Advanced Surface-to-Air Missile Systems.",
            "eight National Advanced",
        ),
    ],
)
def test_a_figure_counts_the_acronym_its_sentence_writes_out(question, text, phrase):
    query = parse_query(question, None, frozenset())
    assert counted_phrase(query, text, figures_in(text)[0]) == phrase


def test_a_figure_counts_the_words_it_quotes_shown_without_their_quote_marks():
    # ABC News, 2022-07-18
    text = "There are at least 18 “filtration camps” that have been set-up along the border."
    query = parse_query("How many filtration camps are there?", None, frozenset())
    assert counted_phrase(query, text, figures_in(text)[0]) == "18 filtration camps"


def test_the_rare_words_of_what_is_counted_are_those_a_sentence_counting_it_says():
    dress = tokens("dressés")[0]
    idf = {"dolphin": 9.0, "train": 9.0, dress: 9.0, "lance-roquettes": 12.0, "children": 4.4}
    used = {"dolphin", "children", "train", dress, "launcher", "porpois"}
    answers = SimpleNamespace(
        idf=lambda t: idf.get(t, 1.0), corpus=SimpleNamespace(uses=used.__contains__)
    )

    def rare(question: str, counted: str, slots: tuple = ()) -> set[str]:
        query = parse_query(question, None, frozenset(used))
        query = replace(query, slots=slots)
        return FigureAnswers._rare_words_counted(answers, query, counted)

    assert idf["dolphin"] >= COUNTED_RARE_IDF > idf["children"]
    assert rare("How many trained dolphins did Russia deploy?", "trained dolphins") == {"dolphin"}
    assert rare("How many children were evacuated?", "children") == set()  # too common to tell
    # a word the corpus never uses tells nothing, even with words standing for it
    lance = "Combien de lance-roquettes ?"
    assert rare(lance, "lance-roquettes") == set()
    bridged = ((("lance-roquettes", 1.0), ("launcher", 0.8)),)
    assert rare(lance, "lance-roquettes", bridged) == set()
    # those standing for a word the corpus uses count with it
    bridged = ((("dolphin", 1.0), ("porpois", 0.8), ("unused", 0.7)),)
    assert rare("How many dolphins?", "dolphins", bridged) == {"dolphin", "porpois"}


def test_the_rare_names_qualifying_what_is_counted_are_those_a_sentence_counting_it_names():
    idf = {t: 9.0 for t in tokens("Stormer Storm Shadow Rosgvardia OPEC+ Russian")}
    answers = SimpleNamespace(
        idf=lambda t: idf.get(t, 1.0), corpus=SimpleNamespace(uses=idf.__contains__)
    )

    def names(question: str) -> set[str]:
        query = parse_query(question, None, frozenset(idf))
        return FigureAnswers._rare_names_counted(answers, query, counted_thing(question))

    # before the noun in English, right after it in French
    assert names("How many Stormer armoured vehicles did Britain send?") == set(tokens("Stormer"))
    storm = "Combien de missiles Storm Shadow le Royaume-Uni a-t-il livrés ?"
    assert names(storm) == set(tokens("Storm Shadow"))
    # whose the thing is, which another language may call otherwise ("national guardsmen")
    assert names("Combien de membres de la Rosgvardia ont été limogés ?") == set()
    # who acts, after the noun in English
    assert names("How big was the oil production cut OPEC+ agreed to?") == set()
    # a country's people qualify nothing rare
    assert names("How many Russian soldiers died?") == set()


@pytest.mark.slow
def test_a_size_is_the_figure_its_words_measure(indexed, news_articles):
    # HuffPost, 2022-10-07: "…decided to reduce production by 2 million barrels of oil per day"
    assistant = indexed(
        news_articles(
            "2674_af174acb5b5a42e0.txt", "2761_32b533c7ee914d0a.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer("How big was the oil production cut OPEC+ agreed to in October 2022?")
    assert not result.abstained, result.text
    assert "million barrels" in result.text.splitlines()[0], result.text


@pytest.mark.slow
def test_a_count_of_a_calibre_is_the_figure_before_it(indexed, news_articles):
    # CNN, 2022-05-06: "…including 25,000 155mm artillery rounds, counter-artillery radars…"
    assistant = indexed(
        news_articles(
            "2178_55b6fc32f3351d19.txt", "2674_af174acb5b5a42e0.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    for question in (
        "How many 155mm artillery rounds were in the $150 million package announced in May 2022?",
        "Combien d'obus d'artillerie de 155mm le paquet de 150 millions de dollars contenait-il ?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "**25,000" in result.text.splitlines()[0], result.text


@pytest.mark.slow
def test_a_count_of_a_part_is_compared_with_the_whole_named_before_it(indexed, news_articles):
    # Daily Mirror, 2022-04-08: "Of the 29 high-rise buildings, 21 were damaged, 8 of them were
    # completely destroyed." beside "26 bodies had been found under two ruined buildings"
    assistant = indexed(
        news_articles(
            "1784_71908b8ad2fd3e68.txt", "1788_6824eabeda46af39.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer(
        "According to the Ukrainian parliament, how many of Borodyanka's 29 high-rise buildings "
        "were completely destroyed?"
    )
    assert not result.abstained, result.text
    assert "**8**" in result.text.splitlines()[0], result.text


@pytest.mark.slow
def test_a_count_asked_in_a_unit_is_a_figure_in_that_unit(indexed, news_articles):
    # ABC News, 2022-05-28: "…have sent three massive shipments of supplies…" scores above
    # "…they have delivered 24 tons of supplies worth nearly $1 million": tons are asked
    assistant = indexed(news_articles("2240_78e3b9ecd90d674f.txt", "0001_53ce3e069dab901e.txt"))
    for question in (
        "How many tons of supplies did Arlene Campbell's foundation and UMCOR deliver to Ukraine?",
        "Combien de tonnes de fournitures la fondation Arlene Campbell et l'UMCOR ont-elles "
        "livrées à l'Ukraine ?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "**24 tons" in result.text.splitlines()[0], result.text


def test_a_figure_counting_a_part_is_compared_with_the_words_before_it():
    text = "Of the 29 high-rise buildings, 21 were damaged, 8 of them were completely destroyed."
    for figure in ("21 were damaged", "8 of them"):
        end = text.index(figure) + len(figure)
        before = " ".join(text[: text.index(figure)].split()[-5:])
        assert "buildings" in _as_compared(text, figure, before, end, size=False), figure
    # a figure with its own words is compared as it is
    assert _as_compared("They sent 40,000 troops.", "40,000 troops", "They sent", 16, False) == (
        "40,000 troops"
    )


def test_the_units_a_count_is_asked_in():
    def unit_asked(question):
        return units_of(counted_thing(question))

    assert "tonnes" in unit_asked("Combien de tonnes de céréales ont été exportées ?")
    assert "pounds" in unit_asked("How many tons of aid did the convoy deliver?")
    assert "miles" in unit_asked("Combien de kilomètres sépare la colonne de Kyiv ?")
    assert not unit_asked("How many troops did Russia send?")


@pytest.mark.slow
def test_a_count_ending_its_clause_is_a_figure(indexed, news_articles):
    # Daily Mirror, 2022-03-25: "The number of civilians killed by a Russian air strike on a
    # theatre in Ukraine has reached at least 300." (no word after the figure)
    assistant = indexed(news_articles("1537_27962ee22c3c874b.txt", "0001_53ce3e069dab901e.txt"))
    result = assistant.answer("How many civilians were killed by the air strike on the theatre?")
    assert not result.abstained, result.text
    assert "**300" in result.text.splitlines()[0], result.text


def test_what_a_figure_ending_on_of_counts_is_read_after_it():
    text = "Russia seized at least 400,000 to 500,000 tons of grain worth over $100 million."
    (tons,) = [m for m in figures_in(text) if m.group(0).startswith("500,000")]
    assert tons.group(0) == "500,000 tons of"
    assert _of_what(text, tons.end()) == "grain worth over $100"


@pytest.mark.slow
def test_a_figure_of_something_counts_what_follows_its_of(indexed, news_articles):
    # ABC News, 2022-06-07: "…Russia seized at least 400,000 to 500,000 tons of grain worth over
    # $100 million…": the grain is counted in tons, the money is its worth
    assistant = indexed(news_articles("2283_597ad8d7d500865d.txt", "0001_53ce3e069dab901e.txt"))
    result = assistant.answer(
        "How much Ukrainian grain did Russia steal, says Kyiv's foreign ministry?"
    )
    assert not result.abstained, result.text
    assert "tons" in result.text.splitlines()[0], result.text


def test_a_length_of_time_is_picked_out_only_where_it_is_the_one_given(sentences_of_text):
    (call,) = sentences_of_text("The call lasted roughly 25 minutes, an official said.")
    (flight,) = sentences_of_text("He is set to end his 355 days in space in just three weeks.")
    (troops,) = sentences_of_text("Moscow deployed tens of thousands of troops for months.")
    assert one_length_of_time(call, {id(call): (0.6, "25 minutes")})
    # two lengths of time: the sentence is shown, neither is said to be the answer
    assert not one_length_of_time(flight, {id(flight): (0.6, "three weeks")})
    # a figure that is no length of time is none
    assert not one_length_of_time(troops, {id(troops): (0.5, "tens of thousands")})
    assert not one_length_of_time(call, {})


@pytest.mark.slow
def test_a_figure_counting_quoted_words_answers(indexed, news_articles):
    # ABC News, 2022-07-18: "There are at least 18 “filtration camps” that have been set-up along
    # the Russia-Ukraine border, according to Michael Carpenter, the U.S. ambassador…"
    assistant = indexed(news_articles("2414_f6b2199bfb9029a5.txt", "0001_53ce3e069dab901e.txt"))
    result = assistant.answer(
        "How many Russian 'filtration camps' had been set up along the border, according to the "
        "U.S. ambassador Michael Carpenter?"
    )
    assert not result.abstained, result.text
    assert "**18 filtration camps**" in result.text.splitlines()[0], result.text


def test_the_numbers_a_question_gives_are_read_without_their_separators():
    assert numbers_given("When 8,500 US troops were put on alert, how short was the notice?") == {
        "8500"
    }
    assert numbers_given("Combien des 50 000 enfants réfugiés vont à l'école ?") == {"50000"}
    assert numbers_given("How many troops were put on alert?") == set()
    assert number_value("8,500 U.S. troops") == "8500"
    assert number_value("eight NASAMS") == "8"
    assert number_value("dozens of tanks") == ""
    # told in words: "the two Patriot batteries" gives two, the answer is another count
    assert numbers_given("How many missiles came with the two Patriot batteries?") == {"2"}
    assert numbers_given("Combien de soldats les deux pays ont-ils envoyés ?") == {"2"}
    assert numbers_given("Which one of them is the largest?") == set()
    text = "The U.S. has deployed two Patriot missile batteries with 12 interceptors."
    question = "How many interceptors came with the two Patriot batteries?"
    assert [m.group(0) for m in unasked(figures_in(text), question)] == ["12 interceptors"]
    text = "The 8,500 troops had to be ready in 5 days."
    question = "When 8,500 US troops were put on alert, how short was the notice?"
    assert [m.group(0) for m in unasked(figures_in(text), question)] == ["5 days"]


@pytest.mark.slow
def test_a_figure_the_question_gives_is_not_its_answer(indexed, news_articles):
    # CBS News, 2022-01-29 ("The Pentagon has put 8,500 U.S. troops in the U.S. on heightened
    # alert…") beside the article saying how much shorter their notice became
    assistant = indexed(
        news_articles(
            "0228_da6bd12f14d52b0b.txt", "0211_63478f986b3cc67f.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer(
        "After 8,500 US troops were placed on heightened alert in January 2022, how much was the "
        "deployment notice reduced for some units?"
    )
    assert not result.abstained, result.text
    assert "8,500" not in result.text.splitlines()[0], result.text


@pytest.mark.slow
def test_a_count_of_the_dead_is_no_figure_of_the_living(indexed, news_articles):
    # ABC News, 2022-04-14: "…forced all 510 members of the crew to evacuate": no one is said
    # to have died, so no figure answers how many did
    assistant = indexed(
        news_articles(
            "1897_0858e15702878b23.txt", "1906_77d7cc48baff5bdb.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer(
        "How many sailors died when the Russian flagship Moskva went down in April 2022?"
    )
    assert result.abstained, result.text
    assert "510" not in result.text, result.text


@pytest.mark.slow
def test_a_second_count_asked_is_answered_by_the_sentence_giving_it(indexed, news_articles):
    # ABC News, 2022-09-28: "…said 98,000 Russians have crossed into their country…" and, three
    # sentences on, "The European Union's border service said 66,000 Russians had entered the
    # bloc over the past week"; CBS News, 2022-09-27, gives 98,000 again: no second figure
    assistant = indexed(
        news_articles(
            "2646_2038ca0a90fa2e66.txt",
            "2644_093acc50196f854b.txt",
            "2649_a07a28789ec5fa62.txt",
            "2652_9b809f9ba838b1e0.txt",
            "0001_53ce3e069dab901e.txt",
        )
    )
    result = assistant.answer(
        "How many Russians crossed into Kazakhstan after Putin's mobilization, and how many "
        "Russian citizens had entered the EU?"
    )
    assert not result.abstained, result.text
    assert "98,000" in result.text and "66,000" in result.text, result.text


@pytest.mark.slow
def test_a_second_count_of_things_named_the_sentence_before_is_found(indexed, news_articles):
    # CNN, 2022-02-02: "…deployed units that include Iskander short-range ballistic missiles…
    # He calculates there are at least 48 launchers near Ukraine."
    assistant = indexed(
        news_articles(
            "0320_258753eca3a094f0.txt", "0351_5305b18939b1fc82.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    result = assistant.answer(
        "How many battalion tactical groups did the analyst Konrad Muzyka think Russia had "
        "around Ukraine, and how many Iskander launchers were near the border?"
    )
    assert not result.abstained, result.text
    assert "76" in result.text and "48 launchers" in result.text, result.text
