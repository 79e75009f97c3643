"""Answers a question from the indexed articles: the one path the UI, the CLI and evals call.

`answer()` prepares the question (`query`), builds the index on first use when the store is
empty, retrieves passages (`retrieve`; for what someone said on a topic, also among the articles
quoting them) and hands them to the answerer: the LLM-free
`extractive` one by default, or an LLM (`llm`) when `ASSISTANT_LLM` is set, which falls back to
the extractive answer when the model fails. One `Assistant` per settings holds the loaded
parts, so models load once. The UI and CLI only turn its errors into messages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import zip_longest

from assistant.derived import Derived
from assistant.embeddings import CachedEmbeddings
from assistant.extractive import ExtractiveAnswerer
from assistant.index import Index, IngestReport
from assistant.query import Query, date_words, parse_query
from assistant.query_checks import (
    with_absent_head,
    with_bridged_names,
    with_months_as_written,
    with_name_variants,
    with_office_holder,
    with_unseen_words,
    words_to_bridge,
)
from assistant.question_months import days_told, month_shifted, told_in_part, told_of_month
from assistant.retrieve import NO_FILTER, RRF_K, Filter, Retriever, Slots, searched
from assistant.sentences import Sentence
from assistant.settings import Settings
from assistant.speaker_keys import entity_key, person_key
from assistant.types import Answer, Chunk, Passage, Retrieved

# Passages the LLM-free answerer chooses sentences from. Measured on the real news eval: with
# the 5 passages shown, a cited sentence answered 0.41 of the answerable questions; from 15,
# 0.44 (more passages hold more candidate sentences; the answerer's own scoring ranks them).
POOL = 15
# A question naming a month is searched this many pools wide, and answered from that month's
# passages among them first. Measured on the real news eval: one question fewer cited right
# than with a second search filtered by month (8 pools wide: the same), and at 132k chunks
# warm p95 126 ms instead of 233 ms.
DATED_WIDTH = 4
# A question on what someone said about a topic also searches the articles quoting them: this
# many of their best full-text passages on the topic are interleaved with the pool. Measured on
# the real news eval: 3 brings two answers (the Kremlin on the "kill list", Peskov on Biden's
# "war criminal") and keeps every abstention; 2 loses one of them; 5 answers an unanswerable
# question (an event after the corpus) with a loose quote.
SPEAKER_PASSAGES = 3
# A question naming a day ("le 30 mars 2022") is answered from the articles telling of it
# (`question_months.days_told`) first, then from its month's: the best `DAY_PASSAGES` of them by
# full text join the pool, since a day's news is in few articles, which the question's words
# alone may rank below others of its month. A question on a month's last days also takes the
# next month's first articles (`question_months.early_in_month_after`).
DAY_PASSAGES = 3
STORY_PASSAGES = 20  # a follow-up's story's passages added to its pool, in reading order


class Assistant:
    """The index, retriever and answerers of one configuration, loaded lazily, once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = Index(settings)
        self.vectors = CachedEmbeddings(lambda: self.index.embedder)
        self.derived = Derived(lambda: self.index.catalog, self.vectors)
        self.retriever = Retriever(self.index, lambda t: self.derived.vocabulary.frequency(t))
        self._first_build = threading.Lock()
        self.extractive = ExtractiveAnswerer(self.vectors, self.derived)

    def ingest(self, progress: bool = False, rebuild: bool = False) -> IngestReport:
        """Bring the index in step with the corpus folder (from scratch with `rebuild`).
        Questions asked meanwhile are answered from the articles already indexed."""
        if rebuild:
            self.index.reset()
        report = self.index.sync(self.settings.corpus_dir, progress=progress)
        self.derived.refresh()
        return report

    def ensure_index(self, progress: bool = False) -> None:
        """Build the index from the corpus when nothing is indexed yet (first start)."""
        if self.index.is_empty() and not self.index.status.running:
            with self._first_build:
                if self.index.is_empty():
                    self.ingest(progress=progress)

    def warm_up(self) -> None:
        """Load the model, the store and the word vectors now, so that the first question is as
        fast as the next ones (the web UI calls this at start)."""
        self.ensure_index(progress=True)
        self.derived.refresh()
        _ = self.derived.bridges
        self.index.store.count()
        self.index.embedder.embed_query("warm up")

    def sentences_of(self, source: str) -> list[Sentence]:
        """The attributed sentences of one indexed article."""
        return self.derived.sentences_of(source)

    def flagged_in(self, source: str) -> int:
        """How many sentences of an indexed article address an AI assistant (never answers)."""
        return sum(s.addressed for s in self.sentences_of(source) if not s.with_antecedent)

    def prepare(self, question: str, history: list | None = None) -> Query:
        """The parsed question, checked against the corpus vocabulary."""
        self.ensure_index()
        self.derived.refresh()
        vocabulary = self.derived.vocabulary
        query = parse_query(
            question,
            history,
            vocabulary,
            self.settings.max_question_chars,
            self.derived.period(),
            self.index.catalog.has_outlet,
        )
        also = words_to_bridge(query, vocabulary)
        slots = self.derived.bridges.slots(query.search, vocabulary, also)
        query = with_name_variants(replace(query, slots=slots), vocabulary)
        query = with_months_as_written(query, vocabulary)
        query = with_bridged_names(query)
        query = with_absent_head(query, vocabulary)
        query = with_office_holder(query, self.derived.role_holder)
        return with_unseen_words(query, vocabulary, self.derived.sentences)

    def retrieve(self, query: Query, k: int | None = None, flt: Filter = NO_FILTER) -> Retrieved:
        """The passages retrieval finds for a prepared question."""
        return self.retriever.search(
            query.search, k or self.settings.k, flt, lexical_terms=searched(query.slots)
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
            if isinstance(item, Answer):
                yield self._with_other_names(self._with_cut_notice(item, query))
            else:
                yield item

    def _with_other_names(self, result: Answer) -> Answer:
        """Each citation with the other file names holding the same article ("also as")."""
        catalog = self.index.catalog
        result.citations = [
            replace(c, also_as=tuple(catalog.other_names(c.source))) for c in result.citations
        ]
        return result

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
        """The LLM-free answer to a prepared question: the answerer chooses sentences from a
        pool of at least `POOL` passages (a sentence-level rerank); `k` are reported."""
        k = k or self.settings.k
        pool_size = max(k, POOL)
        story = self._story_of(query, flt)
        if not (query.month and flt.months() is None):
            pool = self._with_speaker_passages(query, self.retrieve(query, pool_size, flt), flt)
            passages = self._with_story_passages(list(pool), story)
            return self._extractive(query, k, passages, flt, pool.closest)
        # "in January 2022": the passages of that month's articles first, from all of them
        # when those do not answer (a later article may tell of it). One wider search serves
        # both: a second, month-filtered search doubled the time of such questions at scale.
        wide = self.retrieve(query, pool_size * DATED_WIDTH, flt)
        wide = self._with_speaker_passages(query, wide, flt)
        wide = self._with_day_passages(query, wide, flt)
        # each pool followed by the follow-up's story when it is of the same dates (a story
        # found of another month is not the one the conversation is on)
        month = query.month

        days = days_told(query.day) if query.day else None

        def of_day(chunk: Chunk) -> bool:
            return bool(days) and days[0] <= (chunk.published or "") <= days[1]

        def of_month(chunk: Chunk) -> bool:
            return told_of_month(chunk, month, query.month_part) or of_day(chunk)

        # "On 30 March 2022": that day's articles first, then its month's; of "early March", the
        # passages of the articles published in its first days before the month's others
        for told in (of_day, of_month) if days else (of_month,):
            dated = sorted(
                (p for p in wide if told(p.chunk)),
                key=lambda p: not told_in_part(p.chunk.published, month, query.month_part),
            )[:pool_size]
            if dated:
                dated = self._with_story_passages(dated, story, told)
                result = self._extractive(query, k, dated, flt, wide.closest)
                if not result.abstained:
                    return result
        # An article written months before cannot tell of it (one of the month before may
        # announce it: "talks are set for January 10").
        since = month_shifted(month, -1)

        def recent(chunk: Chunk) -> bool:
            return not chunk.date or chunk.date >= since

        later = [p for p in wide if recent(p.chunk)][:pool_size]
        later = self._with_story_passages(later, story, recent)
        return self._extractive(query, k, later, flt, wide.closest)

    def _with_speaker_passages(self, query: Query, pool: Retrieved, flt: Filter) -> Retrieved:
        """For a question on what someone said about a topic, the pool with the topic's best
        `SPEAKER_PASSAGES` among the articles quoting them interleaved (second, fourth…): a
        speaker quoted in hundreds of articles may be quoted on the topic in one that the
        topic's words alone rank below others."""
        if not query.quote_on_topic:
            return pool
        articles = self._articles_quoting(query)
        if not articles:
            return pool
        return self._with_best_of(pool, articles, query, SPEAKER_PASSAGES, query.slots, flt)

    def _with_day_passages(self, query: Query, pool: Retrieved, flt: Filter) -> Retrieved:
        """For a question naming a day, the pool with the best `DAY_PASSAGES` of the articles
        published that day and the `DAY_AFTER` next interleaved (second, fourth…): a day's
        news is in few articles, which the question's words alone may rank below others of
        its month."""
        if not query.day:
            return pool
        articles = self.index.catalog.articles_published(*days_told(query.day))
        if not articles:
            return pool
        # the day's articles are found: its date's words would favour those restating it
        told = date_words(query)
        slots = tuple(slot for slot in query.slots if slot and slot[0][0] not in told)
        return self._with_best_of(pool, articles, query, DAY_PASSAGES, slots, flt)

    def _with_best_of(
        self,
        pool: Retrieved,
        articles: list[str],
        query: Query,
        n: int,
        slots: Slots,
        flt: Filter,
    ) -> Retrieved:
        """The pool with the `n` best full-text passages of some `articles` (content hashes)
        by the question's `slots` interleaved (second, fourth…). The full-text list alone: a
        vector search filtered to hundreds of articles costs ten times an unfiltered one
        (150 ms at 132k chunks), for no better passages (measured)."""
        restricted = replace(flt, articles=tuple(articles))
        found = self.retriever.lexical(query.search, n, restricted, slots=slots)
        return _interleaved(pool, [chunk for chunk, _ in found])

    def _story_of(self, query: Query, flt: Filter) -> str:
        """For a follow-up, the article the conversation is on: the one closest to the previous
        question and its reply (`Query.story`); '' for a question of its own."""
        found = self.retriever.search(query.story, 1, flt) if query.story else []
        return found[0].chunk.source if found else ""

    def _with_story_passages(
        self, pool: list[Passage], story: str, dated: Callable[[Chunk], bool] = lambda c: True
    ) -> list[Passage]:
        """The pool with the passages of a follow-up's `story` after its own, up to
        `STORY_PASSAGES`: "And how many people did his team train in those two weeks?" is
        asked of that story, whose words it need not repeat. After them, not among them: the
        story found may be another of the same events, and the pool's first articles are read
        whole. Only the story's passages that are `dated`, as the pool's were chosen: a question
        asking about December is not answered from a January story."""
        if not story:
            return pool
        held = {p.chunk.chunk_id for p in pool}
        chunks = self.index.catalog.chunks_of(story)[:STORY_PASSAGES]
        chunks = [c for c in chunks if dated(c)]
        added = [c for c in chunks if c.chunk_id not in held]
        return [*pool, *_ranked(added, after=len(pool))]

    def _articles_quoting(self, query: Query) -> list[str]:
        """The articles quoting the speaker asked about: a person by surname, a body by name
        ("the Pentagon"), a role by the person the articles agree hold it (`Derived.holder_of`:
        "the Kremlin spokesman" is Peskov)."""
        catalog = self.index.catalog
        typed = query.speaker_as_typed
        if query.named_speaker:
            # as typed, else as the question's reading spells it ("Sourovikine": Surovikin)
            return catalog.articles_quoting(person_key(typed)) or catalog.articles_quoting(
                person_key(" ".join(query.speaker))
            )
        articles = catalog.articles_quoting(entity_key(typed))
        holder = "" if articles else self.derived.holder_of(typed)
        return catalog.articles_quoting(holder) if holder else articles

    def _extractive(
        self, query: Query, k: int, pool: list[Passage], flt: Filter, closest: float | None
    ) -> Answer:
        passages = pool[:k]
        result = self.extractive.answer(query, pool, closest)
        result.passages = passages
        if not passages and flt != NO_FILTER:
            result.notice = "No indexed article matches the chosen months and sources."
        return result


def _ranked(chunks: list[Chunk], after: int = 0) -> list[Passage]:
    """Chunks as passages ranked from `after` + 1, scored as the fusion scores a full-text rank,
    like a pool's passages."""
    return [Passage(c, 1.0 / (RRF_K + after + i), after + i) for i, c in enumerate(chunks, 1)]


def _interleaved(pool: Retrieved, chunks: list[Chunk]) -> Retrieved:
    """The pool with `chunks` interleaved (second, fourth…), each once."""
    merged: dict[str, Passage] = {}
    for pair in zip_longest(pool, _ranked(chunks)):
        for p in pair:
            if p is not None:
                merged.setdefault(p.chunk.chunk_id, p)
    passages = [replace(p, rank=i) for i, p in enumerate(merged.values(), 1)]
    return Retrieved(passages, pool.closest)


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
