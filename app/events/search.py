"""Events in the site search, seen by their audience."""

from collections.abc import Iterable

import nh3
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.security import site_path
from app.events.models import Audience, Event, EventStatus
from app.extensions import db
from app.search import (
    MEMBERS,
    STAFF,
    Document,
    country_token,
    enqueue,
    group_token,
    register_source,
)

EVENT = "event"


def access(event: Event) -> list[str]:
    """Who may find the event (the same answer as the view_event rule, hosts aside)."""
    if event.audience == Audience.COUNTRY and event.country_id:
        return [country_token(event.country_id), STAFF]
    if event.audience == Audience.GROUP and event.group_id:
        return [group_token(event.group_id), STAFF]
    return [MEMBERS]


def load_events(ids: list[int]) -> list[Document]:
    """Published and cancelled events (a cancelled one can still be looked up)."""
    events = db.session.scalars(
        select(Event)
        .where(Event.id.in_(ids), Event.deleted_at.is_(None), Event.status != EventStatus.DRAFT)
        .options(selectinload(Event.country))
    )
    return [
        Document(
            doc_type=EVENT,
            doc_id=event.id,
            title=event.title,
            body="\n".join(nh3.clean(html, tags=set()) for html in (event.html, event.agenda_html)),
            url=site_path("events.event", event_id=event.id),
            language=(event.languages or ["en"])[0],
            access=access(event),
            created_at=event.starts_at,
            facets={
                "kind": event.kind,
                "language": event.languages or [],
                "country": event.country.code if event.country else "",
            },
        )  # fmt: skip
        for event in events
    ]


def event_ids() -> Iterable[int]:
    return db.session.scalars(
        select(Event.id).where(Event.deleted_at.is_(None), Event.status != EventStatus.DRAFT)
    )


def index_event(event_id: int) -> None:
    enqueue(EVENT, event_id)


def register() -> None:
    register_source(EVENT, load_events, event_ids, _l("Events"))
