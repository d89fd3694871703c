"""Attribution cues and the speaker's place, through the whole pipeline with the shipped gazetteer:
"jak dowiedział się X", a reporting verb followed by a time phrase, and a speaker who is not the
subject of what he reports ("Zełenski poinformował, że zginęło 200 żołnierzy")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract
from eventdb.extract.model import Event

PUBLISHED = dt.date(2025, 11, 20)


def events(text: str) -> list[Event]:
    return extract(text, published_on=PUBLISHED).events


def cited(event: Event) -> list[str]:
    return [a.cited.name for a in sorted(event.attributions, key=lambda a: a.position)]


def agents(event: Event) -> set[str]:
    return {r.entity.name for r in event.roles if r.role == "agent"}


@pytest.mark.parametrize("text, source", [
    ("Jak dowiedział się korespondent RMF FM w Brukseli, Unia Europejska nałoży sankcje na Iran.", "RMF FM"),
    ("Jak nieoficjalnie dowiedziała się agencja Reuters, Korea Północna wysłała do Rosji kolejne pociski.", "Reuters"),
    ("Jak dowiaduje się PAP, Rosja przekaże Korei Północnej myśliwce.", "PAP"),
    ("Jak przypomina ISW, Kreml od miesięcy werbuje robotników z KRLD.", "Institute for the Study of War"),
    ("Jak nieoficjalnie ustaliła agencja Reuters, Chiny dostarczają Rosji komponenty do dronów.", "Reuters"),
    ("Jak zapewnia Kreml, Rosja nie wysłała żołnierzy na Białoruś.", "Russia"),
    ("Jak wyjaśnia agencja Yonhap, Pjongjang wysłał do Rosji kolejne pociski.", "Yonhap"),
    ("Jak ogłosiła agencja KCNA, Kim Dzong Un odwiedził zakłady zbrojeniowe.", "KCNA"),
    ("Wołodymyr Zełenski poinformował w ubiegły czwartek, że Rosja wysłała na Białoruś rakiety.",
     "Volodymyr Zelensky"),
    ("HUR poinformował w ubiegły weekend, że Korea Północna wysłała do Rosji kolejne pociski.", "HUR"),
    ("Wołodymyr Zełenski poinformował we wtorek wieczorem, że Rosja wysłała na Białoruś rakiety.",
     "Volodymyr Zelensky"),
])
def test_the_source_of_a_cue(text: str, source: str) -> None:
    found = [e for e in events(text) if e.event_type != "statement"]
    assert found and all(cited(e)[:1] == [source] for e in found), [(e.event_type, cited(e)) for e in found]


@pytest.mark.parametrize("text", [
    "Jak się dowiedzieliśmy, Rosja szkoli żołnierzy z KRLD.",  # no one named: the publisher, already recorded
    "Jak wiadomo, Rosja szkoli żołnierzy z KRLD.",
    "Rosja, jak się okazuje, szkoli żołnierzy z KRLD.",
    "Korea Północna wysłała do Rosji kolejne pociski, co potwierdza wcześniejsze doniesienia.",
])
def test_no_source_is_named(text: str) -> None:
    assert all(cited(e) == [] for e in events(text)), [(e.event_type, cited(e)) for e in events(text)]


@pytest.mark.parametrize("text, event_type, expected_agents", [
    ("Wołodymyr Zełenski poinformował, że w obwodzie kurskim zginęło 200 żołnierzy.", "casualties", set()),
    ("Wołodymyr Zełenski poinformował, że w obwodzie kurskim zginęło 200 żołnierzy z Korei Północnej.",
     "casualties", {"North Korea"}),
    ("HUR podał, że w ciągu tygodnia zginęło kilkuset żołnierzy z KRLD.", "casualties", {"North Korea"}),
    ("Rosja zapowiedziała, że wyśle 200 żołnierzy.", "troop_deployment", {"Russia"}),
    ("Kreml zapowiedział, że wyśle do obwodu kurskiego 200 żołnierzy.", "troop_deployment", {"Russia"}),
    ("Łukaszenka zapowiedział, że chce odwiedzić Pjongjang.", "visit", {"Alexander Lukashenko"}),
    # the body a cited person works for ("z PISM") belongs to the source's phrase, not to what is reported
    ("Według dr. Jana Kowalskiego z PISM Rosja wysłała do KRLD 20 tys. ton ropy.", "economic_support",
     {"Russia"}),
    ("Zdaniem eksperta Jana Kowalskiego z grupy Informacyjny Opór przerzucenie wojsk KRLD na południe oznacza "
     "nową ofensywę.", "troop_deployment", {"North Korea"}),
])
def test_a_speaker_is_the_subject_only_of_what_agrees_with_him(
    text: str, event_type: str, expected_agents: set[str]
) -> None:
    found = [e for e in events(text) if e.event_type == event_type]
    assert found and agents(found[0]) == expected_agents, [(e.event_type, agents(e)) for e in events(text)]


@pytest.mark.parametrize("text, source", [
    # a speaker after a verb that follows the statement, past a time phrase and a long name of his body
    ("Na froncie walczy 12 tys. żołnierzy KRLD – poinformował w poniedziałek rzecznik Sił Obronnych Południa "
     "Ukrainy Władysław Wołoszyn.", "Vladyslav Voloshyn"),
    ("Do Rosji trafiło 12 tys. żołnierzy KRLD – przekazał we wtorek wieczorem szef Głównego Zarządu Wywiadu "
     "Ministerstwa Obrony Ukrainy Kyryło Budanow.", "Kyrylo Budanov"),
    ("KRLD wysłała do Rosji pociski – poinformował w środę rzecznik Sztabu Generalnego Sił Zbrojnych Ukrainy.",
     "General Staff of the Armed Forces of Ukraine"),
    ("KRLD wysłała do Rosji pociski – podała w czwartek agencja Yonhap.", "Yonhap"),
    ("KRLD wysłała do Rosji pociski – poinformował Kyryło Budanow.", "Kyrylo Budanov"),
])
def test_a_postposed_speaker_past_a_long_name(text: str, source: str) -> None:
    found = [e for e in events(text) if e.event_type != "statement"]
    assert found and all(cited(e)[:1] == [source] for e in found), [(e.event_type, cited(e)) for e in found]


@pytest.mark.parametrize("text, source", [
    # "według niej" before a subject that may read as an object: the pronoun is the source
    ("Hanna Liubakowa uważa, że sytuacja jest trudna. Według niej Białoruś przekazała Rosji 130 czołgów.",
     "Hanna Liubakowa"),
    ("Kyryło Budanow zabrał głos. Według niego Korea Północna wysłała do Rosji pociski.", "Kyrylo Budanov"),
    # the document's maker in a relative clause after the cue
    ("W rosyjskich zakładach pracuje 15 tys. obywateli KRLD – wynika z raportu, który w poniedziałek "
     "opublikowała agencja Reuters.", "Reuters"),
    ("Według raportu, który opublikował Reuters, KRLD wysłała do Rosji 10 tys. żołnierzy.", "Reuters"),
    ("Według analizy, którą przygotował Instytut Studiów nad Wojną, KRLD wysłała do Rosji pociski.",
     "Institute for the Study of War"),
    # the reportative mood goes on with what the sentence before cited
    ("Jak podaje NIS, KRLD wysłała do Rosji 10 tys. żołnierzy. Do rosyjskich portów miało trafić 13 tys. "
     "kontenerów z uzbrojeniem.", "National Intelligence Service"),
    # so does its present ("mają produkować": are said to produce)
    ("Według HUR Rosja otrzymała od KRLD 250 pocisków. Zakłady w Korei Północnej mają produkować 15 rakiet "
     "miesięcznie.", "HUR"),
    # a document with no name of its own, or its authors, of the body cited before
    ("KRLD wysłała do Rosji pociski – wynika z raportu Instytutu Studiów nad Wojną. Według autorów raportu "
     "Pjongjang dostarczył Rosji 100 pocisków balistycznych.", "Institute for the Study of War"),
    ("KRLD wysłała do Rosji pociski – wynika z raportu Instytutu Studiów nad Wojną. Jak czytamy w dokumencie, "
     "Moskwa przekazała Pjongjangowi systemy Pancyr.", "Institute for the Study of War"),
])
def test_sources_by_pronoun_relative_clause_and_reportative_mood(text: str, source: str) -> None:
    found = [e for e in events(text) if e.event_type != "statement"]
    assert found and all(cited(e)[:1] == [source] for e in found), [(e.event_type, cited(e)) for e in found]


@pytest.mark.parametrize("text", [
    # not: a relative clause whose verb is no publishing, a reportative sentence after one that cites nobody,
    # a plain past after a cited sentence
    "Według raportu, który Rosja odrzuciła, KRLD wysłała żołnierzy.",
    "KRLD wysłała do Rosji 10 tys. żołnierzy. Do rosyjskich portów miało trafić 13 tys. kontenerów z uzbrojeniem.",
    "Rosja dostarczyła KRLD ropę.",
    # "mają produkować" after a sentence that cites nobody
    "Rosja otrzymała od KRLD 250 pocisków. Zakłady w Korei Północnej mają produkować 15 rakiet miesięcznie.",
    # a report after a person spoke: no person writes it here
    "Kyryło Budanow zabrał głos. Według raportu Rosja wysłała do KRLD 20 tys. ton ropy.",
])
def test_no_source_carried_over(text: str) -> None:
    found = [e for e in events(text) if e.event_type not in ("statement", "denial")]
    assert found and all(cited(e) == [] for e in found), [(e.event_type, cited(e)) for e in found]


def test_a_plan_of_ones_own_after_a_cited_sentence_is_not_cited() -> None:
    found = events("Jak podaje NIS, KRLD wysłała do Rosji 10 tys. żołnierzy. Rosja planuje wysłać do KRLD myśliwce.")
    assert [(e.event_type, cited(e)) for e in found] == [
        ("troop_deployment", ["National Intelligence Service"]), ("arms_transfer", [])]


def test_a_plain_statement_after_a_cited_sentence_is_not_cited() -> None:
    found = events("Jak podaje NIS, KRLD wysłała do Rosji 10 tys. żołnierzy. Rosja dostarczyła KRLD ropę.")
    assert [(e.event_type, cited(e)) for e in found] == [
        ("troop_deployment", ["National Intelligence Service"]), ("economic_support", [])]


@pytest.mark.parametrize("text, speaker", [
    # a title after the verb that follows a quotation stands for the person named before
    ("Rzecznik Władysław Wołoszyn zabrał głos. „Strzelają celniej” – mówił rzecznik w rozmowie z TOK FM.",
     "Vladyslav Voloshyn"),
    ("Rzecznik Władysław Wołoszyn zabrał głos. „Strzelają celniej” – powiedział rzecznik.", "Vladyslav Voloshyn"),
    ("Kyryło Budanow udzielił wywiadu. „Rosja się zbroi” – ocenił generał.", "Kyrylo Budanov"),
    ("Siergiej Szojgu przyleciał do Pjongjangu. „To historyczna wizyta” – oświadczył minister.", "Sergei Shoigu"),
])
def test_a_postposed_title_is_the_person_named_before(text: str, speaker: str) -> None:
    found = [e for e in events(text) if e.event_type == "statement"]
    assert found and agents(found[-1]) == {speaker}, [(e.event_type, agents(e)) for e in events(text)]


@pytest.mark.parametrize("text", [
    "„Strzelają celniej” – powiedział rzecznik.",  # nobody named before
    "Korea Północna milczy. „Strzelają celniej” – powiedział rzecznik.",  # no person named before
])
def test_a_postposed_title_with_nobody_named_before(text: str) -> None:
    assert [e for e in events(text) if e.event_type == "statement"] == []


@pytest.mark.parametrize("text, expected", [
    # a clause after ", a" with a speaking verb of its own is not what the first speaker reported
    ("Rzecznik Kremla Dmitrij Pieskow ocenił, że dokument „nie zasługuje na uwagę”, a rzeczniczka chińskiego MSZ "
     "Mao Ning odrzuciła zarzuty dotyczące eksportu do Rosji.", [("statement", []), ("denial", [])]),
    ("Ławrow stwierdził, że sankcje są nielegalne; Pieskow dodał, że KRLD wysłała pociski.",
     [("statement", []), ("statement", []), ("arms_transfer", ["Dmitry Peskov"])]),
    # a clause after ", a" that only goes on with the report stays the first speaker's
    ("HUR poinformował, że KRLD wysłała do Rosji pociski, a Rosja przekazała KRLD ropę.",
     [("arms_transfer", ["HUR"]), ("economic_support", ["HUR"])]),
    ("HUR podał, że KRLD wysłała do Rosji pociski, a Rosja dostarczyła KRLD ropę.",
     [("arms_transfer", ["HUR"]), ("economic_support", ["HUR"])]),
])
def test_what_a_speaker_reports_ends_where_another_speaks(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(e.event_type, cited(e)) for e in events(text)] == expected


@pytest.mark.parametrize("text, source", [
    # "jak" before any reporting verb of the lexicon opens a cue
    ("Dziś – jak wylicza agencja Interfax – Rosja wysyła do KRLD 10 tys. ton pszenicy miesięcznie.", "Interfax"),
    ("Jak zaznaczył Kyryło Budanow, KRLD wysłała do Rosji pociski.", "Kyrylo Budanov"),
    ("Jak mówi Kyryło Budanow, KRLD wysłała do Rosji pociski.", "Kyrylo Budanov"),
    ("Jak przypomina agencja Yonhap, KRLD wysłała do Rosji pociski.", "Yonhap"),
    ("Jak wskazuje HUR, KRLD wysłała do Rosji pociski.", "HUR"),
])
def test_jak_before_any_reporting_verb(text: str, source: str) -> None:
    found = [e for e in events(text) if e.event_type != "statement"]
    assert found and all(cited(e)[:1] == [source] for e in found), [(e.event_type, cited(e)) for e in found]


@pytest.mark.parametrize("text", [
    "Jak wiadomo, KRLD wysłała do Rosji pociski.",  # no reporting verb, no source
    "Jak mówi przysłowie, KRLD wysłała do Rosji pociski.",  # no named source
])
def test_jak_without_a_named_source(text: str) -> None:
    assert all(cited(e) == [] for e in events(text)), [(e.event_type, cited(e)) for e in events(text)]
