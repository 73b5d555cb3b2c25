"""Site search on Whoosh: the database is the source of truth, an outbox feeds the index.

What features use:
    register_source(doc_type, load, all_ids, label)   what to index, and how to list it
    enqueue(doc_type, doc_id, action="upsert")        in the transaction that changes it
    search(text, user, doc_type=None, page=1, filters=None, facets=(), sort=...) -> SearchResults
    related(doc_type, doc_id, user, limit=5) -> list[SearchHit]    more like this
"""

from flask import Flask

from app.core import jobs
from app.search import cli, outbox, sources
from app.search.documents import (
    MEMBERS,
    PUBLIC,
    STAFF,
    Document,
    country_token,
    group_token,
    register_source,
    user_token,
)
from app.search.hits import SearchHit, highlight, strip_marks
from app.search.maintenance import sync_job
from app.search.models import SearchOutbox
from app.search.outbox import enqueue
from app.search.query import SearchResults, related, search, tokens_for

__all__ = [
    "MEMBERS", "PUBLIC", "STAFF", "Document", "SearchHit", "SearchOutbox", "SearchResults",
    "country_token", "enqueue", "group_token", "register_source", "related", "search",
    "strip_marks", "tokens_for", "user_token",
]  # fmt: skip


def init_app(app: Flask) -> None:
    """Register the sources, the after-commit applier, the commands, the job and the filter."""
    sources.init_app()
    outbox.listen()
    cli.init_app(app)
    jobs.register("search.sync", sync_job)
    app.add_template_filter(highlight, "highlight")
