"""Builds a small corpus for a CI-sized eval run: every evidence article plus distractors.

`build_subset(corpus_dir, items, n, target)` copies into `target` every article named in the
`articles` field of the given questions, plus `n` other articles of `corpus_dir` chosen by a
seeded hash of their file names (the same names for the same corpus and seed, whatever the
machine or the order of the folder), and writes `manifest.tsv` there: the header and the rows
of the corpus's manifest for the chosen files. The manifest of `corpus_dir` is its own
`manifest.tsv`, else the `<folder name>.tsv` beside it (as `corpus-news.tsv` beside
`corpus-news/`). This module neither validates the evidence (see `evals.dataset`) nor indexes
the subset (the runner does, in a temporary folder).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evals.dataset import EvalItem, QuestionSetError

DEFAULT_SEED = "crisis-assistant-news-subset"
MANIFEST = "manifest.tsv"


class SubsetError(QuestionSetError):
    """The subset cannot be built from this corpus and question set."""


@dataclass
class Subset:
    """What `build_subset` put into its folder."""

    folder: Path
    evidence: list[str] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    manifest: Path | None = None

    @property
    def files(self) -> list[str]:
        return sorted(self.evidence + self.distractors)


def find_manifest(corpus_dir: Path) -> Path | None:
    """The metadata table of `corpus_dir`: its `manifest.tsv`, else `<name>.tsv` beside it."""
    corpus_dir = Path(corpus_dir)
    for candidate in (corpus_dir / MANIFEST, corpus_dir.parent / f"{corpus_dir.name}.tsv"):
        if candidate.is_file():
            return candidate
    return None


def corpus_files(corpus_dir: Path) -> list[str]:
    """The article file names of `corpus_dir`, relative to it, as the assistant reads them."""
    from assistant.corpus import article_paths

    corpus_dir = Path(corpus_dir)
    return sorted(p.relative_to(corpus_dir).as_posix() for p in article_paths(corpus_dir))


def distractor_rank(name: str, seed: str = DEFAULT_SEED) -> str:
    """The sort key that orders candidate distractors: a hash of the seed and the file name."""
    return hashlib.sha256(f"{seed}\n{name}".encode()).hexdigest()


def evidence_articles(items: Iterable[EvalItem]) -> list[str]:
    """Every file named in the `articles` of `items`; `SubsetError` if an answerable one has none."""
    names: set[str] = set()
    for item in items:
        if item.answerable and not item.articles:
            raise SubsetError(
                f"question {item.id} (line {item.line}) has no 'articles' field, so a subset "
                "cannot know which files hold its evidence; run without --subset or add it"
            )
        names.update(item.articles)
    return sorted(names)


def build_subset(
    corpus_dir: Path,
    items: Iterable[EvalItem],
    n_distractors: int,
    target: Path,
    manifest: Path | None = None,
    seed: str = DEFAULT_SEED,
) -> Subset:
    """Copy the evidence articles of `items` and `n_distractors` others into `target`.

    `manifest` defaults to `find_manifest(corpus_dir)`; without one, no manifest is written.
    """
    corpus_dir, target = Path(corpus_dir), Path(target)
    if n_distractors < 0:
        raise SubsetError(f"--subset must be 0 or more distractor articles, not {n_distractors}")
    available = corpus_files(corpus_dir)
    evidence = evidence_articles(items)
    missing = sorted(set(evidence) - set(available))
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise SubsetError(
            f"{len(missing)} evidence article(s) are not in {corpus_dir}: {shown}; "
            "set --corpus-dir to the corpus the questions were written on"
        )
    chosen = set(evidence)
    others = sorted(
        (n for n in available if n not in chosen), key=lambda n: distractor_rank(n, seed)
    )
    distractors = sorted(others[:n_distractors])
    target.mkdir(parents=True, exist_ok=True)
    for name in evidence + distractors:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus_dir / name, destination)
    subset = Subset(target, evidence, distractors)
    manifest = manifest if manifest is not None else find_manifest(corpus_dir)
    if manifest is not None:
        subset.manifest = write_manifest(manifest, set(subset.files), target / MANIFEST)
    return subset


def write_manifest(source: Path, files: set[str], destination: Path) -> Path:
    """Write the header of the TSV `source` and its rows whose first column is in `files`."""
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError) as error:
        raise SubsetError(f"{source}: cannot read the corpus manifest ({error})") from error
    if not lines:
        raise SubsetError(f"{source}: the corpus manifest is empty (a header line is expected)")
    rows = [line for line in lines[1:] if line.split("\t", 1)[0].strip() in files]
    destination.write_text(lines[0] + "".join(rows), encoding="utf-8")
    return destination
