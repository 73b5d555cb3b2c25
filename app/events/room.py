"""The live room of an event: who may enter and write, presence and stays, opening and
closing, raised hands, reactions and restrictions. The chat is in chat.py, the Q&A in
questions.py, polls in polls.py; minutes, certificates and the transcript in attendance.py."""

import enum
import logging
from collections.abc import Iterable
from datetime import datetime

from flask_babel import lazy_gettext as _l
from limits import parse
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import Country, LocalAuthority, User
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.forms import clean_text
from app.core.permissions import can, hosts_event
from app.events import polls
from app.events.models import (
    Attendance,
    Event,
    EventStatus,
    HandRaise,
    Poll,
    RegistrationStatus,
    Restriction,
    RoomRestriction,
    RoomState,
)
from app.events.services import registration_of
from app.extensions import db, limiter

# A fixed set: reactions float over the room and are never stored.
REACTIONS = {
    "thumbs_up": "👍",
    "clap": "👏",
    "heart": "❤️",
    "laugh": "😂",
    "wow": "😮",
    "party": "🎉",
}
REACTION_LABELS = {
    "thumbs_up": _l("Thumbs up"),
    "clap": _l("Applause"),
    "heart": _l("Love it"),
    "laugh": _l("Funny"),
    "wow": _l("Surprising"),
    "party": _l("Celebrate"),
}
# Per person, counted in Flask-Limiter's storage (Redis when RATELIMIT_STORAGE_URI says so,
# so shared by every process; memory:// counts per process).
RATES = {
    "chat": parse("5/10 seconds"),
    "question": parse("3/30 seconds"),
    "reaction": parse("10/5 seconds"),
    "hand": parse("6/30 seconds"),
}

log = logging.getLogger(__name__)
NOT_HOST = _l("Only the facilitators can do this.")
TOO_FAST = _l("You are sending too quickly. Please wait a few seconds.")


class Access(enum.StrEnum):
    """Why a person may or may not be in an event's room right now."""

    HOST = "host"
    OPEN = "open"
    WAITING = "waiting"  # registered, the room is not open yet
    ENDED = "ended"
    REMOVED = "removed"
    UNREGISTERED = "unregistered"
    UNAVAILABLE = "unavailable"  # draft, cancelled or deleted


def get_event(event_id: int) -> Event:
    """The event with this id, or NotFound."""
    event = db.session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(_l("This event does not exist."))
    return event


def is_host(user: User, event: Event) -> bool:
    return can(user, "host_event", event)


def restricted_ids(event: Event, kind: str) -> set[int]:
    """Ids of the people muted (or removed) in this event's room."""
    return set(
        db.session.scalars(
            select(RoomRestriction.user_id).where(
                RoomRestriction.event_id == event.id, RoomRestriction.kind == kind
            )
        )
    )


def access(user: User, event: Event) -> Access:
    """Whether user may be in the room now and, if not, the reason to show them."""
    if can(user, "join_room", event):
        return Access.HOST if is_host(user, event) else Access.OPEN
    if event.status != EventStatus.PUBLISHED or event.deleted_at is not None:
        return Access.UNAVAILABLE
    if user.id in restricted_ids(event, Restriction.REMOVED):
        return Access.REMOVED
    registration = registration_of(user, event)
    if registration is None or registration.status != RegistrationStatus.REGISTERED:
        return Access.UNREGISTERED
    return Access.ENDED if event.room_state == RoomState.ENDED else Access.WAITING


ACCESS_ERRORS = {
    Access.WAITING: _l("The room is not open yet. You will enter as soon as it opens."),
    Access.ENDED: _l("This room has closed."),
    Access.REMOVED: _l("A facilitator removed you from this room."),
    Access.UNREGISTERED: _l("Register for this event to take part in its room."),
    Access.UNAVAILABLE: _l("This event's room is not available."),
}


def check_rate(user: User, kind: str) -> None:
    """Count one action of user; Invalid when they act faster than RATES allows."""
    if not limiter.enabled:
        return
    try:
        allowed = limiter.limiter.hit(RATES[kind], "event-room", kind, str(user.id))
    except Exception:  # the limits' storage is down: the room goes on without them
        log.warning("event room: rate limit storage unavailable", exc_info=True)
        return
    if not allowed:
        raise Invalid(TOO_FAST)


def clean_input(text: str, limit: int, empty: str, too_long: str) -> str:
    """Text without control characters, stripped; Invalid when empty or over limit."""
    if not isinstance(text, str):
        raise Invalid(_l("This request is not valid."))
    text = clean_text(text).strip()
    if not text:
        raise Invalid(empty)
    if len(text) > limit:
        raise Invalid(too_long % {"max": limit})
    return text


def ensure_host(actor: User, event: Event) -> None:
    """PermissionDenied unless actor hosts the event."""
    if not is_host(actor, event):
        raise PermissionDenied(NOT_HOST)


def ensure_member(actor: User, event: Event) -> None:
    """PermissionDenied, with the reason, unless actor may be in the room now."""
    if not can(actor, "join_room", event):
        raise PermissionDenied(ACCESS_ERRORS.get(access(actor, event), NOT_HOST))


def ensure_writer(actor: User, event: Event) -> None:
    """As ensure_member, and refused to a muted participant."""
    ensure_member(actor, event)
    if not can(actor, "write_in_room", event):
        raise PermissionDenied(_l("A facilitator muted you: you can follow, not write."))


# People ----------------------------------------------------------------------------


def person(user: User, host: bool = False) -> dict:
    """How a person appears in the room: name, local authority, country code."""
    return {
        "id": user.id,
        "name": user.name,
        "authority": user.authority.name_en if user.authority else "",
        "country": user.country.code if user.country else "",
        "host": host,
    }


def people_by_id(event: Event, users: Iterable[User]) -> dict[int, dict]:
    return {user.id: person(user, is_host(user, event)) for user in users}


def presence(event: Event, for_host: bool) -> list[dict]:
    """Everyone with an open stay in the room (two tabs count once), by name, read as plain
    rows in one query; facilitators also see who is muted."""
    muted = restricted_ids(event, Restriction.MUTED) if for_host else set()
    rows = db.session.execute(
        select(User.id, User.name, User.role, LocalAuthority.name_en, Country.code)
        .outerjoin(LocalAuthority, User.authority_id == LocalAuthority.id)
        .outerjoin(Country, User.country_id == Country.id)
        .where(
            User.id.in_(
                select(Attendance.user_id).where(
                    Attendance.event_id == event.id, Attendance.left_at.is_(None)
                )
            )
        )
        .order_by(User.name, User.id)
    )
    people = []
    for user_id, name, role, authority, country in rows:
        entry = {
            "id": user_id,
            "name": name,
            "authority": authority or "",
            "country": country or "",
            "host": hosts_event(user_id, role, event),
        }
        if for_host:
            entry["muted"] = user_id in muted
        people.append(entry)
    return people


# Stays -----------------------------------------------------------------------------


def record_join(user: User, event: Event, sid: str, now: datetime) -> bool:
    """Open a stay for this connection (once); True when a new one began."""
    open_stay = db.session.scalar(
        select(Attendance.id).where(
            Attendance.event_id == event.id, Attendance.sid == sid, Attendance.left_at.is_(None)
        )
    )
    if open_stay is not None:
        return False
    db.session.add(Attendance(event_id=event.id, user_id=user.id, sid=sid, joined_at=now))
    db.session.flush()
    return True


def record_leave(sid: str, now: datetime, event_id: int | None = None) -> list[int]:
    """End the open stays of a connection (in one event, or all); the events left."""
    query = select(Attendance).where(Attendance.sid == sid, Attendance.left_at.is_(None))
    if event_id is not None:
        query = query.where(Attendance.event_id == event_id)
    stays = list(db.session.scalars(query))
    for stay in stays:
        stay.left_at = now
    db.session.flush()
    return sorted({stay.event_id for stay in stays})


def end_stale_stays(alive: set[str], older_than: datetime, now: datetime) -> list[int]:
    """End the open stays begun before older_than whose connection is not alive; the
    events concerned."""
    stays = db.session.scalars(
        select(Attendance).where(Attendance.left_at.is_(None), Attendance.joined_at < older_than)
    )
    ended = set()
    for stay in stays:
        if stay.sid not in alive:
            stay.left_at = now
            ended.add(stay.event_id)
    db.session.flush()
    return sorted(ended)


def _end_stays(event: Event, now: datetime, user_id: int | None = None) -> list[Attendance]:
    query = select(Attendance).where(Attendance.event_id == event.id, Attendance.left_at.is_(None))
    if user_id is not None:
        query = query.where(Attendance.user_id == user_id)
    stays = list(db.session.scalars(query))
    for stay in stays:
        stay.left_at = now
    return stays


# Room state ------------------------------------------------------------------------


def open_room(actor: User, event: Event) -> Event:
    """Let registered participants in (also to reopen a closed room)."""
    ensure_host(actor, event)
    if event.status != EventStatus.PUBLISHED:
        raise Invalid(_l("Publish the event before you open its room."))
    event.room_state = RoomState.OPEN
    db.session.flush()
    return event


def close_room(actor: User, event: Event, now: datetime) -> tuple[list[str], list[Poll]]:
    """End the room: every stay ends, hands go down, live polls close. Returns the
    connections of participants (not facilitators), to be closed, and the polls closed."""
    ensure_host(actor, event)
    event.room_state = RoomState.ENDED
    stays = _end_stays(event, now)
    hosts = {user.id for user in _stay_users(stays) if is_host(user, event)}
    _lower_hands(event, now)
    closed = polls.close_live(event, now)
    db.session.flush()
    return sorted({stay.sid for stay in stays if stay.user_id not in hosts}), closed


def _stay_users(stays: list[Attendance]) -> list[User]:
    ids = {stay.user_id for stay in stays}
    return list(db.session.scalars(select(User).where(User.id.in_(ids)))) if ids else []


# Hands -----------------------------------------------------------------------------


def hands(event: Event) -> list[dict]:
    """The queue of raised hands, first raised first."""
    raised = db.session.scalars(
        select(HandRaise)
        .where(HandRaise.event_id == event.id, HandRaise.lowered_at.is_(None))
        .options(selectinload(HandRaise.user))
        .order_by(HandRaise.raised_at, HandRaise.id)
    )
    queue = {}
    for hand in raised:
        queue.setdefault(
            hand.user_id, {"user": person(hand.user), "at": hand.raised_at.isoformat()}
        )
    return list(queue.values())


def _raised(event: Event, user_id: int | None = None) -> list[HandRaise]:
    query = select(HandRaise).where(HandRaise.event_id == event.id, HandRaise.lowered_at.is_(None))
    if user_id is not None:
        query = query.where(HandRaise.user_id == user_id)
    return list(db.session.scalars(query))


def raise_hand(actor: User, event: Event, now: datetime) -> HandRaise:
    """Join the queue of raised hands."""
    ensure_writer(actor, event)
    if _raised(event, actor.id):
        raise Invalid(_l("Your hand is already raised."))
    check_rate(actor, "hand")
    hand = HandRaise(event_id=event.id, user_id=actor.id, raised_at=now)
    db.session.add(hand)
    db.session.flush()
    return hand


def lower_hand(actor: User, event: Event, now: datetime) -> None:
    """Leave the queue of raised hands."""
    ensure_member(actor, event)
    raised = _raised(event, actor.id)
    if not raised:
        raise Invalid(_l("Your hand is not raised."))
    for hand in raised:
        hand.lowered_at = now
    db.session.flush()


def clear_hands(actor: User, event: Event, user_id: int | None, now: datetime) -> int:
    """Lower one person's hand, or everyone's with None; how many went down."""
    ensure_host(actor, event)
    raised = _raised(event, user_id)
    if user_id is not None and not raised:
        raise NotFound(_l("This hand is no longer raised."))
    for hand in raised:
        hand.lowered_at = now
    db.session.flush()
    return len(raised)


def _lower_hands(event: Event, now: datetime) -> None:
    for hand in _raised(event):
        hand.lowered_at = now


def reaction(actor: User, event: Event, key: str) -> str:
    """Check a reaction (not stored: it floats over the room and is gone)."""
    ensure_writer(actor, event)
    if not isinstance(key, str) or key not in REACTIONS:
        raise Invalid(_l("This reaction is not available."))
    check_rate(actor, "reaction")
    return key


# Restrictions ----------------------------------------------------------------------


def _participant(actor: User, event: Event, user_id: int) -> User:
    ensure_host(actor, event)
    user = db.session.get(User, user_id)
    if user is None or (
        registration_of(user, event) is None
        and db.session.scalar(
            select(Attendance.id)
            .where(Attendance.event_id == event.id, Attendance.user_id == user.id)
            .limit(1)
        )
        is None
    ):
        raise NotFound(_l("This person is not taking part in this event."))
    if is_host(user, event):
        raise Invalid(_l("Facilitators cannot be muted or removed."))
    return user


def _restriction(event: Event, user: User, kind: str) -> RoomRestriction | None:
    return db.session.scalar(
        select(RoomRestriction).where(
            RoomRestriction.event_id == event.id,
            RoomRestriction.user_id == user.id,
            RoomRestriction.kind == kind,
        )
    )


def _restrict(actor: User, event: Event, user: User, kind: str, on: bool, now: datetime) -> None:
    found = _restriction(event, user, kind)
    if on and found is None:
        db.session.add(
            RoomRestriction(
                event_id=event.id, user_id=user.id, kind=kind, by_id=actor.id, created_at=now
            )
        )
    elif not on and found is not None:
        db.session.delete(found)
    db.session.flush()


def set_muted(actor: User, event: Event, user_id: int, muted: bool, now: datetime) -> User:
    """Mute a participant (they follow, they cannot write), or let them write again."""
    user = _participant(actor, event, user_id)
    _restrict(actor, event, user, Restriction.MUTED, muted, now)
    return user


def remove(actor: User, event: Event, user_id: int, now: datetime) -> tuple[User, list[str]]:
    """Remove a participant from the room for this event; their connections, to close."""
    user = _participant(actor, event, user_id)
    _restrict(actor, event, user, Restriction.REMOVED, True, now)
    stays = _end_stays(event, now, user.id)
    for hand in _raised(event, user.id):
        hand.lowered_at = now
    db.session.flush()
    return user, sorted({stay.sid for stay in stays})


def readmit(actor: User, event: Event, user_id: int, now: datetime) -> User:
    """Let a removed participant come back."""
    user = _participant(actor, event, user_id)
    _restrict(actor, event, user, Restriction.REMOVED, False, now)
    return user
