"""Worked examples of `proposals`: questions asking for a proposal, sentences telling one."""

import pytest

from assistant.proposals import asks_proposal, proposing


@pytest.mark.parametrize(
    "question",
    [
        "What did Elon Musk propose on Twitter to end the war?",
        "Qu'a proposé le juriste Philippe Sands pour juger les dirigeants russes ?",
        "What arrangement did Birmingham city council put forward for resettling refugees?",
        "What did Zelenskyy demand for the Zaporizhzhia nuclear power plant?",
        "Qu'a réclamé le secrétaire général de l'ONU pour la centrale de Zaporijjia ?",
        "Quelle mesure économique le représentant Ruben Gallego préconisait-il ?",
        "What does the Kremlin demand from NATO?",
        "Qu'a demandé Poutine pendant cet appel ?",
    ],
)
def test_a_question_asking_what_someone_proposed(question):
    assert asks_proposal(question, "other")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did Peskov say about the talks?", "other"),
        ("Pourquoi Marina Ovsiannikova a-t-elle refusé l'asile que lui proposait Macron ?", "why"),
        ("When did the Kremlin urge the United States to stop aggravating the crisis?", "date"),
        ("Which Russian lawmaker suggested that a NATO minister could be kidnapped?", "who"),
        # "une demande d'adhésion" is an application, not a demand
        ("Zelensky a-t-il signé une demande d'adhésion à l'Union européenne ?", "other"),
        # "à propos de" introduces a topic
        ("Que pense Viktor Orban à propos des sanctions ?", "other"),
        # the context told before the question proposes nothing asked
        ("After Macron suggested talks with the Kremlin, what did Riga say?", "other"),
    ],
)
def test_a_question_asking_no_proposal(question, kind):
    assert not asks_proposal(question, kind)


def test_a_sentence_telling_a_proposal():
    assert proposing("Prof Sands wants world leaders to set up a one-off tribunal.")
    assert proposing("Sands is among a number of academics calling for a special tribunal.")
    assert proposing("Musk suggested redoing elections in the four annexed regions.")
    assert proposing("He raised the possibility that Ukraine should attend future G20 meetings.")
    assert proposing("Le Kremlin réclame des garanties de sécurité.")
    assert proposing("Putin, who requested the Thursday call, has said he will need guarantees.")
    # a proposal turned down is told, not made
    assert not proposing("Gen. Jack Keane said Biden has rejected all proposals to deter Russia.")
    assert not proposing("Sweeney began tracking the jets in response to several requests.")
    assert not proposing(
        "Professor Philippe Sands says the ICC couldn't prosecute Russia's leaders."
    )
