"""Benchmarks: quality, latency, ingest time and memory for kb against a naive baseline; writes RESULTS.md.

Run from the repository root:  .venv/bin/python benchmarks/run.py [--embedder e5] [--chunk-words N] [--quick]

Everything is measured in this one process run (plus CLI subprocesses); nothing here is a test and nothing
fails on a timing. The 100k-passage collection is synthetic: random 384-dimensional unit vectors for the
passages (no model), passages built from corpus words for BM25, and real query encoding.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb.embed import Embedder  # noqa: E402
from kb.evaluate import EvalReport, evaluate, evaluate_kb, load_queries  # noqa: E402
from kb.index import build_index  # noqa: E402
from kb.models import Document, Passage  # noqa: E402
from kb.search import Ranking, SearchEngine  # noqa: E402
from kb.settings import Settings, load_settings  # noqa: E402

QUERIES = REPO / "eval" / "queries.jsonl"
TEST_QUERIES = REPO / "eval" / "queries-test.jsonl"  # written independently; nothing is tuned on it
CORPUS = REPO / "corpus"
NAIVE_WORDS = 120
NOTES_MARKER = "<!-- notes: kept when run.py rewrites this file -->"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb_total = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb_total / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu or 'unknown CPU'}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def metrics_row(label: str, report: EvalReport) -> str:
    o = report.summary()
    kinds = " / ".join(f"{report.summary(k).get('ndcg@10', 0):.3f}" for k in ("single", "cross", "english", "keyword"))
    return f"| {label} | {o['recall@5']:.3f} | {o['recall@10']:.3f} | {o['ndcg@10']:.3f} | {o['mrr']:.3f} | {kinds} |"


# -- kb -------------------------------------------------------------------------------------------------------


def build_kb(settings: Settings) -> tuple[Any, dict[str, float]]:
    from kb.pipeline import build

    started = time.perf_counter()
    report = build([CORPUS], settings)
    total = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"build failed: {report.problems}")
    timings = dict(report.timings)
    timings["wall"] = total
    return report, timings


# -- naive baseline: fixed windows over the raw text, same embedder, FAISS flat ------------------------------


class NaiveKnowledgeBase:
    def __init__(self, index_dir: Path, settings: Settings, documents: list[Document], passages: list[Passage]):
        self.index_dir = index_dir
        self.settings = settings
        self._documents = documents
        self._passages = passages
        self.passage_tags: dict[str, tuple[str, ...]] = {}

    def documents(self) -> list[Document]:
        return self._documents

    def passages(self) -> list[Passage]:
        return self._passages

    def tags_of(self, passage_id: str) -> tuple[str, ...]:
        return self.passage_tags.get(passage_id, ())


def naive_windows(words_per: int = NAIVE_WORDS) -> tuple[list[Document], list[Passage]]:
    documents, passages = [], []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        doc_id = path.stem
        documents.append(
            Document(
                doc_id,
                doc_id[:3],
                path.name,
                None,
                None,
                None,
                None,
                None,
                f"corpus/{path.name}",
                1,
                len(lines),
                None,
                None,
                "",
            )  # fmt: skip
        )
        tokens = [(word, number) for number, line in enumerate(lines, start=1) for word in line.split()]
        for ordinal, start in enumerate(range(0, len(tokens), words_per)):
            chunk = tokens[start : start + words_per]
            text = " ".join(word for word, _ in chunk)
            passages.append(
                Passage(
                    f"{doc_id}-w{ordinal}",
                    doc_id,
                    None,
                    (),
                    ordinal,
                    text,
                    chunk[0][1],
                    chunk[-1][1],
                    None,
                    None,
                    0,
                    len(text),
                )  # fmt: skip
            )
    return documents, passages


def naive_baseline(
    embedder: Embedder, work: Path, query_sets: dict[str, list[Any]]
) -> dict[str, dict[str, EvalReport]]:
    """Naive windows: dense only (FAISS flat) and dense + plain BM25 (lowercase words, no Dutch analysis), RRF;
    for each query set: {"dense": report, "fused": report}."""
    import bm25s

    documents, passages = naive_windows()
    settings = Settings(index_dir=work / "naive", vector_index="flat")
    build_index(passages, settings.index_dir, embedder, settings)
    kb = NaiveKnowledgeBase(settings.index_dir, settings, documents, passages)
    engine = SearchEngine.load(kb, embedder)
    engine.ranking = Ranking(lexical_weight=0.0, tag_boost=0.0, document_decay=1.0, duplicate_jaccard=1.01)
    ids = [p.id for p in engine.passages]

    def dense(text: str) -> list[str]:
        return [h.passage.id for h in engine.search(text, 10)[0]]

    plain = bm25s.BM25()
    plain.index([p.text.lower().split() for p in engine.passages], show_progress=False)

    def fused(text: str) -> list[str]:
        vector = embedder.encode_queries([text])[0]
        positions, _ = engine.index.vector_search(vector, 100)
        lexical = plain.get_scores(text.lower().split())
        lexical_order = np.argsort(-lexical)[:100]
        scores: dict[int, float] = {}
        for rank, position in enumerate(positions):
            scores[int(position)] = scores.get(int(position), 0.0) + 1 / (61 + rank)
        for rank, position in enumerate(lexical_order):
            if lexical[position] > 0:
                scores[int(position)] = scores.get(int(position), 0.0) + 1 / (61 + rank)
        return [ids[p] for p, _ in sorted(scores.items(), key=lambda item: -item[1])[:10]]

    return {
        name: {
            "dense": evaluate(queries, dense, engine.passages, documents),
            "fused": evaluate(queries, fused, engine.passages, documents),
        }
        for name, queries in query_sets.items()
    }


# -- synthetic scale ----------------------------------------------------------------------------------------


class RandomPassageEmbedder:
    """Random unit vectors for passages (no model cost at 100k); queries through the real embedder."""

    normalized = True

    def __init__(self, query_embedder: Embedder, seed: int = 7):
        self.query_embedder = query_embedder
        self.dimension = query_embedder.dimension
        self.name = f"random-passages+{query_embedder.name}"
        self.random = np.random.default_rng(seed)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        vectors = self.random.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.query_embedder.encode_queries(texts)


def synthetic_latency(
    query_embedder: Embedder, sizes: list[int], kinds: list[str], queries: list[str], work: Path
) -> list[tuple[int, str, float, float, float]]:
    vocabulary = " ".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))).split()
    random = np.random.default_rng(11)
    rows = []
    documents = [
        Document(
            f"d{i}", f"D{i}", f"Synthetic {i}", None, None, None, None, None, f"synthetic/{i}.txt", 1, 1, None, None, ""
        )  # fmt: skip
        for i in range(50)
    ]
    for size in sizes:
        passages = []
        for number in range(size):
            start = int(random.integers(0, len(vocabulary) - 80))
            text = " ".join(vocabulary[start : start + 60])
            passages.append(
                Passage(f"s{number}", f"d{number % 50}", None, (), number, text, 1, 1, None, None, 0, len(text))
            )
        for kind in kinds:
            embedder = RandomPassageEmbedder(query_embedder)
            settings = Settings(index_dir=work / f"synthetic-{size}-{kind}", vector_index=kind, batch_size=4096)
            started = time.perf_counter()
            build_index(passages, settings.index_dir, embedder, settings)
            build_seconds = time.perf_counter() - started
            kb = NaiveKnowledgeBase(settings.index_dir, settings, documents, passages)
            engine = SearchEngine.load(kb, embedder)  # type: ignore[arg-type]
            p50, p95, _ = warm_latency(engine.search, queries, forget=engine.forget_queries)
            rows.append((size, kind, p50, p95, build_seconds))
            print(f"  synthetic {size} {kind}: p50 {rows[-1][2]:.1f} ms p95 {rows[-1][3]:.1f} ms", flush=True)
            del engine
            shutil.rmtree(settings.index_dir, ignore_errors=True)
    return rows


def warm_latency(
    search: Callable[[str, int], Any], queries: list[str], forget: Callable[[], None] | None = None
) -> tuple[float, float, list[float]]:
    """Latency of `search(query, 10)` after three warm-up queries: (p50, p95, every latency) in ms. `forget()`
    runs before each timed query (e.g. to drop the engine's cache of question vectors, so every query pays for
    its encoding as a new question does)."""
    for text in queries[:3]:
        search(text, 10)
    latencies = []
    for text in queries:
        if forget is not None:
            forget()
        started = time.perf_counter()
        search(text, 10)
        latencies.append((time.perf_counter() - started) * 1000)
    return percentile(latencies, 0.5), percentile(latencies, 0.95), latencies


def cli_latency(index_dir: Path, embedder: str, queries: list[str]) -> tuple[float, float]:
    kb_binary = Path(sys.executable).parent / "kb"
    command = [str(kb_binary)] if kb_binary.exists() else [sys.executable, "-m", "kb.cli"]
    latencies = []
    for text in queries:
        started = time.perf_counter()
        subprocess.run(
            [*command, "search", text, "--json", "--index", str(index_dir), "--embedder", embedder],
            check=True,
            capture_output=True,
            cwd=REPO,
        )
        latencies.append((time.perf_counter() - started) * 1000)
    return percentile(latencies, 0.5), percentile(latencies, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="e5")
    parser.add_argument("--chunk-words", type=int, default=None, help="passage size (default: the settings')")
    parser.add_argument("--quick", action="store_true", help="10k synthetic passages instead of 100k")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    settings = load_settings(
        config_file=work / "absent.toml", environ={}, index_dir=work / "kb", embedder=args.embedder,
        chunk_words=args.chunk_words,
    )  # fmt: skip
    queries = load_queries(QUERIES)
    test_queries = load_queries(TEST_QUERIES)
    texts = [q.query for q in queries]
    lines: list[str] = []
    print(f"work dir {work}; {len(queries)} queries; chunk_words {settings.chunk_words}", flush=True)

    # 1. build (fresh), then rebuild unchanged
    report, timings = build_kb(settings)
    first_manifest = json.loads((settings.index_dir / "manifest.json").read_text(encoding="utf-8"))
    print(f"build: {timings}", flush=True)
    memory_after_build = peak_mb()
    _, rebuild = build_kb(settings)
    print(f"rebuild unchanged: {rebuild}", flush=True)

    from kb.knowledge import KnowledgeBase

    kb = KnowledgeBase.open(settings)
    engine = kb.engine
    manifest = kb.manifest

    # 2. quality, on the development set and on the test set nothing was tuned on
    sets = {"dev": queries, "test": test_queries}
    quality: dict[str, dict[str, EvalReport]] = {name: {} for name in sets}
    systems = [
        ("kb (hybrid, default ranking)", None),
        ("BM25 alone (kb passages, Dutch analyzer)", Ranking(dense_weight=0.0, tag_boost=0.0, document_decay=1.0)),
        ("dense alone (kb passages)", Ranking(lexical_weight=0.0, tag_boost=0.0, document_decay=1.0)),
        ("kb with RRF fusion instead of score fusion", Ranking(fusion="rrf")),
    ]
    for label, ranking in systems:
        for name, chosen in sets.items():
            quality[name][label] = evaluate_kb(kb, chosen, ranking=ranking)
    naive = naive_baseline(engine.embedder, work, sets)
    for name in sets:
        quality[name][f"naive {NAIVE_WORDS}-word windows, dense only (FAISS flat)"] = naive[name]["dense"]
        quality[name][f"naive {NAIVE_WORDS}-word windows, dense + plain BM25 (RRF)"] = naive[name]["fused"]
    for name, results in quality.items():
        for label, result in results.items():
            print(name, metrics_row(label, result), flush=True)

    # 3. latency
    p50, p95, _ = warm_latency(kb.search, texts, forget=engine.forget_queries)
    print(f"warm in-process: p50 {p50:.1f} ms p95 {p95:.1f} ms", flush=True)
    cli50, cli95 = cli_latency(settings.index_dir, args.embedder, texts[:10])
    print(f"CLI: p50 {cli50:.0f} ms p95 {cli95:.0f} ms", flush=True)
    memory_after_queries = peak_mb()

    # 4. scale
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    scale = synthetic_latency(engine.embedder, sizes, ["flat", "hnsw"], texts[:40], work)
    memory_final = peak_mb()

    naive_label = f"naive {NAIVE_WORDS}-word windows, dense + plain BM25 (RRF)"
    ratios = {
        name: results["kb (hybrid, default ranking)"].summary()["ndcg@10"] / results[naive_label].summary()["ndcg@10"]
        for name, results in quality.items()
        if results[naive_label].summary()["ndcg@10"]
    }
    table_header = [
        "| system | R@5 | R@10 | nDCG@10 | MRR | nDCG@10 single / cross / english / keyword |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        "# Benchmarks",
        "",
        f"Run {datetime.now(UTC).isoformat(timespec='minutes')} with `benchmarks/run.py` "
        f"(embedder {manifest['embedder']['name']}, chunk_words {settings.chunk_words}, vector index "
        f"{manifest.get('vector_index')}).",
        "",
        f"Machine: {machine()}.",
        "",
        f"## Quality on eval/queries.jsonl ({len(queries)} queries, the development set the defaults were tuned on)",
        "",
        *table_header,
        *[metrics_row(label, result) for label, result in quality["dev"].items()],
        "",
        f"kb's nDCG@10 is {ratios['dev']:.2f}× the naive fused baseline's." if "dev" in ratios else "",
        "",
        f"## Quality on eval/queries-test.jsonl ({len(test_queries)} queries written independently, not tuned on)",
        "",
        "Not pooled (answers found by reading only, list questions quote every item), so scores run lower than on "
        "the development set; see eval/README.md.",
        "",
        *table_header,
        *[metrics_row(label, result) for label, result in quality["test"].items()],
        "",
        f"kb's nDCG@10 is {ratios['test']:.2f}× the naive fused baseline's." if "test" in ratios else "",
        "",
        "## Latency (k=10)",
        "",
        "| what | p50 | p95 |",
        "|---|---|---|",
        f"| warm, in-process, {len(texts)} queries on the corpus ({report.passages} passages) | {p50:.1f} ms "
        f"| {p95:.1f} ms |",
        f"| through the CLI (`kb search --json`, new process: start-up, model and index load), 10 queries "
        f"| {cli50:.0f} ms | {cli95:.0f} ms |",
        "",
        "## Ingest",
        "",
        "| step | seconds |",
        "|---|---|",
        f"| parse (read, clean, structure, passages) | {timings.get('parse', 0):.1f} |",
        f"| tag + link | {timings.get('tag', 0):.1f} |",
        f"| index (embedding {first_manifest.get('embedded', 0)} passages "
        f"{first_manifest.get('embed_seconds', 0):.1f} s + FAISS/BM25 {first_manifest.get('index_seconds', 0):.1f} s) "
        f"| {timings.get('index', 0):.1f} |",
        f"| whole build, fresh | {timings['wall']:.1f} |",
        f"| rebuild of the unchanged corpus (embeddings from the cache) | {rebuild['wall']:.1f} |",
        "",
        f"Peak memory (max RSS of this process): {memory_after_build:.0f} MB after the build, "
        f"{memory_after_queries:.0f} MB after the quality and latency runs, {memory_final:.0f} MB after the "
        "synthetic runs (the 100k collection dominates).",
        "",
        "## Query latency as the collection grows (synthetic)",
        "",
        "Passages are 60-word windows of corpus words (so BM25 does real work); their vectors are **random "
        "384-dimensional unit vectors**, not model output (embedding 100k passages with e5 on this CPU would take "
        "hours). Queries are the real eval queries, encoded with the real model, so the numbers include query "
        "encoding, FAISS, BM25 over all passages, fusion and collapse.",
        "",
        "| passages | FAISS index | p50 | p95 | build (s) |",
        "|---|---|---|---|---|",
        *[f"| {n:,} | {kind} | {p50_:.1f} ms | {p95_:.1f} ms | {built:.1f} |" for n, kind, p50_, p95_, built in scale],
        "",
    ]  # fmt: skip
    # keep the hand-written notes below the marker (development measurements, reasons for the defaults)
    if args.output.is_file() and NOTES_MARKER in args.output.read_text(encoding="utf-8"):
        notes = args.output.read_text(encoding="utf-8").split(NOTES_MARKER, 1)[1]
        lines += [NOTES_MARKER + notes.rstrip("\n"), ""]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output}")
    kb.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
