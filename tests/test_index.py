"""The index (catalog + Chroma) with the real packaged model and real articles: idempotent,
incremental, resumable after a kill, one model per store, never blocking questions."""

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import index_state

from assistant.answer import Assistant
from assistant.errors import EmptyCorpusError, ModelMismatchError
from assistant.index import Index

pytestmark = pytest.mark.slow

ARTICLE = "date 2022-03 Talks in Geneva.\n\nThe diplomats met in Geneva. They agreed on nothing."
OTHER = "date 2022-04 Gas prices.\n\nGas prices rose in Europe. Buyers worried."


def _write(settings, name, text):
    (settings.corpus_dir / name).write_text(text, encoding="utf-8")


def _corpus(make_settings, **overrides):
    """Settings whose corpus folder holds the two small articles a.txt and b.txt."""
    settings = make_settings(**overrides)
    _write(settings, "a.txt", ARTICLE)
    _write(settings, "b.txt", OTHER)
    return settings


def test_ingest_twice_adds_nothing(make_settings):
    settings = _corpus(make_settings)
    index = Index(settings)
    first = index.sync()
    assert sorted(first.added) == ["a.txt", "b.txt"] and first.chunks == index.count() > 0
    second = Index(settings).sync()  # a new process would reopen the store like this
    assert second.added == [] and second.updated == [] and second.removed == []
    assert sorted(second.unchanged) == ["a.txt", "b.txt"]
    assert second.chunks == first.chunks and second.embedded == 0


def test_edited_article_replaces_its_chunks_and_removed_one_is_deleted(make_settings):
    settings = _corpus(make_settings)
    index = Index(settings)
    index.sync()
    _write(settings, "a.txt", ARTICLE.replace("nothing", "a ceasefire"))
    (settings.corpus_dir / "b.txt").unlink()
    report = index.sync()
    assert report.updated == ["a.txt"] and report.removed == ["b.txt"]
    files, chunks, vectors = index_state(index)
    texts = " ".join(c.text for c in index.catalog.chunks_of("a.txt"))
    assert "a ceasefire" in texts and "agreed on nothing" not in texts
    assert list(files) == ["a.txt"] and vectors == len(chunks)


def test_an_article_repeating_a_passage_gets_one_chunk_per_place(make_settings):
    settings = make_settings()
    passage = " ".join(f"Sentence {i} of the repeated passage about the talks." for i in range(12))
    _write(settings, "a.txt", f"date 2022-03 Talks.\n\n{passage} Between. {passage} End.")
    index = Index(settings)
    report = index.sync()
    chunks = index.catalog.chunks_of("a.txt")
    assert len({c.chunk_id for c in chunks}) == len(chunks) == report.chunks
    text = (settings.corpus_dir / "a.txt").read_text(encoding="utf-8")
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert chunks[-1].text.endswith("End.")


def test_identical_files_are_one_article_cited_once(make_settings):
    settings = make_settings()
    _write(settings, "a.txt", ARTICLE)
    _write(settings, "copy of a.txt", ARTICLE)
    assistant = Assistant(settings)
    report = assistant.ingest()
    assert sorted(report.added) == ["a.txt", "copy of a.txt"] and report.copies == ["copy of a.txt"]
    assert assistant.index.catalog.count_articles() == 1
    result = assistant.answer("Where did the diplomats meet?")
    assert [c.source for c in result.citations] == ["a.txt"]
    rows = {row.source: row for row in assistant.index.all_files()}
    assert rows["copy of a.txt"].also_as == ("a.txt",)
    (settings.corpus_dir / "a.txt").unlink()  # the copy remains: it becomes the one cited
    assistant.ingest()
    assert [c.source for c in assistant.answer("Where did the diplomats meet?").citations] == [
        "copy of a.txt"
    ]


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
    assert [row.source for row in assistant.index.all_files()] == [article.source]
    for chunk in assistant.index.catalog.chunks_of(article.source):
        assert article.text[chunk.start : chunk.end] == chunk.text


def test_real_articles_carry_outlet_and_publication_date(make_settings, tmp_path, news_files):
    settings = make_settings()
    names = news_files(settings.corpus_dir, 3)
    index = Index(settings)
    index.sync()
    rows = {row.source: row for row in index.all_files()}
    assert sorted(rows) == names
    assert all(
        row.outlet and row.published and row.published[:7] == row.date for row in rows.values()
    )


def _ingest_process(settings):
    env = dict(
        os.environ,
        ASSISTANT_CORPUS_DIR=str(settings.corpus_dir),
        ASSISTANT_DATA_DIR=str(settings.data_dir),
    )
    command = [sys.executable, "-m", "assistant.cli", "ingest"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_an_ingest_killed_midway_then_run_again_equals_a_clean_run(
    make_settings, tmp_path, news_files
):
    settings = make_settings()
    news_files(settings.corpus_dir, 100)
    process = _ingest_process(settings)
    catalog = settings.catalog_path
    # Kill it once some articles are committed and before it is done.
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        if catalog.exists() and 0 < Index(settings).catalog.count_files() < 100:
            break
        time.sleep(0.2)
    assert process.poll() is None, "the ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed = Index(settings)
    partial = killed.catalog.count_files()
    assert 0 < partial < 100
    resumed = killed.sync()
    assert resumed.reused > 0 or resumed.embedded > 0
    clean_settings = make_settings(data_dir=tmp_path / "clean")
    clean = Index(clean_settings)
    clean.sync()
    assert index_state(killed) == index_state(clean)


def test_questions_are_answered_while_an_ingest_runs(make_settings, news_files):
    settings = make_settings()
    news_files(settings.corpus_dir, 5)
    assistant = Assistant(settings)
    assistant.ingest()
    news_files(settings.corpus_dir, 60, start=5)
    catalog = assistant.index.catalog
    # The ingest stops after committing its first new article, until the question is answered:
    # a question that needed the ingest to finish (a shared lock) could never be answered.
    paused, resume = threading.Event(), threading.Event()
    commit = catalog.add_article

    def add_article_then_pause(new):
        dropped = commit(new)
        paused.set()
        resume.wait()
        return dropped

    catalog.add_article = add_article_then_pause
    worker = threading.Thread(target=assistant.ingest)
    worker.start()
    try:
        assert paused.wait(600), "the ingest never committed an article"
        indexed = set(catalog.file_hashes())
        answers: list = []
        asking = threading.Thread(
            target=lambda: answers.append(assistant.answer("What did the Kremlin say?"))
        )
        asking.start()
        asking.join(600)  # a hang guard, not a speed limit: the ingest stays paused meanwhile
        assert answers, "the question waited for the ingest"
        assert assistant.index.status.running
    finally:
        resume.set()
        worker.join()
    result = answers[0]
    assert result.text and 5 < len(indexed) < 65
    assert {c.source for c in result.citations} <= indexed  # only articles committed then


def test_a_file_that_became_a_link_leaves_the_index(make_settings, tmp_path):
    settings = _corpus(make_settings)
    index = Index(settings)
    index.sync()
    outside = tmp_path / "outside.txt"
    outside.write_text("date 2022-03 Secrets.\n\nroot:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (settings.corpus_dir / "a.txt").unlink()
    (settings.corpus_dir / "a.txt").symlink_to(outside)
    report = index.sync()
    assert report.removed == ["a.txt"] and "symbolic link" in " ".join(report.skipped)
    assert list(index.catalog.file_hashes()) == ["b.txt"]
