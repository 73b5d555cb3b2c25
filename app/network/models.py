"""Local Economic Development Plans (LEDPs), their indicators, and project portfolios."""

import enum
from datetime import date, datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from markupsafe import Markup
from sqlalchemy import JSON, Column, ForeignKey, Numeric, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import LocalAuthority, User
from app.core.db import TimestampMixin, utcnow
from app.extensions import db
from app.library.models import Theme


class LedpStatus(enum.StrEnum):
    PREPARATION = "preparation"
    ADOPTED = "adopted"
    IMPLEMENTATION = "implementation"
    REVISION = "revision"
    COMPLETED = "completed"


class ProjectStage(enum.StrEnum):
    IDEA = "idea"
    CONCEPT = "concept"
    FEASIBILITY = "feasibility"
    READY = "ready"  # ready for activation: seeking investment
    FUNDED = "funded"
    IMPLEMENTATION = "implementation"
    COMPLETED = "completed"
    DROPPED = "dropped"


class FundingSource(enum.StrEnum):
    MUNICIPAL = "municipal"
    NATIONAL = "national"
    DONOR = "donor"
    IFI = "ifi"
    PRIVATE = "private"


LEDP_STATUS_LABELS = {
    LedpStatus.PREPARATION: _l("In preparation"),
    LedpStatus.ADOPTED: _l("Adopted"),
    LedpStatus.IMPLEMENTATION: _l("Under implementation"),
    LedpStatus.REVISION: _l("Under revision"),
    LedpStatus.COMPLETED: _l("Completed"),
}
STAGE_LABELS = {
    ProjectStage.IDEA: _l("Idea"),
    ProjectStage.CONCEPT: _l("Concept"),
    ProjectStage.FEASIBILITY: _l("Feasibility study"),
    ProjectStage.READY: _l("Ready for activation"),
    ProjectStage.FUNDED: _l("Funded"),
    ProjectStage.IMPLEMENTATION: _l("In implementation"),
    ProjectStage.COMPLETED: _l("Completed"),
    ProjectStage.DROPPED: _l("Dropped"),
}
SOURCE_LABELS = {
    FundingSource.MUNICIPAL: _l("Municipal budget"),
    FundingSource.NATIONAL: _l("National budget"),
    FundingSource.DONOR: _l("Donors"),
    FundingSource.IFI: _l("International financial institutions"),
    FundingSource.PRIVATE: _l("Private investors"),
}


class Ledp(TimestampMixin, db.Model):
    """An authority's Local Economic Development Plan (one per authority)."""

    __tablename__ = "ledps"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("local_authorities.id"), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[int] = mapped_column()
    period_end: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(String(20), default=LedpStatus.PREPARATION)
    adopted_on: Mapped[date | None] = mapped_column(default=None)
    vision: Mapped[str] = mapped_column(Text, default="")
    vision_html: Mapped[str] = mapped_column(Text, default="")
    methodology_url: Mapped[str] = mapped_column(String(500), default="")
    follows_methodology: Mapped[bool] = mapped_column(default=True)  # the M4EG LEDP method
    document_name: Mapped[str] = mapped_column(String(200), default="")
    document_stored: Mapped[str] = mapped_column(String(60), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    review_note: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    authority: Mapped[LocalAuthority] = relationship()
    priorities: Mapped[list["Priority"]] = relationship(
        back_populates="ledp", order_by="Priority.position", cascade="all, delete-orphan"
    )
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])

    @property
    def rendered_vision(self) -> Markup:
        return Markup(self.vision_html)  # noqa: S704 - sanitised at write time


class Priority(db.Model):
    """A priority area of an LEDP, with its objectives and indicators."""

    __tablename__ = "ledp_priorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    ledp_id: Mapped[int] = mapped_column(ForeignKey("ledps.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200))
    objectives: Mapped[str] = mapped_column(Text, default="")

    ledp: Mapped[Ledp] = relationship(back_populates="priorities")
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="priority", order_by="Indicator.position", cascade="all, delete-orphan"
    )


class Indicator(db.Model):
    __tablename__ = "ledp_indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("ledp_priorities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    baseline: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=0)
    target: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=0)
    target_year: Mapped[int | None] = mapped_column(default=None)

    priority: Mapped[Priority] = relationship(back_populates="indicators")
    measurements: Mapped[list["Measurement"]] = relationship(
        order_by="Measurement.measured_on", cascade="all, delete-orphan"
    )

    @property
    def latest(self) -> "Measurement | None":
        return self.measurements[-1] if self.measurements else None

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target reached by the latest measurement."""
        if self.latest is None or self.target == self.baseline:
            return None
        share = (self.latest.value - self.baseline) / (self.target - self.baseline)
        return float(max(min(share, Decimal(1)), Decimal(0)))


class Measurement(db.Model):
    __tablename__ = "ledp_measurements"
    __table_args__ = (UniqueConstraint("indicator_id", "measured_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("ledp_indicators.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column()
    value: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class LedpRevision(db.Model):
    """What an LEDP said after each change (its history)."""

    __tablename__ = "ledp_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    ledp_id: Mapped[int] = mapped_column(ForeignKey("ledps.id", ondelete="CASCADE"), index=True)
    snapshot: Mapped[dict] = mapped_column(JSON)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    editor: Mapped[User] = relationship()


project_themes = Table(
    "portfolio_project_themes",
    db.metadata,
    Column("project_id", ForeignKey("portfolio_projects.id", ondelete="CASCADE"),
           primary_key=True),
    Column("theme_id", ForeignKey("library_themes.id"), primary_key=True, index=True),
)  # fmt: skip


class Project(TimestampMixin, db.Model):
    """A project of an authority's portfolio."""

    __tablename__ = "portfolio_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("local_authorities.id"), index=True)
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("ledp_priorities.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    sdgs: Mapped[list] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(20), default=ProjectStage.IDEA, index=True)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(16, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    partners: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    start_year: Mapped[int | None] = mapped_column(default=None)
    end_year: Mapped[int | None] = mapped_column(default=None)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    authority: Mapped[LocalAuthority] = relationship()
    priority: Mapped[Priority | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=project_themes, order_by=Theme.position)
    funding: Mapped[list["Funding"]] = relationship(
        order_by="Funding.id", cascade="all, delete-orphan"
    )
    documents: Mapped[list["ProjectDocument"]] = relationship(
        order_by="ProjectDocument.id", cascade="all, delete-orphan"
    )

    @property
    def rendered(self) -> Markup:
        return Markup(self.html)  # noqa: S704 - sanitised at write time

    @property
    def secured(self) -> Decimal:
        return sum((f.amount for f in self.funding), Decimal(0))

    @property
    def gap(self) -> Decimal | None:
        return None if self.cost is None else max(self.cost - self.secured, Decimal(0))


class Funding(db.Model):
    """Money secured for a project from one source."""

    __tablename__ = "portfolio_funding"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("portfolio_projects.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(12))
    amount: Mapped[Decimal] = mapped_column(Numeric(16, 2))


class ProjectDocument(db.Model):
    __tablename__ = "portfolio_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("portfolio_projects.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    stored_name: Mapped[str] = mapped_column(String(60), unique=True)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Enquiry(db.Model):
    """An investor's message about a project, from the public showcase."""

    __tablename__ = "portfolio_enquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("portfolio_projects.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
