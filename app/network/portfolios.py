"""Project portfolios: projects, their funding, coherence with the LEDP, and the public
showcase of projects ready for activation with investors' enquiries."""

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.datastructures import FileStorage

from app.accounts.models import LocalAuthority, User, UserStatus
from app.core import uploads
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.forms import optional_int
from app.core.markup import render_markdown
from app.core.permissions import can
from app.core.security import external_url, site_path
from app.extensions import db
from app.library.models import Theme
from app.network.ledps import AREA, ledp_of, number
from app.network.models import (
    Enquiry,
    Funding,
    FundingSource,
    Priority,
    Project,
    ProjectDocument,
    ProjectStage,
)
from app.notifications.models import Delivery
from app.notifications.services import notify, register_kind

register_kind("portfolio_enquiry", _l("Investors' enquiries about your projects"), Delivery.EMAIL)

CURRENCIES = ("EUR", "USD", "UAH", "MDL", "GEL", "AMD", "AZN")
DOCUMENTS = {"pdf", "docx", "xlsx", "png", "jpeg"}
# Cost bands of the showcase, in the project's currency as given (upper bound excluded).
COST_BANDS = {"small": (0, 100_000), "medium": (100_000, 1_000_000), "large": (1_000_000, None)}


@dataclass
class ProjectInput:
    title: str
    description: str = ""
    theme_ids: list[int] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    priority_id: int | None = None
    stage: str = ProjectStage.IDEA
    cost: str | Decimal | None = None
    currency: str = "EUR"
    funding: dict[str, str] = field(default_factory=dict)  # source -> amount
    partners: str = ""
    contact_name: str = ""
    contact_email: str = ""
    location: str = ""
    start_year: int | None = None
    end_year: int | None = None


def _check(place: LocalAuthority, data: ProjectInput) -> tuple[Decimal | None, dict]:
    if not data.title.strip() or len(data.title) > 200:
        raise Invalid(_l("Give the project a title of at most %(max)d characters.", max=200),
                      field="title")  # fmt: skip
    if data.stage not in ProjectStage.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="stage")
    if data.currency not in CURRENCIES:
        raise Invalid(_l("Choose the currency from the list."), field="currency")
    if any(sdg not in range(1, 18) for sdg in data.sdgs):
        raise Invalid(_l("Choose an option from the list."), field="sdgs")
    if data.start_year and data.end_year and data.end_year < data.start_year:
        raise Invalid(_l("The end year cannot come before the start year."), field="end_year")
    cost = None if data.cost in (None, "") else number(data.cost, "cost")
    if cost is not None and cost <= 0:
        raise Invalid(_l("The cost must be more than zero."), field="cost")
    funding = _funding(data, cost)
    if data.priority_id is not None:
        _priority_of(place, data.priority_id)
    if data.contact_email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", data.contact_email):
        raise Invalid(_l("Enter a valid email address."), field="contact_email")
    return cost, funding


def _funding(data: ProjectInput, cost: Decimal | None) -> dict[str, Decimal]:
    funding = {}
    for source, raw in data.funding.items():
        if source not in FundingSource.__members__.values():
            raise Invalid(_l("Choose an option from the list."), field="funding")
        amount = None if raw in (None, "") else number(raw, f"funding_{source}")
        if amount is not None and amount < 0:
            raise Invalid(_l("An amount cannot be negative."), field=f"funding_{source}")
        if amount:
            funding[source] = amount
    if cost is not None and sum(funding.values(), Decimal(0)) > cost:
        raise Invalid(_l("The funding secured cannot be more than the cost."),
                      field="funding_municipal")  # fmt: skip
    return funding


def _priority_of(place: LocalAuthority, priority_id: int) -> Priority:
    """A priority of this authority's own LEDP (never another authority's)."""
    ledp = ledp_of(place)
    priority = db.session.get(Priority, priority_id)
    if priority is None or ledp is None or priority.ledp_id != ledp.id:
        raise Invalid(_l("Choose one of your own LEDP's priorities."), field="priority_id")
    return priority


def save_project(
    actor: User, place: LocalAuthority, project: Project | None, data: ProjectInput,
    files: list[FileStorage] | None = None,
) -> Project:  # fmt: skip
    """Add a project to the authority's portfolio, or change one."""
    if not can(actor, "edit_plans", place):
        raise PermissionDenied(_l("Only the authority's members and facilitators edit its plans."))
    if project is not None and project.authority_id != place.id:
        raise NotFound()
    cost, funding = _check(place, data)
    project = project or Project(authority_id=place.id, created_by_id=actor.id)
    project.title, project.stage = data.title.strip(), data.stage
    project.description, project.html = data.description, render_markdown(data.description)
    project.sdgs = sorted(set(data.sdgs))
    project.priority_id = data.priority_id
    project.cost, project.currency = cost, data.currency
    project.funding = [Funding(source=s, amount=a) for s, a in funding.items()]
    project.partners, project.location = data.partners.strip(), data.location.strip()[:200]
    project.contact_name = data.contact_name.strip()[:120]
    project.contact_email = data.contact_email.strip()[:254]
    project.start_year, project.end_year = data.start_year, data.end_year
    project.themes = list(db.session.scalars(select(Theme).where(Theme.id.in_(data.theme_ids))))
    db.session.add(project)
    db.session.flush()
    _attach(project, files or [])
    return project


def _attach(project: Project, files: list[FileStorage]) -> None:
    stored = []
    try:
        for upload in (f for f in files if f and f.filename):
            stored.append(uploads.store(upload, DOCUMENTS, AREA))
    except Invalid:
        for done in stored:
            uploads.remove(AREA, done.stored_name)
        raise
    for done in stored:
        project.documents.append(ProjectDocument(
            filename=done.filename[:200], stored_name=done.stored_name,
            content_type=done.content_type, size=done.size,
        ))  # fmt: skip


def delete_project(actor: User, project: Project) -> None:
    if not can(actor, "edit_plans", project.authority):
        raise PermissionDenied(_l("Only the authority's members and facilitators edit its plans."))
    db.session.delete(project)


def portfolio(place: LocalAuthority) -> list[Project]:
    return list(
        db.session.scalars(
            select(Project)
            .where(Project.authority_id == place.id)
            .options(selectinload(Project.themes), selectinload(Project.funding))
            .order_by(Project.stage, Project.title)
        )
    )


@dataclass
class Coherence:
    """How a portfolio serves its LEDP: priorities with and without projects, untied projects,
    and the balance of themes."""

    covered: list[tuple[Priority, int]]  # priority, number of projects
    uncovered: list[Priority]
    untied: list[Project]
    tied_share: float | None
    themes: list[tuple[Theme, int]]


def coherence(place: LocalAuthority, projects: list[Project]) -> Coherence:
    active = [p for p in projects if p.stage != ProjectStage.DROPPED]
    ledp = ledp_of(place)
    priorities = ledp.priorities if ledp else []
    counts = Counter(p.priority_id for p in active if p.priority_id)
    themes = Counter(theme.id for p in active for theme in p.themes)
    by_id = {t.id: t for p in active for t in p.themes}
    return Coherence(
        covered=[(p, counts[p.id]) for p in priorities if counts[p.id]],
        uncovered=[p for p in priorities if not counts[p.id]],
        untied=[p for p in active if p.priority_id is None],
        tied_share=(sum(counts.values()) / len(active)) if active else None,
        themes=sorted(((by_id[i], n) for i, n in themes.items()), key=lambda x: -x[1]),
    )


@dataclass
class ShowcaseFilters:
    country_id: int | None = None
    theme: str | None = None
    sdg: int | None = None
    band: str | None = None


def showcase_filters(args: Any) -> ShowcaseFilters:
    """The showcase's filters from an address's query (?country=3&theme=energy&band=small)."""
    band = args.get("band")
    return ShowcaseFilters(
        country_id=optional_int(args.get("country")), theme=(args.get("theme") or None),
        sdg=optional_int(args.get("sdg")), band=band if band in COST_BANDS else None,
    )  # fmt: skip


def showcase_row(project: Project) -> dict:
    """A showcase project as plain values (CSV and JSON)."""
    return {
        "id": project.id, "title": project.title,
        "authority": project.authority.name_en, "country": project.authority.country.code,
        "location": project.location, "themes": [t.slug for t in project.themes],
        "sdgs": project.sdgs or [], "currency": project.currency,
        "cost": None if project.cost is None else str(project.cost),
        "secured": str(project.secured),
        "gap": None if project.gap is None else str(project.gap),
        "url": external_url("network.showcase_project", project_id=project.id),
    }  # fmt: skip


def showcase(filters: ShowcaseFilters) -> list[Project]:
    """Projects ready for activation across the network, for investors (public)."""
    query = (
        select(Project)
        .join(LocalAuthority, LocalAuthority.id == Project.authority_id)
        .where(Project.stage == ProjectStage.READY)
        .options(selectinload(Project.authority).selectinload(LocalAuthority.country),
                 selectinload(Project.themes), selectinload(Project.funding))
        .order_by(Project.updated_at.desc())
        .limit(500)
    )  # fmt: skip
    if filters.country_id:
        query = query.where(LocalAuthority.country_id == filters.country_id)
    if filters.band in COST_BANDS:
        low, high = COST_BANDS[filters.band]
        query = query.where(Project.cost >= low)
        if high is not None:
            query = query.where(Project.cost < high)
    projects = list(db.session.scalars(query))
    if filters.theme:
        projects = [p for p in projects if filters.theme in {t.slug for t in p.themes}]
    if filters.sdg:
        projects = [p for p in projects if filters.sdg in (p.sdgs or [])]
    return projects


def ready_project(project_id: int) -> Project:
    project = db.session.get(Project, project_id)
    if project is None or project.stage != ProjectStage.READY:
        raise NotFound()
    return project


def send_enquiry(project: Project, name: str, email: str, organisation: str, message: str):
    """An investor's message: stored, and sent to the authority's contacts (in-app and email)."""
    if not name.strip() or not message.strip():
        raise Invalid(_l("Give your name and your message."), field="message")
    if not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email.strip()):
        raise Invalid(_l("Enter a valid email address."), field="email")
    enquiry = Enquiry(
        project_id=project.id, name=name.strip()[:120], email=email.strip()[:254],
        organisation=organisation.strip()[:200], message=message.strip()[:5000],
    )  # fmt: skip
    db.session.add(enquiry)
    body = f"{enquiry.name} <{enquiry.email}> {enquiry.organisation}\n\n{enquiry.message}"
    for person in contacts_of(project):
        notify(person, "portfolio_enquiry",
               _l("An investor asks about “%(title)s”", title=project.title),
               link=site_path("network.project", project_id=project.id), body=body)  # fmt: skip
    return enquiry


def contacts_of(project: Project) -> list[User]:
    """Who receives enquiries: the member named as contact, else every member of the authority."""
    members = list(
        db.session.scalars(
            select(User).where(User.authority_id == project.authority_id,
                               User.status == UserStatus.ACTIVE)
        )
    )  # fmt: skip
    named = [m for m in members if project.contact_email and m.email == project.contact_email]
    return named or members


def document_path(item: ProjectDocument):
    return uploads.path_of(AREA, item.stored_name)
