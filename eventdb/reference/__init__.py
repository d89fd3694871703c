"""Shipped reference data: gazetteer, taxonomy and lexicons (data files, not code)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


def path(name: str):  # type: ignore[no-untyped-def]
    """A traversable handle to ``eventdb/reference/<name>``."""
    return resources.files(__name__).joinpath(name)


@functools.cache
def load_yaml(name: str) -> Any:
    """Parse ``eventdb/reference/<name>`` (cached: reference data is read once per process)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~6x faster when available
    return yaml.load(path(name).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe loader)


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text file, without '#' comments, stripped."""
    out = []
    for line in path(name).read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)
