"""Settings from environment variables prefixed `ASSISTANT_` (and a `.env` file).

Every setting has a default that runs with no configuration. The settings object is built once
at the edge (web app, CLI, evals) and passed down; library code never reads the environment.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import DataDirError, SettingsError

DEFAULT_EMBEDDING_MODEL = "use-multilingual"


class Settings(BaseSettings):
    """All knobs of the assistant; see the README for each variable."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", frozen=True
    )

    corpus_dir: Path = Field(Path("corpus"), description="Folder of .txt/.md articles.")
    data_dir: Path = Field(Path(".data"), description="Folder of the Chroma store.")
    embedding_model: str = Field(
        DEFAULT_EMBEDDING_MODEL,
        description="'all-MiniLM-L6-v2' (packaged), 'use-multilingual' (packaged), "
        "'multilingual-e5-small' (the e5 extra), or any sentence-transformers model name or path.",
    )
    k: int = Field(5, ge=1, le=50, description="Passages retrieved per question.")
    max_question_chars: int = Field(1000, ge=10, description="Longer questions are cut.")
    llm: str = Field("", description="'' (no LLM), 'openai:<model>' or 'ollama:<model>'.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds before an LLM call gives up.")
    ollama_base_url: str = Field("http://127.0.0.1:11434")
    host: str = Field("127.0.0.1", description="Address the web UI binds to.")
    port: int = Field(7860, ge=0, le=65535)
    auth: str = Field("", description="'user:password' to require a login in the web UI.")
    concurrency: int = Field(4, ge=1, description="Questions the web UI answers at once.")
    max_upload_bytes: int = Field(2_000_000, ge=1, description="Largest article upload.")
    ingest_workers: int = Field(
        2, ge=0, le=64, description="Processes embedding chunks during a large ingest (0: none)."
    )
    chroma_url: str = Field(
        "", description="Empty: Chroma embedded in the data folder; http://HOST:PORT: a server."
    )
    manifest: Path | None = Field(
        None,
        description="A TSV/CSV of file, date, outlet, title, url; default: manifest.tsv or "
        "manifest.csv in the corpus folder, else <corpus folder>.tsv beside it.",
    )

    @property
    def chroma_dir(self) -> Path:
        """Where the persistent Chroma database lives."""
        return self.data_dir / "chroma"

    @property
    def catalog_path(self) -> Path:
        """Where the catalog (articles, sentences, full-text index) lives."""
        return self.data_dir / "catalog.sqlite"


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and `.env`; a bad value raises `SettingsError` naming the
    variable."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        problems = "; ".join(
            f"ASSISTANT_{'_'.join(map(str, e['loc'])).upper()}={e.get('input')!r}: {e['msg']}"
            for e in error.errors()
        )
        raise SettingsError(problems) from error


def check_data_dir(settings: Settings) -> None:
    """Create the data folder if needed and check that the store in it can be read and written;
    `DataDirError` naming ASSISTANT_DATA_DIR otherwise (checked by writing, not by permission
    bits, which say nothing for root)."""
    for folder in (settings.data_dir, settings.chroma_dir):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except FileExistsError as error:
            raise DataDirError(folder, "it is a file, not a folder") from error
        except OSError as error:
            raise DataDirError(folder, error.strerror or str(error)) from error
    for store_file in settings.chroma_dir.glob("*.sqlite3"):
        try:
            with open(store_file, "r+b"):
                pass
        except OSError as error:
            raise DataDirError(store_file, error.strerror or str(error)) from error
    if not os.access(settings.chroma_dir, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(settings.chroma_dir, "no read and write access")
