"""The wider counted-noun lexicon (``pl/counted_nouns.yaml``, merged under the ``counted`` section of
``pl/quantities.yaml``): infrastructure and transport, industry and energy, military equipment and formations, people
and their roles, organisations, documents, events, places, goods and farming.

Each case is a constructed sentence with every quantity the parser must read from it (span, number, unit, qualifier,
counted object).  Small number words matter most: before a noun the lexicon does not know they give no amount at all,
so "dwie rampy przeładunkowe" is read only once "rampa przeładunkowa" is listed.  An empty list means the sentence
holds no amount (a model name, a year, an ordinal, "jeden z", a noun deliberately left out).  Data tests check that
every key is written so that the parser can reach it and that none repeats a key of quantities.yaml."""

from __future__ import annotations

import re
from collections import Counter

import morfeusz2
import pytest
from test_counted_lexicon import Found, cases, found  # the same helpers as the lexicon's own tests

from eventdb.extract.text import analyse_word
from eventdb.reference import load_yaml, path

_GROUPS = {"person", "item", "place", "organisation", "document", "event", "formation"}


# ----------------------------------------------------------------------------- infrastructure and transport

TRANSPORT = cases(
    ("W porcie zbudowano dwie rampy przeładunkowe.",
     [("dwie rampy przeładunkowe", 2, "item", "exact", "loading ramp")]),
    ("Na stacji ułożono pięć nowych torów bocznych.",
     [("pięć nowych torów bocznych", 5, "item", "exact", "siding")]),
    ("Remont objął cztery perony.", [("cztery perony", 4, "item", "exact", "platform")]),
    ("Zamknięto dwa pasy ruchu na moście.", [("dwa pasy ruchu", 2, "item", "exact", "traffic lane")]),
    ("Kolej kupiła trzy lokomotywy spalinowe.",
     [("trzy lokomotywy spalinowe", 3, "item", "exact", "diesel locomotive")]),
    ("Na granicy otwarto trzy przejścia dla pieszych.",
     [("trzy przejścia dla pieszych", 3, "item", "exact", "pedestrian crossing")]),
    ("Do portu zawinęły dwa wycieczkowce.", [("dwa wycieczkowce", 2, "item", "exact", "cruise ship")]),
    ("Zatrzymano cztery samochody dostawcze.",
     [("cztery samochody dostawcze", 4, "item", "exact", "delivery van")]),
    ("Firma kupiła dwa wózki widłowe.", [("dwa wózki widłowe", 2, "item", "exact", "forklift")]),
    ("W mieście zbudowano dwa schrony dla samolotów.",
     [("dwa schrony dla samolotów", 2, "item", "exact", "hardened aircraft shelter")]),
    ("Do portu wpłynęło 40 kontenerów chłodniczych.",
     [("40 kontenerów chłodniczych", 40, "item", "exact", "refrigerated container")]),
)


@pytest.mark.parametrize(("text", "expected"), TRANSPORT)
def test_infrastructure_and_transport(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------------- industry and energy

INDUSTRY = cases(
    ("Ukraina ma dwie elektrownie szczytowo-pompowe.",
     [("dwie elektrownie szczytowo-pompowe", 2, "item", "exact", "pumped-storage power plant")]),
    ("Rosja zbudowała trzy tłocznie gazu.", [("trzy tłocznie gazu", 3, "item", "exact", "gas compressor station")]),
    ("Zniszczono dwie stacje transformatorowe.",
     [("dwie stacje transformatorowe", 2, "item", "exact", "transformer substation")]),
    ("Ukraina zbudowała cztery podziemne magazyny gazu.",
     [("cztery podziemne magazyny gazu", 4, "item", "exact", "underground gas storage facility")]),
    ("Oddano do użytku trzy oczyszczalnie ścieków.",
     [("trzy oczyszczalnie ścieków", 3, "item", "exact", "sewage treatment plant")]),
    ("Rosja przejęła 12 kopalni węgla.", [("12 kopalni węgla", 12, "item", "exact", "coal mine")]),
    ("Zbudowano dwie tłocznie i trzy przepompownie.",
     [("dwie tłocznie", 2, "item", "exact", "compressor station"),
      ("trzy przepompownie", 3, "item", "exact", "pumping station")]),
    ("W Korei działają trzy specjalne strefy ekonomiczne.",
     [("trzy specjalne strefy ekonomiczne", 3, "item", "exact", "special economic zone")]),
)


@pytest.mark.parametrize(("text", "expected"), INDUSTRY)
def test_industry_and_energy(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------- military equipment and units

MILITARY = cases(
    ("Skonfiskowano sześć noktowizorów i dwie lornetki.",
     [("sześć noktowizorów", 6, "item", "exact", "night-vision device"),
      ("dwie lornetki", 2, "item", "exact", "binoculars")]),
    ("Z magazynu zniknęło siedem gogli noktowizyjnych.",
     [("siedem gogli noktowizyjnych", 7, "item", "exact", "night-vision goggles")]),
    ("Wojsko otrzymało 500 płyt balistycznych i 200 hełmów.",
     [("500 płyt balistycznych", 500, "item", "exact", "ballistic plate"),
      ("200 hełmów", 200, "item", "exact", "helmet")]),
    ("Przekazano 300 krótkofalówek i 40 lornetek.",
     [("300 krótkofalówek", 300, "item", "exact", "walkie-talkie"),
      ("40 lornetek", 40, "item", "exact", "binoculars")]),
    ("Żołnierze mieli 12 kałasznikowów i trzy granatniki podlufowe.",
     [("12 kałasznikowów", 12, "item", "exact", "Kalashnikov rifle"),
      ("trzy granatniki podlufowe", 3, "item", "exact", "underbarrel grenade launcher")]),
    ("Armia kupiła osiem miotaczy ognia.", [("osiem miotaczy ognia", 8, "item", "exact", "flamethrower")]),
    ("Pociskiem trafiono dwie stacje walki elektronicznej.",
     [("dwie stacje walki elektronicznej", 2, "item", "exact", "electronic warfare station")]),
    ("Zestrzelono trzy drony wielowirnikowe.",
     [("trzy drony wielowirnikowe", 3, "item", "exact", "multirotor drone")]),
    ("Zestrzelono trzy drony na światłowód.",
     [("trzy drony na światłowód", 3, "item", "exact", "fibre-optic drone")]),
    ("Saperzy rozbroili pięć min-pułapek.", [("pięć min-pułapek", 5, "item", "exact", "booby trap")]),
    ("USA dostarczyły 10 Javelinów i dwa Stingery.",
     [("10 Javelinów", 10, "item", "exact", "Javelin missile"),
      ("dwa Stingery", 2, "item", "exact", "Stinger missile")]),
    ("Rosja sformowała dwie dywizje zmechanizowane.",
     [("dwie dywizje zmechanizowane", 2, "item", "exact", "mechanised division")]),
    ("Ćwiczenia objęły dwie brygady powietrznodesantowe.",
     [("dwie brygady powietrznodesantowe", 2, "item", "exact", "airborne brigade")]),
    ("Na froncie działają dwa oddziały zaporowe.",
     [("dwa oddziały zaporowe", 2, "item", "exact", "blocking unit")]),
    ("Przeprowadzono sześć lotów bojowych.", [("sześć lotów bojowych", 6, "item", "exact", "combat sortie")]),
)


@pytest.mark.parametrize(("text", "expected"), MILITARY)
def test_military_equipment_and_units(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------ people and roles

PEOPLE = cases(
    ("Grupę oprowadzało trzech przewodników.", [("trzech przewodników", 3, "person", "exact", "guide")]),
    ("Rosja wysłała dwóch kapelanów wojskowych.",
     [("dwóch kapelanów wojskowych", 2, "person", "exact", "military chaplain")]),
    ("Zginęło trzech świadków.", [("trzech świadków", 3, "person", "exact", "witness")]),
    ("Do akcji ruszyło pięciu płetwonurków.", [("pięciu płetwonurków", 5, "person", "exact", "diver")]),
    ("W ataku zginęło czterech dowódców batalionów.",
     [("czterech dowódców batalionów", 4, "person", "exact", "battalion commander")]),
    ("Zatrzymano dwóch celników.", [("dwóch celników", 2, "person", "exact", "customs officer")]),
    ("Do Moskwy przyleciało dwóch wiceministrów i trzech wiceprzewodniczących.",
     [("dwóch wiceministrów", 2, "person", "exact", "deputy minister"),
      ("trzech wiceprzewodniczących", 3, "person", "exact", "vice-chair")]),
    ("Rosja wysłała dwóch wysokich urzędników.",
     [("dwóch wysokich urzędników", 2, "person", "exact", "senior official")]),
    ("Zatrudniono sześć sprzątaczek.", [("sześć sprzątaczek", 6, "person", "exact", "cleaner")]),
    ("Do wojska wcielono 300 kierowców ciężarówek.",
     [("300 kierowców ciężarówek", 300, "person", "exact", "truck driver")]),
    ("Kraj przyjął 30 tys. nielegalnych imigrantów.",
     [("30 tys. nielegalnych imigrantów", 30000, "person", "exact", "illegal immigrant")]),
    ("W zamachu zginęło dwóch zamachowców-samobójców.",
     [("dwóch zamachowców-samobójców", 2, "person", "exact", "suicide bomber")]),
    ("Zlikwidowano trzech operatorów dźwigów.",
     [("trzech operatorów dźwigów", 3, "person", "exact", "crane operator")]),
)


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_and_roles(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ----------------------------------------------------------------------------- organisations and documents

ORGANISATIONS_DOCUMENTS = cases(
    ("Sankcje objęły 12 funduszy hedgingowych.", [("12 funduszy hedgingowych", 12, "item", "exact", "hedge fund")]),
    ("W kraju działa 30 prywatnych firm wojskowych.",
     [("30 prywatnych firm wojskowych", 30, "item", "exact", "private military company")]),
    ("Państwo ma dwa państwowe fundusze majątkowe.",
     [("dwa państwowe fundusze majątkowe", 2, "item", "exact", "sovereign wealth fund")]),
    ("Podpisano trzy umowy o współpracy.",
     [("trzy umowy o współpracy", 3, "item", "exact", "cooperation agreement")]),
    ("W sieci opublikowano 200 fałszywych kont.", [("200 fałszywych kont", 200, "item", "exact", "fake account")]),
    ("Post zebrał 40 tys. polubień i 2 mln wyświetleń.",
     [("40 tys. polubień", 40000, "item", "exact", "like"), ("2 mln wyświetleń", 2e6, "item", "exact", "view")]),
)


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_DOCUMENTS)
def test_organisations_and_documents(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------------- events

EVENTS = cases(
    # a "postępowanie" is a proceeding (of a prosecutor, a court or a customs office), a "śledztwo" an investigation
    ("Prokuratura prowadzi ponad 140 postępowań.", [("ponad 140 postępowań", 140, "item", "more_than", "proceeding")]),
    ("Wszczęto dwa śledztwa.", [("dwa śledztwa", 2, "item", "exact", "investigation")]),
    ("Odbyły się dwie konferencje prasowe.",
     [("dwie konferencje prasowe", 2, "item", "exact", "press conference")]),
    ("Doszło do trzech zasadzek.", [("trzech zasadzek", 3, "item", "exact", "ambush")]),
    ("W obwodzie ogłoszono cztery alarmy przeciwlotnicze.",
     [("cztery alarmy przeciwlotnicze", 4, "item", "exact", "air raid alert")]),
    ("Doszło do dwóch wykolejeń.", [("dwóch wykolejeń", 2, "item", "exact", "derailment")]),
    ("Wybuchły dwie strzelaniny.", [("dwie strzelaniny", 2, "item", "exact", "shooting")]),
    ("Wydalono 15 dyplomatów, doszło do 3 wydaleń.",
     [("15 dyplomatów", 15, "person", "exact", "diplomat"), ("3 wydaleń", 3, "item", "exact", "expulsion")]),
    # a change; among words of work, a work shift
    ("Sejm przyjął trzy zmiany w ustawie.", [("trzy zmiany", 3, "item", "exact", "change")]),
    ("W zakładach pracuje się na trzy zmiany.", [("trzy zmiany", 3, "item", "exact", "work shift")]),
    ("Na miejscu pracowały dwie zmiany ratowników.", [("dwie zmiany", 2, "item", "exact", "work shift")]),
    # an episode of a series; among fronts and roads, a section
    ("Cykl liczy sześć odcinków.", [("sześć odcinków", 6, "item", "exact", "episode")]),
    ("Rosjanie atakują na trzech odcinkach frontu.",
     [("trzech odcinkach frontu", 3, "item", "exact", "front section")]),
)


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------------- places

PLACES = cases(
    ("Przy granicy powstały trzy blokposty.", [("trzy blokposty", 3, "item", "exact", "checkpoint")]),
    ("W Kursku działają dwa komisariaty wojskowe.",
     [("dwa komisariaty wojskowe", 2, "item", "exact", "military commissariat")]),
    ("Odkryto dwa masowe groby.", [("dwa masowe groby", 2, "item", "exact", "mass grave")]),
    ("Znaleziono trzy zbiorowe mogiły.", [("trzy zbiorowe mogiły", 3, "item", "exact", "mass grave")]),
    ("W Pjongjangu otwarto dwie szkoły podstawowe.",
     [("dwie szkoły podstawowe", 2, "item", "exact", "primary school")]),
    ("Powstało pięć farm trolli.", [("pięć farm trolli", 5, "item", "exact", "troll farm")]),
    ("Spółka otworzyła dwa centra dystrybucyjne.",
     [("dwa centra dystrybucyjne", 2, "item", "exact", "distribution centre")]),
    ("W obwodzie zniszczono 14 chutorów.", [("14 chutorów", 14, "item", "exact", "hamlet")]),
    ("Ewakuowano mieszkańców z 14 miejscowości i 2 hromad.",
     [("14 miejscowości", 14, "item", "exact", "locality"), ("2 hromad", 2, "item", "exact", "hromada")]),
)


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------------- goods, farming, supplies

GOODS = cases(
    ("Do Rosji trafiło 200 ciągników rolniczych i 40 siewników.",
     [("200 ciągników rolniczych", 200, "item", "exact", "farm tractor"),
      ("40 siewników", 40, "item", "exact", "seed drill")]),
    ("Kołchoz hodował 500 owiec i trzy tysiące kur.",
     [("500 owiec", 500, "item", "exact", "sheep"), ("trzy tysiące kur", 3000, "item", "exact", "hen")]),
    ("Szczepionkę podano w 30 tys. ampułek.", [("30 tys. ampułek", 30000, "item", "exact", "ampoule")]),
    ("Do Rosji trafiło 40 tys. par butów.", [("40 tys. par butów", 40000, "item", "exact", "pair of boots")]),
    ("Pożar strawił trzy stodoły.", [("trzy stodoły", 3, "item", "exact", "barn")]),
)


@pytest.mark.parametrize(("text", "expected"), GOODS)
def test_goods_and_farming(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------------ no counts

NOT_COUNTS = cases(
    ("Rakieta Iskander-M spadła na miasto.", []),  # a model name
    ("Dron Orłan-10 rozbił się pod Kurskiem.", []),
    ("Samolot Ił-76 wylądował na lotnisku polowym.", []),
    ("W 2023 r. oddano do użytku nowy peron.", []),  # a year
    ("Trzeci peron otwarto w maju.", []),  # ordinals
    ("Drugi wycieczkowiec zawinął do portu.", []),
    ("Po raz drugi otwarto przejście dla pieszych.", []),
    ("To jeden z najstarszych wycieczkowców.", []),  # "jeden z" picks one out, it counts nothing
    ("Jeden z dowódców batalionów zginął.", []),
    # a noun left out on purpose: its common sense is no countable thing ("strona" is a side or a page)
    ("Umowę podpisały dwie strony.", []),
    # a relative date is no count, the count after it is
    ("Dwa tygodnie później otwarto trzy perony.", [("trzy perony", 3, "item", "exact", "platform")]),
)


@pytest.mark.parametrize(("text", "expected"), NOT_COUNTS)
def test_no_counts(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------------------------- the data

# The wider lexicons, each merged after the files before it (an entry there wins), with the least number of keys.
LEXICONS = {
    "pl/counted_nouns.yaml": (1700, ("pl/quantities.yaml",)),
    "pl/counted_nouns_common.yaml": (1200, ("pl/quantities.yaml", "pl/counted_nouns.yaml", "en/quantities.yaml")),
}
each_lexicon = pytest.mark.parametrize("name", sorted(LEXICONS))


def _added(name: str) -> dict[str, dict[str, str]]:
    data = load_yaml(name)
    return {str(group): {str(k): str(v) for k, v in (entries or {}).items()} for group, entries in
            data["counted"].items()}


def _keys_of(name: str) -> set[str]:
    counted = load_yaml(name).get("counted") or {}
    return {str(k).lower() for entries in counted.values() for k in (entries or {})}


def _reachable(key: str) -> bool:
    """As in test_counted_lexicon: a single word must be a lemma (or unknown to morfeusz, matched by its stem); the
    first word of a phrase a lemma or a nominative form of one."""
    words = key.split()
    readings = analyse_word(words[0])
    if all(a.pos == "ign" for a in readings):
        return True
    if words[0] in {a.lemma.lower() for a in readings}:
        return True
    if len(words) == 1:
        return False
    return any("nom" in a.tag.split(":")[2].split(".") for a in readings if len(a.tag.split(":")) > 2)


@each_lexicon
def test_groups_are_those_of_quantities_yaml(name: str) -> None:
    added = _added(name)
    assert set(added) <= _GROUPS
    assert set(added) <= set(load_yaml("pl/quantities.yaml")["counted"])


@each_lexicon
def test_every_key_lemmatizes_as_written(name: str) -> None:
    bad = [(group, key) for group, entries in _added(name).items() for key in entries if not _reachable(key)]
    assert bad == []


@each_lexicon
def test_single_word_keys_are_lemmas_of_their_inflected_forms(name: str) -> None:
    generator = morfeusz2.Morfeusz()
    bad = []
    for group, entries in _added(name).items():
        for key in entries:
            if " " in key or all(a.pos == "ign" for a in analyse_word(key)):
                continue
            forms = [f[0] for f in generator.generate(key) if f[1].split(":")[0] == key]
            if not forms or not any(key in {a.lemma.lower() for a in analyse_word(form)} for form in forms):
                bad.append((group, key))
    assert bad == []


@each_lexicon
def test_no_key_repeats_one_of_the_lexicons_before(name: str) -> None:
    """A file merged before wins on a shared key, so a repeated key would be dead weight (or a contradiction); the
    English lexicon, merged last, would override one."""
    existing = set().union(*(_keys_of(before) for before in LEXICONS[name][1]))
    repeated = sorted(key for entries in _added(name).values() for key in entries if key in existing)
    assert repeated == []


@each_lexicon
def test_a_key_stands_in_one_group(name: str) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for group, entries in _added(name).items():
        for key in entries:
            if key in seen:
                clashes.append((key, seen[key], group))
            seen[key] = group
    assert clashes == []
    assert all(key == key.lower() and key == key.strip() and "  " not in key for key in seen)


@each_lexicon
def test_no_key_is_written_twice(name: str) -> None:
    """YAML keeps the last of two equal keys without a word, so the raw text is read too."""
    text = path(name).read_text(encoding="utf-8")
    keys = re.findall(r"^ {4}([^#\s][^:]*):", text, flags=re.MULTILINE)
    assert len(keys) == sum(len(entries) for entries in _added(name).values())
    assert [key for key, n in Counter(keys).items() if n > 1] == []


@each_lexicon
def test_labels_are_english(name: str) -> None:
    labels = [label for entries in _added(name).values() for label in entries.values()]
    assert labels
    assert not [label for label in labels if re.search("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]", label)]
    assert not [label for label in labels if label != label.strip() or "  " in label or not label]


@each_lexicon
def test_the_lexicon_is_wide(name: str) -> None:
    assert sum(len(entries) for entries in _added(name).values()) >= LEXICONS[name][0]


# ----------------------------------------------------------------------------- the second round of nouns

SECOND_ROUND = cases(
    ("Na odcinku linii postawiono 174 słupy.", [("174 słupy", 174, "item", "exact", "pylon")]),
    ("Obrona przeciwlotnicza ma kilka warstw.", [("kilka warstw", (2, 9), "item", "vague", "layer")]),
    ("Analitycy wskazali co najmniej 15 nieprawdziwych twierdzeń.",
     [("co najmniej 15 nieprawdziwych twierdzeń", 15, "item", "at_least", "claim")]),
    ("Na poligonie odbyło się 47 strzelań.", [("47 strzelań", 47, "item", "exact", "firing")]),
    ("Magazyny przyjęły ok. 42 tys. ton soi.", [("ok. 42 tys. ton soi", 42000, "t", "approx", "soybean")]),
    ("W ubiegłym roku wybudowano trzy podstacje.", [("trzy podstacje", 3, "item", "exact", "substation")]),
    # not a count: a year, an idiom of two nations
    ("Pamięć dwóch narodów przetrwała.", []),
)


@pytest.mark.parametrize(("text", "expected"), SECOND_ROUND)
def test_nouns_of_the_second_round(text: str, expected: list[Found]) -> None:
    assert found(text) == expected
