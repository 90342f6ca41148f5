"""Source readers (I/O): .txt/.md/.pdf/.docx/.html → SourceText, the extracted lines with a page per line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kb.errors import IngestError

# A line that starts with exactly one space and then text marks the first line of a PDF page in plain-text
# extractions without form feeds (the extractor indents the first line of each page by one space).
PAGE_START_PATTERN = re.compile(r"^ \S")

MIN_PAGE_LINES = 4  # no page is shorter than this many source lines
# A printed page number alone on a line ("12", "40 ") is the foot of its page: that line lies on page N and
# the next text opens page N+1 (in the corpus it follows the page's last text and footnotes, after blank lines).
PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")
# The rule of spaces above a page's footnotes; a number right after it is a footnote number, not a page number.
FOOTNOTE_RULE_LINE = re.compile(r"^[ \t]{20,}$")
# The sentence going on after a number glued to the text: the number is a detached footnote marker
# ("2" then ". CMO STAMM ondersteunt", "1" then " en"), not a page number.
DETACHED_MARKER_CONTINUATION = re.compile(r"^\s*(?:[a-z.,;:)]|en\b)")
# Without leading-space page marks, a run of at least this many empty/whitespace-only lines (at least twice
# the document's usual spacing plus two, holding a line of spaces) is a page break, even mid-sentence
# (000 l.47-51 "…inwoners van" / "verschillende generaties"); three empty lines are not.
BLANK_RUN_PAGE_BREAK = 4
# A printed page number may sit at most this many pages below the counted page (a page counted twice);
# a lone number far below the count is a footnote or list number.
ANCHOR_OVERCOUNT = 2
# The first printed page number may sit at most this many pages (plus a quarter of the counted page) above
# the count: front matter without text (cover, contents) is missing from an extraction, but a "75" alone on
# counted page 3 is a table or list number.
ANCHOR_MAX_LEAD = 12
# An indented line (any number of spaces) that repeats an earlier page-start line of at most this many
# characters and two words is a table header repeated at the top of a new page ("  Sterkte  Zwakte ...").
REPEATED_HEADER_MAX_CHARS = 90

TEXT_EXTENSIONS = (".txt", ".md", ".markdown")
PDF_EXTENSIONS = (".pdf",)
DOCX_EXTENSIONS = (".docx",)
HTML_EXTENSIONS = (".html", ".htm")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + PDF_EXTENSIONS + DOCX_EXTENSIONS + HTML_EXTENSIONS

# HTML elements that start a new line of text.
HTML_BLOCK_TAGS = (
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article",
    "blockquote", "pre", "dd", "dt", "caption", "td", "th", "header", "footer", "table",
)  # fmt: skip


@dataclass(frozen=True)
class SourceText:
    """Text lines as extracted from one file; line i (0-based) is source line i+1 and lies on pages[i]."""

    path: str
    kind: str  # txt | md | pdf | docx | html
    lines: tuple[str, ...]
    pages: tuple[int | None, ...]
    warnings: tuple[str, ...] = ()
    sha256: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-8 first; else the best legacy encoding (cp1252/latin-1) with a warning."""
    if not data.strip():
        raise IngestError(f"{path}: the file is empty — nothing to ingest")
    if b"\x00" in data[:8192]:
        raise IngestError(f"{path}: looks like a binary file (NUL bytes), not text — convert it to .txt or .pdf")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # C0/C1 control characters (other than tab/newline/form feed) mean this is not really text.
        controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) <= 0x9F)
        if controls > max(3, len(text) // 200):
            break
        return text, [f"{path}: not valid UTF-8; decoded as {encoding} — check accented characters"]
    raise IngestError(f"{path}: cannot decode the text (not UTF-8, cp1252 or latin-1) — save it as UTF-8")


def split_text_pages(text: str) -> tuple[list[str], list[int | None]]:
    """Lines and a page per line: form feeds when present (exact); else pages counted from page-start signals
    and calibrated to the printed page numbers that stand alone on a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if "\f" in text:
        # pdftotext style: a form feed opens the line that starts the next page.
        pages: list[int | None] = []
        page = 1
        for line in lines:
            page += line.count("\f")
            pages.append(page)
        return [line.replace("\f", "") for line in lines], pages
    count = _count_pages(lines)
    breaks = set(count.breaks)
    if not count.marked:
        breaks.update(_blank_run_breaks(lines))
    anchors = _page_anchors(sorted(breaks), count.numbers)
    # A number that does not fit the printed sequence closed no page: drop the break only it opened.
    kept = {index for index, _ in anchors}
    dropped = {start for start, number_line in count.closed if number_line not in kept}
    if dropped:
        breaks -= dropped
        anchors = _page_anchors(sorted(breaks), tuple(n for n in count.numbers if n[0] in kept))
    return lines, list(_calibrated_pages(lines, sorted(breaks), anchors, count.suppressed))


@dataclass(frozen=True)
class _PageCount:
    """Page starts found from the signals in one extraction (line indexes, 0-based)."""

    breaks: tuple[int, ...]  # lines that open a new page
    suppressed: tuple[int, ...]  # leading-space lines too close to the previous one to count (cells, or short pages)
    numbers: tuple[tuple[int, int], ...]  # (line, printed number) for numbers standing alone that close a page
    marked: bool  # the extractor marks page starts with a leading space (beyond the first line)
    closed: tuple[tuple[int, int], ...] = ()  # (break, number line) for breaks opened only by a printed number


def _count_pages(lines: list[str]) -> _PageCount:
    """Leading-space page starts and page-closing printed numbers."""
    # Indented table cells and detached footnote markers also start with one space; a page start within a
    # few lines of the previous one is one of those, not a page (short chapter-end pages are real, though).
    breaks: list[int] = []
    suppressed: list[int] = []
    numbers: list[tuple[int, int]] = []
    closed: list[tuple[int, int]] = []
    marked = False
    last_start = 0
    pending = False  # a page number closed the previous page: the next text line opens a new one
    previous_text = ""
    footnote_body = False  # the line after a footnote number is the note's text, indented like a page start
    in_footnotes = False  # between the footnote rule and the end of its page
    headers: set[str] = set()  # the text of the indented lines seen so far that could be table headers
    last_footnote = -1  # the number of the last footnote seen in this footnote block
    for index, line in enumerate(lines):
        if line.strip():
            indented = index > 0 and PAGE_START_PATTERN.match(line) is not None and not footnote_body
            header = " ".join(line.split())
            # A flattened table repeats its (indented) header at the top of the next page.
            indented = indented or (line[:1].isspace() and header in headers and not footnote_body)
            if indented and len(header) <= REPEATED_HEADER_MAX_CHARS and len(header.split()) >= 2:
                headers.add(header)
            marked = marked or indented
            indented_start = indented and index - last_start >= MIN_PAGE_LINES
            if indented:
                last_start = index  # measured from the previous indented line, counted or not
            if pending or indented_start:
                breaks.append(index)
                if not indented_start:
                    closed.append((index, numbers[-1][0]))
                pending = False
                in_footnotes = False
            elif indented:
                suppressed.append(index)
            footnote_number = _footnote_number(line, previous_text, in_footnotes, last_footnote)
            footnote_body = footnote_number is not None
            if footnote_number is not None:
                last_footnote = footnote_number
            elif _closes_page(line, previous_text, lines, index):
                pending = True
                in_footnotes = False
                numbers.append((index, int(line.strip())))
        elif FOOTNOTE_RULE_LINE.match(line):
            in_footnotes = True
        if line.strip() or FOOTNOTE_RULE_LINE.match(line):
            previous_text = line
    return _PageCount(tuple(breaks), tuple(suppressed), tuple(numbers), marked, tuple(closed))


def _blank_run_breaks(lines: list[str]) -> list[int]:
    """Without leading-space marks, a page break shows as an unusually long run of empty or whitespace-only
    lines (holding at least one line of spaces): the first text line after it opens a new page."""
    runs: list[tuple[int, int, bool]] = []  # (first line after the run, run length, has a line of spaces)
    start: int | None = None
    for index, line in enumerate(lines):
        if not line.strip():
            if start is None:
                start = index
            continue
        if start is not None and start > 0:
            runs.append((index, index - start, any(lines[k] for k in range(start, index))))
        start = None
    if not runs:
        return []
    lengths = Counter(length for _, length, _ in runs)
    usual = lengths.most_common(1)[0][0]
    threshold = max(BLANK_RUN_PAGE_BREAK, 2 * usual + 2)
    return [index for index, length, spaces in runs if length >= threshold and spaces]


def _page_anchors(breaks: list[int], numbers: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The printed page numbers that fit one increasing sequence with the counted pages: the longest chain in
    which each step in printed numbers matches the counted step (a few pages may be missing from the count, a
    rare one counted twice); footnote, list or table numbers that stand alone do not fit and are left out.
    Between chains of equal length the one closest to the count wins."""
    counted = [(index, number, bisect_right(breaks, index) + 1) for index, number in numbers]
    # per candidate: (chain length, -distance from the count, previous anchor or -1); length 0 = cannot start
    best: list[tuple[int, int, int]] = []
    for j, (_, number, page) in enumerate(counted):
        lead = number - page  # pages before this one that the count missed (cover, contents, image pages)
        fits_start = -ANCHOR_OVERCOUNT <= lead <= ANCHOR_MAX_LEAD + page // 4
        choice = (1, -abs(lead), -1) if fits_start else (0, 0, -1)
        for i in range(j):
            if best[i][0] and _fits(counted[i], counted[j]):
                step = (number - counted[i][1]) - (page - counted[i][2])
                option = (best[i][0] + 1, best[i][1] - abs(step), i)
                choice = max(choice, option)
        best.append(choice)
    if not best or max(entry[0] for entry in best) == 0:
        return []
    j = max(range(len(best)), key=lambda k: best[k][:2])
    chain: list[tuple[int, int]] = []
    while j != -1:
        chain.append((counted[j][0], counted[j][1]))
        j = best[j][2]
    return chain[::-1]


def _fits(first: tuple[int, int, int], second: tuple[int, int, int]) -> bool:
    """Two printed numbers fit one sequence when the printed step is close to the counted step."""
    printed = second[1] - first[1]
    counted = second[2] - first[2]
    return printed >= 1 and counted - ANCHOR_OVERCOUNT <= printed <= counted + 2 + counted // 2


def _calibrated_pages(
    lines: list[str], breaks: list[int], anchors: list[tuple[int, int]], suppressed: tuple[int, ...]
) -> list[int]:
    """Pages per line: the line of a printed number N lies on page N; between two printed numbers the missing
    page starts are taken from the suppressed leading-space lines, then by splitting the longest pages (extra
    ones drop the shortest pages); before the first and after the last number the count runs on."""
    if not anchors:
        return _pages_from_breaks(len(lines), breaks, 1)
    first_index, first_number = anchors[0]
    pages = _pages_from_breaks(first_index + 1, breaks, first_number - bisect_right(breaks, first_index))
    for (low, low_number), (high, high_number) in zip(anchors, anchors[1:], strict=False):
        inside = [b for b in breaks if low < b <= high]
        need = high_number - low_number
        spare = [s for s in suppressed if low < s < high and s not in inside]
        while len(inside) < need and spare:
            inside.append(spare.pop(0))
            inside.sort()
        while len(inside) < need:
            split = _split_longest(lines, low, high, inside)
            if split is None:
                break
            inside.append(split)
            inside.sort()
        while len(inside) > need:
            inside.remove(_shortest_start(lines, low, high, inside))
        segment = _pages_from_breaks(high - low, [b - low - 1 for b in inside], low_number)
        if segment[-1] < high_number:  # too little text to split: the last page start takes the jump
            jump_from = inside[-1] - low - 1 if inside else 0
            segment[jump_from:] = [page + high_number - segment[-1] for page in segment[jump_from:]]
        pages.extend(segment)
    last_index, last_number = anchors[-1]
    after = [b - last_index - 1 for b in breaks if b > last_index]
    pages.extend(_pages_from_breaks(len(lines) - last_index - 1, after, last_number))
    return [max(page, 1) for page in pages]


def _pages_from_breaks(count: int, breaks: list[int], first_page: int) -> list[int]:
    pages: list[int] = []
    page = first_page
    starts = set(breaks)
    for index in range(count):
        if index in starts:
            page += 1
        pages.append(page)
    return pages


def _text_lines(lines: list[str], start: int, end: int) -> int:
    return sum(1 for line in lines[start:end] if line.strip())


def _split_longest(lines: list[str], low: int, high: int, inside: list[int]) -> int | None:
    """A new page start in the middle of the longest page between two printed numbers: the text line after the
    blank line nearest the middle of its text."""
    bounds = [low + 1, *inside, high + 1]
    spans = sorted(zip(bounds, bounds[1:], strict=False), key=lambda span: -_text_lines(lines, *span))
    for start, end in spans:
        texts = [k for k in range(start + 1, end) if lines[k].strip() and not lines[k - 1].strip()]
        texts = [k for k in texts if _text_lines(lines, start, k) >= MIN_PAGE_LINES and _text_lines(lines, k, end)]
        if texts:
            middle = start + (end - start) // 2
            return min(texts, key=lambda k: abs(k - middle))
    return None


def _shortest_start(lines: list[str], low: int, high: int, inside: list[int]) -> int:
    """The counted page start whose page holds the least text (never the one right after a printed number)."""
    bounds = [*inside, high + 1]
    candidates = [(start, end) for start, end in zip(bounds, bounds[1:], strict=False) if start != inside[0]]
    if not candidates:
        return inside[-1]
    return min(candidates, key=lambda span: _text_lines(lines, *span))[0]


def _footnote_number(line: str, previous_text: str, in_footnotes: bool, last_footnote: int) -> int | None:
    """The number of a footnote standing alone on its line: right after the footnote rule, or the next number
    in the page's footnote block (footnotes 3 and 4 at the foot of one page); None for anything else."""
    if PAGE_NUMBER_LINE.match(line) is None:
        return None
    number = int(line.strip())
    if FOOTNOTE_RULE_LINE.match(previous_text) or (in_footnotes and number == last_footnote + 1):
        return number
    return None


def _closes_page(line: str, previous_text: str, lines: list[str], index: int) -> bool:
    """A printed page number on its own line ends its page — unless it is a footnote number (right after the
    footnote rule) or a detached footnote marker: glued to the text around it (no blank line above or below)
    while the sentence goes on in lower case or punctuation. A page number sits between blank lines, so a
    page break mid-sentence after it still counts."""
    if PAGE_NUMBER_LINE.match(line) is None or FOOTNOTE_RULE_LINE.match(previous_text):
        return False
    following = next((other for other in lines[index + 1 : index + 4] if other.strip()), "")
    glued = (index > 0 and bool(lines[index - 1].strip())) or (
        index + 1 < len(lines) and bool(lines[index + 1].strip())
    )
    return not glued or DETACHED_MARKER_CONTINUATION.match(following) is None


def _read_text(path: Path, data: bytes, kind: str) -> SourceText:
    text, warnings = _decode(data, path)
    if not text.strip():
        raise IngestError(f"{path}: the file holds only whitespace — nothing to ingest")
    lines, pages = split_text_pages(text)
    return SourceText(str(path), kind, tuple(lines), tuple(pages), tuple(warnings))


def _read_pdf(path: Path) -> SourceText:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - dependency is in pyproject
        from kb.errors import DependencyError

        raise DependencyError("Reading PDF needs pypdf — `pip install pypdf`") from exc
    lines: list[str] = []
    pages: list[int | None] = []
    try:
        reader = PdfReader(str(path))
        for number, page in enumerate(reader.pages, start=1):
            page_text = (page.extract_text() or "").replace("\r\n", "\n").replace("\r", "\n")
            for line in page_text.split("\n"):
                lines.append(line)
                pages.append(number)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"{path}: cannot read this PDF ({exc}) — is it damaged or encrypted?") from exc
    if not any(line.strip() for line in lines):
        raise IngestError(f"{path}: the PDF has no extractable text (scanned images?) — run OCR first")
    return SourceText(str(path), "pdf", tuple(lines), tuple(pages))


def _read_docx(path: Path) -> SourceText:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover
        from kb.errors import DependencyError

        raise DependencyError("Reading .docx needs python-docx — `pip install python-docx`") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for a broken package
        raise IngestError(f"{path}: cannot read this .docx ({exc}) — is it a real Word file?") from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.lower().startswith("list") and text.strip():
            text = "• " + text
        lines.extend(text.split("\n"))
        lines.append("")
    for table in document.tables:
        for row in table.rows:
            lines.append("  ".join(cell.text.strip() for cell in row.cells))
        lines.append("")
    if not any(line.strip() for line in lines):
        raise IngestError(f"{path}: the .docx holds no text")
    return SourceText(str(path), "docx", tuple(lines), tuple(None for _ in lines))


class _HtmlText(HTMLParser):
    """The text of an HTML page in one pass over its tags (no tree is built or edited, so nesting depth and size
    cost linear time): a line break around every block element, a bullet before a list item, nothing from
    scripts, styles and templates."""

    SKIPPED = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in HTML_BLOCK_TAGS:
            self.parts.append("\n• " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in HTML_BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _read_html(path: Path, data: bytes) -> SourceText:
    text, warnings = _decode(data, path)
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    raw_lines = [re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    lines: list[str] = []
    for line in raw_lines:
        if line or (lines and lines[-1]):
            lines.append(line)
    if not any(lines):
        raise IngestError(f"{path}: the HTML page holds no text")
    return SourceText(str(path), "html", tuple(lines), tuple(None for _ in lines), tuple(warnings))


def read_source(path: Path) -> SourceText:
    """Read one source file; IngestError for anything that cannot be read as a document."""
    import hashlib

    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise IngestError(
            f"{path}: unsupported file type {suffix or '(none)'!r} — use one of {', '.join(SUPPORTED_EXTENSIONS)}"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise IngestError(f"{path}: the file is empty — nothing to ingest")
    digest = hashlib.sha256(data).hexdigest()
    if suffix in PDF_EXTENSIONS:
        if not data.lstrip().startswith(b"%PDF"):
            raise IngestError(f"{path}: not a PDF file (no %PDF header) — the file is damaged or misnamed")
        source = _read_pdf(path)
    elif suffix in DOCX_EXTENSIONS:
        if not data.startswith(b"PK"):
            raise IngestError(f"{path}: not a .docx file (not a zip archive) — the file is damaged or misnamed")
        source = _read_docx(path)
    elif suffix in HTML_EXTENSIONS:
        source = _read_html(path, data)
    else:
        source = _read_text(path, data, "md" if suffix != ".txt" else "txt")
    return SourceText(source.path, source.kind, source.lines, source.pages, source.warnings, digest)
