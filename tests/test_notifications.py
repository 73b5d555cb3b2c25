"""notify(), the bell, delivery choices, the email queue, digests and the live count."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.core import jobs
from app.extensions import db, socketio
from app.notifications import services
from app.notifications.models import Delivery, EmailState, Notification
from tests.factories import make_user


def count_unread(user) -> int:
    return services.unread_count(user)


def test_bell_shows_unread_and_marks_read(client, login_as):
    user = make_user()
    services.notify(user, "announcement", "Training on green recovery", link="/events/")
    services.notify(user, "announcement", "New guide on LEDPs", link="/library/")
    db.session.commit()
    login_as(user)
    page = client.get("/").get_data(as_text=True)
    assert 'id="bell-count" class="badge rounded-pill bg-warning text-dark">2<' in page

    first = db.session.scalars(select(Notification).order_by(Notification.id)).first()
    response = client.post(f"/notifications/{first.id}/open")
    assert response.location == "/events/"
    assert count_unread(user) == 1
    client.post("/notifications/read-all")
    assert count_unread(user) == 0


def test_notifications_are_private(client, login_as):
    owner = make_user()
    note = services.notify(owner, "announcement", "Private", link="/network/")
    db.session.commit()
    login_as(make_user())
    response = client.post(f"/notifications/{note.id}/open")
    assert response.location == "/notifications/"
    assert db.session.get(Notification, note.id).read_at is None
    assert "Private" not in client.get("/notifications/").get_data(as_text=True)


def test_one_notification_per_thing_until_read(client):
    user = make_user()
    for _ in range(3):
        services.notify(user, "announcement", "New replies", group_key="topic:7")
    db.session.commit()
    assert count_unread(user) == 1
    services.mark_all_read(user)
    services.notify(user, "announcement", "New replies", group_key="topic:7")
    assert count_unread(user) == 1


def test_inactive_members_get_nothing():
    user = make_user(status="pending")
    assert services.notify(user, "announcement", "Hello") is None


def test_email_at_once_is_sent_once_with_unsubscribe(client, mailbox):
    user = make_user(email="bell@example.org", locale="ru")
    services.set_preference(user, "announcement", Delivery.EMAIL)
    services.notify(user, "announcement", "Webinar tomorrow", link="/events/")
    db.session.commit()
    assert services.send_pending_emails() == 1
    assert services.send_pending_emails() == 0  # a second run sends nothing again
    message = mailbox.last_to("bell@example.org")
    assert message["Subject"] == "Webinar tomorrow"
    assert "http://localhost/events/" in mailbox.text(message)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert client.post(unsubscribe).status_code == 200  # one click, no session, no CSRF token
    assert services.delivery_for(user, "announcement") == Delivery.IN_APP


def test_in_app_only_sends_no_email(mailbox):
    user = make_user()
    services.set_preference(user, "announcement", Delivery.IN_APP)
    services.notify(user, "announcement", "Quiet")
    db.session.commit()
    assert services.send_pending_emails() == 0
    assert mailbox.to(user.email) == []


def test_daily_digest_once_a_day_after_seven_local_time(mailbox):
    user = make_user(email="digest@example.org", timezone="Asia/Tbilisi")  # UTC+4
    services.set_preference(user, "announcement", Delivery.DIGEST)
    services.notify(user, "announcement", "First news", link="/library/")
    services.notify(user, "announcement", "Second news", link="/events/")
    read = services.notify(user, "announcement", "Already seen")
    db.session.commit()
    services.mark_read(user, read.id)
    db.session.commit()

    early = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 06:00 in Tbilisi
    assert services.send_digests(now=early) == 0
    morning = datetime(2026, 11, 27, 3, 30, tzinfo=UTC)  # 07:30 in Tbilisi
    assert services.send_digests(now=morning) == 1
    assert services.send_digests(now=morning) == 0
    message = mailbox.last_to("digest@example.org")
    text = mailbox.text(message)
    assert "First news" in text and "Second news" in text and "Already seen" not in text

    services.notify(user, "announcement", "Later news")
    db.session.commit()
    assert services.send_digests(now=morning) == 0  # the day's digest is gone already
    next_day = datetime(2026, 11, 28, 4, 0, tzinfo=UTC)
    assert services.send_digests(now=next_day) == 1


def test_claims_stop_a_second_host_from_doing_the_same_work():
    assert jobs.claim("digest:1:2026-11-27") is True
    assert jobs.claim("digest:1:2026-11-27") is False
    assert db.session.scalar(select(func.count(jobs.JobClaim.id))) == 1


def test_preferences_page_saves_choices(client, login_as):
    user = login_as(make_user())
    form = {kind: Delivery.IN_APP for kind in services.KINDS}
    form["announcement"] = Delivery.EMAIL
    client.post("/notifications/preferences", data=form)
    assert services.delivery_for(user, "announcement") == Delivery.EMAIL
    bad = client.post("/notifications/preferences", data={**form, "account": "carrier-pigeon"})
    assert "Choose one of the offered options." in bad.get_data(as_text=True)


def test_live_bell_count_over_socketio(app, client, login_as):
    user = login_as(make_user())
    socket = socketio.test_client(app, namespace="/notifications", flask_test_client=client)
    assert socket.is_connected("/notifications")
    first = socket.get_received("/notifications")
    assert first[-1]["args"][0] == {"count": 0}
    services.notify(user, "announcement", "Live")
    db.session.commit()
    received = socket.get_received("/notifications")
    assert received[-1]["name"] == "unread" and received[-1]["args"][0] == {"count": 1}
    socket.disconnect(namespace="/notifications")


def test_anonymous_socket_is_refused(app, client):
    socket = socketio.test_client(app, namespace="/notifications", flask_test_client=client)
    assert not socket.is_connected("/notifications")


@pytest.mark.parametrize("token", ["nonsense", "a.b.c"])
def test_bad_unsubscribe_links_explain(client, token):
    response = client.get(f"/notifications/unsubscribe/{token}")
    assert response.status_code == 400
    assert "This link is not valid." in response.get_data(as_text=True)


def test_email_state_default_follows_kind(client):
    user = make_user()
    note = services.notify(user, "account", "Role changed")
    assert note.email_state == EmailState.PENDING  # "account" defaults to email at once
