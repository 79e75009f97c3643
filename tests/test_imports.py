"""The public face of the package: what other code may rely on."""

import dataclasses
import inspect

import assistant


def test_public_names():
    assert set(assistant.__all__) == {"Answer", "Citation", "answer", "answer_stream", "ingest"}


def test_answer_signature():
    params = list(inspect.signature(assistant.answer).parameters)
    assert params[:3] == ["question", "history", "k"]


def test_answer_and_citation_fields():
    answer_fields = {f.name for f in dataclasses.fields(assistant.Answer)}
    assert {"text", "citations", "abstained"} <= answer_fields
    citation_fields = [f.name for f in dataclasses.fields(assistant.Citation)]
    assert citation_fields == [
        "n",
        "article_id",
        "title",
        "date",
        "source",
        "excerpt",
        "start",
        "end",
        "score",
        "published",
        "outlet",
        "url",
        "also_as",
        "also_in",
    ]
