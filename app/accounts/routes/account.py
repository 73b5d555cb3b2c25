"""The member's own settings, profiles and the language menu."""

from urllib.parse import urlsplit

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user

from app.accounts import services
from app.accounts.blueprint import bp
from app.accounts.forms import ChangeEmailForm, ChangePasswordForm, ProfileForm
from app.core.errors import Invalid
from app.core.forms import show_error
from app.core.i18n import LANGUAGE_COOKIE, LANGUAGES
from app.core.permissions import ensure
from app.core.security import safe_next
from app.extensions import db

ONE_YEAR = 365 * 24 * 3600


@bp.route("/language", methods=["POST"])
def set_language():
    """The language menu: a cookie for everyone, the profile for members."""
    locale = request.form.get("locale", "")
    if locale not in LANGUAGES:
        abort(400)
    if current_user.is_authenticated:
        services.set_locale(current_user, locale)
        db.session.commit()
    # The menus send no "next": the page they are on is the referrer (same site only).
    back = (
        request.form.get("next")
        or urlsplit(request.referrer or "")._replace(scheme="", netloc="").geturl()
    )
    response = redirect(safe_next(back, url_for("main.home")))
    response.set_cookie(LANGUAGE_COOKIE, locale, max_age=ONE_YEAR, samesite="Lax", httponly=True)
    return response


@bp.route("/account/", methods=["GET", "POST"])
@login_required
def settings():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        try:
            services.update_profile(
                current_user, current_user, form.name.data, form.position.data,
                form.bio.data, form.locale.data, form.timezone.data,
            )  # fmt: skip
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("Your profile is saved."), "success")
            return redirect(url_for("accounts.settings"))
    return render_template("accounts/settings.html", form=form)


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(current_user, form.current_password.data, form.password.data)
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            login_user(current_user._get_current_object())  # the new session id
            flash(_("Your password is changed. Other devices are signed out."), "success")
            return redirect(url_for("accounts.settings"))
    return render_template("accounts/change_password.html", form=form)


@bp.route("/account/email", methods=["GET", "POST"])
@login_required
def change_email():
    form = ChangeEmailForm()
    if form.validate_on_submit():
        try:
            services.request_email_change(current_user, form.password.data, form.email.data)
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("We sent a confirmation link to %(email)s.", email=form.email.data), "info")
            return redirect(url_for("accounts.settings"))
    return render_template("accounts/change_email.html", form=form)


@bp.route("/members/<int:user_id>")
@login_required
def profile(user_id: int):
    user = services.get_user(user_id)
    ensure(current_user, "view_profile", user)
    if not user.is_active and current_user.id != user.id:
        abort(404)
    return render_template("accounts/profile.html", user=user)
