"""Every stored fact points at the characters that support it: body[char_start:char_end] == text."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import ROOT, SEED

from eventdb.cli import cli

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))

CHECKS = {
    "mentions": "select count(*) filter (where substr(s.body, x.char_start + 1, x.char_end - x.char_start) <> x.text),"
                " count(*) from mentions x join sources s on s.id = x.source_id",
    "quantities": "select count(*) filter (where substr(s.body, x.char_start + 1, x.char_end - x.char_start) <> x.text),"
                  " count(*) from quantities x join sources s on s.id = x.source_id",
    "attributions": "select count(*) filter (where substr(s.body, x.char_start + 1, x.char_end - x.char_start)"
                    " <> x.text), count(*) from attributions x join sources s on s.id = x.source_id",
    "events": "select count(*) filter (where substr(s.body, x.char_start + 1, x.char_end - x.char_start)"
              " <> x.evidence), count(*) from events x join sources s on s.id = x.source_id",
    "event triggers": "select count(*) filter (where substr(s.body, x.trigger_start + 1,"
                      " x.trigger_end - x.trigger_start) <> x.trigger), count(*)"
                      " from events x join sources s on s.id = x.source_id",
    "event sentences": "select count(*) filter (where x.char_start < x.sentence_start or x.char_end > x.sentence_end),"
                       " count(*) from events x",
    "roles": "select count(*) filter (where x.char_end > length(s.body) or x.char_start >= x.char_end), count(*)"
             " from event_actors x join sources s on s.id = x.source_id where x.char_start is not null",
}


@pytest.fixture
def loaded(cli_env: str, tmp_path: Path) -> str:
    result = CliRunner().invoke(cli, ["load", str(SEED), *map(str, ARTICLES)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return cli_env


@pytest.mark.parametrize("fact", sorted(CHECKS))
def test_spans_slice_back_to_their_text(loaded: str, fact: str) -> None:
    engine = sa.create_engine(loaded, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        wrong, total = conn.execute(sa.text(CHECKS[fact])).one()
    engine.dispose()
    assert total > 0, f"no {fact} stored"
    assert wrong == 0, f"{wrong} of {total} {fact} do not slice back"


def test_seed_counts(loaded: str) -> None:
    engine = sa.create_engine(loaded, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        seed = conn.execute(sa.text("select id from sources where body like 'Rosja planuje zatrudnić%'")).scalar_one()
        n_quantities = conn.scalar(sa.text("select count(*) from quantities where source_id = :s"), {"s": seed})
        n_events = conn.scalar(sa.text("select count(*) from events where source_id = :s"), {"s": seed})
        n_claims = conn.scalar(sa.text("select count(*) from v_claims where source_id = :s"), {"s": seed})
    engine.dispose()
    assert n_quantities == 12
    assert n_events >= 19
    assert n_claims >= 10
