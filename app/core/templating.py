"""What every template can use: can(), markdown, languages, the bell count."""

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import get_date_format, get_datetime_format, get_time_format, parse_pattern
from babel.numbers import format_currency as babel_currency
from flask import Flask, has_request_context, request
from flask_babel import (
    format_date,
    format_datetime,
    format_decimal,
    get_locale,
    get_timezone,
    get_translations,
)
from flask_login import current_user
from jinja2 import pass_context
from markupsafe import Markup

from app.accounts.models import AUTHORITY_KIND_LABELS, ROLE_LABELS, STATUS_LABELS
from app.core.i18n import LANGUAGES, country_name
from app.core.markup import render_markdown
from app.core.permissions import can
from app.core.security import absolute
from app.notifications.services import unread_count


def avatar(person: Any, size: str = "") -> Markup:
    """The initials avatar of a member (a function, not a macro: lists call it often)."""
    return Markup('<span class="avatar avatar-c{} {}" aria-hidden="true">{}</span>').format(
        person.avatar_colour, size, person.initials
    )


@lru_cache(maxsize=64)
def _datetime_parts(locale: str, width: str) -> tuple[Any, Any, str, Locale]:
    parsed = Locale.parse(locale)
    return (
        parse_pattern(get_time_format(width, parsed)),
        parse_pattern(get_date_format(width, parsed)),
        get_datetime_format(width, parsed).replace("'", ""),
        parsed,
    )


def format_when(value: datetime | None, width: str = "medium") -> str:
    """A date and time in the viewer's language and time zone (Babel's patterns, cached).

    The same text as flask_babel.format_datetime with a width, at a fraction of the cost:
    pages list dozens of dates.
    """
    if value is None:
        return ""
    if width not in ("short", "medium", "long", "full"):
        return format_datetime(value, width)
    time_pattern, date_pattern, joiner, locale = _datetime_parts(str(get_locale() or "en"), width)
    local = value.astimezone(get_timezone())
    return joiner.replace("{0}", time_pattern.apply(local, locale)).replace(
        "{1}", date_pattern.apply(local, locale)
    )


def format_money(value: Any, currency: str) -> str:
    """An amount with its currency in the viewer's language; whole amounts without cents."""
    if value is None:
        return ""
    amount = Decimal(value)
    locale = Locale.parse(str(get_locale() or "en"))
    if amount != amount.to_integral_value():
        return babel_currency(amount, currency, locale=locale)
    pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    return babel_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)


class Fragments:
    """Rendered pieces of pages that many views share (a post as everyone sees it), kept
    per process. The key names everything the piece shows, so nothing goes stale: a
    changed post, name or language is a new key, and old keys fall out of the LRU."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.items: OrderedDict[tuple, Markup] = OrderedDict()
        self.lock = threading.Lock()

    def __call__(self, key: tuple, render: Callable[..., str], *args: Any) -> Markup:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
                return found
        made = Markup(render(*args))  # noqa: S704 - a template's own (escaped) output
        with self.lock:
            self.items[key] = made
            if len(self.items) > self.size:
                self.items.popitem(last=False)
        return made

    def with_token(self, token: str, key: tuple, render: Callable[..., str], *args: Any) -> Markup:
        """As calling it, for a piece with forms: rendered with CSRF_SLOT where the CSRF
        token goes, kept so, and given the viewer's token on the way out."""
        return Markup(str(self(key, render, *args)).replace(CSRF_SLOT, token))  # noqa: S704


CSRF_SLOT = "csrf-slot-of-a-kept-fragment"  # escapes to itself
fragment = Fragments(size=8192)


def _unread(user: Any) -> int:
    # Counted with the member when the session loaded them (pages that change the count
    # redirect afterwards); asked anew when the member was loaded another way.
    counted = getattr(user, "unread_at_load", None)
    return unread_count(user) if counted is None else counted


def _page_gettext(translations: Any) -> dict[str, Callable[..., str]]:
    """The templates' _() and ngettext() for one rendering: what Jinja's i18n extension
    makes of Flask-Babel's, with the catalogue looked up once rather than at every call
    (a page says _() dozens of times). Macros imported without context keep the globals."""
    find, find_plural = translations.ugettext, translations.ungettext

    @pass_context
    def gettext(context: Any, string: str, **variables: Any) -> str:
        text = find(string)
        if context.eval_ctx.autoescape:
            text = Markup(text)  # noqa: S704 - a translation of the templates' own text
        return text % variables  # always a format string, as Jinja's own

    @pass_context
    def ngettext(context: Any, singular: str, plural: str, num: int, **variables: Any) -> str:
        variables.setdefault("num", num)
        text = find_plural(singular, plural, num)
        if context.eval_ctx.autoescape:
            text = Markup(text)  # noqa: S704 - as above
        return text % variables

    return {"gettext": gettext, "ngettext": ngettext}


def _context() -> dict:
    locale = get_locale()
    context = {"current_locale": str(locale) if locale else "en"}
    context.update(_page_gettext(get_translations()))
    if has_request_context():  # emails are rendered by jobs too
        signed_in = current_user.is_authenticated
        context["unread_notifications"] = _unread(current_user) if signed_in else 0
        context["current_path"] = request.full_path.rstrip("?")
        context["current_timezone"] = str(get_timezone())
    return context


def init_app(app: Flask) -> None:
    app.context_processor(_context)
    app.jinja_env.globals.update(
        can=can, avatar=avatar, fragment=fragment, CSRF_SLOT=CSRF_SLOT, LANGUAGES=LANGUAGES,
        country_name=country_name, absolute=absolute,
        ROLE_LABELS=ROLE_LABELS, STATUS_LABELS=STATUS_LABELS,
        AUTHORITY_KIND_LABELS=AUTHORITY_KIND_LABELS,
    )  # fmt: skip
    app.jinja_env.filters.update(
        markdown=render_markdown, datetime=format_when, date=format_date,
        number=format_decimal, currency=format_money,
    )  # fmt: skip
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
