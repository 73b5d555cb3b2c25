"""Local authorities and members in the search (until the accounts package registers them).

The documents are loaded here, and changes are noticed through SQLAlchemy's
after_flush event, so the accounts and network services need not know about search.
"""

from collections.abc import Iterable
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction, selectinload

from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.core.security import site_path
from app.extensions import db
from app.search.documents import LANGUAGES, MEMBERS, PUBLIC, Document, register_source
from app.search.models import OutboxAction
from app.search.outbox import enqueue_in

AUTHORITY, MEMBER = "authority", "member"
# The language local names are written in, per programme country.
COUNTRY_LANGUAGE = {"AM": "hy", "AZ": "az", "GE": "ka", "MD": "ro", "UA": "uk"}
AUTHORITY_FIELDS = ("name_en", "name_local", "region", "kind", "country_id", "country")
MEMBER_FIELDS = ("name", "position", "bio", "status", "locale", "authority_id", "authority",
                 "country_id", "country")  # fmt: skip
COUNTRY_FIELDS = ("name_en", "code")


def load_authorities(ids: list[int]) -> list[Document]:
    """Search documents for local authorities (public)."""
    places = db.session.scalars(
        select(LocalAuthority)
        .where(LocalAuthority.id.in_(ids))
        .options(selectinload(LocalAuthority.country))
    )
    return [_authority_document(place) for place in places]


def _authority_document(place: LocalAuthority) -> Document:
    return Document(
        doc_type=AUTHORITY,
        doc_id=place.id,
        title=_names(place),
        body=_joined(place.region, str(place.kind), place.country.name_en),
        url=site_path("network.authority", authority_id=place.id),
        language=COUNTRY_LANGUAGE.get(place.country.code, "en"),
        access=[PUBLIC],
        created_at=place.created_at,
        facets={"country": place.country.code},
    )


def authority_ids() -> Iterable[int]:
    """Every local authority (for rebuild and status)."""
    return db.session.scalars(select(LocalAuthority.id))


def load_members(ids: list[int]) -> list[Document]:
    """Search documents for active members (members only)."""
    people = db.session.scalars(
        select(User)
        .where(User.id.in_(ids), User.status == UserStatus.ACTIVE)
        .options(selectinload(User.authority), selectinload(User.country))
    )
    return [_member_document(person) for person in people]


def _member_document(person: User) -> Document:
    return Document(
        doc_type=MEMBER,
        doc_id=person.id,
        title=person.name,
        body=_joined(person.position, person.bio, person.authority and _names(person.authority)),
        url=site_path("accounts.profile", user_id=person.id),
        language=person.locale if person.locale in LANGUAGES else "en",
        access=[MEMBERS],
        created_at=person.created_at,
        facets={"country": person.country.code} if person.country else {},
    )


def member_ids() -> Iterable[int]:
    """Every active member (for rebuild and status)."""
    return db.session.scalars(select(User.id).where(User.status == UserStatus.ACTIVE))


def _joined(*parts: str | None) -> str:
    return " · ".join(part.strip() for part in parts if part and part.strip())


def _names(place: LocalAuthority) -> str:
    if not place.name_local or place.name_local == place.name_en:
        return place.name_en
    return f"{place.name_en} ({place.name_local})"


def _changed(obj: Any, names: Iterable[str]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in names)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    # Runs for every flush: cheap type checks first. new/dirty/deleted still show what
    # this flush wrote, and new rows have their ids by now.
    for obj in session.new:
        if isinstance(obj, LocalAuthority):
            enqueue_in(session, AUTHORITY, obj.id)
        elif isinstance(obj, User):
            enqueue_in(session, MEMBER, obj.id)
    for obj in session.dirty:
        if isinstance(obj, LocalAuthority) and _changed(obj, AUTHORITY_FIELDS):
            enqueue_in(session, AUTHORITY, obj.id)
            if _changed(obj, ("name_en", "name_local")):  # shown on its members
                _enqueue_all(session, MEMBER, select(User.id).where(User.authority_id == obj.id))
        elif isinstance(obj, User) and _changed(obj, MEMBER_FIELDS):
            enqueue_in(session, MEMBER, obj.id)
        elif isinstance(obj, Country) and _changed(obj, COUNTRY_FIELDS):
            _enqueue_all(
                session,
                AUTHORITY,
                select(LocalAuthority.id).where(LocalAuthority.country_id == obj.id),
            )
            _enqueue_all(session, MEMBER, select(User.id).where(User.country_id == obj.id))
    for obj in session.deleted:
        if isinstance(obj, LocalAuthority):
            enqueue_in(session, AUTHORITY, obj.id, OutboxAction.DELETE)
        elif isinstance(obj, User):
            enqueue_in(session, MEMBER, obj.id, OutboxAction.DELETE)


def _enqueue_all(session: Session, doc_type: str, ids_query: Any) -> None:
    for doc_id in session.scalars(ids_query):
        enqueue_in(session, doc_type, doc_id)


def init_app() -> None:
    """Register both sources and start noticing their changes (idempotent)."""
    register_source(AUTHORITY, load_authorities, authority_ids, _l("Local authorities"))
    register_source(MEMBER, load_members, member_ids, _l("People"))
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
