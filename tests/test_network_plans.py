"""LEDPs and project portfolios: who edits, what is checked, coherence, the showcase."""

import io

import pytest
from sqlalchemy import func, select

from app.accounts.models import Role
from app.extensions import db
from app.network import ledps
from app.network.models import Enquiry, Ledp, Project
from app.notifications.models import Notification
from tests.factories import make_authority, make_country, make_user

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def plan_form(**changes) -> dict:
    values = {
        "title": "Cahul LEDP 2025-2028", "period_start": "2025", "period_end": "2028",
        "status": "adopted", "vision": "A green, **inclusive** town.",
        "follows_methodology": "y",
        "priorities-0-title": "Green jobs", "priorities-0-objectives": "More green SMEs",
        "priorities-0-indicators-0-name": "Green SMEs", "priorities-0-indicators-0-unit": "firms",
        "priorities-0-indicators-0-baseline": "10", "priorities-0-indicators-0-target": "30",
        "priorities-1-title": "Tourism",
        "priorities-1-indicators-0-name": "Visitors", "priorities-1-indicators-0-baseline": "1 000",
        "priorities-1-indicators-0-target": "5 000",
    }  # fmt: skip
    values.update(changes)
    return values


def project_form(**changes) -> dict:
    values = {"title": "Solar park", "stage": "idea", "currency": "EUR", "cost": "200000",
              "funding_municipal": "20000", "description": "A 1 MW park."}  # fmt: skip
    values.update(changes)
    return values


def the_plan(place) -> Ledp:
    db.session.expire_all()
    return db.session.scalar(select(Ledp).where(Ledp.authority_id == place.id))


def test_a_mayor_writes_the_ledp_and_measures_progress(client, login_as):
    place = make_authority(name_en="Cahul")
    login_as(make_user(authority=place))
    response = client.post(f"/network/authorities/{place.id}/ledp/edit", data=plan_form(
        document=(io.BytesIO(PDF), "ledp.pdf")), content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    plan = the_plan(place)
    assert [p.title for p in plan.priorities] == ["Green jobs", "Tourism"]
    visitors = plan.priorities[1].indicators[0]
    assert visitors.baseline == 1000 and visitors.target == 5000
    client.post(f"/network/indicators/{visitors.id}/measurements",
                data={"measured_on": "2026-01-15", "value": "3000"})  # fmt: skip
    page = client.get(f"/network/authorities/{place.id}/ledp").get_data(as_text=True)
    assert 'value="50"' in page  # halfway from 1,000 to 5,000
    assert "ledp.pdf" not in page and "The plan (PDF)" in page
    document = client.get(f"/network/authorities/{place.id}/ledp/document")
    assert document.data == PDF and document.mimetype == "application/pdf"
    # Editing keeps the earlier version in the history, and the indicator its measurements.
    client.post(f"/network/authorities/{place.id}/ledp/edit", data=plan_form(
        status="implementation", **{"priorities-1-id": str(visitors.priority_id),
                                    "priorities-1-indicators-0-id": str(visitors.id)}))  # fmt: skip
    plan = the_plan(place)
    assert plan.status == "implementation" and plan.priorities[1].indicators[0].latest.value == 3000
    assert "History" in client.get(f"/network/authorities/{place.id}/ledp").get_data(as_text=True)


def test_bad_plans_are_refused_next_to_the_field_and_nothing_is_saved(client, login_as):
    place = make_authority()
    login_as(make_user(authority=place))
    response = client.post(f"/network/authorities/{place.id}/ledp/edit",
                           data=plan_form(period_start="2028", period_end="2025"))  # fmt: skip
    assert "period cannot end before it starts." in response.get_data(as_text=True)
    response = client.post(
        f"/network/authorities/{place.id}/ledp/edit",
        data=plan_form(**{"priorities-0-indicators-0-target": "lots"}),
    )
    assert "Enter a number." in response.get_data(as_text=True)
    assert the_plan(place) is None


@pytest.mark.parametrize("role", ["visitor", "other member", "other facilitator", "moderator"])
def test_only_members_country_facilitators_and_admins_edit_plans(client, login_as, role):
    country = make_country("MD", "Moldova")
    place = make_authority(country=country)
    others = {
        "other member": lambda: make_user(authority=make_authority(country=country)),
        "other facilitator": lambda: make_user(role=Role.FACILITATOR,
                                               country=make_country("GE", "Georgia")),
        "moderator": lambda: make_user(role=Role.MODERATOR, country=country, authority=None),
    }  # fmt: skip
    if role != "visitor":
        login_as(others[role]())
    response = client.post(f"/network/authorities/{place.id}/ledp/edit", data=plan_form())
    assert response.status_code in (302, 403) and the_plan(place) is None
    response = client.post(f"/network/authorities/{place.id}/projects/new", data=project_form())
    assert db.session.scalar(select(func.count(Project.id))) == 0


@pytest.mark.parametrize("role", ["facilitator", "admin"])
def test_country_facilitators_and_admins_may_edit(client, login_as, role):
    country = make_country("MD", "Moldova")
    place = make_authority(country=country)
    login_as(make_user(role=role, country=country, authority=None))
    client.post(f"/network/authorities/{place.id}/ledp/edit", data=plan_form())
    assert the_plan(place) is not None


def test_portfolio_checks_costs_and_shows_coherence(client, login_as):
    place, elsewhere = make_authority(name_en="Soroca"), make_authority(name_en="Comrat")
    mayor = login_as(make_user(authority=place))
    client.post(f"/network/authorities/{place.id}/ledp/edit", data=plan_form())
    green_id = the_plan(place).priorities[0].id
    for bad, message in (
        ({"cost": "-5"}, "The cost must be more than zero."),
        ({"cost": "100", "funding_municipal": "500"}, "cannot be more than the cost"),
        ({"currency": "XXX"}, "Choose an option from the list."),
        ({"start_year": "2027", "end_year": "2025"}, "The end year cannot come before"),
    ):
        text = client.post(f"/network/authorities/{place.id}/projects/new",
                           data=project_form(**bad)).get_data(as_text=True)  # fmt: skip
        assert message in text, bad
    assert db.session.scalar(select(func.count(Project.id))) == 0
    ledps.save_ledp(make_user(authority=elsewhere), elsewhere, ledps.LedpInput(
        title="Comrat plan", period_start=2025, period_end=2030,
        priorities=[ledps.PriorityInput(title="Wine")]))  # fmt: skip
    db.session.commit()
    foreign = the_plan(elsewhere).priorities[0]
    text = client.post(
        f"/network/authorities/{place.id}/projects/new",
        data=project_form(priority_id=str(foreign.id)),
    ).get_data(as_text=True)
    assert "Choose one of your own LEDP" in text or "Choose an option from the list." in text

    client.post(f"/network/authorities/{place.id}/projects/new",
                data=project_form(title="Green park", priority_id=str(green_id)))  # fmt: skip
    client.post(f"/network/authorities/{place.id}/projects/new", data=project_form(title="Kiosk"))
    page = client.get(f"/network/authorities/{place.id}/portfolio").get_data(as_text=True)
    assert "Not tied to an LEDP priority" in page and "50% of the projects" in page
    assert "Tourism" in page.split('id="uncovered"')[1][:300]
    assert mayor.authority_id == place.id


def test_the_showcase_lists_ready_projects_and_carries_enquiries(client, login_as, mailbox):
    place = make_authority(name_en="Ungheni")
    mayor = make_user(authority=place, email="mayor@ungheni.example")
    login_as(mayor)
    client.post(f"/network/authorities/{place.id}/projects/new", data=project_form(
        title="Wine hub", stage="ready", cost="500000", funding_donor="100000"))  # fmt: skip
    client.post(
        f"/network/authorities/{place.id}/projects/new", data=project_form(title="Rough notion")
    )
    client.post("/logout")
    page = client.get("/network/showcase").get_data(as_text=True)
    assert "Wine hub" in page and "Rough notion" not in page and "€380,000" in page
    project = db.session.scalar(select(Project).where(Project.title == "Wine hub"))
    data = client.get("/api/v1/portfolio/projects?band=medium").get_json()
    assert [p["title"] for p in data["projects"]] == ["Wine hub"] and data["projects"][0]["gap"]
    assert "Wine hub" in client.get("/network/showcase?format=csv").get_data(as_text=True)
    notion = db.session.scalar(select(Project.id).where(Project.title == "Rough notion"))
    assert client.get(f"/network/showcase/{notion}").status_code == 404

    response = client.post(f"/network/showcase/{project.id}", data={
        "name": "Ana Investor", "email": "ana@fund.example", "organisation": "Green Fund",
        "message": "We would like to talk about co-financing."})  # fmt: skip
    assert response.status_code == 302
    note = db.session.scalar(
        select(Notification).where(
            Notification.user_id == mayor.id, Notification.kind == "portfolio_enquiry"
        )
    )
    assert "Wine hub" in note.subject and "co-financing" in note.body
    client.post(
        f"/network/showcase/{project.id}",
        data={
            "name": "Bot",
            "email": "bot@spam.example",
            "message": "Buy",
            "website": "http://spam",
        },
    )
    assert db.session.scalar(select(func.count(Enquiry.id))) == 1  # the honeypot caught it


def test_the_directory_filters_and_finds_names_in_any_script(client):
    country = make_country("UA", "Ukraine")
    make_authority(country=country, name_en="Vinnytsia", name_local="Вінниця", population=370000)
    make_authority(country=country, name_en="Slavske", name_local="Славське", population=17000,
                   kind="rural")  # fmt: skip
    page = client.get("/network/?q=вінн").get_data(as_text=True)
    assert "Vinnytsia" in page and "Slavske" not in page
    page = client.get("/network/?band=small&kind=rural").get_data(as_text=True)
    assert "Slavske" in page and "Vinnytsia" not in page
    page = client.get("/network/?ledp=none").get_data(as_text=True)
    assert "Slavske" in page


def test_country_pages_list_members_to_members_only(client, login_as):
    country = make_country("GE", "Georgia")
    make_user(name="Nino Gelashvili", authority=make_authority(country=country))
    assert "Nino Gelashvili" not in client.get("/network/countries/GE").get_data(as_text=True)
    login_as(make_user())
    assert "Nino Gelashvili" in client.get("/network/countries/GE").get_data(as_text=True)
