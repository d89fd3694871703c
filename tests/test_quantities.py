"""Quantity parser: numbers, multipliers, number words, vague amounts, ranges, qualifiers, percentages,
money and rates, durations and distances, counted objects with their actor, and numbers that are not counts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from eventdb.extract import extract
from eventdb.extract.model import DateExpr, EntityRef, Mention, Quantity
from eventdb.extract.quantities import find_quantities, parse_number
from eventdb.extract.text import split_sentences
from eventdb.models import UNIT_PATTERN
from eventdb.reference import load_yaml

NORTH_KOREA = EntityRef(table="actor", name="North Korea", kind="country")
RUSSIA = EntityRef(table="actor", name="Russia", kind="country")


class Case(NamedTuple):
    text: str
    span: str  # evidence text of the expected quantity
    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    counted: str | None


def quantities(text: str, mentions: tuple[Mention, ...] = (), dates: tuple[DateExpr, ...] = ()) -> list[Quantity]:
    out: list[Quantity] = []
    for sentence in split_sentences(text):
        out.extend(find_quantities(sentence, [m for m in mentions if m.sentence == sentence.index], dates))
    for q in out:
        assert text[q.start : q.end] == q.text  # every span slices back from the body
    return out


def check(case: Case) -> Quantity:
    found = [q for q in quantities(case.text) if q.text == case.span]
    assert len(found) == 1, f"{case.span!r} not found in {[q.text for q in quantities(case.text)]}"
    q = found[0]
    assert (q.value, q.low, q.high) == (case.value, case.low, case.high)
    assert q.unit == case.unit
    assert q.qualifier == case.qualifier
    assert q.counted == case.counted
    return q


def mention(text: str, surface: str, entity: EntityRef, via: str = "adjective") -> Mention:
    """A hand-made mention of ``surface`` (its tokens found in ``text``)."""
    start = text.index(surface)
    end = start + len(surface)
    for sentence in split_sentences(text):
        covered = [t for t in sentence.tokens if t.start >= start and t.end <= end]
        if covered:
            return Mention(entity=entity, start=start, end=end, text=surface, sentence=sentence.index,
                           token_start=covered[0].i, token_end=covered[-1].i + 1, via=via)
    raise AssertionError(surface)


def cases(*rows: Case) -> list[object]:
    return [pytest.param(row, id=row.span) for row in rows]


# ------------------------------------------------------------------------------------ number formats

NUMBERS = cases(
    Case("Na front trafiło 12 czołgów.", "12 czołgów", 12, None, None, "item", "exact", "tank"),
    Case("Do Rosji przybyło 20 000 żołnierzy.", "20 000 żołnierzy", 20000, None, None, "person", "exact", "soldier"),
    Case("Do Rosji przybyło 20\u00a0000 żołnierzy.", "20\u00a0000 żołnierzy", 20000, None, None, "person", "exact",
         "soldier"),
    Case("Do Rosji przybyło 20\u202f000 żołnierzy.", "20\u202f000 żołnierzy", 20000, None, None, "person", "exact",
         "soldier"),
    Case("Wyprodukowano 1.000.000 pocisków.", "1.000.000 pocisków", 1_000_000, None, None, "item", "exact",
         "artillery shell"),
    Case("Wyprodukowano 1 200 000 pocisków.", "1 200 000 pocisków", 1_200_000, None, None, "item", "exact",
         "artillery shell"),
    Case("Wysłano 3000 dronów.", "3000 dronów", 3000, None, None, "item", "exact", "drone"),
    Case("Zginęło 0,5 mln osób.", "0,5 mln osób", 500_000, None, None, "person", "exact", "person"),
    Case("More than 10,000 troops arrived.", "More than 10,000 troops", 10000, None, None, "person", "more_than",
         "soldier"),
    Case("Workers earn $2.5 an hour.", "$2.5 an hour", 2.5, None, None, "USD/hour", "exact", "wage"),
    Case("Dostarczono 2,5 tys. ton amunicji.", "2,5 tys. ton amunicji", 2500, None, None, "t", "exact",
         "ammunition"),
    Case("Wartość wyniosła 1,250 mld zł w zeszłym tygodniu.", "1,250 mld zł", 1.25e9, None, None, "PLN", "exact",
         "value"),
)


@pytest.mark.parametrize("case", NUMBERS)
def test_number_formats(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12), ("2,5", 2.5), ("20 000", 20000), ("20\u00a0000", 20000), ("1.000.000", 1e6), ("12 tys.", 12000),
        ("4,5 mln", 4.5e6), ("dwa", 2), ("trzech", 3), ("sto", 100), ("tysiąc", 1000), ("10,000", 10000),
        ("dwadzieścia pięć", 25), ("półtora miliona", 1.5e6), ("2 mld", 2e9),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["kilka", "tysiące", "wiele", "BTR-80", "152-mm", "Rosja", "", "12 żołnierzy"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# --------------------------------------------------------------------------------------- multipliers

MULTIPLIERS = cases(
    Case("Rosja planuje zatrudnić 12 tys. pracowników.", "12 tys. pracowników", 12000, None, None, "person", "exact",
         "worker"),
    Case("Przekazano 4,5 mln pocisków.", "4,5 mln pocisków", 4.5e6, None, None, "item", "exact", "artillery shell"),
    Case("Kontrakt opiewa na 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact", "value"),
    Case("Przybyły 3 tysiące żołnierzy.", "3 tysiące żołnierzy", 3000, None, None, "person", "exact", "soldier"),
    Case("Przybyło 5 tysięcy żołnierzy.", "5 tysięcy żołnierzy", 5000, None, None, "person", "exact", "soldier"),
    Case("Wyprodukowano 2 miliony pocisków.", "2 miliony pocisków", 2e6, None, None, "item", "exact", "artillery shell"),
    Case("Wyprodukowano 7 milionów pocisków.", "7 milionów pocisków", 7e6, None, None, "item", "exact", "artillery shell"),
    Case("Pożyczka wyniosła 1,5 miliarda euro.", "1,5 miliarda euro", 1.5e9, None, None, "EUR", "exact", "loan"),
    Case("Dług sięga 1 bln rubli.", "1 bln rubli", 1e12, None, None, "RUB", "exact", "debt"),
    Case("The army fired 10 thousand shells.", "10 thousand shells", 10000, None, None, "item", "exact",
         "artillery shell"),
    Case("Russia spent 2 billion dollars.", "2 billion dollars", 2e9, None, None, "USD", "exact", "spending"),
    Case("Z czego 4 tys. zginęło.", "4 tys.", 4000, None, None, "count", "exact", None),
)


@pytest.mark.parametrize("case", MULTIPLIERS)
def test_multipliers(case: Case) -> None:
    check(case)


# -------------------------------------------------------------------------------------- number words

NUMBER_WORDS = cases(
    Case("Zginęło dwóch żołnierzy.", "dwóch żołnierzy", 2, None, None, "person", "exact", "soldier"),
    Case("Ranne zostały dwie osoby.", "dwie osoby", 2, None, None, "person", "exact", "person"),
    Case("Przybyło trzech instruktorów.", "trzech instruktorów", 3, None, None, "person", "exact", "instructor"),
    Case("Zestrzelono cztery drony.", "cztery drony", 4, None, None, "item", "exact", "drone"),
    Case("Zatrzymano pięciu najemników.", "pięciu najemników", 5, None, None, "person", "exact", "mercenary"),
    Case("Zniszczono jedenaście czołgów.", "jedenaście czołgów", 11, None, None, "item", "exact", "tank"),
    Case("Przybyło dwudziestu pięciu oficerów.", "dwudziestu pięciu oficerów", 25, None, None, "person", "exact",
         "officer"),
    Case("Zatrzymano sto osób.", "sto osób", 100, None, None, "person", "exact", "person"),
    Case("Wysłano dwieście haubic.", "dwieście haubic", 200, None, None, "item", "exact", "howitzer"),
    Case("Przybył tysiąc saperów.", "tysiąc saperów", 1000, None, None, "person", "exact", "sapper"),
    Case("Rosja dostała dwa tysiące dronów.", "dwa tysiące dronów", 2000, None, None, "item", "exact", "drone"),
    Case("Na front trafiło półtora tysiąca najemników.", "półtora tysiąca najemników", 1500, None, None, "person",
         "exact", "mercenary"),
    Case("W ataku zginęło pół miliona ludzi.", "pół miliona ludzi", 500_000, None, None, "person", "exact",
         "person"),
    Case("Zgromadzono trzysta tysięcy pocisków.", "trzysta tysięcy pocisków", 300_000, None, None, "item", "exact",
         "artillery shell"),
    Case("Three tanks were destroyed.", "Three tanks", 3, None, None, "item", "exact", "tank"),
    Case("Wysłano tuzin dronów.", "tuzin dronów", 12, None, None, "item", "exact", "drone"),
    # a hundred as a noun: in the singular, after a number word, after a word that governs its genitive
    Case("Niemal setka żołnierzy zginęła.", "Niemal setka żołnierzy", 100, None, None, "person", "approx", "soldier"),
    Case("Zginęło ponad setkę żołnierzy.", "ponad setkę żołnierzy", 100, None, None, "person", "more_than",
         "soldier"),
    Case("Na miejscu jest około setki żołnierzy.", "około setki żołnierzy", 100, None, None, "person", "approx",
         "soldier"),
    Case("Zginęły dwie setki żołnierzy.", "dwie setki żołnierzy", 200, None, None, "person", "exact", "soldier"),
    Case("Zginęło pół setki żołnierzy.", "pół setki żołnierzy", 50, None, None, "person", "exact", "soldier"),
)


@pytest.mark.parametrize("case", NUMBER_WORDS)
def test_number_words(case: Case) -> None:
    check(case)


# ------------------------------------------------------------------------------------- vague amounts

VAGUE = cases(
    Case("Zginęło kilka osób.", "kilka osób", None, 2, 9, "person", "vague", "person"),
    Case("Na miejscu pracuje kilkunastu inżynierów.", "kilkunastu inżynierów", None, 11, 19, "person", "vague",
         "engineer"),
    Case("Zestrzelono kilkadziesiąt dronów.", "kilkadziesiąt dronów", None, 20, 99, "item", "vague", "drone"),
    Case("Przybyło kilkaset pojazdów.", "kilkaset pojazdów", None, 200, 999, "item", "vague", "vehicle"),
    Case("Na froncie jest kilka tysięcy żołnierzy.", "kilka tysięcy żołnierzy", None, 2000, 9999, "person", "vague",
         "soldier"),
    Case("Zginęły dziesiątki cywilów.", "dziesiątki cywilów", None, 20, 99, "person", "vague", "civilian"),
    Case("Moskwa otrzymała setki systemów artyleryjskich.", "setki systemów artyleryjskich", None, 200, 999, "item",
         "vague", "artillery system"),
    Case("Pjongjang wysłał tysiące żołnierzy.", "tysiące żołnierzy", None, 2000, 9999, "person", "vague", "soldier"),
    Case("Wysłano dziesiątki tysięcy żołnierzy.", "dziesiątki tysięcy żołnierzy", None, 20000, 99000, "person",
         "vague", "soldier"),
    Case("Do Rosji trafiły setki tysięcy pocisków.", "setki tysięcy pocisków", None, 200_000, 999_000, "item",
         "vague", "artillery shell"),
    Case("Rosja ma miliony pocisków.", "miliony pocisków", None, 2e6, 9_999_999, "item", "vague", "artillery shell"),
    Case("Thousands of soldiers were sent.", "Thousands of soldiers", None, 2000, 9999, "person", "vague",
         "soldier"),
    # a vague number of tens or hundreds times a multiplier stops at its own top: 11,000-19,000, not 19,999
    Case("Przybyło kilkanaście tysięcy żołnierzy.", "kilkanaście tysięcy żołnierzy", None, 11_000, 19_000, "person",
         "vague", "soldier"),
    Case("Wydano kilkaset milionów rubli.", "kilkaset milionów rubli", None, 2e8, 9.99e8, "RUB", "vague", "spending"),
    Case("Tens of thousands of workers came.", "Tens of thousands of workers", None, 20000, 99000, "person", "vague",
         "worker"),
    # a vague word below the places number words name fills them: 22-29, 120-199, 2,200-2,999
    Case("Zatrudniono dwudziestu kilku robotników.", "dwudziestu kilku robotników", None, 22, 29, "person", "vague",
         "worker"),
    Case("Wysłano sto kilkadziesiąt dronów.", "sto kilkadziesiąt dronów", None, 120, 199, "item", "vague", "drone"),
    Case("Na front trafiło dwa tysiące kilkaset żołnierzy.", "dwa tysiące kilkaset żołnierzy", None, 2200, 2999,
         "person", "vague", "soldier"),
    Case("Wysłano 10 bądź 12 statków.", "10 bądź 12 statków", None, 10, 12, "item", "range", "ship"),
    Case("Zginęło kilka setek żołnierzy.", "kilka setek żołnierzy", None, 200, 999, "person", "vague", "soldier"),
    Case("Setki żołnierzy zginęły.", "Setki żołnierzy", None, 200, 999, "person", "vague", "soldier"),
    Case("Zginęło trzysta kilkanaście osób.", "trzysta kilkanaście osób", None, 311, 319, "person", "vague", "person"),
)


@pytest.mark.parametrize("text, span, value", [
    ("Zginęło dwadzieścia pięć osób.", "dwadzieścia pięć osób", 25),  # a number word, not a vague one, below the tens
    ("Minęło sto lat, kilka osób przeżyło.", "sto lat", 100),  # a comma parts them
])
def test_no_vague_tail(text: str, span: str, value: float) -> None:
    found = next(q for q in quantities(text) if q.text.startswith(span.split()[0]))
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize("case", VAGUE)
def test_vague_amounts(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    ["Wielu żołnierzy zginęło.", "Liczne drony spadły na miasto.", "Mnóstwo pocisków trafiło w cel.",
     "Wiele dronów zestrzelono."],
)
def test_many_is_not_a_quantity(text: str) -> None:
    assert quantities(text) == []


# --------------------------------------------------------------------------------------------- ranges

RANGES = cases(
    Case("Korea miała dostarczyć od 50 do 100 sztuk sprzętu wojskowego.", "od 50 do 100 sztuk sprzętu wojskowego",
         None, 50, 100, "item", "range", "military equipment"),
    Case("Przekazano 50–100 czołgów.", "50–100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Przekazano 50-100 czołgów.", "50-100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Przekazano 4–6 mln pocisków.", "4–6 mln pocisków", None, 4e6, 6e6, "item", "range", "artillery shell"),
    Case("Przekazano między 50 a 100 czołgów.", "między 50 a 100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Przekazano 50 do 100 czołgów.", "50 do 100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Pensja wynosi od 2 do 3 tys. zł miesięcznie.", "od 2 do 3 tys. zł miesięcznie", None, 2000, 3000,
         "PLN/month", "range", "wage"),
    Case("Poparcie wynosi 10–15 proc.", "10–15 proc.", None, 10, 15, "percent", "range", "support"),
    Case("Szkolenie trwa 2-3 tygodnie.", "2-3 tygodnie", None, 2, 3, "week", "range", "training"),
    Case("Zginęło dwóch lub trzech żołnierzy.", "dwóch lub trzech żołnierzy", None, 2, 3, "person", "range",
         "soldier"),
    Case("Russia sent from 50 to 100 tanks.", "from 50 to 100 tanks", None, 50, 100, "item", "range", "tank"),
    Case("Wysłano od 2000 do 3000 żołnierzy.", "od 2000 do 3000 żołnierzy", None, 2000, 3000, "person", "range",
         "soldier"),
    Case("Russia sent between 50 and 100 tanks.", "between 50 and 100 tanks", None, 50, 100, "item", "range",
         "tank"),
    # a spoken range: two number words a comma apart, the second a little larger
    Case("Do ataku szło dziesięciu, dwunastu ludzi.", "dziesięciu, dwunastu ludzi", None, 10, 12, "person",
         "range", "person"),
    Case("Było pięć, sześć dronów.", "pięć, sześć dronów", None, 5, 6, "item", "range", "drone"),
)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Przyjechali 2, 3 i 4 maja.", "2, 3"),  # digits a comma apart are a list
        ("Zginęło dwóch, trzech i czterech żołnierzy.", "dwóch, trzech"),  # a list of three
        ("Przybyło pięciu, a wyjechało dwóch żołnierzy.", "pięciu, a"),  # not a larger number
        ("Było dwóch, dziesięciu żołnierzy.", "dwóch, dziesięciu"),  # too far apart
    ],
)
def test_no_spoken_range(text: str, absent: str) -> None:
    assert not [q for q in quantities(text) if q.text.startswith(absent)]


@pytest.mark.parametrize("case", RANGES)
def test_ranges(case: Case) -> None:
    check(case)


# ----------------------------------------------------------------------------------------- qualifiers

QUALIFIERS = cases(
    Case("Przybyło około 5000 żołnierzy.", "około 5000 żołnierzy", 5000, None, None, "person", "approx", "soldier"),
    Case("Przybyło ok. 300 żołnierzy.", "ok. 300 żołnierzy", 300, None, None, "person", "approx", "soldier"),
    Case("Przybyło blisko 300 żołnierzy.", "blisko 300 żołnierzy", 300, None, None, "person", "approx", "soldier"),
    Case("Przybyło prawie 300 żołnierzy.", "prawie 300 żołnierzy", 300, None, None, "person", "approx", "soldier"),
    Case("Przybyło niemal 3 tys. pracowników.", "niemal 3 tys. pracowników", 3000, None, None, "person", "approx",
         "worker"),
    Case("Przybyło mniej więcej 300 żołnierzy.", "mniej więcej 300 żołnierzy", 300, None, None, "person", "approx",
         "soldier"),
    Case("Zginęło ponad 300 żołnierzy.", "ponad 300 żołnierzy", 300, None, None, "person", "more_than", "soldier"),
    Case("Zginęło przeszło 300 żołnierzy.", "przeszło 300 żołnierzy", 300, None, None, "person", "more_than",
         "soldier"),
    Case("Zginęło więcej niż 300 żołnierzy.", "więcej niż 300 żołnierzy", 300, None, None, "person", "more_than",
         "soldier"),
    Case("Ranne zostało co najmniej 12 osób.", "co najmniej 12 osób", 12, None, None, "person", "at_least", "person"),
    Case("Ranne zostało nie mniej niż 12 osób.", "nie mniej niż 12 osób", 12, None, None, "person", "at_least",
         "person"),
    Case("Zatrudniono przynajmniej 30 specjalistów.", "przynajmniej 30 specjalistów", 30, None, None, "person",
         "at_least", "specialist"),
    Case("Do Rosji może trafić do 100 osób.", "do 100 osób", 100, None, None, "person", "up_to", "person"),
    Case("Zatrudniono maksymalnie 200 pracowników.", "maksymalnie 200 pracowników", 200, None, None, "person",
         "at_most", "worker"),
    Case("Wysłano 300 żołnierzy z okładem.", "300 żołnierzy z okładem", 300, None, None, "person", "more_than",
         "soldier"),
    Case("Trwało to dwa lata z hakiem.", "dwa lata z hakiem", 2, None, None, "year", "more_than", "duration"),
    Case("Most nie uniesie ciężarówek cięższych niż 40 ton.", "cięższych niż 40 ton", 40, None, None, "t", "more_than",
         "weight"),
    Case("Wpłyną statki krótsze niż 100 m.", "krótsze niż 100 m", 100, None, None, "m", "less_than", "distance"),
    Case("Rozmowy trwały dłużej niż miesiąc.", "dłużej niż miesiąc", 1, None, None, "month", "more_than", "duration"),
    Case("Rannych było nie więcej niż 40 osób.", "nie więcej niż 40 osób", 40, None, None, "person", "at_most",
         "person"),
    Case("Zginęło mniej niż 10 żołnierzy.", "mniej niż 10 żołnierzy", 10, None, None, "person", "less_than",
         "soldier"),
    Case("Przybyło poniżej 50 oficerów.", "poniżej 50 oficerów", 50, None, None, "person", "less_than", "officer"),
    Case("Liczba dronów wzrosła do 100 sztuk.", "100 sztuk", 100, None, None, "item", "exact", "drone"),
    # a cap set a few words after its verb is the cap; "do" with no such verb bounds
    Case("Rezolucja ogranicza dostawy produktów rafinowanych do 500 tys. baryłek rocznie.",
         "500 tys. baryłek rocznie", 500000, None, None, "item/year", "exact", "barrel"),
    Case("Rezolucja przewiduje ograniczenie importu paliw do 500 tys. baryłek rocznie.", "500 tys. baryłek rocznie",
         500000, None, None, "item/year", "exact", "barrel"),
    Case("Ograniczono dostawy, a Rosja wysłała do 500 tys. baryłek.", "do 500 tys. baryłek", 500000, None, None,
         "item", "up_to", "barrel"),
    # an average is an approximation; "nie dłużej/krócej niż" bound a duration
    Case("Kursuje średnio siedem statków w tygodniu.", "średnio siedem statków w tygodniu", 7, None, None,
         "item/week", "approx", "ship"),
    Case("Zatrudniono przeciętnie 40 osób.", "przeciętnie 40 osób", 40, None, None, "person", "approx", "worker"),
    Case("Samoloty są wypełnione średnio w 87 proc.", "średnio w 87 proc.", 87, None, None, "percent", "approx",
         "load factor"),
    Case("Kontenery stoją nie dłużej niż 72 godziny.", "nie dłużej niż 72 godziny", 72, None, None, "hour",
         "at_most", "duration"),
    Case("Kurs trwa nie krócej niż trzy tygodnie.", "nie krócej niż trzy tygodnie", 3, None, None, "week",
         "at_least", "duration"),
    # a qualifier written after the amount, before its noun
    Case("Przybyło 300 z okładem inżynierów.", "300 z okładem inżynierów", 300, None, None, "person", "more_than",
         "engineer"),
    # colloquial and written estimates
    Case("Na miejscu było jakieś 300 żołnierzy.", "jakieś 300 żołnierzy", 300, None, None, "person", "approx",
         "soldier"),
    Case("Rosja wysłała ca. 500 dronów.", "ca. 500 dronów", 500, None, None, "item", "approx", "drone"),
    Case("W okolicach 200 żołnierzy zginęło.", "W okolicach 200 żołnierzy", 200, None, None, "person", "approx",
         "soldier"),
    Case("Korea wysłała nieco więcej niż 300 inżynierów.", "nieco więcej niż 300 inżynierów", 300, None, None,
         "person", "more_than", "engineer"),
    Case("Zginęło niewiele mniej niż 30 osób.", "niewiele mniej niż 30 osób", 30, None, None, "person", "less_than",
         "person"),
    Case("Russia received up to 100 missiles.", "up to 100 missiles", 100, None, None, "item", "up_to", "missile"),
    Case("It sent not more than 300 engineers.", "not more than 300 engineers", 300, None, None, "person", "at_most",
         "engineer"),
    Case("It sent just shy of 300 engineers.", "just shy of 300 engineers", 300, None, None, "person", "less_than",
         "engineer"),
    Case("It sent in the region of 300 engineers.", "in the region of 300 engineers", 300, None, None, "person",
         "approx", "engineer"),
    Case("Nearly 3,000 civilians died.", "Nearly 3,000 civilians", 3000, None, None, "person", "approx", "civilian"),
)


@pytest.mark.parametrize("case", QUALIFIERS)
def test_qualifiers(case: Case) -> None:
    check(case)


# -------------------------------------------------------------------------------------------- percent

PERCENT = cases(
    Case("Korea zaspokaja około 40% zapotrzebowania rosyjskiej armii na amunicję.", "około 40% zapotrzebowania",
         40, None, None, "percent", "approx", "ammunition demand"),
    Case("Korea dostarcza ponad 50% pocisków artyleryjskich.", "ponad 50% pocisków artyleryjskich", 50, None, None,
         "percent", "more_than", "share"),
    Case("Eksport wzrósł o 30 proc.", "30 proc.", 30, None, None, "percent", "exact", "export growth"),
    Case("Eksport wzrósł o 30 procent.", "30 procent", 30, None, None, "percent", "exact", "export growth"),
    Case("Eksport wzrósł o 30 % w ciągu roku.", "30 %", 30, None, None, "percent", "exact", "export growth"),
    Case("Inflacja wyniosła 2,5 proc. w marcu.", "2,5 proc.", 2.5, None, None, "percent", "exact", "inflation"),
    Case("Około 40 procent amunicji pochodzi z Korei.", "Około 40 procent amunicji", 40, None, None, "percent",
         "approx", "share"),
    Case("Korea odpowiada za 60 proc. produkcji amunicji.", "60 proc. produkcji", 60, None, None, "percent",
         "exact", "ammunition production"),
    Case("Poparcie spadło o kilkanaście procent.", "kilkanaście procent", None, 11, 19, "percent", "vague",
         "support decrease"),
    Case("Poparcie wynosi od 20 do 30 proc.", "od 20 do 30 proc.", None, 20, 30, "percent", "range", "support"),
    Case("About 40% of the ammunition came from Korea.", "About 40% of the ammunition", 40, None, None, "percent",
         "approx", "share"),
    Case("Support fell 12 percent.", "12 percent", 12, None, None, "percent", "exact", "decrease"),
)


@pytest.mark.parametrize("case", PERCENT)
def test_percentages(case: Case) -> None:
    check(case)


POINTS = cases(
    Case("Bank Rosji podniósł stopę procentową o 2 pkt proc.", "2 pkt proc.", 2, None, None, "pp", "exact",
         "interest rate increase"),
    Case("Inflacja wzrosła o 1,5 punktu procentowego.", "1,5 punktu procentowego", 1.5, None, None, "pp", "exact",
         "inflation growth"),
    Case("Bezrobocie zmniejszyło się o trzy punkty procentowe.", "trzy punkty procentowe", 3, None, None, "pp",
         "exact", "unemployment decrease"),
    Case("Poparcie spadło o 5 p.p. w ciągu miesiąca.", "5 p.p.", 5, None, None, "pp", "exact", "support decrease"),
    Case("Poparcie spadło o ok. 4 pkt. proc.", "ok. 4 pkt. proc.", 4, None, None, "pp", "approx", "support decrease"),
    Case("Inflacja wzrosła o 2–3 punkty procentowe.", "2–3 punkty procentowe", None, 2, 3, "pp", "range",
         "inflation growth"),
    Case("Support fell by 3 percentage points.", "3 percentage points", 3, None, None, "pp", "exact", "decrease"),
)


@pytest.mark.parametrize("case", POINTS)
def test_percentage_points(case: Case) -> None:
    """A change measured in points is neither a percent of the thing nor a count of items."""
    check(case)


@pytest.mark.parametrize("text, span, unit", [
    ("Zdobył 5 punktów w rankingu.", "5 punktów", "item"),
    ("Inflacja wyniosła 5 proc.", "5 proc.", "percent"),
    ("Stopa wzrosła o 2 proc.", "2 proc.", "percent"),
])
def test_points_that_are_not_percentage_points(text: str, span: str, unit: str) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == [(span, unit)]


# ----------------------------------------------------------------------------------- money and rates

MONEY = cases(
    Case("Rosjanie oferują im wynagrodzenie w wysokości około 2,5 dolara za godzinę pracy.",
         "około 2,5 dolara za godzinę", 2.5, None, None, "USD/hour", "approx", "wage"),
    Case("Podpisano kontrakt o wartości 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact",
         "value"),
    Case("Rosja zapłaci 500 zł dziennie.", "500 zł dziennie", 500, None, None, "PLN/day", "exact", "value"),
    Case("Pracownik dostanie 3000 euro miesięcznie.", "3000 euro miesięcznie", 3000, None, None, "EUR/month",
         "exact", "wage"),
    Case("Ukraina otrzyma pomoc w wysokości 1,5 mld USD.", "1,5 mld USD", 1.5e9, None, None, "USD", "exact", "aid"),
    Case("Wynagrodzenie wynosi 800 dolarów miesięcznie.", "800 dolarów miesięcznie", 800, None, None, "USD/month",
         "exact", "wage"),
    Case("Moskwa przekazała 200 mln rubli.", "200 mln rubli", 2e8, None, None, "RUB", "exact", "value"),
    Case("Kijów wydał 100 tys. hrywien.", "100 tys. hrywien", 1e5, None, None, "UAH", "exact", "spending"),
    Case("Londyn przekazał 50 mln funtów.", "50 mln funtów", 5e7, None, None, "GBP", "exact", "value"),
    Case("Pekin zainwestował 10 mln juanów.", "10 mln juanów", 1e7, None, None, "CNY", "exact", "investment"),
    Case("Robotnicy dostają 1000 wonów na dobę.", "1000 wonów na dobę", 1000, None, None, "KRW/day", "exact",
         "wage"),
    Case("Prąd kosztuje 4,2 rubla za kilowatogodzinę.", "4,2 rubla za kilowatogodzinę", 4.2, None, None, "RUB/kWh",
         "exact", "electricity price"),
    Case("Ryż kosztuje 6 tys. wonów za kilogram.", "6 tys. wonów za kilogram", 6000, None, None, "KRW/kg", "exact",
         "rice price"),
    Case("Najemnik zarabia 70 tys. dolarów rocznie.", "70 tys. dolarów rocznie", 70000, None, None, "USD/year",
         "exact", "wage"),
    Case("Ukraina dostała 31 czołgów Abrams o wartości 400 mln dolarów.", "400 mln dolarów", 4e8, None, None, "USD",
         "exact", "value"),
    Case("Podpisano umowę na dostawy broni o wartości 1 mld dolarów.", "1 mld dolarów", 1e9, None, None, "USD",
         "exact", "value"),
    Case("Workers earn about $2.5 an hour.", "about $2.5 an hour", 2.5, None, None, "USD/hour", "approx", "wage"),
)


@pytest.mark.parametrize("case", MONEY)
def test_money_and_rates(case: Case) -> None:
    check(case)


# ------------------------------------------------------------------------- durations and distances

MEASURES = cases(
    Case("Dzienna zmiana ma trwać co najmniej 12 godzin.", "co najmniej 12 godzin", 12, None, None, "hour",
         "at_least", "shift"),
    Case("Rozminowywanie terenów potrwa ponad rok.", "ponad rok", 1, None, None, "year", "more_than", "duration"),
    Case("Szkolenie potrwa 3 miesiące.", "3 miesiące", 3, None, None, "month", "exact", "training"),
    Case("Wojska wycofają się w ciągu 48 godzin.", "48 godzin", 48, None, None, "hour", "exact", "duration"),
    Case("Budowa zajęła półtora roku.", "półtora roku", 1.5, None, None, "year", "exact", "duration"),
    Case("Żołnierze spędzili tam pół roku.", "pół roku", 0.5, None, None, "year", "exact", "duration"),
    Case("Ofensywa trwała 10 dni.", "10 dni", 10, None, None, "day", "exact", "duration"),
    Case("Wojna trwa od ponad trzech lat.", "ponad trzech lat", 3, None, None, "year", "more_than", "duration"),
    Case("Na Ukrainę spadło wiele dronów w ciągu 24 godz.", "24 godz.", 24, None, None, "hour", "exact",
         "duration"),
    # a journey's time is its travel time; a flight's, a stay's or a longer span stays a duration
    Case("Podróż pociągiem trwa ok. ośmiu dni.", "ok. ośmiu dni", 8, None, None, "day", "approx", "travel time"),
    Case("Rejs w jedną stronę trwał od trzech do sześciu dni.", "od trzech do sześciu dni", None, 3, 6, "day",
         "range", "travel time"),
    Case("Okręty pokonały tę trasę w niespełna półtorej doby.", "niespełna półtorej doby", 1.5, None, None, "day",
         "less_than", "travel time"),
    Case("Przeprawa promem zajmuje ok. 14 godzin.", "ok. 14 godzin", 14, None, None, "hour", "approx", "travel time"),
    Case("Lot do Pjongjangu trwał ok. 8 godzin.", "ok. 8 godzin", 8, None, None, "hour", "approx", "flight time"),
    Case("Pobyt w sanatorium trwa od dwóch do trzech tygodni.", "od dwóch do trzech tygodni", None, 2, 3, "week",
         "range", "duration"),
    Case("Rejs potrwa dwa miesiące.", "dwa miesiące", 2, None, None, "month", "exact", "duration"),
    Case("Kolumna przejechała 120 km.", "120 km", 120, None, None, "km", "exact", "distance"),
    Case("Statek przepłynął 300 mil.", "300 mil", 300, None, None, "mi", "exact", "distance"),
    # a distance or an area per day, week, month or year is a rate; per hour a distance is a speed
    Case("Saperzy oczyszczają dziennie od 2 do 3 ha.", "dziennie od 2 do 3 ha", None, 2, 3, "ha/day", "range", "area"),
    Case("Saper sprawdza dziennie najwyżej kilkaset metrów kwadratowych.",
         "dziennie najwyżej kilkaset metrów kwadratowych", None, 200, 999, "m2/day", "vague", "area"),
    Case("Rosjanie posuwają się o 5 km tygodniowo.", "5 km tygodniowo", 5, None, None, "km/week", "exact", "distance"),
    Case("Pociąg jedzie 80 km na godzinę.", "80 km na godzinę", 80, None, None, "km/h", "exact", "speed"),
    # a gun's rate of fire: counts per minute (no sum or weight is stored per minute)
    Case("Koksan oddaje do sześciu strzałów na minutę.", "do sześciu strzałów na minutę", 6, None, None, "item/minute",
         "up_to", "shot"),
    Case("Połączenie kosztuje 5 dolarów na minutę.", "5 dolarów", 5, None, None, "USD", "exact", "price"),
    Case("Dron leci z prędkością 180 km/h.", "180 km/h", 180, None, None, "km/h", "exact", "speed"),
    Case("Okop ma 500 m długości.", "500 m długości", 500, None, None, "m", "exact", "length"),
    Case("Pjongjang wysłał 500 ton amunicji.", "500 ton amunicji", 500, None, None, "t", "exact", "ammunition"),
    Case("Ładunek waży 20 kg.", "20 kg", 20, None, None, "kg", "exact", "weight"),
    # areas and volumes in metres, power and energy
    Case("Hala ma ok. 120 tys. m² powierzchni.", "ok. 120 tys. m² powierzchni", 120000, None, None, "m2", "approx",
         "area"),
    Case("Magazyn zajmuje 300 m kw.", "300 m kw.", 300, None, None, "m2", "exact", "area"),
    Case("Blok ma 12 tys. mkw. powierzchni.", "12 tys. mkw", 12000, None, None, "m2", "exact", "area"),
    Case("Dystans wynosi 80 mil morskich.", "80 mil morskich", 80, None, None, "nmi", "exact", "distance"),
    Case("Kolumna przeszła 80 mil.", "80 mil", 80, None, None, "mi", "exact", "distance"),
    Case("The ship sailed 80 nautical miles.", "80 nautical miles", 80, None, None, "nmi", "exact", "distance"),
    Case("Terminal przeładował 120 tys. TEU.", "120 tys. TEU", 120000, None, None, "item", "exact", "container"),
    Case("Rosja dostarczy do 50 mld m³ gazu rocznie.", "do 50 mld m³ gazu rocznie", 5e10, None, None, "m3/year",
         "up_to", "gas"),
    Case("Zbiornik mieści 5 tys. metrów sześciennych paliwa.", "5 tys. metrów sześciennych paliwa", 5000, None, None,
         "m3", "exact", "fuel"),
    Case("Linia ma przepustowość do 100 MW.", "do 100 MW", 100, None, None, "MW", "up_to", "transmission capacity"),
    Case("Zakład zużywa 30–40 MW.", "30–40 MW", None, 30, 40, "MW", "range", "power"),
    Case("Elektrownia wytworzyła 300 MWh energii.", "300 MWh", 300, None, None, "MWh", "exact", "energy"),
)


@pytest.mark.parametrize("text", ["Zbudowano linię 220 kV.", "Linia 110 kV biegnie do Rasonu."])
def test_a_voltage_is_no_count(text: str) -> None:
    assert [q.text for q in quantities(text)] == []


@pytest.mark.parametrize("case", MEASURES)
def test_durations_and_distances(case: Case) -> None:
    check(case)


# ----------------------------------------------------------------------------------- counted objects

COUNTED = cases(
    Case("Do Rosji trafiło 1000 saperów.", "1000 saperów", 1000, None, None, "person", "exact", "sapper"),
    Case("Kim zgodził się wysłać dodatkowe 6000 osób.", "dodatkowe 6000 osób", 6000, None, None, "person", "exact",
         "person"),
    Case("Dostarczono 30 transporterów opancerzonych.", "30 transporterów opancerzonych", 30, None, None, "item",
         "exact", "armoured personnel carrier"),
    Case("Ukraina otrzyma 100 haubic samobieżnych.", "100 haubic samobieżnych", 100, None, None, "item", "exact",
         "self-propelled howitzer"),
    Case("Rosja ma 10 systemów obrony powietrznej.", "10 systemów obrony powietrznej", 10, None, None, "item",
         "exact", "air defence system"),
    Case("Przybyło około 5000 północnokoreańskich żołnierzy wojsk inżynieryjnych.",
         "około 5000 północnokoreańskich żołnierzy", 5000, None, None, "person", "approx", "soldier"),
    Case("Ukraina zestrzeliła 40 bezzałogowców.", "40 bezzałogowców", 40, None, None, "item", "exact", "drone"),
    Case("Wysłano 100 Shahedów.", "100 Shahedów", 100, None, None, "item", "exact", "Shahed drone"),
    Case("Zniszczono 15 kiosków.", "15 kiosków", 15, None, None, "item", "exact", "kiosk"),
    Case("Zatrzymano 15 kurierów.", "15 kurierów", 15, None, None, "person", "exact", "kurier"),
    Case("Spadło 40 bomb szybujących.", "40 bomb szybujących", 40, None, None, "item", "exact", "glide bomb"),
    Case("Do niewoli trafiło 3 jeńców wojennych.", "3 jeńców wojennych", 3, None, None, "person", "exact",
         "prisoner of war"),
    Case("Na front wysłano 3 dywizje.", "3 dywizje", 3, None, None, "item", "exact", "division"),
    Case("W fabrykach broni pracowało 20 000 Koreańczyków z Północy.", "20 000 Koreańczyków z Północy", 20000, None,
         None, "person", "exact", "worker"),
    Case("Na froncie walczy 3000 Koreańczyków.", "3000 Koreańczyków", 3000, None, None, "person", "exact",
         "soldier"),
    Case("Russia hired 500 North Korean workers.", "500 North Korean workers", 500, None, None, "person", "exact",
         "worker"),
    Case("Do Moskwy przyleciało 300 Koreańczyków.", "300 Koreańczyków", 300, None, None, "person", "exact",
         "person"),
)


@pytest.mark.parametrize("case", COUNTED)
def test_counted_objects(case: Case) -> None:
    check(case)


def test_counted_token_and_lemma() -> None:
    text = "Rosja planuje zatrudnić 12 tys. północnokoreańskich pracowników w Tatarstanie."
    (q,) = quantities(text)
    token = next(t for s in split_sentences(text) for t in s.tokens if t.i == q.counted_token)
    assert (token.text, q.counted_lemma) == ("pracowników", "pracownik")


ACTORS = [
    pytest.param("Rosja planuje zatrudnić 12 tys. północnokoreańskich pracowników.", "północnokoreańskich",
                 NORTH_KOREA, "12 tys. północnokoreańskich pracowników", id="adjective"),
    pytest.param("Zginęło 12 żołnierzy z Korei Północnej.", "Korei Północnej", NORTH_KOREA,
                 "12 żołnierzy z Korei Północnej", id="z-country"),
    pytest.param("W fabrykach pracowało 20 000 Koreańczyków z Północy.", "Koreańczyków z Północy", NORTH_KOREA,
                 "20 000 Koreańczyków z Północy", id="demonym"),
    pytest.param("Pracuje tam 300 rosyjskich inżynierów.", "rosyjskich", RUSSIA, "300 rosyjskich inżynierów",
                 id="russian-adjective"),
    pytest.param("Przybyło około 5000 północnokoreańskich żołnierzy wojsk inżynieryjnych.", "północnokoreańskich",
                 NORTH_KOREA, "około 5000 północnokoreańskich żołnierzy", id="approx-adjective"),
]


@pytest.mark.parametrize(("text", "surface", "actor", "span"), ACTORS)
def test_actor_from_mentions(text: str, surface: str, actor: EntityRef, span: str) -> None:
    (q,) = quantities(text, (mention(text, surface, actor),))
    assert (q.text, q.actor) == (span, actor)


def test_actor_needs_a_mention_in_the_phrase() -> None:
    text = "Rosja wysłała 300 inżynierów do Korei Północnej."
    (q,) = quantities(text, (mention(text, "Rosja", RUSSIA, via="name"), mention(text, "Korei Północnej", NORTH_KOREA,
                                                                                 via="name")))
    assert q.text == "300 inżynierów" and q.actor is None


# ---------------------------------------------------------------------------------------- non-counts

NON_COUNTS = [
    "Korea dostarcza amunicję kalibru 122 mm i 152 mm.",
    "Rosja używa 152-mm haubic.",
    "Do Rosji trafiły czołgi M2010 i transportery opancerzone BTR-80.",
    "Rosja wystrzeliła pociski KN-23 i Hwasong-11 oraz drony Shahed-136 i Geran-2.",
    "Systemy S-400 chronią samoloty Su-27 i czołgi T-72.",
    "Rosja używa dronów Shahed 136 i haubic 2S19.",
    "W 2024 r. podpisano traktat.",
    "Traktat podpisano w 2024 roku.",
    "Od 2014 Rosja okupuje Krym.",
    "Spotkanie zaplanowano na 14:30.",
    "Spotkanie zaczęło się o godz. 8 rano.",
    "Zgodnie z pkt 5 umowy strony współpracują.",
    "Chodzi o nr 7 listy sankcyjnej.",
    "W 3. kwartale wzrosła produkcja.",
    "Jeden z dowódców zginął.",
    "Pierwszy batalion i trzeci pułk wycofano.",
    "Dwa razy więcej dronów wysłano na front.",
    "Zadzwoń pod numer 22 123 45 67.",
    "Wydarzyło się to 14 listopada.",
    "Dwa lata temu Rosja zaatakowała.",
    "Współpraca między dwiema dyktaturami się pogłębia.",
    "Sąd wydał wyrok w sprawie II K 1/23.",  # a case number, not a fraction
    "Sezon 2024/2025 był rekordowy.",
    "Od 2014 do 2022 trwały walki.",
    "Na stronie 12 raportu opisano to dokładnie.",
    "Kim Dzong Un (41 l.) przyjechał do Moskwy.",
    "Według 38 North Korea wysłała statek.",
    "One of the commanders died.",
    "Mecz zakończył się wynikiem 2:1.",
    "Rakieta wystartowała o 22:17 czasu lokalnego.",  # the minutes of a clock time
    "Rezolucja 2397 nakazała odesłać robotników do domu.",  # a document or body named by its number
    "Sprawą zajmuje się Komitet 1718 Rady Bezpieczeństwa.",
    "Seul rozwija satelity programu 425.",
    "Za kilka lat możemy zobaczyć ich efekty.",  # a stretch of time that says when
    "Za 15–20 lat będą dowodzić armią.",
    "Na dwie doby przed wejściem do portu statki znikają z radarów.",
    "W nocy temperatura spadła do minus 20 stopni.",  # a temperature, an angle
    "Kreml zmienił kurs o 180 stopni.",
    "Kraj jest w pierwszej setce rankingu.",  # a rank
    "Jednostka wojskowa 29155 działa w Moskwie.",  # a formation named by its number
    "Brygada 155 piechoty morskiej walczy pod Kurskiem.",
    "GRU Unit 29155 operates in Moscow.",
    "Article 4 of the mutual defence treaty applies.",  # an English article, resolution or section number
    "Resolution 2397 bans North Korean workers abroad.",
]


@pytest.mark.parametrize("text", NON_COUNTS)
def test_non_counts(text: str) -> None:
    assert [q.text for q in quantities(text)] == []


@pytest.mark.parametrize("text, expected", [
    # a formation's strength is a count ("brygada 3 tys. żołnierzy", "pułk 200 żołnierzy"), its number is not
    ("Do Kurska trafiła brygada 3 tys. żołnierzy.", ["3 tys. żołnierzy"]),
    ("Przerzucono pułk 200 żołnierzy, a pułk 12 został w Kursku.", ["200 żołnierzy"]),
    # a year range is a date, whatever plural follows it ...
    ("Hakerzy ukradli w latach 2024–2025 kryptowaluty o wartości 2,8 mld dolarów.", ["2,8 mld dolarów"]),
    ("Od 2022 do 2024 Rosja kupiła 300 dronów.", ["300 dronów"]),
    # ... unless the numbers count it
    ("Na front trafiło od 2000 do 3000 żołnierzy.", ["od 2000 do 3000 żołnierzy"]),
    ("Na front trafiło 2000–2050 żołnierzy.", ["2000–2050 żołnierzy"]),
    # a maker's name and a number are a model
    ("Wystartował Boeing 777 linii Nordwind z 440 pasażerami.", ["440 pasażerami"]),
    ("Koncern Rosnieft wysłał do KRLD 20 cystern.", ["20 cystern"]),
    ("Rosja przekazała Korei samolot Iljuszyn 76 z 40 tonami ładunku.", ["40 tonami ładunku"]),
    ("Do portu przypłynęło 12 statków z ładunkiem 300 ciężarówek Kamaz.", ["12 statków", "300 ciężarówek"]),
    # a place the dictionary does not know, after its preposition, is no model name
    ("Żołnierze przeprowadzili pod Orichowem 46 szturmów.", ["46 szturmów"]),
    ("Walczyli pod Pokrowskiem 12 dni.", ["12 dni"]),
    ("Rosja używa dronów typu Lancet 3 i Shahed 136.", []),
    # a number word after "stronie" counts ("strona 12" is a page)
    ("Brygada zauważyła po drugiej stronie co najmniej dziewięć zespołów.", ["co najmniej dziewięć zespołów"]),
    # the next amount's qualifier ends a year span ("ok." is no eye)
    ("Budżet przeznaczył w latach 2025–2027 ok. 150 mld rubli.", ["ok. 150 mld rubli"]),
])
def test_years_and_models_among_counts(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract(text, published_on=dt.date(2025, 6, 1)).quantities] == expected


@pytest.mark.parametrize("text, span", [
    ("Rakieta eksplodowała kilka minut po starcie.", "kilka minut"),  # how long the flight lasted
    ("Po ok. 8 godzinach samolot wylądował w Pjongjangu.", "ok. 8 godzinach"),
    ("Koreańczycy pracują po 12 godzin dziennie.", "12 godzin dziennie"),
    ("Przez dwa tygodnie przed wyjazdem ćwiczyli na poligonie.", "dwa tygodnie"),
])
def test_stretches_of_time_that_stay_amounts(text: str, span: str) -> None:
    assert span in [q.text for q in quantities(text)]


@pytest.mark.parametrize("text, span, unit, counted", [
    ("Rosja produkuje 3 tys. Geraniów miesięcznie.", "3 tys. Geraniów miesięcznie", "item/month", "Geran drone"),
    ("Na Ukrainę spadło ok. 2 tys. Szahedów.", "ok. 2 tys. Szahedów", "item", "Shahed drone"),
    ("Rosja produkuje od 2 do 3 tys. Geraniów.", "od 2 do 3 tys. Geraniów", "item", "Geran drone"),
])
def test_a_model_counted_after_a_multiplier(text: str, span: str, unit: str, counted: str) -> None:
    assert [(q.text, q.unit, q.counted) for q in quantities(text)] == [(span, unit, counted)]


@pytest.mark.parametrize("text, expected", [
    ("Pracują za 15 tys. rubli miesięcznie, czasem 20 tys.", [("15 tys. rubli miesięcznie", "RUB/month"),
                                                             ("20 tys.", "RUB/month")]),
    ("Kontrakt wart jest 2 mln dolarów, a nawet 3 mln.", [("2 mln dolarów", "USD"), ("nawet 3 mln", "USD")]),
    # another subject in a clause that leaves out the verb: the same unit ("Korea" paid 3 thousand dollars)
    ("Rosja zapłaciła 2 mln dolarów, a Korea 3 tys.", [("2 mln dolarów", "USD"), ("3 tys.", "USD")]),
    # ... not with a verb of its own
    ("Rosja zapłaciła 2 mln dolarów, a Korea wysłała 3 tys.", [("2 mln dolarów", "USD"), ("3 tys.", "count")]),
])
def test_a_bare_amount_as_another_value_of_the_one_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "one" opening the sentence before its figures: what one of a kind does, not a count
    ("Jeden statek zabiera od 180 do 250 kontenerów.", ["od 180 do 250 kontenerów"]),
    ("Jeden informatyk może zarobić nawet 5 tys. dolarów.", ["nawet 5 tys. dolarów"]),
    ("Jeden lot Ił-76 może zabrać maksymalnie 40 leżących pacjentów.", ["maksymalnie 40 leżących pacjentów"]),
    # "one" counted: alone in its sentence, or not opening it
    ("Jeden żołnierz zginął.", ["Jeden żołnierz"]),
    ("Zginął jeden żołnierz, a trzech zostało rannych.", ["jeden żołnierz", "trzech"]),
    ("Port ma jeden dźwig portowy i 20 wagonów.", ["jeden dźwig portowy", "20 wagonów"]),
])
def test_one_as_the_unit_of_the_figures_after_it(text: str, expected: list[str]) -> None:
    assert [q.text for q in quantities(text)] == expected


def test_numbers_inside_dates_are_skipped() -> None:
    text = "Od 24 lutego 2022 trwa wojna, a w 2023 zginęło 500 osób."
    start = text.index("24 lutego 2022")
    date = DateExpr(start=start, end=start + len("24 lutego 2022"), text="24 lutego 2022",
                    date_from=dt.date(2022, 2, 24), date_to=dt.date(2022, 2, 24), precision="day")
    assert [q.text for q in quantities(text, dates=(date,))] == ["500 osób"]


def test_date_span_hides_an_otherwise_valid_count() -> None:
    text = "Przez 3 dni trwały walki."
    assert [q.text for q in quantities(text)] == ["3 dni"]
    start = text.index("3 dni")
    date = DateExpr(start=start, end=start + 5, text="3 dni", date_from=None, date_to=None, precision="unknown")
    assert quantities(text, dates=(date,)) == []


def test_year_before_plural_noun_is_a_count() -> None:
    assert [q.text for q in quantities("W 2000 domów nie ma prądu.")] == ["2000 domów"]


# ------------------------------------------------------------------------------------- seed article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_345fe1ab6c1f8ba1.txt"

SEED_QUANTITIES = [
    Case("", "12 tys. północnokoreańskich pracowników", 12000, None, None, "person", "exact", "worker"),
    Case("", "około 2,5 dolara za godzinę", 2.5, None, None, "USD/hour", "approx", "wage"),
    Case("", "co najmniej 12 godzin", 12, None, None, "hour", "at_least", "shift"),
    Case("", "20 000 Koreańczyków z Północy", 20000, None, None, "person", "exact", "worker"),
    Case("", "od 50 do 100 sztuk sprzętu wojskowego", None, 50, 100, "item", "range", "military equipment"),
    Case("", "tysiące żołnierzy", None, 2000, 9999, "person", "vague", "soldier"),
    Case("", "około 40% zapotrzebowania", 40, None, None, "percent", "approx", "ammunition demand"),
    Case("", "setki systemów artyleryjskich", None, 200, 999, "item", "vague", "artillery system"),
    Case("", "dodatkowe 6000 osób", 6000, None, None, "person", "exact", "person"),
    Case("", "1000 saperów", 1000, None, None, "person", "exact", "sapper"),
    Case("", "około 5000 północnokoreańskich żołnierzy", 5000, None, None, "person", "approx", "soldier"),
    Case("", "ponad rok", 1, None, None, "year", "more_than", "duration"),
]


def seed_body() -> str:
    raw = SEED.read_text(encoding="utf-8")
    return re.sub(r"^\s*date \d{4}-\d{2}-\d{2} ", "", raw, count=1)


def test_seed_article_quantities() -> None:
    found = {q.text: q for q in quantities(seed_body())}
    assert sorted(found) == sorted(c.span for c in SEED_QUANTITIES)
    for case in SEED_QUANTITIES:
        q = found[case.span]
        assert (q.value, q.low, q.high, q.unit, q.qualifier, q.counted) == (
            case.value, case.low, case.high, case.unit, case.qualifier, case.counted), case.span


@pytest.mark.parametrize("label", ["122 mm", "152 mm", "M2010", "BTR-80"])
def test_seed_article_non_counts(label: str) -> None:
    body = seed_body()
    where = body.index(label)
    assert not any(q.start <= where < q.end for q in quantities(body))


# ------------------------------------------------------------------------- counted-object lexicon

LEXICON = cases(
    Case("Sankcjami objęto 20 firm.", "20 firm", 20, None, None, "item", "exact", "company"),
    Case("Na liście jest 69 podmiotów i 45 osób fizycznych.", "45 osób fizycznych", 45, None, None, "person",
         "exact", "individual"),
    Case("Na liście jest 69 podmiotów.", "69 podmiotów", 69, None, None, "item", "exact", "entity"),
    Case("W dronach znaleziono 120 komponentów z Zachodu.", "120 komponentów", 120, None, None, "item", "exact",
         "component"),
    Case("Ustawa ma 15 artykułów.", "15 artykułów", 15, None, None, "item", "exact", "article"),
    Case("Za rezolucją głosowało 450 deputowanych.", "450 deputowanych", 450, None, None, "person", "exact",
         "deputy"),
    Case("Współpraca obejmuje 12 dziedzin.", "12 dziedzin", 12, None, None, "item", "exact", "field"),
    Case("Do Rosji dotarło 300 wagonów.", "300 wagonów", 300, None, None, "item", "exact", "wagon"),
    Case("Amunicję przewiozło 5 statków.", "5 statków", 5, None, None, "item", "exact", "ship"),
    Case("Wysłano 4 transporty broni.", "4 transporty", 4, None, None, "item", "exact", "transport"),
    Case("Dostarczono 3 partie pocisków.", "3 partie", 3, None, None, "item", "exact", "batch"),
    Case("Zniszczono 40 pojazdów.", "40 pojazdów", 40, None, None, "item", "exact", "vehicle"),
    Case("Rosja wystrzeliła 12 rakiet.", "12 rakiet", 12, None, None, "item", "exact", "missile"),
    Case("Rosja wystrzeliła 6 pocisków balistycznych.", "6 pocisków balistycznych", 6, None, None, "item", "exact",
         "ballistic missile"),
    Case("Korea przekazała 20 tys. pocisków artyleryjskich.", "20 tys. pocisków artyleryjskich", 20000, None, None,
         "item", "exact", "artillery shell"),
    Case("Rosja ma 10 systemów obrony powietrznej.", "10 systemów obrony powietrznej", 10, None, None, "item",
         "exact", "air defence system"),
    Case("Korea wysłała 50 wyrzutni rakietowych.", "50 wyrzutni rakietowych", 50, None, None, "item", "exact",
         "rocket launcher"),
    Case("Do portu przyjechało 200 samochodów ciężarowych.", "200 samochodów ciężarowych", 200, None, None, "item",
         "exact", "truck"),
    Case("Zaatakowano 8 fabryk.", "8 fabryk", 8, None, None, "item", "exact", "factory"),
    Case("Uszkodzono 15 obiektów.", "15 obiektów", 15, None, None, "item", "exact", "facility"),
    Case("Trafiono 23 cele.", "23 cele", 23, None, None, "item", "exact", "target"),
    Case("Przeprowadzono 4 próby.", "4 próby", 4, None, None, "item", "exact", "attempt"),
    Case("Zginęło 12 ofiar.", "12 ofiar", 12, None, None, "person", "exact", "casualty"),
    Case("Do szpitala trafiło 30 rannych.", "30 rannych", 30, None, None, "person", "exact", "wounded"),
    Case("Uwolniono 150 jeńców.", "150 jeńców", 150, None, None, "person", "exact", "prisoner of war"),
    Case("Na Ukrainie walczy 400 ochotników.", "400 ochotników", 400, None, None, "person", "exact", "volunteer"),
    Case("W Ałabudze uczy się 500 studentek.", "500 studentek", 500, None, None, "person", "exact", "student"),
    Case("Kraj odwiedziło 900 turystów.", "900 turystów", 900, None, None, "person", "exact", "tourist"),
    Case("Odwołano 30 lotów.", "30 lotów", 30, None, None, "item", "exact", "flight"),
    Case("Przyjechało 80 ciężarówek.", "80 ciężarówek", 80, None, None, "item", "exact", "truck"),
    Case("Nałożono 15 sankcji.", "15 sankcji", 15, None, None, "item", "exact", "sanction"),
    Case("Podpisano 7 umów.", "7 umów", 7, None, None, "item", "exact", "agreement"),
    Case("Złożono 300 wniosków.", "300 wniosków", 300, None, None, "item", "exact", "application"),
    Case("Na front trafiło 80 proc. kontyngentu.", "80 proc. kontyngentu", 80, None, None, "percent", "exact",
         "share"),
    Case("Sankcjami objęto 27 państw.", "27 państw", 27, None, None, "item", "exact", "state"),
    Case("Zniszczono 15 kiosków.", "15 kiosków", 15, None, None, "item", "exact", "kiosk"),  # unknown: the lemma
    Case("The EU listed 300 companies.", "300 companies", 300, None, None, "item", "exact", "company"),
    Case("The EU listed 69 entities.", "69 entities", 69, None, None, "item", "exact", "entity"),
    Case("Russia received 40 railcars.", "40 railcars", 40, None, None, "item", "exact", "wagon"),
    Case("The strike killed 12 children.", "12 children", 12, None, None, "person", "exact", "child"),
    Case("Sanctions hit 118 vessels.", "118 vessels", 118, None, None, "item", "exact", "vessel"),
)


@pytest.mark.parametrize("case", LEXICON)
def test_counted_lexicon(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "W jednej fabryce nic się nie zmieniło.",  # "one" after a preposition is an article
        "Współpraca między dwoma państwami się pogłębia.",  # a relation between two, not a count
        "Oba państwa zacieśniają współpracę.",
        "To jedna z największych fabryk.",
        "Pierwsza partia pocisków dotarła.",
        "Rosja i Korea to dwa reżimy.",
    ],
)
def test_counted_lexicon_non_counts(text: str) -> None:
    assert [q.text for q in quantities(text)] == []


def _lexicon_data() -> tuple[dict[str, Any], dict[str, Any]]:
    return load_yaml("pl/quantities.yaml"), load_yaml("en/quantities.yaml")


def test_lexicon_is_large_and_english() -> None:
    polish, english = _lexicon_data()
    for data, minimum in ((polish, 500), (english, 300)):
        entries = [e for group, e in data["counted"].items() if group != "demonym"]
        labels = [str(label) for group in entries for label in group.values()]
        assert len(labels) >= minimum
        assert not [label for label in labels if re.search("[ąćęłńóśźż]", label)]  # nothing left in Polish
        assert not [label for label in labels if label != label.strip() or "  " in label]
        # lowercase except acronyms and names that keep their capitals ("FPV drone", "Shahed drone")
        assert not [label for label in labels if label != label.lower() and not re.match(r"^[A-Z][\w-]* ", label)]


def test_lexicon_units_match_the_database() -> None:
    polish, english = _lexicon_data()
    pattern = re.compile(UNIT_PATTERN)
    both = (polish, english)
    periods = {str(v) for data in both for v in data["rate_periods"].values()}
    per = {str(v) for data in both for v in data["money_per"].values()}
    group_units = {str(u) for u in polish["group_units"].values()}
    assert group_units <= {"person", "item", "count"}
    # every rate unit is storable per day, week, month and year (per hour a distance is a speed, and only counts are
    # stored per minute: the extractor drops a rate the pattern refuses)
    assert all(pattern.match(f"{unit}/{period}") for unit in polish["rate_units"]
               for period in ("day", "week", "month", "year"))
    assert not any(pattern.match(f"{unit}/hour") for unit in ("km", "m", "km2", "m2", "ha"))
    assert [unit for unit in polish["rate_units"] if pattern.match(f"{unit}/minute")] == ["person", "item", "count"]
    assert all(pattern.match(f"item/{period}") for period in periods)  # every period the lexicon reads is storable
    assert all(pattern.match(f"USD/{unit}") for unit in per)
    assert all(set(data["counted"]) <= set(polish["group_units"]) for data in both)


# ------------------------------------------------------------------------------ qualifier words

QUALIFIER_WORDS = cases(
    # a participle of reaching or exceeding bounds the amount it stands before
    Case("Grozi kara sięgająca 500 mln wonów.", "sięgająca 500 mln wonów", 5e8, None, None, "KRW", "up_to", "fine"),
    Case("Grozi kara do równowartości 10 mln wonów.", "do równowartości 10 mln wonów", 1e7, None, None, "KRW", "up_to",
         "fine"),
    Case("Zebrano soję z areału przekraczającego 9 tys. km².", "przekraczającego 9 tys. km²", 9000, None, None,
         "km2", "more_than", "area"),
    Case("Korea mogła wysłać nawet 9 mln pocisków.", "nawet 9 mln pocisków", 9e6, None, None, "item", "up_to",
         "artillery shell"),
    Case("Sankcjami objęto nawet 20 firm.", "nawet 20 firm", 20, None, None, "item", "up_to", "company"),
    Case("Nawet 90 proc. komponentów pochodzi z Chin.", "Nawet 90 proc. komponentów", 90, None, None, "percent",
         "up_to", "share"),
    Case("Eksport wzrósł nawet o 30 proc.", "nawet o 30 proc.", 30, None, None, "percent", "up_to", "export growth"),
    Case("Straty mogą sięgnąć nawet 20 tys. żołnierzy.", "nawet 20 tys. żołnierzy", 20000, None, None, "person",
         "up_to", "soldier"),
    Case("Aż 300 żołnierzy zginęło.", "Aż 300 żołnierzy", 300, None, None, "person", "exact", "soldier"),
    Case("Zaledwie 5 dronów dotarło do celu.", "Zaledwie 5 dronów", 5, None, None, "item", "exact", "drone"),
    Case("Jedynie 12 firm złożyło wnioski.", "Jedynie 12 firm", 12, None, None, "item", "exact", "company"),
    Case("Tylko 40 żołnierzy przeżyło.", "Tylko 40 żołnierzy", 40, None, None, "person", "exact", "soldier"),
    Case("Niespełna 40 proc. pocisków działa.", "Niespełna 40 proc. pocisków", 40, None, None, "percent",
         "less_than", "share"),
    Case("Zginęło niespełna 200 osób.", "niespełna 200 osób", 200, None, None, "person", "less_than", "person"),
    Case("Przybyło przeszło 300 żołnierzy.", "przeszło 300 żołnierzy", 300, None, None, "person", "more_than",
         "soldier"),
    Case("Ranny został nieco ponad 100 cywilów.", "nieco ponad 100 cywilów", 100, None, None, "person", "more_than",
         "civilian"),
    Case("North Korea sent as many as 12 million shells.", "as many as 12 million shells", 12e6, None, None, "item",
         "up_to", "artillery shell"),
    # a qualifier before the "o" of a change qualifies the change; the span starts after "o", as without one
    Case("Eksport zmniejszył się niemal o połowę.", "połowę", 50, None, None, "percent", "approx", "export decrease"),
    Case("Ruch spadł mniej więcej o połowę.", "połowę", 50, None, None, "percent", "approx", "traffic decrease"),
    Case("Ceny wzrosły prawie o 30 proc.", "30 proc.", 30, None, None, "percent", "approx", "price growth"),
    Case("Obroty są zaledwie o 1,6 proc. większe niż przed rokiem.", "1,6 proc.", 1.6, None, None, "percent",
         "exact", "trade growth"),
)


@pytest.mark.parametrize("case", QUALIFIER_WORDS)
def test_qualifier_words(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nawet Rosja nie wiedziała o 5 atakach.", "5 atakach"),  # "nawet" qualifies Rosja, not the number
        ("Nawet wtedy zginęło 30 żołnierzy.", "30 żołnierzy"),
        ("Liczba dronów wzrosła do 100 sztuk.", "100 sztuk"),  # "do" after a verb of change: a target
    ],
)
def test_qualifier_words_stay_apart(text: str, span: str) -> None:
    (q,) = quantities(text)
    assert (q.text, q.qualifier) == (span, "exact")


def test_nawet_before_a_date_is_not_a_quantity() -> None:
    assert quantities("Nawet dwa lata temu było inaczej.") == []


# ---------------------------------------------------------------------------------------- rates

RATES = cases(
    Case("Zakład produkuje 2,7 tys. dronów miesięcznie.", "2,7 tys. dronów miesięcznie", 2700, None, None,
         "item/month", "exact", "drone"),
    Case("Rosja wystrzeliwuje 100 pocisków dziennie.", "100 pocisków dziennie", 100, None, None, "item/day", "exact",
         "missile"),
    Case("Produkcja sięga 2,5 tys. sztuk miesięcznie.", "2,5 tys. sztuk miesięcznie", 2500, None, None, "item/month",
         "exact", "item"),
    Case("Korea dostarcza 300 wagonów tygodniowo.", "300 wagonów tygodniowo", 300, None, None, "item/week",
         "exact", "wagon"),
    Case("Rosja traci 1000 żołnierzy dziennie.", "1000 żołnierzy dziennie", 1000, None, None, "person/day",
         "exact", "soldier"),
    Case("Fabryka wytwarza 50 dronów na dobę.", "50 dronów na dobę", 50, None, None, "item/day", "exact", "drone"),
    Case("Zakłady produkują 6 tys. Shahedów miesięcznie.", "6 tys. Shahedów miesięcznie", 6000, None, None,
         "item/month", "exact", "Shahed drone"),
    Case("Rosja produkuje miesięcznie 2,7 tys. dronów.", "miesięcznie 2,7 tys. dronów", 2700, None, None,
         "item/month", "exact", "drone"),
    Case("Rosja importowała ponad 100 tys. ton ropy dziennie.", "ponad 100 tys. ton ropy dziennie", 100000, None,
         None, "t/day", "more_than", "oil"),
    Case("Korea wysyła 2 mln pocisków rocznie.", "2 mln pocisków rocznie", 2e6, None, None, "item/year", "exact",
         "artillery shell"),
    Case("Gospodarka rośnie o 2 proc. rocznie.", "2 proc. rocznie", 2, None, None, "percent/year", "exact", None),
    Case("Robotnik dostaje 150 wonów za sztukę.", "150 wonów za sztukę", 150, None, None, "KRW", "exact",
         "value"),
    Case("Ropa kosztuje 60 dolarów za baryłkę.", "60 dolarów za baryłkę", 60, None, None, "USD/barrel", "exact",
         "oil price"),
    Case("W skali miesiąca do Rosji trafia 400 ton mąki.", "400 ton mąki", 400, None, None, "t/month", "exact",
         "flour"),
    Case("Przeładunki sięgają 400 ton w skali tygodnia.", "400 ton w skali tygodnia", 400, None, None, "t/week",
         "exact", "cargo"),
    Case("Russia produces up to 2,700 drones a month.", "up to 2,700 drones a month", 2700, None, None, "item/month",
         "up_to", "drone"),
    # litres: volumes, litres per period, prices per litre (named by the goods of their clause)
    Case("Stacje sprzedają olej napędowy po 70 rubli za litr.", "70 rubli za litr", 70, None, None, "RUB/l",
         "exact", "diesel price"),
    Case("Litr benzyny kosztuje w Chabarowsku 64 ruble.", "64 ruble", 64, None, None, "RUB/l", "exact",
         "petrol price"),
    Case("Do KRLD trafia ok. 40 mln litrów paliwa miesięcznie.", "ok. 40 mln litrów paliwa miesięcznie", 4e7, None,
         None, "l/month", "approx", "fuel"),
    Case("Kierowcy mogą zatankować najwyżej 20 l paliwa.", "najwyżej 20 l paliwa", 20, None, None, "l", "at_most",
         "fuel"),
    Case("Petrol costs 64 roubles a litre.", "64 roubles a litre", 64, None, None, "RUB/l", "exact", "petrol price"),
)


@pytest.mark.parametrize("case", RATES)
def test_rates(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Pracują 14 godzin dziennie.", "14 godzin dziennie", "hour/day"),
        ("W ciągu doby zestrzelono 50 dronów.", "50 dronów", "item"),  # within a day: one count, not a rate
        ("Zestrzelono 50 dronów w ciągu doby.", "50 dronów", "item"),
        ("W tym tygodniu zestrzelono 50 dronów.", "50 dronów", "item"),
        ("Wysłano 50 dronów, a pracowali dziennie.", "50 dronów", "item"),  # the period is in another clause
        ("Zestrzelono 50 dronów i 3 rakiety dziennie.", "50 dronów", "item"),
    ],
)
def test_rates_stay_apart(text: str, span: str, unit: str) -> None:
    found = [q for q in quantities(text) if q.text == span]
    assert [q.unit for q in found] == [unit]


# ---------------------------------------------------------------------------------- money labels

MONEY_LABELS = cases(
    Case("Podpisano kontrakt o wartości 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact",
         "value"),
    Case("Przychody w wysokości 3 mln euro trafiły do budżetu.", "3 mln euro", 3e6, None, None, "EUR", "exact",
         "revenue"),
    Case("Sąd ukarał spółkę kwotą 2 mln zł.", "2 mln zł", 2e6, None, None, "PLN", "exact", "fine"),
    # a sum nothing names, in a clause without its verb after a named sum in the same currency, is of the same kind
    Case("Dowództwo wypłaca premię w wysokości 100 tys. rubli, a za wziętego do niewoli Ukraińca nawet 500 tys. rubli.",
         "nawet 500 tys. rubli", 5e5, None, None, "RUB", "up_to", "bonus"),
    Case("Kontrakt opiewa na 2 mln dolarów, a Rosja zapłaciła 1 mln dolarów.", "1 mln dolarów", 1e6, None, None, "USD",
         "exact", "value"),
    # a theft in a sentence on crypto assets is of stolen cryptocurrency
    Case("Hakerzy ukradli ok. 2,1 mld dolarów w kryptowalutach.", "ok. 2,1 mld dolarów", 2.1e9, None, None, "USD",
         "approx", "stolen cryptocurrency"),
    Case("Złodzieje ukradli 2 mln zł z banku.", "2 mln zł", 2e6, None, None, "PLN", "exact", "theft"),
    # assets, or a sum taken for aid, in a sentence of freezing are frozen assets; assets held are assets
    Case("Państwa zamroziły aktywa warte ok. 28 mld euro.", "ok. 28 mld euro", 2.8e10, None, None, "EUR", "approx",
         "frozen assets"),
    Case("Państwa zamroziły w związku z pomocą KRLD dla Rosji ok. 86 mln euro.", "ok. 86 mln euro", 8.6e7, None, None,
         "EUR", "approx", "frozen assets"),
    Case("Prokuratura zabezpieczyła majątek wart 2,1 mln zł.", "2,1 mln zł", 2.1e6, None, None, "PLN", "exact",
         "frozen assets"),
    Case("Spółka ma aktywa warte 5 mln zł.", "5 mln zł", 5e6, None, None, "PLN", "exact", "assets"),
    Case("UE przekazała Ukrainie pomoc o wartości 50 mln euro.", "50 mln euro", 5e7, None, None, "EUR", "exact", "aid"),
    # a charge for a room is a supplement, a farmer's a subsidy; a defector's one-off sum a grant
    Case("Dopłata do pokoju jednoosobowego wynosi 250 dolarów.", "250 dolarów", 250, None, None, "USD", "exact",
         "supplement"),
    Case("Rolnicy dostają dopłatę 500 zł do hektara.", "500 zł", 500, None, None, "PLN", "exact", "subsidy"),
    Case("Każdy jeniec dostanie ok. 20 mln wonów zapomogi.", "ok. 20 mln wonów", 2e7, None, None, "KRW", "approx",
         "grant"),
    Case("Cena jednego drona wynosi 50 tys. dolarów.", "50 tys. dolarów", 5e4, None, None, "USD", "exact", "price"),
    Case("Koszt budowy fabryki szacuje się na 500 mln dolarów.", "500 mln dolarów", 5e8, None, None, "USD", "exact",
         "cost"),
    Case("Koszt to 3 mln dolarów.", "3 mln dolarów", 3e6, None, None, "USD", "exact", "cost"),
    Case("Dron kosztuje 20 tys. dolarów.", "20 tys. dolarów", 2e4, None, None, "USD", "exact", "price"),
    Case("Import o wartości 5 mld dolarów.", "5 mld dolarów", 5e9, None, None, "USD", "exact", "import value"),
    Case("Eksport wyniósł 5 mld dolarów.", "5 mld dolarów", 5e9, None, None, "USD", "exact", "export value"),
    Case("Wartość eksportu wyniosła 2 mld zł.", "2 mld zł", 2e9, None, None, "PLN", "exact", "export value"),
    Case("Wartość kontraktu wyniosła 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact",
         "value"),
    Case("Ukraina otrzyma pomoc w wysokości 1,5 mld USD.", "1,5 mld USD", 1.5e9, None, None, "USD", "exact", "aid"),
    Case("Ukraina otrzymała 1,5 mld euro pomocy.", "1,5 mld euro", 1.5e9, None, None, "EUR", "exact", "aid"),
    Case("Rosja przeznaczyła na pomoc 2 mld rubli.", "2 mld rubli", 2e9, None, None, "RUB", "exact", "aid"),
    Case("Rosja udzieliła Korei kredytu w wysokości 1 mld rubli.", "1 mld rubli", 1e9, None, None, "RUB", "exact",
         "loan"),
    Case("Pożyczka wyniosła 300 mln dolarów.", "300 mln dolarów", 3e8, None, None, "USD", "exact", "loan"),
    Case("Inwestycje sięgnęły 4 mld juanów.", "4 mld juanów", 4e9, None, None, "CNY", "exact", "investment"),
    Case("Płaca wynosi 800 dolarów.", "800 dolarów", 800, None, None, "USD", "exact", "wage"),
    Case("Zarobki sięgają 2 tys. dolarów miesięcznie.", "2 tys. dolarów miesięcznie", 2000, None, None, "USD/month",
         "exact", "wage"),
    Case("Budżet obronny Rosji na 2025 rok wynosi 13,5 bln rubli.", "13,5 bln rubli", 13.5e12, None, None, "RUB",
         "exact", "defence budget"),
    Case("Budżet wynosi 40 mld zł.", "40 mld zł", 4e10, None, None, "PLN", "exact", "budget"),
    Case("Dług Korei wobec Rosji to 11 mld dolarów.", "11 mld dolarów", 1.1e10, None, None, "USD", "exact", "debt"),
    Case("Obroty handlowe wyniosły 50 mln dolarów.", "50 mln dolarów", 5e7, None, None, "USD", "exact",
         "trade turnover"),
    Case("W 2024 roku wymiana handlowa między Rosją a KRLD wyniosła 34 mln dolarów.", "34 mln dolarów", 3.4e7, None,
         None, "USD", "exact", "trade turnover"),
    Case("KRLD zarabia na dostawach 5,5 mld dolarów rocznie.", "5,5 mld dolarów rocznie", 5.5e9, None, None,
         "USD/year", "exact", "revenue"),  # a state earns revenue, a person a wage
    Case("Koreańczycy zarabiają 800 dolarów miesięcznie.", "800 dolarów miesięcznie", 800, None, None, "USD/month",
         "exact", "wage"),
    Case("Rosja wydała na drony 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact", "spending"),
    Case("Russia signed a contract worth $2 billion.", "$2 billion", 2e9, None, None, "USD", "exact",
         "value"),
    Case("Russia pays wages of $800 a month.", "$800 a month", 800, None, None, "USD/month", "exact", "wage"),
)


@pytest.mark.parametrize("case", MONEY_LABELS)
def test_money_labels(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Moskwa przekazała 200 mln rubli.",  # nothing says what the money is
        "Na koncie zostało 1,250 mld zł.",  # nothing names the sum
        "W ramach pomocy Rosja przekazała 200 mln rubli.",  # the verb ends the search for a money noun
        "Rosja zapłaci 500 zł dziennie.",
    ],
)
def test_money_without_a_measured_noun(text: str) -> None:
    assert [q.counted for q in quantities(text)] == ["value"]


# ------------------------------------------------------------------------ percent of a noun phrase

PERCENT_OF = cases(
    Case("Ponad 80 proc. tzw. towarów podwójnego zastosowania pochodzi z Chin.",
         "Ponad 80 proc. tzw. towarów podwójnego zastosowania", 80, None, None, "percent", "more_than",
         "share"),
    Case("Ponad 80 proc. tak zwanych dronów kamikadze spada.", "Ponad 80 proc. tak zwanych dronów kamikadze", 80,
         None, None, "percent", "more_than", "share"),
    Case("Zginęło 80 proc. całego kontyngentu.", "80 proc. całego kontyngentu", 80, None, None, "percent", "exact",
         "share"),
    Case("Korea dostarcza 60 proc. całej amunicji.", "60 proc. całej amunicji", 60, None, None, "percent", "exact",
         "share"),
    Case("Ponad 80 proc. wszystkich dronów pochodzi z Iranu.", "Ponad 80 proc. wszystkich dronów", 80, None, None,
         "percent", "more_than", "share"),
    Case("Przeszło 40 proc. ogółu eksportu trafia do Chin.", "Przeszło 40 proc. ogółu eksportu", 40, None, None,
         "percent", "more_than", "share"),
    Case("Chiny odpowiadają za 40 proc. eksportu ropy.", "40 proc. eksportu", 40, None, None, "percent", "exact",
         "oil export"),
    Case("Około 30 proc. rannych wraca na front.", "Około 30 proc. rannych", 30, None, None, "percent", "approx",
         "share"),
    Case("Połowę, czyli 50 proc. pocisków, wystrzelono.", "50 proc. pocisków", 50, None, None, "percent", "exact",
         "share"),
    Case("Around 80% of the so-called dual-use goods come from China.",
         "Around 80% of the so-called dual-use goods", 80, None, None, "percent", "approx", "share"),
)


@pytest.mark.parametrize("case", PERCENT_OF)
def test_percent_of_a_noun_phrase(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Około 75 proc. z nich zginęło.", "Około 75 proc."),  # "z nich" points back: a share of them
        ("Około 75 proc. spośród nich to mężczyźni.", "Około 75 proc."),
        ("Mniej więcej 40 proc. przypada na Rosję.", "Mniej więcej 40 proc."),
        ("Zginęło około 9 proc. z nich.", "około 9 proc."),
    ],
)
def test_percent_without_a_noun(text: str, span: str) -> None:
    found = [q for q in quantities(text) if q.text == span]
    assert [(q.unit, q.counted) for q in found] == [("percent", "share")]


# ----------------------------------------------------------------------------- a part of a whole

PART_OF_WHOLE = [
    pytest.param("Ukraina zestrzeliła 89 z 110 dronów.", [("89 z 110 dronów", 89, "drone"), ("110 dronów", 110,
                                                                                             "drone")], id="drones"),
    pytest.param("Tylko 3 z 20 rakiet trafiły w cel.", [("Tylko 3 z 20 rakiet", 3, "missile"),
                                                        ("20 rakiet", 20, "missile")], id="qualified-part"),
    pytest.param("W nocy 45 z 60 dronów i 3 z 5 rakiet zestrzelono.",
                 [("45 z 60 dronów", 45, "drone"), ("60 dronów", 60, "drone"), ("3 z 5 rakiet", 3, "missile"),
                  ("5 rakiet", 5, "missile")], id="two-pairs"),
    pytest.param("Rosja zwerbowała 12 tys. z 15 tys. pracowników.",
                 [("12 tys. z 15 tys. pracowników", 12000, "worker"), ("15 tys. pracowników", 15000, "worker")],
                 id="multiplied"),
    pytest.param("Zatrzymano 5 ze 100 statków.", [("5 ze 100 statków", 5, "ship"), ("100 statków", 100, "ship")],
                 id="ze"),
    pytest.param("Ukraine downed 89 of 110 drones.", [("89 of 110 drones", 89, "drone"), ("110 drones", 110,
                                                                                          "drone")], id="of"),
    pytest.param("Ukraine downed 89 out of 110 drones.", [("89 out of 110 drones", 89, "drone"),
                                                          ("110 drones", 110, "drone")], id="out-of"),
    pytest.param("Zniszczono 7 z nich.", [], id="anaphora"),
    pytest.param("Jeden z dowódców zginął.", [], id="one-of"),
    pytest.param("Zestrzelono 110 z 89 dronów.", [("89 dronów", 89, "drone")], id="part-larger-than-whole"),
    pytest.param("Zestrzelono 5 z 2024 r.", [], id="year-is-no-whole"),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF_WHOLE)
def test_part_of_a_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.counted) for q in quantities(text)] == expected


# --------------------------------------------------------------------------- ages and durations

DURATIONS = cases(
    Case("Operacja trwała dwa miesiące.", "dwa miesiące", 2, None, None, "month", "exact", "duration"),
    Case("Walki trwały trzy dni.", "trzy dni", 3, None, None, "day", "exact", "duration"),
    Case("Kontrakty zawierano od 18 do 22 lat temu, a obowiązują od 2 do 3 lat.", "od 2 do 3 lat", None, 2, 3,
         "year", "range", "duration"),
    Case("Rosja ma 3 lata na spłatę długu.", "3 lata", 3, None, None, "year", "exact", "duration"),
    Case("Kontrakt podpisano na trzy lata.", "trzy lata", 3, None, None, "year", "exact", "duration"),
    Case("Żołnierze przeszli zaledwie tydzień szkolenia.", "zaledwie tydzień szkolenia", 1, None, None, "week",
         "exact", "training"),
    Case("Skazano go na trzy lata służby.", "trzy lata służby", 3, None, None, "year", "exact", "service"),
    Case("Walczyli tylko miesiąc.", "tylko miesiąc", 1, None, None, "month", "exact", "duration"),
)


@pytest.mark.parametrize("case", DURATIONS)
def test_durations(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Tylko w tym tygodniu zestrzelono 50 dronów.", ["50 dronów"]),  # "tylko" qualifies "w tym tygodniu"
        ("Zaledwie rok temu podpisano umowę.", []),  # a date
        ("Trzy dni później ustawę podpisał Putin.", []),
        ("Tydzień szkolenia to za mało.", []),  # no number and no "ponad", "zaledwie"...
    ],
)
def test_durations_that_are_no_amounts(text: str, spans: list[str]) -> None:
    assert [q.text for q in quantities(text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "number", "qualifier"),
    [
        # a person's years, after "w wieku", "mieć", "mający", or as a numeral adjective of a person, are an age
        ("Rekruci w wieku od 18 do 22 lat trafili na front.", "od 18 do 22 lat", (18, 22), "range"),
        ("Mobilizacja obejmuje mężczyzn w wieku 18–60 lat.", "18–60 lat", (18, 60), "range"),
        ("Mobilizacja obejmie mężczyzn w wieku 18-60.", "18-60", (18, 60), "range"),
        ("Żołnierze w wieku poniżej 25 lat stanowią większość.", "poniżej 25 lat", 25, "less_than"),
        ("Rekruci w wieku od 18 lat trafili na front.", "od 18 lat", 18, "at_least"),
        ("Dzieci w wieku do 5 lat ewakuowano.", "do 5 lat", 5, "up_to"),
        ("Zmarł w wieku 72 lat.", "72 lat", 72, "exact"),
        ("Kim, mający 41 lat, przyjechał.", "41 lat", 41, "exact"),
        ("Kim ma 41 lat.", "41 lat", 41, "exact"),
        ("Kim skończył 40 lat.", "40 lat", 40, "exact"),  # turned forty
        ("Ukończył 18 lat i trafił do wojska.", "18 lat", 18, "exact"),
        ("Na froncie walczy 18-letni żołnierz.", "18-letni", 18, "exact"),
        ("Pracują tam 20-letni Koreańczycy.", "20-letni", 20, "exact"),
        ("Pięcioletnie dziecko zginęło w ataku.", "Pięcioletnie", 5, "exact"),
        ("Trzydziestoletni mężczyzna został zatrzymany.", "Trzydziestoletni", 30, "exact"),
        ("Najmłodszy ma 19 lat, najstarszy – 31 lat.", "31 lat", 31, "exact"),  # in a clause that leaves out "ma"
    ],
)
def test_a_persons_years_are_an_age(text: str, span: str, number: float | tuple[float, float], qualifier: str) -> None:
    hits = [q for q in quantities(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in quantities(text)]
    q = hits[0]
    assert (q.value if q.value is not None else (q.low, q.high)) == number
    assert (q.unit, q.qualifier, q.counted) == ("year", qualifier, "age")


@pytest.mark.parametrize(
    "text",
    [
        # an age written as a noun, or abbreviated, or no number at all: nothing counted
        "Pracują tam 20-latkowie z Korei.",
        "Kim Dzong Un (41 l.) przyjechał do Moskwy.",
        "Wiek poborowy podniesiono.",
    ],
)
def test_ages_with_no_amount(text: str) -> None:
    assert quantities(text) == []


def test_an_english_age_is_an_age() -> None:
    found = extract("Recruits aged 18 to 22 were sent.", language="en").quantities
    assert [(q.text, q.low, q.high, q.unit, q.counted) for q in found] == [("18 to 22", 18, 22, "year", "age")]


# ------------------------------------------------------------------ noun phrases of several words

NOUN_PHRASES = cases(
    # noun and adjective in either order
    Case("Ukraina otrzyma 100 samobieżnych haubic.", "100 samobieżnych haubic", 100, None, None, "item", "exact",
         "self-propelled howitzer"),
    Case("Przekazano 20 wieloprowadnicowych wyrzutni rakietowych.", "20 wieloprowadnicowych wyrzutni rakietowych", 20,
         None, None, "item", "exact", "multiple rocket launcher"),
    Case("Przekazano 20 wyrzutni wieloprowadnicowych.", "20 wyrzutni wieloprowadnicowych", 20, None, None, "item",
         "exact", "multiple rocket launcher"),
    Case("Wystrzelono 6 balistycznych pocisków.", "6 balistycznych pocisków", 6, None, None, "item", "exact",
         "ballistic missile"),
    # classifiers before or after a noun of the lexicon
    Case("Dostarczono ok. 200 dalekonośnych systemów artyleryjskich.", "ok. 200 dalekonośnych systemów artyleryjskich",
         200, None, None, "item", "approx", "long-range artillery system"),
    Case("Strony wymieniły ponad 30 delegacji rządowych.", "ponad 30 delegacji rządowych", 30, None, None, "item",
         "more_than", "government delegation"),
    Case("Wykryto co najmniej trzy stanowiska ogniowe.", "co najmniej trzy stanowiska ogniowe", 3, None, None,
         "item", "at_least", "firing position"),
    Case("Rosja rozmieściła 4 dywizje pancerne.", "4 dywizje pancerne", 4, None, None, "item", "exact",
         "armoured division"),
    Case("Zawarto 15 umów handlowych.", "15 umów handlowych", 15, None, None, "item", "exact", "trade agreement"),
    Case("Dostarczono 12 systemów artyleryjskich dalekiego zasięgu.",
         "12 systemów artyleryjskich dalekiego zasięgu", 12, None, None, "item", "exact",
         "long-range artillery system"),
    # a word morfeusz does not know matches the lexicon by its stem
    Case("Pjongjang przekazał 50 armatohaubic.", "50 armatohaubic", 50, None, None, "item", "exact", "gun-howitzer"),
    Case("Na front trafiło 12 armatohaubicami.", "12 armatohaubicami", 12, None, None, "item", "exact",
         "gun-howitzer"),
    # what closes the phrase, and what a name after an adjective-noun does not change
    Case("Pjongjang przekazał 50 armatohaubic tego typu.", "50 armatohaubic", 50, None, None, "item", "exact",
         "gun-howitzer"),
    Case("Do Rosji trafiło ok. 220 takich systemów.", "ok. 220 takich systemów", 220, None, None, "item", "approx",
         "system"),
    Case("Do Rosji trafiło ponad 11 tys. wojskowych KRLD.", "ponad 11 tys. wojskowych", 11000, None, None, "person",
         "more_than", "soldier"),
    # persons and organisations keep the generic word; unlisted adjectives change nothing
    Case("Zarejestrowano kilkunastu państwowych przedsiębiorstw.", "kilkunastu państwowych przedsiębiorstw", None,
         11, 19, "item", "vague", "company"),
    Case("Na front trafiło 300 zawodowych kierowców.", "300 zawodowych kierowców", 300, None, None, "person",
         "exact", "driver"),
    Case("Spośród 20 wystrzelonych pocisków żaden nie trafił.", "20 wystrzelonych pocisków", 20, None, None, "item",
         "exact", "missile"),
    Case("Na miejsce przybyły dwa kontyngenty bojowe.", "dwa kontyngenty", 2, None, None, "item", "exact",
         "contingent"),
    Case("Wykryto 290 elementów elektronicznych.", "290 elementów", 290, None, None, "item", "exact", "component"),
)


@pytest.mark.parametrize("case", NOUN_PHRASES)
def test_noun_phrases_of_several_words(case: Case) -> None:
    check(case)


SENSES = cases(
    Case("Bateria takich dział może zużyć w ciągu doby od 100 do 150 pocisków.", "od 100 do 150 pocisków", None,
         100, 150, "item", "range", "artillery shell"),
    Case("Haubice wystrzeliły 300 pocisków.", "300 pocisków", 300, None, None, "item", "exact", "artillery shell"),
    Case("Do Rosji trafiło 2 mln pocisków kalibru 152 mm.", "2 mln pocisków kalibru", 2e6, None, None, "item",
         "exact", "artillery shell"),
    Case("Moździerze zużywają 500 pocisków dziennie.", "500 pocisków dziennie", 500, None, None, "item/day", "exact",
         "artillery shell"),
    Case("Rosyjska artyleria wystrzeliła 10 tys. pocisków.", "10 tys. pocisków", 10000, None, None, "item", "exact",
         "artillery shell"),
    # no guns around: a missile
    Case("Rosja wystrzeliła 13 pocisków.", "13 pocisków", 13, None, None, "item", "exact", "missile"),
    Case("Niespełna 40 proc. pocisków działa.", "Niespełna 40 proc. pocisków", 40, None, None, "percent",
         "less_than", "share"),  # "działa" is a verb here, not guns
    Case("Z wyrzutni odpalono cztery pociski.", "cztery pociski", 4, None, None, "item", "exact", "missile"),
    Case("Samoloty odpaliły 6 pocisków.", "6 pocisków", 6, None, None, "item", "exact", "missile"),
    Case("Haubice ostrzelano 8 pociskami balistycznymi.", "8 pociskami balistycznymi", 8, None, None, "item",
         "exact", "ballistic missile"),  # a compound keeps its own name
    Case("Zakaz zawijania do portów UE obejmuje już 79 jednostek.", "79 jednostek", 79, None, None, "item", "exact",
         "ship"),
    Case("Na front wysłano 5 jednostek.", "5 jednostek", 5, None, None, "item", "exact", "unit"),
    # "działka" is a plot of land, or the plural of "działko" (a small gun) among calibres and guns
    # a ship's displacement is a measure of it, not its cargo or weight
    Case("Okręt ma wyporność ok. 6 tys. ton.", "ok. 6 tys. ton", 6000, None, None, "t", "approx", "displacement"),
    Case("Kim obejrzał kadłub okrętu o wyporności 8,7 tys. ton.", "8,7 tys. ton", 8700, None, None, "t", "exact",
         "displacement"),
    Case("Zestaw łączy dwa podwójne działka kalibru 30 mm.", "dwa podwójne działka", 2, None, None, "item", "exact",
         "autocannon"),
    Case("Rolnicy kupili trzy działki pod Moskwą.", "trzy działki", 3, None, None, "item", "exact", "plot"),
)


@pytest.mark.parametrize("case", SENSES)
def test_senses_from_the_sentence(case: Case) -> None:
    check(case)


CONTAINERS = cases(
    # a container is what is counted, its contents kept in the span
    Case("Rosja dostarczyła ponad milion baryłek produktów naftowych.", "ponad milion baryłek produktów naftowych",
         1e6, None, None, "item", "more_than", "barrel"),
    Case("Limit to 4 mln baryłek ropy surowej.", "4 mln baryłek ropy surowej", 4e6, None, None, "item", "exact",
         "barrel"),
    Case("Przewieziono ponad milion baryłek ropy naftowej.", "ponad milion baryłek ropy naftowej", 1e6, None, None,
         "item", "more_than", "barrel"),
    Case("Pjongjang przekazał ponad 10 tys. kontenerów amunicji.", "ponad 10 tys. kontenerów amunicji", 10000, None,
         None, "item", "more_than", "container"),
    Case("Wysłano 300 skrzyń granatów.", "300 skrzyń granatów", 300, None, None, "item", "exact", "crate"),
    Case("Dostarczono 50 worków zboża.", "50 worków zboża", 50, None, None, "item", "exact", "bag"),
    # a pair is a pair of what it holds
    Case("Kursuje do 20 par pociągów na dobę.", "do 20 par pociągów na dobę", 20, None, None, "item/day", "up_to",
         "pair of trains"),
    # a container alone, or with a genitive that names no known thing
    Case("Rosja sprowadza 500 tys. baryłek rocznie.", "500 tys. baryłek rocznie", 5e5, None, None, "item/year",
         "exact", "barrel"),
    Case("Przez port przeszło ponad 20 tys. kontenerów.", "ponad 20 tys. kontenerów", 20000, None, None, "item",
         "more_than", "container"),
    Case("Przeładowano 40 kontenerów firmy.", "40 kontenerów", 40, None, None, "item", "exact", "container"),
)


@pytest.mark.parametrize("case", CONTAINERS)
def test_containers_and_their_contents(case: Case) -> None:
    check(case)


# ------------------------------------------------------------- amounts whose noun stands elsewhere

BORROWED = cases(
    # the count noun of the subject of a measuring verb
    Case("Łączna liczba żołnierzy KRLD wysłanych do Rosji przekroczyła 14 tysięcy.", "przekroczyła 14 tysięcy",
         14000, None, None, "person", "more_than", "soldier"),
    Case("Liczba ofiar wyniosła 120.", "120", 120, None, None, "person", "exact", "casualty"),
    Case("Liczba dronów sięga już 3 tys.", "3 tys.", 3000, None, None, "item", "exact", "drone"),
    # a bare amount after a word of a total counts what was named in the plural before it
    Case("Żołnierze wysłani do obwodu kurskiego, łącznie ok. 5 tys., pracują tam nadal.", "ok. 5 tys.", 5000, None,
         None, "person", "approx", "soldier"),
    Case("Saperzy, w sumie ok. 2 tys., wrócili do kraju.", "ok. 2 tys.", 2000, None, None, "person", "approx",
         "sapper"),
    # a bare amount at a rate counts the thing named in the plural before it in its clause
    Case("Drony Shahed produkowane są w tempie ok. 170 dziennie.", "ok. 170 dziennie", 170, None, None, "item/day",
         "approx", "drone"),
    # a count set at an amount after "na" by a verb of estimating
    Case("Sztab ocenia liczbę jeńców na ponad 8 tys.", "ponad 8 tys.", 8000, None, None, "person", "more_than",
         "prisoner of war"),
    Case("Liczbę robotników z KRLD w obwodzie szacuje się na ok. 2 tys.", "ok. 2 tys.", 2000, None, None, "person",
         "approx", "worker"),
    # the noun a colon closes, then the quantity before
    Case("Wysłał do Rosji żołnierzy: ok. 11 tys. w październiku i kolejne ok. 3 tys. w marcu.", "ok. 11 tys.",
         11000, None, None, "person", "approx", "soldier"),
    Case("Wysłał do Rosji żołnierzy: ok. 11 tys. w październiku i kolejne ok. 3 tys. w marcu.", "kolejne ok. 3 tys.",
         3000, None, None, "person", "approx", "soldier"),
    Case("Spośród około 20 wystrzelonych pocisków jedynie dwa trafiły w cele.", "jedynie dwa", 2, None, None,
         "item", "exact", "missile"),
    Case("W 2023 r. wysłano 500 żołnierzy, a w 2024 r. już 700.", "700", 700, None, None, "person", "exact",
         "soldier"),
    Case("Rosja wysłała 100 czołgów, z których 20 zniszczono.", "20", 20, None, None, "item", "exact", "tank"),
    # a bounding verb before an amount with its own noun of money
    Case("Obroty handlowe nie przekroczyły 1 mln dolarów.", "nie przekroczyły 1 mln dolarów", 1e6, None, None, "USD",
         "at_most", "trade turnover"),
    Case("Wydatki przekroczyły 2 mld dolarów.", "przekroczyły 2 mld dolarów", 2e9, None, None, "USD", "more_than",
         "spending"),
)


@pytest.mark.parametrize("case", BORROWED)
def test_amounts_that_borrow_their_noun(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Z czego 4 tys. zginęło.", [("4 tys.", "count", None)]),  # nothing before it to count
        ("Rosja wysłała 100 czołgów T-72 i 50 BMP-2.", [("100 czołgów", "item", "tank")]),  # a name after 50
        ("Granicę przekroczyło 13 221 Północnokoreańczyków.", [("13 221 Północnokoreańczyków", "person", "person")]),
        ("Pensja wynosi 800 dolarów, a 2 lata temu wynosiła mniej.", [("800 dolarów", "USD", "wage")]),
        ("Zginęło 40 proc. żołnierzy, a 3 wróciło.", [("40 proc. żołnierzy", "percent", "share")]),
        ("Przekroczono limit 5 razy.", []),  # no event verb: a ratio, not a count
        ("Liczba ludności przekroczyła 2 proc. w regionie.", [("przekroczyła 2 proc.", "percent", "population")]),
        ("W tym roku przekroczyła 14 tysięcy.", [("przekroczyła 14 tysięcy", "count", None)]),  # no noun anywhere
        ("W pkt 5 listy jest 30 firm, a w pkt 6 dalsze.", [("30 firm", "item", "company")]),
        ("Kontrakt na 5 lat podpisano w 2024 r.", [("5 lat", "year", "contract term")]),  # the period the noun names
    ],
)
def test_amounts_that_borrow_nothing(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(q.text, q.unit, q.counted) for q in quantities(text)] == expected


# ----------------------------------------------------------------------------- numeral compounds

COMPOUNDS = cases(
    Case("Ławrow zakończył trzydniową wizytę w Korei.", "trzydniową wizytę", 3, None, None, "day", "exact",
         "duration"),
    Case("Po ponad pięcioletniej przerwie ruszył pociąg.", "ponad pięcioletniej przerwie", 5, None, None, "year",
         "more_than", "duration"),
    Case("Sześciodniowy wyjazd rozpoczął się w Moskwie.", "Sześciodniowy wyjazd", 6, None, None, "day", "exact",
         "duration"),
    Case("Podpisano trzyletni kontrakt.", "trzyletni kontrakt", 3, None, None, "year", "exact", "contract term"),
    Case("Pracują przez 12-godzinną zmianę.", "12-godzinną zmianę", 12, None, None, "hour", "exact", "shift"),
    Case("Ogłoszono kilkudniową żałobę.", "kilkudniową żałobę", None, 2, 9, "day", "vague", "duration"),
    Case("Wydano dwudziestoczterogodzinną przepustkę.", "dwudziestoczterogodzinną przepustkę", 24, None, None,
         "hour", "exact", "duration"),
    Case("Ustanowiono dziesięciokilometrową strefę buforową.", "dziesięciokilometrową strefę", 10, None, None, "km",
         "exact", "distance"),
    Case("Rozpoczęła się półroczna misja.", "półroczna misja", 0.5, None, None, "year", "exact", "mission"),
    Case("Obowiązuje co najmniej dwutygodniowa kwarantanna.", "co najmniej dwutygodniowa kwarantanna", 2, None, None,
         "week", "at_least", "duration"),
)


@pytest.mark.parametrize("case", COMPOUNDS)
def test_numeral_compounds(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Trwa wieloletnia współpraca.",  # "wielo-": no number
        "Letni sezon trwa.",  # no number part at all
        "Miesięczny raport opublikowano.",
        "Roczny budżet przyjęto.",
        "Trzykrotny wzrost cen zaskoczył.",  # a ratio
        "Dwukrotnie wzrosła produkcja.",
        "Pocisk 152-milimetrowy trafił w cel.",
    ],
)
def test_numeral_compounds_that_are_no_amounts(text: str) -> None:
    assert quantities(text) == []


# ---------------------------------------------------------------------------------- repetitions

REPETITIONS = cases(
    Case("Tankowce zawinęły 43 razy do terminalu.", "43 razy", 43, None, None, "item", "exact", "port call"),
    Case("Film obejrzano w sieci przeszło 2,1 mln razy.", "przeszło 2,1 mln razy", 2.1e6, None, None, "item",
         "more_than", "view"),
    Case("Serial wyemitowano co najmniej 11 razy.", "co najmniej 11 razy", 11, None, None, "item", "at_least",
         "broadcast"),
    Case("Szojgu dwukrotnie przyjeżdżał do Pjongjangu.", "dwukrotnie", 2, None, None, "item", "exact", "visit"),
    Case("Kim kilkakrotnie spotkał się z Putinem.", "kilkakrotnie", None, 2, 9, "item", "vague", "meeting"),
    Case("Dwa razy zaatakowano Kijów.", "Dwa razy", 2, None, None, "item", "exact", "attack"),
    Case("Rosja co najmniej pięć razy naruszyła przestrzeń powietrzną.", "co najmniej pięć razy", 5, None, None,
         "item", "at_least", "violation"),
    Case("Korea trzykrotnie wystrzeliła rakietę.", "trzykrotnie", 3, None, None, "item", "exact", "launch"),
    Case("Ławrow odwiedził Pjongjang trzy razy.", "trzy razy", 3, None, None, "item", "exact", "visit"),
    Case("Rada kilka razy głosowała nad rezolucją.", "kilka razy", None, 2, 9, "item", "vague", "vote"),
    Case("Rosja 12 razy zawetowała rezolucje.", "12 razy", 12, None, None, "item", "exact", "veto"),
    Case("Ukraina czterokrotnie uderzyła w rafinerię.", "czterokrotnie", 4, None, None, "item", "exact", "strike"),
)


@pytest.mark.parametrize("case", REPETITIONS)
def test_repetitions(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Rosja wysłała trzy razy więcej dronów.",  # a ratio before a comparative
        "Kim zaatakował trzy razy mocniej.",
        "Cena wzrosła trzykrotnie.",  # no event verb
        "Prezydent wielokrotnie odwiedzał Moskwę.",  # "wielo-": no number
        "Pierwszy raz wystrzelono rakietę.",
        "Tym razem odwiedził Moskwę.",
        "Produkcja jest dwukrotnie większa.",
        "Sprzedaż wzrosła kilka razy.",
        "Dwukrotnie zwiększono limit.",
        "Ceny są pięć razy wyższe niż przed wojną.",
    ],
)
def test_ratios_are_not_repetitions(text: str) -> None:
    assert quantities(text) == []


# ------------------------------------------------------------------------------ percent changes

PERCENT_CHANGES = cases(
    Case("Ceny benzyny spadły w drugiej połowie roku o ok. 15 proc.", "ok. 15 proc.", 15, None, None, "percent",
         "approx", "petrol price decrease"),
    Case("Powierzchnia zakładu zwiększyła się o ok. 70 proc.", "ok. 70 proc.", 70, None, None, "percent", "approx",
         "plant area growth"),
    Case("Wzrost eksportu ropy o 30 proc. zaskoczył.", "30 proc.", 30, None, None, "percent", "exact",
         "oil export growth"),
    Case("Produkcja dronów wzrosła o 40 proc.", "40 proc.", 40, None, None, "percent", "exact",
         "drone production growth"),
    Case("Wydobycie węgla spadło o 12 proc.", "12 proc.", 12, None, None, "percent", "exact",
         "coal output decrease"),
    Case("Ceny gazu obniżono o 20 proc.", "20 proc.", 20, None, None, "percent", "exact", "gas price decrease"),
    Case("Import spadł o połowę, a eksport wzrósł o 5 proc.", "5 proc.", 5, None, None, "percent", "exact",
         "export growth"),
    # no measured subject: the change alone, or nothing when the verb is no verb of change
    Case("Wzrosło o 30 proc.", "30 proc.", 30, None, None, "percent", "exact", "growth"),
    Case("Spadła o 30 proc.", "30 proc.", 30, None, None, "percent", "exact", "decrease"),
    Case("Nastroje poprawiły się o 9 proc.", "9 proc.", 9, None, None, "percent", "exact", None),
)


@pytest.mark.parametrize("case", PERCENT_CHANGES)
def test_percent_changes(case: Case) -> None:
    check(case)


# ----------------------------------------------------------------------------- named distances

DISTANCES = cases(
    Case("To pocisk na paliwo stałe o zasięgu do 120 km.", "do 120 km", 120, None, None, "km", "up_to",
         "range"),
    Case("Zasięg pocisku wynosi 300 km.", "300 km", 300, None, None, "km", "exact", "range"),
    Case("Drony o zasięgu ponad 1000 km atakują rafinerie.", "ponad 1000 km", 1000, None, None, "km", "more_than",
         "range"),
    Case("Haubica ma zasięg 40 km.", "40 km", 40, None, None, "km", "exact", "range"),
    Case("Z pociskami z dopalaczem osiąga zasięg ok. 60 km.", "ok. 60 km", 60, None, None, "km", "approx", "range"),
    Case("W promieniu 30 km ewakuowano ludzi.", "30 km", 30, None, None, "km", "exact", "radius"),
    # a distance without a noun that it measures
    Case("Kolumna przejechała 120 km.", "120 km", 120, None, None, "km", "exact", "distance"),
    Case("Wieś leży kilka kilometrów od granicy.", "kilka kilometrów", None, 2, 9, "km", "vague", "distance"),
    Case("Pocisk przeleciał 400 km.", "400 km", 400, None, None, "km", "exact", "distance"),
    Case("Okop ma 500 m długości.", "500 m długości", 500, None, None, "m", "exact", "length"),
)


@pytest.mark.parametrize("case", DISTANCES)
def test_named_distances(case: Case) -> None:
    check(case)


# ------------------------------------------------------------------------------------------ prices

PRICES = cases(
    Case("Bilet w jedną stronę kosztuje ok. 560 dolarów.", "ok. 560 dolarów", 560, None, None, "USD", "approx",
         "ticket price"),
    Case("Wyjazd, organizowany przez biuro podróży, kosztuje od ok. 1,4 tys. dolarów.", "od ok. 1,4 tys. dolarów",
         1400, None, None, "USD", "at_least", "trip price"),
    Case("Jedna maszyna kosztowała ok. 193 tys. dolarów.", "ok. 193 tys. dolarów", 193000, None, None, "USD",
         "approx", "price"),
    Case("Cena ropy wynosi 80 dolarów.", "80 dolarów", 80, None, None, "USD", "exact", "oil price"),
    Case("Przy cenie ropy, wynoszącej ok. 80 dolarów za baryłkę, zysk rośnie.", "ok. 80 dolarów za baryłkę", 80,
         None, None, "USD/barrel", "approx", "oil price"),
    Case("Z miesięcznej pensji wynoszącej od 800 do 1000 dolarów nic nie zostaje.", "od 800 do 1000 dolarów", None,
         800, 1000, "USD/month", "range", "wage"),
    Case("Roczny budżet wynosi 40 mld zł.", "40 mld zł", 4e10, None, None, "PLN/year", "exact", "budget"),
    Case("Korea mogła uzyskać z dostaw broni do Rosji łącznie około 20 mld dolarów.", "około 20 mld dolarów", 2e10,
         None, None, "USD", "approx", "revenue"),
    Case("Podpisano umowy na czołgi K2, haubice K9 i wyrzutnie Chunmoo o łącznej wartości ponad 15 mld dolarów.",
         "ponad 15 mld dolarów", 1.5e10, None, None, "USD", "more_than", "value"),
    # "od" with a count is a source, not a lower bound; a plain price stays "price"
    Case("Dostał pomoc od 100 żołnierzy.", "100 żołnierzy", 100, None, None, "person", "exact", "soldier"),
    Case("Dron kosztuje od 20 tys. dolarów.", "od 20 tys. dolarów", 2e4, None, None, "USD", "at_least", "price"),
)


@pytest.mark.parametrize("case", PRICES)
def test_prices(case: Case) -> None:
    check(case)


# ------------------------------------------------------------------------------ roles of persons

ROLES = cases(
    Case("Na Białorusi pracuje zaledwie kilkudziesięciu obywateli KRLD.", "zaledwie kilkudziesięciu obywateli", None,
         20, 99, "person", "vague", "worker"),
    Case("Do Moskwy przyleciało 300 obywateli KRLD.", "300 obywateli", 300, None, None, "person", "exact",
         "citizen"),
    Case("Według Agencji Turystyki KRLD odwiedziło ok. 1,5 tys. Rosjan.", "ok. 1,5 tys. Rosjan", 1500, None, None,
         "person", "approx", "tourist"),
    Case("Na nagraniach widać kilkudziesięciu Koreańczyków atakowanych na otwartym terenie.",
         "kilkudziesięciu Koreańczyków", None, 20, 99, "person", "vague", "soldier"),
    Case("W zakładzie pracowało ok. 200 Afrykanek.", "ok. 200 Afrykanek", 200, None, None, "person", "approx",
         "woman"),
    Case("Na front trafiło 30 Rosjanek.", "30 Rosjanek", 30, None, None, "person", "exact", "woman"),
    Case("Kurort może przyjąć blisko 20 tys. gości.", "blisko 20 tys. gości", 20000, None, None, "person", "approx",
         "guest"),
    Case("Do Rosji przyjechało 300 Koreańczyków.", "300 Koreańczyków", 300, None, None, "person", "exact", "person"),
    Case("W ataku zginęło 5 osób.", "5 osób", 5, None, None, "person", "exact", "person"),
    Case("Nowy pakiet obejmuje 54 osoby i 30 podmiotów.", "54 osoby", 54, None, None, "person", "exact",
         "sanctioned person"),
    Case("W tym roku naukę rozpoczęło tam ponad 2,5 tys. osób.", "ponad 2,5 tys. osób", 2500, None, None, "person",
         "more_than", "student"),
    Case("W ataku na szkołę zginęło 20 osób.", "20 osób", 20, None, None, "person", "exact", "person"),
    Case("Pracę w fabryce straciło 300 osób.", "300 osób", 300, None, None, "person", "exact", "person"),
    Case("Do Rosji trafiło 300 rekrutów.", "300 rekrutów", 300, None, None, "person", "exact", "recruit"),
)


@pytest.mark.parametrize("case", ROLES)
def test_roles_of_persons(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Trzy dni później ustawę podpisał Putin.",  # dated relative to another event
        "Dwa miesiące później Korea wyniosła satelitę na orbitę.",
        "Rok wcześniej było inaczej.",
        "Działa kalibru ok. 170 mm strzelają daleko.",
        "Pięć lat temu podpisano umowę.",
    ],
)
def test_relative_times_and_attributes_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


FRACTIONS = cases(
    Case("Z Korei mogła pochodzić nawet połowa amunicji artyleryjskiej.", "nawet połowa amunicji artyleryjskiej", 50,
         None, None, "percent", "up_to", "share"),
    Case("Ćwierć żołnierzy zginęło.", "Ćwierć żołnierzy", 25, None, None, "percent", "exact", "share"),
    Case("Import spadł o połowę.", "połowę", 50, None, None, "percent", "exact", "import decrease"),
    Case("Połowa dronów nie doleciała.", "Połowa dronów", 50, None, None, "percent", "exact", "share"),
    Case("W połowie przypadków pociski nie wybuchają.", "połowie przypadków", 50, None, None, "percent", "exact",
         "share"),
    Case("Ponad połowa pocisków balistycznych chybiła.", "Ponad połowa pocisków balistycznych", 50, None, None,
         "percent", "more_than", "share"),
    Case("Połowa z nich zginęła.", "Połowa", 50, None, None, "percent", "exact", "share"),
    Case("Połowy z nich nie odnaleziono.", "Połowy", 50, None, None, "percent", "exact", "share"),
)


@pytest.mark.parametrize("case", FRACTIONS)
def test_fractions(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "Ceny spadły w drugiej połowie roku.",  # a half of a period, a date
        "Połowa roku minęła spokojnie.",
        "Do połowy lat 90. było inaczej.",
        "W pierwszej połowie meczu padł gol.",
        "Przez całą połowę trwały walki.",
        "Stanęli w połowie drogi.",
        "Robotnicy są w połowie budowy.",  # halfway through one thing (not "w połowie przypadków": a share)
        "W połowie października przyjechali.",
        "Połowy na Morzu Ochockim są ograniczone.",  # catches (połów), not halves: a half is of something
        "Połowy w strefie rosyjskiej rosną szybko.",
    ],
)
def test_fractions_that_are_no_amounts(text: str) -> None:
    assert quantities(text) == []


# --- shares, coordination, left-out nouns, counters, bounds past an adverbial, transitive change

def _found(text: str) -> list[tuple[Any, ...]]:
    return [(q.value, q.low, q.high, q.unit, q.qualifier, q.counted) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mniej więcej co piąty pocisk nie wybucha.", [(20, None, None, "percent", "approx", "share")]),
        ("Co trzeci żołnierz wrócił ranny.", [(33, None, None, "percent", "exact", "share")]),
        ("Co drugi dron został zestrzelony.", [(50, None, None, "percent", "exact", "share")]),
        ("Eksport wzrósł o jedną trzecią.", [(33, None, None, "percent", "exact", "export growth")]),
        ("Dostawy były o jedną piątą większe.", [(20, None, None, "percent", "exact", "deliveries growth")]),
        ("Stracili dwie trzecie sprzętu.", [(67, None, None, "percent", "exact", "share")]),
        ("Zniszczono trzy czwarte magazynów.", [(75, None, None, "percent", "exact", "share")]),
        # a share with one decimal is exact: an eighth is 12.5 percent, three eighths 37.5
        ("Z Korei pochodzi jedna ósma amunicji.", [(12.5, None, None, "percent", "exact", "share")]),
        ("Co ósmy pocisk nie wybucha.", [(12.5, None, None, "percent", "exact", "share")]),
        ("Trzy ósme dronów spadło.", [(37.5, None, None, "percent", "exact", "share")]),
        ("Co szósty pocisk nie wybucha.", [(17, None, None, "percent", "exact", "share")]),
        # not shares: a frequency, a plain ordinal, an ordinal of a noun
        ("Patrole wychodzą co trzeci dzień.", []),
        ("Spotykają się co piąty tydzień.", []),
        ("To był trzeci pocisk tego dnia.", []),
        ("Jeden trzeci batalion walczył dalej.", [(1.0, None, None, "item", "exact", "battalion")]),
    ],
)
def test_shares(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most przepuści do 300 samochodów i 2,8 tys. pasażerów.",
         [(300.0, None, None, "item", "up_to", "car"), (2800.0, None, None, "person", "up_to", "passenger")]),
        ("Wysłano ok. 300 czołgów i 20 samolotów.",
         [(300.0, None, None, "item", "approx", "tank"), (20.0, None, None, "item", "approx", "aircraft")]),
        ("Wysłano ponad 300 czołgów oraz 20 samolotów.",
         [(300.0, None, None, "item", "more_than", "tank"), (20.0, None, None, "item", "more_than", "aircraft")]),
        # the second has its own qualifier, or none is shared, or something stands between them
        ("Wysłano 300 czołgów i ok. 20 samolotów.",
         [(300.0, None, None, "item", "exact", "tank"), (20.0, None, None, "item", "approx", "aircraft")]),
        ("Wysłano 300 czołgów i 20 samolotów.",
         [(300.0, None, None, "item", "exact", "tank"), (20.0, None, None, "item", "exact", "aircraft")]),
        ("Wysłano ok. 300 czołgów, a potem 20 samolotów.",
         [(300.0, None, None, "item", "approx", "tank"), (20.0, None, None, "item", "exact", "aircraft")]),
        ("Zestrzelono 50 dronów i 3 rakiety dziennie.",
         [(50.0, None, None, "item", "exact", "drone"), (3.0, None, None, "item/day", "exact", "missile")]),
        # with the bound, the period written after the second is shared too
        ("Przejście obsłuży do 300 samochodów i 2,8 tys. pasażerów dziennie.",
         [(300.0, None, None, "item/day", "up_to", "car"), (2800.0, None, None, "person/day", "up_to", "passenger")]),
        # ages joined by "i" are both ages; counts joined by "i" are not
        ("Trafili do niewoli w wieku 27 i 34 lat.",
         [(27.0, None, None, "year", "exact", "age"), (34.0, None, None, "year", "exact", "age")]),
        ("Zatrudnia 34 i 40 pracowników.", [(40.0, None, None, "person", "exact", "worker")]),
        ("Białoruś nie wysłała ani jednego żołnierza.", []),
        ("Jeden żołnierz zginął.", [(1.0, None, None, "person", "exact", "soldier")]),
    ],
)
def test_coordinated_amounts(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zginęło 300 żołnierzy KRLD, a kilka tysięcy kolejnych zostało rannych.",
         [(300.0, None, None, "person", "exact", "soldier"), (None, 2000.0, 9999.0, "person", "vague", "soldier")]),
        ("Wysłano 100 czołgów, a 30 pozostałych zostało w kraju.",
         [(100.0, None, None, "item", "exact", "tank"), (30.0, None, None, "item", "exact", "tank")]),
        ("Zamówiono 48 myśliwców, a pierwsza partia liczy od czterech do sześciu egzemplarzy.",
         [(48.0, None, None, "item", "exact", "fighter aircraft"), (None, 4.0, 6.0, "item", "range", "fighter aircraft")]),
        ("Dostarczono 20 proc. pocisków, a Rosja dostaje setki tysięcy sprawnych sztuk.",
         [(20.0, None, None, "percent", "exact", "share"),
          (None, 200000.0, 999000.0, "item", "vague", "artillery shell")]),
        ("Wyprodukowano 50 sztuk.", [(50.0, None, None, "item", "exact", "item")]),  # nothing to take it from
        ("Wyprodukowano 50 sztuk amunicji.", [(50.0, None, None, "item", "exact", "ammunition")]),
        ("Zginęły tysiące zabitych i rannych żołnierzy.", [(None, 2000.0, 9999.0, "person", "vague", "soldier")]),
        ("Są tam setki nowych i starych czołgów.", [(None, 200.0, 999.0, "item", "vague", "tank")]),
        ("Dostarczono ponad 5 mln. Transporty jadą koleją.", [(5000000.0, None, None, "count", "more_than", None)]),
        ("Rosja kupiła 6 tys. Shahedów.", [(6000.0, None, None, "item", "exact", "Shahed drone")]),
    ],
)
def test_nouns_left_out_and_counters(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handel przekroczył w tym samym czasie 2,5 mld dolarów.",
         [(2500000000.0, None, None, "USD", "more_than", "trade turnover")]),
        ("Liczba żołnierzy przekroczyła w 2024 r. 14 tys.", [(14000.0, None, None, "person", "more_than", "soldier")]),
        ("Zaatakowali w nocy 50 dronami.", [(50.0, None, None, "item", "exact", "drone")]),
        ("Kim polecił zwiększyć wytwarzanie o połowę.", [(50.0, None, None, "percent", "exact", "production increase")]),
        ("Rząd chce obniżyć ceny paliw o 10 proc.", [(10.0, None, None, "percent", "exact", "fuel price decrease")]),
        ("Ceny wzrosły o 10 proc.", [(10.0, None, None, "percent", "exact", "price growth")]),
        ("Zajęli 50 kilometrów kwadratowych.", [(50.0, None, None, "km2", "exact", "area")]),
        ("Przebywali w Korei co najmniej kilka razy.", [(None, 2.0, 9.0, "item", "vague", "visit")]),
        ("Zaatakowano 10 okrętów.", [(10.0, None, None, "item", "exact", "warship")]),
        ("Iran kupi 48 maszyn, myśliwców Su-35.", [(48.0, None, None, "item", "exact", "fighter aircraft")]),
        ("Uruchomiono dwie nowe linie produkcyjne.", [(2.0, None, None, "item", "exact", "production line")]),
        ("Dostarczono ok. 300 podwozi.", [(300.0, None, None, "item", "approx", "vehicle chassis")]),
    ],
)
def test_bounds_changes_and_new_vocabulary(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text) == expected


def _counted_in_document(text: str) -> list[tuple[str, str | None]]:
    from eventdb.extract import extract

    return [(q.text, q.counted) for q in extract(text).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before names the kind; the counting sentence does not
        ("Rosja może przekazać Iranowi myśliwce Su-35. Pierwsze 24 maszyny trafią do Iranu w 2026 r.",
         [("24 maszyny", "fighter aircraft")]),
        ("Irańczycy szkolą się na rosyjskich samolotach transportowych. W Teheranie ma stacjonować 12 maszyn.",
         [("12 maszyn", "aircraft")]),
        ("KRLD wysłała Rosji haubice i amunicję artyleryjską. Chodzi o kilkaset tysięcy pocisków miesięcznie.",
         [("kilkaset tysięcy pocisków miesięcznie", "artillery shell")]),
        ("Rosja kupuje w Iranie drony Shahed. Do Moskwy dotarło już 200 maszyn.", [("200 maszyn", "drone")]),
        ("Statki floty cieni zawijają do portu w Rajin. UE objęła sankcjami 40 jednostek.",
         [("40 jednostek", "ship")]),
        # the counting sentence's own cue wins over the sentence before
        ("Rosja ma nowe drony Gerań. Lotnictwo straciło 5 maszyn, w tym dwa samoloty.",
         [("5 maszyn", "aircraft"), ("dwa samoloty", "aircraft")]),
        # not across a paragraph: a new paragraph may be about something else
        ("Rosja może przekazać Iranowi myśliwce Su-35.\n\nFabryka w Tulskiej obwodzie ma 30 maszyn.",
         [("30 maszyn", "machine")]),
        # only the sentence right before counts, not two back
        ("Rosja może przekazać Iranowi myśliwce Su-35. Rozmowy trwają. Zakład kupił 30 maszyn.",
         [("30 maszyn", "machine")]),
        # no cue anywhere: the plain sense
        ("Rosja wystrzeliła rakiety. Ukraina zestrzeliła 13 pocisków.", [("13 pocisków", "missile")]),
        ("Zakład produkuje 40 maszyn rocznie.", [("40 maszyn rocznie", "machine")]),
        # a verb form that looks like a cue noun is no cue in the sentence before either
        ("Obrona powietrzna działa sprawnie. Zestrzelono 20 pocisków.", [("20 pocisków", "missile")]),
        # a noun with one sense is not changed by the sentence before
        ("Haubice ostrzeliwały pozycje. Zginęło 15 żołnierzy.", [("15 żołnierzy", "soldier")]),
    ],
)
def test_senses_from_the_sentence_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _counted_in_document(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sąd skazał go na 3 lata i 6 miesięcy więzienia.",
         [("3 lata i 6 miesięcy więzienia", 3.5, "year", "prison term")]),
        ("Spędził tam 3 lata i 6 miesięcy.", [("3 lata i 6 miesięcy", 3.5, "year", "duration")]),
        ("Lot trwał 2 godziny i 30 minut.", [("2 godziny i 30 minut", 2.5, "hour", "flight time")]),
        ("Przesłuchanie trwało 5 godzin i 45 minut.", [("5 godzin i 45 minut", 5.75, "hour", "duration")]),
        ("Kontrakt obowiązuje 2 lata oraz 3 miesiące.", [("2 lata oraz 3 miesiące", 2.25, "year", "duration")]),
        # not: the smaller part is no part of the larger unit, or they are not joined by "i"
        ("Trwało to 2 lata i 14 miesięcy.",
         [("2 lata", 2.0, "year", "duration"), ("14 miesięcy", 14.0, "month", "duration")]),
        ("Szkolenie trwa 4 tygodnie i 3 dni.",
         [("4 tygodnie", 4.0, "week", "training"), ("3 dni", 3.0, "day", "training")]),
        ("Trwało to 3 lata, a potem 6 miesięcy.",
         [("3 lata", 3.0, "year", "duration"), ("6 miesięcy", 6.0, "month", "duration")]),
        ("Rosja zamówiła 30 dronów i 6 czołgów.",
         [("30 dronów", 30.0, "item", "drone"), ("6 czołgów", 6.0, "item", "tank")]),
        ("Przez 3 lata i 6 tygodni nic się nie działo.",
         [("3 lata", 3.0, "year", "duration"), ("6 tygodni", 6.0, "week", "duration")]),
    ],
)
def test_a_duration_in_two_units_is_one(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


def _extracted(text: str) -> list[Quantity]:
    from eventdb.extract import extract

    found = extract(text).quantities
    for q in found:
        assert re.fullmatch(UNIT_PATTERN, q.unit), q  # storable: the quantities table checks its units
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the size of a group counts its members: named as the group, or by the persons a generic group holds
        ("Do Rosji trafiła 120-osobowa grupa oficerów.", [("120-osobowa grupa", 120.0, "person", "officer")]),
        ("Do Rosji trafiła 120-osobowa grupa.", [("120-osobowa grupa", 120.0, "person", "person")]),
        ("Przyjechała trzyosobowa delegacja.", [("trzyosobowa delegacja", 3.0, "person", "delegation")]),
        ("Dwuosobowa załoga przeżyła.", [("Dwuosobowa załoga", 2.0, "person", "crew")]),
        ("Pięcioosobowa rodzina zginęła w Dnieprze.", [("Pięcioosobowa rodzina", 5.0, "person", "family")]),
        ("Do Kurska przybył ok. 40-osobowy oddział.", [("ok. 40-osobowy oddział", 40.0, "person", "soldier")]),
        ("W 120-osobowej kompanii zostało 40 ludzi.",
         [("120-osobowej kompanii", 120.0, "person", "soldier"), ("40 ludzi", 40.0, "person", "soldier")]),
        ("Wysłano kilkuosobowy zespół.", [("kilkuosobowy zespół", None, "person", "team")]),
        # not: "osobowy" alone is "passenger" (cars, wagons), "wielo-" has no number
        ("Samochód osobowy wjechał w tłum.", []),
        ("Wagony osobowe pojechały do Rajin.", []),
        ("Wieloosobowe pokoje są tańsze.", []),
        ("Ruch osobowy na granicy wstrzymano.", []),
    ],
)
def test_a_size_in_persons(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted noun that also reads as an adjective is the noun when the next noun cannot agree with it
        ("Rosja dostała ok. 200 wyrzutni kalibru 240 mm.", [("ok. 200 wyrzutni", 200.0, "item", "launcher")]),
        ("Rosja dostała 200 wyrzutni typu M1991.", [("200 wyrzutni", 200.0, "item", "rocket launcher")]),  # a model the list knows
        ("KRLD przekazała 50 wyrzutni z amunicją.", [("50 wyrzutni", 50.0, "item", "launcher")]),
        ("Rosja dostała 200 wyrzutni.", [("200 wyrzutni", 200.0, "item", "launcher")]),
        # an adjective that agrees still qualifies its noun
        ("Wysłano 12 tys. północnokoreańskich żołnierzy.",
         [("12 tys. północnokoreańskich żołnierzy", 12000.0, "person", "soldier")]),
        ("Zginęło 300 rosyjskich żołnierzy.", [("300 rosyjskich żołnierzy", 300.0, "person", "soldier")]),
        ("Dostarczono 20 wyrzutni rakietowych.", [("20 wyrzutni rakietowych", 20.0, "item", "rocket launcher")]),
        ("Na froncie jest kilka tysięcy to saperzy.", [("kilka tysięcy to saperzy", None, "person", "sapper")]),
        ("Zniszczono 5 wozów bojowych.", [("5 wozów bojowych", 5.0, "item", "combat vehicle")]),
        ("Przekazano 30 haubic samobieżnych kalibru 152 mm.",
         [("30 haubic samobieżnych", 30.0, "item", "self-propelled howitzer")]),
    ],
)
def test_a_counted_noun_read_as_an_adjective(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit as the subject of "kosztować" makes the price one per that unit
        ("Tona rosyjskiej pszenicy kosztuje na rynkach ok. 240 dolarów.", [("ok. 240 dolarów", "USD/t", "wheat price")]),
        ("Kilogram ryżu kosztuje ok. 6 tys. wonów.", [("ok. 6 tys. wonów", "KRW/kg", "rice price")]),
        ("Litr benzyny kosztuje 7 zł na stacjach.", [("7 zł", "PLN/l", "petrol price")]),
        # the genitive of a price noun names the unit; a day an undertaking costs is a cost per day
        ("Cena baryłki oleju napędowego wynosiła ok. 95 dolarów.", [("ok. 95 dolarów", "USD/barrel", "diesel price")]),
        ("Cena tony pszenicy wynosi 240 dolarów.", [("240 dolarów", "USD/t", "wheat price")]),
        ("Cena ropy wynosi 60 dolarów.", [("60 dolarów", "USD", "oil price")]),
        ("Dzień leczenia kosztuje rosyjski budżet średnio 18 tys. rubli.",
         [("średnio 18 tys. rubli", "RUB/day", "cost")]),
        # a rate its subject told is not the rate of a gapped clause with a subject of its own
        ("Dzień leczenia kosztuje 18 tys. rubli, a pełna kuracja – od 400 do 600 tys. rubli.",
         [("18 tys. rubli", "RUB/day", "cost"), ("od 400 do 600 tys. rubli", "RUB", "cost")]),
        ("Baryłka ropy kosztuje 60 dolarów.", [("60 dolarów", "USD/barrel", "oil price")]),
        ("Sztuka amunicji kosztuje 800 dolarów.", [("800 dolarów", "USD", "price")]),
        # a modal before the verb leaves it the verb of the unit ("ma kosztować", "może kosztować")
        ("Kilowatogodzina ma kosztować stronę koreańską 4,2 rubla.", [("4,2 rubla", "RUB/kWh", "price")]),
        ("Tona pszenicy może kosztować 240 dolarów.", [("240 dolarów", "USD/t", "wheat price")]),
        # a period opening the sentence rates the count of its clause
        ("Miesięcznie przez bramy zakładu przechodzi od 20 do 30 pojazdów.",
         [("od 20 do 30 pojazdów", "item/month", "vehicle")]),
        ("Rocznie Rosja kupuje 100 tys. ton pszenicy.", [("100 tys. ton pszenicy", "t/year", "wheat")]),
        # not: no unit as the subject, the unit an object, a period cut off by a clause or the count a total
        ("Bilet kosztuje 560 dolarów.", [("560 dolarów", "USD", "ticket price")]),
        ("Dostawa tony pszenicy kosztowała 240 dolarów.", [("240 dolarów", "USD", "price")]),
        ("Miesięcznie, jak podaje HUR, do Rosji trafia 50 wagonów.", [("50 wagonów", "item", "wagon")]),
        ("Miesięcznie zakład produkuje 100 dronów, a w sumie zbudował 2 tys.",
         [("100 dronów", "item/month", "drone"), ("2 tys.", "item", "drone")]),
    ],
)
def test_prices_per_a_unit_and_periods_that_open_the_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(q.text, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killed and the wounded together are casualties; with a noun after them, that noun is counted
        ("Zginęło ok. 6 tys. zabitych i rannych.", [("ok. 6 tys. zabitych i rannych", "person", "casualty")]),
        ("KRLD straciła nie mniej niż 6 tys. zabitych i rannych łącznie.",
         [("nie mniej niż 6 tys. zabitych i rannych", "person", "casualty")]),
        ("Rosja ma tysiące rannych i zabitych.", [("tysiące rannych i zabitych", "person", "casualty")]),
        ("Zginęły tysiące zabitych i rannych żołnierzy.",
         [("tysiące zabitych i rannych żołnierzy", "person", "soldier")]),
        ("Zginęło ok. 2 tys. zabitych.", [("ok. 2 tys. zabitych", "person", "killed")]),
        # totals end the noun phrase
        ("Rosja ma łącznie 300 czołgów.", [("łącznie 300 czołgów", "item", "tank")]),
        ("Wysłano 300 czołgów razem z amunicją.", [("300 czołgów", "item", "tank")]),
        # ranges are "range"; organizations spelled as the schema spells them
        ("Pocisk ma zasięg do 700 km.", [("do 700 km", "km", "range")]),
        ("Sankcje objęły pięć organizacji.", [("pięć organizacji", "item", "organization")]),
        ("Kolumna przejechała 120 km.", [("120 km", "km", "distance")]),
    ],
)
def test_casualties_totals_and_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and wounded counted without a noun are soldiers in an article that counts soldiers
        ("Korea Północna wysłała do Rosji 11 tys. żołnierzy. Straty sięgnęły ok. 7 tys. zabitych i rannych.",
         [("11 tys. żołnierzy", 11000.0, "person", "soldier"), ("ok. 7 tys. zabitych i rannych", 7000.0, "person",
                                                                  "soldier")]),
        ("W wypadku autobusu było ok. 30 zabitych i rannych.",
         [("ok. 30 zabitych i rannych", 30.0, "person", "casualty")]),
        # howitzers of a named model counted by themselves; not the crab of the same name
        ("Polska ma 212 K9 i ok. 60 Krabów.", [("212 K9", 212.0, "item", "howitzer"),
                                                ("ok. 60 Krabów", 60.0, "item", "howitzer")]),
        ("Na talerzu leżały dwa kraby.", [("dwa kraby", 2.0, "item", "crab")]),
        # an adjective of the persons' state goes before their label, unless coordinated with another
        ("Szpitale przyjęły ok. 3,4 tys. rannych żołnierzy.",
         [("ok. 3,4 tys. rannych żołnierzy", 3400.0, "person", "wounded soldier")]),
        ("Ewakuowano 20 rannych cywilów.", [("20 rannych cywilów", 20.0, "person", "wounded civilian")]),
        ("Rosja straciła tysiące zabitych i rannych żołnierzy.",
         [("tysiące zabitych i rannych żołnierzy", None, "person", "soldier")]),
        # a model name with its case ending before the number ("MiG-ów-29") is the model
        ("Korea ma ok. 35 MiG-ów-29 i dziewięć MiG-ów-29SMT.",
         [("ok. 35 MiG-ów-29", 35.0, "item", "fighter aircraft"), ("dziewięć MiG-ów-29SMT", 9.0, "item",
                                                                     "fighter aircraft")]),
        # "ich" counts the thing the sentence before named in the plural
        ("Ważną rolę odgrywają armatohaubice Krab ze Stalowej Woli. Ukraina otrzymała ich dotąd ponad 80.",
         [("ponad 80", 80.0, "item", "howitzer")]),
        # ... or, first, its own sentence before "ich"
        ("Część sprzętu przyleciała samolotami transportowymi Ił-76 – od marca wylądowało ich co najmniej 14.",
         [("co najmniej 14", 14.0, "item", "transport aircraft")]),
        ("Rosja przysłała paliwo rakietowe. Od marca wylądowało ich co najmniej 14.",
         [("co najmniej 14", 14.0, "count", None)]),
        # a verb whose only noun reading is instrumental is the verb ("mają": not "maja")
        ("Kolejne 24 drony mają trafić na front.", [("Kolejne 24 drony", 24.0, "item", "drone")]),
    ],
)
def test_counted_by_the_article(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Kontrakt obejmuje wymianę turbin w czterech blokach o mocy 200 MW każdy.", "power unit"),
        ("W Kijowie zniszczono dwa bloki mieszkalne.", "apartment block"),
    ],
)
def test_a_block_of_a_power_plant(text: str, counted: str) -> None:
    assert _extracted(text)[0].counted == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Krab w kilkadziesiąt sekund opuszcza stanowisko.", [("kilkadziesiąt sekund", None, "second", "duration")]),
        ("Wyrzutnia wystrzeliwuje salwę w 20 sekund.", [("20 sekund", 20.0, "second", "duration")]),
        ("To druga sekunda.", []),  # an ordinal counts nothing
    ],
)
def test_seconds(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samolot lata raz w miesiącu.", [("raz w miesiącu", 1.0, "item/month", "flight")]),
        ("Samoloty latają dwa razy w tygodniu.", [("dwa razy w tygodniu", 2.0, "item/week", "flight")]),
        ("Po raz pierwszy w tygodniu padał deszcz.", []),  # "po raz pierwszy": the first time, no rate
    ],
)
def test_once_a_period(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.counted) for q in _extracted(text)] == expected


def test_a_rate_the_schema_does_not_store_is_dropped_not_stored_to_fail() -> None:
    # the pattern of the quantities table refuses tonnes or dollars a minute: the amount stays, without its rate
    for text, span, unit in [("Silnik spala 5 ton paliwa na minutę.", "5 ton paliwa", "t"),
                             ("Połączenie kosztuje 5 dolarów na minutę.", "5 dolarów", "USD"),
                             ("Bateria oddaje 12 strzałów na minutę.", "12 strzałów na minutę", "item/minute")]:
        assert [(q.text, q.unit) for q in quantities(text)] == [(span, unit)]
        assert all(re.fullmatch(UNIT_PATTERN, q.unit) for q in quantities(text))
