"""Concurrent loaders: four `eventdb load` processes on overlapping articles store each article once, whole.

The result is compared fact for fact (per source, by sha256) with a clean single-process load of the
same files into another fresh database; no loader may fail or show a deadlock.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import _create_db, _drop_db, _url_for
from corpus import ROOT, engine_for, eventdb_command, eventdb_env, facts_per_source, row_counts, write_articles

from eventdb import api, checks
from eventdb.db import make_engine

ARTICLES = 150
LOADERS = 4


def load_in_process(url: str, paths: list[str]) -> api.LoadReport:
    db = api.open_database(url)
    try:
        return api.load_paths(db, paths)
    finally:
        db.dispose()


def run_together(url: str, file_sets: list[list[Path]], jobs: tuple[int, ...]) -> list[tuple[int, str, str]]:
    """Start one `eventdb load` per file set at the same moment; (exit code, stdout, stderr) of each."""
    procs = [
        subprocess.Popen(eventdb_command("load", "--jobs", str(j), *map(str, files)), cwd=ROOT, env=eventdb_env(url),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for files, j in zip(file_sets, jobs, strict=True)
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        outputs.append((proc.returncode, out, err))
    return outputs


def loaded_count(stdout: str) -> int:
    """N of the `loaded N, unchanged M, failed K` line."""
    line = next(ln for ln in stdout.splitlines() if ln.startswith("loaded "))
    return int(line.split(",")[0].split()[1])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_articles(tmp_path_factory.mktemp("concurrency"), ARTICLES, seed=23)


@pytest.fixture(scope="module")
def clean_load(server_url: str, template_db: str, corpus: list[Path]) -> Iterator[str]:
    """The same files loaded by one process into another fresh database."""
    name = _create_db(server_url, template_db)
    url = _url_for(server_url, name)
    report = load_in_process(url, [str(f) for f in corpus])
    assert report.loaded == ARTICLES and not report.errors
    yield url
    _drop_db(server_url, name)


@pytest.mark.slow
def test_four_loaders_store_each_article_once_with_all_its_facts(db_url: str, clean_load: str, corpus: list[Path]) -> None:
    third = ARTICLES // 3
    file_sets = [
        list(corpus),  # everything, with two extraction workers
        list(reversed(corpus)),  # everything, from the other end
        corpus[: 2 * third],  # overlapping windows, one of them interleaved
        corpus[third:][::2] + corpus[third:][1::2],
    ]
    outputs = run_together(db_url, file_sets, jobs=(2, 1, 1, 1))

    for code, out, err in outputs:
        assert code == 0, err
        assert "deadlock" not in (out + err).lower()
        assert "Traceback" not in err
    assert sum(loaded_count(out) for _, out, _ in outputs) == ARTICLES  # stored once: one loader "loaded" each
    assert facts_per_source(db_url) == facts_per_source(clean_load)
    assert row_counts(db_url) == row_counts(clean_load)

    engine = make_engine(db_url)
    try:
        assert not checks.problems(checks.run_checks(engine))
    finally:
        engine.dispose()


def facts_content(url: str) -> dict[str, str]:
    """sha256 of every stored body -> a digest of its events, roles, quantities and mentions without
    their ids (which depend on the order in which loaders ran)."""
    parts = {
        "events": "select e.source_id, e.ordinal::text || e.event_type || e.status || coalesce(e.occurred_from::text, '')"
                  " || e.evidence || coalesce(e.sort_date::text, '') as r from events e",
        "roles": "select x.source_id, e.ordinal::text || x.role || a.name as r from event_actors x"
                 " join events e on e.source_id = x.source_id and e.id = x.event_id join actors a on a.id = x.actor_id",
        "quantities": "select q.source_id, q.ordinal::text || coalesce(q.value::text, '') || q.unit || q.text"
                      " || coalesce(q.counted, '') as r from quantities q",
        "mentions": "select m.source_id, m.char_start::text || m.text || coalesce(a.name, f.name, l.name) as r"
                    " from mentions m left join actors a on a.id = m.actor_id"
                    " left join facilities f on f.id = m.facility_id left join locations l on l.id = m.location_id",
    }
    union = " union all ".join(f"select source_id, '{k}' || r as r from ({q}) {k}" for k, q in parts.items())
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(
                f"select s.sha256, md5(coalesce(string_agg(u.r, '|' order by u.r), '')) from sources s"
                f" left join ({union}) u on u.source_id = s.id group by s.sha256"
            )).all()
    finally:
        engine.dispose()
    return {r[0]: r[1] for r in rows}


def test_parallel_load_stores_what_one_process_stores_and_reports_bad_files(
    db_url: str, clean_load: str, corpus: list[Path], tmp_path: Path
) -> None:
    """`load --jobs 2` (workers extract and store their own batches) gives the same facts as a
    single-process load, and a bad file among the good ones is one line of the report."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in corpus:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz_broken.txt").write_bytes(b"\xff\xfe not utf-8 \xc3\x28")
    result = subprocess.run(eventdb_command("load", "--jobs", "2", str(folder)), cwd=ROOT, env=eventdb_env(db_url),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr  # a failed file makes the exit code non-zero
    assert f"loaded {ARTICLES}, unchanged 0, failed 1" in result.stdout + result.stderr
    assert "zz_broken.txt" in result.stderr and "Traceback" not in result.stderr
    assert facts_per_source(db_url) == facts_per_source(clean_load)
    assert facts_content(db_url) == facts_content(clean_load)

    again = subprocess.run(eventdb_command("load", "--jobs", "2", *map(str, corpus)), cwd=ROOT,
                           env=eventdb_env(db_url), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"loaded 0, unchanged {ARTICLES}, failed 0" in again.stdout + again.stderr
    assert row_counts(db_url) == row_counts(clean_load)
