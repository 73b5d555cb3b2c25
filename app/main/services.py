"""What the home page shows each member, and the site search."""

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from app.accounts import services as accounts
from app.accounts.models import Country, LocalAuthority, User, UserStatus
from app.core.db import utcnow
from app.core.permissions import can
from app.events import listing as event_listing
from app.extensions import db
from app.library import reading as library
from app.notifications import services as notifications
from app.search import SearchResults, search


def network_figures() -> dict[str, int]:
    """The headline counts shown to visitors."""
    return {
        "countries": db.session.scalar(select(func.count(Country.id))),
        "authorities": db.session.scalar(select(func.count(LocalAuthority.id))),
        "members": db.session.scalar(
            select(func.count(User.id)).where(User.status == UserStatus.ACTIVE)
        ),
    }


def home_for(user: User) -> dict:
    """What is new for this member: notifications, new colleagues, work waiting."""
    since = utcnow() - timedelta(days=30)
    newcomers = select(User).where(
        User.status == UserStatus.ACTIVE, User.created_at >= since, User.id != user.id
    )
    if user.country_id:
        newcomers = newcomers.where(User.country_id == user.country_id)
    return {
        "notifications": notifications.list_for(user, limit=5),
        "newcomers": db.session.scalars(
            newcomers.options(selectinload(User.authority))
            .order_by(User.created_at.desc())
            .limit(6)
        ).all(),
        "pending": accounts.pending_for(user) if can(user, "approve") else [],
        "next_events": [e for e, _r in event_listing.registered_events(user)
                        if e.ends_at >= utcnow()][-3:][::-1],
        "new_practices": library.latest_published(4),
    }  # fmt: skip


def site_search(
    user: Any, query: str, doc_type: str | None, page: int, sort: str = "relevance"
) -> SearchResults:
    """One page of everything this viewer may see that matches query (members see people)."""
    return search(query, user=user, doc_type=doc_type, page=page, sort=sort)


def check_database() -> None:
    db.session.execute(text("SELECT 1"))
