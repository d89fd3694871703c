"""Ordinary places in locations_world.yaml: Polish voivodeships, cities and border towns, and the cities,
ports and regions abroad that news on sanctions, shipping, trade and diplomacy names.  Found in inflected
Polish forms and English spellings; words that look like them must name nothing.

Sentences are constructed for these tests; no database is needed.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
from test_gazetteer_places import check_complete, located, place_names  # the same helpers as the war places' tests

from eventdb.extract import extract
from eventdb.extract.gazetteer import Gazetteer
from eventdb.reference import load_yaml

FILE = "gazetteer/locations_world.yaml"


@functools.cache
def world_places() -> tuple[dict[str, Any], ...]:
    return tuple(load_yaml(FILE)["locations"])




# --- inflected Polish forms in sentences ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Poland: cities, border towns and crossings, voivodeships
        ("Konferencja odbyła się w Lublinie.", "Lublinie", "Lublin"),
        ("Statek wypłynął z Gdańska.", "Gdańska", "Gdańsk"),
        ("Kontenery trafiły do Gdyni.", "Gdyni", "Gdynia"),
        ("Gazoport w Świnoujściu przyjął tankowiec.", "Świnoujściu", "Świnoujście"),
        ("Prokuratura w Krakowie wszczęła śledztwo.", "Krakowie", "Kraków"),
        ("Sąd w Łodzi wydał wyrok.", "Łodzi", "Łódź"),
        ("Pociąg jechał z Wrocławia do Poznania.", "Poznania", "Poznań"),
        ("Zatrzymano go w Białymstoku.", "Białymstoku", "Białystok"),
        ("Ciężarówki utknęły pod Terespolem.", "Terespolem", "Terespol"),
        ("Uchodźcy dotarli do Przemyśla.", "Przemyśla", "Przemyśl"),
        ("Straż graniczna z Chełma zatrzymała przemytników.", "Chełma", "Chełm"),
        ("Na granicy w Kukurykach stoją tiry.", "Kukurykach", "Kukuryki"),
        ("Odprawa w Hrebennem trwała godzinę.", "Hrebennem", "Hrebenne"),
        ("Migranci koczowali w Kuźnicy.", "Kuźnicy", "Kuźnica"),
        ("Przejście w Bobrownikach zamknięto.", "Bobrownikach", "Bobrowniki"),
        ("Żołnierze stacjonują w Gołdapi.", "Gołdapi", "Gołdap"),
        ("Szpital w Hajnówce przyjął rannych.", "Hajnówce", "Hajnówka"),
        ("Koszary w Braniewie rozbudowano.", "Braniewie", "Braniewo"),
        ("W Białej Podlaskiej powstaje baza.", "Białej Podlaskiej", "Biała Podlaska"),
        ("W Zielonej Górze otwarto fabrykę.", "Zielonej Górze", "Zielona Góra"),
        ("Huta w Stalowej Woli produkuje haubice.", "Stalowej Woli", "Stalowa Wola"),
        ("Zakłady w Skarżysku-Kamiennej produkują amunicję.", "Skarżysku-Kamiennej", "Skarżysko-Kamienna"),
        ("Wojsko pojawiło się w Radomiu.", "Radomiu", "Radom"),
        ("Powódź zalała gminy w województwie lubelskim.", "województwie lubelskim", "Lublin Voivodeship"),
        ("Na Podkarpaciu ogłoszono alarm.", "Podkarpaciu", "Subcarpathian Voivodeship"),
        ("Rolnicy z Lubelszczyzny protestowali.", "Lubelszczyzny", "Lublin Voivodeship"),
        # Baltic states, the Nordic countries, Germany, Central Europe
        ("Rozmowy odbyły się w Kownie.", "Kownie", "Kaunas"),
        ("Do Kłajpedy zawinął gazowiec.", "Kłajpedy", "Klaipėda"),
        ("Wojska NATO ćwiczą pod Dyneburgiem.", "Dyneburgiem", "Daugavpils"),
        ("Stocznia w Lipsku zatrudnia setki ludzi.", "Lipsku", "Leipzig"),
        ("Konferencja bezpieczeństwa w Monachium zakończyła się.", "Monachium", "Munich"),
        ("Pociąg z Frankfurtu nad Odrą spóźnił się.", "Frankfurtu nad Odrą", "Frankfurt (Oder)"),
        ("Tankowiec kotwiczył przy Bornholmie.", "Bornholmie", "Bornholm"),
        ("Szczyt odbył się w Koszycach.", "Koszycach", "Košice"),
        ("Negocjacje w Atenach przerwano.", "Atenach", "Athens"),
        ("Konferencja pokojowa w Bernie zakończyła się.", "Bernie", "Bern"),
        # Romania, Moldova, the Caucasus, Central Asia, Turkey, the Gulf
        ("Zboże wysłano z Konstancy.", "Konstancy", "Constanța"),
        ("Protest odbył się w Bielcach.", "Bielcach", "Bălți"),
        ("Rosjanie trzymają amunicję w Kołbasnej.", "Kołbasnej", "Cobasna"),
        ("Ciężarówki jechały przez Batumi.", "Batumi", "Batumi"),
        ("Spotkali się w Ałmaty.", "Ałmaty", "Almaty"),
        ("Pociągi jadą przez Samarkandę.", "Samarkandę", "Samarkand"),
        ("Statek płynął przez Stambuł do Mersinu.", "Mersinu", "Mersin"),
        ("Spółka zarejestrowana w Dubaju kupiła ropę.", "Dubaju", "Dubai"),
        ("Tankowce czekały u wybrzeży Fudżajry.", "Fudżajry", "Fujairah"),
        # Asia
        ("Rafineria w Jamnagarze przerabia rosyjską ropę.", "Jamnagarze", "Jamnagar"),
        ("Kontenerowiec wypłynął z Szanghaju.", "Szanghaju", "Shanghai"),
        ("Fabryka w Wuhanie wznowiła produkcję.", "Wuhanie", "Wuhan"),
        ("Ładunek przeładowano w Pusanie.", "Pusanie", "Busan"),
        ("Prom z Niigaty kursował do Władywostoku.", "Niigaty", "Niigata"),
        ("Szczyt G7 odbył się w Hiroszimie.", "Hiroszimie", "Hiroshima"),
        ("Wystawa odbyła się w Osace.", "Osace", "Osaka"),
        ("Rozmowy odbyły się w Sajgonie.", "Sajgonie", "Ho Chi Minh City"),
        # Russia, Belarus, Ukraine
        ("Ofiary zbrodni katyńskiej pochowano w Katyniu.", "Katyniu", "Katyn"),
        ("Pomnik stanął w Miednoje.", "Miednoje", "Mednoye"),
        ("Dron uderzył w zakład w Serpuchowie.", "Serpuchowie", "Serpukhov"),
        ("Więźniów wysłano do Workuty.", "Workuty", "Vorkuta"),
        ("Polacy z Nowogródka przyjechali do Warszawy.", "Nowogródka", "Navahrudak"),
        ("Ciężarówki czekają w Bruzgach.", "Bruzgach", "Bruzgi"),
        ("Kolejka aut stoi w Szeginiach.", "Szeginiach", "Shehyni"),
    ],
)
def test_polish_forms_in_sentences(text: str, surface: str, name: str) -> None:
    assert (surface, name) in located(text)


def test_two_places_in_one_sentence() -> None:
    assert located("Pociąg z Lublina do Chełma odwołano.") == [("Lublina", "Lublin"), ("Chełma", "Chełm")]


def test_a_capital_stands_for_its_state_and_is_a_place() -> None:
    assert located("Spotkanie odbyło się w Belgradzie.") == [("Belgradzie", "Belgrade")]
    assert ("Belgrad", "Serbia") in [(m.text, m.entity.name) for m in extract("Belgrad potępił atak.").mentions]


def test_the_two_frankfurts() -> None:
    assert located("Bank we Frankfurcie nad Menem obniżył stopy.") == [("Frankfurcie nad Menem", "Frankfurt")]
    assert located("Bank we Frankfurcie obniżył stopy.") == [("Frankfurcie", "Frankfurt")]
    assert located("Rozmowy we Frankfurcie nad Odrą trwały dwa dni.") == [("Frankfurcie nad Odrą", "Frankfurt (Oder)")]


# --- English spellings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Krakow", "Kraków"),
        ("Cracow", "Kraków"),
        ("Gdansk", "Gdańsk"),
        ("Lodz", "Łódź"),
        ("Lublin Voivodeship", "Lublin Voivodeship"),
        ("Klaipeda", "Klaipėda"),
        ("Dubai", "Dubai"),
        ("Alma-Ata", "Almaty"),
        ("Saigon", "Ho Chi Minh City"),
        ("Bombay", "Mumbai"),
        ("Stepanakert", "Khankendi"),
        ("Chervonohrad", "Sheptytskyi"),
    ],
)
def test_english_spellings(alias: str, name: str) -> None:
    assert [r.name for r in Gazetteer.default().lookup(alias, table="location")] == [name]


def test_english_sentence() -> None:
    text = "Tankers loaded in Fujairah sailed to Jamnagar while containers left Busan for Dandong."
    assert {"Fujairah", "Jamnagar"} <= place_names(text)


# --- words that look like these places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rybacy wypłynęli w morze łodzią.",  # Łódź
        "Rada Miasta zebrała się wczoraj.",  # Radom ("Radom" is also a case of the surname Rado)
        "Dobrze to przemyśl, zanim podpiszesz.",  # Przemyśl
        "W kuźnicy kowal kuł podkowy.",  # Kuźnica
        "Dziecko bawiło się grzechotkami.",  # Grzechotki
        "Rolnik wjechał na zieloną górę za wsią.",  # Zielona Góra
        "Na Morzu Kaspijskim pływa flotylla.",  # Kaspiysk is left out
        "August Zaleski był prezydentem na uchodźstwie.",  # Augustów is left out
        "Tkanina z szantungu jest droga.",  # Szantung (Shandong)
        "Mój stryj mieszka na wsi.",  # Stryi is left out
        "Turek sprzedał dywan na bazarze.",  # Turku is left out
        "Ryszard Kalisz skomentował wyrok.",  # Kalisz is left out
        "Szukał dobrego opola dla pszczół.",  # Opole
        "Na stole leżała stalowa piła.",  # Piła is left out, Stalowa Wola needs both words
        "Ziemia drżała pod stopami.",  # Ziemia Lubuska, Ziemia Łódzka need both words
    ],
)
def test_look_alike_words_name_no_place_of_this_file(text: str) -> None:
    ours = {e["name"] for e in world_places()}
    assert not place_names(text) & ours


# --- the file ---------------------------------------------------------------------------------------------------


def location_kinds_of_the_main_files() -> set[str]:
    return {e["kind"] for f in ("locations.yaml", "locations_war.yaml") for e in load_yaml(f"gazetteer/{f}")["locations"]}


@pytest.mark.parametrize("entry", world_places(), ids=lambda e: e["name"])
def test_every_entry_is_complete(entry: dict[str, Any]) -> None:
    check_complete(entry, location_kinds_of_the_main_files())


@pytest.mark.parametrize("entry", world_places(), ids=lambda e: e["name"])
def test_every_alias_names_its_own_place_only(entry: dict[str, Any]) -> None:
    """Among places and facilities; a capital is also a metonym of its state (an actor)."""
    gazetteer = Gazetteer.default()
    for alias in [entry["name"], *entry["aliases"]["pl"], *entry["aliases"]["en"]]:
        found = [r.name for r in gazetteer.lookup(alias) if r.table != "actor"]
        assert found == [entry["name"]], alias


@pytest.mark.parametrize("entry", world_places(), ids=lambda e: e["name"])
def test_the_first_polish_alias_is_found_in_text(entry: dict[str, Any]) -> None:
    """Alone, a capital that is a metonym of its state names the state; in a locative it names the place."""
    alias = entry["aliases"]["pl"][0]
    named = [(m.text, m.entity.name) for m in extract(alias).mentions if not m.entity.is_candidate]
    assert (alias, entry["name"]) in named or (alias, entry["country"]) in named


def test_names_are_new_and_unique() -> None:
    names = [e["name"] for e in world_places()]
    assert len(names) == len(set(names))
    elsewhere = {
        e["name"]
        for file in ("locations.yaml", "locations_war.yaml", "facilities.yaml", "countries.yaml")
        for section in load_yaml(f"gazetteer/{file}").values()
        for e in section
    }
    assert not set(names) & elsewhere
