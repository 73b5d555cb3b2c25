"""The live room across two server processes that share Redis: what a facilitator does on
one reaches a participant on the other, and back (chat at once, presence and poll results
through the periodic summaries)."""

import os
import re
import signal
import subprocess
import time
import urllib.request
import uuid

import pytest
import redis
from playwright.sync_api import expect

from tests.browser.conftest import BIN, REDIS_URL, ROOT, Servers, _unavailable, open_page
from tests.browser.test_journeys import sign_in
from tests.conftest import free_port

DEMO_EVENT = "Green recovery finance: how to prepare a bankable project"


def open_room(page) -> None:
    page.goto("/events/")
    page.get_by_role("link", name=DEMO_EVENT).first.click()
    expect(page).to_have_url(re.compile(r"/events/\d+$"))
    page.goto(page.url + "/room")
    expect(page.locator("#connection")).to_have_attribute("data-status", "connected")


def send_chat(page, text: str) -> None:
    page.locator("#chat-body").fill(text)
    page.locator("#chat-body").press("Enter")


def test_the_room_works_across_two_processes(browser, two_servers):
    first, second = two_servers
    errors: list[str] = []
    facilitator = open_page(browser, first, errors)
    sign_in(facilitator, "facilitator@demo.test")
    open_room(facilitator)
    expect(facilitator.locator("#host-controls")).to_be_visible()
    if facilitator.locator("#room-open").is_visible():
        facilitator.locator("#room-open").click()
    expect(facilitator.locator("#room-state")).to_have_text("Room open")

    member = open_page(browser, second, errors)
    sign_in(member, "member@demo.test")
    open_room(member)
    expect(member.locator("#room-body")).to_be_visible()
    expect(member.locator("#host-controls")).to_have_count(0)

    send_chat(facilitator, "Welcome, sent through process one")
    expect(member.locator("#messages")).to_contain_text("Welcome, sent through process one")
    send_chat(member, "Thank you, **from process two**")
    expect(facilitator.locator("#messages .room-message-body strong")).to_have_text(
        "from process two"
    )

    # Presence comes as a periodic summary from the process the member joined.
    people = facilitator.locator("#people")
    expect(people).to_contain_text("Andrii Shevchenko")
    expect(people).to_contain_text("Vinnytsia")

    facilitator.locator("#poll-new summary").click()
    facilitator.get_by_label("Question", exact=True).fill("Is your project bankable?")
    facilitator.locator("#poll-options").fill("Yes\nNot yet")
    facilitator.get_by_role("button", name="Save the poll as a draft").click()
    facilitator.get_by_role("button", name="Launch").click()
    member.get_by_label("Not yet").check()
    member.get_by_role("button", name="Vote", exact=True).click()
    expect(member.locator("#polls")).to_contain_text("Thank you, your vote is counted.")
    expect(facilitator.locator("#polls")).to_contain_text("People who voted: 1")

    member.locator("#hand-button").click()
    expect(facilitator.locator("#hands")).to_contain_text("Andrii Shevchenko")

    facilitator.get_by_role("button", name="Lower all hands").click()
    expect(member.locator("#hand-button")).to_have_attribute("aria-pressed", "false")
    assert errors == []


class Server:
    """One gunicorn server in its own process group, so that it can crash (SIGKILL to
    the master and its worker) and come back on the same port."""

    def __init__(self, servers: Servers, port: int, env: dict[str, str]) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.env = {**servers.env, "BIND": f"127.0.0.1:{port}", "SITE_URL": self.url, **env}
        self.log = servers.instance / f"server-{port}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", "wsgi:app"], cwd=ROOT,
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=2)  # noqa: S310 - loopback
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    pytest.fail(f"server did not start:\n{self.log.read_text()}")
                time.sleep(0.2)

    def crash(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def room_pair(tmp_path_factory):
    """Two servers sharing a database and Redis; the second can crash and come back."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as error:
        _unavailable(f"Multi-process tests skipped: Redis at {REDIS_URL}: {error}")
    servers = Servers(tmp_path_factory.mktemp("room-crash"))
    queue = {"SOCKETIO_MESSAGE_QUEUE": REDIS_URL, "SOCKETIO_CHANNEL": f"test-{uuid.uuid4()}"}
    pair = [Server(servers, free_port(), queue), Server(servers, free_port(), queue)]
    for server in pair:
        server.start()
    yield pair
    for server in pair:
        if server.process.poll() is None:
            server.crash()


def test_a_participant_whose_server_crashes_reconnects_and_catches_up(browser, room_pair):
    first, second = room_pair
    errors: list[str] = []
    facilitator = open_page(browser, first.url, errors)
    sign_in(facilitator, "facilitator@demo.test")
    open_room(facilitator)
    facilitator.locator("#room-open").click()
    expect(facilitator.locator("#room-state")).to_have_text("Room open")
    member = open_page(browser, second.url, errors)
    sign_in(member, "member@demo.test")
    open_room(member)
    expect(member.locator("#room-body")).to_be_visible()
    send_chat(facilitator, "Before the crash")
    expect(member.locator("#messages")).to_contain_text("Before the crash")

    second.crash()
    expect(member.locator("#connection")).to_have_attribute("data-status", "reconnecting")
    expect(member.locator("#connection")).to_have_text("Connection lost. Reconnecting…")
    send_chat(facilitator, "While you were away")
    expect(facilitator.locator("#messages")).to_contain_text("While you were away")

    second.start()
    connection = member.locator("#connection")
    expect(connection).to_have_attribute("data-status", "connected", timeout=20_000)
    messages = member.locator("#messages li.room-message")
    expect(messages.filter(has_text="While you were away")).to_have_count(1)
    expect(messages.filter(has_text="Before the crash")).to_have_count(1)
    send_chat(facilitator, "Welcome back")
    expect(member.locator("#messages")).to_contain_text("Welcome back")
    # The browser logs the refused connections while the server was down.
    assert [e for e in errors if "ERR_CONNECTION_REFUSED" not in e and "WebSocket" not in e] == []


def test_facilitator_controls_reach_participants_on_another_process(browser, room_pair):
    first, second = room_pair
    errors: list[str] = []
    facilitator = open_page(browser, first.url, errors)
    facilitator.on("dialog", lambda dialog: dialog.accept())
    member = open_page(browser, second.url, errors)
    sign_in(member, "member@demo.test")
    open_room(member)  # before it opens: the member waits in the lobby
    expect(member.locator("#room-notice")).to_have_text(
        "The room is not open yet. You will enter as soon as it opens.")  # fmt: skip
    expect(member.locator("#room-body")).to_be_hidden()
    sign_in(facilitator, "facilitator@demo.test")
    open_room(facilitator)
    facilitator.locator("#room-open").click()
    expect(member.locator("#room-body")).to_be_visible()
    expect(member.locator("#room-state")).to_have_text("Room open")
    anna = open_page(browser, first.url, errors)
    sign_in(anna, "anna.petrosyan@demo.test")
    open_room(anna)
    expect(anna.locator("#room-body")).to_be_visible()

    member.get_by_label("Your question").fill("How do banks assess risk?")
    member.get_by_label("Ask anonymously (the facilitators still see your name)").check()
    member.get_by_role("button", name="Ask", exact=True).click()
    expect(facilitator.locator("#questions")).to_contain_text("Andrii Shevchenko")
    # Anna reads Armenian: her page checks what does not depend on the language.
    expect(anna.locator("#questions .room-question")).to_have_count(1)
    expect(anna.locator("#questions")).not_to_contain_text("Andrii")
    anna.locator("#questions .room-vote").click()
    expect(facilitator.locator("#questions .room-vote")).to_have_text("▲ 1")
    facilitator.get_by_role("button", name="Answer now").click()
    expect(member.locator("#questions")).to_contain_text("Being answered now")
    facilitator.get_by_role("button", name="Mark answered").click()
    expect(member.locator("#questions .badge")).to_have_text("Answered")

    send_chat(member, "Pin this, please")
    facilitator.locator("#messages li", has_text="Pin this, please").get_by_role(
        "button", name="Pin").click()  # fmt: skip
    expect(member.locator("#pinned")).to_contain_text("Pin this, please")
    facilitator.locator("#chat-pause").click()
    expect(member.locator("#chat-body")).to_be_disabled()
    expect(member.locator("#chat-paused")).to_be_visible()
    facilitator.locator("#chat-pause").click()
    expect(member.locator("#chat-body")).to_be_enabled()

    person = facilitator.locator("#people li", has_text="Andrii Shevchenko")
    person.get_by_role("button", name="Mute this person").click()
    expect(member.locator("#room-notice")).to_contain_text("A facilitator muted you")
    expect(member.locator("#question-body")).to_be_disabled()
    expect(person.get_by_role("button", name="Unmute")).to_be_visible()
    person.get_by_role("button", name="Unmute").click()
    expect(member.locator("#chat-body")).to_be_enabled()

    member.get_by_role("button", name="Applause").click()
    facilitator.wait_for_selector("#reaction-layer .reaction-bubble", state="attached")

    facilitator.locator("#people li", has_text="Anna Petrosyan").get_by_role(
        "button", name="Remove").click()  # fmt: skip
    expect(anna.locator("#room-notice")).to_have_class(re.compile("alert-danger"))
    expect(anna.locator("#room-body")).to_be_hidden()
    anna.reload()
    expect(anna.locator("#room")).to_have_attribute("data-access", "removed")
    expect(anna.locator("#room-notice")).to_have_class(re.compile("alert-danger"))
    expect(anna.locator("#room-body")).to_be_hidden()

    facilitator.locator("#room-close").click()
    expect(member.locator("#room-notice")).to_contain_text("This room has closed.")
    expect(member.locator("#certificate-link")).to_be_visible()
    expect(member.locator("#connection")).to_have_attribute("data-status", "disconnected")
    with facilitator.expect_download() as download:
        facilitator.locator("#host-controls").get_by_role("link", name="Transcript").click()
    text = download.value.path().read_text(encoding="utf-8")
    assert "How do banks assess risk?" in text and "Pin this, please" in text
    assert errors == []
