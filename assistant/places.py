"""Whether a name is a country's or a state's: the ISO 3166 names (pycountry) of countries, in
their short, common and official forms ("Saudi Arabia", "South Korea", "Czech Republic"), and
of their first-level regions ("New York", "North Carolina").

A run of capitalised words reads like a person's name ("Saudi Arabia, which brokered the
deal, said…"); a question asking which person did something is not answered by a country.
A name ending on a common noun of places is a place too, whoever it is named after ("New York
City", "John F. Kennedy Airport", "Lenin Square"). Cities, rivers and regions the standard does
not list ("Kharkiv", "Crimea") are left out: single words are no person's full name anyway.
"""

from __future__ import annotations

from functools import cache


@cache
def _place_names() -> frozenset[str]:
    import pycountry  # loaded on the first name asked about, not at start-up

    names = {
        getattr(country, field).casefold()
        for country in pycountry.countries
        for field in ("name", "common_name", "official_name")
        if hasattr(country, field)
    }
    names.update(region.name.casefold() for region in pycountry.subdivisions)
    return frozenset(names)


# The last word of a place's name that says it is one (English, as the corpus writes names);
# not the ones that are also surnames ("Stuart Hall", "Park", "Church", "Lake").
_PLACE_NOUNS = frozenset(
    """
    city town village airport airfield square palace street avenue boulevard road bridge
    station hotel cathedral monastery stadium arena hospital port harbour harbor island river
    sea bay tower museum theatre theater plant dam region oblast province county district
    valley mountains peninsula
    """.split()
)


def is_place(name: str) -> bool:
    """Whether `name` (as written, "the" before it allowed) is a country's or a region's, or
    ends on a noun of places."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].casefold() in _PLACE_NOUNS:
        return True
    return " ".join(words).casefold() in _place_names()
