"""What name a question asks for: worked examples of a name at all, a person's, of which kind
of person, and a place's."""

import pytest

from assistant.lexical import detect_language
from assistant.question_kinds import question_kind
from assistant.question_names import (
    asks_full_name,
    asks_name,
    asks_person,
    asks_place,
    asks_town,
    is_person_kind,
    nickname_asked,
    other_name_asked,
    person_described,
    person_kind_asked,
    thing_described,
)


def kind(question: str) -> str:
    return question_kind(question, detect_language(question))


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
        ("Quel correspondant de la BBC a dû se mettre à couvert en direct ?", True),
        ("Which military analyst said Poland feared becoming a co-belligerent?", True),
        ("What are the names of the two Americans released?", True),
        ("Quel est le bilan de la frappe ?", False),
        ("Quel volume de munitions contenait la livraison ?", False),
        ("What did Peskov say about NATO?", False),
        # the kind after "of" is not the kind asked: a share is asked, not a soldier's name
        (
            "According to Anastasiya Koval, whose family runs the charity, roughly what share "
            "of soldiers' basic on-the-ground needs was the government able to provide?",
            False,
        ),
        ("What kind of soldiers did Russia send first?", False),
    ],
)
def test_questions_whose_answer_is_a_name(question, expected):
    assert asks_name(question, kind(question)) is expected


def test_a_question_asking_for_a_country_or_a_place():
    assert asks_place("Quel pays accueillera l'Eurovision 2023 ?")
    assert asks_place("Which city hosted the talks?") and asks_place("Where did Blinken go?")
    assert not asks_place("Who won the 2022 contest?")
    assert not asks_place("What did the country's president say?")
    # the kind of place may be described first
    assert asks_place("In which Alaskan town did Joshua Cooper live?")
    assert asks_place("Dans quel petit village les soldats ont-ils intercepté le blindé ?")
    assert not asks_place("What did Kyiv region governor Oleksiy Kuleba say?")


def test_a_question_asking_for_a_town_or_a_region_by_its_name():
    assert asks_town("In which Alaskan town did Joshua Cooper live?")
    assert asks_town("From which Ukrainian town or city was he forced to flee?")
    assert asks_town("Dans quelle ville d'Alaska vivait-il ?")
    # not a country, which its adjective may say, nor only where
    assert not asks_town("Which country's intelligence service did he link the hackers to?")
    assert not asks_town("Where had the soldiers laid the tripwires?")


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
        ("Quel correspondant de la BBC a dû se mettre à couvert en direct ?", True),
        ("Which military analyst said Poland feared becoming a co-belligerent?", True),
        # two words describing the kind of person, in English
        ("Which Russian naval officer was killed near Mariupol?", True),
        ("Which Hollywood action star toured the prison?", True),
        ("Which foreign-born marine did the reporters meet?", True),
        ("What did the official say about the talks?", False),  # a verb and an article
        ("What did their commander order?", False),
        ("Quelle position son chef de la diplomatie a-t-il défendue ?", False),  # a position
        ("Quel pays accueillera l'Eurovision 2023 ?", False),  # a place
        ("Which band won Eurovision?", False),  # a name, not a person's
        ("Who won the 2022 Nobel Peace Prize?", False),  # a person, a body or a country
    ],
)
def test_questions_whose_answer_is_a_persons_name(question, expected):
    assert asks_person(question) is expected
    if expected:  # a name is asked: the answerer favours sentences naming one
        assert asks_name(question, "other")


def test_the_kind_of_person_asked_which_one_of():
    assert person_kind_asked("Le 10 octobre, quel correspondant de la BBC a dû…") == "correspondant"
    assert person_kind_asked("Which separatist official said it?") == "official"
    assert person_kind_asked("Who were they?") == ""


@pytest.mark.parametrize(
    ("question", "kind", "count"),
    [
        ("What was the name of Drone Boy Andrii Pokrasa's father, who helped him?", "father", 0),
        ("What was the name of the pregnant woman carried on a stretcher?", "woman", 0),
        ("What is the real name of the Canadian volunteer sniper known as 'Wali'?", "sniper", 0),
        ("What is the suspect's name?", "suspect", 0),
        ("What were the names of the two soldiers killed at the border?", "soldiers", 2),
        ("Comment s'appelle le vétéran de l'armée américaine, ancien de la police ?", "vétéran", 0),
        ("Comment s'appellent les deux anciens militaires américains libérés ?", "militaires", 2),
        ("Quel est le nom de l'analyste du FSB qui aurait rédigé le rapport ?", "analyste", 0),
        # people of a country, after an article or a count, are described, not named
        ("What are the names of the two Americans released?", "Americans", 2),
        (
            "Comment s'appelle l'Ukrainienne qui aurait abattu un drone depuis son balcon ?",
            "Ukrainienne",
            0,
        ),
        ("What is the name of the Ukrainian who defused the bomb?", "Ukrainian", 0),
        ("Comment s'appellent les deux Russes arrêtés à la frontière ?", "Russes", 2),
        # the person is named, or no name is asked
        ("Quels sont les noms de famille de Victoria et Natalya ?", "", 0),
        ("Quel est le nom de famille de Julien ?", "", 0),
        ("What is the name of Christian's brother?", "brother", 0),
        ("What did the 50-year-old man killed by a mine say?", "", 0),
    ],
)
def test_the_person_whose_name_is_asked_as_described(question, kind, count):
    described = person_described(question)
    assert (described.kind, described.count) == (kind, count)
    if kind:  # asking a name, the question asks for a person's
        assert asks_person(question)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Quel est le nom de famille de Tania, la serveuse de 29 ans blessée ?", "Tania"),
        ("What was Tania's last name?", "Tania"),
        ("What is the surname of Olga, the mother wounded in Kyiv?", "Olga"),
        ("Quel est le nom complet d'Olga ?", "Olga"),
        # quoted, after a title, or with more than the name asked (CBS News, 2022-01; CNN,
        # 2022-03)
        ("What is the surname of 'Commander Andriy', the 22-year veteran?", "Andriy"),
        ("What is the full name and rank of 'Andriy', the Su-27 fighter pilot?", "Andriy"),
        ("Quel est le nom de famille de « Misha », le commandant de char ?", "Misha"),
        # no one named, or a name asked of no one named
        ("What is the name of the soldier who blew himself up?", ""),
        ("Comment s'appelle la serveuse ?", ""),
        ("What did Tania say about the strike?", ""),
    ],
)
def test_the_name_given_someone_whose_other_names_are_asked(question, named):
    assert other_name_asked(question) == named
    if named:
        assert asks_person(question)


def test_kinds_of_person_are_words_of_people_not_of_things():
    assert is_person_kind("journalist") and is_person_kind("Soldat") and is_person_kind("girl")
    assert not is_person_kind("head") and not is_person_kind("video")


@pytest.mark.parametrize(
    ("question", "nickname"),
    [
        ("What is the real name of the Canadian sniper known as 'Wali'?", "Wali"),
        ("Quel est le vrai nom du tireur surnommé « Wali » ?", "Wali"),
        ("What is the real name of Sergey?", ""),  # a name, no nickname
        ("What is the name of the sniper known as the best?", ""),
    ],
)
def test_the_nickname_of_someone_whose_real_name_is_asked(question, nickname):
    assert nickname_asked(question) == nickname


@pytest.mark.parametrize(
    ("question", "full"),
    [
        ("What is the real name of the eyewitness known as 'the Gravedigger'?", True),
        ("What is the surname of Viktoriya, the 38-year-old Kyiv mother?", True),
        ("What was Tania's last name?", True),
        ("Quel est le nom de famille de Valentina ?", True),
        ("Quel est le vrai nom du tireur surnommé « Wali » ?", True),
        ("What is the name of the Nigerian man who spoke to the BBC?", False),
        ("Comment s'appelle la fille d'Iryna Filkina ?", False),
        ("Who was the last person to leave the plant?", False),
    ],
)
def test_a_real_full_or_last_name_asked(question, full):
    assert asks_full_name(question) is full


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Comment s'appelle la maternité du quartier Livoberejny de Marioupol ?", "maternité"),
        ("What is the name of the private maternity hospital run by Dr. Zukin?", "hospital"),
        ("What was the name of the Russian flagship that sank in April?", "flagship"),
        ("What is the name of the stadium where the match was played?", "stadium"),
        ("What is the name of the Ukrainian driver who towed the tank?", ""),  # a person
        ("What is the name of Olga's daughter?", ""),  # a person named
    ],
)
def test_the_kind_of_thing_whose_name_is_asked(question, thing):
    assert thing_described(question) == thing
