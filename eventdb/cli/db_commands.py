"""``eventdb db ...``: where the data is, schema revisions, the embedded server."""

from __future__ import annotations

import click

from eventdb import api, migrate
from eventdb.cli import Context, cli, pass_ctx, user_errors


@cli.group()
def db() -> None:
    """The database: status, schema upgrade/downgrade, stop the embedded server."""


@db.command()
@pass_ctx
@user_errors
def status(obj: Context) -> None:
    """Where the data is, whether the server runs, and the schema revision.

    \b
    Example:
        eventdb db status
    """
    info = api.status_rows(obj.settings())
    for key, value in info.items():
        if key == "embedded":
            continue
        click.echo(f"{key.replace('_', ' ')}: {value}")
    state = migrate.schema_state(obj.db(check_schema=False).engine)
    click.echo(f"schema revision: {state.current or 'none'} (head {state.head})")
    if info.get("embedded"):
        click.echo("server: started for this command; it stops when the last eventdb process exits")


@db.command()
@click.argument("revision", default="head")
@pass_ctx
@user_errors
def upgrade(obj: Context, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head).

    \b
    Example:
        eventdb db upgrade
    """
    engine = obj.db(check_schema=False).engine
    migrate.upgrade(engine, revision)
    click.echo(f"schema revision: {migrate.current_revision(engine)}")


@db.command()
@click.argument("revision")
@pass_ctx
@user_errors
def downgrade(obj: Context, revision: str) -> None:
    """Downgrade the schema to REVISION ("base" removes every table).

    \b
    Example:
        eventdb db downgrade 0001
    """
    engine = obj.db(check_schema=False).engine
    migrate.downgrade(engine, revision)
    click.echo(f"schema revision: {migrate.current_revision(engine) or 'none'}")


@db.command()
@pass_ctx
@user_errors
def stop(obj: Context) -> None:
    """Stop the embedded PostgreSQL server now.

    \b
    Example:
        eventdb db stop
    """
    cfg = obj.settings()
    if cfg.database_url:
        raise click.ClickException("eventdb db stop only stops the embedded server; EVENTDB_DATABASE_URL is set")
    from eventdb.db import embedded_server

    stopped = embedded_server(cfg.home).stop()
    click.echo("stopped" if stopped else "not running")
