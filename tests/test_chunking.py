"""The chunker and the sentence splitter, on worked examples and on the seed article."""

from assistant.chunking import CHUNK_SIZE, chunk_article, sentence_spans
from assistant.corpus import parse_article


def split(text: str) -> list[str]:
    """The sentences of `text`, as `sentence_spans` cuts it."""
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentence_spans_worked_example():
    text = "M. Macron ira à Moscou. «Nous verrons», a-t-il dit. Et après ?  Rien."
    assert split(text) == [
        "M. Macron ira à Moscou.",
        "«Nous verrons», a-t-il dit.",
        "Et après ?",
        "Rien.",
    ]


def test_sentence_spans_close_a_quote_before_the_next_sentence():
    text = "Il a dit «c'est fini». La veille, rien."
    assert split(text) == [
        "Il a dit «c'est fini».",
        "La veille, rien.",
    ]


def test_a_sentence_ends_after_a_quotation_inside_a_quotation_both_closed():
    # ABC News, 2022-11-23: the daughter's words, then who told the children what
    text = (
        "“I said to the staff, ‘No foster families,’” she said. “‘I already have a daddy and he "
        "is alive!’” According to Mezhevyi, his children were told to decide."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "“I said to the staff, ‘No foster families,’” she said.",
        "“‘I already have a daddy and he is alive!’”",
        "According to Mezhevyi, his children were told to decide.",
    ]


def test_a_quoted_question_and_the_speech_tag_after_it_are_one_sentence():
    # HuffPost, 2022-02-24 (0661_a3a188b1416c3f2f.txt) and CNN, 2022-02-12: the tag says whose
    # question it is; a sentence of its own opening on a name after it stays one
    text = (
        "“What’s your response when you hear that?” Tapper asked Kelly. “Disbelief,” Kelly "
        'said. "Why should Putin be afraid of the head of the Russian region?" Peskov said. '
        '"Why?" Blinken said the United States was "not looking" for a conflict. '
        "“Stop this war!” Then the crowd fell silent."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "“What’s your response when you hear that?” Tapper asked Kelly.",
        "“Disbelief,” Kelly said.",
        '"Why should Putin be afraid of the head of the Russian region?" Peskov said.',
        '"Why?"',
        'Blinken said the United States was "not looking" for a conflict.',
        "“Stop this war!”",
        "Then the crowd fell silent.",
    ]


def test_english_sentences_end_after_a_closing_single_quote_not_after_a_title():
    # 2763_0f510eda876a2e23.txt, 2897_6b5f852aa81f530a.txt, and the ABC News article of
    # 2022-02-25 on the Champions League final ("St." before a name)
    text = (
        "'It is doing so again here.' Vladimir Putin's spokesman Dmitry Peskov said Tuesday. "
        "Sen. Lindsey Graham (R-S.C.) said on Wednesday that the war will not end. "
        "The U.S. agreed. The final was relocated from St. Petersburg, Russia, to Saint-Denis, "
        "France. It was held in Paris."
    )
    assert split(text) == [
        "'It is doing so again here.'",
        "Vladimir Putin's spokesman Dmitry Peskov said Tuesday.",
        "Sen. Lindsey Graham (R-S.C.) said on Wednesday that the war will not end.",
        "The U.S. agreed.",
        "The final was relocated from St. Petersburg, Russia, to Saint-Denis, France.",
        "It was held in Paris.",
    ]


def test_abbreviations_before_a_number_and_caption_debris():
    # from 0015_b01bd3c5dbb18292.txt ("Nov. 8"), 2035_51b91a2a7b00f200.txt ("No. 3") and
    # 2208_4a2b7c5f8fcaa3a1.txt: the scraped caption's ' ' , : belongs to no sentence
    text = (
        "Images released Nov. 8 showed 90,000 troops. He is ranked No. 3 in the world. "
        "He added: \"rebuilt!\" ' ' , : Kalush Orchestra celebrate. 4 people died."
    )
    assert split(text) == [
        "Images released Nov. 8 showed 90,000 troops.",
        "He is ranked No. 3 in the world.",
        'He added: "rebuilt!"',
        "Kalush Orchestra celebrate.",
        "4 people died.",
    ]


def test_a_stray_capital_after_a_sentence_is_debris():
    # from 0028_c2827641eec44b7d.txt: "'T" glues a caption to the quote before it
    text = (
        '"We are prepared to impose severe costs," he added. \'T Secretary of State Antony '
        "Blinken and Sergei Lavrov meet in Geneva on June 16, 2021. It's a deal."
    )
    assert split(text) == [
        '"We are prepared to impose severe costs," he added.',
        "Secretary of State Antony Blinken and Sergei Lavrov meet in Geneva on June 16, 2021.",
        "It's a deal.",
    ]


def test_a_stray_capital_among_stray_punctuation_is_debris():
    # from 0153_073039ee119d7226.txt and 0717_eba8c6daaffd7ef5.txt (Fox News)
    text = (
        "It could happen should Russia take action to militarily enter Ukraine. 'S : ‘ ’ "
        '"Well, let me start by first getting a few words." '
        "In Taiwan, we won't know if he succeeded or failed until China invades.\" , 'S ‘ ’ "
        "Former U.S. diplomat Winston Lord traveled with Henry Kissinger."
    )
    assert split(text) == [
        "It could happen should Russia take action to militarily enter Ukraine.",
        '"Well, let me start by first getting a few words."',
        "In Taiwan, we won't know if he succeeded or failed until China invades.\"",
        "Former U.S. diplomat Winston Lord traveled with Henry Kissinger.",
    ]
    # "A" and "I" are words opening a quotation, not debris
    assert split("He left. 'I Am Here,' she said.") == ["He left. 'I Am Here,' she said."]


def test_a_stray_comma_after_a_sentence_is_debris():
    # from 2641_0df425e32c6a9576.txt: ". ," glues a caption to the sentence before it
    text = (
        "They were among the 10 prisoners released. , American's Andy Huynh, right, and Alex "
        "Drueke, left, chat as they arrive. The U.S. , which agreed, said so."
    )
    assert split(text) == [
        "They were among the 10 prisoners released.",
        "American's Andy Huynh, right, and Alex Drueke, left, chat as they arrive.",
        "The U.S. , which agreed, said so.",
    ]


def test_two_sentences_a_scrape_glued_together_are_two():
    # from a Fox News article of 2022-06-19: the space after the full stop was lost
    text = (
        "Russia claimed Metolkine, east of Sievierodonetsk.Bakhmut, a city in the Donbas, is "
        "55 kilometers away. The U.S.Army and Mr.Smith agreed, as did www.nato.int readers."
    )
    assert split(text) == [
        "Russia claimed Metolkine, east of Sievierodonetsk.",
        "Bakhmut, a city in the Donbas, is 55 kilometers away.",
        "The U.S.Army and Mr.Smith agreed, as did www.nato.int readers.",
    ]


def test_a_bulleted_list_run_into_one_paragraph_is_split_at_its_bullets():
    # from 2628_be08ba3fe29c0383.txt (2022-09): a list scraped into one paragraph
    text = (
        'Putin backed a plan to annex swathes of Ukraine. * "This is not a bluff," Putin '
        "said. * Russia's mobilisation was a predictable step, Podolyak said. The 5 * 3 grid "
        "stays one sentence."
    )
    assert split(text) == [
        "Putin backed a plan to annex swathes of Ukraine.",
        '"This is not a bluff," Putin said.',
        "Russia's mobilisation was a predictable step, Podolyak said.",
        "The 5 * 3 grid stays one sentence.",
    ]


def test_a_stray_colon_after_a_sentence_is_debris():
    # from 2112_b3ce1814c858b3b1.txt: ". :" glues a photo caption to the sentence after it
    text = (
        "Joey Reed stands next to a placard of his son during a press conference. : In their "
        "own statement, the Reed family thanked Biden. He said: Thanks. It was 5 p.m. : no."
    )
    assert split(text) == [
        "Joey Reed stands next to a placard of his son during a press conference.",
        "In their own statement, the Reed family thanked Biden.",
        "He said: Thanks.",
        "It was 5 p.m. : no.",
    ]


def test_chunks_are_verbatim_spans_in_paragraphs(article):
    chunks = chunk_article(article)
    assert len(chunks) >= len(article.paragraphs)
    for chunk in chunks:
        assert article.text[chunk.start : chunk.end] == chunk.text
        p_start, p_end = article.paragraphs[chunk.paragraph]
        assert p_start <= chunk.start and chunk.end <= p_end
        assert len(chunk.text) <= CHUNK_SIZE
        assert chunk.article_id == article.article_id and chunk.date == "2022-02"


def test_long_paragraph_splits_on_sentences_with_overlap():
    sentences = [f"Phrase numéro {i} sur la crise en Ukraine et ses suites." for i in range(20)]
    article = parse_article("date 2022-02 Titre.\n\n" + " ".join(sentences), "long.txt")
    chunks = [c for c in chunk_article(article) if c.paragraph == 1]
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text.startswith("Phrase numéro") and chunk.text.endswith(".")
    first, second = chunks[0], chunks[1]
    assert second.start < first.end  # consecutive chunks overlap


def test_chunk_ids_follow_content(article):
    again = chunk_article(article)
    assert [c.chunk_id for c in chunk_article(article)] == [c.chunk_id for c in again]
    edited = parse_article(article.text.replace("3 000", "4 000"), article.source)
    changed = {c.chunk_id for c in chunk_article(edited)} ^ {c.chunk_id for c in again}
    assert changed


def test_a_repeated_passage_gets_its_own_offsets_and_id():
    passage = " ".join(
        f"Sentence {i} of a passage the article repeats word for word." for i in range(10)
    )
    article = parse_article(f"date 2022-02 Title.\n\n{passage} Middle. {passage}", "r.txt")
    chunks = chunk_article(article)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert [c.start for c in chunks] == sorted({c.start for c in chunks})
    assert all(article.text[c.start : c.end] == c.text for c in chunks)


def test_a_sentence_does_not_open_on_the_punctuation_a_lost_dateline_leaves():
    text = ': , Fla. — Former President Trump warned of "world war." He spoke on Saturday.'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        'Fla. — Former President Trump warned of "world war."',
        "He spoke on Saturday.",
    ]
