"""Signed tokens, safe redirects, external URLs and the response security headers."""

from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, abort, current_app, request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.routing import IntegerConverter

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class TokenError(Exception):
    """A signed token that is malformed, tampered with or expired."""

    def __init__(self, expired: bool = False) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"m4eg-{purpose}")


def make_token(purpose: str, payload: Any) -> str:
    return _serializer(purpose).dumps(payload)


def read_token(purpose: str, token: str, max_age: int | None = None) -> Any:
    """The payload of a token made for purpose; raises TokenError."""
    try:
        return _serializer(purpose).loads(token, max_age=max_age)
    except SignatureExpired as error:
        raise TokenError(expired=True) from error
    except (BadSignature, UnicodeError, ValueError) as error:
        raise TokenError() from error


def external_url(endpoint: str, **values: Any) -> str:
    """An absolute URL on SITE_URL, usable outside a request (emails, jobs, feeds)."""
    return _adapter().build(endpoint, values, force_external=True)


def absolute(path: str) -> str:
    """A site path as an absolute URL on SITE_URL."""
    return current_app.config["SITE_URL"].rstrip("/") + path


def _adapter():
    parts = urlsplit(current_app.config["SITE_URL"])
    return current_app.url_map.bind(
        parts.netloc, script_name=parts.path or "/", url_scheme=parts.scheme or "http"
    )


def site_path(endpoint: str, **values: Any) -> str:
    """A path on this site, usable outside a request (stored links, notifications)."""
    return _adapter().build(endpoint, values)


def safe_next(target: str | None, default: str = "/") -> str:
    """A redirect target on this site only (no scheme, host or protocol-relative URL)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target or any(ord(c) < 32 for c in target):
        return default
    return target


class IdConverter(IntegerConverter):
    """<int:...> in URLs, bounded so a huge number is a 404, not a database error."""

    def __init__(self, url_map, fixed_digits=0, min=0, max=2**31 - 1, signed=False) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def set_security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.endpoint != "static":
        # Pages are personal (language, member); shared caches must not keep them.
        response.headers.setdefault("Cache-Control", "private, no-cache")
    return response


def refuse_nul() -> None:
    """No address carries a NUL character honestly; PostgreSQL cannot store one."""
    if "\x00" in request.path or b"%00" in request.query_string:
        abort(400)


def init_app(app: Flask) -> None:
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_nul)
    app.after_request(set_security_headers)
