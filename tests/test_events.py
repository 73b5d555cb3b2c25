"""Events: planning, registration with a waitlist, reminders, calendars, reports."""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.accounts.models import Role, User
from app.events import reminders
from app.events import services as events
from app.events.models import Event, EventStatus, Registration, RegistrationStatus
from app.extensions import db
from app.library.models import Practice, PracticeKind
from app.notifications.models import Notification
from app.search import search
from tests.factories import make_country, make_event, make_practice, make_user


def fresh(obj):
    db.session.expire_all()
    return db.session.get(type(obj), obj.id)


def host_of(event):
    return db.session.get(User, event.created_by_id)


def subjects(user) -> list[str]:
    return list(db.session.scalars(select(Notification.subject).where(
        Notification.user_id == user.id).order_by(Notification.id)))  # fmt: skip


def test_a_facilitator_plans_an_event_in_their_own_time_zone(client, login_as):
    facilitator = login_as(make_user(role=Role.FACILITATOR))
    response = client.post("/events/new", data={
        "title": "Green budgeting webinar", "kind": "webinar", "timezone": "Europe/Kyiv",
        "starts_at": "2031-03-10T14:00", "ends_at": "2031-03-10T15:30", "languages": ["en", "uk"],
        "description": "How to tag **green** spending.", "audience": "members",
        "capacity": "2", "resources": "Guide | https://example.org/guide",
    })  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    event = db.session.scalar(select(Event))
    assert event.starts_at == datetime(2031, 3, 10, 12, 0, tzinfo=UTC)  # Kyiv is UTC+2 in March
    assert event.hosts[0].user_id == facilitator.id and event.resources[0].label == "Guide"
    page = client.get(f"/events/{event.id}").get_data(as_text=True)
    assert "Green budgeting webinar" in page and "<strong>green</strong>" in page


def test_bad_event_input_is_refused_and_kept(client, login_as):
    login_as(make_user(role=Role.FACILITATOR))
    response = client.post("/events/new", data={
        "title": "Mixed up", "kind": "webinar", "timezone": "UTC", "audience": "members",
        "starts_at": "2031-03-10T14:00", "ends_at": "2031-03-10T13:00",
    })  # fmt: skip
    text = response.get_data(as_text=True)
    assert "The end must come after the start." in text and "Mixed up" in text
    response = client.post("/events/new", data={
        "title": "Bad date", "kind": "webinar", "timezone": "UTC", "audience": "members",
        "starts_at": "tomorrow", "ends_at": "2031-03-10T13:00",
    })  # fmt: skip
    assert "Give a date and time" in response.get_data(as_text=True)
    assert db.session.scalar(select(Event)) is None
    login_as(make_user())
    assert client.get("/events/new").status_code == 403


def test_the_waitlist_promotes_the_next_person_when_a_seat_frees(client, login_as):
    event = make_event(capacity=1)
    first, second, third = make_user(), make_user(), make_user()
    for person in (first, second, third):
        login_as(person)
        client.post(f"/events/{event.id}/register")
    states = {r.user_id: r.status for r in events.registrations(fresh(event))}
    assert states == {first.id: "registered", second.id: "waitlisted", third.id: "waitlisted"}
    login_as(third)
    assert "number 2 on the waitlist" in client.get(f"/events/{event.id}").get_data(as_text=True)
    login_as(first)
    client.post(f"/events/{event.id}/cancel-registration")
    states = {r.user_id: r.status for r in events.registrations(fresh(event))}
    assert states == {first.id: "cancelled", second.id: "registered", third.id: "waitlisted"}
    assert any(s.startswith("A seat is yours") for s in subjects(second))
    assert not any(s.startswith("A seat is yours") for s in subjects(third))


def test_registration_respects_the_window_and_the_audience(client, login_as):
    moldova, georgia = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    soon = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=2)
    closed = make_event(registration_closes_at=soon - timedelta(days=3))
    local = make_event(audience="country", country_id=moldova.id)
    login_as(make_user(country=georgia))
    assert client.get(f"/events/{local.id}").status_code == 404
    client.post(f"/events/{closed.id}/register")
    assert events.registrations(fresh(closed)) == []


def test_video_link_shows_to_registered_people_from_fifteen_minutes_before(login_as):
    event = make_event(video_url="https://meet.example.org/m4eg", starts_in=timedelta(hours=2))
    person = make_user()
    events.register(person, event)
    assert events.video_link(person, event) is None
    assert events.video_link(person, event, now=event.starts_at - timedelta(minutes=14))
    assert events.video_link(make_user(), event, now=event.starts_at) is None


def test_reminders_go_once_even_from_two_hosts_at_once(app):
    event = make_event(starts_in=timedelta(minutes=50))
    people = [make_user() for _ in range(3)]
    for person in people:
        events.register(person, event)
    db.session.commit()
    assert reminders.send_reminders() == 6  # within the day and within the hour
    assert reminders.send_reminders() == 0
    assert sum(s.startswith("In one hour") for s in subjects(people[0])) == 1
    assert sum(s.startswith("Tomorrow") for s in subjects(people[0])) == 1


def test_a_reminder_claimed_by_another_host_is_not_sent_again(app):
    """Two hosts that both found the same reminder due: the second claim sends nothing."""
    event = make_event(starts_in=timedelta(hours=5))
    registration = events.register(make_user(), event)
    db.session.commit()
    subject = reminders.WINDOWS[0][2]
    now = datetime.now(UTC)
    first = reminders.claim_and_send(registration.id, "reminded_day_at", subject, now)
    second = reminders.claim_and_send(registration.id, "reminded_day_at", subject, now)
    assert (first, second) == (1, 0)
    assert sum(s.startswith("Tomorrow") for s in subjects(fresh(registration).user)) == 1


def test_calendar_files_keep_their_uid_and_count_versions(client, login_as):
    event = make_event(title="Ledger; training, part 1")
    login_as(make_user())
    first = client.get(f"/events/{event.id}.ics").get_data(as_text=True)
    assert f"UID:{event.uid}" in first and "SEQUENCE:0" in first
    assert "SUMMARY:Ledger\\; training\\, part 1" in first
    assert "DTSTART:" + event.starts_at.strftime("%Y%m%dT%H%M%SZ") in first
    host, event = host_of(event), fresh(event)
    events.update_event(host, event, events.EventInput(
        title=event.title, starts_at=datetime(2031, 1, 1, 9), ends_at=datetime(2031, 1, 1, 10),
    ))  # fmt: skip
    db.session.commit()
    second = client.get(f"/events/{event.id}.ics").get_data(as_text=True)
    assert f"UID:{event.uid}" in second and "SEQUENCE:1" in second
    assert "DTSTART:20310101T090000Z" in second


def test_the_personal_calendar_feed_needs_its_secret(client, login_as):
    event = make_event(title="Investment forum")
    person = login_as(make_user())
    events.register(person, event)
    db.session.commit()
    client.post("/events/calendar/address")
    token = fresh(person).feed_token
    client.post("/logout")
    feed = client.get(f"/events/calendar/{token}.ics")
    assert feed.status_code == 200 and "Investment forum" in feed.get_data(as_text=True)
    assert client.get("/events/calendar/wrong.ics").status_code == 404


def test_lists_filters_and_the_month(client, login_as):
    make_event(title="Upcoming training", kind="training", languages=["ro"])
    make_event(title="Upcoming webinar", kind="webinar")
    make_event(title="Last year", starts_in=timedelta(days=-300))
    login_as(make_user())
    upcoming = client.get("/events/").get_data(as_text=True)
    assert "Upcoming training" in upcoming and "Last year" not in upcoming
    assert "Last year" in client.get("/events/?view=past").get_data(as_text=True)
    only = client.get("/events/?kind=training").get_data(as_text=True)
    assert "Upcoming training" in only and "Upcoming webinar" not in only
    assert "Upcoming webinar" not in client.get("/events/?language=ro").get_data(as_text=True)
    month = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m")
    page = client.get(f"/events/?view=month&month={month}").get_data(as_text=True)
    assert "Upcoming training" in page and "month-view" in page
    assert client.get("/events/?view=month&month=garbage").status_code == 200


def test_hosts_export_registrations_as_csv(client, login_as):
    event = make_event()
    person = make_user(name="Ana Cebotari")
    events.register(person, event)
    db.session.commit()
    login_as(person)
    assert client.get(f"/events/{event.id}/registrations").status_code == 403
    login_as(host_of(event))
    response = client.get(f"/events/{event.id}/registrations?format=csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][:2] == ["name", "email"] and rows[1][0] == "Ana Cebotari"


def test_cancelling_tells_everyone(client, login_as):
    event = make_event(title="Study visit to Cahul")
    person = make_user()
    events.register(person, event)
    db.session.commit()
    login_as(host_of(event))
    client.post(f"/events/{event.id}/cancel")
    assert fresh(event).status == EventStatus.CANCELLED
    assert "Cancelled: Study visit to Cahul" in subjects(person)


def test_an_event_becomes_a_library_report_draft(client, login_as):
    guide = make_practice(title="Green procurement guide")
    event = make_event(title="Procurement webinar", resources=str(guide.id))
    login_as(host_of(event))
    response = client.post(f"/events/{event.id}/report")
    assert response.status_code == 302 and "/library/p/" in response.headers["Location"]
    report = db.session.scalar(select(Practice).where(Practice.kind == PracticeKind.EVENT_REPORT))
    assert report.title == "Report: Procurement webinar" and report.status == "draft"
    assert fresh(event).report_practice_id == report.id
    assert "Green procurement guide" in client.get(f"/events/{event.id}").get_data(as_text=True)


def test_registration_rows_are_unique_per_person(app):
    event = make_event()
    person = make_user()
    events.register(person, event)
    events.cancel_registration(person, event)
    events.register(person, event)
    db.session.commit()
    rows = db.session.scalars(select(Registration).where(Registration.event_id == event.id)).all()
    assert len(rows) == 1 and rows[0].status == RegistrationStatus.REGISTERED


@pytest.mark.usefixtures("search_index")
def test_events_are_found_by_their_audience_only():
    moldova, georgia = make_country("MD", "Moldova"), make_country("GE", "Georgia")
    make_event(title="Cooperatives webinar")
    local = make_event(title="Cooperatives in Moldova", audience="country", country_id=moldova.id)
    here, there = make_user(country=moldova), make_user(country=georgia)
    assert {h.title for h in search("cooperatives", here, doc_type="event").hits} == {
        "\ue000Cooperatives\ue001 webinar",
        "\ue000Cooperatives\ue001 in Moldova",
    }
    seen = {h.doc_id for h in search("cooperatives", there, doc_type="event").hits}
    assert local.id not in seen and len(seen) == 1
    assert search("cooperatives", None, doc_type="event").hits == []  # members only


def test_more_seats_move_the_waitlist_up(login_as):
    event = make_event(capacity=1)
    people = [make_user() for _ in range(3)]
    for person in people:
        events.register(person, event)
    host, event = host_of(event), fresh(event)
    events.update_event(host, event, events.EventInput(
        title=event.title, starts_at=datetime(2031, 1, 1, 9), ends_at=datetime(2031, 1, 1, 10),
        capacity=2,
    ))  # fmt: skip
    db.session.commit()
    states = [r.status for r in events.registrations(fresh(event))]
    assert sorted(states) == ["registered", "registered", "waitlisted"]
    assert any(s.startswith("A seat is yours") for s in subjects(people[1]))


def test_editing_keeps_the_hosts_and_changes_their_roles(client, login_as):
    event = make_event()
    speaker = make_user()
    host = login_as(host_of(event))
    data = {"title": event.title, "kind": "webinar", "timezone": "UTC", "audience": "members",
            "starts_at": "2031-03-10T14:00", "ends_at": "2031-03-10T15:00",
            "facilitator_ids": [str(host.id)], "speaker_ids": [str(speaker.id)]}  # fmt: skip
    assert client.post(f"/events/{event.id}/edit", data=data).status_code == 302
    assert client.post(f"/events/{event.id}/edit", data=data).status_code == 302
    roles = {h.user_id: h.role for h in fresh(event).hosts}
    assert roles == {host.id: "facilitator", speaker.id: "speaker"}
