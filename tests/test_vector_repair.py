"""Vectors Chroma cannot read back (an ingest killed while Chroma wrote its graph) are rebuilt
from the catalog by the next ingest, with the real Chroma, the real model and real articles;
meanwhile a question says what to do instead of failing with Chroma's words."""

import shutil

import pytest
from conftest import copy_news, index_state

from assistant.answer import Assistant
from assistant.errors import VectorIndexDamagedError
from assistant.index import Index
from assistant.settings import Settings
from assistant.vector_repair import MARK

pytestmark = pytest.mark.slow

QUESTION = "What did the Kremlin say about the sanctions?"


def _graph_file(settings, name):
    """A file of the vector graph Chroma writes in the data folder."""
    return next(settings.chroma_dir.glob(f"*/{name}"))


def _cut_short(path):
    """What a kill in the middle of writing a file leaves: its first half."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """An index of 12 real articles, and 3 more in the corpus folder, not yet ingested."""
    root = tmp_path_factory.mktemp("clean")
    copy_news(root / "corpus", 12)
    settings = Settings(_env_file=None, corpus_dir=root / "corpus", data_dir=root / "data")
    Index(settings).sync()
    copy_news(root / "corpus", 3, start=12)
    return settings


@pytest.fixture(scope="module")
def reference(clean, tmp_path_factory):
    """A clean index of all 15 articles, built in one run."""
    data_dir = tmp_path_factory.mktemp("reference") / "data"
    index = Index(Settings(_env_file=None, corpus_dir=clean.corpus_dir, data_dir=data_dir))
    index.sync()
    return index


def _copy(settings, tmp_path, make_settings):
    """Another data folder holding the same index, and the same corpus folder."""
    shutil.copytree(settings.data_dir, tmp_path / "copy")
    return make_settings(corpus_dir=settings.corpus_dir, data_dir=tmp_path / "copy")


@pytest.mark.parametrize(
    "damaged",
    [
        "index_metadata.pickle",  # unreadable when the store is first read
        "link_lists.bin",  # read, but no vector can be added to it any more
    ],
)
def test_an_ingest_rebuilds_vectors_chroma_cannot_read_back(
    clean, reference, tmp_path, make_settings, damaged
):
    settings = _copy(clean, tmp_path, make_settings)
    _cut_short(_graph_file(settings, damaged))
    index = Index(settings)
    indexed = index.count()

    report = index.sync()

    assert len(report.added) == 3
    assert index_state(index) == index_state(reference)
    # A graph file cut short is caught when Chroma fails to read or to extend it: every vector
    # is computed again and the nearest chunks are a clean build's. Chroma sometimes writes
    # past a cut `link_lists.bin` after its own retries (seen once in CI): nothing is caught
    # then, damage Chroma never reports (see the README).
    if damaged == "index_metadata.pickle" or report.rebuilt:
        assert report.rebuilt == indexed
        assert any("computed again" in w for w in report.warnings)
        vector = index.embedder.embed_query(QUESTION)
        found, expected = index.store.query(vector, 10), reference.store.query(vector, 10)
        assert [i for i, _ in found] == [i for i, _ in expected]
        assert [s for _, s in found] == pytest.approx([s for _, s in expected], abs=1e-5)
    # A second run finds nothing to mend.
    assert Index(settings).sync().rebuilt == 0


def test_a_question_on_a_damaged_store_says_how_to_mend_it(clean, tmp_path, make_settings):
    settings = _copy(clean, tmp_path, make_settings)
    _cut_short(_graph_file(settings, "index_metadata.pickle"))
    with pytest.raises(VectorIndexDamagedError) as raised:
        Assistant(settings).answer(QUESTION)
    message = str(raised.value)
    assert "assistant ingest" in message and "Re-index" in message
    assert "hnsw" not in message.lower() and "segment" not in message.lower()


def test_a_rebuild_killed_midway_is_finished_by_the_next_ingest(clean, tmp_path, make_settings):
    settings = _copy(clean, tmp_path, make_settings)
    index = Index(settings)
    # What a killed rebuild leaves: the mark set, some vectors written, the others not yet.
    chunks = sorted(
        c.chunk_id for s in index.catalog.file_hashes() for c in index.catalog.chunks_of(s)
    )
    index.catalog.set_meta(MARK, "rebuilding")
    index.store.delete(chunks[::3])

    report = Index(settings).sync()

    assert report.rebuilt == len(chunks[::3])
    assert index.store.existing(chunks) == set(chunks)
    assert Index(settings).sync().rebuilt == 0
