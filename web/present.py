"""What every page shows, as JSON-ready dicts: the HTML page and its /api twin render the same dict.

Every record comes from kb.records and every filter from kb.filters, through the KnowledgeBase read API.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from kb.errors import NotFoundError, UsageError
from kb.filters import DEFAULT_K, ITEMS, PASSAGES, PER_PAGE, check_k, check_page, filters_for
from kb.knowledge import KnowledgeBase
from kb.models import Passage
from kb.records import (
    TYPE_LABELS,
    answer_record,
    citation_record,
    document_record,
    facet_record,
    kb_item_record,
    link_record,
    passage_record,
    search_record,
    section_record,
    source_line_record,
    trace_record,
)

__all__ = ["TYPE_LABELS"]


def _args(args: Mapping[str, str], scope: str) -> dict[str, str]:
    """The filter values of a request for a scope (unknown request parameters are not filters)."""
    return {f.name: args.get(f.name, "") for f in filters_for(scope) if f.name in args}


def _query(args: Mapping[str, str]) -> str:
    from kb.filters import check_query

    return check_query(args.get("q"))


def filter_options(kb: KnowledgeBase, scope: str = PASSAGES) -> dict[str, list[dict[str, str]]]:
    """The values each filter of a scope offers (from the filter registry), for the page's form."""
    return {
        f.name: [{"value": v.value, "label": v.label} for v in f.values(kb, scope)]
        for f in filters_for(scope)
        if not f.free_text
    }


# -- search and answer -----------------------------------------------------------------------------------


def search_view(kb: KnowledgeBase, args: Mapping[str, str]) -> dict[str, Any]:
    """The dict `kb search --json` prints, with the facets: per filter, how many of the query's candidate
    passages each value would leave."""
    query, k = _query(args), check_k(args.get("k") or DEFAULT_K)
    selection = kb.selection(_args(args, PASSAGES), PASSAGES)
    record = search_record(kb.search(query, k, selection, page=check_page(args.get("page") or 1)))
    record["facets"] = [facet_record(f) for f in kb.facets(selection, query)]
    return record


def ask_view(kb: KnowledgeBase, args: Mapping[str, str]) -> dict[str, Any]:
    """The same dict `kb ask --json` prints (evidence per document, each quote with its narrowed citation)."""
    query, k = _query(args), check_k(args.get("k") or DEFAULT_K)
    filters = kb.selection(_args(args, PASSAGES), PASSAGES)
    return answer_record(kb.ask(query, k, filters), filters.as_dict())


# -- passages and documents ------------------------------------------------------------------------------


def _trim_before(text: str, at_start: bool) -> str:
    """Context before a passage, starting at a word (not mid-word) unless it is the document's start."""
    if at_start:
        return text
    space = text.find(" ")
    return text[space + 1 :] if 0 <= space < 40 else text


def _trim_after(text: str, at_end: bool) -> str:
    if at_end:
        return text
    space = text.rfind(" ")
    return text[:space] if space > len(text) - 40 else text


def _span(raw: str | None, passage: Passage) -> tuple[int, int] | None:
    """A quoted span "start-end" (document characters) that must lie inside the passage."""
    if not raw:
        return None
    try:
        start, end = (int(part) for part in raw.split("-", 1))
    except ValueError as exc:
        raise UsageError(f"span must look like 1200-1350 (character offsets), got {raw!r}") from exc
    if end <= passage.char_start or start >= passage.char_end or start >= end:
        raise UsageError(
            f"span {start}-{end} is not inside passage {passage.id} "
            f"(characters {passage.char_start}-{passage.char_end})"
        )
    # an item or quote that runs on past the passage is marked where the passage has it
    return max(start, passage.char_start), min(end, passage.char_end)


def passage_view(kb: KnowledgeBase, passage_id: str, span: str | None = None) -> dict[str, Any]:
    """A passage inside its surrounding text; with `span`, the quoted sentence within it is marked too."""
    context = kb.context(passage_id)
    passage = context.passage
    text = kb.text(passage.document_id)
    quoted = _span(span, passage)
    start, end = quoted if quoted is not None else (passage.char_end, passage.char_end)
    items = [kb_item_record(kb, i) for i in kb.items_in(passage.id)]
    return {
        "passage": passage_record(passage, context.document, kb.tags_of(passage.id)),
        "document": document_record(context.document),
        "citation": citation_record(context.citation, passage.id),
        "tags": list(kb.tags_of(passage.id)),
        "before": _trim_before(context.before, passage.char_start - len(context.before) <= 0),
        "after": _trim_after(context.after, passage.char_end + len(context.after) >= len(text)),
        # the passage as the document has it, split around the quoted span (empty quote when none was asked)
        "cited": {
            "before_quote": text[passage.char_start : start],
            "quote": text[start:end],
            "after_quote": text[end : passage.char_end],
            "span": list(quoted) if quoted is not None else None,
        },
        "previous_id": context.previous_id,
        "next_id": context.next_id,
        "section_ordinal": next(
            (section.ordinal for section in kb.outline(passage.document_id) if section.id == passage.section_id), None
        ),
        "items": items,
    }


def section_entries(kb: KnowledgeBase, document_id: str) -> list[dict[str, Any]]:
    """The outline with, per section, the first passage that reads it (a chapter whose text all sits in its
    subsections links to the first passage after its heading)."""
    passages = kb.passages_of(document_id)
    entries = []
    for section in kb.outline(document_id):
        first = next(
            (p for p in passages if p.char_end > section.char_start and p.char_start < section.char_end),
            None,
        ) or next((p for p in passages if p.char_start >= section.char_start), None)
        entries.append(section_record(section, first.id if first is not None else None))
    return entries


def documents_view(kb: KnowledgeBase) -> dict[str, Any]:
    per_document_items = Counter(item.document_id for item in kb.items())
    documents = []
    for document in kb.documents():
        entry = document_record(document)
        entry["passages"] = len(kb.passages_of(document.id))
        entry["items"] = per_document_items.get(document.id, 0)
        documents.append(entry)
    return {"documents": documents, "counts": kb.counts()}


def document_view(kb: KnowledgeBase, document_id: str) -> dict[str, Any]:
    document = kb.document(document_id)
    counted = Counter(item.type for item in kb.items({"document": document.id}))
    per_type = {
        t: counted[t] for t in [t for t in TYPE_LABELS if t in counted] + sorted(set(counted) - set(TYPE_LABELS))
    }
    passages = kb.passages_of(document.id)
    return {
        "document": document_record(document),
        "sections": section_entries(kb, document.id),
        "passages": len(passages),
        "first_passage_id": passages[0].id if passages else None,
        "items_per_type": per_type,
    }


# -- register --------------------------------------------------------------------------------------------


def item_summary(kb: KnowledgeBase, item_id: str) -> dict[str, Any]:
    """An item's record with its number of links (what the register lists)."""
    item = kb.item(item_id)
    return {**kb_item_record(kb, item), "link_count": kb.link_count(item.id)}


# How the register can be ordered: register order (document by document, as each document has them), by type
# in the register's type order, or newest document first.
SORTS: dict[str, str] = {"document": "Document", "type": "Soort", "year": "Jaar (nieuwste eerst)"}


def _sorted_items(kb: KnowledgeBase, items: list[Any], sort: str) -> list[Any]:
    if sort == "type":
        order = {t: i for i, t in enumerate(TYPE_LABELS)}
        return sorted(items, key=lambda i: order.get(i.type, len(order)))
    if sort == "year":
        return sorted(items, key=lambda i: -(kb.document(i.document_id).year or 0))
    return items


def items_view(kb: KnowledgeBase, args: Mapping[str, str]) -> dict[str, Any]:
    raw = _args(args, ITEMS)
    if args.get("q") and not raw.get("text"):
        raw["text"] = args["q"]  # the register's text box
    selection = kb.selection(raw, ITEMS)
    page = check_page(args.get("page") or 1)
    sort = args.get("sort") or "document"
    if sort not in SORTS:
        raise UsageError(f"Unknown sort {sort!r} — use one of: {', '.join(SORTS)}")
    found = _sorted_items(kb, kb.items(selection), sort)
    pages = max(1, -(-len(found) // PER_PAGE))
    if page > pages:
        raise UsageError(f"page {page} is past the last page ({pages})")
    shown = found[(page - 1) * PER_PAGE : page * PER_PAGE]
    filters = selection.as_dict()
    return {
        "filters": {k: v for k, v in filters.items() if k != "text"},
        "q": filters.get("text", ""),
        "total": len(found),
        "page": page,
        "pages": pages,
        "per_page": PER_PAGE,
        "sort": sort,
        "items": [item_summary(kb, i.id) for i in shown],
        "facets": [facet_record(f) for f in kb.facets(selection)],
    }


def item_view(kb: KnowledgeBase, item_id: str) -> dict[str, Any]:
    item = kb.item(item_id)
    links = []
    for link in kb.links(item.id):
        outgoing = link.source_id == item.id
        other_id = link.target_id if outgoing else link.source_id
        try:
            other = item_summary(kb, other_id)
        except NotFoundError:  # a dangling link must not break the page; show the id alone
            other = {"id": other_id, "text": "", "type": "", "type_label": "", "document": None}
        links.append(
            {
                **link_record(link),
                "direction": "outgoing" if outgoing else "incoming",
                "item": other,
            }
        )
    parent = None
    if item.parent_id:
        try:
            parent = item_summary(kb, item.parent_id)
        except NotFoundError:
            parent = None
    return {
        "item": item_summary(kb, item.id),
        "parent": parent,
        "links": links,
        "standalone": kb.is_standalone(item.id),
    }


def trace_view(kb: KnowledgeBase, args: Mapping[str, str]) -> dict[str, Any]:
    """The trace report of the register's current filters, with the register's facets."""
    raw = _args(args, ITEMS)
    selection = kb.selection(raw, ITEMS)
    return {
        "filters": selection.as_dict(),
        **trace_record(kb, kb.trace(selection)),
        "curation": kb.curation_report(),
        "facets": [facet_record(f) for f in kb.facets(selection)],
    }


# -- sources ---------------------------------------------------------------------------------------------------


def _line_range(raw: str | None) -> tuple[int, int] | None:
    """A cited line range "12-18" (or one line "12")."""
    if not raw:
        return None
    parts = raw.replace("–", "-").split("-", 1)
    try:
        first, last = int(parts[0]), int(parts[-1])
    except ValueError as exc:
        raise UsageError(f"lines must look like 12-18 (source line numbers), got {raw!r}") from exc
    if first < 1 or last < first:
        raise UsageError(f"lines {raw!r} is not a range of source lines (first ≥ 1, last ≥ first)")
    return first, last


def source_view(
    kb: KnowledgeBase, document_id: str, lines: str | None = None, page: str | None = None
) -> dict[str, Any]:
    """A document's source lines, numbered as citations number them, with page marks; `lines` (a cited
    range) is marked. For a PDF source, which of its pages to show beside the text (`page`, else the page of the
    first cited line, else the document's first)."""
    document = kb.document(document_id)
    cited = _line_range(lines)
    numbered = kb.source_lines(document.id)
    if cited is not None and numbered and not (cited[0] <= numbered[-1].number and cited[1] >= numbered[0].number):
        raise UsageError(
            f"lines {cited[0]}-{cited[1]} are not in {document.title} "
            f"(lines {numbered[0].number}-{numbered[-1].number})"
        )
    pages = kb.page_count(document.id) if kb.has_pages(document.id) else 0
    shown = None
    if pages:
        cited_pages = [line.page for line in numbered if cited and cited[0] <= line.number <= cited[1] and line.page]
        shown = check_page(page) if page else (cited_pages[0] if cited_pages else document.page_start or 1)
        if shown > pages:
            raise UsageError(f"page {shown} is past the last page ({pages})")
    return {
        "document": document_record(document),
        "cited": list(cited) if cited is not None else None,
        "pdf_pages": pages,
        "shown_page": shown,
        "lines": [source_line_record(line) for line in numbered],
    }


def sources_view(kb: KnowledgeBase) -> dict[str, Any]:
    """What was ingested: every document with its metadata and counts (sections, passages, items per type), the
    source files with their warnings, and when the knowledge base was built."""
    per_document: dict[str, Counter[str]] = {}
    for item in kb.items():
        per_document.setdefault(item.document_id, Counter())[item.type] += 1
    documents = []
    for document in kb.documents():
        counted = per_document.get(document.id, Counter())
        documents.append(
            {
                **document_record(document),
                "sections": len(kb.outline(document.id)),
                "passages": len(kb.passages_of(document.id)),
                "items": sum(counted.values()),
                "items_per_type": {t: counted[t] for t in TYPE_LABELS if counted[t]},
            }
        )
    return {
        "built_at": kb.built_at,
        "counts": kb.counts(),
        "documents": documents,
        "sources": kb.sources(),
    }
