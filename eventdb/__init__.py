"""eventdb: news articles in, a PostgreSQL event database out.

The pandas API is importable from here; it is loaded on first use so that ``import eventdb``
stays cheap::

    import eventdb
    db = eventdb.connect()
    events = eventdb.read_events(db, actor="Korea Północna", since="2025-06")
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "connect", "read_actors", "read_claims", "read_events", "read_facilities", "read_locations", "read_quantities",
    "read_query", "read_summary", "read_timeline",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from eventdb import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'eventdb' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
