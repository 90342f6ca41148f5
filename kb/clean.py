"""Cleaning (pure): undo PDF-extraction damage line by line, keeping a per-character map to source lines/pages."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from kb.amounts import LONE_FIGURE, LONE_YEAR
from kb.models import SourceMap
from kb.text import LINE_ENDS_SENTENCE, ROW_CODE

# ── Character rules (applied inside one line; every character keeps its own source line) ──────────────────

# Characters replaced one-for-one.
CHARACTER_MAP = {
    "\u00a0": " ",  # NBSP ("4-7\u00a0jaar") → plain space
    "\u2007": " ",  # figure space → plain space
    "\u202f": " ",  # narrow NBSP → plain space
    "\uf0b7": "•",  # private-use Symbol-font bullet "" (004 SWOT and roles tables) → bullet
    # the other private-use Wingdings bullets a PDF extraction leaves: square "", square "", arrowhead "",
    # diamond "", block "", tick ""
    "\uf0a7": "•",
    "\uf0a8": "•",
    "\uf0d8": "•",
    "\uf076": "•",
    "\uf06e": "•",
    "\uf0fc": "•",
    "\u25a0": "•",  # black square "■" → bullet
    "\u2219": "•",  # bullet operator "∙" → bullet
    "\u25cf": "•",  # black circle "●" → bullet
    "\u25aa": "•",  # small square "▪" → bullet
    "\u2023": "•",  # triangular bullet "‣" → bullet
    "\t": " ",  # tabs separate bullets/terms from text ("•\t Werk samen") → space
}
BULLET = "•"
SUBBULLET = "-"
# A line opening with a bullet glyph, in any spacing: "•\t Stel een programma op" → "• Stel een programma op".
BULLET_START = re.compile(r"^•\s*")
# A bullet glyph alone on its line, its item on the next: "•", "o" (not a dash: in a table flattened one cell
# per line, "–" is an empty cell).
LONE_GLYPH = re.compile(r"^[•o]$")
# A sub-bullet: a dash followed by a tab ("-\t beekdalen"); a dash glued to a word ("-energieprojecten") is text.
# A word processor's second-level bullet "o" typed as a letter ("o   de raad te informeren") is one too.
SUBBULLET_START = re.compile(r"^(?:[-–]\t|o[ \t](?=\s*[a-zA-Zà-ÿÀ-Ý0-9€(]))\s*")
# A footnote marker glued to the end of a word ("voorzieningen2.", "Groningen3 en", "hogeropgeleiden.10"):
# at least three lower-case letters (so "CO2", "A2", "m2" stay), then 1-2 digits, then punctuation/space/end.
GLUED_FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ]{3})(\d{1,2})(?=[.,;:)]?(?:\s|$))|(?<=[a-zà-ÿ]{3}\.)(\d{1,2})(?=\s|$)")
# Runs of spaces inside a line ("voorzieningen  en") → one space.
MULTI_SPACE = re.compile(r" {2,}")

# ── Line rules ───────────────────────────────────────────────────────────────────────────────────────────

# The rule above a page's footnotes: a whitespace-only line of many spaces (004: 54 spaces) or a line of
# underscores ("____________________"), as PDF extractors render the separator.
FOOTNOTE_RULE = re.compile(r"^(?:[ \t]{20,}|\s*_{8,}\s*)$")
# A line that is only a small number: a page number ("12"), or a footnote number / marker on its own line.
NUMBER_LINE = re.compile(r"^\s*(\d{1,3})\s*$")
# A page line other than a bare number: "Pagina 7 van 19", "Page 2 of 9", "- 3 -", "5/23".
PAGE_LINE = re.compile(
    r"^\s*(?:(?:pagina|page|blz\.?)\s*\d{1,3}(?:\s*(?:van|of|/)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]|"
    r"\d{1,3}\s*/\s*\d{1,3})\s*$",
    re.I,
)
# A header or footer with the page number after a separator or a wide gap: "Provincie Drenthe | 8",
# "Gemeenteraad Hof van Twente – Begrotingsraad 4 november 2025          5/23", "Raadsvoorstel 2025-004187 blad 1
# van 4"; a page line when its number rises
# from page to page (RUNNING_MIN times). Not "Beleidsindicatoren programma 2" (no separator).
NUMBERED_RUNNING_LINE = re.compile(
    r"^\s*(\S.{2,100}?)(?:\s*[|·•]\s*|\s{3,}|\s+(?=(?:pagina|blad|page|blz\.?)\s))(?:(?:pagina|blad|page|blz\.?)\s*)?"
    r"(\d{1,3})(?:\s*(?:/|van|of)\s*\d{1,3})?\s*$",
    re.I,
)
# … or with the number glued to the text of the header's other half, as an extraction joins two columns: "Provincie
# Flevoland          13Programma Arbeidsmarkt … 2027–2030" (grouped by the first half: the second may change with
# the part of the document, "14Provinciale Staten van Flevoland – vergadering …")
GLUED_RUNNING_LINE = re.compile(r"^\s*(\S.{2,100}?)\s{3,}(\d{1,3})(?=[A-ZÀ-Ý][a-zà-ÿ])\S.{2,100}$")
RUNNING_MIN = 3
RUNNING_MAX_CHARS = 120
RUNNING_NEAR = 2  # a running header or footer stands within this many text lines of its page's number
RUNNING_SHARE = 0.4  # … and recurs on at least this share of the pages that have a number
# The start of a footnote body: "3 Zoals ziekenhuis…" after the rule, or "*\t Zie ook www…".
FOOTNOTE_BODY_START = re.compile(r"^\s*(?:\d{1,2}|\*)\s+\S")
# A split ordinal superscript: "3" / "e" / " werkconferentie" → the "e" line alone.
ORDINAL_SUFFIX_LINE = re.compile(r"^\s*(e|ste|de)\s*$")
# The line before a split ordinal ends with the number: "Organisatie 3".
ENDS_WITH_NUMBER = re.compile(r"\d$")
# Sentence-final punctuation (also closing quotes/brackets after it): the line ends a sentence.
# A line opening in lower case (after optional space/quote): it continues the sentence of the previous line.
STARTS_LOWER = re.compile(r"^[\"'“‘(]?[a-zà-ÿ]")
# A line ending in a conjunction, preposition or article cannot end a sentence: the next line continues it,
# even when that opens with a capital ("gebruik subsidies en" / "SPUK-middelen voor …").
OPEN_ENDING = re.compile(
    r"\b(?:en|of|maar|de|het|een|van|voor|met|aan|in|op|te|bij|door|die|dat|om|als|tot|naar|over|uit|zoals)$"
)


def continues_sentence(previous: str, line: str) -> bool:
    """True when `line` goes on with the sentence `previous` left open."""
    if previous.endswith(":"):
        return STARTS_LOWER.match(line) is not None  # "…reisbehoeften:" / "toegankelijk, begrijpelijk, …"
    if LINE_ENDS_SENTENCE.search(previous):
        return False
    return STARTS_LOWER.match(line) is not None or OPEN_ENDING.search(previous) is not None


# ── Word-join rules (hyphenation) ────────────────────────────────────────────────────────────────────────

# A visible hyphen at line end directly after a letter ("samen-", "ecologi-"); with a trailing space it is an
# elliptical hyphen ("sport- \nen cultuur") and stays.
VISIBLE_HYPHEN_END = re.compile(r"([A-Za-zÀ-ÿ0-9]+)-$")
# The last word of a line that may be the first half of a word split without hyphen ("uitvoerings").
WORD_END = re.compile(r"([A-Za-zÀ-ÿ]+)$")
# The first word of a continuation line ("agenda met een…"); punctuation may follow ("structuur).").
WORD_START = re.compile(r"^([a-zà-ÿ]+)(?=$|[\s.,;:!?)\]’”'])")
# Words after "x-" that make the hyphen elliptical ("monitoring- en evaluatieprogramma", "Vogel- of").
ELLIPSIS_WORDS = frozenset({"en", "of", "tot", "noch", "als", "dan", "en/of"})
# Prefixes that keep their hyphen in Dutch ("niet-georganiseerde", "ex-wethouder", "oud-burgemeester").
KEEP_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non", "pre", "post", "self"})
# Short function words that, standing alone after a broken line, are a word of their own, not a word tail.
FUNCTION_WORDS = frozenset(
    "en of de het een van in op te met voor aan als om bij door dat die er is zijn wordt worden naar ook".split()
)
VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü"
MIN_KNOWN_ZIPF = 1.0  # wordfreq zipf value from which a Dutch word counts as known

WordScore = Callable[[str], float]


def default_word_score(word: str) -> float:
    """Zipf frequency of a Dutch word (wordfreq), 0.0 when unknown or wordfreq is missing."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return float(zipf_frequency(word, "nl"))


@dataclass
class _Line:
    """A working line: text plus, per character, its source line and page."""

    text: str
    lines: list[int]
    pages: list[int | None]
    number: int  # first source line
    trailing_space: bool = False
    gap_before: int = 0  # blank / whitespace-only source lines before this line
    page_start: bool = False
    after_furniture: bool = False  # a page number, running header or footer was dropped right above this line
    footnote: bool = False
    ends_broken: bool = False  # the raw line ended in a letter without trailing space
    force_break: bool = False  # a paragraph break before this line (set when text boxes are moved)
    moved: bool = False  # the rest of an interrupted sentence, moved up to its start

    def append(self, other: _Line, separator: str = "") -> None:
        if separator:
            self.text += separator
            self.lines.append(self.lines[-1] if self.lines else other.number)
            self.pages.append(self.pages[-1] if self.pages else None)
        self.text += other.text
        self.lines.extend(other.lines)
        self.pages.extend(other.pages)
        self.trailing_space = other.trailing_space
        self.ends_broken = other.ends_broken


@dataclass(frozen=True)
class CleanedText:
    """Cleaned text of one document: lines joined by "\\n", a blank line ("\\n\\n") where a paragraph break is
    certain. `footnotes` holds the char spans of footnote lines; `source_map` maps every character back."""

    text: str
    source_map: SourceMap
    footnotes: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)


def normalise_line(raw: str) -> str:
    """One raw line → normalised text (same length bookkeeping is done by the caller per character)."""
    text = "".join(CHARACTER_MAP.get(ch, ch) for ch in raw)
    return text


def _normalise(raw: str, number: int, page: int | None) -> _Line:
    """Apply the character rules to one raw line; every kept character maps to `number`."""
    stripped_raw = raw.rstrip("\r\n")
    trailing = stripped_raw.endswith((" ", "\t", "\u00a0"))
    text = stripped_raw
    if SUBBULLET_START.match(text):
        text = SUBBULLET_START.sub(SUBBULLET + " ", text, count=1)
    text = normalise_line(text).strip()
    text = BULLET_START.sub(BULLET + " ", text) if text.startswith(BULLET) else text
    text = MULTI_SPACE.sub(" ", text)
    text = GLUED_FOOTNOTE_MARKER.sub("", text)
    line = _Line(text, [number] * len(text), [page] * len(text), number, trailing_space=trailing)
    line.ends_broken = bool(re.search(r"[A-Za-zÀ-ÿ]$", stripped_raw))
    return line


def _document_vocabulary(lines: Sequence[str]) -> Counter[str]:
    words: Counter[str] = Counter()
    for line in lines:
        words.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", line))
    return words


class _Joiner:
    """Decides whether two line fragments are one broken word, using a word list and the document itself."""

    def __init__(self, vocabulary: Counter[str], word_score: WordScore, trailing_space_signal: bool):
        self.vocabulary = vocabulary
        self.word_score = word_score
        self.signal = trailing_space_signal

    def known(self, word: str, seen: int = 1) -> bool:
        """A word of the language, or one the document uses at least `seen` times elsewhere."""
        word = word.lower()
        return self.vocabulary.get(word, 0) >= seen or self.word_score(word) >= MIN_KNOWN_ZIPF

    def keep_visible_hyphen(self, left: str, right: str) -> bool:
        """True when "left-" + "right" is a real hyphenated compound ("niet-georganiseerde", "CBS-index")."""
        if right[:1].isupper() or right[:1].isdigit():
            return True  # "Oost-\nDrenthe", "2016-\n2020", "ontwerp-\nOmgevingsvisie"
        if left[-1:].isdigit() or (len(left) >= 2 and left.isupper()):
            return True  # "CO2-uitstoot", "CBS-consumentenprijsindex", "MIRT-onderzoek"
        if left.lower() in KEEP_HYPHEN_PREFIXES:
            return True
        if left[-1:].lower() in VOWELS and right[:1].lower() in VOWELS:
            return True  # Dutch keeps the hyphen at a vowel clash: "data-analyse", "zee-egel"
        hyphenated = f"{left}-{right}".lower()
        return self.vocabulary.get(hyphenated, 0) > 0 and self.vocabulary.get((left + right).lower(), 0) == 0

    def join_dropped(self, left: str, right: str) -> bool:
        """True when "left\\nright" is one word split without a hyphen ("uitvoerings\\nagenda")."""
        joined = (left + right).lower()
        if right.lower() in FUNCTION_WORDS:
            # "vervening\nen", "Waar\nde": a plural or compound is easy to make, so only a line that lost its
            # trailing space may be a broken word here ("sportactiviteit\n\nen" in a narrow table cell)
            return self.signal and self.known(joined)
        if self.vocabulary.get(joined, 0) > 0:
            return True
        if self.signal:
            return True  # the line lost its trailing space where every normal line has one: a broken word
        left_word = self.known(left, seen=2)  # the fragment itself occurs once, right here
        right_word = self.known(right, seen=2)
        return self.word_score(joined) >= MIN_KNOWN_ZIPF and not (left_word and right_word)


# A flattened table repeats its header after each page break: a run of at least this many short lines that
# already occurred, line for line, earlier in the document is a repeated header and is dropped.
REPEATED_RUN_LINES = 4
REPEATED_RUN_MIN_COUNT = 3  # a header repeated on at least two later pages; a figure duplicated once stays
REPEATED_RUN_MAX_CHARS = 90  # header cells are short; repeated running text is kept (it is real duplication)


# The caption of a table: another table with the same columns ("Tabel 4.2 Projecten droogte"), not a repeat.
TABLE_CAPTION = re.compile(r"^\s*(?:tabel|table)\s+\d", re.I)


def _header_like(line: _Line) -> bool:
    """A table-header cell: short, not a footnote, not a list item, no punctuation at its end."""
    text = line.text
    return (
        len(text) <= REPEATED_RUN_MAX_CHARS
        and not line.footnote
        and re.match(r"^(?:•|-\s|\d{1,2}[.)]\s)", text) is None
        and re.search(r"[.,;:]$", text) is None
    )


def _captioned_headers(lines: list[_Line], header_like: list[bool]) -> set[int]:
    """The lines of the run of header-like lines right under each table's caption (a blank line or a page break
    inside the run ends it)."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not TABLE_CAPTION.match(line.text):
            continue
        position = index + 1
        while position < len(lines) and header_like[position]:
            if position > index + 1 and (lines[position].gap_before or lines[position].page_start):
                break
            found.add(position)
            position += 1
    return found


PAGE_GAP = 4  # blank lines that mark a page break in an extraction without page numbers


def _opens_page(lines: list[_Line], repeated: set[int], index: int, line_gap: int) -> bool:
    """Whether the repeated run holding line `index` starts a page: going up through the lines that belong to
    repeated runs, with no paragraph break between them (more blank lines than `line_gap`, the document's usual
    spacing), a line on another page than the line above it, or right under a dropped page number, is reached."""

    def new_page(at: int) -> bool:
        above = lines[at - 1].pages if at > 0 else []
        return (
            lines[at].gap_before >= PAGE_GAP
            or lines[at].after_furniture
            or (bool(above and lines[at].pages) and lines[at].pages[0] != above[-1])
        )

    while index > 0 and not new_page(index) and lines[index].gap_before <= line_gap and index - 1 in repeated:
        index -= 1
    return new_page(index)


def _drop_repeated_runs(lines: list[_Line], stats: Counter[str]) -> list[_Line]:
    """Drop later copies of runs of header-like lines that occur at least REPEATED_RUN_MIN_COUNT times."""
    size = REPEATED_RUN_LINES
    texts = [line.text for line in lines]
    header_like = [_header_like(line) for line in lines]
    occurrences: dict[tuple[str, ...], list[int]] = {}
    for index in range(len(texts) - size + 1):
        if not all(header_like[index : index + size]):
            continue
        window = tuple(texts[index : index + size])
        if sum(1 for t in window if re.search(r"[A-Za-zÀ-ÿ]{3}", t)) < 2:
            continue  # runs of bare numbers are table data, not headers
        occurrences.setdefault(window, []).append(index)
    drop: set[int] = set()
    gaps = sorted(line.gap_before for line in lines)
    line_gap = gaps[len(gaps) // 2] if gaps else 0  # 1 in a double-spaced extraction
    repeated = {
        i
        for starts in occurrences.values()
        if len(starts) >= REPEATED_RUN_MIN_COUNT
        for start in starts
        for i in range(start, start + size)
    }
    for starts in occurrences.values():
        if len(starts) < REPEATED_RUN_MIN_COUNT:
            continue
        for start in starts[1:]:
            # a copy that opens a page continues the table above; one amid the text (under "Wat mag het kosten?"
            # of the next programme) opens another table with the same columns
            if start >= starts[0] + size and _opens_page(lines, repeated, start, line_gap):
                drop.update(range(start, start + size))
    drop -= _captioned_headers(lines, header_like)  # under its own caption a header opens another table
    if drop:
        stats["repeated_header_lines_dropped"] += len(drop)
    return [line for i, line in enumerate(lines) if i not in drop]


# A displaced text box (a list of actions, a quote) may interrupt a sentence: "…blijken vitaal te zijn en" /
# bullets / "eigenaar te zijn van hun initiatieven." The rest of the sentence is moved back to its start when
# the interruption is at most this many lines and opens with a list item or a quotation mark.
BOX_MAX_LINES = 25
BOX_START = re.compile(r"^(?:•|-\s|\d{1,2}[.)]\s|[“\"‘])")
LIST_ITEM = re.compile(r"^(?:•|-\s|\d{1,2}[.)]\s)")
LETTERED_ITEM = re.compile(r"^[a-z][.)]\s")
# A short line that leads in what follows: "besluit:", "verzoekt het college:", "Concreet betekent dit dat we:".
LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,7}\S*:\s*$")


def _reattach_interrupted_sentences(lines: list[_Line], stats: Counter[str]) -> list[_Line]:
    """Move the rest of a sentence that a displaced box interrupted back to where the sentence began."""
    index = 1
    while index < len(lines):
        line = lines[index]
        previous = lines[index - 1]
        # the box ended: its last line closed a sentence, or is a short attribution under a closed quote
        before_previous = lines[index - 2] if index >= 2 else None
        box_ended = _ends_sentence(previous.text) or (
            line.page_start
            and len(previous.text.split()) <= 12
            and before_previous is not None
            and _ends_sentence(before_previous.text)
        )
        # … but a lower-case line that ends in a colon leads in a list of its own ("verzoekt het college:",
        # "overwegende dat:" in a motion)
        rest_of_sentence = (
            not line.footnote
            and STARTS_LOWER.match(line.text) is not None
            and box_ended
            and not line.text.rstrip().endswith(":")
            # … nor is a lettered list item ("a) opstellen van …" under "… verplicht zich tot:")
            and LETTERED_ITEM.match(line.text) is None
        )
        if not rest_of_sentence:
            index += 1
            continue
        # find the open sentence before the box: the nearest earlier body line that ends open, followed by a
        # box opening (list item or quote), with only box lines and footnotes in between
        start = None
        for back in range(index - 1, max(-1, index - 1 - BOX_MAX_LINES), -1):
            candidate = lines[back]
            if candidate.footnote:
                continue
            following = next((x for x in lines[back + 1 : index] if not x.footnote), None)
            if (
                following is not None
                and not _ends_sentence(candidate.text)
                and LIST_ITEM.match(candidate.text) is None
                and BOX_START.match(following.text) is not None
                and re.search(r"[a-zà-ÿ]$", candidate.text)
                and (len(candidate.text) >= 50 or OPEN_ENDING.search(candidate.text) is not None)
            ):
                start = back
                break
        if start is None or start == index - 1:
            index += 1
            continue
        end = index  # move the rest up to and including the line that ends the sentence (max 5 lines)
        while end < min(len(lines) - 1, index + 4) and not re.search(r"[.!?][\"'”’)]*$", lines[end].text):
            end += 1
        rest = lines[index : end + 1]
        if any(LIST_ITEM.match(moved.text) or LEAD_IN.search(moved.text) for moved in rest):
            # a lead-in or a list's points ("gelet op …;" / "besluit:" / "1. … vast te stellen", a motion's
            # "constaterende dat:"): a part of the document of its own, not the rest of a sentence a box interrupted
            index += 1
            continue
        box = lines[start + 1 : index]
        for moved in rest:
            moved.moved = moved is rest[0]
        box[0].force_break = True
        if end + 1 < len(lines):
            lines[end + 1].force_break = True
        lines[start + 1 : end + 1] = rest + box
        stats["interrupted_sentences_reattached"] += 1
        index = end + 1
    return lines


def _ends_sentence(text: str) -> bool:
    return bool(LINE_ENDS_SENTENCE.search(text))


def page_furniture(raw_lines: Sequence[str]) -> set[int]:
    """Indices of the page lines ("Pagina 7 van 19", "Provincie Drenthe | 8") and of the running headers and
    footers beside them ("Omgevingsprogramma … 2026-2031" under every page's number): a short line that recurs
    next to a page number on RUNNING_SHARE of the numbered pages. Only the occurrences beside a page number go:
    the title on the title page stays. Labels and questions ("Wat willen we bereiken?") never count as running."""
    folded = [" ".join(raw.split()) for raw in raw_lines]
    # bare numbers mark a page for what stands beside them, but stay for pass 1 (a page or a footnote number?)
    # (not the figures of a table flattened one cell per line, which would make the pages seem many)
    bare = {i for i, raw in enumerate(raw_lines) if NUMBER_LINE.match(raw) and not _table_cell(raw_lines, i)}
    anchors = bare | {i for i, raw in enumerate(raw_lines) if PAGE_LINE.match(raw)}
    numbered: dict[str, list[tuple[int, int]]] = {}
    for index, raw in enumerate(raw_lines):
        match = NUMBERED_RUNNING_LINE.match(raw.rstrip("\r\n")) or GLUED_RUNNING_LINE.match(raw.rstrip("\r\n"))
        if match is not None and len(folded[index]) <= RUNNING_MAX_CHARS:
            numbered.setdefault(match.group(1).strip().casefold(), []).append((index, int(match.group(2))))
    for occurrences in numbered.values():
        numbers = [number for _, number in occurrences]
        if len(occurrences) >= RUNNING_MIN and all(a < b for a, b in pairwise(numbers)):
            anchors |= {index for index, _ in occurrences}
    text_lines = [i for i, line in enumerate(folded) if line]
    position = {line: n for n, line in enumerate(text_lines)}
    beside: dict[str, list[int]] = {}
    for index in text_lines:
        line = folded[index]
        if index in anchors or len(line) > RUNNING_MAX_CHARS or line.endswith(("?", ":")):
            continue
        n = position[index]
        near = text_lines[max(0, n - RUNNING_NEAR) : n] + text_lines[n + 1 : n + 1 + RUNNING_NEAR]
        if any(other in anchors for other in near):
            beside.setdefault(line.casefold(), []).append(index)
    pages = max(1, len(anchors))
    running = {i for found in beside.values() if len(found) >= max(RUNNING_MIN, RUNNING_SHARE * pages) for i in found}
    # a part's own running header, on consecutive pages only ("Bijlage 1 – Zienswijze …" under pages 14 and 15; not a
    # lone word such as a table's "Lasten" repeated under a page break)
    ordered = sorted(anchors)
    for line, found in beside.items():
        if (
            len(found) >= 2
            and len(line.split()) >= 3
            and all(bisect.bisect_left(ordered, b) - bisect.bisect_right(ordered, a) == 1 for a, b in pairwise(found))
        ):
            running.update(found)
    return (anchors - bare) | running


# A line that is one cell of a table flattened cell by cell: a figure ("640", "-1.150", "98%", "€ 250.000"), a year
# ("2027") or a row code ("A.05", "W-3").
CELL_LINE = re.compile(rf"^\s*(?:(?:{LONE_FIGURE.pattern})\s?%?|{LONE_YEAR.pattern}|{ROW_CODE})\s*$")


def _table_cell(raw_lines: Sequence[str], index: int) -> bool:
    """Whether a bare number is a cell of a table flattened one cell per line rather than a page number: a figure
    or a row code stands directly above or below it, or a row's label and then its figure below it (a page number
    has text or a blank line on both sides)."""
    before = raw_lines[index - 1] if index > 0 else ""
    after = raw_lines[index + 1] if index + 1 < len(raw_lines) else ""
    then = raw_lines[index + 2] if index + 2 < len(raw_lines) else ""
    # … or it numbers a row: its label right below, the row's first figure below that ("1" / "Bereik …" / "41%")
    opens_row = bool(after.strip()) and not CELL_LINE.match(after) and bool(CELL_LINE.match(then))
    return bool(CELL_LINE.match(before) or CELL_LINE.match(after) or opens_row)


def clean_lines(
    raw_lines: Sequence[str],
    first_line_number: int = 1,
    pages: Sequence[int | None] | None = None,
    word_score: WordScore | None = None,
) -> CleanedText:
    """Clean one document's raw lines (source line numbers start at `first_line_number`)."""
    word_score = word_score or default_word_score
    stats: Counter[str] = Counter()
    page_of = list(pages) if pages is not None else [None] * len(raw_lines)
    vocabulary = _document_vocabulary(raw_lines)

    # Is "no trailing space at a line end" a signal of a broken word here? Only when most running-text lines
    # keep a trailing space (001, 003, 004); pypdf or hand-made text never has them.
    mid_sentence = [r for r in raw_lines if re.search(r"[A-Za-zÀ-ÿ,][ \t]*$", r.rstrip("\r\n"))]
    with_space = sum(1 for r in mid_sentence if r.rstrip("\r\n").endswith((" ", "\t")))
    signal = len(mid_sentence) >= 20 and with_space / len(mid_sentence) >= 0.6
    joiner = _Joiner(vocabulary, word_score, signal)

    # Double spacing: most text lines are followed by exactly one blank line; then a single blank line is
    # layout, not a paragraph break (004, 002).
    followed_by_one_blank = 0
    text_lines = 0
    for index, raw in enumerate(raw_lines):
        if raw.strip():
            text_lines += 1
            next_blank = index + 1 < len(raw_lines) and not raw_lines[index + 1].strip()
            after_next = index + 2 < len(raw_lines) and raw_lines[index + 2].strip()
            if next_blank and after_next:
                followed_by_one_blank += 1
    double_spaced = text_lines >= 6 and followed_by_one_blank / text_lines >= 0.5

    furniture = page_furniture(raw_lines)

    # Pass 1: normalise, drop blanks/page numbers/rules, mark footnotes, note gaps.
    entries: list[_Line] = []
    gap = 0
    furniture_above = False
    glyph: _Line | None = None  # a bullet glyph that stood alone on the line above
    in_footnotes = False
    previous_page = page_of[0] if page_of else None
    index = 0
    while index < len(raw_lines):
        raw = raw_lines[index]
        number = first_line_number + index
        page = page_of[index]
        page_start = index > 0 and page is not None and page != previous_page
        previous_page = page
        if FOOTNOTE_RULE.match(raw):
            in_footnotes = True
            gap += 1
            stats["footnote_rules"] += 1
            index += 1
            continue
        if not raw.strip():
            gap += 1
            index += 1
            continue
        if index in furniture:
            stats["page_lines_dropped"] += 1  # "Pagina 7 van 19", a running header or footer
            furniture_above = True
            in_footnotes = False  # … which ends the page, and its footnotes with it
            index += 1
            continue
        number_match = NUMBER_LINE.match(raw)
        if number_match is not None and not _table_cell(raw_lines, index):
            previous = entries[-1] if entries else None
            next_text = next((r for r in raw_lines[index + 1 : index + 3] if r.strip()), "")
            if in_footnotes and FOOTNOTE_BODY_START.match(f"{number_match.group(1)} {next_text.strip()}"):
                # "1" then " Amendement A2010-2": the footnote's number; glue it to its body below.
                line = _normalise(raw, number, page)
                line.footnote = True
                line.gap_before = gap
                line.page_start = page_start
                entries.append(line)
                gap = 0
                stats["footnote_numbers"] += 1
                index += 1
                continue
            if (
                previous is not None
                and re.search(r"[A-Za-zÀ-ÿ”’\"]$", previous.text)
                and re.match(r"^\s*(?:[.,;:)]|en\b|of\b|[a-z])", next_text)
                and gap == 0
            ):
                stats["footnote_markers_dropped"] += 1  # "zorgaanbod" / "1" / " en": a detached marker
            else:
                stats["page_numbers_dropped"] += 1
                furniture_above = True
            index += 1
            continue
        line = _normalise(raw, number, page)
        if LONE_GLYPH.match(line.text):
            # a bullet glyph on a line of its own ("o" / "Invoeren van een zero-emissiezone …"): it opens the
            # next line, which becomes that bullet item
            glyph = line
            stats["lone_bullets_joined"] += 1
            index += 1
            continue
        if glyph is not None:
            marker = _Line(BULLET if glyph.text == BULLET else SUBBULLET, [glyph.number], [page], glyph.number)
            marker.append(line, " ")
            line, glyph = marker, None
        line.gap_before = gap
        line.page_start = page_start
        line.after_furniture, furniture_above = furniture_above, False
        if in_footnotes:
            previous = entries[-1] if entries else None
            continues = (
                previous is not None
                and previous.footnote
                and (
                    (previous.text.isdigit())  # the body right after "1"
                    or line.gap_before == 0  # the note's next line, directly below it
                    or (not _ends_sentence(previous.text) and STARTS_LOWER.match(line.text) is not None)
                )
            )
            if page_start and not (previous is not None and previous.text.isdigit()):
                in_footnotes = False  # the footnotes end with their page
            elif continues or FOOTNOTE_BODY_START.match(line.text):
                line.footnote = True
            else:
                in_footnotes = False
        elif FOOTNOTE_BODY_START.match(line.text) and line.text.startswith("*"):
            line.footnote = True  # "*\t Zie ook www…" — an asterisk footnote without a rule line
            in_footnotes = True
        entries.append(line)
        gap = 0
        index += 1

    # Pass 2: joins — split ordinals, glued footnote numbers, hyphenation, dropped hyphens.
    merged: list[_Line] = []
    ordinal_pending = False
    for line in entries:
        previous = merged[-1] if merged else None
        if previous is None:
            merged.append(line)
            continue
        if previous.footnote and previous.text.isdigit() and line.footnote:
            previous.append(line, " ")  # "1" + "Amendement A2010-2" → "1 Amendement A2010-2"
            continue
        if previous.footnote != line.footnote:
            merged.append(line)
            continue
        if ORDINAL_SUFFIX_LINE.match(line.text) and ENDS_WITH_NUMBER.search(previous.text) and line.gap_before == 0:
            previous.append(line)  # "3" + "e" → "3e"
            previous.ends_broken = False
            ordinal_pending = True
            stats["ordinals_joined"] += 1
            continue
        if ordinal_pending and line.gap_before == 0 and STARTS_LOWER.match(line.text):
            previous.append(line, " ")  # "3e" + "werkconferentie in" → one line
            ordinal_pending = False
            continue
        ordinal_pending = False
        gap_ok = line.gap_before <= (2 if double_spaced else 1)
        hyphen = VISIBLE_HYPHEN_END.search(previous.text)
        if hyphen is not None and not previous.trailing_space and gap_ok:
            right_match = re.match(r"^([A-Za-zÀ-ÿ0-9]+)", line.text)
            if right_match is not None and right_match.group(1).lower() not in ELLIPSIS_WORDS:
                left, right = hyphen.group(1), right_match.group(1)
                if joiner.keep_visible_hyphen(left, right):
                    previous.append(line)
                    stats["hyphen_kept"] += 1
                else:
                    previous.text = previous.text[:-1]
                    previous.lines.pop()
                    previous.pages.pop()
                    previous.append(line)
                    stats["hyphen_removed"] += 1
                continue
        left_match = WORD_END.search(previous.text)
        right_match = WORD_START.match(line.text)
        if (
            left_match is not None
            and right_match is not None
            and previous.ends_broken
            and not previous.trailing_space
            and gap_ok
            and joiner.join_dropped(left_match.group(1), right_match.group(1))
            and not (left_match.start() > 0 and previous.text[left_match.start() - 1] in "/.:@")
        ):
            previous.append(line)
            stats["dropped_hyphen_joined"] += 1
            continue
        merged.append(line)

    merged = _drop_repeated_runs(merged, stats)
    merged = _reattach_interrupted_sentences(merged, stats)

    # Pass 3: render with paragraph breaks and the char map.
    text_parts: list[str] = []
    line_map: list[int] = []
    page_map: list[int | None] = []
    footnotes: list[tuple[int, int]] = []
    previous = None
    length = 0
    for line in merged:
        if previous is not None:
            hard_gap = line.gap_before >= (2 if double_spaced else 1)
            continuation = continues_sentence(previous.text, line.text) and previous.footnote == line.footnote
            separator = "\n\n" if hard_gap and not continuation else "\n"
            if previous.footnote != line.footnote or line.force_break:
                separator = "\n\n"
            if line.moved:
                separator = "\n"
            text_parts.append(separator)
            line_map.extend([previous.lines[-1]] * len(separator))
            page_map.extend([previous.pages[-1]] * len(separator))
        start = length + (len(text_parts[-1]) if text_parts and previous is not None else 0)
        length = start + len(line.text)
        text_parts.append(line.text)
        line_map.extend(line.lines)
        page_map.extend(line.pages)
        if line.footnote:
            footnotes.append((start, start + len(line.text)))
        previous = line
    text = "".join(text_parts)
    has_pages = any(p is not None for p in page_map)
    source_map = SourceMap(line_map, [p if p is not None else 0 for p in page_map] if has_pages else None)
    stats["double_spaced"] = int(double_spaced)
    stats["trailing_space_signal"] = int(signal)
    return CleanedText(text, source_map, tuple(footnotes), (), {k: v for k, v in stats.items() if v})
