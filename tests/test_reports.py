"""Listings, filters, name resolution, summary and show, over a small hand-made dataset.

The dataset is inserted with SQL (no extractor involved): three articles (two Polish, one
English), North Korea with its aliases ("Korea Północna", "KRLD", "Pjongjang"), five events with
roles, dates, a facility and locations, four quantities and an attribution chain of two links.
Other test files import the fixtures ``sample_url``, ``sample_db`` and ``sample_env`` from here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from eventdb.cli import cli

BODY_1 = (
    "Korea Północna wysłała do Rosji 1000 saperów. Według HUR saperzy pracują w obwodzie kurskim.\n\n"
    "Pjongjang dostarcza Moskwie amunicję."
)
BODY_2 = (
    "Rosja planuje zatrudnić 12 tys. pracowników z KRLD w Ałabudze. Jak podaje Reuters, powołując się na HUR, "
    "pracownicy otrzymają 2,5 dolara za godzinę."
)
BODY_3 = (
    "According to the NIS, North Korea sent about 3,000 troops to Russia in June. Ukraine condemned the deployment."
    " North Korea also sent 40 ballistic missiles, 12 missile launchers and 300 farm workers."
)

SOURCES = [
    (1, BODY_1, "pl", dt.date(2025, 11, 14), "Saperzy z KRLD w obwodzie kurskim", "https://example.org/pl/1", "Portal A"),
    (2, BODY_2, "pl", dt.date(2025, 10, 3), "Rosja zatrudni pracowników z KRLD", "https://example.org/pl/2", "Portal B"),
    (3, BODY_3, "en", dt.date(2025, 6, 20), "NIS: North Korea sent troops", "https://example.org/en/3", "Example News"),
]
EVENT_TYPES = [
    ("troop_deployment", "Troop deployment", "AID", "military", ["military"], "0234"),
    ("arms_transfer", "Arms transfer", "AID", "military", ["military", "weapons"], "0234"),
    ("labor_recruitment", "Labour recruitment", "COOPERATE", "economic", ["economic"], "061"),
    ("statement", "Statement", None, None, None, "010"),
]
# (id, name, kind, country, is_candidate, aliases as (text, language, type))
ACTORS = [
    (101, "North Korea", "country", "North Korea", False,
     [("North Korea", "en", "name"), ("Korea Północna", "pl", "name"), ("KRLD", "pl", "name"),
      ("Pjongjang", "pl", "metonym")]),
    (102, "Russia", "country", "Russia", False,
     [("Russia", "en", "name"), ("Rosja", "pl", "name"), ("Moskwa", "pl", "metonym")]),
    (103, "Ukraine", "country", "Ukraine", False, [("Ukraine", "en", "name"), ("Ukraina", "pl", "name")]),
    (104, "HUR", "agency", "Ukraine", False,
     [("HUR", "pl", "name"), ("Główny Zarząd Wywiadu", "pl", "name")]),
    (105, "Reuters", "media", "United Kingdom", False, [("Reuters", "en", "name"), ("Reutera", "pl", "inflected")]),
    (106, "National Intelligence Service", "agency", "South Korea", False,
     [("NIS", "en", "name"), ("Narodowa Służba Wywiadowcza", "pl", "name")]),
    (107, "South Korea", "country", "South Korea", False,
     [("South Korea", "en", "name"), ("Korea Południowa", "pl", "name")]),
    (108, "Iran", "country", "Iran", False, [("Iran", "en", "name")]),
    (109, "Jihyang Technology Trade Company", "company", "North Korea", True, []),
]
LOCATIONS = [
    (201, "Russia", "country", "Russia", None, [("Rosja", "pl", "name")]),
    (202, "Tatarstan", "region", "Russia", 201, [("Tatarstan", "pl", "name")]),
    (203, "Kursk Oblast", "region", "Russia", 201, [("obwód kurski", "pl", "name")]),
    (204, "North Korea", "country", "North Korea", None, [("Korea Północna", "pl", "name")]),
]
FACILITIES = [(301, "Alabuga Special Economic Zone", "economic_zone", 202, "Russia", [("Ałabuga", "pl", "name")])]


def span(body: str, text: str, start: int = 0) -> tuple[int, int]:
    at = body.index(text, start)
    return at, at + len(text)


# (id, source, ordinal, type, status, from, to, precision, location, facility, trigger, sentence, evidence)
EVENTS = [
    (11, 1, 0, "troop_deployment", "completed", None, None, "unknown", 203, None, "wysłała", 0,
     "Korea Północna wysłała do Rosji 1000 saperów."),
    (12, 1, 1, "arms_transfer", "ongoing", dt.date(2025, 11, 1), dt.date(2025, 11, 30), "month", None, None,
     "dostarcza", 2, "Pjongjang dostarcza Moskwie amunicję."),
    (13, 2, 0, "labor_recruitment", "planned", None, None, "unknown", 202, 301, "zatrudnić", 0,
     "Rosja planuje zatrudnić 12 tys. pracowników z KRLD w Ałabudze."),
    (14, 3, 0, "troop_deployment", "reported", dt.date(2025, 6, 1), dt.date(2025, 6, 30), "month", 201, None, "sent",
     0, "North Korea sent about 3,000 troops to Russia in June"),
    (15, 3, 1, "statement", "completed", None, None, "unknown", None, None, "condemned", 1,
     "Ukraine condemned the deployment."),
]
# (event, actor, role, text)
ROLES = [
    (11, 101, "agent", "Korea Północna"), (11, 102, "partner", "Rosji"),
    (12, 101, "agent", "Pjongjang"), (12, 102, "partner", "Moskwie"),
    (13, 102, "agent", "Rosja"), (13, 101, "partner", "KRLD"),
    (14, 101, "agent", "North Korea"), (14, 102, "partner", "Russia"),
    (15, 103, "agent", "Ukraine"), (15, 102, "target", "deployment"),
]
# (event, actor, position, cue, text)
ATTRIBUTIONS = [
    (11, 104, 1, "według", "Według HUR"),
    (13, 105, 1, "jak podaje", "Jak podaje Reuters"),
    (13, 104, 2, "powołując się na", "powołując się na HUR"),
    (14, 106, 1, "according to", "According to the NIS"),
]
# (id, source, ordinal, event, value, low, high, unit, qualifier, counted, actor, text)
QUANTITIES = [
    (21, 1, 0, 11, 1000, None, None, "person", "exact", "sapper", 101, "1000 saperów"),
    (22, 2, 0, 13, 12000, None, None, "person", "exact", "worker", 101, "12 tys. pracowników"),
    (23, 2, 1, 13, 2.5, None, None, "USD/hour", "exact", None, None, "2,5 dolara za godzinę"),
    (24, 3, 0, 14, 3000, None, None, "person", "approx", "soldier", 101, "about 3,000 troops"),
    (25, 3, 1, None, 40, None, None, "item", "exact", "ballistic missile", None, "40 ballistic missiles"),
    (26, 3, 2, None, 12, None, None, "item", "exact", "missile launcher", None, "12 missile launchers"),
    (27, 3, 3, None, 300, None, None, "person", "exact", "farm worker", 101, "300 farm workers"),
]
# (source, entity column, id, text, via)
MENTIONS = [
    (1, "actor_id", 101, "Korea Północna", "name"), (1, "actor_id", 102, "Rosji", "name"),
    (1, "actor_id", 104, "HUR", "name"), (1, "location_id", 203, "obwodzie kurskim", "name"),
    (1, "actor_id", 101, "Pjongjang", "metonym"), (1, "actor_id", 102, "Moskwie", "metonym"),
    (2, "actor_id", 102, "Rosja", "name"), (2, "actor_id", 101, "KRLD", "name"),
    (2, "facility_id", 301, "Ałabudze", "name"), (2, "actor_id", 105, "Reuters", "name"),
    (2, "actor_id", 104, "HUR", "name"),
    (3, "actor_id", 106, "NIS", "name"), (3, "actor_id", 101, "North Korea", "name"),
    (3, "actor_id", 102, "Russia", "name"), (3, "actor_id", 103, "Ukraine", "name"),
]


def alias_key_of(text: str, language: str) -> str:
    """The key the store writes for an alias (the gazetteer's, or lowercase without it)."""
    try:
        from eventdb.extract.gazetteer import alias_key

        return alias_key(text, language) or text.lower()
    except ImportError:
        return text.lower()


def sentence_bounds(body: str) -> list[tuple[int, int]]:
    """Sentence offsets of the sample bodies: a period before a capital letter or the end ends one."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S.*?\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ]|\s*$)", body, re.S)]


def insert_sample(url: str) -> None:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    bodies = {s[0]: s[1] for s in SOURCES}
    with engine.begin() as conn:
        x = conn.execute
        for sid, body, lang, published, title, link, publisher in SOURCES:
            x(sa.text("insert into sources (id, sha256, title, url, publisher, language, published_on, date_precision,"
                      " body, extractor_version) values (:id, :sha, :title, :url, :pub, :lang, :date, 'day', :body,"
                      " 'test')"),
              {"id": sid, "sha": f"{sid:064x}", "title": title, "url": link, "pub": publisher, "lang": lang,
               "date": published, "body": body})
        for code, label, event, mode, context, cameo in EVENT_TYPES:
            x(sa.text("insert into event_types (code, label, plover_event, plover_mode, plover_context, cameo)"
                      " values (:c, :l, :e, :m, :ctx, :cameo) on conflict (code) do update set label = excluded.label,"
                      " plover_event = excluded.plover_event, plover_mode = excluded.plover_mode,"
                      " plover_context = excluded.plover_context, cameo = excluded.cameo"),
              {"c": code, "l": label, "e": event, "m": mode, "ctx": context, "cameo": cameo})

        def aliases(column: str, eid: int, items: list[tuple[str, str, str]]) -> None:
            for text, lang, kind in items:
                x(sa.text(f"insert into aliases ({column}, alias, language, alias_type, key)"
                          " values (:id, :a, :lang, :t, :k)"),
                  {"id": eid, "a": text, "lang": lang, "t": kind, "k": alias_key_of(text, lang)})

        for aid, name, kind, country, candidate, items in ACTORS:
            x(sa.text("insert into actors (id, name, kind, country, is_candidate) values (:i, :n, :k, :c, :cand)"),
              {"i": aid, "n": name, "k": kind, "c": country, "cand": candidate})
            aliases("actor_id", aid, items)
        for lid, name, kind, country, parent, items in LOCATIONS:
            x(sa.text("insert into locations (id, name, kind, country, parent_id) values (:i, :n, :k, :c, :p)"),
              {"i": lid, "n": name, "k": kind, "c": country, "p": parent})
            aliases("location_id", lid, items)
        for fid, name, kind, location, country, items in FACILITIES:
            x(sa.text("insert into facilities (id, name, kind, location_id, country) values (:i, :n, :k, :l, :c)"),
              {"i": fid, "n": name, "k": kind, "l": location, "c": country})
            aliases("facility_id", fid, items)
        for eid, sid, ordinal, etype, status, d_from, d_to, precision, loc, fac, trigger, sent, evidence in EVENTS:
            body = bodies[sid]
            start, end = span(body, evidence)
            t_start, t_end = span(body, trigger, start)
            x(sa.text("insert into events (source_id, id, ordinal, event_type, status, occurred_from, occurred_to,"
                      " date_precision, location_id, facility_id, confidence, trigger, trigger_start, trigger_end,"
                      " sentence_index, char_start, char_end, evidence) values (:s, :i, :o, :t, :st, :f, :to, :p, :l,"
                      " :fa, 0.8, :tr, :ts, :te, :si, :cs, :ce, :ev)"),
              {"s": sid, "i": eid, "o": ordinal, "t": etype, "st": status, "f": d_from, "to": d_to, "p": precision,
               "l": loc, "fa": fac, "tr": trigger, "ts": t_start, "te": t_end, "si": sent, "cs": start, "ce": end,
               "ev": evidence})
        source_of = {e[0]: e[1] for e in EVENTS}
        for eid, aid, role, text in ROLES:
            start, end = span(bodies[source_of[eid]], text)
            x(sa.text("insert into event_actors (source_id, event_id, actor_id, role, char_start, char_end)"
                      " values (:s, :e, :a, :r, :cs, :ce)"),
              {"s": source_of[eid], "e": eid, "a": aid, "r": role, "cs": start, "ce": end})
        for eid, aid, position, cue, text in ATTRIBUTIONS:
            start, end = span(bodies[source_of[eid]], text)
            x(sa.text("insert into attributions (source_id, event_id, cited_actor_id, position, cue, char_start,"
                      " char_end, text) values (:s, :e, :a, :p, :c, :cs, :ce, :t)"),
              {"s": source_of[eid], "e": eid, "a": aid, "p": position, "c": cue, "cs": start, "ce": end, "t": text})
        for qid, sid, ordinal, eid, value, low, high, unit, qualifier, counted, aid, text in QUANTITIES:
            body = bodies[sid]
            start, end = span(body, text)
            s_start, s_end = next((a, b) for a, b in sentence_bounds(body) if a <= start < b)
            x(sa.text("insert into quantities (source_id, id, ordinal, event_id, value, low, high, unit, qualifier,"
                      " counted, actor_id, char_start, char_end, text, sentence_start, sentence_end) values (:s, :i,"
                      " :o, :e, :v, :lo, :hi, :u, :q, :c, :a, :cs, :ce, :t, :ss, :se)"),
              {"s": sid, "i": qid, "o": ordinal, "e": eid, "v": value, "lo": low, "hi": high, "u": unit,
               "q": qualifier, "c": counted, "a": aid, "cs": start, "ce": end, "t": text, "ss": s_start,
               "se": s_end})
        for sid, column, eid, text, via in MENTIONS:
            body = bodies[sid]
            start, end = span(body, text)
            index = next(i for i, (a, b) in enumerate(sentence_bounds(body)) if a <= start < b)
            x(sa.text(f"insert into mentions (source_id, {column}, via, sentence_index, char_start, char_end, text)"
                      " values (:s, :e, :v, :si, :cs, :ce, :t)"),
              {"s": sid, "e": eid, "v": via, "si": index, "cs": start, "ce": end, "t": text})
    engine.dispose()


@pytest.fixture(scope="module", name="sample_url")
def sample_url_fixture(server_url: str, template_db: str) -> Iterator[str]:
    """One sample database per test module: the tests only read it (and check nothing was dropped)."""
    from conftest import _create_db, _drop_db, _url_for

    name = _create_db(server_url, template_db)
    url = _url_for(server_url, name)
    insert_sample(url)
    yield url
    _drop_db(server_url, name)


@pytest.fixture(name="sample_db")
def sample_db_fixture(sample_url: str) -> Iterator[Any]:
    from eventdb import api

    database = api.open_database(sample_url)
    yield database
    database.dispose()


@pytest.fixture(name="sample_env")
def sample_env_fixture(sample_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("EVENTDB_DATABASE_URL", sample_url)
    return sample_url


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.output


def event_ids(*args: str) -> list[int]:
    return [r["event_id"] for r in json.loads(ok("events", *args, "--format", "json"))]


# -- the sample itself --------------------------------------------------------------------------------


def test_sample_sentences_agree_with_the_splitter() -> None:
    from eventdb.reports import sentence_offsets

    for body in (BODY_1, BODY_2, BODY_3):
        assert list(sentence_offsets(body)) == sentence_bounds(body)


# -- views: contract columns --------------------------------------------------------------------------

CONTRACT = {
    "v_events": "event_id source_id source_title published_on event_type status occurred_from occurred_to "
                "date_precision location facility agents partners cited_sources evidence confidence",
    "v_quantities": "quantity_id source_id event_id event_type value low high unit qualifier counted actor text evidence",
    "v_actors": "actor_id name kind country aliases is_candidate mentions events first_seen last_seen",
    "v_facilities": "facility_id name kind location country aliases mentions events",
    "v_locations": "location_id name kind country aliases mentions events",
    "v_claims": "cited_source event_id event_type cue source_id source_title published_on",
    "v_timeline": "month event_type events",
}


@pytest.mark.parametrize("view", sorted(CONTRACT))
def test_every_view_has_its_contract_columns(sample_db: Any, view: str) -> None:
    from eventdb.api import read_sql

    columns = list(read_sql(sample_db, f"select * from {view} limit 0").columns)
    assert [c for c in CONTRACT[view].split() if c not in columns] == []


@pytest.mark.parametrize("reader, view", [
    ("events", "v_events"), ("quantities", "v_quantities"), ("actors", "v_actors"),
    ("facilities", "v_facilities"), ("locations", "v_locations"), ("claims", "v_claims"),
])
def test_listings_keep_the_view_columns(sample_db: Any, reader: str, view: str) -> None:
    from eventdb import reports

    df = getattr(reports, reader)(sample_db)
    assert not df.empty
    assert set(CONTRACT[view].split()) <= set(df.columns)


# -- name resolution ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "North Korea", "north korea", "Korea Północna", "KOREA PÓŁNOCNA", "KRLD", "krld", "Pjongjang",
    "Korei Północnej", "Koreą Północną", "  North   Korea ",
])
def test_actor_names_resolve_through_aliases_and_inflection(sample_db: Any, name: str) -> None:
    from eventdb.reports import resolve

    assert resolve(sample_db, "actor", name) == ("North Korea",)


@pytest.mark.parametrize("entity, name, expected", [
    ("actor", "Rosji", ("Russia",)),
    ("actor", "Moskwa", ("Russia",)),
    ("actor", "NIS", ("National Intelligence Service",)),
    ("actor", "Narodowej Służby Wywiadowczej", ("National Intelligence Service",)),
    ("actor", "Jihyang", ("Jihyang Technology Trade Company",)),
    ("actor", "Reutera", ("Reuters",)),
    ("location", "obwodzie kurskim", ("Kursk Oblast",)),
    ("location", "Kursk Oblast", ("Kursk Oblast",)),
    ("facility", "Ałabudze", ("Alabuga Special Economic Zone",)),
    ("facility", "Alabuga", ("Alabuga Special Economic Zone",)),
])
def test_other_names_resolve(sample_db: Any, entity: str, name: str, expected: tuple[str, ...]) -> None:
    from eventdb.reports import resolve

    assert resolve(sample_db, entity, name) == expected


@pytest.mark.parametrize("entity, name, message", [
    ("actor", "Nort Korea", "closest known: North Korea"),
    ("actor", "Korea", "ambiguous"),
    ("actor", "Rossija", "closest known: Rosja (Russia)"),
    ("actor", "Atlantis", "unknown actor 'Atlantis'"),
    ("location", "Tatarstanu", "Tatarstan"),
    ("facility", "Ałabugga", "Ałabuga (Alabuga Special Economic Zone)"),
])
def test_unknown_names_name_the_closest(sample_db: Any, entity: str, name: str, message: str) -> None:
    from eventdb.reports import UnknownName, resolve

    try:
        found = resolve(sample_db, entity, name)
    except UnknownName as exc:
        assert message in str(exc)
        assert "\n" not in str(exc)
    else:  # an inflected form the analyser knows is fine too, if it is the right entity
        assert message.split()[-1].strip("()") in " ".join(found), found


@pytest.mark.parametrize("name", [
    "North Korea", "Korea Północna", "KRLD", "Pjongjang", "Korei Północnej",
])
def test_actor_filter_gives_the_same_rows_for_every_name(sample_env: str, name: str) -> None:
    assert event_ids("--actor", name) == [11, 12, 13, 14]  # newest first


# -- filters ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args, expected", [
    ((), [11, 12, 13, 15, 14]),
    (("--type", "troop_deployment"), [11, 14]),
    (("--type", "Troop deployment"), [11, 14]),
    (("--type", "troop_deployment", "--type", "statement"), [11, 15, 14]),
    (("--partner", "KRLD"), [13]),
    (("--partner", "Rosja"), [11, 12, 15, 14]),
    (("--actor", "Ukraina"), [15]),
    (("--cited", "HUR"), [11, 13]),
    (("--cited", "Reuters"), [13]),
    (("--cited", "NIS"), [14]),
    (("--location", "Rosja"), [11, 13, 14]),
    (("--location", "obwodzie kurskim"), [11]),
    (("--facility", "Ałabudze"), [13]),
    (("--status", "planned"), [13]),
    (("--status", "completed", "--status", "ongoing"), [11, 12, 15]),
    (("--since", "2025-10"), [11, 12, 13]),
    (("--until", "2025-06"), [15, 14]),
    (("--since", "2025-06-21", "--until", "2025-10-31"), [13, 14]),
    (("--source", "2"), [13]),
    (("--source", "1", "--source", "3"), [11, 12, 15, 14]),
    (("--actor", "North Korea", "--type", "troop_deployment", "--cited", "NIS"), [14]),
    (("--actor", "KRLD", "--status", "denied"), []),
])
def test_event_filters_combine(sample_env: str, args: tuple[str, ...], expected: list[int]) -> None:
    assert event_ids(*args) == expected


@pytest.mark.parametrize("args, expected", [
    ((), [21, 22, 23, 24, 25, 26, 27]),
    (("--counted", "worker"), [22, 27]),  # a counted object is also found by its head noun: "farm worker"
    (("--counted", "Workers"), [22, 27]),
    (("--counted", "farm workers"), [27]),
    (("--counted", "soldiers"), [24]),
    (("--counted", "missile"), [25]),  # not "missile launcher", whose head is the launcher
    (("--counted", "launchers"), [26]),
    (("--counted", "missile launcher"), [26]),
    (("--counted", "ballistic"), []),
    (("--counted", "_orker"), []),  # LIKE's wildcards are literal
    (("--unit", "usd/hour"), [23]),
    (("--unit", "person", "--actor", "KRLD"), [21, 22, 24, 27]),
    (("--actor", "Rosja"), []),
    (("--type", "troop_deployment"), [21, 24]),
    (("--counted", "tank"), []),
    (("--counted", "sapper", "--unit", "person"), [21]),
])
def test_quantity_filters(sample_env: str, args: tuple[str, ...], expected: list[int]) -> None:
    rows = json.loads(ok("quantities", *args, "--format", "json"))
    assert [r["quantity_id"] for r in rows] == expected


@pytest.mark.parametrize("args, expected", [
    ((), [("HUR", 11), ("Reuters", 13), ("HUR", 13), ("National Intelligence Service", 14)]),
    (("--cited", "Główny Zarząd Wywiadu"), [("HUR", 11), ("HUR", 13)]),
    (("--cited", "NIS"), [("National Intelligence Service", 14)]),
    (("--type", "labor_recruitment"), [("HUR", 13), ("Reuters", 13)]),
])
def test_claim_filters(sample_env: str, args: tuple[str, ...], expected: list[tuple[str, int]]) -> None:
    rows = json.loads(ok("claims", *args, "--format", "json"))
    assert sorted((r["cited_source"], r["event_id"]) for r in rows) == sorted(expected)


@pytest.mark.parametrize("args, expected", [
    ((), {"North Korea", "Russia", "Ukraine", "HUR", "Reuters", "National Intelligence Service"}),
    (("--all",), {"North Korea", "Russia", "Ukraine", "HUR", "Reuters", "National Intelligence Service",
                  "South Korea", "Iran", "Jihyang Technology Trade Company"}),
    (("--kind", "agency"), {"HUR", "National Intelligence Service"}),
    (("--candidates", "--all"), {"Jihyang Technology Trade Company"}),
    (("--candidates",), set()),
])
def test_actor_listing(sample_env: str, args: tuple[str, ...], expected: set[str]) -> None:
    rows = json.loads(ok("actors", *args, "--format", "json"))
    assert {r["name"] for r in rows} == expected


def test_actor_listing_counts_and_dates(sample_env: str) -> None:
    rows = {r["name"]: r for r in json.loads(ok("actors", "--format", "json"))}
    nk = rows["North Korea"]
    assert (nk["mentions"], nk["events"]) == (4, 4)
    assert (nk["first_seen"], nk["last_seen"]) == ("2025-06-20", "2025-11-14")
    assert "KRLD" in nk["aliases"]


def test_facility_and_location_listings(sample_env: str) -> None:
    facilities = json.loads(ok("facilities", "--format", "json"))
    assert [(f["name"], f["location"], f["events"]) for f in facilities] == [
        ("Alabuga Special Economic Zone", "Tatarstan", 1)]
    places = {r["name"]: r["events"] for r in json.loads(ok("locations", "--format", "json"))}
    assert places == {"Kursk Oblast": 1, "Tatarstan": 1, "Russia": 1}
    everything = {r["name"] for r in json.loads(ok("locations", "--all", "--format", "json"))}
    assert everything == {"Russia", "Tatarstan", "Kursk Oblast", "North Korea"}


@pytest.mark.parametrize("args, expected", [
    ((), [("2025-06", "statement", 1), ("2025-06", "troop_deployment", 1), ("2025-10", "labor_recruitment", 1),
          ("2025-11", "arms_transfer", 1), ("2025-11", "troop_deployment", 1)]),
    (("--by", "year"), [("2025", "troop_deployment", 2), ("2025", "arms_transfer", 1),
                        ("2025", "labor_recruitment", 1), ("2025", "statement", 1)]),
    (("--type", "troop_deployment"), [("2025-06", "troop_deployment", 1), ("2025-11", "troop_deployment", 1)]),
    (("--since", "2025-10", "--until", "2025-10"), [("2025-10", "labor_recruitment", 1)]),
])
def test_timeline(sample_env: str, args: tuple[str, ...], expected: list[tuple[str, str, int]]) -> None:
    rows = json.loads(ok("timeline", *args, "--format", "json"))
    assert [(r["period"], r["event_type"], r["events"]) for r in rows] == expected


def test_open_ended_dates(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """"od września" (since, no end) is still going on; "do marca" (until, no start) began before."""
    insert_sample(db_url)
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    rows = [(16, 2, "since", dt.date(2025, 9, 1), None, "pracują"), (17, 3, "until", None, dt.date(2025, 3, 31),
                                                                       "Według")]
    with engine.begin() as conn:
        for eid, ordinal, precision, d_from, d_to, trigger in rows:
            start, end = span(BODY_1, "Według HUR saperzy pracują w obwodzie kurskim.")
            t_start, t_end = span(BODY_1, trigger)
            conn.execute(sa.text(
                "insert into events (source_id, id, ordinal, event_type, status, occurred_from, occurred_to,"
                " date_precision, confidence, trigger, trigger_start, trigger_end, sentence_index, char_start,"
                " char_end, evidence) values (1, :i, :o, 'troop_deployment', 'ongoing', :f, :t, :p, 0.5, :tr, :ts,"
                " :te, 1, :s, :e, 'Według HUR saperzy pracują w obwodzie kurskim.')"),
                {"i": eid, "o": ordinal, "f": d_from, "t": d_to, "p": precision, "tr": trigger, "ts": t_start,
                 "te": t_end, "s": start, "e": end})
    engine.dispose()
    monkeypatch.setenv("EVENTDB_DATABASE_URL", db_url)
    assert event_ids("--since", "2026-01") == [16]
    assert 17 in event_ids("--until", "2024")
    assert 16 not in event_ids("--until", "2025-08")
    assert 17 not in event_ids("--since", "2025-04")


# -- bad input: one line, exit 1, nothing changed ------------------------------------------------------

INJECTIONS = ["x'; drop table sources; --", "North Korea'); delete from events; --", "%' or 1=1 --", "_%"]


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("option", ["--actor", "--partner", "--cited", "--facility", "--location", "--type"])
def test_hostile_names_return_nothing_and_drop_nothing(sample_env: str, option: str, value: str) -> None:
    result = run("events", option, value, "--format", "json")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    engine = sa.create_engine(sample_env, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        counts = [conn.scalar(sa.text(f"select count(*) from {t}")) for t in ("sources", "events", "actors")]
    engine.dispose()
    assert counts == [3, 5, 9]


@pytest.mark.parametrize("args, message", [
    (("events", "--actor", "Atlantis"), "unknown actor 'Atlantis'"),
    (("events", "--type", "troop_deploymnet"), "closest known: troop_deployment"),
    (("events", "--since", "June"), "bad date 'June'"),
    (("events", "--until", "2025-02-30"), "no such day"),
    (("events", "--status", "finished"), "Invalid value"),
    (("quantities", "--actor", "Nort Korea"), "closest known: North Korea"),
    (("timeline", "--by", "week"), "Invalid value"),
    (("show", "event", "999"), "no event with id 999"),
    (("show", "source", "42"), "no source with id 42"),
    (("show", "actor", "Atlantis"), "unknown actor"),
])
def test_bad_input_is_one_clear_line(sample_env: str, args: tuple[str, ...], message: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (1, 2), result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_values_are_bound_not_pasted(sample_db: Any) -> None:
    from eventdb.reports import events_query, quantities_query

    q = events_query(sample_db, actor="KRLD", since="2025-01", status="planned", source=[1, 2])
    assert "KRLD" not in q.sql and "North Korea" not in q.sql and "2025" not in q.sql and "planned" not in q.sql
    assert q.params["actors"] == [101]  # North Korea's id in the sample
    q = quantities_query(sample_db, counted="worker'--", unit="person")
    assert "worker" not in q.sql and "person" not in q.sql


# -- output formats parse back to the same rows ------------------------------------------------------

LISTINGS = [
    ("events",), ("events", "--actor", "KRLD"), ("actors",), ("actors", "--all"), ("facilities",), ("locations",),
    ("quantities",), ("claims",), ("timeline",), ("timeline", "--by", "year"),
]


@pytest.mark.parametrize("command", LISTINGS, ids=[" ".join(c) for c in LISTINGS])
def test_csv_json_jsonl_parse_back_to_the_same_rows(sample_env: str, command: tuple[str, ...]) -> None:
    import io

    as_json = pd.DataFrame(json.loads(ok(*command, "--format", "json")))
    as_jsonl = pd.read_json(io.StringIO(ok(*command, "--format", "jsonl")), lines=True, dtype=False)
    as_csv = pd.read_csv(io.StringIO(ok(*command, "--format", "csv")), dtype=str, keep_default_na=False)
    assert len(as_json) > 0
    assert list(as_json.columns) == list(as_jsonl.columns) == list(as_csv.columns)
    assert len(as_json) == len(as_jsonl) == len(as_csv)

    def text(v: Any) -> str:
        if isinstance(v, list):
            return "; ".join(str(x) for x in v)
        if v is None or (isinstance(v, float) and pd.isna(v)):
            return ""
        if isinstance(v, bool):
            return str(v)
        try:
            number = float(v)
        except (TypeError, ValueError):
            return str(v)
        return str(int(number)) if number.is_integer() else str(number)

    for col in as_json.columns:
        assert [text(v) for v in as_json[col]] == [text(v) for v in as_jsonl[col]], col
        assert [text(v) for v in as_json[col]] == [text(v) for v in as_csv[col]], col


@pytest.mark.parametrize("command", LISTINGS, ids=[" ".join(c) for c in LISTINGS])
def test_tables_fit_100_columns(sample_env: str, command: tuple[str, ...]) -> None:
    text = ok(*command)
    assert max(len(line) for line in text.splitlines()) <= 100, text


# -- summary ------------------------------------------------------------------------------------------


def test_summary_parts(sample_db: Any) -> None:
    from eventdb.reports import summary

    parts = summary(sample_db)
    src = parts["sources"].iloc[0]
    assert (src["sources"], src["languages"]) == (3, "en, pl")
    assert (str(src["first_published"]), str(src["last_published"])) == ("2025-06-20", "2025-11-14")
    counts = dict(zip(parts["counts"]["what"], parts["counts"]["seen"], strict=True))
    assert counts == {"actors": 6, "candidate actors": 0, "facilities": 1, "candidate facilities": 0,
                      "locations": 3, "events": 5,
                      "quantities": 7, "claims": 4}
    by_type = parts["events_by_type"].set_index("event_type")
    assert by_type.loc["troop_deployment", "events"] == 2
    assert by_type.loc["troop_deployment", "reported"] == 1 and by_type.loc["troop_deployment", "completed"] == 1
    top = parts["top_actors"].set_index("actor")
    assert (top.loc["North Korea", "as_agent"], top.loc["North Korea", "as_partner"]) == (3, 1)
    assert (top.loc["Russia", "as_agent"], top.loc["Russia", "as_partner"]) == (1, 4)
    cited = parts["cited_sources"].set_index("cited_source")
    assert (cited.loc["HUR", "events"], cited.loc["HUR", "sources"]) == (2, 2)
    largest = parts["largest_quantities"].set_index("counted")
    assert largest.loc["worker", "amount"] == "12000" and largest.loc["worker", "text"] == "12 tys. pracowników"
    assert list(parts["timeline"]["month"]) == ["2025-06", "2025-10", "2025-11"]
    assert list(parts["timeline"]["events"]) == [2, 1, 2]


def test_summary_is_readable_at_100_columns_and_json(sample_env: str) -> None:
    text = ok("summary")
    assert max(len(line) for line in text.splitlines()) <= 100
    for title in ("Loaded sources", "Events by type and status", "Top actors", "Most cited sources",
                  "Largest quantity", "Events by month"):
        assert title in text
    assert "█" in text
    parts = json.loads(ok("summary", "--format", "json"))
    assert set(parts) == {"sources", "counts", "events_by_type", "top_actors", "cited_sources",
                          "largest_quantities", "timeline"}
    assert parts["timeline"][0] == {"month": "2025-06", "events": 2, "types": "statement 1, troop_deployment 1"}


def test_summary_of_an_empty_database(cli_env: str) -> None:
    text = ok("summary")
    assert "(no rows)" in text
    assert json.loads(ok("summary", "--format", "json"))["events_by_type"] == []


# -- show ---------------------------------------------------------------------------------------------


def test_show_event_marks_evidence_and_lists_roles_quantities_chain(sample_env: str) -> None:
    text = ok("show", "event", "13")
    assert "Event 13: labor_recruitment  status planned" in text
    assert "»Rosja planuje [zatrudnić] 12 tys. pracowników z KRLD w Ałabudze.«" in text
    assert "agent      Russia" in text and "partner    North Korea" in text
    assert "12000 person worker (exact)  “12 tys. pracowników”" in text
    assert "1. Reuters  cue 'jak podaje'" in text and "2. HUR  cue 'powołując się na'" in text
    assert "Where: Alabuga Special Economic Zone, Tatarstan" in text


def test_show_event_evidence_inside_a_longer_sentence(sample_env: str) -> None:
    text = ok("show", "event", "14")
    assert "According to the NIS, »North Korea [sent] about 3,000 troops to Russia in June«." in text
    assert "When: 2025-06-01 .. 2025-06-30 (month)" in text
    assert "PLOVER AID / military" in text


def test_show_event_json(sample_env: str) -> None:
    detail = json.loads(ok("show", "event", "11", "--format", "json"))
    assert detail["sentence"]["text"] == "Korea Północna wysłała do Rosji 1000 saperów."
    assert BODY_1[detail["trigger"]["start"]:detail["trigger"]["end"]] == "wysłała"
    assert [(r["role"], r["actor"]) for r in detail["roles"]] == [("agent", "North Korea"), ("partner", "Russia")]
    assert [a["cited_source"] for a in detail["attributions"]] == ["HUR"]


def test_show_source_marks_every_fact_inline(sample_env: str) -> None:
    text = ok("show", "source", "2")
    assert text.startswith("Source 2: Rosja zatrudni pracowników z KRLD")
    assert "[Rosja]{" in text and "[KRLD]{" in text and "[Ałabudze]{" in text
    assert "[12 tys. pracowników]{" in text and "[2,5 dolara za godzinę]{" in text
    assert "[zatrudnić]{" in text and "[Jak podaje [Reuters]{" in text
    assert "event 13 labor_recruitment (planned)  agents: Russia; partners: North Korea; cited: Reuters, HUR" in text
    assert "facility Alabuga Special Economic Zone" in text


def test_show_actor_by_alias(sample_env: str) -> None:
    text = ok("show", "actor", "Korei Północnej")
    assert text.startswith("Actor 101: North Korea  kind country")
    assert "KRLD" in text and "Pjongjang" in text
    assert "first seen 2025-06-20, last seen 2025-11-14" in text
    rows = json.loads(ok("show", "actor", "KRLD", "--format", "json"))[0]["events_by_type"]
    assert {r["event_type"]: (r["as_agent"], r["as_partner"]) for r in rows} == {
        "troop_deployment": (2, 0), "arms_transfer": (1, 0), "labor_recruitment": (0, 1)}


@pytest.mark.parametrize("text, spans, expected", [
    ("abc def", [(0, 3, "actor", "")], "[abc] def"),
    ("abc def", [(0, 7, "evidence", ""), (4, 7, "actor", "1")], "»abc [def]{1}«"),
    ("abc def", [(0, 5, "actor", ""), (2, 7, "quantity", "")], "[abc d]ef"),
    ("abc def", [(4, 7, "actor", ""), (0, 3, "actor", "")], "[abc] [def]"),
    ("abc def", [(3, 20, "actor", "")], "abc def"),
    ("abc def", [], "abc def"),
    ("xabc", [(10, 12, "actor", "")], "xabc"),
    ("abc def", [(0, 7, "evidence", ""), (0, 3, "trigger", ""), (4, 7, "actor", "")], "»[abc] [def]«"),
    ("abc def", [(0, 3, "actor", "1"), (0, 3, "location", "2")], "[[abc]{2}]{1} def"),
    ("ab", [(1, 1, "actor", "")], "ab"),
])
def test_mark_spans(text: str, spans: list[tuple[int, int, str, str]], expected: str) -> None:
    from eventdb.reports import mark_spans, plain_marker

    assert mark_spans(text, spans, plain_marker) == expected


@pytest.mark.parametrize("value, end, expected", [
    ("2025", False, dt.date(2025, 1, 1)), ("2025", True, dt.date(2025, 12, 31)),
    ("2025-02", True, dt.date(2025, 2, 28)), ("2024-02", True, dt.date(2024, 2, 29)),
    ("2025-12", True, dt.date(2025, 12, 31)), ("2025-6", False, dt.date(2025, 6, 1)),
    ("2025-06-21", True, dt.date(2025, 6, 21)), (dt.date(2025, 1, 2), False, dt.date(2025, 1, 2)),
    (None, False, None), ("", True, None),
])
def test_date_bounds(value: Any, end: bool, expected: dt.date | None) -> None:
    from eventdb.reports import date_bound

    assert date_bound(value, end=end) == expected


@pytest.mark.parametrize("value", ["June", "2025/06", "25-06", "2025-13", "2025-06-31"])
def test_bad_dates(value: str) -> None:
    from eventdb.reports import date_bound

    with pytest.raises(ValueError):
        date_bound(value)


# -- the seed article, loaded by the real extractor ----------------------------------------------------


def test_seed_article_end_to_end(cli_env: str) -> None:
    from conftest import SEED

    ok("load", str(SEED))
    variants = ["North Korea", "Korea Północna", "KRLD", "Pjongjang", "Korei Północnej", "Koreańskiej Republiki "
                "Ludowo-Demokratycznej"]
    found = [event_ids("--actor", name) for name in variants]
    assert found[0] and all(f == found[0] for f in found)
    every = event_ids()
    assert set(found[0]) < set(every)
    for event_id in every:
        text = ok("show", "event", str(event_id))
        assert "»" in text and "«" in text
    source = ok("show", "source", "1")
    assert f"{len(every)} events" in source and "[Rosja]{1}" in source
    parts = json.loads(ok("summary", "--format", "json"))
    assert sum(r["events"] for r in parts["events_by_type"]) == len(every)
    assert parts["sources"][0]["languages"] == "pl"
    actor = json.loads(ok("show", "actor", "Pjongjangu", "--format", "json"))
    assert [a["actor"]["name"] for a in actor] == ["North Korea"]
