"""Worked examples of names a question spells otherwise than the corpus, corrected to the
corpus's spelling (`name_spelling`)."""

import difflib

from assistant.lexical import tokens
from assistant.name_spelling import as_corpus_spells, correct_names

VOCABULARY = frozenset(tokens("Dmitry Peskov Sergei Shoigu Kremlin Moscow Zaporizhzhia"))


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
    # and after a consonant too (Daily Mirror, 2022-04-02: "Slabtsov's funeral was held in
    # Ryazan")
    vocabulary |= set(tokens("Ryazan"))
    _, corrections, _ = correct_names("Que s'est-il passé à Riazan ?", vocabulary)
    assert corrections == {"Riazan": tokens("Ryazan")[0]}


def test_a_month_opening_a_french_question_is_no_misspelt_name():
    # English articles never write "février": it is not "Ferin" nor any close name
    vocabulary = VOCABULARY | set(tokens("Ferin"))
    for question in ("Mi-février 2022, qu'a dit Peskov ?", "Février 2022 : qu'a dit Peskov ?"):
        text, corrections, _ = correct_names(question, vocabulary)
        assert corrections == {} and text == question


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


def test_a_city_named_in_french_takes_the_name_english_articles_give_it():
    # blind 26: "la réunion entre l'OTAN et la Russie à Bruxelles" abstained, "Bruxelles" unknown
    vocabulary = VOCABULARY | set(tokens("Brussels Vienna Warsaw"))
    question = "La réunion de Bruxelles, puis celles de Vienne et de Varsovie ?"
    text, corrections, _ = correct_names(question, vocabulary)
    brussels, vienna, warsaw = (tokens(city)[0] for city in ("Brussels", "Vienna", "Warsaw"))
    assert corrections == {"Bruxelles": brussels, "Vienne": vienna, "Varsovie": warsaw}
    assert "Bruxelles" not in text and "Varsovie" not in text
    assert correct_names("À Bruxelles ?", frozenset(tokens("Bruxelles")))[1] == {}


def test_a_us_state_named_in_french_takes_the_name_english_articles_give_it():
    # blind 17: "Jack Sweeney, l'étudiant de Floride…" (HuffPost: "A 19-year-old Florida
    # college student…")
    vocabulary = VOCABULARY | set(tokens("Florida Louisiana student"))
    question = "Que demandait l'étudiant de Floride ? Et le sénateur de Louisiane ?"
    text, corrections, _ = correct_names(question, vocabulary)
    assert corrections == {"Floride": tokens("Florida")[0], "Louisiane": tokens("Louisiana")[0]}
    assert "Floride" not in text and "Louisiane" not in text


def test_a_name_typed_is_read_as_the_corpus_spells_its_corrected_words():
    corrections = {"Kouleba": tokens("Kuleba")[0]}
    assert as_corpus_spells("Dmytro Kouleba", corrections) == tokens("Dmytro Kuleba")
    assert as_corpus_spells("Dmytro Kouleba", {}) == tokens("Dmytro Kouleba")
