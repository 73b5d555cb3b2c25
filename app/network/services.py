"""Countries and local authorities: listing, lookup and administration."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.accounts.models import AuthorityKind, Country, LocalAuthority, User, UserStatus
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.network import models  # noqa: F401 - the tables, for migrations

# Five countries of the programme; admins may add more.
PROGRAMME_COUNTRIES = {"AM": "Armenia", "AZ": "Azerbaijan", "GE": "Georgia", "MD": "Moldova",
                       "UA": "Ukraine"}  # fmt: skip


def countries() -> list[Country]:
    return list(db.session.scalars(select(Country).order_by(Country.name_en)).all())


def country_by_code(code: str) -> Country:
    country = db.session.scalar(select(Country).where(Country.code == code.upper()[:2]))
    if country is None:
        raise NotFound()
    return country


def get_country(country_id: int | None) -> Country | None:
    return db.session.get(Country, country_id) if country_id else None


def get_authority(authority_id: int | None) -> LocalAuthority | None:
    return db.session.get(LocalAuthority, authority_id) if authority_id else None


def authority(authority_id: int) -> LocalAuthority:
    found = get_authority(authority_id)
    if found is None:
        raise NotFound()
    return found


def authorities(country: Country | None = None) -> list[LocalAuthority]:
    query = select(LocalAuthority).options(selectinload(LocalAuthority.country))
    if country is not None:
        query = query.where(LocalAuthority.country_id == country.id)
    return list(db.session.scalars(query.order_by(LocalAuthority.name_en)).all())


def member_counts() -> dict[int, int]:
    """Active members per authority id."""
    rows = db.session.execute(
        select(User.authority_id, func.count(User.id))
        .where(User.status == UserStatus.ACTIVE, User.authority_id.is_not(None))
        .group_by(User.authority_id)
    ).all()
    return dict(rows)


def create_country(actor: User, code: str, name_en: str) -> Country:
    """Add a country (admins)."""
    if not can(actor, "manage_countries"):
        raise PermissionDenied()
    code = code.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise Invalid(_l("Use the two-letter ISO country code, for example MD."), field="code")
    if db.session.scalar(select(Country).where(Country.code == code)) is not None:
        raise Invalid(_l("This country is already in the list."), field="code")
    country = Country(code=code, name_en=name_en.strip())
    db.session.add(country)
    db.session.flush()
    return country


def save_authority(
    actor: User,
    target: LocalAuthority | None,
    *,
    name_local: str,
    name_en: str,
    country: Country | None,
    region: str,
    kind: str,
    population: int | None,
    joined_year: int | None,
) -> LocalAuthority:
    """Create (target None) or update a local authority (admins)."""
    if not can(actor, "manage_authorities"):
        raise PermissionDenied()
    if country is None:
        raise Invalid(_l("Choose the country."), field="country")
    if kind not in AuthorityKind.__members__.values():
        raise Invalid(_l("Choose an option from the list."), field="kind")
    target = target or LocalAuthority()
    target.name_local, target.name_en = name_local.strip(), name_en.strip()
    target.country, target.region, target.kind = country, region.strip(), kind
    target.population, target.joined_year = population, joined_year
    db.session.add(target)
    db.session.flush()
    return target
