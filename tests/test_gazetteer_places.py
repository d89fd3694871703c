"""Places of the war in locations_war.yaml: frontline and struck towns of Ukraine, Russian border villages
and towns of struck plants and airbases, Far Eastern towns of the Korean link, North Korean counties and
sites, Belarusian garrison towns.  Found in inflected Polish forms and English spellings; words that
look like them must name nothing.

Sentences are constructed for these tests; no database is needed.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from eventdb.extract import extract
from eventdb.extract.gazetteer import Gazetteer
from eventdb.reference import load_yaml

FILE = "gazetteer/locations_war.yaml"


@functools.cache
def war_places() -> tuple[dict[str, Any], ...]:
    return tuple(load_yaml(FILE)["locations"])


def located(text: str) -> list[tuple[str, str]]:
    """(surface, canonical name) of each location of the gazetteer that the text names."""
    return [
        (m.text, m.entity.name)
        for m in extract(text).mentions
        if m.entity.table == "location" and not m.entity.is_candidate
    ]


def place_names(text: str) -> set[str]:
    return {name for _, name in located(text)}


# --- inflected Polish forms in sentences ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Donetsk and Luhansk Oblasts
        ("Rosyjskie wojska weszły do Oczeretynego.", "Oczeretynego", "Ocheretyne"),
        ("Walki toczą się pod Kliszczijiwką.", "Kliszczijiwką", "Klishchiivka"),
        ("Front zbliżył się do Nowopawliwki.", "Nowopawliwki", "Novopavlivka"),
        ("W Biłozerskiem zginęły dwie osoby.", "Biłozerskiem", "Bilozerske"),
        ("Rosjanie ostrzelali Światogórsk.", "Światogórsk", "Sviatohirsk"),
        ("Rosjanie zajęli Biłohoriwkę.", "Biłohoriwkę", "Bilohorivka"),
        ("W Stanicy Ługańskiej zginął cywil.", "Stanicy Ługańskiej", "Stanytsia Luhanska"),
        ("Szkoła w Krasnodonie została zniszczona.", "Krasnodonie", "Sorokyne"),
        # Zaporizhzhia, Kherson, Kharkiv, Sumy, Dnipropetrovsk, Odesa and Chernihiv Oblasts
        ("Rosjanie zbliżają się do Mołoczańska.", "Mołoczańska", "Molochansk"),
        ("W Krynkach ukraińscy żołnierze utrzymali przyczółek.", "Krynkach", "Krynky"),
        ("Ostrzał Hołej Prystani trwał całą noc.", "Hołej Prystani", "Hola Prystan"),
        ("W Kupiańsku-Wuzłowym trwają walki.", "Kupiańsku-Wuzłowym", "Kupiansk-Vuzlovyi"),
        ("Ewakuacja z Głuchowa trwa od rana.", "Głuchowa", "Hlukhiv"),
        ("Rosjanie ostrzelali Pokrow.", "Pokrow", "Pokrov"),
        ("W Żółtych Wodach zniszczono szkołę.", "Żółtych Wodach", "Zhovti Vody"),
        ("Pociski spadły na Białogród nad Dniestrem.", "Białogród nad Dniestrem", "Bilhorod-Dnistrovskyi"),
        ("Rakiety spadły na Przyłuki.", "Przyłuki", "Pryluky"),
        ("W Browarach ogłoszono alarm.", "Browarach", "Brovary"),
        ("Rosjanie zaatakowali Mukaczewo.", "Mukaczewo", "Mukachevo"),
        # Crimea
        ("Rozmowy w Jałcie zakończyły się.", "Jałcie", "Yalta"),
        ("Dron uderzył w Bakczysaraj.", "Bakczysaraj", "Bakhchysarai"),
        # Russia
        ("Żołnierze z Korei Północnej walczyli pod Martynowką.", "Martynowką", "Martynovka"),
        ("Rosjanie przekroczyli granicę w Nowej Tawołżance.", "Nowej Tawołżance", "Novaya Tavolzhanka"),
        ("Drony zaatakowały Nowoszachtyńsk.", "Nowoszachtyńsk", "Novoshakhtinsk"),
        ("W Kamieńsku Szachtyńskim płonął skład paliw.", "Kamieńsku Szachtyńskim", "Kamensk-Shakhtinsky"),
        ("Eksplozje słychać było w Jelcu.", "Jelcu", "Yelets"),
        ("Pożar wybuchł w Kstowie pod Niżnym Nowogrodem.", "Kstowie", "Kstovo"),
        ("Drony zaatakowały Tuapse i Armawir.", "Armawir", "Armavir"),
        ("Ukraińskie drony uderzyły w Sarańsk.", "Sarańsk", "Saransk"),
        ("Zaatakowano lotnisko w Bałakowie.", "Bałakowie", "Balakovo"),
        ("Bombowce wystartowały z Oleniegorska.", "Oleniegorska", "Olenegorsk"),
        ("Port w Wranglu przyjmuje kontenery z KRLD.", "Wranglu", "Vrangel"),
        ("Statki z amunicją zawinęły do Sławianki.", "Sławianki", "Slavyanka"),
        # North Korea, Belarus, Transnistria
        ("Ładunek wysłano z Sonbongu.", "Sonbongu", "Sonbong"),
        ("W Jongbjonie działa reaktor.", "Jongbjonie", "Yongbyon County"),
        ("Na półwyspie Kalma powstał kurort.", "półwyspie Kalma", "Kalma Peninsula"),
        ("Drony krążyły nad Pińskiem.", "Pińskiem", "Pinsk"),
        ("Białoruskie wojska ćwiczą w Mołodecznie.", "Mołodecznie", "Maladzyechna"),
        ("Rosja trzyma wojska w Tyraspolu.", "Tyraspolu", "Tiraspol"),
    ],
)
def test_polish_forms_in_sentences(text: str, surface: str, name: str) -> None:
    assert (surface, name) in located(text)


def test_two_places_in_one_sentence() -> None:
    assert located("Bombardowano Siewsk i Trubczewsk.") == [("Siewsk", "Sevsk"), ("Trubczewsk", "Trubchevsk")]


# --- English spellings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Ocheretyne", "Ocheretyne"),
        ("Novopavlivka", "Novopavlivka"),
        ("Krynky", "Krynky"),
        ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi"),
        ("Stakhanov", "Kadiivka"),
        ("Krasnodon", "Sorokyne"),
        ("Hola Prystan", "Hola Prystan"),
        ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi"),
        ("Yelets", "Yelets"),
        ("Kirzhach", "Kirzhach"),
        ("Novoshakhtinsk", "Novoshakhtinsk"),
        ("Borisoglebsk", "Borisoglebsk"),
        ("Togliatti", "Tolyatti"),
        ("Vrangel", "Vrangel"),
        ("Sonbong", "Sonbong"),
        ("Mount Paektu", "Mount Paektu"),
        ("Molodechno", "Maladzyechna"),
        ("Tiraspol", "Tiraspol"),
    ],
)
def test_english_spellings(alias: str, name: str) -> None:
    assert [r.name for r in Gazetteer.default().lookup(alias, table="location")] == [name]


def test_english_sentence() -> None:
    text = "Russian forces captured Ocheretyne while drones struck Novoshakhtinsk and Yelets."
    assert {"Ocheretyne", "Novoshakhtinsk", "Yelets"} <= place_names(text)


# --- words that look like these places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Toczą się walki pod łymanem.", "Lyman"),
        ("Na stole stała krynka mleka.", "Krynky"),
        ("W mieście działają dwa browary.", "Brovary"),
        ("Do rzeki spływały żółte wody.", "Zhovti Vody"),
        ("Harcerze spędzili noc w stanicy harcerskiej.", "Stanytsia Luhanska"),
        ("Założył pokrowiec na samochód.", "Pokrov"),
        ("Walki o Pokrowsk trwają.", "Pokrov"),
        ("Uderzył go obuchem.", "Obukhiv"),
        ("W ogrodzie rosną barwinkowe kwiaty.", "Barvinkove"),
        ("Udane ćwiczenia zakończyły się wczoraj.", "Udachne"),
        ("Zrobili popas nad rzeką.", "Popasna"),
        ("W Krasnodarze ogłoszono alarm.", "Sorokyne"),
        ("Walki pod Słowiańskiem trwają.", "Slavyansk-na-Kubani"),
        ("Borys Jelcyn rządził Rosją.", "Yelets"),
        ("Wędkarz złowił jelca.", "Yelets"),
        ("Timur Iwanow został aresztowany.", "Ivanovo"),
        ("Wybory w Rosji odbyły się w marcu.", "Vyborg"),
        ("Konferencja jałtańska podzieliła Europę.", "Yalta"),
        ("Górnicy zjechali do szachty.", "Shakhty"),
        ("Urodził się w Berdyczowie.", "Berdychi"),
        ("Sara Kowalska przyjechała do Kijowa.", "Sarov"),
        ("Walki o Torećk trwają.", "Torez"),
    ],
)
def test_look_alike_words_name_no_new_place(text: str, absent: str) -> None:
    assert absent not in place_names(text)


def test_the_other_place_of_a_similar_name_keeps_its_mentions() -> None:
    assert located("Walki o Pokrowsk trwają.") == [("Pokrowsk", "Pokrovsk")]
    assert located("W Krasnodarze ogłoszono alarm.") == [("Krasnodarze", "Krasnodar")]
    assert located("Walki pod Słowiańskiem trwają.") == [("Słowiańskiem", "Sloviansk")]


# --- the file ---------------------------------------------------------------------------------------------------


def location_kinds_of_the_main_file() -> set[str]:
    return {e["kind"] for e in load_yaml("gazetteer/locations.yaml")["locations"]}


@pytest.mark.parametrize("entry", war_places(), ids=lambda e: e["name"])
def test_every_entry_is_complete(entry: dict[str, Any]) -> None:
    check_complete(entry, location_kinds_of_the_main_file())


def check_complete(entry: dict[str, Any], kinds: set[str]) -> None:
    """A kind of the main file, a known country, Polish and English aliases, and a parent in the same country."""
    gazetteer = Gazetteer.default()
    locations = {e.name: e for e in gazetteer.entries if e.table == "location"}
    assert entry["kind"] in kinds
    assert entry.get("country") in {e.name for e in gazetteer.entries if e.kind == "country"}
    aliases = entry["aliases"]
    assert aliases.get("pl") and aliases.get("en")
    if entry.get("parent"):
        assert entry["parent"] in locations
        parent = locations[entry["parent"]]
        assert parent.country == entry["country"] or parent.name == entry["country"]


@pytest.mark.parametrize("entry", war_places(), ids=lambda e: e["name"])
def test_every_alias_names_its_own_place_only(entry: dict[str, Any]) -> None:
    gazetteer = Gazetteer.default()
    for alias in [entry["name"], *entry["aliases"]["pl"], *entry["aliases"]["en"]]:
        assert [r.name for r in gazetteer.lookup(alias)] == [entry["name"]], alias


def test_names_are_new_and_unique() -> None:
    names = [e["name"] for e in war_places()]
    assert len(names) == len(set(names))
    elsewhere = {
        e["name"]
        for file in ("locations.yaml", "facilities.yaml")
        for section in load_yaml(f"gazetteer/{file}").values()
        for e in section
    }
    assert not set(names) & elsewhere


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the Kursk districts, whose adjectives morfeusz2 does not know, alone and listed after a plural noun
        ("Saperzy pracują w rejonie sudżańskim.", [("rejonie sudżańskim", "location", "Sudzha District")]),
        ("Zostało ok. 260 km kw., głównie w rejonach sudżańskim i głuszkowskim.",
         [("rejonach sudżańskim", "location", "Sudzha District"), ("głuszkowskim", "location", "Glushkovo District")]),
        ("Władze rejonu korieniewskiego milczą.", [("rejonu korieniewskiego", "location", "Korenevo District")]),
        # Chagang by the press's other spelling
        ("Kim odwiedził zakłady w prowincji Jagang.", [("prowincji Jagang", "location", "Chagang Province")]),
        # "Kalma" alone is the resort, the air base is the airport, the peninsula only by its noun
        ("Rosjanie wypoczywają w kurorcie Kalma.", [("kurorcie Kalma", "facility", "Wonsan-Kalma resort")]),
        ("Klienci znów pytają o Kalmę.", [("Kalmę", "facility", "Wonsan-Kalma resort")]),
        ("Zdjęcia bazy lotniczej Kalma obiegły świat.",
         [("bazy lotniczej Kalma", "facility", "Wonsan Kalma International Airport")]),
        ("Plaże półwyspu Kalma są puste.", [("półwyspu Kalma", "location", "Kalma Peninsula")]),
    ],
)
def test_districts_provinces_and_kalma(text: str, found: list[tuple[str, str, str]]) -> None:
    places = [(m.text, m.entity.table, m.entity.name) for m in extract(text).mentions
              if m.entity.table in ("location", "facility")]
    assert places == found


def test_a_district_adjective_alone_names_no_district() -> None:
    assert "Sudzha District" not in place_names("Sudżański kombinat pracuje.")


@pytest.mark.parametrize(
    ("text", "language", "surface", "name"),
    [
        # the bays of ship-to-ship transfers off Primorye
        ("Doszło do 19 przeładunków w Zatoce Piotra Wielkiego.", "pl", "Zatoce Piotra Wielkiego", "Peter the Great Gulf"),
        ("At least nine transfers took place in Nakhodka Bay.", "en", "Nakhodka Bay", "Nakhodka Bay"),
    ],
)
def test_the_bays_of_transfers(text: str, language: str, surface: str, name: str) -> None:
    found = [(m.text, m.entity.name) for m in extract(text, language=language).mentions if m.entity.table == "location"]
    assert (surface, name) in found


def test_peter_the_great_alone_is_no_gulf() -> None:
    assert "Peter the Great Gulf" not in place_names("Piotr Wielki zbudował flotę.")
