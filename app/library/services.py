"""Writing practices and moving them through review: draft, submitted, changes requested,
published, archived. Every published version is kept."""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import LocalAuthority, Role, User, UserStatus
from app.core.db import utcnow
from app.core.errors import Invalid, PermissionDenied
from app.core.i18n import LANGUAGES
from app.core.markup import plain_text, render_markdown
from app.core.permissions import can
from app.core.security import site_path
from app.extensions import db
from app.library import files as practice_files
from app.library.models import (
    Practice,
    PracticeKind,
    PracticeResult,
    PracticeVersion,
    ReviewStep,
    Stage,
    Status,
    Theme,
    practice_links,
    practice_sdgs,
)
from app.library.search import index_practice
from app.notifications.models import Delivery
from app.notifications.services import notify, register_kind

register_kind("library_review", _l("Practices waiting for your review"), Delivery.EMAIL)
register_kind("library_decision", _l("Review decisions on your practices"), Delivery.EMAIL)
register_kind("library_activity", _l("Questions and adaptations of your practices"))

TITLE_MAX, SUMMARY_MAX, BODY_MAX = 200, 1000, 60_000
CURRENCIES = ("EUR", "USD", "UAH", "MDL", "GEL", "AMD", "AZN")
MAX_RESULTS = 10
FIRST_YEAR, LAST_YEAR = 1990, 2100
EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED, Status.PUBLISHED)


@dataclass
class Result:
    indicator: str
    baseline: str = ""
    achieved: str = ""


@dataclass
class PracticeInput:
    """Everything a writer fills in; checked by the services, not by the form."""

    title: str
    summary: str
    body: str
    kind: str = PracticeKind.CASE_STUDY
    language: str = "en"
    country_id: int | None = None
    authority_id: int | None = None
    author_ids: list[int] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    stage: str = Stage.IMPLEMENTED
    year_start: int | None = None
    year_end: int | None = None
    budget_amount: str | Decimal | None = None
    budget_currency: str = ""
    funding_sources: str = ""
    partners: str = ""
    lessons: str = ""
    results: list[Result] = field(default_factory=list)
    contact_name: str = ""
    contact_email: str = ""
    related_ids: list[int] = field(default_factory=list)
    translation_of_id: int | None = None


def _check(data: PracticeInput) -> Decimal | None:
    """Refuse what cannot be stored, naming the field; returns the parsed budget."""
    if not data.title.strip():
        raise Invalid(_l("Give the practice a title."), field="title")
    if len(data.title) > TITLE_MAX:
        raise Invalid(_l("Enter at most %(max)d characters.", max=TITLE_MAX), field="title")
    if not data.summary.strip():
        raise Invalid(_l("Write a short summary."), field="summary")
    if len(data.summary) > SUMMARY_MAX:
        raise Invalid(_l("Enter at most %(max)d characters.", max=SUMMARY_MAX), field="summary")
    for name in ("body", "lessons"):
        if len(getattr(data, name)) > BODY_MAX:
            raise Invalid(_l("Enter at most %(max)d characters.", max=BODY_MAX), field=name)
    _check_choices(data)
    for name in ("year_start", "year_end"):
        year = getattr(data, name)
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise Invalid(
                _l("Enter a number from %(min)s to %(max)s.", min=FIRST_YEAR, max=LAST_YEAR),
                field=name,
            )
    if data.year_start and data.year_end and data.year_end < data.year_start:
        raise Invalid(_l("The end year cannot come before the start year."), field="year_end")
    if len(data.results) > MAX_RESULTS:
        raise Invalid(_l("Give at most %(n)d results.", n=MAX_RESULTS), field="results")
    return _budget(data)


def _check_choices(data: PracticeInput) -> None:
    offered = {
        "kind": data.kind in PracticeKind.__members__.values(),
        "stage": data.stage in Stage.__members__.values(),
        "language": data.language in LANGUAGES,
        "sdgs": all(sdg in range(1, 18) for sdg in data.sdgs),
    }
    for name, ok in offered.items():
        if not ok:
            raise Invalid(_l("Choose an option from the list."), field=name)


def _budget(data: PracticeInput) -> Decimal | None:
    raw = data.budget_amount
    if raw in (None, ""):
        return None
    try:
        amount = Decimal(str(raw).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except InvalidOperation:
        raise Invalid(_l("Enter the budget as a number."), field="budget_amount") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        raise Invalid(_l("Enter the budget as a number."), field="budget_amount")
    if data.budget_currency not in CURRENCIES:
        raise Invalid(_l("Choose the currency of the budget."), field="budget_currency")
    return amount.quantize(Decimal("0.01"))


def _apply(actor: User, practice: Practice, data: PracticeInput) -> None:
    budget = _check(data)
    authority = db.session.get(LocalAuthority, data.authority_id) if data.authority_id else None
    if data.authority_id and authority is None:
        raise Invalid(_l("Choose an option from the list."), field="authority_id")
    country_id = authority.country_id if authority else data.country_id
    if not country_id:
        raise Invalid(_l("Choose the country the practice comes from."), field="country_id")
    practice.title = data.title.strip()
    practice.summary = data.summary.strip()
    practice.body = data.body
    practice.html = render_markdown(data.body)
    practice.lessons = data.lessons
    practice.lessons_html = render_markdown(data.lessons)
    practice.kind, practice.stage, practice.language = data.kind, data.stage, data.language
    practice.country_id, practice.authority_id = country_id, authority.id if authority else None
    practice.year_start, practice.year_end = data.year_start, data.year_end
    practice.budget_amount = budget
    practice.budget_currency = data.budget_currency if budget is not None else ""
    practice.funding_sources = data.funding_sources.strip()
    practice.partners = data.partners.strip()
    practice.contact_name = data.contact_name.strip()
    practice.contact_email = data.contact_email.strip()
    practice.themes = _themes(data.theme_ids)
    practice.authors = _authors(data.author_ids)
    practice.results = [
        PracticeResult(position=i, indicator=r.indicator.strip()[:200],
                       baseline=r.baseline.strip()[:100], achieved=r.achieved.strip()[:100])
        for i, r in enumerate(r for r in data.results if r.indicator.strip())
    ]  # fmt: skip
    db.session.add(practice)
    db.session.flush()
    _set_sdgs(practice, data.sdgs)
    _set_translation(practice, data.translation_of_id)
    _set_related(practice, data.related_ids)


def _themes(ids: list[int]) -> list[Theme]:
    if not ids:
        return []
    themes = list(db.session.scalars(select(Theme).where(Theme.id.in_(set(ids)))))
    if len(themes) != len(set(ids)):
        raise Invalid(_l("Choose an option from the list."), field="theme_ids")
    return themes


def _authors(ids: list[int]) -> list[User]:
    """The named authors: active members, at least one."""
    people = list(
        db.session.scalars(
            select(User).where(User.id.in_(set(ids)), User.status == UserStatus.ACTIVE)
        )
    )
    if not people:
        raise Invalid(_l("Name at least one author."), field="author_ids")
    return people


def _set_sdgs(practice: Practice, sdgs: list[int]) -> None:
    db.session.execute(practice_sdgs.delete().where(practice_sdgs.c.practice_id == practice.id))
    if sdgs:
        db.session.execute(
            practice_sdgs.insert(), [{"practice_id": practice.id, "sdg": n} for n in set(sdgs)]
        )


def sdgs_of(practice_id: int) -> list[int]:
    return sorted(
        db.session.scalars(
            select(practice_sdgs.c.sdg).where(practice_sdgs.c.practice_id == practice_id)
        )
    )


def _set_translation(practice: Practice, original_id: int | None) -> None:
    if original_id is None or original_id == practice.id:
        return
    original = db.session.get(Practice, original_id)
    if original is None or original.deleted_at is not None:
        raise Invalid(_l("No practice has that number."), field="translation_of_id")
    link_translation(practice, original)


def link_translation(practice: Practice, original: Practice) -> None:
    """Mark practice as a translation of original (they share one group)."""
    if original.translation_group is None:
        original.translation_group = original.id
    practice.translation_group = original.translation_group


def _set_related(practice: Practice, ids: list[int]) -> None:
    table = practice_links
    db.session.execute(
        table.delete().where(
            (table.c.practice_id == practice.id) | (table.c.related_id == practice.id)
        )
    )
    add_related(practice, ids)


def add_related(practice: Practice, ids: list[int]) -> None:
    """Link practice to other practices (each link stored once, the smaller id first)."""
    wanted = set(ids) - {practice.id}
    if not wanted:
        return
    found = set(db.session.scalars(select(Practice.id).where(Practice.id.in_(wanted))))
    if found != wanted:
        raise Invalid(_l("No practice has that number."), field="related_ids")
    pairs = {(min(practice.id, i), max(practice.id, i)) for i in found}
    table = practice_links
    pairs -= set(
        db.session.execute(
            select(table.c.practice_id, table.c.related_id).where(
                (table.c.practice_id == practice.id) | (table.c.related_id == practice.id)
            )
        ).all()
    )
    if pairs:
        db.session.execute(table.insert(), [{"practice_id": a, "related_id": b} for a, b in pairs])


def create_practice(actor: User, data: PracticeInput, files: list | None = None) -> Practice:
    """A new draft, written by actor (its first author)."""
    if not can(actor, "write_practice"):
        raise PermissionDenied(_l("You cannot add practices."))
    practice = Practice(created_by_id=actor.id, status=Status.DRAFT, title="")
    data.author_ids = [*data.author_ids, actor.id]
    _apply(actor, practice, data)
    practice_files.attach(actor, practice, files or [])
    return practice


def update_practice(
    actor: User, practice: Practice, data: PracticeInput, files: list | None = None
) -> Practice:
    """Change a practice. A published one becomes its next published version at once."""
    if not can(actor, "edit_practice", practice):
        raise PermissionDenied(_l("You cannot change this practice."))
    _apply(actor, practice, data)
    practice_files.attach(actor, practice, files or [])
    if practice.status == Status.PUBLISHED:
        _record_version(actor, practice)
        index_practice(practice.id)
    return practice


def _record_version(actor: User, practice: Practice) -> PracticeVersion:
    now = utcnow()
    practice.version += 1
    practice.published_at = now
    practice.first_published_at = practice.first_published_at or now
    version = PracticeVersion(
        practice_id=practice.id, number=practice.version, snapshot=snapshot(practice),
        published_by_id=actor.id, created_at=now,
    )  # fmt: skip
    db.session.add(version)
    return version


def snapshot(practice: Practice) -> dict:
    """What a published version says, as shown on its history page."""
    return {
        "title": practice.title, "summary": practice.summary, "html": practice.html,
        "lessons_html": practice.lessons_html, "kind": practice.kind, "stage": practice.stage,
        "language": practice.language, "year_start": practice.year_start,
        "year_end": practice.year_end,
        "budget": str(practice.budget_amount) if practice.budget_amount is not None else None,
        "currency": practice.budget_currency, "funding_sources": practice.funding_sources,
        "partners": practice.partners,
        "results": [[r.indicator, r.baseline, r.achieved] for r in practice.results],
        "authors": [a.name for a in practice.authors],
    }  # fmt: skip


def _step(actor: User, practice: Practice, status: str, comment: str = "") -> None:
    practice.status = status
    db.session.add(
        ReviewStep(practice_id=practice.id, actor_id=actor.id, status=status, comment=comment)
    )


def submit(actor: User, practice: Practice) -> None:
    """Send a draft (or a changed one) to the reviewers."""
    if not can(actor, "submit_practice", practice):
        raise PermissionDenied(_l("This practice cannot be sent for review now."))
    practice.submitted_at = utcnow()
    _step(actor, practice, Status.SUBMITTED)
    for reviewer in reviewers_for(practice):
        if reviewer.id != actor.id:
            notify(
                reviewer, "library_review", _l("A practice waits for review: %(title)s",
                                                title=practice.title),
                link=practice_path(practice.id), body=practice.summary[:300],
                group_key=f"library-review:{practice.id}",
            )  # fmt: skip


def withdraw(actor: User, practice: Practice) -> None:
    """Take a submitted practice back to draft."""
    if practice.status != Status.SUBMITTED or not can(actor, "edit_practice", practice):
        raise PermissionDenied(_l("This practice cannot be taken back now."))
    _step(actor, practice, Status.DRAFT)


def request_changes(actor: User, practice: Practice, comment: str) -> None:
    """Send a submitted practice back to its authors with what to change."""
    _ensure_review(actor, practice, (Status.SUBMITTED,))
    if not comment.strip():
        raise Invalid(_l("Say what should change."), field="comment")
    practice.review_comment = comment.strip()
    _step(actor, practice, Status.CHANGES_REQUESTED, comment.strip())
    _tell_authors(actor, practice, _l("Changes requested: %(title)s", title=practice.title),
                  comment.strip())  # fmt: skip


def publish(actor: User, practice: Practice, comment: str = "") -> None:
    """Publish a submitted practice (or put an archived one back) as its next version."""
    _ensure_review(actor, practice, (Status.SUBMITTED, Status.ARCHIVED))
    practice.review_comment = ""
    _step(actor, practice, Status.PUBLISHED, comment.strip())
    _record_version(actor, practice)
    index_practice(practice.id)
    _tell_authors(actor, practice, _l("Published: %(title)s", title=practice.title),
                  comment.strip())  # fmt: skip


def archive(actor: User, practice: Practice, comment: str = "") -> None:
    """Take a published practice out of the library; its page and history stay."""
    _ensure_review(actor, practice, (Status.PUBLISHED,))
    _step(actor, practice, Status.ARCHIVED, comment.strip())
    index_practice(practice.id)
    _tell_authors(actor, practice, _l("Archived: %(title)s", title=practice.title),
                  comment.strip())  # fmt: skip


def delete_practice(actor: User, practice: Practice) -> None:
    """Hide a practice (soft): authors for drafts, reviewers for any."""
    if not can(actor, "delete_practice", practice):
        raise PermissionDenied(_l("You cannot delete this practice."))
    practice.deleted_at, practice.deleted_by_id = utcnow(), actor.id
    index_practice(practice.id)


def _ensure_review(actor: User, practice: Practice, states: tuple[str, ...]) -> None:
    if not can(actor, "review_practice", practice):
        raise PermissionDenied(_l("Only facilitators and moderators review practices."))
    if practice.status not in states:
        raise Invalid(_l("This practice is not in a state for that."))


def _tell_authors(actor: User, practice: Practice, subject, comment: str) -> None:
    for author in practice.authors:
        if author.id != actor.id:
            notify(author, "library_decision", subject, link=practice_path(practice.id),
                   body=plain_text(comment, 300))  # fmt: skip


def reviewers_for(practice: Practice) -> list[User]:
    """Facilitators of the practice's country and moderators; else every facilitator."""
    staff = list(
        db.session.scalars(
            select(User).where(
                User.status == UserStatus.ACTIVE,
                User.role.in_((Role.FACILITATOR, Role.MODERATOR)),
            )
        )
    )
    local = [u for u in staff if u.role == Role.MODERATOR or u.country_id == practice.country_id]
    return local if any(u.role == Role.FACILITATOR for u in local) else staff


def practice_path(practice_id: int) -> str:
    return site_path("library.practice", practice_id=practice_id)


_NUMBER = re.compile(r"(\d{1,10})")


def practice_ids_in(text: str) -> list[int]:
    """Practice numbers in what a writer typed: "12, 15" or links such as /library/p/12."""
    ids = []
    for part in re.split(r"[\s,;]+", text or ""):
        match = _NUMBER.search(part.rstrip("/").rsplit("/", 1)[-1])
        if part and not match:
            raise Invalid(_l("Give practice numbers or links, separated by commas."))
        if match and int(match.group(1)) < 2**31:
            ids.append(int(match.group(1)))
    return ids
