"""Source readers (I/O): .txt/.md/.pdf/.docx/.html → SourceText, the extracted lines with a page per line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kb.errors import IngestError

# A line that starts with exactly one space and then text marks the first line of a PDF page in plain-text
# extractions without form feeds (the extractor indents the first line of each page by one space).
PAGE_START_PATTERN = re.compile(r"^ \S")

MIN_PAGE_LINES = 4  # no page is shorter than this many source lines
# A printed page number alone on a line ("12", "40 ") closes its page.
PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")
# The rule of spaces above a page's footnotes; a number right after it is a footnote number, not a page number.
FOOTNOTE_RULE_LINE = re.compile(r"^[ \t]{20,}$")

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
    """Lines and a page per line: form feeds when present, else the one-leading-space page-start rule."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    pages: list[int | None] = []
    if "\f" in text:
        # pdftotext style: a form feed opens the line that starts the next page.
        page = 1
        for line in lines:
            page += line.count("\f")
            pages.append(page)
        return [line.replace("\f", "") for line in lines], pages
    # Indented table cells and detached footnote markers also start with one space; a page start within a
    # few lines of the previous one is one of those, not a page (short chapter-end pages are real, though).
    min_distance = MIN_PAGE_LINES
    page = 1
    last_start = 0
    pending = False  # a page number closed the previous page: the next text line opens a new one
    previous_text = ""
    footnote_body = False  # the line after a footnote number is the note's text, indented like a page start
    for index, line in enumerate(lines):
        if line.strip():
            indented = index > 0 and PAGE_START_PATTERN.match(line) is not None and not footnote_body
            indented_start = indented and index - last_start >= min_distance
            if indented:
                last_start = index  # measured from the previous indented line, counted or not
            if pending or indented_start:
                page += 1
                pending = False
            footnote_body = bool(PAGE_NUMBER_LINE.match(line)) and bool(FOOTNOTE_RULE_LINE.match(previous_text))
            if _closes_page(line, previous_text, lines, index):
                pending = True
        pages.append(page)
        if line.strip() or FOOTNOTE_RULE_LINE.match(line):
            previous_text = line
    return lines, pages


def _closes_page(line: str, previous_text: str, lines: list[str], index: int) -> bool:
    """A printed page number on its own line ends its page — unless it is a footnote number (right after the
    footnote rule) or a detached footnote marker (the sentence goes on in lower case or punctuation)."""
    if PAGE_NUMBER_LINE.match(line) is None or FOOTNOTE_RULE_LINE.match(previous_text):
        return False
    following = next((other for other in lines[index + 1 : index + 4] if other.strip()), "")
    return re.match(r"^\s*(?:[a-z.,;:)]|en\b)", following) is None


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


def _read_html(path: Path, data: bytes) -> SourceText:
    from bs4 import BeautifulSoup

    text, warnings = _decode(data, path)
    soup = BeautifulSoup(text, "html.parser")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    for element in soup.find_all(HTML_BLOCK_TAGS):
        if element.name == "li":
            element.insert_before("\n• ")
        else:
            element.insert_before("\n")
        element.insert_after("\n")
    raw_lines = [re.sub(r"[ \t]+", " ", line).strip() for line in soup.get_text().split("\n")]
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
