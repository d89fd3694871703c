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
    status: str  # "loaded" | "unchanged"
    source_id: int
    counts: dict[str, int]


class StoreError(Exception):
    """A document could not be stored; nothing of it was written."""


class Store:
    """Writes documents and their extractions; holds the ids of reference entities."""

    def __init__(self, engine: Engine, gazetteer: Any) -> None:
        self.engine = engine
        self.gazetteer = gazetteer
        self._ids: dict[tuple[str, str], int] = {}

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
                synced = True
            else:
                synced = False
            self._ids = _load_ids(conn)
        return synced

    def _entity_id(self, conn: Connection, ref: EntityRef) -> int:
        key = (ref.table, ref.name)
        found = self._ids.get(key)
        if found is not None:
            return found
        if ref.table != "actor":
            raise StoreError(f"unknown {ref.table} {ref.name!r}: not in the gazetteer")
        # candidate actor: found in text, not in the gazetteer; created inside this transaction
        kind = ref.kind if ref.kind in m.ACTOR_KINDS else "unknown"
        conn.execute(
            pg_insert(m.Actor.__table__)
            .values(name=ref.name, kind=kind, country=ref.country, is_candidate=True)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        return int(conn.scalar(sa.select(m.Actor.id).where(m.Actor.name == ref.name)))

    # -- documents ------------------------------------------------------------------------------

    def save(self, document: DocumentLike, extraction: Extraction | None) -> SaveResult:
        """Store one document and its facts in one transaction; an existing body is left alone."""
        with self.engine.begin() as conn:
            row = conn.execute(
                pg_insert(m.Source.__table__)
                .values(
                    sha256=document.sha256, title=document.title, url=document.url, publisher=document.publisher,
                    language=document.language, published_on=document.published_on,
                    date_precision=document.date_precision, body=document.body, origin=document.origin,
                    extractor_version=extraction.extractor_version if extraction else None,
                    extracted_at=sa.func.now() if extraction else None,
                )
                .on_conflict_do_nothing(index_elements=["sha256"])
                .returning(m.Source.id)
            ).first()
            if row is None:
                existing = conn.scalar(sa.select(m.Source.id).where(m.Source.sha256 == document.sha256))
                return SaveResult("unchanged", int(existing), {})
            source_id = int(row[0])
            counts = self._insert_facts(conn, source_id, extraction) if extraction else {}
        return SaveResult("loaded", source_id, counts)

    def replace_facts(self, source_id: int, extraction: Extraction) -> dict[str, int]:
        """Drop a source's facts and store a new extraction of it, atomically."""
        with self.engine.begin() as conn:
            conn.execute(sa.select(m.Source.id).where(m.Source.id == source_id).with_for_update())
            delete_facts(conn, source_id)
            counts = self._insert_facts(conn, source_id, extraction)
            conn.execute(
                sa.update(m.Source.__table__)
                .where(m.Source.id == source_id)
                .values(extractor_version=extraction.extractor_version, extracted_at=sa.func.now())
            )
        return counts

    def _insert_facts(self, conn: Connection, source_id: int, ex: Extraction) -> dict[str, int]:
        sentences = {s.index: s for s in ex.sentences}

        def entity_columns(ref: EntityRef) -> dict[str, int | None]:
            eid = self._entity_id(conn, ref)
            return {
                "actor_id": eid if ref.table == "actor" else None,
                "facility_id": eid if ref.table == "facility" else None,
                "location_id": eid if ref.table == "location" else None,
            }

        mention_rows = _unique(
            {
                "source_id": source_id, **entity_columns(mn.entity), "via": _via(mn), "sentence_index": mn.sentence,
                "char_start": mn.start, "char_end": mn.end, "text": mn.text,
            }
            for mn in ex.mentions
        )
        if mention_rows:
            conn.execute(sa.insert(m.MentionRow.__table__), mention_rows)

        event_rows = []
        for ordinal, ev in enumerate(ex.events):
            date = ev.date
            event_rows.append({
                "source_id": source_id, "ordinal": ordinal, "event_type": ev.event_type, "status": ev.status,
                "negated": ev.negated,
                "occurred_from": date.date_from if date else None, "occurred_to": date.date_to if date else None,
                "date_precision": date.precision if date and date.date_from else "unknown",
                "location_id": self._entity_id(conn, ev.location) if ev.location else None,
                "facility_id": self._entity_id(conn, ev.facility) if ev.facility else None,
                "confidence": round(min(max(ev.confidence, 0.0), 1.0), 3),
                "trigger": ev.trigger, "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
                "sentence_index": ev.sentence, "char_start": ev.start, "char_end": ev.end, "evidence": ev.text,
            })
        event_ids: list[int] = []
        if event_rows:
            result = conn.execute(
                sa.insert(m.Event.__table__).returning(m.Event.id, sort_by_parameter_order=True), event_rows
            )
            event_ids = [int(r[0]) for r in result]

        role_rows: dict[tuple[int, int, str], dict[str, Any]] = {}
        attribution_rows: list[dict[str, Any]] = []
        quantity_event: dict[tuple[int, int], int] = {}
        for ev, event_id in zip(ex.events, event_ids, strict=True):
            for role in ev.roles:
                if role.entity.table != "actor":
                    continue
                actor_id = self._entity_id(conn, role.entity)
                key = (event_id, actor_id, role.role)
                if key not in role_rows:
                    role_rows[key] = {
                        "source_id": source_id, "event_id": event_id, "actor_id": actor_id, "role": role.role,
                        "char_start": role.mention.start if role.mention else None,
                        "char_end": role.mention.end if role.mention else None,
                    }
            seen_positions: set[int] = set()
            for at in ev.attributions:
                if at.position in seen_positions:
                    continue
                seen_positions.add(at.position)
                attribution_rows.append({
                    "source_id": source_id, "event_id": event_id,
                    "cited_actor_id": self._entity_id(conn, at.cited), "position": at.position, "cue": at.cue,
                    "char_start": at.start, "char_end": at.end, "text": at.text,
                })
            for q in ev.quantities:
                quantity_event.setdefault((q.start, q.end), event_id)
        if role_rows:
            conn.execute(sa.insert(m.EventActor.__table__), list(role_rows.values()))
        if attribution_rows:
            conn.execute(sa.insert(m.AttributionRow.__table__), attribution_rows)

        quantity_rows = []
        for ordinal, q in enumerate(ex.quantities):
            sentence = sentences.get(q.sentence)
            quantity_rows.append({
                "source_id": source_id, "ordinal": ordinal, "event_id": quantity_event.get((q.start, q.end)),
                "value": q.value, "low": q.low, "high": q.high, "unit": q.unit, "qualifier": q.qualifier,
                "counted": q.counted, "counted_lemma": q.counted_lemma,
                "actor_id": self._entity_id(conn, q.actor) if q.actor else None,
                "char_start": q.start, "char_end": q.end, "text": q.text,
                "sentence_start": sentence.start if sentence else q.start,
                "sentence_end": sentence.end if sentence else q.end,
            })
        if quantity_rows:
            conn.execute(sa.insert(m.QuantityRow.__table__), quantity_rows)
        return {
            "mentions": len(mention_rows), "events": len(event_rows), "event_actors": len(role_rows),
            "attributions": len(attribution_rows), "quantities": len(quantity_rows),
        }


def delete_facts(conn: Connection, source_id: int) -> None:
    """Remove every fact of one source (events cascade to roles, attributions and linked quantities)."""
    for table in (m.QuantityRow, m.AttributionRow, m.EventActor, m.Event, m.MentionRow):
        conn.execute(sa.delete(table.__table__).where(table.__table__.c.source_id == source_id))


def _via(mn: Mention) -> str:
    return mn.via if mn.via in m.MENTION_VIA else "name"


def _unique(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in rows:
        key = (r["char_start"], r["char_end"], r["actor_id"], r["facility_id"], r["location_id"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _digest(entries: Sequence[Any], taxonomy: Any) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(taxonomy, sort_keys=True, default=str).encode())
    for e in entries:
        h.update(repr(e).encode())
    return h.hexdigest()


def _sync_taxonomy(conn: Connection, taxonomy: list[dict[str, Any]]) -> None:
    table = m.EventType.__table__
    for t in taxonomy:
        values = {
            "code": t["code"], "label": t["label"], "description": t.get("description"),
            "plover_event": t.get("plover_event"), "plover_mode": t.get("plover_mode"),
            "plover_context": list(t.get("plover_context") or []),
            "cameo": str(t["cameo"]) if t.get("cameo") is not None else None,
        }
        conn.execute(
            pg_insert(table).values(**values).on_conflict_do_update(
                index_elements=["code"], set_={k: v for k, v in values.items() if k != "code"}
            )
        )


def _sync_entities(conn: Connection, entries: Sequence[Any]) -> None:
    """Upsert actors, locations and facilities (in that order of dependencies) and their aliases."""
    tables = {"actor": m.Actor.__table__, "location": m.Location.__table__, "facility": m.Facility.__table__}
    for table_name in ("actor", "location"):
        rows = [e for e in entries if e.table == table_name]
        for e in rows:
            values: dict[str, Any] = {"name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata}
            if table_name == "actor":
                values["is_candidate"] = False
            conn.execute(
                pg_insert(tables[table_name]).values(**values).on_conflict_do_update(
                    index_elements=["name"], set_={k: v for k, v in values.items() if k != "name"}
                )
            )
    ids = _load_ids(conn)
    for e in entries:
        if e.table == "location" and e.parent and ("location", e.parent) in ids:
            conn.execute(
                sa.update(tables["location"]).where(tables["location"].c.name == e.name)
                .values(parent_id=ids[("location", e.parent)])
            )
    for e in entries:
        if e.table != "facility":
            continue
        values = {
            "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
            "location_id": ids.get(("location", e.parent)) if e.parent else None,
            "operator_id": ids.get(("actor", e.operator)) if e.operator else None,
        }
        conn.execute(
            pg_insert(tables["facility"]).values(**values).on_conflict_do_update(
                index_elements=["name"], set_={k: v for k, v in values.items() if k != "name"}
            )
        )
    ids = _load_ids(conn)
    alias_rows = []
    for e in entries:
        eid = ids[(e.table, e.name)]
        for al in e.aliases:
            if not al.key:
                continue
            alias_rows.append({
                "actor_id": eid if e.table == "actor" else None,
                "facility_id": eid if e.table == "facility" else None,
                "location_id": eid if e.table == "location" else None,
                "alias": al.text, "language": al.language,
                "alias_type": al.alias_type if al.alias_type in m.ALIAS_TYPES else "name", "key": al.key,
            })
    if alias_rows:
        stmt = pg_insert(m.AliasRow.__table__).on_conflict_do_nothing()
        for chunk in range(0, len(alias_rows), 5000):
            conn.execute(stmt, alias_rows[chunk : chunk + 5000])


def _load_ids(conn: Connection) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    for table_name, model in (("actor", m.Actor), ("location", m.Location), ("facility", m.Facility)):
        for row in conn.execute(sa.select(model.id, model.name)):
            ids[(table_name, row.name)] = int(row.id)
    return ids
