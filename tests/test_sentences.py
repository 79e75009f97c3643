"""Worked examples of what a sentence is taken for (a photo caption, a question, one leaning on
the sentence before it)."""

from dataclasses import asdict

import pytest

from assistant.attribution import attribute
from assistant.chunking import sentence_spans
from assistant.sentences import (
    Sentence,
    asks,
    load_sentences,
    preceding,
    with_what_it_points_to,
)
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
        # in the present, the date and a place alone close a caption too
        (
            "Republican Sens. Tom Cotton, John Cornyn and Ben Sasse listen to testimony during a "
            "Senate hearing March 10, 2022, in Washington.",
            True,
        ),
        (
            "FILE - A pedestrian walks past the International Monetary Fund building, April 5, "
            "2021, in Washington.",
            True,
        ),
        # its weekday after "on" (HuffPost, 2022-02-27), unless told in the past
        (
            "President Biden speaks after exiting a meeting with the Senate Democratic Caucus "
            "in Washington, on Thursday, Jan. 13, 2022.",
            True,
        ),
        ("The vote was held in Washington, on Tuesday, Aug. 2, 2022.", False),
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


def _loaded(text: str, attributed: bool = False) -> list[Sentence]:
    """The text's sentences as loaded from stored rows (with their speakers when
    `attributed`), the sentences leaning on the one before joined to it included."""
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), text)
    spans = sentence_spans(text)
    found = attribute(text, spans) if attributed else [None] * len(spans)
    rows = [[s, e, asdict(a) if a else None, 0] for (s, e), a in zip(spans, found, strict=True)]
    return load_sentences(chunk, text, rows)


@pytest.mark.parametrize(
    ("second", "leans"),
    [
        ('Lavrov called it "a dialogue of the deaf."', True),
        ("The White House called it a bad policy.", True),
        ("Le Kremlin l'a qualifié de provocation.", True),
        ("It was a dialogue of the deaf.", True),
        ('The Kremlin denied the claim and called it "absolute fiction."', False),
        ('Lavrov called the talks "a dialogue of the deaf."', False),
    ],
)
def test_a_sentence_saying_what_someone_called_it_is_offered_with_the_one_before(second, leans):
    text = "Truss met Lavrov in Moscow for talks. " + second
    joined = [s for s in _loaded(text) if s.with_antecedent]
    assert [s.text for s in joined] == ([text] if leans else [])


def test_a_narrative_sentence_leaning_on_a_quote_is_not_the_speakers_words():
    # The quote's speaker did not say "This has left the US…": joined with the quote before it,
    # the pair is offered as a sentence with its reference, not as Clapper's words.
    text = (
        '"The decision-maker in Russia is one guy: It\'s Putin," Clapper said. '
        "This has left the US intelligence community to rely on satellites. "
        'Truss met Lavrov in Moscow for talks. Lavrov called it "a dialogue of the deaf."'
    )
    sentences = _loaded(text, attributed=True)
    own = {s.text: s.attribution for s in sentences if not s.with_antecedent}
    assert own['"The decision-maker in Russia is one guy: It\'s Putin," Clapper said.'].person
    joined = {s.text: s.attribution for s in sentences if s.with_antecedent}
    narrative = next(t for t in joined if t.endswith("to rely on satellites."))
    assert joined[narrative] is None
    # what someone said of the thing the sentence before names stays theirs
    called = next(t for t in joined if t.endswith('"a dialogue of the deaf."'))
    assert joined[called] and joined[called].person == "Lavrov"


@pytest.mark.parametrize(
    ("second", "leans"),
    [
        # HuffPost, 2022-06-24: what "that" prevents is the encirclement the sentence before told
        ("Haidai said the troops were ordered to leave Sievierodonetsk to prevent that.", True),
        ("The army had no way to stop it.", True),
        # a quotation's "it" is its own
        ('"While Russia kills, America saves, and you should know about it.', False),
        ("Haidai said the troops were ordered to leave Sievierodonetsk.", False),
    ],
)
def test_a_sentence_ending_on_what_the_one_before_told_is_offered_with_it(second, leans):
    text = "Russian forces made gains in a bid to encircle Ukrainian forces. " + second
    joined = [s for s in _loaded(text) if s.with_antecedent]
    assert [s.text for s in joined] == ([text] if leans else [])


@pytest.mark.parametrize(
    ("second", "leans"),
    [
        # CNN, 2022-09-22: the consequence of the winter the quote before told
        ('"As such, we\'re unlikely to see an influx of reservists until spring 2023."', True),
        ("As a result, the reservists will arrive in spring.", True),
        ("C'est pourquoi les réservistes n'arriveront qu'au printemps.", True),
        ("Such reservists will arrive in spring.", False),
        # CNN, 2022-09-22: the time the sentence before told ("at least three months")
        ('"At which time we will be in the depths of a Ukrainian winter," Lord said.', True),
        ("By then, the reservists will have arrived.", True),
        ("À ce moment-là, les réservistes seront arrivés.", True),
        ("Which reservists will arrive first is not known.", False),
    ],
)
def test_a_consequence_of_the_sentence_before_is_offered_with_it(second, leans):
    text = "Training takes three months, into the depths of a Ukrainian winter. " + second
    joined = [s for s in _loaded(text) if s.with_antecedent]
    assert [s.text for s in joined] == ([text] if leans else [])


@pytest.mark.parametrize(
    ("second", "leans"),
    [
        # CNN, 2022-03-04: the decision the sentence before told, named by what it is
        ("The distinction is meant to avoid Russia claiming the US is a co-combatant.", True),
        ("The move follows weeks of pressure from Congress.", True),
        # a transition to a new story is no reference to read with
        ("The announcement comes as NATO leaders meet in Madrid.", False),
        ("La mesure vise à éviter que la Russie ne parle de cobelligérance.", True),
        # a new subject, not the decision told
        ("The distinction between the two wars is clear to Kyiv.", False),
        ("The Pentagon is meant to brief Congress on Monday.", False),
    ],
)
def test_a_decision_the_sentence_before_told_is_read_with_it(second, leans):
    text = "The administration decided to call the help it gives situational awareness. " + second
    joined = [s for s in _loaded(text) if s.with_antecedent]
    assert [s.text for s in joined] == ([text] if leans else [])


def test_a_chain_of_sentences_referring_back_is_offered_from_its_start():
    # CNN, 2022-09-22: "As such" leans on "At which time", which leans on the three months
    text = (
        "Lord said it would take at least three months to train the reservists. "
        '"At which time we will be in the depths of a Ukrainian winter," Lord said. '
        '"As such, we\'re unlikely to see an influx of reservists until spring 2023."'
    )
    joined = [s.text for s in _loaded(text) if s.with_antecedent]
    assert text in joined  # the consequence, with the time, with the three months
    assert text[text.index('"At which') :] in joined  # and with the time alone


def test_a_sentence_ending_on_what_the_one_before_told_is_shown_with_it():
    # HuffPost, 2022-06-24: "to prevent that" is the encirclement the sentence before tells
    text = (
        "Russian forces have made gains around Sievierodonetsk in a bid to encircle Ukrainian "
        "forces. Luhansk Gov. Serhiy Haidai said the troops have been given the order to leave "
        "Sievierodonetsk to prevent that. The city was shelled."
    )
    sentences = _loaded(text)
    plain = [s for s in sentences if not s.with_antecedent]
    shown = with_what_it_points_to(plain[1], sentences)
    assert shown.text.startswith("Russian forces") and shown.text.endswith("prevent that.")
    assert with_what_it_points_to(plain[2], sentences) == plain[2]  # it points nowhere


def test_the_sentence_before_one_is_the_last_ending_before_it_starts(sentences_of_text):
    article = sentences_of_text("Troops massed. Talks failed. Shelling began.")
    assert preceding(article[2], article) is article[1]
    assert preceding(article[1], article) is article[0]
    assert preceding(article[0], article) is None


def test_a_role_named_elsewhere_is_that_person_but_one_of_many_is_no_one():
    # Daily Mirror, 2022-03-24: "A Ukrainian mayor has warned that his cemeteries can no
    # longer handle the dead…": the corpus's Ukrainian mayor (Kyiv's, Vitali Klitschko) is not
    # "a" Ukrainian mayor; "the Kremlin spokesman" is the one the articles agree on.
    text = (
        'A Ukrainian mayor said: "The cemeteries cannot handle the dead." '
        'The Kremlin spokesman said: "We deny it."'
    )
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), text)
    spans = sentence_spans(text)
    rows = [
        [s, e, asdict(a) if a else None, 0]
        for (s, e), a in zip(spans, attribute(text, spans), strict=True)
    ]
    holders = {
        "@2 mair": ("klitschko", "Vitali Klitschko"),
        "@0 porte-parole": ("peskov", "Dmitry Peskov"),
    }
    mayor, spokesman = load_sentences(chunk, text, rows, holders.get)[:2]
    assert mayor.attribution.person == "a Ukrainian mayor"
    assert spokesman.attribution.person == "Dmitry Peskov"
