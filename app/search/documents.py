"""What the index holds: documents, the sources that produce them, and access tokens.

A feature plugs into search by registering a source (see register_source) and by
calling app.search.enqueue() in the transaction that changes its content. Search
never imports the features.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Content languages of the network; any other code is indexed as plain text.
LANGUAGES = ("en", "hy", "az", "ka", "ro", "ru", "uk")

# Access tokens: a document lists who may see it, a viewer holds tokens (tokens_for).
PUBLIC = "public"  # everyone, visitors too
MEMBERS = "members"  # every active signed-in member
STAFF = "staff"  # facilitators, moderators and admins


def country_token(country_id: int) -> str:
    """Members of one country."""
    return f"country:{country_id}"


def group_token(group_id: int) -> str:
    """Members of one group."""
    return f"group:{group_id}"


def user_token(user_id: int) -> str:
    """One member (their drafts, private things)."""
    return f"user:{user_id}"


@dataclass
class Document:
    """What to index for one thing: plain text, where it lives and who may see it."""

    doc_type: str
    doc_id: int
    title: str
    body: str  # plain text, no markup
    url: str  # a site path, e.g. from app.core.security.site_path
    language: str  # content language: en hy az ka ro ru uk
    access: list[str]  # tokens of who may see it, e.g. [PUBLIC] or [country_token(3), STAFF]
    created_at: datetime | None = None
    # Keywords to filter on, e.g. {"country": "MD", "category": "12"} (lists allowed).
    facets: dict[str, str | int | Sequence[str | int]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return document_key(self.doc_type, self.doc_id)


Loader = Callable[[list[int]], list[Document]]
IdLister = Callable[[], Iterable[int]]


@dataclass(frozen=True)
class Source:
    """A kind of searchable content: how to load documents and list every id."""

    doc_type: str
    load: Loader  # documents for the ids that still exist and are indexable
    all_ids: IdLister  # every id to index, for rebuild and status
    label: Any  # a lazy translated string, e.g. _l("Forum topics")


SOURCES: dict[str, Source] = {}


def register_source(doc_type: str, load: Loader, all_ids: IdLister, label: Any) -> None:
    """Add (or replace) a kind of searchable content; call it from the feature's setup."""
    if not doc_type or len(doc_type) > 40 or ":" in doc_type:
        raise ValueError(f"bad search document type {doc_type!r}")
    SOURCES[doc_type] = Source(doc_type, load, all_ids, label)


def document_key(doc_type: str, doc_id: int | str) -> str:
    """The unique key of a document in the index."""
    return f"{doc_type}:{doc_id}"
