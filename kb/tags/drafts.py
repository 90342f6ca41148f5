"""Drafts: the working records the tagging stages pass on — a text Unit cut from the blocks, and a Draft item
before it gets its id and attributes (kb.tags.finalise)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

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
    lead_in: str | None = None  # a listed request's lead-in ("De raad verzoekt het college:"): who asks whom


@dataclass
class Unit:
    """A block of text (bullets merged with their continuation lines)."""

    kind: str
    start: int
    end: int
    section_id: str | None
    text: str


def source_lines(parsed: ParsedDocument) -> list[tuple[int, int, str]]:
    """(char_start, char_end, text) per source line, recovered from the source map (robust to joined lines): a
    line ends after a newline, or after a space where the source line of the characters changes."""
    text = parsed.text
    mapping = np.asarray(parsed.source_map.lines[: len(text)], dtype=np.int64)
    changes = np.flatnonzero(mapping[1:] != mapping[:-1]) + 1  # index i: mapping[i] differs from mapping[i - 1]
    boundaries = {int(i) for i in changes if text[i - 1] in " \t"}
    boundaries.update(match.end() for match in re.finditer("\n", text))
    boundaries.add(len(text))
    lines: list[tuple[int, int, str]] = []
    start = 0
    for index in sorted(boundaries):
        chunk = text[start:index]
        if chunk.strip():
            lines.append((start, index, chunk.strip()))
        start = index
    return lines


def lines_within(lines: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The source lines (sorted, from `source_lines`) that lie within characters start..end — by bisection, so
    that asking once per unit stays linear in the document's size."""
    inside: list[tuple[int, int, str]] = []
    for position in range(bisect_left(lines, start, key=lambda line: line[0]), len(lines)):
        line = lines[position]
        if line[0] > end:
            break
        if line[1] <= end:
            inside.append(line)
    return inside


def claimed_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test whether a character lies inside any of the (start, end) spans, answered by bisection over the
    spans sorted by start with the running maximum of their ends."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def inside(char: int) -> bool:
        position = bisect_right(starts, char) - 1
        return position >= 0 and reach[position] > char

    return inside


class SpanIndex:
    """Character spans (start, end) found by position: bisection over the spans sorted by start (none is longer
    than the longest), so asking once per item stays near linear in a document's size."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._ends = [spans[i][1] for i in self._order]
        self._longest = max((end - start for start, end in spans), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions, in the order the spans were given, of those that overlap characters start..end."""
        first, last = bisect_left(self._starts, start - self._longest), bisect_left(self._starts, end)
        return sorted(self._order[k] for k in range(first, last) if start < self._ends[k])


def first_containing(drafts: list[Draft]) -> Callable[[int], Draft | None]:
    """A lookup of the first draft (in the given order) whose span holds a character."""
    index = SpanIndex([(d.char_start, d.char_end) for d in drafts])

    def find(char: int) -> Draft | None:
        holding = index.overlapping(char, char + 1)
        return drafts[holding[0]] if holding else None

    return find


def raw_line(parsed: ParsedDocument, number: int) -> str:
    """Source line `number` (1-based, of the file) as the file has it — columns still apart, which the cleaned text
    runs together; "" outside the document."""
    index = number - parsed.document.line_start
    return parsed.source_lines[index] if 0 <= index < len(parsed.source_lines) else ""


def section_at(parsed: ParsedDocument, char: int) -> str | None:
    """The innermost section holding a character of the document text."""
    best: Section | None = None
    for section in parsed.sections:
        if section.char_start <= char < max(section.char_end, section.char_start + 1):
            if best is None or section.level >= best.level:
                best = section
    return best.id if best is not None else None


def heading_starts(parsed: ParsedDocument, lines: list[tuple[int, int, str]]) -> frozenset[int]:
    """The start offsets of the lines that open a section."""
    starts = sorted(section.char_start for section in parsed.sections if section.ordinal > 0)
    found = set()
    for start, end, _ in lines:
        at = bisect_left(starts, start)
        if at < len(starts) and starts[at] < end and not parsed.text[start : starts[at]].strip():
            found.add(start)
    return frozenset(found)
