import json
import shutil
from pathlib import Path

import pytest

from kb import pipeline
from kb.knowledge import KnowledgeBase
from kb.pipeline import build
from kb.settings import Settings
from kb.store import SCHEMA_VERSION


def test_builds_a_knowledge_base_with_manifest(settings: Settings, tiny_corpus: Path) -> None:
    report = build([tiny_corpus], settings)
    assert report.ok, report.to_dict()
    assert report.documents == 2 and report.passages > 0 and report.sections > 0
    manifest = json.loads((settings.index_dir / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == 2
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["corpus_hash"]
    kb = KnowledgeBase.open(settings)
    titles = {d.title for d in kb.documents()}
    assert any("leven lang ruimte" in t for t in titles)


def test_bad_inputs_are_reported_and_the_rest_is_ingested(settings: Settings, tiny_corpus: Path) -> None:
    (tiny_corpus / "empty.txt").write_text("", encoding="utf-8")
    (tiny_corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tiny_corpus / "notes.xyz").write_text("Iets", encoding="utf-8")
    duplicate = next(tiny_corpus.glob("002_*.txt"))
    shutil.copy(duplicate, tiny_corpus / "copy_of_002.txt")
    report = build([tiny_corpus], settings)
    statuses = {Path(f.path).name: f for f in report.files}
    assert statuses["empty.txt"].status == "error" and "empty" in (statuses["empty.txt"].error or "").lower()
    assert statuses["binary.txt"].status == "error"
    assert statuses["notes.xyz"].status == "error" and ".xyz" in (statuses["notes.xyz"].error or "")
    assert [f.status for f in report.files].count("duplicate") == 1
    assert not report.ok
    assert report.documents == 2  # both real documents are in, the duplicate only once


def test_a_failed_file_loses_nothing_already_stored(settings: Settings, tiny_corpus: Path, tmp_path: Path) -> None:
    build([tiny_corpus], settings)
    before = KnowledgeBase.open(settings).passages()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage that is not a pdf")
    report = build([broken], settings)
    assert not report.ok and report.files[0].status == "error"
    after = KnowledgeBase.open(settings)
    assert [p.id for p in after.passages()] == [p.id for p in before]
    assert len(report.kept_documents) == 2


def test_an_interrupted_build_leaves_the_previous_knowledge_base_intact(
    settings: Settings, tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build([tiny_corpus], settings)
    ids = [p.id for p in KnowledgeBase.open(settings).passages()]

    def explode(*args: object, **kwargs: object) -> dict:
        raise KeyboardInterrupt("interrupted while embedding")

    monkeypatch.setattr(pipeline, "_build_search_index", explode)
    with pytest.raises(KeyboardInterrupt):
        build([tiny_corpus], settings, replace=True)
    assert [p.id for p in KnowledgeBase.open(settings).passages()] == ids
    assert not list(settings.index_dir.parent.glob(".idx.building-*"))


def test_rebuild_keeps_ids_and_if_stale_skips_unchanged_inputs(settings: Settings, tiny_corpus: Path) -> None:
    build([tiny_corpus], settings)
    first = [p.id for p in KnowledgeBase.open(settings).passages()]
    assert build([tiny_corpus], settings, if_stale=True).skipped_build
    rebuilt = build([tiny_corpus], settings)
    assert not rebuilt.skipped_build
    assert [p.id for p in KnowledgeBase.open(settings).passages()] == first
    target = next(tiny_corpus.glob("000_*.txt"))
    target.write_text(target.read_text(encoding="utf-8") + "\nEen nieuwe alinea over glasvezel.\n", encoding="utf-8")
    assert not build([tiny_corpus], settings, if_stale=True).skipped_build


def test_reingesting_a_folder_removes_documents_whose_file_is_gone(settings: Settings, tiny_corpus: Path) -> None:
    build([tiny_corpus], settings)
    next(tiny_corpus.glob("002_*.txt")).unlink()
    report = build([tiny_corpus], settings)
    assert len(report.removed_documents) == 1
    assert report.documents == 1


def test_a_folder_without_documents_builds_nothing(settings: Settings, tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    report = build([empty], settings)
    assert not report.ok
    assert any("no documents" in p for p in report.problems)
    assert not (settings.index_dir / "manifest.json").exists()


def test_unchanged_files_are_not_parsed_again(
    settings: Settings, tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = build([tiny_corpus], settings)
    ids = [p.id for p in KnowledgeBase.open(settings).passages()]
    items = [i.id for i in KnowledgeBase.open(settings).items()]
    from kb import ingest

    def must_not_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(ingest, "parse_file", must_not_parse)
    again = build([tiny_corpus], settings)
    assert again.ok and {f.status for f in again.files} == {"unchanged"}
    assert again.passages == first.passages
    kb = KnowledgeBase.open(settings)
    assert [p.id for p in kb.passages()] == ids
    assert [i.id for i in kb.items()] == items


def test_every_stored_passage_and_item_is_in_its_cited_source_lines(corpus_kb: KnowledgeBase) -> None:
    """What a user does with a citation: open the source file at the cited lines and find the quoted words."""
    import re

    from tests.conftest import REPO

    def words(text: str) -> str:
        return "".join(w.lower() for w in re.findall(r"[^\W_]+", text))

    def in_order(needle: str, haystack: str) -> bool:
        position = 0
        for word in re.findall(r"[^\W_]+", needle.lower()):
            found = haystack.find(word, position)
            if found < 0:
                return False
            position = found + len(word)
        return True

    sources: dict[str, list[str]] = {}
    failures = []
    records = [(p.document_id, p.line_start, p.line_end, p.text) for p in corpus_kb.passages()]
    records += [(i.document_id, i.line_start, i.line_end, i.text) for i in corpus_kb.items()]
    for document_id, line_start, line_end, text in records:
        source = corpus_kb.document(document_id).source
        lines = sources.setdefault(source, (REPO / source).read_text(encoding="utf-8").splitlines(keepends=True))
        if not in_order(text, words("".join(lines[line_start - 1 : line_end]))):
            failures.append((document_id, line_start, line_end, text[:60]))
    assert len(records) > 800
    assert failures == []


def test_two_documents_with_the_same_code_get_distinct_item_ids(settings, tmp_path):
    """Item ids start with the document's code: a second document with a code already in use gets the next free
    one (and the report says so) instead of the build failing on duplicate item ids."""
    from kb.knowledge import KnowledgeBase

    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(
            f"1 Doelen\n\nWij streven naar een leefbare gemeente {name} met voldoende woningen voor iedereen.\n",
            encoding="utf-8",
        )
        (folder / "catalogue.toml").write_text(
            f'[[file]]\nfile = "{name}.txt"\n\n[[file.documents]]\n'
            f'id = "nota-{name}"\ncode = "NOTA"\ntitle = "Nota {name}"\n',
            encoding="utf-8",
        )
    report = build([tmp_path / "a", tmp_path / "b"], settings)
    assert report.ok, report.to_dict()
    assert any("also used by nota-a" in w for f in report.files for w in f.warnings)
    kb = KnowledgeBase.open(settings)
    assert {d.code for d in kb.documents()} == {"NOTA", "NOTA2"}
    ids = [i.id for i in kb.items()]
    assert len(ids) == len(set(ids)) >= 2
    # a later build that adds a third such document does not collide with the ones it keeps
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "c.txt").write_text(
        "1 Doelen\n\nWij streven naar schone lucht in alle wijken.\n", encoding="utf-8"
    )
    (tmp_path / "c" / "catalogue.toml").write_text(
        '[[file]]\nfile = "c.txt"\n\n[[file.documents]]\nid = "nota-c"\ncode = "NOTA"\ntitle = "Nota c"\n',
        encoding="utf-8",
    )
    assert build([tmp_path / "c"], settings).ok
    assert {d.code for d in KnowledgeBase.open(settings).documents()} == {"NOTA", "NOTA2", "NOTA3"}


def test_an_index_of_another_schema_or_broken_is_rebuilt_from_scratch(settings, tiny_corpus):
    """An old or damaged knowledge base must not stop `kb ingest` (the advised repair): the build starts anew,
    says so, and swaps the new one in only when it is complete."""
    build([tiny_corpus], settings)
    manifest = settings.index_dir / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["schema_version"] = 0
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match="schema version"):
        KnowledgeBase.open(settings)
    report = build([tiny_corpus], settings)
    assert report.ok and report.documents == 2 and "anew" in " ".join(report.notices)
    assert len(KnowledgeBase.open(settings).documents()) == 2
    (settings.index_dir / "kb.sqlite").write_bytes(b"junk, not a database")
    assert build([tiny_corpus], settings).ok
    assert len(KnowledgeBase.open(settings).documents()) == 2
