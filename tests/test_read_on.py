"""How far an excerpt reads on (`read_on`): worked examples after real news stories."""

from dataclasses import replace

from assistant.attribution import attribute
from assistant.chunking import sentence_spans
from assistant.read_on import (
    continued_quote_read_on,
    goes_on_read_on,
    lead_read_on,
    own_words_read_on,
    second_figure_read_on,
    specifics_read_on,
    voice_quotes_read_on,
)
from assistant.speaker_keys import person_key

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


def test_a_question_put_then_quoted_is_read_on_to_the_reply_after_it(sentences_of_text):
    # HuffPost, 2022-02-24 (0661_a3a188b1416c3f2f.txt): the question told, then quoted with
    # whose it is, then the answer of the person asked
    text = (
        "Trump himself said Wednesday night that invading Ukraine was “pretty smart” of Putin. "
        "Kelly has criticized his former boss’s ethics before, and Tapper asked him how he feels "
        "now about prominent Republicans praising Putin and even calling the Russian leader a "
        "“genius.” “What’s your response when you hear that?” Tapper asked Kelly. "
        "“Disbelief,” Kelly said, as shown in the video below. Putin is a tyrant, he added."
    )
    story = _story(text, sentences_of_text)
    asked = next(s for s in story if s.text.startswith("Kelly has"))
    read = lead_read_on(asked, story)
    assert read.text.startswith("Kelly has") and read.text.endswith("shown in the video below.")
    # no reply after the question quoted: as far as the question, no further
    unanswered = _story(text.replace("“Disbelief,” Kelly said, as", "It was"), sentences_of_text)
    asked = next(s for s in unanswered if s.text.startswith("Kelly has"))
    assert "It was shown" not in lead_read_on(asked, unanswered).text


def test_a_speakers_words_are_read_on_to_more_of_theirs_not_to_anyone_elses(sentences_of_text):
    # Daily Mirror, 2022-04-07, and Fox News, 2022-02-26 (the ambassador, then Zakharova)
    text = (
        "Dmytro Kuleba told NATO allies they had “days not weeks” to send more weapons. "
        "Speaking after talks in Brussels, he said: “The Battle for Donbas is underway.” "
        "Finland’s ambassador Mikko Hautala said he didn’t see an immediate threat. "
        "Russian Foreign Ministry spokesperson Maria Zakharova said Finland would face "
        "consequences. The talks went on."
    )
    story = _story(text, sentences_of_text)
    kuleba = own_words_read_on(story[0], story)
    assert kuleba.text.endswith("“The Battle for Donbas is underway.”")
    assert own_words_read_on(story[2], story) == story[2]  # Zakharova's words are hers
    assert own_words_read_on(story[4], story) == story[4]  # nobody's: nothing to read on to


def test_a_speakers_words_are_read_on_over_sentences_while_they_are_theirs(sentences_of_text):
    # HuffPost, 2022-02-24 (0661_a3a188b1416c3f2f.txt): the question put, the reply, then more
    # of his words; what the story tells after them is not read on to
    text = (
        "Kelly has criticized his former boss’s ethics before, and Tapper asked him how he feels "
        "now about prominent Republicans praising Putin and even calling the Russian leader a "
        "“genius.” “What’s your response when you hear that?” Tapper asked Kelly. "
        "“Disbelief,” Kelly said, as shown in the video below. Putin is a tyrant, he added. "
        "Ukraine has been a good partner to the West in the last three decades."
    )
    story = _story(text, sentences_of_text)
    read = own_words_read_on(story[0], story)
    assert read.text.endswith("Putin is a tyrant, he added.")


# after 0374_e20fa99c96ad89ef.txt (CNN, 2022-02-10): past the lead, what someone gave is told,
# then their words
LAVROV = (
    "Johnson traveled to Poland. He met Prime Minister Mateusz Morawiecki. The leaders agreed "
    "on European security. UK Foreign Secretary Liz Truss met in Moscow with her counterpart "
    "Russian Foreign Minister Sergey Lavrov, who gave a gloomy assessment of their talks. "
    'Lavrov called it a "a dialogue of the deaf," saying at a joint press conference Russia was '
    "considering withdrawing non-essential diplomatic personnel from Ukraine. "
    "Truss in turn urged Russia to take a diplomatic route."
)


def test_a_sentence_naming_someone_asked_about_reads_on_to_their_quotation(sentences_of_text):
    story = _story(LAVROV, sentences_of_text)
    told = next(s for s in story if "gloomy" in s.text)
    read = lead_read_on(told, story, frozenset({"lavrov"}))
    assert read.text.endswith("non-essential diplomatic personnel from Ukraine.")
    assert "dialogue of the deaf" in read.text
    # not when the question asks about no one, or about someone else the sentence names
    assert lead_read_on(told, story) == told
    assert lead_read_on(told, story, frozenset({"truss"})) == told
    # nor when the next sentence is someone's words not quoted
    reported = _story(
        LAVROV.replace('a "a dialogue of the deaf,"', "a dialogue"), sentences_of_text
    )
    told = next(s for s in reported if "gloomy" in s.text)
    assert lead_read_on(told, reported, frozenset({"lavrov"})) == told


def test_a_sentence_naming_someone_asked_about_reads_on_to_a_quotation_standing_alone(
    sentences_of_text,
):
    # ABC News, 2022-03-07: the appeal announced, then its words with no "he said"
    text = (
        "Blinken began his trip in Poland on Saturday. "
        "Standing with Blinken, Lithuanian President Gitanas Nauseda made a strong appeal "
        'earlier on Monday. "Antony, deterrence is no longer enough, and we need forward '
        'defense here." The visit ended on Tuesday.'
    )
    story = _story(text, sentences_of_text)
    appeal = next(s for s in story if "strong appeal" in s.text)
    assert story[2].attribution is None  # nothing says who said it
    read = lead_read_on(appeal, story, frozenset({"nauseda"}))
    assert read.text.endswith('we need forward defense here."')
    # not for a question on someone the sentence does not name, nor on no one
    assert lead_read_on(appeal, story, frozenset({"zelensky"})) == appeal
    assert lead_read_on(appeal, story) == appeal


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


def test_an_excerpt_is_read_on_to_the_next_sentence_going_on_with_its_subject(sentences_of_text):
    # ABC News, 2022-03-04: the bill, then what else it holds, opened by "In addition, his"
    text = (
        "Sen. Ed Markey, D-Mass., has offered a separate bill that would also ban Russian oil "
        "imports. In addition, his legislation would require a report identifying entities "
        "involved in the import of Russian crude oil. House Speaker Nancy Pelosi said the House "
        "was exploring legislation."
    )
    story = sentences_of_text(text)
    read = goes_on_read_on(story[0], story)
    assert read.text == text[: text.index(" House Speaker")]
    # a sentence on someone else is not read on to
    assert goes_on_read_on(story[1], story) == story[1]
    # Fox News, 2022-03-04: more of what he said, opened by "He also said"
    text = (
        "Hoffman said it was also important to highlight why Zelenskyy is a top target for "
        "Vladimir Putin. He also said Putin is threatened by the amount of international "
        "support the Ukrainian president has garnered. Zelenskyy is out there on social media."
    )
    story = sentences_of_text(text)
    assert "international support" in goes_on_read_on(story[0], story).text
    # nor is a sentence saying what is not known
    unknown = sentences_of_text(text.replace("He also said Putin", "It's not clear whether Putin"))
    assert goes_on_read_on(unknown[0], unknown) == unknown[0]


def test_an_excerpt_giving_one_figure_is_read_on_to_the_next_giving_another(sentences_of_text):
    # CBS News, 2022-05-16 (2210_3970a50d455bd491.txt): the share before the invasion, then now
    text = (
        "Before Putin launched his invasion of Ukraine on February 24, only around 20% of Finns "
        "supported joining NATO. Now, about 75% do. Tomi Rask gave Tyab a tour of a shelter."
    )
    story = _story(text, sentences_of_text)
    assert second_figure_read_on(story[0], story).text.endswith("Now, about 75% do.")
    # no figure after it: read from the one before, which gives the other value
    assert second_figure_read_on(story[1], story).text == text[: text.index(" Tomi")]
    assert second_figure_read_on(story[2], story) == story[2]  # it gives no figure at all


def test_an_excerpt_giving_one_figure_is_read_from_the_one_before_giving_another(
    sentences_of_text,
):
    # ABC News, 2022-10-12: how many missiles were fired, then how many Russia can produce
    text = (
        "“The 83 missiles that Russia used today, it had been hoarding for several months,” "
        "Luzhin told The Insider. Russia produces no more than 200 advanced cruise missiles a "
        "year, he said. Ukrainian officials want more advanced systems."
    )
    story = _story(text, sentences_of_text)
    read = second_figure_read_on(story[1], story)
    assert read.text == text[: text.index(" Ukrainian officials")]


# after 2427_d90dad6cecf2494c.txt (NBC News, 2022-07-21): a quotation set in two paragraphs,
# the second untagged
MOORE = (
    "“This is one of the reasons why it is so essential that we tough it out on Ukraine,” said "
    "Richard Moore, director of MI6. "
    "“It’s because Xi Jinping is watching this like a hawk.” "
    "Russian Foreign Ministry spokesperson Maria Zakharova said Britain was lying. "
    "“Nobody believes them.” "
    "The talks went on."
)


def test_a_quotation_is_read_on_to_the_same_speakers_next_untagged_quotation(sentences_of_text):
    story = _story(MOORE, sentences_of_text)
    moore = continued_quote_read_on(story[0], story)
    assert moore.text.endswith("“It’s because Xi Jinping is watching this like a hawk.”")
    assert "Zakharova" not in moore.text  # one paragraph more, not the next speaker's
    # words reported without quotation marks, or told by nobody, are not read on
    assert continued_quote_read_on(story[2], story) == story[2]
    assert continued_quote_read_on(story[4], story) == story[4]


# after 1110_c96dd77abd653556.txt (HuffPost, 2022-03-07): the untagged quotation runs over two
# sentences, its closing mark at the end of the second
BOLTON = (
    "“I know there are a lot of theories and speculation going around that Putin has a screw "
    "loose,” Bolton told the BBC. "
    "“I don’t think so. I think he’s a cold, hard, calculating man.” "
    "Bolton also urged the West to send more weapons."
)


def test_an_untagged_quotation_over_several_sentences_is_read_on_whole(sentences_of_text):
    story = _story(BOLTON, sentences_of_text)
    bolton = continued_quote_read_on(story[0], story)
    assert bolton.text.endswith("I think he’s a cold, hard, calculating man.”")
    assert "urged" not in bolton.text
    # a quotation closed by a tag of its own ("…calculating man,” he said.") is no untagged one
    tagged = _story(BOLTON.replace("man.” ", "man,” he added. "), sentences_of_text)
    assert continued_quote_read_on(tagged[0], tagged) == tagged[0]


# HuffPost, 2022-03-26: the gist told, then the words over three sentences
YERMAK = (
    "Andriy Yermak, chief of staff to Ukrainian President Volodymyr Zelenskyy, issued a "
    "blistering takedown of Russian state TV on Friday. In a conversation with former U.S. "
    "Ambassador to Ukraine John Herbst that aired on C-SPAN, Yermak slammed the daily "
    "reality-denying propaganda pumped out by Russia’s state-run media. “It’s terrible,” he said. "
    "“It is impossible to listen how the journalists in the Russian television, 24 hours, issue "
    "absolutely bullshit,” Yermak continued. “Absolutely fakes. It’s not just part of the fakes. "
    "It’s 100% of the fakes,” he added. Russia’s Channel One was stormed by an editor this month."
)


def test_a_sentence_telling_what_someone_asked_about_said_reads_on_to_their_words(
    sentences_of_text,
):
    story = _story(YERMAK, sentences_of_text)
    slammed = next(s for s in story if "slammed" in s.text)
    read = voice_quotes_read_on(slammed, story, frozenset({person_key("Yermak")}))
    assert "“It’s terrible,” he said." in read.text
    assert read.text.endswith("It’s 100% of the fakes,” he added.")  # the quotation whole
    assert "Channel One" not in read.text  # their words only
    # not for a question on someone else, nor on no one
    assert voice_quotes_read_on(slammed, story, frozenset({person_key("Zelenskyy")})) == slammed
    assert voice_quotes_read_on(slammed, story, frozenset()) == slammed
    # nor to someone else's words the question names, after those of the one told of
    other = _story(
        YERMAK.replace("“It’s terrible,” he said.", "“It’s terrible,” Zelenskyy said."),
        sentences_of_text,
    )
    slammed = next(s for s in other if "slammed" in s.text)
    both = frozenset({person_key("Yermak"), person_key("Zelenskyy")})
    assert voice_quotes_read_on(slammed, other, both) == slammed
    # nor when the words after are not quoted
    reported = _story(
        YERMAK.replace("“It’s terrible,” he said.", "He said it was terrible."),
        sentences_of_text,
    )
    slammed = next(s for s in reported if "slammed" in s.text)
    assert voice_quotes_read_on(slammed, reported, frozenset({person_key("Yermak")})) == slammed
