"""What a quote question asks the words on, and where or when it places them: worked examples
in English and French (the topic read beside the speaker is tested in test_question_speaker)."""

import pytest

from assistant.question_topic import event_of, occasion_of, topic_of


@pytest.mark.parametrize(
    ("question", "occasion"),
    [
        (
            "What did Blinken say Russia had to do to de-escalate after meeting Lavrov in "
            "Stockholm?",
            "meeting Lavrov in Stockholm",
        ),
        ("Qu'a déclaré Joe Biden lors de sa visite surprise à Kiev ?", "sa visite surprise à Kiev"),
        ("What did Peskov say during the talks about NATO?", "the talks"),  # up to the topic
        ("What did Peskov say about NATO?", ""),
        # the clause the question opens on before asking (Fox News, 2022-09; ABC News, 2022-09)
        (
            "In a September 2022 radio interview with John Catsimatidis, why did Donald Trump say "
            "Putin could afford the war?",
            "In a September 2022 radio interview with John Catsimatidis",
        ),
        (
            "In his nightly address after the Kharkiv counteroffensive, how did Zelensky mock the "
            "retreating Russian army?",
            "In his nightly address after the Kharkiv counteroffensive",
        ),
        # nor whom it is asked after, nor a follow-up's question before the name it leans on
        (
            "Selon « Starsky », officier ukrainien qui a combattu à Hostomel, pourquoi la reprise "
            "de cet aéroport a-t-elle changé le cours de la guerre ?",
            "",
        ),
        ("Which relative did the governor say was ready to take her in? Kira Obedynska", ""),
        # a story told in a sentence of its own is what is asked about, not where it was said
        (
            "Golberg reacted to Lavrov's remarks on Jews. How did he describe what Russia is doing?",
            "",
        ),
    ],
)
def test_the_occasion_something_was_said_on(question, occasion):
    assert occasion_of(question) == occasion


@pytest.mark.parametrize(
    ("question", "event"),
    [
        (
            "How did the Kremlin react when the International Criminal Court issued an arrest "
            "warrant for Putin?",
            "the International Criminal Court issued an arrest warrant for Putin",
        ),
        (
            "What did Prigozhin say when his fighters marched on Moscow?",
            "his fighters marched on Moscow",
        ),
        # "after" mostly dates the words by an event told otherwise ("IAEA visited the site")
        ("What did Dorfman say after the IAEA inspectors' visit in September?", ""),
        (
            "Qu'a répondu Zelensky quand les Américains lui ont proposé de l'évacuer ?",
            "les Américains lui ont proposé de l'évacuer",
        ),
        (
            "Qu'a dit Peskov lorsque Biden a traité Poutine de criminel ?",
            "Biden a traité Poutine de criminel",
        ),
        # an event told first ends where the question itself begins
        (
            "When Biden's sanctions targeted Russia's space program, what did Roscosmos chief "
            "Dmitry Rogozin warn could happen to the space station?",
            "Biden's sanctions targeted Russia's space program",
        ),
        (
            "Quand Berlin a refusé les chars, qu'a écrit Kouleba ?",
            "Berlin a refusé les chars",
        ),
        # …and one told in a sentence of its own, at that sentence's comma
        (
            "When Boris Johnson announced his resignation in July 2022, NBC News gauged the "
            "mood in Kyiv. What did Olha Povaliaeva say about his departure?",
            "Boris Johnson announced his resignation in July 2022",
        ),
        (
            "Quand Boris Johnson a annoncé sa démission, NBC News a sondé Kyiv. Qu'a dit Olha "
            "Povaliaeva ?",
            "Boris Johnson a annoncé sa démission",
        ),
        ("What did Scholz say when the U.S. Senate voted on it?", "the U.S. Senate voted on it"),
        # what may not have happened, or a visit told otherwise, places nothing
        ("De quoi l'Ukraine avait-elle besoin avant de reprendre les négociations ?", ""),
        ("What did Biden say during his visit to Kyiv?", ""),
    ],
)
def test_the_event_something_was_said_at(question, event):
    assert event_of(question) == event


def test_the_source_a_question_ends_on_is_no_topic():
    # HuffPost, 2022-02-13: "…, said … Maria Zakharova, according to The Associated Press"
    question = "What did Zakharova say about the warnings, according to the AP?"
    assert topic_of(question) == "the warnings"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # the event the words were said at is no topic (Daily Mirror, 2022-03-23)
        (
            "What did Johnny Mercer write on Twitter when he shared the clip of a Ukrainian "
            "farmer towing away a Russian armoured vehicle?",
            "Twitter",
        ),
        ("Qu'a dit Macron sur les sanctions lorsqu'il était à Kiev ?", "les sanctions"),
        ("What did Peskov say on the sanctions?", "the sanctions"),
        # what was said on an occasion is the whole clause after "say when"
        (
            "What did Prigozhin say when he claimed that Wagner had taken Bakhmut?",
            "he claimed that Wagner had taken Bakhmut",
        ),
    ],
)
def test_the_event_the_words_were_said_at_is_no_topic(question, topic):
    assert topic_of(question) == topic
