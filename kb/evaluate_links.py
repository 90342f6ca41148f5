"""Link evaluation: the links of a built knowledge base against links annotated by hand (eval/links-gold/).

A gold relation names its two items by verbatim quotes from the source file. A quote is found in the file (spaces
normalised), its source lines give the kb items of that document on those lines (of the annotated type when one
is there), and the relation counts as found when kb holds a link of the same kind from one of the first items to
one of the second. Precision is scored on kb's links between items of the annotated documents, per kind and per
rule (with the judged links of eval/link-judgments, a rule's precision on the development documents is its
confidence, kb/trace.py CALIBRATION).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.knowledge import KnowledgeBase
from kb.models import Item

SCORED_KINDS = ("draagt_bij_aan", "vloeit_voort_uit", "financiert", "onderdeel_van", "conflicteert_met")


@dataclass
class LinkScore:
    relations: int = 0  # gold relations whose both ends were found as kb items
    unmatched: int = 0  # gold relations with an end kb has no item for (a tagging miss, not a linking one)
    found: int = 0
    links: int = 0  # kb links among the annotated documents' items, of the scored kinds
    right: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))
    per_rule: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "relations": self.relations,
            "unmatched_relations": self.unmatched,
            "recall": ratio(self.found, self.relations),
            "links": self.links,
            "precision": ratio(self.right, self.links),
            "per_kind": {
                kind: {"relations": r, "found": f, "links": n, "precision": ratio(ok, n), "recall": ratio(f, r)}
                for kind, (r, f, n, ok) in sorted(self.per_kind.items())
            },
            "per_rule": {
                rule: {"links": n, "right": ok, "precision": ratio(ok, n)}
                for rule, (n, ok) in sorted(self.per_rule.items())
            },
        }


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quote_lines(source: str, quote: str) -> list[tuple[int, int]]:
    """1-based (first, last) source lines of every occurrence of a quote (spaces and line breaks normalised)."""
    words = [re.escape(w) for w in quote.split()]
    if not words:
        return []
    pattern = re.compile(r"\s+".join(words))
    starts = [0] + [m.end() for m in re.finditer("\n", source)]  # where each line begins
    return [
        (bisect_right(starts, match.start()), bisect_right(starts, max(match.start(), match.end() - 1)))
        for match in pattern.finditer(source)
    ]


def _items_at(items: Sequence[Item], lines: Iterable[tuple[int, int]], wanted_type: str) -> set[str]:
    hits = [i for first, last in lines for i in items if i.line_start <= last and first <= i.line_end]
    typed = [i for i in hits if i.type == wanted_type or (wanted_type == "request" and i.type == "request_gs")]
    return {i.id for i in (typed or hits)}


def evaluate_links(kb: KnowledgeBase, gold_paths: Sequence[Path], folders: Sequence[Path]) -> LinkScore:
    relations = [
        json.loads(line) for path in gold_paths for line in path.read_text(encoding="utf-8").splitlines() if line
    ]
    files = {p.name: p for folder in folders for p in folder.rglob("*") if p.is_file()}
    documents = {
        name: [d for d in kb.documents() if Path(d.source).name == name] for name in {r["document"] for r in relations}
    }
    items_of: dict[str, list[Item]] = defaultdict(list)
    for item in kb.items():
        items_of[item.document_id].append(item)
    texts: dict[str, str] = {}  # each annotated file read once
    links = {(link.source_id, link.kind, link.target_id) for link in kb.links()}
    score = LinkScore()
    gold: set[tuple[str, str, str]] = set()
    annotated: set[str] = set()
    for relation in relations:
        name = relation["document"]
        ids = {d.id for d in documents.get(name, [])}
        annotated |= ids
        items = [i for document_id in ids for i in items_of[document_id]]
        if name not in texts:
            texts[name] = files[name].read_text(encoding="utf-8", errors="replace") if name in files else ""
        source = texts[name]
        first = _items_at(items, quote_lines(source, relation["from_quote"]), relation["from_type"])
        second = _items_at(items, quote_lines(source, relation["to_quote"]), relation["to_type"])
        kind = relation["relation"]
        if not first or not second:
            score.unmatched += 1
            continue
        score.relations += 1
        score.per_kind[kind][0] += 1
        pairs = {(a, kind, b) for a in first for b in second if a != b}
        gold |= pairs
        if pairs & links:
            score.found += 1
            score.per_kind[kind][1] += 1
    item_documents = {i.id: i.document_id for i in kb.items()}
    for link in kb.links():
        if link.kind not in SCORED_KINDS or item_documents.get(link.source_id) not in annotated:
            continue
        right = (link.source_id, link.kind, link.target_id) in gold
        score.links += 1
        score.right += right
        score.per_kind[link.kind][2] += 1
        score.per_kind[link.kind][3] += right
        score.per_rule[link.rule][0] += 1
        score.per_rule[link.rule][1] += right
    return score


def render(scores: dict[str, LinkScore]) -> str:
    lines = []
    for label, score in scores.items():
        data = score.to_dict()
        lines.append(
            f"{label}: {data['relations']} relations (+{data['unmatched_relations']} with an end kb has no item for), "
            f"recall {data['recall']}; {data['links']} links, precision {data['precision']}"
        )
        for kind, row in data["per_kind"].items():
            lines.append(
                f"  {kind:18} relations {row['relations']:4} found {row['found']:4} (R {row['recall']})  "
                f"links {row['links']:4} (P {row['precision']})"
            )
        for rule, row in data["per_rule"].items():
            lines.append(f"  rule {rule:15} links {row['links']:4} right {row['right']:4} (P {row['precision']})")
    return "\n".join(lines)
