"""Plain-text presentation of a register item for the CLI (its JSON record is kb.records.item_record)."""

from __future__ import annotations

from kb.amounts import format_dutch_number
from kb.models import Document, Item


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
    pages = f", {item.span.pages_label}" if item.page_start is not None else ""
    return f"{head}\n    {item.text}\n    {title}{section}{pages}, lines {item.line_start}-{item.line_end} ({source})"
