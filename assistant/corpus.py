"""Reads article files from the corpus folder into `Article`s, keeping each text verbatim.

An article is a UTF-8 `.txt` or `.md` file. The shipped format starts with a header line
`date YYYY-MM <lede>` (or `date YYYY-MM-DD <lede>`): the date becomes metadata and the lede the
title. Files without the header take their first line (or Markdown heading) as title and have no
date. Paragraphs are blocks separated by blank lines, kept as character spans of the untouched
text so that every excerpt can be checked as `text[start:end]`.

Only regular files inside the corpus folder are read. Symbolic links (to a file or a folder,
inside or outside the folder) and special files (named pipes, devices, sockets) are refused
without being opened, and listed in `CorpusLoad.skipped` with the reason, like empty, binary or
non-UTF-8 files. A header that starts like one but is wrong (month 13, a day that does not exist,
a date after today, no title after the date) is reported in `CorpusLoad.warnings` by file and
line, and the article is indexed with its date unknown rather than a wrong one.

This module does not chunk, embed or index, and it does not detect hard links (a hard link is a
regular file; making one needs write access to the folder).
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import ArticleError, CorpusNotFoundError, CorpusUnreadableError
from assistant.types import Article

ARTICLE_SUFFIXES = (".txt", ".md")
HEADER_FORMAT = "`date YYYY-MM title` (or `date YYYY-MM-DD title`)"
_HEADER = re.compile(r"\A\s*date[ \t]+(?P<token>\S+)[ \t]*")
_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
_DATE_LIKE = re.compile(r"(?=.*\d)[\d./-]+")  # `2022-2`, `02/2022`, `2022.02`: a date attempt
_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.DOTALL)
_HEADING_MARK = re.compile(r"#+\s*")
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | os.O_CLOEXEC
)


@dataclass
class CorpusLoad:
    """The articles read from a folder, the files skipped with the reason why, and warnings
    about articles indexed despite a faulty header (one message per problem, naming file and
    line)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[ArticleError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def load_corpus(corpus_dir: Path, today: datetime.date | None = None) -> CorpusLoad:
    """Read every article under `corpus_dir` (recursively), skipping refused or unreadable
    files; `today` (default: today) bounds the dates a header may give."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusNotFoundError(corpus_dir)
    load = CorpusLoad()
    paths, load.skipped = scan_corpus(corpus_dir)
    for path in paths:
        try:
            load.articles.append(load_article(path, corpus_dir, load.warnings, today))
        except ArticleError as error:
            load.skipped.append(error)
    return load


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[ArticleError]]:
    """The regular article files under `corpus_dir` (sorted, hidden files excluded), and the
    entries refused: symbolic links and special files, which are never opened."""
    corpus_dir = Path(corpus_dir)
    accepted: list[Path] = []
    refused: list[ArticleError] = []
    folders = [corpus_dir]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            if folder == corpus_dir:
                raise CorpusUnreadableError(corpus_dir, error.strerror or str(error)) from error
            refused.append(ArticleError(Path(folder), f"cannot be listed ({error.strerror})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            is_article = path.suffix.lower() in ARTICLE_SUFFIXES
            try:
                if entry.is_symlink():
                    if is_article or _points_to_folder(path):
                        refused.append(ArticleError(path, _SYMLINK_REASON))
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                elif is_article:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    if stat.S_ISREG(mode):
                        accepted.append(path)
                    else:
                        refused.append(ArticleError(path, _special_reason(mode)))
            except OSError as error:
                refused.append(ArticleError(path, f"cannot be read ({error.strerror})"))
    return sorted(accepted), refused


def article_paths(corpus_dir: Path) -> list[Path]:
    """The regular article files under `corpus_dir`, hidden files excluded."""
    return scan_corpus(corpus_dir)[0]


_SYMLINK_REASON = (
    "it is a symbolic link, and only regular files inside the corpus folder are read; "
    "copy the article into the folder instead of linking it"
)


def _points_to_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _special_reason(mode: int) -> str:
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    return f"it is {kind}, not a regular file; only regular text files are read"


def load_article(
    path: Path,
    corpus_dir: Path,
    warnings: list[str] | None = None,
    today: datetime.date | None = None,
) -> Article:
    """Read one article file inside `corpus_dir`; raises `ArticleError` when it is a link or a
    special file, lies outside the folder, or is empty, binary or not UTF-8. Header problems
    are appended to `warnings`."""
    path, corpus_dir = Path(path), Path(corpus_dir)
    source = path.relative_to(corpus_dir).as_posix()
    real, root = os.path.realpath(path), os.path.realpath(corpus_dir)
    if os.path.commonpath([real, root]) != root:
        raise ArticleError(path, "it lies outside the corpus folder (through a symbolic link)")
    try:
        return parse_article(read_text(path), source, warnings, str(path), today)
    except ArticleError as error:
        raise ArticleError(path, error.reason) from error


def read_text(path: Path) -> str:
    """The file's text, or `ArticleError` naming why it is not a readable article. A symbolic
    link or a special file is refused before it is opened (a named pipe would block)."""
    path = Path(path)
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            raise ArticleError(path, _SYMLINK_REASON)
        if not stat.S_ISREG(mode):
            raise ArticleError(path, _special_reason(mode))
        # No link, no blocking open: the file may have been swapped since the check above.
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise ArticleError(path, _special_reason(mode))
            data = file.read()
    except OSError as error:
        if getattr(error, "errno", None) == getattr(os, "ELOOP", None) or os.path.islink(path):
            raise ArticleError(path, _SYMLINK_REASON) from error
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


def parse_article(
    text: str,
    source: str,
    warnings: list[str] | None = None,
    name: str | None = None,
    today: datetime.date | None = None,
) -> Article:
    """Parse an article's text: date and title from its header or first line, paragraph spans.

    Problems in the header are appended to `warnings` as messages naming `name` (default:
    `source`) and the line; the article then has no date (or, without a title after the date,
    takes the first line of its text as title).
    """
    header = _header(text)
    token = header.group("token") if header else ""
    date_match = _DATE.fullmatch(token)
    paragraphs = tuple(_paragraph_spans(text, header.end() if header else 0))
    if not paragraphs:
        raise ArticleError(Path(source), "no text after the header")
    first_start, first_end = paragraphs[0]
    title = text[first_start:first_end].split("\n", 1)[0].strip()
    date = published = None
    if header:
        line = text.count("\n", 0, header.start("token")) + 1
        problems = []
        if date_match:
            date, published, problem = check_date(date_match, today or datetime.date.today())
            if problem:
                problems.append(f"{problem}; the article is indexed with its date unknown")
        else:
            problems.append(
                f"`{token}` is not a date YYYY-MM; the article is indexed with its date unknown"
            )
        if text[header.end() : header.end() + 1] in ("\n", "\r", ""):
            problems.append(
                "the header has no title after the date; the first line of the text is the title"
            )
        for problem in problems:
            if warnings is not None:
                warnings.append(
                    f"{name or source} line {line}: {problem}. Fix the header as {HEADER_FORMAT}."
                )
    article_id = source.rsplit(".", 1)[0]
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(
        article_id, source, title, date, text, paragraphs, content_hash, published=published
    )


def body_start(text: str) -> int:
    """Where an article's text starts after its header `date … ` (0 without a header)."""
    header = _header(text)
    return header.end() if header else 0


def _header(text: str) -> re.Match[str] | None:
    """The header's match, or None when the text does not start with `date <a date>`: an
    article may merely start with the word "date"."""
    header = _HEADER.match(text)
    if header and (_DATE.fullmatch(header["token"]) or _DATE_LIKE.fullmatch(header["token"])):
        return header
    return None


def check_date(
    match: re.Match[str], today: datetime.date
) -> tuple[str | None, str | None, str | None]:
    """`(month, day, problem)` for a header date `YYYY-MM` or `YYYY-MM-DD`: the month
    "YYYY-MM" and the day "YYYY-MM-DD" when valid, else a problem saying what is wrong."""
    year, month = int(match["year"]), int(match["month"])
    if not 1 <= month <= 12:
        return None, None, f"month {month} is impossible (months go from 01 to 12)"
    if year < 1900:
        return None, None, f"year {year} is implausible for a news article"
    day = None
    if match["day"]:
        try:
            day = datetime.date(year, month, int(match["day"]))
        except ValueError:
            return None, None, f"{match[0]} is not a day of the calendar"
        if day > today:
            return None, None, f"{match[0]} is after today ({today.isoformat()})"
    elif (year, month) > (today.year, today.month):
        return None, None, f"{match[0]} is after this month ({today.isoformat()[:7]})"
    return f"{year:04d}-{month:02d}", day.isoformat() if day else None, None


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for block in _BLOCK.finditer(text, start):
        begin = block.start()
        heading = _HEADING_MARK.match(text, begin)
        if heading and heading.end() < block.end():
            begin = heading.end()
        spans.append((begin, block.end()))
    return spans
