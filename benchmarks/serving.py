"""HTTP benchmark (issue 12): `kb serve` (waitress) on loopback under 1, 16 and 32 concurrent clients, for
`/api/search` and for a cheap route (`/healthz`), against one bare query encoding measured in the same run; and
`/api/ask` for one client, against `/api/search` in the same run (issue 9).
Writes benchmarks/SERVING.md.

Run from the repository root after `kb ingest` (default index, e5):  .venv/bin/python benchmarks/serving.py

Every search asks a question the server has not seen (a numbered variant of an eval question), so no cached
question vector makes it cheap; each client sends its requests one after another; nothing fails on a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kbserver import kb_server  # noqa: E402  (benchmarks/kbserver.py, beside this script)

QUESTIONS = REPO / "eval" / "queries.jsonl"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def questions() -> list[str]:
    return [json.loads(line)["query"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def bare_encoding(index_dir: Path, texts: list[str]) -> float:
    """p50 seconds of encoding one question with the index's embedder, in this process."""
    from kb.embed import make_embedder
    from kb.settings import load_settings

    settings = load_settings(index_dir=index_dir)
    embedder = make_embedder(settings)
    embedder.encode_queries(["opwarmen"])
    times = []
    for text in texts:
        started = time.perf_counter()
        embedder.encode_queries([text])
        times.append(time.perf_counter() - started)
    return percentile(times, 0.5)


def load(base: str, paths: list[str], clients: int) -> dict[str, float]:
    """Send `paths` from `clients` threads (each takes the next path), one request at a time per client."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = iter(paths)

    def client() -> None:
        nonlocal errors
        while True:
            with lock:
                path = next(queue, None)
            if path is None:
                return
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(base + path, timeout=60) as reply:
                    reply.read()
                    ok = reply.status == 200
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors += 0 if ok else 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "errors": errors,
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99),
        "throughput": len(latencies) / wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, default=REPO / "indexes" / "default")
    parser.add_argument("--requests", type=int, default=320, help="searches per concurrency level")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "SERVING.md")
    args = parser.parse_args()
    asked = questions()
    encode_p50 = bare_encoding(args.index, [f"{q} {n}" for n, q in enumerate(asked)])

    env = {**os.environ, "KB_INDEX": str(args.index)}
    with kb_server(env) as base:
        rows = []
        serial = 0
        for clients in (1, 16, 32):
            paths = []
            for _ in range(args.requests):
                serial += 1
                question = f"{asked[serial % len(asked)]} {serial}"
                paths.append("/api/search?" + urllib.parse.urlencode({"q": question, "k": 10}))
            load(base, paths[:8], clients)  # warm the threads
            rows.append(("/api/search", clients, load(base, paths, clients)))
            rows.append(("/healthz", clients, load(base, ["/healthz"] * args.requests, clients)))
        # an answer to a question not asked before: search, the verdict and the quoted sentences (issue 9)
        paths = []
        for _ in range(args.requests):
            serial += 1
            paths.append("/api/ask?" + urllib.parse.urlencode({"q": f"{asked[serial % len(asked)]} {serial}"}))
        load(base, paths[:8], 1)
        rows.append(("/api/ask", 1, load(base, paths, 1)))

    one = next(r for route, c, r in rows if route == "/api/search" and c == 1)
    sixteen = next(r for route, c, r in rows if route == "/api/search" and c == 16)
    answer = next(r for route, c, r in rows if route == "/api/ask")
    lines = [
        "# HTTP benchmark",
        "",
        f"Written by `benchmarks/serving.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, {os.cpu_count()} cores; `kb serve` (waitress) on loopback, index "
        f"`{args.index.name}`, {args.requests} requests per row, every search a question not asked before.",
        "",
        f"One bare query encoding (in-process, same run): p50 {encode_p50 * 1000:.1f} ms.",
        "",
        "| route | clients | requests | errors | p50 ms | p95 ms | p99 ms | requests/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for route, clients, r in rows:
        lines.append(
            f"| `{route}` | {clients} | {r['requests']:.0f} | {r['errors']:.0f} | {r['p50'] * 1000:.1f} "
            f"| {r['p95'] * 1000:.1f} | {r['p99'] * 1000:.1f} | {r['throughput']:.1f} |"
        )
    lines += [
        "",
        f"Single client: search p50 / bare encoding p50 = **{one['p50'] / encode_p50:.2f}×** (target ≤ 2×). "
        f"Throughput at 16 clients / one client = **{sixteen['throughput'] / one['throughput']:.2f}×** "
        "(target ≥ 1.7× on 2 cores). Single client: ask p50 / search p50 = "
        f"**{answer['p50'] / one['p50']:.2f}×** (target ≤ 2×).",
        "",
        "",
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
