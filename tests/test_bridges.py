"""Bridging question words to corpus words through the multilingual model (real model)."""

import pytest

from assistant.bridges import BRIDGE_MIN, SPELLING_WEIGHT, Bridges
from assistant.embeddings import load_embedder
from assistant.lexical import tokens
from assistant.word_variants import RELATED_WEIGHT
from assistant.wordvectors import WordMatrix

pytestmark = pytest.mark.slow

CORPUS = [
    "Le Kremlin a exhorté les Etats-Unis après l'envoi de 3 000 soldats supplémentaires.",
    "Washington a proposé des mesures de contrôle des armements.",
]


@pytest.fixture(scope="module")
def bridges():
    embedder = load_embedder("use-multilingual")
    return Bridges(embedder, WordMatrix.from_texts(CORPUS, embedder))


def test_english_words_reach_their_french_counterparts(bridges):
    links = bridges.links(["soldiers", "suggested"])
    assert links["soldiers"][0][0] == tokens("soldats")[0]
    assert links["suggested"][0][0] == tokens("proposé")[0]
    assert all(weight >= BRIDGE_MIN for _, weight in links["soldiers"])


def test_words_without_counterpart_get_no_bridge(bridges):
    assert bridges.links(["tanks", "chocolate"]) == {"tanks": (), "chocolate": ()}


def test_known_words_keep_a_single_slot(bridges):
    vocabulary = frozenset(t for text in CORPUS for t in tokens(text))
    slots = bridges.slots("How many soldats did Washington send?", vocabulary)
    by_token = {slot[0][0]: slot for slot in slots}
    assert len(by_token[tokens("soldats")[0]]) == 1


def test_words_get_the_corpus_words_that_stand_for_them(bridges):
    vocabulary = frozenset(t for text in CORPUS for t in tokens(text))
    slots = bridges.slots("What did the White House and Moscow decide?", vocabulary)
    by_token = {slot[0][0]: slot for slot in slots}
    # Washington and the Etats-Unis are in the corpus; Americans are not, so they are left out.
    assert by_token["maison-blanche"] == (
        ("maison-blanche", 1.0),
        ("etats-unis", RELATED_WEIGHT),
        ("washington", RELATED_WEIGHT),
    )
    assert by_token["moscou"] == (("moscou", 1.0), ("kremlin", RELATED_WEIGHT))


def test_hub_words_near_everything_are_not_links(article):
    # "déploré" and "exhorté" sit close to most verbs; CSLS discounts them, so "upset" and
    # "progresse" no longer link to "déploré", while real counterparts keep their link.
    embedder = load_embedder("use-multilingual")
    bridges = Bridges(embedder, WordMatrix.from_texts([article.text], embedder))
    links = bridges.links(["upset", "progresse", "dialogue", "check"])
    assert tokens("déploré")[0] not in dict(links["upset"])
    assert links["progresse"] == ()
    assert links["dialogue"][0][0] == tokens("discussions")[0]
    assert links["check"][0][0] == tokens("inspecte")[0]


def test_french_acronyms_and_names_reach_the_english_ones(news_texts):
    """English articles write the IAEA, the UN, the EU, GDP and the Champions League: a French
    question's AIEA, ONU and UE are their own tokens already (`lexical.ALIASES`), its PIB and
    Ligue reach theirs by the bridges (acronyms compared as written, names also in lower
    case)."""
    embedder = load_embedder("use-multilingual")
    texts = news_texts(("IAEA", " UN ", " EU ", " GDP ", "Champions League"), 12)
    matrix = WordMatrix.from_texts(texts, embedder)
    for french, english in (("AIEA", "IAEA"), ("ONU", "UN"), ("UE", "EU")):
        assert tokens(french) == tokens(english) and tokens(english)[0] in matrix.tokens
    links = Bridges(embedder, matrix).links(["PIB", "Ligue"])
    assert tokens("GDP")[0] in dict(links["PIB"])
    assert tokens("league")[0] in dict(links["Ligue"])


def test_an_acronym_is_not_also_read_as_a_word_in_lower_case():
    """ "PIB" is GDP; "pib", a word it is not, reaches nothing."""
    embedder = load_embedder("use-multilingual")
    texts = [
        "The GDP fell as the war gives aid to refugees, he'll say.",
        "He gives the GDP figures and lets it quell the talks.",
    ]
    bridges = Bridges(embedder, WordMatrix.from_texts(texts, embedder))
    assert [token for token, _ in bridges.links(["PIB"])["PIB"]] == tokens("GDP")
    assert bridges.links(["pib"])["pib"] == ()


def test_a_word_spelt_otherwise_in_the_corpus_counts_as_itself():
    """A corpus writing both "theatre" and "theater": either spelling in a question finds
    both, at full weight; a look-alike ("filed" for "filled") is no other spelling."""
    embedder = load_embedder("use-multilingual")
    texts = [
        "The drama theatre in Mariupol was bombed.",
        "The theater was sheltering a thousand people.",
        "The rooms were filled with water.",
        "A complaint was filed in court.",
        "The defense ministry said the theater was struck.",
    ]
    vocabulary = frozenset(t for text in texts for t in tokens(text))
    bridges = Bridges(embedder, WordMatrix.from_texts(texts, embedder))
    theatre, theater = tokens("theatre")[0], tokens("theater")[0]
    for question in ("Was the theatre bombed?", "Was the theater bombed?"):
        slots = {slot[0][0]: dict(slot) for slot in bridges.slots(question, vocabulary)}
        asked = theatre if "theatre" in question else theater
        other = theater if asked == theatre else theatre
        assert slots[asked][other] == SPELLING_WEIGHT
    slots = {slot[0][0]: dict(slot) for slot in bridges.slots("What filled the rooms?", vocabulary)}
    assert tokens("filed")[0] not in slots[tokens("filled")[0]]
    # "defence" is not in the corpus: bridged by its vector, it still reaches "defense"
    slots = {s[0][0]: dict(s) for s in bridges.slots("the defence ministry", vocabulary)}
    assert tokens("defense")[0] in slots[tokens("defence")[0]]


def test_a_month_gets_its_name_in_the_other_language_not_bridges(bridges):
    vocabulary = frozenset(tokens("The Senate voted in May and November"))
    slots = {s[0][0]: s for s in bridges.slots("Qu'a voté le Sénat en mai ?", vocabulary)}
    assert slots["mai"] == (("mai", 1.0), (tokens("May")[0], SPELLING_WEIGHT))


def test_an_ordinal_reaches_its_number_written_otherwise(bridges):
    vocabulary = frozenset(tokens("World War Three would be nuclear, Lavrov warned"))
    for question in (
        "What did Lavrov warn a third world war would be like?",
        "Qu'a dit Lavrov d'une troisième guerre mondiale ?",
    ):
        slots = {s[0][0]: dict(s) for s in bridges.slots(question, vocabulary)}
        ordinal = next(t for t in slots if t in tokens("third troisième"))
        assert tokens("three")[0] in slots[ordinal]


def test_a_verb_reaches_its_noun_of_the_same_root(bridges):
    # "invading" and "invasion" stem apart (invad, invas): the question's verb finds the
    # corpus' noun, as "decide" finds "decision" where the corpus writes it
    vocabulary = frozenset(tokens("The invasion of Ukraine began in February"))
    slots = {
        s[0][0]: dict(s) for s in bridges.slots("Was Putin bluffing about invading?", vocabulary)
    }
    assert slots[tokens("invading")[0]][tokens("invasion")[0]] == RELATED_WEIGHT
    slots = {s[0][0]: dict(s) for s in bridges.slots("Who decided?", vocabulary)}
    assert len(slots[tokens("decided")[0]]) == 1  # no "decis" in the corpus: nothing added


def test_spellings_of_one_token_leave_room_for_another_bridge():
    """English articles write "bombarded", "bombardment", "bombarding" (one token, the token
    of "bombardé" too) and "bombed": the French word links to "bomb", not to itself."""
    embedder = load_embedder("use-multilingual")
    texts = [
        "The city was bombarded for days; the bombardment went on.",
        "Artillery kept bombarding the port, and the bombardments ruined it.",
        "Russian aircraft bombed the theater.",
        "Officials said the talks would continue.",
    ]
    bridges = Bridges(embedder, WordMatrix.from_texts(texts, embedder))
    linked = dict(bridges.links(["bombardé"])["bombardé"])
    assert tokens("bombed")[0] in linked
    assert tokens("bombardé")[0] not in linked


def test_the_tail_of_a_contraction_is_no_link():
    """The contractions "we'll", "they'll" give the token "ll", which the model may put near a
    short word ("ONU"): it means nothing, so no question word links to it."""
    embedder = load_embedder("use-multilingual")
    texts = [
        "We'll see, they'll say and it'll pass, he'll add; you'll know and I'll go.",
        "The U.N. Secretary-General spoke at the United Nations.",
    ]
    bridges = Bridges(embedder, WordMatrix.from_texts(texts, embedder))
    assert "ll" in bridges.words.tokens
    links = bridges.links(["ONU", "volonté"])
    assert all(token != "ll" for found in links.values() for token, _ in found)


def test_a_word_with_a_figure_is_bridged_to_nothing():
    # by meaning the Su-35 is near the F-35, and one year near another: neither is the other
    embedder = load_embedder("use-multilingual")
    corpus = ["The F-35 fighter jets were delivered in 1940 and 1942."]
    bridges = Bridges(embedder, WordMatrix.from_texts(corpus, embedder))
    vocabulary = frozenset(tokens(corpus[0]))
    assert bridges.links(["Su-35"])["Su-35"]  # the model alone would link them
    slots = {
        slot[0][0]: slot
        for slot in bridges.slots("When was the Su-35 shot down in 1941?", vocabulary)
    }
    assert slots["su-35"] == (("su-35", 1.0),)
    assert slots["1941"] == (("1941", 1.0),)


def test_a_word_written_in_lower_case_links_to_names_only_when_closest_to_one():
    """ "fin" (late, the end) is near Finnegan and Finnish by its vector, but closest to "end":
    written in lower case, it is linked to the corpus's common words only. "juive" is closest
    to Jewish, a name in English: it reaches it. A capitalised word (Japon) reaches its name."""
    embedder = load_embedder("use-multilingual")
    corpus = [
        "Finnegan met the Finnish envoy at the end of the week.",
        "Japan sent aid to the Jewish community before the talks came to an end.",
    ]
    names = {tokens(name)[0] for name in ("Finnegan", "Finnish", "Japan", "Jewish")}
    words = WordMatrix.from_texts(corpus, embedder)
    assert {tokens("Finnegan")[0], tokens("Finnish")[0]} & set(
        dict(Bridges(embedder, words).links(["fin"])["fin"])
    )
    links = Bridges(embedder, words, names.__contains__).links(["fin", "juive", "Japon"])
    assert tokens("end")[0] in dict(links["fin"])
    assert not {tokens("Finnegan")[0], tokens("Finnish")[0]} & set(dict(links["fin"]))
    assert tokens("Jewish")[0] in dict(links["juive"])
    assert tokens("Japan")[0] in dict(links["Japon"])
