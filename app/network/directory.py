"""The directory: finding authorities by place, size, plan and theme, and what each one does."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from app.accounts.models import LocalAuthority, Role, User, UserStatus
from app.core.db import utcnow
from app.core.forms import optional_int
from app.core.permissions import can
from app.events.models import Attendance, Event, Registration, RegistrationStatus
from app.extensions import db
from app.forums.models import Topic
from app.library.models import Practice, Status, Theme, practice_themes
from app.network.models import Ledp, Project, ProjectStage, project_themes

# Population bands (upper bound excluded).
BANDS = {"small": (0, 20_000), "medium": (20_000, 100_000), "large": (100_000, None)}
NAME_MAX = 100


@dataclass
class Filters:
    query: str = ""
    country_id: int | None = None
    region: str = ""
    kind: str = ""
    band: str = ""
    ledp: str = ""  # a LEDP status, "none" for authorities without one
    theme: str = ""  # a theme slug: its portfolio or its practices

    @property
    def any(self) -> bool:
        return any((self.query, self.country_id, self.region, self.kind, self.band, self.ledp,
                    self.theme))  # fmt: skip


def filters_from(args: Any) -> Filters:
    band, kind = args.get("band", ""), args.get("kind", "")
    return Filters(
        query=(args.get("q") or "").strip()[:NAME_MAX],
        country_id=optional_int(args.get("country")),
        region=(args.get("region") or "").strip()[:NAME_MAX],
        kind=kind if kind in ("city", "town", "rural") else "",
        band=band if band in BANDS else "", ledp=(args.get("ledp") or "")[:20],
        theme=(args.get("theme") or "")[:60],
    )  # fmt: skip


def find(filters: Filters) -> list[LocalAuthority]:
    """Authorities matching every filter; names match in any script, any case."""
    query = select(LocalAuthority).options(selectinload(LocalAuthority.country))
    if filters.query:
        pattern = f"%{filters.query.lower()}%"
        query = query.where(or_(func.lower(LocalAuthority.name_en).like(pattern),
                                func.lower(LocalAuthority.name_local).like(pattern)))  # fmt: skip
    if filters.country_id:
        query = query.where(LocalAuthority.country_id == filters.country_id)
    if filters.region:
        query = query.where(func.lower(LocalAuthority.region) == filters.region.lower())
    if filters.kind:
        query = query.where(LocalAuthority.kind == filters.kind)
    if filters.band:
        low, high = BANDS[filters.band]
        query = query.where(LocalAuthority.population >= low)
        if high is not None:
            query = query.where(LocalAuthority.population < high)
    if filters.ledp == "none":
        query = query.where(~LocalAuthority.id.in_(select(Ledp.authority_id)))
    elif filters.ledp:
        query = query.where(
            LocalAuthority.id.in_(select(Ledp.authority_id).where(Ledp.status == filters.ledp))
        )
    if filters.theme:
        query = query.where(LocalAuthority.id.in_(working_on(filters.theme)))
    return list(db.session.scalars(query.order_by(LocalAuthority.name_en)))


def working_on(theme_slug: str):
    """Ids of authorities whose portfolio or published practices have the theme (a subquery)."""
    theme_id = select(Theme.id).where(Theme.slug == theme_slug).scalar_subquery()
    in_portfolio = (
        select(Project.authority_id)
        .join(project_themes, project_themes.c.project_id == Project.id)
        .where(project_themes.c.theme_id == theme_id, Project.stage != ProjectStage.DROPPED)
    )
    in_library = (
        select(Practice.authority_id)
        .join(practice_themes, practice_themes.c.practice_id == Practice.id)
        .where(practice_themes.c.theme_id == theme_id, Practice.status == Status.PUBLISHED,
               Practice.deleted_at.is_(None), Practice.authority_id.is_not(None))
    )  # fmt: skip
    return in_portfolio.union(in_library)


def regions() -> list[str]:
    return list(
        db.session.scalars(
            select(LocalAuthority.region).where(LocalAuthority.region != "").distinct()
            .order_by(LocalAuthority.region)
        )
    )  # fmt: skip


def plan_states() -> dict[int, str]:
    """LEDP status per authority id."""
    return dict(db.session.execute(select(Ledp.authority_id, Ledp.status)).all())


def project_counts() -> dict[int, int]:
    rows = db.session.execute(
        select(Project.authority_id, func.count(Project.id))
        .where(Project.stage != ProjectStage.DROPPED)
        .group_by(Project.authority_id)
    )
    return dict(rows.all())


def facilitators_of(country_id: int) -> list[User]:
    return list(
        db.session.scalars(
            select(User).where(User.country_id == country_id, User.role == Role.FACILITATOR,
                               User.status == UserStatus.ACTIVE).order_by(User.name)
        )
    )  # fmt: skip


def members_in(country_id: int, limit: int = 500) -> list[User]:
    """The active members of a country's authorities, by authority and name."""
    return list(
        db.session.scalars(
            select(User)
            .join(LocalAuthority, LocalAuthority.id == User.authority_id)
            .where(LocalAuthority.country_id == country_id, User.status == UserStatus.ACTIVE)
            .options(selectinload(User.authority))
            .order_by(LocalAuthority.name_en, User.name)
            .limit(limit)
        )
    )


def forum_activity(viewer: Any, place: LocalAuthority, limit: int = 5) -> list[Topic]:
    """Recent topics started by the authority's members that the viewer may open."""
    topics = db.session.scalars(
        select(Topic)
        .join(User, User.id == Topic.author_id)
        .where(User.authority_id == place.id, Topic.deleted_at.is_(None))
        .options(selectinload(Topic.category))
        .order_by(Topic.last_post_at.desc())
        .limit(limit * 4)
    ).all()
    return [t for t in topics if can(viewer, "view_topic", t)][:limit]


def events_attended(viewer: Any, place: LocalAuthority, limit: int = 10) -> list[Event]:
    """Events the authority's people joined in the room or were registered for (past ones)."""
    people = select(User.id).where(User.authority_id == place.id)
    joined = select(Attendance.event_id).where(Attendance.user_id.in_(people))
    registered = select(Registration.event_id).where(
        Registration.user_id.in_(people), Registration.status == RegistrationStatus.REGISTERED
    )
    events = db.session.scalars(
        select(Event)
        .where(Event.id.in_(joined.union(registered)), Event.deleted_at.is_(None),
               Event.ends_at < utcnow())
        .order_by(Event.starts_at.desc())
        .limit(limit * 2)
    ).all()  # fmt: skip
    return [e for e in events if getattr(viewer, "is_authenticated", False)
            and can(viewer, "view_event", e)][:limit]  # fmt: skip
