"""Forms of the library."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import (
    EmailField,
    Form,
    FormField,
    StringField,
    TextAreaField,
)
from wtforms.fields import FieldList
from wtforms.validators import Optional

from app.core.forms import (
    BaseForm,
    Checkboxes,
    Select,
    WholeNumber,
    email_address,
    length,
    optional_int,
    required,
)
from app.core.i18n import LANGUAGES
from app.library.models import KIND_LABELS, SDGS, STAGE_LABELS
from app.library.services import (
    BODY_MAX,
    CURRENCIES,
    SUMMARY_MAX,
    TITLE_MAX,
    PracticeInput,
    Result,
    practice_ids_in,
)

RESULT_ROWS = 5
MARKDOWN_HELP = _l("Markdown: ## heading, **bold**, *italic*, - list, [link](https://…).")


class ResultRow(Form):
    indicator = StringField(_l("Indicator"), validators=[length(max=200)])
    baseline = StringField(_l("Baseline"), validators=[length(max=100)])
    achieved = StringField(_l("Achieved"), validators=[length(max=100)])


class PracticeForm(BaseForm):
    title = StringField(_l("Title"), validators=[required(), length(max=TITLE_MAX)])
    kind = Select(_l("Kind"), choices=[(str(k), v) for k, v in KIND_LABELS.items()],
                  validators=[required()])  # fmt: skip
    language = Select(_l("Written in"), choices=list(LANGUAGES.items()), validators=[required()])
    summary = TextAreaField(
        _l("Summary"), validators=[required(), length(max=SUMMARY_MAX)],
        description=_l("Two or three sentences: what was done, where, with what result."),
    )  # fmt: skip
    body = TextAreaField(_l("The practice"), validators=[length(max=BODY_MAX)],
                         description=MARKDOWN_HELP)  # fmt: skip
    country_id = Select(_l("Country"), coerce=optional_int, validators=[Optional()])
    authority_id = Select(_l("Local authority"), coerce=optional_int, validators=[Optional()])
    author_ids = Checkboxes(_l("Authors"), coerce=int)
    theme_ids = Checkboxes(_l("Themes"), coerce=int)
    sdgs = Checkboxes(_l("Sustainable Development Goals"), coerce=int,
                      choices=[(n, str(n)) for n in SDGS])  # fmt: skip
    stage = Select(_l("Stage"), choices=[(str(k), v) for k, v in STAGE_LABELS.items()],
                   validators=[required()])  # fmt: skip
    year_start = WholeNumber(_l("From year"), validators=[Optional()])
    year_end = WholeNumber(_l("To year"), validators=[Optional()],
                           description=_l("Leave empty while it runs."))  # fmt: skip
    budget_amount = StringField(_l("Budget"), validators=[length(max=30)])
    budget_currency = Select(_l("Currency"), choices=[("", "—")] + [(c, c) for c in CURRENCIES])
    funding_sources = TextAreaField(_l("Funding sources"), validators=[length(max=2000)])
    partners = TextAreaField(_l("Partners"), validators=[length(max=2000)])
    results = FieldList(FormField(ResultRow), min_entries=RESULT_ROWS, max_entries=10)
    lessons = TextAreaField(_l("Lessons learned"), validators=[length(max=BODY_MAX)],
                            description=MARKDOWN_HELP)  # fmt: skip
    contact_name = StringField(_l("Contact person"), validators=[length(max=120)])
    contact_email = EmailField(_l("Contact email"), validators=[Optional(), email_address(),
                                                                 length(max=254)])  # fmt: skip
    related = StringField(
        _l("Related practices"), validators=[length(max=300)],
        description=_l("Numbers or links of practices in the library, separated by commas."),
    )  # fmt: skip
    translation_of = StringField(
        _l("Translation of"), validators=[length(max=120)],
        description=_l("If this is a translation, the number or link of the original."),
    )  # fmt: skip
    files = MultipleFileField(
        _l("Cover image and documents"),
        description=_l("PDF, Word, Excel or images. The first image becomes the cover."),
    )

    def to_input(self) -> PracticeInput:
        """What the services take (they check it again and raise Invalid with the field)."""
        original = practice_ids_in(self.translation_of.data or "")
        return PracticeInput(
            title=self.title.data or "", summary=self.summary.data or "",
            body=self.body.data or "", kind=self.kind.data or "",
            language=self.language.data or "", country_id=self.country_id.data,
            authority_id=self.authority_id.data, author_ids=list(self.author_ids.data or []),
            theme_ids=list(self.theme_ids.data or []), sdgs=list(self.sdgs.data or []),
            stage=self.stage.data or "", year_start=self.year_start.data,
            year_end=self.year_end.data, budget_amount=self.budget_amount.data,
            budget_currency=self.budget_currency.data or "",
            funding_sources=self.funding_sources.data or "", partners=self.partners.data or "",
            lessons=self.lessons.data or "",
            results=[Result(r["indicator"] or "", r["baseline"] or "", r["achieved"] or "")
                     for r in self.results.data],
            contact_name=self.contact_name.data or "", contact_email=self.contact_email.data or "",
            related_ids=practice_ids_in(self.related.data or ""),
            translation_of_id=original[0] if original else None,
        )  # fmt: skip


class CommentForm(BaseForm):
    comment = TextAreaField(_l("Comment"), validators=[length(max=4000)])


class ReplicationForm(BaseForm):
    note = TextAreaField(
        _l("How did you adapt it?"), validators=[length(max=1000)],
        description=_l("Optional: what you changed, and what came of it."),
    )  # fmt: skip
    adapted = StringField(
        _l("Your own practice"), validators=[length(max=120)],
        description=_l("Optional: the number or link of your practice in the library."),
    )  # fmt: skip


class QuestionForm(BaseForm):
    title = StringField(_l("Your question in one line"),
                        validators=[required(), length(max=TITLE_MAX)])  # fmt: skip
    body = TextAreaField(_l("Details"), validators=[required(), length(max=20_000)])


class ThemeForm(BaseForm):
    """A theme's name in each interface language (English required)."""

    name_en = StringField("English", validators=[required(), length(max=80)])
    name_hy = StringField("Հայերեն", validators=[length(max=80)])
    name_az = StringField("Azərbaycanca", validators=[length(max=80)])
    name_ka = StringField("ქართული", validators=[length(max=80)])
    name_ro = StringField("Română", validators=[length(max=80)])
    name_ru = StringField("Русский", validators=[length(max=80)])
    name_uk = StringField("Українська", validators=[length(max=80)])

    @staticmethod
    def values_of(theme) -> dict:
        return {f"name_{code}": theme.names.get(code, "") for code in LANGUAGES}

    def names(self) -> dict[str, str]:
        return {code: getattr(self, f"name_{code}").data or "" for code in LANGUAGES}
