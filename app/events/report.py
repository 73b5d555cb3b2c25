"""After an event: a library "event report" draft made from it, for its facilitator to finish."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.accounts.models import User
from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import can
from app.events.models import (
    Event,
    Poll,
    PollStatus,
    Question,
    QuestionStatus,
    Registration,
    RegistrationStatus,
)
from app.extensions import db
from app.library import services as library
from app.library.models import Practice, PracticeKind


def draft_report(actor: User, event: Event) -> Practice:
    """A draft practice of kind "event report" with the event's description, agenda,
    the questions answered and the poll results; linked from the event."""
    if not can(actor, "host_event", event):
        raise PermissionDenied(_l("Only the event's facilitators change it."))
    if event.report_practice_id is not None:
        raise Invalid(_l("This event already has a report in the library."))
    language = (event.languages or [actor.locale])[0]
    data = library.PracticeInput(
        title=str(_l("Report: %(title)s", title=event.title))[:200],
        summary=_summary(event), body=_body(event), kind=PracticeKind.EVENT_REPORT,
        language=language, country_id=event.country_id or actor.country_id,
        authority_id=None, author_ids=[actor.id], stage="implemented",
        year_start=event.starts_at.year, year_end=event.starts_at.year,
        related_ids=[r.practice_id for r in event.resources if r.practice_id],
    )  # fmt: skip
    practice = library.create_practice(actor, data)
    event.report_practice_id = practice.id
    return practice


def _summary(event: Event) -> str:
    people = db.session.scalar(
        select(func.count(Registration.id)).where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.REGISTERED,
        )
    )
    return str(_l("%(kind)s held on %(date)s with %(n)d registered participants.",
                  kind=event.kind.replace("_", " ").capitalize(),
                  date=event.starts_at.date().isoformat(), n=people))  # fmt: skip


def _body(event: Event) -> str:
    parts = [event.description.strip()]
    if event.agenda.strip():
        parts.append(f"## {_l('Agenda')}\n\n{event.agenda.strip()}")
    answered = db.session.scalars(
        select(Question)
        .where(Question.event_id == event.id, Question.status == QuestionStatus.ANSWERED)
        .order_by(Question.votes.desc())
    ).all()
    if answered:
        lines = "\n".join(f"- {q.body.strip()}" for q in answered)
        parts.append(f"## {_l('Questions answered')}\n\n{lines}")
    polls = db.session.scalars(
        select(Poll).where(Poll.event_id == event.id, Poll.status == PollStatus.CLOSED)
    ).all()
    for poll in polls:
        lines = "\n".join(f"- {o.label}: {o.votes}" for o in poll.options)
        parts.append(f"### {poll.question}\n\n{lines}")
    return "\n\n".join(part for part in parts if part)
