"""How the library names its values to a reader, in the reader's language."""

from flask import g
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.core.i18n import LANGUAGES, country_name
from app.extensions import db
from app.library.models import KIND_LABELS, STAGE_LABELS, STATUS_LABELS, Theme


def facet_labels() -> dict:
    return {
        "country": _l("Country"), "theme": _l("Theme"), "sdg": _l("SDG"), "kind": _l("Kind"),
        "stage": _l("Stage"), "language": _l("Language"), "year": _l("Year"),
    }  # fmt: skip


def theme_names() -> dict[str, str]:
    """Theme slug -> name in the reader's language (read once per request)."""
    if "library_theme_names" not in g:
        locale = str(get_locale() or "en")
        g.library_theme_names = {
            theme.slug: theme.name(locale) for theme in db.session.scalars(select(Theme))
        }
    return g.library_theme_names


def value_label(name: str, value: str) -> str:
    """The shown name of one facet value."""
    if name == "country":
        return country_name(value)
    if name == "theme":
        return theme_names().get(value, value)
    if name == "sdg":
        return str(_l("SDG %(n)s", n=value))
    if name == "kind":
        return str(KIND_LABELS.get(value, value))
    if name == "stage":
        return str(STAGE_LABELS.get(value, value))
    if name == "language":
        return LANGUAGES.get(value, value)
    return value


def kind(value: str) -> str:
    return str(KIND_LABELS.get(value, value))


def stage(value: str) -> str:
    return str(STAGE_LABELS.get(value, value))


def status(value: str) -> str:
    return str(STATUS_LABELS.get(value, value))


def language(value: str) -> str:
    return LANGUAGES.get(value, value)


def ordered(name: str, counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Years newest first, goals by number; the other facets by count (as given)."""
    if name == "year":
        return sorted(counts, key=lambda item: item[0], reverse=True)
    if name == "sdg":
        return sorted(counts, key=lambda item: int(item[0]) if item[0].isdigit() else 99)
    return counts
