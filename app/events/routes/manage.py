"""Facilitators plan events, follow registrations and turn an event into a library report."""

import csv
import io
from zoneinfo import ZoneInfo

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from app.accounts.models import Country, Group, Role, User, UserStatus
from app.core.errors import DomainError, Invalid
from app.core.forms import show_error
from app.core.permissions import ensure
from app.events import report, services
from app.events.blueprint import bp
from app.events.forms import EventForm
from app.events.models import Event, HostRole
from app.extensions import db, limiter


def _fill(form: EventForm) -> None:
    form.country_id.set_choices(
        [("", "—")] + [(c.id, c.name_en) for c in db.session.scalars(
            select(Country).order_by(Country.name_en))]
    )  # fmt: skip
    form.group_id.set_choices(
        [("", "—")]
        + [(g.id, g.name) for g in db.session.scalars(select(Group).order_by(Group.name))]
    )
    people = db.session.scalars(
        select(User).where(User.status == UserStatus.ACTIVE).order_by(User.name).limit(1000)
    ).all()
    staff = [(p.id, p.name) for p in people if p.role != Role.MEMBER]
    form.facilitator_ids.set_choices(staff)
    form.speaker_ids.set_choices([(p.id, p.name) for p in people])


def _local(value, zone: ZoneInfo):
    return value.astimezone(zone).replace(tzinfo=None) if value else None


def _values(event: Event) -> dict:
    zone = ZoneInfo(event.timezone)
    resources = [
        str(r.practice_id) if r.practice_id else f"{r.label} | {r.url}" for r in event.resources
    ]
    return {
        "title": event.title, "kind": event.kind, "timezone": event.timezone,
        "starts_at": _local(event.starts_at, zone), "ends_at": _local(event.ends_at, zone),
        "registration_opens_at": _local(event.registration_opens_at, zone),
        "registration_closes_at": _local(event.registration_closes_at, zone),
        "languages": event.languages, "description": event.description, "agenda": event.agenda,
        "audience": event.audience, "country_id": event.country_id, "group_id": event.group_id,
        "capacity": event.capacity, "video_url": event.video_url,
        "recording_url": event.recording_url, "resources": "\n".join(resources),
        "facilitator_ids": [h.user_id for h in event.hosts if h.role == HostRole.FACILITATOR],
        "speaker_ids": [h.user_id for h in event.hosts if h.role == HostRole.SPEAKER],
    }  # fmt: skip


def _save(form: EventForm, event: Event | None):
    try:
        data = form.to_input()
        if event is None:
            event = services.create_event(current_user, data)
        else:
            services.update_event(current_user, event, data)
    except Invalid as error:
        db.session.rollback()
        show_error(form, error)
        return None
    db.session.commit()
    return event


@bp.route("/new", methods=["GET", "POST"])
@login_required
@limiter.limit("20 per minute", methods=["POST"])
def new():
    ensure(current_user, "create_event")
    form = EventForm(data={"timezone": current_user.timezone, "languages": [current_user.locale]}
                     if request.method == "GET" else None)  # fmt: skip
    _fill(form)
    if form.validate_on_submit() and (event := _save(form, None)):
        flash(_("The event is published."), "success")
        return redirect(url_for("events.event", event_id=event.id))
    return render_template("events/edit.html", form=form, event=None)


@bp.route("/<int:event_id>/edit", methods=["GET", "POST"])
@login_required
def edit(event_id: int):
    event = services.get_event(current_user, event_id)
    ensure(current_user, "host_event", event)
    form = EventForm(data=_values(event) if request.method == "GET" else None)
    _fill(form)
    if form.validate_on_submit() and _save(form, event):
        flash(_("Your changes are saved."), "success")
        return redirect(url_for("events.event", event_id=event.id))
    return render_template("events/edit.html", form=form, event=event)


@bp.post("/<int:event_id>/cancel")
@login_required
def cancel(event_id: int):
    event = services.get_event(current_user, event_id)
    services.cancel_event(current_user, event)
    db.session.commit()
    flash(_("The event is cancelled; everyone registered is told."), "success")
    return redirect(url_for("events.event", event_id=event.id))


@bp.route("/<int:event_id>/registrations")
@login_required
def registrations(event_id: int):
    event = services.get_event(current_user, event_id)
    ensure(current_user, "host_event", event)
    rows = services.registrations(event)
    if request.args.get("format") == "csv":
        return _csv(event, rows)
    return render_template("events/registrations.html", event=event, rows=rows)


def _csv(event: Event, rows) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "authority", "country", "status", "since"])
    for r in rows:
        person = r.user
        writer.writerow([
            person.name, person.email, person.authority.name_en if person.authority else "",
            person.country.code if person.country else "", r.status, r.queued_at.isoformat(),
        ])  # fmt: skip
    response = Response(out.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="event-{event.id}-registrations.csv"'
    )
    return response


@bp.post("/<int:event_id>/report")
@login_required
def make_report(event_id: int):
    """One click: a library "event report" draft from the event and its room."""
    event = services.get_event(current_user, event_id)
    try:
        practice = report.draft_report(current_user, event)
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
        return redirect(url_for("events.event", event_id=event.id))
    db.session.commit()
    flash(_("A draft event report is ready in the library: complete it and send it for review."),
          "success")  # fmt: skip
    return redirect(url_for("library.edit", practice_id=practice.id))
