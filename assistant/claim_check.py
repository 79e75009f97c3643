"""The check of an LLM's reply: each claim is kept only when the excerpts it cites support it.

The reply is cut into lines (a bullet kept in front) and sentences with their [n] markers.
Markers that point to no excerpt are removed; each sentence making a claim (a cited one, or an
uncited one stating something: not a lead-in, not "the articles do not say") is kept only when
its cited excerpts support it: lexical (IDF-weighted share of its content words, the speaker
the article gives a quote counting as its words) or embedding support ≥ `SUPPORT_THRESHOLD`.
A kept claim loses the markers whose excerpt does not back it on its own; the used markers are
renumbered 1..m in order of appearance, each with its verbatim citation; a reply left with no
supported claim becomes an abstention.

The support is lexical/semantic, not logical: a claim that reuses an excerpt's words but
changes a number or negates it can pass. It does not call the model or build prompts (`llm`,
`llm_client`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from langchain_core.embeddings import Embeddings

from assistant.abstention import NOT_SAID
from assistant.chunking import UPPERCASE
from assistant.lexical import tokens
from assistant.query import Query
from assistant.scoring import coverage
from assistant.sentences import Sentence
from assistant.types import Answer, Passage


class _Weighing(Protocol):
    idf: Callable[[str], float]


class Supporting(Protocol):
    """What the check reads of the assistant (`answer.Assistant`): the sentence vectors it
    remembers across questions, and the answerer's word weights."""

    vectors: Embeddings
    extractive: _Weighing


# A claim is kept when max(lexical, dense) support by its cited excerpts reaches this. Calibrated
# with the default embedder (use-multilingual) on 36 EN/FR paraphrases of the eval evidence, each
# citing its evidence sentence, against the same claims citing an unrelated sentence, and 12
# hallucinated claims (tests/test_claim_check.py keeps a sample). Supported claims scored
# 0.50-1.00 but one at 0.35 (dropped: the cautious side); unsupported ones 0.00-0.42 but one
# three-word claim at 0.56 (two of its words, Européens/Américains, are also in the unrelated
# quote). The cut sits in the gap. With the English-only all-MiniLM-L6-v2 embedder, English
# claims on French excerpts score lower and more of them are dropped.
SUPPORT_THRESHOLD = 0.45
MIN_CLAIM_TOKENS = 2  # an uncited sentence with fewer content words is not a claim

_MARKER = re.compile(r"\[\s*(\d+(?:\s*[-–,;]\s*\d+)*)\s*\]")
_SENTENCE_END = re.compile(
    rf"(?<=[.!?…])(?<!\b[{UPPERCASE}]\.)[»\"”)]*(?:\s*\[[\d\s,;–-]+\])*\s+(?=[«\"“(*{UPPERCASE}0-9])"
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)]|#+)\s+")
_ABSTAIN_PHRASE = re.compile(
    r"\b(?:do(?:es)? not (?:say|mention|state|specify|tell)|don't (?:say|mention)|"
    r"ne (?:le )?(?:disent|mentionnent|précisent|pr[eé]cisent) pas|ne disent rien)\b",
    re.I,
)


@dataclass(frozen=True)
class Excerpt:
    """A numbered candidate excerpt: one verbatim sentence of a retrieved passage."""

    n: int
    sentence: Sentence


@dataclass
class Claim:
    """One sentence of the generated answer and the excerpts it cites."""

    prefix: str  # a bullet kept in front of it
    text: str  # the sentence, markers included
    cited: list[int]


def check_answer(
    assistant: Supporting,
    query: Query,
    text: str,
    excerpts: list[Excerpt],
    passages: list[Passage],
) -> Answer:
    """The generated `text` with unsupported claims dropped and used markers renumbered."""
    by_n = {e.n: e for e in excerpts}
    support = _Support(
        assistant,
        {n: e.sentence.text for n, e in by_n.items()},
        {n: e.sentence.unnamed_speaker for n, e in by_n.items()},
    )
    lines = [
        [_claim(part, prefix, by_n) for part in _sentences(body)] for prefix, body in _lines(text)
    ]
    kept_lines: list[list[Claim]] = []
    scores: dict[int, float] = {}
    checked = dropped = 0
    for line in lines:
        kept = []
        for claim in line:
            if _is_claim(claim):
                checked += 1
                if not _judge(claim, support, scores):
                    dropped += 1
                    continue
            kept.append(claim)
        kept_lines.append(kept)
    if scores:
        result = _renumbered(kept_lines, by_n, scores, passages)
    else:
        result = abstaining_answer(query, passages)
    result.claims_checked, result.claims_dropped = checked, dropped
    if dropped:
        result.notice = (
            f"{dropped} of {checked} sentences of the LLM's answer were dropped: no cited "
            "excerpt supports them."
        )
    return result


def _judge(claim: Claim, support: _Support, scores: dict[int, float]) -> bool:
    """Whether the claim's citations support it; keeps only the markers that do."""
    if not claim.cited or support.score(claim.text, claim.cited) < SUPPORT_THRESHOLD:
        return False
    each = {n: support.score(claim.text, [n]) for n in claim.cited}
    backing = [n for n in claim.cited if each[n] >= SUPPORT_THRESHOLD] or claim.cited
    if backing != claim.cited:
        claim.text = _MARKER.sub(lambda m: _only(m, backing), claim.text)
        claim.cited = backing
    for n in backing:
        scores[n] = max(scores.get(n, 0.0), each[n])
    return True


def _only(match: re.Match[str], allowed: list[int]) -> str:
    return "".join(f"[{n}]" for n in _marker_numbers(match.group(1)) if n in allowed)


def _lines(text: str) -> list[tuple[str, str]]:
    """(bullet, body) of each non-empty line."""
    found = []
    for line in text.strip().splitlines():
        if line.strip():
            bullet = _BULLET.match(line)
            prefix = bullet.group(0).strip() + " " if bullet else ""
            found.append((prefix, line[bullet.end() :] if bullet else line.strip()))
    return found


def _sentences(body: str) -> list[str]:
    parts, cursor = [], 0
    for boundary in _SENTENCE_END.finditer(body):
        parts.append(body[cursor : boundary.end()].strip())
        cursor = boundary.end()
    parts.append(body[cursor:].strip())
    return [p for p in parts if p]


def _claim(sentence: str, prefix: str, by_n: dict[int, Excerpt]) -> Claim:
    """The sentence with markers to unknown excerpts removed, and the excerpts it cites."""
    cited: list[int] = []

    def keep_known(match: re.Match[str]) -> str:
        known = [n for n in _marker_numbers(match.group(1)) if n in by_n]
        cited.extend(n for n in known if n not in cited)
        return "".join(f"[{n}]" for n in known)

    text = _MARKER.sub(keep_known, sentence)
    text = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()
    return Claim(prefix, text, cited)


def _marker_numbers(inside: str) -> list[int]:
    numbers = []
    for part in re.split(r"\s*[,;]\s*", inside):
        bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part) if x]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= 10:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def _claim_words(claim: Claim) -> list[str]:
    return tokens(_MARKER.sub(" ", claim.text))


def _is_claim(claim: Claim) -> bool:
    """Cited sentences and uncited ones stating something (not a lead-in, not 'do not say')."""
    if claim.cited:
        return True
    plain = _MARKER.sub(" ", claim.text).strip()
    if plain.endswith(":") or _ABSTAIN_PHRASE.search(plain):
        return False
    return len(_claim_words(claim)) >= MIN_CLAIM_TOKENS


class _Support:
    """Scores how well excerpts back a claim: max(lexical, dense), see `claim_support`."""

    def __init__(
        self, assistant: Supporting, texts: dict[int, str], speakers: dict[int, str]
    ) -> None:
        self.embedder = assistant.vectors  # remembers excerpt vectors across questions
        self.idf = assistant.extractive.idf
        self.texts = texts
        self.speakers = speakers  # count for the lexical share only, not for the cosine

    def score(self, claim: str, cited: list[int]) -> float:
        """Support of `claim` by the excerpts numbered `cited`, about [0, 1]."""
        words = set(tokens(_MARKER.sub(" ", claim)))
        if not words:
            return 1.0  # nothing to check beyond the citation itself
        cited_words = {t for n in cited for t in tokens(f"{self.speakers[n]} {self.texts[n]}")}
        return max(self.lexical(words, cited_words), self.dense(claim, cited))

    def lexical(self, words: set[str], cited_words: set[str]) -> float:
        """IDF-weighted share of the claim's content words found in the cited excerpts."""
        return coverage([((t, 1.0),) for t in words], cited_words, self.idf)

    def dense(self, claim: str, cited: list[int]) -> float:
        """Best cosine between the claim and one of its cited excerpts (normalised vectors)."""
        excerpts = self.embedder.embed_documents([self.texts[n] for n in cited])
        vector = self.embedder.embed_query(_MARKER.sub(" ", claim))
        return max(sum(a * b for a, b in zip(vector, e, strict=True)) for e in excerpts)


def claim_support(
    assistant: Supporting, claim: str, excerpts: list[str], speakers: list[str] | None = None
) -> float:
    """How well `excerpts` back `claim`: the larger of the IDF-weighted share of the claim's
    content words found in them and the best embedding cosine; compare to SUPPORT_THRESHOLD."""
    texts = dict(enumerate(excerpts, 1))
    names = dict(enumerate(speakers or [""] * len(excerpts), 1))
    return _Support(assistant, texts, names).score(claim, list(texts))


def _renumbered(
    lines: list[list[Claim]],
    by_n: dict[int, Excerpt],
    scores: dict[int, float],
    passages: list[Passage],
) -> Answer:
    """The kept sentences with markers renumbered 1..m in order of appearance, and citations."""
    order: dict[int, int] = {}
    out_lines = []
    for line in lines:
        parts = []
        for claim in line:
            for n in claim.cited:
                order.setdefault(n, len(order) + 1)
            parts.append(_MARKER.sub(lambda m: _renumber(m, order), claim.text))
        if parts:
            out_lines.append(line[0].prefix + " ".join(parts))
    citations = [by_n[old].sentence.citation(new, scores[old]) for old, new in order.items()]
    return Answer("\n".join(out_lines), citations, False, passages)


def _renumber(match: re.Match[str], order: dict[int, int]) -> str:
    return "".join(f"[{order[n]}]" for n in _marker_numbers(match.group(1)) if n in order)


def abstaining_answer(query: Query, passages: list[Passage]) -> Answer:
    """The answer saying, in the question's language, that the articles do not say."""
    return Answer(NOT_SAID[query.language], [], True, passages)
