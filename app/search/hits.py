"""One search hit as shown: title and snippet with the matched words marked.

Titles and snippets come back as plain text in which matched words sit between
MARK_START and MARK_END; highlight() turns that into safe HTML (escaping first).
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup, escape
from whoosh.highlight import (
    Formatter,
    Highlighter,
    PinpointFragmenter,
    get_text,
)
from whoosh.searching import Hit

from app.search.analysis import family
from app.search.documents import SOURCES

SNIPPET_CHARS = 240
SNIPPET_SCAN_CHARS = 5000  # of the body, looked through for the matched words
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters, stripped from content


@dataclass
class SearchHit:
    doc_type: str
    doc_id: int
    label: Any  # the translated name of the type
    title: str  # with marks: render with the highlight filter
    snippet: str  # with marks
    url: str
    language: str
    created_at: datetime | None
    facets: dict[str, str] = field(default_factory=dict)  # comma-joined values, as stored


class _MarkFormatter(Formatter):
    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_START + get_text(text, token, replace) + MARK_END


# Pinpoint fragments come from the word positions stored in the index (chars=True): no text
# is analysed again. A title is one fragment as long as the title.
_TITLES = Highlighter(
    fragmenter=PinpointFragmenter(maxchars=1000, surround=1000, charlimit=1000),
    formatter=_MarkFormatter(),
)
_SNIPPETS = Highlighter(
    fragmenter=PinpointFragmenter(maxchars=SNIPPET_CHARS, surround=60, autotrim=True,
                                  charlimit=SNIPPET_SCAN_CHARS),
    formatter=_MarkFormatter(),
)  # fmt: skip


def make_hit(hit: Hit, marked: bool = True) -> SearchHit:
    """A hit with its title and snippet marked (marked=False: no query, plain beginning)."""
    name = family(hit.get("language", ""))
    title, body = hit.get("title", ""), hit.get("body", "")
    marked_title = snippet = ""
    if marked:
        marked_title = _highlight(_TITLES, hit, "title", name, title, top=1)
        short = len(body) <= SNIPPET_CHARS  # shown whole rather than cut around the matches
        scanned = body[:SNIPPET_SCAN_CHARS]  # analysing a long body again is the slow part
        snippet = _highlight(_TITLES if short else _SNIPPETS, hit, "body", name, scanned, top=2)
    created = hit.get("created_at")
    return SearchHit(
        doc_type=hit["doc_type"], doc_id=int(hit["doc_id"]), label=_label(hit["doc_type"]),
        title=marked_title or title, snippet=snippet or _beginning(body), url=hit.get("url", ""),
        language=hit.get("language", ""),
        created_at=created.replace(tzinfo=UTC) if created else None,
        facets={k[6:]: v for k, v in hit.fields().items() if k.startswith("facet_")},
    )  # fmt: skip


def _highlight(
    highlighter: Highlighter, hit: Hit, part: str, name: str, text: str, top: int
) -> str:
    if not text:
        return ""
    for fieldname in dict.fromkeys((f"{part}_{name}", f"{part}_plain")):
        marked = highlighter.highlight_hit(hit, fieldname, text=text, top=top)
        if marked:
            return marked
    return ""


def _beginning(body: str) -> str:
    if len(body) <= SNIPPET_CHARS:
        return body
    return body[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _label(doc_type: str) -> Any:
    source = SOURCES.get(doc_type)
    return source.label if source else doc_type


def strip_marks(text: str) -> str:
    """Text without highlight marks (for plain-text uses such as the JSON API)."""
    return text.replace(MARK_START, "").replace(MARK_END, "")


_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def highlight(text: str | None) -> Markup:
    """Marked text as HTML: everything escaped, then each pair of marks becomes <mark>."""
    escaped = _MARKED.sub(r"<mark>\1</mark>", str(escape(text or "")))
    return Markup(strip_marks(escaped))  # noqa: S704 - escaped above; only <mark> added
