"""The API blueprint; its endpoints are split by topic."""

from app.api import errors
from app.api.blueprint import bp
from app.api.routes import forums, portfolio, practices, search

__all__ = ["bp", "errors", "forums", "portfolio", "practices", "search"]
