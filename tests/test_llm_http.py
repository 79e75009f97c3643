"""The `openai:` setting over real HTTP: langchain-openai against a local OpenAI-compatible server."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant import llm_client
from assistant.answer import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow

Reply = Callable[[list[dict[str, Any]]], str]


class FakeOpenAIServer:
    """POST /v1/chat/completions answering with scripted replies, streamed (SSE) or not."""

    def __init__(self, replies: list[Reply], hang: float = 0.0) -> None:
        self.replies = list(replies)
        self.hang = hang
        self.requests: list[dict[str, Any]] = []
        self.replied = 0  # requests whose handler got past its hang
        self.headers: list[dict[str, str]] = []
        self.released = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAIServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                if server.hang:
                    server.released.wait(server.hang)
                server.replied += 1
                if self.path != "/v1/chat/completions" or not server.replies:
                    self.send_error(404)
                    return
                text = server.replies.pop(0)(body["messages"])
                if body.get("stream"):
                    self._stream(body["model"], text)
                else:
                    self._json(body["model"], text)

            def _json(self, model: str, text: str) -> None:
                payload = json.dumps(
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _stream(self, model: str, text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                pieces = re.split(r"(\s)", text)
                for piece, finish in [*((p, None) for p in pieces), ("", "stop")]:
                    chunk = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion.chunk",
                        "created": int(time.time()),
                        "model": model,
                        "choices": [
                            {"index": 0, "delta": {"content": piece}, "finish_reason": finish}
                        ],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        return Handler


def excerpt_number(messages: list[dict[str, Any]], fragment: str) -> int:
    """The number the prompt gives the excerpt containing `fragment`."""
    human = next(m["content"] for m in messages if m["role"] == "user")
    for match in re.finditer(r'<excerpt n="(\d+)"[^>]*>(.*?)</excerpt>', human):
        if fragment in match.group(2):
            return int(match.group(1))
    raise AssertionError(f"no excerpt holds {fragment!r}")


@pytest.fixture
def openai_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Point the OpenAI SDK at a base URL; models are rebuilt for each test."""
    llm_client.set_chat_model_factory(None)
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    yield lambda url: monkeypatch.setenv("OPENAI_BASE_URL", url)
    llm_client.set_chat_model_factory(None)


def llm_assistant(settings: Settings, timeout: float = 10) -> Assistant:
    update = {"llm": "openai:test-model", "llm_timeout": timeout}
    return Assistant(settings.model_copy(update=update))


def test_openai_compatible_server_answers_with_checked_citations(
    assistant: Assistant, settings: Settings, openai_env: Callable[[str], None]
):
    def answer(messages: list[dict[str, Any]]) -> str:
        n = excerpt_number(messages, "Malheureusement")
        return f"Peskov deplored that the Americans continue down this path [{n}][77]."

    replies = [lambda m: "Qu'a déploré le porte-parole du Kremlin ?", answer]
    with FakeOpenAIServer(replies) as server:
        openai_env(server.base_url)
        items = list(
            llm_assistant(settings).answer_stream("What did the Kremlin spokesman deplore?")
        )
    result = items[-1]
    assert all(isinstance(t, str) for t in items[:-1]) and len(items) > 3
    assert result.answerer == "openai:test-model" and result.notice is None
    assert result.text == "Peskov deplored that the Americans continue down this path [1]."
    [citation] = result.citations
    text = (settings.corpus_dir / citation.source).read_text(encoding="utf-8")
    assert text[citation.start : citation.end] == citation.excerpt
    assert "Malheureusement" in citation.excerpt
    translate, generate = server.requests
    assert not translate.get("stream") and generate["stream"] is True
    assert generate["model"] == "test-model" and generate["temperature"] == 0
    assert [m["role"] for m in generate["messages"]] == ["system", "user"]
    assert server.headers[1]["authorization"] == "Bearer test"


def test_a_server_that_hangs_past_the_timeout_falls_back(
    assistant: Assistant, settings: Settings, openai_env: Callable[[str], None]
):
    with FakeOpenAIServer([lambda m: "too late"] * 3, hang=3600) as server:
        openai_env(server.base_url)
        result = llm_assistant(settings, timeout=1).answer(
            "Qu'a déploré le porte-parole du Kremlin ?"
        )
        # The fallback came while the server still held every request (it holds them until the
        # test ends): the answerer gave up on its own timeout, it did not wait for a reply.
        asked, replied = len(server.requests), server.replied
    assert asked >= 1 and replied == 0
    assert result.answerer == "extractive"
    assert result.notice == (
        "The LLM (openai:test-model) could not be reached (timeout after 1 s); "
        "this is the LLM-free answer."
    )
    assert any("Malheureusement" in c.excerpt for c in result.citations)


def test_an_unreachable_server_falls_back(
    assistant: Assistant, settings: Settings, openai_env: Callable[[str], None]
):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    openai_env(f"http://127.0.0.1:{port}/v1")
    result = llm_assistant(settings).answer("What did Peskov say?")
    assert result.answerer == "extractive" and result.citations
    assert result.notice == (
        "The LLM (openai:test-model) could not be reached (connection failed); "
        "this is the LLM-free answer."
    )
