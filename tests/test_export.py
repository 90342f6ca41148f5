"""Register export: every format read back with its own reader, the filters, the guards, the CLI and the web."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.errors import UsageError
from kb.export import (
    COLUMNS,
    amount_text,
    collect,
    export_filename,
    export_register,
    guard_formula,
    render_csv,
    render_reqif,
    render_xlsx,
)
from kb.models import Amount

# A real budget line with a euro amount (Beleidsnota Dorpenbeleid Midden-Drenthe, § 5.4).
EURO_TEXT = "De jaarlijkse bijdrage van € 20.420,00 aan het DOM"


@pytest.fixture(scope="module")
def register(corpus_kb):
    return collect(corpus_kb)


@pytest.fixture(scope="module")
def reqif_bundle(corpus_kb, tmp_path_factory):
    from reqif.parser import ReqIFParser

    path = tmp_path_factory.mktemp("reqif") / "register.reqif"
    export_register(corpus_kb, "reqif", path)
    return ReqIFParser.parse(str(path))


def _export(corpus_kb, fmt: str, **filters) -> bytes:
    buffer = io.BytesIO()
    export_register(corpus_kb, fmt, buffer, filters)
    return buffer.getvalue()


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


# -- csv ---------------------------------------------------------------------------------------------------


def test_csv_has_a_bom_semicolons_and_one_row_per_item_with_its_citation(corpus_kb):
    data = _export(corpus_kb, "csv")
    assert data.startswith("\ufeff".encode())  # Excel reads it as UTF-8 only with the BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    items = corpus_kb.items()
    assert len(rows) == len(items)
    assert tuple(rows[0]) == COLUMNS
    euro = next(row for row in rows if row["text"].startswith(EURO_TEXT))
    item = corpus_kb.item(euro["id"])
    citation = corpus_kb.item_citation(item)
    assert euro["text"] == item.text
    assert euro["amounts"] == "€ 20.420,00 per jaar"
    assert (int(euro["line_start"]), int(euro["line_end"])) == citation.lines
    assert euro["source"] == citation.source and euro["section"] == citation.section
    assert euro["document_title"] == citation.document_title


def test_csv_links_column_names_both_directions(corpus_kb, register):
    link = register.links[0]
    rows = {
        r["id"]: r for r in csv.DictReader(io.StringIO(_export(corpus_kb, "csv").decode("utf-8-sig")), delimiter=";")
    }
    assert f"{link.kind} → {link.target_id}" in rows[link.source_id]["links"]
    if link.target_id in rows:
        assert f"{link.kind} ← {link.source_id}" in rows[link.target_id]["links"]


def test_formula_guard_prefixes_cells_a_spreadsheet_would_run():
    assert guard_formula("-193.750") == "'-193.750"  # an amount column in the krimp budget table
    assert guard_formula('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert guard_formula("+31 6") == "'+31 6" and guard_formula("@SUM(A1)") == "'@SUM(A1)"
    assert guard_formula("€ 20.420,00") == "€ 20.420,00"  # counter-example: ordinary text is untouched
    assert guard_formula(12) == 12


def test_csv_and_xlsx_never_hand_a_formula_to_the_spreadsheet(register):
    from openpyxl import load_workbook

    first = register.items[0]
    evil = dataclasses.replace(first, text="=1+1", actor="-193.750")
    crafted = dataclasses.replace(register, items=(evil,), links=())
    row = next(csv.DictReader(io.StringIO(render_csv(crafted).decode("utf-8-sig")), delimiter=";"))
    assert row["text"] == "'=1+1" and row["actor"] == "'-193.750"
    sheet = load_workbook(io.BytesIO(render_xlsx(crafted)))["Items"]
    text_cell = sheet.cell(row=2, column=COLUMNS.index("text") + 1)
    assert text_cell.value == "=1+1" and text_cell.data_type == "s"  # a string cell, shown as written


def test_amounts_read_the_dutch_way():
    assert amount_text(Amount(20420.0, year=2019)) == "€ 20.420,00 (2019)"
    assert amount_text(Amount(-193750.0, kind="row")) == "€ -193.750,00"
    assert amount_text(Amount(1000.0, currency="NLG", kind="total")) == "ƒ 1.000,00 totaal"


# -- xlsx --------------------------------------------------------------------------------------------------


def test_xlsx_has_items_links_documents_and_about_sheets(corpus_kb, register):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(_export(corpus_kb, "xlsx", document="DBM")))
    assert book.sheetnames == ["Items", "Links", "Documents", "About"]
    items = book["Items"]
    header = [c.value for c in items[1]]
    assert header[: len(COLUMNS)] == list(COLUMNS) and header[-2:] == ["amount_value", "amount_currency"]
    assert items.freeze_panes == "A2" and items.auto_filter.ref
    dbm = corpus_kb.items({"document": "DBM"})
    assert items.max_row - 1 == len(dbm)
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in items.iter_rows(min_row=2, values_only=True)}
    euro = next(r for r in rows.values() if r["text"].startswith(EURO_TEXT))
    assert euro["amount_value"] == 20420.0 and euro["amount_currency"] == "EUR"  # a number to sum
    several = next((i for i in dbm if len(i.amounts) > 1), None)
    if several is not None:
        assert rows[several.id]["amount_value"] is None  # no single number for a line with two amounts
    links = list(book["Links"].iter_rows(min_row=2, values_only=True))
    ids = {i.id for i in dbm}
    expected = [k for k in corpus_kb.links() if k.source_id in ids or k.target_id in ids]
    assert len(links) == len(expected)
    for source, _kind, target, _score, source_text, target_text in links:
        assert source_text == corpus_kb.item(source).text and target_text == corpus_kb.item(target).text
    documents = list(book["Documents"].iter_rows(min_row=2, values_only=True))
    assert [d[0] for d in documents] == ["dorpenbeleid-midden-drenthe-2020-2026"]
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["filters"] == "document=dorpenbeleid-midden-drenthe-2020-2026"
    assert about["built"] == corpus_kb.manifest["built_at"] and about["items"] == len(dbm)


# -- json --------------------------------------------------------------------------------------------------


def test_json_holds_the_kb_items_records_plus_links(corpus_kb):
    index = str(corpus_kb.index_dir)
    listed = json.loads(_run("items", "--json", "--type", "budget", "--index", index).stdout)
    data = json.loads(_export(corpus_kb, "json", type="budget"))
    assert set(data) == {"schema_version", "kb", "filters", "documents", "items", "linked_items", "links"}
    named = {i["id"] for i in data["items"]} | {i["id"] for i in data["linked_items"]}
    assert all(link["source"] in named and link["target"] in named for link in data["links"])  # every link resolves
    assert all(i["text"] for i in data["linked_items"])
    assert data["filters"] == {"type": "budget"} and data["kb"]["built"] == corpus_kb.manifest["built_at"]
    assert len(data["items"]) == len(listed) > 0
    for record, exported in zip(listed, data["items"], strict=True):
        assert {k: exported[k] for k in record} == record  # the same item shape, plus links and citation
    ids = {i["id"] for i in data["items"]}
    for link in data["links"]:
        assert link["source"] in ids or link["target"] in ids
        side = link["source"] if link["source"] in ids else link["target"]
        record = next(i for i in data["items"] if i["id"] == side)
        assert any(own["kind"] == link["kind"] for own in record["links"])


# -- reqif -------------------------------------------------------------------------------------------------


def _values(bundle, spec_object) -> dict[str, str]:
    names = {}
    spec_type = bundle.get_spec_object_type_by_ref(spec_object.spec_object_type)
    for definition in spec_type.attribute_definitions:
        names[definition.identifier] = definition.long_name
    return {names[a.definition_ref]: a.value for a in spec_object.attributes}


def test_reqif_parses_with_objects_relations_and_one_specification_per_document(corpus_kb, reqif_bundle):
    content = reqif_bundle.core_content.req_if_content
    items = [o for o in content.spec_objects if o.spec_object_type == "kb-item-type"]
    assert len(items) == len(corpus_kb.items())
    assert len(content.spec_relations) == len(corpus_kb.links())
    with_items = {i.document_id for i in corpus_kb.items()}
    assert {s.long_name for s in content.specifications} == {
        d.title for d in corpus_kb.documents() if d.id in with_items
    }
    kinds = {t.long_name for t in content.spec_types if type(t).__name__ == "ReqIFSpecRelationType"}
    assert kinds == {link.kind for link in corpus_kb.links()}


def test_reqif_relation_points_at_the_linked_items(corpus_kb, reqif_bundle):
    link = corpus_kb.links()[0]
    relations = reqif_bundle.core_content.req_if_content.spec_relations
    found = [r for r in relations if r.relation_type_ref == f"kb-link-{link.kind}"]

    def foreign_id(ref: str) -> str:
        return _values(reqif_bundle, reqif_bundle.get_spec_object_by_ref(ref))["ReqIF.ForeignID"]

    ends = {(foreign_id(r.source), foreign_id(r.target)) for r in found}
    assert (link.source_id, link.target_id) in ends


def test_reqif_item_carries_its_attributes_and_sits_under_its_section(corpus_kb, reqif_bundle):
    item = next(i for i in corpus_kb.items() if i.text.startswith(EURO_TEXT))
    citation = corpus_kb.item_citation(item)
    spec_object = reqif_bundle.get_spec_object_by_ref(f"kb-item-{item.id}")
    values = _values(reqif_bundle, spec_object)
    assert values["ReqIF.Text"] == item.text  # € and quotes survive the XML round trip
    assert values["Type"] == "budget" and values["Amounts"] == "€ 20.420,00 per jaar"
    assert values["Source lines"] == f"{citation.source}:{citation.lines[0]}-{citation.lines[1]}"
    assert values["Section"] == citation.section and values["Document"] == citation.document_title
    assert _chapters_above(reqif_bundle, spec_object.identifier) == list(item.section_path)


def _chapters_above(bundle, object_id: str) -> list[str]:
    """The ReqIF.ChapterName of every SPEC-HIERARCHY node above the one that holds `object_id`."""

    def walk(nodes, trail):
        for node in nodes or []:
            if node.spec_object == object_id:
                return trail
            name = _values(bundle, bundle.get_spec_object_by_ref(node.spec_object)).get("ReqIF.ChapterName")
            found = walk(node.children, [*trail, name])
            if found is not None:
                return found
        return None

    for specification in bundle.core_content.req_if_content.specifications:
        found = walk(specification.children, [])
        if found is not None:
            return found
    raise AssertionError(f"{object_id} is in no specification")


def test_reqif_is_valid_against_the_reqif_schema_and_escapes_markup(register, tmp_path, monkeypatch):
    import reqif
    import xmlschema
    from reqif.parser import ReqIFParser

    first = register.items[0]
    tricky = dataclasses.replace(first, text='A < B & "C" > D\nline\x0c two', actor="Gemeente <Midden-Drenthe>")
    crafted = dataclasses.replace(register, items=(tricky, *register.items[1:40]))
    path = tmp_path / "small.reqif"
    path.write_bytes(render_reqif(crafted))
    root = Path(reqif.__file__).resolve().parent.parent
    monkeypatch.chdir(root)  # the bundled schema resolves its imports relative to the working directory
    schema = xmlschema.XMLSchema(str(root / "reqif" / "reqif_schema" / "reqif.xsd"))
    assert list(schema.iter_errors(str(path))) == []
    bundle = ReqIFParser.parse(str(path))
    values = _values(bundle, bundle.get_spec_object_by_ref(f"kb-item-{first.id}"))
    assert values["ReqIF.Text"] == 'A < B & "C" > D\nline two'  # the form feed XML cannot hold is dropped
    assert values["Actor"] == "Gemeente <Midden-Drenthe>"


def test_reqif_identifiers_are_stable_across_exports(corpus_kb):
    assert _export(corpus_kb, "reqif", type="goal") == _export(corpus_kb, "reqif", type="goal")


# -- filters and errors --------------------------------------------------------------------------------------


def test_filters_match_kb_items(corpus_kb):
    register = collect(corpus_kb, {"type": "budget", "document": "DBM"})
    assert register.items and all(i.type == "budget" for i in register.items)
    assert {i.document_id for i in register.items} == {"dorpenbeleid-midden-drenthe-2020-2026"}
    assert register.items == tuple(corpus_kb.items({"type": "budget", "document": "DBM"}))
    themed = collect(corpus_kb, {"theme": "wonen"})
    assert themed.items and all("wonen" in i.themes for i in themed.items)


@pytest.mark.parametrize(
    ("filters", "named"),
    [
        ({"type": "doel"}, "request_gs"),
        ({"document": "nope"}, "omgevingsvisie-drenthe-2050"),
        ({"theme": "x"}, "wonen"),
    ],
)
def test_unknown_filter_is_a_usage_error_naming_the_valid_values(corpus_kb, filters, named):
    with pytest.raises(UsageError, match=named):
        collect(corpus_kb, filters)


def test_unknown_format_is_a_usage_error(corpus_kb):
    with pytest.raises(UsageError, match="csv, xlsx, json, reqif"):
        export_register(corpus_kb, "pdf", io.BytesIO())


def test_download_name_says_what_was_exported():
    assert export_filename("csv") == "register.csv"
    assert export_filename("reqif", {"type": "budget", "document": "DBM", "theme": "water en bodem"}) == (
        "register-DBM-budget-water-en-bodem.reqif"
    )


# -- CLI ---------------------------------------------------------------------------------------------------


def test_cli_writes_register_file_refuses_to_overwrite_and_forces(corpus_kb, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    index = str(corpus_kb.index_dir)
    first = _run("export", "csv", "--type", "budget", "--index", index)
    assert first.exit_code == 0, first.output
    assert f"{len(corpus_kb.items({'type': 'budget'}))} items" in first.output and "register.csv" in first.output
    written = (tmp_path / "register.csv").read_bytes()
    again = _run("export", "csv", "--index", index)
    assert again.exit_code == 2 and "--force" in again.output and "Traceback" not in again.output
    assert (tmp_path / "register.csv").read_bytes() == written  # untouched
    forced = _run("export", "csv", "--force", "--index", index)
    assert forced.exit_code == 0 and (tmp_path / "register.csv").read_bytes() != written


def test_cli_writes_json_to_stdout_and_the_summary_to_stderr(corpus_kb):
    result = _run("export", "json", "-o", "-", "--document", "DBM", "--index", str(corpus_kb.index_dir))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["items"]) == len(corpus_kb.items({"document": "DBM"}))
    assert "to stdout" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "pdf"], "Unknown export format 'pdf'"),
        (["export", "xlsx", "-o", "-"], "binary format"),
        (["export", "csv", "-o", "-", "--type", "doel"], "Unknown type 'doel'"),
        (["export", "csv", "-o", "-", "--document", "nope"], "Unknown document 'nope'"),
    ],
)
def test_cli_bad_input_is_a_clear_message_and_exit_2(corpus_kb, args, message):
    result = _run(*args, "--index", str(corpus_kb.index_dir))
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_cli_without_a_knowledge_base_says_so(tmp_path):
    result = _run("export", "csv", "-o", str(tmp_path / "x.csv"), "--index", str(tmp_path / "none"))
    assert result.exit_code == 4 and "kb ingest" in result.output
    assert not os.path.exists(tmp_path / "x.csv")


# -- web ---------------------------------------------------------------------------------------------------


def test_register_page_offers_downloads_with_its_filters(client):
    page = client.get("/items", query_string={"type": "budget", "q": "bijdrage"}).get_data(as_text=True)
    for fmt in ("csv", "xlsx", "json", "reqif"):
        assert f'href="/items/export.{fmt}?type=budget&amp;q=bijdrage"' in page


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("csv", "text/csv; charset=utf-8"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("json", "application/json"),
        ("reqif", "application/xml"),
    ],
)
def test_download_has_content_type_and_file_name(client, corpus_kb, fmt, content_type):
    response = client.get(f"/items/export.{fmt}", query_string={"type": "budget", "document": "", "q": "bijdrage"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert response.headers["Content-Disposition"] == f'attachment; filename="register-budget.{fmt}"'
    if fmt == "json":
        shown = [i for i in corpus_kb.items({"type": "budget"}) if "bijdrage" in i.text.lower()]
        assert [i["id"] for i in json.loads(response.data)["items"]] == [i.id for i in shown]


def test_download_with_a_bad_format_or_filter_is_a_400(client):
    assert client.get("/items/export.pdf").status_code == 400
    assert client.get("/items/export.csv", query_string={"type": "doel"}).status_code == 400
