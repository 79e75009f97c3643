"""Proposals: whether a question asks what someone proposed, called for or demanded ("What did
Musk propose to end the war?", "Qu'a réclamé le secrétaire général de l'ONU…?"), whether a
sentence tells of a proposal, a demand or a plan ("Musk suggested redoing elections…", "Sands is
among those calling for a special tribunal…", "Prof Sands wants world leaders to set up…"), and
what such a sentence weighs when one is asked.

It reads words only, of the question's asking part (`question_kinds.asking_part`) and of a
sentence. Raising those sentences is `scoring.asked_first`'s; who proposed is the question's
names, scored as any question's (`extractive`).
"""

from __future__ import annotations

import re

from assistant.question_kinds import asking_part

# The verbs of proposing, demanding and requesting both a question and a sentence use.
_VERBS = (
    r"suggest\w*|sugg[éè]r\w*|urg(?:e|es|ed|ing)|recommend\w*|recommand\w*|advocat\w*|"
    r"push(?:es|ed|ing)? for|ask(?:s|ed|ing)? for|r[ée]clam\w*|pr[ée]conis\w*|exig\w*|"
    r"plaid\w* pour|pr[ôo]n\w*|envisag\w*"
)
# A question asking for a proposal: those verbs, "propose" in any form, "put forward", "called
# for", "offered to", "pushing US officials to", "demand" but the French noun ("une demande
# d'adhésion" is an application).
_ASKS = re.compile(
    rf"\b(?:{_VERBS}|propos\w+|put forward|call(?:ed|s)? for|offer(?:ed|s)? to|"
    r"push(?:ed|es|ing)? \w+ to|request(?:ed|s)?|"
    r"(?<!\bune\s)(?<!\bla\s)(?<!\bsa\s)(?<!\bdes\s)(?<!\bses\s)demand\w*)\b",
    re.I,
)
# A sentence telling of a proposal, a demand or a plan, by its verb or its noun, not by the
# proposals others turned down ("Biden has rejected all proposals to deter…").
_PROPOSING = re.compile(
    rf"\b(?:{_VERBS}|propos(?:e|es|ed|ing|al|ait|aient|é|ée|ition)|"
    r"rais\w* the (?:possibility|idea)|call(?:s|ed|ing)? (?:\w+ )?for|wants?|wanted|"
    r"offer(?:s|ed|ing)?|demand\w*|request(?:ed|ing)|plans?|idea|floated|appel\w* à|veut|voulait|"
    r"souhait\w*)\b",
    re.I,
)

# What a sentence telling of a proposal adds when one is asked (as a quote's own words do).
PROPOSAL_WEIGHT = 0.15


def asks_proposal(text: str, kind: str) -> bool:
    """Whether a question of `kind` asks what someone proposed, called for or demanded: one
    asking for no quote, figure, date, cause or name whose asking part has a verb of proposing
    ("What did Sen. Ed Markey's bill propose…?", "Que réclame le Kremlin ?"), not the story it
    tells first ("After Macron suggested talks with the Kremlin, what did Riga say?")."""
    return kind == "other" and bool(_ASKS.search(asking_part(text)))


def proposing(text: str) -> bool:
    """Whether a sentence tells of a proposal, a demand or a plan."""
    return bool(_PROPOSING.search(text))
