"""The sanitiser, security headers, CSRF, error pages, configuration and URLs."""

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import create_app
from app.core.db import writing
from app.core.markup import plain_text, render_markdown
from app.core.security import safe_next
from tests.factories import PASSWORD, make_user


def test_markdown_is_rendered_and_sanitised():
    html = str(render_markdown(
        "**Bold** [site](https://m4eg.eu) <script>alert(1)</script> "
        "[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    ))  # fmt: skip
    assert "<strong>Bold</strong>" in html
    assert '<a href="https://m4eg.eu" rel="nofollow ugc noopener">site</a>' in html
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html


def test_markdown_tables_and_code_survive():
    html = str(render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode <b>\n```"))
    assert "<table>" in html and "<td>1</td>" in html
    assert "code &lt;b&gt;" in html


def test_plain_text_excerpt():
    assert plain_text("# Title\n\nSome **bold** text", limit=12) == "Title Some…"


def test_security_headers(client):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_carry_no_inline_script(client, login_as):
    login_as(make_user())
    for url in ["/", "/account/", "/notifications/", "/network/"]:
        page = client.get(url).get_data(as_text=True)
        assert "<script>" not in page and " onclick=" not in page, url


def test_session_cookie_flags(client):
    user = make_user()
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.usefixtures("csrf")
def test_forms_without_csrf_token_are_refused(client):
    user = make_user()
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    page = client.get("/login").get_data(as_text=True)
    assert 'name="csrf_token"' in page


def test_localised_404_page(client):
    client.set_cookie("lang", "uk")
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert 'lang="uk"' in response.get_data(as_text=True)


def test_403_for_members_on_admin_pages(client, login_as):
    login_as(make_user())
    assert client.get("/account/admin/users").status_code == 403
    assert client.get("/network/countries/new").status_code == 403


def test_oversized_request_gets_413(client):
    response = client.post("/login", data={"email": "x" * (17 * 1024 * 1024)})
    assert response.status_code == 413


def test_api_paths_answer_errors_in_json(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json["status"] == 404


def test_health_check(client):
    assert client.get("/healthz").json == {"status": "ok"}


def test_production_refuses_a_missing_or_default_secret_key(monkeypatch):
    monkeypatch.setenv("M4EG_SECRET_KEY", "dev-only-not-secret")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app("production")
    monkeypatch.setenv("M4EG_SECRET_KEY", "")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app("production")


def test_any_key_can_be_set_from_the_environment(monkeypatch):
    monkeypatch.setenv("M4EG_UPLOAD_MAX_MB", "20")
    assert create_app("testing").config["UPLOAD_MAX_MB"] == 20


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/network/", "/network/"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        (None, "/"),
    ],
)
def test_safe_next(target, expected):
    assert safe_next(target) == expected


@pytest.mark.no_db
def test_a_unit_that_writes_takes_sqlites_write_lock_as_it_begins(tmp_path):
    """Without writing(), a transaction that read before another connection wrote is refused
    its own write at once; with it, the other connection is the one that waits."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'locks.db'}")
    with engine.begin() as setup:
        setup.exec_driver_sql("CREATE TABLE notes (body TEXT)")
    other = engine.connect()
    other.exec_driver_sql("PRAGMA busy_timeout=50")
    other.commit()

    def other_writes() -> None:
        with other.begin():
            other.exec_driver_sql("INSERT INTO notes VALUES ('other')")

    insert = sa.text("INSERT INTO notes VALUES ('mine')")
    count = sa.text("SELECT count(*) FROM notes")
    with Session(engine) as session:
        session.execute(count)  # a deferred transaction: a snapshot, no lock
        other_writes()
        with pytest.raises(OperationalError, match="locked"):
            session.execute(insert)
        session.rollback()
        with writing(session):
            session.execute(count)
            with pytest.raises(OperationalError, match="locked"):
                other_writes()  # the unit holds the write lock from its first statement
            session.execute(insert)
            session.commit()
    assert other.exec_driver_sql("SELECT body FROM notes").scalars().all() == ["other", "mine"]
    other.close()
    engine.dispose()
