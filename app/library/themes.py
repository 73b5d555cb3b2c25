"""The managed list of themes: admins add themes and name them in each language."""

import re

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from app.accounts.models import User
from app.core.errors import Invalid, PermissionDenied
from app.core.i18n import LANGUAGES
from app.core.permissions import can
from app.extensions import db
from app.library.models import Theme

NAME_MAX = 80


def save_theme(actor: User, theme: Theme | None, names: dict[str, str]) -> Theme:
    """Add a theme, or rename one; the English name is required, the others default to it."""
    if not can(actor, "manage_themes"):
        raise PermissionDenied(_l("Only admins manage the themes."))
    english = (names.get("en") or "").strip()
    if not english:
        raise Invalid(_l("Give the theme a name in English."), field="name_en")
    clean = {code: (names.get(code) or "").strip()[:NAME_MAX] or english for code in LANGUAGES}
    if theme is None:
        slug = re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")[:60] or "theme"
        if db.session.scalar(select(Theme.id).where(Theme.slug == slug)) is not None:
            raise Invalid(_l("A theme with this name exists already."), field="name_en")
        last = db.session.scalar(select(func.max(Theme.position))) or 0
        theme = Theme(slug=slug, position=last + 1, names=clean)
        db.session.add(theme)
    else:
        theme.names = clean  # the index keeps slugs, so nothing to re-index
    db.session.flush()
    return theme
