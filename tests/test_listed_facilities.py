"""A facility named by a plural common noun and a name lends the noun to the names listed after it:
"między portami Rajin, Wostocznyj i Nachodka" names three ports (not the cosmodrome, not the city)."""

from __future__ import annotations

import pytest

from eventdb.extract import extract


def named(text: str) -> dict[str, tuple[str, str]]:
    """surface text -> (table, canonical name) of every mention."""
    return {m.text: (m.entity.table, m.entity.name) for m in extract(text).mentions}


@pytest.mark.parametrize("text, surface, name", [
    ("Statki kursują między portami Rajin, Wostocznyj i Nachodka.", "Wostocznyj", "Port of Vostochny"),
    ("Statki kursują między portami Rajin, Wostocznyj i Nachodka.", "Nachodka", "Port of Nakhodka"),
    ("Rosja rozbudowuje porty Rajin i Władywostok.", "Władywostok", "Port of Vladivostok"),
    ("W portach Rajin i Czongdzin stoją statki.", "Czongdzin", "Port of Chongjin"),
    ("Drony zaatakowały lotniska Engels i Szajkowka.", "Szajkowka", "Shaykovka"),
])
def test_a_listed_name_is_the_facility(text: str, surface: str, name: str) -> None:
    assert named(text)[surface] == ("facility", name)


@pytest.mark.parametrize("text, surface, expected", [
    # a singular noun: "port Rajin i Władywostok" may well be the port and the city
    ("Rosja rozbudowuje port Rajin i Władywostok.", "Władywostok", ("location", "Vladivostok")),
    # no noun before the list
    ("Rosja rozbudowuje Władywostok i Nachodkę.", "Władywostok", ("location", "Vladivostok")),
    ("Z kosmodromu Wostocznyj wystartowała rakieta.", "kosmodromu Wostocznyj", ("facility", "Vostochny Cosmodrome")),
    # a name the gazetteer knows with no such facility keeps what it had
    ("Statki kursują między portami Rajin i Moskwą.", "Moskwą", ("actor", "Russia")),
    # the list ends at the first word that is no name
    ("Między portami Rajin i Nachodka kursują statki z Władywostoku.", "Władywostoku", ("location", "Vladivostok")),
])
def test_what_is_not_listed_keeps_its_reading(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert named(text)[surface] == expected
