"""Proposals: whether a sentence tells of a proposal, a demand or a plan ("Musk suggested
redoing elections…", "Sands is among those calling for a special tribunal…", "Prof Sands wants
world leaders to set up…"), and what such a sentence weighs when a question asks for one.

It reads words only. Whether a question asks for a proposal is `question_kinds.asks_proposal`;
raising those sentences is `scoring.asked_first`'s; who proposed is the question's names, scored
as any question's (`extractive`).
"""

from __future__ import annotations

import re

# A sentence telling of a proposal, a demand or a plan, by its verb or its noun, not by the
# proposals others turned down ("Biden has rejected all proposals to deter…").
_PROPOSING = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al|ait|aient|é|ée|ition)|suggest\w*|sugg[éè]r\w*|"
    r"rais\w* the (?:possibility|idea)|call(?:s|ed|ing)? (?:\w+ )?for|urg(?:e|es|ed|ing)|"
    r"recommend\w*|recommand\w*|push(?:es|ed|ing)? for|advocat\w*|wants?|wanted|"
    r"offer(?:s|ed|ing)?|demand\w*|ask(?:s|ed|ing)? for|plans?|idea|floated|"
    r"r[ée]clam\w*|pr[ée]conis\w*|exig\w*|appel\w* à|plaid\w* pour|pr[ôo]n\w*|veut|voulait|"
    r"souhait\w*|envisag\w*)\b",
    re.I,
)


# What a sentence telling of a proposal adds when one is asked (as a quote's own words do).
PROPOSAL_WEIGHT = 0.15


def proposing(text: str) -> bool:
    """Whether a sentence tells of a proposal, a demand or a plan."""
    return bool(_PROPOSING.search(text))
