"""Signing in and out, signing up, invitations and password resets."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from app.accounts import services
from app.accounts.blueprint import bp
from app.accounts.forms import (
    AcceptInvitationForm,
    ForgotPasswordForm,
    LoginForm,
    RegisterForm,
    ResetPasswordForm,
)
from app.accounts.models import UserStatus
from app.core.errors import Invalid
from app.core.forms import show_error
from app.core.i18n import select_locale
from app.core.security import safe_next
from app.extensions import db, limiter
from app.network import services as directory
from app.network.forms import authority_choices, country_choices

AUTH_LIMIT = "10 per minute; 60 per hour"


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(AUTH_LIMIT, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.check_credentials(form.email.data, form.password.data)
        if user is not None and login_user(user, remember=form.remember.data):
            flash(_("Welcome, %(name)s.", name=user.name), "success")
            return redirect(safe_next(request.args.get("next"), url_for("main.home")))
        if user is None:
            flash(_("The email or the password is not correct."), "danger")
        elif user.status == UserStatus.PENDING:
            flash(_("Your account is waiting for a facilitator's approval."), "warning")
        else:
            flash(_("This account is not active. Ask a facilitator for help."), "danger")
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(AUTH_LIMIT, methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm(locale=select_locale())
    form.country.set_choices(country_choices(_("Choose…")))
    form.authority.set_choices(authority_choices(_("None (partner organisation)")))
    if form.validate_on_submit():
        try:
            services.register(
                form.name.data, form.email.data, form.password.data, form.position.data,
                directory.get_country(form.country.data),
                directory.get_authority(form.authority.data),
                form.locale.data, form.timezone.data,
            )  # fmt: skip
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            return render_template("accounts/registered.html", email=form.email.data)
    return render_template("accounts/register.html", form=form)


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(AUTH_LIMIT, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        flash(
            _("If this address has an account, a link to reset the password is on its way."),
            "info",
        )
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot_password.html", form=form)


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@limiter.limit(AUTH_LIMIT, methods=["POST"])
def reset_password(token: str):
    try:
        user = services.user_for_reset(token)
    except Invalid as error:
        flash(error.message, "danger")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        services.set_password(user, form.password.data)
        db.session.commit()
        flash(_("Your password is changed. Sign in with the new one."), "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset_password.html", form=form)


@bp.route("/invitations/<token>", methods=["GET", "POST"])
@limiter.limit(AUTH_LIMIT, methods=["POST"])
def accept_invitation(token: str):
    try:
        invitation = services.load_invitation(token)
    except Invalid as error:
        return render_template("accounts/invitation_invalid.html", message=error.message), 410
    if current_user.is_authenticated:
        logout_user()
    form = AcceptInvitationForm(locale=select_locale())
    if form.validate_on_submit():
        try:
            user = services.accept_invitation(
                invitation, form.name.data, form.password.data, form.position.data,
                form.locale.data, form.timezone.data,
            )  # fmt: skip
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome to the network, %(name)s.", name=user.name), "success")
            return redirect(url_for("main.home"))
    return render_template("accounts/accept_invitation.html", form=form, invitation=invitation)


@bp.route("/account/email/confirm/<token>")
def confirm_email(token: str):
    try:
        services.confirm_email_change(token)
    except Invalid as error:
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(_("Your email address is changed."), "success")
    return redirect(url_for("accounts.settings"))
