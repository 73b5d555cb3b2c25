"""flask users ...: account administration from the command line."""

import click
from flask import Flask

from app.accounts import services
from app.extensions import db


def init_app(app: Flask) -> None:
    @app.cli.group("users")
    def users_cli() -> None:
        """Manage accounts."""

    @users_cli.command("create-admin")
    @click.argument("email")
    @click.option("--name", default="Administrator", help="Full name.")
    @click.password_option(help="Password (asked when not given).")
    def create_admin(email: str, name: str, password: str) -> None:
        """Create an admin account, or make an existing account admin."""
        user = services.create_admin(email, name, password)
        db.session.commit()
        click.echo(f"{user.email} is an admin.")
