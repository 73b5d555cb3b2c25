"""The library blueprint; its views are split by topic."""

from app.library.blueprint import bp
from app.library.routes import admin, browse, review, write

__all__ = ["admin", "bp", "browse", "review", "write"]
