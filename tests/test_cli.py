"""The `assistant` command, run as a user runs it."""

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _run(args, settings):
    env = os.environ | {
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_EMBEDDING_MODEL": settings.embedding_model,
    }
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_ask_prints_answer_and_citations(assistant, settings):
    done = _run(["ask", "What did Peskov say?"], settings)
    assert done.returncode == 0, done.stderr
    assert "Sources:" in done.stdout and "[1]" in done.stdout
    assert "Nous appelons constamment" in done.stdout


def test_ask_empty_question_is_a_message_not_a_traceback(settings):
    done = _run(["ask", "  "], settings)
    assert done.returncode == 2
    assert "question is empty" in done.stderr and "Traceback" not in done.stderr


def test_ingest_reports_counts(assistant, settings):
    done = _run(["ingest"], settings)
    assert done.returncode == 0, done.stderr
    assert "0 added" in done.stdout and "1 unchanged" in done.stdout


def test_ingest_missing_folder_names_it(settings, tmp_path):
    done = _run(["ingest", str(tmp_path / "missing")], settings)
    assert done.returncode == 2 and "missing" in done.stderr and "Traceback" not in done.stderr


def test_bad_setting_is_named(settings):
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "hi"],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"ASSISTANT_K": "0", "ASSISTANT_DATA_DIR": str(settings.data_dir)},
    )
    assert done.returncode == 2 and "ASSISTANT_K='0'" in done.stderr
    assert "Traceback" not in done.stderr
