"""Migrations on real PostgreSQL: pytest-alembic's built-ins, the contract columns, alembic from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import sqlalchemy as sa
from conftest import ROOT
from pytest_alembic.tests import (  # noqa: F401  (collected as tests)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)

from eventdb import migrate

TABLES = {
    "sources": {"id", "sha256", "title", "url", "publisher", "language", "published_on", "body", "loaded_at",
                "extractor_version"},
    "actors": {"id", "name", "kind", "country", "wikidata", "is_candidate"},
    "facilities": {"id", "name", "kind", "location_id", "operator_id"},
    "locations": {"id", "name", "kind", "country", "parent_id"},
    "aliases": {"id", "alias", "language", "key"},
    "events": {"source_id", "id", "event_type", "status", "occurred_from", "occurred_to", "date_precision",
               "location_id", "facility_id", "confidence", "char_start", "char_end", "evidence"},
    "event_types": {"code", "label", "plover_event", "plover_mode", "plover_context", "cameo"},
    "event_actors": {"source_id", "event_id", "actor_id", "role"},
    "quantities": {"source_id", "id", "value", "low", "high", "unit", "qualifier", "counted", "event_id",
                   "actor_id", "char_start", "char_end", "text"},
    "attributions": {"source_id", "id", "event_id", "cited_actor_id", "position", "cue", "char_start", "char_end"},
    "mentions": {"source_id", "id", "actor_id", "facility_id", "location_id", "char_start", "char_end"},
}
VIEWS = {
    "v_events": ["event_id", "source_id", "source_title", "published_on", "event_type", "status", "occurred_from",
                 "occurred_to", "date_precision", "location", "facility", "agents", "partners", "cited_sources",
                 "evidence", "confidence"],
    "v_quantities": ["quantity_id", "source_id", "event_id", "event_type", "value", "low", "high", "unit",
                     "qualifier", "counted", "actor", "text", "evidence"],
    "v_actors": ["actor_id", "name", "kind", "country", "aliases", "is_candidate", "mentions", "events",
                 "first_seen", "last_seen"],
    "v_facilities": ["facility_id", "name", "kind", "location", "country", "aliases", "mentions", "events"],
    "v_locations": ["location_id", "name", "kind", "country", "aliases", "mentions", "events"],
    "v_claims": ["cited_source", "event_id", "event_type", "cue", "source_id", "source_title", "published_on"],
    "v_timeline": ["month", "event_type", "events"],
}
REQUIRED_TYPES = {
    "labor_recruitment", "labor_deployment", "arms_transfer", "military_support", "economic_support",
    "troop_deployment", "weapons_production", "meeting", "agreement", "statement", "attack", "casualties",
    "demining", "training", "visit",
}


def _columns(conn: sa.Connection, name: str) -> list[str]:
    rows = conn.execute(
        sa.text("select column_name from information_schema.columns where table_name = :t order by ordinal_position"),
        {"t": name},
    )
    return [r[0] for r in rows]


def test_tables_have_contract_columns(db_url: str) -> None:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        for table, required in TABLES.items():
            missing = required - set(_columns(conn, table))
            assert not missing, f"{table} lacks {missing}"
    engine.dispose()


def test_views_have_exactly_the_contract_columns(db_url: str) -> None:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        for view, columns in VIEWS.items():
            assert _columns(conn, view) == columns, view
            conn.execute(sa.text(f"select * from {view} limit 1"))
    engine.dispose()


def test_taxonomy_is_seeded_with_plover_and_cameo(db_url: str) -> None:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select code, plover_event, cameo from event_types")).all()
    engine.dispose()
    codes = {r.code for r in rows}
    assert codes >= REQUIRED_TYPES
    assert all(r.plover_event for r in rows if r.code in REQUIRED_TYPES)
    assert all(r.cameo for r in rows if r.code in REQUIRED_TYPES)


def test_fact_table_keys_include_source_id(db_url: str) -> None:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    sql = sa.text(
        """select tc.table_name, tc.constraint_name, tc.constraint_type,
                  array_agg(kcu.column_name::text) as cols
           from information_schema.table_constraints tc
           join information_schema.key_column_usage kcu
             on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name
           where tc.constraint_type in ('PRIMARY KEY', 'UNIQUE')
             and tc.table_name in ('events', 'event_actors', 'quantities', 'attributions', 'mentions')
           group by 1, 2, 3"""
    )
    with engine.connect() as conn:
        rows = conn.execute(sql).all()
    engine.dispose()
    assert len(rows) >= 5
    for r in rows:
        assert "source_id" in r.cols, f"{r.table_name}.{r.constraint_name} lacks source_id"


def test_check_constraints_reject_bad_rows(db_url: str) -> None:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    bad = [
        "insert into sources (sha256, language, body) values ('x', 'pl', 'a')",
        "insert into sources (sha256, language, body) values (repeat('a', 64), 'xx', 'a')",
        "insert into actors (name, kind) values ('A', 'spaceship')",
    ]
    for sql in bad:
        with engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text(sql))
    with engine.begin() as conn:
        sid = conn.scalar(sa.text(
            "insert into sources (sha256, language, body) values (repeat('b', 64), 'pl', 'abc') returning id"))
    with engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.execute(sa.text(
            "insert into quantities (source_id, ordinal, low, high, unit, qualifier, char_start, char_end, text,"
            " sentence_start, sentence_end) values (:s, 0, 10, 5, 'person', 'range', 0, 2, 'ab', 0, 3)"), {"s": sid})
    with engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.execute(sa.text(
            "insert into quantities (source_id, ordinal, value, unit, qualifier, char_start, char_end, text,"
            " sentence_start, sentence_end) values (:s, 0, 1, 'parsec', 'exact', 0, 2, 'ab', 0, 3)"), {"s": sid})
    engine.dispose()


def test_alembic_command_line_up_down_up(empty_db_url: str) -> None:
    env = {**os.environ, "EVENTDB_DATABASE_URL": empty_db_url}
    for args in (["upgrade", "head"], ["downgrade", "base"], ["upgrade", "head"]):
        proc = subprocess.run([sys.executable, "-m", "alembic", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
    engine = sa.create_engine(empty_db_url, poolclass=sa.pool.NullPool)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_first_command_creates_schema_and_old_revision_is_refused(empty_db_url: str) -> None:
    from eventdb import api

    db = api.open_database(empty_db_url)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    migrate.downgrade(db.engine, "0001")
    db.dispose()
    with pytest.raises(migrate.SchemaError, match="eventdb db upgrade"):
        api.open_database(empty_db_url)
