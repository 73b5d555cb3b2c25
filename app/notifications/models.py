"""In-app notifications and each member's delivery choice per kind."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.core.db import TimestampMixin
from app.extensions import db


class Delivery(enum.StrEnum):
    IN_APP = "in_app"
    EMAIL = "email"  # at once
    DIGEST = "digest"  # daily


class EmailState(enum.StrEnum):
    NONE = "none"
    PENDING = "pending"  # to be emailed at once
    DIGEST = "digest"  # waiting for the daily digest
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Notification(TimestampMixin, db.Model):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_id_read_at", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    # Notifications about the same thing (a topic, an event) share a key, so a
    # member gets one until they read it rather than one per post.
    group_key: Mapped[str | None] = mapped_column(String(100), default=None)
    read_at: Mapped[datetime | None] = mapped_column(default=None)
    email_state: Mapped[str] = mapped_column(String(10), default=EmailState.NONE, index=True)
    emailed_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(db.Model):
    __tablename__ = "notification_preferences"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    delivery: Mapped[str] = mapped_column(String(10), default=Delivery.IN_APP)
