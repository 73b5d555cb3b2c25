"""Events and registrations: planning an event, registering with a waitlist, cancelling."""

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.accounts.models import User, UserStatus
from app.core.db import utcnow
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.i18n import LANGUAGES
from app.core.markup import plain_text, render_markdown
from app.core.permissions import can
from app.core.security import site_path
from app.events.models import (
    Audience,
    Event,
    EventHost,
    EventKind,
    EventResource,
    EventStatus,
    HostRole,
    Registration,
    RegistrationStatus,
)
from app.events.search import index_event
from app.extensions import db
from app.library.models import Practice
from app.notifications.models import Delivery
from app.notifications.services import notify, register_kind

register_kind("event_registration", _l("Your event registrations"), Delivery.EMAIL)
register_kind("event_reminder", _l("Reminders before your events"), Delivery.EMAIL)
register_kind("event_change", _l("Changes to events you registered for"), Delivery.EMAIL)

TITLE_MAX, TEXT_MAX = 200, 20_000
VIDEO_EARLY = timedelta(minutes=15)  # the video link shows this long before the start
MAX_RESOURCES = 20


@dataclass
class EventInput:
    """What an organiser fills in; times are local to `timezone`."""

    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str = "UTC"
    kind: str = EventKind.WEBINAR
    description: str = ""
    agenda: str = ""
    languages: list[str] = field(default_factory=list)
    audience: str = Audience.MEMBERS
    country_id: int | None = None
    group_id: int | None = None
    capacity: int | None = None
    registration_opens_at: datetime | None = None
    registration_closes_at: datetime | None = None
    video_url: str = ""
    recording_url: str = ""
    facilitator_ids: list[int] = field(default_factory=list)
    speaker_ids: list[int] = field(default_factory=list)
    resources: str = ""  # one per line: "label | https://…" or a practice number or link
    status: str = EventStatus.PUBLISHED


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(_l("Choose a time zone from the list."), field="timezone") from None


def to_utc(local: datetime | None, zone: ZoneInfo) -> datetime | None:
    """A local wall-clock time in zone, as an aware UTC datetime."""
    if local is None:
        return None
    return local.replace(tzinfo=zone).astimezone(ZoneInfo("UTC"))


def _check_audience(data: EventInput) -> None:
    if data.audience not in Audience.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="audience")
    if data.audience == Audience.COUNTRY and not data.country_id:
        raise Invalid(_l("Choose the country of the audience."), field="country_id")
    if data.audience == Audience.GROUP and not data.group_id:
        raise Invalid(_l("Choose the group of the audience."), field="group_id")


def _check(data: EventInput) -> ZoneInfo:
    _check_audience(data)
    if not data.title.strip() or len(data.title) > TITLE_MAX:
        raise Invalid(_l("Give the event a title of at most %(max)d characters.",
                         max=TITLE_MAX), field="title")  # fmt: skip
    if data.kind not in EventKind.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="kind")
    if any(code not in LANGUAGES for code in data.languages):
        raise Invalid(_l("Choose an option from the list."), field="languages")
    if data.starts_at is None or data.ends_at is None:
        raise Invalid(_l("Give the start and the end."), field="starts_at")
    if data.ends_at <= data.starts_at:
        raise Invalid(_l("The end must come after the start."), field="ends_at")
    if data.capacity is not None and data.capacity < 1:
        raise Invalid(_l("Give a capacity of at least 1, or leave it empty."), field="capacity")
    for name in ("description", "agenda"):
        if len(getattr(data, name)) > TEXT_MAX:
            raise Invalid(_l("Enter at most %(max)d characters.", max=TEXT_MAX), field=name)
    for name in ("video_url", "recording_url"):
        value = getattr(data, name).strip()
        if value and not re.match(r"^https?://[^\s]+$", value):
            raise Invalid(_l("Give a web address starting with https://."), field=name)
    return _zone(data.timezone)


def _apply(event: Event, data: EventInput) -> None:
    zone = _check(data)
    event.title, event.kind = data.title.strip(), data.kind
    event.description, event.html = data.description, render_markdown(data.description)
    event.agenda, event.agenda_html = data.agenda, render_markdown(data.agenda)
    event.timezone = data.timezone
    event.starts_at, event.ends_at = to_utc(data.starts_at, zone), to_utc(data.ends_at, zone)
    event.registration_opens_at = to_utc(data.registration_opens_at, zone)
    event.registration_closes_at = to_utc(data.registration_closes_at, zone)
    event.languages = list(dict.fromkeys(data.languages))
    event.audience = data.audience
    event.country_id = data.country_id if data.audience == Audience.COUNTRY else None
    event.group_id = data.group_id if data.audience == Audience.GROUP else None
    event.capacity = data.capacity
    event.video_url, event.recording_url = data.video_url.strip(), data.recording_url.strip()
    event.status = data.status
    _set_hosts(event, data.facilitator_ids, data.speaker_ids)
    event.resources = _resources(data.resources)


def _set_hosts(event: Event, facilitators: list[int], speakers: list[int]) -> None:
    # A person named both ways facilitates.
    wanted = dict.fromkeys(speakers, HostRole.SPEAKER) | dict.fromkeys(
        facilitators, HostRole.FACILITATOR
    )
    people = set(
        db.session.scalars(
            select(User.id).where(User.id.in_(wanted), User.status == UserStatus.ACTIVE)
        )
    )
    existing = {host.user_id: host for host in event.hosts}
    kept = []
    for user_id, role in wanted.items():
        if user_id in people:
            host = existing.get(user_id) or EventHost(user_id=user_id)  # same row, same key
            host.role = role
            kept.append(host)
    event.hosts = kept


_PRACTICE_LINK = re.compile(r"^(?:.*/library/p/)?(\d{1,9})/?$")


def _resources(text: str) -> list[EventResource]:
    """Resources from the form: a practice number or link, or "label | https://…"."""
    found = []
    for line in filter(None, (raw.strip() for raw in (text or "").splitlines())):
        practice = _PRACTICE_LINK.match(line)
        if practice:
            if db.session.get(Practice, int(practice.group(1))) is None:
                raise Invalid(_l("No practice has that number."), field="resources")
            found.append(EventResource(practice_id=int(practice.group(1))))
            continue
        label, _, url = line.rpartition("|") if "|" in line else ("", "", line)
        url = url.strip()
        if not re.match(r"^https?://[^\s]+$", url):
            raise Invalid(_l("Give each resource as “label | https://…” or a practice number."),
                          field="resources")  # fmt: skip
        found.append(EventResource(label=(label.strip() or url)[:200], url=url[:500]))
    if len(found) > MAX_RESOURCES:
        raise Invalid(_l("Give at most %(n)d resources.", n=MAX_RESOURCES), field="resources")
    for position, item in enumerate(found):
        item.position = position
    return found


def create_event(actor: User, data: EventInput) -> Event:
    """Plan an event; its creator facilitates it."""
    if not can(actor, "create_event"):
        raise PermissionDenied(_l("Only facilitators plan events."))
    event = Event(created_by_id=actor.id, title="", starts_at=utcnow(), ends_at=utcnow())
    data.facilitator_ids = [actor.id, *data.facilitator_ids]
    _apply(event, data)
    db.session.add(event)
    db.session.flush()
    index_event(event.id)
    return event


def update_event(actor: User, event: Event, data: EventInput) -> Event:
    """Change an event; calendars see the new version, registrants hear of a new time."""
    if not can(actor, "host_event", event):
        raise PermissionDenied(_l("Only the event's facilitators change it."))
    before = (event.starts_at, event.ends_at)
    _apply(event, data)
    event.sequence += 1
    index_event(event.id)
    _lock(event)
    while promote_next(event) is not None:  # more seats: the waitlist moves up
        db.session.flush()
    if before != (event.starts_at, event.ends_at):
        for registration in registrations(event, RegistrationStatus.REGISTERED):
            registration.reminded_day_at = registration.reminded_hour_at = None
            _tell(registration.user, "event_change", _l("New time: %(title)s", title=event.title),
                  event)  # fmt: skip
    return event


def cancel_event(actor: User, event: Event) -> None:
    """Call an event off; everyone registered or waiting is told."""
    if not can(actor, "host_event", event):
        raise PermissionDenied(_l("Only the event's facilitators change it."))
    event.status = EventStatus.CANCELLED
    event.sequence += 1
    index_event(event.id)
    for registration in registrations(event):
        if registration.status != RegistrationStatus.CANCELLED:
            _tell(registration.user, "event_change", _l("Cancelled: %(title)s", title=event.title),
                  event)  # fmt: skip


def get_event(user: User, event_id: int) -> Event:
    event = db.session.get(Event, event_id)
    if event is None or not can(user, "view_event", event):
        raise NotFound()
    return event


def registration_of(user: User, event: Event) -> Registration | None:
    return db.session.scalar(
        select(Registration).where(
            Registration.event_id == event.id, Registration.user_id == user.id
        )
    )


def registration_open(event: Event, now: datetime | None = None) -> bool:
    now = now or utcnow()
    if event.status != EventStatus.PUBLISHED or now >= event.ends_at:
        return False
    if event.registration_opens_at and now < event.registration_opens_at:
        return False
    return not (event.registration_closes_at and now >= event.registration_closes_at)


def _lock(event: Event) -> None:
    # Registrations of one event are decided one at a time (capacity, waitlist order).
    db.session.execute(select(Event.id).where(Event.id == event.id).with_for_update())


def taken(event: Event) -> int:
    return db.session.scalar(
        select(func.count(Registration.id)).where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.REGISTERED,
        )
    )


def register(actor: User, event: Event) -> Registration:
    """A seat if one is free, else a place on the waitlist."""
    if not can(actor, "register_event", event):
        raise PermissionDenied(_l("You cannot register for this event."))
    if not registration_open(event):
        raise Invalid(_l("Registration for this event is not open."))
    _lock(event)
    registration = registration_of(actor, event)
    if registration is not None and registration.status != RegistrationStatus.CANCELLED:
        return registration
    full = event.capacity is not None and taken(event) >= event.capacity
    status = RegistrationStatus.WAITLISTED if full else RegistrationStatus.REGISTERED
    if registration is None:
        registration = Registration(event_id=event.id, user_id=actor.id)
        db.session.add(registration)
    registration.status, registration.queued_at = status, utcnow()
    db.session.flush()
    subject = (_l("On the waitlist: %(title)s", title=event.title) if full
               else _l("Registered: %(title)s", title=event.title))  # fmt: skip
    _tell(actor, "event_registration", subject, event)
    return registration


def cancel_registration(actor: User, event: Event) -> Registration | None:
    """Give up a seat (or a waitlist place); the first person waiting gets the seat."""
    _lock(event)
    registration = registration_of(actor, event)
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        return None
    had_seat = registration.status == RegistrationStatus.REGISTERED
    registration.status = RegistrationStatus.CANCELLED
    db.session.flush()
    return promote_next(event) if had_seat else None


def promote_next(event: Event) -> Registration | None:
    """Give a free seat to the person who has waited longest, and tell them."""
    if event.capacity is not None and taken(event) >= event.capacity:
        return None
    waiting = db.session.scalar(
        select(Registration)
        .where(Registration.event_id == event.id,
               Registration.status == RegistrationStatus.WAITLISTED)
        .order_by(Registration.queued_at, Registration.id)
        .limit(1)
    )  # fmt: skip
    if waiting is None:
        return None
    waiting.status, waiting.queued_at = RegistrationStatus.REGISTERED, utcnow()
    _tell(waiting.user, "event_registration",
          _l("A seat is yours: %(title)s", title=event.title), event)  # fmt: skip
    return waiting


def registrations(event: Event, status: str | None = None) -> list[Registration]:
    query = select(Registration).where(Registration.event_id == event.id)
    if status:
        query = query.where(Registration.status == status)
    return list(db.session.scalars(query.order_by(Registration.status, Registration.queued_at)))


def waitlist_position(registration: Registration) -> int:
    return 1 + db.session.scalar(
        select(func.count(Registration.id)).where(
            Registration.event_id == registration.event_id,
            Registration.status == RegistrationStatus.WAITLISTED,
            Registration.queued_at < registration.queued_at,
        )
    )


def video_link(user: User, event: Event, now: datetime | None = None) -> str | None:
    """The video address for registered participants and hosts, from 15 minutes before."""
    if not event.video_url:
        return None
    now = now or utcnow()
    if not can(user, "host_event", event):
        registration = registration_of(user, event)
        if registration is None or registration.status != RegistrationStatus.REGISTERED:
            return None
    return event.video_url if now >= event.starts_at - VIDEO_EARLY else None


def event_path(event: Event) -> str:
    return site_path("events.event", event_id=event.id)


def _tell(user: User, kind: str, subject, event: Event) -> None:
    notify(user, kind, subject, link=event_path(event),
           body=plain_text(event.description, 300), group_key=None)  # fmt: skip
