"""The lexicon of common counted nouns (``pl/counted_nouns_common.yaml``, merged under ``counted`` after
``pl/counted_nouns.yaml``): medical equipment and staff, shipbuilding and the sea, farming, construction and industry,
electronics, household goods and food, trades and family, public bodies and firms, documents of law and
administration, events of everyday news and the units that do the work.

Each case is a constructed sentence with every quantity the parser must read from it (span, number, unit, qualifier,
counted object).  Small number words matter most: before a noun the lexicon does not know they give no amount at all,
so "dwie pochylnie" is read only once "pochylnia" is listed.  An empty list means the sentence holds no amount (a
year, an ordinal, "jeden z").  Data tests check that every key is written so that the parser can reach it and that
none repeats a key of quantities.yaml or counted_nouns.yaml."""

from __future__ import annotations

import pytest
from test_counted_lexicon import Found, cases, found  # the same helpers as the lexicon's own tests

_GROUPS = {"person", "item", "place", "organisation", "document", "event", "formation"}
_FILE = "pl/counted_nouns_common.yaml"


# ------------------------------------------------------------------------------------------------ medicine

MEDICINE = cases(
    ("Szpital kupił dwa tomografy komputerowe i trzy aparaty do znieczulenia.",
     [("dwa tomografy komputerowe", 2, "item", "exact", "CT scanner"),
      ("trzy aparaty do znieczulenia", 3, "item", "exact", "anaesthesia machine")]),
    ("Na oddziale brakuje czterech respiratorów i dwóch kardiomonitorów.",
     [("czterech respiratorów", 4, "item", "exact", "ventilator"),
      ("dwóch kardiomonitorów", 2, "item", "exact", "cardiac monitor")]),
    ("Lekarze wszczepili pięć rozruszników serca.", [("pięć rozruszników serca", 5, "item", "exact", "pacemaker")]),
    ("W przychodni pracuje trzech okulistów i dwie pielęgniarki środowiskowe.",
     [("trzech okulistów", 3, "person", "exact", "ophthalmologist"),
      ("dwie pielęgniarki środowiskowe", 2, "person", "exact", "community nurse")]),
    ("Zbadano 200 próbek i 40 wymazów.",
     [("200 próbek", 200, "item", "exact", "sample"), ("40 wymazów", 40, "item", "exact", "swab")]),
    ("W szpitalu przeprowadzono trzy przeszczepy nerki i dwie operacje serca.",
     [("trzy przeszczepy nerki", 3, "item", "exact", "kidney transplant"),
      ("dwie operacje serca", 2, "item", "exact", "heart operation")]),
    ("Ratownicy mieli wczoraj 12 wyjazdów karetki.",
     [("12 wyjazdów karetki", 12, "item", "exact", "ambulance call-out")]),
    ("Otwarto dwie stacje dializ.", [("dwie stacje dializ", 2, "item", "exact", "dialysis centre")]),
    ("Na miejsce wysłano dwa zespoły ratownictwa medycznego.",
     [("dwa zespoły ratownictwa medycznego", 2, "item", "exact", "ambulance crew")]),
)


@pytest.mark.parametrize(("text", "expected"), MEDICINE)
def test_medicine(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------- shipbuilding and the sea

MARITIME = cases(
    ("Stocznia ma dwie pochylnie i jeden suchy dok.",
     [("dwie pochylnie", 2, "item", "exact", "slipway"), ("jeden suchy dok", 1, "item", "exact", "dry dock")]),
    ("Na jednej z dwóch pochylni położono stępkę.", [("dwóch pochylni", 2, "item", "exact", "slipway")]),
    ("Zwodowano dwa statki szkolne.", [("dwa statki szkolne", 2, "item", "exact", "training ship")]),
    ("W porcie stoją trzy pchacze i dwie szalupy.",
     [("trzy pchacze", 3, "item", "exact", "pusher tug"), ("dwie szalupy", 2, "item", "exact", "lifeboat")]),
    ("Do stoczni dostarczono cztery bloki kadłuba.", [("cztery bloki kadłuba", 4, "item", "exact", "hull block")]),
)


@pytest.mark.parametrize(("text", "expected"), MARITIME)
def test_shipbuilding_and_the_sea(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------------------- farming

FARMING = cases(
    ("Rolnik kupił dwie brony i trzy opryskiwacze.",
     [("dwie brony", 2, "item", "exact", "harrow"), ("trzy opryskiwacze", 3, "item", "exact", "sprayer")]),
    ("Gospodarstwo hoduje 40 jałówek i 12 kóz.",
     [("40 jałówek", 40, "item", "exact", "heifer"), ("12 kóz", 12, "item", "exact", "goat")]),
    ("Podczas burzy zginęły trzy krowy mleczne.", [("trzy krowy mleczne", 3, "item", "exact", "dairy cow")]),
    ("Pożar strawił dwa kurniki i stodołę.", [("dwa kurniki", 2, "item", "exact", "henhouse")]),
    ("W gminie działa pięć pasiek.", [("pięć pasiek", 5, "item", "exact", "apiary")]),
)


@pytest.mark.parametrize(("text", "expected"), FARMING)
def test_farming(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------- construction and industry

CONSTRUCTION_INDUSTRY = cases(
    ("Firma kupiła cztery koparki i dwie koparko-ładowarki.",
     [("cztery koparki", 4, "item", "exact", "excavator"),
      ("dwie koparko-ładowarki", 2, "item", "exact", "backhoe loader")]),
    ("Budowa wymaga dwóch żurawi wieżowych.", [("dwóch żurawi wieżowych", 2, "item", "exact", "tower crane")]),
    ("Na osiedlu powstaną dwa bloki i trzy place zabaw.",
     [("dwa bloki", 2, "item", "exact", "apartment block"), ("trzy place zabaw", 3, "item", "exact", "playground")]),
    ("Fabryka zamówiła sześć robotów przemysłowych.",
     [("sześć robotów przemysłowych", 6, "item", "exact", "industrial robot")]),
    ("Na dachu zamontowano 120 paneli fotowoltaicznych.",
     [("120 paneli fotowoltaicznych", 120, "item", "exact", "solar panel")]),
    ("Firma dostarczyła dwa superkomputery.", [("dwa superkomputery", 2, "item", "exact", "supercomputer")]),
    ("Zbudowano dwa bloki gazowo-parowe.", [("dwa bloki gazowo-parowe", 2, "item", "exact", "combined-cycle unit")]),
)


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTION_INDUSTRY)
def test_construction_and_industry(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------- goods and food

GOODS = cases(
    ("Wyprodukowano dwa tysiące kanapek.", [("dwa tysiące kanapek", 2000, "item", "exact", "sandwich")]),
    ("Na granicy zatrzymano 200 paczek papierosów.",
     [("200 paczek papierosów", 200, "item", "exact", "pack of cigarettes")]),
    ("Sprzedano 300 biletów wstępu.", [("300 biletów wstępu", 300, "item", "exact", "admission ticket")]),
)


@pytest.mark.parametrize(("text", "expected"), GOODS)
def test_goods_and_food(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------ people and roles

PEOPLE = cases(
    ("Zatrudniono trzech księgowych i dwie księgowe.",
     [("trzech księgowych", 3, "person", "exact", "accountant"),
      ("dwie księgowe", 2, "person", "exact", "accountant")]),
    ("Policja zatrzymała dwóch dilerów i trzech paserów.",
     [("dwóch dilerów", 2, "person", "exact", "drug dealer"), ("trzech paserów", 3, "person", "exact", "fence")]),
    ("W wypadku zginęło dwóch pieszych.", [("dwóch pieszych", 2, "person", "exact", "pedestrian")]),
    ("W radzie zasiada czterech radnych i dwie radne.",
     [("czterech radnych", 4, "person", "exact", "councillor"), ("dwie radne", 2, "person", "exact", "councillor")]),
    ("Zatrzymano trzech przemytników papierosów.",
     [("trzech przemytników papierosów", 3, "person", "exact", "cigarette smuggler")]),
    ("Przyjechało dwóch prawnuków i trzy prawnuczki.",
     [("dwóch prawnuków", 2, "person", "exact", "great-grandson"),
      ("trzy prawnuczki", 3, "person", "exact", "great-granddaughter")]),
    ("Na budowie pracuje pięciu zbrojarzy i dwóch operatorów koparki.",
     [("pięciu zbrojarzy", 5, "person", "exact", "steel fixer"),
      ("dwóch operatorów koparki", 2, "person", "exact", "excavator operator")]),
)


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_and_roles(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------- organisations

ORGANISATIONS = cases(
    ("W gminie działają cztery koła gospodyń wiejskich.",
     [("cztery koła gospodyń wiejskich", 4, "item", "exact", "rural women's association")]),
    ("W powiecie działa pięć ochotniczych straży pożarnych.",
     [("pięć ochotniczych straży pożarnych", 5, "item", "exact", "volunteer fire brigade")]),
    ("Bank otworzył trzy biura rachunkowe.", [("trzy biura rachunkowe", 3, "item", "exact", "accounting firm")]),
    ("Dwie spółki giełdowe ogłosiły upadłość.", [("Dwie spółki giełdowe", 2, "item", "exact", "listed company")]),
    ("Kontrolę prowadzi pięć stacji sanitarno-epidemiologicznych.",
     [("pięć stacji sanitarno-epidemiologicznych", 5, "item", "exact", "sanitary-epidemiological station")]),
)


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_organisations(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ----------------------------------------------------------------------------------------------- documents

DOCUMENTS = cases(
    ("Prokuratura postawiła trzy zarzuty korupcyjne.",
     [("trzy zarzuty korupcyjne", 3, "item", "exact", "corruption charge")]),
    ("Sąd wydał dwa wyroki uniewinniające.", [("dwa wyroki uniewinniające", 2, "item", "exact", "acquittal")]),
    ("Gmina wydała 40 pozwoleń na budowę.", [("40 pozwoleń na budowę", 40, "item", "exact", "building permit")]),
    ("Urząd przyjął 300 wniosków o dofinansowanie.",
     [("300 wniosków o dofinansowanie", 300, "item", "exact", "grant application")]),
    ("Do sądu wpłynęły dwa pozwy zbiorowe.", [("dwa pozwy zbiorowe", 2, "item", "exact", "class action")]),
    ("Lekarz wystawił trzy recepty i dwa skierowania.",
     [("trzy recepty", 3, "item", "exact", "prescription"), ("dwa skierowania", 2, "item", "exact", "referral")]),
)


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------------- events

EVENTS = cases(
    ("Przez region przeszły dwie nawałnice.", [("dwie nawałnice", 2, "item", "exact", "violent storm")]),
    ("Strażacy usuwali skutki trzech podtopień.", [("trzech podtopień", 3, "item", "exact", "flooding")]),
    ("Odbyły się dwa posiedzenia sejmu.", [("dwa posiedzenia sejmu", 2, "item", "exact", "sitting of the Sejm")]),
    ("W mieście zorganizowano trzy kiermasze.", [("trzy kiermasze", 3, "item", "exact", "fair")]),
    ("Lekarz miał w tym miesiącu osiem dyżurów.", [("osiem dyżurów", 8, "item", "exact", "duty shift")]),
    ("W przychodni wykonano 500 szczepień.", [("500 szczepień", 500, "item", "exact", "vaccination")]),
)


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------------- places

PLACES = cases(
    ("Powstały trzy szkoły branżowe.", [("trzy szkoły branżowe", 3, "item", "exact", "vocational school")]),
    ("W mieście zamknięto dwa dyskonty i trzy drogerie.",
     [("dwa dyskonty", 2, "item", "exact", "discount store"), ("trzy drogerie", 3, "item", "exact", "drugstore")]),
    ("Kontrolerzy odwiedzili sześć kurników.", [("sześć kurników", 6, "item", "exact", "henhouse")]),
    ("W szpitalu zamknięto dwa oddziały położnicze.",
     [("dwa oddziały położnicze", 2, "item", "exact", "maternity ward")]),
)


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------------------- formations

FORMATIONS = cases(
    ("W akcji brały udział trzy jednostki ratowniczo-gaśnicze.",
     [("trzy jednostki ratowniczo-gaśnicze", 3, "item", "exact", "fire and rescue unit")]),
    ("Rosja sformowała dwa pułki ochotnicze.", [("dwa pułki ochotnicze", 2, "item", "exact", "volunteer regiment")]),
    ("Na froncie działają trzy mobilne grupy ogniowe.",
     [("trzy mobilne grupy ogniowe", 3, "item", "exact", "mobile fire group")]),
    ("Na defiladzie przeszły dwie kompanie honorowe.",
     [("dwie kompanie honorowe", 2, "item", "exact", "guard of honour")]),
)


@pytest.mark.parametrize(("text", "expected"), FORMATIONS)
def test_formations(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------------ no counts

NOT_COUNTS = cases(
    ("W 2023 r. szpital kupił nowy tomograf.", []),  # a year
    ("Trzecia pochylnia powstanie w przyszłym roku.", []),  # an ordinal
    ("To jeden z najstarszych kurników w regionie.", []),  # "jeden z" picks one out, it counts nothing
)


@pytest.mark.parametrize(("text", "expected"), NOT_COUNTS)
def test_no_counts(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# The data checks of this file (keys, groups, labels, size) are those of every wider lexicon, in test_counted_nouns.py.
