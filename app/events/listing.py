"""Finding events: upcoming and past lists with filters, a month, a member's own."""

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.db import utcnow
from app.core.permissions import can
from app.events.models import (
    Audience,
    Event,
    EventHost,
    EventStatus,
    Registration,
    RegistrationStatus,
)
from app.extensions import db

LIST_LIMIT = 100


@dataclass
class Filters:
    kind: str | None = None
    country_id: int | None = None
    language: str | None = None


def _visible(user: User):
    """Events the member may see, as a SQL condition (the view_event rule, in bulk)."""
    if can(user, "create_event"):
        return Event.deleted_at.is_(None)
    hosting = Event.id.in_(select(EventHost.event_id).where(EventHost.user_id == user.id))
    audience = or_(
        Event.audience == Audience.MEMBERS,
        and_(Event.audience == Audience.COUNTRY, Event.country_id == user.country_id),
        and_(Event.audience == Audience.GROUP, Event.group_id.in_(user.group_ids or [-1]))
        if user.group_ids else false(),
    )  # fmt: skip
    shown = and_(Event.status != EventStatus.DRAFT, audience)
    return and_(Event.deleted_at.is_(None), or_(hosting, shown))


def _filtered(query, filters: Filters):
    if filters.kind:
        query = query.where(Event.kind == filters.kind)
    if filters.country_id:
        query = query.where(Event.country_id == filters.country_id)
    events = list(db.session.scalars(query.options(selectinload(Event.hosts))))
    if filters.language:  # a JSON list: filtered here, on at most one page of events
        events = [e for e in events if filters.language in (e.languages or [])]
    return events


def upcoming(user: User, filters: Filters) -> list[Event]:
    query = (
        select(Event)
        .where(_visible(user), Event.ends_at >= utcnow())
        .order_by(Event.starts_at)
        .limit(LIST_LIMIT)
    )
    return _filtered(query, filters)


def past(user: User, filters: Filters) -> list[Event]:
    query = (
        select(Event)
        .where(_visible(user), Event.ends_at < utcnow())
        .order_by(Event.starts_at.desc())
        .limit(LIST_LIMIT)
    )
    return _filtered(query, filters)


@dataclass
class Month:
    first: date
    weeks: list[list[date | None]]
    days: dict[date, list[Event]]

    @property
    def previous(self) -> str:
        return (self.first - timedelta(days=1)).strftime("%Y-%m")

    @property
    def next(self) -> str:
        return (self.first + timedelta(days=32)).replace(day=1).strftime("%Y-%m")


def month(user: User, filters: Filters, first: date, zone: Any) -> Month:
    """The events of one month, placed on the days of the viewer's time zone."""
    start = datetime(first.year, first.month, 1, tzinfo=zone).astimezone(UTC)
    following = (first + timedelta(days=32)).replace(day=1)
    end = datetime(following.year, following.month, 1, tzinfo=zone).astimezone(UTC)
    query = (
        select(Event)
        .where(_visible(user), Event.starts_at < end, Event.ends_at >= start)
        .order_by(Event.starts_at)
        .limit(500)
    )
    days: dict[date, list[Event]] = {}
    for event in _filtered(query, filters):
        days.setdefault(event.starts_at.astimezone(zone).date(), []).append(event)
    weeks = [
        [day if day.month == first.month else None for day in week]
        for week in calendar.Calendar().monthdatescalendar(first.year, first.month)
    ]
    return Month(first=first, weeks=weeks, days=days)


def registered_events(user: User) -> list[tuple[Event, Registration]]:
    """A member's registrations with their events (for the calendar feed and "my events")."""
    rows = db.session.execute(
        select(Event, Registration)
        .join(Registration, Registration.event_id == Event.id)
        .where(
            Registration.user_id == user.id,
            Registration.status != RegistrationStatus.CANCELLED,
            Event.deleted_at.is_(None),
        )
        .order_by(Event.starts_at.desc())
        .limit(500)
    )
    return [(event, registration) for event, registration in rows]
