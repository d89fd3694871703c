"""Who a quotation cites, through the whole pipeline with the shipped gazetteer: quotations that run over
several sentences, statements carried by an outlet ("– powiedział w rozmowie z Suspilne rzecznik X"), names
inside the quoted title of a paper, a speaker after rank abbreviations, and reporting verbs that take a
complement only ("zastrzega, że", "zwraca uwagę, że")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract
from eventdb.extract.events import quotations
from eventdb.extract.model import Event
from eventdb.extract.text import split_sentences

PUBLISHED = dt.date(2025, 11, 20)


def events(text: str) -> list[Event]:
    return extract(text, published_on=PUBLISHED).events


def cited(event: Event) -> list[str]:
    return [a.cited.name for a in sorted(event.attributions, key=lambda a: a.position)]


def agents(event: Event) -> set[str]:
    return {r.entity.name for r in event.roles if r.role == "agent"}


def told(text: str) -> list[tuple[str, list[str]]]:
    """(type, chain) of the events that are not statements."""
    return [(e.event_type, cited(e)) for e in events(text) if e.event_type != "statement"]


def statements(text: str) -> list[tuple[set[str], list[str]]]:
    return [(agents(e), cited(e)) for e in events(text) if e.event_type == "statement"]


# --- quotations over several sentences


@pytest.mark.parametrize("text, chain", [
    # the speaker named after the closing mark
    ("„W obwodzie kurskim działa dziś od 3 do 4 tys. północnokoreańskich artylerzystów. To oni ostrzeliwują"
     " Sumszczyznę” – powiedział rzecznik HUR Andrij Jusow.", ["Andriy Yusov"]),
    ("„Rosja produkuje dziś ok. 4,5 mln pocisków rocznie. Korea Północna dostarczyła jej kolejne 2 mln” –"
     " ocenia Marek Jankowski z Ośrodka Studiów Wschodnich.", ["Marek Jankowski"]),
    # and the outlet that carries the speaker
    ("„Korea Północna wysłała do Rosji 3 tys. żołnierzy. Kolejni mają przyjechać wiosną” – powiedział w"
     " rozmowie z telewizją Suspilne rzecznik HUR Andrij Jusow.", ["Suspilne", "Andriy Yusov"]),
    # every clause of the quotation's last sentence, not only the one next to the speaker's verb
    ("„Biełousow nie przyjechał tylko dziękować. Korea Północna wysłała do Rosji 3 tys. żołnierzy, a Kim chce w"
     " zamian technologii” – ocenił dr Michał Lipski.", ["Michał Lipski"]),
    # the speaker named before the opening mark
    ("Kyryło Budanow mówi: „Korea Północna wysłała do Rosji 3 tys. żołnierzy. Rosja dostarczyła Korei"
     " Północnej myśliwce”.", ["Kyrylo Budanov"]),
    ("Szef HUR Kyryło Budanow powiedział: „Mamy dowody. Korea Północna przekazała Rosji 120 wyrzutni”.",
     ["Kyrylo Budanov"]),
])
def test_a_quotation_over_sentences_cites_its_speaker(text: str, chain: list[str]) -> None:
    found = told(text)
    assert found and all(c == chain for _t, c in found), found


@pytest.mark.parametrize("text", [
    # a quotation in one sentence, and the next sentence on its own
    "„To poważny problem” – powiedział Andrij Jusow. Korea Północna wysłała do Rosji 3 tys. żołnierzy.",
    # what precedes the opening mark is not quoted
    "Korea Północna wysłała do Rosji 3 tys. żołnierzy. „Tego się spodziewaliśmy. To nie koniec” – mówi"
    " Andrij Jusow.",
    # no speaker named at either end
    "„Korea Północna wysłała do Rosji 3 tys. żołnierzy. Rosja dostarczyła Korei Północnej myśliwce” – czytamy.",
    # a closing mark after the next sentence is too late for a stray opening one
    "„Uwaga. " + "Tak było. " * 9 + "Korea Północna wysłała do Rosji 3 tys. żołnierzy” – mówi Andrij Jusow.",
])
def test_no_quotation_carries_a_speaker(text: str) -> None:
    found = told(text)
    if text.startswith("„Uwaga"):
        found = [(t, c) for t, c in found if c]
        assert found == [("troop_deployment", ["Andriy Yusov"])]  # only the sentence of the closing mark
    else:
        assert found and all(c == [] for _t, c in found), found


def test_a_speaker_does_not_cite_himself() -> None:
    text = ("„Kim Dzong Un odwiedził Moskwę. Korea Północna wysłała do Rosji 3 tys. żołnierzy” – powiedział"
            " Kim Dzong Un.")
    by_type = {e.event_type: cited(e) for e in events(text)}
    assert by_type.get("visit") == [], by_type
    assert by_type.get("troop_deployment") == ["Kim Jong Un"], by_type


@pytest.mark.parametrize("text, spans", [
    ("„Jeden. Dwa” – mówi X.", [(0, 1)]),
    ("Raz. „Jeden”. Dwa.", []),
    ('"Jeden. Dwa" - mówi X. "Trzy" i "cztery".', [(0, 1)]),
    ("„Jeden. Dwa. Trzy” – mówi X. „Cztery”.", [(0, 2)]),
])
def test_quotation_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert [(a, b) for a, b, _o, _c in quotations(split_sentences(text))] == spans


# --- a statement carried by an outlet


@pytest.mark.parametrize("text, speaker, chain", [
    ("„Przyjmiemy ich bez warunków” – zapewnił w rozmowie z agencją Yonhap wiceminister zjednoczenia Park"
     " Min-soo.", "Park Min-soo", ["Yonhap"]),
    ("„Sprawdzamy każdy zapalnik” – mówi cytowany przez Reuters kpt. Ołeh Marczuk, dowódca baterii.",
     "Ołeh Marczuk", ["Reuters"]),
    ("Rzecznik dowództwa ppłk Andrij Kowtun powiedział w rozmowie z telewizją Suspilne, że Koreańczycy stracili"
     " 420 żołnierzy.", "Andrij Kowtun", ["Suspilne"]),
    ("Budanow, cytowany przez Reuters, powiedział, że Korea Północna wysłała 3 tys. żołnierzy.",
     "Kyrylo Budanov", ["Reuters"]),
    ("W rozmowie z Onetem dr Joanna Gil, sinolożka z Uniwersytetu Jagiellońskiego, zwraca uwagę, że Chiny"
     " dostarczają Rosji drony.", "Joanna Gil", ["Onet"]),
    # no outlet: the statement cites nobody, not its own speaker
    ("„Przyjmiemy ich bez warunków” – zapewnił wiceminister zjednoczenia Park Min-soo.", "Park Min-soo", []),
    ("„Sprawdzamy każdy zapalnik” – mówi kpt. Ołeh Marczuk, dowódca baterii.", "Ołeh Marczuk", []),
])
def test_a_statement_is_cited_by_the_outlet_that_carries_it(text: str, speaker: str, chain: list[str]) -> None:
    assert statements(text) == [({speaker}, chain)]


def test_the_outlet_stays_first_for_what_the_speaker_reports() -> None:
    text = "Budanow, cytowany przez Reuters, powiedział, że Korea Północna wysłała 3 tys. żołnierzy."
    assert told(text) == [("troop_deployment", ["Reuters", "Kyrylo Budanov"])]


# --- names inside the quoted title of a paper; a speaker after rank abbreviations


@pytest.mark.parametrize("text, speaker", [
    ("„Pjongjang zapłaci krwią swoich żołnierzy” – mówi „Skrzydlatej Polsce” płk pil. rez. Adam Kurowski.",
     "Adam Kurowski"),
    ("„Rosja dostarcza drony” – mówi „Dziennikowi Polskiemu” prof. dr hab. Jan Kowalski.", "Jan Kowalski"),
    ("„Rosja dostarcza drony” – mówi „Gazecie Krakowskiej” gen. bryg. Jan Nowak.", "Jan Nowak"),
    ("„Rosja dostarcza drony” – mówi „Kurierowi Lubelskiemu” st. sierż. Jan Nowak.", "Jan Nowak"),
])
def test_a_speaker_after_a_quoted_paper_and_ranks(text: str, speaker: str) -> None:
    assert [a for a, _c in statements(text)] == [{speaker}]


@pytest.mark.parametrize("text, hidden", [
    ("Wywiad ukazał się w „Skrzydlatej Polsce” w marcu.", "Poland"),
    ("Tekst opublikował „Nowy Dziennik Ukraiński” w Toronto.", "Ukraine"),
    ("Statek „Kapitan Gołubiew” wpłynął do portu Rajin.", None),
])
def test_a_name_inside_a_quoted_title_is_the_title(text: str, hidden: str | None) -> None:
    names = {m.entity.name for m in extract(text, published_on=PUBLISHED).mentions}
    if hidden is not None:
        assert hidden not in names, names
    assert any(n.startswith(text.split("„")[1].split("”")[0].split()[0]) for n in names), names


@pytest.mark.parametrize("text, name", [
    ("Ukraina i „Rosja” to dwa państwa.", "Russia"),  # a name that fills the quotes stays what it is
    ("Felieton ukazał się w „Rzeczpospolitej”.", "Rzeczpospolita"),
    ("Według „Nowej Gazety Europa” Rosja wysłała drony.", "Novaya Gazeta Europe"),  # a known title, inflected
])
def test_a_name_that_fills_the_quotes(text: str, name: str) -> None:
    names = {m.entity.name for m in extract(text, published_on=PUBLISHED).mentions}
    assert name in names, names


# --- reporting verbs with a complement


@pytest.mark.parametrize("text, chain", [
    ("NIS zwraca uwagę, że Korea Północna wysłała do Rosji 3 tys. żołnierzy.", ["National Intelligence Service"]),
    ("ISW zwróciło uwagę, że Rosja dostarczyła Korei Północnej myśliwce.", ["Institute for the Study of War"]),
    ("Analitycy ISW przewidują, że Rosja dostarczy Korei Północnej myśliwce.", ["Institute for the Study of War"]),
    ("HUR zastrzega, że Korea Północna wysłała do Rosji 3 tys. żołnierzy.", ["HUR"]),
    ("Kyryło Budanow powiedział, że Korea wysłała pociski. Zastrzega, że Korea Północna wysłała do Rosji"
     " 3 tys. żołnierzy.", ["Kyrylo Budanov"]),
])
def test_verbs_that_report_with_a_complement(text: str, chain: list[str]) -> None:
    found = [c for t, c in told(text) if t == "troop_deployment" or t == "arms_transfer"]
    assert found and found[-1] == chain, told(text)


@pytest.mark.parametrize("text", [
    "Rosja zwróciła Ukrainie 20 jeńców, a Korea Północna wysłała do Rosji 3 tys. żołnierzy.",
    "NIS zwraca uwagę na przepływ technologii. Korea Północna wysłała do Rosji 3 tys. żołnierzy.",
    "Rosja przewiduje w budżecie pieniądze na zakup dronów, a Korea Północna wysłała do Rosji 3 tys. żołnierzy.",
])
def test_the_same_verbs_without_a_complement_report_nothing(text: str) -> None:
    assert all(c == [] for _t, c in told(text)), told(text)


# --- a body's noun after the verb names the source before


@pytest.mark.parametrize("text, chain", [
    ("Według Zariny Doguzowej do Wonsanu poleci 2 tys. Rosjan. Jak pisze dziennik „JoongAng Ilbo”, samolotami"
     " latają rosyjscy oficerowie. Maszyny mają zabierać do Moskwy rannych żołnierzy KRLD – twierdzi gazeta.",
     ["Korea JoongAng Daily"]),  # the paper, not the person named before it
    ("Szef HUR Kyryło Budanow mówił o froncie. „Rosja dostarcza Korei Północnej drony” – dodał rzecznik.",
     ["Kyrylo Budanov"]),  # a person's title: the person named before
    # a body's noun that fits no source before names none
    ("Jak podaje Reuters, Rosja wysłała drony. „Korea Północna wysłała 3 tys. żołnierzy” – twierdzi resort.", []),
])
def test_a_title_after_the_verb(text: str, chain: list[str]) -> None:
    last = [c for _t, c in told(text)][-1]
    assert last == chain, told(text)
