"""Reads a corpus manifest: per article file, its publication date, outlet, title and URL.

A manifest is a TSV or CSV file with a header row naming at least `file` and any of `date`
(YYYY-MM-DD or YYYY-MM), `outlet`, `title`, `url` (other columns are ignored), as
`../shared/corpus-news.tsv`. It is found as `manifest.tsv`/`manifest.csv` inside the corpus folder,
else as `<corpus folder>.tsv`/`.csv` beside it, or named by `ASSISTANT_MANIFEST`. Rows that do not
fit are reported by line, never guessed. This module reads no article.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
NAMES = ("manifest.tsv", "manifest.csv")


@dataclass(frozen=True)
class Entry:
    """What the manifest says of one file."""

    published: str | None = None  # YYYY-MM-DD (or YYYY-MM)
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass
class Manifest:
    """Entries by file name (relative to the corpus folder), and the problems found."""

    path: Path | None = None
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, source: str) -> Entry:
        """The entry of a file, by its path in the corpus folder or its bare name."""
        return self.entries.get(source) or self.entries.get(Path(source).name) or Entry()


def find_manifest(corpus_dir: Path, explicit: Path | None = None) -> Path | None:
    """The manifest that describes `corpus_dir`, or None."""
    if explicit is not None:
        return Path(explicit)
    corpus_dir = Path(corpus_dir)
    candidates = [corpus_dir / name for name in NAMES] + [
        corpus_dir.parent / f"{corpus_dir.resolve().name}{suffix}" for suffix in (".tsv", ".csv")
    ]
    return next((p for p in candidates if p.is_file() and not p.is_symlink()), None)


def load_manifest(corpus_dir: Path, explicit: Path | None = None) -> Manifest:
    """The manifest of `corpus_dir` (empty when there is none)."""
    path = find_manifest(corpus_dir, explicit)
    manifest = Manifest(path)
    if path is None:
        return manifest
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        manifest.problems.append(
            f"{path}: cannot be read as UTF-8 text ({error}); publication dates, outlets and "
            "URLs are left unknown. Fix the file or set ASSISTANT_MANIFEST."
        )
        return manifest
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in text.split("\n", 1)[0] else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    key = next((columns[c] for c in ("file", "source", "path", "filename") if c in columns), None)
    if key is None:
        manifest.problems.append(
            f"{path} line 1: no 'file' column; add a header row naming file, date, outlet, "
            "title, url."
        )
        return manifest
    for line, row in enumerate(reader, start=2):
        name = (row.get(key) or "").strip()
        if not name:
            continue
        date = (row.get(columns.get("date", ""), "") or "").strip()
        match = _DATE.fullmatch(date)
        if date and not (match and _valid(match)):
            manifest.problems.append(
                f"{path} line {line}: date {date!r} is not YYYY-MM-DD; {name} keeps the date "
                "of its header."
            )
            date = ""
        manifest.entries[name] = Entry(
            date or None,
            _cell(row, columns, "outlet"),
            _cell(row, columns, "title"),
            _cell(row, columns, "url"),
        )
    return manifest


def _cell(row: dict, columns: dict[str, str], name: str) -> str | None:
    value = (row.get(columns.get(name, ""), "") or "").strip()
    return value or None


def _valid(match: re.Match[str]) -> bool:
    month = int(match.group(2))
    day = int(match.group(3) or 1)
    return 1 <= month <= 12 and 1 <= day <= 31
