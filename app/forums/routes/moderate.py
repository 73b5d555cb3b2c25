"""Moderators' tools: topic actions, hiding and restoring, the report queue and the log."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.core.errors import DomainError
from app.core.forms import clean_text, optional_int, show_error
from app.core.permissions import ensure
from app.extensions import db
from app.forums import admin, moderation, services
from app.forums.blueprint import bp
from app.forums.forms import MergeForm, MoveForm, ReasonForm, SplitForm
from app.forums.routes.browse import page_arg
from app.forums.urls import topic_url


@bp.route("/t/<int:topic_id>/moderate", methods=["GET", "POST"])
@login_required
def moderate_topic(topic_id: int):
    """Pin, close, move or merge a topic."""
    ensure(current_user, "moderate_forums")
    topic = services.get_topic(current_user, topic_id)
    move_form, merge_form, form = MoveForm(prefix="move"), MergeForm(prefix="merge"), ReasonForm()
    move_form.category.set_choices([(c.id, c.name) for c in admin.all_categories()])
    action = request.form.get("action", "")
    if request.method == "POST":
        try:
            if action in ("pin", "unpin") and form.validate():
                moderation.set_pinned(current_user, topic, action == "pin", form.reason.data)
            elif action in ("close", "open") and form.validate():
                moderation.set_closed(current_user, topic, action == "close", form.reason.data)
            elif action == "move" and move_form.validate():
                target = admin.get_category(move_form.category.data)
                moderation.move(current_user, topic, target, move_form.reason.data)
            elif action == "merge" and merge_form.validate():
                target = services.get_topic(current_user, merge_form.target.data)
                moderation.merge(current_user, topic, target, merge_form.reason.data)
                topic = target
            else:
                raise DomainError(_("Check the form and try again."))
        except DomainError as error:
            show_error(merge_form if action == "merge" else move_form, error)
        else:
            db.session.commit()
            flash(_("Done."), "success")
            return redirect(topic_url(topic.id))
    return render_template(
        "forums/moderate.html", topic=topic, form=form, move_form=move_form, merge_form=merge_form
    )


@bp.route("/t/<int:topic_id>/split", methods=["GET", "POST"])
@login_required
def split(topic_id: int):
    ensure(current_user, "moderate_forums")
    topic = services.get_topic(current_user, topic_id)
    form = SplitForm()
    if form.validate_on_submit():
        ids = [i for i in map(optional_int, request.form.getlist("post")) if i]
        try:
            new = moderation.split(current_user, topic, ids, form.title.data, form.reason.data)
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            return redirect(topic_url(new.id))
    page = services.topic_page(current_user, topic, page_arg())
    return render_template("forums/split.html", topic=topic, view=page, form=form)


@bp.route("/p/<int:post_id>/hide", methods=["POST"])
@login_required
def hide(post_id: int):
    ensure(current_user, "moderate_forums")
    post = services.get_post(current_user, post_id)
    moderation.hide_post(current_user, post, clean_text(request.form.get("reason", ""))[:1000])
    db.session.commit()
    flash(_("The post is hidden. Moderators can still see and restore it."), "success")
    return redirect(topic_url(post.topic_id, post.number))


@bp.route("/p/<int:post_id>/restore", methods=["POST"])
@login_required
def restore(post_id: int):
    ensure(current_user, "moderate_forums")
    post = services.get_post(current_user, post_id)
    moderation.restore_post(current_user, post, clean_text(request.form.get("reason", ""))[:1000])
    db.session.commit()
    flash(_("The post is restored."), "success")
    return redirect(topic_url(post.topic_id, post.number))


@bp.route("/flags", methods=["GET", "POST"])
@login_required
def flags():
    ensure(current_user, "moderate_forums")
    form = ReasonForm()
    if form.validate_on_submit():
        post = services.get_post(current_user, request.form.get("post_id", type=optional_int) or 0)
        decision = request.form.get("decision")
        if decision not in ("hide", "keep"):
            abort(400)
        moderation.resolve_flags(current_user, post, decision == "hide", form.reason.data)
        db.session.commit()
        flash(_("Done."), "success")
        return redirect(url_for("forums.flags"))
    return render_template(
        "forums/flags.html", flags=moderation.open_flags(current_user), form=form
    )


@bp.route("/log")
@login_required
def log():
    ensure(current_user, "moderate_forums")
    return render_template("forums/log.html", entries=moderation.log_entries(current_user))
