"""Built rule data kept on disk between runs, so that a command starts in a fraction of a second.

Building the alias index of the shipped gazetteer (parsing about 2,500 entries and analysing about
11,000 aliases with morfeusz2) takes about 2.5 s, which every ``eventdb load``, ``reextract`` and
``gazetteer import`` would pay before its first article; read back from this cache it takes about
0.4 s.  An entry's key is a digest of everything the built object depends on: the extraction code,
the shipped reference data, the user gazetteer texts it was built from, the Python version and the
morfeusz2 dictionary.  A stale entry is therefore never read: it is simply never asked for again,
and the oldest entries beyond ``KEEP`` are removed.

``EVENTDB_CACHE_DIR``: the directory (default: the per-user cache directory; ``/var/cache/eventdb``
when running as root); ``off`` disables the cache.  An entry is a pickle, which runs code when it is
read, so entries are read only from a directory this user owns and nobody else may write to.  The
cache is an optimisation only: any problem reading or writing it means building afresh, silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: entries kept per kind (one per combination of user gazetteer files in use)
KEEP = 8
_PREFIX = "eventdb-rules"


def cache_dir() -> Path | None:
    """The cache directory, or None when the cache is off."""
    configured = os.environ.get("EVENTDB_CACHE_DIR", "").strip()
    if configured.lower() in ("off", "0", "none", "false"):
        return None
    if configured:
        return Path(configured).expanduser()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/cache/eventdb")
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventdb", appauthor=False))


def key(*parts: str | bytes | Iterable[tuple[str, str]]) -> str:
    """A digest of the rules (code and shipped data), the runtime and the given parts."""
    from eventdb.extract import EXTRACTOR_VERSION
    from eventdb.extract.text import dictionary_id

    digest = hashlib.sha256()
    for part in (EXTRACTOR_VERSION, sys.version, str(pickle.HIGHEST_PROTOCOL), dictionary_id(), *parts):
        if isinstance(part, str):
            part = part.encode()
        if isinstance(part, bytes):
            digest.update(len(part).to_bytes(8, "big") + part)
        else:
            for name, text in part:
                digest.update(b"\1" + name.encode() + b"\0" + text.encode() + b"\0")
    return digest.hexdigest()[:32]


def _trusted(folder: Path) -> bool:
    """The folder is this user's and nobody else can write to it (a pickle runs code when read)."""
    try:
        info = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _private(info)


def _private(info: os.stat_result) -> bool:
    """Owned by this user, writable by nobody else."""
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "geteuid") or info.st_uid == os.geteuid()


def load(kind: str, digest: str) -> Any | None:
    """The object stored under ``kind`` and ``digest``, or None (missing, unreadable, untrusted)."""
    folder = cache_dir()
    if folder is None or not _trusted(folder):
        return None
    path = folder / f"{_PREFIX}-{kind}-{digest}.pickle"
    try:
        with path.open("rb") as f:
            if not _private(os.fstat(f.fileno())):
                return None
            obj = pickle.load(f)  # noqa: S301 - written by this user into a directory only this user can write
    except Exception:  # noqa: BLE001 - a damaged entry (truncated, from another version) means: build afresh
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used: kept longest
    return obj


def store(kind: str, digest: str, obj: Any) -> bool:
    """Write ``obj`` under ``kind`` and ``digest`` (atomically); False if it could not be written."""
    folder = cache_dir()
    if folder is None:
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(folder):
            return False
        handle, tmp = tempfile.mkstemp(prefix=f".{_PREFIX}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{_PREFIX}-{kind}-{digest}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder, kind)
    except Exception:  # noqa: BLE001 - a read-only or full disk only costs the next run its head start
        return False
    return True


def _prune(folder: Path, kind: str) -> None:
    entries = sorted(folder.glob(f"{_PREFIX}-{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
