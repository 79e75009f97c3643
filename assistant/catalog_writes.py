"""Writing the catalog: committing an article whole, pointing file names at articles, and
removing what no file holds any more, with the log of chunk ids pending in the vector store.

An article is written in one transaction, only after all its vectors are in the vector store,
so a reader sees it whole or not at all. Chunk ids the vector store may hold without a committed
article are logged in `pending` first, so the next ingest removes them. It computes nothing
(`ingest` does) and answers no question (`catalog_lookups`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.catalog_db import CatalogDatabase
from assistant.types import Chunk


@dataclass(frozen=True)
class NewArticle:
    """Everything `ingest` computed for one article, written by `Catalog.add_article`."""

    article: str
    article_id: str
    source: str
    title: str
    date: str | None
    month: int
    published: str | None
    outlet: str | None
    url: str | None
    text: str
    chunks: Sequence[Chunk]
    chunk_terms: Sequence[str]  # per chunk: its lexical tokens, space-joined
    sentences: Sequence[Any]  # JSON-ready rows, see `sentences` below
    terms: Counter[str]  # per token, the number of the article's sentences holding it
    words: dict[str, tuple[str, bool]]  # per word: its token, written in lower case here
    roles: dict[str, list[str]]  # role key → [person key, display name] this article teaches
    echoes: Sequence[str] = ()  # `sentences.echo_key` of its sentences (wire copy shared)
    speakers: Sequence[str] = ()  # identity keys of the people it quotes


class CatalogWrites(CatalogDatabase):
    """Commits and removes articles and files; the pending log."""

    def add_file(
        self, source: str, article: str, outlet: str | None, url: str | None, pub: str | None
    ) -> list[str]:
        """Point a file name at an indexed article (a copy of one); returns the chunk ids of
        the text the file held before, when no file holds it any more."""
        with self._write_lock, self._transaction() as db:
            return self._point_file(db, source, article, outlet, url, pub)

    def _point_file(
        self,
        db: sqlite3.Connection,
        source: str,
        article: str,
        outlet: str | None,
        url: str | None,
        pub: str | None,
    ) -> list[str]:
        row = db.execute("SELECT article FROM files WHERE source=?", (source,)).fetchone()
        db.execute(
            "INSERT OR REPLACE INTO files VALUES(?, ?, ?, ?, ?)",
            (source, article, outlet, url, pub),
        )
        if row is None or row[0] == article:
            return []
        return self._release(db, row[0])

    def _release(self, db: sqlite3.Connection, article: str) -> list[str]:
        """After a file stopped holding `article`: drop it when no file holds it, else make the
        first remaining file the one cited."""
        other = db.execute(
            "SELECT source FROM files WHERE article=? ORDER BY source LIMIT 1", (article,)
        ).fetchone()
        if other is None:
            return self._drop_article(db, article)
        db.execute(
            "UPDATE articles SET source=?, article_id=? WHERE article=?",
            (other[0], other[0].rsplit(".", 1)[0], article),
        )
        return []

    def log_pending(self, chunk_ids: Iterable[str]) -> None:
        """Note chunk ids about to be written to the vector store before their article."""
        with self._write_lock, self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO pending VALUES(?)", ((i,) for i in chunk_ids))

    def orphans(self) -> list[str]:
        """Chunk ids logged as pending whose article never committed (an ingest was killed)."""
        rows = self.connection().execute(
            "SELECT p.chunk_id FROM pending p LEFT JOIN chunks c ON c.chunk_id = p.chunk_id "
            "WHERE c.chunk_id IS NULL"
        )
        return [r[0] for r in rows]

    def clear_pending(self, chunk_ids: Sequence[str]) -> None:
        """Forget pending ids once the vector store and the catalog agree on them."""
        with self._write_lock, self._transaction() as db:
            db.executemany("DELETE FROM pending WHERE chunk_id=?", ((i,) for i in chunk_ids))

    def add_article(self, new: NewArticle) -> list[str]:
        """Commit one article whole: its row, chunks, full-text rows, terms, words, its file.
        Returns the chunk ids of the text the file held before, when nothing holds it now."""
        with self._write_lock, self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    new.article,
                    new.article_id,
                    new.source,
                    new.title,
                    new.date,
                    new.month,
                    new.published,
                    new.outlet,
                    new.url,
                    new.text,
                    json.dumps(list(new.sentences), ensure_ascii=False),
                    json.dumps(dict(new.terms), ensure_ascii=False),
                    json.dumps(new.roles, ensure_ascii=False),
                ),
            )
            db.executemany(
                "INSERT OR IGNORE INTO speakers VALUES(?, ?)",
                ((key, new.article) for key in set(new.speakers)),
            )
            db.executemany(
                "INSERT OR IGNORE INTO echoes VALUES(?, ?)",
                ((key, new.article) for key in set(new.echoes)),
            )
            db.executemany(
                "INSERT INTO roles VALUES(?, ?, ?, 1) ON CONFLICT(role, person, display) "
                "DO UPDATE SET articles = articles + 1",
                ((role, person, display) for role, (person, display) in new.roles.items()),
            )
            for chunk, terms in zip(new.chunks, new.chunk_terms, strict=True):
                cursor = db.execute(
                    "INSERT INTO chunks(chunk_id, article, paragraph, start, end, month) "
                    "VALUES(?,?,?,?,?,?)",
                    (
                        chunk.chunk_id,
                        new.article,
                        chunk.paragraph,
                        chunk.start,
                        chunk.end,
                        new.month,
                    ),
                )
                db.execute(
                    "INSERT INTO fulltext(rowid, terms) VALUES(?, ?)", (cursor.lastrowid, terms)
                )
            db.executemany(
                "INSERT INTO terms VALUES(?, ?) ON CONFLICT(token) DO UPDATE SET df = df + excluded.df",
                new.terms.items(),
            )
            db.executemany(
                "INSERT INTO words(surface, token, df, lower) VALUES(?, ?, 1, ?) "
                "ON CONFLICT(surface) DO UPDATE SET df = df + 1, lower = max(lower, excluded.lower)",
                ((w, token, int(lower)) for w, (token, lower) in new.words.items()),
            )
            sentences = len(new.sentences)
            db.execute(
                "INSERT INTO meta VALUES('sentences', ?) ON CONFLICT(key) DO UPDATE SET "
                "value = CAST(value AS INTEGER) + ?",
                (str(sentences), sentences),
            )
            db.executemany(
                "DELETE FROM pending WHERE chunk_id=?", ((c.chunk_id,) for c in new.chunks)
            )
            return self._point_file(db, new.source, new.article, new.outlet, new.url, new.published)

    def remove_file(self, source: str) -> list[str]:
        """Forget a file; when no other file holds its article, remove the article too and
        return its chunk ids (to delete from the vector store), logged as pending until then."""
        with self._write_lock, self._transaction() as db:
            row = db.execute("SELECT article FROM files WHERE source=?", (source,)).fetchone()
            db.execute("DELETE FROM files WHERE source=?", (source,))
            return [] if row is None else self._release(db, row[0])

    def _drop_article(self, db: sqlite3.Connection, article: str) -> list[str]:
        meta = db.execute(
            "SELECT sentences, terms, roles FROM articles WHERE article=?", (article,)
        ).fetchone()
        rows = db.execute("SELECT id, chunk_id FROM chunks WHERE article=?", (article,)).fetchall()
        db.executemany("DELETE FROM fulltext WHERE rowid=?", ((r[0],) for r in rows))
        db.execute("DELETE FROM chunks WHERE article=?", (article,))
        db.execute("DELETE FROM echoes WHERE article=?", (article,))
        db.execute("DELETE FROM speakers WHERE article=?", (article,))
        db.execute("DELETE FROM articles WHERE article=?", (article,))
        if meta:
            terms = json.loads(meta[1])
            db.executemany(
                "UPDATE terms SET df = df - ? WHERE token=?", ((n, t) for t, n in terms.items())
            )
            db.execute("DELETE FROM terms WHERE df <= 0")
            db.executemany(
                "UPDATE roles SET articles = articles - 1 WHERE role=? AND person=? AND display=?",
                ((r, p, d) for r, (p, d) in json.loads(meta[2]).items()),
            )
            db.execute("DELETE FROM roles WHERE articles <= 0")
            db.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) - ? WHERE key='sentences'",
                (len(json.loads(meta[0])),),
            )
        ids = [r[1] for r in rows]
        db.executemany("INSERT OR IGNORE INTO pending VALUES(?)", ((i,) for i in ids))
        return ids
