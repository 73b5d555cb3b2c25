"""What members do around posts: reading, watching, reacting, accepting, and who is told."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import bindparam, delete, select

from app.accounts.models import User, UserStatus
from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.forums.models import Post, Reaction, ReactionKind, Topic, TopicRead, Watch, WatchLevel
from app.forums.urls import topic_url
from app.notifications.models import Delivery
from app.notifications.services import mark_group_read, notify, register_kind

register_kind("forum_reply", _l("New replies in topics you watch"), Delivery.IN_APP)
register_kind("forum_mention", _l("Someone mentions you"), Delivery.EMAIL)
register_kind("forum_reaction", _l("Reactions to your posts"), Delivery.IN_APP)
register_kind("forum_accepted", _l("Your answer is accepted"), Delivery.IN_APP)
register_kind("forum_moderation", _l("Moderators' decisions about your posts"), Delivery.EMAIL)


def topic_key(topic: Topic) -> str:
    return f"topic:{topic.id}"


def mark_read(user: User, topic: Topic, number: int) -> None:
    """Remember how far the member has read (only ever forward); clear its notifications."""
    read = db.session.scalar(
        select(TopicRead).where(TopicRead.user_id == user.id, TopicRead.topic_id == topic.id)
    )
    if read is None:
        read = TopicRead(user_id=user.id, topic_id=topic.id, last_read=0)
        db.session.add(read)
    read.last_read = max(read.last_read, number)
    if read.last_read >= topic.last_number:
        mark_group_read(user, [topic_key(topic), f"{topic_key(topic)}:mention"])


def last_read(user: User, topic: Topic) -> int:
    value = db.session.scalar(
        select(TopicRead.last_read).where(
            TopicRead.user_id == user.id, TopicRead.topic_id == topic.id
        )
    )
    return value or 0


# Asked on every topic and category page: built once, with parameters.
_CATEGORY_WATCH = select(Watch.level).where(
    Watch.user_id == bindparam("uid"), Watch.category_id == bindparam("category_id")
)
_TOPIC_WATCH = select(Watch.topic_id, Watch.level).where(
    Watch.user_id == bindparam("uid"),
    (Watch.topic_id == bindparam("topic_id")) | (Watch.category_id == bindparam("category_id")),
)


def category_watch_level(user: User, category) -> str | None:
    return db.session.scalar(_CATEGORY_WATCH, {"uid": user.id, "category_id": category.id})


def watch_level(user: User, topic: Topic) -> str | None:
    """The member's choice for this topic, else for its category, else None."""
    rows = db.session.execute(
        _TOPIC_WATCH, {"uid": user.id, "topic_id": topic.id, "category_id": topic.category_id}
    ).all()
    by_topic = {topic_id is not None: level for topic_id, level in rows}
    return by_topic.get(True) or by_topic.get(False)


def set_watch(user: User, level: str | None, topic: Topic | None = None, category=None) -> None:
    """Watch, mute or (level None) follow the defaults for a topic or a category."""
    if level not in (None, *WatchLevel.__members__.values()):
        raise Invalid(_l("Choose an option from the list."))
    target = Watch.topic_id == topic.id if topic is not None else Watch.category_id == category.id
    db.session.execute(delete(Watch).where(Watch.user_id == user.id, target))
    if level is not None:
        db.session.add(Watch(
            user_id=user.id, level=level, topic_id=topic.id if topic else None,
            category_id=category.id if category is not None and topic is None else None,
        ))  # fmt: skip
    db.session.flush()


def after_post(actor: User, topic: Topic, post: Post, mentioned: list[User]) -> None:
    """The author watches and has read the topic; watchers and mentioned members are told."""
    if watch_level(actor, topic) is None:
        set_watch(actor, WatchLevel.WATCHING, topic=topic)
    mark_read(actor, topic, post.number)
    link = topic_url(topic.id, post.number)
    told = {actor.id}
    for user in mentioned:
        if user.id in told or not _may_tell(user, topic):
            continue
        told.add(user.id)
        notify(user, "forum_mention",
               _l("%(name)s mentioned you in “%(title)s”", name=actor.name, title=topic.title),
               link=link, group_key=f"{topic_key(topic)}:mention")  # fmt: skip
    if post.number == 1:
        return
    for user in _watchers(topic):
        # _watchers() already left out who muted the topic: no second look per watcher.
        if user.id in told or not _may_tell(user, topic, check_mute=False):
            continue
        told.add(user.id)
        notify(user, "forum_reply",
               _l("New replies in “%(title)s”", title=topic.title),
               link=link, group_key=topic_key(topic))  # fmt: skip


def _may_tell(user: User, topic: Topic, check_mute: bool = True) -> bool:
    return (
        user.status == UserStatus.ACTIVE
        and can(user, "view_topic", topic)
        and (not check_mute or watch_level(user, topic) != WatchLevel.MUTED)
    )


def _watchers(topic: Topic) -> list[User]:
    """Members watching the topic, or its category without muting the topic."""
    muted = select(Watch.user_id).where(Watch.topic_id == topic.id, Watch.level == WatchLevel.MUTED)
    watching = select(Watch.user_id).where(
        Watch.level == WatchLevel.WATCHING,
        (Watch.topic_id == topic.id) | (Watch.category_id == topic.category_id),
    )
    return list(
        db.session.scalars(select(User).where(User.id.in_(watching), User.id.not_in(muted))).all()
    )


def toggle_reaction(actor: User, post: Post, kind: str) -> bool:
    """Add the reaction, or take it back; True when it is now there."""
    if kind not in ReactionKind.__members__.values():
        raise Invalid(_l("Choose an option from the list."))
    if not can(actor, "react", post):
        raise PermissionDenied(_l("You cannot react to this post."))
    existing = db.session.scalar(
        select(Reaction).where(
            Reaction.post_id == post.id, Reaction.user_id == actor.id, Reaction.kind == kind
        )
    )
    if existing is not None:
        db.session.delete(existing)
        db.session.flush()
        return False
    db.session.add(Reaction(post_id=post.id, user_id=actor.id, kind=kind))
    db.session.flush()
    subject = _l(
        "%(name)s reacted to your post in “%(title)s”", name=actor.name, title=post.topic.title
    )
    link = topic_url(post.topic_id, post.number)
    notify(post.author, "forum_reaction", subject, link=link, group_key=f"reactions:{post.id}")
    return True


def accept_answer(actor: User, topic: Topic, post: Post) -> None:
    """Mark (or unmark) a reply as the answer to a question topic."""
    if not can(actor, "accept_answer", topic) or post.topic_id != topic.id or post.number == 1:
        raise PermissionDenied(_l("You cannot mark the answer here."))
    if post.deleted_at is not None:
        raise Invalid(_l("A hidden post cannot be the answer."))
    if topic.accepted_post_id == post.id:
        topic.accepted_post_id = None
        return
    topic.accepted_post_id = post.id
    if post.author_id != actor.id:
        notify(post.author, "forum_accepted",
               _l("Your answer in “%(title)s” is accepted", title=topic.title),
               link=topic_url(topic.id, post.number))  # fmt: skip
