"""The Gradio app served for real on a free port, called through `gradio_client`."""

import pytest
from gradio_client import Client

from assistant.ui import build_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(assistant, settings):
    app = build_app(settings)
    app.queue()
    _, url, _ = app.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=None)
    client = Client(url, verbose=False)
    yield client
    client.close()
    app.close()


def test_api_answer_returns_citations(served):
    result = served.predict("What did Peskov say?", [], api_name="/answer")
    assert not result["abstained"]
    assert any("Nous appelons" in c["excerpt"] for c in result["citations"])


def test_chat_answers_with_sources_panel(served):
    text, sources = served.predict("Qu'a dit Peskov ?", api_name="/chat")
    assert "[1]" in text and "Peskov" in text
    assert "source-1" in sources and "2022-02" in sources
