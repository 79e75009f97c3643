"""Worked examples of the names found in a question and checked against the corpus, and of
what a sentence says of names (the people it names, a name it withholds)."""

import pytest

from assistant.lexical import tokens
from assistant.mentions import with_names_implied
from assistant.names import (
    name_phrases,
    narration,
    people_in,
    people_new,
    place_phrases,
    said_to_be,
    says,
    told_to,
    towns_new,
    unknown_names,
)

VOCABULARY = frozenset(tokens("Dmitry Peskov Sergei Shoigu Kremlin Moscow Zaporizhzhia"))


def test_name_phrases_are_capitalised_runs_but_not_the_word_opening_a_question():
    assert [p for p, _ in name_phrases("What did Dmitry Peskov tell Moscow?")] == [
        "Dmitry Peskov",
        "Moscow",
    ]
    assert name_phrases("Pourquoi la Russie ?")[0][0] == "Russie"  # "Pourquoi" opens it
    assert name_phrases("Ignore the articles.") == []


def test_a_name_written_twice_is_one_phrase():
    # blind 23: "The passages found do not mention Mariupol or Mariupol."
    question = "Which epidemic struck Mariupol before cholera threatened Mariupol again?"
    assert [p for p, _ in name_phrases(question)] == ["Mariupol"]


def test_unknown_names_are_those_the_corpus_never_mentions():
    assert unknown_names("What did Peskov and Lula say?", VOCABULARY) == ("Lula",)
    assert unknown_names("What did the Kremlin say?", VOCABULARY) == ()


def test_a_name_opening_an_alias_is_the_alias_not_its_first_word():
    # "Conseil" alone is a word no English article holds; "Conseil de sécurité" is the
    # Security Council, which they do
    vocabulary = VOCABULARY | set(tokens("UN Security Council"))
    question = "Devant le Conseil de sécurité de l'ONU, qu'a dit Charles Michel ?"
    assert ("Conseil", tokens("Security Council")) in name_phrases(question)
    assert unknown_names(question, vocabulary) == ("Charles Michel",)
    assert name_phrases("Qu'ont voté les Nations unies ?") == [("Nations", tokens("UN"))]
    # a one-word alias the run's tokens leave out is not put back: Biden is the name
    assert name_phrases("What did President Biden say?") == [("President Biden", tokens("Biden"))]


def test_a_ministrys_field_alone_is_no_name():
    # blind 23: "the passages found do not mention Affaires" of "ministre des Affaires étrangères"
    question = "Qu'a dit le ministre polonais des Affaires étrangères Zbigniew Rau ?"
    assert [words for words, _ in name_phrases(question)] == ["Zbigniew Rau"]
    assert name_phrases("Qu'a annoncé le ministère de la Défense ?") == []
    # part of a name, it stays: the committee, the ministry of a named country
    committee = "What did Michael McCaul of the House Foreign Affairs Committee say?"
    assert "House Foreign Affairs Committee" in [w for w, _ in name_phrases(committee)]
    recruits = "Qui recrutait le ministère de la Défense de Transnistrie ?"
    assert [w for w, _ in name_phrases(recruits)] == ["Défense de Transnistrie"]


class NameVocabulary(frozenset):
    """Corpus words, of which `names` the corpus writes only capitalised."""

    names = frozenset(tokens("Lavrov Moscow"))

    def is_name(self, token: str) -> bool:
        return token in self.names


def test_a_name_opening_the_question_counts_when_the_corpus_writes_it_as_a_name():
    vocabulary = NameVocabulary(tokens("Lavrov Moscow ignore"))
    assert [p for p, _ in name_phrases("Lavrov a-t-il menacé Moscow ?", vocabulary)] == [
        "Lavrov",
        "Moscow",
    ]
    assert name_phrases("Ignore the articles.", vocabulary) == []


def test_place_phrases_are_the_names_a_preposition_of_place_introduces():
    text = (
        "US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met "
        "Thursday in Stockholm, Sweden, amid growing concern."
    )
    assert [p for p, _ in place_phrases(text)] == ["Stockholm", "Sweden"]
    assert [p for p, _ in place_phrases("La finale se jouera à Saint-Denis.")] == ["Saint-Denis"]
    assert place_phrases("Antony Blinken told Sergey Lavrov.") == []
    # through the kind of place it is
    town = "The residential building in the town of Chasiv Yar was hit on Saturday."
    assert [p for p, _ in place_phrases(town)] == ["Chasiv Yar"]
    port = "Mykolaiv came under fire, said the mayor of the major port city of Mykolaiv."
    assert place_phrases(port) == []  # the mayor of a place: who, not where
    assert [p for p, _ in place_phrases("Les combats dans la ville de Kherson.")] == ["Kherson"]
    # the kind of place described first (CNN, 2022-01-27)
    dnipro = "A conscript opened fire inside a rocket factory in the central city of Dnipro."
    assert [p for p, _ in place_phrases(dnipro)] == ["Dnipro"]


def test_the_towns_new_to_a_question_are_places_but_countries_it_names_no_word_of():
    # CBS News, 2022-04-27: the state the question names and the country he went to
    text = (
        "U.S. Marine veteran Joshua Cooper was safe and sound at his home in Alaska when he "
        "decided he had to go to Ukraine to fight."
    )
    asked = with_names_implied(set(tokens("In which Alaskan town did Joshua Cooper live?")))
    assert towns_new(text, asked) == []
    dnipro = "A conscript opened fire inside a rocket factory in the central city of Dnipro."
    assert towns_new(dnipro, set(tokens("In which Ukrainian city was it?"))) == ["Dnipro"]


def test_people_in_a_sentence_include_peers_in_the_order_written():
    text = (
        "The Duchess of Cornwall met Olena Zelenska in London, where the Prince of Wales "
        "joined them."
    )
    assert [run for run, _ in people_in(text)] == [
        "Duchess of Cornwall",
        "Olena Zelenska",
        "Prince of Wales",
    ]
    # a country or a body is not a person
    assert people_in("Saudi Arabia and the European Union agreed.") == []
    # a people's adjective before one capitalised word says what a thing is, not who
    assert people_in("It began circulating on Ukrainian Telegram channels today.") == []
    assert people_in("British Airways said flights were cancelled.") == []
    assert people_in("Ukrainian President Volodymyr Zelensky said.") == [
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky")
    ]
    assert people_in("President Putin said.") == [("President Putin", "Putin")]
    # a newspaper is named for what it is
    assert people_in("The sniper posed with their rations, the Daily Star reported.") == []
    assert people_in("The Washington Post's Isabelle Khurshudyan said.") == [
        ("Isabelle Khurshudyan", "Isabelle Khurshudyan")
    ]
    # so is its edition or show, and a legion
    assert people_in("Novitska told ABC News Live in an interview.") == []
    assert people_in("He told Fox News Digital on Monday.") == []
    assert people_in("He fights in the Foreign Legion of Territorial Defense of Ukraine.") == []
    assert people_in("Sky News reporter Stuart Ramsay said.") == [
        ("Stuart Ramsay", "Stuart Ramsay")
    ]
    # a place's noun and "of" before a name make it the place's (Fox News, 2022-03-08)
    text = (
        "A man walks between houses destroyed during air strikes on the central Ukranian "
        "city of Bila Tserkva on March 8, 2022."
    )
    assert people_in(text) == []
    assert people_in("The mayor of the village of Hroza, Ivan Ivanov, said.") == [
        ("Ivan Ivanov", "Ivan Ivanov")
    ]


def test_the_people_new_to_a_question_are_those_it_names_no_word_of():
    text = "Alexander Drueke and Andy Tai Huynh were freed, Joe Biden said."
    assert people_new(text, set(tokens("What did Biden say?"))) == [
        ("Alexander Drueke", "Alexander Drueke"),
        ("Andy Tai Huynh", "Andy Tai Huynh"),
    ]


@pytest.mark.parametrize(
    ("text", "run", "said"),
    [
        (
            "The video was shared on Twitter by Victor Kovalenko, a former Ukrainian "
            "journalist, who translated the exchange.",
            "Victor Kovalenko",
            "journalist",
        ),
        (
            "Oleksandr Vilkul, the head of the military administration, said.",
            "Oleksandr Vilkul",
            "head",
        ),
        ("Ukrainian journalist Victor Kovalenko shared it.", "Victor Kovalenko", "journalist"),
        ("It was shared by Victor Kovalenko.", "Victor Kovalenko", "by"),
        ("Victor Kovalenko shared it.", "Victor Kovalenko", ""),
        ("Someone else shared it.", "Victor Kovalenko", ""),
    ],
)
def test_what_a_sentence_says_a_person_is(text, run, said):
    assert said_to_be(text, run) == said


def test_the_one_told_is_who_hears_the_words():
    text = "Klitschko also told CNN's Clarissa Ward that Russian forces were targeting power."
    assert told_to(text, "Clarissa Ward")
    assert told_to("Il a déclaré à Jean Dupont que…", "Jean Dupont")
    assert not told_to(text, "Klitschko")
    assert not told_to("Clarissa Ward told Klitschko nothing.", "Clarissa Ward")


def test_the_narration_of_a_sentence_is_its_words_out_of_quotes():
    text = 'Maria Avdeeva wrote on Twitter: "14 are injured, including a 15-year-old girl."'
    assert "girl" not in narration(text) and "Maria Avdeeva wrote" in narration(text)
    assert narration("« Nous résisterons », a dit le maire.").strip() == ", a dit le maire."


def test_who_says_something_in_a_sentence():
    # NBC News, 2022-06-26
    text = (
        "Klitschko said the missiles hit at least two residential buildings, and President "
        "Volodymr Zelenskyy said a 37-year-old man was killed."
    )
    assert says(text, "President Volodymr Zelenskyy") and says(text, "Klitschko")
    assert says("Peskov also told reporters the talks were over.", "Peskov")
    assert not says(
        "Vadim Shishimarin, a soldier, was convicted, as Biden said.", "Vadim Shishimarin"
    )
    assert not says(text, "Kuleba")


def test_a_title_news_abbreviates_before_a_name_is_no_name():
    # "Republican Sen. John Kennedy": the run before the period is a title, not a name
    found = name_phrases(
        "Did Republican Sen. John Kennedy, Gen. Mark Milley and Prof. Timothy Snyder agree?"
    )
    assert {"John Kennedy", "Mark Milley", "Timothy Snyder"} <= {words for words, _ in found}
    assert not set(tokens("Sen Gen Prof")) & {t for _, toks in found for t in toks}
