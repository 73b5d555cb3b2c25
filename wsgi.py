"""The entry point for gunicorn and `flask run`: app = create_app()."""

from app import create_app

app = create_app()
