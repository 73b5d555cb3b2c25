"""A live server (gunicorn with the gevent worker, as `make run` starts it) on a
fresh migrated and seeded database, and Debian's Chromium driven by Playwright."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """Base URL of a real server; its instance folder (mail, database) is returned too."""
    instance = tmp_path_factory.mktemp("live")
    port = free_port()
    env = {
        **os.environ,
        "INSTANCE_PATH": str(instance),
        "DATABASE_URL": f"sqlite:///{instance / 'live.db'}",
        "M4EG_CONFIG": "development",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "MAIL_SERVER": "",
        "BIND": f"127.0.0.1:{port}",
        "FLASK_APP": "wsgi.py",
    }
    env.pop("TEST_DATABASE_URL", None)
    env.pop("M4EG_SQLALCHEMY_DATABASE_URI", None)
    flask = [str(BIN / "flask")]
    for command in (["db", "upgrade"], ["demo", "seed"]):
        subprocess.run(flask + command, cwd=ROOT, env=env, check=True, capture_output=True)
    log = (instance / "server.log").open("w")
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310 - loopback
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("live server did not start:\n" + (instance / "server.log").read_text())
            time.sleep(0.2)
    yield {"url": base, "instance": instance}
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Browser tests skipped: {CHROMIUM} not found (apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must install it (.ci/run does).")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when Chromium exists

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server["url"], locale="en-GB")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    yield page
    context.close()
    assert errors == [], f"errors in the browser console: {errors}"
