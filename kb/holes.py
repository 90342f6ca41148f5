"""Trace report (pure): per document how far its commitments are traced, the holes — goals without an action or
money, requests without a follow-up, budgets that fund nothing identifiable, actions that serve no goal — and
a matrix of goals against what serves or funds them. Items a person marked as deliberately standalone are no hole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kb.models import Item, Link

# A hole: items of `type` that lack a link of one of `kinds` in `direction` ("in": towards them, "out": from them).
HOLES: tuple[tuple[str, str, str, frozenset[str], str], ...] = (
    ("goals_without_action_or_money", "Doelen zonder actie of geld", "goal",
     frozenset({"draagt_bij_aan", "financiert", "vloeit_voort_uit"}), "in"),
    ("requests_without_follow_up", "Verzoeken aan GS zonder vervolg", "request_gs",
     frozenset({"draagt_bij_aan", "sluit_aan_bij", "financiert"}), "in"),
    ("budgets_funding_nothing", "Budgetten die niets aanwijsbaars financieren", "budget",
     frozenset({"financiert"}), "out"),
    ("actions_serving_no_goal", "Acties die geen doel dienen", "action", frozenset({"draagt_bij_aan"}), "out"),
)  # fmt: skip


@dataclass(frozen=True)
class Hole:
    name: str
    label: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Coverage:
    document_id: str
    counts: dict[str, tuple[int, int]]  # hole name → (items of its type, of which traced)


def _linked(links: Sequence[Link]) -> dict[tuple[str, str], set[str]]:
    """(item id, direction) → kinds of the links it has that way."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in links:
        found[(link.source_id, "out")].add(link.kind)
        found[(link.target_id, "in")].add(link.kind)
    return found


def holes(items: Sequence[Item], links: Sequence[Link], standalone: Callable[[str], bool]) -> list[Hole]:
    linked = _linked(links)
    found = []
    for name, label, item_type, kinds, direction in HOLES:
        missing = tuple(
            i
            for i in items
            if i.type == item_type and not (linked.get((i.id, direction), set()) & kinds) and not standalone(i.id)
        )
        found.append(Hole(name, label, missing))
    return found


def coverage(items: Sequence[Item], found: Sequence[Hole]) -> list[Coverage]:
    """Per document: for each kind of hole, how many of its items are traced (or deliberately standalone) — the
    items of the hole's type that are not in it."""
    missing = {hole.name: {i.id for i in hole.items} for hole in found}
    per_document: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, _label, item_type, _kinds, _direction in HOLES:
        for item in items:
            if item.type != item_type:
                continue
            row = per_document[item.document_id][name]
            row[0] += 1
            row[1] += item.id not in missing[name]
    return [
        Coverage(document_id, {name: (row[0], row[1]) for name, row in rows.items()})
        for document_id, rows in per_document.items()
    ]


def matrix(goals: Sequence[Item], links: Sequence[Link]) -> list[tuple[Item, dict[str, list[str]]]]:
    """Per goal, the ids of the items that serve it, fund it, follow from it or are part of it, by link kind."""
    towards: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for link in links:
        towards[link.target_id][link.kind].append(link.source_id)
    return [(goal, dict(towards.get(goal.id, {}))) for goal in goals]


@dataclass(frozen=True)
class Answered:
    """How many goals of one document items of another document (of another level) are linked to."""

    goals_of: str  # document id
    answered_by: str  # document id
    goals: int
    linked: tuple[str, ...]  # goal ids of `goals_of` that an item of `answered_by` links to


def across_levels(
    items: Sequence[Item], links: Sequence[Link], level_of: Callable[[str], str | None]
) -> list[Answered]:
    """Which goals of a document do the items of a document of another level answer (any link between them)?"""
    by_id = {i.id: i for i in items}
    goals: dict[str, int] = defaultdict(int)
    for item in items:
        if item.type == "goal":
            goals[item.document_id] += 1
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in links:
        for goal_id, other_id in ((link.target_id, link.source_id), (link.source_id, link.target_id)):
            goal, other = by_id.get(goal_id), by_id.get(other_id)
            if goal is None or other is None or goal.type != "goal" or goal.document_id == other.document_id:
                continue
            if level_of(goal.document_id) != level_of(other.document_id):
                linked[(goal.document_id, other.document_id)].add(goal.id)
    return [
        Answered(goals_of, answered_by, goals[goals_of], tuple(sorted(ids)))
        for (goals_of, answered_by), ids in sorted(linked.items())
    ]
