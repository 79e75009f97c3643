"""What a question asks for: worked examples of its kind, what it asks about, and whether it
asks why or a year (what a number question counts is test_question_values', what name it asks
test_question_names')."""

import pytest

from assistant.lexical import detect_language, tokens
from assistant.question_kinds import (
    asks_period,
    asks_why,
    asks_year,
    head_of,
    outcome_asked,
    question_kind,
    who_act,
    who_acts,
)
from assistant.question_speaker import speaker_and_topic
from assistant.question_values import counted_thing


def kind(question: str) -> str:
    return question_kind(question, detect_language(question))


def test_kinds():
    assert kind("How many American soldiers were sent?") == "number"
    assert kind("Quel jour le Kremlin a-t-il exhorté les Etats-Unis ?") == "date"
    assert kind("Who is considering going to Moscow?") == "who"
    assert kind("What did Washington propose?") == "other"
    # who, after the clause saying when (NBC News, 2022-09-04)
    assert kind("When John Sullivan left Moscow in September, who was named to replace him?") == (
        "who"
    )
    assert kind("Quand Sullivan a quitté Moscou, qui a été nommé à sa place ?") == "who"
    # a question opening on "who" asks a person, whatever value it names (The Guardian,
    # 2022-06-03); a "qui" after the source asked of opens a clause
    assert kind("Qui, à Marioupol, estimait le nombre de morts à 22 000 ?") == "who"
    assert kind("Who said how many troops Russia had massed near Ukraine?") == "who"
    assert kind("Selon Fox News, qui cite The Hill, combien de soldats ont été libérés ?") == (
        "number"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # whether someone confirmed, denied, thought or wrote something is what they said
        ("Did the Kremlin confirm the call?", "quote"),
        ("Le Kremlin a-t-il démenti la rencontre ?", "quote"),
        ("Le Kremlin a-t-il confirmé un échange ?", "quote"),
        ("Did Lloyd Austin think Putin was bluffing?", "quote"),
        ("Does the West believe Russia is preparing an attack?", "quote"),
        # a fact hedged ("believed to be serving") asks for no one's belief (The Guardian)
        ("Which unit was he believed to be serving with at the time?", "other"),
        # what someone answered or replied is what they said (Fox News, 2022-07-27)
        ("When reporters pressed Natalia Humeniuk about the bridge, what did she answer?", "quote"),
        ("What did the Kremlin reply?", "quote"),
        ("What did Boris Johnson write on Twitter in Kyiv?", "quote"),
        ("What did Zelensky tweet after the call?", "quote"),
        ("Qu'a écrit Boris Johnson sur Twitter lors de sa visite ?", "quote"),
        # words called out are words (CNN, 2022-03-06: "Women shouted, “Get out of our land…”")
        ("What did women shout at the masked Russian soldiers?", "quote"),
        ("What did the protesters chant in Kherson?", "quote"),
        ("Qu'ont scandé les manifestants devant les soldats russes ?", "quote"),
        ("How did Oleg Artemyev explain the colour?", "quote"),
        ("Pourquoi Artemiev a-t-il expliqué ce choix ?", "quote"),
        ("Quelle expression Olena Zelenska a-t-elle utilisée devant le Congrès ?", "quote"),
        # a clause on when it was asked opens the question it does not ask
        ("When asked about the plant, what did the IAEA chief say?", "quote"),
        (
            "Quand on lui a demandé si l'on pouvait démilitariser la centrale, qu'a répondu "
            "le directeur général de l'AIEA ?",
            "quote",
        ),
        ("When did the IAEA chief visit the plant?", "date"),
        ("Quand le président est-il arrivé ?", "date"),
        ("À partir de quand comptaient-ils introduire le rouble ?", "date"),
        # a deadline is a date
        ("By when does Germany intend to have stopped buying Russian oil?", "date"),
        ("D'ici quand l'Allemagne compte-t-elle arrêter le pétrole russe ?", "date"),
        ("Et ce mouvement, il est né quand exactement ?", "date"),
        ("Que faisait-il quand la guerre a commencé ?", "other"),
        # a date asked is a date question whatever the verb
        ("When did the US Senate confirm Bridget Brink as ambassador?", "date"),
        # a jibe is words said
        ("How did Andriy Yermak mock the Russian army during the counter-offensive?", "quote"),
        ("How did Psaki joke about the president being ready for anything?", "quote"),
        ("Comment Podoliak a-t-il raillé le Kremlin pendant l'évacuation de Kherson ?", "quote"),
        ("Comment le ministre s'est-il moqué des sanctions ?", "quote"),
        # so is a threat of what one will do
        ("What did Putin threaten to do if the West sent longer-range missiles?", "quote"),
        (
            "Qu'a menacé de faire Vladimir Poutine si les États-Unis livraient des missiles ?",
            "quote",
        ),
        ("Which cities did the strikes threaten?", "other"),
        # what someone owned up to is words said
        ("What did Lavrov admit about the sanctions?", "quote"),
        ("How did the senator acknowledge his party's part in the price rise?", "quote"),
        ("Comment le sénateur a-t-il reconnu la responsabilité de son parti ?", "quote"),
        ("Qu'a admis le ministre russe sur les sanctions ?", "quote"),
        # "reconnu coupable" is a verdict
        ("Quel colonel un tribunal allemand a-t-il reconnu coupable en janvier ?", "other"),
    ],
)
def test_verbs_that_ask_what_someone_said(question, expected):
    assert kind(question) == expected


def test_a_why_question_asks_a_cause_even_when_it_names_a_quantity():
    # "nombreux" (many) counts nothing; "le nombre de" does
    assert (
        kind("Pourquoi les alpinistes russes ont-ils été moins nombreux cette année ?") == "other"
    )
    assert kind("De nombreux soldats sont-ils partis ?") != "number"
    assert kind("Quel est le nombre de soldats envoyés ?") == "number"
    assert kind("Why did the number of refugees fall in May?") == "other"
    assert kind("How many refugees arrived, and why?") == "number"
    # asked of a source described at length, "why" still opens the question
    assert (
        kind(
            "According to a December 2022 Fox News opinion piece on the failings of Russian "
            "military uniforms, why did Sergei Shoigu cap the number of medals worn?"
        )
        != "number"
    )


def test_a_question_asked_of_a_source_is_of_the_kind_its_own_words_ask():
    # "D'après X, depuis quand…" asks a date on X's word, not what X said
    assert (
        kind(
            "D'après le chef de la police nationale ukrainienne, depuis quand beaucoup de corps "
            "de la fosse commune d'Izioum étaient-ils enterrés ?"
        )
        == "date"
    )
    assert kind("According to the UN, when did the siege of Mariupol begin?") == "date"
    assert kind("Selon Kyiv, quand la contre-offensive a-t-elle commencé ?") == "date"
    assert kind("D'après Peskov, que veut la Russie ?") == "quote"


def test_how_someone_responded_is_what_they_said_whether_they_did_is_not():
    assert kind("How did Alina Kabaeva respond to the EU putting her on its sanctions list?") == (
        "quote"
    )
    assert kind("And what did the Kremlin respond?") == "quote"
    assert kind("Did Putin respond to Elon Musk's challenge to single combat?") == "other"
    assert speaker_and_topic("How did Alina Kabaeva respond to the sanctions?")[0] == (
        "alin",
        "kabaev",
    )


def test_speaking_with_someone_is_a_conversation_not_a_quote():
    assert kind("Did Burns speak with Putin himself?") == "other"
    assert kind("What did Peskov speak about?") == "quote"


def test_someone_described_as_quoted_is_not_a_quote_asked():
    # blind 21: the job of the volunteer a report quotes is asked, not his words
    question = "And the other volunteer quoted in that report, Oleksei Ilyushan — what does he do?"
    assert kind(question) == "other"
    assert kind("Et le bénévole cité dans ce reportage, que fait-il en semaine ?") == "other"
    assert kind("What was he quoted as saying?") == "quote"


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What is the population of Ukraine?", "population"),
        ("Which cities have been bombed?", "cities"),
        ("How did oil prices react to the crisis?", "oil prices"),
        ("What sanctions has the European Union imposed?", "sanctions"),
        ("Quelle est la position de la Turquie ?", "position"),
        ("Quelles garanties l'Amérique offre-t-elle ?", "garanties"),
        ("What did Peskov say?", ""),
        ("Why is Moscow upset?", ""),
    ],
)
def test_head_is_what_a_wh_question_asks_about(question, head):
    assert head_of(question) == head


def test_why_questions_ask_for_a_cause():
    assert asks_why("Why is Moscow upset?")
    assert asks_why("Pour quelle raison la Russie dément-elle ?")
    assert not asks_why("What did Washington propose?")
    # the reasons asked are a cause too
    assert asks_why("What reasons did the governor give for the retreat?")
    assert asks_why("What was the main reason for the delay?")
    assert asks_why("Quelles raisons le gouverneur a-t-il données pour ce retrait ?")
    assert not asks_why("What did the governor say about the reasons given by Moscow?")


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How large is the Russian deployment near Ukraine?", "Russian deployment"),
        ("Quelle est l'ampleur du renfort américain en Europe ?", "renfort américain"),
        ("What is the size of the US contingent?", "US contingent"),
    ],
)
def test_a_size_asked_for_is_a_number_question(question, counted):
    assert (kind(question), counted_thing(question)) == ("number", counted)


def test_a_when_clause_inside_another_question_does_not_make_it_a_date_question():
    assert kind("Where was Stakhovsky holidaying when the invasion began?") != "date"
    assert kind("When did the invasion begin?") == "date"
    assert kind("And when did it begin?") == "date"
    assert kind("Depuis quand les troupes sont-elles là ?") == "date"


def test_the_act_a_who_question_opens_on():
    assert who_act("Who won the 2023 Eurovision Song Contest?") == "won"
    assert who_act("Who has replaced Reznikov?") == "replaced"
    assert who_act("Qui a remplacé Oleksiï Reznikov ?") == "remplacé"
    assert who_act("Qui a été nommé ministre ?") == "nommé"
    # no act: who someone is, or what another did to them
    assert who_act("Who is the head coach of Shakhtar Donetsk?") == ""
    assert who_act("Qui est le porte-parole du Kremlin ?") == ""
    assert who_act("Who did Biden send to Moscow?") == ""
    assert who_act("Qui le FSB a-t-il accusé ?") == ""


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("In what year does Prigozhin say he set up the Wagner group?", True),
        ("En quelle année Donald Trump avait-il écrit à Poutine ?", True),
        ("Depuis quand l'actrice faisait-elle partie de la troupe ?", True),
        ("When did Russia invade Ukraine?", False),
        ("Quel jour Zelensky s'est-il rendu à Washington ?", False),
    ],
)
def test_a_year_asked_is_a_date_question_a_year_answers(question, year):
    assert question_kind(question, "en") == "date"
    assert asks_year(question) is year


@pytest.mark.parametrize(
    "question",
    [
        # a clause on when it happened opens a question asking whether (ABC News, 2022-07)
        "When Biden issued a statement on Johnson's resignation, did he name him?",
        "When Russia invaded, was the embassy closed?",
        "Quand Biden a réagi à la démission de Johnson, l'a-t-il nommé ?",
    ],
)
def test_a_question_asking_whether_after_a_clause_on_when_asks_no_date(question):
    assert question_kind(question, detect_language(question)) != "date"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("By when did Budanov say Ukraine aimed to retake the city?", True),
        ("When is Sweden's security policy review due to be completed?", True),
        ("When will the talks resume?", True),
        ("In which month did the siege begin?", True),
        ("D'ici quand l'Allemagne veut-elle se passer du pétrole russe ?", True),
        ("Depuis quand les corps étaient-ils enterrés ?", True),
        ("Quand la Suède doit-elle rendre son analyse ?", True),
        # a day is asked: "reported on the shooting in May" does not date the shooting
        ("When did the tank commander shoot the man on the bicycle?", False),
        ("Quel jour Zelensky s'est-il rendu à Washington ?", False),
    ],
)
def test_a_bound_a_month_or_what_was_to_come_may_be_answered_by_a_part_of_a_month(question, period):
    assert question_kind(question, "en") == "date"
    assert asks_period(question) is period


@pytest.mark.parametrize(
    "question",
    [
        "Which dates was the Nord Stream 1 shutdown supposed to cover?",
        "What days did the talks take place?",
        "Quelles dates ont été retenues pour les pourparlers ?",
        "Quels jours les négociations ont-elles eu lieu ?",
    ],
)
def test_dates_asked_in_the_plural_are_date_questions(question):
    assert kind(question) == "date"
    assert kind("How many days did Mark Vande Hei spend in space?") == "number"


def test_the_acts_a_who_question_asks_were_done():
    question = "Who found the camels and ostriches at the zoo and posted the videos?"
    assert who_acts(question) == ["found", "posted"]  # "and ostriches" is no act
    assert who_acts("Qui a trouvé les chameaux et publié les vidéos ?") == ["trouvé", "publié"]
    assert who_acts("Who replaced Reznikov and Zaluzhny?") == ["replaced"]
    assert who_acts("Who is the head coach of Shakhtar Donetsk?") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Two Danish reporters were shot near Okhtyrka in February. Who were they?", "who"),
        ("The ISS crew wore yellow suits in March. When did they dock?", "date"),
        (
            "CNN visited a Kyiv junkyard in March 2022. How many rockets did the unit seize?",
            "number",
        ),
        ("Un chasseur russe a été abattu. À quelle date cet avion a-t-il été abattu ?", "date"),
        ("Peskov said the talks had failed. When were they held?", "date"),
        # one sentence, abbreviations inside: read whole
        ("Who did Lt. Gen. Smith replace in the U.S. Army?", "who"),
        ("What did Gen. Mark Milley tell Congress?", "quote"),
        # a title quoted ends no sentence
        (
            "Qui a réalisé le documentaire « Russie. Histoire récente », dans lequel Poutine "
            "raconte avoir fait le taxi ?",
            "who",
        ),
        ('Who wrote the report "Russia. A new history", published in May?', "who"),
    ],
)
def test_a_question_opening_on_its_context_is_of_the_kind_its_asking_sentence_asks(
    question, expected
):
    assert kind(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Netflix a suspendu ses projets en Russie : qui réalisait la série en tournage ?",
        "The bridge was blown up in February; who did it?",
        # a follow-up opening on a conjunction
        "So who finally helped them get out?",
        "Et qui l'a remplacé ?",
        # after the source it is asked of (`question_source.opens_question`)
        "Selon le renseignement ukrainien, qui a provoqué l'explosion ?",
    ],
)
def test_who_asked_after_a_colon_a_conjunction_or_a_source_is_a_who_question(question):
    assert kind(question) == "who"


@pytest.mark.parametrize(
    ("question", "typed", "verb"),
    [
        ("Were the two journalists eventually released?", "eventually released", "released"),
        ("Did Germany finally agree to send tanks?", "finally agree", "agree"),
        ("Did she eventually manage to bring her son home?", "eventually manage to bring", "bring"),
        ("L'avion a-t-il finalement été saisi ?", "finalement été saisi", "saisi"),
        (
            "La famille a-t-elle finalement pu s'installer ?",
            "finalement pu s'installer",
            "installer",
        ),
        # what officially happened is an outcome too; a verb before the adverb is no question
        # of one ("demandés formellement aux États-Unis")
        ("When did Finland officially become a NATO member?", "officially become", "become"),
        (
            "La Finlande est-elle officiellement devenue membre ?",
            "officiellement devenue",
            "devenue",
        ),
        ("Combien de lance-roquettes a-t-elle demandés formellement aux États-Unis ?", "", ""),
        # told before the question asks: the asking sentence asks of no outcome
        ("Scholz finally went to Kyiv in June. Why had he refused?", "", ""),
        ("What did Peskov say about the talks?", "", ""),
        # what may happen, a topic: "where did Rand Paul stand on Ukraine eventually joining
        # NATO?" (Fox News, 2022-04)
        ("Where did Rand Paul stand on Ukraine eventually joining NATO?", "", ""),
    ],
)
def test_the_outcome_a_question_asks_finally_happened(question, typed, verb):
    assert outcome_asked(question) == (typed, tuple(tokens(verb)))
