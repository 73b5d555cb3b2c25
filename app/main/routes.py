"""Home, site search, and the pages of features still being built."""

from flask import Blueprint, render_template, request
from flask_login import current_user

from app.core.forms import clean_text
from app.main import services
from app.search.query import SORTS

bp = Blueprint("main", __name__)


@bp.route("/")
def home():
    if not current_user.is_authenticated:
        return render_template("main/welcome.html", figures=services.network_figures())
    return render_template("main/home.html", **services.home_for(current_user))


@bp.route("/search")
def search():
    query = clean_text(request.args.get("q", "")).strip()[:200]
    doc_type = clean_text(request.args.get("type", ""))[:40] or None
    sort = request.args.get("sort") if request.args.get("sort") in SORTS else "relevance"
    page = request.args.get("page", 1, type=int)
    results = services.site_search(current_user, query, doc_type, page, sort) if query else None
    return render_template("main/search.html", query=query, results=results, sort=sort)


@bp.route("/healthz")
def healthz():
    services.check_database()
    return {"status": "ok"}
