"""Admins manage the list of themes."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.core.errors import Invalid
from app.core.forms import show_error
from app.core.permissions import ensure
from app.extensions import db
from app.library import reading, themes
from app.library.blueprint import bp
from app.library.forms import ThemeForm
from app.library.models import Theme


@bp.route("/themes", methods=["GET", "POST"])
@bp.route("/themes/<int:theme_id>", methods=["GET", "POST"])
@login_required
def manage_themes(theme_id: int | None = None):
    ensure(current_user, "manage_themes")
    theme = db.get_or_404(Theme, theme_id) if theme_id else None
    form = ThemeForm(data=ThemeForm.values_of(theme) if theme else None)
    if form.validate_on_submit():
        try:
            themes.save_theme(current_user, theme, form.names())
        except Invalid as error:
            db.session.rollback()
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The theme is saved."), "success")
            return redirect(url_for("library.manage_themes"))
    return render_template("library/themes.html", themes=reading.themes(), form=form, theme=theme)
