"""The web UI for daily use (issue 12): Dutch throughout, facets that count, checkable against the source, Bronnen,
OpenAPI, favicon. Flask test client against the shipped corpus (hash embedder)."""

from __future__ import annotations

import re

import pytest

from kb.filters import ITEMS

VISIBLE_TEXT = re.compile(r"<[^>]+>")


def visible(page: str) -> str:
    """The text a reader sees: no tags, no attribute values (URLs and option values may hold codes)."""
    body = page.split("<body>", 1)[-1]
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    return VISIBLE_TEXT.sub(" ", body)


def test_facets_count_what_each_value_would_leave_in_the_register(client):
    data = client.get("/api/items", query_string={"type": "budget"}).get_json()
    facets = {f["name"]: f for f in data["facets"]}
    assert set(facets) == {"document", "issuer", "level", "year", "status", "type", "theme"}
    assert facets["type"]["chosen"] == "budget" and facets["type"]["label"] == "Soort"
    counted = {v["value"]: v["count"] for v in facets["type"]["values"]}
    assert counted["budget"] == data["total"]
    for value in facets["level"]["values"]:  # each count is what choosing that value gives
        narrowed = client.get("/api/items", query_string={"type": "budget", "level": value["value"]}).get_json()
        assert narrowed["total"] == value["count"], value


def test_search_facets_count_the_query_candidates(client):
    data = client.get("/api/search", query_string={"q": "woningbouw kleine kernen"}).get_json()
    documents = next(f for f in data["facets"] if f["name"] == "document")
    assert sum(v["count"] for v in documents["values"]) == data["total"]  # every passage has one document
    page = client.get("/", query_string={"q": "woningbouw kleine kernen"}).get_data(as_text=True)
    chosen = max(documents["values"], key=lambda v: v["count"])
    assert f"{chosen['label']} ({chosen['count']})" in page.replace("&#39;", "'")


def test_register_sorts_by_year_and_refuses_an_unknown_sort_in_dutch(client, corpus_kb):
    data = client.get("/api/items", query_string={"sort": "year"}).get_json()
    years = [corpus_kb.document(i["document"]["id"]).year or 0 for i in data["items"]]
    assert years == sorted(years, reverse=True)
    response = client.get("/items", query_string={"sort": "kleur"})
    assert response.status_code == 400 and "Onbekende sortering" in response.get_data(as_text=True)
    assert client.get("/api/items?sort=kleur").get_json()["error"]["melding"].startswith("Onbekende sortering")


def test_bronnen_lists_every_document_with_counts_and_the_ingest_warnings(client, corpus_kb):
    data = client.get("/api/sources").get_json()
    assert {d["id"] for d in data["documents"]} == {d.id for d in corpus_kb.documents()}
    assert data["built_at"] and data["counts"]["documents"] == len(corpus_kb.documents())
    for entry in data["documents"]:
        assert entry["passages"] == len(corpus_kb.passages_of(entry["id"]))
        assert entry["items"] == len(corpus_kb.items({"document": entry["id"]}))
    page = client.get("/sources").get_data(as_text=True)
    assert "<h1>Bronnen</h1>" in page
    for document in corpus_kb.documents():
        assert document.title.replace("'", "&#39;") in page
    warned = [s for s in data["sources"] if s.get("warnings")]
    if warned:
        assert "melding" in page


def test_the_source_view_numbers_lines_as_citations_do_and_marks_the_cited_ones(client, corpus_kb):
    passage = corpus_kb.passages()[40]
    lines = f"{passage.line_start}-{passage.line_end}"
    data = client.get(f"/api/documents/{passage.document_id}/source", query_string={"lines": lines}).get_json()
    numbered = {line["line"]: line["text"] for line in data["lines"]}
    first_words = passage.text.split()[:3]
    cited_text = " ".join(numbered[n] for n in range(passage.line_start, passage.line_end + 1))
    assert all(word.strip("•") in cited_text for word in first_words if len(word) > 3)
    page = client.get(f"/documents/{passage.document_id}/source", query_string={"lines": lines}).get_data(as_text=True)
    assert page.count('class="cited-line"') == passage.line_end - passage.line_start + 1
    assert f'id="r{passage.line_start}"' in page
    outside = client.get(f"/documents/{passage.document_id}/source", query_string={"lines": "999999-1000000"})
    assert outside.status_code == 400 and "De gevraagde regels" in outside.get_data(as_text=True)


def test_an_item_opens_on_its_own_sentence_in_its_own_section(client, corpus_kb):
    checked = 0
    for item in corpus_kb.items({"type": "budget"}):
        passage = corpus_kb.passage(corpus_kb.item_passage(item))
        own = [corpus_kb.passage(p) for p in item.passage_ids]
        if any(p.section_id == item.section_id and p.char_start <= item.char_start < p.char_end for p in own):
            assert passage.section_id == item.section_id, item.id
            checked += 1
    assert checked > 10
    item = corpus_kb.items({"type": "budget"})[0]
    page = client.get(f"/items/{item.id}").get_data(as_text=True)
    span = f"span={item.char_start}-{item.char_end}"
    assert span in page
    opened = client.get(f"/passage/{corpus_kb.item_passage(item)}?{span}").get_data(as_text=True)
    assert 'class="quote" id="quote"' in opened


@pytest.mark.parametrize(
    "path",
    ["/", "/?q=wonen&type=request_gs", "/ask?q=wonen", "/items?type=request_gs", "/documents", "/sources"],
)
def test_pages_are_dutch_with_headings_a_skip_link_and_no_internal_codes(client, path):
    page = client.get(path).get_data(as_text=True)
    text = visible(page)
    assert 'lang="nl"' in page and 'class="skip" href="#inhoud"' in page and "<h1" in page
    for code in ("request_gs", "per_year", "same_topic", "NotFoundError", "Search passages", "Register items"):
        assert code not in text, (path, code)


def test_error_pages_are_dutch_and_never_send_people_to_the_command_line(client):
    for path, title in (("/items/NO-SUCH-ITEM", "Niet gevonden"), ("/bestaat-niet", "Niet gevonden")):
        response = client.get(path)
        page = response.get_data(as_text=True)
        assert response.status_code == 404 and f"<h1>{title}</h1>" in page
        assert "kb items" not in page and "NotFoundError" not in page and "404 Not Found" not in page
    melding = client.get("/api/items/NO-SUCH-ITEM").get_json()["error"]["melding"]
    assert melding == "Registeritem ‘NO-SUCH-ITEM’ staat niet in de kennisbank."


def test_openapi_describes_every_json_route_and_only_those(app, client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    described = set(spec["paths"])
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(("/api", "/items/export", "/healthz"))
    }
    assert described == routes
    search = spec["paths"]["/api/search"]["get"]
    assert {p["name"] for p in search["parameters"]} >= {"q", "k", "page", "document", "level", "type", "theme"}


def test_favicon_is_served(client):
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.data[:4] == b"\x00\x00\x01\x00"  # an .ico file


def test_items_filter_registry_offers_status_and_year_everywhere(corpus_kb):
    from kb.filters import filters_for

    assert {"level", "year", "status", "issuer"} <= {f.name for f in filters_for(ITEMS)}


def test_a_pdf_source_shows_the_cited_page_beside_the_text(tmp_path, settings, make_pdf):
    from kb.knowledge import KnowledgeBase
    from kb.pipeline import build
    from web import create_app

    folder = tmp_path / "pdf"
    folder.mkdir()
    make_pdf(
        folder / "nota.pdf",
        [
            ["1. Inleiding", "De gemeente wil samen met inwoners de leefbaarheid van de dorpen verbeteren."],
            ["2. Financiën", "Wij reserveren jaarlijks € 20.420,00 voor het dorpenoverleg."],
        ],
    )
    build([folder], settings)
    kb = KnowledgeBase.open(settings)
    document = kb.documents()[0]
    money = next(line for line in kb.source_lines(document.id) if "20.420,00" in line.text)
    assert money.page == 2
    client = create_app(settings).test_client()
    view = client.get(f"/api/documents/{document.id}/source", query_string={"lines": money.number}).get_json()
    assert view["pdf_pages"] == 2 and view["shown_page"] == 2
    page = client.get(f"/documents/{document.id}/source?lines={money.number}").get_data(as_text=True)
    assert f'src="/documents/{document.id}/pages/2.png"' in page
    image = client.get(f"/documents/{document.id}/pages/2.png")
    assert image.status_code == 200 and image.mimetype == "image/png" and image.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(f"/documents/{document.id}/pages/3.png").status_code == 404
    # a rebuild that carries the document over keeps its pages
    (tmp_path / "other.txt").write_text("1 Doelen\n\nWij streven naar schone lucht.\n", encoding="utf-8")
    build([tmp_path / "other.txt"], settings)
    assert KnowledgeBase.open(settings).has_pages(document.id)


def test_the_spreadsheet_links_back_to_the_configured_address_never_the_host_header(corpus_kb):
    import io

    from openpyxl import load_workbook

    from web import create_app

    app = create_app(corpus_kb.settings.replace(public_url="https://kb.example.nl/"), kb=corpus_kb)
    data = app.test_client().get("/items/export.xlsx?type=budget", headers={"Host": "evil.example"}).data
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    links = [cell.hyperlink.target for row in sheet.iter_rows() for cell in row if cell.hyperlink]
    assert links and all(link.startswith("https://kb.example.nl/items/") for link in links)


def test_every_get_route_answers_and_an_unknown_id_is_a_404(app, client, corpus_kb):
    """Every page and /api route with real values answers 200 (an export, a page image: its file), and with an
    id the knowledge base does not have answers 404 — as a Dutch page, or as JSON under /api."""
    document = corpus_kb.documents()[0]
    values = {
        "document_id": document.id,
        "item_id": corpus_kb.items()[0].id,
        "passage_id": corpus_kb.passages()[0].id,
        "fmt": "csv",
    }
    checked = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("static", "pages.page_image"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], rule.rule)
        with client.get(path, query_string={"q": "wonen"} if rule.endpoint.endswith(("search", "ask")) else {}) as r:
            assert r.status_code == 200, path
        checked += 1
        if rule.arguments - {"fmt"}:
            missing = re.sub(
                r"<(?:\w+:)?(\w+)>", lambda m: "GEEN-" + m.group(1) if m.group(1) != "fmt" else "csv", rule.rule
            )
            with client.get(missing) as r:
                assert r.status_code == 404, missing
                if missing.startswith("/api/"):
                    assert r.get_json()["error"]["status"] == 404
                else:
                    assert "<h1>Niet gevonden</h1>" in r.get_data(as_text=True)
    assert checked >= 20
