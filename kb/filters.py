"""The one filter registry and the one set of limits that every edge (CLI, web form, /api, exports) shares.

Each filter is declared once: its name, the help people read, the scopes it applies to (passages for search
and answers, items for the register and exports), how a raw value is resolved against an opened knowledge base
(an unknown value is a UsageError that names the known ones), and its predicates. CLI options, web forms and
facet values are generated from `FILTERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Protocol

from kb.errors import UsageError
from kb.lexical import fold
from kb.models import Document, Item, Passage, Section


class KnowledgeBase(Protocol):
    """What filters need to know of a knowledge base (kb.knowledge.KnowledgeBase provides it)."""

    def documents(self) -> list[Document]: ...

    def sections(self) -> list[Section]: ...

    def passage_types(self) -> set[str]: ...

    def passage_themes(self) -> set[str]: ...

    def item_types(self) -> set[str]: ...

    def item_themes(self) -> set[str]: ...


# -- limits: the same at every edge ------------------------------------------------------------------------

MAX_QUERY_CHARS = 1000  # a longer query is refused with a clear message (a pasted page is not a question)
MAX_QUERY_TERMS = 200  # words in a query (bounds the lexical work with the character limit)
DEFAULT_K = 10
MAX_K = 100  # results in one search or answer
MAX_RESULTS = 200  # results reachable by paging through a search
MAX_FILTER_CHARS = 200  # a filter value
PER_PAGE = 50  # register rows per page
MAX_KNOWN_SHOWN = 30  # known values named in an error message

PASSAGES = "passages"
ITEMS = "items"


class Target(Protocol):
    """What a predicate looks at: a passage or an item, with its document and tags."""

    @property
    def document(self) -> Document: ...

    @property
    def section_path(self) -> tuple[str, ...]: ...

    @property
    def text(self) -> str: ...

    @property
    def types(self) -> frozenset[str]: ...

    @property
    def themes(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class PassageTarget:
    passage: Passage
    document: Document
    tags: tuple[str, ...]

    @property
    def section_path(self) -> tuple[str, ...]:
        return self.passage.section_path

    @property
    def text(self) -> str:
        return self.passage.text

    @cached_property  # asked once per filter and facet value
    def types(self) -> frozenset[str]:
        kinds = {t for t in self.tags if not t.startswith("theme:")}
        if self.document.doc_type:
            kinds.add(self.document.doc_type)
        return frozenset(kinds)

    @cached_property
    def themes(self) -> frozenset[str]:
        return frozenset(t.split(":", 1)[1] for t in self.tags if t.startswith("theme:"))


@dataclass(frozen=True)
class ItemTarget:
    item: Item
    document: Document

    @property
    def section_path(self) -> tuple[str, ...]:
        return self.item.section_path

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def types(self) -> frozenset[str]:
        return frozenset((self.item.type,))

    @property
    def themes(self) -> frozenset[str]:
        return frozenset(self.item.themes)


@dataclass(frozen=True)
class Value:
    """One value a filter offers (for facets, forms and error messages)."""

    value: str
    label: str


@dataclass(frozen=True)
class Filter:
    name: str
    help: str
    scopes: frozenset[str]
    # the values this knowledge base offers in a scope, in display order
    values: Callable[[KnowledgeBase, str], list[Value]]
    # raw value → the canonical value, or None when nothing matches (then the known values are listed)
    resolve: Callable[[KnowledgeBase, str, str], str | None]
    # does a target pass the (resolved) value?
    accepts: Callable[[Target, str], bool]
    free_text: bool = False  # a free-text filter has no list of known values
    # a value the filter itself offers → its resolved form, without looking it up again (facets count many)
    canonical: Callable[[str], str] = str

    def applies_to(self, scope: str) -> bool:
        return scope in self.scopes


# -- the filters ---------------------------------------------------------------------------------------------


# Documents' short attributes (issuer, level, status) are folded once, not once per passage or item checked.
_folded = lru_cache(maxsize=4096)(fold)


def _documents(kb: KnowledgeBase, scope: str) -> list[Value]:
    return [Value(d.id, d.title) for d in kb.documents()]


def _resolve_document(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
    wanted = fold(raw)
    for d in kb.documents():
        if wanted in (fold(d.id), fold(d.code)) or fold(d.source).endswith(wanted):
            return d.id
    return None


def _attribute_values(attribute: str) -> Callable[[KnowledgeBase, str], list[Value]]:
    def values(kb: KnowledgeBase, scope: str) -> list[Value]:
        found = sorted({str(getattr(d, attribute)) for d in kb.documents() if getattr(d, attribute) is not None})
        return [Value(v, v) for v in found]

    return values


def _resolve_part_of(attribute: str) -> Callable[[KnowledgeBase, str, str], str | None]:
    """A value that is part of the documents' attribute ("provincie", "Midden-Drenthe")."""

    def resolve(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
        wanted = fold(raw)
        return wanted if any(wanted in fold(getattr(d, attribute) or "") for d in kb.documents()) else None

    return resolve


def _part_of_attribute(attribute: str, help_text: str) -> Filter:
    """A filter on a document attribute, by part of its value ("provincie", "Midden-Drenthe"), case- and
    accent-insensitive."""
    return Filter(
        attribute,
        help_text,
        frozenset({PASSAGES, ITEMS}),
        _attribute_values(attribute),
        _resolve_part_of(attribute),
        lambda t, v: v in _folded(getattr(t.document, attribute) or ""),
        canonical=fold,
    )


def _resolve_year(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
    if not raw.strip().isdigit():
        raise UsageError(f"The year filter needs a year such as 2020, got {raw!r}")
    year = str(int(raw))
    return year if any(str(d.year) == year for d in kb.documents()) else None


def _types(kb: KnowledgeBase, scope: str) -> list[Value]:
    from kb.records import TYPE_LABELS

    present = kb.item_types() if scope == ITEMS else kb.passage_types()
    ordered = [t for t in TYPE_LABELS if t in present] + sorted(present - set(TYPE_LABELS))
    return [Value(t, TYPE_LABELS.get(t, t.replace("_", " "))) for t in ordered]


def _themes(kb: KnowledgeBase, scope: str) -> list[Value]:
    present = kb.item_themes() if scope == ITEMS else kb.passage_themes()
    return [Value(t, t.replace("_", " ")) for t in sorted(present)]


def _resolve_among(
    values: Callable[[KnowledgeBase, str], list[Value]],
) -> Callable[[KnowledgeBase, str, str], str | None]:
    def resolve(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
        wanted = fold(raw).removeprefix("theme:")
        return next((v.value for v in values(kb, scope) if fold(v.value) == wanted), None)

    return resolve


def _resolve_section(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
    wanted = fold(raw)
    labels = (label for section in kb.sections() for label in (section.label,))
    return wanted if any(fold(label).startswith(wanted) for label in labels) else None


def _resolve_text(kb: KnowledgeBase, raw: str, scope: str) -> str | None:
    return fold(raw)


def _party_filter(attribute: str, help_text: str) -> Filter:
    """A filter on who an item names (its actor or addressee), by part of the name, case- and accent-insensitive:
    "gemeenteraad", "Gedeputeerde Staten", "Rijk"."""
    return Filter(
        attribute,
        help_text,
        frozenset({ITEMS}),
        lambda kb, scope: [],
        _resolve_text,
        lambda t, v: isinstance(t, ItemTarget) and v in _folded(getattr(t.item, attribute) or ""),
        free_text=True,
    )


FILTERS: tuple[Filter, ...] = (
    Filter(
        "document",
        "Only this document (id, code or source file).",
        frozenset({PASSAGES, ITEMS}),
        _documents,
        _resolve_document,
        lambda t, v: t.document.id == v,
    ),
    _part_of_attribute("issuer", "Only documents of this issuer (part of its name)."),
    _part_of_attribute("level", "Only documents of this level: provincie, gemeente, …"),
    Filter(
        "year",
        "Only documents of this year.",
        frozenset({PASSAGES, ITEMS}),
        _attribute_values("year"),
        _resolve_year,
        lambda t, v: str(t.document.year) == v,
    ),
    _part_of_attribute("status", "Only documents of this status: concept, vastgesteld, …"),
    Filter(
        "type",
        "Only items (or passages holding items) of this type: goal, request_gs, budget, action, …",
        frozenset({PASSAGES, ITEMS}),
        _types,
        _resolve_among(_types),
        lambda t, v: v in t.types,
    ),
    Filter(
        "theme",
        "Only this theme: wonen, zorg, mobiliteit, …",
        frozenset({PASSAGES, ITEMS}),
        _themes,
        _resolve_among(_themes),
        lambda t, v: v in t.themes,
    ),
    Filter(
        "section",
        "Only sections whose label starts with this (e.g. 4.1).",
        frozenset({PASSAGES, ITEMS}),
        lambda kb, scope: [],
        _resolve_section,
        lambda t, v: any(fold(label).startswith(v) for label in t.section_path),
        free_text=True,
    ),
    Filter(
        "text",
        "Only those whose text contains these words (case-insensitive).",
        frozenset({ITEMS}),
        lambda kb, scope: [],
        _resolve_text,
        lambda t, v: v in fold(t.text),
        free_text=True,
    ),
    _party_filter("actor", "Only items whose actor — who states, asks, decides or pays — names this."),
    _party_filter("addressee", "Only items addressed to this party — who is asked, paid or reported to."),
)


BY_NAME: dict[str, Filter] = {f.name: f for f in FILTERS}


def filters_for(scope: str) -> tuple[Filter, ...]:
    return tuple(f for f in FILTERS if f.applies_to(scope))


def _unknown(f: Filter, raw: str, kb: KnowledgeBase, scope: str) -> UsageError:
    if f.name == "section":
        return UsageError(f"No section starts with {raw!r} — see `kb outline DOCUMENT` for section labels")
    known = [v.value for v in f.values(kb, scope)]
    listed = ", ".join(known[:MAX_KNOWN_SHOWN]) + (" …" if len(known) > MAX_KNOWN_SHOWN else "")
    return UsageError(f"Unknown {f.name} {raw!r} — known values: {listed or 'none in this knowledge base'}")


@dataclass(frozen=True)
class Selection:
    """Validated filter values of one request: {name: canonical value}. Empty means everything."""

    scope: str
    values: Mapping[str, str]

    def __bool__(self) -> bool:
        return bool(self.values)

    def accepts(self, target: Target) -> bool:
        return all(BY_NAME[name].accepts(target, value) for name, value in self.values.items())

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)


def select(kb: KnowledgeBase, raw: Mapping[str, object] | None, scope: str) -> Selection:
    """Validate raw filter values (from CLI options, a query string or a caller) for a scope.

    Empty values are ignored; an unknown filter name, an over-long value or a value this knowledge base does not
    know is a UsageError with the same words at every edge."""
    chosen: dict[str, str] = {}
    for name, value in (raw or {}).items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        f = BY_NAME.get(name)
        if f is None or not f.applies_to(scope):
            names = ", ".join(x.name for x in filters_for(scope))
            raise UsageError(f"Unknown filter {name!r} — use one of: {names}")
        text = str(value).strip()
        if len(text) > MAX_FILTER_CHARS:
            raise UsageError(f"The {name} filter is too long ({len(text)} characters; at most {MAX_FILTER_CHARS})")
        resolved = f.resolve(kb, text, scope)
        if resolved is None or resolved == "":
            raise _unknown(f, text, kb, scope)
        chosen[name] = resolved
    return Selection(scope, chosen)


def check_k(k: object) -> int:
    """The number of results asked for, validated the same way everywhere."""
    try:
        number = int(str(k))
    except (TypeError, ValueError) as exc:
        raise UsageError(f"The number of results must be a whole number, got {k!r}") from exc
    if not 1 <= number <= MAX_K:
        raise UsageError(f"The number of results must be between 1 and {MAX_K}, got {number}")
    return number


def check_page(page: object) -> int:
    try:
        number = int(str(page))
    except (TypeError, ValueError) as exc:
        raise UsageError(f"page must be a whole number, got {page!r}") from exc
    if number < 1:
        raise UsageError(f"page must be 1 or more, got {number}")
    return number


def check_query(query: object) -> str:
    """A query validated the same way at every edge: whitespace folded; empty, wordless, over-long or
    over-many-word queries are a UsageError that says what to do."""
    from kb.lexical import words

    if query is None or not str(query).strip():
        raise UsageError('The query is empty — type what you are looking for, e.g. `kb search "woningbouw"`')
    text = " ".join(str(query).split())
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(
            f"The query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS}) — shorten it to a question"
        )
    if len(text.split()) > MAX_QUERY_TERMS:
        raise UsageError(f"The query has too many words ({len(text.split())}; at most {MAX_QUERY_TERMS}) — shorten it")
    if not words(text):
        raise UsageError("The query holds no words — type what you are looking for")
    return text


# -- facets --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facet:
    """A filter with, for every value it offers, how many of the targets that value would leave (given the other
    filters of the selection), and the value chosen now."""

    name: str
    values: tuple[tuple[Value, int], ...]
    chosen: str | None


def facets(kb: KnowledgeBase, selection: Selection, targets: Sequence[Target]) -> list[Facet]:
    """The facets of a scope over `targets` (the register's items, or a query's candidate passages): per filter,
    the count each value would leave when it replaced that filter's current value."""
    # Facet predicates look at a target's document, types and themes only: targets that agree on those (and pass
    # the selection's free-text filters, which are no facets) are counted once, as one group.
    free = [(BY_NAME[name], value) for name, value in selection.values.items() if BY_NAME[name].free_text]
    groups: dict[tuple[str, frozenset[str], frozenset[str]], list[Any]] = {}
    for t in targets:
        if all(f.accepts(t, value) for f, value in free):
            group = groups.setdefault((t.document.id, t.types, t.themes), [t, 0])
            group[1] += 1
    found: list[Facet] = []
    for f in filters_for(selection.scope):
        if f.free_text:
            continue
        others = [
            (BY_NAME[name], value)
            for name, value in selection.values.items()
            if name != f.name and not BY_NAME[name].free_text
        ]
        passing = [(t, n) for t, n in groups.values() if all(other.accepts(t, value) for other, value in others)]
        counted: list[tuple[Value, int]] = []
        for value in f.values(kb, selection.scope):
            resolved = f.canonical(value.value)
            counted.append((value, sum(n for t, n in passing if f.accepts(t, resolved))))
        found.append(Facet(f.name, tuple(counted), selection.values.get(f.name)))
    return found
