"""Atom feeds of the forums: valid Atom 1.0, public for visitors, private by a member's token."""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - parses the app's own output

import pytest
from sqlalchemy import event, select

from app.accounts import tokens
from app.accounts.models import Group, UserStatus
from app.extensions import db
from app.forums.models import Post, Scope
from tests.factories import make_authority, make_category, make_country, make_topic, make_user

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def feed(client, url: str, status: int = 200) -> ET.Element | None:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    if status != 200:
        return None
    assert response.mimetype == "application/atom+xml"
    return ET.fromstring(response.data)  # noqa: S314 - the app's own output


def titles(root: ET.Element) -> list[str]:
    return [entry.findtext(f"{A}title") for entry in root.iter(f"{A}entry")]


def private_token(user) -> str:
    # Requests end the session; work on the member as the database has them now.
    token = tokens.reset_feed_token(db.session.get(type(user), user.id))
    db.session.commit()
    return token


def assert_valid_atom(root: ET.Element) -> None:
    """The elements RFC 4287 requires, on the feed and on every entry."""
    assert root.tag == f"{A}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{A}{name}") or "").strip(), name
    assert RFC3339.match(root.findtext(f"{A}updated"))
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert rels["self"].startswith("http://localhost/forums/")
    assert rels["alternate"].startswith("http://localhost/forums/")
    assert root.findtext(f"{A}author/{A}name")
    for entry in root.iter(f"{A}entry"):
        assert entry.findtext(f"{A}id").startswith("http://localhost/forums/t/")
        assert entry.findtext(f"{A}title")
        assert RFC3339.match(entry.findtext(f"{A}updated"))
        assert RFC3339.match(entry.findtext(f"{A}published"))
        assert entry.findtext(f"{A}author/{A}name")
        link = entry.find(f"{A}link")
        assert link.get("rel") == "alternate" and link.get("href") == entry.findtext(f"{A}id")
        assert entry.find(f"{A}content").get("type") == "html"


def test_the_latest_feed_is_valid_atom_with_public_topics_only(client):
    public = make_category(view_scope=Scope.PUBLIC, name="Open talk")
    author = make_user(name="Ana & <Co>")
    topic = make_topic(
        category=public, author=author, title="Roads & <bridges> \"now\"",
        body="**Bold** & <script>alert(1)</script> <b>kept?</b>",
    )  # fmt: skip
    make_topic(title="Members only talk")
    response = client.get("/forums/latest.atom")
    assert b"Roads &amp; &lt;bridges&gt;" in response.data  # escaped once, not twice
    root = feed(client, "/forums/latest.atom")
    assert_valid_atom(root)
    assert titles(root) == ['Roads & <bridges> "now"']
    entry = root.find(f"{A}entry")
    assert entry.findtext(f"{A}id") == f"http://localhost/forums/t/{topic.id}"
    assert entry.findtext(f"{A}author/{A}name") == "Ana & <Co>"
    assert entry.find(f"{A}category").get("term") == public.slug
    html = entry.findtext(f"{A}content")
    assert "<strong>Bold</strong> &amp;" in html and "<script" not in html
    stored = db.session.scalar(select(Post.html).where(Post.topic_id == topic.id))
    assert html == stored  # the stored, sanitised HTML, as it is


def test_a_category_feed_has_its_own_topics(client):
    one = make_category(view_scope=Scope.PUBLIC)
    other = make_category(view_scope=Scope.PUBLIC)
    make_topic(category=one, title="First")
    make_topic(category=one, title="Second")
    pinned = make_topic(category=one, title="Pinned rules")
    pinned.pinned = True
    make_topic(category=other, title="Elsewhere")
    db.session.commit()
    root = feed(client, f"/forums/c/{one.slug}.atom")
    assert_valid_atom(root)
    assert titles(root) == ["Pinned rules", "Second", "First"]
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert links["alternate"] == f"http://localhost/forums/c/{one.slug}"
    assert links["self"] == f"http://localhost/forums/c/{one.slug}.atom"
    # The HTML page of the category is still there.
    assert client.get(f"/forums/c/{one.slug}").status_code == 200


def test_an_empty_feed_is_still_valid(client):
    category = make_category(view_scope=Scope.PUBLIC)
    assert_valid_atom(feed(client, f"/forums/c/{category.slug}.atom"))
    assert_valid_atom(feed(client, "/forums/latest.atom"))


def test_feeds_keep_the_thirty_latest_topics(client):
    category = make_category(view_scope=Scope.PUBLIC)
    for i in range(32):
        make_topic(category=category, title=f"Topic {i}")
    names = titles(feed(client, f"/forums/c/{category.slug}.atom"))
    assert len(names) == 30 and names[0] == "Topic 31" and "Topic 1" not in names


def test_private_categories_stay_out_of_public_feeds(client):
    armenia = make_country("AM", "Armenia")
    pilots = Group(name="Pilots")
    db.session.add(pilots)
    db.session.commit()
    armenian = make_category(view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=armenia)
    grouped = make_category(view_scope=Scope.GROUP, post_scope=Scope.GROUP, group=pilots)
    members = make_category()
    insider = make_user(authority=make_authority(armenia))
    pilots.members.append(insider)
    db.session.commit()
    make_topic(author=insider, category=armenian, title="Secret plan")
    make_topic(author=insider, category=grouped, title="Pilot portfolio")
    make_topic(category=members, title="Members talk")
    assert titles(feed(client, "/forums/latest.atom")) == []
    for place in (armenian, grouped, members):
        feed(client, f"/forums/c/{place.slug}.atom", status=404)
    feed(client, "/forums/c/no-such-category.atom", status=404)

    outsider = private_token(make_user(authority=make_authority(make_country())))
    assert titles(feed(client, f"/forums/latest.atom?token={outsider}")) == ["Members talk"]
    feed(client, f"/forums/c/{armenian.slug}.atom?token={outsider}", status=404)
    feed(client, f"/forums/c/{grouped.slug}.atom?token={outsider}", status=404)
    inside = private_token(insider)
    assert titles(feed(client, f"/forums/c/{grouped.slug}.atom?token={inside}")) == [
        "Pilot portfolio"
    ]
    assert set(titles(feed(client, f"/forums/latest.atom?token={inside}"))) == {
        "Secret plan", "Pilot portfolio", "Members talk",
    }  # fmt: skip


def test_a_members_private_feed_shows_what_they_may_read(client, login_as):
    armenia = make_country("AM", "Armenia")
    armenian = make_category(view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=armenia)
    member = make_user(authority=make_authority(armenia), locale="ru")
    make_topic(category=armenian, title="Secret plan", author=member)
    make_topic(title="Members talk")

    login_as(member)
    page = client.get("/account/tokens").get_data(as_text=True)
    assert "?token=" not in page  # none until asked for
    client.post("/account/tokens/feed")
    db.session.expire_all()
    token = db.session.get(type(member), member.id).feed_token
    page = client.get("/account/tokens").get_data(as_text=True)
    assert f"http://localhost/forums/latest.atom?token={token}" in page
    client.post("/logout")

    root = feed(client, f"/forums/latest.atom?token={token}")
    assert_valid_atom(root)
    assert sorted(titles(root)) == ["Members talk", "Secret plan"]
    self_link = next(link for link in root.findall(f"{A}link") if link.get("rel") == "self")
    assert self_link.get("href") == f"http://localhost/forums/latest.atom?token={token}"
    assert root.findtext(f"{A}title") != "Latest topics · M4EG Network"  # the member's language
    assert titles(feed(client, f"/forums/c/{armenian.slug}.atom?token={token}")) == ["Secret plan"]
    response = client.get(f"/forums/latest.atom?token={token}")
    assert response.headers["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("wrong", ["", "nonsense", "x" * 500, "%FF%FE"])
def test_a_wrong_feed_token_is_404(client, wrong):
    make_topic(category=make_category(view_scope=Scope.PUBLIC))
    private_token(make_user())
    feed(client, f"/forums/latest.atom?token={wrong}", status=404)
    category = make_category(view_scope=Scope.PUBLIC)
    feed(client, f"/forums/c/{category.slug}.atom?token={wrong}", status=404)


def test_a_reset_or_disabled_feed_token_stops_working(client, login_as):
    member = make_user()
    old = private_token(member)
    login_as(member)
    client.post("/account/tokens/feed")
    db.session.expire_all()
    new = db.session.get(type(member), member.id).feed_token
    assert new and new != old
    feed(client, f"/forums/latest.atom?token={old}", status=404)
    feed(client, f"/forums/latest.atom?token={new}")
    member = db.session.get(type(member), member.id)
    member.status = UserStatus.DISABLED
    db.session.commit()
    feed(client, f"/forums/latest.atom?token={new}", status=404)


def test_feeds_do_not_write_to_the_database(client):
    category = make_category(view_scope=Scope.PUBLIC)
    make_topic(category=category, replies=2)
    token = private_token(make_user())
    statements: list[str] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement.split(None, 1)[0].upper())

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        for url in ("/forums/latest.atom", f"/forums/c/{category.slug}.atom",
                    f"/forums/latest.atom?token={token}"):  # fmt: skip
            assert client.get(url).status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert "SELECT" in statements
    assert not {"INSERT", "UPDATE", "DELETE"} & set(statements)


def test_feed_readers_get_304_when_nothing_changed(client):
    category = make_category(view_scope=Scope.PUBLIC)
    make_topic(category=category)
    first = client.get("/forums/latest.atom")
    assert first.headers.get("ETag")
    again = client.get("/forums/latest.atom", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    make_topic(category=category, title="Something new")
    changed = client.get("/forums/latest.atom", headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200
