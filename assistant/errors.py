"""The assistant's errors: one base class, and subclasses whose messages say how to fix things.

Library code raises these; only the UI and the CLI turn them into messages for people.
"""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """Base of every error the assistant raises on purpose."""


class SettingsError(AssistantError):
    """A setting has a value the assistant cannot use."""

    def __init__(self, problems: str) -> None:
        super().__init__(f"Bad setting: {problems}. Fix the variable (or .env) and start again.")


class EmptyQuestionError(AssistantError, ValueError):
    """The question is empty or only whitespace."""

    def __init__(self) -> None:
        super().__init__("The question is empty: type a question about the articles.")


class CorpusNotFoundError(AssistantError):
    """The corpus folder does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Corpus folder not found: {path}. Create it with .txt or .md articles, "
            "or set ASSISTANT_CORPUS_DIR to the folder that holds them."
        )
        self.path = path


class EmptyCorpusError(AssistantError):
    """The corpus folder holds no readable article."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"No readable article in {path}: add .txt or .md files (UTF-8 text) and ingest again."
        )
        self.path = path


class ModelMismatchError(AssistantError):
    """The store was built with another embedding model than the one configured."""

    def __init__(self, store_model: str, configured_model: str, data_dir: Path) -> None:
        super().__init__(
            f"The index in {data_dir} was built with the embedding model '{store_model}', "
            f"but ASSISTANT_EMBEDDING_MODEL is '{configured_model}'. Re-index with "
            f"`assistant ingest --rebuild`, or set ASSISTANT_EMBEDDING_MODEL={store_model}."
        )
        self.store_model = store_model
        self.configured_model = configured_model


class EmbeddingModelError(AssistantError):
    """The embedding model cannot be loaded."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"Cannot load the embedding model '{name}': {reason}. Use 'all-MiniLM-L6-v2' or "
            "'use-multilingual' (both installed with the package), or a local model folder."
        )


class ArticleError(AssistantError):
    """An article file cannot be read as text; it is skipped with this message."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Skipped {path}: {reason}.")
        self.path = path
        self.reason = reason


class UploadError(AssistantError):
    """An uploaded article is refused (too large, wrong type, unreadable)."""


class LLMError(AssistantError):
    """The configured LLM cannot be used (bad setting, missing extra)."""


class VectorStoreError(AssistantError):
    """The Chroma server cannot be reached, or failed mid-way."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(
            f"The Chroma server at {url} cannot be reached ({reason}). Start it with "
            f"`chroma run --path DIR --port N`, or unset ASSISTANT_CHROMA_URL to use the store "
            "in the data folder. Nothing indexed is lost: run the ingest again once it is up."
        )
        self.url = url


class VectorIndexDamagedError(AssistantError):
    """Chroma cannot read its own files in the data folder (an ingest killed mid-write)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The vector index in {path} is damaged and cannot be read: an indexing run was "
            "probably stopped while writing it. Run `assistant ingest` (or 'Re-index the "
            "corpus folder' in the web UI): it rebuilds the vectors from the articles already "
            "indexed. The corpus folder is untouched."
        )
        self.path = path
        self.reason = reason  # Chroma's own words, for the log


class IngestRunningError(AssistantError):
    """An ingest is already running in this process."""

    def __init__(self) -> None:
        super().__init__(
            "An indexing run is already under way: wait for it to finish, then try again."
        )


class CorpusUnreadableError(AssistantError):
    """The corpus folder exists but cannot be listed."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Cannot read the corpus folder {path} ({reason}): give the assistant read access "
            "to it, or set ASSISTANT_CORPUS_DIR to a folder it can read."
        )
        self.path = path


class BadInputError(AssistantError, ValueError):
    """A question's search settings (k, months, sources) are not accepted; says what is."""


class StartupError(AssistantError):
    """The web UI cannot start (port taken, data folder unusable); names the setting to change."""


class PortInUseError(StartupError):
    """The web UI's port is taken or cannot be bound."""

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            f"Cannot listen on {host}:{port} ({reason}): stop the program using it, or set "
            "ASSISTANT_PORT to a free port (ASSISTANT_HOST to another address)."
        )


class DataDirError(StartupError):
    """The data folder cannot be created, read or written."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The data folder {path} cannot be used ({reason}): give the assistant read and "
            "write access to it, or set ASSISTANT_DATA_DIR to a folder it can write."
        )
        self.path = path


class CatalogVersionError(AssistantError):
    """The catalog was written by another version of the assistant."""

    def __init__(self, path: Path, built: str, wanted: str) -> None:
        super().__init__(
            f"The index catalog {path} has format {built}, this version reads format {wanted}: "
            "rebuild it with `assistant ingest --rebuild` (the articles are read again; nothing "
            "in the corpus folder changes)."
        )
        self.path = path
