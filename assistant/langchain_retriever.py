"""The hybrid retriever as a LangChain `BaseRetriever`, for LangChain chains and agents.

`HybridRetriever(settings=…, k=5)` prepares the query as the assistant does (aliases, bridged
words, corrected names), searches Chroma and the full-text index, fuses them, and returns one
`Document` per passage: `page_content` is the chunk's verbatim text and `metadata` carries what a
citation needs (article id, file, title, month, publication date, outlet, URL, character
offsets, chunk id, fused score, rank). `k`, `date_from`, `date_to` and `sources` are fields and
may also be given per call (`retriever.invoke(q, k=3)`). It answers nothing: pair it with a
chain, or use `assistant.answer` for cited answers.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.answer import Assistant, get_assistant
from assistant.retrieve import Filter
from assistant.settings import Settings
from assistant.types import Passage


class HybridRetriever(BaseRetriever):
    """Dense + full-text retrieval over the indexed articles, as LangChain `Document`s."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    settings: Settings | None = None
    k: int = Field(5, ge=1, le=50)
    date_from: str | None = None
    date_to: str | None = None
    sources: list[str] | None = None

    @property
    def assistant(self) -> Assistant:
        """The shared assistant of these settings (index and models loaded once)."""
        return get_assistant(self.settings)

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        **kwargs: Any,
    ) -> list[Document]:
        k = int(kwargs.get("k", self.k))
        flt = Filter(
            kwargs.get("date_from", self.date_from),
            kwargs.get("date_to", self.date_to),
            tuple(kwargs.get("sources", self.sources) or ()) or None,
        )
        prepared = self.assistant.prepare(query)
        return [to_document(p) for p in self.assistant.retrieve(prepared, k, flt)]


def to_document(passage: Passage) -> Document:
    """A retrieved passage as a LangChain `Document` with its citation metadata."""
    c = passage.chunk
    metadata = {
        "chunk_id": c.chunk_id,
        "article_id": c.article_id,
        "source": c.source,
        "title": c.title,
        "date": c.date,
        "published": c.published,
        "outlet": c.outlet,
        "url": c.url,
        "start": c.start,
        "end": c.end,
        "score": round(passage.score, 6),
        "rank": passage.rank,
    }
    return Document(page_content=c.text, metadata=metadata, id=c.chunk_id)
