"""Export the register — items, their typed links and citations — to CSV, Excel, JSON or ReqIF 1.2.

`collect` reads the (filtered) register from an opened knowledge base into a `Register`; the renderers in
`FORMATS` turn a Register into bytes and touch nothing else; `export_register` ties both together and writes
the bytes to a path or a binary stream (the CLI and the web download share it).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kb import __version__
from kb.amounts import CURRENCY_SYMBOLS, format_dutch_number
from kb.errors import NotFoundError, UsageError
from kb.filters import ITEMS
from kb.models import Amount, Citation, Document, Item, Link, content_hash, links_by_item, pages_text
from kb.records import SCHEMA_VERSION, document_record, kb_item_record, link_record

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase

# --- the register as exported ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """Everything one export holds: the filtered items with their citations, documents and links."""

    version: str  # kb version that wrote the export
    index: str  # knowledge base directory
    built: str | None  # build time from the manifest (ISO 8601)
    filters: dict[str, str]  # the filters used, e.g. {"type": "budget"}
    documents: tuple[Document, ...]
    items: tuple[Item, ...]
    citations: dict[str, Citation]  # item id → citation
    records: dict[str, dict[str, Any]]  # item id → its record (the `kb items --json` shape)
    links: tuple[Link, ...]  # every link with at least one end among the exported items
    texts: dict[str, str]  # item id → text, for every item a link names (also those outside the filter)

    def item_ids(self) -> set[str]:
        return {item.id for item in self.items}

    @cached_property
    def _links_by_item(self) -> dict[str, list[Link]]:
        return links_by_item(self.links)

    def links_of(self, item_id: str) -> list[Link]:
        return self._links_by_item.get(item_id, [])

    def internal_links(self) -> list[Link]:
        """Links whose both ends are exported (what a file holding only these items can point at)."""
        ids = self.item_ids()
        return [link for link in self.links if link.source_id in ids and link.target_id in ids]


@dataclass(frozen=True)
class ExportSummary:
    format: str
    items: int
    links: int
    documents: int
    path: str | None  # None when written to a stream

    def render(self) -> str:
        where = self.path if self.path is not None else "stdout"
        counts = ", ".join(_plural(n, word) for n, word in ((self.items, "item"), (self.links, "link")))
        return f"Exported {counts} from {_plural(self.documents, 'document')} as {self.format} to {where}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def collect(kb: KnowledgeBase, filters: Mapping[str, object] | None = None) -> Register:
    """Read the filtered register (items in register order) with citations and the links that touch it.
    The filters are the register's (kb.filters, items scope): type, document, theme, text, …"""
    selection = kb.selection(filters, ITEMS)
    items = kb.items(selection)
    documents = {d.id: d for d in kb.documents()}
    ids = {item.id for item in items}
    links = [link for link in kb.links() if link.source_id in ids or link.target_id in ids]
    links.sort(key=lambda link: (link.source_id, link.kind, link.target_id))
    texts = {item.id: item.text for item in items}
    for link in links:
        for other in (link.source_id, link.target_id):
            if other not in texts:
                try:
                    texts[other] = kb.item(other).text
                except NotFoundError:  # a dangling link keeps its id; its text is unknown
                    texts[other] = ""
    chosen = selection.as_dict()
    shown_documents = [documents[chosen["document"]]] if "document" in chosen else list(documents.values())
    return Register(
        version=__version__,
        index=kb.index_dir.name,  # its name, not the path on the server's disk
        built=kb.built_at,
        filters=chosen,
        documents=tuple(shown_documents),
        items=tuple(items),
        citations={item.id: kb.item_citation(item) for item in items},
        records={item.id: kb_item_record(kb, item) for item in items},
        links=tuple(links),
        texts=texts,
    )


# --- shared cell values ---------------------------------------------------------------------------------

# How an amount's kind reads after the value; a plain amount gets no label.
AMOUNT_KIND_LABELS = {"per_year": "per jaar", "row": "", "amount": "", "subtotal": "subtotaal", "total": "totaal"}
# How an amount's basis reads after it ("€ 2,50 per inwoner", "€ 1.500.000 eenmalig").
AMOUNT_BASIS_LABELS = {
    "per_jaar": "per jaar", "per_inwoner": "per inwoner", "per_woning": "per woning", "per_aanvraag": "per aanvraag",
    "eenmalig": "eenmalig", "structureel": "structureel", "maximum": "maximaal", "plafond": "plafond",
}  # fmt: skip


def amount_text(amount: Amount) -> str:
    """An amount the Dutch way with its year and kind: "€ 20.420,00 (2019)", "€ 250,00 per jaar"."""
    text = f"{CURRENCY_SYMBOLS.get(amount.currency, amount.currency)} {format_dutch_number(amount.value)}"
    if amount.year is not None:
        text += f" ({amount.year})"
    labels = [AMOUNT_KIND_LABELS.get(amount.kind, amount.kind), AMOUNT_BASIS_LABELS.get(amount.basis or "", "")]
    label = " ".join(dict.fromkeys(part for part in labels if part))
    return f"{text} {label}" if label else text


def links_text(register: Register, item_id: str) -> str:
    """An item's links from its own side: "implements → B" for outgoing, "implements ← A" for incoming."""
    parts = []
    for link in register.links_of(item_id):
        if link.source_id == item_id:
            parts.append(f"{link.kind} → {link.target_id}")
        else:
            parts.append(f"{link.kind} ← {link.source_id}")
    return "; ".join(parts)


COLUMNS = (
    "id", "type", "text", "document_id", "document_title", "section", "pages", "source", "line_start",
    "line_end", "amounts", "actor", "addressee", "deadline", "recurrence", "date", "partners", "themes", "parent",
    "links",
)  # fmt: skip


def item_row(register: Register, item: Item) -> list[Any]:
    """One item as the row of COLUMNS (strings and ints; the CSV and the Items sheet share it)."""
    citation = register.citations[item.id]
    return [
        item.id,
        item.type,
        item.text,
        item.document_id,
        citation.document_title,
        citation.section,
        pages_text(citation.pages),
        citation.source,
        citation.lines[0],
        citation.lines[1],
        "; ".join(amount_text(a) for a in item.amounts),
        item.actor or "",
        item.addressee or "",
        item.deadline or "",
        item.recurrence or "",
        item.date or "",
        ", ".join(item.partners),
        ", ".join(item.themes),
        item.parent_id or "",
        links_text(register, item.id),
    ]


# Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); \t and \r as well,
# because Excel strips them and then sees the next character.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(value: Any) -> Any:
    """A leading apostrophe for a text cell a spreadsheet would run as a formula ("-193.750", "=SUM(…)")."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# --- renderers --------------------------------------------------------------------------------------------


def render_csv(register: Register) -> bytes:
    """One row per item. UTF-8 with a BOM, because Excel only reads a CSV as UTF-8 (Dutch accents, €) when the
    file starts with one; ';' as separator, because Excel in a Dutch locale (decimal comma) expects ';' and
    puts a ','-separated file in one column. Other tools read it with `delimiter=';'`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in register.items:
        writer.writerow([guard_formula(v) for v in item_row(register, item)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _about(register: Register) -> dict[str, Any]:
    return {"version": register.version, "index": register.index, "built": register.built}


def render_json(register: Register) -> bytes:
    """The register as one JSON document; each item is its `kb items --json` record plus its links."""
    items = []
    for item in register.items:
        record = dict(register.records[item.id])
        record["links"] = [
            {
                "kind": link.kind,
                "direction": "outgoing" if link.source_id == item.id else "incoming",
                "item": link.target_id if link.source_id == item.id else link.source_id,
                "score": round(float(link.score), 4),
            }
            for link in register.links_of(item.id)
        ]
        items.append(record)
    exported = register.item_ids()
    # a filtered export keeps the links that leave it; the items at their far end are named here, so every link
    # of the file resolves (their full records are in an export without that filter)
    outside = sorted({end for link in register.links for end in (link.source_id, link.target_id)} - exported)
    data = {
        "schema_version": SCHEMA_VERSION,
        "kb": _about(register),
        "filters": register.filters,
        "documents": [document_record(d) for d in register.documents],
        "items": items,
        "linked_items": [{"id": other, "text": register.texts.get(other, "")} for other in outside],
        "links": [
            {**link_record(link), "within_export": link.source_id in exported and link.target_id in exported}
            for link in register.links
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Column widths (characters) of the Items sheet; unlisted columns get 14.
ITEM_WIDTHS = {"id": 30, "text": 80, "document_title": 30, "section": 40, "source": 28, "amounts": 24, "links": 40}
ITEM_WIDTHS |= {"actor": 20, "addressee": 20, "partners": 24, "themes": 20, "parent": 24}


def render_xlsx(register: Register) -> bytes:
    """A workbook: Items (one row per item, filterable), Links, Documents and About.

    Texts are stored as string cells (never formulas), so a text starting with "=" or "-" shows as written and
    needs no apostrophe. The one amount of an item (if it has exactly one) is also a number, to sum and sort."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(title: str, header: list[str], rows: list[list[Any]], widths: Mapping[str, int]) -> Any:
        ws = workbook.create_sheet(title)
        ws.append(header)
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = bold
        for row_cells in ws.iter_rows(min_row=2):
            for cell in row_cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # a string is never a formula, whatever it starts with
                    cell.alignment = wrap
        for position, name in enumerate(header, start=1):
            ws.column_dimensions[get_column_letter(position)].width = widths.get(name, 14)
        ws.freeze_panes = "A2"
        if rows:
            ws.auto_filter.ref = ws.dimensions
        return ws

    header = [*COLUMNS, "amount_value", "amount_currency"]
    rows = []
    for item in register.items:
        single = item.amounts[0] if len(item.amounts) == 1 else None
        rows.append([*item_row(register, item), single.value if single else None, single.currency if single else None])
    items_sheet = sheet("Items", header, rows, ITEM_WIDTHS | {"amount_value": 16})
    value_column = get_column_letter(len(header) - 1)
    for cell in items_sheet[value_column][1:]:
        cell.number_format = "#,##0.00"

    link_rows = [
        [
            link.source_id,
            link.kind,
            link.target_id,
            round(float(link.score), 4),
            register.texts.get(link.source_id, ""),
            register.texts.get(link.target_id, ""),
        ]
        for link in register.links
    ]
    link_widths = {"from": 30, "to": 30, "from_text": 60, "to_text": 60}
    sheet("Links", ["from", "type", "to", "score", "from_text", "to_text"], link_rows, link_widths)

    document_rows = [[d.id, d.title, d.issuer, d.level, d.year, d.source] for d in register.documents]
    document_widths = {"id": 34, "title": 50, "issuer": 34, "source": 40}
    sheet("Documents", ["id", "title", "issuer", "level", "year", "source"], document_rows, document_widths)

    filters = ", ".join(f"{k}={v}" for k, v in register.filters.items()) or "none"
    about_rows: list[list[Any]] = [
        ["kb version", register.version],
        ["index", register.index],
        ["built", register.built or ""],
        ["filters", filters],
        ["items", len(register.items)],
        ["links", len(register.links)],
        ["documents", len(register.documents)],
    ]
    sheet("About", ["key", "value"], about_rows, {"key": 14, "value": 60})

    workbook.remove(workbook["Sheet"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- ReqIF 1.2 --------------------------------------------------------------------------------------------

REQIF_NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd"
# Characters XML 1.0 cannot hold at all (PDF extraction leaves form feeds and the like); dropped from values.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The item attributes in the ReqIF file: (identifier suffix, LONG-NAME). ReqIF.ForeignID and ReqIF.Text are the
# Implementation Guide's standard names, which DOORS, Polarion and Capella map to the id and the body on import.
REQIF_ATTRIBUTES = (
    ("id", "ReqIF.ForeignID"),
    ("type", "Type"),
    ("text", "ReqIF.Text"),
    ("document", "Document"),
    ("section", "Section"),
    ("pages", "Pages"),
    ("source", "Source lines"),
    ("citation", "Citation"),
    ("actor", "Actor"),
    ("addressee", "Addressee"),
    ("deadline", "Deadline"),
    ("recurrence", "Recurrence"),
    ("date", "Date"),
    ("amounts", "Amounts"),
    ("themes", "Themes"),
    ("partners", "Partners"),
    ("parent", "Parent"),
)


def reqif_id(prefix: str, key: str) -> str:
    """A stable xsd:ID from a kb id: the id itself when it only holds NCName-safe characters, else a hash."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", key)
    return f"{prefix}-{safe}" if safe == key else f"{prefix}-{safe}-{content_hash(key, length=8)}"


def _item_values(register: Register, item: Item) -> dict[str, str]:
    citation = register.citations[item.id]
    return {
        "id": item.id,
        "type": item.type,
        "text": item.text,
        "document": citation.document_title,
        "section": citation.section,
        "pages": pages_text(citation.pages),
        "source": f"{citation.source}:{citation.lines[0]}-{citation.lines[1]}",
        "citation": citation.render(),
        "actor": item.actor or "",
        "addressee": item.addressee or "",
        "deadline": item.deadline or "",
        "recurrence": item.recurrence or "",
        "date": item.date or "",
        "amounts": "; ".join(amount_text(a) for a in item.amounts),
        "themes": ", ".join(item.themes),
        "partners": ", ".join(item.partners),
        "parent": item.parent_id or "",
    }


def render_reqif(register: Register) -> bytes:
    """A ReqIF 1.2 file: one SPECIFICATION per document, the items under SPEC-HIERARCHY nodes that follow their
    section path (a heading object per section, so DOORS/Polarion show the document's chapters), one
    SPEC-RELATION per link whose both ends are exported, typed by one SPEC-RELATION-TYPE per link kind.

    Values are STRING attributes, not XHTML: the texts are plain text extracted from PDFs, a STRING value is
    escaped by the XML writer and cannot be malformed XHTML, and every ReqIF tool imports STRING."""
    stamp = register.built or "1970-01-01T00:00:00+00:00"

    def element(parent: ET.Element | None, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        node = ET.Element(tag) if parent is None else ET.SubElement(parent, tag)
        for key, value in attributes.items():
            node.set(key.replace("_", "-"), XML_INVALID.sub("", value))
        if text is not None:
            node.text = XML_INVALID.sub("", text)
        return node

    def ref(parent: ET.Element, wrapper: str, tag: str, identifier: str) -> None:
        element(element(parent, wrapper), tag, identifier)

    def values(parent: ET.Element, pairs: list[tuple[str, str]]) -> None:
        box = element(parent, "VALUES")
        for definition, value in pairs:
            if value:
                node = element(box, "ATTRIBUTE-VALUE-STRING", THE_VALUE=value)
                ref(node, "DEFINITION", "ATTRIBUTE-DEFINITION-STRING-REF", definition)

    root = element(None, "REQ-IF", xmlns=REQIF_NAMESPACE)
    header = element(element(root, "THE-HEADER"), "REQ-IF-HEADER", IDENTIFIER="kb-header")
    filters = ", ".join(f"{k}={v}" for k, v in register.filters.items()) or "none"
    element(header, "COMMENT", f"kb register export; filters: {filters}")
    element(header, "CREATION-TIME", stamp)
    element(header, "REPOSITORY-ID", register.index)
    element(header, "REQ-IF-TOOL-ID", f"kb {register.version}")
    element(header, "REQ-IF-VERSION", "1.0")  # ReqIF 1.0, 1.1 and 1.2 all carry "1.0" here (fixed by the XSD)
    element(header, "SOURCE-TOOL-ID", f"kb {register.version}")
    element(header, "TITLE", "kb register")

    content = element(element(root, "CORE-CONTENT"), "REQ-IF-CONTENT")
    datatypes = element(content, "DATATYPES")
    element(
        datatypes, "DATATYPE-DEFINITION-STRING", IDENTIFIER="kb-string", LAST_CHANGE=stamp, LONG_NAME="Text",
        MAX_LENGTH="100000",
    )  # fmt: skip

    def attribute(parent: ET.Element, identifier: str, name: str) -> None:
        node = element(parent, "ATTRIBUTE-DEFINITION-STRING", IDENTIFIER=identifier, LAST_CHANGE=stamp, LONG_NAME=name)
        ref(node, "TYPE", "DATATYPE-DEFINITION-STRING-REF", "kb-string")

    types = element(content, "SPEC-TYPES")
    item_type = element(types, "SPEC-OBJECT-TYPE", IDENTIFIER="kb-item-type", LAST_CHANGE=stamp, LONG_NAME="Item")
    item_attributes = element(item_type, "SPEC-ATTRIBUTES")
    for key, name in REQIF_ATTRIBUTES:
        attribute(item_attributes, f"kb-attr-{key}", name)
    heading_type = element(
        types, "SPEC-OBJECT-TYPE", IDENTIFIER="kb-heading-type", LAST_CHANGE=stamp, LONG_NAME="Section heading"
    )
    attribute(element(heading_type, "SPEC-ATTRIBUTES"), "kb-attr-heading", "ReqIF.ChapterName")
    relations = register.internal_links()
    for kind in sorted({link.kind for link in relations}):
        relation_type = element(
            types, "SPEC-RELATION-TYPE", IDENTIFIER=reqif_id("kb-link", kind), LAST_CHANGE=stamp, LONG_NAME=kind
        )
        attribute(element(relation_type, "SPEC-ATTRIBUTES"), reqif_id("kb-attr-score", kind), "Score")
    element(types, "SPECIFICATION-TYPE", IDENTIFIER="kb-document-type", LAST_CHANGE=stamp, LONG_NAME="Document")

    objects = element(content, "SPEC-OBJECTS")

    def spec_object(identifier: str, type_ref: str, name: str, pairs: list[tuple[str, str]]) -> None:
        node = element(objects, "SPEC-OBJECT", IDENTIFIER=identifier, LAST_CHANGE=stamp, LONG_NAME=name)
        values(node, pairs)
        ref(node, "TYPE", "SPEC-OBJECT-TYPE-REF", type_ref)

    # the hierarchy per document: section path → heading node, items under the node of their full path
    specifications = element(content, "SPECIFICATIONS")
    by_document: dict[str, list[Item]] = {}
    for item in register.items:
        by_document.setdefault(item.document_id, []).append(item)
    for document in register.documents:
        items = by_document.get(document.id)
        if not items:
            continue
        specification = element(
            specifications,
            "SPECIFICATION",
            IDENTIFIER=reqif_id("kb-doc", document.id),
            LAST_CHANGE=stamp,
            LONG_NAME=document.title,
        )
        top = element(specification, "CHILDREN")
        ref(specification, "TYPE", "SPECIFICATION-TYPE-REF", "kb-document-type")
        nodes: dict[tuple[str, ...], ET.Element] = {(): top}
        for item in items:
            path = item.section_path
            for depth in range(1, len(path) + 1):
                prefix = path[:depth]
                if prefix in nodes:
                    continue
                heading_id = "kb-heading-" + content_hash(document.id, *prefix, length=12)
                spec_object(heading_id, "kb-heading-type", prefix[-1], [("kb-attr-heading", prefix[-1])])
                node = element(nodes[prefix[:-1]], "SPEC-HIERARCHY", IDENTIFIER=f"h-{heading_id}", LAST_CHANGE=stamp)
                ref(node, "OBJECT", "SPEC-OBJECT-REF", heading_id)
                nodes[prefix] = element(node, "CHILDREN")
            object_id = reqif_id("kb-item", item.id)
            pairs = _item_values(register, item)
            spec_object(object_id, "kb-item-type", item.id, [(f"kb-attr-{k}", pairs[k]) for k, _ in REQIF_ATTRIBUTES])
            leaf = element(nodes[path], "SPEC-HIERARCHY", IDENTIFIER=f"h-{object_id}", LAST_CHANGE=stamp)
            ref(leaf, "OBJECT", "SPEC-OBJECT-REF", object_id)
    # ReqIF wants SPEC-OBJECTS before SPEC-RELATIONS before SPECIFICATIONS; the objects were filled while
    # walking the documents, so move the specifications after the relations
    content.remove(specifications)
    spec_relations = element(content, "SPEC-RELATIONS")
    for link in relations:
        relation = element(
            spec_relations,
            "SPEC-RELATION",
            IDENTIFIER="kb-rel-" + content_hash(link.source_id, link.kind, link.target_id, length=16),
            LAST_CHANGE=stamp,
            LONG_NAME=link.kind,
        )
        values(relation, [(reqif_id("kb-attr-score", link.kind), f"{link.score:.4f}")])
        ref(relation, "SOURCE", "SPEC-OBJECT-REF", reqif_id("kb-item", link.source_id))
        ref(relation, "TARGET", "SPEC-OBJECT-REF", reqif_id("kb-item", link.target_id))
        ref(relation, "TYPE", "SPEC-RELATION-TYPE-REF", reqif_id("kb-link", link.kind))
    content.append(specifications)
    for empty in [child for child in content if len(child) == 0]:
        content.remove(empty)  # an empty SPEC-RELATIONS (no links) is left out
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


# --- the registry -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    content_type: str
    render: Callable[[Register], bytes]
    binary: bool = False  # True when the bytes make no sense on a terminal (xlsx)


FORMATS: dict[str, Format] = {
    "csv": Format("csv", "csv", "text/csv; charset=utf-8", render_csv),
    "xlsx": Format(
        "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render_xlsx, True
    ),
    "json": Format("json", "json", "application/json", render_json),
    "reqif": Format("reqif", "reqif", "application/xml", render_reqif),
}


def export_format(fmt: str) -> Format:
    found = FORMATS.get((fmt or "").strip().lower())
    if found is None:
        raise UsageError(f"Unknown export format {fmt!r} — use one of: {', '.join(FORMATS)}")
    return found


def export_filename(fmt: str, filters: Mapping[str, object] | None = None) -> str:
    """A download name that says what was exported: "register-budget-wonen.csv"."""
    extension = export_format(fmt).extension
    chosen = filters or {}
    values = [str(chosen[name]) for name in ("document", "type", "theme", "year") if chosen.get(name)]
    parts = ["register", *(re.sub(r"[^A-Za-z0-9_-]+", "-", v).strip("-") for v in values)]
    return "-".join(p for p in parts if p) + "." + extension


def export_register(
    kb: KnowledgeBase, fmt: str, out: str | Path | IO[bytes], filters: Mapping[str, object] | None = None
) -> ExportSummary:
    """Write the (filtered) register as `fmt` to a path or a binary stream; return what was written."""
    chosen = export_format(fmt)
    register = collect(kb, filters)
    data = chosen.render(register)
    links = len(register.internal_links()) if chosen.name == "reqif" else len(register.links)
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
        path: str | None = str(out)
    else:
        out.write(data)
        path = None
    return ExportSummary(chosen.name, len(register.items), links, len(register.documents), path)
