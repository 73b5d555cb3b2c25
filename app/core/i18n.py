"""Languages, locale and time zone selection, and Babel-formatted values."""

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


def guess_language(text: str) -> str:
    """The content language of a text from its letters (good enough to pick an analyzer)."""
    sample = text[:2000]
    counts = {"hy": 0, "ka": 0, "cyrillic": 0, "latin": 0}
    for char in sample:
        code = ord(char)
        if 0x0530 <= code <= 0x058F:
            counts["hy"] += 1
        elif 0x10A0 <= code <= 0x10FF:
            counts["ka"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif char.isalpha() and code < 0x0250:
            counts["latin"] += 1
    script = max(counts, key=counts.get)
    if counts[script] == 0:
        return "en"
    if script == "cyrillic":
        return "uk" if any(c in sample.lower() for c in "іїєґ") else "ru"
    if script == "latin":
        lower = sample.lower()
        if "ə" in lower:
            return "az"
        if any(c in lower for c in "șțăâîşţ"):
            return "ro"
        return "en"
    return script
