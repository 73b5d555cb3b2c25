"""The site search over the API: matching documents the caller may see, with facet counts.

No token needed: a visitor finds what is public; a token's member what they may see.
"""

import re
from typing import Any

from flask import request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.api.blueprint import bp
from app.core.errors import Invalid
from app.core.forms import optional_int
from app.core.security import absolute
from app.search import SearchHit, highlight, search, strip_marks
from app.search.documents import SOURCES
from app.search.query import MAX_FILTER_VALUES, MAX_PAGE, SORTS

FACETS = ("country", "theme", "sdg", "kind", "stage", "language", "year")
QUERY_MAX_CHARS = 1000
VALUE = re.compile(r"^[\w-]{1,60}$")


def _text_arg() -> str:
    text = request.args.get("q", "")
    if len(text) > QUERY_MAX_CHARS:
        raise Invalid(_l("“q” takes at most %(n)d characters.", n=QUERY_MAX_CHARS), field="q")
    return text


def _choice(name: str, allowed: Any) -> str | None:
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if value not in allowed:
        raise Invalid(_l("“%(name)s” must be one of: %(values)s.", name=name,
                         values=", ".join(sorted(allowed))), field=name)  # fmt: skip
    return value


def _page() -> int:
    raw = request.args.get("page")
    if raw is None:
        return 1
    number = optional_int(raw)
    if number is None or not 1 <= number <= MAX_PAGE:
        raise Invalid(_l("“page” must be a whole number from 1 to %(max)d.", max=MAX_PAGE),
                      field="page")  # fmt: skip
    return number


def _filters() -> dict[str, list[str]]:
    """Facet values: a parameter repeated, or values separated by commas; either means any."""
    filters = {}
    for name in FACETS:
        values = [v.strip() for raw in request.args.getlist(name) for v in raw.split(",")]
        values = [v for v in values if v]
        if not values:
            continue
        if len(values) > MAX_FILTER_VALUES or not all(VALUE.match(v) for v in values):
            raise Invalid(_l("“%(name)s” takes up to %(n)d values of letters, digits, “-” "
                             "or “_”, separated by commas.", name=name, n=MAX_FILTER_VALUES),
                          field=name)  # fmt: skip
        filters[name] = values
    return filters


def _hit(hit: SearchHit) -> dict[str, Any]:
    return {
        "type": hit.doc_type,
        "id": hit.doc_id,
        "title": strip_marks(hit.title),
        "title_html": str(highlight(hit.title)),
        "snippet_html": str(highlight(hit.snippet)),
        "url": absolute(hit.url),
        "language": hit.language,
        "facets": {name: value.split(",") for name, value in hit.facets.items()},
    }


@bp.get("/search")
def search_documents():
    """One page (20) of the documents matching q that the caller may see, newest or best
    first, with the number of matches per facet value."""
    text = _text_arg()
    results = search(
        text, current_user, doc_type=_choice("type", SOURCES), page=_page(),
        filters=_filters(), facets=FACETS, sort=_choice("sort", SORTS) or "relevance",
    )  # fmt: skip
    return {
        "query": text,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "hits": [_hit(hit) for hit in results.hits],
        "facets": {
            name: [{"value": value, "count": count} for value, count in pairs]
            for name, pairs in results.facets.items()
        },  # fmt: skip
        "suggestion": results.suggestion,
    }
