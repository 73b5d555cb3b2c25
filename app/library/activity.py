"""What members do with published practices: keep them, adapt them, ask their authors."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import User
from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.forums import activity as forum_activity
from app.forums import services as forums
from app.forums.models import Category, Scope, Topic, TopicKind, WatchLevel
from app.forums.urls import topic_url
from app.library.models import Bookmark, Practice, PracticeQuestion, Replication, Status
from app.library.services import practice_path
from app.notifications.services import notify

QUESTIONS_CATEGORY = "practice-questions"  # the forum category "ask the author" writes in
NOTE_MAX = 1000


def toggle_bookmark(actor: User, practice: Practice) -> bool:
    """Keep the practice in actor's "My library", or take it out; True when now kept."""
    if not can(actor, "bookmark_practice", practice):
        raise PermissionDenied(_l("You cannot keep this practice."))
    found = db.session.scalar(
        select(Bookmark).where(Bookmark.user_id == actor.id, Bookmark.practice_id == practice.id)
    )
    if found is not None:
        db.session.delete(found)
        return False
    db.session.add(Bookmark(user_id=actor.id, practice_id=practice.id))
    return True


def is_bookmarked(user: User, practice: Practice) -> bool:
    return (
        db.session.scalar(
            select(Bookmark.id).where(
                Bookmark.user_id == user.id, Bookmark.practice_id == practice.id
            )
        )
        is not None
    )


def replicate(
    actor: User, practice: Practice, note: str = "", adapted: Practice | None = None
) -> Replication:
    """actor's authority says "we adapted this"; the authors are told."""
    if not can(actor, "replicate_practice", practice):
        raise PermissionDenied(_l("Only members of another local authority can say this."))
    if len(note) > NOTE_MAX:
        raise Invalid(_l("Enter at most %(max)d characters.", max=NOTE_MAX), field="note")
    if adapted is not None and (adapted.id == practice.id or adapted.deleted_at is not None):
        raise Invalid(_l("No practice has that number."), field="adapted")
    exists = db.session.scalar(
        select(Replication.id).where(
            Replication.practice_id == practice.id,
            Replication.authority_id == actor.authority_id,
        )
    )
    if exists is not None:
        raise Invalid(_l("Your local authority has already said it adapted this practice."))
    replication = Replication(
        practice_id=practice.id, authority_id=actor.authority_id, user_id=actor.id,
        note=note.strip(), adapted_practice_id=adapted.id if adapted else None,
    )  # fmt: skip
    db.session.add(replication)
    db.session.flush()
    place = actor.authority.name_en
    for author in practice.authors:
        if author.id != actor.id:
            notify(author, "library_activity",
                   _l("%(place)s adapted your practice “%(title)s”", place=place,
                      title=practice.title),
                   link=practice_path(practice.id), body=note.strip()[:300])  # fmt: skip
    return replication


def remove_replication(actor: User, replication: Replication) -> None:
    if not can(actor, "remove_replication", replication):
        raise PermissionDenied(_l("You cannot remove this."))
    db.session.delete(replication)


def replications(practice: Practice) -> list[Replication]:
    return list(
        db.session.scalars(
            select(Replication)
            .where(Replication.practice_id == practice.id)
            .order_by(Replication.created_at)
        )
    )


def adaptations_by(authority_id: int) -> list[Replication]:
    """What one authority adapted from others (for its page)."""
    return list(
        db.session.scalars(
            select(Replication)
            .join(Practice, Practice.id == Replication.practice_id)
            .where(
                Replication.authority_id == authority_id,
                Practice.status == Status.PUBLISHED,
                Practice.deleted_at.is_(None),
            )
            .order_by(Replication.created_at.desc())
        )
    )


def questions_category() -> Category:
    """The members' forum category for questions about practices (made on first use)."""
    category = db.session.scalar(select(Category).where(Category.slug == QUESTIONS_CATEGORY))
    if category is None:
        category = Category(
            slug=QUESTIONS_CATEGORY, name="Questions about practices",
            description="Questions members ask the authors of practices in the library.",
            position=100, view_scope=Scope.MEMBERS, post_scope=Scope.MEMBERS,
        )  # fmt: skip
        db.session.add(category)
        db.session.flush()
    return category


def ask_author(actor: User, practice: Practice, title: str, body: str) -> Topic:
    """Open a question topic linked to the practice; its authors watch it and are told."""
    if not can(actor, "ask_author", practice):
        raise PermissionDenied(_l("You cannot ask about this practice."))
    link = f"[{practice.title}]({practice_path(practice.id)})"
    topic = forums.create_topic(
        actor, questions_category(), title, f"{body.strip()}\n\n— {link}", TopicKind.QUESTION
    )
    db.session.add(PracticeQuestion(practice_id=practice.id, topic_id=topic.id))
    for author in practice.authors:
        if author.id != actor.id:
            forum_activity.set_watch(author, WatchLevel.WATCHING, topic=topic)
            notify(author, "library_activity",
                   _l("A question about “%(title)s”", title=practice.title),
                   link=topic_url(topic.id), body=body.strip()[:300])  # fmt: skip
    return topic


def questions(user: User, practice: Practice) -> list[Topic]:
    """The questions asked about a practice that user may open, newest activity first."""
    topics = db.session.scalars(
        select(Topic)
        .join(PracticeQuestion, PracticeQuestion.topic_id == Topic.id)
        .where(PracticeQuestion.practice_id == practice.id, Topic.deleted_at.is_(None))
        .order_by(Topic.last_post_at.desc())
    ).all()
    return [topic for topic in topics if can(user, "view_topic", topic)]
