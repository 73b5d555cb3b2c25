"""What the API returns: categories, topics and posts as JSON-ready dicts.

Times are ISO 8601 in UTC ("2026-03-01T09:30:00Z"); `html` is the stored,
sanitised HTML of a post, never re-rendered.
"""

from datetime import UTC, datetime
from typing import Any

from app.accounts.models import User
from app.core.permissions import can
from app.core.security import external_url
from app.forums.models import Category, Post, ReactionKind, Topic
from app.forums.services import TopicPage, TopicRow


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def cursor(topic: Topic) -> str:
    """The keyset position after topic: its latest activity (to the microsecond) and id."""
    at = topic.last_post_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return f"{at}_{topic.id}"


def person(user: User) -> dict[str, Any]:
    return {"id": user.id, "name": user.name}


def category(viewer: Any, place: Category) -> dict[str, Any]:
    return {
        "id": place.id,
        "slug": place.slug,
        "name": place.name,
        "description": place.description,
        "parent_id": place.parent_id,
        "view_scope": place.view_scope,
        "post_scope": place.post_scope,
        "can_post": can(viewer, "post_in_category", place),
        "url": external_url("forums.category", slug=place.slug),
    }


def topic(found: Topic, tags: list[str]) -> dict[str, Any]:
    place = found.category
    return {
        "id": found.id,
        "title": found.title,
        "kind": found.kind,
        "category": {"id": place.id, "slug": place.slug, "name": place.name},
        "author": person(found.author),
        "tags": tags,
        "pinned": found.pinned,
        "closed": found.closed,
        "reply_count": found.reply_count,
        "last_post_number": found.last_number,
        "accepted_post_id": found.accepted_post_id,
        "created_at": iso(found.created_at),
        "last_post_at": iso(found.last_post_at),
        "url": external_url("forums.topic", topic_id=found.id),
    }


def topic_row(row: TopicRow) -> dict[str, Any]:
    return topic(row.topic, row.tags)


def post(found: Post, view: TopicPage | None = None) -> dict[str, Any]:
    """A post; a hidden one keeps only its place unless the viewer moderates."""
    hidden = found.deleted_at is not None
    moderator = view is not None and "moderate_forums" in view.topic_allowed
    names = view.reactions.get(found.id, {}) if view is not None else {}
    shown = not hidden or moderator
    return {
        "id": found.id,
        "topic_id": found.topic_id,
        "number": found.number,
        "author": person(found.author),
        "html": found.html if shown else None,
        "reply_to_id": found.reply_to_id,
        "hidden": hidden,
        "created_at": iso(found.created_at),
        "edited_at": iso(found.edited_at),
        "reactions": {str(kind): len(names.get(kind, [])) for kind in ReactionKind}
        if shown
        else {},
        "reacted": sorted(k for p, k in view.mine if p == found.id) if view is not None else [],
        "url": external_url("forums.post", post_id=found.id),
    }


def topic_page(found: Topic, view: TopicPage, per_page: int) -> dict[str, Any]:
    accepted = view.accepted
    return {
        "topic": topic(found, view.tags) | {"can_reply": "reply" in view.topic_allowed},
        "page": view.page,
        "pages": view.pages,
        "per_page": per_page,
        "posts": [post(p, view) for p in view.posts],
        "accepted_post": post(accepted, view) if accepted is not None else None,
    }
