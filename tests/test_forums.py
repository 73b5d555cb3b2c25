"""Forums through the real pages: writing, reading, permissions, notifications, moderation."""

import re

import pytest
from sqlalchemy import func, select

from app.accounts.models import Group, Role
from app.core.templating import CSRF_SLOT
from app.extensions import db
from app.forums import moderation
from app.forums import services as forum_services
from app.forums.models import Flag, ModerationLog, Post, Scope, Topic
from app.forums.reading import TopicPage
from app.notifications.models import Notification
from tests.factories import (
    PASSWORD,
    make_authority,
    make_category,
    make_country,
    make_topic,
    make_user,
)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


def notes(user_or_id) -> list[Notification]:
    user_id = getattr(user_or_id, "id", user_or_id)
    return list(db.session.scalars(select(Notification).where(Notification.user_id == user_id)))


def posts_of(topic) -> list[Post]:
    return list(
        db.session.scalars(select(Post).where(Post.topic_id == topic.id).order_by(Post.number))
    )


def test_start_a_topic_and_read_it(client, login_as):
    category = make_category(name="Green recovery")
    login_as(make_user())
    response = client.post(f"/forums/c/{category.slug}/new", data={
        "title": "Solar panels on schools", "kind": "question", "tags": "energy, Schools",
        "body": "Who did it? <script>alert(1)</script> **bold**",
    })  # fmt: skip
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Solar panels on schools"))
    html = page(client, f"/forums/t/{topic.id}")
    assert "<strong>bold</strong>" in html and "<script>alert" not in html
    assert "schools" in html and "Question" in html
    assert "Solar panels on schools" in page(client, f"/forums/c/{category.slug}")
    assert "Solar panels on schools" in page(client, "/forums/")


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("", "text", "This field is required."),
        ("A title", "   ", "This field is required."),
        ("x" * 201, "text", "Enter at most 200 characters."),
        ("A title", "y" * 50_001, "Enter at most 50000 characters."),
    ],
)
def test_bad_topics_are_refused_and_kept(client, login_as, title, body, message):
    category = make_category()
    login_as(make_user())
    response = client.post(f"/forums/c/{category.slug}/new",
                           data={"title": title, "kind": "discussion", "body": body})  # fmt: skip
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and message in text
    assert db.session.scalar(select(func.count(Topic.id))) == 0
    if body.strip():
        assert body[:100] in text  # what was typed is still there


def test_reply_quote_and_mention(client, login_as):
    author = make_user(name="Elena Ciobanu")
    topic = make_topic(author=author, body="Our LEDP has 46 indicators.")
    first = posts_of(topic)[0]
    reader = make_user(name="Anna Petrosyan")
    login_as(make_user(name="Andrii Shevchenko"))
    form = page(client, f"/forums/t/{topic.id}/reply?quote={first.id}")
    assert "Our LEDP has 46 indicators." in form and f"/forums/t/{topic.id}#post-1" in form
    client.post(f"/forums/t/{topic.id}/reply",
                data={"body": f"> quoted\n\nGood point, @{reader.handle}!"})  # fmt: skip
    html = page(client, f"/forums/t/{topic.id}")
    assert f'href="/members/{reader.id}"' in html
    assert any("mentioned you" in n.subject for n in notes(reader))
    assert any("New replies" in n.subject for n in notes(author))  # the author watches


def test_one_notification_per_topic_until_read(client, login_as):
    author = make_user()
    topic = make_topic(author=author)
    login_as(make_user())
    for text in ("first answer", "second, different answer", "third thought on this"):
        client.post(f"/forums/t/{topic.id}/reply", data={"body": text})
    unread = [n for n in notes(author) if n.read_at is None]
    assert len(unread) == 1
    client.post("/logout")
    login_as(author)
    client.post(f"/forums/t/{topic.id}/read", data={"number": 4})
    db.session.expire_all()
    assert all(n.read_at is not None for n in notes(author))


def test_muted_topics_stay_quiet(client, login_as):
    author = make_user()
    topic = make_topic(author=author)
    login_as(author)
    client.post(f"/forums/t/{topic.id}/watch", data={"level": "muted"})
    client.post("/logout")
    login_as(make_user())
    client.post(f"/forums/t/{topic.id}/reply", data={"body": f"@{author.handle} hello"})
    assert notes(author) == []


def test_unread_marker_and_jump_to_first_unread(client, login_as):
    reader = make_user()
    topic = make_topic(replies=2)
    login_as(reader)
    assert ">New<" in page(client, "/forums/")
    client.post(f"/forums/t/{topic.id}/read", data={"number": 1})
    assert "2 unread" in page(client, "/forums/")
    response = client.get(f"/forums/t/{topic.id}/unread")
    assert response.location.endswith(f"/forums/t/{topic.id}#post-2")
    client.post(f"/forums/t/{topic.id}/read", data={"number": 3})
    listing = page(client, "/forums/")
    assert "unread" not in listing.split("topic-list", 1)[1].split("</ul>", 1)[0].lower()


def test_long_topics_page_by_post_number(client):
    topic = make_topic(category=make_category(view_scope=Scope.PUBLIC), replies=25)
    second = page(client, f"/forums/t/{topic.id}?page=2")
    assert 'id="post-21"' in second and 'id="post-26"' in second and 'id="post-20"' not in second
    pager = second.split('class="pagination', 1)[1].split("</ul>", 1)[0]
    assert f'href="/forums/t/{topic.id}?page=1"' in pager and 'aria-current="page">2<' in pager


@pytest.mark.parametrize(
    ("page_number", "pages", "links"),
    [
        (1, 1, [1]),
        (1, 201, [1, 2, 3, None, 201]),
        (100, 201, [1, None, 98, 99, 100, 101, 102, None, 201]),
        (4, 6, [1, 2, 3, 4, 5, 6]),
        (200, 201, [1, None, 198, 199, 200, 201]),
    ],
)
def test_the_pager_links_the_ends_and_the_pages_near(page_number, pages, links):
    view = TopicPage([], {}, set(), None, page_number, pages, {}, frozenset(), {}, [])
    assert view.pager == links


def test_edit_keeps_revisions_for_author_and_moderators(client, login_as):
    author = make_user()
    topic = make_topic(author=author, body="Version one")
    post = posts_of(topic)[0]
    login_as(author)
    client.post(f"/forums/p/{post.id}/edit", data={"title": "New title", "body": "Version two"})
    html = page(client, f"/forums/t/{topic.id}")
    assert "New title" in html and "Version two" in html and ">edited<" in html
    assert "Version one" in page(client, f"/forums/p/{post.id}/revisions")
    client.post("/logout")
    login_as(make_user())
    assert client.get(f"/forums/p/{post.id}/revisions").status_code == 403
    assert client.get(f"/forums/p/{post.id}/edit").status_code == 403
    client.post("/logout")
    login_as(make_user(role=Role.MODERATOR, authority=None))
    assert "Version one" in page(client, f"/forums/p/{post.id}/revisions")


def test_reactions_count_once_and_not_on_own_posts(client, login_as):
    author = make_user()
    topic = make_topic(author=author)
    post = posts_of(topic)[0]
    login_as(make_user(name="Levan Gelashvili"))
    client.post(f"/forums/p/{post.id}/react", data={"kind": "helpful"})
    html = page(client, f"/forums/t/{topic.id}")
    assert 'title="Levan Gelashvili"' in html and 'aria-pressed="true"' in html
    assert any("reacted" in n.subject for n in notes(author))
    client.post(f"/forums/p/{post.id}/react", data={"kind": "helpful"})  # takes it back
    assert 'aria-pressed="true"' not in page(client, f"/forums/t/{topic.id}")
    client.post("/logout")
    login_as(author)
    assert client.post(f"/forums/p/{post.id}/react", data={"kind": "like"}).status_code == 403


def test_kept_post_actions_are_each_viewers_own(app):
    """The reactions and actions of a post are kept between page views: each viewer still
    gets their own pressed buttons, actions and CSRF token."""
    author = make_user()
    topic = make_topic(author=author, replies=1)
    reply = posts_of(topic)[1]
    pages = {}
    for name in ("Reacting Member", "Other Member"):
        browser = app.test_client()
        browser.post("/login", data={"email": make_user(name=name).email, "password": PASSWORD})
        if name == "Reacting Member":
            browser.post(f"/forums/p/{reply.id}/react", data={"kind": "like"})
        html = page(browser, f"/forums/t/{topic.id}")
        header_token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        tokens = re.findall(r'name="csrf_token" value="([^"]+)"', html)
        # The language menu, the watch choice, each post's buttons and the reply form.
        assert set(tokens) == {header_token} and len(tokens) >= 4 and CSRF_SLOT not in html
        listing = page(browser, f"/forums/c/{topic.category.slug}")
        assert set(re.findall(r'name="csrf_token" value="([^"]+)"', listing)) == {header_token}
        pages[name] = (html, header_token)
    (mine, my_token), (theirs, their_token) = pages["Reacting Member"], pages["Other Member"]
    assert my_token != their_token
    assert mine.count('aria-pressed="true"') == 1 and 'aria-pressed="true"' not in theirs
    assert mine.count('title="Reacting Member"') == theirs.count('title="Reacting Member"') == 1
    author_browser = app.test_client()
    author_browser.post("/login", data={"email": author.email, "password": PASSWORD})
    own = page(author_browser, f"/forums/t/{topic.id}")
    first = posts_of(topic)[0]
    assert f"/forums/p/{first.id}/edit" not in theirs and f"/forums/p/{first.id}/edit" in own


def test_asker_marks_the_accepted_answer(client, login_as):
    asker = make_user()
    topic = make_topic(author=asker, kind="question", replies=2)
    answer = posts_of(topic)[2]
    login_as(make_user())
    assert client.post(f"/forums/p/{answer.id}/accept").status_code == 403
    client.post("/logout")
    login_as(asker)
    client.post(f"/forums/p/{answer.id}/accept")
    html = page(client, f"/forums/t/{topic.id}")
    assert 'id="answer"' in html and "Accepted answer" in html
    assert any("accepted" in n.subject for n in notes(answer.author_id))


def test_private_categories_are_invisible(client, login_as):
    armenia, moldova = make_country("AM", "Armenia"), make_country("MD", "Moldova")
    pilots = Group(name="Pilots")
    db.session.add(pilots)
    db.session.commit()
    armenian = make_category(name="Armenia community", view_scope=Scope.COUNTRY,
                             post_scope=Scope.COUNTRY, country=armenia)  # fmt: skip
    private = make_category(name="Pilot group", view_scope=Scope.GROUP, post_scope=Scope.GROUP,
                            group=pilots)  # fmt: skip
    insider = make_user(authority=make_authority(armenia))
    pilots.members.append(insider)
    db.session.commit()
    secret = make_topic(author=insider, category=armenian, title="Secret plan")
    grouped = make_topic(author=insider, category=private, title="Pilot portfolio")

    moldovan = make_user(authority=make_authority(moldova))
    make_topic(author=insider, body=f"Hi @{moldovan.handle}", category=private)
    assert notes(moldovan) == []  # never told about what they cannot open
    login_as(moldovan)
    listing = page(client, "/forums/")
    assert "Secret plan" not in listing and "Armenia community" not in listing
    assert "Pilot portfolio" not in listing and "Pilot group" not in listing
    assert client.get(f"/forums/t/{secret.id}").status_code == 404
    assert client.get(f"/forums/c/{armenian.slug}").status_code == 404
    assert client.get(f"/forums/t/{grouped.id}").status_code == 404
    assert client.post(f"/forums/t/{secret.id}/reply", data={"body": "hi"}).status_code == 404
    client.post("/logout")
    login_as(insider)
    assert "Secret plan" in page(client, "/forums/") and "Pilot portfolio" in page(
        client, "/forums/"
    )


def test_visitors_read_public_categories_only(client):
    public = make_topic(category=make_category(view_scope=Scope.PUBLIC), title="Open talk")
    members = make_topic(title="Members talk")
    assert "Open talk" in page(client, "/forums/") and "Members talk" not in page(
        client, "/forums/"
    )
    assert client.get(f"/forums/t/{public.id}").status_code == 200
    assert client.get(f"/forums/t/{members.id}").status_code == 404


def test_read_only_category_refuses_posts(client, login_as):
    category = make_category(post_scope=Scope.STAFF)
    login_as(make_user())
    assert client.get(f"/forums/c/{category.slug}/new").status_code == 403


def test_closed_topic_refuses_replies_with_a_message(client, login_as):
    moderator = make_user(role=Role.MODERATOR, authority=None)
    topic = make_topic()
    login_as(moderator)
    client.post(f"/forums/t/{topic.id}/moderate", data={"action": "close", "reason": "Done"})
    client.post("/logout")
    login_as(make_user())
    response = client.post(f"/forums/t/{topic.id}/reply", data={"body": "late"})
    assert response.status_code == 403
    assert "closed" in response.get_data(as_text=True)
    assert len(posts_of(topic)) == 1


def test_moderator_pins_moves_hides_and_restores(client, login_as):
    moderator = make_user(role=Role.MODERATOR, authority=None)
    target = make_category(name="Financing")
    topic = make_topic(replies=1, title="Loans for SMEs")
    reply = posts_of(topic)[1]
    login_as(moderator)
    client.post(f"/forums/t/{topic.id}/moderate", data={"action": "pin", "reason": ""})
    move = {"action": "move", "move-category": target.id, "move-reason": "Fits better"}
    client.post(f"/forums/t/{topic.id}/moderate", data=move)
    client.post(f"/forums/p/{reply.id}/hide", data={"reason": "Off topic"})
    db.session.expire_all()
    assert (
        db.session.get(Topic, topic.id).pinned
        and db.session.get(Topic, topic.id).category_id == target.id
    )
    assert db.session.get(Post, reply.id).deleted_at is not None
    assert "Pinned" in page(client, f"/forums/c/{target.slug}")
    log = page(client, "/forums/log")
    assert "Fits better" in log and "Off topic" in log
    client.post("/logout")
    login_as(make_user())
    assert "This post was removed." in page(client, f"/forums/t/{topic.id}")
    assert any("hid your post" in n.subject for n in notes(reply.author_id))
    client.post("/logout")
    login_as(moderator)
    client.post(f"/forums/p/{reply.id}/restore")
    db.session.expire_all()
    assert db.session.get(Post, reply.id).deleted_at is None
    actions = db.session.scalars(select(ModerationLog.action).order_by(ModerationLog.id)).all()
    assert actions == ["pin", "move", "hide", "restore"]


def test_merge_and_split(client, login_as):
    login_as(make_user(role=Role.MODERATOR, authority=None))
    source = make_topic(replies=1, title="Duplicate")
    target = make_topic(replies=1, title="Original")
    merge = {"action": "merge", "merge-target": target.id, "merge-reason": "Same"}
    client.post(f"/forums/t/{source.id}/moderate", data=merge)
    db.session.expire_all()
    assert [p.number for p in posts_of(target)] == [1, 2, 3, 4]
    assert db.session.get(Topic, source.id).deleted_at is not None
    moved = [p.id for p in posts_of(target)[2:]]
    client.post(f"/forums/t/{target.id}/split",
                data={"post": moved, "title": "Split off", "reason": "Own subject"})  # fmt: skip
    new = db.session.scalar(select(Topic).where(Topic.title == "Split off"))
    assert [p.number for p in posts_of(new)] == [1, 2]


def test_flags_reach_the_moderators_queue(client, login_as):
    topic = make_topic(body="Buy cheap watches")
    post = posts_of(topic)[0]
    login_as(make_user())
    client.post(f"/forums/p/{post.id}/flag", data={"reason": "Spam"})
    assert db.session.scalar(select(func.count(Flag.id))) == 1
    client.post("/logout")
    login_as(make_user(role=Role.FACILITATOR, authority=None))
    assert "Spam" in page(client, "/forums/flags")
    client.post("/forums/flags", data={"post_id": post.id, "decision": "hide", "reason": "Spam"})
    db.session.expire_all()
    assert db.session.get(Post, post.id).deleted_at is not None
    assert "No open reports." in page(client, "/forums/flags")


def test_authors_delete_their_own_posts_softly(client, login_as):
    author = make_user()
    topic = make_topic(author=author, replies=1)
    login_as(author)
    first = posts_of(topic)[0]
    response = client.post(f"/forums/p/{first.id}/delete")
    assert "has replies" in page(client, response.location.split("#")[0])
    mine = make_topic(author=author)
    client.post(f"/forums/p/{posts_of(mine)[0].id}/delete")
    db.session.expire_all()
    assert db.session.get(Topic, mine.id).deleted_at is not None
    assert db.session.get(Post, posts_of(mine)[0].id).body.startswith("First post")  # kept
    assert client.get(f"/forums/t/{mine.id}").status_code == 404


def test_new_members_are_limited(client, login_as):
    topic = make_topic()
    from app.core.db import utcnow  # noqa: PLC0415

    login_as(make_user(created_at=utcnow()))
    links = "see http://a.example http://b.example http://c.example"
    response = client.post(f"/forums/t/{topic.id}/reply", data={"body": links})
    assert "at most 2 links" in response.get_data(as_text=True)
    for text in ("one idea here", "another thought", "a third remark"):
        assert client.post(f"/forums/t/{topic.id}/reply", data={"body": text}).status_code == 302
    response = client.post(f"/forums/t/{topic.id}/reply", data={"body": "a fourth remark"})
    assert "a few times a minute" in response.get_data(as_text=True)


def test_the_same_post_twice_is_refused(client, login_as):
    topic = make_topic()
    login_as(make_user())
    text = "We used the EU4Business grant for the incubator."
    assert client.post(f"/forums/t/{topic.id}/reply", data={"body": text}).status_code == 302
    response = client.post(f"/forums/t/{topic.id}/reply", data={"body": text + "!"})
    assert "very close to your previous post" in response.get_data(as_text=True)


def test_topic_views(client, login_as):
    me = make_user()
    make_topic(author=me, title="My own topic")
    make_topic(title="Answered topic", replies=1)
    login_as(me)
    assert "My own topic" in page(client, "/forums/?view=mine")
    assert "Answered topic" not in page(client, "/forums/?view=mine")
    assert "Answered topic" not in page(client, "/forums/?view=unanswered")
    assert "My own topic" in page(client, "/forums/?view=unanswered")
    assert "Answered topic" in page(client, "/forums/?view=new")


def test_mention_autocomplete(client, login_as):
    make_user(name="Günel Hüseynova")
    login_as(make_user())
    found = client.get("/forums/mentions.json?q=gün").json["members"]
    assert found[0]["handle"] == "günel.hüseynova"


def test_admin_creates_a_country_category(client, login_as):
    login_as(make_user(role=Role.ADMIN, authority=None))
    data = {"name": "Moldova community", "slug": "moldova", "view_scope": "country",
            "post_scope": "country", "position": 5}  # fmt: skip
    response = client.post("/forums/admin/categories/new", data=data)
    assert "Choose the country." in response.get_data(as_text=True)
    moldova = make_country()
    client.post("/forums/admin/categories/new", data={**data, "country": moldova.id})
    assert "Moldova community" in page(client, "/forums/admin/categories")


def test_reply_to_a_hidden_post_is_not_linked(client, login_as):
    topic = make_topic(replies=1)
    hidden = posts_of(topic)[1]
    moderation.hide_post(make_user(role=Role.MODERATOR, authority=None), hidden, "spam")
    db.session.commit()
    login_as(make_user())
    form = page(client, f"/forums/t/{topic.id}/reply?quote={hidden.id}")
    assert "Reply number 1" not in form
    client.post(f"/forums/t/{topic.id}/reply?quote={hidden.id}", data={"body": "fine"})
    assert posts_of(topic)[-1].reply_to_id is None


@pytest.mark.usefixtures("search_index")
def test_topics_and_replies_are_found_only_by_those_who_may_read_them(client, login_as):
    moldova, armenia = make_country("MD", "Moldova"), make_country("AM", "Armenia")
    open_category = make_category()
    armenian = make_category(view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=armenia)
    insider = make_user(authority=make_authority(armenia))
    topic = make_topic(title="Greenhouse cooperative", body="Solar drying of apricots",
                       category=open_category, replies=0)  # fmt: skip
    make_topic(author=insider, title="Հանրային տրանսպորտ", body="Ավտոբուսների նոր երթուղիներ",
               category=armenian)  # fmt: skip
    reply = make_user()

    post = forum_services.reply(reply, topic, "We financed the dryers with a microgrant")
    db.session.commit()

    login_as(make_user(authority=make_authority(moldova)))
    found = page(client, "/search?q=apricots")
    assert "Greenhouse cooperative" in found
    assert "Greenhouse cooperative" in page(client, "/search?q=microgrant")
    assert "Հանրային" not in page(client, "/search?q=տրանսպորտ")  # the title, highlighted
    client.post("/logout")
    login_as(insider)
    assert "Հանրային" in page(client, "/search?q=տրանսպորտ")

    moderator = make_user(role=Role.MODERATOR, authority=None)
    moderation.hide_post(moderator, db.session.get(Post, post.id), "off topic")
    db.session.commit()
    assert "Greenhouse cooperative" not in page(client, "/search?q=microgrant")


def test_script_in_every_field_is_shown_as_text(client, login_as):
    category = make_category()
    login_as(make_user(name="<b>Bold</b> name"))
    client.post(f"/forums/c/{category.slug}/new", data={
        "title": "<script>alert('t')</script>", "kind": "discussion",
        "tags": "<img src=x onerror=alert(1)>", "body": "<iframe src=//evil></iframe>text",
    })  # fmt: skip
    topic = db.session.scalar(select(Topic))
    html = page(client, f"/forums/t/{topic.id}")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert (
        "<iframe" not in html
        and "onerror=alert" not in html.replace("&lt;", "<")
        or ("<img src=x" not in html)
    )
    assert "<b>Bold</b> name" not in html and "&lt;b&gt;Bold&lt;/b&gt; name" in html


def test_forged_requests_post_nothing(app, client, login_as):
    topic = make_topic()
    login_as(make_user())
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post(f"/forums/t/{topic.id}/reply", data={"body": "forged"})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 400
    assert len(posts_of(topic)) == 1


def test_a_cursor_without_time_zone_is_read_as_utc(client):
    make_topic(category=make_category(view_scope=Scope.PUBLIC))
    assert client.get("/forums/?before=2025-01-01T00:00:00_5").status_code == 200
    assert client.get("/forums/?before=yesterday_5").status_code == 200
