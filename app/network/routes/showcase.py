"""The public showcase of projects ready for activation, and investors' enquiries."""

import csv
import io

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from app.core.errors import Invalid
from app.core.forms import show_error
from app.extensions import db, limiter
from app.library.models import Theme
from app.network import portfolios, services
from app.network.blueprint import bp
from app.network.forms import EnquiryForm
from app.network.models import SOURCE_LABELS


@bp.route("/showcase")
def showcase():
    filters = portfolios.showcase_filters(request.args)
    projects = portfolios.showcase(filters)
    if request.args.get("format") == "csv":
        return _csv(projects)
    return render_template(
        "network/showcase.html", projects=projects, filters=filters,
        countries=services.countries(), themes=db.session.scalars(
            db.select(Theme).order_by(Theme.position)).all(),
        locale=str(get_locale() or "en"), bands=portfolios.COST_BANDS,
    )  # fmt: skip


def _csv(projects) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    columns = ["id", "title", "authority", "country", "location", "themes", "sdgs", "currency",
               "cost", "secured", "gap", "url"]  # fmt: skip
    writer.writerow(columns)
    for project in projects:
        values = portfolios.showcase_row(project)
        values["themes"] = " ".join(values["themes"])
        values["sdgs"] = " ".join(str(n) for n in values["sdgs"])
        writer.writerow([values[c] if values[c] is not None else "" for c in columns])
    response = Response(out.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = 'attachment; filename="ready-projects.csv"'
    return response


@bp.route("/showcase/<int:project_id>", methods=["GET", "POST"])
@limiter.limit("5 per hour", methods=["POST"])
def showcase_project(project_id: int):
    project = portfolios.ready_project(project_id)
    form = EnquiryForm()
    if form.validate_on_submit():
        if form.website.data:  # the honeypot: a person leaves it empty
            flash(_("Thank you: your message is sent to the local authority."), "success")
            return redirect(url_for("network.showcase_project", project_id=project.id))
        try:
            portfolios.send_enquiry(project, form.name.data, form.email.data,
                                    form.organisation.data or "", form.message.data)  # fmt: skip
        except Invalid as error:
            db.session.rollback()
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("Thank you: your message is sent to the local authority."), "success")
            return redirect(url_for("network.showcase_project", project_id=project.id))
    return render_template("network/showcase_project.html", project=project, form=form,
                           sources=SOURCE_LABELS, locale=str(get_locale() or "en"))  # fmt: skip
