"""Memory per web session: many new `gradio_client` clients in a row, server RSS before and after.

`python -m evals.sessions [--clients N] [--parallel P] [--url URL --pid PID]` starts
`python app.py` on the shipped corpus in a temporary data folder (or uses a running server, whose
process id gives its memory), makes N new clients (one after the other, or P at a time) that
each ask one question through `/answer` and close, and prints the server's resident memory
before, after, and the growth per 100 clients. A server that keeps every session's state grows
without bound; a bounded one levels off. It prints figures and asserts nothing
(tests/test_sessions.py asserts a bound on the growth). A closed client's session is released
when the server notices the disconnection (Gradio's heartbeat, about 15 s).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parent.parent
QUESTION = "What did Peskov say?"


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid`, in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served(corpus: Path = REPO / "corpus", timeout: float = 300) -> Iterator[tuple[str, int]]:
    """`python app.py` on `corpus` with a temporary data folder; yields (url, pid)."""
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        env = os.environ | {
            "ASSISTANT_PORT": str(port),
            "ASSISTANT_CORPUS_DIR": str(corpus),
            "ASSISTANT_DATA_DIR": data,
            "ASSISTANT_LLM": "",
            "ASSISTANT_AUTH": "",
        }
        log = Path(data) / "server.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "app.py"], cwd=REPO, env=env, stdout=out, stderr=out
            )
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"app.py exited:\n{log.read_text()}")
                with socket.socket() as sock:
                    if sock.connect_ex(("127.0.0.1", port)) == 0:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"app.py did not start:\n{log.read_text()}")
                time.sleep(0.3)
            yield f"http://127.0.0.1:{port}/", process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def one_client(url: str) -> int:
    """A new client asks one question and leaves; 1 when that failed."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    try:
        result = client.predict(QUESTION, [], api_name="/answer")
        return int(not result.get("citations"))
    except Exception as error:  # noqa: BLE001 (counted and reported, not hidden)
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        client.close()


def new_clients(url: str, count: int, parallel: int = 1) -> int:
    """Make `count` new clients, `parallel` at a time; returns the errors."""
    if parallel <= 1:
        return sum(one_client(url) for _ in range(count))
    with ThreadPoolExecutor(parallel) as pool:
        return sum(pool.map(one_client, [url] * count))


def measure(
    url: str, pid: int, clients: int, parallel: int = 1, warm: int = 20
) -> dict[str, float]:
    """Server RSS after `warm` clients, then after `clients` more; growth per 100 clients."""
    new_clients(url, warm, parallel)  # the first questions load models and fill caches
    before = rss_mb(pid)
    started = time.perf_counter()
    errors = new_clients(url, clients, parallel)
    seconds = time.perf_counter() - started
    after = rss_mb(pid)
    return {
        "clients": clients,
        "rss_before_mb": before,
        "rss_after_mb": after,
        "growth_mb": after - before,
        "growth_per_100_mb": (after - before) * 100 / max(clients, 1),
        "errors": errors,
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the server's memory before and after N new clients."""
    parser = argparse.ArgumentParser(prog="python -m evals.sessions", description=__doc__)
    parser.add_argument("--clients", type=int, default=1000, help="new clients (default 1000)")
    parser.add_argument("--parallel", type=int, default=1, help="clients at a time (default 1)")
    parser.add_argument("--url", help="a running server (default: start app.py)")
    parser.add_argument("--pid", type=int, help="process id of the running server at --url")
    args = parser.parse_args(argv)
    if bool(args.url) != bool(args.pid):
        parser.error("--url and --pid go together (the pid gives the server's memory)")
    if args.url:
        figures = measure(args.url, args.pid, args.clients, args.parallel)
    else:
        with served() as (url, pid):
            figures = measure(url, pid, args.clients, args.parallel)
    print(
        f"{figures['clients']} new clients in {figures['seconds']:.0f} s, "
        f"{figures['errors']} errors; server RSS {figures['rss_before_mb']:.1f} MB -> "
        f"{figures['rss_after_mb']:.1f} MB ({figures['growth_mb']:+.1f} MB, "
        f"{figures['growth_per_100_mb']:+.2f} MB per 100 clients)"
    )
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
