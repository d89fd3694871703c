"""What keeps listings and the summary quick at a million events, checked for correctness.

* ``events.sort_date`` / ``events.last_date``: computed by the store, or else set by a trigger
  from the event's dates and its article's date, whoever writes the row;
* ``meta.data_version``: bumped by every committed change of facts or reference data;
* ``summary_snapshots``: the summary as computed at a data version, served only while that
  version is current, and equal to a fresh computation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa
from conftest import ROOT, SEED
from corpus import write_articles

from eventdb import api, reports
from eventdb.checks import run_checks
from eventdb.extract import EXTRACTOR_VERSION
from eventdb.store import listing_dates

ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture
def database(db_url: str) -> Iterator[Any]:
    db = api.open_database(db_url)
    yield db
    db.dispose()


def version(db: Any) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(sa.text("select value::bigint from meta where key = 'data_version'")))


def assert_same_summary(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert list(a) == list(b)
    for part in a:
        pd.testing.assert_frame_equal(a[part], b[part], check_dtype=True, obj=part)


# -- listing dates ------------------------------------------------------------------------------------


def test_the_store_fills_the_listing_dates(database: Any) -> None:
    api.load_paths(database, [str(SEED), str(ARTICLES)])
    with database.engine.connect() as conn:
        missing = conn.scalar(sa.text("select count(*) from events where sort_date is null"))
        total = conn.scalar(sa.text("select count(*) from events"))
    assert total > 100 and missing == 0
    assert [r.line for r in run_checks(database.engine) if not r.ok] == []


LISTING_CASES = [
    (None, None, "unknown", "2025-11-20", "2025-11-20"),          # no time expression: the article's date
    ("2025-06-01", "2025-06-30", "month", "2025-06-01", "2025-06-30"),
    ("2025-06-14", "2025-06-14", "day", "2025-06-14", "2025-06-14"),
    ("2025-09-01", None, "since", "2025-09-01", "9999-12-31"),      # "od września": still going on
    ("2024-01-01", None, "year", "2024-01-01", "2024-01-01"),
    (None, "2025-06-30", "until", "2025-11-20", "2025-06-30"),      # "do czerwca": ended then
]


@pytest.mark.parametrize("occurred_from, occurred_to, precision, sort_date, last_date", LISTING_CASES)
def test_the_store_computes_the_dates_as_the_trigger_does(
    occurred_from: str | None, occurred_to: str | None, precision: str, sort_date: str, last_date: str
) -> None:
    def day(text: str | None) -> dt.date | None:
        return dt.date.fromisoformat(text) if text else None

    got = listing_dates(day(occurred_from), day(occurred_to), precision, dt.date(2025, 11, 20))
    assert got == (day(sort_date), day(last_date))
    assert listing_dates(None, None, "unknown", None) == (None, None)  # no date at all: the trigger's nulls too


@pytest.mark.parametrize("occurred_from, occurred_to, precision, sort_date, last_date", LISTING_CASES)
def test_the_trigger_sets_the_dates_of_hand_written_rows(
    database: Any, occurred_from: str | None, occurred_to: str | None, precision: str, sort_date: str, last_date: str
) -> None:
    with database.engine.begin() as conn:
        sid = conn.scalar(sa.text(
            "insert into sources (sha256, language, published_on, body, extractor_version, extracted_at)"
            " values (encode(sha256(convert_to('Rosja dostarczyła sprzęt.', 'UTF8')), 'hex'), 'pl', '2025-11-20',"
            " 'Rosja dostarczyła sprzęt.', :v, now()) returning id"), {"v": EXTRACTOR_VERSION})
        conn.execute(sa.text(
            "insert into events (source_id, ordinal, event_type, status, occurred_from, occurred_to, date_precision,"
            " confidence, trigger, trigger_start, trigger_end, sentence_index, char_start, char_end, evidence)"
            " values (:s, 0, 'arms_transfer', 'completed', :f, :t, :p, 0.5, 'dostarczyła', 6, 17, 0, 0, 25,"
            " 'Rosja dostarczyła sprzęt.')"),
            {"s": sid, "f": occurred_from, "t": occurred_to, "p": precision})
        row = conn.execute(sa.text("select sort_date, last_date from events where source_id = :s"), {"s": sid}).one()
    assert (str(row.sort_date), str(row.last_date)) == (sort_date, last_date)
    with database.engine.begin() as conn:  # a hand edit of the dates moves them too
        conn.execute(sa.text("update events set occurred_from = '2023-02-02', occurred_to = '2023-02-03',"
                             " date_precision = 'day' where source_id = :s"), {"s": sid})
        conn.execute(sa.text("update events set sort_date = '2000-01-01' where source_id = :s"), {"s": sid})
        row = conn.execute(sa.text("select sort_date, last_date from events where source_id = :s"), {"s": sid}).one()
    assert (row.sort_date, row.last_date) == (dt.date(2023, 2, 2), dt.date(2023, 2, 3))
    assert [r.line for r in run_checks(database.engine) if not r.ok] == []


def test_since_and_until_keep_their_meaning(database: Any) -> None:
    """The stored dates give the rows the old expressions gave."""
    api.load_paths(database, [str(SEED), str(ARTICLES)])
    for since, until in [("2024", None), ("2025-06", None), (None, "2025-03"), ("2024-10", "2025-01-15"),
                         ("2026", None), (None, "2023")]:
        conditions, params = ["true"], {}
        if since:
            conditions.append("coalesce(occurred_to, case when date_precision = 'since' then 'infinity'::date end,"
                              " occurred_from, published_on) >= :since")
            params["since"] = reports.date_bound(since)
        if until:
            conditions.append("coalesce(occurred_from, case when date_precision = 'until' then '-infinity'::date end,"
                              " published_on) <= :until")
            params["until"] = reports.date_bound(until, end=True)
        expected = api.read_sql(database, "select event_id from v_events where " + " and ".join(conditions)
                                + " order by coalesce(occurred_from, published_on) desc nulls last, event_id desc", params)
        got = reports.events(database, since=since, until=until)
        assert list(got["event_id"]) == list(expected["event_id"]), (since, until)
        assert list(got.columns) == [c.strip() for c in reports.EVENT_COLUMNS.split(",")]


# -- data version -----------------------------------------------------------------------------------


def test_every_change_bumps_the_data_version_and_nothing_else_does(database: Any, tmp_path: Path) -> None:
    start = version(database)
    api.load_paths(database, [str(SEED)])
    after_load = version(database)
    assert after_load > start
    api.load_paths(database, [str(SEED)])  # nothing new
    assert version(database) == after_load
    reports.summary(database)
    reports.events(database, actor="KRLD")
    assert version(database) == after_load
    api.reextract(database)
    after_reextract = version(database)
    assert after_reextract > after_load
    api.make_store(database).sync_reference(force=True)
    assert version(database) > after_reextract
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    before = version(database)
    report = api.load_paths(database, [str(bad)])
    assert report.failed == 1 and version(database) == before


# -- summary snapshots --------------------------------------------------------------------------------


def test_the_snapshot_equals_a_fresh_summary(database: Any) -> None:
    api.load_paths(database, [str(SEED), str(ARTICLES)])
    with database.engine.connect() as conn:
        stored = conn.execute(sa.text("select part, data_version from summary_snapshots")).all()
    assert {r.part for r in stored} == set(reports.SUMMARY_PARTS)
    assert {r.data_version for r in stored} == {version(database)}  # the load left it current
    cached, fresh = reports.summary(database), reports.summary(database, fresh=True)
    assert_same_summary(cached, fresh)
    assert reports.render_summary(cached) == reports.render_summary(fresh)
    assert int(cached["sources"]["sources"].iloc[0]) == 11


def test_the_snapshot_is_served_while_current_and_never_after_a_change(database: Any, tmp_path: Path) -> None:
    api.load_paths(database, [str(SEED)])
    reports.summary(database)
    with database.engine.begin() as conn:  # mark the snapshot, to see whether it is what comes back
        conn.execute(sa.text("update summary_snapshots set payload = jsonb_set(payload, '{rows,0,0}', '999')"
                             " where part = 'sources'"))
    assert int(reports.summary(database)["sources"]["sources"].iloc[0]) == 999
    assert int(reports.summary(database, fresh=True)["sources"]["sources"].iloc[0]) == 1
    db2 = api.open_database(database.settings.database_url)  # another process's load
    try:
        api.load_paths(db2, [str(p) for p in write_articles(tmp_path / "more", 3, seed=5)])
    finally:
        db2.dispose()
    assert int(reports.summary(database)["sources"]["sources"].iloc[0]) == 4


def test_a_stale_snapshot_is_recomputed_and_saved(database: Any) -> None:
    api.load_paths(database, [str(SEED)])
    with database.engine.begin() as conn:
        conn.execute(sa.text("update meta set value = (value::bigint + 1)::text where key = 'data_version'"))
        conn.execute(sa.text("update summary_snapshots set payload = jsonb_set(payload, '{rows,0,0}', '999')"))
    assert int(reports.summary(database)["sources"]["sources"].iloc[0]) == 1
    with database.engine.connect() as conn:
        versions = conn.execute(sa.text("select distinct data_version from summary_snapshots")).scalars().all()
    assert versions == [version(database)]


def test_the_summary_still_answers_where_it_cannot_write(database: Any, db_url: str) -> None:
    api.load_paths(database, [str(SEED)])
    with database.engine.begin() as conn:
        conn.execute(sa.text("delete from summary_snapshots"))
    joiner = "&" if "?" in db_url else "?"
    ro = api.open_database(db_url + joiner + "options=-c%20default_transaction_read_only%3Don")
    try:
        parts = reports.summary(ro)
    finally:
        ro.dispose()
    assert int(parts["sources"]["sources"].iloc[0]) == 1
    with database.engine.connect() as conn:
        assert conn.scalar(sa.text("select count(*) from summary_snapshots")) == 0


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"a": [1, 2], "b": ["x", None]}),
    pd.DataFrame({"d": [dt.date(2025, 1, 2), None], "n": [Decimal("1.50"), Decimal("12000")]}, dtype=object),
    pd.DataFrame({"t": [dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)], "l": [["KRLD", "Rosja"]]}, dtype=object),
    pd.DataFrame({"f": [1.5, float("nan")], "i": np.array([3, 4], dtype="int64")}),
    pd.DataFrame({"empty": []}),
    pd.DataFrame({"s": ["Północna „Korea”", "ż"], "b": [True, False]}),
])
def test_frames_survive_the_snapshot_format(frame: pd.DataFrame) -> None:
    import json

    back = reports.frame_from_json(json.loads(json.dumps(reports.frame_to_json(frame))))
    pd.testing.assert_frame_equal(back, frame)


# -- the first page of a table --------------------------------------------------------------------


def test_a_table_shows_the_first_rows_and_says_so(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from eventdb.cli import cli
    from eventdb.cli.report_commands import TABLE_ROWS

    database = api.open_database(db_url)
    try:
        api.load_paths(database, [str(SEED), str(ARTICLES)])
        total = int(api.read_sql(database, "select count(*) as n from events")["n"].iloc[0])
    finally:
        database.dispose()
    assert total > TABLE_ROWS
    monkeypatch.setenv("EVENTDB_DATABASE_URL", db_url)

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    footer = f"(the first {TABLE_ROWS} rows"
    page = run("events")
    assert footer in page and page.count("\n#") + page.startswith("#") <= TABLE_ROWS + 1
    assert footer not in run("events", "--limit", "0")
    assert footer not in run("events", "--limit", "5")
    assert len(json.loads(run("events", "--format", "json"))) == total  # tools get every row
    assert len(json.loads(run("events", "--format", "json", "--limit", "7"))) == 7
    assert len(run("quantities", "--limit", "3").splitlines()) < len(run("quantities").splitlines())
    assert footer not in run("actors")  # fewer rows than a page: no footer


def test_summary_counts_agree_with_the_views(database: Any) -> None:
    api.load_paths(database, [str(SEED), str(ARTICLES)])
    with database.engine.begin() as conn:  # a candidate no fact points at
        conn.execute(sa.text("insert into actors (name, kind, is_candidate) values ('Nobody Seen', 'person', true)"))
    views = api.read_sql(
        database,
        "select 'actors' as what, count(*) filter (where mentions > 0 or events > 0) as seen, count(*) as known"
        " from v_actors where not is_candidate"
        " union all select 'candidate actors', count(*) filter (where mentions > 0 or events > 0), count(*)"
        " from v_actors where is_candidate"
        " union all select 'facilities', count(*) filter (where mentions > 0 or events > 0), count(*)"
        " from v_facilities v join facilities f on f.id = v.facility_id where not f.is_candidate"
        " union all select 'candidate facilities', count(*) filter (where mentions > 0 or events > 0), count(*)"
        " from v_facilities v join facilities f on f.id = v.facility_id where f.is_candidate"
        " union all select 'locations', count(*) filter (where mentions > 0 or events > 0), count(*) from v_locations"
        " union all select 'events', count(*), count(*) from v_events"
        " union all select 'quantities', count(*), count(*) from v_quantities"
        " union all select 'claims', count(*), count(*) from v_claims")
    counts = reports.summary(database, fresh=True)["counts"]
    assert counts.to_dict("records") == views.to_dict("records")
    assert 0 < counts.set_index("what").loc["actors", "seen"] < counts.set_index("what").loc["actors", "known"]


def test_an_event_with_only_an_end_is_stored_as_until(database: Any, tmp_path: Path) -> None:
    """"do końca czerwca" gives an end and no start: precision "until", found by --until, and a
    PLOVER record dated by its end (not by the later publication date)."""
    article = tmp_path / "until.txt"
    article.write_text(" date 2025-11-20 \nRosja do końca czerwca dostarczyła Korei Północnej 20 tys. ton ropy.",
                       encoding="utf-8")
    api.load_paths(database, [str(article)])
    row = api.read_sql(database, "select e.id, e.occurred_from, e.occurred_to, e.date_precision, e.sort_date,"
                       " e.last_date from events e join sources s on s.id = e.source_id"
                       " where s.body like '%do końca czerwca%'").iloc[0]
    assert (row.occurred_from, row.occurred_to, row.date_precision) == (None, dt.date(2025, 6, 30), "until")
    assert (row.sort_date, row.last_date) == (dt.date(2025, 11, 20), dt.date(2025, 6, 30))
    assert int(row.id) in set(reports.events(database, until="2025-07")["event_id"])
    assert int(row.id) not in set(reports.events(database, since="2025-07")["event_id"])
    from eventdb.export import plover_records

    record = next(r for r in plover_records(database) if "do końca czerwca" in r["event_text"])
    assert (str(record["date"]), str(record["enddate"]), record["date_precision"]) == (
        "2025-06-30", "2025-06-30", "until")
    assert [r.line for r in run_checks(database.engine) if not r.ok] == []
