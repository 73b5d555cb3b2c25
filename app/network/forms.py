"""Forms for countries and local authorities."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import Optional

from app.accounts.models import AUTHORITY_KIND_LABELS
from app.core.forms import (
    BaseForm,
    Select,
    WholeNumber,
    length,
    number_range,
    optional_int,
    required,
)
from app.core.i18n import country_name
from app.network import services


class CountryForm(BaseForm):
    code = StringField(
        _l("Country code"),
        validators=[required(), length(max=2, min=2)],
        description=_l("Two letters (ISO 3166), for example MD."),
    )
    name_en = StringField(_l("Name in English"), validators=[required(), length(max=100)])


class AuthorityForm(BaseForm):
    name_local = StringField(
        _l("Name in the local language"), validators=[required(), length(max=200)]
    )
    name_en = StringField(_l("Name in English"), validators=[required(), length(max=200)])
    country = Select(_l("Country"), coerce=optional_int, validators=[required()])
    region = StringField(_l("Region"), validators=[length(max=200)])
    kind = Select(
        _l("Kind"),
        choices=[(str(k), label) for k, label in AUTHORITY_KIND_LABELS.items()],
        validators=[required()],
    )
    population = WholeNumber(_l("Population"), validators=[Optional(), number_range(0, 50_000_000)])
    joined_year = WholeNumber(
        _l("Year it joined M4EG"), validators=[Optional(), number_range(2000, 2100)]
    )


def country_choices(empty: str) -> list[tuple]:
    """Countries for a select, by name in the interface language."""
    pairs = [(c.id, country_name(c.code, c.name_en)) for c in services.countries()]
    return [("", empty), *sorted(pairs, key=lambda pair: pair[1])]


def authority_choices(empty: str) -> list[tuple]:
    """Local authorities for a select, with their country."""
    return [("", empty)] + [
        (a.id, f"{a.name_en} ({country_name(a.country.code, a.country.name_en)})")
        for a in services.authorities()
    ]
