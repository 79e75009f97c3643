"""Worked examples of the requests for something news reports do not hold (the abstention they
get is tested in test_answer_news)."""

import pytest

from assistant.content_requests import made_thing_asked


@pytest.mark.parametrize(
    ("question", "made"),
    [
        ("Can you give me a good recipe for chicken Kiev?", "recipe"),
        ("What is the best recipe for sourdough bread?", "recipe"),
        ("I'd like a recipe for chicken Kiev", "recipe"),
        ("What is the recipe for chicken Kiev?", "recipe"),
        ("Quelle est la recette du poulet à la Kiev ?", "recette"),
        ("Tu peux me donner une bonne recette de bortsch ukrainien ?", "recette"),
        ("Donne-moi une recette de varenyky.", "recette"),
        ("Write a poem about Mariupol.", "poem"),
        ("Écris-moi un poème sur Kiev.", "poème"),
        ("Tell me a joke about Putin.", "joke"),
        ("Raconte-moi une blague sur Poutine", "blague"),
        ("How do I cook borscht?", "recipe"),
        ("Comment faire cuire des pierogi ?", "recette"),
        # a recommendation of the assistant's own, whatever of, but articles to read
        ("Can you recommend a good hotel in Lviv for a weekend break?", "recommendation"),
        ("Which restaurant would you recommend in Kyiv?", "recommendation"),
        ("Tu peux me conseiller un bon hôtel à Lviv ?", "recommandation"),
        ("Que me conseillez-vous de visiter à Kiev ?", "recommandation"),
        ("Can you recommend articles about Bucha?", ""),
        ("What would you recommend I read about Mariupol?", ""),
        ("Pourriez-vous me recommander des articles sur Boutcha ?", ""),
        ("What did the panel recommend to Congress?", ""),
        ("Le Pentagone a-t-il recommandé des sanctions ?", ""),
        # making or preparing is not only cooking
        ("How do I prepare for a power cut?", ""),
        # questions on the news about such things are no requests
        ("Which recipe did the refugees share with the BBC?", ""),
        ("What did the chef say about the recipe?", ""),
        ("Quelle chanson a chanté Kalush Orchestra ?", ""),
        ("Did UNESCO add borscht to its heritage list?", ""),
        # asking for what the articles say is what the assistant is for
        ("Give me the number of refugees in Poland.", ""),
        ("Tell me what Peskov said about NATO.", ""),
    ],
)
def test_what_a_request_asks_to_be_made(question, made):
    assert made_thing_asked(question) == made
