"""The quote path of the LLM-free answerer: what a speaker said, on the topic asked.

The candidates are every sentence of the retrieved articles that `attribution` gives to the
speaker asked about, looked for under each of its spellings (`quotes.speaker_spellings`); a bare
surname means the person of that name the corpus quotes most. With a topic, the speaker's
sentences are weighed like any answer's (reported speech counts as well as a direct quote) on
the question's words but the speaker's name and title, and must touch the topic by what they
say, not by the title introducing the speaker, else the answer says the speaker is quoted on
something else (also when the corpus quotes them only in articles the topic's search did not
find); without one, their direct quotes are shown. Words asked "when" an event happened come
from stories telling of it (by its most telling word), or the answer says so. Quotes come from
the articles naming what the question names, one per story (when one story holds the best, its
next best words too; for a question restating a story before asking, its words on what the
last sentence asks, `scoring.with_what_is_asked`), and the lead says how many articles quote
the speaker. Which sentences are the asked person's, on the occasion asked, is
`speaker_sentences`'; which quotes to show and how to word the lead, `quotes`'; weighing,
composing and abstaining are the answerer's (`extractive.ExtractiveAnswerer`, which this mixin
is part of).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Set
from typing import Any

from assistant.attribution import as_said_by, speaker_matches
from assistant.lexical import tokens, words_for
from assistant.query import Query
from assistant.question_speaker import speaker_is_source
from assistant.question_topic import event_of, occasion_of
from assistant.quotes import (
    MAX_QUOTES,
    most_quoted,
    one_story_each,
    quote_lead,
    speaker_spellings,
)
from assistant.scoring import (
    KEEP_RATIO,
    MAX_EXCERPTS,
    TELLING_IDF,
    asked_first,
    context_words,
    coverage,
    with_what_is_asked,
)
from assistant.sentences import Scored, Sentence
from assistant.speaker_keys import person_key
from assistant.speaker_sentences import SpeakerSentences
from assistant.types import Answer, Passage

# A word the corpus uses in about one sentence in six or more (IDF below this: Russia 1.4,
# Ukraine 1.6, war 2.7 is above) names what every story is about, not a topic.
EVERYWHERE_IDF = 2.0

ONE_STORY_RATIO = 0.6  # how close to the best a second quote from the only story must score
# A topic naming what the question told before: "his departure", "cette décision".
_REFERS_BACK = re.compile(
    r"^\s*(?:his|her|its|their|this|that|these|those|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b",
    re.I,
)


class QuoteAnswers(SpeakerSentences):
    """Answers to quote questions; mixed into `extractive.ExtractiveAnswerer`, whose corpus,
    sentence scoring (`_score`), composing (`_compose`), abstaining (`_abstain`) and name check
    (`_names_missing`) it uses."""

    corpus: Any
    idf: Callable[[str], float]
    sentences_of: Callable[[str], list[Sentence]]

    def _quotes(self, query: Query, passages: list[Passage]) -> Answer | None:
        """The speaker's sentences; None when the speaker asked about is not one (fall back)."""
        candidates = [
            s
            for source in dict.fromkeys(p.chunk.source for p in passages)
            for s in self.sentences_of(source)
            if s.attribution and not (s.addressed or s.headline)
        ]
        said: list[Sentence] = []
        # the person the articles agree speaks for a body ("the Kremlin": Peskov) or holds the
        # role asked ("Ukraine's first lady": Olena Zelenska, "the head of the IAEA": Grossi)
        voice = self.corpus.voice_of(query.speaker_as_typed)
        if not voice and not query.named_speaker:
            voice = self.corpus.holder_of(query.speaker_as_typed)
        for spellings in speaker_spellings(query):  # "l'AIEA" is quoted as "the IAEA"
            said = [
                s
                for s in candidates
                if s.attribution
                and (
                    any(speaker_matches(s.attribution, w) for w in spellings)
                    or (voice and s.attribution.key == voice)
                )
            ]
            if said:
                break
        if not voice:  # a body's spokesperson is one person whatever their first name's spelling
            said = self._one_person(query, said)
        if not query.named_speaker:
            said = self._same_person_later(said, candidates)
        if not said:
            if speaker_is_source(query.question) or query.asks_why:  # a fact asked of a source
                return None  # ("Selon Mandiant, à qui…"), a cause ("Why did Rosaviatsiya tell…?")
            if query.named_speaker:
                typed = query.speaker_text or " ".join(w.capitalize() for w in query.speaker)
                if query.focus and self.corpus.quoted_in(person_key(typed)):
                    # quoted elsewhere in the corpus, not in the articles on the topic asked
                    return self._abstain(query, passages, off_topic=(typed, self._topic(query)))
                return self._abstain(query, passages, unquoted=typed)
            return None
        # who the articles say is quoted, as they name them ("Dmitry Peskov" for "the Kremlin")
        speaker_name = (said[0].attribution.name if said[0].attribution else "") or (
            query.speaker_text
        )
        said = self._at_the_event(query, said)
        if not said:  # quoted, but in no story telling of the event the question names
            return self._abstain(
                query, passages, off_topic=(speaker_name, event_of(query.question))
            )
        said = self._giving_the_figures(query, said)
        if not said:  # quoted, but in no story giving the figure asked about ("24 hours")
            return self._abstain(query, passages, off_topic=(speaker_name, self._topic(query)))
        direct = [s for s in said if s.attribution and s.attribution.quote] or said
        if query.focus:
            # A name is touched by itself, not by the words bridged to it ("Ukrainian" for Kyiv).
            names = {t for _, toks in query.names for t in toks}
            focus = [
                slot[:1] if slot[0][0] in names else slot
                for slot in query.slots
                if slot[0][0] in query.focus
            ] or [((t, 1.0),) for t in query.focus]
            # A place or person named beside the topic ("in Riga") or in it ("about the Nord
            # Stream blasts": "the attack that destroyed two gas lines") may be named by the
            # story rather than by the quote itself (`_own_and_named`).
            named = names & set(query.focus)
            # Russia or Ukraine, named by nearly every story, does not put a story's quotes on
            # a topic that says more ("his role as a go-between in the Russia–Ukraine peace
            # talks"): the story's lead names it whatever its quotes are about
            if any(self.idf(t) >= EVERYWHERE_IDF for t in set(query.focus) - named):
                named = {t for t in named if self.idf(t) >= EVERYWHERE_IDF}
            # "…say about his departure" after "When Boris Johnson announced his resignation":
            # the topic is the event told, which every story left tells of
            of_the_event = bool(_REFERS_BACK.match(query.topic) and self._event_spellings(query))
            if not of_the_event and not any(
                coverage(focus, self._on_topic_words(s, named), self.idf) for s in said
            ):
                # The speaker is quoted, but on nothing the question is about.
                return self._abstain(query, passages, off_topic=(speaker_name, self._topic(query)))
        # The question's words but the speaker's, and but the title naming the speaker ("UN
        # Secretary-General Antonio Guterres": a quote of his need not repeat it): its topic,
        # or for a follow-up ("what did the ministry say about it?") the previous question's.
        titled = {t for _, toks in query.names if set(query.speaker) & set(toks) for t in toks}
        titled |= set(tokens(query.speaker_title))  # "selon le général Sourovikine"
        others = tuple(s for s in query.slots if s[0][0] not in set(query.speaker) | titled)
        topical = query.quote_on_topic and bool(query.focus or others)
        if topical:
            # A topic may be answered in reported speech as well as in a direct quote. The
            # whole question is what the model compares (it embeds questions best whole), its
            # words but the speaker's what a quote must share ("told NATO allies…"). When or
            # where it was said ("after meeting Lavrov in Stockholm") weighs as context beside
            # what was said ("what Russia had to do to de-escalate"); a cause or a proposal
            # asked raises the words giving one (`asked_first`).
            asked = {slot[0][0] for slot in others}
            occasion = set(tokens(occasion_of(query.search))) & asked  # names as corrected
            if query.topic:  # whom it was told ("tell Congress about the money"): not the topic
                occasion |= asked - set(tokens(query.topic))
            context = context_words(query) | (occasion if asked - occasion else set())
            scored = asked_first(query, self._score(query.search, said, others, context=context))
            scored = self._in_articles_naming(query, scored)
            scored = self._naming_the_topic(query, scored, occasion)
            floor = scored[0].score * KEEP_RATIO
            ranked = [s.sentence for s in scored if s.score >= floor]
        else:
            ranked = [s for s in direct if not s.with_antecedent]
            ranked = [
                x.sentence
                for x in self._in_articles_naming(query, [Scored(s, 1.0) for s in ranked])
            ]
        chosen = one_story_each(ranked, MAX_EXCERPTS if topical else MAX_QUOTES)
        if topical and len(chosen) == 1:
            # one story holds the best: its next best words on the topic are worth a second
            # excerpt, after it (the ESA head's tweet on ending ExoMars, then "no other choice")
            wider = scored[0].score * ONE_STORY_RATIO
            chosen += [
                x.sentence
                for x in scored
                if x.score >= wider
                and x.sentence.chunk.source == chosen[0].chunk.source
                and not x.sentence.overlaps(chosen[0])
            ][:1]
        if topical:  # a question restating a story: the speaker's words on what it asks
            chosen = [
                x.sentence
                for x in with_what_is_asked(
                    query, [Scored(s, 1.0) for s in chosen], scored, self.idf
                )
            ]
        asked = (query.speaker, query.speaker_text)  # shown as theirs when they answer within
        speakers = [as_said_by(s.attribution, *asked) for s in chosen if s.attribution]
        stories = len({s.chunk.source for s in chosen})
        key = Counter(a.key for a in speakers if a.key).most_common(1)
        # A full name asked for is counted by that name: "Jill Biden" is not quoted in every
        # article quoting a Biden.
        name = query.speaker if query.named_speaker and len(query.speaker) > 1 else ()
        quoted_in = 0
        if key and stories > 1:
            # by the question's spelling of the name and the articles' ("Podoliak", "Podolyak"),
            # at most the articles quoting the surname
            spellings = {tuple(name)} | {
                tuple(tokens(a.person))
                for a in speakers
                if name and a.key == key[0][0] and len(a.person.split()) > 1
            }
            quoted_in = sum(self.corpus.quoted_in(key[0][0], n) for n in spellings)
            if len(spellings) > 1:
                quoted_in = min(quoted_in, self.corpus.quoted_in(key[0][0]))
        date = chosen[0].chunk.date if stories == 1 else None
        lead = quote_lead(query.language, speakers, date, quoted_in, stories > 1)
        return self._compose(
            query, passages, [Scored(s, 1.0) for s in chosen], lead, read_on=True, own_words=True
        )

    def _quoted_speakers(self, passages: list[Passage], limit: int = 5) -> list[str]:
        """Who the searched articles quote, as they name them, most quoted first, ties by
        name, at most `limit` (the filters apply); as the quote path, not in a headline ("Sean
        Penn Lends Zelenskyy His Oscar" quotes no one) nor in text addressed to an assistant."""
        sources = dict.fromkeys(p.chunk.source for p in passages)
        said = [
            s
            for source in sources
            for s in self.sentences_of(source)
            if not (s.headline or s.addressed)
        ]
        return most_quoted(said)[:limit]

    @staticmethod
    def _topic(query: Query) -> str:
        """The topic asked about, in the user's words ("surprise visit Kyiv")."""
        return query.topic or words_for(query.question, query.focus)

    def _in_articles_naming(self, query: Query, ranked: list[Scored]) -> list[Scored]:
        """The sentences of `ranked` whose article speaks of what the question names, when
        some does ("What did Zelensky tell Congress…": his quotes from the
        articles on his speech to Congress), in their order."""
        if len(query.names) < 2:  # the speaker alone: every quote's article names them
            return ranked
        naming: dict[str, bool] = {}  # judged by each article's best sentence
        for item in ranked:
            source = item.sentence.chunk.source
            if source not in naming:
                naming[source] = not self._names_missing(query, item.sentence)
        return [x for x in ranked if naming[x.sentence.chunk.source]] or ranked

    def _naming_the_topic(
        self, query: Query, scored: list[Scored], occasion: Set[str]
    ) -> list[Scored]:
        """The speaker's sentences naming what the topic names first, when some do: "the role
        the battle for Mariupol was playing" is told by "Mariupol has become the Ukrainian
        Alamo…", not by "…prevent another decisive battle", however common "Mariupol" is in
        the corpus. A name every story carries (Russia, Ukraine) or naming the occasion ("told
        CBS News") chooses nothing; nor does the speaker's own name."""
        names = {t for _, toks in query.names for t in toks} & set(query.focus)
        names = {t for t in names - occasion if self.idf(t) >= EVERYWHERE_IDF}
        if not names:
            return scored
        # those naming more of them first: "…send electricity to Crimea through Dzhankoi" for
        # "the substation hit by the blasts at the Dzhankoi depot, in Crimea", before a tweet
        # on Crimea alone
        return sorted(scored, key=lambda x: -len(names & x.sentence.own_words))

    def _on_topic_words(self, sentence: Sentence, named: Set[str]) -> Set[str]:
        """The words by which a quote may touch a topic: the sentence's and its story's names
        (`_own_and_named`), but not those introducing its speaker ("Japanese Prime Minister
        Fumio Kishida said…" is not on the Japanese prime minister's visit to Kyiv)."""
        words = self._own_and_named(sentence, named)
        speaker = sentence.attribution.speaker if sentence.attribution else ""
        return words - set(tokens(speaker))

    def _own_and_named(self, sentence: Sentence, named: Set[str]) -> Set[str]:
        """The sentence's words, and those of the `named` tokens its story is about: a name few
        articles carry (`TELLING_IDF`: Riga, Nord Stream) anywhere in it, one that most carry
        (Kyiv, Moscow) in its headline or first sentences (`corpus.lead_of`). A story on
        Biden's calls to Putin that names Kyiv in passing does not put his words on "his
        surprise visit to Kyiv"; a corpus of stories on Mariupol names it in every lead."""
        if not named:
            return sentence.own_words
        source = sentence.chunk.source
        rare = {t for t in named if self.idf(t) >= TELLING_IDF} & self.corpus.words_of(source)
        return sentence.own_words | rare | (named & self.corpus.lead_of(source))
