"""Whether a name is a country's or a state's: the ISO 3166 names (pycountry) of countries, in
their short, common and official forms ("Saudi Arabia", "South Korea", "Czech Republic"), and
of their first-level regions ("New York", "North Carolina"), with the names the Unicode CLDR
(Babel) gives countries and continents in English and French ("Russia", where ISO writes
"Russian Federation"; "Russie", "Europe"); and a country's name in the other language, French
or English, from pycountry's French translations ("Pologne", "Poland"), and a city's, from the
cities CLDR names in each language for their time zones ("Bruxelles", "Brussels"; "Varsovie",
"Warsaw"), and a US state's ("Floride", "Florida"); the party and US state a lawmaker's
party-and-state tag names ("R-La.": a Republican of Louisiana).

A run of capitalised words reads like a person's name ("Saudi Arabia, which brokered the
deal, said…"); a question asking which person did something is not answered by a country.
A name ending on a common noun of places is a place too, whoever it is named after ("New York
City", "John F. Kennedy Airport", "Lenin Square"). Cities and regions the standards do not
list ("Kharkiv", "Crimea", "Pékin") are left out: single words are no person's full name
anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from assistant.lexical import fold, tokens


@cache
def _country_names() -> frozenset[str]:
    import pycountry  # loaded on the first name asked about, not at start-up
    from babel import Locale

    names = {
        getattr(country, field).casefold()
        for country in pycountry.countries
        for field in ("name", "common_name", "official_name")
        if hasattr(country, field)
    }
    for language in ("en", "fr"):
        names.update(name.casefold() for name in Locale(language).territories.values())
    return frozenset(names)


@cache
def _place_names() -> frozenset[str]:
    import pycountry

    return _country_names() | {region.name.casefold() for region in pycountry.subdivisions}


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
    words = _without_the(name)
    if len(words) > 1 and words[-1].casefold() in PLACE_NOUNS:
        return True
    return " ".join(words).casefold() in _place_names()


def _without_the(name: str) -> list[str]:
    """The words of a name as written, without a "the" before it."""
    words = name.split()
    return words[1:] if words and words[0].casefold() == "the" else words


@cache
def _country_translations() -> dict[str, str]:
    """A country's one-word name → the other language's one-word name of it, both ways:
    "pologne" → Poland, "poland" → Pologne, "suede" → Sweden. The ISO short names and their
    French translations, before any comma or bracket ("Iran, République islamique d'" is
    Iran); a name two countries share so ("Corée") is left out, as are those written alike."""
    import pycountry

    french = _in_french("iso3166-1")
    pairs = []
    for country in pycountry.countries:
        english = [getattr(country, f) for f in ("common_name", "name") if hasattr(country, f)]
        pairs.append(
            (country.alpha_2, [_short(n) for n in english], [_short(french(country.name))])
        )
    return _both_ways(pairs)


def _in_french(domain: str) -> Callable[[str], str]:
    """pycountry's French translation of the ISO names of `domain` ("iso3166-1": countries,
    "iso3166-2": their regions), a name as it is when it has none."""
    import gettext

    import pycountry

    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=["fr"], fallback=True
    ).gettext


def _both_ways(
    named: Iterable[tuple[str, Sequence[str], Sequence[str]]],
) -> dict[str, str]:
    """From (what is named, its English names, its French names): each one-word name, folded,
    → the other language's one-word name of the same thing, both ways; names written alike in
    both languages are left out, as are those naming several things ("Corée")."""
    found: dict[str, dict[str, str]] = {}  # name → what it names → its other-language name
    for key, english, french in named:
        for names, others in ((english, french), (french, english)):
            for name in names:
                for translated in others:
                    if " " not in name + translated and fold(name) != fold(translated):
                        found.setdefault(fold(name), {}).setdefault(key, translated)
    return {
        name: next(iter(by_thing.values()))
        for name, by_thing in found.items()
        if len(by_thing) == 1
    }


def is_country(name: str) -> bool:
    """Whether `name` (as written, "the" before it allowed) is a country's or a territory's
    ("Ukraine", "the United States", "Pologne"), not a region's or a town's."""
    return " ".join(_without_the(name)).casefold() in _country_names()


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
    return _both_ways(
        (
            zone,
            [dict(english.get(zone, {})).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")],
            [french],
        )
        for zone, names in Locale("fr").time_zones.items()
        if (french := dict(names).get("city"))
    )


def other_language_city(word: str) -> str | None:
    """The city `word` names, in the other language ("Bruxelles" → "Brussels", "Vienna" →
    "Vienne"), or None when it names no city CLDR knows, or one written alike in both."""
    return _city_translations().get(fold(word))


@cache
def _state_translations() -> dict[str, str]:
    """A US state's one-word name → the other language's one-word name of it, both ways:
    "floride" → Florida, "louisiana" → Louisiane. The ISO 3166-2 names and pycountry's French
    translations of them; states of several words ("Caroline du Sud") are left out."""
    import pycountry

    french = _in_french("iso3166-2")
    return _both_ways(
        (state.code, [state.name], [french(state.name)])
        for state in pycountry.subdivisions.get(country_code="US")
    )


def other_language_state(word: str) -> str | None:
    """The US state `word` names, in the other language ("Floride" → "Florida"), or None when
    it names none, or one written alike in both ("Texas")."""
    return _state_translations().get(fold(word))


# The parties a US lawmaker's tag names by its letter ("R-La.": a Republican of Louisiana).
_PARTIES = {"R": "Republican", "D": "Democratic", "I": "Independent"}  # "Democrat" alike


@cache
def _party_tags() -> dict[str, tuple[str, ...]]:
    """The token of a US lawmaker's party-and-state tag → the tokens of the party's and the
    state's names: "r-la" (of "Sen. John Kennedy, R-La.") → Republican and Louisiana's,
    "d-texas", "r-fl" (of "R-FL"). The AP stylebook's abbreviations and the postal codes, from
    the `us` package; an abbreviation of initials ("D-N.Y." and "D-N.D." are both d-n to the
    tokens) is left out, as is a tag two states would share."""
    import us

    tags: dict[str, set[tuple[str, ...]]] = {}
    for state in us.states.STATES:
        for abbreviation in {state.ap_abbr, state.abbr} - {None}:
            if "." in abbreviation.rstrip("."):
                continue
            for letter, party in _PARTIES.items():
                tag = tokens(f"{letter}-{abbreviation}")
                if len(tag) == 1:
                    tags.setdefault(tag[0], set()).add(tuple(tokens(f"{party} {state.name}")))
    return {tag: next(iter(named)) for tag, named in tags.items() if len(named) == 1}


def named_by_tag(token: str) -> tuple[str, ...]:
    """The tokens of the party and the US state a lawmaker's party-and-state tag names ("r-la":
    Republican, Louisiana), or () for another token."""
    return _party_tags().get(token, ()) if "-" in token else ()
