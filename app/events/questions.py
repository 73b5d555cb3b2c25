"""Questions and answers in an event's room: asked (anonymous to other participants if
wished), upvoted once each, answered, highlighted or dismissed by the facilitators."""

from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.errors import Invalid, NotFound
from app.events.models import Event, Question, QuestionStatus, QuestionVote
from app.events.room import check_rate, clean_input, ensure_host, ensure_member, ensure_writer
from app.extensions import db

QUESTION_MAX = 1_000


def question_data(question: Question, for_host: bool, viewer_id: int | None = None) -> dict:
    """A question as a facilitator sees it, or as participants do (anonymous hides the
    name from everyone but facilitators and the asker)."""
    mine = viewer_id == question.user_id
    shown = for_host or mine or not question.anonymous
    return {
        "id": question.id,
        "body": question.body,
        "anonymous": question.anonymous,
        "author": {"id": question.user_id, "name": question.user.name} if shown else None,
        "status": question.status,
        "highlighted": question.highlighted,
        "votes": question.votes,
        "at": question.created_at.isoformat(),
        "mine": mine,
    }


def listed(event: Event, for_host: bool) -> list[Question]:
    """Highlighted first, then open by votes, then answered; dismissed only for hosts."""
    query = select(Question).where(Question.event_id == event.id)
    if not for_host:
        query = query.where(Question.status != QuestionStatus.DISMISSED)
    found = list(db.session.scalars(query.options(selectinload(Question.user))))
    order = {QuestionStatus.OPEN: 0, QuestionStatus.ANSWERED: 1, QuestionStatus.DISMISSED: 2}
    return sorted(found, key=lambda q: (not q.highlighted, order.get(q.status, 3), -q.votes, q.id))


def my_votes(user: User, event: Event) -> list[int]:
    return list(
        db.session.scalars(
            select(QuestionVote.question_id)
            .join(Question, Question.id == QuestionVote.question_id)
            .where(Question.event_id == event.id, QuestionVote.user_id == user.id)
        )
    )


def ask(actor: User, event: Event, body: str, anonymous: bool, now: datetime) -> Question:
    """A question for the Q&A, optionally anonymous to other participants."""
    ensure_writer(actor, event)
    body = clean_input(
        body,
        QUESTION_MAX,
        _l("Write your question first."),
        _l("A question can be at most %(max)d characters."),
    )
    check_rate(actor, "question")
    question = Question(
        event_id=event.id, user_id=actor.id, body=body, anonymous=bool(anonymous), created_at=now
    )
    db.session.add(question)
    db.session.flush()
    return question


def _question(event: Event, question_id: int, for_host: bool = False) -> Question:
    question = db.session.get(Question, question_id)
    hidden = question is not None and question.status == QuestionStatus.DISMISSED
    if question is None or question.event_id != event.id or (hidden and not for_host):
        raise NotFound(_l("This question does not exist."))
    return question


def toggle_vote(actor: User, event: Event, question_id: int) -> tuple[Question, bool]:
    """Upvote a question, or take the vote back; True when the person now votes for it."""
    ensure_member(actor, event)
    question = _question(event, question_id)
    if question.status != QuestionStatus.OPEN:
        raise Invalid(_l("This question is closed for votes."))
    vote = db.session.scalar(
        select(QuestionVote).where(
            QuestionVote.question_id == question.id, QuestionVote.user_id == actor.id
        )
    )
    if vote is not None:
        db.session.delete(vote)
        change = -1
    else:
        try:
            with db.session.begin_nested():
                db.session.add(QuestionVote(question_id=question.id, user_id=actor.id))
        except IntegrityError as error:  # the same vote from another tab, a moment earlier
            raise Invalid(_l("You already voted for this question.")) from error
        change = 1
    # One statement, so votes from several processes at once add up.
    db.session.execute(
        update(Question).where(Question.id == question.id).values(votes=Question.votes + change)
    )
    db.session.flush()
    db.session.refresh(question)
    return question, change > 0


def set_status(actor: User, event: Event, question_id: int, status: str, now: datetime) -> Question:
    """Mark a question answered, dismiss it, or open it again."""
    ensure_host(actor, event)
    if status not in set(QuestionStatus):
        raise Invalid(_l("This request is not valid."))
    question = _question(event, question_id, for_host=True)
    question.status = status
    question.answered_at = now if status == QuestionStatus.ANSWERED else None
    if status != QuestionStatus.OPEN:
        question.highlighted = False
    db.session.flush()
    return question


def highlight(actor: User, event: Event, question_id: int | None) -> list[Question]:
    """Show one question as being answered now (None: none); the questions changed."""
    ensure_host(actor, event)
    chosen = _question(event, question_id, for_host=True) if question_id is not None else None
    if chosen is not None and chosen.status == QuestionStatus.DISMISSED:
        raise Invalid(_l("A dismissed question cannot be highlighted."))
    changed = list(
        db.session.scalars(
            select(Question).where(Question.event_id == event.id, Question.highlighted)
        )
    )
    for question in changed:
        question.highlighted = False
    if chosen is not None:
        chosen.highlighted = True
        chosen.status = QuestionStatus.OPEN
        changed.append(chosen)
    db.session.flush()
    return list({q.id: q for q in changed}.values())
