"""pandas API: the reporting views as DataFrames, with the same filters as the command line.

    >>> import eventdb
    >>> db = eventdb.connect()                      # EVENTDB_DATABASE_URL, or the embedded server
    >>> eventdb.read_events(db, actor="KRLD", since="2025-06")
    >>> eventdb.read_quantities(db, counted="worker")

Names go through the aliases ("Korea Północna", "KRLD", "Korei Północnej" all mean North Korea);
the queries are those of ``eventdb.reports``, so a filter means the same here and in ``eventdb events``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from eventdb import reports
from eventdb.api import Database, open_database, run_query

DateLike = str | dt.date | None
Many = str | Sequence[str] | None
Ids = int | Sequence[int] | None


def connect(url: str | None = None, home: str | Path | None = None) -> Database:
    """A database to read from: ``url`` (a PostgreSQL URL), else EVENTDB_DATABASE_URL, else the embedded server."""
    return open_database(url, home)


def read_events(
    db: Database, *, type: Many = None, actor: str | None = None, partner: str | None = None,
    facility: str | None = None, location: str | None = None, status: Many = None, cited: str | None = None,
    since: DateLike = None, until: DateLike = None, source: Ids = None, limit: int | None = None,
) -> pd.DataFrame:
    """``v_events``: one row per event; filters as ``eventdb events`` (they combine with AND)."""
    return reports.events(db, type=type, actor=actor, partner=partner, facility=facility, location=location,
                          status=status, cited=cited, since=since, until=until, source=source, limit=limit)


def read_quantities(
    db: Database, *, counted: str | None = None, unit: str | None = None, actor: str | None = None,
    type: Many = None, source: Ids = None, limit: int | None = None,
) -> pd.DataFrame:
    """``v_quantities``: numbers stated in the sources, with the sentence they stand in."""
    return reports.quantities(db, counted=counted, unit=unit, actor=actor, type=type, source=source, limit=limit)


def read_actors(
    db: Database, *, kind: Many = None, candidates: bool = False, everything: bool = False, limit: int | None = None,
) -> pd.DataFrame:
    """``v_actors``: actors seen in the sources (all known ones with ``everything=True``)."""
    return reports.actors(db, kind=kind, candidates=candidates, everything=everything, limit=limit)


def read_facilities(db: Database, *, kind: Many = None, candidates: bool = False, everything: bool = False,
                    limit: int | None = None) -> pd.DataFrame:
    """``v_facilities``: plants, economic zones, bases seen in the sources (only the candidate ones, sites found
    in text that the gazetteer lacks, with ``candidates=True``)."""
    return reports.facilities(db, kind=kind, candidates=candidates, everything=everything, limit=limit)


def read_locations(db: Database, *, kind: Many = None, everything: bool = False,
                   limit: int | None = None) -> pd.DataFrame:
    """``v_locations``: countries, regions, cities seen in the sources."""
    return reports.locations(db, kind=kind, everything=everything, limit=limit)


def read_claims(db: Database, *, cited: str | None = None, type: Many = None, source: Ids = None,
                limit: int | None = None) -> pd.DataFrame:
    """``v_claims``: which cited source stands behind which event."""
    return reports.claims(db, cited=cited, type=type, source=source, limit=limit)


def read_timeline(db: Database, *, by: str = "month", type: Many = None, since: DateLike = None,
                  until: DateLike = None) -> pd.DataFrame:
    """Events per period and type (``v_timeline``), ``by`` month or year; ``period`` is "YYYY-MM" or "YYYY"."""
    return reports.timeline(db, by=by, type=type, since=since, until=until)


def read_summary(db: Database) -> dict[str, pd.DataFrame]:
    """The parts of ``eventdb summary``, each a DataFrame."""
    return reports.summary(db)


def read_query(db: Database, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Ad-hoc SQL over the views, read only, with the statement timeout (``%(name)s`` parameters)."""
    return run_query(db, sql, params)
