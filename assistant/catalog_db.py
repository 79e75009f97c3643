"""The catalog's SQLite file: its schema and format version, one connection per thread, the
recorded values (`meta`), the write generation, transactions and paged reads.

Opening a catalog built with another `SCHEMA_VERSION` raises `CatalogVersionError`. SQLite's WAL
mode lets questions read while an ingest writes; writes go through one lock and one IMMEDIATE
transaction each. It stores no article and answers no question: `catalog_writes` commits and
removes articles, `catalog_lookups` answers questions' reads, `catalog.Catalog` joins them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import CatalogVersionError

# The format of what ingest stores, and of what it derives from the text: raised when either
# changes (9: "U.K." and "British" tokens, caption debris as sentence ends; 10: sentences'
# speakers, "X also said", "… and tweeted", appositions; 11: role keys merging a body's head
# however called and a body written out with its initials, "first lady" a role, "Its chief,
# Rafael Grossi, said", sentences without the punctuation a lost dateline leaves; 12: a speaker
# named before a chain of asides, "Vitali" the article's Vitali Klitschko; 13: two people of one
# surname kept apart; 14: ". :" caption debris as a sentence end; 15: a French office in a
# role key as English names it, "le ministre…" a minister; 16: ambassador, mayor, governor and
# prosecutor one token with their French names; 17: a surname's transliterations one key,
# "Podolyak" and "Podoliak", "CEO" one token with "chief executive", a subject named after its
# role ("The Kursk governor Roman Starovoyt - … - also hit out at…") whom a "he said" follows,
# "hit out at", "slammed", "criticised" words of saying; 22: a business's name ending on "'s"
# a speaker, "Applebee's said"; "Corps", "Brigade", "Battalion", "Regiment", "Patrol" bodies;
# 23: what is said in a clause opening the sentence ("After Gutfeld said…,") not the quote
# after it, "pushed back", "fired back", "shot back" words of saying before a colon; 24: a
# connective set off by commas between a speaker and the verb, "Polyanskiy, however, called
# it…"; "conceded", "countered", "retorted", "assured" words of saying; 25: "US" opening a
# speaker is the country's initials, "US President Joe Biden dismissed…"; a stem ending on
# "ff" undoubled, "bluff" as "bluffing"; "answered" and "asked" before a colon words of saying,
# "he answered: “How do you know…”"; 26: two sentences a scrape glued together
# ("…Sievierodonetsk.Bakhmut, a city…") are two; a speaker's name before "when asked…, said"
# or "asked for his reaction, said" is the speaker; "Finally," or "Meanwhile," opening a
# sentence is no speaker, the subject after it is; "the mayor" is the one mayor the article
# names); 27: a verb of saying in a clause of saying after the main one is part of what was
# said, a bulleted list run into one paragraph split at its bullets; 28: a speaker of nine or
# ten capitalised words ("International Atomic Energy Agency Director General Rafael Mariano
# Grossi"), a subject after an opening phrase of up to 80 characters whom a "he said" follows;
# 29: a stray capital after its apostrophe among stray punctuation ("…invade. 'S : ‘ ’ \"Well…")
# ends a sentence and is part of none; 30: the WTO, the IMF and the World Health Organization
# one token with their French initials (OMC, FMI, OMS); 31: the UN, the EU, the IAEA, the ICC,
# the Security Council, human rights, the State Department, the Red Cross, the World Bank and
# OPEC one token with their French names and initials, French function words ("avoir",
# "devant", "autres") stop words as their English equivalents are; 32: the part of a month
# a date names ("early March", "fin mars", "mid-May") the month alone; 33: "faut" (needs) no
# stop word, as "need" is none; 34: an ordinal its number in either language ("202nd",
# "202e" → 202); 35: a quotation opening after a speaker's reported words theirs, a "He"/"She"
# sentence carrying the person last named when the first name's gender matches, a name before
# comma-set descriptions a speaker, a weekday's briefing an occasion; 36: "shouted", "chanted",
# "yelled" words of saying ("Women shouted, “Get out of our land…”"); 37: "saying" with no comma
# before it opens words said ("…shared the footage on Twitter saying: “…”"), a speaker's name
# among appositions before their verb read as before a verb of saying; so that a catalog built
# before asks for a rebuild instead of answering from stale tokens, sentences, speakers and
# roles.
SCHEMA_VERSION = "37"
PAGE = 500  # rows per page for every read that may span the whole catalog
MAX_VARIABLES = 900  # SQLite's bound on `?` per statement is 999 on old builds

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    article TEXT PRIMARY KEY, article_id TEXT NOT NULL, source TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, month INTEGER NOT NULL, published TEXT, outlet TEXT,
    url TEXT, text TEXT NOT NULL, sentences TEXT NOT NULL, terms TEXT NOT NULL,
    roles TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS files(
    source TEXT PRIMARY KEY, article TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS files_article ON files(article);
CREATE INDEX IF NOT EXISTS files_outlet ON files(outlet COLLATE NOCASE);
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
CREATE INDEX IF NOT EXISTS roles_person ON roles(person);
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


class CatalogDatabase:
    """The SQLite file of one data folder: schema, connections, meta values, transactions."""

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

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection())


class _Transaction:
    """`with` block running statements in one IMMEDIATE transaction, rolled back on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")
