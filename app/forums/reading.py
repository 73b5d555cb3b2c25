"""Reading the forums: categories, topic lists and pages of posts, shaped for pages and the API."""

import functools
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from markupsafe import Markup
from sqlalchemy import Select, and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import joinedload
from werkzeug.local import LocalProxy

from app.accounts.models import LocalAuthority, User, avatar_colour_of, initials_of
from app.core.db import utcnow
from app.core.errors import NotFound
from app.core.permissions import can, post_actions
from app.extensions import db
from app.forums import attachments
from app.forums.models import (
    Category,
    Post,
    Reaction,
    Topic,
    TopicKind,
    TopicRead,
)
from app.forums.urls import PER_PAGE

TOPICS_PER_PAGE = 30
NEW_DAYS = 14


@dataclass
class TopicRow:
    topic: "TopicView"
    last_read: int | None  # None: never opened
    tags: list[str]

    @property
    def unread(self) -> int:
        return 0 if self.last_read is None else max(self.topic.last_number - self.last_read, 0)

    @property
    def is_new(self) -> bool:
        return self.last_read is None


# Categories ---------------------------------------------------------------


def visible_categories(user) -> list:
    """Every category the user may view, in display order (as plain rows: asked per page)."""
    if isinstance(user, LocalProxy):  # asked once per category: unwrap current_user once
        user = user._get_current_object()
    everything = db.session.execute(_ALL_CATEGORIES).all()
    return [c for c in everything if can(user, "view_category", c)]


# The statements of the busiest pages are built once, with parameters: building one
# (SQLAlchemy's expressions and cache key) costs more than running it on SQLite.
_ALL_CATEGORIES = select(*Category.__table__.columns).order_by(Category.position, Category.name)
_CATEGORY_BY_SLUG = select(Category).where(Category.slug == bindparam("slug"))


def category_by_slug(user, slug: str) -> Category:
    category = db.session.scalar(_CATEGORY_BY_SLUG, {"slug": slug[:80]})
    if category is None or not can(user, "view_category", category):
        raise NotFound()  # a category one may not view does not exist for them
    return category


_STATS_CACHE: dict[tuple[int, ...], tuple[float, dict]] = {}
STATS_SECONDS = 30


def category_stats(categories: list[Category]) -> dict[int, tuple[int, int, datetime | None]]:
    """Topics, replies and latest activity per category (counted at most every 30 s)."""
    ids = tuple(c.id for c in categories)
    cached = _STATS_CACHE.get(ids)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    stats = _count_per_category(list(ids))
    if len(_STATS_CACHE) > 64:  # one entry per set of visible categories; few exist
        _STATS_CACHE.clear()
    _STATS_CACHE[ids] = (time.monotonic() + STATS_SECONDS, stats)
    return stats


def _count_per_category(ids: list[int]) -> dict[int, tuple[int, int, datetime | None]]:
    rows = db.session.execute(
        select(
            Topic.category_id, func.count(Topic.id), func.sum(Topic.reply_count),
            func.max(Topic.last_post_at),
        )
        .where(Topic.category_id.in_(ids), Topic.deleted_at.is_(None))
        .group_by(Topic.category_id)
    ).all()  # fmt: skip
    return {row[0]: (row[1], int(row[2] or 0), row[3]) for row in rows}


# Topic lists --------------------------------------------------------------


def parse_cursor(raw: str) -> tuple[datetime, int] | None:
    """The keyset cursor of a topic list, "<ISO time>_<topic id>"; None when malformed."""
    at, _, topic_id = raw.rpartition("_")
    try:
        when = datetime.fromisoformat(at)
        number = int(topic_id)
    except ValueError:
        return None
    if not 0 < number < 2**31:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)), number  # ours carry +00:00


def list_topics(
    user,
    categories: list[Category],
    view: str = "latest",
    before: tuple[datetime, int] | None = None,
    limit: int = TOPICS_PER_PAGE,
    pinned: bool = False,
) -> list[TopicRow]:
    """Topics of the given (visible) categories by latest activity, keyset-paged."""
    uid = user.id if user is not None and user.is_authenticated else 0
    ids = [c.id for c in categories]
    params = {"uid": uid, "ids": ids, "pinned": pinned, "limit": limit}
    if view == "new":
        params["since"] = utcnow() - timedelta(days=NEW_DAYS)
    if before is not None:
        params["at"], params["before_id"] = before
    query = _list_query(view, len(ids) == 1, before is not None)
    rows = db.session.execute(query, params).all()
    return [
        TopicRow(_topic_view(row), row.last_read, row.tag_list.split(",") if row.tag_list else [])
        for row in rows
    ]


@functools.cache
def _list_query(view: str, one_category: bool, paged: bool) -> Select:
    """The statement of a topic list, made once per kind of list (see above)."""
    # One category: walk its (category, last post) index. Several: walk the global
    # (last post, id) index and filter; "+ 0" keeps the planner off the category index,
    # which would sort every topic of those categories before taking 30.
    ids = bindparam("ids", expanding=True)
    in_categories = Topic.category_id.in_(ids) if one_category else (Topic.category_id + 0).in_(ids)
    uid = bindparam("uid")
    query = (
        select(*_TOPIC_COLUMNS, TopicRead.last_read)
        .join(User, User.id == Topic.author_id)
        .join(Category, Category.id == Topic.category_id)
        .outerjoin(TopicRead, and_(TopicRead.topic_id == Topic.id, TopicRead.user_id == uid))
        .where(in_categories, Topic.deleted_at.is_(None), Topic.pinned == bindparam("pinned"))
    )
    if view == "new":
        query = query.where(TopicRead.id.is_(None), Topic.created_at >= bindparam("since"))
    elif view == "unread":
        query = query.where(TopicRead.last_read < Topic.last_number)
    elif view == "unanswered":
        query = query.where(Topic.reply_count == 0)
    elif view == "mine":
        wrote = exists().where(Post.topic_id == Topic.id, Post.author_id == uid)
        query = query.where(or_(Topic.author_id == uid, wrote))
    if paged:
        at = bindparam("at", type_=Topic.last_post_at.type)
        query = query.where(
            or_(
                Topic.last_post_at < at,
                and_(Topic.last_post_at == at, Topic.id < bindparam("before_id")),
            )
        )
    return query.order_by(Topic.last_post_at.desc(), Topic.id.desc()).limit(bindparam("limit"))


@dataclass(frozen=True, slots=True)
class CategoryRef:
    id: int
    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class TopicView:
    """A topic as lists show it: read as a plain row, without building ORM objects."""

    id: int
    category_id: int
    title: str
    kind: str
    pinned: bool
    closed: bool
    last_number: int
    reply_count: int
    last_post_at: datetime
    created_at: datetime
    accepted_post_id: int | None
    author: "Author"
    category: CategoryRef

    @property
    def is_question(self) -> bool:
        return self.kind == TopicKind.QUESTION


_TOPIC_COLUMNS = (
    Topic.id, Topic.category_id, Topic.title, Topic.kind, Topic.pinned, Topic.closed,
    Topic.last_number, Topic.reply_count, Topic.last_post_at, Topic.created_at,
    Topic.accepted_post_id, Topic.author_id, User.name, Category.slug, Category.name,
    Topic.tag_list,
)  # fmt: skip


def _topic_view(row) -> TopicView:
    # Positions as in _TOPIC_COLUMNS: the author's and the category's names share a label.
    author_id, author_name, category_slug, category_name = row[11:15]
    return TopicView(
        *row[:11], Author(author_id, author_name, ""),
        CategoryRef(row.category_id, category_slug, category_name),
    )  # fmt: skip


# Topics and posts ---------------------------------------------------------


_TOPIC_BY_ID = (
    select(Topic).where(Topic.id == bindparam("topic_id")).options(joinedload(Topic.category))
)


def get_topic(user, topic_id: int) -> Topic:
    topic = db.session.scalar(_TOPIC_BY_ID, {"topic_id": topic_id})
    if topic is None or not can(user, "view_topic", topic):
        raise NotFound()
    return topic


def get_post(user, post_id: int) -> Post:
    post = db.session.scalar(
        select(Post)
        .where(Post.id == post_id)
        .options(joinedload(Post.topic).joinedload(Topic.category))
    )
    if post is None or not can(user, "view_topic", post.topic):
        raise NotFound()
    return post


def page_count(topic: Topic) -> int:
    return max((topic.last_number + PER_PAGE - 1) // PER_PAGE, 1)


TOPIC_ACTIONS = ("reply", "accept_answer", "moderate_forums")


@dataclass(frozen=True, slots=True)
class Author:
    """What a topic page shows of a post's author."""

    id: int
    name: str
    place: str  # the local authority's name, or ""

    @property
    def initials(self) -> str:
        return initials_of(self.name)

    @property
    def avatar_colour(self) -> int:
        return avatar_colour_of(self.id)


@dataclass(frozen=True, slots=True)
class PostView:
    """A post as a page shows it: read as plain rows, without building ORM objects."""

    id: int
    topic_id: int
    number: int
    author_id: int
    reply_to_id: int | None
    html: str
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    author: Author

    @property
    def rendered(self) -> Markup:
        """The stored HTML; it was made by core.markup.render_markdown when written."""
        return Markup(self.html)  # noqa: S704 - sanitised at write time


_POST_COLUMNS = (
    Post.id, Post.topic_id, Post.number, Post.author_id, Post.reply_to_id, Post.html,
    Post.created_at, Post.edited_at, Post.deleted_at, User.name, LocalAuthority.name_en,
)  # fmt: skip


def _posts_where(*conditions) -> Select:
    return (
        select(*_POST_COLUMNS)
        .join(User, User.id == Post.author_id)
        .outerjoin(LocalAuthority, LocalAuthority.id == User.authority_id)
        .where(*conditions)
        .order_by(Post.number)
    )


_PAGE_OF_POSTS = _posts_where(
    Post.topic_id == bindparam("topic_id"),
    Post.number >= bindparam("first"),
    Post.number < bindparam("end"),
)
_ONE_POST = _posts_where(Post.id == bindparam("post_id"))
_REACTIONS = (
    select(Reaction.post_id, Reaction.kind, Reaction.user_id, User.name)
    .join(User, User.id == Reaction.user_id)
    .where(Reaction.post_id.in_(bindparam("ids", expanding=True)))
    .order_by(Reaction.id)
)


def _post_views(statement: Select, params: dict) -> list[PostView]:
    rows = db.session.execute(statement, params)
    return [PostView(*row[:9], Author(row.author_id, row.name, row.name_en or "")) for row in rows]


@dataclass
class TopicPage:
    posts: list[PostView]
    reactions: dict[int, dict[str, list[str]]]  # post id -> kind -> names
    mine: set[tuple[int, str]]  # (post id, kind) the viewer reacted with
    accepted: PostView | None
    page: int
    pages: int
    # What the viewer may do, asked of can() once per post rather than in the template.
    allowed: dict[int, frozenset[str]]
    topic_allowed: frozenset[str]
    files: dict[int, list]  # post id -> attachments
    tags: list[str]

    @property
    def pager(self) -> list[int | None]:
        """The pages to link: the first, the last and two either side of this one; None
        where pages are left out."""
        near = range(max(self.page - 2, 1), min(self.page + 2, self.pages) + 1)
        links: list[int | None] = []
        for number in sorted({1, self.pages, *near}):
            if links and number - links[-1] > 1:
                links.append(None)
            links.append(number)
        return links


def topic_page(user, topic: Topic, page: int) -> TopicPage:
    """One page of posts by number (page 200 costs what page 1 does), with reactions."""
    pages = page_count(topic)
    page = min(max(page, 1), pages)
    first = (page - 1) * PER_PAGE + 1
    posts = _post_views(
        _PAGE_OF_POSTS, {"topic_id": topic.id, "first": first, "end": first + PER_PAGE}
    )
    ids = [p.id for p in posts]
    accepted = None
    if topic.accepted_post_id:
        accepted = next((p for p in posts if p.id == topic.accepted_post_id), None)
        if accepted is None:
            found = _post_views(_ONE_POST, {"post_id": topic.accepted_post_id})
            accepted = found[0] if found else None
        if accepted is not None and accepted.id not in ids:
            ids.append(accepted.id)
    reactions: dict[int, dict[str, list[str]]] = {}
    mine: set[tuple[int, str]] = set()
    uid = user.id if user is not None and user.is_authenticated else None
    for post_id, kind, user_id, name in db.session.execute(_REACTIONS, {"ids": ids}):
        reactions.setdefault(post_id, {}).setdefault(kind, []).append(name)
        if user_id == uid:
            mine.add((post_id, kind))
    shown = [*posts, accepted] if accepted is not None and accepted not in posts else list(posts)
    allowed = post_actions(user, topic, shown)
    topic_allowed = frozenset(a for a in TOPIC_ACTIONS if can(user, a, topic))
    files = attachments.for_posts([p.id for p in shown]) if topic.has_files else {}
    tags = topic.tag_names
    return TopicPage(
        list(posts), reactions, mine, accepted, page, pages, allowed, topic_allowed, files, tags
    )
