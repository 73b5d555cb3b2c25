"""Two server processes share Socket.IO rooms through Redis."""

from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_journeys import ask_to_join, sign_in


def test_a_notification_made_on_one_process_reaches_a_member_on_another(browser, two_servers):
    first, second = two_servers
    errors: list[str] = []
    facilitator = open_page(browser, first, errors)
    sign_in(facilitator, "facilitator@demo.test")
    bell = facilitator.locator("#bell")
    before = int(bell.get_attribute("data-unread"))

    visitor = open_page(browser, second, errors)
    ask_to_join(visitor, "Petro Hnatiuk", "petro.hnatiuk@example.org")

    expect(bell).to_have_attribute("data-unread", str(before + 1))
    assert errors == []
