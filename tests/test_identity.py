"""Worked examples of `identity`: the country a person's roles agree on."""

from assistant.identity import decide_country
from assistant.lexical import actors


def test_a_person_gets_the_country_their_roles_agree_on():
    (uk,) = actors("Royaume-Uni")
    (ukraine,) = actors("Ukraine")
    assert decide_country([("@5 premier-ministre", 3), ("mr", 9)]) == uk
    assert decide_country([("@2 presid", 373), ("@0 presid", 2), ("presid", 63)]) == ukraine
    # too few articles, or articles that disagree, give none
    assert decide_country([("@2 sen", 1), ("republican sen", 2)]) is None
    assert decide_country([("@2 ci director", 2), ("@0 ambassador form", 2)]) is None
    assert decide_country([("secretar stat", 196)]) is None
