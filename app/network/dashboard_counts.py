"""What the dashboard's figures count: who attended, which posts are shown, the pilot
communities, one practice per translation group, and the calendar months."""

from datetime import UTC, datetime

from sqlalchemy import Select, func, select, union

from app.accounts.models import Country, Group, User, group_members
from app.events.models import Attendance, Event, EventStatus, Registration, RegistrationStatus
from app.forums.models import Post, Topic
from app.library.models import Practice, Status
from app.network.models import Funding, LedpStatus

# The group whose members' authorities are the pilot communities (see app/demo/forums.py).
PILOT_GROUP = "Pilot communities"
MONTHS = 12  # the span of the figures over time, this month included
# LEDP statuses that count as prepared: everything after preparation.
PREPARED = (LedpStatus.ADOPTED, LedpStatus.IMPLEMENTATION, LedpStatus.REVISION,
            LedpStatus.COMPLETED)  # fmt: skip


def ended_registrations(now: datetime) -> Select:
    """(user_id, event_id, at) of registrations that still stood when their event ended."""
    return (
        select(Registration.user_id, Registration.event_id, Event.starts_at.label("at"))
        .join(Event, Event.id == Registration.event_id)
        .where(
            Registration.status == RegistrationStatus.REGISTERED,
            Event.status == EventStatus.PUBLISHED,
            Event.deleted_at.is_(None),
            Event.ends_at < now,
        )
    )


def room_stays() -> Select:
    """(user_id, event_id, at) of each stay in a live room."""
    return select(Attendance.user_id, Attendance.event_id, Attendance.joined_at.label("at"))


def attendances(now: datetime) -> Select:
    """Who attended which event, and when: a stay in its room or a registration that stood."""
    return union(room_stays(), ended_registrations(now))


def visible_posts() -> Select:
    """Forum posts that are shown: neither they nor their topic deleted."""
    return (
        select(Post.id, Post.author_id, Post.created_at)
        .join(Topic, Topic.id == Post.topic_id)
        .where(Post.deleted_at.is_(None), Topic.deleted_at.is_(None))
    )


def engaged_authority_ids(now: datetime) -> Select:
    """Ids of authorities one of whose members attended an event or posted (each once)."""
    attended = attendances(now).subquery()
    posts = visible_posts().subquery()
    via_events = select(User.authority_id).join(attended, attended.c.user_id == User.id)
    via_posts = select(User.authority_id).join(posts, posts.c.author_id == User.id)
    both = union(via_events, via_posts).subquery()
    return select(both.c.authority_id).where(both.c.authority_id.is_not(None))


def pilot_authority_ids() -> Select:
    """Ids of the pilot communities: authorities with a member in the pilot group."""
    return (
        select(User.authority_id)
        .join(group_members, group_members.c.user_id == User.id)
        .join(Group, Group.id == group_members.c.group_id)
        .where(Group.name == PILOT_GROUP, User.authority_id.is_not(None))
        .distinct()
    )


def practice_originals() -> Select:
    """Ids of published practices, one per translation group (its lowest id)."""
    group = func.coalesce(Practice.translation_group, Practice.id)
    return (
        select(func.min(Practice.id))
        .where(Practice.status == Status.PUBLISHED, Practice.deleted_at.is_(None))
        .group_by(group)
    )


def first_publications(country: Country | None = None) -> Select:
    """(group, at): when each practice, in any of its languages, was first published."""
    group = func.coalesce(Practice.translation_group, Practice.id)
    query = select(group.label("group"), func.min(Practice.first_published_at).label("at"))
    query = query.where(Practice.deleted_at.is_(None), Practice.first_published_at.is_not(None))
    if country is not None:
        query = query.where(Practice.country_id == country.id)
    return query.group_by(group)


def secured_by_project() -> Select:
    """(project_id, secured): the funding secured for each project that has some."""
    return select(Funding.project_id, func.sum(Funding.amount).label("secured")).group_by(
        Funding.project_id
    )


# -- months ----------------------------------------------------------------------------


def month_starts(now: datetime, count: int = MONTHS) -> list[datetime]:
    """The first instants (UTC) of the last count months, this one included, oldest first."""
    year, month = now.astimezone(UTC).year, now.astimezone(UTC).month
    starts = []
    for _ in range(count):
        starts.append(datetime(year, month, 1, tzinfo=UTC))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def month_after(start: datetime) -> datetime:
    if start.month == 12:
        return start.replace(year=start.year + 1, month=1)
    return start.replace(month=start.month + 1)


def parse_month(text: str | None) -> datetime | None:
    """The first instant of a "YYYY-MM" month, or None for anything else."""
    try:
        start = datetime.strptime(text or "", "%Y-%m").replace(tzinfo=UTC)
    except ValueError:
        return None
    return start if 2000 <= start.year <= 2100 else None
