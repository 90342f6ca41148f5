"""Curation: what people decided about links — confirmed, rejected, added — and items marked as deliberately
standalone. Kept in a log of its own beside the index (`<index>.curation.jsonl`), keyed by the stable item ids,
so that no rebuild alters or loses it; every decision records who and when. The last decision on a link wins.

I/O at the edge: `CurationLog` reads and appends the file (under a lock); `Curation` is the pure state.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock

from kb.errors import IndexCorruptError, UsageError
from kb.records import LINK_LABELS

ACTIONS = ("confirm", "reject", "add", "reset", "standalone", "not_standalone")
ITEM_ACTIONS = ("standalone", "not_standalone")  # decisions on an item rather than a link
MAX_NOTE_CHARS = 500
MAX_WHO_CHARS = 80


@dataclass(frozen=True)
class Decision:
    """One decision: on a link (source, kind, target) or, for (not_)standalone, on one item (source)."""

    action: str
    source: str
    kind: str = ""
    target: str = ""
    who: str = ""
    when: str = ""
    note: str = ""

    @classmethod
    def of(cls, action: str, source: str, kind: str = "", target: str = "", who: str = "", note: str = "") -> Decision:
        """A decision as a person states it: on a link (source, kind, target), or for (not_)standalone on the
        item `source` alone (a kind or target given with it is no part of it)."""
        if action in ITEM_ACTIONS:
            return cls(action, source, who=who, note=note)
        return cls(action, source, kind, target, who, note=note)

    @property
    def link_key(self) -> tuple[str, str, str]:
        return (self.source, self.kind, self.target)

    def items(self) -> tuple[str, ...]:
        return (self.source, self.target) if self.target else (self.source,)


@dataclass
class Curation:
    """The state the log adds up to."""

    confirmed: dict[tuple[str, str, str], Decision] = field(default_factory=dict)
    rejected: dict[tuple[str, str, str], Decision] = field(default_factory=dict)
    added: dict[tuple[str, str, str], Decision] = field(default_factory=dict)
    standalone: dict[str, Decision] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)

    @classmethod
    def of(cls, decisions: Iterable[Decision]) -> Curation:
        state = cls()
        for decision in decisions:
            state.decisions.append(decision)
            key = decision.link_key
            if decision.action in ("confirm", "reject", "add", "reset"):
                for table in (state.confirmed, state.rejected, state.added):
                    table.pop(key, None)
                if decision.action == "confirm":
                    state.confirmed[key] = decision
                elif decision.action == "reject":
                    state.rejected[key] = decision
                elif decision.action == "add":
                    state.added[key] = decision
            elif decision.action == "standalone":
                state.standalone[decision.source] = decision
            elif decision.action == "not_standalone":
                state.standalone.pop(decision.source, None)
        return state

    def vanished(self, known_items: Mapping[str, object] | set[str]) -> list[Decision]:
        """Decisions in force that name an item this knowledge base no longer has (reported, never dropped)."""
        in_force = [*self.confirmed.values(), *self.rejected.values(), *self.added.values(), *self.standalone.values()]
        return [d for d in in_force if any(item not in known_items for item in d.items())]


def curation_path(index_dir: Path) -> Path:
    """The log beside the index directory (which a rebuild swaps whole)."""
    return index_dir.parent / f"{index_dir.name}.curation.jsonl"


class CurationLog:
    """The curation file of an index: read it, append a decision."""

    def __init__(self, index_dir: Path):
        self.path = curation_path(index_dir)

    def read(self) -> Curation:
        if not self.path.is_file():
            return Curation()
        decisions = []
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                decisions.append(Decision(**json.loads(line)))
            except (json.JSONDecodeError, TypeError) as exc:
                raise IndexCorruptError(
                    f"Line {number} of the curation log {self.path.name} cannot be read ({exc}); fix or remove that "
                    "line — the other decisions are kept"
                ) from exc
        return Curation.of(decisions)

    def stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def append(self, decision: Decision) -> Decision:
        """Record a decision (validated; `when` is now) and return it as stored."""
        check_decision(decision)
        stored = Decision(
            decision.action,
            decision.source,
            decision.kind,
            decision.target,
            decision.who.strip() or "onbekend",
            datetime.now(UTC).isoformat(timespec="seconds"),
            decision.note.strip(),
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.path) + ".lock"):
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(asdict(stored), ensure_ascii=False) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        return stored


def check_decision(decision: Decision) -> None:
    """A UsageError naming what is wrong with a decision before it is stored."""
    if decision.action not in ACTIONS:
        raise UsageError(f"Unknown curation action {decision.action!r} — use one of: {', '.join(ACTIONS)}")
    if not decision.source:
        raise UsageError("A curation decision names an item")
    if decision.action in ("confirm", "reject", "add", "reset"):
        if decision.kind not in LINK_LABELS:
            raise UsageError(f"Unknown link kind {decision.kind!r} — use one of: {', '.join(LINK_LABELS)}")
        if not decision.target or decision.target == decision.source:
            raise UsageError("A link joins two different items")
    if len(decision.who) > MAX_WHO_CHARS or len(decision.note) > MAX_NOTE_CHARS:
        raise UsageError(f"Name at most {MAX_WHO_CHARS} and note at most {MAX_NOTE_CHARS} characters")
