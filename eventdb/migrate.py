"""Schema revisions through alembic, on an engine the caller already has."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Engine


class SchemaError(Exception):
    """The database schema is not at the revision this eventdb needs (one-line message)."""


def migrations_dir() -> Path:
    """``migrations/`` of the checkout (``EVENTDB_MIGRATIONS`` overrides)."""
    env = os.environ.get("EVENTDB_MIGRATIONS")
    candidate = Path(env) if env else Path(__file__).resolve().parent.parent / "migrations"
    if not (candidate / "env.py").exists():
        raise SchemaError(f"alembic migrations not found at {candidate}; install eventdb from its checkout (pip install -e .)")
    return candidate


def alembic_config(connection: sa.Connection | None = None) -> Config:
    root = migrations_dir()
    ini = root.parent / "alembic.ini"
    cfg = Config(str(ini)) if ini.exists() else Config()
    cfg.set_main_option("script_location", str(root))
    cfg.attributes["skip_logging"] = True
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    return SchemaState(current_revision(engine), head_revision())


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, fn, revision: str) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(sa.text("select pg_advisory_xact_lock(4712)"))  # one migrator at a time
        try:
            fn(alembic_config(conn), revision)
        except CommandError as exc:
            raise SchemaError(str(exc).splitlines()[0]) from None


def ensure_schema(engine: Engine) -> SchemaState:
    """Create the schema on an empty database; refuse one at an older or unknown revision."""
    state = schema_state(engine)
    if state.current is None:
        with engine.connect() as conn:
            tables = conn.scalar(
                sa.text("select count(*) from information_schema.tables where table_schema = current_schema()")
            )
        if tables:
            raise SchemaError(
                "the database has tables but no eventdb schema revision; use an empty database for eventdb"
            )
        upgrade(engine, "head")
        return schema_state(engine)
    if state.current != state.head:
        script = ScriptDirectory.from_config(alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if state.current not in known:
            raise SchemaError(
                f"the database is at schema revision {state.current}, which this eventdb does not know "
                "(a newer eventdb wrote it); upgrade eventdb"
            )
        raise SchemaError(
            f"the database schema is at revision {state.current}, this eventdb needs {state.head}: "
            "run `eventdb db upgrade`"
        )
    return state
