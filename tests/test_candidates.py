"""Worked examples of how the answerer's candidate sentences score (`candidates`; the whole
answer path is tested in test_answer and test_answer_news)."""

from assistant.chunking import sentence_spans
from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.sentences import Sentence, lead_words
from assistant.types import Chunk


class Flat:
    """An embedder that finds every sentence as far from the question: words alone decide."""

    def embed_query(self, text: str) -> list[float]:
        return [0.0, 0.0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [[0.0, 0.0] for _ in texts]


def test_a_name_the_story_leads_with_counts_in_its_later_sentences():
    text = (
        "Musk taunts Putin. Elon Musk decided to troll Vladimir Putin on Monday. "
        "In a post, the Tesla CEO challenged the Russian president to single combat."
    )
    chunk = Chunk("c", "a", "musk.txt", "Musk taunts Putin", None, 0, 0, len(text), text)
    article = [Sentence(chunk, s, e, text[s:e], None) for s, e in sentence_spans(text)]
    elsewhere = Chunk("d", "b", "other.txt", "Markets", None, 0, 0, 60, "")
    # the same words, in a story that does not lead with Musk or Putin
    other = Sentence(elsewhere, 0, 60, "The carmaker's chief challenged the president.", None)

    class Corpus:
        def idf(self, token: str) -> float:
            return 5.0

        def sentences_of(self, source: str) -> list[Sentence]:
            return article if source == "musk.txt" else [other]

        def lead_of(self, source: str) -> frozenset[str]:
            return lead_words(self.sentences_of(source))

    answerer = ExtractiveAnswerer(Flat(), Corpus())
    question = "How did Elon Musk challenge Vladimir Putin?"
    named = frozenset(tokens("Elon Musk Vladimir Putin"))
    scored = answerer._score(question, [other, article[2]], named=named)
    assert scored[0].sentence is article[2]
    unnamed = answerer._score(question, [other, article[2]])
    assert unnamed[0].score == unnamed[1].score  # without the story's lead: the same words
    assert named <= lead_words(article)  # its headline and first sentences name them
