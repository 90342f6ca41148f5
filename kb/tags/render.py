"""Presentation of register items shared by the CLI and the web register: JSON record and plain text."""

from __future__ import annotations

from typing import Any

from kb.amounts import format_dutch_number
from kb.models import Document, Item, page_range


def item_record(item: Item, document: Document | None) -> dict[str, Any]:
    """The JSON form of a register item (the contract for `kb items --json` and the web API)."""
    pages = list(page_range(item.page_start, item.page_end))
    return {
        "id": item.id,
        "type": item.type,
        "text": item.text,
        "document": {
            "id": item.document_id,
            "title": document.title if document is not None else None,
            "source": document.source if document is not None else None,
        },
        "section": " › ".join(item.section_path),
        "lines": [item.line_start, item.line_end],
        "pages": pages,
        "amounts": [{"value": a.value, "currency": a.currency, "year": a.year, "kind": a.kind} for a in item.amounts],
        "actor": item.actor,
        "addressee": item.addressee,
        "deadline": item.deadline,
        "partners": list(item.partners),
        "themes": list(item.themes),
        "parent": item.parent_id,
    }


def render_item(item: Item, document: Document | None) -> str:
    """Two or three plain-text lines for one item: id and type, the text, and its citation."""
    amounts = ", ".join(
        f"{a.currency} {format_dutch_number(a.value)}" + (f" ({a.year})" if a.year is not None else "")
        for a in item.amounts
    )
    who = " → ".join(x for x in (item.actor, item.addressee) if x)
    head = f"{item.id}  [{item.type}]" + (f"  {who}" if who else "") + (f"  {amounts}" if amounts else "")
    source = document.source if document is not None else item.document_id
    title = document.title if document is not None else item.document_id
    section = f" — {' › '.join(item.section_path)}" if item.section_path else ""
    pages = f", p. {item.page_start}" if item.page_start is not None else ""
    return f"{head}\n    {item.text}\n    {title}{section}{pages}, lines {item.line_start}-{item.line_end} ({source})"
