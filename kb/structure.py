"""Structure (pure): cleaned text → section tree (paths like "4.1.2 Landbouwsysteem") and typed blocks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kb.amounts import LONE_YEAR
from kb.clean import continues_sentence
from kb.models import Block, Section, SourceMap
from kb.text import LINE_ENDS_SENTENCE

# ── Heading rules ────────────────────────────────────────────────────────────────────────────────────────

# "Hoofdstuk 2 Maatschappelijke trends", "HOOFDSTUK 1  WAAROM…", "Bijlage 2: Netwerk in beeld", "Bijlage 1."
# The title must not open in lower case: "Hoofdstuk 2 van deze visie schetst…" is running text.
EXPLICIT_HEADING = re.compile(
    r"^(?P<kind>Hoofdstuk|HOOFDSTUK|Bijlage|BIJLAGE|Deel|DEEL|Paragraaf)\s+(?P<number>\d{1,2}|[IVX]{1,4})"
    # (an appendix named by what it belongs to: "Bijlage 1 bij Statenvoorstel PS2026-512")
    r"(?:\s*[.:])?(?:\s+(?P<title>(?:(?:behorende?\s+)?bij\s+)?[^a-zà-ÿ].*))?$"
)
# "4.1.2. Beweging naar…", "1.1  Leeswijzer", "2.10. Kernteams…": two to four numeric parts.
MULTILEVEL_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<title>[A-ZÀ-Ý0-9“‘\"'(].*)$")
# "1. Waarom een nieuw dorpenbeleid?", "2 UITVOERINGSPROGRAMMA": one numeric part; accepted only in sequence.
SINGLE_HEADING = re.compile(r"^(?P<number>\d{1,2})\.?\s+(?P<title>[A-ZÀ-Ý“‘\"'(].*)$")
# A labelled part of a programme: "Spoor 2  Wonen in kleine kernen", "Pijler 3: Natuur en landschap", "Thema 1 –
# Wonen". The title opens in capitals ("Thema 2 gaat over …" is a sentence).
LABELLED_HEADING = re.compile(
    r"^(?P<kind>Spoor|Pijler|Thema|Speerpunt|Programmalijn|Actielijn|Opgave|Prioriteit)\s+(?P<number>\d{1,2})"
    r"\s*[.:–—-]?\s+(?P<title>[A-ZÀ-Ý“‘\"'(].*)$"
)
LABELLED_LEVEL = 2  # a part of the chapter or appendix it stands in
# Unnumbered front- and back-matter headings that open a top-level section in any policy document.
KNOWN_HEADINGS = re.compile(
    r"^(?:Voorwoord|Inleiding|Samenvatting|Managementsamenvatting|Begrippenlijst|Afkortingen(?:lijst)?"
    r"|Colofon|Literatuur(?:lijst)?|Bronnen(?:lijst)?|Bijlagen|Verantwoording)\s*:?$",
    re.IGNORECASE,
)
MAX_HEADING_CHARS = 130  # longer lines are running text
MAX_HEADING_WORDS = 18
# A paragraph that opens with a run-in title: "3.1 Gezonde en veilige gebouwen. In 2042 voldoen alle …" — a
# sentence starts after the title's full stop, so the line is running text, not a heading.
RUN_IN_TITLE = re.compile(r"\w{3,}\.\s+[A-ZÀ-Ý][a-zà-ÿ]*\s+\S+\s+\S+")
# A heading title never ends like a sentence (a question mark or colon is fine: "Waarom een nieuw dorpenbeleid?").
HEADING_BAD_END = re.compile(r"[.,;]$")

# ── Block rules ──────────────────────────────────────────────────────────────────────────────────────────

BULLET_LINE = re.compile(r"^[•]\s")  # "• Werk samen met…" (clean maps every bullet glyph to "•")
SUBBULLET_LINE = re.compile(r"^-\s")  # "- beekdalen" (clean maps "-\t" to "- ")
# Numbered list items "1. stilte en duisternis", "3) Uitgangspunt", "a. …" that are not headings.
THEME_NUMBER_LINE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")  # "1.2 Invoeren van 30 km/u …"
# (a quoted list opens with its quotation mark: a motion's dictum cited in a letter, '"1. met de netbeheerders …')
NUMBERED_LINE = re.compile(r"^[\"“„]?(?:\d{1,2}|[a-z])[.)]\s+\S")
# A Dutch-formatted number or amount token in a table row: "597.022", "1.748.049", "-193.750", "6.629.981,--".
NUMBER_TOKEN = re.compile(r"^[-−–]?€?\d{1,3}(?:\.\d{3})*(?:,\d+|,--|,-)?%?\*?$")
# Number and delimiter of a numbered line ("3." / "3)" / "3 "), to tell list items from chapter headings.
LIST_STYLE = re.compile(r"^(\d{1,2})([.)]?)\s")
# A line of figures only ("597.022 597.022 597.022 597.022", "1.150.000", "-193.750"): a table row's values.
NUMBERS_ONLY = re.compile(r"^(?:[-−–]?€?\s?\d{1,3}(?:\.\d{3})*(?:,\d+|,--|,-)?%?\*?\s*)+$")
STARTS_LOWER = re.compile(r"^[\"'“‘(]?[a-zà-ÿ]")


@dataclass
class _TextLine:
    start: int
    end: int
    text: str
    break_before: bool
    footnote: bool


@dataclass
class _Heading:
    first: int  # index of the first line
    last: int  # index of the last line (wrapped headings)
    number: str | None
    title: str
    level: int


def split_lines(text: str, footnotes: Sequence[tuple[int, int]] = ()) -> list[_TextLine]:
    """Non-empty lines of cleaned text with char offsets; `break_before` when a blank line precedes it."""
    footnote_starts = {start for start, _ in footnotes}
    lines: list[_TextLine] = []
    offset = 0
    blank = False
    for raw in text.split("\n"):
        if raw.strip():
            lines.append(_TextLine(offset, offset + len(raw), raw, blank or not lines, offset in footnote_starts))
            blank = False
        else:
            blank = True
        offset += len(raw) + 1
    return lines


# A line of a table of contents: a title, a leader of dots and a page number ("1.1 Hoe dit akkoord tot stand
# kwam ........ 3"). It names a heading elsewhere; it is not one.
TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$")


def _heading_like(title: str) -> bool:
    title = title.strip()
    return (
        0 < len(title) <= MAX_HEADING_CHARS
        and len(title.split()) <= MAX_HEADING_WORDS
        and HEADING_BAD_END.search(title) is None
        and TOC_LEADER.search(title) is None
        and RUN_IN_TITLE.search(title) is None
    )


def _title_like(text: str) -> bool:
    """A short label line: at most 8 words, capitalised, no sentence end and no trailing comma."""
    text = text.strip()
    return (
        0 < len(text) <= 60
        and len(text.split()) <= 8
        and text[:1].isupper()
        and LINE_ENDS_SENTENCE.search(text) is None
        and not text.endswith(",")
        and not re.search(r"\b(?:en|of|van|de|het|een|voor|met|in|op|aan|te)$", text)
    )


def _is_table_row(text: str) -> bool:
    """Mostly figures, or a label ending in a run of figures ("1.4 Waardering vooroverleg (rapportcijfer) 7,1 7,5
    7,8": an indicator row, not section 1.4)."""
    tokens = text.split()
    numbers = sum(1 for token in tokens if NUMBER_TOKEN.match(token))
    trailing = len(tokens) >= 4 and all(NUMBER_TOKEN.match(token) for token in tokens[-2:])
    return (numbers >= 2 and numbers * 2 >= len(tokens)) or trailing


def _figures_follow(lines: list[_TextLine], index: int) -> bool:
    """A numbered line with a bare figure on the next line ("4 Economie en energie" / "41.200" / "37.845"): the label
    of a table row flattened one cell per line, not a chapter."""
    return index + 1 < len(lines) and NUMBERS_ONLY.match(lines[index + 1].text.strip()) is not None


def _in_list_run(lines: list[_TextLine], index: int, number: int) -> bool:
    """True when item n-1 stands within a few lines before it, or n+1 within a few lines after, in the same style
    ("3." / "3)" / "3 "): a numbered list ("1. Beschikbare zorg" / "2. Sport"), not chapter headings. A "4 …" just
    above "3 Strategisch doel 1" (the last row of an overview table) is no list it belongs to."""
    style = LIST_STYLE.match(lines[index].text)
    if style is None:
        return False
    before = [(other, number - 1) for other in lines[max(0, index - 4) : index]]
    after = [(other, number + 1) for other in lines[index + 1 : index + 5]]
    neighbours = []
    for other, expected in before + after:
        if other.footnote:
            continue  # "1 Onder klimaatneutraal verstaan we …" at the page's foot is a footnote, not item 1
        found = LIST_STYLE.match(other.text)
        if found is not None and found.group(2) == style.group(2) and int(found.group(1)) == expected:
            neighbours.append(other.text.strip())
    if (
        neighbours
        and _short_title(lines[index].text)
        and all(len(n.split()) >= MIN_PROSE_ITEM_WORDS for n in neighbours)
    ):
        # "4. Argumenten" after "3. Het Gelderse erfgoed wordt goed beheerd, gebruikt en beleefd: in 2030 is …" (the
        # last of three numbered effects, a wrapped sentence): a chapter heading in sequence, not the fourth item
        return False
    return bool(neighbours)


def _short_title(text: str) -> bool:
    """A numbered line that is a title: four words at most after its number, not ending a sentence."""
    words = text.strip().split()[1:]
    # (not a line of a table of contents: "1. Inleiding    4")
    return 0 < len(words) <= MAX_SHORT_TITLE_WORDS and re.search(r"[.;:,]$|\s\d{1,3}$", text.strip()) is None


MAX_SHORT_TITLE_WORDS = 4
MIN_PROSE_ITEM_WORDS = 12  # a list item's line of running prose, wrapped at the page's width


def _wrap_follow(lines: list[_TextLine], index: int) -> _TextLine | None:
    """The second line of a heading that wraps: short, no sentence end, and opening in lower case
    ("koers voor 2050") or, after an all-capitals line, in capitals too ("INSTELLINGEN")."""
    if index + 1 >= len(lines):
        return None
    line, follow = lines[index], lines[index + 1]
    text = follow.text.strip()
    if follow.footnote or len(text) > 70 or HEADING_BAD_END.search(text) is not None:
        return None
    capitals = line.text.isupper() and text.isupper() and len(text.split()) <= 4
    if not (STARTS_LOWER.match(text) or capitals):
        return None
    after = lines[index + 2] if index + 2 < len(lines) else None
    if after is not None and not after.break_before and STARTS_LOWER.match(after.text):
        return None  # the "heading" runs on into a sentence: running text
    return follow


def _parse_heading(text: str, index: int, chapter: int, lines: list[_TextLine]) -> tuple[_Heading | None, int]:
    """One candidate heading text → (heading or None, updated chapter counter)."""
    explicit = EXPLICIT_HEADING.match(text)
    multi = MULTILEVEL_HEADING.match(text)
    single = SINGLE_HEADING.match(text)
    if explicit is not None and _heading_like(explicit.group("title") or "x"):
        kind = explicit.group("kind").capitalize()
        number = f"{kind} {explicit.group('number')}"
        if kind == "Hoofdstuk" and explicit.group("number").isdigit():
            chapter = int(explicit.group("number"))
        elif kind == "Bijlage":
            chapter = 1000  # numbered chapters do not continue after the appendices
        return _Heading(index, index, number, (explicit.group("title") or "").strip(), 1), chapter
    if multi is not None and _heading_like(multi.group("title")) and not _is_table_row(text):
        number = multi.group("number")
        parts = [int(p) for p in number.split(".")]
        if 0 < parts[0] < chapter < 1000 and not _restarts(parts, multi.group("title")):
            return None, chapter  # "1.1 Herinrichten van …:" under 5.1: a numbered measure, not chapter 1 again
        if chapter < 1000:
            chapter = parts[0]  # numbering may restart ("1.1 Leeswijzer" again)
        return _Heading(index, index, number, multi.group("title").strip(), len(parts)), chapter
    if (
        single is not None
        and not _figures_follow(lines, index)
        and _heading_like(single.group("title"))
        and len(single.group("title")) <= 90
        and not _is_table_row(text)
        # in sequence; or "1 De Gelderse economie in beeld" opening an appendix that is a document of its own
        and (int(single.group("number")) == chapter + 1 or (chapter >= 1000 and single.group("number") == "1"))
        and not _in_list_run(lines, index, int(single.group("number")))
    ):
        return _Heading(index, index, single.group("number"), single.group("title").strip(), 1), int(
            single.group("number")
        )
    labelled = LABELLED_HEADING.match(text)
    if labelled is not None and _heading_like(labelled.group("title")) and not _is_table_row(text):
        number = f"{labelled.group('kind')} {labelled.group('number')}"
        return _Heading(index, index, number, labelled.group("title").strip(), LABELLED_LEVEL), chapter
    if KNOWN_HEADINGS.match(text):
        return _Heading(index, index, None, text.rstrip(":").strip(), 1), chapter
    return None, chapter


MAX_RESTART_TITLE_WORDS = 8


def _restarts(parts: list[int], title: str) -> bool:
    """Whether a number below the current chapter starts the numbering again ("1.1 Leeswijzer" after a summary
    numbered on its own): the first paragraph of chapter 1 with a short title, not a lead-in ("… schoolomgevingen:")."""
    return parts == [1] * len(parts) and len(title.split()) <= MAX_RESTART_TITLE_WORDS and not title.endswith(":")


def find_headings(lines: list[_TextLine]) -> list[_Heading]:
    """Headings in reading order: explicit (Hoofdstuk/Bijlage), multi-level numbered, in-sequence single-level
    numbered, known unnumbered; documents without any of these get short title lines as headings.

    Numbered sub-headings of one level that follow each other line after line with no text between ("1.2 Sterke
    innovatie-ecosystemen" / "1.3 Kapitaal voor groei" in the second column of an overview table, or a table of
    contents without page numbers) are cells of a table or a list: none of them is a heading, and the chapter
    count goes on as if they were not there."""
    headings: list[_Heading] = []
    chapters: list[int] = []  # the chapter count before each heading
    chapter = 0
    cells_until = -2  # the last line of a run of such cells
    rows: str | None = None  # the number of the last numbered row taken for a heading and refused
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        heading: _Heading | None = None
        before = chapter
        if not line.footnote and not BULLET_LINE.match(text) and not SUBBULLET_LINE.match(text):
            follow = _wrap_follow(lines, index)
            if follow is not None:
                heading, new_chapter = _parse_heading(f"{text} {follow.text.strip()}", index, chapter, lines)
                if heading is not None:
                    heading.last = index + 1
                    chapter = new_chapter
            if heading is None:
                heading, chapter = _parse_heading(text, index, chapter, lines)
                if heading is not None and heading.number is not None and _runs_on(lines, index):
                    heading, chapter = None, before  # "8.1 Partijen spreken af dat …" / "huisvesting in …": text
        if heading is not None:
            previous = headings[-1] if headings else None
            sub = heading.number is not None and "." in heading.number
            if sub and heading.first == cells_until + 1:
                cells_until, chapter = heading.last, before  # the run of cells goes on
                index = heading.last + 1
                continue
            if sub and previous is not None and (_goes_back(previous, heading) or _next_in_run(rows, heading)):
                # "6.1 Nalevingsonderzoek … 2027-2030 € 35.000" right after "6.4 Acties …": numbers of a section go
                # up; a number below its sibling's is a numbered row or measure, not a heading — and so are the
                # numbers that go on from it ("6.2", … "6.5")
                rows = heading.number
                chapter = before
                index = heading.last + 1
                continue
            if sub and previous is not None and _cells(previous, heading):
                headings.pop()
                chapter = chapters.pop()
                cells_until = heading.last
                index = heading.last + 1
                continue
            if heading.number is None and previous is not None and heading.first - previous.last <= 2:
                heading.level = previous.level + 1  # "Bijlage 3: Analyse" then "Inleiding": a child
            headings.append(heading)
            chapters.append(before)
            rows = None
            index = heading.last + 1
            continue
        index += 1
    if not any(h.number is not None for h in headings) and cells_until < 0:
        # no numbered headings (nor numbered rows of a table, which tell a numbered document): short title lines
        # are the headings
        headings = _unnumbered_headings(lines, headings)
    return headings


MIN_RUN_ON_WORDS = 8


def _runs_on(lines: list[_TextLine], index: int) -> bool:
    """A numbered line that a long line in lower case continues without a break ("8.1 Partijen spreken af dat de
    planning uit hoofdstuk 5 leidend is voor de" / "huisvestingsvoorzieningen in de periode 2027–2042. Aanvragen …")
    is a numbered paragraph, not a heading (a wrapped title continues in a few words: "… voor" / "alle inwoners")."""
    if index + 1 >= len(lines) or len(lines[index].text.split()) < MIN_RUN_ON_WORDS:
        return False
    follow = lines[index + 1]
    return (
        not follow.break_before
        and not follow.footnote
        and STARTS_LOWER.match(follow.text.strip()) is not None
        and len(follow.text.split()) >= MIN_RUN_ON_WORDS
    )


def _sibling_step(before: str | None, now: str | None) -> int | None:
    """How far number `now` is from `before` when both number siblings of one parent ("6.4" → "6.1": -3), else
    None."""
    if before is None or now is None:
        return None
    first, second = before.split("."), now.split(".")
    if len(first) != len(second) or first[:-1] != second[:-1] or not (first[-1].isdigit() and second[-1].isdigit()):
        return None
    return int(second[-1]) - int(first[-1])


def _goes_back(previous: _Heading, heading: _Heading) -> bool:
    """A numbered sub-heading below the number of the sub-heading just before it, under the same parent ("6.4 …"
    then "6.1 …"); a number repeated is a slip of the author's ("3.2" twice, 001)."""
    step = _sibling_step(previous.number, heading.number) if previous.number and "." in previous.number else None
    return step is not None and step < 0


def _next_in_run(rows: str | None, heading: _Heading) -> bool:
    """The number right after the last refused numbered row's ("6.4" after "6.3"): the next row of that run."""
    return _sibling_step(rows, heading.number) == 1


def _cells(previous: _Heading, heading: _Heading) -> bool:
    """Two numbered sub-headings of one level on consecutive lines: table cells or list items, not headings."""
    return (
        heading.first == previous.last + 1
        and previous.number is not None
        and "." in previous.number
        and previous.level == heading.level
    )


def _unnumbered_headings(lines: list[_TextLine], known: list[_Heading]) -> list[_Heading]:
    """Title-like lines in a document without numbered headings ("Ruimte… om te wonen")."""
    known_first = {h.first for h in known}
    widths = sorted(len(line.text) for line in lines)
    width = widths[int(len(widths) * 0.8)] if widths else 80
    headings: list[_Heading] = []
    for index, line in enumerate(lines):
        if index in known_first:
            headings.append(next(h for h in known if h.first == index))
            continue
        text = line.text.strip()
        previous = lines[index - 1] if index > 0 else None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.footnote
            or BULLET_LINE.match(text)
            or SUBBULLET_LINE.match(text)
            or STARTS_LOWER.match(text)
            or LINE_ENDS_SENTENCE.search(text)
            or text.endswith(",")
            or "€" in text  # "MOEK (2020) € 30.000,00" is a table row
            or NUMBERED_LINE.match(text) is not None  # "2. Jaarlijkse bijdrage DOM *" is a list item
            or LIST_STYLE.match(text) is not None
            or NUMBER_TOKEN.match(text.split()[-1]) is not None
            or len(text.split()) > 10
            or len(text) > min(70, max(40, 0.8 * width))
        ):
            continue
        if previous is not None and not (line.break_before or LINE_ENDS_SENTENCE.search(previous.text)):
            continue
        if following is not None and STARTS_LOWER.match(following.text):
            continue
        headings.append(_Heading(index, index, None, text, 1))
    return headings


def build_structure(
    document_id: str,
    document_title: str,
    text: str,
    source_map: SourceMap,
    footnotes: Sequence[tuple[int, int]] = (),
) -> tuple[tuple[Section, ...], tuple[Block, ...]]:
    """Sections (ordinal 0 = the document root/preamble) and blocks of one cleaned document."""
    lines = split_lines(text, footnotes)
    headings = find_headings(lines)

    def span(char_start: int, char_end: int) -> tuple[int, int, int | None, int | None]:
        return source_map.span(char_start, char_end)

    # Sections: root, then one per heading; a section runs to the next heading of any level.
    section_bounds: list[tuple[_Heading | None, int, int]] = []  # heading, first line, end line (exclusive)
    first_heading_line = headings[0].first if headings else len(lines)
    section_bounds.append((None, 0, first_heading_line))
    for position, found in enumerate(headings):
        end = headings[position + 1].first if position + 1 < len(headings) else len(lines)
        section_bounds.append((found, found.first, end))

    sections: list[Section] = []
    stack: list[Section] = []
    root_id = f"{document_id}/0"
    line_section: list[str] = [root_id] * len(lines)
    for ordinal, (heading, first, end) in enumerate(section_bounds):
        char_start = lines[first].start if first < len(lines) else len(text)
        char_end = lines[end - 1].end if end - 1 < len(lines) and end > first else char_start
        if ordinal == 0:
            char_start = 0
            if end == 0:
                char_end = 0
        line_start, line_end, page_start, page_end = span(char_start, max(char_end, char_start + 1))
        if heading is None:
            section = Section(
                root_id, document_id, 0, None, document_title, 0, None, (document_title,),
                line_start, line_end, page_start, page_end, char_start, char_end,
            )  # fmt: skip
        else:
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            parent = stack[-1] if stack else None
            label = f"{heading.number} {heading.title}".strip() if heading.number else heading.title
            path = (*(parent.path if parent is not None else ()), label)
            section = Section(
                f"{document_id}/{ordinal}", document_id, ordinal, heading.number, heading.title, heading.level,
                parent.id if parent is not None else root_id, path,
                line_start, line_end, page_start, page_end, char_start, char_end,
            )  # fmt: skip
            stack.append(section)
        sections.append(section)
        for line_index in range(first, end):
            line_section[line_index] = section.id

    blocks = _build_blocks(document_id, lines, headings, line_section, span)
    return tuple(sections), tuple(blocks)


SpanFunction = Callable[[int, int], tuple[int, int, int | None, int | None]]


def _build_blocks(
    document_id: str,
    lines: list[_TextLine],
    headings: list[_Heading],
    line_section: list[str],
    span: SpanFunction,
) -> list[Block]:
    heading_lines: dict[int, _Heading] = {h.first: h for h in headings}
    covered = {i for h in headings for i in range(h.first, h.last + 1)}
    widths = sorted(len(line.text) for line in lines if not line.footnote)
    full_width = widths[int(len(widths) * 0.8)] if widths else 80
    blocks: list[Block] = []
    current: list[int] = []
    current_kind = ""

    def flush() -> None:
        nonlocal current, current_kind
        if not current:
            return
        first, last = lines[current[0]], lines[current[-1]]
        char_start, char_end = first.start, last.end
        line_start, line_end, page_start, page_end = span(char_start, char_end)
        blocks.append(
            Block(
                document_id,
                line_section[current[0]],
                len(blocks),
                current_kind,
                " ".join(lines[i].text.strip() for i in range(current[0], current[-1] + 1)),
                char_start,
                char_end,
                line_start,
                line_end,
                page_start,
                page_end,
            )  # fmt: skip
        )
        current, current_kind = [], ""

    for index, line in enumerate(lines):
        text = line.text.strip()
        if index in heading_lines:
            flush()
            heading = heading_lines[index]
            current, current_kind = list(range(heading.first, heading.last + 1)), "heading"
            flush()
            continue
        if index in covered:
            continue
        if line.footnote:
            kind = "footnote"
            starts_new = current_kind != "footnote" or re.match(r"^(?:\d{1,2}|\*)\s", text) is not None
        elif BULLET_LINE.match(text):
            kind, starts_new = "bullet", True
        elif SUBBULLET_LINE.match(text):
            kind, starts_new = "subbullet", True
        elif NUMBERED_LINE.match(text):
            kind, starts_new = "numbered", True
        elif _is_table_row(text) or NUMBERS_ONLY.match(text):
            kind, starts_new = "table", True
            if (
                current
                and current_kind in ("paragraph", "subbullet", "bullet", "numbered")
                and NUMBERS_ONLY.match(text)
            ):
                label = " ".join(lines[i].text for i in current)
                if (
                    # (a year alone after a list item is the next group's title, "2026" / "- Opstellen …" / "2027")
                    not (current_kind != "paragraph" and LONE_YEAR.fullmatch(text))
                    and len(label.split()) <= 15
                    and not LINE_ENDS_SENTENCE.search(label)
                    and not NUMBER_TOKEN.match(label.split()[-1])  # the label has no figures of its own yet
                ):
                    # a flattened table row: the label lines, then its figures ("Onderwijsmonitor" / "62.500 …")
                    current_kind, starts_new = "table", False
        else:
            previous = lines[index - 1] if index > 0 else None
            kind = current_kind if current_kind in ("bullet", "subbullet", "numbered", "paragraph") else "paragraph"
            continuation = previous is not None and continues_sentence(previous.text, text)
            short_previous = previous is not None and len(previous.text) < 0.6 * full_width
            starts_new = (
                not current
                or current_kind in ("heading", "table", "footnote")
                or (line.break_before and not continuation)
                or (
                    previous is not None
                    and not continuation
                    and LINE_ENDS_SENTENCE.search(previous.text) is not None
                    and short_previous
                )
                # a short title-like line ("Hoofddoel", "Begroting", "Wij vragen Gedeputeerde Staten:") stands
                # alone: it opens a block after a sentence end, and the next line opens another
                or (previous is not None and _title_like(text) and LINE_ENDS_SENTENCE.search(previous.text) is not None)
                or (
                    previous is not None
                    and not continuation
                    and _title_like(previous.text)
                    and current_kind == "paragraph"
                    and len(current) == 1
                )
            )
            if starts_new:
                kind = "paragraph"
            if (
                not starts_new
                and current_kind in ("bullet", "subbullet", "numbered")
                and previous is not None
                and LINE_ENDS_SENTENCE.search(previous.text) is not None
                and THEME_NUMBER_LINE.match(text)
            ):
                # "o verdeling: Goor 5, … Hengevelde 1." then "1.2 Invoeren van 30 km/u …": the next numbered
                # measure, not more of the sub-bullet
                starts_new, kind = True, "paragraph"
            if (
                not starts_new
                and current_kind in ("bullet", "subbullet", "numbered")
                and (line.break_before or STARTS_LOWER.match(text))
                and not continuation
            ):
                # after a list item that ended its sentence, a lower-case line is the displaced rest of the
                # sentence the list interrupted (003 l.743-744), not more of the item
                starts_new, kind = True, "paragraph"
        if starts_new:
            flush()
            current_kind = kind
        current.append(index)
    flush()
    return blocks
