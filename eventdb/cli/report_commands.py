"""Reading commands: listings with filters, ``show``, ``export`` and the HTML ``report``.

Thin wrappers: the queries live in ``eventdb.reports`` (shared with the pandas API), the
files in ``eventdb.export`` and ``eventdb.html_report``.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click
import pandas as pd

from eventdb import reports
from eventdb.cli import Context, cli, pass_ctx, user_errors
from eventdb.cli.output import render, table
from eventdb.reports import PERIODS, STATUSES

#: columns shown by ``--format table`` (csv/json/jsonl always carry every column of the view);
#: events are shown two lines each (``reports.event_lines``)
TABLE_COLUMNS = {
    "actors": ["name", "kind", "country", "mentions", "events", "last_seen", "aliases"],
    "facilities": ["facility_id", "name", "kind", "location", "country", "mentions", "events", "aliases"],
    "locations": ["location_id", "name", "kind", "country", "mentions", "events", "aliases"],
    "quantities": ["quantity_id", "event_type", "amount", "unit", "qualifier", "counted", "actor", "text"],
    "claims": ["cited_source", "event_id", "event_type", "cue", "source_id", "published_on"],
    "timeline": ["period", "event_type", "events"],
}


def terminal_width() -> int:
    """Columns to fill: the terminal's when writing to one, 100 otherwise."""
    if sys.stdout.isatty():
        return max(60, shutil.get_terminal_size((100, 24)).columns)
    return 100


def use_colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


#: rows a table shows unless ``--limit`` says otherwise (csv/json/jsonl give every row)
TABLE_ROWS = 100


def show_rows(df: pd.DataFrame, fmt: str, command: str) -> None:
    """Print a listing: a table that fits the terminal, or every column in csv/json/jsonl."""
    more = click.get_current_context().meta.get("eventdb.more_rows_possible") and len(df) > TABLE_ROWS
    if more:
        df = df.head(TABLE_ROWS)
    if fmt != "table":
        text = render(df, fmt)
    else:
        if command == "events" and not df.empty:
            text = reports.event_lines(df, terminal_width())
        else:
            if command == "quantities" and not df.empty:
                df = df.assign(amount=[reports.amount_text(v, lo, hi)
                                       for v, lo, hi in zip(df["value"], df["low"], df["high"], strict=True)])
            shown = df[[c for c in TABLE_COLUMNS.get(command, list(df.columns)) if c in df.columns]] if len(df.columns) else df
            own_id = {"quantities": "quantity_id", "facilities": "facility_id", "locations": "location_id"}.get(command)
            text = reports.fit_table(shown.rename(columns={own_id: "id"}) if own_id else shown, terminal_width(), table)
    if text:
        click.echo(text)
    if more:
        click.echo(f"(the first {TABLE_ROWS} rows; --limit N shows N, --limit 0 all, --format csv every row)")


def listing_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--format`` and ``--limit`` for every listing.

    A table stops at ``TABLE_ROWS`` rows unless ``--limit`` is given (0 = no limit): a million
    events printed to a terminal help nobody, and the first page of an indexed listing comes
    back in milliseconds.  csv/json/jsonl are for tools and give every row by default.
    """

    @functools.wraps(fn)
    def run(*args: Any, limit: int | None, fmt: str, **kwargs: Any) -> Any:
        if limit == 0:
            limit = None
        elif limit is None and fmt == "table":
            click.get_current_context().meta["eventdb.more_rows_possible"] = True
            limit = TABLE_ROWS + 1  # one more, to know whether to say so
        return fn(*args, limit=limit, fmt=fmt, **kwargs)

    wrapped = click.option("--limit", type=click.IntRange(min=0), default=None,
                           help=f"At most this many rows (0: all; a table shows {TABLE_ROWS} unless told).")(run)
    return click.option("--format", "fmt", type=click.Choice(("table", "csv", "json", "jsonl")), default="table",
                        show_default=True, help="A table for reading, csv/json/jsonl (every column) for tools.")(wrapped)


TYPE_HELP = "Event type code or label (repeatable)."


@cli.command()
@click.option("--type", "event_type", multiple=True, help=TYPE_HELP)
@click.option("--actor", metavar="NAME", help="Actor in any role; any alias or inflected form works.")
@click.option("--partner", metavar="NAME", help="Actor as partner, recipient or target.")
@click.option("--facility", metavar="NAME", help="Facility where it happened.")
@click.option("--location", metavar="NAME", help="Location where it happened (places inside it count too).")
@click.option("--status", type=click.Choice(STATUSES, case_sensitive=False), multiple=True, help="Status (repeatable).")
@click.option("--cited", metavar="NAME", help="Actor cited as the source of the report.")
@click.option("--since", metavar="DATE", help="Events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Events on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--source", type=int, multiple=True, metavar="ID", help="Only from this source (repeatable).")
@listing_options
@pass_ctx
@user_errors
def events(obj: Context, event_type: tuple[str, ...], actor: str | None, partner: str | None, facility: str | None,
           location: str | None, status: tuple[str, ...], cited: str | None, since: str | None, until: str | None,
           source: tuple[int, ...], limit: int | None, fmt: str) -> None:
    """List events (view v_events); filters combine.

    \b
    Example:
        eventdb events --actor KRLD --type arms_transfer --since 2025-06
        eventdb events --cited HUR --format csv > claimed.csv
    """
    df = reports.events(obj.db(), type=event_type, actor=actor, partner=partner, facility=facility, location=location,
                        status=status, cited=cited, since=since, until=until, source=source, limit=limit)
    show_rows(df, fmt, "events")


@cli.command()
@click.option("--kind", multiple=True, help="Actor kind: country, agency, military, company, ... (repeatable).")
@click.option("--candidates", is_flag=True, help="Only candidates: names found in text, not in the gazetteer.")
@click.option("--all", "everything", is_flag=True, help="Also actors never seen in a loaded source.")
@listing_options
@pass_ctx
@user_errors
def actors(obj: Context, kind: tuple[str, ...], candidates: bool, everything: bool, limit: int | None,
           fmt: str) -> None:
    """List actors with their aliases, mentions and events (view v_actors).

    \b
    Example:
        eventdb actors --kind agency
        eventdb actors --candidates --format json
    """
    show_rows(reports.actors(obj.db(), kind=kind, candidates=candidates, everything=everything, limit=limit), fmt,
              "actors")


@cli.command()
@click.option("--kind", multiple=True, help="Facility kind (repeatable).")
@click.option("--candidates", is_flag=True, help="Only candidates: sites found in text, not in the gazetteer.")
@click.option("--all", "everything", is_flag=True, help="Also facilities never seen in a loaded source.")
@listing_options
@pass_ctx
@user_errors
def facilities(obj: Context, kind: tuple[str, ...], candidates: bool, everything: bool, limit: int | None,
               fmt: str) -> None:
    """List facilities: plants, economic zones, bases (view v_facilities).

    \b
    Example:
        eventdb facilities --format csv
        eventdb facilities --candidates
    """
    show_rows(reports.facilities(obj.db(), kind=kind, candidates=candidates, everything=everything, limit=limit),
              fmt, "facilities")


@cli.command()
@click.option("--kind", multiple=True, help="Location kind: country, region, city, ... (repeatable).")
@click.option("--all", "everything", is_flag=True, help="Also locations never seen in a loaded source.")
@listing_options
@pass_ctx
@user_errors
def locations(obj: Context, kind: tuple[str, ...], everything: bool, limit: int | None, fmt: str) -> None:
    """List locations (view v_locations).

    \b
    Example:
        eventdb locations --kind region
    """
    show_rows(reports.locations(obj.db(), kind=kind, everything=everything, limit=limit), fmt, "locations")


@cli.command()
@click.option("--counted", metavar="WORD", help="Counted object in English, singular or plural: worker, soldiers;"
              " also the names it heads (missile: ballistic missile).")
@click.option("--unit", help="Unit: person, item, percent, pp (percentage points), USD, USD/hour, day, ...")
@click.option("--actor", metavar="NAME", help="Whose people or things are counted; any alias works.")
@click.option("--type", "event_type", multiple=True, help=TYPE_HELP)
@click.option("--source", type=int, multiple=True, metavar="ID", help="Only from this source (repeatable).")
@listing_options
@pass_ctx
@user_errors
def quantities(obj: Context, counted: str | None, unit: str | None, actor: str | None, event_type: tuple[str, ...],
               source: tuple[int, ...], limit: int | None, fmt: str) -> None:
    """List numbers stated in the sources, with their sentence (view v_quantities).

    \b
    Example:
        eventdb quantities --counted worker --actor "Korea Północna"
    """
    df = reports.quantities(obj.db(), counted=counted, unit=unit, actor=actor, type=event_type, source=source,
                            limit=limit)
    show_rows(df, fmt, "quantities")


@cli.command()
@click.option("--cited", metavar="NAME", help="The cited source (an actor; any alias works).")
@click.option("--type", "event_type", multiple=True, help=TYPE_HELP)
@click.option("--source", type=int, multiple=True, metavar="ID", help="Only from this source (repeatable).")
@listing_options
@pass_ctx
@user_errors
def claims(obj: Context, cited: str | None, event_type: tuple[str, ...], source: tuple[int, ...], limit: int | None,
           fmt: str) -> None:
    """List who is cited for which event (view v_claims).

    \b
    Example:
        eventdb claims --cited HUR
    """
    show_rows(reports.claims(obj.db(), cited=cited, type=event_type, source=source, limit=limit), fmt, "claims")


@cli.command()
@click.option("--by", type=click.Choice(tuple(PERIODS)), default="month", show_default=True, help="Period.")
@click.option("--type", "event_type", multiple=True, help=TYPE_HELP)
@click.option("--since", metavar="DATE", help="From this period on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this period (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "json", "jsonl")), default="table",
              show_default=True, help="A table for reading, csv/json/jsonl for tools.")
@pass_ctx
@user_errors
def timeline(obj: Context, by: str, event_type: tuple[str, ...], since: str | None, until: str | None,
             fmt: str) -> None:
    """Events per month or year and type (view v_timeline).

    \b
    Example:
        eventdb timeline --by year --type troop_deployment
    """
    show_rows(reports.timeline(obj.db(), by=by, type=event_type, since=since, until=until), fmt, "timeline")


# -- show ----------------------------------------------------------------------------------------------

SHOW_FORMAT = click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
                           help="Text for reading (evidence marked »…«, bold on a terminal) or JSON.")


@cli.group()
def show() -> None:
    """Show one event, source or actor in full, with its evidence."""


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _marker() -> reports.Marker:
    return reports.ansi_marker if use_colour() else reports.plain_marker


@show.command("event")
@click.argument("event_id", type=int)
@SHOW_FORMAT
@pass_ctx
@user_errors
def show_event(obj: Context, event_id: int, fmt: str) -> None:
    """An event: its sentence with the evidence marked, roles, quantities, attribution chain, dates.

    \b
    Example:
        eventdb show event 12
    """
    detail = reports.event_detail(obj.db(), event_id)
    if fmt == "json":
        _echo_json(detail)
    else:
        click.echo(reports.render_event(detail, _marker()))


@show.command("source")
@click.argument("source_id", type=int)
@SHOW_FORMAT
@pass_ctx
@user_errors
def show_source(obj: Context, source_id: int, fmt: str) -> None:
    """A source: its text with every fact marked inline and numbered, then the list of facts.

    \b
    Example:
        eventdb show source 1 | less -R
    """
    detail = reports.source_detail(obj.db(), source_id)
    if fmt == "json":
        _echo_json(detail)
    else:
        click.echo(reports.render_source(detail, _marker()))


@show.command("actor")
@click.argument("name", nargs=-1, required=True)
@SHOW_FORMAT
@pass_ctx
@user_errors
def show_actor(obj: Context, name: Sequence[str], fmt: str) -> None:
    """An actor: aliases, events by type and role, first and last seen (any alias or form of the name).

    \b
    Example:
        eventdb show actor "Korei Północnej"
    """
    details = reports.actor_detail(obj.db(), " ".join(name))
    if fmt == "json":
        _echo_json(details)
    else:
        click.echo(reports.render_actor(details))


# -- files ---------------------------------------------------------------------------------------------


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(("csv", "json", "parquet", "plover")), required=True,
              help="csv/parquet: one file per view in the folder PATH; json: one document; plover: one record per event.")
@click.option("--out", "out", required=True, type=click.Path(), metavar="PATH", help="Folder (csv, parquet) or file.")
@pass_ctx
@user_errors
def export_command(obj: Context, fmt: str, out: str) -> None:
    """Export the reporting views (or PLOVER event records) to files.

    \b
    Example:
        eventdb export --format csv --out export/
        eventdb export --format plover --out events.jsonl
    """
    from eventdb import export

    written = export.export(obj.db(), fmt, out)
    for path, rows in written:
        click.echo(f"{path}  {rows} rows")


@cli.command()
@click.option("--out", "out", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--title", default="eventdb report", show_default=True, help="Title of the report.")
@pass_ctx
@user_errors
def report(obj: Context, out: str, title: str) -> None:
    """Write one self-contained HTML report: summary, timeline chart, actors, quantities, cited sources.

    \b
    Example:
        eventdb report --out report.html
    """
    from eventdb import html_report

    path = html_report.write_report(obj.db(), out, title=title)
    click.echo(f"wrote {path}")
