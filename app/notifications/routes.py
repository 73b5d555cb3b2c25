"""The bell's pages: the list, mark read, preferences and one-click unsubscribe."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.core.errors import Invalid
from app.core.forms import BaseForm, optional_int
from app.core.security import safe_next
from app.extensions import csrf, db
from app.notifications import services
from app.notifications.models import Delivery

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


@bp.route("/")
@login_required
def index():
    before = request.args.get("before", type=optional_int)
    items = services.list_for(current_user, before_id=before)
    return render_template(
        "notifications/index.html", items=items, form=BaseForm(), kinds=services.KINDS
    )


@bp.route("/<int:notification_id>/open", methods=["POST"])
@login_required
def open_one(notification_id: int):
    """Mark read and follow the notification's link."""
    notification = services.mark_read(current_user, notification_id)
    db.session.commit()
    target = notification.link if notification else ""
    return redirect(safe_next(target, url_for("notifications.index")))


@bp.route("/read-all", methods=["POST"])
@login_required
def read_all():
    BaseForm().validate_on_submit()
    services.mark_all_read(current_user)
    db.session.commit()
    flash(_("All notifications are marked as read."), "success")
    return redirect(url_for("notifications.index"))


@bp.route("/preferences", methods=["GET", "POST"])
@login_required
def preferences():
    form = BaseForm()
    if form.validate_on_submit():
        try:
            for kind in services.KINDS:
                services.set_preference(current_user, kind, request.form.get(kind, ""))
        except Invalid as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            db.session.commit()
            flash(_("Your choices are saved."), "success")
            return redirect(url_for("notifications.preferences"))
    return render_template(
        "notifications/preferences.html", form=form, kinds=services.KINDS,
        chosen=services.preferences(current_user), deliveries=list(Delivery),
    )  # fmt: skip


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt  # the signed token authorises it; mail clients post it without a session (RFC 8058)
def unsubscribe(token: str):
    try:
        user, kind = services.read_unsubscribe(token)
    except Invalid as error:
        return render_template("notifications/unsubscribe.html", error=error.message), 400
    label = services.KINDS[kind].label if kind in services.KINDS else _("Daily summary")
    if request.method == "POST":
        services.unsubscribe(token)
        db.session.commit()
        return render_template("notifications/unsubscribe.html", done=True, label=label)
    return render_template("notifications/unsubscribe.html", label=label, user=user)
