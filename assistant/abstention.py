"""What an answer says when the articles do not answer: "The articles do not say.", then why,
in the question's language, in the user's own words (never a stem), and who the articles
found do quote.

It only words the reasons; deciding to abstain is the answerers' job (`extractive`, `llm`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.quotes import mid_sentence

# What every answerer says when the articles do not answer, by question language.
NOT_SAID = {"en": "The articles do not say.", "fr": "Les articles ne le disent pas."}


@dataclass(frozen=True)
class Reasons:
    """Why an answer abstains; any number may hold."""

    absent: Sequence[str] = ()  # names the corpus never mentions, as typed
    unquoted: str = ""  # a speaker the articles never quote, as typed
    no_figure: str = ""  # what a number question counts, when no figure counts it
    no_sum: bool = False  # a price or a cost asked, and no passage found gives a sum of money
    no_date: bool = False  # a date asked, and no passage found gives one
    no_penalty: bool = False  # a court's sentence asked, and no passage found gives one
    no_doer: bool = False  # a who-question, and no passage found says anything of what is asked
    no_place: bool = False  # which town or region asked, and no passage found names one
    off_topic: tuple[str, str] | None = None  # (speaker, topic) never quoted on that topic
    no_stance: tuple[str, str] | None = None  # (holder, topic): no passage found states it
    not_near: Sequence[str] = ()  # names the passages found do not mention
    outside: tuple[tuple[str, str], int] | None = None  # ((first, last) month, year asked)
    far: bool = False  # nothing in a large corpus comes close to the question
    made: str = ""  # what a request asks to be made ("recipe"), which news reports do not hold
    untold: str = ""  # what a question asks finally happened ("eventually released"), untold
    withheld: bool = False  # the story found says the value asked is not known or not given

    def lists_speakers(self, kind: str) -> bool:
        """Whether the answer should say whom the articles quote instead."""
        return bool(self.absent or self.unquoted or kind == "quote")


def abstention_text(language: str, reasons: Reasons, quoted: Sequence[str] = ()) -> str:
    """The abstention in `language` ("en" or "fr"), with the speakers `quoted` listed last."""
    fr = language == "fr"
    parts = [NOT_SAID[language]]
    if reasons.made:
        parts.append(
            f"Ce sont des articles de presse : ils ne donnent pas {_de(reasons.made)}."
            if fr
            else f"They are news reports: they give no {reasons.made}."
        )
    if reasons.far:
        parts.append(
            "Aucun passage n'approche de ce que demande la question."
            if fr
            else "No passage comes close to what the question asks."
        )
    if reasons.outside:
        (first, last), year = reasons.outside
        parts.append(
            f"Ils vont de {first} à {last} et ne couvrent pas {year}."
            if fr
            else f"They run from {first} to {last} and do not cover {year}."
        )
    if reasons.not_near:
        names = list(dict.fromkeys(reasons.not_near))  # a name the question says twice, once
        listed = (" ni " if fr else " or ").join(names)
        negation = "ni" if len(names) > 1 else "pas"  # "ni X ni Y", "pas X"
        parts.append(
            f"Les passages trouvés ne mentionnent {negation} {listed}."
            if fr
            else f"The passages found do not mention {listed}."
        )
    if reasons.absent:
        names = ", ".join(dict.fromkeys(reasons.absent))
        parts.append(f"Ils ne mentionnent pas {names}." if fr else f"They do not mention {names}.")
    if reasons.unquoted:
        parts.append(
            f"Ils ne citent aucun propos de {reasons.unquoted}."
            if fr
            else f"They quote nothing said by {reasons.unquoted}."
        )
    if reasons.off_topic:
        speaker, topic = reasons.off_topic
        speaker = mid_sentence(speaker)
        parts.append(
            f"Ils citent {speaker}, mais sur rien qui touche à « {topic} »."
            if fr
            else f'They quote {speaker}, but on nothing about "{topic}".'
        )
    if reasons.no_stance:
        holder, topic = reasons.no_stance
        about = (f" sur « {topic} »" if fr else f' on "{topic}"') if topic else ""
        parts.append(
            f"Aucun des passages trouvés ne donne la position de {holder}{about}."
            if fr
            else f"None of the passages found gives the position of {holder}{about}."
        )
    if reasons.no_figure:
        parts.append(
            f"Ils ne donnent aucun chiffre pour « {reasons.no_figure} »."
            if fr
            else f'They give no figure for "{reasons.no_figure}".'
        )
    if reasons.no_sum:
        parts.append(
            "Les passages trouvés ne donnent aucune somme d'argent."
            if fr
            else "The passages found give no sum of money."
        )
    if reasons.no_date:
        parts.append(
            "Les passages trouvés ne donnent aucune date."
            if fr
            else "The passages found give no date."
        )
    if reasons.no_penalty:
        parts.append(
            "Les passages trouvés ne donnent aucune peine prononcée."
            if fr
            else "The passages found give no sentence handed down."
        )
    if reasons.untold:
        parts.append(
            f"Aucun des passages trouvés ne dit que c'est arrivé (« {reasons.untold} »)."
            if fr
            else f'None of the passages found says that it happened ("{reasons.untold}").'
        )
    if reasons.withheld:  # the sentence saying so follows, cited
        parts.append("Un article qui en parle le dit :" if fr else "An article on it says so:")
    if reasons.no_doer:
        parts.append(
            "Aucun des passages trouvés ne dit qui."
            if fr
            else "None of the passages found says who."
        )
    if reasons.no_place:
        parts.append(
            "Aucun des passages trouvés ne nomme le lieu demandé."
            if fr
            else "None of the passages found names the place asked about."
        )
    if quoted:
        listed = "; ".join(mid_sentence(s) for s in quoted)
        parts.append(f"Ils citent : {listed}." if fr else f"They quote: {listed}.")
    return " ".join(parts)


def _de(noun: str) -> str:
    """ "de" before a French noun, elided before a vowel or a mute h ("d'horoscope")."""
    return f"d'{noun}" if noun[:1].lower() in "aeiouyhéèêàâîôû" else f"de {noun}"
