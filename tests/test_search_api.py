"""GET /api/v1/search: the shape of the answer, who sees what, and clear 400s."""

import pytest

from app.accounts import tokens
from app.accounts.models import Role
from app.extensions import db
from tests.factories import make_user
from tests.test_search_languages import library  # noqa: F401 - the fixture
from tests.test_search_queries import shelf  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("search_index", "shelf")


def bearer(user) -> dict[str, str]:
    _token, raw = tokens.create_token(user, "Search script")
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}


def test_an_anonymous_search_with_facets_and_marked_titles(client):
    data = client.get("/api/v1/search?q=green&type=casebook&country=UA,MD").get_json()
    assert data["query"] == "green" and data["total"] == 2
    assert (data["page"], data["pages"]) == (1, 1) and data["suggestion"] is None
    first = data["hits"][0]
    assert first == {
        "type": "casebook", "id": 1, "title": "Green recovery of district heating",
        "title_html": "<mark>Green</mark> recovery of district heating",
        "snippet_html": "Energy savings in schools.", "url": "http://localhost/cases/1",
        "language": "en",
        "facets": {"country": ["UA"], "theme": ["green-recovery", "energy"], "sdg": ["7", "11"],
                   "kind": ["case_study"], "stage": ["implemented"], "language": ["en"],
                   "year": ["2021", "2022"]},
    }  # fmt: skip
    assert {"value": "GE", "count": 1} in data["facets"]["country"]  # not chosen, still offered
    assert data["facets"]["theme"][0] == {"value": "energy", "count": 2}
    assert set(data["facets"]) == {"country", "theme", "sdg", "kind", "stage", "language", "year"}


def test_repeated_parameters_sort_and_paging(client):
    data = client.get("/api/v1/search?type=casebook&kind=guide&kind=ledp&sort=newest").get_json()
    assert [hit["id"] for hit in data["hits"]] == [4, 2]
    data = client.get("/api/v1/search?q=green&sort=newest&page=1").get_json()
    assert [hit["id"] for hit in data["hits"]] == [5, 4, 2, 1]


def test_a_token_sees_what_its_member_may_see(client):
    assert client.get("/api/v1/search?q=audit").get_json()["total"] == 0
    staff = bearer(make_user(role=Role.MODERATOR))
    data = client.get("/api/v1/search?q=audit", headers=staff).get_json()
    assert [hit["id"] for hit in data["hits"]] == [6]
    member = bearer(make_user())
    assert client.get("/api/v1/search?q=audit", headers=member).get_json()["total"] == 0


def test_a_suggestion_when_nothing_matches(client):
    data = client.get("/api/v1/search?q=kindergarden").get_json()
    assert data["total"] == 0 and data["hits"] == [] and data["suggestion"] == "kindergartens"


@pytest.mark.parametrize(("query", "field"), [
    ("type=nothing", "type"), ("sort=oldest", "sort"), ("page=0", "page"), ("page=x", "page"),
    ("page=100000", "page"), ("country=U%20A", "country"), ("year=" + ",".join(["1"] * 21), "year"),
    ("q=" + "x" * 1001, "q"),
])  # fmt: skip
def test_bad_parameters_are_a_json_400_naming_the_parameter(client, query, field):
    response = client.get(f"/api/v1/search?{query}")
    assert response.status_code == 400 and response.is_json
    data = response.get_json()
    assert data["field"] == field and field in data["error"]


def test_odd_text_is_fine(client):
    for text in ("%22green", "AND", "NOT", "-", "%01%1b", "colour:green", "x" * 1000):
        response = client.get(f"/api/v1/search?q={text}")
        assert response.status_code == 200 and "hits" in response.get_json()
