"""The shipped reference data holds together: gazetteer files and the event taxonomy.

No database. The gazetteer is read the way the loader reads it: every ``gazetteer/*.yaml`` in sorted
order, entries with the same (section, name) merged (alias lists united, later scalars win).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventdb import models
from eventdb.extract.gazetteer import Gazetteer
from eventdb.extract.text import analyse_word, tokenize
from eventdb.reference import load_yaml, path

SECTIONS = ("countries", "actors", "facilities", "locations")
NAMED_FIELDS = ("aliases", "adjectives", "demonyms", "metonyms")  # each {language: [forms]}
LANGUAGES = frozenset({"pl", "en"})

ACTOR_KINDS = frozenset({
    "agency", "ministry", "military", "company", "media", "person", "organization", "group", "government",
    "parliament",
})
LOCATION_KINDS = frozenset({
    "region", "province", "city", "district", "town", "village", "island", "sea", "river", "peninsula", "area",
    "territory",
})
FACILITY_KINDS = frozenset({
    "plant", "special_economic_zone", "training_centre", "base", "airfield", "port", "shipyard", "spaceport",
    "test_site", "bridge", "nuclear_plant", "nuclear_facility", "refinery", "depot", "border_crossing", "resort",
    "research_centre", "headquarters", "station", "power_plant",
})

# PLOVER event types and the modes its manual lists for each (openeventdata/PLOVER, PLOVER_MANUAL).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "host", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset({"economic", "military", "humanitarian", "asylum"}),
    "RETREAT": frozenset({"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"}),
    "SANCTION": frozenset({"convict", "cancel", "expel", "withdraw", "sever"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police"}),
    "COERCE": frozenset({
        "confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
    }),
    "ASSAULT": frozenset({
        "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "heavy-weapons",
    }),
}
PLOVER_CONTEXTS = frozenset({
    "political", "military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource", "culture",
    "disease", "enviro_disaster", "migration", "humanitarian", "legal", "human_rights", "rights_freedoms", "gender",
    "lgbt", "terrorism", "human_security", "religion_ethnicity", "government", "election", "legislative", "cbrn",
    "cyber", "political_institutions", "corruption", "crime", "future", "historical", "hypothetical",
})
REQUIRED_EVENT_TYPES = (
    "labor_recruitment", "labor_deployment", "arms_transfer", "military_support", "economic_support",
    "troop_deployment", "weapons_production", "meeting", "agreement", "statement", "attack", "casualties",
    "demining", "training", "visit",
)

# Capitalized one-word names that morfeusz2 lists only as common words, kept on purpose: the
# institution has no other name and articles always write it with a capital.
CAPITALIZED_COMMON_WORDS_ALLOWED = frozenset({"Sejm", "Euronews"})


# --- loading ---------------------------------------------------------------------------------


def gazetteer_files() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in path("gazetteer").iterdir() if p.name.endswith(".yaml")))


def _unite(old: dict[str, list[str]], new: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {lang: list(forms) for lang, forms in old.items()}
    for lang, forms in (new or {}).items():
        bucket = out.setdefault(lang, [])
        bucket.extend(f for f in forms or () if f not in bucket)
    return out


@functools.cache
def merged() -> dict[str, dict[str, dict[str, Any]]]:
    """Section -> canonical name -> entry, after merging all files in sorted order."""
    out: dict[str, dict[str, dict[str, Any]]] = {section: {} for section in SECTIONS}
    for file in gazetteer_files():
        for section, items in (load_yaml(f"gazetteer/{file}") or {}).items():
            for item in items:
                target = out[section].setdefault(item["name"], {})
                for field, value in item.items():
                    if field in NAMED_FIELDS:
                        target[field] = _unite(target.get(field, {}), value)
                    elif value is not None or field not in target:
                        target[field] = value
    return out


def entries(*sections: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for section in sections:
        yield from ((section, e) for e in merged()[section].values())


def forms(entry: dict[str, Any], field: str = "aliases", lang: str | None = None) -> list[str]:
    return [f for lg, fs in (entry.get(field) or {}).items() if lang in (None, lg) for f in fs or ()]


def key(text: str) -> str:
    """Comparison key of an alias: case and spacing do not make two aliases different."""
    return " ".join(text.casefold().split())


# Effective tables: every country is both an actor and a location.
TABLES = {"actor": ("countries", "actors"), "location": ("countries", "locations"), "facility": ("facilities",)}


def lookup(sections: tuple[str, ...], field: str, alias: str) -> set[str]:
    return {e["name"] for _, e in entries(*sections) if key(alias) in {key(f) for f in forms(e, field)}}


def known_to_morfeusz(word: str) -> bool:
    return any(a.pos != "ign" for a in analyse_word(word))


def is_acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 or any(c.isdigit() for c in word)


# --- files and entries -----------------------------------------------------------------------


@pytest.mark.parametrize("file", gazetteer_files())
def test_every_gazetteer_file_parses_into_known_sections(file: str) -> None:
    data = load_yaml(f"gazetteer/{file}")
    assert isinstance(data, dict) and data, file
    assert set(data) <= set(SECTIONS), f"{file}: unknown sections {set(data) - set(SECTIONS)}"
    for section, items in data.items():
        assert isinstance(items, list), (file, section)
        for item in items:
            assert isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip(), (file, item)


def test_the_gazetteer_has_all_its_files() -> None:
    files = set(gazetteer_files())
    assert {"countries.yaml", "countries_curated.yaml", "facilities.yaml", "locations.yaml", "media.yaml"} <= files
    assert any(f.startswith("actors_") for f in files)


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="babel (dev extra) not installed")
def test_countries_yaml_is_what_the_build_script_writes() -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "build_countries.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, "countries.yaml is stale: run scripts/build_countries.py"


@pytest.mark.parametrize("file", gazetteer_files())
def test_names_are_unique_within_each_file(file: str) -> None:
    for section, items in load_yaml(f"gazetteer/{file}").items():
        names = [item["name"] for item in items]
        repeated = sorted({n for n in names if names.count(n) > 1})
        assert not repeated, f"{file}/{section}: {repeated}"


def test_only_countries_are_completed_across_files() -> None:
    """Curated country data is merged onto generated data; any other repeat is an accidental duplicate."""
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for file in gazetteer_files():
        for section, items in load_yaml(f"gazetteer/{file}").items():
            for item in items:
                seen[(section, item["name"])].append(file)
    repeated = {k: v for k, v in seen.items() if len(v) > 1 and k[0] != "countries"}
    assert not repeated, repeated


def test_curated_countries_complete_generated_ones() -> None:
    generated = {e["name"] for e in load_yaml("gazetteer/countries.yaml")["countries"]}
    curated = {e["name"] for e in load_yaml("gazetteer/countries_curated.yaml")["countries"]}
    assert curated - generated == set(), "curated entries must use the generated canonical names"


def test_every_entry_has_a_name_a_kind_and_an_alias() -> None:
    problems = []
    for section, entry in entries(*SECTIONS):
        if section != "countries" and not entry.get("kind"):
            problems.append((section, entry["name"], "no kind"))
        if not forms(entry):
            problems.append((section, entry["name"], "no alias"))
    assert not problems, problems


@pytest.mark.parametrize(
    ("section", "allowed"),
    [("actors", ACTOR_KINDS), ("locations", LOCATION_KINDS), ("facilities", FACILITY_KINDS)],
)
def test_kinds_come_from_the_allowed_sets(section: str, allowed: frozenset[str]) -> None:
    # a former state (the Soviet Union) is an actor of kind country with no ISO code: no country of today
    wrong = {e["name"]: e.get("kind") for _, e in entries(section) if e.get("kind") not in allowed
             and not (section == "actors" and e.get("kind") == "country" and "iso2" not in e)}
    assert not wrong, wrong
    assert all(e.get("kind", "country") == "country" for _, e in entries("countries"))


def test_allowed_kinds_are_accepted_by_the_database_schema() -> None:
    assert ACTOR_KINDS | {"country"} <= set(models.ACTOR_KINDS)
    assert LOCATION_KINDS | {"country"} <= set(models.LOCATION_KINDS)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_names_are_unique_per_table(table: str) -> None:
    """Countries share the actor and location tables: no actor or location may take a country's name."""
    names = [e["name"] for _, e in entries(*TABLES[table])]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_references_resolve() -> None:
    countries = set(merged()["countries"])
    actors = countries | set(merged()["actors"])
    places = countries | set(merged()["locations"])
    broken = []
    for section, entry in entries("actors", "facilities", "locations"):
        refs = {"country": countries}
        if section == "facilities":
            refs |= {"location": places, "operator": actors}
        if section == "locations":
            refs |= {"parent": places}
        for field, targets in refs.items():
            value = entry.get(field)
            if value is not None and value not in targets:
                broken.append((section, entry["name"], field, value))
    assert not broken, broken


def test_every_facility_has_a_location() -> None:
    assert not [e["name"] for _, e in entries("facilities") if not e.get("location")]


def test_location_parents_lead_to_the_locations_country() -> None:
    locations = merged()["locations"]
    wrong = []
    for name, entry in locations.items():
        chain, current = [name], entry.get("parent")
        while current in locations:
            assert current not in chain, f"parent cycle: {chain + [current]}"
            chain.append(current)
            current = locations[current].get("parent")
        if entry.get("country") and entry.get("parent") and current != entry["country"]:
            wrong.append((name, entry["country"], chain, current))
    assert not wrong, wrong


def test_facility_country_agrees_with_its_location() -> None:
    countries, locations = merged()["countries"], merged()["locations"]
    wrong = []
    for _, facility in entries("facilities"):
        where = facility["location"]
        where_country = where if where in countries else locations[where].get("country")
        if facility.get("country") and where_country and facility["country"] != where_country:
            wrong.append((facility["name"], facility["country"], where, where_country))
    assert not wrong, wrong


def test_there_are_at_least_190_countries_each_with_its_own_iso_code() -> None:
    countries = merged()["countries"]
    assert len(countries) >= 190
    codes = [e.get("iso2") for e in countries.values()]
    assert all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert {"RU", "UA", "KP", "KR", "IR", "CN", "BY", "US", "PL", "XK"} <= set(codes)
    assert not {"EU", "UN", "ZZ", "QO", "EZ"} & set(codes), "regions and unions are not countries"


def test_wikidata_ids_look_like_ids() -> None:
    bad = [e["name"] for _, e in entries(*SECTIONS) if e.get("wikidata") and not re.fullmatch(r"Q\d+", e["wikidata"])]
    assert not bad, bad


# --- aliases ---------------------------------------------------------------------------------


def test_aliases_are_clean_strings_in_known_languages() -> None:
    problems: list[tuple[object, ...]] = []
    for section, entry in entries(*SECTIONS):
        for field in NAMED_FIELDS:
            for lang, items in (entry.get(field) or {}).items():
                if lang not in LANGUAGES:
                    problems.append((section, entry["name"], field, lang, "unknown language"))
                for item in items or ():
                    if not isinstance(item, str) or not item.strip() or item != " ".join(item.split()):
                        problems.append((section, entry["name"], field, lang, item))
    assert not problems, problems


def test_no_alias_is_listed_twice_in_one_entry() -> None:
    repeated = []
    for section, entry in entries(*SECTIONS):
        for field in NAMED_FIELDS:
            for lang in LANGUAGES:
                keys = forms(entry, field, lang)  # case variants are kept: the matcher may care
                repeated += [(section, entry["name"], field, k) for k in set(keys) if keys.count(k) > 1]
    assert not repeated, repeated


def test_polish_aliases_are_not_plain_common_words() -> None:
    """One lowercase word that morfeusz2 knows ("armia", "wywiad") would match everywhere.  The title
    of an organization or outlet must not be a capitalized common word either ("Meduza", "Post"):
    such outlets are named with the noun that introduces them ("portal Meduza"), in the quotation
    marks the press puts around titles („Polityka”), or by their web address ("Gazeta.pl")."""
    problems = []
    for section, entry in entries(*SECTIONS):
        for field in ("aliases", "metonyms"):
            for alias in forms(entry, field, "pl"):
                if " " in alias or is_acronym(alias) or is_quoted_title(alias) or is_web_address(alias):
                    continue
                if alias[0].islower() and known_to_morfeusz(alias):
                    problems.append((section, entry["name"], alias, "common lowercase word"))
                elif (
                    section == "actors"
                    and entry.get("kind") != "person"
                    and alias not in CAPITALIZED_COMMON_WORDS_ALLOWED
                    and is_only_a_common_word(alias)
                ):
                    problems.append((section, entry["name"], alias, "capitalized common word"))
    assert not problems, problems


def is_quoted_title(alias: str) -> bool:
    """„Polityka”: the quotation marks are part of the alias, so the bare word never matches."""
    return len(alias) > 2 and alias[0] in "„\"«" and alias[-1] in "”\"»"


def is_web_address(alias: str) -> bool:
    """"Gazeta.pl" is three tokens (word, dot, domain): the bare word never matches."""
    return re.fullmatch(r"[\w-]+(\.[a-z]{2,4})+", alias) is not None


def is_only_a_common_word(word: str) -> bool:
    readings = analyse_word(word)
    return bool(readings) and all(a.pos != "ign" and set(a.name_class) <= {"nazwa_pospolita"} for a in readings)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_no_alias_names_two_entries_of_one_table(table: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for _, entry in entries(*TABLES[table]):
        fields = NAMED_FIELDS if table == "actor" else ("aliases",)
        for field in fields:
            if field == "adjectives":
                continue
            for alias in forms(entry, field):
                owners[key(alias)].add(entry["name"])
    clashes = {alias: sorted(names) for alias, names in owners.items() if len(names) > 1}
    # an English demonym may equal the adjective-like alias of the same country only
    assert not clashes, clashes


def lemma_options(alias: str) -> tuple[frozenset[str], ...]:
    """What the matcher can see of an alias: per token, the lemmas morfeusz2 offers (the text itself
    for unknown words).  A hyphenated token is taken whole: morfeusz2 reads only its first segment,
    which would make "Interfax-Ukraina" look like "Interfax"."""
    out = []
    for token in tokenize(alias):
        if token.kind == "punct":
            continue
        readings = [] if "-" in token.text else [a.lemma for a in token.analyses if a.pos != "ign"]
        out.append(frozenset(r.casefold() for r in readings) or frozenset({token.text.casefold()}))
    return tuple(out)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_no_two_entries_share_an_alias_after_lemmatization(table: str) -> None:
    """The matcher compares lemmas, so "Kim Dzong Unie" and "Unie" style clashes must not happen."""
    by_first_lemma: dict[tuple[int, str], list[tuple[str, str, tuple[frozenset[str], ...]]]] = defaultdict(list)
    for _, entry in entries(*TABLES[table]):
        fields = ("aliases", "metonyms", "demonyms") if table == "actor" else ("aliases",)
        for field in fields:
            for alias in forms(entry, field):
                options = lemma_options(alias)
                for lemma in options[0] if options else ():
                    by_first_lemma[(len(options), lemma)].append((entry["name"], alias, options))
    clashes = set()
    for group in by_first_lemma.values():
        for i, (name_a, alias_a, lemmas_a) in enumerate(group):
            for name_b, alias_b, lemmas_b in group[i + 1 :]:
                if name_a != name_b and all(a & b for a, b in zip(lemmas_a, lemmas_b, strict=True)):
                    clashes.add(tuple(sorted([(name_a, alias_a), (name_b, alias_b)])))
    assert not clashes, sorted(clashes)


def test_no_alias_names_entries_of_two_tables() -> None:
    """A facility, a place and an organization never share a name ("Jełabuga" the town is not the
    Alabuga zone); only countries are in two tables by design."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for table, sections in TABLES.items():
        for section, entry in entries(*sections):
            if section != "countries":
                for alias in forms(entry):
                    owners[key(alias)].add((table, entry["name"]))
    clashes = {alias: sorted(o) for alias, o in owners.items() if len({table for table, _ in o}) > 1}
    assert not clashes, clashes


def test_nationality_adjectives_are_unique_polish_adjective_lemmas() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    problems = []
    for _, country in entries("countries"):
        for adjective in forms(country, "adjectives", "pl"):
            owners[adjective].add(country["name"])
            if not any(a.pos == "adj" and a.lemma == adjective for a in analyse_word(adjective)):
                problems.append((country["name"], adjective, "not an adjective lemma for morfeusz2"))
        for adjective in forms(country, "adjectives", "en"):
            owners["en:" + adjective].add(country["name"])
    problems += [(sorted(names), adj, "shared") for adj, names in owners.items() if len(names) > 1]
    assert not problems, problems


def test_demonyms_and_metonyms_are_capitalized() -> None:
    wrong = [
        (country["name"], item)
        for _, country in entries("countries")
        for field in ("demonyms", "metonyms")
        for item in forms(country, field)
        if not item[0].isupper()
    ]
    assert not wrong, wrong


def test_unknown_declinable_names_come_with_inflected_forms() -> None:
    """morfeusz2 cannot inflect a name it does not know ("Budanow", "Pokrowsk", "Ałabuga"), so a
    one-word name like that must come with at least one case form ("Budanowa", "Pokrowsku").
    Names ending in a vowel other than -a ("Szojgu", "Tuapse") are indeclinable."""
    missing = []
    for _, entry in entries("actors", "locations", "facilities"):
        words = [a for a in forms(entry, "aliases", "pl") if re.fullmatch(r"[\w'’-]+", a) and not is_acronym(a)]
        for word in words:
            if known_to_morfeusz(word) or not re.search(r"([^aeiouyąęóé]|[^i]a)$", word):
                continue
            if not any(other != word and is_case_form(word, other) for other in words):
                missing.append((entry["name"], word))
    assert not missing, missing


def is_case_form(word: str, other: str) -> bool:
    """Do two words differ only in their ending ("Pokrowsk", "Pokrowskiem"; "Ałabuga", "Ałabudze")?"""
    shared = len(os.path.commonprefix([word, other]))
    return shared >= 3 and shared >= min(len(word), len(other)) - 3


# --- real lookups ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "field", "alias", "expected"),
    [
        ("actor", "aliases", "KRLD", "North Korea"),
        ("actor", "aliases", "Koreańska Republika Ludowo-Demokratyczna", "North Korea"),
        ("actor", "aliases", "DPRK", "North Korea"),
        ("actor", "aliases", "Federacja Rosyjska", "Russia"),
        ("actor", "aliases", "Republika Korei", "South Korea"),
        ("actor", "aliases", "ChRL", "China"),
        ("actor", "adjectives", "północnokoreański", "North Korea"),
        ("actor", "adjectives", "południowokoreański", "South Korea"),
        ("actor", "adjectives", "rosyjski", "Russia"),
        ("actor", "demonyms", "Koreańczyk z Północy", "North Korea"),
        ("actor", "demonyms", "Rosjanin", "Russia"),
        ("actor", "metonyms", "Kreml", "Russia"),
        ("actor", "metonyms", "Moskwa", "Russia"),
        ("actor", "metonyms", "Pjongjang", "North Korea"),
        ("actor", "metonyms", "Biały Dom", "United States"),
        ("actor", "aliases", "Główny Zarząd Wywiadu", "HUR"),
        ("actor", "aliases", "ukraiński wywiad", "HUR"),
        ("actor", "aliases", "Narodowa Służba Wywiadowcza", "National Intelligence Service"),
        ("actor", "aliases", "rosyjskie Ministerstwo Obrony", "Russian Ministry of Defence"),
        ("actor", "aliases", "MSZ Rosji", "Russian Ministry of Foreign Affairs"),
        ("actor", "aliases", "Rada Bezpieczeństwa Rosji", "Security Council of Russia"),
        ("actor", "aliases", "rosyjska armia", "Russian Armed Forces"),
        ("actor", "aliases", "Kim Dzong Una", "Kim Jong Un"),
        ("actor", "aliases", "Budanowa", "Kyrylo Budanov"),
        ("actor", "aliases", "Siergiej Szojgu", "Sergei Shoigu"),
        ("actor", "aliases", "agencja Reutera", "Reuters"),
        ("actor", "aliases", "Koreańska Centralna Agencja Prasowa", "KCNA"),
        ("actor", "aliases", "Moscow Times", "The Moscow Times"),
        ("facility", "aliases", "Ałabudze", "Alabuga Special Economic Zone"),
        ("location", "aliases", "obwód kurski", "Kursk Oblast"),
        ("location", "aliases", "obwodzie ługańskim", "Luhansk Oblast"),
        ("location", "aliases", "Tatarstanie", "Tatarstan"),
        ("location", "aliases", "Dniepr", "Dnipro"),
        ("location", "aliases", "rzeka Dniepr", "Dnieper"),
        ("location", "aliases", "Jełabuga", "Yelabuga"),
        ("location", "aliases", "Pokrowsku", "Pokrovsk"),
        # bodies, companies, places and sites analysts of this war cite
        ("actor", "aliases", "północnokoreańskie MSZ", "North Korean Ministry of Foreign Affairs"),
        ("actor", "aliases", "JCS", "South Korean Joint Chiefs of Staff"),
        ("actor", "aliases", "Czoe Son Hui", "Choe Son Hui"),
        ("actor", "aliases", "Uniwersytet Warszawski", "University of Warsaw"),
        ("actor", "aliases", "Instytut Asan", "Asan Institute for Policy Studies"),
        ("actor", "aliases", "Bank Korei", "Bank of Korea"),
        ("actor", "aliases", "ASEAN", "ASEAN"),
        ("actor", "aliases", "Rosnieft", "Rosneft"),
        ("actor", "aliases", "Łukoilu", "Lukoil"),
        ("actor", "aliases", "Aerofłot", "Aeroflot"),
        ("actor", "aliases", "Air Koryo", "Air Koryo"),
        ("actor", "aliases", "Południowy Okręg Wojskowy", "Southern Military District"),
        ("actor", "aliases", "GRAU", "Main Missile and Artillery Directorate"),
        ("facility", "aliases", "port Wostocznyj", "Port of Vostochny"),
        ("facility", "aliases", "port Dunaj", "Port of Dunai"),
        ("facility", "aliases", "port w Nachodce", "Port of Nakhodka"),
        ("facility", "aliases", "Wonsan-Kalma", "Wonsan-Kalma resort"),
        ("facility", "aliases", "arsenał w Tichoriecku", "Tikhoretsk arsenal"),
        ("location", "aliases", "Azja", "Asia"),
        ("location", "aliases", "Bliski Wschód", "Middle East"),
        ("location", "aliases", "Azja Środkowa", "Central Asia"),
        ("location", "aliases", "Kuala Lumpur", "Kuala Lumpur"),
        # canonical names follow one pattern ("Russian Ministry of ..."); the former ones stay aliases
        ("actor", "aliases", "Ministry of Foreign Affairs of North Korea", "North Korean Ministry of Foreign Affairs"),
        ("actor", "aliases", "Joint Chiefs of Staff of South Korea", "South Korean Joint Chiefs of Staff"),
        ("facility", "aliases", "Port Vostochny", "Port of Vostochny"),
    ],
)
def test_lookup(table: str, field: str, alias: str, expected: str) -> None:
    assert lookup(TABLES[table], field, alias) == {expected}


@pytest.mark.parametrize(
    ("alias", "why"),
    [
        ("Kim", "the Polish pronoun 'kim'"),
        ("koreański", "North or South?"),
        ("Koreańczyk", "North or South?"),
        ("Korea", "North or South?"),
        ("Rada Bezpieczeństwa", "Russia's or the UN's?"),
        ("Ministerstwo Obrony", "whose?"),
        ("Times", "a word of many titles"),
        ("Post", "a Polish word"),
        ("Stany", "a Polish word"),
        ("armia", "a Polish word"),
        ("Meduza", "a Polish word"),
        ("Wyborcza", "a Polish word"),
        ("ROK", "the Polish word 'rok'"),
        ("CAR", "the Polish word 'car'"),
        ("Dunaj", "the Danube, not the port"),
        ("Kolegium Połączonych Szefów Sztabów", "American or South Korean?"),
        ("Okręg Wojskowy", "which one?"),
        ("Bank Centralny", "whose?"),
        ("Uniwersytet", "which one?"),
    ],
)
def test_ambiguous_forms_name_nothing(alias: str, why: str) -> None:
    for table in TABLES.values():
        for field in NAMED_FIELDS:
            assert lookup(table, field, alias) == set(), why


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        ("Uniwersytetu Warszawskiego", "actor", "University of Warsaw"),
        ("Azji", "location", "Asia"),
        ("na Bliskim Wschodzie", None, None),  # a preposition is no part of the name
        ("Bliskiego Wschodu", "location", "Middle East"),
        ("Azji Środkowej", "location", "Central Asia"),
        ("Europie", "location", "Europe"),
        ("Afryki", "location", "Africa"),
        ("Rosniefcie", "actor", "Rosneft"),
        ("Wonsan-Kalmie", "facility", "Wonsan-Kalma resort"),
        ("porcie Wostocznyj", "facility", "Port of Vostochny"),
        ("Tichoriecku", "location", "Tikhoretsk"),
        ("Toropcu", "location", "Toropets"),
        ("północnokoreańskiego MSZ", "actor", "North Korean Ministry of Foreign Affairs"),
        ("Kolegium Połączonych Szefów Sztabów Korei Południowej", "actor", "South Korean Joint Chiefs of Staff"),
        ("Moskiewskiego Okręgu Wojskowego", "actor", "Moscow Military District"),
    ],
)
def test_shipped_lookup_of_inflected_forms(text: str, table: str | None, expected: str | None) -> None:
    found = [r.name for r in Gazetteer.default().lookup(text) if table is None or r.table == table]
    assert found == ([expected] if expected else [])


def test_the_alabuga_zone_and_the_town_of_yelabuga_stay_apart() -> None:
    assert lookup(TABLES["facility"], "aliases", "Jełabuga") == set()
    assert lookup(TABLES["location"], "aliases", "Ałabuga") == set()


# --- event taxonomy --------------------------------------------------------------------------


@functools.cache
def event_types() -> list[dict[str, Any]]:
    return load_yaml("event_types.yaml")


def test_event_taxonomy_has_the_required_codes_once_each() -> None:
    codes = [t["code"] for t in event_types()]
    assert len(codes) == len(set(codes))
    assert set(REQUIRED_EVENT_TYPES) <= set(codes), set(REQUIRED_EVENT_TYPES) - set(codes)
    assert 20 <= len(codes) <= 35, "keep the taxonomy tight"


@pytest.mark.parametrize("event_type", event_types(), ids=lambda t: t["code"])
def test_event_type_is_mapped_to_plover_and_cameo(event_type: dict[str, Any]) -> None:
    assert set(event_type) == {"code", "label", "description", "plover_event", "plover_mode", "plover_context", "cameo"}
    assert re.fullmatch(r"[a-z]+(_[a-z]+)*", event_type["code"])
    assert event_type["label"].strip() and event_type["description"].strip()
    assert event_type["plover_event"] in PLOVER_MODES
    mode = event_type["plover_mode"]
    assert mode is None or mode in PLOVER_MODES[event_type["plover_event"]], mode
    assert event_type["plover_context"] and set(event_type["plover_context"]) <= PLOVER_CONTEXTS
    assert isinstance(event_type["cameo"], str) and re.fullmatch(r"\d{3,4}", event_type["cameo"])


@pytest.mark.parametrize(
    ("code", "plover_event", "cameo_root"),
    [
        ("arms_transfer", "AID", "07"),
        ("troop_deployment", "AID", "07"),
        ("meeting", "CONSULT", "04"),
        ("visit", "CONSULT", "04"),
        ("agreement", "SUPPORT", "05"),
        ("attack", "ASSAULT", "19"),
        ("sanction", "SANCTION", "16"),
        ("threat", "THREATEN", "13"),
        ("accusation", "ACCUSE", "11"),
        ("labor_recruitment", "COOPERATE", "06"),
    ],
)
def test_event_type_mapping(code: str, plover_event: str, cameo_root: str) -> None:
    (event_type,) = [t for t in event_types() if t["code"] == code]
    assert event_type["plover_event"] == plover_event
    assert event_type["cameo"].startswith(cameo_root)


def test_ambiguous_demonyms_name_states_of_the_gazetteer() -> None:
    data = load_yaml("pl/mentions.yaml")
    gazetteer = Gazetteer.default()
    for lemma, states in data["ambiguous_demonyms"].items():
        assert lemma == lemma.lower() and len(states) >= 2, lemma
        for state in states:
            assert gazetteer.entry("actor", state).kind == "country", (lemma, state)
    for synonym, head in data["head_synonyms"].items():
        assert synonym == synonym.lower() and head == head.lower() and synonym != head


def test_units_that_prices_and_groups_give_are_storable() -> None:
    data = load_yaml("pl/quantities.yaml")
    pattern = re.compile(models.UNIT_PATTERN)
    for noun, unit in data["priced_units"].items():
        assert pattern.fullmatch(f"USD/{unit}"), (noun, unit)
    labels = {label for group in data["counted"].values() for label in group.values() if isinstance(label, str)}
    for group, member in data["group_members"].items():
        assert member in labels, (group, member)  # a label the counted-noun lexicon uses too


def test_attribution_word_lists_are_lemmas() -> None:
    data = load_yaml("pl/attribution.yaml")
    for key in ("relative_pronouns", "publishing_verbs", "contrasts", "denying_verbs", "deed_verbs"):
        assert data[key] and all(str(w) == str(w).lower() and " " not in str(w) for w in data[key]), key
    assert set(data["deed_verbs"]) <= set(data["verbs"])  # deeds are taken out of the reporting verbs


# --------------------------------------------------------------------------------------------
# every data file: a key written twice in one mapping silently drops the first value


class _StrictKeys(yaml.SafeLoader):
    """A YAML loader that records keys written twice in one mapping."""

    duplicates: list[str]


def _strict_mapping(loader: _StrictKeys, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            loader.duplicates.append(f"line {key_node.start_mark.line + 1}: {key!r}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)


@pytest.mark.parametrize("data_file", sorted((Path(__file__).parents[1] / "eventdb" / "reference").rglob("*.yaml")),
                         ids=lambda p: p.name)
def test_no_key_is_written_twice(data_file: Path) -> None:
    loader = _StrictKeys(data_file.read_text(encoding="utf-8"))
    loader.duplicates = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]
    assert loader.duplicates == [], f"{data_file.name}: {loader.duplicates}"


def _booleans(node: object, path: str = "") -> list[str]:
    """Where a list item or a mapping key parsed as a boolean: YAML reads a bare on/off/yes/no as one."""
    if isinstance(node, dict):
        return [f"{path}/{k!r}" for k in node if isinstance(k, bool)] + [
            hit for k, v in node.items() for hit in _booleans(v, f"{path}/{k}")]
    if isinstance(node, list):
        return [f"{path}[{i}]" for i, v in enumerate(node) if isinstance(v, bool)] + [
            hit for v in node for hit in _booleans(v, path)]
    return []


@pytest.mark.parametrize("data_file", sorted((Path(__file__).parents[1] / "eventdb" / "reference").rglob("*.yaml")),
                         ids=lambda p: p.name)
def test_no_word_of_a_list_reads_as_a_boolean(data_file: Path) -> None:
    """An English word list holding a bare "on" or "no" would hold True or False instead (quote them)."""
    assert _booleans(yaml.safe_load(data_file.read_text(encoding="utf-8"))) == []
