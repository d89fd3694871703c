"""The embedded server: started on first use, stopped by the last process, even after kill -9."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from conftest import ROOT, SEED, make_home

from eventdb.migrate import head_revision

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("EVENTDB_TEST_DATABASE_URL")), reason="embedded-server tests run in the embedded pass"
)


def eventdb(home: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EVENTDB_DATABASE_URL"}
    env["EVENTDB_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "eventdb", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def postgres_processes(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            if proc.info["name"] == "postgres" and str(pgdata) in " ".join(proc.info["cmdline"] or []):
                found.append(proc)
        except psutil.Error:
            continue
    return found


def wait_until(predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def home() -> Iterator[Path]:
    h = make_home()
    yield h
    eventdb(h, "db", "stop")
    shutil.rmtree(h, ignore_errors=True)


def test_load_then_server_is_stopped(home: Path) -> None:
    result = eventdb(home, "load", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "loaded 1" in result.stdout
    pgdata = (home / "pgdata").resolve()
    assert (pgdata / "PG_VERSION").exists()
    assert wait_until(lambda: not postgres_processes(pgdata), 15)
    status = eventdb(home, "db", "status")
    assert status.returncode == 0, status.stderr
    assert str(pgdata) in status.stdout and f"schema revision: {head_revision()}" in status.stdout


def test_kill_9_of_a_holder_does_not_leave_the_server_running(home: Path) -> None:
    pgdata = (home / "pgdata").resolve()
    env = {k: v for k, v in os.environ.items() if k != "EVENTDB_DATABASE_URL"}
    env["EVENTDB_HOME"] = str(home)
    holder = subprocess.Popen([sys.executable, "-m", "eventdb", "query", "select pg_sleep(120)"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pids_file = pgdata / ".handle_pids.json"

    def holding() -> bool:
        try:
            return holder.pid in json.loads(pids_file.read_text() or "[]")
        except (OSError, ValueError):
            return False

    assert wait_until(holding, 60), "the holder never registered with the server"
    assert wait_until(lambda: bool(postgres_processes(pgdata)), 30)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert postgres_processes(pgdata), "the server should outlive the killed holder"
    assert holder.pid in json.loads(pids_file.read_text())

    after = eventdb(home, "sources")
    assert after.returncode == 0, after.stderr
    again = eventdb(home, "load", str(SEED))
    assert again.returncode == 0, again.stderr
    assert wait_until(lambda: not postgres_processes(pgdata), 20), "server left running"
    assert holder.pid not in json.loads(pids_file.read_text() or "[]")


def test_db_stop(home: Path) -> None:
    assert eventdb(home, "db", "stop").stdout.strip() == "not running"
    assert eventdb(home, "sources").returncode == 0


def test_root_home_stays_private(home: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only meaningful as root")
    before = os.stat("/root").st_mode & 0o777
    assert eventdb(home, "sources").returncode == 0
    assert os.stat("/root").st_mode & 0o777 == before


def test_private_home_gives_a_clear_error(home: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only meaningful as root: the server runs as another OS user")
    private = home / "private"
    private.mkdir(mode=0o700)
    result = eventdb(private / "data", "sources")
    assert result.returncode == 1
    assert "private" in result.stderr and "EVENTDB_HOME" in result.stderr
    assert "Traceback" not in result.stderr
    assert oct(private.stat().st_mode & 0o777) == oct(0o700)
