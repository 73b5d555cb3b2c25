"""Demo plans: LEDPs and project portfolios of the 12 pilot communities."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.accounts.models import Group, LocalAuthority, User
from app.demo.network_data import LEDPS, PROJECTS
from app.extensions import db
from app.library.models import Theme
from app.network import ledps, portfolios
from app.network.models import Indicator, Ledp, Measurement

PILOTS = "Pilot communities"


def seed() -> int:
    """Add the pilot LEDPs and portfolios when there are none; returns projects added."""
    if db.session.scalar(select(Ledp.id).limit(1)) is not None:
        return 0
    places = {p.name_en: p for p in db.session.scalars(select(LocalAuthority))}
    people = {u.email: u for u in db.session.scalars(select(User))}
    writers = {}
    for name, plan in LEDPS.items():
        place = places.get(name)
        writer = _member_of(place, people)
        if place is None or writer is None:
            continue
        writers[name] = writer
        _plan(writer, place, plan)
    _join_pilots(writers.values())
    themes = {t.slug: t.id for t in db.session.scalars(select(Theme))}
    added = 0
    for entry in PROJECTS:
        name = entry["authority"]
        if name not in writers:
            continue
        _project(writers[name], places[name], entry, themes)
        added += 1
    return added


def _member_of(place: LocalAuthority | None, people: dict[str, User]) -> User | None:
    if place is None:
        return None
    return next((u for u in people.values() if u.authority_id == place.id), None)


def _plan(writer: User, place: LocalAuthority, plan: dict) -> None:
    start, end = plan["period"]
    data = ledps.LedpInput(
        title=plan["title"], period_start=start, period_end=end, status=plan["status"],
        adopted_on=date.fromisoformat(plan["adopted_on"]) if plan.get("adopted_on") else None,
        vision=plan.get("vision", ""), follows_methodology=plan.get("follows_methodology", True),
        priorities=[
            ledps.PriorityInput(
                title=p["title"], objectives=p.get("objectives", ""),
                indicators=[ledps.IndicatorInput(name=i[0], unit=i[1], baseline=str(i[2]),
                                                 target=str(i[3]), target_year=i[4])
                            for i in p.get("indicators", [])],
            )
            for p in plan["priorities"]
        ],
    )  # fmt: skip
    ledp = ledps.save_ledp(writer, place, data)
    for priority, source in zip(ledp.priorities, plan["priorities"], strict=False):
        for indicator, row in zip(priority.indicators, source.get("indicators", []), strict=False):
            _measure(writer, indicator, row[5] if len(row) > 5 else [])


def _measure(writer: User, indicator: Indicator, rows: list) -> None:
    for day, value in rows:
        db.session.add(Measurement(
            indicator_id=indicator.id, measured_on=date.fromisoformat(day),
            value=Decimal(str(value)), recorded_by_id=writer.id,
        ))  # fmt: skip


def _join_pilots(writers) -> None:
    """One member of each pilot community belongs to the pilots' group (its forum too)."""
    group = db.session.scalar(select(Group).where(Group.name == PILOTS))
    if group is None:
        group = Group(name=PILOTS, description="The 12 pilot communities of M4EG.")
        db.session.add(group)
    for writer in writers:
        if writer not in group.members:
            group.members.append(writer)


def _project(writer: User, place: LocalAuthority, entry: dict, themes: dict[str, int]) -> None:
    plan = ledps.ledp_of(place)
    index = entry.get("priority")
    priority = plan.priorities[index] if plan and index is not None else None
    start, end = entry.get("years") or (None, None)
    data = portfolios.ProjectInput(
        title=entry["title"], description=entry.get("description", ""),
        theme_ids=[themes[s] for s in entry.get("themes", []) if s in themes],
        sdgs=list(entry.get("sdgs", [])), priority_id=priority.id if priority else None,
        stage=entry["stage"], cost=None if entry.get("cost") is None else str(entry["cost"]),
        currency=entry.get("currency", "EUR"),
        funding={k: str(v) for k, v in (entry.get("funding") or {}).items()},
        partners=entry.get("partners", ""), location=entry.get("location", ""),
        start_year=start, end_year=end, contact_email=entry.get("contact", ""),
        contact_name=writer.name if entry.get("contact") == writer.email else "",
    )  # fmt: skip
    portfolios.save_project(writer, place, None, data)
