"""Sentences and tokens: offsets into the text, abbreviations that do and do not end a sentence; lines of a web
page that are no part of the article (links to other articles, captions, bylines)."""

from __future__ import annotations

import pytest

from eventdb.extract.text import quoted_name_end, split_sentences, tokenize, without_boilerplate


def sentences(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text
    return [s.text for s in out]


@pytest.mark.parametrize("text", [
    "Do Rosji trafiło 12 tys. Koreańczyków z Północy.",
    "Rosja zapłaci 2 mln. Dolarów nie podano.",  # a multiplier before a genitive goes on
    "Poparło to 40 proc. Ukraińców i Polaków.",
    "Przyjechało 3 tys. Koreańczyków z Północy.",
    "Rosja zapłaci 5 mln. Tenvora nie podała waluty.",  # an unknown word may be what is counted
    "Jak powiedział gen. Kyryło Budanow, wojska wycofano.",
    "Płk. Andrij Jusow poinformował o stratach.",
    "Wśród dostaw są m.in. Pociski KN-23 i amunicja.",
    "Chodzi np. O drony typu Gerań.",
    "Przybyło ok. 300 żołnierzy.",
    "W 2024 r. Rosja podpisała traktat z KRLD.",
    "HUR szacuje, że od końca 2023 r. Rosjanie wystrzelili co najmniej 60 rakiet.",
    "Wywiad ocenia, że w 2025 r. Korea Północna wysłała kolejnych żołnierzy.",
    "Umowę, którą w 2024 r. Moskwa podpisała z Pjongjangiem, ratyfikowano.",
    "Według NIS do końca 2025 r. Pjongjang wyśle 6 tys. saperów.",
    "Ekspert pyta, czy w 2026 r. Rosja zapłaci za amunicję.",
    "Zgodnie z planem przyjętym w 2024 r. NATO rozmieściło tam wojska.",
    # a word after a preposition is its noun, though morfeusz also reads "jesieni" as a verb
    "NIS oceniała, że od jesieni 2024 r. Pjongjang wysłał do Rosji 15 tys. żołnierzy.",
    # a caliber and an administrative unit before what they qualify
    "Co miesiąc trafia 20 tys. pocisków kal. 170 mm i kilka tysięcy rakiet.",
    "Ostrzelano wsie w obw. zaporoskim i woj. podkarpackim.",
    # an ordinal before the adjectives of a unit's name
    "– Atakują małymi grupami – mówi Ołeh Marczenko, rzecznik 47. Samodzielnej Brygady Zmechanizowanej.",
    # titles before a name: retired, attorney, prosecutor, director, member of parliament, senator, admirals
    "– To propaganda – mówi ppłk w st. spocz. Andrzej Kosiński, ekspert.",
    "Sprawę prowadzi prok. Jan Nowak, a broni mec. Anna Kowal i adw. Piotr Zięba.",
    "List podpisali dyr. Adam Lis, pos. Ewa Kot i sen. Jan Mól.",
    "Flotą dowodzi kontradm. Piotr Nowak, a jego zastępcą jest wiceadm. Jan Kos.",
])
def test_one_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, first", [
    ("Traktat podpisano w 2024 r. Rosja zaczęła dostawy jesienią.", "Traktat podpisano w 2024 r."),
    ("Wywiad ocenia, że umowę podpisano w 2024 r. Moskwa temu zaprzecza.", "Wywiad ocenia, że umowę podpisano w 2024 r."),
    ("Żołnierze przybyli w listopadzie. Rosja temu zaprzecza.", "Żołnierze przybyli w listopadzie."),
    ("Ilu ich jest? Tego nie wiadomo.", "Ilu ich jest?"),
    ("„Nie wyślemy wojsk” – powiedział. Kreml milczy.", "„Nie wyślemy wojsk” – powiedział."),
    ("Dostarczono pociski, drony itd. Rosja płaci w rublach.", "Dostarczono pociski, drony itd."),
    ("Zakład zatrudnia 200 osób.\n\nNowy akapit bez kropki", "Zakład zatrudnia 200 osób."),
    ("Nagłówek bez kropki\n\nPierwsze zdanie artykułu.", "Nagłówek bez kropki"),
    ("Na froncie walczy 11 tys. żołnierzy. Kolejne 3 tys. przybędzie w grudniu.",
     "Na froncie walczy 11 tys. żołnierzy."),
    ("Atak nastąpił 3 listopada 2024 r. Ukraina odpowiedziała ostrzałem.", "Atak nastąpił 3 listopada 2024 r."),
    ("Puszylin mówił o tym już w 2023 r. W połowie sierpnia wicepremier odwiedził Pjongjang.",
     "Puszylin mówił o tym już w 2023 r."),
    ("Kontrakt podpisano w 2024 r. Z Rosji wyjechało potem 100 osób.", "Kontrakt podpisano w 2024 r."),
    ("Dostawy ruszyły jesienią 2024 r. Pjongjang wysłał też żołnierzy.", "Dostawy ruszyły jesienią 2024 r."),
    # a multiplier's dot before a word that cannot be counted by it ends the sentence
    ("Rosja dostała łącznie ponad 5 mln. Transporty idą koleją.", "Rosja dostała łącznie ponad 5 mln."),
    ("Poparło to 40 proc. Sondaż zrobiono w maju.", "Poparło to 40 proc."),
    # "pl." that ends a web address is no abbreviation ("pl." for "plac")
    ("Tak podał serwis Wirtualnemedia.pl. Rosja milczy.", "Tak podał serwis Wirtualnemedia.pl."),
])
def test_sentence_ends(text: str, first: str) -> None:
    got = sentences(text)
    assert len(got) == 2 and got[0] == first


@pytest.mark.parametrize("text, abbreviation", [
    ("Przybyło ok. 300 żołnierzy.", "ok."),
    ("Jak powiedział gen. Budanow.", "gen."),
    ("Wysłano 12 tys. ludzi.", "tys."),
    ("Płk. Jusow potwierdził.", "Płk."),
    ("Wśród nich m.in. saperzy.", "m.in."),
    ("Chodzi np. o drony.", "np."),
    ("W 2024 r. podpisano traktat.", "r."),
    ("Koszt 5 mln zł.", "zł."),
    ("Wzrost o 40 proc. w skali roku.", "proc."),
    ("Dowódca tzw. korpusu.", "tzw."),
])
def test_an_abbreviation_is_one_token_with_its_dot(text: str, abbreviation: str) -> None:
    tokens = tokenize(text)
    assert abbreviation in [t.text for t in tokens]
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(("text", "number"), [
    ("Vessels of 1,000-4,000 dwt carry it.", "1,000-4,000"),  # a range with thousands separators is one number
    ("Zatrudnia 1.000-2.000 osób.", "1.000-2.000"),
    ("Odcinek 10-15 km.", "10-15"),
    ("Haubice 152-mm strzelają.", "152-mm"),
    ("Między 2,5-3 tys. ludzi.", "2,5-3"),
    ("Kadłuby mają 75-90m.", "75-90"),  # a unit glued to a range is a word of its own
    ("Odcinek 20-25km.", "20-25"),
    ("Zatrudnia 5-6tys. osób.", "5-6"),
    ("Eksport wzrósł 2-3-krotnie.", "2-3-krotnie"),  # not a unit: the compound stays whole
    ("Chłopiec 14-letni.", "14-letni"),
])
def test_a_hyphenated_number_is_one_token(text: str, number: str) -> None:
    assert number in [t.text for t in tokenize(text) if t.kind == "number"]


@pytest.mark.parametrize(("gap", "expected"), [
    ("\n\n", True), ("\r\n\r\n", True), ("\n \n", True), ("  \n\t\n", False),
    (" ", False), ("\n", False), ("", False),
])
def test_paragraph_break(gap: str, expected: bool) -> None:
    from eventdb.extract.text import is_paragraph_break

    assert is_paragraph_break(gap) is expected


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Masowiec „Kapitan Gołubiew” wypłynął.", True),  # a ship's name
        ("Mówi „Nowej Europie Wschodniej” ekspert.", True),  # an outlet's name
        ("Powiedział: „Putin kłamie”.", False),  # words said: a verb
        ("Napisał „nie wiem”.", False),  # no capital
        ("Tytuł „A, B” jest dziwny.", False),  # punctuation inside
        ("„Jeden Dwa Trzy Cztery Pięć Sześć Siedem” to nie nazwa.", False),  # too long to be a name
    ],
)
def test_a_short_quoted_name(text: str, closed: bool) -> None:
    tokens = tokenize(text)
    opening = next(k for k, t in enumerate(tokens) if t.text == "„")
    end = quoted_name_end(tokens, opening)
    assert (end is not None) == closed
    if end is not None:
        assert tokens[end].text == "”"


@pytest.mark.parametrize("line", [
    "Czytaj także: Putin spotkał się z Kimem. Rozmawiali o broni",
    "CZYTAJ TEŻ: Korea Północna wysłała kolejne 3 tys. żołnierzy",
    "Zobacz również: Ukraina ostrzega porty",
    "Fot. PAP/EPA/KCNA",
    "Fot.: Reuters",
    "Źródło: Reuters, PAP",
    "Autor: Jan Kowalski",
    "Oprac. Anna Nowak",
    "Reklama",
    "  Tagi: Rosja, Korea Północna",
    "Read more: Russia sends 3,000 more troops",
    "Photo: AP",
])
def test_boilerplate_lines_are_blanked(line: str) -> None:
    text = f"Rosja dostała 100 pocisków.\n\n{line}\n\nKorea Północna wysłała 3 tys. żołnierzy."
    out = without_boilerplate(text)
    assert len(out) == len(text)
    assert line not in out and out.replace(" ", "") == text.replace(line, "").replace(" ", "")
    assert [s.text for s in split_sentences(out)] == ["Rosja dostała 100 pocisków.", "Korea Północna wysłała 3 tys. żołnierzy."]


@pytest.mark.parametrize("line", [
    "Autor raportu twierdzi, że Rosja dostała 100 pocisków.",  # no colon: a sentence of the article
    "Źródła w rządzie podają, że żołnierze już dotarli.",
    "Fotografie satelitarne pokazują nowe magazyny.",
    "Zobacz, ile kosztuje jeden pocisk: 2 mln dolarów.",
    "Reklama produktów zbrojeniowych jest w Korei zakazana.",
    "Według źródła: „Rosja płaci”.",  # a label inside a line, not at its start
])
def test_article_lines_stay(line: str) -> None:
    text = f"Rosja dostała 100 pocisków.\n\n{line}"
    assert without_boilerplate(text) == text


def test_extraction_skips_boilerplate_and_keeps_offsets() -> None:
    import datetime as dt

    from eventdb.extract import extract

    body = ("Korea Północna wysłała do Rosji kolejne 3 tys. żołnierzy.\n\nFot. PAP/EPA/KCNA\n\n"
            "Czytaj także: Putin spotkał się z Kim Dzong Unem w Pekinie\n\nŹródło: Reuters")
    x = extract(body, published_on=dt.date(2025, 11, 20))
    assert {e.event_type for e in x.events} == {"troop_deployment"}  # the linked headline's meeting is not this one's
    assert {m.entity.name for m in x.mentions} == {"North Korea", "Russia"}
    for item in (*x.mentions, *x.quantities):
        assert body[item.start : item.end] == item.text


@pytest.mark.parametrize(("text", "sentences"), [
    # English abbreviations inside a sentence: months before a day, "U.S.", "a.m."
    ("A drone strike at 4:30 a.m. on Oct. 12 destroyed two guns. The U.S. Treasury said so.",
     ["A drone strike at 4:30 a.m. on Oct. 12 destroyed two guns.", "The U.S. Treasury said so."]),
    ("It began in Jan. 2024 and went on.", ["It began in Jan. 2024 and went on."]),
    # a Polish abbreviation written with a capital is one too
    ("Do Gen. Nowaka napisano list. Odpowiedział.", ["Do Gen. Nowaka napisano list.", "Odpowiedział."]),
])
def test_english_abbreviations_inside_a_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(("text", "language", "sentences"), [
    # a number's dot before a capital ends an English sentence; in Polish it makes an ordinal
    ("A tanker was seen on Dec. 17. It was the sixth such sighting.", "en",
     ["A tanker was seen on Dec. 17.", "It was the sixth such sighting."]),
    ("The guns fired 120 rounds. Ukrainian drones hit them.", "en",
     ["The guns fired 120 rounds.", "Ukrainian drones hit them."]),
    ("Żołnierze 80. Brygady walczą pod Kurskiem.", "pl", ["Żołnierze 80. Brygady walczą pod Kurskiem."]),
])
def test_a_numbers_dot_before_a_capital(text: str, language: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text, language)] == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("Żołnierze walczyli z 155. Brygadą pod Pokrowskiem.", ["Żołnierze walczyli z 155. Brygadą pod Pokrowskiem."]),
    ("Służył w 12. Brygadzie.", ["Służył w 12. Brygadzie."]),
    # a preposition the unit's case does not follow: the number ends a sentence
    ("Liczba ofiar wzrosła do 80. Armia temu zaprzecza.", ["Liczba ofiar wzrosła do 80.", "Armia temu zaprzecza."]),
])
def test_an_ordinal_of_a_unit_after_a_preposition(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_an_ordinal_before_a_unit_in_a_sentence_with_a_verb() -> None:
    text = "– Rotacje trwają – mówi Andrzej Nowicki, były oficer szczecińskiej 12. Brygady Zmechanizowanej. Potem wyjechał."
    assert [s.text for s in split_sentences(text)] == [
        "– Rotacje trwają – mówi Andrzej Nowicki, były oficer szczecińskiej 12. Brygady Zmechanizowanej.",
        "Potem wyjechał."]
