"""Worked examples of what a sentence is taken for (a photo caption) and how a lead is read on."""

from dataclasses import replace

import pytest

from assistant.attribution import attribute
from assistant.chunking import sentence_spans
from assistant.sentences import Sentence, asks, lead_read_on, specifics_read_on
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
        # what the picture shows, told as such
        (
            "In this image posted by Kursk regional Gov. Roman Starovoit, a severely damaged "
            "bridge is seen in Russia near its border with Ukraine.",
            True,
        ),
        ("In this handout photo released by the Press Service, Lavrov attends talks.", True),
        ("In this sense, the war changed Europe.", False),
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


# 2315_bc9dc82d2e926f47.txt (NBC News, 2022-06-20): the lead, then whose words it reports
NBC = (
    "Russian President Vladimir Putin's spokesman wouldn't guarantee that two U.S. military "
    "veterans captured in Ukraine won't face the death penalty in an exclusive interview Monday. "
    "“It depends on the investigation,” Dmitry Peskov told NBC News. "
    "The families of Drueke, 39, and Huynh, 27, reported them missing last week."
)


def _story(text, sentences_of_text):
    spans = sentence_spans(text)
    return [
        replace(s, attribution=a)
        for s, a in zip(sentences_of_text(text), attribute(text, spans), strict=True)
    ]


def test_a_lead_is_read_with_the_sentence_giving_whose_words_it_reports(sentences_of_text):
    story = _story(NBC, sentences_of_text)
    read = lead_read_on(story[0], story)
    assert read.text == NBC[: NBC.index(" The families")]
    assert "It depends on the investigation" in read.text
    # a sentence past the lead, or a lead followed by no one's words, is shown as it is
    assert lead_read_on(story[1], story) == story[1]
    assert lead_read_on(story[2], story) == story[2]
    unsaid = _story(
        NBC.replace(
            "“It depends on the investigation,” Dmitry Peskov told NBC News.",
            "The two men were captured in June.",
        ),
        sentences_of_text,
    )
    assert lead_read_on(unsaid[0], unsaid) == unsaid[0]


def test_a_question_put_to_someone_is_read_on_to_the_answer_quoted_next(sentences_of_text):
    # BBC News, 2022-05-06: the question in one sentence, the answer in the next, its "he
    # said" standing for the person asked, not for the one asking
    text = (
        "Ukraine's president has said several times that he wants to meet Mr Putin. Talks in "
        "Istanbul brought no ceasefire. Fighting goes on in the east. On Friday, the BBC's "
        'Frank Gardner asked Ukrainian President Volodymyr Zelensky what the "minimum" '
        "concession from Russia would be in return for a peace deal. "
        '"A return of Russian forces to where they were on 23 February," he said. '
        "That is the day before the invasion began."
    )
    story = _story(text, sentences_of_text)
    asked = next(s for s in story if "asked" in s.text)
    read = lead_read_on(asked, story)
    assert read.text.endswith('where they were on 23 February," he said.')
    # a question whose answer the sentence gives itself, or one followed by no quotation,
    # is shown as it is
    said = text.replace(
        'concession from Russia would be in return for a peace deal. "A return of Russian '
        'forces to where they were on 23 February," he said.',
        "concession would be, and he said a return to the lines of 23 February. It was Friday.",
    )
    story = _story(said, sentences_of_text)
    asked = next(s for s in story if "asked" in s.text)
    assert lead_read_on(asked, story) == asked


def test_a_lead_is_not_read_on_into_a_photo_credit(sentences_of_text):
    text = (
        "Kremlin spokesman Dmitry Peskov on Sunday criticized U.S. news media for creating panic. "
        "Kremlin spokesman Dmitry Peskov in Moscow on Feb. 27, 2020. /Shamil Zhumatov/Pool/File "
        'Photo "This hysteria is being whipped up artificially," Peskov said on state television.'
    )
    story = _story(text, sentences_of_text)
    assert lead_read_on(story[0], story) == story[0]


def test_an_excerpt_is_read_on_to_the_figures_the_next_sentence_gives_of_it(sentences_of_text):
    # CBS News, 2022-04-27: what was offered, then the detail, referred back to
    text = (
        "In the run-up to the meeting at Ramstein, arms manufacturer Rheinmetall also applied for "
        "permission to deliver heavy weapons to Ukraine. According to German news agency DPA, "
        "the company submitted applications to supply 88 Leopard 1 battle tanks. Berlin has not "
        "said when it will decide."
    )
    story = sentences_of_text(text)
    read = specifics_read_on(story[0], story)
    assert read.text == text[: text.index(" Berlin")]
    # a next sentence that gives no figure, or does not go on with the excerpt, is not read
    assert specifics_read_on(story[1], story) == story[1]
    other = sentences_of_text(
        text.replace("According to German news agency DPA, the company", "Rheinmetall")
    )
    assert specifics_read_on(other[0], other) == other[0]


def test_a_sentence_that_asks_is_no_answer():
    assert asks("Ukraine war: Could Russia use tactical nuclear weapons?")
    assert asks('"Would you do it?"')
    assert not asks("Putin has said Russia would not use nuclear weapons.")


def test_a_question_a_headline_or_a_caption_is_not_cited(sentences_of_text):
    asked, said = sentences_of_text(
        "Could Russia use nuclear weapons? Putin has said it would not."
    )
    assert not asked.citable and said.citable
    caption = sentences_of_text(
        "Secretary of State Antony Blinken greets Sergey Lavrov before their meeting, Friday, "
        "Jan. 21, 2022, in Geneva, Switzerland."
    )[0]
    assert caption.caption and not caption.citable


def test_an_excerpt_announcing_a_plan_is_read_on_to_what_it_holds(sentences_of_text):
    # BBC News, 2022-04-05: the plan announced, then what it holds, with no figure
    text = (
        "The head of the European Commission, Ursula von der Leyen, has unveiled what would be "
        "the bloc's fifth round of sanctions against Russia. Under the plans, which ambassadors "
        "will consider on Wednesday, the EU would ban imports of Russian coal and bar most "
        "Russian ships from EU ports. Russia denies targeting civilians."
    )
    story = sentences_of_text(text)
    read = specifics_read_on(story[0], story)
    assert read.text == text[: text.index(" Russia denies")]
    # what the plan holds is read on to; what follows it is not
    assert specifics_read_on(story[1], story) == story[1]
