"""What every page shows, as JSON-ready dicts: the HTML page and its /api twin render the same dict."""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Mapping
from typing import Any

from kb.errors import NotFoundError, UsageError
from kb.models import Citation, Document, Item, Passage, Section, page_range, to_dict

# Register item types, in the order the register lists them, with the label people read.
TYPE_LABELS = {
    "goal": "Goal",
    "request_gs": "Request to GS",
    "request": "Request",
    "budget": "Budget",
    "action": "Action",
    "commitment": "Commitment",
    "decision": "Decision",
}
DEFAULT_K = 10
MAX_K = 50
ITEMS_PER_PAGE = 50

_search_lock = threading.Lock()


class _Views:
    """What pages read again and again from one opened knowledge base, computed once (it does not change
    while it is open: a rebuild swaps in a new directory that a new KnowledgeBase opens)."""

    def __init__(self, kb: Any):
        self.items: list[Item] = kb.items()
        self.items_by_passage: dict[str, list[Item]] = {}
        for item in self.items:
            for passage_id in item.passage_ids:
                self.items_by_passage.setdefault(passage_id, []).append(item)
        self.passages_by_document: dict[str, list[Passage]] = {}
        for passage in kb.passages():
            self.passages_by_document.setdefault(passage.document_id, []).append(passage)
        for passages in self.passages_by_document.values():
            passages.sort(key=lambda p: p.char_start)
        self.link_counts: Counter[str] = Counter()
        for link in kb.links():
            self.link_counts[link.source_id] += 1
            self.link_counts[link.target_id] += 1
        self.types = set(Counter(item.type for item in self.items))
        self.themes = {theme for item in self.items for theme in item.themes}
        tags = {tag for values in kb.passage_tags.values() for tag in values}
        self.tag_types = {t for t in tags if not t.startswith("theme:")}
        self.tag_themes = {t.split(":", 1)[1] for t in tags if t.startswith("theme:")}


_views: weakref.WeakKeyDictionary[Any, _Views] = weakref.WeakKeyDictionary()
_views_lock = threading.Lock()


def _cached(kb: Any) -> _Views:
    with _views_lock:
        views = _views.get(kb)
        if views is None:
            views = _views[kb] = _Views(kb)
        return views


# -- shared pieces ---------------------------------------------------------------------------------------


def citation_dict(citation: Citation, passage_id: str | None) -> dict[str, Any]:
    return {
        "passage_id": passage_id,
        "document": {"id": citation.document_id, "title": citation.document_title, "source": citation.source},
        "section": citation.section,
        "pages": list(citation.pages),
        "lines": list(citation.lines),
        "chars": list(citation.chars),
        "text": citation.render(),
    }


def document_dict(document: Document) -> dict[str, Any]:
    return to_dict(document)


def _pages(passage: Passage) -> list[int]:
    return list(page_range(passage.page_start, passage.page_end))


def passage_for_span(kb: Any, document_id: str, char_start: int) -> str | None:
    """Id of the passage of a document that holds character `char_start` (or the first one after it)."""
    candidates = _cached(kb).passages_by_document.get(document_id, [])
    for passage in candidates:
        if passage.char_start <= char_start < passage.char_end:
            return passage.id
    later = [p for p in candidates if p.char_start >= char_start]
    return later[0].id if later else (candidates[-1].id if candidates else None)


def _required_query(args: Mapping[str, str]) -> str:
    query = (args.get("q") or "").strip()
    if not query:
        raise UsageError("Type a question or some words to search for (the query is empty).")
    if len(query) > 1000:
        raise UsageError("The query is too long (over 1000 characters); shorten it.")
    return query


def _k(args: Mapping[str, str]) -> int:
    raw = args.get("k") or str(DEFAULT_K)
    try:
        k = int(raw)
    except ValueError as exc:
        raise UsageError(f"k must be a whole number of results, got {raw!r}") from exc
    if not 1 <= k <= MAX_K:
        raise UsageError(f"k must be between 1 and {MAX_K}, got {k}")
    return k


# -- filters ---------------------------------------------------------------------------------------------

# Filters the search page offers (kb.search validates the values and accepts a few more: year, issuer, section).
SEARCH_FILTERS = ("document", "level", "type", "theme", "year", "issuer", "section")
# Filters the register offers.
ITEM_FILTERS = ("type", "document", "theme")


def _ordered_types(types: set[str]) -> list[str]:
    return [t for t in TYPE_LABELS if t in types] + sorted(types - set(TYPE_LABELS))


def filter_options(kb: Any, scope: str = "search") -> dict[str, list[dict[str, str]]]:
    """The values each filter offers: from passage tags for search, from the register items for /items."""
    documents = kb.documents()
    views = _cached(kb)
    if scope == "items":
        types, themes = views.types, views.themes
    else:
        types, themes = views.tag_types, views.tag_themes
    return {
        "document": [{"value": d.id, "label": d.title} for d in documents],
        "level": [{"value": v, "label": v} for v in sorted({d.level for d in documents if d.level})],
        "type": [{"value": t, "label": TYPE_LABELS.get(t, t.replace("_", " "))} for t in _ordered_types(types)],
        "theme": [{"value": t, "label": t.replace("_", " ")} for t in sorted(themes)],
    }


def search_filters(kb: Any, args: Mapping[str, str]) -> dict[str, str]:
    """The non-empty search filters in the request; kb.search says clearly when a value is unknown."""
    chosen = {name: args[name].strip() for name in SEARCH_FILTERS if (args.get(name) or "").strip()}
    if "document" in chosen:
        try:
            chosen["document"] = kb.document(chosen["document"]).id  # a short code shows as the chosen document
        except NotFoundError:
            pass  # kb.search names the known documents
    return chosen


def item_filters(kb: Any, args: Mapping[str, str]) -> dict[str, str]:
    """The register filters in the request; an unknown value is a clear 400 naming the known ones."""
    options = filter_options(kb, "items")
    chosen: dict[str, str] = {}
    for name in ITEM_FILTERS:
        value = (args.get(name) or "").strip()
        if not value:
            continue
        if name == "document":
            try:
                value = kb.document(value).id  # accepts the id or the short code
            except NotFoundError as exc:
                raise UsageError(str(exc)) from exc
        allowed = [o["value"] for o in options[name]]
        if value not in allowed:
            shown = ", ".join(allowed) if allowed else "none in this knowledge base"
            raise UsageError(f"Unknown {name} {value!r} — choose one of: {shown}")
        chosen[name] = value
    return chosen


# -- search and answer -----------------------------------------------------------------------------------


def search_view(kb: Any, args: Mapping[str, str]) -> dict[str, Any]:
    """The same dict `kb search --json` prints, plus the filters used."""
    from kb import search as search_module

    query = search_module.prepare_query(_required_query(args))  # whitespace folded, as `kb search` does
    k = _k(args)
    filters = search_filters(kb, args)
    with _search_lock:  # the lazily loaded indexes are not safe to initialise from two threads at once
        hits = search_module.search(kb, query, k, filters)
    return {**search_module.hits_to_json(query, hits), "filters": filters}


def ask_view(kb: Any, args: Mapping[str, str]) -> dict[str, Any]:
    """The same dict `kb ask --json` prints (evidence per document, each quote with its narrowed citation)."""
    from kb import answer as answer_module

    query = _required_query(args)
    k = _k(args)
    filters = search_filters(kb, args)
    with _search_lock:
        result = answer_module.answer(kb, query, k=k, filters=filters)
    return {**result.to_dict(), "filters": filters}


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
    if not passage.char_start <= start < end <= passage.char_end:
        raise UsageError(
            f"span {start}-{end} is not inside passage {passage.id} "
            f"(characters {passage.char_start}-{passage.char_end})"
        )
    return start, end


def passage_view(kb: Any, passage_id: str, span: str | None = None) -> dict[str, Any]:
    """A passage inside its surrounding text; with `span`, the quoted sentence within it is marked too."""
    context = kb.context(passage_id)
    passage = context.passage
    text = kb.text(passage.document_id)
    quoted = _span(span, passage)
    start, end = quoted if quoted is not None else (passage.char_end, passage.char_end)
    items = [item_summary(kb, i) for i in _cached(kb).items_by_passage.get(passage.id, [])]
    return {
        "passage": to_dict(passage),
        "document": document_dict(context.document),
        "citation": citation_dict(context.citation, passage.id),
        "tags": list(kb.passage_tags.get(passage.id, ())),
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


def section_entries(kb: Any, document_id: str) -> list[dict[str, Any]]:
    """The outline with, per section, the first passage that reads it (a chapter whose text all sits in its
    subsections links to the first passage after its heading)."""
    sections: list[Section] = kb.outline(document_id)
    passages = _cached(kb).passages_by_document.get(document_id, [])
    entries = []
    for section in sections:
        first = next(
            (p for p in passages if p.char_end > section.char_start and p.char_start < section.char_end),
            None,
        ) or next((p for p in passages if p.char_start >= section.char_start), None)
        entry = to_dict(section)
        entry["label"] = section.label
        entry["passage_id"] = first.id if first is not None else None
        entries.append(entry)
    return entries


def documents_view(kb: Any) -> dict[str, Any]:
    views = _cached(kb)
    per_document_items = Counter(item.document_id for item in views.items)
    documents = []
    for document in kb.documents():
        entry = document_dict(document)
        entry["passages"] = len(views.passages_by_document.get(document.id, []))
        entry["items"] = per_document_items.get(document.id, 0)
        documents.append(entry)
    return {"documents": documents, "counts": kb.store.counts()}


def document_view(kb: Any, document_id: str) -> dict[str, Any]:
    document = kb.document(document_id)
    items = [item for item in _cached(kb).items if item.document_id == document.id]
    counted = Counter(item.type for item in items)
    per_type = {t: counted[t] for t in _ordered_types(set(counted))}
    passages = _cached(kb).passages_by_document.get(document.id, [])
    return {
        "document": document_dict(document),
        "sections": section_entries(kb, document.id),
        "passages": len(passages),
        "first_passage_id": passages[0].id if passages else None,
        "items_per_type": per_type,
    }


# -- register --------------------------------------------------------------------------------------------


def item_summary(kb: Any, item: Item) -> dict[str, Any]:
    passage_id = item.passage_ids[0] if item.passage_ids else passage_for_span(kb, item.document_id, item.char_start)
    entry = to_dict(item)
    entry["type_label"] = TYPE_LABELS.get(item.type, item.type)
    entry["citation"] = citation_dict(kb.item_citation(item), passage_id)
    entry["link_count"] = _cached(kb).link_counts.get(item.id, 0)
    return entry


def _page(args: Mapping[str, str]) -> int:
    raw = args.get("page") or "1"
    try:
        page = int(raw)
    except ValueError as exc:
        raise UsageError(f"page must be a whole number, got {raw!r}") from exc
    if page < 1:
        raise UsageError(f"page must be 1 or more, got {page}")
    return page


def items_view(kb: Any, args: Mapping[str, str]) -> dict[str, Any]:
    filters = item_filters(kb, args)
    page = _page(args)
    found = [
        item
        for item in _cached(kb).items
        if filters.get("type") in (None, item.type)
        and filters.get("document") in (None, item.document_id)
        and (filters.get("theme") is None or filters["theme"] in item.themes)
    ]
    text_filter = (args.get("q") or "").strip().lower()
    if text_filter:
        found = [i for i in found if text_filter in i.text.lower()]
    pages = max(1, -(-len(found) // ITEMS_PER_PAGE))
    if page > pages:
        raise UsageError(f"page {page} is past the last page ({pages})")
    shown = found[(page - 1) * ITEMS_PER_PAGE : page * ITEMS_PER_PAGE]
    return {
        "filters": filters,
        "q": text_filter,
        "total": len(found),
        "page": page,
        "pages": pages,
        "per_page": ITEMS_PER_PAGE,
        "items": [item_summary(kb, i) for i in shown],
    }


def item_view(kb: Any, item_id: str) -> dict[str, Any]:
    item = kb.item(item_id)
    links = []
    for link in kb.links(item.id):
        outgoing = link.source_id == item.id
        other_id = link.target_id if outgoing else link.source_id
        try:
            other = item_summary(kb, kb.item(other_id))
        except NotFoundError:  # a dangling link must not break the page; show the id alone
            other = {"id": other_id, "text": "", "type": "", "type_label": "", "document_id": ""}
        links.append(
            {
                "kind": link.kind,
                "direction": "outgoing" if outgoing else "incoming",
                "score": round(float(link.score), 3),
                "item": other,
            }
        )
    parent = None
    if item.parent_id:
        try:
            parent = item_summary(kb, kb.item(item.parent_id))
        except NotFoundError:
            parent = None
    return {"item": item_summary(kb, item), "parent": parent, "links": links}
