"""Reminders 24 hours and 1 hour before an event, safe to run every minute on several hosts.

Each reminder is claimed with a conditional UPDATE (…WHERE reminded_…_at IS NULL) in
the same transaction that writes the notification: when two hosts run at once, the
second finds the row claimed and sends nothing, so no reminder goes out twice.
"""

from datetime import datetime, timedelta

import click
from flask import Flask
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from app.core.db import utcnow
from app.events.models import Event, EventStatus, Registration, RegistrationStatus
from app.events.services import event_path
from app.extensions import db
from app.notifications.services import notify

WINDOWS = (
    ("reminded_day_at", timedelta(hours=24), lambda title: _l("Tomorrow: %(title)s", title=title)),
    ("reminded_hour_at", timedelta(hours=1),
     lambda title: _l("In one hour: %(title)s", title=title)),
)  # fmt: skip


def send_reminders(now: datetime | None = None) -> int:
    """Send the reminders that are due; returns how many were sent."""
    now = now or utcnow()
    sent = 0
    for column, ahead, subject in WINDOWS:
        due = db.session.execute(
            select(Registration.id, Event.id)
            .join(Event, Event.id == Registration.event_id)
            .where(
                Registration.status == RegistrationStatus.REGISTERED,
                getattr(Registration, column).is_(None),
                Event.status == EventStatus.PUBLISHED,
                Event.deleted_at.is_(None),
                Event.starts_at > now,
                Event.starts_at <= now + ahead,
            )
        ).all()
        for registration_id, _event_id in due:
            sent += claim_and_send(registration_id, column, subject, now)
    return sent


def claim_and_send(registration_id: int, column: str, subject, now: datetime) -> int:
    claimed = db.session.execute(
        update(Registration)
        .where(Registration.id == registration_id, getattr(Registration, column).is_(None))
        .values({column: now})
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        return 0
    registration = db.session.get(Registration, registration_id)
    event = registration.event
    notify(registration.user, "event_reminder", subject(event.title), link=event_path(event))
    # The claim and the notification commit together, before the next one is tried.
    db.session.commit()
    return 1


def init_app(app: Flask) -> None:
    @app.cli.group("events")
    def events_cli() -> None:
        """Events."""

    @events_cli.command("send-reminders")
    def send_reminders_command() -> None:
        """Send the reminders due now (run it every minute from cron; safe on several hosts)."""
        click.echo(f"Sent {send_reminders()} reminder(s).")
