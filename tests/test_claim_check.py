"""Checking an LLM reply's claims: its sentences and markers, and the support threshold over
the real index (the chain that applies the check is tested in test_llm.py)."""

from __future__ import annotations

import pytest

from assistant import claim_check
from assistant.answer import Assistant

DEPLORE = "Malheureusement"


def test_generated_text_splits_into_sentences_with_their_markers() -> None:
    body = "Peskov a parlé [1]. Il a déploré cela. [2][3] M. Macron ira à Moscou [4-5]."
    assert claim_check._sentences(body) == [
        "Peskov a parlé [1].",
        "Il a déploré cela. [2][3]",
        "M. Macron ira à Moscou [4-5].",
    ]
    assert claim_check._marker_numbers("4-6, 9") == [4, 5, 6, 9]


# Realistic claims for the support threshold (see SUPPORT_THRESHOLD): (claim, cited excerpt).
SUPPORTED = [
    ("He deplored that the Americans continue down this path.", DEPLORE),
    ("Peskov deplored that the Americans continue down this path.", DEPLORE),
    ("Il a déploré qu'ils continuent dans cette voie.", DEPLORE),
    ("According to Peskov, Russia's concern is clear and perfectly justified.", "l'inquiétude"),
    (
        "The Kremlin sees NATO as a threat to Russia's security and demands an end to the "
        "Alliance's enlargement.",
        "Pour le Kremlin, l'OTAN",
    ),
    ("Les Etats-Unis envoient 3 000 soldats supplémentaires en Europe de l'Est.", "exhorté"),
    ("The Kremlin confirmed talks to that effect.", "Le Kremlin a confirmé"),
    ("Macron et Scholz envisagent de se rendre à Moscou pour rencontrer Poutine.", "Macron"),
]
UNSUPPORTED = [
    ("Zelensky said Ukraine would never accept American troops on its soil.", "Nous appelons"),
    ("Russia has deployed 1,200 tanks near the Ukrainian border.", "Pour le Kremlin, l'OTAN"),
    ("Joe Biden said Russia would pay a terrible price for an invasion.", "Macron"),
    ("Jens Stoltenberg a déclaré que l'OTAN ne reculerait pas.", "Les Occidentaux accusent"),
    ("The Kremlin confirmed talks to that effect.", "Washington a en revanche"),
    ("According to Peskov, Russia's concern is clear and perfectly justified.", "Macron"),
    ("Le Kremlin a annoncé l'annexion de la Crimée.", DEPLORE),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("claim", "fragment", "supported"),
    [
        *((c, f, True) for c, f in SUPPORTED),
        *((c, f, False) for c, f in UNSUPPORTED),
    ],
)
def test_the_support_threshold_separates_realistic_claims(
    assistant: Assistant, article, claim: str, fragment: str, supported: bool
):
    assistant.prepare("warm up")
    sentences = assistant.sentences_of(article.source)
    sentence = next(s for s in sentences if fragment in s.text and not s.with_antecedent)
    score = claim_check.claim_support(assistant, claim, [sentence.text], [sentence.unnamed_speaker])
    assert (score >= claim_check.SUPPORT_THRESHOLD) is supported, score
