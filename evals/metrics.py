"""Scores one answer against its eval item, and aggregates scores overall, per language, per kind.

Pure functions over plain data (an `EvalItem`, an `assistant.types.Answer`, evidence spans):
- retrieval: hit@1, hit@5 and reciprocal rank of the first retrieved passage that contains an
  evidence passage or overlaps an evidence span in the same article;
- citations: recall (some citation overlaps an evidence span) and precision (share of citations
  that overlap one), the spirit of ALCE's citation metrics by span overlap instead of NLI;
- answers: key-fact accuracy (every fact has a variant in the answer text, compared after
  `normalize`: case, accents, apostrophes and whitespace folded, on word boundaries);
- abstention: accuracy on unanswerable questions, false-abstention rate on answerable ones;
- latency percentiles.
It does not call the assistant, read files, or judge fluency or faithfulness beyond spans.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.types import Answer, Citation, Passage
    from evals.dataset import EvalItem, Span

HIT_KS = (1, 5)
#: Metrics where lower is better; thresholds on them are maxima.
LOWER_IS_BETTER = frozenset(
    {"false_abstention_rate", "latency_p50_ms", "latency_p95_ms", "index_build_s"}
)
#: The scores shown in tables and charts, in order.
SCORE_KEYS = (
    "hit@1",
    "hit@5",
    "mrr",
    "citation_recall",
    "citation_precision",
    "fact_accuracy",
    "abstention_accuracy",
    "false_abstention_rate",
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold case and accents, map typographic apostrophes to ', collapse whitespace."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text.casefold()).strip()


def fact_present(variants: Iterable[str], text: str) -> bool:
    """Whether any variant occurs in `text` (normalized, not inside a longer word or number).

    So "escalade" is not found in "désescalade", nor "3000" in "30000".
    """
    haystack = normalize(text)
    for variant in variants:
        needle = normalize(variant)
        if needle and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack):
            return True
    return False


def missing_facts(facts: Iterable[Sequence[str]], text: str) -> list[list[str]]:
    """The facts (lists of variants) of which no variant is in `text`."""
    return [list(fact) for fact in facts if not fact_present(fact, text)]


def spans_overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether the half-open character ranges [start, end) and [other_start, other_end) meet."""
    return start < other_end and other_start < end


def overlaps_evidence(article_id: str, start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether the range overlaps any evidence span of the same article."""
    return any(
        s.article_id == article_id and spans_overlap(start, end, s.start, s.end) for s in spans
    )


def passage_is_relevant(passage: Passage, spans: Sequence[Span], evidence: Sequence[str]) -> bool:
    """A retrieved passage counts when its text contains an evidence passage or overlaps a span."""
    chunk = passage.chunk
    return any(e in chunk.text for e in evidence) or overlaps_evidence(
        chunk.article_id, chunk.start, chunk.end, spans
    )


def first_relevant_rank(
    passages: Sequence[Passage], spans: Sequence[Span], evidence: Sequence[str]
) -> int | None:
    """1-based position of the first relevant passage in the best-first list, or None."""
    for position, passage in enumerate(passages, start=1):
        if passage_is_relevant(passage, spans, evidence):
            return position
    return None


def retrieval_scores(
    passages: Sequence[Passage], spans: Sequence[Span], evidence: Sequence[str]
) -> dict[str, float]:
    """hit@1, hit@5 and reciprocal rank ("rr") of one best-first passage list."""
    rank = first_relevant_rank(passages, spans, evidence)
    scores = {f"hit@{k}": float(rank is not None and rank <= k) for k in HIT_KS}
    scores["rr"] = 1.0 / rank if rank else 0.0
    return scores


def good_citations(citations: Sequence[Citation], spans: Sequence[Span]) -> int:
    """How many citations overlap an evidence span of their article."""
    return sum(overlaps_evidence(c.article_id, c.start, c.end, spans) for c in citations)


@dataclass
class QuestionResult:
    """The scores of one question. Retrieval and citation fields are None when unanswerable."""

    id: str
    lang: str
    kind: str
    question: str
    answerable: bool
    abstained: bool
    answerer: str = ""
    hit_1: float | None = None
    hit_5: float | None = None
    rr: float | None = None
    first_relevant_rank: int | None = None
    n_passages: int = 0
    n_citations: int = 0
    n_good_citations: int = 0
    citation_hit: float | None = None
    facts_ok: float | None = None
    missing_facts: list[list[str]] = field(default_factory=list)
    latency_ms: float | None = None
    answer: str = ""
    citations: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with hit fields named "hit@1"/"hit@5"."""
        data = asdict(self)
        for k in HIT_KS:
            data[f"hit@{k}"] = data.pop(f"hit_{k}")
        return data

    @property
    def passed(self) -> bool:
        """Right overall: abstained when it should, else found every fact without abstaining."""
        if self.error:
            return False
        if not self.answerable:
            return self.abstained
        return not self.abstained and bool(self.facts_ok)


def score_question(
    item: EvalItem, answer: Answer, spans: Sequence[Span], latency_ms: float | None = None
) -> QuestionResult:
    """Score `answer` to `item`, whose evidence lies at `spans`."""
    result = QuestionResult(
        id=item.id,
        lang=item.lang,
        kind=item.kind,
        question=item.question,
        answerable=item.answerable,
        abstained=bool(answer.abstained),
        answerer=answer.answerer,
        n_passages=len(answer.passages),
        n_citations=len(answer.citations),
        latency_ms=latency_ms,
        answer=answer.text,
        citations=[
            {"n": c.n, "article_id": c.article_id, "start": c.start, "end": c.end}
            for c in answer.citations
        ],
    )
    if not item.answerable:
        return result
    rank = first_relevant_rank(answer.passages, spans, item.evidence)
    retrieval = retrieval_scores(answer.passages, spans, item.evidence)
    result.first_relevant_rank = rank
    result.hit_1, result.hit_5, result.rr = retrieval["hit@1"], retrieval["hit@5"], retrieval["rr"]
    result.n_good_citations = good_citations(answer.citations, spans)
    result.citation_hit = float(result.n_good_citations > 0)
    result.missing_facts = missing_facts(item.facts, answer.text)
    result.facts_ok = float(not result.missing_facts)
    return result


def error_result(item: EvalItem, error: BaseException) -> QuestionResult:
    """The result of a question whose answer raised: every score 0, not abstained."""
    zero = 0.0 if item.answerable else None
    return QuestionResult(
        id=item.id,
        lang=item.lang,
        kind=item.kind,
        question=item.question,
        answerable=item.answerable,
        abstained=False,
        hit_1=zero,
        hit_5=zero,
        rr=zero,
        citation_hit=zero,
        facts_ok=zero,
        missing_facts=[list(f) for f in item.facts],
        error=f"{type(error).__name__}: {error}",
    )


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation, None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def aggregate(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """The metrics of a group of results; a metric with no question to score is None."""
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    n_citations = sum(r.n_citations for r in answerable)
    latencies = [r.latency_ms for r in results if r.latency_ms is not None]
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    return {
        "n": len(results),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "n_errors": sum(1 for r in results if r.error),
        "hit@1": _mean(r.hit_1 for r in answerable),
        "hit@5": _mean(r.hit_5 for r in answerable),
        "mrr": _mean(r.rr for r in answerable),
        "citation_recall": _mean(r.citation_hit for r in answerable),
        "citation_precision": (
            sum(r.n_good_citations for r in answerable) / n_citations if n_citations else None
        ),
        "fact_accuracy": _mean(r.facts_ok for r in answerable),
        "abstention_accuracy": _mean(float(r.abstained) for r in unanswerable),
        "false_abstention_rate": _mean(float(r.abstained) for r in answerable),
        "latency_p50_ms": p50,
        "latency_p95_ms": p95,
    }


def group_metrics(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """`{"overall": {...}, "lang": {lang: {...}}, "kind": {kind: {...}}}` of `aggregate`s."""
    by_lang: dict[str, list[QuestionResult]] = {}
    by_kind: dict[str, list[QuestionResult]] = {}
    for r in results:
        by_lang.setdefault(r.lang, []).append(r)
        by_kind.setdefault(r.kind, []).append(r)
    return {
        "overall": aggregate(results),
        "lang": {lang: aggregate(group) for lang, group in sorted(by_lang.items())},
        "kind": {kind: aggregate(group) for kind, group in sorted(by_kind.items())},
    }
