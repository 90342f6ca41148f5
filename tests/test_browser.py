"""A real browser (Debian's Chromium through Playwright) searches, clicks a citation and reads it in context."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)"
)


@pytest.fixture
def server(corpus_kb) -> Iterator[str]:
    """The web UI on 127.0.0.1 on a free port, served from a thread for the length of one test."""
    app = create_app(corpus_kb.settings, kb=corpus_kb)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        thread.join(timeout=10)
        httpd.server_close()


SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"  # not committed (.gitignore)
WIDE, NARROW = {"width": 1366, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(server, browser) -> Iterator[Any]:
    """A Chromium page (1366×900, 15 s timeout) on the web UI's start page; console errors and uncaught
    exceptions are collected in `page.problems` and must stay empty."""
    opened = browser.new_page(viewport=WIDE, accept_downloads=True)
    opened.set_default_timeout(15_000)
    opened.problems = []
    opened.on("console", lambda message: message.type == "error" and opened.problems.append(message.text))
    opened.on("pageerror", lambda error: opened.problems.append(str(error)))
    opened.goto(server + "/")
    yield opened
    assert opened.problems == [], opened.problems


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_search_facet_citation_passage_and_source_view(page, corpus_kb):
    from playwright.sync_api import expect

    page.get_by_label("Zoekvraag").fill("verzoek aan Gedeputeerde Staten")
    page.get_by_role("button", name="Zoek passages").click()
    page.wait_for_url("**/?q=*")
    expect(page.locator("li.hit").first.locator("mark").first).to_be_visible()
    shoot(page, "search-1366")

    # a facet applies as soon as it is chosen, and its count is what the page then holds
    level = page.get_by_label("Bestuurslaag")
    option = level.locator("option", has_text="provincie")
    count = int(option.inner_text().rsplit("(", 1)[1].rstrip(")"))
    level.select_option("provincie")
    page.wait_for_url("**level=provincie*")
    documents = [a.get_attribute("href").split("/")[-1] for a in page.locator("li.hit a.doc-title").all()]
    assert documents and all(corpus_kb.document(d).level == "provincie" for d in documents)
    assert count >= 1

    first = page.locator("li.hit").first
    citation = first.locator(".hit-cite a.cite")
    href = citation.get_attribute("href")
    assert href is not None and href.startswith("/passage/")
    passage = corpus_kb.passage(href.split("/")[2].split("?")[0])
    citation.click()
    page.wait_for_url("**/passage/**")
    cited = page.locator("#cited")
    expect(cited).to_be_visible()
    assert " ".join(cited.inner_text().split()) == " ".join(passage.text.split())
    assert "Gedeputeerde" in cited.locator("mark").all_inner_texts(), "query terms are not marked"
    background = cited.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the cited passage is not highlighted"
    details = page.locator("dl.citation-full").inner_text()
    assert f"{passage.line_start}–{passage.line_end}" in details
    shoot(page, "passage-1366")

    # the source view opens on the cited lines, marked and scrolled to
    page.locator("dl.citation-full a.source-link").click()
    page.wait_for_url(f"**/source?lines={passage.line_start}-{passage.line_end}#r{passage.line_start}")
    marked = page.locator("li.cited-line")
    assert marked.count() == passage.line_end - passage.line_start + 1
    expect(page.locator(f"#r{passage.line_start}")).to_be_in_viewport()
    source_lines = corpus_kb.source_lines(passage.document_id)
    first_line = next(line for line in source_lines if line.number == passage.line_start)
    assert " ".join(first_line.text.split()) in " ".join(marked.first.inner_text().split())
    shoot(page, "source-1366")


def test_answer_view_quote_opens_the_sentence_marked_in_its_passage(page):
    from playwright.sync_api import expect

    page.get_by_label("Zoekvraag").fill("welke verzoeken aan Gedeputeerde Staten over woningbouw")
    page.get_by_role("button", name="Antwoord uit de documenten").click()
    page.wait_for_url("**/ask?*")
    shoot(page, "answer-1366")
    first = page.locator("section.answer-doc .evidence").first
    quote = " ".join(first.locator("blockquote").inner_text().strip("“” \n").split())
    first.locator("a.cite").click()
    page.wait_for_url("**/passage/**#quote")
    marked = page.locator("#quote")
    expect(marked).to_be_visible()
    assert " ".join(marked.inner_text().split()) == quote


def test_register_facet_then_download_excel(page, server, tmp_path):
    from openpyxl import load_workbook

    page.goto(server + "/items")
    page.locator("select[name=type]").select_option("budget")
    page.wait_for_url("**type=budget*")
    total = int(page.locator("p.summary").inner_text().split()[0])
    assert total > 0 and page.locator("li.item .type-budget").count() == page.locator("li.item").count()
    shoot(page, "register-1366")
    with page.expect_download() as caught:
        page.get_by_role("link", name="Excel").click()
    path = tmp_path / caught.value.suggested_filename
    caught.value.save_as(path)
    sheet = load_workbook(path).worksheets[0]
    assert sheet.max_row - 1 == total  # a header row and one row per item


NARROW_PAGES = [
    "/",
    "/?q=wonen+voor+starters",
    "/ask?q=wonen+voor+starters",
    "/documents",
    "/items",
    "/sources",
    "/trace",
]


def test_every_page_fits_a_390_pixel_screen(server, browser, corpus_kb):
    """No sideways scrolling at 390 px: tables become stacked rows, long words and codes wrap."""
    opened = browser.new_page(viewport=NARROW)
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    document = corpus_kb.documents()[0]
    item = corpus_kb.items()[0]
    passage = corpus_kb.passages_of(document.id)[3]
    paths = [
        *NARROW_PAGES,
        f"/documents/{document.id}",
        f"/documents/{document.id}/source?lines={passage.line_start}-{passage.line_end}",
        f"/passage/{passage.id}",
        f"/items/{item.id}",
    ]
    too_wide = {}
    for number, path in enumerate(paths):
        opened.goto(server + path)
        width = opened.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"]:
            too_wide[path] = width
        shoot(opened, f"narrow-{number:02d}")
    assert too_wide == {}
    assert problems == []


def test_confirm_a_link_on_an_item_page(browser, tmp_path, settings):
    """Curation in a real browser: the confirm button posts the page's form (with its token) and the link is
    shown as confirmed; an own knowledge base, as decisions are written beside the index."""
    from kb.knowledge import KnowledgeBase
    from kb.pipeline import build

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "begroting.txt").write_text(
        "Programma 2 Leefbare dorpen\n\n2.1 Wat willen we bereiken?\n\n"
        "Ons doel is dat alle dorpshuizen in de kleine kernen open blijven als ontmoetingsplek.\n\n"
        "2.2 Wat gaan we daarvoor doen?\n\n"
        "- Opstellen van een onderhoudsplan voor de dorpshuizen in de kleine kernen.\n",
        encoding="utf-8",
    )
    build([folder], settings)
    kb = KnowledgeBase.open(settings)
    action = kb.items({"type": "action"})[0]
    app = create_app(settings, kb=kb)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        opened = browser.new_page(viewport=WIDE)
        problems: list[str] = []
        opened.on("pageerror", lambda error: problems.append(str(error)))
        opened.goto(f"http://127.0.0.1:{httpd.server_port}/items/{action.id}")
        opened.get_by_role("button", name="Bevestig").first.click()
        opened.wait_for_url(f"**/items/{action.id}#verbanden")
        assert "bevestigd" in opened.locator("table.links").inner_text()
        shoot(opened, "item-confirmed-1366")
        assert problems == []
    finally:
        httpd.shutdown()
        thread.join(timeout=10)
        httpd.server_close()
    assert kb.links(action.id)[0].status == "confirmed"
