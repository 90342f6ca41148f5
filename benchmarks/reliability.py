"""Reliability benchmarks (issue 13): parse throughput by size, the cost of a hostile query word, and serving while
a rebuild adds a document. Writes benchmarks/RELIABILITY.md.

Run from the repository root:  .venv/bin/python benchmarks/reliability.py [--sizes 0.5 2 8] [--embedder hash]

Every figure comes from this one run; the ratios between sizes (not the seconds) show whether ingest is linear.
The serving run starts `kb serve` (waitress) on loopback over an index of the shipped corpus, sends searches from
two clients for the whole run, and meanwhile runs `kb ingest` of one more document into the same index.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kbserver import kb_server  # noqa: E402

from kb.catalogue import merge_catalogues  # noqa: E402

CORPUS = REPO / "corpus"
KB = [sys.executable, "-m", "kb.cli"]


def corpus_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


def parse_throughput(sizes: list[float], folder: Path) -> list[tuple[float, float, float, int]]:
    """(MB, parse s, tag s, items) per size: the corpus text repeated to the size, parsed and tagged."""
    from kb import ingest, tags

    text = corpus_text()
    rows = []
    warm = folder / "warm.txt"
    warm.write_text(text[: int(min(sizes) * 1_000_000)], encoding="utf-8")
    for document in ingest.parse_file(warm, merge_catalogues([]), warm.name)[0]:  # imports, models, caches: once
        tags.tag_document(document)
    for mb in sizes:
        size = int(mb * 1_000_000)
        path = folder / f"document_{mb:g}mb.txt"
        path.write_text((text * (size // len(text) + 1))[:size], encoding="utf-8")
        started = time.perf_counter()
        documents, _ = ingest.parse_file(path, merge_catalogues([]), path.name)
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        items = sum(len(tags.tag_document(document).items) for document in documents)
        rows.append((mb, parsed, time.perf_counter() - started, items))
        print(f"  {mb:g} MB: parse {parsed:.1f} s, tag {rows[-1][2]:.1f} s", flush=True)
    return rows


def hostile_word(index_dir: Path, embedder: str) -> list[tuple[int, float]]:
    """Seconds for the lexical analysis and for a whole search of one word of n characters."""
    from kb.knowledge import KnowledgeBase
    from kb.settings import load_settings

    settings = load_settings(config_file=index_dir / "absent.toml", environ={}, index_dir=index_dir, embedder=embedder)
    kb = KnowledgeBase.open(settings)
    kb.search("wonen")  # warm
    rows = []
    for n in (100, 300, 999):
        word = ("woningbouwprogrammeringsovereenkomst" * 40)[:n]
        started = time.perf_counter()
        kb.search(word)
        rows.append((n, time.perf_counter() - started))
    kb.close()
    return rows


def serving_while_rebuilding(workdir: Path, embedder: str) -> dict[str, object]:
    """Requests and errors per second while `kb ingest` adds a document to the index being served."""
    env = {**os.environ, "KB_EMBEDDER": embedder, "KB_INDEX": str(workdir / "idx")}
    subprocess.run([*KB, "ingest", str(CORPUS)], env=env, cwd=workdir, check=True, capture_output=True)
    extra = workdir / "extra.txt"
    extra.write_text(
        "1 Nieuwe nota\n\nDe gemeente bouwt tweehonderd tiny houses voor jongeren in de dorpen, "
        "met een zonnepaneelregeling voor huurders.\n",
        encoding="utf-8",
    )
    with kb_server(env, cwd=workdir) as base:
        timeline: dict[int, list[int]] = {}  # second → [requests, errors]
        stop = threading.Event()
        started = time.monotonic()
        seen_new: list[float] = []
        ingest_done: list[float] = []

        def client() -> None:
            while not stop.is_set():
                second = int(time.monotonic() - started)
                counts = timeline.setdefault(second, [0, 0])
                try:
                    with urllib.request.urlopen(f"{base}/api/search?q=tiny+houses+jongeren&k=5", timeout=30) as reply:
                        body = json.loads(reply.read())
                    if not seen_new and ingest_done and any("extra" in h["document"]["source"] for h in body["hits"]):
                        seen_new.append(time.monotonic() - ingest_done[0])
                except (urllib.error.URLError, ConnectionError, ValueError):
                    counts[1] += 1
                counts[0] += 1

        clients = [threading.Thread(target=client) for _ in range(2)]
        for thread in clients:
            thread.start()
        time.sleep(3)
        ingest_started = time.monotonic() - started
        subprocess.run([*KB, "ingest", str(extra)], env=env, cwd=workdir, check=True, capture_output=True)
        ingest_done.append(time.monotonic())
        ingest_finished = time.monotonic() - started
        deadline = time.monotonic() + 30
        while not seen_new and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)
        stop.set()
        for thread in clients:
            thread.join()
    return {
        "timeline": sorted(timeline.items()),
        "ingest": (ingest_started, ingest_finished),
        "visible_after": seen_new[0] if seen_new else None,
    }


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 2, 8])
    parser.add_argument("--embedder", default="hash", help="embedder of the serving index (hash: no model cost)")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "RELIABILITY.md")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kb-reliability-"))
    try:
        print("parse throughput", flush=True)
        parse_rows = parse_throughput(args.sizes, workdir)
        print("serving while rebuilding", flush=True)
        serving = serving_while_rebuilding(workdir, args.embedder)
        print("hostile query word", flush=True)
        word_rows = hostile_word(workdir / "idx", args.embedder)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    smallest = parse_rows[0]
    lines = [
        "# Reliability benchmarks",
        "",
        f"Written by `benchmarks/reliability.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine()}.",
        "",
        "## Ingest time by document size (the corpus text repeated to the size; parse = read, clean, structure,",
        "passages; tag = the register's items)",
        "",
        "| size | parse s | parse MB/s | tag s | tag MB/s | items | time per MB vs the smallest |",
        "|---|---|---|---|---|---|---|",
    ]
    base_per_mb = (smallest[1] + smallest[2]) / smallest[0]
    for mb, parse_s, tag_s, items in parse_rows:
        per_mb = (parse_s + tag_s) / mb
        lines.append(
            f"| {mb:g} MB | {parse_s:.1f} | {mb / parse_s:.2f} | {tag_s:.1f} | {mb / tag_s:.2f} | {items} "
            f"| {per_mb / base_per_mb:.2f}× |"
        )
    lines += [
        "",
        "Linear means the last column stays near 1×: each MB costs about what it costs in a small document.",
        "",
        "## A hostile query word (one word of n letters; the compound splitter is bounded)",
        "",
        "| characters | whole search, s |",
        "|---|---|",
        *(f"| {n} | {seconds:.3f} |" for n, seconds in word_rows),
        "",
        f"## Serving while a rebuild adds a document (`kb serve`, 2 clients on `/api/search`, {args.embedder} "
        "embedder)",
        "",
    ]
    start, end = serving["ingest"]  # type: ignore[misc]
    timeline = serving["timeline"]  # type: ignore[assignment]
    total = sum(counts[0] for _, counts in timeline)
    errors = sum(counts[1] for _, counts in timeline)
    lines += [
        f"`kb ingest extra.txt` ran from second {start:.1f} to {end:.1f}. Requests {total}, errors **{errors}**; "
        + (
            f"the new document was found by a search {serving['visible_after']:.1f} s after the ingest ended."
            if serving["visible_after"] is not None
            else "the new document was not found within 30 s after the ingest ended."
        ),
        "",
        "| second | requests | errors |",
        "|---|---|---|",
        *(f"| {second} | {counts[0]} | {counts[1]} |" for second, counts in timeline),
        "",
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
