"""Trace stage: typed, explainable links between register items across documents (pure).

Every link rests on two visible facts: the items share a theme from the controlled list (or a section),
and their texts share content words (Jaccard overlap of word stems, the link's score). The link kind says
how the two relate, read off the item types and the documents' government levels.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from kb.models import Document, Item, Link
from kb.text import STOP_WORDS

# Government levels, highest first: an item of a lower level can implement one of a higher level.
LEVEL_RANK: dict[str, int] = {"rijk": 0, "provincie": 1, "gemeente": 2, "maatschappelijke organisatie": 3}

# Link rules: (kind, source types, target types, relation between the documents, minimum score). One per row.
LINK_RULES: tuple[tuple[str, frozenset[str], frozenset[str], str, float], ...] = (
    # a municipal action or commitment carries out a provincial (or national) goal or request
    ("implements", frozenset({"action", "commitment"}), frozenset({"goal", "request_gs", "action"}), "lower", 0.15),
    # a budget line pays for an action, goal or commitment in the same document
    ("funds", frozenset({"budget"}), frozenset({"action", "goal", "commitment"}), "same", 0.12),
    # a civil-society request answers (or is answered by) a government goal or commitment
    ("responds_to", frozenset({"request"}), frozenset({"goal", "commitment", "action"}), "other", 0.10),
    # the same goal or commitment stated in two documents of the same level
    ("same_topic", frozenset({"goal", "commitment"}), frozenset({"goal", "commitment"}), "peer", 0.25),
)

MAX_LINKS_PER_ITEM = 3  # keep only the strongest few links per source item and kind

# Words that say nothing about the topic of an item: the Dutch stop words and policy filler.
TOPIC_STOP_WORDS = STOP_WORDS | frozenset(
    """daarbij daarom hierbij binnen tussen waarbij alle samen goed goede nieuwe nieuw verder ruimte mogelijk
    mogelijkheden andere zoals gemeente gemeenten provincie provinciale inwoners partners basis
    volgende hoofddoel hoofddoelstelling deelopgave strategisch doel ambitie""".split()
)


def stem(word: str) -> str:
    """A light Dutch stem: lower case, common plural and inflection endings removed."""
    word = word.lower()
    for suffix in ("heden", "ingen", "ing", "en", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-zà-ÿ]{4,}", text.lower())
    return frozenset(stem(w) for w in words if w not in TOPIC_STOP_WORDS)


def similarity(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float] | None = None) -> float:
    """Jaccard overlap of two word sets; with `weight` (idf), rare shared words count for more."""
    if not a or not b:
        return 0.0
    if weight is None:
        return len(a & b) / len(a | b)
    union = sum(weight.get(w, 1.0) for w in a | b)
    return sum(weight.get(w, 1.0) for w in a & b) / union if union else 0.0


def idf_weights(word_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """log(N / document frequency) per word over the items: words every item uses weigh little."""
    frequency: dict[str, int] = defaultdict(int)
    for words in word_sets:
        for word in words:
            frequency[word] += 1
    total = max(1, len(word_sets))
    return {word: math.log((total + 1) / (count + 0.5)) for word, count in frequency.items()}


def _relation_ok(relation: str, source: Document | None, target: Document | None) -> bool:
    if source is None or target is None:
        return False
    if relation == "same":
        return source.id == target.id
    if source.id == target.id:
        return False
    if relation == "other":
        return True
    source_rank = LEVEL_RANK.get(source.level or "", -1)
    target_rank = LEVEL_RANK.get(target.level or "", -1)
    if relation == "lower":
        return source_rank > target_rank >= 0
    if relation == "peer":
        return source_rank == target_rank and source_rank >= 0
    return False


def link_items(items: Sequence[Item], documents: Sequence[Document]) -> list[Link]:
    """Typed links (implements, funds, responds_to, same_topic) with the word-overlap score as evidence."""
    by_id = {d.id: d for d in documents}
    words = {item.id: content_words(item.text) for item in items}
    weight = idf_weights(list(words.values()))
    by_word: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for word in words[item.id]:
            by_word[word].append(item)
    links: list[Link] = []
    seen: set[tuple[str, str, str]] = set()
    for source in items:
        candidates: dict[str, Item] = {}
        for word in words[source.id]:
            if len(by_word[word]) > 200:
                continue  # too common to be evidence
            for target in by_word[word]:
                if target.id != source.id:
                    candidates[target.id] = target
        for kind, source_types, target_types, relation, minimum in LINK_RULES:
            if source.type not in source_types:
                continue
            scored: list[tuple[float, str]] = []
            for target in candidates.values():
                if target.type not in target_types:
                    continue
                if not _relation_ok(relation, by_id.get(source.document_id), by_id.get(target.document_id)):
                    continue
                shares_context = bool(set(source.themes) & set(target.themes)) or (
                    relation == "same" and source.section_id is not None and source.section_id == target.section_id
                )
                if not shares_context:
                    continue
                score = similarity(words[source.id], words[target.id], weight)
                if score >= minimum:
                    scored.append((score, target.id))
            for score, target_id in sorted(scored, key=lambda s: (-s[0], s[1]))[:MAX_LINKS_PER_ITEM]:
                if kind == "same_topic" and (target_id, source.id, kind) in seen:
                    continue  # symmetric: keep one direction
                seen.add((source.id, target_id, kind))
                links.append(Link(source.id, target_id, kind, round(score, 3)))
    return links


def explain(link: Link, items: Sequence[Item]) -> str:
    """One line saying why two items are linked: shared themes and shared words."""
    by_id = {i.id: i for i in items}
    source, target = by_id.get(link.source_id), by_id.get(link.target_id)
    if source is None or target is None:
        return f"{link.source_id} {link.kind} {link.target_id}"
    shared = sorted(content_words(source.text) & content_words(target.text))
    themes = sorted(set(source.themes) & set(target.themes))
    return (
        f"{source.id} {link.kind} {target.id} (score {link.score:.2f}; themes: {', '.join(themes) or '-'}; "
        f"shared words: {', '.join(shared[:8])})"
    )
