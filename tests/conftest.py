"""Shared fixtures: a temporary copy of the real corpus and a real index built once per session."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from assistant.answer import Assistant, get_assistant  # noqa: E402
from assistant.attribution import attribute  # noqa: E402
from assistant.chunking import sentence_spans  # noqa: E402
from assistant.corpus import load_corpus  # noqa: E402
from assistant.extractive import ExtractiveAnswerer  # noqa: E402
from assistant.lexical import tokens  # noqa: E402
from assistant.query import LARGE_CORPUS_SENTENCES, Query, parse_query  # noqa: E402
from assistant.sentences import Sentence  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.types import Article, Chunk  # noqa: E402
from evals.sessions import free_port  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped corpus copied to a temporary folder (tests never write into the repo)."""
    target = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def settings(corpus_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings for the session's store: the real corpus, a temporary data folder."""
    return Settings(
        corpus_dir=corpus_copy, data_dir=tmp_path_factory.mktemp("data"), _env_file=None
    )


@pytest.fixture(scope="session")
def assistant(settings: Settings) -> Assistant:
    """The assistant over the real corpus, its index built once with the real model."""
    built = get_assistant(settings)
    built.ensure_index()
    return built


@pytest.fixture(scope="session")
def article() -> Article:
    """The shipped seed article."""
    return load_corpus(CORPUS).articles[0]


@pytest.fixture
def make_settings(tmp_path: Path):
    """Settings for a test's own small corpus and store, in its temporary folder."""

    def make(**overrides) -> Settings:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        values = {"corpus_dir": corpus, "data_dir": tmp_path / "data", **overrides}
        return Settings(_env_file=None, **values)

    return make


@pytest.fixture
def indexed(make_settings):
    """`indexed(articles)`: an assistant over a test's own articles (file name → text), ingested."""

    def build(articles: dict[str, str]) -> Assistant:
        settings = make_settings()
        for name, text in articles.items():
            (settings.corpus_dir / name).write_text(text, encoding="utf-8")
        assistant = Assistant(settings)
        assistant.ingest()
        return assistant

    return build


NEWS = Path(os.environ.get("ASSISTANT_TEST_NEWS", REPO.parent / "shared" / "corpus-news"))
NEWS_MANIFEST = NEWS.parent / f"{NEWS.name}.tsv"


def copy_news(target: Path, count: int, start: int = 0) -> list[str]:
    """Copy `count` real news articles (from the `start`-th, by name) and their manifest rows
    into `target`; returns their names. Tests read the shared corpus, never the repository."""
    if not NEWS.is_dir():
        pytest.skip(f"the real news corpus is not at {NEWS} (set ASSISTANT_TEST_NEWS)")
    target.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in NEWS.iterdir() if p.suffix == ".txt")[start : start + count]
    for name in names:
        shutil.copy(NEWS / name, target / name)
    if NEWS_MANIFEST.is_file():
        lines = NEWS_MANIFEST.read_text(encoding="utf-8").splitlines()
        chosen = set(names)
        rows = [lines[0]] + [line for line in lines[1:] if line.split("\t", 1)[0] in chosen]
        (target / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return names


class ChromaServer:
    """A real `chroma run` server (from the chromadb wheel) on 127.0.0.1, started and stopped
    by tests."""

    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.url = f"http://127.0.0.1:{port}"
        self.process = None

    def start(self) -> None:
        import subprocess
        import sys
        import time
        import urllib.request

        chroma = Path(sys.executable).with_name("chroma")
        command = [str(chroma), "run", "--path", str(self.path), "--port", str(self.port)]
        command += ["--host", "127.0.0.1"]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("chroma run did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


@pytest.fixture
def chroma_server(tmp_path: Path):
    """A Chroma server for one test, stopped at its end."""
    server = ChromaServer(tmp_path / "chroma-server", free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def news_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A store of the first 30 real news articles (Nov–Dec 2021, with their manifest: Peskov
    quoted in ten of them, wire copies, troop figures), built once per session."""
    root = tmp_path_factory.mktemp("news")
    settings = Settings(corpus_dir=root / "corpus", data_dir=root / "data", _env_file=None)
    copy_news(settings.corpus_dir, 30)
    get_assistant(settings).ingest()
    return settings


@pytest.fixture(scope="session")
def news(news_settings: Settings) -> Assistant:
    """The assistant over the 30 real news articles."""
    return get_assistant(news_settings)


@pytest.fixture(scope="session")
def sentences_of_text():
    """`sentences_of_text(text, source="a.txt", published=None, attributed=False)`: a text's
    sentences as the answerer reads an article's (with their speakers when `attributed`), for
    worked examples."""

    def split(
        text: str, source: str = "a.txt", published: str | None = None, attributed: bool = False
    ) -> list[Sentence]:
        chunk = Chunk("c", "a", source, "", None, 0, 0, len(text), text, published=published)
        spans = sentence_spans(text)
        said = attribute(text, spans) if attributed else [None] * len(spans)
        return [
            Sentence(chunk, s, e, text[s:e], who) for (s, e), who in zip(spans, said, strict=True)
        ]

    return split


@pytest.fixture(scope="session")
def plain_query():
    """`plain_query(question, vocabulary=frozenset())`: the parsed question with each of its
    words a slot of its own (no bridges), for worked examples."""

    def parse(question: str, vocabulary: frozenset[str] = frozenset()) -> Query:
        query = parse_query(question, None, vocabulary)
        return replace(query, slots=tuple(((t, 1.0),) for t in tokens(query.search)))

    return parse


@pytest.fixture(scope="session")
def news_articles():
    """`news_articles(*names)`: the real news articles of those file names (name → text)."""

    def read(*names: str) -> dict[str, str]:
        if not NEWS.is_dir():
            pytest.skip(f"the real news corpus is not at {NEWS} (set ASSISTANT_TEST_NEWS)")
        return {name: (NEWS / name).read_text(encoding="utf-8") for name in names}

    return read


@pytest.fixture(scope="session")
def news_texts():
    """`news_texts(needles, per_needle)`: the texts of the first real news articles (by name)
    holding each needle, read from the shared corpus."""

    def read(needles: tuple[str, ...], per_needle: int) -> list[str]:
        if not NEWS.is_dir():
            pytest.skip(f"the real news corpus is not at {NEWS} (set ASSISTANT_TEST_NEWS)")
        found: dict[str, str] = {}
        counts = dict.fromkeys(needles, 0)
        for path in sorted(NEWS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for needle in needles:
                if counts[needle] < per_needle and needle in text:
                    counts[needle] += 1
                    found[path.name] = text
            if all(n >= per_needle for n in counts.values()):
                break
        return list(found.values())

    return read


@pytest.fixture(scope="session")
def news_sample(tmp_path_factory: pytest.TempPathFactory):
    """`news_sample(count, start)`: the assistant over `count` real news articles from the
    `start`-th (by name, with their manifest rows), built once per session for each slice."""
    built: dict[tuple[int, int], Assistant] = {}

    def make(count: int, start: int) -> Assistant:
        if (count, start) not in built:
            root = tmp_path_factory.mktemp(f"news-{start}-{count}")
            settings = Settings(corpus_dir=root / "corpus", data_dir=root / "data", _env_file=None)
            copy_news(settings.corpus_dir, count, start)
            built[(count, start)] = Assistant(settings)
        return built[(count, start)]

    return make


def index_state(index) -> tuple[dict, list, int]:
    """What a user's questions can see of an index: files and their texts, chunks, vectors."""
    catalog = index.catalog
    files = catalog.file_hashes()
    chunks = sorted(c.chunk_id for source in files for c in catalog.chunks_of(source))
    return files, chunks, index.store.count()


@pytest.fixture
def news_files():
    """`news_files(target, count, start=0)`: copy real news articles (and their manifest rows)
    into a test's folder; see `copy_news`."""
    return copy_news


class NamedVocabulary:
    """A corpus vocabulary that knows how the corpus writes each token, as `derived` does."""

    def __init__(self, written: dict[str, str], names: set[str]) -> None:
        self.written, self.names = written, names

    def __contains__(self, token: object) -> bool:
        return token in self.written

    def __iter__(self):
        return iter(self.written)

    def is_name(self, token: str) -> bool:
        return token in self.names

    def surface(self, token: str) -> str | None:
        return self.written.get(token)


@pytest.fixture
def named_vocabulary():
    """`named_vocabulary(written, names)`: a corpus vocabulary of the tokens `written` (each with
    the word the corpus writes for it), `names` among them being names."""
    return NamedVocabulary


@pytest.fixture(scope="session")
def as_large():
    """`as_large(assistant)`: the answerer over an assistant's few articles, counted as many
    sentences as a large corpus holds (where a name or a topic no passage gives is said not
    found)."""

    def build(assistant: Assistant) -> ExtractiveAnswerer:
        class Large:
            sentences = LARGE_CORPUS_SENTENCES

            def __getattr__(self, name):
                return getattr(assistant.derived, name)

        return ExtractiveAnswerer(assistant.extractive.embedder, Large())

    return build


@pytest.fixture
def large_answer(as_large):
    """`large_answer(assistant, question)`: the answer from the 15 passages retrieval finds,
    by the answerer over the assistant's articles counted as a large corpus (`as_large`)."""

    def answer(assistant: Assistant, question: str):
        query = assistant.prepare(question)
        pool = assistant.retrieve(query, 15)
        return as_large(assistant).answer(query, pool, pool.closest)

    return answer


@pytest.fixture
def refused(large_answer):
    """`refused(assistant, asked)`: each (question, words of the refusal) of `asked` is refused
    by the large-corpus answer (`large_answer`), citing nothing."""

    def check(assistant: Assistant, asked) -> None:
        for question, said in asked:
            result = large_answer(assistant, question)
            assert result.abstained and said in result.text and not result.citations, result.text

    return check
