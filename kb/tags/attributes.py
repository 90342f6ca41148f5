"""Attributes: who acts (actor, requester, payer), who is addressed (addressee, recipient of money), the
deadline of an item, and the passage tags (item types and themes per passage)."""

from __future__ import annotations

import re
from collections import defaultdict

from kb.lexicon import detect_themes, subject_actor
from kb.models import Item, ParsedDocument
from kb.tags.drafts import Draft
from kb.tags.rules import (
    ADDRESSEE,
    BULLET_PREFIX,
    DATE,
    DATE_WITH_DAY,
    DEADLINE,
    ITEM_TYPES,
    LEADING_WHEN,
    PAYER,
    RECIPIENT,
    RECURRENCE,
    REQUESTER,
    WE,
)


def _requester(text: str) -> str | None:
    match = REQUESTER.search(text)
    if match is None:
        return None
    who = match.group("before") or match.group("after")
    return re.sub(r"^(?:de|het)\s+", "", who, flags=re.I)


# A measure's lead named in its own field: "Trekker: Provincie Fryslân, team Mienskip", "Trekker: gemeente Hengelo."
LEAD_FIELD = re.compile(r"\btrekker\s*:\s*(?P<who>[^\n.;|()]{2,80}?)\s*(?=[.;|(]|\n|\s+\w+\s*:|$)", re.I)


def item_actor(draft: Draft, text: str, issuer: str | None) -> str | None:
    if draft.actor:
        return draft.actor  # read by the tagger from the item's own owner cell ("Trekker" column of its table row)
    lead = LEAD_FIELD.search(text) if draft.type == "action" else None
    if lead is not None:
        return lead.group("who").strip().rstrip(",")
    if draft.type == "budget":
        payer = PAYER.search(text)
        if payer is not None:
            return re.sub(r"^(?:de|het)\s+", "", payer.group("who"), flags=re.I)
        listed = draft.rule in ("gs_list", "action_box", "action_list", "principles", "goal_label")
        return issuer if listed or WE.search(text) else None
    if draft.type == "request":
        requester = _requester(text)
        if requester is not None:
            return requester
        return issuer if WE.search(text) else None
    if draft.type in ("request_gs",) or draft.rule in (
        "gs_list",
        "action_box",
        "action_list",
        "principles",
        "goal_label",
    ):
        return issuer
    named = subject_actor(text)
    if named is not None and draft.type != "request":
        return named
    if WE.search(text):
        return issuer
    return named


def _recipient(text: str) -> str | None:
    match = RECIPIENT.search(text)
    if match is None:
        return None
    who = match.group("to") or match.group("to2") or match.group("to3")
    return re.sub(r"^(?:de|het)\s+", "", who.strip(), flags=re.I) or None


def item_addressee(draft: Draft, text: str) -> str | None:
    if draft.type == "request_gs":
        return "Gedeputeerde Staten"
    if draft.type == "budget":
        return _recipient(text)
    if draft.type != "request":
        return None
    verb = re.search(r"\b(?:vraagt|vragen|verzoekt|verzoeken|roept|roepen|draagt|dragen)\b", text, re.I)
    # the addressee follows the request verb ("De raad verzoekt het college …"); the requester precedes it
    match = ADDRESSEE.search(text, verb.end() if verb is not None else 0) or ADDRESSEE.search(text)
    return match.group("who") if match is not None else None


def item_deadline(draft: Draft, text: str) -> str | None:
    """The date or period by which the item is due. A recurrence ("jaarlijks", "per jaar") is not a deadline, and
    a decision's own date is its date, not a deadline."""
    if draft.deadline is not None:
        return None if RECURRENCE.fullmatch(draft.deadline.strip()) else draft.deadline
    if draft.type == "decision":
        return None
    # (a budget row's year label is the year of its money: "2027: 1.200 …")
    leading = LEADING_WHEN.match(BULLET_PREFIX.sub("", text)) if draft.type != "budget" else None
    if leading is not None:
        return leading.group(0).strip()
    match = next((m for m in DEADLINE.finditer(text) if not RECURRENCE.fullmatch(m.group(0))), None)
    return match.group(0) if match is not None else None


def item_recurrence(draft: Draft, text: str) -> str | None:
    """How often the item recurs: "jaarlijks", "per jaar", "per kwartaal", "structureel"."""
    match = RECURRENCE.search(draft.deadline or "") or RECURRENCE.search(text)
    return match.group(0).lower() if match is not None else None


def item_date(draft: Draft, text: str) -> str | None:
    """A decision's own date: a full date ("3 februari 2025") dates it better than a year of the title before it."""
    if draft.type != "decision":
        return None
    match = DATE_WITH_DAY.search(text) or DATE.search(text)
    return match.group(0) if match is not None else None


def passage_tags(parsed: ParsedDocument, items: tuple[Item, ...]) -> dict[str, tuple[str, ...]]:
    by_passage: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for passage_id in item.passage_ids:
            by_passage[passage_id].add(item.type)
    tags: dict[str, tuple[str, ...]] = {}
    for passage in parsed.passages:
        types = sorted(by_passage.get(passage.id, set()), key=ITEM_TYPES.index)
        themes = [f"theme:{t}" for t in detect_themes(passage.text, minimum_hits=2)]
        if types or themes:
            tags[passage.id] = (*types, *themes)
    return tags
