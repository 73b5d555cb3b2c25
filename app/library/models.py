"""Practices (case studies, guides, LEDP documents...) and what members do with them."""

import enum
from datetime import datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from markupsafe import Markup
from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Country, LocalAuthority, User
from app.core.db import SoftDeleteMixin, TimestampMixin, utcnow
from app.extensions import db


class PracticeKind(enum.StrEnum):
    CASE_STUDY = "case_study"
    GUIDE = "guide"
    LEDP = "ledp"
    TEMPLATE = "template"
    TRAINING = "training"
    EVENT_REPORT = "event_report"


class Stage(enum.StrEnum):
    IDEA = "idea"
    PILOT = "pilot"
    IMPLEMENTED = "implemented"
    SCALED = "scaled"


class Status(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # waiting for a reviewer
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    ARCHIVED = "archived"


KIND_LABELS = {
    PracticeKind.CASE_STUDY: _l("Case study"),
    PracticeKind.GUIDE: _l("Guide or toolkit"),
    PracticeKind.LEDP: _l("LEDP document"),
    PracticeKind.TEMPLATE: _l("Template"),
    PracticeKind.TRAINING: _l("Training material"),
    PracticeKind.EVENT_REPORT: _l("Event report"),
}
STAGE_LABELS = {
    Stage.IDEA: _l("Idea"),
    Stage.PILOT: _l("Pilot"),
    Stage.IMPLEMENTED: _l("Implemented"),
    Stage.SCALED: _l("Scaled up"),
}
STATUS_LABELS = {
    Status.DRAFT: _l("Draft"),
    Status.SUBMITTED: _l("Waiting for review"),
    Status.CHANGES_REQUESTED: _l("Changes requested"),
    Status.PUBLISHED: _l("Published"),
    Status.ARCHIVED: _l("Archived"),
}
SDGS = range(1, 18)


class Theme(db.Model):
    """A theme of the managed list, named in each interface language."""

    __tablename__ = "library_themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    names: Mapped[dict] = mapped_column(JSON, default=dict)  # {"en": ..., "uk": ...}

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or self.slug


practice_authors = Table(
    "library_practice_authors",
    db.metadata,
    Column("practice_id", ForeignKey("library_practices.id", ondelete="CASCADE"),
           primary_key=True),
    Column("user_id", ForeignKey("users.id"), primary_key=True, index=True),
)  # fmt: skip

practice_themes = Table(
    "library_practice_themes",
    db.metadata,
    Column("practice_id", ForeignKey("library_practices.id", ondelete="CASCADE"),
           primary_key=True),
    Column("theme_id", ForeignKey("library_themes.id"), primary_key=True, index=True),
)  # fmt: skip

practice_sdgs = Table(
    "library_practice_sdgs",
    db.metadata,
    Column("practice_id", ForeignKey("library_practices.id", ondelete="CASCADE"),
           primary_key=True),
    Column("sdg", Integer, primary_key=True),
)  # fmt: skip

# Related practices; each link is stored once, with the smaller id first.
practice_links = Table(
    "library_practice_links",
    db.metadata,
    Column("practice_id", ForeignKey("library_practices.id", ondelete="CASCADE"),
           primary_key=True),
    Column("related_id", ForeignKey("library_practices.id", ondelete="CASCADE"),
           primary_key=True, index=True),
)  # fmt: skip


class Practice(TimestampMixin, SoftDeleteMixin, db.Model):
    __tablename__ = "library_practices"
    __table_args__ = (Index("ix_library_practices_status_published_at", "status", "published_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=PracticeKind.CASE_STUDY)
    status: Mapped[str] = mapped_column(String(20), default=Status.DRAFT)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown as written
    html: Mapped[str] = mapped_column(Text, default="")  # sanitised, made when written
    lessons: Mapped[str] = mapped_column(Text, default="")
    lessons_html: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="en")
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    authority_id: Mapped[int | None] = mapped_column(ForeignKey("local_authorities.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20), default=Stage.IMPLEMENTED)
    year_start: Mapped[int | None] = mapped_column(default=None)
    year_end: Mapped[int | None] = mapped_column(default=None)
    budget_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    budget_currency: Mapped[str] = mapped_column(String(3), default="")
    funding_sources: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    cover_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("library_files.id", use_alter=True, name="fk_library_practices_cover_file_id")
    )
    # Translations of one practice share the original's id here (the original too).
    translation_group: Mapped[int | None] = mapped_column(index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    published_at: Mapped[datetime | None] = mapped_column(default=None)
    first_published_at: Mapped[datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(default=0)  # published versions so far
    review_comment: Mapped[str] = mapped_column(Text, default="")  # the latest request

    country: Mapped[Country] = relationship()
    authority: Mapped[LocalAuthority | None] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    authors: Mapped[list[User]] = relationship(secondary=practice_authors, order_by=User.name)
    themes: Mapped[list[Theme]] = relationship(secondary=practice_themes, order_by=Theme.position)
    results: Mapped[list["PracticeResult"]] = relationship(
        order_by="PracticeResult.position", cascade="all, delete-orphan"
    )
    files: Mapped[list["PracticeFile"]] = relationship(
        foreign_keys="PracticeFile.practice_id", order_by="PracticeFile.id",
        back_populates="practice",
    )  # fmt: skip
    cover: Mapped["PracticeFile | None"] = relationship(foreign_keys=[cover_file_id])

    @property
    def rendered(self) -> Markup:
        return Markup(self.html)  # noqa: S704 - sanitised at write time

    @property
    def rendered_lessons(self) -> Markup:
        return Markup(self.lessons_html)  # noqa: S704 - sanitised at write time

    @property
    def years(self) -> list[int]:
        if not self.year_start:
            return []
        return list(range(self.year_start, (self.year_end or self.year_start) + 1))

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED and self.deleted_at is None


class PracticeResult(db.Model):
    """One measured result: an indicator, where it started and what was achieved."""

    __tablename__ = "library_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("library_practices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    indicator: Mapped[str] = mapped_column(String(200))
    baseline: Mapped[str] = mapped_column(String(100), default="")
    achieved: Mapped[str] = mapped_column(String(100), default="")


class PracticeFile(TimestampMixin, db.Model):
    """A document or image attached to a practice; the file lives under UPLOAD_DIR."""

    __tablename__ = "library_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    stored_name: Mapped[str] = mapped_column(String(60), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    removed_at: Mapped[datetime | None] = mapped_column(default=None)

    practice: Mapped[Practice] = relationship(foreign_keys=[practice_id], back_populates="files")

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class PracticeVersion(db.Model):
    """What a practice said when it was published (every published version is kept)."""

    __tablename__ = "library_versions"
    __table_args__ = (UniqueConstraint("practice_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    number: Mapped[int] = mapped_column()
    snapshot: Mapped[dict] = mapped_column(JSON)
    published_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    published_by: Mapped[User] = relationship()


class ReviewStep(db.Model):
    """One step of the workflow: who submitted, asked for changes, published or archived."""

    __tablename__ = "library_review_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20))  # the status it moved to
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User] = relationship()


class Bookmark(db.Model):
    """A practice a member keeps in "My library"."""

    __tablename__ = "library_bookmarks"
    __table_args__ = (UniqueConstraint("user_id", "practice_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    practice: Mapped[Practice] = relationship()


class Replication(db.Model):
    """An authority says "we adapted this", optionally pointing to its own practice."""

    __tablename__ = "library_replications"
    __table_args__ = (UniqueConstraint("practice_id", "authority_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("local_authorities.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    adapted_practice_id: Mapped[int | None] = mapped_column(ForeignKey("library_practices.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    practice: Mapped[Practice] = relationship(foreign_keys=[practice_id])
    authority: Mapped[LocalAuthority] = relationship()
    user: Mapped[User] = relationship()
    adapted_practice: Mapped[Practice | None] = relationship(foreign_keys=[adapted_practice_id])


class PracticeQuestion(db.Model):
    """A forum topic opened with "ask the author" on a practice."""

    __tablename__ = "library_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("library_practices.id"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("forum_topics.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
