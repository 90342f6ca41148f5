"""Money in Dutch policy text: parse euro and guilder amounts and flattened budget tables (pure)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kb.models import Amount

if TYPE_CHECKING:
    from collections.abc import Sequence

# A Dutch number: thousands with dots, decimals with a comma ("20.420,00", "6.629.981", "0,50", "80000").
DUTCH_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

# Trailing "no cents" marks that follow a number: ",--", ",-", ",=" (as in "6.629.981,--", "€ 250,00,=").
NO_CENTS_SUFFIX = r"(?:,\s?[-=–]{1,2})?"

# Multipliers written as words after a number ("10 miljoen euro", "€ 1,2 mln").
MULTIPLIERS: dict[str, float] = {
    "duizend": 1e3,  # "5 duizend euro"
    "mln": 1e6,  # "€ 2,5 mln"
    "mln.": 1e6,  # "€ 2,5 mln."
    "miljoen": 1e6,  # "ruim 10 miljoen euro"
    "mld": 1e9,  # "€ 1 mld"
    "miljard": 1e9,  # "1 miljard euro"
}
_MULTIPLIER = r"(?:\s+(?P<mult>duizend|mln\.?|miljoen|mld|miljard)\b)?"

# Money rules, in order; the first that matches a span wins. Each row: (name, currency, regex, comment).
MONEY_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # "€ 20.420,00", "€   1.990,00", "€ \n600.000" (the sign may sit on the line above), "€207.000", "€ 45.000,-"
    (
        "euro_sign",
        "EUR",
        re.compile(rf"(?P<neg>-\s?)?€\s*(?P<num>{DUTCH_NUMBER}){NO_CENTS_SUFFIX}{_MULTIPLIER}"),
    ),
    # "EUR 1.500", "euro 300" — the code or word in front of the number
    (
        "euro_code",
        "EUR",
        re.compile(rf"\b(?:EUR|euro)\s+(?P<num>{DUTCH_NUMBER}){NO_CENTS_SUFFIX}{_MULTIPLIER}", re.IGNORECASE),
    ),
    # "ruim 10 miljoen euro", "45.000 euro", "1,5 mln euro" — the word after the number
    (
        "euro_word",
        "EUR",
        re.compile(rf"(?P<num>{DUTCH_NUMBER}){NO_CENTS_SUFFIX}{_MULTIPLIER}\s+euro\b", re.IGNORECASE),
    ),
    # guilders: "fl 500,00", "fl. 1,00", "ƒ 25", "500 gulden"
    (
        "guilder_sign",
        "NLG",
        re.compile(rf"(?:\bfl\.?|ƒ)\s*(?P<num>{DUTCH_NUMBER}){NO_CENTS_SUFFIX}{_MULTIPLIER}", re.IGNORECASE),
    ),
    (
        "guilder_word",
        "NLG",
        re.compile(rf"(?P<num>{DUTCH_NUMBER}){NO_CENTS_SUFFIX}{_MULTIPLIER}\s+gulden\b", re.IGNORECASE),
    ),
)

# Words near an amount that make it a statistic, not money anyone spends (house values, incomes, prices).
STATISTIC_CONTEXT = re.compile(
    r"WOZ|woningwaarde|huizenprijs|koopprijs|verkoopprijs|gemiddelde\s+(?:prijs|waarde|inkomen)|"
    r"besteedbaar\s+inkomen|modaal|huurprijs|vierkante\s+meterprijs|daalde\s+van|steeg\s+van|\bgemiddeld\b",
    re.IGNORECASE,
)
# A price per physical unit right after an amount ("€ 250 per m²", "€ 45 per uur"): a statistic, unless its sentence
# grants or charges it ("ontvangen € 15 per m² afgekoppeld dak, met een maximum van € 1.500": a subsidy rate).
PHYSICAL_RATE = re.compile(r"^\s*(?:[\w,-]+\s+)?per\s+(?:uur|m2|m²|m3|m³|vierkante meter|liter|kilometer)\b", re.I)
GRANTED = re.compile(
    r"\b(?:subsidie\w*|bijdrage|vergoeding|tarie(?:f|ven)|leges|heffing|premie|ontvang\w*|maximum|plafond)\b", re.I
)

# Words after an amount that mark it as a yearly sum.
PER_YEAR_CONTEXT = re.compile(r"^[^.;€]{0,25}?\b(?:per\s+jaar|jaarlijks|p\.\s?j\.|structureel)", re.IGNORECASE)


@dataclass(frozen=True)
class MoneyMatch:
    """One amount found in a text: value in its currency plus where it stood."""

    value: float
    currency: str
    start: int
    end: int
    raw: str
    rule: str
    per_year: bool = False


# How each currency the parser knows is written in front of an amount.
CURRENCY_SYMBOLS: dict[str, str] = {"EUR": "€", "NLG": "ƒ"}


def format_dutch_number(value: float, decimals: int = 2) -> str:
    """A number the Dutch way, thousands with '.' and decimals with ',': 20420 → "20.420,00"."""
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def parse_dutch_number(text: str) -> float:
    """'20.420,00' → 20420.0; '6.629.981,--' → 6629981.0; '-193.750' → -193750.0; '0,50' → 0.5."""
    cleaned = text.strip().replace("−", "-").replace("–", "-").lstrip("+")
    cleaned = re.sub(r",\s?[-=]{1,2}$", "", cleaned)
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-").strip()
    if not re.fullmatch(DUTCH_NUMBER, cleaned):
        raise ValueError(f"not a Dutch number: {text!r}")
    value = float(cleaned.replace(".", "").replace(",", "."))
    return -value if negative else value


def find_money(text: str) -> list[MoneyMatch]:
    """Every euro or guilder amount in `text`, left to right, without overlaps."""
    found: list[MoneyMatch] = []
    taken: list[tuple[int, int]] = []
    for rule, currency, pattern in MONEY_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            value = parse_dutch_number(match.group("num"))
            multiplier = match.groupdict().get("mult")
            if multiplier:
                value *= MULTIPLIERS[multiplier.lower()]
            if match.groupdict().get("neg"):
                value = -value
            per_year = bool(PER_YEAR_CONTEXT.search(text[end : end + 40]))
            found.append(MoneyMatch(value, currency, start, end, match.group(0), rule, per_year))
            taken.append((start, end))
    found.sort(key=lambda m: m.start)
    return _share_multipliers(text, found)


SHARED_MULTIPLIER = re.compile(r"\b(mln\.?|miljoen|mld|miljard)\b", re.IGNORECASE)


def _share_multipliers(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """ "tussen € 9,1 en € 12,4 miljoen", "€ 3,6 tot € 4,1 miljoen": the first amount of a range shares the
    multiplier written after the second."""
    shared = list(found)
    for i in range(len(shared) - 1):
        first, second = shared[i], shared[i + 1]
        between = text[first.end : second.start]
        unit = SHARED_MULTIPLIER.search(second.raw)
        if (
            unit is not None
            and SHARED_MULTIPLIER.search(first.raw) is None
            and re.fullmatch(r"\s*(?:en|tot|à|a|-|–|of)\s*", between, re.IGNORECASE)
            and abs(first.value) < 1000
        ):
            shared[i] = dataclasses.replace(first, value=first.value * MULTIPLIERS[unit.group(1).lower()])
    return shared


def is_statistic(text: str, match: MoneyMatch, window: int = 80) -> bool:
    """True when the words around an amount say it is a statistic (WOZ value, average price, income), or its
    sentence reports what something averaged ("De gemiddelde schuld bij aanmelding bedroeg € 41.500")."""
    context = text[max(0, match.start - window) : match.end + 30]
    if STATISTIC_CONTEXT.search(context):
        return True
    sentence_start = max(text.rfind(". ", 0, match.start), text.rfind("\n\n", 0, match.start)) + 1
    sentence_end = text.find(". ", match.end)
    sentence = text[sentence_start : len(text) if sentence_end < 0 else sentence_end]
    if AVERAGE_REPORTED.search(sentence) or HOUSEHOLD_PAYS.search(sentence):
        return True
    if PHYSICAL_RATE.match(text[match.end : match.end + 30]) is None:
        return False
    return GRANTED.search(sentence) is None


# What a household or resident pays, an illustration of a tariff ("Een meerpersoonshuishouden met acht ledigingen
# betaalt in 2027 € 313,20"): across the development halves 5 of 6 such amounts were no budget.
HOUSEHOLD_PAYS = re.compile(
    r"(?:huishouden|inwoner|eigenaar|bewoner|huurder|gezin)\w*\b[^.;]{0,80}\bbetaal?(?:t|en)\b|"
    r"\bbetaal?(?:t|en)\b[^.;]{0,40}(?:huishouden|inwoner|eigenaar|bewoner)",
    re.I,
)
# An average reported in the past tense: across the development halves 16 of 18 such amounts were no budget (WOZ
# values, average debts, rents, incomes); a planned average ("gemiddelde kosten van € 5.400 per woning") is one.
AVERAGE_REPORTED = re.compile(
    r"\bgemiddeld\w*\b[^.]{0,80}\b(?:bedroeg|bedroegen|was|waren|lag|lagen)\b|"
    r"\b(?:bedroeg|bedroegen|was|lag)\b[^.]{0,40}\bgemiddeld",
    re.I,
)


# A unit marker in a table caption: "(x € 1.000)", "bedragen x €1" — not an amount, but a scale for the figures.
# A table's unit in its caption: "(bedragen x € 1.000)", "× € 1.000", "(€ x 1.000)", "in € 1.000",
# "bedragen in duizenden euro's", "(x € 1 miljoen)", "(€ mln)".
UNIT_NUMBER = r"1(?:\.000){0,2}(?!\d|[.,]\d)"  # 1, 1.000 or 1.000.000 ("10 x € 172.000" is a product, no unit)
UNIT_MARKER = re.compile(
    rf"(?:\bx|×)\s*€\s*(?P<num>{UNIT_NUMBER})(?:\s*(?P<mult>miljoen|mln)\b\.?)?|"
    rf"€\s*(?:x|×)\s*(?P<num2>{UNIT_NUMBER})|"
    rf"\bin\s+€\s*(?P<num3>1\.000(?:\.000)?)\b|\bin\s+(?P<word>duizenden|miljoenen)\s+euro|"
    r"\(\s*€\s*(?P<mln>mln|miljoen)\b\.?\s*\)|\bin\s+€\s*(?P<mln2>mln|miljoen)\b",
    re.IGNORECASE,
)


def is_unit_marker(text: str, match: MoneyMatch) -> bool:
    """True for the "€ 1.000" in "(x € 1.000)": a column unit, not money."""
    before = text[max(0, match.start - 4) : match.start]
    return bool(re.search(r"(?:\bx|×|\bin)\s*$", before, re.IGNORECASE) or re.match(r"\s*(?:x|×)", match.raw[1:]))


def unit_scale(text: str) -> float:
    """The multiplier a caption like "(x € 1.000)" sets for a table's figures; 1.0 when there is none."""
    match = UNIT_MARKER.search(text)
    if match is None:
        return 1.0
    if match.group("word"):
        return 1000.0 if match.group("word").lower() == "duizenden" else 1_000_000.0
    if match.group("mln") or match.group("mln2"):
        return 1_000_000.0
    number = parse_dutch_number(match.group("num") or match.group("num2") or match.group("num3"))
    return number * 1_000_000.0 if match.group("mult") else number


# --- flattened budget tables ------------------------------------------------------------------------------

# A table figure without a currency sign: "597.022", "-193.750", "0", "6.629.981,--".
TABLE_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:\.\d{3})+(?:,(?:\d+|--?|=))?$|^[-+]?\d{1,3}$")
# What a table row may print after its figures: a V / N column (voordelig / nadelig), a share ("44%") or a
# footnote mark glued to the last figure ("22.750²").
TRAILING_MARK = re.compile(r"^(?:[VN]|-?\d{1,3}(?:,\d+)?\s?%)$")
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# A year header as PDF tables print it: "2.016 2.017 2.018 2.019" or "2016 2017 2018 2019".
YEAR_HEADER = re.compile(r"(?:(?<!\d)(?:19|20)\.?\d{2}\d?(?!\d)\s*){2,}")
YEAR_TOKEN = re.compile(r"^(?:(?:19|20)\d\d|[12]\.\d{3})$")
# A column headed by a date: "Beschikbare weerstandscapaciteit (x € 1.000)  1-1-2026  1-1-2027".
DATE_COLUMN = re.compile(r"(?<!\S)\d{1,2}-\d{1,2}-(?P<year>(?:19|20)\d\d)(?!\S)")
# Labels that make a row a subtotal or total. A balance of a table's burdens and benefits ("Saldo", "Saldo van
# baten en lasten", "Resultaat") is its total: across the development halves' annotators 84 of 153 such rows
# (row 39, subtotal 16, balance 14).
TOTAL_LABEL = re.compile(
    r"^\s*(?:(?P<sub>sub\s?totaal)|(?P<tot>(?:eind|generaal\s)?totaal|saldo|resultaat))\b", re.IGNORECASE
)
# A balance written in a table caption: "(saldo 1/1/2016 6.629.981,--)".
BALANCE = re.compile(
    rf"saldo\b[^()\d]*(?:(?P<date>\d{{1,2}}[/-]\d{{1,2}}[/-](?P<year>\d{{4}}))\s+)?(?P<num>{DUTCH_NUMBER}(?:,--?)?)"
)


# A column of a rate per head in a table of contributions ("Per inwoner 2027"), and its figures ("88,66"); and
# the names of columns that count people or things before the money ("Gemeente  Inwoners  Bijdrage 2026 …").
RATE_COLUMN = re.compile(r"\bper\s+(?:inwoner|woning|hoofd|leerling|jeugdige)\s+(?:19|20)\d\d\b", re.I)
RATE_FIGURE = re.compile(r"^\d{1,3},\d\d$")
# Columns before the years that count, not money: people, dwellings, staff, or an asset's years of depreciation
# ("Omschrijving  Afschr.termijn (jr)  2028  2029 …").
COUNT_COLUMN = re.compile(
    r"\b(?:inwoners|jeugdigen|leerlingen|woningen|aantal|fte|(?:afschr\w*\.?\s*)?termijn|looptijd)\b", re.I
)


def parse_year_header(line: str) -> list[int] | None:
    """'2.016 2.017 2.018 2.019' → [2016, 2017, 2018, 2019]; None when the line holds no run of years. A unit
    written before the years ("Bedragen x € 1.000  2027  2028") does not count as a figure."""
    line = UNIT_MARKER.sub(" ", line)
    line = RATE_COLUMN.sub(" ", line)  # "Per inwoner 2027": a rate's column, not a year of money
    line = DATE_COLUMN.sub(r"\g<year>", line)  # a stock's date as its column: "1-1-2026" → 2026
    tokens = [t for t in line.split() if YEAR_TOKEN.match(t)]
    if len(tokens) < 2 or any(TABLE_NUMBER.match(t) and not YEAR_TOKEN.match(t) for t in line.split()):
        return None
    years = [int(t.replace(".", "")) for t in tokens]
    if any(y < 1900 or y > 2100 for y in years) or years != sorted(years):
        return None
    return years


# Words a wrapped table label line can end with, so the next line continues it even when capitalised.
LABEL_CONTINUES = re.compile(
    r"(?:,|\(\w*|\b(?:via|van|voor|en|de|het|aan|met|in|op|tot|te|door|uit|of))$", re.IGNORECASE
)


# A line of running prose (a footnote or sentence that landed inside a table): long, or ends a sentence.
PROSE_LINE = re.compile(r"^(?:\S+\s+){12,}\S+|\w{3,}\.$")
# A short row label opened by its code, whatever it ends with ("I3 Storting reserve Verduurzaming maatsch.").
CODED_LABEL = re.compile(r"^(?-i:[A-Z]{1,2})\d{1,2}\s+(?:\S+\s+){0,6}\S+$")


@dataclass(frozen=True)
class TableRow:
    """One budget-table entry: its label, figures, kind (row | subtotal | total) and the caption above it."""

    label: str
    values: tuple[float, ...]
    kind: str
    line_index_start: int  # indexes into the list of lines given to parse_budget_table
    line_index_end: int
    years: tuple[int, ...] | None = None
    caption: str = ""
    columns: str = ""  # the header's words before its years: "Nr Maatregel" in "Nr Maatregel 2027 2028 2029"


SMALL_NUMBER = re.compile(r"\d{1,2}")  # a bare one- or two-digit number: a label's number, not a figure


# A figure with decimals, in a table counted in millions: "18,5", "-2,0", "1.024,5".
DECIMAL_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:\.\d{3})*,\d{1,2}$")


MAX_TRAILING_TEXT_WORDS = 5


def split_figures(line: str, decimals: bool = False) -> tuple[str, list[float]]:
    """'Gezondheidseconomie  40.000 40.000' → ('Gezondheidseconomie', [40000.0, 40000.0]); a V / N column, a share
    or a footnote mark after the figures is not one of them. With `decimals` (a table counted in millions),
    "18,5" is a figure too."""
    tokens = line.split()

    def figure(token: str) -> bool:
        return TABLE_NUMBER.match(token) is not None or (decimals and DECIMAL_NUMBER.match(token) is not None)

    while len(tokens) > 2 and TRAILING_MARK.match(tokens[-1]) and figure(tokens[-2].rstrip(SUPERSCRIPTS)):
        tokens.pop()  # "780 V", "96.400 44%": the figures end before the mark
    if not decimals and len(tokens) > 3 and RATE_FIGURE.match(tokens[-1]) and figure(tokens[-2]) and figure(tokens[-3]):
        tokens.pop()  # "Zwolle 132.150 11.180.232 11.716.078 88,66": a rate per head closes the row
    # a text column after a row of yearly figures ("… 900 950 900 2.750 Provinciale middelen", "… 550 LEADER
    # (GLB-NSP)"): the money's source, not part of the label (not a remark, "(dekking binnen Wmo)", nor an
    # indicator's source after two figures, "148 147 CBS")
    for cut in range(1, MAX_TRAILING_TEXT_WORDS + 1):
        if len(tokens) <= cut + 3 or any(ch.isdigit() for ch in tokens[-cut]):
            break
        if all(figure(token) for token in tokens[-cut - 3 : -cut]):
            if not tokens[-cut].startswith("("):
                del tokens[-cut:]
            break
    if len(tokens) > 1:
        tokens[-1] = tokens[-1].rstrip(SUPERSCRIPTS) or tokens[-1]
    figures: list[str] = []
    while tokens and figure(tokens[-1]):
        figures.insert(0, tokens.pop())
    if tokens and len(figures) >= 3 and SMALL_NUMBER.fullmatch(figures[0]) and all("." in f for f in figures[1:]):
        tokens.append(figures.pop(0))  # "Subtotaal doel 1 5.200.000 5.600.000 …": the 1 numbers the label
    return " ".join(tokens), [parse_dutch_number(f) for f in figures]


def _starts_new_label(previous: str, line: str) -> bool:
    if line.startswith(("-", "–", "•")):
        return True
    if not line[:1].isupper():
        return False
    if previous.count("(") > previous.count(")"):
        return False
    return LABEL_CONTINUES.search(previous) is None


def _adds_up(parts: Sequence[float], total: float) -> bool:
    """Whether a row's figures add up to its last one, give or take rounding (a total column)."""
    return abs(sum(parts) - total) <= max(1.0, 0.002 * abs(total))


def parse_budget_table(lines: list[str], decimals: bool = False) -> list[TableRow]:
    """Rows of a flattened budget table: label lines gather until a line ends in figures.

    A year header ("2.016 2.017 …", or one year per line: a table flattened cell by cell) sets the columns for
    the rows below it (rows above the first header take the first header). In a table flattened cell by cell, the
    lone figures after a row's first one are its next columns, up to one more than the header's years. A line of
    figures without a label is otherwise a subtotal; a label starting with "Totaal" is a total. Label lines that
    a capitalised line follows without a continuation are captions. With `decimals` (a table counted in
    millions) "18,5" is a figure.
    """
    rows: list[TableRow] = []
    label_parts: list[str] = []
    label_start: int | None = None
    caption_parts: list[str] = []
    years: tuple[int, ...] | None = None
    columns = ""
    closed = False  # the header names nothing after its years (no "Totaal" column)
    header_indexes: list[tuple[int, tuple[int, ...]]] = []
    cell_years = _cell_year_headers(lines)
    previous = -1  # the index of the last non-empty line
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        previous, prior = index, previous
        if index in cell_years:
            if cell_years[index]:  # the last year of a header written one year per line
                years = cell_years[index]
                header_indexes.append((index, years))
                caption_parts = [*caption_parts, *label_parts]
                label_parts, label_start = [], None
            continue
        last = rows[-1] if rows else None
        if (
            last is not None
            and last.line_index_end == prior
            and cell_years
            and years is not None
            and last.years == years
            and len(last.values) <= len(years)  # one more: a total column, or a year the header lost to a page break
            and LONE_FIGURE.fullmatch(line)
            and not ROW_NUMBER.fullmatch(line)
        ):
            # the next cell of the row above, in a table flattened one cell per line
            rows[-1] = replace(last, values=(*last.values, lone_figure_value(line)), line_index_end=index)
            continue
        if (
            last is not None
            and last.line_index_end == prior
            and last.line_index_start < last.line_index_end
            and LONE_FIGURE.fullmatch(lines[last.line_index_end].strip())
            and (years is None or len(last.values) <= len(years))
            and (LONE_FIGURE.fullmatch(line) or TRAILING_MARK.fullmatch(line))
            and not ROW_NUMBER.fullmatch(line)
        ):
            # a row whose label and first figure stand on lines of their own ("Baten" / "1.900" / "2.050" /
            # "2.312" / "262" / "V"): the lone figures after it are its next cells, a V / N mark closes it
            if LONE_FIGURE.fullmatch(line):
                rows[-1] = replace(last, values=(*last.values, lone_figure_value(line)), line_index_end=index)
            continue
        repeated = _subcolumns(line, years) if years and header_indexes and header_indexes[-1][0] == prior else None
        if repeated is not None and years is not None:
            # "lasten baten lasten baten …" under "2027 2028 …": every year has that many columns, in that order
            years = tuple(year for year in years for _ in range(repeated))
            header_indexes[-1] = (header_indexes[-1][0], years)
            continue
        header = parse_year_header(line)
        if header is not None:
            first_year = re.search(r"(?<![\d.])(?:(?:19|20)\d\d|[12]\.\d{3})(?![\d.])", line)
            before = line[: first_year.start()].strip() if first_year else ""
            years = tuple(header)
            columns = before
            closed = re.search(r"(?:19|20)\d\d\W*$", UNIT_MARKER.sub(" ", line).strip()) is not None
            header_indexes.append((index, years))
            caption_parts = [*caption_parts, *label_parts, *([before] if before else [])]
            label_parts, label_start = [], None
            continue
        if UNIT_MARKER.search(line):
            # "Dekking eenmalige claims x € 1.000": a caption with the table's unit, not a row worth 1.000
            caption_parts = [*caption_parts, *label_parts, line]
            label_parts, label_start = [], None
            continue
        label, values = split_figures(line, decimals)
        if (
            PROSE_LINE.search(line)
            and not (len(values) >= 2 and len(label.split()) <= 12)
            and not CODED_LABEL.match(line)
        ):
            # a footnote or sentence inside the table region ends the label being gathered (a long row with its
            # figures is no sentence: "N1 Uitbreiding handhaving met 2 fte boa 1 S 145 145 145 145")
            label_parts, label_start = [], None
            continue
        if years and closed and len(values) > len(years):
            # a code column before the years ("Nr Maatregel Progr. 2028 … 2031": "B5 Terugdringen inhuur derden 1
            # 250 250 250 250"): its small whole numbers belong to the label, not to the years
            extra = values[: len(values) - len(years)]
            if all(v == int(v) and 0 <= v < 100 for v in extra):
                label = " ".join([label, *(str(int(v)) for v in extra)]).strip()
                values = values[len(extra) :]
        elif years and not closed and len(values) > len(years) + 1 and not COUNT_COLUMN.search(columns):
            # … or before the years and their total ("Subtotaal programma 1  980 1.130 1.130 730 3.970" under
            # "Nr Intensivering 2027 2028 2029 2030 Totaal"): the label's number, when the rest adds up
            extra, rest = values[: len(values) - len(years) - 1], values[len(values) - len(years) - 1 :]
            if all(v == int(v) and 0 <= v < 100 for v in extra) and _adds_up(rest[:-1], rest[-1]):
                label = " ".join([label, *(str(int(v)) for v in extra)]).strip()
                values = rest
        if years and COUNT_COLUMN.search(columns) and 0 < len(values) - len(years) <= 2:
            # "Gemeente Inwoners Bijdrage 2026 Bijdrage 2027": the figures before the years' count people (before
            # the years and their total, when the last figure adds up the years': "Omschrijving  Afschr.termijn
            # (jr)  2028 … 2031  Totaal")
            kept = len(years)
            if not closed and len(values) >= kept + 1 and _adds_up(values[-1 - kept : -1], values[-1]):
                kept += 1
            values = values[len(values) - kept :]
        if cell_years and label and len(values) == 1 and LONE_YEAR.fullmatch(line.split()[-1]):
            label, values = line, []  # "Mutaties Voorjaarsnota 2026": a label, its cells follow one per line
        if not values or (not label and len(values) == 1 and abs(values[0]) < 100):
            if not label or re.fullmatch(r"\(.*\)", label):
                continue
            if label_parts and _starts_new_label(label_parts[-1], label):
                caption_parts.extend(label_parts)
                label_parts, label_start = [], None
            if label_start is None:
                label_start = index
            label_parts.append(label)
            continue
        if label_parts and label and (_starts_new_label(label_parts[-1], label) or LONE_YEAR.fullmatch(label)):
            # … and a row labelled by its year alone ("2029 10.560.000 …") has the column names above it
            caption_parts.extend(label_parts)
            label_parts, label_start = [], None
        full_label = " ".join([*label_parts, label]).strip()
        start = label_start if label_start is not None else index
        total = TOTAL_LABEL.match(full_label)
        if total is not None:
            kind = "subtotal" if total.group("sub") else "total"
        elif not full_label:
            kind = "subtotal"
        else:
            kind = "row"
        rows.append(TableRow(full_label, tuple(values), kind, start, index, years, " ".join(caption_parts), columns))
        label_parts, label_start = [], None
        if kind != "row":
            caption_parts = []
    if header_indexes:
        first_years = header_indexes[0][1]
        rows = [r if r.years is not None else _with_years(r, first_years) for r in rows]
    return rows


LONE_FIGURE = re.compile(r"[-–−]?\s?€?\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?-?")  # one cell: "1.180", "-95", "€ 250.000"
LONE_YEAR = re.compile(r"(?:19|20)\d\d")


def lone_cell(line: str) -> bool:
    """One cell of a table flattened one cell per line: a lone figure ("-420", "1.180") or year ("2027")."""
    return bool(LONE_FIGURE.fullmatch(line.strip()) or LONE_YEAR.fullmatch(line.strip()))


def lone_figure_value(cell: str) -> float:
    """The number of a LONE_FIGURE cell: "€ 45.000" → 45000.0, "-1.150" → -1150.0."""
    return parse_dutch_number(cell.replace("€", "").replace(" ", "").rstrip("-") or "0")


ROW_NUMBER = re.compile(r"\d{1,2}")  # "1", "12": the number of the next row, not a figure of this one


def _cell_year_headers(lines: list[str]) -> dict[int, tuple[int, ...]]:
    """Year headers written one year per line ("2027", "2028", "2029" on lines of their own, consecutive years):
    line index → the header's years at its last line, () at its other lines."""
    found: dict[int, tuple[int, ...]] = {}
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= 2:
            years = tuple(year for _, year in run)
            found.update({index: () for index, _ in run})
            found[run[-1][0]] = years

    for index, raw in enumerate(lines):
        if not raw.strip():
            continue
        year = _year_cell(raw.strip())
        if year is not None and (not run or year == run[-1][1] + 1):
            run.append((index, year))
            continue
        close()
        run = [(index, year)] if year is not None else []
    close()
    return found


# A year header cell with the kind of figure it heads: "Begroting 2027", "Raming 2028", "Rekening 2024".
YEAR_CELL = re.compile(
    r"(?:(?:begroting|raming|rekening|jaarrekening|realisatie|prognose|meerjarenraming|primitieve begroting)\s+)?"
    r"(?P<year>(?:19|20)\d\d)",
    re.I,
)


def _year_cell(line: str) -> int | None:
    found = YEAR_CELL.fullmatch(line)
    return int(found.group("year")) if found else None


def _subcolumns(line: str, years: tuple[int, ...]) -> int | None:
    """How many columns each year of a header has when the line below it names them, the same names repeated for
    every year ("lasten baten lasten baten …" under four years: 2); None for any other line."""
    words = line.lower().split()
    count = len(years)
    if count < 2 or len(words) < 2 * count or len(words) % count or not all(w.isalpha() for w in words):
        return None
    width = len(words) // count
    period = words[:width]
    if len(set(period)) < width or any(words[i : i + width] != period for i in range(0, len(words), width)):
        return None
    return width


def _with_years(row: TableRow, years: tuple[int, ...]) -> TableRow:
    return replace(row, years=years)


# A money column named before a table's years, after its label column: "Project  Krediet  2027  2028 …",
# "Omschrijving  Totaal budget  2026 …".
MONEY_BEFORE_YEARS = re.compile(r"\b(?:krediet|budget|totaal|raming|investering|bedrag)\w*", re.I)


def row_amounts(row: TableRow) -> tuple[Amount, ...]:
    """One Amount per figure, with the column's year when the table has a year header (left-aligned); a row
    labelled by a year alone ("2029 10.560.000 1.068.000", a table of years down the side) gives every figure
    that year. One figure more than the years that is their sum is the row's total column."""
    years = row.years
    if years is None and LONE_YEAR.fullmatch(row.label.strip()):
        years = (int(row.label.strip()),) * len(row.values)
    if years and len(set(years)) < len(years) and len(row.values) <= len(set(years)) + 1:
        years = tuple(dict.fromkeys(years))  # a row with one figure per year under a header of sub-columns: a balance
    columns: list[int | None] = list(years or ())
    if years and len(row.values) == len(years) + 1 and MONEY_BEFORE_YEARS.search(" ".join(row.columns.split()[1:])):
        # a money column before the years ("Project  Krediet  2027  2028 …"): its figure has no year of its own
        columns = [None, *years]
    amounts = []
    for position, value in enumerate(row.values):
        year = columns[position] if position < len(columns) else None
        amounts.append(Amount(value=value, currency="EUR", year=year, kind=row.kind))
    if years and columns[0] is not None and row.kind == "row" and len(row.values) == len(years) + 1 and len(years) >= 2:
        added = sum(row.values[: len(years)])
        if abs(added - row.values[-1]) <= max(1.0, 0.002 * abs(added)):
            amounts[-1] = replace(amounts[-1], kind="total")
    return tuple(amounts)
