"""Named groups of members (the pilot communities, working groups), managed by admins."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import Group, User
from app.accounts.services import find_user_by_email
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import can
from app.extensions import db


def all_groups() -> list[Group]:
    return list(
        db.session.scalars(
            select(Group).options(selectinload(Group.members)).order_by(Group.name)
        ).all()
    )


def get_group(group_id: int) -> Group:
    group = db.session.get(Group, group_id)
    if group is None:
        raise NotFound()
    return group


def save_group(actor: User, group: Group | None, name: str, description: str) -> Group:
    """Create (group None) or rename a group."""
    if not can(actor, "manage_groups"):
        raise PermissionDenied()
    name = name.strip()
    clash = db.session.scalar(select(Group).where(Group.name == name))
    if clash is not None and clash is not group:
        raise Invalid(_l("A group with this name exists already."), field="name")
    group = group or Group()
    group.name, group.description = name, description
    db.session.add(group)
    db.session.flush()
    return group


def add_member(actor: User, group: Group, email: str) -> User:
    if not can(actor, "manage_groups"):
        raise PermissionDenied()
    user = find_user_by_email(email)
    if user is None:
        raise Invalid(_l("No member has this email address."), field="email")
    if user not in group.members:
        group.members.append(user)
    db.session.flush()
    return user


def remove_member(actor: User, group: Group, user: User) -> None:
    if not can(actor, "manage_groups"):
        raise PermissionDenied()
    if user in group.members:
        group.members.remove(user)
    db.session.flush()
