"""Whose stance a question asks and on what: worked examples in English and French."""

import pytest

from assistant.question_stance import stance_holder, stance_role, stance_topic
from assistant.question_topic import topic_of


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        (
            "Quelle est la position de Viktor Orban sur l'entrée de la Finlande dans l'OTAN ?",
            "Viktor Orban",
        ),
        ("Quelle est la position de Marine Le Pen sur les sanctions ?", "Marine Le Pen"),
        ("What was Senator Josh Hawley's stance on Ukraine joining NATO?", "Josh Hawley"),
        ("What is the view of Jens Stoltenberg on Ukraine joining NATO?", "Jens Stoltenberg"),
        ("What does Fiona Hill make of the sanctions record?", "Fiona Hill"),
        ("Where does Kevin McCarthy stand on aid to Ukraine?", "Kevin McCarthy"),
        ("Que pensait Mark Milley des chances de l'Ukraine ?", "Mark Milley"),
        ("What position did German Chancellor Olaf Scholz take on tanks?", "Olaf Scholz"),
        (
            "Quelle position la ministre allemande des Affaires étrangères Annalena Baerbock "
            "a-t-elle défendue face à l'argument de Moscou ?",
            "Annalena Baerbock",
        ),
        ("Quelle ville Emmanuel Macron a-t-il visitée ?", ""),  # a place, not a stance
        # a body, a pronoun or a name of one word is no holder to look for by surname
        ("What was the Kremlin's line on the default?", ""),
        ("What is his position on the talks?", ""),
        ("What is Zelensky's position on the talks?", ""),
        # what someone said is a quote question's speaker, not a stance
        ("What did Jens Stoltenberg say about Ukraine joining NATO?", ""),
    ],
)
def test_whose_stance_a_question_asks(question, holder):
    assert stance_holder(question) == holder


@pytest.mark.parametrize(
    ("question", "holder", "topic"),
    [
        # blind 27: the story told first has its own "sur"; the stance is asked on what
        # follows the holder's name
        (
            "En août 2022, après les explosions sur une base aérienne russe en Crimée, quelle "
            "position Mykhaïlo Podoliak a-t-il défendue sur la façon dont la guerre devait se "
            "terminer ?",
            "Mykhaïlo Podoliak",
            "la façon dont la guerre devait se terminer",
        ),
        (
            "What was Viktor Orban's position on Finland joining NATO?",
            "Viktor Orban",
            "Finland joining NATO",
        ),
        ("What is Viktor Orban's position?", "Viktor Orban", ""),  # on no topic named
    ],
)
def test_the_topic_of_a_stance_follows_its_holder(question, holder, topic):
    assert stance_topic(question, holder) == topic


def test_an_apposition_after_a_stance_holder_says_who_they_are_not_the_topic():
    # blind 12: the topic is the question's ("…whether the US was in a new cold war…")
    question = (
        "Asked on CNN whether the US was in a new cold war, what was the view of Rep. Michael "
        "McCaul, the top Republican on the House Foreign Affairs Committee?"
    )
    assert stance_topic(question, "Michael McCaul") == topic_of(question)
    assert "cold war" in topic_of(question)


def test_a_stance_asked_of_an_office_names_the_office():
    assert (
        stance_role(
            "What was the UN refugee chief's position on reports that non-white people were "
            "treated differently?"
        )
        == "UN refugee chief"
    )
    assert stance_role("Quelle est la position du chef de l'AIEA sur la centrale ?") == (
        "chef de l'AIEA"
    )
    assert stance_role("What is the position of the German chancellor on tanks?") == (
        "German chancellor"
    )
    # a name is `stance_holder`'s; a body holds no office
    assert stance_role("What is Viktor Orban's position on NATO?") == ""
    assert stance_role("What was the Kremlin's position on the talks?") == ""
