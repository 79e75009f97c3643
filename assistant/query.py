"""Turns a user's question into what retrieval and the answerer work from: `parse_query` makes
a `Query`.

It cleans the question (empty → error, very long → cut), detects its language, and joins what
the modules beside it read: what the question asks for (`question_kinds`: its kind, what it
counts, what it asks about, whether it asks why, for a name or for a tally), whom a quote
question asks about and on what (`question_speaker`), and the names in it, corrected and checked
against the corpus (`names`). It resolves follow-ups ("And what did he say about NATO?",
"during that call") against the history that `followups` reads, and finds the years and the
month a question names and, for a quote question, the words of what was said (its focus).
Once its words are bridged (`bridges`), `query_checks` flags what the corpus never mentions.
It retrieves nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.bridges import Slot
from assistant.content_requests import made_thing_asked
from assistant.errors import EmptyQuestionError
from assistant.followups import (
    DEMONSTRATIVE,
    PRONOUN,
    first_name_in,
    gendered_person,
    is_ellipsis,
    named_in_who_is,
    names_its_own_subject,
    person_told_first,
    pointed_nouns,
    previous_reply,
    previous_turn,
)
from assistant.lexical import (
    detect_language,
    tokens,
)
from assistant.name_spelling import as_typed, correct_names
from assistant.names import (
    Vocabulary,
    name_phrases,
    name_tokens,
    people_in,
    unknown_names,
)
from assistant.proposals import asks_proposal
from assistant.question_kinds import (
    asking_part,
    asks_period,
    asks_why,
    asks_year,
    head_of,
    opens_on_why,
    question_kind,
    told_and_asked,
)
from assistant.question_months import (
    MONTH_TOKENS,
    YEAR,
    day_asked,
    is_date_word,
    month_asked,
    month_in_period,
    month_part_asked,
)
from assistant.question_names import asks_name
from assistant.question_source import without_outlet
from assistant.question_speaker import (
    asks_what_was_told,
    possessed_role,
    speaker_and_topic,
    speaker_apposition,
    speaker_is_pronoun,
    speaker_title,
    typed_speaker,
    words_describing,
)
from assistant.question_stance import stance_holder
from assistant.question_topic import focus_words, occasion_of, topic_of
from assistant.question_values import (
    also_counted,
    asks_amount,
    asks_penalty,
    asks_share,
    asks_tally,
    counted_thing,
    counts_by_pronoun,
    duration_asked,
    rate_asked,
    toll_asked,
)


@dataclass(frozen=True)
class Query:
    """A question prepared for retrieval and answering."""

    question: str  # as asked, cleaned (and cut when too long)
    search: str  # what retrieval searches: follow-ups resolved, names corrected
    language: str  # "en" or "fr"
    kind: str  # "quote", "number", "date", "who" or "other"
    speaker: tuple[str, ...] = ()  # normalised tokens of the speaker a quote question names
    named_speaker: bool = False  # the speaker is a capitalised name ("Macron", not "the US plan")
    topic: str = ""  # what a quote question is about ("the American soldiers")
    focus: tuple[str, ...] = ()  # a quote question's content words beyond speaker and verb
    counted: str = ""  # what a number question counts ("tanks", "soldats américains")
    also_counted: str = ""  # the second thing it counts ("…, and how many Russian citizens…")
    unknown_names: tuple[str, ...] = ()  # names the corpus never mentions
    truncated: bool = False
    corrections: dict[str, str] = field(default_factory=dict)
    subject: str = ""  # who or what the question is about, for the next follow-up
    head: str = ""  # what a wh-question asks about ("the population", "oil prices")
    asks_why: bool = False  # the answer is a cause ("why", "pourquoi")
    asks_proposal: bool = False  # the answer is a proposal or a demand ("What did X propose?")
    asks_name: bool = False  # the answer is a name ("who", "where", "which country")
    asks_tally: bool = False  # the answer is a vote's or a match's count ("95 to 1", "3-1")
    rate: str = ""  # the unit of time a figure is asked per ("month": "costing each month")
    asks_amount: bool = False  # the answer is a sum of money ("$40 billion", "135 roubles")
    asks_share: bool = False  # the answer is a percentage ("What percentage of Finns…")
    asks_penalty: bool = False  # the answer is a court's sentence ("life in prison", "5 ans")
    asks_year: bool = False  # a year standing alone answers ("En quelle année…": "in 2007")
    asks_period: bool = False  # a part of a month may answer ("By when…": "end of November")
    asks_duration: bool = False  # a length of time answers ("How long did the call last?")
    slots: tuple[Slot, ...] = ()  # the search's words, each with corpus words bridged to it
    speaker_text: str = ""  # the speaker as the user typed it ("Kuleba", "the Kremlin")
    speaker_title: str = ""  # the title the question gives the speaker ("le général")
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # name phrases and their tokens
    years: tuple[int, ...] = ()  # years the question names ("in January 2023")
    month: str | None = None  # the month the question names with its year ('2022-01')
    month_part: str | None = None  # of that month, a part: "start", "mid", "end" ("fin avril")
    day: str | None = None  # the day of that month the question names ('2022-03-30')
    # Words of the question (as typed) that the corpus never uses, nor spells closely: in an
    # article of the question's language, their absence means the topic is not covered.
    unseen: tuple[str, ...] = ()
    holder: str = ""  # whose stance the question asks, as typed ("Viktor Orban")
    made: str = ""  # what a request asks the assistant to make, as typed ("recipe", "poème")
    # A follow-up searched with what the previous turn asked ("what did he say?" after "Who is
    # Viktor Bout?"): the conversation's topic was set by that turn.
    follows: bool = False
    story: str = ""  # a follow-up's previous question and reply: the story it is on

    @property
    def speaker_as_typed(self) -> str:
        """The speaker asked about as the user typed it, else as the question's reading spells
        it ("Kuleba", "le Kremlin"; '' when no speaker is asked)."""
        return self.speaker_text or " ".join(self.speaker)

    @property
    def quote_on_topic(self) -> bool:
        """Whether it asks what a speaker said about something ("What did Peskov say about
        NATO?", or a follow-up "What did the ministry say about it?"), not just what they said."""
        return (
            self.kind == "quote"
            and bool(self.speaker)
            and (bool(self.focus) or self.search != self.question)
        )


def clean_question(question: str, max_chars: int) -> tuple[str, bool]:
    """The question stripped, cut at a word boundary past `max_chars`; raises if empty."""
    if not isinstance(question, str) or not question.strip():
        raise EmptyQuestionError()
    text = " ".join(question.split())
    if len(text) <= max_chars:
        return text, False
    cut = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
    return cut, True


# The words a question asking what "he" said must add to ask him on a topic of its own ("What
# did he say should happen if…?"); "What did she reply?" asks of the story it tells, which the
# whole question searches.
ASKED_OF_THEM = 2


def _told_speaker(text: str, is_outlet: Callable[[str], bool]) -> str:
    """The person whom the pronoun asking a quote question stands for
    (`followups.person_told_first`), when it asks on a topic of its own (`ASKED_OF_THEM`);
    else ''."""
    asking = asking_part(text)
    said_by = PRONOUN.search(asking)
    if not said_by or len(tokens(asking[said_by.end() :])) < ASKED_OF_THEM:
        return ""
    told = text[: len(text) - len(asking) + said_by.start()]
    return person_told_first(told, asking, is_outlet)


def _said_by(person: str, role: str = "") -> tuple[tuple[str, ...], bool, str]:
    """The speaker a pronoun asking a quote question stands for (tokens, whether a name, as
    typed): the `person`, or, for "what did his foreign minister say?", their `role`, which is
    not their words but the minister's ("Volodymyr Zelensky's foreign minister", a role)."""
    typed = f"{person}'s {role}" if role and person else person
    return tuple(tokens(typed)), bool(person) and not role, typed


def parse_query(
    question: str,
    history: list | None,
    vocabulary: Vocabulary,
    max_chars: int = 1000,
    period: tuple[str, str] | None = None,
    is_outlet: Callable[[str], bool] = lambda name: False,
) -> Query:
    """Prepare `question` (with the chat `history`) against the corpus `vocabulary`; a month
    named without its year is the one of the articles' `period` (first, last 'YYYY-MM') when
    the period holds one month of that name. An outlet of the corpus (`is_outlet`: known from
    the manifest) is where a story ran: no source asked of (`without_outlet`), no unknown name
    though its stories need not write it, no person a follow-up's "she" stands for."""
    text, truncated = clean_question(question, max_chars)
    text = without_outlet(text, is_outlet)
    corrected, corrections, written = correct_names(text, vocabulary)
    language = detect_language(text)
    kind = question_kind(corrected, language)
    speaker, topic = speaker_and_topic(corrected) if kind == "quote" else ((), "")
    typed = typed_speaker(text) if speaker else ""
    own_subject = names_its_own_subject(corrected, topic or topic_of(corrected))
    # "Xi Jinping" is a name though "xi" is too short to count as a name's token by itself
    telling = {t for t in speaker if len(t) > 2}
    named = bool(telling) and telling <= set(name_tokens(corrected))
    subject = " ".join(words for words, _ in name_phrases(corrected))
    search = corrected
    month = month_asked(text) or month_in_period(text, period)
    month_part = month_part_asked(text) if month else None
    previous, earlier = previous_turn(history)
    counted = _counted(corrected, kind)
    refers = PRONOUN.search(corrected) or DEMONSTRATIVE.search(corrected)
    pointed: set[str] = set()
    story = ""
    if previous and (refers or not own_subject):
        reply = previous_reply(history)
        story = f"{previous} {reply}"
        prev = parse_query(previous, earlier, vocabulary, max_chars, period, is_outlet)
        # "how did Lavrov react to this decision?": the decision is the previous question's
        pointed = {t for noun in pointed_nouns(corrected) for t in tokens(noun)}
        # After "who did it?", "he" is the person the reply named; else the first person or
        # thing the previous question named ("Kevin McCarthy" of "McCarthy's position on
        # aid to Ukraine").
        # "Who is Suedi Murekezi?" names him: the reply describes him, it names no one else.
        replied = named_in_who_is(previous) or (first_name_in(reply) if prev.kind == "who" else "")
        phrases = name_phrases(previous, vocabulary)
        first = replied or (phrases[0][0] if phrases else prev.subject)
        people = [words for words, _ in phrases if people_in(words) and not is_outlet(words)]
        if is_outlet(first):  # "ABC News reported…": "she" is whom the story or reply names
            replier = first_name_in(reply)
            person = replier if people_in(replier) else (people or [first])[0]
        else:  # the first naming a person: "U.S. Army Maj. Jamie Lee Henry" is Jamie Lee Henry
            person = replied or (people or [first])[0]
        if kind == "number" and counts_by_pronoun(counted):  # "How many of them…?" counts
            counted = prev.counted or prev.head or first  # what the previous question named
        # "she" is no Volodymyr: the reply's or the previous question's woman, if either names one
        person = gendered_person(corrected, person, reply, people)
        if PRONOUN.search(corrected):  # "what did he say about NATO?", "were they killed?"
            # searched with the person the reply named, else the whole previous question:
            # "they" may be what it asked about ("border guards"), not only the names in it
            search = f"{corrected} {replied or prev.search}"
            subject = replied or prev.subject
        elif DEMONSTRATIVE.search(corrected):  # "what did Putin ask during that call?"
            search = f"{corrected} {prev.search}"
        elif is_ellipsis(corrected):  # "and about NATO?", "et sur l'OTAN ?"
            search = f"{corrected} {prev.search}"
            subject = prev.subject
            topic = topic or corrected
            kind = prev.kind if kind == "other" else kind
        if search != corrected:  # "that call" was in the month the previous question asked
            month_part = month_part if month else prev.month_part
            month = month or prev.month
        role = possessed_role(corrected) if kind == "quote" and not speaker else ""
        if role:
            whose = prev.speaker_as_typed if prev.kind == "quote" and prev.speaker else person
            speaker, named, typed = _said_by(whose, role)
        elif kind == "quote" and not speaker and prev.kind == "quote":
            speaker, named, typed = prev.speaker, prev.named_speaker, prev.speaker_text
        elif kind == "quote" and not speaker and not asks_what_was_told(corrected):
            speaker, named, typed = _said_by(person)
    if kind == "quote" and not speaker and not previous and speaker_is_pronoun(corrected):
        # "…gave airtime to Yury Kot, leader of… What did he say should happen…?": "he" is
        # the person the story told before the question names, asked on a topic of its own
        person = _told_speaker(corrected, is_outlet)
        if person:
            speaker, named, typed = _said_by(person, possessed_role(corrected))
    absent = unknown_names(corrected, vocabulary)
    describing = words_describing(text, typed, speaker, absent) if named else frozenset()
    unknown = tuple(
        as_typed(n, written)
        for n in absent
        if not set(tokens(n)) <= MONTH_TOKENS  # a month is a date, not a name to look for
        and not is_outlet(as_typed(n, written))  # "NBC News gauged the mood in Kyiv"
        and not set(tokens(n)) <= describing
    )
    dated = month is not None
    # the title the question gives the speaker, and what it says of them after the name, say
    # who speaks, not what about
    title = speaker_title(text, typed)
    who = (*speaker, *tokens(title), *tokens(speaker_apposition(text, typed)))
    focus = focus_words(topic or corrected, who, dated) if kind == "quote" else ()
    focus = tuple(t for t in focus if t not in pointed)
    if len(focus) == 1 and (occasion := occasion_of(corrected)):
        # "After Moscow pulled out of the Black Sea grain deal…, what did the Kremlin spokesman
        # say about the agreement?": a topic of one word may name what the occasion told
        named = set(name_tokens(corrected))  # "Moscow" tells little of what was said
        told = focus_words(occasion, who, dated)
        focus = (*focus, *(t for t in told if t not in named))
    names = tuple(
        (as_typed(words, written), tuple(t for t in toks if t not in MONTH_TOKENS))
        for words, toks in name_phrases(corrected, vocabulary)
        if any(t not in MONTH_TOKENS for t in toks)
    )
    years = tuple(int(y) for y in YEAR.findall(text))
    cause_asked = opens_on_why(corrected)
    return Query(
        text,
        search,
        language,
        kind,
        tuple(speaker),
        named_speaker=named,
        topic=topic,
        focus=focus,
        counted=counted,
        also_counted=also_counted(text) if kind == "number" else "",
        unknown_names=unknown,
        truncated=truncated,
        corrections=corrections,
        subject=subject,
        head=head_of(corrected),
        asks_why=asks_why(corrected),
        asks_proposal=asks_proposal(corrected, kind),
        asks_name=asks_name(corrected, kind),
        # a question opening on "why" asks a cause, not the sum or share it names
        asks_tally=asks_tally(corrected) and not cause_asked,
        rate="" if cause_asked else rate_asked(corrected),
        asks_amount=asks_amount(corrected) and not cause_asked,
        asks_share=asks_share(corrected) and not cause_asked,
        asks_penalty=asks_penalty(corrected),
        asks_year=kind == "date" and asks_year(corrected),
        asks_period=kind == "date" and asks_period(corrected),
        asks_duration=kind == "number" and bool(duration_asked(corrected)),
        speaker_text=typed,
        speaker_title=title,
        names=names,
        years=years,
        month=month,
        month_part=month_part,
        day=day_asked(text, month),
        holder=stance_holder(text) if kind == "other" else "",
        made=made_thing_asked(text),
        follows=search != corrected,
        story=story,
    )


def _counted(text: str, kind: str) -> str:
    """What a number question counts, as worded (a toll: "death toll", "bilan")."""
    if kind != "number":
        return ""
    return duration_asked(text) or counted_thing(text) or toll_asked(text)


def date_words(query: Query) -> frozenset[str]:
    """The tokens naming the day, month and year a question asks about ("fin janvier 2022", "le
    30 mars 2022"), when it names one: the articles' dates answer for them, not their sentences'
    words."""
    if not query.month:
        return frozenset()
    named = {t for t in tokens(query.question) if is_date_word(t)} | {query.month[:4]}
    return frozenset(named | {str(int(query.day[8:]))} if query.day else named)


# A corpus large enough that what it lacks says something (about a thousand news articles):
# in the 2,608 of the development corpus (80k sentences) an English question's common words
# were all present, and only off-topic words absent ("sourdough"); in one article most words of
# a question are absent. The unseen words (`query_checks`) and the answerer's topic floor both
# need it.
LARGE_CORPUS_SENTENCES = 20_000


def question_parts(query: Query) -> tuple[frozenset[str], frozenset[str]]:
    """What a question tells before asking, and what it asks: the tokens only the sentences
    before its last one hold, and those only its last one holds ("…Snyder told MSNBC that the
    invasion would backfire on Russia. What did he predict Russia would become…?": 'snyd',
    'msnbc'…; 'predict', 'becom'…); in a question of one sentence, what it tells before a
    comma and asks after it ("In summer 2022, as Congress hesitated…, where did Hoyer
    stand…?"). Both empty for a question of one sentence telling nothing, or a follow-up
    (the conversation told what its question leans on). Split once per question: each
    candidate excerpt asks again."""
    if query.follows:
        return frozenset(), frozenset()
    return told_and_asked(query.search)
