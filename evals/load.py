"""Load test: many questions at once through `gradio_client` against a running web server.

`python -m evals.load URL [--questions 50] [--reindex] [--auth user:password]` submits N
questions at once (taken in turn from the eval question set) to the server's `/answer`
endpoint, waits for all, and prints how many failed (with the first messages) and the
latency from submission to answer: p50, p95 and max, queueing included. With `--reindex` a
re-index of the corpus folder (the Corpus tab's button, `/reindex`) is started with the
questions, to see that answers keep coming while the index is brought in step. It prints
figures and asserts nothing; the server's concurrency is `ASSISTANT_CONCURRENCY`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

QUESTIONS = Path(__file__).with_name("questions.jsonl")


def questions(count: int, path: Path = QUESTIONS) -> list[str]:
    """`count` questions of a question set, in turn."""
    import json

    lines = path.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line)["question"] for line in lines if line.strip()]
    return [items[i % len(items)] for i in range(count)]


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def run(
    url: str,
    count: int,
    reindex: bool = False,
    auth: str | None = None,
    question_set: Path = QUESTIONS,
) -> dict:
    """Submit `count` questions at once (and a re-index when asked); the figures."""
    from gradio_client import Client

    client = Client(url, verbose=False, auth=tuple(auth.split(":", 1)) if auth else None)
    try:
        started = time.perf_counter()
        reindexing = client.submit(api_name="/reindex") if reindex else None
        jobs = [
            (time.perf_counter(), client.submit(q, [], api_name="/answer"))
            for q in questions(count, question_set)
        ]
        latencies, errors = [], []
        for submitted, job in jobs:
            try:
                result = job.result(timeout=600)
                if not isinstance(result, dict) or "text" not in result:
                    errors.append(f"unexpected reply: {str(result)[:200]}")
            except Exception as error:  # noqa: BLE001 (counted and reported)
                errors.append(f"{type(error).__name__}: {error}")
            latencies.append(time.perf_counter() - submitted)
        figures = {
            "questions": count,
            "errors": errors,
            "p50_s": statistics.median(latencies) if latencies else 0.0,
            "p95_s": percentile(latencies, 0.95),
            "max_s": max(latencies, default=0.0),
            "wall_s": time.perf_counter() - started,
        }
        if reindexing is not None:
            try:
                status = reindexing.result(timeout=3600)[0]
                last = str(status).splitlines()[-1] if status else ""
                figures["reindex"] = re.sub(r"\\(.)", r"\1", last).replace("**", "")
            except Exception as error:  # noqa: BLE001
                figures["reindex"] = f"failed: {type(error).__name__}: {error}"
        return figures
    finally:
        client.close()


def main(argv: list[str] | None = None) -> int:
    """Print errors and latency figures; exit 1 when a question failed."""
    parser = argparse.ArgumentParser(prog="python -m evals.load", description=__doc__)
    parser.add_argument("url", help="the running web UI, e.g. http://127.0.0.1:7860/")
    parser.add_argument("--questions", type=int, default=50, help="questions at once (50)")
    parser.add_argument("--reindex", action="store_true", help="re-index at the same time")
    parser.add_argument(
        "--set", type=Path, default=QUESTIONS, help="question set (JSONL) to take questions from"
    )
    parser.add_argument("--auth", help="user:password when the server asks for a login")
    args = parser.parse_args(argv)
    figures = run(args.url, args.questions, args.reindex, args.auth, args.set)
    errors = figures["errors"]
    print(
        f"{figures['questions']} questions at once: {len(errors)} errors; latency p50 "
        f"{figures['p50_s']:.2f} s, p95 {figures['p95_s']:.2f} s, max {figures['max_s']:.2f} s; "
        f"all answered in {figures['wall_s']:.1f} s"
    )
    for message in errors[:10]:
        print(f"error: {message}")
    if "reindex" in figures:
        print(f"re-index during the questions: {figures['reindex']}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
