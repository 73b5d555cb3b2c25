"""Searching: who may see what (tokens), filters, facet counts, pages of hits, more like this.

Counting is done on bitsets of document numbers (docsets.py); Whoosh only scores and
sorts the page shown, within the documents the counts were taken over.
"""

import logging
import math
from dataclasses import dataclass, field
from typing import Any

from whoosh import sorting
from whoosh.query import Every, Query
from whoosh.searching import Searcher

from app.accounts.models import Role
from app.search import docsets, index
from app.search.analysis import family
from app.search.documents import (
    MEMBERS,
    PUBLIC,
    SOURCES,
    STAFF,
    country_token,
    document_key,
    group_token,
    user_token,
)
from app.search.hits import SearchHit, make_hit
from app.search.parsing import Typed, correct, normalise, parse, split_filters

log = logging.getLogger(__name__)
PER_PAGE = 20
MAX_PAGE = 500
SORTS = ("relevance", "newest")
SUGGEST_BELOW = 3  # offer "did you mean" when fewer matches than this
MAX_FILTER_VALUES = 20  # values of one facet a search may filter on
RELATED_TEXT_CHARS = 4000  # of a document's text, read for its key words
RELATED_TERMS = 12
STAFF_ROLES = (Role.FACILITATOR, Role.MODERATOR, Role.ADMIN)
_NEWEST = sorting.FieldFacet("created_at", reverse=True)


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
    total: int  # matches of the chosen type (or all), with every filter
    hits: list[SearchHit]
    types: list[TypeFacet]  # every registered type with its number of matches
    all_count: int
    # Per asked facet, (value, count) by count: each counted with the other facets' filters.
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None  # a corrected query, offered when little matched
    sort: str = "relevance"
    filters: dict[str, list[str]] = field(default_factory=dict)  # given and typed (country:UA)


@dataclass
class _Counts:
    total: int
    types: dict[str, int]
    facets: dict[str, list[tuple[str, int]]]
    page_bits: int  # the documents the page is taken from


_counts_cache = docsets.LRU(256)


def search(
    text: str,
    user: Any,
    doc_type: str | None = None,
    page: int = 1,
    filters: dict[str, Any] | None = None,
    per_page: int = PER_PAGE,
    facets: tuple[str, ...] | list[str] = (),
    sort: str = "relevance",
) -> SearchResults:
    """One page of what user may see matching text (every document of the type when text
    has no words), with the matches per type and per value of each facet asked for.

    filters: facet -> values (one value or a list; several values of a facet are OR'ed,
    facets AND'ed). Filters typed in the text (country:UA, type:practice) are added."""
    typed = split_filters(text)
    chosen = _merge_filters(filters, typed)
    doc_type = _doc_type(doc_type, chosen.pop("type", []))
    sort = sort if sort in SORTS else "relevance"
    page = min(max(page, 1), MAX_PAGE)
    empty = SearchResults(
        query=text, doc_type=doc_type, page=1, pages=0, total=0, hits=[], all_count=0,
        types=[TypeFacet(t, s.label, 0) for t, s in SOURCES.items()], sort=sort,
        facets={name: [] for name in facets}, filters=chosen,
    )  # fmt: skip
    searcher = index.searcher()
    if searcher is None:
        if text.strip() or doc_type:
            log.warning("the search index is missing: run `flask search sync`")
        return empty
    query = parse(typed.words, searcher.schema)
    if query is None and typed.words:  # only stop words or signs: nothing to look for
        return empty
    tokens = tokens_for(user)
    counts = _counted(searcher, typed.words, query, tokens, chosen, doc_type, tuple(facets))
    pages = math.ceil(counts.total / per_page)
    page = min(page, max(pages, 1))
    hits = _page(searcher, query, counts.page_bits, page, per_page, sort) if counts.total else []
    suggestion = None
    if query is not None and counts.total < SUGGEST_BELOW:
        suggestion = _suggestion(searcher, typed, tokens, chosen, doc_type, counts.total)
    return SearchResults(
        query=text, doc_type=doc_type, page=page, pages=pages, total=counts.total, hits=hits,
        types=[TypeFacet(t, s.label, counts.types.get(t, 0)) for t, s in SOURCES.items()],
        all_count=sum(counts.types.values()), facets=counts.facets, suggestion=suggestion,
        sort=sort, filters=chosen,
    )  # fmt: skip


def _merge_filters(filters: dict[str, Any] | None, typed: Typed) -> dict[str, list[str]]:
    chosen: dict[str, list[str]] = {}
    for name, value in [*(filters or {}).items(), *typed.filters.items()]:
        values = value if isinstance(value, list | tuple | set) else [value]
        for raw in values:
            item = normalise(name, str(raw))
            if item and item not in chosen.setdefault(name, []):
                chosen[name].append(item)
        chosen[name] = chosen[name][:MAX_FILTER_VALUES]
    return {name: values for name, values in chosen.items() if values}


def _doc_type(given: str | None, typed: list[str]) -> str | None:
    for candidate in (given, *typed):
        if candidate in SOURCES:
            return candidate
    return None


def _counted(
    searcher: Searcher, words: str, query: Query | None, tokens: set[str],
    chosen: dict[str, list[str]], doc_type: str | None, facets: tuple[str, ...],
) -> _Counts:  # fmt: skip
    """Matches per type and per facet value, from bitsets (cached per index generation)."""
    key = (docsets.generation(searcher), words, tuple(sorted(tokens)), doc_type, facets,
           tuple(sorted((name, tuple(sorted(v))) for name, v in chosen.items())))  # fmt: skip
    counts = _counts_cache.get(key)
    if counts is None:
        counts = _count(searcher, words, query, tokens, chosen, doc_type, facets)
        _counts_cache.put(key, counts)
    return counts


def _count(
    searcher: Searcher, words: str, query: Query | None, tokens: set[str],
    chosen: dict[str, list[str]], doc_type: str | None, facets: tuple[str, ...],
) -> _Counts:  # fmt: skip
    if query is None:
        matched = docsets.every(searcher)
    else:
        matched = docsets.cached_query(searcher, ("words", words), query)
    base = matched & docsets.any_of(searcher, "access", sorted(tokens))
    by_facet = {name: docsets.any_of(searcher, f"facet_{name}", values)
                for name, values in chosen.items()}  # fmt: skip
    filtered = _all_of(base, by_facet.values())
    types = {t: (filtered & docsets.term(searcher, "doc_type", t)).bit_count() for t in SOURCES}
    if doc_type:
        base &= docsets.term(searcher, "doc_type", doc_type)
        filtered &= docsets.term(searcher, "doc_type", doc_type)
    counted = {}
    for name in facets:  # disjunctive: each facet counted without its own filter
        others = _all_of(base, (bits for other, bits in by_facet.items() if other != name))
        counted[name] = _facet_values(searcher, name, others)
    return _Counts(total=filtered.bit_count(), types=types, facets=counted, page_bits=filtered)


def _all_of(bits: int, others: Any) -> int:
    for other in others:
        bits &= other
    return bits


def _facet_values(searcher: Searcher, name: str, within: int) -> list[tuple[str, int]]:
    counted = []
    if within:
        for value in docsets.values(searcher, f"facet_{name}"):
            count = (within & docsets.term(searcher, f"facet_{name}", value)).bit_count()
            if count:
                counted.append((value, count))
    return sorted(counted, key=lambda pair: (-pair[1], pair[0]))


def _page(
    searcher: Searcher, query: Query | None, bits: int, page: int, per_page: int, sort: str
) -> list[SearchHit]:
    """The hits of one page, scored (or sorted by date) by Whoosh within the counted set."""
    sortedby = _NEWEST if sort == "newest" or query is None else None
    # search(), not search_page(): a results page asks Whoosh for an exact total, which
    # may run the query a second time; the total is already known from the bitsets.
    results = searcher.search(
        query if query is not None else Every(), limit=page * per_page,
        filter=docsets.docnums(bits), sortedby=sortedby, terms=query is not None,
    )  # fmt: skip
    start = (page - 1) * per_page
    return [make_hit(hit, marked=query is not None) for hit in results[start : start + per_page]]


def _suggestion(
    searcher: Searcher, typed: Typed, tokens: set[str], chosen: dict[str, list[str]],
    doc_type: str | None, total: int,
) -> str | None:  # fmt: skip
    """A corrected query, offered only when it finds more than what was typed."""
    words = correct(searcher, typed.words)
    query = parse(words, searcher.schema) if words else None
    if query is None:
        return None
    counts = _counted(searcher, words, query, tokens, chosen, doc_type, ())
    if counts.total <= total:
        return None
    typed_filters = [f'{name}:"{value}"' if " " in value else f"{name}:{value}"
                     for name, values in typed.filters.items() for value in values]  # fmt: skip
    return " ".join([words, *typed_filters])


def related(doc_type: str, doc_id: int, user: Any, limit: int = 5) -> list[SearchHit]:
    """Documents of the same type most like this one (by its key words) that user may see."""
    searcher = index.searcher()
    docnum = searcher.document_number(key=document_key(doc_type, doc_id)) if searcher else None
    if docnum is None:
        return []
    stored = searcher.stored_fields(docnum)
    text = f"{stored.get('title', '')}\n{stored.get('body', '')}"[:RELATED_TEXT_CHARS]
    allowed = docsets.any_of(searcher, "access", sorted(tokens_for(user)))
    allowed &= docsets.term(searcher, "doc_type", doc_type) & ~(1 << docnum)
    if not allowed or not text.strip():
        return []
    results = searcher.more_like(
        docnum, f"body_{family(stored.get('language', ''))}", text=text, top=limit,
        numterms=RELATED_TERMS, filter=docsets.docnums(allowed),
    )  # fmt: skip
    return [make_hit(hit, marked=False) for hit in results]
