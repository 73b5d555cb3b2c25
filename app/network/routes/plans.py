"""An authority's LEDP and project portfolio: reading, editing, measuring, reviewing."""

from types import SimpleNamespace

from flask import flash, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from app.core.errors import DomainError, Invalid, NotFound
from app.core.forms import show_error
from app.core.permissions import ensure
from app.extensions import db, limiter
from app.library.models import Theme
from app.network import ledps, portfolios, services
from app.network.blueprint import bp
from app.network.forms import LedpForm, MeasurementForm, ProjectForm, ReviewForm
from app.network.models import (
    LEDP_STATUS_LABELS,
    SOURCE_LABELS,
    STAGE_LABELS,
    Indicator,
    Project,
    ProjectDocument,
)

WRITE_LIMIT = "30 per minute"


@bp.route("/authorities/<int:authority_id>/ledp")
def ledp(authority_id: int):
    place = services.authority(authority_id)
    plan = ledps.ledp_of(place)
    return render_template(
        "network/ledp.html", authority=place, ledp=plan, labels=LEDP_STATUS_LABELS,
        history=ledps.history(plan) if plan else [], measure_form=MeasurementForm(),
        review_form=ReviewForm(),
    )  # fmt: skip


def _ledp_values(plan) -> SimpleNamespace:
    priorities = [
        SimpleNamespace(id=p.id, title=p.title, objectives=p.objectives, indicators=[
            SimpleNamespace(id=i.id, name=i.name, unit=i.unit, baseline=f"{i.baseline:f}",
                            target=f"{i.target:f}", target_year=i.target_year)
            for i in p.indicators])
        for p in plan.priorities
    ]  # fmt: skip
    return SimpleNamespace(
        title=plan.title, period_start=plan.period_start, period_end=plan.period_end,
        status=plan.status, adopted_on=plan.adopted_on, vision=plan.vision,
        follows_methodology=plan.follows_methodology, methodology_url=plan.methodology_url,
        document=None, priorities=priorities,
    )  # fmt: skip


def _room_to_add(form: LedpForm) -> None:
    """Empty rows after the plan's own: one more priority, one more indicator in each."""
    for entry in form.priorities:
        if len(entry.form.indicators) < entry.form.indicators.max_entries:
            entry.form.indicators.append_entry()
    if len(form.priorities) < form.priorities.max_entries:
        form.priorities.append_entry()


@bp.route("/authorities/<int:authority_id>/ledp/edit", methods=["GET", "POST"])
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def edit_ledp(authority_id: int):
    place = services.authority(authority_id)
    ensure(current_user, "edit_plans", place)
    plan = ledps.ledp_of(place)
    form = LedpForm(obj=_ledp_values(plan) if plan and request.method == "GET" else None)
    if request.method == "GET" and plan is None:
        form.follows_methodology.data = True
    if request.method == "GET" and plan is not None:
        _room_to_add(form)
    if form.validate_on_submit():
        try:
            ledps.save_ledp(current_user, place, form.to_input(), request.files.get("document"))
        except Invalid as error:
            db.session.rollback()  # nothing saved half-way
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The plan is saved."), "success")
            return redirect(url_for("network.ledp", authority_id=place.id))
    return render_template("network/ledp_edit.html", authority=place, form=form, ledp=plan)


@bp.post("/indicators/<int:indicator_id>/measurements")
@login_required
def measure(indicator_id: int):
    indicator = db.get_or_404(Indicator, indicator_id)
    place = indicator.priority.ledp.authority
    form = MeasurementForm()
    try:
        if not form.validate_on_submit():
            raise Invalid(" ".join(e for errors in form.errors.values() for e in errors))
        ledps.record_measurement(current_user, indicator, form.measured_on.data,
                                 form.value.data, form.note.data or "")  # fmt: skip
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        db.session.commit()
        flash(_("The measurement is saved."), "success")
    return redirect(url_for("network.ledp", authority_id=place.id) + f"#indicator-{indicator.id}")


@bp.post("/authorities/<int:authority_id>/ledp/review")
@login_required
def review_ledp(authority_id: int):
    place = services.authority(authority_id)
    plan = ledps.ledp_of(place)
    if plan is None:
        raise NotFound()
    form = ReviewForm()
    if form.validate_on_submit():
        ledps.review(current_user, plan, form.note.data or "")
        db.session.commit()
        flash(_("Your review is recorded."), "success")
    return redirect(url_for("network.ledp", authority_id=place.id))


@bp.route("/authorities/<int:authority_id>/ledp/document")
def ledp_document(authority_id: int):
    plan = ledps.ledp_of(services.authority(authority_id))
    if plan is None or not plan.document_stored:
        raise NotFound()
    response = send_file(ledps.document_path(plan), mimetype="application/pdf",
                         as_attachment=True, download_name=plan.document_name)  # fmt: skip
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.route("/authorities/<int:authority_id>/portfolio")
def portfolio(authority_id: int):
    place = services.authority(authority_id)
    projects = portfolios.portfolio(place)
    return render_template(
        "network/portfolio.html", authority=place, projects=projects, stages=STAGE_LABELS,
        coherence=portfolios.coherence(place, projects), locale=str(get_locale() or "en"),
    )  # fmt: skip


@bp.route("/projects/<int:project_id>")
def project(project_id: int):
    item = db.get_or_404(Project, project_id)
    return render_template("network/project.html", project=item, stages=STAGE_LABELS,
                           sources=SOURCE_LABELS, locale=str(get_locale() or "en"))  # fmt: skip


def _fill(form: ProjectForm, place) -> None:
    locale = str(get_locale() or "en")
    form.theme_ids.set_choices(
        [(t.id, t.name(locale)) for t in db.session.scalars(select(Theme).order_by(Theme.position))]
    )
    plan = ledps.ledp_of(place)
    form.priority_id.set_choices(
        [("", _("Not tied to a priority"))]
        + [(p.id, p.title) for p in (plan.priorities if plan else [])]
    )


def _project_values(item: Project) -> dict:
    values = {name: getattr(item, name) for name in (
        "title", "description", "stage", "currency", "partners", "location", "start_year",
        "end_year", "contact_name", "contact_email", "priority_id", "sdgs")}  # fmt: skip
    values["cost"] = f"{item.cost:f}" if item.cost is not None else ""
    values["theme_ids"] = [t.id for t in item.themes]
    for funding in item.funding:
        values[f"funding_{funding.source}"] = f"{funding.amount:f}"
    return values


@bp.route("/authorities/<int:authority_id>/projects/new", methods=["GET", "POST"],
          defaults={"project_id": None})  # fmt: skip
@bp.route("/projects/<int:project_id>/edit", methods=["GET", "POST"],
          defaults={"authority_id": None})  # fmt: skip
@login_required
@limiter.limit(WRITE_LIMIT, methods=["POST"])
def edit_project(authority_id: int | None, project_id: int | None):
    item = db.get_or_404(Project, project_id) if project_id else None
    place = item.authority if item else services.authority(authority_id)
    ensure(current_user, "edit_plans", place)
    form = ProjectForm(data=_project_values(item) if item and request.method == "GET" else None)
    _fill(form, place)
    if form.validate_on_submit():
        try:
            saved = portfolios.save_project(current_user, place, item, form.to_input(),
                                            request.files.getlist("files"))  # fmt: skip
        except Invalid as error:
            db.session.rollback()  # nothing saved half-way
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The project is saved."), "success")
            return redirect(url_for("network.project", project_id=saved.id))
    return render_template("network/project_edit.html", authority=place, form=form, project=item)


@bp.post("/projects/<int:project_id>/delete")
@login_required
def delete_project(project_id: int):
    item = db.get_or_404(Project, project_id)
    place_id = item.authority_id
    portfolios.delete_project(current_user, item)
    db.session.commit()
    flash(_("The project is deleted."), "success")
    return redirect(url_for("network.portfolio", authority_id=place_id))


@bp.route("/documents/<int:document_id>/<name>")
def project_document(document_id: int, name: str):
    item = db.get_or_404(ProjectDocument, document_id)
    response = send_file(portfolios.document_path(item), mimetype=item.content_type,
                         as_attachment=True, download_name=item.filename)  # fmt: skip
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
