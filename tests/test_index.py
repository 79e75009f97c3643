"""The Chroma store with the real packaged model: idempotent, incremental, one model per store."""

import pytest

from assistant.errors import EmptyCorpusError, ModelMismatchError
from assistant.index import Index

pytestmark = pytest.mark.slow

ARTICLE = "date 2022-03 Talks in Geneva.\n\nThe diplomats met in Geneva. They agreed on nothing."
OTHER = "date 2022-04 Gas prices.\n\nGas prices rose in Europe. Buyers worried."


def _write(settings, name, text):
    (settings.corpus_dir / name).write_text(text, encoding="utf-8")


def test_ingest_twice_adds_nothing(make_settings):
    settings = make_settings()
    _write(settings, "a.txt", ARTICLE)
    _write(settings, "b.txt", OTHER)
    index = Index(settings)
    first = index.sync()
    assert sorted(first.added) == ["a.txt", "b.txt"] and first.chunks == index.count() > 0
    second = Index(settings).sync()  # a new process would reopen the store like this
    assert second.added == [] and second.updated == [] and second.removed == []
    assert sorted(second.unchanged) == ["a.txt", "b.txt"]
    assert second.chunks == first.chunks


def test_edited_article_replaces_its_chunks_and_removed_one_is_deleted(make_settings):
    settings = make_settings()
    _write(settings, "a.txt", ARTICLE)
    _write(settings, "b.txt", OTHER)
    index = Index(settings)
    index.sync()
    _write(settings, "a.txt", ARTICLE.replace("nothing", "a ceasefire"))
    (settings.corpus_dir / "b.txt").unlink()
    report = index.sync()
    assert report.updated == ["a.txt"] and report.removed == ["b.txt"]
    texts = " ".join(c.text for c in index.chunks())
    assert "a ceasefire" in texts and "agreed on nothing" not in texts and "Gas" not in texts
    assert {c.source for c in index.chunks()} == {"a.txt"}


def test_unreadable_file_is_reported_and_the_rest_indexed(make_settings):
    settings = make_settings()
    _write(settings, "a.txt", ARTICLE)
    (settings.corpus_dir / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    report = Index(settings).sync()
    assert report.added == ["a.txt"]
    assert len(report.skipped) == 1 and "bad.txt" in report.skipped[0]


def test_empty_corpus_is_an_error(make_settings):
    with pytest.raises(EmptyCorpusError, match="No readable article"):
        Index(make_settings()).sync()


def test_store_refuses_another_model(make_settings):
    settings = make_settings(embedding_model="all-MiniLM-L6-v2")
    _write(settings, "a.txt", ARTICLE)
    Index(settings).sync()
    other = make_settings(embedding_model="use-multilingual")
    with pytest.raises(ModelMismatchError) as error:
        Index(other).count()
    assert "all-MiniLM-L6-v2" in str(error.value) and "use-multilingual" in str(error.value)


def test_seed_article_is_indexed(assistant, article):
    sources = [a.source for a in assistant.index.articles()]
    assert sources == [article.source]
    for chunk in assistant.index.chunks():
        assert article.text[chunk.start : chunk.end] == chunk.text
