"""A parsed question checked against the corpus: words to bridge, unknown names bridged after
all, a head the corpus never mentions, words no article uses."""

import difflib
from dataclasses import replace

from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.query_checks import (
    with_absent_head,
    with_bridged_names,
    with_months_as_written,
    with_name_variants,
    with_unseen_words,
    words_to_bridge,
)
from assistant.retrieve import searched


def test_french_words_the_corpus_writes_otherwise_are_bridged(named_vocabulary):
    # "Suède" stems like the English "sued", "pays" like "pay", which the corpus has: the
    # token is known, but not as the word asked, so it must be bridged to the English word.
    written = {
        "sued": "sued",
        "moskva": "moskva",
        "pay": "pay",
        "munition": "munitions",
        "otan": "nato",
    }
    vocabulary = named_vocabulary(written, {"moskva", "otan"})
    query = parse_query("La Suède a-t-elle parlé du croiseur Moskva ?", None, vocabulary)
    assert words_to_bridge(query, vocabulary) == {"sued"}
    query = parse_query("Quel pays a livré des munitions ?", None, vocabulary)
    assert words_to_bridge(query, vocabulary) == {"pay"}
    # l'OTAN is the NATO the corpus writes (an alias): nothing to bridge
    query = parse_query("Qu'a dit l'OTAN sur la Suède ?", None, vocabulary)
    assert words_to_bridge(query, vocabulary) == {"sued"}
    english = parse_query("Did Sweden talk about the Moskva?", None, vocabulary)
    assert words_to_bridge(english, vocabulary) == frozenset()


def test_an_unknown_name_bridged_to_corpus_words_is_no_longer_unknown():
    query = parse_query(
        "Combien de soldats en Espagne ?", None, frozenset(tokens("soldats américains Europe"))
    )
    assert query.unknown_names == ("Espagne",)
    espagne = tokens("Espagne")[0]
    bridged = replace(query, slots=(((espagne, 1.0), ("spain", 0.75)),))
    assert with_bridged_names(bridged).unknown_names == ()
    unbridged = replace(query, slots=(((espagne, 1.0),),))
    assert with_bridged_names(unbridged).unknown_names == ("Espagne",)


def test_words_no_article_uses_are_unseen_only_in_a_large_corpus():
    vocabulary = frozenset(tokens("the best way to make bread during the invasion of Ukraine"))
    query = parse_query("What is the best way to make sourdough bread?", None, vocabulary)
    assert with_unseen_words(query, vocabulary, 80_000).unseen == ("sourdough",)
    assert with_unseen_words(query, vocabulary, 500).unseen == ()  # one article lacks most words
    typo = parse_query("What is the best way to make breadd?", None, vocabulary)
    assert with_unseen_words(typo, vocabulary, 80_000).unseen == ()  # a typo is not a topic
    hyphen = parse_query("What is the best way to make sourdough-style bread?", None, vocabulary)
    assert with_unseen_words(hyphen, vocabulary, 80_000).unseen == ("sourdough-style",)


def test_a_figure_joined_to_what_it_counts_is_unseen_unless_written():
    # From the first blind set: China's 12-point plan (of 2023) is in no article, though "12"
    # and "point" are in every corpus; a 40-mile convoy, or a three-day visit written in
    # words, is.
    vocabulary = frozenset(
        tokens("China peace plan point 12 propose 40-mile convoy three-day 3 day visit happened")
    )
    query = parse_query("What did China's 12-point peace plan propose?", None, vocabulary)
    assert with_unseen_words(query, vocabulary, 80_000).unseen == ("12-point",)
    for known in ("Where was the 40-mile convoy?", "What happened on the 3-day visit?"):
        query = parse_query(known, None, vocabulary)
        assert with_unseen_words(query, vocabulary, 80_000).unseen == ()


def test_a_word_the_corpus_spells_the_other_way_is_not_unseen():
    # The stemmer parts "characterise" (character) from "characterize" (charact): an American
    # corpus has the word, only spelt otherwise; "sourdough" is still unseen beside it.
    class Corpus(frozenset):
        def close_match(self, token: str) -> None:
            return None  # as the corpus's: "character" is linked to other words by meaning

    vocabulary = Corpus(tokens("Lavrov did characterize the talks about bread"))
    query = parse_query("How did Lavrov characterise the sourdough talks?", None, vocabulary)
    assert tokens("characterise") != tokens("characterize")
    assert with_unseen_words(query, vocabulary, 80_000).unseen == ("sourdough",)


def test_a_head_the_corpus_never_mentions_is_an_unknown_name():
    vocabulary = frozenset(tokens("the number of people living in Ukraine"))
    query = parse_query("What is the population of Ukraine?", None, vocabulary)
    assert with_absent_head(query, vocabulary).unknown_names == ("population",)
    known = parse_query("What is the number of people in Ukraine?", None, vocabulary)
    assert with_absent_head(known, vocabulary).unknown_names == ()


def test_a_name_gets_the_spellings_the_corpus_uses_more():
    class Vocabulary:
        counts = {
            "johnson": 900,
            "johnston": 12,
            "berdiansk": 3,
            "berdyansk": 40,
            "saint": 50,
            "petersburg": 80,
            "visit": 500,
            "visits": 20,
        }

        def __contains__(self, token):
            return token in self.counts

        def __iter__(self):
            return iter(self.counts)

        def frequency(self, token):
            return self.counts.get(token, 0)

        def is_name(self, token):
            return token not in ("visit", "visits")

        def spelt_alike(self, token):
            return difflib.get_close_matches(token, [t for t in self.counts if t != token], 3, 0.8)

    vocabulary = Vocabulary()

    def variants(question):
        query = parse_query(question, None, vocabulary)
        query = replace(query, slots=tuple(((t, 1.0),) for t in tokens(query.search)))
        return {s[0][0]: [t for t, _ in s[1:]] for s in with_name_variants(query, vocabulary).slots}

    assert variants("Qu'a dit Johnson à Berdiansk ?") == {
        "johnson": [],  # the corpus writes Johnson more than Johnston: no other spelling
        "berdiansk": ["berdyansk"],
    }
    assert variants("Quand Johnston a-t-il visité Saint-Pétersbourg ?")[
        tokens("Saint-Pétersbourg")[0]
    ] == ["petersburg"]
    assert variants("Quand Johnston a-t-il visité Saint-Pétersbourg ?")["johnston"] == ["johnson"]


def test_a_month_counts_by_the_name_the_corpus_uses_most_for_it():
    class Vocabulary(dict):
        def frequency(self, token):
            return self.get(token, 0)

    # sentences of the real news corpus holding each token: "Mars" there is mostly the planet
    english_news = Vocabulary(mar=81, march=767, avril=14, april=348, peskov=222)
    french_news = Vocabulary(mar=3, fevri=2)  # made-up counts of French articles: "mars" the month

    def slots(question, vocabulary, bridged):
        query = parse_query(question, None, vocabulary)
        query = replace(query, slots=bridged)
        return with_months_as_written(query, vocabulary).slots

    mars = (("mar", 1.0), ("march", 1.0))
    mars_as_written = (("mar", 0.0), ("march", 1.0))
    assert slots("Qu'a dit Peskov le 8 mars 2022 ?", english_news, (mars,)) == (mars_as_written,)
    march = (("march", 1.0), ("mar", 1.0))
    assert slots("What did Peskov say in March 2022?", english_news, (march,)) == (
        (("march", 1.0),),
    )
    mars_alone = (("mar", 1.0),)  # the bridges add no "march" the corpus never writes
    assert slots("Qu'a dit Peskov le 8 mars 2022 ?", french_news, (mars_alone,)) == (mars_alone,)
    assert slots("What did Peskov say in March 2022?", french_news, (march,)) == (
        (("march", 0.0), ("mar", 1.0)),
    )
    peskov = (("peskov", 1.0),)  # no month: as it was
    assert slots("Qu'a dit Peskov ?", english_news, (peskov,)) == (peskov,)
    # a token weighing nothing is not searched
    assert searched((mars_as_written,)) == ["march"]
