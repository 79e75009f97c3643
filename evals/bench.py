"""Benchmark on a real corpus: ingest throughput against the raw encoder, resume after a kill,
start-up to the first answer on a built store, warm answer latency, peak memory.

`python -m evals.bench --corpus ../shared/corpus-news` ingests the folder into a fresh data
folder and prints one table:

- articles, chunks, ingest seconds and chunks/s, beside the raw encoder's chunks/s on a sample
  of the same chunks (the embedder alone, same batch size, in the same run);
- resume: a second ingest into another folder, killed (SIGKILL) half-way, then run again; the
  resumed store must equal the clean one (same files, chunks and vector count);
- in a new process on the built store: seconds from process start to the first answer, warm
  p50/p95 over the questions of `evals/news.jsonl` (answered twice: the first pass is the warm
  up), and that process's peak RSS.

`--scale N` first writes N altered copies of every article (names, figures and dates changed,
so every copy is new text to embed) for a synthetic corpus of N+1 times the size; `--data-dir`
builds the store there and keeps it (a folder holding a built store is reused, without
ingest). It asserts nothing: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTIONS = Path(__file__).with_name("news.jsonl")
RAW_SAMPLE = 4000  # chunks timed through the raw encoder


def _settings(corpus: Path, data: Path):
    from assistant.settings import load_settings

    return load_settings(corpus_dir=corpus, data_dir=data)


def write_scaled(source: Path, target: Path, copies: int) -> int:
    """The articles of `source` and `copies` altered copies of each, in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    names = sorted(p for p in source.iterdir() if p.suffix in (".txt", ".md"))
    count = 0
    for path in names:
        text = path.read_text(encoding="utf-8")
        shutil.copy(path, target / path.name)
        count += 1
        header, _, body = text.partition("\n")  # the header keeps its date
        for i in range(copies):
            rng = random.Random(f"{path.name}:{i}")
            variant = (
                header
                + "\n"
                + re.sub(r"\d+", lambda m, rng=rng: str(int(m.group(0)) + rng.randint(1, 9)), body)
            )
            variant = variant.replace("Ukraine", f"Ukraine{i}").replace("Russia", f"Russia{i}")
            (target / f"{path.stem}_copy{i:02d}{path.suffix}").write_text(variant, encoding="utf-8")
            count += 1
    return count


def _ingest(corpus: Path, data: Path) -> dict:
    from assistant.index import Index

    index = Index(_settings(corpus, data))
    report = index.sync(corpus, progress=True)
    return {
        "articles": index.catalog.count_articles(),
        "files": index.catalog.count_files(),
        "chunks": report.chunks,
        "seconds": report.seconds,
        "embed_seconds": report.embed_seconds,
        "words": report.words,
    }


def _raw_encoder(data: Path, corpus: Path) -> float:
    """Chunks/s of the embedder alone on a sample of the store's own chunks."""
    from assistant.index import Index
    from assistant.ingest import EMBED_BATCH

    index = Index(_settings(corpus, data))
    texts: list[str] = []
    for row in index.all_files():
        texts += [c.text for c in index.catalog.chunks_of(row.source)]
        if len(texts) >= RAW_SAMPLE:
            break
    texts = texts[:RAW_SAMPLE]
    embedder = index.embedder
    embedder.embed_documents(texts[:8])
    started = time.perf_counter()
    for i in range(0, len(texts), EMBED_BATCH):
        embedder.embed_documents(texts[i : i + EMBED_BATCH])
    return len(texts) / (time.perf_counter() - started)


def _state(corpus: Path, data: Path) -> tuple:
    from assistant.index import Index

    index = Index(_settings(corpus, data))
    files = index.catalog.file_hashes()
    chunks = sorted(c.chunk_id for s in files for c in index.catalog.chunks_of(s))
    return files, chunks, index.store.count()


def _resume(corpus: Path, data: Path, clean: Path, chunks: int) -> str:
    """Kill an ingest half-way, run it again, compare with the clean store."""
    env = dict(os.environ, ASSISTANT_CORPUS_DIR=str(corpus), ASSISTANT_DATA_DIR=str(data))
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "ingest"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    catalog = data / "catalog.sqlite"
    from assistant.catalog import Catalog

    while process.poll() is None:
        time.sleep(1)
        if catalog.exists() and Catalog(catalog).count_chunks() >= chunks // 2:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    killed_at = Catalog(catalog).count_chunks()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant.cli", "ingest"], env=env, check=True)
    seconds = time.perf_counter() - started
    same = _state(corpus, data) == _state(corpus, clean)
    return (
        f"killed at {killed_at} of {chunks} chunks; resumed in {seconds:.0f} s; "
        f"{'equal to' if same else 'DIFFERENT from'} the clean run"
    )


def answer_figures(corpus: Path, data: Path, started: float) -> dict:
    """In this process: time to the first answer since `started`, then warm latencies."""
    from assistant.answer import Assistant

    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    asked = [(q["question"], q.get("history")) for q in questions if q.get("question")]
    assistant = Assistant(_settings(corpus, data))
    assistant.answer(asked[0][0])
    first = time.perf_counter() - started
    for question, history in asked:  # warm up: every question once
        assistant.answer(question, history)
    times = []
    for question, history in asked:
        begin = time.perf_counter()
        assistant.answer(question, history)
        times.append((time.perf_counter() - begin) * 1000)
    times.sort()
    return {
        "first_answer_s": first,
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * (len(times) - 1))],
        "max_ms": times[-1],
        "questions": len(times),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _answer_process(corpus: Path, data: Path) -> dict:
    output = subprocess.run(
        [sys.executable, "-m", "evals.bench", "--answer-only", "--corpus", str(corpus)]
        + ["--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    started = time.perf_counter()
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="articles folder")
    parser.add_argument("--scale", type=int, default=0, help="altered copies of each article")
    parser.add_argument(
        "--data-dir", type=Path, help="where to build the store (kept); a built one is reused"
    )
    parser.add_argument("--no-resume", action="store_true", help="skip the kill-and-resume run")
    parser.add_argument("--answer-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.answer_only:
        print(json.dumps(answer_figures(args.corpus, args.data_dir, started)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.scale:
            corpus = Path(tmp) / "scaled"
            write_scaled(args.corpus, corpus, args.scale)
            manifest = args.corpus.parent / f"{args.corpus.resolve().name}.tsv"
            if manifest.is_file():
                shutil.copy(manifest, corpus / "manifest.tsv")
        lines = [f"corpus           {args.corpus}" + (f" × {args.scale + 1}" if args.scale else "")]
        data = args.data_dir or Path(tmp) / "data"
        if not (data / "catalog.sqlite").exists():
            built = _ingest(corpus, data)
            raw = _raw_encoder(data, corpus)
            rate = built["chunks"] / built["seconds"]
            lines += [
                f"articles         {built['articles']} ({built['files']} files)",
                f"chunks           {built['chunks']}",
                f"ingest           {built['seconds']:.0f} s, {rate:.0f} chunks/s "
                f"(waited {built['embed_seconds']:.0f} s for the encoder; "
                f"{built['words']} words embedded)",
                f"raw encoder      {raw:.0f} chunks/s on {RAW_SAMPLE} of the same chunks: "
                f"ingest at {rate / raw:.2f} × the raw encoder",
            ]
            if not args.no_resume:
                lines.append(
                    "resume           "
                    + _resume(corpus, Path(tmp) / "resumed", data, built["chunks"])
                )
        figures = _answer_process(corpus, data)
        lines += [
            f"first answer     {figures['first_answer_s']:.1f} s from process start "
            "(existing store)",
            f"warm answers     p50 {figures['p50_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms, "
            f"max {figures['max_ms']:.0f} ms over {figures['questions']} questions",
            f"peak RSS         {figures['peak_rss_mb']:.0f} MB (answering process)",
        ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
