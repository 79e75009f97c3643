"""The catalog: what is indexed, and everything derived from it, in one SQLite file beside the
vector store.

It holds, per article (keyed by its content hash, so identical files are one article): its text,
title, dates, outlet and URL, its chunks, its sentences with their speakers, and the full-text
index of its chunks (SQLite FTS5, BM25-ranked); per file name, the article it holds; per word,
its document frequency (for IDF and the corpus vocabulary). An article is written in one
transaction, only after all its vectors are in the vector store, so a reader sees it whole or
not at all, and an ingest killed at any moment leaves the catalog consistent. Chunk ids the
vector store may hold without a committed article are logged in `pending` first, so the next
ingest removes them. SQLite's WAL mode lets questions read while an ingest writes.

`Catalog` joins the parts, each in its module: the file, schema and version (`catalog_db`),
the writes (`catalog_writes`), the reads for questions (`catalog_lookups`); this module adds
the listing of what is indexed (files, counts, months) and the word vectors for bridges.
It does not embed, chunk or attribute: `ingest` computes, the catalog stores and looks up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from assistant.catalog_db import MAX_VARIABLES, PAGE
from assistant.catalog_lookups import CatalogLookups
from assistant.catalog_writes import CatalogWrites


@dataclass(frozen=True)
class FileRow:
    """One indexed file, as listed in the corpus table."""

    source: str
    title: str
    date: str | None
    published: str | None
    outlet: str | None
    chunks: int
    also_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredChunk:
    """A committed chunk with what its vector carries in the vector store."""

    chunk_id: str
    article: str  # content hash
    source: str
    month: int
    start: int
    end: int
    text: str


class Catalog(CatalogWrites, CatalogLookups):
    """The SQLite catalog of one data folder; one connection per thread."""

    # --- what is indexed -------------------------------------------------------------------------

    def file_hashes(self) -> dict[str, str]:
        """Every indexed file name and the content hash it held, read page by page."""
        found: dict[str, str] = {}
        for rows in self._pages("SELECT source, article FROM files WHERE source > ?", ""):
            found.update(rows)
        return found

    def stored_chunks(self) -> Iterator[list[StoredChunk]]:
        """Every committed chunk with its text, page by page (to rebuild the vector store)."""
        sql = (
            "SELECT c.id, c.chunk_id, c.article, a.source, c.month, c.start, c.end, "
            "substr(a.text, c.start + 1, c.end - c.start) FROM chunks c "
            "JOIN articles a ON a.article = c.article WHERE c.id > ?"
        )
        for rows in self._pages(sql, -1):
            yield [StoredChunk(*row[1:]) for row in rows]

    def has_article(self, article: str) -> bool:
        """Whether an article with this content hash is indexed."""
        db = self.connection()
        return (
            db.execute("SELECT 1 FROM articles WHERE article=?", (article,)).fetchone() is not None
        )

    def count_chunks(self) -> int:
        """Chunks of the committed articles."""
        return self.connection().execute("SELECT count(*) FROM chunks").fetchone()[0]

    def count_articles(self) -> int:
        """Indexed articles (identical files count once)."""
        return self.connection().execute("SELECT count(*) FROM articles").fetchone()[0]

    def has_outlet(self, name: str) -> bool:
        """Whether an indexed article was published by the outlet `name` (any case)."""
        row = (
            self.connection()
            .execute("SELECT 1 FROM files WHERE outlet = ? COLLATE NOCASE LIMIT 1", (name.strip(),))
            .fetchone()
        )
        return row is not None

    def has_files(self) -> bool:
        """Whether any file is indexed."""
        return self.connection().execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None

    def count_files(self) -> int:
        """Indexed files."""
        return self.connection().execute("SELECT count(*) FROM files").fetchone()[0]

    def file_hashes_of(self, sources: Sequence[str]) -> dict[str, str]:
        """The content hash each of these file names holds in the catalog."""
        found: dict[str, str] = {}
        for i in range(0, len(sources), MAX_VARIABLES):
            part = list(sources[i : i + MAX_VARIABLES])
            rows = self.connection().execute(
                f"SELECT source, article FROM files WHERE source IN ({','.join('?' * len(part))})",
                part,
            )
            found.update(rows)
        return found

    def files(self, offset: int = 0, limit: int = PAGE) -> list[FileRow]:
        """One page of indexed files, by name, with title, dates, outlet and chunk count."""
        rows = (
            self.connection()
            .execute(
                "SELECT f.source, a.title, a.date, f.published, f.outlet, "
                "(SELECT count(*) FROM chunks c WHERE c.article = f.article), a.source "
                "FROM files f JOIN articles a ON a.article = f.article ORDER BY f.source "
                "LIMIT ? OFFSET ?",
                (limit, offset),
            )
            .fetchall()
        )
        return [
            FileRow(s, t, d, p or None, o or None, n, () if s == cited else (cited,))
            for s, t, d, p, o, n, cited in rows
        ]

    def months(self) -> list[str]:
        """The months ('YYYY-MM') of the indexed articles."""
        rows = self.connection().execute(
            "SELECT DISTINCT date FROM articles WHERE date IS NOT NULL ORDER BY date"
        )
        return [r[0] for r in rows]

    # --- words for bridges ----------------------------------------------------------------------

    def words_without_vectors(self, min_df: int, min_name_df: int) -> list[tuple[str, str]]:
        """Corpus words whose vector is not stored yet, seen in at least `min_df` articles
        (`min_name_df` for a word never written in lower case: a name)."""
        rows = self.connection().execute(
            "SELECT surface, token FROM words WHERE vector IS NULL AND "
            "((lower = 1 AND df >= ?) OR df >= ?) ORDER BY surface",
            (min_df, min_name_df),
        )
        return list(rows)

    def store_word_vectors(self, rows: Iterable[tuple[str, bytes, float]]) -> None:
        """Save (surface, float16 vector bytes, hubness) for words."""
        with self._write_lock, self._transaction() as db:
            db.executemany(
                "UPDATE words SET vector=?, hubness=? WHERE surface=?",
                ((v, h, s) for s, v, h in rows),
            )

    def word_vectors(self) -> Iterator[list[tuple[str, str, bytes, float]]]:
        """Stored word vectors, page by page: (surface, token, vector bytes, hubness)."""
        last = ""
        db = self.connection()
        while True:
            rows = db.execute(
                "SELECT surface, token, vector, hubness FROM words WHERE surface > ? AND "
                "vector IS NOT NULL ORDER BY surface LIMIT ?",
                (last, PAGE * 10),
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]
