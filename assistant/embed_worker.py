"""A worker process of `encoders.EncoderPool`: `python -m assistant.embed_worker MODEL`.

It loads the embedding model once, single-threaded, then reads requests (pickled) on stdin
until EOF: a batch of texts, answered with its vectors (a float32 array), or an article to
prepare, answered with `article_rows.prepare_text`'s result. Whatever
the model prints goes to stderr, so the replies stay clean. Nothing else imports this module.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any, BinaryIO

import numpy as np


def _work(model_name: str, requests: BinaryIO, replies: BinaryIO) -> None:
    """A worker: load the model single-threaded, then embed each batch read until EOF."""
    from assistant.article_rows import prepare_text
    from assistant.embeddings import load_embedder
    from assistant.injection import addresses_assistant

    model = load_embedder(model_name, threads=1)
    while True:
        try:
            kind, payload = pickle.load(requests)
        except EOFError:
            return
        if kind == "embed":
            reply: Any = np.asarray(model.embed_documents(payload), dtype=np.float32)
        else:
            text, source, name, entry, flag = payload
            reply = prepare_text(text, source, name, entry, addresses_assistant if flag else None)
        pickle.dump(reply, replies, protocol=pickle.HIGHEST_PROTOCOL)
        replies.flush()


def main(argv: list[str]) -> int:
    """`python -m assistant.embed_worker MODEL`: a worker process of `EncoderPool`."""
    replies: Any = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # whatever the model prints: stderr
    _work(argv[0], sys.stdin.buffer, replies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
