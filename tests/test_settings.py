"""Settings come from ASSISTANT_* variables and a .env file, with defaults that need nothing."""

from pathlib import Path

import pytest

from assistant.errors import SettingsError
from assistant.settings import Settings, load_settings


def test_defaults_run_with_no_configuration(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env here
    settings = Settings()
    assert settings.corpus_dir == Path("corpus") and settings.data_dir == Path(".data")
    assert settings.embedding_model == "use-multilingual" and settings.llm == ""
    assert settings.host == "127.0.0.1" and settings.k == 5


def test_environment_and_dotenv(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("ASSISTANT_K=7\nASSISTANT_LLM=ollama:llama3.2\n")
    monkeypatch.setenv("ASSISTANT_K", "9")  # the environment wins over .env
    settings = Settings()
    assert settings.k == 9 and settings.llm == "ollama:llama3.2"
    assert settings.chroma_dir == Path(".data") / "chroma"


def test_bad_value_names_the_variable(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_K", "zero")
    with pytest.raises(SettingsError, match="ASSISTANT_K='zero'"):
        load_settings()
