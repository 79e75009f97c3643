"""Whether a sentence says a person's name is withheld: "whom the SBU did not identify", "who
did not share her last name", "Sergey - not his real name"; and, for a question asking a real,
full or last name, whether it gives only a first name or an alias ("known only as 'the
Gravedigger'", "identified using the alias 'Alyona'"). Which names a sentence gives is `names`';
what a name question then answers is `person_asked`'s.
"""

from __future__ import annotations

import re

# A sentence saying someone's name is withheld: "The suspect, whom the SBU did not identify",
# "…, who did not share her last name", "says Sergey - not his real name -", "who declined to be
# identified", "who CBS News was asked not to name", "his name was [name withheld]".
_WITHHELD = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to|asked not "
    r"to|has not|have not|had not|was not|were not)\s+(?:(?:be|been|yet|publicly)\s+)*"
    r"(?:identif(?:y|ied)|named?)\b(?!\s+(?:who|what|which|how|when|where|why|a|an|any)\b)|"
    r"\b(?:not|n't|declined to|refused to)\s+(?:\w+\s+){0,2}(?:share|give|reveal|disclose|"
    r"release|provide|publish)\w*\s+(?:his|her|their|its|the)\s+(?:(?:full|last|real|first|"
    r"family)\s+)?(?:names?|surnames?|identit(?:y|ies))\b|"
    r"\bnot (?:his|her|their) real names?\b|\bnames? (?:has|have|was|were) not been "
    r"(?:released|disclosed|made public|given)\b|\bname (?:was )?withheld\b",
    re.I,
)

# A sentence giving someone's first name or alias only: "Katalina, who only gave ABC News her
# first name", "Both men, who gave only their first names", "identified only as Isaac", "known
# only as 'the Gravedigger' to protect his identity", "asked that only her first name be used",
# "identified using the alias 'Alyona'", "her son Oleksii — also a pseudonym".
_PARTLY_WITHHELD = re.compile(
    r"\b(?:known|identified|referred to)\s+only\s+(?:as|by)\b|"
    r"\b(?:only\s+(?:gave|give|gives|giving|provided|shared|used)|(?:gave|give|gives|giving|"
    r"provided|shared|used)\s+only)\s+(?:[\w.]+\s+){0,3}?(?:his|her|their)\s+first\s+names?\b|"
    r"\bonly (?:his|her|their) first names? (?:be |was |were )?(?:used|given|published)\b|"
    r"\bto protect (?:his|her|their) identit(?:y|ies)\b|"
    r"\b(?:using|under|by)\s+(?:the|an|a)\s+(?:alias|pseudonym)\b|\ba pseudonym\b|"
    r"\bnames? (?:has|have) been changed\b",
    re.I,
)


def withholds_name(text: str, full: bool = False) -> bool:
    """Whether a sentence says someone's name is not given ("whom the SBU did not identify",
    "who did not share her last name", "Sergey - not his real name"); with `full` (a question
    asking someone's real, full or last name), also whether it gives only a first name or an
    alias ("who only gave ABC News her first name", "known only as 'the Gravedigger'", "a
    mother identified using the alias 'Alyona'")."""
    return bool(_WITHHELD.search(text) or (full and _PARTLY_WITHHELD.search(text)))
