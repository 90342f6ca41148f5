"""Tagging evaluation: compare tag_document output with eval/tags_gold.jsonl, per type (precision, recall).

The corpus files are parsed by the real ingestion (kb.ingest.parse_file with the corpus catalogue), as `kb ingest`
parses them; there is no parser of its own here.

A predicted item matches a gold item when the type and source file are equal, the line spans overlap and
the gold quote is found (fuzzily) in the item text. Precision is counted only inside the regions that the
gold file marks as completely annotated (eval/tags_gold_regions.json) when that file exists.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from kb.errors import UsageError
from kb.models import Item

AMOUNT_TOLERANCE = 0.005  # relative difference under which two amounts count as equal


@dataclass(frozen=True)
class GoldItem:
    type: str
    source: str
    lines: tuple[int, int]
    quote: str
    amounts: tuple[dict[str, Any], ...] = ()
    parent_quote: str | None = None
    actor: str | None = None
    deadline: str | None = None
    addressee: str | None = None
    date: str | None = None  # a decision's own date, ISO ("2025-12-11") or a year


@dataclass(frozen=True)
class Region:
    source: str
    lines: tuple[int, int]
    types: tuple[str, ...]


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0  # predicted items inside annotated regions
    matched_gold: int = 0
    matched_predicted: int = 0
    amounts_checked: int = 0
    amounts_right: int = 0
    actors_checked: int = 0  # matched gold items that name an actor
    actors_right: int = 0  # … whose item names the same one (see actor_right)
    addressees_checked: int = 0  # matched gold items that name whom they address (who is asked, who receives)
    addressees_right: int = 0  # … whose item names the same one (as actor_right)
    dates_checked: int = 0  # matched gold decisions that carry the date they were taken
    dates_right: int = 0  # … whose item gives the same day (or year, where either names only a year)
    deadlines_checked: int = 0  # matched gold items that state a deadline
    deadlines_right: int = 0  # … whose item is due at the same time (see deadline_right)
    missed: list[GoldItem] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0


def read_gold(path: Path) -> list[GoldItem]:
    """Gold items from a JSON-lines file; a malformed line is a UsageError naming the line."""
    if not path.is_file():
        raise UsageError(f"No gold file at {path} — pass the path of a tags gold .jsonl file")
    gold: list[GoldItem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            gold.append(
                GoldItem(
                    type=raw["type"],
                    source=Path(raw["source"]).name,
                    lines=(int(raw["lines"][0]), int(raw["lines"][1])),
                    quote=raw.get("quote", ""),
                    amounts=tuple(raw.get("amounts") or ()),
                    parent_quote=raw.get("parent_quote"),
                    actor=raw.get("actor") or None,
                    deadline=str(raw["deadline"]) if raw.get("deadline") else None,
                    addressee=raw.get("addressee") or None,
                    date=str(raw["date"]) if raw.get("date") else None,
                )
            )
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise UsageError(f"{path}:{number}: not a gold item ({exc}); expected type, source, lines, quote") from exc
    return gold


def read_regions(path: Path) -> list[Region]:
    if not path.is_file():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [
            Region(Path(r["source"]).name, (int(r["lines"][0]), int(r["lines"][1])), tuple(r["types"])) for r in raw
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path} is not a list of annotated regions ({exc})") from exc


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[‘’´`]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text)
    return re.sub(r"[^\w€%,.'\"]+", " ", text).strip()


def quote_matches(quote: str, text: str, threshold: float = 0.8) -> bool:
    """True when `quote` occurs in `text` allowing for small extraction differences."""
    q, t = normalise(quote), normalise(text)
    if not q:
        return True
    if q in t or (len(t) > 20 and t in q):
        return True
    q_flat, t_flat = q.replace(" ", ""), t.replace(" ", "")
    if q_flat in t_flat or (len(t_flat) > 20 and t_flat in q_flat):
        return True
    matcher = SequenceMatcher(None, t_flat, q_flat, autojunk=False)
    block_total = sum(b.size for b in matcher.get_matching_blocks())
    return block_total / max(1, min(len(q_flat), len(t_flat))) >= threshold


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _in_regions(item: Item, source: str, regions: list[Region]) -> bool:
    if not regions:
        return True
    for region in regions:
        if region.source == source and _overlaps((item.line_start, item.line_end), region.lines):
            if "*" in region.types or item.type in region.types:
                return True
    return False


def actor_right(expected: str, stated: str | None) -> bool:
    """The item names the gold item's actor: one name holds the other, casefolded and without punctuation
    ("Welzijnspartners" ~ "welzijnspartners, dorpsraden"; "Provincie Gelderland" ≁ "Gedeputeerde Staten")."""
    want, have = normalise(expected).replace(",", " "), normalise(stated or "").replace(",", " ")
    want, have = " ".join(want.split()), " ".join(have.split())
    return bool(want and have) and (want in have or have in want)


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def deadline_right(expected: str, stated: str | None) -> bool:
    """The item is due when the gold item is: the years it names are years the gold deadline names ("2030" ~ "in
    2030"; "vóór 2028" ≁ "2030"), or, when the gold names no year ("doorlopend"), one text holds the other."""
    if not stated:
        return False
    want, have = set(YEAR.findall(expected)), set(YEAR.findall(stated))
    if want:
        return bool(have) and have <= want
    a, b = normalise(expected), normalise(stated)
    return bool(a and b) and (a in b or b in a)


MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b", re.I)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b")


def iso_date(text: str | None) -> str | None:
    """A Dutch date as ISO ("11 december 2025" → "2025-12-11", "11-12-2025" too), else the first year it names."""
    if not text:
        return None
    named = DAY_MONTH_YEAR.search(text)
    if named is not None:
        day, month, year = named.groups()
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"
    numeric = NUMERIC_DATE.search(text)
    if numeric is not None:
        day, month, year = numeric.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    year_only = YEAR.search(text)
    return year_only.group(0) if year_only is not None else None


def date_right(expected: str, stated: str | None) -> bool:
    """A decision is dated when the gold says: the same day, or the same year where either names only a year."""
    have, want = iso_date(stated), iso_date(expected) or expected
    if have is None:
        return False
    return have == want if len(have) > 4 and len(want) > 4 else want[:4] == have[:4]


def _amounts_right(gold: GoldItem, item: Item) -> bool:
    for expected in gold.amounts:
        value = float(expected["value"])
        ok = any(
            abs(a.value - value) <= AMOUNT_TOLERANCE * max(1.0, abs(value))
            and (expected.get("year") is None or a.year == expected.get("year"))
            and (expected.get("kind") is None or a.kind == expected.get("kind") or expected.get("kind") == "amount")
            for a in item.amounts
        )
        if not ok:
            return False
    return True


def evaluate(
    gold: list[GoldItem], predicted: dict[str, list[Item]], regions: list[Region] | None = None
) -> dict[str, TypeScore]:
    """Scores per type; `predicted` maps a corpus file name to the items tagged in it."""
    regions = regions or []
    scores: dict[str, TypeScore] = defaultdict(TypeScore)
    sources = {g.source for g in gold}
    used: set[int] = set()
    for g in gold:
        score = scores[g.type]
        score.gold += 1
        candidates = [
            i
            for i in predicted.get(g.source, [])
            if i.type == g.type and _overlaps((i.line_start, i.line_end), g.lines) and quote_matches(g.quote, i.text)
        ]
        if candidates:
            score.matched_gold += 1
            fresh = [c for c in candidates if id(c) not in used] or candidates
            best = fresh[0]
            used.add(id(best))
            if g.amounts:
                score.amounts_checked += 1
                score.amounts_right += _amounts_right(g, best)
            if g.actor:
                score.actors_checked += 1
                score.actors_right += actor_right(g.actor, best.actor)
            if g.addressee:
                score.addressees_checked += 1
                score.addressees_right += actor_right(g.addressee, best.addressee)
            if g.date and g.type == "decision":
                score.dates_checked += 1
                score.dates_right += date_right(g.date, best.date)
            if g.deadline:
                score.deadlines_checked += 1
                score.deadlines_right += deadline_right(g.deadline, best.deadline)
        else:
            score.missed.append(g)
    gold_by_source: dict[str, list[GoldItem]] = defaultdict(list)
    for g in gold:
        gold_by_source[g.source].append(g)
    for source, items in predicted.items():
        if source not in sources:
            continue
        source_regions = [r for r in regions if r.source == source]
        for item in items:
            if regions and not _in_regions(item, source, source_regions):
                continue
            score = scores[item.type]
            score.predicted += 1
            if any(
                g.type == item.type
                and _overlaps((item.line_start, item.line_end), g.lines)
                and quote_matches(g.quote, item.text)
                for g in gold_by_source[source]
            ):
                score.matched_predicted += 1
            else:
                score.spurious.append(item)
    return dict(scores)


def _ratio(right: int, checked: int) -> str:
    """ "12/15" for a checked attribute, "-" when no matched gold item states it."""
    return f"{right}/{checked}" if checked else "-"


def report(scores: dict[str, TypeScore]) -> str:
    """A plain-text table: type, gold, predicted, precision, recall, amounts, actors, addressees, deadlines and
    (decisions) dates right."""
    lines = [
        f"{'type':<12} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6}  {'amounts':>9}  {'actors':>9}"
        f"  {'addressees':>10}  {'deadlines':>9}  dates"
    ]
    for item_type in sorted(scores):
        s = scores[item_type]
        amounts = _ratio(s.amounts_right, s.amounts_checked)
        actors = _ratio(s.actors_right, s.actors_checked)
        addressees = _ratio(s.addressees_right, s.addressees_checked)
        deadlines = _ratio(s.deadlines_right, s.deadlines_checked)
        lines.append(
            f"{item_type:<12} {s.gold:>5} {s.predicted:>5} {s.precision:>6.2f} {s.recall:>6.2f}  {amounts:>9}"
            f"  {actors:>9}  {addressees:>10}  {deadlines:>9}  {_ratio(s.dates_right, s.dates_checked)}"
        )
    return "\n".join(lines)


def details(scores: dict[str, TypeScore], item_type: str) -> str:
    """The gold items a type missed and the items it predicted that no gold item backs, with their lines."""
    score = scores.get(item_type)
    if score is None:
        return f"No gold or predicted items of type {item_type!r}."
    lines = [f"missed ({len(score.missed)}):"]
    lines += [f"  {g.source} {g.lines[0]}-{g.lines[1]}  {g.quote[:100]}" for g in score.missed]
    lines.append(f"spurious ({len(score.spurious)}):")
    lines += [f"  {i.id} {i.line_start}-{i.line_end}  {i.text[:100]}" for i in score.spurious]
    return "\n".join(lines)


def scores_to_dict(scores: dict[str, TypeScore]) -> dict[str, Any]:
    return {
        t: {
            "gold": s.gold,
            "predicted": s.predicted,
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "amounts_right": s.amounts_right,
            "amounts_checked": s.amounts_checked,
            "actors_right": s.actors_right,
            "actors_checked": s.actors_checked,
            "addressees_right": s.addressees_right,
            "addressees_checked": s.addressees_checked,
            "deadlines_right": s.deadlines_right,
            "deadlines_checked": s.deadlines_checked,
            "dates_right": s.dates_right,
            "dates_checked": s.dates_checked,
        }
        for t, s in sorted(scores.items())
    }


def regions_for(gold_path: Path) -> list[Region]:
    """The completely annotated regions of a gold file: `<stem>_regions.json` beside it, else the seed corpus's
    `tags_gold_regions.json` in the same folder (none: recall only, every prediction counted)."""
    own = gold_path.with_name(f"{gold_path.stem}_regions.json")
    return read_regions(own if own.is_file() else gold_path.with_name("tags_gold_regions.json"))


def evaluate_corpus(gold_path: Path, folders: Path | list[Path]) -> dict[str, TypeScore]:
    """Parse every file the gold names, found in `folders`, as `kb ingest` does (kb.ingest.parse_file with the
    folders' catalogue.toml files), tag it with kb.tags.tag_document, then score (no built index needed)."""
    from kb.catalogue import load_catalogue, merge_catalogues
    from kb.ingest import parse_file
    from kb.tags import tag_document

    folders = [folders] if isinstance(folders, Path) else folders
    gold = read_gold(gold_path)
    catalogue = merge_catalogues([load_catalogue(f / "catalogue.toml") for f in folders])
    predicted: dict[str, list[Item]] = {}
    for source in sorted({g.source for g in gold}):
        path = next((f / source for f in folders if (f / source).is_file()), None)
        if path is None:
            shown = ", ".join(str(f) for f in folders)
            raise UsageError(
                f"The gold file names {source}, which is in none of: {shown} — pass its folder with --corpus"
            )
        documents, _warnings = parse_file(path, catalogue, path.name)
        predicted[source] = [item for parsed in documents for item in tag_document(parsed).items]
    return evaluate(gold, predicted, regions_for(gold_path))


def evaluate_items(gold_path: Path, items: list[Item], sources: dict[str, str]) -> dict[str, TypeScore]:
    """Score the items a built knowledge base holds (`sources`: document id → source path) against a gold file."""
    gold = read_gold(gold_path)
    predicted: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        predicted[Path(sources[item.document_id]).name].append(item)
    return evaluate(gold, dict(predicted), regions_for(gold_path))


def side_by_side(results: dict[str, dict[str, TypeScore]]) -> str:
    """Precision / recall per type for several gold sets next to each other (e.g. development and test)."""
    names = list(results)
    types = sorted({t for scores in results.values() for t in scores})
    head = f"{'type':<12}" + "".join(f" {name[:49]:>49}" for name in names)
    sub = f"{'':<12}" + "".join(
        f" {'gold':>5} {'P':>5} {'R':>5} {'amt':>7} {'act':>7} {'adr':>7} {'dl':>7}" for _ in names
    )
    lines = [head, sub]
    for item_type in types:
        cells = []
        for name in names:
            s = results[name].get(item_type)
            if s is None:
                cells.append(f" {'-':>49}")
                continue
            amounts = _ratio(s.amounts_right, s.amounts_checked)
            actors = _ratio(s.actors_right, s.actors_checked)
            addressees = _ratio(s.addressees_right, s.addressees_checked)
            deadlines = _ratio(s.deadlines_right, s.deadlines_checked)
            measured = f"{amounts:>7} {actors:>7} {addressees:>7} {deadlines:>7}"
            cells.append(f" {s.gold:>5} {s.precision:5.2f} {s.recall:5.2f} {measured}")
        lines.append(f"{item_type:<12}" + "".join(cells))
    return "\n".join(lines)
