"""Writing in the forums: topics, replies, edits, reactions, answers, watching, reports."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.core.errors import DomainError, Invalid
from app.core.forms import clean_text, optional_int, show_error
from app.core.permissions import ensure
from app.extensions import db, limiter
from app.forums import activity, moderation, services
from app.forums.blueprint import bp
from app.forums.forms import EditForm, FlagForm, ReplyForm, TopicForm
from app.forums.urls import topic_url

WRITE_LIMIT = "20 per minute"


@bp.route("/c/<slug>/new", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def new_topic(slug: str):
    place = services.category_by_slug(current_user, slug)
    ensure(current_user, "post_in_category", place)
    form = TopicForm()
    if form.validate_on_submit():
        try:
            topic = services.create_topic(
                current_user, place, form.title.data, form.body.data, form.kind.data,
                (form.tags.data or "").split(","), files=request.files.getlist("files"),
            )  # fmt: skip
        except Invalid as error:
            db.session.rollback()  # nothing of a refused post is kept
            show_error(form, error)
        else:
            db.session.commit()
            return redirect(topic_url(topic.id))
    return render_template("forums/new_topic.html", category=place, form=form)


@bp.route("/t/<int:topic_id>/reply", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def reply(topic_id: int):
    topic = services.get_topic(current_user, topic_id)
    form = ReplyForm()
    quoted = request.args.get("quote", type=optional_int)
    if request.method == "GET" and quoted:
        post = services.get_post(current_user, quoted)
        if post.topic_id == topic.id and post.deleted_at is None:
            form.body.data = services.quote(post)
    if form.validate_on_submit():
        reply_to = services.get_post(current_user, quoted) if quoted else None
        try:
            files = request.files.getlist("files")
            post = services.reply(current_user, topic, form.body.data, reply_to, files)
        except Invalid as error:
            db.session.rollback()  # nothing of a refused post is kept
            show_error(form, error)
        else:
            db.session.commit()
            return redirect(topic_url(topic.id, post.number))
    return render_template("forums/reply.html", topic=topic, form=form)


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit(post_id: int):
    post = services.get_post(current_user, post_id)
    ensure(current_user, "edit_post", post)
    form = EditForm(obj=post, title=post.topic.title if post.number == 1 else None)
    if form.validate_on_submit():
        try:
            services.edit_post(current_user, post, form.body.data, form.title.data)
        except Invalid as error:
            db.session.rollback()  # nothing of a refused post is kept
            show_error(form, error)
        else:
            db.session.commit()
            return redirect(topic_url(post.topic_id, post.number))
    return render_template("forums/edit.html", post=post, form=form)


@bp.route("/p/<int:post_id>/revisions")
@login_required
def revisions(post_id: int):
    post = services.get_post(current_user, post_id)
    ensure(current_user, "view_revisions", post)
    return render_template(
        "forums/revisions.html", post=post, revisions=services.revisions(current_user, post)
    )


@bp.route("/p/<int:post_id>/delete", methods=["POST"])
@login_required
def delete(post_id: int):
    post = services.get_post(current_user, post_id)
    ensure(current_user, "delete_post", post)
    try:
        moderation.hide_post(current_user, post, clean_text(request.form.get("reason", ""))[:1000])
    except DomainError as error:
        flash(error.message, "danger")
        return redirect(topic_url(post.topic_id, post.number))
    db.session.commit()
    flash(_("The post is removed."), "success")
    if post.number == 1:
        return redirect(url_for("forums.category", slug=post.topic.category.slug))
    return redirect(topic_url(post.topic_id, post.number))


@bp.route("/p/<int:post_id>/react", methods=["POST"])
@login_required
@limiter.limit("60 per minute")
def react(post_id: int):
    post = services.get_post(current_user, post_id)
    activity.toggle_reaction(current_user, post, request.form.get("kind", ""))
    db.session.commit()
    return redirect(topic_url(post.topic_id, post.number))


@bp.route("/p/<int:post_id>/accept", methods=["POST"])
@login_required
def accept(post_id: int):
    post = services.get_post(current_user, post_id)
    activity.accept_answer(current_user, post.topic, post)
    db.session.commit()
    return redirect(topic_url(post.topic_id, 1))


@bp.route("/p/<int:post_id>/flag", methods=["GET", "POST"])
@login_required
@limiter.limit("10 per hour", methods=["POST"])
def flag(post_id: int):
    post = services.get_post(current_user, post_id)
    ensure(current_user, "flag", post)
    form = FlagForm()
    if form.validate_on_submit():
        moderation.flag(current_user, post, form.reason.data)
        db.session.commit()
        flash(_("Thank you. The moderators will look at this post."), "success")
        return redirect(topic_url(post.topic_id, post.number))
    return render_template("forums/flag.html", post=post, form=form)


@bp.route("/t/<int:topic_id>/watch", methods=["POST"])
@login_required
def watch_topic(topic_id: int):
    topic = services.get_topic(current_user, topic_id)
    activity.set_watch(current_user, request.form.get("level") or None, topic=topic)
    db.session.commit()
    flash(_("Your choice is saved."), "success")
    return redirect(topic_url(topic.id))


@bp.route("/c/<slug>/watch", methods=["POST"])
@login_required
def watch_category(slug: str):
    place = services.category_by_slug(current_user, slug)
    activity.set_watch(current_user, request.form.get("level") or None, category=place)
    db.session.commit()
    flash(_("Your choice is saved."), "success")
    return redirect(url_for("forums.category", slug=place.slug))


@bp.route("/mentions.json")
@login_required
def mentions():
    """Autocomplete for @mentions: members whose name or handle starts like the text."""
    text = clean_text(request.args.get("q", ""))[:60]
    if not text.strip():
        abort(400)
    return {"members": services.mention_candidates(text)}
