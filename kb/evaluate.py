"""Retrieval evaluation: Recall@5/@10, nDCG@10 and MRR of search on a JSONL query set, overall and per kind."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from kb.errors import UsageError
from kb.models import Document, Passage

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase
    from kb.search import Ranking

KINDS = ("single", "cross", "english", "keyword", "list")
OFFTOPIC = "offtopic"  # a question the collection does not answer: no quotes; its answer must come back weak
BOUNDARY_SHARE = 0.6  # a quote cut by a passage boundary counts when at least this share of its words is inside
CUTOFF = 10


@dataclass(frozen=True)
class Relevant:
    source: str
    quote: str


@dataclass(frozen=True)
class EvalQuery:
    id: str
    query: str
    kind: str
    relevant: tuple[Relevant, ...]


@dataclass
class QueryResult:
    id: str
    query: str
    kind: str
    quotes: int
    found_at: list[int | None]  # rank (1-based) at which each quote was first retrieved, None if not in the list
    findable: int  # quotes that some passage of the collection holds
    recall5: float
    recall10: float
    ndcg10: float
    mrr: float


@dataclass
class EvalReport:
    results: list[QueryResult] = field(default_factory=list)

    def summary(self, kind: str | None = None) -> dict[str, float]:
        chosen = [r for r in self.results if kind is None or r.kind == kind]
        if not chosen:
            return {"queries": 0}
        count = len(chosen)
        return {
            "queries": count,
            "recall@5": round(sum(r.recall5 for r in chosen) / count, 4),
            "recall@10": round(sum(r.recall10 for r in chosen) / count, 4),
            "ndcg@10": round(sum(r.ndcg10 for r in chosen) / count, 4),
            "mrr": round(sum(r.mrr for r in chosen) / count, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        kinds = sorted({r.kind for r in self.results}, key=lambda k: (KINDS.index(k) if k in KINDS else 99, k))
        unfindable = [{"id": r.id, "missing": r.quotes - r.findable} for r in self.results if r.findable < r.quotes]
        return {
            "overall": self.summary(),
            "per_kind": {kind: self.summary(kind) for kind in kinds},
            "unfindable_quotes": unfindable,
            "queries": [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "query": r.query,
                    "found_at": r.found_at,
                    "recall@10": round(r.recall10, 4),
                    "ndcg@10": round(r.ndcg10, 4),
                    "mrr": round(r.mrr, 4),
                }
                for r in self.results
            ],
        }

    def render(self) -> str:
        header = f"{'':<10} {'queries':>7} {'R@5':>7} {'R@10':>7} {'nDCG@10':>8} {'MRR':>7}"
        rows = [header]
        for label, summary in [("overall", self.summary())] + [
            (kind, self.summary(kind)) for kind in self.to_dict()["per_kind"]
        ]:
            if not summary.get("queries"):
                continue
            rows.append(
                f"{label:<10} {summary['queries']:>7} {summary['recall@5']:>7.3f} {summary['recall@10']:>7.3f} "
                f"{summary['ndcg@10']:>8.3f} {summary['mrr']:>7.3f}"
            )
        missing = sum(r.quotes - r.findable for r in self.results)
        if missing:
            rows.append(f"{missing} quote(s) are in no passage at all (text lost or changed by cleaning)")
        return "\n".join(rows)


# -- reading ---------------------------------------------------------------------------------------------------


def parse_queries(lines: Iterable[str], origin: str = "queries") -> list[EvalQuery]:
    queries: list[EvalQuery] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            relevant = tuple(Relevant(str(r["source"]), str(r["quote"])) for r in data["relevant"])
            query = EvalQuery(str(data["id"]), str(data["query"]), str(data.get("kind", "single")), relevant)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(
                f"{origin} line {number} is not a query object "
                f'{{"id", "query", "kind", "relevant": [{{"source", "quote"}}]}} ({exc})'
            ) from exc
        if not query.query.strip() or (not relevant and query.kind != OFFTOPIC):
            raise UsageError(
                f"{origin} line {number}: a query needs text and at least one relevant quote "
                f'(or kind "{OFFTOPIC}" for a question the documents do not answer)'
            )
        queries.append(query)
    if not queries:
        raise UsageError(f"{origin} holds no queries")
    return queries


def load_queries(path: Path) -> list[EvalQuery]:
    if not path.is_file():
        raise UsageError(f"No query file at {path} — give a JSONL file such as eval/queries.jsonl")
    with path.open(encoding="utf-8") as handle:
        return parse_queries(handle, origin=str(path))


# -- relevance -------------------------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Casefold, strip accents, fold punctuation and whitespace to single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " " + _NON_WORD.sub(" ", plain).strip() + " "


def _boundary_words(passage_words: list[str], quote_words: list[str]) -> int:
    """Most quote words that sit at the start or end of the passage when the quote crosses its boundary."""
    best = 0
    limit = min(len(passage_words), len(quote_words))
    for size in range(limit, 0, -1):
        if passage_words[-size:] == quote_words[:size] or passage_words[:size] == quote_words[-size:]:
            best = size
            break
    return best


def matches(passage_normal: str, quote_normal: str) -> bool:
    """Whether a (normalised) passage holds a (normalised) quote, or most of one cut by its boundary."""
    if quote_normal in passage_normal:
        return True
    quote_words = quote_normal.split()
    if len(quote_words) < 3:
        return False
    inside = _boundary_words(passage_normal.split(), quote_words)
    return inside >= max(3, math.ceil(BOUNDARY_SHARE * len(quote_words)))


def _file_name(source: str) -> str:
    return PurePosixPath(source.replace("\\", "/")).name


class Judge:
    """Decides which passages of a collection hold which quotes (normalisation cached)."""

    def __init__(self, passages: Sequence[Passage], documents: Sequence[Document]):
        sources = {d.id: _file_name(d.source) for d in documents}
        self.file_of = {p.id: sources.get(p.document_id, "") for p in passages}
        self.normal = {p.id: normalize(p.text) for p in passages}
        self.by_file: dict[str, list[str]] = {}
        for p in passages:
            self.by_file.setdefault(self.file_of[p.id], []).append(p.id)

    def holds(self, passage_id: str, relevant: Relevant) -> bool:
        if self.file_of.get(passage_id) != _file_name(relevant.source):
            return False
        return matches(self.normal[passage_id], normalize(relevant.quote))

    def holders(self, relevant: Relevant) -> set[str]:
        return {pid for pid in self.by_file.get(_file_name(relevant.source), []) if self.holds(pid, relevant)}


def ideal_passages(judge: Judge, relevant: Sequence[Relevant]) -> int:
    """Fewest passages that hold every findable quote (greedy set cover) plus one per unfindable quote."""
    holders = [judge.holders(r) for r in relevant]
    uncovered = {i for i, h in enumerate(holders) if h}
    count = len(relevant) - len(uncovered)
    while uncovered:
        pool: dict[str, set[int]] = {}
        for i in uncovered:
            for pid in holders[i]:
                pool.setdefault(pid, set()).add(i)
        covered = max(pool.values(), key=len)
        uncovered -= covered
        count += 1
    return count


def score_ranking(query: EvalQuery, ranked_ids: Sequence[str], judge: Judge, cutoff: int = CUTOFF) -> QueryResult:
    quotes = list(query.relevant)
    found_at: list[int | None] = [None] * len(quotes)
    dcg, first = 0.0, 0.0
    for rank, passage_id in enumerate(ranked_ids[:cutoff], start=1):
        new = False
        for i, relevant in enumerate(quotes):
            if judge.holds(passage_id, relevant):
                if found_at[i] is None:
                    found_at[i] = rank
                    new = True
                if not first:
                    first = 1.0 / rank
        if new:
            dcg += 1.0 / math.log2(rank + 1)
    ideal = min(ideal_passages(judge, quotes), cutoff)
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, ideal + 1))
    findable = sum(1 for r in quotes if judge.holders(r))
    return QueryResult(
        id=query.id,
        query=query.query,
        kind=query.kind,
        quotes=len(quotes),
        found_at=found_at,
        findable=findable,
        recall5=sum(1 for f in found_at if f is not None and f <= 5) / len(quotes),
        recall10=sum(1 for f in found_at if f is not None and f <= 10) / len(quotes),
        ndcg10=min(1.0, dcg / idcg) if idcg else 0.0,
        mrr=first,
    )


def evaluate(
    queries: Sequence[EvalQuery],
    ranker: Callable[[str], Sequence[str]],
    passages: Sequence[Passage],
    documents: Sequence[Document],
    cutoff: int = CUTOFF,
) -> EvalReport:
    """Run `ranker(query) -> passage ids, best first` for every query and score it against the quotes."""
    judge = Judge(passages, documents)
    report = EvalReport()
    for query in queries:
        if not query.relevant:
            continue  # an off-topic question has nothing to retrieve; evaluate_answers checks it comes back weak
        report.results.append(score_ranking(query, list(ranker(query.query))[:cutoff], judge, cutoff))
    return report


@dataclass
class AnswerResult:
    id: str
    kind: str
    weak: bool
    quotes: int
    quoted: int  # marked answers that some quoted sentence holds
    documents: int  # documents the answer quotes from

    @property
    def holds_answer(self) -> bool:
        return self.quoted > 0


@dataclass
class AnswerReport:
    results: list[AnswerResult] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        answerable = [r for r in self.results if r.kind != OFFTOPIC]
        offtopic = [r for r in self.results if r.kind == OFFTOPIC]
        summary: dict[str, float] = {"questions": len(answerable), "offtopic": len(offtopic)}
        if answerable:
            summary["answer_in_quotes"] = round(sum(r.holds_answer for r in answerable) / len(answerable), 4)
            summary["answers_quoted"] = round(
                sum(r.quoted for r in answerable) / max(1, sum(r.quotes for r in answerable)), 4
            )
            summary["answerable_marked_weak"] = round(sum(r.weak for r in answerable) / len(answerable), 4)
        if offtopic:
            summary["offtopic_flagged_weak"] = round(sum(r.weak for r in offtopic) / len(offtopic), 4)
        return summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "questions": [
                {"id": r.id, "kind": r.kind, "weak": r.weak, "quotes": r.quotes, "quoted": r.quoted}
                for r in self.results
            ],
        }

    def render(self) -> str:
        s = self.summary()
        lines = ["answers:"]
        if "answer_in_quotes" in s:
            lines.append(
                f"  a quoted sentence holds a marked answer: {s['answer_in_quotes']:.3f} of {s['questions']:.0f}"
            )
            lines.append(f"  marked answers quoted:                   {s['answers_quoted']:.3f}")
            lines.append(f"  answerable questions marked weak:        {s['answerable_marked_weak']:.3f}")
        if "offtopic_flagged_weak" in s:
            lines.append(
                f"  off-topic questions flagged weak:        {s['offtopic_flagged_weak']:.3f} of {s['offtopic']:.0f}"
            )
        return "\n".join(lines)


def quote_in_sentence(sentence_normal: str, quote_normal: str) -> bool:
    """Whether a quoted sentence holds a marked answer: the quote inside it, or the sentence (a trimmed or cut
    one) inside most of the quote."""
    if quote_normal in sentence_normal:
        return True
    words = sentence_normal.split()
    return len(words) >= 5 and sentence_normal in quote_normal


def evaluate_answers(kb: KnowledgeBase, queries: Sequence[EvalQuery], k: int = CUTOFF) -> AnswerReport:
    """Ask every question; score whether the quoted sentences hold the marked answers (and off-topic ones are weak)."""
    report = AnswerReport()
    for query in queries:
        answer = kb.ask(query.query, k=k)
        quoted = [
            (_file_name(group.document.source), normalize(evidence.text))
            for group in answer.documents
            for evidence in group.evidence
        ]
        held = sum(
            1
            for relevant in query.relevant
            if any(
                source == _file_name(relevant.source) and quote_in_sentence(text, normalize(relevant.quote))
                for source, text in quoted
            )
        )
        report.results.append(
            AnswerResult(query.id, query.kind, answer.weak, len(query.relevant), held, len(answer.documents))
        )
    return report


def evaluate_kb(
    kb: KnowledgeBase, queries: Sequence[EvalQuery], cutoff: int = CUTOFF, ranking: Ranking | None = None
) -> EvalReport:
    """Evaluate a knowledge base's search (optionally with other ranking knobs) on the queries."""

    def ranker(text: str) -> list[str]:
        return [hit.passage.id for hit in kb.search(text, k=cutoff, ranking=ranking, judge=False).hits]

    engine = kb.engine
    return evaluate(queries, ranker, engine.passages, list(engine.documents.values()), cutoff)
