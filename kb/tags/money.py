"""Money: budget items from euro amounts in prose and amount rows (with the labels above them), from figure tables
recovered from the source lines (yearly columns, balances, "x € 1.000" scaling), and the kind of each amount
(amount, per_year, row, total, subtotal, balance)."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.amounts import (
    BALANCE,
    DECIMAL_NUMBER,
    UNIT_MARKER,
    MoneyMatch,
    find_money,
    format_dutch_number,
    is_statistic,
    is_unit_marker,
    lone_cell,
    parse_budget_table,
    parse_dutch_number,
    parse_year_header,
    row_amounts,
    split_figures,
    unit_scale,
)
from kb.models import Amount, ParsedDocument
from kb.tags.drafts import Draft, Unit, lines_within, section_at, source_lines
from kb.tags.rules import BUDGET_WORDS, DATE_WITH_DAY, MEASURE_WORDS, MONTH, NAMED_YEAR, split_sentences
from kb.tags.sentences import cells
from kb.text import LINE_ENDS_SENTENCE

# --- money in prose and amount rows ----------------------------------------------------------------------------


def _money_pieces(unit: Unit, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences of a unit; source lines instead when the unit is a flattened table of short amount rows."""
    inside = lines_within(lines, unit.start, unit.end + 1)
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
    return cells(unit, split_sentences(unit.text, unit.start))


def money_items(parsed: ParsedDocument, units: list[Unit]) -> list[Draft]:
    drafts: list[Draft] = []
    lines = source_lines(parsed)
    risks = False  # inside a risk register read one cell per line ("Risico" / "Kans" / "Financieel gevolg" / …)
    for position, unit in enumerate(units):
        if unit.kind != "table":
            header = " ".join(u.text for u in units[max(0, position - 4) : position + 1] if len(u.text.split()) <= 8)
            risks = RISK_TABLE.search(header) is not None
        elif risks:
            continue  # its amounts are what might be lost, not money budgeted
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
                labels = [Unit("paragraph", label_piece[0], label_piece[1], unit.section_id, label_piece[2])]
            if labels and (words_before < 2 or len(labels[-1].text.split()) <= 6):
                # a table row under its label ("Totale bijdrage jaarlijks aan / … / € 24.000,00")
                item_start = labels[0].start
                text = " ".join(u.text.strip() for u in labels) + " " + sentence
            per_year = bool(re.search(r"\bjaarlijks\w*|\bper jaar\b|\bstructurele\b", text, re.I))
            dated = dated_balance_year(sentence)
            amounts = tuple(
                Amount(
                    value=m.value,
                    currency=m.currency,
                    year=_amount_year(sentence, matches, index, per_year or m.per_year),
                    kind=_money_kind(sentence, m.start, short_row, per_year or m.per_year, m.per_year),
                    basis=amount_basis(sentence, m.start, m.end),
                )
                for index, m in enumerate(matches)
            )
            if dated is not None:  # "De reserve had op 1 januari 2026 een stand van € 3.150.000"
                amounts = tuple(
                    replace(a, year=a.year or dated, kind="balance") if a.kind == "amount" else a for a in amounts
                )
            rule = "money_row" if short_row else "money"
            drafts.append(Draft("budget", item_start, end, unit.section_id, text=text, amounts=amounts, rule=rule))
    # a "Totaal" row followed by more rows is the subtotal of the rows above it
    rows = [d for d in drafts if d.amounts and d.amounts[0].kind == "total" and d.rule == "money_row"]
    for draft in rows:
        later = [d for d in drafts if d.char_start > draft.char_end and d.amounts and d.amounts[0].kind == "row"]
        if later and later[0].char_start - draft.char_end < 400:
            draft.amounts = tuple(Amount(a.value, a.currency, a.year, "subtotal") for a in draft.amounts)
    return drafts


def _row_labels(units: list[Unit], position: int) -> list[Unit]:
    """Up to two short label units right above a bare amount row (no money, no sentence end, no colon)."""
    labels: list[Unit] = []
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


def _money_kind(sentence: str, start: int, short_row: bool, per_year: bool, said_per_year: bool) -> str:
    """total (after "totaal"), per_year (when "per jaar" follows the amount itself, even in a short row), row (a
    short table row), per_year (a yearly sentence) or amount."""
    # (a short row's label from its start: "Totaal programmalijn Bereikbaarheid  € 64.000.000")
    before = sentence[:start] if short_row else sentence[max(0, start - 30) : start]
    if re.search(r"\bsub\s?totaal\b[^€]*$", before, re.I):
        return "subtotal"  # "Subtotaal Overijssel  441.340  € 2.648.040"
    if re.search(r"\btotaal\b[^€]*$", before, re.I):
        return "total"
    # "Het totale budget voor dit thema bedraagt € 685.000", "met een totaalbudget van € 2.150.000", "Het totale
    # investeringsvolume bedraagt € 187,75 miljoen"
    if re.search(
        r"\b(?:het|de|een)\s+(?:totale|totaal)(?:\s*(?:budget|bedrag|kosten|lasten|investering)\w*)\b[^€]*$",
        sentence[max(0, start - 70) : start],
        re.I,
    ):
        return "total"
    if said_per_year:
        return "per_year"
    if short_row:
        return "row"
    if per_year:
        return "per_year"
    return "amount"


# The year written right after an amount ("€ 3 miljoen in 2027", "€ 6 miljoen (2027)") or right before it
# ("2027 (€ 6 miljoen)").
# (a bracketed year right after the amount too, "Het tekort van € 120.000 (2027) en € 165.000 (2028)": the word
# boundary belongs to "in" only, a bracket has none before it)
YEAR_AFTER = re.compile(r"^[^€.;]{0,25}?(?:\bin|\()\s*((?:19|20)\d\d)\b(?![.,]?\d|\s*[-–/]\s*\d)")
# A balance at a date: "De reserve had op 1 januari 2026 een stand van € 3,15 miljoen", "per 1 oktober 2025 is nog
# € 38.000 beschikbaar" (not "Per 1 januari 2027 stijgt de heffing met € 5": no stock is named).
BALANCE_DATE = re.compile(
    rf"\b(?:op|per)\s+\d{{1,2}}\s+{MONTH}\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
STOCK_WORDS = re.compile(
    r"\b(?:stand|omvang|saldo|beschikbaar|weerstandscapaciteit|bedr(?:aagt|oeg|oegen|agen))\b", re.I
)


def dated_balance_year(sentence: str) -> int | None:
    """The year of the one date at which the sentence states a stock of money, if it does."""
    dates = {int(m.group("year")) for m in BALANCE_DATE.finditer(sentence)}
    return dates.pop() if len(dates) == 1 and STOCK_WORDS.search(sentence) else None


# A yearly amount's first year: "€ 60.000 per jaar vanaf 2028", "Vanaf 2028 trekken we € 50.000 per jaar uit".
YEARLY_FROM = re.compile(r"^[^€.;]{0,25}?\bvanaf\s+((?:19|20)\d\d)\b(?![.,]?\d)", re.I)
FROM_YEAR = re.compile(r"\bvanaf\s+((?:19|20)\d\d)\b(?![.,]?\d)", re.I)
YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*\(\s*$")
# a year that opens its amount: "In 2027 is € 450.000 beschikbaar, in 2028 € 550.000"
YEAR_LEADS = re.compile(r"\bin\s+((?:19|20)\d\d)\s*(?:is|wordt|komt|:)?\s*(?:er\s+)?$", re.I)


# What an amount is counted per, or what kind of ceiling it is, from the words right around it. (name, pattern)
# in order: the first that matches within the amount's clause wins.
AMOUNT_BASIS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("per_inwoner", re.compile(r"^[^.;€]{0,12}\bper\s+(?:inwoner|hoofd\s+van\s+de\s+bevolking)\b", re.I)),
    ("per_woning", re.compile(r"^[^.;€]{0,12}\bper\s+(?:woning|wooneenheid|huishouden|adres)\b", re.I)),
    ("per_aanvraag", re.compile(r"^[^.;€]{0,12}\bper\s+(?:aanvraag|aanvrager|project|initiatief|kern|dorp)\b", re.I)),
    ("per_jaar", re.compile(r"^[^.;€]{0,12}\b(?:per\s+jaar|jaarlijks|p\.\s?j\.)", re.I)),
)
AMOUNT_BASIS_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("plafond", re.compile(r"\b(?:subsidie)?plafond\b[^.;€]{0,25}$", re.I)),
    (
        "maximum",
        re.compile(r"\b(?:maximaal|ten hoogste|maximum|max\.|tot een maximum van|hoogstens)\b[^.;€]{0,15}$", re.I),
    ),
    ("eenmalig", re.compile(r"\beenmalig\w*\b[^.;€]{0,30}$", re.I)),
    ("per_jaar", re.compile(r"\b(?:jaarlijks\w*|per\s+jaar)\b[^.;€]{0,20}$", re.I)),
    ("structureel", re.compile(r"\bstructure(?:el|le)\b[^.;€]{0,30}$", re.I)),
)


def amount_basis(sentence: str, start: int, end: int) -> str | None:
    """eenmalig, structureel, per_jaar, per_inwoner, per_woning, per_aanvraag, maximum or plafond, when the words
    around the amount say so ("€ 3 per inwoner", "eenmalig € 1,5 miljoen", "subsidieplafond € 800.000")."""
    after = sentence[end : end + 40]
    for name, pattern in AMOUNT_BASIS:
        if pattern.search(after):
            return name
    before = sentence[max(0, start - 60) : start]
    for name, pattern in AMOUNT_BASIS_BEFORE:
        if pattern.search(before):
            return name
    return None


def _own_year(
    sentence: str, matches: list[MoneyMatch], index: int, yearly: bool = False, leads: bool = True
) -> int | None:
    match = matches[index]
    following = matches[index + 1].start if index + 1 < len(matches) else len(sentence)
    between = sentence[match.end : following]
    after = YEAR_AFTER.match(between)
    if after is not None and index + 1 < len(matches) and not between[after.end() :].strip():
        after = None  # "€ 450.000 beschikbaar, in 2028 € 550.000": that year opens the next amount
    if after is None and yearly:
        after = YEARLY_FROM.match(between)
    if after is not None:
        return int(after.group(1))
    before = YEAR_BEFORE.search(sentence[max(0, match.start - 12) : match.start])
    if before is None and leads:
        before = YEAR_LEADS.search(sentence[max(0, match.start - 30) : match.start])
    return int(before.group(1)) if before is not None else None


def _amount_year(sentence: str, matches: list[MoneyMatch], index: int, yearly: bool = False) -> int | None:
    """The year of one amount of a sentence: the one written with it (for a yearly amount also the year it starts,
    "per jaar vanaf 2028"); when no amount has one of its own, the sentence's only year — or, for a yearly amount,
    its only "vanaf" year."""
    own = _own_year(sentence, matches, index, yearly)
    if own is not None:
        return own
    # (a year that opens one amount, "bedroeg in 2027 € 312 … en € 256 …", leaves the sentence's one year to the rest)
    if any(_own_year(sentence, matches, i, yearly, leads=False) is not None for i in range(len(matches))):
        return None
    single = _single_year(sentence)
    if single is None and yearly:
        starts = {int(y) for y in FROM_YEAR.findall(sentence)}
        return starts.pop() if len(starts) == 1 else None
    return single


def _single_year(text: str) -> int | None:
    text = DATE_WITH_DAY.sub(" ", text)
    text = re.sub(r"\b(?:tot en met|t/m|tot|vanaf|uiterlijk|na)\s+(?:19|20)\d\d\b", " ", text, flags=re.I)
    years = set(NAMED_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


# A document about one budget year, by its title: "Programmabegroting 2027 …", "Begroting 2027 en meerjarenraming
# 2028–2030", "Jaarverslag 2025 – …", "Kadernota 2027 – …" (not "Coalitieakkoord 2026-2030", "Begrotingsraad 4
# november 2025 – Programmabegroting 2026: amendementen", whose title starts otherwise).
BUDGET_YEAR_TITLE = re.compile(
    r"^\W*(?:(?:programma|meerjaren|ontwerp|concept)?begroting|jaarverslag|jaarrekening|jaarstukken|kadernota|"
    r"voorjaarsnota|najaarsnota|perspectiefnota|(?:eerste |tweede )?(?:bestuurs|tussen)rapportage)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)

ACCOUNTS_TITLE = re.compile(r"^\W*(?:jaarverslag|jaarrekening|jaarstukken)\b", re.I)


def budget_year(title: str) -> tuple[int | None, bool]:
    """The one budget year a document is about, when its title starts by naming it, and whether the document
    accounts for that year (a jaarverslag or jaarrekening) rather than budgeting it."""
    found = BUDGET_YEAR_TITLE.match(title or "")
    if found is None:
        return None, False
    return int(found.group("year")), ACCOUNTS_TITLE.match(title) is not None


def in_budget_year(drafts: list[Draft], year: int | None, accounts: bool) -> None:
    """An amount without a year of its own in a document about one budget year is that year's (the gold's reading:
    "De lasten zijn € 728.000 lager dan begroot" in the Jaarverslag 2025 is 2025's). In a budget, a table row of
    several figures without years has year columns the reader lost, so it stays without; in accounts (`accounts`:
    jaarverslag, jaarrekening) every column is that year's — budgeted, realised, the difference."""
    if year is None:
        return
    for draft in drafts:
        if draft.type != "budget" or not any(a.year is None for a in draft.amounts):
            continue
        if not accounts and (
            any(a.year is not None for a in draft.amounts) or (draft.rule == "table_row" and len(draft.amounts) > 1)
        ):
            continue
        draft.amounts = tuple(a if a.year is not None else replace(a, year=year) for a in draft.amounts)


BARE_QUARTER = re.compile(r"Q[1-4](?:\s*[-–]\s*Q[1-4])?", re.I)
# A title that names the one year a document plans or accounts for: "Jaarplan 2028 - …", "Begroting 2027"
YEAR_TITLE = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")


def title_year(title: str) -> int | None:
    found = YEAR_TITLE.match(title or "")
    return int(found.group("year")) if found is not None else None


def quarters_in_year(drafts: list[Draft], year: int | None) -> None:
    """A quarter without its year ("Q2-Q4" in a planning column) in a document about one year (a jaarplan 2028, a
    begroting 2027) is that year's quarter: "Q2-Q4 2028"."""
    if year is None:
        return
    for draft in drafts:
        if draft.deadline is not None and BARE_QUARTER.fullmatch(draft.deadline.strip()):
            draft.deadline = f"{draft.deadline.strip()} {year}"


# --- budget tables -----------------------------------------------------------------------------------------


def _is_figure_line(line: str, scaled: bool = False, decimals: bool = False) -> bool:
    """A table row of figures: a short label and Dutch thousands (under "x € 1.000" also two or more numbers;
    under "x € 1 miljoen", `decimals`, also numbers such as "18,5")."""
    if "€" in line:
        return False
    label, values = split_figures(line, decimals)
    if not values or len(label.split()) > 12:
        return False
    if scaled and len(values) >= 2 and parse_year_header(line) is None:
        return True
    if scaled and len(label.split()) >= 2 and re.search(r"\s\d{2,3}(?:\.\d{3})*$", line.strip()):
        return True  # "KW-058 brug Bovenbroeksweg, Kamperveen (hout) 150" under "x € 1.000": one money column
    if scaled and re.search(r"\d\s+[VN]$", line.strip()):
        return True  # "Lagere salarislasten door vacatures  690 V" under "(x € 1.000)": a variance, for or against
    if decimals and DECIMAL_NUMBER.match(line.split()[-1]):
        return True  # "Stelpost onvoorzien 1,5" under "x € 1 miljoen"
    return any(re.search(r"\d\.\d{3}", f"{v:,.0f}".replace(",", ".")) for v in values if abs(v) >= 1000)


MAX_HEAD_LINES = 40
# A column of money named in a table's header or caption: "Subsidie (€)", "Bedrag (x € 1.000)", "Bijdrage".
MONEY_COLUMN = re.compile(r"\(\s*(?:x\s*)?€[^)]{0,12}\)|\b(?:subsidie|bijdrage)", re.I)
# A risk register ("Nr Risico Kans Financieel gevolg"): its amounts are what might be lost, not money budgeted.
RISK_TABLE = re.compile(r"\brisico'?s?\b.{0,60}\bkans\b|\bkans\b.{0,40}\bgevolg", re.I)


TABLE_CAPTION = re.compile(r"^\s*(?:tabel|figuur|overzicht)\b", re.I)
NUMBERED_CAPTION = re.compile(r"^\s*(?:tabel|figuur|overzicht)\s+\d", re.I)  # "Tabel 5.3 …": a table of its own
# The caption of a table of counts or physical quantities ("Leerlingenprognose per planningsgebied", "Aantal
# woningen", "Opgesteld vermogen (MW)"), not of money.
COUNT_TABLE = re.compile(
    r"\b(?:leerling\w*|inwoners|aantal(?:len)?|woningen|bevolking\w*|hectare|ha|mw|twh|gwh|kwh|kiloton|ton|km|"
    r"bezoekers|overnachtingen|banen|m²|m2|bvo)\b|prognose",
    re.I,
)


# A table whose cells the extraction separated by bars: "Project | Krediet | 2027 | 2028 | … | Dekking".
BAR = re.compile(r"\s*\|\s*")


def unbarred(text: str) -> str:
    """A line of a table whose cells stand between bars, as a line of cells apart ("Nieuwbouw IKC | 9.800 | - |
    400 | Kapitaallasten" → "Nieuwbouw IKC  9.800  0  400  Kapitaallasten"): an empty figure cell "-" is a nought,
    the empty cells of a wrapped label's line are left out. Other lines stay as they are."""
    if text.count("|") < 2:
        return text
    cells = [cell.strip() for cell in BAR.split(text.strip().strip("|"))]
    return "  ".join("0" if re.fullmatch(r"[-–—]", cell) else cell for cell in cells if cell)


def _bar_wrap(raw: str, previous: str) -> bool:
    """Whether a line below a row between bars carries on that row's label ("Berkel-Enschot", "Kwadrant, locatie
    Stappegoor | | | | | | reserve OHV"): no figure of its own, and either no bars under a row with bars or bars
    around empty cells."""
    cells = unbarred(raw)
    if "|" not in previous or split_figures(cells)[1] or len(cells.split()) > 10 or TABLE_CAPTION.match(raw):
        return False
    return raw.count("|") < 2 or sum(1 for cell in BAR.split(raw.strip().strip("|")) if not cell.strip()) >= 2


# A column of what property is worth, in a table's header: "WOZ-waarde", "WOZ (€ mln)".
VALUATION_COLUMN = re.compile(r"\bWOZ\b")


def table_budget_items(parsed: ParsedDocument, glossary: set[str]) -> list[Draft]:
    raw_lines = source_lines(parsed)
    lines = [(start, end, unbarred(text)) for start, end, text in raw_lines]
    line_ending_at = {line_end: position for position, (_, line_end, _) in enumerate(raw_lines)}
    drafts: list[Draft] = []
    index = 0
    while index < len(lines):
        # under a caption with "(x € 1.000)" small figures are thousands: rows need not show dotted numbers
        caption = _caption_above(lines, index)
        # (… and under a header naming a budget's columns, "Begroting primitief | Begroting na wijziging |
        # Realisatie | Verschil", small figures are money too, whatever their unit)
        scaled = UNIT_MARKER.search(caption) is not None or len(BUDGET_COLUMNS.findall(caption)) >= 3
        decimals = scaled and unit_scale(caption) >= 1_000_000
        if not _is_figure_line(lines[index][2], scaled, decimals):
            index += 1
            continue
        start = index
        end = index
        gap = 0
        skipped: set[int] = set()
        probe = index + 1
        while probe < len(lines) and gap <= 6:
            text = lines[probe][2]
            if NUMBERED_CAPTION.match(text):
                break  # "Tabel 5.3 Lasten … naar kostensoort": the caption of the next table ends this one
            if _is_figure_line(text, scaled, decimals) or parse_year_header(text) or lone_cell(text):
                end = probe  # a lone cell ("600", "2027") keeps a table flattened cell by cell together
                gap = 0
            elif len(text.split()) > 16:
                note_end = _page_foot_note(parsed, lines, probe)
                if note_end is None:
                    break
                skipped.update(range(probe, note_end))  # a footnote at the page's foot: the table goes on below
                probe = note_end
                continue
            else:
                gap += 1
            probe += 1
        figure_rows = sum(1 for i in range(start, end + 1) if _is_figure_line(lines[i][2], scaled, decimals))
        minimum_rows = 2 if scaled else 3
        # take up to 6 label/caption lines above the first figure row (a year header however long: "Omschrijving
        # Real. 2025 Begr. 2026 … Ram. 2030"; lone cells of a table flattened one cell
        # per line, "2027" or "-420", do not count: such a table's first rows have no dotted figure)
        head, labels = start, 0
        while (
            head > 0
            and labels < 6
            and start - head < MAX_HEAD_LINES
            and (len(lines[head - 1][2].split()) <= 12 or parse_year_header(lines[head - 1][2]) is not None)
            and not lines[head - 1][2].endswith(".")
            and not (head < start and TABLE_CAPTION.match(lines[head][2]))  # up to this table's own caption
            and not _is_figure_line(lines[head - 1][2], scaled, decimals)  # … never into the rows of the last
        ):
            head -= 1
            labels += not lone_cell(lines[head][2])
        region = [line for position, line in enumerate(lines[head : end + 1], head) if position not in skipped]
        context = " ".join(t for _, _, t in lines[max(0, head - 3) : end + 1])
        has_years = any(parse_year_header(t) for _, _, t in region)
        above = [t for _, _, t in lines[max(0, head - 3) : start + 1]]
        heading = " ".join(above)
        risks = RISK_TABLE.search(heading)
        # a table of pupils, dwellings or hectares over the years counts no money: its caption ("Tabel 2.2
        # Leerlingenprognose …") names a count and nothing about money stands above it
        counted = any(TABLE_CAPTION.match(t) and COUNT_TABLE.search(t) for t in above) and not (
            BUDGET_WORDS.search(heading) or "€" in heading
        )
        money = has_years or BUDGET_WORDS.search(context) or MONEY_COLUMN.search(context)
        # a table of what property is worth ("Categorie  Aantal  m2 bvo  Boekwaarde  WOZ-waarde"): valuations, no
        # money anyone spends
        valued = any(VALUATION_COLUMN.search(t) for _, _, t in lines[head : start + 1])
        if figure_rows >= minimum_rows and money and not (risks or counted or valued):
            found = _region_drafts(parsed, region, glossary, lines[max(0, head - 3) : head])
            for draft in found:
                # a row between bars whose label wraps onto the lines below it spans them too
                position = line_ending_at.get(draft.char_end)
                while (
                    position is not None
                    and position + 1 < len(raw_lines)
                    and _bar_wrap(raw_lines[position + 1][2], raw_lines[position][2])
                ):
                    position += 1
                    draft.char_end = raw_lines[position][1]
            drafts.extend(found)
        index = end + 1
    return drafts


# A footnote's body: "2 De Wsw-populatie neemt jaarlijks … af" (its number, then text).
FOOTNOTE_BODY = re.compile(r"^\d{1,2}\s+[A-Z]")


def _page_foot_note(parsed: ParsedDocument, lines: list[tuple[int, int, str]], index: int) -> int | None:
    """Where a footnote at the foot of its page ends (the index of the first line on the next page), or None when
    the line at `index` is no such footnote: a table that runs on over a page break goes on below it."""
    pages = parsed.source_map.pages
    if pages is None or not FOOTNOTE_BODY.match(lines[index][2]):
        return None
    page = pages[lines[index][0]]
    for following in range(index + 1, min(index + MAX_FOOTNOTE_LINES + 1, len(lines))):
        if pages[lines[following][0]] != page:
            return following
    return None


MAX_FOOTNOTE_LINES = 3


# The names of a budget table's columns: what was budgeted, realised, the difference.
BUDGET_COLUMNS = re.compile(r"\b(?:begroting|realisatie|verschil|primitief|na\s+wijziging|raming|rekening)\b", re.I)


def _caption_above(lines: list[tuple[int, int, str]], index: int) -> str:
    """The three lines above a figure line, or up to its table's caption when a header and a first row whose
    label wraps stand between ("Tabel 5 … (bedragen x € 1.000)" / "Nr Maatregel Progr. 2028 …" / "B1 Verhogen
    parkeertarieven binnenstad met" / "€ 0,20 per uur 4 280 …"): never past a sentence's end or a figure line."""
    first = max(0, index - 3)
    for look in range(index - 1, max(-1, index - MAX_CAPTION_DISTANCE - 1), -1):
        text = lines[look][2]
        if TABLE_CAPTION.match(text):
            first = min(first, look)
            break
        if text.rstrip().endswith(".") or _is_figure_line(text):
            break
    return " ".join(t for _, _, t in lines[first:index])


MAX_CAPTION_DISTANCE = 6


# A budget table's header naming its columns as an investment plan's: "Project  Krediet  2027  2028 …".
INVESTMENT_TABLE = re.compile(r"\bkrediet\w*|\binvestering\w*", re.I)
# … and the code that opens each of its rows ("T1 Efficiency bedrijfsvoering", "B3 …", "M1.2 …", "A …", "4.2 …"): rows
# without one there name schemes or themes with their money (across the development halves 21 of 21 coded rows
# were measures, none of 21 uncoded ones).
MEASURE_CODE = re.compile(r"^(?:[A-Z]{1,3}\d{0,3}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})?)\.?\s")
# The columns of an action table beside its money: "Trekker", "Partners", "Planning", "Periode", "Looptijd".
ACTION_TABLE_COLUMN = re.compile(r"\b(?:trekker|partners?|planning|periode|looptijd|eigenaar|wie|wanneer)\b", re.I)
# A budget table's header naming its rows as measures: "Nr Maatregel 2027 2028 2029 2030", "Actie 2026 2027".
MEASURE_COLUMN = re.compile(rf"\b(?:{MEASURE_WORDS})\b", re.I)


def _region_drafts(
    parsed: ParsedDocument,
    region: list[tuple[int, int, str]],
    glossary: set[str],
    caption: list[tuple[int, int, str]] | None = None,
) -> list[Draft]:
    """Budget items of one table region; `caption` (the lines just above it) may set the unit ("x € 1.000")."""
    caption = caption or []
    drafts: list[Draft] = []
    scale = unit_scale(" ".join(t for _, _, t in caption + region))
    rows = parse_budget_table([t for _, _, t in region], decimals=scale >= 1_000_000)
    # a table without year columns whose caption names one year ("Tabel 8.2 Kostentoerekening 2027 (x € 1.000)
    # Watersysteem Zuiveren Totaal") holds that year's figures
    head = caption + region[: rows[0].line_index_start] if rows else []
    # … its caption, not the prose above it ("… in de Nota Weerstandsvermogen 2024 bepaald …", then "Tabel 5.1 …")
    ends = [i for i, (_, _, t) in enumerate(head) if LINE_ENDS_SENTENCE.search(t.strip())]
    head = head[ends[-1] + 1 :] if ends else head
    caption_year = None if any(r.years for r in rows) else _single_year(" ".join(t for _, _, t in head))
    # a header without years names the columns too, as an action table's does: who leads each measure, or when
    # ("Nr.  Maatregel  Trekker  Planning  Budget (€ mln)"; not a caption "Tabel 4 Projecten en kosten")
    head_columns = " ".join(t for _, _, t in head[-2:])
    head_columns = head_columns if ACTION_TABLE_COLUMN.search(head_columns) else ""
    seen_captions: set[str] = set()
    for row in rows:
        start = region[row.line_index_start][0]
        end = region[row.line_index_end][1]
        section_id = section_at(parsed, start)
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
                    Draft(
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
        amounts = tuple(Amount(a.value * scale, a.currency, a.year or caption_year, a.kind) for a in row_amounts(row))
        drafts.append(Draft("budget", start, end, section_id, text=text, amounts=amounts, rule="table_row"))
        if (
            row.kind == "row"
            and MEASURE_COLUMN.search(row.columns or head_columns)
            and not INVESTMENT_TABLE.search(row.columns or head_columns)
            and MEASURE_CODE.match(row.label) is not None
        ):
            # "Nr Maatregel 2027 2028 …": each row is a measure with its money per year (not the projects of an
            # investment plan, "Project  Krediet  2027 …": credits asked, not measures described)
            drafts.append(Draft("action", start, end, section_id, text=text, rule="measure_table_row"))
    return drafts


def _format_amount(value: float) -> str:
    """A figure as the table prints it: "1.180", "-420", and in a table counted in millions "18,5"."""
    return format_dutch_number(value, 0 if value == round(value) else 1 if value * 10 == round(value * 10) else 2)
