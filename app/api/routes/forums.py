"""The forums over the API: categories, topic lists, topics with their posts, and writing."""

from datetime import datetime

from flask import request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.api import payload, serializers
from app.api.auth import caller_key, write_limit
from app.api.blueprint import bp
from app.core.errors import Invalid, NotFound
from app.core.forms import optional_int
from app.core.security import external_url
from app.extensions import db, limiter
from app.forums import services
from app.forums.models import Category, Post, Topic, TopicKind
from app.forums.urls import PER_PAGE

LIMIT_DEFAULT, LIMIT_MAX = services.TOPICS_PER_PAGE, 100
MAX_TAGS = 5


def _category(slug: str) -> Category:
    try:
        return services.category_by_slug(current_user, slug)
    except NotFound as error:  # 404 as on the pages, whether missing or private
        raise NotFound(
            _l("There is no category with the address “%(slug)s”.", slug=slug[:80]),
            field="category",
        ) from error


def _before() -> tuple[datetime, int] | None:
    """The keyset cursor: the `next` value of the previous page."""
    raw = request.args.get("before")
    if raw is None:
        return None
    cursor = services.parse_cursor(raw)
    if cursor is None:
        raise Invalid(_l("This cursor is not valid: pass the “next” value as it was given."),
                      field="before")  # fmt: skip
    return cursor


def _limit() -> int:
    raw = request.args.get("limit")
    if raw is None:
        return LIMIT_DEFAULT
    number = optional_int(raw)
    if number is None or not 1 <= number <= LIMIT_MAX:
        raise Invalid(_l("“limit” must be a whole number from 1 to %(max)d.", max=LIMIT_MAX),
                      field="limit")  # fmt: skip
    return number


def _reply_target(topic: Topic, post_id: int | None) -> Post | None:
    if post_id is None:
        return None
    try:
        target = services.get_post(current_user, post_id)
    except NotFound:
        target = None
    if target is None or target.topic_id != topic.id or target.deleted_at is not None:
        raise Invalid(_l("“reply_to” must be the id of a post in this topic."), field="reply_to")
    return target


@bp.get("/forums/categories")
def categories():
    """The categories the caller may view, in display order."""
    places = services.visible_categories(current_user)
    return {"categories": [serializers.category(current_user, c) for c in places]}


@bp.get("/forums/topics")
def topics():
    """Topics by latest activity, keyset-paged; the first page also lists pinned topics."""
    slug = request.args.get("category")
    places = [_category(slug)] if slug is not None else services.visible_categories(current_user)
    before, limit = _before(), _limit()
    rows = services.list_topics(current_user, places, "latest", before, limit)
    body = {
        "topics": [serializers.topic_row(row) for row in rows],
        "next": serializers.cursor(rows[-1].topic) if len(rows) == limit else None,
    }
    if before is None:
        pinned = services.list_topics(current_user, places, "latest", limit=LIMIT_MAX, pinned=True)
        body["pinned"] = [serializers.topic_row(row) for row in pinned]
    return body


@bp.get("/forums/topics/<int:topic_id>")
def topic(topic_id: int):
    """A topic and one page of its posts (20 a page, by post number, as on the web page)."""
    found = services.get_topic(current_user, topic_id)
    view = services.topic_page(
        current_user, found, request.args.get("page", type=optional_int) or 1
    )
    return serializers.topic_page(found, view, PER_PAGE)


@bp.post("/forums/topics")
@limiter.limit(write_limit, key_func=caller_key)
def create_topic():
    """Start a topic: {"category", "title", "body", "kind"?, "tags"?}; answers as GET does."""
    data = payload.json_object()
    slug, title, body = (payload.text(data, name) for name in ("category", "title", "body"))
    kind = payload.text(data, "kind", required=False) or TopicKind.DISCUSSION
    tags = payload.text_list(data, "tags", most=MAX_TAGS)
    place = _category(slug)
    found = services.create_topic(current_user, place, title, body, kind=kind, tags=tags)
    db.session.commit()
    view = services.topic_page(current_user, found, 1)
    location = external_url("forums.topic", topic_id=found.id)
    return serializers.topic_page(found, view, PER_PAGE), 201, {"Location": location}


@bp.post("/forums/topics/<int:topic_id>/posts")
@limiter.limit(write_limit, key_func=caller_key)
def create_post(topic_id: int):
    """Reply in a topic: {"body", "reply_to"?: post id}."""
    found = services.get_topic(current_user, topic_id)
    data = payload.json_object()
    body = payload.text(data, "body")
    reply_to = _reply_target(found, payload.whole_number(data, "reply_to"))
    written = services.reply(current_user, found, body, reply_to)
    db.session.commit()
    answer = serializers.post(written)
    return {"post": answer}, 201, {"Location": answer["url"]}
