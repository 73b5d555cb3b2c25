"""Writing practices and acting on them: drafts, edits, files, bookmarks, adaptations,
questions to the authors."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.core.errors import DomainError, Invalid
from app.core.forms import show_error
from app.core.permissions import ensure
from app.extensions import db, limiter
from app.forums.urls import topic_url
from app.library import activity, choices, files, reading, services
from app.library.blueprint import bp
from app.library.forms import PracticeForm, QuestionForm, ReplicationForm
from app.library.models import Practice, Replication

WRITE_LIMIT = "20 per minute"


def _back(practice: Practice):
    return redirect(url_for("library.practice", practice_id=practice.id))


def _save(form: PracticeForm, practice: Practice | None):
    """Create or update from the form; None (and errors on the form) when refused."""
    try:
        data = form.to_input()
        uploads = request.files.getlist("files")
        if practice is None:
            practice = services.create_practice(current_user, data, uploads)
        else:
            services.update_practice(current_user, practice, data, uploads)
    except Invalid as error:
        db.session.rollback()  # nothing of a refused form is kept
        show_error(form, error)
        return None
    db.session.commit()
    return practice


@bp.route("/new", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def new():
    ensure(current_user, "write_practice")
    form = PracticeForm()
    choices.fill(form, current_user)
    if request.method == "GET":
        choices.defaults_for(form, current_user)
    if form.validate_on_submit() and (practice := _save(form, None)):
        flash(_("Your draft is saved. Send it for review when it is ready."), "success")
        return _back(practice)
    return render_template("library/edit.html", form=form, practice=None)


@bp.route("/p/<int:practice_id>/edit", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def edit(practice_id: int):
    practice = reading.get_practice(current_user, practice_id)
    ensure(current_user, "edit_practice", practice)
    form = PracticeForm(obj=None if request.method == "POST" else choices.as_form_data(practice))
    choices.fill(form, current_user, practice)
    if form.validate_on_submit() and _save(form, practice):
        flash(_("Your changes are saved."), "success")
        return _back(practice)
    return render_template("library/edit.html", form=form, practice=practice)


def _act(practice_id: int, action, message: str, *args):
    """Run one workflow step from a button; its refusal is shown, not raised."""
    practice = reading.get_practice(current_user, practice_id)
    try:
        action(current_user, practice, *args)
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(message, "success")
    return _back(practice)


@bp.post("/p/<int:practice_id>/submit")
@login_required
def submit(practice_id: int):
    return _act(practice_id, services.submit, _("Sent for review. The reviewers are told."))


@bp.post("/p/<int:practice_id>/withdraw")
@login_required
def withdraw(practice_id: int):
    return _act(practice_id, services.withdraw, _("Taken back to draft."))


@bp.post("/p/<int:practice_id>/delete")
@login_required
def delete(practice_id: int):
    practice = reading.get_practice(current_user, practice_id)
    try:
        services.delete_practice(current_user, practice)
    except DomainError as error:
        flash(error.message, "danger")
        return _back(practice)
    db.session.commit()
    flash(_("The practice is deleted."), "success")
    return redirect(url_for("library.mine"))


@bp.post("/files/<int:file_id>/remove")
@login_required
def remove_file(file_id: int):
    item = files.get(current_user, file_id)
    files.remove(current_user, item)
    db.session.commit()
    flash(_("The file is removed."), "success")
    return redirect(url_for("library.edit", practice_id=item.practice_id))


@bp.post("/files/<int:file_id>/cover")
@login_required
def make_cover(file_id: int):
    item = files.get(current_user, file_id)
    try:
        files.make_cover(current_user, item)
    except DomainError as error:
        flash(error.message, "danger")
    else:
        db.session.commit()
    return redirect(url_for("library.edit", practice_id=item.practice_id))


@bp.post("/p/<int:practice_id>/bookmark")
@login_required
def bookmark(practice_id: int):
    practice = reading.get_practice(current_user, practice_id)
    kept = activity.toggle_bookmark(current_user, practice)
    db.session.commit()
    flash(_("Added to My library.") if kept else _("Removed from My library."), "success")
    return _back(practice)


@bp.post("/p/<int:practice_id>/adapted")
@login_required
def adapted(practice_id: int):
    practice = reading.get_practice(current_user, practice_id)
    form = ReplicationForm()
    if not form.validate_on_submit():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "danger")
        return _back(practice)
    try:
        ids = services.practice_ids_in(form.adapted.data or "")
        own = reading.get_practice(current_user, ids[0]) if ids else None
        activity.replicate(current_user, practice, form.note.data or "", own)
    except DomainError as error:
        db.session.rollback()
        flash(error.message or _("No practice has that number."), "danger")
        return _back(practice)
    db.session.commit()
    flash(_("Noted: your local authority adapted this practice."), "success")
    return _back(practice)


@bp.post("/adaptations/<int:replication_id>/remove")
@login_required
def remove_adaptation(replication_id: int):
    replication = db.get_or_404(Replication, replication_id)
    activity.remove_replication(current_user, replication)
    db.session.commit()
    return redirect(url_for("library.practice", practice_id=replication.practice_id))


@bp.route("/p/<int:practice_id>/ask", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def ask(practice_id: int):
    practice = reading.get_practice(current_user, practice_id)
    ensure(current_user, "ask_author", practice)
    form = QuestionForm()
    if form.validate_on_submit():
        try:
            topic = activity.ask_author(current_user, practice, form.title.data, form.body.data)
        except Invalid as error:
            db.session.rollback()
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("Your question is posted. The authors are told."), "success")
            return redirect(topic_url(topic.id))
    return render_template("library/ask.html", practice=practice, form=form)
