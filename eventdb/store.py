"""The only writer: reference data sync, and one transaction per document.

``Store.save(document, extraction)`` inserts the source and all of its facts in a single
transaction, or nothing; the same body (by sha256) is stored once.  ``Store.replace_facts``
redoes the facts of a stored source (``eventdb reextract``), also atomically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine

from eventdb import models as m
from eventdb.extract.model import EntityRef, Extraction, Mention

# Stored in the ``meta`` table; a changed hash makes the next load re-sync reference data.
_META = sa.table("meta", sa.column("key"), sa.column("value"))


class DocumentLike(Protocol):
    body: str
    sha256: str
    origin: str
    title: str | None
    url: str | None
    publisher: str | None
    language: str
    published_on: dt.date | None
    date_precision: str


@dataclass(frozen=True)
class SaveResult:
    status: str  # "loaded" | "unchanged" | "failed"
    source_id: int
    counts: dict[str, int]
    error: str | None = None


class StoreError(Exception):
    """A document could not be stored; nothing of it was written."""


class Store:
    """Writes documents and their extractions; holds the ids of reference entities."""

    def __init__(self, engine: Engine, gazetteer: Any) -> None:
        self.engine = engine
        self.gazetteer = gazetteer
        self._ids: dict[tuple[str, str], int] = {}
        self._pending: dict[tuple[str, str], int] = {}

    # -- reference data -------------------------------------------------------------------------

    def sync_reference(self, force: bool = False) -> bool:
        """Upsert gazetteer entries, aliases and the taxonomy when they changed; True if synced."""
        from eventdb.reference import load_yaml

        taxonomy = load_yaml("event_types.yaml")
        digest = _digest(self.gazetteer.entries, taxonomy)
        with self.engine.begin() as conn:
            conn.execute(sa.text("select pg_advisory_xact_lock(4711)"))  # one syncer at a time
            current = conn.scalar(sa.select(_META.c.value).where(_META.c.key == "reference_digest"))
            if current != digest or force:
                _sync_taxonomy(conn, taxonomy)
                _sync_entities(conn, self.gazetteer.entries)
                conn.execute(
                    pg_insert(_META)
                    .values(key="reference_digest", value=digest)
                    .on_conflict_do_update(index_elements=["key"], set_={"value": digest})
                )
                bump_data_version(conn)
                synced = True
            else:
                synced = False
            self._ids = _load_ids(conn)
        return synced

    # -- documents ------------------------------------------------------------------------------

    def save(self, document: DocumentLike, extraction: Extraction | None) -> SaveResult:
        """Store one document and its facts in one transaction; an existing body is left alone."""
        result = self.save_many([(document, extraction)])[0]
        if result.status == "failed":
            raise StoreError(result.error or "not stored")
        return result

    def save_many(self, items: Sequence[tuple[DocumentLike, Extraction | None]]) -> list[SaveResult]:
        """Store a batch in one transaction; if that fails, store each document alone.

        Every document is atomic either way: a document that cannot be stored leaves nothing
        behind and does not take the others with it (its result has status "failed").
        """
        if not items:
            return []
        try:
            with self.engine.begin() as conn:
                return self._save_batch(conn, items)
        except sa.exc.OperationalError:
            raise
        except (sa.exc.DBAPIError, StoreError) as exc:
            if len(items) == 1:
                message = exc.args[0] if isinstance(exc, StoreError) else _server_message(exc)
                return [SaveResult("failed", 0, {}, error=f"not stored: {message}")]
        results = []
        for item in items:
            results.extend(self.save_many([item]))
        return results

    def _save_batch(
        self, conn: Connection, items: Sequence[tuple[DocumentLike, Extraction | None]]
    ) -> list[SaveResult]:
        # sort by sha256 so that concurrent loaders take row locks in the same order (no deadlocks)
        order = sorted(range(len(items)), key=lambda k: items[k][0].sha256)
        first_of: dict[str, int] = {}
        for k in order:
            first_of.setdefault(items[k][0].sha256, k)
        unique = [k for k in order if first_of[items[k][0].sha256] == k]
        rows = []
        for k in unique:
            doc, ex = items[k]
            rows.append((
                doc.sha256, doc.title, doc.url, doc.publisher, doc.language, doc.published_on, doc.date_precision,
                doc.body, doc.origin, ex.extractor_version if ex else None,
            ))
        conn.execute(sa.text(
            "create temporary table if not exists stage_sources (sha256 text, title text, url text, publisher text,"
            " language text, published_on date, date_precision text, body text, origin text,"
            " extractor_version text) on commit delete rows"
        ))
        _copy(conn, "stage_sources", _SOURCE_COLUMNS, rows)
        inserted = conn.execute(sa.text(
            f"insert into sources ({', '.join(_SOURCE_COLUMNS)}, extracted_at)"
            f" select {', '.join(_SOURCE_COLUMNS)}, case when extractor_version is null then null else now() end"
            " from stage_sources order by sha256 on conflict (sha256) do nothing returning id, sha256"
        )).all()
        new_ids = {r.sha256: int(r.id) for r in inserted}
        existing: dict[str, int] = {}
        missing = [items[k][0].sha256 for k in unique if items[k][0].sha256 not in new_ids]
        if missing:
            found = conn.execute(
                sa.text("select id, sha256 from sources where sha256 = any(:s)"), {"s": missing}
            ).all()
            existing = {r.sha256: int(r.id) for r in found}

        loaded = [(new_ids[items[k][0].sha256], items[k][1], items[k][0].published_on)
                  for k in unique if items[k][0].sha256 in new_ids]
        counts = self._insert_facts(conn, [(sid, ex, published) for sid, ex, published in loaded if ex is not None])
        if loaded:
            bump_data_version(conn)
        results = []
        for k, (doc, _ex) in enumerate(items):
            sid = new_ids.get(doc.sha256)
            if sid is not None and first_of[doc.sha256] == k:
                results.append(SaveResult("loaded", sid, counts.get(sid, {})))
            else:
                results.append(SaveResult("unchanged", sid or existing[doc.sha256], {}))
        return results

    def replace_facts(self, source_id: int, extraction: Extraction) -> dict[str, int]:
        """Drop a source's facts and store a new extraction of it, atomically."""
        with self.engine.begin() as conn:
            locked = conn.execute(
                sa.select(m.Source.id, m.Source.published_on).where(m.Source.id == source_id).with_for_update()
            ).first()
            if locked is None:
                raise StoreError(f"no source {source_id}")
            delete_facts(conn, source_id)
            counts = self._insert_facts(conn, [(source_id, extraction, locked.published_on)]).get(source_id, {})
            conn.execute(
                sa.update(m.Source)
                .where(m.Source.id == source_id)
                .values(extractor_version=extraction.extractor_version, extracted_at=sa.func.now())
            )
            bump_data_version(conn)
        return counts

    def _candidate_ids(self, conn: Connection, refs: Iterable[EntityRef]) -> None:
        """Create candidate actors and facilities (found in text, not in the gazetteer: "Jihyang Technology Trade
        Company", "przejście graniczne w Kukurykach") and cache their ids; a gazetteer entity of the name wins."""
        refs = list(refs)
        for table, rows in (("actor", "actors"), ("facility", "facilities")):
            wanted = {r.name: r for r in refs if r.table == table and (table == "actor" or r.is_candidate)
                      and (table, r.name) not in self._ids}
            if not wanted:
                continue
            names = sorted(wanted)
            kinds = [wanted[n].kind if table != "actor" or wanted[n].kind in m.ACTOR_KINDS else "unknown"
                     for n in names]
            conn.execute(
                sa.text(
                    f"insert into {rows} (name, kind, country, is_candidate)"
                    " select n, k, c, true from unnest(cast(:n as text[]), cast(:k as text[]), cast(:c as text[]))"
                    " as t(n, k, c) order by n on conflict (name) do nothing"
                ),
                {"n": names, "k": kinds, "c": [wanted[n].country for n in names]},
            )
            for row in conn.execute(sa.text(f"select id, name from {rows} where name = any(:n)"), {"n": names}):
                self._pending[(table, row.name)] = int(row.id)

    def _id(self, ref: EntityRef, table: str | None = None) -> int:
        """The id of ``ref``; ``table``: the table the column it goes to refers to (an event's place is a location or a
        facility, never the other: ids of one table would point at rows of the other)."""
        if table is not None and ref.table != table:
            raise StoreError(f"{ref.table} {ref.name!r} given as a {table}")
        key = (ref.table, ref.name)
        found = self._ids.get(key) or self._pending.get(key)
        if found is None:
            raise StoreError(f"unknown {ref.table} {ref.name!r}: not in the gazetteer")
        return found

    def _insert_facts(
        self, conn: Connection, batch: Sequence[tuple[int, Extraction, dt.date | None]]
    ) -> dict[int, dict[str, int]]:
        """COPY the facts of freshly stored sources (id, extraction, article date) into their tables.

        Ids of events are pre-allocated; their listing dates are computed here as the
        ``events_listing_dates`` trigger would, which then does not run (see migration 0005).
        """
        self._pending = {}
        refs: list[EntityRef] = []
        for _sid, ex, _published in batch:
            refs.extend(mn.entity for mn in ex.mentions)
            for ev in ex.events:
                refs.extend(r.entity for r in ev.roles)
                refs.extend(a.cited for a in ev.attributions)
            refs.extend(q.actor for q in ex.quantities if q.actor)
        self._candidate_ids(conn, refs)

        n_events = sum(len(ex.events) for _sid, ex, _published in batch)
        event_ids = iter(
            conn.execute(
                sa.text("select nextval(pg_get_serial_sequence('events', 'id')) from generate_series(1, :n)"),
                {"n": n_events},
            ).scalars().all()
            if n_events
            else []
        )
        mentions: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        roles: list[tuple[Any, ...]] = []
        attributions: list[tuple[Any, ...]] = []
        quantities: list[tuple[Any, ...]] = []
        counts: dict[int, dict[str, int]] = {}
        for sid, ex, published in batch:
            c = {"mentions": 0, "events": 0, "event_actors": 0, "attributions": 0, "quantities": 0}
            seen_mentions: set[tuple[Any, ...]] = set()
            for mn in ex.mentions:
                cols = self._entity_columns(mn.entity)
                key = (mn.start, mn.end, *cols)
                if key in seen_mentions:
                    continue
                seen_mentions.add(key)
                mentions.append((sid, *cols, _via(mn), mn.sentence, mn.start, mn.end, mn.text))
                c["mentions"] += 1
            sentences = {s.index: s for s in ex.sentences}
            quantity_event: dict[tuple[int, int], int] = {}
            for ordinal, ev in enumerate(ex.events):
                eid = int(next(event_ids))
                date = ev.date
                occurred_from = date.date_from if date else None
                occurred_to = date.date_to if date else None
                # "do czerwca" has an end and no start: precision "until"
                precision = date.precision if date and (date.date_from or date.date_to) else "unknown"
                events.append((
                    sid, eid, ordinal, ev.event_type, ev.status, ev.negated, occurred_from, occurred_to, precision,
                    self._id(ev.location, "location") if ev.location else None,
                    self._id(ev.facility, "facility") if ev.facility else None,
                    round(min(max(ev.confidence, 0.0), 1.0), 3), ev.trigger, ev.trigger_start, ev.trigger_end,
                    ev.sentence, ev.start, ev.end, ev.text,
                    sentences[ev.sentence].start if ev.sentence in sentences else None,
                    sentences[ev.sentence].end if ev.sentence in sentences else None,
                    *listing_dates(occurred_from, occurred_to, precision, published),
                ))
                c["events"] += 1
                seen_roles: set[tuple[int, str]] = set()
                for role in ev.roles:
                    if role.entity.table != "actor" or role.role not in m.ROLES:
                        continue
                    aid = self._id(role.entity)
                    if (aid, role.role) in seen_roles:
                        continue
                    seen_roles.add((aid, role.role))
                    roles.append((sid, eid, aid, role.role, role.mention.start if role.mention else None,
                                  role.mention.end if role.mention else None))
                    c["event_actors"] += 1
                seen_positions: set[int] = set()
                for at in ev.attributions:
                    if at.position in seen_positions:
                        continue
                    seen_positions.add(at.position)
                    attributions.append((sid, eid, self._id(at.cited), at.position, at.cue, at.start, at.end, at.text))
                    c["attributions"] += 1
                for q in ev.quantities:
                    quantity_event.setdefault((q.start, q.end), eid)
            for ordinal, q in enumerate(ex.quantities):
                sentence = sentences.get(q.sentence)
                quantities.append((
                    sid, ordinal, quantity_event.get((q.start, q.end)), q.value, q.low, q.high, q.unit, q.qualifier,
                    q.counted, q.counted_lemma, self._id(q.actor) if q.actor else None, q.start, q.end, q.text,
                    sentence.start if sentence else q.start, sentence.end if sentence else q.end,
                ))
                c["quantities"] += 1
            counts[sid] = c
        _copy(conn, "mentions", _MENTION_COLUMNS, mentions)
        _copy(conn, "events", _EVENT_COLUMNS, events)
        _copy(conn, "event_actors", _ROLE_COLUMNS, roles)
        _copy(conn, "attributions", _ATTRIBUTION_COLUMNS, attributions)
        _copy(conn, "quantities", _QUANTITY_COLUMNS, quantities)
        return counts

    def _entity_columns(self, ref: EntityRef) -> tuple[int | None, int | None, int | None]:
        eid = self._id(ref)
        return (
            eid if ref.table == "actor" else None,
            eid if ref.table == "facility" else None,
            eid if ref.table == "location" else None,
        )


_SOURCE_COLUMNS = (
    "sha256", "title", "url", "publisher", "language", "published_on", "date_precision", "body", "origin",
    "extractor_version",
)
_MENTION_COLUMNS = (
    "source_id", "actor_id", "facility_id", "location_id", "via", "sentence_index", "char_start", "char_end", "text",
)
_EVENT_COLUMNS = (
    "source_id", "id", "ordinal", "event_type", "status", "negated", "occurred_from", "occurred_to",
    "date_precision", "location_id", "facility_id", "confidence", "trigger", "trigger_start", "trigger_end",
    "sentence_index", "char_start", "char_end", "evidence", "sentence_start", "sentence_end", "sort_date", "last_date",
)
_ROLE_COLUMNS = ("source_id", "event_id", "actor_id", "role", "char_start", "char_end")
_ATTRIBUTION_COLUMNS = (
    "source_id", "event_id", "cited_actor_id", "position", "cue", "char_start", "char_end", "text",
)
_QUANTITY_COLUMNS = (
    "source_id", "ordinal", "event_id", "value", "low", "high", "unit", "qualifier", "counted", "counted_lemma",
    "actor_id", "char_start", "char_end", "text", "sentence_start", "sentence_end",
)


def _copy(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """COPY rows into a table through the connection's psycopg cursor (same transaction)."""
    if not rows:
        return
    import psycopg

    raw = conn.connection.driver_connection
    assert raw is not None
    statement = f"copy {table} ({', '.join(columns)}) from stdin"
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy's own errors, so callers handle one kind
        raise sa.exc.DBAPIError.instance(statement, None, exc, psycopg.Error) from None


_STILL_GOING = dt.date(9999, 12, 31)  # last_date of an event reported as going on since a date


def listing_dates(
    occurred_from: dt.date | None, occurred_to: dt.date | None, precision: str, published: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """``events.sort_date`` and ``events.last_date``: the rule of the ``events_listing_dates`` trigger
    (migration 0004) on the stored columns.  ``eventdb db check`` compares the two."""
    sort_date = occurred_from if occurred_from is not None else published
    last_date: dt.date | None
    if occurred_to is not None:
        last_date = occurred_to
    elif precision == "since":
        last_date = _STILL_GOING
    else:
        last_date = sort_date
    return sort_date, last_date


def bump_data_version(conn: Connection) -> None:
    """Count one committed change of stored facts or reference data (the summary snapshot key).

    Run last in its transaction: the row lock is then held only until the commit, so concurrent
    writers queue here for milliseconds and cannot deadlock on it.
    """
    conn.execute(sa.text("update meta set value = (value::bigint + 1)::text where key = 'data_version'"))


def _server_message(exc: BaseException) -> str:
    from eventdb.db import server_message

    return server_message(exc)


def delete_facts(conn: Connection, source_id: int) -> None:
    """Remove every fact of one source (events cascade to roles, attributions and linked quantities)."""
    for table in (m.QuantityRow, m.AttributionRow, m.EventActor, m.Event, m.MentionRow):
        conn.execute(sa.delete(table).where(table.source_id == source_id))  # type: ignore[attr-defined]


def _via(mn: Mention) -> str:
    return mn.via if mn.via in m.MENTION_VIA else "name"


def _digest(entries: Sequence[Any], taxonomy: Any) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(taxonomy, sort_keys=True, default=str).encode())
    for e in entries:
        h.update(repr(e).encode())
    return h.hexdigest()


def _upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], key: str) -> None:
    """Insert or update rows by ``key`` in one executemany round."""
    if not rows:
        return
    stmt = pg_insert(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=[key], set_={c: stmt.excluded[c] for c in rows[0] if c != key}
    )
    conn.execute(stmt, rows)


def _sync_taxonomy(conn: Connection, taxonomy: list[dict[str, Any]]) -> None:
    _upsert(conn, m.EventType.__table__, [
        {
            "code": t["code"], "label": t["label"], "description": t.get("description"),
            "plover_event": t.get("plover_event"), "plover_mode": t.get("plover_mode"),
            "plover_context": list(t.get("plover_context") or []),
            "cameo": str(t["cameo"]) if t.get("cameo") is not None else None,
        }
        for t in taxonomy
    ], "code")


def _sync_entities(conn: Connection, entries: Sequence[Any]) -> None:
    """Upsert actors, locations and facilities (in that order of dependencies) and their aliases."""
    _upsert(conn, m.Actor.__table__, [
        {"name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata, "is_candidate": False}
        for e in entries if e.table == "actor"
    ], "name")
    _upsert(conn, m.Location.__table__, [
        {"name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata}
        for e in entries if e.table == "location"
    ], "name")
    conn.execute(
        sa.text(
            "update locations l set parent_id = p.id from unnest(cast(:n as text[]), cast(:p as text[])) as x(n, p)"
            " join locations p on p.name = x.p where l.name = x.n and l.parent_id is distinct from p.id"
        ),
        {
            "n": [e.name for e in entries if e.table == "location" and e.parent],
            "p": [e.parent for e in entries if e.table == "location" and e.parent],
        },
    )
    ids = _load_ids(conn)
    _upsert(conn, m.Facility.__table__, [
        {
            "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
            "location_id": ids.get(("location", e.parent)) if e.parent else None,
            "operator_id": ids.get(("actor", e.operator)) if e.operator else None,
            "is_candidate": False,
        }
        for e in entries if e.table == "facility"
    ], "name")
    ids = _load_ids(conn)
    alias_rows = []
    for e in entries:
        eid = ids[(e.table, e.name)]
        for al in e.aliases:
            if not al.key:
                continue
            alias_rows.append((
                eid if e.table == "actor" else None,
                eid if e.table == "facility" else None,
                eid if e.table == "location" else None,
                al.text, al.language, al.alias_type if al.alias_type in m.ALIAS_TYPES else "name", al.key,
            ))
    conn.execute(sa.text(
        "create temporary table if not exists stage_aliases (actor_id bigint, facility_id bigint,"
        " location_id bigint, alias text, language text, alias_type text, key text) on commit drop"
    ))
    columns = ("actor_id", "facility_id", "location_id", "alias", "language", "alias_type", "key")
    _copy(conn, "stage_aliases", columns, alias_rows)
    conn.execute(sa.text(
        f"insert into aliases ({', '.join(columns)}) select {', '.join(columns)} from stage_aliases"
        " on conflict do nothing"
    ))


def _load_ids(conn: Connection) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    for table_name, model in (("actor", m.Actor), ("location", m.Location), ("facility", m.Facility)):
        for row in conn.execute(sa.select(model.id, model.name)):
            ids[(table_name, row.name)] = int(row.id)
    return ids
