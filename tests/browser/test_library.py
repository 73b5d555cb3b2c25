"""The library as people use it: a mayor writes a case study, a facilitator reviews it,
another member finds it in another word form, filters, keeps it and asks the author."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_journeys import sign_in, switch_language

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
TITLE = "Зелене відновлення ринку у Вінниці"


def test_a_case_study_from_draft_to_found_kept_and_asked_about(browser, live_server, tmp_path):
    errors: list[str] = []
    report = tmp_path / "market-audit.pdf"
    report.write_bytes(PDF)

    # The mayor drafts a case study in Ukrainian with a PDF, then sends it for review.
    mayor = open_page(browser, live_server["url"], errors)
    sign_in(mayor, "member@demo.test")
    mayor.goto("/library/new")
    mayor.get_by_label("Title").fill(TITLE)
    mayor.get_by_label("Written in").select_option("uk")
    mayor.get_by_label("Summary").fill("Ринок отримав сонячні панелі та сортування відходів.")
    mayor.get_by_label("The practice").fill("## Що ми зробили\n\nЗелене відновлення ринку.")
    mayor.get_by_label("Green recovery").check()
    mayor.get_by_label("Cover image and documents").set_input_files(str(report))
    mayor.get_by_role("button", name="Save").click()
    expect(mayor.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(mayor.get_by_role("link", name="market-audit.pdf")).to_be_visible()
    mayor.get_by_role("button", name="Send for review").click()
    expect(mayor.locator("#practice-status")).to_have_text("Waiting for review")
    practice_url = mayor.url

    # The facilitator asks for a change; the mayor sees the comment, fixes and resubmits.
    facilitator = open_page(browser, live_server["url"], errors)
    sign_in(facilitator, "facilitator@demo.test")
    facilitator.goto("/library/review")
    facilitator.get_by_role("link", name=TITLE).click()
    facilitator.get_by_label("Comment").fill("Please add what it cost.")
    facilitator.get_by_role("button", name="Request changes").click()
    expect(facilitator.locator("#review-steps")).to_contain_text("Please add what it cost.")
    mayor.reload()
    expect(mayor.locator("#review-comment")).to_contain_text("Please add what it cost.")
    mayor.get_by_role("link", name="Edit").click()
    mayor.get_by_label("Budget", exact=True).fill("42000")
    mayor.get_by_label("Currency").select_option("EUR")
    mayor.get_by_role("button", name="Save").click()
    mayor.get_by_role("button", name="Send for review").click()
    facilitator.goto(practice_url)
    facilitator.get_by_role("button", name="Publish").click()
    expect(facilitator.locator("#practice")).to_have_attribute("data-status", "published")

    # Another member finds it from the search box with another word form.
    reader = open_page(browser, live_server["url"], errors)
    sign_in(reader, "elena.ciobanu@demo.test")
    switch_language(reader, "English")
    reader.get_by_label("Search").first.fill("зеленого відновлення")
    reader.get_by_label("Search").first.press("Enter")
    expect(reader.get_by_role("link", name=re.compile("відновлення ринку"))).to_be_visible()

    # In the library she filters by country, keeps it and asks the author.
    reader.goto("/library/?q=" + "зеленого відновлення")
    reader.locator('[data-facet="country"] a', has_text="Ukraine").click()
    expect(reader).to_have_url(re.compile(r"country=UA"))
    reader.get_by_role("link", name=re.compile("відновлення ринку")).click()
    reader.get_by_role("button", name="Add to My library").click()
    expect(reader.get_by_role("button", name="In My library")).to_be_visible()
    reader.get_by_role("link", name="Ask the author").click()
    reader.get_by_label("Your question in one line").fill("Who maintains the panels?")
    reader.get_by_label("Details").fill("Is it the market or the city?")
    reader.get_by_role("button", name="Post the question").click()
    expect(reader.get_by_role("heading", name="Who maintains the panels?")).to_be_visible()
    reader.goto(practice_url)
    expect(reader.locator("#questions")).to_contain_text("Who maintains the panels?")
    reader.goto("/library/mine")
    expect(reader.locator("#bookmarked")).to_contain_text(TITLE)

    for page in (mayor, facilitator, reader):
        page.context.close()
    assert [e for e in errors if "404" not in e] == []
