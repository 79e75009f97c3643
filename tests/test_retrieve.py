"""Hybrid retrieval on the real index: dense and BM25 lists, their fusion, and filters."""

import pytest

from assistant.retrieve import LEXICAL_KEPT, Filter, searched, slot_bm25

pytestmark = pytest.mark.slow


def test_lexical_search_finds_a_name(assistant):
    hits = assistant.retriever.lexical("Peskov", 3)
    assert hits and "Peskov" in hits[0][0].text


def test_lexical_search_ignores_accents_elisions_and_case(assistant):
    plain = [c.chunk_id for c, _ in assistant.retriever.lexical("otan elargissement", 3)]
    styled = [c.chunk_id for c, _ in assistant.retriever.lexical("l’OTAN, l'Élargissement", 3)]
    assert plain and plain == styled


def test_dense_search_crosses_languages(assistant):
    chunk, similarity = assistant.retriever.dense("What did Washington propose to Moscow?", 1)[0]
    assert chunk.text.startswith("Washington a en revanche proposé")
    assert 0 < similarity <= 1


def test_fused_search_ranks_and_scores_passages(assistant):
    passages = assistant.retriever.search(["What did Peskov say?", "Qu'a dit Peskov ?"], 3)
    assert [p.rank for p in passages] == [1, 2, 3]
    assert passages[0].score >= passages[1].score >= passages[2].score
    assert any("Peskov" in p.chunk.text for p in passages)
    # how close the nearest chunk of the whole index comes, whichever passages were kept
    nearest = max(
        assistant.retriever.dense(q, 1)[0][1] for q in ("What did Peskov say?", "Qu'a dit Peskov ?")
    )
    assert passages.closest == pytest.approx(nearest)


def test_filters_apply_to_both_lists(assistant, article):
    assert assistant.retriever.search("Peskov", 3, Filter(date_from="2022-03")) == []
    assert assistant.retriever.search("Peskov", 3, Filter(sources=())) == []
    kept = assistant.retriever.search("Peskov", 3, Filter("2022-02", "2022-02", (article.source,)))
    assert kept and all(p.chunk.source == article.source for p in kept)


def test_filter_worked_examples():
    assert Filter().where() is None
    assert Filter(date_from="2022-02").where() == {"month": {"$gte": 202202}}
    assert Filter("2022-01", "2022-03").where() == {
        "$and": [{"month": {"$gte": 202201}}, {"month": {"$lte": 202203}}]
    }


@pytest.mark.parametrize(
    "question",
    [
        "How many Russian troops were massed near the border?",
        "What did Peskov say about NATO's eastward expansion?",
        "Combien de soldats russes près de la frontière ?",
    ],
)
def test_the_full_text_searchs_best_passages_are_always_returned(news, question):
    """A passage holding the question's rarest words is returned even where the vectors rank
    it low (real articles)."""
    query = news.prepare(question)
    terms = searched(query.slots)
    best = [c.chunk_id for c, _ in news.retriever.lexical(query.search, LEXICAL_KEPT, terms=terms)]
    for k in (5, 15):
        found = [
            p.chunk.chunk_id for p in news.retriever.search(query.search, k, lexical_terms=terms)
        ]
        assert len(found) == k and set(best) <= set(found)


def test_an_articles_filter_keeps_only_those_articles_in_both_lists(news):
    """The articles quoting Peskov (content hashes, as the catalog keys them): a search
    restricted to them returns their passages only, from both lists."""
    catalog = news.index.catalog
    quoting = catalog.articles_quoting("peskov")
    assert 0 < len(quoting) < 30  # of the 30 articles
    flt = Filter(articles=tuple(quoting))
    found = news.retriever.search("NATO expansion to the east", 8, flt)
    assert found and set(catalog.articles_of([p.chunk.source for p in found])) <= set(quoting)
    assert all(
        set(catalog.articles_of([c.source])) <= set(quoting)
        for c, _ in news.retriever.lexical("NATO expansion", 5, flt)
    )
    assert news.retriever.search("NATO", 3, Filter(articles=())) == []
    # more articles than SQLite takes parameters (250,000 here)
    many = Filter(articles=(*quoting, *(f"{i:016x}" for i in range(300_000))))
    assert news.retriever.lexical("NATO expansion", 5, many) == news.retriever.lexical(
        "NATO expansion", 5, flt
    )


def test_the_articles_published_on_some_days_are_those_the_manifest_dates(news):
    """Of the first 30 real news articles, the manifest dates five on 2021-11-26 and none on
    the 27th or 28th; a search restricted to them returns their passages only."""
    catalog = news.index.catalog
    days = catalog.articles_published("2021-11-26", "2021-11-28")
    assert len(days) == 5
    assert catalog.articles_published("2021-11-27", "2021-11-28") == []
    assert len(catalog.articles_published("2021-11-01", "2021-12-31")) == 30
    found = news.retriever.lexical("troops border", 5, Filter(articles=tuple(days)))
    assert found and all(c.published == "2021-11-26" for c, _ in found)


def test_a_word_counts_once_by_its_best_alternative():
    """A French question's "cible" bridged to target (0.85), aim and object (0.74): a chunk
    saying "target" outranks one saying both "aim" and "object", which BM25 over all the
    alternatives at once ranks first."""
    slots = [[("cibl", 1.0), ("target", 0.85), ("aim", 0.74), ("object", 0.73)], [("russ", 1.0)]]
    idf = {"cibl": 3.0, "target": 2.0, "aim": 2.0, "object": 2.0, "russ": 1.0}
    rows = [("b", "aim object russ said"), ("a", "target russ said the")]
    assert [cid for cid, _ in slot_bm25(rows, slots, idf)] == ["a", "b"]
    # a word left out of the search counts nothing; ties go by id
    assert slot_bm25([("y", "russ"), ("x", "russ")], [[("russ", 1.0)]], {}) == [
        ("x", 0.0),
        ("y", 0.0),
    ]
    assert slot_bm25([], slots, idf) == []


def test_slot_ranking_keeps_the_filters(news):
    """Ranked by slots, the full-text search still keeps to the articles quoting Peskov, best
    first (real articles)."""
    catalog = news.index.catalog
    quoting = catalog.articles_quoting("peskov")
    query = news.prepare("Qu'a dit Peskov sur l'élargissement de l'OTAN ?")
    found = news.retriever.lexical(
        query.search, 5, Filter(articles=tuple(quoting)), slots=query.slots
    )
    assert found and set(catalog.articles_of([c.source for c, _ in found])) <= set(quoting)
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    assert "Peskov" in found[0][0].text
