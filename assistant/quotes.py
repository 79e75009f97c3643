"""Quote answers: which of a speaker's sentences to show, and the line that introduces them.

A speaker quoted in one story gets up to `MAX_QUOTES` quotes in reading order; one quoted in
many stories gets the best quote of each of the first `MAX_STORIES` stories, and the lead says
how many articles quote them. An excerpt inside a quotation shows it whole, from its opening
to its end.
Speakers are named as the articles name them. Finding who said what is `attribution`'s job;
scoring sentences is the answerer's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from assistant.attribution import Attribution
from assistant.bridges import SAME_WORD_WEIGHTS
from assistant.lexical import normalize, tokens
from assistant.query import Query
from assistant.quotations import quote_layouts
from assistant.sentences import Sentence, following
from assistant.speakers import describes_person, first_names_alike

MAX_QUOTES = 6  # a speaker in one story: at most this many of their quotes
MAX_STORIES = 5  # a speaker quoted in many articles: the best quote of this many stories
MAX_CONTINUED = 2  # sentences an excerpt takes before or after it to show its whole quotation


def most_quoted(sentences: Sequence[Sentence]) -> list[str]:
    """The quoted speakers' display names (one per identity), most quoted first, ties by name."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for s in sentences:
        a = s.attribution
        if a and a.quote and not s.with_antecedent:
            key = a.key or a.speaker
            counts[key] += 1
            names.setdefault(key, Counter())[a.name] += 1
    shown = {k: min(names[k].items(), key=lambda kv: (-kv[1], kv[0]))[0] for k in counts}
    return [shown[k] for k in sorted(counts, key=lambda k: (-counts[k], shown[k].lower()))]


def mid_sentence(name: str) -> str:
    """A speaker's name as it reads inside a sentence ("Le Kremlin" → "le Kremlin")."""
    return re.sub(
        r"^(?:(?:Le|La|Les|The|A|An)(?=\s)|L['’](?=\w))", lambda m: m.group(0).lower(), name
    )


def whole_quotation(
    sentence: Sentence, article: Sequence[Sentence], run_on: bool = True
) -> Sentence:
    """The sentence, joined to the sentences before it back to where the quotation it starts
    inside opened, and after it to where the quotation it leaves open ends (at most
    `MAX_CONTINUED` each way): "I didn't really say goodbye to the kids." is cut from its
    speaker's "I just kissed them goodbye, and I said that I'll be right back.", and
    "…is the only way to ensure nuclear safety," Galushchenko said' from its opening words; a
    speaker's words reported without quotation marks, to the quotation of theirs that follows
    (`_with_quote_after`), unless `run_on` is False."""
    spans = [(s.start, s.end) for s in article if not s.with_antecedent]  # in reading order
    first = next((k for k, (start, _) in enumerate(spans) if start == sentence.start), None)
    own = next((k for k, (_, end) in enumerate(spans) if end == sentence.end), None)
    if first is None or own is None or own < first:
        return sentence
    text = sentence.chunk.text
    low = max(0, first - MAX_CONTINUED - 1)  # read from before the quotation can have opened
    layouts = quote_layouts(text, spans[low : own + MAX_CONTINUED + 1])
    begin, last = first - low, own - low
    span = layouts[begin].quote_span
    while (
        span is not None
        and begin > 0
        and first - low - begin < MAX_CONTINUED
        and layouts[begin].starts_open
        and layouts[begin - 1].quote_span == span
    ):
        begin -= 1
    span = layouts[last].quote_span
    while (
        span is not None
        and last + 1 < len(layouts)
        and last < own - low + MAX_CONTINUED
        and layouts[last + 1].starts_open
        and layouts[last + 1].quote_span == span
    ):
        last += 1
    if (begin, last) != (first - low, own - low):
        start, end = spans[low + begin][0], spans[low + last][1]
        sentence = Sentence(sentence.chunk, start, end, text[start:end], sentence.attribution)
    return _with_quote_after(sentence, article) if run_on else sentence


_OPENS_QUOTE = re.compile(r"^[\"“«‘]")


def in_their_words(sentence: Sentence, article: Sequence[Sentence]) -> bool:
    """Whether `sentence` gives its speaker's own words: it quotes them, or reports them right
    before a quotation of theirs ('…, said Michael Kofman, an expert…', then '"The big question
    is…" he said.'). A sentence of no speaker gives nobody's words."""
    said = sentence.attribution
    if said is None or said.quote:
        return said is not None
    return _with_quote_after(sentence, article) is not sentence


def _with_quote_after(sentence: Sentence, article: Sequence[Sentence]) -> Sentence:
    """A speaker's words, joined to the direct quotations of theirs that follow (at most
    `MAX_CONTINUED`): reported without quotation marks ('Podolyak said Moscow had
    miscalculated.', then '"When you want to play blackmail, it is important not to outplay
    yourself," he said.'), or quoted and closed on who said them ('…from a significant position
    of strength," said Richard Moore, director of MI6.', then '"It's because Xi Jinping is
    watching this like a hawk."'), and so on ('“There is no purgatory for war criminals,”
    Kyslytsya told Nebenzya.', then '“They go straight to hell, Ambassador.”')."""
    said = sentence.attribution
    if said is None or not said.key:
        return sentence
    text = sentence.chunk.text
    read = sentence
    for _ in range(MAX_CONTINUED):
        after = following(read, article)
        if after is None or not _OPENS_QUOTE.match(after.text):
            break
        quoted = after.attribution
        theirs = quoted is not None and quoted.quote and quoted.key == said.key
        # a quotation standing alone right after someone's words is theirs: "Burns said the
        # CIA is aware of no evidence…", then "“There are lots of rumors… entirely too healthy.”"
        if not theirs and not (
            quoted is None and quote_layouts(text, [(after.start, after.end)])[0].all_quote
        ):
            break
        end = whole_quotation(after, article, run_on=False).end  # that quotation whole
        read = Sentence(sentence.chunk, sentence.start, end, text[sentence.start : end], said)
    return read


# A phrase a headline puts in quotation marks ("Blinken warns Russia of 'severe consequences'",
# "World One Step From 'Nuclear Annihilation,' UN Chief Warns"): 838 of the news corpus's 2,608
# headlines quote one, the story's key quote. An apostrophe inside a word opens nothing.
_HEADLINE_QUOTE = re.compile(
    r"(?:^|(?<=[\s(]))['‘\"“](?P<phrase>[^'‘’\"“”]{3,}?)[,.!?]?['’\"”](?=[\s,:;.!?)]|$)"
)


def echoes_headline(sentence: Sentence) -> bool:
    """Whether the sentence holds a phrase its article's headline quotes: the story's key
    quote ("…one miscalculation away from nuclear annihilation" under "World One Step From
    'Nuclear Annihilation,' UN Chief Warns")."""
    text = normalize(sentence.text)
    return any(
        normalize(m.group("phrase")) in text
        for m in _HEADLINE_QUOTE.finditer(sentence.chunk.title)
        if len(m.group("phrase").split()) > 1
    )


def one_story_each(ranked: list[Sentence], one_story: int = MAX_QUOTES) -> list[Sentence]:
    """The quotes to show, best first: from several stories (articles), one quote of each of
    the first `MAX_STORIES`, the one its headline quotes when one of those ranked does (the
    story's key quote, `echoes_headline`), else its best; from one story, up to `one_story` of
    them in reading order."""
    stories: dict[str, list[Sentence]] = {}
    for sentence in ranked:
        stories.setdefault(sentence.chunk.source, []).append(sentence)
    if len(stories) == 1:
        only = next(iter(stories.values()))[:one_story]
        return sorted(distinct(only), key=lambda s: s.start)
    return [
        next((s for s in sentences if echoes_headline(s)), sentences[0])
        for sentences in list(stories.values())[:MAX_STORIES]
    ]


def distinct(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, dropping any that overlaps one kept before it."""
    kept: list[Sentence] = []
    for sentence in sentences:
        if not any(sentence.overlaps(k) for k in kept):
            kept.append(sentence)
    return kept


def quote_lead(
    language: str,
    speakers: list[Attribution],
    date: str | None,
    quoted_in: int = 0,
    several: bool = False,
) -> str:
    """'What X (role) said…', naming each distinct speaker (one per identity) of the excerpts
    that follow, as the article names them; with several stories, how many articles quote
    them and that one quote per story follows."""
    first: dict[str, Attribution] = {}
    for a in speakers:
        known = first.setdefault(a.key or a.speaker, a)
        if _office(a) and not _office(known):  # name the role when one excerpt gives it
            first[a.key or a.speaker] = a
    described = dict.fromkeys(
        f"**{a.name}**" + (f" ({_office(a)})" if _office(a) else "") for a in first.values()
    )
    joiner = " et " if language == "fr" else " and "
    who = joiner.join(described)
    when = f" ({date})" if date else ""
    if language == "fr":
        count = f", cité dans {quoted_in} articles" if quoted_in > 1 else ""
        each = " ; les citations les plus pertinentes, une par article" if several else ""
        return f"Propos attribués à {who} dans les articles{when}{count}{each} :"
    count = f", quoted in {quoted_in} articles" if quoted_in > 1 else ""
    each = "; the most relevant quotes, one per story" if several else ""
    return f"What {who} said, according to the articles{when}{count}{each}:"


def _office(attribution: Attribution) -> str:
    """The speaker's role as the article gives it, when it names an office ("Kremlin
    spokesman", "Sen."), not words the scrape glued before the name ("Social media propaganda
    Kelly said")."""
    role = attribution.role or ""
    return role if describes_person(role) else ""


def speaker_spellings(query: Query) -> list[list[list[str]]]:
    """The speaker's spellings to look for, in groups tried in turn: the tokens as asked with
    the word's other spellings ("defence ministry", "defense ministry") and the name's other
    transliterations the corpus writes ("Podoliak", "Podolyak"), then with each word
    the corpus writes otherwise replaced by its bridges, best first ("aiea" → the IAEA's
    token)."""
    slots = {slot[0][0]: slot[1:] for slot in query.slots}
    asked = list(query.speaker)
    group = [asked]
    for i, token in enumerate(asked):
        for other, weight in slots.get(token, ()):
            if weight in SAME_WORD_WEIGHTS:
                group.append([*asked[:i], other, *asked[i + 1 :]])
    bridged = {
        t: [o for o, weight in alternatives if weight not in SAME_WORD_WEIGHTS]
        for t, alternatives in slots.items()
    }
    groups = [group]
    for rank in range(max((len(v) for v in bridged.values()), default=0)):
        spelling = [
            bridged[t][min(rank, len(bridged[t]) - 1)] if bridged.get(t) else t for t in asked
        ]
        if all(spelling not in g for g in groups):
            groups.append([spelling])
    return groups


def speaker_of(sentence: Sentence) -> str:
    """Who a sentence's speaker is, as the article names them ('' when unattributed)."""
    return sentence.attribution.person if sentence.attribution else ""


def same_first_names(bearers: Mapping[str, str]) -> dict[str, str]:
    """Each first name's token (of `bearers`: token → a full name bearing it) → the token
    standing for all its spellings (`speakers.first_names_alike`: "Sergei", "Sergey";
    "Dmitri", "Dmitry"; "Yevgeny", "Evgeny"); different names are not ("Jill", "Joe"; "Mark",
    "Mary")."""
    first = {t: person.split()[0] for t, person in bearers.items()}
    chosen: dict[str, str] = {}
    for token in sorted(bearers):
        kept = dict.fromkeys(chosen.values())
        like = next((c for c in kept if first_names_alike(first[token], first[c])), token)
        chosen[token] = like
    return chosen


def first_name(person: str) -> str:
    """The token of a full name's first word ("Jill Biden" → jill), '' for a single name."""
    words = person.split()
    first = tokens(words[0]) if len(words) > 1 else []
    return first[0] if first else ""
