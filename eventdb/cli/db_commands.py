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


@db.command()
@pass_ctx
@user_errors
def check(obj: Context) -> None:
    """Check the stored facts for consistency (spans, links, numbering); exit 1 on any problem.

    \b
    Example:
        eventdb db check
    """
    import sys

    from eventdb import checks

    results = checks.run_checks(obj.db().engine)
    bad = checks.problems(results)
    for result in bad:
        click.echo(result.line)
    if bad:
        click.echo(f"{len(bad)} of {len(results)} checks failed", err=True)
        sys.exit(1)
    click.echo(f"ok: {len(results)} checks passed")


@db.command("grant-reader")
@click.argument("role")
@pass_ctx
@user_errors
def grant_reader(obj: Context, role: str) -> None:
    """Let an existing PostgreSQL ROLE read the reporting views only (never the article text).

    SELECT on v_events, v_quantities, v_actors, v_facilities, v_locations, v_claims and v_timeline;
    nothing on the tables or on v_sources.

    \b
    Example:
        psql -c "create role analyst login password '...'"
        eventdb db grant-reader analyst
    """
    import sys

    from eventdb import access

    try:
        report = access.grant_reader(obj.db().engine, role)
    except access.AccessError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"granted {role}: usage on schema {report.schema}, select on {', '.join(report.views)}")
    if report.readable_tables:
        click.echo(
            f"warning: {role} can still read {', '.join(report.readable_tables)} through PUBLIC or another role;"
            " revoke that there",
            err=True,
        )
        sys.exit(1)
