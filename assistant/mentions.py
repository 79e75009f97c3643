"""Whether the article an answer cites speaks of what the question names.

An answer abstains when the passage (and the text around it) mentions none of two or more names
of the question, when a name the corpus uses is absent from the cited article, when a name made
of common words ("New START", "Federal Assembly", or "Stade de France" in the words standing for
them) is not written as such there, and, for a question in the article's own language, when the
question holds a word no article of a large corpus uses (`query.with_unseen_words`). Bridged
words count for the names they stand for (Suède is Sweden), and an acronym for the capitalised
words spelling it (NASAMS is "National Advanced Surface-to-Air Missile Systems"). It decides
nothing about ranking; the answerer calls it on its first excerpt. A stance asked of someone
("Viktor Orban's position on…") is stated only by sentences naming them, or giving their words,
on the topic asked (`stating_stance`). An article naming most names a question tells before
asking is the story it tells (`story_told`). A question on how a story ended ("Were they eventually
released?") is answered only by excerpts telling that it happened (`outcome_untold`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from assistant.attribution import speaker_matches
from assistant.lexical import detect_language, tokens
from assistant.name_spelling import as_corpus_spells
from assistant.places import named_by_tag
from assistant.query import Query, question_parts
from assistant.question_kinds import outcome_asked
from assistant.question_speaker import described_before
from assistant.question_stance import stance_topic
from assistant.sentences import Scored, Sentence

_PARTICLE = re.compile(r"\s(?:de|du|des|d['’]|of|the)\s", re.I)
Alternatives = dict[str, set[str]]  # a question token → the corpus tokens standing for it

# An answer whose passage (and the text around it) mentions none of two or more names of the
# question is about something else: measured on the real news eval, answered unanswerable
# questions missed two or more names in 5 cases of 27, answered answerable ones never.
MISSING_NAMES_ABSTAIN = 2
NAME_WINDOW = 600  # characters around the excerpt where a name of the question may stand
LANGUAGE_SAMPLE = 2000  # characters of an article enough to tell its language
ACRONYM_MIN = 3  # letters of an acronym looked for written out ("UN" is too short to tell)
# Capitalised words side by side, hyphenated parts and the small words inside a name included
# ("Surface-to-Air", "Bank of England", "Cooperation in Europe"): where an acronym may be
# written out.
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+(?:(?:of|for|and|the|to|in|de|du|des)\s+)?[A-Z][\w'’]*(?:-[\w'’]+)*)+"
)
_SPACES = re.compile(r"\s*")
# A topic word says what a stance is about from this IDF on: "sanctions" (3.9), "aid" (4.6),
# "NATO" (3.5); not "Russia" (1.4), "Ukraine" (1.6) nor "military" (2.8), which most
# sentences on the war hold.
TOPIC_WORD_IDF = 3.0
FAMILY_PREFIX = 5  # letters a topic word and a sentence's word of its family share at least
# A question telling a story before asking is long, and the excerpt answering it scores low
# against all its words: an article naming this many of the names it tells, and two in three,
# is the story told (`story_told`), not a passage only loosely close.
STORY_NAMES = 2
NAME_GAP = 1  # words a name of several words may have inserted ("Joe R. Biden", "Tour of France")


def names_not_near(
    query: Query, first: Sentence, article: Set[str], is_name: Callable[[str], bool]
) -> list[str]:
    """The names (as typed) that the first excerpt's article does not speak of, [] when it
    does: a name the corpus uses that the article lacks, a name of common words not written
    there, or two or more names absent from the text around the excerpt (but for those the
    question tells before its last sentence, which restate the story). The outlet publishing
    the article speaks of what it names ("Selon Reuters…", "le Daily Mail a suivi…"), though
    the text need not write its name."""
    text = first.chunk.text
    outlet = first.chunk.outlet or ""
    alternatives = {slot[0][0]: {t for t, _ in slot} for slot in query.slots}
    short = abbreviated(query, text)  # "the 'ISS'" speaks of the International Space Station
    spelt = spelt_out(query, text) | short
    article = set(article) | spelt | set(tokens(outlet))
    absent = _missing_names(query, alternatives, article, known=is_name)
    written = f"{text}\n{outlet}" if outlet else text
    across = not in_its_language(query, text)
    if not absent:
        # who the person asked about is, in common words ("Senate Armed Services Committee
        # chairman Jack Reed"), need not be worded as the question words it where the article
        # names them
        asked = query.speaker_text or query.holder
        # else anyone the question names by a first name and a surname the corpus writes only
        # capitalised ("Sir Mark Carleton-Smith", not "the 2022 Academy Awards")
        people = (
            [asked]
            if asked
            else [words for words, toks in query.names if len(toks) > 1 and is_name(toks[-1])]
        )
        described = " ".join(
            described_before(query.question, person)
            for person in people
            if set(as_corpus_spells(person, query.corrections)) <= article
        )
        absent = [
            words
            for words in _split_names(query, alternatives, article, written, is_name, across)
            if not set(tokens(words)) <= short and words not in described
        ]
    if absent:
        return absent
    near = text[max(0, first.start - NAME_WINDOW) : first.end + NAME_WINDOW]
    present = set(tokens(near)) | first.words
    present |= spelt_out(query, near) | abbreviated(query, near) if spelt else set()
    present |= set(tokens(outlet))  # the outlet speaks of itself all through its article
    # who the speaker is ("University of Sussex nuclear expert") need not stand by the quote
    present |= set(tokens(described_before(query.question, query.speaker_text)))
    # what a question tells before asking restates the story ("…fighting around Bakhmut
    # described to Radio Free Europe…"): its article holds it, and an excerpt saying what
    # the last sentence asks ("what year was his tank built?") need not stand by it
    told, asked = question_parts(query)
    if first.words & asked:
        present |= told
    missing = _missing_names(query, alternatives, present)
    return missing if len(missing) >= MISSING_NAMES_ABSTAIN else []


def _acronyms(query: Query) -> dict[str, str]:
    """The question's acronyms as typed ("NASAMS") → their token."""
    return {
        words.upper(): toks[0]
        for words, toks in query.names
        if len(toks) == 1 and len(words) >= ACRONYM_MIN and words.isupper() and words.isalpha()
    }


def _initials(run: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", run) if part[:1].isupper())


def spelt_out(query: Query, text: str) -> set[str]:
    """The tokens of the question's acronyms ("NASAMS", "IAEA") that `text` writes out as the
    capitalised words whose initials spell them ("National Advanced Surface-to-Air Missile
    Systems", "International Atomic Energy Agency"): an article doing so speaks of them."""
    acronyms = _acronyms(query)
    if not acronyms:
        return set()
    found = set()
    for run in _CAPITALISED_RUN.finditer(text):
        initials = _initials(run.group(0))
        found |= {token for acronym, token in acronyms.items() if acronym in initials}
    return found


def abbreviated(query: Query, text: str) -> set[str]:
    """The tokens of the question's names of `ACRONYM_MIN` or more capitalised words that
    `text` writes as the acronym of their initials ("International Space Station": "the
    'ISS'"): an article doing so speaks of them."""
    found: set[str] = set()
    for words, toks in query.names:
        initials = _initials(words)
        if len(initials) >= ACRONYM_MIN and re.search(rf"\b{initials}\b", text):
            found |= set(toks)
    return found


def acronym_at(query: Query, text: str, position: int) -> str:
    """The question's acronym (as typed) that the capitalised words from `position` (spaces
    passed over) write out ("eight National Advanced Surface-to-Air Missile Systems": NASAMS),
    or ''."""
    run = _CAPITALISED_RUN.match(text, _SPACES.match(text, position).end())
    if not run:
        return ""
    initials = _initials(run.group(0))
    return next((a for a in _acronyms(query) if initials.startswith(a)), "")


def in_its_language(query: Query, text: str) -> bool:
    """Whether the question is asked in the language of the article `text`."""
    return detect_language(text[:LANGUAGE_SAMPLE]) == query.language


def unseen_in_its_language(query: Query, text: str) -> bool:
    """Whether the question holds words no article uses and is asked in the language of the
    article `text`: then those words name a topic the articles do not cover."""
    return bool(query.unseen) and in_its_language(query, text)


# A country's or a region's adjective speaks of it: "the Moldovan border" of Moldova, "Iranian
# drones" of Iran, "Crimean" of Crimea (the ending the place's token lacks: moldov·an,
# iran·ian, crim·ean, syri·an).
_PEOPLE_ENDING = re.compile(r"(?=(ian|ean|an)$)")
PEOPLE_STEM_MIN = 4  # letters left of the adjective, at least ("Roman" is not of Rome: rom)


def with_names_implied(present: Set[str]) -> set[str]:
    """The tokens `present` and the names they imply: the place each adjective of a people or a
    place among them is of ("moldovan" → moldov), the party and US state each lawmaker's
    party-and-state tag names ("r-la" of "Sen. John Kennedy, R-La." → republican, louisian)."""
    return (
        set(present)
        | {
            word[: m.start()]
            for word in present
            for m in _PEOPLE_ENDING.finditer(word)
            if m.start() >= PEOPLE_STEM_MIN
        }
        | {token for word in present for token in named_by_tag(word)}
    )


def _missing_names(
    query: Query,
    alternatives: Alternatives,
    present: Set[str],
    known: Callable[[str], bool] | None = None,
) -> list[str]:
    """The names of the question (as typed) of which no word, nor any word standing for it, is
    among the tokens `present` (of a passage, or of its whole article), or of which an adjective
    is (`with_names_implied`); the speaker asked about is not counted, nor, with `known`,
    a word the corpus does not use as a name (a spelling it never uses, or a common word, says
    nothing about an article)."""
    speaker = set(query.speaker)
    present = with_names_implied(present)
    return [
        words
        for words, toks in query.names
        if toks
        and not set(toks) <= speaker
        and not any(alternatives.get(t, {t}) & present or _compound_in(t, present) for t in toks)
        and (known is None or any(known(a) for t in toks for a in alternatives.get(t, {t})))
    ]


# A name made an adjective by a common word after its hyphen: "Russian-linked IP addresses"
# speak of Russia as "Russian internet addresses" do, "Kremlin-backed" of the Kremlin.
_COMPOUND_END = re.compile(
    r"-(?:linked|backed|based|led|occupied|installed|controlled|held|owned|allied|born|made|"
    r"style|friendly|appointed|funded|supported|run)$"
)


def _compound_in(token: str, present: Set[str]) -> bool:
    """Whether a hyphenated name's parts are among the tokens `present`: the name a common word
    makes an adjective of ("russian-linked": Russian), or every name it joins
    ("ukrainian-russian": Ukrainian and Russian)."""
    if "-" not in token:
        return False
    base = _COMPOUND_END.sub("", token)
    parts = set(tokens(base.replace("-", " ")))
    return bool(parts) and parts <= present


def _split_names(
    query: Query,
    alternatives: Alternatives,
    article: Set[str],
    text: str,
    is_name: Callable[[str], bool],
    across: bool = False,
) -> list[str]:
    """The names (as typed) made of words the corpus uses as common words, that the article
    does not write: one of their words (or of the words bridged to it) is missing, or all are
    there but never side by side. Such words name something only together: an article with
    "new" and "start" does not speak of the New START treaty, nor one with "federal" of the
    Federal Assembly. (A name with a word the corpus writes only capitalised, "Josh Hawley",
    is checked word by word.) The speaker asked about is not counted. An article in another
    language than the question (`across`) translates the names the question's language builds
    with a particle, words reordered ("Corée du Nord" is North Korea, "l'Université de New
    Haven" the University of New Haven): one word may be missing, the others written side by
    side. Names without one are written as such in either language ("Storm Shadow")."""
    candidates = [
        (words, toks)
        for words, toks in query.names
        if len(toks) > 1
        and not set(toks) <= set(query.speaker)
        and (
            not any(is_name(p) for t in toks for p in t.split("-"))
            # "Tour de France", "Bank of England": a common word that a particle links to a
            # name names something only with it (a person's name, "Ursula von der Leyen",
            # opens with a name and is checked word by word)
            or (_PARTICLE.search(words) is not None and not is_name(toks[0]))
        )
    ]
    translated = {w for w, _ in candidates if across and _PARTICLE.search(f" {w} ")}
    written = {
        words: [alt for t in toks if (alt := alternatives.get(t, {t})) & article]
        for words, toks in candidates
    }
    split = [
        words
        for words, toks in candidates
        if len(toks) - len(written[words]) > (words in translated)
    ]
    together = [w for w, _ in candidates if w not in split]
    if together:
        sequence = tokens(text)
        split += [
            w for w in together if not _written_together(w, written[w], sequence, w in translated)
        ]
    return split


def _written_together(
    name: str, words: list[set[str]], sequence: list[str], translated: bool
) -> bool:
    """Whether the text's tokens `sequence` write a name's `words` side by side; of a name of
    three words or more that the question's language builds with a particle (`translated`),
    the two sides of the particle may stand apart when every word is written, each side
    whole: "Web Summit de Lisbonne" is "the annual Web Summit tech conference in Lisbon" (not
    "a summit in Lisbon" with "web" elsewhere); "Stade de France" stays one."""
    if _side_by_side(words, sequence):
        return True
    particle = _PARTICLE.search(name)
    if not translated or particle is None or len(words) < 3 or len(words) != len(tokens(name)):
        return False
    before = len(tokens(name[: particle.start()]))
    sides = [words[:before], words[before:]]
    return all(side and _side_by_side(side, sequence) for side in sides)


def _side_by_side(words: list[set[str]], sequence: list[str]) -> bool:
    """Whether the text's tokens `sequence` write one of each word's tokens (the word or a
    word standing for it: "Stade" or "stadium") within a name's span ("Stade de France", not
    a stadium here and France there)."""
    width = len(words) + NAME_GAP
    return any(
        all(w & set(sequence[i : i + width]) for w in words)
        for i, t in enumerate(sequence)
        if any(t in w for w in words)
    )


def stating_stance(query: Query, scored: list[Scored], idf: Callable[[str], float]) -> list[Scored]:
    """The candidates that can state the stance the question asks of its `holder` ("Viktor
    Orban" in "…la position de Viktor Orban sur l'entrée de la Finlande…"): those naming them by
    surname (as the corpus spells it) or giving their words, and holding a telling word of the
    topic (or a word bridged to it) when the topic has one; when none does, their own words in
    a passage holding one. "Macron won reelection over Marine Le Pen" states no stance of hers
    on sanctions."""
    named = as_corpus_spells(query.holder, query.corrections)  # "Kouleba" is written "Kuleba"
    held = set(named[1:] or named)
    topic = set(tokens(stance_topic(query.question, query.holder))) - held
    about = [
        {t for t, _ in slot}
        for slot in query.slots
        if slot[0][0] in topic and idf(slot[0][0]) >= TOPIC_WORD_IDF
    ]
    topic_words = set().union(*about)

    def on_topic(words: frozenset[str]) -> bool:  # "expansion" is said as "expansionist" too
        return bool(topic_words & words) or any(
            t.startswith(w) or w.startswith(t)
            for w in topic_words
            for t in words
            if min(len(t), len(w)) >= FAMILY_PREFIX
        )

    def in_their_words_on_topic(sentence: Sentence) -> bool:  # "…said it was 'worrisome that
        # Sweden isn't revealing what promises it has given Erdogan'", in a passage on the deal
        said = sentence.attribution is not None and speaker_matches(sentence.attribution, named)
        return said and on_topic(frozenset(tokens(sentence.chunk.text)))

    naming = [s for s in scored if held <= s.sentence.words]
    # failing a sentence of theirs on the topic, their words in a passage on it
    return [s for s in naming if not about or on_topic(s.sentence.words)] or [
        s for s in naming if in_their_words_on_topic(s.sentence)
    ]


def outcome_untold(query: Query, excerpts: list[Sentence]) -> str:
    """What the question asks finally happened, as typed ("eventually released"), when none of
    the excerpts writes its verb (or a corpus word bridged to it: "vendue" is sold); '' when
    one does or the question asks of no outcome. Articles telling of the drivers' detention,
    written before any release, do not answer whether they were released."""
    typed, verbs = outcome_asked(query.question)
    if not verbs or query.asks_name:  # "Who finally helped them?" takes the help as given
        return ""
    said = set(verbs) | {t for slot in query.slots if slot[0][0] in verbs for t, _ in slot}
    return "" if any(s.words & said for s in excerpts) else typed


def story_told(query: Query, article: Set[str]) -> bool:
    """Whether an article (its tokens) is the story the question tells before asking: it names
    `STORY_NAMES` or more of the names told, and two in three of them ("…une habitante nommée
    Gallina a montré à la BBC…, près d'Avdiïvka. Comment a-t-elle résumé…?")."""
    names = {t for _, toks in query.names for t in toks} & question_parts(query)[0]
    found = len(names & article)
    return len(names) >= STORY_NAMES and found >= STORY_NAMES and found * 3 >= len(names) * 2
