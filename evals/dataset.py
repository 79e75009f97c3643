"""Loads and validates the eval question sets (`evals/questions.jsonl`, `evals/news.jsonl`...).

One JSON object per line: `id`, `lang` ("en"/"fr"), `kind`, `question`, optional `history`
(prior turns `{"role", "content"}`), `evidence` (verbatim passages of the corpus), `facts` (key
facts, each a list of accepted variants), `answerable`, for yes/no items an optional `answer`
("yes"/"no", recorded but not scored), an optional `articles` (the file names, relative to the
corpus folder, that hold the evidence: every passage must lie in one of them and in no other
file) and an optional `checked` (for unanswerable items: how the corpus was searched). Every
problem raises a `QuestionSetError` (a `ValueError`) naming the file and line, or the question id
and the passage, so the set can never silently test nothing. Validation against a corpus reads
each article once and searches all of them together. This module neither runs the assistant nor
scores answers (see `evals.metrics`), nor builds corpora (see `evals.subset`).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from evals.metrics import normalize

DEFAULT_QUESTIONS = Path(__file__).with_name("questions.jsonl")
LANGS = frozenset({"en", "fr"})
KINDS = frozenset(
    {
        "quote",
        "number",
        "date",
        "actor",
        "position",
        "proposal",
        "yesno",
        "paraphrase",
        "unanswerable",
        "followup",
        "why",
    }
)
ROLES = frozenset({"user", "assistant"})
_REQUIRED = ("id", "lang", "kind", "question", "evidence", "facts", "answerable")
_OPTIONAL = ("history", "answer", "articles", "checked")


class QuestionSetError(ValueError):
    """The question set is malformed, or does not match the corpus."""


class EvidenceNotFoundError(QuestionSetError):
    """An evidence passage of a question is not a verbatim substring of any corpus article."""


class Span(NamedTuple):
    """Where an evidence passage lies: `texts[article_id][start:end]`."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class EvalItem:
    """One question of the set, as validated from its line."""

    id: str
    lang: str
    kind: str
    question: str
    evidence: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    answerable: bool
    history: tuple[dict[str, str], ...] = ()
    answer: str | None = None
    line: int = 0
    articles: tuple[str, ...] = ()
    checked: str | None = None


def load_questions(path: Path | str = DEFAULT_QUESTIONS) -> list[EvalItem]:
    """Read and validate the question set at `path`; raises `QuestionSetError` on any problem."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise QuestionSetError(f"{path}: cannot read the question set ({error})") from error
    except UnicodeDecodeError as error:
        raise QuestionSetError(f"{path}: not UTF-8 text ({error})") from error
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            raise QuestionSetError(f"{path}:{number}: not valid JSON ({error.msg})") from error
        item = parse_item(obj, where=f"{path}:{number}", line=number)
        if item.id in seen:
            raise QuestionSetError(
                f"{path}:{number}: duplicate id {item.id!r} (first on line {seen[item.id]})"
            )
        seen[item.id] = number
        items.append(item)
    if not items:
        raise QuestionSetError(f"{path}: the question set is empty")
    return items


def parse_item(obj: Any, where: str = "<item>", line: int = 0) -> EvalItem:
    """Validate one decoded JSON object into an `EvalItem`; `where` prefixes error messages."""

    def fail(message: str) -> QuestionSetError:
        return QuestionSetError(f"{where}: {message}")

    if not isinstance(obj, dict):
        raise fail("expected a JSON object")
    missing = [key for key in _REQUIRED if key not in obj]
    if missing:
        raise fail(f"missing field(s) {', '.join(missing)}")
    unknown = sorted(set(obj) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}")
    for key in ("id", "lang", "kind", "question"):
        if not isinstance(obj[key], str) or not obj[key].strip():
            raise fail(f"{key!r} must be a non-empty string")
    qid = obj["id"]
    if obj["lang"] not in LANGS:
        raise fail(f"{qid}: lang must be one of {sorted(LANGS)}, not {obj['lang']!r}")
    if obj["kind"] not in KINDS:
        raise fail(f"{qid}: kind must be one of {sorted(KINDS)}, not {obj['kind']!r}")
    if not isinstance(obj["answerable"], bool):
        raise fail(f"{qid}: 'answerable' must be true or false")
    evidence = obj["evidence"]
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e for e in evidence):
        raise fail(f"{qid}: 'evidence' must be a list of non-empty strings")
    facts = obj["facts"]
    if not isinstance(facts, list) or not all(
        isinstance(f, list) and f and all(isinstance(v, str) and v.strip() for v in f)
        for f in facts
    ):
        raise fail(f"{qid}: 'facts' must be a list of non-empty lists of non-empty strings")
    if obj["answerable"]:
        if not evidence:
            raise fail(f"{qid}: an answerable question needs at least one evidence passage")
        if not facts:
            raise fail(f"{qid}: an answerable question needs at least one key fact")
    else:
        if evidence or facts:
            raise fail(f"{qid}: an unanswerable question has evidence [] and facts []")
    if obj["kind"] == "unanswerable" and obj["answerable"]:
        raise fail(f"{qid}: kind 'unanswerable' with answerable true")
    history = obj.get("history", [])
    if not isinstance(history, list):
        raise fail(f"{qid}: 'history' must be a list of turns")
    for index, turn in enumerate(history):
        if (
            not isinstance(turn, dict)
            or set(turn) != {"role", "content"}
            or turn["role"] not in ROLES
            or not isinstance(turn["content"], str)
            or not turn["content"].strip()
        ):
            raise fail(
                f'{qid}: history turn {index} must be {{"role": "user"|"assistant", '
                f'"content": "..."}}'
            )
    if obj["kind"] == "followup" and not history:
        raise fail(f"{qid}: a followup question needs a 'history'")
    answer = obj.get("answer")
    if answer is not None and answer not in ("yes", "no"):
        raise fail(f'{qid}: \'answer\' must be "yes" or "no"')
    articles = obj.get("articles", [])
    if not isinstance(articles, list) or not all(
        isinstance(a, str) and a.strip() and a == a.strip() for a in articles
    ):
        raise fail(f"{qid}: 'articles' must be a list of article file names")
    if len(set(articles)) != len(articles):
        raise fail(f"{qid}: 'articles' lists a file twice")
    if articles and not obj["answerable"]:
        raise fail(f"{qid}: an unanswerable question has no 'articles'")
    if "articles" in obj and obj["answerable"] and not articles:
        raise fail(f"{qid}: 'articles' is empty; list the files that hold the evidence")
    checked = obj.get("checked")
    if checked is not None and (not isinstance(checked, str) or not checked.strip()):
        raise fail(f"{qid}: 'checked' must be a non-empty string (how the corpus was searched)")
    return EvalItem(
        id=qid,
        lang=obj["lang"],
        kind=obj["kind"],
        question=obj["question"],
        evidence=tuple(evidence),
        facts=tuple(tuple(f) for f in facts),
        answerable=obj["answerable"],
        history=tuple(dict(turn) for turn in history),
        answer=answer,
        line=line,
        articles=tuple(articles),
        checked=checked,
    )


def article_id_of(file_name: str) -> str:
    """The article id the assistant gives the file `file_name` (its path minus the suffix)."""
    return file_name.rsplit(".", 1)[0]


class CorpusSearch:
    """All articles of a corpus joined once, to find every occurrence of a passage in one pass."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.ids = list(texts)
        self.id_set = frozenset(self.ids)
        self.starts: list[int] = []
        parts = []
        offset = 0
        for article_id in self.ids:
            self.starts.append(offset)
            parts.append(texts[article_id])
            offset += len(texts[article_id]) + 1
        # NUL never occurs in an article, so no passage spans two of them
        self.joined = "\0".join(parts)
        self._found: dict[str, list[Span]] = {}

    def find_all(self, passage: str) -> list[Span]:
        """Every span of `passage` in the corpus, in article order (each passage searched once)."""
        if passage in self._found:
            return list(self._found[passage])
        spans = []
        position = self.joined.find(passage)
        while position != -1:
            index = bisect.bisect_right(self.starts, position) - 1
            start = position - self.starts[index]
            spans.append(Span(self.ids[index], start, start + len(passage)))
            position = self.joined.find(passage, position + 1)
        self._found[passage] = spans
        return list(spans)


def locate_evidence(item: EvalItem, texts: Mapping[str, str] | CorpusSearch) -> list[Span]:
    """Every span where each evidence passage of `item` occurs in the article `texts`.

    Raises `EvidenceNotFoundError` naming the question id and the passage when a passage is in no
    article (byte-exact match: mind ’ versus ' and « »). When the item lists its `articles`, each
    passage must lie in one of them and in no unlisted article, and every listed article must be
    in the corpus (`QuestionSetError` otherwise).
    """
    search = texts if isinstance(texts, CorpusSearch) else CorpusSearch(texts)
    where = f"question {item.id} (line {item.line})"
    listed = {article_id_of(name): name for name in item.articles}
    if listed:
        missing = [name for article_id, name in listed.items() if article_id not in search.id_set]
        if missing:
            raise QuestionSetError(
                f"{where}: the article(s) {', '.join(missing)} named in 'articles' are not in the "
                "corpus folder; run with --corpus-dir set to the corpus the questions were "
                "written on"
            )
    spans: list[Span] = []
    for passage in item.evidence:
        found = search.find_all(passage)
        if not found:
            raise EvidenceNotFoundError(
                f"{where}: evidence passage not found verbatim in the corpus: {passage!r}"
            )
        if listed:
            inside = {span.article_id for span in found} & set(listed)
            if not inside:
                raise QuestionSetError(
                    f"{where}: evidence passage {passage!r} is in none of its 'articles'; "
                    "add the file that holds it"
                )
            outside = sorted({span.article_id for span in found} - set(listed))
            if outside:
                raise QuestionSetError(
                    f"{where}: evidence passage {passage!r} also occurs in {', '.join(outside)}, "
                    "not listed in 'articles'; add it so that subsets keep every copy"
                )
        spans.extend(found)
    return spans


def check_facts_in_evidence(item: EvalItem) -> None:
    """Raise `QuestionSetError` when no variant of a key fact appears in the item's evidence.

    The default answerer quotes the article, so each fact must be checkable against its words.
    """
    evidence = normalize(" ".join(item.evidence))
    for fact in item.facts:
        if not any(normalize(variant) in evidence for variant in fact):
            raise QuestionSetError(
                f"question {item.id} (line {item.line}): no variant of the fact {list(fact)} "
                "appears in its evidence passages"
            )


def validate_against_corpus(
    items: Iterable[EvalItem], texts: Mapping[str, str]
) -> dict[str, list[Span]]:
    """Check every item against the corpus; return each question id's evidence spans.

    The articles are joined once and each passage is searched once over all of them.
    """
    search = CorpusSearch(texts)
    spans: dict[str, list[Span]] = {}
    for item in items:
        spans[item.id] = locate_evidence(item, search)
        check_facts_in_evidence(item)
    return spans


def corpus_texts(corpus_dir: Path | str) -> dict[str, str]:
    """The verbatim text of every article of `corpus_dir`, keyed by article id.

    Uses the assistant's own loader so that ids and offsets match its citations.
    """
    from assistant.corpus import load_corpus

    return {article.article_id: article.text for article in load_corpus(Path(corpus_dir)).articles}


def select(
    items: list[EvalItem], filter_: str | None = None, limit: int | None = None
) -> list[EvalItem]:
    """The items whose id, kind or lang contains `filter_` (case-insensitive), at most `limit`."""
    if filter_:
        needle = filter_.lower()
        items = [i for i in items if needle in i.id.lower() or needle in i.kind or needle in i.lang]
    if limit is not None:
        items = items[: max(limit, 0)]
    return items
