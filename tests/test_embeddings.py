"""The packaged embedding models load offline and give normalised vectors."""

import math

import pytest

from assistant.embeddings import load_embedder
from assistant.errors import EmbeddingModelError

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "size"),
    [("use-multilingual", 512), ("all-MiniLM-L6-v2", 384), ("multilingual-e5-small", 384)],
)
def test_packaged_models_embed_offline(name, size):
    embedder = load_embedder(name)
    assert embedder is load_embedder(name)  # loaded once
    query = embedder.embed_query("What did the Kremlin say?")
    close, far = embedder.embed_documents(["Le Kremlin a dit non.", "Recette du gâteau."])
    assert len(query) == size
    assert math.isclose(sum(x * x for x in query), 1.0, rel_tol=1e-3)
    dot = lambda a, b: sum(x * y for x, y in zip(a, b, strict=True))  # noqa: E731
    assert dot(query, close) > dot(query, far)


def test_missing_model_is_a_clear_error(tmp_path):
    embedder = load_embedder(str(tmp_path / "no-such-model"))
    with pytest.raises(EmbeddingModelError, match="no-such-model"):
        embedder.embed_query("x")
