"""Passages (pure): sentence-aware, section-pure chunks of a document's blocks, with source spans and stable ids."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kb.models import Block, Passage, Section, SourceMap, content_hash

DEFAULT_TARGET_WORDS = 250  # passage size in words: the one default (measured best: benchmarks/RESULTS.md)
_NLP: Any = None


def sentence_model() -> Any:
    """spaCy blank Dutch pipeline with a rule-based sentencizer, built once (lazily)."""
    global _NLP
    if _NLP is None:
        import spacy

        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 5_000_000
        _NLP = nlp
    return _NLP


def sentence_spans(text: str, char_start: int, char_end: int) -> list[tuple[int, int]]:
    """Sentence spans (document char offsets) inside text[char_start:char_end]."""
    piece = text[char_start:char_end]
    spans: list[tuple[int, int]] = []
    for sentence in sentence_model()(piece).sents:
        start = char_start + sentence.start_char
        end = char_start + sentence.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans or [(char_start, char_end)]


def _words(text: str) -> int:
    return len(text.split())


def _is_lead_in(text: str) -> bool:
    """A short sub-heading or list lead-in ("Strategisch langetermijndoel", "Wij vragen Gedeputeerde Staten:")."""
    text = text.strip()
    return text.endswith(":") or (len(text.split()) <= 10 and not re.search(r"[.!?;,][\"'”’)]*$", text))


CONTENT_HEADING_WORDS = 8  # a "heading" this long (or a lead-in ending in ":") is content, not only a title


def _content_heading(text: str) -> bool:
    """A line the structure read as a heading that says something: long, or a lead-in to what follows."""
    text = text.strip()
    return len(text.split()) >= CONTENT_HEADING_WORDS or text.endswith(":")


def _merge_small_tails(
    text: str,
    source_map: SourceMap,
    groups: list[list[tuple[int, int]]],
    sections: list[str | None],
    footnotes: list[bool],
    min_words: int,
    max_words: int,
) -> None:
    """A too-small body chunk ("Cultuur Cultuurnota 2025-2028", "Wat gaan we doen:") joins the chunk before it
    in the same section when the two fit in max_words and stay in source order; lead-ins keep their own start."""
    index = len(groups) - 1
    while index > 0:
        words = sum(_words(text[a:b]) for a, b in groups[index])
        before = index - 1
        if (
            words < min_words
            and not footnotes[index]
            and not footnotes[before]
            and sections[index] == sections[before]
            and not (len(groups[index]) > 1 and _is_lead_in(text[groups[index][0][0] : groups[index][0][1]]))
        ):
            before_words = sum(_words(text[a:b]) for a, b in groups[before])
            in_order = source_map.span(*groups[before][-1])[1] <= source_map.span(*groups[index][0])[0]
            if before_words + words <= max_words and in_order:
                groups[before].extend(groups[index])
                del groups[index], sections[index], footnotes[index]
        index -= 1


def passage_text(text: str, char_start: int, char_end: int) -> str:
    """The passage's text: the document text of its span with line breaks folded to single spaces."""
    return re.sub(r"\s+", " ", text[char_start:char_end]).strip()


def _split_long(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Cut a too-long sentence at word boundaries into pieces of at most max_words words."""
    pieces: list[tuple[int, int]] = []
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(0, len(tokens), max_words):
        chunk = tokens[i : i + max_words]
        pieces.append((chunk[0][0], chunk[-1][1]))
    return pieces


def make_passages(
    document_id: str,
    text: str,
    source_map: SourceMap,
    sections: Sequence[Section],
    blocks: Sequence[Block],
    target_words: int = DEFAULT_TARGET_WORDS,
    min_words: int | None = None,
    max_words: int | None = None,
) -> tuple[Passage, ...]:
    """Chunk each section's blocks into passages of about `target_words` words; a passage never crosses a
    section, a footnote, or the document; bullets stay whole; headings are not passages on their own."""
    if target_words < 10:
        raise ValueError("target_words must be at least 10")
    min_words = min_words if min_words is not None else max(10, target_words // 3)
    max_words = max_words if max_words is not None else max(target_words * 2, target_words + 40)
    section_by_id = {section.id: section for section in sections}

    groups: list[list[tuple[int, int]]] = []  # each group: spans that form one passage
    group_section: list[str | None] = []
    current: list[tuple[int, int]] = []
    current_words = 0
    current_section: str | None = None
    current_last_line = 0
    content_heading: Block | None = None
    current_is_footnote = False
    group_footnote: list[bool] = []

    def flush() -> None:
        nonlocal current, current_words
        if current:
            groups.append(current)
            group_section.append(current_section)
            group_footnote.append(current_is_footnote)
        current, current_words = [], 0

    for block in blocks:
        if block.kind == "heading":
            flush()
            current_section = block.section_id
            # "2.1 Verstrekken van een versnellingsbijdrage van € 10.000 per woning", "De opgave wordt als volgt
            # verdeeld:": a line read as a heading that is content opens the passage of its section's text, so it
            # can be quoted (never a passage on its own)
            content_heading = block if _content_heading(block.text) else None
            continue
        if block.section_id != current_section:
            flush()
            current_section = block.section_id
        if content_heading is not None:
            if content_heading.section_id == block.section_id and not current:
                current.append((content_heading.char_start, content_heading.char_end))
                current_words = _words(content_heading.text)
                current_last_line = content_heading.line_end
            content_heading = None
        if current and block.line_start < current_last_line:
            flush()  # cleaning moved text (a displaced box): a passage never runs backwards in the source
        current_last_line = max(current_last_line, block.line_end) if current else block.line_end
        words = _words(block.text)
        if block.kind == "footnote":
            flush()
            current.append((block.char_start, block.char_end))
            current_words, current_is_footnote = words, True
            flush()
            current_is_footnote = False
            continue
        if block.kind in ("bullet", "subbullet", "numbered", "table") and words <= max_words:
            units = [(block.char_start, block.char_end)]
        elif words <= target_words:
            units = [(block.char_start, block.char_end)]
        else:
            units = []
            for start, end in sentence_spans(text, block.char_start, block.char_end):
                if _words(text[start:end]) > max_words:
                    units.extend(_split_long(text, start, end, target_words))
                else:
                    units.append((start, end))
        if block.kind == "paragraph" and current_words >= min_words and _is_lead_in(block.text):
            flush()  # a lead-in ("Wij vragen Gedeputeerde Staten:") starts a passage with what it introduces
        for start, end in units:
            unit_words = _words(text[start:end])
            if current and current_words + unit_words > target_words and current_words >= min_words:
                flush()
            elif current and current_words + unit_words > max_words:
                flush()
            current.append((start, end))
            current_words += unit_words
    flush()
    _merge_small_tails(text, source_map, groups, group_section, group_footnote, min_words, max_words)

    passages: list[Passage] = []
    used: set[str] = set()
    for spans, section_id in zip(groups, group_section, strict=True):
        char_start, char_end = spans[0][0], spans[-1][1]
        body = passage_text(text, char_start, char_end)
        if not body:
            continue
        passage_id = content_hash(document_id, body, length=16)
        duplicate = 1
        while passage_id in used:  # the same text twice in one document: disambiguate by occurrence
            duplicate += 1
            passage_id = content_hash(document_id, body, str(duplicate), length=16)
        used.add(passage_id)
        line_start, line_end, page_start, page_end = source_map.span(char_start, char_end)
        section = section_by_id.get(section_id) if section_id is not None else None
        passages.append(
            Passage(
                id=passage_id,
                document_id=document_id,
                section_id=section_id,
                section_path=section.path if section is not None else (),
                ordinal=len(passages),
                text=body,
                line_start=line_start,
                line_end=line_end,
                page_start=page_start,
                page_end=page_end,
                char_start=char_start,
                char_end=char_end,
            )
        )
    return tuple(passages)
