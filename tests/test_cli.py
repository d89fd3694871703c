"""The eventdb command against a real PostgreSQL: load, sources, summary, query, formats, bad input."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import SEED

from eventdb.cli import cli
from eventdb.migrate import head_revision

GOOD = " date 2025-11-03 Korea Północna wysłała do Rosji 1000 saperów. Według Reutera pracują w obwodzie kurskim.\n"


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def count(url: str, table: str) -> int:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        n = int(conn.scalar(sa.text(f"select count(*) from {table}")))
    engine.dispose()
    return n


def test_every_command_has_help_with_an_example() -> None:
    def walk(group, prefix):  # type: ignore[no-untyped-def]
        for name, cmd in group.commands.items():
            yield [*prefix, name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, [*prefix, name])

    for path, cmd in walk(cli, []):
        result = run(*path, "--help")
        assert result.exit_code == 0, result.output
        if not hasattr(cmd, "commands"):
            assert "Example" in result.output, path


def test_load_seed_is_idempotent(cli_env: str) -> None:
    first = run("load", str(SEED))
    assert first.exit_code == 0, first.output
    assert "loaded 1, unchanged 0, failed 0" in first.output
    second = run("load", str(SEED.parent))
    assert second.exit_code == 0, second.output
    assert "loaded 0, unchanged 1, failed 0" in second.output
    assert count(cli_env, "sources") == 1


def test_loaded_body_is_verbatim_and_hashed(cli_env: str) -> None:
    run("load", str(SEED))
    engine = sa.create_engine(cli_env, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        row = conn.execute(sa.text("select body, sha256, published_on, language from sources")).one()
    engine.dispose()
    import hashlib

    assert row.body.startswith("Rosja planuje zatrudnić 12 tys.")
    assert row.body in SEED.read_text(encoding="utf-8")
    assert row.sha256 == hashlib.sha256(row.body.encode()).hexdigest()
    assert str(row.published_on) == "2025-11-14" and row.language == "pl"


def test_load_from_stdin(cli_env: str) -> None:
    result = run("load", "-", input=GOOD.encode())
    assert result.exit_code == 0, result.output
    assert count(cli_env, "sources") == 1


def test_load_jsonl_with_one_bad_line(cli_env: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "news.jsonl"
    f.write_text(
        json.dumps({"text": "Rosja otrzymała setki pocisków z Korei Północnej.", "date": "2025-10-01", "lang": "pl"})
        + "\n{not json\n"
        + json.dumps({"body": "North Korea sent thousands of troops to Russia.", "date": "2025-09"}) + "\n",
        encoding="utf-8",
    )
    result = run("load", str(f))
    assert result.exit_code == 1
    assert "news.jsonl:2" in result.output
    assert "loaded 2, unchanged 0, failed 1" in result.output
    assert count(cli_env, "sources") == 2


def test_bad_files_each_give_one_line_and_good_one_is_stored(cli_env: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\x00" * 50)
    (tmp_path / "c_cp1250.txt").write_bytes(" date 2025-11-01 Żołnierze z Korei Północnej walczą.".encode("cp1250"))
    (tmp_path / "d_baddate.txt").write_text(" date 2025-13-45 Rosja planuje zatrudnić pracowników.", encoding="utf-8")
    (tmp_path / "e_good.txt").write_text(GOOD, encoding="utf-8")
    result = run("load", str(tmp_path))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4, result.output
    for name in ("a_empty", "b_binary", "c_cp1250", "d_baddate"):
        assert sum(name in ln for ln in errors) == 1, (name, errors)
    assert any("--encoding" in ln for ln in errors)
    assert any("2025-13-45" in ln for ln in errors)
    assert "loaded 1, unchanged 0, failed 4" in result.output
    assert count(cli_env, "sources") == 1
    # the cp1250 file loads when told its encoding
    again = run("load", "--encoding", "cp1250", str(tmp_path / "c_cp1250.txt"))
    assert again.exit_code == 0, again.output
    assert count(cli_env, "sources") == 2


def test_oversized_file_is_rejected(cli_env: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "big.txt"
    f.write_text(" date 2025-11-01 " + "Rosja i Korea Północna współpracują. " * 200, encoding="utf-8")
    result = run("load", "--max-bytes", "1000", str(f))
    assert result.exit_code == 1
    assert "big.txt" in result.output and "limit" in result.output
    assert count(cli_env, "sources") == 0


def test_missing_path_is_a_clear_error(cli_env: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run("load", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_query_is_read_only(cli_env: str) -> None:
    run("load", str(SEED))
    result = run("query", "delete from sources")
    assert result.exit_code == 1
    assert "read-only" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert count(cli_env, "sources") == 1


def test_query_shows_server_error_in_one_line(cli_env: str) -> None:
    result = run("query", "select * from no_such_table")
    assert result.exit_code == 1
    assert 'relation "no_such_table" does not exist' in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_query_statement_timeout(cli_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTDB_STATEMENT_TIMEOUT", "200")
    result = run("query", "select pg_sleep(5)")
    assert result.exit_code == 1
    assert "statement timeout" in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_formats_parse_back_to_the_same_rows(cli_env: str, fmt: str) -> None:
    run("load", str(SEED))
    run("load", "-", input=GOOD.encode())
    sql = "select id, title, published_on, language from sources order by id"
    table = run("query", sql, "--format", "table")
    assert table.exit_code == 0 and "published_on" in table.output
    result = run("query", sql, "--format", fmt)
    assert result.exit_code == 0, result.output
    text = io.StringIO(result.output)
    df = {"csv": lambda: pd.read_csv(text), "json": lambda: pd.read_json(text),
          "jsonl": lambda: pd.read_json(text, lines=True)}[fmt]()
    assert list(df.columns) == ["id", "title", "published_on", "language"]
    assert len(df) == 2
    assert [str(v)[:10] for v in df["published_on"]] == ["2025-11-14", "2025-11-03"]


def test_json_dates_are_iso_strings(cli_env: str) -> None:
    run("load", str(SEED))
    result = run("sources", "--format", "json")
    rows = json.loads(result.output)
    assert rows[0]["published_on"] == "2025-11-14"
    assert isinstance(rows[0]["loaded_at"], str)


def test_sources_and_summary(cli_env: str) -> None:
    run("load", str(SEED))
    src = run("sources")
    assert src.exit_code == 0 and "Rosja planuje" in src.output
    summ = run("summary")
    assert summ.exit_code == 0, summ.output
    assert "sources" in summ.output and "quantities" in summ.output
    data = json.loads(run("summary", "--format", "json").output)
    assert data["sources"][0]["sources"] == 1
    counts = {r["what"]: r["seen"] for r in data["counts"]}
    assert counts["quantities"] == 12 and counts["events"] >= 15


def test_db_status_upgrade_downgrade(cli_env: str) -> None:
    st = run("db", "status")
    assert st.exit_code == 0, st.output
    assert f"schema revision: {head_revision()}" in st.output
    down = run("db", "downgrade", "0001")
    assert down.exit_code == 0 and "0001" in down.output
    refused = run("sources")
    assert refused.exit_code == 1 and "eventdb db upgrade" in refused.output
    up = run("db", "upgrade")
    assert up.exit_code == 0 and head_revision() in up.output


def test_password_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTDB_DATABASE_URL", "postgresql://eve:s3cr3t-pw@127.0.0.1:1/nodb")
    monkeypatch.setenv("EVENTDB_CONNECT_TIMEOUT", "2")
    result = run("sources")
    assert result.exit_code == 1
    assert "s3cr3t-pw" not in result.output
    assert "cannot connect" in result.output and "***" in result.output
