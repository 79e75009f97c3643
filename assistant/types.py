"""Plain data types that cross module boundaries: articles, chunks, passages, citations, answers.

Only data lives here, no behaviour beyond small derived properties; each producing module
(corpus, chunking, retrieve, answer) fills them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article file, its text kept exactly as read so offsets stay valid."""

    article_id: str  # the file's path relative to the corpus folder, without suffix
    source: str  # the file's path relative to the corpus folder
    title: str
    date: str | None  # "YYYY-MM" when the header gives it
    text: str  # the whole file, verbatim
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each paragraph in `text`
    content_hash: str
    published: str | None = None  # "YYYY-MM-DD" when the header gives the day


@dataclass(frozen=True)
class Chunk:
    """A window of an article's text, `text == article.text[start:end]`."""

    chunk_id: str
    article_id: str
    source: str
    title: str
    date: str | None
    paragraph: int
    start: int
    end: int
    text: str
    published: str | None = None  # "YYYY-MM-DD" when known
    outlet: str | None = None
    url: str | None = None

    @property
    def when(self) -> str:
        """The day the article was published, else its month ('YYYY-MM'), else ''."""
        return self.published or self.date or ""


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused retrieval score, best first."""

    chunk: Chunk
    score: float
    rank: int


class Retrieved(list[Passage]):
    """Passages best first, and the highest cosine similarity the vector search found between
    the question and any indexed chunk (None when it found none): how close the corpus comes
    to the question at all, whichever passages the fusion kept."""

    def __init__(self, passages: Iterable[Passage] = (), closest: float | None = None) -> None:
        super().__init__(passages)
        self.closest = closest


@dataclass(frozen=True)
class Citation:
    """A verbatim excerpt backing a claim marked [n] in the answer text."""

    n: int
    article_id: str
    title: str
    date: str | None
    source: str
    excerpt: str  # == article text[start:end]
    start: int
    end: int
    score: float
    published: str | None = None  # "YYYY-MM-DD" when known (manifest or header)
    outlet: str | None = None
    url: str | None = None
    also_as: tuple[str, ...] = ()  # other file names holding the same article
    also_in: tuple[str, ...] = ()  # other articles holding the same sentence (wire copy)


@dataclass
class Answer:
    """What `assistant.answer()` returns."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    passages: list[Passage] = field(default_factory=list)  # retrieved, best first
    answerer: str = "extractive"
    claims_checked: int = 0
    claims_dropped: int = 0
    notice: str | None = None
