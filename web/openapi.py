"""The OpenAPI 3.1 description of the JSON API (`/api/openapi.json`), generated from the routes and the filter
registry so that it cannot drift from them silently (tests/test_web.py checks every /api route is described)."""

from __future__ import annotations

from typing import Any

from flask import Flask

from kb.filters import ITEMS, MAX_K, MAX_QUERY_CHARS, PASSAGES, filters_for
from kb.records import SCHEMA_VERSION


def _query(name: str, description: str, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": {"type": "string", **schema},
    }


def _path(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description, "schema": {"type": "string"}}


def _filters(scope: str) -> list[dict[str, Any]]:
    return [_query(f.name, f.help) for f in filters_for(scope) if f.name != "text"]


QUESTION = _query("q", f"The question or words (at most {MAX_QUERY_CHARS} characters).", True)
K = _query("k", f"Number of results, 1–{MAX_K} (default 10).", schema_type="integer")
PAGE = _query("page", "Page of results, from 1.")

# path (as Flask writes it) → (summary, parameters)
ROUTES: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "/api/": ("The list of endpoints.", []),
    "/api/openapi.json": ("This description.", []),
    "/api/search": (
        "Passages for a question: hits with citations, the strength verdict, total, paging and facet counts.",
        [QUESTION, K, PAGE, *_filters(PASSAGES)],
    ),
    "/api/ask": (
        "An extractive answer: per document the sentences closest to the question, each with its citation.",
        [QUESTION, K, *_filters(PASSAGES)],
    ),
    "/api/passage/<passage_id>": (
        "One passage in its context; `span` (characters a-b) marks a quote inside it.",
        [_path("passage_id", "Passage id."), _query("span", "Characters start-end of a quote in the passage.")],
    ),
    "/api/documents": ("Every document with its metadata and counts.", []),
    "/api/documents/<document_id>": (
        "One document: metadata, outline, items per type.",
        [_path("document_id", "Document id, code or source file.")],
    ),
    "/api/documents/<document_id>/source": (
        "A document's source lines, numbered as citations number them, with pages; `lines` marks a range.",
        [
            _path("document_id", "Document id, code or source file."),
            _query("lines", "Source lines a-b to mark."),
            _query("page", "For a PDF source: the page to show beside the text."),
        ],
    ),
    "/api/items": (
        "The register: items passing the filters, a page at a time, with facet counts.",
        [
            *_filters(ITEMS),
            _query("q", "Only items whose text contains these words."),
            PAGE,
            _query("sort", "document (default), type or year.", enum=["document", "type", "year"]),
        ],
    ),
    "/api/items/<item_id>": ("One register item with its links.", [_path("item_id", "Item id.")]),
    "/api/trace": (
        "Traceability: per document how far goals, requests, budgets and actions are traced; holes; goal matrix.",
        _filters(ITEMS),
    ),
    "/api/sources": ("What was ingested: documents with counts, source files with their warnings.", []),
    "/api/stats": ("Counts of items per type, document and theme, and the build manifest.", []),
    "/items/export.<fmt>": (
        "The register as a download: csv, xlsx, json, reqif, markdown or needs (needs.json), with its filters.",
        [
            _path("fmt", "csv, xlsx, json, reqif, markdown (.md) or needs (.needs.json)."),
            *_filters(ITEMS),
            _query("q", "Only items whose text contains these words."),
        ],
    ),
    "/healthz": ("200 with the build when a knowledge base is open, 503 while there is none.", []),
}

DESCRIBED_PREFIXES = ("/api", "/items/export", "/healthz")


def _openapi_path(rule: str) -> str:
    return rule.replace("<", "{").replace(">", "}")


def _fix_types(parameters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    fixed = []
    for p in parameters:
        schema = dict(p["schema"])
        if "schema_type" in schema:
            schema["type"] = schema.pop("schema_type")
        fixed.append({**p, "schema": schema})
    return fixed


def describe(app: Flask) -> dict[str, Any]:
    """The OpenAPI document for the routes of `app` that ROUTES describes."""
    paths: dict[str, Any] = {}
    for rule in app.url_map.iter_rules():
        entry = ROUTES.get(rule.rule)
        if entry is None:
            continue
        summary, parameters = entry
        error = {"description": "An error: {error: {status, type, message, melding}}"}
        paths[_openapi_path(rule.rule)] = {
            "get": {
                "summary": summary,
                "parameters": _fix_types(parameters),
                "responses": {
                    "200": {"description": "OK (JSON; an export is the file)"},
                    "400": error,
                    "404": error,
                    "503": error,
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "kb — kennisbank beleidsdocumenten",
            "version": str(SCHEMA_VERSION),
            "description": "The JSON twins of the web pages. Every record has one shape (kb/records.py).",
        },
        "paths": paths,
    }
