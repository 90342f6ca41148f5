"""Tagging stage: Dutch rule tables → register Items (goals, requests, budgets, actions…) and passage tags (pure).

`rules` holds everything a policy expert may want to review (patterns with examples and counter-examples);
`tagger` walks a ParsedDocument through the stages that apply them — `lists` (units, list items, label segments,
programme-table rows), `sentences` (sentence rules), `money` (money in prose, budget tables), `finalise` (ids, Items)
with `attributes` (actor, addressee, deadline, passage tags), passing the records of `drafts`; `render` gives the
JSON record and text form of an item.
"""

from __future__ import annotations

from kb.tags.render import render_item
from kb.tags.rules import (
    GLOSSARY_TITLES,
    INLINE_LABELS,
    ITEM_TYPES,
    LIST_HEADERS,
    SENTENCE_RULES,
    TYPE_ABBREVIATIONS,
    SentenceRule,
    classify_sentence,
    list_header,
    split_sentences,
)
from kb.tags.tagger import TagResult, tag_document

__all__ = [
    "GLOSSARY_TITLES",
    "INLINE_LABELS",
    "ITEM_TYPES",
    "LIST_HEADERS",
    "SENTENCE_RULES",
    "TYPE_ABBREVIATIONS",
    "SentenceRule",
    "TagResult",
    "classify_sentence",
    "list_header",
    "render_item",
    "split_sentences",
    "tag_document",
]
