"""Published practices in the site search, with the facets the library page filters on."""

from collections.abc import Iterable

import nh3
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.security import site_path
from app.extensions import db
from app.library.models import Practice, Status, practice_sdgs
from app.search import PUBLIC, Document, enqueue, register_source

PRACTICE = "practice"
FACETS = ("country", "theme", "sdg", "kind", "stage", "language", "year")


def _text(html: str) -> str:
    return nh3.clean(html, tags=set())


def _published():
    return select(Practice).where(Practice.status == Status.PUBLISHED,
                                  Practice.deleted_at.is_(None))  # fmt: skip


def load_practices(ids: list[int]) -> list[Document]:
    """Published practices: title, then summary, body, lessons and results as text."""
    practices = db.session.scalars(
        _published()
        .where(Practice.id.in_(ids))
        .options(
            selectinload(Practice.country), selectinload(Practice.themes),
            selectinload(Practice.results), selectinload(Practice.authority),
        )
    ).all()  # fmt: skip
    sdgs: dict[int, list[str]] = {}
    for practice_id, sdg in db.session.execute(
        select(practice_sdgs.c.practice_id, practice_sdgs.c.sdg).where(
            practice_sdgs.c.practice_id.in_([p.id for p in practices])
        )
    ):
        sdgs.setdefault(practice_id, []).append(str(sdg))
    return [_document(practice, sdgs.get(practice.id, [])) for practice in practices]


def _document(practice: Practice, sdgs: list[str]) -> Document:
    results = " ".join(f"{r.indicator} {r.baseline} {r.achieved}" for r in practice.results)
    place = practice.authority
    body = "\n".join(
        part for part in (
            practice.summary, _text(practice.html), _text(practice.lessons_html), results,
            practice.partners, place.name_en if place else "", place.name_local if place else "",
        ) if part
    )  # fmt: skip
    facets = {
        "country": practice.country.code,
        "theme": [theme.slug for theme in practice.themes],
        "sdg": sdgs,
        "kind": practice.kind,
        "stage": practice.stage,
        "language": practice.language,
        "year": [str(year) for year in practice.years],
    }
    if practice.authority_id:
        facets["authority"] = str(practice.authority_id)
    return Document(
        doc_type=PRACTICE, doc_id=practice.id, title=practice.title, body=body,
        url=site_path("library.practice", practice_id=practice.id),
        language=practice.language, access=[PUBLIC],
        created_at=practice.published_at or practice.created_at,
        facets={name: value for name, value in facets.items() if value},
    )  # fmt: skip


def practice_ids() -> Iterable[int]:
    return db.session.scalars(_published().with_only_columns(Practice.id))


def index_practice(practice_id: int) -> None:
    """Bring a practice up to date in search (the loader leaves out what is not published)."""
    enqueue(PRACTICE, practice_id)


def register() -> None:
    register_source(PRACTICE, load_practices, practice_ids, _l("Practices"))
