"""Worked examples of what a sentence is taken for (a photo caption)."""

import pytest

from assistant.sentences import Sentence
from assistant.types import Chunk

CHUNK = Chunk("c", "a", "a.txt", "", None, 0, 0, 10, "")


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Secretary of State Antony Blinken greets Russian Foreign Minister Sergey Lavrov "
            "before their meeting, Friday, Jan. 21, 2022, in Geneva, Switzerland.",
            True,
        ),
        ("Destroyed buildings are seen on March 03, 2022, in Irpin, Ukraine.", True),
        ("A local resident prays in a church on 24 February 2022, in Kyiv, Ukraine.", True),
        (
            "Dynamo's players greet the spectators at the end of the Champions League playoffs "
            "at the Luz stadium in Lisbon, Tuesday, Aug. 23, 2022.",
            True,
        ),
        ("Russian Foreign Minister Sergey Lavrov pauses in Moscow on Nov. 30, 2021.", True),
        (
            "Ukrainian servicemen get ready to repel an attack in Ukraine's Luhansk region on "
            "Feb. 24, 2022.",
            True,
        ),
        # who stands where in the picture, whatever its closing words
        (
            "American's Andy Huynh, right, and Alex Drueke, left, chat as they arrive at the "
            "Hotel on Friday, Sept. 23, 2022 in New York.",
            True,
        ),
        ("Maj. Gen. Chris Donahue, left, is shown here Monday being the last soldier to go.", True),
        # told in the past: a report, not a picture
        (
            "Their last direct interaction was a phone call that took place at Mr. Putin's "
            "request on December 31, 2021.",
            False,
        ),
        ("The vote was held in the Senate on Tuesday, Aug. 2, 2022.", False),
        # reporting, not a picture: no date and place closing it
        ("Blinken and Lavrov met in Geneva on Friday, Jan. 21, to discuss Ukraine.", False),
        ("The talks were held on Jan. 21, 2022, in Geneva.", False),
        ("Voters on the left, right, and center agree.", False),
        # a quote the scrape glued to a caption is kept: it reports something
        (
            "\"You're going to see when you're there – some of you have been there – you're "
            "going to see women, young people standing in the middle, in front of a damn tank, "
            "saying, 'I'm not leaving.'\" President Biden speaks to members of the 82nd Airborne "
            "Division at the G2A Arena, Friday, March 25, 2022, in Jasionka, Poland.",
            False,
        ),
    ],
)
def test_a_photo_caption_is_told_by_its_closing_date_and_place(text, caption):
    assert Sentence(CHUNK, 0, len(text), text, None).caption is caption
