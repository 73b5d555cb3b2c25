"""Events, registrations, and what happens in their live rooms."""

import enum
import uuid
from datetime import datetime

from flask_babel import lazy_gettext as _l
from markupsafe import Markup
from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Country, Group, User
from app.core.db import SoftDeleteMixin, TimestampMixin, utcnow
from app.extensions import db


class EventKind(enum.StrEnum):
    WEBINAR = "webinar"
    TRAINING = "training"
    PEER_EXCHANGE = "peer_exchange"
    STUDY_VISIT = "study_visit"
    CONFERENCE = "conference"


class Audience(enum.StrEnum):
    MEMBERS = "members"
    COUNTRY = "country"
    GROUP = "group"


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class RoomState(enum.StrEnum):
    CLOSED = "closed"  # not opened yet
    OPEN = "open"
    ENDED = "ended"  # closed by a facilitator after the event


class RegistrationStatus(enum.StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class HostRole(enum.StrEnum):
    FACILITATOR = "facilitator"
    SPEAKER = "speaker"


class QuestionStatus(enum.StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class PollStatus(enum.StrEnum):
    DRAFT = "draft"  # prepared before the event
    LIVE = "live"
    CLOSED = "closed"  # results frozen


class Restriction(enum.StrEnum):
    MUTED = "muted"  # may read, not write
    REMOVED = "removed"  # may not rejoin this event


KIND_LABELS = {
    EventKind.WEBINAR: _l("Webinar"),
    EventKind.TRAINING: _l("Training session"),
    EventKind.PEER_EXCHANGE: _l("Peer exchange"),
    EventKind.STUDY_VISIT: _l("Study visit"),
    EventKind.CONFERENCE: _l("Conference"),
}


def new_uid() -> str:
    return f"{uuid.uuid4()}@m4eg"


class Event(TimestampMixin, SoftDeleteMixin, db.Model):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_status_starts_at", "status", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=EventKind.WEBINAR)
    status: Mapped[str] = mapped_column(String(12), default=EventStatus.PUBLISHED)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")  # sanitised, made when written
    agenda: Mapped[str] = mapped_column(Text, default="")
    agenda_html: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")  # the organiser's
    languages: Mapped[list] = mapped_column(JSON, default=list)  # ["en", "uk"]
    audience: Mapped[str] = mapped_column(String(10), default=Audience.MEMBERS)
    country_id: Mapped[int | None] = mapped_column(ForeignKey("countries.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    capacity: Mapped[int | None] = mapped_column(default=None)  # None: no limit
    registration_opens_at: Mapped[datetime | None] = mapped_column(default=None)
    registration_closes_at: Mapped[datetime | None] = mapped_column(default=None)
    video_url: Mapped[str] = mapped_column(String(500), default="")
    recording_url: Mapped[str] = mapped_column(String(500), default="")
    room_state: Mapped[str] = mapped_column(String(10), default=RoomState.CLOSED)
    chat_paused: Mapped[bool] = mapped_column(default=False)
    pinned_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_messages.id", use_alter=True, name="fk_events_pinned_message_id")
    )
    uid: Mapped[str] = mapped_column(String(80), unique=True, default=new_uid)  # iCalendar
    sequence: Mapped[int] = mapped_column(default=0)  # iCalendar: bumped on each change
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    report_practice_id: Mapped[int | None] = mapped_column(
        ForeignKey("library_practices.id"), default=None
    )

    country: Mapped[Country | None] = relationship()
    group: Mapped[Group | None] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    hosts: Mapped[list["EventHost"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventHost.id"
    )
    resources: Mapped[list["EventResource"]] = relationship(
        cascade="all, delete-orphan", order_by="EventResource.position"
    )

    @property
    def rendered(self) -> Markup:
        return Markup(self.html)  # noqa: S704 - sanitised at write time

    @property
    def rendered_agenda(self) -> Markup:
        return Markup(self.agenda_html)  # noqa: S704 - sanitised at write time

    @property
    def minutes(self) -> int:
        return max(int((self.ends_at - self.starts_at).total_seconds() // 60), 1)


class EventHost(db.Model):
    """A facilitator or speaker of an event."""

    __tablename__ = "event_hosts"
    __table_args__ = (UniqueConstraint("event_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default=HostRole.SPEAKER)

    event: Mapped[Event] = relationship(back_populates="hosts")
    user: Mapped[User] = relationship()


class EventResource(db.Model):
    """A link from an event: a practice of the library or an address."""

    __tablename__ = "event_resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    practice_id: Mapped[int | None] = mapped_column(ForeignKey("library_practices.id"))


class Registration(TimestampMixin, db.Model):
    __tablename__ = "event_registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "user_id"),
        Index("ix_event_registrations_event_id_status", "event_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default=RegistrationStatus.REGISTERED)
    # When the person joined the list they are on now: the waitlist is served in this order.
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    reminded_day_at: Mapped[datetime | None] = mapped_column(default=None)
    reminded_hour_at: Mapped[datetime | None] = mapped_column(default=None)
    certificate_code: Mapped[str | None] = mapped_column(String(24), unique=True, default=None)

    event: Mapped[Event] = relationship()
    user: Mapped[User] = relationship()


class Message(db.Model):
    """A chat message in an event's room."""

    __tablename__ = "event_messages"
    __table_args__ = (Index("ix_event_messages_event_id_id", "event_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    user: Mapped[User] = relationship(foreign_keys=[user_id])


class Question(db.Model):
    """A question asked in the room's Q&A."""

    __tablename__ = "event_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(default=False)  # to participants, not facilitators
    status: Mapped[str] = mapped_column(String(10), default=QuestionStatus.OPEN)
    highlighted: Mapped[bool] = mapped_column(default=False)  # being answered now
    votes: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()


class QuestionVote(db.Model):
    __tablename__ = "event_question_votes"
    __table_args__ = (UniqueConstraint("question_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("event_questions.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)


class Poll(db.Model):
    __tablename__ = "event_polls"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    question: Mapped[str] = mapped_column(String(300))
    multiple: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(10), default=PollStatus.DRAFT)
    results_visible: Mapped[bool] = mapped_column(default=True)  # to participants
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    launched_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)

    options: Mapped[list["PollOption"]] = relationship(
        order_by="PollOption.position", cascade="all, delete-orphan"
    )


class PollOption(db.Model):
    __tablename__ = "event_poll_options"

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("event_polls.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(200))
    votes: Mapped[int] = mapped_column(default=0)


class PollVote(db.Model):
    __tablename__ = "event_poll_votes"
    __table_args__ = (UniqueConstraint("poll_id", "user_id", "option_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("event_polls.id"), index=True)
    option_id: Mapped[int] = mapped_column(ForeignKey("event_poll_options.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)


class HandRaise(db.Model):
    __tablename__ = "event_hand_raises"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    raised_at: Mapped[datetime] = mapped_column(default=utcnow)
    lowered_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()


class RoomRestriction(db.Model):
    """A participant muted or removed by a facilitator, for one event."""

    __tablename__ = "event_restrictions"
    __table_args__ = (UniqueConstraint("event_id", "user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(10))
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attendance(db.Model):
    """One stay in the room: from joining to leaving (left_at open while connected)."""

    __tablename__ = "event_attendance"
    __table_args__ = (Index("ix_event_attendance_event_id_user_id", "event_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sid: Mapped[str] = mapped_column(String(64), index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()
