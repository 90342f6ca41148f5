"""JSON twins of every page under /api (same data as the HTML page; errors as {"error": {...}})."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request, url_for

from web import get_kb, present

api = Blueprint("api", __name__)


@api.get("/")
def index() -> Any:
    return jsonify(
        {
            "endpoints": {
                "search": url_for("api.search") + "?q=…&k=10&document=&level=&type=&theme=",
                "ask": url_for("api.ask") + "?q=…",
                "passage": url_for("api.passage", passage_id="<id>"),
                "documents": url_for("api.documents"),
                "document": url_for("api.document", document_id="<id>"),
                "items": url_for("api.items") + "?type=&document=&theme=&q=&page=1",
                "item": url_for("api.item", item_id="<id>"),
                "export": url_for("pages.items_export", fmt="csv") + "?type=&document=&theme=&q=",
                "export_formats": "csv, xlsx, json, reqif, markdown, needs (the extension of the export URL)",
                "sources": url_for("api.sources"),
                "trace": url_for("api.trace") + "?document=&type=",
                "stats": url_for("api.stats"),
                "source": url_for("api.document_source", document_id="<id>") + "?lines=12-18",
                "openapi": url_for("api.openapi"),
                "health": "/healthz (200 with the build when a knowledge base is open, 503 while there is none)",
            }
        }
    )


@api.get("/search")
def search() -> Any:
    return jsonify(present.search_view(get_kb(), request.args))


@api.get("/ask")
def ask() -> Any:
    return jsonify(present.ask_view(get_kb(), request.args))


@api.get("/passage/<passage_id>")
def passage(passage_id: str) -> Any:
    return jsonify(present.passage_view(get_kb(), passage_id, request.args.get("span")))


@api.get("/documents")
def documents() -> Any:
    return jsonify(present.documents_view(get_kb()))


@api.get("/documents/<document_id>")
def document(document_id: str) -> Any:
    return jsonify(present.document_view(get_kb(), document_id))


@api.get("/items")
def items() -> Any:
    return jsonify(present.items_view(get_kb(), request.args))


@api.get("/items/<item_id>")
def item(item_id: str) -> Any:
    return jsonify(present.item_view(get_kb(), item_id))


@api.get("/stats")
def stats() -> Any:
    kb = get_kb()
    return jsonify({**kb.stats(), "manifest": kb.manifest, "sources": kb.sources()})


@api.get("/sources")
def sources() -> Any:
    """What was ingested: the documents with their counts, every source file (its path relative to the folder
    it was ingested from, content hash, documents) with the warnings of its ingest, and the build time."""
    return jsonify(present.sources_view(get_kb()))


@api.get("/documents/<document_id>/source")
def document_source(document_id: str) -> Any:
    return jsonify(present.source_view(get_kb(), document_id, request.args.get("lines"), request.args.get("page")))


@api.get("/openapi.json")
def openapi() -> Any:
    """The OpenAPI 3.1 description of every JSON route."""
    from flask import current_app

    from web.openapi import describe

    return jsonify(describe(current_app))


@api.get("/trace")
def trace() -> Any:
    """Coverage per document, holes and the goal matrix of the register's filters."""
    return jsonify(present.trace_view(get_kb(), request.args))
