"""Command-line edge: parse input, call the public API, render. Errors are translated once, here."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kb.errors import KbError
from kb.filters import DEFAULT_K, ITEMS, PASSAGES

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase
    from kb.settings import Settings


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class KbGroup(click.Group):
    """Translates KbError into a clear message and exit code (traceback only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KbError as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def index_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """Every command takes --index DIR (default indexes/default; env KB_INDEX, read by kb.settings)."""

    @click.option(
        "--index",
        "index_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Knowledge base directory [default: indexes/default; env KB_INDEX]",
    )
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    return wrapper


SERVER_THREADS = 8  # requests `kb serve` handles at once


@click.group(cls=KbGroup)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="kb")
def main(debug: bool) -> None:
    """kb — a searchable, traceable knowledge base for Dutch policy documents."""


# --- core commands ---


def _settings(index_dir: Path | None, **overrides: Any) -> Settings:
    from kb.settings import load_settings

    return load_settings(index_dir=index_dir, **overrides)


def _open(index_dir: Path | None, embedder: str | None = None, model: str | None = None) -> KnowledgeBase:
    from kb.knowledge import KnowledgeBase

    return KnowledgeBase.open(_settings(index_dir, embedder=embedder, model=model))


def filter_options(scope: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """One --NAME option per filter of the registry that applies to `scope` (kb.filters)."""
    from kb.filters import filters_for

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        for f in reversed(filters_for(scope)):
            function = click.option(f"--{f.name}", f"filter_{f.name}", default=None, help=f.help)(function)
        return function

    return decorate


def _filters(values: dict[str, Any]) -> dict[str, Any]:
    """The filter options' values out of a command's keyword arguments, by filter name."""
    return {name.removeprefix("filter_"): values.pop(name) for name in list(values) if name.startswith("filter_")}


def _progress(iterable: Any, total: int, label: str) -> Any:
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=label, unit="file", file=sys.stderr, leave=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--replace", is_flag=True, help="Start from an empty knowledge base instead of updating it.")
@click.option("--if-stale", is_flag=True, help="Do nothing when the inputs have not changed since the last build.")
@click.option("--embedder", default=None, help="Embedding backend: e5 | sentence-transformers | hash.")
@click.option("--model", default=None, help="Model name or path (sentence-transformers backend).")
@click.option(
    "--catalogue",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Catalogue file [default: catalogue.toml in the corpus folder].",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Seconds to wait for another `kb ingest` writing the same knowledge base (0: refuse at once).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
def ingest(
    paths: tuple[Path, ...],
    index_dir: Path | None,
    replace: bool,
    if_stale: bool,
    embedder: str | None,
    model: str | None,
    catalogue: Path | None,
    wait: float,
    as_json: bool,
) -> None:
    """Build or update the knowledge base from PATHS (files or folders; default: corpus/).

    Exit status 0 when every file was ingested, 1 when some files were skipped or failed (the rest is built,
    nothing already stored is lost), 9 when another `kb ingest` kept the knowledge base busy longer than --wait.
    """
    from kb.pipeline import build

    settings = _settings(index_dir, embedder=embedder, model=model, catalogue=catalogue)
    inputs = list(paths) or [settings.corpus_dir]
    report = build(
        inputs,
        settings,
        replace=replace,
        if_stale=if_stale,
        progress=None if as_json else _progress,
        notify=None if as_json else lambda message: click.echo(message, err=True),
        wait=wait,
    )
    if as_json:
        _emit_json(report.to_dict())
    else:
        _print_report(report)
    if not report.ok:
        sys.exit(1)


def _print_report(report: Any) -> None:
    if report.skipped_build:
        click.echo(
            f"Knowledge base at {report.index_dir} is up to date ({report.documents} documents, "
            f"{report.passages} passages, {report.items} items)."
        )
        return
    for file in report.files:
        mark = {"ok": "✓", "unchanged": "✓", "duplicate": "=", "error": "✗"}.get(file.status, "?")
        line = f"{mark} {file.path}"
        if file.documents:
            line += f": {len(file.documents)} document(s) [{', '.join(file.documents)}], {file.sections} sections, "
            line += f"{file.passages} passages, {file.items} items"
        if file.status == "unchanged":
            line += " (unchanged, not parsed again)"
        if file.error:
            line += f" — {file.error}"
        click.echo(line)
        for warning in file.warnings:
            click.echo(f"    warning: {warning}")
    for problem in report.problems:
        click.echo(f"✗ {problem}")
    for notice in report.notices:
        click.echo(f"  note: {notice}")
    for document in report.kept_documents:
        click.echo(f"  kept from the previous build: {document}")
    for document in report.removed_documents:
        click.echo(f"  removed (its file is gone): {document}")
    if report.timings.get("total") is not None:
        timings = ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items())
        click.echo(
            f"Built {report.index_dir}: {report.documents} documents, {report.sections} sections, "
            f"{report.passages} passages, {report.items} items, {report.links} links ({timings})"
        )
    else:
        click.echo("Nothing was built; the existing knowledge base is unchanged.")


@main.command()
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def documents(index_dir: Path | None, as_json: bool) -> None:
    """List the documents in the knowledge base."""
    from kb.records import document_record

    kb = _open(index_dir)
    docs = kb.documents()
    if as_json:
        _emit_json([document_record(d) for d in docs])
        return
    for d in docs:
        meta = ", ".join(str(v) for v in (d.issuer, d.level, d.doc_type, d.year, d.status) if v)
        click.echo(f"{d.id}  [{d.code}]  {d.title}")
        click.echo(f"    {meta}")
        click.echo(f"    {d.source}:{d.line_start}-{d.line_end}" + (" (metadata guessed)" if d.guessed else ""))


@main.command()
@click.argument("document")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def outline(document: str, index_dir: Path | None, as_json: bool) -> None:
    """Show the section tree of DOCUMENT (id or code)."""
    from kb.records import document_record, section_record

    kb = _open(index_dir)
    sections = kb.outline(document)
    if as_json:
        _emit_json(
            {"document": document_record(kb.document(document)), "sections": [section_record(s) for s in sections]}
        )
        return
    doc = kb.document(document)
    click.echo(f"{doc.title} ({doc.source})")
    for s in sections:
        pages = f" p.{s.page_start}" if s.page_start is not None else ""
        click.echo(f"{'  ' * max(s.level - 1, 0)}{s.label}  [lines {s.line_start}-{s.line_end}{pages}]")


@main.command()
@click.argument("passage_id")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def passage(passage_id: str, index_dir: Path | None, as_json: bool) -> None:
    """Show one passage with its citation."""
    from kb.records import citation_record, passage_record

    kb = _open(index_dir)
    found = kb.passage(passage_id)
    citation = kb.citation(found)
    if as_json:
        _emit_json(
            {
                "passage": passage_record(found, kb.document(found.document_id), kb.tags_of(found.id)),
                "citation": citation_record(citation, found.id),
            }
        )
        return
    click.echo(citation.render())
    click.echo("")
    click.echo(found.text)


@main.command()
@index_option
@click.option("--host", default=None, help="Address to listen on [default: 127.0.0.1; env KB_HOST].")
@click.option("--port", type=int, default=None, help="Port to listen on [default: 5000; env KB_PORT].")
@click.option("--embedder", default=None, help="Embedding backend the index was built with: e5 | hash | ...")
@click.option("--debug-server", is_flag=True, help="Reload on code changes and show Flask's debugger.")
def serve(index_dir: Path | None, host: str | None, port: int | None, embedder: str | None, debug_server: bool) -> None:
    """Serve the web UI: search with clickable citations, documents, the register (JSON under /api)."""
    from kb.errors import UsageError
    from web import create_app, warm_up

    settings = _settings(index_dir, host=host, port=port, embedder=embedder)
    app = create_app(settings)
    warm_up(app)  # the first search is then as fast as the next ones
    click.echo(f"Serving {settings.index_dir} at http://{settings.host}:{settings.port}/ (Ctrl+C to stop)")
    try:
        if debug_server:
            app.run(host=settings.host, port=settings.port, debug=True, use_reloader=True)
        else:
            from waitress import serve as serve_wsgi

            # a production WSGI server: a pool of threads, so searches run side by side on both cores
            serve_wsgi(app, host=settings.host, port=settings.port, threads=SERVER_THREADS, ident="kb")
    except OSError as exc:  # port in use, address not available
        raise UsageError(f"Cannot listen on {settings.host}:{settings.port} ({exc}) — try another --port") from exc


# --- search commands ---


def _search_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """-k, the passage filters and the model options shared by `kb search` and `kb ask`."""
    function = click.option("--json", "as_json", is_flag=True, help="Print JSON.")(function)
    function = click.option("--model", default=None, help="Model name or path (sentence-transformers backend).")(
        function
    )
    function = click.option("--embedder", default=None, help="Embedding backend the index was built with.")(function)
    function = filter_options(PASSAGES)(function)
    return click.option("-k", "k", default=str(DEFAULT_K), show_default=True, help="Number of passages.")(function)


@main.command()
@click.argument("query")
@index_option
@_search_options
@click.option("--page", default="1", show_default=True, help="Page of results (k per page).")
def search(
    query: str,
    index_dir: Path | None,
    k: str,
    embedder: str | None,
    model: str | None,
    as_json: bool,
    page: str,
    **rest: Any,
) -> None:
    """Find the passages that answer QUERY, across all documents, each with its citation."""
    from kb.filters import check_k, check_page, check_query
    from kb.records import search_record

    text, count, number = check_query(query), check_k(k), check_page(page)  # clear errors before anything loads
    result = _open(index_dir, embedder, model).search(text, count, _filters(rest), page=number)
    if as_json:
        _emit_json(search_record(result))
    else:
        from kb.search import render_hits

        if result.note:
            click.echo(result.note + "\n")
        click.echo(render_hits(result.hits))
        click.echo(f"\nPage {result.page} of {result.pages} · {result.total} candidate passages found")


@main.command()
@click.argument("query")
@index_option
@_search_options
def ask(
    query: str, index_dir: Path | None, k: str, embedder: str | None, model: str | None, as_json: bool, **rest: Any
) -> None:
    """Answer QUERY with quoted sentences per document (extractive only), each with its citation."""
    from kb.answer import render_answer
    from kb.filters import check_k, check_query
    from kb.records import answer_record

    text, count = check_query(query), check_k(k)
    kb = _open(index_dir, embedder, model)
    filters = kb.selection(_filters(rest), PASSAGES)
    result = kb.ask(text, count, filters)
    if as_json:
        _emit_json(answer_record(result, filters.as_dict()))
    else:
        click.echo(render_answer(result))


@main.command(name="eval")
@click.argument("queries", type=click.Path(path_type=Path))
@index_option
@click.option("--embedder", default=None, help="Embedding backend the index was built with.")
@click.option("--model", default=None, help="Model name or path (sentence-transformers backend).")
@click.option("--no-answers", is_flag=True, help="Measure retrieval only (skip asking every question).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (overall, per kind, per query).")
def eval_(
    queries: Path, index_dir: Path | None, embedder: str | None, model: str | None, no_answers: bool, as_json: bool
) -> None:
    """Measure search and answers on QUERIES (JSONL): Recall@5/@10, nDCG@10 and MRR, overall and per kind; and
    whether the answer's quoted sentences hold the marked answers (off-topic questions must come back weak)."""
    from kb import evaluate

    loaded = evaluate.load_queries(queries)
    kb = _open(index_dir, embedder, model)
    report = evaluate.evaluate_kb(kb, loaded)
    answers = None if no_answers else evaluate.evaluate_answers(kb, loaded)
    if as_json:
        _emit_json({**report.to_dict(), **({"answers": answers.to_dict()} if answers is not None else {})})
    else:
        click.echo(report.render())
        if answers is not None:
            click.echo(answers.render())


# --- tagging commands ---


@main.command()
@index_option
@filter_options(ITEMS)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def items(index_dir: Path | None, as_json: bool, **rest: Any) -> None:
    """List register items: goals, requests, budgets, actions, commitments, decisions."""
    from kb.records import kb_item_record
    from kb.tags import render_item

    kb = _open(index_dir)
    found = kb.items(_filters(rest))
    if as_json:
        _emit_json([kb_item_record(kb, i) for i in found])
        return
    for item in found:
        click.echo(render_item(item, kb.document(item.document_id)))
    click.echo(f"{len(found)} items")


@main.command()
@click.argument("fmt", metavar="FORMAT")
@click.option("-o", "--output", default=None, help="Output file, or - for stdout [default: register.<ext>].")
@index_option
@filter_options(ITEMS)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option(
    "--base-url",
    default=None,
    metavar="URL",
    help="Where kb's web UI runs (e.g. https://kb.example.nl): the xlsx links each item to its page there.",
)
def export(
    fmt: str, output: str | None, index_dir: Path | None, force: bool, base_url: str | None, **rest: Any
) -> None:
    """Export the register (items, links, citations) as FORMAT: csv, xlsx, json, reqif (ReqIF 1.2), markdown (a
    readable report per document) or needs (needs.json for sphinx-needs)."""
    from kb.errors import UsageError
    from kb.export import export_format, export_register, web_base_url

    chosen = export_format(fmt)  # a clear error before the knowledge base opens
    base = web_base_url(base_url or _settings(index_dir).public_url)
    target: Any
    if output == "-":
        if chosen.binary:
            raise UsageError(f"{chosen.name} is a binary format — write it to a file with -o FILE")
        target = sys.stdout.buffer
    else:
        target = Path(output) if output else Path(f"register.{chosen.extension}")
        if target.is_dir():
            raise UsageError(f"{target} is a folder — give a file name with -o FILE")
        if target.exists() and not force:
            raise UsageError(f"{target} already exists — use --force to overwrite it or -o to choose another file")
        if not target.parent.is_dir():
            raise UsageError(f"Folder {target.parent} does not exist — create it or choose another -o FILE")
    summary = export_register(_open(index_dir), chosen.name, target, _filters(rest), base_url=base)
    click.echo(summary.render(), err=output == "-")


@main.command()
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(index_dir: Path | None, as_json: bool) -> None:
    """Count register items per type, document and theme."""
    kb = _open(index_dir)
    counts = kb.stats()
    if as_json:
        _emit_json(counts)
        return
    for key in ("items_per_type", "items_per_document", "items_per_theme"):
        click.echo(key.replace("_", " ") + ":")
        for name, count in counts.get(key, {}).items():
            click.echo(f"  {count:>5}  {name}")


def gold_folders_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """--corpus: where the files an evaluation's gold names are (eval-tags, eval-links)."""
    return click.option(
        "--corpus",
        "corpus_dirs",
        multiple=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder with the files the gold names (repeatable) [default: corpus and the folders under "
        "eval/documents].",
    )(function)


def _gold_folders(corpus_dirs: tuple[Path, ...]) -> list[Path]:
    return list(corpus_dirs) or [Path("corpus"), *sorted(p for p in Path("eval/documents").glob("*") if p.is_dir())]


@main.command("eval-tags")
@click.argument("gold", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@gold_folders_option
@click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Score the items stored in this knowledge base instead of tagging the files afresh.",
)
@click.option("--show", "show_type", default=None, help="Also list missed and spurious items of this type.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_tags(
    gold: tuple[Path, ...], corpus_dirs: tuple[Path, ...], index_dir: Path | None, show_type: str | None, as_json: bool
) -> None:
    """Precision and recall of the tagger per item type against each GOLD file (default eval/tags_gold.jsonl),
    side by side — e.g. `kb eval-tags eval/tags-gold/dev.jsonl eval/tags-gold/test.jsonl`."""
    from kb.evaluate_tags import details, evaluate_corpus, evaluate_items, report, scores_to_dict, side_by_side

    golds = list(gold) or [Path("eval/tags_gold.jsonl")]
    folders = _gold_folders(corpus_dirs)
    results = {}
    for path in golds:
        if index_dir is not None:
            kb = _open(index_dir)
            sources = {d.id: d.source for d in kb.documents()}
            results[str(path)] = evaluate_items(path, kb.items(), sources)
        else:
            results[str(path)] = evaluate_corpus(path, folders)
    if as_json:
        data = {name: scores_to_dict(scores) for name, scores in results.items()}
        _emit_json(data if len(golds) > 1 else next(iter(data.values())))
        return
    click.echo(report(next(iter(results.values()))) if len(results) == 1 else side_by_side(results))
    if show_type is not None:
        for name, scores in results.items():
            click.echo(f"-- {name}")
            click.echo(details(scores, show_type))


@main.command("eval-links")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@gold_folders_option
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_links(gold: tuple[Path, ...], corpus_dirs: tuple[Path, ...], index_dir: Path | None, as_json: bool) -> None:
    """Recall and precision of kb's links per kind and per rule against each GOLD file (annotated relations,
    e.g. `kb eval-links eval/links-gold/dev.jsonl eval/links-gold/test.jsonl --index indexes/eval`)."""
    from kb.evaluate_links import evaluate_links, render

    golds = list(gold) or sorted(Path("eval/links-gold").glob("*.jsonl"))
    folders = _gold_folders(corpus_dirs)
    kb = _open(index_dir)
    scores = {str(path): evaluate_links(kb, [path], folders) for path in golds}
    if as_json:
        _emit_json({name: score.to_dict() for name, score in scores.items()})
        return
    click.echo(render(scores))


@main.command()
@index_option
@filter_options(ITEMS)
@click.option("--show", "show", default=5, show_default=True, help="Items listed per hole.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def trace(index_dir: Path | None, show: int, as_json: bool, **rest: Any) -> None:
    """How far the register is traced: per document the share of goals with an action or money, requests to GS
    with a follow-up, budgets that fund something, actions that serve a goal — and the holes."""
    from kb.records import trace_record

    kb = _open(index_dir)
    data = trace_record(kb, kb.trace(_filters(rest)))
    if as_json:
        _emit_json(data)
        return
    for row in data["coverage"]:
        click.echo(row["document"]["title"])
        for entry in row["rows"].values():
            click.echo(f"  {entry['label']}: {entry['items'] - entry['traced']} of {entry['items']}")
    for hole in data["holes"]:
        click.echo(f"{hole['label']}: {hole['count']}")
        for item in hole["items"][:show]:
            click.echo(f"  {item['id']}  {item['text'][:100]}")


@main.command()
@index_option
@filter_options(ITEMS)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def matrix(index_dir: Path | None, as_json: bool, **rest: Any) -> None:
    """The trace matrix: every goal (of the chosen documents) against the items that serve, fund or follow from
    it, per link kind — the same matrix as the spreadsheet's Matrix sheet and `kb trace --json`."""
    from kb.records import LINK_LABELS, trace_record

    kb = _open(index_dir)
    data = trace_record(kb, kb.trace(_filters(rest)))
    if as_json:
        _emit_json(data["matrix"])
        return
    for row in data["matrix"]:
        goal = row["goal"]
        click.echo(f"{goal['id']}  {goal['text'][:100]}")
        if not row["links"]:
            click.echo("  (nothing serves, funds or follows from it)")
        for kind, ids in row["links"].items():
            click.echo(f"  {LINK_LABELS.get(kind, kind)}: {', '.join(ids)}")
    click.echo(f"{len(data['matrix'])} goals")


@main.command()
@click.argument("item", required=False)
@index_option
@click.option("--kind", default=None, help="Only links of this kind: draagt_bij_aan, financiert, …")
@click.option("--origin", default=None, help="Only links of this origin: structure, rule, similarity, person.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def links(index_dir: Path | None, item: str | None, kind: str | None, origin: str | None, as_json: bool) -> None:
    """The links of ITEM (or of the whole register): confirmed ones first, then by confidence; links a person
    rejected are left out. Confirm, reject or add one with `kb link confirm|reject|add SOURCE KIND TARGET`."""
    from kb.errors import UsageError
    from kb.records import LINK_LABELS, link_record

    if kind is not None and kind not in LINK_LABELS:
        raise UsageError(f"Unknown link kind {kind!r} — use one of: {', '.join(LINK_LABELS)}")
    origins = ("structure", "rule", "similarity", "person")
    if origin is not None and origin not in origins:
        raise UsageError(f"Unknown link origin {origin!r} — use one of: {', '.join(origins)}")
    kb = _open(index_dir)
    if item is not None:
        kb.item(item)  # a clear error for an unknown id
    chosen = [
        link
        for link in kb.links(item)
        if (kind is None or link.kind == kind) and (origin is None or link.origin == origin)
    ]
    if as_json:
        _emit_json([link_record(link) for link in chosen])
        return
    for link in chosen:
        click.echo(
            f"{link.source_id}  {LINK_LABELS.get(link.kind, link.kind)}  {link.target_id}  "
            f"({link.origin}, {link.status}, confidence {link.confidence:.2f})"
        )
    click.echo(f"{len(chosen)} links")


@main.command()
@click.argument(
    "action", type=click.Choice(["confirm", "reject", "add", "reset", "standalone", "not_standalone", "report"])
)
@click.argument("source", required=False)
@click.argument("kind", required=False)
@click.argument("target", required=False)
@index_option
@click.option("--who", default=None, help="Who decides [default: $USER].")
@click.option("--note", default="", help="Why (kept with the decision).")
def curate(
    action: str,
    source: str | None,
    kind: str | None,
    target: str | None,
    index_dir: Path | None,
    who: str | None,
    note: str,
) -> None:
    """Confirm, reject, add or reset a link (SOURCE KIND TARGET), mark an item as deliberately standalone
    (standalone ITEM), or list the decisions whose items vanished (report). Decisions are kept beside the index
    and survive every rebuild."""
    import os

    from kb.curation import Decision
    from kb.errors import UsageError

    kb = _open(index_dir)
    if action == "report":
        _emit_json(kb.curation_report())
        return
    if not source:
        raise UsageError("Name the item (and for a link: SOURCE KIND TARGET)")
    stored = kb.curate(Decision.of(action, source, kind or "", target or "", who or os.environ.get("USER", ""), note))
    click.echo(
        f"Recorded: {stored.action} {' '.join(p for p in (stored.source, stored.kind, stored.target) if p)} "
        f"({stored.who}, {stored.when})"
    )


main.add_command(curate, name="link")  # `kb link confirm|reject|add SOURCE KIND TARGET` (the name for it)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
