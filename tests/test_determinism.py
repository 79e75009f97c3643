"""The same question on the same store gives the same answer, byte for byte, in every process:
`assistant ask` run in processes with different hash seeds (set and dict order of strings)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer import get_assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
NEWS = Path("/work/shared/corpus-news")
# An abstention that lists the speakers quoted, a quote question, a figure and a follow-up-free
# French question: the answer kinds whose wording is assembled from lists.
QUESTIONS = [
    "What did Zelensky say?",
    "What did Peskov say?",
    "Qu'a dit le Kremlin sur les sanctions ?",
    "How many American soldiers were sent to Eastern Europe?",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The shipped article and, when present, a few real news articles (many speakers)."""
    corpus = tmp_path_factory.mktemp("det_corpus")
    for path in (REPO / "corpus").glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    if NEWS.is_dir():
        for path in sorted(NEWS.glob("*.txt"))[100:1300:150]:
            shutil.copy(path, corpus / path.name)
    settings = Settings(
        corpus_dir=corpus, data_dir=tmp_path_factory.mktemp("det_data"), _env_file=None
    )
    get_assistant(settings).ingest()
    return settings


def ask(question: str, settings: Settings, seed: str) -> bytes:
    env = os.environ | {
        "PYTHONHASHSEED": seed,
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_EMBEDDING_MODEL": settings.embedding_model,
        "ASSISTANT_LLM": "",
    }
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "--json", question],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


@pytest.mark.parametrize("question", QUESTIONS)
def test_same_answer_in_processes_with_different_hash_seeds(store: Settings, question: str):
    first, second = ask(question, store, "1"), ask(question, store, "2024")
    assert b'"text"' in first
    assert first == second
