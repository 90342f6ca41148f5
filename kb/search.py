"""Search: hybrid retrieval (FAISS + BM25), filters, tag-aware boosting, diversity, near-duplicate collapse."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from kb.filters import PassageTarget, Selection, check_k, check_query
from kb.glossary import lexical_query
from kb.lexical import fold, words
from kb.models import Document, Hit, Passage, cite

if TYPE_CHECKING:
    from kb.embed import Embedder
    from kb.index import LoadedIndex

CANDIDATES = 100  # from each retriever before fusion
QUERY_VECTOR_CACHE = 256  # recent questions whose vectors are kept

# Fusion: weighted sum of min-max scaled cosine and max-scaled BM25 over the union of both candidate lists
# ("score"), or reciprocal rank fusion (Cormack et al. 2009, "rrf"). Measured on eval/queries.jsonl with
# e5 and 200-word passages: score fusion nDCG@10 0.80 vs RRF 0.71 (benchmarks/RESULTS.md).
RRF_K = 60
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
FUSION = "score"  # score | rrf (measured: score fusion wins, see benchmarks/RESULTS.md)
# A third retriever: each passage scored by its best sentence's cosine with the question (the sentence vectors the
# answer quotes from), so a passage whose one sentence answers is not drowned by the rest of its 200 words. Weight
# chosen on the development half of eval/queries-v2 (0.1–0.35 all help; 0.25 the middle of the best plateau):
# R@10 0.775 → 0.785, MRR 0.698 → 0.724; the test half, scored once: R@10 0.788 → 0.797, MRR 0.751 → 0.759.
SENTENCE_WEIGHT = 0.25

TAG_BOOST = 0.25  # fused score × (1 + TAG_BOOST) for a passage carrying the tag the question asks for (0.25 vs 0.5:
# nDCG@10 0.819 vs 0.808 at 200-word passages, better on both halves of the eval set; see benchmarks/RESULTS.md)
# Each further passage of the same document competes with score × DOCUMENT_DECAY^n, so a cross-document question
# shows every document that answers it. Measured (200-word passages, dev set / test set R@10): 0.92 → 0.863 /
# 0.694, 0.96 → 0.868 / 0.717, 1.0 (no diversity) → 0.867 / 0.742; 0.96 keeps the best cross-document recall on
# the dev set (0.729) while list questions answered in one document keep most of their depth.
DOCUMENT_DECAY = 0.96
DUPLICATE_JACCARD = 0.8  # word-trigram overlap at or above which a lower-ranked passage is a near duplicate
CONTAINED_SHARE = 0.9  # ... or this share of its own trigrams inside a passage already shown

# Question wording that asks for a kind of register item → the passage tag to boost.
INTENT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "welke verzoeken aan GS…", "wat vragen PS aan Gedeputeerde Staten"
    (
        re.compile(r"\b(verzoek\w*|vraag|vragen|vraagt|gevraagd|opdracht\w*)\b.*\b(gs|gedeputeerde staten)\b"),
        "request_gs",
    ),
    # "GS wordt gevraagd…", "Gedeputeerde Staten verzoeken"
    (re.compile(r"\b(gs|gedeputeerde staten)\b.*\b(verzoek\w*|vraag|vragen|gevraagd|opdracht\w*)\b"), "request_gs"),
    # English: "requests to the provincial executive"
    (re.compile(r"\brequests?\b.*\b(gs|provincial executive|gedeputeerde staten|executive)\b"), "request_gs"),
    # "welk budget…", "hoeveel geld", "wat kost", "subsidie", "financiering", English money words
    (
        re.compile(
            r"\b(budget\w*|begroting\w*|geld|kost\w*|financ\w*|subsidie\w*|bedrag\w*|euro|reserve\w*|"
            r"money|funding|funds?|costs?|spend\w*)\b"
        ),
        "budget",
    ),
    # "doelen", "doelstelling", "ambities", English goals
    (
        re.compile(
            r"\b(doel|doelen|doelstelling\w*|hoofddoel\w*|ambitie\w*|streefdoel\w*|goals?|targets?|objectives?)\b"
        ),
        "goal",
    ),
    # "acties", "maatregelen", "wat gaan ze doen", English actions
    (re.compile(r"\b(actie|acties|maatregel\w*|wat gaan (we|wij|ze) doen|actions?|measures?)\b"), "action"),
    # decisions, motions, amendments
    (re.compile(r"\b(besluit\w*|besloten|motie\w*|amendement\w*|vastgesteld|decisions?|motions?)\b"), "decision"),
)


def detect_intents(query: str) -> tuple[str, ...]:
    """Passage tags the wording of a question asks for ("welk budget…" → budget)."""
    folded = fold(query)
    return tuple(dict.fromkeys(tag for pattern, tag in INTENT_RULES if pattern.search(folded)))


class SearchSource(Protocol):
    """What loading a search engine needs from a knowledge base (kb.knowledge.KnowledgeBase provides it)."""

    @property
    def index_dir(self) -> Path: ...

    def documents(self) -> list[Document]: ...

    def passages(self) -> list[Passage]: ...

    def tags_of(self, passage_id: str) -> tuple[str, ...]: ...


@dataclass
class Candidate:
    position: int
    score: float = 0.0
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float = 0.0
    lexical_score: float = 0.0
    sentence_rank: int | None = None
    sentence_score: float = 0.0


@dataclass
class Ranking:
    """Tunable ranking knobs (defaults are the measured choice; evaluate.py and benchmarks vary them)."""

    fusion: str = FUSION
    dense_weight: float = DENSE_WEIGHT
    lexical_weight: float = LEXICAL_WEIGHT
    sentence_weight: float = SENTENCE_WEIGHT
    rrf_k: int = RRF_K
    tag_boost: float = TAG_BOOST
    document_decay: float = DOCUMENT_DECAY
    duplicate_jaccard: float = DUPLICATE_JACCARD
    candidates: int = CANDIDATES


def _shingles(text: str) -> frozenset[str]:
    tokens = words(text)
    if len(tokens) < 3:
        return frozenset(tokens)
    return frozenset(" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2))


def near_duplicate(candidate: frozenset[str], kept: frozenset[str], jaccard: float = DUPLICATE_JACCARD) -> bool:
    """Whether a lower-ranked candidate repeats a kept passage: the same text give or take a few words (Jaccard of
    word trigrams), or the candidate's text wholly inside the kept one. A candidate that holds the kept passage
    and adds text of its own is not a duplicate: the corpus repeats a short passage inside a longer one elsewhere,
    and the longer one says more (measured: dropping it cost a relevant breedband passage, eval q033)."""
    if not candidate or not kept:
        return False
    shared = len(candidate & kept)
    return shared / (len(candidate) + len(kept) - shared) >= jaccard or shared >= CONTAINED_SHARE * len(candidate)


@dataclass
class SearchEngine:
    """Everything a query needs, loaded once per knowledge base: passages, tags, indexes, embedder."""

    index: LoadedIndex
    embedder: Embedder
    passages: list[Passage]
    documents: dict[str, Document]
    tags: list[tuple[str, ...]]
    ranking: Ranking = field(default_factory=Ranking)

    def __post_init__(self) -> None:
        self._shingles: dict[int, frozenset[str]] = {}
        self.document_of = np.array([p.document_id for p in self.passages], dtype=object)
        # recent questions' vectors (thread-safe): a question asked again, or answered after its search, is free
        self._query_vector = lru_cache(maxsize=QUERY_VECTOR_CACHE)(self._encode_query)
        # recent questions' unfiltered candidate positions: the search facets count them without retrieving again
        self._pools: dict[str, tuple[int, ...]] = {}
        self._sentence_terms: dict[str, list[tuple[int, int, frozenset[str]]]] = {}

    @classmethod
    def load(cls, source: SearchSource, embedder: Embedder) -> SearchEngine:
        """Load the vector and lexical indexes of a knowledge base and line them up with its passages."""
        from kb.errors import REBUILD, IndexCorruptError
        from kb.index import load_index, read_index_manifest

        read_index_manifest(source.index_dir)  # a clear error when the index is missing or unreadable
        index = load_index(source.index_dir, embedder)
        by_id = {p.id: p for p in source.passages()}
        missing = [pid for pid in index.passage_ids if pid not in by_id]
        if missing:
            raise IndexCorruptError(
                f"The search index at {source.index_dir} names {len(missing)} passage(s) the database does not "
                f"hold — {REBUILD}"
            )
        passages = [by_id[pid] for pid in index.passage_ids]
        return cls(
            index=index,
            embedder=embedder,
            passages=passages,
            documents={d.id: d for d in source.documents()},
            tags=[source.tags_of(p.id) for p in passages],
        )

    def _encode_query(self, query: str) -> np.ndarray:
        vector: np.ndarray = self.embedder.encode_queries([query])[0]
        return vector

    def query_vector(self, query: str) -> np.ndarray:
        """The question's vector, computed once per question (search and answer share it)."""
        vector: np.ndarray = self._query_vector(query)
        return vector

    def forget_queries(self) -> None:
        """Drop the cached question vectors (a benchmark measures each question as new)."""
        self._query_vector.cache_clear()

    def sentence_similarity(self, query: str) -> Callable[[Hit], list[tuple[int, int, float]] | None] | None:
        """(start, end, cosine with the question) of the sentences of a hit's passage, from the sentence vectors
        built at ingest time; None when this index has none."""
        if not self.index.has_sentences():
            return None
        vector = np.asarray(self.query_vector(query), dtype=np.float32)

        def similarity(hit: Hit) -> list[tuple[int, int, float]] | None:
            found = self.index.sentences(self.index.position_of_passage[hit.passage.id])
            if found is None:
                return None
            spans, vectors = found
            cosines = vectors @ vector
            return [(int(a), int(b), float(c)) for (a, b), c in zip(spans, cosines, strict=True)]

        return similarity

    # -- filters ------------------------------------------------------------------------------------------

    def allowed_positions(self, selection: Selection | None) -> np.ndarray | None:
        """Positions of passages passing every filter; None when there are no filters."""
        if not selection:
            return None
        keep = [position for position, target in enumerate(self.targets) if selection.accepts(target)]
        return np.array(keep, dtype=np.int64)

    def query_targets(self, query: str) -> list[PassageTarget]:
        """A query's candidate passages with no filter applied (what the search facets count)."""
        text = check_query(query)
        positions = self._pools.get(text)
        if positions is None:
            positions = self._remember_pool(text, self.candidates(text, None))
        return [self.targets[p] for p in positions]

    def sentence_terms(self, passage: Passage) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, BM25 terms) of each sentence of a passage — analysed once per passage, as every search
        judges the sentences of its hits."""
        found = self._sentence_terms.get(passage.id)
        if found is None:
            from kb.answer import split_sentences

            analyzer = self.index.lexical.analyzer
            found = [(a, b, frozenset(analyzer.terms(passage.text[a:b]))) for a, b in split_sentences(passage.text)]
            self._sentence_terms[passage.id] = found
        return found

    @cached_property
    def targets(self) -> list[PassageTarget]:
        """Every passage as the filters see it (made once: their types and themes are then computed once)."""
        return [
            PassageTarget(passage, self.documents[passage.document_id], self.tags[position])
            for position, passage in enumerate(self.passages)
        ]

    def _remember_pool(self, query: str, pool: Sequence[Candidate]) -> tuple[int, ...]:
        positions = tuple(c.position for c in pool)
        if len(self._pools) >= QUERY_VECTOR_CACHE:
            try:  # the oldest entry; another thread may be changing the dict at the same moment
                self._pools.pop(next(iter(self._pools)), None)
            except (RuntimeError, StopIteration):
                pass
        self._pools[query] = positions
        return positions

    # -- retrieval ---------------------------------------------------------------------------------------

    def _lexical(self, query: str, allowed: np.ndarray | None, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(top positions, their BM25 scores, every passage's BM25 score) among the allowed passages."""
        scores = self.index.lexical.scores(query)
        if len(scores) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), scores
        if allowed is not None:
            masked = np.zeros_like(scores)
            masked[allowed] = scores[allowed]
            scores = masked
        positive = np.flatnonzero(scores > 0)
        if len(positive) == 0:
            return positive.astype(np.int64), np.zeros(0, dtype=np.float32), scores
        if len(positive) > count:
            positive = positive[np.argpartition(-scores[positive], count - 1)[:count]]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        return order.astype(np.int64), scores[order], scores

    def candidates(self, query: str, allowed: np.ndarray | None, ranking: Ranking | None = None) -> list[Candidate]:
        ranking = ranking if ranking is not None else self.ranking
        found: dict[int, Candidate] = {}
        vector = None
        if ranking.dense_weight > 0:
            vector = self.query_vector(query)
            positions, scores = self.index.vector_search(vector, ranking.candidates, allowed)
            for rank, (position, score) in enumerate(zip(positions, scores, strict=True)):
                found[int(position)] = Candidate(int(position), dense_rank=rank, dense_score=float(score))
        lexical_all = None
        if ranking.lexical_weight > 0:
            positions, scores, lexical_all = self._lexical(lexical_query(query), allowed, ranking.candidates)
            for rank, (position, score) in enumerate(zip(positions, scores, strict=True)):
                candidate = found.setdefault(int(position), Candidate(int(position)))
                candidate.lexical_rank, candidate.lexical_score = rank, float(score)
        if vector is not None and ranking.sentence_weight > 0:
            self._sentence_candidates(vector, allowed, ranking.candidates, found)
        if ranking.fusion == "score":
            # each retriever's exact score for the other's candidates, so fusion compares like with like
            pool = list(found.values())
            if vector is not None:
                missing = [c for c in pool if c.dense_rank is None]
                if missing:
                    exact = self.index.cosines(vector, np.array([c.position for c in missing], dtype=np.int64))
                    for c, value in zip(missing, exact, strict=True):
                        c.dense_score = float(value)
            if lexical_all is not None and len(lexical_all):
                for c in pool:
                    if c.lexical_rank is None:
                        c.lexical_score = float(lexical_all[c.position])
        self._fuse(list(found.values()), ranking)
        return sorted(found.values(), key=lambda c: (-c.score, c.position))

    def _sentence_candidates(
        self, vector: np.ndarray, allowed: np.ndarray | None, count: int, found: dict[int, Candidate]
    ) -> None:
        """Add the passages whose best sentence is nearest the question, and give every candidate that score."""
        best = self.index.sentence_best(vector)
        if best is None:
            return
        if allowed is not None:
            masked = np.full_like(best, -1.0)
            masked[allowed] = best[allowed]
            best = masked
        top = np.argsort(-best, kind="stable")[:count]
        for rank, position in enumerate(top):
            if best[position] <= -1.0:
                break
            candidate = found.setdefault(int(position), Candidate(int(position)))
            candidate.sentence_rank = rank
        for candidate in found.values():
            candidate.sentence_score = float(max(best[candidate.position], 0.0))

    def _fuse(self, candidates: list[Candidate], ranking: Ranking) -> None:
        if ranking.fusion == "rrf":
            for c in candidates:
                c.score = 0.0
                if c.dense_rank is not None:
                    c.score += ranking.dense_weight / (ranking.rrf_k + c.dense_rank + 1)
                if c.lexical_rank is not None:
                    c.score += ranking.lexical_weight / (ranking.rrf_k + c.lexical_rank + 1)
                if c.sentence_rank is not None:
                    c.score += ranking.sentence_weight / (ranking.rrf_k + c.sentence_rank + 1)
            return

        # score fusion: dense cosine and BM25, each min-max scaled over the candidates
        def scaled(values: list[float]) -> list[float]:
            if not values:
                return values
            low, high = min(values), max(values)
            return [(v - low) / (high - low) if high > low else 1.0 for v in values]

        dense = scaled([c.dense_score for c in candidates]) if ranking.dense_weight > 0 else [0.0] * len(candidates)
        with_sentences = ranking.dense_weight > 0 and any(c.sentence_score for c in candidates)
        sentence_weight = ranking.sentence_weight if with_sentences else 0.0
        sentence = scaled([c.sentence_score for c in candidates]) if sentence_weight else [0.0] * len(candidates)
        top = max((c.lexical_score for c in candidates), default=0.0)
        total = ranking.dense_weight + ranking.lexical_weight + sentence_weight
        for c, d_part, s_part in zip(candidates, dense, sentence, strict=True):
            l_part = c.lexical_score / top if top > 0 else 0.0
            c.score = (
                ranking.dense_weight * d_part + ranking.lexical_weight * l_part + sentence_weight * s_part
            ) / total

    def _shingle(self, position: int) -> frozenset[str]:
        cached = self._shingles.get(position)
        if cached is None:
            cached = _shingles(self.passages[position].text)
            self._shingles[position] = cached
        return cached

    def rank(
        self, query: str, k: int, allowed: np.ndarray | None, ranking: Ranking | None = None
    ) -> tuple[list[Candidate], int]:
        """Fused candidates → tag boost → near-duplicate collapse → per-document diversity: the top k, and how many
        candidate passages either retriever found (the total a page of results counts)."""
        ranking = ranking if ranking is not None else self.ranking
        pool = self.candidates(query, allowed, ranking)
        if allowed is None and ranking is self.ranking:
            self._remember_pool(query, pool)
        total = len(pool)
        intents = detect_intents(query)
        if intents and ranking.tag_boost:
            for c in pool:
                if any(tag in intents for tag in self.tags[c.position]):
                    c.score *= 1 + ranking.tag_boost
            pool.sort(key=lambda c: (-c.score, c.position))

        kept: list[Candidate] = []
        for c in pool:
            signature = self._shingle(c.position)
            duplicate = any(
                near_duplicate(signature, self._shingle(other.position), ranking.duplicate_jaccard) for other in kept
            )
            if not duplicate:
                kept.append(c)
            if len(kept) >= max(k * 3, k + 20):
                break

        chosen: list[Candidate] = []
        per_document: dict[str, int] = {}
        remaining = kept
        while remaining and len(chosen) < k:
            best_index, best_value = 0, -1.0
            for i, c in enumerate(remaining):
                seen = per_document.get(self.passages[c.position].document_id, 0)
                value = c.score * (ranking.document_decay**seen)
                if value > best_value:
                    best_index, best_value = i, value
            picked = remaining.pop(best_index)
            picked.score = best_value  # the score it was ranked by, so scores fall with rank
            document_id = self.passages[picked.position].document_id
            per_document[document_id] = per_document.get(document_id, 0) + 1
            chosen.append(picked)
        return chosen, total

    def search(
        self,
        query: str,
        k: int = 10,
        selection: Selection | None = None,
        ranking: Ranking | None = None,
        offset: int = 0,
    ) -> tuple[list[Hit], list[Candidate], int]:
        """The k best passages for a query after the first `offset` (among those the selection accepts), with
        citations; each hit's retrieval signals (dense cosine, BM25 score and ranks) in the same order; and the
        number of candidate passages found."""
        text = check_query(query)
        k = check_k(k)
        allowed = self.allowed_positions(selection)
        if allowed is not None and len(allowed) == 0:
            return [], [], 0
        ranked, total = self.rank(text, offset + k, allowed, ranking)
        chosen = ranked[offset:]
        hits: list[Hit] = []
        for rank, candidate in enumerate(chosen, start=offset + 1):
            passage = self.passages[candidate.position]
            document = self.documents[passage.document_id]
            hits.append(
                Hit(
                    rank=rank,
                    score=round(float(candidate.score), 6),
                    passage=passage,
                    document=document,
                    tags=self.tags[candidate.position],
                    citation=cite(document, passage),
                )
            )
        return hits, chosen, total


def render_hits(hits: Sequence[Hit], width: int = 300) -> str:
    """Plain-text rendering for the CLI: rank, citation, then the passage text (shortened)."""
    if not hits:
        return "No passages found."
    blocks = []
    for hit in hits:
        text = " ".join(hit.passage.text.split())
        if len(text) > width:
            text = text[:width].rsplit(" ", 1)[0] + " …"
        cite = hit.citation.render() if hit.citation is not None else hit.document.title
        tags = f"  [{', '.join(hit.tags)}]" if hit.tags else ""
        blocks.append(f"{hit.rank:>2}. {cite}{tags}\n    {text}")
    return "\n\n".join(blocks)
