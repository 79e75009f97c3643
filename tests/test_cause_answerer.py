"""Worked examples of why-questions' causes (the whole answer path is tested in test_answer and
test_answer_news)."""

from assistant.cause_answerer import CauseAnswers
from assistant.lexical import tokens
from assistant.scoring import CAUSE_RE
from assistant.sentences import Scored, Sentence, load_sentences, sentence_spans
from assistant.types import Chunk

# after 0979_473d0bef26ac4a8f.txt (ABC News, 2022-03-03)
TEXT = (
    "Russian soprano Anna Netrebko has withdrawn from performances at the Metropolitan Opera. "
    "The Met said she was withdrawn after not complying with its condition that she repudiate "
    "her support for Putin. Finnish soprano Karita Mattila refused to perform because of 2014."
)


class Causes(CauseAnswers):
    def __init__(self, article: list[Sentence]) -> None:
        self.article = article

        class Corpus:
            def words_of(self, source: str) -> frozenset[str]:
                return frozenset(tokens(TEXT))

        self.corpus = Corpus()

    def idf(self, token: str) -> float:
        return 1.0

    def sentences_of(self, source: str) -> list[Sentence]:
        return self.article


def test_a_restatement_alone_is_shown_with_the_cause_its_article_tells(
    sentences_of_text, plain_query
):
    article = sentences_of_text(TEXT, "met.txt")
    query = plain_query(
        "Why was Anna Netrebko withdrawn from the Metropolitan Opera's performances?",
        frozenset(tokens(TEXT)),
    )
    chosen = Causes(article)._with_causes(query, [Scored(article[0], 0.9)])
    assert [c.sentence for c in chosen] == [article[0], article[1]]


def test_a_restatement_is_read_with_the_next_sentence_when_it_refers_back_and_tells_why(
    plain_query,
):
    # CNN, 2022-03-04: the decision, then "The distinction is meant to avoid…", which shares
    # few of the question's words but is about the sentence before it
    text = (
        "The Biden administration made a policy decision to describe the information shared "
        "with Ukraine as helping them gain situational awareness, one of the sources said. "
        "The distinction is meant to avoid Russia being able to claim the US is a co-combatant."
    )
    chunk = Chunk("c", "a", "cnn.txt", "", None, 0, 0, len(text), text)
    article = load_sentences(chunk, text, [[s, e, None, 0] for s, e in sentence_spans(text)])
    query = plain_query(
        "Why did the Biden administration describe its intelligence as situational awareness?",
        frozenset(tokens(text)),
    )
    chosen = Causes(article)._with_causes(query, [Scored(article[0], 0.9)])
    assert [c.sentence.text for c in chosen] == [text]


def test_a_further_excerpt_without_a_cause_is_dropped(sentences_of_text, plain_query):
    article = sentences_of_text(TEXT, "met.txt")
    query = plain_query("Why did Netrebko withdraw?", frozenset(tokens(TEXT)))
    restated = Scored(article[0], 0.9)
    caused = Scored(article[2], 0.8)  # "because": a cause, kept as it is
    assert Causes(article)._with_causes(query, [restated, caused]) == [restated, caused]
    plain = Scored(Sentence(article[0].chunk, 0, 10, "The Met.", None), 0.8)
    kept = Causes(article)._with_causes(query, [restated, plain])
    assert plain not in kept and kept[0] == restated


def test_causes_are_told_in_more_words_than_because():
    for sentence in (
        "The head of France's military intelligence has quit in what's being seen as fallout "
        "from France misjudging Russia's intentions.",
        "The government cut the service in order to save fuel.",
        "Ils ont fermé la frontière afin d'éviter un afflux.",
        "The minister resigned, citing health reasons.",
        # Fox News, 2022-03-16: why a sheriff's office had helmets to spare
        "Despite being in good condition, the helmets must be replaced and destroyed every "
        "five years for liability reasons, Hoffman said.",
        "Next year's event could not be held in Ukraine for safety and security reasons.",
        "Le concours n'aura pas lieu en Ukraine pour des raisons de sécurité.",
        # BBC News, 2022-04-27: why Timothy could not get a visa
        "But as he is under 18 and unaccompanied, he cannot use the visa scheme, the government "
        "said.",
        # a cause told before it, or a question why answered
        "We believe that many of Putin's assets are hidden with family members, and that's why "
        "we're targeting them.",
        "Asked why the US was targeting Mr Putin's daughters, a senior official said they could "
        "be in control of some of their father's assets.",
        "Snider explained why he gave permission to Ukrainians in a fiery Twitter post.",
        "Les prix ont doublé, c'est pourquoi les usines ferment.",
        # a purpose: what it was done for (BBC News, 2022-03; NBC News, 2022-07)
        "L'Occitane told the BBC it was keeping its shops open to protect staff from "
        "potential retaliation.",
        "The White House said it was highlighting the efforts to send a signal to Putin.",
        "The US and Russia met for high-stakes talks aimed at averting a war.",
        "Le ministère a pris ces mesures dans le but d'éviter une pénurie.",
        # what someone moved away for (CNN, 2022-10): escaping is a reason to leave
        "Bride and groom Yura Boguslavsky and Asya Kiselyova, both animation artists from "
        "Moscow, moved here to escape Russia's crackdown on anti-war protesters.",
        "Ils sont partis en Arménie pour fuir la mobilisation.",
        # a cause as the subject of what it brought about (CBS News, 2022-10-12; Fox News,
        # 2022-12): "why had he earned the nickname…"
        "His ruthless tactics as a Russian commander in Syria, levelling entire cities in "
        'defense of the dictator Bashar Assad, earned him the nickname "General Armageddon" in '
        "the Russian press.",
        "Putin's current defense minister banned Yudashkin's invention the minute he assumed "
        "his post in 2012, prompting the famed fashionista to blame the Russian military "
        "authorities.",
        "Sa campagne de bombardements en Syrie lui a valu le surnom de « général Armageddon ».",
    ):
        assert CAUSE_RE.search(sentence), sentence
    assert not CAUSE_RE.search("Nobody knows why the bridge collapsed.")
    assert not CAUSE_RE.search("The head of France's military intelligence has quit his post.")
    # "as" of time: while it happened, not why
    assert not CAUSE_RE.search("The Moskva sank as it was being towed to port in stormy weather.")
    assert not CAUSE_RE.search("They were shot as they were leaving the city.")
    assert not CAUSE_RE.search("The prisoners managed to escape from the camp.")
    assert not CAUSE_RE.search("Surovikin had led Russian forces in Syria.")


def test_a_cause_another_story_tells_is_shown_when_the_first_tells_none(
    sentences_of_text, plain_query
):
    # CNN, 2022-01-24 and 2022-01-23: the navy chief's resignation, then why
    first = sentences_of_text(
        "And the head of Germany's navy was forced to resign in a drama. It was a shock.",
        "cnn1.txt",
    )
    other = sentences_of_text(
        "The head of the German navy has resigned after suggesting that Crimea would never "
        "come back to Ukraine. Germany's navy has 16,000 sailors.",
        "cnn2.txt",
    )
    query = plain_query(
        "Why did the head of Germany's navy resign?", frozenset(tokens("head Germany navy"))
    )
    candidates = [Scored(first[0], 0.9), Scored(other[1], 0.7), Scored(other[0], 0.6)]
    chosen = Causes(first)._with_causes(query, candidates[:1], candidates)
    assert [c.sentence for c in chosen] == [first[0], other[0]]
    # without a cause among the candidates, the first excerpt stands alone
    chosen = Causes(first)._with_causes(query, candidates[:1], candidates[:2])
    assert [c.sentence for c in chosen] == [first[0]]
