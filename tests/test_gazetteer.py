"""Gazetteer: loading, merging and validating YAML files; lookups by inflected forms; alias keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdb.extract.gazetteer import Gazetteer, GazetteerError, alias_key, stem_key, validate_file

FIXTURE = Path(__file__).parent / "data" / "gazetteer" / "fixture.yaml"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_yaml(FIXTURE.read_text(encoding="utf-8"))


def _write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- loading ---------------------------------------------------------------------------------------------------


def test_country_is_actor_and_location(gaz: Gazetteer) -> None:
    actor = gaz.entry("actor", "North Korea")
    location = gaz.entry("location", "North Korea")
    assert actor.kind == location.kind == "country"
    assert actor.wikidata == "Q423"
    types = {(a.text, a.alias_type) for a in actor.aliases}
    assert ("północnokoreański", "adjective") in types
    assert ("Pjongjang", "metonym") in types
    assert ("Koreańczyk z Północy", "demonym") in types
    # the place has the names only: an adjective or a capital does not name the territory
    assert {a.alias_type for a in location.aliases} == {"name"}


def test_canonical_name_is_an_english_alias(gaz: Gazetteer) -> None:
    entry = gaz.entry("actor", "Kyrylo Budanov")
    assert entry.aliases[0].text == "Kyrylo Budanov"
    assert entry.aliases[0].language == "en"
    assert entry.aliases[0].alias_type == "name"


def test_facility_and_location_references(gaz: Gazetteer) -> None:
    zone = gaz.entry("facility", "Alabuga Special Economic Zone")
    assert zone.parent == "Tatarstan" and zone.country == "Russia"
    kursk = gaz.entry("location", "Kursk Oblast")
    assert kursk.parent == "Russia" and kursk.country == "Russia"  # country inherited from the parent


def test_entries_with_same_name_are_merged() -> None:
    first = """
actors:
  - {name: HUR, kind: agency, aliases: {pl: [HUR, ukraiński wywiad]}}
"""
    second = """
actors:
  - {name: HUR, kind: agency, wikidata: Q1, aliases: {pl: [ukraiński wywiad, GUR], en: [Ukrainian intelligence]}}
"""
    g = Gazetteer.from_yaml(first, second)
    entries = [e for e in g.entries if e.name == "HUR"]
    assert len(entries) == 1
    assert [(a.text, a.language) for a in entries[0].aliases] == [
        ("HUR", "en"), ("HUR", "pl"), ("ukraiński wywiad", "pl"), ("GUR", "pl"), ("Ukrainian intelligence", "en"),
    ]
    assert entries[0].wikidata == "Q1"


def test_later_scalar_wins_only_when_given() -> None:
    first = "locations:\n  - {name: Kursk, kind: city, wikidata: Q1}\n"
    second = "locations:\n  - {name: Kursk, kind: town}\n"
    entry = Gazetteer.from_yaml(first, second).entry("location", "Kursk")
    assert entry.kind == "town"
    assert entry.wikidata == "Q1"


def test_plain_alias_list_has_undetermined_language() -> None:
    g = Gazetteer.from_yaml("actors:\n  - {name: Wagner Group, kind: group, aliases: [Grupa Wagnera, Wagner]}\n")
    aliases = g.entry("actor", "Wagner Group").aliases
    assert {(a.text, a.language) for a in aliases[1:]} == {("Grupa Wagnera", "und"), ("Wagner", "und")}


def test_user_file_is_merged_with_shipped_data(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors:\n  - {name: Zzyzx Trading, kind: company, aliases: {pl: [Zzyzx]}}\n")
    g = Gazetteer.load([path])
    assert g.ref("actor", "Zzyzx Trading").kind == "company"
    assert len(g.entries) == len(Gazetteer.default().entries) + 1


def test_default_is_cached_and_loads_cleanly() -> None:
    g = Gazetteer.default()
    assert g is Gazetteer.default()
    assert g.ref("actor", "Russia").kind == "country"
    assert g.ref("location", "Russia").kind == "country"


# --- validation --------------------------------------------------------------------------------------------------

COUNTRY = "countries:\n  - {name: Russia, aliases: {pl: [Rosja]}}\n"
BAD_FILES = [
    ("people:\n  - {name: X, kind: person}\n", "unknown section 'people'"),
    ("actors:\n  - {kind: person}\n", "entry without a name"),
    ("actors:\n  - {name: Somebody}\n", "no kind"),
    ("actors:\n  - {name: Somebody, kind: wizard}\n", "unknown kind 'wizard'"),
    ("actors:\n  - {name: Somebody, kind: person, country: Rusia}\n", "unknown country 'Rusia' (did you mean 'Russia'?)"),
    ("locations:\n  - {name: Somewhere, kind: city, parent: Atlantis}\n", "unknown parent location 'Atlantis'"),
    ("facilities:\n  - {name: Plant 1, kind: plant, operator: Nobody Inc}\n", "unknown operator 'Nobody Inc'"),
    ("actors:\n  - {name: Somebody, kind: person, aliasses: [X]}\n", "unknown field(s) aliasses"),
    ("actors:\n  - {name: Somebody, kind: person, aliases: {ru: [Кто-то]}}\n", "unknown language 'ru'"),
    ("actors:\n  - {name: Somebody, kind: person\n  - {name: Other, kind: person}\n", "YAML syntax error"),
    ("actors: [1, 2]\n", "every entry must be a mapping"),
    ("actors: {name: X}\n", "must be a list of entries"),
]


@pytest.mark.parametrize(("text", "message"), BAD_FILES)
def test_bad_user_file_gives_one_line_error(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, COUNTRY + text)
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load([path], shipped=False)
    line = str(info.value)
    assert "\n" not in line
    assert message in line
    assert str(path) in line


@pytest.mark.parametrize(("text", "message"), BAD_FILES)
def test_validate_file_reports_problems(tmp_path: Path, text: str, message: str) -> None:
    problems = validate_file(_write(tmp_path, COUNTRY + text), shipped=False)
    assert any(message in p for p in problems)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors:\n  - name: A\n    kind: person\n  - name: [unclosed\n")
    with pytest.raises(GazetteerError, match=r"user\.yaml:\d+: YAML syntax error"):
        Gazetteer.load([path], shipped=False)


def test_entry_problem_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors:\n  - {name: A, kind: person}\n  - {name: B, kind: wizard}\n")
    problems = validate_file(path, shipped=False)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:3: actor 'B': unknown kind 'wizard'")


def test_a_list_instead_of_sections(tmp_path: Path) -> None:
    path = _write(tmp_path, "- just a list\n")
    assert validate_file(path, shipped=False) == [f"{path}:1: expected sections (countries, actors, facilities, "
                                                  "locations), found list"]


def test_good_user_file_has_no_problems(tmp_path: Path) -> None:
    text = """
actors:
  - {name: Zzyzx Trading, kind: company, country: Russia, aliases: {pl: [Zzyzx]}}
locations:
  - {name: Zzyzx Town, kind: town, parent: Russia}
facilities:
  - {name: Zzyzx Plant, kind: factory, location: Zzyzx Town, operator: Zzyzx Trading}
"""
    assert validate_file(_write(tmp_path, COUNTRY + text), shipped=False) == []


def test_empty_file_is_fine(tmp_path: Path) -> None:
    assert validate_file(_write(tmp_path, "# nothing yet\n"), shipped=False) == []


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load([tmp_path / "missing.yaml"], shipped=False)


# --- lookups -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "name"),
    [
        ("Korei Północnej", "actor", "North Korea"),
        ("Koreą Północną", "actor", "North Korea"),
        ("Pjongjangu", "location", "Pyongyang"),
        ("Ałabudze", "facility", "Alabuga Special Economic Zone"),
        ("Ałabugi", "facility", "Alabuga Special Economic Zone"),
        ("Tatarstanie", "location", "Tatarstan"),
        ("Kim Dzong Una", "actor", "Kim Jong Un"),
        ("obwodzie kurskim", "location", "Kursk Oblast"),
        ("Rady Bezpieczeństwa", "actor", "Security Council of Russia"),
        ("Budanowa", "actor", "Kyrylo Budanov"),
        ("Kyryło Budanow", "actor", "Kyrylo Budanov"),
        ("HUR-u", "actor", "HUR"),
        ("ukraińskiego wywiadu", "actor", "HUR"),
        ("Władimira Putina", "actor", "Vladimir Putin"),
        ("KRLD", "actor", "North Korea"),
        ("Koreańskiej Republiki Ludowo-Demokratycznej", "actor", "North Korea"),
    ],
)
def test_lookup_by_inflected_form(gaz: Gazetteer, text: str, table: str, name: str) -> None:
    assert name in [r.name for r in gaz.lookup(text, table)]


@pytest.mark.parametrize(
    "text",
    ["Korea", "Tatar", "Ałabudzki", "Kim Dzong Il", "Budanowski", "obwód biełgorodzki", "Putinizm", "wywiad", ""],
)
def test_lookup_does_not_overreach(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup(text) == []


def test_lookup_filters_by_table(gaz: Gazetteer) -> None:
    assert [r.table for r in gaz.lookup("Rosji")] == ["actor", "location"]
    assert [r.table for r in gaz.lookup("Rosji", "location")] == ["location"]


def test_lookup_is_lenient_about_case(gaz: Gazetteer) -> None:
    assert [r.name for r in gaz.lookup("rosja", "actor")] == ["Russia"]


def test_closest_suggests_names(gaz: Gazetteer) -> None:
    assert gaz.closest("Rusia")[0] == "Russia"
    assert "Kyrylo Budanov" in gaz.closest("Budanov")
    assert gaz.closest("zzzzzz") == []


def test_ref_of_unknown_name_suggests(gaz: Gazetteer) -> None:
    with pytest.raises(GazetteerError, match="did you mean 'Kyiv Post'"):
        gaz.ref("actor", "Kyiv Psot")
    assert gaz.ref("actor", "kyiv post").name == "Kyiv Post"


# --- keys ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Korea Północna", "Korei Północnej"),
        ("Rada Bezpieczeństwa", "Rady Bezpieczeństwa"),
        ("obwód kurski", "obwodzie kurskim"),
        ("Ałabuga", "Ałabudze"),
        ("Tatarstan", "Tatarstanie"),
        ("Budanow", "Budanowa"),
        ("Pjongjang", "Pjongjangu"),
        ("Kijów", "Kijowie"),
        ("Narodowa Służba Wywiadowcza", "Narodowej Służby Wywiadowczej"),
        ("Rosja", "Rosji"),
    ],
)
def test_alias_key_is_shared_by_inflected_forms(a: str, b: str) -> None:
    assert alias_key(a) == alias_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Korea Północna", "Korea Południowa"), ("Tatarstan", "Turkiestan"), ("Rosja", "Rosjanin"), ("HUR", "NIS")],
)
def test_alias_key_separates_different_names(a: str, b: str) -> None:
    assert alias_key(a) != alias_key(b)


def test_alias_key_is_lowercase_lemmas() -> None:
    assert alias_key("Korei Północnej") == "korea północny"
    assert alias_key("The Moscow Times", "en") == "the moscow times"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ałabuga", "Ałabudze"),
        ("Ałabuga", "Ałabugi"),
        ("Ałabuga", "Ałabugą"),
        ("Tatarstan", "Tatarstanie"),
        ("Tatarstan", "Tatarstanem"),
        ("Budanow", "Budanowa"),
        ("Budanow", "Budanowowi"),
        ("Un", "Una"),
        ("Zełenski", "Zełenskiego"),
        ("Biełgorod", "Biełgorodzie"),
        ("Dnipr", "Dniprze"),
        ("Russia", "Russia's"),
    ],
)
def test_stem_key_merges_inflected_forms(a: str, b: str) -> None:
    assert stem_key(a) == stem_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tatarstan", "Turkiestan"),
        ("Budanow", "Budanowski"),
        ("Shahed", "Shahid"),
        ("Kyiv", "Kyivstar"),
        ("Un", "Il"),
        ("Hamas", "Hamasówka"),
        ("Ałabuga", "Ałabugowski"),
        ("Szojgu", "Szojgunow"),
    ],
)
def test_stem_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert stem_key(a) != stem_key(b)
