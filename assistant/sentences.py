"""An article's sentences with their speakers: computed once at ingest, stored, loaded per article.

`sentence_rows` splits each paragraph into sentences (`chunking.sentence_spans`), gives each its
speaker (`attribution`) and its flags (a headline, a sentence addressed to an assistant), as
JSON-ready rows the catalog stores. `load_sentences` turns the rows back into `Sentence`s and
adds, for each sentence that refers back ("Ce qu'Européens… refusent"), a candidate joined to the
sentence before it. Whether an answer may cite a sentence (`Sentence.citable`: no headline,
caption, text addressed to an assistant, nor question) and where and when it was published
(`where_told`) are here too; how far an excerpt reads on is `read_on`'s. Scoring sentences is
the answerer's job, not this module's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields
from functools import cached_property
from typing import Any

from assistant.attribution import Attribution, attribute
from assistant.chunking import sentence_spans
from assistant.identity import names_no_one, roles_taught
from assistant.lexical import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, tokens
from assistant.types import Article, Chunk, Citation

HEADLINE = 1  # the article's title line: a headline, not a claim to cite
ADDRESSED = 2  # speaks to an assistant or gives it instructions: never an answer

_ATTRIBUTION_FIELDS = frozenset(f.name for f in fields(Attribution))


# A story is about what its headline and first two sentences name (news states its subject up
# front). Measured on the news eval and samples: the headline and one sentence miss Mariupol in
# a Mariupol story.
LEAD_SENTENCES = 3
CHAIN = 3  # sentences a candidate joins, when each refers back to the one before


@dataclass(frozen=True)
class Sentence:
    """A sentence of an indexed article, with its speaker when it has one."""

    chunk: Chunk  # the article as one span (for title, date, source, outlet)
    start: int
    end: int
    text: str
    attribution: Attribution | None
    with_antecedent: bool = False  # the previous sentence is included for its reference
    flags: int = 0

    @property
    def headline(self) -> bool:
        """Whether the sentence is the article's headline."""
        return bool(self.flags & HEADLINE)

    @property
    def addressed(self) -> bool:
        """Whether the sentence addresses an assistant (flagged at ingest, never an answer)."""
        return bool(self.flags & ADDRESSED)

    def citation(self, n: int, score: float) -> Citation:
        """This sentence cited as [n]."""
        c = self.chunk
        return Citation(
            n,
            c.article_id,
            c.title,
            c.date,
            c.source,
            self.text,
            self.start,
            self.end,
            round(score, 4),
            published=c.published,
            outlet=c.outlet,
            url=c.url,
        )

    @cached_property
    def own_words(self) -> frozenset[str]:
        """The sentence's tokens (computed once: a sentence is scored for many questions)."""
        return frozenset(tokens(self.text))

    @property
    def unnamed_speaker(self) -> str:
        """The speaker the article gives the sentence when the sentence does not name it
        itself ("a-t-il déploré"), else ''."""
        speaker = self.attribution.speaker if self.attribution else ""
        return "" if speaker.lower() in self.text.lower() else speaker

    @cached_property
    def words(self) -> frozenset[str]:
        """The sentence's tokens and its unnamed speaker's: "Il s'agit du redéploiement…" is
        the Kremlin spokesman's, so a question or a claim on what the Kremlin says matches."""
        return self.own_words | frozenset(tokens(self.unnamed_speaker))

    @property
    def caption(self) -> bool:
        """Whether the sentence is a photo caption left in the text by the scrape ("Secretary of
        State Antony Blinken greets … before their meeting, Friday, Jan. 21, 2022, in Geneva,
        Switzerland."): it describes a picture, it reports nothing."""
        text = self.text
        if len(text) > CAPTION_MAX:
            return False
        return bool(
            _CAPTION.search(text)
            or _POSITIONED.search(text)
            or _PICTURED.match(text)
            or (_CAPTION_PRESENT.search(text) and not _PAST.search(text))
        )

    @property
    def citable(self) -> bool:
        """Whether an answer may cite the sentence: not a headline, a photo caption, text
        addressed to an assistant, nor a question (it asks, it does not answer)."""
        return not (self.headline or self.caption or self.addressed or asks(self.text))

    def overlaps(self, other: Sentence) -> bool:
        """Whether both cover some of the same text."""
        same = self.chunk.source == other.chunk.source
        return same and self.start < other.end and other.start < self.end


def asks(text: str) -> bool:
    """Whether a sentence is itself a question ("Could Russia use tactical nuclear weapons?"):
    it asks, it does not answer."""
    return text.rstrip(" \"'’”»").endswith("?")


@dataclass(frozen=True)
class Scored:
    """A candidate sentence and its score for one question."""

    sentence: Sentence
    score: float


# A photo caption's end: the picture's date and place ("…, Friday, March 25, 2022, in Jasionka,
# Poland.", "…in Kyiv, Ukraine, Saturday, June 18, 2022."). Measured on the 76k sentences of the
# news corpus: 459 such; the 398 of at most `CAPTION_MAX` characters are captions, the 61 longer
# ones a sentence the scrape glued to a caption (kept: the sentence reports something).
CAPTION_MAX = 250
_MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES[0].split())  # English, as captions are
_MONTH_DAY = (
    rf"(?:{_MONTHS}|{'|'.join(a.capitalize() for a in MONTH_ABBREVIATIONS)})\.? \d{{1,2}} ?, ?"
    rf"\d{{4}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}}"
)
_WEEKDAYS = "|".join(d.capitalize() for d in WEEKDAY_NAMES[0].split())
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
_DATE_IN = rf"\b(?:{_MONTH_DAY}), in {_PLACE}"  # "…March 10, 2022, in Washington"
_DAY = rf"(?:{_WEEKDAYS}),? (?:{_MONTH_DAY})"  # "Thursday, Jan. 13, 2022"
_END = r"\.?[\"”’)]*\s*$"  # a caption's last words, before its full stop and closing marks
_CAPTION = re.compile(rf"(?:{_DATE_IN}|\b\d{{4}}, in {_PLACE}), {_PLACE}{_END}|, {_DAY}{_END}")
# A caption's other ends, told in the present (so `_PAST` rules them out): the place then the
# date, "…speaks during a news conference in Moscow on Nov. 30, 2021." (36 sentences of the news
# corpus end so, all captions but one telling the past: "a phone call that took place at Mr.
# Putin's request on December 31, 2021"); the date and a place alone, "…listen to testimony
# during a Senate hearing March 10, 2022, in Washington." (10, all captions; not "The talks were
# held on Jan. 21, 2022, in Geneva."); the weekday after "on", "…exiting a meeting… in
# Washington, on Thursday, Jan. 13, 2022." (16 places of the corpus, all captions).
_CAPTION_PRESENT = re.compile(
    rf"\b(?:in|at) (?:the )?{_PLACE}(?:'s? [\w-]+(?: [\w-]+)?)? on (?:{_MONTH_DAY}){_END}|"
    rf"{_DATE_IN}{_END}|"
    rf", on {_DAY}{_END}"
)
# Who stands where in the picture ("Andy Huynh, far left, and Alex Drueke, right, are seen…"):
# 45 sentences of the news corpus of at most `CAPTION_MAX` characters, all captions.
_SIDES = r"(?:left|right|center|centre)"
_POSITIONED = re.compile(rf"\b(?!{_SIDES}\b)[\w'’.-]+, (?:far |second from )?{_SIDES},")
_PAST = re.compile(r"\b(?:was|were|had|has|have|said|took|did)\b")
# A caption telling what the picture shows ("In this image posted by Kursk regional Gov. Roman
# Starovoit, a severely damaged bridge is seen…", "In this handout photo released by…"): 57
# sentences of the news corpus open so.
_PICTURED = re.compile(
    r"(?:In|On) this (?:[\w-]+ ){0,3}?(?:image|photo|photograph|picture|video|frame|still)s?\b"
)

# Ending on what the sentence before told: "…given the order to leave Sievierodonetsk to
# prevent that.", "…to stop it." (in narration: a quotation's "it" is its own).
_POINTS_BACK = r"^(?![\"“«'‘]).*\b(?:that|this|it|cela|ça)[.!]?$"
_POINTS_BACK_RE = re.compile(_POINTS_BACK)
# A sentence opening on a pronoun or "in this sense", or ending on one, leans on the one before.
_ANAPHORA = re.compile(
    r"^(?:Ce|Cela|Ceci|Cette|Ces|Il|Elle|Ils|Elles|It|This|That|These|They)\b|"
    # a consequence of what the sentence before told, in narration or in a quotation: "“As
    # such, we're unlikely to see an influx of reservists…” (after why)
    r"^[\"“«'‘]?\s*(?:As such|As a result|Therefore|Thus|Hence|For that reason|"
    r"That is why|That's why|That’s why|C['’]est pourquoi|Par conséquent|De ce fait)\b|"
    # a time or a fact the sentence before told: "“At which time we will be in the depths of a
    # Ukrainian winter,” Lord said." (after "it would take at least three months…")
    r"^[\"“«'‘]?\s*(?:(?:At|By) which time|Which (?:means|is why)|By then|"
    r"At that (?:time|point)|À ce moment-là|D['’]ici là)\b|"
    r"\ben ce sens\b|\bin this sense\b|"
    # a decision, a measure or words the sentence before told, named by what it was: "The
    # distinction is meant to avoid Russia being able to claim…" (after the decision to call it
    # "situational awareness"), "La mesure vise à…"
    r"^(?:The|Such an?)\s+(?:move|decision|distinction|step|measure|shift|change|policy|"
    r"approach|tactic|strategy|proposal|announcement|designation|choice|remarks?|comments?|"
    r"statement|request|demand|offer|warning)\s+(?:(?:is|was|are|were)\s+(?:meant|intended|"
    r"designed|aimed|expected|likely)|follows|followed|means|meant|aims?|aimed|would\s+"
    r"(?:allow|mean|let|help|give))\b|"
    r"^(?:La|Le|L['’])\s*(?:décision|mesure|distinction|démarche|initiative|annonce|"
    r"proposition|choix|geste|changement|déclaration|demande|offre)\s+(?:vise|visait|"
    r"intervient|intervenait|fait suite|permet|permettrait|doit permettre)\b|"
    rf"{_POINTS_BACK}|"
    # what someone said of something the sentence before names, the sentence opening on who:
    # "Lavrov called it 'a dialogue of the deaf'", "Le Kremlin l'a qualifié de…" (not "Peskov
    # denied the claim and called it…", whose "it" is its own)
    r"^(?:(?:The|Le|La|Les|[A-Z][\w.'’-]*)\s+){1,4}(?:"
    r"(?:called|described|dismissed|labell?ed|termed|hailed|denounced|condemned|welcomed|"
    r"slammed|critici[sz]ed|praised)\s+(?:it|this|them)\b|"
    r"l(?:['’]|es\s+)a(?:vait|vaient|ont)?\s+(?:qualifiée?s?|décrite?s?|jugée?s?|"
    r"dénoncée?s?|condamnée?s?|saluée?s?)\b)"
)


_ECHO_WORD = re.compile(r"\w+")
ECHO_MIN_WORDS = 10  # shorter sentences ("He said no.") repeat by chance


def echo_key(text: str) -> str | None:
    """A key shared by the same sentence in two articles (republished wire copy), whatever
    the quotes, dashes and case: None for sentences too short to tell."""
    words = _ECHO_WORD.findall(text.lower())
    if len(words) < ECHO_MIN_WORDS:
        return None
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def sentence_spans_of(article: Article) -> list[tuple[int, int]]:
    """(start, end) of every sentence of the article, paragraph by paragraph."""
    return [
        span
        for start, end in article.paragraphs
        for span in sentence_spans(article.text, start, end)
    ]


def sentence_rows(
    article: Article, flag: Any = None
) -> tuple[list[list[Any]], dict[str, list[str]]]:
    """The article's sentences as stored rows `[start, end, attribution | None, flags]`, and
    the roles it teaches ("Kremlin spokesman" → Dmitry Peskov, see `attribution.RoleBook`);
    `flag(text) -> bool` marks sentences addressed to an assistant."""
    spans = sentence_spans_of(article)
    found = attribute(article.text, spans)
    # A title without final punctuation is a headline ("Satellite photos raise concerns…");
    # one that ends like a sentence is a lede, a claim like any other.
    headline = bool(article.title) and not article.title.rstrip().endswith(
        (".", "!", "?", "»", '"')
    )
    title_end = article.paragraphs[0][0] + len(article.title) if headline else -1
    rows = []
    for (start, end), attribution in zip(spans, found, strict=True):
        flags = HEADLINE if start < title_end else 0
        if flag is not None and flag(article.text[start:end]):
            flags |= ADDRESSED
        rows.append([start, end, asdict(attribution) if attribution else None, flags])
    return rows, roles_taught(article.text, found)


RoleResolver = Callable[[str], "tuple[str, str] | None"]


def load_sentences(
    chunk: Chunk, text: str, rows: list[list[Any]], roles: RoleResolver | None = None
) -> list[Sentence]:
    """Sentences from stored rows; `chunk` spans the whole article, `text` is its text.
    `roles` names a speaker the article only describes ("the Kremlin spokesman"), from what
    all indexed articles teach (role key → (person key, display name))."""
    sentences = [
        Sentence(chunk, start, end, text[start:end], _attribution(att, roles), False, flags)
        for start, end, att, flags in rows
    ]
    return sentences + _with_antecedents(sentences, text)


def _attribution(data: dict[str, Any] | None, roles: RoleResolver | None) -> Attribution | None:
    if not data:
        return None
    key = data.get("key", "")
    # a role, not a person's name, of one person ("the Kremlin spokesman", not "a mayor"):
    # named elsewhere?
    if roles is not None and " " in key and not names_no_one(data.get("speaker", "")):
        known = roles(key)
        if known:
            data = {**data, "key": known[0], "person": known[1]}
    known = {
        k: tuple(v) if isinstance(v, list) else v
        for k, v in data.items()
        if k in _ATTRIBUTION_FIELDS
    }
    return Attribution(**known)


def _with_antecedents(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Extra candidates: each sentence that refers back, joined to the sentence before it, and
    also to the one before that when it refers back too (at most `CHAIN` sentences): "Lord said it
    would take at least three months… “At which time we will be in the depths of a Ukrainian
    winter,” Lord said. “As such, we're unlikely to see…”"."""

    def leans(i: int) -> bool:  # sentence i refers back to sentence i - 1
        prev, cur = sentences[i - 1], sentences[i]
        return bool(
            _ANAPHORA.search(cur.text)
            and not prev.headline
            and "\n\n" not in text[prev.end : cur.start]
        )

    joined = []
    for i in range(1, len(sentences)):
        if not leans(i):
            continue
        first = i - 1
        joined.append(_joined(sentences[first : i + 1], text))
        while first > 0 and i - first + 1 < CHAIN and leans(first):
            first -= 1
            joined.append(_joined(sentences[first : i + 1], text))
    return joined


def _joined(run: list[Sentence], text: str) -> Sentence:
    """One candidate of a run of sentences, each referring back to the one before: the last
    one's words and speaker, read with what they refer to."""
    flags = 0
    for sentence in run:
        flags |= sentence.flags
    last = run[-1]
    return Sentence(
        last.chunk,
        run[0].start,
        last.end,
        text[run[0].start : last.end],
        last.attribution,
        True,
        flags,
    )


def with_what_it_points_to(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """A sentence ending on what the sentence before told ("…the order to leave
    Sievierodonetsk to prevent that."), as the article's loaded sentences join it to that one
    ("…in a bid to encircle Ukrainian forces."): alone it says nothing of what it prevents.
    Any other sentence is returned as it is."""
    if sentence.with_antecedent or not _POINTS_BACK_RE.search(sentence.text):
        return sentence
    joined = (s for s in article if s.with_antecedent and s.end == sentence.end)
    return next(joined, sentence)


def following(sentence: Sentence, article: Sequence[Sentence]) -> Sentence | None:
    """The sentence of `article` (its sentences as loaded) right after `sentence`, or None."""
    after = [s for s in article if not s.with_antecedent and s.start >= sentence.end]
    return min(after, key=lambda s: s.start) if after else None


def preceding(sentence: Sentence, article: Sequence[Sentence]) -> Sentence | None:
    """The sentence of `article` (its sentences as loaded) right before `sentence`, or None."""
    before = [s for s in article if not s.with_antecedent and s.end <= sentence.start]
    return max(before, key=lambda s: s.end) if before else None


def where_told(
    sentence: Sentence, echoes: list[tuple[str, str | None, str | None]], language: str
) -> str:
    """Where and when a sentence was published, and republished (`echoes`: file, outlet,
    date), as an excerpt shows it: ' — CNN, 2022-02-03 (also in: ABC News, 2022-02-04)', or ''
    when neither outlet nor date is known."""
    chunk = sentence.chunk
    own = ", ".join(x for x in (chunk.outlet, chunk.published) if x)
    if not own:
        return ""
    others = list(dict.fromkeys(", ".join(x for x in (o, d) if x) for _, o, d in echoes))
    others = [o for o in others if o]
    also = (" (aussi dans : " if language == "fr" else " (also in: ") + "; ".join(others) + ")"
    return f" — {own}" + (also if others else "")


def lead_words(article: Sequence[Sentence]) -> frozenset[str]:
    """The tokens of an article's headline and first `LEAD_SENTENCES` sentences (its sentences
    as loaded): what the story is about, which later sentences may not repeat ("the Tesla
    CEO", "the Russian president")."""
    lead = [s for s in article if not s.with_antecedent][:LEAD_SENTENCES]
    title = tokens(lead[0].chunk.title) if lead else []
    return frozenset(title).union(*(s.own_words for s in lead))
