"""Worked examples of sentences saying a name is withheld, or giving a first name or an alias only."""

import pytest

from assistant.withheld_names import withholds_name


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("The suspect, whom the SBU did not identify, was accused of being on calls.", True),
        ("The 27-year-old woman, who did not share her last name, shielded her baby.", True),
        ('"I don\'t want to go," says Sergey - not his real name - who fought there.', True),
        ("A senior Ukrainian official who declined to be identified told Reuters.", True),
        ("Vladimir, a pensioner who declined to give his surname, said so.", True),
        ("The battery commander, who CBS News was asked not to name, said it.", True),
        # what is not given is no one's name
        ("Neuberger did not identify who was responsible for the hack.", False),
        ("He did not give specific details about those measures.", False),
        ("He was named head of the army in April.", False),
    ],
)
def test_a_sentence_saying_a_name_is_withheld(text, withheld):
    assert withholds_name(text) is withheld


@pytest.mark.parametrize(
    "text",
    [
        "Katalina, who only gave ABC News her first name, said during a rally.",
        "Both men, who gave only their first names for security reasons, waited.",
        "One Nigerian man, identified only as Isaac, told BBC News that Africans waited.",
        "said Valentina, who asked that only her first name be used to protect her identity.",
        'My child said so," a mother identified using the alias "Alyona" told Meduza.',
        'The Syrian eyewitness, known only as "the Gravedigger" to protect his identity, spoke.',
        "Natalya and her son Oleksii — also a pseudonym — eventually made it to Ternopil.",
    ],
)
def test_a_first_name_or_an_alias_alone_withholds_the_full_name_only(text):
    assert withholds_name(text, full=True) and not withholds_name(text)


def test_a_full_name_given_withholds_nothing():
    text = "He gave his full name, Oleksandr Obedynskyi, and used only his hands."
    assert not withholds_name(text, full=True)
