"""Admins' pages for forum categories and member groups."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts import groups as group_services
from app.accounts import services as accounts
from app.core.errors import DomainError
from app.core.forms import optional_int, show_error
from app.core.permissions import ensure
from app.extensions import db
from app.forums import admin
from app.forums.blueprint import bp
from app.forums.forms import SCOPE_LABELS, CategoryForm, GroupForm, GroupMemberForm
from app.network import services as directory
from app.network.forms import country_choices


@bp.route("/admin/categories")
@login_required
def categories():
    ensure(current_user, "manage_categories")
    return render_template("forums/admin_categories.html", categories=admin.all_categories())


@bp.route("/admin/categories/new", methods=["GET", "POST"], defaults={"category_id": None})
@bp.route("/admin/categories/<int:category_id>", methods=["GET", "POST"])
@login_required
def edit_category(category_id: int | None):
    ensure(current_user, "manage_categories")
    target = admin.get_category(category_id) if category_id else None
    form = CategoryForm(
        obj=target, parent=target.parent_id if target else None,
        country=target.country_id if target else None, group=target.group_id if target else None,
    )  # fmt: skip
    scopes = [(str(k), v) for k, v in SCOPE_LABELS.items()]
    form.view_scope.set_choices(scopes)
    form.post_scope.set_choices(scopes)
    form.parent.set_choices([("", "—")] + [(c.id, c.name) for c in admin.all_categories()])
    form.country.set_choices(country_choices("—"))
    form.group.set_choices([("", "—")] + [(g.id, g.name) for g in group_services.all_groups()])
    if form.validate_on_submit():
        try:
            admin.save_category(
                current_user, target, name=form.name.data, slug=form.slug.data,
                description=form.description.data or "", position=form.position.data,
                parent=admin.get_category(form.parent.data) if form.parent.data else None,
                view_scope=form.view_scope.data, post_scope=form.post_scope.data,
                country=directory.get_country(form.country.data),
                group=group_services.get_group(form.group.data) if form.group.data else None,
            )  # fmt: skip
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The category is saved."), "success")
            return redirect(url_for("forums.categories"))
    return render_template("forums/admin_category.html", form=form, category=target)


@bp.route("/admin/groups", methods=["GET", "POST"])
@login_required
def groups():
    ensure(current_user, "manage_groups")
    form = GroupForm()
    if form.validate_on_submit():
        try:
            group_services.save_group(current_user, None, form.name.data, form.description.data)
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The group is saved."), "success")
            return redirect(url_for("forums.groups"))
    return render_template(
        "forums/admin_groups.html", groups=group_services.all_groups(), form=form
    )


@bp.route("/admin/groups/<int:group_id>", methods=["GET", "POST"])
@login_required
def group(group_id: int):
    ensure(current_user, "manage_groups")
    target = group_services.get_group(group_id)
    form = GroupMemberForm()
    if form.validate_on_submit():
        try:
            if request.form.get("remove"):
                member = accounts.get_user(optional_int(request.form["remove"]) or 0)
                group_services.remove_member(current_user, target, member)
            else:
                group_services.add_member(current_user, target, form.email.data)
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            return redirect(url_for("forums.group", group_id=target.id))
    return render_template("forums/admin_group.html", group=target, form=form)
