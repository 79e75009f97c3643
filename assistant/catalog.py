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

It does not embed, chunk or attribute: `ingest` computes, this module stores and looks up.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import CatalogVersionError
from assistant.types import Chunk

SCHEMA_VERSION = "8"
PAGE = 500  # rows per page for every read that may span the whole catalog
MAX_VARIABLES = 900  # SQLite's bound on `?` per statement is 999 on old builds

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    article TEXT PRIMARY KEY, article_id TEXT NOT NULL, source TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, month INTEGER NOT NULL, published TEXT, outlet TEXT,
    url TEXT, text TEXT NOT NULL, sentences TEXT NOT NULL, terms TEXT NOT NULL,
    roles TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    source TEXT PRIMARY KEY, article TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS files_article ON files(article);
CREATE TABLE IF NOT EXISTS chunks(
    id INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL UNIQUE, article TEXT NOT NULL,
    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    month INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_article ON chunks(article);
CREATE VIRTUAL TABLE IF NOT EXISTS fulltext USING fts5(terms, tokenize="unicode61 tokenchars '-'");
CREATE TABLE IF NOT EXISTS terms(token TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS roles(
    role TEXT NOT NULL, person TEXT NOT NULL, display TEXT NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY(role, person, display)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS echoes(
    key TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS echoes_article ON echoes(article);
CREATE TABLE IF NOT EXISTS speakers(
    key TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS speakers_article ON speakers(article);
CREATE TABLE IF NOT EXISTS pending(chunk_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS words(
    surface TEXT PRIMARY KEY, token TEXT NOT NULL, df INTEGER NOT NULL, lower INTEGER NOT NULL,
    vector BLOB, hubness REAL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS words_token ON words(token);
"""


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the catalog knows it (without its text)."""

    article: str  # content hash
    article_id: str
    source: str  # the file name cited (the first, when identical files share the article)
    title: str
    date: str | None  # "YYYY-MM"
    published: str | None  # "YYYY-MM-DD" when known
    outlet: str | None
    url: str | None


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


class Catalog:
    """The SQLite catalog of one data folder; one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        with self.connection() as db:
            db.executescript(_SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
        built = self.get_meta("schema")
        if built != SCHEMA_VERSION:
            raise CatalogVersionError(self.path, str(built), SCHEMA_VERSION)

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (WAL mode: readers never wait for the writer)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=OFF")
            self._local.db = db
        return db

    def close(self) -> None:
        """Close this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # --- meta ---------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A recorded value ('embedding_model', 'sentences'…), or None."""
        row = self.connection().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Record a value."""
        with self._write_lock:
            self.connection().execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (key, value))

    # --- files and articles ---------------------------------------------------------------------

    def file_hashes(self) -> dict[str, str]:
        """Every indexed file name and the content hash it held, read page by page."""
        found: dict[str, str] = {}
        for rows in self._pages("SELECT source, article FROM files WHERE source > ?", ""):
            found.update(rows)
        return found

    def _pages(self, sql: str, first: Any) -> Iterator[list[tuple]]:
        """Keyset pagination on the first column of `sql` (which must filter `col > ?`)."""
        last = first
        db = self.connection()
        while True:
            rows = db.execute(f"{sql} ORDER BY 1 LIMIT {PAGE}", (last,)).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

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

    def has_files(self) -> bool:
        """Whether any file is indexed."""
        return self.connection().execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None

    def count_files(self) -> int:
        """Indexed files."""
        return self.connection().execute("SELECT count(*) FROM files").fetchone()[0]

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

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection())

    # --- reads for questions --------------------------------------------------------------------

    def chunks_by_ids(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        """The committed chunks among `chunk_ids` (others are not, or no longer, indexed)."""
        found: dict[str, Chunk] = {}
        for i in range(0, len(chunk_ids), MAX_VARIABLES):
            part = list(chunk_ids[i : i + MAX_VARIABLES])
            marks = ",".join("?" * len(part))
            for chunk in self._chunks(f"c.chunk_id IN ({marks})", part):
                found[chunk.chunk_id] = chunk
        return found

    def _chunks(self, where: str, params: Sequence[Any]) -> list[Chunk]:
        rows = self.connection().execute(
            "SELECT c.chunk_id, a.article_id, a.source, a.title, a.date, c.paragraph, c.start, "
            "c.end, substr(a.text, c.start + 1, c.end - c.start), a.published, a.outlet, a.url "
            "FROM chunks c "
            f"JOIN articles a ON a.article = c.article WHERE {where}",
            params,
        )
        return [Chunk(*row) for row in rows]

    def chunks_of(self, source: str) -> list[Chunk]:
        """The chunks of the article a file name holds, in reading order."""
        chunks = self._chunks("c.article = (SELECT article FROM files WHERE source = ?)", [source])
        return sorted(chunks, key=lambda c: c.start)

    def search_terms(
        self,
        terms: Sequence[str],
        n: int,
        months: tuple[int, int] | None,
        articles: Sequence[str] | None,
    ) -> list[tuple[Chunk, float]]:
        """The `n` best chunks by BM25 over `terms` (any of them), within the filters."""
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        where, params = ["fulltext MATCH ?"], [match]
        if months:
            where.append("c.month BETWEEN ? AND ?")
            params += list(months)
        if articles is not None:
            if not articles:
                return []
            where.append(f"c.article IN ({','.join('?' * len(articles))})")
            params += list(articles)
        rows = (
            self.connection()
            .execute(
                "SELECT c.chunk_id, bm25(fulltext) FROM fulltext JOIN chunks c ON c.id = fulltext.rowid "
                f"WHERE {' AND '.join(where)} ORDER BY bm25(fulltext), c.chunk_id LIMIT ?",
                [*params, n],
            )
            .fetchall()
        )
        chunks = self.chunks_by_ids([r[0] for r in rows])
        return [(chunks[cid], -score) for cid, score in rows if cid in chunks]

    def articles_of(self, sources: Sequence[str]) -> list[str]:
        """The content hashes of the articles these file names hold."""
        found = []
        for i in range(0, len(sources), MAX_VARIABLES):
            part = list(sources[i : i + MAX_VARIABLES])
            rows = self.connection().execute(
                f"SELECT DISTINCT article FROM files WHERE source IN ({','.join('?' * len(part))})",
                part,
            )
            found += [r[0] for r in rows]
        return sorted(set(found))

    def article_by_source(self, source: str) -> tuple[ArticleRecord, str, list] | None:
        """The article cited under this file name: its record, text and sentence rows."""
        row = (
            self.connection()
            .execute(
                "SELECT a.article, a.article_id, a.source, a.title, a.date, a.published, a.outlet, "
                "a.url, a.text, a.sentences FROM files f JOIN articles a ON a.article = f.article "
                "WHERE f.source = ?",
                (source,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return ArticleRecord(*row[:8]), row[8], json.loads(row[9])

    def role_counts(self, role: str) -> list[tuple[str, str, int]]:
        """(person key, display name, articles) for each person the articles give this role."""
        rows = self.connection().execute(
            "SELECT person, display, articles FROM roles WHERE role=?", (role,)
        )
        return list(rows)

    def article_terms(self, source: str) -> frozenset[str]:
        """The tokens of the article a file name holds (its sentences' words, from ingest)."""
        row = (
            self.connection()
            .execute(
                "SELECT a.terms FROM files f JOIN articles a ON a.article = f.article "
                "WHERE f.source = ?",
                (source,),
            )
            .fetchone()
        )
        return frozenset(json.loads(row[0])) if row else frozenset()

    def echoes(self, key: str, limit: int = 6) -> list[tuple[str, str | None, str | None]]:
        """(file, outlet, publication date) of the articles holding a sentence with this
        `sentences.echo_key`, oldest first."""
        rows = self.connection().execute(
            "SELECT a.source, a.outlet, coalesce(a.published, a.date) FROM echoes e "
            "JOIN articles a ON a.article = e.article WHERE e.key = ? "
            "ORDER BY coalesce(a.published, a.date), a.source LIMIT ?",
            (key, limit),
        )
        return list(rows)

    def surface_of(self, token: str) -> str | None:
        """The most frequent word (lower case) the corpus writes for a token, or None."""
        row = (
            self.connection()
            .execute(
                "SELECT surface FROM words WHERE token = ? ORDER BY df DESC, surface LIMIT 1",
                (token,),
            )
            .fetchone()
        )
        return row[0] if row else None

    def is_name(self, token: str) -> bool:
        """Whether the corpus writes this token only capitalised (a name: Stockholm, Kuleba)."""
        row = (
            self.connection()
            .execute("SELECT max(lower) FROM words WHERE token = ?", (token,))
            .fetchone()
        )
        return row[0] == 0

    def quoted_in(self, key: str, name: Sequence[str] = ()) -> int:
        """In how many articles a speaker (identity key: a surname) is quoted; with the tokens
        of a full `name`, only the articles that write that name (Jill Biden is not Joe)."""
        if not name:
            row = (
                self.connection()
                .execute("SELECT count(*) FROM speakers WHERE key = ?", (key,))
                .fetchone()
            )
            return row[0]
        phrase = '"' + " ".join(t.replace('"', "") for t in name) + '"'
        row = (
            self.connection()
            .execute(
                "SELECT count(DISTINCT c.article) FROM fulltext JOIN chunks c "
                "ON c.id = fulltext.rowid WHERE fulltext MATCH ? AND c.article IN "
                "(SELECT article FROM speakers WHERE key = ?)",
                (phrase, key),
            )
            .fetchone()
        )
        return row[0]

    def other_names(self, source: str) -> list[str]:
        """The other file names holding the same text as `source`."""
        rows = self.connection().execute(
            "SELECT source FROM files WHERE article = (SELECT article FROM files WHERE source=?) "
            "AND source != ? ORDER BY source",
            (source, source),
        )
        return [r[0] for r in rows]

    def document_frequency(self, token: str) -> int:
        """In how many sentences the token occurs (0 when the corpus never has it)."""
        row = self.connection().execute("SELECT df FROM terms WHERE token=?", (token,)).fetchone()
        return row[0] if row else 0

    def sentence_count(self) -> int:
        """Sentences of all indexed articles (the N of IDF)."""
        return int(self.get_meta("sentences") or 0)

    def tokens_starting(self, prefix: str, min_length: int) -> list[str]:
        """Corpus tokens starting with `prefix` and at least `min_length` long (for spelling)."""
        rows = self.connection().execute(
            "SELECT token FROM terms WHERE token >= ? AND token < ? AND length(token) >= ?",
            (prefix, prefix + "\uffff", min_length),
        )
        return [r[0] for r in rows]

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

    def generation(self) -> int:
        """A number that changes whenever the catalog is written (SQLite's data_version is
        per connection, so the meta counter is used)."""
        return int(self.get_meta("generation") or 0)

    def bump_generation(self) -> None:
        """Mark that derived caches must be refreshed."""
        with self._write_lock:
            self.connection().execute(
                "INSERT INTO meta VALUES('generation', '1') ON CONFLICT(key) DO UPDATE SET "
                "value = CAST(value AS INTEGER) + 1"
            )


class _Transaction:
    """`with` block running statements in one IMMEDIATE transaction, rolled back on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")
