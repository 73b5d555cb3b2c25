"""Who calls the API: a member by personal token, the browser session (reads only), or a visitor.

A token acts with exactly its member's permissions. The browser session may only
read: writes need a token, so the API needs no CSRF token anywhere (the header
cannot be sent by another site's page).
"""

from flask import Response, current_app, request
from flask_babel import lazy_gettext as _l
from flask_limiter.util import get_remote_address
from flask_login import current_user

from app.accounts import tokens
from app.api.blueprint import bp
from app.core.errors import DomainError
from app.extensions import db, login_manager

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Room for a longest post (50,000 characters) even when every character is \u-escaped.
MAX_BODY_BYTES = 512 * 1024
WRITE_LIMIT = "20 per minute"


class NotSignedIn(DomainError):
    """The request needs a valid API token."""

    status = 401

    def __init__(self, message: str = "", field: str | None = None, token_given: bool = False):
        super().__init__(message, field)
        self.token_given = token_given


def _bearer_token() -> str | None:
    """The token of an `Authorization: Bearer <token>` header; None without the header."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise NotSignedIn(
            _l("Send the token in the header Authorization: Bearer <token>."), token_given=True
        )
    return value.strip()


@bp.before_request
def authenticate() -> None:
    request.max_content_length = current_app.config.get("API_MAX_BODY_BYTES", MAX_BODY_BYTES)
    raw = _bearer_token()
    if raw is not None:
        user = tokens.user_for_token(raw)
        if user is None:
            raise NotSignedIn(_l("This API token is not valid or was revoked."), token_given=True)
        db.session.commit()  # when the token was last used
        # The token's member is current_user for this request only: no session is made.
        login_manager._update_request_context_with_user(user)
    elif request.method not in READ_METHODS:
        raise NotSignedIn(
            _l("Writing needs an API token: send the header Authorization: Bearer <token>.")
        )


@bp.after_request
def vary_by_token(response: Response) -> Response:
    response.vary.add("Authorization")  # the answer depends on whose token it is
    return response


def caller_key() -> str:
    """Rate limits count per member when signed in, else per address."""
    if current_user.is_authenticated:
        return f"member:{current_user.id}"
    return get_remote_address() or "unknown"


def write_limit() -> str:
    return current_app.config.get("API_WRITE_LIMIT", WRITE_LIMIT)
