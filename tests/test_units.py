"""Every unit the quantity parser can produce is one the database accepts (quantities.unit CHECK)."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, SEED

from eventdb.documents import read_path
from eventdb.extract import extract
from eventdb.models import UNIT_PATTERN
from eventdb.reference import load_yaml

SENTENCES = [
    "Rosja sprowadziła ponad milion baryłek ropy.",
    "Do Korei trafiło 6 tys. ton amunicji i 300 kg materiałów wybuchowych.",
    "Zakład produkuje 2,7 tys. dronów miesięcznie.",
    "Pracownicy zarabiają 800 dolarów miesięcznie, czyli około 2,5 dolara za godzinę.",
    "Kontrakt o wartości 2 mld euro podpisano na 5 lat.",
    "Strefa zajmuje 20 km² i ponad 300 hektarów.",
    "Pociski przeleciały 400 km z prędkością 900 km/h.",
    "Operacja potrwa trzy miesiące, a zmiany trwają 12 godzin przez 6 dni w tygodniu.",
    "Eksport wzrósł o 40 proc. w pierwszym kwartale, do 3 mln USD.",
    "Żołnierze otrzymują 2000 rubli dziennie i 150 wonów za sztukę.",
    "Hakerzy wyprowadzili ponad 81 tys. ETH, 1,2 tys. bitcoinów i 3 mln USDT.",
]


def _pattern() -> re.Pattern[str]:
    return re.compile(UNIT_PATTERN)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_units_of_constructed_sentences_are_accepted(sentence: str) -> None:
    units = [q.unit for q in extract(sentence).quantities]
    assert units, sentence
    assert all(_pattern().match(u) for u in units), units


def test_units_of_every_test_article_are_accepted() -> None:
    paths = [SEED, *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    seen = set()
    for path in paths:
        for doc in read_path(path):
            ex = extract(doc.body, language=doc.language, published_on=doc.published_on)
            seen |= {q.unit for q in ex.quantities}
    assert {"person", "item", "percent"} <= seen
    assert all(_pattern().match(u) for u in seen), sorted(seen)


def test_lexicon_units_are_accepted() -> None:
    lex = load_yaml("pl/quantities.yaml")
    measure_units = set(lex["measures"]["lemma"].values()) | set(lex["measures"]["text"].values())
    currencies = {v for v in _flatten(lex["currencies"]) if isinstance(v, str) and v.isupper() and len(v) == 3}
    assert currencies and measure_units
    for unit in measure_units | currencies:
        assert _pattern().match(unit), unit


def _flatten(value: object) -> list[object]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _flatten(v)]
    if isinstance(value, list):
        return [x for v in value for x in _flatten(v)]
    return [value]
