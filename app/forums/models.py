"""Forum categories, topics, posts and what members do with them."""

import enum
from datetime import datetime

from markupsafe import Markup
from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Country, Group, User
from app.core.db import SoftDeleteMixin, TimestampMixin
from app.extensions import db


class Scope(enum.StrEnum):
    """Who may view (or post in) a category."""

    PUBLIC = "public"  # everyone, visitors too (view only)
    MEMBERS = "members"  # every signed-in member
    COUNTRY = "country"  # members of one country
    GROUP = "group"  # members of one group
    STAFF = "staff"  # facilitators, moderators and admins


class TopicKind(enum.StrEnum):
    DISCUSSION = "discussion"
    QUESTION = "question"


class ReactionKind(enum.StrEnum):
    LIKE = "like"
    HELPFUL = "helpful"


class WatchLevel(enum.StrEnum):
    WATCHING = "watching"
    MUTED = "muted"


class Category(TimestampMixin, db.Model):
    __tablename__ = "forum_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("forum_categories.id"), index=True)
    view_scope: Mapped[str] = mapped_column(String(10), default=Scope.MEMBERS)
    post_scope: Mapped[str] = mapped_column(String(10), default=Scope.MEMBERS)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("countries.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)

    parent: Mapped["Category | None"] = relationship(remote_side="Category.id")
    country: Mapped[Country | None] = relationship()
    group: Mapped[Group | None] = relationship()


topic_tags = Table(
    "forum_topic_tags",
    db.metadata,
    Column("topic_id", ForeignKey("forum_topics.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("forum_tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(db.Model):
    __tablename__ = "forum_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class Topic(TimestampMixin, SoftDeleteMixin, db.Model):
    __tablename__ = "forum_topics"
    __table_args__ = (
        Index("ix_forum_topics_category_id_last_post_at", "category_id", "last_post_at"),
        Index("ix_forum_topics_last_post_at_id", "last_post_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("forum_categories.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12), default=TopicKind.DISCUSSION)
    pinned: Mapped[bool] = mapped_column(default=False)
    closed: Mapped[bool] = mapped_column(default=False)
    # Post numbers run 1..last_number; hidden posts keep theirs, so pages stay stable.
    last_number: Mapped[int] = mapped_column(default=0)
    reply_count: Mapped[int] = mapped_column(default=0)  # visible replies
    view_count: Mapped[int] = mapped_column(default=0)
    last_post_at: Mapped[datetime] = mapped_column()
    last_poster_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("forum_posts.id", use_alter=True, name="fk_forum_topics_accepted_post_id")
    )
    # Read on every list and page, so kept on the row: the tag names ("a,b"), and whether
    # any post has files (pages of topics without them skip that query).
    tag_list: Mapped[str] = mapped_column(String(250), default="")
    has_files: Mapped[bool] = mapped_column(default=False)

    category: Mapped[Category] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    last_poster: Mapped[User | None] = relationship(foreign_keys=[last_poster_id])
    tags: Mapped[list[Tag]] = relationship(secondary=topic_tags, order_by=Tag.name)

    @property
    def tag_names(self) -> list[str]:
        return self.tag_list.split(",") if self.tag_list else []

    @property
    def is_question(self) -> bool:
        return self.kind == TopicKind.QUESTION


class Post(TimestampMixin, SoftDeleteMixin, db.Model):
    __tablename__ = "forum_posts"
    __table_args__ = (UniqueConstraint("topic_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("forum_topics.id"), index=True)
    number: Mapped[int] = mapped_column()
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)  # Markdown as written
    # Sanitised HTML, made once when the post is written: page views never render Markdown.
    html: Mapped[str] = mapped_column(Text)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("forum_posts.id"))
    edited_at: Mapped[datetime | None] = mapped_column(default=None)
    edit_count: Mapped[int] = mapped_column(default=0)

    topic: Mapped[Topic] = relationship(foreign_keys=[topic_id])
    author: Mapped[User] = relationship(foreign_keys=[author_id])

    @property
    def rendered(self) -> Markup:
        """The stored HTML; it was made by core.markup.render_markdown when written."""
        return Markup(self.html)  # noqa: S704 - sanitised at write time


class PostRevision(db.Model):
    """A post's earlier text, kept at each edit."""

    __tablename__ = "forum_post_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"), index=True)
    number: Mapped[int] = mapped_column()
    body: Mapped[str] = mapped_column(Text)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column()

    editor: Mapped[User] = relationship()


class Reaction(TimestampMixin, db.Model):
    __tablename__ = "forum_reactions"
    __table_args__ = (UniqueConstraint("post_id", "user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))

    user: Mapped[User] = relationship()


class TopicRead(db.Model):
    """How far a member has read a topic (the number of the last post seen)."""

    __tablename__ = "forum_topic_reads"
    __table_args__ = (UniqueConstraint("user_id", "topic_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("forum_topics.id"), index=True)
    last_read: Mapped[int] = mapped_column(default=0)


class Watch(db.Model):
    """A member watches or mutes a topic or a whole category."""

    __tablename__ = "forum_watches"
    __table_args__ = (UniqueConstraint("user_id", "topic_id", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("forum_topics.id"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("forum_categories.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))


class Flag(TimestampMixin, db.Model):
    """A member's report of a post, worked by moderators."""

    __tablename__ = "forum_flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(String(20), default="")

    post: Mapped[Post] = relationship()
    user: Mapped[User] = relationship(foreign_keys=[user_id])


class ModerationLog(TimestampMixin, db.Model):
    """Who did what to which topic or post, when and why."""

    __tablename__ = "forum_moderation_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("forum_topics.id"), index=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("forum_posts.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")

    actor: Mapped[User] = relationship()
    topic: Mapped[Topic | None] = relationship()


class Attachment(TimestampMixin, db.Model):
    """An image or PDF attached to a post; the file lives under UPLOAD_DIR."""

    __tablename__ = "forum_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"), index=True)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    stored_name: Mapped[str] = mapped_column(String(60), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()

    post: Mapped[Post] = relationship()

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
