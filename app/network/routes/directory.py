"""The network's directory of countries and local authorities."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts import services as accounts
from app.core.errors import DomainError
from app.core.forms import show_error
from app.core.permissions import can, ensure
from app.extensions import db
from app.library import activity as library_activity
from app.library import reading as library
from app.network import directory, ledps, portfolios, services
from app.network.blueprint import bp
from app.network.forms import AuthorityForm, CountryForm, country_choices
from app.network.models import LEDP_STATUS_LABELS


def _listing() -> dict:
    """What every authority list shows beside the names."""
    return {"counts": services.member_counts(), "plans": directory.plan_states(),
            "projects": directory.project_counts(), "ledp_labels": LEDP_STATUS_LABELS}  # fmt: skip


@bp.route("/")
def index():
    filters = directory.filters_from(request.args)
    return render_template(
        "network/index.html", countries=services.countries(), filters=filters,
        authorities=directory.find(filters), regions=directory.regions(),
        themes=library.themes(), locale=str(get_locale() or "en"), **_listing(),
    )  # fmt: skip


@bp.route("/countries/<code>")
def country(code: str):
    place = services.country_by_code(code)
    authorities = services.authorities(place)
    plans = directory.plan_states()
    return render_template(
        "network/country.html", country=place, authorities=authorities,
        facilitators=directory.facilitators_of(place.id),
        people=directory.members_in(place.id) if can(current_user, "view_members") else None,
        with_plan=[a for a in authorities if a.id in plans],
        members=sum(services.member_counts().get(a.id, 0) for a in authorities), **_listing(),
    )  # fmt: skip


@bp.route("/authorities/<int:authority_id>")
def authority(authority_id: int):
    place = services.authority(authority_id)
    members = accounts.members_of(place) if can(current_user, "view_members") else None
    return render_template(
        "network/authority.html", authority=place, members=members,
        practices=library.published_from(place.id),
        adapted=library_activity.adaptations_by(place.id), ledp=ledps.ledp_of(place),
        projects=portfolios.portfolio(place), ledp_labels=LEDP_STATUS_LABELS,
        topics=directory.forum_activity(current_user, place),
        events=directory.events_attended(current_user, place),
    )  # fmt: skip


@bp.route("/countries/new", methods=["GET", "POST"])
@login_required
def new_country():
    ensure(current_user, "manage_countries")
    form = CountryForm()
    if form.validate_on_submit():
        try:
            created = services.create_country(current_user, form.code.data, form.name_en.data)
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The country is added."), "success")
            return redirect(url_for("network.country", code=created.code))
    return render_template("network/country_form.html", form=form)


@bp.route("/authorities/new", methods=["GET", "POST"], defaults={"authority_id": None})
@bp.route("/authorities/<int:authority_id>/edit", methods=["GET", "POST"])
@login_required
def edit_authority(authority_id: int | None):
    ensure(current_user, "manage_authorities")
    target = services.authority(authority_id) if authority_id else None
    form = AuthorityForm(obj=target, country=target.country_id if target else None)
    form.country.set_choices(country_choices(_("Choose…")))
    if form.validate_on_submit():
        try:
            saved = services.save_authority(
                current_user, target, name_local=form.name_local.data, name_en=form.name_en.data,
                country=services.get_country(form.country.data), region=form.region.data or "",
                kind=form.kind.data, population=form.population.data,
                joined_year=form.joined_year.data,
            )  # fmt: skip
        except DomainError as error:
            show_error(form, error)
        else:
            db.session.commit()
            flash(_("The local authority is saved."), "success")
            return redirect(url_for("network.authority", authority_id=saved.id))
    return render_template("network/authority_form.html", form=form, authority=target)
