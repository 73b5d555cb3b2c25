"""Atom feeds of the forums: public ones for everyone, private ones by a member's feed token."""

from contextlib import AbstractContextManager, nullcontext

from flask import Response, abort, request
from flask_babel import force_locale

from app.accounts import tokens
from app.accounts.models import User
from app.forums import feeds, services
from app.forums.blueprint import bp

ATOM_TYPE = "application/atom+xml; charset=utf-8"


def _reader() -> User | None:
    """The member whose private feed this is (?token=...), None for the public feed.

    The browser session is not used, so a feed address shows the same to any reader.
    """
    if "token" not in request.args:
        return None
    reader = tokens.user_for_feed_token(request.args.get("token", ""))
    if reader is None:
        abort(404)  # a wrong or reset token: no feed here
    return reader


def _in_language_of(reader: User | None) -> AbstractContextManager:
    return force_locale(reader.locale) if reader is not None else nullcontext()


def _atom(body: bytes, reader: User | None) -> Response:
    response = Response(body, content_type=ATOM_TYPE)
    if reader is not None:
        response.headers["X-Robots-Tag"] = "noindex"
    response.add_etag()  # feed readers poll: let them get 304 Not Modified
    return response.make_conditional(request)


@bp.route("/latest.atom")
def latest_feed():
    reader = _reader()
    with _in_language_of(reader):
        body = feeds.latest_feed(reader, reader.feed_token if reader else None)
    return _atom(body, reader)


@bp.route("/c/<slug>.atom")
def category_feed(slug: str):
    reader = _reader()
    place = services.category_by_slug(reader, slug)
    with _in_language_of(reader):
        body = feeds.category_feed(reader, place, reader.feed_token if reader else None)
    return _atom(body, reader)
