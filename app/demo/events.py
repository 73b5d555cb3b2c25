"""Demo events: a few coming webinars and trainings, and one that took place."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.accounts.models import Country, User
from app.events import services as events
from app.events.models import Event
from app.extensions import db

# title, kind, days from now, hour (organiser's time), minutes, zone, languages, country, seats,
# organiser, description
EVENTS = [
    ("Green recovery finance: how to prepare a bankable project", "webinar", 5, 14, 90,
     "Europe/Kyiv", ["en", "uk"], None, 150, "facilitator@demo.test",
     "Three municipalities show how they turned green ideas into projects that banks and "
     "donors fund.\n\n- What a project fiche needs\n- Typical mistakes\n- Questions and answers"),
    ("Gender-responsive budgeting in practice", "training", 12, 10, 180, "Europe/Chisinau",
     ["ro", "ru"], "MD", 25, "facilitator.md@demo.test",
     "A hands-on session for finance departments: tag the budget, read it with a gender lens, "
     "and report on it."),
    ("Peer exchange: running a business incubator", "peer_exchange", 20, 11, 120, "Asia/Tbilisi",
     ["ka", "en"], "GE", 40, "facilitator.ge@demo.test",
     "Kutaisi and Batumi share what worked in their incubators, and what they would change."),
    ("LEDP monitoring: indicators that councils read", "webinar", -14, 15, 90, "Asia/Yerevan",
     ["hy", "en"], None, None, "facilitator.am@demo.test",
     "How to choose a few indicators for the Local Economic Development Plan and report them "
     "every quarter."),
]  # fmt: skip


def seed() -> int:
    """Add the demo events when there are none; returns how many were added."""
    if db.session.scalar(select(Event.id).limit(1)) is not None:
        return 0
    people = {u.email: u for u in db.session.scalars(select(User))}
    countries = {c.code: c.id for c in db.session.scalars(select(Country))}
    today = datetime.now(UTC).replace(tzinfo=None, minute=0, second=0, microsecond=0)
    added = 0
    for (title, kind, days, hour, minutes, zone, languages, country, seats, organiser,
         description) in EVENTS:  # fmt: skip
        host = people.get(organiser)
        if host is None:
            continue
        start = (today + timedelta(days=days)).replace(hour=hour)
        event = events.create_event(host, events.EventInput(
            title=title, kind=kind, starts_at=start, ends_at=start + timedelta(minutes=minutes),
            timezone=zone, languages=languages, description=description,
            audience="country" if country else "members", country_id=countries.get(country or ""),
            capacity=seats, video_url="https://meet.jit.si/m4eg-demo",
        ))  # fmt: skip
        for email in ("member@demo.test", "elena.ciobanu@demo.test", "anna.petrosyan@demo.test"):
            person = people.get(email)
            if person is not None and days > 0 and country in (None, person.country.code):
                events.register(person, event)
        added += 1
    return added
