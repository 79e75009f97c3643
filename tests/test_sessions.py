"""Per-session state on the web server: released when a client leaves, bounded in memory."""

from __future__ import annotations

import time

import pytest
from gradio_client import Client

from assistant.ui import MAX_SESSIONS, build_app, serve_options
from evals.sessions import measure, served

pytestmark = pytest.mark.slow


def test_a_clients_session_is_released_when_it_leaves(assistant, settings):
    app = build_app(settings).queue()
    _, url, _ = app.launch(
        prevent_thread_lock=True, **(serve_options(settings) | {"server_port": None})
    )
    try:
        assert app.state_session_capacity == MAX_SESSIONS
        for _ in range(10):
            client = Client(url, verbose=False)
            assert client.predict("What did Peskov say?", [], api_name="/answer")["citations"]
            client.close()
        assert len(app.state_holder.session_data) >= 1
        # Gradio notices a closed client at its next heartbeat (every 15 s): wait for it.
        deadline = time.monotonic() + 120
        while app.state_holder.session_data and time.monotonic() < deadline:
            time.sleep(1)
        assert len(app.state_holder.session_data) == 0
    finally:
        app.close()


def test_a_thousand_new_clients_leave_memory_bounded():
    """Before sessions were released, 1,000 clients added about 90 MB to the server."""
    with served() as (url, pid):
        figures = measure(url, pid, clients=1000, parallel=8)
    print(figures)
    assert figures["errors"] == 0
    assert figures["growth_mb"] < 50
