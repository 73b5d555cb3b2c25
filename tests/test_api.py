"""The JSON API and personal tokens, through real requests: tokens, reads, writes, errors."""

import hashlib
import re
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from app.accounts import tokens
from app.accounts.models import ApiToken, Group, Role, UserStatus
from app.extensions import db
from app.forums import activity, moderation
from app.forums.models import Post, Scope, Topic
from app.notifications.models import Notification
from tests.factories import (
    make_authority,
    make_category,
    make_country,
    make_topic,
    make_user,
)
from tests.test_accessibility import audit

TOKEN = re.compile(r"m4eg_[A-Za-z0-9_-]{43}")
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def new_token(user, name: str = "Script") -> str:
    _token, raw = tokens.create_token(user, name)
    db.session.commit()
    return raw


def bearer(raw: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {raw}"}


def count(model) -> int:
    return db.session.scalar(select(func.count(model.id)))


def assert_error(response, status: int, words: str = "") -> str:
    """A JSON error with this status and a message (containing words)."""
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.is_json
    data = response.get_json()
    assert data["status"] == status
    assert isinstance(data["error"], str) and data["error"].strip()
    assert words.lower() in data["error"].lower(), data["error"]
    return data["error"]


def unique_text() -> str:
    return f"{uuid4().hex} {uuid4().hex}"


# Tokens ---------------------------------------------------------------------


def test_a_token_is_shown_once_and_only_its_hash_is_kept(client, login_as):
    member = login_as(make_user())
    response = client.post("/account/tokens", data={"name": "Monthly report"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    shown = TOKEN.findall(page)
    assert len(shown) == 1
    raw = shown[0]
    stored = db.session.scalar(select(ApiToken).where(ApiToken.user_id == member.id))
    assert stored.name == "Monthly report"
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in (stored.token_hash, stored.hint) and raw.startswith(stored.hint)

    listing = client.get("/account/tokens").get_data(as_text=True)
    assert raw not in listing  # never again
    assert "Monthly report" in listing and f"{stored.hint}…" in listing and "Never" in listing

    client.post("/logout")
    response = client.get("/api/v1/forums/categories", headers=bearer(raw))
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers  # a token makes no session
    assert "Authorization" in response.headers["Vary"]
    db.session.expire_all()
    assert db.session.get(ApiToken, stored.id).last_used_at is not None
    login_as(member)
    assert "Never" not in client.get("/account/tokens").get_data(as_text=True)


def test_the_tokens_page_is_in_the_settings_and_accessible(client, login_as):
    login_as(make_user())
    assert 'href="/account/tokens"' in client.get("/account/").get_data(as_text=True)
    client.post("/account/tokens", data={"name": "Script"})
    client.post("/account/tokens/feed")
    page = audit(client, "/account/tokens")
    assert page.unlabelled() == [] and page.h1 == 1


def test_a_token_needs_a_name(client, login_as):
    member = login_as(make_user())
    response = client.post("/account/tokens", data={"name": "   "})
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert not TOKEN.search(response.get_data(as_text=True))
    assert tokens.tokens_of(member) == []


def test_a_revoked_token_stops_working(client, login_as):
    member = login_as(make_user())
    raw = new_token(member, "Old script")
    token = tokens.tokens_of(member)[0]
    response = client.post(f"/account/tokens/{token.id}/revoke")
    assert response.status_code == 302
    page = client.get("/account/tokens").get_data(as_text=True)
    assert "is revoked" in page and "<td>Old script</td>" not in page
    client.post("/logout")
    response = client.get("/api/v1/forums/categories", headers=bearer(raw))
    assert_error(response, 401, "not valid")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


def test_members_cannot_revoke_each_others_tokens(client, login_as):
    owner = make_user()
    raw = new_token(owner)
    token = tokens.tokens_of(owner)[0]
    login_as(make_user())
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 404
    client.post("/logout")
    assert client.get("/api/v1/forums/categories", headers=bearer(raw)).status_code == 200


@pytest.mark.parametrize("status", [UserStatus.DISABLED, UserStatus.PENDING, UserStatus.REJECTED])
def test_tokens_of_inactive_members_do_not_work(client, status):
    member = make_user()
    raw = new_token(member)
    member.status = status
    db.session.commit()
    assert_error(client.get("/api/v1/forums/categories", headers=bearer(raw)), 401)
    category = make_category()
    response = client.post(
        "/api/v1/forums/topics", headers=bearer(raw),
        json={"category": category.slug, "title": "Hello", "body": "Anyone?"},
    )  # fmt: skip
    assert_error(response, 401)
    assert count(Topic) == 0


@pytest.mark.parametrize(
    "header", ["Bearer nonsense", "Bearer m4eg_" + "x" * 43, "Basic dXNlcjpwYXNz", "Bearer ", "x"]
)
def test_invalid_tokens_get_401(client, header):
    response = client.get("/api/v1/forums/categories", headers={"Authorization": header})
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


# Reading ----------------------------------------------------------------------


def test_categories_are_those_the_caller_may_view(client):
    armenia = make_country("AM", "Armenia")
    public = make_category(name="Open", view_scope=Scope.PUBLIC, description="For all")
    members = make_category(name="Members")
    announcements = make_category(name="News", post_scope=Scope.STAFF, parent=members)
    armenian = make_category(
        name="Armenia", view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=armenia
    )
    names = lambda response: [c["name"] for c in response.get_json()["categories"]]  # noqa: E731

    assert names(client.get("/api/v1/forums/categories")) == ["Open"]
    moldovan = new_token(make_user())
    listed = client.get("/api/v1/forums/categories", headers=bearer(moldovan)).get_json()
    by_name = {c["name"]: c for c in listed["categories"]}
    assert set(by_name) == {"Open", "Members", "News"}
    assert by_name["Open"] == {
        "id": public.id, "slug": public.slug, "name": "Open", "description": "For all",
        "parent_id": None, "view_scope": "public", "post_scope": "members", "can_post": True,
        "url": f"http://localhost/forums/c/{public.slug}",
    }  # fmt: skip
    assert by_name["News"]["can_post"] is False
    assert by_name["News"]["parent_id"] == members.id
    armenian_member = new_token(make_user(authority=make_authority(armenia)))
    listed = client.get("/api/v1/forums/categories", headers=bearer(armenian_member))
    assert "Armenia" in names(listed)
    assert announcements.id in [c["id"] for c in listed.get_json()["categories"]]
    assert armenian.id in [c["id"] for c in listed.get_json()["categories"]]


def test_topics_page_by_latest_activity_with_a_cursor(client):
    category = make_category(view_scope=Scope.PUBLIC)
    made = [make_topic(category=category, title=f"Topic {i}") for i in range(5)]
    pinned = make_topic(category=category, title="Rules")
    pinned.pinned = True
    make_topic(title="Elsewhere")  # another (members-only) category
    db.session.commit()

    seen, url, args = [], "/api/v1/forums/topics", {"category": category.slug, "limit": 2}
    first = client.get(url, query_string=args).get_json()
    assert [t["title"] for t in first["pinned"]] == ["Rules"]
    page = first
    while True:
        seen += [t["id"] for t in page["topics"]]
        if page["next"] is None:
            break
        assert len(page["topics"]) == 2
        page = client.get(url, query_string={**args, "before": page["next"]}).get_json()
        assert "pinned" not in page
    assert seen == [t.id for t in reversed(made)]

    everything = client.get("/api/v1/forums/topics").get_json()
    assert [t["title"] for t in everything["topics"]][:1] == ["Topic 4"]
    assert "Elsewhere" not in [t["title"] for t in everything["topics"]]
    row = everything["topics"][0]
    assert row["category"] == {"id": category.id, "slug": category.slug, "name": category.name}
    assert ISO_UTC.match(row["created_at"]) and ISO_UTC.match(row["last_post_at"])
    assert set(row) >= {"author", "tags", "kind", "reply_count", "closed", "pinned", "url"}


@pytest.mark.parametrize(
    "query", ["before=abc", "before=2025-01-01T00:00:00_x", "before=_", "limit=0", "limit=abc"]
)
def test_bad_paging_values_are_400(client, query):
    make_category(view_scope=Scope.PUBLIC)
    assert_error(client.get(f"/api/v1/forums/topics?{query}"), 400)


def test_a_topic_with_its_posts(client):
    category = make_category(view_scope=Scope.PUBLIC)
    author = make_user(name="Elena Ciobanu")
    topic = make_topic(
        author=author, category=category, body="Who did it? <script>alert(1)</script> **bold**",
        tags=["Energy", "schools"], replies=22, kind="question",
    )  # fmt: skip
    first = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    fan = make_user()
    activity.toggle_reaction(fan, first, "like")
    activity.toggle_reaction(make_user(), first, "like")
    activity.toggle_reaction(fan, first, "helpful")
    db.session.commit()

    data = client.get(f"/api/v1/forums/topics/{topic.id}").get_json()
    assert data["topic"]["title"] == topic.title and data["topic"]["kind"] == "question"
    assert data["topic"]["tags"] == ["energy", "schools"]
    assert data["topic"]["can_reply"] is False  # a visitor
    assert (data["page"], data["pages"], data["per_page"]) == (1, 2, 20)
    assert [p["number"] for p in data["posts"]] == list(range(1, 21))
    post = data["posts"][0]
    assert "<strong>bold</strong>" in post["html"] and "<script" not in post["html"]
    assert post["html"] == first.html
    assert post["author"] == {"id": author.id, "name": "Elena Ciobanu"}
    assert post["reactions"] == {"like": 2, "helpful": 1}
    assert ISO_UTC.match(post["created_at"]) and post["edited_at"] is None
    second = client.get(f"/api/v1/forums/topics/{topic.id}?page=2").get_json()
    assert [p["number"] for p in second["posts"]] == [21, 22, 23]
    as_fan = client.get(f"/api/v1/forums/topics/{topic.id}", headers=bearer(new_token(fan)))
    assert as_fan.get_json()["posts"][0]["reacted"] == ["helpful", "like"]
    assert as_fan.get_json()["topic"]["can_reply"] is True


def test_visitors_read_public_categories_only(client):
    public = make_topic(category=make_category(view_scope=Scope.PUBLIC))
    members = make_topic()
    assert client.get(f"/api/v1/forums/topics/{public.id}").status_code == 200
    assert_error(client.get(f"/api/v1/forums/topics/{members.id}"), 404)
    assert_error(client.get(f"/api/v1/forums/topics?category={members.category.slug}"), 404)
    assert_error(client.get("/api/v1/forums/topics/999999"), 404)


def test_the_browser_session_may_read_but_not_write(client, login_as):
    topic = make_topic()
    login_as(make_user())
    assert client.get(f"/api/v1/forums/topics/{topic.id}").status_code == 200
    response = client.post(f"/api/v1/forums/topics/{topic.id}/posts", json={"body": "Hi there"})
    assert_error(response, 401, "token")
    response = client.post(
        "/api/v1/forums/topics",
        json={"category": topic.category.slug, "title": "Sneaky", "body": "From a page"},
    )
    assert_error(response, 401)
    assert count(Post) == 1 and count(Topic) == 1


def test_visitors_cannot_write(client):
    topic = make_topic(category=make_category(view_scope=Scope.PUBLIC))
    response = client.post(f"/api/v1/forums/topics/{topic.id}/posts", json={"body": "Hello"})
    assert_error(response, 401, "Authorization: Bearer")
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="api"'
    assert count(Post) == 1


# Writing ----------------------------------------------------------------------


def test_start_a_topic_and_reply_with_a_token(client):
    category = make_category(name="Green recovery")
    author = make_user()
    raw = new_token(author)
    response = client.post("/api/v1/forums/topics", headers=bearer(raw), json={
        "category": category.slug, "title": "Solar panels on schools", "kind": "question",
        "tags": ["Energy", "schools"], "body": "Who did it? <script>x</script> **bold**",
    })  # fmt: skip
    assert response.status_code == 201, response.get_json()
    data = response.get_json()
    topic = db.session.get(Topic, data["topic"]["id"])
    assert response.headers["Location"] == f"http://localhost/forums/t/{topic.id}"
    assert topic.title == "Solar panels on schools" and topic.kind == "question"
    assert topic.author_id == author.id and [t.name for t in topic.tags] == ["energy", "schools"]
    assert "<strong>bold</strong>" in data["posts"][0]["html"]
    assert "<script" not in data["posts"][0]["html"]

    replier = make_user()
    first_id = data["posts"][0]["id"]
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(replier)),
        json={"body": "We did, in Cahul.", "reply_to": first_id},
    )  # fmt: skip
    assert response.status_code == 201
    post = response.get_json()["post"]
    assert post["number"] == 2 and post["reply_to_id"] == first_id
    assert post["author"]["id"] == replier.id and post["html"] == "<p>We did, in Cahul.</p>"
    assert response.headers["Location"] == post["url"]
    # The same service as the pages: the author, who watches the topic, is told.
    told = db.session.scalars(select(Notification).where(Notification.user_id == author.id))
    assert any("New replies" in n.subject for n in told)


def test_private_categories_are_404_over_the_api(client):
    armenia, moldova = make_country("AM", "Armenia"), make_country("MD", "Moldova")
    pilots = Group(name="Pilots")
    db.session.add(pilots)
    db.session.commit()
    armenian = make_category(view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=armenia)
    grouped = make_category(view_scope=Scope.GROUP, post_scope=Scope.GROUP, group=pilots)
    insider = make_user(authority=make_authority(armenia))
    pilots.members.append(insider)
    db.session.commit()
    secrets = [make_topic(author=insider, category=c) for c in (armenian, grouped)]
    outsider = bearer(new_token(make_user(authority=make_authority(moldova))))
    for topic in secrets:
        assert_error(client.get(f"/api/v1/forums/topics/{topic.id}", headers=outsider), 404)
        slug = topic.category.slug
        listing = client.get(f"/api/v1/forums/topics?category={slug}", headers=outsider)
        assert_error(listing, 404)
        reply = client.post(
            f"/api/v1/forums/topics/{topic.id}/posts", headers=outsider, json={"body": "Hi!"}
        )
        assert_error(reply, 404)
        start = client.post(
            "/api/v1/forums/topics", headers=outsider,
            json={"category": slug, "title": "In", "body": "Let me in"},
        )  # fmt: skip
        assert_error(start, 404)
    everything = client.get("/api/v1/forums/topics", headers=outsider).get_json()
    assert not {t["id"] for t in everything["topics"]} & {t.id for t in secrets}
    assert count(Post) == 2 and count(Topic) == 2
    insider_token = bearer(new_token(insider))
    for topic in secrets:
        response = client.get(f"/api/v1/forums/topics/{topic.id}", headers=insider_token)
        assert response.status_code == 200


def test_a_closed_topic_refuses_replies_with_a_message(client):
    topic = make_topic()
    moderation.set_closed(make_user(role=Role.MODERATOR, authority=None), topic, True, "Done")
    db.session.commit()
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": "A late reply"},
    )  # fmt: skip
    assert_error(response, 403, "closed")
    assert count(Post) == 1


def test_a_read_only_category_refuses_topics(client):
    category = make_category(post_scope=Scope.STAFF)
    response = client.post(
        "/api/v1/forums/topics", headers=bearer(new_token(make_user())),
        json={"category": category.slug, "title": "Hello", "body": "May I?"},
    )  # fmt: skip
    assert_error(response, 403, "You cannot start topics in this category.")
    assert count(Topic) == 0


def test_errors_come_in_the_token_owners_language(client):
    category = make_category(post_scope=Scope.STAFF)
    raw = new_token(make_user(locale="ru"))
    response = client.post(
        "/api/v1/forums/topics", headers={**bearer(raw), "Accept-Language": "en"},
        json={"category": category.slug, "title": "Hello", "body": "May I?"},
    )  # fmt: skip
    message = assert_error(response, 403)
    assert "You cannot" not in message and re.search("[а-яА-Я]", message)


GOOD_TOPIC = {"title": "A fine title", "body": "A fine body", "kind": "discussion"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "No body here"}, "body"),
        ({"body": "No title here"}, "title"),
        ({**GOOD_TOPIC, "title": 42}, "title"),
        ({**GOOD_TOPIC, "title": ["a list"]}, "title"),
        ({**GOOD_TOPIC, "body": {"an": "object"}}, "body"),
        ({**GOOD_TOPIC, "title": "   "}, "title"),
        ({**GOOD_TOPIC, "title": "x" * 201}, "title"),
        ({**GOOD_TOPIC, "body": "y" * 50_001}, "body"),
        ({**GOOD_TOPIC, "kind": "poll"}, "kind"),
        ({**GOOD_TOPIC, "kind": 1}, "kind"),
        ({**GOOD_TOPIC, "tags": "energy"}, "tags"),
        ({**GOOD_TOPIC, "tags": ["a", 2]}, "tags"),
        ({**GOOD_TOPIC, "tags": ["a", "b", "c", "d", "e", "f"]}, "tags"),
    ],
)
def test_bad_topics_are_400_and_nothing_is_created(client, body, field):
    category = make_category()
    response = client.post(
        "/api/v1/forums/topics", headers=bearer(new_token(make_user())),
        json={"category": category.slug, **body},
    )  # fmt: skip
    assert_error(response, 400)
    assert response.get_json()["field"] == field
    assert count(Topic) == 0 and count(Post) == 0


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b'{"body": "unfinished', "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b'"just a string"', "application/json"),
        (b"\xff\xfe not utf-8", "application/json"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),
        (b"body=hello", "application/x-www-form-urlencoded"),
        (b"", "application/json"),
        (b"", ""),
    ],
)
def test_bodies_that_are_not_a_json_object_are_400(client, data, content_type):
    topic = make_topic()
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        data=data, content_type=content_type,
    )  # fmt: skip
    assert_error(response, 400, "JSON")
    assert count(Post) == 1


@pytest.mark.parametrize("reply_to", ["1", True, -1, 2**40, 1.5, "other topic"])
def test_a_bad_reply_to_is_400(client, reply_to):
    topic, other = make_topic(), make_topic()
    if reply_to == "other topic":
        reply_to = db.session.scalar(select(Post.id).where(Post.topic_id == other.id))
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": "A reply", "reply_to": reply_to},
    )  # fmt: skip
    assert_error(response, 400)
    assert response.get_json()["field"] == "reply_to"
    assert count(Post) == 2


def test_a_huge_request_is_413(client):
    topic = make_topic()
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": "z" * 2_000_000},
    )  # fmt: skip
    assert_error(response, 413, "KB")
    assert count(Post) == 1


def test_text_is_cleaned_of_control_characters(client):
    topic = make_topic()
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": "Null\u0000 and escape\u001b and \ud800 gone"},
    )  # fmt: skip
    assert response.status_code == 201
    body = db.session.scalar(select(Post.body).where(Post.topic_id == topic.id, Post.number == 2))
    assert body == "Null and escape and \ufffd gone"


def test_writes_are_rate_limited_per_member(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "API_WRITE_LIMIT", "3 per minute")
    topic = make_topic()
    raw = new_token(make_user())
    for _ in range(3):
        response = client.post(
            f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(raw),
            json={"body": unique_text()},
        )  # fmt: skip
        assert response.status_code == 201
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(raw), json={"body": unique_text()}
    )
    assert_error(response, 429)
    assert "Retry-After" in response.headers
    assert count(Post) == 4
    # Another member is not held back by the first one's limit.
    other = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": unique_text()},
    )  # fmt: skip
    assert other.status_code == 201


def test_token_writes_need_no_csrf_token(client, csrf):
    topic = make_topic()
    response = client.post(
        f"/api/v1/forums/topics/{topic.id}/posts", headers=bearer(new_token(make_user())),
        json={"body": "Through the API"},
    )  # fmt: skip
    assert response.status_code == 201
    # Without a token there is no write at all, whatever the CSRF state.
    response = client.post(f"/api/v1/forums/topics/{topic.id}/posts", json={"body": "Again"})
    assert_error(response, 401)


def test_unknown_addresses_and_methods_answer_json(client):
    assert_error(client.get("/api/v1/nothing-here"), 404)
    response = client.delete("/api/v1/forums/categories", headers=bearer(new_token(make_user())))
    assert_error(response, 405)
