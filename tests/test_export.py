"""Register export: every format read back with its own reader, the filters, the guards, the CLI and the web."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import xml.etree.ElementTree as ET
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
    reqif_uid,
    reqif_uids,
)
from kb.models import Amount, Link

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
    assert book.sheetnames == ["Items", "Links", "Matrix", "Holes", "Documents", "About"]
    trace = corpus_kb.trace({"document": "DBM"})
    matrix = list(book["Matrix"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in matrix] == [goal.id for goal, _ in trace.matrix]
    holes = list(book["Holes"].iter_rows(min_row=2, values_only=True))
    assert len(holes) == sum(len(hole.items) for hole in trace.holes)
    items = book["Items"]
    header = [c.value for c in items[1]]
    assert header[: len(COLUMNS)] == list(COLUMNS)
    assert header[len(COLUMNS) :] == ["amount_value", "amount_currency", "url"]
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
    for source, _kind, target, _score, source_text, target_text, origin, _confidence, status in links:
        assert origin in ("structure", "rule", "similarity", "person") and status in ("suggested", "confirmed")
        assert source_text == corpus_kb.item(source).text and target_text == corpus_kb.item(target).text
    documents = list(book["Documents"].iter_rows(min_row=2, values_only=True))
    assert [d[0] for d in documents] == ["dorpenbeleid-midden-drenthe-2020-2026"]
    about = dict(book["About"].iter_rows(min_row=2, values_only=True))
    assert about["filters"] == "document=dorpenbeleid-midden-drenthe-2020-2026"
    assert about["built"] == corpus_kb.manifest["built_at"] and about["items"] == len(dbm)


def _items_sheet(register, **changes):
    from openpyxl import load_workbook

    crafted = dataclasses.replace(register, **changes) if changes else register
    return load_workbook(io.BytesIO(render_xlsx(crafted)))["Items"]


def test_xlsx_items_sheet_prints_landscape_one_page_wide_with_the_header_on_every_page(register):
    from openpyxl.utils import get_column_letter

    sheet = _items_sheet(register)
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)  # one page wide, as many pages down as needed
    assert sheet.print_title_rows == "$1:$1"  # the header row on every printed page
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    assert "&P" in sheet.oddFooter.right.text and "&N" in sheet.oddFooter.right.text  # page x of y
    assert "&F" in sheet.oddFooter.left.text  # the file's name
    assert register.index in sheet.oddHeader.left.text
    header = [c.value for c in sheet[1]]
    widths = {name: sheet.column_dimensions[get_column_letter(i)].width for i, name in enumerate(header, start=1)}
    hidden = {name for i, name in enumerate(header, start=1) if sheet.column_dimensions[get_column_letter(i)].hidden}
    assert hidden == {"document_id", "source", "line_start", "line_end", "url"}  # folded: they repeat other columns
    shown = sum(width for name, width in widths.items() if name not in hidden)
    assert widths["text"] >= 40 and shown <= 300  # the text column leads; the page holds a readable scale
    text_column = header.index("text") + 1
    longest = max(range(2, sheet.max_row + 1), key=lambda r: len(sheet.cell(row=r, column=text_column).value))
    assert sheet.cell(row=longest, column=text_column).alignment.wrap_text
    assert sheet.row_dimensions[longest].height >= 30  # tall enough for its wrapped lines, not printed over the next


def test_xlsx_wrapped_row_height_follows_the_longest_shown_text(register):
    first = register.items[0]
    long_text = " ".join(["woord"] * 120)  # about 720 characters: 14 lines in a 50-wide column
    sheet = _items_sheet(register, items=(dataclasses.replace(first, text=long_text),), links=())
    assert sheet.row_dimensions[2].height >= 13 * 15
    short = _items_sheet(register, items=(dataclasses.replace(first, text="Kort."),), links=())
    assert (short.row_dimensions[2].height or 15) < sheet.row_dimensions[2].height


def test_xlsx_has_no_link_without_a_base_url(register):
    sheet = _items_sheet(register)
    url_column = [c.value for c in sheet[1]].index("url") + 1
    assert all(sheet.cell(row=r, column=url_column).value is None for r in range(2, sheet.max_row + 1))
    assert not any(cell.hyperlink for row in sheet.iter_rows() for cell in row)


def _with_tilde(register):
    """The register with one item whose id holds a "~" (kb's own ids never do; other tools' ids may)."""
    base = register.items[1]
    tilde = dataclasses.replace(base, id=base.id.replace("-", "~", 1))
    crafted = dataclasses.replace(
        register,
        items=(*register.items, tilde),
        records={**register.records, tilde.id: {**register.records[base.id], "id": tilde.id}},
        citations={**register.citations, tilde.id: register.citations[base.id]},
        texts={**register.texts, tilde.id: tilde.text},
    )
    return crafted, tilde


def test_kb_item_ids_keep_to_letters_digits_dot_dash_and_underscore(corpus_kb):
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", item.id) for item in corpus_kb.items())


def test_xlsx_links_each_item_to_its_page_under_the_base_url(register):
    register, tilde = _with_tilde(register)
    sheet = _items_sheet(register, base_url="https://kb.example.nl/tool")
    header = [c.value for c in sheet[1]]
    url_column = header.index("url") + 1
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    for item in (register.items[0], tilde):
        cell = sheet.cell(row=rows[item.id], column=url_column)
        expected = f"https://kb.example.nl/tool/items/{item.id}"  # "~" and "." need no quoting in a path
        assert cell.value == expected and cell.hyperlink.target == expected
    assert sum(1 for r in rows.values() if sheet.cell(row=r, column=url_column).hyperlink) == len(register.items)
    assert not sheet.column_dimensions[sheet.cell(row=1, column=url_column).column_letter].hidden


def test_item_url_quotes_the_id(register):
    from kb.export import item_url

    linked = dataclasses.replace(register, base_url="https://kb.example.nl")
    assert item_url(linked, "A B/#?~1") == "https://kb.example.nl/items/A%20B%2F%23%3F~1"
    assert item_url(register, "A") is None


@pytest.mark.parametrize("bad", ["/srv/kb", "file:///srv/kb", "kb.example.nl", "javascript:alert(1)", "https://"])
def test_base_url_must_be_a_web_address(corpus_kb, bad):
    with pytest.raises(UsageError, match="not a web address"):
        collect(corpus_kb, {"document": "DBM"}, base_url=bad)


def test_base_url_loses_its_trailing_slash(corpus_kb):
    assert collect(corpus_kb, {"document": "DBM"}, base_url=" https://kb.example.nl/ ").base_url == (
        "https://kb.example.nl"
    )
    assert collect(corpus_kb, {"document": "DBM"}, base_url="").base_url is None


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


def _xhtml_text(attribute) -> str:
    """The text of an XHTML value as a reader that drops the tags sees it (what StrictDoc imports)."""
    return "".join(ET.fromstring(attribute.value_stripped_xhtml).itertext())


def _values(bundle, spec_object) -> dict[str, str]:
    """LONG-NAME → value of a SPEC-OBJECT; an XHTML value as its text, an enumeration value as its LONG-NAME."""
    return _read_values(
        bundle, bundle.get_spec_object_type_by_ref(spec_object.spec_object_type), spec_object.attributes
    )


def _relation_values(bundle, relation) -> dict[str, str]:
    """LONG-NAME → value of a SPEC-RELATION, read as _values reads a SPEC-OBJECT's."""
    return _read_values(bundle, bundle.lookup.get_spec_type_by_ref(relation.relation_type_ref), relation.values or [])


def _read_values(bundle, spec_type, attributes) -> dict[str, str]:
    definitions = {definition.identifier: definition for definition in spec_type.attribute_definitions}

    def read(attribute) -> str:
        if attribute.attribute_type.name == "XHTML":
            return _xhtml_text(attribute)
        if attribute.attribute_type.name == "ENUMERATION":
            datatype = bundle.lookup.get_data_type_by_ref(definitions[attribute.definition_ref].datatype_definition)
            return ", ".join(datatype.values_map[ref].long_name for ref in attribute.value)
        return attribute.value

    return {definitions[a.definition_ref].long_name: read(a) for a in attributes}


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
        return _values(reqif_bundle, reqif_bundle.get_spec_object_by_ref(ref))["kb id"]

    ends = {(foreign_id(r.source), foreign_id(r.target)) for r in found}
    assert (link.source_id, link.target_id) in ends


def test_reqif_item_carries_its_attributes_and_sits_under_its_section(corpus_kb, reqif_bundle):
    item = next(i for i in corpus_kb.items() if i.text.startswith(EURO_TEXT))
    citation = corpus_kb.item_citation(item)
    spec_object = reqif_bundle.get_spec_object_by_ref(f"kb-item-{item.id}")
    values = _values(reqif_bundle, spec_object)
    assert values["ReqIF.Text"] == item.text  # € and quotes survive the XML round trip
    assert values["Type"] == "Budget" and values["Amounts"] == "€ 20.420,00 per jaar"
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


# What StrictDoc 0.30 accepts as a UID (its SDoc grammar), and how it reads a ReqIF STRING value.
STRICTDOC_UID = re.compile(r"[\w]+[\w()\-/.: ]*")


def _strictdoc_string(value: str) -> str:
    return value.encode("utf-8").decode("unicode_escape")


def test_reqif_texts_are_xhtml_values_that_keep_accents_and_the_euro(register, tmp_path):
    from reqif.parser import ReqIFParser

    first = register.items[0]
    accented = dataclasses.replace(first, text="Eén keer per jaar één bijdrage van € 2,50 voor België.\nTweede regel")
    crafted = dataclasses.replace(register, items=(accented, *register.items[1:5]), links=())
    path = tmp_path / "accents.reqif"
    path.write_bytes(render_reqif(crafted))
    raw = path.read_text(encoding="utf-8")
    assert '<DATATYPE-DEFINITION-XHTML IDENTIFIER="kb-xhtml"' in raw
    assert "<THE-VALUE><xhtml:div>Eén keer per jaar één bijdrage van € 2,50 voor België.<xhtml:br />" in raw
    bundle = ReqIFParser.parse(str(path))
    spec_object = bundle.get_spec_object_by_ref(f"kb-item-{first.id}")
    kinds = {a.definition_ref: a.attribute_type.name for a in spec_object.attributes}
    for key in ("text", "document", "section", "citation"):
        assert kinds[f"kb-attr-{key}"] == "XHTML", key
    values = _values(bundle, spec_object)
    assert values["ReqIF.Text"] == accented.text  # the line break survives as <br/> plus the newline
    assert values["Citation"] == register.citations[first.id].render()  # "—" in it survives
    # every value left as STRING reads the same through StrictDoc's unicode_escape (ASCII, no backslash)
    for attribute in spec_object.attributes:
        if attribute.attribute_type.name == "STRING":
            assert _strictdoc_string(attribute.value) == attribute.value


def test_reqif_corpus_amounts_and_accents_round_trip(corpus_kb, reqif_bundle):
    euro = next(i for i in corpus_kb.items() if i.text.startswith(EURO_TEXT))
    een = next(i for i in corpus_kb.items() if "één" in i.text)
    for item in (euro, een):
        spec_object = reqif_bundle.get_spec_object_by_ref(f"kb-item-{item.id}")
        values = _values(reqif_bundle, spec_object)
        assert values["ReqIF.Text"] == item.text and values["kb id"] == item.id
        assert values["Citation"] == corpus_kb.item_citation(item).render()
    assert "€ 20.420,00" in _values(reqif_bundle, reqif_bundle.get_spec_object_by_ref(f"kb-item-{euro.id}"))["Amounts"]
    headings = [
        o for o in reqif_bundle.core_content.req_if_content.spec_objects if o.spec_object_type == "kb-heading-type"
    ]
    assert all(a.attribute_type.name == "XHTML" for o in headings for a in o.attributes)


def test_reqif_uid_strictdoc_accepts_keeps_the_kb_id_and_the_links(register, tmp_path):
    from reqif.parser import ReqIFParser

    register, tilde = _with_tilde(register)
    other = next(i for i in register.items if "~" not in i.id)
    link = Link(source_id=tilde.id, target_id=other.id, kind="implements", score=0.5)
    back = Link(source_id=other.id, target_id=tilde.id, kind="funds", score=0.25)
    crafted = dataclasses.replace(register, items=(other, tilde), links=(link, back))
    path = tmp_path / "tilde.reqif"
    path.write_bytes(render_reqif(crafted))
    bundle = ReqIFParser.parse(str(path))
    by_kb_id = {}
    for spec_object in bundle.core_content.req_if_content.spec_objects:
        if spec_object.spec_object_type == "kb-item-type":
            values = _values(bundle, spec_object)
            by_kb_id[values["kb id"]] = (spec_object.identifier, values)
    assert set(by_kb_id) == {tilde.id, other.id}  # kb's ids, unchanged
    uid = by_kb_id[tilde.id][1]["ReqIF.ForeignID"]
    assert uid == tilde.id.replace("~", "_") and "~" not in uid and STRICTDOC_UID.fullmatch(uid)
    assert by_kb_id[other.id][1]["ReqIF.ForeignID"] == other.id  # an id without "~" is its own UID
    ends = {(r.relation_type_ref, r.source, r.target) for r in bundle.core_content.req_if_content.spec_relations}
    assert ends == {
        ("kb-link-implements", by_kb_id[tilde.id][0], by_kb_id[other.id][0]),
        ("kb-link-funds", by_kb_id[other.id][0], by_kb_id[tilde.id][0]),
    }


def test_reqif_uids_are_unique_and_strictdoc_safe():
    ids = ["DBM-5.4~2-BUDGET-01", "DBM-5.4_2-BUDGET-01", "DBM-5.4-BUDGET-01", "-odd id"]
    uids = reqif_uids(ids)
    assert len(set(uids.values())) == len(ids)
    assert uids["DBM-5.4_2-BUDGET-01"] == "DBM-5.4_2-BUDGET-01"  # a safe id keeps its own
    assert uids["DBM-5.4~2-BUDGET-01"].startswith("DBM-5.4_2-BUDGET-01-")  # the clash gets a hash
    assert uids["DBM-5.4-BUDGET-01"] == "DBM-5.4-BUDGET-01"
    assert all(STRICTDOC_UID.fullmatch(uid) for uid in uids.values())
    assert reqif_uid("OVD-3.2~2-DOEL-01") == "OVD-3.2_2-DOEL-01"


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


def test_cli_base_url_links_the_spreadsheet_items(corpus_kb, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "register.xlsx"
    index = str(corpus_kb.index_dir)
    result = _run(
        "export", "xlsx", "-o", str(path), "--document", "DBM", "--base-url", "https://kb.example.nl/", "--index", index
    )
    assert result.exit_code == 0, result.output
    sheet = load_workbook(path)["Items"]
    first = sheet.cell(row=2, column=1).value
    url_column = [c.value for c in sheet[1]].index("url") + 1
    assert sheet.cell(row=2, column=url_column).hyperlink.target == f"https://kb.example.nl/items/{first}"
    bad = _run("export", "xlsx", "-o", str(tmp_path / "x.xlsx"), "--base-url", str(tmp_path), "--index", index)
    assert bad.exit_code == 2 and "not a web address" in bad.output and not (tmp_path / "x.xlsx").exists()


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


def test_markdown_reports_each_document_by_section_with_citations_links_and_holes(corpus_kb):
    text = _export(corpus_kb, "markdown", document="DBM").decode("utf-8")
    dbm = corpus_kb.items({"document": "DBM"})
    assert text.startswith(f"# Register ({len(dbm)} items)")
    assert "## Beleidsnota Dorpenbeleid Midden-Drenthe 2020-2026" in text
    assert all(f"`{item.id}`" in text for item in dbm)
    assert "## Gaten" in text and "draagt bij aan `" in text


def test_needs_json_has_one_need_per_item_with_its_links_per_kind(corpus_kb):
    data = json.loads(_export(corpus_kb, "needs", type="action"))
    needs = data["versions"]["1.0"]["needs"]
    actions = corpus_kb.items({"type": "action"})
    assert set(needs) == {i.id for i in actions} and data["versions"]["1.0"]["needs_amount"] == len(actions)
    for item in actions:
        outgoing = [link for link in corpus_kb.links(item.id) if link.source_id == item.id]
        assert sorted(needs[item.id]["links"]) == sorted({link.target_id for link in outgoing})
        assert needs[item.id]["draagt_bij_aan"] == sorted(
            link.target_id for link in outgoing if link.kind == "draagt_bij_aan"
        )
    assert _export(corpus_kb, "needs", type="action") == _export(corpus_kb, "needs", type="action")  # reproducible


# -- reqif: enumerations, typed values, ReqIF.Name and the onderdeel_van hierarchy ---------------------------


def _reqif(register, tmp_path, name: str = "crafted.reqif"):
    from reqif.parser import ReqIFParser

    path = tmp_path / name
    path.write_bytes(render_reqif(register))
    return path, ReqIFParser.parse(str(path))


def _assert_valid(path: Path, monkeypatch) -> None:
    import reqif
    import xmlschema

    root = Path(reqif.__file__).resolve().parent.parent
    monkeypatch.chdir(root)  # the bundled schema resolves its imports relative to the working directory
    schema = xmlschema.XMLSchema(str(root / "reqif" / "reqif_schema" / "reqif.xsd"))
    assert list(schema.iter_errors(str(path))) == []


def _datatype(bundle, identifier: str):
    return next(d for d in bundle.core_content.req_if_content.data_types if d.identifier == identifier)


def _typed(attributes) -> dict[str, tuple[str, object]]:
    """definition id → (ReqIF value kind, raw value) of a SPEC-OBJECT's or SPEC-RELATION's values."""
    return {a.definition_ref: (a.attribute_type.name, a.value) for a in attributes}


def test_reqif_item_type_and_link_kind_are_enumerations_with_the_dutch_labels(corpus_kb, reqif_bundle):
    from kb.records import LINK_LABELS, TYPE_LABELS

    types = _datatype(reqif_bundle, "kb-item-types")
    assert type(types).__name__ == "ReqIFDataTypeDefinitionEnumeration"
    assert [(v.other_content, v.long_name) for v in types.values] == list(TYPE_LABELS.items())
    kinds = _datatype(reqif_bundle, "kb-link-kinds")
    assert [(v.other_content, v.long_name) for v in kinds.values] == list(LINK_LABELS.items())
    item_type = reqif_bundle.get_spec_object_type_by_ref("kb-item-type")
    definition = next(d for d in item_type.attribute_definitions if d.long_name == "Type")
    assert definition.attribute_type.name == "ENUMERATION" and definition.datatype_definition == "kb-item-types"
    assert definition.multi_valued is False
    for item in corpus_kb.items():
        spec_object = reqif_bundle.get_spec_object_by_ref(f"kb-item-{item.id}")
        assert _typed(spec_object.attributes)["kb-attr-type"] == ("ENUMERATION", [f"kb-type-{item.type}"])
        assert _values(reqif_bundle, spec_object)["Type"] == TYPE_LABELS[item.type]
    relations = reqif_bundle.core_content.req_if_content.spec_relations
    assert relations
    for relation in relations:
        kind = relation.relation_type_ref.removeprefix("kb-link-")
        assert _typed(relation.values)[f"kb-attr-kind-{kind}"] == ("ENUMERATION", [f"kb-kind-{kind}"])
        assert _relation_values(reqif_bundle, relation)["Link kind"] == LINK_LABELS[kind]


def test_reqif_link_kind_outside_the_vocabulary_gets_its_own_enum_value(register, tmp_path, monkeypatch):
    first, second = register.items[:2]
    link = Link(source_id=first.id, target_id=second.id, kind="implements", score=0.5)
    path, bundle = _reqif(dataclasses.replace(register, items=(first, second), links=(link,)), tmp_path)
    _assert_valid(path, monkeypatch)
    assert _datatype(bundle, "kb-link-kinds").values[-1].long_name == "implements"
    (relation,) = bundle.core_content.req_if_content.spec_relations
    assert _relation_values(bundle, relation)["Link kind"] == "implements"


def test_reqif_line_numbers_amount_year_and_confidence_are_typed_values(register, tmp_path, monkeypatch):
    first, second = register.items[:2]
    with_amount = dataclasses.replace(first, amounts=(Amount(2.5, year=2024, kind="per_year"), Amount(7.0)))
    without = dataclasses.replace(second, amounts=())
    link = Link(source_id=first.id, target_id=second.id, kind="financiert", score=0.5, confidence=0.8125)
    path, bundle = _reqif(dataclasses.replace(register, items=(with_amount, without), links=(link,)), tmp_path)
    _assert_valid(path, monkeypatch)
    assert type(_datatype(bundle, "kb-integer")).__name__ == "ReqIFDataTypeDefinitionInteger"
    assert type(_datatype(bundle, "kb-real")).__name__ == "ReqIFDataTypeDefinitionReal"
    typed = _typed(bundle.get_spec_object_by_ref(f"kb-item-{first.id}").attributes)
    assert typed["kb-attr-line-start"] == ("INTEGER", str(first.line_start))
    assert typed["kb-attr-line-end"] == ("INTEGER", str(first.line_end))
    assert typed["kb-attr-amount-year"] == ("INTEGER", "2024")  # the first amount's year
    assert "kb-attr-amount-year" not in _typed(bundle.get_spec_object_by_ref(f"kb-item-{second.id}").attributes)
    (relation,) = bundle.core_content.req_if_content.spec_relations
    typed = _typed(relation.values)
    assert typed["kb-attr-confidence-financiert"] == ("REAL", "0.8125")
    assert typed["kb-attr-score-financiert"] == ("STRING", "0.5000")


def test_reqif_item_attributes_are_kinds_strictdoc_imports(reqif_bundle):
    # StrictDoc 0.30.4 stops the whole import at a REAL (or BOOLEAN) attribute of a SPEC-OBJECT-TYPE
    for type_ref in ("kb-item-type", "kb-heading-type"):
        spec_type = reqif_bundle.get_spec_object_type_by_ref(type_ref)
        kinds = {d.attribute_type.name for d in spec_type.attribute_definitions}
        assert kinds <= {"STRING", "XHTML", "INTEGER", "ENUMERATION", "DATE"}, type_ref


def test_reqif_iso_decision_date_is_a_date_value_and_other_dates_stay_text(register, tmp_path, monkeypatch):
    first, second = register.items[:2]
    iso = dataclasses.replace(first, type="decision", date="2019-07-04")
    written = dataclasses.replace(second, type="decision", date="4 juli 2019")
    path, bundle = _reqif(dataclasses.replace(register, items=(iso, written), links=()), tmp_path)
    _assert_valid(path, monkeypatch)
    spec_object = bundle.get_spec_object_by_ref(f"kb-item-{first.id}")
    assert _typed(spec_object.attributes)["kb-attr-iso-date"] == ("DATE", "2019-07-04T00:00:00")
    assert _values(bundle, spec_object)["Date"] == "2019-07-04" and _values(bundle, spec_object)["Type"] == "Besluit"
    values = _values(bundle, bundle.get_spec_object_by_ref(f"kb-item-{second.id}"))
    assert "Decision date" not in values and values["Date"] == "4 juli 2019"


def test_reqif_name_is_a_short_title_and_text_the_whole_text(register, tmp_path):
    from kb.export import reqif_name

    long_text = "Wij willen dat in één dorp " + "heel " * 30 + "veel gebeurt."
    first, second = register.items[:2]
    items = (dataclasses.replace(first, text=long_text), dataclasses.replace(second, text="Kort:\n€ 5"))
    _, bundle = _reqif(dataclasses.replace(register, items=items, links=()), tmp_path)
    item_type = bundle.get_spec_object_type_by_ref("kb-item-type")
    kinds = {d.long_name: d.attribute_type.name for d in item_type.attribute_definitions}
    assert kinds["ReqIF.Name"] == "XHTML" and kinds["ReqIF.Text"] == "XHTML"
    values = _values(bundle, bundle.get_spec_object_by_ref(f"kb-item-{first.id}"))
    assert values["ReqIF.Text"] == long_text
    name = values["ReqIF.Name"]
    assert name.endswith("…") and len(name) <= 81 and long_text.startswith(name[:-1])
    assert name[:-1] == name[:-1].rstrip() and long_text[len(name) - 1] == " "  # cut at a word boundary
    short = _values(bundle, bundle.get_spec_object_by_ref(f"kb-item-{second.id}"))
    assert short["ReqIF.Name"] == "Kort: € 5" and short["ReqIF.Text"] == "Kort:\n€ 5"
    assert reqif_name("x" * 100) == "x" * 80 + "…"


def _hierarchy_parents(bundle) -> dict[str, str | None]:
    """SPEC-OBJECT id → the SPEC-OBJECT id of the hierarchy node right above it (None at a specification's top);
    every object is in the hierarchy once."""
    found: dict[str, str | None] = {}

    def walk(nodes, above):
        for node in nodes or []:
            assert node.spec_object not in found, f"{node.spec_object} is in the hierarchy twice"
            found[node.spec_object] = above
            walk(node.children, node.spec_object)

    for specification in bundle.core_content.req_if_content.specifications:
        walk(specification.children, None)
    return found


def test_reqif_onderdeel_van_nests_the_part_under_its_whole_and_keeps_the_relation(register, tmp_path, monkeypatch):
    document = register.items[0].document_id
    a, b, c, d = [i for i in register.items if i.document_id == document and i.section_path][:4]
    elsewhere = next(i for i in register.items if i.document_id != document)
    links = (
        Link(source_id=b.id, target_id=a.id, kind="onderdeel_van"),  # b is part of a
        Link(source_id=c.id, target_id=b.id, kind="onderdeel_van"),  # c is part of b: two levels down
        Link(source_id=a.id, target_id=c.id, kind="onderdeel_van"),  # would close a cycle: a stays put
        Link(source_id=d.id, target_id=a.id, kind="financiert"),  # another kind does not nest
        Link(source_id=elsewhere.id, target_id=a.id, kind="onderdeel_van"),  # another document: no nesting
    )
    crafted = dataclasses.replace(register, items=(a, b, c, d, elsewhere), links=links)
    path, bundle = _reqif(crafted, tmp_path)
    _assert_valid(path, monkeypatch)
    parents = _hierarchy_parents(bundle)
    assert parents[f"kb-item-{b.id}"] == f"kb-item-{a.id}"
    assert parents[f"kb-item-{c.id}"] == f"kb-item-{b.id}"
    for item in (a, d, elsewhere):
        assert str(parents[f"kb-item-{item.id}"]).startswith("kb-heading-"), item.id
        assert _chapters_above(bundle, f"kb-item-{item.id}") == list(item.section_path)
    relations = bundle.core_content.req_if_content.spec_relations
    ends = {(r.source, r.target) for r in relations if r.relation_type_ref == "kb-link-onderdeel_van"}
    assert (f"kb-item-{b.id}", f"kb-item-{a.id}") in ends and (f"kb-item-{a.id}", f"kb-item-{c.id}") in ends
    assert len(relations) == len(links)  # every link stays a relation


def test_reqif_corpus_parts_sit_under_their_whole(corpus_kb, reqif_bundle):
    parents = _hierarchy_parents(reqif_bundle)
    items = {i.id: i for i in corpus_kb.items()}
    parts = [
        link
        for link in corpus_kb.links()
        if link.kind == "onderdeel_van" and items[link.source_id].document_id == items[link.target_id].document_id
    ]
    assert parts
    for link in parts:
        assert str(parents[f"kb-item-{link.source_id}"]).startswith("kb-item-"), link
    assert any(parents[f"kb-item-{link.source_id}"] == f"kb-item-{link.target_id}" for link in parts)
