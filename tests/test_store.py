import sqlite3
from pathlib import Path

import pytest

from kb.errors import IndexCorruptError, IndexMissingError, NotFoundError
from kb.models import Amount, Block, Document, Item, Link, Passage, Section
from kb.store import Store

DOC = Document(
    id="toekomstvisie", code="TV", title="Een leven lang ruimte", issuer="Gemeente Midden-Drenthe",
    level="gemeente", year=2035, doc_type="toekomstvisie", status="vastgesteld", source="corpus/000.txt",
    line_start=1, line_end=100, page_start=1, page_end=2, content_hash="abc",
)  # fmt: skip
SECTION = Section(
    id="toekomstvisie/1", document_id="toekomstvisie", ordinal=1, number=None, title="Ruimte… om te wonen",
    level=1, parent_id=None, path=("Ruimte… om te wonen",), line_start=37, line_end=54, page_start=1,
    page_end=2, char_start=10, char_end=50,
)  # fmt: skip
PASSAGE = Passage(
    id="p-1", document_id="toekomstvisie", section_id="toekomstvisie/1", section_path=("Ruimte… om te wonen",),
    ordinal=0, text="De gemeente zet sterk in op aantrekkelijk wonen voor jonge gezinnen.", line_start=40,
    line_end=41, page_start=1, page_end=1, char_start=10, char_end=80,
)  # fmt: skip
ITEM = Item(
    id="TV-GOAL-01", type="goal", text=PASSAGE.text, document_id="toekomstvisie", section_id="toekomstvisie/1",
    section_path=PASSAGE.section_path, line_start=40, line_end=41, page_start=1, page_end=1, char_start=10,
    char_end=80, amounts=(Amount(20420.0, "EUR", 2020, "per_year"),), actor="Gemeente Midden-Drenthe",
    partners=("DOM",), themes=("wonen",), passage_ids=("p-1",),
)  # fmt: skip


def _filled(tmp_path: Path) -> Store:
    store = Store.create(tmp_path)
    store.add_document(DOC, 0, "x" * 100, list(range(1, 101)), [1] * 100)
    store.add_sections([SECTION])
    store.add_blocks([Block("toekomstvisie", "toekomstvisie/1", 0, "paragraph", "tekst", 0, 5, 40, 41, 1, 1)])
    store.add_passages([PASSAGE])
    store.add_passage_tags({"p-1": ("goal", "theme:wonen")})
    store.add_items([ITEM])
    store.add_links([Link("TV-GOAL-01", "X-1", "same_topic", 0.5)])
    store.commit()
    return store


def test_round_trip_of_every_record_type(tmp_path: Path) -> None:
    _filled(tmp_path).close()
    store = Store.open(tmp_path)
    assert store.documents() == [DOC]
    assert store.sections("toekomstvisie") == [SECTION]
    assert store.passages() == [PASSAGE]
    assert store.passage("p-1") == PASSAGE
    assert store.passage_tags() == {"p-1": ("goal", "theme:wonen")}
    assert store.items() == [ITEM]
    assert store.items(theme="wonen") == [ITEM] and store.items(type="budget") == []
    assert store.links("TV-GOAL-01")[0].kind == "same_topic"
    text, lines, pages = store.document_text("toekomstvisie")
    assert len(text) == 100 and lines[:3] == (1, 2, 3) and pages is not None
    assert store.document("tv") == DOC  # by code, case-insensitive
    assert store.counts()["passages"] == 1


def test_unknown_ids_are_not_found_errors(tmp_path: Path) -> None:
    store = _filled(tmp_path)
    with pytest.raises(NotFoundError, match="toekomstvisie"):  # the message lists the known documents
        store.document("nope")
    with pytest.raises(NotFoundError):
        store.passage("p-404")
    with pytest.raises(NotFoundError):
        store.item("NOPE-1")


def test_missing_and_corrupt_databases_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="kb ingest"):
        Store.open(tmp_path / "nowhere")
    (tmp_path / "kb.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(IndexCorruptError, match="kb ingest"):
        Store.open(tmp_path)


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    _filled(tmp_path).close()
    connection = sqlite3.connect(tmp_path / "kb.sqlite")
    connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    with pytest.raises(IndexCorruptError, match="schema version 999"):
        Store.open(tmp_path)
