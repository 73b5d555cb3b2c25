"""Reading the library: search with facets, a practice, its history and files, My library."""

from flask import render_template, request, send_file, url_for
from flask_login import current_user, login_required
from werkzeug.datastructures import MultiDict

from app.core.forms import clean_text, optional_int
from app.library import files, labels, reading
from app.library.blueprint import bp
from app.library.forms import CommentForm, QuestionForm, ReplicationForm
from app.library.search import FACETS, PRACTICE
from app.search import search

SORTS = ("relevance", "newest")


def chosen_filters(args: MultiDict) -> dict[str, list[str]]:
    """The facet values in the address (?country=UA&theme=energy&theme=tourism)."""
    chosen = {}
    for name in FACETS:
        values = [clean_text(v)[:60] for v in args.getlist(name) if v][:20]
        if values:
            chosen[name] = list(dict.fromkeys(values))
    return chosen


@bp.route("/")
def index():
    query = clean_text(request.args.get("q", "")).strip()[:200]
    filters = chosen_filters(request.args)
    sort = request.args.get("sort") if request.args.get("sort") in SORTS else None
    sort = sort or ("relevance" if query else "newest")
    page = request.args.get("page", type=optional_int) or 1
    results = search(query, current_user, doc_type=PRACTICE, page=page, filters=filters,
                     facets=FACETS, sort=sort)  # fmt: skip
    cards = reading.practices_by_ids([hit.doc_id for hit in results.hits])
    return render_template(
        "library/index.html", query=query, filters=filters, sort=sort, results=results,
        cards=cards, labels=labels, link=_link_with(query, filters, sort),
    )  # fmt: skip


def _link_with(query: str, filters: dict[str, list[str]], sort: str):
    """Build addresses that add or remove one facet value, keeping the rest of the search."""

    def link(name: str | None = None, value: str | None = None, **changes) -> str:
        chosen = {k: list(v) for k, v in filters.items()}
        if name:
            values = chosen.setdefault(name, [])
            chosen[name] = (
                [v for v in values if v != value] if value in values else [*values, value]
            )
        args = {"q": query or None, "sort": sort} | {k: v for k, v in chosen.items() if v}
        return url_for("library.index", **(args | changes))

    return link


@bp.route("/p/<int:practice_id>")
def practice(practice_id: int):
    item = reading.get_practice(current_user, practice_id)
    page = reading.practice_page(current_user, item)
    return render_template(
        "library/practice.html", page=page, practice=item, labels=labels,
        comment_form=CommentForm(), replication_form=ReplicationForm(),
        question_form=QuestionForm(),
    )  # fmt: skip


@bp.route("/p/<int:practice_id>/versions/<int:number>")
def version(practice_id: int, number: int):
    item = reading.get_practice(current_user, practice_id)
    shown = reading.version(item, number)
    return render_template("library/version.html", practice=item, version=shown, labels=labels,
                           versions=reading.versions(item))  # fmt: skip


@bp.route("/files/<int:file_id>/<name>")
def file(file_id: int, name: str):
    """A practice's file, to those who may view it: images inline, documents as downloads."""
    item = files.get(current_user, file_id)
    response = send_file(
        files.path_of(item), mimetype=item.content_type, as_attachment=not item.is_image,
        download_name=item.filename, conditional=True, max_age=3600,
    )  # fmt: skip
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.cache_control.private = True
    return response


@bp.route("/mine")
@login_required
def mine():
    return render_template(
        "library/mine.html", bookmarked=reading.bookmarked_by(current_user),
        written=reading.written_by(current_user), labels=labels,
    )  # fmt: skip
