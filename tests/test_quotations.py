"""Quotations followed over sentences: worked examples of each sentence's narration."""

from assistant.quotations import quote_layouts
from assistant.speaker_words import _Q


def spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    starts = [text.index(s) for s in sentences]
    return [(start, start + len(s)) for start, s in zip(starts, sentences, strict=True)]


def test_worked_example_a_quotation_over_two_sentences():
    sentences = ["He said: «We will not yield.", "We never have.»", "Then he left."]
    text = " ".join(sentences)
    first, second, third = quote_layouts(text, spans(text, sentences))
    assert (first.narration, first.has_quote, first.starts_open) == (f"He said: {_Q}", True, False)
    assert (second.narration, second.has_quote, second.starts_open) == (_Q, True, True)
    assert second.all_quote and not first.all_quote
    assert first.quote_span == second.quote_span is not None  # one quotation, two sentences
    assert (third.narration, third.has_quote, third.quote_span) == ("Then he left.", False, None)


def test_straight_quotes_open_and_close_by_what_surrounds_them():
    text = 'Peskov said "no" twice.'
    (layout,) = quote_layouts(text, [(0, len(text))])
    assert layout.narration == f"Peskov said {_Q} twice."
    assert layout.has_quote and layout.quote_span is None  # closed within the sentence
