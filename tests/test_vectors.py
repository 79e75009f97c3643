"""The vector store on a real Chroma server (`chroma run`): ingest and answers against it, a
second catalog reusing its vectors, and a server that goes away and comes back."""

import subprocess
import sys

import pytest

from assistant.answer import Assistant
from assistant.errors import VectorStoreError
from assistant.vectors import COLLECTION, HNSW, VectorStore

pytestmark = pytest.mark.slow


def test_ingest_and_answer_through_a_chroma_server(
    make_settings, chroma_server, tmp_path, news_files
):
    settings = make_settings(chroma_url=chroma_server.url)
    news_files(settings.corpus_dir, 12)
    assistant = Assistant(settings)
    report = assistant.ingest()
    assert report.embedded == report.chunks > 0
    assert assistant.index.store.count() == report.chunks
    assert not (settings.data_dir / "chroma").exists()  # the vectors live on the server
    result = assistant.answer("What do satellite photos show near Ukraine?")
    assert result.citations and not result.abstained
    # A teammate's machine: its own catalog, the same server; no chunk is embedded again.
    teammate = Assistant(make_settings(chroma_url=chroma_server.url, data_dir=tmp_path / "mate"))
    again = teammate.ingest()
    assert again.embedded == 0 and again.reused == report.chunks
    assert [c.excerpt for c in teammate.answer(result.citations[0].excerpt).citations][:1] == [
        result.citations[0].excerpt
    ]


def test_a_server_that_goes_away_gives_a_clear_message_then_answers_again(
    make_settings, chroma_server, news_files
):
    settings = make_settings(chroma_url=chroma_server.url)
    news_files(settings.corpus_dir, 3)
    assistant = Assistant(settings)
    assistant.ingest()
    question = "What do satellite photos show near Ukraine?"
    before = assistant.answer(question).text
    chroma_server.stop()
    with pytest.raises(VectorStoreError) as error:
        assistant.answer(question)
    assert chroma_server.url in str(error.value) and "chroma run" in str(error.value)
    chroma_server.start()
    assert assistant.answer(question).text == before


def test_the_web_api_says_the_server_is_down_then_answers_again(
    make_settings, chroma_server, news_files
):
    from gradio_client import Client

    from assistant.ui import build_app

    settings = make_settings(chroma_url=chroma_server.url)
    news_files(settings.corpus_dir, 3)
    Assistant(settings).ingest()
    app = build_app(settings).queue()
    _, url, _ = app.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=None)
    client = Client(url, verbose=False)
    question = "What do satellite photos show near Ukraine?"
    try:
        assert client.predict(question, [], api_name="/answer")["citations"]
        chroma_server.stop()
        with pytest.raises(Exception, match="chroma run") as down:
            client.predict(question, [], api_name="/answer")
        assert chroma_server.url in str(down.value)
        chroma_server.start()
        assert client.predict(question, [], api_name="/answer")["citations"]
    finally:
        client.close()
        app.close()


def test_the_vector_index_searches_wide_enough_embedded_and_on_a_server(
    make_settings, chroma_server, tmp_path
):
    """Chroma's default graph missed the nearest chunk for 7% of real questions: a new
    collection is built with more neighbours, and one built before gets the wider search; both
    write the graph at every write, so that no process rebuilds part of it in its own order."""
    for settings in (make_settings(), make_settings(chroma_url=chroma_server.url)):
        hnsw = VectorStore(settings).collection.configuration_json["hnsw"]
        assert {k: hnsw[k] for k in HNSW} == HNSW
    old = make_settings(data_dir=tmp_path / "old")
    old.chroma_dir.mkdir(parents=True)
    made_before = (  # by another process, with Chroma's defaults
        "import chromadb, sys; chromadb.PersistentClient(path=sys.argv[1]).create_collection("
        f"{COLLECTION!r}, configuration={{'hnsw': {{'space': 'cosine'}}}})"
    )
    subprocess.run([sys.executable, "-c", made_before, str(old.chroma_dir)], check=True)
    hnsw = VectorStore(old).collection.configuration_json["hnsw"]
    assert hnsw["ef_search"] == HNSW["ef_search"] and hnsw["max_neighbors"] == 16
    assert hnsw["sync_threshold"] == HNSW["sync_threshold"]
