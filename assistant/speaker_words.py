"""The words a speaker phrase is judged by (`speakers`): the English verbs of saying, the words
that open or close a clause rather than a name, the nouns of a person's role or office, of a
body, of a place, and the titles that are never part of a person's name. Lists only: the rules
that read them are `speakers`' and `speaker_patterns`'.
"""

from __future__ import annotations

import re

_SAY_EN = (
    r"said|says|say|told|tells|added|adds|stated|declared|declares|warned|warns|urged|urges|"
    r"claimed|claims|insisted|insists|argued|argues|noted|wrote|writes|tweeted|tweets|"
    r"explained|explains|replied|responded|acknowledged|acknowledges|admitted|admits|"
    r"announced|announces|emphasized|emphasised|stressed|stresses|confirmed|confirms|denied|"
    r"denies|suggested|suggests|predicted|cautioned|vowed|vows|pledged|promised|concluded|"
    r"remarked|observed|commented|lamented|complained|joked|quipped|boasted|threatened|"
    r"alleged|reiterated|accused|accuses|called|described|describes|asserted|contended|"
    r"recalled|demanded|condemned|continued|went on|conceded|concedes|countered|retorted|"
    r"retorts|assured|assures|"
    # words called out: "Women shouted, “Get out of our land…”", "Protesters chanted “…”"
    r"shouted|shouts|chanted|chants|yelled|yells|"
    # the press's words for a rebuke: "The Kursk governor… also hit out at the “just awful”
    # mobilisation" (not a missile that "slammed into" a building)
    r"hit out|hits out|hit back|hits back|lashed out|lashes out|criticised|criticized|"
    r"criticises|criticizes|slammed(?!\s+into)|slams(?!\s+into)|"
    # and for a retort, before the words themselves: "Benjamin Hall pushes back: “…”" (not "has
    # repeatedly pushed back on questions")
    r"(?:pushed|pushes|fired|fires|shot|shoots) back(?=\s*:)|"
    # a question or its answer, before the words: "he answered: “How do you know…”",
    # "Zelensky asked: “Do you still think…”" (not "answered questions", "asked for")
    r"(?:answered|answers|asked|asks)(?=\s*:)"
)


_SAY_EN_RE = re.compile(rf"(?<![\w'’-])(?:{_SAY_EN})(?![\w'’-])")


_Q = "\ue000"  # stands for a quotation in a sentence's narration


_PRONOUNS = {"he", "she", "they", "it", "il", "elle", "ils", "elles"}


# A speaker may not open on these: conjunctions, subordinators, prepositions, pronouns.
_BAD_START = frozenset(
    """
    while as when if but what whatever and or nor after before because since though although
    that which who whom whose where how why so yet then whereas once until unless than despite
    even also still just only not no there here this these those it its he she they we i you
    him her them us me my our your his their on in at for with by from to of into about over
    under against between without within through during upon via amid among across per
    al el las los du de il elle ils elles on ce cela qui que quoi dont
    mais et ou donc car or ni si quand comme lorsque puisque pour par sur avec sans dans chez
    vers selon lui eux d qu c s n
    """.split()
)


# Lower-case words that make a candidate a clause, not a name.
_VERBISH = frozenset(
    """
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must not don't doesn't didn't won't isn't wasn't can't
    couldn't wouldn't haven't hasn't hadn't aren't weren't comes came come goes went go gets
    got get makes made make seems seemed seem appears appeared says said say told tells
    think thinks thought believe believes know knows knew want wants wanted need needs
    see sees saw expect expects expected hope hopes let lets take takes took give gives gave
    keep keeps kept put puts become becomes became remain remains remained show shows showed
    spoke speaks met meets began begins held sent wrote writes fell rose won lost struck
    brought built bought caught chose drove flew fought grew heard meant paid sold spent stood
    swore taught threw understood
    est sont était étaient fut ont avait avaient sera seront été fait font
    """.split()
)


_OK_ED_ING = frozenset(
    """
    leading ruling acting outgoing incoming governing managing visiting ranking retired
    elected unnamed detained exiled jailed sanctioned wounded injured displaced armed united
    opposing reigning founding striking rising acclaimed selected appointed designated
    wanted fighting embattled besieged disputed occupied named
    """.split()
)


_NOT_ADVERBS = frozenset("family assembly ally italy supply belly rally july ely".split())


_NOT_SPEAKERS = frozenset(
    "allegation allegations accusation accusations claim claims charge charges idea notion "
    "suggestion date time day moment way fact".split()
)


_INNER_OPENERS = frozenset(
    "while when if but because though although that which who whose where whereas unless "
    "until since as so yet what than how whether after before".split()
)


_DETERMINERS = frozenset("the a an le la les l un une des".split())


_QUANTIFIERS = frozenset(
    "some many most both all several other others one two three few each every any another "
    "such none more much certain various numerous".split()
)


_CONNECTORS = frozenset("of for to at in on and the de du des la le les d l van von al".split())


_PLACE_NOUNS = frozenset(
    "regions region cities city areas area provinces districts countries territories villages "
    "towns oblasts states nations streets".split()
)


_DAYS_MONTHS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december lundi mardi mercredi jeudi vendredi
    samedi dimanche
    """.split()
)


# Nouns naming people by what they do: a speaker may be one of these without a name.
_PERSON_ROLES = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople spokesmen minister
    ministers secretary president vice-president ambassador ambassadors diplomat diplomats
    envoy analyst analysts expert experts source sources aide aides adviser advisers advisor
    advisors commander commanders general generals officer officers lawmaker lawmakers senator
    senators legislator legislators congressman congresswoman representative representatives
    governor mayor leader leaders chief head director director-general secretary-general lawyer
    lawyers attorney prosecutor prosecutors chancellor premier
    witness witnesses resident residents survivor survivors volunteer volunteers soldier
    soldiers fighter fighters journalist journalists reporter correspondent editor host anchor
    activist activists investigator investigators researcher researchers observers monitors
    woman man lady mother father wife husband son daughter doctor doctors nurse teacher student
    worker workers driver pilot chairman chairwoman chair counterpart deputy deputies mp mps
    negotiator negotiators delegation staff professor economist historian presidents
    secretaries governors mayors chiefs heads directors chancellors envoys premiers
    porte-parole ministre président présidente ambassadeur diplomate conseiller conseillère
    responsable responsables dirigeant dirigeants chancelier chef général commandant député
    """.split()
)


# Nouns naming bodies: a speaker may be one of these.
_BODIES = frozenset(
    """
    ministry department government administration authorities authority agency office
    council committee command service services military army navy police court company firm
    operator organization organisation group alliance embassy commission parliament
    statement report diplomatie gouvernement ministère armée autorités corps brigade battalion
    regiment patrol
    """.split()
)


# Capitalised words that are titles, offices or bodies, never part of a person's name.
_TITLES = frozenset(
    w.lower().rstrip(".")
    for w in """
    President Vice Prime Minister Foreign Defence Defense Secretary State Secretary-General
    General Gen. Gen Lt. Lt Col. Col Maj. Maj Adm. Sgt. Capt. Brig. Commander Sen. Senator Rep.
    Representative Gov. Governor Mayor Ambassador Chancellor Spokesman Spokeswoman Spokesperson
    Press Deputy Chief Director Head Chairman Chair Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Pope King
    Queen Prince Princess Lord Sir Dame Prof Professor Admiral Adm Del Delegate Then-President
    District Fund Post Independent Times Journal News Center Centre Institute Bureau Mission
    Group Company Association Network Foundation University Channel Television TV Radio Rev Father Judge Justice MP MEP Congressman Congresswoman Speaker Leader
    Kremlin Pentagon White House Ministry Department Office Council Agency Government Army
    Forces Command Staff Service Security Intelligence National Guard Parliament Congress Senate
    U.S U.N U.K E.U PM Committee Union Nations Commission Organization Organisation Embassy Administration Navy
    Air Force Police Court Presidential Interior Justice Finance Economy Health Energy Affairs
    Republican Democrat Democratic Republicans Democrats GOP Party Ukrainian Russian American
    British French German Polish Chinese Belarusian European Western Eastern U.S. US UK EU UN
    NATO Russia Ukraine Moscow Kyiv Kiev Washington Europe America Britain Germany France
    Poland China Belarus Ministre Président Porte-parole Chancelier Général Commandant Premier
    """.split()
)


# Participles that open a sentence on the act of speaking, never a name: "Noting Biden has
# warned…" is said of Biden, "Asked about…, he said" and "Pressed on how…" of someone after.
_REPORTING_OPENERS = frozenset(
    """
    noting citing speaking asked pressed responding referring addressing writing echoing
    acknowledging describing explaining reacting commenting warning adding pointing arguing
    insisting claiming saying declining questioned reached contacted told quoted
    """.split()
)


_PERSON_TITLES = frozenset(
    "president vice prime minister secretary secretary-general general gen lt col maj adm sgt "
    "capt brig commander sen senator rep representative gov governor mayor ambassador chancellor "
    "spokesman spokeswoman spokesperson chief director head chairman chair mr mrs ms dr pope "
    "king queen prince princess lord sir dame mp mep congressman congresswoman speaker leader "
    "ministre président porte-parole chancelier général commandant premier deputy".split()
)
