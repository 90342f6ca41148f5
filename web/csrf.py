"""Protection for the pages that change something (link curation): a signed token in every form, checked on POST
together with the Origin header, so that another site cannot make a browser decide on someone's behalf."""

from __future__ import annotations

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from kb.errors import UsageError

TOKEN_AGE_SECONDS = 12 * 3600  # a form older than this asks to be reloaded


class CsrfError(UsageError):
    """A POST without a valid token or from another origin."""

    http_status = 403


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(str(current_app.secret_key), salt="kb-curation")


def csrf_token() -> str:
    return _serializer().dumps("curate")


def check_csrf() -> None:
    origin = request.headers.get("Origin")
    if origin and origin.rstrip("/") != request.host_url.rstrip("/"):
        raise CsrfError("This form was sent from another site; it was not accepted")
    try:
        _serializer().loads(request.form.get("csrf_token", ""), max_age=TOKEN_AGE_SECONDS)
    except BadSignature as exc:
        raise CsrfError("This form has expired or was not sent from kb; reload the page and try again") from exc
