"""The network blueprint; its views are split by topic."""

from app.network.blueprint import bp
from app.network.routes import directory

__all__ = ["bp", "directory"]
