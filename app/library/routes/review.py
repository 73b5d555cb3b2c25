"""Reviewers' work: the queue, and the decisions on one practice."""

from flask import flash, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from app.core.errors import DomainError
from app.core.permissions import ensure
from app.extensions import db
from app.library import labels, reading, services
from app.library.blueprint import bp
from app.library.forms import CommentForm


@bp.route("/review")
@login_required
def review_queue():
    ensure(current_user, "review_practices")
    return render_template(
        "library/review.html", waiting=reading.review_queue(),
        sent_back=reading.waiting_for_authors(), labels=labels,
    )  # fmt: skip


DECISIONS = {
    "publish": (services.publish, _l("Published. The authors are told.")),
    "changes": (services.request_changes, _l("Sent back to the authors with your comments.")),
    "archive": (services.archive, _l("Archived: the practice left the library.")),
}


@bp.post("/p/<int:practice_id>/review/<decision>")
@login_required
def decide(practice_id: int, decision: str):
    practice = reading.get_practice(current_user, practice_id)
    ensure(current_user, "review_practice", practice)
    if decision not in DECISIONS:
        return redirect(url_for("library.practice", practice_id=practice.id))
    action, message = DECISIONS[decision]
    form = CommentForm()
    try:
        if not form.validate_on_submit():
            raise DomainError(" ".join(e for errors in form.errors.values() for e in errors))
        action(current_user, practice, form.comment.data or "")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(str(message), "success")
    return redirect(url_for("library.practice", practice_id=practice.id))
