"""parse_file: the contract the pipeline relies on — documents per file, source spans, warnings, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.catalogue import empty_catalogue, load_catalogue
from kb.errors import IngestError
from kb.ingest import ingest_text, parse_file
from kb.models import DocumentMeta

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_the_corpus_holds_seven_documents():
    catalogue = load_catalogue(CORPUS / "catalogue.toml")
    documents = []
    for path in sorted(CORPUS.glob("*.txt")):
        parsed, warnings = parse_file(path, catalogue, f"corpus/{path.name}")
        assert warnings == []
        documents.extend(parsed)
    assert len(documents) == 7
    agenda = documents[-1]
    assert agenda.document.id == "uitvoeringsagenda-krimp-leefbaarheid-2016-2017"
    assert (agenda.document.line_start, agenda.document.line_end) == (3920, 5524)
    assert agenda.document.source == "corpus/004_687bb01d90f8d7d4.txt"
    # line numbers are counted in the source file, also for the third document in a file
    assert all(3920 <= p.line_start <= p.line_end <= 5524 for p in agenda.passages)


def test_file_without_catalogue_entry_is_ingested_with_guessed_metadata(tmp_path):
    path = tmp_path / "nieuw.txt"
    shutil.copy(CORPUS / "000_3a1cf1ea41768c51.txt", path)
    parsed, warnings = parse_file(path, empty_catalogue(), "nieuw.txt")
    assert len(parsed) == 1
    assert parsed[0].document.guessed
    assert parsed[0].document.title == "Midden-Drenthe: een leven lang ruimte"
    assert any("no catalogue entry" in w for w in warnings)
    assert parsed[0].passages


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.txt", b"", "empty"),
        ("binair.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("kapot.pdf", b"%PDF-1.7\n\xff\xfe garbage", "PDF"),
        ("data.bin", b"hello", "unsupported"),
    ],
)
def test_unreadable_files_raise_ingest_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        parse_file(path, empty_catalogue(), name)


def test_pdf_passages_cite_pages(tmp_path, make_pdf):
    path = make_pdf(
        tmp_path / "nota.pdf",
        [
            [
                "1. Inleiding",
                "De gemeente wil samen met inwoners de leefbaarheid verbeteren.",
                "Daarvoor werken we met dorpsbelangen en het dorpenoverleg.",
                "Elk dorp krijgt een vaste contactpersoon bij de gemeente.",
                "Dorpsvisies worden elke zes jaar bijgewerkt.",
                "Zo houden we de dorpen vitaal en leefbaar.",
            ],
            ["2. Financiën", "Wij reserveren jaarlijks € 20.420,00 voor het dorpenoverleg."],
        ],
    )
    parsed, _ = parse_file(path, empty_catalogue(), "nota.pdf")
    passages = parsed[0].passages
    money = next(p for p in passages if "20.420,00" in p.text)
    assert (money.page_start, money.page_end) == (2, 2)
    assert money.section_path == ("2 Financiën",)


def test_ingest_text_maps_passages_to_lines():
    text = "Titel van de nota\n\n1. Aanleiding\n\nDe provincie investeert in breedband.\nDat is nodig.\n"
    parsed = ingest_text(text, DocumentMeta(id="nota", code="NOT", title="Nota"))
    passage = parsed.passages[-1]
    assert passage.text == "De provincie investeert in breedband. Dat is nodig."
    assert (passage.line_start, passage.line_end) == (5, 6)
    assert passage.section_path == ("1 Aanleiding",)
