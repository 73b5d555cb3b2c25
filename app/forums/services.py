"""Forums: writing topics and posts; the reading side is in reading.py, exported here too."""

import difflib
import re
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.core.db import utcnow
from app.core.errors import Invalid, PermissionDenied
from app.core.markup import render_markdown
from app.core.permissions import can
from app.core.security import site_path
from app.extensions import db
from app.forums import activity, attachments, search
from app.forums.models import (
    Category,
    Post,
    PostRevision,
    Tag,
    Topic,
    TopicKind,
)
from app.forums.reading import (
    TOPICS_PER_PAGE,
    Author,
    PostView,
    TopicPage,
    TopicRow,
    category_by_slug,
    category_stats,
    get_post,
    get_topic,
    list_topics,
    page_count,
    parse_cursor,
    topic_page,
    visible_categories,
)
from app.forums.urls import topic_url

__all__ = [  # the reading side, so boundaries keep one services module to call
    "TOPICS_PER_PAGE", "Author", "PostView", "TopicPage", "TopicRow", "category_by_slug",
    "category_stats", "get_post", "get_topic", "list_topics", "page_count", "parse_cursor",
    "topic_page", "visible_categories",
]  # fmt: skip
TITLE_MAX = 200
BODY_MAX = 50_000
MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]*\w|\w)", re.UNICODE)
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
# Members younger than this are limited (anti-spam).
NEW_MEMBER_DAYS = 7
NEW_MEMBER_POSTS_PER_MINUTE = 3
NEW_MEMBER_LINKS = 2
SIMILAR_WINDOW = timedelta(minutes=10)
SIMILAR_RATIO = 0.9


def _check_text(title: str | None, body: str) -> None:
    if title is not None and not title.strip():
        raise Invalid(_l("Give the topic a title."), field="title")
    if title is not None and len(title) > TITLE_MAX:
        raise Invalid(_l("The title is too long."), field="title")
    if not body.strip():
        raise Invalid(_l("Write something first."), field="body")
    if len(body) > BODY_MAX:
        raise Invalid(_l("The text is too long."), field="body")


def _check_spam(actor: User, body: str) -> None:
    """Limit new members, and refuse the same post twice in a row."""
    now = utcnow()
    if not actor.is_staff and actor.created_at > now - timedelta(days=NEW_MEMBER_DAYS):
        recent = db.session.scalar(
            select(func.count(Post.id)).where(
                Post.author_id == actor.id, Post.created_at > now - timedelta(minutes=1)
            )
        )
        if recent >= NEW_MEMBER_POSTS_PER_MINUTE:
            raise Invalid(_l("New members can post a few times a minute. Please wait a moment."))
        if len(LINK.findall(body)) > NEW_MEMBER_LINKS:
            raise Invalid(
                _l("New members can add at most %(n)d links to a post.", n=NEW_MEMBER_LINKS),
                field="body",
            )
    last = db.session.scalar(
        select(Post.body)
        .where(Post.author_id == actor.id, Post.created_at > now - SIMILAR_WINDOW)
        .order_by(Post.id.desc())
        .limit(1)
    )
    matcher = difflib.SequenceMatcher(None, last or "", body)
    # quick_ratio() is an upper bound of ratio(): most posts are told apart cheaply.
    if last and matcher.quick_ratio() >= SIMILAR_RATIO and matcher.ratio() >= SIMILAR_RATIO:
        raise Invalid(
            _l("This is very close to your previous post. Edit that one instead."), field="body"
        )


def mentioned_users(body: str) -> list[User]:
    handles = {m.lower() for m in MENTION.findall(body)}
    if not handles:
        return []
    return list(db.session.scalars(select(User).where(User.handle.in_(handles))).all())


def _render(body: str, mentioned: list[User]) -> str:
    """Sanitised HTML with @handles linked to profiles."""
    by_handle = {u.handle: u for u in mentioned}

    def link(match: re.Match) -> str:
        user = by_handle.get(match.group(1).lower())
        if user is None:
            return match.group(0)
        return f"[@{user.handle}]({site_path('accounts.profile', user_id=user.id)})"

    return str(render_markdown(MENTION.sub(link, body)))


def _tags(names: list[str]) -> list[Tag]:
    clean = sorted({n.strip().lower()[:40] for n in names if n.strip()})[:5]
    if not clean:
        return []
    found = {t.name: t for t in db.session.scalars(select(Tag).where(Tag.name.in_(clean)))}
    for name in clean:
        if name not in found:
            found[name] = Tag(name=name)
            db.session.add(found[name])
    return [found[n] for n in clean]


def create_topic(
    actor: User, category: Category, title: str, body: str, kind: str = TopicKind.DISCUSSION,
    tags: list[str] | None = None, files: list | None = None,
) -> Topic:  # fmt: skip
    """Open a topic with its first post; the author watches it."""
    if not can(actor, "post_in_category", category):
        raise PermissionDenied(_l("You cannot start topics in this category."))
    if kind not in TopicKind.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="kind")
    _check_text(title, body)
    _check_spam(actor, body)
    now = utcnow()
    chosen = _tags(tags or [])
    topic = Topic(
        category=category, author=actor, title=title.strip(), kind=kind, last_post_at=now,
        last_poster_id=actor.id, tags=chosen,
        tag_list=",".join(sorted(tag.name for tag in chosen)),
    )  # fmt: skip
    db.session.add(topic)
    db.session.flush()
    post = _add_post(actor, topic, body, None, now)
    attachments.attach(actor, post, files or [])
    search.index_topic(topic.id)
    return topic


def reply(
    actor: User, topic: Topic, body: str, reply_to: Post | None = None, files: list | None = None
) -> Post:
    """Add a post to a topic; watchers and mentioned members are told."""
    if not can(actor, "reply", topic):
        if topic.closed:
            raise PermissionDenied(_l("This topic is closed: no new replies."))
        raise PermissionDenied(_l("You cannot reply in this topic."))
    if reply_to is not None and (reply_to.topic_id != topic.id or reply_to.deleted_at is not None):
        reply_to = None
    _check_text(None, body)
    _check_spam(actor, body)
    # Lock the topic row so two replies at once get different numbers.
    db.session.execute(select(Topic.id).where(Topic.id == topic.id).with_for_update())
    db.session.refresh(topic, ["last_number"])
    post = _add_post(actor, topic, body, reply_to, utcnow())
    attachments.attach(actor, post, files or [])
    topic.reply_count += 1
    topic.last_post_at = post.created_at
    topic.last_poster_id = actor.id
    search.index_post(post)
    return post


def _add_post(actor: User, topic: Topic, body: str, reply_to: Post | None, now: datetime) -> Post:
    mentioned = mentioned_users(body)
    topic.last_number += 1
    post = Post(
        topic=topic, number=topic.last_number, author=actor, body=body,
        html=_render(body, mentioned), reply_to_id=reply_to.id if reply_to else None,
        created_at=now, updated_at=now,
    )  # fmt: skip
    db.session.add(post)
    db.session.flush()
    activity.after_post(actor, topic, post, mentioned)
    return post


def edit_post(actor: User, post: Post, body: str, title: str | None = None) -> Post:
    """Change a post, keeping its earlier text as a revision."""
    if not can(actor, "edit_post", post):
        raise PermissionDenied(_l("You cannot edit this post."))
    is_first = post.number == 1
    _check_text(title if is_first else None, body)
    now = utcnow()
    if body != post.body:
        db.session.add(PostRevision(
            post_id=post.id, number=post.edit_count + 1, body=post.body, editor_id=actor.id,
            created_at=now,
        ))  # fmt: skip
        post.edit_count += 1
        post.edited_at = now
        post.body = body
        post.html = _render(body, mentioned_users(body))
    if is_first and title is not None:
        post.topic.title = title.strip()
    db.session.flush()
    search.index_post(post)
    return post


def revisions(actor: User, post: Post) -> list[PostRevision]:
    if not can(actor, "view_revisions", post):
        raise PermissionDenied()
    return list(
        db.session.scalars(
            select(PostRevision)
            .where(PostRevision.post_id == post.id)
            .options(joinedload(PostRevision.editor))
            .order_by(PostRevision.number.desc())
        ).all()
    )


def quote(post: Post) -> str:
    """Markdown that quotes a post and links back to it."""
    lines = "\n".join(f"> {line}" for line in post.body.strip().splitlines())
    name = post.author.name.replace("[", "").replace("]", "")
    return f"> **[{name}]({topic_url(post.topic_id, post.number)}):**\n{lines}\n\n"


def recount(topic: Topic) -> None:
    """Bring a topic's reply count and latest activity back in line after hiding or moving."""
    visible = select(Post).where(Post.topic_id == topic.id, Post.deleted_at.is_(None))
    count = db.session.scalar(select(func.count()).select_from(visible.subquery()))
    last = db.session.scalar(visible.order_by(Post.number.desc()).limit(1))
    topic.reply_count = max(count - 1, 0)
    if last is not None:
        topic.last_post_at, topic.last_poster_id = last.created_at, last.author_id


def mark_read(user: User, topic: Topic, number: int) -> None:
    """Remember how far the member has read (only ever forward)."""
    activity.mark_read(user, topic, min(max(number, 0), topic.last_number))


def mention_candidates(text: str, limit: int = 8) -> list[dict]:
    """Active members whose name or handle starts with text, for @mention autocomplete."""
    prefix = text.strip().lstrip("@").lower().replace("%", "").replace("_", "")
    if not prefix:
        return []
    people = db.session.scalars(
        select(User)
        .where(
            User.status == "active",
            or_(
                User.handle.like(f"{prefix}%"),
                func.lower(User.name).like(f"{prefix}%"),
                func.lower(User.name).like(f"% {prefix}%"),
            ),
        )
        .options(joinedload(User.authority))
        .order_by(User.name)
        .limit(limit)
    ).all()
    return [
        {"handle": u.handle, "name": u.name, "place": u.authority.name_en if u.authority else ""}
        for u in people
    ]
