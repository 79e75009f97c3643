"""The number-question part of the LLM-free answerer: the figure of the thing counted.

Each figure of a candidate sentence ("40,000 troops") is compared, by the model, with what the
question counts ("how many Russian troops"); a figure said of another actor than the one
counted ("Russian soldiers" for "soldats américains") counts nothing, one said of the same
gains `values.SAME_ACTOR_BONUS`. A figure whose sentence writes out an acronym of the question
after it ("eight National Advanced Surface-to-Air Missile Systems") counts that acronym ("eight
NASAMS"). Which sentences hold figures, and the dated list of figures that differ, are
`values`'; scoring and composing are the answerer's (`extractive.ExtractiveAnswerer`, which
this mixin is part of).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.figures import DEATH_WORDS, FIGURE_START_RE, figures_in, number_value, unasked
from assistant.lexical import tokens
from assistant.mentions import acronym_at, in_its_language
from assistant.query import Query
from assistant.question_values import (
    OF_WORDS,
    asks_size,
    counted_as,
    deaths_asked,
    measures_time,
    units_of,
)
from assistant.sentences import Scored, Sentence
from assistant.values import COUNTED_MIN, SAME_ACTOR_BONUS, names_but_places, words_before
from assistant.word_variants import actors

# The word naming what is counted, when this rare (IDF over sentences), is said by the sentence
# whose figure counts it: "dolphin" (9.0), "incubator" (8.8), "camp" (6.6); not "children"
# (4.4), "tanks" (4.6), "drones" (5.1), which other words stand for ("kids", "UAVs").
COUNTED_RARE_IDF = 6.0


class FigureAnswers:
    """Figures for number questions; mixed into `extractive.ExtractiveAnswerer`, whose
    embedder it uses."""

    embedder: Embeddings
    idf: Callable[[str], float]
    corpus: Any

    def _figure_match(
        self, query: Query, counted: str, sentences: list[Sentence]
    ) -> dict[int, tuple[float, str]]:
        """Per sentence (by id), its figure closest in wording to what is counted, and how
        close it is."""
        # a length of time is told by what lasted it ("end his 355 days in space")
        size = asks_size(query.question) or query.asks_duration
        # "24 February" counts nothing, nor 8,500 in "when the Pentagon put 8,500 US troops on
        # alert, how much was the notice cut?"
        figures = [
            (s, counted_phrase(query, s.text, m), words_before(s.text, m.start()), m.end())
            for s in sentences
            for m in unasked(figures_in(s.text), query.question)
        ]
        units = units_of(counted)
        if units:  # "how many tons": a figure in tons, not "three massive shipments"
            figures = [f for f in figures if units & {w.lower() for w in f[1].split()}]
        dead = deaths_asked(query.question)
        if dead:  # "how many … were killed": a figure of the dead
            figures = [f for f in figures if DEATH_WORDS.search(f[0].text)]
        rare = self._rare_words_counted(query, counted)
        if rare:  # "trained dolphins" are not counted by a sentence never saying "dolphin"
            languages: dict[str, bool] = {}  # article → in the question's language

            def counts_it(sentence: Sentence) -> bool:
                if rare & sentence.own_words:
                    return True
                chunk = sentence.chunk
                if chunk.source not in languages:
                    languages[chunk.source] = in_its_language(query, chunk.text)
                return not languages[chunk.source]

            figures = [f for f in figures if counts_it(f[0])]
        systems = self._rare_names_counted(query, counted)
        if systems:  # "Stormer armoured vehicles" are not "560 infantry fighting vehicles"
            figures = [f for f in figures if systems & (f[0].own_words | set(tokens(f[1])))]
        if not figures:
            return {}
        want = self.embedder.embed_query(counted)
        compared = [
            _as_compared(sentence.text, figure, before, end, size)
            for sentence, figure, before, end in figures
        ]
        vectors = self.embedder.embed_documents(compared)
        asked = actors(counted)
        head = set(_head(query, counted))
        best: dict[int, tuple[float, str]] = {}
        for (sentence, figure, before, _), vector in zip(figures, vectors, strict=True):
            similarity = sum(a * b for a, b in zip(want, vector, strict=True))
            if dead and head & sentence.own_words:  # "The number of civilians killed … has
                similarity = max(similarity, COUNTED_MIN)  # reached at least 300." counts them
            named = actors(f"{before} {figure}")
            if asked and named:
                # "Russian soldiers" are not "3 000 soldats américains"; the figure right after
                # "Moscou a déployé" is more likely to be the one asked for.
                similarity = similarity + SAME_ACTOR_BONUS if asked & named else 0.0
            best[id(sentence)] = max(best.get(id(sentence), (-1.0, "")), (similarity, figure))
        return best

    def _with_also_counted(
        self,
        query: Query,
        chosen: list[Scored],
        sentences: list[Sentence],
        figures: dict[int, tuple[float, str]],
        limit: int,
    ) -> list[Scored]:
        """The excerpts, with the sentence giving the figure of the second thing a question
        counts ("…, and how many Iskander launchers did he count?": "He calculates there are
        at least 48 launchers near Ukraine.") second, from the first excerpt's article when
        one there counts it; unchanged when the question counts one thing, none counts the
        second, or an excerpt already gives it. The first excerpt's figure (of `figures`, the
        first count's, "98,000 Russians") is not the second, however close its words."""
        counted = query.also_counted
        if not counted or not chosen:
            return chosen
        first = number_value(figures.get(id(chosen[0].sentence), (0.0, ""))[1])
        # "Iskander launchers" may be named in the sentence before "48 launchers near Ukraine"
        unnamed = " ".join(w for w in counted.split() if not w[:1].isupper())
        for words in dict.fromkeys([counted, unnamed or counted]):
            second = self._figure_match(query, counted_as(words, query.language), sentences)
            counting = [
                s
                for s in sentences
                if second.get(id(s), (0.0, ""))[0] >= COUNTED_MIN
                and not (first and number_value(second[id(s)][1]) == first)
            ]
            if counting:
                break
        source = chosen[0].sentence.chunk.source
        ranked = sorted(
            counting,
            key=lambda s: (s.chunk.source == source, second[id(s)][0]),
            reverse=True,
        )
        if not ranked or any(ranked[0].overlaps(c.sentence) for c in chosen):
            return chosen
        return [chosen[0], Scored(ranked[0], chosen[0].score), *chosen[1:]][:limit]

    def _rare_words_counted(self, query: Query, counted: str) -> set[str]:
        """The word naming what a question counts ("dolphins" of "trained dolphins", "trains" of
        "trains de marchandises": English names it last, French first) when the corpus uses it
        rarely (`COUNTED_RARE_IDF`: not "children" nor "drones") and it is no name, with the
        corpus words standing for it: a sentence of an article in the question's language
        counting that thing says one of them (in another language, the word's stand-ins are
        too loose to tell: "militaires" for "2,000 soldiers missing", and "chars" is no
        "charred"). Empty else."""
        named = {t for _, toks in query.names for t in toks}
        rare = [
            t
            for t in _head(query, counted)
            if t not in named and self.corpus.uses(t) and self.idf(t) >= COUNTED_RARE_IDF
        ]
        slots = {slot[0][0]: {t for t, _ in slot} for slot in query.slots if slot}
        return {w for t in rare for w in slots.get(t, {t}) if self.corpus.uses(w)}

    def _rare_names_counted(self, query: Query, counted: str) -> set[str]:
        """The tokens of the names qualifying what a question counts that few articles write,
        before the noun in English ("Stormer armoured vehicles"), right after it in French
        ("missiles Storm Shadow"); not a country, its people, whose the thing is ("membres de
        la Rosgvardia", which English calls national guardsmen) nor who acts ("the cut OPEC+
        agreed"). A sentence counting that thing names it, in any language, or writes out its
        acronym ("eight National Advanced Surface-to-Air Missile Systems" is "eight NASAMS")."""
        words = counted.split()
        qualifying = words[:-1] if query.language != "fr" else words[1:]
        if query.language == "fr":  # up to the first "de", "du", "des"…
            cut = next((i for i, w in enumerate(qualifying) if w.lower() in OF_WORDS), None)
            qualifying = qualifying[:cut]
        said = set(tokens(" ".join(qualifying)))
        return {
            t
            for _, toks in names_but_places(query)
            if set(toks) <= said
            for t in toks
            if self.corpus.uses(t) and self.idf(t) >= COUNTED_RARE_IDF
        }


def _head(query: Query, counted: str) -> list[str]:
    """The token of the word naming what is counted: English names it last, French first
    ("trained dolphins", "trains de marchandises")."""
    words = tokens(counted)
    return words[:1] if query.language == "fr" else words[-1:]


# a measure "of" what it counts ("500,000 tons of"), not a share of things named ("54 of the
# missiles", "18 of the" systems: whose they are is said elsewhere)
_ENDS_ON_OF = re.compile(r"\b(?:of|de|d['’])$", re.I)
OF_WHAT_WORDS = 4  # words after a figure's "of" that may say what it counts
_CLAUSE_END = re.compile(r"[,;:.!?()]")


# A figure counting a part of what was named before it: "8 of them", "21 were damaged",
# "trois d'entre eux", "12 ont été tués" (not "three of these narratives", which names it).
_PART_OF_BEFORE = re.compile(
    r"^\S+\s+(?:of\s+them\b|d['’]entre\s+(?:eux|elles)\b|"
    r"(?:were|are|was|is|have|had|has|ont|sont|étaient|avaient)\b)",
    re.I,
)


def _as_compared(text: str, figure: str, before: str, end: int, size: bool) -> str:
    """What the model compares with what is counted, for a figure of `text` ending at `end`:
    a size is said before its figure ("cutting production by two million barrels"), a count by
    the words the figure counts ("40,000 troops"), a figure ending a clause ("the toll rose to
    300.") or counting a part of what was named before ("Of the 29 high-rise buildings, 21 were
    damaged") by the words before it, and one ending on "of" by what follows ("500,000 tons of"
    grain)."""
    told_before = size or FIGURE_START_RE.fullmatch(figure) or _PART_OF_BEFORE.match(figure)
    said = f"{before} {figure}" if told_before else figure
    return f"{said} {_of_what(text, end)}" if _ENDS_ON_OF.search(figure) else said


def _of_what(text: str, end: int) -> str:
    """The words after a figure's "of", up to `OF_WHAT_WORDS` and the clause's end."""
    rest = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    return " ".join(rest.split()[:OF_WHAT_WORDS])


def counted_phrase(query: Query, text: str, figure: re.Match[str]) -> str:
    """A figure and the words it counts ("40,000 troops"); its number and the question's
    acronym where the text writes that acronym out ("eight National Advanced Surface-to-Air
    Missile Systems": "eight NASAMS")."""
    number = FIGURE_START_RE.match(text, figure.start())  # a figure opens with its number
    acronym = acronym_at(query, text, number.end()) if number else ""
    if number and acronym:
        return f"{number.group(0)} {acronym}"
    return _QUOTE_MARK.sub("", figure.group(0))  # "18 filtration camps" of 18 “filtration camps”


_QUOTE_MARK = re.compile(r"[“«\"‘]\s?")


def one_length_of_time(sentence: Sentence, figures: dict[int, tuple[float, str]]) -> bool:
    """Whether the sentence's figure matched is a length of time and the only one it gives: a
    sentence giving several ("end his 355 days in space in just three weeks") is shown, its
    figure not picked out."""
    matched = figures.get(id(sentence))
    times = [m for m in figures_in(sentence.text) if measures_time(m.group(0))]
    return bool(matched) and measures_time(matched[1]) and len(times) == 1
