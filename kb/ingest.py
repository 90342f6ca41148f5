"""Ingest: one source file → ParsedDocuments (read, split by catalogue, clean, structure, passages)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from itertools import count
from pathlib import Path

from kb.catalogue import Catalogue, guess_meta, split_documents
from kb.clean import WordScore, clean_lines
from kb.models import Document, DocumentMeta, ParsedDocument, content_hash
from kb.passages import DEFAULT_TARGET_WORDS, make_passages
from kb.sources import read_source
from kb.structure import build_structure


def ingest_lines(
    lines: Sequence[str],
    meta: DocumentMeta,
    source_label: str,
    first_line_number: int = 1,
    pages: Sequence[int | None] | None = None,
    chunk_words: int = DEFAULT_TARGET_WORDS,
    word_score: WordScore | None = None,
) -> ParsedDocument:
    """One document's raw lines (source line numbers from `first_line_number`) → ParsedDocument."""
    cleaned = clean_lines(lines, first_line_number, pages, word_score=word_score)
    sections, blocks = build_structure(meta.id, meta.title, cleaned.text, cleaned.source_map, cleaned.footnotes)
    passages = make_passages(meta.id, cleaned.text, cleaned.source_map, sections, blocks, target_words=chunk_words)
    known_pages = [p for p in (pages or []) if p is not None]
    document = Document(
        id=meta.id,
        code=meta.code,
        title=meta.title,
        issuer=meta.issuer,
        level=meta.level,
        year=meta.year,
        doc_type=meta.doc_type,
        status=meta.status,
        source=source_label,
        line_start=first_line_number,
        line_end=first_line_number + max(len(lines) - 1, 0),
        page_start=min(known_pages) if known_pages else None,
        page_end=max(known_pages) if known_pages else None,
        content_hash=content_hash(meta.id, cleaned.text, length=16),
        guessed=meta.guessed,
    )
    return ParsedDocument(
        document,
        cleaned.text,
        cleaned.source_map,
        sections,
        blocks,
        passages,
        cleaned.warnings,
        tuple(lines),
        tuple(pages) if pages is not None else tuple(None for _ in lines),
    )


def ingest_text(
    text: str,
    meta: DocumentMeta,
    source_label: str = "<text>",
    chunk_words: int = DEFAULT_TARGET_WORDS,
    word_score: WordScore | None = None,
) -> ParsedDocument:
    """A whole text as one document (for tests and pasted text); pages from the page-start rule."""
    from kb.sources import split_text_pages

    lines, pages = split_text_pages(text)
    return ingest_lines(lines, meta, source_label, 1, pages, chunk_words=chunk_words, word_score=word_score)


def parse_file(
    path: Path,
    catalogue: Catalogue,
    source_label: str,
    chunk_words: int = DEFAULT_TARGET_WORDS,
    taken_ids: Collection[str] = (),
) -> tuple[list[ParsedDocument], list[str]]:
    """The documents in one file and file-level warnings; IngestError when the file cannot be read at all.

    A document whose id is in `taken_ids` (another document of the build has it) gets the next free one,
    with a warning."""
    source = read_source(path)
    warnings = list(source.warnings)
    entry = catalogue.lookup(path.name, source.sha256)
    if entry is None:
        meta = guess_meta(source.text, path.name)
        warnings.append(
            f"{source_label}: no catalogue entry — metadata guessed from the text (title {meta.title!r}); "
            "add the file to catalogue.toml"
        )
        ranges = [(0, len(source.lines))]
        metas = [meta]
    else:
        ranges, split_warnings = split_documents(source.lines, entry)
        warnings.extend(split_warnings)
        metas = [document.meta for document in entry.documents]
    documents: list[ParsedDocument] = []
    taken = set(taken_ids)
    for meta, (start, end) in zip(metas, ranges, strict=True):
        if meta.id in taken:
            free = next(f"{meta.id}-{n}" for n in count(2) if f"{meta.id}-{n}" not in taken)
            warnings.append(
                f"{source_label}: the id {meta.id!r} is already used by another document; this one is {free!r} "
                "— give it its own id in catalogue.toml"
            )
            meta = dataclasses.replace(meta, id=free)
        taken.add(meta.id)
        if end <= start or not any(line.strip() for line in source.lines[start:end]):
            warnings.append(f"{source_label}: document {meta.id!r} has no text; skipped")
            continue
        documents.append(
            ingest_lines(
                source.lines[start:end],
                meta,
                source_label,
                start + 1,
                source.pages[start:end],
                chunk_words=chunk_words,
            )
        )
    return documents, warnings
