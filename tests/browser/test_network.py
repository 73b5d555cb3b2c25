"""The network as people use it: a mayor plans, a visitor invests, a facilitator follows."""

import os
import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_journeys import latest_mail_to, sign_in


def run_jobs(instance: Path) -> None:
    """What cron does every minute: here, send the queued emails now."""
    env = {**os.environ, "INSTANCE_PATH": str(instance), "M4EG_CONFIG": "development",
           "DATABASE_URL": f"sqlite:///{instance / 'live.db'}", "MAIL_SERVER": "",
           "FLASK_APP": "wsgi.py"}  # fmt: skip
    flask = Path(sys.executable).parent / "flask"
    subprocess.run([str(flask), "jobs", "run"], env=env, check=True, capture_output=True)


def invited_mayor(browser, live_server, errors):
    """A new mayor of Zhytomyr (a town with no plan yet), invited by the facilitator."""
    facilitator = open_page(browser, live_server["url"], errors)
    sign_in(facilitator, "facilitator@demo.test")
    facilitator.goto("/invite")
    facilitator.get_by_label("Email").fill("mayor.zhytomyr@example.org")
    facilitator.get_by_label("Local authority").select_option(label="Zhytomyr (Ukraine)")
    facilitator.get_by_role("button", name="Send the invitation").click()
    message = latest_mail_to(live_server["instance"], "mayor.zhytomyr@example.org")
    link = re.search(r"http://\S+/invitations/\S+", message.get_body(("plain",)).get_content())
    mayor = open_page(browser, live_server["url"], errors)
    mayor.goto(link.group(0))
    mayor.get_by_label("Full name").fill("Serhii Melnyk")
    mayor.get_by_label("Position").fill("Mayor")
    mayor.get_by_label("Password", exact=True).fill("a long new password")
    mayor.get_by_label("Repeat the password").fill("a long new password")
    mayor.get_by_role("button", name="Create my account").click()
    return facilitator, mayor


def add_project(page, authority_url: str, title: str, priority: str | None, stage: str = "Idea"):
    page.goto(authority_url + "/portfolio")
    page.get_by_role("link", name="Add a project").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Description").fill(f"{title}: what it changes for the town.")
    if priority:
        page.get_by_label("LEDP priority it serves").select_option(label=priority)
    page.get_by_label("Stage").select_option(label=stage)
    page.get_by_label("Estimated cost").fill("800000")
    page.get_by_label("Donors").fill("200000")
    page.get_by_label("Green recovery").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible()


def test_a_mayor_plans_a_visitor_enquires_and_the_dashboard_counts(browser, live_server):
    errors: list[str] = []
    facilitator, mayor = invited_mayor(browser, live_server, errors)

    # The LEDP with two priorities and their indicators.
    mayor.goto("/network/")
    mayor.get_by_label("Name").fill("Zhytomyr")
    mayor.get_by_role("button", name="Filter").click()
    mayor.get_by_role("link", name="Zhytomyr", exact=True).click()
    authority_url = mayor.url
    mayor.get_by_role("link", name="LEDP", exact=True).click()
    mayor.get_by_role("link", name="Add the LEDP").click()
    mayor.get_by_label("Title").fill("Zhytomyr LEDP 2026-2029")
    mayor.get_by_label("From year").fill("2026")
    mayor.get_by_label("To year").fill("2029")
    mayor.get_by_label("Status").select_option(label="Adopted")
    mayor.locator("#priorities-0-title").fill("Green jobs")
    mayor.locator("#priorities-0-indicators-0-name").fill("Green SMEs")
    mayor.locator("#priorities-0-indicators-0-baseline").fill("12")
    mayor.locator("#priorities-0-indicators-0-target").fill("40")
    mayor.locator("#priorities-1-title").fill("Visitors")
    mayor.locator("#priorities-1-indicators-0-name").fill("Overnight stays")
    mayor.locator("#priorities-1-indicators-0-baseline").fill("20000")
    mayor.locator("#priorities-1-indicators-0-target").fill("35000")
    mayor.get_by_role("button", name="Save").click()
    expect(mayor.locator(".priority")).to_have_count(2)

    # Four projects, one untied (flagged), one made ready for activation.
    add_project(mayor, authority_url, "Solar roofs on schools", "Green jobs")
    add_project(mayor, authority_url, "Eco-industrial park", "Green jobs")
    add_project(mayor, authority_url, "River walk", "Visitors")
    add_project(mayor, authority_url, "Bus shelters", None)
    mayor.goto(authority_url + "/portfolio")
    expect(mayor.locator("#untied")).to_contain_text("Bus shelters")
    mayor.get_by_role("link", name="River walk").click()
    mayor.get_by_role("link", name="Edit").click()
    mayor.get_by_label("Stage").select_option(label="Ready for activation")
    mayor.get_by_role("button", name="Save").click()

    # A visitor finds it on the public showcase and writes to the town.
    visitor = open_page(browser, live_server["url"], errors)
    visitor.goto("/network/showcase")
    visitor.get_by_role("link", name="River walk").click()
    expect(visitor.locator("#funding-gap")).to_contain_text("600,000")
    visitor.get_by_label("Your name").fill("Ana Investor")
    visitor.get_by_label("Your email").fill("ana@fund.example")
    visitor.get_by_label("Your message").fill("We co-finance riverside projects.")
    visitor.get_by_role("button", name="Send").click()
    expect(visitor.get_by_text("your message is sent")).to_be_visible()
    mayor.goto("/notifications/")
    expect(mayor.get_by_text("An investor asks about “River walk”", exact=True)).to_be_visible()
    run_jobs(live_server["instance"])
    mail = latest_mail_to(live_server["instance"], "mayor.zhytomyr@example.org")
    assert "River walk" in mail["Subject"]

    # The facilitator's dashboard shows the programme's figures, with charts and CSV.
    facilitator.goto("/network/dashboard")
    expect(facilitator.locator("svg").first).to_be_visible()
    csv = facilitator.request.get(live_server["url"] + "/network/dashboard.csv")
    assert csv.ok and "ledp" in csv.text().lower()

    for page in (facilitator, mayor, visitor):
        page.context.close()
    assert [e for e in errors if "404" not in e] == []
