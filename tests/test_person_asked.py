"""The person a name question asks for, in a large corpus (`person_asked`): of the kind it
describes, not someone said to be another kind, not a withheld name, on real articles."""

import pytest

from assistant.names import clause_of


@pytest.mark.slow
def test_a_name_asked_is_that_of_someone_of_the_kind_the_question_describes(
    indexed, news_articles, refused, large_answer
):
    # ABC News, 2022-08-25: "Andrii, 15, helped by his father, …", but the man named is not him:
    # "A man named Yuri Kasyanov from the civil defense forces responded to their post".
    # HuffPost, 2022-09-21: "Two U.S. veterans … were freed …. Alexander Drueke and Andy Tai
    # Huynh were released …". Daily Mirror, 2022-02: "A Ukrainian soldier blew himself up …
    # Vitaliy Skakun Volodymyrovych died …".
    assistant = indexed(
        news_articles(
            "2534_c871f16691a92d6b.txt",
            "2632_ad657b3072e98dfb.txt",
            "0712_dc0e340653199430.txt",
            "0001_53ce3e069dab901e.txt",
        )
    )
    refused(
        assistant,
        (
            ("What was the name of Drone Boy Andrii Pokrasa's father?", "says who"),
            ("What is the name of the father who helped Andrii Pokrasa fly his drone?", "says who"),
            ("Comment s'appelait le père d'Andrii Pokrasa, surnommé Drone Boy ?", "dit qui"),
        ),
    )
    for question, named in (
        ("What were the names of the two veterans freed in the prisoner swap?", "Huynh"),
        ("What was the name of the Ukrainian soldier who blew himself up on a bridge?", "Skakun"),
    ):
        result = large_answer(assistant, question)
        assert not result.abstained and named in result.citations[0].excerpt, result.text


@pytest.mark.slow
def test_a_person_named_as_someone_else_is_not_the_one_whose_name_is_asked(
    indexed, news_articles, refused
):
    # Daily Mirror, 2022-02-26: a Ukrainian driver offers to tow a Russian tank crew home; "The
    # video was shared on Twitter by Victor Kovalenko, a former Ukrainian journalist". Daily
    # Mirror, 2022-11-17: "Maria Avdeeva, Research Director at …, wrote on Twitter: '… 14 are
    # injured, including a 15-year-old girl.'" BBC, 2022-04-23: "Tania was caught up in an air
    # strike…", never given a surname; "Vyacheslav Chaus, the head of the Chernihiv regional
    # state administration, told us…".
    assistant = indexed(
        news_articles(
            "0763_6a025e8fe86588c3.txt",
            "2840_0801b06728f3bc61.txt",
            "2051_60e7088675aaa2cf.txt",
            "1619_ce331b71f3342d89.txt",
            "0001_53ce3e069dab901e.txt",
        )
    )
    refused(
        assistant,
        (
            (
                "What was the name of the Ukrainian driver who offered to tow a Russian tank crew "
                "that had run out of fuel back to Russia?",
                "says who",
            ),
            (
                "Comment s'appelle le conducteur ukrainien qui a proposé de remorquer un char russe "
                "en panne d'essence jusqu'en Russie ?",
                "dit qui",
            ),
            (
                "What is the name of the 15-year-old girl injured in the explosion in Dnipro "
                "filmed by a dashcam?",
                "says who",
            ),
            (
                "Comment s'appelle l'adolescente de 15 ans blessée par l'explosion à Dnipro ?",
                "dit qui",
            ),
            (
                "What was the last name of Tania, the waitress injured in the strike on the school "
                "in Chernihiv?",
                "says who",
            ),
            (
                "Quel est le nom de famille de Tania, la serveuse blessée lors de la frappe sur "
                "l'école de Tchernihiv ?",
                "dit qui",
            ),
            # Daily Mirror, 2022-04: "the sniper - who goes by the nom-de-guerre 'Wali' - posed with
            # their MREs…, the Daily Star reported": a nickname, and no other name given
            (
                "What is the real name of the Canadian volunteer sniper known as 'Wali' who is "
                "fighting for Ukraine?",
                "says who",
            ),
            (
                "Quel est le vrai nom du sniper canadien surnommé « Wali » qui se moque des soldats "
                "russes sur Facebook ?",
                "Les articles ne le disent pas",
            ),
        ),
    )


@pytest.mark.slow
def test_a_name_a_passage_says_is_withheld_is_said_not_found(indexed, news_articles, refused):
    # CNN, 2022-03-15: "The suspect, whom the SBU did not identify, was accused…"; CBS News,
    # 2022-03-21: "The 27-year-old woman, who did not share her last name, shielded her baby".
    assistant = indexed(
        news_articles(
            "1286_3db9b6a8d98300f5.txt", "1420_fcbd0f5b66fbc3a8.txt", "0001_53ce3e069dab901e.txt"
        )
    )
    refused(
        assistant,
        (
            (
                "The SBU detained a hacker routing calls for Russian troops. What is the suspect's name?",
                "says who",
            ),
            (
                "What was the name of the suspect the SBU detained for helping Russian troops?",
                "says who",
            ),
            (
                "What is the surname of Olga, the mother wounded in Kyiv who shielded her baby?",
                "says who",
            ),
            (
                "Quel est le nom de famille d'Olga, la mère blessée à Kyiv qui a protégé son bébé ?",
                "dit qui",
            ),
        ),
    )


def test_the_clause_naming_someone_is_where_what_they_are_is_said():
    text = (
        "One of the people killed was a woman who was six months pregnant, Kyiv Mayor Vitali "
        "Klitschko said in a statement."
    )
    assert clause_of(text, "Vitali Klitschko") == " Kyiv Mayor Vitali Klitschko "
    # what a speaker says is not what they are
    said = "President Zelenskyy said on Thursday that ten Russian soldiers were charged."
    assert clause_of(said, "Zelenskyy") == "President Zelenskyy "
    assert clause_of("Olga, a teacher (she is 45), left.", "Olga") == "Olga"
    assert clause_of(text, "Zelensky") == ""


@pytest.mark.slow
def test_no_one_named_is_the_person_asked_when_each_is_the_source_the_one_told_or_a_body(
    indexed, news_articles, refused
):
    # CNN, 2022-10-17: "One of the people killed in the capital was a woman who was six months
    # pregnant, Kyiv Mayor Vitali Klitschko said in a statement." and "Klitschko also told CNN's
    # Clarissa Ward that…": the mayor reports her death, the reporter hears it. CBS News,
    # 2022-10-08: "The truck that exploded was owned by a resident of the Krasnodar region in
    # southern Russia" ("the Kerch Strait" and "Russia" are no one). ABC News, 2022-03-04:
    # Anastasiia Novitska "exchanged vows with her future husband", never named ("told ABC News
    # Live").
    assistant = indexed(
        news_articles(
            "2708_6be2828e5d2745e3.txt",
            "2675_ab30f62da94c653b.txt",
            "2678_bb6e72f96cb5728f.txt",
            "1019_87c1784e15fd7db0.txt",
            "0001_53ce3e069dab901e.txt",
        )
    )
    refused(
        assistant,
        (
            (
                "What was the name of the pregnant woman killed in Kyiv by the Russian drone "
                "strikes of October 17?",
                "says who",
            ),
            (
                "Comment s'appelait la femme enceinte tuée à Kyiv par les drones le 17 octobre ?",
                "Les articles ne le disent pas",
            ),
            # ("Who owned the truck?" is answered: "a resident of the Krasnodar region")
            (
                "What is the name of the man who owned the truck that blew up on the bridge?",
                "says who",
            ),
            (
                "Comment s'appelle le propriétaire du camion qui a explosé sur le pont de Crimée ?",
                "dit qui",
            ),
            ("What is the name of Anastasiia Novitska's fiancé?", "says who"),
        ),
    )


@pytest.mark.slow
def test_no_one_named_is_the_person_asked_when_each_only_reports_it(
    indexed, news_articles, refused
):
    # NBC News, 2022-06-26: "Klitschko said the missiles hit at least two residential buildings,
    # and President Volodymr Zelenskyy said a 37-year-old man was killed…": both report the
    # death, neither is the man
    assistant = indexed(news_articles("2335_d218baa66c750836.txt", "2708_6be2828e5d2745e3.txt"))
    refused(
        assistant,
        (
            (
                "What was the name of the 37-year-old man killed when Russian missiles hit a "
                "Kyiv apartment building in June 2022?",
                "says who",
            ),
            (
                "Comment s'appelait l'homme de 37 ans tué quand des missiles russes ont frappé "
                "un immeuble de Kyiv en juin 2022 ?",
                "Les articles ne le disent pas",
            ),
        ),
    )


@pytest.mark.slow
def test_a_first_name_or_an_alias_alone_says_no_real_name(indexed, news_articles, refused):
    # CBS News, 2022-03: "the Syrian eyewitness, known only as "the Gravedigger" to protect his
    # identity"; 2022-03: "a mother identified using the alias "Alyona" told Meduza".
    assistant = indexed(
        news_articles(
            "1548_978dacd6e6ae32ab.txt", "1534_859fee82c6951eee.txt", "0793_e040aff73cce7a19.txt"
        )
    )
    refused(
        assistant,
        (
            (
                "What is the real name of the Syrian witness called 'the Gravedigger' who "
                "testified about mass graves?",
                "says who",
            ),
            (
                "What is the full name of the mother quoted under the alias 'Alyona' who could "
                "no longer reach her conscript son?",
                "says who",
            ),
        ),
    )


@pytest.mark.slow
def test_a_things_name_asked_is_a_name_given_to_one_of_its_kind(
    indexed, news_articles, refused, large_answer
):
    # Fox News, 2022-03-09: "A Russian airstrike hit a maternity hospital in the besieged city of
    # Mariupol…, in what President Volodymyr Zelenskyy called an "atrocity."" names no hospital;
    # 2022-10: "Russia's flagship Moskva went down in the Black Sea in April".
    assistant = indexed(news_articles("1165_755a7d5596bdb5ff.txt", "1916_260e603100c3b334.txt"))
    refused(
        assistant,
        (
            (
                "Comment s'appelle la maternité de Marioupol touchée par une frappe aérienne "
                "russe un mercredi de mars 2022 ?",
                "dit qui",
            ),
        ),
    )
    result = large_answer(
        assistant, "What was the name of the Russian flagship that sank in the Black Sea?"
    )
    assert not result.abstained and "Moskva" in result.text, result.text


@pytest.mark.slow
def test_someone_named_far_from_the_kind_asked_is_not_of_that_kind(indexed, news_articles, refused):
    # Daily Mirror, 2022-04-07: "Her daughter - who fled Bucha before Vladimir Putin ordered the
    # invasion of Ukraine - said that she pleaded with her mother not to cycle home…": Putin is
    # named in the sentence saying "daughter", but he is not her.
    assistant = indexed(news_articles("1755_fed026b8d168913e.txt"))
    refused(
        assistant,
        (
            (
                "What is the name of the daughter of Iryna Filkina, the Bucha victim recognised "
                "by her manicure, who begged her not to cycle home?",
                "says who",
            ),
        ),
    )
