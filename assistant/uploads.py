"""Article uploads from the web UI: a safe file name that keeps its letters (Unicode NFC, only
what is unsafe in a path dropped), the checks an upload must pass (type, size, UTF-8 text,
a regular file), and an atomic write that never overwrites a different file unless asked.
Indexing the stored files is `ingest`'s job.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
import uuid
from pathlib import Path, PurePosixPath

from assistant.corpus import (
    ARTICLE_SUFFIXES,
    parse_article,
    read_text,
)
from assistant.errors import (
    ArticleError,
    UploadError,
)

MAX_NAME_BYTES = 200  # file names are limited to 255 bytes; accented letters take two


_UNSAFE_NAME_CHARS = re.compile(r'[\\/:*?"<>|]')


def safe_name(original: str) -> str:
    """A safe file name for an upload: its basename, Unicode NFC, with only what is unsafe in a
    path removed (separators, control and invisible characters, `:*?"<>|`, leading dots, `..`),
    spaces collapsed, at most `MAX_NAME_BYTES` bytes; the suffix lower-cased."""
    base = unicodedata.normalize("NFC", original).replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(
        " " if unicodedata.category(ch) in ("Zs", "Zl", "Zp") or ch in "\t\n\r" else ch
        for ch in base
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\t\n\r"
    )
    name = _UNSAFE_NAME_CHARS.sub("_", kept)
    name = re.sub(r"\.{2,}", ".", re.sub(r"\s+", " ", name)).strip(" ").lstrip(".").strip(" ")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.rstrip(" .")
    encoded = stem.encode("utf-8")[:MAX_NAME_BYTES]
    stem = encoded.decode("utf-8", errors="ignore").rstrip(" .") or "article"
    return f"{stem}.{suffix.lower()}" if dot else stem


def check_upload(
    path: Path, max_bytes: int, warnings: list[str] | None = None
) -> tuple[str, bytes]:
    """The safe name and bytes of an uploaded article; `UploadError` naming it when refused.
    Header problems (the article is still accepted) are appended to `warnings`."""
    shown = path.name
    name = safe_name(shown)
    if PurePosixPath(name).suffix not in ARTICLE_SUFFIXES:
        raise UploadError(f"{shown}: only .txt and .md articles are accepted.")
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        raise UploadError(f"{shown}: cannot be read ({error.strerror}).") from error
    if not stat.S_ISREG(mode):
        raise UploadError(f"{shown}: not a regular file; upload the article's text file.")
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(f"{shown}: {size:,} bytes is over the {max_bytes:,}-byte limit.")
    problems: list[str] = []
    try:
        text = read_text(path)
        parse_article(text, name, problems, name)
    except ArticleError as error:
        raise UploadError(f"{shown}: {error.reason}.") from error
    if warnings is not None:
        warnings.extend(problems)
    return name, text.encode("utf-8")


def store_file(corpus_dir: Path, name: str, data: bytes, replace: bool) -> str:
    """Write one checked article atomically; returns what happened, for the status message.
    A symbolic link or special file of that name is never written through nor replaced."""
    target = corpus_dir / name
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise UploadError(
            f"{name}: the corpus folder holds a link or special file of this name; remove it "
            "or rename the upload."
        )
    if mode is not None and read_text_bytes(target) == data:
        return f"{name}: already in the corpus, unchanged."
    if mode is not None and not replace:
        raise UploadError(
            f"{name}: a different file with this name is already in the corpus; rename the "
            "upload, or tick “Replace files with the same name”."
        )
    tmp = corpus_dir / f".{uuid.uuid4().hex}.tmp"  # hidden: the corpus loader skips it
    tmp.write_bytes(data)
    try:
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if the name was taken meanwhile: never overwrites
    except FileExistsError as error:
        raise UploadError(f"{name}: a file with this name appeared meanwhile.") from error
    finally:
        tmp.unlink(missing_ok=True)
    return f"{name}: {'replaced' if replace else 'added'}."


def read_text_bytes(path: Path) -> bytes | None:
    """A regular file's bytes (None when it cannot be read as an article)."""
    try:
        return read_text(path).encode("utf-8")
    except ArticleError:
        return None


def store_uploads(
    paths: list[str],
    corpus_dir: Path,
    max_bytes: int,
    replace: bool = False,
    warnings: list[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Check then store each uploaded file; returns (stored lines, refused lines). Header
    problems of stored files are appended to `warnings`."""
    stored, refused = [], []
    for path in paths:
        try:
            problems: list[str] = []
            name, data = check_upload(Path(path), max_bytes, problems)
            stored.append(store_file(Path(corpus_dir), name, data, replace))
            if warnings is not None:
                warnings.extend(problems)
        except UploadError as error:
            refused.append(str(error))
    return stored, refused
