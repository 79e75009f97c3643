"""Worked examples of `withheld`: a story saying that the value a question asks is not known or
not given (the whole answer path over real articles in the slow test)."""

import pytest

from assistant.withheld import kinds_asked, withheld

# Every word of the question weighs alike, but a few that most sentences hold.
COMMON = {"russ", "ukrain", "ukrainien", "forc", "offic"}


def idf(token: str) -> float:
    return 1.0 if token in COMMON else 5.0


def test_which_one_asked_is_withheld_by_a_sentence_declining_to_say_which(
    sentences_of_text, plain_query
):
    # CBS News, 2022-04-12 (1850_140024ee54112f56.txt)
    story = sentences_of_text(
        "Ukrainian officials said they first learned of the intrusion on April 7, the eve of "
        "the planned attack on April 8. Ukrainian officials declined to say which specific "
        "energy company or facilities had been targeted."
    )
    which = plain_query("Which Ukrainian energy company did the Sandworm hackers target?")
    assert kinds_asked(which) == {"name", "which"}
    assert withheld(which, lambda: story, which.slots, idf) is story[1]
    # the date is given, whatever is left unsaid of the company
    when = plain_query("When did the Sandworm hackers plan to attack the energy company?")
    assert withheld(when, lambda: story, when.slots, idf) is None


def test_a_count_is_withheld_only_where_no_figure_stands_beside_it(sentences_of_text, plain_query):
    # Fox News, 2022-01-18 (0134_c3951518583bb6dc.txt)
    (unsaid,) = sentences_of_text(
        "He did not say how many troops and weapons were being redeployed for the exercises."
    )
    # BBC News, 2022-04-28 (2121_c89bc9a809a8361c.txt): an unclear who, beside the figure asked
    (beside,) = sentences_of_text(
        "It is unclear who exactly the men in the prison were, but 169 Ukrainian National "
        "Guard responsible for securing Chernobyl are missing."
    )
    troops = plain_query("How many troops would take part in the exercises in Belarus?")
    assert withheld(troops, lambda: [unsaid], troops.slots, idf) is unsaid
    guards = plain_query("How many National Guard members of the Chernobyl plant are missing?")
    assert withheld(guards, lambda: [beside], guards.slots, idf) is None


def test_a_name_is_withheld_of_the_one_the_question_describes(sentences_of_text, plain_query):
    # CNN, 2022-03-15 (1286_3db9b6a8d98300f5.txt)
    (suspect,) = sentences_of_text(
        "The suspect, whom the SBU did not identify, was accused of being on thousands of "
        "phone calls to Russian officials."
    )
    hacker = plain_query("What is the name of the suspect the SBU accused over the phone calls?")
    assert withheld(hacker, lambda: [suspect], hacker.slots, idf) is suspect
    # NBC News, 2022-07-29 (2449_8a5d812f2747298f.txt): the officials are unnamed, not the group
    (officials,) = sentences_of_text(
        "Aleksandr Ionov, who worked with the Russian Federal Security Service and at least "
        'three unnamed "Russian officials," was charged with conspiring to have U.S. citizens '
        "act as illegal agents of the Russian government."
    )
    group = plain_query("Which group did Aleksandr Ionov use to act as agents of the government?")
    assert withheld(group, lambda: [officials], group.slots, idf) is None


def test_a_sentence_sharing_only_common_words_withholds_nothing(sentences_of_text, plain_query):
    (unclear,) = sentences_of_text(
        "It is unclear how many Russian forces are still in the region, Ukrainian officials said."
    )
    query = plain_query("How many Russian officials did the Ukrainian court convict in 2022?")
    assert withheld(query, lambda: [unclear], query.slots, idf) is None
    # and a question asking no value (what was said, why) is never withheld
    why = plain_query("Why are Russian forces still in the region, according to officials?")
    assert kinds_asked(why) == frozenset()


@pytest.mark.slow
def test_the_answer_cites_the_sentence_saying_the_detail_asked_is_not_given(
    indexed, news_articles, large_answer
):
    # CBS News, 2022-04-12: "Ukrainian officials declined to say which specific energy company
    # or facilities had been targeted."; CNN, 2022-03-15, on another hack and the suspect the
    # SBU did not identify.
    assistant = indexed(
        news_articles(
            "1850_140024ee54112f56.txt", "1286_3db9b6a8d98300f5.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    for question in (
        "Which Ukrainian energy company did Russia's Sandworm hackers target in April 2022?",
        "Quelle entreprise d'énergie ukrainienne et quelles installations les hackers de "
        "Sandworm ont-ils visées ?",
    ):
        result = large_answer(assistant, question)
        assert result.abstained, result.text
        assert "says so" in result.text or "le dit" in result.text
        (citation,) = result.citations
        assert citation.excerpt.startswith("Ukrainian officials declined to say which specific")
        assert citation.source == "1850_140024ee54112f56.txt"
    # the date of the planned attack is given: answered
    result = large_answer(assistant, "On what date did the Sandworm hackers plan to attack?")
    assert not result.abstained and "April 8" in result.text, result.text
