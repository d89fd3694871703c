"""Quantity parser: numbers, multipliers, number words, vague amounts, ranges, qualifiers, percentages,
money and rates, durations and distances, counted objects with their actor, and numbers that are not counts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from eventdb.extract.model import DateExpr, EntityRef, Mention, Quantity
from eventdb.extract.quantities import find_quantities, parse_number
from eventdb.extract.text import split_sentences

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
         "missile"),
    Case("Wyprodukowano 1 200 000 pocisków.", "1 200 000 pocisków", 1_200_000, None, None, "item", "exact",
         "missile"),
    Case("Wysłano 3000 dronów.", "3000 dronów", 3000, None, None, "item", "exact", "drone"),
    Case("Zginęło 0,5 mln osób.", "0,5 mln osób", 500_000, None, None, "person", "exact", "person"),
    Case("More than 10,000 troops arrived.", "More than 10,000 troops", 10000, None, None, "person", "more_than",
         "soldier"),
    Case("Workers earn $2.5 an hour.", "$2.5 an hour", 2.5, None, None, "USD/hour", "exact", "money"),
    Case("Dostarczono 2,5 tys. ton amunicji.", "2,5 tys. ton amunicji", 2500, None, None, "t", "exact",
         "ammunition"),
    Case("Wartość wyniosła 1,250 mld zł w zeszłym tygodniu.", "1,250 mld zł", 1.25e9, None, None, "PLN", "exact",
         "money"),
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
    Case("Przekazano 4,5 mln pocisków.", "4,5 mln pocisków", 4.5e6, None, None, "item", "exact", "missile"),
    Case("Kontrakt opiewa na 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact", "money"),
    Case("Przybyły 3 tysiące żołnierzy.", "3 tysiące żołnierzy", 3000, None, None, "person", "exact", "soldier"),
    Case("Przybyło 5 tysięcy żołnierzy.", "5 tysięcy żołnierzy", 5000, None, None, "person", "exact", "soldier"),
    Case("Wyprodukowano 2 miliony pocisków.", "2 miliony pocisków", 2e6, None, None, "item", "exact", "missile"),
    Case("Wyprodukowano 7 milionów pocisków.", "7 milionów pocisków", 7e6, None, None, "item", "exact", "missile"),
    Case("Pożyczka wyniosła 1,5 miliarda euro.", "1,5 miliarda euro", 1.5e9, None, None, "EUR", "exact", "loan"),
    Case("Dług sięga 1 bln rubli.", "1 bln rubli", 1e12, None, None, "RUB", "exact", "debt"),
    Case("The army fired 10 thousand shells.", "10 thousand shells", 10000, None, None, "item", "exact",
         "artillery shell"),
    Case("Russia spent 2 billion dollars.", "2 billion dollars", 2e9, None, None, "USD", "exact", "money"),
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
         "missile"),
    Case("Three tanks were destroyed.", "Three tanks", 3, None, None, "item", "exact", "tank"),
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
    Case("Wysłano dziesiątki tysięcy żołnierzy.", "dziesiątki tysięcy żołnierzy", None, 20000, 99999, "person",
         "vague", "soldier"),
    Case("Do Rosji trafiły setki tysięcy pocisków.", "setki tysięcy pocisków", None, 200_000, 999_999, "item",
         "vague", "missile"),
    Case("Rosja ma miliony pocisków.", "miliony pocisków", None, 2e6, 9_999_999, "item", "vague", "missile"),
    Case("Thousands of soldiers were sent.", "Thousands of soldiers", None, 2000, 9999, "person", "vague",
         "soldier"),
    Case("Tens of thousands of workers came.", "Tens of thousands of workers", None, 20000, 99999, "person", "vague",
         "worker"),
)


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
    Case("Przekazano 4–6 mln pocisków.", "4–6 mln pocisków", None, 4e6, 6e6, "item", "range", "missile"),
    Case("Przekazano między 50 a 100 czołgów.", "między 50 a 100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Przekazano 50 do 100 czołgów.", "50 do 100 czołgów", None, 50, 100, "item", "range", "tank"),
    Case("Pensja wynosi od 2 do 3 tys. zł miesięcznie.", "od 2 do 3 tys. zł miesięcznie", None, 2000, 3000,
         "PLN/month", "range", "salary"),
    Case("Poparcie wynosi 10–15 proc.", "10–15 proc.", None, 10, 15, "percent", "range", None),
    Case("Szkolenie trwa 2-3 tygodnie.", "2-3 tygodnie", None, 2, 3, "week", "range", "training"),
    Case("Zginęło dwóch lub trzech żołnierzy.", "dwóch lub trzech żołnierzy", None, 2, 3, "person", "range",
         "soldier"),
    Case("Russia sent from 50 to 100 tanks.", "from 50 to 100 tanks", None, 50, 100, "item", "range", "tank"),
    Case("Wysłano od 2000 do 3000 żołnierzy.", "od 2000 do 3000 żołnierzy", None, 2000, 3000, "person", "range",
         "soldier"),
    Case("Russia sent between 50 and 100 tanks.", "between 50 and 100 tanks", None, 50, 100, "item", "range",
         "tank"),
)


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
    Case("Rannych było nie więcej niż 40 osób.", "nie więcej niż 40 osób", 40, None, None, "person", "at_most",
         "person"),
    Case("Zginęło mniej niż 10 żołnierzy.", "mniej niż 10 żołnierzy", 10, None, None, "person", "less_than",
         "soldier"),
    Case("Przybyło poniżej 50 oficerów.", "poniżej 50 oficerów", 50, None, None, "person", "less_than", "officer"),
    Case("Liczba dronów wzrosła do 100 sztuk.", "100 sztuk", 100, None, None, "item", "exact", "item"),
    Case("Russia received up to 100 missiles.", "up to 100 missiles", 100, None, None, "item", "up_to", "missile"),
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
         "percent", "more_than", "artillery shell"),
    Case("Eksport wzrósł o 30 proc.", "30 proc.", 30, None, None, "percent", "exact", None),
    Case("Eksport wzrósł o 30 procent.", "30 procent", 30, None, None, "percent", "exact", None),
    Case("Eksport wzrósł o 30 % w ciągu roku.", "30 %", 30, None, None, "percent", "exact", None),
    Case("Inflacja wyniosła 2,5 proc. w marcu.", "2,5 proc.", 2.5, None, None, "percent", "exact", None),
    Case("Około 40 procent amunicji pochodzi z Korei.", "Około 40 procent amunicji", 40, None, None, "percent",
         "approx", "ammunition"),
    Case("Korea odpowiada za 60 proc. produkcji amunicji.", "60 proc. produkcji", 60, None, None, "percent",
         "exact", "ammunition production"),
    Case("Poparcie spadło o kilkanaście procent.", "kilkanaście procent", None, 11, 19, "percent", "vague", None),
    Case("Poparcie wynosi od 20 do 30 proc.", "od 20 do 30 proc.", None, 20, 30, "percent", "range", None),
    Case("About 40% of the ammunition came from Korea.", "About 40% of the ammunition", 40, None, None, "percent",
         "approx", "ammunition"),
    Case("Support fell 12 percent.", "12 percent", 12, None, None, "percent", "exact", None),
)


@pytest.mark.parametrize("case", PERCENT)
def test_percentages(case: Case) -> None:
    check(case)


# ----------------------------------------------------------------------------------- money and rates

MONEY = cases(
    Case("Rosjanie oferują im wynagrodzenie w wysokości około 2,5 dolara za godzinę pracy.",
         "około 2,5 dolara za godzinę", 2.5, None, None, "USD/hour", "approx", "wage"),
    Case("Podpisano kontrakt o wartości 2 mld dolarów.", "2 mld dolarów", 2e9, None, None, "USD", "exact",
         "contract value"),
    Case("Rosja zapłaci 500 zł dziennie.", "500 zł dziennie", 500, None, None, "PLN/day", "exact", "money"),
    Case("Pracownik dostanie 3000 euro miesięcznie.", "3000 euro miesięcznie", 3000, None, None, "EUR/month",
         "exact", "money"),
    Case("Ukraina otrzyma pomoc w wysokości 1,5 mld USD.", "1,5 mld USD", 1.5e9, None, None, "USD", "exact", "aid"),
    Case("Wynagrodzenie wynosi 800 dolarów miesięcznie.", "800 dolarów miesięcznie", 800, None, None, "USD/month",
         "exact", "wage"),
    Case("Moskwa przekazała 200 mln rubli.", "200 mln rubli", 2e8, None, None, "RUB", "exact", "money"),
    Case("Kijów wydał 100 tys. hrywien.", "100 tys. hrywien", 1e5, None, None, "UAH", "exact", "money"),
    Case("Londyn przekazał 50 mln funtów.", "50 mln funtów", 5e7, None, None, "GBP", "exact", "money"),
    Case("Pekin zainwestował 10 mln juanów.", "10 mln juanów", 1e7, None, None, "CNY", "exact", "money"),
    Case("Robotnicy dostają 1000 wonów na dobę.", "1000 wonów na dobę", 1000, None, None, "KRW/day", "exact",
         "money"),
    Case("Najemnik zarabia 70 tys. dolarów rocznie.", "70 tys. dolarów rocznie", 70000, None, None, "USD/year",
         "exact", "money"),
    Case("Ukraina dostała 31 czołgów Abrams o wartości 400 mln dolarów.", "400 mln dolarów", 4e8, None, None, "USD",
         "exact", "tank value"),
    Case("Podpisano umowę na dostawy broni o wartości 1 mld dolarów.", "1 mld dolarów", 1e9, None, None, "USD",
         "exact", "contract value"),
    Case("Workers earn about $2.5 an hour.", "about $2.5 an hour", 2.5, None, None, "USD/hour", "approx", "money"),
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
    Case("Kolumna przejechała 120 km.", "120 km", 120, None, None, "km", "exact", "distance"),
    Case("Statek przepłynął 300 mil.", "300 mil", 300, None, None, "mi", "exact", "distance"),
    Case("Dron leci z prędkością 180 km/h.", "180 km/h", 180, None, None, "km/h", "exact", "speed"),
    Case("Okop ma 500 m długości.", "500 m", 500, None, None, "m", "exact", "distance"),
    Case("Pjongjang wysłał 500 ton amunicji.", "500 ton amunicji", 500, None, None, "t", "exact", "ammunition"),
    Case("Ładunek waży 20 kg.", "20 kg", 20, None, None, "kg", "exact", "weight"),
)


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
    Case("Zniszczono 15 magazynów.", "15 magazynów", 15, None, None, "item", "exact", "magazyn"),
    Case("Zatrzymano 15 kurierów.", "15 kurierów", 15, None, None, "person", "exact", "kurier"),
    Case("Spadło 40 bomb szybujących.", "40 bomb szybujących", 40, None, None, "item", "exact", "glide bomb"),
    Case("Do niewoli trafiło 3 jeńców wojennych.", "3 jeńców wojennych", 3, None, None, "person", "exact",
         "prisoner of war"),
    Case("Na front wysłano 3 dywizje.", "3 dywizje", 3, None, None, "formation", "exact", "division"),
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
    "Około 2/3 amunicji pochodzi z Korei.",
    "Przez 12-godzinną zmianę pracują 20-letni Koreańczycy.",
    "Od 2014 do 2022 trwały walki.",
    "Na stronie 12 raportu opisano to dokładnie.",
    "Zmarł w wieku 72 lat.",
    "Kim Dzong Un (41 l.) przyjechał do Moskwy.",
    "Według 38 North Korea wysłała statek.",
    "One of the commanders died.",
    "Mecz zakończył się wynikiem 2:1.",
]


@pytest.mark.parametrize("text", NON_COUNTS)
def test_non_counts(text: str) -> None:
    assert [q.text for q in quantities(text)] == []


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
