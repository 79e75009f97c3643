"""Measure who-said-what attribution on a seeded sample of the real news corpus.

Runs `assistant.attribution.attribute` over N articles drawn with a fixed seed from a folder
of article files (default: the shared news corpus, near-copies left out) and prints the share
of sentences holding a quote mark that got a speaker, the most frequent speakers (by identity
key), and random attributed sentences with their speaker, for a person to judge precision by
eye. `--roles` first learns a cross-article `RoleBook` from the whole sample. It changes
nothing and writes nothing.

    python scripts/attribution_sample.py --articles 200 --show 30 --seed 7
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's `assistant`

from assistant.attribution import attribute  # noqa: E402
from assistant.chunking import sentence_spans  # noqa: E402
from assistant.corpus import parse_article  # noqa: E402

CORPUS = Path("/work/shared/corpus-news")
QUOTE_MARK = re.compile(r"[\"“”«»]")


def _sample(folder: Path, count: int, seed: int) -> list[Path]:
    meta = folder.with_suffix(".tsv")
    skip: set[str] = set()
    if meta.exists():
        with meta.open(encoding="utf-8") as handle:
            skip = {row["file"] for row in csv.DictReader(handle, delimiter="\t") if row["dup_of"]}
    files = sorted(p for p in folder.glob("*.txt") if p.name not in skip)
    return random.Random(seed).sample(files, min(count, len(files)))


def _attributed(path: Path, roles: object = None) -> list[tuple[str, object]]:
    article = parse_article(path.read_text(encoding="utf-8"), path.name)
    spans = [s for p in article.paragraphs for s in sentence_spans(article.text, *p)]
    kwargs = {"roles": roles} if roles is not None else {}
    found = attribute(article.text, spans, **kwargs)
    return [(article.text[s:e], a) for (s, e), a in zip(spans, found, strict=True)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-seed", type=int, default=0, help="seed of the sentences shown")
    parser.add_argument("--roles", action="store_true", help="learn a RoleBook first")
    args = parser.parse_args(argv)

    paths = _sample(args.folder, args.articles, args.seed)
    roles = None
    if args.roles:
        from assistant.attribution import article_roles
        from assistant.identity import RoleBook

        roles = RoleBook()
        for path in paths:
            roles.add(path.name, article_roles(path.read_text(encoding="utf-8")))
    rows = [(path.name, s, a) for path in paths for s, a in _attributed(path, roles)]
    quoted = [(n, s, a) for n, s, a in rows if QUOTE_MARK.search(s)]
    with_speaker = [r for r in quoted if r[2] is not None]
    attributed = [r for r in rows if r[2] is not None]
    print(f"articles: {len(paths)}   sentences: {len(rows)}   attributed: {len(attributed)}")
    share = len(with_speaker) / len(quoted) if quoted else 0.0
    print(f"sentences with a quote mark: {len(quoted)}, with a speaker: {share:.1%}")
    keys = Counter(getattr(a, "key", "") or a.speaker for _, _, a in attributed)
    print("\nmost frequent speakers (key: count):")
    for key, n in keys.most_common(30):
        print(f"  {n:5d}  {key}")
    print(f"\n{args.show} random attributed sentences (speaker -> person):")
    for name, sentence, a in random.Random(args.show_seed).sample(
        attributed, min(args.show, len(attributed))
    ):
        person = getattr(a, "person", "") or ""
        text = sentence if len(sentence) < 240 else sentence[:237] + "..."
        print(f"- [{name[:4]}] {a.speaker!r} -> {person!r}\n    {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
