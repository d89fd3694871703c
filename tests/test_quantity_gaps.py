"""Quantity parser: an adjective on either side of a money, priced or measured noun ("zamrożonych aktywów"), "min"
as mines rather than minutes, "miast" as cities rather than "instead of", hyphenated noun-noun compounds lemmatized
part by part ("wagonów-platform" -> "wagon-platforma"), and a bare amount that goes on counting the noun of the
sentence before ("Kolejne 3 tys. ma dotrzeć w grudniu." -> soldier).

Each case is a constructed sentence (or two) with every quantity the parser must read from it (span, number, unit,
qualifier, counted object); an empty list means the text holds no amount."""

from __future__ import annotations

from typing import Any

import pytest

from eventdb.extract.model import Quantity
from eventdb.extract.quantities import find_quantities
from eventdb.extract.text import split_sentences

# (span, value or (low, high), unit, qualifier, counted)
Found = tuple[str, Any, str, str, str | None]


def quantities(text: str, *, carry: bool = True) -> list[Quantity]:
    """The quantities of ``text``, each sentence given those found before it, the sentence before it in its
    paragraph and all the sentences before it (as the extraction does; a blank line starts a paragraph)."""
    out: list[Quantity] = []
    sentences = split_sentences(text)
    for k, sentence in enumerate(sentences):
        same_paragraph = k > 0 and "\n\n" not in text[sentences[k - 1].end : sentence.start]
        out.extend(find_quantities(sentence, [], (), previous=out if carry else (),
                                   before=sentences[k - 1 : k] if same_paragraph else (), earlier=sentences[:k]))
    for q in out:
        assert text[q.start : q.end] == q.text  # every span slices back from the body
    return out


def found(text: str, *, carry: bool = True) -> list[Found]:
    rows: list[Found] = []
    for q in quantities(text, carry=carry):
        number = q.value if q.value is not None else (q.low, q.high)
        rows.append((q.text, number, q.unit, q.qualifier, q.counted))
    return rows


def cases(*rows: tuple[str, list[Found]]) -> list[object]:
    return [pytest.param(text, expected, id=text[:70]) for text, expected in rows]


# ------------------------------------------------------------------- an adjective on either side of a money noun

MONEY_ADJECTIVES = cases(
    ("UE zablokowała 2 mld euro zamrożonych aktywów.",
     [("2 mld euro", 2e9, "EUR", "exact", "frozen assets")]),
    ("UE zablokowała 2 mld euro aktywów zamrożonych.",
     [("2 mld euro", 2e9, "EUR", "exact", "frozen assets")]),
    ("Przeznaczono 2 mld dolarów wojskowej pomocy.",
     [("2 mld dolarów", 2e9, "USD", "exact", "military aid")]),
    ("Przeznaczono na humanitarną pomoc 300 mln euro.",
     [("300 mln euro", 3e8, "EUR", "exact", "humanitarian aid")]),
    ("Obronny budżet wyniesie 50 mld dolarów.",
     [("50 mld dolarów", 5e10, "USD", "exact", "defence budget")]),
    ("Handlowa wymiana sięgnęła 30 mld dolarów.",
     [("30 mld dolarów", 3e10, "USD", "exact", "trade turnover")]),
    ("Zbrojeniowy kontrakt o wartości 2 mld dolarów podpisano w Moskwie.",
     [("2 mld dolarów", 2e9, "USD", "exact", "value")]),
    ("Wartość zamrożonych aktywów wynosi 300 mld euro.",
     [("300 mld euro", 3e11, "EUR", "exact", "frozen assets")]),
    # measured nouns: what a percent change measures
    ("Produkcyjne moce wzrosły o 30 proc.",
     [("30 proc.", 30, "percent", "exact", "production capacity growth")]),
    ("Handlowe obroty spadły o 20 proc.",
     [("20 proc.", 20, "percent", "exact", "trade decrease")]),
    ("Cena naftowej ropy spadła o 10 proc.",
     [("10 proc.", 10, "percent", "exact", "oil price decrease")]),
    # must not match: an adjective that is not the key's keeps the noun's own label
    ("Przeznaczono 2 mld dolarów amerykańskiej pomocy.",
     [("2 mld dolarów amerykańskiej", 2e9, "USD", "exact", "aid")]),
    ("UE ma 2 mld euro zagranicznych rosyjskich aktywów.",
     [("2 mld euro", 2e9, "EUR", "exact", "assets")]),
    # (though a sentence of freezing names them, see refinements)
    ("UE zablokowała 2 mld euro zamrożonych rosyjskich aktywów.",
     [("2 mld euro", 2e9, "EUR", "exact", "frozen assets")]),
    ("UE zablokowała 2 mld euro aktywów państwowych.",
     [("2 mld euro", 2e9, "EUR", "exact", "state assets")]),
    ("Przeznaczono 2 mld dolarów na szkolenie armii.",  # money set aside: a budget
     [("2 mld dolarów", 2e9, "USD", "exact", "budget")]),
)


@pytest.mark.parametrize(("text", "expected"), MONEY_ADJECTIVES)
def test_money_adjective_either_side(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------------ "min": mines or minutes

MINES = cases(
    ("Saperzy usunęli 12 min przeciwpancernych.",
     [("12 min przeciwpancernych", 12, "item", "exact", "anti-tank mine")]),
    ("Saperzy wykryli ponad 300 min lądowych.",
     [("ponad 300 min lądowych", 300, "item", "more_than", "landmine")]),
    ("Podczas rozminowania znaleziono kilkaset min.",
     [("kilkaset min.", (200, 999), "item", "vague", "mine")]),
    ("Rosjanie postawili 1000 min przeciwpiechotnych.",
     [("1000 min przeciwpiechotnych", 1000, "item", "exact", "anti-personnel mine")]),
    ("Trałowce wykryły 15 min morskich.",
     [("15 min morskich", 15, "item", "exact", "naval mine")]),
    ("Saperzy usunęli 40 min z pola.",
     [("40 min", 40, "item", "exact", "mine")]),
    ("Znaleziono 20 min typu TM-62.",
     [("20 min", 20, "item", "exact", "mine")]),
    ("Rosjanie podłożyli kilkaset min.",
     [("kilkaset min.", (200, 999), "item", "vague", "mine")]),
    # must not match: minutes
    ("Przejazd trwał 5 min.", [("5 min.", 5, "minute", "exact", "duration")]),
    ("Dotarli tam po 10 min jazdy.", [("10 min", 10, "minute", "exact", "duration")]),
    ("Na przejazd był czas 15 min.", [("15 min.", 15, "minute", "exact", "duration")]),
    ("Atak trwał 12 min.", [("12 min.", 12, "minute", "exact", "duration")]),
    ("Saperzy pracowali 30 min.", [("30 min.", 30, "minute", "exact", "duration")]),
    ("Po 20 min saperzy wrócili.", [("20 min", 20, "minute", "exact", "duration")]),
    ("W ciągu 10 min rozminowano drogę.", [("10 min", 10, "minute", "exact", "duration")]),
    ("Co 5 min odpalano rakietę.", [("5 min", 5, "minute", "exact", "interval")]),  # how often
)


@pytest.mark.parametrize(("text", "expected"), MINES)
def test_min_mines_or_minutes(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# -------------------------------------------------------------------------------- "miast": cities, not "instead of"

CITIES = cases(
    ("Rosjanie zniszczyli 8 okupowanych miast.",
     [("8 okupowanych miast", 8, "item", "exact", "occupied city")]),
    ("Ostrzelano kilkanaście miast.", [("kilkanaście miast", (11, 19), "item", "vague", "city")]),
    ("Ostrzelano setki miast i wsi.", [("setki miast", (200, 999), "item", "vague", "city")]),
    ("Drony zaatakowały ponad 20 miast.", [("ponad 20 miast", 20, "item", "more_than", "city")]),
    ("Prąd wyłączono w 2 tys. miast.", [("2 tys. miast", 2000, "item", "exact", "city")]),
    ("Rakiety spadły na 12 dużych miast.", [("12 dużych miast", 12, "item", "exact", "city")]),
    ("Ewakuowano mieszkańców dziesięciu miast.", [("dziesięciu miast", 10, "item", "exact", "city")]),
    ("Ataki objęły dziesiątki miast.", [("dziesiątki miast", (20, 99), "item", "vague", "city")]),
    # must not match: a preposition, or a noun the lexicon does not count
    ("Od 2014 do 2022 trwały walki.", []),
    ("Na front trafiło 5 tys. miast 10 tys. żołnierzy.",
     [("5 tys.", 5000, "count", "exact", None), ("10 tys. żołnierzy", 10000, "person", "exact", "soldier")]),
    ("Miast walczyć, 30 żołnierzy zdezerterowało.", [("30 żołnierzy", 30, "person", "exact", "soldier")]),
    ("Wzrost o 12 proc. od stycznia.", [("12 proc.", 12, "percent", "exact", None)]),
)


@pytest.mark.parametrize(("text", "expected"), CITIES)
def test_miast_cities(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------ hyphenated noun-noun compounds

# (text, span, counted, counted lemma)
COMPOUNDS = [
    ("Dostarczono 20 wagonów-platform.", "20 wagonów-platform", "flatcar", "wagon-platforma"),
    ("Z 15 wagonami-platformami przyjechał pociąg.", "15 wagonami-platformami", "flatcar", "wagon-platforma"),
    ("Rosja wystrzeliła 30 dronów-wabików.", "30 dronów-wabików", "decoy drone", "dron-wabik"),
    ("W jednostce służy 50 kobiet-żołnierzy.", "50 kobiet-żołnierzy", "woman soldier", "kobieta-żołnierz"),
    # a compound the lexicon does not name counts as its head, the first part
    ("Rosja kupiła 12 dronów-kamikadze.", "12 dronów-kamikadze", "drone", "dron"),
    ("Dostarczono 40 wagonów-cystern.", "40 wagonów-cystern", "wagon", "wagon"),
    ("Wysłano 3 samoloty-cysterny.", "3 samoloty-cysterny", "aircraft", "samolot"),
    ("Wypłynęło 5 statków-widm.", "5 statków-widm", "ship", "statek"),
    # neither the compound nor its head in the lexicon: the lemma has each part lemmatized
    ("Zbudowano 7 ptaków-robotów.", "7 ptaków-robotów", "ptak-robot", "ptak-robot"),
    # must not match: adjective compounds and names are no noun-noun compounds
    ("Podpisano 5 polsko-ukraińskich umów.", "5 polsko-ukraińskich umów", "agreement", "umowa"),
    ("Odbyło się 10 rosyjsko-koreańskich ćwiczeń.", "10 rosyjsko-koreańskich ćwiczeń", "exercise", "ćwiczenie"),
    ("W Bielsku-Białej mieszka 170 tys. osób.", "170 tys. osób", "person", "osoba"),
]


@pytest.mark.parametrize(("text", "span", "counted", "lemma"), COMPOUNDS, ids=[c[1] for c in COMPOUNDS])
def test_hyphenated_compounds(text: str, span: str, counted: str, lemma: str) -> None:
    [q] = quantities(text)
    assert (q.text, q.counted, q.counted_lemma) == (span, counted, lemma)


# ------------------------------------------------------------------- a bare amount going on with the sentence before

CARRIED = cases(
    ("Do Rosji trafiło 12 tys. żołnierzy. Kolejne 3 tys. ma dotrzeć w grudniu.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("Kolejne 3 tys.", 3000, "person", "exact", "soldier")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Ponad 3 tys. zginęło.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("Ponad 3 tys.", 3000, "person", "more_than", "soldier")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Jeszcze 500 czeka na wyjazd.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"), ("500", 500, "person", "exact", "soldier")]),
    ("KRLD przekazała 5 mln pocisków. Kolejne 2 mln trafią na front wiosną.",
     [("5 mln pocisków", 5e6, "item", "exact", "artillery shell"), ("Kolejne 2 mln", 2e6, "item", "exact", "artillery shell")]),
    ("Rosja kupiła 6 tys. dronów. Ok. 2 tys. dostarczono w marcu.",
     [("6 tys. dronów", 6000, "item", "exact", "drone"), ("Ok. 2 tys.", 2000, "item", "approx", "drone")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Kolejne kilkaset dotrze wiosną.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("Kolejne kilkaset", (200, 999), "person", "vague", "soldier")]),
    # must not match: a year, a percent, a unit, money, a small number word, no count going on
    ("Do Rosji trafiło 12 tys. żołnierzy. Rok 2025 przyniósł zmiany.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. W 2024 r. było to 300 proc. więcej.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"), ("300 proc.", 300, "percent", "exact", "difference")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Przeszli ponad 300 km.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("ponad 300 km", 300, "km", "more_than", "distance")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Kolejne 3 mln USD wydano na broń.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("Kolejne 3 mln USD", 3e6, "USD", "exact", "value")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Kontrakt opiewa na ponad 3 mld.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("ponad 3 mld", 3e9, "count", "more_than", None)]),
    # number words carry no noun over, but a numeral of men counts persons by its form (in the role its clause gives)
    ("Walczyło sześciu cudzoziemców. Czterech zginęło, a dwaj pozostali trafili do niewoli.",
     [("sześciu cudzoziemców", 6, "person", "exact", "foreigner"), ("Czterech", 4, "person", "exact", "person"),
      ("dwaj pozostali", 2, "person", "exact", "prisoner of war")]),
    ("Do Rosji trafiło 12 tys. żołnierzy. 300 zginęło.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier")]),
    ("Transport przewiózł 12 t amunicji. Kolejne 3 tys. dotrze w grudniu.",
     [("12 t amunicji", 12, "t", "exact", "ammunition"), ("Kolejne 3 tys.", 3000, "count", "exact", None)]),
    ("Do Rosji trafiło 12 tys. żołnierzy. Wojna trwa. Kolejne 3 tys. ma dotrzeć w grudniu.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("Kolejne 3 tys.", 3000, "count", "exact", None)]),
)


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_carried_from_sentence_before(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


def test_carried_points_at_the_noun_of_the_sentence_before() -> None:
    text = "Do Rosji trafiło 12 tys. żołnierzy. Kolejne 3 tys. ma dotrzeć w grudniu."
    first, second = quantities(text)
    assert second.counted_token == first.counted_token is not None
    assert (second.counted_lemma, second.sentence) == ("żołnierz", first.sentence + 1)


def test_nothing_carried_without_the_sentences_before() -> None:
    text = "Do Rosji trafiło 12 tys. żołnierzy. Kolejne 3 tys. ma dotrzeć w grudniu."
    assert found(text, carry=False)[1] == ("Kolejne 3 tys.", 3000, "count", "exact", None)


def test_sentence_counted_noun_wins_over_the_carried_one() -> None:
    text = "Do Rosji trafiło 12 tys. żołnierzy. Wysłano też 50 czołgów, a kolejne 30 dotrze później."
    assert found(text)[1:] == [("50 czołgów", 50, "item", "exact", "tank"), ("kolejne 30", 30, "item", "exact", "tank")]


# ------------------------------------------------------------------- what a sum of money is, from its clause

MONEY_CLAUSE = cases(
    # the subject of a measuring verb, behind its genitives and a time phrase
    ("Obroty handlowe Chin i Rosji w okresie od stycznia do lipca wyniosły 136,7 mld dolarów.",
     [("136,7 mld dolarów", 136.7e9, "USD", "exact", "trade turnover")]),
    ("Wymiana handlowa między Rosją a KRLD w ubiegłym roku sięgnęła 34 mln dolarów.",
     [("34 mln dolarów", 34e6, "USD", "exact", "trade turnover")]),
    ("Budżet obronny Rosji na przyszły rok według projektu ustawy wyniesie 13 bln rubli.",
     [("13 bln rubli", 13e12, "RUB", "exact", "defence budget")]),
    # a verb of stealing: theft
    ("Hakerzy z KRLD ukradli w ubiegłym roku 1,34 mld dolarów.",
     [("1,34 mld dolarów", 1.34e9, "USD", "exact", "theft")]),
    ("Grupa Lazarus zrabowała z giełdy 600 mln dolarów.",
     [("600 mln dolarów", 600e6, "USD", "exact", "theft")]),
    # must not match: a verb of giving with goods, not money; a subject in another clause; stolen things
    ("Rosja przekazała Korei Północnej 5 tys. ton ropy.", [("5 tys. ton ropy", 5000, "t", "exact", "oil")]),
    ("Hakerzy ukradli 40 laptopów.", [("40 laptopów", 40, "item", "exact", "laptop")]),
    ("Japonia przekaże Ukrainie 3 mld dolarów.", [("3 mld dolarów", 3e9, "USD", "exact", "value")]),  # aid or pay
    ("Grupa ukradła dane, a potem zapłaciła 5 mln dolarów.", [("5 mln dolarów", 5e6, "USD", "exact", "value")]),
    ("Obroty handlowe spadły, a Rosja zapłaciła 2 mld dolarów.",
     [("2 mld dolarów", 2e9, "USD", "exact", "value")]),
    ("Koszt wojny rośnie. Rosja wydała na wojsko w tym roku 150 mld dolarów.",
     [("150 mld dolarów", 150e9, "USD", "exact", "spending")]),
)


@pytest.mark.parametrize(("text", "expected"), MONEY_CLAUSE)
def test_money_named_by_its_clause(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------- a person's years are an age, whatever the gender

AGES = cases(
    ("63-letnia pani zginęła w ataku.", [("63-letnia", 63, "year", "exact", "age")]),
    ("Zginęła 25-letnia Olga Petrenko.", [("25-letnia", 25, "year", "exact", "age")]),
    ("Ranna została 40-letnia kobieta.", [("40-letnia", 40, "year", "exact", "age")]),
    ("Ranne zostało 8-letnie dziecko.", [("8-letnie", 8, "year", "exact", "age")]),
    ("Wśród zabitych jest 19-letnia studentka.", [("19-letnia", 19, "year", "exact", "age")]),
    ("Zginął 24-letni mężczyzna.", [("24-letni", 24, "year", "exact", "age")]),
    ("Zatrzymano 35-letnią obywatelkę Białorusi.", [("35-letnią", 35, "year", "exact", "age")]),
    ("Zmarła 70-letnia mieszkanka Charkowa.", [("70-letnia", 70, "year", "exact", "age")]),
    # must not match: a period or a thing keeps its duration
    ("Rosja podpisała trzyletni kontrakt na dostawy.", [("trzyletni kontrakt", 3, "year", "exact", "contract term")]),
    ("Po 5-letniej przerwie wznowiono rozmowy.", [("5-letniej przerwie", 5, "year", "exact", "duration")]),
    ("Trwa 3-letnia wojna.", [("3-letnia wojna", 3, "year", "exact", "duration")]),
    ("Podpisano 10-letnią umowę.", [("10-letnią umowę", 10, "year", "exact", "contract term")]),
)


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_a_persons_years_are_an_age(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- "one" as the unit of a price is no count

PER_UNIT = cases(
    ("Koszt jednego drona to 20 tys. dolarów.", [("20 tys. dolarów", 20000, "USD", "exact", "cost")]),
    ("Cena jednej rakiety sięga 3 mln dolarów.", [("3 mln dolarów", 3e6, "USD", "exact", "price")]),
    ("Szkolenie jednego oficera kosztuje Rosję fortunę.", []),
    ("Wartość jednego pocisku jest niska.", []),
    ("Utrzymanie jednego żołnierza jest drogie.", []),
    ("Produkcja jednego Gerania zajmuje dobę.", []),
    ("Leczenie jednego żołnierza kosztuje średnio ok. 420 tys. rubli.",
     [("ok. 420 tys. rubli", 420000, "RUB", "approx", "cost")]),
    # a year span before the next amount's qualifier counts nothing ("ok." is not "oko", an eye)
    ("Budżet przeznaczył w latach 2025–2027 ok. 150 mld rubli.",
     [("ok. 150 mld rubli", 150e9, "RUB", "approx", "value")]),
    # must not match: "one" as a count after a verb, a time phrase or a preposition
    ("Rosjanie zabili jednego żołnierza.", [("jednego żołnierza", 1, "person", "exact", "soldier")]),
    ("Rosja straciła w ciągu doby jednego żołnierza.",
     [("w ciągu doby", 1, "day", "exact", "period"), ("jednego żołnierza", 1, "person", "exact", "soldier")]),
    ("Zatrzymano jednego obywatela KRLD.", [("jednego obywatela", 1, "person", "exact", "citizen")]),
    ("Koszt dwóch dronów to 40 tys. dolarów.",
     [("dwóch dronów", 2, "item", "exact", "drone"), ("40 tys. dolarów", 40000, "USD", "exact", "cost")]),
)


@pytest.mark.parametrize(("text", "expected"), PER_UNIT)
def test_one_as_the_unit_of_a_price(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- senses, crews, farm goods, sentences

NAMED_BY_CONTEXT = cases(
    ("Wyrzutnie Koksan wystrzeliły 22 rakiety.", [("22 rakiety", 22, "item", "exact", "rocket")]),
    ("Rosja wystrzeliła 22 rakiety na Kijów.", [("22 rakiety", 22, "item", "exact", "missile")]),  # no launcher
    ("Zakład produkuje kilkaset korpusów rakiet miesięcznie.",
     [("kilkaset korpusów rakiet miesięcznie", (200, 999), "item/month", "vague", "missile body")]),
    ("Rosja wysłała dwa korpusy do obwodu kurskiego.", [("dwa korpusy", 2, "item", "exact", "corps")]),
    ("Na froncie działa co najmniej 12 obsług artyleryjskich.",
     [("co najmniej 12 obsług artyleryjskich", 12, "item", "at_least", "artillery crew")]),
    ("Rosja dostarczyła 5 tys. sztuk bydła.", [("5 tys. sztuk bydła", 5000, "item", "exact", "cattle")]),
    ("Rosja dostarczyła 25 tys. ton sadzeniaków.",
     [("25 tys. ton sadzeniaków", 25000, "t", "exact", "seed potato")]),
    ("Spłonęło ponad 40 samochodów.", [("ponad 40 samochodów", 40, "item", "more_than", "car")]),
    ("Spłonęło 40 samochodów ciężarowych.", [("40 samochodów ciężarowych", 40, "item", "exact", "truck")]),
    # a term of prison, and the period a noun before "na" names
    ("Grozi mu do 8 lat więzienia.", [("do 8 lat więzienia", 8, "year", "up_to", "prison term")]),
    ("Sąd skazał go na 5 lat pozbawienia wolności.", [("5 lat pozbawienia", 5, "year", "exact", "prison term")]),
    ("Podpisano kontrakt na trzy lata.", [("trzy lata", 3, "year", "exact", "contract term")]),
    ("Sąd wydał wyrok na pięć lat.", [("pięć lat", 5, "year", "exact", "sentence")]),
    # a fraction written with a slash is a share; numbers written together, in thousands, or "i pół"
    ("Około 2/3 amunicji pochodzi z Korei.", [("Około 2/3 amunicji", 67, "percent", "approx", "share")]),
    ("Rosja zapłaciła 1/3 ceny.", [("1/3 ceny", 33, "percent", "exact", "share")]),
    ("Dostarczono 2 mln 300 tys. pocisków.",
     [("2 mln 300 tys. pocisków", 2.3e6, "item", "exact", "artillery shell")]),
    ("Zakład produkuje dwa i pół tysiąca dronów miesięcznie.",
     [("dwa i pół tysiąca dronów miesięcznie", 2500, "item/month", "exact", "drone")]),
    ("Sąd skazał go na pięć i pół roku więzienia.",
     [("pięć i pół roku więzienia", 5.5, "year", "exact", "prison term")]),
    ("KRLD wysłała do Rosji 12-tysięczny kontyngent.",
     [("12-tysięczny kontyngent", 12000, "person", "exact", "soldier")]),
    ("Kurs trwał 3 mies. Potem wrócili do kraju.", [("3 mies.", 3, "month", "exact", "duration")]),
    ("Celnicy zatrzymali 860 modułów nawigacji satelitarnej.",
     [("860 modułów nawigacji satelitarnej", 860, "item", "exact", "navigation module")]),
    # "do" after a verb or noun of change and what it changes: the level reached, exact, named by the sum changed;
    # not a capacity ("może produkować do 300")
    ("Rząd zwiększył kwotę stypendiów do 1 tys. miejsc rocznie.",
     [("1 tys. miejsc rocznie", 1000, "item/year", "exact", "place")]),
    ("Program zakłada wzrost obrotów do 1 mld dolarów rocznie.",
     [("1 mld dolarów rocznie", 1e9, "USD/year", "exact", "trade turnover")]),
    ("Ministerstwo podniesie zapomogę dla uciekinierów do 10 mln wonów.",
     [("10 mln wonów", 1e7, "KRW", "exact", "grant")]),
    ("Fabryka może produkować do 300 dronów miesięcznie.",
     [("do 300 dronów miesięcznie", 300, "item/month", "up_to", "drone")]),
    # a qualifier before "z odległości", "z" qualifies the distance; detecting from a distance is a range
    ("Stacje wykrywają samoloty nawet z odległości 600 km.",
     [("nawet z odległości 600 km", 600, "km", "up_to", "range")]),
    ("Radary wykrywają nisko lecące obiekty nawet z 300 km.", [("nawet z 300 km", 300, "km", "up_to", "range")]),
    ("Do Rosji trafiło nawet z 10 tys. żołnierzy.", [("10 tys. żołnierzy", 10000, "person", "exact", "soldier")]),
    # transfers between ships in a bay
    ("Raport opisuje 16 przeładunków w Zatoce Piotra Wielkiego.",
     [("16 przeładunków", 16, "item", "exact", "ship-to-ship transfer")]),
    # "jeden na pięć": a share; not a rate ("dwa na dobę": a rate of the trains named before it)
    ("Jeden na pięć pocisków nie wybucha.", [("Jeden na pięć pocisków", 20, "percent", "exact", "share")]),
    ("Pociągi jeżdżą dwa na dobę.", [("dwa na dobę", 2, "item/day", "exact", "train")]),
    # a rate or a unit price written with a slash
    ("Stawka to 30 zł/h.", [("30 zł/h", 30, "PLN/hour", "exact", "wage")]),
    ("Płaca wynosi 2,5 tys. zł/mies.", [("2,5 tys. zł/mies.", 2500, "PLN/month", "exact", "wage")]),
    ("Cena wynosi 75 USD/baryłkę.", [("75 USD/baryłkę", 75, "USD/barrel", "exact", "price")]),
    ("Rosja produkuje 100 dronów/dobę.", [("100 dronów/dobę", 100, "item/day", "exact", "drone")]),
    # a period (or a kilometre) alone after a qualifier is one; not a date counted back
    ("Szkolenie potrwa nawet rok.", [("nawet rok", 1, "year", "up_to", "training")]),
    ("Statki wyłączają transpondery nawet na tydzień.", [("nawet na tydzień", 1, "week", "up_to", "duration")]),
    ("Przęsło ma niespełna kilometr.", [("niespełna kilometr", 1, "km", "less_than", "length")]),
    ("Nawet rok temu nikt o tym nie mówił.", []),
    # one period within which something happens; not one an amount is told per, nor "during the day"
    ("Hale rozbudowano w ciągu roku o 12 tys. m kw.",
     [("w ciągu roku", 1, "year", "exact", "period"), ("12 tys. m kw.", 12000, "m2", "exact", "area")]),
    ("W ciągu najbliższego roku powstaną dwie fabryki.",
     [("W ciągu najbliższego roku", 1, "year", "exact", "period"), ("dwie fabryki", 2, "item", "exact", "factory")]),
    ("Fabryka wyprodukowała 10 tys. dronów w ciągu roku.", [("10 tys. dronów", 10000, "item", "exact", "drone")]),
    ("Drony latają głównie w ciągu dnia.", []),
    ("W ciągu lat współpraca rosła.", []),
    # years written as the law writes them, in a sentence of punishment; not an age limit, not "since"
    ("Grozi mu kara do lat 10.", [("do lat 10", 10, "year", "up_to", "prison term")]),
    ("Grozi mu kara pozbawienia wolności od lat 3 do 15.",
     [("od lat 3 do 15", (3, 15), "year", "range", "prison term")]),
    ("Dzieci do lat 10 jadą za darmo.", []),
    ("Od lat 5 współpracują.", []),
    # a container of a size is named by what it holds
    ("Rodziny dostały 50-kilogramowy worek ryżu.", [("50-kilogramowy worek ryżu", 50, "kg", "exact", "rice")]),
    ("Na placu stał 40-tonowy czołg.", [("40-tonowy czołg", 40, "t", "exact", "weight")]),
    # must not match: "na" after a word that names no period
    ("Wyjechali na trzy lata.", [("trzy lata", 3, "year", "exact", "duration")]),
    ("Podpisano umowy na dostawy na 5 lat.", [("5 lat", 5, "year", "exact", "duration")]),
)


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_CONTEXT)
def test_named_by_context(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- the role of counted demonyms

DEMONYM_ROLES = cases(
    ("Według wywiadu kilkuset Koreańczyków składa drony w Iżewsku.",
     [("kilkuset Koreańczyków", (200, 999), "person", "vague", "worker")]),
    ("W szwalniach szyje mundury 2 tys. Koreańczyków.", [("2 tys. Koreańczyków", 2000, "person", "exact", "worker")]),
    ("W fabryce pracuje 400 Koreańczyków.", [("400 Koreańczyków", 400, "person", "exact", "worker")]),
    ("Na froncie walczy 2 tys. Koreańczyków z Północy.",
     [("2 tys. Koreańczyków z Północy", 2000, "person", "exact", "soldier")]),
    # a bare amount after the demonym takes the role its own clause tells
    ("Kilkuset Koreańczyków składa drony, a co najmniej 400 pracuje przy produkcji amunicji.",
     [("Kilkuset Koreańczyków", (200, 999), "person", "vague", "worker"),
      ("co najmniej 400", 400, "person", "at_least", "worker")]),
    ("Do Rosji przyjechało 5 tys. Koreańczyków, a 2 tys. walczy na froncie.",
     [("5 tys. Koreańczyków", 5000, "person", "exact", "person"), ("2 tys.", 2000, "person", "exact", "soldier")]),
    # must not match: no role in the clause
    ("Do Rosji przyjechało 5 tys. Koreańczyków, a 2 tys. wróciło do domu.",
     [("5 tys. Koreańczyków", 5000, "person", "exact", "person"), ("2 tys.", 2000, "person", "exact", "person")]),
    ("Granicę przekroczyło 300 Koreańczyków.", [("300 Koreańczyków", 300, "person", "exact", "person")]),
    ("Do Władywostoku przyleciało 50 Koreańczyków.", [("50 Koreańczyków", 50, "person", "exact", "person")]),
    ("Rosja produkuje drony, a do Moskwy przyjechało 20 Koreańczyków.",
     [("20 Koreańczyków", 20, "person", "exact", "person")]),
)


@pytest.mark.parametrize(("text", "expected"), DEMONYM_ROLES)
def test_demonym_roles(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- the subject of "jest" and "them" counted

COUNTED_SUBJECTS = cases(
    # the genitive plural before a form of "być" is what the bare amount after it counts
    ("Żołnierzy KRLD jest w Rosji ok. 12 tys.", [("ok. 12 tys.", 12000, "person", "approx", "soldier")]),
    ("Rannych było ponad 100.", [("ponad 100", 100, "person", "more_than", "wounded")]),
    ("Czołgów jest tam ok. 200.", [("ok. 200", 200, "item", "approx", "tank")]),
    ("Dronów będzie w tym roku co najmniej 5 tys.", [("co najmniej 5 tys.", 5000, "item", "at_least", "drone")]),
    # "ich" after people named before in the sentence counts them
    ("Umowa dotyczy żołnierzy KRLD stacjonujących w Rosji – według Seulu jest ich tam ok. 12 tys.",
     [("ok. 12 tys.", 12000, "person", "approx", "soldier")]),
    ("Do Rosji przylecieli robotnicy z KRLD; według wywiadu jest ich już ponad 3 tys.",
     [("ponad 3 tys.", 3000, "person", "more_than", "worker")]),
    # must not match: no counted noun before the verb, or the noun is not genitive plural, or a clause between
    ("Według danych jest ok. 200.", [("ok. 200", 200, "count", "approx", None)]),
    ("Żołnierze są tam od dawna, a według Seulu jest ok. 12 tys.", [("ok. 12 tys.", 12000, "count", "approx", None)]),
    ("Czołgów nie widać, ale jest ok. 200.", [("ok. 200", 200, "count", "approx", None)]),
    ("Taki wynik jest ponad 5 tys. razy lepszy.", []),
)


@pytest.mark.parametrize(("text", "expected"), COUNTED_SUBJECTS)
def test_counted_subject_of_be(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- a wage goes on being told

WAGES_GO_ON = cases(
    # an unnamed sum in a clause with no verb of its own after a monthly wage is monthly too
    ("Szeregowy dostaje 100–150 dolarów miesięcznie, a podoficer ok. 300 dolarów.",
     [("100–150 dolarów miesięcznie", (100, 150), "USD/month", "range", "wage"),
      ("ok. 300 dolarów", 300, "USD/month", "approx", "wage")]),
    ("Pensja to 3–5 dolarów miesięcznie, więc już 100 dolarów to fortuna.",
     [("3–5 dolarów miesięcznie", (3, 5), "USD/month", "range", "wage"),
      ("100 dolarów", 100, "USD/month", "exact", "wage")]),
    # the first unnamed sum of the next sentence in the paragraph too
    ("Za robotnika państwo dostaje ok. 2 tys. dolarów miesięcznie. Budowlaniec kosztuje mniej – ok. 1,2 tys. dolarów.",
     [("ok. 2 tys. dolarów miesięcznie", 2000, "USD/month", "approx", "wage"),
      ("ok. 1,2 tys. dolarów", 1200, "USD/month", "approx", "value")]),
    ("Firma płaci 95 tys. rubli miesięcznie. Robotnik dostaje do ręki nie więcej niż 250 dolarów.",
     [("95 tys. rubli miesięcznie", 95000, "RUB/month", "exact", "value"),
      ("nie więcej niż 250 dolarów", 250, "USD/month", "at_most", "wage")]),
    # a wage goes on being paid per month a few sentences on in the paragraph
    ("Firma płaci 95 tys. rubli miesięcznie. Państwo zatrzymuje 80 proc. Robotnik dostaje do ręki 250–300 dolarów.",
     [("95 tys. rubli miesięcznie", 95000, "RUB/month", "exact", "value"),
      ("80 proc.", 80, "percent", "exact", "share"),
      ("250–300 dolarów", (250, 300), "USD/month", "range", "wage")]),
    ("Koreańczyk zarabia 800 dolarów miesięcznie. Miejscowi murarze zarabiają od 70 do 90 tys. rubli.",
     [("800 dolarów miesięcznie", 800, "USD/month", "exact", "wage"),
      ("od 70 do 90 tys. rubli", (70000, 90000), "RUB/month", "range", "wage")]),
    # must not match: a verb of its own, a sum its words name, a new paragraph, a sum far larger, no monthly sum
    ("Robotnik zarabia 300 dolarów miesięcznie, a firma zarobiła 5 mln dolarów.",
     [("300 dolarów miesięcznie", 300, "USD/month", "exact", "wage"), ("5 mln dolarów", 5_000_000, "USD", "exact", "wage")]),
    ("Robotnik zarabia 300 dolarów miesięcznie. Cały kontrakt jest wart 50 mln dolarów.",
     [("300 dolarów miesięcznie", 300, "USD/month", "exact", "wage"), ("50 mln dolarów", 50_000_000, "USD", "exact", "value")]),
    ("Za robotnika państwo dostaje ok. 2 tys. dolarów miesięcznie.\n\nBudowlaniec kosztuje mniej – ok. 1,2 tys. dolarów.",
     [("ok. 2 tys. dolarów miesięcznie", 2000, "USD/month", "approx", "wage"),
      ("ok. 1,2 tys. dolarów", 1200, "USD", "approx", "value")]),
    ("Robotnik zarabia 2 tys. dolarów miesięcznie. Chodzi łącznie o ok. 150 mld rubli.",
     [("2 tys. dolarów miesięcznie", 2000, "USD/month", "exact", "wage"), ("ok. 150 mld rubli", 150e9, "RUB", "approx", "value")]),
    ("Robotnik zarabia 2 tys. dolarów miesięcznie. Chodzi łącznie o ok. 150 tys. dolarów.",
     [("2 tys. dolarów miesięcznie", 2000, "USD/month", "exact", "wage"), ("ok. 150 tys. dolarów", 150e3, "USD", "approx", "value")]),
    ("Robotnik zarabia 2 tys. dolarów miesięcznie. Premia wynosi 50 tys. dolarów.",
     [("2 tys. dolarów miesięcznie", 2000, "USD/month", "exact", "wage"), ("50 tys. dolarów", 50_000, "USD", "exact", "bonus")]),
    ("Koreańczyk zarabia 800 dolarów miesięcznie. Rosja wysłała czołgi. Drony też. Rakiety też. Murarze zarabiają "
     "900 dolarów.",
     [("800 dolarów miesięcznie", 800, "USD/month", "exact", "wage"), ("900 dolarów", 900, "USD", "exact", "wage")]),
    ("Koreańczyk zarabia 800 dolarów miesięcznie.\n\nMiejscowi murarze zarabiają od 70 do 90 tys. rubli.",
     [("800 dolarów miesięcznie", 800, "USD/month", "exact", "wage"),
      ("od 70 do 90 tys. rubli", (70000, 90000), "RUB", "range", "wage")]),
    # a sum far larger than the rated one before it is a total; a period word that closes an amount before is its rate
    ("Resort szacuje koszt szkolenia na 600 tys. rubli rocznie, a całego programu – na ponad 500 mln rubli.",
     [("600 tys. rubli rocznie", 600000, "RUB/year", "exact", "cost"),
      ("ponad 500 mln rubli", 500e6, "RUB", "more_than", "cost")]),
    ("Zakład mrozi do 3,5 tys. ton surowca miesięcznie i zatrudnia ok. 600 pracowników.",
     [("do 3,5 tys. ton surowca miesięcznie", 3500, "t/month", "up_to", "raw material"),
      ("ok. 600 pracowników", 600, "person", "approx", "worker")]),
    ("Oferują 450 tys. rubli miesięcznie i kontrakty na 12 miesięcy.",
     [("450 tys. rubli miesięcznie", 450000, "RUB/month", "exact", "value"),
      ("12 miesięcy", 12, "month", "exact", "contract term")]),
    ("Bilet kosztuje 300 dolarów. Hotel to kolejne 500 dolarów.",
     [("300 dolarów", 300, "USD", "exact", "ticket price"), ("kolejne 500 dolarów", 500, "USD", "exact", "value")]),
)


@pytest.mark.parametrize(("text", "expected"), WAGES_GO_ON)
def test_wages_go_on(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------- bounds told by verbs and prepositions

BOUNDS_BEFORE = cases(
    # what may reach an amount, or is to reach it, reaches at most that
    ("Armatorowi grozi grzywna, która może sięgnąć 16 mln euro.", [("16 mln euro", 16e6, "EUR", "up_to", "fine")]),
    ("Roczne przewozy mają sięgnąć 1,2 mln ton.", [("1,2 mln ton", 1.2e6, "t/year", "up_to", "cargo")]),
    ("Koszt niszczyciela może sięgać 450–500 mln dolarów.",
     [("450–500 mln dolarów", (450e6, 500e6), "USD", "range", "cost")]),
    ("Roczna produkcja może sięgać 2 tys. dronów.", [("2 tys. dronów", 2000, "item/year", "up_to", "drone")]),
    # "nawet" and "średnio" before a preposition still qualify the amount after it
    ("Statek wyłącza transponder nawet na 40 godzin.", [("nawet na 40 godzin", 40, "hour", "up_to", "duration")]),
    ("Każdy pilot wylatał średnio po 60 godzin.", [("średnio po 60 godzin", 60, "hour", "approx", "flight hours")]),
    # thrust
    ("Silnik na paliwo stałe ma ciąg 1971 kN.", [("1971 kN", 1971, "kN", "exact", "thrust")]),
    # must not match: a verb of reaching with no modal, a qualifier of its own, a modal of another verb
    ("W 2025 r. obroty sięgnęły 58 mln dolarów.", [("58 mln dolarów", 58e6, "USD", "exact", "trade turnover")]),
    ("Obroty mogą sięgnąć ok. 100 mln dolarów.", [("ok. 100 mln dolarów", 100e6, "USD", "approx", "trade turnover")]),
    ("Firma może kupić 100 ton węgla.", [("100 ton węgla", 100, "t", "exact", "coal")]),
    ("Pojechali na 40 dni.", [("40 dni", 40, "day", "exact", "duration")]),
    # "z X do Y" after a verb of change a few words before: two levels, the one before measured as the one after
    ("UE obniży pułap cenowy na rosyjską ropę z 47,6 do 44,1 dolara za baryłkę.",
     [("47,6", 47.6, "USD/barrel", "exact", "oil price"), ("44,1 dolara za baryłkę", 44.1, "USD/barrel", "exact", "oil price")]),
    ("Pensje wzrosły z 300 dolarów do 500 dolarów miesięcznie.",
     [("300 dolarów", 300, "USD/month", "exact", "wage"), ("500 dolarów miesięcznie", 500, "USD/month", "exact", "wage")]),
    ("Koszt inwestycji wzrósł z pierwotnych 9,2 mld rubli do ok. 11 mld rubli.",
     [("9,2 mld rubli", 9.2e9, "RUB", "exact", "cost"), ("ok. 11 mld rubli", 11e9, "RUB", "approx", "cost")]),
    ("Korea dostarczyła ok. 250 pocisków. Fabryki produkują 10–15 z nich miesięcznie.",
     [("ok. 250 pocisków", 250, "item", "approx", "missile"), ("10–15 z nich miesięcznie", (10, 15), "item/month", "range", "missile")]),
    # the first months of a year are a span of dates, the last ones a period
    ("W pierwszych pięciu miesiącach roku Koreę odwiedziło 6 tys. turystów.",
     [("6 tys. turystów", 6000, "person", "exact", "tourist")]),
    ("W pierwszych dwóch tygodniach lutego przypłynęły 3 statki.", [("3 statki", 3, "item", "exact", "ship")]),
    ("W ostatnich trzech miesiącach odbyło się 12 lotów.",
     [("trzech miesiącach", 3, "month", "exact", "duration"), ("12 lotów", 12, "item", "exact", "flight")]),
    ("Pierwsze trzy drony spadły na miasto.", [("trzy drony", 3, "item", "exact", "drone")]),
    ("Hakerzy wyprali pieniądze w ciągu pierwszych 48 godzin.", [("48 godzin", 48, "hour", "exact", "duration")]),
    ("Przez pierwsze dwa miesiące szkolili się w Rosji.", [("dwa miesiące", 2, "month", "exact", "duration")]),
    # a model counted by itself; a unit of the sum before is that sum's only; men as the object of an impersonal verb
    ("Grupa zidentyfikowała 83 Koksany i 41 wyrzutni.",
     [("83 Koksany", 83, "item", "exact", "self-propelled gun"), ("41 wyrzutni", 41, "item", "exact", "launcher")]),
    ("Przy cenach rzędu 650 dolarów za tonę taki wolumen to towar wart ok. 220 mln dolarów.",
     [("rzędu 650 dolarów za tonę", 650, "USD/t", "approx", "price"), ("ok. 220 mln dolarów", 220e6, "USD", "approx", "value")]),
    ("Pięciu zatrzymano na granicy.", [("Pięciu", 5, "person", "exact", "person")]),
    ("Trzy wysłano do Rosji.", []),
    # "ludzie" in an article that counts soldiers are soldiers; elsewhere, and "osoby", persons
    ("Do Rosji trafiło 12 tys. żołnierzy. Nowi jadą w transportach liczących od 800 do 1000 ludzi.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"),
      ("od 800 do 1000 ludzi", (800, 1000), "person", "range", "soldier")]),
    ("W KRLD głoduje ok. 10,7 mln ludzi.", [("ok. 10,7 mln ludzi", 10.7e6, "person", "approx", "person")]),
    # (persons treated are patients)
    ("Do Rosji trafiło 12 tys. żołnierzy. W szpitalach leczy się ok. 300 osób.",
     [("12 tys. żołnierzy", 12000, "person", "exact", "soldier"), ("ok. 300 osób", 300, "person", "approx", "patient")]),
    # a counter with no noun counts what the sentence before counted; a period opening a clause rates both amounts
    ("Zakłady produkują ok. 2,7 tys. dronów miesięcznie. Produkcja ma wzrosnąć nawet do 3,5 tys. sztuk miesięcznie.",
     [("ok. 2,7 tys. dronów miesięcznie", 2700, "item/month", "approx", "drone"),
      ("nawet do 3,5 tys. sztuk miesięcznie", 3500, "item/month", "up_to", "drone")]),
    ("Co miesiąc do Rosji trafia od 15 do 20 tys. pocisków kal. 170 mm i kilka tysięcy rakiet.",
     [("od 15 do 20 tys. pocisków", (15000, 20000), "item/month", "range", "artillery shell"),
      ("kilka tysięcy rakiet", (2000, 9999), "item/month", "vague", "missile")]),
    ("Co miesiąc trafia 20 tys. pocisków, a Rosja wysyła kilka tysięcy rakiet.",
     [("20 tys. pocisków", 20000, "item/month", "exact", "artillery shell"),
      ("kilka tysięcy rakiet", (2000, 9999), "item", "vague", "missile")]),
    ("Do Rosji trafiło 11 tys. żołnierzy. Spośród nich ok. 2 tys. zginęło.",
     [("11 tys. żołnierzy", 11000, "person", "exact", "soldier"), ("ok. 2 tys.", 2000, "person", "approx", "soldier")]),
    ("Zełenski zaproponował wymianę na ukraińskich jeńców. Sztab szacuje ich liczbę na ponad 8 tys.",
     [("ponad 8 tys.", 8000, "person", "more_than", "prisoner of war")]),
    # must not match: no verb of change before "z"
    ("Rosja wysłała z KRLD od 3 do 4 tys. żołnierzy.", [("od 3 do 4 tys. żołnierzy", (3000, 4000), "person", "range", "soldier")]),
)


@pytest.mark.parametrize(("text", "expected"), BOUNDS_BEFORE)
def test_bounds_before(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------- collective numbers, adjectives joined by a comma, house numbers

COLLECTIVES_AND_ADDRESSES = cases(
    ("Mieszka z dwójką dzieci w akademiku.", [("dwójką dzieci", 2, "person", "exact", "child")]),
    ("Trójka żołnierzy zginęła pod Kurskiem.", [("Trójka żołnierzy", 3, "person", "exact", "soldier")]),
    ("Czwórka rannych trafiła do szpitala.", [("Czwórka rannych", 4, "person", "exact", "wounded")]),
    ("Z obozu uciekła dziesiątka jeńców.", [("dziesiątka jeńców", 10, "person", "exact", "prisoner of war")]),
    # must not match: a rank, a grade, a group's name, a collective with nothing counted after it
    ("Kraj jest w pierwszej dziesiątce państw.", []),
    ("Dostał piątkę z matematyki.", []),
    ("Szczyt Wielkiej Siódemki odbył się w Japonii.", []),
    ("Trójka w Pekinie stanęła na trybunie.", []),
    # adjectives joined by a comma qualify one noun
    ("Zbudują czterech nowych, rozproszonych składnic amunicji.",
     [("czterech nowych, rozproszonych składnic amunicji", 4, "item", "exact", "ammunition depot")]),
    ("Kupiono cztery nowe, nowoczesne magazyny.",
     [("cztery nowe, nowoczesne magazyny", 4, "item", "exact", "warehouse")]),
    # must not match: an adjective before a comma and a verb
    ("Cztery czołgi były nowe, dwa używane.", [("Cztery czołgi", 4, "item", "exact", "tank"),
                                              ("dwa używane", 2, "item", "exact", "tank")]),
    ("Wycieczka z siedmioma noclegami kosztuje 1390 dolarów.",
     [("siedmioma noclegami", 7, "item", "exact", "night"), ("1390 dolarów", 1390, "USD", "exact", "trip price")]),
    # a house number is no count, nor does it go on counting what was counted before it
    ("Mieszka z dwójką dzieci przy ul. Puszkinskiej 77.", [("dwójką dzieci", 2, "person", "exact", "child")]),
    ("Biuro przy al. Jana Pawła II 12 zamknięto.", []),
    ("Na ul. Kijowskiej 5 mężczyzn zatrzymano.", [("5 mężczyzn", 5, "person", "exact", "man")]),
)


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES_AND_ADDRESSES)
def test_collectives_and_addresses(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------- repetitions named by a far verb or a role; a time that dates a comparison

REPETITIONS_AND_COMPARED_TIMES = cases(
    ("Rozmawiał o jeńcach w Moskwie i w Kijowie co najmniej dwa razy.",
     [("co najmniej dwa razy", 2, "item", "at_least", "talk")]),
    ("Ałabuga była celem ukraińskich dronów dalekiego zasięgu co najmniej pięć razy.",
     [("co najmniej pięć razy", 5, "item", "at_least", "attack")]),
    ("Był gościem Kremla trzy razy.", [("trzy razy", 3, "item", "exact", "visit")]),
    # must not match: a ratio, or a noun of an event after the repetitions
    ("Cel jest trzy razy większy niż rok temu.", []),
    ("Dron trafił w budynek dwa razy podczas nalotu.", [("dwa razy", 2, "item", "exact", "occurrence")]),
    # a singular time noun after a larger amount dates the comparison; the amount counts what was counted before,
    # at its rate
    ("Naliczyli średnio 35–40 wagonów dziennie, wobec kilkunastu rok wcześniej.",
     [("średnio 35–40 wagonów dziennie", (35, 40), "item/day", "range", "wagon"),
      ("kilkunastu", (11, 19), "item/day", "vague", "wagon")]),
    ("Naliczyli 40 wagonów, wobec 15 rok wcześniej.",
     [("40 wagonów", 40, "item", "exact", "wagon"), ("15", 15, "item", "exact", "wagon")]),
    # must not match: a time ago, a plural unit
    ("To było 3 lata temu.", []),
    ("To było 15 lat temu.", []),
    # a bare number ending a verbless clause after an age is an age; not after a preposition
    ("Najmłodszy z jeńców ma 19 lat, najstarszy 35.",
     [("19 lat", 19, "year", "exact", "age"), ("35", 35, "year", "exact", "age")]),
    ("Najmłodszy ma 19 lat, a najstarszy – 35.", [("19 lat", 19, "year", "exact", "age"), ("35", 35, "year", "exact", "age")]),
    ("Ma 19 lat, w domu 3.", [("19 lat", 19, "year", "exact", "age")]),
    ("Ma 19 lat, najstarszy brat 300 tys. żołnierzy.",
     [("19 lat", 19, "year", "exact", "age"), ("300 tys. żołnierzy", 300000, "person", "exact", "soldier")]),
    # an ordinal's dot before a comma is no full stop: "z lat 60. i 70., z których" counts no ships
    ("Marynarka ma ok. 400 jednostek, w większości okręty z lat 60. i 70., z których część pływa.",
     [("ok. 400 jednostek", 400, "item", "approx", "ship")]),
    # "Połowy" that can be catches are halves only of something ("połowy amunicji", "połowa z nich")
    ("Połowy rozładowywane są w Nachodce.", []),
    ("Rosja zużyła ponad połowy amunicji.", [("ponad połowy amunicji", 50, "percent", "more_than", "share")]),
    # "może" before an amount is a guess; "co dwudziesty" a twentieth; a part "z tych sześciu"
    ("Celnicy sprawdzają może co dwudziesty ładunek.", [("może co dwudziesty ładunek", 5, "percent", "approx", "share")]),
    ("Przyjechało może 200 osób.", [("może 200 osób", 200, "person", "approx", "person")]),
    ("Rosja może wysłać 100 żołnierzy.", [("100 żołnierzy", 100, "person", "exact", "soldier")]),
    # a voyage's time is its travel time; "po kilku dniach jechał dalej" stays a duration
    ("Statek płynął do Rasonu przez 4 doby.", [("4 doby", 4, "day", "exact", "travel time")]),
    ("Podróżowali koleją ponad tydzień.", [("ponad tydzień", 1, "week", "more_than", "travel time")]),
    ("Po kilku dniach towar jechał ciężarówkami dalej.", [("kilku dniach", (2, 9), "day", "vague", "duration")]),
    # connections by their sense; a reporter's interlocutors are sources
    ("Przewoźnik lotniczy zwiększy liczbę do dwóch połączeń tygodniowo.",
     [("dwóch połączeń tygodniowo", 2, "item/week", "exact", "flight")]),  # the level reached
    ("Koleje uruchomią trzy połączenia dziennie z Moskwy.",
     [("trzy połączenia dziennie", 3, "item/day", "exact", "train")]),
    ("Reuters powołał się na trzech rozmówców z sektora finansowego.",
     [("trzech rozmówców", 3, "person", "exact", "source")]),
)


@pytest.mark.parametrize(("text", "expected"), REPETITIONS_AND_COMPARED_TIMES)
def test_repetitions_and_compared_times(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------- a counted noun in quotation marks

QUOTED_NOUNS = cases(
    ("Wysłano ok. 300 „ochotników” na front.", [("ok. 300 „ochotników”", 300, "person", "approx", "volunteer")]),
    ("Poległo „kilkuset” koreańskich „internacjonalistów”.",
     [("kilkuset” koreańskich „internacjonalistów”", (200, 999), "person", "vague", "soldier")]),
    ("W kraju przebywa ok. 4,2 tys. koreańskich „studentów i stażystów”.",
     [("ok. 4,2 tys. koreańskich „studentów", 4200, "person", "approx", "student")]),
    # must not match: a title in quotation marks is no counted noun
    ("Wydano 5 „Nowych Czasów”.", []),
)


@pytest.mark.parametrize(("text", "expected"), QUOTED_NOUNS)
def test_quoted_nouns(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------------- a quota names what a bare amount counts; "mln." closing a sentence

QUOTAS_AND_FULL_STOPS = cases(
    ("Kwota zezwoleń na pracę dla obywateli KRLD wzrośnie z 5 tys. do 12 tys.",
     [("5 tys.", 5000, "item", "exact", "work permit"), ("12 tys.", 12000, "item", "exact", "work permit")]),
    ("Limit wiz dla Koreańczyków wynosi 3 tys.", [("3 tys.", 3000, "item", "exact", "visa")]),
    # must not match: a quota of something not counted names no count
    ("Kwota pomocy wyniesie 5 mln.", [("5 mln", 5e6, "count", "exact", None)]),
    # "z nich" with no thing named before it in its own sentence: the things of the sentence before
    ("Tankowce mają ładowność do 5 tys. ton. Co najmniej cztery z nich wyłączały nadajniki.",
     [("do 5 tys. ton", 5000, "t", "up_to", "carrying capacity"), ("Co najmniej cztery", 4, "item", "at_least", "tanker")]),
    # a counter in a clause of production counts what was made at a rate a few sentences before, at that rate
    ("Zakłady wytwarzają ok. 120 dronów miesięcznie. Zatrudniają 1,5 tys. osób, pracujących na dwie zmiany. "
     "Produkcja ma wzrosnąć nawet do 300 sztuk.",
     [("ok. 120 dronów miesięcznie", 120, "item/month", "approx", "drone"),
      ("1,5 tys. osób", 1500, "person", "exact", "worker"), ("dwie zmiany", 2, "item", "exact", "work shift"),
      ("nawet do 300 sztuk", 300, "item/month", "up_to", "drone")]),
    # a level a verb of change brings a rated count to is at that count's rate; not a bound after another verb
    ("W zakładach produkuje się ok. 5,5 tys. dronów miesięcznie, a do końca roku produkcja ma wzrosnąć do 6 tys.",
     [("ok. 5,5 tys. dronów miesięcznie", 5500, "item/month", "approx", "drone"),
      ("6 tys.", 6000, "item/month", "exact", "drone")]),
    ("Wysłano 100 dronów miesięcznie, a później wysłano do 6 tys.",
     [("100 dronów miesięcznie", 100, "item/month", "exact", "drone"), ("do 6 tys.", 6000, "item", "up_to", "drone")]),
    # "do" after what a verb of change changed by, past a comma, is the level reached; not after another "o"
    ("Obroty wzrosły w 2025 r. o 40 proc., do 50 mln dolarów.",
     [("40 proc.", 40, "percent", "exact", "trade growth"), ("50 mln dolarów", 5e7, "USD", "exact", "trade turnover")]),
    ("Wysłał o świcie, do 50 żołnierzy.", [("do 50 żołnierzy", 50, "person", "up_to", "soldier")]),
    # a calibre between a counted noun and its rate is no word of the gap; the calibre is no count
    ("Zakłady mają wytwarzać ok. 150 tys. pocisków kal. 155 mm rocznie.",
     [("ok. 150 tys. pocisków kal. 155 mm rocznie", 150000, "item/year", "approx", "artillery shell")]),
    ("Rosja ma 300 haubic kalibru 152 mm.", [("300 haubic", 300, "item", "exact", "howitzer")]),
    # a count per one thing keeps its rate past "z jednego działa", and "działa" after a preposition is guns
    ("Obsługi wystrzeliwują średnio 40–60 pocisków z jednego działa dziennie, a w czasie natarć nawet 100.",
     [("średnio 40–60 pocisków z jednego działa dziennie", (40, 60), "item/day", "range", "artillery shell"),
      ("nawet 100", 100, "item/day", "up_to", "artillery shell")]),
    ("Wysłano 50 dronów z jednego magazynu.", [("50 dronów", 50, "item", "exact", "drone")]),
    ("System 40 pocisków działa dobrze.", [("40 pocisków", 40, "item", "exact", "missile")]),
    # energy at a rate ("GWh" is matched as written)
    ("Umowa przewiduje dostawy ok. 600 GWh rocznie.", [("ok. 600 GWh rocznie", 600, "GWh/year", "approx", "energy")]),
    # "rub." is roubles, and its dot no full stop before a rate
    ("Pensja wynosi 40 tys. rub. miesięcznie.", [("40 tys. rub. miesięcznie", 40000, "RUB/month", "exact", "wage")]),
    # the full stop after "mln" is the sentence's, and the sum still takes the currency of the one before it
    ("Eksport sięgnął w 2025 r. 1,52 mld dolarów, a rok wcześniej – ok. 340 mln.",
     [("1,52 mld dolarów", 1.52e9, "USD", "exact", "export value"),
      ("ok. 340 mln", 3.4e8, "USD", "approx", "export value")]),
)


@pytest.mark.parametrize(("text", "expected"), QUOTAS_AND_FULL_STOPS)
def test_quotas_and_full_stops(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# --------------------------------------------------- a weight nothing names weighs the goods named just before

WEIGHTS_BEFORE = cases(
    ("Jedna cysterna mieści ok. 60 ton paliwa. Rozstaw torów jest inny – 1520 i 1435 mm. Tą drogą trafiło do KRLD "
     "kolejne 40–45 tys. ton.",
     [("ok. 60 ton paliwa", 60, "t", "approx", "fuel"), ("kolejne 40–45 tys. ton", (40000, 45000), "t", "range", "fuel")]),
    ("Każdy zabierał ok. 5,3 tys. ton oleju napędowego, a cała flotylla – przeszło 300 tys. ton.",
     [("ok. 5,3 tys. ton oleju napędowego", 5300, "t", "approx", "diesel"),
      ("przeszło 300 tys. ton", 300000, "t", "more_than", "diesel")]),
    ("Flota ma dwa trawlery, a jej roczny połów nie przekracza 50 tys. ton.",
     [("dwa trawlery", 2, "item", "exact", "trawler"), ("nie przekracza 50 tys. ton", 50000, "t/year", "at_most", "catch")]),
    # the goods a clause before names in the genitive, with no weight of their own
    ("Dali nam worek ryżu, 20 kg, i kazali milczeć.", [("20 kg", 20, "kg", "exact", "rice")]),
    ("Rosjanie dopuścili połów kraba królewskiego, na razie w ilości 500 ton.",
     [("500 ton", 500, "t", "exact", "king crab")]),
    # must not match: a weight compared in its own clause; three sentences back is too far; a weight of one named
    # thing is its own
    ("Drogi nie wytrzymają zestawów cięższych niż 40 ton.", [("cięższych niż 40 ton", 40, "t", "more_than", "weight")]),
    ("Cysterna mieści 60 ton paliwa. Pociąg jedzie długo. Skład stoi na stacji. Most wytrzyma 300 ton.",
     [("60 ton paliwa", 60, "t", "exact", "fuel"), ("300 ton", 300, "t", "exact", "weight")]),
)


@pytest.mark.parametrize(("text", "expected"), WEIGHTS_BEFORE)
def test_weights_before(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


# ------------------------------------- a part of what was counted sentences before; men by the numeral; mines in words

PARTS_AND_MEN = cases(
    # "z nich" with nothing counted in its own sentence or the one before: what was counted a few sentences before
    ("Rosjanie wystrzelili co najmniej 46 rakiet. Najwięcej spadło na Charków. Obrona zestrzeliła tylko 19 z nich.",
     [("co najmniej 46 rakiet", 46, "item", "at_least", "missile"), ("tylko 19", 19, "item", "exact", "missile")]),
    ("Do niewoli trafiło 11 żołnierzy. Najmłodszy ma 19 lat. Wszyscy są w jednym obozie.\n\nDwóch z nich prosi o azyl.",
     [("11 żołnierzy", 11, "person", "exact", "prisoner of war"), ("19 lat", 19, "year", "exact", "age"),
      ("Dwóch", 2, "person", "exact", "prisoner of war")]),
    ("Statki przewiozły 11 kontenerów. Rejs trwa ok. sześciu dni. Co najmniej cztery z nich otwarto w porcie.",
     [("11 kontenerów", 11, "item", "exact", "container"), ("ok. sześciu dni", 6, "day", "approx", "travel time"),
      ("Co najmniej cztery", 4, "item", "at_least", "container")]),
    # the group, not the part of it named after "w tym"
    ("W niewoli jest 14 Koreańczyków, w tym dwóch oficerów. Najmłodszy ma 19 lat. Czterech z nich prosi o azyl.",
     [("14 Koreańczyków", 14, "person", "exact", "prisoner of war"), ("dwóch oficerów", 2, "person", "exact", "officer"),
      ("19 lat", 19, "year", "exact", "age"), ("Czterech", 4, "person", "exact", "prisoner of war")]),
    # must not match: five sentences back is too far for "z nich"
    ("Wystrzelono 46 rakiet. Było zimno. Padał śnieg. Miasto spało. Nikt nie wiedział. Trafiło 19 z nich.", [
        ("46 rakiet", 46, "item", "exact", "missile")]),
    # a clause of dying counts the persons named before, not the things counted last
    ("Żołnierze KRLD ułożyli kilkaset tysięcy min, a w wypadkach zginęło kilkunastu z nich.",
     [("kilkaset tysięcy min", (200000, 999000), "item", "vague", "mine"),
      ("kilkunastu", (11, 19), "person", "vague", "soldier")]),
    # must not match: persons counted last stay what they were; the wounded themselves are no antecedent
    ("Zginęło 14 osób, w tym troje dzieci, a 57 zostało rannych.",
     [("14 osób", 14, "person", "exact", "person"), ("troje dzieci", 3, "person", "exact", "child"),
      ("57", 57, "person", "exact", "person")]),
    # a men's numeral opening a sentence before a comma, or before a negated verb
    ("W obozie przebywa dziewięciu jeńców. Dwóch, pojmanych w styczniu, jest w niewoli od roku.",
     [("dziewięciu jeńców", 9, "person", "exact", "prisoner of war"), ("Dwóch", 2, "person", "exact", "prisoner of war")]),
    ("W obozie przebywa dziewięciu jeńców. Sześciu jeńców chce zostać. Trzech pozostałych nie podjęło decyzji.",
     [("dziewięciu jeńców", 9, "person", "exact", "prisoner of war"),
      ("Sześciu jeńców", 6, "person", "exact", "prisoner of war"),
      ("Trzech pozostałych", 3, "person", "exact", "prisoner of war")]),
    # must not match: a numeral of things before a comma; a men's numeral governed inside the sentence
    ("Dwa, trzy czołgi to za mało.", [("Dwa, trzy czołgi", (2, 3), "item", "range", "tank")]),
    ("Rozmawiałem z dwóch, a potem wyszedłem.", []),
    # "po stronie" is a side, not a page, before a multiplier or the noun a number counts; the person paid for past
    # the adjectives of its noun
    ("Rosja płaci za każdego północnokoreańskiego żołnierza walczącego po jej stronie ok. 2 tys. dolarów miesięcznie.",
     [("ok. 2 tys. dolarów miesięcznie", 2000, "USD/month", "approx", "payment per soldier")]),
    ("Po stronie Rosji stoi po jej stronie 200 żołnierzy.", [("200 żołnierzy", 200, "person", "exact", "soldier")]),
    # must not match: a page, an article or a caliber keeps its number a label
    ("Na stronie 12 raportu podano dane.", []),
    ("Zgodnie z art. 5 traktatu sojusznicy pomagają sobie.", []),
    ("Działo kalibru ok. 152 mm strzela daleko.", []),
    # "min" after an amount in words is mines; after digits, with nothing of mines around, minutes
    ("Saperzy usunęli kilka tysięcy min z pól.", [("kilka tysięcy min", (2000, 9999), "item", "vague", "mine")]),
    ("Przejazd trwa ok. 15 min.", [("ok. 15 min.", 15, "minute", "approx", "duration")]),
)


@pytest.mark.parametrize(("text", "expected"), PARTS_AND_MEN)
def test_parts_and_men(text: str, expected: list[Found]) -> None:
    assert found(text) == expected
