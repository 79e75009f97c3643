"""Building the chat model from `ASSISTANT_LLM`: the providers, the time-out, bad settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant import llm_client
from assistant.errors import LLMError
from assistant.settings import Settings


@pytest.fixture(autouse=True)
def _forget_models() -> Iterator[None]:
    yield
    llm_client.set_chat_model_factory(None)  # drops the models built here


def test_bad_specs_raise_llm_error_saying_how_to_fix() -> None:
    for spec in ("nope:model", "openai", "openai:", "gpt-4o"):
        with pytest.raises(LLMError, match="openai:<model>"):
            llm_client.build_chat_model(Settings(llm=spec, _env_file=None))


def test_openai_and_ollama_models_are_built_with_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    openai = llm_client.chat_model(
        Settings(llm="openai:gpt-4o-mini", llm_timeout=7, _env_file=None)
    )
    assert type(openai).__name__ == "ChatOpenAI"
    assert openai.request_timeout == 7 and openai.max_retries == 0
    assert openai.openai_api_key.get_secret_value() == "not-needed"
    settings = Settings(llm="ollama:llama3.2:3b", ollama_base_url="http://h:1", _env_file=None)
    ollama = llm_client.chat_model(settings)
    assert type(ollama).__name__ == "ChatOllama"
    assert ollama.model == "llama3.2:3b" and ollama.base_url == "http://h:1"
    assert llm_client.chat_model(settings) is ollama  # loaded once per settings
