"""Admins arrange the forum categories and who may read and post in each."""

import re

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import Country, Group, User
from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import can
from app.extensions import db
from app.forums import search
from app.forums.models import Category, Scope

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def all_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.name)))


def get_category(category_id: int) -> Category:
    category = db.session.get(Category, category_id)
    if category is None:
        raise NotFound()
    return category


def save_category(
    actor: User, category: Category | None, *, name: str, slug: str, description: str,
    position: int | None, parent: Category | None, view_scope: str, post_scope: str,
    country: Country | None, group: Group | None,
) -> Category:  # fmt: skip
    """Create (category None) or change a category and its permissions."""
    if not can(actor, "manage_categories"):
        raise PermissionDenied()
    scopes = Scope.__members__.values()
    if view_scope not in scopes or post_scope not in scopes:
        raise Invalid(_l("Choose an option from the list."), field="view_scope")
    slug = slug.strip().lower()
    if not SLUG.match(slug):
        raise Invalid(_l("Use lower-case letters, digits and hyphens."), field="slug")
    clash = db.session.scalar(select(Category).where(Category.slug == slug))
    if clash is not None and clash is not category:
        raise Invalid(_l("Another category has this address."), field="slug")
    if Scope.COUNTRY in (view_scope, post_scope) and country is None:
        raise Invalid(_l("Choose the country."), field="country")
    if Scope.GROUP in (view_scope, post_scope) and group is None:
        raise Invalid(_l("Choose the group."), field="group")
    if parent is not None and category is not None and parent.id == category.id:
        raise Invalid(_l("A category cannot be its own parent."), field="parent")
    changed_access = category is not None and (
        (category.view_scope, category.country_id, category.group_id)
        != (view_scope, country.id if country else None, group.id if group else None)
    )
    category = category or Category()
    category.name, category.slug, category.description = name.strip(), slug, description
    category.position, category.parent = position or 0, parent
    category.view_scope, category.post_scope = view_scope, post_scope
    category.country, category.group = country, group
    db.session.add(category)
    db.session.flush()
    if changed_access:
        search.index_category(category.id)
    return category
