"""How far an excerpt reads on past its sentence: a story's lead, or a sentence telling of a
question put to someone or naming someone asked about, to the sentence giving their words
(`lead_read_on`); a speaker's words to more of theirs only (`own_words_read_on`); an excerpt to
the figures or details the next sentence gives of it (`specifics_read_on`), or to a second
figure when two values are asked (`second_figure_read_on`), or to a sentence going on with
its subject ("He also said…", `goes_on_read_on`); a quotation to the same speaker's
next one set untagged in its own paragraph (`continued_quote_read_on`); a sentence telling,
unquoted, what someone asked about said to their direct quotations after it
(`voice_quotes_read_on`); an answer's first excerpt read on so, its quotation shown whole
(`quotes.whole_quotation`), as long as its republished copies hold what it reads on to
(`first_excerpt`). Which sentence to show is the answerer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.figures import figures_in
from assistant.quotations import QUOTE_MARKS
from assistant.quotes import whole_quotation
from assistant.sentences import LEAD_SENTENCES, Sentence, following, preceding
from assistant.speaker_keys import person_key

# A photo credit the scrape glued into a sentence ("…on Feb. 27, 2020. /Shamil Zhumatov/Pool/File
# Photo"): no part of what a story says.
_CREDIT = re.compile(r"(?:^|\s)/\w[\w .'’-]*/|\bFile Photo\b|\bGetty Images\b")


def lead_read_on(
    sentence: Sentence, article: Sequence[Sentence], voices: frozenset[str] = frozenset()
) -> Sentence:
    """A story's lead read with the sentence after it when that one gives someone's words: news
    states a statement, then who made it and how ("Putin's spokesman wouldn't guarantee that…
    ." then "“It depends on the investigation,” Dmitry Peskov told NBC News…"). Any other
    sentence, or a lead followed by a caption, a credit or a question, is returned as it is.
    So is read a sentence telling of a question put to someone, anywhere in the story: the
    answer follows ("…asked Ukrainian President Volodymyr Zelensky what the 'minimum'
    concession from Russia would be…" then "'A return of Russian forces…,' he said."), past
    the question quoted when the story quotes it before the reply, and a
    sentence naming someone of `voices` (speaker keys) when their direct quotation follows:
    "…Lavrov, who gave a gloomy assessment of their talks." then 'Lavrov called it "a dialogue
    of the deaf,"…'."""
    story = _story(article)
    if not any(s.start == sentence.start and s.end == sentence.end for s in story):
        return sentence  # already read with what follows it (`quotes.whole_quotation`)
    lead = any(s.start == sentence.start for s in story[:LEAD_SENTENCES])
    put = bool(_QUESTION_PUT.search(sentence.text))
    after = _next_citable(sentence, story)
    voiced = _voice_after(sentence, after, voices)
    if not lead and not put and not voiced:
        return sentence
    reply = _reply_past_the_question(sentence, story)
    if reply is not None and reply.attribution is not None:
        return _read_to(sentence, reply)
    # the answer to a question put is quoted, whether or not its "he said" was resolved
    replied = after is not None and (
        bool(after.attribution) or voiced or put and any(ch in QUOTE_MARKS for ch in after.text)
    )
    return _read_to(sentence, after) if after and replied else sentence


# A question reported as put to someone, its answer not given in the same sentence: "asked
# Zelensky what the concession would be", "a demandé au ministre s'il comptait…".
_QUESTION_PUT = re.compile(
    r"\basked\b(?:\s+[\w.'’-]+){0,6}?\s+(?:what|whether|if|how|why|when|which|who)\b"
    r"(?!.*\b(?:said|says|told|replied|responded|answered)\b)|"
    r"\bdemand[ée]\w*\b(?:\s+[\w.'’-]+){0,6}?\s+(?:si|s['’]ils?|ce que|quel\w*|comment|"
    r"pourquoi|quand)\b(?!.*\b(?:a|ont)\s+(?:dit|répondu|déclaré|affirmé)\b)",
    re.I,
)


def _reply_past_the_question(sentence: Sentence, story: Sequence[Sentence]) -> Sentence | None:
    """When `sentence` tells of a question put to someone and the next sentence quotes it
    ("“What's your response…?” Tapper asked Kelly."), the sentence after that, where the
    reply stands ("“Disbelief,” Kelly said…"); else None."""
    asked = following(sentence, story)
    if asked and _QUESTION_PUT.search(sentence.text) and _QUOTED_QUESTION.search(asked.text):
        return _next_citable(asked, story)
    return None


def _voice_after(sentence: Sentence, after: Sentence | None, voices: frozenset[str]) -> bool:
    """Whether `after` directly quotes one of `voices` (speaker keys) whom `sentence` names, or
    is a quotation standing alone after a sentence naming one of them and quoting no one else
    ("Lithuanian President Gitanas Nauseda made a strong appeal…", then '"Antony, deterrence
    is no longer enough…')."""
    if after is None:
        return False
    named = {person_key(w) for w in _CAPITALISED.findall(sentence.text)}
    said = after.attribution
    if said is None:
        own = sentence.attribution
        return (
            after.text[:1] in QUOTE_MARKS
            and bool(voices & named)
            and (own is None or own.key in voices)
        )
    return said.quote and said.key in voices and said.key in named


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_QUOTED_QUESTION = re.compile(r"\?\s*[\"”’'»]")  # a question put in quotation marks


def _story(article: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of an article an excerpt may read on through: not a headline, nor one
    standing for another's antecedent."""
    return [s for s in article if not s.with_antecedent and not s.headline]


def _last_sentence(excerpt: Sentence, story: Sequence[Sentence]) -> Sentence | None:
    """The story's sentence an excerpt (perhaps read on over several) ends on, or None."""
    return next((s for s in story if s.end == excerpt.end), None)


def _next_citable(sentence: Sentence, story: Sequence[Sentence]) -> Sentence | None:
    """The sentence after `sentence` in `story` when an excerpt may be read on to it (no
    caption, question or photo credit), else None."""
    after = following(sentence, story)
    return after if after and after.citable and not _CREDIT.search(after.text) else None


def _read_to(sentence: Sentence, after: Sentence) -> Sentence:
    """`sentence` read on to the end of `after`, the text between included."""
    text = sentence.chunk.text
    return replace(sentence, end=after.end, text=text[sentence.start : after.end])


def read_from(sentence: Sentence, before: Sentence) -> Sentence:
    """`sentence` read from the start of `before`, the text between included."""
    text = sentence.chunk.text
    return replace(sentence, start=before.start, text=text[before.start : sentence.end])


def _previous_citable(sentence: Sentence, story: Sequence[Sentence]) -> Sentence | None:
    """The sentence before `sentence` in `story` when an excerpt may be read from it (no
    caption, question or photo credit), else None."""
    before = preceding(sentence, story)
    return before if before and before.citable and not _CREDIT.search(before.text) else None


# The pronouns a sentence going on with the subject of the one before it opens with.
_SUBJECT_PRONOUNS = "it|they|he|she|il|elle|ils|elles"
# A sentence that goes on with the one before it: "According to German news agency DPA, the
# company submitted applications… to supply 88 Leopard 1 battle tanks", "It said…", "Selon…".
_GOES_ON = re.compile(
    rf"^\W*(?:according to|{_SUBJECT_PRONOUNS}|this|these|the (?:company|firm|group|plan|deal|"
    r"proposal|package|bill|law|measure)|selon|cela|ce plan|cette)\b",
    re.I,
)
_FIGURE = re.compile(r"\d")
# A sentence opening on what a plan holds details it, figure or not: "The head of the European
# Commission… has unveiled… the bloc's fifth round of sanctions", then "Under the plans, … the
# EU would ban imports of Russian coal and bar most Russian ships from EU ports."
_DETAILS = re.compile(
    r"^\W*(?:under (?:the|these|this|its|their|his|her) (?:new |proposed )?(?:plans?|proposals?|"
    r"deal|package|measures?|agreement|terms|scheme)|aux termes (?:de|du)|selon ce plan|"
    r"en vertu (?:de|du) (?:ce|cet|cette) )\b",
    re.I,
)


def specifics_read_on(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """An excerpt read with the sentence after it when that one goes on with it (a reference
    back: "According to…", "the company…") and gives a figure the excerpt lacks: news states
    what was offered, then the detail ("…applied for permission to deliver heavy weapons" then
    "…to supply 88 Leopard 1 battle tanks"). Else returned as it is."""
    story = _story(article)
    after = _next_citable(sentence, story)
    if after is not None and _DETAILS.search(after.text):
        return _read_to(sentence, after)
    if (
        after is None
        or not _GOES_ON.search(after.text)
        or not _FIGURE.search(after.text)
        or _FIGURE.search(sentence.text)
    ):
        return sentence
    return _read_to(sentence, after)


# A sentence going on with the one before it, its subject the same: "He also said Putin is
# threatened by…", "Her grandfather… is ready to take her into his home.", "In addition, his
# legislation would require a report…", "It announced an indefinite ban…".
_CONTINUES = re.compile(
    rf"^\W*(?:(?:{_SUBJECT_PRONOUNS}|his|her|their|its)\b(?![’']s\s+(?:not|unclear|unknown)\b)|"
    r"in addition|also|moreover|furthermore|en outre|de plus)\b",
    re.I,
)


def goes_on_read_on(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """An excerpt read with the sentence after it when that one goes on with its subject (a
    pronoun or "in addition" opens it): news tells what someone said or did over sentences,
    and the second often holds what was asked ("Hoffman said it was also important to
    highlight why Zelenskyy is a top target…", then "He also said Putin is threatened by the
    amount of international support…"). Else returned as it is."""
    after = _next_citable(sentence, _story(article))
    if after is None or not _CONTINUES.search(after.text):
        return sentence
    return _read_to(sentence, after)


# The sentences of someone's words an excerpt reads on to at most: news reports the gist, then
# the words, over a few sentences.
QUOTED_AFTER = 3


def _their_words_on(
    sentence: Sentence,
    after: Sentence | None,
    story: Sequence[Sentence],
    key: str,
    quoted: bool = False,
) -> Sentence:
    """`sentence` read on from `after` while the sentences give the words of the speaker `key`
    (with `quoted`, their direct quotations only), `QUOTED_AFTER` at most."""
    read = sentence
    for _ in range(QUOTED_AFTER):
        said = after.attribution if after is not None else None
        if after is None or said is None or said.key != key or (quoted and not said.quote):
            break
        read, after = _read_to(sentence, after), _next_citable(after, story)
    return read


def own_words_read_on(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """A speaker's words read on to the next sentences while they give the same speaker's
    words, `QUOTED_AFTER` at most ("Dmytro Kuleba told NATO allies they had “days not weeks”…",
    then "Speaking after talks…, he said: “The Battle for Donbas is underway…”"), or, when it
    tells of a question put to them and the next sentence quotes the question, to their reply
    after that and on ("…Tapper asked him how he feels…", "“What's your response…?” Tapper
    asked Kelly.", "“Disbelief,” Kelly said…", "Putin is a tyrant, he added."). Anyone else's
    words are not read on to."""
    said = sentence.attribution
    if said is None or not said.key:
        return sentence
    story = _story(article)
    if not any(s.start == sentence.start and s.end == sentence.end for s in story):
        return sentence  # already read with what follows it (`quotes.whole_quotation`)
    after = _reply_past_the_question(sentence, story) or _next_citable(sentence, story)
    return _their_words_on(sentence, after, story, said.key)


def voice_quotes_read_on(
    sentence: Sentence, article: Sequence[Sentence], voices: frozenset[str]
) -> Sentence:
    """An excerpt ending on a sentence that tells, without quoting, what one of `voices`
    (speaker keys) said or did, read on to their direct quotations right after it, at most
    `QUOTED_AFTER` of them: "…Yermak slammed the daily reality-denying propaganda…", then
    "“It's terrible,” he said.", "“It is impossible to listen how the journalists…,” Yermak
    continued.", "“Absolutely fakes. … It's 100% of the fakes,” he added." (how he described
    it is in his words). Else returned as it is."""
    story = _story(article)
    last = _last_sentence(sentence, story)
    if not voices or last is None or any(ch in QUOTE_MARKS for ch in last.text):
        return sentence
    named = {person_key(w) for w in _CAPITALISED.findall(last.text)}
    own = last.attribution
    if not voices & named or (own is not None and own.key and own.key not in voices):
        return sentence
    after = _next_citable(last, story)
    first = after.attribution if after is not None else None
    if first is None or first.key not in voices & named:
        return sentence
    # the one the sentence tells of, then the same one (not Biden after Rogozin)
    read = _their_words_on(sentence, after, story, first.key, quoted=True)
    return read if read is sentence else whole_quotation(read, story)  # to its closing mark


def second_figure_read_on(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """An excerpt giving at most one figure read on to the next sentence when that one gives
    another, else, giving one, read from the sentence before when that one gives another: a
    question asking two values ("quelle part des Finlandais soutenait l'adhésion, contre
    combien avant l'invasion ?") is answered by both ("…only around 20% of Finns supported
    joining NATO." then "Now, about 75% do."; "“The 83 missiles that Russia used today…,”
    Luzhin… told The Insider." before "Russia produces no more than 200 advanced cruise
    missiles a year, he said…")."""
    given = len(figures_in(sentence.text))
    if given > 1:
        return sentence
    story = _story(article)
    after = _next_citable(sentence, story)
    if after is not None and figures_in(after.text):
        return _read_to(sentence, after)
    before = _previous_citable(sentence, story) if given else None
    return read_from(sentence, before) if before and figures_in(before.text) else sentence


def continued_quote_read_on(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """An excerpt ending on someone's direct quotation read on to the next sentence when that one
    goes on quoting them untagged, as news sets a quotation in paragraphs ("“…from a position of
    strength,” said Richard Moore, director of MI6." then "“It's because Xi Jinping is watching
    this like a hawk.”"), whole when it runs over several sentences ("“I don’t think so." then
    "I think he’s a cold, hard, calculating man.”"). Else returned as it is."""
    story = _story(article)
    last = _last_sentence(sentence, story)
    after = _next_citable(sentence, story)
    said = last.attribution if last is not None else None
    if said is None or not said.key or not said.quote or after is None:
        return sentence
    goes_on = after.attribution
    if goes_on is None or not goes_on.continues or goes_on.key != said.key:
        return sentence
    # a quotation standing alone, no "he added" or "selon lui", over one sentence or several
    after = whole_quotation(after, story, run_on=False)
    bare = after.text.strip()
    if len(bare) < 2 or bare[0] not in QUOTE_MARKS or bare[-1] not in QUOTE_MARKS:
        return sentence
    return _read_to(sentence, after)


def first_excerpt(
    sentence: Sentence,
    story: Sequence[Sentence],
    voices: frozenset[str],
    details: bool,
    copies: set[str],
    republished: Callable[[Sentence], set[str]],
    own_words: bool = False,
    second_value: bool = False,
    words_go_on: bool = False,
) -> Sentence:
    """An answer's first excerpt read on (`lead_read_on`, with `voices`; with `own_words`, a
    speaker's excerpt only to more of their words, `own_words_read_on`) and its quotation
    shown whole, with `words_go_on` to the same speaker's untagged quotation after it
    (`continued_quote_read_on`) and from a sentence telling what one of `voices` said to their
    quotations after it (`voice_quotes_read_on`), or with `details` read on to the figures or
    details the next sentence gives (`specifics_read_on`), or with `second_value` to a second
    figure (`second_figure_read_on`), else with `details` or `words_go_on` to a sentence going
    on with its subject (`goes_on_read_on`); as it is when a copy republishing it (`copies`:
    the files holding the same sentence; `republished` gives them for another sentence) lacks
    a sentence it would read on to."""
    own = own_words_read_on if own_words else lambda s, a: lead_read_on(s, a, voices)
    read = whole_quotation(own(sentence, story), story)
    if words_go_on:  # "…,” said Richard Moore…", then "“It's because Xi Jinping is watching…”"
        read = continued_quote_read_on(read, story)
        read = voice_quotes_read_on(read, story, voices)  # "Yermak slammed…", then his words
    if read is sentence and details:  # "…heavy weapons", then "…to supply 88 Leopard 1…"
        read = specifics_read_on(sentence, story)
    if read is sentence and second_value:  # "…only 20% of Finns…", then "Now, about 75% do."
        read = second_figure_read_on(sentence, story)
    if read is sentence and (details or words_go_on):  # "…top target", then "He also said…"
        read = goes_on_read_on(sentence, story)
    lacking = copies and any(
        copies - republished(s) for s in story if sentence.end <= s.start and s.end <= read.end
    )
    return sentence if lacking else read
