"""The forums as people use them: members talk, a moderator acts, private spaces stay private."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_journeys import sign_in, switch_language


def test_two_members_talk_and_a_moderator_tidies_up(browser, live_server):
    errors: list[str] = []
    andrii = open_page(browser, live_server["url"], errors)
    elena = open_page(browser, live_server["url"], errors)
    sign_in(andrii, "member@demo.test")
    sign_in(elena, "elena.ciobanu@demo.test")
    switch_language(elena, "English")  # her profile says Romanian; this test reads English
    elena_bell = elena.locator("#bell")
    before = int(elena_bell.get_attribute("data-unread"))

    # Andrii starts a topic and mentions Elena (picked from the autocomplete).
    andrii.goto("/forums/c/green-recovery/new")
    andrii.get_by_label("Title").fill("Street lighting retrofit")
    body = andrii.get_by_label("Your post")
    body.fill("We replaced 800 lamps with LED. ")
    body.press_sequentially("@elen")
    andrii.get_by_role("option", name=re.compile("Elena Ciobanu")).click()
    body.press_sequentially("how did Ungheni finance it?")
    andrii.get_by_role("button", name="Start the topic").click()
    expect(andrii.get_by_role("heading", name="Street lighting retrofit")).to_be_visible()
    expect(andrii.locator("#post-1 a", has_text="@elena.ciobanu")).to_be_visible()

    # Elena's bell rings without a reload; the notification leads to the topic.
    expect(elena_bell).to_have_attribute("data-unread", str(before + 1))
    elena.goto("/notifications/")
    elena.get_by_role("button", name=re.compile("mentioned you")).first.click()
    expect(elena.get_by_role("heading", name="Street lighting retrofit")).to_be_visible()
    elena.get_by_label("Your reply").fill(
        "With an energy-service contract: the savings pay it back."
    )
    elena.get_by_role("button", name="Post the reply").click()
    expect(elena.locator("#post-2")).to_contain_text("energy-service contract")

    # Andrii sees the topic as unread and jumps to the new reply.
    andrii.goto("/forums/")
    unread = andrii.get_by_role("link", name="1 unread")
    expect(unread).to_be_visible()
    unread.click()
    expect(andrii).to_have_url(re.compile(r"#post-2$"))

    # A facilitator pins the topic, moves it, and hides the reply.
    moderator = open_page(browser, live_server["url"], errors)
    sign_in(moderator, "facilitator@demo.test")
    moderator.goto(andrii.url.split("#")[0])
    moderator.get_by_role("link", name="Moderate").click()
    moderator.get_by_role("button", name="Pin").click()
    moderator.get_by_role("link", name="Moderate").click()
    moderator.get_by_label("Move to").select_option(label="Financing and investment")
    moderator.get_by_role("button", name="Move", exact=True).click()
    expect(moderator.get_by_role("link", name="Financing and investment")).to_be_visible()
    expect(moderator.get_by_text("Pinned").first).to_be_visible()
    moderator.locator("#post-2").get_by_role("button", name="Hide").click()
    expect(moderator.locator("#post-2 .badge", has_text="Hidden")).to_be_visible()
    andrii.reload()
    expect(andrii.locator("#post-2")).to_contain_text("This post was removed.")

    # Elena (Moldova) cannot see the Armenian community.
    elena.goto("/forums/")
    expect(elena.get_by_text("Armenia community")).to_have_count(0)
    response = elena.goto("/forums/c/community-am")
    assert response.status == 404
    for page in (andrii, elena, moderator):
        page.context.close()
    assert [e for e in errors if "404" not in e] == []
