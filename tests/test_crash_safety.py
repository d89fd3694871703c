"""Crash safety: kill -9 of a loader leaves whole documents only, and `eventdb db check` finds damage.

A loader is killed at seeded random moments (some while its transaction is open, found in
pg_stat_activity) during a load of a few hundred generated articles.  After every kill, each
stored source has exactly the facts a clean load gives it and the consistency checks pass; a
rerun then reaches exactly the counts of the clean load.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import _create_db, _drop_db, _url_for
from corpus import (
    ROOT,
    engine_for,
    eventdb_command,
    eventdb_env,
    facts_per_source,
    one_line_error,
    row_counts,
    run_eventdb,
    write_articles,
)
from sqlalchemy.engine import make_url

from eventdb import api, checks
from eventdb.cli import cli

ARTICLES = 320
KILL_SEED = 20251114
KILL_POINTS = 6


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    write_articles(folder, ARTICLES, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(server_url: str, template_db: str, corpus_dir: Path) -> Iterator[str]:
    """A clean single-process load of the corpus: what every other load must end up with."""
    name = _create_db(server_url, template_db)
    url = _url_for(server_url, name)
    db = api.open_database(url)
    try:
        report = api.load_paths(db, [str(corpus_dir)])
    finally:
        db.dispose()
    assert report.loaded == ARTICLES and not report.errors, report.errors
    yield url
    _drop_db(server_url, name)


def start_loader(url: str, *args: str) -> subprocess.Popen[bytes]:
    """An `eventdb` process in its own session, so that kill -9 takes its worker processes too."""
    return subprocess.Popen(eventdb_command(*args), cwd=ROOT, env=eventdb_env(url), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def kill_9(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):  # the group is gone: it finished on its own
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def writing_transaction(conn: sa.Connection) -> int | None:
    """The transaction id of an eventdb session of this database that has written something, if any."""
    return conn.scalar(sa.text(
        "select backend_xid::text::bigint from pg_stat_activity where datname = current_database()"
        " and application_name = 'eventdb' and backend_xid is not null limit 1"
    ))


def kill_at_random_moment(proc: subprocess.Popen[bytes], url: str, rng: random.Random) -> str:
    """Kill -9 either after a random delay or inside the n-th writing transaction; say which (or 'finished')."""
    monitor = engine_for(url)
    try:
        if rng.random() < 0.5:
            deadline = time.monotonic() + rng.uniform(0.3, 4.0)
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.01)
            how = "timer"
        else:
            skip, seen = rng.randint(0, 2), set()
            with monitor.connect() as conn:
                while proc.poll() is None:
                    xid = writing_transaction(conn)
                    conn.rollback()
                    if xid is not None and xid not in seen:
                        seen.add(xid)
                        if len(seen) > skip:
                            break
                    time.sleep(0.002)
            how = "in transaction"
    finally:
        monitor.dispose()
    if proc.poll() is not None:
        proc.communicate(timeout=30)
        return "finished"
    kill_9(proc)
    return how


def assert_whole_documents(url: str, expected: dict[str, tuple[int, ...]]) -> int:
    """Every stored source has exactly its facts of the clean load, and the consistency checks pass."""
    stored = facts_per_source(url)
    wrong = {sha: (n, expected.get(sha)) for sha, n in stored.items() if expected.get(sha) != n}
    assert not wrong, f"sources with other facts than a clean load: {list(wrong.items())[:3]}"
    engine = engine_for(url)
    try:
        failed = [r.line for r in checks.problems(checks.run_checks(engine))]
    finally:
        engine.dispose()
    assert not failed, failed
    return len(stored)


@pytest.mark.slow
def test_kill_9_during_load_loses_nothing_and_duplicates_nothing(db_url: str, reference: str, corpus_dir: Path) -> None:
    expected = facts_per_source(reference)
    assert len(expected) == ARTICLES and all(sum(n) > 0 for n in expected.values())
    rng = random.Random(KILL_SEED)
    kills: list[tuple[str, int]] = []
    for _ in range(KILL_POINTS + 4):
        if len(kills) == KILL_POINTS:
            break
        proc = start_loader(db_url, "load", "--jobs", str(rng.choice((1, 2))), str(corpus_dir))
        how = kill_at_random_moment(proc, db_url, rng)
        stored = assert_whole_documents(db_url, expected)
        if how != "finished":
            kills.append((how, stored))
            continue
        assert proc.returncode == 0 and stored == ARTICLES
        engine = engine_for(db_url)  # done before the next kill: start again from nothing
        with engine.begin() as conn:
            conn.execute(sa.text("truncate sources cascade"))
        engine.dispose()
    assert len(kills) == KILL_POINTS, kills
    assert sum(how == "in transaction" for how, _ in kills) >= 2, kills
    assert any(0 < stored < ARTICLES for _, stored in kills), kills
    rerun = run_eventdb("load", "--jobs", "1", str(corpus_dir), database_url=db_url)
    assert rerun.returncode == 0, rerun.stderr
    assert facts_per_source(db_url) == expected
    assert row_counts(db_url) == row_counts(reference)
    print(f"kill points: {kills}")


@pytest.mark.slow
def test_kill_9_during_reextract_keeps_every_source_whole(reference: str, server_url: str) -> None:
    name = _create_db(server_url, make_url(reference).database)  # a copy of the clean load
    url = _url_for(server_url, name)
    try:
        expected = facts_per_source(reference)
        rng = random.Random(KILL_SEED + 1)
        for _ in range(2):
            proc = start_loader(url, "reextract")
            time.sleep(rng.uniform(2.0, 3.5))  # start-up takes about 2 s: kill while sources are redone
            kill_9(proc)
            assert assert_whole_documents(url, expected) == ARTICLES
        assert row_counts(url) == row_counts(reference)
    finally:
        _drop_db(server_url, name)


# -- a document the database refuses does not take its batch down -----------------------------------


def test_refused_document_fails_alone(db_url: str, tmp_path: Path) -> None:
    from eventdb.documents import parse_text
    from eventdb.extract.model import Quantity

    db = api.open_database(db_url)
    try:
        store = api.make_store(db)
        docs = [parse_text(p.read_text(), str(p)) for p in write_articles(tmp_path, 3, seed=5)]
        pairs = [(d, api.extract_document(d)) for d in docs]
        bad_doc, bad = pairs[1]
        word = bad_doc.body.split()[0]
        bad.quantities = [*bad.quantities, Quantity(start=0, end=len(word), text=word, sentence=0, value=1.0,
                                                     low=None, high=None, unit="furlong", qualifier="exact",
                                                     counted=None)]
        results = store.save_many(pairs)
        assert [r.status for r in results] == ["loaded", "failed", "loaded"]
        assert "ck_quantities_unit_known" in (results[1].error or "")
        assert api.table_counts(db)["sources"] == 2
    finally:
        db.dispose()


# -- eventdb db check -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def checked_db(server_url: str, template_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small clean load; each corruption test changes it inside a transaction that is rolled back."""
    name = _create_db(server_url, template_db)
    url = _url_for(server_url, name)
    db = api.open_database(url)
    try:
        report = api.load_paths(db, [str(p) for p in write_articles(tmp_path_factory.mktemp("chk"), 8, seed=9)])
        assert report.loaded == 8, report.errors
        with db.engine.begin() as conn:  # at least one attribution chain of two links, whatever the extractor found
            event = conn.execute(sa.text("select source_id, id from events order by source_id, id limit 1")).one()
            conn.execute(sa.text("delete from attributions where source_id = :s and event_id = :e"),
                         {"s": event.source_id, "e": event.id})
            conn.execute(sa.text(
                "insert into attributions (source_id, event_id, cited_actor_id, position, cue, char_start, char_end,"
                " text) select :s, :e, (select min(id) from actors), p, 'według', 0, 4, substr(s.body, 1, 4)"
                " from sources s, generate_series(1, 2) p where s.id = :s"), {"s": event.source_id, "e": event.id})
    finally:
        db.dispose()
    yield url
    _drop_db(server_url, name)


def test_check_passes_on_a_clean_load(checked_db: str) -> None:
    result = CliRunner().invoke(cli, ["db", "check"], env={"EVENTDB_DATABASE_URL": checked_db}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"ok: {len(checks.CHECKS)} checks passed"


def _first(table: str, order: str = "source_id, id") -> str:
    return f"(select id from {table} order by {order} limit 1)"


REPLICA = "set local session_replication_role = replica"  # foreign keys off: what a damaged database may hold
CORRUPTIONS = [
    ("source_hashes", ["update sources set body = body || ' ' where id = (select min(id) from sources)"]),
    ("orphan_mentions", [REPLICA, "delete from sources where id = (select min(source_id) from mentions)"]),
    ("orphan_events", [REPLICA, "delete from sources where id = (select min(source_id) from events)"]),
    ("mentions_spans", [f"update mentions set text = text || 'x' where id = {_first('mentions')}"]),
    ("mentions_spans", [f"update mentions set char_end = char_end + 100000 where id = {_first('mentions')}"]),
    ("quantities_spans", [f"update quantities set char_start = char_start + 1 where id = {_first('quantities')}"]),
    ("events_spans", [f"update events set evidence = 'x' || evidence where id = {_first('events')}"]),
    ("event_triggers_spans", [f"update events set trigger = upper(trigger) || '!' where id = {_first('events')}"]),
    ("attributions_spans", [f"update attributions set char_end = char_end + 1 where id = {_first('attributions')}"]),
    ("quantity_sentences", [f"update quantities set sentence_end = char_end - 1 where id = {_first('quantities')}"]),
    ("event_sentences", [f"update events set sentence_start = char_start + 1 where id = {_first('events')}"]),
    ("event_roles_actor_id", [REPLICA, "delete from actors where id in (select actor_id from event_actors)"]),
    ("mentions_actor_id", [REPLICA, "delete from actors where id in (select actor_id from mentions)"]),
    ("attributions_cited_actor_id", [REPLICA, "delete from actors where id in (select cited_actor_id from attributions)"]),
    ("event_roles_missing_event", [REPLICA, f"delete from events where id = {_first('events e join event_actors ea on ea.event_id = e.id', 'e.id')}"]),
    ("quantity_ranges", ["alter table quantities drop constraint ck_quantities_low_le_high",
                         f"update quantities set low = 10, high = 5 where id = {_first('quantities')}"]),
    ("event_dates", ["alter table events drop constraint ck_events_dates_ordered",
                     f"update events set occurred_from = '2025-02-01', occurred_to = '2025-01-01' where id = {_first('events')}"]),
    ("attribution_positions", [f"update attributions set position = position + 5 where id = {_first('attributions')}"]),
    ("events_ordinal_gaps", ["delete from events where (source_id, ordinal) = (select source_id, 0 from events"
                             " group by source_id having count(*) > 1 order by source_id limit 1)"]),
    ("quantities_ordinal_gaps", [f"update quantities set ordinal = ordinal + 1000 where id = {_first('quantities')}"]),
    ("aliases_entity", ["alter table aliases drop constraint ck_aliases_one_entity",
                        f"update aliases set actor_id = null where id = {_first('aliases where actor_id is not null', 'id')}"]),
    ("aliases_entity", [REPLICA, "delete from locations where id in (select location_id from aliases)"]),
    ("events_event_type", [REPLICA, "delete from event_types where code in (select event_type from events)"]),
    ("extracted_sources", ["update sources set extractor_version = null"]),
]


@pytest.mark.parametrize(("name", "statements"), CORRUPTIONS, ids=[f"{n}-{k}" for k, (n, _) in enumerate(CORRUPTIONS)])
def test_check_finds_each_kind_of_damage(checked_db: str, name: str, statements: list[str]) -> None:
    engine = engine_for(checked_db)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(sa.text(statement))
            failed = {r.check.name: r for r in checks.problems(checks.run_checks(conn))}
            conn.rollback()
        assert name in failed, sorted(failed)
        assert failed[name].count >= 1
        assert failed[name].line.startswith(f"{name}: {failed[name].count} ")
        assert not checks.problems(checks.run_checks(engine))  # rolled back: clean again
    finally:
        engine.dispose()


def test_check_command_reports_each_problem_on_one_line(db_url: str, tmp_path: Path) -> None:
    db = api.open_database(db_url)
    try:
        api.load_paths(db, [str(p) for p in write_articles(tmp_path, 3, seed=13)])
        with db.engine.begin() as conn:
            conn.execute(sa.text("update mentions set text = text || '?'"))
            conn.execute(sa.text(f"update events set evidence = 'x' where id = {_first('events')}"))
            mentions = conn.scalar(sa.text("select count(*) from mentions"))
    finally:
        db.dispose()
    result = run_eventdb("db", "check", database_url=db_url)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any(line.startswith(f"mentions_spans: {mentions} mentions") for line in lines), lines
    assert any(line.startswith("events_spans: 1 events") for line in lines), lines
    assert len(lines) == 2 and one_line_error(result.stderr)
    assert "2 of" in result.stderr
