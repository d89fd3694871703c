"""Queries over the reporting views, shared by the command line, the exports and the pandas API.

Every listing reads a view (``v_events``, ``v_quantities``, ...), never the fact tables, so the
tables may change behind them.  Names given by users ("KRLD", "Korei Północnej") are resolved
to canonical names through the ``aliases`` table first; every value reaches SQL as a bound
parameter.  The few things the views do not carry (article bodies and character offsets, for
``show`` and the PLOVER export) come from the provenance views of migration 0003 (``v_sources``,
``v_event_spans``, ``v_role_spans``, ``v_attribution_spans``, ``v_quantity_spans``, ``v_mentions``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import math
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

from eventdb.api import Database, read_sql
from eventdb.models import COUNTED_HEAD

STATUSES = ("planned", "ongoing", "completed", "reported", "possible", "agreed", "denied", "unknown")
ENTITIES: Mapping[str, tuple[str, str]] = {
    "actor": ("actors", "actor_id"),
    "facility": ("facilities", "facility_id"),
    "location": ("locations", "location_id"),
}
PERIODS: Mapping[str, str] = {"month": "YYYY-MM", "year": "YYYY"}

Many = str | Sequence[str] | None


class UnknownName(ValueError):
    """A name that matches nothing; the message names the closest known ones."""


class NotFound(ValueError):
    """No event or source with that id."""


@dataclass(frozen=True)
class Query:
    """SQL text with its bound parameters (user values never enter the text)."""

    sql: str
    params: Mapping[str, Any]

    def read(self, db: Database) -> pd.DataFrame:
        return read_sql(db, self.sql, dict(self.params))


# -- name resolution -----------------------------------------------------------------------------


def name_keys(text: str) -> tuple[str, ...]:
    """Normalized keys of a user's name, as the ``aliases.key`` column stores them.

    Uses the gazetteer's lemma-based key (so "Korei Północnej" gives "korea północny") when the
    extractor is installed, and the lowercased text in any case.
    """
    plain = " ".join(text.lower().split())
    keys = [plain]
    try:
        from eventdb.extract.gazetteer import alias_key
    except ImportError:
        return tuple(keys)
    for language in ("pl", "en"):
        try:
            key = alias_key(text, language)
        except Exception:  # a broken analyser must not break a query; the plain key still works
            continue
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def resolve(db: Database, entity: str, text: str) -> tuple[str, ...]:
    """Canonical names of the actors/facilities/locations that ``text`` names.

    Order: exact name or alias (case-insensitive), then the normalized key of inflected forms,
    then a unique part of a canonical name.  Raises ``UnknownName`` with the closest names.
    """
    table, fk = ENTITIES[entity]
    text = " ".join(text.split())
    if not text:
        raise UnknownName(f"empty {entity} name")
    joined = f"from {table} e left join aliases al on al.{fk} = e.id"
    exact = _names(db, f"select distinct e.name {joined} where lower(e.name) = lower(:t) or lower(al.alias) = lower(:t)",
                   {"t": text})
    if exact:
        return exact
    by_key = _names(db, f"select distinct e.name {joined} where al.key = any(cast(:keys as text[]))"
                        " or lower(e.name) = any(cast(:keys as text[]))", {"keys": list(name_keys(text))})
    if by_key:
        return by_key
    part = _names(db, f"select name from {table} where name ilike :pattern escape '\\'",
                  {"pattern": "%" + _like_escape(text) + "%"})
    if len(part) == 1:
        return part
    if part:
        raise UnknownName(f"{entity} {text!r} is ambiguous: {', '.join(part[:8])}")
    raise UnknownName(f"unknown {entity} {text!r}{_closest_hint(closest_names(db, entity, text))}")


def actor_ids(db: Database, names: Sequence[str]) -> list[int]:
    """Ids of the actors with these canonical names."""
    rows = read_sql(db, "select actor_id from v_actors where name = any(cast(:names as text[])) order by actor_id",
                    {"names": list(names)})
    return [int(v) for v in rows["actor_id"]]


def closest_names(db: Database, entity: str, text: str, n: int = 5) -> list[str]:
    """Known names and aliases nearest to ``text`` (for "did you mean" hints)."""
    table, fk = ENTITIES[entity]
    rows = read_sql(db, f"select e.name, al.alias from {table} e left join aliases al on al.{fk} = e.id")
    labels: dict[str, str] = {}
    for name, alias in rows.itertuples(index=False, name=None):
        labels.setdefault(name.lower(), name)
        if isinstance(alias, str) and alias.lower() != name.lower():
            labels.setdefault(alias.lower(), f"{alias} ({name})")
    found = difflib.get_close_matches(text.lower(), list(labels), n=n, cutoff=0.6)
    return list(dict.fromkeys(labels[f] for f in found))


def resolve_event_types(db: Database, values: Iterable[str]) -> tuple[str, ...]:
    """Taxonomy codes for codes or labels given by a user (case-insensitive)."""
    known = read_sql(db, "select code, label from event_types")
    by_text = {str(v).lower(): str(code) for code, label in known.itertuples(index=False, name=None)
               for v in (code, label) if v}
    out = []
    for value in values:
        code = by_text.get(" ".join(value.split()).lower()) or by_text.get(value.strip().lower().replace(" ", "_"))
        if code is None:
            hint = difflib.get_close_matches(value.lower(), sorted({str(c) for c in known["code"]}), n=5, cutoff=0.5)
            raise UnknownName(f"unknown event type {value!r}{_closest_hint(hint)}")
        out.append(code)
    return tuple(dict.fromkeys(out))


def _names(db: Database, sql: str, params: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(str(n) for n in read_sql(db, sql, params).iloc[:, 0]))


def _location_with_parts(db: Database, names: Sequence[str]) -> tuple[str, ...]:
    """A location and every location inside it (via ``parent_id``): Tatarstan is in Russia."""
    sql = (
        "with recursive inside(id) as (select id from locations where name = any(cast(:names as text[]))"
        " union select l.id from locations l join inside on l.parent_id = inside.id)"
        " select name from locations where id in (select id from inside)"
    )
    return _names(db, sql, {"names": list(names)})


def _closest_hint(names: Sequence[str]) -> str:
    return f"; closest known: {', '.join(names)}" if names else ""


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- filters ---------------------------------------------------------------------------------------


def many(value: Many) -> tuple[str, ...]:
    """One value, several, or none, as a tuple (the pandas API accepts all three)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(v) for v in value if v is not None and str(v) != "")


def date_bound(value: str | dt.date | None, *, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or, with ``end``, last) day it covers."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not match:
        raise ValueError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise ValueError(f"bad date {text!r}: no such day") from None


def _ids(values: int | Sequence[int] | None, what: str) -> list[int]:
    if values is None:
        return []
    items = [values] if isinstance(values, int | str) else list(values)
    try:
        return [int(v) for v in items]
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be numeric ids, got {items!r}") from None


def _statuses(values: Many) -> list[str]:
    out = [s.lower() for s in many(values)]
    for s in out:
        if s not in STATUSES:
            raise UnknownName(f"unknown status {s!r}; known: {', '.join(STATUSES)}")
    return out


def _select(view: str, conditions: Sequence[tuple[str, Mapping[str, Any]]], order: str,
            limit: int | None = None, columns: str = "*") -> Query:
    where = " and ".join(f"({c})" for c, _ in conditions)
    params: dict[str, Any] = {}
    for _, p in conditions:
        params.update(p)
    sql = f"select {columns} from {view}" + (f" where {where}" if where else "") + f" order by {order}"
    if limit is not None:
        sql += " limit :limit"
        params["limit"] = int(limit)
    return Query(sql, params)


#: the contract columns of v_events, in order
EVENT_COLUMNS = (
    "event_id, source_id, source_title, published_on, event_type, status, occurred_from, occurred_to,"
    " date_precision, location, facility, agents, partners, cited_sources, evidence, confidence"
)


def events_query(
    db: Database, *, type: Many = None, actor: str | None = None, partner: str | None = None,
    facility: str | None = None, location: str | None = None, status: Many = None, cited: str | None = None,
    since: str | dt.date | None = None, until: str | dt.date | None = None,
    source: int | Sequence[int] | None = None, limit: int | None = None,
) -> Query:
    """Rows of ``v_events``; filters combine with AND.

    ``actor`` matches any role (agent or partner), ``partner`` only partners/recipients/targets,
    ``cited`` the attribution chain, ``location`` also the places inside it.  ``since``/``until``
    keep events whose dates (or, without dates, the publication date) overlap the interval.
    """
    conditions: list[tuple[str, Mapping[str, Any]]] = []
    if types := many(type):
        conditions.append(("event_type = any(cast(:types as text[]))",
                           {"types": list(resolve_event_types(db, types))}))
    # Actors filter through the role and attribution rows, not the view's arrays, by id: with the
    # ids as constants the planner knows how common the actor is, and for a common one it walks
    # the date index and stops at the first page instead of collecting every matching event.
    if actor:
        conditions.append(("(source_id, event_id) in (select r.source_id, r.event_id from v_role_spans r"
                           " where r.actor_id = any(cast(:actors as bigint[])))",
                           {"actors": actor_ids(db, resolve(db, "actor", actor))}))
    if partner:
        conditions.append(("(source_id, event_id) in (select r.source_id, r.event_id from v_role_spans r"
                           " where r.actor_id = any(cast(:partners as bigint[]))"
                           " and r.role in ('partner', 'recipient', 'target'))",
                           {"partners": actor_ids(db, resolve(db, "actor", partner))}))
    if cited:
        conditions.append(("(source_id, event_id) in (select c.source_id, c.event_id from v_attribution_spans c"
                           " where c.cited_actor_id = any(cast(:cited as bigint[])))",
                           {"cited": actor_ids(db, resolve(db, "actor", cited))}))
    if facility:
        conditions.append(("facility = any(cast(:facilities as text[]))",
                           {"facilities": list(resolve(db, "facility", facility))}))
    if location:
        places = _location_with_parts(db, resolve(db, "location", location))
        conditions.append(("location = any(cast(:locations as text[]))", {"locations": list(places)}))
    if statuses := _statuses(status):
        conditions.append(("status = any(cast(:statuses as text[]))", {"statuses": statuses}))
    if (start := date_bound(since)) is not None:  # "od września" without an end is still going on
        conditions.append(("last_date >= :since", {"since": start}))
    if (stop := date_bound(until, end=True)) is not None:  # "do czerwca" without a start began before it
        conditions.append(("sort_date <= :until or (occurred_from is null and date_precision = 'until')",
                           {"until": stop}))
    if sources := _ids(source, "source"):
        conditions.append(("source_id = any(cast(:sources as bigint[]))", {"sources": sources}))
    # v_event_rows is v_events with the stored, indexed dates (events.sort_date, events.last_date)
    return _select("v_event_rows", conditions, "sort_date desc nulls last, event_id desc", limit,
                   columns=EVENT_COLUMNS)


def events(db: Database, **filters: Any) -> pd.DataFrame:
    """``v_events`` filtered as ``events_query`` describes."""
    return events_query(db, **filters).read(db)


def quantities_query(
    db: Database, *, counted: str | None = None, unit: str | None = None, actor: str | None = None,
    type: Many = None, source: int | Sequence[int] | None = None, limit: int | None = None,
) -> Query:
    """Rows of ``v_quantities``: ``counted`` matches the English counted object, singular or plural, or its head:
    "missile" also finds "ballistic missile", "worker" also "farm worker"."""
    conditions: list[tuple[str, Mapping[str, Any]]] = []
    if counted:
        forms = _singulars(counted)
        conditions.append((
            f"lower(counted) = any(cast(:counted as text[])) or ({COUNTED_HEAD} = any(cast(:heads as text[]))"
            " and lower(counted) like any(cast(:endings as text[])))",
            {"counted": list(forms), "heads": list(dict.fromkeys(f.rsplit(" ", 1)[-1] for f in forms)),
             "endings": ["% " + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for f in forms]},
        ))
    if unit:
        conditions.append(("lower(unit) = lower(:unit)", {"unit": unit.strip()}))
    if actor:
        conditions.append(("actor = any(cast(:actors as text[]))", {"actors": list(resolve(db, "actor", actor))}))
    if types := many(type):
        conditions.append(("event_type = any(cast(:types as text[]))",
                           {"types": list(resolve_event_types(db, types))}))
    if sources := _ids(source, "source"):
        conditions.append(("source_id = any(cast(:sources as bigint[]))", {"sources": sources}))
    return _select("v_quantities", conditions, "source_id, quantity_id", limit)


def quantities(db: Database, **filters: Any) -> pd.DataFrame:
    return quantities_query(db, **filters).read(db)


def _singulars(word: str) -> tuple[str, ...]:
    w = " ".join(word.lower().split())
    forms = [w]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    return tuple(dict.fromkeys(forms))


def actors_query(
    db: Database, *, kind: Many = None, candidates: bool = False, everything: bool = False,
    limit: int | None = None,
) -> Query:
    """Rows of ``v_actors``: those seen in some source (all with ``everything``), optionally only candidates."""
    conditions: list[tuple[str, Mapping[str, Any]]] = []
    if kinds := many(kind):
        conditions.append(("kind = any(cast(:kinds as text[]))", {"kinds": [k.lower() for k in kinds]}))
    if candidates:
        conditions.append(("is_candidate", {}))
    if not everything:
        conditions.append(("mentions > 0 or events > 0", {}))
    return _select("v_actors", conditions, "events desc, mentions desc, name", limit)


def actors(db: Database, **filters: Any) -> pd.DataFrame:
    return actors_query(db, **filters).read(db)


def places_query(
    db: Database, view: str, *, kind: Many = None, candidates: bool = False, everything: bool = False,
    limit: int | None = None,
) -> Query:
    """Rows of ``v_facilities`` or ``v_locations``: those seen in some source unless ``everything``; with
    ``candidates``, only the candidate facilities (sites found in text that the gazetteer lacks)."""
    if view not in ("v_facilities", "v_locations"):
        raise ValueError(f"not a place view: {view}")
    conditions: list[tuple[str, Mapping[str, Any]]] = []
    if kinds := many(kind):
        conditions.append(("kind = any(cast(:kinds as text[]))", {"kinds": [k.lower() for k in kinds]}))
    if candidates:
        if view != "v_facilities":
            raise ValueError("only facilities have candidates")
        conditions.append(("facility_id in (select id from facilities where is_candidate)", {}))
    if not everything:
        conditions.append(("mentions > 0 or events > 0", {}))
    return _select(view, conditions, "events desc, mentions desc, name", limit)


def facilities(db: Database, **filters: Any) -> pd.DataFrame:
    return places_query(db, "v_facilities", **filters).read(db)


def locations(db: Database, **filters: Any) -> pd.DataFrame:
    return places_query(db, "v_locations", **filters).read(db)


def claims_query(
    db: Database, *, cited: str | None = None, type: Many = None, source: int | Sequence[int] | None = None,
    limit: int | None = None,
) -> Query:
    """Rows of ``v_claims``: who is cited for which event."""
    conditions: list[tuple[str, Mapping[str, Any]]] = []
    if cited:
        conditions.append(("cited_source = any(cast(:cited as text[]))", {"cited": list(resolve(db, "actor", cited))}))
    if types := many(type):
        conditions.append(("event_type = any(cast(:types as text[]))",
                           {"types": list(resolve_event_types(db, types))}))
    if sources := _ids(source, "source"):
        conditions.append(("source_id = any(cast(:sources as bigint[]))", {"sources": sources}))
    return _select("v_claims", conditions, "published_on nulls last, source_id, event_id, cited_source", limit)


def claims(db: Database, **filters: Any) -> pd.DataFrame:
    return claims_query(db, **filters).read(db)


def timeline_query(
    db: Database, *, by: str = "month", type: Many = None, since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> Query:
    """Events per period and type, from ``v_timeline`` (one row per period and type)."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: use {' or '.join(PERIODS)}")
    conditions: list[str] = []
    params: dict[str, Any] = {"by": by, "pattern": PERIODS[by]}
    if types := many(type):
        conditions.append("event_type = any(cast(:types as text[]))")
        params["types"] = list(resolve_event_types(db, types))
    if (start := date_bound(since)) is not None:
        conditions.append("month >= date_trunc('month', cast(:since as date))")
        params["since"] = start
    if (stop := date_bound(until, end=True)) is not None:
        conditions.append("month <= :until")
        params["until"] = stop
    where = (" where " + " and ".join(conditions)) if conditions else ""
    sql = (
        "select to_char(date_trunc(:by, month), :pattern) as period, event_type, sum(events)::bigint as events"
        f" from v_timeline{where} group by 1, 2 order by 1, 3 desc, 2"
    )
    return Query(sql, params)


def timeline(db: Database, **filters: Any) -> pd.DataFrame:
    return timeline_query(db, **filters).read(db)


# -- summary ---------------------------------------------------------------------------------------


def summary(db: Database, *, fresh: bool = False) -> dict[str, pd.DataFrame]:
    """The parts of ``eventdb summary``, each a DataFrame (JSON output keeps these names).

    Read from ``summary_snapshots`` when the snapshot was computed at the current
    ``meta.data_version`` (every load, re-extraction and reference sync bumps it), else computed
    in one REPEATABLE READ snapshot and saved for the next call.  ``fresh`` always computes.
    """
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
        version = conn.scalar(sa.text("select value::bigint from meta where key = 'data_version'"))
        if not fresh and version is not None:
            cached = _read_snapshot(conn, int(version))
            if cached is not None:
                return cached
        parts = compute_summary(conn)
    if version is not None:
        _save_snapshot(db, int(version), parts)
    return parts


def refresh_summary(db: Database) -> None:
    """Compute the summary now if its snapshot is out of date (after a load, so the next summary is quick)."""
    summary(db)


def _read_snapshot(conn: sa.Connection, version: int) -> dict[str, pd.DataFrame] | None:
    rows = conn.execute(sa.text("select part, payload from summary_snapshots where data_version = :v"),
                        {"v": version}).all()
    found = {r.part: frame_from_json(r.payload) for r in rows}
    return {part: found[part] for part in SUMMARY_PARTS} if set(SUMMARY_PARTS) <= set(found) else None


def _save_snapshot(db: Database, version: int, parts: Mapping[str, pd.DataFrame]) -> None:
    """Keep the parts unless a newer snapshot got there first; a reader without rights just skips this."""
    rows = [{"part": part, "v": version, "payload": json.dumps(frame_to_json(parts[part]))} for part in SUMMARY_PARTS]
    try:
        with db.engine.begin() as conn:
            conn.execute(sa.text(
                "insert into summary_snapshots (part, data_version, payload) values (:part, :v, cast(:payload as jsonb))"
                " on conflict (part) do update set data_version = excluded.data_version, payload = excluded.payload,"
                " built_at = now() where summary_snapshots.data_version <= excluded.data_version"), rows)
    except sa.exc.DBAPIError:  # read-only transaction or role, standby: the summary is still right
        pass


def frame_to_json(df: pd.DataFrame) -> dict[str, Any]:
    """A DataFrame as JSON that ``frame_from_json`` turns back into an equal DataFrame."""
    return {
        "columns": [str(c) for c in df.columns],
        "dtypes": [str(t) for t in df.dtypes],
        "rows": [[_json_value(v) for v in row] for row in df.itertuples(index=False, name=None)],
    }


def frame_from_json(data: Mapping[str, Any]) -> pd.DataFrame:
    df = pd.DataFrame([[_python_value(v) for v in row] for row in data["rows"]], columns=data["columns"],
                      dtype=object)
    for column, dtype in zip(data["columns"], data["dtypes"], strict=True):
        if dtype != "object":
            df[column] = df[column].astype(dtype)
    return df


def _json_value(v: Any) -> Any:
    if isinstance(v, np.generic):
        v = v.item()
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, dt.datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, dt.date):
        return {"date": v.isoformat()}
    if isinstance(v, Decimal):
        return {"decimal": str(v)}
    if isinstance(v, list | tuple | np.ndarray):
        return [_json_value(x) for x in v]
    return v


def _python_value(v: Any) -> Any:
    if isinstance(v, dict) and len(v) == 1:
        (kind, text), = v.items()
        if kind == "datetime":
            return dt.datetime.fromisoformat(text)
        if kind == "date":
            return dt.date.fromisoformat(text)
        if kind == "decimal":
            return Decimal(text)
    if isinstance(v, list):
        return [_python_value(x) for x in v]
    return v


SUMMARY_PARTS = ("sources", "counts", "events_by_type", "top_actors", "cited_sources", "largest_quantities",
                 "timeline")


def compute_summary(conn: sa.Connection) -> dict[str, pd.DataFrame]:
    """The parts of ``eventdb summary`` computed from the views, on one connection (one snapshot)."""

    def read(sql: str) -> pd.DataFrame:
        result = conn.execute(sa.text(sql))
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    sources = read(
        "select count(*) as sources, coalesce(string_agg(distinct language, ', '), '') as languages,"
        " min(published_on) as first_published, max(published_on) as last_published from v_sources",
    )
    counts = read(
        # "seen" as in v_actors/v_facilities/v_locations (mentions > 0 or events > 0), from the set of
        # ids the facts name instead of counting every mention per entity (7.6 s on 1M events).  Not
        # one EXISTS probe per entity either: before a vacuum the planner may answer each probe with
        # a sequential scan (over 120 s on 1M events right after a bulk load).
        "with seen as (select actor_id as id, 'actor' as t from mentions where actor_id is not null"
        "   union select actor_id, 'actor' from event_actors"
        "   union select facility_id, 'facility' from mentions where facility_id is not null"
        "   union select facility_id, 'facility' from events where facility_id is not null"
        "   union select location_id, 'location' from mentions where location_id is not null"
        "   union select location_id, 'location' from events where location_id is not null),"
        " seen_actors as (select a.is_candidate, s.id is not null as seen"
        "   from actors a left join seen s on s.t = 'actor' and s.id = a.id)"
        " select 'actors' as what, count(*) filter (where seen) as seen, count(*) as known"
        "   from seen_actors where not is_candidate"
        " union all select 'candidate actors', count(*) filter (where seen), count(*) from seen_actors where is_candidate"
        " union all select 'facilities', count(s.id), count(*)"
        "   from facilities f left join seen s on s.t = 'facility' and s.id = f.id where not f.is_candidate"
        " union all select 'candidate facilities', count(s.id), count(*)"
        "   from facilities f left join seen s on s.t = 'facility' and s.id = f.id where f.is_candidate"
        " union all select 'locations', count(s.id), count(*)"
        "   from locations l left join seen s on s.t = 'location' and s.id = l.id"
        " union all select 'events', count(*), count(*) from events"
        " union all select 'quantities', count(*), count(*) from quantities"
        " union all select 'claims', count(*), count(*) from attributions",
    )
    by_status = read("select event_type, status, count(*) as n from v_events group by 1, 2")
    top_actors = read(
        "select actor, count(distinct event_id) as events,"
        " count(distinct event_id) filter (where role = 'agent') as as_agent,"
        " count(distinct event_id) filter (where role <> 'agent') as as_partner"
        " from v_role_spans group by actor order by events desc, as_agent desc, actor limit 10",
    )
    cited = read(
        "select cited_source, count(distinct event_id) as events, count(distinct source_id) as sources,"
        " string_agg(distinct event_type, ', ') as event_types from v_claims"
        " group by cited_source order by events desc, cited_source limit 10",
    )
    largest = read(  # ranges rank by their lower bound: "tysiące" is at least 2000, not 9999
        "select counted, unit, amount, qualifier, quantities, text from ("
        " select coalesce(counted, '(unknown)') as counted, unit, qualifier, text,"
        "  case when value is not null then trim_scale(value)::text"
        "   else coalesce(trim_scale(low)::text, '…') || '–' || coalesce(trim_scale(high)::text, '…') end as amount,"
        "  coalesce(value, low, high) as rank_value,"
        "  count(*) over (partition by counted, unit) as quantities,"
        "  row_number() over (partition by counted, unit order by coalesce(value, low, high) desc nulls last,"
        "  quantity_id) as rank from v_quantities) q"
        " where rank = 1 order by quantities desc, rank_value desc nulls last, counted limit 15",
    )
    months = read(
        "select to_char(month, 'YYYY-MM') as month, sum(events)::bigint as events,"
        " string_agg(event_type || ' ' || events, ', ' order by events desc, event_type) as types"
        " from v_timeline group by month order by month",
    )
    return {
        "sources": sources, "counts": counts, "events_by_type": _status_pivot(by_status),
        "top_actors": top_actors, "cited_sources": cited, "largest_quantities": largest, "timeline": months,
    }


def _status_pivot(rows: pd.DataFrame) -> pd.DataFrame:
    """Event types as rows, statuses (in taxonomy order) as columns, a total first."""
    if rows.empty:
        return pd.DataFrame(columns=["event_type", "events"])
    table = rows.pivot_table(index="event_type", columns="status", values="n", aggfunc="sum", fill_value=0)
    table = table[[s for s in STATUSES if s in table.columns]].astype(int)
    table.insert(0, "events", table.sum(axis=1))
    table = table.reset_index().sort_values(["events", "event_type"], ascending=[False, True])
    table.columns.name = None
    return table.reset_index(drop=True)


TITLES = {
    "sources": "Loaded sources", "counts": "Counts (seen in sources / known)",
    "events_by_type": "Events by type and status", "top_actors": "Top actors by events (as agent / as partner)",
    "cited_sources": "Most cited sources", "largest_quantities": "Largest quantity per counted object",
    "timeline": "Events by month",
}


def render_summary(parts: Mapping[str, pd.DataFrame], width: int = 100) -> str:
    """The summary as text that fits ``width`` columns."""
    from eventdb.cli.output import table

    blocks = []
    for key, df in parts.items():
        shown = _with_bars(df, "events", width) if key == "timeline" else df
        blocks.append(f"{TITLES.get(key, key)}\n{fit_table(shown, width, table)}")
    return "\n\n".join(blocks)


def _with_bars(df: pd.DataFrame, column: str, width: int) -> pd.DataFrame:
    if df.empty:
        return df
    top = max(int(df[column].max()), 1)
    room = min(30, width // 4)
    bars = ["█" * max(1, round(int(n) * room / top)) if int(n) else "" for n in df[column]]
    out = df.copy()
    out.insert(2, "", bars)
    return out


#: long free-text columns: narrowed first (down to ``FREE_TEXT_FLOOR``) when a table is too wide
FREE_TEXT = ("evidence", "text", "aliases", "source_title", "types", "event_types")
FREE_TEXT_FLOOR = 24


def fit_table(df: pd.DataFrame, width: int, render: Callable[..., str]) -> str:
    """Render ``df`` with ``render`` (``cli.output.table``) in ``width`` columns.

    Free text (evidence, aliases, titles) gives way first, then the widest column, so short
    fields such as names and types stay readable.
    """
    if df.empty or len(df.columns) == 0:
        return render(df, max_width=width)
    texts = {c: [_cell(v) for v in df[c]] for c in df.columns}
    numeric = {c for c in df.columns if (pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c]))
               or all(isinstance(v, dt.date) or v is None for v in df[c])}  # numbers and dates are never cut
    widths = {c: max(len(str(c)), *(len(t) for t in texts[c])) for c in df.columns}
    floor = {c: max(len(str(c)), 6) for c in df.columns}
    while sum(widths.values()) + 2 * (len(widths) - 1) > width:
        phases = (
            [c for c in df.columns if c in FREE_TEXT and widths[c] > max(floor[c], FREE_TEXT_FLOOR)],
            [c for c in df.columns if c not in FREE_TEXT and c not in numeric and widths[c] > max(floor[c], 12)],
            [c for c in df.columns if c in FREE_TEXT and widths[c] > floor[c]],
            [c for c in df.columns if c not in numeric and widths[c] > floor[c]],
        )
        narrowable = next((p for p in phases if p), None)
        if narrowable is None:
            break
        widths[max(narrowable, key=lambda c: widths[c])] -= 1
    shown = df.copy()
    for c in df.columns:
        if c not in numeric:
            shown[c] = [t if len(t) <= widths[c] else t[: widths[c] - 1] + "…" for t in texts[c]]
    return render(shown, max_width=max(widths.values()))


def event_lines(df: pd.DataFrame, width: int) -> str:
    """Events for a terminal: who did what when, then the evidence (indented, at most two lines)."""
    if df.empty:
        return "(no rows)"
    lines = []
    id_width = max(len(str(i)) for i in df["event_id"])
    for e in df.to_dict("records"):
        date = _cell(e["occurred_from"]) or f"{_cell(e['published_on'])} (published)"
        who = ", ".join(e["agents"] or []) or "?"
        if e["partners"]:
            who += " → " + ", ".join(e["partners"])
        cited = f"  (cited: {', '.join(e['cited_sources'])})" if e["cited_sources"] else ""
        head = f"{str(e['event_id']).rjust(id_width)}  {date}  {e['event_type']}  {e['status']}  {who}{cited}"
        lines.append(_clip(head, width))
        indent = " " * (id_width + 2)
        lines += textwrap.wrap(_cell(e["evidence"]), width, initial_indent=indent, subsequent_indent=indent,
                               max_lines=2, placeholder=" …")
    return "\n".join(lines)


def amount_text(value: Any, low: Any, high: Any) -> str:
    """A quantity's number as read: "5000", or a range "2000–9999" ("…" for an open end)."""
    if _cell(value):
        return _cell(value)
    return f"{_cell(low) or '…'}–{_cell(high) or '…'}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cell(value: Any) -> str:
    from eventdb.cli.output import jsonable

    v = jsonable(value)
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())


# -- show: one event, source or actor ------------------------------------------------------------


def source_body(db: Database, source_id: int) -> dict[str, Any] | None:
    """A stored article with its metadata (no view carries the body)."""
    rows = read_sql(
        db,
        "select source_id, title, url, publisher, language, published_on, sha256, origin, loaded_at,"
        " extractor_version, body from v_sources where source_id = :id",
        {"id": int(source_id)},
    )
    return None if rows.empty else _record(rows.iloc[0])


def event_spans(db: Database, event_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """Character offsets of events (evidence, trigger, sentence index), which the views leave out."""
    sql = (
        "select e.event_id, e.source_id, e.ordinal, e.negated, e.trigger, e.trigger_start, e.trigger_end,"
        " e.sentence_index, e.sentence_start, e.sentence_end, e.char_start, e.char_end from v_event_spans e"
    )
    params: dict[str, Any] = {}
    if event_ids is not None:
        sql += " where e.event_id = any(cast(:ids as bigint[]))"
        params["ids"] = [int(i) for i in event_ids]
    return read_sql(db, sql + " order by e.source_id, e.ordinal", params)


def _fact_spans(db: Database, source_id: int, event_id: int | None = None) -> dict[str, pd.DataFrame]:
    """Spans of roles, attributions, quantities and mentions of one source (or one event of it)."""
    params = {"source": int(source_id), "event": event_id}
    event_filter = " and (cast(:event as bigint) is null or x.event_id = cast(:event as bigint))"
    roles = read_sql(
        db,
        "select x.event_id, x.role, x.actor, x.char_start, x.char_end from v_role_spans x"
        " where x.source_id = :source" + event_filter
        + " order by x.event_id, x.char_start nulls last, x.role",
        params,
    )
    chain = read_sql(
        db,
        "select x.event_id, x.position, x.cited_source, x.cue, x.char_start, x.char_end, x.text"
        " from v_attribution_spans x where x.source_id = :source" + event_filter
        + " order by x.event_id, x.position",
        params,
    )
    numbers = read_sql(
        db,
        "select x.quantity_id, x.event_id, x.value, x.low, x.high, x.unit, x.qualifier, x.counted,"
        " x.char_start, x.char_end, x.text from v_quantity_spans x where x.source_id = :source" + event_filter
        + " order by x.char_start",
        params,
    )
    mentions = read_sql(
        db,
        "select m.char_start, m.char_end, m.text, m.via, m.entity, m.name from v_mentions m"
        " where m.source_id = :source order by m.char_start",
        {"source": int(source_id)},
    )
    return {"roles": roles, "attributions": chain, "quantities": numbers, "mentions": mentions}


@functools.lru_cache(maxsize=64)
def sentence_offsets(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence, by the same splitter the extractor uses."""
    from eventdb.extract.text import split_sentences

    return tuple((s.start, s.end) for s in split_sentences(body))


def event_sentence(body: str, span: Any) -> tuple[int, int]:
    """Offsets of an event's sentence: as stored, else found again by the splitter (older rows)."""
    stored = (span["sentence_start"], span["sentence_end"])
    if all(v is not None and not pd.isna(v) for v in stored):
        return int(stored[0]), int(stored[1])
    return sentence_of(body, int(span["sentence_index"]), int(span["char_start"]), int(span["char_end"]))


def sentence_of(body: str, index: int | None, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence that holds ``body[start:end]``: by index, else by position."""
    try:
        spans = sentence_offsets(body)
    except Exception:  # no analyser available: the evidence span itself
        return start, end
    if index is not None and 0 <= index < len(spans):
        s, e = spans[index]
        if s <= start < e or s < end <= e:
            return min(s, start), max(e, end)
    for s, e in spans:
        if s <= start < e:
            return s, max(e, end)
    return start, end


def event_detail(db: Database, event_id: int) -> dict[str, Any]:
    """Everything about one event: the ``v_events`` row, its sentence, roles, quantities, attribution chain."""
    rows = read_sql(db, "select * from v_events where event_id = :id", {"id": int(event_id)})
    if rows.empty:
        raise NotFound(f"no event with id {event_id}")
    event = _record(rows.iloc[0])
    span = _record(event_spans(db, [int(event_id)]).iloc[0])
    source = source_body(db, int(event["source_id"])) or {}
    body = str(source.get("body") or "")
    s_start, s_end = event_sentence(body, span)
    facts = _fact_spans(db, int(event["source_id"]), int(event_id))
    type_info = read_sql(db, "select label, plover_event, plover_mode, plover_context, cameo from event_types"
                             " where code = :code", {"code": event["event_type"]})
    return {
        "event": event,
        "taxonomy": _record(type_info.iloc[0]) if not type_info.empty else {},
        "source": {k: v for k, v in source.items() if k != "body"},
        "sentence": {"start": s_start, "end": s_end, "text": body[s_start:s_end]},
        "evidence": {"start": span["char_start"], "end": span["char_end"]},
        "trigger": {"text": span["trigger"], "start": span["trigger_start"], "end": span["trigger_end"]},
        "negated": bool(span["negated"]),
        "roles": _records(facts["roles"].drop(columns=["event_id"])),
        "quantities": _records(facts["quantities"].drop(columns=["event_id"])),
        "attributions": _records(facts["attributions"].drop(columns=["event_id"])),
    }


def source_detail(db: Database, source_id: int) -> dict[str, Any]:
    """A source with its body and every fact found in it, with spans."""
    source = source_body(db, source_id)
    if source is None:
        raise NotFound(f"no source with id {source_id}")
    facts = _fact_spans(db, int(source_id))
    evs = events(db, source=int(source_id))
    spans = event_spans(db, [int(i) for i in evs["event_id"]])
    merged = evs.merge(spans[["event_id", "trigger", "trigger_start", "trigger_end"]], on="event_id", how="left")
    return {
        "source": source,
        "events": _records(merged[["event_id", "event_type", "status", "trigger", "trigger_start", "trigger_end",
                                   "agents", "partners", "cited_sources"]]),
        "mentions": _records(facts["mentions"]),
        "quantities": _records(facts["quantities"]),
        "attributions": _records(facts["attributions"]),
    }


def actor_detail(db: Database, name: str) -> list[dict[str, Any]]:
    """Each actor that ``name`` resolves to: its ``v_actors`` row, events by type and role, claims citing it."""
    out = []
    for canonical in resolve(db, "actor", name):
        row = read_sql(db, "select * from v_actors where name = :name", {"name": canonical})
        roles = read_sql(
            db,
            "select event_type, count(*) filter (where :name = any(agents)) as as_agent,"
            " count(*) filter (where :name = any(partners)) as as_partner,"
            " count(*) filter (where :name = any(cited_sources)) as as_cited_source from v_events"
            " where :name = any(agents) or :name = any(partners) or :name = any(cited_sources)"
            " group by event_type order by count(*) desc, event_type",
            {"name": canonical},
        )
        recent = read_sql(
            db,
            "select event_id, published_on, event_type, status, agents, partners, evidence from v_events"
            " where :name = any(agents) or :name = any(partners) or :name = any(cited_sources)"
            " order by coalesce(occurred_from, published_on) desc nulls last, event_id desc limit 10",
            {"name": canonical},
        )
        seen = read_sql(
            db,
            "select min(published_on) as first_event, max(published_on) as last_event from v_events"
            " where :name = any(agents) or :name = any(partners) or :name = any(cited_sources)",
            {"name": canonical},
        )
        out.append({
            "actor": _record(row.iloc[0]), "events_by_type": _records(roles), "recent_events": _records(recent),
            "event_dates": _record(seen.iloc[0]),
        })
    return out


def _record(row: pd.Series) -> dict[str, Any]:
    from eventdb.cli.output import jsonable

    return {str(k): jsonable(v) for k, v in row.items()}


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    from eventdb.cli.output import records

    return records(df)


# -- rendering of show ----------------------------------------------------------------------------

Marker = Callable[[str, str], str]


def plain_marker(text: str, kind: str) -> str:
    """Marks for a file or pipe: evidence in »…«, other facts in [..]."""
    return f"»{text}«" if kind == "evidence" else f"[{text}]"


def ansi_marker(text: str, kind: str) -> str:
    """Marks for a terminal: bold evidence, coloured facts."""
    import click

    colours = {"actor": "cyan", "facility": "magenta", "location": "green", "quantity": "yellow",
               "trigger": "red", "attribution": "blue"}
    if kind == "evidence":
        return click.style(text, bold=True)
    return click.style(text, fg=colours.get(kind, "white"), underline=kind == "trigger")


def mark_spans(text: str, spans: Iterable[tuple[int, int, str, str]], marker: Marker, offset: int = 0) -> str:
    """``text`` with every (start, end, kind, note) span marked; nested spans nest, crossing ones are skipped.

    A non-empty note is written after the span as ``{note}`` (the footnote number of ``show source``).
    """
    chosen: list[tuple[int, int, str, str]] = []
    for start, end, kind, note in sorted(spans, key=lambda s: (s[0], -s[1])):
        s, e = start - offset, end - offset
        if s < 0 or e > len(text) or s >= e:
            continue
        if any(cs < s < ce < e or s < cs < e < ce for cs, ce, _, _ in chosen):
            continue
        chosen.append((s, e, kind, note))

    def render(lo: int, hi: int, items: list[tuple[int, int, str, str]]) -> str:
        out, pos, k = [], lo, 0
        while k < len(items):
            s, e, kind, note = items[k]
            inner = [it for it in items[k + 1:] if it[0] >= s and it[1] <= e]
            out.append(text[pos:s])
            out.append(marker(render(s, e, inner), kind) + (f"{{{note}}}" if note else ""))
            pos = e
            k += 1 + len(inner)
        out.append(text[pos:hi])
        return "".join(out)

    return render(0, len(text), chosen)


def render_event(detail: Mapping[str, Any], marker: Marker = plain_marker) -> str:
    """``eventdb show event`` as text."""
    ev, src, sent = detail["event"], detail["source"], detail["sentence"]
    neg = " (negated)" if detail.get("negated") else ""
    lines = [
        f"Event {ev['event_id']}: {ev['event_type']}  status {ev['status']}{neg}  confidence {ev['confidence']}",
        f"Source {src.get('source_id')}: {src.get('title') or '(untitled)'}  {src.get('published_on') or ''}  "
        f"{src.get('url') or ''}".rstrip(),
        f"When: {_when(ev)}",
    ]
    if ev.get("location") or ev.get("facility"):
        lines.append(f"Where: {', '.join(p for p in (ev.get('facility'), ev.get('location')) if p)}")
    tax = detail.get("taxonomy") or {}
    if tax:
        lines.append(f"Type: {tax.get('label')}  (PLOVER {tax.get('plover_event') or '-'}"
                     f"{' / ' + tax['plover_mode'] if tax.get('plover_mode') else ''}, CAMEO {tax.get('cameo') or '-'})")
    trig = detail["trigger"]
    spans = [(detail["evidence"]["start"], detail["evidence"]["end"], "evidence", ""),
             (trig["start"], trig["end"], "trigger", "")]
    lines += ["", "Sentence:", "  " + mark_spans(sent["text"], spans, marker, offset=sent["start"]),
              f"  (evidence {detail['evidence']['start']}–{detail['evidence']['end']}, trigger {trig['text']!r})"]
    if detail["roles"]:
        lines += ["", "Roles:"] + [f"  {r['role']:<10} {r['actor']}" for r in detail["roles"]]
    if detail["quantities"]:
        lines += ["", "Quantities:"] + [f"  {_quantity_line(q)}" for q in detail["quantities"]]
    if detail["attributions"]:
        lines += ["", "Attribution chain (1 = cited by the article):"]
        lines += [f"  {a['position']}. {a['cited_source']}  cue {a['cue']!r}  “{a['text']}”" for a in detail["attributions"]]
    return "\n".join(lines)


def _when(ev: Mapping[str, Any]) -> str:
    start, end, precision = ev.get("occurred_from"), ev.get("occurred_to"), ev.get("date_precision")
    if not start and not end:
        return f"no date in the text (published {ev.get('published_on') or 'unknown'})"
    span = str(start) if start == end or not end else f"{start or '…'} .. {end}"
    return f"{span} ({precision})"


def _quantity_line(q: Mapping[str, Any]) -> str:
    number = amount_text(q.get("value"), q.get("low"), q.get("high"))
    counted = f" {q['counted']}" if q.get("counted") else ""
    return f"{number} {q['unit']}{counted} ({q['qualifier']})  “{q['text']}”"


def render_source(detail: Mapping[str, Any], marker: Marker = plain_marker) -> str:
    """``eventdb show source``: metadata, the body with every fact marked inline, then the numbered facts."""
    src = detail["source"]
    found: list[tuple[int, int, str, str]] = []

    def add(start: int, end: int, kind: str, note: str) -> None:
        found.append((int(start), int(end), kind, note))

    for m in detail["mentions"]:
        add(m["char_start"], m["char_end"], m["entity"], f"{m['entity']} {m['name']} (via {m['via']})")
    for q in detail["quantities"]:
        add(q["char_start"], q["char_end"], "quantity", "quantity " + _quantity_line(q))
    for ev in detail["events"]:
        who = "; ".join(p for p in (_join("agents", ev["agents"]), _join("partners", ev["partners"]),
                                    _join("cited", ev["cited_sources"])) if p)
        add(ev["trigger_start"], ev["trigger_end"], "trigger",
            f"event {ev['event_id']} {ev['event_type']} ({ev['status']}){'  ' + who if who else ''}")
    for a in detail["attributions"]:
        add(a["char_start"], a["char_end"], "attribution",
            f"attribution: event {a['event_id']} cites {a['cited_source']} (position {a['position']})")
    merged: dict[tuple[int, int, str], list[str]] = {}  # one footnote per span and kind
    for start, end, kind, note in found:
        merged.setdefault((start, end, kind), []).append(note)
    ordered = sorted(merged.items(), key=lambda item: (item[0][0], -item[0][1]))  # footnotes in reading order
    notes = ["; ".join(n) for _, n in ordered]
    facts = [(start, end, kind, str(n)) for n, ((start, end, kind), _) in enumerate(ordered, 1)]
    header = [
        f"Source {src['source_id']}: {src.get('title') or '(untitled)'}",
        f"Published {src.get('published_on') or 'unknown'}  language {src.get('language')}  "
        f"publisher {src.get('publisher') or '-'}  {src.get('url') or ''}".rstrip(),
        f"{len(detail['events'])} events, {len(detail['quantities'])} quantities, "
        f"{len(detail['mentions'])} mentions, {len(detail['attributions'])} attributions",
        "",
    ]
    body = mark_spans(src["body"], facts, marker)
    return "\n".join([*header, body, "", "Facts:", *(f"  {{{n}}} {note}" for n, note in enumerate(notes, 1))])


def _join(label: str, names: Sequence[str] | None) -> str:
    return f"{label}: {', '.join(names)}" if names else ""


def render_actor(details: Sequence[Mapping[str, Any]]) -> str:
    """``eventdb show actor`` as text."""
    from eventdb.cli.output import table

    blocks = []
    for d in details:
        a, seen = d["actor"], d["event_dates"]
        lines = [
            f"Actor {a['actor_id']}: {a['name']}  kind {a['kind']}  country {a.get('country') or '-'}"
            + ("  (candidate: found in text, not in the gazetteer)" if a.get("is_candidate") else ""),
            textwrap.fill(f"Aliases: {', '.join(sorted(a.get('aliases') or [])) or '-'}", 100,
                          subsequent_indent="  "),
            f"Mentions {a['mentions']}, events {a['events']}; first seen {a.get('first_seen') or '-'}, "
            f"last seen {a.get('last_seen') or '-'} (events published {seen.get('first_event') or '-'} .. "
            f"{seen.get('last_event') or '-'})",
        ]
        if d["events_by_type"]:
            lines += ["", "Events by type and role", table(pd.DataFrame(d["events_by_type"]))]
        if d["recent_events"]:
            recent = pd.DataFrame(d["recent_events"])
            lines += ["", "Latest events", fit_table(recent, 100, table)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
