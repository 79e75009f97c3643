"""Everything the catalog stores for one article, computed from its file's text.

An article file is parsed (`corpus`), chunked (`chunking`), split into attributed sentences
(`sentences`) and tokenised (`lexical`) once; each chunk carries its article's date, publication
date, outlet and URL, and its lexical tokens are those of the sentences it holds (a sentence it
only starts or ends counts whole). Runs in the embedding workers as well as in the ingesting
process. Embedding, writing and resuming are `ingest`'s.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from assistant.catalog_writes import NewArticle
from assistant.chunking import chunk_article
from assistant.corpus import parse_article
from assistant.errors import ArticleError
from assistant.lexical import tokens
from assistant.manifest import Entry
from assistant.sentences import echo_key, sentence_rows
from assistant.types import Article, Chunk
from assistant.wordvectors import corpus_words


def prepare(article: Article, entry: Entry, flag: Callable[[str], bool] | None) -> NewArticle:
    """Everything the catalog stores for one parsed article."""
    published = entry.published or getattr(article, "published", None)
    date = article.date or (published[:7] if published else None)
    chunks = [_with_meta(c, date, published, entry) for c in chunk_article(article)]
    rows, roles = sentence_rows(article, flag)
    sentence_tokens = [(start, end, tokens(article.text[start:end])) for start, end, _, _ in rows]
    ends = [end for _, end, _ in sentence_tokens]
    terms: Counter[str] = Counter()
    for _, _, toks in sentence_tokens:
        terms.update(set(toks))
    surfaces = corpus_words(article.text)
    title_terms = " ".join(tokens(article.title))
    return NewArticle(
        article=article.content_hash,
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        date=date,
        month=month_number(date),
        published=published,
        outlet=entry.outlet,
        url=entry.url,
        text=article.text,
        chunks=chunks,
        chunk_terms=[f"{title_terms} {_chunk_terms(c, sentence_tokens, ends)}" for c in chunks],
        sentences=rows,
        terms=terms,
        words=surfaces,
        roles=roles,
        echoes=[k for k in (echo_key(article.text[a:b]) for a, b, _, _ in rows) if k],
        speakers=sorted({att["key"] for _, _, att, _ in rows if att and att.get("key")}),
    )


def _chunk_terms(chunk: Chunk, sentences: list[tuple[int, int, list[str]]], ends: list[int]) -> str:
    """The lexical tokens of a chunk: those of the sentences it holds (each sentence is
    tokenised once; a sentence a chunk only starts or ends counts whole)."""
    first = bisect.bisect_right(ends, chunk.start)
    words: list[str] = []
    for start, _, toks in sentences[first:]:
        if start >= chunk.end:
            break
        words += toks
    return " ".join(words)


def prepare_text(
    text: str, source: str, name: str, entry: Entry, flag: Callable[[str], bool] | None
) -> tuple[NewArticle | None, list[str], str]:
    """`prepare` from an article file's text: (the article, header warnings, '') or (None,
    warnings, why it cannot be indexed). Runs in an embedding worker too."""
    warnings: list[str] = []
    try:
        article = parse_article(text, source, warnings, name)
    except ArticleError as error:
        return None, warnings, str(ArticleError(Path(name), error.reason))
    return prepare(article, entry, flag), warnings, ""


def _with_meta(chunk: Chunk, date: str | None, published: str | None, entry: Entry) -> Chunk:
    return Chunk(
        chunk.chunk_id,
        chunk.article_id,
        chunk.source,
        chunk.title,
        date,
        chunk.paragraph,
        chunk.start,
        chunk.end,
        chunk.text,
        published,
        entry.outlet,
        entry.url,
    )


def month_number(date: str | None) -> int:
    """'2022-02' → 202202, unknown → 0; Chroma compares numbers, not strings."""
    if not date:
        return 0
    year, month = date.split("-")[:2]
    return int(year) * 100 + int(month)
