"""Worked examples of dates read from articles: weekdays resolved against the publication date
(forward for what is still to come), the weekday of a date, and a date shown in the words of the
question's language."""

from assistant.dates import (
    ASKS_WEEKDAY,
    beside_share,
    date_beside,
    dates_only_saying,
    in_language,
    periods_in,
    resolve_weekday,
    tells_of_year,
    when_in,
    with_weekday,
)
from assistant.lexical import tokens
from assistant.sentences import Sentence
from assistant.types import Chunk


def _sentence(text: str, published: str | None) -> Sentence:
    """`text` as one sentence of an article published on `published`."""
    chunk = Chunk("c", "a", "a.txt", "", None, 0, 0, len(text), text, published=published)
    return Sentence(chunk, 0, len(text), text, None)


def test_a_date_gets_its_weekday_when_the_weekday_is_asked():
    assert with_weekday("December 7, 2021", None, "en") == "Tuesday, December 7, 2021"
    assert with_weekday("7 décembre", "2021-12-08", "fr") == "mardi 7 décembre"  # its year
    assert with_weekday("March 2022", None, "en") == "March 2022"  # no day, no weekday
    assert ASKS_WEEKDAY.search("On which day of the week did Biden and Putin speak?")
    assert ASKS_WEEKDAY.search("Quel jour de la semaine a eu lieu l'appel ?")
    assert not ASKS_WEEKDAY.search("When did Biden and Putin speak?")


def test_weekday_resolved_against_the_publication_date():
    assert resolve_weekday("Thursday", "2022-02-25") == "2022-02-24"  # a Friday
    assert resolve_weekday("friday", "2022-02-25") == "2022-02-25"  # the same day
    assert resolve_weekday("lundi", "2022-02-25") == "2022-02-21"
    assert resolve_weekday("Thursday", "2022-02") is None  # no day: left unresolved


def test_a_weekday_of_what_is_to_come_is_the_next_one():
    def when(text: str, published: str) -> str | None:
        return when_in(_sentence(text, published))

    # published on Wednesday 29 December 2021
    ahead = "Biden and Putin are set to hold their second call in a month Thursday."
    assert when(ahead, "2021-12-29") == "Thursday (2021-12-30)"
    assert when("Biden and Putin spoke by phone on Thursday.", "2021-12-29") == (
        "Thursday (2021-12-23)"
    )
    # the future in another clause than the weekday's: the ministry spoke on that Wednesday
    said = "Russia will resume the grain deal, its defence ministry said on Wednesday."
    assert when(said, "2022-11-02") == "Wednesday (2022-11-02)"
    # (an English question: the French article's weekday in English words)
    assert when("Le président doit se rendre à Kiev lundi.", "2022-06-15") == (
        "Monday (2022-06-20)"
    )


def _when(text: str, published: str, language: str) -> str | None:
    """The date an article published on `published` gives in `text`, in `language`'s words."""
    return when_in(_sentence(text, published), language)


def test_a_date_is_shown_in_the_words_of_the_questions_language():
    def when(text: str, language: str) -> str | None:
        return _when(text, "2022-01-23", language)

    shipment = "The first shipment of security assistance had arrived in Ukraine on Friday."
    assert when(shipment, "fr") == "vendredi (2022-01-21)"
    assert when(shipment, "en") == "Friday (2022-01-21)"
    assert when("Vande Hei is due back on March 30, 2022.", "fr") == "30 mars 2022"
    assert when("Le vol est prévu le 16 mars.", "en") == "March 16"
    assert in_language("Sept. 1", "2022-08-30", "fr") == "1er septembre"
    assert in_language("March 30", None, "en") == "March 30"  # already in its words
    assert in_language("Tuesday", "2022-08-30", "fr") == "Tuesday"  # not a date: as written


def test_the_date_of_what_was_asked_is_the_one_beside_its_words(sentences_of_text):
    signed = set(tokens("signed agreement"))
    assert date_beside("The deal, signed on July 22, opened a corridor.", signed).group(0) == (
        "July 22"
    )
    assert date_beside("The deal was due to be renewed on November 19.", signed) is None
    # of two dates, the one the asked words stand beside
    received = set(tokens("received objections"))
    text = "The filing, which the court tweeted Thursday it had received on Oct. 3, is secret."
    assert date_beside(text, received).group(0) == "Oct. 3"
    assert when_in(sentences_of_text(text, published="2022-10-06")[0], "en", received) == "Oct. 3"
    assert (
        when_in(sentences_of_text(text, published="2022-10-06")[0], "en") == "Oct. 3"
    )  # a date as written before a weekday
    # two words of the question beside a date tell more than one
    call = set(tokens("video call"))
    assert beside_share("They will speak in a video call Tuesday.", call) == 1.0
    assert beside_share("They are set to hold their second call in a month Thursday.", call) == 0.5


def test_a_year_alone_is_a_date_only_when_a_year_is_asked(sentences_of_text):
    wrote = set(tokens("wrote letter admirer"))
    text = "Trump, who in 2007 wrote Putin a letter, mused about NATO on Feb. 23, 2022."
    sentence = sentences_of_text(text, published="2022-02-24")[0]
    assert when_in(sentence, "fr", wrote, years=True) == "2007"
    assert date_beside(text, wrote, years=True).group(0) == "2007"
    # a date asked is a day: the year of a letter dates no day
    assert when_in(sentence, "en", wrote) == "Feb. 23, 2022"
    # the year of a full date is no year standing alone
    dated = sentences_of_text("The group was set up on May 1, 2014.")[0]
    assert when_in(dated, "en", set(tokens("set up")), years=True) == "May 1, 2014"


def test_a_date_of_saying_does_not_date_what_was_asked():
    received = set(tokens("received objections"))
    said = "Russia has submitted preliminary objections, the court said Thursday."
    assert dates_only_saying(said) and date_beside(said, received) is None
    assert not dates_only_saying("The court received them on Oct. 3, it said Thursday.")
    # a verb of saying after the date, what was said that day, "as of": all date the telling
    assert dates_only_saying(
        "Defence Minister Oleksii Reznikov on Thursday said that all can join."
    )
    assert dates_only_saying("Asked in Monday's social media post why, Prigozhin said: no.")
    assert dates_only_saying(
        '"As of May 7, the ninth day after she went missing, nothing is known."'
    )
    assert not dates_only_saying("The court on Thursday sentenced him.")
    # unless when it was said is what is asked
    announced = set(tokens("court objections"))
    assert date_beside(said, announced, saying=True).group(0) == "Thursday"


def test_a_year_is_told_by_its_number_or_as_next_year_in_the_year_before():
    # HuffPost, 2022-07-25
    staged = "Next year’s Eurovision Song Contest will be staged in Britain, organizers announced."
    assert tells_of_year(staged, 2023, "2022-07-25")
    assert not tells_of_year(staged, 2023, "2021-07-25")  # that one was 2022's
    assert tells_of_year("The 2023 event will celebrate Ukraine.", 2023, "")
    won = "Ukraine has won the contest three times and hosted Eurovision in 2005 and 2017."
    assert not tells_of_year(won, 2023, "2022-07-25")
    assert tells_of_year("Le concours aura lieu l'an prochain.", 2023, "2022-07")
    # AP via CBS News, 2022-10-11: the IMF's forecast for 2023
    forecast = (
        "The 190-country lending agency forecast that the global economy would eke out growth "
        "of just 2.7% next year, down from the 2.9% it had estimated in July."
    )
    assert tells_of_year(forecast, 2023, _sentence(forecast, "2022-10-11").chunk.when)
    assert not tells_of_year(forecast, 2023, "")  # undated: next year of no known year


def test_a_date_written_with_an_ordinal_is_a_date():
    # Daily Mail, 2022-08-25: British news writes "May 4th", "4th May", "the 4th of May"
    def when(text: str, language: str) -> str | None:
        return _when(text, "2022-08-25", language)

    arrived = "Sofiia arrived at Tony's family home in Bradford on May 4th after fleeing."
    assert when(arrived, "en") == "May 4th"
    assert when(arrived, "fr") == "4 mai"
    assert when("She arrived on the 4th of May 2022.", "fr") == "4 mai 2022"
    assert when("The wedding is on 21st May.", "en") == "21st May"
    assert with_weekday("May 21st, 2022", None, "en") == "Saturday, May 21st, 2022"


def test_a_part_of_a_month_or_year_is_a_date_when_one_may_answer(sentences_of_text):
    def found(text: str) -> list[str]:
        return [m.group(0) for m in periods_in(text)]

    assert found("Ukraine is aiming to recapture Kherson by the end of November.") == [
        "the end of November"
    ]
    assert found("Berlin will phase out Russian oil imports by the end of 2022.") == [
        "the end of 2022"
    ]
    assert found("Les corps sont enterrés depuis mars, fin novembre ou à la mi-avril.") == [
        "depuis mars",
        "fin novembre",
        "mi-avril",
    ]
    assert found("à la fin du mois de novembre, early March or late 2022") == [
        "à la fin du mois de novembre",
        "early March",
        "late 2022",
    ]
    # a day is a date, not part of a month; "may" and "march" in lower case are no months
    assert found("They set off by March 26.") == []
    assert found("They may march in may.") == []
    due = "The analysis is due to be completed by the end of May, a Swedish official said."
    (sentence,) = sentences_of_text(due, published="2022-04-08")
    completed = set(tokens("completed analysis"))
    assert when_in(sentence, "en", completed, periods=True) == "the end of May"
    assert beside_share(due, completed, periods=True) > 0
    # only when a part of a month may answer: "When did…" asks a day
    assert when_in(sentence, "en", completed) is None
    assert beside_share(due, completed) == 0.0


def test_a_year_asked_is_a_year_standing_alone_before_another_date(sentences_of_text):
    text = "Pelosi stood by a photo of Churchill's 1941 speech before Republicans take over Jan. 3."
    (sentence,) = sentences_of_text(text, published="2022-12-22")
    assert when_in(sentence, "en", years=True) == "1941"
    assert when_in(sentence, "en") == "Jan. 3"
