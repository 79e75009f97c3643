"""Worked examples of `identity`: the country a person's roles agree on."""

from assistant.identity import decide_country, names_no_one
from assistant.speaker_keys import countries_in, person_key, role_key, spokesperson_key
from assistant.word_variants import actors


def test_a_person_gets_the_country_their_roles_agree_on():
    (uk,) = actors("Royaume-Uni")
    (ukraine,) = actors("Ukraine")
    assert decide_country([("@5 premier-ministre", 3), ("mr", 9)]) == uk
    assert decide_country([("@2 presid", 373), ("@0 presid", 2), ("presid", 63)]) == ukraine
    # too few articles, or articles that disagree, give none
    assert decide_country([("@2 sen", 1), ("republican sen", 2)]) is None
    assert decide_country([("@2 ci director", 2), ("@0 ambassador form", 2)]) is None
    assert decide_country([("secretar stat", 196)]) is None


def test_a_role_key_names_the_countries_of_its_words():
    (ukraine,) = actors("Ukraine")
    assert countries_in(role_key("Ukraine's foreign minister")) == [ukraine]
    assert countries_in(role_key("the Ukrainian Foreign Minister")) == [ukraine]
    assert countries_in(role_key("Secretary of State")) == []


def test_a_bodys_spokesperson_is_the_role_its_articles_name():
    kremlin = role_key("the Kremlin spokesman")
    assert spokesperson_key("the Kremlin") == kremlin
    assert spokesperson_key("le Kremlin") == kremlin == role_key("le porte-parole du Kremlin")
    assert spokesperson_key("the Pentagon") == role_key("Pentagon spokesperson")
    assert spokesperson_key("the Pentagon") != kremlin


def test_a_bodys_head_is_one_role_however_called():
    iaea = role_key("the head of the IAEA")
    assert iaea == role_key("IAEA Director General") == role_key("IAEA chief")
    # a body written out is its initials
    assert role_key("International Atomic Energy Agency director general") == iaea
    assert role_key("the head of the European Space Agency") == role_key("ESA Director General")
    assert role_key("le directeur général de l'AIEA") == iaea  # French initials
    assert role_key("le secrétaire général de l'ONU") == role_key("UN Secretary-General")
    nato = role_key("NATO Secretary General")
    assert nato == role_key("the NATO chief") == role_key("le secrétaire général de l'OTAN")
    # a general is no head, a secretary of state no secretary general
    assert role_key("General Sergei Surovikin") != role_key("head Sergei Surovikin")
    assert role_key("Secretary of State") != role_key("head of State")
    assert role_key("Defense Secretary") == role_key("defense secretary")


def test_a_french_office_is_the_role_english_names():
    assert role_key("l'ambassadeur ukrainien à l'ONU") == role_key("Ukraine's ambassador to the UN")
    assert role_key("le ministre russe des Affaires étrangères") == role_key(
        "Russia's foreign minister"
    )
    assert role_key("le maire de Kiev") == role_key("Kyiv's mayor")
    assert role_key("la porte-parole de la diplomatie russe") == role_key(
        "Russian foreign ministry spokeswoman"
    )
    # a ministry is not its minister, in either language
    ministry = role_key("le ministère russe des Affaires étrangères")
    assert (
        ministry == role_key("Russia's foreign ministry") != role_key("Russia's foreign minister")
    )


def test_a_surnames_transliterations_are_one_person():
    assert person_key("Mykhailo Podolyak") == person_key("Podoliak")
    assert person_key("Zaluzhnyi") == person_key("Gen. Valerii Zaluzhny")
    assert person_key("Vasily Nebenzya") == person_key("Nebenzia")
    assert person_key("Zelenskyy") == person_key("Volodymyr Zelensky")
    assert person_key("Peskov") != person_key("Lavrov")


def test_a_role_of_several_or_of_one_of_many_names_no_one():
    assert names_no_one("a Ukrainian mayor") and names_no_one("un responsable ukrainien")
    assert names_no_one("Ukrainian officials")
    assert not names_no_one("the Kremlin spokesman") and not names_no_one("Kyiv Mayor")
