"""Lists and blocks: ParsedDocument blocks → text Units (bullets joined with their continuation lines, embedded
lists split, glossaries dropped), the sections in scope (glossary, action programme, picture of the future), list
items under their headers (displaced "Wat gaan we doen" bullets included), inline-label segments and the rows of a
row-per-line programme table."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kb.amounts import LONE_FIGURE, MULTIPLIERS, find_money, lone_figure_value, unit_scale
from kb.models import Amount, Block, ParsedDocument, Section
from kb.tags.drafts import Draft, Unit, heading_starts, raw_line, section_at, source_lines
from kb.tags.rules import (
    ADOPTERS_TABLE_HEADER,
    AGREEMENT_SECTION,
    ARTICLE_AGREEMENTS,
    ARTICLE_TITLE,
    BULLET_PREFIX,
    CARD_FIELD,
    CONSIDERANS,
    DEADLINE,
    DECISION_TABLE_HEADER,
    EMBEDDED_ITEM,
    GLOSSARY_TITLES,
    GOAL_TITLE,
    HEADER_UNIT,
    INLINE_LABELS,
    INVESTMENT_PLAN_TITLES,
    LIST_NUMBER,
    MEASURE_WORDS,
    MONTH,
    NAMED_YEAR,
    NOMINAL_ACTION,
    ONGOING,
    PAGE_NUMBER_LINE,
    PARTY_UNDERTAKING,
    PERIOD_GROUP_ROW,
    PLANNED_TABLE_CAPTION,
    PROGRAMME_FRAME_TITLES,
    PROGRAMME_TABLE_HEADER,
    PROGRAMME_TITLES,
    PROMISE_CODE,
    PROMISE_ROW,
    PROMISE_TABLE_HEADER,
    ROW_DATE,
    ROW_ID,
    ROW_PERIOD,
    ROW_PERIOD_INSIDE,
    RUNNING_LINE_MAX_CHARS,
    RUNNING_LINE_MIN_REPEATS,
    SCHEDULE_HEADER,
    SCHEDULED_DECISION,
    TARGET_TABLE_HEADER,
    TOTAL_ROW,
    VISION_END_TITLES,
    VISION_TITLES,
    VOTE_ROW,
    VOTE_TABLE_HEADER,
    VOTED,
    YEAR_SPAN,
    classify_sentence,
    list_header,
    measurable_target,
    split_sentences,
)
from kb.text import LINE_ENDS_SENTENCE, ROW_CODE

# The title of a covenant article on its aims, and of one of definitions.
ARTICLE_GOALS = re.compile(r"\b(?:doel(?:en|stelling(?:en)?)?|ambitie(?:s)?)\b", re.I)
ARTICLE_TERMS = re.compile(r"\b(?:begripsbepaling(?:en)?|begrippen|definities)\b", re.I)
# A short title line: a few words, capitalised, no sentence end ("Woningbouw versnellen", "Wijken").
SUBHEADING = re.compile(r"^[A-ZÀ-Ý][^.!?:;\n]{0,50}$")

# --- units: blocks → text, sections in scope ------------------------------------------------------------------


def page_furniture(texts: list[str], pages: list[int | None]) -> list[bool]:
    """Which of a document's block texts (in reading order, with the page each starts on) are page furniture:
    page-number lines, and running headers or footers — a short line repeated on three or more pages that mostly
    opens or closes its page or sits within two blocks of a page-number line (rules.PAGE_NUMBER_LINE). Dropping
    them lets a list or table run on across a page break."""
    # (footers with a rising page number, "Provincie Drenthe | 8", and the page lines themselves are already gone:
    # kb.clean.page_furniture drops them from the cleaned text)
    folded = [" ".join(text.split()) for text in texts]
    numbered = [PAGE_NUMBER_LINE.match(text) is not None for text in folded]

    def key(position: int) -> str | None:
        text = folded[position]
        if not text or "\n" in texts[position].strip() or len(text) > RUNNING_LINE_MAX_CHARS or numbered[position]:
            return None
        # a page number at either end varies from page to page: "Uitvoeringsprogramma Waterbeheer 2026-2027 3"
        return re.sub(r"^\d{1,3}\s+|\s+\d{1,3}$", " # ", text.casefold())

    keys = [key(position) for position in range(len(texts))]
    counts = Counter(k for k in keys if k is not None)
    at_edge: Counter[str] = Counter()
    for position, found in enumerate(keys):
        if found is None:
            continue
        beside = any(numbered[max(0, position - 2) : position] + numbered[position + 1 : position + 3])
        opens = position == 0 or (pages[position] is not None and pages[position - 1] != pages[position])
        closes = position + 1 == len(texts) or (pages[position] is not None and pages[position + 1] != pages[position])
        at_edge[found] += bool(beside or opens or closes)
    running = {k for k, n in counts.items() if n >= RUNNING_LINE_MIN_REPEATS and 2 * at_edge[k] > n}
    return [numbered[p] or (keys[p] is not None and keys[p] in running) for p in range(len(texts))]


def block_units(parsed: ParsedDocument) -> list[Unit]:
    units: list[Unit] = []
    texts = [(b, _block_text(parsed, b)) for b in sorted(parsed.blocks, key=lambda b: (b.char_start, b.ordinal))]
    texts = [(b, text) for b, text in texts if text.strip()]
    furniture = page_furniture(
        [text for _, text in texts],
        [next(iter(parsed.source_map.locate(b.char_start, b.char_end).pages), None) for b, _ in texts],
    )
    texts = [entry for entry, dropped in zip(texts, furniture, strict=True) if not dropped]
    for position, (block, text) in enumerate(texts):
        previous = units[-1] if units else None
        following = texts[position + 1][0] if position + 1 < len(texts) else None
        continues = (
            previous is not None
            and previous.kind in ("bullet", "subbullet", "numbered")
            and block.kind == "paragraph"
            and list_header(text) is None
            # "10. Vervolg, monitoring en evaluatie" then "Planning …": a numbered title, not a list item that wraps
            and not (previous.kind == "numbered" and _numbered_title(previous.text) and text.strip()[:1].isupper())
            and (
                # (a quoted list's last point ends with its closing mark: '…afspraken."')
                not LINE_ENDS_SENTENCE.search(previous.text.rstrip())
                or (previous.text.rstrip().endswith(":") and re.match(r"\s*[a-zà-ÿ]", text) is not None)
                # a short paragraph between two bullets of one list is the tail of the bullet above it
                or (
                    following is not None
                    and following.kind == previous.kind
                    and len(text.split()) <= 40
                    and not text.rstrip().endswith(":")
                    # … but a short title line after a finished point is a subheading ("Wijken")
                    and not (re.search(r"[.!?]\s*$", previous.text) and SUBHEADING.match(text.strip()))
                )
            )
        )
        if continues and previous is not None:
            previous.end = block.char_end
            previous.text = previous.text.rstrip() + " " + text.strip()
            continue
        in_list = previous is not None and previous.text.rstrip().endswith(";")  # the unit above ended an item
        units.extend(
            _split_embedded_list(Unit(block.kind, block.char_start, block.char_end, block.section_id, text), in_list)
        )
    return units


# A measure numbered with its theme at a line start: "1.2 Invoeren van 30 km/u …", "2.3 We verbreden …".
THEME_ITEM = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+[A-ZÀ-Ý]")


def _theme_items(lines: list[str]) -> set[int]:
    """Indexes of the lines that open a run of theme-numbered items (1.1, 1.2, 1.3 …: same theme, each one more);
    a measure's fields on its lines below may name its period and money ("Planning: 2026-2030 | Budget: € 600.000")."""
    if any(
        TOC_LINE.search(line)
        or re.search(r"[A-Za-zà-ÿ]\s+\d{1,3}\s*$|^\s*\d{1,3}\s*$", line)  # a page number: a table of contents
        or (re.search(r"\b20\d\d\b", line) and "€" in line and not CARD_FIELD.match(line.strip()))
        for line in lines
    ):
        return set()  # rows of a table with a period and money, which the table readers take; a table of contents
    numbered = [(i, m) for i, line in enumerate(lines) if (m := THEME_ITEM.match(line)) is not None]
    found: set[int] = set()
    for (i, first), (j, second) in zip(numbered, numbered[1:], strict=False):
        if first.group(1) == second.group(1) and int(second.group(2)) == int(first.group(2)) + 1:
            found.update((i, j))
    return found


# A measure opened by its code at a line start: "W1  Opnemen van een afspraak …", "M3 Invoeren van kentekenparkeren".
CODED_ITEM = re.compile(r"^\s*(?-i:(?P<letters>[A-Z]{1,2}))(?P<number>\d{1,2})\.?\s+(?P<rest>[A-ZÀ-Ý].*)$", re.S)


def _coded_items(lines: list[str]) -> set[int]:
    """Indexes of the lines that open a run of coded measures (W1, W2, … with one code letter, each one more), at
    least two of them a nominalised measure ("Opnemen van …"): a list whose items the extraction kept as lines."""
    coded = [(i, m) for i, line in enumerate(lines) if (m := CODED_ITEM.match(line)) is not None]
    found: set[int] = set()
    for (i, first), (j, second) in zip(coded, coded[1:], strict=False):
        if (
            first.group("letters") == second.group("letters")
            and int(second.group("number")) == int(first.group("number")) + 1
        ):
            found.update((i, j))
    nominal = sum(1 for i, m in coded if i in found and NOMINAL_ACTION.match(m.group("rest")) is not None)
    # (rows of a table with their period or amount, "L2 Afstemmen zero-emissiezones … 2026-2028 350", are the
    # table readers')
    rows = sum(1 for i in found if _ends_in_amount(lines[i]) or ROW_PERIOD_INSIDE.search(lines[i]) is not None)
    return found if nominal >= 2 and rows < 2 else set()


def _split_embedded_list(unit: Unit, in_list: bool = False) -> list[Unit]:
    """Split a paragraph whose later lines start with bullet glyphs (or a run of theme-numbered items: "1.2 …",
    "1.3 …") into the lead text and one unit per item; or a list whose bullets were lost (`_semicolon_items`; one
    semicolon is enough when the unit above ended an item with one: `in_list`)."""
    if unit.kind != "paragraph" or "\n" not in unit.text:
        return [unit]
    lines = unit.text.split("\n")
    themed = _theme_items(lines) | _coded_items(lines)
    if not any(EMBEDDED_ITEM.match(line) for line in lines[1:]) and not themed:
        return _semicolon_items(unit, lines, 1 if in_list else SEMICOLON_ITEMS)
    openings = {index: "numbered" for index in themed}
    openings.update({index: "bullet" for index, line in enumerate(lines) if EMBEDDED_ITEM.match(line)})
    return _pieces(unit, lines, openings)


def _pieces(unit: Unit, lines: list[str], openings: dict[int, str]) -> list[Unit]:
    """The unit cut into one unit per item: a line in `openings` opens one of that kind (the first line opens a
    paragraph when it opens none), the lines after it up to the next opening continue it; blank lines drop out."""
    pieces: list[Unit] = []
    offset = 0
    for index, line in enumerate(lines):
        start = unit.start + offset
        end = start + len(line)
        offset += len(line) + 1
        if not line.strip():
            continue
        if index in openings or not pieces:
            pieces.append(Unit(openings.get(index, "paragraph"), start, end, unit.section_id, line))
        else:
            last = pieces[-1]
            last.end = end
            last.text = last.text + "\n" + line
    return pieces


# A list whose bullets the extraction lost: items that end in ";" at a line end, the next one opening with a capital
# ("Aanleggen van de doorfietsroute;" / "Herinrichten van de stationsomgeving …;" / "Uitbreiden van …."). Prose
# seldom ends a line with a semicolon before a capital, and never twice in one paragraph.
SEMICOLON_ITEMS = 2


def _opens_item(line: str) -> bool:
    """A line that can open a list item after a semicolon: a capitalised word, not a lead-in ("BESLUIT:")."""
    return re.match(r"\s*[A-ZÀ-Ý][a-zà-ÿ]", line) is not None and not line.rstrip().endswith(":")


def _semicolon_items(unit: Unit, lines: list[str], needed: int = SEMICOLON_ITEMS) -> list[Unit]:
    """A paragraph that is a list without bullets, split into one paragraph per item (else the paragraph)."""
    ends = [
        index for index, line in enumerate(lines[:-1]) if line.rstrip().endswith(";") and _opens_item(lines[index + 1])
    ]
    if len(ends) < needed:
        return [unit]
    return _pieces(unit, lines, {index + 1: unit.kind for index in ends})


def _block_text(parsed: ParsedDocument, block: Block) -> str:
    text = parsed.text[block.char_start : block.char_end]
    return text if text.strip() else block.text


def _sections_titled(sections: tuple[Section, ...], titles: re.Pattern[str]) -> set[str]:
    """Ids of the sections whose title matches `titles`, and of all their subsections. The document's own title
    (the root section) counts only when it starts with the match: an "Uitvoeringsprogramma Waterbeheer" is a
    programme, a "Raadsvoorstel … en middelen voor het Uitvoeringsprogramma Wonen" is not."""
    found = {
        s.id
        for s in sections
        if (match := titles.search(s.title or "")) is not None and (s.level > 0 or match.start() == 0)
    }
    return _with_subsections(sections, found)


def _with_subsections(sections: tuple[Section, ...], found: set[str]) -> set[str]:
    changed = True
    while changed:
        changed = False
        for section in sections:
            if section.id not in found and section.parent_id in found:
                found.add(section.id)
                changed = True
    return found


def glossary_sections(sections: tuple[Section, ...]) -> set[str]:
    return _sections_titled(sections, GLOSSARY_TITLES)


def programme_sections(sections: tuple[Section, ...]) -> set[str]:
    """Sections (and their subsections) whose title names an action programme — without the parts of it that are
    about the programme rather than its measures ("Sturing en monitoring", "Inleiding", "Opgave", "Risico's")."""
    plans = {s.id for s in sections if s.level == 0 and INVESTMENT_PLAN_TITLES.match((s.title or "").strip())}
    programme = _sections_titled(sections, PROGRAMME_TITLES) | _with_subsections(sections, plans)
    frame = {s.id for s in sections if s.level > 0 and PROGRAMME_FRAME_TITLES.search(s.title or "")}
    # the text before a programme's first heading is its front matter (a title page, the proposal that offers it:
    # "RAADSVOORSTEL … Argumenten … Met het programma maken we …"), not one of its measures
    front = {s.id for s in sections if s.level == 0} if any(s.level > 0 for s in sections) else set()
    return programme - _with_subsections(sections, frame) - front


def agreement_sections(sections: tuple[Section, ...]) -> set[str]:
    """Sections (and their subsections) whose own title says they hold what the parties agree ("4.3 Afspraken")."""
    found = {s.id for s in sections if s.level > 0 and AGREEMENT_SECTION.match((s.title or "").strip())}
    return _with_subsections(sections, found)


MIN_UNDERTAKING_WORDS = 5


def agreement_undertakings(units: list[Unit], sections: set[str], drafts: list[Draft]) -> list[Draft]:
    """In a section of agreements, each sentence of a paragraph in which a party undertakes something in the
    present tense ("GGD Twente zorgt voor …", "Menzis vergoedt …") that no other rule took: one action each."""
    if not sections:
        return []
    taken = [(d.char_start, d.char_end) for d in drafts]
    found: list[Draft] = []
    for unit in units:
        if unit.section_id not in sections or unit.kind != "paragraph":
            continue
        for start, end, sentence in split_sentences(unit.text, unit.start):
            text = " ".join(sentence.split())
            if any(a < end and start < b for a, b in taken) or len(text.split()) < MIN_UNDERTAKING_WORDS:
                continue
            if PARTY_UNDERTAKING.match(text):
                found.append(Draft("action", start, end, unit.section_id, text=text, rule="agreement_party"))
    return found


MIN_NOMINAL_RUN = 3  # bullets in a row, each a nominalised measure, that make a list of measures without a header


def nominal_lists(units: list[Unit], drafts: list[Draft]) -> list[Draft]:
    """The bullets of a list no header announced whose every item names a measure the way measures are listed
    ("Uitvoeren van het Dekkingsplan …" / "Uitbreiden van de dagdekking …" / "Vervangen van zes tankautospuiten …"
    under a theme's title "Incidentbestrijding"): one action each. Bullets another rule read are left alone."""
    taken = [(d.char_start, d.char_end) for d in drafts]
    found: list[Draft] = []
    run: list[Unit] = []

    def close() -> None:
        if len(run) >= MIN_NOMINAL_RUN:
            found.extend(_draft("action", unit, unit.section_id, "nominal_list") for unit in run)
        run.clear()

    for unit in units:
        text = BULLET_PREFIX.sub("", unit.text).strip()
        free = not any(a < unit.end and unit.start < b for a, b in taken)
        if unit.kind in ("bullet", "subbullet") and free and NOMINAL_ACTION.match(text) is not None:
            if run and (run[-1].section_id != unit.section_id or run[-1].kind != unit.kind):
                close()
            run.append(unit)
        else:
            close()
    close()
    return found


# The title line of one measure, labelled and numbered, with a dash or a wide gap before its name: "Activiteit 3.2 –
# Herstellen van kruidenrijk grasland", "Maatregel 1.1  Uitbreiden vroegsignalering", "Actie B4 - Fietscheck".
LABELLED_MEASURE_TITLE = re.compile(
    r"^(?:activiteit|actie|maatregel|project)\s+(?-i:[A-Z])?\d{1,2}(?:\.\d{1,2})?(?:\s*[–-]\s*|\s{2,})(?-i:[A-ZÀ-Ý])"
    r"[^.!?:;]{2,90}$",
    re.I,
)


def measure_cards(parsed: ParsedDocument, drafts: list[Draft]) -> list[Draft]:
    """A measure told as a card: its labelled title line, a paragraph of what is done, and the card's fields below it
    ("Trekker: … Partners: … Planning: … Budget: …"). The paragraph with its fields is one action, unless another
    rule read an action there. Without the fields a labelled title over a paragraph is not enough (a paragraph under
    "Maatregel 1.1  …" may hold goals and explanation as well)."""
    lines = source_lines(parsed)
    headings = heading_starts(parsed, lines)
    taken = [(d.char_start, d.char_end) for d in drafts if d.type == "action"]
    found: list[Draft] = []
    for index, (_, _, title) in enumerate(lines):
        if LABELLED_MEASURE_TITLE.match(title.strip()) is None:
            continue
        body: list[tuple[int, int, str]] = []
        fields = 0
        for start, end, text in lines[index + 1 : index + 1 + MAX_CARD_LINES]:
            if LABELLED_MEASURE_TITLE.match(text.strip()) or start in headings:
                break
            if not text.strip():
                continue
            if CARD_FIELD.match(text.strip()):
                fields += 1
            elif fields:
                if not re.match(r"^\s*[\w€(]", text) or re.match(r"^[A-ZÀ-Ý]", text.strip()):
                    break  # the card's fields end: the next paragraph
            body.append((start, end, text))
        if not fields or not body or CARD_FIELD.match(body[0][2].strip()):
            continue
        begin, finish = body[0][0], body[-1][1]
        if any(a < finish and begin < b for a, b in taken):
            continue
        text = " ".join(" ".join(t.split()) for _, _, t in body)
        found.append(Draft("action", begin, finish, section_at(parsed, begin), text=text, rule="measure_card"))
    return found


MAX_CARD_LINES = 12  # a card's paragraph and fields


# The headers whose paragraphs of intent are measures: "Wat gaan we (daarvoor) doen?", "Maatregelen", "Acties".
MEASURE_HEADERS = frozenset({"action_box", "action_list"})


def measure_regions(units: list[Unit], kinds: dict[str, tuple[str, str]]) -> list[tuple[int, int]]:
    """Character spans that a measures header governs: from a "Wat gaan we daarvoor doen?" or "Maatregelen" (a
    line, a paragraph's last line, or a section title) to the next header of another kind, a cost label or a
    heading or a theme's title line. A statement of intent there ("Wij gaan de gebiedscommissies … ondersteunen") is
    one of the measures."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    titled = False  # the region is a section titled for measures: its themes' title lines stay inside it
    for unit in units:
        listed = unit.kind in ("bullet", "subbullet")
        header = None if listed else (list_header(unit.text) or trailing_header(unit.text))
        title = not listed and SUBHEADING.match(unit.text.strip()) is not None  # "Grote dorpen": a theme's title
        closes = unit.kind == "heading" or (title and not titled) or COST_LABEL.match(unit.text.strip()) is not None
        if titled and header is not None and header[1] == "action" and header[0] not in MEASURE_HEADERS:
            header = None  # a lead-in to a list of measures ("… zetten wij de volgende activiteiten in gang:")
            # inside a section titled for measures is one more part of it
        if (closes or header is not None) and start is not None:
            if any(start <= u.start < unit.start for u in units):  # a box left empty by the extraction governs none
                regions.append((start, unit.start))
            start = None
        if header is not None and header[0] in MEASURE_HEADERS:
            start, titled = unit.end, False
        elif unit.kind == "heading" and kinds.get(unit.section_id or "", ("", ""))[0] in MEASURE_HEADERS:
            start, titled = unit.end, True
    if start is not None and units:
        regions.append((start, units[-1].end))
    return regions


# The title of one measure of a programme, with its code: "Schoon openbaar vervoer (actie L3)", "Meten, gemeenten en
# stallen (acties L5, L6 en L7)", "Houtstook (maatregel 1)" — not a group of them ("Wijkgerichte aanpak (acties A1
# tot en met A5)"), nor a sentence that names one ("Het warmteprogramma (actie W6) start in 2027.").
NAMED_MEASURE_TITLE = re.compile(
    r"^(?:\d{1,2}\.\s+)?[A-ZÀ-Ý][^.!?:;\n()]{2,70}?\s*\((?:actie|acties|maatregel|maatregelen)\s+"
    r"(?-i:[A-Z]{0,3})\d{1,2}(?:\s*(?:,|en)\s*(?-i:[A-Z]{0,3})\d{1,2})*\)$",
    re.I,
)


# … or with its code first, under a header of measures: "Wo1 Regionaal versnellingsteam woningbouw", "W2
# Innovatiecentrum Circulaire Maakindustrie", "B-3 Verkeersveiligheid" (a short line, no sentence).
CODED_MEASURE_TITLE = re.compile(r"^(?-i:[A-Z][a-z]?[A-Z]?)-?\d{1,2}(?:\.\d{1,2})?\s+(?-i:[A-ZÀ-Ý])[^.!?:;]{2,70}$")


def named_measure_regions(units: list[Unit], measures: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans under the title of one measure with its code ("Schoon openbaar vervoer (actie L3)"; in a
    region of `measures`, also "Wo1 Regionaal versnellingsteam woningbouw"), up to the next such title, a heading or
    a theme's title line: what the author says it does there is that measure."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for unit in units:
        first = unit.text.strip().split("\n")[0].strip()
        coded = CODED_MEASURE_TITLE.match(first) is not None and any(a <= unit.start < b for a, b in measures)
        named = unit.kind in ("paragraph", "heading") and (NAMED_MEASURE_TITLE.match(first) is not None or coded)
        closes = named or unit.kind == "heading" or SUBHEADING.match(unit.text.strip()) is not None
        if closes and start is not None:
            regions.append((start, unit.start))
            start = None
        if named:
            start = unit.start + unit.text.index(first) + len(first)  # (the title may open its paragraph)
    if start is not None and units:
        regions.append((start, units[-1].end))
    return regions


def vision_sections(sections: tuple[Section, ...]) -> dict[str, str]:
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


def section_kinds(sections: tuple[Section, ...]) -> dict[str, tuple[str, str]]:
    """Section id → (header name, item type) for sections whose title announces what they list ("2.2 Afspraken",
    "Ambitie", "Wat willen we bereiken?", "Maatregelen", "Beslispunten"), inherited by their subsections unless
    a subsection announces something else."""
    own = {s.id: list_header(s.title or "") for s in sections}
    by_id = {s.id: s for s in sections}
    found: dict[str, tuple[str, str]] = {}
    for section in sections:
        current: Section | None = section
        while current is not None:
            kind = own.get(current.id)
            if kind is not None:
                if kind[0] in SECTION_KIND_HEADERS:
                    found[section.id] = kind
                break
            current = by_id.get(current.parent_id) if current.parent_id else None
    return found


def drop_glossary_blocks(units: list[Unit]) -> list[Unit]:
    """Drop a glossary that ingestion did not make a section: a short "Begrippen" line up to the next heading."""
    kept: list[Unit] = []
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


# --- list items (headers followed by bullets) ---------------------------------------------------------------


# The headers that also work as section titles, governing the whole section: goals, actions, decisions.
SECTION_KIND_HEADERS = ("goal_label", "action_list", "action_box", "action_done", "proposal", "recommendations")
MAX_GOAL_PARAGRAPHS = 3  # a goal label covers at most this many paragraphs below it
MAX_GOAL_PARAGRAPH_LINES = 12  # … each of at most this many lines


def trailing_header(text: str) -> tuple[str, str] | None:
    """A list header on the last line of a paragraph that ingestion joined with the text above it."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if not lines:
        return None
    if len(lines) >= 2 and list_header(lines[-1]) is not None:
        return list_header(lines[-1])
    sentences = split_sentences(lines[-1])
    if len(sentences) >= 2 or len(lines) >= 2:
        found = list_header(sentences[-1][2]) if sentences else None
        if found is None and len(lines) >= 2:
            # the header sentence wrapped over the last lines ("… Daarnaast spreken de corporaties\nen de gemeente
            # af:")
            whole = split_sentences(" ".join(line.strip() for line in lines))
            found = list_header(whole[-1][2]) if len(whole) >= 2 else None
        if found is None:
            found = _dictum_after_grounds(" ".join(line.strip() for line in lines))
        return found
    return None


def _dictum_after_grounds(text: str) -> tuple[str, str] | None:
    """A motion's dictum after its grounds in one sentence: "De raad, …, overwegende dat … vormen, verzoekt het
    college:" — the clause after the grounds' last comma leads in to the points below."""
    if not MOTION_GROUNDS.search(text) or not text.rstrip().endswith(":"):
        return None
    clause = text[text.rfind(",") + 1 :].strip()
    found = list_header(clause)
    return found if found is not None and found[1] in ("request", "request_gs") else None


# The grounds of a motion ("constaterende dat", "overwegende dat", "van mening dat") and the infinitive its points
# are written in ("het compliment te verhogen", "in te zetten op"): a bullet without one is a ground.
MOTION_GROUNDS = re.compile(r"\b(?:constaterende|overwegende|van\s+mening)\b", re.I)
TE_INFINITIVE = re.compile(r"\bte\s+[a-zà-ÿ]+n\b", re.I)
PROPOSAL_TITLE = re.compile(r"(?:het\s+)?(?:voorstel|ontwerp-?besluit|beslisvoorstel)\s*:?", re.I)


ITEM_CODE = re.compile(r"^(?-i:([A-Z]{1,2}))[.-]?(\d{1,2})[.)]?\s")  # "W2. ", "H-3 ", "AB1) "


def _item_code(unit: Unit) -> tuple[str, int] | None:
    match = ITEM_CODE.match(unit.text.strip())
    return (match.group(1), int(match.group(2))) if match else None


def _next_code(unit: Unit, code: tuple[str, int] | None) -> bool:
    """Whether a paragraph continues a run of coded paragraphs: "W3. …" after "W2. …"."""
    found = _item_code(unit)
    return code is not None and found is not None and found[0] == code[0] and found[1] == code[1] + 1


# The BBV questions after the goals and measures — money and, in a jaarverslag, results: "Wat kost het?", "Wat mag
# het kosten?", "Wat heeft het gekost?", "Financiën", "Wat hebben we bereikt?". They end the list above them.
COST_LABEL = re.compile(
    r"^(?:wat\s+(?:kost|kosten)\s+(?:het|dit)|wat\s+mag\s+(?:het|dit)\s+kosten|wat\s+heeft\s+(?:het|dit)\s+gekost|"
    r"financi[eë]n|wat\s+(?:hebben|heeft)\s+(?:we|wij|de provincie|de gemeente)\s+bereikt)\s*[?:.]?$",
    re.I,
)
# The fixed parts of a council's or the States' proposal after its "Beoogd effect": "Argumenten", "Kanttekeningen",
# "Communicatie" … — each closes the list or label above it (the arguments for a proposal are no goals).
PROPOSAL_PART = re.compile(
    r"^(?:argumenten|kanttekeningen(?:\s+en\s+risico'?s)?|risico'?s|aanleiding|communicatie|alternatieven|"
    r"juridische\s+aspecten|financi[eë]le\s+(?:consequenties|gevolgen)|vervolg(?:stappen)?|bijlagen?)\s*:?$",
    re.I,
)


def list_items(units: list[Unit], sections: dict[str, tuple[str, str]] | None = None) -> list[Draft]:
    """Items of the lists below a header ("Wij vragen Gedeputeerde Staten:", "Maatregelen", "Dit willen we
    bereiken:"), and of the lists and measure-like paragraphs in a section whose title announces them."""
    sections = sections or {}
    drafts: list[Draft] = []
    active: tuple[str, str] | None = None  # (header name, item type)
    pending_boxes: list[tuple[int, str | None]] = []  # displaced "Wat gaan we doen" headers waiting for bullets
    last_parent: Draft | None = None
    point: Draft | None = None  # a decision point that asks someone ("6. Gedeputeerde Staten te verzoeken:")
    last_box: tuple[int, str | None] | None = None  # (index after the bullets a box took, its section)
    measure_number: str | None = None  # "1" while reading measures numbered 1.1, 1.2, …
    goal_paragraphs = 0
    clauses = False  # the header ends in "dat:" ("Met de vernieuwing willen wij bereiken dat:")
    article_actions = False  # inside a covenant article on a party's undertakings
    motion = False  # the list's lead-in follows a motion's grounds ("constaterende dat …", "verzoekt het college")
    grounds = False  # a motion's grounds stood since the last heading
    code: tuple[str, int] | None = None  # the code of the last coded paragraph under a label ("W", 2 for "W2. …")
    notes = False  # inside the points of a "Toelichting bij de tabel:"
    period: str | None = None  # the year the measures below are grouped under ("2026" / "- Opstellen van …")
    goals_due: str | None = None  # the year the goals below are to be reached by ("In 2030:")
    asking: str | None = None  # the lead-in of a list of requests ("Wij vragen het Rijk om:"): who asks whom
    grounds_below = False  # a resolution's grounds ("gelet op:", "overwegende dat:") lead in to the points below
    effort_below = False  # … and "Wij zetten in op:" to what the author will do
    article_goals = False  # inside a covenant article on its aims ("Artikel 2 Doel en gezamenlijke ambitie")
    article_terms = False  # inside a covenant article of definitions ("Artikel 1 Begripsbepalingen")
    index = 0
    while index < len(units):
        unit = units[index]
        if _contents_or_caption(unit):
            # a table of contents ("4.3 Acties hitte ........ 13") or a table's caption or header row lists no items
            if TOC_LINE.search(unit.text):
                active = None
            index += 1
            continue
        if NOTES_LEAD_IN.match(unit.text.strip()):
            active, notes = None, True  # "Toelichting bij de tabel:": its points explain the table, they add none
            index += 1
            continue
        if notes and (unit.kind in ("bullet", "subbullet") or BULLET_PREFIX.match(unit.text) is not None):
            index += 1
            continue
        notes = False
        if COST_LABEL.match(unit.text.strip()) or PROPOSAL_PART.match(unit.text.strip()):
            active = None  # "Wat kost het?" closes the "Wat gaan we doen?" above it, "Argumenten" a "Beoogd effect"
            index += 1
            continue
        # (a numbered chapter heading after a list, "5. Financiering en cofinanciering", is not its next item)
        is_list_item = unit.kind in ("bullet", "subbullet", "numbered") or (
            unit.kind != "heading" and BULLET_PREFIX.match(unit.text) is not None
        )
        grounds = unit.kind != "heading" and (grounds or MOTION_GROUNDS.search(unit.text) is not None)
        # a numbered unit can be a numbered heading with a header line ("3. Wat gaan we doen?")
        header = (
            None if unit.kind in ("bullet", "subbullet") else (list_header(unit.text) or trailing_header(unit.text))
        )
        if (
            header is not None
            and active is not None
            and active[0] == "proposal"
            and is_list_item
            and header[1] not in REQUEST_TYPES
        ):
            header = None  # "2. De volgende projecten toe te laten tot het MIP: a. … d. …": a point to decide
        if header is None and DONE_LEAD_IN.match(_plain_sentences(unit.text)[-1]):
            reporting = active or sections.get(unit.section_id or "")
            if reporting is not None and reporting[0] == "action_done":
                # "Daarnaast hebben wij:" under "Wat hebben we daarvoor gedaan?": more of what was done, listed
                header = ("action_done", "action")
        following = units[index + 1] if index + 1 < len(units) else None
        if (
            header is None
            and PROPOSAL_TITLE.fullmatch(unit.text.strip())
            and following is not None
            and following.kind == "numbered"
            and TE_INFINITIVE.search(following.text) is not None
        ):
            # a council proposal's "Voorstel" over its numbered points ("1. Het Grondstoffenplan … vast te stellen.");
            # (a bare "Voorstel" over anything else — a table's column, a letter's section — announces nothing)
            header = ("proposal", "decision")
        if header is None and not is_list_item and GOAL_TITLE.match(_title_line(unit)):
            # "Doel 1.2 Een veilige woon- en leefomgeving": a goal, and the paragraphs and bullets below state it
            # ("Ambitie 1 Bereikbaar" alone on its line only names the goal stated below it)
            if not _goal_name(unit):
                drafts.append(_draft("goal", unit, unit.section_id, "goal_label"))
            active, last_parent, goal_paragraphs, measure_number, code = ("goal_label", "goal"), None, 0, None, None
            index += 1
            continue
        if header is not None:
            if (
                active is not None
                and active[0] == "goal_label"
                and list_header(unit.text) is None
                and not _will_do(unit)
            ):
                drafts.append(_draft("goal", unit, unit.section_id, "goal_label"))
            name, item_type = header
            governing = active or sections.get(unit.section_id or "")
            if name == "action_lead_in" and governing is not None and governing[1] == "action":
                # "… gaan wij aan de slag met de volgende activiteiten:" under "Wat gaan we doen?": the same list of
                # measures goes on (its paragraphs of intent after the bullets are measures too)
                name = governing[0]
                if list_header(unit.text) is None and _holds_intent(unit, first=True):
                    drafts.append(_draft("action", unit, unit.section_id, name))  # "Wij gaan … Daarnaast … :"
            # a motion's dictum after its grounds: the extraction may put the grounds' bullets among its points
            motion = grounds or MOTION_GROUNDS.search(unit.text) is not None
            if name == "proposal" and _amendment_above(units, index):
                name, item_type = "amendment_point", "request"  # an amendment's dictum proposes; the raad decides
            if (
                name == "action_box"
                and following is not None
                and (_prose_below(following) or PERIOD_LINE.match(following.text.strip()) is not None)
            ):
                # "Wat gaan we doen?" over a paragraph ("Wij gaan de formatie … uitbreiden. Daarnaast …") or over the
                # measures of a year ("2026"): they state the measures, as under "Wat gaan we daarvoor doen?"
                active = ("action_list", "action")
            elif name == "action_box":
                pending_boxes.append((index, unit.section_id))
                active = None
            else:
                # "6. Gedeputeerde Staten te verzoeken: a. … d. …" among the points of a resolution: the point with
                # its parts is decided, each part is what is asked
                point = None
                if active is not None and active[0] == "proposal" and is_list_item and item_type in REQUEST_TYPES:
                    point = _draft("decision", unit, unit.section_id, "proposal_point")
                    drafts.append(point)
                active = (name, item_type)
            clauses = re.search(r"\bdat\s*:$", unit.text.rstrip()) is not None  # its items complete "… dat"
            last_parent = None
            goal_paragraphs, code = 0, None
            measure_number = None  # a new header starts a new run of numbered measures (2.1 after 1.5)
            # the period a lead-in sets for its items: "Voor de periode 2027-2031 hebben de partners afgesproken:"
            grounds_below = False  # "besluiten:" after the grounds: its points are what is decided
            lead_in = _plain_sentences(unit.text)[-1]  # (a paragraph may end in the lead-in)
            lead_period = (
                (LEAD_PERIOD.search(lead_in) or LEAD_PERIOD.search(unit.text)) if item_type == "action" else None
            )
            period = (lead_period.group("period") or lead_period.group("year")) if lead_period is not None else None
            # … and the year the goals below are to be reached by: "In 2030:", "De belangrijkste resultaten die wij
            # in 2030 willen zien zijn:" (a year in a goal itself is often its baseline: "10% lager dan in 2024")
            goal_year = GOAL_LEAD_YEAR.search(lead_in) if item_type == "goal" else None
            goals_due = goal_year.group(1) if goal_year is not None else None
            asking = lead_in if item_type == "request" else None
            index += 1
            continue
        if (
            is_list_item
            and active is not None
            and (not _continues_numbering(last_parent, unit) or _numbered_heading(unit))
        ):
            active = None  # "4. Trends en ontwikkelingen" after "5) …": a heading, not the next list item
        if active is None and unit.section_id in sections and sections[unit.section_id][1] in ("action", "goal"):
            year_line = PERIOD_LINE.match(unit.text.strip())
            below = units[index + 1] if index + 1 < len(units) else None
            if year_line is not None and below is not None and below.kind in ("bullet", "subbullet", "numbered"):
                # "5.2 Maatregelen per jaar", a paragraph, then "2027" over bullets: that year's measures
                active, period, last_parent = sections[unit.section_id], year_line.group("period"), None
                index += 1
                continue
        if unit.kind == "heading" or header is not None:
            grounds_below = effort_below = False
        elif not is_list_item and _grounds_lead_in(unit.text.strip().split("\n")[-1].strip()):
            # "gelet op:", "overwegende dat:" in a section "Besluit": the grounds' points are no decisions
            grounds_below = True
        elif not is_list_item and EFFORT_LEAD_IN.match(unit.text.strip().split("\n")[-1].strip()):
            effort_below = True  # "Wij zetten in op:" in a section "Ons doel": its points are no goals
        if (
            active is None
            and unit.kind != "heading"
            and unit.section_id in sections
            and not (grounds_below or article_goals or article_terms)  # (an article says what its points are)
            and not (effort_below and sections[unit.section_id][1] == "goal")
        ):
            governing = sections[unit.section_id]
            if is_list_item or _measure_paragraph(unit, governing[1]):
                active = governing  # the section's title announces what its lists (and measures) are
                last_parent = None
        if (
            active is None
            and last_box is not None
            and index == last_box[0]
            and SUBHEADING.match(unit.text.strip())
            and following is not None
            and (following.kind in ("bullet", "numbered") or BULLET_PREFIX.match(following.text) is not None)
        ):
            pending_boxes.insert(0, (index, last_box[1]))  # a theme line ("Veiligheid") inside the measures
            index += 1
            continue
        if article_actions and is_list_item and unit.kind != "table" and header is None:
            if not unit.text.rstrip().endswith(":"):  # "1. De gemeenten zorgen voor:" leads in to its points
                drafts.append(_draft("action", unit, unit.section_id, "action_list"))
            index += 1
            continue
        if article_terms and is_list_item and unit.kind != "table" and header is None:
            index += 1  # "a. opgave: een van de vier inhoudelijke thema's …": a definition, nothing more
            continue
        if article_goals and active is None and re.match(r"\s*\d{1,2}[.)]\s", unit.text) and header is None:
            # a member of the article ("1. Partijen hebben de gezamenlijke ambitie dat …"), not a lead-in or the
            # article pointing on ("Per opgave zijn de ambitie, de doelen … hieronder beschreven.")
            if not unit.text.rstrip().endswith(":") and not re.search(r"\b(?:hieronder|hierna)\b", unit.text):
                drafts.append(_draft("goal", unit, unit.section_id, "article_goal"))
            index += 1
            continue
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
                    last_box = (end, box_section)
                index = group_end
                continue
            if active is None and _nominal_list(units, index):
                active, last_parent = ("nominal_list", "action"), None
            if active is not None:
                name, item_type = active
                dash = re.match(r"^\s*[-–]\s", unit.text) is not None
                parent_dash = last_parent is not None and re.match(r"^\s*[-–]\s", last_parent.text) is not None
                # a sub-bullet only under a parent of another kind: a list of dashes alone is a flat list
                sub = (unit.kind == "subbullet" or dash) and last_parent is not None and not parent_dash
                # "o herkenbare schoolzone …" under "1.1 Herinrichten van de omgeving van 12 basisscholen …:": its parts
                sub = sub or (
                    last_parent is not None
                    and re.search(r":\s*(?:\n\s*o\s.*)?$", last_parent.text.rstrip(), re.S) is not None
                    and re.match(r"^\s*o\s", unit.text) is not None
                    and re.match(r"^\s*o\s", last_parent.text) is None
                )
                # "3. dit budget te dekken uit: a. … b. …": the lettered parts of a decision point are that decision
                sub = sub or (
                    name == "proposal"
                    and last_parent is not None
                    and re.search(r":(?:\s+[a-z][.)]\s.*)?$", last_parent.text.rstrip(), re.S) is not None
                    and re.match(r"^\s*[a-z][.)]\s", unit.text) is not None
                )
                if name in ("request_list", "amendment_point") and motion and not TE_INFINITIVE.search(unit.text):
                    index += 1  # "- het compliment sinds 2019 € 100 bedraagt;": a ground, not a point asked
                    continue
                if sub and last_parent is not None and name != "gs_list":
                    # a sub-bullet of a principle or goal belongs to its parent item
                    last_parent.char_end = unit.end
                    last_parent.text = last_parent.text.rstrip() + " " + unit.text.strip()
                else:
                    # "aanleggen van een beweegtuin …" in a list of goals is a measure, not an end state
                    # … and so is "Wij gaan met de schoolbesturen een convenant sluiten" (an intent)
                    # (not a clause of "… bereiken dat:": "de raad vooraf wordt betrokken …" is the end state)
                    measure = (
                        item_type == "goal"
                        and not clauses
                        and (_nominal_measure(unit.text) or _holds_intent(unit, first=True))
                        # ("In 2024 bereiken wij 50% van de huishoudens …" states the target it means to reach)
                        and not measurable_target(unit.text)
                    )
                    draft = _draft("action" if measure else item_type, unit, unit.section_id, name)
                    draft.lead_in = asking if draft.type == "request" else None
                    _grouped_under(draft, period)
                    if draft.type == "goal" and goals_due is not None and PERIOD_PREFIX.match(unit.text) is None:
                        draft.deadline = goals_due
                    if point is not None and point.section_id == unit.section_id:
                        point.char_end = unit.end
                        point.text = f"{point.text.rstrip()} {unit.text.strip()}"
                    if sub and last_parent is not None:
                        draft.parent = last_parent
                    else:
                        last_parent = draft
                    drafts.append(draft)
                goal_paragraphs = MAX_GOAL_PARAGRAPHS  # after list items, a paragraph ends the list
                index += 1
                continue
        elif unit.kind == "heading" and _numbered_measure(
            unit, units[index - 1] if index else None, measure_number, units[index + 1 : index + 3]
        ):
            # "Acties" / "Wat gaan we daarvoor doen?" and then "1.1 Subsidieregeling Leefbare Kernen …": numbered
            # measures that ingestion read as subsection headings
            if active is None or active[1] != "action":
                active = ("action_list", "action")
                pending_boxes = pending_boxes[1:]
            drafts.append(_draft("action", unit, unit.section_id, "numbered_measure"))
            measure_number = MEASURE_NUMBER.match(unit.text.strip()).group(1)  # type: ignore[union-attr]
            index += 1
            continue
        elif (
            unit.kind == "heading"
            and active is not None
            and active[1] in ("goal", "action")
            and GROUP_NUMBER.match(unit.text.strip()) is not None
            and following is not None
            and (following.kind in ("bullet", "subbullet", "numbered") or BULLET_PREFIX.match(following.text))
        ):
            last_parent = None  # "Pijler 1 – Voorkomen" over bullets: a group of the list its lead-in announced
        elif unit.kind == "heading" or ARTICLE_TITLE.match(unit.text.strip()):
            active = None
            # "Artikel 5 Afspraken provincie": the numbered and lettered points below are the party's actions;
            # "Artikel 2 Doel en gezamenlijke ambitie": its points are goals; "Artikel 1 Begripsbepalingen": none
            article = ARTICLE_TITLE.match(unit.text.strip()) is not None
            article_actions = article and bool(ARTICLE_AGREEMENTS.search(unit.text))
            article_goals = article and not article_actions and ARTICLE_GOALS.search(unit.text) is not None
            article_terms = article and ARTICLE_TERMS.search(unit.text) is not None
            measure_number = None
            pending_boxes = [p for p in pending_boxes if index - p[0] < 40]
        elif active is not None:
            if "\n" not in unit.text.strip() and _programme_header(unit.text.strip()):
                active = None  # a programme table's header line ends the list above it; the table readers take its rows
                index += 1
                continue
            if active[0] == "proposal" and CONSIDERANS.match(unit.text.strip()):
                active = None  # "gelezen het voorstel …", "constaterende dat": the grounds, before "besluit:"
                grounds_below = _grounds_lead_in(unit.text.strip())  # "gelet op:": its points are grounds too
                index += 1
                continue
            if active[0] == "goal_label" and unit.text.rstrip().endswith(":") and len(unit.text.split()) <= 20:
                if EFFORT_LEAD_IN.match(unit.text.strip()):
                    # "Wij zetten in op:" after "Ons doel": what the author will do, not more goals (whether its points
                    # are measures or intents, annotators differ: the other rules decide)
                    active = None
                index += 1  # a lead-in ("… staan we voor de volgende opgaven:") introduces the goals below it
                continue
            short_enough = unit.text.count("\n") < MAX_GOAL_PARAGRAPH_LINES  # not a flattened table
            if (
                active[0] == "proposal"
                and unit.kind == "paragraph"
                and goal_paragraphs < MAX_GOAL_PARAGRAPHS
                and TE_INFINITIVE.search(unit.text) is not None  # not "Provinciale Staten van Overijssel", "Nummer: …"
            ):
                # "besluiten: vast te stellen de volgende regeling: …" — the resolution itself, not a list
                drafts.append(_draft("decision", unit, unit.section_id, "proposal"))
                goal_paragraphs += 1
                index += 1
                continue
            period_line = PERIOD_LINE.match(unit.text.strip())
            if active[1] in ("action", "goal") and period_line is not None:
                period = period_line.group("period")  # "2027": the measures below are that year's
                last_parent = None
                index += 1
                continue
            if active[1] == "action" and _measure_paragraph(unit, "action"):
                # "Opstellen van een warmteplan.", or several measures in one paragraph whose bullets the extraction
                # lost ("2026: Opstellen van het plan … Inrichten van een netwerk …")
                opening = PERIOD_PREFIX.match(unit.text.strip())  # "2026: …" holds for all of the paragraph
                for part in _measures_in(unit):
                    draft = _draft("action", part, unit.section_id, active[0])
                    _grouped_under(draft, opening.group("period") if opening is not None else period)
                    drafts.append(draft)
                    last_parent = draft  # its "o …" parts below belong to it
                index += 1
                continue
            if (
                active[0] == "action_list"
                and unit.kind == "paragraph"
                and (goal_paragraphs < MAX_GOAL_PARAGRAPHS or _holds_intent(unit) or _next_code(unit, code))
                and short_enough
                and not SUBHEADING.match(unit.text.strip())
                and not DETAIL_LINE.search(unit.text)
                and not _asks(unit)
            ):
                # the paragraphs right under "Zo gaan we dit doen" / "Wat gaan we daarvoor doen?" state the measures
                drafts.append(_draft("action", unit, unit.section_id, "action_list"))
                _grouped_under(drafts[-1], period)
                goal_paragraphs += 1
                code = _item_code(unit)
                index += 1
                continue
            if active[0] == "goal_label" and unit.kind == "paragraph" and "\n" not in unit.text.strip():
                if NUMBERED_LABEL.match(unit.text.strip()):
                    index += 1  # "Ambitie 1 Bereikbaar": the name of the goal stated in the paragraph below
                    continue
                if SHORT_TITLE.fullmatch(unit.text.strip()):
                    active = None  # "Aanpak", "Interventies": a sub-heading, the goals above it end
                    index += 1
                    continue
            if (
                active[0] == "goal_label"
                and unit.kind == "paragraph"
                and (goal_paragraphs < MAX_GOAL_PARAGRAPHS or _next_code(unit, code))
                and short_enough
                and not _will_do(unit)
                and not _programme_header(unit.text.strip().split("\n")[0])  # "Nr. Actie Trekker …": a table
            ):
                # the paragraphs right under "Strategisch langetermijndoel" / "Onze ambitie" state the goal; coded
                # paragraphs ("W1. …", "W2. …") are a list, however long
                drafts.append(_draft("goal", unit, unit.section_id, "goal_label"))
                goal_paragraphs += 1
                code = _item_code(unit)
                index += 1
                continue
            following = units[index + 1] if index + 1 < len(units) else None
            if (
                active[1] in ("action", "goal", "request")
                and SUBHEADING.match(unit.text.strip())
                and following is not None
                and (following.kind in ("bullet", "numbered") or BULLET_PREFIX.match(following.text) is not None)
            ):
                # a theme line inside the list ("Veiligheid") groups the bullets below it; under a request's lead-in
                # the party asked ("Woningcorporaties") groups what is asked of it
                index += 1
                last_parent = None
                continue
            active = None
        index += 1
    return drafts


# A goal's name above its statement: "Ambitie 1 Bereikbaar", "Doel 3 Veilig", "Opgave 2 Water en bodem".
NUMBERED_LABEL = re.compile(
    r"^(?i:ambitie|doel|opgave|thema|pijler|spoor|programmalijn|lijn)\s+\d{1,2}\s+[A-ZÀ-Ý][^.!?:;]{0,60}$"
)


def _goal_name(unit: Unit) -> bool:
    """A numbered goal's name alone on its line ("Ambitie 1 Bereikbaar", "Ambitie 2 Duurzaam en gezond")."""
    text = unit.text.strip()
    found = NUMBERED_LABEL.match(text)
    return "\n" not in text and found is not None and len(text.split()) - 2 <= MAX_GOAL_NAME_WORDS


MAX_GOAL_NAME_WORDS = 3


# A sub-heading of one to three words without figures or punctuation: "Aanpak", "Interventies", "Wat doen we".
SHORT_TITLE = re.compile(r"[A-ZÀ-Ý][\wà-ÿ-]*(?:\s+[\wà-ÿ-]+){0,2}")


# A lead-in to notes on a table or figure: "Toelichting bij de tabel:", "Toelichting op tabel 4.2:", "Noten:".
NOTES_LEAD_IN = re.compile(
    r"^(?:toelichting\s+(?:bij|op)\s+(?:de\s+|het\s+)?(?:tabel|overzicht|figuur)\b[^:]{0,30}|noten)\s*:$|"
    # … and how progress is measured ("Hoe meten we de voortgang?", "Indicatoren programmalijn 5"): its points name
    # what is counted, no measures (a point that states a target is still read as a goal by the sentence rules)
    r"^hoe\s+(?:meten|volgen|monitoren)\s+(?:we|wij)\b[^?]{0,60}\?$|^indicatoren\b[^.:;]{0,40}:?$",
    re.I,
)


MAX_PROGRAMME_ROWS = 200  # lines read under one programme table header (a table of 40 rows over three pages)
MAX_GROUP_ROW_WORDS = 5  # "Netwerk en slim reizen"


def _group_row(line: str) -> bool:
    """A table's group row: a capitalised title of a few words without figures ("Fiets", "Netwerk en slim
    reizen") — one only when a numbered row follows it."""
    text = GROUP_NUMBER.sub("", line.strip())  # "Thema 1  Sterke sociale basis en zelfstandig wonen"
    capitalised = re.match(r"[A-ZÀ-Ý]", text) is not None
    return len(text.split()) <= MAX_GROUP_ROW_WORDS and capitalised and not re.search(r"\d", text)


# The title of a document's next part, alone on its line: "Raadsvoorstel", "Bijlage 2", "Ontwerpbesluit".
PART_TITLE = re.compile(
    r"(?:raadsvoorstel|raadsbesluit|statenvoorstel|statenbesluit|ontwerpbesluit|besluit|voorstel|bijlage(?:\s+\d+)?|"
    r"toelichting|samenvatting|inhoud(?:sopgave)?|colofon|motie|amendement)\s*",
    re.I,
)
# What marks a numbered line as a row of the table, where its period does not: a recurrence or an amount.
ROW_MARK = re.compile(r"\bjaarlijks\b|€")
# An abbreviation a table row can end in: "p.j.", "reg.", "div.", "incl.", "excl.", "o.a.".
ABBREVIATION = re.compile(r"\b(?:p\.j\.|reg\.|div\.|incl\.|excl\.|o\.a\.|e\.a\.|ca\.|resp\.|mln\.|mld\.)\s*$", re.I)
# A group row's own label and number: "Thema 1  Sterke sociale basis", "Spoor 2  …".
GROUP_NUMBER = re.compile(
    r"^(?:thema|spoor|programmalijn|lijn|pijler|opgave)\s+\d{1,2}\.?\s+(?:[–:-]\s+)?(?=[A-ZÀ-Ý])", re.I
)  # ("Pijler 1 – Voorkomen")


def _group_heading(units: list[Unit], place: int) -> bool:
    """A heading inside a table that groups its rows ("Thema 2 Fiets"): short, and the next unit opens a numbered
    row with its period ("2.1 Vrijliggend fietspad Bentelo–Delden hoog 2027–2029 2.100.000") — or the heading
    numbers its group ("Spoor 2 Ondersteuning inwoners") over a coded row whose period the row's wrap moved down."""
    heading = units[place].text.strip()
    following = units[place + 1].text.strip() if place + 1 < len(units) else ""
    return (
        len(heading.split()) <= 8
        and not re.search(r"[.!?:]$", heading)
        and TABLE_NOTES.match(heading) is None  # "Toelichting op een aantal acties": the notes after the table
        and (MEASURE_NUMBER.match(following) is not None or ROW_ID.match(following) is not None)
        and (
            ROW_PERIOD_INSIDE.search(following.split("\n")[0]) is not None
            or (GROUP_NUMBER.match(heading) is not None and ROW_PERIOD_INSIDE.search(following) is not None)
        )
    )


def _prose_paragraph(unit: Unit) -> bool:
    """A paragraph of running text: it ends a sentence, and its first line is a long run of words without a
    figure (a table row's line holds its period or amount)."""
    first = unit.text.strip().split("\n")[0]
    return (
        unit.kind == "paragraph"
        and re.search(r"[.!?]\s*$", unit.text.strip()) is not None
        and len(first.split()) >= 8
        # (or several sentences in the author's voice, whatever figures they hold: "Met deze maatregelen verwachten
        # wij vanaf 2027 …"; a row's description may hold sentences too)
        and (
            re.search(r"\d|€", first) is None
            or (
                len(re.findall(r"[a-zà-ÿ)]\.\s+[A-ZÀ-Ý]", unit.text)) >= 2
                and re.search(r"\b(?:wij|we)\b", re.split(r"(?<=[.!?])\s", unit.text.strip())[0], re.I) is not None
            )
        )
    )


def _sentences_after_a_row(unit: Unit, last_row: str) -> bool:
    """Sentences under a table whose last row is whole (it holds its period and its amount): running text after it
    ("Het Collectiecentrum wordt in twee fasen ontwikkeld: in 2027 en 2028 de voorbereiding … Daarom stijgt het
    budget in 2029. Een besluit …"), not the description that completes a project's title row ("A1 N34
    middenbermbeveiliging Gieten–Borger" / "Over een lengte van 11,2 km wordt …")."""
    first = unit.text.strip().split("\n")[0]
    return (
        unit.kind == "paragraph"
        and len(first.split()) >= 12
        and len(re.findall(r"[\w)]\.\s+[A-ZÀ-Ý]", unit.text)) >= 2
        and ROW_PERIOD_INSIDE.search(last_row) is not None
        and re.search(r"€\s*\d|\d{1,3}(?:\.\d{3})+", last_row) is not None
    )


def _column_names(text: str) -> bool:
    """A table's header read as a heading: a single line of column names ("Jaar Product Wie", "Actie Trekker
    Planning"), not a section title that names them in a phrase ("4.2 Acties en planning")."""
    return "\n" not in text.strip() and re.search(r"^\d|\b(?:en|van|voor|de|het|met|in|op|per)\b", text.strip()) is None


def _header_names(line: str) -> str:
    """A table header line without its money unit ("Kosten (x € 1.000)" → "Kosten"), the dot of its number column
    ("Nr.") and the question mark of a column named as a question inside it ("Standpunt Wat gaan we doen? Planning";
    not a heading that asks one, "Wat gaan we doen en wanneer?")."""
    # (nor the caption run into it: "Tabel 6.1 Acties  Trekker  Planning"; nor the bars between its cells: "Actie |
    # Trekker | Planning")
    line = re.sub(r"^\s*tabel\s+\d+(?:\.\d+)*\.?\s+", "", line, flags=re.I)
    line = re.sub(r"\s+\|\s+", "  ", line) if line.count("|") >= 2 else line
    return re.sub(r"^(nr)\.(?=\s)", r"\1", re.sub(r"\?(?=\s+\S)", "", HEADER_UNIT.sub("", line)), flags=re.I).strip()


def _programme_header(line: str) -> bool:
    return PROGRAMME_TABLE_HEADER.match(_header_names(line)) is not None


def _header_wrap(line: str) -> bool:
    """The line under a table header that holds the rest of its wrapped column names: a few lower-case words, no
    figures ("realisatie")."""
    text = line.strip()
    return len(text.split()) <= 3 and re.match(r"[a-zà-ÿ(]", text) is not None and re.search(r"[\d.!?]", text) is None


AUTHOR_SENTENCE = re.compile(r"^(?-i:Wij|We)\s+(?:[\w-]+\s+){4,}")


def _after_table(line: str) -> bool:
    """A line after a programme table's rows: its notes, the next label, or running text of the author's."""
    return bool(TABLE_NOTES.match(line) or COST_LABEL.match(line) or AUTHOR_SENTENCE.match(line))


def programme_rows(units: list[Unit], parsed: ParsedDocument | None = None) -> list[Draft]:
    """One action per row of a programme table kept one row per line ("Thema Actie Partners Planning"): the
    row's period is its deadline, a line without a period continues the row above it; with the source's lines
    (`parsed`) a column-aligned owner column ("Trekker", "Wie") gives each row its actor."""
    drafts: list[Draft] = []
    scales: dict[str, float] = {}  # each header's unit, for its repetition after a page break
    for index, unit in enumerate(units):
        lines = unit.text.split("\n")
        header = next((n for n, line in enumerate(lines) if _programme_header(line)), None)
        if header is None or (unit.kind == "heading" and not _column_names(unit.text)):
            continue
        offsets = [unit.start + sum(len(line) + 1 for line in lines[:n]) for n in range(len(lines))]
        rows = [(offsets[n], line) for n, line in enumerate(lines) if n > header]
        for place, follower in enumerate(units[index + 1 :], start=index + 1):
            first = follower.text.strip().split("\n")[0]
            opening = " ".join(follower.text.strip().split("\n")[:2]) if first.rstrip().endswith(",") else first
            # a numbered row ("4.1 Zeeuws Agrarisch Loket …") that ingestion read as a heading stays a row
            row_heading = (
                follower.kind == "heading"
                and MEASURE_NUMBER.match(first) is not None
                # a row has its period or its money, maybe on its cell's wrapped line ("… organisatoren," / "horeca
                # 2027 € 10.000"); "3.2 SD2 Voorbereid …" neither
                and (ROW_PERIOD_INSIDE.search(opening) is not None or ROW_MARK.search(opening) is not None)
            )
            if follower.kind == "heading" and not row_heading and _group_heading(units, place):
                continue  # "Thema 2 Fiets" between the rows of one table: a group row
            if (follower.kind == "heading" and not row_heading) or re.search(
                r"[.!?:]\s*$", ABBREVIATION.sub("", first)
            ):
                break  # (a row may end in an abbreviation: "… 2027-2028  € 112.500 p.j.", "… Q2 2027  reg.")
            last_row = " ".join(line for _, line in rows[-2:])  # (its last cell may have wrapped: "… Archieven")
            if _prose_paragraph(follower) or (rows and _sentences_after_a_row(follower, last_row)):
                break  # "Wij vragen de colleges … om …" after the table: running text, not a wrapped row
            if "\n" not in follower.text.strip() and PART_TITLE.fullmatch(first):
                break  # "Raadsvoorstel" on a line of its own after an annex's table: the next part of the document
            follower_lines = follower.text.split("\n")
            rows.extend(
                (follower.start + sum(len(x) + 1 for x in follower_lines[:n]), line)
                for n, line in enumerate(follower_lines)
            )
        # a money column ("Budget", "Raming", "Kosten"): each row that names an amount is that budget too
        money = MONEY_IN_HEADER.search(lines[header]) is not None
        # the unit in the header or in the caption above it ("Tabel 5.1 Investeringen … (bedragen in € mln)")
        above = lines[header - 1] if header else (units[index - 1].text.strip().split("\n")[-1] if index else "")
        scale = unit_scale(lines[header])
        if scale == 1:
            scale = unit_scale(above)
        # a table continued after a page break repeats its header under a caption "(vervolg)" without the unit
        columns = " ".join(lines[header].split()).casefold()
        if scale == 1:
            scale = scales.get(columns, 1)
        else:
            scales[columns] = scale
        first_row = len(drafts)
        numbered = NUMBER_COLUMN.fullmatch(_header_names(lines[header]).split()[0]) is not None
        current: Draft | None = None
        coded = False
        captioned = CAPTION.match(lines[header]) is not None
        kept = [(start, line) for start, line in rows[:MAX_PROGRAMME_ROWS] if line.strip()]
        # "Toelichting op een aantal acties" under the last row: the table's notes follow, no more rows; so do
        # "Wat mag het kosten?" and a sentence of the author's ("Wij vragen de gemeenten om …") the extraction
        # joined to the last row
        end = next((n for n, (_, line) in enumerate(kept) if _after_table(line.strip())), len(kept))
        kept = kept[:end]
        if lines[header].count("|") >= 2:
            kept = _bar_rows(kept, lines[header].count("|"))
        for position, (start, line) in enumerate(kept):
            # the period ends the row, or (columns run together) stands inside it
            period = ROW_PERIOD.search(line) or _row_period(line)
            row_id = ROW_ID.match(line.strip()) is not None or MEASURE_NUMBER.match(line.strip()) is not None
            # under a "nr" column a row opens with its plain number: "1 Knooppunt A12/A30 en aansluiting …"
            row_id = row_id or (numbered and NUMBERED_ROW.match(line.strip()) is not None)
            following = kept[position + 1][1].strip() if position + 1 < len(kept) else ""
            # under a money column a row may name neither code nor period: "Meetnet en monitoring  Vechtstromen
            # € 650.000" under "Activiteit  Trekker  Budget per jaar"
            # (under column names, not under a caption that names money: "Tabel 5  Kosten per type maatregel")
            priced = money and not captioned and _ends_in_amount(line) and re.match(r"\s*[A-ZÀ-Ý]", line) is not None
            if TOTAL_ROW.match(line) or PERIOD_GROUP_ROW.match(line.strip()):
                current = None  # "Subtotaal logistiek 4.070", "Fase 2 (2032–2036)": no row itself
                continue
            if re.fullmatch(r"\s*[-=_─—]{5,}\s*", line):
                continue  # a ruler under the header or above the total
            if (
                not row_id
                and period is None
                and _group_row(line)
                # ("Thema 1  Sterke sociale basis" before "1.1 …"; not a wrapped cell's last word before "2.4 …")
                and (ROW_ID.match(following) or (MEASURE_NUMBER.match(following) and GROUP_NUMBER.match(line.strip())))
            ):
                current = None  # a group row between rows ("Fiets", "Openbaar vervoer"): the next row opens
                continue
            if period is None and current is None and not row_id and position == 0 and _header_wrap(line):
                continue  # the header's wrapped cells under it ("Nr Project Fase Planning Raming" / "realisatie")
            if (
                period is None
                and current is None
                and not row_id
                and not priced
                # (unless it is the first row and its period is in its cell's wrapped line below: "… start 2 april
                # binnen capaciteit" / "netbeheerder, provincie  2026")
                and not (
                    position == 0
                    and following[:1].islower()
                    and re.search(rf"\b{YEAR_SPAN}\s*$", following) is not None
                    and not re.search(r"[.!?](?:\s|$)", line + " " + following)
                )
            ):
                break  # not a table row: the table ended
            # a row opens with its name, or with its period in a calendar ("2027  Voortgangsrapportage 2026  GS")
            opens = (
                row_id
                or (priced and current is None)
                or (period is not None and re.match(r"\s*(?:[A-ZÀ-Ý]|(?:19|20)\d\d\s)", line) is not None)
            )
            if period is not None and period.group("period").strip() == line.strip():
                opens = False  # a period alone on its line ("Q2 2027") is the row above's, wrapped in its cell
            if CAPTION.match(line) or _programme_header(line):
                current = None  # the table's caption and header repeated after a page break ("Tabel 2. … (vervolg)")
                continue
            if (numbered or coded) and current is not None and not row_id:
                # under a "nr" column, or in a table whose rows open with their code ("6.1 …", "W2 …"), only a number
                # opens a row ("Ede, Amersfoort planuitwerking 2027 …", "Wijkwerk 2027-2030 € 32.000")
                opens = False
            group_period = None
            if (
                not opens
                and money
                and not coded
                and current is not None
                and _ends_in_amount(current.text)
                and _ends_in_amount(line)
                and re.match(r"\s*[A-ZÀ-Ý]", line) is not None
            ):
                # a row of a period's group ("2027  Flevoweg … 485" / "      Zwartendijk … 390"): the row above was
                # whole with its amount, this line has its own; the period is the group's
                opens, group_period = True, current.deadline
            if current is not None and not opens:
                current.char_end = start + len(line)  # a wrapped row: its next line has no period of its own
                current.text = current.text + " " + line.strip()
                if current.deadline is None and period is not None:
                    current.deadline = period.group("period").strip()  # "gunning" / "Q2 2027": a wrapped cell
                continue
            if re.search(r"[.!?]\s*$", ABBREVIATION.sub("", line.strip())) and len(line.split()) > 12:
                break  # running text after the table
            if len(drafts) == first_row:
                coded = row_id  # the first row opens with its code: so do the others
            current = Draft("action", start, start + len(line), unit.section_id, text=line.strip(), rule="table_row")
            current.deadline = period.group("period").strip() if period is not None else group_period
            drafts.append(current)
        if parsed is not None:
            _owner_cells(parsed, offsets[header], drafts[first_row:])
        if money:
            # the year of a row's money: its own under a "Jaar" column ("2027  Flevoweg … 485"), or the one year
            # the caption gives all of the table's amounts ("Tabel 4. Acties alcohol (bedragen 2027)")
            by_row = YEAR_COLUMN.search(_header_names(lines[header])) is not None
            stated = CAPTION_YEAR.search(above)
            budgets = (
                _row_money(row, scale, _row_year(row) if by_row else int(stated.group(1)) if stated else None)
                for row in drafts[first_row:]
            )
            drafts.extend(budget for budget in budgets if budget is not None)
        # a row that names nothing, only its code and figures ("2.1 | 270 | 270 | 270 | 1.080" under a table of the
        # measures' money), is that money, not a measure
        drafts[first_row:] = [d for d in drafts[first_row:] if d.type != "action" or WORD.search(d.text) is not None]
    return drafts


# A word of three letters or more: what a table row that names something holds besides its code and figures.
WORD = re.compile(r"[^\W\d_]{3,}")

# The owner column of an action table's header: "Trekker", "Wie", "Eigenaar", "Verantwoordelijke".
OWNER_COLUMN = re.compile(r"\b(?:trekker|wie|eigenaar|verantwoordelijke?|uitvoerder)\b", re.I)


def _owner_cells(parsed: ParsedDocument, header_start: int, rows: list[Draft]) -> None:
    """Each row's cell under the owner column of a column-aligned header, read from the source lines (the cleaned
    text runs the columns together): "Welzijnspartners", "gemeente, corporaties" (a cell wrapped over lines)."""
    if not parsed.source_lines:
        return
    header = raw_line(parsed, parsed.source_map.span(header_start, header_start + 1)[0])
    column = OWNER_COLUMN.search(header)
    if column is None or re.search(r"\S\s{2,}\S", header) is None:
        return  # no owner column, or columns the extraction ran together
    following = re.search(r"\s{2,}(?=\S)", header[column.end() :])
    stop = column.end() + following.end() if following is not None else None
    for row in rows:
        first, last = parsed.source_map.span(row.char_start, max(row.char_start + 1, row.char_end))[:2]
        cells: list[str] = []
        for line in range(first, last + 1):
            text = raw_line(parsed, line)
            start = column.start()
            while 0 < start < len(text) and not text[start - 1].isspace():
                start -= 1  # a cell that starts a character or two before its column's name
            cell = text[start:stop].strip() if start < len(text) else ""
            cell = re.split(r"\s{2,}", cell)[0]  # the next column's cell, where it starts before its name
            if stop is not None and 0 < stop < len(text) and text[stop - 1].isalnum() and text[stop].isalnum():
                cells = []  # a word cut at the column's edge: this row's text does not keep to the header's columns
                break
            if cell and not ROW_PERIOD.fullmatch(cell) and cell not in cells:
                cells.append(cell)
        owner = re.sub(r"-\s+(?=[a-zà-ÿ])", "", " ".join(cells)).strip(" ,;")
        if re.search(r"[A-Za-zÀ-ÿ]{2,}", owner) and not OWNER_NOT_A_NAME.search(owner):
            row.actor = owner


# An owner cell that holds money or figures is another column's text read at the owner's place ("wo € 120.00",
# "MO W 20 185.0 250.0").
OWNER_NOT_A_NAME = re.compile(r"€|\d{3,}|\d[.,]\d")


# an amount's own magnitude word ("€ 0,9 mln"): the words kb.amounts multiplies by
MAGNITUDE = re.compile(rf"\b(?:{'|'.join(re.escape(word) for word in MULTIPLIERS)})(?!\w)", re.I)


# A table header's column of the row's year ("Jaar  Project  Maatregel  Kosten"), not its planning.
YEAR_COLUMN = re.compile(r"^(?:nr\.?\s+)?jaar\b", re.I)
# A caption that gives one year to all of a table's amounts: "Tabel 4. Acties alcohol (bedragen 2027)".
CAPTION_YEAR = re.compile(r"\bbedragen\s+(?:over\s+|voor\s+|in\s+)?((?:19|20)\d\d)\b(?!\s*[-–])", re.I)


def _row_year(row: Draft) -> int | None:
    """The one year of a row's period ("2027"), None for a span or none."""
    found = re.fullmatch(r"(?:19|20)\d\d", (row.deadline or "").strip())
    return int(found.group(0)) if found else None


def _row_money(row: Draft, scale: float, year: int | None = None) -> Draft | None:
    """The budget of a programme table row with a money column: the row's euro amounts, or under "x € 1.000" its last
    figure (its planning column is the action's deadline, not the budget's year; `year` is the year a "Jaar"
    column or the caption gives its money)."""
    found = find_money(row.text)
    figures = _trailing_figures(row.text)
    if found:
        # ("€ 0,9 mln" in a table counted in millions says its own unit: not scaled again)
        amounts = tuple(
            Amount(
                m.value * (1 if MAGNITUDE.search(row.text[m.start : m.end + 12]) else scale), m.currency, year, "row"
            )
            for m in found
        )
    elif scale != 1 and figures:
        # "… 2026–2027  18.400" (x € 1.000); "… 2027–2028 48,0 2,0 6,0 38,0* 2,0" (x € 1 mln: kosten, regio, …)
        amounts = tuple(Amount(value * scale, "EUR", year, "row") for value in figures)
    elif (coded := BASIS_CELL.search(row.text)) is not None:
        # "… 2027-2030    15.000 S": the money cell with its basis code (S structureel, I incidenteel)
        basis = "structureel" if coded.group("code") == "S" else "eenmalig"
        amounts = (Amount(lone_figure_value(coded.group("value")) * scale, "EUR", year, "row", basis),)
    else:
        return None
    return _as_budget(row, amounts, "table_row_budget")


# A money cell with its basis code, as an action table legend defines them ("S = structureel per jaar, I =
# incidenteel"): "15.000 S", "40.000 I".
BASIS_CELL = re.compile(r"(?<![\w.,])(?P<value>\d{1,3}(?:\.\d{3})+|\d{2,7})\s+(?-i:(?P<code>[SI]))(?=\s|$)")


def _trailing_figures(text: str) -> list[float]:
    """The figures a row ends with, in column order; a footnote mark on a figure ("38,0*") is not part of it."""
    figures: list[float] = []
    for token in reversed(text.split()):
        cell = token.rstrip("*")
        if not LONE_FIGURE.fullmatch(cell) or ROW_PERIOD.search(cell):
            break
        figures.append(lone_figure_value(cell))
    return figures[::-1]


NUMBERED_ROW = re.compile(r"^\d{1,2}\.?\s+[A-ZÀ-Ý]")


# A measure's own number of two levels ("1.4 We bouwen het kruispunt … om", "2.3 Instellen van fietsstraten …").
THEME_NUMBER = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+(?=\S)")


# A year or period alone on its line inside a list of measures or goals ("2026", "2027:", "2028-2029"), or
# opening a paragraph of them ("2026: Opstellen van het plan …"): the items below it are due then.
PERIOD_LINE = re.compile(rf"^(?P<period>{YEAR_SPAN})\s*:?$", re.I)
PERIOD_PREFIX = re.compile(rf"^(?P<period>{YEAR_SPAN})\s*:\s+", re.I)


FINITE = re.compile(r"\b(?:wordt|worden|is|zijn|kan|kunnen|moet|moeten|zal|zullen|heeft|hebben)\b", re.I)


def _row_period(line: str) -> re.Match[str] | None:
    """The period of a programme table row whose columns ran together: the last one it names, the planning column
    after the name ("W5 Woonvisie 2027-2035 en doelgroepenverordening  Schellekens  Q2 2027"), unless the row opens
    with it, as a calendar's does ("2027  Voortgangsrapportage 2026  GS")."""
    found = list(ROW_PERIOD_INSIDE.finditer(line))
    if not found:
        return None
    return found[0] if not line[: found[0].start()].strip() else found[-1]


GOAL_LEAD_YEAR = re.compile(r"\b(?:in|vóór|voor|uiterlijk|eind)\s+(20\d\d)\b(?!\s*[-–])", re.I)
LEAD_PERIOD = re.compile(
    rf"\b(?:voor de periode|in de periode|in de jaren)\s+(?P<period>{YEAR_SPAN})\b|^\s*in\s+(?P<year>20\d\d)\b(?![-–])",
    re.I,
)


def _grouped_under(draft: Draft, period: str | None) -> None:
    """An item under a period line is due in that period, unless it names its own."""
    found = PERIOD_PREFIX.match(draft.text.strip())
    if found is not None:
        draft.deadline = found.group("period")
    elif period is not None and DEADLINE.search(draft.text) is None:
        draft.deadline = period


def _measures_in(unit: Unit) -> list[Unit]:
    """The measures of a paragraph that opens with a nominalised one: one per sentence when every later sentence
    opens a line (its bullet lost in the extraction) or is itself a nominalised measure ("Inrichten van …"); else
    the paragraph is one measure ("8.1 Partijen spreken af dat … Aanvragen van schoolbesturen worden …")."""
    sentences = split_sentences(unit.text)
    if len(sentences) < 2 or not _nominal_measure(sentences[0][2]):
        return [unit]
    for start, _, sentence in sentences[1:]:
        line_start = unit.text[:start].rstrip(" ").endswith("\n")
        if not line_start and (NOMINAL_ACTION.match(sentence.strip()) is None or FINITE.search(sentence)):
            return [unit]  # ("Aanvragen van schoolbesturen worden alleen gehonoreerd …" is no measure)
    return [
        Unit(unit.kind, unit.start + start, unit.start + end, unit.section_id, sentence.strip())
        for start, end, sentence in sentences
        if not (COST_LABEL.match(sentence.strip()) or list_header(sentence.strip()))  # "… Wat mag het kosten?"
    ]


def _grounds_lead_in(line: str) -> bool:
    """A resolution's grounds announced over the points below ("gelet op:", "overwegende dat:", "gezien:")."""
    return line.endswith(":") and CONSIDERANS.match(line) is not None


def _measure_paragraph(unit: Unit, item_type: str) -> bool:
    """A short paragraph that lists a measure the way a list item would ("Opstellen van een warmteplan."), or a
    measure numbered with its theme ("1.4 We bouwen het kruispunt Markeloseweg om tot een rotonde")."""
    numbered = THEME_NUMBER.match(unit.text) is not None
    text = PERIOD_PREFIX.sub("", THEME_NUMBER.sub("", BULLET_PREFIX.sub("", unit.text)).strip())
    coded = CODED_ITEM.match(text)
    text = coded.group("rest") if coded is not None else text  # "M2 Invoeren van …": the measure after its code
    return (
        item_type == "action"
        and unit.kind == "paragraph"
        and unit.text.count("\n") < MAX_GOAL_PARAGRAPH_LINES
        and (NOMINAL_ACTION.match(text) is not None or (numbered and _holds_intent(unit, first=True)))
    )


MAX_TABLE_ROWS = 40  # rows read under one table header


def _column_header(line: str) -> bool:
    """A row of column names of a targets table ("Doelstelling Indicator Nulwaarde Streefwaarde 2028"): short,
    capitalised words and years only."""
    words = line.split()
    return (
        TARGET_TABLE_HEADER.search(line) is not None
        and len(words) <= MAX_HEADER_CELLS
        and all(w[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?", w) for w in words)
    )


# A column named for a target whose year stands on the header's next line: "Wijk  Inwoners  Doel  Doel" over
# "(1-1-2025)  2030  2035" (not "Doel van het project", a column of text).
TARGET_CELL = re.compile(r"(?-i:\b(?:Doel|Streefwaarde|Streefcijfer|Ambitie|Norm)\b)(?!\s+[a-z])")


def _stacked_target_header(line: str, below: str) -> bool:
    """A header of two lines whose target columns ("Doel", "Streefwaarde") get their years from the line below, a
    line of years and units only (not a row: "4.1  Herzien huisvestingsverordening  W  2027" under "Ambitie 4 …")."""
    targets = len(TARGET_CELL.findall(line))
    years = NAMED_YEAR.findall(below)
    return (
        targets >= 1
        and len(line.split()) <= 12
        and len(below.split()) <= 8
        and re.search(r"[a-zA-Z]{3}", re.sub(r"\([^()]*\)", "", below)) is None
        and len(years) >= targets
        and not re.search(r"[.!?:]\s*$", line)
    )


# "Indicator  2025  2030": an indicator's value now and in a year to come.
INDICATOR_YEARS = re.compile(r"^\s*indicator(?:en)?\s+((?:19|20)\d\d)\s+((?:19|20)\d\d)\s*$", re.I)


def _baseline_and_target_header(line: str, document_year: int | None) -> bool:
    """A header of an indicator's value in two years, the second after the document's year: its baseline and its
    target ("Indicator 2025 2030" in a plan of 2026); not two years already past ("Indicator 2024 2025" in an annual
    report of 2026: realised figures)."""
    match = INDICATOR_YEARS.match(line)
    if match is None or document_year is None:
        return False
    first, last = int(match.group(1)), int(match.group(2))
    return last - first >= 2 and last > document_year


def _years_header(row: str) -> bool:
    """A row of column names that are years ("Gemeente  eind 2025  eind 2027  eind 2030", "2026 2027 2028"): two
    or more figures, every one of them a year."""
    figures = re.findall(r"(?<![\w.,])\d[\d.,%]*", row)
    return len(figures) >= 2 and all(re.fullmatch(r"(?:19|20)\d\d", f) for f in figures)


def _target_row(row: str) -> bool:
    """A row of an indicator table: a label with at least two figures (baseline and target), a dash standing for a
    missing one ("Water vasthouden  extra volume in voorjaar  –  4 miljoen m³")."""
    # (figures, not digits: "… gemiddeld ruim 510 geschikte woningen per jaar bij moeten" under a table is prose)
    figures = len(re.findall(r"(?<![\w.,])\d[\d.,]*", row)) + len(re.findall(r"\s[–—-](?=\s)", row))
    return figures >= 2 and re.search(r"[a-zA-Z]{3}", row) is not None


def _decision_row(row: str) -> bool:
    return ROW_DATE.match(row) is not None


def _adopter_row(row: str) -> bool:
    """A row of a table of adopting bodies: the body's name, then the date of its decision ("Gooise Meren  1 december
    2026"; not a signature's place and date, "Hilversum, 15 december 2026")."""
    return re.fullmatch(rf"[A-ZÀ-Ý][^\d,;.]{{1,50}}\s\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d", row.strip()) is not None


# The header of a table of decisions to be taken, each with the body that takes it and by when: "Besluit  Orgaan
# Uiterlijk", "Besluit  Bevoegd orgaan  Planning".
DECISIONS_DUE_HEADER = re.compile(
    r"^(?:te\s+nemen\s+)?besluit(?:en)?\s+(?:bevoegd(?:e)?\s+)?(?:orgaan|bestuursorgaan|gremium)\s+"
    r"(?:uiterlijk|datum|planning|wanneer|termijn)\s*$",
    re.I,
)
DUE_AT_END = re.compile(
    rf"(?:\d{{1,2}}\s+{MONTH}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|Q[1-4]\s+(?:19|20)\d\d|[–-])\s*$", re.I
)


def _decision_due_row(row: str) -> bool:
    """A row of a table of decisions to be taken: it ends in its date ("… Stuurgroep  1 april 2026") or a dash for
    none; the wrapped line of a body's cell ("Stuurgroep en gemeenteraden") does not."""
    return re.match(r"[A-ZÀ-Ý]", row) is not None and DUE_AT_END.search(row) is not None


def _vote_row(row: str) -> bool:
    return VOTE_ROW.match(row) is not None


def _promise_row(row: str) -> bool:
    return PROMISE_ROW.match(row) is not None


def _planned_row(row: str) -> bool:
    """A row of a table of planned work: its label, then its figures (not a subtotal or total)."""
    return (
        TOTAL_ROW.match(row) is None
        and re.search(r"[A-Za-zÀ-ÿ]{3}", row) is not None
        and re.search(r"\s\d[\d.,]*\s*$", row) is not None
    )


@dataclass(frozen=True)
class ColumnTable:
    """A kind of table whose rows are items, found by its header (or caption), and how its rows are read."""

    item_type: str
    rule: str
    header: re.Pattern[str]
    opens_row: Callable[[str], bool]  # does a line open a row?
    header_ends: bool = False  # the header again ends the table (the next table of the same kind starts there)
    totals_skipped: bool = False  # a "(Sub)totaal" row is none of its rows, nor a wrapped line of one
    sentence_rows: bool = False  # a row's text is a sentence: its last wrapped line may end it
    keeps: Callable[[str], bool] | None = None  # which of the rows read are items


COLUMN_TABLES = (
    ColumnTable("goal", "target_row", TARGET_TABLE_HEADER, _target_row),
    ColumnTable("decision", "decision_row", DECISION_TABLE_HEADER, _decision_row),
    # the bodies that adopted a plan, each with the date of its decision ("Gemeente  datum collegebesluit")
    ColumnTable("decision", "decision_row", ADOPTERS_TABLE_HEADER, _adopter_row),
    # decisions to be taken, each by its body and by when ("Besluit  Orgaan  Uiterlijk")
    ColumnTable("decision", "decision_due_row", DECISIONS_DUE_HEADER, _decision_due_row),
    ColumnTable(
        "decision",
        "scheduled_decision",
        SCHEDULE_HEADER,
        lambda row: re.search(rf"\b{MONTH}\s+(?:19|20)\d\d\b", row, re.I) is not None,
        keeps=lambda row: SCHEDULED_DECISION.match(row) is not None,
    ),
    # (a motion withdrawn or held over was not voted on: its row records no decision)
    ColumnTable(
        "decision",
        "vote_row",
        VOTE_TABLE_HEADER,
        _vote_row,
        header_ends=True,
        keeps=lambda row: bool(VOTED.search(row)),
    ),
    ColumnTable("commitment", "promise_row", PROMISE_TABLE_HEADER, _promise_row, header_ends=True, sentence_rows=True),
    ColumnTable("action", "planned_row", PLANNED_TABLE_CAPTION, _planned_row, totals_skipped=True),
)


# The caption of a table of money ("Budget per doel (bedragen in €)", "x € 1.000", "Lasten en baten"): its rows
# are no targets, even under a "Doel 2026 2027 …" header.
MONEY_CAPTION = re.compile(r"€|\bbedragen\b|\bbudget\b|\blasten\b|\bkosten\b", re.I)
# A line after a table: its source, a note, the next table's or figure's caption.
# The notes under a table: "Bron: CBS", "Toelichting op een aantal acties", "Noot: …"
TABLE_NOTES = re.compile(r"^(?:bron(?:nen)?|toelichting|noot)\b(?!-)", re.I)  # (not "Bron- en contactonderzoek")
TABLE_END = re.compile(rf"{TABLE_NOTES.pattern}|^(?:tabel|figuur)\b|^\*", re.I)  # "* harde en zachte …": a note


def table_rows(parsed: ParsedDocument) -> list[Draft]:
    """One item per row of a table whose header says what its rows are (COLUMN_TABLES): an indicator table with
    target values (a "Streefwaarde" or "Doel 2030" column: goals), a table of decisions ("Datum … Besluit"), of a
    meeting's votes, of promises, of planned work. A short line that opens no row right after a row wraps that
    row's text."""
    lines = source_lines(parsed)
    headings = heading_starts(parsed, lines)  # a heading ends a table
    drafts: list[Draft] = []
    for table in COLUMN_TABLES:
        item_type, rule, header, opens_row = table.item_type, table.rule, table.header, table.opens_row
        first_draft = len(drafts)
        index = 0
        while index < len(lines):
            text = lines[index][2]
            index += 1
            stacked = item_type == "goal" and index < len(lines) and _stacked_target_header(text, lines[index][2])
            stacked = stacked or (item_type == "goal" and _baseline_and_target_header(text, parsed.document.year))
            if not (header.search(text) or stacked) or len(text.split()) > 16 or re.search(r"[.;]\s*$", text):
                continue
            if TOC_LINE.search(text):
                continue  # "3.1 Gezamenlijke ambitie 2050 ........ 7": a table of contents names a section
            if text[:1].islower() or (lines[index - 1][0] in headings and re.match(r"\d{1,2}(?:\.\d{1,2})*\s", text)):
                # a line of prose ("elk doel heeft een indicator en een streefwaarde, in lijn met de"), or a numbered
                # section's title ("3.1 Ambitie 2040"): column names are neither
                continue
            if (
                CAPTION.match(text)
                and index < len(lines)
                and len(lines[index][2].split()) <= 3
                and any(header.search(t) for _, _, t in lines[index : index + MAX_HEADER_CELLS + 3])
            ):
                continue  # "Tabel 2. Indicatoren en streefwaarden" over a header of one cell per line: that header
            # (a caption that names the targets over a header that does not, "Tabel 5.1 Woningbouwopgave per
            # gemeente (streefwaarden)" / "Gemeente" / "Opgave" / …: its rows below are the targets)

            captions = [t for _, _, t in lines[max(0, index - 4) : index - 1] if CAPTION.match(t)]
            if item_type == "goal" and any(MONEY_CAPTION.search(t) for t in [*captions, text]):
                continue  # "Tabel 3. Budget … per doel (bedragen in €)" / "Doel 2026 2027 …": money, no targets
            header_at = index
            cells = _header_cells(lines, header_at - 1) if item_type == "goal" else 0
            if cells:
                # the cells after the one that named the targets ("Indicator" / "Norm 2025" / "Realisatie 2025" / …)
                cells += _following_cells(lines, header_at)
            if cells >= 3:
                # a header of one cell per line ("Indicator" / "Nulmeting" / "Streefwaarde 2027" / "Realisatie
                # 2027"): each row is its label's lines and then its figures, one per line
                index = _label_rows(parsed, lines, headings, header_at, item_type, rule, drafts)
                continue
            if item_type == "commitment" and NUMBER_COLUMN.match(text.strip()) is None:
                # the promise's own column alone on its line: a header of one cell per line, or no header at all
                # (a title "Toezeggingen" over rows that each open with their code and run on over several lines)
                index = _coded_cell_rows(parsed, lines, index - 1, item_type, rule, drafts) or index
                continue
            if item_type == "decision" and len(text.split()) <= 3:
                read = _dated_cell_rows(parsed, lines, index - 1, rule, drafts)
                if read:
                    index = read
                    continue
            current: Draft | None = None
            for start, end, row in lines[index : index + MAX_TABLE_ROWS]:
                if current is None and (_column_header(row) or _years_header(row)):
                    index += 1
                    continue  # the column names under a caption that named the table ("Indicator Bron … 2030",
                    # "Gemeente  eind 2025  eind 2027  eind 2030"; also when the structure took them for a heading)
                if TABLE_END.match(row) or len(row.split()) > 25 or start in headings or PART_TITLE.fullmatch(row):
                    break  # (the next part of the document on a line of its own: "MOTIE", "Raadsbesluit")
                if current is not None and table.header_ends and header.search(row):
                    break  # the header of the next table (the motions after the amendments): read from there
                if table.totals_skipped and TOTAL_ROW.match(row):
                    current = None  # "Subtotaal controles  3.055": no planned work of its own, nor a wrapped row
                    index += 1
                    continue
                if opens_row(row):
                    current = Draft(item_type, start, end, section_at(parsed, start), text=row, rule=rule)
                    drafts.append(current)
                elif (
                    current is not None
                    and len(row.split()) <= 12
                    and (table.sentence_rows or not re.search(r"[.!?]\s*$", row))
                    and not row.rstrip().endswith(":")  # "Acties:" below the table opens what follows it
                ):
                    current.char_end = end  # the row above, wrapped
                    current.text = f"{current.text} {row}"
                elif current is None and len(row.split()) <= 6:
                    continue  # the rest of the header ("2028 2031" may sit on its own line)
                else:
                    break
                index += 1
        if table.keeps is not None:
            drafts[first_draft:] = [d for d in drafts[first_draft:] if table.keeps(d.text)]
        if item_type == "goal":
            _due_by_header(drafts[first_draft:], lines, headings, header)
    return drafts


MAX_HEADER_DISTANCE = 60  # lines from a target table's header to its last row


def _due_by_header(
    targets: list[Draft], lines: list[tuple[int, int, str]], headings: frozenset[int], header: re.Pattern[str]
) -> None:
    """A target row without a date of its own is due by the latest year its table's header names ("Indicator
    Nulmeting 2024 Streefwaarde 2030", "Doel  Doel" over "2030  2035", "… 2028 2031"): the header line nearest
    above the row, with the line below it when that holds the years; nothing past a heading."""
    starts = [start for start, _, _ in lines]
    for draft in targets:
        if draft.deadline is not None:
            continue
        at = bisect.bisect_right(starts, draft.char_start) - 1
        for look in range(at - 1, max(-1, at - MAX_HEADER_DISTANCE - 1), -1):
            if lines[look][0] in headings:
                break
            text = lines[look][2]
            if (
                header.search(text)
                or INDICATOR_YEARS.match(text)
                or (look + 1 < len(lines) and _stacked_target_header(text, lines[look + 1][2]))
            ):
                below = lines[look + 1][2] if look + 1 < len(lines) else ""
                below = below if re.fullmatch(r"[\s\d/–-]+", below) else ""  # ("2030  2035" under "Doel  Doel")
                years = [int(y) for y in NAMED_YEAR.findall(f"{text} {below}")]
                if years:
                    draft.deadline = str(max(years))
                break


MAX_CELL_COLUMNS = 8


def _cell(lines: list[tuple[int, int, str]], position: int) -> str:
    """The text of a table flattened one cell per line at `position`; "" past its end."""
    return lines[position][2].strip() if position < len(lines) else ""


def _dated_cell_rows(
    parsed: ParsedDocument, lines: list[tuple[int, int, str]], date_header: int, rule: str, drafts: list[Draft]
) -> int:
    """A table of decisions flattened one cell per line ("Partner" / "Orgaan" / "Datum besluit" / "Bijzonderheden",
    then "Almelo" / "gemeenteraad" / "26 mei 2026" / "–", …): the first date below the date column's header tells
    how many cells a row has (the lines between them), the short lines above that header how many cells come before
    the date. One decision per row, read while each row holds its date in the date column; returns the index after
    the last row read (0 when the table is not laid out that way)."""

    first_date = next(
        (p for p in range(date_header + 1, date_header + 1 + MAX_CELL_COLUMNS) if ROW_DATE.match(_cell(lines, p))), None
    )
    if first_date is None:
        return 0
    columns = first_date - date_header
    before = 0
    while (
        before < columns - 1
        and 0 < len(_cell(lines, date_header - before - 1).split()) <= 3
        and not CAPTION.match(_cell(lines, date_header - before - 1))
    ):
        before += 1
    if columns < 2 or not ROW_DATE.match(_cell(lines, first_date + columns)):
        return 0  # one dated row is no table of rows
    row_start = date_header - before + columns
    count = 0
    while ROW_DATE.match(_cell(lines, row_start + before)) and row_start + columns <= len(lines):
        row = lines[row_start : row_start + columns]
        text = " ".join(c.strip() for _, _, c in row)
        drafts.append(Draft("decision", row[0][0], row[-1][1], section_at(parsed, row[0][0]), text=text, rule=rule))
        row_start += columns
        count += 1
    return row_start if count else 0


def _coded_cell_rows(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    header: int,
    item_type: str,
    rule: str,
    drafts: list[Draft],
) -> int:
    """A table of promises flattened one cell per line ("Nr" / "Datum en gremium" / "Toezegging / verzoek" / "Stand
    van zaken", then "T-2024-041" / "PS 6 maart 2024" / "Halfjaarlijks informeren …" / …): each row opens with its
    code alone on a line and holds the cells up to the next code. One item per row, read while the rows keep the
    width of the first; returns the index after the last row read (0 when the table is not laid out that way)."""

    first = next(
        (p for p in range(header + 1, header + 1 + MAX_CELL_COLUMNS) if PROMISE_CODE.match(_cell(lines, p))), None
    )
    if first is None:
        return 0
    second = next(
        (p for p in range(first + 1, first + 1 + MAX_CELL_COLUMNS) if PROMISE_CODE.match(_cell(lines, p))), None
    )
    if second is None:
        return 0  # one coded row is no table of rows
    columns = second - first
    row_start, count = first, 0
    while PROMISE_CODE.match(_cell(lines, row_start)) and row_start + columns <= len(lines):
        row = lines[row_start : row_start + columns]
        if any(PROMISE_CODE.match(c.strip()) for _, _, c in row[1:]):
            break  # a row narrower than the first: the layout is not what was read
        text = " ".join(c.strip() for _, _, c in row)
        drafts.append(Draft(item_type, row[0][0], row[-1][1], section_at(parsed, row[0][0]), text=text, rule=rule))
        row_start += columns
        count += 1
    return row_start if count else 0


def _following_cells(lines: list[tuple[int, int, str]], index: int) -> int:
    """How many one-cell header lines (HEADER_CELL) follow from `index` on."""
    count = 0
    while index + count < len(lines) and HEADER_CELL.match(lines[index + count][2].strip()):
        count += 1
    return count


def _header_cells(lines: list[tuple[int, int, str]], last: int) -> int:
    """How many one-cell header lines end at `last`, counting back to the line that names the indicator; 0 when
    the header is not one cell per line."""
    count = 0
    for position in range(last, max(-1, last - 6), -1):
        cell = lines[position][2].strip()
        if not cell or len(cell.split()) > 3:
            return 0
        count += 1
        if re.match(r"^(?:indicator(?:en)?|prestatie-?indicator|doelstelling)\b", cell, re.I):
            return count
    return 0


# A header cell of an indicator table after the one that named it: "Realisatie 2025", "Streefwaarde", "2030".
HEADER_CELL = re.compile(
    r"^(?:(?:realisatie|resultaat|stand|meting|nulmeting|uitgangswaarde|score|behaald|werkelijk|prognose|bron|"
    r"eenheid|streefwaarde|doel|norm|beoordeling|oordeel|status)(?:\s+(?:19|20)\d\d)?|"
    r"(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?)$",
    re.I,
)
# A figure cell: a value, a share, "9 van 17", "120 (2022)", "ten minste 91%", or a blank mark.
FIGURE_WORDS = re.compile(r"[a-zA-Zà-ÿ]{3,}")
BLANK_CELL = re.compile(r"^(?:-|–|—|n\.?v\.?t\.?|n\.?b\.?|p\.?m\.?|[VN?])$", re.I)
# The lines an indicator's label may wrap over. (Written as 3 under the name MAX_LABEL_LINES, which the inline
# labels' bound of 8 below overrode at import; 8 is what every measurement used.)
MAX_INDICATOR_LABEL_LINES = 8
ROW_NUMBER_CELL = re.compile(r"\d{1,2}\.?")  # a row's number in a "Nr." column


FIGURE_LEAD = re.compile(r"^(?:[<>≤≥~±+−–-]|€|ca\.|circa|ten\s+minste|minimaal|maximaal|max\.|min\.)?\s*\d", re.I)


def _figure_cell(cell: str) -> bool:
    return BLANK_CELL.match(cell) is not None or (
        FIGURE_LEAD.match(cell) is not None and len(cell.split()) <= 4 and len(FIGURE_WORDS.findall(cell)) <= 2
    )


PROSE_CELL = re.compile(r"[.;:?]$|^(?:\S+\s+){16,}")  # running text, not a table cell (over 16 words)
NUMBER_COLUMN = re.compile(r"nr\.?|nummer", re.I)  # a "Nr." column: each row opens with its number
FIRST_COLUMN = re.compile(rf"{NUMBER_COLUMN.pattern}|(?:prestatie-?|effect-?)?indicator(?:en)?|omschrijving", re.I)


# (a verdict column, "Beoordeling": "niet gehaald", "deels gehaald")
TEXT_COLUMN = re.compile(r"bron(?:nen)?|toelichting|meetinstrument|eigenaar|beoordeling|oordeel|status", re.I)
MAX_TEXT_CELL_WORDS = 8


def _label_rows(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    headings: frozenset[int],
    index: int,
    item_type: str,
    rule: str,
    drafts: list[Draft],
) -> int:
    """Rows of an indicator table whose cells stand one per line: after the header's cells, each row is the lines
    naming the indicator (wrapped, at most MAX_INDICATOR_LABEL_LINES) and then its figure cells, up to the next
    label. Reading stops at a heading (`headings`: the start offsets of the lines that open a section), a caption
    or source, running text, or a label without figures; returns the index after the table."""
    # a "Nr." column: each row opens with its number on a line of its own
    numbered = any(NUMBER_COLUMN.fullmatch(lines[i][2].strip()) for i in range(max(0, index - 8), index + 1))
    # the header's cells, when the caption above them was read as the header ("Tabel 2. Indicatoren en
    # streefwaarden" / "Nr." / "Indicator" / "Uitgangswaarde 2024" / "Streefwaarde 2028")
    while index < len(lines) and (
        HEADER_CELL.match(lines[index][2].strip()) or FIRST_COLUMN.fullmatch(lines[index][2].strip())
    ):
        index += 1
    # a last column of text after the figures ("Indicator / Nulwaarde / Streefwaarde 2029 / Bron"): each row ends
    # with that cell ("Leefbaarheidsmonitor FSP"), which is not the next row's label
    columns = _header_cells(lines, index - 1) if index else 0
    trailing_text = columns >= 3 and TEXT_COLUMN.fullmatch(lines[index - 1][2].strip()) is not None
    while index < len(lines) and len(drafts) < 10_000:
        label_end = index
        if (
            numbered
            and ROW_NUMBER_CELL.fullmatch(lines[index][2].strip())
            and index + 1 < len(lines)
            and not _figure_cell(lines[index + 1][2].strip())
        ):
            label_end += 1  # the row's number ("Nr." column) before its label
        while (
            label_end < len(lines)
            and label_end - index < MAX_INDICATOR_LABEL_LINES
            and not _figure_cell(lines[label_end][2].strip())
        ):
            label_end += 1
        figures_end = label_end
        while figures_end < len(lines) and _figure_cell(lines[figures_end][2].strip()):
            if (
                numbered
                and figures_end > label_end
                and ROW_NUMBER_CELL.fullmatch(lines[figures_end][2].strip())
                and figures_end + 1 < len(lines)
                and not _figure_cell(lines[figures_end + 1][2].strip())
                and not PROSE_CELL.search(lines[figures_end + 1][2].strip())
            ):
                break  # the next row's number (not the last figure before running text)
            figures_end += 1
        if trailing_text:
            # a figure cell may say more here ("600 (cumulatief), waarvan 25% in kleinste kernen"); a row with all
            # its figures ends with its source cell
            while figures_end < len(lines) and FIGURE_LEAD.match(lines[figures_end][2].strip()):
                figures_end += 1
            source = lines[figures_end] if figures_end < len(lines) else None
            if (
                source is not None
                and figures_end - label_end == columns - 2
                and source[0] not in headings
                and len(source[2].split()) <= MAX_TEXT_CELL_WORDS
                and not PROSE_CELL.search(source[2].strip())
            ):
                figures_end += 1
        label = [c.strip() for _, _, c in lines[index:label_end] if not ROW_NUMBER_CELL.fullmatch(c.strip())]
        if (
            not label
            or figures_end == label_end
            or TABLE_END.match(label[0])
            or any(PROSE_CELL.search(cell) for cell in label)
            or any(start in headings for start, _, _ in lines[index:label_end])
        ):
            break
        row = lines[index:figures_end]
        text = " ".join(cell.strip() for _, _, cell in row)
        drafts.append(Draft(item_type, row[0][0], row[-1][1], section_at(parsed, row[0][0]), text=text, rule=rule))
        index = figures_end
    return index


# A table whose cells stand one per line (a common PDF extraction): a header of short column names, among them
# one that names the actions ("Activiteit", "Actie", "Maatregel") and one that names their details ("Planning",
# "Trekker", "Budget"); then rows, each opened by a row number on its own line ("A.01", "3", "2.4").
# (and "Wat" of a "Wat | Wie | Wanneer" table: what is done, by whom, when)
ACTION_COLUMN = re.compile(rf"^(?:{MEASURE_WORDS}|omschrijving|wat)$", re.I)
DETAIL_COLUMN = re.compile(
    r"^(?:planning|trekker|budget|kosten|gereed|periode|partners?|wie|wanneer|doel(?:code)?|eigenaar|looptijd|jaar|"
    r"jaren|investering(?:en)?|raming|bijdrage|fase|oplevering|uitvoering|bedrag)\b",
    re.I,
)
# The first column of a programme of projects by their site ("Kern / locatie", "Locatie", "Plan"): its rows are
# planned works — actions — when the table also has a period column ("Periode", "Oplevering"): "Woningbouwprogramma
# per kern: Kern / locatie | Aantal woningen | Waarvan sociaal | Periode".
SITE_COLUMN = re.compile(r"^(?:(?:kern|gebied)\s*/\s*)?(?:woningbouw)?(?:locatie|plan(?:locatie|naam)?)$", re.I)
# a row's number alone on its line ("A.01", "3.2") or opening the row's first cell ("W1 Opstellen Woonprogramma …")
# (a row's code alone on its line, "5.1", "A.05"; or with the row's first cell after it: "B2 Fietsroute …",
# "5.2 Rookvrije schoolterreinen …")
CELL_ROW_ID = re.compile(
    rf"^(?:{ROW_CODE}|\d{{1,2}}(?:\.\d{{1,2}})?)\.?$|^(?-i:[A-Z]{{1,2}})[.-]?\d{{1,2}}\s+[A-ZÀ-Ý]|^\d{{1,2}}\.\d{{1,2}}\s+[A-ZÀ-Ý]"
)
CELL_GROUP = re.compile(r"^[A-Z]\.\s+\S")  # a group row between rows: "B. Voldoende water"
MAX_HEADER_CELLS = 9
MAX_CELL_ROWS = 80


def cell_table_rows(parsed: ParsedDocument) -> list[Draft]:
    """One action per row of an action table whose cells stand one per line: the row's lines from its number to
    the next number (or the table's end: a line of running text) are the item; the columns stay in its text."""
    lines = source_lines(parsed)
    drafts: list[Draft] = []
    index = 0
    while index < len(lines):
        bar_names = _bar_header(lines[index][2])
        if bar_names and index + 1 < len(lines) and "|" not in lines[index + 1][2]:
            # the header on one line between bars, the cells one per line below it ("Actie | Trekker | Partners |
            # Planning | Budget", then "Opstellen objectpaspoorten …" / "Vastgoed en Facilitair" / … / "Q1–Q4 2027")
            scale = unit_scale(" ".join(t for _, _, t in lines[max(0, index - 3) : index + 1]))
            index = _uncoded_cell_rows(parsed, lines, index + 1, bar_names, scale, drafts, one_line=True)
            continue
        header: list[str] = []
        while index + len(header) < len(lines) and len(header) < MAX_HEADER_CELLS:
            cell = lines[index + len(header)][2]
            if CELL_ROW_ID.match(cell) or len(cell.split()) > 3:
                break
            if re.search(r"[.:;]$", cell) and not re.search(r"\bnr\.$", cell, re.I):
                break
            header.append(cell)
        names = [h.strip(" .") for h in header]
        measures = any(ACTION_COLUMN.match(n) for n in names) and any(DETAIL_COLUMN.match(n) for n in names)
        sites = any(SITE_COLUMN.match(n) for n in names) and any(PERIOD_COLUMN.match(n) for n in names)
        if len(header) < 3 or not (measures or sites):
            index += 1
            continue
        # a money column ("Budget", "Kosten (x € 1.000)"): a row whose last cell is a lone figure has that budget
        money = any(MONEY_COLUMN.match(name) for name in names)
        scale = unit_scale(" ".join([*(t for _, _, t in lines[max(0, index - 3) : index]), *header]))
        index += len(header)
        if index < len(lines) and not CELL_ROW_ID.match(lines[index][2]):
            index = _uncoded_cell_rows(parsed, lines, index, names, scale, drafts)
            continue
        current: Draft | None = None
        last_cell = ""  # the last cell line the current row read (its money column, when it has one)
        rows = 0
        while index < len(lines) and rows < MAX_CELL_ROWS:
            start, end, text = lines[index]
            if CELL_ROW_ID.match(text):
                _row_budget(drafts, current, last_cell, money, scale)
                first_cell = re.sub(r"^\S+\s*", "", text) if re.match(r"^\S+\s+\S", text) else ""
                current = Draft("action", start, end, section_at(parsed, start), text=first_cell, rule="cell_table")
                drafts.append(current)
                last_cell = ""
                rows += 1
            elif len(text.split()) > 14 or TABLE_END.match(text):
                break  # running text again: the table ended
            elif current is not None and not CELL_GROUP.match(text):
                current.char_end = end
                current.text = f"{current.text} {text}".strip()
                last_cell = text.strip()
            index += 1
        _row_budget(drafts, current, last_cell, money, scale)
        drafts[:] = [d for d in drafts if d.text]
    return drafts


# The cell that closes a row of a table without row numbers, by the name of its last column: a period
# ("2026–2029", "Q3 2026", "doorlopend") under "Planning" / "Jaar" / "Periode", an amount under "Budget" / "Kosten".
PERIOD_COLUMN = re.compile(r"^(?:planning|periode|jaar|jaren|looptijd|gereed|wanneer|oplevering|uitvoering)\b", re.I)
# a month as a table abbreviates it ("apr", "sept.")
_MONTH_CELL = rf"(?:{MONTH}|(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec)\.?)"
# … a year or span, also with its month or season ("mei 2027", "najaar 2026", "eind 2027")
# … or a date it is due by ("vóór 1 januari 2028", "uiterlijk 1 juli 2027"), or a recurrence with its first time
# ("jaarlijks, eerst in Q3 2027")
PERIOD_CELL = re.compile(
    rf"^(?:(?:vanaf|schooljaar|begin|medio|eind|voorjaar|zomer|najaar|winter|{MONTH})\s+)?(?:{YEAR_SPAN})$|"
    rf"^(?:vóór|voor|uiterlijk|per)\s+(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:{YEAR_SPAN})$|^(?:{ONGOING})(?:,\s+[^.;:]{{1,40}})?$|"
    # … or months, abbreviated or spanning two years: "apr–jun 2026", "nov 2026–mrt 2027", "sep 2026"
    rf"^{_MONTH_CELL}(?:\s+(?:19|20)\d\d)?(?:\s*[–-]\s*{_MONTH_CELL})?\s+(?:19|20)\d\d$",
    re.I,
)


def _bar_header(line: str) -> list[str]:
    """The column names of an action table's header written on one line between bars ("Actie | Trekker | Partners |
    Planning | Budget"): three to MAX_HEADER_CELLS short names, one of them the measure's and one a period or money
    column; [] for any other line."""
    if line.count("|") < 2:
        return []
    names = [cell.strip(" .") for cell in line.split("|")]
    if not 3 <= len(names) <= MAX_HEADER_CELLS or any(not n or len(n.split()) > 3 for n in names):
        return []
    measures = any(ACTION_COLUMN.match(n) for n in names) and any(DETAIL_COLUMN.match(n) for n in names)
    closes = any(PERIOD_COLUMN.match(n) or MONEY_COLUMN.match(n) for n in names)
    return names if measures and closes else []


def _uncoded_cell_rows(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    index: int,
    names: list[str],
    scale: float,
    drafts: list[Draft],
    one_line: bool = False,
) -> int:
    """Rows of a table whose cells stand one per line without a row number ("Actie / Trekker / Partners /
    Planning / Budget", then "Ombouw VRI's naar iVRI / Provincie / gemeenten / 2026–2029 / € 5.000.000"): the
    cell of the period column (else of the money column) anchors each row: the row runs from the end of the row
    above (or of a subtotal's figures) to the cells after that one. An action each; under a money column also a
    budget with the row's amounts. `index` is the line after the header; with `one_line` the header stood on that
    one line (between bars), else one name per line. Returns the index after the table."""
    # the header starts at its first column name (a heading or caption may stand right above it) and ends at its
    # last period or money column: short lines after it ("Fiets") open the rows
    closing = [i for i, name in enumerate(names) if PERIOD_COLUMN.match(name) or MONEY_COLUMN.match(name)]
    first_columns = (ACTION_COLUMN, SITE_COLUMN, DETAIL_COLUMN)
    opening = [i for i, name in enumerate(names) if any(column.match(name) for column in first_columns)]
    if not closing:
        return index
    if not one_line:
        index -= len(names) - 1 - closing[-1]  # the header's lines after its last closing column are the first row's
    names = names[opening[0] : closing[-1] + 1]
    periods = [i for i, name in enumerate(names) if PERIOD_COLUMN.match(name)]
    money = [i for i, name in enumerate(names) if MONEY_COLUMN.match(name)]
    width = len(names)
    found = len(drafts)
    after = _anchored_cell_rows(parsed, lines, index, names, scale, drafts, periods[0] if periods else closing[-1])
    if len(drafts) == found and periods and money and money[-1] == width - 1:
        # no period cell read as one ("gebiedsprogramma's vastgesteld Q4 2027", "openstelling 1 april 2027,
        # jaarlijks"): the figure in the last column, the money, closes each row instead
        after = _anchored_cell_rows(parsed, lines, index, names, scale, drafts, width - 1)
    # rows kept apart by blank lines, as many cells each as the header has: read so when that finds more rows than
    # the anchors did (a planning cell "ontwerp 2027, uitvoering 2028" no anchor reads ends their reading early)
    blocks, block_end = _blank_line_rows(parsed, lines, index, width)
    if len(blocks) > len([d for d in drafts[found:] if d.type == "action"]):
        del drafts[found:]
        drafts.extend(blocks)
        return block_end
    return after


def _blank_line_rows(
    parsed: ParsedDocument, lines: list[tuple[int, int, str]], index: int, width: int
) -> tuple[list[Draft], int]:
    """The rows of a table one cell per line whose rows stand apart by blank lines, `width` cells each (a row broken
    by a page break is two blocks that together hold its cells): one action per row, up to the first block that is
    no row (more cells, or running text). Returns the rows and the index after them."""
    rows: list[Draft] = []
    block: list[tuple[int, int, str]] = []
    position = index
    while position < len(lines):
        start, end, text = lines[position]
        if len(text.split()) > 14 or TABLE_END.match(text) or re.search(r"[.:]$|[.!?]\s+[A-ZÀ-Ý]", text):
            break  # (running text: a sentence ends inside the line, "… de Vastgoedmonitor aan. Daarin …")
        if block and "\n\n" in parsed.text[block[-1][1] - 1 : start] and len(block) == width:
            rows.append(_cell_row(parsed, block))
            block = []
        block.append((start, end, text.strip()))
        if len(block) > width:
            block = []
            break
        position += 1
    if len(block) == width:
        rows.append(_cell_row(parsed, block))
        block = []
    return rows, position - len(block)


def _cell_row(parsed: ParsedDocument, cells: list[tuple[int, int, str]]) -> Draft:
    """One row of a table one cell per line, as an action: its cells' lines, their text joined."""
    text = " ".join(cell for _, _, cell in cells)
    return Draft("action", cells[0][0], cells[-1][1], section_at(parsed, cells[0][0]), text=text, rule="cell_table")


def _anchored_cell_rows(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    index: int,
    names: list[str],
    scale: float,
    drafts: list[Draft],
    at: int,
) -> int:
    """The rows of `_uncoded_cell_rows`, each found by the cell of column `at` (a period, else a lone figure)."""
    periods = [i for i, name in enumerate(names) if PERIOD_COLUMN.match(name)]
    anchor = PERIOD_CELL.fullmatch if at in periods else LONE_FIGURE.fullmatch
    money = [i for i, name in enumerate(names) if MONEY_COLUMN.match(name)]
    width = len(names)
    pending: list[tuple[int, int, str]] = []
    while index < len(lines) and len(pending) <= 2 * width:
        start, end, text = lines[index]
        if len(text.split()) > 14 or TABLE_END.match(text) or re.search(r"[.;:]$", text):
            break
        pending.append((start, end, text.strip()))
        index += 1
        if not anchor(text.strip()) or len(pending) <= at:
            continue
        rest = lines[index : index + width - at - 1]
        # the row runs from the end of the row above (cells may wrap over several lines: "Inrichten
        # programmabureau en" / "aanstellen programmamanager"), past a subtotal row's figures
        first = len(pending) - at - 1
        while first > 0 and not (anchor(pending[first - 1][2]) or LONE_FIGURE.fullmatch(pending[first - 1][2])):
            first -= 1
        row = pending[first:] + [(a, b, t.strip()) for a, b, t in rest]
        pending = []
        if len(row) < width or anchor(row[0][2]) or LONE_FIGURE.fullmatch(row[0][2]):
            continue  # no name in the first column: not a row of this table
        index += len(rest)
        action = _cell_row(parsed, row)
        drafts.append(action)
        # the period cell is the row's deadline, and the year of its money when it names one ("apr–jun 2026")
        period_cell = row[len(row) - len(rest) - 1 + periods[0] - at][2] if periods else None
        years = set(re.findall(r"\b(?:19|20)\d\d\b", period_cell or ""))
        year = int(next(iter(years))) if len(years) == 1 else None
        action.deadline = period_cell if years else None  # ("doorlopend" is no deadline)
        # a column's cell counted from the anchor cell: a wrapped first cell shifts the positions before it
        cells = [row[len(row) - len(rest) - 1 + i - at][2] for i in money]
        amounts = tuple(
            Amount(lone_figure_value(cell) * scale, "EUR", year, "row") for cell in cells if LONE_FIGURE.fullmatch(cell)
        )
        if amounts:
            drafts.append(_as_budget(action, amounts, "cell_table_budget"))
    return index


# The money column of an action table: "Budget", "Kosten", "Raming (x € 1.000)", "Bijdrage provincie",
# "Cofinanciering" (a table may have several) — as a cell
# of its own (MONEY_COLUMN) or a word in a header line (MONEY_IN_HEADER).
_MONEY_WORDS = r"(?:budget|kosten|raming|bedrag|bijdrage|middelen|investering(?:en)?|cofinanciering|financiering)\b"
MONEY_COLUMN = re.compile(rf"^{_MONEY_WORDS}", re.I)
MONEY_IN_HEADER = re.compile(rf"\b{_MONEY_WORDS}", re.I)


def _bar_rows(rows: list[tuple[int, str]], bars: int = 0) -> list[tuple[int, str]]:
    """Rows of a table whose cells stand between bars, each row's name on a line of its own above its other cells
    ("Invoeren contactmoment adolescentie" / "Manager JGZ 4-18 | VO-scholen | Q1 2028 | binnen budget"), or a row
    wrapped inside a cell, its bars completing the header's `bars` only together ("Stimuleringsregeling … |
    Provincie | gemeenten | openstelling" / "1 januari 2027 | € 10.000.000"): one line per row, spanning both (the
    gap between them kept, so the row's characters stay those of the document)."""
    joined: list[tuple[int, str]] = []
    index = 0
    while index < len(rows):
        start, line = rows[index]
        following = rows[index + 1][1] if index + 1 < len(rows) else ""
        wrapped = 0 < line.count("|") < bars and line.count("|") + following.count("|") == bars
        if ("|" not in line or wrapped) and index + 1 < len(rows) and "|" in following:
            next_start, next_line = rows[index + 1]
            gap = next_start - (start + len(line))
            if gap >= 1:
                joined.append((start, line + " " * gap + next_line))
                index += 2
                continue
        joined.append((start, line))
        index += 1
    return joined


def _ends_in_amount(text: str) -> bool:
    """A row's text that ends in a figure of its money column ("… vervangen deklaag asfalt 485", "… € 1.250.000"),
    not a year ("… 2027")."""
    last = text.split()[-1] if text.split() else ""
    return (
        re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?", last) is not None
        and re.fullmatch(r"(?:19|20)\d\d", last) is None
    )


def _row_budget(drafts: list[Draft], row: Draft | None, cell: str, money: bool, scale: float) -> None:
    """A row of an action table with a money column is also a budget item: its last cell, when a figure."""
    if row is None or not money or not LONE_FIGURE.fullmatch(cell):
        return
    drafts.append(_as_budget(row, (Amount(lone_figure_value(cell) * scale, "EUR", None, "row"),), "cell_table_budget"))


def _as_budget(row: Draft, amounts: tuple[Amount, ...], rule: str) -> Draft:
    """A table row that is an action and also a budget: the same span, typed budget, with the row's amounts."""
    return replace(row, type="budget", amounts=amounts, rule=rule, parent=None)


def _continues_numbering(previous: Draft | Unit | None, unit: Unit) -> bool:
    """False when a numbered unit breaks the numbering of the list above it (style or sequence)."""
    current = LIST_NUMBER.match(unit.text)
    if current is None or previous is None:
        return True
    before = LIST_NUMBER.match(previous.text)
    if before is None:
        return True
    return current.group(2) == before.group(2) and int(current.group(1)) == int(before.group(1)) + 1


REQUEST_TYPES = frozenset({"request_gs", "request"})

# A numbered measure read as a heading: "1.1 Subsidieregeling Leefbare Kernen voor ontmoetingsplekken …".
MEASURE_NUMBER = re.compile(r"^(\d{1,2})\.\d{1,2}\.?\s+\S")
MIN_MEASURE_WORDS = 4


def _numbered_measure(unit: Unit, previous: Unit | None, number: str | None, next_units: list[Unit]) -> bool:
    """Whether a heading is a numbered measure of the list a header right above it announced ("Acties", "Wat
    gaan we daarvoor doen?"): numbered x.y, long enough to say what is done, not a question, one of a run (the
    next numbered x.y follows within two units), and — after the first — of the same x."""
    title = unit.text.strip().split("\n")[0]
    found = MEASURE_NUMBER.match(title)
    if found is None or len(title.split()) - 1 < MIN_MEASURE_WORDS or title.rstrip().endswith("?"):
        return False
    if number is not None:
        return found.group(1) == number
    header = list_header(previous.text) if previous is not None and previous.kind != "heading" else None
    if header is None or header[1] != "action":
        return False
    following = (MEASURE_NUMBER.match(u.text.strip()) for u in next_units if u.kind == "heading")
    return any(match is not None and match.group(1) == found.group(1) for match in following)


def _short_numbered_title(line: str, max_words: int) -> str | None:
    """The title of a numbered line that reads as a title — at most `max_words` words after the number, no
    sentence or clause end — else None."""
    if LIST_NUMBER.match(line) is None:
        return None
    title = LIST_NUMBER.sub("", line).strip()
    return title if 0 < len(title.split()) <= max_words and not re.search(r"[.!?:;,]$", title) else None


def _numbered_title(text: str) -> bool:
    """A numbered line that reads as a chapter title ("10. Vervolg, monitoring en evaluatie"): capitalised, a few
    words, no sentence end — not a list item ("3. het vergroten van het zelforganiserend vermogen")."""
    lines = [line for line in text.split("\n") if line.strip()]
    title = _short_numbered_title(lines[0], 5) if len(lines) == 1 else None
    return title is not None and title[:1].isupper()


def _numbered_heading(unit: Unit) -> bool:
    """ "4. Financiële consequenties\nVoor de uitvoering …": a short numbered title line with text below it."""
    lines = [line for line in unit.text.split("\n") if line.strip()]
    return unit.kind == "numbered" and len(lines) >= 2 and _short_numbered_title(lines[0], 4) is not None


MIN_NOMINAL_ITEMS = 2


def _nominal_list(units: list[Unit], start: int) -> bool:
    """A list under a lead-in of its own ("Om die doelen te bereiken zetten we vier sporen in:") whose every item is
    a measure written as a nominalised verb ("a) Uitbreiden van de JOGG-aanpak …", "b) Aanstellen van …"): its
    items are measures, whatever the lead-in says."""
    if start == 0 or units[start - 1].kind in ("bullet", "subbullet", "numbered", "heading", "table"):
        return False
    if not units[start - 1].text.rstrip().endswith(":"):
        return False
    end = _group_end(units, start)
    return end - start >= MIN_NOMINAL_ITEMS and all(_nominal_measure(u.text) for u in units[start:end])


def _group_end(units: list[Unit], start: int) -> int:
    end = start
    while end < len(units) and (
        units[end].kind in ("bullet", "subbullet", "numbered") or BULLET_PREFIX.match(units[end].text)
    ):
        if end > start and (_numbered_heading(units[end]) or not _continues_numbering(units[end - 1], units[end])):
            break
        end += 1
    return end


def _split_group(units: list[Unit], start: int, end: int, boxes: int) -> list[tuple[int, int]]:
    """Split one bullet run over several waiting headers at its widest gaps (a box boundary)."""
    if boxes <= 1 or end - start < 2:
        return [(start, end)]
    gaps = sorted(range(start + 1, end), key=lambda i: units[i].start - units[i - 1].end, reverse=True)[: boxes - 1]
    cuts = [start, *sorted(gaps), end]
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


# The details of a measure on a line of their own ("Trekker: provincie | Partners: gemeenten", "(€ 3.000.000)"):
# part of the measure above, not a measure.
DETAIL_LINE = re.compile(
    r"^\s*(?:\(?€|(?:trekker|partners?|planning|budget|kosten|periode|wie|wanneer)\s*:)|\s\|\s", re.I
)


TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$|…{2,}\s*\d{1,3}\s*$", re.M)
CAPTION = re.compile(r"^\s*(?:tabel|figuur|grafiek|kaart|bron)\s*[\d.:]", re.I)


def _contents_or_caption(unit: Unit) -> bool:
    """A table of contents (most lines end in dot leaders and a page number), a table's or figure's caption
    ("Tabel 2.1 Indicatoren programma 2"), or an indicator table's header row ("Indicator Nulmeting Streefwaarde
    2027")."""
    lines = [line for line in unit.text.split("\n") if line.strip()]
    if not lines:
        return False
    if sum(1 for line in lines if TOC_LINE.search(line)) * 2 > len(lines):
        return True
    first = lines[0].strip()
    header_row = TARGET_TABLE_HEADER.search(first) is not None and len(lines) == 1 and not re.search(r"[.!?]$", first)
    return (CAPTION.match(first) is not None and len(lines) <= 2) or (header_row and len(first.split()) <= 10)


def _nominal_measure(text: str) -> bool:
    """A measure written as a nominalised verb, also in lower case ("aanleggen van een beweegtuin")."""
    clean = PERIOD_PREFIX.sub("", BULLET_PREFIX.sub("", text).strip())  # (also "2026: Opstellen van …")
    return bool(clean) and NOMINAL_ACTION.match(clean[0].upper() + clean[1:]) is not None


# A lead-in to what was done, in a report: "Daarnaast hebben wij:", "Concreet hebben wij:", "In 2026 hebben we onder
# meer:".
DONE_LEAD_IN = re.compile(
    r"^(?:(?:daarnaast|verder|concreet|ook|tevens|bovendien|voorts|in\s+(?:19|20)\d\d)\s+)?"
    r"(?:(?:hebben|heeft)\s+(?:wij|we|de\s+\w+)|(?:wij|we)\s+hebben)"
    r"(?:\s+(?:onder\s+meer|onder\s+andere|ook|verder|daarnaast))?\s*:$",
    re.I,
)
# A lead-in to what the author will do: "Wij zetten in op:", "Daarvoor gaan wij:", "We doen dat door:".
EFFORT_LEAD_IN = re.compile(
    r"^(?:(?:daarvoor|daarom|hiervoor|daarnaast)\s+)?(?:(?:wij|we)\s+(?:zetten\s+in\s+op|gaan|doen\s+dat\s+door|"
    r"werken\s+aan)|(?:zetten|gaan|werken)\s+(?:wij|we)(?:\s+in\s+op|\s+aan)?)\s*:$",
    re.I,
)
# What the author will do: "Wij gaan met de schoolbesturen …", "Daarnaast zullen we …". Not "Wij zetten in op een
# woningvoorraad die in 2050 aardgasvrij is" (an aim, which a goal label makes a goal).
# ("Wij gaan zorgvuldig om met landbouwgrond" is "omgaan met": a principle, not a plan.)
WILL_DO = re.compile(
    r"^(?:(?:daarom|daarnaast|ook|samen\s+met\s+[^,]{1,60}),?\s+)?(?:wij|we)\s+(?:gaan|zullen)\b(?![^.]*\bom\s+met\b)",
    re.I,
)


def _plain_sentences(text: str) -> list[str]:
    """A unit's text cut after each ".", "!" or "?" that a space follows: its first sentence, or the lead-in it ends
    with."""
    return re.split(r"(?<=[.!?])\s+", text.strip())


def _asks(unit: Unit) -> bool:
    """A paragraph that opens by asking someone ("Wij vragen de gemeenten om …"): a request, not a measure."""
    found = classify_sentence(_plain_sentences(unit.text)[0])
    return found is not None and found[1] in REQUEST_TYPES


def _holds_intent(unit: Unit, first: bool = False) -> bool:
    """A paragraph with a sentence of intent ("In 2027 maken wij nog eens 120 bushaltes toegankelijk."): under a
    measures header it is one more measure, however many paragraphs came before it. With `first`, only its first
    sentence counts (a goal bullet that goes on to describe the present is no measure)."""
    sentences = split_sentences(BULLET_PREFIX.sub("", unit.text).strip())
    kinds = [classify_sentence(sentence) for *_, sentence in sentences[: 1 if first else None]]
    return any(found is not None and found[1] in ("commitment", "action") for found in kinds)


# The title of a motion or an amendment ("AMENDEMENT A2", "Motie M3 …") or of a resolution ("Raadsbesluit").
MOTION_TITLE = re.compile(r"^\s*(?P<kind>amendement|motie|raadsbesluit|besluit)\b", re.I)
MAX_AMENDMENT_UNITS = 40


def _amendment_above(units: list[Unit], index: int) -> bool:
    """Whether a "besluit:" stands in an amendment: its title is the nearest motion or resolution title above it
    (within MAX_AMENDMENT_UNITS units). Its points are what the submitters propose the raad decides: requests."""
    for unit in reversed(units[max(0, index - MAX_AMENDMENT_UNITS) : index]):
        found = MOTION_TITLE.match(unit.text.strip().split("\n")[0])
        if found is not None and len(unit.text.split()) <= 12:
            return found.group("kind").lower() == "amendement"
    return False


def _prose_below(unit: Unit) -> bool:
    """A paragraph of running text (not a bullet, a numbered point, a heading or a lead-in to a list)."""
    return (
        unit.kind == "paragraph"
        and BULLET_PREFIX.match(unit.text) is None
        and not unit.text.rstrip().endswith(":")
        and list_header(unit.text) is None
        and (_holds_intent(unit) or _nominal_measure(unit.text))  # "Uitvoeren van de nieuwbouw van het IKC …"
    )


def _will_do(unit: Unit) -> bool:
    """A paragraph that opens with what the author will do: a commitment or measure stated under a goal label."""
    return WILL_DO.match(BULLET_PREFIX.sub("", unit.text).strip()) is not None


def _title_line(unit: Unit) -> str:
    """A unit's first line without a heading number ("4. Doel 2 …" → "Doel 2 …")."""
    first = unit.text.strip().split("\n")[0].strip()
    return re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", first)


def _draft(item_type: str, unit: Unit, section_id: str | None, rule: str) -> Draft:
    return Draft(item_type, unit.start, unit.end, section_id, text=unit.text, rule=rule)


# --- inline labels ---------------------------------------------------------------------------------------


MAX_LABEL_LINES = 8  # an inline label's text ends at a full stop, a blank line, a new label, or after this many lines


def _inline_label(text: str) -> str | None:
    """The item type of the inline label that opens `text` ("Hoofddoel: …" → goal), or None."""
    return next((item_type for item_type, pattern in INLINE_LABELS if pattern.match(text)), None)


def label_segments(unit: Unit) -> list[tuple[str, int, int]]:
    """(item type, start, end) for lines inside a unit that open with an inline label ("Hoofddoel: …")."""
    segments: list[tuple[str, int, int]] = []
    current: tuple[str, int, int, int] | None = None  # (type, start, end, lines so far)
    offset = 0
    for line in unit.text.split("\n"):
        start = unit.start + offset
        end = start + len(line)
        offset += len(line) + 1
        stripped = BULLET_PREFIX.sub("", line).strip()
        label = None if _column_header(stripped) else _inline_label(stripped)
        at = len(line) - len(line.lstrip())
        if label is None:
            # a label after a sentence on the same line: "Onderbesteding doordat … Beheersmaatregel: inzet van …"
            for stop in re.finditer(r"[.;]\s+(?=[A-Z])", line):
                label = _inline_label(line[stop.end() :])
                if label is not None:
                    at = stop.end()
                    break
        if label is not None:
            if current is not None:
                segments.append(current[:3])
            current = (label, start + at, end, 1)
        elif current is not None and current[0] == "action" and CARD_FIELD.match(stripped):
            current = (current[0], current[1], end, current[3] + 1)  # "Trekker: …", "Budget: …" of a project card
            continue
        elif current is not None:
            if not stripped or re.match(r"^[A-Z][\w ]{0,40}:", stripped) or current[3] >= MAX_LABEL_LINES:
                segments.append(current[:3])
                current = None
                continue
            current = (current[0], current[1], end, current[3] + 1)
        # a sentence of another kind ends the label's text, also inside a line ("Doel: … uit te putten. Wij vragen
        # de provincie …": that request is an item of its own); a sentence that explains the label stays with it
        inside = re.search(r"[.;]\s+(?=[A-ZÀ-Ý])", line) if current is not None else None
        if current is not None and inside is not None:
            other = classify_sentence(line[inside.end() :])
            if other is not None and other[1] != current[0]:
                segments.append((current[0], current[1], start + inside.start() + 1))
                current = None
        if current is not None and re.search(r"[.;]\s*$", line):
            segments.append(current[:3])
            current = None
    if current is not None:
        segments.append(current[:3])
    return segments
