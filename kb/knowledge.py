"""The read API: `KnowledgeBase.open(settings)` — what the CLI, the web UI, its JSON API and the exports call.

One opened knowledge base is one build: it reads the store and loads the search engine (model and indexes) on
first use, and owns every cache built from them. Nothing here writes; repairing an interrupted build is the
write side's job (`kb.pipeline`).
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb.curation import Curation, CurationLog, Decision
from kb.errors import IndexMissingError, NotFoundError, UsageError
from kb.filters import (
    ITEMS,
    MAX_RESULTS,
    PASSAGES,
    Facet,
    ItemTarget,
    Selection,
    Target,
    check_page,
    facets,
    select,
)
from kb.models import (
    Block,
    Citation,
    Document,
    Hit,
    Item,
    Link,
    Passage,
    Section,
    SourceLine,
    SourceMap,
    citation_for,
    cite,
    links_by_item,
)
from kb.pipeline import MANIFEST, read_manifest
from kb.settings import Settings
from kb.store import Store

if TYPE_CHECKING:
    from kb.answer import Answer
    from kb.embed import Embedder
    from kb.holes import Answered, Coverage, Hole
    from kb.lexical import QueryMatcher
    from kb.search import Candidate, Ranking, SearchEngine


@dataclass(frozen=True)
class PassageContext:
    """A passage with the text around it, for reading a citation in context."""

    passage: Passage
    document: Document
    citation: Citation
    before: str
    after: str
    previous_id: str | None
    next_id: str | None


@dataclass(frozen=True)
class TraceReport:
    holes: tuple[Hole, ...]
    coverage: tuple[Coverage, ...]
    matrix: tuple[tuple[Item, dict[str, list[str]]], ...]
    across_levels: tuple[Answered, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """What a search found: the hits of the asked page, the filters used, retrieval signals per hit, how many
    candidate passages were found, and whether the evidence is weak (nothing matches the question well)."""

    query: str
    hits: tuple[Hit, ...]
    filters: dict[str, str]
    signals: tuple[Candidate, ...]
    total: int = 0
    page: int = 1
    per_page: int = 10
    weak: bool = False
    note: str = ""

    @property
    def pages(self) -> int:
        return max(1, min(-(-self.total // self.per_page), MAX_RESULTS // self.per_page))


class KnowledgeBase:
    """An opened, validated knowledge base directory. Cheap to open; heavy indexes load on first use."""

    def __init__(self, settings: Settings, store: Store, manifest: dict[str, Any], embedder: Embedder | None = None):
        self.settings = settings
        self.store = store
        self.manifest = manifest
        self.index_dir: Path = settings.index_dir
        self._embedder = embedder
        self._lock = threading.Lock()
        self._stamp = self._manifest_stamp()
        self._source_maps: dict[str, SourceMap] = {}
        self._texts: dict[str, str] = {}
        self._curation_log = CurationLog(self.index_dir)
        self._curation_cache: tuple[Any, tuple[list[Link], dict[str, list[Link]], Curation]] | None = None
        self._pdf_bytes: dict[str, bytes | None] = {}
        self._page_counts: dict[str, int] = {}
        self._pdf_lock = threading.Lock()
        self._render_page = lru_cache(maxsize=32)(self._render_page_uncached)  # recent pages, rendered once

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> KnowledgeBase:
        """Open the knowledge base at settings.index_dir (IndexMissingError when there is none).

        Without an explicit embedder choice, queries use the model the index was built with."""
        index_dir = settings.index_dir
        manifest = read_manifest(index_dir)
        if manifest is None:
            raise IndexMissingError(f"No knowledge base at {index_dir} — run `kb ingest` first")
        built_with = manifest.get("settings", {})
        if settings.embedder == "auto" and built_with.get("embedder"):
            settings = settings.replace(embedder=built_with["embedder"], model=built_with.get("model"))
        return cls(settings, Store.open(index_dir), manifest, embedder)

    def close(self) -> None:
        self.store.close()

    @property
    def manifest_path(self) -> str:
        return str(self.index_dir / MANIFEST)

    def _manifest_stamp(self) -> tuple[int, int] | None:
        try:
            stat = (self.index_dir / MANIFEST).stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_ino

    def is_current(self) -> bool:
        """Whether this is still the build at its index directory (False once `kb ingest` swapped in another)."""
        stamp = self._manifest_stamp()
        return stamp is None or stamp == self._stamp

    @property
    def built_at(self) -> str | None:
        value = self.manifest.get("built_at")
        return str(value) if value is not None else None

    # -- documents and structure -----------------------------------------------------------------------------

    @cached_property
    def _documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.store.documents()}

    def documents(self) -> list[Document]:
        return list(self._documents.values())

    def document(self, document_id: str) -> Document:
        """A document by its id, short code or source file; NotFoundError naming the known ids otherwise."""
        found = self._documents.get(document_id)
        if found is not None:
            return found
        wanted = document_id.casefold()
        for document in self._documents.values():
            if wanted == document.code.casefold() or (wanted and document.source.casefold().endswith(wanted)):
                return document
        return self.store.document(document_id)

    def outline(self, document_id: str) -> list[Section]:
        return self._sections_by_document.get(self.document(document_id).id, [])

    @cached_property
    def _sections_by_document(self) -> dict[str, list[Section]]:
        found: dict[str, list[Section]] = {}
        for section in self.store.sections():
            found.setdefault(section.document_id, []).append(section)
        return found

    def sections(self) -> list[Section]:
        return [s for sections in self._sections_by_document.values() for s in sections]

    def blocks(self, document_id: str) -> list[Block]:
        return self.store.blocks(self.document(document_id).id)

    def text(self, document_id: str) -> str:
        self._load_text(document_id)
        return self._texts[document_id]

    def source_lines(self, document_id: str) -> list[SourceLine]:
        """A document's lines as its source file has them (before any repair), numbered as citations number
        them, each with its page when the source has pages."""
        document = self.document(document_id)
        lines, pages = self.store.source_lines(document.id)
        return [
            SourceLine(document.line_start + offset, pages[offset] if offset < len(pages) else None, text)
            for offset, text in enumerate(lines)
        ]

    def has_pages(self, document_id: str) -> bool:
        """Whether the document's source is a PDF kept in the knowledge base (its pages can be shown)."""
        return self._source_pdf(self.document(document_id).source) is not None

    def page_count(self, document_id: str) -> int:
        """The number of pages of a document's PDF source (0 when it has none), counted once per source."""
        source = self.document(document_id).source
        if source not in self._page_counts:
            data = self._source_pdf(source)
            count = 0
            if data is not None:
                import pypdfium2

                with self._pdf_lock:
                    pdf = pypdfium2.PdfDocument(data)
                    try:
                        count = len(pdf)
                    finally:
                        pdf.close()
            self._page_counts[source] = count
        return self._page_counts[source]

    def page_image(self, document_id: str, page: int) -> bytes:
        """Page `page` (1-based, as the source lines number pages) of a PDF source, rendered as PNG."""
        document = self.document(document_id)
        data = self._source_pdf(document.source)
        if data is None:
            raise NotFoundError(f"{document.title} has no PDF pages in the knowledge base")
        return self._render_page(document.source, page)

    def _source_pdf(self, source: str) -> bytes | None:
        if source not in self._pdf_bytes:
            stored = self.store.source_file(source)
            self._pdf_bytes[source] = stored[1] if stored is not None and stored[0] == "pdf" else None
        return self._pdf_bytes[source]

    def _render_page_uncached(self, source: str, page: int) -> bytes:
        import io

        import pypdfium2

        data = self._source_pdf(source)
        assert data is not None
        with self._pdf_lock:  # pdfium is not thread-safe
            pdf = pypdfium2.PdfDocument(data)
            try:
                if not 1 <= page <= len(pdf):
                    raise NotFoundError(f"The PDF has no page {page} (it has {len(pdf)})")
                image = pdf[page - 1].render(scale=1.4).to_pil()
            finally:
                pdf.close()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()

    def source_map(self, document_id: str) -> SourceMap:
        self._load_text(document_id)
        return self._source_maps[document_id]

    def _load_text(self, document_id: str) -> None:
        if document_id in self._texts:
            return
        with self._lock:
            text, lines, pages = self.store.document_text(document_id)
            self._source_maps[document_id] = SourceMap(lines, pages)
            self._texts[document_id] = text

    def sources(self) -> list[dict[str, Any]]:
        """The ingested source files: path, content hash, documents, counts and warnings per file."""
        try:
            records = json.loads(self.store.meta().get("sources", "{}"))
        except json.JSONDecodeError:
            records = {}
        from kb.records import source_record

        return [source_record(path, entry) for path, entry in sorted(records.items())]

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    # -- passages --------------------------------------------------------------------------------------------

    @cached_property
    def _passages(self) -> list[Passage]:
        return self.store.passages()

    @cached_property
    def _passage_index(self) -> dict[str, int]:
        return {p.id: i for i, p in enumerate(self._passages)}

    @cached_property
    def passage_tags(self) -> dict[str, tuple[str, ...]]:
        return self.store.passage_tags()

    def tags_of(self, passage_id: str) -> tuple[str, ...]:
        return tuple(self.passage_tags.get(passage_id, ()))

    def passages(self) -> list[Passage]:
        return self._passages

    def passage(self, passage_id: str) -> Passage:
        position = self._passage_index.get(passage_id)
        if position is None:
            raise NotFoundError(f"No passage {passage_id!r} — find ids with `kb search` or `kb outline`")
        return self._passages[position]

    @cached_property
    def _passages_by_document(self) -> dict[str, list[Passage]]:
        found: dict[str, list[Passage]] = {}
        for passage in self._passages:
            found.setdefault(passage.document_id, []).append(passage)
        for passages in found.values():
            passages.sort(key=lambda p: p.char_start)
        return found

    def passages_of(self, document_id: str) -> list[Passage]:
        """A document's passages in reading order."""
        return self._passages_by_document.get(document_id, [])

    def passage_at(self, document_id: str, char: int) -> str | None:
        """Id of the passage of a document that holds character `char` (or the first one after it)."""
        candidates = self.passages_of(document_id)
        for passage in candidates:
            if passage.char_start <= char < passage.char_end:
                return passage.id
        later = [p for p in candidates if p.char_start >= char]
        return later[0].id if later else (candidates[-1].id if candidates else None)

    def citation(self, passage: Passage, quote: str | None = None) -> Citation:
        return cite(self.document(passage.document_id), passage, quote)

    def span_citation(self, passage: Passage, char_start: int, char_end: int) -> Citation:
        """Citation for a sub-span (e.g. one sentence) of a passage, with its own narrowed line span."""
        text = self.text(passage.document_id)
        span = self.source_map(passage.document_id).locate(char_start, char_end)
        return citation_for(self.document(passage.document_id), passage.section_path, span, text[char_start:char_end])

    def context(self, passage_id: str, chars: int = 600) -> PassageContext:
        passage = self.passage(passage_id)
        text = self.text(passage.document_id)
        position = self._passage_index[passage_id]
        before_passage = self._passages[position - 1] if position > 0 else None
        after_passage = self._passages[position + 1] if position + 1 < len(self._passages) else None
        same = passage.document_id
        return PassageContext(
            passage=passage,
            document=self.document(same),
            citation=self.citation(passage),
            before=text[max(0, passage.char_start - chars) : passage.char_start],
            after=text[passage.char_end : passage.char_end + chars],
            previous_id=before_passage.id if before_passage and before_passage.document_id == same else None,
            next_id=after_passage.id if after_passage and after_passage.document_id == same else None,
        )

    def passage_types(self) -> set[str]:
        return set(self._passage_types)

    @cached_property
    def _passage_types(self) -> frozenset[str]:
        """Item types that tag some passage, and the documents' types (what the search type filter offers)."""
        tags = {t for values in self.passage_tags.values() for t in values if not t.startswith("theme:")}
        return frozenset(tags | {d.doc_type for d in self.documents() if d.doc_type})

    def passage_themes(self) -> set[str]:
        return set(self._passage_themes)

    @cached_property
    def _passage_themes(self) -> frozenset[str]:
        tags = self.passage_tags.values()
        return frozenset(t.split(":", 1)[1] for values in tags for t in values if t.startswith("theme:"))

    # -- search and answers ----------------------------------------------------------------------------------

    @property
    def engine(self) -> SearchEngine:
        """The search engine of this build (model and indexes), loaded once, safely from several threads."""
        engine: SearchEngine | None = self.__dict__.get("_engine")
        if engine is not None:
            return engine
        with self._lock:
            engine = self.__dict__.get("_engine")
            if engine is None:
                from kb.embed import make_embedder
                from kb.search import SearchEngine

                embedder = self._embedder if self._embedder is not None else make_embedder(self.settings)
                engine = SearchEngine.load(self, embedder)
                self.__dict__["_engine"] = engine
        return engine

    def matcher(self, query: str | None) -> QueryMatcher:
        """What the search matched of a query, word by word (for marking the words that matched)."""
        from kb.glossary import lexical_query
        from kb.lexical import QueryMatcher

        analyzer = self.engine.index.lexical.analyzer
        return QueryMatcher(analyzer, analyzer.terms(lexical_query(query)) if query and query.strip() else ())

    def selection(self, filters: Mapping[str, object] | None, scope: str = PASSAGES) -> Selection:
        """Validated filters for a scope (passages for search and answers, items for the register)."""
        return select(self, filters, scope)

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Mapping[str, object] | Selection | None = None,
        ranking: Ranking | None = None,
        page: int = 1,
        judge: bool = True,
    ) -> SearchResult:
        """The k best passages for a query across all documents (or those passing the filters), with citations,
        and (unless `judge` is False: an answer judges its own sentences) how strong the evidence is."""
        chosen = filters if isinstance(filters, Selection) else self.selection(filters, PASSAGES)
        page = check_page(page)
        if page * k > MAX_RESULTS:
            raise UsageError(f"Results stop at {MAX_RESULTS}: page {page} of {k} results is past them")
        hits, signals, total = self.engine.search(query, k, chosen, ranking, offset=(page - 1) * k)
        text = " ".join(query.split())
        weak, note = False, ""
        if judge:
            from kb.answer import evidence_verdict

            # the verdict is about the question, so every page of its results says the same: judged on the first
            first = hits if page == 1 else self.engine.search(query, k, chosen, ranking)[0]
            weak, note = evidence_verdict(self.engine, text, first)
        return SearchResult(text, tuple(hits), chosen.as_dict(), tuple(signals), total, page, k, weak, note)

    def facets(self, selection: Selection, query: str | None = None) -> list[Facet]:
        """The filters of the selection's scope with, per value, how many results it would leave: register items,
        or (with a query) the query's candidate passages."""
        targets: Sequence[Target]
        if selection.scope == ITEMS:
            targets = self._item_targets
        else:
            targets = self.engine.query_targets(query or "")
        return facets(self, selection, targets)

    def ask(self, query: str, k: int = 10, filters: Mapping[str, object] | Selection | None = None) -> Answer:
        """An extractive answer: the best sentences per document, each with its own narrowed citation."""
        from kb.answer import answer

        return answer(self, self.search(query, k, filters, judge=False))  # the answer judges the same sentences

    # -- register --------------------------------------------------------------------------------------------

    @cached_property
    def _items(self) -> list[Item]:
        return self.store.items()

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self._items}

    @cached_property
    def _item_targets(self) -> list[ItemTarget]:
        return [ItemTarget(i, self._documents[i.document_id]) for i in self._items]

    def items(self, filters: Mapping[str, object] | Selection | None = None) -> list[Item]:
        """Register items in register order, those passing the filters (type, document, theme, text, …)."""
        chosen = filters if isinstance(filters, Selection) else self.selection(filters, ITEMS)
        if not chosen:
            return list(self._items)
        return [t.item for t in self._item_targets if chosen.accepts(t)]

    def item(self, item_id: str) -> Item:
        found = self._items_by_id.get(item_id)
        if found is None:
            raise NotFoundError(f"No register item {item_id!r} — list them with `kb items`")
        return found

    def item_types(self) -> set[str]:
        return set(self._item_types)

    def item_themes(self) -> set[str]:
        return set(self._item_themes)

    @cached_property
    def _item_types(self) -> frozenset[str]:
        return frozenset(item.type for item in self._items)

    @cached_property
    def _item_themes(self) -> frozenset[str]:
        return frozenset(theme for item in self._items for theme in item.themes)

    @cached_property
    def _items_by_passage(self) -> dict[str, list[Item]]:
        found: dict[str, list[Item]] = {}
        for item in self._items:
            for passage_id in item.passage_ids:
                found.setdefault(passage_id, []).append(item)
        return found

    def items_in(self, passage_id: str) -> list[Item]:
        """The register items a passage holds."""
        return self._items_by_passage.get(passage_id, [])

    def item_passage(self, item: Item) -> str | None:
        """The passage to open for an item: one of its own section that holds its first character, else any that
        holds that character, else the first that overlaps it."""
        holding = [
            p for p in (self.passage(pid) for pid in item.passage_ids) if p.char_start <= item.char_start < p.char_end
        ]
        own = [p for p in holding if p.section_id == item.section_id]
        if own or holding:
            return (own or holding)[0].id
        return item.passage_ids[0] if item.passage_ids else self.passage_at(item.document_id, item.char_start)

    def item_citation(self, item: Item) -> Citation:
        return cite(self.document(item.document_id), item)

    @cached_property
    def _proposed_links(self) -> list[Link]:
        return self.store.links()

    def _curated(self) -> tuple[list[Link], dict[str, list[Link]], Curation]:
        """The proposed links with people's decisions applied: rejected ones gone, confirmed ones marked (and
        first), added ones joined — recomputed only when the curation log changed."""
        stamp = self._curation_log.stamp()
        with self._lock:
            if self._curation_cache is not None and self._curation_cache[0] == stamp:
                return self._curation_cache[1]
        curation = self._curation_log.read()
        merged: list[Link] = []
        for link in self._proposed_links:
            key = (link.source_id, link.kind, link.target_id)
            if key in curation.rejected:
                continue
            if key in curation.confirmed:
                link = replace(link, status="confirmed", confidence=1.0)
            merged.append(link)
        proposed = {(link.source_id, link.kind, link.target_id) for link in self._proposed_links}
        for source, kind, target in curation.added:
            known = source in self._items_by_id and target in self._items_by_id
            if known and (source, kind, target) not in proposed:
                merged.append(Link(source, target, kind, 0.0, "person", 1.0, "", "confirmed"))
        merged.sort(key=lambda link: (link.status != "confirmed", -link.confidence, -link.score))
        value = (merged, links_by_item(merged), curation)
        with self._lock:
            self._curation_cache = (stamp, value)
        return value

    def links(self, item_id: str | None = None) -> list[Link]:
        """Every link, or those with `item_id` at either end: confirmed ones first, then by confidence; links a
        person rejected are left out, links a person added are in."""
        merged, by_item, _ = self._curated()
        return list(merged) if item_id is None else list(by_item.get(item_id, []))

    def link_count(self, item_id: str) -> int:
        return len(self._curated()[1].get(item_id, []))

    def curation(self) -> Curation:
        return self._curated()[2]

    def is_standalone(self, item_id: str) -> bool:
        return item_id in self.curation().standalone

    def curate(self, decision: Decision) -> Decision:
        """Record a person's decision on a link or an item (both items must exist); it survives every rebuild."""
        for item_id in decision.items():
            self.item(item_id)
        return self._curation_log.append(decision)

    def trace(self, filters: Mapping[str, object] | Selection | None = None) -> TraceReport:
        """Coverage per document, the holes and the goal matrix of the items passing the register filters."""
        from kb.holes import across_levels, coverage, holes, matrix

        chosen = self.items(filters)
        links = self.links()
        standalone = self.curation().standalone  # read once, not once per item
        found = holes(chosen, links, standalone.__contains__)
        return TraceReport(
            tuple(found),
            tuple(coverage(chosen, found)),
            tuple(matrix([i for i in chosen if i.type == "goal"], links)),
            tuple(across_levels(self._items, links, lambda document_id: self.document(document_id).level)),
        )

    def curation_report(self) -> dict[str, Any]:
        """How many decisions there are, and those naming items this build no longer has (kept, not dropped)."""
        curation = self.curation()
        return {
            "decisions": len(curation.decisions),
            "confirmed": len(curation.confirmed),
            "rejected": len(curation.rejected),
            "added": len(curation.added),
            "standalone": len(curation.standalone),
            "vanished": [asdict(d) for d in curation.vanished(self._items_by_id)],
        }

    def stats(self) -> dict[str, Any]:
        items = self._items
        themes: Counter[str] = Counter(theme for item in items for theme in item.themes)
        return {
            "counts": self.counts(),
            "items_per_type": dict(Counter(i.type for i in items).most_common()),
            "items_per_document": dict(Counter(i.document_id for i in items).most_common()),
            "items_per_theme": dict(themes.most_common()),
        }
