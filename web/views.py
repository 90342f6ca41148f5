"""HTML pages: search, answer, passage in context, documents, register. Each has a JSON twin in web.api."""

from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request

from kb.filters import ITEMS, filters_for
from web import get_kb, present

pages = Blueprint("pages", __name__)


@pages.get("/")
def search() -> str:
    kb = get_kb()
    options = present.filter_options(kb)
    if "q" not in request.args:
        counts = kb.counts()
        return render_template("search.html", options=options, result=None, query="", terms=None, counts=counts)
    result = present.search_view(kb, request.args)
    return render_template(
        "search.html", options=options, result=result, query=result["query"], terms=kb.matcher(result["query"])
    )


@pages.get("/ask")
def ask() -> str:
    kb = get_kb()
    result = present.ask_view(kb, request.args)
    return render_template(
        "ask.html",
        options=present.filter_options(kb),
        result=result,
        query=result["query"],
        terms=kb.matcher(result["query"]),
    )


@pages.get("/passage/<passage_id>")
def passage(passage_id: str) -> str:
    kb = get_kb()
    view = present.passage_view(kb, passage_id, request.args.get("span"))
    query = request.args.get("q", "")
    return render_template("passage.html", view=view, query=query, terms=kb.matcher(query) if query else None)


@pages.get("/documents")
def documents() -> str:
    return render_template("documents.html", view=present.documents_view(get_kb()))


@pages.get("/documents/<document_id>")
def document(document_id: str) -> str:
    return render_template("document.html", view=present.document_view(get_kb(), document_id))


@pages.get("/documents/<document_id>/source")
def source(document_id: str) -> str:
    """The document's source lines with line numbers and page marks; ?lines=12-18 marks a cited range."""
    view = present.source_view(get_kb(), document_id, request.args.get("lines"), request.args.get("page"))
    return render_template("source.html", view=view)


@pages.get("/documents/<document_id>/pages/<int:page>.png")
def page_image(document_id: str, page: int) -> Response:
    """A page of a PDF source, rendered (the source view shows it beside the text)."""
    image = get_kb().page_image(document_id, page)
    return Response(image, mimetype="image/png", headers={"Cache-Control": "private, max-age=3600"})


@pages.get("/sources")
def sources() -> str:
    """Bronnen: what was ingested — documents, counts, source files and the warnings of their ingest."""
    return render_template("sources.html", view=present.sources_view(get_kb()))


@pages.get("/items")
def items() -> str:
    return render_template("items.html", view=present.items_view(get_kb(), request.args), sorts=present.SORTS)


@pages.get("/items/<item_id>")
def item(item_id: str) -> str:
    from kb.records import LINK_LABELS

    return render_template("item.html", view=present.item_view(get_kb(), item_id), link_kinds=LINK_LABELS)


@pages.get("/items/export.<fmt>")
def items_export(fmt: str) -> Response:
    """The register page's filters as a download: /items/export.csv|xlsx|json|reqif?type=&document=&theme=&q="""
    from kb.export import export_filename, export_format, export_register, web_base_url

    chosen = export_format(fmt)
    kb = get_kb()
    base_url = web_base_url(current_app.config["KB_SETTINGS"].public_url)  # configured, never the Host header
    raw = {f.name: request.args[f.name] for f in filters_for(ITEMS) if f.name in request.args}
    if request.args.get("q") and not raw.get("text"):
        raw["text"] = request.args["q"]  # the register page's text box
    filters = kb.selection(raw, ITEMS)
    buffer = io.BytesIO()
    export_register(kb, chosen.name, buffer, filters.as_dict(), base_url=base_url)
    name = export_filename(chosen.name, filters.as_dict())
    return Response(
        buffer.getvalue(),
        content_type=chosen.content_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@pages.get("/trace")
def trace() -> str:
    """Traceerbaarheid: per document how far goals, requests, budgets and actions are traced, and the holes."""
    return render_template("trace.html", view=present.trace_view(get_kb(), request.args))


@pages.post("/items/<item_id>/curate")
def curate(item_id: str) -> Any:
    """A person's decision on one of the item's links, a new link, or the item as deliberately standalone."""
    from flask import redirect, url_for

    from kb.curation import ITEM_ACTIONS, Decision
    from web.csrf import check_csrf

    check_csrf()
    kb = get_kb()
    kb.item(item_id)
    form = request.form
    action = form.get("action", "")
    who, note = form.get("who", ""), form.get("note", "")
    source = form.get("source", "")
    target = form.get("target", "")
    if action in ITEM_ACTIONS or item_id not in (source, target):
        source = item_id  # the page decides on its own item, or on a link from it
    kb.curate(Decision.of(action, source, form.get("kind", ""), target, who, note))
    response = redirect(url_for("pages.item", item_id=item_id) + "#verbanden", code=303)
    response.set_cookie("kb_naam", who.strip()[:80], max_age=365 * 24 * 3600, samesite="Strict", httponly=True)
    return response
