"""Forms for countries and local authorities."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, MultipleFileField
from wtforms import (
    BooleanField,
    DateField,
    Form,
    FormField,
    HiddenField,
    StringField,
    TextAreaField,
)
from wtforms.fields import FieldList
from wtforms.validators import Optional

from app.accounts.models import AUTHORITY_KIND_LABELS
from app.core.forms import (
    BaseForm,
    Checkboxes,
    Select,
    WholeNumber,
    length,
    number_range,
    optional_int,
    required,
)
from app.core.i18n import country_name
from app.network import ledps, portfolios, services
from app.network.models import LEDP_STATUS_LABELS, SOURCE_LABELS, STAGE_LABELS

PRIORITY_ROWS, INDICATOR_ROWS = 4, 3


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


class IndicatorRow(Form):
    id = HiddenField()
    name = StringField(_l("Indicator"), validators=[length(max=200)])
    unit = StringField(_l("Unit"), validators=[length(max=40)])
    baseline = StringField(_l("Baseline"), validators=[length(max=30)])
    target = StringField(_l("Target"), validators=[length(max=30)])
    target_year = WholeNumber(_l("Target year"), validators=[Optional(), number_range(1990, 2100)])


class PriorityRow(Form):
    id = HiddenField()
    title = StringField(_l("Priority area"), validators=[length(max=200)])
    objectives = TextAreaField(_l("Objectives"), validators=[length(max=4000)])
    indicators = FieldList(FormField(IndicatorRow), min_entries=INDICATOR_ROWS, max_entries=10)


class LedpForm(BaseForm):
    title = StringField(_l("Title"), validators=[required(), length(max=200)])
    period_start = WholeNumber(_l("From year"), validators=[required(), number_range(1990, 2100)])
    period_end = WholeNumber(_l("To year"), validators=[required(), number_range(1990, 2100)])
    status = Select(_l("Status"), choices=[(str(k), v) for k, v in LEDP_STATUS_LABELS.items()],
                    validators=[required()])  # fmt: skip
    adopted_on = DateField(_l("Adopted on"), validators=[Optional()])
    vision = TextAreaField(_l("Vision"), validators=[length(max=10_000)])
    follows_methodology = BooleanField(_l("Prepared with the M4EG LEDP methodology"))
    methodology_url = StringField(_l("Link to the methodology"), validators=[length(max=500)])
    document = FileField(_l("The plan (PDF)"))
    priorities = FieldList(FormField(PriorityRow), min_entries=PRIORITY_ROWS, max_entries=12)

    def to_input(self) -> ledps.LedpInput:
        return ledps.LedpInput(
            title=self.title.data or "", period_start=self.period_start.data,
            period_end=self.period_end.data, status=self.status.data or "",
            adopted_on=self.adopted_on.data, vision=self.vision.data or "",
            methodology_url=self.methodology_url.data or "",
            follows_methodology=bool(self.follows_methodology.data),
            priorities=[
                ledps.PriorityInput(
                    title=p["title"] or "", objectives=p["objectives"] or "",
                    id=optional_int(p["id"]),
                    indicators=[ledps.IndicatorInput(
                        name=i["name"] or "", unit=i["unit"] or "",
                        baseline=i["baseline"] or "0", target=i["target"] or "0",
                        target_year=i["target_year"], id=optional_int(i["id"]),
                    ) for i in p["indicators"]],
                )
                for p in self.priorities.data
            ],
        )  # fmt: skip


class MeasurementForm(BaseForm):
    measured_on = DateField(_l("Date"), validators=[Optional()])
    value = StringField(_l("Value"), validators=[required(), length(max=30)])
    note = StringField(_l("Note"), validators=[length(max=300)])


class ReviewForm(BaseForm):
    note = TextAreaField(_l("Review note"), validators=[length(max=2000)])


class ProjectForm(BaseForm):
    title = StringField(_l("Title"), validators=[required(), length(max=200)])
    description = TextAreaField(_l("Description"), validators=[length(max=20_000)])
    theme_ids = Checkboxes(_l("Themes"), coerce=int)
    sdgs = Checkboxes(_l("Sustainable Development Goals"), coerce=int,
                      choices=[(n, str(n)) for n in range(1, 18)])  # fmt: skip
    priority_id = Select(_l("LEDP priority it serves"), coerce=optional_int,
                         validators=[Optional()])  # fmt: skip
    stage = Select(_l("Stage"), choices=[(str(k), v) for k, v in STAGE_LABELS.items()],
                   validators=[required()])  # fmt: skip
    cost = StringField(_l("Estimated cost"), validators=[length(max=30)])
    currency = Select(_l("Currency"), choices=[(c, c) for c in portfolios.CURRENCIES])
    funding_municipal = StringField(SOURCE_LABELS["municipal"], validators=[length(max=30)])
    funding_national = StringField(SOURCE_LABELS["national"], validators=[length(max=30)])
    funding_donor = StringField(SOURCE_LABELS["donor"], validators=[length(max=30)])
    funding_ifi = StringField(SOURCE_LABELS["ifi"], validators=[length(max=30)])
    funding_private = StringField(SOURCE_LABELS["private"], validators=[length(max=30)])
    partners = TextAreaField(_l("Partners"), validators=[length(max=2000)])
    location = StringField(_l("Location (region or settlement)"), validators=[length(max=200)])
    start_year = WholeNumber(_l("From year"), validators=[Optional(), number_range(1990, 2100)])
    end_year = WholeNumber(_l("To year"), validators=[Optional(), number_range(1990, 2100)])
    contact_name = StringField(_l("Contact person"), validators=[length(max=120)])
    contact_email = StringField(_l("Contact email"), validators=[length(max=254)])
    files = MultipleFileField(_l("Documents"),
                              description=_l("PDF, Word, Excel or images."))  # fmt: skip

    def to_input(self) -> portfolios.ProjectInput:
        return portfolios.ProjectInput(
            title=self.title.data or "", description=self.description.data or "",
            theme_ids=list(self.theme_ids.data or []), sdgs=list(self.sdgs.data or []),
            priority_id=self.priority_id.data, stage=self.stage.data or "",
            cost=self.cost.data, currency=self.currency.data or "",
            funding={s: getattr(self, f"funding_{s}").data for s in SOURCE_LABELS},
            partners=self.partners.data or "", location=self.location.data or "",
            start_year=self.start_year.data, end_year=self.end_year.data,
            contact_name=self.contact_name.data or "", contact_email=self.contact_email.data or "",
        )  # fmt: skip


class EnquiryForm(BaseForm):
    name = StringField(_l("Your name"), validators=[required(), length(max=120)])
    email = StringField(_l("Your email"), validators=[required(), length(max=254)])
    organisation = StringField(_l("Organisation"), validators=[length(max=200)])
    message = TextAreaField(_l("Your message"), validators=[required(), length(max=5000)])
    # Left empty by people; filled by bots that fill every field (hidden by CSS, not by type).
    website = StringField(_l("Leave this empty"), validators=[length(max=200)])
