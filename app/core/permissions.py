"""Who may do what: the one place every view, socket handler, template and API asks.

Each rule takes the acting user and the object concerned. The user is signed in
and active, except for the rules in PUBLIC, which also answer for visitors
(user None).
"""

from collections.abc import Callable
from typing import Any

from flask import abort
from werkzeug.local import LocalProxy

from app.accounts.models import ApiToken, LocalAuthority, Role, User, UserStatus
from app.events.models import (
    Audience,
    Event,
    EventStatus,
    HostRole,
    Registration,
    RegistrationStatus,
    Restriction,
    RoomRestriction,
    RoomState,
)
from app.extensions import db
from app.forums.models import Category, Post, Scope, Topic
from app.library.models import Practice, Replication, Status

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


def _own_api_token(user: User, token: ApiToken) -> bool:
    return token.user_id == user.id


def _moderator(user: User | None, obj: Any = None) -> bool:
    return user is not None and user.role in (Role.FACILITATOR, Role.MODERATOR, Role.ADMIN)


def _in_scope(user: User | None, category: Category, scope: str) -> bool:
    if scope == Scope.PUBLIC:
        return True
    if user is None:
        return False
    if user.is_staff:
        return True
    if scope == Scope.MEMBERS:
        return True
    if scope == Scope.COUNTRY:
        return category.country_id is not None and user.country_id == category.country_id
    if scope == Scope.GROUP:
        return category.group_id is not None and category.group_id in user.group_ids
    return False  # STAFF, or an unknown scope


def _view_category(user: User | None, category: Category) -> bool:
    return _in_scope(user, category, category.view_scope)


def _post_in_category(user: User, category: Category) -> bool:
    scope = Scope.MEMBERS if category.post_scope == Scope.PUBLIC else category.post_scope
    return _view_category(user, category) and _in_scope(user, category, scope)


def _view_topic(user: User | None, topic: Topic) -> bool:
    if topic.deleted_at is not None and not _moderator(user):
        return False
    return _view_category(user, topic.category)


def _reply(user: User, topic: Topic) -> bool:
    if not _view_topic(user, topic) or topic.deleted_at is not None:
        return False
    if topic.closed and not _moderator(user):
        return False
    return _post_in_category(user, topic.category)


def _post_actions(user: User, post: Post, view: bool, reply: bool, moderator: bool) -> set[str]:
    """What user may do with one post, given what they may do with its topic."""
    own, shown = post.author_id == user.id, post.deleted_at is None
    actions = set()
    if moderator or (own and shown and reply):
        actions.add("edit_post")
    if moderator or (own and view):
        actions.add("delete_post")
    if not own and shown and view:
        actions.update(("react", "flag"))
    if own or moderator:
        actions.add("view_revisions")
    return actions


def post_actions(user: Any, topic: Topic, posts: list[Post]) -> dict[int, frozenset[str]]:
    """The post rules for a whole page at once: the topic is judged once, not per post."""
    if not can(user, "view_topic", topic) or not getattr(user, "is_authenticated", False):
        return {post.id: frozenset() for post in posts}
    view, reply, moderator = True, _reply(user, topic), _moderator(user)
    return {post.id: frozenset(_post_actions(user, post, view, reply, moderator)) for post in posts}


def _post_rule(action: str) -> Rule:
    def rule(user: User, post: Post) -> bool:
        topic = post.topic
        actions = _post_actions(
            user, post, _view_topic(user, topic), _reply(user, topic), _moderator(user)
        )
        return action in actions

    return rule


def _accept_answer(user: User, topic: Topic) -> bool:
    if not topic.is_question or not _view_topic(user, topic):
        return False
    return topic.author_id == user.id or _moderator(user)


def _reviewer(user: User | None, obj: Any = None) -> bool:
    return _moderator(user)


def _authored(user: User | None, practice: Practice) -> bool:
    if user is None:
        return False
    return practice.created_by_id == user.id or any(a.id == user.id for a in practice.authors)


def _view_practice(user: User | None, practice: Practice) -> bool:
    if practice.deleted_at is not None:
        return _reviewer(user)
    if practice.status in (Status.PUBLISHED, Status.ARCHIVED):
        return True  # an archived practice keeps its page, out of the library's lists
    return _authored(user, practice) or (_reviewer(user) and practice.status != Status.DRAFT)


def _edit_practice(user: User, practice: Practice) -> bool:
    if practice.deleted_at is not None:
        return False
    if _reviewer(user) and practice.status != Status.DRAFT:
        return True
    editable = (Status.DRAFT, Status.CHANGES_REQUESTED, Status.PUBLISHED)
    return _authored(user, practice) and practice.status in editable


def _submit_practice(user: User, practice: Practice) -> bool:
    return (
        practice.deleted_at is None
        and practice.status in (Status.DRAFT, Status.CHANGES_REQUESTED)
        and _authored(user, practice)
    )


def _review_practice(user: User, practice: Practice) -> bool:
    return _reviewer(user) and practice.deleted_at is None and practice.status != Status.DRAFT


def _delete_practice(user: User, practice: Practice) -> bool:
    if practice.deleted_at is not None:
        return False
    own_draft = practice.status in (Status.DRAFT, Status.CHANGES_REQUESTED)
    return _reviewer(user) or (own_draft and _authored(user, practice))


def _use_practice(user: User, practice: Practice) -> bool:
    return practice.is_published


def _replicate_practice(user: User, practice: Practice) -> bool:
    return (
        practice.is_published
        and user.authority_id is not None
        and user.authority_id != practice.authority_id
    )


def _remove_replication(user: User, replication: Replication) -> bool:
    return replication.user_id == user.id or _reviewer(user)


def _hosts(user: User, event: Event) -> bool:
    return hosts_event(user.id, user.role, event)


def hosts_event(user_id: int, role: str, event: Event) -> bool:
    """The host_event rule on plain values, for lists of people (the room's presence):
    facilitators, moderators and admins, and the event's own facilitators."""
    if role in (Role.FACILITATOR, Role.MODERATOR, Role.ADMIN):
        return True
    return any(h.user_id == user_id and h.role == HostRole.FACILITATOR for h in event.hosts)


def _in_audience(user: User, event: Event) -> bool:
    if event.audience == Audience.COUNTRY:
        return event.country_id is not None and user.country_id == event.country_id
    if event.audience == Audience.GROUP:
        return event.group_id is not None and event.group_id in user.group_ids
    return True


def _view_event(user: User, event: Event) -> bool:
    if event.deleted_at is not None or event.status == EventStatus.DRAFT:
        return _hosts(user, event)
    return _hosts(user, event) or _in_audience(user, event)


def _registration(user: User, event: Event) -> Registration | None:
    return db.session.scalar(
        db.select(Registration).where(
            Registration.event_id == event.id, Registration.user_id == user.id
        )
    )


def _restricted(user: User, event: Event, kind: str) -> bool:
    return (
        db.session.scalar(
            db.select(RoomRestriction.id).where(
                RoomRestriction.event_id == event.id,
                RoomRestriction.user_id == user.id,
                RoomRestriction.kind == kind,
            )
        )
        is not None
    )


def _register_event(user: User, event: Event) -> bool:
    return event.status == EventStatus.PUBLISHED and _view_event(user, event)


def _join_room(user: User, event: Event) -> bool:
    """Hosts always; others when registered, the room is open, and they were not removed."""
    if event.deleted_at is not None or event.status != EventStatus.PUBLISHED:
        return False
    if _hosts(user, event):
        return True
    registration = _registration(user, event)
    if registration is None or registration.status != RegistrationStatus.REGISTERED:
        return False
    return event.room_state == RoomState.OPEN and not _restricted(user, event, Restriction.REMOVED)


def _write_in_room(user: User, event: Event) -> bool:
    if not _join_room(user, event):
        return False
    return _hosts(user, event) or not _restricted(user, event, Restriction.MUTED)


def _country_facilitator(user: User, place: LocalAuthority) -> bool:
    return user.role == Role.FACILITATOR and user.country_id == place.country_id


def _edit_plans(user: User, place: LocalAuthority) -> bool:
    """An authority's LEDP and portfolio: its members, its country's facilitators, admins."""
    if user.role == Role.ADMIN or _country_facilitator(user, place):
        return True
    return user.authority_id == place.id


def _review_plans(user: User, place: LocalAuthority) -> bool:
    return user.role == Role.ADMIN or _country_facilitator(user, place)


def _read_transcript(user: User, event: Event) -> bool:
    """Hosts at any time; registered participants (not removed) once the room has ended."""
    if _hosts(user, event):
        return True
    if event.room_state != RoomState.ENDED or _restricted(user, event, Restriction.REMOVED):
        return False
    registration = _registration(user, event)
    return registration is not None and registration.status == RegistrationStatus.REGISTERED


RULES: dict[str, Rule] = {
    "view_members": _member,
    "view_profile": _member,
    "edit_profile": _edit_profile,
    "manage_api_token": _own_api_token,
    "invite": _invite,
    "approve": _approve,
    "manage_countries": _admin,
    "manage_authorities": _admin,
    "manage_users": _admin,
    "view_staff_tools": lambda user, obj=None: _staff(user),
    "manage_groups": _admin,
    "manage_categories": _admin,
    "view_category": _view_category,
    "post_in_category": _post_in_category,
    "view_topic": _view_topic,
    "reply": _reply,
    "edit_post": _post_rule("edit_post"),
    "delete_post": _post_rule("delete_post"),
    "react": _post_rule("react"),
    "flag": _post_rule("flag"),
    "accept_answer": _accept_answer,
    "view_revisions": _post_rule("view_revisions"),
    "moderate_forums": _moderator,
    "manage_themes": _admin,
    "edit_plans": _edit_plans,
    "review_plans": _review_plans,
    "view_dashboard": lambda user, obj=None: _staff(user),
    "create_event": lambda user, obj=None: _moderator(user),
    "view_event": _view_event,
    "host_event": _hosts,
    "register_event": _register_event,
    "join_room": _join_room,
    "write_in_room": _write_in_room,
    "read_transcript": _read_transcript,
    "view_practice": _view_practice,
    "write_practice": _member,
    "edit_practice": _edit_practice,
    "submit_practice": _submit_practice,
    "review_practice": _review_practice,
    "review_practices": _reviewer,
    "delete_practice": _delete_practice,
    "bookmark_practice": _use_practice,
    "ask_author": _use_practice,
    "replicate_practice": _replicate_practice,
    "remove_replication": _remove_replication,
}
# Rules that also answer for visitors (user None).
PUBLIC = {"view_category", "view_topic", "view_practice"}


def can(user: Any, action: str, obj: Any = None) -> bool:
    """True when user may perform action on obj."""
    rule = RULES[action]  # an unknown action is a programming error, not a "no"
    if isinstance(user, LocalProxy):  # current_user: every attribute read would go through it
        user = user._get_current_object()
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return action in PUBLIC and bool(rule(None, obj))
    return bool(rule(user, obj))


def ensure(user: Any, action: str, obj: Any = None, hide: bool = False) -> None:
    """Abort with 403 (or 404 when hide is set, so the object's existence stays secret)."""
    if not can(user, action, obj):
        abort(404 if hide else 403)
