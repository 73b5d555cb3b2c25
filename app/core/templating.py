"""What every template can use: can(), markdown, languages, the bell count."""

from flask import Flask, has_request_context, request
from flask_babel import format_date, format_datetime, format_decimal, get_locale
from flask_login import current_user

from app.accounts.models import AUTHORITY_KIND_LABELS, ROLE_LABELS, STATUS_LABELS
from app.core.i18n import LANGUAGES, country_name
from app.core.markup import render_markdown
from app.core.permissions import can
from app.core.security import absolute
from app.notifications.services import unread_count


def _context() -> dict:
    locale = get_locale()
    context = {"current_locale": str(locale) if locale else "en"}
    if has_request_context():  # emails are rendered by jobs too
        signed_in = current_user.is_authenticated
        context["unread_notifications"] = unread_count(current_user) if signed_in else 0
        context["current_path"] = request.full_path.rstrip("?")
    return context


def init_app(app: Flask) -> None:
    app.context_processor(_context)
    app.jinja_env.globals.update(
        can=can, LANGUAGES=LANGUAGES, country_name=country_name, absolute=absolute,
        ROLE_LABELS=ROLE_LABELS, STATUS_LABELS=STATUS_LABELS,
        AUTHORITY_KIND_LABELS=AUTHORITY_KIND_LABELS,
    )  # fmt: skip
    app.jinja_env.filters.update(
        markdown=render_markdown, datetime=format_datetime, date=format_date,
        number=format_decimal,
    )  # fmt: skip
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
