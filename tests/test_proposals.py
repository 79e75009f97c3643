"""Worked examples of `proposals`: which sentences tell a proposal, a demand or a plan."""

from assistant.proposals import proposing


def test_a_sentence_telling_a_proposal():
    assert proposing("Prof Sands wants world leaders to set up a one-off tribunal.")
    assert proposing("Sands is among a number of academics calling for a special tribunal.")
    assert proposing("Musk suggested redoing elections in the four annexed regions.")
    assert proposing("He raised the possibility that Ukraine should attend future G20 meetings.")
    assert proposing("Le Kremlin réclame des garanties de sécurité.")
    # a proposal turned down is told, not made
    assert not proposing("Gen. Jack Keane said Biden has rejected all proposals to deter Russia.")
    assert not proposing(
        "Professor Philippe Sands says the ICC couldn't prosecute Russia's leaders."
    )
