"""Worked examples of the person a sentence opens on and of the asides blanked in it."""

from assistant.speaker_keys import person_key
from assistant.speaker_subjects import subject_person, without_asides


def test_a_sentence_opening_on_a_person_is_about_them():
    assert subject_person("Last Friday, President Joe Biden dismissed the claims.", {}) == (
        "Joe Biden"
    )
    text = (
        "The Kursk governor Roman Starovoyt - a former Putin deputy transport minister - also "
        "hit out at the mobilisation."
    )
    assert subject_person(text, {}) == "Roman Starovoyt"
    # the country's initials before the role
    assert subject_person("Last Friday, US President Joe Biden dismissed the claims.", {}) == (
        "Joe Biden"
    )


def test_a_known_person_after_a_long_opening_phrase_is_the_subject():
    # 1660_c3175a2f0909236a.txt (CNN): "…," he said follows
    text = (
        "In a taped message shown at the Grammy Awards later Sunday, Zelensky made an urgent "
        "plea for support."
    )
    known = {person_key("Volodymyr Zelensky"): "Volodymyr Zelensky"}  # the article quotes him
    assert subject_person(text, known) == "Zelensky"
    assert subject_person(text, {}) == ""  # a lone surname the article quotes no one by
    # a photo's caption is about its picture, not the story's next "he said"
    caption = (
        "In this photo released by China's Xinhua News Agency, Chinese President Xi Jinping "
        "gestures during a virtual meeting."
    )
    assert subject_person(caption, {}) == ""


def test_a_body_or_a_place_opening_a_sentence_is_no_person():
    assert subject_person("The Center for Immigration Studies published a report.", {}) == ""
    assert subject_person("Kyiv was shelled overnight.", {}) == ""


def test_asides_in_brackets_are_blanked_where_they_stand():
    text = "Lindsey Graham (R-S.C.) said it was time."
    blanked = without_asides(text)
    assert len(blanked) == len(text) and "(R-S.C.)" not in blanked
    assert blanked.startswith("Lindsey Graham ") and blanked.endswith(" said it was time.")
