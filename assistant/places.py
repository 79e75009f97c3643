"""Whether a name is a country's or a state's: the ISO 3166 names (pycountry) of countries, in
their short, common and official forms ("Saudi Arabia", "South Korea", "Czech Republic"), and
of their first-level regions ("New York", "North Carolina").

A run of capitalised words reads like a person's name ("Saudi Arabia, which brokered the
deal, said…"); a question asking which person did something is not answered by a country.
Cities, rivers and regions the standard does not list ("Kharkiv", "Crimea") are left out:
single words are no person's full name anyway.
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


def is_place(name: str) -> bool:
    """Whether `name` (as written, "the" before it allowed) is a country's or a region's."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold() in _place_names()
