"""An event as people live it, in three windows: a facilitator plans a webinar, two members
register (one waits, then gets the seat), they meet in the live room, one drops and catches
up, the room closes, attendance is exported and a certificate printed.

The webinar is one minute long and starts at the next full minute (at least 40 seconds
away, for the registrations), so the participants can attend all of it for real."""

import re
import time
from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_journeys import sign_in, switch_language

TITLE = "Budget tagging webinar"
# Records every WebSocket a page opens, so a test can cut the connection as a network would.
RECORD_SOCKETS = """
(() => {
  const Original = window.WebSocket;
  window.__sockets = [];
  window.WebSocket = function (...args) {
    const socket = new Original(...args);
    window.__sockets.push(socket);
    return socket;
  };
  window.WebSocket.prototype = Original.prototype;
  Object.assign(window.WebSocket, Original);
})();
"""


def register(page, event_url: str) -> None:
    page.goto(event_url)
    page.get_by_role("button", name="Register").click()


def enter_room(page, event_url: str) -> None:
    page.goto(event_url + "/room")
    expect(page.locator("#connection")).to_have_attribute("data-status", "connected")
    expect(page.locator("#room-body")).to_be_visible()


def say(page, text: str) -> None:
    page.locator("#chat-body").fill(text)
    page.locator("#chat-body").press("Enter")


def test_a_webinar_from_planning_to_certificate(browser, live_server):
    errors: list[str] = []
    facilitator = open_page(browser, live_server["url"], errors)
    sign_in(facilitator, "facilitator@demo.test")
    start = (datetime.now(UTC) + timedelta(seconds=100)).replace(second=0, microsecond=0)
    end = start + timedelta(minutes=1)
    facilitator.goto("/events/new")
    facilitator.get_by_label("Title").fill(TITLE)
    facilitator.get_by_label("Starts").fill(start.strftime("%Y-%m-%dT%H:%M"))
    facilitator.get_by_label("Ends").fill(end.strftime("%Y-%m-%dT%H:%M"))
    facilitator.get_by_label("Time zone of these times").select_option("UTC")
    facilitator.get_by_label("Seats").fill("1")
    facilitator.get_by_label("Description").fill("How to tag **green** spending in the budget.")
    facilitator.get_by_role("button", name="Save").click()
    expect(facilitator.get_by_role("heading", name=TITLE)).to_be_visible()
    event_url = facilitator.url

    # Andrii takes the only seat, Elena waits; Andrii gives it up and Elena gets it.
    andrii = open_page(browser, live_server["url"], errors)
    sign_in(andrii, "member@demo.test")
    elena = open_page(browser, live_server["url"], errors)
    elena.add_init_script(RECORD_SOCKETS)
    sign_in(elena, "elena.ciobanu@demo.test")
    switch_language(elena, "English")  # her profile says Romanian; this test reads English
    register(andrii, event_url)
    expect(andrii.locator("#registration-state")).to_have_text("You are registered.")
    register(elena, event_url)
    expect(elena.locator("#registration-state")).to_contain_text("waitlist")
    andrii.get_by_role("button", name="Cancel my registration").click()
    expect(andrii.get_by_text("Your registration is cancelled.")).to_be_visible()
    elena.reload()
    expect(elena.locator("#registration-state")).to_have_text("You are registered.")
    # Andrii comes back to the waitlist; a second seat moves him up.
    register(andrii, event_url)
    facilitator.goto(event_url + "/edit")
    facilitator.get_by_label("Seats").fill("2")
    facilitator.get_by_role("button", name="Save").click()
    expect(facilitator.get_by_text("Your changes are saved.")).to_be_visible()
    andrii.reload()
    expect(andrii.locator("#registration-state")).to_have_text("You are registered.")

    # The facilitator opens the room; both members come in.
    facilitator.goto(event_url + "/room")
    expect(facilitator.locator("#host-controls")).to_be_visible()
    facilitator.locator("#room-open").click()
    expect(facilitator.locator("#room-state")).to_have_text("Room open")
    enter_room(andrii, event_url)
    enter_room(elena, event_url)
    expect(facilitator.locator("#people")).to_contain_text("Elena Ciobanu")

    # Chat, a question with an upvote, a poll with live results.
    say(andrii, "Hello from Vinnytsia")
    expect(elena.locator("#messages")).to_contain_text("Hello from Vinnytsia")
    elena.locator("#question-body").fill("Which budget lines count as green?")
    elena.get_by_role("button", name="Ask", exact=True).click()
    question = andrii.locator("#questions .room-question", has_text="Which budget lines")
    question.locator(".room-vote").click()
    expect(facilitator.locator("#questions")).to_contain_text("Which budget lines")
    expect(question.locator(".room-vote")).to_contain_text("1")
    facilitator.locator("#poll-new summary").click()
    facilitator.get_by_label("Question", exact=True).fill("Do you tag green spending today?")
    facilitator.locator("#poll-options").fill("Yes\nNo")
    facilitator.get_by_role("button", name="Save the poll as a draft").click()
    facilitator.get_by_role("button", name="Launch").click()
    for person, answer in ((andrii, "Yes"), (elena, "No")):
        person.get_by_label(answer, exact=True).check()
        person.get_by_role("button", name="Vote", exact=True).click()
    expect(facilitator.locator("#polls")).to_contain_text("People who voted: 2")
    expect(elena.locator("#polls")).to_contain_text("People who voted: 2")

    # Elena's connection drops; what is said meanwhile reaches her once she is back.
    elena.evaluate("window.__sockets.forEach((socket) => socket.close())")
    say(andrii, "Said while Elena was away")
    expect(elena.locator("#connection")).to_have_attribute("data-status", "connected")
    expect(elena.locator("#messages")).to_contain_text("Said while Elena was away")
    expect(elena.locator("#messages li", has_text="Said while Elena was away")).to_have_count(1)

    # The facilitator closes the room once the minute is over, and exports the attendance.
    time.sleep(max((end - datetime.now(UTC)).total_seconds() + 1, 0))
    facilitator.once("dialog", lambda dialog: dialog.accept())
    facilitator.locator("#room-close").click()
    expect(facilitator.locator("#room-state")).to_have_text("Room closed")
    event_id = re.search(r"/events/(\d+)", event_url).group(1)
    csv = facilitator.request.get(f"{live_server['url']}/events/{event_id}/attendance.csv")
    assert csv.ok and "Elena Ciobanu" in csv.text() and "Andrii Shevchenko" in csv.text()

    # Elena was there all the time: she prints her certificate, and anyone can check it.
    elena.goto(event_url + "/certificate")
    expect(elena.locator("#certificate-code")).to_be_visible()
    code = elena.locator("#certificate-code").inner_text().strip()
    visitor = open_page(browser, live_server["url"], errors)
    visitor.goto(f"/events/certificates/{code}")
    expect(visitor.locator("#certificate-valid")).to_contain_text("Elena Ciobanu")

    for page in (facilitator, andrii, elena, visitor):
        page.context.close()
    assert [e for e in errors if "404" not in e] == []
