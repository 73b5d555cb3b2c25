"""Local Economic Development Plans: writing one, its priorities and indicators, progress."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from werkzeug.datastructures import FileStorage

from app.accounts.models import LocalAuthority, User
from app.core import uploads
from app.core.db import utcnow
from app.core.errors import Invalid, PermissionDenied
from app.core.markup import render_markdown
from app.core.permissions import can
from app.extensions import db
from app.network.models import Indicator, Ledp, LedpRevision, LedpStatus, Measurement, Priority

AREA = "network"  # the network's folder under UPLOAD_DIR
MAX_PRIORITIES, MAX_INDICATORS = 12, 10
BIG = Decimal("1e13")


@dataclass
class IndicatorInput:
    name: str
    unit: str = ""
    baseline: str = "0"
    target: str = "0"
    target_year: int | None = None
    id: int | None = None  # an existing indicator keeps its measurements


@dataclass
class PriorityInput:
    title: str
    objectives: str = ""
    indicators: list[IndicatorInput] = field(default_factory=list)
    id: int | None = None  # an existing priority keeps its projects


@dataclass
class LedpInput:
    title: str
    period_start: int | None
    period_end: int | None
    status: str = LedpStatus.PREPARATION
    adopted_on: date | None = None
    vision: str = ""
    methodology_url: str = ""
    follows_methodology: bool = True
    priorities: list[PriorityInput] = field(default_factory=list)


def number(raw: str | Decimal | None, field_name: str) -> Decimal:
    """A figure typed by a person ("1 200,5" too); Invalid with the field otherwise."""
    if isinstance(raw, Decimal):
        value = raw
    else:
        text = re.sub(r"[\s\u00a0]", "", str(raw or "0")).replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise Invalid(_l("Enter a number."), field=field_name) from None
    if not value.is_finite() or abs(value) >= BIG:
        raise Invalid(_l("Enter a number."), field=field_name)
    return value.quantize(Decimal("0.01"))


def _check(data: LedpInput) -> None:
    if not data.title.strip() or len(data.title) > 200:
        raise Invalid(_l("Give the plan a title of at most %(max)d characters.", max=200),
                      field="title")  # fmt: skip
    if data.status not in LedpStatus.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="status")
    for name in ("period_start", "period_end"):
        year = getattr(data, name)
        if year is None or not 1990 <= year <= 2100:
            raise Invalid(_l("Enter a number from %(min)s to %(max)s.", min=1990, max=2100),
                          field=name)  # fmt: skip
    if data.period_end < data.period_start:
        raise Invalid(_l("The plan's period cannot end before it starts."), field="period_end")
    if data.methodology_url and not re.match(r"^https?://\S+$", data.methodology_url.strip()):
        raise Invalid(_l("Give a web address starting with https://."), field="methodology_url")
    if len(data.priorities) > MAX_PRIORITIES:
        raise Invalid(_l("Give at most %(n)d priorities.", n=MAX_PRIORITIES), field="priorities")


def ledp_of(place: LocalAuthority) -> Ledp | None:
    return db.session.scalar(select(Ledp).where(Ledp.authority_id == place.id))


def save_ledp(
    actor: User, place: LocalAuthority, data: LedpInput, document: FileStorage | None = None
) -> Ledp:
    """Create or update the authority's LEDP; the version before is kept in its history."""
    if not can(actor, "edit_plans", place):
        raise PermissionDenied(_l("Only the authority's members and facilitators edit its plans."))
    _check(data)
    ledp = ledp_of(place) or Ledp(authority_id=place.id)
    ledp.title, ledp.status = data.title.strip(), data.status
    ledp.period_start, ledp.period_end = data.period_start, data.period_end
    ledp.adopted_on = data.adopted_on
    ledp.vision, ledp.vision_html = data.vision, render_markdown(data.vision)
    ledp.methodology_url = data.methodology_url.strip()
    ledp.follows_methodology = data.follows_methodology
    ledp.updated_by_id = actor.id
    db.session.add(ledp)
    db.session.flush()
    _set_priorities(ledp, data.priorities)
    if document is not None and document.filename:
        stored = uploads.store(document, {"pdf"}, AREA)
        ledp.document_name, ledp.document_stored = stored.filename[:200], stored.stored_name
    db.session.flush()
    db.session.add(LedpRevision(ledp_id=ledp.id, snapshot=snapshot(ledp), editor_id=actor.id))
    return ledp


def _set_priorities(ledp: Ledp, wanted: list[PriorityInput]) -> None:
    existing = {p.id: p for p in ledp.priorities}
    kept = []
    with db.session.no_autoflush:  # half-built rows must not be written before they are whole
        for position, item in enumerate(p for p in wanted if p.title.strip()):
            priority = (existing.get(item.id) if item.id else None) or Priority()
            priority.position, priority.title = position, item.title.strip()[:200]
            priority.objectives = item.objectives.strip()
            _set_indicators(priority, item.indicators)
            kept.append(priority)
        ledp.priorities = kept


def _set_indicators(priority: Priority, wanted: list[IndicatorInput]) -> None:
    if len(wanted) > MAX_INDICATORS:
        raise Invalid(_l("Give at most %(n)d indicators per priority.", n=MAX_INDICATORS),
                      field="priorities")  # fmt: skip
    existing = {i.id: i for i in priority.indicators}
    kept = []
    for position, item in enumerate(i for i in wanted if i.name.strip()):
        indicator = (existing.get(item.id) if item.id else None) or Indicator()
        indicator.position, indicator.name = position, item.name.strip()[:200]
        indicator.unit = item.unit.strip()[:40]
        indicator.baseline = number(item.baseline, "priorities")
        indicator.target = number(item.target, "priorities")
        indicator.target_year = item.target_year
        kept.append(indicator)
    priority.indicators = kept


def snapshot(ledp: Ledp) -> dict:
    return {
        "title": ledp.title, "status": ledp.status,
        "period": [ledp.period_start, ledp.period_end],
        "adopted_on": ledp.adopted_on.isoformat() if ledp.adopted_on else None,
        "vision": ledp.vision,
        "priorities": [
            {"title": p.title, "objectives": p.objectives,
             "indicators": [[i.name, i.unit, str(i.baseline), str(i.target), i.target_year]
                            for i in p.indicators]}
            for p in ledp.priorities
        ],
    }  # fmt: skip


def record_measurement(
    actor: User, indicator: Indicator, measured_on: date | None, value: str, note: str = ""
) -> Measurement:
    """A dated value of an indicator (one per day: a second one that day replaces it)."""
    place = indicator.priority.ledp.authority
    if not can(actor, "edit_plans", place):
        raise PermissionDenied(_l("Only the authority's members and facilitators edit its plans."))
    if measured_on is None:
        raise Invalid(_l("Give the date of the measurement."), field="measured_on")
    if measured_on > date.today():
        raise Invalid(_l("A measurement cannot be in the future."), field="measured_on")
    found = db.session.scalar(
        select(Measurement).where(
            Measurement.indicator_id == indicator.id, Measurement.measured_on == measured_on
        )
    )
    measurement = found or Measurement(indicator_id=indicator.id, measured_on=measured_on)
    measurement.value = number(value, "value")
    measurement.note, measurement.recorded_by_id = note.strip()[:300], actor.id
    db.session.add(measurement)
    db.session.flush()
    db.session.refresh(indicator, ["measurements"])
    return measurement


def review(actor: User, ledp: Ledp, note: str) -> None:
    """A facilitator's review: when and what they said (kept in the history too)."""
    if not can(actor, "review_plans", ledp.authority):
        raise PermissionDenied(_l("Only facilitators of the country review plans."))
    ledp.reviewed_at, ledp.reviewed_by_id, ledp.review_note = utcnow(), actor.id, note.strip()
    db.session.add(LedpRevision(ledp_id=ledp.id, snapshot=snapshot(ledp), editor_id=actor.id,
                                note=note.strip()[:300] or str(_l("Reviewed"))))  # fmt: skip


def history(ledp: Ledp) -> list[LedpRevision]:
    return list(
        db.session.scalars(
            select(LedpRevision)
            .where(LedpRevision.ledp_id == ledp.id)
            .order_by(LedpRevision.created_at.desc(), LedpRevision.id.desc())
        )
    )


def document_path(ledp: Ledp):
    return uploads.path_of(AREA, ledp.document_stored)
