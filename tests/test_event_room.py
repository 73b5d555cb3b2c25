"""The live room of events over real Socket.IO test clients: joining, chat, Q&A, polls,
hands, reactions, presence, restrictions, attendance, certificates and the transcript."""

import contextvars
import csv
import html
import io
import json
import os
import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import redis
from flask.globals import _cv_app
from sqlalchemy import func, select

from app.accounts.models import Role
from app.core.db import utcnow
from app.events import attendance
from app.events.live import NAMESPACE, summaries
from app.events.models import (
    Attendance,
    Event,
    EventHost,
    HostRole,
    Message,
    Poll,
    PollVote,
    Question,
    Registration,
    RegistrationStatus,
    RoomState,
)
from app.extensions import db, socketio
from tests.factories import PASSWORD, make_user

NS = NAMESPACE
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(autouse=True)
def no_summary_task(app):
    """The summaries are flushed by the tests themselves (flush()), not by a thread that
    would share the test's database connection."""
    previous = app.config.get("ROOM_SUMMARY_INTERVAL")
    app.config["ROOM_SUMMARY_INTERVAL"] = 0
    summaries.reset()
    yield
    summaries.reset()
    app.config["ROOM_SUMMARY_INTERVAL"] = previous if previous is not None else 0.25


def room_event(state: str = RoomState.OPEN, minutes: int = 60, started: int = 10, **fields):
    """An event made with the model: started `started` minutes ago, its room in `state`."""
    creator = make_user(role=Role.FACILITATOR)
    start = utcnow().replace(microsecond=0) - timedelta(minutes=started)
    values = {
        "title": "Green recovery webinar",
        "starts_at": start,
        "ends_at": start + timedelta(minutes=minutes),
        "created_by_id": creator.id,
        "room_state": state,
    }
    values.update(fields)
    event = Event(**values)
    db.session.add(event)
    db.session.commit()
    return event


def registered(event: Event, **user_fields):
    user = make_user(**user_fields)
    db.session.add(Registration(event_id=event.id, user_id=user.id))
    db.session.commit()
    return user


def event_host(event: Event):
    """A member who facilitates this one event (not a facilitator by role)."""
    user = make_user()
    db.session.add(EventHost(event_id=event.id, user_id=user.id, role=HostRole.FACILITATOR))
    db.session.commit()
    return user


def alone(function, *args, **kwargs):
    """Run a socket call as the server would: in its own app context (its own g, so its own
    current user), even though the test itself runs inside one."""

    def run():
        _cv_app.set(None)
        return function(*args, **kwargs)

    return contextvars.copy_context().run(run)


@pytest.fixture
def connect(app):
    """A signed-in person's own browser: an HTTP client and a socket on /events."""
    opened = []

    def _connect(user, join: int | None = None):
        http = app.test_client()
        response = http.post("/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302
        socket = alone(socketio.test_client, app, namespace=NS, flask_test_client=http)
        socket.http = http
        opened.append(socket)
        if join is not None:
            ack = call(socket, "join", {"event_id": join})
            assert ack["ok"], ack
            socket.welcome = ack
        return socket

    yield _connect
    for socket in opened:
        if socket.is_connected(NS):
            leave(socket)


def call(socket, name: str, *args):
    return alone(socket.emit, name, *args, namespace=NS, callback=True)


def leave(socket) -> None:
    alone(socket.disconnect, NS)


def received(socket, name: str | None = None) -> list:
    events = socket.get_received(NS)
    return [e["args"][0] if e["args"] else None for e in events if name in (None, e["name"])]


def names(socket) -> list[str]:
    return [e["name"] for e in socket.get_received(NS)]


def flush():
    summaries.flush()


def people_after(summaries_sent: list[dict], people: list[dict] | None = None) -> list[dict]:
    """The presence list a client holds after these summaries, by name, as room.js keeps it:
    a whole list replaces, the others change it."""
    by_id = {p["id"]: p for p in people or []}
    for summary in summaries_sent:
        if "people" in summary:
            by_id = {p["id"]: p for p in summary["people"]}
            continue
        for gone in summary["gone"]:
            by_id.pop(gone, None)
        by_id.update((p["id"], p) for p in summary["changed"])
        assert len(by_id) == summary["count"]
    return sorted(by_id.values(), key=lambda p: (p["name"], p["id"]))


def sid_of(socket) -> str:
    return socketio.server.manager.sid_from_eio_sid(socket.eio_sid, NS)


# Joining -----------------------------------------------------------------------------


def test_anonymous_visitors_cannot_connect(app):
    socket = alone(socketio.test_client, app, namespace=NS, flask_test_client=app.test_client())
    assert not socket.is_connected(NS)


def test_a_registered_participant_joins_with_the_last_hundred_messages(connect):
    event = room_event()
    author = registered(event)
    for i in range(105):
        db.session.add(Message(event_id=event.id, user_id=author.id, body=f"m{i}", html=f"m{i}"))
    db.session.commit()
    member = registered(event, name="Olena Kovalenko")
    socket = connect(member)
    ack = call(socket, "join", {"event_id": event.id})
    assert ack["ok"] and ack["is_host"] is False and ack["state"] == "open"
    assert [m["html"] for m in ack["messages"]] == [f"m{i}" for i in range(5, 105)]
    assert ack["me"]["name"] == "Olena Kovalenko" and ack["muted"] is False
    assert [p["name"] for p in ack["people"]] == ["Olena Kovalenko"]


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("unregistered", "Register for this event to take part in its room."),
        ("waitlisted", "Register for this event to take part in its room."),
        ("closed", "The room is not open yet. You will enter as soon as it opens."),
        ("ended", "This room has closed."),
        ("cancelled registration", "Register for this event to take part in its room."),
        ("draft", "This event's room is not available."),
        ("cancelled event", "This event's room is not available."),
    ],
)
def test_who_cannot_join_is_told_why(connect, case, error):
    state = {"closed": RoomState.CLOSED, "ended": RoomState.ENDED}.get(case, RoomState.OPEN)
    status = {"draft": "draft", "cancelled event": "cancelled"}.get(case, "published")
    event = room_event(state=state, status=status)
    member = make_user()
    status = {
        "waitlisted": RegistrationStatus.WAITLISTED,
        "cancelled registration": RegistrationStatus.CANCELLED,
    }.get(case, RegistrationStatus.REGISTERED)
    if case != "unregistered":
        db.session.add(Registration(event_id=event.id, user_id=member.id, status=status))
    db.session.commit()
    ack = call(connect(member), "join", {"event_id": event.id})
    assert ack["ok"] is False and ack["error"] == error
    assert db.session.scalar(select(func.count(Attendance.id))) == 0


def test_a_waiting_participant_enters_when_a_host_opens_the_room(connect):
    event = room_event(state=RoomState.CLOSED)
    member = registered(event)
    host = event_host(event)
    waiting = connect(member)
    assert call(waiting, "join", {"event_id": event.id})["ok"] is False
    host_socket = connect(host, join=event.id)  # hosts enter a closed room to prepare
    assert host_socket.welcome["is_host"] is True and host_socket.welcome["state"] == "closed"
    assert call(host_socket, "room_open", {"event_id": event.id}) == {"ok": True}
    assert received(waiting, "room_state") == [{"state": "open"}]
    assert call(waiting, "join", {"event_id": event.id})["ok"] is True


BAD_PAYLOADS = [
    (),
    ("not a dict",),
    ([1, 2],),
    (None,),
    ({},),
    ({"event_id": "1"},),
    ({"event_id": True},),
    ({"event_id": 1.5},),
    ({"event_id": -4},),
    ({"event_id": 2**40},),
    ({"event_id": 999_999},),
    ({"event_id": "EVENT", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8},),
    ({"event_id": "EVENT"}, {"event_id": "EVENT"}),
    ({"event_id": "EVENT", "last_id": "10"},),
    ({"event_id": "EVENT", "last_id": -1},),
]


@pytest.mark.parametrize("args", BAD_PAYLOADS)
def test_malformed_joins_are_refused_and_change_nothing(connect, args):
    event = room_event()
    member = registered(event)
    witness = connect(registered(event), join=event.id)
    flush()
    received(witness)
    socket = connect(member)
    args = tuple(
        {**a, "event_id": event.id} if isinstance(a, dict) and a.get("event_id") == "EVENT" else a
        for a in args
    )
    ack = call(socket, "join", *args)
    assert ack["ok"] is False and ack["error"]
    flush()
    assert received(witness) == []
    assert socket.is_connected(NS)


ACTIONS = [
    ("chat_send", {"body": "hello"}),
    ("chat_delete", {"message_id": 1}),
    ("chat_pin", {"message_id": 1}),
    ("chat_pause", {"paused": True}),
    ("question_ask", {"body": "why?"}),
    ("question_vote", {"question_id": 1}),
    ("question_status", {"question_id": 1, "status": "answered"}),
    ("question_highlight", {"question_id": 1}),
    ("poll_create", {"question": "Q?", "options": ["a", "b"]}),
    ("poll_delete", {"poll_id": 1}),
    ("poll_launch", {"poll_id": 1}),
    ("poll_vote", {"poll_id": 1, "option_ids": [1]}),
    ("poll_show_results", {"poll_id": 1, "visible": True}),
    ("poll_close", {"poll_id": 1}),
    ("hand_raise", {}),
    ("hand_lower", {}),
    ("hand_clear", {}),
    ("react", {"reaction": "clap"}),
    ("room_open", {}),
    ("room_close", {}),
    ("participant_mute", {"user_id": 1, "muted": True}),
    ("participant_remove", {"user_id": 1}),
    ("participant_readmit", {"user_id": 1}),
    ("leave", {}),
]


@pytest.mark.parametrize(("name", "payload"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_every_action_needs_the_room_joined_and_a_valid_payload(connect, name, payload):
    event = room_event()
    other = room_event()
    host = make_user(role=Role.ADMIN)
    socket = connect(host, join=other.id)  # joined another event's room, not this one
    received(socket)
    ack = call(socket, name, {"event_id": event.id, **payload})
    assert ack == {"ok": False, "error": "Join the room first."}
    for bad in ("x", [], None, {"event_id": "x", **payload}, {**payload}):
        ack = call(socket, name, bad)
        assert ack["ok"] is False and ack["error"] == "This request is not valid."
    assert call(socket, name) == {"ok": False, "error": "This request is not valid."}
    assert received(socket) == []
    assert db.session.scalar(select(func.count(Message.id))) == 0
    assert db.session.get(Event, event.id).room_state == RoomState.OPEN


def test_an_unknown_socket_event_is_ignored(connect):
    event = room_event()
    socket = connect(registered(event), join=event.id)
    assert not call(socket, "drop_tables", {"event_id": event.id})
    assert socket.is_connected(NS)


# Chat --------------------------------------------------------------------------------


def test_chat_is_stored_before_it_is_sent_and_sanitised(connect):
    event = room_event()
    alice = connect(registered(event, name="Alice"), join=event.id)
    bob = connect(registered(event), join=event.id)
    received(bob)
    ack = call(
        alice,
        "chat_send",
        {"event_id": event.id, "body": "**Hello** <script>alert(1)</script> [x](javascript:y)"},
    )
    assert ack["ok"]
    stored = db.session.get(Message, ack["message"]["id"])
    assert stored is not None and stored.user.name == "Alice"
    [message] = received(bob, "chat_message")
    assert message["id"] == stored.id and message["user"]["name"] == "Alice"
    assert "<strong>Hello</strong>" in message["html"]
    assert "<script" not in message["html"] and "javascript" not in message["html"]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("", "Write a message first."),
        ("   \n ", "Write a message first."),
        ("\x00\x01", "Write a message first."),
        ("x" * 2001, "A message can be at most 2000 characters."),
        (42, "This request is not valid."),
        (["a"], "This request is not valid."),
        (None, "This request is not valid."),
    ],
)
def test_bad_chat_messages_are_refused_quietly(connect, body, error):
    event = room_event()
    sender = connect(registered(event), join=event.id)
    witness = connect(registered(event), join=event.id)
    flush()
    received(witness)
    ack = call(sender, "chat_send", {"event_id": event.id, "body": body})
    assert ack == {"ok": False, "error": error}
    assert received(witness) == []
    assert db.session.scalar(select(func.count(Message.id))) == 0


def test_a_long_message_up_to_the_limit_is_taken(connect):
    event = room_event()
    sender = connect(registered(event), join=event.id)
    assert call(sender, "chat_send", {"event_id": event.id, "body": "y" * 2000})["ok"]


def test_chat_is_rate_limited_per_person(connect):
    event = room_event()
    sender = connect(registered(event), join=event.id)
    other = connect(registered(event), join=event.id)
    for i in range(5):
        assert call(sender, "chat_send", {"event_id": event.id, "body": f"n{i}"})["ok"]
    ack = call(sender, "chat_send", {"event_id": event.id, "body": "one too many"})
    assert ack == {"ok": False, "error": "You are sending too quickly. Please wait a few seconds."}
    assert call(other, "chat_send", {"event_id": event.id, "body": "I still can"})["ok"]
    assert db.session.scalar(select(func.count(Message.id))) == 6


def test_a_reconnecting_client_gets_exactly_what_it_missed(connect):
    event = room_event()
    writer = connect(registered(event), join=event.id)
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    reader_user = registered(event)
    reader = connect(reader_user, join=event.id)
    first = call(writer, "chat_send", {"event_id": event.id, "body": "before"})["message"]
    doomed = call(writer, "chat_send", {"event_id": event.id, "body": "to delete"})["message"]
    last_seen = max(m["id"] for m in received(reader, "chat_message"))
    leave(reader)

    missed = [
        call(writer, "chat_send", {"event_id": event.id, "body": f"missed {i}"})["message"]
        for i in range(3)
    ]
    assert call(host, "chat_delete", {"event_id": event.id, "message_id": doomed["id"]})["ok"]
    again = connect(reader_user)
    ack = call(again, "join", {"event_id": event.id, "last_id": last_seen})
    assert [m["id"] for m in ack["messages"]] == [m["id"] for m in missed]
    assert ack["deleted"] == [doomed["id"]]
    assert first["id"] not in [m["id"] for m in ack["messages"]]


def test_facilitators_pause_pin_and_delete(connect):
    event = room_event()
    host = connect(event_host(event), join=event.id)
    member = connect(registered(event), join=event.id)
    said = call(member, "chat_send", {"event_id": event.id, "body": "Pin me"})["message"]
    received(member)

    assert call(host, "chat_pin", {"event_id": event.id, "message_id": said["id"]})["ok"]
    assert received(member, "chat_pinned")[0]["message"]["id"] == said["id"]
    assert db.session.get(Event, event.id).pinned_message_id == said["id"]

    assert call(host, "chat_pause", {"event_id": event.id, "paused": True})["ok"]
    assert received(member, "chat_paused") == [{"paused": True}]
    ack = call(member, "chat_send", {"event_id": event.id, "body": "still here?"})
    assert ack == {"ok": False, "error": "The facilitators paused the chat."}
    assert call(host, "chat_send", {"event_id": event.id, "body": "Hosts still talk"})["ok"]

    assert call(host, "chat_delete", {"event_id": event.id, "message_id": said["id"]})["ok"]
    events = received(member)
    assert {"id": said["id"]} in events and {"message": None} in events
    message = db.session.get(Message, said["id"])
    assert message.deleted_at is not None  # kept, hidden
    assert db.session.get(Event, event.id).pinned_message_id is None
    again = call(host, "chat_delete", {"event_id": event.id, "message_id": said["id"]})
    assert again == {"ok": False, "error": "This message does not exist."}


def test_participants_cannot_use_facilitator_controls(connect):
    event = room_event()
    member = connect(registered(event), join=event.id)
    said = call(member, "chat_send", {"event_id": event.id, "body": "mine"})["message"]
    for name, payload in [
        ("chat_delete", {"message_id": said["id"]}),
        ("chat_pin", {"message_id": said["id"]}),
        ("chat_pause", {"paused": True}),
        ("room_close", {}),
        ("poll_create", {"question": "Q?", "options": ["a", "b"]}),
        ("hand_clear", {}),
        ("participant_mute", {"user_id": said["user"]["id"], "muted": True}),
    ]:
        ack = call(member, name, {"event_id": event.id, **payload})
        assert ack == {"ok": False, "error": "Only the facilitators can do this."}, name
    assert db.session.get(Message, said["id"]).deleted_at is None
    assert db.session.get(Event, event.id).room_state == RoomState.OPEN


def test_forged_ids_from_another_event_are_unknown_here(connect):
    event, other = room_event(), room_event()
    elsewhere = registered(other)
    foreign = Message(event_id=other.id, user_id=elsewhere.id, body="x", html="x")
    question = Question(event_id=other.id, user_id=elsewhere.id, body="q")
    poll = Poll(event_id=other.id, question="p", status="live", created_by_id=elsewhere.id)
    db.session.add_all([foreign, question, poll])
    db.session.commit()
    host = connect(make_user(role=Role.MODERATOR), join=event.id)
    checks = [
        ("chat_delete", {"message_id": foreign.id}, "This message does not exist."),
        ("chat_pin", {"message_id": foreign.id}, "This message does not exist."),
        ("question_vote", {"question_id": question.id}, "This question does not exist."),
        (
            "question_status",
            {"question_id": question.id, "status": "answered"},
            "This question does not exist.",
        ),
        ("poll_vote", {"poll_id": poll.id, "option_ids": [1]}, "This poll does not exist."),
        ("poll_close", {"poll_id": poll.id}, "This poll does not exist."),
        (
            "participant_mute",
            {"user_id": elsewhere.id, "muted": True},
            "This person is not taking part in this event.",
        ),
    ]
    for name, payload, error in checks:
        assert call(host, name, {"event_id": event.id, **payload}) == {"ok": False, "error": error}
    assert db.session.get(Message, foreign.id).deleted_at is None
    assert db.session.get(Poll, poll.id).status == "live"


# Questions ---------------------------------------------------------------------------


def test_anonymous_questions_hide_the_name_from_participants_only(connect):
    event = room_event()
    asker_user = registered(event, name="Shy Asker")
    asker = connect(asker_user, join=event.id)
    other = connect(registered(event), join=event.id)
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    for socket in (asker, other, host):
        received(socket)
    ack = call(
        asker, "question_ask", {"event_id": event.id, "body": "Who pays?", "anonymous": True}
    )
    assert (
        ack["ok"] and ack["question"]["author"]["name"] == "Shy Asker" and ack["question"]["mine"]
    )
    [seen_by_other] = received(other, "question")
    [seen_by_host] = received(host, "question")
    assert seen_by_other["author"] is None and seen_by_other["anonymous"] is True
    assert seen_by_host["author"]["name"] == "Shy Asker"
    rejoined = connect(registered(event), join=event.id)
    assert rejoined.welcome["questions"][0]["author"] is None


def test_questions_are_upvoted_once_each_and_sorted_by_votes(connect):
    event = room_event()
    member = connect(registered(event), join=event.id)
    voters = [connect(registered(event), join=event.id) for _ in range(2)]
    first = call(member, "question_ask", {"event_id": event.id, "body": "First"})["question"]
    second = call(member, "question_ask", {"event_id": event.id, "body": "Second"})["question"]
    received(member)
    for voter in voters:
        ack = call(voter, "question_vote", {"event_id": event.id, "question_id": second["id"]})
        assert ack["voted"] is True
    ack = call(voters[0], "question_vote", {"event_id": event.id, "question_id": second["id"]})
    assert ack == {"ok": True, "question_id": second["id"], "voted": False, "votes": 1}
    assert received(member, "question_votes") == []  # summaries, not one message per click
    flush()
    assert received(member, "question_votes") == [{"votes": {str(second["id"]): 1}}]
    newcomer = connect(registered(event), join=event.id)
    assert [q["id"] for q in newcomer.welcome["questions"]] == [second["id"], first["id"]]
    assert db.session.get(Question, second["id"]).votes == 1


def test_facilitators_answer_highlight_and_dismiss_questions(connect):
    event = room_event()
    member = connect(registered(event), join=event.id)
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    one = call(member, "question_ask", {"event_id": event.id, "body": "One"})["question"]
    two = call(member, "question_ask", {"event_id": event.id, "body": "Two"})["question"]
    assert call(host, "question_highlight", {"event_id": event.id, "question_id": one["id"]})["ok"]
    assert call(host, "question_highlight", {"event_id": event.id, "question_id": two["id"]})["ok"]
    assert db.session.scalars(select(Question.id).where(Question.highlighted)).all() == [two["id"]]
    ack = call(
        host,
        "question_status",
        {"event_id": event.id, "question_id": two["id"], "status": "answered"},
    )
    assert ack["ok"] and db.session.get(Question, two["id"]).answered_at is not None
    refused = call(member, "question_vote", {"event_id": event.id, "question_id": two["id"]})
    assert refused == {"ok": False, "error": "This question is closed for votes."}
    bad = call(
        host,
        "question_status",
        {"event_id": event.id, "question_id": one["id"], "status": "deleted"},
    )
    assert bad == {"ok": False, "error": "This request is not valid."}
    call(
        host,
        "question_status",
        {"event_id": event.id, "question_id": one["id"], "status": "dismissed"},
    )
    statuses = [q["status"] for q in received(member, "question")]
    assert statuses[-1] == "dismissed"
    newcomer = connect(registered(event), join=event.id)
    assert [q["id"] for q in newcomer.welcome["questions"]] == [two["id"]]
    assert {
        q["id"] for q in connect(make_user(role=Role.ADMIN), join=event.id).welcome["questions"]
    } == {one["id"], two["id"]}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("", "Write your question first."),
        ("q" * 1001, "A question can be at most 1000 characters."),
        ({"x": 1}, "This request is not valid."),
    ],
)
def test_bad_questions_are_refused(connect, body, error):
    event = room_event()
    member = connect(registered(event), join=event.id)
    assert call(member, "question_ask", {"event_id": event.id, "body": body}) == {
        "ok": False,
        "error": error,
    }
    ack = call(member, "question_ask", {"event_id": event.id, "body": "ok", "anonymous": "yes"})
    assert ack == {"ok": False, "error": "This request is not valid."}
    assert db.session.scalar(select(func.count(Question.id))) == 0


# Polls -------------------------------------------------------------------------------


def test_a_poll_is_prepared_launched_voted_once_and_frozen(connect):
    event = room_event(state=RoomState.CLOSED)
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    ack = call(
        host,
        "poll_create",
        {
            "event_id": event.id,
            "question": "Which sector?",
            "options": ["Tourism", "Agriculture", "IT"],
        },
    )
    assert ack["ok"] and ack["poll"]["status"] == "draft"
    poll_id = ack["poll"]["id"]
    options = [o["id"] for o in ack["poll"]["options"]]
    call(host, "room_open", {"event_id": event.id})
    member = connect(registered(event), join=event.id)
    assert member.welcome["polls"] == []  # drafts are for the facilitators
    voters = [connect(registered(event), join=event.id) for _ in range(2)]
    received(member)

    assert call(host, "poll_launch", {"event_id": event.id, "poll_id": poll_id})["ok"]
    [live] = received(member, "poll")
    assert live["status"] == "live" and live["options"][0]["votes"] == 0

    ack = call(
        member, "poll_vote", {"event_id": event.id, "poll_id": poll_id, "option_ids": [options[1]]}
    )
    assert ack == {"ok": True, "poll_id": poll_id, "option_ids": [options[1]]}
    again = call(
        member, "poll_vote", {"event_id": event.id, "poll_id": poll_id, "option_ids": [options[0]]}
    )
    assert again == {"ok": False, "error": "You already voted in this poll."}
    two = call(
        voters[0],
        "poll_vote",
        {"event_id": event.id, "poll_id": poll_id, "option_ids": options[:2]},
    )
    assert two == {"ok": False, "error": "Choose only one option in this poll."}
    for bad in ([], [999_999], ["1"], [options[0]] * 11):
        ack = call(
            voters[0], "poll_vote", {"event_id": event.id, "poll_id": poll_id, "option_ids": bad}
        )
        assert ack["ok"] is False
    assert call(
        voters[0],
        "poll_vote",
        {"event_id": event.id, "poll_id": poll_id, "option_ids": [options[1]]},
    )["ok"]
    assert received(member, "poll_results") == []
    flush()
    [results] = received(member, "poll_results")
    assert results["voters"] == 2 and {"id": options[1], "votes": 2} in results["options"]

    assert call(host, "poll_close", {"event_id": event.id, "poll_id": poll_id})["ok"]
    late = call(
        voters[1],
        "poll_vote",
        {"event_id": event.id, "poll_id": poll_id, "option_ids": [options[0]]},
    )
    assert late == {"ok": False, "error": "This poll is not open for votes."}
    assert db.session.scalar(select(func.count(PollVote.id))) == 2


def test_results_can_be_hidden_from_participants(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    poll = call(
        host,
        "poll_create",
        {"event_id": event.id, "question": "Ready?", "options": ["Yes", "No"], "multiple": True},
    )["poll"]
    call(host, "poll_show_results", {"event_id": event.id, "poll_id": poll["id"], "visible": False})
    call(host, "poll_launch", {"event_id": event.id, "poll_id": poll["id"]})
    member = connect(registered(event), join=event.id)
    [shown] = member.welcome["polls"]
    assert "votes" not in shown["options"][0] and "voters" not in shown
    both = [o["id"] for o in poll["options"]]
    assert call(
        member, "poll_vote", {"event_id": event.id, "poll_id": poll["id"], "option_ids": both}
    )["ok"]
    received(host)
    received(member)
    flush()
    assert received(member, "poll_results") == []
    assert received(host, "poll_results")[0]["voters"] == 1
    call(host, "poll_show_results", {"event_id": event.id, "poll_id": poll["id"], "visible": True})
    [visible] = received(member, "poll")
    assert [o["votes"] for o in visible["options"]] == [1, 1]


@pytest.mark.parametrize(
    ("question", "options", "error"),
    [
        ("", ["a", "b"], "Write the poll's question."),
        ("q" * 301, ["a", "b"], "A poll's question can be at most 300 characters."),
        ("Q?", ["only"], "A poll needs from 2 to 10 options."),
        ("Q?", [str(i) for i in range(11)], "This request is not valid."),
        ("Q?", ["a", "x" * 201], "An option can be at most 200 characters."),
        ("Q?", ["a", " "], "Every option needs a text."),
        ("Q?", ["Yes", "yes"], "Two options have the same text."),
        ("Q?", ["a", 2], "This request is not valid."),
        ("Q?", "a,b", "This request is not valid."),
    ],
)
def test_bad_polls_are_refused(connect, question, options, error):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    ack = call(
        host, "poll_create", {"event_id": event.id, "question": question, "options": options}
    )
    assert ack == {"ok": False, "error": error}
    assert db.session.scalar(select(func.count(Poll.id))) == 0


# Hands, reactions, presence ----------------------------------------------------------


def test_raised_hands_queue_and_facilitators_lower_them(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    first_user, second_user = registered(event, name="First"), registered(event, name="Second")
    first, second = connect(first_user, join=event.id), connect(second_user, join=event.id)
    assert call(first, "hand_raise", {"event_id": event.id})["ok"]
    assert call(second, "hand_raise", {"event_id": event.id})["ok"]
    again = call(first, "hand_raise", {"event_id": event.id})
    assert again == {"ok": False, "error": "Your hand is already raised."}
    received(host)
    flush()
    [queue] = received(host, "hands")
    assert [h["user"]["name"] for h in queue["hands"]] == ["First", "Second"]
    ack = call(host, "hand_clear", {"event_id": event.id, "user_id": first_user.id})
    assert ack == {"ok": True, "lowered": 1}
    flush()
    assert [h["user"]["name"] for h in received(second, "hands")[-1]["hands"]] == ["Second"]
    assert call(host, "hand_clear", {"event_id": event.id}) == {"ok": True, "lowered": 1}
    lowered = call(second, "hand_lower", {"event_id": event.id})
    assert lowered == {"ok": False, "error": "Your hand is not raised."}


def test_reactions_float_as_one_summary_and_are_not_stored(connect):
    event = room_event()
    member = connect(registered(event), join=event.id)
    watcher = connect(registered(event), join=event.id)
    for key in ("clap", "clap", "heart"):
        assert call(member, "react", {"event_id": event.id, "reaction": key}) == {"ok": True}
    bad = call(member, "react", {"event_id": event.id, "reaction": "<img src=x>"})
    assert bad == {"ok": False, "error": "This reaction is not available."}
    received(watcher)
    flush()
    assert received(watcher, "reactions") == [{"counts": {"clap": 2, "heart": 1}}]
    flush()
    assert received(watcher, "reactions") == []


def test_presence_counts_a_person_with_two_tabs_once(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    member = registered(event, name="Two Tabs")
    tab_one, tab_two = connect(member, join=event.id), connect(member, join=event.id)
    received(host)
    flush()
    [people] = received(host, "presence")  # the first summary: the whole list
    names_seen = [p["name"] for p in people["people"]]
    assert names_seen.count("Two Tabs") == 1 and people["count"] == 2
    entry = next(p for p in people["people"] if p["name"] == "Two Tabs")
    assert entry["authority"] and entry["country"] == "MD" and entry["muted"] is False
    leave(tab_one)
    flush()
    assert received(host, "presence") == []  # one tab left: nobody came or went
    leave(tab_two)
    flush()
    [gone] = received(host, "presence")  # then only who left
    assert gone == {"changed": [], "gone": [entry["id"]], "count": 1}
    assert "Two Tabs" not in [p["name"] for p in people_after([people, gone])]
    stays = db.session.scalars(select(Attendance).where(Attendance.user_id == member.id)).all()
    assert len(stays) == 2 and all(s.left_at is not None for s in stays)


# Restrictions and closing ------------------------------------------------------------


def test_a_muted_participant_reads_but_cannot_write(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    muted_user = registered(event)
    muted = connect(muted_user, join=event.id)
    ack = call(
        host, "participant_mute", {"event_id": event.id, "user_id": muted_user.id, "muted": True}
    )
    assert ack == {"ok": True}
    assert received(muted, "restricted") == [{"muted": True}]
    for name, payload in [
        ("chat_send", {"body": "hi"}),
        ("question_ask", {"body": "q"}),
        ("hand_raise", {}),
        ("react", {"reaction": "clap"}),
    ]:
        refused = call(muted, name, {"event_id": event.id, **payload})
        assert refused == {
            "ok": False,
            "error": "A facilitator muted you: you can follow, not write.",
        }
    call(host, "chat_send", {"event_id": event.id, "body": "Listen"})
    assert [m["html"] for m in received(muted, "chat_message")] == ["<p>Listen</p>"]
    call(host, "participant_mute", {"event_id": event.id, "user_id": muted_user.id, "muted": False})
    assert call(muted, "chat_send", {"event_id": event.id, "body": "Thanks"})["ok"]
    cannot = call(
        host,
        "participant_mute",
        {"event_id": event.id, "user_id": host.welcome["me"]["id"], "muted": True},
    )
    assert cannot == {"ok": False, "error": "Facilitators cannot be muted or removed."}


def test_a_removed_participant_is_disconnected_and_cannot_rejoin(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    removed_user = registered(event)
    tabs = [connect(removed_user, join=event.id), connect(removed_user, join=event.id)]
    call(tabs[0], "hand_raise", {"event_id": event.id})
    ack = call(host, "participant_remove", {"event_id": event.id, "user_id": removed_user.id})
    assert ack == {"ok": True}
    for tab in tabs:
        assert not tab.is_connected(NS)
    assert all(
        s.left_at
        for s in db.session.scalars(select(Attendance).where(Attendance.user_id == removed_user.id))
    )
    back = connect(removed_user)
    ack = call(back, "join", {"event_id": event.id})
    assert ack["ok"] is False and ack["error"] == "A facilitator removed you from this room."
    assert call(host, "participant_readmit", {"event_id": event.id, "user_id": removed_user.id})[
        "ok"
    ]
    assert call(back, "join", {"event_id": event.id})["ok"]


def test_closing_the_room_ends_every_stay_and_lets_participants_out(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    member_user = registered(event)
    member = connect(member_user, join=event.id)
    poll = call(
        host, "poll_create", {"event_id": event.id, "question": "Q?", "options": ["a", "b"]}
    )["poll"]
    call(host, "poll_launch", {"event_id": event.id, "poll_id": poll["id"]})
    received(member)
    assert call(host, "room_close", {"event_id": event.id}) == {"ok": True}
    assert not member.is_connected(NS)
    assert host.is_connected(NS)
    assert db.session.get(Event, event.id).room_state == RoomState.ENDED
    assert db.session.get(Poll, poll["id"]).status == "closed"
    assert (
        db.session.scalar(select(func.count(Attendance.id)).where(Attendance.left_at.is_(None)))
        == 0
    )
    ack = call(connect(member_user), "join", {"event_id": event.id})
    assert ack["ok"] is False and ack["error"] == "This room has closed."


# Attendance, certificates, transcript ------------------------------------------------


def stay(event, user, start_minute, end_minute, sid=None):
    base = event.starts_at
    db.session.add(
        Attendance(
            event_id=event.id,
            user_id=user.id,
            sid=sid or f"s{start_minute}",
            joined_at=base + timedelta(minutes=start_minute),
            left_at=base + timedelta(minutes=end_minute),
        )
    )


def test_minutes_are_the_union_of_stays_within_the_scheduled_time():
    assert attendance.union_seconds([]) == 0
    t = datetime(2030, 1, 1, tzinfo=UTC)
    m = timedelta(minutes=1)
    assert (
        attendance.union_seconds(
            [(t, t + 10 * m), (t + 5 * m, t + 20 * m), (t + 30 * m, t + 40 * m)]
        )
        == 30 * 60
    )
    event = room_event(started=200, minutes=60)  # finished two hours ago
    user = registered(event)
    stay(event, user, -30, 10, "a")  # before the start: only 10 minutes count
    stay(event, user, 5, 30, "b")  # a second tab overlapping the first
    stay(event, user, 50, 90, "c")  # beyond the end: 10 minutes count
    db.session.commit()
    seconds = attendance.attended_seconds(event, utcnow())
    assert seconds[user.id] == 40 * 60


@pytest.mark.parametrize(("minutes", "eligible"), [(45, True), (44, False)])
def test_a_certificate_needs_three_quarters_of_the_time(client, login_as, minutes, eligible):
    event = room_event(started=200, minutes=60, room_state=RoomState.ENDED)
    user = login_as(registered(event, name="Ana Popescu <i>x</i>"))
    stay(event, user, 0, minutes)
    db.session.commit()
    response = client.get(f"/events/{event.id}/certificate")
    if not eligible:
        assert response.status_code == 403
        assert "A certificate needs 45 minutes in the room; you have 44." in response.get_data(
            as_text=True
        )
        return
    page = response.get_data(as_text=True)
    code = db.session.scalar(
        select(Registration.certificate_code).where(Registration.user_id == user.id)
    )
    assert response.status_code == 200 and code and code in page and "Ana Popescu" in page
    assert "<i>x</i>" not in page and "&lt;i&gt;x&lt;/i&gt;" in page
    assert client.get(f"/events/{event.id}/certificate").get_data(as_text=True).count(code) >= 1
    client.post("/logout")
    check = client.get(f"/events/certificates/{code.lower()}")
    text = check.get_data(as_text=True)
    assert check.status_code == 200 and "This certificate is valid." in text
    assert "Ana Popescu" in text and "45 of 60" in text and event.title in text
    assert client.get("/events/certificates/M4EG-AAAA-BBBB-CCCC").status_code == 404
    assert client.get("/events/certificates/%FF%00<script>").status_code in (400, 404)
    assert client.get(f"/events/certificates/?code={code}").status_code == 302


def test_facilitators_see_and_export_attendance(client, login_as):
    event = room_event(started=200, minutes=60)
    present = registered(event, name="=HYPERLINK(1)")
    absent = registered(event, name="Never Came")
    stay(event, present, 0, 50)
    db.session.commit()
    login_as(present)
    assert client.get(f"/events/{event.id}/attendance").status_code == 403
    assert client.get(f"/events/{event.id}/attendance.csv").status_code == 403
    login_as(make_user(role=Role.FACILITATOR))
    page = client.get(f"/events/{event.id}/attendance").get_data(as_text=True)
    assert "Never Came" in page and "=HYPERLINK(1)" in page
    response = client.get(f"/events/{event.id}/attendance.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["'=HYPERLINK(1)"][5:8] == ["50", "83", "yes"]
    assert by_name[absent.name][5:8] == ["0", "0", "no"]


def test_the_transcript_holds_chat_questions_and_polls(client, login_as, connect):
    event = room_event()
    host_user = make_user(role=Role.FACILITATOR)
    host = connect(host_user, join=event.id)
    member_user = registered(event, name="Ion Rusu")
    member = connect(member_user, join=event.id)
    call(member, "chat_send", {"event_id": event.id, "body": "Good morning\nfrom Chișinău"})
    gone = call(member, "chat_send", {"event_id": event.id, "body": "oops"})["message"]
    call(host, "chat_delete", {"event_id": event.id, "message_id": gone["id"]})
    question = call(
        member, "question_ask", {"event_id": event.id, "body": "Secret question", "anonymous": True}
    )["question"]
    call(
        host,
        "question_status",
        {"event_id": event.id, "question_id": question["id"], "status": "answered"},
    )
    poll = call(
        host, "poll_create", {"event_id": event.id, "question": "Useful?", "options": ["Yes", "No"]}
    )["poll"]
    call(host, "poll_launch", {"event_id": event.id, "poll_id": poll["id"]})
    call(
        member,
        "poll_vote",
        {"event_id": event.id, "poll_id": poll["id"], "option_ids": [poll["options"][0]["id"]]},
    )

    login_as(member_user)
    early = client.get(f"/events/{event.id}/transcript.md")
    assert early.status_code == 403
    call(host, "room_close", {"event_id": event.id})
    login_as(host_user)
    response = client.get(f"/events/{event.id}/transcript.md")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/markdown"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "**Ion Rusu**" in text and "> Good morning\n> from Chișinău" in text
    assert "oops" not in text
    assert "**Answered**" in text and "Anonymous" in text and "Secret question" in text
    assert "### Useful?" in text and "| Yes | 1 | 100 |" in text
    login_as(member_user)
    assert client.get(f"/events/{event.id}/transcript.md").status_code == 200


# The room page ------------------------------------------------------------------------


def test_the_room_page_for_participants_hosts_and_others(client, login_as):
    event = room_event()
    assert client.get(f"/events/{event.id}/room").status_code == 302  # sign in first
    login_as(registered(event))
    page = client.get(f"/events/{event.id}/room").get_data(as_text=True)
    assert 'id="room"' in page and "data-i18n=" in page and "js/room.js" in page
    assert 'data-access="open"' in page and 'id="host-controls"' not in page
    strings = json.loads(html.unescape(re.search(r"data-i18n='([^']*)'", page).group(1)))
    assert strings["reconnecting"] == "Connection lost. Reconnecting…"
    login_as(make_user(role=Role.FACILITATOR))
    page = client.get(f"/events/{event.id}/room").get_data(as_text=True)
    assert 'id="host-controls"' in page and 'data-access="host"' in page
    login_as(make_user())
    page = client.get(f"/events/{event.id}/room").get_data(as_text=True)
    assert "Register for this event to take part in its room." in page
    assert client.get("/events/999999/room").status_code == 404
    db.session.get(Event, event.id).status = "draft"
    db.session.commit()
    assert client.get(f"/events/{event.id}/room").status_code == 404


def test_presence_summaries_send_who_came_changed_or_left(connect):
    event = room_event()
    host = connect(make_user(role=Role.FACILITATOR), join=event.id)
    first = connect(registered(event, name="First Comer"), join=event.id)
    flush()
    [whole] = received(first, "presence")
    everyone = sorted([host.welcome["me"]["name"], "First Comer"])
    assert [p["name"] for p in whole["people"]] == everyone
    received(host)
    later_user = registered(event, name="Later Comer")
    later = connect(later_user, join=event.id)
    flush()
    [for_host] = received(host, "presence")
    [for_guest] = received(first, "presence")
    assert for_host["gone"] == [] and for_host["count"] == 3
    assert [(p["name"], p["muted"]) for p in for_host["changed"]] == [("Later Comer", False)]
    assert [p["name"] for p in for_guest["changed"]] == ["Later Comer"]
    assert "muted" not in for_guest["changed"][0]
    call(host, "participant_mute", {"event_id": event.id, "user_id": later_user.id, "muted": True})
    flush()
    [muted] = received(host, "presence")
    assert [(p["id"], p["muted"]) for p in muted["changed"]] == [(later_user.id, True)]
    assert received(first, "presence") == []  # participants do not see who is muted
    people = people_after([whole, for_guest])
    assert [p["name"] for p in people] == [p["name"] for p in later.welcome["people"]]
    # A client whose list went wrong asks for the whole list.
    ack = call(first, "presence", {"event_id": event.id})
    assert ack["ok"] and ack["people"] == later.welcome["people"]
    assert all("muted" not in p for p in ack["people"])
    assert [p["muted"] for p in call(host, "presence", {"event_id": event.id})["people"]].count(
        True
    ) == 1
    stranger = connect(registered(event))
    refused = call(stranger, "presence", {"event_id": event.id})
    assert refused["ok"] is False and refused["error"]


# Stays of connections that no process holds -------------------------------------------


def test_stays_of_connections_no_process_holds_are_ended(connect):
    event = room_event()
    live = connect(registered(event, name="Really Here"), join=event.id)
    ghost, newcomer = registered(event, name="Ghost"), registered(event, name="Newcomer")
    long_ago = utcnow() - timedelta(minutes=5)
    db.session.add_all(
        [
            Attendance(event_id=event.id, user_id=ghost.id, sid="crashed", joined_at=long_ago),
            Attendance(event_id=event.id, user_id=newcomer.id, sid="elsewhere", joined_at=utcnow()),
        ]
    )
    db.session.commit()
    flush()
    before = received(live, "presence")
    summaries.sweep()
    open_stays = db.session.scalars(select(Attendance.sid).where(Attendance.left_at.is_(None)))
    assert sorted(open_stays) == sorted(["elsewhere", sid_of(live)])
    flush()
    people = [p["name"] for p in people_after(before + received(live, "presence"))]
    assert people == ["Newcomer", "Really Here"]


def test_the_sweep_keeps_stays_that_another_process_holds(app):
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"Redis at {REDIS_URL} cannot be reached")
    channel = f"test-{uuid.uuid4()}"
    saved = {k: app.config[k] for k in ("SOCKETIO_MESSAGE_QUEUE", "SOCKETIO_CHANNEL")}
    app.config.update(SOCKETIO_MESSAGE_QUEUE=REDIS_URL, SOCKETIO_CHANNEL=channel)
    try:
        client.set(f"{channel}:room-connections:other", json.dumps(["held"]), ex=60)
        event = room_event()
        user = registered(event)
        long_ago = utcnow() - timedelta(minutes=5)
        for sid in ("held", "gone"):
            db.session.add(
                Attendance(event_id=event.id, user_id=user.id, sid=sid, joined_at=long_ago)
            )
        db.session.commit()
        summaries.sweep()  # this process's first list: the others may not be in yet
        assert (
            db.session.scalar(select(func.count(Attendance.id)).where(Attendance.left_at.is_(None)))
            == 2
        )
        summaries.sweep()
        open_stays = db.session.scalars(select(Attendance.sid).where(Attendance.left_at.is_(None)))
        assert list(open_stays) == ["held"]
    finally:
        app.config.update(saved)
        for key in client.scan_iter(match=f"{channel}:*"):
            client.delete(key)
