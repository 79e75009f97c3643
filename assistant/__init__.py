"""crisis-assistant: answers questions about the 2022 Russia–Ukraine crisis from news articles,
citing for every claim the article and the exact passage it comes from."""

from assistant.answer import answer, answer_stream, ingest
from assistant.types import Answer, Citation

__all__ = ["Answer", "Citation", "answer", "answer_stream", "ingest"]
