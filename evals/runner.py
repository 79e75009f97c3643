"""Runs the question set through `assistant.answer()` and reports the scores.

`main(argv)` (also `python -m evals` and `assistant eval`) builds a fresh index in a temporary
data dir (or uses `--data-dir`), timing the build; asks every selected question, after one
untimed warm-up question, through the same `answer()` users call; scores it with
`evals.metrics`; prints a table; writes `report.json`, `summary.md` and `scores.png` into
`--out` (default `evals/reports/`); and exits 1 when a score is below a threshold (or above it,
for latencies and the false-abstention rate) or a question raised, 2 when the question set is
invalid. The thresholds are `--thresholds`, else `thresholds-<set>.json` beside the question set
(`thresholds-news.json` for `news.jsonl`), else `evals/thresholds.json`. `--subset N` runs on a
temporary corpus of the questions' evidence articles plus N distractors (see `evals.subset`)
instead of the whole `--corpus-dir`. It does not judge answers beyond the metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evals.dataset import (
    DEFAULT_QUESTIONS,
    EvalItem,
    QuestionSetError,
    corpus_texts,
    load_questions,
    select,
    validate_against_corpus,
)
from evals.metrics import (
    LOWER_IS_BETTER,
    SCORE_KEYS,
    QuestionResult,
    error_result,
    group_metrics,
    score_question,
)
from evals.subset import DEFAULT_SEED, build_subset

DEFAULT_OUT = Path(__file__).with_name("reports")
DEFAULT_THRESHOLDS = Path(__file__).with_name("thresholds.json")
REPORT_JSON = "report.json"
SUMMARY_MD = "summary.md"
CHART_PNG = "scores.png"

THRESHOLD_METRICS = frozenset(SCORE_KEYS) | LOWER_IS_BETTER

_COLUMNS = (
    ("n", "n"),
    ("hit@1", "hit@1"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("citation_recall", "cit-R"),
    ("citation_precision", "cit-P"),
    ("fact_accuracy", "facts"),
    ("abstention_accuracy", "abst"),
    ("false_abstention_rate", "false-abst"),
    ("latency_p50_ms", "p50 ms"),
    ("latency_p95_ms", "p95 ms"),
)


def build_parser() -> argparse.ArgumentParser:
    """The command-line options of the eval runner."""
    parser = argparse.ArgumentParser(
        prog="python -m evals",
        description="Score the assistant on the eval question set and write a report.",
    )
    parser.add_argument(
        "--questions", type=Path, default=DEFAULT_QUESTIONS, help="question set (JSONL)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="report folder (default: evals/reports/)"
    )
    parser.add_argument(
        "--filter", metavar="SUBSTR", help="only questions whose id/kind/lang has it"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N questions")
    parser.add_argument("--json", action="store_true", help="print the report JSON to stdout")
    parser.add_argument("--llm", metavar="SPEC", help="answerer: '' (extractive), 'openai:<m>'...")
    parser.add_argument("--k", type=int, help="passages retrieved per question (default: settings)")
    parser.add_argument("--corpus-dir", type=Path, help="corpus folder (default: settings)")
    parser.add_argument(
        "--data-dir", type=Path, help="use (and update) this index instead of a fresh temporary one"
    )
    parser.add_argument(
        "--thresholds",
        type=Path,
        help="thresholds file (JSON; default: thresholds-<set>.json beside the question set, "
        "else evals/thresholds.json)",
    )
    parser.add_argument("--no-thresholds", action="store_true", help="do not check thresholds")
    parser.add_argument("--no-chart", action="store_true", help="do not draw scores.png")
    parser.add_argument(
        "--subset",
        type=int,
        metavar="N",
        help="run on a temporary corpus: the questions' evidence articles plus N distractors",
    )
    parser.add_argument(
        "--manifest",
        type=Path,
        help="corpus metadata TSV copied (chosen rows) into the subset (default: found beside "
        "the corpus)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print each question's result")
    return parser


def thresholds_path(questions: Path, explicit: Path | None = None) -> Path:
    """`explicit`, else `thresholds-<stem>.json` beside `questions`, else `thresholds.json`."""
    if explicit is not None:
        return explicit
    beside = Path(questions).with_name(f"thresholds-{Path(questions).stem}.json")
    return beside if beside.is_file() else DEFAULT_THRESHOLDS


def main(argv: list[str] | None = None) -> int:
    """Run the evals with `argv`; 0 = pass, 1 = failed thresholds or errors, 2 = bad input."""
    args = build_parser().parse_args(argv)
    log = sys.stderr if args.json else sys.stdout
    threshold_file = thresholds_path(args.questions, args.thresholds)
    with ExitStack() as stack:
        try:
            thresholds = {} if args.no_thresholds else load_thresholds(threshold_file)
            items = select(load_questions(args.questions), args.filter, args.limit)
            if not items:
                raise QuestionSetError(f"{args.questions}: no question matches the filter/limit")
            settings = _settings(args, data_dir=args.data_dir or Path("."))
            subset = None
            if args.subset is not None:
                folder = Path(stack.enter_context(_tempdir("evals-subset-")))
                subset = build_subset(
                    settings.corpus_dir, items, args.subset, folder, manifest=args.manifest
                )
                settings = _settings(args, data_dir=Path("."), corpus_dir=subset.folder)
                print(
                    f"subset: {len(subset.evidence)} evidence article(s) + "
                    f"{len(subset.distractors)} distractor(s) in {subset.folder}",
                    file=log,
                )
            spans = validate_against_corpus(items, corpus_texts(settings.corpus_dir))
        except QuestionSetError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2

        tmp = stack.enter_context(_tempdir("evals-"))
        settings = _settings(
            args, data_dir=args.data_dir or Path(tmp), corpus_dir=subset and subset.folder
        )
        try:
            report = run(items, spans, settings, k=args.k, log=log if args.verbose else None)
        except ImportError as error:
            print(f"error: the assistant cannot be imported ({error})", file=sys.stderr)
            return 2
    if subset is not None:
        report["meta"]["subset"] = {
            "distractors_asked": args.subset,
            "evidence_articles": len(subset.evidence),
            "distractors": len(subset.distractors),
            "seed": DEFAULT_SEED,
            "manifest": subset.manifest is not None,
        }
    report["meta"]["questions_path"] = str(args.questions)
    report["meta"]["fresh_index"] = args.data_dir is None
    report["meta"]["filter"] = args.filter
    report["meta"]["limit"] = args.limit

    failures = check_thresholds(report["metrics"], thresholds)
    report["thresholds"] = {
        "file": None if args.no_thresholds else str(threshold_file),
        "values": thresholds,
        "failures": failures,
    }
    paths = write_report(report, args.out, chart=not args.no_chart)

    print(render_table(report), file=log)
    print(f"\nreport: {', '.join(str(p) for p in paths)}", file=log)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    errors = report["metrics"]["overall"]["n_errors"]
    if errors:
        print(f"FAILED: {errors} question(s) raised an error (see the report)", file=sys.stderr)
    if failures:
        print("FAILED thresholds:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
    return 1 if failures or errors else 0


def _tempdir(prefix: str) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True)


def _settings(args: argparse.Namespace, data_dir: Path, corpus_dir: Path | None = None) -> Any:
    from assistant.settings import Settings

    overrides: dict[str, Any] = {"data_dir": data_dir}
    if corpus_dir is not None or args.corpus_dir is not None:
        overrides["corpus_dir"] = corpus_dir or args.corpus_dir
    if args.llm is not None:
        overrides["llm"] = args.llm
    return Settings(**overrides)


def run(
    items: Sequence[EvalItem],
    spans: dict[str, list[Any]],
    settings: Any,
    k: int | None = None,
    log: Any = None,
) -> dict[str, Any]:
    """Index the corpus (timed), answer and score every item; return the report dict."""
    from assistant import answer, ingest

    started = time.perf_counter()
    ingest(settings)
    build_s = time.perf_counter() - started

    warm = items[0]
    answer(warm.question, history=list(warm.history) or None, k=k, settings=settings)

    results: list[QuestionResult] = []
    for item in items:
        history = [dict(turn) for turn in item.history] or None
        t0 = time.perf_counter()
        try:
            reply = answer(item.question, history=history, k=k, settings=settings)
        except Exception as error:  # a crash is scored as a wrong answer and reported
            result = error_result(item, error)
        else:
            latency_ms = (time.perf_counter() - t0) * 1000
            result = score_question(item, reply, spans[item.id], latency_ms)
        results.append(result)
        if log is not None:
            status = "ok  " if result.passed else "FAIL"
            print(f"{status} {item.id} [{item.lang}/{item.kind}] {item.question}", file=log)

    metrics = group_metrics(results)
    metrics["overall"]["index_build_s"] = build_s
    answerers = Counter(r.answerer for r in results if r.answerer)
    return {
        "meta": {
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "answerer": answerers.most_common(1)[0][0] if answerers else None,
            "answerers": dict(answerers),
            "llm": settings.llm,
            "k": k if k is not None else settings.k,
            "embedding_model": getattr(settings, "embedding_model", None),
            "corpus_dir": str(settings.corpus_dir),
            "n_questions": len(items),
            "index_build_s": build_s,
        },
        "metrics": metrics,
        "questions": [r.to_dict() for r in results],
    }


def load_thresholds(path: Path) -> dict[str, float]:
    """Read `{"overall.hit@5": 0.5, "lang.fr.fact_accuracy": 0.4, ...}`; QuestionSetError if bad."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise QuestionSetError(f"{path}: cannot read the thresholds ({error})") from error
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()
    ):
        raise QuestionSetError(f"{path}: thresholds must be an object of numbers")
    for key in data:
        parts = key.split(".")
        shape_ok = (len(parts) == 2 and parts[0] == "overall") or (
            len(parts) == 3 and parts[0] in ("lang", "kind")
        )
        if not shape_ok or parts[-1] not in THRESHOLD_METRICS:
            raise QuestionSetError(
                f"{path}: bad threshold key {key!r}: use overall.M, lang.L.M or kind.K.M "
                f"with M one of {', '.join(sorted(THRESHOLD_METRICS))}"
            )
    return {str(key): float(value) for key, value in data.items()}


def lookup(metrics: dict[str, Any], key: str) -> tuple[bool, float | None]:
    """Resolve "overall.M", "lang.L.M" or "kind.K.M" to (group present, value or None)."""
    section, *name, metric = key.split(".")
    group = (
        metrics.get("overall") if section == "overall" else metrics.get(section, {}).get(name[0])
    )
    if group is None:
        return False, None
    return True, group.get(metric)


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """The failed thresholds, as messages; metrics listed in LOWER_IS_BETTER use maxima.

    A threshold whose group is absent (filtered out) or whose metric has no value is skipped.
    """
    failures = []
    for key, limit in sorted(thresholds.items()):
        found, value = lookup(metrics, key)
        if not found or value is None:
            continue
        metric = key.rpartition(".")[2]
        if metric in LOWER_IS_BETTER:
            if value > limit:
                failures.append(f"{key} = {_fmt(value)} > max {_fmt(limit)}")
        elif value < limit:
            failures.append(f"{key} = {_fmt(value)} < min {_fmt(limit)}")
    return failures


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.0f}"
    return str(value)


def _rows(metrics: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    rows = [("overall", metrics["overall"])]
    rows += [(f"lang:{name}", m) for name, m in metrics["lang"].items()]
    rows += [(f"kind:{name}", m) for name, m in metrics["kind"].items()]
    return rows


def render_table(report: dict[str, Any]) -> str:
    """A fixed-width text table of the metrics, overall then per language and kind."""
    meta, metrics = report["meta"], report["metrics"]
    header = ["group"] + [label for _, label in _COLUMNS]
    lines = [[name] + [_fmt(m.get(key)) for key, _ in _COLUMNS] for name, m in _rows(metrics)]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )

    out = [
        f"answerer: {meta.get('answerer')}  k: {meta.get('k')}  questions: {meta['n_questions']}"
        f"  index build: {meta['index_build_s']:.2f}s",
        fmt(header),
        fmt(["-" * w for w in widths]),
        *(fmt(row) for row in lines),
    ]
    return "\n".join(out)


def render_markdown(report: dict[str, Any]) -> str:
    """The Markdown summary: settings, the metrics table, threshold failures, failed questions."""
    meta, metrics = report["meta"], report["metrics"]
    head = ["group"] + [label for _, label in _COLUMNS]
    lines = [
        "# Eval report",
        "",
        f"- created: {meta['created']}",
        f"- answerer: `{meta.get('answerer')}` (llm setting: `{meta.get('llm') or ''}`)",
        f"- k: {meta.get('k')} passages retrieved per question (hit@5 counts at most these),"
        f" embedding model: `{meta.get('embedding_model')}`",
        f"- questions: {meta['n_questions']} from `{meta.get('questions_path')}`",
        f"- index build: {meta['index_build_s']:.2f} s"
        + (" (fresh index)" if meta.get("fresh_index") else " (existing index updated)"),
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|",
    ]
    for name, m in _rows(metrics):
        lines.append("| " + " | ".join([name] + [_fmt(m.get(k)) for k, _ in _COLUMNS]) + " |")
    failures = report.get("thresholds", {}).get("failures") or []
    lines += ["", "## Thresholds", ""]
    if report.get("thresholds", {}).get("file") is None:
        lines.append("Not checked.")
    elif failures:
        lines += [f"- FAILED {f}" for f in failures]
    else:
        lines.append("All passed.")
    failed = [q for q in report["questions"] if not _passed(q)]
    lines += ["", f"## Failed questions ({len(failed)})", ""]
    for q in failed:
        lines.append(f"- **{q['id']}** [{q['lang']}/{q['kind']}] {q['question']} — {_why(q)}")
    if chart := report.get("chart"):
        lines += ["", f"![scores]({chart})"]
    return "\n".join(lines) + "\n"


def _passed(q: dict[str, Any]) -> bool:
    if q.get("error"):
        return False
    if not q["answerable"]:
        return q["abstained"]
    return not q["abstained"] and bool(q["facts_ok"])


def _why(q: dict[str, Any]) -> str:
    if q.get("error"):
        return f"error: {q['error']}"
    if not q["answerable"]:
        return "answered instead of abstaining"
    if q["abstained"]:
        return "abstained on an answerable question"
    return "missing facts " + "; ".join("/".join(f) for f in q["missing_facts"])


def write_chart(metrics: dict[str, Any], path: Path) -> Path:
    """Draw grouped bars of the main scores, overall and per language, into a PNG at `path`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = [("overall", metrics["overall"])] + list(metrics["lang"].items())
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.8 / len(groups)
    for g, (name, m) in enumerate(groups):
        values = [m.get(key) or 0.0 for key in SCORE_KEYS]
        positions = [i + (g - (len(groups) - 1) / 2) * width for i in range(len(SCORE_KEYS))]
        ax.bar(positions, values, width, label=name)
    labels = [f"{key} (lower=better)" if key in LOWER_IS_BETTER else key for key in SCORE_KEYS]
    ax.set_xticks(range(len(SCORE_KEYS)), labels, rotation=25, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score")
    ax.set_title("Eval scores")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_report(report: dict[str, Any], out_dir: Path, chart: bool = True) -> list[Path]:
    """Write report.json, summary.md and (unless `chart` is False) scores.png into `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    if chart:
        paths.append(write_chart(report["metrics"], out_dir / CHART_PNG))
        report["chart"] = CHART_PNG
    json_path = out_dir / REPORT_JSON
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path = out_dir / SUMMARY_MD
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return [json_path, md_path, *paths]
