"""Live servers (gunicorn with the gevent worker, as `make run` starts it) on a
fresh migrated and seeded database, and Debian's Chromium driven by Playwright."""

import os
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
import redis

from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def _unavailable(message: str) -> None:
    """Skip on a developer's machine; fail under CI, where everything must run."""
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set: failing instead of skipping)")
    pytest.skip(message)


class Servers:
    """Starts gunicorn servers that share one database (and, if given, a Redis queue)."""

    def __init__(self, instance: Path) -> None:
        self.instance = instance
        self.processes: list[subprocess.Popen] = []
        self.env = {
            **os.environ,
            "INSTANCE_PATH": str(instance),
            "DATABASE_URL": f"sqlite:///{instance / 'live.db'}",
            "M4EG_CONFIG": "development",
            "MAIL_SERVER": "",
            "FLASK_APP": "wsgi.py",
        }
        for name in ("TEST_DATABASE_URL", "M4EG_SQLALCHEMY_DATABASE_URI"):
            self.env.pop(name, None)
        for command in (["db", "upgrade"], ["demo", "seed"], ["search", "sync"]):
            subprocess.run(
                [str(BIN / "flask"), *command], cwd=ROOT, env=self.env, check=True,
                capture_output=True,
            )  # fmt: skip

    def start(self, **extra_env: str) -> str:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**self.env, "BIND": f"127.0.0.1:{port}", "SITE_URL": base, **extra_env}
        log_path = self.instance / f"server-{port}.log"
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.processes.append(server)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310 - loopback
                return base
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"server did not start:\n{log_path.read_text()}")
                time.sleep(0.2)

    def stop(self) -> None:
        for server in self.processes:
            server.terminate()
        for server in self.processes:
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()  # gunicorn's graceful stop waits on open sockets
                server.wait()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """One real server: its base URL and its instance folder (mail, database)."""
    servers = Servers(tmp_path_factory.mktemp("live"))
    url = servers.start()
    yield {"url": url, "instance": servers.instance}
    servers.stop()


@pytest.fixture(scope="session")
def two_servers(tmp_path_factory):
    """Two server processes sharing the database and a Redis message queue."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as error:
        _unavailable(f"Multi-process tests skipped: Redis at {REDIS_URL}: {error}")
    servers = Servers(tmp_path_factory.mktemp("pair"))
    queue = {"SOCKETIO_MESSAGE_QUEUE": REDIS_URL, "SOCKETIO_CHANNEL": f"test-{uuid.uuid4()}"}
    urls = [servers.start(**queue), servers.start(**queue)]
    yield urls
    servers.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"Browser tests skipped: {CHROMIUM} not found (apt-get install chromium).")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when Chromium exists

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, base_url: str, errors: list[str]):
    context = browser.new_context(base_url=base_url, locale="en-GB")
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    return page


@pytest.fixture
def page(browser, live_server):
    errors: list[str] = []
    page = open_page(browser, live_server["url"], errors)
    yield page
    page.context.close()
    assert errors == [], f"errors in the browser console: {errors}"
