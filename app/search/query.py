"""Searching: who may see what (tokens), parsing, counts per type, snippets.

Titles and snippets come back as plain text in which matched words sit between
MARK_START and MARK_END; highlight() turns that into safe HTML (escaping first).
"""

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup, escape
from whoosh import sorting
from whoosh.highlight import (
    ContextFragmenter,
    Formatter,
    Highlighter,
    WholeFragmenter,
    get_text,
)
from whoosh.qparser import MultifieldParser, OrGroup, plugins
from whoosh.query import And, Or, Query, Term
from whoosh.searching import Hit, Searcher

from app.accounts.models import Role
from app.search import index
from app.search.analysis import family
from app.search.documents import (
    MEMBERS,
    PUBLIC,
    SOURCES,
    STAFF,
    country_token,
    group_token,
    user_token,
)

log = logging.getLogger(__name__)
PER_PAGE = 20
MAX_PAGE = 500
QUERY_MAX_CHARS = 200
SNIPPET_CHARS = 240
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters, stripped from content
STAFF_ROLES = (Role.FACILITATOR, Role.MODERATOR, Role.ADMIN)


def tokens_for(user: Any) -> set[str]:
    """The access tokens a viewer holds; a document is shown when it lists one of them."""
    tokens = {PUBLIC}
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return tokens
    tokens |= {MEMBERS, user_token(user.id)}
    if user.country_id:
        tokens.add(country_token(user.country_id))
    tokens |= {group_token(group_id) for group_id in getattr(user, "group_ids", None) or ()}
    if user.role in STAFF_ROLES:
        tokens.add(STAFF)
    return tokens


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
    facets: dict[str, str] = field(default_factory=dict)


@dataclass
class TypeFacet:
    doc_type: str
    label: Any
    count: int


@dataclass
class SearchResults:
    query: str
    doc_type: str | None  # the type filter, None for all
    page: int
    pages: int
    total: int  # matches of the chosen type (or all)
    hits: list[SearchHit]
    types: list[TypeFacet]  # every registered type with its number of matches
    all_count: int


class _MarkFormatter(Formatter):
    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_START + get_text(text, token, replace) + MARK_END


_TITLES = Highlighter(fragmenter=WholeFragmenter(), formatter=_MarkFormatter())
_SNIPPETS = Highlighter(
    fragmenter=ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60), formatter=_MarkFormatter()
)


def parse(text: str, schema: Any) -> Query:
    """The user's words against the title and body fields of every language, any word matching
    (documents with more of them rank higher). No field names, wildcards or ranges."""
    parser = MultifieldParser(index.TEXT_FIELDS, schema, group=OrGroup.factory(0.9))
    for plugin in (plugins.FieldsPlugin, plugins.WildcardPlugin, plugins.RangePlugin,
                   plugins.BoostPlugin):  # fmt: skip
        parser.remove_plugin_class(plugin)
    return parser.parse(strip_marks(text)[:QUERY_MAX_CHARS])


def search(
    text: str,
    user: Any,
    doc_type: str | None = None,
    page: int = 1,
    filters: dict[str, str] | None = None,
    per_page: int = PER_PAGE,
) -> SearchResults:
    """One page of what user may see matching text, with the number of matches per type."""
    doc_type = doc_type if doc_type in SOURCES else None
    page = min(max(page, 1), MAX_PAGE)
    searcher = index.searcher()
    counts: dict[str, int] = {}
    hits: list[SearchHit] = []
    total = 0
    if searcher is not None and text.strip():
        query = parse(text, searcher.schema)
        allowed = _allowed(user, filters)
        counts = _counts(searcher, query, allowed)
        total = counts.get(doc_type, 0) if doc_type else sum(counts.values())
        page = min(page, max(math.ceil(total / per_page), 1))
        if total:
            chosen = And([allowed, Term("doc_type", doc_type)]) if doc_type else allowed
            results = searcher.search_page(query, page, pagelen=per_page, filter=chosen, terms=True)
            hits = [_hit(hit) for hit in results]
    elif searcher is None and text.strip():
        log.warning("the search index is missing: run `flask search sync`")
    return SearchResults(
        query=text, doc_type=doc_type, page=page, pages=math.ceil(total / per_page), total=total,
        hits=hits, all_count=sum(counts.values()),
        types=[TypeFacet(t, s.label, counts.get(t, 0)) for t, s in SOURCES.items()],
    )  # fmt: skip


def _allowed(user: Any, filters: dict[str, str] | None) -> Query:
    allowed: Query = Or([Term("access", token) for token in sorted(tokens_for(user))])
    if filters:
        allowed = And([allowed, *(Term(f"facet_{k}", str(v)) for k, v in filters.items())])
    return allowed


def _counts(searcher: Searcher, query: Query, allowed: Query) -> dict[str, int]:
    facet = sorting.FieldFacet("doc_type", maptype=sorting.Count)
    results = searcher.search(query, filter=allowed, groupedby={"type": facet}, limit=1)
    return {str(k): int(v) for k, v in results.groups("type").items()}


def _hit(hit: Hit) -> SearchHit:
    name = family(hit.get("language", ""))
    title, body = hit.get("title", ""), hit.get("body", "")
    marked_title = _highlight(_TITLES, hit, "title", name, title, top=1) or title
    short = len(body) <= SNIPPET_CHARS  # shown whole rather than cut around the matches
    snippet = _highlight(_TITLES if short else _SNIPPETS, hit, "body", name, body, top=2)
    snippet = snippet or _beginning(body)
    created = hit.get("created_at")
    return SearchHit(
        doc_type=hit["doc_type"], doc_id=int(hit["doc_id"]), label=_label(hit["doc_type"]),
        title=marked_title, snippet=snippet, url=hit.get("url", ""),
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
