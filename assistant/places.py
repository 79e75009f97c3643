"""Whether a name is a country's or a state's: the ISO 3166 names (pycountry) of countries, in
their short, common and official forms ("Saudi Arabia", "South Korea", "Czech Republic"), and
of their first-level regions ("New York", "North Carolina"), with the names the Unicode CLDR
(Babel) gives countries and continents in English and French ("Russia", where ISO writes
"Russian Federation"; "Russie", "Europe"); and a country's name in the other language, French
or English, from pycountry's French translations ("Pologne", "Poland"), and a city's, from the
cities CLDR names in each language for their time zones ("Bruxelles", "Brussels"; "Varsovie",
"Warsaw").

A run of capitalised words reads like a person's name ("Saudi Arabia, which brokered the
deal, said…"); a question asking which person did something is not answered by a country.
A name ending on a common noun of places is a place too, whoever it is named after ("New York
City", "John F. Kennedy Airport", "Lenin Square"). Cities and regions the standards do not
list ("Kharkiv", "Crimea", "Pékin") are left out: single words are no person's full name
anyway.
"""

from __future__ import annotations

from functools import cache

from assistant.lexical import fold


@cache
def _place_names() -> frozenset[str]:
    import pycountry  # loaded on the first name asked about, not at start-up
    from babel import Locale

    names = {
        getattr(country, field).casefold()
        for country in pycountry.countries
        for field in ("name", "common_name", "official_name")
        if hasattr(country, field)
    }
    names.update(region.name.casefold() for region in pycountry.subdivisions)
    for language in ("en", "fr"):
        names.update(name.casefold() for name in Locale(language).territories.values())
    return frozenset(names)


# The last word of a place's name that says it is one (English, as the corpus writes names);
# not the ones that are also surnames ("Stuart Hall", "Park", "Church", "Lake").
PLACE_NOUNS = frozenset(
    """
    city town village airport airfield square palace street avenue boulevard road bridge
    station hotel cathedral monastery stadium arena hospital port harbour harbor island river
    sea bay tower museum theatre theater plant dam region oblast province county district
    valley mountains peninsula strait gulf canal coast base republic krai raion reservoir
    """.split()
)


def is_place(name: str) -> bool:
    """Whether `name` (as written, "the" before it allowed) is a country's or a region's, or
    ends on a noun of places."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].casefold() in PLACE_NOUNS:
        return True
    return " ".join(words).casefold() in _place_names()


@cache
def _country_translations() -> dict[str, str]:
    """A country's one-word name → the other language's one-word name of it, both ways:
    "pologne" → Poland, "poland" → Pologne, "suede" → Sweden. The ISO short names and their
    French translations, before any comma or bracket ("Iran, République islamique d'" is
    Iran); a name two countries share so ("Corée") is left out, as are those written alike."""
    import gettext

    import pycountry

    french = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True
    )
    found: dict[str, dict[str, str]] = {}  # name → country code → its other-language name
    for country in pycountry.countries:
        english = [getattr(country, f) for f in ("common_name", "name") if hasattr(country, f)]
        own = [_short(n) for n in english]
        other = [_short(french.gettext(country.name))]
        for names, others in ((own, other), (other, own)):
            for name in names:
                for translated in others:
                    if " " not in name + translated and fold(name) != fold(translated):
                        found.setdefault(fold(name), {}).setdefault(country.alpha_2, translated)
    return {
        name: next(iter(by_country.values()))
        for name, by_country in found.items()
        if len(by_country) == 1
    }


def _short(name: str) -> str:
    return name.split(" (")[0].split(", ")[0].strip()


def other_language_country(word: str) -> str | None:
    """The country `word` names, in the other language ("Pologne" → "Poland", "Sweden" →
    "Suède"), or None when it names no country, or one written alike in both."""
    return _country_translations().get(fold(word))


@cache
def _city_translations() -> dict[str, str]:
    """A city's one-word name → the other language's one-word name of it, both ways:
    "bruxelles" → Brussels, "brussels" → Bruxelles. The cities CLDR (Babel) names for their
    time zones in French, and in English (or the zone's own name: "Europe/Warsaw"); those
    written alike, of several words or named so by several cities are left out."""
    from babel import Locale

    english = Locale("en").time_zones
    found: dict[str, set[str]] = {}
    for zone, names in Locale("fr").time_zones.items():
        french = dict(names).get("city")
        own = dict(english.get(zone, {})).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not french or " " in french + own or fold(french) == fold(own):
            continue
        for name, other in ((french, own), (own, french)):
            found.setdefault(fold(name), set()).add(other)
    return {name: next(iter(others)) for name, others in found.items() if len(others) == 1}


def other_language_city(word: str) -> str | None:
    """The city `word` names, in the other language ("Bruxelles" → "Brussels", "Vienna" →
    "Vienne"), or None when it names no city CLDR knows, or one written alike in both."""
    return _city_translations().get(fold(word))
