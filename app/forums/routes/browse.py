"""Reading the forums: the index, categories, topic lists and topics."""

from datetime import datetime

from flask import abort, redirect, render_template, request, send_file
from flask_login import current_user, login_required

from app.core.forms import optional_int
from app.extensions import db
from app.forums import activity, attachments, services
from app.forums.blueprint import bp
from app.forums.cards import category_list, post_cards, topic_rows
from app.forums.forms import ReplyForm
from app.forums.urls import topic_url

VIEWS = ("latest", "new", "unread", "unanswered", "mine")
bp.add_app_template_global(post_cards)
bp.add_app_template_global(topic_rows)
bp.add_app_template_global(category_list)


def _cursor() -> tuple[datetime, int] | None:
    """The keyset cursor of the next page: ?before=<ISO time>_<topic id>."""
    return services.parse_cursor(request.args.get("before", ""))


def page_arg() -> int:
    return request.args.get("page", type=optional_int) or 1


def _view() -> str:
    view = request.args.get("view", "latest")
    if view not in VIEWS or (view != "latest" and not current_user.is_authenticated):
        return "latest"
    return view


@bp.route("/")
def index():
    categories = services.visible_categories(current_user)
    view = _view()
    rows = services.list_topics(current_user, categories, view, _cursor())
    return render_template(
        "forums/index.html", categories=categories, stats=services.category_stats(categories),
        rows=rows, view=view, views=VIEWS,
    )  # fmt: skip


@bp.route("/c/<slug>")
def category(slug: str):
    place = services.category_by_slug(current_user, slug)
    view, cursor = _view(), _cursor()
    pinned = services.list_topics(current_user, [place], view, pinned=True) if not cursor else []
    rows = services.list_topics(current_user, [place], view, cursor)
    watch = (
        activity.category_watch_level(current_user, place)
        if current_user.is_authenticated
        else None
    )
    return render_template(
        "forums/category.html", category=place, pinned=pinned, rows=rows, view=view, views=VIEWS,
        watch=watch,
    )  # fmt: skip


@bp.route("/t/<int:topic_id>")
def topic(topic_id: int):
    viewer = current_user._get_current_object()  # asked often on this page: skip the proxy
    found = services.get_topic(viewer, topic_id)
    page = services.topic_page(viewer, found, page_arg())
    return render_template(
        "forums/topic.html", topic=found, view=page,
        reply_form=ReplyForm if "reply" in page.topic_allowed else None,
        watch=activity.watch_level(viewer, found) if viewer.is_authenticated else None,
    )  # fmt: skip


@bp.route("/t/<int:topic_id>/unread")
@login_required
def first_unread(topic_id: int):
    """Jump to the first post the member has not read yet."""
    found = services.get_topic(current_user, topic_id)
    last_read = activity.last_read(current_user, found)
    return redirect(topic_url(found.id, min(last_read + 1, found.last_number)))


@bp.route("/t/<int:topic_id>/read", methods=["POST"])
@login_required
def read(topic_id: int):
    """Called by forums.js when the posts of a page were shown."""
    found = services.get_topic(current_user, topic_id)
    number = request.form.get("number", type=optional_int)
    if number is None:
        abort(400)
    services.mark_read(current_user, found, number)
    db.session.commit()
    return {"ok": True}


@bp.route("/p/<int:post_id>")
def post(post_id: int):
    """A stable link to a post, wherever it now is."""
    found = services.get_post(current_user, post_id)
    return redirect(topic_url(found.topic_id, found.number))


@bp.route("/attachments/<int:attachment_id>/<name>")
def attachment(attachment_id: int, name: str):
    """A post's file, to those who may read the post; images inline, PDFs as downloads."""
    item = attachments.get(current_user, attachment_id)
    response = send_file(
        attachments.path_of(item), mimetype=item.content_type,
        as_attachment=not item.is_image, download_name=item.filename, conditional=True,
        max_age=3600,
    )  # fmt: skip
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.cache_control.private = True
    return response
