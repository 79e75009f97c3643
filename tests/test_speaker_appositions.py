"""Worked examples of a speaker named before what stands beside the name: descriptions whatever
their nouns, and when the speaker spoke."""

import pytest

from assistant.speaker_patterns import explicit_en


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # 0665 (HuffPost): a founder is no office the role words know
        (
            "Bill McKibben, founder of the environmental group 350.org, said in a tweet on "
            "Tuesday that Russia can only afford to fight because of its oil and gas.",
            "Bill McKibben",
        ),
        # 2824 (Daily Mail): two descriptions, the second of the first
        (
            "Oleksandr Todorchuk, founder of UAnimals, an animal rights movement, said the "
            "Russian troops had stolen animals from a local zoo.",
            "Oleksandr Todorchuk",
        ),
        # 2683: a capitalised title with hyphens
        (
            "General Valeriy Zaluzhnyi, Commander-in-Chief of the Ukrainian Armed Forces, said "
            "on Twitter that Russia had launched 75 missiles at Ukraine.",
            "General Valeriy Zaluzhnyi",
        ),
        # 2602: where the speaker comes from
        (
            'Taras Berezovets, from the Ukrainian special forces, said: "The offensive happened '
            'where they least expected."',
            "Taras Berezovets",
        ),
        # 2309: an office with its brief
        (
            "John Kirby, National Security Council coordinator for strategic communications, "
            "said at a White House briefing Wednesday that he was unable to confirm the reports.",
            "John Kirby",
        ),
        # 0356 (CNN): when the speaker spoke, a weekday's briefing
        (
            "White House press secretary Jen Psaki at Monday's daily press briefing said Russia "
            'had a history of using such "lies" as a prelude.',
            "White House press secretary Jen Psaki",
        ),
    ],
)
def test_a_person_before_descriptions_without_a_verb_speaks(sentence, speaker):
    assert explicit_en(sentence).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # 2101: an opening word and a new subject are no name and its description
        "Well, some countries - like Poland - have said they were willing to give Ukraine some "
        "aging MIG29s.",
        # 0903: the description comes first; the name after it is not read as one
        "Another Nigerian, Osemen, told the news outlet that only Ukrainians could board.",
        # 1356: a credit's "via" and a possessive are no occasion
        "Video via Zelensky’s office Ukraine Minister Dmytro Kuleba drew attention to those "
        "protests, tweeting a photo.",
    ],
)
def test_no_speaker_is_made_of_what_is_not_a_name_and_its_description(sentence):
    assert explicit_en(sentence).speaker == ""
