"""Every user-visible string is translated in all seven languages."""

import os
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from app.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "app" / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")
METHOD_MAP = [
    ("app/**.py", "python"),
    ("app/templates/**.html", "jinja2"),
    ("app/templates/**.txt", "jinja2"),
]
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}


def _catalog(locale: str):
    with (CATALOGS / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


@pytest.fixture(scope="module")
def source_messages() -> set[str]:
    """Message ids used in the code and templates right now."""
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        ROOT, METHOD_MAP, keywords=KEYWORDS, options_map={"**.html": {}, "**.txt": {}},
        directory_filter=lambda path: not os.path.basename(path).startswith("."),  # _macros too
    ):  # fmt: skip
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


@pytest.mark.parametrize("locale", list(LANGUAGES))
def test_catalog_is_complete(locale: str, source_messages: set[str]) -> None:
    catalog = _catalog(locale)
    problems = []
    ids = set()
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        ids.add(msgid)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        if not all(s and s.strip() for s in strings):
            problems.append(f"untranslated: {msgid!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(msgid))
        for text in strings:
            # Plural forms may drop the number (e.g. "one" form), never invent a name.
            got = sorted(PLACEHOLDER.findall(text))
            if not set(got) <= set(wanted) or (len(strings) == 1 and got != wanted):
                problems.append(f"placeholders differ: {msgid!r} -> {text!r}")
    missing = source_messages - ids
    problems += [f"missing from catalog: {m!r}" for m in sorted(missing)]
    assert not problems, f"{locale}: {len(problems)} problems\n" + "\n".join(problems[:40])
