"""Worked examples of a word's other forms: related words, actors, spellings, numbers, months."""

from assistant.lexical import tokens
from assistant.word_variants import (
    actors,
    related,
    same_month,
    same_number,
    same_root,
    spelling_variants,
)


def test_related_words_stand_for_one_another_not_for_themselves():
    assert set(related("moscou")) == {"kremlin", "russ"}
    assert "moscou" in related("kremlin")
    assert set(related("maison-blanche")) == set(tokens("Etats-Unis Washington Américains"))
    assert set(related(tokens("heads of state")[0])) >= set(tokens("président chancelier"))
    assert related(tokens("chocolat")[0]) == ()


def test_related_words_are_listed_once():
    assert sorted(related("kremlin")) == sorted(set(related("kremlin")))  # russie, russes: one stem


def test_actors_are_the_countries_a_text_names_by_any_of_their_words():
    assert actors("les Américains") == actors("Washington") == actors("the White House")
    assert actors("le Kremlin") == actors("Russian") != actors("American")
    assert len(actors("Moscou et Washington")) == 2
    assert actors("British") == actors("the U.K.") == actors("Londres")
    assert actors("3 000 soldats supplémentaires") == set()


def test_british_and_american_spellings_are_proposed_both_ways():
    assert spelling_variants("theatre") == ["theater"]
    assert spelling_variants("theaters") == ["theatres"]
    assert spelling_variants("defence") == ["defense"]
    assert spelling_variants("neighbouring") == ["neighboring"]
    assert spelling_variants("armored") == ["armoured"]
    assert spelling_variants("organisation") == ["organization"]
    assert spelling_variants("analyzed") == ["analysed"]
    assert spelling_variants("catalogue") == ["catalog"]
    assert spelling_variants("de-escalate") == ["deescalate"]  # with or without the hyphen
    assert spelling_variants("programmes") == ["programs"]
    # short words keep their spelling; look-alikes are proposed, for the corpus to refuse
    assert spelling_variants("tour") == [] and spelling_variants("four") == []
    assert spelling_variants("floor") == ["floour"]


def test_an_ordinal_is_its_number_in_either_language_and_in_roman_numerals():
    third = set(same_number(tokens("third")[0]))
    assert {tokens(w)[0] for w in ("three", "III", "troisième", "trois")} <= third
    assert tokens("third")[0] in same_number(tokens("troisième")[0])
    assert same_number(tokens("second")[0]) == ()  # "a second", "the second largest"
    assert same_number(tokens("sanctions")[0]) == ()
    # what stems as another word is no number: "via" and "vie" (vi), "Sept." (September)
    for word in ("via", "vie", "Sept.", "neuf"):
        assert same_number(tokens(word)[0]) == (), word
    assert tokens("eight")[0] not in same_number(tokens("VII")[0])  # "VIII" stems as "vii"


def test_a_latin_verb_and_its_noun_share_a_root():
    assert same_root(tokens("invading")[0]) == (tokens("invasion")[0],)
    assert same_root(tokens("explosion")[0]) == (tokens("exploded")[0],)
    assert same_root(tokens("lead")[0]) == ()  # too short to tell
    assert same_root(tokens("sanctions")[0]) == ()


def test_a_month_is_the_same_word_in_both_languages():
    assert same_month(tokens("mai")[0]) == (tokens("May")[0],)
    assert same_month(tokens("November")[0]) == (tokens("novembre")[0],)
    assert same_month(tokens("août")[0]) == (tokens("August")[0],)
    assert same_month(tokens("avril")[0]) == (tokens("April")[0],)
    assert same_month(tokens("sanctions")[0]) == ()


def test_the_middle_of_a_month_is_that_month_in_either_language():
    assert same_month(tokens("mi-juin")[0]) == (tokens("June")[0],)
    assert same_month(tokens("mid-November")[0]) == (tokens("novembre")[0],)
    assert same_month(tokens("mi-temps")[0]) == same_month(tokens("mid-term")[0]) == ()
