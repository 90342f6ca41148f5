"""Web UI through Flask's test client: every page, its JSON twin, and every error case."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.settings import load_settings
from web import create_app
from web.filters import highlight

GS_QUERY = "verzoek aan Gedeputeerde Staten"
OMGEVINGSVISIE = "omgevingsvisie-drenthe-2050"


@pytest.fixture
def missing_client(tmp_path: Path):
    """An app pointed at a folder where no knowledge base was built."""
    settings = load_settings(config_file=tmp_path / "absent.toml", environ={}, index_dir=tmp_path / "none")
    return create_app(settings).test_client()


def _passage_links(page: str) -> list[str]:
    return re.findall(r'href="/passage/([^"?#]+)', page)


# -- search ----------------------------------------------------------------------------------------------


def test_search_page_without_query_shows_the_form_and_every_document_as_a_filter(client, corpus_kb):
    response = client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'name="q"' in page
    for document in corpus_kb.documents():
        assert f'value="{document.id}"' in page


def test_search_results_are_cards_with_highlighted_terms_and_clickable_citations(client, corpus_kb):
    page = client.get("/", query_string={"q": GS_QUERY}).get_data(as_text=True)
    assert page.count('class="hit card"') == 10
    assert "<mark>Gedeputeerde</mark>" in page
    links = _passage_links(page)
    assert links, "no citation links to /passage/<id>"
    first = corpus_kb.passage(links[0])
    citation = corpus_kb.citation(first)
    assert html.escape(citation.document_title) in page
    assert f"{first.line_start}–{first.line_end}" in page or f"line {first.line_start}" in page


def test_api_search_has_the_kb_search_json_shape_and_the_same_ranking_as_the_page(client):
    data = client.get("/api/search", query_string={"q": GS_QUERY, "k": 5}).get_json()
    # the kb search --json shape, and the facets the page shows (per filter, the hits each value would leave)
    assert set(data) == {"query", "filters", "weak", "note", "total", "page", "pages", "per_page", "hits", "facets"}
    assert data["query"] == GS_QUERY
    assert len(data["hits"]) == 5
    for rank, hit in enumerate(data["hits"], start=1):
        assert set(hit) == {
            "rank", "score", "passage_id", "document", "section", "pages", "lines", "chars", "text", "tags", "citation"
        }  # fmt: skip
        assert hit["citation"]["passage_id"] == hit["passage_id"] and hit["citation"]["lines"] == hit["lines"]
        assert hit["rank"] == rank
        assert set(hit["document"]) == {"id", "title", "source"}
        assert len(hit["lines"]) == 2 and hit["lines"][0] <= hit["lines"][1]
    page = client.get("/", query_string={"q": GS_QUERY, "k": 5}).get_data(as_text=True)
    shown = list(dict.fromkeys(_passage_links(page)))
    assert shown == [hit["passage_id"] for hit in data["hits"]]


def test_api_search_matches_the_cli_json(client, corpus_kb):
    import json

    from click.testing import CliRunner

    from kb.cli import main

    args = ["search", GS_QUERY, "-k", "3", "--level", "provincie", "--json", "--index", str(corpus_kb.index_dir)]
    cli = CliRunner().invoke(main, args)
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/search", query_string={"q": GS_QUERY, "k": 3, "level": "provincie"}).get_json()
    assert {k: v for k, v in api.items() if k != "facets"} == json.loads(cli.output)
    assert api["filters"] == {"level": "provincie"}


def test_document_filter_keeps_results_inside_that_document(client):
    data = client.get("/api/search", query_string={"q": "leefbaarheid kleine kernen", "document": "DBM"}).get_json()
    assert data["hits"]
    assert {hit["document"]["id"] for hit in data["hits"]} == {"dorpenbeleid-midden-drenthe-2020-2026"}


def test_type_filter_returns_only_passages_with_that_tag(client):
    data = client.get("/api/search", query_string={"q": "woningbouw", "type": "request_gs"}).get_json()
    assert data["hits"]
    assert all("request_gs" in hit["tags"] for hit in data["hits"])


@pytest.mark.parametrize("url", ["/?q=", "/?q=%20%20", "/api/search?q=", "/api/search"])
def test_empty_query_is_a_400_with_a_clear_message(client, url):
    response = client.get(url)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Typ eerst waar u naar zoekt" in text


def test_unknown_filter_value_is_a_400_naming_the_known_values(client):
    response = client.get("/api/search", query_string={"q": "wonen", "document": "no-such-document"})
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["type"] == "UsageError"
    assert OMGEVINGSVISIE in error["message"]
    page = client.get("/", query_string={"q": "wonen", "document": "no-such-document"})
    assert page.status_code == 400
    text = page.get_data(as_text=True)
    assert 'role="alert"' in text and "no-such-document" in text
    assert 'name="q" value="wonen"' in text  # the form comes back with the query, ready to fix


@pytest.mark.parametrize("k", ["abc", "0", "1000"])
def test_bad_result_count_is_a_400(client, k):
    response = client.get("/api/search", query_string={"q": "wonen", "k": k})
    assert response.status_code == 400
    assert "number of results must be" in response.get_json()["error"]["message"]


def test_query_text_is_escaped_not_executed(client):
    attack = '<script>alert("x")</script> woningbouw'
    page = client.get("/", query_string={"q": attack}).get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page


def test_highlight_escapes_the_passage_and_marks_the_words_the_search_matched(corpus_kb):
    matched = corpus_kb.matcher("betaalbare woningen")
    marked = str(highlight("Nieuwe <b>huurwoningen</b> & woningbouw in de kernen", matched))
    assert "&lt;b&gt;" in marked and "&amp;" in marked and "<b>" not in marked
    assert "<mark>huurwoningen</mark>" in marked  # a compound part matched
    assert "<mark>woningbouw</mark>" in marked
    assert "<mark>de</mark>" not in marked and "<mark>kernen</mark>" not in marked  # stop words never match
    assert str(highlight("a < b", None)) == "a &lt; b"


def test_marked_words_are_the_words_bm25_matched(corpus_kb):
    """The highlighter and BM25 share the analyzer: a word is marked exactly when one of its terms is a query term."""
    analyzer = corpus_kb.engine.index.lexical.analyzer
    query = "Wat zijn de doelen voor woningen in kleine kernen?"
    wanted = set(analyzer.terms(query))
    matched = corpus_kb.matcher(query)
    for word in "doelstelling woningbouw huurwoningen kern kernen de voor inwoners zorg".split():
        assert matched(word) == bool(wanted & set(analyzer.terms(word))), word
    assert matched("woningen") and matched("doelen") and not matched("zorg")


# -- passage in context ----------------------------------------------------------------------------------


def test_passage_page_shows_the_passage_marked_inside_its_context_with_the_full_citation(client, corpus_kb):
    hit = client.get("/api/search", query_string={"q": GS_QUERY, "k": 1}).get_json()["hits"][0]
    passage = corpus_kb.passage(hit["passage_id"])
    response = client.get(f"/passage/{passage.id}", query_string={"q": GS_QUERY})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    cited = re.search(r'<span class="cited" id="cited">(.*?)</span>\s*<span class="around">', page, re.S)
    assert cited is not None
    assert "<mark>Gedeputeerde</mark>" in cited.group(1)
    shown = html.unescape(re.sub(r"<[^>]+>", "", cited.group(1)))
    assert shown.split() == passage.text.split()
    assert f"{passage.line_start}–{passage.line_end}" in page
    assert passage.section_path[-1] in html.unescape(page)
    document = corpus_kb.document(passage.document_id)
    assert document.source in page
    context = corpus_kb.context(passage.id)
    if context.previous_id:
        assert f'href="/passage/{context.previous_id}' in page
    if context.next_id:
        assert f'href="/passage/{context.next_id}' in page


def test_api_passage_carries_context_citation_and_neighbours(client, corpus_kb):
    passages = corpus_kb.passages()
    # a passage in the middle of its document: neighbours and text on both sides
    position = next(
        i
        for i in range(1, len(passages) - 1)
        if passages[i - 1].document_id == passages[i].document_id == passages[i + 1].document_id
    )
    passage = passages[position]
    data = client.get(f"/api/passage/{passage.id}").get_json()
    assert data["passage"]["id"] == passage.id
    assert data["citation"]["lines"] == [passage.line_start, passage.line_end]
    assert data["citation"]["document"]["source"] == corpus_kb.document(passage.document_id).source
    text = corpus_kb.text(passage.document_id)
    assert data["before"] and text[: passage.char_start].endswith(data["before"])
    assert data["after"] and text[passage.char_end :].startswith(data["after"])
    assert data["previous_id"] == passages[position - 1].id
    assert data["next_id"] == passages[position + 1].id


def test_unknown_passage_is_a_404_in_html_and_json(client):
    page = client.get("/passage/does-not-exist")
    assert page.status_code == 404
    assert "does-not-exist" in page.get_data(as_text=True)
    assert page.content_type.startswith("text/html")
    data = client.get("/api/passage/does-not-exist")
    assert data.status_code == 404
    assert data.get_json()["error"]["type"] == "NotFoundError"


# -- documents -------------------------------------------------------------------------------------------


def test_documents_page_lists_every_document_with_metadata(client, corpus_kb):
    page = client.get("/documents").get_data(as_text=True)
    for document in corpus_kb.documents():
        assert f'href="/documents/{document.id}"' in page
        assert html.escape(document.source) in page
    data = client.get("/api/documents").get_json()
    assert [d["id"] for d in data["documents"]] == [d.id for d in corpus_kb.documents()]
    assert sum(d["passages"] for d in data["documents"]) == len(corpus_kb.passages())


def test_document_outline_links_every_section_to_a_passage_of_that_section(client, corpus_kb):
    data = client.get(f"/api/documents/{OMGEVINGSVISIE}").get_json()
    assert data["document"]["id"] == OMGEVINGSVISIE
    labels = [s["label"] for s in data["sections"]]
    assert any(label.startswith("4.1.2") for label in labels)
    for section in data["sections"]:
        assert section["passage_id"] is not None, section["label"]
        passage = corpus_kb.passage(section["passage_id"])
        assert passage.document_id == OMGEVINGSVISIE
        assert passage.char_end > section["chars"][0]
    page = client.get(f"/documents/{OMGEVINGSVISIE}").get_data(as_text=True)
    assert page.count('href="/passage/') >= len(data["sections"])


def test_document_is_found_by_its_code_and_unknown_documents_are_404(client):
    assert client.get("/api/documents/OVD").get_json()["document"]["id"] == OMGEVINGSVISIE
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/api/documents/nope").get_json()["error"]["status"] == 404


# -- register --------------------------------------------------------------------------------------------


def test_register_filters_by_type_and_document_and_pages_through(client, corpus_kb):
    expected = corpus_kb.items({"type": "request_gs", "document": OMGEVINGSVISIE})
    data = client.get("/api/items", query_string={"type": "request_gs", "document": "OVD"}).get_json()
    assert data["total"] == len(expected) > 0
    assert all(i["type"] == "request_gs" and i["document"]["id"] == OMGEVINGSVISIE for i in data["items"])
    assert [i["id"] for i in data["items"]] == [i.id for i in expected[: data["per_page"]]]
    everything = client.get("/api/items").get_json()
    assert everything["pages"] > 1
    second = client.get("/api/items", query_string={"page": 2}).get_json()
    assert second["items"][0]["id"] == corpus_kb.items()[everything["per_page"]].id
    page = client.get("/items", query_string={"type": "request_gs"}).get_data(as_text=True)
    assert "Verzoek aan GS" in page and "Request to GS" not in page  # the type as people read it, in Dutch
    assert 'rel="next"' in page


def test_register_page_filters_by_who_acts_and_who_is_addressed(client, corpus_kb):
    page = client.get("/items", query_string={"addressee": "Gedeputeerde Staten", "type": "request_gs"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and 'name="addressee" value="Gedeputeerde Staten"' in html
    total = len(corpus_kb.items({"type": "request_gs", "addressee": "gedeputeerde staten"}))
    assert total > 0 and f"{total} items" in html and "→ Gedeputeerde Staten" in html  # each card says who asks whom
    none = client.get("/items", query_string={"actor": "Ministerie van Defensie"}).get_data(as_text=True)
    assert "Geen registeritems bij deze filters." in none


def test_register_theme_and_text_filters(client, corpus_kb):
    theme = next(iter(corpus_kb.stats()["items_per_theme"]))
    data = client.get("/api/items", query_string={"theme": theme}).get_json()
    assert data["total"] == len(corpus_kb.items({"theme": theme}))
    assert all(theme in i["themes"] for i in data["items"])
    found = client.get("/api/items", query_string={"q": "gedeputeerde staten"}).get_json()
    assert found["total"] > 0
    assert all("gedeputeerde staten" in i["text"].lower() for i in found["items"])


@pytest.mark.parametrize(
    ("query", "message"),
    [({"type": "wish"}, "Unknown type"), ({"theme": "ruimtevaart"}, "Unknown theme"), ({"page": "0"}, "page")],
)
def test_register_rejects_unknown_filters_with_a_400(client, query, message):
    response = client.get("/api/items", query_string=query)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
    assert client.get("/items", query_string=query).status_code == 400


def test_each_register_item_cites_a_passage_that_contains_it(client, corpus_kb):
    data = client.get("/api/items", query_string={"type": "request_gs"}).get_json()
    for item in data["items"][:10]:
        passage = corpus_kb.passage(item["citation"]["passage_id"])
        assert passage.document_id == item["document"]["id"]
        assert passage.char_start <= item["chars"][0] < passage.char_end
    page = client.get("/items", query_string={"type": "request_gs"}).get_data(as_text=True)
    first = data["items"][0]
    # the item's link opens its passage with the item's own characters marked
    assert (
        f'href="/passage/{first["citation"]["passage_id"]}?span={first["chars"][0]}-{first["chars"][1]}#quote"' in page
    )


def test_item_page_shows_text_citation_and_links(client, corpus_kb):
    item = corpus_kb.items({"type": "request_gs"})[0]
    page = client.get(f"/items/{item.id}").get_data(as_text=True)
    assert html.escape(item.text, quote=False) in page.replace("&#39;", "'")
    assert 'href="/passage/' in page
    data = client.get(f"/api/items/{item.id}").get_json()
    assert data["item"]["id"] == item.id
    assert len(data["links"]) == len(corpus_kb.links(item.id))
    for link in data["links"]:
        assert link["item"]["id"] != item.id
        assert f'href="/items/{link["item"]["id"]}"' in page


def test_unknown_item_is_a_404(client):
    assert client.get("/items/NOPE-1").status_code == 404
    assert client.get("/api/items/NOPE-1").get_json()["error"]["type"] == "NotFoundError"


# -- errors ----------------------------------------------------------------------------------------------


def test_missing_index_shows_a_friendly_page_saying_to_run_kb_ingest(missing_client):
    page = missing_client.get("/")
    assert page.status_code == 503
    text = page.get_data(as_text=True)
    assert "kb ingest" in text
    assert "Traceback" not in text
    data = missing_client.get("/api/search", query_string={"q": "wonen"})
    assert data.status_code == 503
    assert data.get_json()["error"]["type"] == "IndexMissingError"
    assert "kb ingest" in data.get_json()["error"]["message"]


def test_the_app_picks_up_an_index_built_after_it_started(settings, tiny_corpus):
    from kb.pipeline import build

    client = create_app(settings).test_client()
    assert client.get("/documents").status_code == 503
    build([tiny_corpus], settings)
    response = client.get("/api/documents")
    assert response.status_code == 200
    assert len(response.get_json()["documents"]) == 2


def test_warm_up_loads_the_search_engine_before_the_first_request(corpus_kb):
    from web import warm_up

    app = create_app(corpus_kb.settings)
    warm_up(app).join(timeout=60)
    opened = app.extensions["kb"]
    assert opened is not None and "_engine" in vars(opened)  # model and indexes loaded before the first search
    assert app.test_client().get("/api/search", query_string={"q": "wonen"}).status_code == 200


def test_warm_up_of_a_missing_index_leaves_the_error_to_the_first_request(missing_client):
    from web import warm_up

    warm_up(missing_client.application).join(timeout=60)
    assert missing_client.get("/").status_code == 503


def test_unknown_routes_are_404_in_the_right_format(client):
    assert client.get("/no/such/page").status_code == 404
    assert "text/html" in client.get("/no/such/page").content_type
    response = client.get("/api/no-such-endpoint")
    assert response.status_code == 404
    assert response.get_json()["error"]["status"] == 404


def test_an_unexpected_failure_is_a_clean_500_without_a_traceback(corpus_kb, monkeypatch):
    from web import present

    def broken(kb):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(present, "documents_view", broken)
    client = create_app(corpus_kb.settings, kb=corpus_kb).test_client()
    response = client.get("/api/documents")
    assert response.status_code == 500
    assert response.get_json()["error"]["type"] == "InternalError"
    page = client.get("/documents")
    assert page.status_code == 500
    assert "Traceback" not in page.get_data(as_text=True)


def test_api_index_and_stats(client, corpus_kb):
    endpoints = client.get("/api/").get_json()["endpoints"]
    assert "search" in endpoints
    # the listed export route is a real download once the format is filled in
    export = endpoints["export"].split("?")[0]
    assert client.get(export).headers["Content-Disposition"].startswith("attachment")
    stats = client.get("/api/stats").get_json()
    assert stats["counts"]["documents"] == len(corpus_kb.documents())
    assert stats["manifest"]["schema_version"] == corpus_kb.manifest["schema_version"]


# -- kb serve --------------------------------------------------------------------------------------------


def test_kb_serve_runs_the_app_on_the_given_host_and_port_and_prints_the_url(corpus_kb, monkeypatch):
    import waitress
    from flask import Flask

    from kb.cli import main

    calls = []
    monkeypatch.setattr(waitress, "serve", lambda app, **kwargs: calls.append((app, kwargs)))
    monkeypatch.setattr(Flask, "run", lambda self, **kwargs: pytest.fail("Flask's development server was started"))
    result = CliRunner().invoke(
        main, ["serve", "--index", str(corpus_kb.index_dir), "--host", "127.0.0.1", "--port", "5123"]
    )
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:5123/" in result.output
    app, kwargs = calls[0]
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 5123 and kwargs["threads"] > 1
    assert app.config["KB_SETTINGS"].index_dir == corpus_kb.index_dir


def test_kb_serve_reports_a_busy_port_as_a_clear_error(corpus_kb, monkeypatch):

    import waitress

    from kb.cli import main

    def busy(app, **kwargs):
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(waitress, "serve", busy)
    result = CliRunner().invoke(main, ["serve", "--index", str(corpus_kb.index_dir), "--port", "5124"])
    assert result.exit_code == 2
    assert "try another --port" in result.output


def test_reflow_joins_pdf_line_wraps_but_keeps_paragraphs_and_list_items():
    from web.filters import reflow

    wrapped = "met oog voor mens, natuur en\ntoekomstige generaties."  # 001, a sentence wrapped by the PDF
    assert reflow(wrapped) == "met oog voor mens, natuur en toekomstige generaties."
    bullets = "Werken met het Kompas zorgt voor:\n\n• Transparantie – iedereen kan zien\n• Integrale afweging"
    assert reflow(bullets) == bullets
    assert reflow("Doelen:\n1. meer woningen\n2) betere zorg") == "Doelen:\n1. meer woningen\n2) betere zorg"
    assert reflow("einde van de zin.\n") == "einde van de zin.\n"  # the break before a cited passage stays


def test_query_words_mark_their_inflections(corpus_kb):
    marked = str(highlight("Leefbaarheid in de kleine kern en onze kernen.", corpus_kb.matcher("kleine kernen")))
    assert "<mark>kernen</mark>" in marked and "<mark>kern</mark>" in marked and "<mark>kleine</mark>" in marked
    assert "<mark>Leefbaarheid</mark>" not in marked


def test_amounts_are_shown_the_dutch_way():
    from web.filters import money

    assert money({"value": 20420.0, "currency": "EUR"}) == "€ 20.420"
    assert money({"value": 0.5, "currency": "EUR"}) == "€ 0,50"
    assert money({"value": 1250000.0, "currency": "NLG"}) == "ƒ 1.250.000"


# -- answer ----------------------------------------------------------------------------------------------

ASK_QUERY = "welke verzoeken aan Gedeputeerde Staten over woningbouw"


def test_api_ask_is_the_kb_ask_json_grouped_per_document(client, corpus_kb):
    from kb.records import answer_record

    data = client.get("/api/ask", query_string={"q": ASK_QUERY}).get_json()
    assert data == answer_record(corpus_kb.ask(ASK_QUERY, k=10))
    assert data["documents"] and not data["weak"]
    ids = [group["document"]["id"] for group in data["documents"]]
    assert len(ids) == len(set(ids)), "a document appears twice instead of being grouped"


def test_answer_page_quotes_sentences_that_link_to_the_quote_marked_in_context(client, corpus_kb):
    data = client.get("/api/ask", query_string={"q": ASK_QUERY}).get_json()
    page = client.get("/ask", query_string={"q": ASK_QUERY}).get_data(as_text=True)
    assert page.count('class="card answer-doc"') == len(data["documents"])
    evidence = data["documents"][0]["evidence"][0]
    start, end = evidence["citation"]["chars"]
    href = f"/passage/{evidence['passage_id']}?q={ASK_QUERY.replace(' ', '+')}&amp;span={start}-{end}#quote"
    assert href in page
    context = client.get(f"/api/passage/{evidence['passage_id']}", query_string={"span": f"{start}-{end}"}).get_json()
    assert " ".join(context["cited"]["quote"].split()) == evidence["text"]
    passage_page = client.get(f"/passage/{evidence['passage_id']}", query_string={"span": f"{start}-{end}"})
    assert '<span class="quote" id="quote">' in passage_page.get_data(as_text=True)


def test_answer_says_plainly_when_the_evidence_is_weak(client):
    query = {"q": "ruimtevaart raketlancering mars"}
    assert client.get("/api/ask", query_string=query).get_json()["weak"] is True
    page = client.get("/ask", query_string=query).get_data(as_text=True)
    assert 'class="weak"' in page and "Zwak bewijs" in page


@pytest.mark.parametrize("url", ["/ask?q=", "/api/ask?q=%20", "/api/ask"])
def test_answer_with_an_empty_question_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Typ eerst waar u naar zoekt" in response.get_data(as_text=True)


@pytest.mark.parametrize("span", ["abc", "10-5", "999999000-999999999"])
def test_a_bad_quoted_span_is_a_400(client, corpus_kb, span):
    passage = corpus_kb.passages()[3]
    response = client.get(f"/api/passage/{passage.id}", query_string={"span": span})
    assert response.status_code == 400
    assert "span" in response.get_json()["error"]["message"]


def test_register_cards_say_how_many_links_an_item_has(client, corpus_kb):
    links = corpus_kb.links()
    assert links, "the corpus knowledge base has no links between items"
    linked = corpus_kb.item(links[0].source_id)
    expected = sum(1 for link in links if linked.id in (link.source_id, link.target_id))
    data = client.get(f"/api/items/{linked.id}").get_json()
    assert data["item"]["link_count"] == len(data["links"]) == expected
    position = [i.id for i in corpus_kb.items()].index(linked.id)
    from kb.filters import PER_PAGE

    page = client.get("/items", query_string={"page": position // PER_PAGE + 1}).get_data(as_text=True)
    assert f'href="/items/{linked.id}#verbanden">{expected} verband' in page


def test_filters_given_as_short_codes_show_as_chosen_in_the_forms(client):
    search = client.get("/", query_string={"q": "leefbaarheid", "document": "DBM"}).get_data(as_text=True)
    assert '<option value="dorpenbeleid-midden-drenthe-2020-2026" selected>' in search
    register = client.get("/items", query_string={"document": "DBM"}).get_data(as_text=True)
    assert '<option value="dorpenbeleid-midden-drenthe-2020-2026" selected>' in register


def test_passage_breadcrumb_leads_to_its_section_in_the_outline(client, corpus_kb):
    passage = next(p for p in corpus_kb.passages() if p.document_id == OMGEVINGSVISIE and len(p.section_path) > 1)
    section = next(s for s in corpus_kb.outline(OMGEVINGSVISIE) if s.id == passage.section_id)
    page = client.get(f"/passage/{passage.id}").get_data(as_text=True)
    assert f'href="/documents/{OMGEVINGSVISIE}#section-{section.ordinal}"' in page
    outline = client.get(f"/documents/{OMGEVINGSVISIE}").get_data(as_text=True)
    assert f'id="section-{section.ordinal}"' in outline


def test_search_json_folds_whitespace_in_the_query_like_the_cli(client):
    assert client.get("/api/search", query_string={"q": "  betaalbare \n woningen ", "k": 1}).get_json()["query"] == (
        "betaalbare woningen"
    )


def test_a_server_switches_to_a_new_build_whole_and_keeps_answering_meanwhile(settings, tiny_corpus, monkeypatch):
    """`kb ingest` while serving: every request is answered (from the old build until the new one is loaded),
    and the new document shows up by itself."""
    import time

    import web
    from kb.pipeline import build

    monkeypatch.setattr(web, "SNAPSHOT_CHECK_SECONDS", 0.0)
    build([tiny_corpus], settings)
    client = create_app(settings).test_client()
    assert len(client.get("/api/documents").get_json()["documents"]) == 2
    assert client.get("/api/search", query_string={"q": "wonen"}).status_code == 200
    (tiny_corpus / "nieuw.txt").write_text(
        "1 Doelen\n\nWij streven naar meer woningen voor starters in alle dorpen van de gemeente.\n", encoding="utf-8"
    )
    build([tiny_corpus], settings)
    seen = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        documents = client.get("/api/documents")
        search = client.get("/api/search", query_string={"q": "woningen voor starters"})
        assert documents.status_code == 200 and search.status_code == 200
        seen.append(len(documents.get_json()["documents"]))
        if seen[-1] == 3:
            break
        time.sleep(0.05)
    assert seen[-1] == 3 and set(seen) <= {2, 3}


def test_every_response_carries_security_headers_and_health_says_ready(client, missing_client):
    for path in ("/", "/api/search?q=wonen", "/nope", "/healthz"):
        headers = client.get(path).headers
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
        assert "default-src 'self'" in headers["Content-Security-Policy"] and headers["Referrer-Policy"]
    health = client.get("/healthz")
    assert health.status_code == 200 and health.get_json()["status"] == "ok" and health.get_json()["documents"] >= 7
    assert missing_client.get("/healthz").status_code == 503


def test_kb_serve_runs_a_production_server_on_loopback(corpus_kb, tmp_path):
    """`kb serve` (waitress, not Flask's development server) answers over HTTP and stops cleanly."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "kb.cli", "serve", "--index", str(corpus_kb.index_dir), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    body = response.read().decode()
                    server_header = response.headers.get("Server", "")
                break
            except OSError:
                time.sleep(0.2)
        assert body is not None and '"status":"ok"' in body.replace(" ", "")
        assert "Werkzeug" not in server_header
    finally:
        server.terminate()
        server.wait(timeout=10)
