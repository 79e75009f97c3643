"""Worked examples of the names found in a question and checked against the corpus, and of
what a sentence says of names (the people it names, a name it withholds)."""

import difflib

import pytest

from assistant.lexical import tokens
from assistant.names import (
    correct_names,
    name_phrases,
    narration,
    people_in,
    people_new,
    place_phrases,
    said_to_be,
    told_to,
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


def test_misspelt_and_french_spelt_names_take_the_corpus_spelling():
    text, corrections, _ = correct_names("Qu'a dit Choïgou à Peskof ?", VOCABULARY)
    assert corrections == {"Choïgou": tokens("Shoigu")[0], "Peskof": tokens("Peskov")[0]}
    assert "Choïgou" not in text and "Peskof" not in text
    # French writes the English "y" before a vowel with an i: Iouri, Iaroslav (Fox News,
    # 2022-02-26, names the Russian ambassador to Ireland "Yuriy Filatov", other stories "Yuri")
    vocabulary = VOCABULARY | set(tokens("Yuri Filatov Yaroslav"))
    _, corrections, _ = correct_names("Qu'a répondu Iouri Filatov ?", vocabulary)
    assert corrections == {"Iouri": tokens("Yuri")[0]}
    _, corrections, _ = correct_names("Qui est Iaroslav ?", vocabulary)
    assert corrections == {"Iaroslav": tokens("Yaroslav")[0]}


class SpeltVocabulary(frozenset):
    """Corpus words looked up by spelling, as the catalog does (`derived.Vocabulary`), where
    the model links the question's spelling to other words than the close one (no correction
    by spelling alone: "Japon" is not a misspelt "Jason")."""

    def spelt_alike(self, token: str) -> list[str]:
        return difflib.get_close_matches(token, sorted(self), n=3, cutoff=0.8)

    def close_match(self, token: str) -> None:
        return None


def test_a_french_transliteration_takes_the_one_the_articles_use():
    # 2198_31781fb595f231d5.txt (2022-05) writes "Iryna Danylovich"; French writes "-ytch"
    vocabulary = SpeltVocabulary(tokens("Iryna Danylovich Crimea Danilov"))
    _, corrections, _ = correct_names("Quand Iryna Danylovytch a-t-elle disparu ?", vocabulary)
    assert corrections == {"Danylovytch": "danylovich"}
    # a name spelt alike but with other letters is another name
    _, corrections, _ = correct_names("Qu'a dit Danilova ?", vocabulary)
    assert corrections != {"Danilova": "danylovich"}


class RareVocabulary(SpeltVocabulary):
    """Corpus words each written in one sentence only."""

    def frequency(self, token: str) -> int:
        return 1 if token in self else 0


def test_a_rare_name_is_found_by_a_letter_group_only_french_transliteration_writes():
    # 2296_2650884c290e6345.txt (2022-06) names "Vladimir Ilichev" once
    vocabulary = RareVocabulary(tokens("Vladimir Ilichev Liga"))
    question = "Qu'a dit le vice-ministre russe Vladimir Ilitchev à l'OMC ?"
    _, corrections, _ = correct_names(question, vocabulary)
    assert corrections == {"Ilitchev": tokens("Ilichev")[0]}
    # a French word respelt is no rare name of the corpus ("Ligue" is not the "Liga" of one)
    _, corrections, _ = correct_names("Que dit la Ligue ?", vocabulary)
    assert corrections == {}


def test_an_s_french_doubles_between_vowels_is_the_single_s_english_writes():
    # 1339_0e9e0c4c893dacd0.txt (2022-03) writes "Lesia Vasylenko"; CBS News "Voznesensk"
    vocabulary = SpeltVocabulary(tokens("Lesia Vasylenko Voznesensk Russia"))
    _, corrections, _ = correct_names(
        "Qu'a dit Lessia Vassylenko des combats à Voznessensk ?", vocabulary
    )
    assert corrections == {
        "Lessia": tokens("Lesia")[0],
        "Vassylenko": tokens("Vasylenko")[0],
        "Voznessensk": tokens("Voznesensk")[0],
    }
    _, corrections, _ = correct_names("Qu'a dit la Russie ?", vocabulary)
    assert corrections == {}  # a corpus word is left as it is


def test_a_country_named_in_french_takes_the_name_english_articles_give_it():
    vocabulary = VOCABULARY | set(tokens("Poland Sweden sued"))
    text, corrections, written = correct_names("La Pologne et la Suède ?", vocabulary)
    assert corrections == {"Pologne": "poland", "Suède": "sweden"}  # not "sued", another word
    assert text == "La Poland et la Sweden ?"
    # a corpus writing the country as the question does keeps it; one naming neither, too
    assert correct_names("La Pologne ?", frozenset(tokens("Pologne")))[1] == {}
    assert correct_names("La Pologne ?", VOCABULARY)[1] == {}


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


def test_a_city_named_in_french_takes_the_name_english_articles_give_it():
    # blind 26: "la réunion entre l'OTAN et la Russie à Bruxelles" abstained, "Bruxelles" unknown
    vocabulary = VOCABULARY | set(tokens("Brussels Vienna Warsaw"))
    question = "La réunion de Bruxelles, puis celles de Vienne et de Varsovie ?"
    text, corrections, _ = correct_names(question, vocabulary)
    brussels, vienna, warsaw = (tokens(city)[0] for city in ("Brussels", "Vienna", "Warsaw"))
    assert corrections == {"Bruxelles": brussels, "Vienne": vienna, "Varsovie": warsaw}
    assert "Bruxelles" not in text and "Varsovie" not in text
    assert correct_names("À Bruxelles ?", frozenset(tokens("Bruxelles")))[1] == {}


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
