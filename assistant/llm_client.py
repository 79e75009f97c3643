"""The chat model behind the LLM answerer: building it from `ASSISTANT_LLM`, and calling it.

`ASSISTANT_LLM=provider:model` names a LangChain chat model: `openai:<model>` for OpenAI or any
OpenAI-compatible server (`OPENAI_BASE_URL`, `OPENAI_API_KEY`), `ollama:<model>` for Ollama. A
model is built once per settings, with temperature 0 and the `ASSISTANT_LLM_TIMEOUT`; tests and
embedding applications may build their own with `set_chat_model_factory`. A call's reply loses
a reasoning model's <think> block; any provider failure (unreachable server, time-out, model
error) becomes `LLMUnavailable`, for the answerer to fall back on the LLM-free answer.

It writes no prompt and checks no answer: `llm` builds the messages, `claim_check` checks the
reply's claims against the excerpts.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from assistant.errors import LLMError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)

ChatModelFactory = Callable[[Settings], "BaseChatModel"]
_factory: ChatModelFactory | None = None
_models: dict[Settings, BaseChatModel] = {}
_models_lock = threading.Lock()


class LLMUnavailable(Exception):
    """A call to the model failed; the answer falls back to the LLM-free one."""

    def __init__(self, reason: str, unreachable: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unreachable = unreachable


def set_chat_model_factory(factory: ChatModelFactory | None) -> None:
    """Build chat models with `factory(settings)` instead of LangChain (None: restore).

    For tests and embedding applications; clears the cache of loaded models.
    """
    global _factory
    with _models_lock:
        _factory = factory
        _models.clear()


def chat_model(settings: Settings) -> BaseChatModel:
    """The chat model `settings.llm` names, built once per settings; raises `LLMError`."""
    with _models_lock:
        if settings not in _models:
            build = _factory or build_chat_model
            _models[settings] = build(settings)
        return _models[settings]


def build_chat_model(settings: Settings) -> BaseChatModel:
    """A LangChain chat model for `provider:model`; raises `LLMError` on a bad setting."""
    provider, _, model = (part.strip() for part in settings.llm.partition(":"))
    provider = provider.lower()
    if not model or provider not in ("openai", "ollama"):
        raise LLMError(
            f"ASSISTANT_LLM='{settings.llm}' is not a supported chat model: use "
            "'openai:<model>' (OpenAI, or any OpenAI-compatible server with OPENAI_BASE_URL) "
            "or 'ollama:<model>' (e.g. 'ollama:llama3.2'), or leave it empty for no LLM."
        )
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(
            model, model_provider=provider, **_provider_kwargs(provider, settings)
        )
    except ImportError as error:
        raise LLMError(
            f"ASSISTANT_LLM='{settings.llm}' needs the optional LLM packages: "
            f"pip install 'crisis-assistant[llm]' ({error})."
        ) from error
    except ValueError as error:
        raise LLMError(f"Cannot build the chat model '{settings.llm}': {error}") from error


def _provider_kwargs(provider: str, settings: Settings) -> dict[str, Any]:
    timeout = settings.llm_timeout
    if provider == "ollama":
        return {
            "base_url": settings.ollama_base_url,
            "temperature": 0,
            "client_kwargs": {"timeout": timeout},
        }
    # The openai SDK reads OPENAI_BASE_URL itself; local servers need some key, any key.
    api_key = os.environ.get("OPENAI_API_KEY") or "not-needed"
    return {"api_key": api_key, "temperature": 0, "timeout": timeout, "max_retries": 0}


def call(model: BaseChatModel, messages: list[Any], timeout: float) -> str:
    """The model's whole reply; failures become `LLMUnavailable`."""
    try:
        return _visible(model.invoke(messages).text)
    except Exception as error:  # any provider error means: fall back
        raise _unavailable(error, timeout) from error


def stream(model: BaseChatModel, messages: list[Any], timeout: float) -> Iterator[str]:
    """The model's reply as it grows; failures become `LLMUnavailable`."""
    text = ""
    try:
        for chunk in model.stream(messages):
            text += chunk.text
            yield _visible(text)
    except Exception as error:  # any provider error means: fall back
        raise _unavailable(error, timeout) from error


def _unavailable(error: Exception, timeout: float) -> LLMUnavailable:
    names = " ".join(cls.__name__.lower() for cls in type(error).__mro__)
    if isinstance(error, TimeoutError) or "timeout" in names:
        return LLMUnavailable(f"timeout after {timeout:g} s", unreachable=True)
    if isinstance(error, ConnectionError) or "connect" in names:
        return LLMUnavailable("connection failed", unreachable=True)
    detail = " ".join(str(error).split())[:160]
    return LLMUnavailable(f"{type(error).__name__}: {detail}", unreachable=False)


def _visible(text: str) -> str:
    """The reply without a reasoning model's <think> block."""
    return _THINK.sub("", text).lstrip()
