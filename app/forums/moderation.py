"""Moderation: flags, pin, close, move, merge, split, hide and restore, all logged."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.core.db import utcnow
from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.forums import search
from app.forums.models import Category, Flag, ModerationLog, Post, Topic
from app.forums.services import recount
from app.forums.urls import topic_url
from app.notifications.services import notify

REASON_MAX = 1000


def _require(actor: User) -> None:
    if not can(actor, "moderate_forums"):
        raise PermissionDenied()


def _log(actor: User, action: str, topic: Topic | None = None, post: Post | None = None,
         reason: str = "", details: str = "") -> ModerationLog:  # fmt: skip
    entry = ModerationLog(
        actor_id=actor.id, action=action, topic_id=topic.id if topic else None,
        post_id=post.id if post else None, reason=(reason or "").strip()[:REASON_MAX],
        details=details,
    )  # fmt: skip
    db.session.add(entry)
    return entry


def flag(actor: User, post: Post, reason: str) -> Flag:
    """Report a post to the moderators."""
    if not can(actor, "flag", post):
        raise PermissionDenied(_l("You cannot report this post."))
    if not reason.strip():
        raise Invalid(_l("Say what is wrong with this post."), field="reason")
    existing = db.session.scalar(
        select(Flag).where(
            Flag.post_id == post.id, Flag.user_id == actor.id, Flag.resolved_at.is_(None)
        )
    )
    if existing is not None:
        return existing
    report = Flag(post_id=post.id, user_id=actor.id, reason=reason.strip()[:REASON_MAX])
    db.session.add(report)
    db.session.flush()
    return report


def open_flags(actor: User) -> list[Flag]:
    _require(actor)
    return list(
        db.session.scalars(
            select(Flag)
            .where(Flag.resolved_at.is_(None))
            .options(joinedload(Flag.post).joinedload(Post.topic), joinedload(Flag.user))
            .order_by(Flag.created_at)
        ).all()
    )


def resolve_flags(actor: User, post: Post, hide: bool, reason: str = "") -> None:
    """Close every open report on a post, hiding it or keeping it."""
    _require(actor)
    for report in db.session.scalars(
        select(Flag).where(Flag.post_id == post.id, Flag.resolved_at.is_(None))
    ):
        report.resolved_at, report.resolved_by_id = utcnow(), actor.id
        report.resolution = "hidden" if hide else "kept"
    if hide:
        hide_post(actor, post, reason or _l("Reported by members"))
    else:
        _log(actor, "keep", post.topic, post, reason)


def set_pinned(actor: User, topic: Topic, pinned: bool, reason: str = "") -> None:
    _require(actor)
    topic.pinned = pinned
    _log(actor, "pin" if pinned else "unpin", topic, reason=reason)


def set_closed(actor: User, topic: Topic, closed: bool, reason: str = "") -> None:
    _require(actor)
    topic.closed = closed
    _log(actor, "close" if closed else "open", topic, reason=reason)


def move(actor: User, topic: Topic, category: Category, reason: str = "") -> None:
    _require(actor)
    if not can(actor, "view_category", category):
        raise PermissionDenied()
    details = f"{topic.category.slug} -> {category.slug}"
    topic.category = category
    search.index_topic(topic.id, with_posts=True)
    _log(actor, "move", topic, reason=reason, details=details)


def hide_post(actor: User, post: Post, reason: str = "") -> None:
    """Hide a post (soft delete); hiding the first post hides the topic."""
    own = post.author_id == actor.id
    if not (own and can(actor, "delete_post", post)) and not can(actor, "moderate_forums"):
        raise PermissionDenied()
    topic = post.topic
    if post.number == 1:
        if own and not can(actor, "moderate_forums") and topic.reply_count > 0:
            raise Invalid(_l("This topic has replies. Ask a moderator to remove it."))
        topic.deleted_at, topic.deleted_by_id = utcnow(), actor.id
    post.deleted_at, post.deleted_by_id = utcnow(), actor.id
    if topic.accepted_post_id == post.id:
        topic.accepted_post_id = None
    recount(topic)
    if post.number == 1:
        search.index_topic(topic.id, with_posts=True)
    else:
        search.index_post(post)
    _log(actor, "delete" if own else "hide", topic, post, str(reason))
    if not own:
        notify(post.author, "forum_moderation",
               _l("A moderator hid your post in “%(title)s”", title=topic.title),
               body=str(reason), link=topic_url(topic.id))  # fmt: skip


def restore_post(actor: User, post: Post, reason: str = "") -> None:
    _require(actor)
    post.deleted_at, post.deleted_by_id = None, None
    if post.number == 1:
        post.topic.deleted_at, post.topic.deleted_by_id = None, None
    recount(post.topic)
    if post.number == 1:
        search.index_topic(post.topic_id, with_posts=True)
    else:
        search.index_post(post)
    _log(actor, "restore", post.topic, post, reason)


def merge(actor: User, source: Topic, target: Topic, reason: str = "") -> None:
    """Move every post of source to the end of target; source is hidden and points there."""
    _require(actor)
    if source.id == target.id:
        raise Invalid(_l("Choose another topic."), field="target")
    posts = db.session.scalars(
        select(Post).where(Post.topic_id == source.id).order_by(Post.number)
    ).all()
    _renumber_into(target, list(posts))
    target.has_files = target.has_files or source.has_files
    source.last_number = 0
    source.deleted_at, source.deleted_by_id = utcnow(), actor.id
    recount(target)
    search.index_topic(source.id)
    search.index_topic(target.id, with_posts=True)
    _log(actor, "merge", source, reason=reason, details=f"into topic {target.id}")
    _log(actor, "merge", target, reason=reason, details=f"from topic {source.id}")


def split(actor: User, topic: Topic, post_ids: list[int], title: str, reason: str = "") -> Topic:
    """Move chosen replies into a new topic in the same category."""
    _require(actor)
    if not title.strip():
        raise Invalid(_l("Give the topic a title."), field="title")
    posts = db.session.scalars(
        select(Post)
        .where(Post.topic_id == topic.id, Post.id.in_(post_ids), Post.number > 1)
        .order_by(Post.number)
    ).all()
    if not posts:
        raise Invalid(_l("Choose the replies to move."))
    new = Topic(
        category_id=topic.category_id, author_id=posts[0].author_id, title=title.strip()[:200],
        last_post_at=posts[-1].created_at, last_poster_id=posts[-1].author_id,
        created_at=posts[0].created_at, has_files=topic.has_files,
    )  # fmt: skip
    db.session.add(new)
    db.session.flush()
    _renumber_into(new, list(posts))
    if topic.accepted_post_id in {p.id for p in posts}:
        topic.accepted_post_id = None
    recount(topic)
    recount(new)
    search.index_topic(new.id, with_posts=True)
    _log(actor, "split", topic, reason=reason, details=f"{len(posts)} posts to topic {new.id}")
    return new


def _renumber_into(target: Topic, posts: list[Post]) -> None:
    # Two steps, so the (topic, number) uniqueness holds at every flush.
    for post in posts:
        post.number = -post.id
    db.session.flush()
    for post in posts:
        target.last_number += 1
        post.topic_id, post.number = target.id, target.last_number
    db.session.flush()


def log_entries(actor: User, limit: int = 100) -> list[ModerationLog]:
    _require(actor)
    return list(
        db.session.scalars(
            select(ModerationLog)
            .options(joinedload(ModerationLog.actor), joinedload(ModerationLog.topic))
            .order_by(ModerationLog.id.desc())
            .limit(limit)
        ).all()
    )
