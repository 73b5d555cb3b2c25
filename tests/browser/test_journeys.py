"""Journeys a person takes, in a real browser against a real server."""

import re
from email import message_from_bytes, policy
from pathlib import Path

from playwright.sync_api import expect

DEMO_PASSWORD = "demo-password"


def sign_in(page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def switch_language(page, name: str) -> None:
    page.locator("#language-menu").click()
    page.get_by_role("button", name=name, exact=True).first.click()


def ask_to_join(page, name: str, email: str) -> None:
    """Sign up as a person from Ukraine, which notifies the Ukrainian facilitator."""
    page.goto("/register")
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Country").select_option(label="Ukraine")
    page.get_by_label("Password", exact=True).fill("a long new password")
    page.get_by_label("Repeat the password").fill("a long new password")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", name="Thank you. Your request is sent.")).to_be_visible()


def latest_mail_to(instance: Path, address: str):
    for path in sorted((instance / "mail").glob("*.eml"), reverse=True):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        if message["To"] == address:
            return message
    raise AssertionError(f"no mail to {address}")


def test_facilitator_signs_in_switches_language_and_invites(page, live_server, browser):
    sign_in(page, "facilitator@demo.test")
    expect(page.get_by_role("heading", name="Hello, Olena Kovalenko")).to_be_visible()

    switch_language(page, "Українська")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.get_by_role("link", name="Форуми", exact=True)).to_be_visible()

    switch_language(page, "ქართული")
    expect(page.locator("html")).to_have_attribute("lang", "ka")
    expect(page.get_by_role("link", name="ფორუმები", exact=True)).to_be_visible()

    switch_language(page, "English")
    page.goto("/invite")
    page.get_by_label("Email").fill("new.colleague@example.org")
    page.get_by_label("Local authority").select_option(label="Vinnytsia (Ukraine)")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.get_by_text("The invitation is sent to new.colleague@example.org.")).to_be_visible()

    message = latest_mail_to(live_server["instance"], "new.colleague@example.org")
    link = re.search(r"http://\S+/invitations/\S+", message.get_body(("plain",)).get_content())
    guest = browser.new_context(locale="en-GB").new_page()
    guest.goto(link.group(0))
    guest.get_by_label("Full name").fill("Mykola Tkachenko")
    guest.get_by_label("Position").fill("Investment officer")
    guest.get_by_label("Password", exact=True).fill("a long new password")
    guest.get_by_label("Repeat the password").fill("a long new password")
    guest.get_by_role("button", name="Create my account").click()
    expect(guest.get_by_role("heading", name="Hello, Mykola Tkachenko")).to_be_visible()
    guest.context.close()


def test_bell_updates_live_when_someone_asks_to_join(page, browser, live_server):
    sign_in(page, "facilitator@demo.test")
    bell = page.locator("#bell")
    before = int(bell.get_attribute("data-unread"))
    page.wait_for_function("() => window.io !== undefined")

    visitor = browser.new_context(base_url=live_server["url"], locale="en-GB").new_page()
    ask_to_join(visitor, "Iryna Savchuk", "iryna.savchuk@example.org")
    visitor.context.close()

    # No reload: the count arrives over Socket.IO.
    expect(bell).to_have_attribute("data-unread", str(before + 1))


def test_member_sees_messages_next_to_fields_in_their_language(page):
    page.goto("/login")
    switch_language(page, "Română")
    page.get_by_role("button", name=re.compile("Autentificare|Conectare|Intrare")).first.click()
    expect(page.locator(".invalid-feedback").first).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "ro")
