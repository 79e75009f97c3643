"""`answer()` end to end on the real corpus, index and model."""

import re

import pytest

from assistant import answer

pytestmark = pytest.mark.slow


def _check_contract(result, article):
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", result.text)}
    assert markers == {c.n for c in result.citations}
    for citation in result.citations:
        assert article.text[citation.start : citation.end] == citation.excerpt
        assert citation.source == article.source and citation.date == "2022-02"
        assert len(citation.excerpt) < 400  # a passage, not a whole chunk


def test_peskov_quotes_are_cited(assistant, settings, article):
    result = answer("What did Peskov say?", settings=settings)
    assert not result.abstained
    _check_contract(result, article)
    excerpts = " ".join(c.excerpt for c in result.citations)
    assert "Nous appelons constamment nos homologues américains" in excerpts
    assert "Peskov" in result.text


def test_off_topic_question_abstains(assistant, settings):
    result = answer("What is the recipe for a chocolate cake?", settings=settings)
    assert result.abstained and result.citations == []
    assert "do not say" in result.text


def test_french_abstention_is_in_french(assistant, settings):
    result = answer("Quelle est la recette du gâteau au chocolat ?", settings=settings)
    assert result.abstained and "ne le disent pas" in result.text


def test_fact_question_cites_the_number(assistant, settings, article):
    result = answer(
        "Combien de soldats américains supplémentaires sont envoyés ?", settings=settings
    )
    assert not result.abstained
    _check_contract(result, article)
    assert "3 000" in result.text


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_empty_question_is_a_value_error(settings, question):
    with pytest.raises(ValueError, match="empty"):
        answer(question, settings=settings)


def test_huge_question_is_cut_not_crashed(assistant, settings):
    result = answer("What did Peskov say? " + "blah " * 20_000, settings=settings)
    assert result.notice and "cut" in result.notice
