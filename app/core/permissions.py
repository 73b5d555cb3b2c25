"""Who may do what: the one place every view, socket handler, template and API asks.

Each rule takes the acting user (always signed in and active when it runs) and
the object concerned. Anonymous and inactive users may do nothing listed here.
"""

from collections.abc import Callable
from typing import Any

from flask import abort

from app.accounts.models import Role, User, UserStatus

Rule = Callable[[User, Any], bool]


def _staff(user: User) -> bool:
    return user.role in (Role.ADMIN, Role.FACILITATOR)


def _admin(user: User, obj: Any = None) -> bool:
    return user.role == Role.ADMIN


def _member(user: User, obj: Any = None) -> bool:
    return True


def _invite(user: User, role: Any = None) -> bool:
    if user.role == Role.ADMIN:
        return True
    return user.role == Role.FACILITATOR and role in (None, Role.MEMBER)


def _approve(user: User, applicant: User | None) -> bool:
    if user.role == Role.ADMIN:
        return applicant is None or applicant.status == UserStatus.PENDING
    if user.role != Role.FACILITATOR:
        return False
    if applicant is None:  # may see the approvals page at all
        return True
    return applicant.status == UserStatus.PENDING and applicant.country_id == user.country_id


def _edit_profile(user: User, other: User) -> bool:
    return user.id == other.id or user.role == Role.ADMIN


RULES: dict[str, Rule] = {
    "view_members": _member,
    "view_profile": _member,
    "edit_profile": _edit_profile,
    "invite": _invite,
    "approve": _approve,
    "manage_countries": _admin,
    "manage_authorities": _admin,
    "manage_users": _admin,
    "view_staff_tools": lambda user, obj=None: _staff(user),
}


def can(user: Any, action: str, obj: Any = None) -> bool:
    """True when user may perform action on obj."""
    rule = RULES[action]  # an unknown action is a programming error, not a "no"
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(rule(user, obj))


def ensure(user: Any, action: str, obj: Any = None, hide: bool = False) -> None:
    """Abort with 403 (or 404 when hide is set, so the object's existence stays secret)."""
    if not can(user, action, obj):
        abort(404 if hide else 403)
