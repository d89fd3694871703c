"""The rule cache: a built gazetteer is read back from disk instead of being built again, and only
when everything it was built from is the same."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from pathlib import Path

import pytest

from eventdb.extract import extract, rulecache
from eventdb.extract import gazetteer as gz

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_345fe1ab6c1f8ba1.txt"
USER = """
actors:
  - name: Example Shipping Co
    kind: company
    country: Russia
    aliases:
      pl: [Przykładowa Żegluga]
"""


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTDB_CACHE_DIR", str(folder))
    return folder


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("eventdb-rules-gazetteer-*.pickle"))


def _facts(gazetteer: gz.Gazetteer) -> list[object]:
    body = SEED.read_text(encoding="utf-8")
    ex = extract(body, published_on=dt.date(2025, 11, 26), gazetteer=gazetteer)
    return [ex.mentions, ex.quantities, ex.events, ex.dates]


def _no_build(*_args: object) -> None:
    raise AssertionError("built afresh although the cache holds this gazetteer")


def test_a_cached_gazetteer_extracts_what_a_fresh_one_does(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = gz._built(gz._shipped_files())
    assert len(_entries(cache)) == 1
    monkeypatch.setattr(gz, "_collect", _no_build)
    cached = gz._built(gz._shipped_files())
    assert cached is not fresh
    assert [e.name for e in cached.entries] == [e.name for e in fresh.entries]
    assert _facts(cached) == _facts(fresh)
    assert cached.short_forms.owners == fresh.short_forms.owners  # rebuilt after loading
    assert cached.facilities_at == fresh.facilities_at


def test_user_files_are_part_of_the_key(cache: Path) -> None:
    plain = gz._built(gz._shipped_files())
    with_user = gz.Gazetteer.with_texts([("ships.yaml", USER)])
    assert len(_entries(cache)) == 2
    assert len(with_user.entries) == len(plain.entries) + 1
    assert with_user.lookup("Przykładowej Żeglugi") and not plain.lookup("Przykładowej Żeglugi")
    changed = gz.Gazetteer.with_texts([("ships.yaml", USER.replace("Przykładowa Żegluga", "Inna Żegluga"))])
    assert len(_entries(cache)) == 3
    assert changed.lookup("Innej Żeglugi") and not changed.lookup("Przykładowej Żeglugi")


def test_the_key_changes_with_every_input() -> None:
    base = rulecache.key([("a.yaml", "x")])
    assert rulecache.key([("a.yaml", "x")]) == base
    assert rulecache.key([("a.yaml", "y")]) != base
    assert rulecache.key([("b.yaml", "x")]) != base
    assert rulecache.key([("a.yaml", "x"), ("b.yaml", "")]) != base
    assert rulecache.key([("a.yaml", "x")], "other") != base


def test_a_damaged_entry_is_rebuilt_and_replaced(cache: Path) -> None:
    gz._built(gz._shipped_files())
    [entry] = _entries(cache)
    entry.write_bytes(entry.read_bytes()[:1000])  # truncated, as by a full disk
    rebuilt = gz._built(gz._shipped_files())
    assert rebuilt.lookup("Korei Północnej")
    assert isinstance(pickle.loads(entry.read_bytes()), gz.Gazetteer)


def test_something_else_under_the_key_is_not_used(cache: Path) -> None:
    digest = rulecache.key(gz._shipped_files())
    assert rulecache.store("gazetteer", digest, {"not": "a gazetteer"})
    assert gz._built(gz._shipped_files()).lookup("Pjongjangu")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_folder_others_can_write_to_is_neither_read_nor_written(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    cache.chmod(0o777)
    assert not rulecache.store("gazetteer", "k" * 32, gz.Gazetteer(()))
    assert not list(cache.iterdir())
    cache.chmod(0o700)
    assert rulecache.store("gazetteer", "k" * 32, gz.Gazetteer(()))
    assert isinstance(rulecache.load("gazetteer", "k" * 32), gz.Gazetteer)
    cache.chmod(0o770)
    assert rulecache.load("gazetteer", "k" * 32) is None
    cache.chmod(0o700)
    (cache / f"eventdb-rules-gazetteer-{'k' * 32}.pickle").chmod(0o666)
    assert rulecache.load("gazetteer", "k" * 32) is None


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTDB_CACHE_DIR", "off")
    assert rulecache.cache_dir() is None
    assert gz._built(gz._shipped_files()).lookup("Kremla")
    assert not rulecache.store("gazetteer", "k" * 32, gz.Gazetteer(()))


def test_an_unwritable_place_only_costs_the_head_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("EVENTDB_CACHE_DIR", str(blocker / "cache"))
    assert gz._built(gz._shipped_files()).lookup("Moskwy")


def test_a_gazetteer_with_problems_raises_and_is_not_cached(cache: Path) -> None:
    broken = "actors:\n  - name: Nowhere Ministry\n    kind: ministry\n    country: Atlantis\n"
    with pytest.raises(gz.GazetteerError, match="Atlantis"):
        gz.Gazetteer.with_texts([("broken.yaml", broken)])
    assert not cache.exists() or not _entries(cache)


def test_old_entries_are_pruned(cache: Path) -> None:
    for k in range(rulecache.KEEP + 3):
        assert rulecache.store("gazetteer", f"{k:032d}", gz.Gazetteer(()))
        os.utime(cache / f"eventdb-rules-gazetteer-{k:032d}.pickle", (1_000_000 + k, 1_000_000 + k))
    kept = _entries(cache)
    assert len(kept) == rulecache.KEEP
    assert kept[0].name == f"eventdb-rules-gazetteer-{3:032d}.pickle"  # the three oldest went
    assert not list(cache.glob(".eventdb-rules-*.tmp"))
