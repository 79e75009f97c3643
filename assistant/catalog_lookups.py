"""The catalog's reads for questions: chunks by id and by article, BM25 full-text search,
articles by file name, and what ingest derived per article (roles, terms, echoes, speakers,
words, document frequencies).

It writes nothing (`catalog_writes`) and knows nothing of ranking or answering: it returns rows
for `retrieve`, `derived` and the answerers to use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from assistant.catalog_db import MAX_VARIABLES, CatalogDatabase
from assistant.types import Chunk


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


class CatalogLookups(CatalogDatabase):
    """Reads for questions, by id, file name, term or speaker."""

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
        rows = self.match_terms(terms, n, months, articles)
        chunks = self.chunks_by_ids([r[0] for r in rows])
        return [(chunks[cid], score) for cid, score, _ in rows if cid in chunks]

    def match_terms(
        self,
        terms: Sequence[str],
        n: int,
        months: tuple[int, int] | None,
        articles: Sequence[str] | None,
    ) -> list[tuple[str, float, str]]:
        """The `n` best chunks by BM25 over `terms` (any of them), within the filters: chunk
        id, score (higher is better) and the chunk's indexed tokens, space-separated."""
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
            # one JSON parameter, however many articles (a speaker may be quoted in thousands)
            where.append("c.article IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(articles)))
        rows = self.connection().execute(
            "SELECT c.chunk_id, bm25(fulltext), fulltext.terms FROM fulltext "
            "JOIN chunks c ON c.id = fulltext.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY bm25(fulltext), c.chunk_id LIMIT ?",
            [*params, n],
        )
        return [(cid, -score, indexed) for cid, score, indexed in rows]

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

    def articles_published(self, first: str, last: str) -> list[str]:
        """The content hashes of the articles published from day `first` to `last`
        ('YYYY-MM-DD', inclusive)."""
        rows = self.connection().execute(
            "SELECT article FROM articles WHERE published BETWEEN ? AND ? ORDER BY article",
            [first, last],
        )
        return [r[0] for r in rows]

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

    def roles_of(self, person: str) -> list[tuple[str, int]]:
        """(role key, articles) for each role the articles give a person (identity key)."""
        rows = self.connection().execute(
            "SELECT role, articles FROM roles WHERE person=?", (person,)
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

    def articles_quoting(self, key: str) -> list[str]:
        """The content hashes of the articles quoting a speaker (identity key), in order."""
        rows = self.connection().execute(
            "SELECT article FROM speakers WHERE key = ? ORDER BY article", (key,)
        )
        return [r[0] for r in rows]

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
