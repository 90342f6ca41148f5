"""Index: FAISS + BM25 on disk, stable ids, embedding cache, model mismatch and damaged indexes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kb.embed import HashEmbedder
from kb.errors import IndexCorruptError, IndexMissingError, ModelMismatchError, UsageError
from kb.index import build_index, faiss_id, load_index
from kb.models import Passage
from kb.settings import Settings


def make_passage(number: int, text: str, document: str = "doc-a", section: tuple[str, ...] = ()) -> Passage:
    return Passage(
        id=f"{document}-p{number}",
        document_id=document,
        section_id=None,
        section_path=section,
        ordinal=number,
        text=text,
        line_start=number * 10 + 1,
        line_end=number * 10 + 5,
        page_start=None,
        page_end=None,
        char_start=number * 100,
        char_end=number * 100 + len(text),
    )


TEXTS = [
    "Wij vragen Gedeputeerde Staten om een woningbouwprogramma voor starters.",
    "Breedband is een basisvoorziening in het buitengebied.",
    "Het natuurnetwerk Nederland wordt versterkt met nieuwe verbindingen.",
    "De reserve vitaal platteland raakt in 2018 uitgeput.",
]


class CountingEmbedder(HashEmbedder):
    """A hash embedder that counts (and keeps) the passage texts it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0
        self.seen: list[str] = []

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        self.embedded += len(texts)
        self.seen.extend(texts)
        return super().encode_passages(texts)


@pytest.fixture
def passages() -> list[Passage]:
    return [make_passage(i, text) for i, text in enumerate(TEXTS)]


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
def test_build_and_load_finds_the_nearest_passage(tmp_path, passages, kind):
    embedder = HashEmbedder()
    manifest = build_index(passages, tmp_path / "idx", embedder, Settings(vector_index=kind))
    assert manifest["embedder"] == {"name": "hash-256", "dimension": 256, "normalized": True}
    assert manifest["vector_index"] == kind and manifest["passages"] == 4
    loaded = load_index(tmp_path / "idx", embedder)
    query = embedder.encode_queries(["breedband buitengebied"])[0]
    positions, scores = loaded.vector_search(query, 2)
    assert loaded.passage_ids[positions[0]] == "doc-a-p1"
    assert scores[0] >= scores[1]
    assert loaded.lexical.scores("natuurnetwerk").argmax() == 2


def test_vector_search_respects_allowed_positions(tmp_path, passages):
    embedder = HashEmbedder()
    build_index(passages, tmp_path / "idx", embedder, Settings())
    loaded = load_index(tmp_path / "idx", embedder)
    query = embedder.encode_queries(["breedband buitengebied"])[0]
    positions, _ = loaded.vector_search(query, 4, allowed=np.array([0, 3]))
    assert set(positions.tolist()) <= {0, 3} and len(positions) == 2


def test_faiss_ids_are_stable_across_rebuilds():
    assert faiss_id("doc-a-p1") == faiss_id("doc-a-p1")
    assert faiss_id("doc-a-p1") != faiss_id("doc-a-p2")
    assert 0 <= faiss_id("x") < 2**63


def test_rebuilding_an_unchanged_corpus_embeds_nothing(tmp_path, passages):
    first, second = tmp_path / "one", tmp_path / "two"
    embedder = CountingEmbedder()
    build_index(passages, first, embedder, Settings())
    assert embedder.embedded == 4 + 4  # the passages and their (one-sentence) sentences for the answers
    embedder.embedded = 0
    changed = passages[:3] + [make_passage(9, "Een nieuwe passage over laaggeletterdheid.")]
    manifest = build_index(changed, second, embedder, Settings(), previous_dir=first)
    assert embedder.embedded == 2  # only the new passage and its sentence
    assert manifest["embedded"] == 1 and manifest["reused_embeddings"] == 3 and manifest["sentences_embedded"] == 1


def test_cache_from_another_model_is_not_reused(tmp_path, passages):
    build_index(passages, tmp_path / "one", HashEmbedder(dimension=64), Settings())
    embedder = CountingEmbedder()
    build_index(passages, tmp_path / "two", embedder, Settings(), previous_dir=tmp_path / "one")
    assert embedder.embedded == 4 + 4


def test_querying_with_another_model_is_a_model_mismatch(tmp_path, passages):
    build_index(passages, tmp_path / "idx", HashEmbedder(), Settings())
    with pytest.raises(ModelMismatchError, match="hash-256"):
        load_index(tmp_path / "idx", HashEmbedder(dimension=64))


def test_missing_and_corrupt_indexes_are_clear_errors(tmp_path, passages):
    with pytest.raises(IndexMissingError, match="kb ingest"):
        load_index(tmp_path / "nowhere")
    build_index(passages, tmp_path / "idx", HashEmbedder(), Settings())
    (tmp_path / "idx" / "vectors.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexCorruptError, match="kb ingest"):
        load_index(tmp_path / "idx", HashEmbedder())
    (tmp_path / "idx" / "index.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(IndexCorruptError):
        load_index(tmp_path / "idx", HashEmbedder())


def test_indexes_that_disagree_on_passage_count_are_corrupt(tmp_path, passages):
    build_index(passages, tmp_path / "idx", HashEmbedder(), Settings())
    ids = json.loads((tmp_path / "idx" / "passage_ids.json").read_text())
    (tmp_path / "idx" / "passage_ids.json").write_text(json.dumps(ids[:2]))
    with pytest.raises(IndexCorruptError, match="disagree"):
        load_index(tmp_path / "idx", HashEmbedder())


def test_unknown_vector_index_type_is_a_usage_error(tmp_path, passages):
    with pytest.raises(UsageError, match="flat, hnsw, ivf"):
        build_index(passages, tmp_path / "idx", HashEmbedder(), Settings(vector_index="annoy"))


def test_empty_collection_builds_and_searches(tmp_path):
    embedder = HashEmbedder()
    build_index([], tmp_path / "idx", embedder, Settings())
    loaded = load_index(tmp_path / "idx", embedder)
    positions, _ = loaded.vector_search(embedder.encode_queries(["iets"])[0], 5)
    assert len(positions) == 0 and len(loaded.lexical.scores("iets")) == 0


def test_bm25_finds_a_later_passage_of_a_section_by_its_chapter_title(tmp_path):
    # Real corpus headings (001, omgevingsvisie): the passage text itself never names the chapter's topic.
    section = ("4.2 Een vitale samenleving", "4.2.1 Versterken van de regionale samenwerking")
    corpus = [
        make_passage(0, "Zet de samenwerking in de regio Zwolle en Groningen-Assen voort.", section=section),
        make_passage(1, "Wij benutten de kansen van de Nedersaksische grensstreek.", section=section),
        make_passage(2, "De reserve vitaal platteland raakt in 2018 uitgeput.", section=("3 Financiën",)),
    ]
    build_index(corpus, tmp_path / "idx", HashEmbedder(), Settings(), None)
    loaded = load_index(tmp_path / "idx", HashEmbedder())
    scores = loaded.lexical.scores("vitale samenleving")
    # both passages of the section match the chapter title; the platteland passage only shares "vitaal"
    assert scores[0] > scores[2] and scores[1] > scores[2]


def test_a_passage_is_embedded_with_its_documents_title_and_its_heading(tmp_path) -> None:
    from kb.index import embedding_text

    passage = make_passage(1, "Wij bouwen 200 woningen voor starters.", section=("3 Wonen", "3.2 Starters"))
    assert embedding_text(passage) == "3.2 Starters\nWij bouwen 200 woningen voor starters."
    titled = embedding_text(passage, "Woonvisie Heerenveen 2026–2031")
    assert titled == "Woonvisie Heerenveen 2026–2031\n3.2 Starters\nWij bouwen 200 woningen voor starters."
    embedder = CountingEmbedder()
    build_index([passage], tmp_path / "idx", embedder, Settings(), titles={"doc-a": "Woonvisie Heerenveen"})
    assert embedder.seen[0].startswith("Woonvisie Heerenveen\n")
