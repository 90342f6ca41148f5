"""The read side's contract: every edge (CLI, /api, exports) gives the same records and the same errors, and the
write side re-tags every file when the code that produces items changes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import click
import pytest

from kb.cli import main
from kb.export import export_register
from kb.filters import MAX_K, MAX_QUERY_CHARS

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and (main.commands[command].help or "").split("\n")[0][:20] in result.output


def test_cli_filter_options_are_generated_from_the_registry():
    from kb.filters import ITEMS, PASSAGES, filters_for

    def options(command: str) -> set[str]:
        return {o for p in main.commands[command].params if isinstance(p, click.Option) for o in p.opts}

    for command, scope in (("search", PASSAGES), ("ask", PASSAGES), ("items", ITEMS), ("export", ITEMS)):
        assert {f"--{f.name}" for f in filters_for(scope)} <= options(command), command


def test_items_filter_by_who_acts_and_who_is_addressed(kb_cli, client):
    # "who is asked": the requests to GS are asked of Gedeputeerde Staten by Provinciale Staten
    asked = json.loads(kb_cli("items", "--addressee", "gedeputeerde staten", "--json").output)
    assert asked and all("gedeputeerde staten" in (r["addressee"] or "").lower() for r in asked)
    by_states = json.loads(kb_cli("items", "--type", "request_gs", "--actor", "Provinciale Staten", "--json").output)
    all_requests = json.loads(kb_cli("items", "--type", "request_gs", "--json").output)
    assert by_states and len(by_states) == len(all_requests)
    api = client.get("/api/items", query_string={"addressee": "Gedeputeerde Staten"}).get_json()
    assert (
        api["total"] == len(asked) and [r["id"] for r in api["items"]] == [r["id"] for r in asked][: len(api["items"])]
    )
    # counter-example: a party nobody names filters everything out
    assert json.loads(kb_cli("items", "--actor", "Ministerie van Defensie", "--json").output) == []


def test_the_same_item_has_the_same_record_at_every_edge(kb_cli, client, corpus_kb):
    listed = json.loads(kb_cli("items", "--type", "budget", "--document", "DBM", "--json").output)
    assert listed, "no budget items in the Dorpenbeleid"
    api = client.get("/api/items", query_string={"type": "budget", "document": "DBM"}).get_json()["items"]
    buffer = io.BytesIO()
    export_register(corpus_kb, "json", buffer, {"type": "budget", "document": "DBM"})
    exported = json.loads(buffer.getvalue())["items"]
    assert len(listed) == len(api) == len(exported)
    for record, from_api, from_export in zip(listed, api, exported, strict=True):
        assert {k: v for k, v in from_api.items() if k != "link_count"} == record
        assert {k: v for k, v in from_export.items() if k != "links"} == record
        one = client.get(f"/api/items/{record['id']}").get_json()["item"]
        assert {k: v for k, v in one.items() if k != "link_count"} == record
        # the fields scripts use since the first release
        assert {"id", "type", "text", "document", "section", "lines", "pages", "parent"} <= set(record)
        assert record["citation"]["lines"] == record["lines"] and record["document"]["source"].startswith("corpus/")


def test_search_hits_carry_their_citation_at_every_edge(kb_cli, client):
    cli = json.loads(kb_cli("search", "dorpshuizen", "-k", "4", "--json").output)
    api = client.get("/api/search", query_string={"q": "dorpshuizen", "k": 4}).get_json()
    assert cli == {k: v for k, v in api.items() if k != "facets"}  # the page's facets are the API's extra
    for hit in api["hits"]:
        citation = hit["citation"]
        assert citation["passage_id"] == hit["passage_id"] and citation["lines"] == hit["lines"]
        assert citation["document"] == hit["document"] and citation["text"]


def _cli_error(kb_cli, *args: str) -> str:
    result = kb_cli(*args)
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    return result.output.strip().removeprefix("Error: ")


def _api_error(client, path: str, **query: object) -> str:
    response = client.get(path, query_string=query)
    assert response.status_code == 400, response.get_data(as_text=True)
    return str(response.get_json()["error"]["message"])


@pytest.mark.parametrize(
    ("cli_args", "api_path", "query"),
    [
        (("search", "x" * (MAX_QUERY_CHARS + 1)), "/api/search", {"q": "x" * (MAX_QUERY_CHARS + 1)}),
        (("search", "   "), "/api/search", {"q": "   "}),
        (("search", "wonen", "-k", "0"), "/api/search", {"q": "wonen", "k": 0}),
        (("search", "wonen", "-k", str(MAX_K + 1)), "/api/search", {"q": "wonen", "k": MAX_K + 1}),
        (("search", "wonen", "-k", "tien"), "/api/search", {"q": "wonen", "k": "tien"}),
        (("ask", "wonen", "--level", "wereld"), "/api/ask", {"q": "wonen", "level": "wereld"}),
        (("search", "wonen", "--year", "twintig"), "/api/search", {"q": "wonen", "year": "twintig"}),
        (("search", "wonen", "--section", "9.9.9"), "/api/search", {"q": "wonen", "section": "9.9.9"}),
        (("items", "--type", "wens"), "/api/items", {"type": "wens"}),
        (("items", "--document", "nope"), "/api/items", {"document": "nope"}),
        (("items", "--theme", "x" * 201), "/api/items", {"theme": "x" * 201}),
    ],
)
def test_bad_input_gets_the_same_message_at_every_edge(kb_cli, client, cli_args, api_path, query):
    assert _cli_error(kb_cli, *cli_args) == _api_error(client, api_path, **query)


def test_editing_a_rule_table_retags_every_file(settings, tiny_corpus, tmp_path, monkeypatch):
    """The parse fingerprint covers the code that produces items, found from its imports: an edit to the rule
    tables (here: a copy of the package) makes the next build parse and tag every file again."""
    from kb import pipeline

    package = tmp_path / "kb"
    shutil.copytree(REPO / "kb", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pipeline, "CODE_ROOT", package)
    hashed = {p.relative_to(package).as_posix() for p in pipeline.parse_code_files()}
    assert {"tags/rules.py", "tags/tagger.py", "amounts.py", "lexicon.py", "structure.py", "models.py"} <= hashed

    first = pipeline.build([tiny_corpus], settings)
    assert {f.status for f in first.files} == {"ok"}
    again = pipeline.build([tiny_corpus], settings)
    assert {f.status for f in again.files} == {"unchanged"}

    rules = package / "tags" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a reviewer's edit\n", encoding="utf-8")
    edited = pipeline.build([tiny_corpus], settings)
    assert {f.status for f in edited.files} == {"ok"}, [(f.path, f.status) for f in edited.files]


def test_opening_a_knowledge_base_does_not_repair_anything(settings, tiny_corpus):
    """Repairing an interrupted build is the write side's job: the read side only reads."""
    from kb.knowledge import KnowledgeBase
    from kb.pipeline import build

    build([tiny_corpus], settings)
    leftover = settings.index_dir.parent / f".{settings.index_dir.name}.building-999999999"
    leftover.mkdir()
    KnowledgeBase.open(settings).close()
    assert leftover.is_dir()
    build([tiny_corpus], settings)
    assert not leftover.exists()


def test_search_pages_past_the_first_ten_with_a_total(client, corpus_kb):
    first = client.get("/api/search", query_string={"q": "leefbaarheid kleine kernen", "k": 5}).get_json()
    second = client.get("/api/search", query_string={"q": "leefbaarheid kleine kernen", "k": 5, "page": 2}).get_json()
    assert first["total"] >= 10 and first["pages"] >= 2 and second["page"] == 2
    assert [h["rank"] for h in second["hits"]] == [6, 7, 8, 9, 10]
    whole = corpus_kb.search("leefbaarheid kleine kernen", k=10).hits
    assert [h["passage_id"] for h in first["hits"] + second["hits"]] == [h.passage.id for h in whole]
    page = client.get("/", query_string={"q": "leefbaarheid kleine kernen", "k": 5}).get_data(as_text=True)
    assert 'rel="next"' in page and "passages gevonden" in page


def test_search_and_answer_give_the_same_strength_verdict(corpus_kb):
    for question in (
        "Hoeveel kost een ruimtereis naar de maan?",
        "Welke verzoeken aan Gedeputeerde Staten gaan over landbouw?",
    ):
        found = corpus_kb.search(question)
        answer = corpus_kb.ask(question)
        assert found.weak == answer.weak
    assert corpus_kb.search("Hoeveel kost een ruimtereis naar de maan?").note
    # the verdict is about the question: every page of its results carries the first page's
    for question in ("Hoeveel kost een ruimtereis naar de maan?", "mantelzorg ouderen", "dorpshuizen"):
        pages = [corpus_kb.search(question, k=5, page=page) for page in (1, 2, 3)]
        assert len({(found.weak, found.note) for found in pages}) == 1
