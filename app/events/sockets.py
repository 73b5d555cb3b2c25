"""The live room over Socket.IO: namespace /events, one room per event (event:<id>).

Every handler answers with an acknowledgement, {"ok": true, ...} or {"ok": false,
"error": "..."}; a refused request changes nothing and nobody else hears of it. The room
names, emitting and the periodic summaries are in live.py.
"""

import functools
import logging
import random
from collections.abc import Callable
from typing import Any

from flask import current_app, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_socketio import Namespace, SocketIO, join_room, leave_room, rooms
from sqlalchemy.exc import OperationalError

from app.accounts.models import User
from app.core.db import utcnow, writing
from app.core.errors import DomainError, Invalid, PermissionDenied
from app.core.permissions import can
from app.events import chat, polls, questions, room
from app.events.live import (
    NAMESPACE,
    guests_of,
    hosts_of,
    lobby_of,
    person_of,
    room_of,
    send,
    send_split,
    summaries,
)
from app.events.models import Event, Question
from app.events.room import Access
from app.extensions import db, socketio

log = logging.getLogger(__name__)

BAD_REQUEST = _l("This request is not valid.")
NOT_JOINED = _l("Join the room first.")
SIGNED_OUT = _l("Please sign in again.")
FAILED = _l("Something went wrong. Please try again.")


class Payload:
    """One handler's payload, read strictly: a wrong type or shape is Invalid."""

    MAX_KEYS = 8

    def __init__(self, args: tuple) -> None:
        if len(args) != 1 or not isinstance(args[0], dict) or len(args[0]) > self.MAX_KEYS:
            raise Invalid(BAD_REQUEST)
        self.data = args[0]

    def id(self, key: str, optional: bool = False, minimum: int = 1) -> int | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if type(value) is not int or not minimum <= value < 2**31:
            raise Invalid(BAD_REQUEST)
        return value

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise Invalid(BAD_REQUEST)
        return value

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if type(value) is not bool:
            raise Invalid(BAD_REQUEST)
        return value

    def items(self, key: str, kind: type, most: int) -> list:
        value = self.data.get(key)
        if not isinstance(value, list) or len(value) > most:
            raise Invalid(BAD_REQUEST)
        if not all(type(item) is kind for item in value):
            raise Invalid(BAD_REQUEST)
        return value


def _actor() -> User:
    if not current_user.is_authenticated:
        raise PermissionDenied(SIGNED_OUT)
    return current_user._get_current_object()


LOCK_ATTEMPTS = 8


def try_again(error: OperationalError, attempt: int) -> bool:
    """SQLite refuses a write whose transaction read before another connection committed
    ("database is locked", at once: waiting would not help). Under gevent that happens when
    a handler yields mid-transaction. The transaction is rolled back: run it again."""
    if "database is locked" not in str(error.orig) or attempt == LOCK_ATTEMPTS - 1:
        return False
    socketio.sleep(random.uniform(0.01, 0.05) * (attempt + 1))  # apart from the others
    return True


def action(method: Callable) -> Callable:
    """A room action: the payload names an event the connection joined; errors become a
    refusal in the acknowledgement, and the transaction is rolled back."""

    @functools.wraps(method)
    def handler(self: "EventsNamespace", *args: Any) -> dict:
        for attempt in range(LOCK_ATTEMPTS):
            try:
                with writing(db.session):
                    payload = Payload(args)
                    event = room.get_event(payload.id("event_id"))
                    actor = _actor()
                    if room_of(event.id) not in rooms():
                        raise PermissionDenied(NOT_JOINED)
                    return {"ok": True, **(method(self, actor, event, payload) or {})}
            except DomainError as error:
                db.session.rollback()
                return {"ok": False, "error": str(error.message or BAD_REQUEST)}
            except OperationalError as error:
                db.session.rollback()
                if not try_again(error, attempt):
                    log.exception("event room: %s failed", method.__name__)
                    return {"ok": False, "error": str(FAILED)}
            except Exception:
                db.session.rollback()
                log.exception("event room: %s failed", method.__name__)
                return {"ok": False, "error": str(FAILED)}
        return {"ok": False, "error": str(FAILED)}

    return handler


def welcome(user: User, event: Event, last_id: int | None) -> dict:
    """Everything the room shows, for a person joining (or rejoining after last_id)."""
    host = room.is_host(user, event)
    pinned = chat.pinned_message(event)
    return {
        "event_id": event.id,
        "is_host": host,
        "me": room.person(user, host),
        "state": event.room_state,
        "chat_paused": event.chat_paused,
        "muted": not can(user, "write_in_room", event),
        "pinned": chat.messages_data(event, [pinned])[0] if pinned else None,
        "messages": chat.messages_data(event, chat.recent_messages(event, last_id)),
        "deleted": chat.deleted_message_ids(event, last_id) if last_id is not None else [],
        "questions": [
            questions.question_data(q, host, user.id) for q in questions.listed(event, host)
        ],
        "my_votes": questions.my_votes(user, event),
        "polls": [polls.poll_data(p, host) for p in polls.event_polls(event, host)],
        "my_poll_votes": polls.my_votes(user, event),
        "hands": room.hands(event),
        "people": room.presence(event, host),
        "reactions": list(room.REACTIONS),
    }


def _send_question(event: Event, question: Question) -> None:
    send_split(
        event.id,
        "question",
        questions.question_data(question, True),
        questions.question_data(question, False),
    )


def _send_poll(event: Event, poll: polls.Poll) -> None:
    guests = polls.poll_data(poll, False) if poll.status != polls.PollStatus.DRAFT else None
    send_split(event.id, "poll", polls.poll_data(poll, True), guests)


class EventsNamespace(Namespace):
    def on_connect(self, auth: dict | None = None) -> bool:
        """Signed-in members only; joining an event's room is a separate step."""
        if not can(current_user, "view_members"):
            return False
        summaries.start(current_app._get_current_object())
        return True

    def on_disconnect(self, reason: str | None = None) -> None:
        """End this connection's stays."""
        for attempt in range(LOCK_ATTEMPTS):
            try:
                with writing(db.session):
                    left = room.record_leave(request.sid, utcnow())
                    db.session.commit()
                break
            except OperationalError as error:
                db.session.rollback()
                if not try_again(error, attempt):
                    log.exception("event room: ending the stays of %s failed", request.sid)
                    return
            except Exception:
                db.session.rollback()
                log.exception("event room: ending the stays of %s failed", request.sid)
                return
        else:
            return
        for event_id in left:
            summaries.note(event_id, presence=True)

    def on_join(self, *args: Any) -> dict:
        """{event_id, last_id?}: enter the room; the answer holds what the room shows (after
        last_id only, for a client that reconnects)."""
        joined: list[str] = []
        for attempt in range(LOCK_ATTEMPTS):
            try:
                with writing(db.session):
                    payload = Payload(args)
                    event = room.get_event(payload.id("event_id"))
                    last_id = payload.id("last_id", optional=True, minimum=0)
                    actor = _actor()
                    granted = room.access(actor, event)
                    if granted not in (Access.HOST, Access.OPEN):
                        if granted in (Access.WAITING, Access.ENDED):
                            join_room(lobby_of(event.id))  # told when the room opens
                        return {
                            "ok": False,
                            "error": str(room.ACCESS_ERRORS[granted]),
                            "access": str(granted),
                            "state": event.room_state,
                        }
                    # Rooms first, then the history: nothing sent in between is missed (the
                    # client drops what it receives twice, by id).
                    side = hosts_of(event.id) if granted == Access.HOST else guests_of(event.id)
                    joined = [room_of(event.id), person_of(event.id, actor.id), side]
                    for name in joined:
                        join_room(name)
                    leave_room(lobby_of(event.id))
                    new_stay = room.record_join(actor, event, request.sid, utcnow())
                    data = welcome(actor, event, last_id)
                    db.session.commit()
            except DomainError as error:
                db.session.rollback()
                return {"ok": False, "error": str(error.message or BAD_REQUEST)}
            except OperationalError as error:
                db.session.rollback()
                if try_again(error, attempt):
                    continue
                for name in joined:
                    leave_room(name)
                log.exception("event room: join failed")
                return {"ok": False, "error": str(FAILED)}
            except Exception:
                db.session.rollback()
                for name in joined:
                    leave_room(name)
                log.exception("event room: join failed")
                return {"ok": False, "error": str(FAILED)}
            break
        if new_stay:
            summaries.note(event.id, presence=True)
        return {"ok": True, **data}

    @action
    def on_leave(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: leave the room (closing the page does the same)."""
        for name in (
            room_of(event.id),
            hosts_of(event.id),
            guests_of(event.id),
            person_of(event.id, actor.id),
        ):
            leave_room(name)
        room.record_leave(request.sid, utcnow(), event.id)
        db.session.commit()
        summaries.note(event.id, presence=True)

    @action
    def on_presence(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: the whole presence list, for a client whose list counts otherwise
        than the last summary said (the summaries only send who came and left)."""
        room.ensure_member(actor, event)
        return {"people": room.presence(event, room.is_host(actor, event))}

    # Chat --------------------------------------------------------------------------

    @action
    def on_chat_send(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, body}: a chat message, stored, then sent to the room."""
        message = chat.post_message(actor, event, payload.text("body"))
        db.session.commit()
        data = chat.message_data(message, room.is_host(actor, event))
        send("chat_message", data, room_of(event.id))
        return {"message": data}

    @action
    def on_chat_delete(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, message_id}: facilitators remove a message from the room."""
        pinned = event.pinned_message_id
        message = chat.delete_message(actor, event, payload.id("message_id"), utcnow())
        db.session.commit()
        send("chat_deleted", {"id": message.id}, room_of(event.id))
        if pinned == message.id:
            send("chat_pinned", {"message": None}, room_of(event.id))

    @action
    def on_chat_pin(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, message_id or null}: facilitators pin a message (null unpins)."""
        message = chat.pin_message(actor, event, payload.id("message_id", optional=True))
        db.session.commit()
        data = chat.messages_data(event, [message])[0] if message else None
        send("chat_pinned", {"message": data}, room_of(event.id))

    @action
    def on_chat_pause(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, paused}: facilitators pause the chat for participants."""
        chat.pause_chat(actor, event, payload.flag("paused"))
        db.session.commit()
        send("chat_paused", {"paused": event.chat_paused}, room_of(event.id))

    # Questions ---------------------------------------------------------------------

    @action
    def on_question_ask(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, body, anonymous?}: a question for the Q&A."""
        anonymous = payload.flag("anonymous", False)
        question = questions.ask(actor, event, payload.text("body"), anonymous, utcnow())
        db.session.commit()
        _send_question(event, question)
        return {"question": questions.question_data(question, room.is_host(actor, event), actor.id)}

    @action
    def on_question_vote(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, question_id}: upvote a question, or take the vote back."""
        question, voted = questions.toggle_vote(actor, event, payload.id("question_id"))
        db.session.commit()
        summaries.note(event.id, question=question.id)
        return {"question_id": question.id, "voted": voted, "votes": question.votes}

    @action
    def on_question_status(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, question_id, status}: answered, dismissed, or open again."""
        question = questions.set_status(
            actor, event, payload.id("question_id"), payload.text("status"), utcnow()
        )
        db.session.commit()
        _send_question(event, question)

    @action
    def on_question_highlight(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, question_id or null}: the question being answered now."""
        changed = questions.highlight(actor, event, payload.id("question_id", optional=True))
        db.session.commit()
        for question in changed:
            _send_question(event, question)

    # Polls -------------------------------------------------------------------------

    @action
    def on_poll_create(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, question, options: [label], multiple?}: a draft poll."""
        labels = payload.items("options", str, polls.OPTIONS_MAX)
        poll = polls.create(
            actor,
            event,
            payload.text("question"),
            labels,
            payload.flag("multiple", False),
            utcnow(),
        )
        db.session.commit()
        _send_poll(event, poll)
        return {"poll": polls.poll_data(poll, True)}

    @action
    def on_poll_delete(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, poll_id}: delete a draft."""
        poll_id = payload.id("poll_id")
        polls.delete(actor, event, poll_id)
        db.session.commit()
        send("poll_removed", {"id": poll_id}, hosts_of(event.id))

    @action
    def on_poll_launch(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, poll_id}: open a draft for votes."""
        poll = polls.launch(actor, event, payload.id("poll_id"), utcnow())
        db.session.commit()
        _send_poll(event, poll)

    @action
    def on_poll_vote(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, poll_id, option_ids: [id]}: vote once."""
        chosen = payload.items("option_ids", int, polls.OPTIONS_MAX)
        poll = polls.vote(actor, event, payload.id("poll_id"), chosen)
        db.session.commit()
        summaries.note(event.id, poll=poll.id)
        return {"poll_id": poll.id, "option_ids": list(dict.fromkeys(chosen))}

    @action
    def on_poll_show_results(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, poll_id, visible}: show the results to participants, or hide them."""
        poll = polls.show_results(actor, event, payload.id("poll_id"), payload.flag("visible"))
        db.session.commit()
        _send_poll(event, poll)

    @action
    def on_poll_close(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, poll_id}: stop the votes; the results freeze."""
        poll = polls.close(actor, event, payload.id("poll_id"), utcnow())
        db.session.commit()
        _send_poll(event, poll)

    # Hands and reactions -----------------------------------------------------------

    @action
    def on_hand_raise(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: join the queue of raised hands."""
        room.raise_hand(actor, event, utcnow())
        db.session.commit()
        summaries.note(event.id, hands=True)

    @action
    def on_hand_lower(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: leave the queue."""
        room.lower_hand(actor, event, utcnow())
        db.session.commit()
        summaries.note(event.id, hands=True)

    @action
    def on_hand_clear(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, user_id?}: facilitators lower one hand, or all without user_id."""
        count = room.clear_hands(actor, event, payload.id("user_id", optional=True), utcnow())
        db.session.commit()
        summaries.note(event.id, hands=True)
        return {"lowered": count}

    @action
    def on_react(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, reaction}: a reaction that floats over the room (not stored)."""
        key = room.reaction(actor, event, payload.text("reaction"))
        summaries.note(event.id, reaction=key)

    # Facilitators' controls --------------------------------------------------------

    @action
    def on_room_open(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: let the registered participants in."""
        room.open_room(actor, event)
        db.session.commit()
        for name in (room_of(event.id), lobby_of(event.id)):
            send("room_state", {"state": event.room_state}, name)

    @action
    def on_room_close(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id}: end the room; participants are let out, their stays end."""
        sids, closed = room.close_room(actor, event, utcnow())
        db.session.commit()
        for name in (room_of(event.id), lobby_of(event.id)):
            send("room_state", {"state": event.room_state}, name)
        for poll in closed:
            _send_poll(event, poll)
        for sid in sids:
            socketio.server.disconnect(sid, namespace=NAMESPACE)
        summaries.note(event.id, presence=True, hands=True)

    @action
    def on_participant_mute(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, user_id, muted}: a muted participant reads but cannot write."""
        muted = payload.flag("muted")
        user = room.set_muted(actor, event, payload.id("user_id"), muted, utcnow())
        db.session.commit()
        send("restricted", {"muted": muted}, person_of(event.id, user.id))
        summaries.note(event.id, presence=True)

    @action
    def on_participant_remove(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, user_id}: remove a participant; they cannot come back to this event."""
        user, sids = room.remove(actor, event, payload.id("user_id"), utcnow())
        db.session.commit()
        send("removed", {"event_id": event.id}, person_of(event.id, user.id))
        for sid in sids:
            socketio.server.disconnect(sid, namespace=NAMESPACE)
        summaries.note(event.id, presence=True, hands=True)

    @action
    def on_participant_readmit(self, actor: User, event: Event, payload: Payload) -> dict:
        """{event_id, user_id}: let a removed participant come back."""
        room.readmit(actor, event, payload.id("user_id"), utcnow())
        db.session.commit()


def register(server: SocketIO) -> None:
    server.on_namespace(EventsNamespace(NAMESPACE))
