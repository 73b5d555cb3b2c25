"""Basic accessibility of every page a person reaches: labels, landmarks, one h1."""

from html.parser import HTMLParser

import pytest

from app.accounts.models import Role
from tests.factories import make_authority, make_user


class PageAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.labelled: set[str] = set()
        self.controls: list[dict] = []
        self.tags: list[str] = []
        self.h1 = 0
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "h1":
            self.h1 += 1
        if tag == "label" and attributes.get("for"):
            self.labelled.add(attributes["for"])
        if tag in ("input", "select", "textarea") and attributes.get("type") not in (
            "hidden", "submit", "button",
        ):  # fmt: skip
            self.controls.append(attributes)

    def unlabelled(self) -> list[str]:
        return [
            c.get("name", "?") for c in self.controls
            if c.get("id") not in self.labelled and not c.get("aria-label")
        ]  # fmt: skip


PAGES_FOR_VISITORS = ["/", "/login", "/register", "/forgot-password", "/network/", "/search?q=a"]
PAGES_FOR_ADMINS = [
    "/", "/account/", "/account/password", "/account/email", "/invite", "/account/approvals",
    "/account/admin/users", "/notifications/", "/notifications/preferences", "/network/",
    "/network/countries/new", "/network/authorities/new", "/forums/", "/library/", "/events/",
    "/search?q=a",
]  # fmt: skip


def audit(client, url: str) -> PageAudit:
    response = client.get(url)
    assert response.status_code == 200, url
    page = PageAudit()
    page.feed(response.get_data(as_text=True))
    return page


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "admin"])
def test_pages_have_labels_landmarks_and_one_heading(client, login_as, signed_in):
    urls = PAGES_FOR_VISITORS
    if signed_in:
        login_as(make_user(role=Role.ADMIN, authority=None))
        make_authority()
        urls = PAGES_FOR_ADMINS
    for url in urls:
        page = audit(client, url)
        assert page.unlabelled() == [], f"{url}: fields without a label {page.unlabelled()}"
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in page.tags, f"{url}: no <{landmark}>"
        assert page.h1 == 1, f"{url}: {page.h1} h1 elements"
        assert page.lang
