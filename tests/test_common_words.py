"""The list of common English words that a capitalized word standing alone is checked against."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

COMMON_WORDS = Path(__file__).resolve().parents[1] / "eventdb" / "reference" / "en" / "common_words.txt"

# one lowercase ASCII word of letters; an apostrophe or a hyphen only inside it
WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")

# words that are also names (or parts of names) in news on the war and must never count as ordinary
NAMES = (
    "china", "turkey", "georgia", "jordan", "poland", "russian", "korean", "kim", "lee", "park", "may",
    "will", "north", "south", "union", "republic", "council", "committee", "ministry", "agency", "army",
    "navy", "force",
)


def _lines() -> list[str]:
    return COMMON_WORDS.read_text(encoding="utf-8").splitlines()


def _words() -> list[str]:
    return [line for line in _lines() if not line.startswith("#")]


def test_file_exists() -> None:
    assert COMMON_WORDS.is_file()


def test_header_is_comment_lines() -> None:
    lines = _lines()
    assert lines and lines[0].startswith("# ")
    assert all(line.startswith("# ") for line in lines if line.startswith("#"))


def test_has_enough_words() -> None:
    assert len(_words()) >= 2000


def test_every_line_is_one_lowercase_word() -> None:
    bad = [line for line in _words() if not WORD.fullmatch(line) or len(line) < 3]
    assert bad == []


def test_sorted_and_unique() -> None:
    words = _words()
    assert words == sorted(words)
    assert len(words) == len(set(words))


@pytest.mark.parametrize("name", NAMES)
def test_names_are_left_out(name: str) -> None:
    assert name not in set(_words())
