"""Site search on Whoosh: the database is the source of truth, an outbox feeds the index."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the search commands, jobs and after-commit applier (filled in by the search work)."""
