"""Images and PDFs attached to posts, shown only to those who may read the post."""

from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from werkzeug.datastructures import FileStorage

from app.accounts.models import User
from app.core import uploads
from app.core.errors import Invalid, NotFound
from app.core.permissions import can
from app.extensions import db
from app.forums.models import Attachment, Post, Topic

ALLOWED = {"png", "jpeg", "gif", "webp", "pdf"}
MAX_FILES = 5
AREA = "forums"  # the forums' folder under UPLOAD_DIR


def attach(actor: User, post: Post, files: list[FileStorage]) -> list[Attachment]:
    """Store the files and link them to the post; nothing is kept if one is refused."""
    files = [f for f in files if f and f.filename]
    if len(files) > MAX_FILES:
        raise Invalid(_l("Attach at most %(n)d files.", n=MAX_FILES), field="files")
    stored: list[uploads.StoredFile] = []
    try:
        for upload in files:
            stored.append(uploads.store(upload, ALLOWED, AREA))
    except Invalid:
        for kept in stored:
            uploads.remove(AREA, kept.stored_name)
        raise
    added = [
        Attachment(
            post_id=post.id,
            uploader_id=actor.id,
            filename=kept.filename[:200],
            stored_name=kept.stored_name,
            content_type=kept.content_type,
            size=kept.size,
        )  # fmt: skip
        for kept in stored
    ]
    db.session.add_all(added)
    if added:
        post.topic.has_files = True
    db.session.flush()
    return added


def for_posts(post_ids: list[int]) -> dict[int, list[Attachment]]:
    """The attachments of a page of posts, in one query."""
    found: dict[int, list[Attachment]] = {}
    if post_ids:
        for item in db.session.scalars(
            select(Attachment).where(Attachment.post_id.in_(post_ids)).order_by(Attachment.id)
        ):
            found.setdefault(item.post_id, []).append(item)
    return found


def get(user, attachment_id: int) -> Attachment:
    """An attachment the user may open (a hidden post's files only for moderators)."""
    item = db.session.scalar(
        select(Attachment)
        .where(Attachment.id == attachment_id)
        .options(joinedload(Attachment.post).joinedload(Post.topic).joinedload(Topic.category))
    )
    if item is None or not can(user, "view_topic", item.post.topic):
        raise NotFound()
    if item.post.deleted_at is not None and not can(user, "moderate_forums"):
        raise NotFound()
    return item


def path_of(item: Attachment):
    return uploads.path_of(AREA, item.stored_name)


def _recorded(names: list[str]) -> set[str]:
    if not names:
        return set()
    return set(
        db.session.scalars(select(Attachment.stored_name).where(Attachment.stored_name.in_(names)))
    )


def remove_orphans() -> int:
    """Periodic: delete stored files that no attachment names (older than an hour)."""
    return uploads.sweep(AREA, _recorded, timedelta(hours=1))
