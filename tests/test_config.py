"""Settings and secrets: URLs normalized, passwords masked everywhere."""

from __future__ import annotations

import pytest

from eventdb.config import mask_url, normalize_url, settings


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("postgresql://eve:s3cr3t@host/db", "s3cr3t"),
        ("postgresql+psycopg://eve:p%40ss@host:5432/db", "p%40ss"),
        ("cannot connect to postgres://u:pw-with@at@h/d: refused", "pw-with"),
        ("host=h user=u password=hunter2 dbname=x", "hunter2"),
        ("host=h password='two words' dbname=x", "two words"),
        ("PASSWORD=Xyz123", "Xyz123"),
    ],
)
def test_mask_url_hides_passwords(text: str, secret: str) -> None:
    masked = mask_url(text)
    assert secret not in masked
    assert "***" in masked


def test_mask_url_leaves_other_text() -> None:
    assert mask_url("postgresql://eve@host/db") == "postgresql://eve@host/db"
    assert mask_url("no url here") == "no url here"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVENTDB_DATABASE_URL", "postgresql://a@b/c")
    monkeypatch.setenv("EVENTDB_HOME", str(tmp_path))
    monkeypatch.setenv("EVENTDB_MAX_BYTES", "1234")
    s = settings()
    assert s.database_url == "postgresql+psycopg://a@b/c"
    assert s.home == tmp_path and s.max_bytes == 1234
    assert settings("postgresql://x@y/z").database_url == "postgresql+psycopg://x@y/z"


def test_bad_integer_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTDB_MAX_BYTES", "lots")
    with pytest.raises(ValueError, match="EVENTDB_MAX_BYTES"):
        settings()
