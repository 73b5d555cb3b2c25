"""Practices over the API: one published practice (or a draft its caller may see)."""

from typing import Any

from flask_login import current_user

from app.api.blueprint import bp
from app.api.serializers import iso, person
from app.core.security import external_url
from app.library import reading
from app.library.models import Practice


@bp.get("/practices/<int:practice_id>")
def practice(practice_id: int):
    """A practice with its facts, results, files and links; HTML is already sanitised."""
    found = reading.get_practice(current_user, practice_id)
    page = reading.practice_page(current_user, found)
    return serialize(found) | {
        "sdgs": page.sdgs,
        "translations": [{"id": p.id, "language": p.language} for p in page.translations],
        "related": [p.id for p in page.linked] + [hit.doc_id for hit in page.similar],
        "adapted_by": [
            {"authority_id": r.authority_id, "authority": r.authority.name_en, "note": r.note}
            for r in page.replications
        ],  # fmt: skip
        "versions": [
            {"number": v.number, "published_at": iso(v.created_at)} for v in page.versions
        ],  # fmt: skip
    }


def serialize(p: Practice) -> dict[str, Any]:
    return {
        "id": p.id, "url": external_url("library.practice", practice_id=p.id),
        "status": p.status, "kind": p.kind, "title": p.title, "summary": p.summary,
        "html": p.html, "lessons_html": p.lessons_html, "language": p.language,
        "country": p.country.code,
        "authority": {"id": p.authority.id, "name": p.authority.name_en} if p.authority else None,
        "authors": [person(a) for a in p.authors], "themes": [t.slug for t in p.themes],
        "stage": p.stage, "year_start": p.year_start, "year_end": p.year_end,
        "budget": None if p.budget_amount is None
        else {"amount": str(p.budget_amount), "currency": p.budget_currency},
        "funding_sources": p.funding_sources, "partners": p.partners,
        "results": [{"indicator": r.indicator, "baseline": r.baseline, "achieved": r.achieved}
                    for r in p.results],
        "contact": {"name": p.contact_name} if p.contact_name else None,
        "files": [{"name": f.filename, "content_type": f.content_type, "size": f.size,
                   "url": external_url("library.file", file_id=f.id, name=f.filename)}
                  for f in p.files if f.removed_at is None],
        "version": p.version, "published_at": iso(p.published_at),
        "first_published_at": iso(p.first_published_at), "updated_at": iso(p.updated_at),
    }  # fmt: skip
