"""The Gradio web UI: a chat whose answers cite their sources, and a sources panel.

It calls `Assistant.answer_stream` like the CLI calls `answer`; everything shown from articles
and questions is escaped text. Launch settings (host, port, auth, concurrency) come from
`Settings`.
"""

from __future__ import annotations

import html
from dataclasses import asdict

import gradio as gr

from assistant.answer import Assistant, get_assistant
from assistant.errors import AssistantError
from assistant.query import message_text
from assistant.settings import Settings
from assistant.types import Answer

EXAMPLES = [
    "What did Peskov say?",
    "Qu'a dit Peskov ?",
    "How many American soldiers were sent to Eastern Europe?",
    "Que propose Washington ?",
]


def sources_html(result: Answer | None) -> str:
    """The citations of an answer as escaped HTML, one collapsible block per source."""
    if result is None or not result.citations:
        return "<p class='no-sources'>No sources.</p>"
    blocks = []
    for c in result.citations:
        summary = f"[{c.n}] {c.title} ({c.date or 'undated'}) — {c.source}"
        blocks.append(
            f"<details open class='source' id='source-{c.n}'><summary>{html.escape(summary)}"
            f"</summary><blockquote><mark>{html.escape(c.excerpt)}</mark></blockquote></details>"
        )
    return "\n".join(blocks)


def answer_json(result: Answer) -> dict:
    """The answer and its citations as plain JSON data (no retrieved passages)."""
    data = asdict(result)
    data.pop("passages")
    return data


def build_app(settings: Settings) -> gr.Blocks:
    """The web app for these settings."""
    assistant: Assistant = get_assistant(settings)

    def respond(message: str, history: list):
        history = [{"role": m["role"], "content": message_text(m["content"])} for m in history]
        try:
            result = None
            for item in assistant.answer_stream(message, history):
                if isinstance(item, str):
                    yield item, gr.skip()
                else:
                    result = item
        except (AssistantError, ValueError) as error:
            yield f"⚠️ {error}", sources_html(None)
            return
        assert result is not None
        text = f"_{result.notice}_\n\n{result.text}" if result.notice else result.text
        yield text, sources_html(result)

    def api_answer(question: str, history: list | None = None) -> dict:
        return answer_json(assistant.answer(question, history or []))

    with gr.Blocks(title="Crisis assistant") as app:
        gr.Markdown(
            "# Crisis assistant\nAsk about the 2022 Russia–Ukraine crisis; every claim "
            "cites the article passage it comes from."
        )
        sources = gr.HTML(sources_html(None), render=False, elem_id="sources")
        with gr.Row():
            with gr.Column(scale=3):
                gr.ChatInterface(
                    respond,
                    examples=EXAMPLES,
                    additional_outputs=[sources],
                    api_name="chat",
                    concurrency_limit=settings.concurrency,
                )
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources.render()
        gr.api(api_answer, api_name="answer")
    return app


def launch(settings: Settings | None = None, **kwargs) -> None:
    """Build the index if needed, then serve the app (blocking)."""
    settings = settings or Settings()
    get_assistant(settings).ensure_index(progress=True)
    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    build_app(settings).queue(default_concurrency_limit=settings.concurrency).launch(
        server_name=settings.host, server_port=settings.port, auth=auth, share=False, **kwargs
    )
