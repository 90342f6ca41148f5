"""Template helpers: query-term highlighting (HTML-escaped), page and line labels."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from flask import Flask, request
from markupsafe import Markup, escape

from kb.amounts import CURRENCY_SYMBOLS, format_dutch_number
from kb.filters import FILTERS
from kb.models import range_label

_WORD = re.compile(r"[^\W_]+")


def highlight(text: str | None, matched: Callable[[str], bool] | None) -> Markup:
    """Escape `text` and wrap the words the search matched (`matched(word)`, KnowledgeBase.matcher) in <mark>."""
    text = text or ""
    if matched is None:
        return Markup(escape(text))
    out: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        if not matched(match.group(0)):
            continue
        out.append(str(escape(text[position : match.start()])))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


# A single line break that is only the PDF's line wrap: not part of a blank line, and not starting a bullet
# ("•", "-", "–", "·", "*", "▪") or a numbered point ("1.", "2)"). Joined with a space for reading.
WRAPPED_LINE_BREAK = re.compile(r"(?<!\n)[ \t]*\n(?!\n|[ \t]*(?:[•\-–·*▪]|\d+[.)]\s))[ \t]*")


def reflow(text: str | None) -> str:
    """Join lines the source only wrapped, keeping paragraphs and list items, so context reads as prose."""
    text = text or ""
    # A break at either end borders the cited passage: keep it, or the passage would run into its neighbour.
    return WRAPPED_LINE_BREAK.sub(lambda m: m.group(0) if m.start() == 0 or m.end() == len(text) else " ", text)


def money(amount: Mapping[str, Any] | None) -> str:
    """An amount the Dutch way: "€ 20.420", "€ 0,50", "ƒ 1.000"."""
    if not amount:
        return ""
    value = float(amount.get("value") or 0)
    currency = amount.get("currency") or "EUR"
    return f"{CURRENCY_SYMBOLS.get(currency, currency)} {format_dutch_number(value, 0 if value == int(value) else 2)}"


def link_label(kind: str) -> str:
    from kb.records import LINK_LABELS

    return LINK_LABELS.get(kind, kind.replace("_", " "))


def tag_label(tag: str) -> str:
    from kb.records import TYPE_LABELS

    if tag.startswith("theme:"):
        return tag.split(":", 1)[1].replace("_", " ")
    return TYPE_LABELS.get(tag, tag.replace("_", " "))


# The query parameters a page passes on in its links: the query, paging and the registry's filters — nothing
# else of a request reaches url_for (`_external`, `_scheme`, `_method`, `_anchor` would change what it builds).
LINK_PARAMETERS = frozenset({"q", "k", "page", "sort", "lines", "ranking", "span", *(f.name for f in FILTERS)})


def link_args() -> dict[str, str]:
    """The current request's query parameters that links may carry on (see LINK_PARAMETERS)."""
    return {key: value for key, value in request.args.items() if key in LINK_PARAMETERS}


def pages_label(pages: list[int] | tuple[int, ...] | None) -> str:
    """Pages as a Dutch reader reads them: "p. 4", "p. 4–6", "" when unknown."""
    return range_label(pages, "p.", "p.")


def lines_label(lines: list[int] | tuple[int, ...] | None) -> str:
    """Source lines in Dutch: "regel 4", "regels 4–6", "" when unknown."""
    return range_label(lines, "regel", "regels")


def cite_text(citation: Mapping[str, Any]) -> str:
    """A citation record as a Dutch reference to copy: document — section, pages, lines (source file)."""
    title = citation["document"]["title"]
    section = citation.get("section") or ""
    parts = [title + (f" — {section}" if section and section != title else "")]
    if citation.get("pages"):
        parts.append(pages_label(citation["pages"]))
    parts.append(lines_label(citation.get("lines")))
    source = citation["document"].get("source")
    return ", ".join(p for p in parts if p) + (f" ({source})" if source else "")


def url_with(**changes: object) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    args = link_args()
    for key, value in changes.items():
        if value is None or value == "":
            args.pop(key, None)
        else:
            args[key] = str(value)
    query = urlencode(args)
    return request.path + (f"?{query}" if query else "")


def register(app: Flask) -> None:
    app.add_template_filter(highlight, "highlight")
    app.add_template_filter(reflow, "reflow")
    app.add_template_filter(money, "money")
    app.add_template_filter(pages_label, "pages_label")
    app.add_template_filter(lines_label, "lines_label")
    app.add_template_filter(tag_label, "tag_label")
    app.add_template_filter(cite_text, "cite_text")
    app.add_template_filter(link_label, "link_label")
    app.add_template_global(url_with, "url_with")
    app.add_template_global(link_args, "link_args")
    from web.csrf import csrf_token

    app.add_template_global(csrf_token, "csrf_token")
