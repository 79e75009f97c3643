"""Whether a question asks the assistant to make something news reports do not hold: a recipe,
a poem, a joke, a weather forecast ("Can you give me a good recipe for chicken Kiev?", "Tu peux
me donner une recette de bortsch ?", "Write a poem about Mariupol"), or a recommendation of its
own, whatever of ("Can you recommend a good hotel in Lviv?", "Tu peux me conseiller un
restaurant ?"; not articles to read). Articles may speak of a recipe (refugees "keen to cook
Ukrainian dishes" from family recipes) or of Lviv's hotels without giving one, so a passage
sharing the words answers nothing: the answerer says the articles hold none.

It reads the request's wording only: a verb or a phrase of asking for something, then the kind
of thing asked. A question on the news about such a thing ("Which recipe did the chef share
with the BBC?", "Quelle chanson a chanté Kalush Orchestra ?") is no request and is left to the
answerers.
"""

from __future__ import annotations

import re

# Kinds of text a reader may ask for that a news report does not give, in either language.
_MADE = (
    r"recipes?|recettes?|poems?|poèmes?|poemes?|jokes?|blagues?|limericks?|haikus?|"
    r"horoscopes?|weather forecasts?|prévisions? météo|previsions? meteo|météo|meteo|"
    r"workout plans?|itinerar(?:y|ies)|itinéraires?|cocktails?|bedtime stor(?:y|ies)"
)
# Asking for one: "give me", "can you write", "tell me", "I'd like", "donne-moi", "tu peux
# me donner", "écris", "raconte-moi", "suggest", "what's a good"/"the best", "une bonne".
_ASKING = (
    r"(?:give|send|write|tell|show|share|suggest|recommend|find|make|compose)(?:\s+(?:me|us))?|"
    r"(?:i['’]d|i would|i) (?:like|want|need)|"
    r"(?:what(?:['’]s| is| are)|any)\s+(?:a |an |some )?(?:good|great|nice|best|easy|simple|"
    r"funny|traditional|classic|authentic)|(?:what(?:['’]s| is| are)|quel(?:le)?s? (?:est|sont))"
    r"\s+(?:the|la|le|les)|"
    r"(?:the|a|an|some)\s+(?:best|good|great|easy|simple|funny|traditional|classic|authentic)|"
    r"donne[zs]?[- ]moi|donnez[- ]nous|"
    r"(?:tu peux|pouvez-vous|peux-tu|pourrais-tu|pourriez-vous)\s+(?:me |nous )?"
    r"(?:donner|écrire|ecrire|raconter|proposer|trouver|suggérer|suggerer|conseiller)|"
    r"(?:écris|ecris|écrivez|ecrivez)(?:[- ](?:moi|nous))?|raconte[zs]?[- ]moi|"
    r"propose[zs]?[- ]moi|conseille[zs]?[- ]moi|je (?:voudrais|veux|cherche)|"
    r"(?:une|la|un|le|des|les|quelques)\s+(?:bonnes?|meilleures?|meilleurs?|bons?|"
    r"délicieuses?|drôles?|droles?|faciles?|simples?|traditionnelles?)"
)
_REQUEST = re.compile(
    rf"\b(?:{_ASKING})\s+(?:(?:a|an|some|me|us|une|un|des|la|le|les|quelques|ma|mon|"
    rf"your|votre|ta|ton|recipe|good|nice|short|little|petite?s?|bonne?s?|courte?s?)\s+)*"
    rf"(?P<made>{_MADE})\b",
    re.I,
)
# How to cook a dish, whichever: "How do I cook borscht?", "Comment faire cuire des pierogi ?"
_HOW_TO_COOK = re.compile(
    r"\b(?:how (?:do|can|should) (?:i|you|we) (?:cook|bake)|how to (?:cook|bake)|"
    r"comment (?:cuisiner|faire cuire|cuire))\b",
    re.I,
)


# Asking the assistant itself to recommend something ("Can you recommend…", "What would you
# recommend…", "Tu peux me conseiller…", "Que me conseillez-vous…"), but articles to read.
_RECOMMEND = re.compile(
    r"\b(?:(?P<en>(?:can|could|would|will) you (?:please )?recommend|recommend me|what (?:would|"
    r"do|can) you recommend)|(?:tu peux|pouvez-vous|peux-tu|pourrais-tu|pourriez-vous)\s+"
    r"(?:me |nous )?(?:recommander|conseiller)|(?:que|qu['’]est-ce que) (?:tu |vous )?(?:me |"
    r"nous )?(?:conseilles|conseillez|recommandes|recommandez)|conseille[zs]?[- ]moi|"
    r"recommande[zs]?[- ]moi)\b"
    r"(?!\s+(?:(?:some|an?|the|any|a few|des|les|quelques|un|une|d['’]autres)\s+)?"
    r"(?:articles?|sources?|stories|reports?|passages?|reportages?|textes?)\b|"
    r"\s+(?:that\s+)?(?:i|we)\s+(?:should\s+)?read\b)",
    re.I,
)
RECOMMENDATION = {"en": "recommendation", "fr": "recommandation"}


def made_thing_asked(question: str) -> str:
    """The kind of thing a request asks the assistant to make ("recipe", "recette", "poem"), as
    typed, "recommendation" ("recommandation" in French) for a recommendation of its own, or ''
    when the question asks about the news."""
    match = _REQUEST.search(question)
    if match:
        return match.group("made")
    recommending = _RECOMMEND.search(question)
    if recommending:
        return RECOMMENDATION["en" if recommending.group("en") else "fr"]
    cooking = _HOW_TO_COOK.search(question)
    if not cooking:
        return ""
    return "recette" if cooking.group(0).lower().startswith("comment") else "recipe"
