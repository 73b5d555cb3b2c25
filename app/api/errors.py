"""The API's errors: always JSON `{"error": message, "status": code}`, in the caller's language.

The language is that of the token's member (current_user), else the browser's.
"""

from flask import Response, jsonify, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException

from app.api.auth import NotSignedIn
from app.api.blueprint import bp
from app.core.errors import ERROR_TEXTS, DomainError

API_TEXTS = {
    401: _l("Writing needs an API token: send the header Authorization: Bearer <token>."),
    403: _l("You may not do this."),
    404: _l("Not found."),
}


def _default_text(status: int) -> str:
    if status == 413 and request.max_content_length:
        kb = request.max_content_length // 1024
        return str(_l("The request is too large: send at most %(kb)d KB.", kb=kb))
    return str(API_TEXTS.get(status) or ERROR_TEXTS.get(status, ERROR_TEXTS[500])[1])


def api_error(status: int, message: str | None = None, field: str | None = None) -> Response:
    body = {"error": str(message) if message else _default_text(status), "status": status}
    if field:
        body["field"] = field
    response = jsonify(body)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


@bp.errorhandler(DomainError)
def handle_domain_error(error: DomainError) -> Response:
    response = api_error(error.status, error.message or None, error.field)
    if isinstance(error, NotSignedIn) and error.token_given:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api", error="invalid_token"'
    return response


@bp.errorhandler(HTTPException)
def handle_http_error(error: HTTPException) -> Response | HTTPException:
    if error.code is None or error.code < 400:  # a redirect is not an error
        return error
    response = api_error(error.code)
    headers = dict(error.get_headers())
    for name in ("Allow", "Retry-After"):  # 405 says what is allowed; 429 when to come back
        if name in headers:
            response.headers[name] = headers[name]
    return response
