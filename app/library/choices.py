"""What the practice form offers to choose from, and a practice as the form's values."""

from types import SimpleNamespace

from flask_babel import get_locale
from sqlalchemy import or_, select

from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.core.i18n import country_name
from app.extensions import db
from app.library.forms import PracticeForm
from app.library.models import Practice, Theme
from app.library.reading import linked_ids
from app.library.services import sdgs_of

MAX_PEOPLE = 500


def fill(form: PracticeForm, user: User, practice: Practice | None = None) -> None:
    """Countries, authorities, possible authors and themes, in the reader's language."""
    locale = str(get_locale() or "en")
    countries = db.session.scalars(select(Country).order_by(Country.name_en)).all()
    form.country_id.set_choices([(c.id, country_name(c.code, c.name_en)) for c in countries])
    names = {c.id: country_name(c.code, c.name_en) for c in countries}
    places = db.session.scalars(
        select(LocalAuthority).order_by(LocalAuthority.country_id, LocalAuthority.name_en)
    )
    form.authority_id.set_choices(
        [("", "—")] + [(p.id, f"{p.name_en} ({names.get(p.country_id, '')})") for p in places]
    )
    form.theme_ids.set_choices(
        [(t.id, t.name(locale)) for t in db.session.scalars(select(Theme).order_by(Theme.position))]
    )
    form.author_ids.set_choices([(p.id, p.name) for p in _people(user, practice)])


def _people(user: User, practice: Practice | None) -> list[User]:
    """Members of the writer's country (and the practice's), plus its present authors."""
    countries = {user.country_id, practice.country_id if practice else None} - {None}
    current = [a.id for a in practice.authors] if practice else []
    return list(
        db.session.scalars(
            select(User)
            .where(
                User.status == UserStatus.ACTIVE,
                or_(User.country_id.in_(countries), User.id.in_([user.id, *current])),
            )
            .order_by(User.name)
            .limit(MAX_PEOPLE)
        )
    )


def defaults_for(form: PracticeForm, user: User) -> None:
    """A new practice starts from the writer's country, authority and language."""
    form.country_id.data = user.country_id
    form.authority_id.data = user.authority_id
    form.language.data = user.locale
    form.author_ids.data = [user.id]


def as_form_data(practice: Practice) -> SimpleNamespace:
    """The practice's values, shaped as the form's fields."""
    related = linked_ids(practice.id)
    original = practice.translation_group if practice.translation_group != practice.id else None
    return SimpleNamespace(
        title=practice.title, kind=practice.kind, language=practice.language,
        summary=practice.summary, body=practice.body, country_id=practice.country_id,
        authority_id=practice.authority_id, author_ids=[a.id for a in practice.authors],
        theme_ids=[t.id for t in practice.themes], sdgs=sdgs_of(practice.id),
        stage=practice.stage, year_start=practice.year_start, year_end=practice.year_end,
        budget_amount="" if practice.budget_amount is None else f"{practice.budget_amount:f}",
        budget_currency=practice.budget_currency, funding_sources=practice.funding_sources,
        partners=practice.partners, results=practice.results, lessons=practice.lessons,
        contact_name=practice.contact_name, contact_email=practice.contact_email,
        related=", ".join(str(i) for i in sorted(related)),
        translation_of=str(original) if original else "",
    )  # fmt: skip
