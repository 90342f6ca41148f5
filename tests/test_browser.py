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


@pytest.fixture
def page(server) -> Iterator[Any]:
    """A Chromium page (1200×900, 15 s timeout) opened on the web UI's start page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            opened = browser.new_page(viewport={"width": 1200, "height": 900})
            opened.set_default_timeout(15_000)
            opened.goto(server + "/")
            yield opened
        finally:
            browser.close()


def test_search_click_a_citation_and_read_the_passage_highlighted_in_context(page, corpus_kb, tmp_path):
    from playwright.sync_api import expect

    page.get_by_label("Query").fill("verzoek aan Gedeputeerde Staten")
    page.get_by_role("button", name="Search passages").click()
    page.wait_for_url("**/?q=*")
    first = page.locator("li.hit").first
    expect(first.locator("mark").first).to_be_visible()
    citation = first.locator(".hit-cite a.cite")
    href = citation.get_attribute("href")
    assert href is not None and href.startswith("/passage/")
    passage = corpus_kb.passage(href.split("/")[2].split("?")[0])
    page.screenshot(path=str(tmp_path / "search.png"))

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
    assert corpus_kb.document(passage.document_id).source in details
    page.screenshot(path=str(tmp_path / "passage.png"), full_page=True)


def test_answer_view_quote_opens_the_sentence_marked_in_its_passage(page):
    from playwright.sync_api import expect

    page.get_by_label("Query").fill("welke verzoeken aan Gedeputeerde Staten over woningbouw")
    page.get_by_role("button", name="Answer across documents").click()
    page.wait_for_url("**/ask?*")
    first = page.locator("section.answer-doc .evidence").first
    quote = " ".join(first.locator("blockquote").inner_text().strip("“” \n").split())
    first.locator("a.cite").click()
    page.wait_for_url("**/passage/**#quote")
    marked = page.locator("#quote")
    expect(marked).to_be_visible()
    assert " ".join(marked.inner_text().split()) == quote
