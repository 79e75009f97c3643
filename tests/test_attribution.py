"""Who says what: worked examples, and the seed article's quotes attributed to the right people."""

import pytest

from assistant.attribution import attribute, speaker_matches
from assistant.chunking import sentence_spans
from assistant.lexical import tokens

PESKOV_SENTENCES = [
    "«Nous appelons constamment nos homologues américains",
    "«Malheureusement, ils continuent dans cette voie», a-t-il déploré.",
    "Selon lui, «l'inquiétude de la Russie est claire",
    "Car selon lui, «il ne s’agit pas seulement",
    "Il s’agit du redéploiement de soldats américains",
]


def _attributed(text):
    spans = sentence_spans(text)
    return [(text[s:e], a) for (s, e), a in zip(spans, attribute(text, spans), strict=True)]


def test_worked_example_postposed_speaker_then_continuations():
    text = (
        "«Nous refusons», a dit le ministre russe, Sergueï Lavrov. "
        "«C'est clair», a-t-il ajouté. "
        "Selon lui, «rien ne change». "
        "La veille, l'OTAN avait jugé «inacceptable» la demande."
    )
    found = [
        (s[:12], a.speaker if a else None, a.continues if a else None) for s, a in _attributed(text)
    ]
    assert found == [
        ("«Nous refuso", "le ministre russe, Sergueï Lavrov", False),
        ("«C'est clair", "le ministre russe, Sergueï Lavrov", True),
        ("Selon lui, «", "le ministre russe, Sergueï Lavrov", True),
        ("La veille, l", "l'OTAN", False),
    ]
    first = _attributed(text)[0][1]
    assert first.name == "Sergueï Lavrov" and first.role == "le ministre russe"


def test_open_quotation_continues_its_speaker():
    text = "Car selon Lavrov, «il faut parler. Il faut agir». Le temps presse."
    speakers = [a.speaker if a else None for _, a in _attributed(text)]
    assert speakers == ["Lavrov", "Lavrov", None]


@pytest.fixture(scope="module")
def seed_attributions(article):
    spans = [s for p in article.paragraphs for s in sentence_spans(article.text, *p)]
    return [
        (article.text[s:e], a)
        for (s, e), a in zip(spans, attribute(article.text, spans), strict=True)
    ]


def test_peskov_is_given_exactly_his_sentences(seed_attributions):
    peskov = [s for s, a in seed_attributions if a and speaker_matches(a, tokens("Peskov"))]
    assert len(peskov) == len(PESKOV_SENTENCES)
    for sentence, start in zip(peskov, PESKOV_SENTENCES, strict=True):
        assert sentence.startswith(start)


def test_others_quotes_are_not_peskov(seed_attributions):
    by_start = {s[:25]: a for s, a in seed_attributions}
    diplomacy = by_start["La veille, la diplomatie "]
    assert diplomacy.speaker == "la diplomatie russe" and diplomacy.quote
    assert by_start["Le Kremlin a exhorté ce 3"].speaker == "Le Kremlin"
    assert by_start["Les Occidentaux accusent "].speaker == "Les Occidentaux"
    lede = next(a for s, a in seed_attributions if s.startswith("Après l'envoi"))
    assert lede is None or not speaker_matches(lede, tokens("Peskov"))


def test_a_denial_clause_names_who_answers(seed_attributions):
    accusation = next(a for s, a in seed_attributions if s.startswith("Les Occidentaux accusent"))
    assert accusation.speaker == "Les Occidentaux"
    assert accusation.responders == ("la Russie",)
    assert speaker_matches(accusation, tokens("Russia"))
    assert not speaker_matches(accusation, tokens("Peskov"))
