"""What the room sends outside a handler's answer: the room names, emitting through the
message queue, and one background task per process that sends the periodic summaries
and ends the stays of connections that no process holds any more.

Rooms: event:<id> (everyone in it), event:<id>:hosts and event:<id>:guests (questions,
polls and presence differ for facilitators), event:<id>:user:<user id> (a mute or a
removal reaches every tab of that person), event:<id>:lobby (waiting for the room to open).
"""

import json
import logging
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import redis
from flask import Flask, current_app
from sqlalchemy import select

from app.core.db import utcnow, writing
from app.events import polls, room
from app.events.models import Event, Question
from app.extensions import db, socketio

NAMESPACE = "/events"
SUMMARY_INTERVAL = 0.25  # seconds; M4EG_ROOM_SUMMARY_INTERVAL changes it, 0 stops the task
SWEEP_EVERY = 15  # seconds between two checks for stays whose connection is gone
LIST_TTL = 45  # seconds a process's list of connections lives in Redis without renewal
GRACE = timedelta(seconds=30)  # a stay this young may belong to a list not yet renewed
log = logging.getLogger(__name__)


def room_of(event_id: int) -> str:
    return f"event:{event_id}"


def hosts_of(event_id: int) -> str:
    return f"event:{event_id}:hosts"


def guests_of(event_id: int) -> str:
    return f"event:{event_id}:guests"


def person_of(event_id: int, user_id: int) -> str:
    return f"event:{event_id}:user:{user_id}"


def lobby_of(event_id: int) -> str:
    return f"event:{event_id}:lobby"


def send(name: str, data: Any, to: str) -> None:
    """Emit to a room on every process (through the message queue when one is set)."""
    socketio.emit(name, data, namespace=NAMESPACE, to=to)


def send_split(event_id: int, name: str, for_hosts: Any, for_guests: Any) -> None:
    """Send for_hosts to the facilitators and for_guests to the others (None: nothing)."""
    if for_hosts is not None:
        send(name, for_hosts, hosts_of(event_id))
    if for_guests is not None:
        send(name, for_guests, guests_of(event_id))


@dataclass
class Pending:
    presence: bool = False
    hands: bool = False
    questions: set[int] = field(default_factory=set)
    polls: set[int] = field(default_factory=set)
    reactions: Counter = field(default_factory=Counter)


class Summaries:
    """Changes that come in bursts (votes, reactions, presence, hands) are noted per room
    and sent as one short summary per interval by one background task of this process,
    not one broadcast per click. The counts are read from the database when sent, so
    every process sends the same totals; reactions are counted in this process only."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: dict[int, Pending] = {}
        self.started = False
        self.process = ""  # this process's name in Redis, made in the process itself
        self.present: dict[int, dict[int, dict]] = {}  # event -> the presence last sent

    def reset(self) -> None:
        """Forget what is pending and what was sent (tests, between databases)."""
        with self.lock:
            self.pending.clear()
            self.present.clear()

    def note(
        self,
        event_id: int,
        presence: bool = False,
        hands: bool = False,
        question: int | None = None,
        poll: int | None = None,
        reaction: str | None = None,
    ) -> None:
        with self.lock:
            pending = self.pending.setdefault(event_id, Pending())
            pending.presence |= presence
            pending.hands |= hands
            if question is not None:
                pending.questions.add(question)
            if poll is not None:
                pending.polls.add(poll)
            if reaction is not None:
                pending.reactions[reaction] += 1

    def start(self, app: Flask) -> None:
        """Start this process's task (once, at its first connection)."""
        interval = float(app.config.get("ROOM_SUMMARY_INTERVAL", SUMMARY_INTERVAL))
        with self.lock:
            if self.started or interval <= 0:
                return
            self.started, self.process = True, uuid.uuid4().hex
        socketio.start_background_task(self._run, app, interval)

    def _run(self, app: Flask, interval: float) -> None:
        swept = time.monotonic()
        while True:
            socketio.sleep(interval)
            try:
                with app.app_context():
                    self.flush()
                    if time.monotonic() - swept >= SWEEP_EVERY:
                        swept = time.monotonic()
                        self.sweep()
            except Exception:  # the loop must outlive one bad summary
                log.exception("event room summaries failed")

    def sweep(self) -> None:
        """End the open stays whose connection no process holds (a process that crashed
        or was restarted could not end them), so presence and minutes stay true."""
        alive = connected_sids()
        queue = current_app.config.get("SOCKETIO_MESSAGE_QUEUE") or ""
        if queue.startswith(("redis://", "rediss://", "unix://")):
            try:
                alive = self._shared_sids(redis.Redis.from_url(queue), alive)
            except redis.RedisError:
                log.warning("event room: Redis unreachable, stays not swept this time")
                return
            if alive is None:
                return
        with writing(db.session):
            now = utcnow()
            left = room.end_stale_stays(alive, now - GRACE, now)
            db.session.commit()
        for event_id in left:
            self.note(event_id, presence=True)

    def _shared_sids(self, client: redis.Redis, local: set[str]) -> set[str] | None:
        """Publish this process's connections and read every process's. None when the
        lists may be incomplete: this process's own previous list was not there (its first
        sweep, or Redis lost its keys), so the others may not have published theirs yet."""
        prefix = f"{current_app.config['SOCKETIO_CHANNEL']}:room-connections:"
        mine = prefix + (self.process or "single")
        previous = client.set(mine, json.dumps(sorted(local)), ex=LIST_TTL, get=True)
        if previous is None:
            return None
        alive = set(local)
        for key in client.scan_iter(match=prefix + "*", count=100):
            value = client.get(key)
            if value:
                alive.update(json.loads(value))
        return alive

    def flush(self) -> None:
        """Send what changed since the last flush."""
        with self.lock:
            pending, self.pending = self.pending, {}
        for event_id, changes in pending.items():
            event = db.session.get(Event, event_id)
            if event is not None:
                self._send(event, changes)

    def _send(self, event: Event, changes: Pending) -> None:
        if changes.presence:
            self._send_presence(event)
        if changes.hands:
            send("hands", {"hands": room.hands(event)}, room_of(event.id))
        if changes.questions:
            rows = db.session.execute(
                select(Question.id, Question.votes).where(
                    Question.event_id == event.id, Question.id.in_(changes.questions)
                )
            )
            send("question_votes", {"votes": {str(i): v for i, v in rows}}, room_of(event.id))
        for poll_id in sorted(changes.polls):
            poll = db.session.get(polls.Poll, poll_id)
            if poll is None or poll.event_id != event.id:
                continue
            results = polls.results(poll)
            shown = polls.results_shown(poll, for_host=False)
            send_split(event.id, "poll_results", results, results if shown else None)
        if changes.reactions:
            send("reactions", {"counts": dict(changes.reactions)}, room_of(event.id))

    def _send_presence(self, event: Event) -> None:
        """The people who came, changed (muted) or left since this process last sent the
        room's presence, with the new count; the whole list the first time. A client whose
        list then counts otherwise (changes from two processes crossed) asks for the list."""
        people = {entry["id"]: entry for entry in room.presence(event, True)}
        before = self.present.get(event.id)
        if people:
            self.present[event.id] = people
        else:
            self.present.pop(event.id, None)
        if before is None:
            guests = [_for_guests(entry) for entry in people.values()]
            send_split(
                event.id,
                "presence",
                {"people": list(people.values()), "count": len(people)},
                {"people": guests, "count": len(guests)},
            )
            return
        gone = sorted(set(before) - set(people))
        changed = [entry for key, entry in people.items() if before.get(key) != entry]
        seen = [
            _for_guests(entry)
            for entry in changed
            if entry["id"] not in before or _for_guests(before[entry["id"]]) != _for_guests(entry)
        ]
        count = len(people)
        send_split(
            event.id,
            "presence",
            {"changed": changed, "gone": gone, "count": count} if changed or gone else None,
            {"changed": seen, "gone": gone, "count": count} if seen or gone else None,
        )


def _for_guests(entry: dict) -> dict:
    """A presence entry as participants see it (without the muted mark)."""
    return {key: value for key, value in entry.items() if key != "muted"}


summaries = Summaries()


def connected_sids() -> set[str]:
    """The connections this process holds on the /events namespace."""
    return {sid for sid, _eio in socketio.server.manager.get_participants(NAMESPACE, None)}
