"""The benchmark corpus generator (benchmarks/corpus.py): deterministic, realistic, extractable."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from eventdb.documents import parse_text

CORPUS_PY = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"


def _load_corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_corpus", CORPUS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus_module()


@pytest.fixture(scope="module")
def articles() -> list:
    return list(corpus.generate_corpus(60, seed=7))


@pytest.mark.parametrize("index", [0, 1, 17, 999])
def test_same_seed_same_article(index: int) -> None:
    first = corpus.generate_article(3, index)
    again = corpus.generate_article(3, index)
    assert first.text == again.text
    assert first.published_on == again.published_on


@pytest.mark.parametrize(("a", "b"), [((3, 0), (4, 0)), ((3, 0), (3, 1)), ((0, 5), (5, 0))])
def test_other_seed_or_index_other_article(a: tuple[int, int], b: tuple[int, int]) -> None:
    assert corpus.generate_article(*a).body != corpus.generate_article(*b).body


def test_corpus_is_deterministic_and_distinct(articles: list) -> None:
    again = list(corpus.generate_corpus(60, seed=7))
    assert [a.text for a in again] == [a.text for a in articles]
    assert len({a.sha256 for a in articles}) == len(articles)


def test_articles_are_about_500_words(articles: list) -> None:
    words = [a.words for a in articles]
    assert all(450 <= w <= 600 for w in words), words
    assert 480 <= statistics.mean(words) <= 540


def test_articles_have_paragraphs_and_varied_topics(articles: list) -> None:
    assert all(a.body.count("\n\n") >= 4 for a in articles)
    assert len({a.topic for a in articles}) >= 5
    assert all(corpus.FIRST_DAY <= a.published_on <= corpus.LAST_DAY for a in articles)


@pytest.mark.parametrize(
    ("form", "pattern"),
    [
        ("thousands with a space", r"\b\d{1,3} \d{3}\b"),
        ("thousands with a dot", r"\b\d{1,3}\.\d{3}\b"),
        ("multiplier tys.", r"\d tys\. "),
        ("decimal comma", r"\b\d+,\d+\b"),
        ("range od..do", r"\bod \d[\d .]* do \d"),
        ("dash range", r"\d–\d"),
        ("qualifier", r"\b(około|co najmniej|ponad|blisko) \d"),
        ("vague amount", r"\b(setki|tysiące|kilkanaście tysięcy|dziesiątki tysięcy) \w"),
        ("number word", r"\b(dwa tysiące|pięć tysięcy|dziesięć tysięcy|dwieście) \w"),
        ("percent", r"\d+(%| proc\.| procent)"),
        ("rate", r"dolara za godzinę|dolarów miesięcznie|rubli miesięcznie"),
        ("relative date", r"\b(pod koniec|na początku|w połowie) \w+"),
        ("dotted date", r"\b\d{2}\.\d{2}\.20\d{2}\b"),
        ("attribution cue", r"\b(Według|według|jak podaje|Jak podaje|powołując się na|Powołując się na) "),
    ],
)
def test_numbers_dates_and_cues_in_many_forms(articles: list, form: str, pattern: str) -> None:
    assert any(re.search(pattern, a.body) for a in articles), form


@pytest.mark.parametrize("article_index", [0, 1, 2, 3, 4])
def test_files_parse_like_the_seed(tmp_path: Path, article_index: int) -> None:
    paths = corpus.write_corpus(tmp_path, 5, seed=11)
    article = list(corpus.generate_corpus(5, seed=11))[article_index]
    text = paths[article_index].read_text(encoding="utf-8")
    assert text.startswith(f" date {article.published_on.isoformat()} ")
    doc = parse_text(text, str(paths[article_index]))
    assert doc.published_on == article.published_on
    assert doc.body == article.body
    assert doc.language == "pl"


def test_the_header_date_is_not_body(tmp_path: Path) -> None:
    path = corpus.write_corpus(tmp_path, 1, seed=0)[0]
    doc = parse_text(path.read_text(encoding="utf-8"), str(path))
    assert not doc.body.startswith("date")
    assert isinstance(doc.published_on, dt.date)


@pytest.fixture(scope="module")
def extractions(articles: list) -> list:
    from eventdb.extract import extract

    return [extract(a.body, language="pl", published_on=a.published_on) for a in articles[:30]]


def test_extraction_finds_events_and_quantities_in_every_article(extractions: list) -> None:
    for ex in extractions:
        assert len(ex.events) >= 5
        assert len(ex.quantities) >= 3


def test_extraction_finds_the_cooperation(extractions: list) -> None:
    actors = Counter(r.entity.name for ex in extractions for e in ex.events for r in e.roles)
    assert {"North Korea", "Russia"} <= set(actors)
    types = {e.event_type for ex in extractions for e in ex.events}
    assert len(types) >= 6
    counted = {q.counted for ex in extractions for q in ex.quantities}
    assert counted & {"soldier", "worker", "sapper", "drone", "shell", "artillery shell"}


def test_an_events_place_is_of_its_own_table(extractions: list) -> None:
    """An event's location is a location and its facility a facility ("dotrzeć do Kremla": the Kremlin is a site):
    the store writes their ids to columns that refer to those tables."""
    for ex in extractions:
        for e in ex.events:
            assert e.location is None or e.location.table == "location", (e.text, e.location)
            assert e.facility is None or e.facility.table == "facility", (e.text, e.facility)


def test_extraction_finds_many_distinct_names(extractions: list) -> None:
    names = {m.entity.name for ex in extractions for m in ex.mentions}
    assert len(names) >= 15
