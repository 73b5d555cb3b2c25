"""A live room full of people for the room benchmark: members, one open event, and a
signed-in session cookie for each.

Run through `python benchmarks/rooms.py`, which sets the environment first (after
`flask db upgrade` and `flask demo seed`, which give the countries, authorities and the
facilitator). Members are inserted in bulk with one password hash, as the forum seeding
does. The session cookies are the ones the sign-in page would set, signed with the
app's SECRET_KEY: signing in 500 times through /login would spend a minute of scrypt.
"""

from datetime import timedelta

from flask import Flask
from flask_login.utils import _create_identifier
from sqlalchemy import insert, select

from app.accounts.models import LocalAuthority, User
from app.core.db import utcnow
from app.core.markup import render_markdown
from app.events.models import (
    Event,
    EventHost,
    EventStatus,
    HostRole,
    Registration,
    RegistrationStatus,
    RoomState,
)
from app.extensions import db

FACILITATOR = "facilitator@demo.test"
DESCRIPTION = "How five towns prepared bankable projects: the load test of the live room."


def add_members(count: int, password_hash: str) -> list[User]:
    """count active members (bench-room-<i>@bench.test) spread over the demo authorities."""
    places = db.session.execute(select(LocalAuthority.id, LocalAuthority.country_id)).all()
    now = utcnow()
    rows = []
    for i in range(count):
        place_id, country_id = places[i % len(places)] if places else (None, None)
        rows.append({
            "name": f"Room Member {i:04d}", "email": f"bench-room-{i}@bench.test",
            "handle": f"bench-room-{i}", "password_hash": password_hash, "role": "member",
            "status": "active", "authority_id": place_id, "country_id": country_id,
            "locale": "en", "timezone": "UTC", "position": "Officer", "bio": "",
            "login_token": f"bench-room-{i}", "approved_at": now, "created_at": now,
            "updated_at": now,
        })  # fmt: skip
    db.session.execute(insert(User), rows)
    return list(
        db.session.scalars(
            select(User).where(User.email.like("bench-room-%@bench.test")).order_by(User.id)
        )
    )


def add_open_event(members: list[User]) -> Event:
    """A published webinar under way (started now, two hours long), its room open, with
    the demo facilitator as host and every member registered."""
    facilitator = db.session.scalar(select(User).where(User.email == FACILITATOR))
    now = utcnow()
    event = Event(
        title="Room benchmark: financing local projects", description=DESCRIPTION,
        html=str(render_markdown(DESCRIPTION)), starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2), timezone="UTC", languages=["en"],
        status=EventStatus.PUBLISHED, room_state=RoomState.OPEN, created_by_id=facilitator.id,
    )  # fmt: skip
    event.hosts.append(EventHost(user_id=facilitator.id, role=HostRole.FACILITATOR))
    db.session.add(event)
    db.session.flush()
    db.session.execute(
        insert(Registration),
        [
            {"event_id": event.id, "user_id": member.id, "status": RegistrationStatus.REGISTERED,
             "queued_at": now, "created_at": now, "updated_at": now}
            for member in members
        ],
    )  # fmt: skip
    return event


def session_cookies(app: Flask, members: list[User], agent: str) -> list[str]:
    """The session cookie the sign-in page would give each member, for a client on
    127.0.0.1 sending this User-Agent (strong session protection checks both)."""
    serializer = app.session_interface.get_signing_serializer(app)
    environ = {"REMOTE_ADDR": "127.0.0.1"}
    with app.test_request_context("/", environ_base=environ, headers={"User-Agent": agent}):
        identifier = _create_identifier()
    name = app.config["SESSION_COOKIE_NAME"]
    return [
        f"{name}={serializer.dumps({'_user_id': m.login_token, '_fresh': True, '_id': identifier})}"
        for m in members
    ]


def seed(app: Flask, count: int, password_hash: str, agent: str) -> dict:
    """Members, the open event and their cookies: {event_id, cookies}."""
    members = add_members(count, password_hash)
    event = add_open_event(members)
    db.session.commit()
    return {"event_id": event.id, "cookies": session_cookies(app, members, agent)}
