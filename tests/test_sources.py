"""Source readers: every supported format yields lines with pages; every bad input is a clear IngestError."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.errors import IngestError
from kb.sources import read_source, split_text_pages

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_txt_lines_are_source_lines():
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    # line numbers in citations are file line numbers: line 466 is the first request bullet
    assert source.lines[465].startswith("•\t Werk het Kompas verder uit")
    assert len(source.lines) == 1639  # no trailing newline: the last line is a single space
    assert len(source.pages) == len(source.lines)


def test_page_start_rule_counts_pages_from_leading_space():
    lines, pages = split_text_pages(
        " Titel\ntekst\nmeer\n\n Tweede pagina begint\nmeer tekst\n  twee spaties geen pagina"
    )
    assert pages == [1, 1, 1, 1, 2, 2, 2]
    assert lines[4] == " Tweede pagina begint"


def test_form_feeds_win_over_leading_spaces():
    lines, pages = split_text_pages("een\n twee\n\fdrie\nvier")
    assert pages == [1, 1, 2, 2]
    assert lines[2] == "drie"


def test_empty_file(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(IngestError, match="empty"):
        read_source(path)


def test_binary_file(tmp_path):
    path = tmp_path / "plaatje.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(IngestError, match="binary"):
        read_source(path)


def test_undecodable_text(tmp_path):
    path = tmp_path / "rommel.txt"
    path.write_bytes(bytes(range(0x80, 0xA0)) * 40)
    with pytest.raises(IngestError, match="decode"):
        read_source(path)


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Financiën en het “Kompas” — € 250,00\n".encode("cp1252"))
    source = read_source(path)
    assert source.lines[0] == "Financiën en het “Kompas” — € 250,00"
    assert any("cp1252" in warning for warning in source.warnings)


def test_unknown_extension(tmp_path):
    path = tmp_path / "tabel.xlsx"
    path.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(IngestError, match="unsupported file type"):
        read_source(path)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.4\n\x13\x37 garbage garbage\n%%EOF")
    with pytest.raises(IngestError, match="PDF"):
        read_source(path)


def test_pdf_without_header(tmp_path):
    path = tmp_path / "nep.pdf"
    path.write_bytes(b"dit is geen pdf")
    with pytest.raises(IngestError, match="not a PDF"):
        read_source(path)


def test_real_pdf_keeps_page_numbers(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "visie.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 800, "1. Inleiding")
    pdf.drawString(72, 780, "Wij vragen Gedeputeerde Staten om een programma.")
    pdf.showPage()
    pdf.drawString(72, 800, "2. Uitvoering")
    pdf.drawString(72, 780, "De provincie investeert in breedband.")
    pdf.save()
    source = read_source(path)
    text_pages = {line.strip(): page for line, page in zip(source.lines, source.pages, strict=True) if line.strip()}
    assert text_pages["1. Inleiding"] == 1
    assert text_pages["2. Uitvoering"] == 2
    assert text_pages["De provincie investeert in breedband."] == 2


def test_docx(tmp_path):
    import docx

    path = tmp_path / "nota.docx"
    document = docx.Document()
    document.add_paragraph("1. Inleiding")
    document.add_paragraph("De gemeente wil bijdragen aan dorpsvisies.")
    document.save(str(path))
    source = read_source(path)
    assert "De gemeente wil bijdragen aan dorpsvisies." in source.lines
    assert source.pages[0] is None


def test_corrupt_docx(tmp_path):
    path = tmp_path / "kapot.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError, match="docx"):
        read_source(path)


def test_html_block_elements_become_lines(tmp_path):
    path = tmp_path / "pagina.html"
    path.write_text(
        "<html><head><style>p {}</style></head><body><h1>Visie</h1><p>Eerste alinea.</p>"
        "<ul><li>punt een</li><li>punt twee</li></ul><script>x()</script></body></html>",
        encoding="utf-8",
    )
    source = read_source(path)
    assert [line for line in source.lines if line][:4] == ["Visie", "Eerste alinea.", "• punt een", "• punt twee"]
    assert not any("x()" in line for line in source.lines)


def test_markdown_is_text(tmp_path):
    path = tmp_path / "notitie.md"
    path.write_text("# Titel\n\nTekst.\n", encoding="utf-8")
    assert read_source(path).lines == ("# Titel", "", "Tekst.")


def test_printed_page_number_closes_a_page_but_a_footnote_number_does_not():
    text = "tekst op pagina een\n\n12\n\nHoofdstuk twee begint\n" + " " * 54 + "\n1\n Voetnoottekst\nmeer"
    lines, pages = split_text_pages(text)
    assert pages[lines.index("Hoofdstuk twee begint")] == 2
    assert pages[lines.index(" Voetnoottekst")] == 2  # the note's indented first line is no page start


def test_indented_cells_right_after_a_page_start_are_not_pages():
    # 003 Bijlage 1: " Grotere projecten € 20.420,00" / " Noaberschap € 1.990,00" are indented table cells
    lines, pages = split_text_pages(" Bijlage 1\n\n Grotere projecten € 20.420,00\n\n Noaberschap € 1.990,00")
    assert pages == [1, 1, 1, 1, 1]


def test_page_estimates_agree_with_printed_page_numbers_of_001():
    """Measured: between the printed numbers 24 (l.631) and 34 (l.1121) the estimate counts exactly 10 pages."""
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    assert source.pages[1120] - source.pages[630] == 34 - 24
