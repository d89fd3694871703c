"""Concurrent loaders: four `eventdb load` processes on overlapping articles store each article once, whole.

The result is compared fact for fact (per source, by sha256) with a clean single-process load of the
same files into another fresh database; no loader may fail or show a deadlock.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import _create_db, _drop_db, _url_for
from corpus import ROOT, eventdb_command, eventdb_env, facts_per_source, row_counts, write_articles

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
