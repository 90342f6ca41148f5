"""Drafts: the working records the tagging stages pass on — a text Unit cut from the blocks, and a Draft item
before it gets its id and attributes (kb.tags.finalise)."""

from __future__ import annotations

from dataclasses import dataclass

from kb.models import Amount, ParsedDocument, Section


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


def source_lines(parsed: ParsedDocument) -> list[tuple[int, int, str]]:
    """(char_start, char_end, text) per source line, recovered from the source map (robust to joined lines)."""
    lines: list[tuple[int, int, str]] = []
    text = parsed.text
    mapping = parsed.source_map.lines
    start = 0
    for index in range(1, len(text) + 1):
        boundary = (
            index == len(text)
            or text[index - 1] == "\n"
            or (index < len(mapping) and mapping[index] != mapping[index - 1] and text[index - 1] in " \t")
        )
        if boundary:
            chunk = text[start:index]
            if chunk.strip():
                lines.append((start, index, chunk.strip()))
            start = index
    return lines


def section_at(parsed: ParsedDocument, char: int) -> str | None:
    """The innermost section holding a character of the document text."""
    best: Section | None = None
    for section in parsed.sections:
        if section.char_start <= char < max(section.char_end, section.char_start + 1):
            if best is None or section.level >= best.level:
                best = section
    return best.id if best is not None else None
