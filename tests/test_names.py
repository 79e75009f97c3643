"""Worked examples of the names found in a question and checked against the corpus."""

from assistant.lexical import tokens
from assistant.names import correct_names, name_phrases, unknown_names

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


def test_misspelt_and_french_spelt_names_take_the_corpus_spelling():
    text, corrections, _ = correct_names("Qu'a dit Choïgou à Peskof ?", VOCABULARY)
    assert corrections == {"Choïgou": tokens("Shoigu")[0], "Peskof": tokens("Peskov")[0]}
    assert "Choïgou" not in text and "Peskof" not in text
