"""Where topics and posts live: paths and pages (posts are paged by their number)."""

from app.core.security import site_path

PER_PAGE = 20


def page_of(number: int) -> int:
    return max((number - 1) // PER_PAGE + 1, 1)


def topic_url(topic_id: int, number: int | None = None) -> str:
    """The path of a topic, or of one post in it (on its page, with its anchor)."""
    if number is None:
        return site_path("forums.topic", topic_id=topic_id)
    page = page_of(number)
    values = {"topic_id": topic_id} | ({"page": page} if page > 1 else {})
    return f"{site_path('forums.topic', **values)}#post-{number}"
