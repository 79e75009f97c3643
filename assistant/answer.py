"""Answers a question from the indexed articles: the one path the UI, the CLI and evals call.

`answer()` prepares the question (`query`), builds the index on first use when the store is
empty, retrieves passages (`retrieve`) and hands them to the answerer: the LLM-free
`extractive` one by default, or an LLM (`llm`) when `ASSISTANT_LLM` is set, which falls back to
the extractive answer when the model fails. One `Assistant` per settings holds the loaded
parts, so models load once. The UI and CLI only turn its errors into messages.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from langchain_core.embeddings import Embeddings

from assistant.bridges import Bridges
from assistant.extractive import ExtractiveAnswerer, Sentence, article_sentences, idf_from_documents
from assistant.index import Index, IngestReport
from assistant.lexical import tokens
from assistant.query import Query, parse_query, with_absent_head
from assistant.retrieve import NO_FILTER, Filter, Retriever
from assistant.settings import Settings
from assistant.types import Answer, Passage


class Assistant:
    """The index, retriever and answerers of one configuration, loaded lazily, once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = Index(settings)
        self.retriever = Retriever(self.index)
        self.vectors = _SentenceVectors(self.index)
        self._lock = threading.RLock()
        self._derived_for: object = None
        self._bridges: Bridges | None = None
        self._sentences: dict[str, list[Sentence]] = {}
        self._vocabulary: frozenset[str] = frozenset()
        self._idf = idf_from_documents([])
        self.extractive = ExtractiveAnswerer(
            self.vectors,
            lambda t: self._idf(t),
            self.sentences_of,
        )

    def ingest(self, progress: bool = False, rebuild: bool = False) -> IngestReport:
        """Bring the index in step with the corpus folder (from scratch with `rebuild`)."""
        with self._lock:
            if rebuild:
                self.index.reset()
            return self.index.sync(self.settings.corpus_dir, progress=progress)

    def ensure_index(self, progress: bool = False) -> None:
        """Build the index from the corpus when the store is empty."""
        with self._lock:
            if not self.index.chunks():  # cached after the first call: no store I/O per question
                self.index.sync(self.settings.corpus_dir, progress=progress)

    def warm_up(self) -> None:
        """Load the model and derive sentences, speakers and word vectors now, so that the
        first question is as fast as the next ones (the web UI calls this at start)."""
        self.ensure_index(progress=True)
        self._refresh_derived()
        if self._bridges:
            self._bridges.load()

    def _refresh_derived(self) -> None:
        chunks = self.index.chunks()
        with self._lock:
            if self._derived_for is chunks:
                return
            by_source: dict[str, list] = {}
            for chunk in chunks:
                by_source.setdefault(chunk.source, []).append(chunk)
            self._sentences = {src: article_sentences(cs) for src, cs in by_source.items()}
            docs = [tokens(s.text) for ss in self._sentences.values() for s in ss]
            self._idf = idf_from_documents(docs)
            self._vocabulary = frozenset(t for doc in docs for t in doc) | frozenset(
                t for c in chunks for t in tokens(c.title)
            )
            self._bridges = Bridges(self.vectors, [c.text for c in chunks])
            self._derived_for = chunks

    def sentences_of(self, source: str) -> list[Sentence]:
        """The attributed sentences of one indexed article."""
        return self._sentences.get(source, [])

    def prepare(self, question: str, history: list | None = None) -> Query:
        """The parsed question, checked against the corpus vocabulary."""
        self.ensure_index()
        self._refresh_derived()
        query = parse_query(question, history, self._vocabulary, self.settings.max_question_chars)
        slots = self._bridges.slots(query.search, self._vocabulary) if self._bridges else ()
        return with_absent_head(replace(query, slots=slots), self._vocabulary)

    def retrieve(
        self, query: Query, k: int | None = None, flt: Filter = NO_FILTER
    ) -> list[Passage]:
        """The passages retrieval finds for a prepared question."""
        return self.retriever.search(
            query.search, k or self.settings.k, flt, lexical_terms=query.lexical_terms()
        )

    def answer(
        self,
        question: str,
        history: list | None = None,
        k: int | None = None,
        flt: Filter = NO_FILTER,
    ) -> Answer:
        """The cited answer to `question`; see `assistant.answer`."""
        final = None
        for item in self.answer_stream(question, history, k, flt):
            final = item
        assert isinstance(final, Answer)
        return final

    def answer_stream(
        self,
        question: str,
        history: list | None = None,
        k: int | None = None,
        flt: Filter = NO_FILTER,
        use_llm: bool = True,
    ) -> Iterator[str | Answer]:
        """Yield the answer text as it grows (with an LLM), then the final `Answer`.

        `use_llm=False` answers LLM-free even when an LLM is configured.
        """
        query = self.prepare(question, history)
        if self.settings.llm and use_llm:
            from assistant.llm import llm_answer_stream

            stream = llm_answer_stream(self, query, history, k, flt)
        else:
            stream = iter([self.extractive_answer(query, k, flt)])
        for item in stream:
            yield self._with_cut_notice(item, query) if isinstance(item, Answer) else item

    def _with_cut_notice(self, result: Answer, query: Query) -> Answer:
        """The answer, saying first when the question was cut, whichever answerer wrote it."""
        if query.truncated:
            cut = (
                f"The question was cut to its first {self.settings.max_question_chars} characters."
            )
            result.notice = f"{cut} {result.notice}" if result.notice else cut
        return result

    def extractive_answer(
        self, query: Query, k: int | None = None, flt: Filter = NO_FILTER
    ) -> Answer:
        """The LLM-free answer to a prepared question."""
        passages = self.retrieve(query, k, flt)
        result = self.extractive.answer(query, passages)
        if not passages and flt != NO_FILTER:
            result.notice = "No indexed article matches the chosen months and sources."
        return result


class _SentenceVectors(Embeddings):
    """The index's embedder, loaded on first use, remembering the vectors of texts it has seen:
    the same article sentences are scored for question after question."""

    MAX_ENTRIES = 100_000

    def __init__(self, index: Index) -> None:
        self.index = index
        self._vectors: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        """The question's vector (not remembered: questions rarely repeat)."""
        return self.index.embedder.embed_query(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of passages, computed once per distinct text."""
        known = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self.index.embedder.embed_documents(missing), strict=True))
            with self._lock:
                if len(self._vectors) + len(missing) > self.MAX_ENTRIES:
                    self._vectors.clear()
                self._vectors.update((t, known[t]) for t in missing)
        return [known[t] for t in texts]


@cache
def get_assistant(settings: Settings | None = None) -> Assistant:
    """The shared `Assistant` for these settings (from the environment when None)."""
    return Assistant(settings or Settings())


def answer(
    question: str,
    history: list | None = None,
    k: int | None = None,
    settings: Settings | None = None,
) -> Answer:
    """Answer `question` from the articles, with numbered citations of verbatim excerpts.

    `history` is the chat so far (`[{"role": "user"|"assistant", "content": ...}]`), used to
    resolve follow-ups; `k` the number of passages retrieved. Builds the index from the corpus
    folder on first use. Raises `ValueError` for an empty question.
    """
    return get_assistant(settings).answer(question, history, k)


def answer_stream(
    question: str,
    history: list | None = None,
    k: int | None = None,
    settings: Settings | None = None,
    flt: Filter = NO_FILTER,
) -> Iterator[str | Answer]:
    """Like `answer`, yielding the text as it grows, then the final `Answer`."""
    return get_assistant(settings).answer_stream(question, history, k, flt)


def ingest(
    settings: Settings | None = None, progress: bool = False, rebuild: bool = False
) -> IngestReport:
    """(Re)index the corpus folder incrementally; `rebuild` starts from an empty store."""
    return get_assistant(settings).ingest(progress=progress, rebuild=rebuild)
