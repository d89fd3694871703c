"""Migrations keep data: rows stored at the first revision survive every upgrade and downgrade.

Articles are loaded by today's store into a database at head, and their rows are copied into a
database at ``0001`` (tables only; the columns ``0001`` has), as if an old eventdb had stored them.
Then that schema walks up to head one revision at a time, down to ``0001`` and up again.  After every step, every row of the first
revision's tables is still there, byte for byte (compared on the columns ``0001`` had), and at head
every reporting view answers for all of them; a load after the round trip still works.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.script import ScriptDirectory
from corpus import engine_for, run_eventdb, write_articles

from eventdb import api, migrate

FIRST = "0001"
VIEWS = ("v_events", "v_quantities", "v_actors", "v_facilities", "v_locations", "v_claims", "v_timeline")


def revisions() -> list[str]:
    """Revisions from the first to head, in order."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def columns_of(engine: sa.Engine) -> dict[str, list[str]]:
    """The tables of the current schema and their columns (alembic's own table left out)."""
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "select c.table_name, c.column_name from information_schema.columns c"
            " join information_schema.tables t using (table_schema, table_name)"
            " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
            " and c.table_name <> 'alembic_version' order by c.table_name, c.ordinal_position"
        )).all()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def snapshot(engine: sa.Engine, tables: dict[str, list[str]]) -> dict[str, tuple[int, str]]:
    """(row count, md5 of all rows) per table, over the given columns only."""
    out = {}
    with engine.connect() as conn:
        for table, cols in tables.items():
            row = ", ".join(f'"{c}"' for c in cols)
            out[table] = tuple(conn.execute(sa.text(
                f"select count(*), coalesce(md5(string_agg(r::text, '|' order by r::text)), '')"
                f" from (select {row} from {table}) r"
            )).one())
    return out


def views_answer(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        counts = {v: int(conn.scalar(sa.text(f"select count(*) from {v}"))) for v in VIEWS}
        assert counts["v_events"] == conn.scalar(sa.text("select count(*) from events"))
        assert counts["v_quantities"] == conn.scalar(sa.text("select count(*) from quantities"))
        assert counts["v_claims"] == conn.scalar(sa.text("select count(*) from attributions"))
        assert counts["v_actors"] == conn.scalar(sa.text("select count(*) from actors"))
        timeline = conn.scalar(sa.text("select coalesce(sum(events), 0) from v_timeline"))
        dated = conn.scalar(sa.text(
            "select count(*) from events e join sources s on s.id = e.source_id"
            " where coalesce(e.occurred_from, s.published_on) is not null"))
        assert timeline == dated
    return counts


# parents before children, so that every foreign key finds its row
COPY_ORDER = ("meta", "event_types", "actors", "locations", "facilities", "aliases", "sources", "events",
              "event_actors", "quantities", "attributions", "mentions")


def copy_rows(source: sa.Engine, target: sa.Engine) -> None:
    """Copy every row of the fact and reference tables, on the columns both schemas have; ids kept."""
    source_columns, target_columns = columns_of(source), columns_of(target)
    with source.connect() as src, target.begin() as dst:
        dst.execute(sa.text("delete from event_types"))  # the seeded taxonomy: replaced by the source's
        for name in COPY_ORDER:
            cols = [c for c in target_columns[name] if c in source_columns[name]]
            rows = [dict(r) for r in src.execute(sa.text(f"select {', '.join(cols)} from {name}")).mappings()]
            if not rows:
                continue
            parents = {r["id"]: r.pop("parent_id") for r in rows} if name == "locations" else {}
            cols = [c for c in cols if c != "parent_id" or not parents]
            dst.execute(sa.table(name, *map(sa.column, cols)).insert(), rows)
            for child, parent in parents.items():
                if parent is not None:
                    dst.execute(sa.text("update locations set parent_id = :p where id = :c"), {"p": parent, "c": child})
            if "id" in cols:
                dst.execute(sa.text(f"select setval(pg_get_serial_sequence('{name}', 'id'), (select max(id) from {name}))"))


def test_rows_stored_at_the_first_revision_survive_up_down_up(db_url: str, empty_db_url: str, tmp_path: Path) -> None:
    steps = revisions()
    assert steps[0] == FIRST and len(steps) >= 2
    db = api.open_database(db_url)
    try:
        report = api.load_paths(db, [str(p) for p in write_articles(tmp_path / "old", 20, seed=53)])
    finally:
        db.dispose()
    assert report.loaded == 20 and not report.errors
    engine, loaded = engine_for(empty_db_url), engine_for(db_url)
    migrate.upgrade(engine, FIRST)
    copy_rows(loaded, engine)
    tables = columns_of(engine)
    before = snapshot(engine, tables)
    assert {t: n for t, (n, _) in before.items()} == {t: n for t, (n, _) in snapshot(loaded, tables).items()}
    assert before["sources"][0] == 20 and before["events"][0] > 0 and before["quantities"][0] > 0
    loaded.dispose()

    for revision in steps[1:]:  # up, one revision at a time
        migrate.upgrade(engine, revision)
        assert snapshot(engine, tables) == before, f"rows changed by the upgrade to {revision}"
    at_head = views_answer(engine)
    assert at_head["v_events"] > 0 and at_head["v_claims"] > 0

    for revision in reversed(steps[:-1]):  # down to the first revision, one at a time
        migrate.downgrade(engine, revision)
        assert snapshot(engine, tables) == before, f"rows changed by the downgrade to {revision}"
    assert migrate.current_revision(engine) == FIRST

    migrate.upgrade(engine, "head")
    assert snapshot(engine, tables) == before
    assert views_answer(engine) == at_head

    more = run_eventdb("load", *map(str, write_articles(tmp_path / "new", 5, seed=59)), database_url=empty_db_url)
    assert more.returncode == 0 and "loaded 5," in more.stdout, more.stderr
    engine.dispose()
