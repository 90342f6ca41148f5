"""Data model: the frozen dataclasses every stage passes along, and their one serialisation."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def content_hash(*parts: str, length: int = 12) -> str:
    """Stable short hash of normalised text parts (whitespace folded, NFC)."""
    digest = hashlib.sha1()
    for part in parts:
        normal = unicodedata.normalize("NFC", re.sub(r"\s+", " ", part).strip())
        digest.update(normal.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


@dataclass(frozen=True)
class Span:
    """Where a piece of text is: 1-based inclusive source lines, its pages (empty when unknown) and the half-open
    character span in the cleaned document text. Sections, blocks, passages, items and citations all have one."""

    lines: tuple[int, int]
    pages: tuple[int, ...]
    chars: tuple[int, int]

    @classmethod
    def of(cls, spanned: Any) -> Span:
        """The span of anything with line_start/line_end, page_start/page_end and char_start/char_end."""
        return cls(
            (spanned.line_start, spanned.line_end),
            page_range(spanned.page_start, spanned.page_end),
            (spanned.char_start, spanned.char_end),
        )

    @property
    def pages_label(self) -> str:
        return pages_label(self.pages)


@dataclass(frozen=True)
class DocumentMeta:
    """What a catalogue says (or a guess from the text says) about one document."""

    id: str  # slug, e.g. "omgevingsvisie-drenthe-2050"
    code: str  # short upper-case code used in item ids, e.g. "OVD"
    title: str
    issuer: str | None = None  # e.g. "Provinciale Staten van Drenthe"
    level: str | None = None  # provincie | gemeente | maatschappelijke organisatie | rijk
    year: int | None = None
    doc_type: str | None = None  # omgevingsvisie, beleidsnota, toekomstvisie, zienswijze, ...
    status: str | None = None  # concept | vastgesteld
    guessed: bool = False  # True when no catalogue entry matched and metadata came from the text


@dataclass(frozen=True)
class Document:
    id: str
    code: str
    title: str
    issuer: str | None
    level: str | None
    year: int | None
    doc_type: str | None
    status: str | None
    source: str  # path of the source file, relative to the repository / corpus root as given
    line_start: int  # 1-based inclusive span of this document in the source file
    line_end: int
    page_start: int | None
    page_end: int | None
    content_hash: str
    guessed: bool = False


@dataclass(frozen=True)
class Section:
    id: str  # f"{document_id}/{ordinal}" style, unique within the knowledge base
    document_id: str
    ordinal: int  # order within the document, 0 = document root/preamble
    number: str | None  # "4.1.2", "Bijlage 1", "Hoofdstuk 2" or None for unnumbered headings
    title: str
    level: int  # 1 = chapter, 2 = paragraph, ...
    parent_id: str | None
    path: tuple[str, ...]  # labels from the top down, e.g. ("4 De bewegingen…", "4.1 Een …", "4.1.2 …")
    line_start: int
    line_end: int
    page_start: int | None
    page_end: int | None
    char_start: int  # span in the cleaned document text
    char_end: int

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title

    @property
    def span(self) -> Span:
        return Span.of(self)


@dataclass(frozen=True)
class Block:
    """One logical unit of cleaned text: a heading, paragraph, bullet, sub-bullet, table row, ..."""

    document_id: str
    section_id: str | None
    ordinal: int
    kind: str  # heading | paragraph | bullet | subbullet | numbered | table | footnote | caption
    text: str
    char_start: int
    char_end: int
    line_start: int
    line_end: int
    page_start: int | None
    page_end: int | None

    @property
    def span(self) -> Span:
        return Span.of(self)


@dataclass(frozen=True)
class Passage:
    id: str
    document_id: str
    section_id: str | None
    section_path: tuple[str, ...]
    ordinal: int
    text: str
    line_start: int
    line_end: int
    page_start: int | None
    page_end: int | None
    char_start: int
    char_end: int

    @property
    def content_hash(self) -> str:
        return content_hash(self.text, length=16)

    @property
    def span(self) -> Span:
        return Span.of(self)


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str = "EUR"  # EUR | NLG
    year: int | None = None
    kind: str = "amount"  # amount | per_year | row | subtotal | total | balance
    basis: str | None = (
        None  # eenmalig | structureel | per_jaar | per_inwoner | per_woning | per_aanvraag | maximum | plafond
    )


@dataclass(frozen=True)
class Item:
    """A register entry: one goal, request, budget line, action, commitment or decision."""

    id: str
    type: str  # goal | request_gs | request | budget | action | commitment | decision
    text: str
    document_id: str
    section_id: str | None
    section_path: tuple[str, ...]
    line_start: int
    line_end: int
    page_start: int | None
    page_end: int | None
    char_start: int
    char_end: int
    amounts: tuple[Amount, ...] = ()
    actor: str | None = None
    addressee: str | None = None
    deadline: str | None = None
    partners: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    parent_id: str | None = None
    passage_ids: tuple[str, ...] = ()
    recurrence: str | None = None  # "jaarlijks", "per jaar", "per kwartaal": how often, not by when
    date: str | None = None  # a decision's own date ("2019-07-04" style as written: "4 juli 2019")

    @property
    def span(self) -> Span:
        return Span.of(self)


@dataclass(frozen=True)
class Link:
    source_id: str
    target_id: str
    # draagt_bij_aan | vloeit_voort_uit | financiert | onderdeel_van | sluit_aan_bij | vervangt | conflicteert_met
    kind: str
    score: float = 0.0  # the evidence's strength: word overlap of the two items (0 for a structural link)
    origin: str = "similarity"  # structure | rule | similarity | person
    confidence: float = 0.0  # how often such a link is right (calibrated on annotated links; 1.0 when confirmed)
    rule: str = ""  # the rule that proposed it (kb/trace.py LINK_RULES), "" for a person's link
    status: str = "suggested"  # suggested | confirmed (a person confirmed it or added it)


def links_by_item(links: list[Link] | tuple[Link, ...]) -> dict[str, list[Link]]:
    """Item id → the links with that item at either end (a link from an item to itself is listed once)."""
    found: dict[str, list[Link]] = {}
    for link in links:
        found.setdefault(link.source_id, []).append(link)
        if link.target_id != link.source_id:
            found.setdefault(link.target_id, []).append(link)
    return found


@dataclass(frozen=True)
class Citation:
    document_id: str
    document_title: str
    source: str
    section: str  # section path joined with " › "
    span: Span
    quote: str

    @property
    def pages(self) -> tuple[int, ...]:
        return self.span.pages

    @property
    def lines(self) -> tuple[int, int]:
        return self.span.lines

    @property
    def chars(self) -> tuple[int, int]:
        return self.span.chars

    def render(self) -> str:
        pages = f", {self.span.pages_label}" if self.span.pages else ""
        # a document without headings has its title as its only section: don't say it twice
        section = f" — {self.section}" if self.section and self.section != self.document_title else ""
        return f"{self.document_title}{section}{pages}, lines {self.lines[0]}-{self.lines[1]} ({self.source})"


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    passage: Passage
    document: Document
    tags: tuple[str, ...] = ()
    citation: Citation | None = None


@dataclass
class FileReport:
    """What happened to one input file during a build (mutable: filled in as the build goes)."""

    path: str
    status: str = "ok"  # ok | skipped | error | duplicate
    documents: list[str] = field(default_factory=list)
    sections: int = 0
    passages: int = 0
    items: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def page_range(page_start: int | None, page_end: int | None) -> tuple[int, ...]:
    """Every page of a span, () when pages are unknown."""
    if page_start is None:
        return ()
    return tuple(range(page_start, (page_end or page_start) + 1))


def pages_text(pages: tuple[int, ...] | list[int] | None) -> str:
    """The one page-range formatter: "4", "4-6", "" when pages are unknown (spreadsheets, citations)."""
    if not pages:
        return ""
    first, last = pages[0], pages[-1]
    return str(first) if first == last else f"{first}-{last}"


def range_label(values: tuple[int, ...] | list[int] | None, one: str, many: str, dash: str = "–") -> str:
    """A page or line range as people read it, in their words: ("p.", "pp.") → "p. 4", "pp. 4-6"; "" when
    unknown. The one formatter of ranges in labels (English here, Dutch in the web pages)."""
    if not values:
        return ""
    first, last = values[0], values[-1]
    return f"{one} {first}" if first == last else f"{many} {first}{dash}{last}"


def pages_label(pages: tuple[int, ...] | list[int] | None) -> str:
    """Pages as people read them: "p. 4", "pp. 4-6", "" when unknown."""
    return range_label(pages, "p.", "pp.", "-")


def lines_label(lines: tuple[int, ...] | list[int] | None) -> str:
    """Source lines as people read them: "line 4", "lines 4–6", "" when unknown."""
    return range_label(lines, "line", "lines")


def section_path_label(path: tuple[str, ...] | list[str]) -> str:
    return " › ".join(path)


def citation_for(document: Document, section_path: tuple[str, ...], span: Span, quote: str) -> Citation:
    return Citation(
        document_id=document.id,
        document_title=document.title,
        source=document.source,
        section=section_path_label(section_path),
        span=span,
        quote=quote,
    )


def cite(document: Document, spanned: Passage | Item, quote: str | None = None) -> Citation:
    """The citation of a passage or register item (its own text as the quote unless one is given)."""
    return citation_for(document, spanned.section_path, spanned.span, quote if quote is not None else spanned.text)


def to_dict(obj: Any) -> Any:
    """Serialise a dataclass (recursively) to JSON-ready dicts; the one place that does so."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


class SourceMap:
    """Maps every character of a cleaned document text back to its 1-based source line and page."""

    __slots__ = ("lines", "pages")

    def __init__(self, lines: list[int] | tuple[int, ...], pages: list[int] | tuple[int, ...] | None = None):
        self.lines = tuple(lines)
        self.pages = tuple(pages) if pages is not None else None

    def __len__(self) -> int:
        return len(self.lines)

    def span(self, char_start: int, char_end: int) -> tuple[int, int, int | None, int | None]:
        """(line_start, line_end, page_start, page_end) for the half-open char span [start, end)."""
        if not self.lines:
            return 1, 1, None, None
        start = min(max(char_start, 0), len(self.lines) - 1)
        end = min(max(char_end - 1, start), len(self.lines) - 1)
        lines = self.lines[start : end + 1]
        line_start, line_end = min(lines), max(lines)
        if self.pages is None:
            return line_start, line_end, None, None
        pages = self.pages[start : end + 1]
        return line_start, line_end, min(pages), max(pages)

    def locate(self, char_start: int, char_end: int) -> Span:
        """The Span of the half-open char span [start, end): its source lines, pages and the characters."""
        line_start, line_end, page_start, page_end = self.span(char_start, char_end)
        return Span((line_start, line_end), page_range(page_start, page_end), (char_start, char_end))


@dataclass(frozen=True)
class SourceLine:
    """One line of a source file as extracted: its 1-based number (as citations give it), page and text."""

    number: int
    page: int | None
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    """Everything ingestion knows about one document: the write side's unit of work."""

    document: Document
    text: str  # cleaned text; every char maps back through source_map
    source_map: SourceMap
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    passages: tuple[Passage, ...]
    warnings: tuple[str, ...] = ()
    # the document's lines as the source file has them (from document.line_start), and the page of each
    source_lines: tuple[str, ...] = ()
    source_pages: tuple[int | None, ...] = ()
