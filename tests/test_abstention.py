"""Worked examples of what an abstention says (when to abstain is tested with the answerers)."""

from assistant.abstention import Reasons, abstention_text


def test_an_abstention_says_why_in_the_question_language_and_whom_the_articles_quote():
    reasons = Reasons(absent=("Lula",))
    assert abstention_text("fr", reasons, ["Joe Biden"]) == (
        "Les articles ne le disent pas. Ils ne mentionnent pas Lula. Ils citent : Joe Biden."
    )
    assert abstention_text("en", Reasons(outside=(("2021-11", "2022-12"), 2023))) == (
        "The articles do not say. They run from 2021-11 to 2022-12 and do not cover 2023."
    )
    assert abstention_text("en", Reasons(off_topic=("Dmitry Peskov", "the recipe"))) == (
        'The articles do not say. They quote Dmitry Peskov, but on nothing about "the recipe".'
    )
    assert abstention_text("fr", Reasons(no_stance=("Marine Le Pen", "les sanctions"))) == (
        "Les articles ne le disent pas. Aucun des passages trouvés ne donne la position de "
        "Marine Le Pen sur « les sanctions »."
    )
    assert abstention_text("en", Reasons(no_stance=("Viktor Orban", "NATO"))) == (
        "The articles do not say. None of the passages found gives the position of Viktor "
        'Orban on "NATO".'
    )
    assert abstention_text("en", Reasons(made="recipe")) == (
        "The articles do not say. They are news reports: they give no recipe."
    )
    assert abstention_text("fr", Reasons(made="horoscope")) == (
        "Les articles ne le disent pas. Ce sont des articles de presse : ils ne donnent pas "
        "d'horoscope."
    )
    assert abstention_text("fr", Reasons(no_sum=True)) == (
        "Les articles ne le disent pas. Les passages trouvés ne donnent aucune somme d'argent."
    )
    assert abstention_text("fr", Reasons(not_near=("NASAMS",))) == (
        "Les articles ne le disent pas. Les passages trouvés ne mentionnent pas NASAMS."
    )
    assert abstention_text("fr", Reasons(not_near=("Kherson", "Sourovikine"))) == (
        "Les articles ne le disent pas. Les passages trouvés ne mentionnent ni Kherson ni "
        "Sourovikine."
    )
    # a name the question says twice is listed once (blind 23: "do not mention Mariupol or
    # Mariupol")
    assert abstention_text("fr", Reasons(not_near=("Marioupol", "Marioupol"))) == (
        "Les articles ne le disent pas. Les passages trouvés ne mentionnent pas Marioupol."
    )
    assert abstention_text("en", Reasons(absent=("Lula", "Lula"))) == (
        "The articles do not say. They do not mention Lula."
    )
    assert abstention_text("en", Reasons(no_date=True)) == (
        "The articles do not say. The passages found give no date."
    )
    assert abstention_text("fr", Reasons(no_doer=True)) == (
        "Les articles ne le disent pas. Aucun des passages trouvés ne dit qui."
    )
    assert abstention_text("en", Reasons(no_place=True)) == (
        "The articles do not say. None of the passages found names the place asked about."
    )
    assert abstention_text("fr", Reasons(no_place=True)) == (
        "Les articles ne le disent pas. Aucun des passages trouvés ne nomme le lieu demandé."
    )
    assert abstention_text("en", Reasons(no_penalty=True)) == (
        "The articles do not say. The passages found give no sentence handed down."
    )
    assert abstention_text("fr", Reasons(no_penalty=True)) == (
        "Les articles ne le disent pas. Les passages trouvés ne donnent aucune peine prononcée."
    )
    assert abstention_text("en", Reasons(untold="eventually released")) == (
        "The articles do not say. None of the passages found says that it happened "
        '("eventually released").'
    )
    assert abstention_text("fr", Reasons(untold="finalement été vendue")) == (
        "Les articles ne le disent pas. Aucun des passages trouvés ne dit que c'est arrivé "
        "(« finalement été vendue »)."
    )


def test_speakers_are_listed_when_a_name_or_a_quote_was_asked_for():
    assert Reasons(unquoted="Lula").lists_speakers("other")
    assert Reasons().lists_speakers("quote")
    assert not Reasons(far=True).lists_speakers("other")
