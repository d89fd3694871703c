"""What a quantity counts or measures, named from its sentence: demonyms by the country the gazetteer links them to,
measures by the noun whose size they give, sums and shares by the subject of their verb past an aside, a share
"more than" the amount before it as that amount's change, and "one" thing a figure is given per left out.

These run the whole extractor (``extract``), because the names come from mentions and reference data together."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract
from eventdb.extract.model import Quantity


def found(text: str) -> list[Quantity]:
    out = extract(text, language="pl", published_on=dt.date(2026, 7, 9)).quantities
    for q in out:
        assert text[q.start : q.end] == q.text
    return out


def named(text: str, span: str) -> str | None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, f"{span!r} not in {[q.text for q in found(text)]}"
    return hits[0].counted


# ------------------------------------------------------------------------------------------- demonyms

@pytest.mark.parametrize(
    ("text", "span", "counted", "actor"),
    [
        ("Do Rosji przyjechało ok. 1,5 tys. Koreańczyków z Północy.", "ok. 1,5 tys. Koreańczyków z Północy",
         "North Korean", "North Korea"),
        ("Granicę przekroczyło 13 221 Północnokoreańczyków.", "13 221 Północnokoreańczyków", "North Korean",
         "North Korea"),
        ("W obozie pod Tiumeniem przebywa kilkuset Chińczyków.", "kilkuset Chińczyków", "Chinese", "China"),
        ("Służby zatrzymały trzech Rosjan.", "trzech Rosjan", "Russian", "Russia"),
        # a demonym that morfeusz also reads as a place ("Polaki") is still counted; with no English demonym in
        # the gazetteer, the English adjective names the people
        ("Do związku zgłosiło się kilkunastu Polaków.", "kilkunastu Polaków", "Polish", "Poland"),
        ("Do Seulu uciekło 40 Białorusinów.", "40 Białorusinów", "Belarusian", "Belarus"),
        # the clause gives a role: the role wins over the nationality
        ("Na budowach w Moskwie pracuje 2 tys. Koreańczyków z Północy.", "2 tys. Koreańczyków z Północy", "worker",
         "North Korea"),
        ("Pod Kurskiem walczy co najmniej 300 Koreańczyków z Północy.", "co najmniej 300 Koreańczyków z Północy",
         "soldier", "North Korea"),
    ],
)
def test_a_demonym_with_no_role_is_named_by_its_country(text: str, span: str, counted: str, actor: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    assert hits[0].counted == counted
    assert hits[0].actor is not None and hits[0].actor.name == actor


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Na granicy zatrzymano 200 osób.", "200 osób", "person"),  # not a demonym
        ("Do Wonsanu przyleciało 50 turystów.", "50 turystów", "tourist"),
        ("Ewakuowano 30 cywilów z Rosji.", "30 cywilów z Rosji", "civilian"),  # the country owns, it does not name
    ],
)
def test_other_persons_keep_their_own_name(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


# ------------------------------------------------------------------------------------ named measures

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Przeprawa ma 1 km długości.", "1 km długości", "length"),
        ("Rów ma 3 m szerokości.", "3 m szerokości", "width"),
        ("Satelita krąży na wysokości ok. 500 km.", "ok. 500 km", "altitude"),
        ("Sieć kontrolowała statki o łącznej nośności przeszło 180 000 ton.", "przeszło 180 000 ton", "deadweight"),
        ("Pocisk przenosi głowicę o masie ok. 500 kg.", "ok. 500 kg", "warhead"),  # the thing weighed names it
        # a spacecraft's weight is its mass, however told; one shell's weight stays a weight
        ("Rakieta wyniosła satelitę rozpoznawczego Malligyong-2 o masie ok. 320 kg.", "ok. 320 kg", "satellite mass"),
        ("Masa satelity to według szacunków ok. 300 kg.", "ok. 300 kg", "satellite mass"),
        ("Satelita waży ok. 300 kg.", "ok. 300 kg", "satellite mass"),
        ("Jeden pocisk waży ok. 90 kg.", "ok. 90 kg", "weight"),
        ("Ładunek ma masę ok. 500 kg.", "ok. 500 kg", "weight"),
        ("Pociągi jadą przez liczący ok. 600 metrów most.", "ok. 600 metrów", "length"),
        ("Odchylenie od celu sięgało 3 km.", "3 km", "miss distance"),
        ("Średni wiek trawlera przekracza 30 lat.", "przekracza 30 lat", "age"),
        ("To pocisk o zasięgu do 120 km.", "do 120 km", "range"),
        # past a participle of change before "do" or "o"
        ("Dron ma wersję z zasięgiem zmniejszonym do ok. 1,2 tys. km.", "ok. 1,2 tys. km", "range"),
        ("Wieża ma zasięg zwiększony o 20 km.", "20 km", "range"),
        # a thing analysts name by what it weighs, right before the weight
        ("Dron ma wersję z głowicą 90 kg.", "90 kg", "warhead"),
        ("Rozładowano dwa statki, każdy z ładunkiem ok. 5,5 tys. ton.", "ok. 5,5 tys. ton", "cargo"),
        # the goods a weight measures are cargo; counted one by one, shipments
        ("Port przeładował 1,2 mln ton ładunków.", "1,2 mln ton ładunków", "cargo"),
        ("Celnicy zatrzymali 14 ładunków z elektroniką.", "14 ładunków", "shipment"),
        ("Deficyt żywności wynosi 1 mln ton.", "1 mln ton", "deficit"),
        # a measure noun after the unit names it, not a thing counted
        ("Tankowiec ma ok. 7,5 tys. ton nośności.", "ok. 7,5 tys. ton nośności", "deadweight"),
        ("Okręt ma 12 tys. ton wyporności.", "12 tys. ton wyporności", "displacement"),
        # a thing's size in metres after "o" is its height; at a height flown or in kilometres, an altitude
        ("Widać nową wieżę startową o wysokości ok. 70 m.", "ok. 70 m", "height"),
        ("Dron leciał na wysokości 300 m.", "300 m", "altitude"),
        ("Satelita krąży na orbicie o wysokości ok. 500 km.", "ok. 500 km", "altitude"),
        # a passive participle of raising or lengthening tells the kind; one of firing does not
        ("Zbudowano wieżę startową podwyższoną do ok. 90 m.", "ok. 90 m", "height"),
        ("Wieżę startową podwyższono o blisko 20 m.", "blisko 20 m", "height"),
        ("Odcinek wydłużony o 600 m otwarto w maju.", "600 m", "length"),
        ("Drony wystrzelone z Ukrainy pokonały 1,3 tys. km.", "1,3 tys. km", "distance"),
        # nothing measured by name: the unit's own label
        ("Kolumna przejechała 120 km.", "120 km", "distance"),
        ("Wieś leży 5 km od granicy.", "5 km", "distance"),
        ("Przywieziono 40 ton.", "40 ton", "weight"),
        ("Przywieziono 100 ton amunicji.", "100 ton amunicji", "ammunition"),  # the genitive counted comes first
        # a distance nothing names goes on measuring what the distance before it measured
        ("Linia ma 62 km długości, w tym 48 km po stronie rosyjskiej.", "48 km", "length"),
        ("Przeprawa ma 1 km długości, z czego 424 m przypada na nurt rzeki.", "424 m", "length"),
        ("Armaty strzelają na 60 km, a zwykłymi pociskami – na przeszło 40 km.", "przeszło 40 km", "range"),
        # not a distance from a place, nor after a plain distance
        ("Rakieta ma zasięg 300 km i spadła 20 km od granicy.", "20 km", "distance"),
        ("Rakieta ma zasięg 300 km i spadła 20 km od celu.", "20 km", "miss distance"),
        # the level before a change is measured as the level after it ("do" is no noun of a length)
        ("Zasięg wzrósł z 100 km do 150 km.", "100 km", "range"),
        ("Droga ma 20 km, a most 2 km.", "2 km", "length"),  # what a thing has: its length
    ],
)
def test_measures_named_by_the_noun_whose_size_they_give(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a weight with no noun of its own weighs the goods its clause names
        ("Mąki wysłano ok. 45 tys. ton.", "ok. 45 tys. ton", "flour"),
        ("Wysłano 120 tys. ton pszenicy, a cukru blisko 15 tys. ton.", "blisko 15 tys. ton", "sugar"),
        ("Eksport pszenicy wyniósł w tym roku 200 tys. ton.", "200 tys. ton", "wheat"),
        ("FAO ocenia tegoroczne zbiory zbóż na ok. 4,8 mln ton.", "ok. 4,8 mln ton", "grain"),
        ("Kolej dostarczyła ropę naftową w ilości 30 tys. ton.", "30 tys. ton", "oil"),
        # ... or the clause it restates, or the clause after that says what it is
        ("Do KRLD wysłano 300 wagonów z węglem, czyli blisko 75 tys. ton.", "blisko 75 tys. ton", "coal"),
        ("Najwięcej, ok. 120 tys. ton, to pszenica.", "ok. 120 tys. ton", "wheat"),
        # not goods of another clause, nor things that are not goods
        ("Wysłano też pszenicę, a w porcie przeładowano 3 tys. ton.", "3 tys. ton", "cargo"),
        ("Z magazynu zniknęła amunicja. Przywieziono 40 ton.", "40 ton", "weight"),
        ("Do portu wpłynęło 12 statków, łącznie 50 tys. ton.", "łącznie 50 tys. ton", "weight"),
        ("Roczne przewozy mają sięgnąć 1,2 mln ton.", "1,2 mln ton", "cargo"),
        # tonnes of nothing named in a sentence of moving goods are cargo; not what a thing weighs
        ("W porcie przeładowano ok. 410 tys. ton.", "ok. 410 tys. ton", "cargo"),
        ("Czołg ważący 46 ton przewieziono koleją.", "46 ton", "weight"),
    ],
)
def test_weights_named_by_the_goods_of_their_clause(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


# ------------------------------------------------------------------ sums and shares by their subject

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Obroty handlowe Rosji z KRLD wyniosły w ubiegłym roku – według danych urzędu celnego – 34,4 mln dolarów.",
         "34,4 mln dolarów", "trade turnover"),
        ("Straty spółki, której nazwy nie ujawniono, sięgnęły 1,8 mln zł w 2025 r.", "1,8 mln zł", "loss"),
        # a verb whose clause goes on with the subject before (after a colon, ", a"); not past a subject of its own
        ("Obroty Rosji z KRLD są skromne: według urzędu celnego w 2025 r. wyniosły ok. 68 mln dolarów.",
         "ok. 68 mln dolarów", "trade turnover"),
        ("Handel ma wzrosnąć „co najmniej dwukrotnie”, a do 2030 r. osiągnąć 1 mld dolarów rocznie.",
         "1 mld dolarów rocznie", "trade turnover"),
        ("Budżet jest skromny, a w 2025 r. wyniósł 5 mln dolarów.", "5 mln dolarów", "budget"),
        ("Eksport wzrósł, a koszty wyniosły 5 mln dolarów.", "5 mln dolarów", "cost"),
        ("Rząd jest zadowolony: w 2025 r. wyniosły 5 mln dolarów.", "5 mln dolarów", "value"),
        ("Przychody sieci Departament Skarbu ocenia na 45 mln USD rocznie.", "45 mln USD rocznie", "revenue"),
        ("Budowa trwała 14 miesięcy i kosztowała – jak podało ministerstwo – ok. 9 mld rubli.", "ok. 9 mld rubli",
         "cost"),
        ("Szkolenie jednego operatora kosztuje 12 tys. dolarów.", "12 tys. dolarów", "cost"),
        ("Dron kosztuje 20 tys. dolarów.", "20 tys. dolarów", "price"),  # goods have a price
        # the participle of the verb says it as the verb does
        ("Obrona musi stawiać na tanie drony, kosztujące od 2 do 5 tys. dolarów.", "od 2 do 5 tys. dolarów", "price"),
        ("Most, kosztujący 9 mld rubli, otwarto w maju.", "9 mld rubli", "cost"),
        ("Bilet kosztuje 560 dolarów.", "560 dolarów", "ticket price"),
        ("Siedmiodniowy pakiet z przelotem kosztuje od 1 150 do 1 400 dolarów.", "od 1 150 do 1 400 dolarów", "price"),
        # a facility built costs; a package of visits to one has a price
        ("Sam terminal ma kosztować ok. 2,3 mld rubli.", "ok. 2,3 mld rubli", "cost"),
        ("Most kosztował 9 mld rubli.", "9 mld rubli", "cost"),
        ("Pakiet z noclegami w hotelu, zwiedzaniem fabryki i wizytą w szkole kosztuje od 690 do 950 dolarów.",
         "od 690 do 950 dolarów", "price"),
        # an undertaking done for a sum, or paid for, costs it
        ("Rosja sfinansuje budowę szpitala w Pjongjangu za ok. 4,5 mld rubli.", "ok. 4,5 mld rubli", "cost"),
        ("Za leczenie jednego żołnierza resort płaci ok. 3,5 tys. dolarów.", "ok. 3,5 tys. dolarów", "cost"),
        ("Za jeden dron resort płaci ok. 3,5 tys. dolarów.", "ok. 3,5 tys. dolarów", "price"),
        ("To dron kontra pocisk do Patriota za ok. 4 mln dolarów.", "ok. 4 mln dolarów", "price"),  # past its system
        # a relative clause right after the sum that pays for something
        ("Rosja wydała blisko 50 tys. dolarów, jakie Moskwa płaciła Iranowi za pierwsze egzemplarze.",
         "blisko 50 tys. dolarów", "price"),
        ("Firma przekazała 5 mln dolarów, które trafiły za granicę.", "5 mln dolarów", "value"),
        # "wart": what the subject is worth
        ("Kontrakt jest wart 2 mld dolarów.", "2 mld dolarów", "value"),
        # "kwota" is a value head like "wartość", naming nothing alone
        ("Łączna kwota nałożonych grzywien przekroczyła 410 mln rubli.", "przekroczyła 410 mln rubli", "fine"),
        ("Kwota pomocy wyniosła 2 mld dolarów.", "2 mld dolarów", "aid"),
        # so is "mediana"
        ("Mediana zarobków informatyków w Moskwie przekracza 250 tys. rubli.", "przekracza 250 tys. rubli", "wage"),
        ("Mediana wynosi 250 tys. rubli.", "250 tys. rubli", "value"),
        ("Do końca marca wypłacono z tej kwoty ok. 1,6 mld zł.", "ok. 1,6 mld zł", "payment"),
        ("Jeden kontener pocisków kalibru 122 mm jest wart na rynku ok. 1,5 mln dolarów.", "ok. 1,5 mln dolarów",
         "value"),
        # a plain clause boundary is not an aside: nothing names the sum
        ("Obroty spadły, a Rosja przekazała 5 mln dolarów.", "5 mln dolarów", "value"),
        # a verb of change before "do" gives the level its subject reaches
        ("Obroty handlowe mają do 2030 r. wzrosnąć do 1 mld dolarów.", "1 mld dolarów", "trade turnover"),
        ("Koszty budowy mogą spaść do 2 mln dolarów.", "2 mln dolarów", "cost"),
        # a measuring verb with no subject of its own goes on with the sum the sentence before named
        ("Obroty handlowe są dziś niemal zerowe. Według urzędu w ubiegłym roku nie przekroczyły 1 mln dolarów.",
         "nie przekroczyły 1 mln dolarów", "trade turnover"),
        ("Obroty handlowe Chin i Rosji wyniosły 136,7 mld dolarów. W 2023 r. sięgnęły rekordowych 240 mld dolarów.",
         "240 mld dolarów", "trade turnover"),
        ("Obroty handlowe mają wzrosnąć. W 2025 r. wyniosły one – jak podał minister – ok. 240 mln dolarów.",
         "ok. 240 mln dolarów", "trade turnover"),
        # not when the sentence before names no sum, nor when the verb has a subject of its own
        ("Rosja wysłała żołnierzy. W 2025 r. wyniosły one 240 mln dolarów.", "240 mln dolarów", "value"),
        ("Obroty handlowe są niemal zerowe. Straty firmy sięgnęły 3 mln dolarów.", "3 mln dolarów", "loss"),
        # nor across a paragraph
        ("Obroty handlowe są dziś niemal zerowe.\n\nW ubiegłym roku nie przekroczyły 1 mln dolarów.",
         "nie przekroczyły 1 mln dolarów", "value"),
    ],
)
def test_sums_named_by_the_subject_of_their_verb(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Inflacja wyniosła 9 proc.", "9 proc.", "inflation"),
        ("Ich prowizja wynosi zwykle od 8 do 12%.", "od 8 do 12%", "commission"),
        ("Według szacunków udział ten sięgał nawet 60 proc.", "nawet 60 proc.", "share"),
        ("Poparcie wynosi 40 proc.", "40 proc.", "support"),
        # nothing measured before it: a share of something
        ("Około 75 proc. z nich zginęło.", "Około 75 proc.", "share"),
        ("Dotarło 240 mln dolarów, a 40% trafiło do Rosji.", "40%", "share"),
        # a percent of people is a share of them, whatever they do
        ("Blisko 40 proc. Polaków popiera pomoc.", "Blisko 40 proc. Polaków", "share"),
        ("Ok. 30 proc. Koreańczyków z Północy pracuje na budowach.", "Ok. 30 proc. Koreańczyków z Północy", "share"),
        # vehicles filled "w" a percent: their load factor; not tanks filled, nor a percent of cases
        ("Samoloty są wypełnione średnio w 85 proc.", "średnio w 85 proc.", "load factor"),
        ("Pociągi są obłożone w 90 proc.", "90 proc.", "load factor"),
        ("Zbiorniki terminalu są zapełnione w 80–90 proc.", "80–90 proc.", "share"),
        ("W 85 proc. przypadków samoloty latają pełne.", "85 proc. przypadków", "share"),
    ],
)
def test_shares_named_by_their_subject(text: str, span: str, counted: str | None) -> None:
    assert named(text, span) == counted


# ------------------------------------------------------------------------------------ comparisons

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the change alone, as analysts name it: "cargo growth", "tanker growth", "trade growth" after a sum
        ("Obroty wyniosły 240 mln dolarów, o 40% więcej niż rok wcześniej.", "40%", "growth"),
        ("Przeładowano 1,2 mln ton ładunków, o jedną trzecią więcej niż w 2024 r.", "jedną trzecią", "growth"),
        ("Naliczono 27 tankowców, o ok. 35 proc. więcej niż rok wcześniej.", "ok. 35 proc.", "growth"),
        ("Od wiosny liczba zabitych wzrosła niemal o połowę.", "połowę", "growth"),
        ("Liczba ciężarówek wzrosła o 9 proc.", "9 proc.", "growth"),
        # a price less or more than another place's or thing's, not an earlier time's: a price difference
        ("Tona antracytu kosztuje ok. 95 dolarów, mniej więcej o połowę mniej niż w chińskich portach.", "połowę",
         "price difference"),
        ("Robotnik kosztuje firmę ok. 70 tys. rubli, o ok. 30 proc. mniej niż pracownik z Uzbekistanu.",
         "ok. 30 proc.", "price difference"),
        ("Bilet kosztuje 500 dolarów, o 20 proc. więcej niż rok wcześniej.", "20 proc.", "ticket price growth"),
        ("Eksport wyniósł 5 mln dolarów, o 20 proc. mniej niż przed rokiem.", "20 proc.", "decrease"),
        ("Dostawy były o jedną piątą większe.", "jedną piątą", "deliveries growth"),
        ("Ceny ropy spadły o 5 proc.", "5 proc.", "oil price decrease"),
        # not a comparison with the amount before (no "o", no comparison word, or persons): a difference, a share
        ("Wysłano 300 żołnierzy, o 40 proc. więcej niż planowano.", "40 proc.", "difference"),
        ("Obroty wyniosły 240 mln dolarów, 40% z tego przypadło na ropę.", "40%", "share"),
    ],
)
def test_a_share_more_or_less_than_the_amount_before_is_its_change(text: str, span: str, counted: str | None) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # more or less than at an earlier time, with no amount of a thing before: the change alone
        ("Do Rosji wjechało 15 tys. obywateli KRLD, o ok. 70 proc. więcej niż rok wcześniej.", "ok. 70 proc.",
         "increase"),
        ("Składów było o blisko 30 proc. więcej niż w analogicznym okresie sierpnia.", "blisko 30 proc.", "increase"),
        ("Wniosków złożono o 12 proc. mniej niż przed rokiem.", "12 proc.", "decrease"),
        ("Wizyt było o 25 proc. więcej niż w 2023 r.", "25 proc.", "increase"),
        ("Pocisk jest o 20 proc. tańszy niż rok wcześniej.", "20 proc.", "decrease"),  # than itself a year before
        # more or less than another thing, or than nothing named: a difference
        ("Robotnik kosztuje o ok. 30 proc. mniej niż pracownik z Uzbekistanu.", "ok. 30 proc.", "difference"),
        ("Wysłano o 40 proc. więcej niż planowano.", "40 proc.", "difference"),
        ("Kosztuje to o 10 proc. więcej.", "10 proc.", "difference"),
    ],
)
def test_a_share_more_or_less_than_at_an_earlier_time_is_a_change(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a clause that leaves out the verb of change before it changes the same way: the same thing, or the
        # measured noun of its own
        ("Eksport z UE do Kirgistanu wzrósł o ponad 300 proc., a do Armenii – o blisko 150 proc.", "blisko 150 proc.",
         "export growth"),
        ("Ceny benzyny spadły o 10 proc., a ceny oleju napędowego o ponad 12 proc.", "ponad 12 proc.",
         "diesel price decrease"),
        ("Ceny spadły o 10 proc., a w maju o kolejne 5 proc.", "kolejne 5 proc.", "price decrease"),
        # only the owner named: the same measure of it
        ("Ceny benzyny spadły o ok. 15 proc., a oleju napędowego – o ponad 10 proc.", "ponad 10 proc.",
         "diesel price decrease"),
        # a verb of its own names its own change; no "o", no change
        ("Ceny spadły o 10 proc., a inflacja wzrosła o 5 proc.", "5 proc.", "inflation growth"),
        ("Ceny spadły o 10 proc., a 5 proc. firm zbankrutowało.", "5 proc. firm", "share"),
    ],
)
def test_a_clause_without_its_verb_of_change_changes_the_same_way(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


# --------------------------------------------------------------------------------- "one" per figure

@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jeden lot Ił-76 kosztuje 50 tys. dolarów.", ["50 tys. dolarów"]),
        ("Regeneracja jednej lufy trwa od 10 do 14 dni.", ["od 10 do 14 dni"]),
        ("Jeden wagon mieści 60 ton.", ["60 ton"]),
        # one person a verb gives a price, a wage or a span of time for; one that a count is given per ("na")
        ("Według FBI jeden programista zarabia od 3 do 5 tys. dolarów miesięcznie.",
         ["od 3 do 5 tys. dolarów miesięcznie"]),
        ("Jak dodaje, sprawdzenie jednego kandydata zajmuje ok. pół godziny.", ["ok. pół godziny"]),
        ("Na przechwycenie jednej rakiety potrzeba zwykle dwóch, trzech pocisków.", ["dwóch, trzech pocisków"]),
        ("Na jednego żołnierza przypadają trzy drony.", ["trzy drony"]),
        # a count of one next to other counts, or alone, stays a count
        ("Rosja wysłała jeden okręt i 300 żołnierzy.", ["jeden okręt", "300 żołnierzy"]),
        ("Zginął jeden żołnierz.", ["jeden żołnierz"]),
        ("Zginął jeden żołnierz, a straty wyniosły 2 mln dolarów.", ["jeden żołnierz", "2 mln dolarów"]),
        ("Oskarżono czterech Koreańczyków i jednego Rosjanina o wyprowadzenie ok. 6 mln dolarów.",
         ["czterech Koreańczyków", "jednego Rosjanina", "ok. 6 mln dolarów"]),
        ("Na froncie zginęła jedna osoba i 20 cywilów.", ["jedna osoba", "20 cywilów"]),
    ],
)
def test_one_thing_a_figure_is_given_per_is_no_count(text: str, kept: list[str]) -> None:
    assert [q.text for q in found(text)] == kept


# ------------------------------------------------------------------------ persons of a group, citizens

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Pierwszy kontyngent, liczący ok. 11 tys. ludzi, trafił pod Kursk.", "ok. 11 tys. ludzi", "soldier"),
        ("Z batalionu, liczącego ok. 500 ludzi, zostało niewielu.", "ok. 500 ludzi", "soldier"),
        ("Przy kontyngencie liczącym w szczytowym okresie 15 tys. osób koszty rosną.", "15 tys. osób", "soldier"),
        ("Pjongjang szykuje rotację, liczącą nie mniej niż 3 tys. ludzi.", "nie mniej niż 3 tys. ludzi", "soldier"),
        # not a group of soldiers: the persons stay persons
        ("Miasto, liczące 40 tys. ludzi, ewakuowano.", "40 tys. ludzi", "person"),
        ("Tłum liczył 500 osób.", "500 osób", "person"),
        # a group of no kind of its own is made of the persons counted just before
        ("Korea Północna wysłała do Rosji 11 tys. żołnierzy. Pjongjang przygotowuje kolejną grupę liczącą kilka "
         "tysięcy ludzi.", "kilka tysięcy ludzi", "soldier"),
        ("Do obwodu dotarło 312 robotników z KRLD. Pierwsza grupa, licząca ok. 300 osób, przyjechała w lipcu.",
         "ok. 300 osób", "worker"),
        ("Delegacja przyjechała w lipcu. Grupa licząca 40 osób zwiedziła Pjongjang.", "40 osób", "group size"),
        ("Korea Północna wysłała 11 tys. żołnierzy. Front jest długi. Ofensywa trwa. Miasto leży nad rzeką. "
         "Grupa licząca 40 osób zwiedziła Pjongjang.", "40 osób", "group size"),  # counted too long ago: its size
        # so are more persons after them
        ("W regionie pracuje już 3 tys. robotników z KRLD. Region chce przyjąć kolejne 5 tys. osób.",
         "kolejne 5 tys. osób", "worker"),
        ("Zginęło 14 osób. Kolejne 20 osób zostało rannych.", "Kolejne 20 osób", "person"),
        ("W Rosji pracuje 15 tys. robotników z KRLD. Przynoszą reżimowi miliony. Gubernator ich chwali. Region chce "
         "przyjąć kolejne 5 tys. osób.", "kolejne 5 tys. osób", "worker"),  # three sentences back
        # a further group ("kolejna") is made of those the document counted, however long ago
        ("Korea Północna wysłała 11 tys. żołnierzy. Front jest długi. Ofensywa trwa. Miasto leży nad rzeką. "
         "Wiosną może trafić tam kolejna zmiana, licząca nawet 5 tys. ludzi.", "nawet 5 tys. ludzi", "soldier"),
        ("W Rosji pracuje 15 tys. robotników z KRLD. Przynoszą reżimowi miliony. Gubernator ich chwali. Rząd milczy. "
         "Region chce przyjąć kolejne 5 tys. osób.", "kolejne 5 tys. osób", "worker"),
        ("Zginęło 14 osób. Front jest długi. Ofensywa trwa. Miasto leży nad rzeką. Przyjedzie kolejna grupa, "
         "licząca 40 osób.", "40 osób", "group size"),  # persons of no kind a group is made of: its size
    ],
)
def test_persons_a_military_group_counts_are_its_soldiers(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # persons apiece after a comma are the members of the groups before: the groups' verb tells their role
        ("Walczą w małych grupach, po 5–7 osób, i używają dronów.", "5–7 osób", "soldier"),
        ("Pracują w brygadach i grupach, po 20 osób.", "20 osób", "worker"),
        # groups of no kind of their own are of the persons counted just before
        ("Pjongjang wysłał 11 tys. żołnierzy. Idą małymi grupami, po dziesięciu, dwunastu ludzi.",
         "dziesięciu, dwunastu ludzi", "soldier"),
        # right after the group noun too, of the person noun the subject names
        ("Saperzy działają w zespołach po 12–15 osób.", "12–15 osób", "sapper"),
        # groups of soldiers are of soldiers; others, with nobody counted before, give the size of the groups
        ("Atakują w oddziałach po 30 ludzi.", "30 ludzi", "soldier"),
        ("Idą małymi grupami, po dziesięciu, dwunastu ludzi.", "dziesięciu, dwunastu ludzi", "group size"),
        ("Koreańczycy mieszkają zwykle w grupach po 10–15 osób.", "10–15 osób", "group size"),
        ("Rehabilitację przechodzą jednorazowo grupy po 30–40 osób.", "30–40 osób", "group size"),
        # persons after a group noun in the instrumental: the size of the groups
        ("Żołnierze KRLD przeprowadzili 46 szturmów, zwykle grupami od 8 do 12 ludzi.", "od 8 do 12 ludzi",
         "group size"),
        ("Grupy liczą zwykle od 20 do 25 osób.", "od 20 do 25 osób", "group size"),
        ("W delegacji liczącej ok. 150 osób było pięciu generałów.", "ok. 150 osób", "delegation member"),
        # not apiece, no group: mere persons
        ("Pjongjang wysłał 11 tys. żołnierzy. Do miasta przyjechało 20 osób.", "20 osób", "person"),
        ("Turyści przylatują do Pjongjangu, po 20 osób.", "20 osób", "person"),
        # apiece with no group, in an article that names persons of one kind most: of that kind
        ("Robotnicy przyjechali w maju. Pracownicy stoczni mieszkają w kontenerach, po osiem osób w pokoju.",
         "osiem osób", "worker"),
        ("Robotnicy przyjechali w maju. Mieszkają w kontenerach, po osiem osób w pokoju.", "osiem osób", "person"),
    ],
)
def test_persons_apiece_are_the_members_of_the_groups_before(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted", "actor"),
    [
        ("KRLD odwiedziło ok. 1,5 tys. obywateli Rosji.", "ok. 1,5 tys. obywateli Rosji", "Russian citizen", "Russia"),
        ("Sankcjami objęto trzech obywateli Korei Północnej.", "trzech obywateli Korei Północnej",
         "sanctioned person", "North Korea"),
        ("Na froncie zginęło 300 żołnierzy Korei Północnej.", "300 żołnierzy Korei Północnej", "soldier",
         "North Korea"),
        ("W Moskwie pracuje 5 tys. obywateli KRLD.", "5 tys. obywateli KRLD", "worker", "North Korea"),  # a role
    ],
)
def test_a_country_in_the_genitive_owns_the_persons_counted(text: str, span: str, counted: str, actor: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    assert (hits[0].counted, hits[0].actor.name if hits[0].actor else None) == (counted, actor)


def test_a_city_in_the_genitive_is_no_owner() -> None:
    hits = [q for q in found("Ewakuowano 2 tys. mieszkańców Biełgorodu.") if q.unit == "person"]
    assert len(hits) == 1 and hits[0].actor is None


# ------------------------------------------------------------------------ sums paid, per person or thing

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Płaci ona za każdego robotnika ok. 800 dolarów miesięcznie.", "ok. 800 dolarów miesięcznie",
         "payment per worker"),
        ("Pjongjang ma dostawać ok. 2 tys. dolarów miesięcznie na każdego wojskowego.",
         "ok. 2 tys. dolarów miesięcznie", "payment per soldier"),
        # the person named right after the sum's own "za każdego"
        ("Rosja płaci 2 tys. dolarów za każdego żołnierza.", "2 tys. dolarów za każdego", "payment per soldier"),
        ("Rosja płaci Pjongjangowi od 2 do 3 tys. dolarów za każdego żołnierza miesięcznie.",
         "od 2 do 3 tys. dolarów za każdego żołnierza miesięcznie", "payment per soldier"),
        ("Za jedną rakietę Pjongjang płaci od 1 do 3 mln dolarów.", "od 1 do 3 mln dolarów", "price"),
        ("Rosja płaci za jeden pocisk od 200 do 300 dolarów.", "od 200 do 300 dolarów", "price"),
        ("Za jedną rakietę Pjongjang płaci – według analityków – od 1 do 3 mln dolarów.", "od 1 do 3 mln dolarów",
         "price"),
        ("Trafiło tam 12 tys. ton oleju napędowego o wartości ponad 9 mln dolarów.", "ponad 9 mln dolarów",
         "value"),
        ("Pjongjang płaci nie więcej niż 150 dolarów za tonę.", "nie więcej niż 150 dolarów za tonę", "price"),
        ("Dostają niespełna pół dolara za godzinę.", "niespełna pół dolara za godzinę", "wage"),
        ("Ministerstwo przeznaczy 1,3 bln wonów na systemy antydronowe.", "1,3 bln wonów", "budget"),
        ("Firma sprzedała 18 maszyn za łącznie 420 mln jenów.", "łącznie 420 mln jenów", "sale value"),
        ("Rosja kupiła czołgi za 5 mln dolarów.", "5 mln dolarów", "purchase value"),
        # one thing for a sum, or things worth a sum apiece: a price
        ("Dron za 40 tys. dolarów zmusza obrońców do odpalenia rakiety.", "40 tys. dolarów", "price"),
        ("Rosja kupiła statek za 3 mln dolarów.", "3 mln dolarów", "price"),
        ("Kupiono 14 maszyn wartych od 400 tys. do 1,2 mln zł za sztukę.", "od 400 tys. do 1,2 mln zł za sztukę",
         "price"),
        ("Kupiono 50 czołgów wartych 500 mln dolarów.", "500 mln dolarów", "value"),
        ("Pracują za 300 dolarów miesięcznie.", "300 dolarów miesięcznie", "wage"),
        # paying says nothing of what the money is without "za"
        ("Rosja zapłaciła 20 mln dolarów.", "20 mln dolarów", "value"),
        ("Moskwa przekazała 200 mln rubli.", "200 mln rubli", "value"),
    ],
)
def test_sums_paid_named_by_what_they_pay_for(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


def test_the_sentence_passes_work_past_the_first_sentence() -> None:
    text = ("Handel rośnie. Obroty wyniosły 240 mln dolarów, o 40% więcej niż rok wcześniej. "
            "Jeden lot Ił-76 kosztuje 50 tys. dolarów.")
    assert [(q.text, q.counted) for q in found(text)] == [
        ("240 mln dolarów", "trade turnover"), ("40%", "growth"), ("50 tys. dolarów", "flight price")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do niewoli trafiło 12 żołnierzy. Czterech z nich zmarło w szpitalu.",
         [("12 żołnierzy", "prisoner of war"), ("Czterech", "prisoner of war")]),
        ("Na front trafiło 12 żołnierzy. Czterech z nich zginęło.", [("12 żołnierzy", "soldier"), ("Czterech", "soldier")]),
        ("Ukraina przejęła 20 dronów. Dwa spośród nich były sprawne.", [("20 dronów", "drone"), ("Dwa", "drone")]),
        # "one of them" is a pronoun phrase; a part of things named, not counted, in the sentence before counts them
        # (as holdout23 counts "Co najmniej cztery z nich" after "Jednostki")
        ("Do niewoli trafiło 12 żołnierzy. Jeden z nich zmarł.", [("12 żołnierzy", "prisoner of war")]),
        ("Przyjechali dziennikarze. Czterech z nich wyjechało.", [("Czterech", "person")]),
        ("Przyjechały ciężarówki. Cztery z nich odjechały.", [("Cztery", "truck")]),
    ],
)
def test_a_part_of_those_counted_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.counted) for q in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "number", "unit", "qualifier", "counted"),
    [
        # a qualifier before a fraction says more than its rounding
        ("Ponad dwie trzecie tej sumy trafi do budżetu.", "Ponad dwie trzecie tej sumy", 67, "percent", "more_than",
         "share"),
        ("Na konto trafia maksymalnie jedna trzecia tej kwoty.", "maksymalnie jedna trzecia tej kwoty", 33, "percent",
         "at_most", "share"),
        ("Jedna trzecia dronów spadła.", "Jedna trzecia dronów", 33, "percent", "exact", "share"),
        # frequencies are rates; of what a verb of its clause does, occurrences
        ("Linia obsługuje trasę dwa razy w miesiącu.", "dwa razy w miesiącu", 2, "item/month", "exact", "occurrence"),
        ("Patrole saperskie interweniują ok. 2,5 tys. razy w roku.", "ok. 2,5 tys. razy w roku", 2500, "item/year",
         "approx", "intervention"),
        ("Satelita okrąży Ziemię ok. 15 razy na dobę.", "ok. 15 razy na dobę", 15, "item/day", "approx", "orbit"),
        ("Myśliwce aż 11 razy podrywano do rosyjskich samolotów.", "aż 11 razy", 11, "item", "exact", "scramble"),
        ("Tankowiec co najmniej pięć razy przepompował paliwo.", "co najmniej pięć razy", 5, "item", "at_least",
         "transfer"),
        ("Saperzy pracują tam ok. 2,5 tys. razy w roku.", "ok. 2,5 tys. razy w roku", 2500, "item/year", "approx",
         "occurrence"),
        ("Sami strzelamy ok. 400 razy na dobę.", "ok. 400 razy na dobę", 400, "item/day", "approx", "shot"),
        ("Samoloty kursują nawet trzy razy w tygodniu.", "nawet trzy razy w tygodniu", 3, "item/week", "up_to", "flight"),
        # of a vehicle that travels, or is the means of transport: its trips
        ("Do końca października prom ma kursować dwa razy w tygodniu.", "dwa razy w tygodniu", 2, "item/week", "exact",
         "voyage"),
        ("Ciała odsyłane są do KRLD samolotem raz w miesiącu.", "raz w miesiącu", 1, "item/month", "exact", "flight"),
        ("Pociąg do Pjongjangu kursuje dwa razy w miesiącu.", "dwa razy w miesiącu", 2, "item/month", "exact",
         "train"),
        # the vehicle named last before a verb of travel that names none, in its sentence or the one before
        ("Z Moskwy do Pjongjangu jeździ bezpośredni wagon. Kursuje dwa razy w miesiącu.", "dwa razy w miesiącu", 2,
         "item/month", "exact", "train"),
        ("Statki zabierają po 650 kontenerów. Kursują dwa razy w tygodniu, a rejs trwa dobę.", "dwa razy w tygodniu",
         2, "item/week", "exact", "voyage"),
        ("Jeden lot Ił-76 zabiera 40 pacjentów, dlatego maszyny kursują trzy razy w tygodniu.", "trzy razy w tygodniu",
         3, "item/week", "exact", "flight"),
        ("Nowe połączenie kursuje dwa razy w miesiącu.", "dwa razy w miesiącu", 2, "item/month", "exact",
         "occurrence"),
        # trips named in the clause before a verbless frequency, of their noun's sense
        ("Od października linie Aurora uruchomią loty z Chabarowska do Wonsanu, trzy razy w tygodniu.",
         "trzy razy w tygodniu", 3, "item/week", "exact", "flight"),
        ("Armator uruchomi rejsy promowe do Rajinu, dwa razy w tygodniu.", "dwa razy w tygodniu", 2, "item/week",
         "exact", "voyage"),
        ("Statek wyłączał nadajnik, dwa razy w tygodniu.", "dwa razy w tygodniu", 2, "item/week", "exact", None),
        # a verb of repetition anywhere in its clause, or in the clause before when its own has no verb
        ("Linie chcą od kwietnia latać z Mińska do Pjongjangu raz w tygodniu.", "raz w tygodniu", 1, "item/week",
         "exact", "flight"),
        ("Od czerwca Air Koryo lata też z Władywostoku do Wonsanu, dwa razy w tygodniu, za 19 tys. rubli.",
         "dwa razy w tygodniu", 2, "item/week", "exact", "flight"),
        ("Delegacje z Moskwy odwiedzają w tym roku Pjongjang średnio dwa razy w miesiącu.", "średnio dwa razy w miesiącu",
         2, "item/month", "approx", "visit"),
        ("Ministrowie rozmawiają, dwa razy w tygodniu.", "dwa razy w tygodniu", 2, "item/week", "exact", "talk"),
        # of the event a noun of the clause names, or a verb of repetition
        ("Japonia zapowiedziała loty samolotów P-1 nawet dwa razy na dobę.", "nawet dwa razy na dobę", 2, "item/day",
         "up_to", "flight"),
        ("Samoloty latają do Pjongjangu dwa razy w tygodniu.", "dwa razy w tygodniu", 2, "item/week", "exact",
         "flight"),
        ("Satelita może przelatywać nad Półwyspem Koreańskim nawet cztery razy na dobę.", "nawet cztery razy na dobę", 4,
         "item/day", "up_to", "pass"),
        ("Statek pięć razy w tygodniu wyłączał nadajnik.", "pięć razy w tygodniu", 5, "item/week", "exact",
         "occurrence"),
        # a vehicle a relative clause of travel is of
        ("Zacznie kursować drugi prom, który będzie pływał raz w tygodniu.", "raz w tygodniu", 1, "item/week", "exact",
         "voyage"),
        # the unit a price is per, as subject or object of its verb
        ("Doba pobytu w szpitalu kosztuje ok. 18 tys. rubli.", "ok. 18 tys. rubli", 18000, "RUB/day", "approx",
         "stay price"),
        ("Rosja wycenia tonę oleju napędowego na ok. 650 dolarów.", "ok. 650 dolarów", 650, "USD/t", "approx",
         "diesel price"),
        ("Rosja wycenia szkolenie jednego oficera na ok. 12 tys. dolarów.", "ok. 12 tys. dolarów", 12000, "USD",
         "approx", "cost"),
    ],
)
def test_fractions_frequencies_and_units_of_a_price(text: str, span: str, number: float, unit: str, qualifier: str,
                                                   counted: str | None) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    q = hits[0]
    assert (q.value, q.unit, q.qualifier, q.counted) == (number, unit, qualifier, counted)


@pytest.mark.parametrize("text", ["To trzy razy więcej niż w tygodniu.", "Ceny wzrosły dwa razy."])
def test_ratios_are_no_frequencies(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zakład zatrudnia od ok. 1 500 do ponad 2 300 osób.",
         [("ok. 1 500", "person", "worker"), ("ponad 2 300 osób", "person", "worker")]),
        ("Realna liczba zabitych mieści się między 3 a 4 tys.", [("między 3 a 4 tys.", "person", "killed")]),
        # a plain range stays one amount; a bare amount with no range after it borrows nothing
        ("Od 2 do 3 tys. osób.", [("Od 2 do 3 tys. osób", "person", "person")]),
        ("Było ich ok. 1 500, a potem przyszło 200 osób.", [("ok. 1 500", "count", None), ("200 osób", "person", "person")]),
        # a change of level from one amount to another
        ("Zatrudnienie wzrosło z ok. 1 500 do ponad 2 300 osób.",
         [("ok. 1 500", "person", "worker"), ("ponad 2 300 osób", "person", "worker")]),
        ("Kontyngent zmalał z ok. 900 do niespełna 600 żołnierzy.",
         [("ok. 900", "person", "soldier"), ("niespełna 600 żołnierzy", "person", "soldier")]),
        # "z" that opens no level: nothing borrowed
        ("Z ok. 1 500 wagonów do portu dotarło 200 wagonów.", [("ok. 1 500 wagonów", "item", "wagon"),
                                                              ("200 wagonów", "item", "wagon")]),
    ],
)
def test_the_first_end_of_an_open_range_counts_what_the_second_counts(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(q.text, q.unit, q.counted) for q in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Rosja wystrzeliła 40 kierowanych pocisków.", "guided missile"),
        ("Rosja wystrzeliła 40 niekierowanych pocisków.", "missile"),  # a negated participle is no "kierowany"
    ],
)
def test_a_negated_participle_does_not_match_its_affirmative_key(text: str, counted: str) -> None:
    assert [q.counted for q in found(text)] == [counted]


def test_a_cheaper_thing_is_no_change_of_the_amount_before() -> None:
    text = "Regeneracja lufy trwa od 10 do 14 dni i jest o ok. 30 proc. tańsza niż wyprodukowanie nowej."
    assert [(q.text, q.counted) for q in found(text)] == [("od 10 do 14 dni", "duration"),
                                                          ("ok. 30 proc.", "difference")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Na budowie pracuje 300 osób.", "worker"),
        ("Zakład zatrudnia ponad 2 300 osób.", "worker"),
        ("W fabryce zginęło 5 osób.", "person"),  # a place of work does not make the dead its workers
        ("Sankcjami objęto 54 osoby.", "sanctioned person"),
        ("Ewakuowano wsie zamieszkane przez ok. 1,2 tys. osób.", "resident"),
        ("Miasto zamieszkuje 300 tys. osób.", "resident"),
    ],
)
def test_persons_employed_are_workers(text: str, counted: str) -> None:
    assert [q.counted for q in found(text) if q.unit == "person"] == [counted]


# ------------------------------------------------------------------ senses told earlier in the document

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the kind the document gave the noun before ("pociski balistyczne"), not its details ("krótkiego zasięgu")
        ("Iran przekazał Rosji pociski balistyczne krótkiego zasięgu.\n\nWedług dziennika do Rosji mogło trafić "
         "ponad 200 pocisków.", "ponad 200 pocisków", "ballistic missile"),
        ("Artylerzyści wystrzelili 1 240 pocisków kalibru 152 mm.\n\nZ każdej skrzynki odrzucano od 5 do 7 pocisków.",
         "od 5 do 7 pocisków", "artillery shell"),
        ("KRLD dostarczyła ok. 3 mln pocisków artyleryjskich. Wywiad sądzi, że Pjongjang wyprodukuje jeszcze "
         "kilkaset tysięcy pocisków.", "kilkaset tysięcy pocisków", "artillery shell"),
        # the nearest telling mention wins
        ("Korea dostarczyła pociski artyleryjskie. Potem przekazała pociski balistyczne.\n\nMowa o 50 pociskach.",
         "50 pociskach", "ballistic missile"),
        # a mention that tells nothing is passed over
        ("Rosja otrzymała pociski balistyczne. Pociski trafiły do magazynów. Wywiad mówi o 40 pociskach.",
         "40 pociskach", "ballistic missile"),
        # the sentence's own words still come first
        ("KRLD przekazała pociski balistyczne.\n\nRosyjskie haubice zużywają 300 pocisków dziennie.",
         "300 pocisków dziennie", "artillery shell"),
        # nothing told before: the noun's default
        ("Do Rosji mogło trafić ponad 200 pocisków.", "ponad 200 pocisków", "missile"),
        ("Rosja kupiła drony. Wywiad mówi o 40 pociskach.", "40 pociskach", "missile"),
        # a noun of one sense keeps its own name, whatever kind was named before
        ("Rosja produkuje drony szturmowe.\n\nFabryka wytwarza 400 dronów miesięcznie.", "400 dronów miesięcznie",
         "drone"),
        # the sentence before went on counting drones without naming them: its noun tells the sense; across a
        # paragraph it does not
        ("Zakład wytwarza 2,5 tys. dronów miesięcznie. Przed rokiem było to niespełna 1,5 tys. W szczytowe noce "
         "Rosjanie wypuszczają nawet 700 maszyn.", "nawet 700 maszyn", "drone"),
        ("Zakład wytwarza 2,5 tys. dronów miesięcznie.\n\nW szczytowe noce Rosjanie wypuszczają nawet 700 maszyn.",
         "nawet 700 maszyn", "machine"),
        # a launcher among multiple rocket launchers' names is a rocket launcher; among Patriots a launcher
        ("Rosja ma ok. 250 wyrzutni M1991. Ukraińcy zniszczyli dziewięć wyrzutni.", "dziewięć wyrzutni",
         "rocket launcher"),
        ("Kijów dostał dwie baterie Patriot z ośmioma wyrzutniami.", "ośmioma wyrzutniami", "launcher"),
        ("Drony i rakiety HIMARS zniszczyły siedem wyrzutni obsługiwanych przez żołnierzy KRLD.", "siedem wyrzutni",
         "launcher"),
        # a specialist among hospitals is a medical one; elsewhere a specialist
        ("Do szpitali w Chabarowsku przyjechało 40 specjalistów z KRLD.", "40 specjalistów z KRLD", "medical specialist"),
        ("Do Kurska przyjechało 30 specjalistów.", "30 specjalistów", "specialist"),
        # among crypto words, wallets and their addresses
        ("Hakerzy przelali kryptowaluty na ponad 9 tys. adresów.", "ponad 9 tys. adresów", "wallet address"),
        ("Urząd ma 9 tys. adresów firm.", "9 tys. adresów", "address"),
        # what is told later does not count
        ("Do Rosji trafiło 200 pocisków. Były to pociski balistyczne.", "200 pocisków", "missile"),
    ],
)
def test_a_noun_of_several_senses_takes_the_kind_the_document_told(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


# ------------------------------------------------------------------ sums said again, wages, appositions

@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a sum given again in another currency is the same sum
        ("Fundusz przeznaczył na serial 180 mln rubli, czyli ok. 2 mln dolarów.", "ok. 2 mln dolarów", "budget"),
        ("Koszt programu oszacowano na 46 mld wonów, czyli mniej więcej 31 mln dolarów.",
         "mniej więcej 31 mln dolarów", "cost"),
        ("Koszt programu oszacowano na 46 mld wonów (ok. 31 mln dolarów).", "ok. 31 mln dolarów", "cost"),
        ("Budowa kosztowała 9 mld rubli, tj. 110 mln dolarów.", "110 mln dolarów", "cost"),
        # two sums of two payers are not one sum said twice
        ("Rosja przekazała 5 mln dolarów, a Chiny 3 mln dolarów.", "3 mln dolarów", "value"),
        ("Koszt wyniósł 46 mld wonów, a Japonia dała 31 mln dolarów.", "31 mln dolarów", "value"),
        # a sum per period that persons get is a wage; a one-off sum is not
        ("Do ręki dostają zaledwie 150–200 dolarów miesięcznie.", "zaledwie 150–200 dolarów miesięcznie", "wage"),
        ("Robotnicy otrzymują 600 dolarów miesięcznie.", "600 dolarów miesięcznie", "wage"),
        # work done for a sum, the verb of work past verbless phrases; a sum paid by employers of the sentence
        ("Pracują po 11 godzin, sześć dni w tygodniu, za ok. 600 dolarów miesięcznie.",
         "ok. 600 dolarów miesięcznie", "wage"),
        ("Zatrudniają ich zakłady w Nachodce, płacąc ok. 45 tys. rubli miesięcznie.",
         "ok. 45 tys. rubli miesięcznie", "wage"),
        ("Kupują paliwo, płacąc 45 tys. rubli miesięcznie.", "45 tys. rubli miesięcznie", "value"),
        ("Fabryka zatrudnia 300 osób. Płaci 45 tys. rubli miesięcznie za dzierżawę.", "45 tys. rubli miesięcznie",
         "price"),
        ("Rosja otrzymała jednorazowo 3 mln rubli.", "3 mln rubli", "value"),
        ("Rosja płaci 2 mln dolarów miesięcznie.", "2 mln dolarów miesięcznie", "value"),
        # a sum said again past the noun that names the first ("odszkodowania") is the same sum
        ("Sąd przyznał mu 50 mln wonów odszkodowania, czyli równowartość ok. 40 dolarów.", "ok. 40 dolarów",
         "compensation"),
        # a sum per period offered or promised to persons is their wage; offered to a state it is not
        ("Koreańczykom oferuje się równowartość ok. 450 dolarów miesięcznie.", "ok. 450 dolarów miesięcznie", "wage"),
        ("Rosja obiecała robotnikom 600 dolarów miesięcznie.", "600 dolarów miesięcznie", "wage"),
        ("Rosja oferuje KRLD 450 mln dolarów rocznie.", "450 mln dolarów rocznie", "value"),
        # a sum per period that persons work or fight for ("za") is their pay; what one buys for it is not
        ("Robotnicy pracują w Rosji za 300 zł miesięcznie.", "300 zł miesięcznie", "wage"),
        ("Za 15 tys. rubli miesięcznie harują po 12 godzin.", "15 tys. rubli miesięcznie", "wage"),
        ("Koreańczycy walczą za 2 tys. dolarów miesięcznie.", "2 tys. dolarów miesięcznie", "wage"),
        ("Za 2 tys. dolarów miesięcznie Rosja kupuje prąd.", "2 tys. dolarów miesięcznie", "value"),
        ("Pracują w Rosji, a za 2 mln dolarów miesięcznie Moskwa kupuje prąd.", "2 mln dolarów miesięcznie", "value"),
        # an apposition names the noun before its comma, past the number of a name ("programu 425")
        ("Seul ma na orbicie satelity programu 425, wartego ok. 1,4 bln wonów.", "ok. 1,4 bln wonów", "cost"),
        ("Kontrakt na dostawy 425, wart 2 mld dolarów, podpisano w maju.", "2 mld dolarów", "value"),
        # a participle's phrase between commas is passed over on the way to the measured subject
        ("Jego koszt, pokrywany z rosyjskiego budżetu, szacowany jest na 450 mln rubli.", "450 mln rubli", "cost"),
        ("Koszt budowy, finansowanej przez Moskwę, wyniósł 9 mld rubli.", "9 mld rubli", "cost"),
        # a rate of money per unit of time is a rate of pay; per tonne it stays a rate, and a rate in percent is none
        ("Armatorzy kuszą oficerów stawkami rzędu 9–10 tys. dolarów miesięcznie.",
         "rzędu 9–10 tys. dolarów miesięcznie", "wage"),
        ("Minimalna stawka wynosi 31,40 zł za godzinę.", "31,40 zł za godzinę", "wage"),
        ("Stawka wynosi 500 dolarów za tonę.", "500 dolarów za tonę", "rate"),
        ("Stawka wynosi 500 dolarów.", "500 dolarów", "rate"),
        # a sum in apposition between dashes is named by its noun
        ("Ich wynagrodzenie – ok. 800 dolarów miesięcznie – trafia na konta ambasady.", "ok. 800 dolarów miesięcznie",
         "wage"),
        # a person paid for, named further back in the clause
        ("Za każdego żołnierza wysłanego na front Moskwa płaci Pjongjangowi ok. 2 tys. dolarów miesięcznie.",
         "ok. 2 tys. dolarów miesięcznie", "payment per soldier"),
    ],
)
def test_sums_said_again_wages_and_appositions(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


# ------------------------------------------------------------- roles, parts, ages, clock times, kinds of time

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part ("w tym") is no antecedent: a later bare amount counts the whole
        ("Zginęło siedem osób, w tym dwoje dzieci, a ponad 40 zostało rannych.",
         [("siedem osób", "person"), ("dwoje dzieci", "child"), ("ponad 40", "person")]),
        ("Zginęło siedem osób, w tym ponad dwoje dzieci, a ponad 40 zostało rannych.",
         [("siedem osób", "person"), ("ponad dwoje dzieci", "child"), ("ponad 40", "person")]),
        # without a part the last noun is still the antecedent
        ("Zginęło dwoje dzieci, a ponad 40 zostało rannych.", [("dwoje dzieci", "child"), ("ponad 40", "child")]),
        # "ich" with a verb that gives persons a role
        ("Koreańczycy mają budować szkoły. Obecnie w regionie pracuje ich ok. 1 800.", [("ok. 1 800", "worker")]),
        ("Pod Kurskiem walczy ich ponad 10 tys.", [("ponad 10 tys.", "soldier")]),
        # further from "ich" with an attribution between; not past another amount
        ("Na Dalekim Wschodzie pracuje ich według szacunków ministerstwa od 12 do 15 tys.",
         [("od 12 do 15 tys.", "worker")]),
        ("Walczy ich według wywiadu pod Kurskiem ponad 500.", [("ponad 500", "soldier")]),
        ("Walczy ich w lasach na froncie pod samym Kurskiem ponad 500.", [("ponad 500", None)]),
        ("Rosjanie pojmali ich ponad 300.", [("ponad 300", "prisoner of war")]),
        # a bare amount after one that borrowed what it counts counts the same ("kilkaset" workers); not a numeral of
        # men, named by its own clause
        ("Do Kraju Nadmorskiego przyjechało 3,8 tys. Koreańczyków z wizami pracowniczymi. Blisko 2,2 tys. z nich "
         "trafiło do stoczni Zwiezda, kilkaset do stoczni Dalzawod.",
         [("Blisko 2,2 tys.", "worker"), ("kilkaset", "worker")]),
        ("W obozie przebywa 30 jeńców. Czterech z nich jest rannych, a dwaj pozostali trafili do szpitala.",
         [("Czterech", "prisoner of war"), ("dwaj pozostali", "patient")]),
        # "ich" named in the sentence: the role its clause gives them, whatever an earlier sentence counted
        ("Koreańczycy pracują w Czeboksarach od jesieni – ma ich być ok. 250.", [("ok. 250", "worker")]),
        ("Wśród rannych jest czterech obywateli KRLD. Koreańczycy pracują w zakładzie – ma ich być ok. 250.",
         [("czterech obywateli KRLD", "North Korean citizen"), ("ok. 250", "worker")]),
        ("Koreańczycy przyjechali do Czeboksar – ma ich być ok. 250.", [("ok. 250", "person")]),
        ("Rodziny co najmniej trzech pojmanych wysiedlono.", [("co najmniej trzech pojmanych", "prisoner of war")]),
        # a demonym taken prisoner, even by soldiers
        ("Żołnierze 65. Brygady wzięli do niewoli trzech Koreańczyków.", [("trzech Koreańczyków", "prisoner of war")]),
        ("Pod Kurskiem walczy co najmniej 300 Koreańczyków z Północy.",
         [("co najmniej 300 Koreańczyków z Północy", "soldier")]),
        # work tells what a span of time is; a journey's time is its travel time
        ("Pracują w systemie zmianowym po 12 godzin.", [("12 godzin", "shift")]),
        ("Dzienna zmiana ma trwać co najmniej 12 godzin.", [("co najmniej 12 godzin", "shift")]),
        # hours worked a day, a week or a month are working time, not a shift
        ("Robotnicy pracują po 12–14 godzin na dobę.", [("12–14 godzin na dobę", "working time")]),
        ("Robotnicy pracują nawet 400 godzin w miesiącu.", [("nawet 400 godzin w miesiącu", "working time")]),
        ("Pracują po 60 godzin tygodniowo.", [("60 godzin tygodniowo", "working time")]),
        ("Zarabia 700 zł, choć przepracowuje nawet 400 godzin w miesiącu.",
         [("nawet 400 godzin w miesiącu", "working time")]),
        # a verbless phrase after a comma goes on the clause before; not past a clause with a verb of its own
        ("Saperzy pracują sześć dni w tygodniu, po 10 godzin dziennie.", [("10 godzin dziennie", "working time")]),
        ("Saperzy pracowali w Kursku, potem uczyli się po 10 godzin dziennie.", [("10 godzin dziennie", "duration")]),
        ("Rejs trwa od 36 do 48 godzin.", [("od 36 do 48 godzin", "travel time")]),
        ("Wojska wycofają się w ciągu 48 godzin.", [("48 godzin", "duration")]),
        # hours a pilot flies are flight hours; the hours or minutes a flight lasts its flight time, also travel
        # time in a sentence of flying; a stay after a flight stays a duration
        ("Każdy kursant ma wylatać 120–150 godzin, z czego ok. 40 na Su-30.",
         [("120–150 godzin", "flight hours"), ("ok. 40", "flight hours")]),
        ("Pilot w Polsce wylatuje rocznie ok. 180 godzin.", [("rocznie ok. 180 godzin", "flight hours")]),
        ("Lot do Pjongjangu trwa ok. 8 godzin.", [("ok. 8 godzin", "flight time")]),
        ("Samolot wystartował z Moskwy i po ok. 8 godzinach wylądował.", [("ok. 8 godzinach", "flight time")]),
        ("Z Władywostoku kursują samoloty, a podróż trwa niespełna dwie godziny.",
         [("niespełna dwie godziny", "flight time")]),
        ("Podróż pociągiem trwa ok. 8 godzin.", [("ok. 8 godzin", "travel time")]),
        ("Po przylocie samolotem rozmowy trwały ponad cztery godziny.", [("ponad cztery godziny", "duration")]),
        ("Pracował tam przez trzy lata.", [("trzy lata", "duration")]),  # a shift is counted in hours
    ],
)
def test_parts_roles_and_kinds_of_time(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.text, q.counted) for q in found(text)]
    for pair in expected:
        assert pair in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Serial emitowano od 21.00 do 22.00.",  # clock times with a dot
        "Powtórki nadaje się o 7.30 i o 14:45.",
        "Zbudowano linię 220 kV.",
    ],
)
def test_clock_times_and_voltages_are_no_counts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ukraina ma 3 lata, aby spłacić dług.", "3 lata"),  # a term, not an age
        ("Do Rosji wyjechało 1.500 osób.", "1.500 osób"),  # a dot before three digits groups thousands
        ("Bilet kosztuje 21.50 dolarów.", "21.50 dolarów"),  # a price, not a clock time
    ],
)
def test_terms_thousands_and_prices_stay_counts(text: str, span: str) -> None:
    assert span in [q.text for q in found(text)]


@pytest.mark.parametrize(
    ("text", "span", "owner"),
    [
        ("Do Rosji wysłano ok. 14 tys. północnokoreańskich żołnierzy, z których ok. 6 tys. zginęło.", "ok. 6 tys.",
         "North Korea"),
        ("Na froncie walczy 11 tys. żołnierzy KRLD. Kolejne 3 tys. przybędzie w grudniu.", "Kolejne 3 tys.",
         "North Korea"),
        # an amount that counts its own noun has its own owner, or none
        ("Do Rosji wysłano 14 tys. żołnierzy KRLD, a Ukraina straciła 300 żołnierzy.", "300 żołnierzy", None),
    ],
)
def test_a_bare_amount_counts_the_owner_of_the_noun_it_borrows(text: str, span: str, owner: str | None) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    assert (hits[0].actor.name if hits[0].actor else None) == owner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numeral of men with no noun counts persons
        ("Czterech z nich zginęło, a dwaj pozostali trafili do niewoli.", [("Czterech", 4), ("dwaj pozostali", 2)]),
        ("Dwóch poprosiło o Biblię.", [("Dwóch", 2)]),
        ("Trzech zginęło, dwóch jest rannych.", [("Trzech", 3), ("dwóch", 2)]),
        # after the verb, ending its clause
        ("Zginęło tam co najmniej dziewięciu.", [("co najmniej dziewięciu", 9)]),
        ("Zginęło ich tam co najmniej dziewięciu.", [("co najmniej dziewięciu", 9)]),
        ("Do niewoli trafiło czterech, a reszta uciekła.", [("czterech", 4)]),
        # a vague numeral of men too ("Kilkunastu trafiło"), with its low and high bounds
        ("Kilkunastu trafiło na kursy operatorów dronów.", [("Kilkunastu", None)]),
        ("Kilkudziesięciu zginęło.", [("Kilkudziesięciu", None)]),
    ],
)
def test_numerals_of_men_count_persons(text: str, expected: list[tuple[str, float]]) -> None:
    got = [(q.text, q.value) for q in found(text) if q.unit == "person"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # with no role in their clause, men are of the kind of persons counted just before
        ("W niewoli przebywa 14 żołnierzy KRLD. Ośmiu złożyło prośby o przekazanie do Korei Południowej.", "Ośmiu",
         "prisoner of war"),
        ("Na budowie pracuje 300 robotników. Dwóch zginęło w wypadku.", "Dwóch", "worker"),
        # past a part of another kind counted after them, and past a sentence with no count
        ("W niewoli przebywa 14 Koreańczyków, w tym dwóch oficerów. Najmłodszy ma 19 lat. Czterech z nich poprosiło "
         "o azyl.", "Czterech", "prisoner of war"),
        # a role of their own clause first; nobody counted before: persons
        ("W niewoli przebywa 14 żołnierzy KRLD. Dwóch pracuje w szwalni.", "Dwóch", "worker"),
        ("Dwóch poprosiło o azyl.", "Dwóch", "person"),
    ],
)
def test_numerals_of_men_are_of_the_persons_counted_before(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # fighters counted in a clause of captivity, or with a participle of it after them, are prisoners of war
        ("W ukraińskiej niewoli przebywa obecnie siedmiu żołnierzy KRLD.", "siedmiu żołnierzy KRLD", "prisoner of war"),
        ("Dwóch północnokoreańskich żołnierzy, wziętych do niewoli pod Kurskiem, czeka na decyzję.",
         "Dwóch północnokoreańskich żołnierzy", "prisoner of war"),
        ("Śledczy przesłuchali już dwóch szeregowych z 94. brygady.", "dwóch szeregowych", "prisoner of war"),
        # not fighters killed or sent, nor workers questioned
        ("Zginęło co najmniej siedmiu żołnierzy KRLD.", "co najmniej siedmiu żołnierzy KRLD", "soldier"),
        ("Dwóch północnokoreańskich żołnierzy, wysłanych do Kurska, zginęło.", "Dwóch północnokoreańskich żołnierzy",
         "soldier"),
        ("Policja przesłuchała trzech robotników.", "trzech robotników", "worker"),
    ],
)
def test_captured_fighters_are_prisoners_of_war(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # men a state sends or moves with no work named are its soldiers, and so are those counted of them
        ("Pjongjang wysłał łącznie ponad 20 tys. ludzi, z których co najmniej 2,3 tys. zginęło.",
         "ponad 20 tys. ludzi", "soldier"),
        ("Pjongjang wysłał łącznie ponad 20 tys. ludzi, z których co najmniej 2,3 tys. zginęło.",
         "co najmniej 2,3 tys.", "soldier"),
        ("Rosja przerzuciła pod Kursk 5 tys. Koreańczyków.", "5 tys. Koreańczyków", "soldier"),
        # sent to work, they are workers; persons sent with a noun of their own keep it
        ("KRLD wysłała do Rosji 15 tys. Koreańczyków do pracy na budowach.", "15 tys. Koreańczyków", "worker"),
        ("Do Kraju Nadmorskiego przyjechało ponad 3,8 tys. Koreańczyków z wizami pracowniczymi.",
         "ponad 3,8 tys. Koreańczyków", "worker"),  # come on work visas
        ("KRLD wysłała do Rosji 300 lekarzy.", "300 lekarzy", "doctor"),
    ],
)
def test_men_a_state_sends_are_soldiers(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # an adjective whose noun is left out counts the noun counted before in the sentence
        ("Ukarano osiem spółek z Hongkongu i dwie rosyjskie.", "dwie rosyjskie", "company"),
        ("Rosja dostała 300 czołgów, w tym 50 nowych.", "50 nowych", "tank"),
        # with nothing counted before, or a noun after it, the adjective is no such word
        ("Rosja dostała 50 nowych czołgów.", "50 nowych czołgów", "tank"),
    ],
)
def test_an_adjective_whose_noun_is_left_out(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize("text", ["Dwa trafiły w cel.", "Przez dwa lata nic się nie działo.", "Kilka trafiło w cel.",
                                  "Spośród nich wybrano dwóch do szkolenia.",
                                  "Według SBU wszyscy trzej należą do 11. Korpusu.",  # the three named before
                                  "Wysłano tam dziewięciu.",  # no verb of which the men are the subject
                                  "Zginęło pięć, a rannych jest wiele."])  # not a numeral of men
def test_other_numerals_with_no_noun_count_no_persons(text: str) -> None:
    assert [q.text for q in found(text) if q.unit == "person"] == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # money that flows in is a payment, money siphoned out a theft
        ("Na rachunki firm wpłynęło tam ok. 14,6 mld rubli.", "ok. 14,6 mld rubli", "payment"),
        ("Z giełdy Bybit wyprowadzono 1,5 mld dolarów.", "1,5 mld dolarów", "theft"),
        # the same sum in another currency past an aside between dashes
        ("Na rachunki wpłynęło ok. 14,6 mld rubli, czyli – po obecnym kursie – ponad 180 mln dolarów.",
         "ponad 180 mln dolarów", "payment"),
        ("Przez jego rachunki przepłynęło ok. 48 mld rubli.", "ok. 48 mld rubli", "payment"),
        # handing over money says nothing of what it is
        ("Rosja przekazała Korei 5 mln dolarów.", "5 mln dolarów", "value"),
    ],
)
def test_sums_named_by_how_they_move(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a person named as the subject of "kosztować" costs labour; a genitive or a thing does not
        ("Robotnik z KRLD kosztuje pracodawcę od 90 do 120 tys. rubli miesięcznie.",
         "od 90 do 120 tys. rubli miesięcznie", "labour cost"),
        ("Szkolenie jednego operatora kosztuje 12 tys. dolarów.", "12 tys. dolarów", "cost"),
        ("Drony są tanie. Kosztują 20 tys. dolarów.", "20 tys. dolarów", "price"),
        # a capital that only opens the sentence names nobody: the dropped subject earns a wage
        ("Robotnicy pracują długo. Oficjalnie zarabiają 85 tys. rubli miesięcznie.", "85 tys. rubli miesięcznie",
         "wage"),
        # no one's wage is hundreds of millions: many earn it together
        ("Programiści, którzy pod fałszywymi tożsamościami zarabiają dla reżimu 250–600 mln dolarów rocznie.",
         "250–600 mln dolarów rocznie", "revenue"),
        # a verb of change with its time phrase before "do" still measures its subject
        ("Obroty handlowe – według ministerstwa – wzrosły w 2025 r. do ok. 420 mln dolarów.", "ok. 420 mln dolarów",
         "trade turnover"),
    ],
)
def test_who_costs_earns_or_grows(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Rosja wystrzeliła sześć rakiet KN-23.", "sześć rakiet", "ballistic missile"),
        ("Wystrzelono dwa pociski Hwasong-11.", "dwa pociski", "ballistic missile"),
        ("Rosja wystrzeliła 30 pocisków Kalibr.", "30 pocisków", "cruise missile"),
        # no model name, or a kind named by an adjective: the model list has no say
        ("Rosja wystrzeliła 30 pocisków.", "30 pocisków", "missile"),
        ("Rosja wystrzeliła 30 pocisków artyleryjskich Koksan.", "30 pocisków artyleryjskich", "artillery shell"),
        ("Rosja kupiła 100 dronów Shahed.", "100 dronów", "drone"),  # a noun of one kind
        # a fire mission, and a language teacher, by their own names
        ("Baterie wykonały ponad 150 zadań ogniowych.", "ponad 150 zadań ogniowych", "fire mission"),
        ("Uczelnia zatrudnia 25 lektorów.", "25 lektorów", "lecturer"),
    ],
)
def test_a_model_name_tells_the_kind_of_a_missile(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Rosja przekazała co najmniej dwa zestawy obrony powietrznej Pancyr.",
         "co najmniej dwa zestawy obrony powietrznej", "air defence system"),
        ("Rosja przekazała co najmniej dwa zestawy Pancyr-S1.", "co najmniej dwa zestawy", "air defence system"),
        ("Ukraina otrzyma dwa systemy Patriot.", "dwa systemy", "air defence system"),
        # a battery among words of air defence is an air-defence battery; a battery of guns or cells stays one
        ("Na granicy stanęły trzy baterie S-400.", "trzy baterie", "air-defence battery"),
        ("Obrona powietrzna Kijowa dostała dwie kolejne baterie.", "dwie kolejne baterie", "air-defence battery"),
        ("Przeciwlotnicy rozwinęli co najmniej cztery baterie.", "co najmniej cztery baterie", "battery"),
        ("Pułk ma trzy baterie haubic.", "trzy baterie haubic", "howitzer battery"),
        ("Do dronów zamówiono 500 baterii.", "500 baterii", "battery"),
        ("Armia kupiła 18 wyrzutni HIMARS.", "18 wyrzutni", "rocket launcher"),
        ("KRLD przekazała blisko 120 wyrzutni M1991.", "blisko 120 wyrzutni", "rocket launcher"),
        # guns of a named model; a howitzer stays a howitzer, a gun with no model a gun
        ("KRLD przekazała około 200 armat Koksan.", "około 200 armat", "self-propelled gun"),
        ("Polska kupiła 212 haubic K9.", "212 haubic", "howitzer"),
        ("Na front trafiło 48 dział.", "48 dział", "gun"),
        # a missile model after a missile noun keeps the missile's kind
        ("Rosja wystrzeliła cztery pociski Iskander.", "cztery pociski", "ballistic missile"),
        # no model name, or a word that is no model: the plain kind
        ("Rosja przekazała dwa zestawy obrony powietrznej.", "dwa zestawy obrony powietrznej", "air defence system"),
        ("Wysłano trzy zestawy, a Kijów podziękował.", "trzy zestawy", "system"),
        ("Rosja przekazała dwa systemy.", "dwa systemy", "system"),
    ],
)
def test_a_model_name_tells_the_kind_of_a_system(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a sum per period paid to persons (dative) is their wage; to a state or a firm it is not
        ("Pracodawcy płacą Koreańczykom od 45 do 60 tys. rubli miesięcznie.", "od 45 do 60 tys. rubli miesięcznie",
         "wage"),
        ("Firma płaci robotnikom 500 dolarów miesięcznie.", "500 dolarów miesięcznie", "wage"),
        ("Rosja płaci KRLD 300 mln dolarów rocznie.", "300 mln dolarów rocznie", "value"),
        ("Pracodawcy płacą firmie 45 tys. rubli miesięcznie.", "45 tys. rubli miesięcznie", "value"),
        # take-home pay
        ("Na rękę zostawało mi ok. 15 tys. rubli miesięcznie.", "ok. 15 tys. rubli miesięcznie", "wage"),
        ("Do ręki trafia im 200 dolarów miesięcznie.", "200 dolarów miesięcznie", "wage"),
        ("Płacą im po 150 dolarów za dzień.", "150 dolarów za dzień", "wage"),  # paid to "them"
        ("Do rąk pracownika trafia najwyżej 200 dolarów, a reszta zasila budżet.", "najwyżej 200 dolarów", "wage"),
        # ... with no period: the sum a worker takes home, or gets or earns when a person is named as the subject
        ("Robotnik dostaje do ręki nie więcej niż 250 dolarów.", "nie więcej niż 250 dolarów", "wage"),
        ("Na rękę dostaje 300 rubli.", "300 rubli", "wage"),
        ("Koreański robotnik po potrąceniach dostaje równowartość ok. 700 zł.", "ok. 700 zł", "wage"),
        ("KRLD otrzymała 20 mln dolarów.", "20 mln dolarów", "value"),
        ("Otrzymali 300 dolarów.", "300 dolarów", "value"),
        # a sum the families of the fallen get is compensation; one that a state gets is not
        ("Rodziny poległych mają otrzymać jednorazowo 3 mln rubli.", "3 mln rubli", "compensation"),
        ("Za śmierć syna matka dostała 5 mln rubli.", "5 mln rubli", "compensation"),
        ("Rodziny żołnierzy otrzymały 3 mln rubli.", "3 mln rubli", "value"),
        ("Zginęło dwóch ludzi, a firma dostała 3 mln rubli kary.", "3 mln rubli", "fine"),
        # a sum given as the other choice of a named share or sum is of its kind; not one after a comma or "i"
        ("Firmy płacą grzywny w wysokości co najmniej 5 proc. obrotu lub co najmniej 40 mln euro.",
         "co najmniej 40 mln euro", "fine"),
        ("Grozi jej grzywna w wysokości 2 mln euro albo 3 mln dolarów.", "3 mln dolarów", "fine"),
        ("Firma zapłaciła 5 proc. obrotu grzywny i przekazała 40 mln euro.", "40 mln euro", "value"),
        # a dash standing for the verb left out ties a sum to the named one before it, in another currency too and
        # past an amount that is no sum; with no dash, a sum in another currency stays unnamed
        ("Rosyjski pocisk kosztuje ok. 1,2 tys. dolarów, a zachodni pocisk 155 mm – 3,5–4 tys. euro.",
         "3,5–4 tys. euro", "price"),
        ("Bilet do kabiny czteroosobowej kosztuje 18 500 rubli, a do kabiny dwuosobowej – 32 tys. rubli.",
         "32 tys. rubli", "ticket price"),
        ("Bilet kosztuje 18 500 rubli, a Rosja przekazała 3 mln dolarów.", "3 mln dolarów", "value"),
    ],
)
def test_wages_and_compensation(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the verb of change before "do" measures its subject past the percent it changed by
        ("Obroty między oboma państwami wzrosły o 37 proc., do ok. 68 mln dolarów.", "ok. 68 mln dolarów",
         "trade turnover"),
        ("Obroty między oboma państwami wzrosły o 37 proc., do ok. 68 mln dolarów.", "37 proc.",
         "trade growth"),
        # the level a conditional verb of change reaches ("do" opens the amount)
        ("Wymiana handlowa bez dostaw broni skurczyłaby się do kilkudziesięciu milionów dolarów rocznie.",
         "do kilkudziesięciu milionów dolarów rocznie", "trade turnover"),
        # a comma that opens another clause is still a boundary
        ("Obroty wzrosły o 37 proc., a firma wydała ok. 68 mln dolarów.", "ok. 68 mln dolarów", "spending"),
    ],
)
def test_a_change_and_the_level_it_reaches(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Ponad 60 proc. stanowili mężczyźni.", "Ponad 60 proc.", "share"),
        ("Blisko jedna trzecia trafiła do Rosji.", "Blisko jedna trzecia", "share"),
        ("Obroty wzrosły o 62 proc.", "62 proc.", "trade growth"),
        ("Przeładunki wzrosły o 62 proc.", "62 proc.", "cargo handling growth"),
        ("Nastroje wzrosły o 62 proc.", "62 proc.", "growth"),
        ("Poparcie spadło o 15 proc.", "15 proc.", "support decrease"),
        ("Zainteresowanie spadło o 15 proc.", "15 proc.", "decrease"),
        ("Taki robotnik jest o ok. 30 proc. tańszy niż miejscowy.", "ok. 30 proc.", "difference"),
        ("W 2024 r. było to 300 proc. więcej.", "300 proc.", "difference"),
        # a part of what a noun names is a share of it; "o" with no verb of change names nothing
        ("Około 50 proc. pocisków nie wybuchło.", "Około 50 proc. pocisków", "share"),
        ("Mowa o 30 proc. kontyngentu.", "30 proc. kontyngentu", "share"),
        ("Nastroje poprawiły się o 9 proc.", "9 proc.", None),
    ],
)
def test_a_percent_with_nothing_named(text: str, span: str, counted: str | None) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Szturm prowadziło od 80 do 150 ludzi.", "od 80 do 150 ludzi", "soldier"),
        ("Na budowie pracuje 300 ludzi.", "300 ludzi", "worker"),
        ("W obozie jenieckim przesłuchano 40 ludzi.", "40 ludzi", "prisoner of war"),
        # no role in the clause: persons
        ("Na wiec przyszło 300 ludzi.", "300 ludzi", "person"),
        ("Zebrało się ok. 2 tys. ludzi, a żołnierze pilnowali porządku.", "ok. 2 tys. ludzi", "person"),
    ],
)
def test_people_take_the_role_of_their_clause(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Pocisk przenosi głowicę bojową o masie do 500 kg.", "do 500 kg", "warhead"),
        ("Wysłano kontener o wadze 300 kg.", "300 kg", "container"),
        # the weight of one thing is its weight, save a warhead's or a container's; many are a tonnage of them
        ("Dron o masie 20 kg spadł na dom.", "20 kg", "weight"),
        ("Koreański satelita o masie ok. 800 kg trafił na orbitę.", "ok. 800 kg", "satellite mass"),  # a mass
        ("Jeden taki pocisk waży ok. 90 kg.", "ok. 90 kg", "weight"),
        ("Do Rosji trafiło 1,6 mln pocisków artyleryjskich o łącznej masie przeszło 40 tys. ton.",
         "przeszło 40 tys. ton", "artillery shell"),
        ("Głowica bojowa KN-23 waży ok. 500 kg.", "ok. 500 kg", "warhead"),
        # no "o" before the measure noun, or no counted noun before "o": the measure's own name
        ("Masa głowicy wynosi 500 kg.", "500 kg", "weight"),
        ("Zbudowano most o długości 1 km.", "1 km", "length"),
    ],
)
def test_a_weight_named_by_what_it_weighs(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # days per week or month are a count of days, named by their clause
        ("Robotnicy pracują sześć dni w tygodniu.", "sześć dni w tygodniu", "item/week", "working day"),
        ("Przysługują im dwa dni wolne w miesiącu.", "dwa dni wolne w miesiącu", "item/month", "day off"),
        ("Wolne mają tylko dwa dni w miesiącu.", "tylko dwa dni w miesiącu", "item/month", "day off"),
        ("Statek płynie pięć dni w tygodniu.", "pięć dni w tygodniu", "item/week", "day"),
        # days without a longer period, or hours per day, stay spans of time
        ("Szkolenie trwało pięć dni.", "pięć dni", "day", "training"),
        ("Pracują 12 godzin dziennie.", "12 godzin dziennie", "hour/day", "working time"),
        # a stretch up to the article's date with a number is a duration too; without one it counts nothing
        ("W ciągu ostatnich trzech tygodni zestrzelono 120 dronów.", "trzech tygodni", "week", "duration"),
        ("W ostatnich trzech miesiącach wylądowały 23 samoloty.", "trzech miesiącach", "month", "duration"),
    ],
)
def test_days_counted_and_recent_stretches(text: str, span: str, unit: str, counted: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert [(q.unit, q.counted) for q in hits] == [(unit, counted)]


@pytest.mark.parametrize(
    "text",
    ["W ostatnim tygodniu zestrzelono 120 dronów."],
)
def test_no_stretch_is_counted(text: str) -> None:
    assert [q.unit for q in found(text) if q.unit in ("week", "year", "item/month")] == []


@pytest.mark.parametrize(("text", "span"), [("Kim ma 41 lat.", "41 lat"), ("Syn ma dwa lata.", "dwa lata")])
def test_a_persons_years_are_no_span_of_time(text: str, span: str) -> None:
    assert [(q.text, q.counted) for q in found(text) if q.unit == "year"] == [(span, "age")]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a period earlier in the clause rates its count, past an aside between dashes
        ("Do tego co miesiąc trafia do Rosji kilkaset rakiet.", "kilkaset rakiet", "item/month"),
        ("Przez most codziennie przejeżdża – według szacunków KDI – od 300 do 400 ciężarówek.",
         "od 300 do 400 ciężarówek", "item/day"),
        ("Miesięcznie przez bramy zakładu przechodzi od 20 do 30 pojazdów.", "od 20 do 30 pojazdów", "item/month"),
        # "w ciągu doby" is one day's count, not a rate
        ("Obrońcy naliczyli ponad 2 600 pocisków wystrzelonych w ciągu doby.", "ponad 2 600 pocisków", "item"),
        # not past a clause boundary or another number
        ("Codziennie ginie 10 żołnierzy, a w sumie zginęło 500 żołnierzy.", "500 żołnierzy", "person"),
        ("Co miesiąc w 2024 r. wysyłano 300 wagonów.", "300 wagonów", "item/month"),
        ("Co roku przyjeżdżało 20 tys. turystów, ale w 2025 r. było ich 5 tys.", "5 tys.", "person"),
    ],
)
def test_a_period_earlier_in_the_clause_rates_its_count(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a model name counted by itself takes the kind of its model
        ("Wystrzelono sześć rakiet KN-23 oraz cztery Iskandery-M.", "cztery Iskandery-M", "ballistic missile"),
        ("Ukraina dostała dwa Patrioty.", "dwa Patrioty", "air defence system"),
        ("Nad Kijowem zestrzelono 12 Geraniów.", "12 Geraniów", "Geran drone"),
        ("Rosja wystrzeliła 40 Shahedów.", "40 Shahedów", "Shahed drone"),
        # ... also written as a common noun, in lowercase
        ("Ukraińcy zniszczyli 17 koksanów.", "17 koksanów", "self-propelled gun"),
        ("Nad Kijowem zestrzelono 40 szahedów.", "40 szahedów", "Shahed drone"),
        ("Rosja ma dziesiątki koksanów.", "dziesiątki koksanów", "self-propelled gun"),
        # a drone noun with a model name stays a drone; a model word that is also a common word is no model
        ("Nad Kijowem zestrzelono 12 dronów Gerań.", "12 dronów", "drone"),
    ],
)
def test_a_model_name_counted_by_itself(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


def test_a_common_word_that_a_model_name_is_also_written_as_is_no_model() -> None:
    assert [(q.unit, q.counted) for q in found("Na wiec przyszło 20 patriotów.")] != [("item", "air defence system")]
    assert [q.unit for q in found("Na wiec przyszło 20 patriotów.")] == ["person"]  # "patriotów": patriots


@pytest.mark.parametrize(
    "text",
    [
        "Według śledczych był to Hwasong-11, znany na Zachodzie jako KN-23.",  # "to" is no English "ten"
    ],
)
def test_no_model_count(text: str) -> None:
    assert [q.text for q in found(text) if q.unit == "item"] == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a part of a whole named by a noun after "z" counts that noun
        ("Sankcjami objęto trzy z wymienionych tankowców.", "trzy z wymienionych tankowców", "tanker"),
        ("Dwa z tych dronów spadły na osiedle.", "Dwa z tych dronów", "drone"),
        ("Trzy z tankowców zatrzymano w porcie.", "Trzy z tankowców", "tanker"),
        ("Pięciu z sześciu jeńców odmówiło powrotu.", "Pięciu z sześciu jeńców", "prisoner of war"),
    ],
)
def test_a_part_counts_the_whole_named_after_z(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    "text",
    ["Dwa z nich spadły na osiedle.", "Dwa z tych spadły, a trzy z tamtych nie.", "Dwa z Rosji przyleciały."],
)
def test_no_whole_named_after_z(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a span of time after "co" says how often, not how long
        ("Wybory odbywają się co pół roku.", "pół roku", "interval"),
        ("Samoloty przylatują co kilka tygodni.", "kilka tygodni", "interval"),
        ("Co dwa lata odbywa się szczyt.", "dwa lata", "interval"),
        # without "co" it lasts
        ("Szkolenie saperów trwa pół roku.", "pół roku", "training"),
    ],
)
def test_an_interval_after_co(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


def test_co_before_a_date_counts_nothing() -> None:
    assert found("Zrobił to, co dwa lata temu zapowiadał.") == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a length names what it measures by a known noun in the genitive
        ("Odbudowali już ok. 40 km torów.", "ok. 40 km torów", "track"),
        ("Zbudowano 15 km dróg i 200 m mostu.", "15 km dróg", "road"),
        # not by a measure noun or a journey; a noun the lexicon lacks leaves the thing's length
        ("Granica ma 17 km długości.", "17 km długości", "length"),
        ("Pociąg pokonuje ok. 1,2 tys. km trasy z Pjongjangu.", "ok. 1,2 tys. km", "distance"),
        ("Na ok. 4 km wybrzeża stanęły hotele.", "ok. 4 km wybrzeża", "length"),
    ],
)
def test_a_length_named_by_its_genitive(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a value with nothing named is a value, and a value of a sum is that sum past its adjectives
        ("Ich łączna wartość przekracza 3,5 mln zł.", "przekracza 3,5 mln zł", "value"),
        ("Wartość wyniosła 20 mln dolarów.", "20 mln dolarów", "value"),
        ("Łączna wartość towarów przekracza 3,5 mln zł.", "przekracza 3,5 mln zł", "value"),
        ("Wartość rosyjskiej pomocy wojskowej dla KRLD wyniosła w 2025 r. od 1,2 do 1,6 mld dolarów.",
         "od 1,2 do 1,6 mld dolarów", "military aid"),
        ("Wartość rosyjskiej pomocy dla KRLD wyniosła 2 mld dolarów.", "2 mld dolarów", "aid"),
        # a sum after a dash names the money noun before it, past an adjective that morfeusz also reads as a verb
        ("Resort wystąpił o rekordowy budżet na przyszły rok – blisko 9 bln jenów.", "blisko 9 bln jenów", "budget"),
        # a verb that names the sum, past an aside of attribution between commas
        ("Budowa kosztowała, jak podaje portal Fishnews, ok. 2,3 mld rubli.", "ok. 2,3 mld rubli", "cost"),
        ("Budowa kosztowała, według ministerstwa, ok. 2,3 mld rubli.", "ok. 2,3 mld rubli", "cost"),
        # a comma that opens no aside still ends the clause
        ("Budowa kosztowała dużo, a Rosja wydała potem 2,3 mld rubli.", "2,3 mld rubli", "spending"),
        ("Budowa trwała długo, w sumie 2,3 mld rubli.", "w sumie 2,3 mld rubli", "value"),
    ],
)
def test_money_named_by_a_value_a_noun_or_a_verb(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the value of an undertaking, or what it costs, is its cost
        ("Budowę, wartą ok. 9 mld rubli, ukończono w lipcu.", "ok. 9 mld rubli", "cost"),
        ("Seul sfinansował program satelitarny, warty ok. 1,4 bln wonów.", "ok. 1,4 bln wonów", "cost"),
        ("Okręty powstają w Gdyni, a cały program kosztuje ponad 10 mld zł.", "ponad 10 mld zł", "cost"),
        ("Inwestycja kosztowała ok. 2,3 mld rubli.", "ok. 2,3 mld rubli", "cost"),
        ("Modernizacja o wartości 400 mln zł ruszy w maju.", "400 mln zł", "cost"),
        ("Budowa jest warta 9 mld rubli.", "9 mld rubli", "cost"),  # what an undertaking "is worth"
        # must not: the value of a thing, a sum named by its own noun, a thing that costs
        ("Kontrakt o wartości 2 mld dolarów podpisano w Moskwie.", "2 mld dolarów", "value"),
        ("Inwestycje sięgnęły 4 mld juanów.", "4 mld juanów", "investment"),
        ("Ładunek wart 870 tys. dolarów zatrzymano w porcie.", "870 tys. dolarów", "value"),
        ("Kontrakt jest wart 2 mld dolarów.", "2 mld dolarów", "value"),
        ("Jeden dron kosztuje 20 tys. dolarów.", "20 tys. dolarów", "price"),
        ("Pomoc o wartości 2 mld dolarów trafi do Kijowa.", "2 mld dolarów", "aid"),
    ],
)
def test_the_value_of_an_undertaking_is_its_cost(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # men counted in a unit are its soldiers, men a side lost are soldiers, the persons of a crew its members
        ("Do Rosji może trafić batalion ochrony liczący od 300 do 500 ludzi.", "od 300 do 500 ludzi", "soldier"),
        ("Jego pluton liczył 30 ludzi.", "30 ludzi", "soldier"),
        ("Koreańczycy mogli stracić w zabitych i rannych nawet 9 tys. ludzi.", "nawet 9 tys. ludzi", "soldier"),
        ("Załoga liczy 17 osób.", "17 osób", "crew member"),
        ("Oddział takiej wielkości wymaga ok. 60 osób personelu.", "ok. 60 osób", "staff"),
        # persons who fight, serve or are stationed are soldiers
        ("W obwodzie kurskim walczy ok. 11 tys. osób z KRLD.", "ok. 11 tys. osób z KRLD", "soldier"),
        ("W jednostce służy 300 osób.", "300 osób", "soldier"),
        ("W bazie stacjonuje ponad tysiąc osób.", "ponad tysiąc osób", "soldier"),
        # not without such a word, nor when the persons die in fighting or fight for something else
        ("Na statku było 17 osób.", "17 osób", "person"),
        ("W walkach zginęło 5 osób.", "5 osób", "person"),
        ("Na stadionie było 20 tys. osób, które walczyły o bilety.", "20 tys. osób", "person"),
        ("Na budowie pracuje 300 ludzi.", "300 ludzi", "worker"),
        ("W mieście mieszka 300 tys. ludzi.", "300 tys. ludzi", "person"),
    ],
)
def test_persons_named_by_their_unit_or_crew(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # "sztuk" with no genitive counts the thing named before it in the sentence
        ("Rosja kupiła czołgi, w sumie 40 sztuk.", "w sumie 40 sztuk", "tank"),
        ("Potrzebujemy tanich dronów przechwytujących i to w tysiącach sztuk.", "tysiącach sztuk",
         "interceptor drone"),
        ("Powstaje linia produkcyjna pocisków kalibru 155 mm o wydajności 150 tys. sztuk rocznie.",
         "150 tys. sztuk rocznie", "artillery shell"),
        # not a place, a firm or a unit; nothing before leaves "item"; a counter of its own kind keeps it
        ("Zakład w Jełabudze wyprodukował w tym roku 5 tys. sztuk.", "5 tys. sztuk", "item"),
        ("Wyprodukowano 50 sztuk.", "50 sztuk", "item"),
        ("Zakaz zawijania do portów obejmuje 79 jednostek.", "79 jednostek", "ship"),
        # a bare amount "z nich" counts the persons or things named before it in its sentence
        ("Gdy wymieniano jeńców, ponad 20 tys. z nich odmówiło powrotu.", "ponad 20 tys.", "prisoner of war"),
        ("Rosja ma czołgi, ale tylko 20 z nich działa.", "tylko 20", "tank"),
        ("Ponad 20 z nich odmówiło.", "Ponad 20", None),
        # ... or in the sentence before, in the same paragraph
        ("Fabryka wytwarza drony. Miesięcznie powstaje 50 sztuk.", "50 sztuk", "drone"),
        ("Fabryka wytwarza drony.\n\nMiesięcznie powstaje 50 sztuk.", "50 sztuk", "item"),
    ],
)
def test_a_bare_counter_counts_the_thing_named_before(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # tens of thousands of "pocisków" and more, with no word to tell their kind, are artillery shells
        ("KRLD przekazała Rosji co najmniej 12 mln pocisków.", "co najmniej 12 mln pocisków", "artillery shell"),
        ("Korea Północna może wytwarzać kilkaset tysięcy pocisków miesięcznie.",
         "kilkaset tysięcy pocisków miesięcznie", "artillery shell"),
        ("Do Rosji trafiło od 20 do 30 tys. pocisków.", "od 20 do 30 tys. pocisków", "artillery shell"),
        # fewer stay missiles; a word of their kind decides whatever the amount
        ("Rosja otrzymała ok. 250 pocisków.", "ok. 250 pocisków", "missile"),
        ("Rosja otrzymała 9 tys. pocisków.", "9 tys. pocisków", "missile"),
        ("KRLD dostarczyła 20 tys. pocisków balistycznych.", "20 tys. pocisków balistycznych", "ballistic missile"),
    ],
)
def test_a_sense_chosen_by_the_amount(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a weapon's reach: a distance in a clause of firing
        ("Wyrzutnia może wystrzelić 22 rakiety w salwie na odległość do 60 km.", "do 60 km", "range"),
        ("Działo razi cele oddalone o ok. 60 km.", "ok. 60 km", "range"),
        ("Według producenta system razi cele na odległość do 20 km.", "do 20 km", "range"),
        # a thing made longer, a thing that measures so much, the length of a thing named after the distance
        ("Nabrzeże wydłużono o ok. 150 metrów.", "ok. 150 metrów", "length"),
        ("Na liczącym ok. 240 km odcinku wydłużono bocznice.", "ok. 240 km", "length"),
        ("Most mierzy 600 m.", "600 m", "length"),
        ("Kompleks ma ok. 4 km plaży.", "ok. 4 km plaży", "length"),
        # a distance from the target is how far a missile missed; accuracy given as a distance too
        ("Rakiety spadały nawet 1–3 km od celu.", "nawet 1–3 km", "miss distance"),
        ("Celność rzędu kilkudziesięciu metrów oznacza broń precyzyjną.", "rzędu kilkudziesięciu metrów",
         "miss distance"),
        # a distance from a place, a way gone, a flight, a withdrawal stay distances
        ("Artyleria ostrzelała wieś położoną 30 km od granicy.", "30 km", "distance"),
        ("Drony wystrzelone z Ukrainy pokonały blisko 1,3 tys. km.", "blisko 1,3 tys. km", "distance"),
        ("Pasażerowie pokonują trasę liczącą ok. 10 tys. km.", "ok. 10 tys. km", "distance"),
        ("Trasa liczy ok. 280 km i nie wymaga przeładunku.", "ok. 280 km", "distance"),
        ("Wojska wycofały się na odległość 20 km.", "20 km", "distance"),
    ],
)
def test_a_distance_named_by_its_clause(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a compound adjective of length gives the length of the thing it qualifies, or the measure it names
        ("Spółka zarządza 54-kilometrową linią z Chasanu do Rajin.", "54-kilometrową linią", "length"),
        ("Zbudowano 300-metrowy most.", "300-metrowy most", "length"),
        ("Nurkowie zeszli na 10-metrową głębokość.", "10-metrową głębokość", "depth"),
        # a way gone stays a distance
        ("Kolumna odbyła 20-kilometrowy marsz przez las.", "20-kilometrowy marsz", "distance"),
        ("Wyznaczono 10-kilometrową strefę buforową.", "10-kilometrową strefę", "distance"),
        ("To była 800-kilometrowa trasa.", "800-kilometrowa trasa", "distance"),
    ],
)
def test_a_compound_adjective_of_length(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a weight carried or handled, with nothing named, is cargo
        ("W 2025 r. tą trasą przewieziono ok. 520 tys. ton.", "ok. 520 tys. ton", "cargo"),
        ("Terminal może przeładować do 4 mln ton rocznie.", "do 4 mln ton rocznie", "cargo"),
        ("Przeładunki mają wzrosnąć do 2 mln ton rocznie.", "2 mln ton rocznie", "cargo"),
        # what is named wins; a weight not carried stays a weight
        ("Przewieziono 20 tys. ton węgla.", "20 tys. ton węgla", "coal"),
        ("Całość waży 500 kg.", "500 kg", "weight"),
        # a weight after a dash or in brackets weighs the known noun before it
        ("Największą część limitu stanowi mintaj – ok. 22 tys. ton.", "ok. 22 tys. ton", "pollock"),
        ("Dochodzą do tego śledź pacyficzny (9,5 tys. t) i kalmary (6,8 tys. t).", "9,5 tys. t", "Pacific herring"),
        ("Resztę stanowi węgiel – 300 tys. ton.", "300 tys. ton", "coal"),
        # not a noun the lexicon lacks, nor one that is no subject
        ("Największą część stanowi Xyzab – 300 ton.", "300 ton", "weight"),
    ],
)
def test_a_weight_of_cargo_or_in_apposition(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # aircraft, helicopters and tanks of a named model, counted by themselves
        ("W bazach stoi ok. 150 MiG-29 i Su-27.", "ok. 150 MiG-29", "fighter aircraft"),
        ("Mówił o co najmniej czterech MiG-29.", "co najmniej czterech MiG-29", "fighter aircraft"),
        ("Rosja straciła 20 T-72.", "20 T-72", "tank"),
        ("Nad Morze Czarne poleciały dwa Tu-95.", "dwa Tu-95", "bomber"),
        # a possessive pronoun between the amount and its noun is passed over
        ("Przez front przewinęło się już ok. 20 tys. jej żołnierzy.", "ok. 20 tys. jej żołnierzy", "soldier"),
        ("Zginęło 12 ich żołnierzy.", "12 ich żołnierzy", "soldier"),
    ],
)
def test_models_counted_by_themselves_and_possessives(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    "text",
    [
        "Maszyny wycofano we wrześniu z 23. Bazy Lotnictwa Taktycznego w Mińsku.",  # an ordinal: a dot, then on
        "Do Kurska trafiła 80. Brygada Desantowo-Szturmowa.",
        "MiG-29 poleciał nad Bałtyk.",  # a model alone counts nothing
    ],
)
def test_ordinals_and_models_alone_count_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # repetitions of a verb the lexicon does not name are occurrences; of one it names, that event
        ("Statek co najmniej pięć razy wyłączał nadajnik AIS.", "co najmniej pięć razy", "occurrence"),
        ("Alarm ogłaszano kilkanaście razy.", "kilkanaście razy", "occurrence"),
        ("Statek zawinął do portu 43 razy.", "43 razy", "port call"),
    ],
)
def test_repetitions_of_any_verb(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    "text",
    [
        "Rosja trzy razy zwiększyła eksport.",  # a ratio with a verb of change
        "Saldo urosło od lipca trzykrotnie.",
        "Szacunki różnią się nawet trzykrotnie.",  # a ratio with a verb of comparison
        "Ceny są trzy razy wyższe.",
        "Był tam raz.",  # "raz" alone counts nothing
    ],
)
def test_ratios_are_no_repetitions(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # a sum of a crypto asset counts the asset
        ("Hakerzy wyprowadzili ponad 81 tys. ETH z giełdy.", "ponad 81 tys. ETH", "ETH", "ether"),
        ("Skradziono 1,2 tys. bitcoinów.", "1,2 tys. bitcoinów", "BTC", "bitcoin"),
        ("Zamrożono 300 BTC.", "300 BTC", "BTC", "bitcoin"),
    ],
)
def test_crypto_assets(text: str, span: str, unit: str, counted: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert [(q.unit, q.counted) for q in hits] == [(unit, counted)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "counted"),
    [
        # a period adjective without a number is one period of a noun of time or activity
        ("Odbyli co najmniej miesięczne szkolenie.", "co najmniej miesięczne szkolenie", 1, "month", "training"),
        ("Podpisali roczne kontrakty.", "roczne kontrakty", 1, "year", "contract term"),
        ("Tygodniowa wycieczka kosztuje 1800 dolarów.", "Tygodniowa wycieczka", 1, "week", "duration"),
        ("Roczny staż zaczyna się w maju.", "Roczny staż", 1, "year", "duration"),
        ("Czeka ich półroczna rotacja.", "półroczna rotacja", 0.5, "year", "rotation"),  # "pół" + "roczny"
    ],
)
def test_a_single_period(text: str, span: str, value: float, unit: str, counted: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert [(q.value, q.unit, q.counted) for q in hits] == [(value, unit, counted)]


@pytest.mark.parametrize(
    "text",
    [
        "Miesięczne wynagrodzenie jest niskie.",  # a rate, no amount
        "Roczny budżet jest niski.",
        "Tygodniowy raport opublikowano w piątek.",
    ],
)
def test_a_period_adjective_on_another_noun_counts_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a bare amount of "them", the pronoun up to three words before it, counts persons in the clause's role
        ("W 2016 r. pracowało ich w Polsce ok. 500.", "ok. 500", "worker"),
        ("Walczy ich tam ponad 10 tys.", "ponad 10 tys.", "soldier"),
    ],
)
def test_a_bare_amount_of_them(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


def test_a_count_noun_counts_what_precedes_the_amount() -> None:
    assert [q.counted for q in found("Ich liczba to ok. 500.")] == [None]  # "ok." is no noun ("oko") it counts


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # a sum given again in another currency keeps the period of the first
        ("Oficjalnie zarabiają 85 tys. rubli miesięcznie, czyli ok. 1 tys. dolarów.", "ok. 1 tys. dolarów",
         "USD/month", "wage"),
        ("Płacą robotnikom 500 zł dziennie (ok. 120 euro).", "ok. 120 euro", "EUR/day", "wage"),
        # a sum of no period given again stays so
        ("Kontrakt opiewa na 180 mln rubli, czyli ok. 2 mln dolarów.", "ok. 2 mln dolarów", "USD", "value"),
        # a price of a kilogram is per kilogram
        ("Na targowiskach kilogram ryżu kosztuje ok. 6 tys. wonów.", "ok. 6 tys. wonów", "KRW/kg", "rice price"),
    ],
)
def test_sums_given_again_and_prices_per_unit(text: str, span: str, unit: str, counted: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert [(q.unit, q.counted) for q in hits] == [(unit, counted)]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a count of the same thing in a clause that leaves out its verb keeps the rate of the count before it
        ("Rosjanie wystrzeliwują dziennie 20 tys. pocisków, Ukraińcy ok. 7 tys.", "ok. 7 tys.", "item/day"),
        ("Rosja produkuje miesięcznie 2 tys. dronów, a Ukraina 5 tys. dronów.", "5 tys. dronów", "item/month"),
        # not past a verb of its own, nor a period of its own
        ("Fabryka produkuje 100 dronów dziennie, a w magazynie jest 500 dronów.", "500 dronów", "item"),
        ("Wyjeżdżało 110 dronów na dobę, a w rekordowym tygodniu – ponad 900.", "ponad 900", "item"),
        # a noun that reads as a verb too is no verb of its own; a count contrasted with a rated one keeps its rate
        ("Przetaczano średnio 20–25 wagonów dziennie, a w szczycie, pod koniec września, nawet 40.", "nawet 40",
         "item/day"),
        ("Uczelnie będą przyjmować 1,5 tys. studentów rocznie zamiast dotychczasowych ok. 900.", "ok. 900",
         "person/year"),
        ("Fabryka produkuje 100 dronów dziennie, a zamiast 500 dronów magazyn przyjął 300.", "500 dronów", "item"),
    ],
)
def test_a_gapped_count_keeps_the_rate(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a state named before a number is no model designation
        ("Przejechało do KRLD 146 wagonów.", "146 wagonów", "wagon"),
        # an adverb of the adjective after the number is passed over
        ("Na zdjęciach widać sześć świeżo obwałowanych stanowisk.", "sześć świeżo obwałowanych stanowisk", "position"),
        ("Wysłano 300 nowo zwerbowanych żołnierzy.", "300 nowo zwerbowanych żołnierzy", "soldier"),
        # an adjective before a noun morfeusz does not know is no noun itself
        ("W bazie zbudowano 12 nowych schronohangarów.", "12 nowych schronohangarów", "schronohangarów"),
    ],
)
def test_what_stands_between_the_number_and_its_noun(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


def test_a_model_designation_still_counts_nothing() -> None:
    assert found("Rosja używa systemów BM 21.") == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a rate after a second noun of the count rates the count
        ("Przejście obsłuży ok. 200 ciężarówek i autobusów na dobę.", "ok. 200 ciężarówek i autobusów na dobę",
         "item/day"),
        ("Wysłano 200 dronów i rakiet miesięcznie.", "200 dronów i rakiet miesięcznie", "item/month"),
        # not past a verb
        ("Wysłano 200 dronów i zapłacono miesięcznie.", "200 dronów", "item"),
    ],
)
def test_a_rate_after_coordinated_nouns(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a rate adjective on the noun right before the amount, or before its measuring verb, rates the amount
        ("Rezolucja ustala roczny limit 500 tys. baryłek.", "500 tys. baryłek", "item/year"),
        ("Miesięczna produkcja sięga 2 tys. dronów.", "2 tys. dronów", "item/month"),
        ("Dzienne zużycie – 10 tys. pocisków.", "10 tys. pocisków", "item/day"),
        # not an adjective of a report that counts
        ("Roczny raport podaje 500 ofiar.", "500 ofiar", "person"),
        ("W rocznym raporcie opisano 500 ataków.", "500 ataków", "item"),
    ],
)
def test_a_rate_adjective_on_the_subject(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        # "z" + a genitive is where the counted come from; "z" + an instrumental is what they go with
        ("Przyjechało 300 robotników z Korei Północnej.", "300 robotników z Korei Północnej", "North Korea"),
        ("Przyjechało 300 robotników z północnokoreańskich zakładów.",
         "300 robotników z północnokoreańskich zakładów", "North Korea"),  # the span takes the adjective's noun
        ("Przez Chasan przejechało ok. 1,6 tys. wagonów z północnokoreańską amunicją.", "ok. 1,6 tys. wagonów", None),
        ("Do portu wpłynęło 12 statków z rosyjską ropą.", "12 statków", None),
    ],
)
def test_where_the_counted_come_from(text: str, span: str, actor: str | None) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    assert (hits[0].actor.name if hits[0].actor else None) == actor


def test_a_thing_that_is_worth_a_sum_keeps_its_lemma() -> None:
    hits = [q for q in found("Jeden kontener pocisków jest wart na rynku ok. 1,5 mln dolarów.")
            if q.text == "ok. 1,5 mln dolarów"]
    assert [(q.counted, q.counted_lemma) for q in hits] == [("value", "kontener")]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a weight that nothing names weighs what the weight before it, in its sentence or the one before, weighed
        ("Rosja wyeksportuje ok. 43 mln ton pszenicy, więc 50 tys. ton dla KRLD to niewiele.", "50 tys. ton", "wheat"),
        ("W 2022 r. Rosja sprzedała KRLD 3 tys. ton pszenicy. Dziś wysyła 10 tys. ton miesięcznie.",
         "10 tys. ton miesięcznie", "wheat"),
        ("Statek przywiózł 2 tys. ton węgla, a w marcu kolejne 3 tys. ton.", "kolejne 3 tys. ton", "coal"),
        ("Port przyjął 5 tys. ton nawozów. W marcu dotarło jeszcze 800 ton.", "800 ton", "fertiliser"),
        # across one sentence in between, not two; nor past another thing named right before the amount
        ("Port przyjął 5 tys. ton nawozów. Kontrola trwała tydzień. W marcu dotarło jeszcze 800 ton.", "800 ton",
         "fertiliser"),
        ("Port przyjął 5 tys. ton nawozów. Kontrola trwała tydzień. Port zamknięto. W marcu dotarło jeszcze 800 ton.",
         "800 ton", "weight"),
        ("Dron waży ok. 200 kg, a jego głowica 50 kg.", "50 kg", "warhead"),  # named right before: the warhead
        ("Dron waży ok. 200 kg, a jego silnik 50 kg.", "50 kg", "weight"),
        ("Obiekt ma 800 ton.", "800 ton", "weight"),
        ("Kalmary to 6,8 tys. t. Rosjanie dopuścili też połów kraba, na razie w ilości 500 ton.", "500 ton",
         "crab"),  # the sentence names other goods: the crab of its clause before, not the squid of the sentence before
        # the subject of a verb of weighing is the thing weighed
        ("Głowica waży 500 kg.", "500 kg", "warhead"),
        ("Dron Geran-2 waży ok. 200 kg.", "ok. 200 kg", "weight"),  # one drone: its weight (a warhead's is named)
        ("Ładunek wybuchowy głowicy ważył – jak wynika z ekspertyzy – między 480 a 500 kg.", "między 480 a 500 kg",
         "explosive device"),
        ("Ważył – jak wynika z ekspertyzy – 500 kg.", "500 kg", "weight"),  # an aside names no thing weighed
        ("Ładunek waży 20 kg.", "20 kg", "weight"),  # a measure noun alone: a load? a charge?
        ("Największą część stanowi mintaj – ok. 22 tys. ton.", "ok. 22 tys. ton", "pollock"),
    ],
)
def test_weights_named_by_the_clause_and_the_weight_before(text: str, span: str, counted: str) -> None:
    assert [q.counted for q in found(text) if q.text == span] == [counted]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the entries of sanctions and export-control lists are items
        ("Na liście znalazły się 243 pozycje objęte kontrolą eksportu.", "243 pozycje", "item"),
        ("Nowy pakiet sankcji obejmuje ponad 1,8 tys. pozycji.", "ponad 1,8 tys. pozycji", "item"),
        ("Brygada zajęła trzy pozycje.", "trzy pozycje", "position"),  # no list: a position
        # who attends an academy or a course is a student; an audience listens
        ("W rosyjskich uczelniach wojskowych uczy się 180 słuchaczy z KRLD.", "180 słuchaczy z KRLD", "student"),
        ("Kurs ukończyło 40 słuchaczy.", "40 słuchaczy", "student"),
        ("Panel zgromadził blisko trzystu słuchaczy, głównie studentów uczelni.", "blisko trzystu słuchaczy",
         "listener"),
        ("Audycji słucha 5 tys. słuchaczy.", "5 tys. słuchaczy", "listener"),
        # a transfer between ships at sea, a transshipment elsewhere
        ("Raport opisuje siedem przeładunków ze statku na statek na Morzu Żółtym.", "siedem przeładunków",
         "ship-to-ship transfer"),
        ("Na przejściu w Chasanie wykonano 30 przeładunków z wagonów na ciężarówki.", "30 przeładunków",
         "transshipment"),
        ("Wysłano 4 transporty broni.", "4 transporty", "transport"),
    ],
)
def test_senses_of_lists_courses_and_transfers(text: str, span: str, counted: str) -> None:
    assert [q.counted for q in found(text) if q.text == span] == [counted]


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # an adjective for a noun left out ("innych", "pozostali") is no noun of its own
        ("Jak podał wywiad, co najmniej dwóch innych wolało wysadzić się granatem.", "co najmniej dwóch innych",
         "person", "person"),
        ("W ataku zginęło dwóch żołnierzy, a trzech innych zostało rannych.", "trzech innych", "person", "soldier"),
        ("Rosja kupiła trzy drony, a Iran pięć innych.", "pięć innych", "item", "drone"),
        ("Zginęło trzech innych żołnierzy.", "trzech innych żołnierzy", "person", "soldier"),  # its noun follows
        ("Czterech z nich zginęło, a dwaj pozostali trafili do niewoli.", "dwaj pozostali", "person",
         "prisoner of war"),
    ],
)
def test_an_adjective_for_a_noun_left_out(text: str, span: str, unit: str, counted: str) -> None:
    assert [(q.unit, q.counted) for q in found(text) if q.text == span] == [(unit, counted)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # "dwóch państw" after the noun it depends on names a pair by its relation: no count
        ("To sprawa dwóch suwerennych państw.", []),
        ("Współpraca jest suwerennym prawem dwóch państw.", []),
        ("Przywódcy dwóch krajów spotkali się w Moskwie.", []),
        # a count of states stays one
        ("Dwa państwa odmówiły podpisu.", ["Dwa państwa"]),
        ("Rezolucję poparło 13 państw.", ["13 państw"]),
        ("W spotkaniu wzięli udział przedstawiciele 30 krajów.", ["30 krajów"]),
        ("Przedstawiciele 2 państw nie przyjechali.", ["2 państw"]),  # digits count
        ("Sankcje poparło dwóch członków.", ["dwóch członków"]),
    ],
)
def test_a_pair_named_by_its_relation_is_no_count(text: str, spans: list[str]) -> None:
    assert [q.text for q in found(text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier", "counted"),
    [
        # "szt." and "egz." abbreviate counters: what they count is their genitive
        ("Rosja otrzymała 2 mln szt. amunicji.", "2 mln szt. amunicji", 2e6, "exact", "ammunition"),
        ("Dostarczono 200 szt. dronów.", "200 szt. dronów", 200, "exact", "drone"),
        ("Dostarczono 12 egz. tego systemu.", "12 egz. tego systemu", 12, "exact", "system"),
        # a fraction before a multiplier is a number; alone it is a share
        ("Rosja otrzymała ćwierć miliona pocisków.", "ćwierć miliona pocisków", 250_000, "exact", "artillery shell"),
        ("Połowa miliona pocisków trafiła na front.", "Połowa miliona pocisków", 500_000, "exact", "artillery shell"),
        ("Ćwierć amunicji była wadliwa.", "Ćwierć amunicji", 25, "exact", "share"),
        # a verb of crossing bounds a total that is its subject; what crosses a border is counted as it is
        ("Liczba ofiar nie przekracza 500 osób.", "nie przekracza 500 osób", 500, "at_most", "person"),
        ("Straty Koreańczyków przekroczyły 4 tys. żołnierzy.", "przekroczyły 4 tys. żołnierzy", 4000, "more_than",
         "soldier"),
        ("Granicę przekroczyło 13 tys. osób.", "13 tys. osób", 13_000, "exact", "person"),
        ("Most przekroczyło 13 tys. osób.", "13 tys. osób", 13_000, "exact", "person"),
        # a share named by an ordinal is one though a noun that does not agree with it follows
        ("Z tego blisko jedną trzecią Pjongjang spłaci dostawami.", "blisko jedną trzecią", 33, "approx", "share"),
        ("Z tej kwoty dwie piąte Rosja odda w ropie.", "dwie piąte", 40, "exact", "share"),
        # "przeszło" after "przez" with no other verb is the verb ("went through"), not "more than"
        ("Przez nabrzeża zakładu przeszło 14 statków.", "14 statków", 14, "exact", "ship"),
        ("Przez port przeszło w tym roku przeszło 200 tankowców.", "przeszło 200 tankowców", 200, "more_than",
         "tanker"),
        ("Przez port trafiło do Rosji przeszło 14 statków.", "przeszło 14 statków", 14, "more_than", "ship"),
        ("Ukraina zestrzeliła przeszło 14 dronów.", "przeszło 14 dronów", 14, "more_than", "drone"),
        # an adverb between an adjective and its noun stays in the noun phrase
        ("Zabezpieczono 1,1 tys. niewysłanych jeszcze układów scalonych.", "1,1 tys. niewysłanych jeszcze układów "
         "scalonych", 1100, "exact", "integrated circuit"),
        ("Zatrzymano 20 załadowanych już wagonów.", "20 załadowanych już wagonów", 20, "exact", "wagon"),
    ],
)
def test_abbreviated_counters_fractions_of_millions_and_bounded_totals(
        text: str, span: str, value: float, qualifier: str, counted: str) -> None:
    assert [(q.value, q.qualifier, q.counted) for q in found(text) if q.text == span] == [(value, qualifier, counted)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # "r/r" (year on year) closes the percent: the change is the subject's
        ("Eksport wzrósł o 12,5 proc. r/r.", [("12,5 proc.", "percent", "export growth")]),
        ("Eksport wzrósł o 12,5% rok do roku.", [("12,5%", "percent", "export growth")]),
        # "dol." and "szt." keep their dot inside a sentence, and end one before a capital
        ("Robotnicy zarabiają 800–1000 dol. miesięcznie.", [("800–1000 dol. miesięcznie", "USD/month", "wage")]),
        ("Dron kosztuje 20 tys. dol. Rosja kupiła 100 dronów.",
         [("20 tys. dol.", "USD", "price"), ("100 dronów", "item", "drone")]),
        ("Wyprodukowano 50 szt. Rosja kupiła 20 szt. amunicji.",
         [("50 szt.", "item", "item"), ("20 szt. amunicji", "item", "ammunition")]),
        # "zł" takes no dot: a dot after it ends the sentence and stays out of the evidence
        ("Sąd nałożył grzywnę 200 tys. zł.", [("200 tys. zł", "PLN", "fine")]),
        ("Grzywna wyniosła 50 tys. zł. Firma się odwołała.", [("50 tys. zł", "PLN", "fine")]),
        ("Za 300 zł miesięcznie pracują w Rosji.", [("300 zł miesięcznie", "PLN/month", "wage")]),
    ],
)
def test_year_on_year_and_abbreviated_units(text: str, spans: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.unit, q.counted) for q in found(text)] == spans


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # shells travel by the wagon and the container; a launcher's "pociski" are missiles
        ("Każdy z 40 wagonów mieścił ok. 1000 pocisków.", "artillery shell"),
        ("W kontenerze było 500 pocisków.", "artillery shell"),
        ("Wyrzutnia wystrzeliła 12 pocisków.", "missile"),
        ("Rosja otrzymała 100 pocisków.", "missile"),
    ],
)
def test_shells_by_their_wagons(text: str, counted: str) -> None:
    assert [q.counted for q in found(text) if "pocisk" in q.text] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # persons after a dash or a colon are the known persons named before it
        ("Dotarła pierwsza w tym sezonie grupa robotników rolnych z Korei Północnej – 312 osób.", "farm worker"),
        ("Przyjechali robotnicy: 300 osób.", "worker"),
        ("Do szpitala trafili ranni żołnierze – 40 osób.", "soldier"),
        # not persons of no kind, nor across a clause
        ("Przyjechała delegacja – 20 osób.", "person"),
        ("Robotnicy wyjechali, a w ich miejsce przyjechało – według urzędu – 300 osób.", "person"),
        ("Zginęło 12 osób.", "person"),
    ],
)
def test_persons_in_apposition(text: str, counted: str) -> None:
    assert [q.counted for q in found(text) if "osób" in q.text] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # demonyms and citizens who study are students
        ("Kilkudziesięciu Koreańczyków rozpoczęło studia w Moskwie.", "student"),
        ("Na rosyjskich uczelniach uczy się 1,2 tys. obywateli KRLD.", "student"),
        ("Stypendium otrzymało 200 Koreańczyków.", "student"),
        # work comes first; no cue leaves the demonym
        ("Na budowach uniwersytetu pracuje 300 Koreańczyków.", "worker"),
        ("Do Moskwy przyleciało 300 Koreańczyków.", "person"),
    ],
)
def test_students_by_their_clause(text: str, counted: str) -> None:
    assert [q.counted for q in found(text)] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # persons between commas are the subject of the verb after them
        ("Najwięcej, ok. 300 osób, trafiło na Dalekowschodni Uniwersytet Federalny.", "student"),
        ("Część z nich, ok. 200 osób, pracuje w fabrykach.", "worker"),
        # not across a clause that the verb does not open
        ("Zginęło, jak podano, 12 osób, a reszta pracuje w fabryce.", "person"),
    ],
)
def test_persons_between_commas_take_the_verb_after_them(text: str, counted: str) -> None:
    assert [q.counted for q in found(text) if "osób" in q.text] == [counted]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a fraction is one half, in the singular: "połów" (a catch, or halves) is none
        ("Rosjanie dopuścili połów kraba królewskiego.", []),
        ("Połowa amunicji była wadliwa.", [("Połowa amunicji", 50.0)]),
        ("Połowy dostaw nie zrealizowano.", [("Połowy dostaw", 50.0)]),
    ],
)
def test_a_catch_is_no_half(text: str, spans: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in found(text)] == spans


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a pair counts its contents in the plural
        ("Na trasie kursuje do 20 par pociągów na dobę.", "pair of trains"),
        ("Rosja kupiła 40 par noktowizorów.", "pair of night-vision devices"),
        ("Kupiono 100 par butów.", "pair of boots"),
        # places on a train or a plane are seats; a hotel's stay places
        ("Wagon sypialny ma 28 miejsc.", "seat"),
        ("W samolocie jest 150 miejsc.", "seat"),
        ("W hotelu jest 300 miejsc.", "place"),
        # a bridge's spans
        ("Most ma dwa przęsła.", "span"),
    ],
)
def test_pairs_seats_and_spans(text: str, counted: str) -> None:
    assert [q.counted for q in found(text)] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # days a week after a comma go on the clause before: its work makes them workdays
        ("Robotnicy pracują na dwie zmiany po 11 godzin, sześć dni w tygodniu.", "working day"),
        ("Pracują po 14 godzin dziennie, siedem dni w tygodniu, a noce spędzają w kontenerach.", "working day"),
        ("Mają urlop, dwa dni w miesiącu.", "day off"),
        # a clause with its own verb keeps its own words
        ("Pociąg kursuje, a kasy są czynne trzy dni w tygodniu.", "day"),
    ],
)
def test_days_a_week_after_a_comma(text: str, counted: str) -> None:
    assert [q.counted for q in found(text) if "dni" in q.text] == [counted]


@pytest.mark.parametrize(("text", "span", "unit"), [
    # a per-unit phrase before a sum in its clause
    ("Za tonę saletry KRLD płaci ok. 24 tys. rubli.", "ok. 24 tys. rubli", "RUB/t"),
    ("Za baryłkę ropy Pjongjang płaci 60 dolarów.", "60 dolarów", "USD/barrel"),
    ("Za każdego robotnika firma płaci 300 dolarów.", "300 dolarów", "USD"),  # per person: the currency alone
    # a sum contrasted with one at a rate, in the same currency, takes that rate
    ("Programista kosztuje od 120 do 150 tys. rubli miesięcznie, podczas gdy mediana pensji przekracza 250 tys. "
     "rubli.", "przekracza 250 tys. rubli", "RUB/month"),
    ("Tona pszenicy kosztuje ok. 190 dolarów, podczas gdy w portach sprzedaje się po 225–230 dolarów.",
     "225–230 dolarów", "USD/t"),
    # no contrast, or another currency: no rate borrowed
    ("Robotnik zarabia 500 dolarów miesięcznie, a za kontrakt firma dostaje 10 tys. dolarów.", "10 tys. dolarów",
     "USD"),
    ("Programista kosztuje 150 tys. rubli miesięcznie, podczas gdy laptop kosztuje 900 dolarów.", "900 dolarów",
     "USD"),
])
def test_a_price_per_unit_named_before_or_contrasted(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(("text", "spans"), [
    # "z X do Y" after a verb of change: two levels, the one before and the one reached, counting the same
    ("Liczba lotów wzrośnie z dwóch do czterech tygodniowo.",
     [("dwóch", 2, "item/week", "exact", "flight"), ("czterech tygodniowo", 4, "item/week", "exact", "flight")]),
    ("Eksport wzrósł z 20 do 45 mln dolarów.",
     [("20", 20e6, "USD", "exact", "export value"), ("45 mln dolarów", 45e6, "USD", "exact", "export value")]),
    ("Zatrudnienie spadło z 500 do 300 osób.",
     [("500", 500, "person", "exact", "worker"), ("300 osób", 300, "person", "exact", "worker")]),
    # a qualifier after "do" belongs to the level reached
    ("Produkcja wzrosła z ok. 150 tys. do nawet 250 tys. sztuk miesięcznie.",
     [("ok. 150 tys.", 150e3, "item/month", "approx", "item"),
      ("nawet 250 tys. sztuk miesięcznie", 250e3, "item/month", "up_to", "item")]),
    # without a verb of change "z X do Y" is a range
    ("Rosja wyśle z 20 do 45 czołgów.", [("20 do 45 czołgów", None, "item", "range", "tank")]),
    ("Dostarczono od 20 do 45 czołgów.", [("od 20 do 45 czołgów", None, "item", "range", "tank")]),
])
def test_levels_before_and_after_a_change(text: str, spans: list[tuple[str, float | None, str, str, str]]) -> None:
    assert [(q.text, q.value, q.unit, q.qualifier, q.counted) for q in found(text)] == spans


@pytest.mark.parametrize(("text", "span", "unit", "counted"), [
    # "za każdego z nich": a payment per person of those counted before (persons when nobody was)
    ("Na froncie walczy 11 tys. żołnierzy KRLD. Moskwa płaci ok. 2 tys. dolarów miesięcznie za każdego z nich.",
     "ok. 2 tys. dolarów miesięcznie", "USD/month", "payment per soldier"),
    ("Moskwa płaci ok. 2 tys. dolarów miesięcznie za każdego z nich.", "ok. 2 tys. dolarów miesięcznie", "USD/month",
     "payment per person"),
    # a sum per unit of goods sold or bought is their price, not the sale
    ("Eksporterzy sprzedają olej napędowy Korei po 45 dolarów za baryłkę.", "45 dolarów za baryłkę", "USD/barrel",
     "diesel price"),
    ("Rosja sprzedała pszenicę po 200 dolarów za tonę.", "200 dolarów za tonę", "USD/t", "wheat price"),
    ("Rosja sprzedała Korei pszenicę za 20 mln dolarów.", "20 mln dolarów", "USD", "sale value"),
    # a quoted phrase between a money noun and its link is passed over
    ("Do tego dochodzi dodatek „za rozłąkę” w wysokości 50 tys. rubli.", "50 tys. rubli", "RUB", "allowance"),
])
def test_payments_per_person_prices_per_unit_and_quoted_names(text: str, span: str, unit: str, counted: str) -> None:
    assert [(q.unit, q.counted) for q in found(text) if q.text == span] == [(unit, counted)]


def test_a_wage_in_another_currency_keeps_the_period_of_the_one_before() -> None:
    text = ("Koreański stoczniowiec zarabia 150–200 dolarów miesięcznie, podczas gdy rosyjski spawacz w Nachodce – "
            "ok. 120 tys. rubli.")
    assert [(q.unit, q.counted) for q in found(text)] == [("USD/month", "wage"), ("RUB/month", "wage")]
    # a sum with a verb of its own keeps no period
    other = "Koreańczyk zarabia 200 dolarów miesięcznie, a firma zapłaciła za kontrakt 120 tys. rubli."
    assert [q.unit for q in found(other)] == ["USD/month", "RUB"]


@pytest.mark.parametrize(("text", "expected"), [
    # "z nich" with nothing counted before: persons in the role their clause gives
    ("Koreańczycy pielą i zbierają soję. Jedno z gospodarstw zatrudnia w sezonie ok. 400 z nich.",
     [("ok. 400", "person", "worker")]),
    # with a count of things before, those things
    ("Rosja ma 200 czołgów. Na froncie walczy ok. 150 z nich.",
     [("200 czołgów", "item", "tank"), ("ok. 150", "item", "tank")]),
])
def test_a_part_of_them_with_nothing_counted_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.unit, q.counted) for q in found(text)] == expected


@pytest.mark.parametrize(("text", "qualifiers"), [
    # a bound before the first of two amounts in words holds for the second, written the same way
    ("Zniszczono co najmniej pięć radarów i siedem wyrzutni.", ["at_least", "at_least"]),
    # not for a second amount in words after one in digits
    ("Rosja wysłała ponad 200 czołgów i dwa samoloty.", ["more_than", "exact"]),
])
def test_a_bound_shared_by_two_amounts_in_words(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in found(text)] == qualifiers


@pytest.mark.parametrize(("text", "expected"), [
    # people of a nation killed or wounded in an article that counts soldiers are its soldiers
    ("Na froncie walczy 11 tys. żołnierzy KRLD. W ataku zginęło 17 Koreańczyków.",
     [("11 tys. żołnierzy KRLD", "soldier"), ("17 Koreańczyków", "soldier")]),
    # not in an article that counts no soldiers, nor with no word of death or wounds
    ("W pożarze hotelu zginęło 17 Koreańczyków.", [("17 Koreańczyków", "person")]),
    ("KRLD wysłała delegację. Do Moskwy przyleciało 17 Koreańczyków.", [("17 Koreańczyków", "North Korean")]),
])
def test_the_fallen_of_a_nation_in_a_war_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.counted) for q in found(text)] == expected


@pytest.mark.parametrize(("text", "counted"), [
    # raw material shipped where oil is spoken of is crude; elsewhere raw material
    ("Z terminalu wypłynęło do KRLD ok. 180 tys. ton surowca gatunku ESPO, czyli 1,3 mln baryłek.", "crude oil"),
    ("Rafineria przerobiła 50 tys. ton surowca.", "crude oil"),
    ("Kombinat przerobił 50 tys. ton surowca.", "raw material"),
])
def test_raw_material_among_oil_is_crude(text: str, counted: str) -> None:
    assert found(text)[0].counted == counted


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Zakład produkuje 300 dronów w roku.", "300 dronów w roku", "item/year"),  # "w roku" after it: a year's
        ("W roku 2024 wysłano 300 ton.", "300 ton", "t"),  # before it: a date
    ],
)
def test_in_a_year_after_an_amount_is_its_rate(text: str, span: str, unit: str) -> None:
    assert [q.unit for q in found(text) if q.text == span] == [unit]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # what a place or a vehicle holds: after a verb of holding, or "na" right after its noun
        ("Statek zabrał 186 pasażerów, choć może pomieścić do 350 osób.", "do 350 osób", "capacity"),
        ("Robotnicy mieszkają w kontenerowych miasteczkach na ok. 500 osób każde.", "ok. 500 osób", "capacity"),
        ("Wagony mieszczą po ok. 65 ton.", "ok. 65 ton", "capacity"),
        ("Hotel na 300 osób otwarto w maju.", "300 osób", "capacity"),
        # not persons who come, are taken in, or are counted "na" a purpose
        ("Na budowę przyjechało 300 osób.", "300 osób", "person"),
        ("Szpital przyjął 300 osób.", "300 osób", "person"),
        ("Statek zabrał na pierwszy rejs 186 pasażerów.", "186 pasażerów", "passenger"),
        ("Przeznaczono środki na 300 osób.", "300 osób", "person"),
    ],
)
def test_what_a_place_or_a_vehicle_holds_is_its_capacity(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # an amount with nothing after its number, in a clause with no verb of its own after a sum or a measure
        ("Drwal dostaje ok. 60 tys. rubli miesięcznie, rybak na trawlerze nawet 90 tys.", "nawet 90 tys.",
         "RUB/month", "wage"),
        ("Państwa zamroziły ok. 86 mln euro, z czego ponad 40 mln – na Cyprze.", "ponad 40 mln", "EUR", "value"),
        ("Do portu jest ok. 55 km, do Władywostoku – przeszło dwieście.", "przeszło dwieście", "km", "distance"),
        ("Jeden programista zarabia od 3 do 5 tys. dolarów miesięcznie, a najlepsi nawet 10 tys.", "nawet 10 tys.",
         "USD/month", "wage"),
        # a sum contrasted with a price per unit is per that unit
        ("Rosja sprzedaje paliwo po ok. 55 dolarów za baryłkę wobec ponad 80 dolarów na rynku.", "ponad 80 dolarów",
         "USD/barrel", "fuel price"),
        # not with a verb of its own, nor with a noun of its own, nor after a count
        ("Rosja zapłaciła 5 mln dolarów, a Chiny wysłały 300 czołgów.", "300 czołgów", "item", "tank"),
        ("Zginęło dziewięć osób, w tym dwoje dzieci w wieku 4 i 11 lat, a co najmniej 27 zostało rannych.",
         "co najmniej 27", "person", "person"),  # its verb after it, and after a span of time
        ("Rosja płaci za jeden północnokoreański pocisk kalibru 152 mm od 200 do 300 dolarów.", "od 200 do 300 dolarów",
         "USD", "price"),
        ("Wysłano 300 czołgów, a potem jeszcze 50.", "50", "item", "tank"),
    ],
)
def test_an_amount_with_no_unit_after_a_sum_or_a_measure_is_in_its_unit(text: str, span: str, unit: str,
                                                                          counted: str) -> None:
    assert [(q.unit, q.counted) for q in found(text) if q.text == span] == [(unit, counted)]


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a span of time in a clause that leaves out its verb, after one of a kind in the same unit, is of that kind
        ("Cztery lata więzienia dla prezesa i trzy lata dla wiceprezesa.", "trzy lata", "prison term"),
        ("Prokuratura zażąda nawet ośmiu lat więzienia, a dla kierowcy – od dwóch do czterech lat.",
         "od dwóch do czterech lat", "prison term"),
        # not in another unit, nor with a verb of its own
        ("Szkolenie trwało trzy miesiące, a przerwa dwa dni.", "dwa dni", "duration"),
        ("Kim ma 41 lat, a rządzi od 13 lat.", "13 lat", "duration"),
    ],
)
def test_a_span_of_time_after_one_of_a_kind_is_of_that_kind(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # an allowance and a tuition fee by their own nouns, also as the antecedent of "który"
        ("Do tego dochodzi ok. 4,5 tys. rubli kieszonkowego miesięcznie.",
         "ok. 4,5 tys. rubli kieszonkowego miesięcznie", "allowance"),
        ("Stypendium pokrywa czesne, które wynosi od 350 do 450 tys. rubli rocznie.", "od 350 do 450 tys. rubli rocznie",
         "tuition fee"),
        # a sum a verb of estimating puts on its money noun
        ("Ministerstwo szacuje przychody KRLD z rosyjskich wycieczek na 25–30 mln dolarów rocznie.",
         "25–30 mln dolarów rocznie", "revenue"),
        ("Eksperci oceniają straty na 2 mld dolarów.", "2 mld dolarów", "loss"),
        ("Wywiad szacuje koszt inwestycji na ok. 300 mln dolarów.", "ok. 300 mln dolarów", "cost"),  # the head noun
        ("Rząd zaplanował w projekcie budżetu na 2027 r. ponad 200 mld zł.", "ponad 200 mld zł", "budget"),
        ("Szacuje się, że wyjechało na 2 tys. dolarów.", "2 tys. dolarów", "value"),  # no money noun
        # a sum per period offered to persons a few words before: their wage
        ("Ustalono, że inżynierom gotowym wyjechać do KRLD oferuje się ok. 450 tys. rubli miesięcznie.",
         "ok. 450 tys. rubli miesięcznie", "wage"),
    ],
)
def test_allowances_fees_estimates_and_offered_wages(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a percent right after a money noun that is a rate, or past a link, is that rate
        ("Pośrednicy pobierają za wymianę prowizję w wysokości 3–5 proc.", "3–5 proc.", "commission"),
        ("Sprzedawał je z marżą sięgającą 250 proc.", "sięgającą 250 proc.", "margin"),
        ("Marża rzędu 300–400 proc. powinna zapalić czerwoną lampkę.", "rzędu 300–400 proc.", "margin"),
        ("Firmie grozi grzywna do 5 proc. rocznego obrotu.", "do 5 proc. rocznego obrotu", "fine"),
        ("Z prowizją 6–8 proc. wymieniano kryptowaluty.", "6–8 proc.", "commission"),
        # a change by a qualified fraction or percent, the qualifier before "o"
        ("Budynek może zwiększyć produkcję materiału rozszczepialnego nawet o jedną trzecią.", "nawet o jedną trzecią",
         "production increase"),
        ("Ceny spadły nawet o 30 proc.", "nawet o 30 proc.", "price decrease"),
        # not a sum that is no rate, nor a change
        ("Pomoc w wysokości 5 proc. PKB.", "5 proc. PKB", "share"),
        ("Pensja wzrosła o 5 proc.", "5 proc.", "wage growth"),
    ],
)
def test_a_percent_after_a_rate_noun_is_that_rate(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a difference in a clause that speaks of prices is a price difference
        ("Sprzedawcy oferują olej po cenach o ok. 30 proc. niższych od rynkowych.", "ok. 30 proc.", "price difference"),
        ("Kandydat oczekuje stawki o ok. 30 proc. niższej od rynkowej.", "ok. 30 proc.", "price difference"),
        ("Robotnik z KRLD kosztuje o jedną trzecią mniej niż pracownik z Azji.", "jedną trzecią", "difference"),
        # lower or higher than at an earlier time: a change
        ("Zbiory były o ok. 8 proc. niższe niż przed rokiem.", "ok. 8 proc.", "decrease"),
        # a verb of prices going up or down, the price said once
        ("Mąka zdrożała od lata o 6–7 proc.", "6–7 proc.", "price increase"),
        ("Ceny zdrożały o 10 proc.", "10 proc.", "price increase"),
        ("Paliwo potaniało o 5 proc.", "5 proc.", "fuel price decrease"),
    ],
)
def test_price_differences_and_changes_against_an_earlier_time(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # "X to wydatek N": what one thing or a trip costs, its price; an undertaking's, its cost
        ("Nowy MiG-29SMT to wydatek rzędu 40–50 mln dolarów.", "rzędu 40–50 mln dolarów", "price"),
        ("Wyjazd z Moskwy to wydatek rzędu 180 tys. rubli.", "rzędu 180 tys. rubli", "price"),
        ("Budowa to koszt 9 mld rubli.", "9 mld rubli", "cost"),
        ("Wojna to wydatek 100 mld dolarów.", "100 mld dolarów", "spending"),
    ],
)
def test_the_expense_of_one_thing_is_its_price(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # what doing something costs, or an undertaking such as a launch: a cost; a thing or a service: a price
        ("Według portalu wyprodukowanie jednego drona kosztuje od 35 do 50 tys. dolarów.", "od 35 do 50 tys. dolarów",
         "cost"),
        ("Jak szacuje Instytut Asan, jeden start kosztuje Pjongjang od 20 do 30 mln dolarów.",
         "od 20 do 30 mln dolarów", "cost"),
        ("Połączenie kosztuje 5 dolarów.", "5 dolarów", "price"),
        # a verb joined by "i" after other clauses goes on with the sentence's opening subject
        ("Budowa trwała 14 miesięcy, o dwa miesiące krócej, niż zakładał harmonogram, i kosztowała ok. 7,2 mld "
         "rubli.", "ok. 7,2 mld rubli", "cost"),
        ("Rosjanie kupili pszenicę, a ona kosztowała 200 dolarów.", "200 dolarów", "price"),
        # a sum paid for each of the persons counted before
        ("Przyjeżdża 40 lekarzy. Rosja płaci za każdego ok. 1,5 tys. dolarów miesięcznie.",
         "ok. 1,5 tys. dolarów miesięcznie", "payment per person"),
        ("Za każdego drona płaci 20 tys. dolarów.", "20 tys. dolarów", "price"),
        # for each of a nation's people: of the kind of persons the document names most
        ("Stocznia szuka robotników. Robotnicy z KRLD pracują tam od roku. Zwiezda płaci za każdego Koreańczyka ok. "
         "120 tys. rubli miesięcznie.", "ok. 120 tys. rubli miesięcznie", "payment per worker"),
        ("Zwiezda płaci za każdego Koreańczyka ok. 120 tys. rubli miesięcznie.", "ok. 120 tys. rubli miesięcznie",
         "payment per person"),
        ("Rosja płaci za każdego żołnierza 2 tys. dolarów.", "2 tys. dolarów", "payment per soldier"),
    ],
)
def test_costs_of_doing_and_payments_for_each(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # persons of a nation put on a sanctions list, or charged, in their clause
        ("Departament Skarbu wpisał na listę sankcyjną dwóch Rosjan i jedną firmę.", "dwóch Rosjan", "sanctioned person"),
        ("Prokuratorzy oskarżyli czterech obywateli KRLD i jednego Rosjanina o pranie pieniędzy.",
         "czterech obywateli KRLD", "defendant"),
        # not without such a word in their clause
        ("Do Rosji przyjechało 300 Koreańczyków.", "300 Koreańczyków", "person"),
    ],
)
def test_persons_sanctioned_or_charged(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # people of a nation with no role of their own clause are of the kind of persons counted just before
        ("Pod Kurskiem walczy 11 tys. żołnierzy KRLD. Do Rosji trafiło ok. 1,8 tys. Koreańczyków.",
         "ok. 1,8 tys. Koreańczyków", "soldier"),
        ("W Donbasie pracuje 5 tys. robotników z KRLD. W tym roku przyjedzie nawet 12 tys. Koreańczyków.",
         "nawet 12 tys. Koreańczyków", "worker"),
        ("Na froncie walczy 11 tys. żołnierzy KRLD. Do Moskwy przyleciało 17 Koreańczyków.", "17 Koreańczyków",
         "soldier"),
        # nobody counted before, or persons of no kind a group is made of: the nation's people
        ("KRLD wysłała delegację. Do Moskwy przyleciało 17 Koreańczyków.", "17 Koreańczyków", "North Korean"),
        ("Zginęło 14 osób z KRLD. Do Moskwy przyleciało 17 Koreańczyków.", "17 Koreańczyków", "North Korean"),
    ],
)
def test_people_of_a_nation_are_of_the_kind_counted_before(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "unit", "counted"),
    [
        # a fine by its noun or by the verb that threatens it
        ("Obaj zostali ukarani mandatami po 5 tys. zł.", "5 tys. zł", "PLN", "fine"),
        ("Za każdego nielegalnie zatrudnionego cudzoziemca grozi od 400 do 800 tys. rubli.",
         "od 400 do 800 tys. rubli", "RUB", "fine"),
        # a day-fine's amount is per day-fine, not per day: the adjective is the day-fine's, not the fine's
        ("Sąd wymierzył mu 600 stawek dziennych grzywny po 1 tys. zł.", "1 tys. zł", "PLN", "fine"),
        ("Z miesięcznej pensji wynoszącej 800 dolarów zostaje mu niewiele.", "800 dolarów", "USD/month", "wage"),
        # a sum for each piece is its price
        ("Rosja przekaże 24 myśliwce, wyceniane przez analityków na 50–60 mln dolarów za sztukę.",
         "50–60 mln dolarów za sztukę", "USD", "price"),
        ("Pośrednik odsprzedaje pocisk po 900–1100 dolarów za sztukę.", "900–1100 dolarów za sztukę", "USD", "price"),
        # a price, a cost or a bare sum in a clause of a ticket, one way or both, or a seat in a vehicle
        ("Za bilet w obie strony trzeba zapłacić ok. 26 tys. rubli.", "ok. 26 tys. rubli", "RUB", "ticket price"),
        ("Miejsce w czteroosobowym przedziale kosztuje ok. 54 tys. rubli.", "ok. 54 tys. rubli", "RUB",
         "ticket price"),
        ("Miejsce w kabinie kosztuje 18 500 rubli w jedną stronę.", "18 500 rubli", "RUB", "ticket price"),
        ("– Bilet lotniczy za 40 tys. rubli to dla nich majątek.", "40 tys. rubli", "RUB", "ticket price"),
        # not a place that is no seat in a vehicle, nor another clause's sum
        ("Jest to miejsce w Rosji, gdzie za 40 tys. rubli kupisz samochód.", "40 tys. rubli", "RUB", "value"),
        ("Bilet kupił wcześniej. Hotel kosztował go 300 dolarów.", "300 dolarów", "USD", "cost"),
        ("Firmie grozi utrata kontraktu wartego 5 mln dolarów.", "5 mln dolarów", "USD", "value"),
    ],
)
def test_fines_prices_per_piece_and_tickets(text: str, span: str, unit: str, counted: str) -> None:
    hits = [q for q in found(text) if q.text == span]
    assert len(hits) == 1, [q.text for q in found(text)]
    assert (hits[0].unit, hits[0].counted) == (unit, counted)


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # people of a nation, or persons, treated in hospitals are patients
        ("Według wywiadu w rosyjskich szpitalach przebywa obecnie 600–700 Koreańczyków.", "600–700 Koreańczyków",
         "patient"),
        ("W szpitalu Burdenki w Moskwie leczy się obecnie kilkudziesięciu Koreańczyków.",
         "kilkudziesięciu Koreańczyków", "patient"),
        ("W szpitalach leczy się 300 osób.", "300 osób", "patient"),
        ("Pod Kurskiem walczy 11 tys. żołnierzy KRLD. Do szpitali trafiło ok. 1,8 tys. Koreańczyków.",
         "ok. 1,8 tys. Koreańczyków", "patient"),
        ("Szpital przyjął 300 osób.", "300 osób", "person"),  # persons admitted, no treatment said
        # not those a hospital employs, nor soldiers named as such
        ("Szpital zatrudnia 40 Koreańczyków.", "40 Koreańczyków", "worker"),
        ("Do szpitali trafiło 2 tys. rannych żołnierzy.", "2 tys. rannych żołnierzy", "wounded soldier"),
    ],
)
def test_persons_treated_are_patients(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a measure noun names a power: a line's throughput, a surplus, a demand; "moc" alone stays power
        ("Przepustowość połączenia wynosi do 150 MW.", "do 150 MW", "transmission capacity"),
        ("Połączenie LitPol Link ma przepustowość 500 MW.", "500 MW", "transmission capacity"),
        ("Nadwyżka w regionie sięga dziś ok. 1,2 GW.", "ok. 1,2 GW", "surplus"),
        ("Linia o mocy 300 MW powstanie do 2029 r.", "300 MW", "power"),
        # an engine's thrust in tonnes
        ("Według analityków nowy silnik może mieć ciąg rzędu 80 ton.", "rzędu 80 ton", "thrust"),
        # the owner of a mass "o łącznej masie" names it, as "o masie" does
        ("Do Rosji trafiło 1,6 mln pocisków artyleryjskich o łącznej masie przeszło 40 tys. ton.",
         "przeszło 40 tys. ton", "artillery shell"),
        ("Rakieta przenosi głowicę o masie 500 kg.", "500 kg", "warhead"),
        ("Dostarczono 40 tys. ton o łącznej wartości 5 mln dolarów.", "40 tys. ton", "weight"),
    ],
)
def test_measures_of_power_thrust_and_a_total_mass(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # people of a nation with no role of their own, nobody counted before: the kind of persons the document has
        # named most so far, at least twice and more than any other
        ("Stocznia szuka robotników. Robotnicy z KRLD pracują tam od roku. Do Kraju Nadmorskiego przyjechało ponad "
         "3,8 tys. Koreańczyków.", "ponad 3,8 tys. Koreańczyków", "worker"),
        ("Żołnierze KRLD są pod Kurskiem. Rosja chwali żołnierzy z Azji. Do Rosji przyjechało 25 tys. Koreańczyków.",
         "25 tys. Koreańczyków", "soldier"),
        # named once, or as often as another kind: the nation's people
        ("Stocznia szuka robotników. Do Kraju Nadmorskiego przyjechało 300 Koreańczyków z KRLD.",
         "300 Koreańczyków z KRLD", "North Korean"),
        ("Robotnicy i żołnierze z KRLD są w Rosji. Robotnicy i żołnierze wracają. Przyjechało 300 Koreańczyków.",
         "300 Koreańczyków", "North Korean"),
    ],
)
def test_people_of_a_nation_are_of_the_kind_the_document_names(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a satellite's resolution, a miss by its error, a payload's reach
        ("Satelita będzie przesyłał zdjęcia o rozdzielczości nawet 1 m.", "nawet 1 m", "resolution"),
        ("Według agencji KCNA satelita ma rozdzielczość poniżej 1 m.", "poniżej 1 m", "resolution"),
        ("Ich celność jest niska, a błąd trafienia sięga setek metrów.", "setek metrów", "miss distance"),
        ("Rakieta może przenieść głowicę na odległość 15 tys. km.", "15 tys. km", "range"),
        ("Dron przeniósł ładunek na odległość 300 km od granicy.", "300 km", "distance"),
        # a distance a thing has is its length; not a way to or from a place
        ("Tor z Chasanu do Rajinu ma 54 km.", "54 km", "length"),
        ("Most ma ok. 1 km i dwa pasy ruchu.", "ok. 1 km", "length"),
        ("Do granicy mają 30 km.", "30 km", "distance"),
        ("Kolumna ma jeszcze 30 km do granicy.", "30 km", "distance"),
        ("Pociąg ma przejechać 300 km.", "300 km", "distance"),
    ],
)
def test_resolution_miss_reach_and_a_length_had(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a line among words of making things, or of flying; a place in a vehicle
        ("Na zdjęciach widać co najmniej 30 nowych linii do elaboracji pocisków.", "co najmniej 30 nowych linii",
         "production line"),
        ("Do Wonsanu latają dziś trzy rosyjskie linie.", "trzy rosyjskie linie", "airline"),
        ("Samolot z 189 miejscami poleci do Pjongjangu.", "189 miejscami", "seat"),
        ("Uczelnia ma 30 tys. miejsc.", "30 tys. miejsc", "place"),
        ("Airbus ma 180 miejsc.", "180 miejsc", "seat"),
        ("W Rosji służy ok. 3 tys. koreańskich specjalistów od obrony powietrznej.",
         "ok. 3 tys. koreańskich specjalistów", "air-defence specialist"),
        ("Do Moskwy przyleciało 40 specjalistów od informatyki.", "40 specjalistów", "specialist"),
        # nouns the lexicon names (no Polish lemma left as a name)
        ("Pomoc trafiła do ponad 200 rodzin.", "ponad 200 rodzin", "family"),
        ("Rząd przyznał tysiąc stypendiów.", "tysiąc stypendiów", "scholarship"),
        ("Wytyczono trzy nowe linie obrony.", "trzy nowe linie obrony", "defence line"),
        ("Kolej ma trzy linie do Chin.", "trzy linie", "line"),
        # a verb in the present is a cue of a sense when the cue is that verb ("pracuje"), not when it reads as a
        # noun cue too ("działa": works, not guns)
        ("Terminal pracuje dziś na trzy zmiany.", "trzy zmiany", "work shift"),
        ("Z 200 pocisków działa połowa.", "200 pocisków", "missile"),
    ],
)
def test_senses_of_lines_places_and_shifts(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # how often troops or workers are replaced is a rotation interval; other recurrences stay intervals
        ("Rotacja odbywa się co sześć miesięcy, a żołnierze przyjeżdżają pociągiem.", "sześć miesięcy",
         "rotation interval"),
        ("Pjongjang co sześć miesięcy wymienia część kontyngentu.", "sześć miesięcy", "rotation interval"),
        ("Co pół roku Pjongjang wymienia ludzi.", "pół roku", "rotation interval"),
        ("Koreańczycy muszą ją wymieniać co kilka tygodni.", "kilka tygodni", "interval"),
        ("Pjongjang co dwa miesiące dosyła uzupełnienia.", "dwa miesiące", "interval"),
    ],
)
def test_rotation_intervals(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # an object joined by "oraz" or "i" to one before shares its verb and the words of its clause
        ("Departament Skarbu wpisał na listę sankcyjną sześć firm z Hongkongu oraz dwóch obywateli Chin.",
         "dwóch obywateli Chin", "sanctioned person"),
        ("Na froncie walczą Rosjanie oraz trzech obywateli Chin.", "trzech obywateli Chin", "soldier"),
        # past an aside between commas, and onto a blacklist
        ("Departament Skarbu objął sankcjami trzy spółki, w tym firmę Tigris Soft, oraz dwóch obywateli KRLD.",
         "dwóch obywateli KRLD", "sanctioned person"),
        ("Departament Skarbu wpisał na czarną listę dwie firmy i jednego obywatela KRLD.", "jednego obywatela KRLD",
         "sanctioned person"),
        # not past a clause with a verb of its own
        ("Departament Skarbu objął sankcjami trzy spółki, a w Rosji pracuje dwóch obywateli KRLD.",
         "dwóch obywateli KRLD", "worker"),
        # a part of persons of a kind counted before is of that kind
        ("Pod Kurskiem walczy 11 tys. żołnierzy, w tym 300 Koreańczyków.", "300 Koreańczyków", "soldier"),
        ("MSZ objęło sankcjami 15 osób i dwie organizacje, w tym trzech obywateli Rosji.", "trzech obywateli Rosji",
         "sanctioned person"),
        # not a part of persons of no kind, nor of a kind of its own
        ("Zginęło 14 osób, w tym troje dzieci.", "troje dzieci", "child"),
        ("Do Rosji przyjechało 300 osób, w tym 20 Koreańczyków z KRLD.", "20 Koreańczyków z KRLD", "North Korean"),
    ],
)
def test_joined_objects_and_parts_of_persons(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # sums named by their nouns and verbs: an exchange of goods, an economy, a collection, a forfeiture
        ("Dziś wymiana nie przekracza 50 mln dolarów rocznie.", "nie przekracza 50 mln dolarów rocznie",
         "trade turnover"),
        ("Gospodarka Korei Północnej jest warta 25–30 mld dolarów rocznie.", "25–30 mld dolarów rocznie", "GDP"),
        ("Do tej pory zebraliśmy ok. 480 tys. zł – mówi prezeska fundacji.", "ok. 480 tys. zł", "donation"),
        ("Sąd orzekł też przepadek ok. 1,2 mln zł korzyści.", "ok. 1,2 mln zł", "forfeiture"),
        # not an exchange of prisoners: the persons exchanged
        ("Wymiana jeńców objęła 200 osób.", "200 osób", "returned prisoner"),
    ],
)
def test_sums_of_trade_economy_collections_and_forfeiture(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a weighing participle weighs the noun it follows, not the clause's subject
        ("Funkcjonariusze zatrzymali na przejściu dwie niemieckie obrabiarki ważące łącznie ok. 12 ton.", "ok. 12 ton",
         "machine tool"),
        ("Głowica ważąca ok. 500 kg spadła na dom.", "ok. 500 kg", "warhead"),
        ("Funkcjonariusze zatrzymali ładunek ważący ok. 12 ton.", "ok. 12 ton", "weight"),
    ],
)
def test_a_weighing_participle_weighs_its_noun(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a sum per unit of goods named after the unit, or before it in the clause, is their price
        ("Pośrednicy sprzedają olej napędowy Korei po 45–50 dolarów za baryłkę.", "45–50 dolarów za baryłkę",
         "diesel price"),
        ("Pjongjang płaci ok. 55 dolarów za baryłkę oleju napędowego.", "ok. 55 dolarów za baryłkę", "diesel price"),
        ("Rosja sprzedaje pszenicę po 230 dolarów za tonę.", "230 dolarów za tonę", "wheat price"),
        ("Ropa kosztuje 60 dolarów za baryłkę.", "60 dolarów za baryłkę", "oil price"),
        ("Sprzedają po 230 dolarów za tonę.", "230 dolarów za tonę", "price"),
    ],
)
def test_the_price_of_goods_per_unit(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a sum for the bereaved of a death told in its clause or the sentence before is compensation
        ("Przepisy przewidują dla rodziny żołnierza zabitego na froncie jednorazowo ok. 5 mln rubli.",
         "ok. 5 mln rubli", "compensation"),
        ("Za syna, który zginął pod Kurskiem, rodzina dostaje mieszkanie. Do rodziny trafia jednak najwyżej 1,5 tys. "
         "dolarów.", "najwyżej 1,5 tys. dolarów", "compensation"),
        ("Według NIS za każdego poległego Rosja wypłaca równowartość ok. 6 mln rubli.", "ok. 6 mln rubli",
         "compensation"),
        ("Rosja płaci za każdego rannego 3 tys. dolarów.", "3 tys. dolarów", "payment per wounded"),
        ("Rodzina kupiła dom za 50 tys. dolarów.", "50 tys. dolarów", "purchase value"),
        ("Do rodziny trafia 200 dolarów.", "200 dolarów", "value"),  # no death told
        # "jednak" inside a clause does not end it
        ("Do ręki dostaje jednak 5 tys. rubli.", "5 tys. rubli", "wage"),
    ],
)
def test_compensation_for_the_bereaved(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # persons who travel, visit or flee; a relative clause after the noun tells who they are
        ("Jak podaje agencja Interfax, w lipcu wagonem podróżowało 146 osób.", "146 osób", "passenger"),
        ("Przez przejście może przejeżdżać nawet 2,8 tys. osób dziennie.", "nawet 2,8 tys. osób dziennie",
         "passenger"),
        ("W ramach wymian wróciło do domu ponad 6,5 tys. osób.", "ponad 6,5 tys. osób", "returned prisoner"),
        ("Do domu wróciło ponad 6,5 tys. osób.", "ponad 6,5 tys. osób", "person"),
        ("Od otwarcia odwiedziło go ponad 100 tys. osób.", "ponad 100 tys. osób", "visitor"),
        ("Organizacja przesłuchała 27 osób, które uciekły z Północy przez Chiny.", "27 osób", "defector"),
        ("Do Moskwy przyleciało 17 Koreańczyków, którzy pracują w stoczni.", "17 Koreańczyków", "worker"),
        # not the words of a clause that tells of another noun
        ("Przesłuchano 27 osób w sprawie, którą zbadano.", "27 osób", "person"),
    ],
)
def test_travellers_visitors_defectors_and_relative_clauses(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a dash written close between two words joins them, and the clause goes on
        ("Spółka przeładowuje węgiel dowożony koleją przez przejście Chasan–Tumangang: w 2025 r. było to ok. 1,2 mln "
         "ton.", "ok. 1,2 mln ton", "coal"),
        ("Hwasong-20 może przenieść trzy–cztery ładunki na odległość przekraczającą 15 tys. km.",
         "przekraczającą 15 tys. km", "range"),
        # a dash with spaces around still parts clauses (the coal is not named: cargo handled)
        ("Spółka przeładowuje węgiel – w 2025 r. było to ok. 1,2 mln ton.", "ok. 1,2 mln ton", "cargo"),
    ],
)
def test_a_close_dash_joins_and_a_colon_goes_on(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a size in persons of a place or a vehicle they fill is its capacity; of a group they make up, its members
        ("Miejsce w czteroosobowej kabinie kosztuje 18 500 rubli.", "czteroosobowej kabinie", "cabin capacity"),
        ("Miejsce w czteroosobowym przedziale kosztuje ok. 54 tys. rubli.", "czteroosobowym przedziale",
         "compartment capacity"),
        ("Kabina czteroosobowa kosztuje 18 tys. rubli, a kabina dwuosobowa – 32 tys. rubli.", "dwuosobowa",
         "cabin capacity"),
        ("Robotnicy mieszkają w ośmioosobowych pokojach.", "ośmioosobowych pokojach", "room capacity"),
        ("Przyjechała trzyosobowa delegacja.", "trzyosobowa delegacja", "delegation"),
        ("Pięcioosobowa rodzina zginęła w Dnieprze.", "Pięcioosobowa rodzina", "family"),
    ],
)
def test_a_size_in_persons_of_what_they_fill_is_its_capacity(text: str, span: str, counted: str) -> None:
    assert named(text, span) == counted
