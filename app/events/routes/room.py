"""The live room page, and what follows an event: attendance, transcript, certificates."""

from flask import Response, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from app.core.db import utcnow
from app.core.errors import NotFound
from app.core.forms import clean_text
from app.core.permissions import ensure
from app.events import attendance, chat, polls, questions, room, services
from app.events.blueprint import bp
from app.events.models import RegistrationStatus
from app.events.services import registration_of
from app.extensions import db, limiter


def _event(event_id: int):
    event = room.get_event(event_id)
    ensure(current_user, "view_event", event, hide=True)
    return event


@bp.route("/<int:event_id>/room", endpoint="room")
@login_required
def show_room(event_id: int):
    event = _event(event_id)
    registration = registration_of(current_user, event)
    return render_template(
        "events/room.html",
        event=event,
        access=room.access(current_user, event),
        host=room.is_host(current_user, event),
        video=services.video_link(current_user, event),  # from 15 minutes before, as on its page
        reactions=room.REACTIONS,
        reaction_labels=room.REACTION_LABELS,
        registered=registration is not None
        and registration.status == RegistrationStatus.REGISTERED,
        limits={
            "chat": chat.CHAT_MAX,
            "question": questions.QUESTION_MAX,
            "poll_question": polls.QUESTION_MAX,
            "option": polls.LABEL_MAX,
            "options": polls.OPTIONS_MAX,
        },
    )


@bp.route("/<int:event_id>/attendance")
@login_required
def attendance_page(event_id: int):
    event = _event(event_id)
    ensure(current_user, "host_event", event)
    lines = attendance.report(current_user, event, utcnow())
    return render_template(
        "events/attendance.html",
        event=event,
        lines=lines,
        scheduled=int(attendance.scheduled_seconds(event) // 60),
    )


@bp.route("/<int:event_id>/attendance.csv")
@login_required
def attendance_csv(event_id: int):
    event = _event(event_id)
    ensure(current_user, "host_event", event)
    text = attendance.report_csv(attendance.report(current_user, event, utcnow()))
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="attendance-{event.id}.csv"'},
    )


@bp.route("/<int:event_id>/transcript.md")
@login_required
def transcript(event_id: int):
    event = _event(event_id)
    text = attendance.transcript(current_user, event)
    return Response(
        text,
        mimetype="text/markdown",
        headers={"Content-Disposition": f'attachment; filename="transcript-{event.id}.md"'},
    )


@bp.route("/<int:event_id>/certificate")
@login_required
def certificate(event_id: int):
    event = room.get_event(event_id)
    registration, line = attendance.certificate(current_user, event, utcnow())
    db.session.commit()  # the verification code, made the first time
    return render_template(
        "events/certificate.html",
        event=event,
        line=line,
        registration=registration,
        date=attendance.event_date(event),
        verify_url=url_for("events.verify_certificate", code=registration.certificate_code),
    )


@bp.route("/certificates/")
@limiter.limit("30/minute")
def find_certificate():
    """The verification form: a code typed in goes to its page."""
    code = clean_text(request.args.get("code", "")).strip().upper()[:40]
    if code:
        return redirect(url_for("events.verify_certificate", code=code))
    return render_template("events/verify.html", found=None, code="")


@bp.route("/certificates/<code>")
@limiter.limit("30/minute")
def verify_certificate(code: str):
    """Anyone can check a certificate by its code."""
    try:
        registration, line = attendance.verify(code, utcnow())
    except NotFound:
        return render_template("events/verify.html", found=None, code=code[:40]), 404
    event = registration.event
    return render_template(
        "events/verify.html",
        found=registration,
        line=line,
        event=event,
        date=attendance.event_date(event),
        code=code,
    )
