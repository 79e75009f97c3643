"""Splits articles into overlapping, sentence-aligned chunks that keep their character offsets.

Chunks never cross a paragraph: each paragraph is split by LangChain's
`RecursiveCharacterTextSplitter` on sentence boundaries (then clauses, then words), with
overlap, and every chunk keeps `text == article.text[start:end]`. The same sentence boundary
serves `sentence_spans`, which the answerer uses to cut excerpts. Embedding and storage are
left to `index`.
"""

from __future__ import annotations

import hashlib
import re

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.lexical import MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS
from assistant.types import Article, Chunk

CHUNK_SIZE = 500
CHUNK_OVERLAP = 150

UPPERCASE = "A-ZÀ-ÖØ-Þ"  # a regex class body: capitals, accented ones included
_NEXT = rf"(?=[«\"“({UPPERCASE}0-9])"
# Titles and abbreviations written before a name: "Sen. Lindsey Graham", "St. Petersburg" are
# one sentence.
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{title}\.)" for title in NAME_ABBREVIATIONS)
# Abbreviations written before a number: "Nov. 8", "No. 3" do not end a sentence.
_BEFORE_NUMBER = ["No", "Nos", *(m.capitalize() for m in MONTH_ABBREVIATIONS)]
_NOT_BEFORE_NUMBER = "".join(rf"(?<!\b{word}\.)" for word in _BEFORE_NUMBER)
_NOT_INITIAL = rf"(?<!\b[{UPPERCASE}]\.){_NOT_AFTER_TITLE}"
# A speech tag standing as a sentence's end: a name (up to five capitalised words), a verb of
# saying, at most its addressee ("him", "reporters", a name), then the end of the sentence.
_SPEECH_TAG = (
    rf"(?:[{UPPERCASE}][\w'’.-]*\s+){{1,5}}(?:said|says|asked|asks|added|wrote|told|replied|"
    r"tweeted|shouted|exclaimed|continued|insisted|wondered|posted)"
    rf"(?:\s+(?:him|her|them|reporters|[{UPPERCASE}][\w'’-]*(?:\s+[{UPPERCASE}][\w'’-]*){{0,2}}))?"
    r"\s*[.,]"
)
# A sentence ends at . ! ? or … (optionally closed by a quote), before a capital, an opening
# quote or a number; a single capital before the dot ("M. Macron", "J. Biden") is an initial,
# not an end, nor is a title's dot. Scraped photo-caption debris between two sentences ("…!"
# ' ' , : Kalush Orchestra…", "…he added. 'T Secretary of State…": 30 such in the news corpus;
# "…brokered by Saudi Arabia. , American's Andy Huynh, right, …": 354 articles; "…during a
# press conference. : In their own statement…": 306 in 216 articles) ends one and is part of
# neither.
SENTENCE_BOUNDARY = (
    rf"{_NOT_INITIAL}(?<=[.!?…])\s+(?=[«\"“({UPPERCASE}])"
    rf"|{_NOT_INITIAL}{_NOT_BEFORE_NUMBER}(?<=[.!?…])\s+(?=[0-9])"
    rf"|(?<=[.…][»\"”'’])\s+{_NEXT}"
    # a quoted question or exclamation ends a sentence unless a speech tag follows it ("“What's
    # your response?” Tapper asked Kelly."): the tag says whose words they are
    rf"|(?<=[!?][»\"”'’])\s+(?!{_SPEECH_TAG}){_NEXT}"
    # a quotation inside a quotation, both closed: "“‘I already have a daddy!’”"
    rf"|(?<=[.!?…][»\"”'’][»\"”'’])\s+{_NEXT}"
    r"|\s[,:;'’‘\"]+(?:\s+[,:;'’‘\"]+)+\s+"
    # a stray capital after its apostrophe, with the punctuation around it ("…he added. 'T
    # Secretary of State…", "…invade. 'S : ‘ ’ \"Well, let me…", "…invades.\" , 'S ‘ ’ Former…":
    # 168 articles), but the words "A" and "I" opening a quotation ("'I am here,' she said")
    rf"|(?<=[.!?…\"”])(?:\s+[,:])?\s+['’][B-HJ-Z](?=\s)"
    r"(?:\s+(?:['’][B-HJ-Z](?=\s)|[-,:;.?'’‘\"]+))*\s+"
    rf"(?=[«\"“({UPPERCASE}0-9$])"
    rf"|(?<=[.!?…\"”])\s+[,:]\s+{_NEXT}"
    # two sentences the scrape glued together ("…east of Sievierodonetsk.Bakhmut, a city…":
    # 58 in the news corpus): a word of three small letters, its stop, a capitalised word
    rf"|(?<=[a-z]{{3}}[.!?])(?=[{UPPERCASE}][a-z])"
    # a bulleted list the scrape ran into one paragraph ("…to defend Russia. * \"If the
    # territorial integrity…\" Putin said… * Russia's mobilisation…": 23 in 2 articles)
    rf"|(?<=[.!?…\"”])\s+\*\s+{_NEXT}"
)
_SENTENCE_BOUNDARY_RE = re.compile(SENTENCE_BOUNDARY)


def _splitter() -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        separators=[SENTENCE_BOUNDARY, r"(?<=[;:])\s+", r"(?<=,)\s+", r"\s+"],
        is_separator_regex=True,
        keep_separator="end",
        chunk_size=CHUNK_SIZE,
        chunk_overlap=CHUNK_OVERLAP,
        strip_whitespace=True,
    )


def chunk_article(article: Article) -> list[Chunk]:
    """The article's chunks, in reading order, each a verbatim span of its text."""
    splitter = _splitter()
    chunks = []
    for index, (p_start, p_end) in enumerate(article.paragraphs):
        previous = p_start - 1
        for piece in splitter.split_text(article.text[p_start:p_end]):
            # Each chunk starts after the previous one: a passage the article repeats is found
            # at its own place, not at its first occurrence.
            start = article.text.index(piece, previous + 1)
            previous = start
            chunks.append(_chunk(article, index, start, start + len(piece)))
    return chunks


def chunk_id(content_hash: str, start: int, end: int) -> str:
    """A chunk's id, from the article's content and the chunk's place in it: unique within the
    store, and the same wherever (and under whatever file name) the same text is indexed."""
    return hashlib.sha1(f"{content_hash}:{start}:{end}".encode()).hexdigest()[:24]


def _chunk(article: Article, paragraph: int, start: int, end: int) -> Chunk:
    text = article.text[start:end]
    chunk_id_ = chunk_id(article.content_hash, start, end)
    return Chunk(
        chunk_id_,
        article.article_id,
        article.source,
        article.title,
        article.date,
        paragraph,
        start,
        end,
        text,
    )


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text[start:end]`, offsets into `text`, spaces trimmed."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for boundary in _SENTENCE_BOUNDARY_RE.finditer(text, start, end):
        spans.append((cursor, boundary.start()))
        cursor = boundary.end()
    spans.append((cursor, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # spaces, and the punctuation a scrape leaves before a lost dateline (": , Fla. — Former
    # President Trump warned…")
    while start < end and (text[start].isspace() or text[start] in ":;,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
