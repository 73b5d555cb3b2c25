"""Polls in an event's room: prepared as drafts, launched live, voted once, closed."""

from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.forms import clean_text
from app.core.permissions import can
from app.events.models import Event, Poll, PollOption, PollStatus, PollVote
from app.extensions import db

QUESTION_MAX = 300
LABEL_MAX = 200
OPTIONS_MIN, OPTIONS_MAX = 2, 10


def _ensure_host(actor: User, event: Event) -> None:
    if not can(actor, "host_event", event):
        raise PermissionDenied(_l("Only the facilitators can do this."))


def _text(value: object, limit: int, empty: str, too_long: str) -> str:
    if not isinstance(value, str):
        raise Invalid(_l("This request is not valid."))
    value = clean_text(value).strip()
    if not value:
        raise Invalid(empty)
    if len(value) > limit:
        raise Invalid(too_long % {"max": limit})
    return value


def event_polls(event: Event, for_host: bool) -> list[Poll]:
    """The polls of an event, oldest first; drafts only for facilitators."""
    query = select(Poll).where(Poll.event_id == event.id).options(selectinload(Poll.options))
    if not for_host:
        query = query.where(Poll.status != PollStatus.DRAFT)
    return list(db.session.scalars(query.order_by(Poll.id)))


def results_shown(poll: Poll, for_host: bool) -> bool:
    return for_host or (poll.results_visible and poll.status != PollStatus.DRAFT)


def voters(poll: Poll) -> int:
    return db.session.scalar(
        select(func.count(func.distinct(PollVote.user_id))).where(PollVote.poll_id == poll.id)
    )


def poll_data(poll: Poll, for_host: bool) -> dict:
    """A poll as facilitators see it (always with counts) or as participants do."""
    shown = results_shown(poll, for_host)
    options = [
        {"id": o.id, "label": o.label} | ({"votes": o.votes} if shown else {}) for o in poll.options
    ]
    data = {
        "id": poll.id,
        "question": poll.question,
        "multiple": poll.multiple,
        "status": poll.status,
        "results_visible": poll.results_visible,
        "options": options,
    }
    if shown:
        data["voters"] = voters(poll)
    return data


def results(poll: Poll) -> dict:
    """The counts alone, for the periodic summary."""
    return {
        "id": poll.id,
        "options": [{"id": o.id, "votes": o.votes} for o in poll.options],
        "voters": voters(poll),
    }


def my_votes(user: User, event: Event) -> dict[str, list[int]]:
    """The options this person chose, by poll id (as a string: JSON keys)."""
    chosen: dict[str, list[int]] = {}
    rows = db.session.execute(
        select(PollVote.poll_id, PollVote.option_id)
        .join(Poll, Poll.id == PollVote.poll_id)
        .where(Poll.event_id == event.id, PollVote.user_id == user.id)
        .order_by(PollVote.id)
    )
    for poll_id, option_id in rows:
        chosen.setdefault(str(poll_id), []).append(option_id)
    return chosen


def get(event: Event, poll_id: int, for_host: bool = False, lock: bool = False) -> Poll:
    """A poll of this event (drafts only for facilitators), or NotFound."""
    query = select(Poll).where(Poll.id == poll_id)
    if lock:  # serialises the votes of one poll on PostgreSQL: one vote per person
        query = query.with_for_update()
    poll = db.session.scalar(query)
    if (
        poll is None
        or poll.event_id != event.id
        or not (for_host or poll.status != PollStatus.DRAFT)
    ):
        raise NotFound(_l("This poll does not exist."))
    return poll


def create(
    actor: User, event: Event, question: str, labels: list, multiple: bool, now: datetime
) -> Poll:
    """Prepare a poll (a draft, launched later) with two to ten options."""
    _ensure_host(actor, event)
    question = _text(
        question,
        QUESTION_MAX,
        _l("Write the poll's question."),
        _l("A poll's question can be at most %(max)d characters."),
    )
    if not isinstance(labels, list) or not OPTIONS_MIN <= len(labels) <= OPTIONS_MAX:
        raise Invalid(
            _l("A poll needs from %(min)d to %(max)d options.")
            % {"min": OPTIONS_MIN, "max": OPTIONS_MAX}
        )
    cleaned = [
        _text(
            label,
            LABEL_MAX,
            _l("Every option needs a text."),
            _l("An option can be at most %(max)d characters."),
        )
        for label in labels
    ]
    if len({label.casefold() for label in cleaned}) != len(cleaned):
        raise Invalid(_l("Two options have the same text."))
    poll = Poll(
        event_id=event.id,
        question=question,
        multiple=bool(multiple),
        created_by_id=actor.id,
        created_at=now,
    )
    poll.options = [PollOption(position=i, label=label) for i, label in enumerate(cleaned)]
    db.session.add(poll)
    db.session.flush()
    return poll


def delete(actor: User, event: Event, poll_id: int) -> None:
    """Delete a draft that was never launched."""
    _ensure_host(actor, event)
    poll = get(event, poll_id, for_host=True)
    if poll.status != PollStatus.DRAFT:
        raise Invalid(_l("Only a draft poll can be deleted."))
    db.session.delete(poll)
    db.session.flush()


def launch(actor: User, event: Event, poll_id: int, now: datetime) -> Poll:
    """Open a draft poll for votes."""
    _ensure_host(actor, event)
    poll = get(event, poll_id, for_host=True)
    if poll.status != PollStatus.DRAFT:
        raise Invalid(_l("This poll was launched already."))
    poll.status, poll.launched_at = PollStatus.LIVE, now
    db.session.flush()
    return poll


def close(actor: User, event: Event, poll_id: int, now: datetime) -> Poll:
    """Stop the votes; the results stay as they are."""
    _ensure_host(actor, event)
    poll = get(event, poll_id, for_host=True)
    if poll.status != PollStatus.LIVE:
        raise Invalid(_l("This poll is not open for votes."))
    poll.status, poll.closed_at = PollStatus.CLOSED, now
    db.session.flush()
    return poll


def close_live(event: Event, now: datetime) -> list[Poll]:
    """Close every live poll of the event (the room is closing)."""
    live = list(
        db.session.scalars(
            select(Poll).where(Poll.event_id == event.id, Poll.status == PollStatus.LIVE)
        )
    )
    for poll in live:
        poll.status, poll.closed_at = PollStatus.CLOSED, now
    return live


def show_results(actor: User, event: Event, poll_id: int, visible: bool) -> Poll:
    """Show the results to participants, or hide them (facilitators always see them)."""
    _ensure_host(actor, event)
    poll = get(event, poll_id, for_host=True)
    poll.results_visible = bool(visible)
    db.session.flush()
    return poll


def vote(actor: User, event: Event, poll_id: int, option_ids: list[int]) -> Poll:
    """One vote per person: one option, or several in a multiple-choice poll."""
    if not can(actor, "join_room", event):
        raise PermissionDenied(_l("You cannot take part in this room now."))
    poll = get(event, poll_id, lock=True)
    if poll.status != PollStatus.LIVE:
        raise Invalid(_l("This poll is not open for votes."))
    chosen = list(dict.fromkeys(option_ids))
    if not chosen:
        raise Invalid(_l("Choose an option."))
    if not poll.multiple and len(chosen) > 1:
        raise Invalid(_l("Choose only one option in this poll."))
    valid = {option.id for option in poll.options}
    if not set(chosen) <= valid:
        raise Invalid(_l("Choose among this poll's options."))
    already = db.session.scalar(
        select(PollVote.id).where(PollVote.poll_id == poll.id, PollVote.user_id == actor.id)
    )
    if already is not None:
        raise Invalid(_l("You already voted in this poll."))
    for option_id in chosen:
        db.session.add(PollVote(poll_id=poll.id, option_id=option_id, user_id=actor.id))
    # One statement, so votes taken by several processes at once add up.
    db.session.execute(
        update(PollOption)
        .where(PollOption.id.in_(chosen))
        .values(votes=PollOption.votes + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.flush()
    for option in poll.options:
        db.session.refresh(option)
    return poll
