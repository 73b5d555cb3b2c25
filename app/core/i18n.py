"""Languages, locale and time zone selection, and Babel-formatted values."""

from datetime import datetime

import pytz
from babel import Locale
from flask import request
from flask_babel import get_locale
from flask_login import current_user

# Native names, shown as they are in every interface language.
LANGUAGES = {
    "en": "English",
    "hy": "Հայերեն",
    "az": "Azərbaycanca",
    "ka": "ქართული",
    "ro": "Română",
    "ru": "Русский",
    "uk": "Українська",
}
LANGUAGE_COOKIE = "lang"
TIMEZONE_COOKIE = "tz"
COMMON_TIMEZONES = tuple(pytz.common_timezones)


def select_locale() -> str:
    """The signed-in member's language, else the cookie, else Accept-Language."""
    if current_user and current_user.is_authenticated and current_user.locale in LANGUAGES:
        return current_user.locale
    cookie = request.cookies.get(LANGUAGE_COOKIE)
    if cookie in LANGUAGES:
        return cookie
    return request.accept_languages.best_match(list(LANGUAGES)) or "en"


def select_timezone() -> str | None:
    """The member's time zone, else the browser's (set by site.js), else the default."""
    if current_user and current_user.is_authenticated and current_user.timezone:
        return current_user.timezone
    cookie = request.cookies.get(TIMEZONE_COOKIE)
    return cookie if cookie in COMMON_TIMEZONES else None


def country_name(code: str, fallback: str = "") -> str:
    """A country's name in the current interface language (from CLDR)."""
    locale = get_locale() or Locale("en")
    return locale.territories.get(code.upper(), fallback or code)


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def as_aware(value: datetime) -> datetime:
    return value if value.tzinfo else pytz.utc.localize(value)
