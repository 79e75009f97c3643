"""Reading articles: header parsing, plain files, unreadable files skipped with a named reason."""

import datetime
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest

from assistant.corpus import load_article, load_corpus, parse_article, read_text
from assistant.errors import ArticleError, CorpusNotFoundError


def test_seed_article_header(article):
    assert article.date == "2022-02"
    assert article.title.startswith("Après l'envoi de 3 000 soldats américains")
    assert article.source == "000_d372c2d687251f99.txt"
    assert len(article.paragraphs) == 6
    first_start, _ = article.paragraphs[0]
    assert article.text[first_start:].startswith("Après l'envoi")  # the header is not text
    second_start, _ = article.paragraphs[1]
    assert article.text[second_start:].startswith("Le Kremlin a exhorté ce 3 février")


def test_plain_markdown_article_takes_its_heading_as_title():
    article = parse_article(
        "# Talks in Geneva\n\nDiplomats met.\nThey talked.\n\n\nNo deal.\n", "a.md"
    )
    assert article.title == "Talks in Geneva"
    assert article.date is None
    assert [article.text[s:e] for s, e in article.paragraphs] == [
        "Talks in Geneva",
        "Diplomats met.\nThey talked.",
        "No deal.",
    ]


def test_unreadable_files_are_skipped_with_their_name(tmp_path: Path):
    (tmp_path / "good.txt").write_text("date 2022-03 A lede.\n\nA paragraph.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x01\x02")
    (tmp_path / "latin1.md").write_bytes("Les Américains".encode("latin-1"))
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    load = load_corpus(tmp_path)
    assert [a.source for a in load.articles] == ["good.txt"]
    messages = sorted(str(e) for e in load.skipped)
    assert len(messages) == 3
    assert "binary.txt" in messages[0] and "binary" in messages[0]
    assert "empty.txt" in messages[1] and "empty" in messages[1]
    assert "latin1.md" in messages[2] and "UTF-8" in messages[2]


def test_missing_corpus_folder_is_named(tmp_path: Path):
    with pytest.raises(CorpusNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")


# --- only regular files inside the folder ---------------------------------------------------

ARTICLE_TEXT = "date 2022-03 A lede.\n\nA paragraph."


def _load_in_thread(folder: Path):
    """load_corpus, failing instead of hanging if something opened a named pipe."""
    done: list = []
    worker = threading.Thread(target=lambda: done.append(load_corpus(folder)), daemon=True)
    worker.start()
    worker.join(60)  # a guard against blocking forever, not a speed check
    assert done, "load_corpus blocked: it opened a named pipe"
    return done[0]


def test_symlinks_are_refused_and_named(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("date 2022-01 Secret.\n\nroot:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")  # inside the folder: refused too
    (corpus / "linked-folder").symlink_to(outside, target_is_directory=True)
    (corpus / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    load = load_corpus(corpus)
    assert [a.source for a in load.articles] == ["good.txt"]
    assert all("root:x" not in a.text for a in load.articles)
    refused = {e.path.name: e.reason for e in load.skipped}
    assert sorted(refused) == ["dangling.md", "inside.txt", "linked-folder", "passwd.txt"]
    assert all("symbolic link" in reason and "copy" in reason for reason in refused.values())
    assert all(e.path.parent == corpus for e in load.skipped)  # named inside the corpus folder


def test_special_files_are_refused_without_being_opened(tmp_path: Path):
    (tmp_path / "good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    short = Path(tempfile.mkdtemp(dir="/tmp"))  # a socket path must be short
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(short / "s.md"))
            (tmp_path / "sock.md").symlink_to(short / "s.md")  # a link: refused as a link
            os.rename(short / "s.md", tmp_path / "socket.md")
            load = _load_in_thread(tmp_path)
    finally:
        shutil.rmtree(short, ignore_errors=True)
    assert [a.source for a in load.articles] == ["good.txt"]
    refused = {e.path.name: e.reason for e in load.skipped}
    assert "named pipe" in refused["pipe.txt"] and "not a regular file" in refused["pipe.txt"]
    assert "socket" in refused["socket.md"]
    assert "symbolic link" in refused["sock.md"]


def test_a_file_swapped_for_a_link_after_the_scan_is_refused(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    secret = tmp_path.parent / f"{tmp_path.name}-secret.txt"
    secret.write_text("date 2022-01 Secret.\n\nsecret", encoding="utf-8")
    (tmp_path / "a.txt").unlink()
    (tmp_path / "a.txt").symlink_to(secret)
    with pytest.raises(ArticleError, match="symbolic link"):
        load_article(tmp_path / "a.txt", tmp_path)
    os.mkfifo(tmp_path / "b.txt")
    with pytest.raises(ArticleError, match="named pipe"):
        read_text(tmp_path / "b.txt")


# --- headers --------------------------------------------------------------------------------

TODAY = datetime.date(2025, 6, 15)


@pytest.mark.parametrize(
    ("first_line", "date", "published", "title", "problem"),
    [
        ("date 2022-02 Talks in Geneva.", "2022-02", None, "Talks in Geneva.", None),
        ("date 2022-02-24 Invasion.", "2022-02", "2022-02-24", "Invasion.", None),
        ("date 2022-13 Talks.", None, None, "Talks.", "month 13 is impossible"),
        ("date 2022-00 Talks.", None, None, "Talks.", "month 0 is impossible"),
        ("date 2022-02-30 Talks.", None, None, "Talks.", "2022-02-30 is not a day"),
        ("date 2031-05 Talks.", None, None, "Talks.", "2031-05 is after this month (2025-06)"),
        ("date 2025-06-16 Talks.", None, None, "Talks.", "2025-06-16 is after today"),
        ("date 2025-06-15 Today.", "2025-06", "2025-06-15", "Today.", None),
        ("date 0022-02 Talks.", None, None, "Talks.", "year 22 is implausible"),
        ("date 2022-2 Talks.", None, None, "Talks.", "`2022-2` is not a date YYYY-MM"),
        ("date 02/2022 Talks.", None, None, "Talks.", "`02/2022` is not a date YYYY-MM"),
        ("date 2022-02", "2022-02", None, "Body first line.", "no title after the date"),
        ("date night in Kyiv was quiet.", None, None, "date night in Kyiv was quiet.", None),
    ],
)
def test_header_worked_examples(first_line, date, published, title, problem):
    warnings: list[str] = []
    text = f"{first_line}\n\nBody first line.\nMore body."
    article = parse_article(text, "x.txt", warnings, "corpus/x.txt", TODAY)
    assert (article.date, article.published, article.title) == (date, published, title)
    if problem is None:
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert warnings[0].startswith("corpus/x.txt line 1: ") and problem in warnings[0]
        assert "Fix the header as `date YYYY-MM title`" in warnings[0]
    assert text[article.paragraphs[-1][0] :].startswith("Body first line.")


def test_bad_headers_are_reported_by_file_and_line_at_load(tmp_path: Path):
    (tmp_path / "bad.txt").write_text("\n\ndate 2022-13 Talks.\n\nBody.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    load = load_corpus(tmp_path)
    assert {a.source: a.date for a in load.articles} == {"bad.txt": None, "good.txt": "2022-03"}
    assert load.warnings == [
        f"{tmp_path / 'bad.txt'} line 3: month 13 is impossible (months go from 01 to 12); "
        "the article is indexed with its date unknown. Fix the header as "
        "`date YYYY-MM title` (or `date YYYY-MM-DD title`)."
    ]


def test_real_news_headers_give_no_warning():
    news = Path("/work/shared/corpus-news")
    if not news.is_dir():
        pytest.skip("the real news corpus is not on this machine")
    warnings: list[str] = []
    for path in sorted(news.glob("*.txt"))[::250]:
        article = load_article(path, news, warnings)
        assert article.date and article.title
    assert warnings == []
