"""The calendar: lists, a month, an event's page, registering, and .ics downloads."""

from datetime import date
from zoneinfo import ZoneInfo

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_timezone
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts import tokens
from app.accounts.models import Country
from app.core.errors import DomainError
from app.core.forms import optional_int
from app.core.i18n import LANGUAGES
from app.events import ical, listing, services
from app.events.blueprint import bp
from app.events.models import KIND_LABELS, RegistrationStatus
from app.extensions import db
from app.library.models import Practice

ICS_TYPE = "text/calendar; charset=utf-8"


def _filters() -> listing.Filters:
    kind = request.args.get("kind")
    language = request.args.get("language")
    return listing.Filters(
        kind=kind if kind in KIND_LABELS else None,
        country_id=request.args.get("country", type=optional_int),
        language=language if language in LANGUAGES else None,
    )


def _month_arg() -> date:
    raw = request.args.get("month", "")
    try:
        year, month = (int(part) for part in raw.split("-"))
        return date(year, month, 1) if 1900 < year < 2200 else date.today().replace(day=1)
    except ValueError:
        return date.today().replace(day=1)


@bp.route("/")
@login_required
def index():
    view = request.args.get("view", "upcoming")
    filters = _filters()
    zone = ZoneInfo(str(get_timezone()))
    countries = db.session.scalars(db.select(Country).order_by(Country.name_en)).all()
    context = {"view": view, "filters": filters, "kinds": KIND_LABELS, "countries": countries}
    if view == "month":
        context["month"] = listing.month(current_user, filters, _month_arg(), zone)
    else:
        view = context["view"] = "past" if view == "past" else "upcoming"
        finder = listing.past if view == "past" else listing.upcoming
        context["events"] = finder(current_user, filters)
    return render_template("events/index.html", **context)


@bp.route("/<int:event_id>")
@login_required
def event(event_id: int):
    found = services.get_event(current_user, event_id)
    registration = services.registration_of(current_user, found)
    waiting = (
        services.waitlist_position(registration)
        if registration and registration.status == RegistrationStatus.WAITLISTED
        else None
    )
    practices = {
        p.id: p
        for p in db.session.scalars(
            db.select(Practice).where(
                Practice.id.in_([r.practice_id for r in found.resources if r.practice_id])
            )
        )
    }
    return render_template(
        "events/event.html", event=found, registration=registration, waiting=waiting,
        taken=services.taken(found), open=services.registration_open(found),
        video=services.video_link(current_user, found), practices=practices,
        kinds=KIND_LABELS,
    )  # fmt: skip


def _act(event_id: int, action, message: str):
    found = services.get_event(current_user, event_id)
    try:
        result = action(current_user, found)
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(message(result) if callable(message) else message, "success")
    return redirect(url_for("events.event", event_id=found.id))


@bp.post("/<int:event_id>/register")
@login_required
def register(event_id: int):
    def said(registration) -> str:
        if registration.status == RegistrationStatus.WAITLISTED:
            return _("The event is full: you are on the waitlist and will be told if a seat "
                     "frees up.")  # fmt: skip
        return _("You are registered.")

    return _act(event_id, services.register, said)


@bp.post("/<int:event_id>/cancel-registration")
@login_required
def cancel_registration(event_id: int):
    return _act(event_id, services.cancel_registration, _("Your registration is cancelled."))


@bp.route("/<int:event_id>.ics")
@login_required
def event_ics(event_id: int):
    found = services.get_event(current_user, event_id)
    response = Response(ical.calendar([found]), content_type=ICS_TYPE)
    response.headers["Content-Disposition"] = f'attachment; filename="event-{found.id}.ics"'
    return response


@bp.route("/calendar/<token>.ics")
def feed(token: str):
    """A member's events as a calendar to subscribe to; the secret token is the key."""
    member = tokens.user_for_feed_token(token)
    if member is None:
        abort(404)
    events = [event for event, _registration in listing.registered_events(member)]
    response = Response(ical.calendar(events, name="M4EG"), content_type=ICS_TYPE)
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.route("/mine")
@login_required
def mine():
    rows = listing.registered_events(current_user)
    return render_template("events/mine.html", rows=rows, kinds=KIND_LABELS)


@bp.post("/calendar/address")
@login_required
def calendar_address():
    """Make (or keep) the member's secret calendar address, and show it."""
    if not current_user.feed_token:
        tokens.reset_feed_token(current_user)
        db.session.commit()
    return redirect(url_for("events.mine"))
