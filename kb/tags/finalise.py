"""Ids and finalising: drafts → Items — duplicates dropped, ordered, stable readable ids from section keys
("TST-2.1-DOEL-01"), clean text, source span, themes, attributes, parent and passages."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable

from kb.lexicon import detect_partners, detect_themes
from kb.models import Item, ParsedDocument
from kb.tags.attributes import item_actor, item_addressee, item_date, item_deadline, item_recurrence
from kb.tags.drafts import Draft, SpanIndex
from kb.tags.rules import BULLET_PREFIX, ITEM_TYPES, SIGNED_ON, TYPE_ABBREVIATIONS


def _section_keys(parsed: ParsedDocument) -> dict[str | None, str]:
    keys: dict[str | None, str] = {None: "0"}
    used: dict[str, int] = defaultdict(int)
    for section in sorted(parsed.sections, key=lambda s: s.ordinal):
        if section.number:
            key = re.sub(r"[^0-9A-Za-z.]+", "", section.number.replace(" ", "")).strip(".") or "0"
        elif section.ordinal == 0:
            key = "0"
        else:
            key = re.sub(r"[^a-z0-9]+", "-", section.title.lower()).strip("-")[:24] or f"s{section.ordinal}"
        used[key] += 1
        keys[section.id] = key if used[key] == 1 else f"{key}_{used[key]}"  # ids keep to [A-Za-z0-9._-]
    return keys


def _passage_finder(parsed: ParsedDocument) -> Callable[[int, int], tuple[str, ...]]:
    """Ids of the passages overlapping characters start..end, in document order."""
    index = SpanIndex([(p.char_start, p.char_end) for p in parsed.passages])
    return lambda start, end: tuple(parsed.passages[i].id for i in index.overlapping(start, end))


def _signature_finder(text: str) -> Callable[[Draft], str | None]:
    """The date of the resolution or meeting a decision belongs to: the first signature after it ("Aldus besloten
    in de openbare vergadering van 11 december 2025"), else the last meeting named before it ("Raadsvergadering 11
    december 2025"). Measured on the development halves, the whole document is the right reach: a document's
    decisions are mostly those of its one meeting. The document is read for signatures once, not per decision."""
    signatures = [(m.start(), m.end(), m.group("date")) for m in SIGNED_ON.finditer(text)]
    starts = [start for start, _, _ in signatures]

    def signed(draft: Draft) -> str | None:
        after = bisect_left(starts, draft.char_end)
        if after < len(signatures):
            return signatures[after][2]
        before = [date for _, end, date in signatures[:after] if end <= draft.char_start]
        return before[-1] if before else None

    return signed


def finalise(parsed: ParsedDocument, drafts: list[Draft]) -> tuple[Item, ...]:
    document = parsed.document
    sections = {s.id: s for s in parsed.sections}
    keys = _section_keys(parsed)
    unique: dict[tuple[str, int, int], Draft] = {}
    for draft in drafts:
        unique.setdefault((draft.type, draft.char_start, draft.char_end), draft)
    ordered = sorted(unique.values(), key=lambda d: (d.char_start, d.char_end, ITEM_TYPES.index(d.type)))
    counters: dict[tuple[str, str], int] = defaultdict(int)
    ids: dict[int, str] = {}
    items: list[Item] = []
    overlapping = _passage_finder(parsed)
    signed = _signature_finder(parsed.text)
    for draft in ordered:
        key = keys.get(draft.section_id, "0")
        counters[(key, draft.type)] += 1
        item_id = f"{document.code}-{key}-{TYPE_ABBREVIATIONS[draft.type]}-{counters[(key, draft.type)]:02d}"
        ids[id(draft)] = item_id
    for draft in ordered:
        text = re.sub(
            r"\s+", " ", BULLET_PREFIX.sub("", draft.text or parsed.text[draft.char_start : draft.char_end])
        ).strip()
        line_start, line_end, page_start, page_end = parsed.source_map.span(draft.char_start, draft.char_end)
        section = sections.get(draft.section_id) if draft.section_id else None
        # the item's own words first; else its section heading, then the headings above it
        themes = detect_themes(text)
        for label in reversed(section.path if section is not None else ()):
            if themes:
                break
            themes = detect_themes(label)
        items.append(
            Item(
                id=ids[id(draft)],
                type=draft.type,
                text=text,
                document_id=document.id,
                section_id=draft.section_id,
                section_path=section.path if section is not None else (),
                line_start=line_start,
                line_end=line_end,
                page_start=page_start,
                page_end=page_end,
                char_start=draft.char_start,
                char_end=draft.char_end,
                amounts=draft.amounts,
                actor=item_actor(draft, text, document.issuer, document.level),
                addressee=item_addressee(draft, text, document.level),
                deadline=item_deadline(draft, text),
                recurrence=item_recurrence(draft, text),
                date=item_date(draft, text, signed(draft) if draft.type == "decision" else None),
                partners=detect_partners(text),
                themes=themes,
                parent_id=ids.get(id(draft.parent)) if draft.parent is not None else None,
                passage_ids=overlapping(draft.char_start, draft.char_end),
            )
        )
    return tuple(items)
