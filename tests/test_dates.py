"""Date resolver: Polish and English time expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdb.extract.dates import find_dates, parse_iso_date, resolve_month, season_range
from eventdb.extract.model import DATE_PRECISIONS

ANCHOR = dt.date(2025, 11, 14)  # a Friday
D = dt.date
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_345fe1ab6c1f8ba1.txt"


def only(text: str, anchor: dt.date | None = ANCHOR, language: str = "pl"):
    """The single date expression of ``text``."""
    found = find_dates(text, anchor, language=language)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


def check(text: str, expr: str, date_from, date_to, precision: str, language: str = "pl") -> None:
    found = only(text, language=language)
    assert (found.text, found.date_from, found.date_to, found.precision) == (expr, date_from, date_to, precision)
    assert text[found.start : found.end] == found.text
    assert found.precision in DATE_PRECISIONS


# --------------------------------------------------------------------------- Polish


MONTHS = [
    ("W czerwcu szef wywiadu powiedział mediom.", "W czerwcu", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("W grudniu doszło do spotkania.", "W grudniu", D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("W listopadzie wysłano żołnierzy.", "W listopadzie", D(2025, 11, 1), D(2025, 11, 30), "month"),
    ("Traktat podpisano w czerwcu ubiegłego roku.", "w czerwcu ubiegłego roku", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("Było to w czerwcu zeszłego roku.", "w czerwcu zeszłego roku", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("Było to w czerwcu tego roku.", "w czerwcu tego roku", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("Było to w czerwcu br. w Moskwie.", "w czerwcu br.", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("Dostawy ruszą w czerwcu przyszłego roku.", "w czerwcu przyszłego roku", D(2026, 6, 1), D(2026, 6, 30), "month"),
    ("Umowę zawarto w czerwcu 2023 r. w Pjongjangu.", "w czerwcu 2023 r.", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("Umowę zawarto w czerwcu 2023 roku.", "w czerwcu 2023 roku", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("We wrześniu Kyiv Post poinformował.", "We wrześniu", D(2025, 9, 1), D(2025, 9, 30), "month"),
    ("Raport z października 2024 r. mówi o tym.", "z października 2024 r.", D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("Plan na czerwiec zakłada wysyłkę.", "na czerwiec", D(2026, 6, 1), D(2026, 6, 30), "month"),  # still to come
    ("Październik ubiegłego roku był krwawy.", "Październik ubiegłego roku", D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("W lutym 2024 r. było zimno.", "W lutym 2024 r.", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("W lipcu i sierpniu trwały ćwiczenia.", "W lipcu i sierpniu", D(2025, 7, 1), D(2025, 8, 31), "range"),
    # two months, or a month and a part of the next, each with its preposition: one stretch
    ("Drony uderzyły w marcu i w czerwcu.", "w marcu i w czerwcu", D(2025, 3, 1), D(2025, 6, 30), "range"),
    ("Dotarły w sierpniu i na początku września.", "w sierpniu i na początku września", D(2025, 8, 1),
     D(2025, 9, 10), "range"),
    ("Dołączyły w grudniu i na początku lutego.", "w grudniu i na początku lutego", D(2024, 12, 1), D(2025, 2, 10),
     "range"),
    # the adjective of a month before a noun: that month, as a bare month
    ("Wskazał to w październikowym raporcie.", "październikowym", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("Podczas grudniowych walk zginęło wielu.", "grudniowych", D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("UE w czerwcowym, 14. pakiecie sankcji.", "czerwcowym", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("Styczniowe zamrożenia kont pokazują to.", "Styczniowe", D(2025, 1, 1), D(2025, 1, 31), "month"),
    # two months each with its year: one span across the new year
    ("Ataki trwały na przełomie grudnia 2023 i stycznia 2024 r.", "na przełomie grudnia 2023 i stycznia 2024 r.",
     D(2023, 12, 21), D(2024, 1, 10), "range"),
    ("Ataki trwały między grudniem 2023 a lutym 2024 r.", "między grudniem 2023 a lutym 2024 r.", D(2023, 12, 1),
     D(2024, 2, 29), "range"),
    ("W grudniu 2023 i styczniu 2024 r. trwały ataki.", "W grudniu 2023 i styczniu 2024 r.", D(2023, 12, 1),
     D(2024, 1, 31), "range"),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), MONTHS)
def test_months(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision)


PARTS = [
    # the tens of days of a month ("dekada"), the first and last weeks or months of a period
    ("W pierwszej dekadzie listopada przybyli.", "W pierwszej dekadzie listopada", D(2025, 11, 1), D(2025, 11, 10),
     "early_month"),
    ("W drugiej dekadzie października przybyli.", "W drugiej dekadzie października", D(2025, 10, 11),
     D(2025, 10, 20), "mid_month"),
    ("W pierwszych miesiącach 2025 r. przybyli.", "W pierwszych miesiącach 2025 r.", D(2025, 1, 1), D(2025, 3, 31),
     "range"),
    (
        "Pod koniec października odbyło się spotkanie.",
        "Pod koniec października",
        D(2025, 10, 21),
        D(2025, 10, 31),
        "late_month",
    ),
    (
        "Na początku października pracowało tam 20 000 osób.",
        "Na początku października",
        D(2025, 10, 1),
        D(2025, 10, 10),
        "early_month",
    ),
    (
        "W połowie października przybyli saperzy.",
        "W połowie października",
        D(2025, 10, 11),
        D(2025, 10, 20),
        "mid_month",
    ),
    ("W połowie miesiąca przybyli saperzy.", "W połowie miesiąca", D(2025, 11, 11), D(2025, 11, 20), "mid_month"),
    ("Już pod koniec czerwca informowano o tym.", "pod koniec czerwca", D(2025, 6, 21), D(2025, 6, 30), "late_month"),
    (
        "Pod koniec ubiegłego miesiąca doszło do ataku.",
        "Pod koniec ubiegłego miesiąca",
        D(2025, 10, 21),
        D(2025, 10, 31),
        "late_month",
    ),
        # the start and the end of a year are its first and last quarter, reported as a range
    ("Pod koniec 2024 roku wojska wycofano.", "Pod koniec 2024 roku", D(2024, 10, 1), D(2024, 12, 31), "range"),
    ("Na początku roku podpisano umowę.", "Na początku roku", D(2025, 1, 1), D(2025, 3, 31), "range"),
    (
        "Pod koniec ubiegłego roku podpisano umowę.",
        "Pod koniec ubiegłego roku",
        D(2024, 10, 1),
        D(2024, 12, 31),
        "range",
    ),
    ("W połowie 2024 r. zaczęły się dostawy.", "W połowie 2024 r.", D(2024, 5, 1), D(2024, 8, 31), "mid_year"),
    (
        "W pierwszej połowie 2025 roku dostarczono pociski.",
        "W pierwszej połowie 2025 roku",
        D(2025, 1, 1),
        D(2025, 6, 30),
        "range",
    ),
    (
        "W drugiej połowie października trwały walki.",
        "W drugiej połowie października",
        D(2025, 10, 16),
        D(2025, 10, 31),
        "range",
    ),
    (
        "Na przełomie października i listopada przybyli.",
        "Na przełomie października i listopada",
        D(2025, 10, 21),
        D(2025, 11, 10),
        "range",
    ),
    (
        "Na przełomie 2024 i 2025 roku przybyli.",
        "Na przełomie 2024 i 2025 roku",
        D(2024, 10, 1),
        D(2025, 3, 31),
        "range",
    ),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), PARTS)
def test_parts_of_months_and_years(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision)


SINCE_UNTIL = [
    ("Od września do Rosji przybyło 5000 żołnierzy.", "Od września", D(2025, 9, 1), ANCHOR, "since"),
    (
        "Od września do listopada trwała rekrutacja.",
        "Od września do listopada",
        D(2025, 9, 1),
        D(2025, 11, 30),
        "range",
    ),
    (
        "Od września do listopada 2024 r. trwała rekrutacja.",
        "Od września do listopada 2024 r.",
        D(2024, 9, 1),
        D(2024, 11, 30),
        "range",
    ),
    ("Od grudnia do lutego trwała zima.", "Od grudnia do lutego", D(2024, 12, 1), D(2025, 2, 28), "range"),
    ("Prace potrwają do końca roku.", "do końca roku", None, D(2025, 12, 31), "until"),
    ("Od 2022 roku trwa wojna.", "Od 2022 roku", D(2022, 1, 1), ANCHOR, "since"),
    ("Od 24 lutego 2022 r. trwa wojna.", "Od 24 lutego 2022 r.", D(2022, 2, 24), ANCHOR, "since"),
    ("Od początku roku zginęło wielu.", "Od początku roku", D(2025, 1, 1), ANCHOR, "since"),
    # since the end of a year: since its last month (its late part, October on, is a period, not a start)
    ("Od końca 2023 r. Pjongjang wysłał 100 rakiet.", "Od końca 2023 r.", D(2023, 12, 1), ANCHOR, "since"),
    ("Pod koniec 2023 r. Pjongjang wysłał rakiety.", "Pod koniec 2023 r.", D(2023, 10, 1), D(2023, 12, 31), "range"),
    ("Od 2022 do 2024 roku trwała budowa.", "Od 2022 do 2024 roku", D(2022, 1, 1), D(2024, 12, 31), "range"),
    (
        "Od 10 września do 5 października 2024 r. trwały walki.",
        "Od 10 września do 5 października 2024 r.",
        D(2024, 9, 10),
        D(2024, 10, 5),
        "range",
    ),
    ("Umowa obowiązuje do 2030 r. włącznie.", "do 2030 r.", None, D(2030, 12, 31), "until"),
    ("Stało się to przed czerwcem.", "przed czerwcem", None, D(2025, 5, 31), "until"),
    ("Przed 2022 r. takich dostaw nie było.", "Przed 2022 r.", None, D(2021, 12, 31), "until"),
    # a weekend before or after the anchor's week: its Saturday and Sunday
    ("W miniony weekend Rosja zaatakowała Kijów.", "W miniony weekend", D(2025, 11, 8), D(2025, 11, 9), "range"),
    ("W ten weekend Rosja zaatakowała Kijów.", "W ten weekend", D(2025, 11, 15), D(2025, 11, 16), "range"),
    # before the end of a period is by its end; until its middle is until the middle day, not its mid part's end
    ("Przed końcem roku dostawy ruszą.", "Przed końcem roku", None, D(2025, 12, 31), "until"),
    ("Do połowy przyszłego roku dostawy ruszą.", "Do połowy przyszłego roku", None, D(2026, 6, 30), "until"),
    ("Do połowy listopada dostawy ruszą.", "Do połowy listopada", None, D(2025, 11, 15), "until"),
    ("Od przyszłego roku zacznie działać fabryka.", "Od przyszłego roku", D(2026, 1, 1), None, "since"),
    ("W latach 2023–2024 wysłano amunicję.", "W latach 2023–2024", D(2023, 1, 1), D(2024, 12, 31), "range"),
    (
        "Między 2022 a 2024 rokiem wysłano amunicję.",
        "Między 2022 a 2024 rokiem",
        D(2022, 1, 1),
        D(2024, 12, 31),
        "range",
    ),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), SINCE_UNTIL)
def test_since_until_and_ranges(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision)


DAYS_AND_YEARS = [
    ("14 listopada The Moscow Times poinformował.", "14 listopada", ANCHOR, ANCHOR, "day"),
    (
        "Umowę podpisano 14 listopada 2024 r. w Moskwie.",
        "14 listopada 2024 r.",
        D(2024, 11, 14),
        D(2024, 11, 14),
        "day",
    ),
    ("Umowę podpisano 1 IX 2025 w Moskwie.", "1 IX 2025", D(2025, 9, 1), D(2025, 9, 1), "day"),
    ("Dokument z dnia 14.11.2025 opisuje to.", "14.11.2025", ANCHOR, ANCHOR, "day"),
    ("Dokument z dnia 2025-11-14 opisuje to.", "2025-11-14", ANCHOR, ANCHOR, "day"),
    ("W piątek 14 listopada rozpoczęto prace.", "W piątek 14 listopada", ANCHOR, ANCHOR, "day"),
    ("W dniach 14–16 listopada trwały ćwiczenia.", "W dniach 14–16 listopada", ANCHOR, D(2025, 11, 16), "range"),
    ("W nocy z 13 na 14 listopada Rosja zaatakowała.", "W nocy z 13 na 14 listopada", D(2025, 11, 13), ANCHOR, "range"),
    ("W 2024 roku Rosja otrzymała pociski.", "W 2024 roku", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W 2024 r. Rosja otrzymała pociski.", "W 2024 r.", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W roku 2024 Rosja otrzymała pociski.", "W roku 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W 2024 zginęło wielu żołnierzy.", "W 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W 2024 przybyli pierwsi żołnierze.", "W 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W 2024 Stany Zjednoczone nałożyły sankcje.", "W 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W latach 2023-2025 KRLD przekazała pociski.", "W latach 2023-2025", D(2023, 1, 1), D(2025, 12, 31), "range"),
    ("W ubiegłym roku Rosja otrzymała pociski.", "W ubiegłym roku", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W zeszłym roku Rosja otrzymała pociski.", "W zeszłym roku", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Rok temu Rosja otrzymała pociski.", "Rok temu", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Dwa lata temu Rosja otrzymała pociski.", "Dwa lata temu", D(2023, 1, 1), D(2023, 12, 31), "year"),
    # "przed" with the unit in the instrumental is "ago" too
    ("Przed dwoma tygodniami Rosja otrzymała pociski.", "Przed dwoma tygodniami", D(2025, 10, 31), D(2025, 10, 31),
     "day"),
    ("Jeszcze przed tygodniem Rosja otrzymała pociski.", "przed tygodniem", D(2025, 11, 7), D(2025, 11, 7), "day"),
    ("Przed trzema dniami Rosja otrzymała pociski.", "Przed trzema dniami", D(2025, 11, 11), D(2025, 11, 11), "day"),
    ("Przed miesiącem Rosja otrzymała pociski.", "Przed miesiącem", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("Przed rokiem Rosja otrzymała pociski.", "Przed rokiem", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("W tym roku Rosja otrzymała pociski.", "W tym roku", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("Wczoraj Rosja otrzymała pociski.", "Wczoraj", D(2025, 11, 13), D(2025, 11, 13), "day"),
    ("Dziś Rosja otrzymała pociski.", "Dziś", ANCHOR, ANCHOR, "day"),
    ("Dzisiaj Rosja otrzymała pociski.", "Dzisiaj", ANCHOR, ANCHOR, "day"),
    ("Przedwczoraj Rosja otrzymała pociski.", "Przedwczoraj", D(2025, 11, 12), D(2025, 11, 12), "day"),
    ("W poniedziałek Rosja otrzymała pociski.", "W poniedziałek", D(2025, 11, 10), D(2025, 11, 10), "day"),
    ("W piątek Rosja otrzymała pociski.", "W piątek", ANCHOR, ANCHOR, "day"),
    ("W sobotę Rosja otrzymała pociski.", "W sobotę", D(2025, 11, 8), D(2025, 11, 8), "day"),
    ("W ubiegły piątek Rosja otrzymała pociski.", "W ubiegły piątek", D(2025, 11, 7), D(2025, 11, 7), "day"),
    ("W ubiegłym tygodniu Rosja otrzymała pociski.", "W ubiegłym tygodniu", D(2025, 11, 3), D(2025, 11, 9), "range"),
    ("W zeszłym miesiącu Rosja otrzymała pociski.", "W zeszłym miesiącu", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("W ubiegłym miesiącu Rosja otrzymała pociski.", "W ubiegłym miesiącu", D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("W tym miesiącu Rosja otrzymała pociski.", "W tym miesiącu", D(2025, 11, 1), D(2025, 11, 30), "month"),
    (
        "W ciągu ostatnich trzech miesięcy przybyło ich wielu.",
        "W ciągu ostatnich trzech miesięcy",
        D(2025, 8, 14),
        ANCHOR,
        "range",
    ),
    # earlier than the day of writing: up to the day before the anchor
    ("Wcześniej w tym roku przybyło ich wielu.", "Wcześniej w tym roku", D(2025, 1, 1), D(2025, 11, 13), "range"),
    ("Wcześniej w tym miesiącu przybyło ich wielu.", "Wcześniej w tym miesiącu", D(2025, 11, 1), D(2025, 11, 13),
     "range"),
    # two periods sharing their noun: from the first to the second
    ("Chce ich sprowadzić w tym i przyszłym roku.", "w tym i przyszłym roku", D(2025, 1, 1), D(2026, 12, 31),
     "range"),
    # decades of the twentieth century by their tens
    ("W latach 60. i 70. akademie wykształciły oficerów.", "W latach 60. i 70.", D(1960, 1, 1), D(1979, 12, 31),
     "range"),
    ("Systemy z lat 90. wciąż działają.", "z lat 90.", D(1990, 1, 1), D(1999, 12, 31), "range"),
    # the opening months of a year, of the anchor's year or a year named
    ("W pierwszych pięciu miesiącach roku obroty wzrosły.", "W pierwszych pięciu miesiącach roku", D(2025, 1, 1),
     D(2025, 5, 31), "range"),
    ("W pierwszych 8 miesiącach 2024 r. obroty wzrosły.", "W pierwszych 8 miesiącach 2024 r.", D(2024, 1, 1),
     D(2024, 8, 31), "range"),
    ("W pierwszych czterech miesiącach tego roku było to 165 mln.", "W pierwszych czterech miesiącach tego roku",
     D(2025, 1, 1), D(2025, 4, 30), "range"),
    # "ok." after a year is "około", not a noun the number counts
    ("Budżet przeznaczył w latach 2025–2027 ok. 150 mld rubli.", "w latach 2025–2027", D(2025, 1, 1),
     D(2027, 12, 31), "range"),
    ("W 2023 ok. 500 osób wyjechało.", "W 2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), DAYS_AND_YEARS)
def test_days_years_and_relative_periods(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision)


SEASONS_AND_QUARTERS = [
    # a season, a quarter and a half are stretches of months: "range", as the analysts annotate them
    ("Latem 2024 przybyli pierwsi żołnierze.", "Latem 2024", D(2024, 6, 1), D(2024, 8, 31), "range"),
    ("Zeszłego lata przybyli pierwsi żołnierze.", "Zeszłego lata", D(2025, 6, 1), D(2025, 8, 31), "range"),
    ("Jesienią przybyli pierwsi żołnierze.", "Jesienią", D(2025, 9, 1), D(2025, 11, 30), "range"),
    ("Zimą przybyli pierwsi żołnierze.", "Zimą", D(2024, 12, 1), D(2025, 2, 28), "range"),
    ("Tej zimy przybędą kolejni żołnierze.", "Tej zimy", D(2025, 12, 1), D(2026, 2, 28), "range"),
    ("Wiosną ubiegłego roku przybyli żołnierze.", "Wiosną ubiegłego roku", D(2024, 3, 1), D(2024, 5, 31), "range"),
    ("Zimą 2023/2024 przybyli żołnierze.", "Zimą 2023/2024", D(2023, 12, 1), D(2024, 2, 29), "range"),
    # a season in the genitive with its year, no preposition ("sięgają jesieni 2022 r."); "lata" with years is years
    ("Początki sięgają jesieni 2022 r., kiedy Iran przekazał drony.", "jesieni 2022 r.", D(2022, 9, 1),
     D(2022, 11, 30), "range"),
    ("Przez lata 2014–2022 Rosja zbroiła się.", "lata 2014–2022", D(2014, 1, 1), D(2022, 12, 31), "range"),
    (
        "W pierwszym kwartale 2025 dostarczono pociski.",
        "W pierwszym kwartale 2025",
        D(2025, 1, 1),
        D(2025, 3, 31),
        "range",
    ),
    ("W I kwartale br. dostarczono pociski.", "W I kwartale br.", D(2025, 1, 1), D(2025, 3, 31), "range"),
    ("W czwartym kwartale dostarczono pociski.", "W czwartym kwartale", D(2025, 10, 1), D(2025, 12, 31), "range"),
    ("W drugim kwartale dostarczono pociski.", "W drugim kwartale", D(2025, 4, 1), D(2025, 6, 30), "range"),
    ("W ubiegłym kwartale dostarczono pociski.", "W ubiegłym kwartale", D(2025, 7, 1), D(2025, 9, 30), "range"),
    (
        "W drugim półroczu 2024 r. dostarczono pociski.",
        "W drugim półroczu 2024 r.",
        D(2024, 7, 1),
        D(2024, 12, 31),
        "range",
    ),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), SEASONS_AND_QUARTERS)
def test_seasons_and_quarters(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision)


@pytest.mark.parametrize(
    ("loc", "gen", "month"),
    [
        ("styczniu", "stycznia", 1),
        ("lutym", "lutego", 2),
        ("marcu", "marca", 3),
        ("kwietniu", "kwietnia", 4),
        ("maju", "maja", 5),
        ("czerwcu", "czerwca", 6),
        ("lipcu", "lipca", 7),
        ("sierpniu", "sierpnia", 8),
        ("wrześniu", "września", 9),
        ("październiku", "października", 10),
        ("listopadzie", "listopada", 11),
        ("grudniu", "grudnia", 12),
    ],
)
def test_every_month_in_locative_and_genitive(loc: str, gen: str, month: int) -> None:
    year = 2025 if month <= 11 else 2024
    assert only(f"W {loc} 2023 r. doszło do ataku.").date_from == D(2023, month, 1)
    assert only(f"Coś zdarzyło się w {loc}.").date_from == D(year, month, 1)
    assert only(f"Atak nastąpił 3 {gen}.").date_from == D(year, month, 3)
    assert only(f"Trwa to od {gen}.").precision == "since"


NOT_DATES = [
    "Rosja planuje zatrudnić 12 tys. północnokoreańskich pracowników.",
    "Pracowało tam 20 000 Koreańczyków z Północy.",
    "Amunicja kalibru 122 mm i 152 mm jest produkowana w kraju.",
    "Korea dostarczyła transportery opancerzone BTR-80.",
    "Korea dostarczyła czołgi M2010 (Cheonma-D).",
    "Drony Shahed-136 atakują infrastrukturę.",
    "Rosjanie oferują wynagrodzenie w wysokości około 2,5 dolara za godzinę.",
    "Do 2024 żołnierzy dołączyło kolejnych 500.",
    "Wysłano 2024 żołnierzy i 2025 osób.",
    "Spotkanie zaczęło się o 14:30 w Moskwie.",
    "Spotkanie zaczęło się o godz. 14.30 w Moskwie.",
    "Maja Nowak powiedziała, że dostawy trwają.",
    "Piątek strzelił gola, a Kwiecień obronił.",
    "Zmiana ma trwać co najmniej 12 godzin przez całą dobę.",
    "Od lat Rosja zabiega o amunicję, od roku dostaje ją regularnie.",
    "Przez ostatnie lata sytuacja się zmieniła w ostatnich dniach.",
    "Tego dnia w tym samym roku nic się nie stało.",
    "Lata mijają, a wojna trwa.",
    "Napięcie 12 V i 230 V.",
    "List od Marca Kowalskiego dotarł do Maja Nowaka.",
    "Do 2024 Koreańczyków dołączyło kolejnych 500.",
    "Liczba wzrosła do 2024 żołnierzy.",
    "Korea Północna dostarczyła od 50 do 100 sztuk sprzętu.",
    "Przed dniem wyborów Rosja otrzymała pociski.",  # the day before something, not a day ago
    "Przed laty Rosja otrzymała pociski.",  # years ago, no number
    "Na front trafiło od 2000 do 3000 żołnierzy.",  # a range of counts, not "since 2000"
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, ANCHOR) == []


def test_impossible_calendar_dates_give_nothing() -> None:
    for text in ("Było to 31 czerwca.", "Było to 29 lutego 2025 r.", "Dokument z 29.02.2023.", "Data 2025-13-45."):
        assert find_dates(text, ANCHOR) == [], text


# --------------------------------------------------------------------------- leap years


@pytest.mark.parametrize(
    ("text", "date_from", "date_to"),
    [
        ("Było to 29 lutego 2024 r.", D(2024, 2, 29), D(2024, 2, 29)),
        ("Dokument z 29.02.2024.", D(2024, 2, 29), D(2024, 2, 29)),
        ("Pod koniec lutego 2024 r. przybyli.", D(2024, 2, 21), D(2024, 2, 29)),
        ("Pod koniec lutego 2023 r. przybyli.", D(2023, 2, 21), D(2023, 2, 28)),
        ("W lutym 2000 r. przybyli.", D(2000, 2, 1), D(2000, 2, 29)),
        ("W lutym 1900 r. przybyli.", D(1900, 2, 1), D(1900, 2, 28)),
    ],
)
def test_leap_years(text: str, date_from, date_to) -> None:
    found = only(text)
    assert (found.date_from, found.date_to) == (date_from, date_to)


def test_relative_day_across_a_leap_day() -> None:
    assert only("Wczoraj przybyli.", anchor=D(2024, 3, 1)).date_from == D(2024, 2, 29)
    assert only("Wczoraj przybyli.", anchor=D(2023, 3, 1)).date_from == D(2023, 2, 28)


# --------------------------------------------------------------------------- spans, offsets, anchors


def test_spans_point_into_the_document_with_offset() -> None:
    body = "Nagłówek.\n\nPod koniec października w Moskwie, a od września do listopada 2024 r. też."
    offset = body.index("Pod")
    sentence = body[offset:]
    found = find_dates(sentence, ANCHOR, offset=offset)
    assert [d.text for d in found] == ["Pod koniec października", "od września do listopada 2024 r."]
    for d in found:
        assert body[d.start : d.end] == d.text
    assert found[0].start == offset


def test_several_expressions_in_one_sentence_keep_order() -> None:
    found = find_dates("Wczoraj, w czwartek 13 listopada 2025 r., a także dziś i w 2024 roku.", ANCHOR)
    assert [(d.text, d.date_from) for d in found] == [
        ("Wczoraj", D(2025, 11, 13)),
        ("w czwartek 13 listopada 2025 r.", D(2025, 11, 13)),
        ("dziś", ANCHOR),
        ("w 2024 roku", D(2024, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "date_from", "date_to", "precision"),
    [
        ("W czerwcu 2024 r. przybyli.", D(2024, 6, 1), D(2024, 6, 30), "month"),
        ("Umowę podpisano 14 listopada 2024 r.", D(2024, 11, 14), D(2024, 11, 14), "day"),
        ("W 2024 roku przybyli.", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("Od 2022 r. trwa wojna.", D(2022, 1, 1), None, "since"),
        ("Od września do listopada 2024 r. trwały walki.", D(2024, 9, 1), D(2024, 11, 30), "range"),
        ("W czerwcu przybyli.", None, None, "unknown"),
        ("14 listopada przybyli.", None, None, "unknown"),
        ("W ubiegłym roku przybyli.", None, None, "unknown"),
        ("Wczoraj przybyli.", None, None, "unknown"),
        ("Od września trwa rekrutacja.", None, None, "unknown"),
        ("Latem przybyli.", None, None, "unknown"),
    ],
)
def test_without_anchor_only_absolute_expressions_resolve(text: str, date_from, date_to, precision: str) -> None:
    found = only(text, anchor=None)
    assert (found.date_from, found.date_to, found.precision) == (date_from, date_to, precision)


def test_anchor_decides_the_year_of_a_bare_month() -> None:
    assert only("W grudniu przybyli.", anchor=D(2025, 12, 1)).date_from == D(2025, 12, 1)
    assert only("W grudniu przybyli.", anchor=D(2025, 11, 30)).date_from == D(2024, 12, 1)
    assert only("W styczniu przybyli.", anchor=D(2026, 1, 2)).date_from == D(2026, 1, 1)


def test_weekday_on_the_anchor_is_the_anchor() -> None:
    assert only("W poniedziałek przybyli.", anchor=D(2025, 11, 10)).date_from == D(2025, 11, 10)
    assert only("We wtorek przybyli.", anchor=D(2025, 11, 10)).date_from == D(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        # the adjective of a weekday before a noun is that day, the latest on or before the anchor (a Friday)
        ("Papież podczas środowej audiencji modlił się za ofiary.", "środowej", D(2025, 11, 12)),
        ("W czwartkowym ataku zginęło pięć osób.", "czwartkowym", D(2025, 11, 13)),
        ("Piątkowe spotkanie przełożono.", "Piątkowe", D(2025, 11, 14)),
        ("W niedzielnym ostrzale zginęło dwóch cywilów.", "niedzielnym", D(2025, 11, 9)),
    ],
)
def test_the_adjective_of_a_weekday(text: str, expr: str, day: dt.date) -> None:
    found = only(text)
    assert (found.text, found.date_from, found.date_to, found.precision) == (expr, day, day, "day")


def test_a_weekday_adjective_alone_is_no_date() -> None:
    assert find_dates("Zakupy były środowe.", ANCHOR) == []


def test_seed_article() -> None:
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    from eventdb.extract.text import split_sentences

    found = [d for s in split_sentences(body) for d in find_dates(s.text, ANCHOR, offset=s.start)]
    for d in found:
        assert body[d.start : d.end] == d.text
    assert [(d.text, d.date_from, d.date_to, d.precision) for d in found] == [
        ("W czerwcu", D(2025, 6, 1), D(2025, 6, 30), "month"),
        ("Pod koniec października", D(2025, 10, 21), D(2025, 10, 31), "late_month"),
        ("na początku października", D(2025, 10, 1), D(2025, 10, 10), "early_month"),
        ("pod koniec czerwca", D(2025, 6, 21), D(2025, 6, 30), "late_month"),
        ("We wrześniu", D(2025, 9, 1), D(2025, 9, 30), "month"),
        ("w czerwcu ubiegłego roku", D(2024, 6, 1), D(2024, 6, 30), "month"),
        ("14 listopada", ANCHOR, ANCHOR, "day"),
        ("W czerwcu", D(2025, 6, 1), D(2025, 6, 30), "month"),
        ("od września", D(2025, 9, 1), ANCHOR, "since"),
    ]


# --------------------------------------------------------------------------- English


ENGLISH = [
    ("In June, Russia said so.", "In June", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("The ministry said earlier this month.", "earlier this month", D(2025, 11, 1), D(2025, 11, 13), "range"),
    ("Workers will come this and next year.", "this and next year", D(2025, 1, 1), D(2026, 12, 31), "range"),
    ("Russia armed it in the 1960s and 1970s.", "in the 1960s and 1970s", D(1960, 1, 1), D(1979, 12, 31), "range"),
    ("Drones struck Kyiv last weekend.", "last weekend", D(2025, 11, 8), D(2025, 11, 9), "range"),
    ("In December they met.", "In December", D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("In late October officials met.", "In late October", D(2025, 10, 21), D(2025, 10, 31), "late_month"),
    ("Officials met early October.", "early October", D(2025, 10, 1), D(2025, 10, 10), "early_month"),
    ("Troops arrived in mid-October.", "in mid-October", D(2025, 10, 11), D(2025, 10, 20), "mid_month"),
    ("On 14 November the paper wrote.", "On 14 November", ANCHOR, ANCHOR, "day"),
    ("It was signed on November 14, 2025 in Moscow.", "on November 14, 2025", ANCHOR, ANCHOR, "day"),
    ("Last year Russia received shells.", "Last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Since September troops arrived.", "Since September", D(2025, 9, 1), ANCHOR, "since"),
    ("In 2024 Russia received shells.", "In 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("The plant will run by the end of the year.", "by the end of the year", None, D(2025, 12, 31), "until"),
    ("It happened in late 2024.", "in late 2024", D(2024, 10, 1), D(2024, 12, 31), "range"),
    ("Troops came from June to August.", "from June to August", D(2025, 6, 1), D(2025, 8, 31), "range"),
    ("Shells came between 2023 and 2024.", "between 2023 and 2024", D(2023, 1, 1), D(2024, 12, 31), "range"),
    ("Troops came last summer.", "last summer", D(2025, 6, 1), D(2025, 8, 31), "range"),
    (
        "Troops came in the first quarter of 2025.",
        "in the first quarter of 2025",
        D(2025, 1, 1),
        D(2025, 3, 31),
        "range",
    ),
    ("Troops came yesterday.", "yesterday", D(2025, 11, 13), D(2025, 11, 13), "day"),
    ("Troops came on Monday.", "on Monday", D(2025, 11, 10), D(2025, 11, 10), "day"),
    ("Troops came last week.", "last week", D(2025, 11, 3), D(2025, 11, 9), "range"),
    ("Troops came two years ago.", "two years ago", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Troops came in June last year.", "in June last year", D(2024, 6, 1), D(2024, 6, 30), "month"),
    # the opening stretch of a year, as "w pierwszych 11 miesiącach 2025 r."
    ("Trade rose 64% in the first 11 months of 2025.", "in the first 11 months of 2025", D(2025, 1, 1),
     D(2025, 11, 30), "range"),
    ("Trade rose in the first two quarters of last year.", "in the first two quarters of last year", D(2024, 1, 1),
     D(2024, 6, 30), "range"),
]


@pytest.mark.parametrize(("text", "expr", "date_from", "date_to", "precision"), ENGLISH)
def test_english(text: str, expr: str, date_from, date_to, precision: str) -> None:
    check(text, expr, date_from, date_to, precision, language="en")


@pytest.mark.parametrize(
    "text",
    [
        "He may go there. It may happen in time.",
        "Up to 2024 troops were sent.",
        "In 2024 troops were sent by sea.",
        "It cost 2.5 dollars, 12,000 troops, 152 mm shells, BTR-80 and M2010 tanks.",
        "The meeting began at 14:30.",
        "They died in the fall of Bakhmut.",
        "The first 11 months of the war were the hardest.",  # no year after it
    ],
)
def test_english_not_dates(text: str) -> None:
    assert find_dates(text, ANCHOR, language="en") == []


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="no date lexicon"):
        find_dates("W czerwcu", ANCHOR, language="xx")


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-14", (ANCHOR, ANCHOR, "day")),
        ("2024-07", (D(2024, 7, 1), D(2024, 7, 31), "month")),
        ("2024", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("2024-02-29", (D(2024, 2, 29), D(2024, 2, 29), "day")),
        (" 2024-02 ", (D(2024, 2, 1), D(2024, 2, 29), "month")),
    ],
)
def test_parse_iso_date(value: str, expected) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-13-45", "month 13 is not in 1..12"),
        ("2025-11-31", "day 31 is not in 1..30"),
        ("2023-02-29", "day 29 is not in 1..28"),
        ("0000-01-01", "year 0"),
        ("14.11.2025", "not an ISO date"),
        ("", "not an ISO date"),
    ],
)
def test_parse_iso_date_rejects(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_iso_date(value)


def test_resolve_month_and_season_range() -> None:
    assert resolve_month(6, ANCHOR) == 2025
    assert resolve_month(12, ANCHOR) == 2024
    assert resolve_month(11, ANCHOR) == 2025
    assert resolve_month(6, ANCHOR, -1) == 2024
    assert resolve_month(6, ANCHOR, 1) == 2026
    assert season_range("winter", 2024) == (D(2023, 12, 1), D(2024, 2, 29))
    assert season_range("autumn", 2025) == (D(2025, 9, 1), D(2025, 11, 30))


@pytest.mark.parametrize(
    ("text", "sequel", "day"),
    [
        ("W poniedziałek USA nałożyły sankcje. Tego samego dnia Rada UE rozszerzyła listę.", "Tego samego dnia",
         dt.date(2026, 9, 14)),
        ("14 września Rosja wysłała żołnierzy. Dzień później dotarli do Kurska.", "Dzień później", dt.date(2026, 9, 15)),
        ("14 września Rosja wysłała żołnierzy. Następnego dnia dotarli do Kurska.", "Następnego dnia",
         dt.date(2026, 9, 15)),
        ("14 września zawarto umowę. Tydzień wcześniej odbyły się rozmowy.", "Tydzień wcześniej", dt.date(2026, 9, 7)),
        # ... in an earlier paragraph, past a period named since
        ("Departament Skarbu wpisał we wtorek 14 firm.\n\nW pierwszym półroczu 2026 r. statki przewiozły ropę.\n\n"
         "Tego samego dnia Rada UE rozszerzyła listę.", "Tego samego dnia", dt.date(2026, 9, 15)),
        ("Ławrow przyjechał w środę, po raz trzeci od lipca 2024 r. Dzień później spotkał się z Kimem.",
         "Dzień później", dt.date(2026, 9, 17)),
        # ... in its own sentence too
        ("Rada zatwierdziła go 6 września, a trzy dni później ustawę podpisał Putin.", "trzy dni później",
         dt.date(2026, 9, 9)),
    ],
)
def test_a_day_told_from_the_day_named_before(text: str, sequel: str, day: dt.date) -> None:
    from eventdb.extract import extract

    found = [d for d in extract(text, language="pl", published_on=dt.date(2026, 9, 17)).dates if d.text == sequel]
    assert [(d.date_from, d.date_to, d.precision) for d in found] == [(day, day, "day")]


@pytest.mark.parametrize(
    ("text", "language", "sequel", "day"),
    [
        ("Zatwierdziła go 6 listopada, a trzy dni później podpisał go Putin.", "pl", "trzy dni później", D(2025, 11, 9)),
        ("Kim arrived on Sunday and met Putin the following day.", "en", "the following day", D(2025, 11, 10)),
    ],
)
def test_a_day_told_from_a_day_of_the_same_sentence(text: str, language: str, sequel: str, day: dt.date) -> None:
    found = [d for d in find_dates(text, ANCHOR, language=language) if d.text == sequel]
    assert [(d.date_from, d.date_to, d.precision) for d in found] == [(day, day, "day")]


def test_no_day_is_told_from_a_year_of_the_same_sentence() -> None:
    assert [d.text for d in find_dates("W 2025 r. wysłali żołnierzy, a dzień później dotarli.", ANCHOR)] == ["W 2025 r."]


@pytest.mark.parametrize(
    "text",
    [
        "W 2025 r. Rosja wysłała żołnierzy. Dzień później dotarli do Kurska.",  # a year names no day
        "Dzień później dotarli do Kurska.",  # nothing named before
    ],
)
def test_no_day_is_told_from_no_day(text: str) -> None:
    from eventdb.extract import extract

    found = extract(text, language="pl", published_on=dt.date(2026, 9, 17)).dates
    assert [d for d in found if d.text == "Dzień później"] == []


@pytest.mark.parametrize(
    ("text", "anaphor", "expected"),
    [
        ("W sierpniu Rosja ostrzelała Kijów. W samym Kijowie zginęło wtedy 12 osób.", "wtedy",
         (dt.date(2026, 8, 1), dt.date(2026, 8, 31), "month")),
        ("Od stycznia do lipca Rosja otrzymała pociski. W tym samym czasie do Rosji trafiły drony.",
         "W tym samym czasie", (dt.date(2026, 1, 1), dt.date(2026, 7, 31), "range")),
        ("14 września zawarto umowę. Wówczas Rosja obiecała pomoc.", "Wówczas",
         (dt.date(2026, 9, 14), dt.date(2026, 9, 14), "day")),
    ],
)
def test_then_points_back_to_the_time_named_before(
        text: str, anaphor: str, expected: tuple[dt.date, dt.date, str]) -> None:
    from eventdb.extract import extract

    found = [d for d in extract(text, language="pl", published_on=dt.date(2026, 9, 17)).dates if d.text == anaphor]
    assert [(d.date_from, d.date_to, d.precision) for d in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Wtedy Rosja obiecała pomoc.",  # nothing named before
        "W sierpniu Rosja ostrzelała Kijów.\n\nZginęło wtedy 12 osób.",  # a new paragraph
        "14 września zawarto umowę.\r\n \r\nZginęło wtedy 12 osób.",  # a blank line with a space
        "W 2025 r. zawarto umowę.\n\nDzień później dotarli do Kurska.",  # a day from no day named, in any paragraph
    ],
)
def test_nothing_is_told_from_no_time_or_across_a_paragraph(text: str) -> None:
    from eventdb.extract import extract

    found = extract(text, language="pl", published_on=dt.date(2026, 9, 17)).dates
    assert [d.text for d in found if d.text in ("Wtedy", "wtedy", "Dzień później")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kapelan od pół roku odwiedza obóz.", (dt.date(2026, 3, 17), dt.date(2026, 9, 17), "since")),
        ("Od dwóch lat Rosja kupuje pociski.", (dt.date(2024, 9, 17), dt.date(2026, 9, 17), "since")),
        ("Od 3 dni trwa ostrzał.", (dt.date(2026, 9, 14), dt.date(2026, 9, 17), "since")),
        ("Od roku 2022 trwa wojna.", (dt.date(2022, 1, 1), dt.date(2026, 9, 17), "since")),  # a year, not a span
        ("W samym sierpniu wystrzelono 300 rakiet.", (dt.date(2026, 8, 1), dt.date(2026, 8, 31), "month")),
    ],
)
def test_a_span_up_to_now_and_a_month_alone(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    found = find_dates(text, dt.date(2026, 9, 17))
    assert [(d.date_from, d.date_to, d.precision) for d in found] == [expected]


@pytest.mark.parametrize("text", ["Od lat trwa budowa.", "Od tygodnia trwa ostrzał.",
                                  "Szkolenie trwa od dwóch do trzech tygodni."])
def test_no_span_without_a_number_or_in_a_range_of_durations(text: str) -> None:
    assert find_dates(text, dt.date(2026, 9, 17)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on 2025-11-14: a start still to come is the next such month or day
        ("Ministerstwo zapowiedziało, że od stycznia podniesie zapomogę.", (D(2026, 1, 1), D(2026, 1, 31), "month")),
        ("Od 1 grudnia linie uruchomią połączenie do Wonsanu.", (D(2025, 12, 1), D(2025, 12, 1), "day")),
        ("Od września między Władywostokiem a Pjongjangiem będą latać cztery rejsy.",
         (D(2026, 9, 1), D(2026, 9, 30), "month")),
        # a past verb, or no verb but a noun read as one ("u wybrzeży"), keeps the since
        ("Od stycznia Rosja przekazała 2 mln pocisków.", (D(2025, 1, 1), ANCHOR, "since")),
        ("Analitycy naliczyli od lipca 19 przeładunków u wybrzeży Rajinu.", (D(2025, 7, 1), ANCHOR, "since")),
        ("Od stycznia 2026 r. będą latać samoloty.", (D(2026, 1, 1), None, "since")),
        # a season without a year before a future verb is the next one not ended yet; a past verb, a year of its
        # own or "ubiegłej"/"tej" keep the season the anchor gives
        ("Wiosną Pjongjang przyśle kolejne dwa dywizjony.", (D(2026, 3, 1), D(2026, 5, 31), "range")),
        ("Zapowiedział, że latem Pjongjang odwiedzi premier.", (D(2026, 6, 1), D(2026, 8, 31), "range")),
        ("Jesienią przybędą kolejni żołnierze.", (D(2025, 9, 1), D(2025, 11, 30), "range")),
        ("Wiosną Pjongjang przysłał kolejne dwa dywizjony.", (D(2025, 3, 1), D(2025, 5, 31), "range")),
        ("Latem 2025 r. Pjongjang odwiedzi premier.", (D(2025, 6, 1), D(2025, 8, 31), "range")),
        ("Zeszłego lata Pjongjang odwiedzi premier.", (D(2025, 6, 1), D(2025, 8, 31), "range")),
        # so is a quarter or a half; and a verb that looks ahead before its infinitive is a future
        ("W pierwszym kwartale FESCO zwiększy częstotliwość rejsów.", (D(2026, 1, 1), D(2026, 3, 31), "range")),
        ("W pierwszym kwartale FESCO zwiększyło częstotliwość rejsów.", (D(2025, 1, 1), D(2025, 3, 31), "range")),
        ("Media spekulują, że wiosną Rosję może odwiedzić Kim.", (D(2026, 3, 1), D(2026, 5, 31), "range")),
        ("Od stycznia ma obowiązywać nowa umowa.", (D(2026, 1, 1), D(2026, 1, 31), "month")),
        ("Wiosną Kim mógł odwiedzić Rosję.", (D(2025, 3, 1), D(2025, 5, 31), "range")),
        ("Od stycznia Rosja ma w Korei 20 tys. robotników.", (D(2025, 1, 1), ANCHOR, "since")),  # no infinitive
        # the verb that looks ahead before the date, its infinitive after it
        ("Linie chcą od kwietnia latać z Mińska do Pjongjangu.", (D(2026, 4, 1), D(2026, 4, 30), "month")),
        ("Kim może wiosną odwiedzić Rosję.", (D(2026, 3, 1), D(2026, 5, 31), "range")),
        ("Linie zaczęły od kwietnia latać z Mińska do Pjongjangu.", (D(2025, 4, 1), ANCHOR, "since")),
    ],
)
def test_a_start_still_to_come(text: str, expected: tuple[dt.date, dt.date | None, str]) -> None:
    found = find_dates(text, ANCHOR)
    assert [(d.date_from, d.date_to, d.precision) for d in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Od początku pełnoskalowej wojny w ramach 71 wymian wróciło 5 tys. osób.", [(D(2022, 2, 24), ANCHOR, "since")]),
        ("Według niej od początku pełnoskalowej inwazji Białoruś przekazała 130 czołgów.",
         [(D(2022, 2, 24), ANCHOR, "since")]),
        ("W trzeciej rocznicy pełnoskalowej rosyjskiej inwazji przyjęto pakiet.", []),  # another day
    ],
)
def test_a_day_named_rather_than_dated(text: str, expected: list[tuple[dt.date, dt.date, str]]) -> None:
    assert [(d.date_from, d.date_to, d.precision) for d in find_dates(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on 2025-11-14: a month after "na" is still to come
        ("Kolejna wizyta zaplanowana jest na grudzień.", (D(2025, 12, 1), D(2025, 12, 31), "month")),
        ("Zespół zapowiada pierwszy raport na maj.", (D(2026, 5, 1), D(2026, 5, 31), "month")),
        ("Otwarcie zaplanowano na listopad.", (D(2025, 11, 1), D(2025, 11, 30), "month")),  # the month of the anchor
        ("Otwarcie zaplanowano na maj 2025 r.", (D(2025, 5, 1), D(2025, 5, 31), "month")),  # a year of its own
    ],
)
def test_a_month_after_na_is_still_to_come(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    assert [(d.date_from, d.date_to, d.precision) for d in find_dates(text, ANCHOR)] == [expected]
