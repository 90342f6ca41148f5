"""Capture the README's screenshots: the search and answer pages of `indexes/default` at 1366 px.

Run from the repository root after `make run` has built the index:  .venv/bin/python docs/screenshots/capture.py
(needs Debian's Chromium at /usr/bin/chromium, as the browser tests do).
"""

from __future__ import annotations

import threading
from pathlib import Path

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from kb.settings import load_settings
from web import create_app

HERE = Path(__file__).resolve().parent
PAGES = {
    "search": "/?q=betaalbare+woningen+voor+starters+in+kleine+dorpen",
    "answer": "/ask?q=Wat+zeggen+provincie+en+gemeente+over+wonen+voor+starters%3F",
}


def main() -> None:
    app = create_app(load_settings(index_dir=Path("indexes/default")))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1366, "height": 1000})
        for name, path in PAGES.items():
            page.goto(f"http://127.0.0.1:{server.server_port}{path}")
            page.screenshot(path=str(HERE / f"{name}.png"))
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
