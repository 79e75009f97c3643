"""Worked examples of what the catalog stores for one article file."""

from assistant.article_rows import month_number, prepare_text
from assistant.lexical import tokens
from assistant.manifest import Entry

TEXT = (
    " date 2022-03 Peskov on the talks\n\n"
    'Kremlin spokesman Dmitry Peskov said on Thursday: "The talks are going nowhere." '
    "Ukrainian officials disagreed.\n"
)
ENTRY = Entry(published="2022-03-10", outlet="CNN", url="https://example.org/a")


def test_an_article_file_becomes_dated_chunks_sentences_and_tokens():
    new, warnings, why = prepare_text(TEXT, "a.txt", "a.txt", ENTRY, None)
    assert new is not None and why == "" and warnings == []
    assert (new.date, new.published, new.month) == ("2022-03", "2022-03-10", 202203)
    assert all(
        (c.outlet, c.url, c.published) == ("CNN", ENTRY.url, "2022-03-10") for c in new.chunks
    )
    assert new.speakers == ["peskov"]
    # a chunk's tokens are its title's, then its sentences'
    body = next(i for i, c in enumerate(new.chunks) if "nowhere" in c.text)
    assert new.chunk_terms[body].split() == tokens(
        "Peskov on the talks. Kremlin spokesman Dmitry Peskov said on Thursday: The talks are "
        "going nowhere. Ukrainian officials disagreed."
    )
    # in how many sentences each token is (the title is one)
    assert [new.terms[t] for t in tokens("Peskov disagreed")] == [2, 1]


def test_a_file_that_is_no_article_says_why_and_gives_nothing():
    new, _, why = prepare_text("   \n", "empty.txt", "empty.txt", Entry(), None)
    assert new is None and "empty.txt" in why


def test_months_are_numbers_chroma_can_compare():
    assert (month_number("2022-02"), month_number("2022-02-24"), month_number(None)) == (
        202202,
        202202,
        0,
    )
