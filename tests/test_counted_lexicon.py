"""The counted-object lexicon of the quantity parser over the wider domain of the news: finance and payments,
cyber, space, shipping and rail, construction and industry, medicine, people and their roles, organisations,
classifying adjectives, sums of money and the subjects of percent changes.

Each case is a constructed sentence with every quantity the parser must read from it (span, number, unit, qualifier,
counted object); an empty list means the sentence holds no amount (a model name, a year, an ordinal, a calibre).  A
data test checks that every key of the lexicon is written so that the parser can reach it."""

from __future__ import annotations

import re
from typing import Any

import morfeusz2
import pytest

from eventdb.extract.model import Quantity
from eventdb.extract.quantities import find_quantities
from eventdb.extract.text import analyse_word, split_sentences
from eventdb.reference import load_yaml

# (span, value or (low, high), unit, qualifier, counted)
Found = tuple[str, Any, str, str, str | None]


def quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for sentence in split_sentences(text):
        out.extend(find_quantities(sentence, [], ()))
    for q in out:
        assert text[q.start : q.end] == q.text  # every span slices back from the body
    return out


def found(text: str) -> list[Found]:
    rows: list[Found] = []
    for q in quantities(text):
        number = q.value if q.value is not None else (q.low, q.high)
        rows.append((q.text, number, q.unit, q.qualifier, q.counted))
    return rows


def cases(*rows: tuple[str, list[Found]]) -> list[object]:
    return [pytest.param(text, expected, id=text[:60]) for text, expected in rows]


# ------------------------------------------------------------------------------------ finance and payments

FINANCE = cases(
    ("Bank w Harbinie wstrzymał ponad 2 tys. przelewów do Rosji.",
     [("ponad 2 tys. przelewów", 2000, "item", "more_than", "payment")]),
    ("Niemal 40 proc. rozliczeń prowadzi się dziś w juanach.",
     [("Niemal 40 proc. rozliczeń", 40, "percent", "approx", "share")]),
    ("Śledczy przeanalizowali 350 transakcji z ostatniego kwartału.",
     [("350 transakcji", 350, "item", "exact", "transaction")]),
    ("Prokuratura zamroziła 14 rachunków bankowych spółki.",
     [("14 rachunków bankowych", 14, "item", "exact", "bank account")]),
    ("Służby zablokowały 60 portfeli kryptowalutowych.",
     [("60 portfeli kryptowalutowych", 60, "item", "exact", "wallet")]),
    ("Z giełdy wypłynęło około 120 tys. tokenów.",
     [("około 120 tys. tokenów", 120000, "item", "approx", "token")]),
    ("W skrytce znaleziono 30 sztabek złota.", [("30 sztabek złota", 30, "item", "exact", "gold bar")]),
    ("Fundusz kupił 5 mln akcji koncernu na giełdzie.", [("5 mln akcji", 5e6, "item", "exact", "share")]),
    ("Urząd wystawił 48 faktur.", [("48 faktur", 48, "item", "exact", "invoice")]),
    ("Bank udzielił 12 kredytów i 3 pożyczek.",
     [("12 kredytów", 12, "item", "exact", "loan"), ("3 pożyczek", 3, "item", "exact", "loan")]),
    ("Ponad 60 proc. sprzedaży ropy trafia do Chin.",
     [("Ponad 60 proc. sprzedaży", 60, "percent", "more_than", "oil sales")]),
    ("Indie odpowiadają za 40 proc. zakupów rosyjskiej ropy.",
     [("40 proc. zakupów", 40, "percent", "exact", "oil purchase")]),
    # not counts, and adjectives that are no kind
    ("Bank otworzył w 2023 r. oddział w Szanghaju.", []),
    ("Zablokowano 14 zagranicznych rachunków.", [("14 zagranicznych rachunków", 14, "item", "exact", "account")]),
)


@pytest.mark.parametrize(("text", "expected"), FINANCE)
def test_finance_and_payments(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------------ cyber

CYBER = cases(
    ("Hakerzy przejęli kontrolę nad 300 serwerami.", [("300 serwerami", 300, "item", "exact", "server")]),
    ("W zeszłym roku grupa przeprowadziła 47 ataków hakerskich.",
     [("47 ataków hakerskich", 47, "item", "exact", "cyberattack")]),
    ("Hakerzy z KRLD przeprowadzili 30 ataków na giełdy kryptowalut.",
     [("30 ataków", 30, "item", "exact", "cyberattack")]),  # an attack among hackers is a cyberattack
    ("Wojska przeprowadziły 30 ataków na pozycje wroga.", [("30 ataków", 30, "item", "exact", "attack")]),
    ("Atakujący wykradli ponad 1,2 mln haseł.", [("ponad 1,2 mln haseł", 1.2e6, "item", "more_than", "password")]),
    ("Firma odnotowała 8 włamań do swoich systemów.", [("8 włamań", 8, "item", "exact", "break-in")]),
    ("Hakerzy opróżnili 9 portfeli z kryptowalutami.", [("9 portfeli", 9, "item", "exact", "wallet")]),
    ("Serwis zablokował 3 tys. kont fałszywych rekruterów.", [("3 tys. kont", 3000, "item", "exact", "account")]),
    ("Policja zabezpieczyła 40 laptopów i 25 smartfonów.",
     [("40 laptopów", 40, "item", "exact", "laptop"), ("25 smartfonów", 25, "item", "exact", "smartphone")]),
    ("Badacze wykryli 12 wariantów wirusa.", [("12 wariantów", 12, "item", "exact", "variant")]),
    ("Do sieci wyciekło 6 mln rekordów.", [("6 mln rekordów", 6e6, "item", "exact", "record")]),
    ("W ataku hakerskim skradziono kryptowaluty o wartości 600 mln dolarów.",
     [("600 mln dolarów", 6e8, "USD", "exact", "value")]),
    # names with digits are no counts
    ("Malware o nazwie Lazarus-3 zaatakował serwery.", []),
    ("Po raz pierwszy zaatakowano serwery ministerstwa.", []),
)


@pytest.mark.parametrize(("text", "expected"), CYBER)
def test_cyber(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------------ space

SPACE = cases(
    ("KRLD umieściła na orbicie dwa satelity obserwacyjne.",
     [("dwa satelity obserwacyjne", 2, "item", "exact", "observation satellite")]),
    ("Z kosmodromu wystartowały trzy rakiety nośne.",
     [("trzy rakiety nośne", 3, "item", "exact", "launch vehicle")]),
    ("Program obejmuje 4 statki kosmiczne.", [("4 statki kosmiczne", 4, "item", "exact", "spacecraft")]),
    ("W przyszłym roku planowane są co najmniej 3 starty.",
     [("co najmniej 3 starty", 3, "item", "at_least", "launch")]),
    ("Rosja zaprosiła na szkolenie dwóch kosmonautów.", [("dwóch kosmonautów", 2, "person", "exact", "cosmonaut")]),
    ("Wybrano trzech kandydatów na kosmonautów.",
     [("trzech kandydatów na kosmonautów", 3, "person", "exact", "cosmonaut candidate")]),
    ("Agencja zbudowała 2 stacje naziemne.", [("2 stacje naziemne", 2, "item", "exact", "ground station")]),
    ("Rosja przekazała 5 satelitów telekomunikacyjnych.",
     [("5 satelitów telekomunikacyjnych", 5, "item", "exact", "communications satellite")]),
    ("Powstały dwa kosmodromy.", [("dwa kosmodromy", 2, "item", "exact", "spaceport")]),
    ("Na orbitę trafiło 6 satelitów nawigacyjnych.",
     [("6 satelitów nawigacyjnych", 6, "item", "exact", "navigation satellite")]),
    ("Kosmonauci odbyli 2 spacery kosmiczne.", [("2 spacery kosmiczne", 2, "item", "exact", "spacewalk")]),
    # model names, years, ordinals and clock times are no counts
    ("Rakieta Sojuz-2.1b wyniosła satelitę na orbitę.", []),
    ("W 2024 roku Korea wystrzeliła pierwszego satelitę.", []),
    ("O godz. 10:42 wystartowała rakieta nośna.", []),
)


@pytest.mark.parametrize(("text", "expected"), SPACE)
def test_space(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------- shipping and rail

SHIPPING_RAIL = cases(
    ("Przez cieśninę przepłynęło 14 tankowców floty cieni.",
     [("14 tankowców floty cieni", 14, "item", "exact", "shadow fleet tanker")]),
    ("Dron uszkodził dwa dźwigi portowe.", [("dwa dźwigi portowe", 2, "item", "exact", "port crane")]),
    ("W porcie uszkodzono jeden dźwig portowy i dwa nabrzeża.",
     [("jeden dźwig portowy", 1, "item", "exact", "port crane"), ("dwa nabrzeża", 2, "item", "exact", "quay")]),
    ("Rosyjska kolej podstawiła 60 wagonów-platform.", [("60 wagonów-platform", 60, "item", "exact", "flatcar")]),
    ("Przyjechały 3 wagony-platformy.", [("3 wagony-platformy", 3, "item", "exact", "flatcar")]),
    ("Na granicy czekało 5 składów pociągów z amunicją.", [("5 składów", 5, "item", "exact", "train")]),
    ("Sankcjami objęto 8 masowców i 2 holowniki.",
     [("8 masowców", 8, "item", "exact", "bulk carrier"), ("2 holowniki", 2, "item", "exact", "tug")]),
    ("Zatrzymano 12 statków rybackich.", [("12 statków rybackich", 12, "item", "exact", "fishing vessel")]),
    ("Otwarto 3 terminale kontenerowe.", [("3 terminale kontenerowe", 3, "item", "exact", "container terminal")]),
    ("Na bocznicy stało 20 węglarek i 4 cysterny.",
     [("20 węglarek", 20, "item", "exact", "open wagon"), ("4 cysterny", 4, "item", "exact", "tanker")]),
    ("Pociąg ciągnęły 2 lokomotywy, obsługiwało go 3 maszynistów.",
     [("2 lokomotywy", 2, "item", "exact", "locomotive"), ("3 maszynistów", 3, "person", "exact", "train driver")]),
    ("Statki odbyły 43 rejsy.", [("43 rejsy", 43, "item", "exact", "voyage")]),
    # a voyage of an aircraft is a flight
    ("Samoloty Air Koryo wykonują 4 rejsy w tygodniu.", [("4 rejsy w tygodniu", 4, "item/week", "exact", "flight")]),
    ("Między Władywostokiem a Pjongjangiem będą latać cztery rejsy tygodniowo.",
     [("cztery rejsy tygodniowo", 4, "item/week", "exact", "flight")]),
    ("Tankowce odbyły 27 rejsów do Nampo.", [("27 rejsów", 27, "item", "exact", "voyage")]),
    # unlisted adjectives keep the label; ordinals are no counts
    ("Sprzedano 3 stare tankowce.", [("3 stare tankowce", 3, "item", "exact", "tanker")]),
    ("Drugi tankowiec zawinął do portu.", []),
)


@pytest.mark.parametrize(("text", "expected"), SHIPPING_RAIL)
def test_shipping_and_rail(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------- construction and industry

INDUSTRY = cases(
    ("Ogień strawił trzy hale produkcyjne.", [("trzy hale produkcyjne", 3, "item", "exact", "production hall")]),
    ("W zakładzie pracuje 12 linii produkcyjnych.",
     [("12 linii produkcyjnych", 12, "item", "exact", "production line")]),
    ("Zakład kupił 40 tokarek i 15 frezarek.",
     [("40 tokarek", 40, "item", "exact", "lathe"), ("15 frezarek", 15, "item", "exact", "milling machine")]),
    ("Zniszczono 17 budynków mieszkalnych.",
     [("17 budynków mieszkalnych", 17, "item", "exact", "residential building")]),
    ("Na terenie strefy stoi 6 hal magazynowych.", [("6 hal magazynowych", 6, "item", "exact", "warehouse")]),
    ("Postawiono dwie nowe hale montażowe.", [("dwie nowe hale montażowe", 2, "item", "exact", "assembly hall")]),
    ("Iran zainstalował 1000 wirówek.", [("1000 wirówek", 1000, "item", "exact", "centrifuge")]),
    ("Wybudowano 2 huty i 3 cementownie.",
     [("2 huty", 2, "item", "exact", "steelworks"), ("3 cementownie", 3, "item", "exact", "cement plant")]),
    ("Na budowie pracuje 300 murarzy i 50 spawaczy.",
     [("300 murarzy", 300, "person", "exact", "bricklayer"), ("50 spawaczy", 50, "person", "exact", "welder")]),
    ("Na plac budowy wjechało 12 koparek.", [("12 koparek", 12, "item", "exact", "excavator")]),
    ("Rosja zbudowała 5 zakładów amunicyjnych.",
     [("5 zakładów amunicyjnych", 5, "item", "exact", "ammunition plant")]),
    ("Wydobycie rudy wzrosło o 12 proc.", [("12 proc.", 12, "percent", "exact", "ore output growth")]),
    ("Ukończono 80 proc. budowy.", [("80 proc. budowy", 80, "percent", "exact", "share")]),
    # an unlisted adjective does not name a kind
    ("Powstało 8 nowoczesnych hal.", [("8 nowoczesnych hal", 8, "item", "exact", "hall")]),
    ("Dostarczono 5 dużych dźwigów.", [("5 dużych dźwigów", 5, "item", "exact", "crane")]),
)


@pytest.mark.parametrize(("text", "expected"), INDUSTRY)
def test_construction_and_industry(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------- medicine

MEDICAL = cases(
    ("Do szpitala przywieziono 85 rannych.", [("85 rannych", 85, "person", "exact", "wounded")]),
    ("W szpitalu pracuje 14 chirurgów i 30 pielęgniarek.",
     [("14 chirurgów", 14, "person", "exact", "surgeon"), ("30 pielęgniarek", 30, "person", "exact", "nurse")]),
    ("Szpital dysponuje 300 łóżkami szpitalnymi.",
     [("300 łóżkami szpitalnymi", 300, "item", "exact", "hospital bed")]),
    ("Do obwodu dotarło 12 karetek i 6 ambulansów.",
     [("12 karetek", 12, "item", "exact", "ambulance"), ("6 ambulansów", 6, "item", "exact", "ambulance")]),
    ("Przekazano 5 tys. apteczek i 800 noszy.",
     [("5 tys. apteczek", 5000, "item", "exact", "first aid kit"), ("800 noszy", 800, "item", "exact", "stretcher")]),
    ("Korea wysłała 40 lekarzy wojskowych.", [("40 lekarzy wojskowych", 40, "person", "exact", "military doctor")]),
    ("Ocalało tylko 17 pacjentów.", [("tylko 17 pacjentów", 17, "person", "exact", "patient")]),
    ("Podano 2 mln dawek szczepionki.", [("2 mln dawek szczepionki", 2e6, "item", "exact", "vaccine dose")]),
    ("Chirurdzy przeprowadzili 40 amputacji.", [("40 amputacji", 40, "item", "exact", "amputation")]),
    ("Na froncie służy 60 sanitariuszy i 12 ratowników medycznych.",
     [("60 sanitariuszy", 60, "person", "exact", "medic"),
      ("12 ratowników medycznych", 12, "person", "exact", "paramedic")]),
    ("Żołnierze odnieśli 200 obrażeń.", [("200 obrażeń", 200, "item", "exact", "injury")]),
    ("Do kraju przyleciało 30 tys. dawek leków.", [("30 tys. dawek", 30000, "item", "exact", "dose")]),
    # a person keeps its generic label next to an unlisted adjective
    ("Przyjęto 10 młodych lekarzy.", [("10 młodych lekarzy", 10, "person", "exact", "doctor")]),
    ("Szpital otwarto w 2022 roku.", []),
)


@pytest.mark.parametrize(("text", "expected"), MEDICAL)
def test_medicine_and_casualties(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------ people and roles

PEOPLE = cases(
    ("Sankcjami objęto 3 kapitanów i 11 marynarzy.",
     [("3 kapitanów", 3, "person", "exact", "captain"), ("11 marynarzy", 11, "person", "exact", "sailor")]),
    ("Zatrzymano 2 kapitanów statków.", [("2 kapitanów statków", 2, "person", "exact", "ship captain")]),
    ("Do Pjongjangu przyjechało 6 dyplomatów.", [("6 dyplomatów", 6, "person", "exact", "diplomat")]),
    ("W zjeździe wzięło udział 250 delegatów.", [("250 delegatów", 250, "person", "exact", "delegate")]),
    ("Akademia wypuściła 120 kadetów i 15 podchorążych.",
     [("120 kadetów", 120, "person", "exact", "cadet"), ("15 podchorążych", 15, "person", "exact", "cadet")]),
    ("Zatrzymano 4 werbowników.", [("4 werbowników", 4, "person", "exact", "recruiter")]),
    ("W Moskwie pracuje 300 kelnerek z KRLD.", [("300 kelnerek z KRLD", 300, "person", "exact", "waitress")]),
    ("Sankcje objęły 14 bankierów i 3 miliarderów.",
     [("14 bankierów", 14, "person", "exact", "banker"), ("3 miliarderów", 3, "person", "exact", "billionaire")]),
    ("Z kraju uciekło 50 dysydentów.", [("50 dysydentów", 50, "person", "exact", "dissident")]),
    ("Rosja wysłała 2 tys. pracowników IT.", [("2 tys. pracowników IT", 2000, "person", "exact", "IT worker")]),
    ("W porcie pracuje 400 dokerów.", [("400 dokerów", 400, "person", "exact", "docker")]),
    ("Do Rosji przyjechało 2 attaché wojskowych.",
     [("2 attaché wojskowych", 2, "person", "exact", "military attache")]),
    ("Wśród ofiar jest 5 Malezyjczyków.", [("5 Malezyjczyków", 5, "person", "exact", "person")]),
    # persons are not classified: an adjective does not change the label
    ("Zatrudniono 20 doświadczonych kapitanów.",
     [("20 doświadczonych kapitanów", 20, "person", "exact", "captain")]),
)


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_and_roles(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------------- organisations

ORGANISATIONS = cases(
    ("Na liście jest 45 podmiotów.", [("45 podmiotów", 45, "item", "exact", "entity")]),
    ("Sankcje nałożono na 5 firm żeglugowych.", [("5 firm żeglugowych", 5, "item", "exact", "shipping company")]),
    ("Zamknięto 12 firm fasadowych w Hongkongu.", [("12 firm fasadowych", 12, "item", "exact", "front company")]),
    ("Do rejestru wpisano 30 spółek zależnych.", [("30 spółek zależnych", 30, "item", "exact", "subsidiary")]),
    ("Rynek obsługują 4 giełdy kryptowalutowe.",
     [("4 giełdy kryptowalutowe", 4, "item", "exact", "crypto exchange")]),
    ("Kontrakt zdobyło 9 koncernów zbrojeniowych.",
     [("9 koncernów zbrojeniowych", 9, "item", "exact", "arms company")]),
    ("W sprawie wypowiedziało się 20 organizacji pozarządowych.",
     [("20 organizacji pozarządowych", 20, "item", "exact", "non-governmental organization")]),
    ("Zatrzymano statki 6 armatorów.", [("6 armatorów", 6, "item", "exact", "shipowner")]),
    ("Śledztwo dotyczy 3 biur podróży.", [("3 biur podróży", 3, "item", "exact", "travel agency")]),
    ("Rosja kontroluje 10 przewoźników.", [("10 przewoźników", 10, "item", "exact", "carrier")]),
    ("Projekt poparło 7 komisji i 2 sądy.",
     [("7 komisji", 7, "item", "exact", "commission"), ("2 sądy", 2, "item", "exact", "court")]),
    # organisations keep their generic label next to adjectives of origin or status
    ("Na listę trafiło 40 chińskich banków.", [("40 chińskich banków", 40, "item", "exact", "bank")]),
    ("Sankcjami objęto 20 państwowych spółek.", [("20 państwowych spółek", 20, "item", "exact", "company")]),
    ("To jedna z największych giełd kryptowalutowych.", []),
)


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_organisations(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------- classifying adjectives

CLASSIFIERS = cases(
    ("Rosja kupiła 200 systemów przeciwdronowych.",
     [("200 systemów przeciwdronowych", 200, "item", "exact", "counter-drone system")]),
    ("Odbyły się 2 wizyty robocze.", [("2 wizyty robocze", 2, "item", "exact", "working visit")]),
    ("Na ćwiczeniach użyto 30 pocisków ćwiczebnych.",
     [("30 pocisków ćwiczebnych", 30, "item", "exact", "practice missile")]),
    ("Na granicy uruchomiono 5 punktów celnych.", [("5 punktów celnych", 5, "item", "exact", "customs point")]),
    ("Powstały 3 obozy jenieckie.", [("3 obozy jenieckie", 3, "item", "exact", "prisoner-of-war camp")]),
    ("W kraju działa 15 elektrowni wiatrowych.",
     [("15 elektrowni wiatrowych", 15, "item", "exact", "wind power plant")]),
    ("Zbudowano 2 mosty kolejowo-drogowe.", [("2 mosty kolejowo-drogowe", 2, "item", "exact", "road-rail bridge")]),
    ("Zniszczono 8 okupowanych obwodów.", [("8 okupowanych obwodów", 8, "item", "exact", "occupied oblast")]),
    ("Rosja wystrzeliła 12 pocisków manewrujących.",
     [("12 pocisków manewrujących", 12, "item", "exact", "cruise missile")]),
    ("Rosja użyła 20 improwizowanych ładunków wybuchowych.",
     [("20 improwizowanych ładunków wybuchowych", 20, "item", "exact", "improvised explosive device")]),
    ("Dostarczono 10 zestawów pierwszej pomocy.",
     [("10 zestawów pierwszej pomocy", 10, "item", "exact", "first aid kit")]),
    ("Przeprowadzono 4 akcje dywersyjne.", [("4 akcje dywersyjne", 4, "item", "exact", "sabotage operation")]),
    # adjectives of property are no kind: the noun keeps its label
    ("Zniszczono 20 nowych serwerów.", [("20 nowych serwerów", 20, "item", "exact", "server")]),
    ("Na miejsce przybyły dwa kontyngenty bojowe.", [("dwa kontyngenty", 2, "item", "exact", "contingent")]),
)


@pytest.mark.parametrize(("text", "expected"), CLASSIFIERS)
def test_classifiers(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------------- sums of money

MONEY = cases(
    ("Łup hakerów szacuje się na 600 mln dolarów.", [("600 mln dolarów", 6e8, "USD", "exact", "loot")]),
    ("Kradzież w wysokości 300 mln dolarów wykryto po tygodniu.",
     [("300 mln dolarów", 3e8, "USD", "exact", "theft")]),
    ("Przemyt wyceniany na 40 mln euro trafił do Chin.", [("40 mln euro", 4e7, "EUR", "exact", "smuggling")]),
    ("Wpływy z eksportu ropy sięgnęły 15 mld dolarów.",
     [("15 mld dolarów", 1.5e10, "USD", "exact", "export revenue")]),
    ("Aktywa zamrożone w Europie warte są 260 mld euro.",
     [("260 mld euro", 2.6e11, "EUR", "exact", "frozen assets")]),
    ("Prowizja pośredników wynosi 200 tys. dolarów.", [("200 tys. dolarów", 2e5, "USD", "exact", "commission")]),
    ("Nadwyżka handlowa wyniosła 40 mld dolarów.", [("40 mld dolarów", 4e10, "USD", "exact", "trade surplus")]),
    ("Deficyt budżetowy sięgnął 3 bln rubli.", [("3 bln rubli", 3e12, "RUB", "exact", "budget deficit")]),
    ("Transza w wysokości 1,5 mld euro trafi do Kijowa.", [("1,5 mld euro", 1.5e9, "EUR", "exact", "tranche")]),
    ("Kontrakt zbrojeniowy o wartości 2 mld dolarów podpisano w Moskwie.",
     [("2 mld dolarów", 2e9, "USD", "exact", "value")]),
    ("Licencja warta 300 mln dolarów trafiła do Iranu.",
     [("300 mln dolarów", 3e8, "USD", "exact", "value")]),
    ("Z giełdy wykradziono tokeny o wartości 1,4 mld dolarów.",
     [("1,4 mld dolarów", 1.4e9, "USD", "exact", "value")]),
    ("Rosja przeznaczyła na finansowanie 4 mld rubli.", [("4 mld rubli", 4e9, "RUB", "exact", "funding")]),
    # a sum with no noun naming it stays money; the generic cost keeps its label
    ("Koszt budowy fabryki szacuje się na 500 mln dolarów.", [("500 mln dolarów", 5e8, "USD", "exact", "cost")]),
    ("Rosja zapłaciła 20 mln dolarów.", [("20 mln dolarów", 2e7, "USD", "exact", "value")]),
)


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_money_nouns(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------- subjects of percent changes

CHANGES = cases(
    ("Kurs juana wzrósł o 3 proc.", [("3 proc.", 3, "percent", "exact", "exchange rate growth")]),
    ("Oprocentowanie spadło o 2 proc.", [("2 proc.", 2, "percent", "exact", "interest rate decrease")]),
    ("Przeładunki w porcie wzrosły o 25 proc.", [("25 proc.", 25, "percent", "exact", "cargo handling growth")]),
    ("Tranzyt przez Kazachstan zmniejszył się o 15 proc.",
     [("15 proc.", 15, "percent", "exact", "transit decrease")]),
    ("Liczebność armii wzrosła o 15 proc.", [("15 proc.", 15, "percent", "exact", "army strength growth")]),
    ("Frekwencja spadła o 12 proc.", [("12 proc.", 12, "percent", "exact", "turnout decrease")]),
    ("Przepustowość przejścia zwiększyła się o połowę.",
     [("połowę", 50, "percent", "exact", "capacity growth")]),
    ("Przewozy kolejowe wzrosły o 30 proc.", [("30 proc.", 30, "percent", "exact", "freight growth")]),
    ("Zadłużenie wzrosło o 7 proc.", [("7 proc.", 7, "percent", "exact", "debt growth")]),
    ("Około 30 proc. zamówień na drony pochodzi z Iranu.",
     [("Około 30 proc. zamówień", 30, "percent", "approx", "drone order")]),
    # a subject not listed leaves the percent unnamed
    ("Pogoda poprawiła się o 10 proc.", [("10 proc.", 10, "percent", "exact", None)]),
)


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_percent_change_subjects(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------- the data

_GROUPED = ("counted",)
_FLAT = ("money_nouns", "valued_nouns", "measured_nouns", "complements", "senses", "classifiers")


def _keys() -> list[tuple[str, str]]:
    data = load_yaml("pl/quantities.yaml")
    out = [(f"counted/{group}", str(key)) for group, entries in data["counted"].items() for key in entries]
    out += [(section, str(key)) for section in _FLAT for key in data[section]]
    return out


def _reachable(section: str, key: str) -> bool:
    """Is the key written so that the parser reaches it?  A single word is matched by its lemma, so it must be one
    (or a word morfeusz does not know, matched by its stem).  A phrase is matched word by word through lemmas, so
    its first word is a lemma or a nominative form of one ("batalionowa grupa taktyczna", "zawinięcie do portu").
    The genitive phrases among the classifiers ("dalekiego zasięgu") stand as written: their words must be known."""
    words = key.split()
    readings = analyse_word(words[0])
    if all(a.pos == "ign" for a in readings):
        return True
    if words[0] in {a.lemma.lower() for a in readings}:
        return True
    if len(words) == 1:
        return False
    if section == "classifiers":
        return all(any(a.pos != "ign" for a in analyse_word(w)) for w in words)
    return any("nom" in a.tag.split(":")[2].split(".") for a in readings if len(a.tag.split(":")) > 2)


def test_every_key_lemmatizes_as_written() -> None:
    bad = [(section, key) for section, key in _keys() if not _reachable(section, key)]
    assert bad == []


def test_single_word_keys_are_lemmas_of_their_inflected_forms() -> None:
    """A single-word key is found among morfeusz2's lemmas of its forms (a genitive plural, as after a number)."""
    generator = morfeusz2.Morfeusz()
    data = load_yaml("pl/quantities.yaml")
    bad = []
    for group, entries in data["counted"].items():
        for key in entries:
            key = str(key)
            if " " in key or all(a.pos == "ign" for a in analyse_word(key)):
                continue
            forms = [f[0] for f in generator.generate(key) if f[1].split(":")[0] == key]
            if not forms or not any(key in {a.lemma.lower() for a in analyse_word(form)} for form in forms):
                bad.append((group, key))
    assert bad == []


def test_a_key_names_one_thing() -> None:
    """A key stands in one group only, and no group repeats a label under a key that differs only in case."""
    data = load_yaml("pl/quantities.yaml")
    seen: dict[str, str] = {}
    clashes = []
    for group, entries in data["counted"].items():
        for key in entries:
            if key in seen and seen[key] != group:
                clashes.append((key, seen[key], group))
            seen[key] = group
    assert clashes == []
    assert all(str(k) == str(k).lower() for k in seen)


def test_labels_are_english() -> None:
    data = load_yaml("pl/quantities.yaml")
    labels = [str(v) for section in ("money_nouns", "valued_nouns", "measured_nouns", "classifiers")
              for v in data[section].values()]
    labels += [str(v) for entries in data["counted"].values() for v in entries.values()]
    assert not [label for label in labels if re.search("[ąćęłńóśźż]", label)]
    assert not [label for label in labels if label != label.strip() or "  " in label]
