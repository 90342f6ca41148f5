"""Fit the weak-evidence verdict (kb.answer.VERDICTS) of the index's embedding model and score it.

Run from the repository root, over an index built from the corpus and the question sets' documents:

    .venv/bin/python benchmarks/verdict.py --index indexes/eval

The verdict is a logistic regression over three signals of a question's best evidence in its top ten passages
(the best sentence cosine, the best sentence's rarity-weighted share of the question's words — read with the
sentence's section heading —, English or not),
fitted on the development half of eval/queries-v2 with its off-topic questions. Its bar is set so that no more
answered development questions are called weak than `--answered-weak` (the count before the verdict was fitted).
The test half is scored once with the fitted verdict and with the index's current one, side by side. Leave-one-out
cross-validation on the development half says how well the fit holds on questions it was not fitted on.
scikit-learn comes with sentence-transformers; it is not needed at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb.answer import verdict_signals  # noqa: E402
from kb.glossary import query_language  # noqa: E402
from kb.knowledge import KnowledgeBase  # noqa: E402
from kb.settings import load_settings  # noqa: E402

QUESTIONS = REPO / "eval" / "queries-v2"
DEV = ("dev.jsonl", "offtopic-dev.jsonl")
TEST = ("test.jsonl", "offtopic-test.jsonl")


def signals(kb: KnowledgeBase, files: tuple[str, ...]) -> list[dict[str, object]]:
    """Per question: whether it is off-topic, the current verdict and the three signals the verdict reads."""
    engine = kb.engine
    rows = []
    for name in files:
        for line in (QUESTIONS / name).read_text(encoding="utf-8").splitlines():
            question = json.loads(line)
            text = question["query"]
            found = kb.search(text, 10)
            cosine, coverage = verdict_signals(engine, text, found.hits)
            if cosine is None:
                raise SystemExit("This index has no sentence vectors: rebuild it with an embedding model")
            rows.append(
                {
                    "id": question["id"],
                    "offtopic": question["kind"] == "offtopic",
                    "weak_now": found.weak,
                    "x": [cosine, coverage, 1.0 if query_language(text) == "en" else 0.0],
                }
            )
    return rows


def fit(rows: list[dict[str, object]], answered_weak: int) -> tuple[np.ndarray, float]:
    """Raw-scale weights (similarity, coverage, english) and intercept: weak when intercept + w·x > 0."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["offtopic"] for r in rows], dtype=bool)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=0.3, class_weight="balanced", max_iter=1000).fit(scaler.transform(x), y)
    weights = model.coef_[0] / scaler.scale_
    intercept = float(model.intercept_[0] - np.sum(model.coef_[0] * scaler.mean_ / scaler.scale_))
    scores = x @ weights + intercept
    bar = np.sort(scores[~y])[::-1][answered_weak]  # the (answered_weak + 1)-th highest answered question
    return weights, intercept - float(bar)


def flagged(rows: list[dict[str, object]], weak: list[bool]) -> str:
    off = [w for r, w in zip(rows, weak, strict=True) if r["offtopic"]]
    on = [w for r, w in zip(rows, weak, strict=True) if not r["offtopic"]]
    return f"off-topic flagged weak {sum(off)}/{len(off)}, answered called weak {sum(on)}/{len(on)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default="indexes/eval")
    parser.add_argument("--answered-weak", type=int, default=5)
    args = parser.parse_args()
    kb = KnowledgeBase.open(load_settings(index_dir=args.index))
    dev, test = signals(kb, DEV), signals(kb, TEST)

    # leave-one-out on the development half: each question judged by a verdict fitted without it
    held_out = []
    for i in range(len(dev)):
        rest = dev[:i] + dev[i + 1 :]
        weights, intercept = fit(rest, args.answered_weak * len(rest) // len(dev))
        held_out.append(float(np.dot(dev[i]["x"], weights) + intercept) > 0)

    weights, intercept = fit(dev, args.answered_weak)
    print(f"model: {kb.engine.embedder.name}")
    print(
        f"Verdict(intercept={intercept:.3f}, similarity={weights[0]:.3f}, coverage={weights[1]:.3f}, "
        f"english={weights[2]:.3f})"
    )
    for name, rows, weak in (
        ("dev, current verdict      ", dev, [bool(r["weak_now"]) for r in dev]),
        ("dev, fitted (in-sample)   ", dev, [float(np.dot(r["x"], weights) + intercept) > 0 for r in dev]),
        ("dev, fitted (leave-one-out)", dev, held_out),
        ("test, current verdict     ", test, [bool(r["weak_now"]) for r in test]),
        ("test, fitted              ", test, [float(np.dot(r["x"], weights) + intercept) > 0 for r in test]),
    ):
        print(f"{name}: {flagged(rows, weak)}")


if __name__ == "__main__":
    main()
