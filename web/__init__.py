"""Web edge: the Flask app factory. Pages and their JSON twins call the same read-side API as the CLI."""

from __future__ import annotations

import logging
import os
import re
import secrets
import threading
import time
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app, jsonify, render_template, request
from markupsafe import escape
from werkzeug.exceptions import HTTPException

from kb.errors import IndexMissingError, KbError
from kb.settings import Settings, load_settings

if TYPE_CHECKING:
    from kb.knowledge import KnowledgeBase

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, kb: KnowledgeBase | None = None) -> Flask:
    """Build the app. `kb` (an opened KnowledgeBase) is used as is; otherwise it is opened on first request,
    so a server started before `kb ingest` finishes shows a friendly page and picks the index up later."""
    app = Flask(__name__)
    app.config["KB_SETTINGS"] = settings if settings is not None else load_settings()
    app.config["JSON_SORT_KEYS"] = False
    # signs the forms that change something (web/csrf.py); a restart without KB_SECRET_KEY asks to reload them
    app.secret_key = os.environ.get("KB_SECRET_KEY") or secrets.token_hex(32)
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES  # every page is a GET; a body is refused above this
    app.config["MAX_FORM_MEMORY_SIZE"] = MAX_REQUEST_BYTES
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["kb"] = kb
    app.extensions["kb_owned"] = False
    app.extensions["kb_lock"] = threading.Lock()

    from web import filters
    from web.api import api
    from web.views import pages

    filters.register(app)
    app.register_blueprint(pages)
    app.register_blueprint(api, url_prefix="/api")

    app.after_request(_security_headers)
    app.after_request(_relative_location)

    @app.get("/healthz")
    def health() -> Any:
        """Liveness and readiness: 200 with the build when a knowledge base is open, 503 while there is none."""
        try:
            kb = get_kb()
        except KbError as exc:
            return jsonify({"status": "unavailable", "reason": public_text(str(exc))}), 503
        return jsonify({"status": "ok", "built_at": kb.built_at, "documents": len(kb.documents())})

    @app.get("/favicon.ico")
    def favicon() -> Any:
        return app.send_static_file("favicon.ico")

    app.register_error_handler(KbError, _kb_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


MAX_REQUEST_BYTES = 64 * 1024  # the largest request body the server reads (413 above it)
SNAPSHOT_CHECK_SECONDS = 1.0  # how often a request looks whether a new build has been swapped in


# Every response: no sniffing of content types, no framing by other sites, no referrer to other sites, and a
# content security policy that allows only this server's own scripts, styles and images.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
}


def _security_headers(response: Any) -> Any:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _relative_location(response: Any) -> Any:
    """A redirect to this server names the path only: the Host header a client sent never reaches a link."""
    location = response.headers.get("Location")
    if location and location.startswith(request.host_url):
        response.headers["Location"] = "/" + location[len(request.host_url) :]
        if response.status_code in (301, 302, 303, 307, 308) and response.mimetype == "text/html":
            response.set_data(
                f'<a href="{escape(response.headers["Location"])}">{escape(response.headers["Location"])}</a>'
            )
    return response


def get_kb() -> KnowledgeBase:
    """The app's KnowledgeBase, opened lazily (and retried on the next request while the index is missing).

    A knowledge base the app opened itself is one build: when `kb ingest` swaps a new build in, the next request
    starts loading it in the background and every request keeps being answered from the old build, whole, until
    the new one is ready — then the app switches (no mixed state; a knowledge base given to create_app stays)."""
    kb: KnowledgeBase | None = current_app.extensions.get("kb")
    if kb is not None:
        if current_app.extensions.get("kb_owned"):
            _follow_new_builds(current_app._get_current_object(), kb)  # type: ignore[attr-defined]
        return kb
    from kb.knowledge import KnowledgeBase

    with current_app.extensions["kb_lock"]:
        kb = current_app.extensions.get("kb")
        if kb is None:
            kb = KnowledgeBase.open(current_app.config["KB_SETTINGS"])
            current_app.extensions["kb"] = kb
            current_app.extensions["kb_owned"] = True
    return kb


def _follow_new_builds(app: Flask, kb: KnowledgeBase) -> None:
    now = time.monotonic()
    if now - app.extensions.get("kb_checked", 0.0) < SNAPSHOT_CHECK_SECONDS or app.extensions.get("kb_loading"):
        return
    app.extensions["kb_checked"] = now
    if kb.is_current():
        return
    app.extensions["kb_loading"] = True

    def load() -> None:
        from kb.knowledge import KnowledgeBase

        try:
            loaded = kb.__dict__.get("_engine")
            fresh = KnowledgeBase.open(kb.settings, embedder=loaded.embedder if loaded is not None else None)
            fresh.engine  # noqa: B018 - load model and indexes before any request sees this build
            app.extensions["kb"] = fresh
        except Exception:  # noqa: BLE001 - a half-written or broken build: keep serving the old one, retry later
            log.exception("A new build at %s could not be loaded; still serving the previous one", kb.index_dir)
        finally:
            app.extensions["kb_loading"] = False

    threading.Thread(target=load, name="kb-new-build", daemon=True).start()


def warm_up(app: Flask) -> threading.Thread:
    """Open the knowledge base and load the search engine (model, indexes) in the background, so the first
    search after `kb serve` does not pay for loading them. Failures are left for the first request to report."""

    def work() -> None:
        with app.app_context():
            try:
                get_kb().engine.embedder.encode_queries(["warm-up"])
            except Exception:  # noqa: BLE001 - a missing or broken index is reported by the request that needs it
                return

    thread = threading.Thread(target=work, name="kb-warm-up", daemon=True)
    thread.start()
    return thread


def wants_json() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def _error_response(status: int, kind: str, message: str, dutch: str | None = None) -> Any:
    """An error as JSON under /api (the message, and `melding` in Dutch) or as a Dutch page."""
    from web import messages

    melding = dutch if dutch is not None else messages.dutch(kind, message)
    if wants_json():
        return jsonify({"error": {"status": status, "type": kind, "message": message, "melding": melding}}), status
    message = melding
    if status == 400 and request.endpoint in ("pages.search", "pages.ask"):
        # A query that cannot run: show the form again, with the user's input and the reason, to fix it there.
        from web.present import filter_options

        return (
            render_template(
                "search.html",
                options=filter_options(get_kb()),
                result=None,
                query=request.args.get("q", ""),
                terms=None,
                counts=None,
                error=message,
            ),
            status,
        )
    template = "index_missing.html" if kind == IndexMissingError.__name__ else "error.html"
    settings = current_app.config["KB_SETTINGS"]
    return (
        render_template(
            template,
            status=status,
            title=messages.title(status),
            kind=kind,
            message=message,
            index_dir=settings.index_dir if not settings.index_dir.is_absolute() else settings.index_dir.name,
        ),
        status,
    )


# A path of the server's disk inside a message ("No knowledge base at /srv/kb/indexes/default — …"): shown by
# its last part only, as no response names where things lie on the server.
ABSOLUTE_PATH = re.compile(r"(?<![\w.:/])/(?:[^\s/'\"`()<>]+/)+([^\s/'\"`()<>]*)")


def public_text(message: str) -> str:
    """A message without absolute paths of the server's disk (each replaced by its last part)."""
    return ABSOLUTE_PATH.sub(lambda match: match.group(1) or "…", message)


def _kb_error(error: KbError) -> Any:
    return _error_response(error.http_status, type(error).__name__, public_text(str(error)))


def _http_error(error: HTTPException) -> Any:
    status = error.code or 500
    message = error.description or error.name
    dutch = {
        404: "Deze pagina bestaat niet. Begin bij zoeken of bij de lijst met documenten.",
        405: "Deze pagina kan zo niet worden opgevraagd.",
        413: "Het verzoek is te groot.",
        414: "Het webadres is te lang.",
    }.get(status, "Dit verzoek kan niet worden uitgevoerd.")
    if status == 404:
        message = f"There is no page at {request.path}"
    return _error_response(status, error.name, message, dutch)


def _unexpected_error(error: Exception) -> Any:
    log.exception("Unexpected error while serving %s", request.path)
    return _error_response(
        500,
        "InternalError",
        f"Something went wrong on our side ({type(error).__name__}); see the server log.",
        "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, meld het dan aan de beheerder.",
    )
