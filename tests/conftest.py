"""Fixtures: one app and schema per run, a rolled-back transaction per test,
a real SMTP server on loopback, and helpers to sign in and read emails."""

import contextvars
import email
import os
import re
import socket
import threading
from email import policy
from email.message import EmailMessage

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from flask.globals import _cv_app
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy.orm import scoped_session, sessionmaker

from app import create_app
from app.extensions import db as _db
from app.extensions import limiter
from app.search import index as search_files
from app.search import maintenance as search_maintenance
from tests import factories

DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    """Messages received by the loopback SMTP server."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.port = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 OK"

    def clear(self) -> None:
        with self.lock:
            self.messages.clear()

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address.lower() in m["To"].lower()]

    def last_to(self, address: str) -> EmailMessage:
        found = self.to(address)
        assert found, f"no email to {address}; got {[m['To'] for m in self.messages]}"
        return found[-1]

    @staticmethod
    def text(message: EmailMessage) -> str:
        return message.get_body(("plain",)).get_content()

    @staticmethod
    def html(message: EmailMessage) -> str:
        return message.get_body(("html",)).get_content()

    @classmethod
    def links(cls, message: EmailMessage) -> list[str]:
        return re.findall(r"https?://\S+", cls.text(message))


class IsolatedClient(FlaskClient):
    """Each request gets its own app context (and so its own g), as in production,
    even though the test itself runs inside an app context."""

    def open(self, *args, **kwargs):
        return contextvars.copy_context().run(self._open_alone, *args, **kwargs)

    def _open_alone(self, *args, **kwargs):
        _cv_app.set(None)
        return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def smtp() -> Mailbox:
    mailbox = Mailbox()
    mailbox.port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    yield mailbox
    controller.stop()


def _reset_schema(engine: sa.Engine) -> None:
    # SQLite gets a new file per run; PostgreSQL's shared database is emptied.
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))


def _check_postgres(url: str) -> None:
    try:
        sa.create_engine(url).connect().close()
    except sa.exc.OperationalError as error:
        message = f"PostgreSQL at {url} cannot be reached: {error.orig}"
        if os.environ.get("CI"):
            pytest.exit(message + " (CI is set: failing instead of skipping)", returncode=3)
        pytest.exit(message + " (skipping the PostgreSQL run)", returncode=0)


@pytest.fixture(scope="session")
def app(smtp, tmp_path_factory):
    if DATABASE_URL.startswith("postgresql"):
        _check_postgres(DATABASE_URL)
    else:
        path = tmp_path_factory.mktemp("db") / "test.db"
        os.environ["M4EG_SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{path}"
    application = create_app("testing")
    application.config.update(
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=smtp.port,
        MAIL_DIR=str(tmp_path_factory.mktemp("mail")),
        WTF_CSRF_ENABLED=False,
        SITE_URL="http://localhost",
        SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("search-index")),
        UPLOAD_DIR=str(tmp_path_factory.mktemp("uploads")),
    )
    application.test_client_class = IsolatedClient
    with application.app_context():
        _reset_schema(_db.engine)
        upgrade()  # the schema comes from the migrations, as in production
    return application


@pytest.fixture(autouse=True)
def db(request):
    """Each test runs in a transaction that is rolled back at the end."""
    if "browser" in request.keywords or "no_db" in request.keywords:
        yield None
        return
    app = request.getfixturevalue("app")
    with app.app_context():
        connection = _db.engine.connect()
        transaction = connection.begin()
        original = _db.session
        _db.session = scoped_session(
            sessionmaker(
                bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
            )
        )
        limiter.reset()
        try:
            yield _db
        finally:
            _db.session.remove()
            transaction.rollback()
            connection.close()
            _db.session = original


@pytest.fixture
def search_index(app, db, tmp_path):
    """A fresh, empty search index for one test: each test's outbox rows are rolled back
    (and SQLite reuses their ids), so an index must not outlive its test."""
    previous = app.config["SEARCH_INDEX_DIR"]
    app.config["SEARCH_INDEX_DIR"] = str(tmp_path / "search-index")
    search_files.reset_searchers()
    search_maintenance.rebuild(search_maintenance.plan_rebuild())
    yield tmp_path / "search-index"
    search_files.reset_searchers()
    app.config["SEARCH_INDEX_DIR"] = previous


@pytest.fixture
def mailbox(smtp) -> Mailbox:
    smtp.clear()
    return smtp


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login_as(client):
    """Sign a user in through the real sign-in form."""

    def _login(user, password: str = factories.PASSWORD):
        client.post("/logout")  # whoever was signed in before
        response = client.post("/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return user

    return _login


@pytest.fixture
def csrf(app):
    """Turn CSRF protection on for one test."""
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "no_db: the test needs no database transaction")
