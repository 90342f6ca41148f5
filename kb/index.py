"""Index: FAISS vectors + BM25 on disk, with an embedding cache keyed by passage content hash (I/O)."""

from __future__ import annotations

import hashlib
import json
import math
import time
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kb.embed import Embedder, embedder_manifest
from kb.errors import REBUILD, DependencyError, IndexCorruptError, IndexMissingError, ModelMismatchError, UsageError
from kb.lexical import BM25_DIR, LexicalIndex
from kb.models import Passage, content_hash

if TYPE_CHECKING:
    from kb.settings import Settings

INDEX_SCHEMA = 1
INDEX_FILE = "index.json"  # this module's own manifest, so loading does not depend on who wrote manifest.json
VECTORS_FILE = "vectors.faiss"
CACHE_FILE = "embeddings.npz"
PASSAGES_FILE = "passage_ids.json"
SENTENCES_FILE = "sentences.npz"  # every passage's sentences: spans, vectors, and the cache keys of the vectors
VECTOR_INDEXES = ("flat", "hnsw", "ivf")
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128
EMBED_BATCH = 32

# What reading a damaged or truncated .npz raises (np.load reads a zip archive).
NPZ_ERRORS = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)


def read_npz(path: Path, **kinds: Any) -> dict[str, np.ndarray]:
    """The named arrays of an .npz file, each as the dtype given (None: as stored). The file is opened here so
    that it is closed even when numpy fails on a damaged archive; raises one of NPZ_ERRORS."""
    with path.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
        return {name: np.asarray(data[name], dtype=kind) for name, kind in kinds.items()}


def _faiss() -> Any:
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise DependencyError("The vector index needs FAISS — install it with `pip install faiss-cpu`") from exc
    return faiss


def faiss_id(passage_id: str) -> int:
    """Stable 63-bit FAISS id for a passage id: the same passage keeps its id across rebuilds."""
    return int(hashlib.sha1(passage_id.encode("utf-8")).hexdigest()[:15], 16)


def embedding_text(passage: Passage, title: str = "") -> str:
    """What gets embedded and indexed: the document's title, the nearest section heading, then the passage text.

    The heading carries the topic a short passage leaves implicit ("4.1.2 Landbouwsysteem"); the title says whose
    policy it is and of what kind ("Woonvisie Heerenveen 2026–2031"), which a question often names. Measured on the
    development half of eval/queries-v2 (e5, 19 documents): R@10 0.739 → 0.770, nDCG@10 0.601 → 0.637; test half
    (scored once, after the choice) 0.756 → 0.788 and 0.661 → 0.684 (benchmarks/RESULTS.md).
    """
    heading = passage.section_path[-1] if passage.section_path else ""
    text = f"{heading}\n{passage.text}" if heading and heading not in passage.text[:200] else passage.text
    return f"{title}\n{text}" if title and title not in text[:200] else text


def lexical_text(passage: Passage) -> str:
    """What BM25 indexes: the whole section path (chapter down to the nearest heading), then the passage text.

    A later passage of a long section still matches the words of its chapter and section titles, which name its
    topic ("4.2 Een vitale samenleving" › "4.2.1 Versterken van de regionale samenwerking"). Measured on
    eval/queries.jsonl against the nearest heading alone: nDCG@10 0.801 → 0.808 (benchmarks/RESULTS.md).
    """
    return "\n".join([*passage.section_path, passage.text])


def _load_cache(directory: Path | None, model: str, name: str = CACHE_FILE) -> dict[str, np.ndarray]:
    if directory is None or not (directory / name).is_file():
        return {}
    try:
        data = read_npz(directory / name, model=None, keys=None, vectors=np.float32)
        if str(data["model"]) != model:
            return {}
        keys = [str(k) for k in data["keys"]]
        vectors = data["vectors"]
    except NPZ_ERRORS:
        return {}  # a broken cache only costs time
    return dict(zip(keys, vectors, strict=False))


def embed_cached(
    texts: Sequence[str],
    embedder: Embedder,
    cache: dict[str, np.ndarray],
    batch_size: int = EMBED_BATCH,
) -> tuple[np.ndarray, list[str], int]:
    """Vectors for texts, computing only those whose content hash is not cached; (vectors, keys, computed)."""
    keys = [content_hash(embedder.name, text, length=20) for text in texts]
    missing = list(dict.fromkeys(key for key in keys if key not in cache))
    todo = {key: text for key, text in zip(keys, texts, strict=True) if key in set(missing)}
    order = list(todo)
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        vectors = embedder.encode_passages([todo[key] for key in chunk])
        for key, vector in zip(chunk, vectors, strict=True):
            cache[key] = vector
    matrix = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    for row, key in enumerate(keys):
        matrix[row] = cache[key]
    return matrix, keys, len(order)


def _make_vector_index(kind: str, dimension: int, count: int) -> Any:
    faiss = _faiss()
    if kind == "flat":
        return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = HNSW_EF_SEARCH
        return faiss.IndexIDMap2(index)
    if kind == "ivf":
        lists = max(1, min(int(4 * math.sqrt(max(count, 1))), max(count // 39, 1)))
        quantizer = faiss.IndexFlatIP(dimension)
        return faiss.IndexIVFFlat(quantizer, dimension, lists, faiss.METRIC_INNER_PRODUCT)
    raise UsageError(f"Unknown vector index {kind!r}: choose one of {', '.join(VECTOR_INDEXES)}")


def build_vector_index(vectors: np.ndarray, ids: np.ndarray, kind: str) -> Any:
    index = _make_vector_index(kind, vectors.shape[1], len(vectors))
    if kind == "ivf" and len(vectors):
        index.train(vectors)
        index.nprobe = max(1, min(16, index.nlist))
    if len(vectors):
        index.add_with_ids(vectors, ids)
    return index


def build_index(
    passages: Sequence[Passage],
    build_dir: Path,
    embedder: Embedder,
    settings: Settings,
    previous_dir: Path | None = None,
    titles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Write vectors.faiss, embeddings.npz, passage_ids.json, bm25/ and index.json into build_dir. `titles` (document
    id → title) go into the text each passage is embedded with."""
    kind = settings.vector_index.strip().lower()
    if kind not in VECTOR_INDEXES:
        raise UsageError(f"Unknown vector index {kind!r}: choose one of {', '.join(VECTOR_INDEXES)}")
    build_dir.mkdir(parents=True, exist_ok=True)
    texts = [embedding_text(p, (titles or {}).get(p.document_id, "")) for p in passages]

    started = time.perf_counter()
    cache = _load_cache(previous_dir, embedder.name)
    reused_from = len(cache)
    vectors, keys, computed = embed_cached(texts, embedder, cache, batch_size=max(1, settings.batch_size))
    embed_seconds = time.perf_counter() - started
    np.savez(
        build_dir / CACHE_FILE,
        model=np.array(embedder.name),
        keys=np.array(keys if keys else [], dtype=str),
        vectors=vectors,
    )

    started = time.perf_counter()
    ids = np.array([faiss_id(p.id) for p in passages], dtype=np.int64)
    if len(set(ids.tolist())) != len(ids):
        raise UsageError("Two passages share an id — passage ids must be unique")
    vector_index = build_vector_index(vectors, ids, kind)
    _faiss().write_index(vector_index, str(build_dir / VECTORS_FILE))
    (build_dir / PASSAGES_FILE).write_text(
        json.dumps([[int(i), p.id] for i, p in zip(ids, passages, strict=True)]), encoding="utf-8"
    )
    lexical = LexicalIndex.build([lexical_text(p) for p in passages])
    lexical.save(build_dir / BM25_DIR)
    index_seconds = time.perf_counter() - started

    started = time.perf_counter()
    sentences_embedded = build_sentence_index(passages, build_dir, embedder, settings, previous_dir)
    sentence_seconds = time.perf_counter() - started

    manifest = {
        "index_schema": INDEX_SCHEMA,
        "embedder": embedder_manifest(embedder),
        "vector_index": kind,
        "passages": len(passages),
        "embedded": computed,
        "reused_embeddings": len(passages) - computed,
        "cache_entries_available": reused_from,
        "embed_seconds": round(embed_seconds, 3),
        "index_seconds": round(index_seconds, 3),
        "sentences_embedded": sentences_embedded,
        "sentence_seconds": round(sentence_seconds, 3),
        "lexical": {"analyzer": "dutch", "stemmer": lexical.analyzer.stemmer_name, "terms": "stems+compound parts"},
    }
    (build_dir / INDEX_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def sentence_spans_of(passages: Sequence[Passage]) -> list[tuple[int, int, int]]:
    """(passage position, start, end) of every sentence of every passage (the answer's candidate quotes)."""
    from kb.answer import split_sentences

    return [(position, a, b) for position, p in enumerate(passages) for a, b in split_sentences(p.text)]


def build_sentence_index(
    passages: Sequence[Passage],
    build_dir: Path,
    embedder: Embedder,
    settings: Settings,
    previous_dir: Path | None = None,
) -> int:
    """Embed every sentence of every passage (cached by content like passages) into sentences.npz, so an answer
    can pick its quotes by meaning without embedding anything at query time. Returns how many were embedded."""
    spans = sentence_spans_of(passages)
    texts = [passages[position].text[a:b] for position, a, b in spans]
    cache = _load_cache(previous_dir, embedder.name, SENTENCES_FILE)
    vectors, keys, computed = embed_cached(texts, embedder, cache, batch_size=max(1, settings.batch_size))
    table = np.array(spans, dtype=np.int32).reshape(-1, 3)
    np.savez(
        build_dir / SENTENCES_FILE,
        model=np.array(embedder.name),
        keys=np.array(keys if keys else [], dtype=str),
        vectors=vectors.astype(np.float16),
        spans=table,
    )
    return computed


# -- loading ------------------------------------------------------------------------------------------------


@dataclass
class LoadedIndex:
    """The on-disk indexes of one knowledge base, ready to query. Positions follow passage_ids."""

    directory: Path
    manifest: dict[str, Any]
    passage_ids: list[str]
    faiss_ids: np.ndarray
    vectors: Any
    lexical: LexicalIndex

    def __post_init__(self) -> None:
        self.position_of_faiss = {int(f): i for i, f in enumerate(self.faiss_ids)}
        self.position_of_passage = {p: i for i, p in enumerate(self.passage_ids)}
        self._matrix: np.ndarray | None = None
        self._sentences: dict[int, tuple[np.ndarray, np.ndarray]] | None = None
        self._sentence_matrix: np.ndarray | None = None
        self._sentence_starts = np.zeros(0, dtype=np.int64)
        self._sentence_owners = np.zeros(0, dtype=np.int64)

    def sentences(self, position: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(spans [[start, end], …] in the passage text, unit vectors) of a passage's sentences; None for an index
        built before sentences were embedded."""
        if self._sentences is None:
            self._sentences = self._load_sentences()
        return self._sentences.get(position) if self._sentences else None

    def has_sentences(self) -> bool:
        if self._sentences is None:
            self._sentences = self._load_sentences()
        return bool(self._sentences)

    def _load_sentences(self) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        path = self.directory / SENTENCES_FILE
        if not path.is_file():
            return {}
        try:
            data = read_npz(path, spans=np.int64, vectors=np.float32)
            spans, vectors = data["spans"].reshape(-1, 3), data["vectors"]
        except NPZ_ERRORS as exc:
            raise IndexCorruptError(
                f"The sentence index at {self.directory} cannot be read ({exc}) — {REBUILD}"
            ) from exc
        found: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        if len(spans):
            order = np.argsort(spans[:, 0], kind="stable")
            spans, vectors = spans[order], np.ascontiguousarray(vectors[order])
            cuts = np.flatnonzero(np.diff(spans[:, 0])) + 1
            # one matrix of every sentence, grouped by passage (the per-passage blocks below are views into it)
            self._sentence_matrix = vectors
            self._sentence_starts = np.concatenate([[0], cuts]).astype(np.int64)
            self._sentence_owners = spans[self._sentence_starts, 0].astype(np.int64)
            for part, block in zip(np.split(spans, cuts), np.split(vectors, cuts), strict=True):
                found[int(part[0, 0])] = (part[:, 1:], block)
        return found

    def sentence_best(self, query: np.ndarray) -> np.ndarray | None:
        """Every passage's best sentence cosine with the query (-1 for a passage without sentences); None for an
        index without sentence vectors."""
        if not self.has_sentences() or self._sentence_matrix is None:
            return None
        cosines = self._sentence_matrix @ np.asarray(query, dtype=np.float32).reshape(-1)
        best = np.full(len(self.passage_ids), -1.0, dtype=np.float32)
        best[self._sentence_owners] = np.maximum.reduceat(cosines, self._sentence_starts)
        return best

    def load_all(self) -> None:
        """Read the passage vectors and the sentence index now rather than on first use."""
        self._passage_matrix()
        self.has_sentences()

    def cosines(self, query: np.ndarray, positions: np.ndarray) -> np.ndarray:
        """Exact cosine of the query with the passages at `positions` (vectors from the embedding cache)."""
        matrix = self._passage_matrix()
        if len(positions) == 0:
            return np.zeros(0, dtype=np.float32)
        return matrix[positions] @ np.asarray(query, dtype=np.float32).reshape(-1)

    def _passage_matrix(self) -> np.ndarray:
        if self._matrix is None:
            try:
                matrix = read_npz(self.directory / CACHE_FILE, vectors=np.float32)["vectors"]
            except NPZ_ERRORS as exc:
                raise IndexCorruptError(
                    f"The embeddings at {self.directory} cannot be read ({exc}) — {REBUILD}"
                ) from exc
            if matrix.shape[0] != len(self.passage_ids):
                raise IndexCorruptError(f"The embeddings at {self.directory} do not match the passages — {REBUILD}")
            self._matrix = matrix
        return self._matrix

    def vector_search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(positions, cosine scores) of the k nearest passages, optionally among allowed positions only."""
        total = len(self.passage_ids)
        if total == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        faiss = _faiss()
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        params = None
        if allowed is not None:
            if len(allowed) == 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            selector = faiss.IDSelectorBatch(np.ascontiguousarray(self.faiss_ids[allowed], dtype=np.int64))
            kind = self.manifest.get("vector_index", "flat")
            if kind == "ivf":
                params = faiss.SearchParametersIVF(sel=selector, nprobe=getattr(self.vectors, "nprobe", 1))
            elif kind == "hnsw":
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
            else:
                params = faiss.SearchParameters(sel=selector)
            k = min(k, len(allowed))
        k = min(k, total)
        scores, ids = self.vectors.search(query, k, params=params) if params else self.vectors.search(query, k)
        positions, found = [], []
        for score, identifier in zip(scores[0], ids[0], strict=True):
            if identifier < 0:
                continue
            position = self.position_of_faiss.get(int(identifier))
            if position is not None:
                positions.append(position)
                found.append(score)
        return np.array(positions, dtype=np.int64), np.array(found, dtype=np.float32)


def read_index_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / INDEX_FILE
    if not path.is_file():
        raise IndexMissingError(f"No search index at {index_dir} — run `kb ingest` first")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{path} cannot be read ({exc}) — {REBUILD}") from exc
    if not isinstance(manifest, dict) or "embedder" not in manifest:
        raise IndexCorruptError(f"{path} is not a kb index manifest — {REBUILD}")
    return manifest


def check_embedder(manifest: dict[str, Any], embedder: Embedder, index_dir: Path) -> None:
    """ModelMismatchError when the index was built by another model than the configured one."""
    built = manifest.get("embedder", {})
    if built.get("name") != embedder.name:
        raise ModelMismatchError(
            f"The index at {index_dir} was built with {built.get('name')!r} but the configured embedder is "
            f"{embedder.name!r} — query with the same --embedder/--model, or {REBUILD}"
        )
    if int(built.get("dimension", -1)) != int(embedder.dimension):
        raise ModelMismatchError(
            f"The index at {index_dir} holds {built.get('dimension')}-dimensional vectors but "
            f"{embedder.name!r} makes {embedder.dimension} — {REBUILD}"
        )


def load_index(index_dir: Path, embedder: Embedder | None = None) -> LoadedIndex:
    """Open the vector and lexical indexes; checks the embedder against the manifest when given."""
    manifest = read_index_manifest(index_dir)
    if embedder is not None:
        check_embedder(manifest, embedder, index_dir)
    faiss = _faiss()
    # One query at a time: OpenMP threads cost more in start-up and spinning than they save here.
    faiss.omp_set_num_threads(1)
    try:
        pairs = json.loads((index_dir / PASSAGES_FILE).read_text(encoding="utf-8"))
        faiss_ids = np.array([int(pair[0]) for pair in pairs], dtype=np.int64)
        passage_ids = [str(pair[1]) for pair in pairs]
        vectors = faiss.read_index(str(index_dir / VECTORS_FILE))
    except (OSError, ValueError, RuntimeError, IndexError, TypeError) as exc:
        raise IndexCorruptError(f"The vector index at {index_dir} cannot be read ({exc}) — {REBUILD}") from exc
    if manifest.get("vector_index") == "ivf":
        vectors.nprobe = max(1, min(16, vectors.nlist))
    lexical = LexicalIndex.load(index_dir / BM25_DIR)
    if vectors.ntotal != len(passage_ids) or lexical.size != len(passage_ids):
        raise IndexCorruptError(f"The indexes at {index_dir} disagree on the number of passages — {REBUILD}")
    loaded = LoadedIndex(index_dir, manifest, passage_ids, faiss_ids, vectors, lexical)
    loaded.load_all()  # an opened build never reads its folder again: `kb ingest` may replace it while serving
    return loaded
