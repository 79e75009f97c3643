"""Worked examples of `places`: the names of countries and regions are no person's, and a
country's name in the other language."""

from assistant.lexical import tokens
from assistant.places import (
    is_country,
    is_place,
    named_by_tag,
    other_language_city,
    other_language_country,
    other_language_state,
)


def test_countries_are_places_in_their_short_common_and_official_names():
    for name in ("Saudi Arabia", "South Korea", "the United States", "Czech Republic", "France"):
        assert is_place(name), name
    assert is_place("United Kingdom of Great Britain and Northern Ireland")


def test_countries_and_continents_are_places_as_news_names_them_in_english_and_french():
    # ISO 3166 writes "Russian Federation"; the Unicode CLDR names it as news does
    for name in ("Russia", "Russie", "Biélorussie", "Royaume-Uni", "Corée du Nord", "Europe"):
        assert is_place(name), name


def test_first_level_regions_are_places():
    assert is_place("New York") and is_place("North Carolina")


def test_countries_are_told_from_regions_and_towns():
    for name in ("Ukraine", "the United States", "Pologne", "Russia"):
        assert is_country(name), name
    for name in ("Alaska", "New York", "Dnipro", "Kharkiv Oblast"):
        assert not is_country(name), name


def test_people_and_bodies_are_not_places():
    for name in ("Josh Hawley", "Andy Huynh", "Lloyd Austin", "State Department", "Kremlin"):
        assert not is_place(name), name


def test_a_name_ending_on_a_noun_of_places_is_a_place_whoever_it_is_named_after():
    for name in (
        "New York City",
        "Kennedy Airport",
        "Lenin Square",
        "Mariinsky Palace",
        "Kerch Strait",
        "Engels Air Base",
    ):
        assert is_place(name), name
    # a single word is no place by that rule: "Hall" and "Park" are also surnames
    for name in ("Hall", "Geun-hye Park", "Stuart Hall"):
        assert not is_place(name), name


def test_a_country_is_named_in_the_other_language_both_ways():
    assert other_language_country("Pologne") == "Poland"
    assert other_language_country("Poland") == "Pologne"
    assert other_language_country("Suède") == "Sweden"
    assert other_language_country("Suede") == "Sweden"  # typed without its accent
    assert other_language_country("Pays-Bas") == "Netherlands"
    assert other_language_country("Iran, République islamique d'") is None  # a name, not a form


def test_no_other_name_for_what_is_no_country_one_written_alike_or_two_countries():
    for word in ("Kremlin", "Peskov", "Canada", "Ukraine", "Corée", "Korea"):
        assert other_language_country(word) is None, word


def test_a_city_is_named_in_the_other_language_both_ways():
    assert other_language_city("Bruxelles") == "Brussels"
    assert other_language_city("Brussels") == "Bruxelles"
    assert other_language_city("Varsovie") == "Warsaw"
    assert other_language_city("Londres") == "London"
    assert other_language_city("Tbilissi") == "Tbilisi"
    for word in ("Paris", "Berlin", "Kharkiv", "Peskov", "Kremlin"):  # alike, or no city CLDR names
        assert other_language_city(word) is None, word


def test_a_us_state_is_named_in_the_other_language_both_ways():
    assert other_language_state("Floride") == "Florida"
    assert other_language_state("Louisiana") == "Louisiane"
    assert other_language_state("Pennsylvanie") == "Pennsylvania"
    for word in ("Texas", "Ohio", "Kharkiv", "Peskov"):  # written alike, or no state
        assert other_language_state(word) is None, word


def test_a_lawmakers_tag_names_their_party_and_state():
    # Fox News, 2022-03: "Sen. John Kennedy, R-La., joined 'Fox & Friends'…"
    (tag,) = tokens("R-La.")
    assert named_by_tag(tag) == tuple(tokens("Republican Louisiana"))
    assert set(named_by_tag(tokens("D-Calif.")[0])) == set(tokens("Democratic California"))
    assert named_by_tag(tokens("R-Texas")[0]) == tuple(tokens("Republican Texas"))
    assert named_by_tag(tokens("R-FL")[0]) == tuple(tokens("Republican Florida"))  # postal code
    # initials the tokens cut ("D-N.Y." and "D-N.D." alike) tell no state; other words none
    for text in ("D-N.Y.", "D-N.D.", "D-Day", "Kremlin-backed", "Kennedy"):
        assert named_by_tag(tokens(text)[0]) == (), text
