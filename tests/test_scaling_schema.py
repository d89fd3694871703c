"""The live schema stays distributable on Citus as docs/scaling.md describes.

Citus checks uniqueness and references only inside a shard, so every primary key, unique key and
unique index of a fact table must contain its distribution column, every foreign key between fact
tables must pair the distribution columns, and no reference table may point at a fact table.
The sets of fact and reference tables are read from the migration recipe in docs/scaling.md and
compared with the live schema, so a new table or constraint cannot slip past the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

SCALING_DOC = Path(__file__).resolve().parent.parent / "docs" / "scaling.md"
LOCAL_TABLES = frozenset({"alembic_version", "summary_snapshots"})  # stay on the coordinator


@dataclass(frozen=True)
class Key:
    """A primary key, unique constraint or unique index."""

    table: str
    name: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class ForeignKey:
    table: str
    name: str
    columns: tuple[str, ...]
    referenced_table: str
    referenced_columns: tuple[str, ...]


@dataclass(frozen=True)
class Recipe:
    """What the Citus migration of docs/scaling.md does."""

    distributed: Mapping[str, str]  # table -> distribution column
    reference: frozenset[str]
    created: frozenset[str]  # tables the recipe creates itself
    dropped_constraints: frozenset[str]


def read_recipe(text: str) -> Recipe:
    distributed = dict(re.findall(r"create_distributed_table\('(\w+)',\s*'(\w+)'", text))
    return Recipe(
        distributed=distributed,
        reference=frozenset(re.findall(r"create_reference_table\('(\w+)'\)", text)),
        created=frozenset(re.findall(r"(?im)^\s*create table (\w+)", text)),
        dropped_constraints=frozenset(re.findall(r"(?i)drop constraint (\w+)", text)),
    )


# -- the rules, as pure functions over the catalogue -------------------------------------------------


def keys_without_distribution_column(keys: Sequence[Key], distribution: Mapping[str, str]) -> list[Key]:
    """Keys of distributed tables that Citus could not check inside one shard."""
    return [k for k in keys if k.table in distribution and distribution[k.table] not in k.columns]


def foreign_keys_across_shards(fks: Sequence[ForeignKey], distribution: Mapping[str, str]) -> list[ForeignKey]:
    """Foreign keys between distributed tables whose distribution columns are not paired."""
    bad = []
    for fk in fks:
        if fk.table not in distribution or fk.referenced_table not in distribution:
            continue
        pairs = set(zip(fk.columns, fk.referenced_columns, strict=True))
        if (distribution[fk.table], distribution[fk.referenced_table]) not in pairs:
            bad.append(fk)
    return bad


def references_into_facts(fks: Sequence[ForeignKey], distribution: Mapping[str, str]) -> list[ForeignKey]:
    """Foreign keys from a non-distributed table to a distributed one (Citus forbids them)."""
    return [fk for fk in fks if fk.table not in distribution and fk.referenced_table in distribution]


DIST = {"sources": "id", "events": "source_id", "event_actors": "source_id"}

KEY_CASES = [
    (Key("events", "pk_events", ("source_id", "id")), False),
    (Key("events", "uq_events_source_id_ordinal", ("source_id", "ordinal")), False),
    (Key("sources", "pk_sources", ("id",)), False),
    (Key("event_actors", "pk", ("source_id", "event_id", "actor_id", "role")), False),
    (Key("actors", "uq_actors_name", ("name",)), False),  # reference table: any key is fine
    (Key("sources", "uq_sources_sha256", ("sha256",)), True),
    (Key("events", "pk_events", ("id",)), True),
    (Key("events", "uq_events_ordinal", ("ordinal", "event_type")), True),
    (Key("event_actors", "ix_unique", ("event_id", "actor_id")), True),
    (Key("sources", "uq_sources_source_id", ("source_id",)), True),  # sources is distributed by id
]


@pytest.mark.parametrize(("key", "flagged"), KEY_CASES)
def test_key_rule(key: Key, flagged: bool) -> None:
    assert (keys_without_distribution_column([key], DIST) == [key]) is flagged


FK_CASES = [
    (ForeignKey("events", "fk1", ("source_id",), "sources", ("id",)), False),
    (ForeignKey("event_actors", "fk2", ("source_id", "event_id"), "events", ("source_id", "id")), False),
    (ForeignKey("event_actors", "fk3", ("event_id", "source_id"), "events", ("id", "source_id")), False),
    (ForeignKey("events", "fk4", ("location_id",), "locations", ("id",)), False),  # to a reference table
    (ForeignKey("event_actors", "fk5", ("actor_id",), "actors", ("id",)), False),
    (ForeignKey("event_actors", "fk6", ("event_id",), "events", ("id",)), True),
    (ForeignKey("event_actors", "fk7", ("source_id", "event_id"), "events", ("id", "source_id")), True),
    (ForeignKey("events", "fk8", ("ordinal",), "sources", ("id",)), True),
    (ForeignKey("event_actors", "fk9", ("actor_id", "event_id"), "events", ("source_id", "id")), True),
    (ForeignKey("events", "fk10", ("source_id",), "event_actors", ("event_id",)), True),
]


@pytest.mark.parametrize(("fk", "flagged"), FK_CASES)
def test_foreign_key_rule(fk: ForeignKey, flagged: bool) -> None:
    assert (foreign_keys_across_shards([fk], DIST) == [fk]) is flagged


@pytest.mark.parametrize(
    ("fk", "flagged"),
    [
        (ForeignKey("facilities", "a", ("location_id",), "locations", ("id",)), False),
        (ForeignKey("events", "b", ("source_id",), "sources", ("id",)), False),
        (ForeignKey("events", "c", ("location_id",), "locations", ("id",)), False),
        (ForeignKey("actors", "d", ("first_source_id",), "sources", ("id",)), True),
        (ForeignKey("aliases", "e", ("event_source_id", "event_id"), "events", ("source_id", "id")), True),
    ],
)
def test_reference_rule(fk: ForeignKey, flagged: bool) -> None:
    assert (references_into_facts([fk], DIST) == [fk]) is flagged


def test_recipe_is_read_from_text() -> None:
    recipe = read_recipe(
        "create table source_digests (sha256 text primary key);\n"
        "alter table sources drop constraint uq_sources_sha256;\n"
        "select create_reference_table('actors');\n"
        "select create_distributed_table('sources', 'id');\n"
        "select create_distributed_table('events', 'source_id', colocate_with => 'sources');\n"
    )
    assert recipe.distributed == {"sources": "id", "events": "source_id"}
    assert recipe.reference == {"actors"}
    assert recipe.created == {"source_digests"}
    assert recipe.dropped_constraints == {"uq_sources_sha256"}


# -- the live schema ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    tables: frozenset[str]
    columns: Mapping[str, Mapping[str, str]]  # table -> column -> type
    identities: Mapping[str, tuple[str, ...]]  # table -> identity columns
    keys: tuple[Key, ...]
    constraint_names: frozenset[str]
    foreign_keys: tuple[ForeignKey, ...]


def read_catalogue(url: str) -> Catalogue:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return _catalogue(conn)
    finally:
        engine.dispose()


def _catalogue(conn: sa.Connection) -> Catalogue:
    tables = frozenset(conn.scalars(sa.text(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
    )))
    columns: dict[str, dict[str, str]] = {}
    identities: dict[str, list[str]] = {}
    for table, column, data_type, is_identity in conn.execute(sa.text(
        "select table_name, column_name, data_type, is_identity from information_schema.columns"
        " where table_schema = 'public'"
    )):
        columns.setdefault(table, {})[column] = data_type
        if is_identity == "YES":
            identities.setdefault(table, []).append(column)
    key_rows = conn.execute(sa.text(
        "select t.relname, i.relname, array(select a.attname from unnest(x.indkey) with ordinality k(n, o)"
        "   join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n order by k.o)"
        " from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid"
        " join pg_namespace ns on ns.oid = t.relnamespace"
        " where ns.nspname = 'public' and (x.indisunique or x.indisprimary)"
    )).all()
    fk_rows = conn.execute(sa.text(
        "select c.conname, t.relname, r.relname,"
        " array(select a.attname from unnest(c.conkey) with ordinality k(n, o)"
        "   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o),"
        " array(select a.attname from unnest(c.confkey) with ordinality k(n, o)"
        "   join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)"
        " from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid"
        " join pg_namespace ns on ns.oid = t.relnamespace where ns.nspname = 'public' and c.contype = 'f'"
    )).all()
    names = frozenset(conn.scalars(sa.text(
        "select c.conname from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace"
        " where ns.nspname = 'public'"
    )))
    return Catalogue(
        tables=tables,
        columns=columns,
        identities={t: tuple(c) for t, c in identities.items()},
        keys=tuple(Key(t, i, tuple(cols)) for t, i, cols in key_rows),
        constraint_names=names,
        foreign_keys=tuple(ForeignKey(t, n, tuple(c), r, tuple(rc)) for n, t, r, c, rc in fk_rows),
    )


@pytest.fixture
def catalogue(db_url: str) -> Catalogue:
    return read_catalogue(db_url)


@pytest.fixture(scope="module")
def recipe() -> Recipe:
    return read_recipe(SCALING_DOC.read_text(encoding="utf-8"))


def fact_tables(catalogue: Catalogue) -> set[str]:
    """Tables of per-article facts: ``sources`` and every table with a ``source_id`` column."""
    return {t for t in catalogue.tables if "source_id" in catalogue.columns.get(t, {})} | {"sources"}


def _distribution(recipe: Recipe) -> dict[str, str]:
    return {t: c for t, c in recipe.distributed.items() if t not in recipe.created}


def test_fact_tables_are_exactly_the_distributed_tables_of_the_doc(catalogue: Catalogue, recipe: Recipe) -> None:
    assert fact_tables(catalogue) == set(_distribution(recipe))


def test_every_other_table_is_a_reference_table_of_the_doc(catalogue: Catalogue, recipe: Recipe) -> None:
    others = catalogue.tables - fact_tables(catalogue) - LOCAL_TABLES
    assert others == set(recipe.reference)


def test_fact_tables_are_co_located_with_sources(recipe: Recipe) -> None:
    text = SCALING_DOC.read_text(encoding="utf-8")
    for table in _distribution(recipe):
        if table != "sources":
            assert re.search(rf"create_distributed_table\('{table}', 'source_id', colocate_with => 'sources'\)", text)


def test_constraints_the_doc_drops_exist(catalogue: Catalogue, recipe: Recipe) -> None:
    assert recipe.dropped_constraints, "the recipe drops the body-digest key of sources"
    assert recipe.dropped_constraints <= catalogue.constraint_names


def test_every_key_of_a_fact_table_contains_its_distribution_column(catalogue: Catalogue, recipe: Recipe) -> None:
    keys = [k for k in catalogue.keys if k.name not in recipe.dropped_constraints]
    assert keys_without_distribution_column(keys, _distribution(recipe)) == []
    assert {k.table for k in keys} >= set(_distribution(recipe)), "every fact table has a primary key"


def test_foreign_keys_between_fact_tables_pair_source_id(catalogue: Catalogue, recipe: Recipe) -> None:
    distribution = _distribution(recipe)
    assert foreign_keys_across_shards(catalogue.foreign_keys, distribution) == []
    between = [fk for fk in catalogue.foreign_keys if fk.table in distribution and fk.referenced_table in distribution]
    assert {fk.table for fk in between} == set(distribution) - {"sources"}, "every fact table points at its source"


def test_no_reference_table_points_at_a_fact_table(catalogue: Catalogue, recipe: Recipe) -> None:
    assert references_into_facts(catalogue.foreign_keys, _distribution(recipe)) == []


def test_distribution_and_identity_columns_are_bigint(catalogue: Catalogue, recipe: Recipe) -> None:
    for table, column in _distribution(recipe).items():
        assert catalogue.columns[table][column] == "bigint", f"{table}.{column}"
        for identity in catalogue.identities.get(table, ()):
            assert catalogue.columns[table][identity] == "bigint", f"{table}.{identity}"


def _iter_violations(catalogue: Catalogue, recipe: Recipe) -> Iterator[object]:
    distribution = _distribution(recipe)
    yield from keys_without_distribution_column(catalogue.keys, distribution)
    yield from foreign_keys_across_shards(catalogue.foreign_keys, distribution)


def test_without_the_recipe_the_digest_key_is_the_only_obstacle(catalogue: Catalogue, recipe: Recipe) -> None:
    """The check finds what the recipe drops: the live schema is not trivially passing."""
    assert {getattr(v, "name", None) for v in _iter_violations(catalogue, recipe)} == set(recipe.dropped_constraints)
