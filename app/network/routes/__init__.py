"""The network blueprint; its views are split by topic."""

from app.network.blueprint import bp
from app.network.routes import directory, plans, showcase

__all__ = ["bp", "directory", "plans", "showcase"]
