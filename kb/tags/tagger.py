"""Tagger: the orchestrator — walks the blocks of a ParsedDocument through the stages and returns the register
Items and passage tags.

The stages: kb.tags.lists (units, list items, label segments, programme-table rows), kb.tags.sentences (sentence
rules), kb.tags.money (money in prose and budget tables), kb.tags.finalise (ids, Items) with kb.tags.attributes
(actor, addressee, deadline, passage tags); the rule tables they apply are in kb.tags.rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kb.models import Item, ParsedDocument
from kb.tags.amendments import amendment_changes
from kb.tags.attributes import passage_tags
from kb.tags.drafts import Draft, first_containing, source_lines
from kb.tags.finalise import finalise
from kb.tags.lists import (
    agreement_sections,
    agreement_undertakings,
    block_units,
    cell_table_rows,
    drop_glossary_blocks,
    glossary_sections,
    list_items,
    measure_cards,
    measure_regions,
    named_measure_regions,
    nominal_lists,
    programme_rows,
    programme_sections,
    section_kinds,
    table_rows,
    vision_sections,
)
from kb.tags.money import budget_year, in_budget_year, money_items, quarters_in_year, table_budget_items, title_year
from kb.tags.progress import progress_rows, request_rows
from kb.tags.rules import (
    FOREWORD_TITLES,
    MILESTONE,
    VOTE_WORD,
    VOTED_ON,
    YOU_ASKED_US,
    classify_sentence,
    split_sentences,
)
from kb.tags.sentences import sentence_items

# What the author will do, and when: "Wij gaan …", "… zullen wij …", "In 2027 maken wij …" — under a measures header,
# one more measure (not "De gemeente blijft verantwoordelijk", a principle stated there).
PLANNED = re.compile(r"\b(?:gaan|zullen)\s+(?:we|wij)\b|\b(?:we|wij)\s+(?:gaan|zullen)\b|\b20[2-9]\d\b", re.I)


# A row of a risk register, one cell per line: its likelihood stands on a line of its own ("Groot", "Middel").
RISK_ROW = re.compile(r"\n\s*(?:groot|middel|klein|hoog|laag|gemiddeld|zeer\s+(?:groot|klein))\s*\n", re.I)


@dataclass(frozen=True)
class TagResult:
    items: tuple[Item, ...]
    passage_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)


# Request rules that name who is asked to act: a measure that holds such a sentence is also that request.
ADDRESSED_REQUESTS = frozenset(
    {
        "request_we_ask",
        "request_you",
        "request_dictum",
        "request_urge",
        "gs_inverted",
        "gs_subject",
        "gs_call",
        "gs_task",
        "gs_dictum",
    }
)


def _requests_in_list_items(drafts: list[Draft]) -> list[Draft]:
    """A decision point that asks someone to act ("5. Gedeputeerde Staten te verzoeken de voorstellen uit te
    werken") is also that request; so is a measure in which we ask a named body ("… Wij vragen het Rijk om …"): the
    same span, typed by the sentence rules."""
    found = []
    for draft in drafts:
        if draft.type == "decision" and draft.rule != "proposal_point":  # (its parts are the requests already)
            typed = classify_sentence(draft.text)
        elif draft.type == "action":
            kinds = [classify_sentence(sentence) for *_, sentence in split_sentences(draft.text)]
            typed = next((k for k in kinds if k is not None and k[0] in ADDRESSED_REQUESTS), None)
        else:
            continue
        if typed is not None and typed[1] in ("request_gs", "request"):
            found.append(
                Draft(typed[1], draft.char_start, draft.char_end, draft.section_id, text=draft.text, rule=typed[0])
            )
    return found


# The title of a motion or amendment a vote line closes: "Motie M1 "Water vasthouden …"", "Amendement A-3 …".
MOTION_TITLE_LINE = re.compile(r"^\s*(?:motie|amendement)\b", re.I)
NAMED_VOTE = re.compile(rf"^(?!(?:uitslag|stemming|besluit|besluitvorming)\b){VOTED_ON}{VOTE_WORD}\b", re.I)
VOTE_OUTCOME = re.compile(rf"^(?:{VOTED_ON})?(?:unaniem\s+)?{VOTE_WORD}\b", re.I)
MAX_MOTION_LINES = 60  # a vote line closes the motion whose title stands at most this many lines above it, with
# no other motion's vote between them (a motion with its grounds and dictum runs to 30 lines and more)


def _votes_with_their_motions(parsed: ParsedDocument, drafts: list[Draft]) -> list[Draft]:
    """A vote's outcome ("Aangenomen met 24 stemmen voor …") is the decision on the motion above it: the item runs
    from the motion's title down to the vote, and a decision read from that title alone is merged into it."""
    # (a vote that names what it decided, "RV 2026-088 (OZB): aangenomen met …", closes no motion above it)
    votes = [d for d in drafts if d.rule == "decision_vote" and NAMED_VOTE.match(d.text) is None]
    if not votes:
        return drafts
    lines = source_lines(parsed)
    starts = [start for start, _, _ in lines]
    at_line = [bisect.bisect_right(starts, vote.char_start) - 1 for vote in votes]
    # every line that records a vote ends the motion above it ("Besluit: aangenomen met 21 stemmen …")
    vote_lines = set(at_line) | {
        bisect.bisect_right(starts, d.char_start) - 1
        for d in drafts
        if d.type == "decision" and VOTE_OUTCOME.match(d.text)
    }
    merged: set[int] = set()
    for vote, at in zip(votes, at_line, strict=True):
        for back in range(at - 1, max(-1, at - MAX_MOTION_LINES), -1):
            start, _, text = lines[back]
            if back in vote_lines:
                break  # the vote on the motion above: this vote's motion has no title of its own here
            if MOTION_TITLE_LINE.match(text):
                merged.update(
                    id(d)
                    for d in drafts
                    if d is not vote and d.type == "decision" and start <= d.char_start < vote.char_start
                )
                vote.char_start = start
                vote.text = " ".join(parsed.text[start : vote.char_end].split())
                break
    return [d for d in drafts if id(d) not in merged]


# A motion cited with its dictum, as a list of adopted motions gives it: "M-2025-44 'Busje komt zo' verzoekt
# Gedeputeerde Staten om …", ""Urk goed verbonden" — verzoekt GS om …" (its number a cell of its own), "Motie M3
# "Voorzieningen in kleine kernen", aangenomen op 23 juni 2025, verzoekt het college …". Not a motion's full text
# ("Motie M1 … De raad, in vergadering bijeen, … verzoekt het college …"): its title is a sentence of its own.
_DICTUM = r"(?:verzoekt|verzoeken|draagt|dragen)\b"  # the verb that opens a motion's dictum
CITED_MOTION = re.compile(
    r"^(?:(?:motie\s+)?[MA]-?\d{1,4}(?:-\d{1,3})?\s*)?[\"'‘“][^\"'’”]{3,90}[\"'’”][\s,—–-]*"
    rf"(?:aangenomen\b[^,]{{0,40}},\s*)?{_DICTUM}",
    re.I,
)


# A motion's number alone on the line above its title and dictum, as a table of motions one cell per line gives it
# ("M24-017" / "Provinciale wegen veilig voor fietsers" / "verzoekt GS alle kruispunten …").
MOTION_NUMBER_CELL = re.compile(r"^\s*(?:motie\s+)?[MA]-?(?:19|20)?\d\d-\d{1,3}\s*$", re.I)
TITLE_AND_DICTUM = re.compile(rf"^[^.]{{3,90}}?\s{_DICTUM}", re.I)


ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+")  # "5  Monitoring en onderzoek": a money table's row number
LISTED_PREFIX = re.compile(r"^[^\w]*(?:\d{1,2}[.)]?\s+)?")  # "• ", "3. ": a listed measure's bullet or number
# A measure's code before its name: "A1 Herinrichten …", "W.3 Dijkversterking …" (not a road in a sentence, "de A1
# bij Apeldoorn": no capital follows)
MEASURE_CODE = re.compile(r"(?<![\w.-])([A-Z]{1,2}[.-]?\d{1,2})\s+[A-ZÀ-Ý]")


def _restated_measures(parsed: ParsedDocument, drafts: list[Draft]) -> list[Draft]:
    """Drop a row of a table of money per measure ("5  Monitoring en onderzoek  45  80  45 …") that names a measure
    the document listed before it ("Monitoring en onderzoek (passanten, leegstand, koopstromen)" in the action table
    above): the money of that measure, not another one — and one another table rule read as an action already. Its
    budget stays."""
    # the measures listed, each from its name (behind its bullet or number)
    others = [d for d in drafts if d.type == "action" and d.rule != "measure_table_row"]
    earlier = [
        (
            d.char_start,
            LISTED_PREFIX.sub("", " ".join((d.text or parsed.text[d.char_start : d.char_end]).split()).casefold()),
        )
        for d in others
    ]
    # … or by its code: "A1 Herinrichting gebiedsontsluitingswegen  950 …" is the money of the measure listed above as
    # "A1 Herinrichten zes gebiedsontsluitingswegen tot 30 km/u" (the money table names it more briefly)
    coded = [(d.char_start, set(MEASURE_CODE.findall(parsed.text[d.char_start : d.char_end]))) for d in others]
    kept = []
    for draft in drafts:
        if draft.type == "action" and draft.rule == "measure_table_row":
            label = ROW_NUMBER.sub("", draft.text.split(":")[0]).strip().casefold()
            named = len(label) >= 5 and any(
                start < draft.char_start and text.startswith(label) for start, text in earlier
            )
            code = MEASURE_CODE.match(draft.text)
            named = named or (
                code is not None and any(start < draft.char_start and code.group(1) in codes for start, codes in coded)
            )
            read = any(d.char_start < draft.char_end and draft.char_start < d.char_end for d in others)
            if named or read:
                continue
        kept.append(draft)
    return kept


def _also_decisions(parsed: ParsedDocument, drafts: list[Draft]) -> list[Draft]:
    """Items that are a decision as well: a request that cites an adopted motion by its title and dictum (a decision
    of the body that adopted it; with the motion's number when it stands on the line above), and a row of a schedule
    that names a decision and its date."""
    found = []
    for d in drafts:
        if d.type in ("request", "request_gs"):
            line_start = parsed.text.rfind("\n", 0, max(0, d.char_start - 1)) + 1
            above = parsed.text[line_start : d.char_start]
            if MOTION_NUMBER_CELL.match(above) and TITLE_AND_DICTUM.match(d.text):
                text = f"{above.strip()} {d.text}"
                found.append(Draft("decision", line_start, d.char_end, d.section_id, text=text, rule="cited_motion"))
            elif CITED_MOTION.match(d.text):
                found.append(
                    Draft("decision", d.char_start, d.char_end, d.section_id, text=d.text, rule="cited_motion")
                )
        elif d.type == "action" and MILESTONE.match(d.text):
            found.append(Draft("decision", d.char_start, d.char_end, d.section_id, text=d.text, rule="milestone"))
    return found


# A goal stated inside another item: a motion asking for money "met als doel in 2030 15% meer broedparen grutto", a
# request heeding "de doelstelling dat in 2030 ten minste 70% van de leerlingen …". The clause, up to its sentence's
# end, is a goal of its own when it names a figure.
EMBEDDED_GOAL = re.compile(
    r"\b(?:met\s+(?:als|het)\s+doel|(?:de|het)\s+doel(?:stelling)?(?:\s+(?:uit|van)\s+[^,;.]{1,60}?)?\s+(?:om|dat)|"
    # a resolution that sets the goal: "Als hoofddoel vast te stellen dat in 2031 per inwoner maximaal 100 kilo …"
    r"als\s+(?:hoofd)?doel(?:stelling)?\s+vast\s+te\s+stellen\s+dat)\s+"
    r"(?=[^.;]*\d)[^.;]{8,300}",
    re.I,
)


def _embedded_goals(parsed: ParsedDocument, drafts: list[Draft]) -> list[Draft]:
    """Goals stated inside a request, decision or action (EMBEDDED_GOAL), read from the item's source span."""
    found = []
    for d in drafts:
        if d.type not in ("request", "request_gs", "decision", "action"):
            continue
        for match in EMBEDDED_GOAL.finditer(parsed.text, d.char_start, d.char_end):
            text = " ".join(match.group(0).split())
            found.append(Draft("goal", match.start(), match.end(), d.section_id, text=text, rule="embedded_goal"))
    return found


# Levels of government whose documents never speak as Provinciale Staten, and their own request ("wij vragen",
# "verzoeken wij"; not the States' request they quote: "Zij verzoeken Gedeputeerde Staten …").
NOT_THE_STATES = frozenset({"gemeente", "waterschap", "regio", "rijk"})
YOU_ASKED = re.compile(YOU_ASKED_US, re.I)  # "heeft u ons gevraagd": the council asking its college there
OUR_REQUEST = re.compile(r"\b(?:(?:wij|we)\s+(?:vragen|verzoeken)|(?:vragen|verzoeken)\s+(?:wij|we))\b", re.I)


def tag_document(parsed: ParsedDocument) -> TagResult:
    """Register items and passage tags for one parsed document."""
    glossary = glossary_sections(parsed.sections)
    units = drop_glossary_blocks([u for u in block_units(parsed) if u.section_id not in glossary])
    kinds = section_kinds(parsed.sections)
    drafts: list[Draft] = []
    # table rows first: a row read with its columns (period, figures) wins over the same line read as a list item
    list_drafts = (
        programme_rows(units, parsed)
        + table_rows(parsed)
        + cell_table_rows(parsed)
        + progress_rows(parsed)
        + request_rows(parsed)
        + list_items(units, kinds)
    )
    list_drafts += nominal_lists(units, list_drafts)
    list_drafts += measure_cards(parsed, list_drafts)
    drafts.extend(list_drafts)
    drafts.extend(_requests_in_list_items(list_drafts))
    claimed = [(d.char_start, d.char_end) for d in drafts]
    asked_rows = [(d.char_start, d.char_end) for d in list_drafts if d.rule == "request_table"]
    programme = programme_sections(parsed.sections)
    measures = measure_regions(units, kinds)
    named_measures = named_measure_regions(units, measures)
    foreword = {s.id for s in parsed.sections if FOREWORD_TITLES.search(s.title or "")}
    goal_sections = frozenset(sid for sid, (_, kind) in kinds.items() if kind == "goal")
    year = parsed.document.year
    for draft in sentence_items(units, claimed, vision_sections(parsed.sections), goal_sections, year):
        if draft.type == "commitment" and draft.section_id in foreword and draft.rule != "commit_we":
            # a foreword reflects ("Zo doen we het al jaren", "Samen … maken we het verschil"); only a plain
            # "Wij [doen] …" there is an undertaking
            continue
        if (
            draft.type == "commitment"
            and draft.rule != "commit_promise"  # (a promise made stays one, wherever it is reported)
            and (
                draft.section_id in programme
                or (PLANNED.search(draft.text) is not None and any(a <= draft.char_start < b for a, b in measures))
                or any(a <= draft.char_start < b for a, b in named_measures)
            )
        ):
            # an intent stated in an action programme or under its measures is one of them, and what the author
            # undertakes under the title of one measure ("Innovatie (actie G2)") is that measure
            draft.type = "action"
        if draft.type == "decision" and any(
            start < draft.char_end and draft.char_start < end for start, end in asked_rows
        ):  # a request in a table of requests cites its motion ("M-2024-31, verzoek 1"): that decides nothing
            continue
        drafts.append(draft)
    drafts.extend(agreement_undertakings(units, agreement_sections(parsed.sections), drafts))
    drafts.extend(amendment_changes(units, drafts))
    list_item_at = first_containing(list_drafts)
    # an action table's money column made each row a budget already
    row_budgets = [(d.char_start, d.char_end) for d in list_drafts if d.type == "budget"]
    row_values = {round(a.value, 2) for d in list_drafts if d.type == "budget" for a in d.amounts}
    for money in money_items(parsed, units):
        if any(start < money.char_end and money.char_start < end for start, end in row_budgets) and all(
            round(a.value, 2) in row_values for a in money.amounts
        ):
            continue  # the same amounts, read again as prose across the table's rows
        # money inside a list item (a displaced "Wat gaan we doen" bullet) belongs where that item belongs
        owner = list_item_at(money.char_start)
        around = owner.text if owner is not None else parsed.text[money.char_start : money.char_end]
        if RISK_ROW.search(around):
            continue  # a risk's financial consequence ("… / Groot / tot € 3,0 mln / Realistische fasering …")
        if owner is not None:
            money.section_id = owner.section_id
            money.rule = owner.rule
        drafts.append(money)
    # … and the table reader's rows there are its cells (inside a row, or across one with the row's amounts); the
    # rows of an indicator table ("Aantal consulten seksuele gezondheid  2.480  2.600") are targets, not money
    targets = [(d.char_start, d.char_end) for d in list_drafts if d.rule == "target_row"]
    drafts.extend(
        draft
        for draft in table_budget_items(parsed, glossary)
        if not any(start <= draft.char_start and draft.char_end <= end for start, end in row_budgets + targets)
        and not (
            any(start < draft.char_end and draft.char_start < end for start, end in row_budgets)
            and all(round(a.value, 2) in row_values for a in draft.amounts)
        )
    )
    drafts = _restated_measures(parsed, drafts)
    drafts = _votes_with_their_motions(parsed, drafts)
    drafts.extend(_also_decisions(parsed, drafts))
    drafts.extend(_embedded_goals(parsed, drafts))
    in_budget_year(drafts, *budget_year(parsed.document.title))
    quarters_in_year(drafts, title_year(parsed.document.title))
    if parsed.document.level in NOT_THE_STATES:
        for draft in drafts:
            if draft.type == "request_gs" and (OUR_REQUEST.search(draft.text) or YOU_ASKED.search(draft.text)):
                # "Wij vragen Gedeputeerde Staten …" in a municipality's or waterschap's document: "wij" are not
                # Provinciale Staten, so it is a request to another body (3 of 3 in the development halves' gold)
                draft.type = "request"
    items = finalise(parsed, drafts)
    return TagResult(items=items, passage_tags=passage_tags(parsed, items))
