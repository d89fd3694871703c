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


# --- shipped data in running text ------------------------------------------------------------------------------------
# Constructed sentences: each entry must be found in an oblique case, the way the press writes it, and
# ordinary words around such names must not be taken for them.


def _found(sentence: str) -> set[tuple[str, str]]:
    from eventdb.extract import extract

    return {(m.entity.table, m.entity.name) for m in extract(sentence).mentions if not m.entity.is_candidate}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pociski powstają w zakładach zbrojeniowych w Kanggye.", "Kanggye Munitions Complex"),
        ("Kim Dzong Un odwiedził Kompleks Maszynowy Ryongsong.", "Ryongsong Machine Complex"),
        ("Rakiety montuje się w Sanum-dongu pod Pjongjangiem.", "Sanum-dong Research Facility"),
        ("W stoczni w Sinpo zwodowano nowy okręt podwodny.", "Sinpo South Shipyard"),
        ("Uran wzbogaca się także w Kangsonie.", "Kangson Uranium Enrichment Facility"),
        ("Statki przewiozły pociski do portu Olja w obwodzie astrachańskim.", "Port of Olya"),
        ("Kontenery załadowano w porcie Radżin.", "Port of Rajin"),
        ("Drony uderzyły w arsenał pod Tichorieckiem.", "Tikhoretsk arsenal"),
        ("Tichoriecki arsenał ma dla Rosji szczególne znaczenie.", "Tikhoretsk arsenal"),
        ("Płonie arsenał w Kotłubaniu pod Wołgogradem.", "Kotluban arsenal"),
        ("Zaatakowano skład amunicji w Oktiabrskim.", "Oktyabrsky ammunition depot"),
        ("Pożar wybuchł w Tambowskich Zakładach Prochowych.", "Tambov Gunpowder Plant"),
        ("Myśliwce Su-35 powstają w Komsomolskich Zakładach Lotniczych.", "Komsomolsk-on-Amur Aircraft Plant"),
        ("Okręt zbudowano w Siewmaszu.", "Sevmash"),
        ("Drony zaatakowały bazę lotniczą w Jejsku.", "Yeysk Air Base"),
        ("Samolot z Pjongjangu wylądował na lotnisku Kniewiczi.", "Knevichi Air Base"),
        ("Żołnierze KRLD szkolili się na poligonie Bamburowo.", "Bamburovo Training Ground"),
        ("Ukraińskie drony uderzyły w fabrykę dronów w Jełabudze.", "Alabuga Special Economic Zone"),
        ("Izrael zaatakował kompleks wojskowy Parczin.", "Parchin Military Complex"),
        ("Eksplozja w porcie Szahid Radżai zabiła kilkadziesiąt osób.", "Shahid Rajaee Port"),
        ("Rosjanie szkolili się na lotnisku w Kaszanie.", "Kashan Air Base"),
        ("Śmigłowce remontowano w zakładach remontu lotnictwa w Baranowiczach.", "558th Aircraft Repair Plant"),
        ("Partyzanci zaatakowali samolot na lotnisku w Maczuliszczach.", "Machulishchy Air Base"),
        ("Ukraińcy zajęli stację pomiaru gazu w Sudży.", "Sudzha Gas Metering Station"),
        ("Ustalenia przedstawiono w kwaterze głównej NATO w Brukseli.", "NATO Headquarters"),
    ],
)
def test_facilities_are_found_in_oblique_cases(sentence: str, name: str) -> None:
    assert ("facility", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rozmawiano z Pak Dzong Czonem o dostawach.", "Pak Jong Chon"),
        ("Kim Dzong Un pojawił się z córką Kim Dzu E.", "Kim Ju Ae"),
        ("Wiceminister Pak Myong Ho przyjechał do Moskwy.", "Pak Myong Ho"),
        ("Kancelaria prezydenta Jun Suk Jeola dała do zrozumienia, że zmieni zasady.", "Yoon Suk Yeol"),
        ("Przekazał to doradca ds. bezpieczeństwa Sin Won Sik.", "Shin Won-sik"),
        ("Korea Południowa wezwała ambasadora Rosji Gieorgija Zinowjewa.", "Georgy Zinoviev"),
        ("Gubernator Wieniamin Kondratiew ogłosił ewakuację.", "Veniamin Kondratyev"),
        ("Wiceminister obrony Junus-Bek Jewkurow przyleciał do Pjongjangu.", "Yunus-Bek Yevkurov"),
        ("Rzecznik resortu Igor Konaszenkow poinformował o zestrzeleniu dronów.", "Igor Konashenkov"),
        ("Prokurator generalny Andrij Kostin przedstawił dowody.", "Andriy Kostin"),
        ("Blinken wystąpił na konferencji z Davidem Lammym.", "David Lammy"),
        ("W Mińsku spotkała się z Maksimem Ryżenkowem.", "Maxim Ryzhenkov"),
        ("Rzecznik chińskiego MSZ Lin Jian zaprzeczył doniesieniom.", "Lin Jian"),
        ("Jak ocenia brytyjski analityk Jack Watling, to dopiero początek.", "Jack Watling"),
    ],
)
def test_officials_and_experts_are_found(sentence: str, name: str) -> None:
    assert ("actor", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rosyjskie Ministerstwo Transportu zapowiedziało więcej lotów.", "Russian Ministry of Transport"),
        ("Według rosyjskiej Federalnej Agencji Turystyki przyjechało 1,5 tys. Rosjan.", "Federal Agency for Tourism"),
        ("Stałe przedstawicielstwo Rosji przy UE nazwało restrykcje nielegalnymi.",
         "Permanent Mission of Russia to the EU"),
        ("Decyzję ogłosiła Centralna Komisja Wojskowa Partii Pracy Korei.",
         "Central Military Commission of the Workers' Party of Korea"),
        ("Sankcjami objęto dwóch generałów Koreańskiej Armii Ludowej.", "Korean People's Army"),
        ("Ambasadora przyjęto w MSZ w Seulu.", "South Korean Ministry of Foreign Affairs"),
        ("Japońskie MSZ zapowiedziało konsultacje.", "Japanese Ministry of Foreign Affairs"),
        ("Operację przeprowadziły SBU i Siły Operacji Specjalnych.", "Special Operations Forces of Ukraine"),
        ("Biuro Kontroli Aktywów Zagranicznych wpisało firmy na listę.", "Office of Foreign Assets Control"),
        ("Pjongjang odwiedziła delegacja białoruskiego Ministerstwa Przemysłu.", "Belarusian Ministry of Industry"),
        ("Podwozia dostarczają Mińskie Zakłady Ciągników Kołowych.", "MZKT"),
        ("Pakiet uzgodnili stali przedstawiciele państw członkowskich przy UE.", "COREPER"),
        ("Sankcje objęły irańskie linie lotnicze Iran Air.", "Iran Air"),
        ("Według Strażników Rewolucji atak był odwetem.", "Islamic Revolutionary Guard Corps"),
        ("Zgrupowanie Wojsk Północ prowadzi kontrofensywę.", "Group of Forces North"),
    ],
)
def test_state_bodies_units_and_companies_are_found(sentence: str, name: str) -> None:
    assert ("actor", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Według Instytutu Nauki i Bezpieczeństwa Międzynarodowego zakład się rozrasta.",
         "Institute for Science and International Security"),
        ("Według wyliczeń CREA Rosja zarobiła miliardy.", "Centre for Research on Energy and Clean Air"),
        ("Dane firmy Kpler pokazują wzrost eksportu.", "Kpler"),
        ("Śledztwo Bellingcatu ujawniło trasy statków.", "Bellingcat"),
        ("Analitycy Europejskiej Rady Spraw Zagranicznych ostrzegają.", "European Council on Foreign Relations"),
        ("Zdjęcia udostępniła firma Maxar.", "Maxar Technologies"),
        ("Straty policzył portal Oryx.", "Oryx"),
        ("Raport przygotował Instytut Strategii Bezpieczeństwa Narodowego.", "Institute for National Security Strategy"),
        ("Dane zebrał Database Center for North Korean Human Rights.", "Database Center for North Korean Human Rights"),
        ("W sondażu Gallup Korea większość była przeciw.", "Gallup Korea"),
    ],
)
def test_think_tanks_and_monitors_are_found(sentence: str, name: str) -> None:
    assert ("actor", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("– mówi „Wyborczej” ekspertka z Kijowa.", "Gazeta Wyborcza"),
        ("W rozmowie z „Polityką” ekspert przyznał rację.", "Polityka"),
        ("Informacyjna Agencja Radiowa podała te dane.", "IAR"),
        ("Jak podawał niezależny białoruski portal Zerkalo, delegacja wróciła.", "Zerkalo"),
        ("Według telewizji Biełsat na granicy trwają ćwiczenia.", "Belsat"),
        ("Japoński dziennik Asahi Shimbun ujawnił szczegóły.", "The Asahi Shimbun"),
        ("Chiński dziennik Global Times skrytykował sankcje.", "Global Times"),
        ("Według Mediazony zginęło ponad 100 tys. żołnierzy.", "Mediazona"),
        ("Jak podaje amerykański portal The War Zone, działa zniszczono.", "The War Zone"),
        ("Jak pisze dziennik Nikkei, chińskie firmy omijają sankcje.", "Nikkei Asia"),
        ("Informację podała południowokoreańska telewizja KBS.", "KBS"),
    ],
)
def test_media_are_found(sentence: str, name: str) -> None:
    assert ("actor", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Systemy rozmieszczono w rejonie stolicy KRLD.", "Pyongyang"),
        ("Żołnierze pochodzili z Kraju Krasnojarskiego.", "Krasnoyarsk Krai"),
        ("Rekruci z Tuwy trafili na front.", "Tuva"),
        ("W obwodzie czelabińskim działa fabryka.", "Chelyabinsk Oblast"),
        ("Statek zawinął do Machaczkały.", "Makhachkala"),
        ("Myśliwce zbudowano w Komsomolsku nad Amurem.", "Komsomolsk-on-Amur"),
        ("Walki toczyły się w rejonie Korenewa.", "Korenevo"),
        ("Okręty ćwiczyły na Morzu Ochockim.", "Sea of Okhotsk"),
        ("Fabryka w Kanggye produkuje pociski.", "Kanggye"),
        ("Firma z Shenzhenu dostarczała części.", "Shenzhen"),
        ("Broń jądrową ulokowano w Osipowiczach.", "Asipovichy"),
        ("Na placu Kim Ir Sena odbyła się parada.", "Kim Il Sung Square"),
        ("Rosjanie ostrzelali Drużkiwkę.", "Druzhkivka"),
        ("Sprzęt przyjechał do Wielkiej Brytanii.", "United Kingdom"),
    ],
)
def test_places_are_found_in_oblique_cases(sentence: str, name: str) -> None:
    assert ("location", name) in _found(sentence) or ("actor", name) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Polityka Kremla nie zmieniła się.", "Polityka"),
        ("Fakt ten potwierdził rzecznik.", "Fakt"),
        ("Kampania wyborcza trwa w najlepsze.", "Gazeta Wyborcza"),
        ("Indeks Nikkei spadł o 2 proc.", "Nikkei Asia"),
        ("Na północ od miasta trwają walki.", "Group of Forces North"),
        ("Achmat Kadyrow zginął w zamachu.", "Akhmat special forces"),
        ("Prezydent przekroczył Rubikon.", "Rubikon Center"),
        ("Baza wojskowa została zaatakowana.", "Baza"),
        ("Astra jest popularnym kwiatem.", "Astra"),
        ("Su-35 zbudował Suchoj.", "Sukhoi"),
        ("Fabryka w Pjongjangu produkuje ciągniki.", "Kanggye Munitions Complex"),
        ("Port Dunaj przyjął statek.", "Danube"),
        ("Dzieci bawiły się na placu czerwonym od liści.", "Red Square"),
        ("Podatek CIT wzrósł.", "Conflict Intelligence Team"),
    ],
)
def test_ordinary_words_name_nothing(sentence: str, name: str) -> None:
    assert name not in {n for _, n in _found(sentence)}
