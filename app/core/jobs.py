"""Periodic work run by `flask jobs run` (from cron, or `make run`, every minute).

Every job must be safe when several hosts start it at the same moment: jobs
claim their work with `claim()` or with conditional updates, so nothing is
done twice.
"""

import logging
from collections.abc import Callable

import click
from flask import Flask
from sqlalchemy import String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import TimestampMixin
from app.extensions import db

log = logging.getLogger(__name__)
PERIODIC: dict[str, Callable[[], int]] = {}


class JobClaim(TimestampMixin, db.Model):
    """A unit of periodic work that one host has taken (unique key)."""

    __tablename__ = "job_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)


def claim(key: str) -> bool:
    """Take the unit of work named key; False if another run already took it."""
    try:
        with db.session.begin_nested():
            db.session.add(JobClaim(key=key))
    except IntegrityError:
        return False
    return True


def release(key: str) -> None:
    """Give a claimed unit back (when its work failed) so a later run retries it."""
    db.session.execute(db.delete(JobClaim).where(JobClaim.key == key))


def register(name: str, job: Callable[[], int]) -> None:
    """Add a periodic job; it returns how many things it did."""
    PERIODIC[name] = job


def run_all() -> dict[str, int | str]:
    """Run every registered job once, each in its own transaction."""
    results: dict[str, int | str] = {}
    for name, job in PERIODIC.items():
        try:
            results[name] = job()
            db.session.commit()
        except Exception as error:  # one failing job must not stop the others
            db.session.rollback()
            log.exception("periodic job %s failed", name)
            results[name] = f"failed: {error}"
    return results


def init_app(app: Flask) -> None:
    @app.cli.group("jobs")
    def jobs_cli() -> None:
        """Periodic work."""

    @jobs_cli.command("run")
    def run_command() -> None:
        """Run all periodic jobs once (safe from cron on several hosts)."""
        for name, result in run_all().items():
            click.echo(f"{name}: {result}")
