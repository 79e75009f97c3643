"""What a number question asks: worked examples of what it counts or sizes, whether its answer
is a sum of money, a toll or a vote's count, and the unit of time a figure is asked per."""

import pytest

from assistant.figures import DEATH_WORDS
from assistant.lexical import detect_language
from assistant.question_kinds import question_kind
from assistant.question_values import (
    also_counted,
    asks_age,
    asks_amount,
    asks_penalty,
    asks_size,
    asks_tally,
    asks_two_values,
    counted_thing,
    deaths_asked,
    duration_asked,
    measures_time,
    rate_asked,
    toll_asked,
)


def kind(question: str) -> str:
    return question_kind(question, detect_language(question))


def test_a_verb_after_how_much_counts_no_thing_named():
    # "how much would they get" asks a sum, not a figure of "would they get"
    assert counted_thing("And how much would they get for bringing over a tank?") == ""
    assert asks_amount("And how much would they get for bringing over a tank?")
    assert counted_thing("Combien coûte un Big Mac à Moscou ?") == ""
    assert asks_amount("Combien coûte un Big Mac à Moscou ?")
    assert asks_amount("Et combien cela coûtera-t-il aux Etats-Unis ?")
    assert counted_thing("How much territory did Russia get?") == "territory"
    assert not asks_amount("How much territory did Russia get?")
    # "en" stands for what was named before (the replies), not for money received
    assert asks_amount("Combien a-t-il reçu pour ce contrat ?")
    assert not asks_amount("A-t-elle suscité des réponses ? Combien en a-t-il reçu, et de qui ?")


def test_a_count_taken_from_a_whole_counts_what_the_whole_is_of():
    # "of the roughly 50,000 …" is the whole the count is taken from, not what is counted
    question = (
        "In April 2022, how many of the roughly 50,000 school-age Ukrainian refugee children "
        "still in Moldova were enrolled in Moldovan schools?"
    )
    assert counted_thing(question) == "school-age Ukrainian refugee"
    assert counted_thing("How many of the 1,800 children were enrolled?") == "children"
    town = "How many of the town's 29 high-rise buildings had been completely destroyed?"
    assert counted_thing(town) == "high-rise buildings"
    town = "How many of Borodyanka's 29 high-rise buildings were completely destroyed?"
    assert counted_thing(town) == "high-rise buildings"
    assert counted_thing("How many of the soldiers were killed?") == "soldiers"
    # a pronoun stays one: what it stands for was named before
    assert counted_thing("How many of them were killed?") == "of them"
    assert counted_thing("Combien d'entre eux ont été tués ?") == "entre eux"


def test_how_long_something_lasted_is_a_number_question_of_time():
    for question in (
        "How long did Blinken's phone call with Lavrov last?",
        "Combien de temps a duré l'appel entre Blinken et Lavrov ?",
        "Et pendant combien de temps ?",
        # in how long a time, asked after what the question tells (the figure is one of time,
        # not of "temps Vladimir Poutine")
        "Selon Petro Porochenko, interrogé sur Fox au onzième jour de la guerre, en combien de "
        "temps Vladimir Poutine comptait-il s'emparer de l'Ukraine ?",
        "Début mars 2022, combien de temps les employés ont-ils été retenus en otage ?",
    ):
        assert kind(question) == "number" and duration_asked(question), question
    # how long ago is a date; how long as what was said about is a quote's topic
    assert not duration_asked("How long ago did Russia invade Crimea?")
    assert not duration_asked("What did Milley say about how long the war could go on?")
    assert kind("What did Milley say about how long the war could go on?") == "quote"
    assert measures_time("25 minutes") and measures_time("trois semaines")
    assert not measures_time("des dizaines de milliers")


def test_what_a_french_count_is_of_is_part_of_what_it_counts():
    question = "Combien de membres de la Rosgvardia ont été limogés pour avoir refusé ?"
    assert counted_thing(question) == "membres de la Rosgvardia"  # not "membres de"
    assert counted_thing("Combien d'employés de l'usine ont été tués ?") == "employés de l'usine"
    assert counted_thing("Combien de civils ont été tués à Boutcha ?") == "civils"
    assert counted_thing("Combien de systèmes de défense aérienne NASAMS ?") == (
        "systèmes de défense NASAMS"
    )
    # a cut at three words never ends on the "de" before the noun counted
    pills = "Combien de comprimés d'iodure de potassium l'Union européenne a-t-elle donnés ?"
    assert counted_thing(pills) == "comprimés d'iodure de potassium"
    # the count stops at the verb or the possessive after the noun, as at "ont"
    sergey = "Combien de parachutistes comptait son unité et combien avaient survécu ?"
    assert counted_thing(sergey) == "parachutistes"
    assert counted_thing("Combien de soldats son unité comptait-elle ?") == "soldats"


@pytest.mark.parametrize(
    "question",
    [
        "Combien touche par mois un volontaire étranger de la Légion internationale ?",
        "Combien gagne un soldat russe par mois ?",
        "Quel est le salaire d'un soldat russe ?",
        "How much does a foreign volunteer of the International Legion earn per month?",
        "What is the salary of a Russian conscript?",
    ],
)
def test_pay_asked_is_a_sum_of_money(question):
    assert asks_amount(question)


def test_a_name_of_three_words_opening_a_count_keeps_the_noun_counted_after_it():
    # blind 26: "U.S. Air Force" alone counted the six F-15s beside "the U.S. Air Force personnel"
    question = "How many U.S. Air Force personnel were deployed to Estonia's Ämari Air Base?"
    assert counted_thing(question) == "U.S. Air Force personnel"
    assert counted_thing("How many New York Times reporters were expelled?") == (
        "New York Times reporters"
    )
    assert counted_thing("How many Russian troops were there?") == "Russian troops"


def test_what_is_won_or_received_by_count_is_no_sum():
    assert not asks_amount("Combien de matchs l'Ukraine a-t-elle gagnés ?")
    assert not asks_amount("Combien de réfugiés la Pologne a-t-elle reçus ?")


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("How much is keeping Starlink running costing SpaceX each month?", "month"),
        ("How many soldiers was Ukraine losing per day in June?", "day"),
        ("Combien de soldats l'Ukraine perdait-elle par jour ?", "day"),
        ("What was the monthly cost of the aid?", "month"),  # a cost asked per month
        ("How much has Starlink cost SpaceX so far?", ""),
        ("How many tanks did Russia lose in a month of fighting?", "month"),
    ],
)
def test_the_unit_of_time_a_figure_is_asked_per(question, unit):
    assert rate_asked(question) == unit


def test_a_size_asked_is_measured_not_counted():
    assert asks_size("How big was the oil production cut OPEC+ agreed to in October 2022?")
    assert asks_size("Quelle est l'ampleur du déploiement russe ?")
    assert not asks_size("How many barrels a day did OPEC+ cut?")
    # the scale a stance is on is its topic, not a figure asked (CNN, 2022-08-31)
    question = (
        "Avant la contre-offensive, quelle ligne les États-Unis ont-ils défendue auprès de "
        "Kyiv sur l'ampleur de l'opération ?"
    )
    assert not asks_size(question) and question_kind(question, "fr") != "number"


def test_counted_thing():
    assert counted_thing("How many tanks has Russia deployed?") == "tanks"
    assert counted_thing("Combien de soldats américains supplémentaires ?").startswith("soldats")
    # a name qualifying what is counted stays, wherever the language puts it; one a
    # preposition introduces does not
    assert counted_thing("How many NASAMS air defense systems?") == "NASAMS air defense"
    assert counted_thing("Combien de systèmes de défense aérienne NASAMS ?") == (
        "systèmes de défense NASAMS"
    )
    # (where a French count is cut: `test_what_a_french_count_is_of_is_part_of_what_it_counts`)
    assert counted_thing("Combien d'heures de conversation avec Poutine ?") == (
        "heures de conversation"
    )
    # a French verb after what is counted ends it, whatever its tense
    assert counted_thing("Combien de soldats russes étaient massés près de la frontière ?") == (
        "soldats russes"
    )
    assert counted_thing("Combien de Syriens se sont inscrits pour combattre ?") == "Syriens"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the final tally of the Senate vote on NATO membership?", True),
        ("What was the vote in the Senate on the aid package?", True),
        ("By what margin did the House pass the bill?", True),
        ("What was the result of the Senate vote on Sweden and Finland joining NATO?", True),
        ("What was the result of the talks in Geneva?", False),
        ("Quel a été le score du match contre l'Écosse ?", True),
        ("Par combien de voix le Sénat a-t-il adopté le texte ?", True),
        ("When did the Senate vote on the aid package?", False),
        ("How many senators voted against?", False),
        ("What did Schumer say about the vote?", False),
    ],
)
def test_questions_whose_answer_is_a_count_of_votes(question, expected):
    assert asks_tally(question) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much does a Big Mac cost in Moscow?", True),
        ("How much aid did the Senate approve for Ukraine?", True),
        ("How much money has the US given Ukraine?", True),
        ("What is the price of natural gas in Germany?", True),
        ("How much did Russia earn from oil exports?", True),
        ("Combien coûte un Big Mac à Moscou ?", True),
        ("Quel est le montant de l'aide américaine votée par le Sénat ?", True),
        ("Quel est le prix du blé sur les marchés mondiaux ?", True),
        ("Combien les États-Unis ont-ils versé à l'Ukraine ?", True),
        ("How much of Ukraine does Russia control?", False),
        ("How many tanks did Germany promise?", False),
        ("Combien de chars l'Allemagne a-t-elle promis ?", False),
        ("What did Peskov say about the cost of the war?", False),
        ("Qu'a dit Peskov sur le coût de la guerre ?", False),
    ],
)
def test_questions_whose_answer_is_a_sum_of_money(question, expected):
    assert asks_amount(question) is expected
    if expected:
        assert kind(question) == "number"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the death toll of the missile strike on Kramatorsk?", "death toll"),
        ("Quel est le bilan de la frappe russe sur le théâtre de Marioupol ?", "bilan"),
        ("Quel est le nombre de morts à Boutcha ?", "nombre de morts"),
        ("What did Zelensky say about the strike on Kramatorsk?", ""),
        ("Who bombed the theatre in Mariupol?", ""),
    ],
)
def test_a_toll_asked_for_is_a_number_of_people_killed(question, expected):
    assert toll_asked(question) == expected
    if expected:
        assert kind(question) == "number"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What sentence did Vadim Shishimarin receive?", True),
        ("What is the maximum sentence he faces?", True),
        ("How long was Paul Whelan sentenced to?", True),
        ("Et à quelle peine a-t-il été condamné ?", True),
        ("Quelle peine de prison le soldat a-t-il reçue ?", True),
        ("Quel verdict le tribunal néerlandais a-t-il rendu ?", True),
        # the penalty is what the question is about, not what it asks for
        ("Le Kremlin a-t-il exclu la peine de mort pour les deux Américains ?", False),
        ("When was the Dutch court expected to deliver its verdict?", False),
        ("What did the judge say when sentencing Shishimarin?", False),
    ],
)
def test_a_question_asking_a_courts_sentence_is_told(question, asked):
    assert asks_penalty(question) is asked


def test_a_second_value_asked_after_the_first():
    assert asks_two_values(
        "How many NASAMS systems has the US committed to Ukraine, and how many would arrive soon?"
    )
    assert asks_two_values(
        "Quelle part des Finlandais soutenait l'adhésion à l'OTAN, contre combien avant ?"
    )
    assert asks_two_values("How many Banksy prints were offered and what was the price of each?")
    # Reuters, 2022-11-02; BBC News, 2022-05-10
    assert asks_two_values(
        "How many Russians had left the country, and by how much would Russia's economy contract?"
    )
    assert asks_two_values("Combien de soldats étaient là, et quel âge avait le plus jeune ?")
    assert not asks_two_values("How many checkpoints and roadblocks did they pass?")
    assert not asks_two_values("Combien de personnes ont été tuées et blessées ?")


def test_the_second_thing_counted():
    # ABC News, 2022-09-28; CNN, 2022-02-02
    assert also_counted(
        "How many Russians crossed into Kazakhstan, and how many Russian citizens had entered the EU?"
    ) == ("Russian citizens")
    assert also_counted(
        "Combien de groupes tactiques la Russie avait-elle, et combien de lanceurs Iskander ?"
    ) == ("lanceurs Iskander")
    # one count, or a second that counts no thing, a part of the first or a place
    assert also_counted("And how many people had been sheltering inside?") == ""
    assert also_counted(
        "How many NASAMS has the US committed, and how many would arrive soon?"
    ) == ("")
    assert also_counted(
        "How many crimes were investigated, and how many of them involved civilians?"
    ) == ("")
    assert also_counted(
        "How many helicopters were moved from Germany, and how many from Greece to Poland?"
    ) == ("")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How many crew members of the cruiser Moskva were killed when it sank?", True),
        ("Combien de personnes ont été tuées dans le bombardement de l'école d'art ?", True),
        ("How many people died in the strike on the station?", True),
        ("How many troops did Russia mass near the border?", False),
        ("Combien de civils se trouvaient dans le théâtre ?", False),
    ],
)
def test_a_count_of_the_dead_asked_by_its_verb(question, asked):
    assert deaths_asked(question) == asked


def test_a_figure_counting_the_dead_says_so():
    assert DEATH_WORDS.search("At least 50 people were killed at the station.")
    assert DEATH_WORDS.search("Le bilan s'élève à 300 morts.")
    assert not DEATH_WORDS.search("A fire forced all 510 members of the crew to evacuate.")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How old was Willy Joseph Cancel when he was killed?", True),
        ("At what age did Mikhail Gorbachev die?", True),
        ("Quel âge avait Valeria Hlodan ?", True),
        ("How many people were killed in Odessa?", False),
        ("How long did the siege of Mariupol last?", False),
    ],
)
def test_an_age_asked(question, asked):
    assert asks_age(question) is asked
