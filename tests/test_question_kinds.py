"""What a question asks for: worked examples of its kind, what it counts, what it asks about,
and whether it asks why, for a name, for a tally or for a sum of money."""

import pytest

from assistant.lexical import detect_language
from assistant.question_kinds import (
    asks_amount,
    asks_name,
    asks_person,
    asks_place,
    asks_size,
    asks_tally,
    asks_why,
    counted_thing,
    head_of,
    question_kind,
    rate_asked,
    toll_asked,
    who_act,
)


def kind(question: str) -> str:
    return question_kind(question, detect_language(question))


def test_kinds():
    assert kind("How many American soldiers were sent?") == "number"
    assert kind("Quel jour le Kremlin a-t-il exhorté les Etats-Unis ?") == "date"
    assert kind("Who is considering going to Moscow?") == "who"
    assert kind("What did Washington propose?") == "other"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # whether someone confirmed, denied, thought or wrote something is what they said
        ("Did the Kremlin confirm the call?", "quote"),
        ("Le Kremlin a-t-il démenti la rencontre ?", "quote"),
        ("Le Kremlin a-t-il confirmé un échange ?", "quote"),
        ("Did Lloyd Austin think Putin was bluffing?", "quote"),
        ("Does the West believe Russia is preparing an attack?", "quote"),
        ("What did Boris Johnson write on Twitter in Kyiv?", "quote"),
        ("What did Zelensky tweet after the call?", "quote"),
        ("Qu'a écrit Boris Johnson sur Twitter lors de sa visite ?", "quote"),
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
        ("À partir de quand comptaient-ils introduire le rouble ?", "date"),
        ("Et ce mouvement, il est né quand exactement ?", "date"),
        ("Que faisait-il quand la guerre a commencé ?", "other"),
        # a date asked is a date question whatever the verb
        ("When did the US Senate confirm Bridget Brink as ambassador?", "date"),
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


def test_a_verb_after_how_much_counts_no_thing_named():
    # "how much would they get" asks a sum, not a figure of "would they get"
    assert counted_thing("And how much would they get for bringing over a tank?") == ""
    assert asks_amount("And how much would they get for bringing over a tank?")
    assert counted_thing("Combien coûte un Big Mac à Moscou ?") == ""
    assert asks_amount("Combien coûte un Big Mac à Moscou ?")
    assert asks_amount("Et combien cela coûtera-t-il aux Etats-Unis ?")
    assert counted_thing("How much territory did Russia get?") == "territory"
    assert not asks_amount("How much territory did Russia get?")


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


def test_speaking_with_someone_is_a_conversation_not_a_quote():
    assert kind("Did Burns speak with Putin himself?") == "other"
    assert kind("What did Peskov speak about?") == "quote"


def test_counted_thing():
    assert counted_thing("How many tanks has Russia deployed?") == "tanks"
    assert counted_thing("Combien de soldats américains supplémentaires ?").startswith("soldats")
    # a name qualifying what is counted stays, wherever the language puts it; one a
    # preposition introduces does not
    assert counted_thing("How many NASAMS air defense systems?") == "NASAMS air defense"
    assert counted_thing("Combien de systèmes de défense aérienne NASAMS ?") == (
        "systèmes de défense NASAMS"
    )
    assert counted_thing("Combien d'heures de conversation avec Poutine ?") == (
        "heures de conversation"
    )
    # a French verb after what is counted ends it, whatever its tense
    assert counted_thing("Combien de soldats russes étaient massés près de la frontière ?") == (
        "soldats russes"
    )
    assert counted_thing("Combien de Syriens se sont inscrits pour combattre ?") == "Syriens"


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


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which US diplomat wrote to Michelle Bachelet?", True),
        ("In which city did Blinken and Lavrov meet?", True),
        ("Quel pays accueillera l'Eurovision 2023 ?", True),
        ("Quel sénateur américain a voté contre ?", True),
        ("Où la finale a-t-elle été déplacée ?", True),
        ("Who won the 2022 Nobel Peace Prize?", True),
        ("Comment s'appellent les deux anciens militaires américains libérés ?", True),
        ("Which pro-Kremlin politician did the captured Britons ask to be swapped for?", True),
        ("Quel magnat ukrainien a été tué à Mykolaïv ?", True),
        ("Which billionaire offered Starlink terminals?", True),
        ("What are the names of the two Americans released?", True),
        ("Quel est le bilan de la frappe ?", False),
        ("Quel volume de munitions contenait la livraison ?", False),
        ("What did Peskov say about NATO?", False),
    ],
)
def test_questions_whose_answer_is_a_name(question, expected):
    assert asks_name(question, kind(question)) is expected


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


def test_a_question_asking_for_a_country_or_a_place():
    assert asks_place("Quel pays accueillera l'Eurovision 2023 ?")
    assert asks_place("Which city hosted the talks?") and asks_place("Where did Blinken go?")
    assert not asks_place("Who won the 2022 contest?")
    assert not asks_place("What did the country's president say?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which US diplomat wrote to Michelle Bachelet?", True),
        ("Quel sénateur américain a voté contre ?", True),
        ("Which Russian conductor faced similar consequences?", True),
        ("Comment s'appellent les deux anciens militaires américains libérés ?", True),
        ("Which pro-Kremlin politician did the captured Britons ask to be swapped for?", True),
        ("Quel magnat ukrainien a été tué à Mykolaïv ?", True),
        ("Which billionaire offered Starlink terminals?", True),
        ("Quel pays accueillera l'Eurovision 2023 ?", False),  # a place
        ("Which band won Eurovision?", False),  # a name, not a person's
        ("Who won the 2022 Nobel Peace Prize?", False),  # a person, a body or a country
    ],
)
def test_questions_whose_answer_is_a_persons_name(question, expected):
    assert asks_person(question) is expected
    if expected:  # a name is asked: the answerer favours sentences naming one
        assert asks_name(question, "other")


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
