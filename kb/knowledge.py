"""Read side: KnowledgeBase.open(settings) — what the CLI and the web UI both call."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from kb.errors import IndexMissingError, NotFoundError
from kb.models import Block, Citation, Document, Item, Link, Passage, Section, SourceMap, citation_for, cite
from kb.pipeline import MANIFEST, read_manifest, recover
from kb.settings import Settings
from kb.store import Store


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


class KnowledgeBase:
    """An opened, validated knowledge base directory. Cheap to open; heavy indexes load on first use."""

    def __init__(self, settings: Settings, store: Store, manifest: dict[str, Any]):
        self.settings = settings
        self.store = store
        self.manifest = manifest
        self.index_dir = settings.index_dir
        self._lock = threading.Lock()
        self._source_maps: dict[str, SourceMap] = {}
        self._texts: dict[str, str] = {}

    @classmethod
    def open(cls, settings: Settings) -> KnowledgeBase:
        index_dir = settings.index_dir
        recover(index_dir)
        manifest = read_manifest(index_dir)
        if manifest is None:
            raise IndexMissingError(f"No knowledge base at {index_dir} — run `kb ingest` first")
        built_with = manifest.get("settings", {})
        if settings.embedder == "auto" and built_with.get("embedder"):
            # query with the model the index was built with, unless the user chose one explicitly
            settings = settings.replace(embedder=built_with["embedder"], model=built_with.get("model"))
        return cls(settings, Store.open(index_dir), manifest)

    def close(self) -> None:
        self.store.close()

    @property
    def manifest_path(self) -> str:
        return str(self.index_dir / MANIFEST)

    # -- documents and structure -----------------------------------------------------------------------------

    @cached_property
    def _documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.store.documents()}

    def documents(self) -> list[Document]:
        return list(self._documents.values())

    def document(self, document_id: str) -> Document:
        found = self._documents.get(document_id)
        return found if found is not None else self.store.document(document_id)

    def outline(self, document_id: str) -> list[Section]:
        return self.store.sections(self.document(document_id).id)

    def blocks(self, document_id: str) -> list[Block]:
        return self.store.blocks(self.document(document_id).id)

    def text(self, document_id: str) -> str:
        self._load_text(document_id)
        return self._texts[document_id]

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

    def passages(self) -> list[Passage]:
        return self._passages

    def passage(self, passage_id: str) -> Passage:
        position = self._passage_index.get(passage_id)
        if position is None:
            raise NotFoundError(f"No passage {passage_id!r} — find ids with `kb search` or `kb outline`")
        return self._passages[position]

    def citation(self, passage: Passage, quote: str | None = None) -> Citation:
        return cite(self.document(passage.document_id), passage, quote)

    def span_citation(self, passage: Passage, char_start: int, char_end: int) -> Citation:
        """Citation for a sub-span (e.g. one sentence) of a passage, with its own narrowed line span."""
        text = self.text(passage.document_id)
        line_start, line_end, page_start, page_end = self.source_map(passage.document_id).span(char_start, char_end)
        return citation_for(
            self.document(passage.document_id),
            passage.section_path,
            line_start,
            line_end,
            page_start,
            page_end,
            char_start,
            char_end,
            text[char_start:char_end],
        )

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

    # -- register --------------------------------------------------------------------------------------------

    def items(self, type: str | None = None, document: str | None = None, theme: str | None = None) -> list[Item]:
        document_id = self.document(document).id if document is not None else None
        return self.store.items(type=type, document_id=document_id, theme=theme)

    def item(self, item_id: str) -> Item:
        return self.store.item(item_id)

    def links(self, item_id: str | None = None) -> list[Link]:
        return self.store.links(item_id)

    def item_citation(self, item: Item) -> Citation:
        return cite(self.document(item.document_id), item)

    def stats(self) -> dict[str, Any]:
        items = self.store.items()
        themes: Counter[str] = Counter(theme for item in items for theme in item.themes)
        return {
            "counts": self.store.counts(),
            "items_per_type": dict(Counter(i.type for i in items).most_common()),
            "items_per_document": dict(Counter(i.document_id for i in items).most_common()),
            "items_per_theme": dict(themes.most_common()),
        }
