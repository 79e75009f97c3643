"""An office given by whose it is, as its country's office: worked examples."""

import pytest

from assistant.speaker_keys import national_role_key, person_key, role_key

# identity key → crisis country (Ukraine, Russia), as the articles' roles give it
COUNTRIES = {person_key("Zelensky"): 2, person_key("Putin"): 0}


@pytest.mark.parametrize(
    ("role", "national"),
    [
        ("Zelensky's foreign minister", "Ukraine's foreign minister"),
        ("Volodymyr Zelensky's defence minister", "the Ukrainian defence minister"),
        ("Putin’s top diplomat", "Russia's top diplomat"),
        ("the Zelensky's spokesman", "Ukraine's spokesman"),
    ],
)
def test_an_office_of_someone_is_the_office_of_their_country(role, national):
    assert national_role_key(role, COUNTRIES.get) == role_key(national)


@pytest.mark.parametrize(
    "role",
    [
        "Zelensky's wife",  # a relative is no office of a country: no "Ukrainian wife"
        "Zelensky's lawyers",
        "Biden's foreign minister",  # a person the articles give no country
        "the foreign minister",  # whose it is is not said
        "Ukraine's foreign minister",  # a country's already
    ],
)
def test_other_roles_have_no_national_key(role):
    assert national_role_key(role, COUNTRIES.get) == ""
