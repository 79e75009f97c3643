"""`python app.py` start-up problems: one line naming the setting to change, exit code 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent


def start(settings: Settings, port: int, **env: str) -> subprocess.CompletedProcess:
    variables = os.environ | {
        "ASSISTANT_PORT": str(port),
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_EMBEDDING_MODEL": settings.embedding_model,
        "ASSISTANT_LLM": "",
        **env,
    }
    return subprocess.run(
        [sys.executable, "app.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=variables,
        timeout=300,
    )


def one_error_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr
    return errors[0]


def test_a_taken_port_names_assistant_port(settings):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_error_line(start(settings, port))
    assert f"127.0.0.1:{port}" in line and "ASSISTANT_PORT" in line
    assert "GRADIO_SERVER_PORT" not in line


def test_a_data_folder_that_is_a_file_names_assistant_data_dir(settings, tmp_path):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file", encoding="utf-8")
    done = start(settings, 0, ASSISTANT_DATA_DIR=str(not_a_folder))
    line = one_error_line(done)
    assert str(not_a_folder) in line and "ASSISTANT_DATA_DIR" in line


def test_a_store_built_by_another_model_names_assistant_embedding_model(make_settings, article):
    other = make_settings(embedding_model="all-MiniLM-L6-v2")
    (other.corpus_dir / article.source).write_text(article.text, encoding="utf-8")
    Assistant(other).ingest()
    done = start(other, 0, ASSISTANT_EMBEDDING_MODEL="use-multilingual")
    line = one_error_line(done)
    assert "ASSISTANT_EMBEDDING_MODEL" in line and "all-MiniLM-L6-v2" in line


def test_cli_names_an_unusable_data_folder(settings, tmp_path):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "What did Peskov say?"],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ
        | {
            "ASSISTANT_DATA_DIR": str(not_a_folder),
            "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        },
    )
    line = one_error_line(done)
    assert "ASSISTANT_DATA_DIR" in line
