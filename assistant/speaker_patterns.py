"""The speaker an English sentence names itself, read from news writing's reporting patterns:
a speaker before a verb of saying, quoting or reporting (`Kremlin spokesman Dmitry Peskov
said …`, `Dmitry Peskov, the Kremlin spokesman, said …`, `X wrote on Telegram`, `X also said`,
`X shared a photograph … and tweeted`), a quotation closed by a verb of saying and its speaker
(`"…," said John Herbst, a veteran diplomat.`), `according to X`, and a clause of saying after
the main one (`Lloyd Austin downplayed the claims, saying …`), or the pronoun a sentence uses
for its speaker (`he said`). French sentences are `speaker_patterns_fr`'s.

It reads one sentence's narration (quotations already replaced, see `quotations`); resolving a
pronoun, continuing a quotation over sentences and identifying who a speaker is are
`attribution`'s and `identity`'s jobs; what stands beside a name (appositions, an age, a
relative clause) is `speaker_appositions`'. Whether a phrase can be a speaker at all is
`speakers`'.
"""

from __future__ import annotations

import re

from assistant.lexical import POSSESSIVE_END, WEEKDAY_NAMES
from assistant.speaker_appositions import (
    _AGE_BEFORE,
    _OPENERS,
    _TRAILING_TIME,
    Found,
    _apposition,
    _before_apposition,
    _described,
    _name_before_asides,
    _name_before_roles,
    _named_at_end,
    _valid_suffix,
)
from assistant.speaker_words import _PRONOUNS, _Q, _SAY_EN_RE
from assistant.speakers import (
    _bare,
    _split_name,
    _verbish,
    _words,
    describes_person,
    possessed_role,
    valid_speaker,
)

# --- English ---------------------------------------------------------------------------------


# Verbs of saying that may come before their speaker: `"…," said Herbst`.
_INVERTED = re.compile(
    r"said|says|added|adds|wrote|writes|tweeted|tweets|explained|explains|continued|continues|"
    r"noted|notes|warned|warns|insisted|insists|argued|argues|recalled|replied|replies|stated|"
    r"states|declared|declares|asserted|asserts|observed|remarked|asked|asks|went on|conceded|"
    r"countered|retorted"
)


_ACCORDING_RE = re.compile(r"(?<![\w-])[Aa]ccording to\s+")


# Words between a subject and its verb of saying: "Peskov also told", "Biden has repeatedly said",
# "Putin himself said", and a connective set off by commas: "Polyanskiy, however, called it…",
# "The Kremlin, for its part, said".
_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|again|once|previously|earlier|first|further|"
    r"separately|already|recently|still|just|now|often|himself|herself|itself|themselves|"
    r"(?!family|ally|assembly)[a-z]+ly)|"
    r",\s*(?:however|meanwhile|though|too|in turn|instead|in response|in contrast|by contrast|"
    r"on the other hand|for (?:his|her|its|their) part),)+\s*$"
)


# A verb of saying after these says nothing: "so-called", "refused to say", "self-declared",
# "an investigation into alleged…". Whole words: "NATO said", "Peskov also said", "Putin
# himself said" are said.
_NOT_SAYING_AFTER = re.compile(r"(?:(?<![\w'’-])(?:so|to|into)-?|(?:so|self)-)\s*$", re.I)


_PASSIVE = re.compile(
    r"(?<![\w-])(?:is|was|are|were|be|been|being|(?:is|was|are|were)n['’]t)\s*$", re.I
)


# Where a speaker's words end after an inverted verb: "said Herbst on Monday", "said Kuleba, …".
_AFTER_END = re.compile(
    r"\s+(?:on|in|at|to|during|after|before|last|this|when|while|as|adding|according|who|"
    r"from|via|earlier|later|yesterday|today|tonight|that|of|about|with|for)\b"
)


# "called" a person then "to" a verb, or a day, or "by phone": a phone call, not words said
# ("called the president of Ukraine to warn him", "called Scholz on Tuesday").
_WEEKDAYS = "|".join(d.capitalize() for d in WEEKDAY_NAMES[0].split())
_PHONED = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*|president|prime minister|chancellor|leader)"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}\s+(?:to\s+(?!be\b)[a-z]+|by (?:tele)?phone|"
    rf"on\s+(?:the\s+phone|{_WEEKDAYS}))\b"
)


# A verb of saying joined to its subject's earlier verb: "…, and said", "… and tweeted".
_AND_END = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?$")


# "accused of" with nobody accused between: a participle ("a Russian man accused of spying").
_OF = re.compile(r"\s+of\b")
_BY = re.compile(r"\s+by\b(?!\s+(?:(?:tele)?phone|video|text|e-?mail|letter)\b)")


# Someone's words relayed by another: "RIA Novosti quoted Dmitry Peskov as saying…", "Russian
# state TV showed the head of the occupation administration, Vitaly Ganchev, saying…", "Lavrov
# was quoted by RIA Novosti as saying…". The speaker is the one quoted or shown, not the outlet.
_RELAYED = re.compile(
    r"\b(?:quoted|quotes|cited|cites)\s+(?P<quoted>[^,;:]{1,80}?)\s+as\s+(?:saying|telling|"
    r"stating|writing|warning|adding)\b|"
    r"\b(?:showed|shows|aired|airs|featured|features)\s+(?P<shown>[^;:]{1,120}?),\s+"
    r"(?:saying|telling)\b|"
    # "Lavrov was quoted by RIA Novosti as saying…": the subject before
    r"(?P<passive>\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\b"
    r"(?:\s+by\b[^;:]{1,80}?)?\s+as\s+(?:saying|telling|stating|writing|warning|adding)\b)"
)


# Words of saying that are never nouns: after a name ending on "'s" ("Applebee's said"), they
# make it a business speaking; "Russia's claims", "Moscow's stated aims" are owned.
_ONLY_VERBS = frozenset("said says told tweeted wrote added".split())


def _possessive_only(speaker: str) -> bool:
    """Whether a speaker is one word ending on "'s" ("Applebee's")."""
    return " " not in speaker.strip() and bool(POSSESSIVE_END.search(speaker.strip()))


def explicit_en(narration: str) -> Found:
    """The speaker an English sentence names itself, or the pronoun it uses for one."""
    relayed = _RELAYED.search(narration)
    if relayed:
        who = relayed.group("quoted") or relayed.group("shown")
        found = _subject_before(who or narration[: relayed.start()])
        if found and found.speaker:
            return Found(found.speaker)
    opening = _opening_clause_end(narration)
    # what a clause of saying after the main one reports is the words said: "Podolyak … mocked
    # the Kremlin, saying it was only a month ago that Putin had declared…" is Podolyak's (not
    # an aside before the verb: "Peskov, calling the claims absurd, said…")
    saying = _SAYING.search(narration)
    main = _main_subject(narration[: saying.start()]) if saying else ""
    # the clause runs to a clause of its own ("…, saying only that NATO would be united, but Mr.
    # Biden insisted…": Biden's words are his)
    said_from = said_to = len(narration)
    if saying and main:
        end = _CLAUSE_END.search(narration, saying.end())
        said_from, said_to = saying.start(), (end.start() if end else len(narration))
    for match in _SAY_EN_RE.finditer(narration):
        if said_from <= match.start() < said_to:
            continue
        before = narration[: match.start()]
        if not _says(match.group(0), before, narration[match.end() :]):
            continue
        if match.start() < opening:
            continue  # "After Gutfeld said…, Benjamin Hall pushes back: …": Hall speaks
        found = _subject_before(before)
        if found is None and _INVERTED.fullmatch(match.group(0)):  # not "told X": X listens
            found = _subject_after(before, narration[match.end() :])
        joined = _AND_END.search(before) if found is None else None
        if joined:  # "The British prime minister shared a photograph … and tweeted: …"
            who = _main_subject(before[: joined.start()])
            found = Found(who) if who else None
        if found and _possessive_only(found.speaker) and match.group(0) not in _ONLY_VERBS:
            continue  # "Russia's claims that…": what Russia owns, not Russia saying
        if found:
            return found
    for match in _ACCORDING_RE.finditer(narration):
        if match.start() >= said_to:  # "…, warning… * … not going according to Moscow's plan"
            break
        after = narration[match.end() :]
        end = re.search(rf"[,;:!?{_Q}]|(?<!\b[A-Z])\.(?=\s|$)|\s[–—-]\s|$", after)
        who = _trimmed(after[: end.start() if end else len(after)])
        if who and valid_speaker(who):
            return Found(who)
    if main:
        return Found(main)
    return Found()


def _says(verb: str, before: str, after: str) -> bool:
    """Whether a verb of saying, between `before` and `after`, has someone say something: not
    a passive ("is said to", "confirmed by the Senate", "Ten Russian soldiers accused of…"),
    a word it only ends ("so-called", "refused to say", "self-declared"), a phone call ("Biden
    called the president of Ukraine to warn him") nor what goes on ("the risk … has continued
    to rise")."""
    return not (
        _PASSIVE.search(before)
        or _NOT_SAYING_AFTER.search(before)
        or _BY.match(after)
        or (verb == "accused" and _OF.match(after))
        or (verb == "called" and _PHONED.match(after))
        or (_GOES_ON.fullmatch(verb) and _GOING_ON.match(after))
    )


# A clause opening a sentence on when or despite what ("After Greg Gutfeld said the media…,"):
# what was said in it is not what the sentence quotes after it.
_OPENING_CLAUSE = re.compile(
    r"(?:(?:hours|days|weeks|moments|shortly|soon|just)\s+)?(?:after|when|while|before|since|"
    rf"as|although|though|once|even though|even as)\s[^,;:{_Q}]*[,{_Q}]",
    re.I,
)


def _opening_clause_end(narration: str) -> int:
    """Where a clause opening a narration ("After X said…,") ends, when the sentence quotes
    someone saying so after it; 0 else ("As X remarked, “…”" quotes X)."""
    clause = _OPENING_CLAUSE.match(narration)
    if not clause:
        return 0
    rest = narration[clause.end() :]
    return clause.end() if _Q in rest and _SAY_EN_RE.search(rest) else 0


# "Continued" and "went on" say what someone said next, but not before "to" or a verb in -ing
# ("the risk has continued to rise", "fighting continued raging").
_GOES_ON = re.compile(r"continued|continues|went on")
_GOING_ON = re.compile(r"\s+(?:to\b|\w+ing\b)")


# A clause of saying after the main one: "Lloyd Austin downplayed the claims, saying…".
# Or one opening the words with a colon or a quotation mark, with no comma: "…shared the
# footage on Twitter saying: “No expert, but…”"; not someone else's words reported ("The
# Guardian reported him saying: …").
_SAYING = re.compile(
    r",\s+(?:saying|adding|warning|insisting|noting|arguing|stressing|urging|vowing|declaring|"
    r"claiming|explaining|telling|calling)\b|"
    rf"(?<!\bhim)(?<!\bher)(?<!\bthem)\s+saying(?=\s*(?::|[{_Q}\"]))"
)


# Where a clause of saying after the main one ends: another clause with a subject of its own.
_CLAUSE_END = re.compile(rf"(?:,[{_Q}\"”’']?|{_Q})\s+(?:but|while|whereas|yet)\b|;|\s[–—]\s|\s\*\s")


# A wire story's dateline before its first sentence: the place in capitals, the agency, a dash
# ("UNITED NATIONS (AP) —", "KYIV, Ukraine (AP) —", "MADRID —").
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Z][\w .]+)?(?: \([A-Z][\w ]*\))? [—–-]+ ")


# A circumstance in lower case after the subject's name: "for the first time", "in a statement".
_CIRCUMSTANCE = re.compile(r"\s+(?:for|in|at|on|during|with|over)(?:\s+[a-z][\w'’-]*)+$")


def _main_subject(clause: str) -> str:
    """The subject that opens a clause, up to its verb, when it is a valid speaker; an opening
    phrase before a comma is passed over ("For his part, Biden defended…" → Biden). Not when
    the clause of saying has a subject of its own ("…, with the deputy mayor telling CNN")."""
    if re.search(r"\bwith\s+[^,]*$", clause):
        return ""
    dateline = _DATELINE.match(clause)  # "UNITED NATIONS (AP) — Guterres sounded the alarm…"
    clause = clause[dateline.end() :] if dateline else clause
    starts = [0]
    comma = clause.find(",")
    if 0 < comma <= 40:
        starts.append(comma + 1)
    for start in starts:
        words = _words(clause[start:])
        verb = next((i for i, w in enumerate(words) if _verbish(w)), None)
        if verb:
            who = _trimmed(_BETWEEN.sub("", " ".join(words[:verb])))  # "John Rich also"
            bare = _trimmed(_CIRCUMSTANCE.sub("", who))  # "The … Committee for the first time"
            who = bare if len(bare.split()) > 1 else who  # not "Pressed" of "Pressed on how he"
            if who and valid_speaker(who) and _bare(words[0]) not in _OPENERS:
                # a name among appositions is read as before a verb of saying: "Former Army
                # Officer, Johnny Mercer, Conservative MP for…, shared…" is Johnny Mercer's
                apposed = _subject_before(f"{who},") if "," in who else None
                return apposed.speaker if apposed and apposed.speaker else who
    return ""


def _trimmed(who: str) -> str:
    who = _TRAILING_TIME.sub("", who.strip(" \t,–—-’‘'"))
    return re.sub(r"['’]$", "", who).strip()


def _subject_before(before: str) -> Found | None:
    """The speaker just before a verb of saying: the longest valid end of its clause, or a
    name before an apposition ("Dmitry Peskov, the Kremlin spokesman, said")."""
    between = _BETWEEN.search(before)
    head = before[: between.start()] if between else before
    head = _TRAILING_TIME.sub("", head).rstrip()
    if not head or head.endswith(_Q):
        return None  # an inverted verb: "…," said X
    segments = [x.strip() for x in re.split(rf"\s*[,;:(—–{_Q}]\s*|\s+--?\s+", head)]
    if between and between.group(0).startswith(","):
        # "Siemens, the German manufacturer of the turbines, however, said": the connective
        # ended an apposition too
        apposed = _before_apposition(segments)
        if apposed:
            return apposed
    if head[-1] in ",;:(—–-":  # "Oleksander Vilkul, head of the administration, told …"
        found = _before_apposition(segments[:-1])
        role, name = (segments[-3], segments[-2]) if len(segments) >= 3 else ("", "")
        if found is None and possessed_role(role) and _split_name(name)[0]:
            return Found(f"{role}, {name}")  # "Its director-general, Rafael Grossi, told …"
        return found or _name_before_asides(segments[:-1]) or _name_before_roles(segments[:-1])
    last = segments[-1]
    lw = _words(last)
    if lw and _bare(lw[-1]) in _PRONOUNS and (len(lw) == 1 or _bare(lw[-2]) in _OPENERS):
        return Found(pronoun=_bare(lw[-1]), at=len(head))
    if lw and _bare(lw[0]) in ("who", "which", "whose"):  # "Hutchison, who served …, warned"
        if len(segments) < 2:
            return None
        found = _before_apposition(segments)
        named = "" if found else _named_at_end(segments[-2])  # "…loyalist MP Andrey Gurulev, who"
        return found or (Found(named) if named else None)
    who = _valid_suffix(last)
    if who and who == last and _apposition(last):
        return _before_apposition(segments) or Found(who)
    if who is None:  # "Gina Raimondo in a pair of congressional hearings this week told"
        occasion = _OCCASION.search(last)
        named = _valid_suffix(last[: occasion.start()]) if occasion else None
        who = named if named and _split_name(named)[0] else None
    if who is None and len(segments) > 1 and describes_person(last) and _described(last):
        # "…," Lawrence Freedman, a professor at the War Studies Department wrote
        found = _name_before_asides(segments)
        if found:
            return found
    if who is None:  # "Respected independent journalist Alexei Venediktov said"
        who = _named_at_end(last) or None
    return Found(who) if who else None


# Where or when a speaker spoke, set between the name and the verb: "in an interview", "at a
# briefing on Monday", "during a visit to Kyiv", "at Monday's daily press briefing".
_OCCASION = re.compile(
    r"\s+(?:in|at|during|on|before|after|from|via|over)\s+"
    rf"(?:a|an|the|his|her|their|its|(?i:{'|'.join(WEEKDAY_NAMES[0].split())})['’]s)(?=\s)"
    r"[^,;:]*$"
)


# A full stop that abbreviates, within a name: an initial ("John F. Kennedy") or a title
# ("Dr. Ivan Tsyganok", "Sen. Lindsey Graham").
_ABBREVIATION = (
    "(?:"
    + "|".join(
        f"(?<=\\b{t})"
        for t in (
            "[A-Z]",
            "Dr",
            "Mr",
            "Mrs",
            "Ms",
            "Sen",
            "Rep",
            "Gen",
            "Gov",
            "Lt",
            "Col",
            "Sgt",
            "Capt",
            "Prof",
            "Maj",
            "Adm",
            "Rev",
            "St",
            "Jr",
            "Sr",
        )
    )
    + ")"
)


def _subject_after(before: str, after: str) -> Found | None:
    """The speaker after an inverted verb of saying: `"…," said Herbst, a veteran diplomat.`"""
    head = before.rstrip()
    if head and not (head.endswith(_Q) or head[-1] in ",;:—–"):
        return None
    lead = re.match(rf"\s+(?P<who>(?:[^,;:.!?\ue000]|{_ABBREVIATION}\.)+)", after)
    if not lead:
        return None
    who = _AGE_BEFORE.sub("", lead.group("who"))
    cut = _AFTER_END.search(who)
    who = _trimmed(who[: cut.start()] if cut else who)
    if _bare(who) in _PRONOUNS:
        return Found(pronoun=_bare(who), at=len(before))
    if not who or not valid_speaker(who):
        return None
    rest = after[lead.end() :]
    appos = re.match(r",\s+(?P<role>(?:the|a|an)\s+[^,;:.!?\ue000]+)", rest)
    if appos and not cut and describes_person(appos.group("role")):
        role = _trimmed(appos.group("role"))
        if valid_speaker(role):
            return Found(f"{who}, {role}")
    return Found(who)
