"""Pipeline: the write side — the only place that knows the stage order. Builds atomically and swaps."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from kb import __version__
from kb.errors import REBUILD, IndexBusyError, IndexCorruptError, KbError
from kb.models import Document, FileReport, Item, Link, ParsedDocument, Passage, Section, content_hash
from kb.settings import Settings
from kb.sources import PDF_EXTENSIONS
from kb.store import SCHEMA_VERSION, Store

MANIFEST = "manifest.json"
# Files inside an input folder that are never documents themselves.
IGNORED_NAMES = {"catalogue.toml", "catalog.toml", "README.md", "readme.md", ".gitkeep"}


@dataclass
class BuildReport:
    index_dir: str
    files: list[FileReport] = field(default_factory=list)
    documents: int = 0
    sections: int = 0
    passages: int = 0
    items: int = 0
    links: int = 0
    kept_documents: list[str] = field(default_factory=list)  # carried over from the previous build
    removed_documents: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    skipped_build: bool = False  # --if-stale found the knowledge base up to date
    problems: list[str] = field(default_factory=list)  # build-level problems (no files, ...)
    notices: list[str] = field(default_factory=list)  # what the build did that a user should know (not a failure)

    @property
    def ok(self) -> bool:
        return not self.problems and all(f.status in ("ok", "unchanged") for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        from kb.models import to_dict

        return {
            "index": self.index_dir,
            "ok": self.ok,
            "skipped_build": self.skipped_build,
            "documents": self.documents,
            "sections": self.sections,
            "passages": self.passages,
            "items": self.items,
            "links": self.links,
            "kept_documents": self.kept_documents,
            "removed_documents": self.removed_documents,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "problems": self.problems,
            "notices": self.notices,
            "files": to_dict(self.files),
        }


# -- inputs --------------------------------------------------------------------------------------------------


def source_label(path: Path, folder: Path | None = None) -> str:
    """The path recorded (and shown) as a document's source: relative to the working directory when inside it,
    else relative to the parent of the input folder it was found in (or of the file given) — never an absolute
    path of the server's disk."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        pass
    base = (folder.resolve() if folder is not None else resolved).parent
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.name


def collect_files(paths: Sequence[Path]) -> tuple[dict[Path, Path | None], list[Path], list[str]]:
    """Expand inputs to files. Returns (file → the input folder it was found in or None, folders given,
    problems)."""
    files: dict[Path, Path | None] = {}
    seen: set[Path] = set()
    folders: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            folders.append(path)
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name not in IGNORED_NAMES
            )
            if not found:
                problems.append(f"{source_label(path)}: folder holds no documents")
            for file in found:
                if file.resolve() not in seen:
                    seen.add(file.resolve())
                    files[file] = path
        elif path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                files[path] = None
        else:
            problems.append(f"{path.name or path}: no such file or folder")
    return files, folders, problems


def _file_hashes(labels: dict[Path, str], settings: Settings, report: BuildReport) -> dict[Path, str]:
    """Each input read and hashed once (for the staleness check and to spot unchanged files). A file that cannot
    be read, or is over the size limit, becomes a report line — the rest of the build goes on."""
    hashes: dict[Path, str] = {}
    limit = settings.max_file_mb * 1_000_000
    for file, label in labels.items():
        try:
            size = file.stat().st_size
            if size > limit:
                problem = (
                    f"{size / 1_000_000:.1f} MB is over the limit of {settings.max_file_mb} MB per file — "
                    "raise the setting max_file_mb (KB_MAX_FILE_MB) to ingest it"
                )
            else:
                hashes[file] = hashlib.sha256(file.read_bytes()).hexdigest()
                continue
        except OSError as exc:
            problem = f"cannot read the file ({exc.strerror or exc})"
        report.files.append(FileReport(path=label, status="error", error=problem))
    return hashes


def catalogue_files(settings: Settings, folders: Sequence[Path]) -> list[Path]:
    """The catalogues of a build: the configured one and the catalogue.toml of every input folder, once each."""
    found: dict[Path, Path] = {}
    for path in [settings.catalogue_path, *(folder / "catalogue.toml" for folder in folders)]:
        if path.is_file():
            found.setdefault(path.resolve(), path)
    return list(found.values())


def fingerprint(file_hashes: dict[str, str], settings: Settings, catalogue_paths: Sequence[Path]) -> str:
    """Hash of everything a build depends on: inputs, catalogue, kb's own code and build settings.

    kb's code is in it so that `kb ingest --if-stale` (the main job) rebuilds after an upgrade; such a rebuild
    is cheap, as unchanged files are only re-parsed when stage code changed and embeddings come from the cache.
    """
    digest = hashlib.sha256()
    digest.update(f"{__version__}|{SCHEMA_VERSION}|{settings.embedder}|{settings.model}".encode())
    for module in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        digest.update(module.read_bytes())
    digest.update(f"|{settings.chunk_words}|{settings.vector_index}".encode())
    for label, file_hash in sorted(file_hashes.items()):
        digest.update(label.encode())
        digest.update(file_hash.encode())
    for path in catalogue_paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# -- manifest ------------------------------------------------------------------------------------------------


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    path = index_dir / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexCorruptError(f"{path} is not valid JSON ({exc}) — {REBUILD}") from exc
    if not isinstance(manifest, dict) or manifest.get("schema_version") != SCHEMA_VERSION:
        raise IndexCorruptError(
            f"{path} has schema version {manifest.get('schema_version') if isinstance(manifest, dict) else '?'}"
            f", this kb needs {SCHEMA_VERSION} — {REBUILD}"
        )
    return manifest


def _previous_build(index_dir: Path, report: BuildReport) -> tuple[dict[str, Any] | None, list[Document]]:
    """The manifest and the documents of the knowledge base this build updates; (None, []) when there is none —
    or when it is of another schema or unreadable: then this build starts from scratch (the old one stays until
    the new one is complete)."""
    try:
        previous = read_manifest(index_dir)
        if previous is None:
            return None, []
        old = Store.open(index_dir)  # the database must be readable to carry documents over
        try:
            return previous, old.documents()
        finally:
            old.close()
    except KbError as exc:
        reason = str(exc).split(" — ")[0]  # the error's own advice ("rebuild with kb ingest") is what happens now
        report.notices.append(f"The existing knowledge base cannot be updated ({reason}); building it anew")
        return None, []


# -- atomic swap ---------------------------------------------------------------------------------------------


def _building_dir(index_dir: Path) -> Path:
    return index_dir.parent / f".{index_dir.name}.building-{os.getpid()}"


def _backup_dir(index_dir: Path) -> Path:
    return index_dir.parent / f".{index_dir.name}.previous"


def recover(index_dir: Path) -> None:
    """Finish or undo a swap that was interrupted, and remove abandoned build directories."""
    backup = _backup_dir(index_dir)
    if backup.is_dir():
        if index_dir.is_dir():
            shutil.rmtree(backup, ignore_errors=True)
        else:
            backup.rename(index_dir)
    if index_dir.parent.is_dir():
        for stale in index_dir.parent.glob(f".{index_dir.name}.building-*"):
            pid = stale.name.rsplit("-", 1)[-1]
            if pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid():
                continue  # another build is running right now
            shutil.rmtree(stale, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_in(build_dir: Path, index_dir: Path) -> None:
    backup = _backup_dir(index_dir)
    if index_dir.exists():
        index_dir.rename(backup)
    build_dir.rename(index_dir)
    shutil.rmtree(backup, ignore_errors=True)


# -- the build -----------------------------------------------------------------------------------------------


def _tag(parsed: ParsedDocument) -> tuple[list[Item], dict[str, tuple[str, ...]]]:
    from kb import tags

    result = tags.tag_document(parsed)
    return list(result.items), dict(result.passage_tags)


def _link(items: Sequence[Item], documents: Sequence[Document], sections: Sequence[Section]) -> list[Link]:
    from kb import trace

    return list(trace.link_items(items, documents, sections))


def build(
    paths: Sequence[Path],
    settings: Settings,
    replace: bool = False,
    if_stale: bool = False,
    progress: Callable[[Iterable[Any], int, str], Iterable[Any]] | None = None,
    notify: Callable[[str], None] | None = None,
    wait: float = 600,
) -> BuildReport:
    """Build (or refresh) the knowledge base at settings.index_dir from `paths`.

    A file given again replaces its earlier version; a folder given again is synchronised (documents whose
    file is gone are removed). Documents from other sources are kept unless `replace`. A file that fails to
    parse keeps its previous version. The new knowledge base is swapped in only when complete.

    One writer at a time: the build holds the index's write lock; a second build waits up to `wait` seconds
    for it (saying so through `notify`), then refuses with IndexBusyError — it never runs beside another.
    """
    index_dir = settings.index_dir
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(write_lock_path(index_dir))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if wait > 0 and notify is not None:
            notify(f"Another `kb ingest` is writing {index_dir.name}; waiting for it to finish (up to {wait:g} s)…")
        try:
            lock.acquire(timeout=max(wait, 0))
        except Timeout:
            raise IndexBusyError(
                f"another `kb ingest` is still writing the knowledge base {index_dir.name}; nothing was changed — "
                "run this one again when it has finished"
            ) from None
    try:
        return _build(paths, settings, replace, if_stale, progress, notify)
    finally:
        lock.release()


def write_lock_path(index_dir: Path) -> Path:
    """The write lock of an index: beside it, as the index directory itself is swapped whole."""
    return index_dir.parent / f".{index_dir.name}.lock"


def _build(
    paths: Sequence[Path],
    settings: Settings,
    replace: bool,
    if_stale: bool,
    progress: Callable[[Iterable[Any], int, str], Iterable[Any]] | None,
    notify: Callable[[str], None] | None,
) -> BuildReport:
    from kb import catalogue as catalogue_module
    from kb import ingest

    started = time.perf_counter()
    index_dir = settings.index_dir
    report = BuildReport(index_dir=str(index_dir))
    recover(index_dir)

    inputs, folders, problems = collect_files(paths)
    report.problems.extend(problems)
    catalogue_paths = catalogue_files(settings, folders)
    catalogue = catalogue_module.merge_catalogues([catalogue_module.load_catalogue(p) for p in catalogue_paths])

    previous, previous_documents = _previous_build(index_dir, report)
    labels = {file: source_label(file, folder) for file, folder in inputs.items()}
    hashes = _file_hashes(labels, settings, report)
    files = list(hashes)
    file_hashes = {labels[file]: hashes[file] for file in files}
    corpus_hash = fingerprint(file_hashes, settings, catalogue_paths)
    if if_stale and previous is not None and previous.get("corpus_hash") == corpus_hash and not replace:
        report.skipped_build = True
        counts = previous.get("counts", {})
        report.documents, report.passages = counts.get("documents", 0), counts.get("passages", 0)
        report.sections, report.items = counts.get("sections", 0), counts.get("items", 0)
        report.links = counts.get("links", 0)
        return report
    if not files and not report.files:
        report.problems.append("No input files — nothing was built; the existing knowledge base is unchanged")
        return report

    # 1. parse every file (pure stages behind kb.ingest); a failure is a report line, never an abort.
    #    A file whose bytes, catalogue and stage code are unchanged since the previous build is not parsed
    #    again: its documents, passages and items are carried over as they are.
    parse_started = time.perf_counter()
    parsed: list[ParsedDocument] = []
    seen_hashes: dict[str, str] = {}
    failed_sources: set[str] = set()
    reusable = _reusable_sources(index_dir, previous, catalogue_paths, settings) if not replace else {}
    unchanged_sources: set[str] = set()
    iterator: Iterable[Path] = progress(files, len(files), "Parsing") if progress else files
    # a new uncatalogued file that guesses the id of a previous build's guessed document is another document
    taken_ids = {d.id: d.source for d in previous_documents if d.guessed} if not replace else {}
    for file in iterator:
        label = labels[file]
        file_report = FileReport(path=label)
        report.files.append(file_report)
        if reusable.get(label, {}).get("sha256") == file_hashes[label]:
            previous_file = reusable[label]
            file_report.status = "unchanged"
            file_report.documents = list(previous_file["documents"])
            for key in ("sections", "passages", "items"):
                setattr(file_report, key, previous_file.get(key, 0))
            file_report.warnings = list(previous_file.get("warnings", []))
            for digest in previous_file.get("text_hashes", []):
                seen_hashes[digest] = label
            unchanged_sources.add(label)
            continue
        try:
            taken = {d.document.id for d in parsed} | {i for i, source in taken_ids.items() if source != label}
            documents, warnings = ingest.parse_file(
                file, catalogue, label, chunk_words=settings.chunk_words, taken_ids=taken
            )
        except KbError as exc:
            file_report.status, file_report.error = "error", str(exc)
            failed_sources.add(label)
            continue
        except Exception as exc:  # a bug in a stage must not lose the rest of the build
            file_report.status, file_report.error = "error", f"unexpected {type(exc).__name__}: {exc}"
            failed_sources.add(label)
            continue
        file_report.warnings.extend(warnings)
        if not documents:
            file_report.status, file_report.error = "error", "no text found in this file"
            failed_sources.add(label)
            continue
        for document in documents:
            digest = content_hash(document.text, length=20)  # same text = duplicate, whatever its metadata
            if digest in seen_hashes:
                file_report.status = "duplicate"
                file_report.error = f"same content as {seen_hashes[digest]} — skipped"
                continue
            seen_hashes[digest] = f"{label} ({document.document.id})"
            parsed.append(document)
            file_report.documents.append(document.document.id)
            file_report.sections += len(document.sections)
            file_report.passages += len(document.passages)
            file_report.warnings.extend(f"{document.document.id}: {w}" for w in document.warnings)
    parsed = _unique_codes(parsed, _codes_kept(previous_documents, parsed), report)
    report.timings["parse"] = time.perf_counter() - parse_started

    # 2. tag and link
    tag_started = time.perf_counter()
    items: list[Item] = []
    passage_tags: dict[str, tuple[str, ...]] = {}
    by_label = {f.path: f for f in report.files}
    for document in parsed:
        try:
            doc_items, doc_tags = _tag(document)
        except Exception as exc:
            by_label[document.document.source].warnings.append(
                f"{document.document.id}: tagging failed ({type(exc).__name__}: {exc}); no items for it"
            )
            continue
        items.extend(doc_items)
        passage_tags.update(doc_tags)
        by_label[document.document.source].items += len(doc_items)
    report.timings["tag"] = time.perf_counter() - tag_started

    # 3. write the new store, carrying over what this build does not replace
    pdf_files = {labels[file]: file for file in files if file.suffix.lower() in PDF_EXTENSIONS}
    build_dir = _building_dir(index_dir)
    shutil.rmtree(build_dir, ignore_errors=True)
    build_dir.mkdir(parents=True)
    try:
        store = Store.create(build_dir)
        reparsed = {d.document.source for d in parsed} | {f.path for f in report.files if f.status == "duplicate"}
        present = {f.path for f in report.files}
        synced = [source_label(folder, folder) for folder in folders]
        kept_ids: set[str] = set()
        if previous is not None and not replace:
            kept_ids = _carry_over(
                store, index_dir, reparsed, present, synced, {d.document.id for d in parsed}, unchanged_sources, report
            )
        for ordinal, document in enumerate(parsed, start=len(kept_ids)):
            store.add_document(
                document.document,
                ordinal,
                document.text,
                document.source_map.lines,
                document.source_map.pages,
            )
            store.add_source_lines(document.document.id, document.source_lines, document.source_pages)
            if document.document.source in pdf_files:  # its pages can be shown beside the text
                store.add_source_file(document.document.source, "pdf", pdf_files[document.document.source].read_bytes())
            store.add_sections(document.sections)
            store.add_blocks(document.blocks)
            store.add_passages(document.passages)
        store.add_passage_tags(passage_tags)
        store.add_items(items)
        all_items = store.items()
        link_started = time.perf_counter()
        try:
            links = _link(all_items, store.documents(), store.sections())
        except Exception as exc:
            links = []
            report.problems.append(f"linking items failed ({type(exc).__name__}: {exc}); no links stored")
        store.add_links(links)
        report.timings["tag"] += time.perf_counter() - link_started
        store.set_meta("parse_fingerprint", _parse_fingerprint(catalogue_paths, settings))
        store.set_meta(
            "sources", json.dumps(_source_records(report, file_hashes, parsed, reusable), ensure_ascii=False)
        )
        store.commit()
        counts = store.counts()
        all_passages = store.passages()
        titles = {document.id: document.title for document in store.documents()}
        store.close()

        # 4. vector + lexical indexes (embeddings cached by content hash in the previous build)
        embed_started = time.perf_counter()
        if notify is not None:
            notify(
                f"Indexing {len(all_passages)} passages (new or changed ones are embedded; "
                "the first build with e5 takes a few minutes on a laptop CPU)…"
            )
        index_fields = _build_search_index(all_passages, build_dir, settings, index_dir, titles)
        report.timings["index"] = time.perf_counter() - embed_started

        manifest = {
            "schema_version": SCHEMA_VERSION,
            "kb_version": __version__,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "corpus_hash": corpus_hash,
            "counts": counts,
            "settings": {
                "chunk_words": settings.chunk_words,
                "vector_index": settings.vector_index,
                "embedder": "e5" if settings.embedder == "auto" else settings.embedder,
                "model": settings.model,
            },
            **index_fields,
        }
        (build_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        swap_in(build_dir, index_dir)
    except BaseException:
        shutil.rmtree(build_dir, ignore_errors=True)
        raise

    report.documents, report.sections = counts["documents"], counts["sections"]
    report.passages, report.items, report.links = counts["passages"], counts["items"], counts["links"]
    report.timings["total"] = time.perf_counter() - started
    return report


# Where the code that decides what a parsed document, its passages and its items look like starts: the parse
# fingerprint hashes these modules and every kb module they import, found by reading their imports (a package
# counts with all its modules), so an edit to any rule table, helper or model re-parses and re-tags every file.
PARSE_ROOTS = ("kb.ingest", "kb.tags")
CODE_ROOT = Path(__file__).resolve().parent  # the kb package whose code is hashed


def _module_files(name: str, package: Path) -> list[Path]:
    """The source files of a kb module or package (all modules of a package)."""
    relative = Path(*name.split(".")[1:])
    folder = package / relative
    if folder.is_dir():
        return sorted(folder.rglob("*.py"))
    module = package / relative.with_suffix(".py")
    return [module] if module.is_file() else []


def _kb_imports(source: Path) -> set[str]:
    """The kb modules a source file imports, at top level or inside functions."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kb" and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from kb import tags`
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "kb")
    return found


def parse_code_files(roots: Sequence[str] = PARSE_ROOTS) -> list[Path]:
    """Every kb source file the parse and tag stages run, by following imports from `roots`."""
    package = CODE_ROOT
    seen: set[Path] = set()
    pending = [file for root in roots for file in _module_files(root, package)]
    while pending:
        file = pending.pop()
        if file in seen:
            continue
        seen.add(file)
        for name in _kb_imports(file):
            pending.extend(f for f in _module_files(name, package) if f not in seen)
    return sorted(seen)


def _parse_fingerprint(catalogue_paths: Sequence[Path], settings: Settings) -> str:
    """Changes whenever re-parsing a file could give another result: stage code, catalogue, chunk size."""
    digest = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}|{settings.chunk_words}".encode())
    for module in parse_code_files():
        digest.update(str(module.relative_to(CODE_ROOT)).encode())
        digest.update(module.read_bytes())
    for path in catalogue_paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _reusable_sources(
    index_dir: Path, previous: dict[str, Any] | None, catalogue_paths: Sequence[Path], settings: Settings
) -> dict[str, dict[str, Any]]:
    """Per source file of the previous build: its hash and counts, when that build parsed like this one would."""
    if previous is None:
        return {}
    try:
        old = Store.open(index_dir)
    except KbError:
        return {}
    try:
        meta = old.meta()
    finally:
        old.close()
    if meta.get("parse_fingerprint") != _parse_fingerprint(catalogue_paths, settings):
        return {}
    try:
        return dict(json.loads(meta.get("sources", "{}")))
    except json.JSONDecodeError:
        return {}


def _source_records(
    report: BuildReport,
    file_hashes: dict[str, str],
    parsed: Sequence[ParsedDocument],
    reusable: dict[str, dict[str, Any]],
) -> dict[str, dict[str, Any]]:
    text_hashes: dict[str, list[str]] = {}
    for document in parsed:
        text_hashes.setdefault(document.document.source, []).append(content_hash(document.text, length=20))
    records: dict[str, dict[str, Any]] = {}
    for file in report.files:
        if file.status == "unchanged":
            records[file.path] = reusable[file.path]
        elif file.status == "ok":
            records[file.path] = {
                "sha256": file_hashes[file.path],
                "documents": file.documents,
                "sections": file.sections,
                "passages": file.passages,
                "items": file.items,
                "warnings": file.warnings,
                "text_hashes": text_hashes.get(file.path, []),
            }
    return records


def _codes_kept(previous: Sequence[Document], parsed: Sequence[ParsedDocument]) -> dict[str, str]:
    """Code → document id of the previous build's documents this build does not parse again."""
    sources = {d.document.source for d in parsed}
    ids = {d.document.id for d in parsed}
    return {d.code: d.id for d in previous if d.source not in sources and d.id not in ids}


def _unique_codes(parsed: list[ParsedDocument], taken: dict[str, str], report: BuildReport) -> list[ParsedDocument]:
    """Every document's short code is unique (item ids start with it): a document whose code another one already
    uses ("SPE" for a subsidieregeling and a Statenvoorstel) gets the next free "SPE2", and the report says so."""
    taken = dict(taken)
    unique: list[ParsedDocument] = []
    for document in parsed:
        code = document.document.code
        if code in taken and taken[code] != document.document.id:
            new = next(f"{code}{n}" for n in range(2, 1000) if f"{code}{n}" not in taken)
            warning = (
                f"{document.document.id}: code {code} is also used by {taken[code]}; its items use {new} "
                "(give each document its own code in the catalogue)"
            )
            file = next((f for f in report.files if f.path == document.document.source), None)
            if file is not None:
                file.warnings.append(warning)
            document = dataclasses.replace(document, document=dataclasses.replace(document.document, code=new))
            code = new
        taken[code] = document.document.id
        unique.append(document)
    return unique


def _carry_over(
    store: Store,
    index_dir: Path,
    reparsed: set[str],
    present: set[str],
    synced_folders: list[str],
    new_ids: set[str],
    unchanged: set[str],
    report: BuildReport,
) -> set[str]:
    """Copy documents of the previous build that this build does not replace; returns their ids.

    Kept: documents of unchanged files, of files that failed this time (nothing stored is lost), and of
    sources this build was not asked about. Dropped: documents re-parsed now, and documents of a folder given
    again whose file is gone.
    """
    old = Store.open(index_dir)
    kept: set[str] = set()
    try:
        tags = old.passage_tags()
        for ordinal, document in enumerate(old.documents()):
            if document.source in reparsed or document.id in new_ids:
                continue
            in_synced = any(document.source.startswith(f.rstrip("/") + "/") for f in synced_folders)
            if in_synced and document.source not in present:
                report.removed_documents.append(document.id)
                continue
            text, line_map, page_map = old.document_text(document.id)
            store.add_document(document, ordinal, text, line_map, page_map)
            store.add_source_lines(document.id, *old.source_lines(document.id))
            kept_file = old.source_file(document.source)
            if kept_file is not None:
                store.add_source_file(document.source, *kept_file)
            store.add_sections(old.sections(document.id))
            store.add_blocks(old.blocks(document.id))
            passages = old.passages(document.id)
            store.add_passages(passages)
            store.add_passage_tags({p.id: tags[p.id] for p in passages if p.id in tags})
            store.add_items(old.items(document_id=document.id))
            kept.add(document.id)
            if document.source not in unchanged:
                report.kept_documents.append(document.id)
    finally:
        old.close()
    return kept


def _build_search_index(
    passages: Sequence[Passage], build_dir: Path, settings: Settings, previous_dir: Path, titles: Mapping[str, str]
) -> dict[str, Any]:
    from kb import embed, index

    embedder = embed.make_embedder(settings)
    return dict(index.build_index(passages, build_dir, embedder, settings, previous_dir, titles))
