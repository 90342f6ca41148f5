"""The record layer: one function per record turning the dataclasses into the JSON shape every edge uses.

`kb … --json`, every `/api/…` response and the JSON export build their records here and nowhere else, so the
same thing has the same shape everywhere. Field names that earlier releases promised stay: `document.source`,
`section`, `lines` (1-based, inclusive, in the source file), `pages`, `text`, `parent`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kb.models import (
    Amount,
    Citation,
    Document,
    Hit,
    Item,
    Link,
    Passage,
    Section,
    SourceLine,
    Span,
    page_range,
)

if TYPE_CHECKING:
    from kb.answer import Answer
    from kb.filters import Facet
    from kb.knowledge import KnowledgeBase, SearchResult

SCHEMA_VERSION = 1  # of the JSON records; raised when a field changes meaning or disappears

# Register item types in the order the register lists them, with the (Dutch) label people read.
TYPE_LABELS: dict[str, str] = {
    "goal": "Doel",
    "request_gs": "Verzoek aan GS",
    "request": "Verzoek",
    "budget": "Budget",
    "action": "Actie",
    "commitment": "Toezegging",
    "decision": "Besluit",
}

# Link kinds as a Dutch reader reads them (the vocabulary of kb/trace.py).
LINK_LABELS: dict[str, str] = {
    "draagt_bij_aan": "draagt bij aan",
    "vloeit_voort_uit": "vloeit voort uit",
    "financiert": "financiert",
    "onderdeel_van": "onderdeel van",
    "sluit_aan_bij": "sluit aan bij",
    "vervangt": "vervangt",
    "conflicteert_met": "conflicteert met",
}

# The filters' names as a Dutch page shows them (the names themselves stay the API's parameter names).
FILTER_LABELS: dict[str, str] = {
    "document": "Document",
    "issuer": "Opsteller",
    "level": "Bestuurslaag",
    "year": "Jaar",
    "status": "Status",
    "type": "Soort",
    "theme": "Thema",
    "section": "Hoofdstuk",
    "text": "Tekst",
}


def facet_record(facet: Facet) -> dict[str, Any]:
    """A filter with the count each of its values would leave: {name, label, chosen, values[{value, label,
    count}]}."""
    return {
        "name": facet.name,
        "label": FILTER_LABELS.get(facet.name, facet.name),
        "chosen": facet.chosen,
        "values": [{"value": v.value, "label": v.label, "count": n} for v, n in facet.values],
    }


def source_line_record(line: SourceLine) -> dict[str, Any]:
    return {"line": line.number, "page": line.page, "text": line.text}


def span_record(span: Span) -> dict[str, Any]:
    return {"lines": list(span.lines), "pages": list(span.pages), "chars": list(span.chars)}


def document_ref(document: Document) -> dict[str, Any]:
    """How a record names its document."""
    return {"id": document.id, "title": document.title, "source": document.source}


def document_record(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "code": document.code,
        "title": document.title,
        "issuer": document.issuer,
        "level": document.level,
        "year": document.year,
        "doc_type": document.doc_type,
        "status": document.status,
        "source": document.source,
        "lines": [document.line_start, document.line_end],
        "pages": list(page_range(document.page_start, document.page_end)),
        "guessed": document.guessed,
        "content_hash": document.content_hash,
    }


def citation_record(citation: Citation, passage_id: str | None = None) -> dict[str, Any]:
    """A citation: where the quote stands (document, section, pages, lines, characters) and its rendered text."""
    return {
        "passage_id": passage_id,
        "document": {"id": citation.document_id, "title": citation.document_title, "source": citation.source},
        "section": citation.section,
        **span_record(citation.span),
        "quote": citation.quote,
        "text": citation.render(),
    }


def passage_record(passage: Passage, document: Document, tags: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "id": passage.id,
        "document": document_ref(document),
        "section": " › ".join(passage.section_path),
        "section_path": list(passage.section_path),
        "section_id": passage.section_id,
        **span_record(passage.span),
        "text": passage.text,
        "tags": list(tags),
    }


def hit_record(hit: Hit) -> dict[str, Any]:
    """One search hit: the `kb search --json` and `/api/search` shape."""
    passage = hit.passage
    record: dict[str, Any] = {
        "rank": hit.rank,
        "score": hit.score,
        "passage_id": passage.id,
        "document": document_ref(hit.document),
        "section": " › ".join(passage.section_path),
        **span_record(passage.span),
        "text": passage.text,
        "tags": list(hit.tags),
    }
    if hit.citation is not None:
        record["citation"] = citation_record(hit.citation, passage.id)
    return record


def amount_record(amount: Amount) -> dict[str, Any]:
    return {
        "value": amount.value,
        "currency": amount.currency,
        "year": amount.year,
        "kind": amount.kind,
        "basis": amount.basis,
    }


def item_record(item: Item, document: Document, citation: Citation, passage_id: str | None = None) -> dict[str, Any]:
    """One register item: the `kb items --json`, `/api/items` and JSON-export shape."""
    return {
        "id": item.id,
        "type": item.type,
        "type_label": TYPE_LABELS.get(item.type, item.type.replace("_", " ")),
        "text": item.text,
        "document": document_ref(document),
        "section": " › ".join(item.section_path),
        **span_record(item.span),
        "amounts": [amount_record(a) for a in item.amounts],
        "actor": item.actor,
        "addressee": item.addressee,
        "deadline": item.deadline,
        "recurrence": item.recurrence,
        "date": item.date,
        "partners": list(item.partners),
        "themes": list(item.themes),
        "parent": item.parent_id,
        "passage_id": passage_id,
        "citation": citation_record(citation, passage_id),
    }


def kb_item_record(kb: KnowledgeBase, item: Item) -> dict[str, Any]:
    """An item's record with what the knowledge base knows of it: its document, citation and passage."""
    return item_record(item, kb.document(item.document_id), kb.item_citation(item), kb.item_passage(item))


def link_record(link: Link) -> dict[str, Any]:
    return {
        "source": link.source_id,
        "target": link.target_id,
        "kind": link.kind,
        "label": LINK_LABELS.get(link.kind, link.kind),
        "score": round(link.score, 3),
        "origin": link.origin,
        "confidence": round(link.confidence, 3),
        "rule": link.rule,
        "status": link.status,
    }


def section_record(section: Section, passage_id: str | None = None) -> dict[str, Any]:
    return {
        "id": section.id,
        "ordinal": section.ordinal,
        "number": section.number,
        "title": section.title,
        "label": section.label,
        "level": section.level,
        "parent_id": section.parent_id,
        "path": list(section.path),
        **span_record(section.span),
        "passage_id": passage_id,
    }


def source_record(path: str, entry: dict[str, Any]) -> dict[str, Any]:
    """One ingested source file: its path (relative as given), content hash and what it yielded."""
    return {"source": path, **{k: v for k, v in entry.items() if k != "source"}}


def search_record(result: SearchResult) -> dict[str, Any]:
    """A search: the `kb search --json` and `/api/search` shape — with the same strength verdict as an answer
    (`weak`, `note`), the number of candidate passages found (`total`) and the page."""
    return {
        "query": result.query,
        "filters": dict(result.filters),
        "weak": result.weak,
        "note": result.note,
        "total": result.total,
        "page": result.page,
        "pages": result.pages,
        "per_page": result.per_page,
        "hits": [hit_record(h) for h in result.hits],
    }


def answer_record(answer: Answer, filters: dict[str, str] | None = None) -> dict[str, Any]:
    """An answer: the `kb ask --json` and `/api/ask` shape (evidence per document, each quote cited)."""
    return {
        "query": answer.query,
        "filters": dict(filters or {}),
        "weak": answer.weak,
        "note": answer.note,
        "documents": [
            {
                "document": document_ref(group.document),
                "score": round(group.score, 6),
                "strength": group.strength,
                "evidence": [
                    {
                        "text": e.text,
                        "passage_id": e.passage_id,
                        "similarity": round(e.similarity, 4) if e.similarity is not None else None,
                        "citation": citation_record(e.citation, e.passage_id),
                    }
                    for e in group.evidence
                ],
            }
            for group in answer.documents
        ],
    }


def trace_record(kb: KnowledgeBase, report: Any) -> dict[str, Any]:
    """A trace report (KnowledgeBase.trace): coverage per document, the holes with their items, the goal matrix."""
    from kb.holes import HOLES

    labels = {name: label for name, label, *_ in HOLES}

    def brief(item: Item) -> dict[str, Any]:
        return {
            "id": item.id,
            "type": item.type,
            "type_label": TYPE_LABELS.get(item.type, item.type),
            "text": item.text,
            "document": item.document_id,
            "citation": citation_record(kb.item_citation(item), kb.item_passage(item)),
        }

    return {
        "coverage": [
            {
                "document": document_ref(kb.document(row.document_id)),
                "rows": {
                    name: {"label": labels[name], "items": total, "traced": traced}
                    for name, (total, traced) in row.counts.items()
                },
            }
            for row in report.coverage
        ],
        "holes": [
            {"name": hole.name, "label": hole.label, "count": len(hole.items), "items": [brief(i) for i in hole.items]}
            for hole in report.holes
        ],
        "matrix": [{"goal": brief(goal), "links": links} for goal, links in report.matrix],
        "across_levels": [
            {
                "goals_of": document_ref(kb.document(row.goals_of)),
                "answered_by": document_ref(kb.document(row.answered_by)),
                "goals": row.goals,
                "linked_goals": list(row.linked),
            }
            for row in report.across_levels
        ],
    }
