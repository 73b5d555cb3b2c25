"""Forms for signing in and up, invitations, passwords and profiles."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, StringField, TextAreaField
from wtforms.validators import EqualTo, Optional

from app.core.forms import (
    BaseForm,
    Select,
    email_address,
    language_choices,
    length,
    optional_int,
    required,
    timezone_choices,
)

PASSWORD_MIN = 10


def new_password_fields():
    password = PasswordField(
        _l("Password"),
        validators=[required(), length(max=200, min=PASSWORD_MIN)],
        description=_l("At least %(n)d characters.", n=PASSWORD_MIN),
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )
    return password, confirm


class LoginForm(BaseForm):
    email = EmailField(_l("Email"), validators=[required(), length(max=254)])
    password = PasswordField(_l("Password"), validators=[required(), length(max=200)])
    remember = BooleanField(_l("Keep me signed in on this device"))


class ProfileFieldsMixin:
    name = StringField(_l("Full name"), validators=[required(), length(max=120)])
    position = StringField(
        _l("Position"),
        validators=[length(max=120)],
        description=_l("For example: mayor, deputy mayor, economic development officer."),
    )
    locale = Select(_l("Language"), choices=language_choices(), validators=[required()])
    timezone = Select(_l("Time zone"), choices=timezone_choices(), validators=[required()])


class RegisterForm(ProfileFieldsMixin, BaseForm):
    email = EmailField(_l("Email"), validators=[required(), email_address(), length(max=254)])
    country = Select(_l("Country"), coerce=optional_int, validators=[required()])
    authority = Select(
        _l("Local authority"),
        coerce=optional_int,
        validators=[Optional()],
        description=_l("Leave empty if you work for a partner organisation."),
    )
    password, confirm = new_password_fields()


class AcceptInvitationForm(ProfileFieldsMixin, BaseForm):
    password, confirm = new_password_fields()


class ForgotPasswordForm(BaseForm):
    email = EmailField(_l("Email"), validators=[required(), email_address(), length(max=254)])


class ResetPasswordForm(BaseForm):
    password, confirm = new_password_fields()


class ChangePasswordForm(BaseForm):
    current_password = PasswordField(
        _l("Current password"), validators=[required(), length(max=200)]
    )
    password, confirm = new_password_fields()


class ChangeEmailForm(BaseForm):
    email = EmailField(_l("New email"), validators=[required(), email_address(), length(max=254)])
    password = PasswordField(_l("Current password"), validators=[required(), length(max=200)])


class ProfileForm(ProfileFieldsMixin, BaseForm):
    bio = TextAreaField(
        _l("About you"),
        validators=[length(max=2000)],
        description=_l("A few lines on your work. Markdown is allowed."),
    )


class InviteForm(BaseForm):
    email = EmailField(_l("Email"), validators=[required(), email_address(), length(max=254)])
    role = Select(_l("Role"), validators=[required()])
    country = Select(_l("Country"), coerce=optional_int, validators=[Optional()])
    authority = Select(_l("Local authority"), coerce=optional_int, validators=[Optional()])
    locale = Select(
        _l("Language of the invitation"), choices=language_choices(), validators=[required()]
    )


class DecisionForm(BaseForm):
    """Approve or reject: the button pressed carries the decision."""


class RoleForm(BaseForm):
    role = Select(_l("Role"), validators=[required()])
