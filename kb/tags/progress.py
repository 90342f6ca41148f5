"""Progress tables: a report's table of its actions with their status ("Actie | Status | Toelichting", a
bestuursrapportage's "Voortgang acties", a jaarverslag's "Stand van zaken") — one action per row.

The extraction gives the table either one cell per line ("Invoeren digitale afspraakmodule" / "Gereed" / "Sinds
maart kunnen inwoners …") or one row per line with its columns run together ("Uitvoeren Woonvisie: bouw 350
woningen Vertraagd Verwacht circa 290 opleveringen in 2025"). Either way the status cell anchors the row: the action
is the cell before it (on its own line, or the words before it on the row's line), and the lines after it up to the
next row explain it.
"""

from __future__ import annotations

import re

from kb.models import ParsedDocument
from kb.tags.drafts import Draft, heading_starts, raw_line, section_at, source_lines

# The header: an action column and a status column ("Actie  Status  Toelichting", "Maatregel / Stand van zaken").
STATUS_HEADER = re.compile(
    r"^(?:nr\.?\s+)?(?:actie|acties|maatregel(?:en)?|activiteit(?:en)?|project(?:en)?)\s+"
    r"(?:status|stand(?:\s+van\s+zaken)?|voortgang)(?:\s+(?:toelichting|opmerkingen?|planning))?$",
    re.I,
)
HEADER_CELL = re.compile(
    r"^(?:nr\.?|actie|acties|maatregel(?:en)?|activiteit(?:en)?|project(?:en)?|status|stand(?:\s+van\s+zaken)?|"
    r"voortgang|toelichting|opmerkingen?|planning)$",
    re.I,
)
# A status as such tables give it (capitalised as a cell; a row's run-together columns keep the capital).
STATUS = r"(?:Gereed|Afgerond|Op schema|Vertraagd|Niet gestart|In uitvoering|Gestart|Doorlopend|Uitgesteld|Vervallen)"
STATUS_CELL = re.compile(rf"^{STATUS}$", re.I)
STATUS_IN_ROW = re.compile(rf"^(?P<action>\S.{{3,140}}?)\s+(?P<status>{STATUS})(?:\s|$)")

MAX_STATUS_ROWS = 40
MAX_EXPLANATION_LINES = 4  # the explanation of one row; a longer run of text is the running text after the table
MAX_WRAPPED_LINES = 2  # a row kept on one line wraps its cells over at most this many more


def progress_rows(parsed: ParsedDocument) -> list[Draft]:
    """One action per row of every progress table in the document (see the module docstring)."""
    lines = source_lines(parsed)
    headings = heading_starts(parsed, lines)
    drafts: list[Draft] = []
    index = 0
    while index < len(lines):
        text = lines[index][2]
        cells = 0
        while index + cells < len(lines) and HEADER_CELL.match(lines[index + cells][2].strip()):
            cells += 1
        names = " ".join(lines[index + n][2].strip() for n in range(cells))
        if STATUS_HEADER.match(text.strip()):
            index = _row_lines(parsed, lines, headings, index + 1, drafts)
        elif cells >= 2 and STATUS_HEADER.match(names):
            index = _cell_lines(parsed, lines, headings, index + cells, drafts)
        else:
            index += 1
    return drafts


def _row_lines(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    headings: frozenset[int],
    index: int,
    drafts: list[Draft],
) -> int:
    """Rows one per line: a line with a status opens a row, the lines without one that follow wrap it."""
    current: Draft | None = None
    wrapped = 0
    rows = 0
    while index < len(lines) and rows < MAX_STATUS_ROWS:
        start, end, text = lines[index]
        if start in headings:
            break
        found = STATUS_IN_ROW.match(text.strip())
        if found is not None:
            current = Draft("action", start, end, section_at(parsed, start), text=text.strip(), rule="progress_row")
            drafts.append(current)
            rows += 1
            wrapped = 0
        elif current is not None and wrapped < MAX_WRAPPED_LINES and len(text.split()) <= 16:
            current.char_end = end
            current.text = f"{current.text} {text.strip()}"
            wrapped += 1
        else:
            break
        index += 1
    return index


def _cell_lines(
    parsed: ParsedDocument,
    lines: list[tuple[int, int, str]],
    headings: frozenset[int],
    index: int,
    drafts: list[Draft],
) -> int:
    """Rows one cell per line: each status line closes the action named on the line before it; the lines after it
    (up to the next row's action) explain it. The table ends where no status follows within a few lines."""
    rows = 0
    while index < len(lines) and rows < MAX_STATUS_ROWS:
        ahead = _next_status(lines, index + 1, MAX_EXPLANATION_LINES + 1)
        if ahead is None or any(lines[n][0] in headings for n in range(index, ahead + 1)):
            break
        start = lines[ahead - 1][0]
        following = _next_status(lines, ahead + 1, MAX_EXPLANATION_LINES + 2)
        # the explanation runs to the line before the next row's action (or a few lines, after the last row)
        last = following - 2 if following is not None else min(len(lines) - 1, ahead + 1)
        last = max(ahead, last)
        end = lines[last][1]
        text = " ".join(t.strip() for _, _, t in lines[ahead - 1 : last + 1])
        drafts.append(Draft("action", start, end, section_at(parsed, start), text=text, rule="progress_row"))
        rows += 1
        index = last + 1
    return index


def _next_status(lines: list[tuple[int, int, str]], first: int, window: int) -> int | None:
    """The index of the first status cell among `window` lines from `first`, if any."""
    return next(
        (n for n in range(first, min(len(lines), first + window)) if STATUS_CELL.match(lines[n][2].strip())), None
    )


# A table of what a council or the States asked, with where it came from or what became of it: "Verzoek van
# Provinciale Staten   Bron   Invulling in het programma", "Opdracht   Motie   Stand van zaken". Each row's first
# cell is a request; its source cell ("M-2024-31, verzoek 1") opens the row, lines without one wrap it.
REQUEST_TABLE_HEADER = re.compile(
    r"^(?:verzoek(?:en)?|opdracht(?:en)?)(?P<of>\s+(?:van|door)\s+[^\s].{1,40}?)?\s{2,}"
    r"(?:bron|motie|herkomst|status|stand\s+van\s+zaken|invulling|afdoening|uitvoering|reactie)\b",
    re.I,
)
THE_STATES = re.compile(r"\b(?:Provinciale\s+Staten|PS|uw\s+Staten)\b", re.I)
MAX_REQUEST_ROWS = 30


def request_rows(parsed: ParsedDocument) -> list[Draft]:
    """One request per row of every table of requests (REQUEST_TABLE_HEADER), its first cell read from the source
    lines (the cleaned text runs the columns together): a request to GS when the States asked (the header names
    them, or the document is a province's), else a request."""
    if not any(REQUEST_TABLE_HEADER.match(line.strip()) for line in parsed.source_lines):
        return []  # (most documents have no such table: the cleaned text's lines are mapped only when one does)
    chars: dict[int, tuple[int, int]] = {}  # source line → its characters in the cleaned text
    for start, end, _ in source_lines(parsed):
        line = parsed.source_map.span(start, start + 1)[0]
        known = chars.get(line)
        chars[line] = (min(start, known[0]), max(end, known[1])) if known else (start, end)
    drafts: list[Draft] = []
    for line in sorted(chars):
        source = raw_line(parsed, line)
        header = REQUEST_TABLE_HEADER.match(source.strip())
        if header is None:
            continue
        second = re.search(r"\S\s{2,}(?=\S)", source)
        if second is None:
            continue
        column = second.end()  # where the second column starts
        asked_of_gs = THE_STATES.search(header.group("of") or "") is not None or parsed.document.level == "provincie"
        current: Draft | None = None
        for number in range(line + 1, line + 1 + MAX_REQUEST_ROWS * 3):
            row = raw_line(parsed, number)
            if not row.strip() or number not in chars:
                break
            cell, rest = row[:column].strip(), row[column:].strip()
            if not cell:
                continue  # only the other columns wrap on this line
            start, end = chars[number]
            if rest and re.search(r"\d", rest.split()[0]):  # the source cell ("M-2024-31,") opens a row
                current = Draft(
                    "request_gs" if asked_of_gs else "request",
                    start,
                    end,
                    section_at(parsed, start),
                    text=cell,
                    rule="request_table",
                )
                drafts.append(current)
            elif current is not None:
                current.text = f"{current.text} {cell}"
                current.char_end = end
            else:
                break
    return drafts
