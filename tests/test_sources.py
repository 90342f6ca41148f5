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


def test_real_pdf_keeps_page_numbers(tmp_path, make_pdf):
    path = make_pdf(
        tmp_path / "visie.pdf",
        [
            ["1. Inleiding", "Wij vragen Gedeputeerde Staten om een programma."],
            ["2. Uitvoering", "De provincie investeert in breedband."],
        ],
    )
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
    # the printed number is the foot of its page: its page is 12 and the next text opens page 13
    assert pages[lines.index("tekst op pagina een")] == 12
    assert pages[lines.index("Hoofdstuk twee begint")] == 13
    assert pages[lines.index(" Voetnoottekst")] == 13  # the note's indented first line is no page start
    assert pages[-1] == 13  # the footnote number "1" after the rule is no page number


def test_indented_cells_right_after_a_page_start_are_not_pages():
    # 003 Bijlage 1: " Grotere projecten € 20.420,00" / " Noaberschap € 1.990,00" are indented table cells
    lines, pages = split_text_pages(" Bijlage 1\n\n Grotere projecten € 20.420,00\n\n Noaberschap € 1.990,00")
    assert pages == [1, 1, 1, 1, 1]


# Every printed page number standing alone in the corpus: (file, 1-based line, number).
PRINTED_PAGE_NUMBERS = [
    ("001_4336a2f28494eb2c.txt", 230, 12),
    ("001_4336a2f28494eb2c.txt", 234, 13),
    ("001_4336a2f28494eb2c.txt", 631, 24),
    ("001_4336a2f28494eb2c.txt", 1121, 34),
    ("003_fae134b49be5ca6a.txt", 401, 12),
    ("004_687bb01d90f8d7d4.txt", 2199, 40),
]


def _text_line_numbers(source, start: int, step: int, count: int) -> list[int]:
    """Up to `count` 1-based numbers of text lines from `start` (exclusive) going `step` (-1 up, +1 down),
    stopping at another printed page number (001 page 13 holds nothing but its number)."""
    found: list[int] = []
    index = start - 1 + step
    while 0 <= index < len(source.lines) and len(found) < count:
        if source.lines[index].strip().isdigit():
            break
        if source.lines[index].strip():
            found.append(index + 1)
        index += step
    return found


@pytest.mark.parametrize(("name", "line", "number"), PRINTED_PAGE_NUMBERS)
def test_text_around_a_printed_page_number_lies_on_that_page(name, line, number):
    """An official clicking "p. N" finds the text just above the printed N on page N, the text after on N+1."""
    source = read_source(CORPUS / name)
    assert source.pages[line - 1] == number
    for above in _text_line_numbers(source, line, -1, 3):
        assert source.pages[above - 1] == number, (name, above)
    following = next(k for k in range(line, len(source.lines)) if source.lines[k].strip())
    assert source.pages[following] == number + 1


def test_missing_pages_between_printed_numbers_are_filled_in():
    """001 counts 9 page starts between the printed 13 (l.234) and 24 (l.631): the two missing ones are taken
    from the leading-space line right under another (l.470) and the longest page (the Kompas table)."""
    source = read_source(CORPUS / "001_4336a2f28494eb2c.txt")
    assert source.pages[630] - source.pages[233] == 24 - 13
    assert source.pages[1120] - source.pages[630] == 34 - 24  # counted exactly, nothing added
    assert source.pages[469] == source.pages[468] + 1  # " Kader voor verdere uitwerking Kompas" opens a page
    pages_in_order = [page for page in source.pages if page is not None]
    assert pages_in_order == sorted(pages_in_order)


def test_pages_before_the_first_printed_number_run_on_from_it():
    source = read_source(CORPUS / "003_fae134b49be5ca6a.txt")
    # " 3. Visie op het dorpenbeleid" (l.419) opens the page after the one that starts at "Conclusie" (l.405)
    assert source.pages[404] == 13
    assert source.pages[418] == 14
    assert source.pages[0] >= 1


def test_footnote_numbers_on_their_own_line_are_not_page_numbers():
    source = read_source(CORPUS / "004_687bb01d90f8d7d4.txt")
    # "4" (l.930) follows footnote 3 at the foot of the same page; "12" (l.2967) and "14" (l.3093) likewise
    for line in (930, 2967, 3093):
        assert source.lines[line - 1].strip().isdigit()
        assert source.pages[line] == source.pages[line - 2], line  # no page break after the footnote number
    assert source.pages[2966] != 12
    # the text after footnote 14 (" Het Centraal Bureau…", l.3096) is the next page's first line
    assert source.pages[3095] == source.pages[3094] + 1


def test_a_stray_number_that_does_not_fit_the_sequence_is_ignored():
    body = "tekst\n" * 6
    pages_text = "".join(f" pagina {n}\n{body}" for n in range(1, 9))
    lines, pages = split_text_pages(pages_text + "3\n\n Volgende pagina\n" + body)
    # counted page 8 carries a "3" alone on a line: a list or note number, not page 3
    assert pages[lines.index(" pagina 8")] == 8
    assert pages[lines.index(" Volgende pagina")] == 9


def test_two_printed_numbers_calibrate_the_pages_between_them():
    body = "tekst\n\n" * 4
    text = f"Begin\n{body}10\n\n Pagina elf\n{body}Pagina twaalf\n{body}13\n\n loopt door op veertien\n{body}"
    lines, pages = split_text_pages(text)
    assert pages[lines.index("Begin")] == 10
    assert pages[lines.index(" Pagina elf")] == 11
    # one page start is missing from the count: the longest page between 10 and 13 is split
    assert pages[lines.index("Pagina twaalf")] == 12
    # a page break mid-sentence (lower case) after a number between blank lines: still a page number
    assert pages[lines.index(" loopt door op veertien")] == 14


def test_a_number_glued_to_a_sentence_that_goes_on_is_a_footnote_marker():
    # 004 l.5101-5103: "…om aan de slag te gaan" / "2" / ". CMO STAMM ondersteunt pilots samen"
    lines, pages = split_text_pages(
        " Kop\ntekst\nmeer tekst\nom aan de slag te gaan\n2\n. CMO STAMM ondersteunt pilots"
    )
    assert pages == [1] * len(lines)


def test_without_page_marks_a_long_run_of_blank_and_space_lines_is_a_page_break():
    # 000: "…dat inwoners van" (l.46), five blank/space lines, "verschillende generaties…" (l.52)
    letter = read_source(CORPUS / "000_3a1cf1ea41768c51.txt")
    assert (letter.pages[45], letter.pages[51]) == (1, 2)
    # 002 (double-spaced): "…op het spel staat." (l.61), blank/space lines 62-66, "Concreet vragen wij…" (l.67)
    response = read_source(CORPUS / "002_a01354a44ffa84c7.txt")
    assert (response.pages[60], response.pages[66]) == (1, 2)
    assert max(response.pages) == 2


def test_short_blank_runs_and_blank_runs_without_spaces_are_not_page_breaks():
    lines, pages = split_text_pages("een\n\n\n\ntwee\n\n\n\n\n\ndrie\n\nvier")
    assert pages == [1] * len(lines)  # three empty lines, then five empty lines without a line of spaces


def test_repeated_table_header_opens_a_page():
    # 004: the SWOT header " Sterkte  Zwakte  Bedreiging  Kans" (l.380) returns indented at l.533
    source = read_source(CORPUS / "004_687bb01d90f8d7d4.txt")
    assert source.pages[532] == source.pages[531] + 1
    # counter-example: a footnote text repeated in a later part (l.996 → l.5110) opens no page
    assert source.pages[5109] == source.pages[5107]


def test_a_number_far_above_the_count_is_no_page_number():
    body = "Tekst\n" * 6
    lines, pages = split_text_pages(f" Pagina een\n{body}\n\n75\n\nNog pagina een\n{body} Pagina twee\n{body}")
    # 001 shows a lead of 6 pages (printed 12 on counted page 6); 75 on page 1 is a table or list number
    assert pages[lines.index("Nog pagina een")] == 1
    assert pages[lines.index(" Pagina twee")] == 2


def test_of_two_lone_numbers_the_one_closest_to_the_count_is_the_page_number():
    body = "Tekst\n" * 6
    text = f" Pagina een\n{body}\n\n9\n\n Pagina twee\n{body}\n\n3\n\n Pagina drie\n{body}"
    lines, pages = split_text_pages(text)
    # "9" then "3" cannot both be page numbers; "3" (lead 1) is closer to the count than "9" (lead 8), and the
    # rejected "9" opens no page of its own
    assert pages[lines.index(" Pagina een")] == 2
    assert pages[lines.index(" Pagina twee")] == 3
    assert pages[lines.index(" Pagina drie")] == 4


def test_printed_numbers_hold_even_when_too_few_page_starts_lie_between_them():
    lines, pages = split_text_pages("Kop\n\n\n5\n\n Eén regel\n\n\n8\n\n Verder")
    assert pages[lines.index("Kop")] == 5
    assert pages[lines.index("8")] == 8  # three pages for one line of text: the jump falls on its page start
    assert pages[lines.index(" Verder")] == 9
