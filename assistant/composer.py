"""How the LLM-free answerer writes an answer from the sentences it chose: each excerpt
verbatim, cited once with its outlet, date and the outlets republishing it, a quotation shown
whole and a sentence pointing back shown with what it points to, the first read on as far as
the question needs (`read_on.first_excerpt`); or an abstention saying why. Which sentences to
show, and the lead stating the value asked, are the answerer's (`extractive`); the abstention's
wording is `abstention`'s.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from assistant.abstention import Reasons, abstention_text
from assistant.mentions import unseen_in_its_language
from assistant.query import Query
from assistant.question_values import asks_two_values
from assistant.quotes import whole_quotation
from assistant.read_on import first_excerpt
from assistant.sentences import Scored, Sentence, where_told, with_what_it_points_to
from assistant.speaker_keys import person_key
from assistant.types import Answer, Citation, Passage


class Composer:
    """Answers composed from chosen sentences; mixed into `extractive.ExtractiveAnswerer`, whose
    corpus, name check (`_names_missing`) and quoted speakers (`_quoted_speakers`) it uses."""

    def _compose(
        self,
        query: Query,
        passages: list[Passage],
        chosen: list[Scored],
        lead: str,
        read_on: bool = False,
        own_words: bool = False,
    ) -> Answer:
        """The chosen sentences, each cited once with its outlet, date and republishers; with
        `read_on`, the first is read on (`_read_on`; with `own_words`, to its speaker's
        words only)."""
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
            story = self.sentences_of(scored.sentence.chunk.source)
            s = whole_quotation(with_what_it_points_to(scored.sentence, story), story)
            key = " ".join(s.text.lower().split())
            if key in shown or any(s.overlaps(c) for c in cited):
                continue  # the same sentence from a republished copy: once is enough
            shown.add(key)
            cited.append(s)
            n = len(citations) + 1
            echoes = self.corpus.echoes(s.text, s.chunk.source)
            if read_on and n == 1:
                s = cited[-1] = self._read_on(s, {e[0] for e in echoes}, query, own_words)
            citation, line = _cited(s, n, scored.score, echoes, query.language)
            citations.append(citation)
            lines.append(line)
        text = lead + "\n\n" + "\n".join(lines)
        return Answer(text, citations, False, passages)

    def _read_on(
        self, sentence: Sentence, copies: set[str], query: Query, own_words: bool = False
    ) -> Sentence:
        """The first excerpt read on (`read_on.first_excerpt`): to the quotation that follows of
        someone the question names when it asks what they said or think; to the figures or
        details the next sentence gives when it asks what happened; with `own_words`, or when it
        asks the stance of the speaker it quotes, a speaker's words only to more of theirs;
        `copies` are the files republishing it."""
        asks_words = query.kind in ("quote", "other") and not query.asks_name
        voices = frozenset(person_key(name) for name, _ in query.names if asks_words)
        details = query.kind == "other" and not query.asks_name

        def republished(s: Sentence) -> set[str]:
            return {e[0] for e in self.corpus.echoes(s.text, s.chunk.source)}

        story = self.sentences_of(sentence.chunk.source)
        second = query.kind == "number" and asks_two_values(query.question)
        # a stance asked of someone, in their words: more of theirs ("…was “completely
        # untenable.”", then "Russia exported as much wheat…, Baerbock said.")
        said = sentence.attribution
        if query.holder and said and said.key and said.key == person_key(query.holder):
            own_words = True
        return first_excerpt(
            sentence, story, voices, details, copies, republished, own_words, second, asks_words
        )

    def _withheld(self, query: Query, passages: list[Passage], sentence: Sentence) -> Answer:
        """An abstention citing the sentence that says the value asked is not known or not
        given (`withheld`): "Ukrainian officials declined to say which… [1]"."""
        echoes = self.corpus.echoes(sentence.text, sentence.chunk.source)
        citation, line = _cited(sentence, 1, 1.0, echoes, query.language)
        reason = abstention_text(query.language, Reasons(withheld=True))
        return Answer(f"{reason}\n\n{line}", [citation], True, passages)

    def _abstain(self, query: Query, passages: list[Passage], **why: Any) -> Answer:
        """An abstention saying why (`abstention.Reasons`) and whom the articles found quote."""
        reasons = Reasons(**why)
        quoted = self._quoted_speakers(passages) if reasons.lists_speakers(query.kind) else []
        return Answer(abstention_text(query.language, reasons, quoted), [], True, passages)


def _cited(
    sentence: Sentence,
    n: int,
    score: float,
    echoes: list[tuple[str, str | None, str | None]],
    language: str,
) -> tuple[Citation, str]:
    """A sentence cited as [n]: its citation, naming the files republishing it (`echoes`),
    and its line as the answer shows it, with where and when it was published."""
    citation = replace(sentence.citation(n, score), also_in=tuple(e[0] for e in echoes))
    return citation, f"- {sentence.text} [{n}]{where_told(sentence, echoes, language)}"
