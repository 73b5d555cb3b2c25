"""Topics and posts in the site search, with the permissions of their category."""

from collections.abc import Iterable

import nh3
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.core.i18n import guess_language
from app.extensions import db
from app.forums.models import Category, Post, Scope, Topic
from app.forums.urls import topic_url
from app.search import (
    MEMBERS,
    PUBLIC,
    STAFF,
    Document,
    country_token,
    enqueue,
    group_token,
    register_source,
)

TOPIC, POST = "topic", "post"


def access(category: Category) -> list[str]:
    """Who may find what is in this category (the same answer as view_category)."""
    scope = category.view_scope
    if scope == Scope.PUBLIC:
        return [PUBLIC]
    if scope == Scope.MEMBERS:
        return [MEMBERS]
    if scope == Scope.COUNTRY and category.country_id:
        return [country_token(category.country_id), STAFF]
    if scope == Scope.GROUP and category.group_id:
        return [group_token(category.group_id), STAFF]
    return [STAFF]


def _text(html: str) -> str:
    return nh3.clean(html, tags=set())


def load_topics(ids: list[int]) -> list[Document]:
    """Visible topics: their title and first post."""
    rows = db.session.execute(
        select(Topic, Post)
        .join(Post, (Post.topic_id == Topic.id) & (Post.number == 1))
        .where(Topic.id.in_(ids), Topic.deleted_at.is_(None))
        .options(joinedload(Topic.category))
    ).all()
    return [
        Document(
            doc_type=TOPIC,
            doc_id=topic.id,
            title=topic.title,
            body=_text(first.html),
            url=topic_url(topic.id),
            language=guess_language(f"{topic.title} {first.body}"),
            access=access(topic.category),
            created_at=topic.created_at,
            facets={"category": str(topic.category_id)},
        )  # fmt: skip
        for topic, first in rows
    ]


def load_posts(ids: list[int]) -> list[Document]:
    """Visible replies (the first post is part of its topic's document)."""
    posts = db.session.scalars(
        select(Post)
        .join(Topic, Topic.id == Post.topic_id)
        .where(
            Post.id.in_(ids), Post.number > 1, Post.deleted_at.is_(None),
            Topic.deleted_at.is_(None),
        )
        .options(joinedload(Post.topic).joinedload(Topic.category))
    ).all()  # fmt: skip
    return [
        Document(
            doc_type=POST,
            doc_id=post.id,
            title=post.topic.title,
            body=_text(post.html),
            url=topic_url(post.topic_id, post.number),
            language=guess_language(post.body),
            access=access(post.topic.category),
            created_at=post.created_at,
            facets={"category": str(post.topic.category_id)},
        )  # fmt: skip
        for post in posts
    ]


def topic_ids() -> Iterable[int]:
    return db.session.scalars(select(Topic.id).where(Topic.deleted_at.is_(None)))


def post_ids() -> Iterable[int]:
    return db.session.scalars(select(Post.id).where(Post.number > 1, Post.deleted_at.is_(None)))


def index_topic(topic_id: int, with_posts: bool = False) -> None:
    """Bring a topic (and, when its visibility changed, its replies) up to date in search."""
    enqueue(TOPIC, topic_id)
    if with_posts:
        for post_id in db.session.scalars(select(Post.id).where(Post.topic_id == topic_id)):
            enqueue(POST, post_id)


def index_post(post: Post) -> None:
    if post.number == 1:
        index_topic(post.topic_id)
    enqueue(POST, post.id)


def index_category(category_id: int) -> None:
    """After a change of who may view a category: everything in it."""
    for topic_id in db.session.scalars(select(Topic.id).where(Topic.category_id == category_id)):
        index_topic(topic_id, with_posts=True)


def register() -> None:
    register_source(TOPIC, load_topics, topic_ids, _l("Forum topics"))
    register_source(POST, load_posts, post_ids, _l("Forum replies"))
