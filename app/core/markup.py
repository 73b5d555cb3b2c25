"""The one way user text becomes HTML: Markdown, then the nh3 allow-list."""

import markdown
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "details", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre",
    "s", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["fenced_code", "tables", "sane_lists", "nl2br"]


def render_markdown(text: str | None) -> Markup:
    """Markdown to HTML, then only allow-listed tags, attributes and URL schemes remain."""
    if not text:
        return Markup("")
    html = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    )
    return Markup(clean)  # noqa: S704 - sanitised by nh3 just above


def plain_text(text: str | None, limit: int = 200) -> str:
    """A short plain-text excerpt of Markdown (for notifications and lists)."""
    if not text:
        return ""
    words = nh3.clean(render_markdown(text), tags=set()).split()
    excerpt = " ".join(words)
    return excerpt if len(excerpt) <= limit else excerpt[: limit - 1].rstrip() + "…"
