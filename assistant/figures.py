"""Numbers in a text and what they are: figures with the words they count ("3 000 soldats
américains"), sums of money ("$40 billion"), a vote's or a match's count ("95 to 1") and the
numbers a text names, whatever their grouping; the days and years of dates, the hours of clock
times and the numbers of names ("F-16", "Leopard 2") count nothing. Which figure answers a
question is `values`' and the answerers' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import lru_cache

from assistant.dates import WEEKDAY_RE, YEAR_RE, is_date_at, tokens_beside
from assistant.lexical import tokens

# A percentage: the answer to a share asked (`question_values.asks_share`).
PERCENT_RE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|pour cent\b)", re.I)
# A calibre after a count ("25,000 155mm artillery rounds", "18 155 mm Howitzers") is what the
# count is of, not more of its digits.
_CALIBRE = r"\d+(?:[.,]\d+)?\s?mm\b"
# Thousands are grouped by one separator throughout ("25,000", "3 000", "1.500.000"), and a
# number starts with its first digit.
NUMBER_RE = re.compile(
    r"(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[  ]\d{3}(?![.,]?\d|\s?mm\b))+|"
    r"\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?(?:\s?%|(?:million|billion|bn|m)\b)?)|"
    r"\b(?:des )?(?:dizaines|centaines|milliers) de milliers\b|"
    r"\b(?:des )?(?:dizaines|centaines|milliers)\b"
)


# Compound number words, first: "Eighty-six people", "vingt-deux soldats", "quatre-vingt-dix".
_COMPOUND_NUMBER_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?)-(?:et-un|un|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|"
    r"dix-neuf)|quatre-vingts?|dix-(?:sept|huit|neuf)|"
)
NUMBER_WORDS = _COMPOUND_NUMBER_WORDS + (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|mille|douzaines?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|dozens?"
)


FIGURE_START_RE = re.compile(rf"{NUMBER_RE.pattern}|\b(?:{NUMBER_WORDS})\b", re.I)


# A figure and the words it counts: "3 000 soldats supplémentaires", "les deux pays".
# A figure and the one or two words after it that say what it counts (never another number:
# "Nov. 8 showed 90,000 troops" holds 90,000 troops), quoted or not ("18 “filtration camps”").
FIGURE_RE = re.compile(
    rf"(?:{FIGURE_START_RE.pattern})(?:(?:\s+[“«\"‘]?\s?(?:{_CALIBRE}|(?!\d)[\w’'-]+)){{1,2}}|"
    r"(?=[.,;:)](?:\s|$)))",
    re.I,
)


# A sum of money: a currency sign before the figure ("$40 billion", "€3bn", "£1.5 million"),
# or a currency named within the few words after it ("1,200 rubles", "40 milliards d'euros").
_CURRENCY_SIGN = re.compile(r"(?:[$€£₽¥]|US\$|USD|EUR|GBP)\s?$")
_CURRENCY_WORD = re.compile(
    r"\b(?:dollars?|euros?|pounds?|sterling|rubles?|roubles?|hryvnias?|yuan|yen|francs?|"
    r"cents?|centimes?)\b",
    re.I,
)
CURRENCY_WINDOW = 4  # words after a figure that may name its currency
# The words saying a figure is approximate or a bound: "roughly 50,000", "près de 3 000".
ABOUT = (
    r"(?:roughly|about|some|nearly|around|approximately|an estimated|estimated|more than|over|"
    r"almost|environ|quelque|près de|plus de)"
)
# A weight given again in pounds, in brackets after the metric one: "a payload of approximately
# 50 kilograms (110 pounds)" is no price (5 such in the news corpus).
_WEIGHT_BEFORE = re.compile(
    rf"\b(?:kilo(?:gram)?s?|kg|tonnes?|tons?|grams?)\s*\(\s*{ABOUT}?\s*$",
    re.I,
)


# A vote's or a match's count: "95 to 1", "86 -11", "3-1", "213-213", "par 52 voix contre 47".
TALLY_RE = re.compile(
    r"(?<![\d.,$€£])\b\d{1,3}\s?(?:-|–|—|to|à|contre)\s?\d{1,3}\b(?![.,]\d|\s?%|-\w)"
)


def tally_in(text: str) -> str:
    """The first count of a vote or a match in `text` ("95 to 1"), not a range of days ("May
    9-12"), or ''."""
    return next(
        (m.group(0) for m in TALLY_RE.finditer(text) if not is_date_at(text, m.start())), ""
    )


# A time of day: "10 a.m.", "5.30pm", "14:00", "22h30", "22h" (its hour counts nothing).
_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b\.?)|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h(?![\w])",
    re.I,
)

# A street address: "4-10 Linenhall Street", "10 Downing Street", "12 rue de Rivoli" (its number
# counts nothing).
_ADDRESS_RE = re.compile(
    r"\b\d+(?:-\d+)?[A-Z]?\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|"
    r"Square|Boulevard|Drive)\b|(?:rue|avenue|boulevard|place)\s+(?:de\s+|du\s+|des\s+)?[A-ZÀ-Ý])"
)


# A number that is part of a name counts nothing: glued to the letters before it ("F-16",
# "MiG-29", "S-300", "MH17", "Covid-19", "TB2"), or a short number after a capitalised word
# that a determiner, a preposition or another name introduces ("with Leopard 2 battle tanks",
# "the Nord Stream 2 pipeline", "NATO's Article 5"); not a count given to someone ("shipped
# Ukraine 16 HIMARS launchers"), after a weekday ("on Monday 5 people died") nor opening a
# sentence ("About 50 people…").
_GLUED_RE = re.compile(r"[^\W\d_]-?$")
_NAMED_RE = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|with|of|for|and|or|by|from|la|le|les|des|du|de|un|une"
    r"|ses|leurs|ces)|\b[A-ZÀ-Ý][\w’'-]*)\s+[A-ZÀ-Ý][^\W\d_]+\s$"
)
# (a whole number of at most three digits, not a share nor a length of time: "from Germany 30
# years ago")
_SHORT_NUMBER_RE = re.compile(
    r"\d{1,3}(?!\d|[.,]\d|\s?%|\s+(?:years?|months?|weeks?|days?|hours?|ans|mois|semaines|jours)\b)"
)


def numbers_named(text: str) -> set[str]:
    """The digits of each number of the text that is neither a date's nor a name's ("within 24
    hours" → "24", "$1.1 billion" and "1,1 milliard" → "11"; not "2022", "July 11", "F-16")."""
    return {
        digits
        for m in NUMBER_RE.finditer(text)
        if (digits := re.sub(r"\D", "", m.group(0)))
        and not (YEAR_RE.fullmatch(m.group(0)) or is_date_at(text, m.start()))
        and not is_designation_at(text, m.start())
    }


def is_designation_at(text: str, start: int) -> bool:
    """Whether the number at `start` is part of a name ("F-16", "Leopard 2"), not a count."""
    before = text[max(0, start - 40) : start]
    if _GLUED_RE.search(before):
        return True
    named = _NAMED_RE.search(before)
    return bool(
        named
        and _SHORT_NUMBER_RE.match(text, start)
        and not WEEKDAY_RE.fullmatch(before.split()[-1])
        and not is_date_at(text, start)
    )


def figures_in(text: str) -> list[re.Match[str]]:
    """The figures of a text and the words they count, but the days and years of its dates
    ("24 February" counts nothing), the hours of its times of day ("around 10 a.m."), the
    numbers of street addresses ("4-10 Linenhall Street") and the numbers of names ("F-16
    fighter jets", "Leopard 2 tanks": `is_designation_at`)."""
    uncounted = [m.span() for m in (*_CLOCK_RE.finditer(text), *_ADDRESS_RE.finditer(text))]
    return [
        m
        for m in FIGURE_RE.finditer(text)
        if not is_date_at(text, m.start())
        and not any(a <= m.start() < b for a, b in uncounted)
        and not YEAR_RE.fullmatch(m.group(0))  # "In 2019," counts nothing
        and not is_designation_at(text, m.start())
    ]


@lru_cache(maxsize=1024)
def numbers_given(text: str) -> frozenset[str]:
    """The numbers a text (a question) gives, in figures without their separators ("8,500" →
    "8500") or in small words ("the two Patriot batteries" → "2"): what a question tells
    ("…when the Pentagon put 8,500 US troops on alert…", "…of the roughly 50,000 children…")
    is not what it asks."""
    given = {_digits(m.group(0)) for m in NUMBER_RE.finditer(text)}
    given |= {_WORD_VALUES[m.group(0).lower()] for m in _WORD_NUMBER_RE.finditer(text)}
    return frozenset(given) - {""}


def number_value(figure: str) -> str:
    """The number a figure opens with, without separators ("8,500 U.S. troops" → "8500",
    "two Patriot missile" → "2"); '' for another number in words ("dozens")."""
    number = NUMBER_RE.match(figure)
    if number:
        return _digits(number.group(0))
    word = _WORD_NUMBER_RE.match(figure)
    return _WORD_VALUES[word.group(0).lower()] if word else ""


# Small numbers in words and their digits (not "one", "un": an article as often as a count).
_WORD_VALUES = {
    word: str(value)
    for words in (
        "two three four five six seven eight nine ten eleven twelve",
        "deux trois quatre cinq six sept huit neuf dix onze douze",
    )
    for value, word in enumerate(words.split(), start=2)
}
_WORD_NUMBER_RE = re.compile(rf"\b(?:{'|'.join(_WORD_VALUES)})\b", re.I)


def unasked(found: Iterable[re.Match[str]], question: str) -> list[re.Match[str]]:
    """The figures `found` in a text but those whose number the question gives itself
    (`numbers_given`): the one place that rule is applied."""
    given = numbers_given(question)
    return [m for m in found if number_value(m.group(0)) not in given]


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


# What a sentence counting the dead says of them (`question_values.deaths_asked` asks them).
DEATH_WORDS = re.compile(
    r"\b(?:kill\w*|dead|died|dies|deaths?|death toll|toll|lives|bodies|perished|fatalit\w+|"
    r"casualt\w+|tu[ée]e?s|morte?s|mort|décès|victimes|bilan)\b",
    re.I,
)


def sums_in(text: str) -> list[re.Match[str]]:
    """The figures of a text that are sums of money (`figures_in`): "$40 billion",
    "1 200 roubles", "40 milliards d'euros"; not "40 tanks", nor a share ("30% to 1,200
    rubles": the roubles are the 1,200's)."""
    found = figures_in(text)
    figures = [m for m in found if _is_sum(text, m)]
    # a sum its sign makes one needs no words after it: "raising more than $15,000, despite…"
    taken = [m.span() for m in found]
    signed = [
        m
        for m in NUMBER_RE.finditer(text)
        if _sign_before(text, m)
        and not any(a <= m.start() < b for a, b in taken)
        and not is_date_at(text, m.start())
    ]
    return sorted(figures + signed, key=lambda m: m.start())


def sum_beside(text: str, sums: list[re.Match[str]], asked: Set[str]) -> re.Match[str] | None:
    """The sum of money among `sums` (of `text`) with the most tokens of `asked` (the words of
    what a question asks was paid, raised or offered) just before or after it: "$100,000 for
    tanks" for a tank's reward, not the "$500,000 for helicopters" before it; None when no sum
    has one."""
    best, most = None, 0
    for found in sums if asked else []:
        # the words the sum's figure counts are beside it too: "100,000 for tanks"
        shared = len((tokens_beside(text, found) | set(tokens(found.group(0)))) & asked)
        if shared > most:
            best, most = found, shared
    return best


def sum_phrase(text: str, figure: re.Match[str]) -> str:
    """A sum as the text writes it, with its currency sign: "$40 billion", "135 roubles"."""
    return _sign_before(text, figure) + figure_phrase(figure.group(0))


def _sign_before(text: str, figure: re.Match[str]) -> str:
    """The currency sign written right before a figure ("$", "US$", "€"), or ''."""
    sign = _CURRENCY_SIGN.search(text[max(0, figure.start() - 4) : figure.start()])
    return sign.group(0).strip() if sign else ""


def _is_sum(text: str, figure: re.Match[str]) -> bool:
    if "%" in figure.group(0) or _WEIGHT_BEFORE.search(text[: figure.start()]):
        return False
    if _sign_before(text, figure):
        return True
    first, *after = text[figure.start() :].split()[: CURRENCY_WINDOW + 1]
    words = [first]
    for word in after:  # up to the next number, whose currency it would be
        if any(c.isdigit() for c in word):
            break
        words.append(word)
    return bool(_CURRENCY_WORD.search(" ".join(words)))


def figure_phrase(figure: str) -> str:
    """A figure and the words it counts ("3 000 soldats américains"), without what follows."""
    number = FIGURE_START_RE.match(figure)
    if not number:
        return ""
    kept = [number.group(0)]
    for word in figure[number.end() :].split():
        bare = word.strip(",.;:").lower()
        if tokens(word) == [] or bare in _PHRASE_ENDS or re.match(r"(?:s|l|qu|c)['’]", word, re.I):
            break
        kept.append(word.strip(",.;:"))
        if word[-1:] in ",.;:":
            break
    return " ".join(kept)


def figure_value(figure: str) -> str:
    """The number of a figure, written one way ("100,000 troops", "100 000 soldats" → 100000),
    to tell whether two articles give the same figure."""
    number = FIGURE_START_RE.match(figure)
    return re.sub(r"[\s,.  ]", "", number.group(0)).lower() if number else figure.lower()


# Words that end what a figure counts: "90,000 troops near the border" counts troops.
_PHRASE_ENDS = frozenset(
    "near along across around inside outside within toward towards onto amid against close "
    "including près vers contre".split()
)


# Someone's age as news gives it: "a 22-year-old former Marine", "the three-month-old",
# "Vadim Shishimarin, 21, is…", "aged 33", "at the age of 90", "86 years old", "âgée de 33 ans".
_AGE_RE = re.compile(
    rf"\b(?:\d{{1,3}}|{NUMBER_WORDS})[- ](?:years?|months?|weeks?|days?)[- ]old\b|"
    r"\b[A-ZÀ-Ý][\w’'-]+,\s\d{1,3},|\b(?:aged?|age of|âgée?s? de)\s+\d{1,3}\b|"
    r"\b\d{1,3} (?:years? old|ans)\b",
    re.I,
)


AGE_NEAR = 4  # words between an age and the name of the one whose age it is, at most


def gives_age(text: str, near: Set[str] = frozenset()) -> bool:
    """Whether a text gives someone's age ("Willy Joseph Cancel, a 22-year-old former U.S.
    Marine"); with `near`, beside one of those tokens (`AGE_NEAR`): "A young mum and her
    three-month-old baby" gives no age of the mother's name."""
    for match in _AGE_RE.finditer(text):
        before = text[: match.start()].split()[-AGE_NEAR:]
        after = text[match.end() :].split()[:AGE_NEAR]
        if not near or set(tokens(" ".join([*before, match.group(0), *after]))) & near:
            return True
    return False
