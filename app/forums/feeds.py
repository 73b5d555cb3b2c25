"""Atom 1.0 feeds of the forums: the latest topics, each with its first post.

Entries are topics ordered by latest activity (as on the forum pages); an entry's
`updated` is the topic's latest post, its content the first post's stored HTML.
The feeds only read: they never write to the database.
"""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - builds our own XML; nothing is parsed
from dataclasses import dataclass
from datetime import UTC, datetime

from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import User
from app.core.db import utcnow
from app.core.security import external_url
from app.extensions import db
from app.forums import services
from app.forums.models import Category, Post, Topic

ATOM = "http://www.w3.org/2005/Atom"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
FEED_SIZE = 30
# Characters XML 1.0 cannot carry at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class FeedEntry:
    topic: Topic
    first_post: Post | None


def xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def atom_time(value: datetime) -> str:
    """An RFC 3339 time in UTC, as Atom wants it."""
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def latest_entries(reader: User | None, categories: list[Category]) -> list[FeedEntry]:
    """The FEED_SIZE topics of these categories with the latest activity, pinned or not."""
    rows = [
        *services.list_topics(reader, categories, limit=FEED_SIZE),
        *services.list_topics(reader, categories, limit=FEED_SIZE, pinned=True),
    ]
    topics = sorted((row.topic for row in rows), key=lambda t: (t.last_post_at, t.id), reverse=True)
    topics = topics[:FEED_SIZE]
    firsts = {
        post.topic_id: post
        for post in db.session.scalars(
            select(Post).where(Post.topic_id.in_([t.id for t in topics]), Post.number == 1)
        )
    }
    return [FeedEntry(topic, firsts.get(topic.id)) for topic in topics]


def _child(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _entry(feed: ET.Element, item: FeedEntry) -> None:
    topic = item.topic
    url = external_url("forums.topic", topic_id=topic.id)
    entry = _child(feed, "entry")
    _child(entry, "id", url)
    _child(entry, "title", topic.title, type="text")
    _child(entry, "link", rel="alternate", type="text/html", href=url)
    _child(entry, "published", atom_time(topic.created_at))
    _child(entry, "updated", atom_time(topic.last_post_at))
    author = _child(entry, "author")
    _child(author, "name", topic.author.name)
    _child(entry, "category", term=topic.category.slug, label=topic.category.name)
    shown = item.first_post is not None and item.first_post.deleted_at is None
    # type="html": the stored, sanitised HTML goes in as text, escaped once by the serializer.
    _child(entry, "content", item.first_post.html if shown else "", type="html")


def build_feed(
    title: str, feed_url: str, page_url: str, entries: list[FeedEntry], fallback: datetime
) -> bytes:
    """An Atom 1.0 document; feed_url (rel=self) may carry the reader's private token."""
    site = external_url("main.home")
    feed = ET.Element("feed", {"xmlns": ATOM, XML_BASE: site})
    _child(feed, "id", feed_url.split("?", 1)[0])
    _child(feed, "title", title, type="text")
    newest = max((item.topic.last_post_at for item in entries), default=fallback)
    _child(feed, "updated", atom_time(newest))
    _child(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _child(feed, "link", rel="alternate", type="text/html", href=page_url)
    author = _child(feed, "author")
    _child(author, "name", _("M4EG Network"))
    _child(author, "uri", site)
    _child(feed, "generator", "M4EG", uri=site)
    for item in entries:
        _entry(feed, item)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _token_values(token: str | None) -> dict[str, str]:
    return {"token": token} if token else {}


def latest_feed(reader: User | None, token: str | None = None) -> bytes:
    """The latest topics of every category the reader may view (public ones for None)."""
    categories = services.visible_categories(reader)
    entries = latest_entries(reader, categories)
    return build_feed(
        _("Latest topics") + " · " + _("M4EG Network"),
        external_url("forums.latest_feed", **_token_values(token)),
        external_url("forums.index"),
        entries,
        fallback=utcnow(),
    )


def category_feed(reader: User | None, category: Category, token: str | None = None) -> bytes:
    """The latest topics of one category the reader may view."""
    entries = latest_entries(reader, [category])
    return build_feed(
        category.name + " · " + _("M4EG Network"),
        external_url("forums.category_feed", slug=category.slug, **_token_values(token)),
        external_url("forums.category", slug=category.slug),
        entries,
        fallback=category.created_at,
    )
