import json
from pathlib import Path

from click.testing import CliRunner

from kb.cli import main


def _ingest(runner: CliRunner, corpus: Path, index: Path) -> None:
    result = runner.invoke(main, ["ingest", str(corpus), "--index", str(index), "--embedder", "hash", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ok"] and report["documents"] == 2


def test_ingest_documents_outline_passage(tiny_corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "idx"
    _ingest(runner, tiny_corpus, index)
    listed = json.loads(runner.invoke(main, ["documents", "--index", str(index), "--json"]).output)
    assert len(listed) == 2 and all(d["source"].endswith(".txt") for d in listed)
    doc_id = next(d["id"] for d in listed if d["source"].split("/")[-1].startswith("000_"))
    outline = runner.invoke(main, ["outline", doc_id, "--index", str(index)])
    assert outline.exit_code == 0 and "om te wonen" in outline.output
    outline_json = json.loads(runner.invoke(main, ["outline", doc_id, "--index", str(index), "--json"]).output)
    passage_id = None
    assert outline_json["sections"]
    from kb.knowledge import KnowledgeBase
    from kb.settings import load_settings

    kb = KnowledgeBase.open(load_settings(config_file=tmp_path / "none.toml", environ={}, index_dir=index))
    passage_id = kb.passages()[0].id
    shown = json.loads(runner.invoke(main, ["passage", passage_id, "--index", str(index), "--json"]).output)
    assert shown["passage"]["id"] == passage_id
    assert shown["citation"]["lines"][0] >= 1


def test_text_report_and_exit_status_for_a_bad_file(tiny_corpus: Path, tmp_path: Path) -> None:
    (tiny_corpus / "leeg.txt").write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(tiny_corpus), "--index", str(tmp_path / "idx"), "--embedder", "hash"]
    )
    assert result.exit_code == 1
    assert "leeg.txt" in result.output and "✗" in result.output
    assert "Built" in result.output


def test_missing_index_is_a_clear_message_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["documents", "--index", str(tmp_path / "nowhere")])
    assert result.exit_code == 4
    assert "kb ingest" in result.output
    assert "Traceback" not in result.output


def test_unknown_passage_is_not_found(tiny_corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "idx"
    _ingest(runner, tiny_corpus, index)
    result = runner.invoke(main, ["passage", "p-does-not-exist", "--index", str(index)])
    assert result.exit_code == 3 and "No passage" in result.output


def test_queries_use_the_model_the_index_was_built_with_unless_told_otherwise(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    index = tmp_path / "idx"
    _ingest(runner, tiny_corpus, index)  # built with --embedder hash
    found = runner.invoke(main, ["search", "wonen voor jonge gezinnen", "--index", str(index), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["hits"]
    mismatch = runner.invoke(main, ["search", "wonen", "--index", str(index), "--embedder", "e5"])
    assert mismatch.exit_code == 6 and "Traceback" not in mismatch.output
