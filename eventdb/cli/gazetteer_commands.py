"""``eventdb gazetteer ...``: extend the shipped reference data with your own YAML files."""

from __future__ import annotations

import click
import pandas as pd

from eventdb import api
from eventdb.cli import Context, cli, pass_ctx, user_errors
from eventdb.cli.output import echo_rows, output_options


@cli.group()
def gazetteer() -> None:
    """Your own actors, facilities and locations (same YAML format as the shipped files)."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@pass_ctx
@user_errors
def import_(obj: Context, file: str) -> None:
    """Check FILE and add it to the database's gazetteer; run `eventdb reextract` to apply it.

    \b
    Example:
        eventdb gazetteer import my_actors.yaml && eventdb reextract
    """
    result = api.import_gazetteer(obj.db(), file)
    click.echo(f"imported {result['file']}: {result['entries']} entries in the gazetteer "
               f"({result['new_entries']:+d} against the shipped data); run `eventdb reextract` to apply it")


@gazetteer.command("list")
@output_options
@pass_ctx
@user_errors
def list_(obj: Context, fmt: str) -> None:
    """List the gazetteer files imported into this database.

    \b
    Example:
        eventdb gazetteer list
    """
    files = api.user_gazetteer_files(obj.db())
    echo_rows(pd.DataFrame([(n, len(t.splitlines())) for n, t in files], columns=["file", "lines"]), fmt)


@gazetteer.command("remove")
@click.argument("name")
@pass_ctx
@user_errors
def remove(obj: Context, name: str) -> None:
    """Forget an imported gazetteer file by NAME (its entities stay until `eventdb reextract`).

    \b
    Example:
        eventdb gazetteer remove my_actors.yaml
    """
    if not api.remove_gazetteer(obj.db(), name):
        raise click.ClickException(f"no imported gazetteer file {name!r} (see `eventdb gazetteer list`)")
    click.echo(f"removed {name}")
