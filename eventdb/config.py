"""Settings read from the environment (and overridden by CLI options).

``EVENTDB_DATABASE_URL``  any PostgreSQL 15+ server; unset means the embedded server.
``EVENTDB_HOME``          data directory of the embedded server (default: per-user data dir;
                          ``/var/lib/eventdb`` when running as root, so root's home stays private).
``EVENTDB_MAX_BYTES``     largest article file accepted by ``eventdb load`` (default 5 MB).
``EVENTDB_STATEMENT_TIMEOUT``  statement timeout of ``eventdb query`` in ms (default 30000).
``EVENTDB_CONNECT_TIMEOUT``    seconds to wait for a server (default 10).
``EVENTDB_CACHE_DIR``     built rule data kept between runs; ``off`` disables (see ``eventdb.extract.rulecache``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    database_url: str | None
    home: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    statement_timeout_ms: int = 30_000
    connect_timeout_s: int = 10


def default_home() -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib/eventdb")
    import platformdirs

    return Path(platformdirs.user_data_dir("eventdb", appauthor=False))


def settings(database_url: str | None = None, home: str | Path | None = None) -> Settings:
    """Settings from explicit values first, then the environment, then defaults."""
    url = database_url or os.environ.get("EVENTDB_DATABASE_URL") or None
    home_path = Path(home or os.environ.get("EVENTDB_HOME") or default_home()).expanduser()
    return Settings(
        database_url=normalize_url(url) if url else None,
        home=home_path,
        max_bytes=_int_env("EVENTDB_MAX_BYTES", DEFAULT_MAX_BYTES),
        statement_timeout_ms=_int_env("EVENTDB_STATEMENT_TIMEOUT", 30_000),
        connect_timeout_s=_int_env("EVENTDB_CONNECT_TIMEOUT", 10),
    )


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None


def normalize_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` / ``postgres://`` URLs."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


_PASSWORD_RE = re.compile(r"(?P<pre>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^\s]*)(?P<post>@)", re.IGNORECASE)
_PASSWORD_KV_RE = re.compile(r"(?P<pre>password\s*=\s*)(?P<pw>'[^']*'|\S+)", re.IGNORECASE)


def mask_url(text: str) -> str:
    """Replace any password in a URL (or ``password=`` pair) inside ``text`` with ``***``."""
    text = _PASSWORD_RE.sub(lambda m: m.group("pre") + "***" + m.group("post"), text)
    return _PASSWORD_KV_RE.sub(lambda m: m.group("pre") + "***", text)
