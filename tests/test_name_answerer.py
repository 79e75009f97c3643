"""Worked examples of the name-question part of the answerer: which names a lead shows, which
sentences a name question favours (the whole answer path is tested in test_answer_news)."""

from types import SimpleNamespace

import pytest

from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.name_answerer import NAME_WEIGHT, done
from assistant.query import Query
from assistant.sentences import Scored
from assistant.speaker_keys import person_key
from assistant.word_variants import actors


class Quoted:
    """A corpus that quotes Antony Blinken and an entity keyed like a place ("Kyiv said")."""

    idf = sentences_of = None  # not read here
    named = {"Antony Blinken", "Kyiv", "Volodymyr Zelenskyy"}

    def quoted_in(self, key: str, name=()) -> int:
        found = [n for n in self.named if person_key(n) == key]
        return sum(1 for n in found if not name or tokens(n) == list(name))

    def is_name(self, token: str) -> bool:
        return token in tokens("Antony Blinken Kyiv Dynamo Ukrainian Volodymyr Zelenskyy")


def test_the_people_a_lead_names_are_people_the_corpus_quotes_by_that_name():
    answerer = ExtractiveAnswerer(None, Quoted())
    assert answerer._person("State Antony Blinken") == "Antony Blinken"
    assert answerer._person("Antony Blinken") == "Antony Blinken"
    # the title before a name is no part of it, though "Ukrainian" is written capitalised
    assert answerer._person("Ukrainian President Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"
    # Kyiv is quoted ("Kyiv said"), but no one called Dynamo Kyiv: a club, not a person
    assert answerer._person("Dynamo Kyiv") == ""
    assert answerer._person("World Cup") == ""


class Rare:
    """A corpus in which the crisis' own countries are in every article, Stockholm in few."""

    sentences_of = None

    def idf(self, token: str) -> float:
        return {"ukrain": 1.6, "russ": 1.4}.get(token, 8.0)

    def country_of(self, person: str) -> int | None:
        """Liz Truss is the one person the articles' roles give a country: the U.K."""
        return next(iter(actors("the U.K."))) if person == "truss" else None


def bonus(question: str, text: str) -> float:
    query = Query(question=question, search=question, language="en", kind="other")
    return ExtractiveAnswerer(None, Rare())._names_new(query)(SimpleNamespace(text=text))


def test_a_place_question_favours_the_sentence_naming_a_place_it_does_not():
    question = "In which city did Blinken and Lavrov meet?"
    found = bonus(question, "Blinken and Lavrov met Thursday in Stockholm, Sweden.")
    assert found == NAME_WEIGHT
    # the crisis' country, named in every article, tells little of where they met
    assert 0 < bonus(question, "Blinken and Lavrov met on aggression in Ukraine.") < found / 2
    # a person or a body named is no place
    assert bonus(question, "The State Department said Blinken will meet Sergey Lavrov.") == 0


def test_a_person_question_favours_the_sentence_naming_a_person_it_does_not():
    question = "Which US senator voted against Sweden's NATO membership?"
    named = "The vote was 95 to 1, with GOP Sen. Josh Hawley of Missouri voting in opposition."
    assert bonus(question, named) == NAME_WEIGHT
    assert bonus(question, "The Senate approved Sweden's application to NATO.") == 0
    assert bonus(question, "The Foreign Ministry said Sweden had applied.") == 0


def test_a_country_that_reads_like_a_name_is_no_person():
    question = "What are the names of the two Americans freed in the prisoner swap?"
    country = "They were among 10 prisoners freed in an exchange mediated by Saudi Arabia."
    assert bonus(question, country) == 0
    named = "Americans Alexander Drueke and Andy Tai Huynh were freed in the exchange."
    assert bonus(question, named) == NAME_WEIGHT


def test_a_person_of_another_country_than_the_question_names_is_not_the_one_asked():
    question = "What are the names of the two Americans freed in the prisoner swap?"
    thanked = "Prime Minister Liz Truss thanked the Saudis for releasing the prisoners."
    assert bonus(question, thanked) == 0
    # of a question naming no country, or naming hers, she may be the one asked
    assert bonus("Which prime minister thanked the Saudis?", thanked) == NAME_WEIGHT
    assert bonus("Which British leader thanked the Saudis?", thanked) == NAME_WEIGHT


@pytest.mark.slow
def test_a_doer_described_first_and_named_next_is_shown_named(indexed, news_articles):
    # BBC, 2022-04-11: "A German media outlet has hired dissident Russian journalist Marina
    # Ovsyannikova as a correspondent. She will work for the company which owns Die Welt…"
    assistant = indexed(news_articles("1825_c688c97714f99cc8.txt", "0001_53ce3e069dab901e.txt"))
    result = assistant.answer("Who hired Marina Ovsyannikova as a correspondent?")
    assert not result.abstained and "Die Welt" in result.text, result.text
    texts = [c.excerpt for c in result.citations]
    assert texts[0].startswith("A German media outlet") and "Die Welt" in texts[1], texts


@pytest.mark.slow
def test_a_unit_described_first_and_named_next_is_shown_named(indexed, news_articles):
    # CNN, 2022-04-19: "A brigade accused of committing war crimes in … Bucha has been awarded
    # an honorary title by … Putin. Troops in the 64th Separate Guards Motor Rifle Brigade…"
    assistant = indexed(news_articles("1971_e5442f86680d3ab1.txt", "0001_53ce3e069dab901e.txt"))
    for question in (
        "Quelle unité de l'armée russe accusée des exactions de Boutcha Poutine a-t-il "
        "distinguée par un titre honorifique ?",
        "Which Russian brigade accused of war crimes in Bucha did Putin award an honorary title?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "64th Separate Guards Motor Rifle Brigade" in result.text, result.text


def test_a_he_that_answers_who_is_read_from_the_sentence_naming_him(sentences_of_text):
    # ABC News, 2022-06-21: the name, then "He was the first American…"
    text = (
        "Willy Joseph Cancel, a 22-year-old former U.S. Marine, was killed in Ukraine in April "
        "while fighting aside Ukrainian forces. He was the first American to be reported "
        "killed in Ukraine."
    )
    story = sentences_of_text(text, "abc.txt")
    answerer = ExtractiveAnswerer(
        None, SimpleNamespace(idf=None, sentences_of=lambda source: story)
    )
    read = answerer._with_who_it_is(Scored(story[1], 0.5))
    assert read.sentence.text == text and read.score == 0.5
    # a sentence naming its subject, or a "he" after a sentence naming no one, is as it is
    assert answerer._with_who_it_is(Scored(story[0], 0.5)).sentence is story[0]
    alone = sentences_of_text("The fighting went on. He was the first to fall.", "b.txt")
    answerer = ExtractiveAnswerer(
        None, SimpleNamespace(idf=None, sentences_of=lambda source: alone)
    )
    assert answerer._with_who_it_is(Scored(alone[1], 0.5)).sentence is alone[1]


def test_words_continuing_a_speaker_are_read_from_the_sentence_naming_them(sentences_of_text):
    # Daily Mirror, 2022-03-21: "which Russian diplomat said…" is answered by the ambassador's
    # third sentence; the name is two sentences before it
    text = (
        "A Russian ambassador has issued a chilling threat. "
        "Igor Kalabukhov, the Russian ambassador to Bosnia and Herzegovina, said on national TV "
        "Moscow has “plans” for Nato. "
        "He added: “I have already said… let me assume, for example, Bosnia has become a member "
        "of NATO. “If Bosnia and Herzegovina decide to be a member of any association, it is an "
        "internal affair.”"
    )
    story = sentences_of_text(text, "mirror.txt", attributed=True)
    answerer = ExtractiveAnswerer(
        None, SimpleNamespace(idf=None, sentences_of=lambda source: story)
    )
    read = answerer._with_who_it_is(Scored(story[-1], 0.5))
    assert read.sentence.text.startswith("Igor Kalabukhov, the Russian ambassador")
    assert read.sentence.text.endswith("internal affair.”")
    # the sentence naming the speaker, and words of no one, are as they are
    assert answerer._with_who_it_is(Scored(story[1], 0.5)).sentence is story[1]
    assert answerer._with_who_it_is(Scored(story[0], 0.5)).sentence is story[0]
    # a "he" whose words follow a sentence naming him, not as a speaker, is read from it
    text = "Volodymyr Zelensky visited Izium on Wednesday. He said: “We will rebuild it.”"
    story = sentences_of_text(text, "abc.txt", attributed=True)
    answerer = ExtractiveAnswerer(
        None, SimpleNamespace(idf=None, sentences_of=lambda source: story)
    )
    assert answerer._with_who_it_is(Scored(story[1], 0.5)).sentence.text == text


def test_a_who_question_of_two_acts_is_answered_by_a_sentence_saying_either(indexed, news_articles):
    # ABC, 2022-03-30: Mukhanov "came across" the zoo (not "found"), then "Videos and images
    # Mukhanov took of the scene and posted on Facebook on Monday quickly went viral"; the Daily
    # Mail, 2022-11-14: "workers found animal remains" at another zoo. The sentence need not say
    # Kyiv, which most articles name.
    assistant = indexed(news_articles("1582_222871a5b6af4848.txt", "2828_b8c98c1d9a4faccd.txt"))
    result = assistant.answer(
        "Who found the starving camels and ostriches at the abandoned private zoo outside Kyiv "
        "and posted the videos that went viral?"
    )
    assert not result.abstained and "Mukhanov" in result.citations[0].excerpt, result.text


@pytest.mark.parametrize(
    ("text", "is_done"),
    [
        # 2772_8127510b1cb7cfa8.txt (CNN, 2022-11-02): a replacement wished, not made
        (
            "Some influential Russia military bloggers even suggesting that he replace Defense "
            "Minister Sergei Shoigu.",
            False,
        ),
        ("Putin plans to replace Shoigu.", False),
        ("He could replace him within weeks.", False),
        ("Putin replaced Shoigu with Andrei Belousov.", True),
        # one mention said as done is enough
        ("Having long wanted to replace him, Putin replaced Shoigu.", True),
        ("Qui a remplacé Choïgou ?", True),
        ("Qui va remplacer Choïgou ?", False),
    ],
)
def test_an_act_said_as_done_not_as_wished_or_planned(text, is_done):
    acts = set(tokens("replace replaced remplacé remplacer"))
    assert done(text, acts) is is_done


@pytest.mark.parametrize(
    ("text", "by_someone_named"),
    [
        # 1171_44bfe4f31e2c1cc3.txt (HuffPost, 2022-03-09): who asked Trump is in the second
        ("On a UFC podcast today, Trump is asked how he sees the war in Ukraine.", False),
        ("Nelk Boys founder Kyle Forgeard asked the former president about the war.", True),
        ("Trump was asked by Kyle Forgeard how the war would end.", True),
        ("Le président a été interrogé sur la guerre.", False),
        ("Le président a été interrogé par Kyle Forgeard.", True),
    ],
)
def test_an_act_said_in_the_passive_names_its_doer_only_after_by(text, by_someone_named):
    acts = set(tokens("asked interrogé"))
    assert done(text, acts)  # said as done either way
    assert done(text, acts, by_doer=True) is by_someone_named


def _over(story: list) -> ExtractiveAnswerer:
    """An answerer whose corpus is one story, the crisis' countries in every article."""
    corpus = SimpleNamespace(
        idf=Rare().idf, sentences_of=lambda source: story, country_of=lambda person: None
    )
    return ExtractiveAnswerer(None, corpus)


def test_a_person_of_the_kind_asked_described_then_named_next_is_a_person_named(
    sentences_of_text,
):
    # HuffPost, 2022-10-10: "A BBC correspondent … had to duck for cover during a live
    # broadcast…", then "Hugo Bachega was reporting from central Kyiv…"
    story = sentences_of_text(
        "A BBC correspondent had to duck for cover during a live broadcast. "
        "Hugo Bachega was reporting from central Kyiv. "
        "Two volunteers were held by separatists. The strikes went on."
    )
    answerer = _over(story)

    def bonus_of(question: str, sentence) -> float:
        query = Query(question=question, search=question, language="fr", kind="other")
        return answerer._names_new(query)(sentence)

    asked = "Quel correspondant de la BBC a dû se mettre à couvert en direct ?"
    assert bonus_of(asked, story[0]) == NAME_WEIGHT
    # described as another kind of person than the one asked, or not followed by a name
    assert bonus_of("Which separatist official held them?", story[2]) == 0
    assert bonus_of("Which volunteer was held by separatists?", story[2]) == 0


def test_the_sentence_saying_who_may_leave_the_name_asked_to_the_sentence_before(
    sentences_of_text, plain_query
):
    # after 1148_9f99219f3dd3534f.txt (2022-03)
    text = (
        "Ukrainian soldiers were photographed playing checkers, using Molotov cocktails as "
        "pieces. Photos taken by Chris McGrath for Getty Images on Sunday went viral. "
        "Getty sells photos taken worldwide."
    )
    story = sentences_of_text(text)
    corpus = SimpleNamespace(
        idf=Rare().idf,
        sentences_of=lambda source: story,
        words_of=lambda source: frozenset(tokens(text)),
        is_name=lambda token: token in tokens("Molotov Chris McGrath Getty Images"),
        lead_of=lambda source: frozenset(),
    )
    answerer = ExtractiveAnswerer(None, corpus)
    query = plain_query(
        "Who has taken the photos of soldiers using Molotov cocktails?", frozenset(tokens(text))
    )
    scored = [Scored(story[2], 0.6), Scored(story[1], 0.5), Scored(story[0], 0.4)]
    saying = answerer._saying_what_is_asked(query, query.slots, scored)
    assert saying is not None and saying[0].sentence is story[1]
    # a sentence naming the act but after one naming nothing asked does not say it
    assert answerer._saying_what_is_asked(query, query.slots, scored[:1]) is None


def test_someone_described_as_told_of_before_is_the_person_named_before(sentences_of_text):
    # Daily Mirror, 2022-04-08: the name, then "The tank commander is believed to be the ninth
    # colonel…", the sentence holding what the question asks
    story = sentences_of_text(
        "Another high ranking Russian military officer has reportedly been killed with Colonel "
        "Alexander Bespalov's body taken back to his home. The tank commander is believed to be "
        "the ninth colonel to die in the invasion and led the 59th Tank Guards Regiment. "
        "The attack was the ninth of the week."
    )
    answerer = _over(story)
    question = "Which Russian colonel, commander of the 59th Tank Guards Regiment, was killed?"
    query = Query(question=question, search=question, language="en", kind="other")
    assert answerer._names_new(query)(story[1]) == NAME_WEIGHT
    read = answerer._with_who_it_is(Scored(story[1], 0.5))
    assert read.sentence.text.startswith("Another high ranking") and "59th" in read.sentence.text
    # a subject that is no person ("The attack") is not someone told of before
    assert answerer._names_new(query)(story[2]) == 0
    assert answerer._with_who_it_is(Scored(story[2], 0.5)).sentence is story[2]
