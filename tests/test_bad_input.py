"""Every form and page survives bad input: no 500 on empty, huge, wrong-type or
malformed values, and forms keep what the person typed."""

import pytest
from werkzeug.routing import Rule

from app.accounts.models import Role
from app.extensions import db
from app.notifications.services import KINDS
from tests.factories import make_authority, make_user

FIELDS = [
    "email", "password", "confirm", "current_password", "name", "position", "country",
    "authority", "locale", "timezone", "bio", "role", "code", "name_en", "name_local", "region",
    "kind", "population", "joined_year", "remember", "user_id", "decision", "next", "q",
    *KINDS,
]  # fmt: skip

PAYLOADS = {
    "empty": b"",
    "blank": "&".join(f"{f}=" for f in FIELDS).encode(),
    "long": "&".join(f"{f}={'x' * 10_000}" for f in FIELDS).encode(),
    "huge": "&".join(f"{f}={'y' * 200_000}" for f in FIELDS).encode(),
    "wrong-type": "&".join(
        f"{f}=-99999999999999999999999&{f}=abc&{f}[]=1&{f}=%7B%7D" for f in FIELDS
    ).encode(),
    "malformed-unicode": "&".join(f"{f}=%FF%FE%ED%A0%80%00%C3" for f in FIELDS).encode(),
    "control-chars": "&".join(f"{f}=a%00b%1Bc%7F" for f in FIELDS).encode(),
    "not-a-form": b"\x00\xff{not: 'urlencoded'}\r\n--",
}


def _url_for_rule(rule: Rule, ids: dict[str, int]) -> str:
    url = rule.rule
    for argument in rule.arguments - set(rule.defaults or {}):
        converter = rule._converters[argument].__class__.__name__
        value = str(ids.get(argument, 1)) if converter == "IntegerConverter" else "bad%FFtoken"
        url = url.replace(f"<int:{argument}>", value).replace(f"<{argument}>", value)
    return url


def _rules(app, method: str) -> list[Rule]:
    return [
        r for r in app.url_map.iter_rules()
        if method in r.methods and r.endpoint != "static"
    ]  # fmt: skip


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "admin"])
@pytest.mark.parametrize("payload", list(PAYLOADS))
def test_no_form_crashes_on_bad_input(app, client, login_as, signed_in, payload):
    town = make_authority()
    admin = make_user(role=Role.ADMIN, authority=None)
    ids = {"user_id": admin.id, "authority_id": town.id, "notification_id": 1}
    if signed_in:
        login_as(admin)
    rules = _rules(app, "POST")
    assert len(rules) >= 15  # every form of the site is covered, new ones too
    for rule in rules:
        if rule.endpoint == "accounts.logout":
            continue
        url = _url_for_rule(rule, ids)
        response = client.post(
            url, data=PAYLOADS[payload], content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code < 500, f"{url} with {payload}: {response.status_code}"


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "admin"])
def test_no_page_crashes_on_bad_query_strings(app, client, login_as, signed_in):
    if signed_in:
        login_as(make_user(role=Role.ADMIN, authority=None))
    for rule in _rules(app, "GET"):
        url = _url_for_rule(rule, {})
        for query in ["q=%00%FF%ED%A0%80", "page=-1&before=abc", "q=" + "z" * 5000, "page=99999"]:
            response = client.get(f"{url}?{query}")
            assert response.status_code < 500, f"{url}?{query[:30]}: {response.status_code}"


def test_a_rejected_form_keeps_what_was_typed_with_messages_by_the_fields(client):
    response = client.post("/register", data={
        "name": "Тамара Капанадзе", "email": "not-an-email", "position": "Deputy mayor",
        "country": "", "locale": "ka", "timezone": "Asia/Tbilisi", "password": "short",
        "confirm": "other",
    })  # fmt: skip
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'value="Тамара Капанадзе"' in page and 'value="not-an-email"' in page
    assert 'value="Deputy mayor"' in page
    assert page.count('class="invalid-feedback"') >= 4
    assert 'aria-invalid="true"' in page


def test_messages_come_in_the_users_language(client):
    client.set_cookie("lang", "uk")
    page = client.post("/login", data={"email": "", "password": ""}).get_data(as_text=True)
    assert "This field is required." not in page


def test_control_characters_are_removed_before_saving(client, login_as):
    user = login_as(make_user())
    client.post("/account/", data={
        "name": "Ana\x00 Popa\x1b", "position": "Mayor", "bio": "line one\nline two",
        "locale": "en", "timezone": "UTC",
    })  # fmt: skip
    db.session.expire_all()
    saved = db.session.get(type(user), user.id)
    assert saved.name == "Ana Popa"
    assert saved.bio == "line one\nline two"
