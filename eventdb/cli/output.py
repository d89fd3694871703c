"""One output layer for every command that prints rows: table, csv, json, jsonl."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import math
from collections.abc import Callable
from typing import Any

import click
import pandas as pd

FORMATS = ("table", "csv", "json", "jsonl")


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--format`` to a command."""

    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                  help="Output format: a table for reading, csv/json/jsonl for other tools.")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    return wrapper


def jsonable(value: Any) -> Any:
    """Plain JSON values: dates as ISO strings, decimals as numbers, arrays as lists."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return jsonable(value.item())
    if value is pd.NaT:
        return None
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = list(df.columns)
    return [{c: jsonable(v) for c, v in zip(cols, row, strict=True)} for row in df.itertuples(index=False, name=None)]


def render(df: pd.DataFrame, fmt: str, *, max_width: int = 60) -> str:
    """Text of ``df`` in ``fmt``."""
    if fmt == "json":
        return json.dumps(records(df), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in records(df))
    if fmt == "csv":
        out = df.copy()
        for c in out.columns:
            out[c] = [_cell_csv(v) for v in out[c]]
        return out.to_csv(index=False).rstrip("\n")
    return table(df, max_width=max_width)


def _cell_csv(v: Any) -> Any:
    v = jsonable(v)
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return v


def _cell_text(v: Any, width: int) -> str:
    v = jsonable(v)
    if v is None:
        s = ""
    elif isinstance(v, list):
        s = ", ".join(str(x) for x in v)
    elif isinstance(v, float):
        s = f"{v:g}"
    else:
        s = str(v)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def table(df: pd.DataFrame, *, max_width: int = 60) -> str:
    if df.empty:
        return "(no rows)"
    cols = [str(c) for c in df.columns]
    cells = [[_cell_text(v, max_width) for v in row] for row in df.itertuples(index=False, name=None)]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    numeric = [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c]) for c in df.columns]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    return "\n".join([line(cols), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def echo_rows(df: pd.DataFrame, fmt: str) -> None:
    text = render(df, fmt)
    if text:
        click.echo(text)
