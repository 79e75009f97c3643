"""How a question opens and whom it is asked of (`question_source`): worked examples."""

from assistant.question_source import without_outlet

OUTLETS = {"huffpost", "cbs news", "daily express", "fox news", "cnn", "daily mirror"}


def asked(question: str) -> str:
    """The question as asked of the stories, the outlets above being the corpus'."""
    return without_outlet(question, lambda name: name.lower() in OUTLETS)


def test_an_outlet_named_as_the_source_is_no_speaker_asked():
    assert asked("Which political group was behind it, according to HuffPost?") == (
        "Which political group was behind it?"
    )
    assert asked("D'après CBS News à la mi-mai 2022, quelle part des Finlandais ?") == (
        "À la mi-mai 2022, quelle part des Finlandais ?"
    )
    assert asked("Un Su-35S a été examiné à Porton Down, selon le Daily Express, en avril.") == (
        "Un Su-35S a été examiné à Porton Down, en avril."
    )
    # a person or a body quoted is asked about: the question is unchanged
    assert asked("According to Peskov, who is to blame?") == "According to Peskov, who is to blame?"
    assert asked("Selon le Kremlin, qui a tiré ?") == "Selon le Kremlin, qui a tiré ?"


def test_a_value_asked_as_an_outlet_told_it_is_asked_of_its_stories():
    # CNN, 2022-03-25: "…the Geneva Protocol, which banned chemical weapons attacks, was drawn
    # up and signed in 1925."
    assert asked("When did CNN say the Geneva Protocol had been signed?") == (
        "When the Geneva Protocol had been signed?"
    )
    assert asked("How many troops did the Daily Mirror report were massed?") == (
        "How many troops were massed?"
    )
    # what a story said is asked of it; a person is asked what they said
    assert asked("What did CNN say about the strike?") == "What did CNN say about the strike?"
    assert asked("When did Peskov say the talks would resume?") == (
        "When did Peskov say the talks would resume?"
    )
