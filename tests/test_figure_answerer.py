"""Worked examples of the number-question part of the answerer: the words a figure counts."""

import pytest

from assistant.figure_answerer import counted_phrase
from assistant.query import parse_query
from assistant.values import figures_in


@pytest.mark.parametrize(
    ("question", "text", "phrase"),
    [
        (
            "How many NASAMS has the US promised?",
            "The U.S. has promised eight National Advanced Surface-to-Air Missile Systems.",
            "eight NASAMS",
        ),
        (
            "How many NASAMS has the US promised?",
            "Two National Advanced Surface to Air Missile Systems are in the package.",
            "Two NASAMS",
        ),
        (
            "How many tanks has Germany sent?",
            "Germany has sent 14 Leopard tanks.",
            "14 Leopard tanks",
        ),
        # an acronym the question does not name is not looked for
        (
            "How many tanks has Germany sent?",
            "The U.S. has promised eight National Advanced Surface-to-Air Missile Systems.",
            "eight National Advanced",
        ),
    ],
)
def test_a_figure_counts_the_acronym_its_sentence_writes_out(question, text, phrase):
    query = parse_query(question, None, frozenset())
    assert counted_phrase(query, text, figures_in(text)[0]) == phrase
