"""Worked examples of the extractive answerer's choices of what its lead shows (the whole answer
path is tested in test_answer and test_answer_news)."""

from assistant.attribution import Attribution
from assistant.extractive import ExtractiveAnswerer
from assistant.sentences import HEADLINE, Sentence
from assistant.types import Chunk, Passage


def test_the_speakers_listed_are_not_read_from_a_headline():
    # 2811_6ab4d029a8124460.txt: "Sean Penn Lends Zelenskyy His Oscar…" quotes no one
    text = "Sean Penn Lends Zelenskyy His Oscar. “It is from Ukraine,” Zelenskyy told him."
    chunk = Chunk("c", "a", "penn.txt", "Sean Penn Lends Zelenskyy His Oscar", None, 0, 0, 80, text)
    headline = Attribution(0, 35, "Sean Penn Lends Zelenskyy", True, key="zelensky")
    body = Attribution(36, 80, "Zelenskyy", True, key="zelensky")
    said = [
        Sentence(chunk, 0, 35, text[:35], headline, flags=HEADLINE),
        Sentence(chunk, 36, 80, text[36:], body),
    ]

    class Corpus:
        def idf(self, token: str) -> float:
            return 5.0

        def sentences_of(self, source: str) -> list[Sentence]:
            return said

    answerer = ExtractiveAnswerer(None, Corpus())
    assert answerer._quoted_speakers([Passage(chunk, 1.0, 1)]) == ["Zelenskyy"]
