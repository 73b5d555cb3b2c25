"""The posts of a topic page and the rows of topic lists, put together in Python from kept
fragments (see Fragments).

Per post or row, a Jinja macro call and its two dozen attribute lookups cost more than the
rest once its parts are kept; here they are plain attribute reads. The parts themselves
stay in the templates (forums/_posts.html, forums/_topic_list.html).
"""

from typing import Any

from markupsafe import Markup

from app.core.templating import fragment
from app.forums.reading import PostView, TopicPage, TopicRow

CARD_END = Markup("  </div>\n</article>\n")


def post_cards(view: TopicPage, topic: Any, t: dict, tk: dict, head: Any, foot: Any) -> Markup:
    """Every post of the page, with the accepted answer under the question (post 1).
    t holds the page's words, addresses and the viewer's CSRF token; tk is t with
    CSRF_SLOT for the token (what kept parts hold)."""
    moderator = "moderate_forums" in view.topic_allowed
    parts = []
    for post in view.posts:
        parts.append(_card(post, view, topic, t, tk, head, foot, moderator, False))
        if post.number == 1 and view.accepted is not None:
            parts.append(_card(view.accepted, view, topic, t, tk, head, foot, moderator, True))
    return Markup("").join(parts)


def _card(post: PostView, view: TopicPage, topic: Any, t: dict, tk: dict, head: Any,
          foot: Any, moderator: bool, accepted_box: bool) -> Markup:  # fmt: skip
    may = view.allowed.get(post.id, frozenset())
    hidden = post.deleted_at is not None
    shows_body = not hidden or moderator
    revisions = "view_revisions" in may
    author = post.author
    key = (
        "post", post.id, post.created_at, post.number, post.edited_at, author.name,
        author.place, hidden, shows_body, revisions, accepted_box, t["locale"], t["tz"],
    )  # fmt: skip
    card = fragment(key, head, post, view, t, accepted_box, hidden, shows_body, revisions)
    if shows_body and not accepted_box:
        key = _foot_key(view, post, topic.accepted_post_id, t["uid"], t["locale"])
        card += fragment.with_token(t["csrf"], key, foot, post, view, topic, tk, hidden, may)
    return card + CARD_END


def _foot_key(view: TopicPage, post: PostView, accepted_id: int | None, uid: int | None,
              locale: str) -> tuple:  # fmt: skip
    """Everything a post's reactions and actions show this viewer (the CSRF token is filled
    in afterwards): the key of their kept fragment."""
    counts = view.reactions.get(post.id)
    return (
        "foot", locale, post.id, post.topic_id, post.number, post.deleted_at is not None,
        view.allowed.get(post.id), view.topic_allowed, post.id == accepted_id,
        post.author_id == uid,
        tuple(counts.get("like", ())) if counts else (),
        tuple(counts.get("helpful", ())) if counts else (),
        (post.id, "like") in view.mine, (post.id, "helpful") in view.mine,
    )  # fmt: skip


def topic_rows(
    rows: list[TopicRow], show_category: bool, signed_in: bool, topic_base: str, w: dict,
    locale: str, tz: str, start: Any, badge: Any, end: Any,
) -> Markup:  # fmt: skip
    """The rows of a topic list: each row's start and end as everyone sees them, and between
    them the viewer's new/unread badge, all kept (the macros are in _topic_list.html)."""
    parts = []
    for row in rows:
        topic = row.topic
        shared = (
            topic.id, topic.created_at, topic.title, topic.last_post_at, topic.reply_count,
            topic.pinned, topic.closed, topic.kind, topic.accepted_post_id, topic.author.name,
            locale, tz,
        )  # fmt: skip
        parts.append(fragment(("topic-start", *shared), start, topic, topic_base, w))
        if signed_in and (row.is_new or row.unread):
            key = ("topic-badge", topic.id, row.is_new, row.unread, locale)
            parts.append(fragment(key, badge, row, topic_base, w))
        category = (topic.category.slug, topic.category.name) if show_category else ()
        key = ("topic-end", *shared, *row.tags, "\x1f", show_category, *category)
        parts.append(fragment(key, end, topic, row.tags, show_category))
    return Markup("").join(parts)


def category_list(categories: list, stats: dict, locale: str, items: Any) -> Markup:
    """The list of categories beside the latest topics, kept while names and counts hold."""
    key = ["categories", locale]
    for category in categories:
        counts = stats.get(category.id)
        key += (category.id, category.slug, category.name, category.parent_id,
                counts[0] if counts else 0)  # fmt: skip
    return fragment(tuple(key), items, categories, stats)
