"""The base form: CSRF (Flask-WTF) and input cleaning shared by every form."""

import re

from flask import flash
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, Length, NumberRange, ValidationError

from app.core.errors import DomainError
from app.core.i18n import COMMON_TIMEZONES, LANGUAGES

# NUL and other control characters break databases and hide text; tabs and newlines stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 (malformed input).
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(value):
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", _CONTROL.sub("", value))
    return value


class BaseForm(FlaskForm):
    class Meta:
        def bind_field(self, form, unbound_field, options):
            if issubclass(unbound_field.field_class, StringField | TextAreaField):
                filters = list(options.get("filters", ()))
                options["filters"] = [clean_text, *filters]
            return unbound_field.bind(form=form, **options)


def as_choices(pairs):
    """(value, label) pairs as the SelectChoice objects WTForms expects."""
    if pairs is None:
        return None
    return [p if isinstance(p, SelectChoice) else SelectChoice(*p) for p in pairs]


class Select(SelectField):
    """A select whose unknown value is a field error in the member's language.

    Choices may be given as (value, label) pairs.
    """

    def __init__(self, *args, choices=None, **kwargs) -> None:
        super().__init__(*args, choices=as_choices(choices), **kwargs)

    def set_choices(self, pairs) -> None:
        self.choices = as_choices(pairs)

    def process_formdata(self, valuelist) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None

    def pre_validate(self, form) -> None:
        try:
            super().pre_validate(form)
        except ValidationError as error:
            raise ValidationError(_l("Choose an option from the list.")) from error


class Checkboxes(SelectMultipleField):
    """Several choices as a list of checkboxes; unknown values are a field error."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def __init__(self, *args, choices=None, **kwargs) -> None:
        super().__init__(*args, choices=as_choices(choices), **kwargs)

    def set_choices(self, pairs) -> None:
        self.choices = as_choices(pairs)

    def pre_validate(self, form) -> None:
        known = {str(value) for value, _label, *_rest in self.iter_choices()}
        if any(str(value) not in known for value in self.data or []):
            raise ValidationError(_l("Choose an option from the list."))


class WholeNumber(IntegerField):
    def process_formdata(self, valuelist) -> None:
        if valuelist and valuelist[0] not in ("", None):
            try:
                self.data = int(valuelist[0])
            except (TypeError, ValueError):
                self.data = None
                raise ValueError(_l("Enter a whole number.")) from None


def required():
    return DataRequired(message=_l("This field is required."))


def length(max: int, min: int = 0):
    if min:
        return Length(min=min, max=max, message=_l("Enter between %(min)d and %(max)d characters."))
    return Length(max=max, message=_l("Enter at most %(max)d characters."))


def email_address():
    return Email(message=_l("Enter a valid email address."), check_deliverability=False)


def number_range(min: int, max: int):
    return NumberRange(min=min, max=max, message=_l("Enter a number from %(min)s to %(max)s."))


MAX_ID = 2**31 - 1  # larger numbers cannot be a row id on any of our databases


def optional_int(value) -> int | None:
    """A row id from a form or query value; None when absent or not a plausible id."""
    if value in (None, "", "None"):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= MAX_ID else None


def language_choices() -> list[tuple[str, str]]:
    return list(LANGUAGES.items())


def timezone_choices() -> list[tuple[str, str]]:
    return [(tz, tz.replace("_", " ")) for tz in COMMON_TIMEZONES]


def show_error(form: FlaskForm, error: DomainError) -> None:
    """Put a service's error next to its field, or at the top of the page."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        flash(error.message, "danger")
