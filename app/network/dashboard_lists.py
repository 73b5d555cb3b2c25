"""The lists behind the dashboard's numbers: the authorities, plans, projects, people and
practices that a figure counted, a page at a time."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.core.db import utcnow
from app.core.errors import NotFound
from app.extensions import db
from app.library.models import Practice, Status
from app.network.dashboard import LABELS, MONTHLY_LABELS
from app.network.dashboard_counts import (
    PREPARED,
    attendances,
    engaged_authority_ids,
    first_publications,
    month_after,
    pilot_authority_ids,
    practice_originals,
    secured_by_project,
    visible_posts,
)
from app.network.models import Ledp, LedpStatus, Project, ProjectStage

PAGE_SIZE = 100
KINDS = {
    "members": "people",
    "authorities": "authorities",
    "authorities_engaged": "authorities",
    "authorities_not_engaged": "authorities",
    "ledps_prepared": "ledps",
    "ledps_preparation": "ledps",
    "pilot_authorities": "authorities",
    "pilot_portfolios": "authorities",
    "pilot_projects": "projects",
    "practices_published": "practices",
    "forum_posts": "people",
    "event_attendance": "people",
}
BY_MONTH = set(MONTHLY_LABELS)  # the lists that a month narrows


@dataclass
class Filters:
    """What narrows a list: a country, a month (its first instant, UTC), a project stage."""

    country: Country | None = None
    month: datetime | None = None
    stage: str | None = None

    @property
    def country_code(self) -> str | None:
        return self.country.code if self.country else None

    @property
    def month_key(self) -> str | None:
        return self.month.strftime("%Y-%m") if self.month else None


@dataclass
class AuthorityRow:
    authority: LocalAuthority
    members: int  # active
    attended: int  # members who attended an event
    posts: int
    projects: int  # not dropped


@dataclass
class PersonRow:
    person: User
    posts: int  # in the month when the list is narrowed to one
    events: int  # attended; in the month likewise


@dataclass
class ProjectRow:
    project: Project
    secured: Decimal
    gap: Decimal | None  # None: no cost estimate


@dataclass
class PracticeRow:
    practice: Practice
    languages: list[str]  # of its published translations, its own included


@dataclass
class Listing:
    """One page of the list behind a figure."""

    indicator: str
    filters: Filters
    rows: list[Any]
    total: int
    page: int
    pages: int

    @property
    def kind(self) -> str:
        return KINDS[self.indicator]

    @property
    def label(self) -> str:
        return LABELS[self.indicator]


def _in_month(column: Any, month: datetime | None) -> list:
    return [] if month is None else [column >= month, column < month_after(month)]


def _counts(query: Select) -> dict[int, int]:
    return {key: int(n) for key, n in db.session.execute(query)}


# -- authorities -----------------------------------------------------------------------


def _authorities(indicator: str, filters: Filters, now: datetime) -> Select:
    query = select(LocalAuthority)
    if indicator == "authorities_engaged":
        query = query.where(LocalAuthority.id.in_(engaged_authority_ids(now)))
    elif indicator == "authorities_not_engaged":
        query = query.where(LocalAuthority.id.not_in(engaged_authority_ids(now)))
    elif indicator in ("pilot_authorities", "pilot_portfolios"):
        query = query.where(LocalAuthority.id.in_(pilot_authority_ids()))
    if indicator == "pilot_portfolios":
        query = query.where(LocalAuthority.id.in_(select(Project.authority_id)))
    if filters.country is not None:
        query = query.where(LocalAuthority.country_id == filters.country.id)
    return query.order_by(LocalAuthority.name_en, LocalAuthority.id)


def _authority_rows(places: list[LocalAuthority], now: datetime) -> list[AuthorityRow]:
    ids = [p.id for p in places]
    members = _counts(
        select(User.authority_id, func.count(User.id))
        .where(User.authority_id.in_(ids), User.status == UserStatus.ACTIVE)
        .group_by(User.authority_id)
    )
    attended = attendances(now).subquery()
    people = _counts(
        select(User.authority_id, func.count(func.distinct(User.id)))
        .join(attended, attended.c.user_id == User.id)
        .where(User.authority_id.in_(ids))
        .group_by(User.authority_id)
    )
    posts = visible_posts().subquery()
    written = _counts(
        select(User.authority_id, func.count(posts.c.id))
        .join(posts, posts.c.author_id == User.id)
        .where(User.authority_id.in_(ids))
        .group_by(User.authority_id)
    )
    projects = _counts(
        select(Project.authority_id, func.count(Project.id))
        .where(Project.authority_id.in_(ids), Project.stage != ProjectStage.DROPPED)
        .group_by(Project.authority_id)
    )
    return [
        AuthorityRow(p, members.get(p.id, 0), people.get(p.id, 0), written.get(p.id, 0),
                     projects.get(p.id, 0))
        for p in places
    ]  # fmt: skip


# -- people ----------------------------------------------------------------------------


def _people(indicator: str, filters: Filters, now: datetime) -> Select:
    query = select(User)
    if indicator == "members":
        query = query.where(
            User.status == UserStatus.ACTIVE,
            User.authority_id.is_not(None),
            *_in_month(User.created_at, filters.month),
        ).order_by(User.name, User.id)
    elif indicator == "forum_posts":
        posts = visible_posts().subquery()
        counted = (
            select(posts.c.author_id.label("who"), func.count().label("n"))
            .where(*_in_month(posts.c.created_at, filters.month))
            .group_by(posts.c.author_id)
            .subquery()
        )
        query = query.join(counted, counted.c.who == User.id).order_by(
            counted.c.n.desc(), User.name, User.id
        )
    else:  # event_attendance
        attended = attendances(now).subquery()
        counted = (
            select(attended.c.user_id.label("who"),
                   func.count(func.distinct(attended.c.event_id)).label("n"))
            .where(*_in_month(attended.c.at, filters.month))
            .group_by(attended.c.user_id)
            .subquery()
        )  # fmt: skip
        query = (
            query.join(counted, counted.c.who == User.id)
            .where(User.authority_id.is_not(None))
            .order_by(counted.c.n.desc(), User.name, User.id)
        )
    if filters.country is not None:
        query = query.where(User.country_id == filters.country.id)
    return query


def _person_rows(people: list[User], filters: Filters, now: datetime) -> list[PersonRow]:
    ids = [p.id for p in people]
    posts = visible_posts().subquery()
    written = _counts(
        select(posts.c.author_id, func.count(posts.c.id))
        .where(posts.c.author_id.in_(ids), *_in_month(posts.c.created_at, filters.month))
        .group_by(posts.c.author_id)
    )
    attended = attendances(now).subquery()
    events = _counts(
        select(attended.c.user_id, func.count(func.distinct(attended.c.event_id)))
        .where(attended.c.user_id.in_(ids), *_in_month(attended.c.at, filters.month))
        .group_by(attended.c.user_id)
    )
    return [PersonRow(p, written.get(p.id, 0), events.get(p.id, 0)) for p in people]


# -- plans, projects, practices --------------------------------------------------------


def _ledps(indicator: str, filters: Filters) -> Select:
    statuses = PREPARED if indicator == "ledps_prepared" else (LedpStatus.PREPARATION,)
    query = (
        select(Ledp)
        .join(LocalAuthority, LocalAuthority.id == Ledp.authority_id)
        .where(Ledp.follows_methodology.is_(True), Ledp.status.in_(statuses))
    )
    if filters.country is not None:
        query = query.where(LocalAuthority.country_id == filters.country.id)
    return query.order_by(LocalAuthority.name_en, Ledp.id)


def _projects(filters: Filters) -> Select:
    query = (
        select(Project)
        .join(LocalAuthority, LocalAuthority.id == Project.authority_id)
        .where(Project.authority_id.in_(pilot_authority_ids()))
    )
    if filters.stage:
        query = query.where(Project.stage == filters.stage)
    else:
        query = query.where(Project.stage != ProjectStage.DROPPED)
    if filters.country is not None:
        query = query.where(LocalAuthority.country_id == filters.country.id)
    return query.order_by(LocalAuthority.name_en, Project.title, Project.id)


def _project_rows(projects: list[Project]) -> list[ProjectRow]:
    secured = secured_by_project().subquery()
    found = dict(
        db.session.execute(
            select(secured.c.project_id, secured.c.secured).where(
                secured.c.project_id.in_([p.id for p in projects])
            )
        ).all()
    )
    rows = []
    for project in projects:
        have = Decimal(found.get(project.id) or 0).quantize(Decimal("0.01"))
        gap = None if project.cost is None else max(project.cost - have, Decimal(0))
        rows.append(ProjectRow(project, have, gap))
    return rows


def _practices(filters: Filters) -> Select:
    if filters.month is None:
        ids = practice_originals()
    else:  # first published that month, in any language, whatever became of it since
        group = func.coalesce(Practice.translation_group, Practice.id)
        firsts = first_publications(filters.country).subquery()
        ids = (
            select(func.min(Practice.id))
            .where(
                Practice.deleted_at.is_(None),
                Practice.first_published_at.is_not(None),
                group.in_(select(firsts.c.group).where(*_in_month(firsts.c.at, filters.month))),
            )
            .group_by(group)
        )
    query = select(Practice).where(Practice.id.in_(ids))
    if filters.country is not None:
        query = query.where(Practice.country_id == filters.country.id)
    return query.order_by(Practice.first_published_at.desc(), Practice.id.desc())


def _practice_rows(practices: list[Practice]) -> list[PracticeRow]:
    group = func.coalesce(Practice.translation_group, Practice.id)
    groups = [p.translation_group or p.id for p in practices]
    languages: dict[int, list[str]] = {}
    for key, language in db.session.execute(
        select(group, Practice.language)
        .where(group.in_(groups), Practice.status == Status.PUBLISHED,
               Practice.deleted_at.is_(None))
        .order_by(group, Practice.language)
    ):  # fmt: skip
        languages.setdefault(key, []).append(language)
    return [PracticeRow(p, languages.get(p.translation_group or p.id, [])) for p in practices]


# -- one page --------------------------------------------------------------------------


def _query(indicator: str, filters: Filters, now: datetime) -> Select:
    kind = KINDS[indicator]
    if kind == "authorities":
        return _authorities(indicator, filters, now)
    if kind == "people":
        return _people(indicator, filters, now)
    if kind == "ledps":
        return _ledps(indicator, filters)
    if kind == "projects":
        return _projects(filters)
    return _practices(filters)


def _rows(indicator: str, found: list, filters: Filters, now: datetime) -> list:
    kind = KINDS[indicator]
    if kind == "authorities":
        return _authority_rows(found, now)
    if kind == "people":
        return _person_rows(found, filters, now)
    if kind == "projects":
        return _project_rows(found)
    if kind == "practices":
        return _practice_rows(found)
    return found


_LOADS = {
    "authorities": [selectinload(LocalAuthority.country)],
    "people": [selectinload(User.authority), selectinload(User.country)],
    "ledps": [selectinload(Ledp.authority).selectinload(LocalAuthority.country)],
    "projects": [selectinload(Project.authority).selectinload(LocalAuthority.country)],
    "practices": [selectinload(Practice.authority), selectinload(Practice.country)],
}


def listing(
    indicator: str, filters: Filters, page: int = 1, now: datetime | None = None
) -> Listing:
    """One page of what the figure named indicator counted, narrowed by filters."""
    if indicator not in KINDS:
        raise NotFound()
    if filters.stage is not None and filters.stage not in {s.value for s in ProjectStage}:
        raise NotFound()
    if indicator not in BY_MONTH:
        filters.month = None
    if indicator != "pilot_projects":
        filters.stage = None
    now = now or utcnow()
    query = _query(indicator, filters, now)
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    found = list(
        db.session.scalars(
            query.options(*_LOADS[KINDS[indicator]]).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
        )
    )
    return Listing(indicator, filters, _rows(indicator, found, filters, now), total, page, pages)
