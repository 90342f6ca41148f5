"""Drafts: the working records the tagging stages pass on — a text Unit cut from the blocks, and a Draft item
before it gets its id and attributes (kb.tags.finalise)."""

from __future__ import annotations

from dataclasses import dataclass

from kb.models import Amount


@dataclass
class Draft:
    """An item before its id is known."""

    type: str
    char_start: int
    char_end: int
    section_id: str | None
    text: str = ""
    amounts: tuple[Amount, ...] = ()
    actor: str | None = None
    addressee: str | None = None
    deadline: str | None = None
    parent: Draft | None = None
    rule: str = ""


@dataclass
class Unit:
    """A block of text (bullets merged with their continuation lines)."""

    kind: str
    start: int
    end: int
    section_id: str | None
    text: str
