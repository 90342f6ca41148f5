"""Tagger: walks the blocks of a ParsedDocument and applies the rule tables → register Items and passage tags."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from kb.amounts import (
    BALANCE,
    UNIT_MARKER,
    find_money,
    is_statistic,
    is_unit_marker,
    parse_budget_table,
    parse_dutch_number,
    parse_year_header,
    row_amounts,
    split_figures,
    unit_scale,
)
from kb.lexicon import detect_partners, detect_themes, subject_actor
from kb.models import Amount, Block, Item, ParsedDocument, Section
from kb.tags.rules import (
    ADDRESSEE,
    BUDGET_WORDS,
    BULLET_PREFIX,
    DATE,
    DATE_WITH_DAY,
    DEADLINE,
    EMBEDDED_ITEM,
    FOREWORD_TITLES,
    GLOSSARY_TITLES,
    INLINE_LABELS,
    ITEM_TYPES,
    LIST_NUMBER,
    PAYER,
    PROGRAMME_TABLE_HEADER,
    PROGRAMME_TITLES,
    RECIPIENT,
    REQUESTER,
    ROW_PERIOD,
    SENTENCE_RULES,
    TYPE_ABBREVIATIONS,
    VISION_END_TITLES,
    VISION_TITLES,
    WE,
    classify_sentence,
    list_header,
    split_sentences,
    target_state,
)


@dataclass(frozen=True)
class TagResult:
    items: tuple[Item, ...]
    passage_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class _Draft:
    """An item before its id is known."""

    type: str
    char_start: int
    char_end: int
    section_id: str | None
    text: str = ""
    amounts: tuple[Amount, ...] = ()
    actor: str | None = None
    addressee: str | None = None
    deadline: str | None = None
    parent: _Draft | None = None
    rule: str = ""


@dataclass
class _Unit:
    """A block of text (bullets merged with their continuation lines)."""

    kind: str
    start: int
    end: int
    section_id: str | None
    text: str


def _block_units(parsed: ParsedDocument) -> list[_Unit]:
    units: list[_Unit] = []
    blocks = [
        b for b in sorted(parsed.blocks, key=lambda b: (b.char_start, b.ordinal)) if _block_text(parsed, b).strip()
    ]
    for position, block in enumerate(blocks):
        text = _block_text(parsed, block)
        previous = units[-1] if units else None
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        continues = (
            previous is not None
            and previous.kind in ("bullet", "subbullet", "numbered")
            and block.kind == "paragraph"
            and list_header(text) is None
            and (
                not re.search(r"[.!?:;]\s*$", previous.text)
                or (previous.text.rstrip().endswith(":") and re.match(r"\s*[a-zà-ÿ]", text) is not None)
                # a short paragraph between two bullets of one list is the tail of the bullet above it
                or (
                    following is not None
                    and following.kind == previous.kind
                    and len(text.split()) <= 40
                    and not text.rstrip().endswith(":")
                )
            )
        )
        if continues and previous is not None:
            previous.end = block.char_end
            previous.text = previous.text.rstrip() + " " + text.strip()
            continue
        units.extend(_split_embedded_list(_Unit(block.kind, block.char_start, block.char_end, block.section_id, text)))
    return units


def _split_embedded_list(unit: _Unit) -> list[_Unit]:
    """Split a paragraph whose later lines start with bullet glyphs into the lead text and one unit per item."""
    if unit.kind != "paragraph" or "\n" not in unit.text:
        return [unit]
    lines = unit.text.split("\n")
    if not any(EMBEDDED_ITEM.match(line) for line in lines[1:]):
        return [unit]
    pieces: list[_Unit] = []
    offset = 0
    for line in lines:
        start = unit.start + offset
        end = start + len(line)
        offset += len(line) + 1
        if not line.strip():
            continue
        if EMBEDDED_ITEM.match(line) or not pieces:
            kind = "bullet" if EMBEDDED_ITEM.match(line) else "paragraph"
            pieces.append(_Unit(kind, start, end, unit.section_id, line))
        else:
            last = pieces[-1]
            last.end = end
            last.text = last.text + "\n" + line
    return pieces


def _block_text(parsed: ParsedDocument, block: Block) -> str:
    text = parsed.text[block.char_start : block.char_end]
    return text if text.strip() else block.text


def _sections_titled(sections: tuple[Section, ...], titles: re.Pattern[str]) -> set[str]:
    """Ids of the sections whose title matches `titles`, and of all their subsections."""
    found = {s.id for s in sections if titles.search(s.title or "")}
    changed = True
    while changed:
        changed = False
        for section in sections:
            if section.id not in found and section.parent_id in found:
                found.add(section.id)
                changed = True
    return found


def _glossary_sections(sections: tuple[Section, ...]) -> set[str]:
    return _sections_titled(sections, GLOSSARY_TITLES)


def _programme_sections(sections: tuple[Section, ...]) -> set[str]:
    """Sections (and their subsections) whose title names an action programme."""
    return _sections_titled(sections, PROGRAMME_TITLES)


def _vision_sections(sections: tuple[Section, ...]) -> dict[str, str]:
    """Section id → target year for the sections of a picture of the future ("Midden-Drenthe in 2035" and the
    sections after it, up to a section about today, the appendices or the execution)."""
    found: dict[str, str] = {}
    year: str | None = None
    level = 0
    for section in sorted(sections, key=lambda s: s.ordinal):
        title = section.title or ""
        match = VISION_TITLES.search(title)
        if match is not None and section.level > 0:
            year, level = match.group("year") or match.group("year2") or "", section.level
        elif year is not None and (section.level < level or VISION_END_TITLES.search(title)):
            year = None
        if year is not None:
            found[section.id] = year
    return found


def _drop_glossary_blocks(units: list[_Unit]) -> list[_Unit]:
    """Drop a glossary that ingestion did not make a section: a short "Begrippen" line up to the next heading."""
    kept: list[_Unit] = []
    skipping = False
    for unit in units:
        first_line = unit.text.strip().split("\n")[0]
        if len(first_line.split()) <= 4 and GLOSSARY_TITLES.fullmatch(first_line.strip(" :")):
            skipping = True
            continue
        if unit.kind == "heading":
            skipping = False
        if not skipping:
            kept.append(unit)
    return kept


def tag_document(parsed: ParsedDocument) -> TagResult:
    """Register items and passage tags for one parsed document."""
    glossary = _glossary_sections(parsed.sections)
    units = _drop_glossary_blocks([u for u in _block_units(parsed) if u.section_id not in glossary])
    drafts: list[_Draft] = []
    list_drafts = _list_items(units) + _programme_rows(units)
    drafts.extend(list_drafts)
    claimed = [(d.char_start, d.char_end) for d in drafts]
    programme = _programme_sections(parsed.sections)
    foreword = {s.id for s in parsed.sections if FOREWORD_TITLES.search(s.title or "")}
    for draft in _sentence_items(units, claimed, _vision_sections(parsed.sections)):
        if draft.type == "commitment" and draft.section_id in foreword and draft.rule != "commit_we":
            # a foreword reflects ("Zo doen we het al jaren", "Samen … maken we het verschil"); only a plain
            # "Wij [doen] …" there is an undertaking
            continue
        if draft.type == "commitment" and draft.section_id in programme:
            draft.type = "action"  # an intent stated in an action programme is one of its actions
        drafts.append(draft)
    for money in _money_items(parsed, units):
        # money inside a list item (a displaced "Wat gaan we doen" bullet) belongs where that item belongs
        owner = next((d for d in list_drafts if d.char_start <= money.char_start < d.char_end), None)
        if owner is not None:
            money.section_id = owner.section_id
            money.rule = owner.rule
        drafts.append(money)
    drafts.extend(_table_budget_items(parsed, glossary))
    items = _finalise(parsed, drafts)
    return TagResult(items=items, passage_tags=_passage_tags(parsed, items))


# --- list items (headers followed by bullets) ---------------------------------------------------------------


MAX_GOAL_PARAGRAPHS = 3  # a goal label covers at most this many paragraphs below it
MAX_GOAL_PARAGRAPH_LINES = 12  # … each of at most this many lines


def _trailing_header(text: str) -> tuple[str, str] | None:
    """A list header on the last line of a paragraph that ingestion joined with the text above it."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if not lines:
        return None
    if len(lines) >= 2 and list_header(lines[-1]) is not None:
        return list_header(lines[-1])
    sentences = split_sentences(lines[-1])
    if len(sentences) >= 2 or len(lines) >= 2:
        return list_header(sentences[-1][2]) if sentences else None
    return None


def _list_items(units: list[_Unit]) -> list[_Draft]:
    drafts: list[_Draft] = []
    active: tuple[str, str] | None = None  # (header name, item type)
    pending_boxes: list[tuple[int, str | None]] = []  # displaced "Wat gaan we doen" headers waiting for bullets
    last_parent: _Draft | None = None
    goal_paragraphs = 0
    index = 0
    while index < len(units):
        unit = units[index]
        is_list_item = unit.kind in ("bullet", "subbullet", "numbered") or BULLET_PREFIX.match(unit.text) is not None
        # a numbered unit can be a numbered heading with a header line ("3. Wat gaan we doen?")
        header = (
            None if unit.kind in ("bullet", "subbullet") else (list_header(unit.text) or _trailing_header(unit.text))
        )
        if header is not None:
            if active is not None and active[0] == "goal_label" and list_header(unit.text) is None:
                drafts.append(_draft("goal", unit, unit.section_id, "goal_label"))
            name, item_type = header
            if name == "action_box":
                pending_boxes.append((index, unit.section_id))
                active = None
            else:
                active = (name, item_type)
            last_parent = None
            goal_paragraphs = 0
            index += 1
            continue
        if (
            is_list_item
            and active is not None
            and (not _continues_numbering(last_parent, unit) or _numbered_heading(unit))
        ):
            active = None  # "4. Trends en ontwikkelingen" after "5) …": a heading, not the next list item
        if is_list_item and unit.kind != "table":
            if active is None and pending_boxes:
                # a displaced bullet group: it belongs to the oldest "Wat gaan we doen" header still waiting
                group_end = _group_end(units, index)
                for start, end in _split_group(units, index, group_end, len(pending_boxes)):
                    if not pending_boxes:
                        break
                    _, box_section = pending_boxes.pop(0)
                    for member in units[start:end]:
                        drafts.append(_draft("action", member, box_section, "action_box"))
                index = group_end
                continue
            if active is not None:
                name, item_type = active
                dash = re.match(r"^\s*[-–]\s", unit.text) is not None
                parent_dash = last_parent is not None and re.match(r"^\s*[-–]\s", last_parent.text) is not None
                # a sub-bullet only under a parent of another kind: a list of dashes alone is a flat list
                sub = (unit.kind == "subbullet" or dash) and last_parent is not None and not parent_dash
                if sub and last_parent is not None and name != "gs_list":
                    # a sub-bullet of a principle or goal belongs to its parent item
                    last_parent.char_end = unit.end
                    last_parent.text = last_parent.text.rstrip() + " " + unit.text.strip()
                else:
                    draft = _draft(item_type, unit, unit.section_id, name)
                    if sub and last_parent is not None:
                        draft.parent = last_parent
                    else:
                        last_parent = draft
                    drafts.append(draft)
                goal_paragraphs = MAX_GOAL_PARAGRAPHS  # after list items, a paragraph ends the list
                index += 1
                continue
        elif unit.kind == "heading":
            active = None
            pending_boxes = [p for p in pending_boxes if index - p[0] < 40]
        elif active is not None:
            if active[0] == "goal_label" and unit.text.rstrip().endswith(":") and len(unit.text.split()) <= 20:
                index += 1  # a lead-in ("… staan we voor de volgende opgaven:") introduces the goals below it
                continue
            short_enough = unit.text.count("\n") < MAX_GOAL_PARAGRAPH_LINES  # not a flattened table
            if (
                active[0] == "goal_label"
                and unit.kind == "paragraph"
                and goal_paragraphs < MAX_GOAL_PARAGRAPHS
                and short_enough
            ):
                # the paragraphs right under "Strategisch langetermijndoel" / "Onze ambitie" state the goal
                drafts.append(_draft("goal", unit, unit.section_id, "goal_label"))
                goal_paragraphs += 1
                index += 1
                continue
            active = None
        index += 1
    return drafts


MAX_PROGRAMME_ROWS = 60  # rows read under one programme table header


def _programme_rows(units: list[_Unit]) -> list[_Draft]:
    """One action per row of a programme table kept one row per line ("Thema Actie Partners Planning"): the
    row's period is its deadline, a line without a period continues the row above it."""
    drafts: list[_Draft] = []
    for index, unit in enumerate(units):
        lines = unit.text.split("\n")
        header = next((n for n, line in enumerate(lines) if PROGRAMME_TABLE_HEADER.match(line.strip())), None)
        if header is None or unit.kind == "heading":
            continue
        offsets = [unit.start + sum(len(line) + 1 for line in lines[:n]) for n in range(len(lines))]
        rows = [(offsets[n], line) for n, line in enumerate(lines) if n > header]
        for follower in units[index + 1 :]:
            if follower.kind == "heading" or re.search(r"[.!?:]\s*$", follower.text.strip().split("\n")[0]):
                break
            follower_lines = follower.text.split("\n")
            rows.extend(
                (follower.start + sum(len(x) + 1 for x in follower_lines[:n]), line)
                for n, line in enumerate(follower_lines)
            )
        current: _Draft | None = None
        for start, line in rows[:MAX_PROGRAMME_ROWS]:
            if not line.strip():
                continue
            period = ROW_PERIOD.search(line)
            if period is None and current is None:
                break  # not a table row: the table ended
            if current is not None and (period is None or not re.match(r"\s*[A-ZÀ-Ý]", line)):
                current.char_end = start + len(line)  # a wrapped row: its next line has no period of its own
                current.text = current.text + " " + line.strip()
                continue
            current = _Draft("action", start, start + len(line), unit.section_id, text=line.strip(), rule="table_row")
            current.deadline = period.group("period") if period is not None else None
            drafts.append(current)
    return drafts


def _continues_numbering(previous: _Draft | _Unit | None, unit: _Unit) -> bool:
    """False when a numbered unit breaks the numbering of the list above it (style or sequence)."""
    current = LIST_NUMBER.match(unit.text)
    if current is None or previous is None:
        return True
    before = LIST_NUMBER.match(previous.text)
    if before is None:
        return True
    return current.group(2) == before.group(2) and int(current.group(1)) == int(before.group(1)) + 1


def _numbered_heading(unit: _Unit) -> bool:
    """ "4. Financiële consequenties\nVoor de uitvoering …": a short numbered title line with text below it."""
    lines = [line for line in unit.text.split("\n") if line.strip()]
    if unit.kind != "numbered" or len(lines) < 2 or LIST_NUMBER.match(lines[0]) is None:
        return False
    title = LIST_NUMBER.sub("", lines[0]).strip()
    return 0 < len(title.split()) <= 4 and not re.search(r"[.!?:;,]$", title)


def _group_end(units: list[_Unit], start: int) -> int:
    end = start
    while end < len(units) and (
        units[end].kind in ("bullet", "subbullet", "numbered") or BULLET_PREFIX.match(units[end].text)
    ):
        if end > start and (_numbered_heading(units[end]) or not _continues_numbering(units[end - 1], units[end])):
            break
        end += 1
    return end


def _split_group(units: list[_Unit], start: int, end: int, boxes: int) -> list[tuple[int, int]]:
    """Split one bullet run over several waiting headers at its widest gaps (a box boundary)."""
    if boxes <= 1 or end - start < 2:
        return [(start, end)]
    gaps = sorted(range(start + 1, end), key=lambda i: units[i].start - units[i - 1].end, reverse=True)[: boxes - 1]
    cuts = [start, *sorted(gaps), end]
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _draft(item_type: str, unit: _Unit, section_id: str | None, rule: str) -> _Draft:
    return _Draft(item_type, unit.start, unit.end, section_id, text=unit.text, rule=rule)


# --- sentence items --------------------------------------------------------------------------------------


MAX_LABEL_LINES = 8  # an inline label's text ends at a full stop, a blank line, a new label, or after this many lines


def _label_segments(unit: _Unit) -> list[tuple[str, int, int]]:
    """(item type, start, end) for lines inside a unit that open with an inline label ("Hoofddoel: …")."""
    segments: list[tuple[str, int, int]] = []
    current: tuple[str, int, int, int] | None = None  # (type, start, end, lines so far)
    offset = 0
    for line in unit.text.split("\n"):
        start = unit.start + offset
        end = start + len(line)
        offset += len(line) + 1
        stripped = BULLET_PREFIX.sub("", line).strip()
        label = next((t for t, rx in INLINE_LABELS if rx.match(stripped)), None)
        if label is not None:
            if current is not None:
                segments.append(current[:3])
            current = (label, start + len(line) - len(line.lstrip()), end, 1)
        elif current is not None:
            if not stripped or re.match(r"^[A-Z][\w ]{0,40}:", stripped) or current[3] >= MAX_LABEL_LINES:
                segments.append(current[:3])
                current = None
                continue
            current = (current[0], current[1], end, current[3] + 1)
        if current is not None and re.search(r"[.;]\s*$", line):
            segments.append(current[:3])
            current = None
    if current is not None:
        segments.append(current[:3])
    return segments


def _sentence_items(
    units: list[_Unit], claimed: list[tuple[int, int]], vision: dict[str, str] | None = None
) -> list[_Draft]:
    """Items found sentence by sentence; in a picture of the future (`vision`: section id → year) a present-tense
    target state is a goal with that year as its deadline."""
    vision = vision or {}
    drafts: list[_Draft] = []
    for unit in units:
        taken = any(start <= unit.start < end for start, end in claimed)
        if taken or list_header(unit.text):
            continue
        segments = _label_segments(unit)
        for item_type, start, end in segments:
            text = unit.text[start - unit.start : end - unit.start]
            if not re.sub(r"^[^:]*:", "", text).strip():
                continue  # a bare label with nothing after it
            drafts.append(_Draft(item_type, start, end, unit.section_id, text=text, rule="inline_label"))
        if unit.kind in ("heading", "table"):
            continue
        for start, end, sentence in _cells(unit, split_sentences(unit.text, unit.start)):
            if any(a <= start < b for _, a, b in segments) or list_header(sentence) or _trailing_header(sentence):
                continue
            found = classify_sentence(sentence)
            if found is None:
                if unit.section_id in vision and target_state(sentence):
                    year = vision[unit.section_id] or None
                    drafts.append(
                        _Draft("goal", start, end, unit.section_id, text=sentence, deadline=year, rule="target_state")
                    )
                continue
            rule, item_type = found
            if item_type == "decision" and _cites_decision_above(sentence, drafts, start):
                # "De projecten wisselen jaarlijks. (raadsbesluit van 4 juli 2019)": the citation dates the decision
                # in the sentence before; it is no decision of its own
                drafts[-1].char_end = end
                drafts[-1].text = drafts[-1].text.rstrip() + " " + sentence
                continue
            start, end, sentence = _trim_long_sentence(unit, start, end, sentence, rule)
            drafts.append(_Draft(item_type, start, end, unit.section_id, text=sentence, rule=rule))
    return drafts


MAX_CITATION_DISTANCE = 200  # characters between a decision and a parenthesised citation that dates it


def _cites_decision_above(sentence: str, drafts: list[_Draft], start: int) -> bool:
    """True when only a trailing "(raadsbesluit van …)" makes `sentence` a decision and a decision stands just
    before it."""
    bare = re.sub(r"\s*\([^()]*\)\W*$", "", sentence)
    if bare == sentence or (classify_sentence(bare) or ("", ""))[1] == "decision":
        return False
    return bool(drafts) and drafts[-1].type == "decision" and 0 <= start - drafts[-1].char_end <= MAX_CITATION_DISTANCE


MAX_SENTENCE_LINES = 6  # a "sentence" longer than this is flattened table text: keep the lines around the match


def _cells(unit: _Unit, sentences: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences, with run-on "sentences" of flattened table text cut into cells at capitalised lines."""
    result: list[tuple[int, int, str]] = []
    for start, end, sentence in sentences:
        raw = unit.text[start - unit.start : end - unit.start]
        lines = raw.split("\n")
        if len(lines) <= MAX_SENTENCE_LINES:
            result.append((start, end, sentence))
            continue
        offset = 0
        cell_start = 0
        cell_lines: list[str] = []
        for line in lines:
            if cell_lines and re.match(r"\s*[A-ZÀ-Ý“‘]", line) and not cell_lines[-1].rstrip().endswith("€"):
                text = "\n".join(cell_lines)
                result.append((start + cell_start, start + cell_start + len(text), re.sub(r"\s+", " ", text).strip()))
                cell_lines, cell_start = [], offset
            cell_lines.append(line)
            offset += len(line) + 1
        if cell_lines:
            text = "\n".join(cell_lines)
            result.append((start + cell_start, start + cell_start + len(text), re.sub(r"\s+", " ", text).strip()))
    return [piece for piece in result if piece[2]]


def _trim_long_sentence(unit: _Unit, start: int, end: int, sentence: str, rule_name: str) -> tuple[int, int, str]:
    raw = unit.text[start - unit.start : end - unit.start]
    lines = raw.split("\n")
    if len(lines) <= MAX_SENTENCE_LINES:
        return start, end, sentence
    rule = next(r for r in SENTENCE_RULES if r.name == rule_name)
    flat = re.sub(r"\s+", " ", raw)
    match = rule.pattern.search(flat) or rule.pattern.search(raw)
    if match is None:
        return start, end, sentence
    # map the match back to a line of the raw text by counting words before it
    words_before = len(flat[: match.start()].split())
    seen = 0
    hit = 0
    for number, line in enumerate(lines):
        if seen + len(line.split()) > words_before:
            hit = number
            break
        seen += len(line.split())
    first, last = max(0, hit - 2), min(len(lines), hit + 3)
    offset = sum(len(line) + 1 for line in lines[:first])
    text = "\n".join(lines[first:last])
    new_start = start + offset
    return new_start, new_start + len(text), re.sub(r"\s+", " ", text).strip()


# --- money ------------------------------------------------------------------------------------------------


def _money_pieces(unit: _Unit, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences of a unit; source lines instead when the unit is a flattened table of short amount rows."""
    inside = [line for line in lines if unit.start <= line[0] and line[1] <= unit.end + 1]
    money_lines = [line for line in inside if find_money(line[2])]
    short = [line for line in money_lines if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", line[2])) <= 7]
    # a money line whose sentence runs on into the next line (lower case or an amount there) is prose
    runs_on = any(
        position + 1 < len(inside)
        and not re.search(r"[.!?:;]\s*$", line[2])
        and re.match(r"[a-zà-ÿ€]", inside[position + 1][2]) is not None
        for position, line in enumerate(inside)
        if line in money_lines
    )
    if len(money_lines) >= 2 and len(short) * 2 >= len(money_lines) and not runs_on:
        return inside
    return _cells(unit, split_sentences(unit.text, unit.start))


def _money_items(parsed: ParsedDocument, units: list[_Unit]) -> list[_Draft]:
    drafts: list[_Draft] = []
    lines = _source_lines(parsed)
    for position, unit in enumerate(units):
        if unit.kind == "heading" and not find_money(unit.text):
            continue
        previous_piece: tuple[int, int, str] | None = None
        for piece in _money_pieces(unit, lines):
            start, end, sentence = piece
            label_piece, previous_piece = previous_piece, piece
            shift = start - unit.start
            matches = [
                m
                for m in find_money(sentence)
                if not is_statistic(unit.text, replace(m, start=m.start + shift, end=m.end + shift))
                and not is_unit_marker(sentence, m)
            ]
            if not matches:
                continue
            item_start, text = start, sentence
            words_before = len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", sentence[: matches[0].start]))
            short_row = len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", sentence)) <= 7 and not re.search(r"[.!?]$", sentence)
            labels = _row_labels(units, position) if short_row else []
            if short_row and words_before < 2 and label_piece is not None and not find_money(label_piece[2]):
                # the label sits in the same block, on the lines above the amount
                labels = [_Unit("paragraph", label_piece[0], label_piece[1], unit.section_id, label_piece[2])]
            if labels and (words_before < 2 or len(labels[-1].text.split()) <= 6):
                # a table row under its label ("Totale bijdrage jaarlijks aan / … / € 24.000,00")
                item_start = labels[0].start
                text = " ".join(u.text.strip() for u in labels) + " " + sentence
            per_year = bool(re.search(r"\bjaarlijks\w*|\bper jaar\b|\bstructurele\b", text, re.I))
            amounts = tuple(
                Amount(
                    value=m.value,
                    currency=m.currency,
                    year=_single_year(sentence),
                    kind=_money_kind(sentence, m.start, short_row, per_year or m.per_year, index),
                )
                for index, m in enumerate(matches)
            )
            rule = "money_row" if short_row else "money"
            drafts.append(_Draft("budget", item_start, end, unit.section_id, text=text, amounts=amounts, rule=rule))
    # a "Totaal" row followed by more rows is the subtotal of the rows above it
    rows = [d for d in drafts if d.amounts and d.amounts[0].kind == "total" and d.rule == "money_row"]
    for draft in rows:
        later = [d for d in drafts if d.char_start > draft.char_end and d.amounts and d.amounts[0].kind == "row"]
        if later and later[0].char_start - draft.char_end < 400:
            draft.amounts = tuple(Amount(a.value, a.currency, a.year, "subtotal") for a in draft.amounts)
    return drafts


def _row_labels(units: list[_Unit], position: int) -> list[_Unit]:
    """Up to two short label units right above a bare amount row (no money, no sentence end, no colon)."""
    labels: list[_Unit] = []
    for back in (1, 2):
        if position - back < 0:
            break
        candidate = units[position - back]
        text = candidate.text.strip()
        if find_money(text) or len(text.split()) > 10 or re.search(r"[.:;!?]$", text):
            break
        labels.insert(0, candidate)
        if re.match(r"^\d+[.)]\s", text):
            break  # a numbered row label starts the row
    return labels


def _money_kind(sentence: str, start: int, short_row: bool, per_year: bool, index: int) -> str:
    before = sentence[max(0, start - 30) : start]
    if re.search(r"\btotaal\b[^€]*$", before, re.I):
        return "total"
    if short_row:
        return "row"
    if per_year:
        return "per_year"
    return "amount"


def _single_year(text: str) -> int | None:
    text = DATE_WITH_DAY.sub(" ", text)
    text = re.sub(r"\b(?:tot en met|t/m|tot|vanaf|uiterlijk|na)\s+(?:19|20)\d\d\b", " ", text, flags=re.I)
    years = set(re.findall(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])", text))
    return int(years.pop()) if len(years) == 1 else None


def _source_lines(parsed: ParsedDocument) -> list[tuple[int, int, str]]:
    """(char_start, char_end, text) per source line, recovered from the source map (robust to joined lines)."""
    lines: list[tuple[int, int, str]] = []
    text = parsed.text
    mapping = parsed.source_map.lines
    start = 0
    for index in range(1, len(text) + 1):
        boundary = (
            index == len(text)
            or text[index - 1] == "\n"
            or (index < len(mapping) and mapping[index] != mapping[index - 1] and text[index - 1] in " \t")
        )
        if boundary:
            chunk = text[start:index]
            if chunk.strip():
                lines.append((start, index, chunk.strip()))
            start = index
    return lines


def _is_figure_line(line: str, scaled: bool = False) -> bool:
    """A table row of figures: a short label and Dutch thousands (or, under "x € 1.000", two or more numbers)."""
    if "€" in line:
        return False
    label, values = split_figures(line)
    if not values or len(label.split()) > 12:
        return False
    if scaled:
        return len(values) >= 2 and parse_year_header(line) is None
    return any(re.search(r"\d\.\d{3}", f"{v:,.0f}".replace(",", ".")) for v in values if abs(v) >= 1000)


def _table_budget_items(parsed: ParsedDocument, glossary: set[str]) -> list[_Draft]:
    lines = _source_lines(parsed)
    drafts: list[_Draft] = []
    index = 0
    while index < len(lines):
        # under a caption with "(x € 1.000)" small figures are thousands: rows need not show dotted numbers
        scaled = any(UNIT_MARKER.search(t) for _, _, t in lines[max(0, index - 3) : index])
        if not _is_figure_line(lines[index][2], scaled):
            index += 1
            continue
        start = index
        end = index
        gap = 0
        probe = index + 1
        while probe < len(lines) and gap <= 6:
            text = lines[probe][2]
            if _is_figure_line(text, scaled) or parse_year_header(text):
                end = probe
                gap = 0
            elif len(text.split()) > 16:
                break
            else:
                gap += 1
            probe += 1
        figure_rows = sum(1 for i in range(start, end + 1) if _is_figure_line(lines[i][2], scaled))
        minimum_rows = 2 if scaled else 3
        # take up to 6 label/caption lines above the first figure row
        head = start
        while (
            head > 0
            and start - head < 6
            and len(lines[head - 1][2].split()) <= 12
            and not lines[head - 1][2].endswith(".")
        ):
            head -= 1
        region = lines[head : end + 1]
        context = " ".join(t for _, _, t in lines[max(0, head - 3) : end + 1])
        has_years = any(parse_year_header(t) for _, _, t in region)
        if figure_rows >= minimum_rows and (has_years or BUDGET_WORDS.search(context)):
            drafts.extend(_region_drafts(parsed, region, glossary))
        index = end + 1
    return drafts


def _section_at(parsed: ParsedDocument, char: int) -> str | None:
    best: Section | None = None
    for section in parsed.sections:
        if section.char_start <= char < max(section.char_end, section.char_start + 1):
            if best is None or section.level >= best.level:
                best = section
    return best.id if best is not None else None


def _region_drafts(parsed: ParsedDocument, region: list[tuple[int, int, str]], glossary: set[str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    rows = parse_budget_table([t for _, _, t in region])
    scale = unit_scale(" ".join(t for _, _, t in region))
    seen_captions: set[str] = set()
    for row in rows:
        start = region[row.line_index_start][0]
        end = region[row.line_index_end][1]
        section_id = _section_at(parsed, start)
        if section_id in glossary:
            continue
        balance = BALANCE.search(row.caption)
        if balance is not None and row.caption not in seen_captions:
            seen_captions.add(row.caption)
            year = int(balance.group("year")) if balance.group("year") else None
            value = parse_dutch_number(balance.group("num"))
            number = balance.group("num")
            hit = max((i for i in range(row.line_index_start + 1) if number in region[i][2]), default=None)
            if hit is not None:
                first = hit
                while first > 0 and region[first - 1][2] in row.caption and not _is_figure_line(region[first - 1][2]):
                    first -= 1
                caption_text = " ".join(t for _, _, t in region[first : hit + 1])
                drafts.append(
                    _Draft(
                        "budget",
                        region[first][0],
                        region[hit][1],
                        section_id,
                        text=caption_text,
                        amounts=(Amount(value, "EUR", year, "balance"),),
                        rule="table_balance",
                    )
                )
        # the item text is what the document says; an unlabelled subtotal row is marked by its amounts' kind
        figures = " ".join(_format_amount(v) for v in row.values)
        text = f"{row.label}: {figures}" if row.label else figures
        amounts = tuple(Amount(a.value * scale, a.currency, a.year, a.kind) for a in row_amounts(row))
        drafts.append(_Draft("budget", start, end, section_id, text=text, amounts=amounts, rule="table_row"))
    return drafts


def _format_amount(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


# --- finishing: attributes, ids, passage tags ---------------------------------------------------------------


def _section_keys(parsed: ParsedDocument) -> dict[str | None, str]:
    keys: dict[str | None, str] = {None: "0"}
    used: dict[str, int] = defaultdict(int)
    for section in sorted(parsed.sections, key=lambda s: s.ordinal):
        if section.number:
            key = re.sub(r"[^0-9A-Za-z.]+", "", section.number.replace(" ", "")).strip(".") or "0"
        elif section.ordinal == 0:
            key = "0"
        else:
            key = re.sub(r"[^a-z0-9]+", "-", section.title.lower()).strip("-")[:24] or f"s{section.ordinal}"
        used[key] += 1
        keys[section.id] = key if used[key] == 1 else f"{key}~{used[key]}"
    return keys


def _finalise(parsed: ParsedDocument, drafts: list[_Draft]) -> tuple[Item, ...]:
    document = parsed.document
    sections = {s.id: s for s in parsed.sections}
    keys = _section_keys(parsed)
    unique: dict[tuple[str, int, int], _Draft] = {}
    for draft in drafts:
        unique.setdefault((draft.type, draft.char_start, draft.char_end), draft)
    ordered = sorted(unique.values(), key=lambda d: (d.char_start, d.char_end, ITEM_TYPES.index(d.type)))
    counters: dict[tuple[str, str], int] = defaultdict(int)
    ids: dict[int, str] = {}
    items: list[Item] = []
    for draft in ordered:
        key = keys.get(draft.section_id, "0")
        counters[(key, draft.type)] += 1
        item_id = f"{document.code}-{key}-{TYPE_ABBREVIATIONS[draft.type]}-{counters[(key, draft.type)]:02d}"
        ids[id(draft)] = item_id
    for draft in ordered:
        text = re.sub(
            r"\s+", " ", BULLET_PREFIX.sub("", draft.text or parsed.text[draft.char_start : draft.char_end])
        ).strip()
        line_start, line_end, page_start, page_end = parsed.source_map.span(draft.char_start, draft.char_end)
        section = sections.get(draft.section_id) if draft.section_id else None
        # the item's own words first; else its section heading, then the headings above it
        themes = detect_themes(text)
        for label in reversed(section.path if section is not None else ()):
            if themes:
                break
            themes = detect_themes(label)
        items.append(
            Item(
                id=ids[id(draft)],
                type=draft.type,
                text=text,
                document_id=document.id,
                section_id=draft.section_id,
                section_path=section.path if section is not None else (),
                line_start=line_start,
                line_end=line_end,
                page_start=page_start,
                page_end=page_end,
                char_start=draft.char_start,
                char_end=draft.char_end,
                amounts=draft.amounts,
                actor=_actor(draft, text, document.issuer),
                addressee=_addressee(draft, text),
                deadline=_deadline(draft, text),
                partners=detect_partners(text),
                themes=themes,
                parent_id=ids.get(id(draft.parent)) if draft.parent is not None else None,
                passage_ids=tuple(
                    p.id for p in parsed.passages if p.char_start < draft.char_end and draft.char_start < p.char_end
                ),
            )
        )
    return tuple(items)


def _requester(text: str) -> str | None:
    match = REQUESTER.search(text)
    if match is None:
        return None
    who = match.group("before") or match.group("after")
    return re.sub(r"^(?:de|het)\s+", "", who, flags=re.I)


def _actor(draft: _Draft, text: str, issuer: str | None) -> str | None:
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


def _addressee(draft: _Draft, text: str) -> str | None:
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


def _deadline(draft: _Draft, text: str) -> str | None:
    if draft.deadline is not None:
        return draft.deadline
    if draft.type == "decision":
        # a full date ("3 februari 2025") dates the decision better than a year of the title before it
        match = DATE_WITH_DAY.search(text) or DATE.search(text)
        return match.group(0) if match is not None else None
    match = DEADLINE.search(text)
    return match.group(0) if match is not None else None


def _passage_tags(parsed: ParsedDocument, items: tuple[Item, ...]) -> dict[str, tuple[str, ...]]:
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
