"""The hybrid retriever as a LangChain citizen: LangChain's standard retriever tests, and the
citation metadata of its documents, over real articles with the real model and store."""

from typing import Any

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.langchain_retriever import HybridRetriever
from assistant.settings import Settings

pytestmark = pytest.mark.slow


class TestHybridRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's standard retriever tests (k in the constructor and per call, Documents)."""

    @pytest.fixture(autouse=True)
    def _store(self, news_settings: Settings) -> None:
        self.settings = news_settings

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"settings": self.settings}

    @property
    def retriever_query_example(self) -> str:
        return "Russian troops near the border with Ukraine"


def test_documents_carry_what_a_citation_needs(news_settings):
    documents = HybridRetriever(settings=news_settings, k=4).invoke("satellite images of troops")
    assert len(documents) == 4
    corpus = news_settings.corpus_dir
    for document in documents:
        meta = document.metadata
        text = (corpus / meta["source"]).read_text(encoding="utf-8")
        assert text[meta["start"] : meta["end"]] == document.page_content
        assert meta["outlet"] and meta["url"].startswith("http") and meta["published"]


def test_filters_apply_per_call(news_settings):
    retriever = HybridRetriever(settings=news_settings)
    months = {d.metadata["date"] for d in retriever.invoke("Ukraine", k=10, date_from="2021-12")}
    assert months and all(m >= "2021-12" for m in months)
    one = retriever.invoke("Ukraine", k=10, sources=["0001_53ce3e069dab901e.txt"])
    assert {d.metadata["source"] for d in one} == {"0001_53ce3e069dab901e.txt"}
