"""What a quote question asks the words on, and where or when it places them: the topic after
"about"/"sur" ("the American soldiers"), after "say when" (the whole occasion), or what someone
said something was ("the best way to keep Putin in check"); the occasion it was said on (the
clause the asking sentence opens on, "In a September 2022 radio interview with John
Catsimatidis", or what follows "after meeting Lavrov in Stockholm"); the event it was said at
("when the International Criminal Court issued an arrest warrant"); and the source a question
ends on (", selon l'Associated Press ?"), which is neither; and the words the topic is told in
once the speaker, "say" and the month asked are set aside (`focus_words`). Who speaks is
`question_speaker`'s; whether the question asks words at all, `question_kinds`'.
"""

from __future__ import annotations

import re

from assistant.lexical import MONTH_NAMES, WEEKDAY_NAMES, tokens
from assistant.question_kinds import asked_sentence, asking_part
from assistant.question_months import YEAR, is_date_word
from assistant.question_source import SOURCE_FIRST, SOURCE_WORDS

# The source a question ends on, after what it asks: ", selon l'Associated Press ?".
SOURCE_LAST = re.compile(rf",\s*{SOURCE_WORDS}\s+[^,?;]+\?\s*$", re.I)

# The words saying when something happened: "when", "quand", "lorsque", "lorsqu'il".
_WHEN = r"\b(?:when|quand|lorsque|lorsqu['’])\b"

# "on" says a topic ("say on NATO"), not a day ("on the day Russia invaded", "on Monday").
_ON_A_DAY = (
    r"\s+(?:the\s+(?:day|eve|night|morning|evening|afternoon|anniversary)|"
    rf"{'|'.join((WEEKDAY_NAMES[0] + ' ' + MONTH_NAMES[0]).split())}|\d)\b"
)
_TOPIC = re.compile(
    r"\b(?:about|(?<!l['’])on(?!\s+(?:lui|leur|les?|la|l['’]|a|avait|peut|pourrait|dit|doit|sait)\b"
    rf"|{_ON_A_DAY})|"
    r"regarding|concerning|sur|(?:à propos|au sujet|vis-à-vis) (?:des?|du|d['’])|"
    r"concernant)\s+(?P<topic>.+?)\s*\??$",
    re.I,
)


# What was said on an occasion: the whole clause after "when" is the topic ("say when his
# Wagner fighters marched on Moscow" is not about "Moscow" alone).
_WHEN_TOPIC = re.compile(
    r"\b(?:say|said|tell|told|react|reacted|respond|responded|dit|déclaré|répondu|réagi)\b"
    rf"(?:\s+[^\s?]+){{0,3}}?\s+{_WHEN}\s*(?P<topic>.+?)\s*\??$",
    re.I,
)


def topic_of(text: str) -> str:
    """What the question is about: the occasion after "say when", "a dit quand"…, else what
    follows "about", "on", "sur", "au sujet de"…, else what someone said something was, or '';
    after a story told first, what the sentence that asks says it is about ("…remarks about
    Jews. How did he describe…" asks about no topic so named); the source it ends on ("…, selon
    l'Associated Press ?") is none."""
    text = SOURCE_LAST.sub(" ?", asked_sentence(text))
    match = _WHEN_TOPIC.search(text)
    if match:
        return match.group("topic")
    match = _TOPIC.search(text) or _SAID_TO_BE.search(text)
    # the event it was said at is no topic ("write on Twitter when he shared the clip…")
    return _AT_AN_EVENT.split(match.group("topic"), maxsplit=1)[0] if match else ""


_AT_AN_EVENT = re.compile(rf"\s+{_WHEN}", re.I)


# What someone said something was: "what did Dave McCormick say was the best way to keep Putin
# in check?" asks his words on the best way to keep Putin in check ("Which relative did the
# governor say was ready to take her in?" asks a name, which his words on it need not repeat).
_SAID_TO_BE = re.compile(
    r"\bwhat\s+(?:did|does|do)\s+[^?]+?\b(?:say|claim|argue)\s+(?:was|were|is|are|would be)\s+"
    r"(?P<topic>.+?)\s*\??$",
    re.I,
)


# When or where something was said, not what: "after meeting Lavrov in Stockholm", "lors de sa
# visite à Kiev", up to what it was said about.
_OCCASION = re.compile(
    r"\b(?:after|before|during|following|après|avant|pendant|lors d(?:e|u|es)\b|"
    r"à l['’]issue d(?:e|u|es)\b)\s*(?P<occasion>[^?]*?)"
    r"(?=\s+(?:about|on|regarding|sur|à propos)\b|\s*\??$)",
    re.I,
)


def occasion_of(text: str) -> str:
    """When or where a quote question places what was said: the clause its asking sentence
    opens on before the one that asks ("In a September 2022 radio interview with John
    Catsimatidis, why did Trump say…"), else what follows "after", "during"… ("after meeting
    Lavrov in Stockholm"), or ''."""
    asked = asked_sentence(text)
    opening = asked[: len(asked) - len(asking_part(asked))].strip(" ,")
    # not a question before a follow-up's name, nor whom it is asked after ("Selon « Starsky »,
    # officier ukrainien…, pourquoi…")
    if opening and "?" not in opening and not SOURCE_FIRST.match(f"{opening}, "):
        return opening
    match = _OCCASION.search(text)
    return match.group("occasion") if match else ""


# The event a quote question places the words at: "when his Wagner fighters marched on Moscow",
# "when the International Criminal Court issued…", "quand les Américains lui ont proposé…". Not
# "before": what may not have happened ("avant de reprendre les négociations"); nor "after" nor
# "during", which mostly date the words by an event told in other words ("after the IAEA
# inspectors' visit in September": "IAEA visited the site").
_EVENT = re.compile(rf"{_WHEN}\s*(?P<event>[^?]*)", re.I)


# The question itself after an event told first: "When Biden's sanctions targeted Russia's
# space program, what did Rogozin warn…" (the event ends at its comma).
_MAIN_QUESTION = re.compile(
    r",\s*(?:what|how|who|why|which|qu['’]|que|quel\w*|comment|qui|pourquoi)\b", re.I
)


# A "when" clause opening a sentence told before the question ends at its comma: "When Boris
# Johnson announced his resignation…, NBC News gauged the mood in Kyiv. What did Olha
# Povaliaeva… say?" (a sentence ends at a full stop, not at "U.S." nor "Mr.").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!]\s+(?=[A-ZÀ-Ý])")


def event_of(text: str) -> str:
    """The event a question places what was said at ("when he finally approved sending German
    Leopard 2 tanks to Ukraine"), or ''."""
    match = _EVENT.search(text)
    if not match:
        return ""
    event = match.group("event")
    told = _SENTENCE_END.search(event)
    if told:  # told before the question: the clause ends at its comma ("…, NBC News gauged")
        event = event[: told.start()].split(",")[0]
    main = _MAIN_QUESTION.search(event)
    return (event[: main.start()] if main else event).strip()


# The words that ask for words, not what they were on.
_SAYING = frozenset(
    tokens(
        "say said dire dit declare declared quote quoted statement words "
        "propos paroles comment commented what que quoi how "
        # how someone reacted or responded is what they said ("How did Lavrov react…")
        "react reacted reaction respond responded response réagi réagir réaction répondu "
        "répondre réponse "
        # nor how they owned up to it
        "admit admitted acknowledge acknowledged concede conceded reconnu admis"
    )
)

_TIME_WORDS = frozenset(tokens("early late mid end beginning début fin mi"))


def focus_words(text: str, speaker: tuple[str, ...], dated: bool = False) -> tuple[str, ...]:
    """Content words of a quote question left once the speaker and 'say' are set aside, and
    for a question naming a month (`dated`) when it was said ("in early December 2021": the
    month chooses the articles, it is not what was said)."""
    return tuple(
        t
        for t in tokens(text)
        if t not in speaker
        and t not in _SAYING
        and not (dated and (is_date_word(t) or t in _TIME_WORDS or YEAR.fullmatch(t)))
    )
