"""Reads article files from the corpus folder into `Article`s, keeping each text verbatim.

An article is a UTF-8 `.txt` or `.md` file. The shipped format starts with a header line
`date YYYY-MM <lede>`: the date becomes metadata and the lede the title. Files without the header
take their first line (or Markdown heading) as title and have no date. Paragraphs are blocks
separated by blank lines, kept as character spans of the untouched text so that every excerpt
can be checked as `text[start:end]`. This module does not chunk, embed or index.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import ArticleError, CorpusNotFoundError
from assistant.types import Article

ARTICLE_SUFFIXES = (".txt", ".md")
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2})\s+")
_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.DOTALL)
_HEADING_MARK = re.compile(r"#+\s*")


@dataclass
class CorpusLoad:
    """The articles read from a folder, and the files skipped with the reason why."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[ArticleError] = field(default_factory=list)


def load_corpus(corpus_dir: Path) -> CorpusLoad:
    """Read every article under `corpus_dir` (recursively), skipping unreadable files."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusNotFoundError(corpus_dir)
    load = CorpusLoad()
    for path in sorted(article_paths(corpus_dir)):
        try:
            load.articles.append(load_article(path, corpus_dir))
        except ArticleError as error:
            load.skipped.append(error)
    return load


def article_paths(corpus_dir: Path) -> list[Path]:
    """The article files under `corpus_dir`, hidden files excluded."""
    return [
        p
        for p in corpus_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    ]


def load_article(path: Path, corpus_dir: Path) -> Article:
    """Read one article file; raises `ArticleError` when it is empty, binary or not UTF-8."""
    source = path.relative_to(corpus_dir).as_posix()
    try:
        return parse_article(read_text(path), source)
    except ArticleError as error:
        raise ArticleError(path, error.reason) from error


def read_text(path: Path) -> str:
    """The file's text, or `ArticleError` naming why it is not a readable article."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror})") from error
    return decode_text(data, path)


def decode_text(data: bytes, path: Path) -> str:
    """An article file's bytes as text, or `ArticleError` naming why they are not."""
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if b"\x00" in data:
        raise ArticleError(path, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(path, f"not UTF-8 text (bad byte at offset {error.start})") from error


def parse_article(text: str, source: str) -> Article:
    """Parse an article's text: date and title from its header or first line, paragraph spans."""
    header = _HEADER.match(text)
    date = header.group(1) if header else None
    body_start = header.end() if header else 0
    paragraphs = tuple(_paragraph_spans(text, body_start))
    if not paragraphs:
        raise ArticleError(Path(source), "no text after the header")
    first_start, first_end = paragraphs[0]
    title = text[first_start:first_end].split("\n", 1)[0].strip()
    article_id = source.rsplit(".", 1)[0]
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(article_id, source, title, date, text, paragraphs, content_hash)


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for block in _BLOCK.finditer(text, start):
        begin = block.start()
        heading = _HEADING_MARK.match(text, begin)
        if heading and heading.end() < block.end():
            begin = heading.end()
        spans.append((begin, block.end()))
    return spans
