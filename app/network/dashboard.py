"""The programme dashboard: the network's figures, per country and in total, against the
programme's targets, and the same figures month by month.

Every figure is one grouped query, whatever the number of authorities. People are
counted in the country of their account, authorities and plans in their authority's.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, Numeric, Select, case, func, select, type_coerce

from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.core.db import utcnow
from app.extensions import db
from app.library.models import Practice
from app.network.dashboard_counts import (
    PREPARED,
    attendances,
    engaged_authority_ids,
    first_publications,
    month_after,
    month_starts,
    pilot_authority_ids,
    practice_originals,
    secured_by_project,
    visible_posts,
)
from app.network.models import Ledp, LedpStatus, Project, ProjectStage

# The programme's targets for the whole network, by figure: a figure reaches its target
# when its total is at least the number. Change them here if the programme revises them.
PROGRAMME_TARGETS: dict[str, int] = {
    # Local authorities engaged in training and knowledge exchange ("about 350"): one of
    # their members attended an event or posted in the forums.
    "authorities_engaged": 350,
    # Local Economic Development Plans prepared with the M4EG methodology ("at least 50").
    "ledps_prepared": 50,
    # One project portfolio for each of the 12 pilot communities.
    "pilot_portfolios": 12,
    # Projects in the pilot portfolios ("50 or more").
    "pilot_projects": 50,
}

LABELS = {
    "members": _l("Members from local authorities"),
    "authorities": _l("Local authorities in the network"),
    "authorities_engaged": _l("Authorities engaged in training and knowledge exchange"),
    "authorities_not_engaged": _l("Authorities not engaged yet"),
    "ledps_prepared": _l("LEDPs prepared with the methodology"),
    "ledps_preparation": _l("LEDPs in preparation with the methodology"),
    "pilot_authorities": _l("Pilot communities"),
    "pilot_portfolios": _l("Pilot portfolios"),
    "pilot_projects": _l("Projects in pilot portfolios"),
    "practices_published": _l("Practices published"),
    "forum_posts": _l("Forum posts"),
    "event_attendance": _l("People who attended events"),
}
MONTHLY_LABELS = {
    "members": _l("New members"),
    "practices_published": _l("Practices published"),
    "forum_posts": _l("Forum posts"),
    "event_attendance": _l("People attending events"),
}
MONTHLY_CSV_COLUMNS = {
    "members": "new_members",
    "practices_published": "practices_published",
    "forum_posts": "forum_posts",
    "event_attendance": "event_attendance",
}

CountryId = int | None  # None: people whose account names no country


@dataclass
class Figure:
    """One indicator: its value per country id, its total, and the programme's target."""

    key: str
    by_country: dict[CountryId, int]
    target: int | None = None

    @property
    def label(self) -> str:
        return LABELS[self.key]

    @property
    def total(self) -> int:
        return sum(self.by_country.values())

    @property
    def percent(self) -> int | None:
        """The total as a whole percentage of the target (may pass 100)."""
        return None if not self.target else round(100 * self.total / self.target)

    @property
    def reached(self) -> bool:
        return self.target is not None and self.total >= self.target

    def of(self, country_id: CountryId) -> int:
        return self.by_country.get(country_id, 0)


@dataclass
class FundingGap:
    """What the ready-for-activation pilot projects still need, in one currency."""

    currency: str
    amount: dict[CountryId, Decimal] = field(default_factory=dict)
    projects: dict[CountryId, int] = field(default_factory=dict)
    without_cost: dict[CountryId, int] = field(default_factory=dict)

    @property
    def total_amount(self) -> Decimal:
        return sum(self.amount.values(), Decimal(0))

    @property
    def total_projects(self) -> int:
        return sum(self.projects.values())

    @property
    def total_without_cost(self) -> int:
        return sum(self.without_cost.values())


@dataclass
class Board:
    """Everything the dashboard shows but the figures over time."""

    countries: list[Country]
    figures: dict[str, Figure]
    stages: dict[str, Figure]  # pilot projects per stage, dropped ones too
    gaps: list[FundingGap]  # by currency
    as_of: datetime

    @property
    def targeted(self) -> list[Figure]:
        return [f for f in self.figures.values() if f.target is not None]

    @property
    def unknown_country(self) -> bool:
        """True when some people are counted under no country (shown as a row of its own)."""
        return any(f.of(None) for f in self.figures.values())


@dataclass
class Monthly:
    """Figures per calendar month (UTC), oldest first, this month last."""

    months: list[date]
    series: dict[str, list[int]]
    country: Country | None = None

    @property
    def country_code(self) -> str | None:
        return self.country.code if self.country else None

    @property
    def keys(self) -> list[str]:
        return [m.strftime("%Y-%m") for m in self.months]

    @property
    def rows(self) -> list[tuple[date, str, dict[str, int]]]:
        """(month, "YYYY-MM", {series: value}) per month, for tables."""
        return [
            (month, key, {name: values[i] for name, values in self.series.items()})
            for i, (month, key) in enumerate(zip(self.months, self.keys, strict=True))
        ]


# -- the board -------------------------------------------------------------------------


def _per_country(query: Select) -> dict[CountryId, int]:
    return {country_id: int(n) for country_id, n in db.session.execute(query)}


def _authorities_per_country(ids: Select | None = None) -> dict[CountryId, int]:
    query = select(LocalAuthority.country_id, func.count(LocalAuthority.id))
    if ids is not None:
        query = query.where(LocalAuthority.id.in_(ids))
    return _per_country(query.group_by(LocalAuthority.country_id))


def _members() -> dict[CountryId, int]:
    return _per_country(
        select(User.country_id, func.count(User.id))
        .where(User.status == UserStatus.ACTIVE, User.authority_id.is_not(None))
        .group_by(User.country_id)
    )


def _ledps() -> tuple[dict[CountryId, int], dict[CountryId, int]]:
    """LEDPs following the methodology: (prepared, in preparation) per country."""
    prepared: dict[CountryId, int] = {}
    preparing: dict[CountryId, int] = {}
    rows = db.session.execute(
        select(LocalAuthority.country_id, Ledp.status, func.count(Ledp.id))
        .join(LocalAuthority, LocalAuthority.id == Ledp.authority_id)
        .where(Ledp.follows_methodology.is_(True))
        .group_by(LocalAuthority.country_id, Ledp.status)
    )
    for country_id, status, n in rows:
        if status in PREPARED:
            prepared[country_id] = prepared.get(country_id, 0) + n
        elif status == LedpStatus.PREPARATION:
            preparing[country_id] = preparing.get(country_id, 0) + n
    return prepared, preparing


def _pilot_portfolios() -> tuple[dict[CountryId, int], dict[CountryId, int]]:
    """(authorities with a portfolio, projects not dropped) per country, for the pilots."""
    portfolios: dict[CountryId, int] = {}
    projects: dict[CountryId, int] = {}
    live = case((Project.stage != ProjectStage.DROPPED, 1), else_=0)
    rows = db.session.execute(
        select(
            LocalAuthority.country_id,
            func.count(func.distinct(Project.authority_id)),
            func.sum(live),
        )
        .join(LocalAuthority, LocalAuthority.id == Project.authority_id)
        .where(Project.authority_id.in_(pilot_authority_ids()))
        .group_by(LocalAuthority.country_id)
    )
    for country_id, authorities, alive in rows:
        portfolios[country_id] = int(authorities)
        projects[country_id] = int(alive or 0)
    return portfolios, projects


def _stages() -> dict[str, Figure]:
    stages = {stage.value: Figure(f"stage_{stage.value}", {}) for stage in ProjectStage}
    rows = db.session.execute(
        select(LocalAuthority.country_id, Project.stage, func.count(Project.id))
        .join(LocalAuthority, LocalAuthority.id == Project.authority_id)
        .where(Project.authority_id.in_(pilot_authority_ids()))
        .group_by(LocalAuthority.country_id, Project.stage)
    )
    for country_id, stage, n in rows:
        stages.setdefault(stage, Figure(f"stage_{stage}", {})).by_country[country_id] = n
    return stages


def _funding_gaps() -> list[FundingGap]:
    """Per currency and country: ready pilot projects, their gap, and those without a cost."""
    secured = secured_by_project().subquery()
    have = func.coalesce(secured.c.secured, 0)
    gap = case((Project.cost > have, Project.cost - have), else_=0)
    rows = db.session.execute(
        select(
            Project.currency,
            LocalAuthority.country_id,
            func.count(Project.id),
            func.sum(case((Project.cost.is_(None), 1), else_=0)),
            type_coerce(func.sum(case((Project.cost.is_not(None), gap), else_=0)), Numeric(18, 2)),
        )
        .join(LocalAuthority, LocalAuthority.id == Project.authority_id)
        .outerjoin(secured, secured.c.project_id == Project.id)
        .where(
            Project.stage == ProjectStage.READY,
            Project.authority_id.in_(pilot_authority_ids()),
        )
        .group_by(Project.currency, LocalAuthority.country_id)
    )
    gaps: dict[str, FundingGap] = {}
    for currency, country_id, n, uncosted, amount in rows:
        found = gaps.setdefault(currency, FundingGap(currency))
        found.projects[country_id] = n
        found.without_cost[country_id] = int(uncosted or 0)
        found.amount[country_id] = Decimal(amount or 0).quantize(Decimal("0.01"))
    return [gaps[c] for c in sorted(gaps)]


def _practices() -> dict[CountryId, int]:
    return _per_country(
        select(Practice.country_id, func.count(Practice.id))
        .where(Practice.id.in_(practice_originals()))
        .group_by(Practice.country_id)
    )


def _forum_posts() -> dict[CountryId, int]:
    posts = visible_posts().subquery()
    return _per_country(
        select(User.country_id, func.count(posts.c.id))
        .join(posts, posts.c.author_id == User.id)
        .group_by(User.country_id)
    )


def _attendance(now: datetime) -> dict[CountryId, int]:
    attended = attendances(now).subquery()
    return _per_country(
        select(User.country_id, func.count(func.distinct(User.id)))
        .join(attended, attended.c.user_id == User.id)
        .where(User.authority_id.is_not(None))
        .group_by(User.country_id)
    )


def board(now: datetime | None = None) -> Board:
    """Every figure of the dashboard, per country and in total, with the targets."""
    now = now or utcnow()
    authorities = _authorities_per_country()
    engaged = _authorities_per_country(engaged_authority_ids(now))
    not_engaged = {c: n - engaged.get(c, 0) for c, n in authorities.items()}
    prepared, preparing = _ledps()
    portfolios, projects = _pilot_portfolios()
    values = {
        "members": _members(),
        "authorities": authorities,
        "authorities_engaged": engaged,
        "authorities_not_engaged": not_engaged,
        "ledps_prepared": prepared,
        "ledps_preparation": preparing,
        "pilot_authorities": _authorities_per_country(pilot_authority_ids()),
        "pilot_portfolios": portfolios,
        "pilot_projects": projects,
        "practices_published": _practices(),
        "forum_posts": _forum_posts(),
        "event_attendance": _attendance(now),
    }
    figures = {
        key: Figure(key, by_country, PROGRAMME_TARGETS.get(key))
        for key, by_country in values.items()
    }
    countries = list(db.session.scalars(select(Country).order_by(Country.name_en)))
    return Board(countries, figures, _stages(), _funding_gaps(), now)


# -- over time -------------------------------------------------------------------------


def _month_index(column: ColumnElement, starts: list[datetime]) -> ColumnElement:
    # Bucketing by comparison with the month boundaries reads the same on SQLite and
    # PostgreSQL, whatever the database's time zone.
    whens = [(column >= start, i) for i, start in reversed(list(enumerate(starts)))]
    return case(*whens, else_=None)


def _count_per_month(inner: Select, starts: list[datetime], distinct: bool = False) -> list[int]:
    """inner selects (who, at) rows; counts rows (or distinct who) per month of at."""
    rows = inner.subquery()
    bucketed = (
        select(_month_index(rows.c.at, starts).label("month"), rows.c.who)
        .where(rows.c.at >= starts[0], rows.c.at < month_after(starts[-1]))
        .subquery()
    )
    counted = func.count(func.distinct(bucketed.c.who)) if distinct else func.count()
    found = dict(
        db.session.execute(select(bucketed.c.month, counted).group_by(bucketed.c.month)).all()
    )
    return [int(found.get(i, 0)) for i in range(len(starts))]


def _in_country(query: Select, country: Country | None) -> Select:
    return query if country is None else query.where(User.country_id == country.id)


def monthly(country: Country | None = None, now: datetime | None = None) -> Monthly:
    """New members, first publications, posts and people at events per month, lately."""
    now = now or utcnow()
    starts = month_starts(now)
    posts = visible_posts().subquery()
    attended = attendances(now).subquery()
    published = first_publications(country).subquery()
    new_members = select(User.id.label("who"), User.created_at.label("at")).where(
        User.status == UserStatus.ACTIVE, User.authority_id.is_not(None)
    )
    post_rows = select(posts.c.id.label("who"), posts.c.created_at.label("at")).join(
        User, User.id == posts.c.author_id
    )
    attendance_rows = (
        select(attended.c.user_id.label("who"), attended.c.at.label("at"))
        .join(User, User.id == attended.c.user_id)
        .where(User.authority_id.is_not(None))
    )
    series = {
        "members": _count_per_month(_in_country(new_members, country), starts),
        "practices_published": _count_per_month(
            select(published.c.group.label("who"), published.c.at.label("at")), starts
        ),
        "forum_posts": _count_per_month(_in_country(post_rows, country), starts),
        "event_attendance": _count_per_month(
            _in_country(attendance_rows, country), starts, distinct=True
        ),
    }
    return Monthly([s.date() for s in starts], series, country)


# -- CSV -------------------------------------------------------------------------------


def csv_rows(found: Board) -> list[tuple[str, str, str, str]]:
    """(indicator, country, value, target) for every figure: "total" rows carry the target."""
    codes = {c.id: c.code for c in found.countries}
    rows: list[tuple[str, str, str, str]] = []

    def add(key: str, by_country: dict, total: object, target: int | None = None) -> None:
        zero = Decimal("0.00") if isinstance(total, Decimal) else 0
        rows.append((key, "total", str(total), "" if target is None else str(target)))
        for country in found.countries:
            rows.append((key, country.code, str(by_country.get(country.id, zero)), ""))
        for country_id, value in by_country.items():
            if country_id not in codes and value:
                rows.append((key, "unknown", str(value), ""))

    for figure in found.figures.values():
        add(figure.key, figure.by_country, figure.total, figure.target)
    for stage, figure in found.stages.items():
        add(f"pilot_projects_stage_{stage}", figure.by_country, figure.total)
    for gap in found.gaps:
        currency = gap.currency.lower()
        add(f"ready_projects_{currency}", gap.projects, gap.total_projects)
        add(f"ready_projects_without_cost_{currency}", gap.without_cost, gap.total_without_cost)
        add(f"funding_gap_ready_{currency}", gap.amount, gap.total_amount)
    return rows


def monthly_csv_rows(found: Monthly) -> list[list[str]]:
    """The header, then one row per month."""
    header = ["month", *(MONTHLY_CSV_COLUMNS[k] for k in found.series)]
    return [header] + [
        [key, *(str(values[name]) for name in found.series)] for _, key, values in found.rows
    ]
