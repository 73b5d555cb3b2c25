"""flask search sync | rebuild | status: this host's index, from the command line.

Messages are in English, as in the other commands: they run outside any request
and so outside the translated interface.
"""

import click
from flask import Flask

from app.extensions import db
from app.search import maintenance
from app.search.maintenance import CLI_WRITER_TIMEOUT, NotAnIndex, RebuildRunning
from app.search.outbox import apply_all


def sync_command() -> None:
    """Apply the outbox to this host's index (rebuilding it first when it is missing)."""
    try:
        result = maintenance.sync()
    except (RebuildRunning, NotAnIndex) as error:
        raise click.ClickException(_problem(error)) from error
    db.session.commit()  # the pruning
    if result.rebuilt is not None:
        click.echo(f"The index was missing or unusable and was rebuilt: {_counts(result.rebuilt)}.")
    if result.applied is None:
        raise click.ClickException(
            "The index stayed locked by another writer; the changes wait in the outbox. "
            "Run the command again."
        )
    click.echo(f"Applied {result.applied} change(s); pruned {result.pruned} old outbox row(s).")


def rebuild_command() -> None:
    """Recreate this host's index from the database, then apply changes made meanwhile."""
    plan = maintenance.plan_rebuild()
    try:
        with click.progressbar(length=plan.total, label="Indexing", show_eta=True,
                               show_pos=True) as bar:  # fmt: skip
            counts = maintenance.rebuild(plan, advance=bar.update)
    except (RebuildRunning, NotAnIndex) as error:
        raise click.ClickException(_problem(error)) from error
    applied = apply_all(CLI_WRITER_TIMEOUT)
    click.echo(f"Rebuilt: {_counts(counts)}.")
    if applied:
        click.echo(f"Applied {applied} change(s) made during the rebuild.")


def status_command() -> None:
    """Compare documents in the database and in this host's index, and the outbox position."""
    report = maintenance.status()
    click.echo(f"Index folder: {report.folder}")
    if not report.ready:
        click.echo("The index is missing or unusable: run `flask search sync`.")
    width = max([len(t.doc_type) for t in report.types] + [8])
    click.echo(f"{'type':<{width}}  {'database':>9}  {'index':>9}")
    for row in report.types:
        in_database = "-" if row.in_database is None else str(row.in_database)
        note = "" if row.in_database == row.in_index else "  <- differs"
        click.echo(f"{row.doc_type:<{width}}  {in_database:>9}  {row.in_index:>9}{note}")
    click.echo(f"Outbox: last applied id {report.last_applied}, newest id {report.newest}")
    if report.waiting:
        click.echo(f"{report.waiting} change(s) not applied yet: run `flask search sync`.")
    if report.gaps:
        click.echo(f"{report.gaps} outbox id(s) missing, watched in case they commit late.")
    if report.ahead:
        click.echo("The index is ahead of this database's outbox: run `flask search sync`.")
    elif report.last_applied and report.oldest > report.last_applied + 1:
        click.echo("The outbox was pruned past this index: run `flask search rebuild`.")
    if report.up_to_date:
        click.echo("The index is up to date.")
    else:
        click.echo("The index differs from the database.")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {doc_type}" for doc_type, count in counts.items()) or "nothing"


def _problem(error: Exception) -> str:
    if isinstance(error, RebuildRunning):
        return "Another rebuild of this index is running; try again when it has finished."
    return str(error)


def init_app(app: Flask) -> None:
    @app.cli.group("search")
    def search_cli() -> None:
        """The site search index of this host."""

    search_cli.command("sync")(sync_command)
    search_cli.command("rebuild")(rebuild_command)
    search_cli.command("status")(status_command)
