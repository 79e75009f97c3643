"""Worked examples of the checks that a cited article speaks of what the question names (the
whole answer path is tested in test_answer and test_answer_news)."""

from dataclasses import replace

from assistant.lexical import tokens
from assistant.mentions import (
    _split_names,
    abbreviated,
    names_not_near,
    outcome_untold,
    spelt_out,
    stating_stance,
    story_told,
)
from assistant.query import parse_query
from assistant.sentences import Scored, Sentence
from assistant.types import Chunk

VOCABULARY = frozenset(
    tokens("new start federal assembly treaty Russia Josh Hawley senator tour France Ursula Leyen")
)
# what the corpus writes only capitalised
NAMES = {"russ", "josh", "hawley", *tokens("France Ursula Leyen")}


def split(question: str, article: str) -> list[str]:
    query = parse_query(question, None, VOCABULARY)
    return _split_names(query, {}, frozenset(tokens(article)), article, NAMES.__contains__)


def test_a_name_of_common_words_must_be_written_together():
    question = "When did Russia suspend the New START treaty?"
    assert split(question, "A new round of talks will start soon, Russia said.") == ["New START"]
    assert split(question, "Russia suspended the New START treaty.") == []
    assert split(question, "Russia said the treaty would not start anew.") == ["New START"]


def test_a_common_word_a_particle_links_to_a_name_names_something_only_with_it():
    question = "Qui a remporté le Tour de France 2022 ?"
    assert split(question, "Argentina beat France in the final.") == ["Tour de France"]
    assert split(question, "He won the Tour de France in July.") == []
    # a person's name opens with a name: checked word by word, "von der Leyen" is enough
    assert split("What did Ursula von der Leyen say?", "Von der Leyen said no.") == []


def test_a_name_written_in_other_words_must_be_written_together_too():
    # "Stade de France" asked in French, the articles in English: "stadium" stands for "Stade"
    question = "Qui a gagné au Stade de France ?"
    query = parse_query(question, None, VOCABULARY | frozenset(tokens("stadium")))
    alternatives = {tokens("Stade")[0]: {tokens("Stade")[0], tokens("stadium")[0]}}

    def split_in(article: str) -> list[str]:
        present = frozenset(tokens(article))
        return _split_names(query, alternatives, present, article, NAMES.__contains__)

    assert split_in("The final was played at the Stade de France.") == []
    far = "Argentina beat France in the World Cup final, played in a stadium in Qatar."
    assert split_in(far) == ["Stade de France"]


def test_a_name_built_with_a_particle_may_be_translated_in_an_article_of_another_language():
    # "Corée du Nord" asked in French, the article in English: "North Korea", words reordered
    # and "Nord" translated; "Korea" stands for "Corée"
    question = "La Corée du Nord a-t-elle reconnu ces livraisons ?"
    query = parse_query(question, None, VOCABULARY | frozenset(tokens("nord korea")))
    alternatives = {tokens("Corée")[0]: {tokens("Corée")[0], tokens("Korea")[0]}}
    article = "North Korea has denied supplying shells to Russia."

    def split_in(text: str, across: bool) -> list[str]:
        present = frozenset(tokens(text))
        return _split_names(query, alternatives, present, text, NAMES.__contains__, across)

    assert split_in(article, across=True) == []
    assert split_in(article, across=False) == ["Corée du Nord"]  # a French article writes it
    assert split_in("Russia denied it.", across=True) == ["Corée du Nord"]
    # the words found must still stand side by side
    stade = parse_query("Qui a gagné au Stade de France ?", None, VOCABULARY)
    far = "Argentina beat France in the World Cup final, played in a stadium in Qatar."
    stadium = {tokens("Stade")[0]: {tokens("Stade")[0], tokens("stadium")[0]}}
    assert _split_names(
        stade, stadium, frozenset(tokens(far)), far, NAMES.__contains__, across=True
    ) == ["Stade de France"]


def test_a_translated_name_of_three_words_needs_all_but_one_side_by_side():
    # AP, 2022-11-03: "Web Summit de Lisbonne" asked in French is "the annual Web Summit tech
    # conference in Lisbon" in English; the words written apart do not name it
    question = "Jusqu'à quand Microsoft s'est-il engagé au Web Summit de Lisbonne ?"
    vocabulary = VOCABULARY | frozenset(tokens("web summit lisbon microsoft"))
    query = parse_query(question, None, vocabulary)
    names = (NAMES | set(tokens("Lisbon Microsoft"))).__contains__
    article = (
        "LISBON, Portugal — Microsoft pledged Thursday to extend its backing, the company's "
        "president announced at the annual Web Summit tech conference in Lisbon, Portugal."
    )

    def split_in(text: str, across: bool) -> list[str]:
        present = frozenset(tokens(text))
        return _split_names(query, {}, present, text, names, across)

    assert split_in(article, across=True) == []
    assert split_in(article, across=False) == ["Web Summit de Lisbonne"]
    apart = (
        "At a summit in Lisbon, Microsoft promised Ukraine cloud services and data centres "
        "until next year, its web pages say."
    )
    assert split_in(apart, across=True) == ["Web Summit de Lisbonne"]


def test_a_name_with_words_the_corpus_writes_capitalised_is_not_checked_here():
    # "Sen. Josh Hawley": the article need not write "Senator"; names are checked word by word.
    assert split("What did Senator Josh Hawley say?", "Sen. Josh Hawley said no.") == []


def test_an_excerpt_is_kept_only_when_its_article_names_what_the_question_names():
    text = "Kuleba said Russia lacked the troops. Officials said Russia lacked the troops."
    article = Chunk("c", "a", "a.txt", "t", "2022-01", 0, 0, len(text), text)
    second = Sentence(article, 38, len(text), text[38:], None)
    query = parse_query("Did Kuleba know Russia lacked troops?", None, VOCABULARY | {"kuleb"})
    names = {"kuleb", "russ"}.__contains__
    assert names_not_near(query, second, frozenset(tokens(text)), names) == []
    elsewhere = "Officials said Russia lacked the troops."
    other = Chunk("d", "b", "b.txt", "t", "2022-01", 0, 0, len(elsewhere), elsewhere)
    alone = Sentence(other, 0, len(elsewhere), elsewhere, None)
    assert names_not_near(query, alone, frozenset(tokens(elsewhere)), names) == ["Kuleba"]


def test_a_place_is_spoken_of_by_its_adjective(sentences_of_text):
    # ABC News, 2022-03: the player "traveled 130 miles to Odessa … before arriving at the
    # Moldovan border"
    text = "He traveled 130 miles to Odessa before arriving at the Moldovan border."
    (sentence,) = sentences_of_text(text)
    vocabulary = VOCABULARY | set(tokens("Moldova Moldovan Odessa Rome Roman"))
    names = set(tokens("Moldova Moldovan Odessa Rome Roman")).__contains__
    query = parse_query("Who escaped Ukraine through Moldova?", None, vocabulary)
    assert names_not_near(query, sentence, frozenset(tokens(text)), names) == []
    # "Roman" is a name of its own, not the adjective of Rome
    roman = "Roman Abramovich traveled to Istanbul."
    other = Chunk("d", "b", "b.txt", "t", "2022-03", 0, 0, len(roman), roman)
    query = parse_query("Who traveled to Rome?", None, vocabulary)
    found = Sentence(other, 0, len(roman), roman, None)
    assert names_not_near(query, found, frozenset(tokens(roman)), names) == ["Rome"]


def _closing(intro: str, last: str, month: str) -> tuple[Sentence, frozenset[str]]:
    """The sentence `last` closing a story that opens on `intro`, and the story's words."""
    text = intro + last
    article = Chunk("c", "a", "a.txt", "t", month, 0, 0, len(text), text)
    return Sentence(article, len(intro), len(text), last, None), frozenset(tokens(text))


def test_who_the_speaker_is_need_not_stand_by_the_quote():
    # "University of Sussex nuclear expert" says who Paul Dorfman is; the article says so far
    # from his quote, which names neither the university nor Sussex
    intro = "Dr Paul Dorfman is a fellow at the University of Sussex. " + "The plant. " * 60
    quote = 'Dr Dorfman said: "IAEA visited the site. It is an incredibly dangerous situation."'
    said, present = _closing(intro, quote, "2022-09")
    names = {"paul", "dorfman", "universit", "sussex", "iae"}.__contains__
    question = "What did University of Sussex nuclear expert Paul Dorfman say about the IAEA?"
    query = parse_query(question, None, VOCABULARY | present)
    assert names_not_near(query, said, present, names) == []
    # names of what was said are still looked for near it
    other = "What did Paul Dorfman say about the University of Sussex and the IAEA?"
    query = parse_query(other, None, VOCABULARY | present)
    assert names_not_near(query, said, present, names) == ["University", "Sussex"]


def test_who_the_person_asked_about_is_need_not_be_worded_as_the_question_words_it():
    # after CNN, 2022-03-15: the article calls him "Senate Armed Services Chairman Jack Reed";
    # the question adds "Committee", which the article never writes
    said, present = _closing(
        "The White House rejected the plan. ",
        "But Senate Armed Services Chairman Jack Reed said giving Poland's MiG-29 jets "
        '"would not be effective."',
        "2022-03",
    )
    names = {"jack", "reed", "poland", "mig-29"}.__contains__
    question = (
        "What was Senate Armed Services Committee chairman Jack Reed's position on sending "
        "Poland's MiG-29 jets?"
    )
    vocabulary = VOCABULARY | present | frozenset(tokens("committee"))
    query = parse_query(question, None, vocabulary)
    assert names_not_near(query, said, present, names) == []
    # a name of what is asked, not of who is asked about, is still looked for
    other = "What did Jack Reed say about the Senate Armed Services Committee hearing?"
    query = parse_query(other, None, vocabulary)
    assert names_not_near(query, said, present, names) == ["Senate Armed Services Committee"]


def test_names_a_question_tells_before_asking_need_not_stand_by_what_it_asks():
    # after 2787_e39259fe69060bba.txt (Daily Express, 2022-11-03): the story names Bakhmut and
    # Radio Free Europe far from the soldier's tank "from 1986"
    intro = "Soldiers near Bakhmut spoke in a video by Radio Free Europe. " + "The guns. " * 70
    said = "One soldier, Serhiy, reported that the tank he was operating was from 1986."
    tank, present = _closing(intro, said, "2022-11")
    names = {"bakhmut", "radio", "fre", "europ", "serhiy"}.__contains__
    told = (
        "Soldiers fighting around Bakhmut described to Radio Free Europe how they kept old "
        "weapons working. What year was the tank of a soldier named Serhiy built?"
    )
    query = parse_query(told, None, VOCABULARY | present)
    assert names_not_near(query, tank, present, names) == []
    # asked in its last sentence, or by an excerpt saying nothing of what is asked, they must
    asked = "What year was the tank built that Serhiy used near Bakhmut for Radio Free Europe?"
    query = parse_query(asked, None, VOCABULARY | present)
    assert names_not_near(query, tank, present, names) == ["Bakhmut", "Radio Free Europe"]
    other = replace(tank, text="Another soldier said he was fine.")
    query = parse_query(told, None, VOCABULARY | present)
    assert names_not_near(query, other, present, names) == ["Bakhmut", "Radio Free Europe"]


def test_a_name_written_as_its_acronym_is_found_by_its_initials():
    # Daily Express, 2022-02-14: "…break down the invisible wall around the 'ISS'…"
    query = parse_query(
        "Could the invasion end cooperation on the International Space Station?", None, VOCABULARY
    )
    said = "Could invading Ukraine break down the invisible wall around the 'ISS'?"
    assert abbreviated(query, said) == set(tokens("International Space Station"))
    assert abbreviated(query, "The station's orbit would be unstable.") == set()
    chunk = Chunk("c", "a", "a.txt", "t", "2022-02", 0, 0, len(said), said)
    sentence = Sentence(chunk, 0, len(said), said, None)
    assert names_not_near(query, sentence, frozenset(tokens(said)), NAMES.__contains__) == []


def test_an_acronym_written_out_is_found_by_its_initials():
    query = parse_query("What did the IAEA say about NASAMS?", None, frozenset())
    assert spelt_out(query, "The International Atomic Energy Agency said so.") == {
        tokens("IAEA")[0]
    }
    assert spelt_out(
        query, "eight National Advanced Surface-to-Air Missile Systems were promised"
    ) == {tokens("NASAMS")[0]}
    assert spelt_out(query, "The agency said so.") == set()
    osce = parse_query("What did the OSCE say?", None, frozenset())
    ambassador = "the ambassador to the Organization for Security and Cooperation in Europe"
    assert spelt_out(osce, ambassador) == {tokens("OSCE")[0]}
    # too short to tell: "UN" is not looked for in "United Nations"
    assert (
        spelt_out(parse_query("What did the UN say?", None, frozenset()), "United Nations") == set()
    )


def test_a_stance_is_stated_by_a_sentence_naming_its_holder_on_the_topic(
    plain_query, sentences_of_text
):
    text = (
        "Macron won reelection over far right candidate Marine Le Pen. "
        "The EU imposed sanctions on Russian banks. "
        "Marine Le Pen said the sanctions hurt the French more than the Russians. "
        "Peskov condemned what he said were aggressive expansionist tendencies of NATO."
    )
    scored = [Scored(s, 1.0) for s in sentences_of_text(text)]
    rare = lambda token: 1.0 if token in ("russ", "ukrain") else 5.0  # noqa: E731

    def stating(question: str) -> list[str]:
        query = plain_query(question)
        return [s.sentence.text for s in stating_stance(query, scored, rare)]

    # her name alone, or the topic alone, states nothing of her stance
    assert stating(
        "Quelle est la position de Marine Le Pen sur les sanctions contre la Russie ?"
    ) == ["Marine Le Pen said the sanctions hurt the French more than the Russians."]
    assert stating("What is Marine Le Pen's stance on Nord Stream?") == []
    # a word of the topic's family counts ("expansion", "expansionist")
    assert stating("What is Dmitry Peskov's position on NATO expansion?") == [
        "Peskov condemned what he said were aggressive expansionist tendencies of NATO."
    ]


def test_a_stance_is_stated_in_the_holders_words_in_a_passage_on_the_topic(
    plain_query, sentences_of_text
):
    # after CBS News, 2022-06-28: her words name neither the deal nor Turkey, the passage does
    text = (
        "Turkey agreed to lift its veto on Sweden joining NATO after a deal was signed. "
        'Amineh Kakabaveh, an independent Swedish lawmaker, said it was "worrisome that '
        "Sweden isn't revealing what promises it has given Erdogan.\""
    )
    scored = [Scored(s, 1.0) for s in sentences_of_text(text, attributed=True)]
    rare = lambda token: 5.0  # noqa: E731
    query = plain_query(
        "Quelle position Amineh Kakabaveh a-t-elle exprimée sur la levée du veto turc ?"
    )
    assert [s.sentence.text for s in stating_stance(query, scored, rare)] == [
        'Amineh Kakabaveh, an independent Swedish lawmaker, said it was "worrisome that '
        "Sweden isn't revealing what promises it has given Erdogan.\""
    ]
    # a passage on another topic holds no stance of hers on this one
    other = plain_query("Quelle position Amineh Kakabaveh a-t-elle exprimée sur le blé russe ?")
    assert stating_stance(other, scored, rare) == []


def test_a_stance_holder_misspelt_is_found_as_the_corpus_spells_them(
    plain_query, sentences_of_text
):
    # "Kouleba", as French writes him, is "Kuleba" in the English articles
    text = "Foreign Minister Dmytro Kuleba said the language issue is politicized."
    scored = [Scored(s, 1.0) for s in sentences_of_text(text)]
    question = "Quelle position Dmytro Kouleba a-t-il défendue sur la langue ?"
    query = plain_query(question, frozenset(tokens(f"{text} langue")))
    assert query.corrections == {"Kouleba": tokens("Kuleba")[0]}
    language = ((tokens("langue")[0], 1.0), (tokens("language")[0], 0.9))  # bridged
    stated = stating_stance(replace(query, slots=(language,)), scored, lambda token: 5.0)
    assert [s.sentence.text for s in stated] == [text]


def test_a_name_made_an_adjective_by_a_hyphen_is_spoken_of_by_the_name(sentences_of_text):
    # CNN, 2022-03-22: "Hackers associated with Russian internet addresses…" for "Russian-linked
    # IP addresses"; an article naming neither Russia nor the Kremlin does not speak of them
    text = "Hackers associated with Russian internet addresses scanned US firms, the FBI said."
    (sentence,) = sentences_of_text(text)
    vocabulary = VOCABULARY | set(tokens("Russian-linked Kremlin-backed Kremlin FBI"))
    names = set(tokens("Russian-linked Kremlin-backed Kremlin FBI Russia")).__contains__
    for question, missing in (
        ("When did the FBI warn about Russian-linked IP addresses?", []),
        ("When did the FBI warn about Kremlin-backed hackers?", ["Kremlin-backed"]),
    ):
        query = parse_query(question, None, vocabulary)
        assert names_not_near(query, sentence, frozenset(tokens(text)), names) == missing


def test_a_name_joining_two_names_by_a_hyphen_is_spoken_of_by_both(sentences_of_text):
    # HuffPost, 2022-04: the statue "symbolizing the friendship between the Ukrainian and
    # Russian peoples" for "the statue celebrating Ukrainian-Russian friendship"
    text = "Kyiv removed a statue symbolizing friendship of the Ukrainian and Russian peoples."
    (sentence,) = sentences_of_text(text)
    vocabulary = VOCABULARY | set(tokens("Ukrainian-Russian Ukrainian-Belarus Ukrainian Russian"))
    names = set(tokens("Ukrainian-Russian Ukrainian-Belarus Ukrainian Russian Kyiv")).__contains__
    query = parse_query("Why was the Ukrainian-Russian statue removed?", None, vocabulary)
    assert names_not_near(query, sentence, frozenset(tokens(text)), names) == []
    other = parse_query("Why was the Ukrainian-Belarus statue removed?", None, vocabulary)
    assert names_not_near(other, sentence, frozenset(tokens(text)), names) == ["Ukrainian-Belarus"]


def test_the_outlet_publishing_an_article_is_spoken_of_though_its_text_does_not_name_it():
    # Daily Mail, 2022-08-26: the text says "Mail readers" and "told the Mail", never "Daily
    # Mail"; the question asks what the Daily Mail reported
    text = "Halo Trust told the Mail that 86 people have been killed by discarded ordnance."
    vocabulary = VOCABULARY | set(tokens("daily mail halo trust killed ordnance"))
    query = parse_query(
        "Selon le Daily Mail, combien de personnes ont été tuées ?", None, vocabulary
    )
    names = set(tokens("Halo Trust")).__contains__

    def missing(outlet: str | None) -> list[str]:
        chunk = Chunk("c", "a", "a.txt", "t", "2022-08", 0, 0, len(text), text, outlet=outlet)
        sentence = Sentence(chunk, 0, len(text), text, None)
        return names_not_near(query, sentence, frozenset(tokens(text)), names)

    assert missing("Daily Mail") == []
    assert missing("Daily Mirror") == ["Daily Mail"]
    assert missing(None) == ["Daily Mail"]


def test_the_outlet_publishing_an_article_is_near_every_passage_of_it():
    # Daily Mirror, 2022-08-18 (2506_db8a72df87e44b82.txt): the question opens on what the
    # Mirror reported of Wagner; the passage giving the date, far down the story, names
    # neither
    far = "Wagner is recruiting inmates, the group said. " + "The war goes on. " * 60
    said = "Olga Romanova said the first fight of jail inmates was on 12 July."
    text = far + said
    vocabulary = VOCABULARY | set(tokens("daily mirror wagner olga romanova inmates fight"))
    query = parse_query(
        "The Daily Mirror reported that Wagner was recruiting inmates. According to Olga "
        "Romanova, when did the inmates fight their first battle?",
        None,
        vocabulary,
    )
    names = set(tokens("Wagner Olga Romanova")).__contains__

    def missing(outlet: str) -> list[str]:
        chunk = Chunk("c", "a", "a.txt", "t", "2022-08", 0, 0, len(text), text, outlet=outlet)
        sentence = Sentence(chunk, len(far), len(text), said, None)
        return names_not_near(query, sentence, frozenset(tokens(text)), names)

    assert missing("Daily Mirror") == []
    assert missing("CNN") == ["Daily Mirror"]  # another outlet's story: not the one asked of


def test_an_outcome_asked_is_told_only_by_an_excerpt_writing_its_verb():
    detained, _ = _closing("", "Nine drivers were detained and remain missing.", "2022-04")
    freed, _ = _closing("", "The nine drivers were freed on Friday.", "2022-05")
    question = "Were the nine drivers eventually freed?"
    query = parse_query(question, None, VOCABULARY | set(tokens("nine drivers freed")))
    assert outcome_untold(query, [detained]) == "eventually freed"
    assert outcome_untold(query, [detained, freed]) == ""
    # a corpus word bridged to the verb tells it too ("libérés" is freed)
    french = parse_query("Les chauffeurs ont-ils finalement été libérés ?", None, VOCABULARY)
    link = ((tokens("libérés")[0], 1.0), (tokens("freed")[0], 0.8))
    bridged = replace(french, slots=(link,))
    assert outcome_untold(bridged, [freed]) == ""
    assert outcome_untold(french, [freed]) == "finalement été libérés"
    # a question asking who brought it about takes the outcome as given
    who = parse_query("Who eventually freed the nine drivers?", None, VOCABULARY)
    assert outcome_untold(who, [detained]) == ""
    # a question asking of no outcome has none untold
    plain = parse_query("Were the nine drivers detained?", None, VOCABULARY)
    assert outcome_untold(plain, [freed]) == ""


def test_an_article_naming_most_names_a_question_tells_is_the_story_told():
    question = (
        "In April 2022 a 60-year-old named Gallina showed the BBC a crater near Avdiivka. "
        "How did she sum up life there?"
    )
    query = parse_query(question, None, VOCABULARY | set(tokens("Gallina Avdiivka BBC")))
    assert story_told(query, frozenset(tokens("Gallina showed us the crater in Avdiivka")))
    assert not story_told(query, frozenset(tokens("Gallina showed us the crater")))
    # a question of one sentence telling nothing tells no story
    alone = parse_query("What did Gallina say in Avdiivka?", None, VOCABULARY)
    assert not story_told(alone, frozenset(tokens("Gallina said in Avdiivka")))


def test_a_lawmakers_party_and_state_are_spoken_of_by_their_tag(sentences_of_text):
    # Fox News, 2022-03-16, for "How did Republican Sen. John Kennedy of Louisiana
    # characterise President Biden's response to Putin…?"
    text = (
        "Sen. John Kennedy, R-La., ripped President Biden for his foreign policy stance. "
        "Biden has done some things right."
    )
    sentence = sentences_of_text(text)[1]
    vocabulary = VOCABULARY | set(tokens(text + " Republican Louisiana Putin"))
    names = set(tokens("John Kennedy Biden Republican Louisiana Putin")).__contains__
    query = parse_query(
        "How did Republican Sen. John Kennedy of Louisiana characterise President Biden's "
        "response to Putin?",
        None,
        vocabulary,
    )
    assert names_not_near(query, sentence, frozenset(tokens(text)), names) == ["Putin"]
    with_putin = text + " Putin was warned."
    assert names_not_near(query, sentence, frozenset(tokens(with_putin)), names) == []
