"""`eventdb gazetteer import` and `eventdb reextract`: users extend the reference data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import eventdb
from eventdb import reports
from eventdb.cli import cli
from eventdb.extract import EXTRACTOR_VERSION, _rules_digest

ARTICLE = (" date 2025-10-02 Firma Kwangmyong Trading dostarczyła Rosji 300 ton amunicji. "
           "Według NIS Kwangmyong Trading działa w Rason.\n")
USER_FILE = """
actors:
  - name: Kwangmyong Trading Corporation
    kind: company
    country: North Korea
    aliases: {pl: [Kwangmyong Trading], en: [Kwangmyong Trading]}
"""


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def actor(url: str, name: str) -> tuple[bool, int] | None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        row = conn.execute(
            sa.text("select is_candidate, mentions from v_actors where name = :n"), {"n": name}
        ).first()
    engine.dispose()
    return None if row is None else (row.is_candidate, row.mentions)


def test_import_then_reextract_turns_a_candidate_into_a_known_actor(cli_env: str, tmp_path: Path) -> None:
    assert run("load", "-", input=ARTICLE.encode()).exit_code == 0
    assert actor(cli_env, "Kwangmyong Trading Corporation") is None
    f = tmp_path / "companies.yaml"
    f.write_text(USER_FILE, encoding="utf-8")
    result = run("gazetteer", "import", str(f))
    assert result.exit_code == 0, result.output
    assert "companies.yaml" in result.output and "reextract" in result.output
    assert actor(cli_env, "Kwangmyong Trading Corporation") == (False, 0)
    listed = run("gazetteer", "list", "--format", "csv")
    assert "companies.yaml" in listed.output
    again = run("reextract")
    assert again.exit_code == 0, again.output
    assert "reextracted 1 of 1" in again.output
    is_candidate, mentions = actor(cli_env, "Kwangmyong Trading Corporation")  # type: ignore[misc]
    assert not is_candidate and mentions == 2
    # the same body loaded again is still one source
    assert run("load", "-", input=ARTICLE.encode()).output.strip().endswith("loaded 0, unchanged 1, failed 0")


FACILITY_ARTICLE = (" date 2025-10-02 Ciężarówki stały na przejściu granicznym w Kukurykach. "
                    "Na przejściu granicznym w Kukurykach zatrzymano elektronikę.\n")


def facility(url: str, name: str) -> tuple[bool, int, str] | None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        row = conn.execute(sa.text(
            "select f.is_candidate, v.mentions, f.kind from facilities f join v_facilities v on v.facility_id = f.id"
            " where f.name = :n"), {"n": name}).first()
    engine.dispose()
    return None if row is None else (row.is_candidate, row.mentions, row.kind)


def test_a_candidate_facility_is_stored_once_and_a_gazetteer_entry_takes_it_over(cli_env: str,
                                                                                 tmp_path: Path) -> None:
    name = "przejście graniczne w Kukurykach"
    assert run("load", "-", input=FACILITY_ARTICLE.encode()).exit_code == 0
    assert facility(cli_env, name) == (True, 2, "border_crossing")
    summary = run("summary").output
    assert "candidate facilities" in summary
    listed = run("facilities", "--candidates", "--format", "csv").output
    assert name in listed and "Terespol" not in listed  # candidates only
    f = tmp_path / "crossings.yaml"
    f.write_text(f"facilities:\n  - name: {name}\n    kind: border_crossing\n    country: Poland\n"
                 f"    aliases: {{pl: [przejście w Kukurykach]}}\n", encoding="utf-8")
    assert run("gazetteer", "import", str(f)).exit_code == 0
    assert facility(cli_env, name) == (False, 2, "border_crossing")  # the same row, now known


def test_bad_gazetteer_file_is_refused_with_one_line(cli_env: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: Someone\n    kind: wizard\n", encoding="utf-8")
    result = run("gazetteer", "import", str(bad))
    assert result.exit_code == 1
    assert "bad.yaml" in result.output and "wizard" in result.output
    assert len(result.output.strip().splitlines()) == 1
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors: [\n", encoding="utf-8")
    result = run("gazetteer", "import", str(broken))
    assert result.exit_code == 1 and "YAML" in result.output
    assert run("gazetteer", "list", "--format", "csv").output.strip() == "file,lines"


def test_remove_unknown_file(cli_env: str) -> None:
    result = run("gazetteer", "remove", "nope.yaml")
    assert result.exit_code == 1 and "nope.yaml" in result.output


def test_reextract_outdated_only(cli_env: str) -> None:
    assert run("load", "-", input=ARTICLE.encode()).exit_code == 0
    result = run("reextract", "--outdated")
    assert result.exit_code == 0 and "reextracted 0 of 0" in result.output
    engine = sa.create_engine(cli_env)
    try:
        with engine.begin() as conn:  # as if stored by the rules of an older release
            conn.execute(sa.text("update sources set extractor_version = '0.1.0+000000000000'"))
        result = run("reextract", "--outdated")
        assert result.exit_code == 0 and "reextracted 1 of 1" in result.output
        with engine.connect() as conn:
            assert conn.scalar(sa.text("select extractor_version from sources")) == EXTRACTOR_VERSION
    finally:
        engine.dispose()
    assert "reextracted 0 of 0" in run("reextract", "--outdated").output


def test_the_extractor_version_follows_the_rules(tmp_path: Path) -> None:
    """A change to the extraction code or the shipped reference data changes the version."""
    assert EXTRACTOR_VERSION.startswith("0.1.0+") and len(EXTRACTOR_VERSION) <= 32
    assert _rules_digest() == EXTRACTOR_VERSION.split("+")[1]
    package = Path(eventdb.__file__).parent
    copy = tmp_path / "eventdb"
    for part in ("extract", "reference"):
        shutil.copytree(package / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    before = _rules_digest(copy)
    assert before == _rules_digest()
    triggers = copy / "reference" / "pl" / "triggers.yaml"
    triggers.write_text(triggers.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    after_data = _rules_digest(copy)
    code = copy / "extract" / "events.py"
    code.write_text(code.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after_code = _rules_digest(copy)
    assert len({before, after_data, after_code}) == 3
    (copy / "extract" / "notes.md").write_text("not a rule", encoding="utf-8")
    assert _rules_digest(copy) == after_code


def test_only_facilities_have_candidates() -> None:
    with pytest.raises(ValueError, match="only facilities"):
        reports.places_query(None, "v_locations", candidates=True)  # type: ignore[arg-type]
