"""The chat of an event's room: messages through the one sanitiser, stored before they are
sent; pinning, deleting and pausing by the facilitators."""

from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.db import utcnow
from app.core.errors import NotFound, PermissionDenied
from app.core.markup import render_markdown
from app.events.models import Event, Message
from app.events.room import (
    check_rate,
    clean_input,
    ensure_host,
    ensure_writer,
    is_host,
    people_by_id,
)
from app.extensions import db

CHAT_MAX = 2_000
HISTORY = 100  # messages sent to a newcomer
CATCH_UP_MAX = 1_000  # messages sent to a client that reconnects with its last id


def pause_chat(actor: User, event: Event, paused: bool) -> Event:
    """Stop (or let again) participants writing in the chat; facilitators still can."""
    ensure_host(actor, event)
    event.chat_paused = paused
    db.session.flush()
    return event


def message_data(message: Message, host: bool) -> dict:
    return {
        "id": message.id,
        "user": {"id": message.user_id, "name": message.user.name, "host": host},
        "html": message.html,
        "at": message.created_at.isoformat(),
    }


def messages_data(event: Event, messages: list[Message]) -> list[dict]:
    people = people_by_id(event, {m.user for m in messages})
    return [message_data(m, people[m.user_id]["host"]) for m in messages]


def post_message(actor: User, event: Event, body: str, now: datetime | None = None) -> Message:
    """A chat message, rendered through the one sanitiser and stored (before any broadcast)."""
    ensure_writer(actor, event)
    host = is_host(actor, event)
    if event.chat_paused and not host:
        raise PermissionDenied(_l("The facilitators paused the chat."))
    body = clean_input(
        body,
        CHAT_MAX,
        _l("Write a message first."),
        _l("A message can be at most %(max)d characters."),
    )
    check_rate(actor, "chat")
    message = Message(
        event_id=event.id,
        user_id=actor.id,
        body=body,
        html=str(render_markdown(body)),
        created_at=now or utcnow(),
    )
    db.session.add(message)
    db.session.flush()
    return message


def recent_messages(event: Event, after_id: int | None = None) -> list[Message]:
    """The last HISTORY messages, or every message after after_id (up to CATCH_UP_MAX)."""
    query = (
        select(Message)
        .where(Message.event_id == event.id, Message.deleted_at.is_(None))
        .options(selectinload(Message.user))
    )
    if after_id is None:
        newest = list(db.session.scalars(query.order_by(Message.id.desc()).limit(HISTORY)))
        return newest[::-1]
    return list(
        db.session.scalars(
            query.where(Message.id > after_id).order_by(Message.id).limit(CATCH_UP_MAX)
        )
    )


def deleted_message_ids(event: Event, up_to_id: int) -> list[int]:
    """Messages a reconnecting client may still show, removed while it was away."""
    return list(
        db.session.scalars(
            select(Message.id)
            .where(
                Message.event_id == event.id,
                Message.id <= up_to_id,
                Message.deleted_at.is_not(None),
            )
            .order_by(Message.id.desc())
            .limit(HISTORY * 2)
        )
    )


def _message(event: Event, message_id: int) -> Message:
    message = db.session.get(Message, message_id)
    if message is None or message.event_id != event.id or message.deleted_at is not None:
        raise NotFound(_l("This message does not exist."))
    return message


def delete_message(actor: User, event: Event, message_id: int, now: datetime) -> Message:
    """Hide a message from the room (kept, marked deleted); unpins it."""
    ensure_host(actor, event)
    message = _message(event, message_id)
    message.deleted_at, message.deleted_by_id = now, actor.id
    if event.pinned_message_id == message.id:
        event.pinned_message_id = None
    db.session.flush()
    return message


def pin_message(actor: User, event: Event, message_id: int | None) -> Message | None:
    """Pin a message above the chat, or unpin with None."""
    ensure_host(actor, event)
    message = _message(event, message_id) if message_id is not None else None
    event.pinned_message_id = message.id if message else None
    db.session.flush()
    return message


def pinned_message(event: Event) -> Message | None:
    if event.pinned_message_id is None:
        return None
    message = db.session.get(Message, event.pinned_message_id)
    return message if message is not None and message.deleted_at is None else None
