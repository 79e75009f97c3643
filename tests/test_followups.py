"""What a follow-up reads from the history: a worked example of a chat in Gradio's formats."""

from assistant.followups import (
    DEMONSTRATIVE,
    PRONOUN,
    first_name_in,
    gendered_person,
    is_ellipsis,
    message_text,
    named_in_who_is,
    pointed_nouns,
    previous_reply,
    previous_turn,
)

HISTORY = [
    {"role": "user", "content": "What did Peskov say?"},
    {"role": "assistant", "content": "He said… [1]"},
    {"role": "user", "content": [{"type": "text", "text": "Who did Biden send to Moscow?"}]},
    {"role": "assistant", "content": "**CIA Director Bill Burns**, who met Kremlin officials."},
]


def test_the_previous_question_and_reply_of_a_chat():
    assert previous_turn(HISTORY) == ("Who did Biden send to Moscow?", HISTORY[:2])
    assert previous_turn(HISTORY[:2]) == ("What did Peskov say?", [])
    assert previous_turn(None) == (None, [])
    assert first_name_in(previous_reply(HISTORY)) == "CIA Director Bill Burns"
    assert previous_reply(HISTORY[:3]) == ""  # the last question has no reply yet


def test_the_person_a_reply_names_is_its_first_person_not_its_first_capital():
    # "he", after "The Russian arms dealer Viktor Bout.", is Viktor Bout, not "The Russian"
    assert first_name_in("The Russian arms dealer Viktor Bout.") == "Viktor Bout"
    assert first_name_in("Le chancelier allemand **Olaf Scholz**.") == "Olaf Scholz"
    assert first_name_in("Saudi Arabia, which brokered the deal.") == "Saudi Arabia"
    # a country reads like a name, but "he" is the person after it
    reply = "Saudi Arabia, which brokered the swap, said Alexander Drueke was freed."
    assert first_name_in(reply) == "Alexander Drueke"


def test_she_is_the_woman_the_chat_named_not_the_man_first_named():
    # ABC News, 2022-12-20: a joint interview of Volodymyr Zelensky and Olena Zelenska, then
    # "how does she say she found out he was running for president?"
    reply = "Piers Morgan, who interviewed Volodymyr Zelensky and Olena Zelenska in Kyiv."
    question = "And how does she say she found out he was running for president?"
    assert gendered_person(question, "Volodymyr Zelensky", reply) == "Olena Zelenska"
    assert gendered_person("What did he say then?", "Volodymyr Zelensky", reply) == (
        "Volodymyr Zelensky"
    )
    assert gendered_person("Qu'a-t-elle dit ?", "Volodymyr Zelensky", reply) == "Olena Zelenska"
    # the previous question's people, when the reply names no woman
    couple = ["Volodymyr Zelensky", "Olena Zelenska"]
    assert gendered_person(question, "Volodymyr Zelensky", "Piers Morgan.", couple) == (
        "Olena Zelenska"
    )
    # a name whose first name tells no gender, or no woman named, leaves the person as it is
    assert gendered_person(question, "Zelensky", reply) == "Zelensky"
    assert gendered_person(question, "Volodymyr Zelensky", "Piers Morgan.") == (
        "Volodymyr Zelensky"
    )


def test_who_is_x_names_the_person_its_reply_describes():
    assert named_in_who_is("Qui est Suedi Murekezi ?") == "Suedi Murekezi"
    assert named_in_who_is("Who was Darya Dugina?") == "Darya Dugina"
    # a who-question asking for someone names no one: the reply does
    assert named_in_who_is("Who is behind Ukraine's volunteer hacker army?") == ""
    assert named_in_who_is("Who did Biden send to Moscow?") == ""


def test_a_message_is_text_or_gradio_blocks():
    assert message_text("Qu'a dit Peskov ?") == "Qu'a dit Peskov ?"
    assert message_text([{"type": "text", "text": "Et sur"}, "l'OTAN ?"]) == "Et sur l'OTAN ?"
    assert message_text(None) == ""


def test_the_words_that_point_back_to_the_previous_question():
    assert PRONOUN.search("And what did he say about NATO?")
    assert not PRONOUN.search("What did Peskov say about NATO?")
    assert DEMONSTRATIVE.search("Qu'a demandé Poutine pendant cet appel ?")
    assert not DEMONSTRATIVE.search("It's Peskov who spoke")
    assert DEMONSTRATIVE.search("And how did the Kremlin respond to that allegation?")
    assert DEMONSTRATIVE.search("What did Putin ask during those talks?")
    # "that" opening what was said points back to nothing
    assert not DEMONSTRATIVE.search("Did Peskov say that Russia would not invade?")
    assert not DEMONSTRATIVE.search("What did Biden say about that is true?")
    assert is_ellipsis("Et sur l’OTAN ?") and is_ellipsis("and the US?")
    assert is_ellipsis("What did Peskov say?")  # too short to stand alone
    assert not is_ellipsis("What did Peskov say about the American soldiers?")


def test_the_nouns_a_follow_up_points_back_with():
    assert pointed_nouns("Et comment Lavrov a-t-il réagi à cette décision ?") == ["décision"]
    assert pointed_nouns("What did Putin ask during that call?") == ["call"]
    assert pointed_nouns("How did he react to these sanctions and this move?") == [
        "sanctions",
        "move",
    ]
    # "that" opening what was said points back to nothing
    assert pointed_nouns("Who said that Kyiv would fall?") == []
    assert pointed_nouns("What did Peskov say about NATO?") == []
