"""Reliability regressions (issue 13): every fault a clear line, one writer at a time, linear parsing, web edges.

Each test names the defect it guards against; they were written before the fix and failed on the code before it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from kb.cli import main as cli_main
from kb.errors import IndexBusyError, IndexCorruptError
from kb.knowledge import KnowledgeBase
from kb.pipeline import build, write_lock_path
from kb.settings import Settings

DOCUMENT = "1 Doelen\n\nWij streven naar voldoende betaalbare woningen voor starters in {place}.\n"


# -- 5. every fault a clear line ------------------------------------------------------------------------------


def test_an_unreadable_file_in_a_folder_is_a_report_line_not_an_abort(settings, tiny_corpus, monkeypatch):
    locked = tiny_corpus / "locked.txt"
    locked.write_text(DOCUMENT.format(place="Aa"), encoding="utf-8")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = build([tiny_corpus], settings)
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["locked.txt"].status == "error" and "Permission denied" in (by_name["locked.txt"].error or "")
    assert report.documents == 2  # the readable documents are in


def test_a_damaged_database_or_vector_file_is_a_clear_error_and_ingest_replace_repairs_it(settings, tiny_corpus):
    build([tiny_corpus], settings)
    vectors = settings.index_dir / "embeddings.npz"
    vectors.write_bytes(vectors.read_bytes()[:200])  # truncated
    with pytest.raises(IndexCorruptError, match="kb ingest --replace"):
        KnowledgeBase.open(settings).search("woningen")
    report = build([tiny_corpus], settings)  # the damaged cache is not reused, and does not stop the build
    assert report.ok and KnowledgeBase.open(settings).search("woningen").hits
    (settings.index_dir / "kb.sqlite").write_bytes(b"junk " * 100)
    with pytest.raises(IndexCorruptError, match="kb ingest --replace"):
        KnowledgeBase.open(settings)
    assert build([tiny_corpus], settings, replace=True).ok
    assert len(KnowledgeBase.open(settings).documents()) == 2


@pytest.mark.parametrize("replace", [False, True])
def test_after_a_bad_manifest_the_advised_repair_works(settings, tiny_corpus, replace):
    build([tiny_corpus], settings)
    (settings.index_dir / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="kb ingest"):
        KnowledgeBase.open(settings)
    report = build([tiny_corpus], settings, replace=replace)
    assert report.ok and len(KnowledgeBase.open(settings).documents()) == 2


def test_damage_reaches_the_cli_as_one_line_and_an_exit_code(settings, tiny_corpus, runner):
    build([tiny_corpus], settings)
    (settings.index_dir / "kb.sqlite").write_bytes(b"junk " * 100)
    result = runner.invoke(cli_main, ["search", "woningen", "--index", str(settings.index_dir)])
    assert result.exit_code == IndexCorruptError.exit_code
    assert "Traceback" not in result.output and "kb ingest --replace" in result.output


def test_two_uncatalogued_files_that_guess_the_same_id_both_get_in(settings, tmp_path):
    for folder, place in (("noord", "Noord"), ("zuid", "Zuid")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "woonvisie.txt").write_text(DOCUMENT.format(place=place), encoding="utf-8")
    report = build([tmp_path / "noord", tmp_path / "zuid"], settings)
    assert report.documents == 2, report.to_dict()
    ids = [d.id for d in KnowledgeBase.open(settings).documents()]
    assert len(set(ids)) == 2
    assert any("already used" in w for f in report.files for w in f.warnings)
    # a later build of one more such file keeps both and adds a third
    (tmp_path / "west").mkdir()
    (tmp_path / "west" / "woonvisie.txt").write_text(DOCUMENT.format(place="West"), encoding="utf-8")
    assert build([tmp_path / "west"], settings).documents == 3


def test_a_file_over_the_size_limit_is_a_report_line(settings, tiny_corpus):
    (tiny_corpus / "huge.txt").write_text("Een zin over wonen. " * 60_000, encoding="utf-8")  # 1.2 MB
    report = build([tiny_corpus], settings.replace(max_file_mb=1))
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["huge.txt"].status == "error" and "max_file_mb" in (by_name["huge.txt"].error or "")
    assert report.documents == 2


# -- 3. one writer at a time ----------------------------------------------------------------------------------


def test_a_second_writer_waits_for_the_first_and_says_so(settings, tiny_corpus):
    build([tiny_corpus], settings)
    messages: list[str] = []
    lock = FileLock(write_lock_path(settings.index_dir), thread_local=False)  # released by the timer's thread
    lock.acquire()
    timer = threading.Timer(1.0, lock.release)
    timer.start()
    try:
        report = build([tiny_corpus], settings, wait=30, notify=messages.append)
    finally:
        timer.join()
    assert report.ok and any("waiting" in m for m in messages)


def test_a_writer_that_cannot_wait_refuses_with_an_exit_code_and_changes_nothing(settings, tiny_corpus, tmp_path):
    build([tiny_corpus], settings)
    before = sorted(d.id for d in KnowledgeBase.open(settings).documents())
    extra = tmp_path / "extra.txt"
    extra.write_text(DOCUMENT.format(place="Oost"), encoding="utf-8")
    with FileLock(write_lock_path(settings.index_dir)):
        with pytest.raises(IndexBusyError, match="another `kb ingest`") as caught:
            build([extra], settings, wait=0)
    assert caught.value.exit_code == IndexBusyError.exit_code != 1
    assert sorted(d.id for d in KnowledgeBase.open(settings).documents()) == before


def test_concurrent_ingests_lose_no_document(tmp_path):
    """A full rebuild running, a second `kb ingest one.txt` started meanwhile: both documents are there after."""
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    one = tmp_path / "one.txt"
    one.write_text(DOCUMENT.format(place="Midden"), encoding="utf-8")
    env = {**os.environ, "KB_EMBEDDER": "hash", "KB_INDEX": str(tmp_path / "idx")}
    kb = [sys.executable, "-m", "kb.cli", "ingest"]
    full = subprocess.Popen([*kb, str(corpus)], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    time.sleep(1.0)  # the rebuild is starting (the one-file build, far smaller, would finish first)
    second = subprocess.run([*kb, str(one)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    output, _ = full.communicate(timeout=600)
    assert full.returncode == 0, output
    assert second.returncode == 0, second.stdout + second.stderr
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text(encoding="utf-8"))
    settings = Settings(index_dir=tmp_path / "idx", embedder="hash")
    sources = {d.source for d in KnowledgeBase.open(settings).documents()}
    assert "one.txt" in sources and len(sources) >= 6, (sources, manifest["counts"])


# -- 4. linear ingest -----------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_deeply_nested_html_parses_in_one_pass(tmp_path):
    """Nested HTML used to be parsed with tree edits per element (1.1 MB did not finish in 5 minutes)."""
    from kb.sources import read_source

    depth = 20_000
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body>"
        + "".join(f"<div><p>Alinea {i} over <b>wonen</b> &amp; zorg.</p>" for i in range(depth))
        + "</div>" * depth
        + "<script>var x = '<p>geen tekst</p>';</script></body></html>",
        encoding="utf-8",
    )
    source = read_source(page)
    text = [line for line in source.lines if line]
    assert len(text) == depth and text[0] == "Alinea 0 over wonen & zorg." and "geen tekst" not in source.text


def test_block_text_is_cut_from_its_own_lines(tmp_path):
    """Each block's text used to be found by scanning every line of the document (quadratic in its size)."""
    from kb.clean import clean_lines
    from kb.structure import build_structure

    lines = ["1 Inleiding", "", *[f"Regel {i} van een lange alinea over wonen" for i in range(3)], "", "Slot."]
    cleaned = clean_lines(lines)
    _, blocks = build_structure("d", "D", cleaned.text, cleaned.source_map, cleaned.footnotes)
    texts = [b.text for b in blocks]
    assert "Regel 0 van een lange alinea over wonen Regel 1 van een lange alinea over wonen" in " ".join(texts)
    assert texts[-1] == "Slot."


# -- 6. web edges -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/ask", "/items"])
def test_reserved_url_for_arguments_in_the_query_string_are_ignored(client, path):
    response = client.get(f"{path}?q=wonen&_method=POST&_anchor=x&_scheme=javascript&_external=1")
    assert response.status_code in (200, 302)
    assert b"javascript:" not in response.data


def test_a_forged_host_header_does_not_reach_page_links(client):
    for path in ("/search?q=wonen&_external=1", "/items?_external=1", "/api"):
        response = client.get(path, headers={"Host": "evil.example"})
        assert b"evil.example" not in response.data, path


def test_no_absolute_server_path_in_any_response(tmp_path, settings):
    """Documents ingested from outside the working directory are shown by their path under the folder given."""
    folder = tmp_path / "beleid"
    folder.mkdir()
    (folder / "woonvisie.txt").write_text(DOCUMENT.format(place="Aa"), encoding="utf-8")
    build([folder], settings)
    from web import create_app

    client = create_app(settings).test_client()
    document = KnowledgeBase.open(settings).documents()[0]
    assert document.source == "beleid/woonvisie.txt"
    for path in (
        "/api/documents",
        "/api/sources",
        "/api/stats",
        "/api/items",
        "/items/export.csv",
        "/items/export.json",
        "/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert str(tmp_path).encode() not in response.data, path
    missing = create_app(settings.replace(index_dir=tmp_path / "elsewhere" / "idx")).test_client()
    response = missing.get("/api/documents")
    assert response.status_code == 503 and str(tmp_path).encode() not in response.data
