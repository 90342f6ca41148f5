"""Precision of the shipped register's links, judged by assessors who did not write the linker (issue 11).

Two steps, run from the repository root:

    .venv/bin/kb export json --output /tmp/register.json --force
    .venv/bin/python benchmarks/link_judgments.py sample /tmp/register.json eval/link-judgments
    # (or, to judge the links of new rules: … sample REGISTER FOLDER --rules section_first_request,document_goal)
    # … assessors judge links-to-judge.jsonl following eval/briefs/LINK-JUDGING-BRIEF.md (verdicts-*.jsonl) …
    .venv/bin/python benchmarks/link_judgments.py score eval/link-judgments

`sample` draws a fixed-seed sample stratified by link kind and writes what the assessors see (both items' type,
document, section, lines and text — no origin, rule or confidence) and a key with what they do not see. `score`
prints the assessors' agreement and the precision per kind, rule and within/across documents (the mean of the
assessors' verdicts: a link both call correct counts 1, one of two 0.5).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

QUOTA = {"draagt_bij_aan": 45, "vloeit_voort_uit": 30, "sluit_aan_bij": 35}  # every other kind: all its links
SEED = 20261126


def _shown(item: dict) -> dict:
    document = item["document"]
    return {
        "type": item["type_label"],
        "document": document["title"],
        "file": Path(document["source"]).name,
        "section": item.get("section"),
        "lines": item["lines"],
        "text": item["text"],
    }


def sample(register: Path, folder: Path, rules: set[str] | None = None) -> None:
    """Stratified by link kind (QUOTA), or — with `rules` — every link those rules proposed (to judge new rules)."""
    data = json.loads(register.read_text(encoding="utf-8"))
    items = {i["id"]: i for i in data["items"] + data.get("linked_items", [])}
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for link in data["links"]:
        if rules is None or link["rule"] in rules:
            by_kind[link["kind"]].append(link)
    rng = random.Random(SEED)
    chosen = []
    for kind, links in sorted(by_kind.items()):
        links.sort(key=lambda link: (link["source"], link["target"]))
        quota = len(links) if rules is not None else QUOTA.get(kind, len(links))
        chosen += rng.sample(links, min(quota, len(links)))
    rng.shuffle(chosen)
    folder.mkdir(parents=True, exist_ok=True)
    with (
        (folder / "links-to-judge.jsonl").open("w", encoding="utf-8") as shown,
        (folder / "key.jsonl").open("w", encoding="utf-8") as key,
    ):
        for number, link in enumerate(chosen, 1):
            name = f"L{number:03d}"
            source, target = items[link["source"]], items[link["target"]]
            record = {"link": name, "relation": link["kind"], "from": _shown(source), "to": _shown(target)}
            shown.write(json.dumps(record, ensure_ascii=False) + "\n")
            hidden = {
                "link": name,
                "source": link["source"],
                "target": link["target"],
                "kind": link["kind"],
                "origin": link["origin"],
                "rule": link["rule"],
                "confidence": link["confidence"],
                "across": source["document"]["id"] != target["document"]["id"],
            }
            key.write(json.dumps(hidden, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} links to judge: {dict(Counter(link['kind'] for link in chosen))}")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(folder: Path) -> None:
    key = {row["link"]: row for row in _read(folder / "key.jsonl")}
    judges = [{row["link"]: row["verdict"] for row in _read(path)} for path in sorted(folder.glob("verdicts-*.jsonl"))]
    for verdicts in judges:
        if set(verdicts) != set(key):
            raise SystemExit("A verdicts file does not judge exactly the sampled links")
    if len(judges) == 2:
        first, second = judges
        agree = sum(first[name] == second[name] for name in key) / len(key)
        counts = Counter(first.values()), Counter(second.values())
        chance = sum(counts[0][v] * counts[1][v] for v in set(counts[0]) | set(counts[1])) / len(key) ** 2
        kappa = (agree - chance) / (1 - chance)
        print(f"assessors agree on {agree:.2f} of {len(key)} links (Cohen's kappa {kappa:.2f})")
    groups: dict[str, list[float]] = defaultdict(list)
    for name, row in key.items():
        right = sum(verdicts[name] == "correct" for verdicts in judges) / len(judges)
        place = "across documents" if row["across"] else "within a document"
        for group in ("all", place, f"kind {row['kind']}", f"rule {row['rule']}"):
            groups[group].append(right)
    for group, values in sorted(groups.items()):
        print(f"{group:32s} {len(values):4d} links  precision {sum(values) / len(values):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    sampling = commands.add_parser("sample")
    sampling.add_argument("register", type=Path)
    sampling.add_argument("folder", type=Path)
    sampling.add_argument("--rules", help="comma-separated rule names: judge every link of these rules instead")
    scoring = commands.add_parser("score")
    scoring.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.register, args.folder, set(args.rules.split(",")) if args.rules else None)
    else:
        score(args.folder)


if __name__ == "__main__":
    main()
