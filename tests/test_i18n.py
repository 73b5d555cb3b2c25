"""Locale and time zone selection, the language menu, and localised values."""

from datetime import UTC, datetime

from flask_babel import format_datetime, get_locale, refresh
from flask_login import login_user

from app.core.templating import format_when
from app.extensions import db
from app.notifications import services
from tests.factories import make_user


def lang_of(response) -> str:
    text = response.get_data(as_text=True)
    return text.split('<html lang="', 1)[1].split('"', 1)[0]


def test_accept_language_is_used_for_visitors(client):
    response = client.get("/login", headers={"Accept-Language": "ka,en;q=0.5"})
    assert lang_of(response) == "ka"


def test_cookie_beats_accept_language(client):
    client.set_cookie("lang", "ro")
    response = client.get("/login", headers={"Accept-Language": "ka"})
    assert lang_of(response) == "ro"


def test_member_preference_beats_cookie(client, login_as):
    login_as(make_user(locale="hy"))
    client.set_cookie("lang", "ro")
    assert lang_of(client.get("/")) == "hy"


def test_language_menu_sets_cookie_and_preference(client, login_as):
    user = login_as(make_user(locale="en"))
    response = client.post("/language", data={"locale": "uk", "next": "/network/"})
    assert response.location == "/network/"
    assert client.get_cookie("lang").value == "uk"
    db.session.expire_all()
    assert db.session.get(type(user), user.id).locale == "uk"
    assert lang_of(client.get("/network/")) == "uk"


def test_language_menu_rejects_unknown_language_and_foreign_next(client):
    assert client.post("/language", data={"locale": "xx"}).status_code == 400
    response = client.post("/language", data={"locale": "az", "next": "https://evil.example"})
    assert response.location == "/"


def test_numbers_follow_the_locale(client, login_as):
    login_as(make_user(locale="ru"))
    page = client.get("/network/").get_data(as_text=True)
    assert "20\xa0000" in page  # Russian groups thousands with a no-break space


def test_times_are_shown_in_the_members_time_zone(client, login_as):
    user = login_as(make_user(locale="ru", timezone="Asia/Tbilisi"))  # UTC+4
    note = services.notify(user, "announcement", "Webinar")
    note.updated_at = datetime(2026, 3, 2, 10, 5, tzinfo=UTC)
    db.session.commit()
    page = client.get("/notifications/").get_data(as_text=True)
    assert "14:05" in page and "10:05" not in page


def test_the_fast_date_filter_writes_what_babel_writes(app):
    moment = datetime(2026, 3, 2, 21, 5, tzinfo=UTC)
    for locale in ("en", "hy", "az", "ka", "ro", "ru", "uk"):
        with app.test_request_context(headers={"Accept-Language": locale}):
            refresh()  # the test's app context would otherwise keep the first locale
            assert str(get_locale()) == locale
            for width in ("short", "medium", "long"):
                assert format_when(moment, width) == format_datetime(moment, width), locale
    user = make_user(locale="ka", timezone="Asia/Tbilisi")
    with app.test_request_context():
        login_user(user)
        refresh()
        assert format_when(moment, "short") == format_datetime(moment, "short")
        assert "01:05" in format_when(moment, "short")  # the next day in Tbilisi
