"""Attributes: who acts (actor, requester, payer), who is addressed (addressee, recipient of money), the
deadline of an item, and the passage tags (item types and themes per passage)."""

from __future__ import annotations

import re
from collections import defaultdict

from kb.lexicon import detect_themes, subject_actor
from kb.models import Item, ParsedDocument
from kb.tags.drafts import Draft
from kb.tags.rules import (
    ACCOUNTS_TO,
    ADDRESSED_BODY,
    ADDRESSEE,
    BODY_NAMES,
    BULLET_PREFIX,
    COUNTERPART,
    DATE,
    DATE_WITH_DAY,
    DEADLINE,
    DECIDED_BY,
    DECIDING_BODY,
    DECISION_DEADLINE,
    DUE_PHRASE,
    INFORMED_BODY,
    ITEM_TYPES,
    LEADING_WHEN,
    LEVEL_DECIDER,
    NAMED_BODY,
    PAYER,
    RECIPIENT,
    RECURRENCE,
    REQUEST_VERB,
    REQUESTER,
    SHORT_ROW_WORDS,
    SUBJECTLESS_REQUEST,
    WE,
    WE_DECIDED,
)


def _requester(text: str) -> str | None:
    match = REQUESTER.search(text)
    if match is None:
        return None
    return _named(match.group("before") or match.group("after"))


# A measure's lead named in its own field: "Trekker: Provincie Fryslân, team Mienskip", "Trekker: gemeente Hengelo."
LEAD_FIELD = re.compile(r"\btrekker\s*:\s*(?P<who>[^\n.;|()]{2,80}?)\s*(?=[.;|(]|\n|\s+\w+\s*:|$)", re.I)


def item_actor(draft: Draft, text: str, issuer: str | None, level: str | None = None) -> str | None:
    """Who states or carries the item: a decision's decider; the States for a request to GS; the owner its row or
    "Trekker:" names; a payer or requester named in it; a body its sentence opens with; else the document's issuer —
    a document's goals, measures and money are its author's unless it names another party. A request by another
    party names its requester or nobody."""
    if draft.type == "decision":
        return decider(text, level, issuer)
    if draft.type == "request_gs":
        # the States ask; a document by Gedeputeerde Staten that records their requests is not the asker
        return issuer if issuer and issuer.lower().startswith("provinciale staten") else "Provinciale Staten"
    if draft.actor:
        return draft.actor  # read by the tagger from the item's own owner cell ("Trekker" column of its table row)
    lead = LEAD_FIELD.search(text) if draft.type == "action" else None
    if lead is not None:
        return lead.group("who").strip().rstrip(",")
    if draft.type == "budget":
        payer = PAYER.search(text)
        if payer is not None:
            return _without_article(payer.group("who") or payer.group("by"))
        return issuer  # the document's own money unless a payer is named
    if draft.type == "request":
        return _request_actor(draft, text, issuer)
    if draft.rule in ("gs_list", "action_box", "action_list", "principles", "goal_label"):
        return issuer  # a list its header gives to the author ("Wat gaan we doen?") is the author's
    named = subject_actor(text)
    return named if named is not None else issuer


def decider(text: str, level: str | None, issuer: str | None = None) -> str | None:
    """Who takes a decision: the body that an instruction in it addresses has its counterpart decide ("Het college
    op te dragen …" → the council; "Provinciale Staten voor te stellen …" → Gedeputeerde Staten); a body named with
    a verb of deciding decides ("Provinciale Staten hebben … aangenomen", "Het college stelt … vast", "vastgesteld
    door Gedeputeerde Staten"); "wij hebben … vastgesteld" is the issuer's; a short row of a decisions table names
    its body ("29 juni 2021  GS  Vaststelling …"); else the body that adopts proposals at the document's level of
    government (a municipality's council, the States, a water board's or regional body's general board)."""
    head = BULLET_PREFIX.sub("", text)[:160]
    addressed = ADDRESSED_BODY.match(head)
    if addressed is not None:
        return COUNTERPART[_body(addressed.group("body"))]
    deciding = DECIDING_BODY.match(head) or DECIDED_BY.search(text)
    if deciding is not None:
        return _body(deciding.group("body"))
    if issuer and WE_DECIDED.search(text):
        return issuer
    named = NAMED_BODY.search(text) if len(text.split()) <= SHORT_ROW_WORDS else None
    if named is not None:  # a row of a decisions table: "29 juni 2021  GS  Vaststelling subsidieregeling"
        return _body(named.group("body"))
    return LEVEL_DECIDER.get(level or "")


def _body(name: str) -> str:
    folded = " ".join(name.lower().split())
    return next(body for body, pattern in BODY_NAMES if re.search(pattern, folded))


def _recipient(text: str) -> str | None:
    match = RECIPIENT.search(text)
    if match is None:
        return None
    who = match.group("to") or match.group("to2") or match.group("to3")
    return _without_article(who.strip()) or None


def _request_actor(draft: Draft, text: str, issuer: str | None) -> str | None:
    """Who asks: the party named with the request verb in the item ("De stichting vraagt …"); else, from the item's
    lead-in if it is listed, or from the item itself: the author when it asks ("Wij vragen het Rijk om:"), the body
    that instructs the one asked when the dictum names no asker ("verzoekt het college:", a council's motion), or
    the party that opens the lead-in ("De raad verzoekt het college:"); else nobody."""
    requester = _requester(text)
    if requester is not None:
        return requester
    # (a motion read as one paragraph ends in its dictum: "De raad, …, constaterende dat …; verzoekt het college:")
    words = re.split(r";\s*", draft.lead_in)[-1] if draft.lead_in else text
    if WE.search(words):
        return issuer
    if SUBJECTLESS_REQUEST.match(BULLET_PREFIX.sub("", words)):
        asked = _asked(words)
        return COUNTERPART.get(asked) if asked is not None else None
    opener = REQUESTER.search(words) if draft.lead_in else None
    if opener is not None and opener.group("before"):
        return _named(opener.group("before"))
    return None


def _asked(text: str) -> str | None:
    """The governing body a request asks ("verzoekt het college …", "het college op te dragen …" → college van
    B&W), if it names one."""
    instructed = ADDRESSED_BODY.match(BULLET_PREFIX.sub("", text))
    if instructed is not None:
        return _body(instructed.group("body"))
    verb = REQUEST_VERB.search(text)
    match = NAMED_BODY.search(text, verb.end() if verb is not None else 0)
    return _body(match.group("body")) if match is not None else None


def item_addressee(draft: Draft, text: str, level: str | None = None) -> str | None:
    if draft.type == "request_gs":
        return "Gedeputeerde Staten"
    if draft.type == "budget":
        return _recipient(text)
    if draft.type == "commitment":
        return _informed(text, level)
    if draft.type != "request":
        return None
    # a listed request is asked of whom its lead-in asks ("verzoekt het college:"), whoever its words name
    for words in (draft.lead_in or "", text):
        verb = REQUEST_VERB.search(words)
        match = ADDRESSEE.search(words, verb.end() if verb is not None else 0) or ADDRESSEE.search(words)
        if match is not None:
            return _named(match.group("who"))
    return None


def _informed(text: str, level: str | None) -> str | None:
    """Whom an undertaking to account for the work is made to: "Wij informeren uw Staten …", "legt jaarlijks een
    voortgangsrapportage aan de raad voor", "De raad ontvangt …" — a body it names, or, addressed as "u" or named
    by nobody, the council the document's level answers to."""
    if not ACCOUNTS_TO.search(text):
        return None
    named = INFORMED_BODY.search(text)
    if named is not None:
        return _named(named.group("body"))
    return LEVEL_DECIDER.get(level or "")


def _named(who: str) -> str:
    """An addressee as the register names bodies: "het college" → "college van B&W", "de raad" → "gemeenteraad",
    "het Rijk" → "Rijk"."""
    if NAMED_BODY.fullmatch(who):
        return _body(who)
    return _without_article(who)


def _without_article(who: str) -> str:
    """A party's name without its article: "het Rijk" → "Rijk", "de gemeente" → "gemeente"."""
    return re.sub(r"^(?:de|het)\s+", "", who, flags=re.I)


def item_deadline(draft: Draft, text: str) -> str | None:
    """The date or period by which the item is due. A recurrence ("jaarlijks", "per jaar") is not a deadline, and
    a decision's own date is its date, not a deadline."""
    if draft.deadline is not None:
        return None if RECURRENCE.fullmatch(draft.deadline.strip()) else draft.deadline
    if draft.type == "decision":
        return _decision_deadline(text)
    # (a budget row's year label is the year of its money: "2027: 1.200 …")
    leading = LEADING_WHEN.match(BULLET_PREFIX.sub("", text)) if draft.type != "budget" else None
    if leading is not None:
        return leading.group(0).strip()
    due = DUE_PHRASE.search(text)  # said to be due, before any bare year or range
    if due is not None:
        return due.group(0)
    match = next(
        (m for m in DEADLINE.finditer(text) if not RECURRENCE.fullmatch(m.group(0)) and not _a_number(m, text)), None
    )
    return match.group(0) if match is not None else None


YEAR_PAIR = re.compile(r"((?:19|20)(\d\d))\s?[-–/]\s?(?:19|20)?(\d\d)$")


def _a_number(match: re.Match[str], text: str) -> bool:
    """A "year range" that is a number: a motion's or amendment's ("M-2025-44", "motie 2025-12"), a budget
    change's ("begrotingswijziging 2026-17") — its second part is not a later year, or a code is glued to it."""
    pair = YEAR_PAIR.search(match.group(0))
    if pair is None:
        return False
    glued = match.start() > 0 and (text[match.start() - 1] in "-/" or text[match.start() - 1].isalnum())
    return glued or int(pair.group(3)) <= int(pair.group(2))


def _decision_deadline(text: str) -> str | None:
    """What a decision makes due, in its own words ("het college op te dragen uiterlijk in het derde kwartaal van
    2027 …", "met ingang van 1 januari 2027", "voor de periode 2026–2030"), never the date it was taken ("op 9 juli
    2025 besloten", "in de vergadering van 4 juli 2019")."""
    match = DECISION_DEADLINE.search(text)
    return match.group(0) if match is not None else None


def item_recurrence(draft: Draft, text: str) -> str | None:
    """How often the item recurs: "jaarlijks", "per jaar", "per kwartaal", "structureel"."""
    match = RECURRENCE.search(draft.deadline or "") or RECURRENCE.search(text)
    return match.group(0).lower() if match is not None else None


def item_date(draft: Draft, text: str, signed: str | None = None) -> str | None:
    """A decision's own date: a full date in its words that is not one it makes due ("op 9 juli 2025 besloten"),
    else the date of the resolution or meeting it belongs to (`signed`: "Aldus besloten in de openbare vergadering
    van 11 december 2025"), else a year it names."""
    if draft.type != "decision":
        return None
    due = [m.span() for m in DECISION_DEADLINE.finditer(text)]

    def outside_due(pattern: re.Pattern[str]) -> str | None:
        found = next((m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in due)), None)
        return found.group(0) if found is not None else None

    return outside_due(DATE_WITH_DAY) or signed or outside_due(DATE)


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
