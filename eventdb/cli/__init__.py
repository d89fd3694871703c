"""The ``eventdb`` command: thin wrappers over ``eventdb.api``."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import click
import pandas as pd

from eventdb import api
from eventdb.cli.output import echo_rows, output_options
from eventdb.config import mask_url


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's domain errors into one-line click errors (exit 1), never tracebacks."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from eventdb.db import DatabaseError, server_message
        from eventdb.migrate import SchemaError

        known: tuple[type[BaseException], ...] = (DatabaseError, SchemaError, api.QueryError, ValueError, OSError)
        try:
            from eventdb.extract.gazetteer import GazetteerError
            from eventdb.store import StoreError

            known = (*known, GazetteerError, StoreError)
        except ImportError:
            pass
        try:
            return fn(*args, **kwargs)
        except known as exc:
            raise click.ClickException(mask_url(" ".join(str(exc).split()))) from None
        except Exception as exc:  # a database error we did not expect: still one line, no secrets
            import sqlalchemy as sa

            if isinstance(exc, sa.exc.DBAPIError):
                raise click.ClickException("database error: " + server_message(exc)) from None
            raise

    return wrapper


class Context:
    def __init__(self, database_url: str | None, home: str | None) -> None:
        self.database_url = database_url
        self.home = home
        self._db: api.Database | None = None

    def db(self, check_schema: bool = True) -> api.Database:
        if self._db is None:
            self._db = api.open_database(self.database_url, self.home, check_schema=check_schema)
        return self._db

    def settings(self) -> Any:
        from eventdb.config import settings

        return settings(self.database_url, self.home)


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--database-url", envvar="EVENTDB_DATABASE_URL", metavar="URL",
              help="PostgreSQL URL (env EVENTDB_DATABASE_URL); unset: the embedded server.")
@click.option("--home", envvar="EVENTDB_HOME", metavar="DIR", help="Data directory of the embedded server.")
@click.version_option(package_name="eventdb")
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, home: str | None) -> None:
    """Turn news articles into a PostgreSQL event database.

    \b
    Example:
        eventdb load seeds/ && eventdb summary
    """
    ctx.obj = Context(database_url, home)

    @ctx.call_on_close
    def _close() -> None:
        if ctx.obj._db is not None:
            ctx.obj._db.dispose()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the files, e.g. cp1250.")
@click.option("--max-bytes", type=int, default=None, help="Largest file accepted (env EVENTDB_MAX_BYTES; default 5 MB).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes that extract and store (default: the number of cores; 1 for small loads).")
@pass_ctx
@user_errors
def load(obj: Context, paths: tuple[str, ...], encoding: str, max_bytes: int | None, jobs: int | None) -> None:
    """Load articles: files, folders (recursive) or - for stdin.

    \b
    Example:
        eventdb load seeds/ news/2025-11/ extra.jsonl
    """
    db = obj.db()
    from eventdb.documents import iter_paths

    files = list(iter_paths(list(paths)))
    if jobs is None:
        jobs = _default_jobs(files)
    show_bar = len(files) > 3 and sys.stderr.isatty()
    bar: Any = click.progressbar(length=len(files), label="loading", file=sys.stderr) if show_bar else None
    seen: set[str] = set()

    def progress(path: str) -> None:
        if bar is not None and path not in seen:
            seen.add(path)
            bar.update(1)

    try:
        report = api.load_paths(db, [str(f) for f in files], encoding=encoding, max_bytes=max_bytes,
                                jobs=jobs, progress=progress)
    finally:
        if bar is not None:
            bar.render_finish()
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    click.echo(report.line)
    if report.failed:
        sys.exit(1)


def _default_jobs(files: list[Any]) -> int:
    """All cores for a big load; one process when forking workers would cost more than it saves."""
    import os
    from pathlib import Path

    total = 0
    for f in files:
        try:
            total += Path(f).stat().st_size if str(f) != "-" else 0
        except OSError:
            continue
    return (os.cpu_count() or 1) if total > 256_000 else 1


@cli.command()
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@output_options
@pass_ctx
@user_errors
def sources(obj: Context, limit: int | None, fmt: str) -> None:
    """List loaded articles.

    \b
    Example:
        eventdb sources --format csv
    """
    echo_rows(api.list_sources(obj.db(), limit), fmt)


@cli.command()
@output_options
@pass_ctx
@user_errors
def summary(obj: Context, fmt: str) -> None:
    """What is loaded: row counts, events by type, quantities.

    \b
    Example:
        eventdb summary --format json
    """
    from eventdb import reports

    parts = reports.summary(obj.db())
    if fmt == "table":
        click.echo(reports.render_summary(parts))
    elif fmt == "json":
        import json

        from eventdb.cli.output import records

        click.echo(json.dumps({k: records(v) for k, v in parts.items()}, ensure_ascii=False, indent=2))
    else:
        frames = []
        for name, df in parts.items():
            frames.append(df.assign(part=name))
        echo_rows(pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(), fmt)


@cli.command()
@click.argument("sql")
@output_options
@pass_ctx
@user_errors
def query(obj: Context, sql: str, fmt: str) -> None:
    """Run ad-hoc SQL (read only, with a statement timeout).

    \b
    Example:
        eventdb query "select event_type, count(*) from v_events group by 1"
    """
    echo_rows(api.run_query(obj.db(), sql), fmt)


@cli.command()
@click.option("--outdated", is_flag=True, help="Only sources extracted by an older extractor version.")
@pass_ctx
@user_errors
def reextract(obj: Context, outdated: bool) -> None:
    """Redo extraction of stored sources (after rules or reference data changed).

    \b
    Example:
        eventdb reextract --outdated
    """
    result = api.reextract(obj.db(), outdated_only=outdated)
    click.echo(f"reextracted {result['reextracted']} of {result['sources']} sources")


import eventdb.cli.gazetteer_commands  # noqa: E402,F401  (registers `eventdb gazetteer ...`)
import eventdb.cli.report_commands  # noqa: E402,F401  (registers listings, show, export, report)
from eventdb.cli import db_commands  # noqa: E402,F401  (registers `eventdb db ...`)


def main() -> None:
    cli(prog_name="eventdb")
