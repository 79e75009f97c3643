"""Benchmark: ingest throughput, answer latency and peak memory on a synthetic larger corpus.

`python -m evals.bench [--copies N]` writes N variants of the shipped articles (figures and
names changed, so every copy is new content) to a temporary folder, indexes them with the
configured embedding model, then times warm answers. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from assistant.answer import Assistant
from assistant.corpus import article_paths
from assistant.settings import load_settings

QUESTIONS = [
    "What did Peskov7 say?",
    "Qu'a dit Peskov7 ?",
    "How many American soldiers were sent to Eastern Europe?",
    "Que réclame le Kremlin ?",
    "What did Washington propose?",
    "What did Zelensky say?",
]


def write_copies(source: Path, target: Path, copies: int) -> int:
    """Write `copies` altered copies of each article of `source` into `target`."""
    count = 0
    for path in article_paths(source):
        text = path.read_text(encoding="utf-8")
        for i in range(copies):
            variant = text.replace("3 000", f"{i + 1} 000").replace("Peskov", f"Peskov{i}")
            (target / f"{path.stem}_{i:04d}{path.suffix}").write_text(variant, encoding="utf-8")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__)
    parser.add_argument("--copies", type=int, default=300, help="copies of each article")
    parser.add_argument("--rounds", type=int, default=5, help="times each question is asked")
    args = parser.parse_args(argv)
    base = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, data = Path(tmp) / "corpus", Path(tmp) / "data"
        corpus.mkdir()
        articles = write_copies(base.corpus_dir, corpus, args.copies)
        assistant = Assistant(base.model_copy(update={"corpus_dir": corpus, "data_dir": data}))
        report = assistant.ingest()
        again = assistant.ingest()
        started = time.perf_counter()
        assistant.answer(QUESTIONS[0])
        first = time.perf_counter() - started
        times = []
        for _ in range(args.rounds):
            for question in QUESTIONS:
                started = time.perf_counter()
                assistant.answer(question)
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model            {base.embedding_model}")
    print(f"articles         {articles}  chunks {report.chunks}")
    print(
        f"ingest           {report.seconds:.1f} s  ({report.chunks / report.seconds:.0f} chunks/s)"
    )
    print(f"re-ingest        {again.seconds:.2f} s  (nothing changed)")
    print(f"first answer     {first * 1000:.0f} ms  (derived data, vocabulary vectors)")
    print(
        f"warm answers     p50 {statistics.median(times):.0f} ms  "
        f"p95 {times[int(len(times) * 0.95) - 1]:.0f} ms  over {len(times)}"
    )
    print(f"peak memory      {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
