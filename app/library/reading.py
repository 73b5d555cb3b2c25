"""Reading the library: one practice with everything around it, and members' own lists."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.core.errors import NotFound
from app.core.permissions import can
from app.extensions import db
from app.forums.models import Topic
from app.library import activity
from app.library.models import (
    Bookmark,
    Practice,
    PracticeVersion,
    Replication,
    ReviewStep,
    Status,
    Theme,
    practice_authors,
    practice_links,
)
from app.library.search import PRACTICE
from app.library.services import sdgs_of
from app.search import SearchHit, related

LIST_LIMIT = 200


def get_practice(user: Any, practice_id: int) -> Practice:
    """A practice user may open; NotFound (404) otherwise, so drafts stay secret."""
    practice = db.session.get(Practice, practice_id)
    if practice is None or not can(user, "view_practice", practice):
        raise NotFound()
    return practice


def themes() -> list[Theme]:
    return list(db.session.scalars(select(Theme).order_by(Theme.position)))


@dataclass
class PracticePage:
    practice: Practice
    sdgs: list[int]
    translations: list[Practice]
    linked: list[Practice]  # related practices the authors named
    similar: list[SearchHit]  # more like this, from the search index
    replications: list[Replication]
    questions: list[Topic]
    versions: list[PracticeVersion]
    steps: list[ReviewStep]  # the review history, for authors and reviewers
    bookmarked: bool


def practice_page(user: Any, practice: Practice) -> PracticePage:
    """Everything the practice page shows, for this viewer."""
    signed_in = getattr(user, "is_authenticated", False)
    sees_review = signed_in and (can(user, "edit_practice", practice)
                                 or can(user, "review_practices"))  # fmt: skip
    linked = _visible(user, linked_ids(practice.id))
    translations = _translations(user, practice)
    shown = {p.id for p in linked} | {p.id for p in translations}
    similar = [hit for hit in related(PRACTICE, practice.id, user, limit=8)
               if hit.doc_id not in shown][:4]  # fmt: skip
    return PracticePage(
        practice=practice,
        sdgs=sdgs_of(practice.id),
        translations=translations,
        linked=linked,
        similar=similar if practice.is_published else [],
        replications=activity.replications(practice),
        questions=activity.questions(user, practice) if signed_in else [],
        versions=versions(practice),
        steps=_steps(practice) if sees_review else [],
        bookmarked=signed_in and activity.is_bookmarked(user, practice),
    )


def linked_ids(practice_id: int) -> list[int]:
    table = practice_links
    rows = db.session.execute(
        select(table.c.practice_id, table.c.related_id).where(
            or_(table.c.practice_id == practice_id, table.c.related_id == practice_id)
        )
    )
    return [a if b == practice_id else b for a, b in rows]


def _visible(user: Any, ids: list[int]) -> list[Practice]:
    if not ids:
        return []
    found = db.session.scalars(
        select(Practice).where(Practice.id.in_(ids)).order_by(Practice.title)
    )
    return [p for p in found if p.is_published or (p.id and can(user, "view_practice", p))]


def _translations(user: Any, practice: Practice) -> list[Practice]:
    if practice.translation_group is None:
        return []
    found = db.session.scalars(
        select(Practice).where(
            Practice.translation_group == practice.translation_group,
            Practice.id != practice.id,
        )
    )
    return [p for p in found if can(user, "view_practice", p)]


def versions(practice: Practice) -> list[PracticeVersion]:
    return list(
        db.session.scalars(
            select(PracticeVersion)
            .where(PracticeVersion.practice_id == practice.id)
            .order_by(PracticeVersion.number.desc())
        )
    )


def version(practice: Practice, number: int) -> PracticeVersion:
    found = db.session.scalar(
        select(PracticeVersion).where(
            PracticeVersion.practice_id == practice.id, PracticeVersion.number == number
        )
    )
    if found is None:
        raise NotFound()
    return found


def _steps(practice: Practice) -> list[ReviewStep]:
    return list(
        db.session.scalars(
            select(ReviewStep)
            .where(ReviewStep.practice_id == practice.id)
            .options(selectinload(ReviewStep.actor))
            .order_by(ReviewStep.created_at.desc(), ReviewStep.id.desc())
        )
    )


def _listed():
    return select(Practice).options(
        selectinload(Practice.country), selectinload(Practice.authority)
    )


def bookmarked_by(user: User) -> list[Practice]:
    """ "My library": what user keeps, newest kept first (hidden ones left out)."""
    return list(
        db.session.scalars(
            _listed()
            .join(Bookmark, Bookmark.practice_id == Practice.id)
            .where(Bookmark.user_id == user.id, Practice.deleted_at.is_(None))
            .order_by(Bookmark.created_at.desc())
            .limit(LIST_LIMIT)
        )
    )


def written_by(user: User) -> list[Practice]:
    """The practices user is an author of, in every state, last changed first."""
    return list(
        db.session.scalars(
            _listed()
            .join(practice_authors, practice_authors.c.practice_id == Practice.id)
            .where(practice_authors.c.user_id == user.id, Practice.deleted_at.is_(None))
            .order_by(Practice.updated_at.desc())
            .limit(LIST_LIMIT)
        )
    )


def review_queue() -> list[Practice]:
    """Submitted practices, oldest first: the reviewers' work."""
    return list(
        db.session.scalars(
            _listed()
            .where(Practice.status == Status.SUBMITTED, Practice.deleted_at.is_(None))
            .order_by(Practice.submitted_at)
            .limit(LIST_LIMIT)
        )
    )


def waiting_for_authors() -> list[Practice]:
    """Practices sent back with changes requested (reviewers follow them up)."""
    return list(
        db.session.scalars(
            _listed()
            .where(Practice.status == Status.CHANGES_REQUESTED, Practice.deleted_at.is_(None))
            .order_by(Practice.updated_at.desc())
            .limit(LIST_LIMIT)
        )
    )


def latest_published(limit: int) -> list[Practice]:
    """The practices published last (for the home page)."""
    return list(
        db.session.scalars(
            _listed()
            .where(Practice.status == Status.PUBLISHED, Practice.deleted_at.is_(None))
            .order_by(Practice.published_at.desc())
            .limit(limit)
        )
    )


def published_from(authority_id: int) -> list[Practice]:
    """An authority's published practices, newest first (for its page)."""
    return list(
        db.session.scalars(
            _listed()
            .where(
                Practice.authority_id == authority_id,
                Practice.status == Status.PUBLISHED,
                Practice.deleted_at.is_(None),
            )
            .order_by(Practice.published_at.desc())
            .limit(LIST_LIMIT)
        )
    )


def practices_by_ids(ids: list[int]) -> dict[int, Practice]:
    """Search hits' practices with their country and authority, for the library's cards."""
    if not ids:
        return {}
    rows = db.session.scalars(
        _listed().options(selectinload(Practice.cover)).where(Practice.id.in_(ids))
    )
    return {practice.id: practice for practice in rows}
