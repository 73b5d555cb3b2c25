"""Documents and images attached to practices: checked by content, served to those who may
view the practice."""

from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from werkzeug.datastructures import FileStorage

from app.accounts.models import User
from app.core import uploads
from app.core.db import utcnow
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.library.models import Practice, PracticeFile

ALLOWED = {"png", "jpeg", "gif", "webp", "pdf", "docx", "xlsx"}
MAX_FILES = 10  # kept on one practice
AREA = "library"  # the library's folder under UPLOAD_DIR


def attach(actor: User, practice: Practice, files: list[FileStorage]) -> list[PracticeFile]:
    """Store the files and link them to the practice; nothing is kept if one is refused.
    The first image becomes the cover when the practice has none."""
    files = [f for f in files if f and f.filename]
    if not files:
        return []
    kept_count = len([f for f in practice.files if f.removed_at is None])
    if kept_count + len(files) > MAX_FILES:
        raise Invalid(_l("A practice keeps at most %(n)d files.", n=MAX_FILES), field="files")
    stored: list[uploads.StoredFile] = []
    try:
        for upload in files:
            stored.append(uploads.store(upload, ALLOWED, AREA))
    except Invalid:
        for done in stored:
            uploads.remove(AREA, done.stored_name)
        raise
    added = [
        PracticeFile(
            practice=practice,
            uploader_id=actor.id,
            filename=done.filename[:200],
            stored_name=done.stored_name,
            content_type=done.content_type,
            size=done.size,
        )  # fmt: skip
        for done in stored
    ]
    db.session.add_all(added)
    db.session.flush()
    if practice.cover_file_id is None:
        images = [item for item in added if item.is_image]
        practice.cover_file_id = images[0].id if images else None
    return added


def get(user, file_id: int) -> PracticeFile:
    """A file the user may open: its practice is visible to them, the file not removed."""
    item = db.session.get(PracticeFile, file_id)
    if item is None or item.removed_at is not None:
        raise NotFound()
    if not can(user, "view_practice", item.practice):
        raise NotFound()
    return item


def remove(actor: User, item: PracticeFile) -> None:
    """Take a file off a practice (the stored file stays for earlier versions' sake)."""
    if not can(actor, "edit_practice", item.practice):
        raise PermissionDenied(_l("You cannot change this practice."))
    item.removed_at = utcnow()
    if item.practice.cover_file_id == item.id:
        item.practice.cover_file_id = None


def make_cover(actor: User, item: PracticeFile) -> None:
    if not can(actor, "edit_practice", item.practice):
        raise PermissionDenied(_l("You cannot change this practice."))
    if not item.is_image or item.removed_at is not None:
        raise Invalid(_l("Only an image can be the cover."))
    item.practice.cover_file_id = item.id


def path_of(item: PracticeFile):
    return uploads.path_of(AREA, item.stored_name)


def _recorded(names: list[str]) -> set[str]:
    if not names:
        return set()
    return set(
        db.session.scalars(
            select(PracticeFile.stored_name).where(PracticeFile.stored_name.in_(names))
        )
    )


def remove_orphans() -> int:
    """Periodic: delete stored files that no practice file names (older than an hour)."""
    return uploads.sweep(AREA, _recorded, timedelta(hours=1))
