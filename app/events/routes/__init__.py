"""The events blueprint; its views are split by topic."""

from app.events.blueprint import bp
from app.events.routes import calendar, manage, room

__all__ = ["bp", "calendar", "manage", "room"]
