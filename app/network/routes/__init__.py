"""The network blueprint; its views are split by topic."""

from app.network.blueprint import bp
from app.network.routes import dashboard, directory, plans, showcase

__all__ = ["bp", "dashboard", "directory", "plans", "showcase"]
