"""Lexical retrieval: a Dutch analyzer (folding, stop words, compound splitting, Snowball stemming) and BM25."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kb.errors import REBUILD, DependencyError, IndexCorruptError, IndexMissingError
from kb.text import STOP_WORDS, fold, words

__all__ = ["STOP_WORDS", "DutchAnalyzer", "fold", "words"]

# Snowball's original Dutch algorithm. Snowball 3's newer "dutch" stemmer strips prefixes and conflates
# unrelated words ("gezondheid" → "zon", "gemeente" → "meen"), which hurts policy search.
STEMMER = "dutch_porter"

# Suffixes and fragments wordfreq lists as words but that are never the second part of a compound.
NOT_PARTS: frozenset[str] = frozenset(
    (
        "heid",  # leefbaar|heid is a derivation, not a compound
        "heden",  # mogelijk|heden
        "baar",  # leef|baar
        "baarheid",  # bereik|baarheid
        "lijk",  # moge|lijk
        "lijke",  # maatschappe|lijke
        "schap",  # gemeen|schap
        "schappen",  # water|schappen
        "achtig",  # kwaliteit|achtig
        "loos",  # werk|loos
        "isch",  # econom|isch
        "ische",  # econom|ische
        "erij",  # boer|erij
    )
)

# Dutch linking morphemes (tussenklanken) that may sit between the parts of a compound.
LINKERS: tuple[str, ...] = (
    "",  # woning|bouw
    "s",  # omgeving|s|visie, dorp|s|huis
    "en",  # boer|en|erf, kind|er|en... the plural-like link before the second part
)

MIN_COMPOUND = 7  # shorter words are not split
# longer "words" (a pasted hash, a URL, a 999-letter query) are not split either: splitting costs grow with the
# cube of the length, and the longest Dutch policy compounds ("grondwaterbeschermingsgebieden") are ~30 letters
MAX_COMPOUND = 40
MIN_PART = 4  # each part at least this long ("ver|keer" must not split)
MIN_PART_SCORE = 2.5  # Zipf frequency a part needs (2.5 ≈ once per 3 million words)
MAX_WORD_SCORE = 4.2  # very common words ("gemeente", "verkeer") are left whole
CORPUS_WORD_SCORE = 2.5  # score for corpus words wordfreq does not know, when they occur often enough
CORPUS_MIN_COUNT = 3


@lru_cache(maxsize=1)
def _wordfreq_dutch() -> dict[str, float]:
    try:
        import wordfreq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise DependencyError("Compound splitting needs wordfreq — install it with `pip install wordfreq`") from exc
    scores: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("nl", wordlist="large").items():
        if frequency <= 0:
            continue
        score = float(np.log10(frequency * 1e9))
        if score >= MIN_PART_SCORE - 0.5:
            scores[fold(word)] = round(score, 2)
    return scores


def build_lexicon(texts: Iterable[str], use_wordfreq: bool = True) -> dict[str, float]:
    """Word → Zipf-like score: wordfreq's Dutch list plus frequent words of the corpus itself."""
    counts = Counter(word for text in texts for word in words(text) if not word.isdigit())
    reference = _wordfreq_dutch() if use_wordfreq else {}
    lexicon: dict[str, float] = {}
    for word, count in counts.items():
        if word in reference:
            lexicon[word] = reference[word]
        elif count >= CORPUS_MIN_COUNT and len(word) >= MIN_PART:
            lexicon[word] = CORPUS_WORD_SCORE
    if use_wordfreq:
        return {**reference, **lexicon}
    return lexicon


class DutchAnalyzer:
    """Text → BM25 terms: fold, drop stop words, add compound parts, stem (Snowball Dutch)."""

    def __init__(self, lexicon: Mapping[str, float] | None = None, stemmer: str = STEMMER):
        try:
            import Stemmer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise DependencyError("The Dutch analyzer needs PyStemmer — `pip install PyStemmer`") from exc
        self.lexicon: Mapping[str, float] = lexicon or {}
        self.stemmer_name = stemmer
        self._stemmer = Stemmer.Stemmer(stemmer)
        self._splits: dict[str, tuple[str, ...]] = {}
        self._stems: dict[str, str] = {}

    # -- compounds --------------------------------------------------------------------------------------

    def _part_score(self, part: str) -> float:
        score = self.lexicon.get(part, 0.0)
        if part in STOP_WORDS or part in NOT_PARTS:
            return 0.0
        return score if score >= MIN_PART_SCORE else 0.0

    def _best_split(self, word: str, depth: int = 0) -> tuple[float, tuple[str, ...]] | None:
        """Best split into known parts, by mean part score (Koehn & Knight); None when none fits."""
        best: tuple[float, tuple[str, ...]] | None = None
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head_raw, tail = word[:cut], word[cut:]
            tail_score = self._part_score(tail)
            tail_parts: tuple[str, ...] = (tail,)
            if not tail_score and depth < 2 and len(tail) >= MIN_COMPOUND:
                nested = self._best_split(tail, depth + 1)
                if nested is not None:
                    tail_score, tail_parts = nested[0] - 0.3, nested[1]
            if not tail_score:
                continue
            for linker in LINKERS:
                if linker and not head_raw.endswith(linker):
                    continue
                head = head_raw[: len(head_raw) - len(linker)] if linker else head_raw
                if len(head) < MIN_PART:
                    continue
                head_score = self._part_score(head)
                if not head_score:
                    continue
                score = (head_score + tail_score) / 2
                if best is None or score > best[0]:
                    best = (score, (head, *tail_parts))
        return best

    def split(self, word: str) -> tuple[str, ...]:
        """Compound parts of a folded word (all levels), or () when it is not a compound."""
        if word in self._splits:
            return self._splits[word]
        parts: tuple[str, ...] = ()
        if (
            MIN_COMPOUND <= len(word) <= MAX_COMPOUND
            and not word.isdigit()
            and self.lexicon.get(word, 0.0) < MAX_WORD_SCORE
        ):
            found = self._best_split(word)
            if found is not None:
                collected: list[str] = []
                for part in found[1]:
                    collected.append(part)
                    collected.extend(self.split(part))
                # "woningbouwprogramma" → woning|bouw|programma: also keep the adjacent pair "woningbouw"
                leaves = found[1]
                for i in range(len(leaves) - 1):
                    joined = leaves[i] + leaves[i + 1]
                    if joined in word and joined != word and self.lexicon.get(joined, 0.0) >= MIN_PART_SCORE:
                        collected.append(joined)
                parts = tuple(dict.fromkeys(collected))
        self._splits[word] = parts
        return parts

    # -- terms ------------------------------------------------------------------------------------------

    def _stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = word if word.isdigit() else self._stemmer.stemWord(word)
            self._stems[word] = stem
        return stem

    def terms(self, text: str) -> list[str]:
        """BM25 terms of a text: each kept word's stem, followed by the stems of its compound parts."""
        terms: list[str] = []
        for word in words(text):
            if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
                continue
            terms.append(self._stem(word))
            terms.extend(self._stem(part) for part in self.split(word))
        return terms


class QueryMatcher:
    """Which words of a text matched a query in BM25: those sharing an analyzed term (stem or compound part) with
    the query's terms. The highlighter marks exactly these words."""

    def __init__(self, analyzer: DutchAnalyzer, query_terms: Iterable[str]):
        self.analyzer = analyzer
        self.wanted = frozenset(query_terms)
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = bool(self.wanted and self.wanted.intersection(self.analyzer.terms(word)))
        return found


# -- BM25 -----------------------------------------------------------------------------------------------------

BM25_DIR = "bm25"
LEXICON_FILE = "lexicon.json"
ANALYZER_FILE = "analyzer.json"
BM25_K1 = 1.2
BM25_B = 0.75


def _bm25s() -> Any:
    try:
        import bm25s
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise DependencyError("Lexical search needs bm25s — install it with `pip install bm25s`") from exc
    return bm25s


class LexicalIndex:
    """BM25 over analyzed passages (bm25s), addressed by position in the passage list."""

    def __init__(self, analyzer: DutchAnalyzer, retriever: Any, size: int, vocabulary: Iterable[str] = ()):
        self.analyzer = analyzer
        self.retriever = retriever
        self.size = size
        self.vocabulary = set(vocabulary)

    @classmethod
    def build(cls, texts: list[str], lexicon: Mapping[str, float] | None = None) -> LexicalIndex:
        bm25s = _bm25s()
        analyzer = DutchAnalyzer(lexicon if lexicon is not None else build_lexicon(texts))
        corpus = [analyzer.terms(text) or [""] for text in texts]
        retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        if texts:
            retriever.index(corpus, show_progress=False)
        vocabulary = {word for text in texts for word in words(text)}
        return cls(analyzer, retriever, len(texts), vocabulary)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage for the query (zeros when no term is known)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        terms = self.analyzer.terms(query)
        if not terms:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(terms), dtype=np.float32)

    def idf(self, term: str) -> float:
        """Inverse document frequency of an analyzed term; a term no passage holds gets the highest value."""
        documents = max(self.size, 1)
        frequency = 0
        if self.retriever is not None and self.size:
            column = self.retriever.vocab_dict.get(term)
            if column is not None:
                indptr = self.retriever.scores["indptr"]
                frequency = int(indptr[column + 1] - indptr[column])
        return float(np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self.size:
            self.retriever.save(str(directory), show_progress=False)
        # Only words that can matter at query time: those in the corpus and the parts they split into.
        keep = set(self.vocabulary)
        keep.update(part for word in list(keep) for part in self.analyzer.split(word))
        lexicon = {word: self.analyzer.lexicon[word] for word in sorted(keep) if word in self.analyzer.lexicon}
        (directory / LEXICON_FILE).write_text(json.dumps(lexicon, ensure_ascii=False), encoding="utf-8")
        settings = {"stemmer": self.analyzer.stemmer_name, "size": self.size, "k1": BM25_K1, "b": BM25_B}
        (directory / ANALYZER_FILE).write_text(json.dumps(settings), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        if not (directory / ANALYZER_FILE).is_file():
            raise IndexMissingError(f"No lexical index at {directory} — {REBUILD}")
        try:
            settings = json.loads((directory / ANALYZER_FILE).read_text(encoding="utf-8"))
            lexicon = json.loads((directory / LEXICON_FILE).read_text(encoding="utf-8"))
            size = int(settings["size"])
            analyzer = DutchAnalyzer(lexicon, stemmer=settings.get("stemmer", STEMMER))
            retriever = _bm25s().BM25.load(str(directory), show_progress=False) if size else None
        except (OSError, ValueError, KeyError) as exc:
            raise IndexCorruptError(f"The lexical index at {directory} cannot be read ({exc}) — {REBUILD}") from exc
        return cls(analyzer, retriever, size)
