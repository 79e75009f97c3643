"""Reading articles: header parsing, plain files, unreadable files skipped with a named reason."""

from pathlib import Path

import pytest

from assistant.corpus import load_corpus, parse_article
from assistant.errors import CorpusNotFoundError


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
