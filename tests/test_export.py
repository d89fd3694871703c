"""Exports: CSV/Parquet folders, one JSON document, PLOVER records with sentence offsets."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SEED
from test_reports import BODY_1, BODY_2, BODY_3, CONTRACT, sample_env_fixture, sample_url_fixture  # noqa: F401

from eventdb.cli import cli

BODIES = {1: BODY_1, 2: BODY_2, 3: BODY_3}
VIEW_ROWS = {"v_events": 5, "v_quantities": 7, "v_actors": 9, "v_facilities": 1, "v_locations": 4, "v_claims": 4,
             "v_timeline": 5}


def ok(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_csv_writes_one_file_per_view(sample_env: str, tmp_path: Path) -> None:
    out = ok("export", "--format", "csv", "--out", str(tmp_path / "csv"))
    assert "v_events.csv  5 rows" in out
    for view, rows in VIEW_ROWS.items():
        df = pd.read_csv(tmp_path / "csv" / f"{view}.csv", dtype=str, keep_default_na=False)
        assert len(df) == rows, view
        assert set(CONTRACT[view].split()) <= set(df.columns), view
    events = pd.read_csv(tmp_path / "csv" / "v_events.csv", dtype=str, keep_default_na=False).set_index("event_id")
    assert events.loc["13", "cited_sources"] == "Reuters; HUR"
    assert events.loc["13", "published_on"] == "2025-10-03"


def test_csv_into_an_existing_file_is_a_clear_error(sample_env: str, tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    target.write_text("keep me")
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(target)])
    assert result.exit_code == 1 and "is a file" in result.output
    assert target.read_text() == "keep me"


def test_json_is_one_document_with_every_view(sample_env: str, tmp_path: Path) -> None:
    ok("export", "--format", "json", "--out", str(tmp_path / "all.json"))
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert {view: len(rows) for view, rows in document.items()} == VIEW_ROWS
    event = next(e for e in document["v_events"] if e["event_id"] == 14)
    assert event["agents"] == ["North Korea"] and event["occurred_from"] == "2025-06-01"
    quantity = next(q for q in document["v_quantities"] if q["quantity_id"] == 23)
    assert quantity["value"] == 2.5 and quantity["unit"] == "USD/hour"


def test_parquet_round_trip(sample_env: str, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    ok("export", "--format", "parquet", "--out", str(tmp_path / "pq"))
    events = pd.read_parquet(tmp_path / "pq" / "v_events.parquet").set_index("event_id")
    assert list(events.loc[13, "cited_sources"]) == ["Reuters", "HUR"]
    quantities = pd.read_parquet(tmp_path / "pq" / "v_quantities.parquet").set_index("quantity_id")
    assert quantities.loc[23, "value"] == 2.5 and quantities.loc[22, "value"] == 12000
    for view, rows in VIEW_ROWS.items():
        assert len(pd.read_parquet(tmp_path / "pq" / f"{view}.parquet")) == rows


def test_parquet_without_pyarrow_says_what_to_install(sample_env: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    result = CliRunner().invoke(cli, ["export", "--format", "parquet", "--out", str(tmp_path / "pq")])
    assert result.exit_code == 1
    assert "pip install 'eventdb[parquet]'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "pq").exists()


# -- PLOVER -------------------------------------------------------------------------------------------

SENTENCES = {
    11: "Korea Północna wysłała do Rosji 1000 saperów.",
    12: "Pjongjang dostarcza Moskwie amunicję.",
    13: "Rosja planuje zatrudnić 12 tys. pracowników z KRLD w Ałabudze.",
    14: "According to the NIS, North Korea sent about 3,000 troops to Russia in June.",
    15: "Ukraine condemned the deployment.",
}


def plover(tmp_path: Path, name: str = "events.jsonl") -> list[dict[str, Any]]:
    from eventdb.export import iter_plover

    ok("export", "--format", "plover", "--out", str(tmp_path / name))
    return list(iter_plover(tmp_path / name))


def test_plover_has_the_layout_fields(sample_env: str, tmp_path: Path) -> None:
    records = plover(tmp_path)
    assert len(records) == 5
    for r in records:
        assert {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_text", "text_info",
                "cite_info"} <= set(r)
        assert {"url", "title", "language", "publication"} <= set(r["cite_info"])
        assert {"sentence_start", "sentence_end", "sentence"} <= set(r["text_info"])
    by_id = {r["eventdb"]["event_id"]: r for r in records}
    r = by_id[14]
    assert (r["date"], r["enddate"], r["date_precision"]) == ("2025-06-01", "2025-06-30", "month")
    assert (r["actor"], r["recipient"]) == ("North Korea", "Russia")
    assert (r["event"], r["mode"], r["context"]) == ("AID", "military", ["military"])
    assert r["cite_info"] == {"source_id": 3, "url": "https://example.org/en/3", "title": "NIS: North Korea sent troops",
                              "language": "en", "publication": "Example News", "published_on": "2025-06-20",
                              "cited_sources": ["National Intelligence Service"]}
    assert r["id"] == f"{3:064x}"[:16] + "-0"
    undated = by_id[15]
    assert (undated["date"], undated["enddate"], undated["date_precision"]) == ("2025-06-20", "2025-06-20",
                                                                                "publication")
    assert (undated["event"], undated["mode"], undated["context"]) == (None, None, [])
    assert by_id[13]["cite_info"]["cited_sources"] == ["Reuters", "HUR"]


@pytest.mark.parametrize("event_id", sorted(SENTENCES))
def test_plover_offsets_slice_the_source_to_the_event_sentence(sample_env: str, tmp_path: Path,
                                                               event_id: int) -> None:
    r = next(r for r in plover(tmp_path) if r["eventdb"]["event_id"] == event_id)
    body = BODIES[r["cite_info"]["source_id"]]
    info = r["text_info"]
    assert body[info["sentence_start"]:info["sentence_end"]] == SENTENCES[event_id] == info["sentence"]
    assert body[info["evidence_start"]:info["evidence_end"]] == r["event_text"]
    assert body[info["trigger_start"]:info["trigger_end"]] == info["trigger"]


def test_plover_as_a_json_array(sample_env: str, tmp_path: Path) -> None:
    ok("export", "--format", "plover", "--out", str(tmp_path / "events.json"))
    data = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 5


def test_export_of_an_empty_database(cli_env: str, tmp_path: Path) -> None:
    ok("export", "--format", "csv", "--out", str(tmp_path / "csv"))
    assert pd.read_csv(tmp_path / "csv" / "v_events.csv").empty
    ok("export", "--format", "plover", "--out", str(tmp_path / "p.jsonl"))
    assert (tmp_path / "p.jsonl").read_text() == ""


def test_plover_of_the_seed_article(cli_env: str, tmp_path: Path) -> None:
    """Every event of the loaded seed: offsets slice the stored body to its sentence and evidence."""
    ok("load", str(SEED))
    records = plover(tmp_path)
    assert len(records) >= 5
    import sqlalchemy as sa

    engine = sa.create_engine(cli_env, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        body = conn.scalar(sa.text("select body from sources"))
    engine.dispose()
    for r in records:
        info = r["text_info"]
        assert body[info["sentence_start"]:info["sentence_end"]] == info["sentence"]
        assert r["event_text"] in info["sentence"]
        assert body[info["evidence_start"]:info["evidence_end"]] == r["event_text"]
        assert info["trigger"] in r["event_text"]
    assert all(r["event"] for r in records if r["eventdb"]["event_type"] == "arms_transfer")
    first = next(r for r in records if r["text_info"]["sentence_start"] == 0)
    assert first["text_info"]["sentence"].startswith("Rosja planuje zatrudnić 12 tys.")
