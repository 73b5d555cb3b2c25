"""Factories for test data: make_user(**overrides) and friends. They commit."""

from datetime import UTC, datetime, timedelta
from itertools import count
from uuid import uuid4

from werkzeug.security import generate_password_hash

from app.accounts.models import Country, LocalAuthority, Role, User, UserStatus
from app.events import services as event_services
from app.extensions import db
from app.forums import services as forum_services
from app.forums.models import Category
from app.library import services as library

PASSWORD = "correct horse battery"
_PASSWORD_HASH = generate_password_hash(PASSWORD)  # hashed once: scrypt is slow on purpose
_sequence = count(1)
# Members older than a week are past the new-member limits.
_LONG_AGO = datetime(2025, 1, 1, tzinfo=UTC)


def make_country(code: str = "MD", name_en: str = "Moldova") -> Country:
    country = db.session.scalar(db.select(Country).where(Country.code == code))
    if country is None:
        country = Country(code=code, name_en=name_en)
        db.session.add(country)
        db.session.commit()
    return country


def make_authority(country: Country | None = None, **overrides) -> LocalAuthority:
    n = next(_sequence)
    values = {
        "name_en": f"Town {n}",
        "name_local": f"Oraș {n}",
        "region": "Centre",
        "kind": "town",
        "population": 20000,
        "joined_year": 2020,
        "country": country or make_country(),
    }
    values.update(overrides)
    authority = LocalAuthority(**values)
    db.session.add(authority)
    db.session.commit()
    return authority


def make_user(**overrides) -> User:
    n = next(_sequence)
    role = overrides.get("role", Role.MEMBER)
    values = {
        "name": f"Member {n}",
        "email": f"member{n}@example.org",
        "password_hash": _PASSWORD_HASH,
        "role": role,
        "status": UserStatus.ACTIVE,
        "position": "Economic development officer",
        "locale": "en",
        "timezone": "Europe/Chisinau",
        "created_at": _LONG_AGO,
    }
    values.update(overrides)
    if "authority" not in values and role == Role.MEMBER:
        values["authority"] = make_authority()
    if "country" not in values:
        authority = values.get("authority")
        values["country"] = authority.country if authority else make_country()
    user = User(**values)
    db.session.add(user)
    db.session.commit()
    return user


def make_category(**overrides):
    """A forum category; every member may read and post unless told otherwise."""

    n = next(_sequence)
    values = {"slug": f"category-{n}", "name": f"Category {n}", "position": n}
    values.update(overrides)
    category = Category(**values)
    db.session.add(category)
    db.session.commit()
    return category


def make_topic(author=None, category=None, title=None, body=None, replies=0, **kw):
    """A topic through the real service (stored HTML, numbering, watching)."""

    author = author or make_user()
    n = next(_sequence)
    body = body or f"First post {uuid4().hex} {uuid4().hex}"
    topic = forum_services.create_topic(
        author, category or make_category(), title or f"Topic {n}", body, **kw
    )
    for i in range(replies):
        forum_services.reply(make_user(), topic, f"Reply number {i + 1}")
    db.session.commit()
    return topic


def make_practice(author=None, status="published", reviewer=None, **fields):
    """A practice through the real services; published (reviewed by a facilitator) unless
    told otherwise."""
    author = author or make_user()
    n = next(_sequence)
    values = {"title": f"Practice {n}", "summary": f"Summary of practice {n}.",
              "body": f"Body of practice {n} {uuid4().hex}", "country_id": author.country_id,
              "authority_id": author.authority_id}  # fmt: skip
    values.update(fields)
    practice = library.create_practice(author, library.PracticeInput(**values))
    if status != "draft":
        library.submit(author, practice)
    if status in ("published", "archived", "changes_requested"):
        reviewer = reviewer or make_user(role=Role.FACILITATOR)
        if status == "changes_requested":
            library.request_changes(reviewer, practice, "Please add the results.")
        else:
            library.publish(reviewer, practice)
        if status == "archived":
            library.archive(reviewer, practice)
    db.session.commit()
    return practice


def make_event(host=None, starts_in=timedelta(days=3), minutes=90, **fields):
    """An event through the real service, planned by a facilitator."""
    host = host or make_user(role=Role.FACILITATOR)
    start = (datetime.now(UTC) + starts_in).replace(tzinfo=None, second=0, microsecond=0)
    values = {"title": f"Webinar {next(_sequence)}", "starts_at": start,
              "ends_at": start + timedelta(minutes=minutes), "timezone": "UTC",
              "description": "We talk about **green** recovery.", "languages": ["en"]}  # fmt: skip
    values.update(fields)
    event = event_services.create_event(host, event_services.EventInput(**values))
    db.session.commit()
    return event
