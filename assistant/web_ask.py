"""The Ask tab of the web UI: the chat (`web_chat`) with its example questions, the search
settings it passes to the answerer (passages k, month range, sources, answerer), each checked
by `web_inputs`, and the sources panel (`web_sources`) beside it, cleared with the chat. The
month and source choices are filled by `web_corpus` when a page loads; it builds no page.
"""

from __future__ import annotations

import html

import gradio as gr

from assistant.answer import Assistant
from assistant.errors import AssistantError
from assistant.web_chat import PlainUserChat, stream_reply
from assistant.web_corpus import ANY_MONTH
from assistant.web_inputs import check_request
from assistant.web_sources import sources_html

EXAMPLES = [
    "What did Peskov say?",
    "Qu'a dit Peskov ?",
    "How many American soldiers were sent to Eastern Europe?",
    "Que propose Washington ?",
    "Qui envisage de se rendre à Moscou ?",
]


LLM_FREE = "LLM-free (extractive)"


def _settings_inputs(assistant: Assistant) -> list[gr.components.Component]:
    """The search settings passed to the chat function, in its argument order. The month and
    source choices are filled when a page loads, so that a session (a page or an API client)
    does not carry a copy of the whole list from the start."""
    settings = assistant.settings
    answerers = [LLM_FREE] + ([settings.llm] if settings.llm else [])
    # Custom values let API callers name months or files indexed after the page was built.
    with gr.Accordion("Search settings", open=False), gr.Row():
        k = gr.Slider(
            1, max(20, settings.k), value=settings.k, step=1, label="Passages retrieved (k)"
        )
        # k is checked by `check_k` (a message naming k and the range accepted), not by the
        # slider (a bare "Value 0 is less than minimum value 1." and a traceback in the log).
        # An instance attribute, not a subclass: Gradio writes a .pyi beside every subclass.
        k.preprocess = lambda payload: payload  # type: ignore[method-assign]
        date_from = gr.Dropdown(
            [ANY_MONTH], value="", label="From month (YYYY-MM)", allow_custom_value=True
        )
        date_to = gr.Dropdown(
            [ANY_MONTH], value="", label="To month (YYYY-MM)", allow_custom_value=True
        )
        sources = gr.Dropdown(
            [],
            value=[],
            multiselect=True,
            allow_custom_value=True,
            label="Only these articles (empty = all)",
        )
        answerer = gr.Dropdown(answerers, value=answerers[-1], label="Answerer")
    return [k, date_from, date_to, sources, answerer]


def ask_tab(assistant: Assistant) -> list[gr.components.Component]:
    """The chat, its settings and the sources panel; returns the choice-bearing dropdowns."""
    inputs = _settings_inputs(assistant)
    panel = gr.HTML(sources_html(None), render=False, elem_id="sources", max_height=720)

    def respond(message, history, k, date_from, date_to, sources, answerer):
        try:
            message, _, k, flt = check_request(
                assistant, message, [], k, date_from, date_to, sources
            )
        except (AssistantError, ValueError) as error:
            yield f"⚠️ {html.escape(str(error), quote=False)}", sources_html(None)
            return
        yield from stream_reply(assistant, message, history, k, flt, answerer != LLM_FREE)

    with gr.Row():
        with gr.Column(scale=3):
            chat = PlainUserChat(
                respond,
                chatbot=gr.Chatbot(
                    label="Conversation",
                    elem_id="chat",
                    height=620,
                    latex_delimiters=[],
                    sanitize_html=True,
                ),
                textbox=gr.Textbox(
                    elem_id="question",
                    placeholder="Ask about the articles, in English or French…",
                    submit_btn=True,
                    show_label=False,
                ),
                examples=[[q, None, None, None, None, None] for q in EXAMPLES],
                additional_inputs=inputs,
                additional_outputs=[panel],
                api_name="chat",
                concurrency_limit=assistant.settings.concurrency,
                fill_height=False,
            )
        with gr.Column(scale=2):
            gr.Markdown("### Sources")
            panel.render()
    chat.chatbot.clear(
        lambda: sources_html(None), None, panel, queue=False, api_visibility="private"
    )
    return inputs[1:4]
