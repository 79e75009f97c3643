"""Embedding chunks for ingest: in worker processes, each running the model on one core, or in
this process.

On two cores the packaged `use-multilingual` encoder embeds about 290 chunks/s with one thread
and about 300–370 with two: a second thread adds little, a second process running its own copy
doubles the work done. `EncoderPool` starts `workers` processes (`python -m
assistant.embed_worker MODEL`, each loading the model once, single-threaded), sends them batches
over pipes and returns a future per batch; they also prepare articles (parse, chunk, attribute,
tokenise), so this process only reads files and writes. Workers are plain subprocesses, not `multiprocessing` ones: a user's script needs
no `if __name__ == "__main__"` guard. `InlineEncoder` embeds in this process, for small runs
and for an embedder given in code. Choosing what to embed is `ingest`'s job.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from concurrent.futures import Future
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import EmbeddingModelError


class InlineEncoder:
    """Embeds in this process, with the given embedder."""

    def __init__(self, embedder: Embeddings) -> None:
        self.embedder = embedder

    def submit(self, texts: list[str]) -> Future:
        """The batch's vectors (float32 rows), already computed."""
        future: Future = Future()
        future.set_result(np.asarray(self.embedder.embed_documents(texts), dtype=np.float32))
        return future

    def close(self) -> None:
        """Nothing to release."""


class EncoderPool:
    """`workers` processes embedding batches with the named model, one core each."""

    def __init__(self, model_name: str, workers: int) -> None:
        self.model_name = model_name
        self._jobs: queue.Queue[tuple[Future, tuple[str, Any]] | None] = queue.Queue()
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self._processes = [
            subprocess.Popen(
                [sys.executable, "-m", "assistant.embed_worker", model_name],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
            for _ in range(workers)
        ]
        self._threads = [
            threading.Thread(target=self._serve, args=(p,), daemon=True) for p in self._processes
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, texts: list[str]) -> Future:
        """A future of the batch's vectors (float32 rows)."""
        future: Future = Future()
        self._jobs.put((future, ("embed", texts)))
        return future

    def submit_prepare(self, text: str, source: str, name: str, entry: Any, flag: bool) -> Future:
        """A future of `article_rows.prepare_text` run in a worker (with the injection flag when
        `flag`)."""
        future: Future = Future()
        self._jobs.put((future, ("prepare", (text, source, name, entry, flag))))
        return future

    def _serve(self, process: subprocess.Popen) -> None:
        assert process.stdin is not None and process.stdout is not None
        while (job := self._jobs.get()) is not None:
            future, request = job
            try:
                pickle.dump(request, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                process.stdin.flush()
                future.set_result(pickle.load(process.stdout))
            except (OSError, EOFError, pickle.UnpicklingError) as error:
                future.set_exception(
                    EmbeddingModelError(self.model_name, f"an embedding worker stopped ({error})")
                )
                self._fail_waiting()
                return

    def _fail_waiting(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                job[0].set_exception(
                    EmbeddingModelError(self.model_name, "an embedding worker stopped")
                )

    def close(self) -> None:
        """Stop the workers once the batches sent are done."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()
        for process in self._processes:
            if process.stdin:
                process.stdin.close()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
