"""After the room: minutes attended per person, the CSV export, certificates and their
public check, and the transcript as Markdown."""

import csv
import io
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.errors import NotFound, PermissionDenied
from app.core.permissions import can
from app.events import polls
from app.events.models import (
    Attendance,
    Event,
    Message,
    PollStatus,
    Question,
    QuestionStatus,
    Registration,
    RegistrationStatus,
)
from app.events.room import is_host
from app.events.services import registration_of
from app.extensions import db

SHARE_NEEDED = (3, 4)  # a certificate needs 3/4 of the scheduled time
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I to misread
CODE_PATTERN = re.compile(r"^M4EG-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")
QUESTION_STATUS_LABELS = {
    QuestionStatus.OPEN: _l("Open"),
    QuestionStatus.ANSWERED: _l("Answered"),
    QuestionStatus.DISMISSED: _l("Dismissed"),
}
POLL_STATUS_LABELS = {PollStatus.LIVE: _l("Live"), PollStatus.CLOSED: _l("Closed")}


@dataclass
class Line:
    """One person's attendance of an event."""

    user: User
    seconds: float
    scheduled: float
    stays: int = 0
    first_joined: datetime | None = None
    last_left: datetime | None = None
    registered: bool = False
    certificate_code: str | None = None

    @property
    def minutes(self) -> int:
        return int(self.seconds // 60)

    @property
    def scheduled_minutes(self) -> int:
        return int(self.scheduled // 60)

    @property
    def percent(self) -> int:
        return min(int(100 * self.seconds / self.scheduled), 100) if self.scheduled else 0

    @property
    def eligible(self) -> bool:
        needed, whole = SHARE_NEEDED
        return self.registered and self.seconds * whole >= self.scheduled * needed


def scheduled_seconds(event: Event) -> float:
    return max((event.ends_at - event.starts_at).total_seconds(), 0.0)


def union_seconds(intervals: list[tuple[datetime, datetime]]) -> float:
    """The length of the union of [start, end) intervals: overlapping tabs count once."""
    total, current_start, current_end = 0.0, None, None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += (current_end - current_start).total_seconds()
    return total


def _stays(event: Event, user_id: int | None = None) -> list[Attendance]:
    query = select(Attendance).where(Attendance.event_id == event.id)
    if user_id is not None:
        query = query.where(Attendance.user_id == user_id)
    return list(db.session.scalars(query.order_by(Attendance.joined_at)))


def _lines(event: Event, now: datetime, user_id: int | None = None) -> dict[int, Line]:
    """Attendance per person: stays clipped to the scheduled time, then joined up."""
    scheduled = scheduled_seconds(event)
    intervals: dict[int, list[tuple[datetime, datetime]]] = {}
    lines: dict[int, Line] = {}
    for stay in _stays(event, user_id):
        line = lines.setdefault(stay.user_id, Line(user=None, seconds=0, scheduled=scheduled))
        line.stays += 1
        line.first_joined = line.first_joined or stay.joined_at
        left = stay.left_at or now
        line.last_left = None if stay.left_at is None else max(line.last_left or left, left)
        start, end = max(stay.joined_at, event.starts_at), min(left, event.ends_at)
        if end > start:
            intervals.setdefault(stay.user_id, []).append((start, end))
    for uid, found in intervals.items():
        lines[uid].seconds = union_seconds(found)
    return lines


def attended_seconds(event: Event, now: datetime) -> dict[int, float]:
    """Seconds of the scheduled time each person was in the room."""
    return {uid: line.seconds for uid, line in _lines(event, now).items()}


def report(actor: User, event: Event, now: datetime) -> list[Line]:
    """Everyone registered or present, with their minutes, for the facilitators."""
    if not is_host(actor, event):
        raise PermissionDenied(_l("Only the facilitators can do this."))
    lines = _lines(event, now)
    registrations = db.session.scalars(
        select(Registration).where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.REGISTERED,
        )
    )
    scheduled = scheduled_seconds(event)
    for registration in registrations:
        line = lines.setdefault(
            registration.user_id, Line(user=None, seconds=0, scheduled=scheduled)
        )
        line.registered = True
        line.certificate_code = registration.certificate_code
    users = db.session.scalars(
        select(User)
        .where(User.id.in_(lines))
        .options(selectinload(User.authority), selectinload(User.country))
    )
    for user in users:
        lines[user.id].user = user
    return sorted(lines.values(), key=lambda line: (-line.seconds, line.user.name.casefold()))


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell that starts like a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(lines: list[Line]) -> str:
    """The attendance report as CSV (UTF-8 with a byte order mark, for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Name"),
            _("Email"),
            _("Local authority"),
            _("Country"),
            _("Registered"),
            _("Minutes"),
            _("Share of the scheduled time (%)"),
            _("Certificate"),
            _("Stays"),
            _("First joined (UTC)"),
            _("Last left (UTC)"),
        ]
    )
    for line in lines:
        user = line.user
        writer.writerow(
            [
                _cell(v)
                for v in (
                    user.name,
                    user.email,
                    user.authority.name_en if user.authority else "",
                    user.country.code if user.country else "",
                    _("yes") if line.registered else _("no"),
                    line.minutes,
                    line.percent,
                    _("yes") if line.eligible else _("no"),
                    line.stays,
                    line.first_joined.isoformat(timespec="seconds") if line.first_joined else "",
                    line.last_left.isoformat(timespec="seconds") if line.last_left else "",
                )
            ]
        )
    return "\ufeff" + out.getvalue()


# Certificates ----------------------------------------------------------------------


def new_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    return "M4EG-" + "-".join(groups)


def certificate(actor: User, event: Event, now: datetime) -> tuple[Registration, Line]:
    """The certificate of a participant with at least 3/4 of the scheduled time; its
    verification code is made the first time."""
    registration = registration_of(actor, event)
    line = _lines(event, now, actor.id).get(actor.id)
    if registration is None or registration.status != RegistrationStatus.REGISTERED:
        raise PermissionDenied(_l("Certificates are for the registered participants."))
    scheduled = scheduled_seconds(event)
    line = line or Line(user=actor, seconds=0, scheduled=scheduled)
    line.user, line.registered = actor, True
    if not line.eligible:
        needed = int(scheduled * SHARE_NEEDED[0] / SHARE_NEEDED[1] // 60)
        raise PermissionDenied(
            _l("A certificate needs %(needed)d minutes in the room; you have %(minutes)d.")
            % {"needed": needed, "minutes": line.minutes}
        )
    if registration.certificate_code is None:
        code = new_code()
        while db.session.scalar(
            select(Registration.id).where(Registration.certificate_code == code)
        ):
            code = new_code()
        registration.certificate_code = code
        db.session.flush()
    line.certificate_code = registration.certificate_code
    return registration, line


def verify(code: str, now: datetime) -> tuple[Registration, Line]:
    """The certificate with this code, for anyone to check; NotFound otherwise."""
    code = (code or "").strip().upper()
    registration = None
    if CODE_PATTERN.match(code):
        registration = db.session.scalar(
            select(Registration).where(Registration.certificate_code == code)
        )
    if registration is None or registration.event.deleted_at is not None:
        raise NotFound(_l("No certificate has this code."))
    event = registration.event
    line = _lines(event, now, registration.user_id).get(registration.user_id)
    line = line or Line(user=None, seconds=0, scheduled=scheduled_seconds(event))
    line.user, line.registered = registration.user, True
    line.certificate_code = registration.certificate_code
    return registration, line


def event_zone(event: Event) -> ZoneInfo:
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def event_date(event: Event) -> str:
    """The event's date where it was organised, in the reader's language."""
    return format_date(event.starts_at.astimezone(event_zone(event)).date(), "long")


# Transcript ------------------------------------------------------------------------


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _plain(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines())


def transcript(actor: User, event: Event) -> str:
    """Chat, questions with their status, and poll results, as a Markdown document.
    Anonymous questions stay anonymous, as the file may be passed on."""
    if not can(actor, "read_transcript", event):
        raise PermissionDenied(_l("The transcript is available once the room has ended."))
    host, zone = is_host(actor, event), event_zone(event)
    start, end = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    parts = [f"# {_plain(event.title)}", "",
             f"{event_date(event)}, {start:%H:%M}–{end:%H:%M} ({event.timezone})", ""]  # fmt: skip
    parts += [f"## {_('Chat')}", "", *(_chat_lines(event, zone) or [_("No messages."), ""])]
    parts += [f"## {_('Questions')}", ""]
    parts += _question_lines(event, zone, host) or [_("No questions."), ""]
    parts += [f"## {_('Polls')}", "", *(_poll_lines(event, host) or [_("No polls."), ""])]
    return "\n".join(parts).rstrip() + "\n"


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def _chat_lines(event: Event, zone: ZoneInfo) -> list[str]:
    messages = db.session.scalars(
        select(Message)
        .where(Message.event_id == event.id, Message.deleted_at.is_(None))
        .options(selectinload(Message.user))
        .order_by(Message.id)
    )
    lines = []
    for message in messages:
        lines += [f"**{_plain(message.user.name)}** · {_clock(message.created_at, zone)}",
                  _quoted(message.body), ""]  # fmt: skip
    return lines


def _question_lines(event: Event, zone: ZoneInfo, host: bool) -> list[str]:
    query = select(Question).where(Question.event_id == event.id)
    if not host:
        query = query.where(Question.status != QuestionStatus.DISMISSED)
    asked = sorted(db.session.scalars(query.options(selectinload(Question.user))),
                   key=lambda q: (-q.votes, q.id))  # fmt: skip
    lines = []
    for number, question in enumerate(asked, 1):
        author = _("Anonymous") if question.anonymous else _plain(question.user.name)
        status = QUESTION_STATUS_LABELS.get(question.status, question.status)
        votes = ngettext("%(num)d vote", "%(num)d votes", question.votes)
        when = _clock(question.created_at, zone)
        lines += [f"{number}. **{status}** · {votes} · {author} · {when}", "",
                  _quoted(question.body), ""]  # fmt: skip
    return lines


def _poll_lines(event: Event, host: bool) -> list[str]:
    lines = []
    for poll in polls.event_polls(event, host):
        if poll.status == PollStatus.DRAFT:
            continue
        kind = _("multiple choice") if poll.multiple else _("single choice")
        status = POLL_STATUS_LABELS.get(poll.status, poll.status)
        lines += [f"### {_plain(poll.question)}", "", f"{status} · {kind}", ""]
        if not polls.results_shown(poll, host):
            lines += [_("The results were not shown to participants."), ""]
            continue
        voters = polls.voters(poll)
        lines += [f"| {_('Option')} | {_('Votes')} | % |", "|---|---:|---:|"]
        lines += [f"| {_plain(o.label)} | {o.votes} | {round(100 * o.votes / (voters or 1))} |"
                  for o in poll.options]  # fmt: skip
        lines += ["", ngettext("%(num)d person voted.", "%(num)d people voted.", voters), ""]
    return lines
