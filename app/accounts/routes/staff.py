"""Facilitators' and admins' pages: invitations, approvals and roles."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts import services
from app.accounts.blueprint import bp
from app.accounts.forms import DecisionForm, InviteForm, RoleForm
from app.accounts.models import ROLE_LABELS, User
from app.core.errors import DomainError
from app.core.forms import optional_int, show_error
from app.core.permissions import can, ensure
from app.extensions import db, limiter
from app.network import services as directory
from app.network.forms import authority_choices, country_choices


def _role_choices(actor: User) -> list[tuple[str, str]]:
    return [
        (str(role), str(label)) for role, label in ROLE_LABELS.items() if can(actor, "invite", role)
    ]


@bp.route("/invite", methods=["GET", "POST"])
@login_required
@limiter.limit("30 per hour", methods=["POST"])
def invite():
    ensure(current_user, "invite")
    form = InviteForm(locale=current_user.locale)
    form.role.set_choices(_role_choices(current_user))
    form.country.set_choices(country_choices("—"))
    form.authority.set_choices(authority_choices("—"))
    if form.validate_on_submit():
        try:
            services.invite(
                current_user, form.email.data, form.role.data,
                directory.get_country(form.country.data),
                directory.get_authority(form.authority.data), form.locale.data,
            )  # fmt: skip
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The invitation is sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("accounts.invite"))
    return render_template("accounts/invite.html", form=form)


@bp.route("/account/approvals", methods=["GET", "POST"])
@login_required
def approvals():
    ensure(current_user, "approve")
    form = DecisionForm()
    if form.validate_on_submit():
        applicant = services.get_user(request.form.get("user_id", type=optional_int) or 0)
        approve = request.form.get("decision") == "approve"
        services.decide(current_user, applicant, approve)
        db.session.commit()
        message = _("%(name)s is approved.") if approve else _("%(name)s is not approved.")
        flash(message % {"name": applicant.name}, "success")
        return redirect(url_for("accounts.approvals"))
    return render_template(
        "accounts/approvals.html", applicants=services.pending_for(current_user), form=form
    )


@bp.route("/account/admin/users", methods=["GET", "POST"])
@login_required
def users():
    ensure(current_user, "manage_users")
    form = RoleForm()
    page = request.args.get("page", type=optional_int) or 1
    form.role.set_choices([(str(role), str(label)) for role, label in ROLE_LABELS.items()])
    if form.validate_on_submit():
        user = services.get_user(request.form.get("user_id", type=optional_int) or 0)
        try:
            services.set_role(current_user, user, form.role.data)
        except DomainError as error:
            flash(error.message, "danger")
        else:
            db.session.commit()
            flash(_("The role of %(name)s is saved.", name=user.name), "success")
        return redirect(url_for("accounts.users", page=page))
    people, pages = services.user_page(page)
    return render_template("accounts/users.html", people=people, form=form, page=page, pages=pages)
