"""Template helpers: query-term highlighting (HTML-escaped), page and line labels."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from flask import Flask, request
from markupsafe import Markup, escape

from kb.amounts import CURRENCY_SYMBOLS, format_dutch_number
from kb.models import pages_label

# Query words that carry no meaning of their own and so are never highlighted (Dutch function words).
HIGHLIGHT_STOPWORDS = frozenset(
    # articles, pronouns, conjunctions
    "de het een en of maar dat die dit deze wat wie hoe welke waar wanneer waarom wij we ons onze zij ze hun"
    # prepositions
    " van in op te voor met naar aan om bij door over uit tot tegen onder"
    # auxiliaries and particles
    " is zijn was wordt worden kan kunnen moet moeten zal zullen er ook niet wel nog al als dan"
    " the and for".split()
)
# Inflection endings stripped from longer query words so "woningen" also marks "woning" and "woningbouw".
HIGHLIGHT_ENDINGS = ("en", "s", "e")


def query_terms(query: str | None) -> list[str]:
    """Meaningful, lower-cased stems of the words in a query, longest first."""
    if not query:
        return []
    terms: set[str] = set()
    for word in re.findall(r"\w+", query.lower()):
        if len(word) < 3 or word in HIGHLIGHT_STOPWORDS or word.isdigit() and len(word) < 4:
            continue
        for ending in HIGHLIGHT_ENDINGS:
            if len(word) > 5 and word.endswith(ending):
                word = word[: -len(ending)]
                break
        terms.add(word)
    return sorted(terms, key=lambda t: (-len(t), t))


def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Long stems may sit inside a Dutch compound ("huurwoningen"); short ones ("kern") match only the word
    # itself with an inflection ending ("kernen"), not every word they start ("kerntaken").
    endings = "|".join(HIGHLIGHT_ENDINGS)
    parts = [rf"\w*{re.escape(t)}\w*" if len(t) >= 5 else rf"\b{re.escape(t)}(?:{endings})?\b" for t in terms]
    return re.compile("|".join(parts), re.IGNORECASE)


def highlight(text: str | None, terms: Iterable[str] | str | None) -> Markup:
    """Escape `text` and wrap the words matching `terms` (a query string or a list of stems) in <mark>."""
    text = text or ""
    if isinstance(terms, str):
        terms = query_terms(terms)
    pattern = _pattern(list(terms or ()))
    if pattern is None:
        return Markup(escape(text))
    out: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() == match.end():
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


def lines_label(lines: Sequence[int] | None) -> str:
    if not lines:
        return ""
    first, last = lines[0], lines[-1]
    return f"line {first}" if first == last else f"lines {first}–{last}"


def tag_label(tag: str) -> str:
    from kb.records import TYPE_LABELS

    if tag.startswith("theme:"):
        return tag.split(":", 1)[1].replace("_", " ")
    return TYPE_LABELS.get(tag, tag.replace("_", " "))


def url_with(**changes: object) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    args = {k: v for k, v in request.args.items()}
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
    app.add_template_global(url_with, "url_with")
