"""The practice library: writing, review, versions, files, bookmarks, adaptations, questions."""

import io
import re

import pytest
from sqlalchemy import select

from app.accounts.models import Role
from app.extensions import db
from app.forums.models import Topic
from app.library import activity
from app.library import services as library
from app.library.models import Practice, PracticeVersion, Status, Theme
from app.notifications.models import Notification
from tests.factories import make_authority, make_country, make_practice, make_user

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def form(**changes) -> dict:
    """What a writer sends from the practice form."""
    values = {
        "title": "Solar roofs on municipal schools", "kind": "case_study", "language": "en",
        "summary": "Twelve schools got solar panels; the savings pay for maintenance.",
        "body": "## What we did\n\nWe installed **solar** panels on twelve school roofs.",
        "stage": "implemented", "year_start": "2022", "year_end": "2024",
        "budget_amount": "185 000,50", "budget_currency": "EUR",
        "funding_sources": "EU grant, municipal budget", "partners": "Energy agency",
        "results-0-indicator": "Energy bill", "results-0-baseline": "100%",
        "results-0-achieved": "62%", "lessons": "- Start with an energy audit",
        "contact_name": "Olena", "contact_email": "olena@example.org",
    }  # fmt: skip
    values.update(changes)
    return values


def fresh(obj):
    """The object as the database holds it now (each request has its own session)."""
    db.session.expire_all()
    return db.session.get(type(obj), obj.id)


def notifications_of(user) -> list[Notification]:
    return list(db.session.scalars(select(Notification).where(Notification.user_id == user.id)))


@pytest.mark.usefixtures("search_index")
def test_a_practice_goes_from_draft_through_review_to_the_library(client, login_as):
    place = make_authority(name_en="Cahul")
    mayor = make_user(name="Ion Mayor", authority=place)
    facilitator = make_user(role=Role.FACILITATOR, country=place.country, name="Fa Cilitator")
    energy = db.session.scalar(select(Theme).where(Theme.slug == "energy"))
    login_as(mayor)
    response = client.post("/library/new", data=form(
        country_id=str(place.country_id), authority_id=str(place.id), author_ids=[str(mayor.id)],
        theme_ids=[str(energy.id)], sdgs=["7", "11"],
        files=[(io.BytesIO(PNG), "roof.png"), (io.BytesIO(PDF), "audit.pdf")],
    ), content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    practice = db.session.scalar(select(Practice))
    assert fresh(practice).status == Status.DRAFT and practice.budget_amount == 185000.50
    assert [f.filename for f in practice.files] == ["roof.png", "audit.pdf"]
    assert practice.cover.filename == "roof.png" and library.sdgs_of(practice.id) == [7, 11]
    assert "<strong>solar</strong>" in practice.html

    # A draft is the author's alone: others get 404, and it is not in search.
    assert client.get(f"/library/p/{practice.id}").status_code == 200
    client.post(f"/library/p/{practice.id}/submit")
    assert fresh(practice).status == Status.SUBMITTED
    assert any("waits for review" in n.subject for n in notifications_of(facilitator))

    login_as(facilitator)
    assert "Solar roofs" in client.get("/library/review").get_data(as_text=True)
    client.post(f"/library/p/{practice.id}/review/changes", data={"comment": ""})
    assert fresh(practice).status == Status.SUBMITTED  # a request for changes needs a comment
    client.post(f"/library/p/{practice.id}/review/changes", data={"comment": "Add a budget line"})
    assert fresh(practice).status == Status.CHANGES_REQUESTED
    assert any("Changes requested" in n.subject for n in notifications_of(mayor))

    login_as(mayor)
    page = client.get(f"/library/p/{practice.id}").get_data(as_text=True)
    assert "Add a budget line" in page
    client.post(f"/library/p/{practice.id}/edit", data=form(
        country_id=str(place.country_id), authority_id=str(place.id), author_ids=[str(mayor.id)],
        summary="Twelve schools got solar panels; a budget line pays for maintenance.",
    ))  # fmt: skip
    client.post(f"/library/p/{practice.id}/submit")
    login_as(facilitator)
    client.post(f"/library/p/{practice.id}/review/publish", data={"comment": "Thank you"})
    assert fresh(practice).status == Status.PUBLISHED and fresh(practice).version == 1

    client.post("/logout")
    page = client.get(f"/library/p/{practice.id}").get_data(as_text=True)
    assert "a budget line pays" in page and "Energy bill" in page and "audit.pdf" in page
    listing = client.get("/library/?q=solar").get_data(as_text=True)
    assert f'data-practice="{practice.id}"' in listing


def test_drafts_and_submitted_practices_stay_hidden(client, login_as):
    draft = make_practice(status="draft")
    waiting = make_practice(status="submitted")
    login_as(make_user())
    assert client.get(f"/library/p/{draft.id}").status_code == 404
    assert client.get(f"/library/p/{waiting.id}").status_code == 404
    assert client.get(f"/library/p/{draft.id}/edit").status_code == 404
    login_as(make_user(role=Role.FACILITATOR))
    assert client.get(f"/library/p/{draft.id}").status_code == 404  # not submitted yet
    assert client.get(f"/library/p/{waiting.id}").status_code == 200


def test_only_reviewers_decide(client, login_as):
    practice = make_practice(status="submitted")
    login_as(practice.authors[0])
    client.post(f"/library/p/{practice.id}/review/publish", data={"comment": ""})
    assert fresh(practice).status == Status.SUBMITTED
    login_as(make_user(role=Role.FACILITATOR))
    client.post(f"/library/p/{practice.id}/review/publish", data={"comment": ""})
    assert fresh(practice).status == Status.PUBLISHED


def test_every_published_version_is_kept(client, login_as):
    practice = make_practice(title="Bike lanes")
    login_as(practice.authors[0])
    data = form(title="Bike lanes, second year", country_id=str(practice.country_id),
                author_ids=[str(practice.authors[0].id)])  # fmt: skip
    assert client.post(f"/library/p/{practice.id}/edit", data=data).status_code == 302
    versions = db.session.scalars(
        select(PracticeVersion).where(PracticeVersion.practice_id == practice.id)
    ).all()
    assert [v.snapshot["title"] for v in versions] == ["Bike lanes", "Bike lanes, second year"]
    page = client.get(f"/library/p/{practice.id}").get_data(as_text=True)
    assert "Updated" in page and "version 2" in page
    old = client.get(f"/library/p/{practice.id}/versions/1").get_data(as_text=True)
    assert '<h1 class="h3">Bike lanes</h1>' in old


def test_bad_input_is_refused_with_the_field_and_nothing_is_lost(client, login_as):
    member = make_user()
    login_as(member)
    response = client.post("/library/new", data=form(
        country_id=str(member.country_id), budget_amount="lots", year_end="2020",
    ))  # fmt: skip
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and db.session.scalar(select(Practice)) is None
    assert "The end year cannot come before the start year." in text
    assert "Twelve schools got solar panels" in text  # what was typed is still there
    response = client.post("/library/new", data=form(
        country_id=str(member.country_id), budget_amount="lots",
    ))  # fmt: skip
    assert "Enter the budget as a number." in response.get_data(as_text=True)


def test_files_are_checked_by_content(client, login_as):
    member = make_user()
    login_as(member)
    response = client.post("/library/new", data=form(
        country_id=str(member.country_id),
        files=[(io.BytesIO(b"#!/bin/sh\nrm -rf /"), "report.pdf")],
    ), content_type="multipart/form-data")  # fmt: skip
    assert "report.pdf is not a file type we accept here." in response.get_data(as_text=True)
    assert db.session.scalar(select(Practice)) is None
    response = client.post("/library/new", data=form(
        country_id=str(member.country_id), files=[(io.BytesIO(PDF), "../../etc/passwd.pdf")],
    ), content_type="multipart/form-data")  # fmt: skip
    practice = db.session.scalar(select(Practice))
    assert practice.files[0].filename == "etc_passwd.pdf"
    served = client.get(f"/library/files/{practice.files[0].id}/x")
    assert served.headers["Content-Disposition"].startswith("attachment")
    assert served.mimetype == "application/pdf" and "sandbox" in served.headers[
        "Content-Security-Policy"]  # fmt: skip
    login_as(make_user())
    assert client.get(f"/library/files/{practice.files[0].id}/x").status_code == 404


def test_oversized_files_are_refused(app, client, login_as):
    member = make_user()
    login_as(member)
    app.config["UPLOAD_MAX_MB"] = 1
    try:
        response = client.post("/library/new", data=form(
            country_id=str(member.country_id),
            files=[(io.BytesIO(PDF + b"0" * (1024 * 1024)), "big.pdf")],
        ), content_type="multipart/form-data")  # fmt: skip
    finally:
        app.config["UPLOAD_MAX_MB"] = 10
    assert "big.pdf is larger than 1 MB." in response.get_data(as_text=True)


def test_bookmarks_make_my_library(client, login_as):
    practice = make_practice(title="Farmers' market")
    reader = login_as(make_user())
    client.post(f"/library/p/{practice.id}/bookmark")
    assert "Farmers" in client.get("/library/mine").get_data(as_text=True)
    client.post(f"/library/p/{practice.id}/bookmark")
    assert "Farmers" not in client.get("/library/mine").get_data(as_text=True)
    assert not activity.is_bookmarked(reader, practice)


def test_an_authority_says_it_adapted_a_practice(client, login_as):
    practice = make_practice(title="Business incubator")
    elsewhere = make_user(authority=make_authority(name_en="Soroca"))
    login_as(elsewhere)
    client.post(f"/library/p/{practice.id}/adapted", data={"note": "We run it for women"})
    page = client.get(f"/library/p/{practice.id}").get_data(as_text=True)
    assert "Soroca" in page and "We run it for women" in page
    assert any("Soroca adapted" in n.subject for n in notifications_of(practice.authors[0]))
    client.post(f"/library/p/{practice.id}/adapted", data={"note": "Again"})
    assert len(activity.replications(practice)) == 1  # once per authority
    login_as(practice.authors[0])  # not for one's own authority
    client.post(f"/library/p/{practice.id}/adapted", data={"note": "Us too"})
    assert len(activity.replications(practice)) == 1


def test_ask_the_author_opens_a_linked_forum_topic(client, login_as):
    practice = make_practice(title="Street lighting")
    asker = login_as(make_user())
    response = client.post(
        f"/library/p/{practice.id}/ask",
        data={"title": "How did you finance the LEDs?", "body": "Was it a loan or a grant?"},
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic))
    assert topic.author_id == asker.id and topic.is_question
    page = client.get(f"/library/p/{practice.id}").get_data(as_text=True)
    assert "How did you finance the LEDs?" in page
    assert any("A question about" in n.subject for n in notifications_of(practice.authors[0]))
    thread = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"/library/p/{practice.id}" in thread  # the question links back


def test_translations_and_related_practices_are_linked(client, login_as):
    original = make_practice(title="Participatory budget", language="en")
    translated = make_practice(title="Бюджет участі", language="uk",
                               translation_of_id=original.id, related_ids=[])  # fmt: skip
    other = make_practice(title="Youth council", related_ids=[original.id])
    page = client.get(f"/library/p/{original.id}").get_data(as_text=True)
    assert f'href="/library/p/{translated.id}"' in page and "Українська" in page
    assert f'href="/library/p/{other.id}"' in page


def test_archived_and_deleted_practices_leave_the_lists(client, login_as):
    country = make_country("GE", "Georgia")
    archived = make_practice(status="archived", author=make_user(country=country,
                             authority=make_authority(country=country)))  # fmt: skip
    assert client.get(f"/library/p/{archived.id}").status_code == 200  # the page stays
    draft = make_practice(status="draft")
    login_as(draft.authors[0])
    client.post(f"/library/p/{draft.id}/delete")
    assert fresh(draft).deleted_at is not None
    assert client.get(f"/library/p/{draft.id}").status_code == 404


def test_admins_manage_the_themes_in_every_language(client, login_as):
    login_as(make_user(role=Role.FACILITATOR))
    assert client.get("/library/themes").status_code == 403
    login_as(make_user(role=Role.ADMIN))
    client.post("/library/themes", data={"name_en": "Water", "name_uk": "Вода"})
    water = db.session.scalar(select(Theme).where(Theme.slug == "water"))
    assert water.name("uk") == "Вода" and water.name("ka") == "Water"
    response = client.post("/library/themes", data={"name_en": "Water"})
    assert "A theme with this name exists already." in response.get_data(as_text=True)
    client.post(f"/library/themes/{water.id}", data={"name_en": "Water", "name_ka": "წყალი"})
    assert fresh(water).name("ka") == "წყალი"


def facet_counts(html: str, name: str) -> dict[str, int]:
    """The values and counts a facet shows on the library page."""
    section = re.search(rf'data-facet="{name}">(.*?)</section>', html, re.S)
    if not section:
        return {}
    pairs = re.findall(r'data-value="([^"]+)".*?<span class="text-muted">(\d+)</span>',
                       section.group(1), re.S)  # fmt: skip
    return {value: int(count) for value, count in pairs}


@pytest.mark.usefixtures("search_index")
def test_the_library_page_filters_by_facets_kept_in_the_address(client):
    ukraine, georgia = make_country("UA", "Ukraine"), make_country("GE", "Georgia")
    energy, tourism = (db.session.scalar(select(Theme.id).where(Theme.slug == s))
                       for s in ("energy", "tourism"))  # fmt: skip
    kyiv = make_user(country=ukraine, authority=make_authority(country=ukraine))
    tbilisi = make_user(country=georgia, authority=make_authority(country=georgia))
    roofs = make_practice(author=kyiv, title="Solar school roofs", theme_ids=[energy], sdgs=[7])
    make_practice(author=kyiv, title="Wine route", theme_ids=[tourism], year_start=2021)
    make_practice(author=tbilisi, title="Solar street lights", theme_ids=[energy])
    make_practice(author=tbilisi, title="Solar draft", status="draft")

    page = client.get("/library/").get_data(as_text=True)
    assert "3 practices" in page
    assert facet_counts(page, "country") == {"UA": 2, "GE": 1}
    page = client.get("/library/?q=solar&country=UA").get_data(as_text=True)
    assert "1 practice" in page and f'data-practice="{roofs.id}"' in page
    assert facet_counts(page, "country") == {"UA": 1, "GE": 1}  # other countries stay offered
    page = client.get("/library/?theme=energy&country=UA&country=GE").get_data(as_text=True)
    assert "2 practices" in page and "Wine route" not in page
    assert facet_counts(page, "sdg") == {"7": 1}
    assert "Solar draft" not in client.get("/library/?q=draft").get_data(as_text=True)


@pytest.mark.usefixtures("search_index")
def test_an_archived_practice_leaves_search_at_once(client, login_as):
    practice = make_practice(title="Cooperative dairy")
    shown = f'data-practice="{practice.id}"'
    assert shown in client.get("/library/?q=dairy").get_data(as_text=True)
    login_as(make_user(role=Role.FACILITATOR))
    client.post(f"/library/p/{practice.id}/review/archive", data={"comment": "Outdated"})
    client.post("/logout")
    assert shown not in client.get("/library/?q=dairy").get_data(as_text=True)


def test_the_api_gives_a_practice_with_its_facts(client):
    practice = make_practice(
        title="Bike lanes",
        budget_amount="1200.5",
        budget_currency="EUR",
        sdgs=[11],
        results=[library.Result("Cyclists a day", "50", "400")],
    )
    body = client.get(f"/api/v1/practices/{practice.id}").get_json()
    assert body["title"] == "Bike lanes" and body["status"] == "published"
    assert body["budget"] == {"amount": "1200.50", "currency": "EUR"} and body["sdgs"] == [11]
    assert body["results"] == [{"indicator": "Cyclists a day", "baseline": "50",
                                "achieved": "400"}]  # fmt: skip
    assert body["versions"][0]["number"] == 1
    draft = make_practice(status="draft")
    missing = client.get(f"/api/v1/practices/{draft.id}")
    assert missing.status_code == 404 and missing.is_json and missing.get_json()["error"]
