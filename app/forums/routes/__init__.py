"""The forums blueprint; its views are split by topic."""

from app.forums.blueprint import bp
from app.forums.routes import admin, browse, feeds, moderate, write

__all__ = ["bp", "admin", "browse", "feeds", "moderate", "write"]
