"""pandas API: eventdb.connect and read_* give the views as DataFrames, filtered like the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from test_reports import CONTRACT, sample_env_fixture, sample_url_fixture  # noqa: F401

import eventdb
from eventdb.cli import cli
from eventdb.reports import UnknownName


@pytest.fixture
def frames_db(sample_url: str) -> Any:
    db = eventdb.connect(sample_url)
    yield db
    db.dispose()


def cli_rows(*args: str) -> pd.DataFrame:
    result = CliRunner().invoke(cli, [*args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return pd.DataFrame(json.loads(result.output))


def test_import_is_cheap() -> None:
    code = "import sys, eventdb; print(sorted(m for m in ('pandas', 'sqlalchemy', 'click') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_lazy_names() -> None:
    assert callable(eventdb.read_events) and callable(eventdb.connect)
    assert {"connect", "read_events", "read_quantities", "read_timeline"} <= set(dir(eventdb))
    with pytest.raises(AttributeError):
        eventdb.read_everything  # noqa: B018


@pytest.mark.parametrize("reader, view", [
    ("read_events", "v_events"), ("read_quantities", "v_quantities"), ("read_actors", "v_actors"),
    ("read_facilities", "v_facilities"), ("read_locations", "v_locations"), ("read_claims", "v_claims"),
])
def test_every_reader_returns_its_view(frames_db: Any, reader: str, view: str) -> None:
    df = getattr(eventdb, reader)(frames_db)
    assert isinstance(df, pd.DataFrame) and len(df) > 0
    assert set(CONTRACT[view].split()) <= set(df.columns)


# the same filters give the same rows as the command line: (reader, kwargs, CLI args, key column)
SAME_AS_CLI = [
    ("read_events", {"actor": "KRLD", "since": "2025-10"}, ("events", "--actor", "KRLD", "--since", "2025-10"),
     "event_id"),
    ("read_events", {"actor": "Korei Północnej"}, ("events", "--actor", "North Korea"), "event_id"),
    ("read_events", {"type": ["troop_deployment", "statement"]},
     ("events", "--type", "troop_deployment", "--type", "statement"), "event_id"),
    ("read_events", {"location": "Rosja", "status": "completed"},
     ("events", "--location", "Rosja", "--status", "completed"), "event_id"),
    ("read_events", {"cited": "HUR", "until": "2025-10-31"}, ("events", "--cited", "HUR", "--until", "2025-10-31"),
     "event_id"),
    ("read_events", {"source": 3}, ("events", "--source", "3"), "event_id"),
    ("read_quantities", {"counted": "workers"}, ("quantities", "--counted", "workers"), "quantity_id"),
    ("read_quantities", {"actor": "Pjongjang", "unit": "person"},
     ("quantities", "--actor", "Pjongjang", "--unit", "person"), "quantity_id"),
    ("read_claims", {"cited": "NIS"}, ("claims", "--cited", "NIS"), "event_id"),
    ("read_actors", {"kind": "agency"}, ("actors", "--kind", "agency"), "actor_id"),
    ("read_locations", {"everything": True}, ("locations", "--all"), "location_id"),
]


@pytest.mark.parametrize("reader, kwargs, args, key", SAME_AS_CLI, ids=[" ".join(c[2]) for c in SAME_AS_CLI])
def test_same_rows_as_the_cli(frames_db: Any, sample_env: str, reader: str, kwargs: dict[str, Any],
                              args: tuple[str, ...], key: str) -> None:
    frame = getattr(eventdb, reader)(frames_db, **kwargs)
    assert len(frame) > 0
    assert list(frame[key]) == list(cli_rows(*args)[key])


def test_timeline_by_year(frames_db: Any) -> None:
    df = eventdb.read_timeline(frames_db, by="year")
    assert list(df.columns) == ["period", "event_type", "events"]
    assert int(df["events"].sum()) == 5 and set(df["period"]) == {"2025"}


def test_events_frame_values(frames_db: Any) -> None:
    df = eventdb.read_events(frames_db, actor="Korea Północna", type="labor_recruitment")
    assert len(df) == 1
    row = df.iloc[0]
    assert list(row["agents"]) == ["Russia"] and list(row["partners"]) == ["North Korea"]
    assert list(row["cited_sources"]) == ["Reuters", "HUR"]
    assert row["facility"] == "Alabuga Special Economic Zone"


@pytest.mark.parametrize("kwargs, message", [
    ({"actor": "Atlantis"}, "unknown actor"),
    ({"type": "parade"}, "unknown event type"),
    ({"status": "finished"}, "unknown status"),
    ({"since": "yesterday"}, "bad date"),
    ({"source": "first"}, "numeric ids"),
])
def test_bad_filters_raise_value_errors(frames_db: Any, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        eventdb.read_events(frames_db, **kwargs)


def test_unknown_name_is_a_value_error() -> None:
    assert issubclass(UnknownName, ValueError)


def test_summary_and_query(frames_db: Any) -> None:
    parts = eventdb.read_summary(frames_db)
    assert int(parts["sources"]["sources"].iloc[0]) == 3
    df = eventdb.read_query(frames_db, "select event_type, count(*) as n from v_events group by 1 order by 2 desc, 1")
    assert list(df.itertuples(index=False, name=None))[0] == ("troop_deployment", 2)
