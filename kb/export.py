"""Export the register — items, their typed links and citations — to CSV, Excel, JSON or ReqIF 1.2.

`collect` reads the (filtered) register from an opened knowledge base into a `Register`; the renderers in
`FORMATS` turn a Register into bytes and touch nothing else; `export_register` ties both together and writes
the bytes to a path or a binary stream (the CLI and the web download share it).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from kb import __version__
from kb.amounts import CURRENCY_SYMBOLS, format_dutch_number
from kb.errors import NotFoundError, UsageError
from kb.filters import ITEMS
from kb.models import Amount, Citation, Document, Item, Link, content_hash, links_by_item, pages_text
from kb.records import LINK_LABELS, SCHEMA_VERSION, TYPE_LABELS, document_record, kb_item_record, link_record

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
    base_url: str | None = None  # kb's web UI ("https://kb.example.nl"), for links to the items' pages
    # the trace report of the same items (KnowledgeBase.trace): the spreadsheet's Matrix and Holes sheets
    holes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # hole label → item ids
    matrix: tuple[tuple[str, dict[str, list[str]]], ...] = ()  # goal id → link kind → ids of items towards it

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


def web_base_url(value: str | None) -> str | None:
    """A base URL of kb's web UI as the exports link to it: http(s)://host[/path] without a trailing "/", or None
    for none given. Anything else (a file path, "javascript:…") is a UsageError."""
    if value is None or not value.strip():
        return None
    base = value.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise UsageError(f"Base URL {value!r} is not a web address — give one like https://kb.example.nl")
    return base


def collect(kb: KnowledgeBase, filters: Mapping[str, object] | None = None, *, base_url: str | None = None) -> Register:
    """Read the filtered register (items in register order) with citations and the links that touch it.
    The filters are the register's (kb.filters, items scope): type, document, theme, text, …
    `base_url` is where kb's web UI runs; the spreadsheet then links every item to its page there."""
    base = web_base_url(base_url)  # a clear error before any reading
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
    report = kb.trace(selection)
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
        base_url=base,
        holes=tuple((hole.label, tuple(i.id for i in hole.items)) for hole in report.holes),
        matrix=tuple((goal.id, towards) for goal, towards in report.matrix),
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
                "origin": link.origin,
                "confidence": round(float(link.confidence), 3),
                "status": link.status,
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


# Column widths (characters) of the Items sheet; unlisted columns get 10. Narrow enough that a landscape A4 page
# holds the whole row at a readable scale; long texts wrap within their column.
ITEM_WIDTHS = {"id": 20, "type": 11, "text": 50, "document_id": 16, "document_title": 20, "section": 22, "pages": 6}
ITEM_WIDTHS |= {"source": 16, "line_start": 6, "line_end": 6, "amounts": 16, "actor": 14, "addressee": 14, "date": 8}
ITEM_WIDTHS |= {"partners": 14, "themes": 14, "parent": 18, "links": 24, "amount_value": 12, "amount_currency": 9}
ITEM_WIDTHS |= {"recurrence": 11, "url": 30}
# Items columns that repeat another one for machines (document_id ~ document_title, the source lines ~ section and
# pages): grouped and folded, so the printed page holds the readable columns at a readable scale; the "+" above the
# header (Excel, LibreOffice) unfolds them. The url column is folded too when it is empty (no base URL).
ITEM_FOLDED = ("document_id", "source", "line_start", "line_end")
# Header and footer codes (Excel's and LibreOffice's): file name, sheet name, page number, page count, date.
PRINT_FOOTER_LEFT = "&F — &A"
PRINT_FOOTER_RIGHT = "Page &P of &N"
LINE_HEIGHT = 15.0  # points per line of 11 pt text: the default row height
MAX_ROW_HEIGHT = 409.0  # the tallest row Excel allows


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes when wrapped in a column `width` characters wide (a column's width counts
    "0" digits, which are wider than the average letter; word wrapping loses a little at each line's end)."""
    chars = max(1, int(width * 1.1))
    return sum(max(1, len(textwrap.wrap(line, chars))) for line in text.split("\n"))


def item_url(register: Register, item_id: str) -> str | None:
    """The item's page in the web UI (`/items/<id>`) under the register's base URL; None without one."""
    if not register.base_url:
        return None
    return f"{register.base_url}/items/{quote(item_id, safe='')}"


def render_xlsx(register: Register) -> bytes:
    """A workbook: Items (one row per item, filterable), Links, Documents and About.

    Texts are stored as string cells (never formulas), so a text starting with "=" or "-" shows as written and
    needs no apostrophe. The one amount of an item (if it has exactly one) is also a number, to sum and sort.
    With a base URL (`collect(..., base_url=...)`) each item's "url" cell links to its page in kb's web UI; without
    one the url column stays empty (and folded). Every sheet prints as landscape A4 pages one page wide, its header
    row repeated on each page, with the file, sheet and "Page x of y" in the footer; the Items columns that repeat
    others for machines (ITEM_FOLDED) are folded, so the rest prints at a readable scale."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    workbook = Workbook()
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    header_alignment = Alignment(wrap_text=True, vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    link_font = Font(color="0563C1", underline="single")
    filters = ", ".join(f"{k}={v}" for k, v in register.filters.items()) or "none"
    title = f"kb register {register.index}" + (f" ({filters})" if register.filters else "")

    def print_layout(ws: Any) -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1  # all columns on one page width …
        ws.page_setup.fitToHeight = 0  # … and as many pages down as the rows need
        ws.print_title_rows = "1:1"  # the header row on every printed page
        ws.print_options.gridLines = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.25, footer=0.25)
        ws.oddHeader.left.text = title.replace("&", "&&")  # "&" starts a code in a header
        ws.oddHeader.right.text = f"built {register.built[:10]}" if register.built else ""
        ws.oddFooter.left.text = PRINT_FOOTER_LEFT
        ws.oddFooter.right.text = PRINT_FOOTER_RIGHT

    def sheet(
        title: str, header: list[str], rows: list[list[Any]], widths: Mapping[str, int], folded: tuple[str, ...] = ()
    ) -> Any:
        ws = workbook.create_sheet(title)
        ws.append(header)
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = header_alignment
        for row_cells in ws.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = wrap
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # a string is never a formula, whatever it starts with
        shown: list[tuple[int, int]] = []  # (column index, width) of the columns not folded
        for position, name in enumerate(header, start=1):
            dimension = ws.column_dimensions[get_column_letter(position)]
            dimension.width = widths.get(name, 10)
            if name in folded:
                dimension.outline_level, dimension.hidden = 1, True
                if position < len(header) and header[position] not in folded:  # the next column shows the "+"
                    ws.column_dimensions[get_column_letter(position + 1)].collapsed = True
            else:
                shown.append((position - 1, widths.get(name, 10)))
        # row heights for the wrapped texts: a spreadsheet keeps a row one line high unless told (LibreOffice on
        # opening, Excel in print), so the lines would print over the next rows
        for row_cells in ws.iter_rows():
            texts = [(row_cells[i].value, width) for i, width in shown if isinstance(row_cells[i].value, str)]
            lines = max((wrapped_lines(text, width) for text, width in texts), default=1)
            if lines > 1:
                ws.row_dimensions[row_cells[0].row].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)
        ws.freeze_panes = "A2"
        if rows:
            ws.auto_filter.ref = ws.dimensions
        print_layout(ws)
        return ws

    header = [*COLUMNS, "amount_value", "amount_currency", "url"]
    rows = []
    for item in register.items:
        single = item.amounts[0] if len(item.amounts) == 1 else None
        value, currency = (single.value, single.currency) if single else (None, None)
        rows.append([*item_row(register, item), value, currency, item_url(register, item.id)])
    folded = ITEM_FOLDED if register.base_url else (*ITEM_FOLDED, "url")
    items_sheet = sheet("Items", header, rows, ITEM_WIDTHS, folded)
    for cell in items_sheet[get_column_letter(header.index("amount_value") + 1)][1:]:
        cell.number_format = "#,##0.00"
    url_column = header.index("url") + 1
    for row_number in range(2, len(rows) + 2):
        url = items_sheet.cell(row=row_number, column=url_column).value
        if url:  # not the id cell as well: LibreOffice shows a link on one line, and cuts a long id
            cell = items_sheet.cell(row=row_number, column=url_column)
            cell.hyperlink = url
            cell.font = link_font

    link_rows = [
        [
            link.source_id,
            link.kind,
            link.target_id,
            round(float(link.score), 4),
            register.texts.get(link.source_id, ""),
            register.texts.get(link.target_id, ""),
            link.origin,
            round(float(link.confidence), 2),
            link.status,
        ]
        for link in register.links
    ]
    link_widths = {"from": 22, "type": 12, "to": 22, "score": 8, "from_text": 60, "to_text": 60, "origin": 11}
    link_columns = ["from", "type", "to", "score", "from_text", "to_text", "origin", "confidence", "status"]
    sheet("Links", link_columns, link_rows, link_widths)

    kinds = ("draagt_bij_aan", "financiert", "vloeit_voort_uit", "onderdeel_van", "sluit_aan_bij")
    matrix_rows = [
        [goal_id, register.texts.get(goal_id, ""), *(", ".join(towards.get(kind, [])) for kind in kinds)]
        for goal_id, towards in register.matrix
    ]
    matrix_widths = {"goal": 22, "goal_text": 50} | {kind: 26 for kind in kinds}
    sheet("Matrix", ["goal", "goal_text", *kinds], matrix_rows, matrix_widths)
    hole_rows = [[label, item_id, register.texts.get(item_id, "")] for label, ids in register.holes for item_id in ids]
    sheet("Holes", ["hole", "item", "text"], hole_rows, {"hole": 34, "item": 22, "text": 70})

    document_rows = [[d.id, d.title, d.issuer, d.level, d.year, d.source] for d in register.documents]
    document_widths = {"id": 34, "title": 50, "issuer": 34, "level": 12, "year": 8, "source": 40}
    sheet("Documents", ["id", "title", "issuer", "level", "year", "source"], document_rows, document_widths)

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
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
# Characters XML 1.0 cannot hold at all (PDF extraction leaves form feeds and the like); dropped from values.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The kinds of value: each has its DATATYPE-DEFINITION (identifier below) and its ReqIF tag (…-STRING, …-XHTML, …).
STRING, XHTML, INTEGER, REAL, DATE = "string", "xhtml", "integer", "real", "date"
ITEM_TYPE, LINK_KIND = "item-type", "link-kind"  # the two enumerations
REQIF_DATATYPES = {
    STRING: ("kb-string", "STRING"),
    XHTML: ("kb-xhtml", "XHTML"),
    INTEGER: ("kb-integer", "INTEGER"),
    REAL: ("kb-real", "REAL"),
    DATE: ("kb-date", "DATE"),
    ITEM_TYPE: ("kb-item-types", "ENUMERATION"),
    LINK_KIND: ("kb-link-kinds", "ENUMERATION"),
}
# The item attributes in the ReqIF file: (identifier suffix, LONG-NAME, kind of value). ReqIF.ForeignID, ReqIF.Name
# and ReqIF.Text are the Implementation Guide's standard names, which DOORS, Polarion, Capella and StrictDoc map to
# the id, the title and the body on import. Every attribute that holds text from a document is XHTML: StrictDoc
# (0.30) reads a STRING value through Python's "unicode_escape" codec, which turns UTF-8 "één" into "Ã©Ã©n" and "€"
# into "â\x82¬", while it reads XHTML as the text it is. STRING is kept for values that are always ASCII: ids,
# pages. The type is an enumeration (its values' LONG-NAME the Dutch label), whole numbers INTEGER, a date written
# as an ISO date also a DATE ("Date" keeps the text as written). No item attribute is REAL: StrictDoc (0.30.4)
# stops the whole import at a REAL attribute of a SPEC-OBJECT-TYPE (NotImplementedError), so the amount's value
# stays in "Amounts"; a link's Confidence (a relation's attribute, which StrictDoc does not read) is REAL.
REQIF_ATTRIBUTES = (
    ("id", "ReqIF.ForeignID", STRING),  # reqif_uid(kb id): what other tools key the item by
    ("kb-id", "kb id", STRING),  # kb's own id, unchanged
    ("name", "ReqIF.Name", XHTML),  # reqif_name(text): a short title
    ("type", "Type", ITEM_TYPE),
    ("text", "ReqIF.Text", XHTML),
    ("document", "Document", XHTML),
    ("section", "Section", XHTML),
    ("pages", "Pages", STRING),
    ("source", "Source lines", XHTML),
    ("line-start", "Line start", INTEGER),
    ("line-end", "Line end", INTEGER),
    ("citation", "Citation", XHTML),
    ("actor", "Actor", XHTML),
    ("addressee", "Addressee", XHTML),
    ("deadline", "Deadline", XHTML),
    ("recurrence", "Recurrence", XHTML),
    ("date", "Date", XHTML),
    ("iso-date", "Decision date", DATE),
    ("amounts", "Amounts", XHTML),
    ("amount-year", "Amount year", INTEGER),  # the first amount's year (its value: see REQIF_ATTRIBUTES' note)
    ("themes", "Themes", XHTML),
    ("partners", "Partners", XHTML),
    ("parent", "Parent", STRING),
)
# A link's attributes, per SPEC-RELATION-TYPE: (identifier prefix, LONG-NAME, kind of value)
REQIF_LINK_ATTRIBUTES = (
    ("kb-attr-score", "Score", STRING),
    ("kb-attr-confidence", "Confidence", REAL),
    ("kb-attr-kind", "Link kind", LINK_KIND),
)
# INTEGER and REAL datatypes need bounds; these hold every line number, year and amount kb reads
REQIF_INTEGER_RANGE = ("-2147483648", "2147483647")
REQIF_REAL_RANGE = ("-1.0E15", "1.0E15")
REQIF_NAME_LENGTH = 80
HIERARCHY_KIND = "onderdeel_van"  # a link of this kind nests its source under its target in the hierarchy


def reqif_id(prefix: str, key: str) -> str:
    """A stable xsd:ID from a kb id: the id itself when it only holds NCName-safe characters, else a hash."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", key)
    return f"{prefix}-{safe}" if safe == key else f"{prefix}-{safe}-{content_hash(key, length=8)}"


# What StrictDoc accepts as a UID ([\w]+[\w()\-/.: ]*) and DOORS/Polarion keep as a foreign id without fuss.
UID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def reqif_uid(item_id: str) -> str:
    """The id other tools key an item by (its ReqIF.ForeignID): the kb id when it only holds letters, digits,
    "_", "." and "-", else those kept and every other character an "_": kb ids can hold "~" (a section number
    that occurs twice, "DBM-5.4~2-BUDGET-01" → "DBM-5.4_2-BUDGET-01"), which StrictDoc refuses in a UID.
    The kb id itself travels unchanged in the "kb id" attribute."""
    uid = UID_UNSAFE.sub("_", item_id)
    return uid if uid[:1].isalnum() or uid[:1] == "_" else "_" + uid


def reqif_uids(item_ids: list[str]) -> dict[str, str]:
    """reqif_uid for each id, unique: an id whose uid another id already has (kb ids that differ only in a
    replaced character, which kb does not make) gets its hash appended."""
    uids: dict[str, str] = {}
    taken: set[str] = set()
    for item_id in sorted(item_ids, key=lambda i: (UID_UNSAFE.search(i) is not None, i)):  # safe ids keep theirs
        uid = reqif_uid(item_id)
        if uid in taken:
            uid = f"{uid}-{content_hash(item_id, length=8)}"
        uids[item_id] = uid
        taken.add(uid)
    return uids


def reqif_name(text: str, length: int = REQIF_NAME_LENGTH) -> str:
    """An item's short title (ReqIF.Name): its text on one line, cut after at most `length` characters at a
    word boundary, with "…" when cut."""
    flat = " ".join(XML_INVALID.sub("", text).split())
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0] if " " in flat[:length] else flat[:length]
    return cut.rstrip(" ,;:–-") + "…"


def reqif_date(text: str | None) -> str:
    """An ISO date ("2019-07-04") as an xsd:dateTime for a DATE value, or "" for anything else ("4 juli 2019")."""
    try:
        day = datetime.date.fromisoformat((text or "").strip())
    except ValueError:
        return ""
    return f"{day.isoformat()}T00:00:00"


def reqif_enum_values(vocabulary: Mapping[str, str], used: set[str]) -> list[tuple[str, str]]:
    """(code, label) for each value an enumeration holds: the vocabulary's, in its order, then any other code
    the export uses (sorted, its label the code with spaces)."""
    extra = sorted(used - set(vocabulary))
    return [*vocabulary.items(), *((code, code.replace("_", " ")) for code in extra)]


def reqif_parents(register: Register) -> dict[str, str]:
    """Item id → the id of the item it sits under in the hierarchy: the target of its first onderdeel_van link
    to another exported item of the same document. A link that would close a cycle is left out (the relation
    itself stays)."""
    by_id = {item.id: item for item in register.items}
    parents: dict[str, str] = {}
    for link in register.links:
        child, parent = by_id.get(link.source_id), by_id.get(link.target_id)
        if link.kind != HIERARCHY_KIND or child is None or parent is None or child.id in parents:
            continue
        if child.document_id != parent.document_id:
            continue
        above = parent.id
        while above != child.id and above in parents:
            above = parents[above]
        if above != child.id:  # the parent is no descendant of the child (nor the child itself)
            parents[child.id] = parent.id
    return parents


def xhtml_div(text: str) -> ET.Element:
    """Plain text as the content of an XHTML value: one <xhtml:div>, each line break an <xhtml:br/> followed by
    the newline itself (a reader that drops the tags keeps the break). The XML writer escapes &, < and >."""
    lines = XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    div = ET.Element("xhtml:div")
    div.text = lines[0]
    for line in lines[1:]:
        ET.SubElement(div, "xhtml:br").tail = "\n" + line
    return div


def reqif_number(value: float) -> str:
    """A float as an xsd:double ("20420.0", "2.5")."""
    return repr(float(value))


def _item_values(register: Register, item: Item, uid: str) -> dict[str, str]:
    citation = register.citations[item.id]
    first = item.amounts[0] if item.amounts else None
    return {
        "id": uid,
        "kb-id": item.id,
        "name": reqif_name(item.text),
        "type": reqif_id("kb-type", item.type),
        "text": item.text,
        "document": citation.document_title,
        "section": citation.section,
        "pages": pages_text(citation.pages),
        "source": f"{citation.source}:{citation.lines[0]}-{citation.lines[1]}",
        "line-start": str(item.line_start),
        "line-end": str(item.line_end),
        "citation": citation.render(),
        "actor": item.actor or "",
        "addressee": item.addressee or "",
        "deadline": item.deadline or "",
        "recurrence": item.recurrence or "",
        "date": item.date or "",
        "iso-date": reqif_date(item.date),
        "amounts": "; ".join(amount_text(a) for a in item.amounts),
        "amount-year": str(first.year) if first is not None and first.year is not None else "",
        "themes": ", ".join(item.themes),
        "partners": ", ".join(item.partners),
        "parent": item.parent_id or "",
    }


def render_reqif(register: Register) -> bytes:
    """A ReqIF 1.2 file: one SPECIFICATION per document, the items under SPEC-HIERARCHY nodes that follow their
    section path (a heading object per section, so DOORS/Polarion/StrictDoc show the document's chapters), an
    item with an onderdeel_van link to another item of its document under that item's node, one SPEC-RELATION
    per link whose both ends are exported, typed by one SPEC-RELATION-TYPE per link kind.

    Texts are XHTML values (an <xhtml:div> of the escaped plain text, see REQIF_ATTRIBUTES for why), ids and
    other ASCII values STRING, numbers INTEGER or REAL, the item type and the link kind ENUMERATION values.
    ReqIF.ForeignID is reqif_uid(kb id); the kb id itself is the "kb id" attribute."""
    stamp = register.built or "1970-01-01T00:00:00+00:00"
    uids = reqif_uids([item.id for item in register.items])
    relations = register.internal_links()
    # XHTML contents are put into their THE-VALUE after indenting, so the indenting adds no whitespace to a text
    xhtml_values: list[tuple[ET.Element, ET.Element]] = []

    def element(parent: ET.Element | None, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        node = ET.Element(tag) if parent is None else ET.SubElement(parent, tag)
        for key, value in attributes.items():
            node.set(key.replace("_", "-"), XML_INVALID.sub("", value))
        if text is not None:
            node.text = XML_INVALID.sub("", text)
        return node

    def ref(parent: ET.Element, wrapper: str, tag: str, identifier: str) -> None:
        element(element(parent, wrapper), tag, identifier)

    def values(parent: ET.Element, triples: list[tuple[str, str, str]]) -> None:
        box = element(parent, "VALUES")
        for definition, kind, value in triples:
            if not value:
                continue
            tag = REQIF_DATATYPES[kind][1]
            if kind == XHTML:
                node = element(box, "ATTRIBUTE-VALUE-XHTML")
                ref(node, "DEFINITION", "ATTRIBUTE-DEFINITION-XHTML-REF", definition)
                xhtml_values.append((element(node, "THE-VALUE"), xhtml_div(value)))
            elif tag == "ENUMERATION":
                node = element(box, "ATTRIBUTE-VALUE-ENUMERATION")
                ref(node, "DEFINITION", "ATTRIBUTE-DEFINITION-ENUMERATION-REF", definition)
                ref(node, "VALUES", "ENUM-VALUE-REF", value)
            else:
                node = element(box, f"ATTRIBUTE-VALUE-{tag}", THE_VALUE=value)
                ref(node, "DEFINITION", f"ATTRIBUTE-DEFINITION-{tag}-REF", definition)

    root = element(None, "REQ-IF", xmlns=REQIF_NAMESPACE)
    root.set("xmlns:xhtml", XHTML_NAMESPACE)
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

    def datatype(kind: str, name: str, **bounds: str) -> ET.Element:
        identifier, tag = REQIF_DATATYPES[kind]
        return element(
            datatypes, f"DATATYPE-DEFINITION-{tag}", IDENTIFIER=identifier, LAST_CHANGE=stamp, LONG_NAME=name, **bounds
        )

    def enumeration(kind: str, name: str, prefix: str, pairs: list[tuple[str, str]]) -> None:
        specified = element(datatype(kind, name), "SPECIFIED-VALUES")
        for key, (code, label) in enumerate(pairs):
            value = element(
                specified, "ENUM-VALUE", IDENTIFIER=reqif_id(prefix, code), LAST_CHANGE=stamp, LONG_NAME=label
            )
            element(element(value, "PROPERTIES"), "EMBEDDED-VALUE", KEY=str(key), OTHER_CONTENT=code)

    datatype(STRING, "Text", MAX_LENGTH="100000")
    datatype(XHTML, "Formatted text")
    datatype(INTEGER, "Whole number", MIN=REQIF_INTEGER_RANGE[0], MAX=REQIF_INTEGER_RANGE[1])
    datatype(REAL, "Number", ACCURACY="4", MIN=REQIF_REAL_RANGE[0], MAX=REQIF_REAL_RANGE[1])
    datatype(DATE, "Date")
    enumeration(ITEM_TYPE, "Item type", "kb-type", reqif_enum_values(TYPE_LABELS, {i.type for i in register.items}))
    kinds = sorted({link.kind for link in relations})
    enumeration(LINK_KIND, "Link kind", "kb-kind", reqif_enum_values(LINK_LABELS, set(kinds)))

    def attribute(parent: ET.Element, identifier: str, name: str, kind: str = STRING) -> None:
        datatype_id, tag = REQIF_DATATYPES[kind]
        node = element(parent, f"ATTRIBUTE-DEFINITION-{tag}", IDENTIFIER=identifier, LAST_CHANGE=stamp, LONG_NAME=name)
        if tag == "ENUMERATION":
            node.set("MULTI-VALUED", "false")
        ref(node, "TYPE", f"DATATYPE-DEFINITION-{tag}-REF", datatype_id)

    types = element(content, "SPEC-TYPES")
    item_type = element(types, "SPEC-OBJECT-TYPE", IDENTIFIER="kb-item-type", LAST_CHANGE=stamp, LONG_NAME="Item")
    item_attributes = element(item_type, "SPEC-ATTRIBUTES")
    for key, name, kind in REQIF_ATTRIBUTES:
        attribute(item_attributes, f"kb-attr-{key}", name, kind)
    heading_type = element(
        types, "SPEC-OBJECT-TYPE", IDENTIFIER="kb-heading-type", LAST_CHANGE=stamp, LONG_NAME="Section heading"
    )
    attribute(element(heading_type, "SPEC-ATTRIBUTES"), "kb-attr-heading", "ReqIF.ChapterName", XHTML)
    for kind in kinds:
        relation_type = element(
            types, "SPEC-RELATION-TYPE", IDENTIFIER=reqif_id("kb-link", kind), LAST_CHANGE=stamp, LONG_NAME=kind
        )
        relation_attributes = element(relation_type, "SPEC-ATTRIBUTES")
        for attribute_prefix, name, value_kind in REQIF_LINK_ATTRIBUTES:
            attribute(relation_attributes, reqif_id(attribute_prefix, kind), name, value_kind)
    element(types, "SPECIFICATION-TYPE", IDENTIFIER="kb-document-type", LAST_CHANGE=stamp, LONG_NAME="Document")

    objects = element(content, "SPEC-OBJECTS")

    def spec_object(identifier: str, type_ref: str, name: str, triples: list[tuple[str, str, str]]) -> None:
        node = element(objects, "SPEC-OBJECT", IDENTIFIER=identifier, LAST_CHANGE=stamp, LONG_NAME=name)
        values(node, triples)
        ref(node, "TYPE", "SPEC-OBJECT-TYPE-REF", type_ref)

    parents = reqif_parents(register)
    children: dict[str, list[Item]] = {}
    for item in register.items:
        if item.id in parents:
            children.setdefault(parents[item.id], []).append(item)

    def place(item: Item, container: ET.Element) -> None:
        """The item's object and its node in `container`, then the items that are part of it under that node."""
        object_id = reqif_id("kb-item", item.id)
        pairs = _item_values(register, item, uids[item.id])
        spec_object(
            object_id, "kb-item-type", item.id, [(f"kb-attr-{k}", kind, pairs[k]) for k, _, kind in REQIF_ATTRIBUTES]
        )
        leaf = element(container, "SPEC-HIERARCHY", IDENTIFIER=f"h-{object_id}", LAST_CHANGE=stamp)
        ref(leaf, "OBJECT", "SPEC-OBJECT-REF", object_id)
        if item.id in children:
            below = element(leaf, "CHILDREN")
            for child in children[item.id]:
                place(child, below)

    # the hierarchy per document: section path → heading node, items under the node of their full path (or
    # under the item they are part of)
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
            if item.id in parents:
                continue  # placed under its parent
            path = item.section_path
            for depth in range(1, len(path) + 1):
                prefix = path[:depth]
                if prefix in nodes:
                    continue
                heading_id = "kb-heading-" + content_hash(document.id, *prefix, length=12)
                spec_object(heading_id, "kb-heading-type", prefix[-1], [("kb-attr-heading", XHTML, prefix[-1])])
                node = element(nodes[prefix[:-1]], "SPEC-HIERARCHY", IDENTIFIER=f"h-{heading_id}", LAST_CHANGE=stamp)
                ref(node, "OBJECT", "SPEC-OBJECT-REF", heading_id)
                nodes[prefix] = element(node, "CHILDREN")
            place(item, nodes[path])
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
        link_values = (f"{link.score:.4f}", reqif_number(round(link.confidence, 4)), reqif_id("kb-kind", link.kind))
        triples = [
            (reqif_id(prefix, link.kind), kind, value)
            for (prefix, _, kind), value in zip(REQIF_LINK_ATTRIBUTES, link_values, strict=True)
        ]
        values(relation, triples)
        ref(relation, "SOURCE", "SPEC-OBJECT-REF", reqif_id("kb-item", link.source_id))
        ref(relation, "TARGET", "SPEC-OBJECT-REF", reqif_id("kb-item", link.target_id))
        ref(relation, "TYPE", "SPEC-RELATION-TYPE-REF", reqif_id("kb-link", link.kind))
    content.append(specifications)
    for empty in [child for child in content if len(child) == 0]:
        content.remove(empty)  # an empty SPEC-RELATIONS (no links) is left out
    ET.indent(root)
    for the_value, div in xhtml_values:
        the_value.append(div)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


# --- the registry -----------------------------------------------------------------------------------------


def render_markdown(register: Register) -> bytes:
    """A readable report per document: its items by section, each with its type, citation and links, then the
    holes of the trace report — for reading, printing or pasting into a wiki."""

    lines = [f"# Register ({len(register.items)} items)", ""]
    if register.filters:
        lines += ["Filters: " + ", ".join(f"{k} = {v}" for k, v in register.filters.items()), ""]
    by_document: dict[str, list[Item]] = {}
    for item in register.items:
        by_document.setdefault(item.document_id, []).append(item)
    titles = {d.id: d for d in register.documents}
    for document_id, items in by_document.items():
        document = titles.get(document_id)
        lines += [f"## {document.title if document else document_id}", ""]
        if document is not None:
            about = [v for v in (document.issuer, document.level, str(document.year or ""), document.source) if v]
            lines += [" · ".join(about), ""]
        section = None
        for item in items:
            here = " › ".join(item.section_path) or "(geen hoofdstuk)"
            if here != section:
                if section is not None:
                    lines.append("")
                section = here
                lines += [f"### {here}", ""]
            citation = register.citations[item.id]
            where = ", ".join(p for p in (citation.span.pages_label, f"regels {item.line_start}–{item.line_end}") if p)
            lines.append(f"- **{TYPE_LABELS.get(item.type, item.type)}** `{item.id}` — {item.text} ({where})")
            for link in register.links_of(item.id):
                if link.source_id == item.id:
                    lines.append(f"  - {LINK_LABELS.get(link.kind, link.kind)} `{link.target_id}`")
        lines.append("")
    holes = [(label, ids) for label, ids in register.holes if ids]
    if holes:
        lines += ["## Gaten", ""]
        for label, ids in holes:
            lines.append(f"- {label}: {len(ids)} — " + ", ".join(f"`{i}`" for i in ids))
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def render_needs(register: Register) -> bytes:
    """sphinx-needs' needs.json (import with `needimport`): one need per item, its links per kind as link fields
    (declare them as `needs_extra_links` named like kb's link kinds), the citation in the need's content."""
    needs: dict[str, dict[str, Any]] = {}
    for item in register.items:
        outgoing = [link for link in register.links_of(item.id) if link.source_id == item.id]
        need: dict[str, Any] = {
            "id": item.id,
            "type": item.type,
            "title": textwrap.shorten(item.text, width=80, placeholder=" …"),
            "description": item.text,
            "content": f"{item.text}\n\n{register.citations[item.id].render()}",
            "docname": item.document_id,
            "lineno": item.line_start,
            "sections": list(item.section_path),
            "tags": list(item.themes),
            "status": None,
            "links": sorted({link.target_id for link in outgoing}),
        }
        for kind in LINK_LABELS:
            need[kind] = sorted(link.target_id for link in outgoing if link.kind == kind)
        needs[item.id] = need
    data = {
        "created": register.built or "",
        "creator": {"name": "kb", "version": register.version},
        "current_version": "1.0",
        "project": "kb",
        "versions": {"1.0": {"created": register.built or "", "needs": needs, "needs_amount": len(needs)}},
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


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
    "markdown": Format("markdown", "md", "text/markdown; charset=utf-8", render_markdown),
    "needs": Format("needs", "needs.json", "application/json", render_needs),
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
    kb: KnowledgeBase,
    fmt: str,
    out: str | Path | IO[bytes],
    filters: Mapping[str, object] | None = None,
    *,
    base_url: str | None = None,
) -> ExportSummary:
    """Write the (filtered) register as `fmt` to a path or a binary stream; return what was written.
    With `base_url` (kb's web UI, "https://kb.example.nl") the spreadsheet links each item to its page there."""
    chosen = export_format(fmt)
    register = collect(kb, filters, base_url=base_url)
    data = chosen.render(register)
    links = len(register.internal_links()) if chosen.name == "reqif" else len(register.links)
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
        path: str | None = str(out)
    else:
        out.write(data)
        path = None
    return ExportSummary(chosen.name, len(register.items), links, len(register.documents), path)
