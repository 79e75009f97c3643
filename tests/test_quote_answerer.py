"""Worked examples of the quote path's choices (the whole answer path is tested in
test_answer and test_answer_news)."""

import pytest

from assistant.attribution import Attribution
from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.sentences import Scored, Sentence
from assistant.types import Chunk


@pytest.mark.slow
def test_a_speaker_asked_by_role_is_the_person_the_articles_give_it(indexed, news_articles):
    # real articles: ESA's head named once as "ESA's Director General Josef Aschbacher", the
    # first lady's interview ("Ukrainian first lady Olena Zelenska"), and an unrelated story
    assistant = indexed(
        news_articles(
            "0912_7b011248c430f435.txt",
            "2395_1dea1cc3d8059619.txt",
            "2258_f5af1c343eb645b5.txt",
            "0001_53ce3e069dab901e.txt",
        )
    )
    for question in (
        "What did the head of the European Space Agency say about ExoMars?",
        "What did the ESA chief say about ExoMars?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "Aschbacher" in result.text.splitlines()[0], result.text
    result = assistant.answer("What did Ukraine's first lady say about giving up territory?")
    assert not result.abstained and "Zelenska" in result.text.splitlines()[0], result.text
    assert {c.source for c in result.citations} == {"2258_f5af1c343eb645b5.txt"}


@pytest.mark.slow
def test_a_chief_executive_is_asked_as_the_ceo(indexed, news_articles):
    # Daily Express, 2022-10-30: "Iridium chief executive Matt Desch said: 'It's really
    # irresponsible to talk about shooting anything down in space…'"
    assistant = indexed(news_articles("2748_22e3a39211a3b332.txt", "0001_53ce3e069dab901e.txt"))
    for question in (
        "What does Iridium's CEO think of Russian threats to shoot down satellites?",
        "Qu'a dit le PDG d'Iridium sur les menaces russes contre les satellites ?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "Matt Desch" in result.text.splitlines()[0], result.text
        assert "irresponsible" in result.citations[0].excerpt, result.text


@pytest.mark.slow
def test_a_business_whose_name_ends_on_s_is_quoted(indexed, news_articles):
    # HuffPost, 2022-02-24: "“We are deeply concerned about the situation in Ukraine,”
    # Applebee’s said in its statement." ("on the day Russia invaded" says when, not about what)
    assistant = indexed(news_articles("0659_2ad7e2d4d33568fe.txt", "0001_53ce3e069dab901e.txt"))
    for question in (
        "What did Applebee's say after its ad ran next to CNN's coverage of air raid sirens in "
        "Kyiv on the day Russia invaded?",
        "Qu'a dit Applebee's après la diffusion de sa publicité sur CNN pendant la couverture "
        "des sirènes à Kyiv ?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert "Applebee’s" in result.text.splitlines()[0], result.text
        assert "never should have aired" in " ".join(c.excerpt for c in result.citations)


@pytest.mark.slow
def test_a_surname_transliterated_two_ways_is_one_speaker(indexed, news_articles):
    # real articles: "Mariupol mayor Vadym Boichenko said live on Ukrainian TV" (2022-03) and
    # "Vadym Boychenko, the mayor of Mariupol, said Wednesday…" (2022-03), and an unrelated story
    assistant = indexed(
        news_articles(
            "0963_4cf8e21a41f7c1d9.txt", "0960_a7071bef84e67e2d.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    for question in ("What did Vadym Boychenko say?", "Qu'a dit Vadym Boïtchenko ?"):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        sources = {c.source for c in result.citations}
        assert sources == {"0963_4cf8e21a41f7c1d9.txt", "0960_a7071bef84e67e2d.txt"}, result.text
    # counted in both articles, whichever spelling the question uses
    result = assistant.answer("What did Vadym Boichenko say?")
    assert "quoted in 2 articles" in result.text.splitlines()[0], result.text


@pytest.mark.slow
def test_the_quotes_naming_what_the_topic_names_come_first(indexed, news_articles):
    # CBS News, 2022-04-03: Petraeus on "another decisive battle", on "a war of attrition", and
    # "Mariupol has become the Ukrainian Alamo…": the battle for Mariupol is told by the last.
    assistant = indexed(news_articles("1641_87680cb24613e033.txt", "0001_53ce3e069dab901e.txt"))
    for question in (
        "What did David Petraeus say about the part the fight for Mariupol played in the war?",
        "Qu'a dit David Petraeus du rôle de la bataille de Marioupol dans la guerre ?",
    ):
        result = assistant.answer(question)
        assert not result.abstained, result.text
        assert any("Alamo" in c.excerpt for c in result.citations), result.text


def test_the_quotes_naming_more_of_what_the_topic_names_come_first(plain_query):
    # n2640 of blind 26 (CNN, 2022-08-16): Podolyak's tweet names Crimea; his words on the
    # substation name Crimea and Dzhankoi, the depot the question places the substation at
    idf = {"crimea": 2.8, "dzhankoi": 7.5, "substation": 8.0, "depot": 5.0}
    idf = {tokens(word)[0]: weight for word, weight in idf.items()}

    class Corpus:
        sentences_of = None  # not read here

        def idf(self, token):
            return idf.get(token, 1.0)

    answerer = ExtractiveAnswerer(None, Corpus())
    query = plain_query(
        "What did Mykhailo Podolyak say about the substation hit by the blasts at the Dzhankoi "
        "depot in Crimea?",
        frozenset(idf),
    )

    def said(text: str, score: float) -> Scored:
        chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), "")
        attribution = Attribution(0, len(text), "Podolyak", True, person="Podolyak", key="podoliak")
        return Scored(Sentence(chunk, 0, len(text), text, attribution), score)

    tweet = said('"Crimea occupied by Russians is about warehouses explosions," he tweeted.', 0.31)
    both = said('"They stole from the plant to send electricity to Crimea through Dzhankoi."', 0.29)
    neither = said("Podolyak said a nearby substation was affected by the explosions.", 0.46)
    ranked = answerer._naming_the_topic(query, [neither, tweet, both], set())
    assert [x.sentence.text for x in ranked] == [
        both.sentence.text,
        tweet.sentence.text,
        neither.sentence.text,
    ]


@pytest.mark.slow
def test_where_a_quote_was_said_is_read_in_the_articles_spelling(indexed, news_articles):
    # CBS News, 2022-04-03: Klitschko on Russian gas, after the bodies found in Bucha; the
    # question's "Boutcha" places the words, it is not what they must name
    assistant = indexed(news_articles("1639_6cb8cee4a23618eb.txt", "2499_280de0e8b945a056.txt"))
    result = assistant.answer(
        "Qu'a déclaré le maire de Kyiv, Vitali Klitschko, à propos des importations de gaz russe "
        "par les autres pays, après la découverte des corps de civils à Boutcha début avril "
        "2022 ?"
    )
    assert not result.abstained, result.text
    assert "bloody money" in result.citations[0].excerpt, result.text


@pytest.mark.slow
def test_what_a_question_tells_before_asking_places_the_words(indexed, news_articles):
    # Fox News, 2022-09: Trump on John Catsimatidis' radio show; the interview places his words,
    # the quote naming the host is not the one on why Putin can afford the war
    assistant = indexed(news_articles("2651_46c34ba122524601.txt", "1639_6cb8cee4a23618eb.txt"))
    result = assistant.answer(
        "During his September 2022 interview on John Catsimatidis' radio show, why did Donald "
        "Trump say Putin could afford to wage the war?"
    )
    assert not result.abstained, result.text
    assert "barrel" in result.citations[0].excerpt or "oil" in result.citations[0].excerpt, (
        result.text
    )
