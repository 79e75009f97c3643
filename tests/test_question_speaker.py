"""Whom a quote question asks about and on what: worked examples in English and French."""

import pytest

from assistant.lexical import tokens
from assistant.question_speaker import (
    described_before,
    possessed_role,
    speaker_and_topic,
    speaker_apposition,
    speaker_is_pronoun,
    speaker_is_source,
    speaker_title,
    typed_speaker,
)
from assistant.question_topic import topic_of


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("What did Kuleba say about the American soldiers?", "Kuleba", "the American soldiers"),
        ("Qu'a dit Zelensky au Congrès américain sur l'argent ?", "Zelensky", "l'argent"),
        ("According to Peskov, what is happening?", "Peskov", ""),
        ("Que disait Jens Stoltenberg au sujet du retrait ?", "Jens Stoltenberg", "retrait"),
        ("What did he say about NATO?", "", "NATO"),  # a pronoun: the follow-up names him
        # "-t-il" is the speaker; whom he spoke to comes after the verb
        ("Qu'a-t-il dit à ses enfants en partant ?", "", ""),
        ("Qu'a-t-elle déclaré aux journalistes ?", "", ""),
        ("Qu'a dit Peskov aux journalistes ?", "Peskov", ""),
        # a yes/no question: the subject before "a-t-il" is the speaker
        ("Lavrov a-t-il affirmé que la Russie utiliserait l'arme nucléaire ?", "Lavrov", ""),
        ("Comment le Kremlin a-t-il réagi à la candidature ?", "le Kremlin", ""),
        # whether someone confirmed or denied something is what they said of it
        ("Le Kremlin a-t-il confirmé un échange avec Burns ?", "Le Kremlin", ""),
        ("Le Kremlin a-t-il démenti la rencontre ?", "Le Kremlin", ""),
        ("Has Moscow confirmed talks about a visit?", "Moscow", "a visit"),
        ("Did the Pentagon deny the report?", "the Pentagon", ""),
        ("What did Boris Johnson write on Twitter?", "Boris Johnson", "Twitter"),
        (
            "Did US Defense Secretary Lloyd Austin think Putin was bluffing?",
            "Lloyd Austin",
            "",
        ),
        ("Qu'a écrit Boris Johnson sur Twitter ?", "Boris Johnson", "Twitter"),
        # what was said on an occasion is about the whole occasion, not its last words
        (
            "What did Yevgeny Prigozhin say when his Wagner fighters marched on Moscow?",
            "Yevgeny Prigozhin",
            "his Wagner fighters marched on Moscow",
        ),
        (
            "Qu'a répondu Zelensky quand les Américains lui ont proposé de partir ?",
            "Zelensky",
            "les Américains lui ont proposé de partir",
        ),
        ("When did Peskov say that about NATO?", "Peskov", "NATO"),
        # a place after an elided "de" is the body's, no person's name (Daily Mirror, 2022-09-27)
        (
            "Pourquoi, selon le porte-parole de l'administration régionale d'Odessa, les "
            "Russes utilisent-ils ces drones ?",
            "le porte-parole de l'administration régionale d'Odessa",
            "",
        ),
        # after a story told first, the sentence that asks names the speaker and the topic
        # (HuffPost, 2022-05-09): Lavrov's remarks are what "il" reacted to
        (
            "En mai 2022, Leonid Golberg, membre de la communauté juive de Drohobych, a réagi "
            "aux propos de Sergueï Lavrov sur les Juifs. Comment a-t-il qualifié ce que fait "
            "la Russie en Ukraine ?",
            "",
            "",
        ),
        (
            "Leonid Golberg reacted to Sergei Lavrov's remarks about Jews. What did Golberg say "
            "about Russia?",
            "Golberg",
            "Russia",
        ),
        # "on" a day says when, not about what (HuffPost, 2022-02-24)
        (
            "What did Applebee's say after its ad ran next to CNN's coverage of Kyiv on the day "
            "Russia invaded?",
            "Applebee",
            "",
        ),
        ("What did Biden say on Monday about sanctions?", "Biden", "sanctions"),
        # where a lawmaker or a leader is from is no part of their name
        ("What did Sen. John Kennedy of Louisiana say about Biden?", "John Kennedy", "Biden"),
        ("What did President Andrzej Duda of Poland say about NATO?", "Andrzej Duda", "NATO"),
        ("What did the Prince of Wales say about Ukraine?", "the Prince of Wales", "Ukraine"),
        ("What did Kuleba say on the grain deal?", "Kuleba", "the grain deal"),
        # owning up to something: what the speaker said of it
        ("What did Lavrov admit about the sanctions?", "Lavrov", "the sanctions"),
        ("Comment Kevin Cramer a-t-il reconnu la part de son parti ?", "Kevin Cramer", ""),
        # where or to whom it was said comes before an inverted French speaker (CNN, 2022-03-05)
        (
            "Dans Kherson occupée, qu'a dit à CNN l'habitante Svetlana Zorina pour expliquer ce "
            "qui lui faisait le plus peur ?",
            "Svetlana Zorina",
            "",
        ),
        # where someone works is not their name; a title's "State" is no verb of saying
        (
            "What did John Logsdon of the Space Policy Institute say about the space station?",
            "John Logsdon",
            "the space station",
        ),
        ("What did Secretary of State Antony Blinken say about Kyiv?", "Antony Blinken", "Kyiv"),
        # how the speaker told it is not their name (Fox News, 2022-02-14)
        (
            "Why, according to Moscow analyst Dmitry Suslov speaking to Fox News, had Russia "
            "massed its troops?",
            "Dmitry Suslov",
            "",
        ),
        ("What did Xi Jinping say about Taiwan?", "Xi Jinping", "Taiwan"),
        # a jibe or a threat names who made it (ABC News, 2022-09-11; CBS News, 2022-06-05)
        ("How did Zelensky mock the retreating Russian army?", "Zelensky", ""),
        ("Comment Andriy Yermak a-t-il raillé l'armée russe ?", "Andriy Yermak", ""),
        ("What did Putin threaten to do if the West sent longer-range missiles?", "Putin", ""),
        (
            "Qu'a menacé de faire Vladimir Poutine si les États-Unis livraient des missiles ?",
            "Vladimir Poutine",
            "",
        ),
        # "à propos du droit de veto" is a topic, not the remarks ("les propos") of the veto
        (
            "Quelle formule Volodymyr Zelensky a-t-il employée à propos du droit de veto dont "
            "dispose la Russie ?",
            "Volodymyr Zelensky",
            "droit de veto dont dispose la Russie",
        ),
        # the source a question ends on reports the words of the one who speaks (HuffPost,
        # 2022-02-13: "…, said … Maria Zakharova, according to The Associated Press")
        (
            "Comment la porte-parole Maria Zakharova a-t-elle répliqué aux mises en garde sur une "
            "invasion imminente, selon l'Associated Press ?",
            "Maria Zakharova",
            "une invasion imminente",
        ),
        (
            "What did Zakharova say about the warnings, according to the AP?",
            "Zakharova",
            "the warnings",
        ),
        ("Selon Peskov, que veut la Russie ?", "Peskov", ""),  # no one else speaks
        # what someone said something was is what the question is about (Fox News, 2022-02)
        (
            "What did Senate candidate Dave McCormick say was the best way to keep Putin in check?",
            "Dave McCormick",
            "the best way to keep Putin in check",
        ),
        # a name asked: the words on it need not repeat the question's (Daily Mirror, 2022-03)
        ("Which relative did the governor say was ready to take her in?", "the governor", ""),
    ],
)
def test_the_speaker_as_typed_and_the_topic(question, speaker, topic):
    assert typed_speaker(question) == speaker
    assert topic_of(question) == topic
    assert speaker_and_topic(question) == (tuple(tokens(speaker)), topic)


def test_the_words_describing_the_speaker_run_from_the_word_asking():
    question = (
        "How did Britain's Chief of the General Staff, Gen. Sir Mark Carleton-Smith, describe "
        "the spring weather?"
    )
    assert described_before(question, "Mark Carleton-Smith") == (
        "did Britain's Chief of the General Staff, Gen. Sir"
    )
    # what the question tells before asking does not describe the speaker
    question = "After meeting Biden in Kyiv, what did Zelensky say about the tanks?"
    assert described_before(question, "Zelensky") == "did"
    # with no word asking near, the few words before the name
    question = (
        "Speaking at the end of a long day of talks held in the Belarusian capital with the "
        "Ukrainian delegation, Russian negotiator Vladimir Medinsky said what?"
    )
    assert described_before(question, "Vladimir Medinsky") == (
        "with the Ukrainian delegation, Russian negotiator"
    )


def test_the_title_a_question_gives_its_speaker():
    question = "Pourquoi l'armée russe s'est-elle retirée de Kherson selon le général Sourovikine ?"
    assert speaker_title(question, "Sourovikine") == "général"
    question = "Qu'a déclaré le Premier ministre japonais Fumio Kishida lors de sa visite à Kiev ?"
    assert speaker_title(question, "Fumio Kishida") == "Premier ministre japonais"
    question = "Qu'a dit le ministre ukrainien de la Défense Oleksiï Reznikov ?"
    assert speaker_title(question, "Oleksiï Reznikov") == "ministre ukrainien de la Défense"
    assert speaker_title("What did the Kremlin spokesman Dmitry Peskov say?", "Dmitry Peskov") == (
        "Kremlin spokesman"
    )
    # no title, or none before the name
    assert speaker_title("What did Peskov say about the press?", "Peskov") == ""
    assert speaker_title("Qu'a dit la presse de Peskov ?", "Peskov") == ""
    question = "What did Japanese Prime Minister Fumio Kishida say during his visit to Kyiv?"
    assert speaker_title(question, "Fumio Kishida") == "Japanese Prime Minister"
    assert speaker_title("What did Biden say?", "Biden") == ""


@pytest.mark.parametrize(
    ("question", "typed", "apposition"),
    [
        (
            "Pourquoi beaucoup n'ont-ils pas pu emmener leurs animaux, selon Anastasia Bombrys, "
            "de l'association Sunflower Scotland ?",
            "Anastasia Bombrys",
            "de l'association Sunflower Scotland",
        ),
        (
            "What did Aaron Stein, of the Foreign Policy Research Institute, say about drones?",
            "Aaron Stein",
            "of the Foreign Policy Research Institute",
        ),
        (
            "Qu'a dit Zelensky, le président ukrainien, sur les armes ?",
            "Zelensky",
            "le président ukrainien",
        ),
        # when it was said, or the question itself, is no apposition
        ("What did Biden say, on Monday, about sanctions?", "Biden", ""),
        ("According to Peskov, what is happening?", "Peskov", ""),
        ("Selon Peskov, de quoi ne s'agit-il pas seulement ?", "Peskov", ""),
    ],
)
def test_what_a_question_says_of_its_speaker_after_the_name(question, typed, apposition):
    assert speaker_apposition(question, typed) == apposition


@pytest.mark.parametrize(
    ("question", "pronoun"),
    [
        ("What did he say should happen if the plant were damaged?", True),
        ("Qu'a-t-elle dit ?", True),
        ("Comment a-t-il qualifié ce que fait la Russie ?", True),
        ("When Ben Wallace was asked about Gerasimov, what did he answer?", True),
        ("What did Kuleba say about the soldiers?", False),
        ("Comment Andriy Yermak a-t-il raillé l'armée russe ?", False),
        # whom a fact is told by: the question asks the fact
        ("Pourquoi, selon lui, Tinkov pouvait-il se permettre de parler ?", False),
    ],
)
def test_a_speaker_named_by_a_pronoun_only(question, pronoun):
    assert speaker_is_pronoun(question) is pronoun


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # n2782 of blind 29: the story told in a clause of the asking sentence names Biden's
        # remarks; the clause that asks names whose position it is
        (
            "In late March 2022, after President Biden's remarks in Warsaw about whether Putin "
            "should remain in power, what was former defense secretary Leon Panetta's position "
            "on who should decide Russia's leadership?",
            "Leon Panetta",
        ),
        (
            "Après les propos de Joe Biden à Varsovie, qu'a dit Leon Panetta sur le choix du "
            "dirigeant de la Russie ?",
            "Leon Panetta",
        ),
        # the clause that asks names no one: the speaker is the one the sentence names
        ("According to Peskov, what did Putin want from the talks?", "Peskov"),
        ("After the strike on the station, what did he say?", ""),
        # when it was said ends a speaker named by a role in lower case, as it ends a name
        (
            "Qu'a dit le ministre ukrainien des Affaires étrangères après la frappe sur le "
            "centre commercial de Krementchouk ?",
            "le ministre ukrainien des Affaires étrangères",
        ),
        (
            "Qu'a dit la porte-parole de la diplomatie russe avant le sommet ?",
            "la porte-parole de la diplomatie russe",
        ),
        ("Qu'a déclaré Zelensky lors de sa visite ?", "Zelensky"),
    ],
)
def test_the_speaker_ends_before_a_story_told_first_or_when_it_was_said(question, speaker):
    assert typed_speaker(question) == speaker


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # a fact asked of a source: no words of theirs need be quoted (CBS News, 2022-08)
        (
            "D'après l'Institute for the Study of War, pourquoi les Russes pilonnent-ils le "
            "secteur de Nikopol ?",
            True,
        ),
        ("Selon la société Mandiant, à qui est liée la campagne « Ghostwriter » ?", True),
        # their words asked, or someone else's with the source last
        ("What did Kuleba say about gas?", False),
        ("Comment Maria Zakharova a-t-elle répliqué, selon l'Associated Press ?", False),
    ],
)
def test_a_speaker_named_only_as_the_source_of_a_fact(question, source):
    assert speaker_is_source(question) is source


@pytest.mark.parametrize(
    ("question", "role"),
    [
        (
            "And what did his foreign minister say the world's response should be?",
            "foreign minister",
        ),
        ("What did her lawyers say?", "lawyers"),
        ("How did their spokesman react?", "spokesman"),
        ("What did he say?", ""),  # the person himself
        ("What did Zelensky's foreign minister say?", ""),  # whose is named, no pronoun
        ("According to his aide, why did he leave?", ""),  # a source, not a speaker
        ("What did his wife tell him?", "wife"),
    ],
)
def test_a_speaker_named_by_whose_they_are(question, role):
    assert possessed_role(question) == role
