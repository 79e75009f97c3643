"""The `assistant` command: `ingest`, `ask` and `eval`, over the same functions as the web UI.

Errors of the assistant become one-line messages on stderr and exit code 2, never tracebacks.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

from assistant.answer import get_assistant
from assistant.errors import AssistantError
from assistant.settings import check_data_dir, load_settings
from assistant.types import Answer


def render_answer(result: Answer) -> str:
    """The answer text followed by its numbered sources, for a terminal."""
    lines = [result.text]
    if result.notice:
        lines.insert(0, f"({result.notice})")
    if result.citations:
        lines += ["", "Sources:"]
        for c in result.citations:
            where = f"{c.outlet}, " if c.outlet else ""
            lines.append(
                f"[{c.n}] {c.title} ({where}{c.published or c.date or 'undated'}) — "
                f"{c.source} [{c.start}:{c.end}]"
            )
            if c.url:
                lines.append(f"    {c.url}")
            if c.also_as:
                lines.append(f"    also as: {', '.join(c.also_as)}")
            lines.append(f"    > {c.excerpt}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="(re)index a folder of articles")
    ingest.add_argument("path", nargs="?", type=Path, help="corpus folder (default: setting)")
    ingest.add_argument("--rebuild", action="store_true", help="start from an empty index")
    ask = sub.add_parser("ask", help="answer a question with citations")
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=None, help="passages to retrieve")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    sub.add_parser("eval", help="run the evaluation question set (see --help)", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `assistant` command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:
        from evals.runner import main as eval_main

        return eval_main(argv[1:])
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "ingest":
            overrides = {"corpus_dir": args.path} if args.path else {}
            settings = load_settings(**overrides)
            check_data_dir(settings)
            report = get_assistant(settings).ingest(progress=True, rebuild=args.rebuild)
            # Files skipped and header problems were logged as warnings, one line each.
            print(report.summary())
        else:
            settings = load_settings()
            check_data_dir(settings)
            result = get_assistant(settings).answer(args.question, k=args.k)
            print(
                json.dumps(
                    asdict(result) | {"passages": len(result.passages)},
                    ensure_ascii=False,
                    indent=2,
                )
                if args.json
                else render_answer(result)
            )
    except (AssistantError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `assistant ask … | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
