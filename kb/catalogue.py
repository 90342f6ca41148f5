"""Catalogue: metadata per source file from catalogue.toml, split rules for multi-document files, guesses."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.models import DocumentMeta

LEVELS = ("provincie", "gemeente", "waterschap", "regio", "maatschappelijke organisatie", "rijk")
STATUSES = ("concept", "vastgesteld")
DOCUMENT_KEYS = {"id", "code", "title", "issuer", "level", "year", "doc_type", "status", "starts_at"}
FILE_KEYS = {"file", "sha256", "documents"}
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


@dataclass(frozen=True)
class CatalogueDocument:
    meta: DocumentMeta
    starts_at: re.Pattern[str] | None = None  # None for the first document of a file


@dataclass(frozen=True)
class CatalogueEntry:
    file: str
    documents: tuple[CatalogueDocument, ...]
    sha256: str | None = None


@dataclass(frozen=True)
class Catalogue:
    entries: tuple[CatalogueEntry, ...] = ()
    path: str | None = None
    _by_name: dict[str, CatalogueEntry] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, file_name: str, sha256: str | None = None) -> CatalogueEntry | None:
        """The entry for a file name (and, when the entry pins one, its sha256)."""
        entry = self._by_name.get(Path(file_name).name)
        if entry is None and sha256 is not None:
            entry = next((e for e in self.entries if e.sha256 == sha256), None)
        if entry is not None and entry.sha256 is not None and sha256 is not None and entry.sha256 != sha256:
            return None
        return entry

    @property
    def document_ids(self) -> list[str]:
        return [d.meta.id for e in self.entries for d in e.documents]


class CatalogueError(KbError):
    """catalogue.toml is malformed; the message names the file and the problem."""

    exit_code = 2
    http_status = 500


def empty_catalogue() -> Catalogue:
    return Catalogue()


def _fail(where: str, problem: str) -> CatalogueError:
    return CatalogueError(f"{where}: {problem} — fix the catalogue and run again")


def _document(raw: Any, where: str, first: bool) -> CatalogueDocument:
    if not isinstance(raw, dict):
        raise _fail(where, "each [[file.documents]] entry must be a table")
    unknown = set(raw) - DOCUMENT_KEYS
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "code", "title"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(where, f"missing or empty {key!r}")
    if not SLUG_PATTERN.match(raw["id"]):
        raise _fail(where, f"id {raw['id']!r} must be a lower-case slug like 'omgevingsvisie-drenthe-2050'")
    if not CODE_PATTERN.match(raw["code"]):
        raise _fail(where, f"code {raw['code']!r} must be 2-10 upper-case letters/digits like 'OVD'")
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        raise _fail(where, f"level {level!r} must be one of {', '.join(LEVELS)}")
    status = raw.get("status")
    if status is not None and status not in STATUSES:
        raise _fail(where, f"status {status!r} must be one of {', '.join(STATUSES)}")
    year = raw.get("year")
    if year is not None and (not isinstance(year, int) or not 1800 <= year <= 2200):
        raise _fail(where, f"year {year!r} must be a four-digit number")
    for key in ("issuer", "doc_type"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(where, f"{key!r} must be text")
    pattern: re.Pattern[str] | None = None
    if "starts_at" in raw:
        if first:
            raise _fail(where, "the first document of a file starts at the top; remove its 'starts_at'")
        try:
            pattern = re.compile(raw["starts_at"])
        except (re.error, TypeError) as exc:
            raise _fail(where, f"starts_at {raw['starts_at']!r} is not a valid regular expression ({exc})") from exc
    elif not first:
        raise _fail(where, "every document after the first needs a 'starts_at' pattern")
    meta = DocumentMeta(
        id=raw["id"],
        code=raw["code"],
        title=raw["title"].strip(),
        issuer=raw.get("issuer"),
        level=level,
        year=year,
        doc_type=raw.get("doc_type"),
        status=status,
    )
    return CatalogueDocument(meta, pattern)


def parse_catalogue(text: str, where: str = "catalogue.toml") -> Catalogue:
    """Parse catalogue TOML text; CatalogueError (a KbError) naming `where` and the problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(where, f"not valid TOML ({exc})") from exc
    files = data.get("file", [])
    if set(data) - {"file"}:
        raise _fail(where, f"unknown top-level key(s) {', '.join(sorted(set(data) - {'file'}))}; use [[file]]")
    if not isinstance(files, list):
        raise _fail(where, "'file' must be an array of tables ([[file]])")
    entries: list[CatalogueEntry] = []
    by_name: dict[str, CatalogueEntry] = {}
    seen_ids: set[str] = set()
    for number, raw in enumerate(files, start=1):
        here = f"{where} [[file]] #{number}"
        if not isinstance(raw, dict) or not isinstance(raw.get("file"), str) or not raw["file"].strip():
            raise _fail(here, "missing 'file' (the source file name)")
        here = f"{where} [[file]] {raw['file']!r}"
        unknown = set(raw) - FILE_KEYS
        if unknown:
            raise _fail(here, f"unknown key(s) {', '.join(sorted(unknown))}")
        documents_raw = raw.get("documents")
        if not isinstance(documents_raw, list) or not documents_raw:
            raise _fail(here, "needs at least one [[file.documents]] entry")
        documents = tuple(
            _document(doc, f"{here} document #{i}", first=(i == 1)) for i, doc in enumerate(documents_raw, start=1)
        )
        for document in documents:
            if document.meta.id in seen_ids:
                raise _fail(here, f"document id {document.meta.id!r} is used twice")
            seen_ids.add(document.meta.id)
        name = Path(raw["file"]).name
        if name in by_name:
            raise _fail(here, "this file is listed twice")
        sha = raw.get("sha256")
        if sha is not None and (not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha)):
            raise _fail(here, "sha256 must be 64 lower-case hex digits")
        entry = CatalogueEntry(name, documents, sha)
        entries.append(entry)
        by_name[name] = entry
    return Catalogue(tuple(entries), where, by_name)


def load_catalogue(path: Path | None) -> Catalogue:
    """Read catalogue.toml (I/O at the edge); no path or a missing file is an empty catalogue."""
    if path is None or not path.is_file():
        return empty_catalogue()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(str(path), f"cannot read the file ({exc})") from exc
    return parse_catalogue(text, str(path))


def merge_catalogues(catalogues: list[Catalogue]) -> Catalogue:
    """One catalogue from several (each input folder may bring its own catalogue.toml); a file or document id
    listed in two of them is a CatalogueError naming both."""
    entries: list[CatalogueEntry] = []
    by_name: dict[str, CatalogueEntry] = {}
    ids: dict[str, str] = {}
    for catalogue in catalogues:
        where = catalogue.path or "catalogue"
        for entry in catalogue.entries:
            if entry.file in by_name:
                raise _fail(where, f"file {entry.file!r} is also listed in another catalogue")
            for document in entry.documents:
                if document.meta.id in ids:
                    raise _fail(where, f"document id {document.meta.id!r} is also used in {ids[document.meta.id]}")
                ids[document.meta.id] = where
            entries.append(entry)
            by_name[entry.file] = entry
    paths = [c.path for c in catalogues if c.path]
    return Catalogue(tuple(entries), " + ".join(paths) if paths else None, by_name)


def split_documents(
    lines: list[str] | tuple[str, ...], entry: CatalogueEntry
) -> tuple[list[tuple[int, int]], list[str]]:
    """0-based half-open line ranges, one per catalogue document, found with the starts_at patterns."""
    starts = [0]
    warnings: list[str] = []
    for document in entry.documents[1:]:
        assert document.starts_at is not None
        previous = starts[-1]
        found = next(
            (i for i in range(previous + 1, len(lines)) if document.starts_at.search(lines[i])),
            None,
        )
        if found is None:
            warnings.append(
                f"{entry.file}: start marker {document.starts_at.pattern!r} of document {document.meta.id!r} "
                "not found; its text stays with the previous document"
            )
            starts.append(len(lines))
        else:
            starts.append(found)
    ends = starts[1:] + [len(lines)]
    return list(zip(starts, ends, strict=True)), warnings


# Words in the text that tell what kind of body issued a document (rule table for guessing).
LEVEL_HINTS: tuple[tuple[re.Pattern[str], str, float], ...] = (
    # "Provinciale Staten", "Gedeputeerde Staten", "de provincie" → a provincial document
    (re.compile(r"\b(?:Provinciale Staten|Gedeputeerde Staten|[Pp]rovincie|provinciale?)\b"), "provincie", 1.0),
    # "gemeenteraad", "college van B&W", "de gemeente" → a municipal document
    (re.compile(r"\b(?:[Gg]emeenteraad|college van (?:B&W|burgemeester)|[Gg]emeente|wethouder)\b"), "gemeente", 1.0),
    # "Stichting", "vereniging", "overleg", "platform": civil-society bodies are also named in government texts,
    # so they weigh less
    (re.compile(r"\b(?:Stichting|[Vv]ereniging|[Oo]verleg|[Pp]latform)\w*"), "maatschappelijke organisatie", 0.5),
)
# Names of issuers per level, captured from the text.
ISSUER_PATTERNS: dict[str, re.Pattern[str]] = {
    "provincie": re.compile(r"\b(?:[Pp]rovincie|Provinciale Staten van|Gedeputeerde Staten van) ([A-Z][\w-]+)"),
    "gemeente": re.compile(r"\b[Gg]emeente ([A-Z][\w-]+(?:-[A-Z][\w-]+)?)"),
}
# Front-matter headings are not a document's title.
FRONT_MATTER = re.compile(r"^(?:Voorwoord|Inleiding|Inhoud(?:sopgave)?|Samenvatting|Colofon|Begrippenlijst)\b", re.I)
# A line ending in an article, preposition or conjunction runs on into the next line: not a title.
TITLE_OPEN_ENDING = re.compile(r"\b(?:de|het|een|van|voor|met|en|of|in|op|aan|te|die|dat)$", re.IGNORECASE)
YEAR_PATTERN = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def slugify(text: str, max_words: int = 8) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(words[:max_words]) or "document"


def guess_meta(text: str, file_name: str) -> DocumentMeta:
    """Metadata guessed from the text when no catalogue entry matches (guessed=True)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next(
        (
            line
            for position, line in enumerate(lines[:40])
            if 3 <= len(line) <= 100
            and len(line.split()) <= 14
            and line[:1].isupper()
            and not re.search(r"[.,;]$", line)
            and not TITLE_OPEN_ENDING.search(line)
            and not (position + 1 < len(lines) and lines[position + 1][:1].islower())
            and not FRONT_MATTER.match(line)
        ),
        Path(file_name).stem,
    )
    title = re.sub(r"\s+", " ", title)
    # the year in the title ("Drenthe in 2050"), else the most frequent year in the text (ties: the latest)
    years = Counter(int(y) for y in YEAR_PATTERN.findall(text))
    title_years = [int(y) for y in YEAR_PATTERN.findall(title)]
    year: int | None = None
    if title_years:
        year = title_years[0]
    elif years:
        year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
    level: str | None = None
    best = 0.0
    for pattern, candidate, weight in LEVEL_HINTS:
        count = weight * len(pattern.findall(text))
        if count > best:
            best, level = count, candidate
    issuer: str | None = None
    if level in ISSUER_PATTERNS:
        names = Counter(ISSUER_PATTERNS[level].findall(text))
        if names:
            issuer = f"{'Provincie' if level == 'provincie' else 'Gemeente'} {names.most_common(1)[0][0]}"
    stem_slug = slugify(Path(file_name).stem, 4)
    slug = f"{slugify(title, 6)}-{stem_slug}" if stem_slug not in slugify(title, 6) else slugify(title, 6)
    code = "".join(w[0] for w in re.findall(r"[A-Za-z]+", title)[:4]).upper() or "DOC"
    code = (code + "X")[:4] if len(code) < 2 else code
    status = "concept" if re.search(r"\b[Cc]oncept", "\n".join(lines[:20])) else None
    return DocumentMeta(
        id=slug,
        code=code,
        title=title,
        issuer=issuer,
        level=level,
        year=year,
        doc_type=None,
        status=status,
        guessed=True,
    )
