"""Read-only access: `eventdb db grant-reader` gives the reporting views and nothing else; `eventdb query` never writes."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import _create_db, _drop_db, _url_for
from corpus import engine_for, write_articles
from sqlalchemy.engine import make_url

from eventdb import api
from eventdb.cli import cli

VIEWS = ("v_events", "v_quantities", "v_actors", "v_facilities", "v_locations", "v_claims", "v_timeline")
RAW_TABLES = ("sources", "actors", "facilities", "locations", "aliases", "events", "event_types", "event_actors",
              "quantities", "attributions", "mentions", "meta")


REFUSALS = ("permission denied", "must be owner", "must be superuser", "cannot update view", "cannot delete from view",
            "cannot insert into view")


def run(*args: str, url: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env={"EVENTDB_DATABASE_URL": url}, catch_exceptions=False)


@pytest.fixture(scope="module")
def loaded(server_url: str, template_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database with a dozen generated articles, shared by the tests of this file (none of them may write)."""
    name = _create_db(server_url, template_db)
    url = _url_for(server_url, name)
    db = api.open_database(url)
    try:
        folder = tmp_path_factory.mktemp("articles")
        report = api.load_paths(db, [str(p) for p in write_articles(folder, 12, seed=3)])
    finally:
        db.dispose()
    assert report.loaded == 12, report.errors
    yield url
    _drop_db(server_url, name)


def _admin(url: str, *statements: str) -> None:
    engine = engine_for(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(sa.text(statement))
    engine.dispose()


@pytest.fixture
def reader(loaded: str) -> Iterator[tuple[str, str]]:
    """A fresh login role (with a password, for servers that ask for one) and its URL to the test database."""
    role = f"eventdb_reader_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    _admin(loaded, f"create role {role} login password '{password}'")
    url = make_url(loaded).set(username=role, password=password).render_as_string(hide_password=False)
    yield role, url
    _admin(loaded, f"drop owned by {role}")
    _admin(loaded, f"drop role {role}")


def fingerprint(url: str) -> tuple[object, ...]:
    """Everything a write could change: row counts of every table and a hash of the sources."""
    engine = engine_for(url)
    with engine.connect() as conn:
        counts = tuple(conn.scalar(sa.text(f"select count(*) from {t}")) for t in RAW_TABLES)
        digest = conn.scalar(sa.text("select md5(string_agg(id || title || body, '|' order by id)) from sources"))
    engine.dispose()
    return (*counts, digest)


def test_reader_sees_every_view_and_no_raw_table(loaded: str, reader: tuple[str, str]) -> None:
    role, url = reader
    result = run("db", "grant-reader", role, url=loaded)
    assert result.exit_code == 0, result.output
    assert f"granted {role}" in result.output and "v_timeline" in result.output
    owner, as_reader = engine_for(loaded), engine_for(url)
    with owner.connect() as conn:
        expected = {v: conn.scalar(sa.text(f"select count(*) from {v}")) for v in VIEWS}
    assert expected["v_events"] > 0 and expected["v_quantities"] > 0
    with as_reader.connect() as conn:
        assert {v: conn.scalar(sa.text(f"select count(*) from {v}")) for v in VIEWS} == expected
    with owner.connect() as conn:
        others = conn.execute(sa.text(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname = current_schema() and c.relkind in ('r', 'v') and c.relname <> 'alembic_version'"
            " and c.relname <> all(:views)"), {"views": list(VIEWS)}).scalars().all()
        body_columns = conn.execute(sa.text(
            "select table_name from information_schema.columns where table_schema = current_schema()"
            " and column_name = 'body' and table_name = any(:views)"), {"views": list(VIEWS)}).scalars().all()
    assert set(RAW_TABLES) <= set(others)
    assert not body_columns  # no view the reader gets holds whole articles
    for relation in others:  # raw tables, and views beyond the reporting ones (v_sources holds bodies)
        with as_reader.connect() as conn, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            conn.execute(sa.text(f'select * from "{relation}" limit 1'))
    owner.dispose()
    as_reader.dispose()


@pytest.mark.parametrize("statement", [
    "insert into sources (sha256, language, body) values (repeat('a', 64), 'pl', 'x')",
    "update sources set title = 'x'",
    "delete from sources",
    "delete from v_actors",
    "update v_locations set name = 'x'",
    "update v_facilities set name = 'x'",
    "insert into v_actors (name, kind) values ('x', 'group')",
    "delete from v_events",
    "truncate mentions",
    "create table v_new (x int)",
    "drop view v_events",
    "alter view v_events rename to v_old",
    "grant select on sources to public",
    "copy (select 1) to program 'true'",
    "select pg_read_file('pg_hba.conf')",
])
def test_reader_cannot_write_or_escape(loaded: str, reader: tuple[str, str], statement: str) -> None:
    role, url = reader
    assert run("db", "grant-reader", role, url=loaded).exit_code == 0
    before = fingerprint(loaded)
    engine = engine_for(url)
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError) as caught:
        conn.execute(sa.text(statement))
        conn.commit()
    engine.dispose()
    assert any(reason in str(caught.value) for reason in REFUSALS), caught.value
    assert fingerprint(loaded) == before


def test_reader_can_use_eventdb_query_on_views_only(loaded: str, reader: tuple[str, str]) -> None:
    role, url = reader
    assert run("db", "grant-reader", role, url=loaded).exit_code == 0
    ok = run("query", "select count(*) as n from v_events", "--format", "csv", url=url)
    assert ok.exit_code == 0, ok.output
    assert int(ok.output.split()[-1]) > 0
    denied = run("query", "select body from sources", url=url)
    assert denied.exit_code == 1 and "permission denied" in denied.output


def test_grant_reader_takes_back_direct_table_privileges(loaded: str, reader: tuple[str, str]) -> None:
    role, url = reader
    _admin(loaded, f"grant select, insert on sources, events to {role}")
    assert run("db", "grant-reader", role, url=loaded).exit_code == 0
    engine = engine_for(url)
    with engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        conn.execute(sa.text("select body from sources"))
    engine.dispose()


def test_grant_reader_is_idempotent(loaded: str, reader: tuple[str, str]) -> None:
    role, _url = reader
    first, second = run("db", "grant-reader", role, url=loaded), run("db", "grant-reader", role, url=loaded)
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.output == second.output


def test_grant_reader_warns_when_public_can_read_raw_tables(loaded: str, reader: tuple[str, str]) -> None:
    role, _url = reader
    _admin(loaded, "grant select on sources to public")
    try:
        result = run("db", "grant-reader", role, url=loaded)
    finally:
        _admin(loaded, "revoke select on sources from public")
    assert result.exit_code == 1
    assert "can still read sources" in result.output


@pytest.mark.parametrize(("role", "message"), [
    ("nobody_such_role_x1", "no role 'nobody_such_role_x1'"),
    ("x; drop table sources; --", "no role 'x; drop table sources; --'"),
    ("\"quoted\"", "no role '\"quoted\"'"),
    ("postgres", None),  # the superuser of the embedded server, when the tests run there
])
def test_grant_reader_refuses_missing_and_superuser_roles(loaded: str, role: str, message: str | None) -> None:
    engine = engine_for(loaded)
    with engine.connect() as conn:
        is_super = conn.scalar(sa.text("select rolsuper from pg_roles where rolname = :r"), {"r": role})
    engine.dispose()
    before = fingerprint(loaded)
    result = run("db", "grant-reader", role, url=loaded)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    if message is not None:
        assert message in result.output
    elif is_super:
        assert "superuser" in result.output
    assert fingerprint(loaded) == before


def test_role_name_is_quoted_not_interpolated(loaded: str) -> None:
    role = f"Reader Ω-\"{secrets.token_hex(3)}\"; drop table sources"
    quoted = '"' + role.replace('"', '""') + '"'
    _admin(loaded, f"create role {quoted} login")
    try:
        result = run("db", "grant-reader", role, url=loaded)
        assert result.exit_code == 0, result.output
        engine = engine_for(loaded)
        with engine.connect() as conn:
            assert conn.scalar(sa.text("select has_table_privilege(:r, 'v_events', 'select')"), {"r": role})
            assert not conn.scalar(sa.text("select has_table_privilege(:r, 'sources', 'select')"), {"r": role})
            assert conn.scalar(sa.text("select count(*) from sources")) == 12
        engine.dispose()
    finally:
        _admin(loaded, f"drop owned by {quoted}", f"drop role {quoted}")


def test_member_of_the_owner_is_refused(loaded: str, reader: tuple[str, str]) -> None:
    role, _url = reader
    engine = engine_for(loaded)
    with engine.connect() as conn:
        owner = conn.scalar(sa.text("select tableowner from pg_tables where tablename = 'sources'"))
    engine.dispose()
    try:
        _admin(loaded, f'grant "{owner}" to {role}')
    except sa.exc.DBAPIError as exc:
        pytest.skip(f"cannot grant membership of the owner here: {exc.orig}")
    result = run("db", "grant-reader", role, url=loaded)
    assert result.exit_code == 1 and "owns the eventdb tables" in result.output


# -- eventdb query: free SQL, but never a write ------------------------------------------------------


def test_query_still_reads_with_percent_signs_and_semicolon(loaded: str) -> None:
    result = run("query", "select count(*) as n from sources where body like '%a%';", "--format", "csv", url=loaded)
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["n", "12"]


WRITES = [
    "delete from sources",
    "drop table sources cascade",
    "update sources set title = 'changed'",
    "insert into meta (key, value) values ('x', 'y')",
    "create table evil (x int)",
    "truncate sources cascade",
    "set transaction read write; delete from sources",
    "select set_config('transaction_read_only', 'off', false); delete from sources",
    "commit; delete from sources",
    "rollback; update sources set title = 'changed'",
    "end; drop table sources cascade",
    "abort; begin read write; delete from sources; commit",
    "select 1; update sources set title = 'changed'",
    "with gone as (delete from sources returning 1) select count(*) from gone",
    "select nextval(pg_get_serial_sequence('sources', 'id'))",
    "do $$ begin delete from sources; end $$",
]


@pytest.mark.parametrize("sql", WRITES)
def test_query_never_writes(loaded: str, sql: str) -> None:
    before = fingerprint(loaded)
    result = run("query", sql, url=loaded)
    assert result.exit_code == 1, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert fingerprint(loaded) == before

