"""The programme dashboard (facilitators and admins): figures, charts, CSV, and the lists
behind the numbers."""

import csv
import io
from collections.abc import Iterable

from flask import Response, abort, render_template, request
from flask_login import current_user, login_required

from app.core.permissions import ensure
from app.network import dashboard as figures
from app.network import dashboard_lists as lists
from app.network import services
from app.network.blueprint import bp
from app.network.charts import dashboard_charts
from app.network.dashboard_counts import parse_month
from app.network.models import LEDP_STATUS_LABELS, STAGE_LABELS


def _country():
    """The country named by ?country=XX, or None when none is asked for (404 if unknown)."""
    code = request.args.get("country", "").strip()
    return services.country_by_code(code) if code else None


def _csv(rows: Iterable[Iterable[str]], filename: str) -> Response:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    response = Response(out.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.route("/dashboard")
@login_required
def dashboard():
    ensure(current_user, "view_dashboard")
    board = figures.board()
    monthly = figures.monthly(_country(), now=board.as_of)
    return render_template(
        "network/dashboard.html", board=board, monthly=monthly,
        charts=dashboard_charts(board, monthly), STAGE_LABELS=STAGE_LABELS,
        MONTHLY_LABELS=figures.MONTHLY_LABELS,
    )  # fmt: skip


@bp.route("/dashboard.csv")
@login_required
def dashboard_csv():
    ensure(current_user, "view_dashboard")
    header = [("indicator", "country", "value", "target")]
    return _csv(header + figures.csv_rows(figures.board()), "m4eg-dashboard.csv")


@bp.route("/dashboard/monthly.csv")
@login_required
def dashboard_monthly_csv():
    ensure(current_user, "view_dashboard")
    country = _country()
    rows = figures.monthly_csv_rows(figures.monthly(country))
    suffix = f"-{country.code.lower()}" if country else ""
    return _csv(rows, f"m4eg-dashboard-monthly{suffix}.csv")


@bp.route("/dashboard/list/<indicator>")
@login_required
def dashboard_list(indicator: str):
    ensure(current_user, "view_dashboard")
    month_text = request.args.get("month")
    month = parse_month(month_text)
    if month_text and month is None:
        abort(404)
    filters = lists.Filters(_country(), month, request.args.get("stage") or None)
    found = lists.listing(indicator, filters, request.args.get("page", 1, type=int))
    return render_template(
        "network/dashboard_list.html", listing=found, countries=services.countries(),
        STAGE_LABELS=STAGE_LABELS, LEDP_STATUS_LABELS=LEDP_STATUS_LABELS,
    )  # fmt: skip
