"""Quantities: amounts with their qualifier, unit and counted object, read from one sentence.

Amounts in news are few and formulaic ("około 5000 północnokoreańskich żołnierzy", "od 50 do 100
sztuk sprzętu", "2,5 dolara za godzinę"), so a small grammar over morfeusz2 readings reads them
exactly and keeps a span into the body for each.  Every word it knows lives in
``reference/pl/quantities.yaml`` (English additions in ``reference/en/``): a new unit, qualifier or
counted noun is a data change.

For each candidate amount: read the number (digits with separators, multipliers, number words, vague words,
ranges); drop it when it is a label rather than a count (date, year, caliber, model name, ordinal, clock
time, article number); a person's years are an age ("w wieku 18-22 lat", "24-letni mężczyzna"); read the qualifier before it (a bounding verb too:
"przekroczyła 14 tysięcy" is more than); read the unit or the counted noun phrase after it.  The noun phrase
is matched against the lexicon in either order of noun and adjective, past determiners ("takich",
"kolejnych") and up to what closes it ("tego typu"); a classifying adjective around a lexicon noun names its
kind ("dalekonośnych systemów artyleryjskich" -> long-range artillery system); a container is counted, its contents
kept in the span ("baryłek ropy" -> barrel), a pair is of its contents ("par pociągów" -> pair of trains); a noun of several senses takes the one its sentence shows ("pocisków"
among guns: artillery shell), or the one its amount does ("12 mln pocisków": shells).  A hyphenated noun-noun
compound is lemmatized part by part ("wagonów-platform" -> "wagon-platforma") and, when the lexicon does not
name it, counted as its head, the first part ("dronów-kamikadze" -> drone).  "min" after a number is mines, not minutes, before an adjective in the
genitive plural ("12 min przeciwpancernych") or in a sentence about mines with no mark of time; "miast" after
a number is cities, not "instead of".  A noun missing from the lexicon is counted under its Polish lemma (a
word morfeusz does not know, under its text), so the gap stays visible.  A bare amount borrows its noun: a
part its whole's ("89 z 110 dronów"), an amount after a measuring verb the noun its subject counts ("liczba
żołnierzy ... przekroczyła 14 tysięcy"), otherwise the noun a colon closes or the sentence's previous
quantity counts ("żołnierzy: ok. 11 tys. ... i kolejne ok. 3 tys."), or, when it goes on counting, the noun
the sentence before counted last ("12 tys. żołnierzy.  Kolejne 3 tys. ma dotrzeć": soldiers; the caller passes
the quantities found before as ``previous``).  Numeral compounds are amounts too ("trzydniowa wizyta": 3 days,
"dwukrotnie przyjeżdżał": 2 visits), and so are repetitions of an event verb ("zawinęło 43 razy": 43 port
calls).  Name what an amount of money is from the nouns (an adjective on either side of them: "zamrożonych
aktywów" -> frozen assets) and verbs around it ("bilet kosztuje" -> ticket price), what a percent change
measures from its subject ("ceny benzyny spadły o 15 proc." -> petrol price decrease) and whose range a
distance is ("pocisk o zasięgu 120 km" -> missile range) or what its clause makes it ("razi cele na odległość do
20 km" -> range, "wydłużono o 600 m" -> length); make a count a rate when a period follows or leads
it ("2,7 tys. dronów miesięcznie" -> item/month); link the counted thing to the actor owning it from the
sentence's mentions.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from eventdb.extract.model import (
    POSSESSIVE_ENDINGS,
    UNIT_PATTERN,
    Analysis,
    DateExpr,
    EntityRef,
    Mention,
    Quantity,
    Sentence,
    Token,
    readings_agree,
)
from eventdb.extract.text import CLOSING_QUOTES, OPENING_QUOTES, after_preposition, analyse_word
from eventdb.reference import load_yaml

Phrase = tuple[str, ...]

_NOUN_POS = ("subst", "depr", "ger")
_ADJ_POS = ("adj", "ppas", "pact", "adja")
_VERB_POS = ("fin", "praet", "inf", "impt", "imps", "bedzie", "pred", "winien", "pcon", "pant")
_STOP_POS = ("prep", "conj", "comp", "qub", "adv", *_VERB_POS)
_THOUSANDS_SEPARATORS = frozenset(" \u00a0\u202f\u2009")
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_HYPHENS_RE = re.compile(r"[-‐‑]")
_PLURAL = frozenset({"pl"})
_TIME_UNITS = frozenset({"second", "hour", "minute", "day", "week", "month", "quarter", "year"})
_SPAN_UNITS = frozenset({"week", "month", "quarter"})  # parts of a year: "w pierwszych trzech miesiącach"
_SHARES = ("fraction", "share")  # amount kinds read as a percent
_COMPENSATION = "compensation"  # a sum paid for a death
_MONEY = "money"  # the working label of a sum nothing names, until the last pass gives it ``unnamed_money``
_STRONG_QUALIFIERS = frozenset({"approx", "more_than", "at_least", "at_most", "less_than"})
_CURRENCY_RE = re.compile(r"[A-Z]{3}")
_YEAR_RE = re.compile(r"(19|20)\d\d")
_MODEL_CASE_ENDING_RE = re.compile(r"^([a-z]+)-(?:ów|a|u|om|ami|ach|em|ie|y)-(\d)")  # "mig-ów-29" -> "mig-29"
_COUNT_UNITS = frozenset({"item", "person"})  # units of things counted, not measured
_WINDOW = 5  # tokens searched after a number for its counted noun
_RATE_GAP = 3  # words allowed between a counted phrase and its rate period ("dronów Shahed miesięcznie")
_LONGEST_MENTION = 12  # tokens: a mention starting further back cannot reach into a quantity's phrase
_MAX_DIGITS = 18  # longer digit runs (joined groups included) are identifiers or noise, not amounts
_LIST_REACH = 12  # words searched back over a listing for the noun a money link belongs to
_FILLED_UNITS = frozenset({"kg", "t", "l"})  # a container of this size is named by what it holds
_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | frozenset({"“"})  # the tokenizer's quotes and the English opening one
_SUBJECT_REACH = 16  # words searched back from an amount for the subject of the measuring verb before it
_VERB_REACH = 10  # words searched back in the clause for a verb that names an amount of money ("mogła uzyskać ...")
_CHANGE_SUBJECT_REACH = 12  # words searched back in the clause for the subject of a verb of change


# --------------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Entry:
    """A counted-object lexicon entry."""

    label: str
    unit: str
    demonym: bool = False
    group: str = ""  # the lexicon group ("item", "person", ...): classifiers name kinds of some groups only


@dataclass(frozen=True, slots=True)
class _Key:
    """A counted-lexicon key: for each word, the forms a token may show (the word and its lemmas)."""

    words: tuple[frozenset[str], ...]
    text: str  # the key as written in the lexicon ("system artyleryjski")
    entry: _Entry


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases (lowercased words) with their values, longest first, indexed by their first and by their last word
    (so a lookup tries only the phrases that can match)."""

    first: frozenset[str]
    last: frozenset[str]
    by_first: Mapping[str, tuple[tuple[Phrase, str], ...]]
    by_last: Mapping[str, tuple[tuple[Phrase, str], ...]]


@dataclass(frozen=True, slots=True)
class _WithinOne:
    """One period within which something happens ("w ciągu roku"): the phrases before it, the adjectives that may
    stand between ("najbliższego"), the forms of the period nouns (genitive singular) and the label."""

    openers: _Phrases
    adjectives: frozenset[str]
    nouns: frozenset[str]
    label: str


@dataclass(frozen=True, slots=True)
class _LegalTerms:
    """Years written as the law writes them ("do lat 10"): the words before the noun, the noun's forms, the label in a
    sentence of punishment and the words (lemmas) that make one."""

    openers: frozenset[str]
    nouns: frozenset[str]
    label: str
    cues: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    number_words: Mapping[str, float]
    collective_numbers: Mapping[str, float]  # "dwójka", "trójka": a number as a noun
    rank_adjectives: frozenset[str]  # "w pierwszej setce": a rank
    genitive_governors: frozenset[str]  # "około setki": a singular "setki" after a word that governs the genitive
    clause_joiners: frozenset[str]  # English "and", "but": a money noun is not looked for past them
    english_numbers: frozenset[str]
    multiplier_lemmas: Mapping[str, float]
    multiplier_texts: Mapping[str, float]
    vague: Mapping[str, tuple[float, float]]
    qualifiers: _Phrases
    do_not_bound_after: frozenset[str]
    cap_verbs: frozenset[str]  # "ogranicza dostawy do 500 tys. baryłek": the cap, a few words on
    preposed: frozenset[str]
    range_connectors: frozenset[str]
    range_openers: frozenset[str]
    paired_connectors: Mapping[str, frozenset[str]]
    percent: _Phrases
    percentage_points: _Phrases
    currency_lemmas: Mapping[str, str]
    currency_assets: Mapping[str, str]  # crypto currency code -> the asset a sum of it counts ("ETH" -> ether)
    currency_texts: Mapping[str, str]
    currency_adjectives: frozenset[str]
    rate_periods: _Phrases
    leading_rate_periods: _Phrases
    money_per: _Phrases
    per_openers: frozenset[str]  # "za": a money_per phrase opening a clause ("Za tonę saletry płaci ...")
    contrasts: _Phrases  # "podczas gdy": a sum after it is at the rate of the sum it is contrasted with
    rate_units: frozenset[str]
    measure_lemmas: Mapping[str, str]
    measure_texts: Mapping[str, str]
    measure_labels: Mapping[str, str]
    distance_units: frozenset[str]  # units whose plain label is "distance" (km, m, mi)
    with_complement: frozenset[str]
    with_known_complement: frozenset[str]  # lengths: only a known noun, no measure noun ("40 km torów")
    journey_nouns: frozenset[str]  # "1,2 tys. km trasy": a journey's length stays a distance
    implicit_one_after: _Phrases
    speeds: _Phrases
    measure_verbs: frozenset[str]
    pair_nouns: frozenset[str]  # "sprawa dwóch państw": a pair, not a count
    abbreviated_nouns: Mapping[str, str]  # "szt." -> sztuka
    dotless_abbreviations: frozenset[str]  # "zł": a dot after it is the full stop
    bounded_totals: frozenset[str]  # "Liczba ofiar nie przekracza 500 osób": a total bounded
    weigh_verbs: frozenset[str]  # the verbs of ``measure_verbs`` whose subject is the thing weighed
    periods: Mapping[str, str]
    single_periods: Mapping[str, tuple[float, str]]  # "miesięczny" -> (1, month), before a period noun
    single_period_nouns: frozenset[str]  # nouns whose time such an adjective gives as a duration ("wycieczka")
    money_links: _Phrases
    money: Mapping[str, tuple[_Key, ...]]  # sums of money and valued things, indexed like ``counted``
    value_heads: frozenset[str]
    cost_subjects: frozenset[str]  # "budowa kosztowała": a cost, not a price
    paying_verbs: frozenset[str]  # "płacić za X": a price
    paid_for: frozenset[str]  # "za": what a verb of paying pays for follows it
    per_person_prepositions: frozenset[str]  # "za/na każdego robotnika": a sum per person
    per_person_determiners: frozenset[str]  # "każdy", "jeden"
    per_person_bare: frozenset[str]  # "per soldier": a preposition of a sum per person with no determiner
    money_verbs: Mapping[str, tuple[str, str]]  # lemma -> (label for a person subject, for another)
    priced_units: Mapping[str, str]  # "tona pszenicy kosztuje": the price is per tonne
    complements: Mapping[str, str]
    not_counted: frozenset[str]
    year_months: frozenset[str]  # "of August 2017": a year after a month
    preceding_non_count: frozenset[str]
    designated_formations: frozenset[str]
    street_words: frozenset[str]  # "ul. Puszkinskiej 77": a house number
    calibre_words: frozenset[str]  # "kal. 155 mm", "kalibru 152 mm": a calibre, no count
    production_words: frozenset[str]  # "produkcja ma wzrosnąć do 300 sztuk": what is made at a rate before
    per_one_links: frozenset[str]  # "z jednego działa", "na jedną wyrzutnię": per one of a thing
    date_span_openers: frozenset[str]  # "w pierwszych pięciu miesiącach": a time after them is a span of dates
    following_non_count: frozenset[str]
    time_reference: Mapping[str, frozenset[str]]  # words that make a stretch of time say when: before, after it
    year_prepositions: frozenset[str]
    year_words: frozenset[str]
    clause_boundaries: frozenset[str]
    subject_sharing: frozenset[str]  # ", a", ", i": a clause after the comma goes on with the subject before
    percent_states: Mapping[str, frozenset[str]]  # "wypełnione w 85 proc." -> load factor
    legal_terms: _LegalTerms  # "do lat 10": years written as the law writes them
    within_one: _WithinOne  # "w ciągu roku": one period, a quantity of its own
    and_a_half: frozenset[str]  # "dwa i pół": the word of a half after a number word and "i"
    level_setters: frozenset[str]  # "zwiększył kwotę do 1 tys.": a "do" after them and their object is a level
    distance_links: _Phrases  # "nawet z odległości 600 km": a qualifier before these qualifies the distance after
    numeral_unit_factors: Mapping[str, float]  # "tysięczny" -> 1000: a numeral compound's unit in thousands
    role_cues: tuple[tuple[str, frozenset[str]], ...]
    captives: frozenset[str]  # labels of fighters who, captured, are counted as prisoners of war
    captive_label: str
    counters: frozenset[str]
    after_currency: Mapping[str, float]  # "$30m": a letter joined to a number after a currency symbol
    counted: Mapping[str, tuple[_Key, ...]]  # any form of the first word -> entries, longest first
    english_labels: Mapping[str, tuple[_Key, ...]]  # the English labels of the Polish entries, as English keys
    stop_words: frozenset[str]
    articles: frozenset[str]  # "the": ends an amount's noun phrase ("43 the year before") ...
    articles_go_on: frozenset[str]  # ... unless after these ("half of the shells")
    skip_words: frozenset[str]
    skip_before_noun: _Phrases
    relational_before: frozenset[str]
    part_of: _Phrases
    part_pronouns: frozenset[str]  # "z nich": a part of what was counted before
    age_nouns: frozenset[str]
    age_verbs: frozenset[str]
    age_not_after_verb: frozenset[str]
    age_participles: frozenset[str]
    age_persons: frozenset[str]
    per_unit_heads: frozenset[str]  # "koszt jednego drona": "one" after these names the unit of a price  # nouns of persons morfeusz cannot tell by gender ("63-letnia pani")
    age_from: frozenset[str]
    age_label: str  # "w wieku 18 lat", "ma 19 lat", "24-letni mężczyzna": a person's age
    fractions: Mapping[str, float]
    numerators: Mapping[str, int]  # "jedna trzecia", "dwie piąte": the number word's lemma -> its value
    denominators: Mapping[str, int]  # ordinal lemma -> the part it names ("trzeci" -> 3)
    share_words: frozenset[str]  # "co piąty": the word before an ordinal that makes it a share
    coordinators: frozenset[str]  # "i", "oraz": words joining two amounts or two adjectives
    duration_joiners: frozenset[str]  # "i", "and": the word between the two parts of one duration
    irregular_plurals: frozenset[str]  # English plurals without an -s ("people", "personnel")
    person_endings: tuple[str, ...]  # English nouns of persons by their ending ("artillerymen")
    source_verbs: frozenset[str]  # "two traders said": persons counted as sources are no quantity
    sources_before: _Phrases  # "according to two officials"
    source_place_words: frozenset[str]  # "two traders in Dandong said"
    source_between: frozenset[str]  # "two traders also told"
    during_words: frozenset[str]  # "over 14 months": during, not more than ...
    lasting_before: frozenset[str]  # ... unless one of these stands before it ("for over a year")
    measure_phrases: _Phrases  # units of several words ("m sześc.", "kilometrów kwadratowych")
    measure_phrase_labels: _Phrases  # what such a unit measures ("deadweight tonnes": deadweight)
    change_objects: Mapping[str, str]  # transitive verbs of change with an object ("zwiększyć produkcję o połowę")
    determiners_after: frozenset[str]  # "kilka tysięcy kolejnych": adjectives after a bare amount
    fraction_not_after: frozenset[str]
    fraction_not_before: frozenset[str]
    price_from: frozenset[str]
    priced: Mapping[str, tuple[_Key, ...]]  # what a price is of ("bilet" -> ticket), indexed like ``counted``
    per_unit_labels: Mapping[str, str]
    time_rates: Mapping[str, str]  # a sum's name per unit of time: "rate" -> "wage"
    values_alone: frozenset[str]  # value heads that name a value with no money noun after them ("wartość")
    item_labels: Mapping[str, str]  # nouns counted as things, not as a measure's goods ("14 ładunków": shipment)
    payer_verbs: frozenset[str]  # "kosztować": its object is who pays ("kosztuje rosyjski budżet 18 tys. rubli")
    unit_price_nouns: frozenset[str]  # "cena": its genitive may name the unit priced ("cena baryłki")
    choice_words: frozenset[str]  # "lub": a sum after one is the other choice of the one before
    equivalence_words: frozenset[str]  # "czyli", "tj.": the sum after them is the one before in another currency
    alternative_words: frozenset[str]  # "15 tys. rubli, czasem 20 tys.": a bare amount after them measures the same
    wage_verbs: frozenset[str]  # "dostają 200 dolarów miesięcznie": a sum per period persons get is a wage
    counted_days: tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...], str]  # periods, kinds, default
    days_off: frozenset[str]  # "off", "wolne": the days' own word that they are days off
    days_off_label: str
    wage_payers: frozenset[str]  # "płacą Koreańczykom 45 tys. rubli miesięcznie": paid to persons
    money_in: frozenset[str]  # "$30 million in aid": what an English sum is held in follows
    qualifiers_after: _Phrases  # "or so" -> approx: a qualifier written after the amount
    reach_verbs: frozenset[str]  # "może sięgnąć 16 mln euro": after a modal (``bounding_modals``), up to
    bounding_modals: frozenset[str]
    money_states: frozenset[str]  # "in stolen cryptocurrency": kept before the money noun's label
    person_states: Mapping[str, str]  # "rannych żołnierzy": an adjective of the persons' state -> "wounded"
    refinements: Mapping[str, tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]]  # label ->
    # (narrower label, the sentence cues that give it, the cues that forbid it, the units it is for: all if empty)
    wage_phrases: _Phrases  # "na rękę": take-home pay
    bereaved: frozenset[str]  # "dla rodziny żołnierza zabitego": a sum for them is compensation
    work_verbs: frozenset[str]  # "pracują za 300 dolarów miesięcznie": pay
    casualty_cues: frozenset[str]  # "zginęło", "rannych": people of a nation killed in a war article are soldiers
    dying_cues: frozenset[str]  # "zginęło kilkunastu z nich": only persons die
    compensation_cues: frozenset[str]  # "rodziny poległych otrzymują 10 tys. dolarów": compensation
    named_subject_verbs: frozenset[str]  # money verbs whose person label needs a person named as the subject
    money_adjectives: Mapping[str, str]  # "jest wart 1,5 mln dolarów" -> value (of the subject)
    wage_ceiling: float  # a "wage" this large (in any currency) is what many earn together: revenue
    # noun -> model name prefix (lowercase) -> kind, longest first: a model name after the noun tells its kind
    model_kinds: Mapping[str, tuple[tuple[str, str], ...]]
    models_alone: tuple[tuple[str, str], ...]  # model name prefix (lowercase) -> kind, counted by itself
    model_makers: frozenset[str]  # "Boeing 777": a maker's name before a number makes it a model
    duration_kinds: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # label -> (time units, cue lemmas)
    long_periods: frozenset[str]  # periods a kind of duration is given per ("day", "month"): another kind
    kinds_per_long_period: Mapping[str, str]  # a duration's kind per such a period ("shift" -> "working time")
    distance_kinds: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # label -> (units, cue lemmas)
    participle_kinds: frozenset[str]  # the distance kinds a passive participle tells ("wieży podwyższonej do 90 m")
    mass_names: Mapping[str, str]  # things whose weight analysts call a mass: satellite -> satellite mass
    heights: tuple[frozenset[str], frozenset[str], str]  # nouns, units, label: "wieża o wysokości 70 m" -> height
    distance_from: frozenset[str]  # "1–3 km od celu": a distance from a place, whatever the clause
    targets: frozenset[str]  # "1–3 km od celu": from the target, a miss distance
    miss_distance_label: str
    length_label: str  # a thing's length: "ma 1 km długości", "54-kilometrowa linia", "ok. 4 km plaży"
    rate_adjectives: Mapping[str, str]
    role_nouns: Mapping[str, tuple[bool, tuple[tuple[str, frozenset[str]], ...]]]  # (general roles?, own roles)
    men_of_soldiers: frozenset[str]  # "ludzie" in an article that counts soldiers are soldiers
    containers: frozenset[str]
    plural_contents: frozenset[str]  # "pair of trains"
    phrase_enders: _Phrases
    classified_groups: frozenset[str]
    classifiers: Mapping[str, str]  # adjective lemma -> English modifier
    classifier_phrases: _Phrases  # genitive phrases ("dalekiego zasięgu") -> English modifier
    senses: Mapping[str, tuple[tuple[str, frozenset[str]], ...]]  # key -> (label, cue lemmas) pairs
    senses_by_amount: Mapping[str, tuple[str, float, str]]  # key -> (bare label, least amount, sense)
    count_heads: frozenset[str]
    count_estimate_links: frozenset[str]  # "szacuje liczbę jeńców na 8 tys.", "put the number of workers at 2,000"
    totalling: _Phrases  # "Saperzy, w sumie ok. 2 tys., wrócili": a total of what was named before
    english_count_heads: frozenset[str]  # "the number of workers"
    english_count_owners: frozenset[str]  # "their number": what was named before
    english_determiners: frozenset[str]  # "the monthly payments": an adjective of a period after one is no rate
    english_fraction_comparisons: frozenset[str]  # "a third below the market price": a share
    english_halves_named: frozenset[str]  # "the first half": a half of a period or a place, no share
    english_back_references: frozenset[str]  # "the two countries": a number word after one counts nothing new
    english_relatives: frozenset[str]  # "the two missiles that hit": a relative clause names them here
    english_casualty_verbs: frozenset[str]  # "killed nine": a bare amount after one counts the persons
    bounding_verbs: Mapping[str, tuple[str, str]]
    antecedent_units: frozenset[str]
    count_continuers: frozenset[str]  # "kolejne 3 tys.": a bare amount that goes on counting the previous sentence's noun
    english_fractions: Mapping[str, int]  # "third" -> 3: English shares ("two-thirds", "a third of")
    mine_after: frozenset[str]  # "min pułapek": words after "min" that make it mines
    mine_cues: frozenset[str]  # words of a sentence about mines ("saperzy", "rozminowanie")
    mine_time_cues: frozenset[str]  # words of a sentence about time ("trwać", "jazda")
    mine_time_before: _Phrases  # prepositions of time before the amount ("po 10 min")
    measure_nouns: Mapping[str, Mapping[str, str]]  # by the unit's label ("distance"): noun lemma -> label
    comparisons: Mapping[str, str]  # "więcej" -> growth, "mniej" -> decrease
    comparison_bases: Mapping[str, str]  # "trade turnover" -> "trade"
    unnamed_share: str  # a percent that counts nothing named: a share
    unnamed_money: str  # a sum of money that nothing names
    interval_words: frozenset[str]  # "co" before a span of time: how often something recurs
    back_references: frozenset[str]  # "wszyscy trzej": persons named before (``grammar_words``)
    clause_joins: frozenset[str]  # what may open the clause of a numeral of men
    them: frozenset[str]  # "pracuje ich ok. 1 800"
    level_openers: frozenset[str]  # "z X do Y"
    part_openers: frozenset[tuple[str, ...]]  # "w tym", "z czego": a part of what was counted before
    changed_by: frozenset[str]  # "o", "by" before what a thing changes by
    apiece: frozenset[str]  # "po" before an amount each of several gets ("w grupach po 5–7 osób")
    modals: frozenset[str]  # verbs whose infinitive after them is the predicate ("ma kosztować")
    aside_openers: frozenset[str]  # ", jak podaje X,": an aside of attribution between commas
    possessives: frozenset[str]  # "jej", "ich" between an amount and its noun
    interval_label: str
    interval_kinds: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # "co pół roku wymienia kontyngent": rotation
    cargo_units: frozenset[str]  # weights that a word of carrying makes cargo (``cargo``)
    cargo_words: frozenset[str]
    cargo_label: str
    goods: Mapping[str, tuple[_Key, ...]]  # goods a weight's clause may name (``cargo``), indexed like ``counted``
    unnamed_difference: str  # such a percent before a comparison word: a difference
    compared_changes: Mapping[str, str]  # a comparison with an earlier time by its side: growth -> increase
    price_cues: frozenset[str]  # ... of prices, where its clause speaks of them: a price difference
    price_difference: str
    unnamed_amount_change: Mapping[str, str]  # "więcej niż rok wcześniej": increase / decrease
    than: frozenset[str]  # "niż"
    earlier_times: frozenset[str]  # what says an earlier (or later) time after "niż": "rok", "wcześniej"
    amount_comparisons: frozenset[str]  # "więcej", "mniej": compare with the amount before
    comparison_sides: Mapping[str, str]  # the change a comparative says -> the bound it puts after "niż"
    measure_of_owner: frozenset[str]  # "głowica o masie 500 kg": the owner before "o" names the measure
    weighed_by_name: frozenset[str]  # "głowica o masie 500 kg": a warhead, though one; others' weight is a weight
    measure_after: frozenset[str]  # of those, nouns that may follow the unit as its genitive ("1 km długości")
    length_participles: frozenset[str]  # "liczący 600 m most": the distance is a length
    length_verbs: frozenset[str]  # "Tor ma 54 km": a thing has its length
    way_prepositions: frozenset[str]  # "do granicy mają 30 km": a way to or from a place, no length
    change_verbs: Mapping[str, str]
    change_nouns: Mapping[str, str]
    measured: Mapping[str, tuple[_Key, ...]]  # nouns a percent change measures ("cena" -> price), like ``counted``
    compound_hint: re.Pattern[str]  # a part every form of a numeral compound shows ("dniow", "krotni")
    compound_re: re.Pattern[str]  # "trzydniowy", "12-godzinny": (number part, unit ending)
    english_compound_re: re.Pattern[str]  # "three-week", "90-minute", "5,000-tonne": (number, unit)
    counted_compounds: Mapping[str, tuple[str, str]]  # "member" -> (person, "{noun} member"): "a 40-member delegation"
    repeat_re: re.Pattern[str]  # "dwukrotnie": (number part)
    numeral_prefixes: Mapping[str, tuple[float, float]]
    numeral_units: Mapping[str, str]
    group_members: Mapping[str, str]  # "120-osobowa kompania": its members are soldiers
    member_suffix: str  # "w delegacji liczącej ok. 150 osób": delegation members
    fallen_labels: frozenset[str]  # "zabitych i rannych" (casualties) in an article that counts soldiers: soldiers
    generic_groups: frozenset[str]  # "grupa", "zmiana": members of the kind counted just before
    group_size_label: str  # persons apiece in groups of no role: "group size"
    capacity_verbs: frozenset[str]  # "może pomieścić do 350 osób": what a place or a vehicle holds
    estimating_verbs: frozenset[str]  # "szacuje przychody na 25 mln dolarów": the money noun the sum is put on
    expense_nouns: frozenset[str]  # "X to wydatek rzędu N": what one X costs, its price
    rate_links: frozenset[str]  # "prowizję w wysokości 3–5 proc.": words between a rate's noun and its percent
    rate_link_verbs: frozenset[str]  # "z marżą sięgającą 250 proc."
    rate_labels: frozenset[str]  # money nouns a percent may be the rate of ("commission", "margin", "fine")
    capacity_label: str
    tickets: _Tickets  # "bilet w jedną stronę kosztuje": a ticket price
    apiece_groups: frozenset[str]  # group nouns whose members are counted apiece: generic, of members, "zespół"
    more_of_kind: frozenset[str]  # "kolejne 5 tys. osób": more of the kind counted just before
    member_kinds: frozenset[str]  # kinds of persons a group is made of
    roles_not_relative: frozenset[str]  # roles a relative clause after the noun does not give ("walczyły o bilety")
    repetition_nouns: frozenset[str]
    repetition_words: Mapping[str, float]  # "twice a month": English words of a number of times
    repetition_verbs: Mapping[str, str]
    repetition_roles: Mapping[str, str]  # "był celem pięć razy": the event a role noun says the subject took part in
    repetition_label: str  # repetitions of a verb not in ``repetition_verbs``
    frequency_vehicles: Mapping[str, str]  # "samolotem raz w miesiącu": what a vehicle's repetitions are (flights)
    english_rate_adjectives: Mapping[str, str]  # "annual cap of 500,000 barrels": a year
    english_levels_before: _Phrases  # "up from two": the level before a change
    slash_units: frozenset[str]  # "$45/t", "3,800 b/d": a unit after a slash, no fraction
    counted_participles: frozenset[str]  # "40 injured": a participle after a number names the persons counted
    english_level_verbs: frozenset[str]  # "increase flights to four a week": the count a bare amount after "to" is of
    english_level_heads: frozenset[str]  # "the number of tourists": passed over to the thing counted
    part_determiners: frozenset[str]  # "of the six", "z tych sześciu": between a part and the number it is of
    english_bare_count_verbs: frozenset[str]  # "Seven were captured": verbs after a count that opens its clause
    english_group_openers: _Phrases  # "in groups of two or three": persons in each group
    rated_units: _Phrases  # "b/d" -> "barrel/day"
    english_measure_links: frozenset[str]  # words between a rated noun phrase and its amount ("of", "is")
    travel_verbs: frozenset[str]  # "prom kursuje dwa razy w tygodniu": the vehicle's trips are counted
    repetition_followers: frozenset[str]  # English words after "N times" of a count, not a ratio ("14 times in July")
    ratio_verbs: frozenset[str]  # verbs that make "N razy" a ratio, not repetitions
    comparatives: frozenset[str]
    trigger_words: frozenset[str]  # words that may start an amount
    starters: frozenset[str]  # words that may start an amount, a fraction or an implicit "one" ("ponad rok")


def _merge(base: Any, extra: Any) -> Any:
    """Merge two parsed YAML trees: mappings key by key, lists concatenated, base wins on scalars."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return base if base is not None else extra


def _phrases(mapping: Mapping[str, str] | Iterable[str]) -> _Phrases:
    """Index phrases longest first, so "nie więcej niż" beats "więcej niż"."""
    items = mapping.items() if isinstance(mapping, Mapping) else ((p, p) for p in mapping)
    pairs = {tuple(str(k).lower().split()): str(v) for k, v in items}
    ordered = tuple(sorted(pairs.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    by_first: dict[str, list[tuple[Phrase, str]]] = {}
    by_last: dict[str, list[tuple[Phrase, str]]] = {}
    for item in ordered:
        by_first.setdefault(item[0][0], []).append(item)
        by_last.setdefault(item[0][-1], []).append(item)
    return _Phrases(frozenset(by_first), frozenset(by_last),
                    MappingProxyType({k: tuple(v) for k, v in by_first.items()}),
                    MappingProxyType({k: tuple(v) for k, v in by_last.items()}))


def _candidates(index: Mapping[str, tuple[tuple[Phrase, str], ...]], words: frozenset[str],
                ) -> Iterable[tuple[Phrase, str]]:
    """The phrases indexed under any of ``words``, longest first."""
    found = [index[w] for w in words if w in index]
    if len(found) == 1:
        return found[0]
    return sorted((item for items in found for item in items), key=lambda kv: (-len(kv[0]), kv[0]))


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType({str(k).lower(): v for k, v in mapping.items()})


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


_STEM_ENDINGS = ("ymi", "ych", "ich", "imi", "ego", "emu", "ami", "ach", "owi", "om", "ów", "ej", "ym", "im", "em",
                 "ą", "ę", "a", "e", "i", "y", "o", "u")


def _stem(word: str) -> str:
    """A form shared by the case forms of a word morfeusz does not know: "armatohaubic", "armatohaubica" and
    "armatohaubicami" all give "~armatohaubic" (the mark keeps stems apart from real words)."""
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return "~" + word[: -len(ending)]
    return "~" + word


def _reading_lemma(a: Analysis) -> str:
    """The lemma of a reading as the lexicon keys it: a negated participle keeps its "nie" ("niekierowany" is
    "niekierować", so "niekierowanych pocisków" is no "pocisk kierowany")."""
    lemma = a.lemma.lower()
    return "nie" + lemma if ":neg" in a.tag else lemma


def _key_words(text: str) -> tuple[frozenset[str], ...]:
    """Forms each word of a lexicon key matches.  A single word is a lemma; the words of a phrase written in
    the nominative ("haubica samobieżna") also match their lemmas ("samobieżny"), so any case form matches.
    A word morfeusz does not know ("armatohaubica") also matches by its stem."""
    words = text.split()
    out = []
    for w in words:
        known = {_reading_lemma(a) for a in analyse_word(w) if a.pos != "ign"}
        forms = {w} if len(words) == 1 else {w} | known
        out.append(frozenset(forms if known else forms | {_stem(w)}))
    return tuple(out)


def _reversed(key: _Key) -> _Key | None:
    """ "haubica samobieżna" read the other way round ("samobieżna haubica"): the noun and the adjective of a
    two-word key may stand in either order (a word morfeusz does not know may be either)."""
    if len(key.words) != 2:
        return None
    if not any(a.pos in _ADJ_POS or a.pos == "ign" for a in analyse_word(key.text.split()[1])):
        return None
    return _Key((key.words[1], key.words[0]), key.text, key.entry)


def _index(entries: Iterable[tuple[str, _Entry]], *, reorder: bool = False) -> Mapping[str, tuple[_Key, ...]]:
    """Keys by every form of their first word, longest key first; with ``reorder``, two-word keys also the
    other way round."""
    index: dict[str, list[_Key]] = {}
    for text, entry in entries:
        key = _Key(_key_words(text.lower()), text.lower(), entry)
        other = _reversed(key) if reorder else None
        for variant in (key, other):
            if variant is None:
                continue
            for form in variant.words[0]:
                index.setdefault(form, []).append(variant)
    return MappingProxyType({k: tuple(sorted(v, key=lambda e: (-len(e.words), e.text))) for k, v in index.items()})


def _counted_entries(data: Mapping[str, Any]) -> Iterable[tuple[str, _Entry]]:
    """Counted-lexicon entries; each group's unit comes from ``group_units`` (a demonym counts persons)."""
    units = data["group_units"]
    for group, entries in data["counted"].items():
        demonym = group == "demonym"
        for text, label in entries.items():
            yield str(text), _Entry(label="person" if demonym else str(label), unit=str(units[group]), demonym=demonym,
                                    group=str(group))


_ENGLISH_LABEL_RE = re.compile(r"[a-z][a-z-]*( [a-z][a-z-]*){0,2}")


def _english_label_index(entries: Iterable[tuple[str, _Entry]]) -> Mapping[str, tuple[_Key, ...]]:
    """The labels of the counted lexicon as keys of English text: "military builders" counts military builders and
    "CT scanners" CT scanners though only the Polish words are listed, as every label is the English word an analyst
    queries.  Each word matches as written (English words are not lemmatized; plurals are reduced to singulars)."""
    index: dict[str, list[_Key]] = {}
    seen: set[str] = set()
    for _text, entry in entries:
        label = entry.label.lower()
        if entry.demonym or label in seen or not _ENGLISH_LABEL_RE.fullmatch(label):
            continue
        seen.add(label)
        key = _Key(tuple(frozenset({w}) for w in label.split()), label, entry)
        index.setdefault(label.split()[0], []).append(key)
    return MappingProxyType({k: tuple(sorted(v, key=lambda e: (-len(e.words), e.text))) for k, v in index.items()})


def _goods_index(data: Mapping[str, Any]) -> Mapping[str, tuple[_Key, ...]]:
    """The counted lexicon's entries of ``cargo`` goods, indexed like ``counted``; every goods key must be one."""
    goods = frozenset(str(g) for g in data["cargo"]["goods"])
    entries = [(text, entry) for text, entry in _counted_entries(data) if text in goods]
    missing = goods - {text for text, _ in entries}
    if missing:
        raise ValueError(f"quantities.yaml: cargo goods not in the counted lexicon: {sorted(missing)}")
    return _index(entries, reorder=True)


def _money_entries(data: Mapping[str, Any]) -> Iterable[tuple[str, _Entry]]:
    """Money nouns: sums of money keep their label; valued things get " value" (unit marks which)."""
    for text, label in data["money_nouns"].items():
        yield str(text), _Entry(label=str(label), unit="sum")
    for text in data["valued_nouns"]:
        yield str(text), _Entry(label="value", unit="valued")


def _labelled(mapping: Mapping[str, Any], unit: str) -> Iterable[tuple[str, _Entry]]:
    return ((str(k), _Entry(label=str(v), unit=unit)) for k, v in mapping.items())


def _with_stems(mapping: Mapping[str, str]) -> Mapping[str, str]:
    """Words by lemma and, if morfeusz does not know them, by stem too ("wieloprowadnicowy")."""
    out = dict(mapping)
    for word, value in mapping.items():
        if all(a.pos == "ign" for a in analyse_word(word)):
            out.setdefault(_stem(word), value)
    return MappingProxyType(out)


def _bounds(value: Any) -> tuple[float, float]:
    return (float(value[0]), float(value[1])) if isinstance(value, list) else (float(value), float(value))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _lexicon() -> _Lexicon:
    """Index the Polish lexicon merged with the English additions (read once per process)."""
    polish = _merge(load_yaml("pl/quantities.yaml"), load_yaml("pl/counted_nouns.yaml"))
    data = _merge(_merge(polish, load_yaml("pl/counted_nouns_common.yaml")), load_yaml("en/quantities.yaml"))
    english = load_yaml("en/quantities.yaml")
    measures = data["measures"]
    vague = {str(k).lower(): (float(v[0]), float(v[1])) for k, v in data["vague"].items()}
    number_words = {str(k).lower(): float(v) for k, v in data["number_words"].items()}
    multiplier_lemmas = {str(k).lower(): float(v) for k, v in data["multipliers"]["lemma"].items()}
    multiplier_texts = {str(k).lower(): float(v) for k, v in data["multipliers"]["text"].items()}
    qualifiers = [(phrase, label) for label, phrases in data["qualifiers"].items() for phrase in phrases]
    classifiers = {str(k).lower(): str(v) for k, v in data["classifiers"].items()}
    prefixes = {str(k).lower(): _bounds(v) for k, v in data["numeral_prefixes"].items()}
    numeral_units = _frozen(data["numeral_units"])
    repetitions = data["repetitions"]
    prefix_re = f"(?:{_alternation(prefixes)})+"
    return _Lexicon(
        number_words=MappingProxyType(number_words),
        collective_numbers=MappingProxyType({str(k): float(v) for k, v in data["collective_numbers"].items()}),
        rank_adjectives=_words(data["rank_adjectives"]),
        genitive_governors=_words(data["genitive_governors"]),
        clause_joiners=_words(data["clause_joiners"]),
        english_numbers=_words(english["number_words"]),
        multiplier_lemmas=MappingProxyType(multiplier_lemmas),
        multiplier_texts=MappingProxyType(multiplier_texts),
        vague=MappingProxyType(vague),
        qualifiers=_phrases(dict(qualifiers)),
        do_not_bound_after=_words(data["do_not_bound_after"]),
        cap_verbs=_words(data["cap_verbs"]),
        preposed=_words(data["preposed_modifiers"]),
        range_connectors=_words(data["range_connectors"]),
        range_openers=_words(data["range_openers"]),
        paired_connectors=MappingProxyType({k: _words(v) for k, v in data["paired_connectors"].items()}),
        percent=_phrases(data["percent"]),
        percentage_points=_phrases(data["percentage_points"]),
        currency_lemmas=_frozen(data["currencies"]["lemma"]),
        currency_assets=MappingProxyType({str(k): str(v) for k, v in data["currencies"]["assets"].items()}),
        currency_texts=_frozen(data["currencies"]["text"]),
        currency_adjectives=_words(data["currencies"]["qualifiers"]),
        rate_periods=_phrases(data["rate_periods"]),
        leading_rate_periods=_phrases(data["leading_rate_periods"]),
        money_per=_phrases(data["money_per"]),
        per_openers=_words(data["per_openers"]),
        contrasts=_phrases(data["contrasts"]),
        rate_units=frozenset(str(u) for u in data["rate_units"]),  # unit codes, as written ("GWh")
        measure_lemmas=_frozen(measures["lemma"]),
        measure_texts=_frozen(measures["text"]),
        measure_labels=MappingProxyType({str(k): str(v) for k, v in measures["labels"].items()}),  # units keep case (MW)
        distance_units=frozenset(str(k) for k, v in measures["labels"].items() if v == "distance"),
        with_complement=_words(measures["with_complement"]),
        with_known_complement=_words(measures["with_known_complement"]),
        journey_nouns=_words(measures["journey_nouns"]),
        implicit_one_after=_phrases(measures["implicit_one_after"]),
        speeds=_phrases(" ".join(words) for words in data["speeds"]),
        measure_verbs=_words(data["measure_verbs"]),
        pair_nouns=_words(data["pair_nouns"]),
        bounded_totals=_words(data["bounded_totals"]),
        abbreviated_nouns=MappingProxyType({str(k).lower(): str(v) for k, v in data["abbreviated_nouns"].items()}),
        dotless_abbreviations=frozenset(str(w).lower() for w in data["dotless_abbreviations"]),
        weigh_verbs=_words(data["weigh_verbs"]),
        periods=_frozen(data["periods"]),
        single_periods=MappingProxyType({str(k): (float(v[0]), str(v[1]))
                                         for k, v in data["single_periods"]["adjectives"].items()}),
        single_period_nouns=_words(data["single_periods"]["nouns"]),
        money_links=_phrases(data["money_links"]),
        money=_index(_money_entries(data), reorder=True),
        value_heads=_words(data["value_heads"]),
        cost_subjects=_words(data["cost_subjects"]),
        paying_verbs=_words(data["paying_verbs"]["verbs"]),
        paid_for=_words(data["paying_verbs"]["paid_for"]),
        per_person_prepositions=_words(data["per_person"]["prepositions"]),
        per_person_determiners=_words(data["per_person"]["determiners"]),
        per_person_bare=_words(data["per_person"].get("bare", [])),
        money_verbs=_frozen({k: (v, v) if isinstance(v, str) else tuple(v) for k, v in data["money_verbs"].items()}),
        priced_units=_frozen(data["priced_units"]),
        complements=_frozen(data["complements"]),
        not_counted=_words(data["not_counted"]),
        year_months=_words(data["year_months"]),
        preceding_non_count=_words(data["preceding_non_count"]),
        designated_formations=_words(data["designated_formations"]),
        street_words=_words(data["street_words"]),
        calibre_words=_words(data["calibre_words"]),
        production_words=_words(data["production_words"]),
        per_one_links=_words(data["per_one_links"]),
        date_span_openers=_words(data["date_span_openers"]),
        following_non_count=_words(data["following_non_count"]),
        time_reference=MappingProxyType({str(k): _words(v) for k, v in data["time_reference"].items()}),
        year_prepositions=_words(data["year_prepositions"]),
        year_words=_words(data["year_words"]),
        clause_boundaries=_words(data["clause_boundaries"]),
        subject_sharing=_words(data["subject_sharing"]),
        percent_states=MappingProxyType({str(k): _words(v) for k, v in data["percent_states"].items()}),
        and_a_half=_words(data["and_a_half"]),
        level_setters=_words(data["level_setters"]),
        distance_links=_phrases(data["distance_links"]),
        numeral_unit_factors=MappingProxyType({str(k): float(v) for k, v in data["numeral_unit_factors"].items()}),
        within_one=_WithinOne(_phrases({str(k): "" for k in data["within_one"]["openers"]}),
                              _words(data["within_one"]["adjectives"]), frozenset(data["within_one"]["nouns"]),
                              str(data["within_one"]["label"])),
        legal_terms=_LegalTerms(_words(data["legal_terms"]["openers"]), _words(data["legal_terms"]["nouns"]),
                                str(data["legal_terms"]["label"]), _words(data["legal_terms"]["cues"])),
        role_cues=tuple((role, _words(cues)) for role, cues in data["role_cues"].items()),
        captives=frozenset(str(k) for k in data["captives"]["kinds"]),
        captive_label=str(data["captives"]["label"]),
        counters=_words(data["counters"]),
        after_currency=MappingProxyType({str(k): float(v) for k, v in data["multipliers"]["after_currency"].items()}),
        counted=_index(_counted_entries(data), reorder=True),
        english_labels=_english_label_index(_counted_entries(data)),
        stop_words=_words(data.get("stop_words", [])),
        articles=_words(english["articles"]["words"]),
        articles_go_on=_words(english["articles"]["go_on"]),
        skip_words=_words(data.get("skip_words", [])),
        skip_before_noun=_phrases(data["skip_before_noun"]),
        relational_before=_words(data["relational_before"]),
        part_of=_phrases(data["part_of"]),
        part_pronouns=_words(data["part_pronouns"]),
        age_nouns=_words(data["age"]["nouns"]),
        age_verbs=_words(data["age"]["verbs"]),
        age_not_after_verb=_words(data["age"]["not_after_verb"]),
        age_participles=_words(data["age"]["participles"]),
        age_persons=_words(data["age"]["persons"]),
        age_label=str(data["age"]["label"]),
        per_unit_heads=_words(data["per_unit_heads"]),
        age_from=_words(data["age"]["from"]),
        price_from=_words(data["price_from"]),
        fractions=MappingProxyType({str(k).lower(): float(v) for k, v in data["fractions"]["percent"].items()}),
        fraction_not_after=_words(data["fractions"]["not_after"]),
        numerators=_frozen(data["fractions"]["numerators"]),
        denominators=_frozen(data["fractions"]["denominators"]),
        share_words=_words(data["fractions"]["share_words"]),
        coordinators=_words(data["coordinators"]),
        duration_joiners=_words(data["duration_joiners"]),
        irregular_plurals=_words(data["irregular_plurals"]),
        person_endings=tuple(str(w) for w in data["person_endings"]),
        source_verbs=_words(data["sources"]["verbs"]),
        sources_before=_phrases(data["sources"]["before"]),
        source_place_words=_words(data["sources"]["place_words"]),
        source_between=_words(data["sources"]["between"]),
        during_words=_words(data["during"]["words"]),
        lasting_before=_words(data["during"]["lasting_before"]),
        measure_phrases=_phrases(measures["phrases"]),
        measure_phrase_labels=_phrases(measures["phrase_labels"]),
        change_objects=_frozen(data["change_objects"]),
        determiners_after=_words(data["determiners_after"]),
        fraction_not_before=_words(data["fractions"]["not_before"]),
        priced=_index(_labelled(data["priced_nouns"], "price"), reorder=True),
        choice_words=_words(data["choice_words"]),
        unit_price_nouns=_words(data["unit_price_nouns"]),
        payer_verbs=_words(data["payer_verbs"]),
        item_labels=_frozen(data["item_labels"]),
        values_alone=_words(data["values_alone"]),
        equivalence_words=_words(data["equivalence_words"]),
        alternative_words=_words(data["alternative_words"]),
        wage_verbs=_words(data["wage_verbs"]),
        wage_payers=_words(data["wage_payers"]),
        money_in=_words(english["money_in"]["words"]),
        qualifiers_after=_phrases({str(phrase): str(label) for label, phrases in data["qualifiers_after"].items()
                                   for phrase in phrases}),
        reach_verbs=_words(data["bounding_modals"]["verbs"]),
        bounding_modals=_words(data["bounding_modals"]["modals"]),
        money_states=_words(english["money_in"]["states"]),
        person_states=_frozen(data["person_states"]),
        refinements=MappingProxyType({str(k): tuple(_refinement(str(label), cues) for label, cues in v.items())
                                      for k, v in data["refinements"].items()}),
        days_off=_words(data["counted_days"]["own"]["words"]),
        days_off_label=str(data["counted_days"]["own"]["label"]),
        counted_days=(_words(data["counted_days"]["periods"]),
                      tuple((str(k), _words(v)) for k, v in data["counted_days"]["kinds"].items()),
                      str(data["counted_days"]["default"])),
        wage_phrases=_phrases(data["wage_phrases"]),
        bereaved=_words(data["bereaved"]),
        work_verbs=frozenset(data["work_verbs"]),
        casualty_cues=frozenset(data["casualty_cues"]),
        dying_cues=frozenset(data["dying_cues"]),
        compensation_cues=_words(data["compensation_cues"]),
        named_subject_verbs=_words(data["named_subject_verbs"]),
        money_adjectives=_frozen({str(k): str(v) for k, v in data["money_adjectives"].items()}),
        wage_ceiling=float(data["wage_ceiling"]),
        model_kinds=MappingProxyType({
            str(noun): tuple(sorted(((str(k).lower(), str(v)) for k, v in group["kinds"].items()),
                                    key=lambda kv: -len(kv[0])))
            for group in data["models"] for noun in group["nouns"]}),
        models_alone=_models_alone(data["models"], data["counted_alone"]),
        model_makers=_words(data["model_makers"]),
        duration_kinds=_kinds(data["duration_kinds"]),
        long_periods=_words(data["kinds_per_long_period"]["periods"]),
        kinds_per_long_period=_frozen(data["kinds_per_long_period"]["kinds"]),
        distance_kinds=_kinds(data["distance_kinds"]),
        participle_kinds=_words(data["participle_kinds"]),
        mass_names=_frozen(data["measure_nouns"]["mass_names"]),
        heights=(_words(data["heights"]["nouns"]), _words(data["heights"]["units"]), str(data["heights"]["label"])),
        distance_from=_words(data["distance_from"]),
        targets=_words(data["miss_distance"]["targets"]),
        miss_distance_label=str(data["miss_distance"]["label"]),
        length_label=str(data["measure_nouns"]["length_label"]),
        per_unit_labels=MappingProxyType({str(k): str(v) for k, v in data["per_unit_labels"].items()}),  # units keep case
        time_rates=_frozen(data["time_rates"]),
        rate_adjectives=_frozen(data["rate_adjectives"]),
        role_nouns=MappingProxyType({
            str(noun).lower(): (bool(spec.get("general", False)),
                                tuple((str(role), _words(cues)) for role, cues in (spec.get("own") or {}).items()))
            for noun, spec in data["role_nouns"].items()}),
        men_of_soldiers=_words(data["men_of_soldiers"]),
        containers=_words(data["containers"]),
        plural_contents=_words(data["plural_contents"]),
        phrase_enders=_phrases(data["phrase_enders"]),
        classified_groups=_words(data["classified_groups"]),
        classifiers=_with_stems({k: v for k, v in classifiers.items() if " " not in k}),
        classifier_phrases=_phrases({k: v for k, v in classifiers.items() if " " in k}),
        senses_by_amount=MappingProxyType({str(noun).lower(): (str(v["bare"]), float(v["at_least"]), str(v["sense"]))
                                           for noun, v in data["senses_by_amount"].items()}),
        senses=MappingProxyType({str(noun).lower(): tuple((str(label), _words(cues)) for label, cues in senses.items())
                                 for noun, senses in data["senses"].items()}),
        count_heads=_words(data["count_heads"]),
        count_estimate_links=_words(data["count_estimate_links"]) | _words(english["count_estimate_links"]),
        totalling=_phrases(data["totalling"]),
        english_count_heads=_words(english["count_heads"]),
        english_count_owners=_words(english["count_owners"]),
        english_determiners=_words(english["determiners"]),
        english_fraction_comparisons=_words(english["fraction_comparisons"]),
        english_halves_named=_words(english["halves_named"]),
        english_back_references=_words(english["back_references"]),
        english_relatives=_words(english["relatives"]),
        english_casualty_verbs=_words(english["casualty_verbs"]),
        bounding_verbs=_frozen({k: (str(v[0]), str(v[1])) for k, v in data["bounding_verbs"].items()}),
        antecedent_units=_words(data["antecedent_units"]),
        count_continuers=_words(data["count_continuers"]),
        english_fractions=MappingProxyType({str(k): int(v) for k, v in data["english_fractions"].items()}),
        mine_after=_words(data["mines"]["after"]),
        mine_cues=_words(data["mines"]["cues"]),
        mine_time_cues=_words(data["mines"]["time_cues"]),
        mine_time_before=_phrases(data["mines"]["time_before"]),
        measure_nouns=MappingProxyType({str(k): _frozen(v) for k, v in data["measure_nouns"].items()
                                        if isinstance(v, dict)}),
        measure_after=_words(data["measure_nouns"]["after"]),
        measure_of_owner=_words(data["measure_nouns"]["of_owner"]),
        weighed_by_name=frozenset(str(v) for v in data["measure_nouns"]["weighed_by_name"]),
        comparisons=MappingProxyType({str(w).lower(): str(data["comparisons"]["labels"][side])
                                      for side in ("more", "less") for w in data["comparisons"][side]}),
        comparison_bases=_frozen(data["comparison_bases"]),
        unnamed_share=str(data["unnamed_percent"]["part"]),
        unnamed_money=str(data["unnamed_money"]),
        interval_words=_words(data["intervals"]["words"]),
        back_references=_words(data["grammar_words"]["back_references"]),
        clause_joins=_words(data["grammar_words"]["clause_joins"]),
        them=_words(data["grammar_words"]["them"]),
        level_openers=_words(data["grammar_words"]["level_openers"]),
        part_openers=frozenset(tuple(str(p).lower().split()) for p in data["grammar_words"]["part_openers"]),
        changed_by=_words(data["grammar_words"]["changed_by"]),
        apiece=_words(data["grammar_words"]["apiece"]),
        modals=_words(data["grammar_words"]["modals"]),
        aside_openers=_words(data["grammar_words"]["aside_openers"]),
        possessives=_words(data["grammar_words"]["possessives"]),
        interval_label=str(data["intervals"]["label"]),
        interval_kinds=_kinds(data["intervals"]["kinds"]),
        cargo_units=frozenset(str(u) for u in data["cargo"]["units"]),
        cargo_words=_words(data["cargo"]["words"]),
        cargo_label=str(data["cargo"]["label"]),
        goods=_goods_index(data),
        unnamed_difference=str(data["unnamed_percent"]["compared"]),
        compared_changes=MappingProxyType({str(data["comparisons"]["labels"][side]):
                                           str(data["unnamed_percent"]["compared_amounts"][side]) for side in ("more", "less")}),
        price_cues=_words(data["unnamed_percent"]["prices"]["cues"]),
        price_difference=str(data["unnamed_percent"]["prices"]["label"]),
        unnamed_amount_change=MappingProxyType({str(w).lower(): str(data["unnamed_percent"]["compared_amounts"][side])
                                                for side in ("more", "less") for w in data["comparisons"][side]}),
        than=_words(data["comparisons"]["than"]),
        earlier_times=_words(data["comparisons"]["times"]),
        amount_comparisons=_words(data["comparisons"]["of_amounts"]),
        comparison_sides=MappingProxyType({str(data["comparisons"]["labels"][side]): bound
                                           for side, bound in (("more", "more_than"), ("less", "less_than"))}),
        length_participles=_words(data["measure_nouns"]["length_participles"]),
        length_verbs=_words(data["measure_nouns"]["length_verbs"]),
        way_prepositions=_words(data["measure_nouns"]["way_prepositions"]),
        change_verbs=_frozen(data["change_verbs"]),
        change_nouns=_frozen(data["change_nouns"]),
        measured=_index(_labelled(data["measured_nouns"], "measure"), reorder=True),
        compound_hint=re.compile(_alternation([*(u[:-1] for u in numeral_units),
                                               str(repetitions["adverb_suffix"])[:-1]])
                                 + "|" + _english_compound(english, measures).pattern),
        english_compound_re=_english_compound(english, measures),
        counted_compounds=MappingProxyType({str(k): (str(v[0]), str(v[1]))
                                            for k, v in english["counted_compounds"].items()}),
        compound_re=re.compile(rf"({prefix_re}|\d+(?:,\d+)?-)({_alternation(numeral_units)})"),
        repeat_re=re.compile(rf"({prefix_re}){re.escape(str(repetitions['adverb_suffix']))}"),
        numeral_prefixes=MappingProxyType(prefixes),
        numeral_units=numeral_units,
        group_members=_frozen(data["group_members"]),
        member_suffix=str(data["group_member_suffix"]),
        fallen_labels=_words(data["fallen_labels"]),
        generic_groups=_words(data["generic_groups"]),
        group_size_label=str(data["group_size_label"]),
        capacity_verbs=_words(data["capacity"]["verbs"]),
        estimating_verbs=_words(data["estimating_verbs"]),
        expense_nouns=_words(data["expense_nouns"]),
        rate_links=_words(data["percent_rates"]["links"]),
        rate_link_verbs=_words(data["percent_rates"]["link_verbs"]),
        rate_labels=_words(data["percent_rates"]["labels"]),
        capacity_label=str(data["capacity"]["label"]),
        tickets=_Tickets(label=str(data["tickets"]["label"]), relabelled=_words(data["tickets"]["relabelled"]),
                         words=_words(data["tickets"]["words"]),
                         phrases=_phrases(data["tickets"]["phrases"]),
                         seats=_words(data["tickets"]["seats"]), vehicles=_words(data["tickets"]["vehicles"])),
        apiece_groups=_words(data["apiece_groups"]) | _words(data["generic_groups"]) | _words(data["group_members"]),
        more_of_kind=_words(data["more_of_kind"]),
        member_kinds=frozenset(data["group_members"].values()) | frozenset(data["role_cues"]),
        roles_not_relative=frozenset(str(r) for r in data["roles_not_relative"]),
        repetition_nouns=_words(repetitions["nouns"]),
        repetition_words=MappingProxyType({str(k).lower(): float(v) for k, v in english["repetitions"]["words"].items()}),
        repetition_verbs=_frozen(repetitions["verbs"]),
        repetition_roles=_frozen(repetitions["roles"]),
        repetition_label=str(repetitions["other_verbs"]),
        frequency_vehicles=_frozen(repetitions["vehicles"]),
        english_rate_adjectives=_frozen(english["rate_adjectives"]),
        english_levels_before=_phrases(english["levels_before"]),
        slash_units=_words(english["slash_units"]),
        counted_participles=_words(english["counted_participles"]),
        english_level_verbs=_words(english["level_verbs"]),
        english_level_heads=_words(english["level_heads"]),
        part_determiners=_words(data["part_determiners"]),
        english_bare_count_verbs=_words(english["bare_count_verbs"]),
        english_group_openers=_phrases(english["group_openers"]),
        rated_units=_phrases(english["rated_units"]),
        english_measure_links=_words(english["measure_links"]),
        travel_verbs=_words(repetitions["travel_verbs"]),
        repetition_followers=_words(repetitions["followers"]),
        ratio_verbs=_words(repetitions["ratio_verbs"]) | _frozen(data["change_verbs"]).keys()
        | _frozen(data["change_objects"]).keys(),
        comparatives=_words(repetitions["comparatives"]),
        trigger_words=frozenset(number_words) | frozenset(vague) | frozenset(multiplier_lemmas)
        | frozenset(multiplier_texts),
        starters=frozenset(number_words) | frozenset(vague) | frozenset(multiplier_lemmas)
        | frozenset(multiplier_texts) | frozenset(str(k).lower() for k in data["fractions"]["percent"])
        | frozenset(str(k).lower() for k in data["fractions"]["denominators"])
        | frozenset(str(k).lower() for k in measures["lemma"]) | _ENGLISH_ARTICLES
        | frozenset(str(k) for k in data["collective_numbers"])
        | frozenset(str(k).lower() for k in repetitions["nouns"])  # "raz w tygodniu"
        | frozenset(str(k).lower() for k in english["repetitions"]["words"]),  # "twice a month"
    )


# ------------------------------------------------------------------------------------------- tokens


@functools.lru_cache(maxsize=10_000)
def _compound(text: str, analyses: tuple[Analysis, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A noun-noun compound ("wagonów-platform", "dron-wabik", "kobiet-żołnierzy"): its lemmas with each part
    lemmatized ("wagon-platforma"; morfeusz reads the last part only and keeps the first as written) and the lemmas of
    its head, the first part ("wagon").  The head agrees with the whole in number and case; a first part that is no
    common noun ("rosyjsko-", "Bielsko-") makes no compound: ((), {})."""
    parts = text.lower().split("-")
    if len(parts) != 2 or len(parts[0]) < 3 or not parts[0].isalpha() or not parts[1].isalpha():
        return (), frozenset()
    heads = [a for a in analyse_word(parts[0])
             if a.pos in _NOUN_POS and all(c == "nazwa_pospolita" for c in a.name_class)]
    if not heads:
        return (), frozenset()
    whole = [a for a in analyses if a.pos in _NOUN_POS]
    agreeing = [a for a in heads if any(a.numbers & w.numbers and a.cases & w.cases for w in whole)] or heads
    head_lemmas = list(dict.fromkeys(a.lemma.lower() for a in agreeing))
    tails = list(dict.fromkeys(w.lemma.lower().rsplit("-", 1)[1] for w in whole if "-" in w.lemma)) or list(
        dict.fromkeys(a.lemma.lower() for a in analyse_word(parts[1]) if a.pos in _NOUN_POS)) or [parts[1]]
    return tuple(f"{h}-{t}" for h in head_lemmas for t in tails), frozenset(head_lemmas)


@functools.lru_cache(maxsize=100_000)
def _forms_of(text: str, kind: str, analyses: tuple[Analysis, ...]) -> frozenset[str]:
    """The lowercased text, its lemmas (a compound's with each part lemmatized: "wagon-platforma") and, for unknown
    words, guessed singulars ("troops" -> "troop") and the stem of a Polish word morfeusz does not know
    ("armatohaubic" -> "~armatohaubic")."""
    lower = text.lower()
    forms = {lower, *(_reading_lemma(a) for a in analyses)}
    if kind == "word" and "-" in lower:
        forms.update(_compound(lower, analyses)[0])
    if kind == "word" and lower.isalpha() and all(a.tag == "ign" for a in analyses):
        for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ów", ""), ("ami", ""), ("ach", ""),
                                    ("y", ""), ("i", ""), ("a", ""), ("u", "")):
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                forms.add(lower[: -len(suffix)] + replacement)
        forms.add(_stem(lower))
    return frozenset(forms)


_TOKEN_CACHE_SIZE = 100_000
_token_cache: dict[tuple[str, str], tuple[tuple[Analysis, ...], frozenset[str], bool]] = {}


def _token_forms(tok: Token, lex: _Lexicon) -> tuple[frozenset[str], bool]:
    """The token's forms (``_forms_of``) and whether it may start an amount (a number, a word with a starter form or a
    numeral compound).  Kept by text and kind: a word's readings are one shared tuple, so checking it is the same
    object costs nothing, while hashing the readings on every call would cost more than all the rules of a sentence
    with no number."""
    key = (tok.text, tok.kind)
    hit = _token_cache.get(key)
    if hit is not None and hit[0] is tok.analyses:
        return hit[1], hit[2]
    forms = _forms_of(tok.text, tok.kind, tok.analyses)
    if tok.lower in lex.abbreviated_nouns:  # "szt." -> sztuka
        forms = forms | {lex.abbreviated_nouns[tok.lower]}
    starts = tok.kind == "number" or (tok.kind == "word" and (
        not forms.isdisjoint(lex.starters) or lex.compound_hint.search(tok.lower) is not None
        or tok.lower.rpartition("-")[2] in lex.english_fractions))  # "two-thirds"
    if len(_token_cache) >= _TOKEN_CACHE_SIZE:
        _token_cache.clear()
    _token_cache[key] = (tok.analyses, forms, starts)
    return forms, starts


@dataclass(frozen=True, slots=True)
class _Tickets:
    """What makes a sum a ticket price (``tickets`` of the lexicon)."""

    label: str
    relabelled: frozenset[str]  # the names a ticket's words turn into ``label`` (with a sum nothing names)
    words: frozenset[str]  # lemmas: "bilet"
    phrases: _Phrases  # "w jedną stronę"
    seats: frozenset[str]  # "miejsce" in a vehicle
    vehicles: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Context:
    """One sentence prepared for the grammar: tokens, their forms and what is around them."""

    tokens: tuple[Token, ...]
    forms: tuple[frozenset[str], ...]
    text: str  # the sentence text; token offsets point into it shifted by ``offset``
    offset: int
    sentence: int
    lex: _Lexicon
    actors: Mapping[int, tuple[Mention, ...]]  # actor mentions by the index of their first token
    date_spans: tuple[tuple[int, int], ...] = ()
    before: tuple[Token, ...] = ()  # the sentence before in the paragraph: it may name the kind a noun has
    carried_lemma: str | None = None  # the noun the sentence before went on counting without naming it
    earlier: Sequence[Sentence] = ()  # the document's sentences before this one, nearest last (not copied)
    demonyms: Mapping[str, str] = dataclasses.field(default_factory=dict)  # English demonym by country name
    persons_before: str | None = None  # what the persons counted last, just before, were ("soldier")
    persons_in_document: str | None = None  # the kind of persons the document counted most so far
    produced: Quantity | None = None  # the last thing counted at a rate a few sentences before (what is made)
    counted_before: Quantity | None = None  # the last persons or things counted a few sentences before ("z nich")
    bounds: tuple[Mapping[int, int], Mapping[int, int]] = ({}, {})  # see ``token_bounds``

    def lower(self, pos: int) -> str:
        return self.tokens[pos].lower if 0 <= pos < len(self.tokens) else ""

    def has(self, pos: int, words: Iterable[str] | frozenset[str]) -> bool:
        if not 0 <= pos < len(self.tokens):
            return False
        forms = self.forms[pos]
        return not forms.isdisjoint(words)

    def token_bounds(self) -> tuple[Mapping[int, int], Mapping[int, int]]:
        """Token positions by the character offset where a token starts, and where one ends: a quantity's span
        back to its tokens (made once with the context: the naming passes all ask for them)."""
        return self.bounds

    def english(self, pos: int) -> bool:
        """An unknown word (morfeusz has no reading for it): English text, a name or a typo."""
        return 0 <= pos < len(self.tokens) and self.tokens[pos].kind == "word" and not self.tokens[pos].is_known


def _actors_by_start(mentions: Iterable[Mention]) -> Mapping[int, tuple[Mention, ...]]:
    """Actor mentions by the index of their first token, so looking one up costs no scan of the sentence."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.token_start, []).append(m)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _context(sentence: Sentence, mentions: Sequence[Mention] = (), dates: Sequence[DateExpr] = (),
             forms: tuple[frozenset[str], ...] | None = None, before: Sequence[Sentence] = (),
             demonyms: Mapping[str, str] = MappingProxyType({}), earlier: Sequence[Sentence] = (),
             carried_lemma: str | None = None, persons_before: str | None = None,
             persons_in_document: str | None = None, produced: Quantity | None = None,
             counted_before: Quantity | None = None) -> _Context:
    tokens = sentence.tokens
    lex = _lexicon()
    return _Context(
        tokens=tokens,
        forms=forms if forms is not None else tuple(_token_forms(t, lex)[0] for t in tokens),
        text=sentence.text,
        offset=sentence.start,
        sentence=sentence.index,
        lex=lex,
        actors=_actors_by_start(m for m in mentions if m.sentence == sentence.index and m.entity.table == "actor"),
        date_spans=tuple((d.start, d.end) for d in dates  # "od 66 lat" is a date and a duration that counts
                         if d.start < sentence.end and d.end > sentence.start and not d.measured),
        before=tuple(t for s in before for t in s.tokens),
        earlier=earlier,
        carried_lemma=carried_lemma,
        demonyms=demonyms,
        persons_before=persons_before,
        persons_in_document=persons_in_document,
        produced=produced,
        counted_before=counted_before,
        bounds=({t.start: k for k, t in enumerate(tokens)}, {
            **{t.end - 1: k for k, t in enumerate(tokens) if t.lower[:-1] in lex.dotless_abbreviations
               and t.lower.endswith(".")},  # "ok. 340 mln." ends before the full stop (``_quantity``)
            **{t.end: k for k, t in enumerate(tokens)}}),
    )


def _is_noun(tok: Token) -> bool:
    return tok.has_pos(*_NOUN_POS)


def _is_adjective(tok: Token) -> bool:
    return tok.has_pos(*_ADJ_POS)


def _time_compared(ctx: _Context, amount: _Amount, pos: int) -> bool:
    """Is the word at ``pos`` a singular time noun that dates a comparison ("wobec 15 rok wcześniej", "kilkunastu rok
    temu") rather than the unit of a larger amount before it ("15 lat" would be)?"""
    if amount.low <= 1 or pos + 1 >= len(ctx.tokens) or ctx.lower(pos + 1) not in ctx.lex.following_non_count:
        return False
    units = {ctx.lex.measure_lemmas[lemma] for lemma in ctx.forms[pos] & ctx.lex.measure_lemmas.keys()}
    return ctx.tokens[pos].kind == "word" and not units.isdisjoint(_TIME_UNITS) and not any(
        "pl" in a.numbers for a in ctx.tokens[pos].analyses if a.pos == "subst")


def _elided_noun(ctx: _Context, pos: int) -> bool:
    """Is the word at ``pos`` an adjective whose noun is left out, ending its phrase ("osiem spółek z Hongkongu, cztery
    emirackie i dwie rosyjskie", "300 czołgów, w tym 50 nowych")?  Not a word the lexicon counts by itself."""
    if not 0 <= pos < len(ctx.tokens) - 1:
        return False
    tok = ctx.tokens[pos]
    return (tok.kind == "word" and not tok.is_capitalized and tok.has_pos(*_ADJ_POS) and _is_stop(ctx, pos + 1)
            and _lexicon_match(ctx, pos) is None)


_INSTRUMENTAL = frozenset({"inst"})


def _is_stop(ctx: _Context, pos: int) -> bool:
    """Does the token end the noun phrase after a number (punctuation, preposition, verb, ...)?"""
    tok = ctx.tokens[pos]
    if tok.kind in ("punct", "number"):
        return True
    if tok.lower in ctx.lex.counted_participles and pos > 0 and ctx.tokens[pos - 1].kind == "number":
        return False  # "nearly 7,000 killed and wounded", "40 injured": the persons counted
    if tok.lower in ctx.lex.english_numbers and ctx.english(pos):
        return True  # "Two of the six": another number, no noun
    if tok.lower in ctx.lex.stop_words and (not tok.is_known or ctx.english(pos - 1) or ctx.english(pos + 1)) and not (
            tok.text.isupper() and len(tok.text) > 1) and not (
            tok.lower in ctx.lex.articles and ctx.has(pos - 1, ctx.lex.articles_go_on)):
        return True  # "and" is also a Polish name ("Anda"): among English words it is the conjunction; "IT workers"
    if ctx.english(pos) and len(tok.lower) > 4 and tok.lower.endswith("ed") and not tok.lower.endswith("eed") and not (
            ctx.english(pos + 1) and not _is_stop(ctx, pos + 1)):
        return True  # "only 612 declared their jobs": a past tense, not the noun counted ("86 covered wagons" is)
    if tok.has_pos("prep"):  # "do" is also a musical note for morfeusz
        return not (tok.has_pos("subst") and _counted_genitive(ctx, pos))
    qualifier = _match_at(ctx, pos, ctx.lex.qualifiers)
    if qualifier is not None and qualifier[0] < len(ctx.tokens) and ctx.tokens[qualifier[0]].kind == "number":
        return True  # "w latach 2025–2027 ok. 150 mld rubli": the next amount's qualifier ("ok." is no eye, "oko")
    if tok.has_pos(*_VERB_POS):  # "trwały walki": a verb reading wins over the homonymous adjective
        # and over a noun reading only in the instrumental ("kolejne 24 mają trafić": "maja")
        return not tok.has_pos(*_NOUN_POS) or tok.cases(_NOUN_POS) <= _INSTRUMENTAL
    return tok.has_pos(*_STOP_POS) and not tok.has_pos(*_NOUN_POS, *_ADJ_POS)


def _counted_genitive(ctx: _Context, pos: int) -> bool:
    """Is the word at ``pos``, a preposition that is also a counted noun of the lexicon in the genitive plural
    ("miast": instead of, of cities), the noun a number before it counts ("8 okupowanych miast", "kilkanaście
    miast")?  Not an indeclinable noun ("do", a note: "od 2014 do 2022") nor one the lexicon does not count ("od":
    odes)."""
    counted = ctx.lex.counted
    if not any(a.pos == "subst" and "gen" in a.cases and a.numbers == _PLURAL and a.lemma.lower() in counted
               for a in ctx.tokens[pos].analyses):
        return False
    if pos + 1 < len(ctx.tokens) and ctx.tokens[pos + 1].kind == "number":
        return False  # "5 tys. miast 10 tys. żołnierzy": instead of
    q = pos - 1
    while q >= 0 and pos - q <= 3 and ctx.tokens[q].kind == "word" and _is_adjective(ctx.tokens[q]):
        q -= 1  # past the adjectives of the noun
    if q < 0:
        return False
    prev = ctx.tokens[q]
    return prev.kind == "number" or (prev.kind in ("word", "abbr") and not ctx.forms[q].isdisjoint(ctx.lex.trigger_words))


def _match_at(ctx: _Context, pos: int, phrases: _Phrases) -> tuple[int, str] | None:
    """The longest phrase starting at ``pos``: (position after it, its value)."""
    if not 0 <= pos < len(ctx.tokens) or ctx.forms[pos].isdisjoint(phrases.first):
        return None
    for words, value in _candidates(phrases.by_first, ctx.forms[pos]):
        end = pos + len(words)
        if end <= len(ctx.tokens) and all(w in ctx.forms[pos + n] for n, w in enumerate(words)):
            return end, value
    return None


def _match_before(ctx: _Context, pos: int, phrases: _Phrases) -> tuple[int, str] | None:
    """The longest phrase ending right before ``pos``: (its first position, its value)."""
    if not 0 < pos <= len(ctx.tokens) or ctx.forms[pos - 1].isdisjoint(phrases.last):
        return None
    for words, value in _candidates(phrases.by_last, ctx.forms[pos - 1]):
        start = pos - len(words)
        if start >= 0 and all(w in ctx.forms[start + n] for n, w in enumerate(words)):
            return start, value
    return None


# ------------------------------------------------------------------------------------------ numbers


@dataclass(frozen=True, slots=True)
class _Amount:
    first: int  # position of the first token of the number
    last: int  # position of its last token, multiplier included (first - 1 for an implicit "one")
    low: float
    high: float
    kind: str  # digits | words | vague | range | implicit
    factor: float = 1.0  # multiplier applied ("tys." -> 1000)

    @property
    def multiplied(self) -> bool:
        return self.factor != 1.0


def _parse_digits(text: str, before_multiplier: bool) -> float | None:
    """ "20000", "1.000.000", "2,5", "10,000", "2.5": a lone separator before three digits groups thousands
    unless a multiplier follows ("1,500 mln" is 1.5 million).  A run of more digits than any amount has is
    not an amount (and would not fit a float)."""
    if not _DIGITS_RE.fullmatch(text) or sum(c.isdigit() for c in text) > _MAX_DIGITS:
        return None
    separators = [c for c in text if c in ".,"]
    if not separators:
        return float(text)
    groups = re.split(r"[.,]", text)
    if len(set(separators)) == 2:  # "1.234,5" or "1,234.5": the last separator is the decimal one
        decimal = separators[-1]
        whole, frac = text.rsplit(decimal, 1)
        return float(re.sub(r"[.,]", "", whole) + "." + frac)
    if len(separators) > 1:
        return float("".join(groups)) if all(len(g) == 3 for g in groups[1:]) else None
    whole, frac = groups
    if len(frac) == 3 and whole != "0" and len(whole) <= 3 and not before_multiplier:
        return float(whole + frac)
    return float(whole + "." + frac)


def _gap_is_separator(ctx: _Context, left: Token, right: Token) -> bool:
    gap = ctx.text[left.end - ctx.offset : right.start - ctx.offset]
    return len(gap) == 1 and gap in _THOUSANDS_SEPARATORS


def _multiplier_at(ctx: _Context, pos: int) -> float | None:
    if not 0 <= pos < len(ctx.tokens) or ctx.tokens[pos].kind not in ("word", "abbr"):
        return None
    lex = ctx.lex
    lower = ctx.lower(pos)
    if lower in lex.after_currency and not ctx.tokens[pos].space_before and pos >= 2 and (
            ctx.tokens[pos - 1].kind == "number" and ctx.tokens[pos - 2].lower in lex.currency_texts
            and not ctx.tokens[pos - 2].text.isalpha()):
        return lex.after_currency[lower]  # "$30m", "£1.2bn"
    if lower in lex.after_currency and not ctx.tokens[pos].space_before and pos >= 4 and (
            ctx.tokens[pos - 1].kind == "number" and ctx.tokens[pos - 2].lower in _CLOSE_DASHES
            and ctx.lower(pos - 3) in lex.after_currency and _multiplier_at(ctx, pos - 3) is not None):
        return lex.after_currency[lower]  # "$130m-150m": the second number of a sum in millions
    if (lower in lex.after_currency and not ctx.tokens[pos].space_before and ctx.tokens[pos - 1].kind == "number"
            and ctx.english(pos + 1) and _english_plural(ctx.lower(pos + 1), lex)):
        return lex.after_currency[lower]  # "1.3m barrels", "2bn doses": a count in millions, not metres
    if lower in lex.multiplier_texts:
        return lex.multiplier_texts[lower]
    tok = ctx.tokens[pos]
    if tok.has_pos("subst", "num"):
        for lemma in sorted(ctx.forms[pos] & lex.multiplier_lemmas.keys()):
            return lex.multiplier_lemmas[lemma]
    return None


def _read_digits(ctx: _Context, pos: int) -> tuple[int, float, float] | None:
    """Digits at ``pos``, joining "20 000" groups; (last position, low, high) or None."""
    tokens = ctx.tokens
    text = tokens[pos].text
    parts = _HYPHENS_RE.split(text)
    if len(parts) > 1:  # "50-100" is a range; "152-mm", "20-letni" are not amounts
        if len(parts) == 2 and all(_DIGITS_RE.fullmatch(p) for p in parts):
            follows = _multiplier_at(ctx, pos + 1) is not None
            low, high = _parse_digits(parts[0], follows), _parse_digits(parts[1], follows)
            if low is not None and high is not None and low < high:
                return pos, low, high
        return None
    last = pos
    if re.fullmatch(r"\d{1,3}", text):
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].kind == "number"
            and re.fullmatch(r"\d{3}", tokens[last + 1].text)
            and _gap_is_separator(ctx, tokens[last], tokens[last + 1])
        ):
            last += 1
            text += tokens[last].text
    if last + 1 < len(tokens) and tokens[last + 1].kind == "number" and tokens[last + 1].space_before:
        return None  # "22 123 45 67": a phone number or a list, not one amount
    value = _parse_digits(text, _multiplier_at(ctx, last + 1) is not None)
    return None if value is None else (last, value, value)


def _is_number_word(ctx: _Context, pos: int) -> float | None:
    """The value of a cardinal number word at ``pos`` (not a multiplier)."""
    tok = ctx.tokens[pos]
    if tok.kind != "word":
        return None
    lex = ctx.lex
    for lemma in sorted(ctx.forms[pos] & lex.number_words.keys()):
        if lemma in lex.english_numbers:
            # written so ("ten", not the Polish "to" whose lemma is "ten"), among English words
            if lemma == tok.lower and (ctx.english(pos) or ctx.english(pos + 1)):
                return lex.number_words[lemma]
        elif tok.has_pos("num") or (lemma == "jeden" and tok.has_pos("adj")):
            return lex.number_words[lemma]
    return None


def _read_words(ctx: _Context, pos: int) -> tuple[int, float, float] | None:
    """Number words ("dwadzieścia pięć", "dwa tysiące", "półtora miliona"); (last, value, largest multiplier)."""
    total = current = 0.0
    last = pos - 1
    largest = 1.0
    while last + 1 < len(ctx.tokens):
        if last >= pos and ctx.lower(last) == "half" and ctx.lower(last + 1) in _ENGLISH_ARTICLES and (
                _multiplier_at(ctx, last + 2) is not None):
            last += 1  # "half a million", "half a dozen": the article between the half and what it halves
            continue
        word = _is_number_word(ctx, last + 1)
        factor = None if word is not None else _multiplier_at(ctx, last + 1)
        if word is None and factor is None:
            break
        last += 1
        if word is not None:
            current += word
        elif factor is not None and factor < 1000:  # English "two hundred"
            current = (current or 1.0) * factor
        elif factor is not None:
            total += (current or 1.0) * factor
            current = 0.0
            largest = max(largest, factor)
    if last < pos:
        return None
    if ctx.lower(last + 1) == "and" and ctx.lower(last + 2) in _ENGLISH_ARTICLES and ctx.lower(last + 3) == "half":
        return last + 3, total + current + 0.5, largest  # "two and a half years"
    return last, total + current, largest


_ENGLISH_ARTICLES = frozenset({"a", "an"})


def _english_fraction(ctx: _Context, pos: int) -> _Amount | None:
    """English shares, read as a percent: "two-thirds", "one-third", "three-quarters", "half of" (50), "a third of",
    "one in five" (20)."""
    word = ctx.lower(pos)
    numbers = ctx.lex.english_numbers
    if word in numbers and ctx.lower(pos + 1) == "in" and ctx.lower(pos + 2) in numbers and ctx.lower(pos + 2) != "one":
        return _fraction_amount(pos, pos + 2, ctx.lex.number_words[word], int(ctx.lex.number_words[ctx.lower(pos + 2)]))
    if not ctx.english(pos) and word not in _ENGLISH_ARTICLES and not (word == "half" and ctx.english(pos + 2)):
        return None
    parts = word.split("-")
    fractions = ctx.lex.english_fractions
    if len(parts) == 2 and parts[1] in fractions and parts[0] in ctx.lex.english_numbers:
        numerator, denominator = ctx.lex.number_words[parts[0]], fractions[parts[1]]
        return _fraction_amount(pos, pos, numerator, denominator)
    after = ctx.lower(pos + 2)
    share = after == "of" or after in ctx.lex.english_fraction_comparisons or (
        ctx.lower(pos - 1) == "by" and _is_stop(ctx, pos + 2)) or (
        _match_before(ctx, pos, ctx.lex.qualifiers) is not None and _ends_share(ctx, pos + 2))
    if word in _ENGLISH_ARTICLES and ctx.lower(pos + 1) in fractions and share:
        # "a third of", "roughly a third below the market price", "rose by a fifth", 'keep "maybe a tenth,"'
        return _fraction_amount(pos, pos + 1, 1, fractions[ctx.lower(pos + 1)])
    if word == "half" and ctx.lower(pos - 1) not in ctx.lex.english_halves_named and (
            ctx.lower(pos + 1) == "of" or ctx.lower(pos + 1) in ctx.lex.english_determiners - _ENGLISH_ARTICLES):
        return _fraction_amount(pos, pos, 1, 2)  # "half of", "as much as half the cost"; not "in the first half the"
    return None


def _ends_share(ctx: _Context, pos: int) -> bool:
    """Does a share end its clause at ``pos`` (a clause boundary, the sentence's end, a closing quotation mark), no
    noun after it?"""
    return pos >= len(ctx.tokens) or _ends_clause(ctx, pos) or ctx.lower(pos) == "." or (
        ctx.tokens[pos].text in CLOSING_QUOTES)


def _one_in(ctx: _Context, pos: int) -> _Amount | None:
    """ "jeden na pięć pocisków" (20 percent), "dwa na trzy drony": a number word, "na" and a larger number word before
    the noun they share, read as a percent (not "dwa na dobę": a rate)."""
    numbers = ctx.lex.number_words
    word, under = ctx.lower(pos), ctx.lower(pos + 2)
    if ctx.english(pos) or ctx.lower(pos + 1) != "na" or word not in numbers or under not in numbers:
        return None
    if pos + 3 >= len(ctx.tokens) or not _is_noun(ctx.tokens[pos + 3]) or "gen" not in ctx.tokens[pos + 3].cases(
            _NOUN_POS) or ctx.has(pos + 3, ctx.lex.measure_lemmas.keys()):
        return None
    numerator, denominator = numbers[word], numbers[under]
    if not (denominator == int(denominator) and denominator <= 100):
        return None
    return _fraction_amount(pos, pos + 2, numerator, int(denominator))


def _fraction_amount(first: int, last: int, numerator: float, denominator: int) -> _Amount | None:
    if not 0 < numerator < denominator:
        return None
    value = _percent_of(numerator, denominator)
    return _Amount(first, last, value, value, "fraction")


def _english_compound(english: Mapping[str, Any], measures: Mapping[str, Any]) -> re.Pattern[str]:
    """ "three-week", "90-minute", "5,000-tonne", "40-member": an English number joined by a hyphen to a unit of
    measure or to a noun of ``counted_compounds``."""
    numbers = _alternation(str(w).lower() for w, v in english["number_words"].items() if float(v) >= 1)
    units = _alternation([*(str(u).lower() for u in english["measures"]["text"]), *english["counted_compounds"]])
    return re.compile(rf"(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+|{numbers})-({units})")


def _english_compound_at(ctx: _Context, pos: int) -> _Found | None:
    """ "a three-week course" (3 weeks, course), "12-hour shifts" (12 hours, shift), "a 5,000-tonne destroyer":
    the noun after names what the measure is of, else the unit's own label."""
    tok = ctx.tokens[pos]
    match = ctx.lex.english_compound_re.fullmatch(tok.lower)
    if match is None:
        return None
    number, word = match.group(1), match.group(2)
    counted = ctx.lex.counted_compounds.get(word)
    unit = counted[0] if counted is not None else ctx.lex.measure_texts[word]
    value = ctx.lex.number_words.get(number)
    value = value if value is not None else _parse_digits(number.replace(",", ""), False)
    if value is None:
        return None
    nxt = pos + 1

    def in_phrase(q: int) -> bool:  # a lowercase word ("the 5,000-ton Choe Hyon": a name is no noun of the phrase),
        # or a demonym ("a 40-member Russian delegation"), not a number word ("12-hour shifts six days a week")
        return q < len(ctx.tokens) and ctx.tokens[q].kind == "word" and not _is_stop(ctx, q) and (
            not ctx.tokens[q].is_capitalized or _is_demonym(ctx, q)) and ctx.lower(q) not in ctx.lex.english_numbers

    while nxt + 1 < pos + 4 and in_phrase(nxt) and in_phrase(nxt + 1) and (counted is None or _is_demonym(ctx, nxt)):
        nxt += 1  # "a two-hour one-on-one session", "a 40-member Russian delegation": the head noun comes last
    noun = in_phrase(nxt)
    if counted is not None:  # "a 40-member delegation": 40 persons, delegation members
        label = counted[1].format(noun=_english_singular(ctx.lower(nxt)) if noun else "").strip()
        lemma, end = word, nxt if noun and "{noun}" in counted[1] else pos
    elif noun:
        label, lemma, end = _english_singular(ctx.lower(nxt)), ctx.lower(nxt), nxt
        for index in (ctx.lex.english_labels, ctx.lex.counted):
            known = _lexicon_match(ctx, pos + 1, index)
            if known is not None and pos + len(known.words) == nxt:
                label = known.entry.label  # "a four-day port call": the lexicon's name of the whole phrase
                break
        label = next((kind for kind, (units, cues) in ctx.lex.duration_kinds.items()
                      if unit in units and ctx.lower(nxt) in cues), label)  # "three-year contracts": a contract term
    else:
        label, lemma, end = ctx.lex.measure_labels.get(unit, unit), None, pos
    start, qualifier = pos, "exact"
    found = _qualifier_before(ctx, pos)
    if found is not None and not found[2]:
        start, qualifier = found[0], found[1]
    quantity = _quantity(ctx, start, end, (value, value, value), unit, qualifier, (label, lemma),
                         end if end != pos else None)
    return _Found(quantity, end + 1)


def _article_one(ctx: _Context, pos: int) -> _Amount | None:
    """English "a" as the number one: before a multiplier ("about a dozen engineers", "a thousand troops") or, after a
    qualifier, before a unit of measure ("over a kilometer", "more than a year")."""
    if ctx.lower(pos) not in _ENGLISH_ARTICLES or not ctx.english(pos + 1):
        return None
    factor = _multiplier_at(ctx, pos + 1)
    if factor is not None:
        return _Amount(pos, pos + 1, factor, factor, "words", factor)
    if ctx.lower(pos + 1) in ctx.lex.measure_texts and _match_before(ctx, pos, ctx.lex.qualifiers) is not None:
        return _Amount(pos, pos, 1.0, 1.0, "words")
    return None


def _vague_at(ctx: _Context, pos: int) -> tuple[float, float] | None:
    """Bounds of a vague amount word ("kilkanaście", "setki", "tysiące", "thousands")."""
    tok = ctx.tokens[pos]
    lex = ctx.lex
    if tok.kind != "word":
        return None
    if not tok.is_known:
        return lex.vague.get(tok.lower)
    for lemma in sorted(ctx.forms[pos] & lex.vague.keys()):
        readings = tok.readings(lemma)
        if lemma in lex.multiplier_lemmas:  # "tysiące" is vague, "tysiąc" is a thousand
            singular = any("sg" in a.numbers for a in readings if a.pos == "subst")
            plural = any("pl" in a.numbers for a in readings if a.pos == "subst")
            genitive_only = all(a.cases <= {"gen"} for a in readings if a.pos == "subst" and "sg" in a.numbers)
            if singular and plural and genitive_only and ctx.lower(pos - 1) not in lex.genitive_governors:
                return lex.vague[lemma]  # "setki żołnierzy": hundreds; "około setki żołnierzy": about a hundred
            if singular or not readings:
                continue
            return lex.vague[lemma]
        if any(a.pos == "num" or (a.pos == "subst" and "pl" in a.numbers) for a in readings):
            return lex.vague[lemma]
    return None


def _implicit_one(ctx: _Context, pos: int) -> _Amount | None:
    """A time unit (or a kilometre) standing alone after "ponad", "przez"...: "ponad rok" is more than one year,
    "niespełna kilometr" less than one kilometre."""
    tok = ctx.tokens[pos]
    lex = ctx.lex
    if tok.kind != "word" or ctx.forms[pos].isdisjoint(lex.measure_lemmas):
        return None
    lemmas = sorted(ctx.forms[pos] & lex.measure_lemmas.keys())
    if _match_before(ctx, pos, lex.implicit_one_after) is None and _comparative_before(ctx, pos) is None:
        return None  # "ponad rok", "dłużej niż miesiąc"
    if pos + 1 < len(ctx.tokens) and ctx.tokens[pos + 1].kind == "number":
        return None
    for lemma in lemmas:
        if (lex.measure_lemmas[lemma] in _TIME_UNITS or lex.measure_lemmas[lemma] == "km") and any(
            a.pos == "subst" and "sg" in a.numbers for a in tok.readings(lemma)
        ):
            return _Amount(first=pos, last=pos - 1, low=1.0, high=1.0, kind="implicit")
    return None


def _collective(ctx: _Context, pos: int) -> _Amount | None:
    """ "z dwójką dzieci", "trójka żołnierzy": a collective noun of a number (``collective_numbers``) right before
    the plural genitive of a noun counts it; not after an adjective ("w pierwszej dziesiątce krajów": a rank)."""
    tok = ctx.tokens[pos]
    lemmas = sorted(ctx.forms[pos] & ctx.lex.collective_numbers.keys())
    if not lemmas or not tok.has_pos("subst") or pos + 1 >= len(ctx.tokens):
        return None
    if pos > 0 and ctx.tokens[pos - 1].has_pos("adj", "num"):
        return None
    if not any(a.pos in _NOUN_POS and ":pl:gen" in a.tag for a in ctx.tokens[pos + 1].analyses):
        return None
    value = ctx.lex.collective_numbers[lemmas[0]]
    return _Amount(pos, pos, value, value, "words")


def _once(ctx: _Context, pos: int) -> _Amount | None:
    """ "raz w tygodniu", "raz na dobę", "twice a month": one event (or the times of an English word of ``repetition_words``)
    a period (a repetition noun alone, a rate period after it)."""
    tok = ctx.tokens[pos]
    times = ctx.lex.repetition_words.get(tok.lower) if ctx.english(pos) else None
    if times is None and (tok.kind != "word" or ctx.forms[pos].isdisjoint(ctx.lex.repetition_nouns) or not any(
            a.pos == "subst" and "sg" in a.numbers for a in tok.analyses)):
        return None
    before = ctx.tokens[pos - 1] if pos > 0 else None
    if before is not None and (before.kind == "number" or ctx.lower(pos - 1) in ctx.lex.number_words
                               or _vague_at(ctx, pos - 1) is not None):
        return None  # "dwa razy w tygodniu": the number before counts
    if _match_at(ctx, pos + 1, ctx.lex.rate_periods) is None:
        return None
    value = times if times is not None else 1.0
    return _Amount(first=pos, last=pos - 1, low=value, high=value, kind="implicit")


def _share(ctx: _Context, pos: int) -> _Amount | None:
    """ "co piąty pocisk" (20 percent), "jedna trzecia" (33), "dwie piąte" (40): a share named by an ordinal, after
    "co" or a smaller number word; read as a percent.  Not "co trzeci dzień" (a frequency: a period follows), nor an
    ordinal of a noun that is not its genitive ("jeden trzeci batalion")."""
    lex = ctx.lex
    if ctx.tokens[pos].kind != "word" or ctx.forms[pos].isdisjoint(lex.denominators) or not ctx.has(pos, lex.denominators):
        return None
    denominator = lex.denominators[sorted(ctx.forms[pos] & lex.denominators.keys())[0]]
    if not ctx.tokens[pos].has_pos("adj"):
        return None
    if ctx.has(pos - 1, lex.share_words):
        if ctx.has(pos + 1, lex.fraction_not_before):
            return None
        value = _percent_of(1, denominator)
        return _Amount(pos - 1, pos, value, value, "share")
    numerator = sorted(ctx.forms[pos - 1] & lex.numerators.keys()) if pos > 0 else []
    if not numerator or not ctx.tokens[pos - 1].has_pos("num", "adj") or lex.numerators[numerator[0]] >= denominator:
        return None
    nxt = pos + 1
    if nxt < len(ctx.tokens) and _is_noun(ctx.tokens[nxt]) and "gen" not in ctx.tokens[nxt].cases(_NOUN_POS) and any(
        readings_agree(a, b) for a in ctx.tokens[pos].analyses if a.pos == "adj"
        for b in ctx.tokens[nxt].analyses if b.pos in _NOUN_POS
    ):
        return None  # "jeden trzeci batalion": an ordinal of its noun ("jedną trzecią Pjongjang spłaci": a share)
    value = _percent_of(lex.numerators[numerator[0]], denominator)
    return _Amount(pos - 1, pos, value, value, "fraction")


def _percent_of(numerator: float, denominator: int) -> float:
    """A share in percent: as it is when it has a decimal or none ("jedna ósma": 12.5), else to a whole percent
    ("jedna trzecia": 33).  The qualifier is the text's ("o jedną trzecią": exact, "blisko jedna trzecia": approx),
    not the rounding's."""
    exact = 100 * numerator / denominator
    return exact if round(exact, 1) == exact else float(round(exact))


def _fraction(ctx: _Context, pos: int) -> _Amount | None:
    """ "połowa amunicji", "o połowę": a fraction, read as a percent; not a half of a period ("w drugiej połowie
    roku") nor an ordinal half ("pierwsza połowa")."""
    lex = ctx.lex
    if ctx.forms[pos].isdisjoint(lex.fractions):
        return None
    found = sorted(ctx.forms[pos] & lex.fractions.keys())
    if not ctx.tokens[pos].has_pos("subst", "num"):
        return None
    if not any(a.lemma.split(":")[0].lower() in lex.fractions and ":sg:" in a.tag for a in ctx.tokens[pos].analyses):
        return None  # "połów kraba": a catch; a fraction is one half, in the singular
    if ctx.has(pos - 1, lex.fraction_not_after) or ctx.has(pos + 1, lex.fraction_not_before):
        return None
    if ctx.lower(pos - 1) in ("w", "we") and pos + 1 < len(ctx.tokens) and _is_noun(ctx.tokens[pos + 1]) and (
            "loc" in ctx.tokens[pos].cases(_NOUN_POS)) and not any(
                "pl" in a.numbers for a in ctx.tokens[pos + 1].analyses if a.pos in _NOUN_POS and "gen" in a.cases):
        return None  # "w połowie budowy": halfway through one thing; not "w połowie przypadków" (a share of many)
    value = lex.fractions[found[0]]
    factor = _multiplier_at(ctx, pos + 1)
    if factor is not None:  # "ćwierć miliona pocisków": a number, 250 000
        number = _scaled(value / 100, factor)
        return _Amount(pos, pos + 1, number, number, "words", factor)
    other = any(a.pos == "subst" and a.lemma.split(":")[0].lower() not in lex.fractions for a in ctx.tokens[pos].analyses)
    if other and (pos + 1 >= len(ctx.tokens) or _match_at(ctx, pos + 1, lex.part_of) is None and (
            "gen" not in ctx.tokens[pos + 1].cases((*_NOUN_POS, *_ADJ_POS)))):
        return None  # "Połowy na Morzu Japońskim", "Połowy rozładowywane są w Nachodce": catches (połów), not halves;
        # a half is of something ("z nich", "połowy amunicji")
    return _Amount(pos, pos, value, value, "fraction")


def _read_amount(ctx: _Context, pos: int) -> _Amount | None:
    """The number starting at ``pos`` with its multiplier, or None."""
    tok = ctx.tokens[pos]
    if tok.kind == "number" and (written := _slash_fraction(ctx, pos)) is not None:
        return written
    if tok.kind == "number":
        digits = _read_digits(ctx, pos)
        if digits is None:
            return None
        last, low, high = digits
        kind = "digits" if low == high else "range"  # "50-100" written as one token
    elif tok.kind == "word" and (english_share := _english_fraction(ctx, pos) or _one_in(ctx, pos)) is not None:
        return english_share
    elif tok.kind == "word" and not ctx.forms[pos].isdisjoint(ctx.lex.trigger_words):
        share = _share(ctx, pos + 1) if pos + 1 < len(ctx.tokens) else None
        if share is not None:
            return share
        bounds = _vague_at(ctx, pos)
        if bounds is not None:
            last, (low, high), kind = pos, bounds, "vague"
            if ctx.lower(pos + 1) == "of" and ctx.english(pos):  # "tens of thousands"
                factor = _multiplier_at(ctx, pos + 2)
                if factor is not None and factor >= 1000:
                    return _Amount(pos, pos + 2, low * factor, _vague_top(high, factor), kind, factor)
        else:
            words = _read_words(ctx, pos)
            if words is None:
                return _collective(ctx, pos)  # "dziesiątka jeńców": one ten, not tens
            if _is_number_word(ctx, pos) is None and ctx.has(pos - 1, ctx.lex.rank_adjectives):
                return None  # "w pierwszej setce rankingu": a rank, not a hundred
            last, low, largest = words
            if largest == 1.0 and ctx.lower(last + 1) == "i" and ctx.lower(last + 2) in ctx.lex.and_a_half:
                last, low = last + 2, low + 0.5  # "dwa i pół tysiąca", "trzy i pół roku": and a half
            high = low
            kind = "words"
            tail = _vague_tail(ctx, last)
            if tail is not None:  # "dwadzieścia kilka", "sto kilkadziesiąt", "dwa tysiące kilkaset": vague below
                last, low, high, kind = tail[0], low + tail[1], low + tail[2], "vague"
            if largest != 1.0:
                return _Amount(pos, last, low, high, kind, factor=largest)
    elif tok.kind == "word":
        return (_share(ctx, pos) or _fraction(ctx, pos) or _implicit_one(ctx, pos) or _article_one(ctx, pos)
                or _once(ctx, pos) or _collective(ctx, pos))
    else:
        return None
    factor = _multiplier_at(ctx, last + 1)
    if factor is None:
        return _Amount(pos, last, low, high, kind)
    if kind == "vague" and ctx.lower(last + 1) == "dozen" and "tens" in ctx.lex.vague:
        low, high = ctx.lex.vague["tens"]  # "several dozen", "a few dozen": tens (not "dozens": two dozen or more)
        return _Amount(pos, last + 1, low, high, kind, factor)
    if kind == "vague":
        return _Amount(pos, last + 1, low * factor, _vague_top(high, factor), kind, factor)
    if kind == "digits" and last + 3 < len(ctx.tokens) and ctx.tokens[last + 2].kind == "number":
        rest = _read_digits(ctx, last + 2)  # "2 mln 300 tys.": the smaller order after the larger adds to it
        smaller = _multiplier_at(ctx, rest[0] + 1) if rest is not None and rest[1] == rest[2] else None
        if rest is not None and smaller is not None and smaller < factor and rest[1] * smaller < factor:
            total = _scaled(low, factor) + _scaled(rest[1], smaller)
            return _Amount(pos, rest[0] + 1, total, total, kind, factor)
    return _Amount(pos, last + 1, _scaled(low, factor), _scaled(high, factor), kind, factor)


def _vague_tail(ctx: _Context, last: int) -> tuple[int, float, float] | None:
    """A vague amount that fills the places below the number words ending at ``last`` ("dwadzieścia kilka": 22-29,
    "sto kilkanaście": 111-119, "dwa tysiące kilkaset"): (its position, its bounds); None unless its top stays below
    the smallest place the words name (not "trzy kilka", "dwadzieścia kilkanaście")."""
    nxt = last + 1
    if nxt >= len(ctx.tokens) or ctx.english(nxt):
        return None
    bounds = _vague_at(ctx, nxt)
    if bounds is None or not ctx.tokens[nxt].has_pos("num"):
        return None  # "sto setek" is no amount; the vague words below a place are numerals
    place = _multiplier_at(ctx, last)
    if place is None:
        word = _is_number_word(ctx, last) or 0.0
        place = 100.0 if word >= 100 and word % 100 == 0 else 10.0 if word >= 20 and word % 10 == 0 else None
    if place is None or bounds[1] >= place:
        return None
    return nxt, bounds[0], bounds[1]


def _slash_fraction(ctx: _Context, pos: int) -> _Amount | None:
    """ "1/3 ceny", "3/4 pocisków": a fraction written with a slash, no spaces, a numerator below a denominator of at
    most ten, read as a percent (not "24/7", "2/1")."""
    if pos + 2 >= len(ctx.tokens) or ctx.tokens[pos + 1].text != "/" or ctx.tokens[pos + 2].kind != "number":
        return None
    slash, under = ctx.tokens[pos + 1], ctx.tokens[pos + 2]
    if slash.space_before or under.space_before or not (ctx.tokens[pos].text.isdigit() and under.text.isdigit()):
        return None
    numerator, denominator = int(ctx.tokens[pos].text), int(under.text)
    return _fraction_amount(pos, pos + 2, numerator, denominator) if denominator <= 10 else None


def _vague_top(high: float, factor: float) -> float:
    """The upper bound of a vague amount with a multiplier, as analysts write it: "kilka tysięcy" and "tysiące"
    run to the next order (9,999), a vague number of tens or hundreds stops at its own top times the multiplier
    ("dziesiątki tysięcy" 20,000-99,000, "kilkaset milionów" 200-999 million)."""
    return high * factor if high >= 10 else (high + 1) * factor - 1


def _scaled(number: float, factor: float) -> float:
    """``number * factor`` in decimal, as written: "136,7 mld" is 136700000000, not 136699999999.99998."""
    return float(Decimal(repr(number)) * Decimal(repr(factor)))


# ---------------------------------------------------------------------------------------- non-counts


def _english_label(ctx: _Context, amount: _Amount) -> bool:
    """English numbers that are no counts: a year before a name or a singular noun ("a 2017 United Nations
    resolution").  (A ratio in "times" is told from a count by ``_english_repetition``.)"""
    after = amount.last + 1
    if not ctx.english(after):
        return False
    if amount.kind == "digits" and amount.first == amount.last and re.fullmatch(r"(19|20)\d\d", ctx.tokens[
            amount.first].text) and ctx.lower(amount.first - 1) in ("a", "an", "the", "its", "their", "his", "her"):
        word = ctx.tokens[after].text
        if word[:1].isupper() or not word.lower().endswith("s"):
            return True
    return False


def _street_before(ctx: _Context, first: int) -> bool:
    """Does a street's name (capitalized words after one of ``street_words``) end right before ``first``?"""
    q = first - 1
    while q >= 0 and first - q <= _STREET_NAME_WORDS and ctx.tokens[q].kind == "word" and ctx.tokens[q].is_capitalized:
        q -= 1
    return q < first - 1 and q >= 0 and ctx.has(q, ctx.lex.street_words)


_STREET_NAME_WORDS = 3  # "ul. Puszkinskiej", "al. Jana Pawła II"


def _is_label(ctx: _Context, amount: _Amount) -> bool:
    """Is the number a date, year, caliber, model name, ordinal, clock time or reference number?"""
    tokens = ctx.tokens
    lex = ctx.lex
    first, last = amount.first, max(amount.last, amount.first)
    start, end = tokens[first].start, tokens[last].end
    if any(s < end and start < e for s, e in ctx.date_spans):
        return True
    if amount.kind == "implicit":
        return False
    if any(m.token_start <= tokens[first].i < m.token_end and m.token_end - m.token_start > 1
           for i in range(tokens[first].i - _LONGEST_MENTION, tokens[first].i + 1) for m in ctx.actors.get(i, ())):
        return True  # "38 North", "Brygada 155": the number is part of a name
    if _english_label(ctx, amount):
        return True
    after = last + 1
    prev_text = ctx.lower(first - 1)
    if amount.kind != "words" and (ctx.has(first - 1, lex.preceding_non_count) or (
        prev_text == "." and not tokens[first - 1].space_before and ctx.lower(first - 2) + "." in lex.preceding_non_count
    )) and not amount.multiplied and not _plural_noun_follows(ctx, after):
        # "art. 5", "nr 2397"; not "po drugiej stronie dziewięć zespołów": a number word counts; nor "po jej stronie
        # ok. 2 tys. dolarów", "po jego stronie 200 żołnierzy": a multiplier or the noun it counts makes a count
        return True
    named = first - 2 if first > 1 and _is_adjective(tokens[first - 1]) else first - 1  # "jednostka wojskowa 29155"
    if amount.kind == "digits" and not amount.multiplied and ctx.has(named, lex.designated_formations) and not (
            after < len(tokens) and any(a.pos in _NOUN_POS and ":pl:gen" in a.tag for a in tokens[after].analyses)):
        return True  # "jednostka wojskowa 29155", "Brygada 155 piechoty morskiej": a formation's number
    if ctx.lower(after) in lex.following_non_count or ctx.has(after, {"milimetr"}):
        return True
    if amount.kind == "words" and ctx.english(first) and ctx.lower(first - 1) in lex.english_back_references and not any(
            ctx.lower(q) in lex.english_relatives for q in range(last + 1, last + 6)):
        return True  # "the two countries", "these three ships": those named before (not "the two missiles that hit")
    if amount.kind == "words":
        # "jeden z dowódców", "one of them"; "koszt jednego drona", "szkolenie jednego oficera": a unit of a price
        return amount.low == 1 and (ctx.lower(after) in ("z", "ze", "of") or ctx.has(first - 1, lex.per_unit_heads))
    tok = tokens[first]
    if amount.kind in ("digits", "range"):
        if _CLOCK_RE.match(tok.text) and not amount.multiplied and not (
            ctx.lower(after) in lex.currency_texts or ctx.has(after, lex.currency_lemmas.keys())
            or ctx.lower(first - 1) in lex.currency_texts
        ):
            return True  # "od 21.00 do 22.00", "o 7.30": a dot before two digits is no thousands separator
        if (
            after + 1 < len(tokens)
            and tokens[after].text in (":", ".")
            and not tokens[after].space_before
            and (tokens[after + 1].kind == "number" or tokens[after + 1].text.islower() or (
                tokens[after].text == "." and (tokens[after + 1].is_capitalized or tokens[after + 1].text in ",;)")))
        ):
            return True  # "14:30", "w 3. kwartale", "z 23. Bazy Lotnictwa", "z lat 60. i 70., z których" (a dot the
            # sentence goes on past: an ordinal)
        if first > 1 and tokens[first - 1].text == ":" and not tok.space_before and not tokens[first - 1].space_before \
                and tokens[first - 2].kind == "number":
            return True  # the minutes of "o 22:17 czasu lokalnego", a score "3:1"
        if (ctx.lower(after) == "/" and ctx.lower(after + 1) not in lex.slash_units) or (
                first > 0 and ctx.lower(first - 1) == "/" and not tok.space_before):
            return True  # "2/3", "24/7": a fraction or a label (not "$45/t": per tonne)
        if not tok.space_before and first > 0 and tokens[first - 1].kind == "word":
            return True  # glued to letters: "Su" + "27" style designations
        if _street_before(ctx, first) and not (after < len(tokens) and _is_noun(tokens[after])):
            return True  # "przy ul. Puszkinskiej 77": a house number (not "na ul. Kijowskiej 5 mężczyzn")
        if after < len(tokens) and tokens[after].kind == "word" and not tokens[after].space_before:
            glued = ctx.lower(after)
            if not (glued in lex.measure_texts or glued in lex.multiplier_texts or glued in lex.currency_texts
                    or _match_at(ctx, after, lex.percent) is not None):
                return True  # "2S19", "9K720"; not "12pc"
        if _is_year(ctx, amount):
            return True
        if _is_model_number(ctx, amount):
            return True
    return False


_CLOCK_RE = re.compile(r"^([01]?\d|2[0-4])[.:][0-5]\d$")  # "21.00", "7.30", "14:45"


def _is_year(ctx: _Context, amount: _Amount) -> bool:
    """A bare 1900-2100 after "w/od/do", after a month or before "r./roku" is a year, not a count; so are two such years a few apart
    joined by a hyphen ("the 2026-2027 plan", "na lata 2026-2027"), unless a plural noun they count follows."""
    tok = ctx.tokens[amount.first]
    years = _HYPHENS_RE.split(tok.text)
    if len(years) == 2 and all(y.isdigit() and len(y) == 4 and 1900 <= int(y) <= 2100 for y in years) and (
            0 < int(years[1]) - int(years[0]) <= _YEARS_APART):
        after = amount.last + 1
        counted = _plural_noun_follows(ctx, after) or (
            ctx.english(after) and _english_plural(ctx.lower(after), ctx.lex))
        return not amount.multiplied and not counted
    if amount.multiplied or not tok.text.isdigit() or len(tok.text) != 4 or not 1900 <= int(tok.text) <= 2100:
        return False
    lex = ctx.lex
    after = amount.last + 1
    if ctx.lower(after) in lex.year_words:
        return True
    if ctx.lower(after) in lex.range_connectors and after + 1 < len(ctx.tokens):
        other = ctx.tokens[after + 1].text  # "od 2000 do 3000 żołnierzy" is a range of counts
        if not (other.isdigit() and 1900 <= int(other) <= 2100) or _plural_noun_follows(ctx, after + 2):
            return False
    if ctx.lower(amount.first - 1) in lex.year_prepositions | lex.year_words or ctx.has(amount.first - 1, lex.year_months):
        return not _plural_noun_follows(ctx, after)  # "of August 2017 bans coal exports": a date's year
    if ctx.lower(amount.first - 1) in lex.range_connectors and amount.first > 1:
        other = ctx.tokens[amount.first - 2].text  # the end of "w latach 2024–2025"
        return other.isdigit() and 1900 <= int(other) <= 2100 and not _plural_noun_follows(ctx, after)
    return False


_YEARS_APART = 10  # two years joined by a hyphen at most this far apart are a span of years ("2026-2027")


def _plural_noun_follows(ctx: _Context, pos: int) -> bool:
    """Does a noun in the genitive plural follow, which a number of four digits would count ("od 2000 do 3000
    żołnierzy"), rather than a plural it does not govern ("w latach 2024–2025 kryptowaluty o wartości")?"""
    for q in range(pos, min(pos + 3, len(ctx.tokens))):
        tok = ctx.tokens[q]
        if _is_stop(ctx, q):
            return False
        if _is_noun(tok):
            return any("pl" in a.numbers and "gen" in a.cases for a in tok.analyses if a.pos in _NOUN_POS)
        if not _is_adjective(tok):
            return False
    return False


def _is_model_number(ctx: _Context, amount: _Amount) -> bool:
    """ "Shahed 136", "BM 21": a number right after a name it designates (unless a multiplier follows)."""
    if amount.first == 0 or amount.multiplied:
        return False
    prev = ctx.tokens[amount.first - 1]
    if prev.kind != "word" or not prev.is_capitalized:
        return False
    lex = ctx.lex
    if prev.lower in lex.model_makers or not ctx.forms[amount.first - 1].isdisjoint(lex.model_makers):
        return True  # "Boeing 777 linii Nordwind", "Tupolew 154"
    if prev.lower in lex.currency_texts or _match_before(ctx, amount.first, lex.qualifiers) is not None:
        return False
    if prev.lower in lex.year_prepositions or prev.lower in lex.range_openers:
        return False
    if any(m.token_end == prev.i + 1 for m in ctx.actors.get(prev.i, ())):
        return False  # "do KRLD 146 wagonów": a state or a body named, not a model
    is_acronym = len(prev.text) >= 2 and prev.text.isupper() and prev.text.isalpha()
    if not is_acronym and amount.first > 1 and ctx.tokens[amount.first - 2].has_pos("prep") and not ctx.english(
            amount.first - 2):
        return False  # "pod Orichowem 46 szturmów": a place the dictionary does not know, after its preposition
    return is_acronym or not prev.is_known and not ctx.english(amount.last + 1)


# ------------------------------------------------------------------------------------- counted nouns


@dataclass(frozen=True, slots=True)
class _Counted:
    head: int  # position of the counted noun
    end: int  # last position of the counted phrase
    label: str
    lemma: str  # "" for what an amount took over from a role its clause gave ("40 z nich studiuje": students)
    unit: str
    known: bool  # found in the lexicon
    demonym: bool = False
    part_of: _Counted | None = None  # a share's noun ("20 proc. pocisków"): what a later counter may count


def _is_demonym(ctx: _Context, pos: int) -> bool:
    key = _lexicon_match(ctx, pos)
    return key is not None and key.entry.demonym


def _lexicon_match(ctx: _Context, pos: int, index: Mapping[str, tuple[_Key, ...]] | None = None) -> _Key | None:
    """The longest key of ``index`` (the counted lexicon by default) starting at ``pos``."""
    if not 0 <= pos < len(ctx.tokens):
        return None
    table = ctx.lex.counted if index is None else index
    keys: set[_Key] = set()
    for form in ctx.forms[pos]:
        keys.update(table.get(form, ()))
    for key in sorted(keys, key=lambda k: (-len(k.words), k.text)):
        end = pos + len(key.words)
        if end <= len(ctx.tokens) and all(not ctx.forms[pos + n].isdisjoint(w) for n, w in enumerate(key.words)):
            return key
    tok = ctx.tokens[pos]
    if index is None and ctx.english(pos):  # English text: the English labels of the lexicon name it too
        for key in sorted({k for form in ctx.forms[pos] for k in ctx.lex.english_labels.get(form, ())},
                          key=lambda k: (-len(k.words), k.text)):
            end = pos + len(key.words)
            if end <= len(ctx.tokens) and all(ctx.english(pos + n) and not ctx.forms[pos + n].isdisjoint(w)
                                              for n, w in enumerate(key.words)):
                return key
    if tok.kind == "word" and "-" in tok.text:  # a compound the lexicon does not name: its head ("dronów-kamikadze")
        heads = _compound(tok.lower, tok.analyses)[1]
        keys = {key for form in heads for key in table.get(form, ())}
        for key in sorted(keys, key=lambda k: (-len(k.words), k.text)):
            end = pos + len(key.words)
            if end <= len(ctx.tokens) and all(not ctx.forms[pos + n].isdisjoint(w) for n, w in enumerate(key.words)
                                              if n):
                return key
    return None


def _key_around(ctx: _Context, pos: int, index: Mapping[str, tuple[_Key, ...]]) -> tuple[_Key, int] | None:
    """The longest key of ``index`` at ``pos`` and the position after it; a two-word key whose adjective stands right
    before the noun at ``pos`` ("zamrożonych aktywów": frozen assets) wins over the noun alone."""
    key = _lexicon_match(ctx, pos, index)
    if (key is None or len(key.words) == 1) and pos > 0 and (_is_adjective(ctx.tokens[pos - 1]) or ctx.english(pos - 1)):
        pair = _lexicon_match(ctx, pos - 1, index)  # English words carry no part of speech: "bilateral trade"
        if pair is not None and len(pair.words) == 2:
            return pair, pos + 1
    return (key, pos + len(key.words)) if key is not None else None


def _is_proper_name(tok: Token) -> bool:
    """A place, person or organisation name (demonyms like "Koreańczyk" are common nouns)."""
    return any(
        a.pos in _NOUN_POS and any(c != "nazwa_pospolita" for c in a.name_class) for a in tok.analyses
    )


def _noun_lemma(tok: Token, prefer: Iterable[str] = ()) -> str:
    """The lemma of the noun reading (a known lemma from ``prefer`` first)."""
    lemmas = tok.lemmas
    for lemma in sorted(set(prefer) & lemmas):
        return lemma
    compound = _compound(tok.lower, tok.analyses)[0] if tok.kind == "word" and "-" in tok.text else ()
    if compound:  # "wagonów-platform": "wagon-platforma", each part lemmatized
        return compound[0]
    for a in tok.analyses:
        if a.pos in _NOUN_POS:
            return a.lemma.lower()
    return tok.lemma


def _modifies_next(ctx: _Context, q: int) -> bool:
    """Is the adjective at ``q`` an attribute of the common noun after it ("północnokoreańskich żołnierzy")?  Not of
    a name or an acronym after it: "wojskowych KRLD" counts soldiers."""
    if not (_is_adjective(ctx.tokens[q]) and q + 1 < len(ctx.tokens)):
        return False
    if _coordinates_adjectives(ctx, q + 1):
        return True
    if ctx.tokens[q + 1].text in OPENING_QUOTES and q + 2 < len(ctx.tokens):
        q += 1  # "koreańskich „studentów”": the noun in quotation marks
    if _is_stop(ctx, q + 1):
        return False
    nxt = ctx.tokens[q + 1]
    return _is_noun(nxt) and not (nxt.is_capitalized and (nxt.text.isupper() or _is_proper_name(nxt)))


def _agrees(adjective: Token, noun: Token) -> bool:
    """Can the adjective agree with the noun (number, case, gender: ``readings_agree``)?  Asked of counted nouns that
    read as adjectives too: "wyrzutni kalibru" cannot ("wyrzutni" as the adjective "wyrzutny" is nominative plural,
    "kalibru" genitive singular), so "wyrzutni" is the noun, launchers.  A word with no nominal reading on either
    side is given the benefit of the doubt."""
    adjectives = [a for a in adjective.analyses if a.pos in _ADJ_POS and a.cases]
    nouns = [a for a in noun.analyses if a.pos in _NOUN_POS and a.cases]
    return not adjectives or not nouns or any(readings_agree(n, a) for n in nouns for a in adjectives)


def _coordinates_adjectives(ctx: _Context, q: int) -> bool:
    """Is ``q`` an "i" between two adjectives of one noun ("zabitych i rannych żołnierzy"), or a comma between two
    that both agree with the noun after them ("czterech nowych, rozproszonych składnic")?"""
    if not (0 < q < len(ctx.tokens) - 2 and _is_adjective(ctx.tokens[q - 1])):
        return False
    if ctx.lower(q) in ctx.lex.coordinators:
        return _modifies_next(ctx, q + 1)
    return (ctx.tokens[q].text == "," and _is_adjective(ctx.tokens[q + 1])
            and _modifies_next(ctx, q + 1) and _agrees(ctx.tokens[q - 1], ctx.tokens[q + 2])
            and _agrees(ctx.tokens[q + 1], ctx.tokens[q + 2]))


def _classifier_at(ctx: _Context, q: int) -> tuple[int, str] | None:
    """A classifying adjective or genitive phrase at ``q``: (its last position, English modifier)."""
    if not 0 <= q < len(ctx.tokens):
        return None
    lex = ctx.lex
    phrase = _match_at(ctx, q, lex.classifier_phrases)
    if phrase is not None:
        return phrase[0] - 1, phrase[1]
    tok = ctx.tokens[q]
    if tok.kind == "word" and (_is_adjective(tok) or not tok.is_known):
        for form in sorted(ctx.forms[q] & lex.classifiers.keys()):
            return q, lex.classifiers[form]
    return None


def _classified(ctx: _Context, label: str, before: Sequence[int], end: int) -> tuple[str, int]:
    """The label with the classifiers around the noun phrase ("dalekonośnych systemów artyleryjskich" -> long-range
    artillery system, "delegacji rządowych" -> government delegation) and the phrase's new last position.  Classifiers
    before the noun keep their order; those after it are reversed, so the nearest stays next to the noun.  A
    classifier the label already says is not repeated."""
    modifiers: list[str] = []
    for q in before:
        found = _classifier_at(ctx, q)
        if found is not None:
            modifiers.append(found[1])
    after: list[str] = []
    for _ in range(2):
        found = _classifier_at(ctx, end + 1)
        if found is None:
            break
        end = found[0]
        after.insert(0, found[1])
    extra = [m for m in (*modifiers, *after) if m not in label]
    return " ".join([*extra, label]), end


def _sense(ctx: _Context, key: str, label: str) -> str:
    """The label of a noun with several senses chosen by the words of its sentence ("pocisk" among guns: shell),
    or else by those of the sentence before in its paragraph, where news names the thing before it counts it
    ("Rosja przekaże Iranowi myśliwce Su-35.  Pierwsze cztery maszyny..."): fighter aircraft.  A sentence that only
    went on counting the noun of the one before it ("Przed rokiem było to niespełna 1,5 tys.") has that noun
    among its words.  A word that may also be a verb in the
    present tense is no cue ("pocisków działa": works, not guns)."""
    senses = ctx.lex.senses.get(key, ())
    for sense, cues in senses:
        if any(not forms.isdisjoint(cues) and _sense_cue(ctx.tokens[q], cues, ctx.tokens[q - 1] if q else None)
               for q, forms in enumerate(ctx.forms)):
            return sense
    if ctx.before:
        lex = ctx.lex
        earlier = [(t, _token_forms(t, lex)[0]) for t in ctx.before]
        for sense, cues in senses:
            if any(not forms.isdisjoint(cues) and _sense_cue(t, cues, earlier[k - 1][0] if k else None)
                   for k, (t, forms) in enumerate(earlier)) or ctx.carried_lemma in cues:
                return sense
    return _sense_named_before(ctx, key) or label


def _sense_cue(tok: Token, cues: frozenset[str], before: Token | None = None) -> bool:
    """Is a word that shows a cue of a sense one: not a present-tense verb read as a noun cue ("pocisków działa":
    works, not guns), unless a preposition or an adjective before it makes it the noun ("z jednego działa"); a verb
    cue in the present is ("Terminal pracuje na trzy zmiany": work shifts)."""
    if not tok.has_pos("fin"):
        return True
    if before is not None and not before.has_pos("fin") and (before.has_pos("prep") or (
            before.has_pos("adj") and _agrees(before, tok))):
        return True  # "z działa", "z jednego działa": guns (not "Obrona powietrzna działa")
    return any(a.pos == "fin" and a.lemma.split(":")[0].lower() in cues for a in tok.analyses)


def _sense_named_before(ctx: _Context, key: str) -> str | None:
    """The kind the document gave the same noun of several senses last time it said which ("Rosja otrzymała pociski
    balistyczne ... Do Rosji mogło trafić ponad 200 pocisków": ballistic missiles): a two-word key of the lexicon at that noun
    ("pocisk balistyczny"; the kind, not the details of a longer key) or a sense cue of its sentence.  Earlier
    sentences where the noun stands with nothing to tell its kind are passed over."""
    lex = ctx.lex
    senses = lex.senses.get(key, ())
    if not senses:
        return None  # a noun of one sense: the bare noun names the kind it has ("400 dronów": drones)
    for sentence in reversed(ctx.earlier):
        if not any(key in t.lemmas for t in sentence.tokens):
            continue
        there = _context(sentence)
        for q, forms in enumerate(there.forms):
            if key not in forms:
                continue
            kinds = [k for k in lex.counted.get(key, ()) if len(k.words) == 2 and q + 2 <= len(there.tokens)
                     and not there.forms[q + 1].isdisjoint(k.words[1])]
            if kinds:
                return min(kinds, key=lambda k: k.text).entry.label
        for sense, cues in senses:
            if any(not forms.isdisjoint(cues) and not there.tokens[q].has_pos("fin")
                   for q, forms in enumerate(there.forms)):
                return sense
    return None


def _known_counted(ctx: _Context, q: int, key: _Key, before: Sequence[int]) -> _Counted:
    """The counted thing of a lexicon key found at ``q``: a counter or a container takes its genitive
    ("50 sztuk sprzętu" -> equipment, "10 tys. kontenerów amunicji" -> container of ammunition); a kind of weapon,
    place, document or event takes its classifiers; a noun of several senses the one its sentence shows."""
    tokens = ctx.tokens
    lex = ctx.lex
    entry = key.entry
    length = len(key.words)
    head = next((h for h in range(q, q + length) if _is_noun(tokens[h])), q)
    end = q + length - 1
    if key.text in lex.counters or key.text in lex.containers:
        complement = _counted_at(ctx, end + 1, genitive=True)
        if key.text in lex.counters and complement is not None:
            return _Counted(complement.head, complement.end, complement.label, complement.lemma, "item",
                            complement.known)
        content = _lexicon_match(ctx, complement.head) if complement is not None and complement.known else None
        if complement is not None and content is not None and content.entry.group == "item":  # goods, not firms
            if key.text in lex.plural_contents:  # "par pociągów": pairs of trains
                return _Counted(head, complement.end, f"{entry.label} of {_plural(complement.label)}", key.text,
                                entry.unit, True)
            return _Counted(head, complement.end, entry.label, key.text, entry.unit, True)  # the barrels, of oil
    label = entry.label
    if entry.group in lex.classified_groups:
        classified, end = _classified(ctx, label, before, end)
        label = classified if classified != label else _model_kind(ctx, key.text, end + 1) or _sense(
            ctx, key.text, label)
    elif key.text in lex.senses:  # a person of several senses ("słuchacz" at an academy: a student)
        label = _sense(ctx, key.text, label)
    return _Counted(head, end, label, key.text, entry.unit, True, entry.demonym)


def _plural(label: str) -> str:
    """The English plural of a label's last word ("train" -> "trains", "battery" -> "batteries")."""
    if label.endswith("y") and label[-2:-1] not in ("a", "e", "o", "u"):
        return label[:-1] + "ies"
    if label.endswith(("s", "x", "ch", "sh")):
        return label + "es"
    return label + "s"


def _models_alone(groups: Sequence[Mapping[str, Any]], names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(prefix, kind) of each model name a number counts by itself, the kind from the first group that lists it;
    longest first."""
    out: dict[str, str] = {}
    for name in names:
        kind = next((str(g["kinds"][name]) for g in groups if name in g["kinds"]), None)
        if kind is None:
            raise ValueError(f"quantities.yaml: counted_alone {name!r} is in no models group")
        out[str(name).lower()] = kind
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _model_alone(ctx: _Context, pos: int) -> _Counted | None:
    """ "cztery Iskandery-M", "12 Geraniów": a capitalized model name counted by itself (``counted_alone``); or
    one written as a common noun, in lowercase, that morfeusz does not know ("17 koksanów", "dziesiątki szahedów")."""
    tok = ctx.tokens[pos]
    if not tok.is_capitalized and (tok.kind != "word" or tok.is_known):
        return None
    text = _MODEL_CASE_ENDING_RE.sub(r"\1-\2", tok.text.lower())  # "MiG-ów-29": MiG-29 in the genitive plural
    kind = next((k for prefix, k in ctx.lex.models_alone if text.startswith(prefix)), None)
    return _Counted(pos, pos, kind, text, "item", True) if kind is not None else None


def _model_kind(ctx: _Context, key: str, pos: int) -> str | None:
    """The kind a model name right after a noun of several kinds gives it ("sześć rakiet KN-23": ballistic
    missiles, "pocisków Kalibr": cruise missiles), from ``model_kinds``."""
    kinds = ctx.lex.model_kinds.get(key)
    if kinds is None:
        return None
    for q in range(pos, min(pos + _MODEL_REACH, len(ctx.tokens))):
        tok = ctx.tokens[q]
        if tok.is_capitalized:
            text = tok.text.lower()
            return next((kind for prefix, kind in kinds if text.startswith(prefix)), None)
        if tok.kind != "word" or "gen" not in tok.cases():
            return None  # only the genitive words of the noun's phrase stand between ("obrony powietrznej")
    return None


_MODEL_REACH = 3  # the model name, or two genitive words and the name


def _counted_at(ctx: _Context, pos: int, genitive: bool = False) -> _Counted | None:
    """The noun phrase a number counts, starting at ``pos`` (adjectives before the noun are skipped)."""
    tokens = ctx.tokens
    lex = ctx.lex
    if ctx.lower(pos) == "of" and ctx.english(pos):
        pos += 1
    unknown: int | None = None
    before: list[int] = []  # adjectives skipped before the noun: its classifiers, if any
    q = pos - 1
    limit = min(pos + _WINDOW, len(tokens))
    while q + 1 < limit:
        q += 1
        skipped = _match_at(ctx, q, lex.skip_before_noun)
        if skipped is not None:  # "80 proc. tzw. towarów": look past "tzw."
            q, limit = skipped[0] - 1, min(skipped[0] + _WINDOW, len(tokens))
            continue
        if before and before[-1] == q - 1 and _coordinates_adjectives(ctx, q):
            continue  # "zabitych i rannych żołnierzy": both adjectives qualify the noun
        tok = tokens[q]
        if q == pos and tok.text in _QUOTE_MARKS and _match_at(ctx, q + 1, lex.part_of) is not None:
            break  # '"several hundred" of them': a part of what was counted before, no noun of its own
        if q == pos and tok.text in CLOSING_QUOTES and q > 0 and any(
                t.text in OPENING_QUOTES for t in tokens[max(0, q - 4) : q - 1]):
            continue  # '"several dozen" M1991 launchers': the amount in quotation marks, its noun after them
        if tok.text in OPENING_QUOTES and (q == pos or before and before[-1] == q - 1) and q + 1 < limit and (
                tokens[q + 1].kind == "word" and not tokens[q + 1].is_capitalized):
            continue  # "ok. 4,2 tys. koreańskich „studentów i stażystów”": the noun in quotation marks
        if tok.lower in lex.count_continuers and ctx.english(q) and q + 1 < limit and tokens[q + 1].kind == "word" and (
                not _is_stop(ctx, q + 1)):
            before.append(q)
            continue  # "several thousand more soldiers": the noun after "more"
        if q + 1 < limit and tok.kind == "word" and tok.has_pos("adv") and not _is_noun(tok) and not _is_adjective(
                tok) and _is_adjective(tokens[q + 1]):
            continue  # "sześć świeżo obwałowanych stanowisk": an adverb of the adjective after it
        if before and before[-1] == q - 1 and q + 1 < limit and tok.kind == "word" and tok.has_pos("adv", "part", "qub") and (
                not _is_noun(tok) and not _is_adjective(tok) and (_is_noun(tokens[q + 1]) or _is_adjective(tokens[q + 1]))):
            continue  # "1,1 tys. niewysłanych jeszcze układów": an adverb of the adjective before it
        if _is_stop(ctx, q) or _match_at(ctx, q, lex.phrase_enders) is not None:
            break
        if ctx.english(q) and _rate_period_at(ctx, q) is not None:
            break  # "around 250,000 a month": a rate, not what is counted
        if q + 1 < limit and tok.lower in lex.possessives and (_is_noun(tokens[q + 1]) or _is_adjective(tokens[q + 1])):
            continue  # "ok. 20 tys. jej żołnierzy": her soldiers
        if q == pos and (model := _model_alone(ctx, q)) is not None and not (
                ctx.english(q) and q + 1 < limit and tokens[q + 1].text.islower() and _lexicon_match(ctx, q + 1)):
            return model  # "12 Geraniów", "3 tys. Geraniów"; not "two Koksan guns": the noun after it is counted
        if q == pos and q > 0 and tokens[q - 1].text.endswith(".") and tokens[q - 1].kind == "abbr" and (
                tok.is_capitalized and tok.is_known and not tok.text.isupper() and not _is_proper_name(tok)
                and not _is_demonym(ctx, q)):
            break  # "ponad 5 mln. Transporty": the abbreviation's dot ended the sentence
        if tok.is_capitalized and _is_proper_name(tok) and not _is_demonym(ctx, q):
            break  # "według 38 North Korea": a name is not what a number counts; "15 Polaków" is no place
        match = _lexicon_match(ctx, q)
        modifies_next = _modifies_next(ctx, q)
        if (match is not None and len(match.words) > 2 and any(not w.isdisjoint(lex.coordinators) for w in match.words)
                and _is_adjective(tokens[q + len(match.words) - 1]) and _modifies_next(ctx, q + len(match.words) - 1)
                and _agrees(tokens[q + len(match.words) - 1], tokens[q + len(match.words)])
                and _match_at(ctx, q + len(match.words), lex.phrase_enders) is None):
            before.extend(range(q, q + len(match.words)))  # "zabitych i rannych żołnierzy": adjectives of the noun
            q += len(match.words) - 1
            continue
        if match is not None and ctx.english(q) and _english_head_after(ctx, q + len(match.words), limit):
            before.extend(range(q, q + len(match.words)))  # "64 round trips", "Russian diesel": English puts the
            q += len(match.words) - 1  # head noun last, what stands before it qualifies it
            continue
        if match is not None and not (len(match.words) == 1 and modifies_next and _agrees(tok, tokens[q + 1])):
            length, entry = len(match.words), match.entry
            head = next((h for h in range(q, q + length) if _is_noun(tokens[h])), q)
            if genitive and tok.is_known and "gen" not in tokens[head].cases(_NOUN_POS):
                return None
            if entry.demonym and q + length < len(tokens) and (_lexicon_match(ctx, q + length) is not None or (
                    ctx.english(q + length) and not _english_plural(ctx.lower(q + length - 1), lex)
                    and tokens[q + length].kind == "word" and not _is_stop(ctx, q + length))):
                continue  # "North Korean workers", "three North Korean Koksan guns": the demonym qualifies the noun
            return _known_counted(ctx, q, match, before)
        if _is_noun(tok) and not modifies_next and _is_adjective(tok) and q + 1 < limit and (
                tokens[q + 1].kind == "word" and not tokens[q + 1].is_known and not tokens[q + 1].is_capitalized):
            before.append(q)  # "12 nowych schronohangarów": an adjective of a noun morfeusz does not know
            continue
        if _is_noun(tok) and not modifies_next:
            if genitive and "gen" not in tok.cases(_NOUN_POS):
                return None
            lemma = _noun_lemma(tok)
            personal = any(a.pos in ("subst", "depr") and ":m1" in a.tag for a in tok.analyses)
            return _Counted(q, q, lemma, lemma, "person" if personal else "item", False)
        if _is_adjective(tok):
            before.append(q)
            continue
        if not tok.is_known and tok.kind == "word":
            if unknown == q - 1 and ctx.english(q) and _english_plural(tokens[unknown].lower, lex) and not _english_plural(
                    tok.lower, lex):
                break  # "two or three drones watch them": a singular word after the plural head is its verb
            if (unknown is None or ctx.english(unknown)) and not tok.is_capitalized and tok.lower not in lex.skip_words:
                unknown = q  # English puts the head last: "5,000 military builders"
            before.append(q)
            continue
        break
    if unknown is not None:
        lemma = _english_singular(tokens[unknown].lower) if ctx.english(unknown) else tokens[unknown].lower
        persons = ctx.english(unknown) and lemma.endswith(lex.person_endings)  # "artillerymen"
        return _Counted(unknown, unknown, lemma, lemma, "person" if persons else "item", False)
    return None


def _english_head_after(ctx: _Context, pos: int, limit: int) -> bool:
    """Is the word at ``pos`` the head of an English noun phrase whose word before only qualifies it: a noun the
    lexicon knows ("Russian diesel", "government delegations") or a plural after a singular ("64 round trips")?"""
    if pos >= limit or ctx.tokens[pos].kind != "word" or _is_stop(ctx, pos):
        return False
    word, before = ctx.lower(pos), ctx.lower(pos - 1)
    if ctx.english(pos - 1) and _english_plural(before, ctx.lex) and not _english_plural(word, ctx.lex):
        return False  # "three drones watch them": a plural is the head, the singular after it a verb
    if _lexicon_match(ctx, pos) is not None:
        return True
    return ctx.english(pos) and _plural_form(word) and not before.endswith("s")


def _english_count(ctx: _Context, start: int, counted: _Counted) -> bool:
    """ "OFAC designated two executives": an English number word before a plural noun counts it, whether or not the
    lexicon knows the noun; not after "the" ("the two countries", "the two sides" refer to what was named)."""
    return ctx.english(counted.head) and _english_plural(ctx.lower(counted.head), ctx.lex) and (
        ctx.lower(start - 1) not in _ENGLISH_DEFINITE)


_ENGLISH_DEFINITE = frozenset({"the", "these", "those", "both"})


def _english_plural(word: str, lex: _Lexicon) -> bool:
    """Does an English word look like a plural noun ("drones", "batteries", "people"; not "class", "bonus")?"""
    return word in lex.irregular_plurals or _plural_form(word)


def _plural_form(word: str) -> bool:
    """An English word with a plural's "-s" ("drones"; not "class", "bonus", "crisis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _english_singular(word: str) -> str:
    """A guess at the singular of an English plural ("builders" -> "builder", "batteries" -> "battery")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # "artillerymen", "servicemen"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if _plural_form(word):
        return word[:-1]
    return word


def _compose(ctx: _Context, counted: _Counted) -> _Counted:
    """ "zapotrzebowanie na amunicję" -> "ammunition demand": a relational noun takes its complement's label."""
    kind = ctx.lex.complements.get(counted.lemma)
    complement: _Counted | None = None
    if kind == "gen":
        complement = _counted_at(ctx, counted.end + 1, genitive=True)
    elif kind == "na":
        for q in range(counted.end + 1, min(counted.end + 7, len(ctx.tokens))):
            if ctx.lower(q) == "na":
                complement = _counted_at(ctx, q + 1)
                break
            if ctx.tokens[q].kind == "punct" or ctx.tokens[q].has_pos(*_VERB_POS):
                break
    if complement is None or not complement.known or complement.unit != "item":
        return counted
    label = f"{complement.label} {counted.label}"
    return _Counted(counted.head, counted.end, label, counted.lemma, counted.unit, counted.known, counted.demonym)


def _clause(ctx: _Context, start: int, end: int) -> range:
    """Positions of the clause around tokens ``start``..``end``."""
    left = start
    while left > 0 and not _ends_clause(ctx, left - 1):
        left -= 1
    right = end
    while right + 1 < len(ctx.tokens) and not _ends_clause(ctx, right + 1):
        right += 1
    return range(left, right + 1)


def _ends_clause(ctx: _Context, pos: int) -> bool:
    """Is the word at ``pos`` a clause boundary (``clause_boundaries``)?  A dash written close between two words
    joins them ("przejście Chasan–Tumangang", "trzy–cztery ładunki"); it parts clauses only with a space around."""
    if ctx.lower(pos) not in ctx.lex.clause_boundaries:
        return False
    tok = ctx.tokens[pos]
    return not (tok.lower in _CLOSE_DASHES and not tok.space_before and pos + 1 < len(ctx.tokens)
                and not ctx.tokens[pos + 1].space_before)


def _role_of(ctx: _Context, counted: _Counted, start: int, end: int | None = None) -> str | None:
    """The role of a demonym or a role noun from its clause (the amount's, from ``start`` to ``end``, by default
    to the noun): "pracowało 20 000 Koreańczyków" -> worker, "54 osoby i 30 podmiotów" -> sanctioned person."""
    general, own = ctx.lex.role_nouns.get(counted.lemma, (counted.demonym, ()))
    last = counted.end if end is None else end
    clause = _clause(ctx, start, last)
    if (clause.start == start and clause.stop == last + 1 and ctx.lower(clause.stop) == ","
            and clause.stop + 1 < len(ctx.tokens) and ctx.tokens[clause.stop + 1].has_pos(*_VERB_POS)):
        # "Najwięcej, ok. 300 osób, trafiło na uniwersytet": the amount between commas is the next clause's subject
        clause = range(clause.start, _clause(ctx, clause.stop + 1, clause.stop + 1).stop)
    # "27 osób, które uciekły z Północy": the relative clause after the noun tells who they are (not that they fight:
    # "20 tys. osób, które walczyły o bilety")
    relative = _relative_clause_after(ctx, last + 1) or range(0)
    if clause.start > 1 and ctx.lower(clause.start - 1) in ctx.lex.coordinators and not any(
            _is_verb(ctx, q) for q in range(clause.start, start)):
        # "wpisał na listę sankcyjną sześć firm oraz dwóch obywateli Chin": an object joined to one before shares
        # its verb and the words of its clause, past an aside between commas ("objął sankcjami trzy spółki, w tym
        # firmę Tigris Soft, oraz dwóch obywateli KRLD")
        joined = _clause(ctx, clause.start - 2, clause.start - 2)
        for _ in range(2):
            joined = _with_clause_before(ctx, joined)
        clause = range(joined.start, clause.stop)
    roles = (*own, *(ctx.lex.role_cues if general else ()))
    for role, cues in roles:
        if any(q != counted.head and ctx.has(q, cues) for q in clause):
            return role
    for role, cues in roles:
        if role not in ctx.lex.roles_not_relative and any(ctx.has(q, cues) for q in relative):
            return role
    return None


def _distance_kind(ctx: _Context, start: int, after: int, unit: str) -> tuple[str, str, int] | None:
    """A distance's kind by its clause (``distance_kinds``), unless it is a distance from a place ("10 km od
    granicy"), which is none, or from the target ("spadały 1–3 km od celu"), which is a miss distance."""
    if ctx.has(after + 1, ctx.lex.distance_from):
        if ctx.has(after + 2, ctx.lex.targets) and _is_noun(ctx.tokens[after + 2]):
            return ctx.lex.miss_distance_label, ctx.lower(after + 2), after + 2
        return None
    kind = _clause_kind(ctx, start, after, unit, ctx.lex.distance_kinds)
    if kind is not None and kind[0] not in ctx.lex.participle_kinds and all(
            a.pos == "ppas" for a in ctx.tokens[kind[2]].analyses):
        return None  # "drony wystrzelone z Ukrainy pokonały 1,3 tys. km": a flight, not a reach
    return kind


def _had_length(ctx: _Context, start: int, after: int) -> bool:
    """A distance right after a verb of having ("Tor z Chasanu do Rajinu ma 54 km", "most ma ok. 1 km"): the length
    of the thing that has it - not a way to or from a place, named before any subject or right after the distance
    ("Do granicy mają 30 km", "ma 30 km do granicy")."""
    verb = start - 1
    if verb < 0 or not ctx.has(verb, ctx.lex.length_verbs) or not ctx.tokens[verb].has_pos("fin", "praet"):
        return False
    ways = ctx.lex.way_prepositions
    clause = _clause(ctx, start, after)
    way = next((k for k in range(clause.start, verb) if ctx.lower(k) in ways), None)
    if way is not None and not any(_is_noun(ctx.tokens[k]) and "nom" in ctx.tokens[k].cases(_NOUN_POS)
                                   for k in range(clause.start, way)):
        return False  # "Do granicy mają 30 km"; not "Tor z Chasanu do Rajinu ma 54 km" (the track's ends)
    return ctx.lower(after + 1) not in ways


def _kinds(data: Mapping[str, Any]) -> Mapping[str, tuple[frozenset[str], frozenset[str]]]:
    """``duration_kinds`` or ``distance_kinds`` of the data file: label -> (units, cue lemmas)."""
    return MappingProxyType({str(label): (_words(kind["units"]), _words(kind["cues"])) for label, kind in data.items()})


def _clause_kind(ctx: _Context, start: int, after: int, unit: str,
                 kinds: Mapping[str, tuple[frozenset[str], frozenset[str]]]) -> tuple[str, str, int] | None:
    """What a measure is by a word of its clause (``kinds``: label -> units, cue lemmas): "pracują po 12–14 godzin
    na dobę" -> shift, "razi cele na odległość do 20 km" -> range; (label, cue lemma, cue position), or None."""
    clause = _with_clause_before(ctx, _clause(ctx, start, after))
    for label, (units, cues) in kinds.items():
        if unit not in units:
            continue
        for q in clause:
            found = sorted(ctx.forms[q] & cues)
            if found and not start <= q <= after:
                return label, found[0], q
    return None


def _with_clause_before(ctx: _Context, clause: range) -> range:
    """``clause`` and, while it has no verb, the clauses before it that a comma ends ("Saperzy pracują sześć dni w
    tygodniu, po 10 godzin dziennie": the hours go on "pracują"; "Pracują po 11 godzin, sześć dni w tygodniu, za
    600 dolarów miesięcznie": so does the pay)."""
    while clause.start >= 2 and ctx.lower(clause.start - 1) == "," and not any(
            ctx.tokens[q].has_pos(*_VERB_POS) for q in clause):
        clause = range(_clause(ctx, clause.start - 2, clause.start - 2).start, clause.stop)
    return clause


def _time_reference(ctx: _Context, start: int, unit: int) -> bool:
    """Does a stretch of time from ``start`` to the unit at ``unit`` say when rather than how long: a word after it
    that counts back from an event ("dwie doby przed wejściem"), or one before it that counts ahead ("Za dwa
    lata"), unless "przez" or a period named after it says what lasts ("przez dwa tygodnie przed wyjazdem", "za
    dwa tygodnie pracy")?"""
    lex = ctx.lex
    before = ctx.lower(start - 1)
    if before in lex.time_reference["lasting"]:
        return False
    if ctx.lower(unit + 1) in lex.time_reference["after"]:
        return True
    of = unit + 1
    if of < len(ctx.tokens) and "gen" in ctx.tokens[of].cases(_NOUN_POS) and ctx.has(of, lex.periods.keys()):
        return False
    return before in lex.time_reference["before"]


def _men_by_numeral(ctx: _Context, amount: _Amount) -> bool:
    """Does a number word with no noun count persons by its form: a numeral only of men ("dwaj", "trzej", "obaj"),
    or one of men as the subject of a verb in the neuter singular, before it ("Dwóch poprosiło", "Czterech
    zginęło", "Trzech nie podjęło") or opening the sentence before a comma ("Dwóch, pojmanych w styczniu, jest"),
    or, ending the clause, after it ("Zginęło tam co najmniej dziewięciu"), or as the object of an
    impersonal verb right after it ("a trzech wzięto do niewoli")?"""
    numeral = [a for a in ctx.tokens[amount.last].analyses if a.pos == "num"]
    if not numeral or ctx.lower(amount.first - 1) in ctx.lex.back_references:
        return False  # "wszyscy trzej należą do 11. Korpusu": the three named before
    if all(a.tag.split(":")[3] == "m1" for a in numeral if a.tag.count(":") >= 3):
        return True
    subject = any("nom" in a.cases and a.tag.split(":")[3:4] == ["m1"] for a in numeral)
    qualified = _qualifier_before(ctx, amount.first)  # "a co najmniej dwóch innych wolało"
    first = qualified[0] if qualified is not None else amount.first
    opens = first == 0 or ctx.lower(first - 1) in ctx.lex.clause_joins
    k = amount.last + 1
    while ctx.has(k, ctx.lex.determiners_after) and _is_adjective(ctx.tokens[k]):
        k += 1  # "dwóch innych wolało", "a dwaj pozostali trafili"
    link = _match_at(ctx, k, ctx.lex.part_of)
    if link is not None and ctx.lower(link[0]) in ctx.lex.part_pronouns:
        k = link[0] + 1  # "Czterech z nich zginęło"
    if subject and first == 0 and ctx.lower(k) == ",":
        return True  # "Dwóch, pojmanych w styczniu, jest w niewoli": nothing before governs it, so it is men
    if ctx.lower(k) == "nie":
        k += 1  # "Trzech pozostałych nie podjęło decyzji"
    verb = ctx.tokens[k] if k < len(ctx.tokens) else None
    if subject and opens and verb is not None and _neuter_singular(verb):
        return True
    men_object = any("acc" in a.cases and a.tag.split(":")[3:4] == ["m1"] for a in numeral)
    if men_object and opens and verb is not None and verb.has_pos("imps"):
        return True  # "a trzech wzięto do niewoli": men, the object of an impersonal verb
    if not subject or not (k >= len(ctx.tokens) or _is_stop(ctx, k)):
        return False
    clause = _clause(ctx, amount.first, amount.last)
    return any(q < amount.first and _neuter_singular(ctx.tokens[q], past_only=True) for q in clause)


def _neuter_singular(verb: Token, *, past_only: bool = False) -> bool:
    """A verb in the neuter singular past (or, unless ``past_only``, the third person singular): what a numeral
    of men takes as its verb."""
    return any(a.pos == "praet" and ":sg:" in a.tag and a.tag.endswith((":n", ":n:perf", ":n:imperf")) or
               not past_only and a.pos == "fin" and ":sg:ter" in a.tag for a in verb.analyses)


def _fallen_of_the_document(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """ "zginęło 17 Koreańczyków" in an article that counts soldiers: people of a nation killed or wounded are its
    soldiers there (``casualty_cues`` in the clause), as "polec" says of anyone."""
    if not counted.demonym or "soldier" not in (ctx.persons_before, ctx.persons_in_document):
        return None
    clause = _clause(ctx, start, counted.end)
    return "soldier" if any(ctx.has(q, ctx.lex.casualty_cues) for q in clause) else None


def _pronoun_role(ctx: _Context, start: int, last: int, carried: Quantity | None = None) -> str | None:
    """"pracuje ich ok. 1 800", "walczy ich tam ponad 10 tys.": a bare amount of "them" (the genitive pronoun up to
    three words before it) in a clause that gives persons a role (``role_cues``) counts persons in that role."""
    link = _match_at(ctx, last + 1, ctx.lex.part_of)
    of_them = link is not None and ctx.lower(link[0]) in ctx.lex.part_pronouns and (  # "zatrudnia ok. 400 z nich"
        carried is None or carried.unit.split("/")[0] == "person")  # not "200 czołgów. ... 150 z nich"
    if not of_them and _them_before(ctx, start) is None:
        return None  # "pracowało ich w Polsce ok. 500": a place may stand between
    clause = _clause(ctx, start, last)
    for role, cues in ctx.lex.role_cues:
        if any(ctx.has(q, cues) and ctx.tokens[q].has_pos(*_VERB_POS) for q in clause):
            return role
    return None


def _measured_subjects(ctx: _Context, start: int) -> list[int]:
    """ "zmiana ma trwać 12 godzin": nouns that may be nominative before the measuring verb before ``start``,
    nearest first ("koszt budowy fabryki wyniesie": fabryki, budowy, koszt).  An aside between dashes or a
    relative clause between commas is passed over ("Budowa kosztowała – jak podało ministerstwo – 9 mld rubli")."""
    return _measuring_clause(ctx, start)[1]


def _measuring_clause(ctx: _Context, start: int, shared: bool = False) -> tuple[int | None, list[int]]:
    """The measuring verb before ``start`` (None if there is none) and the nouns that may be its subject (see
    ``_measured_subjects``).  A verb of change before "do" measures too: "obroty mają wzrosnąć do 1 mld dolarów"
    gives the level they reach.  ``shared``: past the verb, go on into the clause before when the verb's clause
    shares its subject (after a colon, ", a", ", i"; see ``_shares_subject``), quotation marks passed over."""
    verb_at: int | None = None
    q, seen = start - 1, 1  # ``seen``: words looked at, the asides passed over not counted
    boundaries = ctx.lex.clause_boundaries
    out: list[int] = []
    # past the verb the subject may stand further back, behind its genitives and a time phrase ("obroty
    # handlowe Chin i Rosji w okresie od stycznia do lipca wyniosły"); the clause still bounds the search
    while q >= 0 and seen <= (_SUBJECT_REACH if verb_at is not None else 8):
        if verb_at is None and ctx.lower(q) == "," and ctx.lower(q + 1) == "do" and q + 1 >= start - 2:
            q -= 1  # "wzrosły o 37 proc., do ok. 68 mln dolarów": the comma parts two complements of one verb
            continue
        if ctx.lower(q) in boundaries:
            if verb_at is not None and _relative_subject(ctx, q):
                out.append(q - 2)  # "grzywna, która może sięgnąć 16 mln euro": the noun the pronoun stands for
                break
            opening = _aside_opening(ctx, q)
            if opening is None and shared and verb_at is not None and (
                    _shares_subject(ctx, q) or ctx.lower(q) in _QUOTE_MARKS):
                q, seen = q - 1, 1  # "Obroty są skromne: w 2025 r. wyniosły 68 mln dolarów", "handel ma
                continue  # wzrosnąć „dwukrotnie”, a do 2030 r. osiągnąć 1 mld dolarów": the subject of the clause before
            if opening is None:
                break
            q = opening - 1
            continue
        tok = ctx.tokens[q]
        if verb_at is None:
            if ctx.has(q, ctx.lex.measure_verbs) or (
                "do" in (ctx.lower(q + 1), ctx.lower(start - 1), ctx.lower(start)) and tok.has_pos(*_VERB_POS)
                and ctx.has(q, ctx.lex.change_verbs.keys())
            ):  # "wzrosły w 2025 r. do ok. 420 mln dolarów"
                verb_at = q
        elif tok.has_pos("subst", "ger") and "nom" in tok.cases(("subst", "ger")):
            out.append(q)
        q, seen = q - 1, seen + 1
    return verb_at, out


def _shares_subject(ctx: _Context, q: int) -> bool:
    """Does the clause after the boundary at ``q`` go on with the subject of the clause before: after a colon, or
    after a comma and a coordinating conjunction (", a", ", i", ", oraz")?"""
    return ctx.lower(q) == ":" or (ctx.lower(q) == "," and ctx.lower(q + 1) in ctx.lex.subject_sharing)


def _relative_subject(ctx: _Context, q: int) -> bool:
    """Is ``q`` a nominative "który" right after a comma after a noun (", która", ", które")?"""
    tok = ctx.tokens[q]
    return q > 1 and ctx.lower(q - 1) == "," and _is_noun(ctx.tokens[q - 2]) and any(
        a.lemma == "który" and a.pos == "adj" and ":nom" in a.tag for a in tok.analyses)


_DASHES = frozenset({"–", "—"})
_CLOSE_DASHES = _DASHES | {"-"}  # written close between two words, they join them (``_ends_clause``)
_ASIDE_REACH = 12  # words an aside between dashes or commas may have


def _aside_opening(ctx: _Context, close: int) -> int | None:
    """Where the aside that the dash or comma at ``close`` ends opens: "– jak podało ministerstwo –" (the other
    dash), ", której nazwy nie ujawniono," (the comma before a relative pronoun), ", jak podaje portal X," (the
    comma before an attribution), ", pokrywany z rosyjskiego budżetu," (a participle's phrase); None if ``close``
    ends no aside."""
    mark = ctx.lower(close)
    if mark not in _DASHES and mark != ",":
        return None
    for q in range(close - 1, max(close - _ASIDE_REACH - 1, -1), -1):
        here = ctx.lower(q)
        if mark in _DASHES and here in _DASHES:
            return q if q > 0 else None
        if mark == "," and here == ",":
            relative = any(ctx.tokens[k].readings("który") for k in (q + 1, q + 2) if k < close)
            cited = q + 1 < close and ctx.lower(q + 1) in ctx.lex.aside_openers  # ", jak podaje portal X,"
            # ", pokrywany z rosyjskiego budżetu,": a participle's phrase
            participle = q + 1 < close and all(a.pos in ("pact", "ppas") for a in ctx.tokens[q + 1].analyses)
            return q if q > 0 and (relative or cited or participle) else None  # ", w której", ", których"
        if here in (";", ":", "(", ")"):
            return None
    return None


def _subject_of_measure(ctx: _Context, start: int, table: Mapping[str, str]) -> tuple[int, str, str] | None:
    """The measured subject before ``start`` if its lemma is in ``table``: (position, label, lemma).  The nearest
    noun, or the head of the genitives it ends ("Deficyt żywności wynosi 1 mln ton": the deficit)."""
    subjects = _measured_subjects(ctx, start)
    for n, q in enumerate(subjects):
        lemma = _noun_lemma(ctx.tokens[q], table.keys())
        if lemma in table:
            return q, table[lemma], lemma
        if n + 1 == len(subjects) or subjects[n + 1] != q - 1 or "gen" not in ctx.tokens[q].cases(("subst", "ger")):
            return None
    return None


def _is_open_word(ctx: _Context, pos: int) -> bool:
    """An unknown word at ``pos`` written small, or capitalized only because it opens an English sentence ("Trade
    was $100 million"): English text, where morfeusz gives no noun reading."""
    tok = ctx.tokens[pos]
    return tok.kind == "word" and not tok.is_known and (not tok.is_capitalized or pos == 0 and ctx.english(pos))


def _noun_before(ctx: _Context, pos: int) -> int | None:
    """The noun ending right before ``pos``, past at most two adjectives or names ("kontrakt zbrojeniowy",
    "czołgów Abrams")."""
    q = pos - 1
    for _ in range(3):
        if q < 0:
            return None
        tok = ctx.tokens[q]
        if (tok.has_pos("subst", "ger") and not (tok.is_capitalized and tok.has_pos("adj"))) or _is_open_word(ctx, q):
            return q
        is_name = tok.kind == "word" and (tok.is_capitalized and not tok.is_known or any(c.isdigit() for c in tok.text))
        if not (_is_adjective(tok) or is_name):
            return None
        q -= 1
    return None


def _money_at(ctx: _Context, pos: int) -> tuple[str, str] | None:
    """(label, key) of a money noun phrase at ``pos``: a sum ("pomoc" -> aid), a valued thing ("kontrakt" -> value)
    or a value head with its genitive ("wartość pomocy" -> aid, "wartość kontraktu" -> value).  A two-word key matches
    with its adjective on either side: at the noun ("wojskowej pomocy" at "pomocy") or at the adjective before it."""
    if not 0 <= pos < len(ctx.tokens):
        return None
    tok = ctx.tokens[pos]
    if _is_noun(tok) or _is_open_word(ctx, pos):
        found = _key_around(ctx, pos, ctx.lex.money)
    elif _is_adjective(tok):
        key = _lexicon_match(ctx, pos, ctx.lex.money)
        found = (key, pos + len(key.words)) if key is not None and len(key.words) > 1 else None
    else:
        return None
    if found is None:
        return None
    key, whole = found
    if key.text in ctx.lex.value_heads:
        genitive = whole < len(ctx.tokens) and "gen" in ctx.tokens[whole].cases()
        noun = whole
        while genitive and noun < min(whole + 2, len(ctx.tokens) - 1) and _is_adjective(ctx.tokens[noun]):
            noun += 1  # "wartość rosyjskiej pomocy": the sum past its adjectives
        inner = _money_at(ctx, noun) if genitive else None
        if inner is not None:
            return inner[0], key.text
        if key.text not in ctx.lex.values_alone:
            return None  # "wypłacono z tej kwoty ok. 1,6 mld zł": a sum that says nothing of what it is
        return "value", key.text  # "wartość kontraktu", "Ich łączna wartość przekracza 3,5 mln zł"
    if key.entry.label == "price":  # "cena ropy" -> oil price
        of = _priced_at(ctx, whole)
        if of is not None:
            return f"{of} price", key.text
    return key.entry.label, key.text


def _percent_state(ctx: _Context, start: int, first: int) -> str | None:
    """What a percent "w" a state says (``percent_states``): "samoloty są wypełnione średnio w 85 proc." -> load
    factor; the word of the state in the clause before "w"."""
    w = next((q for q in range(first - 1, max(start - 2, -1), -1) if ctx.lower(q) == "w"), None)
    if w is None:
        return None
    clause = range(_clause(ctx, w, w).start, w)
    return next((label for label, cues in ctx.lex.percent_states.items() if any(ctx.has(q, cues) for q in clause)),
                None)


def _rate_noun_before(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """A money noun that a percent at ``start`` gives the rate of, right before it or past a link ("prowizję w
    wysokości 3–5 proc.", "z marżą sięgającą 250 proc.", "Marża rzędu 300–400 proc.", "grzywna do 5 proc. rocznego
    obrotu"): (label, lemma, position)."""
    q = start - 1
    for _ in range(3):
        if q < 0 or not (ctx.lower(q) in ctx.lex.rate_links or ctx.has(q, ctx.lex.rate_link_verbs)):
            break
        q -= 1
    if q < 0 or not _is_noun(ctx.tokens[q]):
        return None
    found = _money_at(ctx, q)
    return (found[0], found[1], q) if found is not None and found[0] in ctx.lex.rate_labels else None


def _goods_price(ctx: _Context, start: int, after: int) -> str | None:
    """The price of the goods a sum per unit (from ``start``, its per-unit phrase ending before ``after``) is paid
    for: named right after the unit ("za baryłkę oleju napędowego") or last before the sum in its clause ("sprzedają
    olej napędowy po 45–50 dolarów za baryłkę"): "diesel price"; None if no priced goods are named."""
    goods = _priced_at(ctx, after) or next(
        (of for q in reversed(_clause(ctx, start, start)) if q < start and (of := _priced_at(ctx, q)) is not None), None)
    return f"{goods} price" if goods is not None else None


def _priced_at(ctx: _Context, pos: int) -> str | None:
    """What a price is of, named at ``pos`` ("bilet", "ropy"): a service or a commodity of ``priced_nouns``."""
    found = _key_around(ctx, pos, ctx.lex.priced) if 0 <= pos < len(ctx.tokens) else None
    return found[0].entry.label if found is not None else None


def _priced_unit(ctx: _Context, verb: int) -> tuple[str, str | None] | None:
    """The unit a price is per when the subject of its verb is one ("tona rosyjskiej pszenicy kosztuje",
    "kilogram ryżu kosztuje"): (unit, what the unit is of, if a priced noun), else None."""
    objects = [q for q in range(verb + 1, min(verb + 3, len(ctx.tokens)))  # "wycenia tonę paliwa na 650 dolarów"
               if _is_noun(ctx.tokens[q]) and "acc" in ctx.tokens[q].cases(_NOUN_POS)]
    for q in [*_nominatives_before(ctx, verb), *objects[:1]]:
        case = None if q > verb else "nom"
        found = _priced_unit_at(ctx, q, case, min(q + 4, verb) if q < verb else min(q + 4, len(ctx.tokens)))
        if found is not None:
            return found
    return None


def _priced_unit_at(ctx: _Context, q: int, case: str | None, stop: int) -> tuple[str, str | None] | None:
    """A unit of ``priced_units`` named in the singular at ``q`` (in ``case``, if given), and the priced goods named
    after it before ``stop`` ("tona pszenicy", "baryłki oleju napędowego"): (unit, goods or None)."""
    lemma = next((lemma for lemma in sorted(ctx.tokens[q].lemmas) if lemma in ctx.lex.priced_units), None)
    if lemma is None or not any((case is None or case in a.cases) and "sg" in a.numbers
                                for a in ctx.tokens[q].analyses if a.pos in _NOUN_POS):
        return None
    of = next((found for k in range(q + 1, stop) if (found := _priced_at(ctx, k))), None)
    return ctx.lex.priced_units[lemma], of


def _unit_priced_after(ctx: _Context, noun: int) -> tuple[str, str | None] | None:
    """The unit a price noun's genitive names ("cena baryłki oleju napędowego", "koszt tony"): (unit, what the unit
    is of, if a priced noun a few words on), else None."""
    q = noun + 1
    return _priced_unit_at(ctx, q, "gen", min(q + 4, len(ctx.tokens))) if q < len(ctx.tokens) else None


def _nominatives_before(ctx: _Context, verb: int) -> Iterator[int]:
    """Positions of nominative nouns a few words before ``verb``, nearest first, past an inserted phrase between
    commas ("bilet w jedną stronę kosztuje", "wyjazd, organizowany przez biuro, kosztuje"); they end at another
    verb or a clause boundary."""
    for q in range(verb - 1, max(verb - _LIST_REACH - 1, -1), -1):
        tok = ctx.tokens[q]
        if q == verb - 1 and not tok.lemmas.isdisjoint(ctx.lex.modals):
            continue  # "Kilowatogodzina ma kosztować": the verb of a modal
        if tok.has_pos("fin", "praet") or (ctx.lower(q) in ctx.lex.clause_boundaries and ctx.lower(q) != ","):
            return
        if _is_noun(tok) and "nom" in tok.cases(_NOUN_POS):
            yield q


def _priced_subject(ctx: _Context, verb: int) -> str | None:
    """The priced subject (nominative) a few words before ``verb`` (``_nominatives_before``); in English, whose words
    have no case, a priced noun of the few words before it ("A return ticket on the Moscow route is to cost")."""
    if ctx.english(verb):
        clause = _clause(ctx, verb, verb)
        return next((found for q in range(verb - 1, max(clause.start, verb - 8) - 1, -1)
                     if (found := _priced_at(ctx, q)) is not None), None)
    return next((found for q in _nominatives_before(ctx, verb) if (found := _priced_at(ctx, q)) is not None), None)


def _money_noun_before(ctx: _Context, pos: int, *, listing: bool = False) -> tuple[int, str, str] | None:
    """A money noun a few words before ``pos`` in the same clause ("przeznaczyła na pomoc 2 mld"), if any.  With
    ``listing``, further back and past the commas of a list ("umowy na czołgi K2, haubice K9 i wyrzutnie Chunmoo
    o łącznej wartości": the contracts)."""
    reach = _LIST_REACH if listing else 5
    for q in range(pos - 1, max(pos - reach - 1, -1), -1):
        if q == pos - 1 and ctx.lower(q) in _DASHES:
            continue  # "ich wynagrodzenie – ok. 800 dolarów miesięcznie –": the sum in apposition to its noun
        boundary = ctx.lower(q) in ctx.lex.clause_boundaries and not (listing and ctx.lower(q) == ",")
        boundary = boundary or (ctx.english(q) and ctx.lower(q) in ctx.lex.clause_joiners)  # "Prices rose and ..."
        boundary = boundary or (q == pos - 1 and ctx.english(q) and ctx.lower(q) in ctx.lex.money_verbs)  # "costs $600"
        if boundary or (ctx.tokens[q].has_pos(*_VERB_POS) and not after_preposition(ctx.tokens, q)):
            return None  # a verb ends the search; "na przyszły rok" holds an adjective, not "przyjść"
        found = _money_at(ctx, q)
        if found is not None:
            verb = next((k for k in range(q - 1, max(q - 3, -1), -1) if not _is_adjective(ctx.tokens[k])), -1)
            if verb >= 0 and ctx.has(verb, ctx.lex.payer_verbs) and ctx.tokens[verb].has_pos(*_VERB_POS):
                return None  # "kosztuje rosyjski budżet 18 tys. rubli": who pays, not what the sum is
            head = _money_at(ctx, q - 1) if q > 0 and "gen" in ctx.tokens[q].cases(_NOUN_POS) else None
            if head is not None and head[0] in _COST_HEADS:  # "szacuje koszt inwestycji na ok. 300 mln dolarów":
                # the cost, of the investment (not "w projekcie budżetu ... 200 mld zł": the budget)
                return q - 1, *head
            return q, *found
    return None


def _money_counted(ctx: _Context, start: int, after: int) -> tuple[str, str | None, int | None]:
    """What an amount of money measures: (label, Polish lemma, token position).  In order: the noun a link
    ties it to ("kontrakt o wartości"), the subject of a measuring verb ("koszt wyniesie"), a genitive
    after it ("2 mld dolarów pomocy"), a money noun just before it ("na pomoc 2 mld"), a verb that says
    what it is ("kosztuje", "zarabia"); else "money".  The value of an undertaking is its cost ("budowę, wartą
    ok. 9 mld rubli", "cały program kosztuje"), and so is what it costs ("inwestycja kosztowała"); a sum named by
    its own noun otherwise keeps it ("inwestycje sięgnęły")."""
    label, lemma, token = _money_named(ctx, start, after)
    costs = token is not None and any(ctx.has(k, ctx.lex.named_subject_verbs) for k in range(token + 1, start))
    if (label == "value" or costs) and lemma is not None and lemma in ctx.lex.cost_subjects:
        return "cost", lemma, token
    if costs and label == "value":
        return "price", lemma, token  # "Pakiet kosztuje 1400 dolarów": what a valued thing costs is its price
    if lemma in ctx.lex.expense_nouns and token is not None and token >= 2 and ctx.lower(token - 1) == "to":
        for thing in (token - 2, *_nominatives_before(ctx, token - 1)):  # "nowy MiG-29SMT to wydatek rzędu 40–50 mln",
            key = _lexicon_match(ctx, thing)  # "Wyjazd z Moskwy to wydatek rzędu 180 tys. rubli": a price
            if (key is not None and key.entry.group == "item") or _priced_at(ctx, thing) is not None or (
                    _model_alone(ctx, thing) is not None):
                return "price", _noun_lemma(ctx.tokens[thing]), thing
    return label, lemma, token


def _before_quotation(ctx: _Context, pos: int) -> int:
    """Where a quoted phrase ending right before ``pos`` opens ("dodatek „za rozłąkę” w wysokości"), else ``pos``."""
    if pos < 2 or ctx.tokens[pos - 1].text not in CLOSING_QUOTES:
        return pos
    opening = next((q for q in range(pos - 2, max(pos - 8, -1), -1) if ctx.tokens[q].text in OPENING_QUOTES), None)
    return opening if opening is not None else pos


def _money_named(ctx: _Context, start: int, after: int) -> tuple[str, str | None, int | None]:
    lex = ctx.lex
    link = _match_before(ctx, start, lex.money_links)
    if link is not None:
        link_start, suffix = link
        q = _noun_before(ctx, _before_quotation(ctx, link_start))
        if q is None and ctx.lower(link_start - 1) == ",":  # an apposition: "Budowę, wartą ok. 9 mld rubli"
            q = _noun_before(ctx, link_start - 1)
            if q is None and ctx.tokens[link_start - 2].kind == "number":  # "programu 425, wartego": a name's number
                q = _noun_before(ctx, link_start - 2)
        found = _money_at(ctx, q) if q is not None else None
        if q is not None and found is None:
            earlier = _money_noun_before(ctx, q, listing=True)  # "umowa na dostawy broni o wartości": the contract
            if earlier is not None:
                return earlier[1], earlier[2], earlier[0]
        if found is not None and q is not None:
            return found[0], found[1], q
        if q is not None:
            lemma = _noun_lemma(ctx.tokens[q])
            key = _lexicon_match(ctx, q)
            return (suffix or (key.entry.label if key else lemma)), lemma, q
    bought = _sum_for(ctx, start)
    if bought is not None:  # "budowę szpitala za ok. 4,5 mld rubli", "Dron za 40 tys. dolarów"
        return bought
    measuring, subjects = _measuring_clause(ctx, start)
    # failing its own clause, the subject may be the clause before's ("Obroty są skromne: wyniosły 68 mln dolarów")
    shared = _measuring_clause(ctx, start, shared=True)[1][len(subjects):] if measuring is not None else []
    for subject in (*subjects, *shared):
        found = _money_at(ctx, subject)
        if found is not None:
            return found[0], found[1], subject
    if measuring is not None and not subjects:
        carried = _money_subject_before(ctx)
        if carried is not None:
            return carried
    held = _english_money_in(ctx, after) or _raised_sum(ctx, start) or _english_changed_to(ctx, start)
    if held is not None:
        return held
    for q in range(after, min(after + 3, len(ctx.tokens))):  # "2 mld dolarów (wojskowej) pomocy"
        if "gen" not in ctx.tokens[q].cases():
            break
        found = _money_at(ctx, q)
        if found is not None:
            return found[0], found[1], q
        if not _is_adjective(ctx.tokens[q]):
            break  # only the adjectives of the noun are passed: "zamrożonych rosyjskich aktywów"
    before = _money_noun_before(ctx, start)
    if before is not None and ctx.english(before[0]) and ctx.lower(before[0]) in ctx.lex.wage_payers:
        per = _per_person(ctx, start, after)  # "Russia pays $2,000 a month for each soldier": a verb, not the noun "pay"
        if per is not None:
            return per
    if before is not None:
        return before[1], before[2], before[0]
    estimated = _estimated_sum(ctx, start)
    if estimated is not None:  # "szacuje przychody KRLD z rosyjskich wycieczek na 25–30 mln dolarów"
        return estimated
    per = _per_person(ctx, start, after) or _paid_for_after(ctx, after)
    if per is not None:  # "płaci za każdego robotnika 800 dolarów" -> payment per worker
        return per
    verb = _money_verb_before(ctx, start)
    if verb is not None:
        return verb
    return _MONEY, None, None


def _paid_for_after(ctx: _Context, after: int) -> tuple[str, str, int] | None:
    """ "blisko 50 tys. dolarów, jakie Moskwa płaciła Iranowi za pierwsze egzemplarze": a sum that a relative clause
    right after it says is paid for something ("za") is a price."""
    lex = ctx.lex
    clause = _relative_clause_after(ctx, after)
    if clause is None:
        return None
    verb = next((q for q in clause if not ctx.tokens[q].lemmas.isdisjoint(lex.paying_verbs)), None)
    if verb is None or not any(ctx.lower(q) in lex.paid_for for q in clause if q > verb):
        return None
    return "price", ctx.lower(verb), verb


def _relative_clause_after(ctx: _Context, comma: int) -> range | None:
    """The words of a relative clause opened at ``comma`` (", które uciekły", ", jakie Moskwa płaciła"), past its
    pronoun; None when no comma and relative pronoun stand there."""
    if ctx.lower(comma) != "," or comma + 2 >= len(ctx.tokens) or not any(
            a.lemma in _RELATIVE_PRONOUNS for a in ctx.tokens[comma + 1].analyses):
        return None
    return range(comma + 2, _clause(ctx, comma + 2, comma + 2).stop)


_RELATIVE_PRONOUNS = frozenset({"jaki", "który"})


def _sum_for(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """A sum after "za": the cost of an undertaking named before it in its clause ("sfinansuje budowę szpitala w
    Pjongjangu za ok. 4,5 mld rubli"), or the price of one thing named right before it ("Dron za 40 tys. dolarów";
    not "18 maszyn za łącznie 420 mln jenów", nor goods: "pszenicę za 20 mln dolarów")."""
    if start < 2 or ctx.lower(start - 1) != "za":
        return None
    q = _cost_subject_before(ctx, start - 1)
    if q is not None:
        return "cost", _noun_lemma(ctx.tokens[q]), q
    q = _noun_before(ctx, start - 1)
    if q is not None and q >= 2 and ctx.tokens[q].is_capitalized and ctx.lower(q - 1) in ("do", "dla"):
        q = _noun_before(ctx, q - 1)  # "pocisk do Patriota za ok. 4 mln dolarów": the missile, not the system
    if q is None or (key := _lexicon_match(ctx, q)) is None or key.entry.group != "item":
        return None
    one = any("sg" in a.numbers for a in ctx.tokens[q].analyses if a.pos in _NOUN_POS)
    return ("price", _noun_lemma(ctx.tokens[q]), q) if one and _key_around(ctx, q, ctx.lex.goods) is None else None


def _estimated_sum(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """ "Ministerstwo szacuje przychody KRLD z rosyjskich wycieczek na 25–30 mln dolarów": a sum after "na" that a
    verb of estimating (``estimating_verbs``) puts on a money noun, its object, between them in the clause."""
    if start < 3 or ctx.lower(start - 1) != "na":
        return None
    for verb in range(start - 2, max(start - _LIST_REACH - 2, -1), -1):
        if ctx.lower(verb) in ctx.lex.clause_boundaries:
            return None
        if ctx.has(verb, ctx.lex.estimating_verbs) and ctx.tokens[verb].has_pos(*_VERB_POS):
            for q in range(verb + 1, start - 1):
                found = _money_at(ctx, q)
                if found is not None:
                    return found[0], found[1], q
            return None
    return None


def _english_money_in(ctx: _Context, after: int) -> tuple[str, str | None, int | None] | None:
    """ "$30 million in aid", "$340 million in stolen cryptocurrency", "$2 billion in frozen assets": what an English
    sum is held in (a money noun after "in", with a word of its state from ``money_states`` kept)."""
    lex = ctx.lex
    if not ctx.english(after) or ctx.lower(after) not in lex.money_in:
        return None
    noun = after + 2 if ctx.lower(after + 1) in lex.money_states else after + 1
    found = _money_at(ctx, noun) if ctx.english(noun) else None
    if found is None:
        return None
    label = f"{ctx.lower(after + 1)} {found[0]}" if noun == after + 2 else found[0]
    return label, found[1], noun


def _verb_in(ctx: _Context, positions: Iterable[int], verbs: frozenset[str]) -> bool:
    """Is one of ``verbs`` (lemmas) a verb at one of ``positions``?"""
    return any(ctx.has(q, verbs) and (ctx.tokens[q].has_pos(*_VERB_POS) or ctx.english(q)) for q in positions)


def _wage_verb_before(ctx: _Context, start: int) -> bool:
    """Is a verb of getting or earning (``wage_verbs``) in the clause before the sum at ``start``, a verb of
    paying (``wage_payers``) with persons in the dative, or a phrase of take-home pay (``wage_phrases``)?  Or
    is the sum what a verb of working (``work_verbs``) in its clause is done for ("pracują za 300 dolarów")?"""
    lex = ctx.lex
    if start > 0 and ctx.lower(start - 1) == "za" and (
            _verb_in(ctx, _clause_positions(ctx, start, start, 6), lex.work_verbs)
            or _verb_in(ctx, _with_clause_before(ctx, _clause(ctx, start, start)), lex.work_verbs)):
        return True
    clause = [q for q in _clause_positions(ctx, start, start, 8) if q < start]  # "inżynierom gotowym wyjechać do
    # KRLD oferuje się ok. 450 tys. rubli miesięcznie"
    if any(_match_at(ctx, q, lex.wage_phrases) is not None for q in clause) or _verb_in(ctx, clause, lex.wage_verbs):
        return True
    if not _verb_in(ctx, clause, lex.wage_payers):
        return False
    # paid to persons ("Płacą im po 150 dolarów"), or paid by whom the sentence said employs them before
    # ("zatrudniają ich zakłady, płacąc ok. 45 tys. rubli miesięcznie")
    return any(_persons_in_dative(ctx.tokens[q]) for q in clause) or _verb_in(ctx, range(start), lex.work_verbs)


def _take_home(ctx: _Context, start: int) -> bool:
    """Is a sum with no period what someone takes home: a phrase of take-home pay (``wage_phrases``) in the clause
    before it ("Do ręki dostaje zaledwie kilka tysięcy rubli"), or a verb of getting or earning (``wage_verbs``)
    whose subject a person noun names ("Koreański robotnik dostaje równowartość ok. 700 zł"; not "KRLD otrzymała")?"""
    lex = ctx.lex
    clause = [q for q in _clause_positions(ctx, start, start, 8) if q < start]
    if any(_match_at(ctx, q, lex.wage_phrases) is not None for q in clause):
        return True
    return any(ctx.has(q, lex.wage_verbs) and ctx.tokens[q].has_pos(*_VERB_POS)
               and _personal_subject(ctx, q, dropped=False) for q in clause)


def _persons_in_dative(tok: Token) -> bool:
    """ "Koreańczykom", "robotnikom": a noun of persons only in the dative ("pracodawcy" may be a subject); "im" (to
    them, after a verb of paying)."""
    nouns = [a for a in tok.analyses if a.pos == "subst"]
    if any(a.pos == "ppron3" and "dat" in a.cases and "pl" in a.numbers for a in tok.analyses):
        return True  # "Płacą im po 150 dolarów za dzień"
    return any("dat" in a.cases and ":m1" in a.tag for a in nouns) and not any("nom" in a.cases for a in nouns)


def _compensation(ctx: _Context, start: int) -> bool:
    """Does someone get the sum at ``start`` (``wage_verbs`` before it in its clause) for a death
    (``compensation_cues`` in the clause)?  Or is it for the bereaved (``bereaved`` before it in its clause) of a
    death told in the clause or the sentence before ("przepisy przewidują dla rodziny żołnierza zabitego na froncie
    ok. 5 mln rubli", "... który zginął pod Kurskiem ... Do rodziny trafia najwyżej 1,5 tys. dolarów")?"""
    lex = ctx.lex
    clause = list(_clause_positions(ctx, start, start, 6))
    before = [q for q in clause if q < start]
    death = any(ctx.has(q, lex.compensation_cues) for q in clause)
    if death and _verb_in(ctx, before, lex.wage_verbs):
        return True
    return any(ctx.has(q, lex.bereaved) for q in before) and (
        death or any(not tok.lemmas.isdisjoint(lex.compensation_cues) for tok in ctx.before))


def _money_subject_before(ctx: _Context) -> tuple[str, str, None] | None:
    """A measuring verb with no subject of its own ("W 2023 r. sięgnęły 240 mld dolarów", "wyniosły one ...")
    goes on with the subject of the sentence before in its paragraph, when that names a sum ("Obroty handlowe Chin
    i Rosji wyniosły ...": trade turnover): its first money noun in the nominative."""
    if not ctx.before or not ctx.earlier:
        return None
    there = _context(ctx.earlier[-1])
    for q, tok in enumerate(there.tokens):
        if tok.kind == "word" and (_is_noun(tok) and "nom" in tok.cases(_NOUN_POS)):
            found = _money_at(there, q)
            if found is not None:
                return found[0], found[1], None
    return None


def _money_verb_before(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """ "dron kosztuje 20 tys. dolarów" -> price: a verb a few words before the amount that says what it is ("bilet
    kosztuje 560 dolarów" -> ticket price)."""
    q, seen = start, 0
    while q > 0 and seen < _VERB_REACH:
        q, seen = q - 1, seen + 1
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            opening = _aside_opening(ctx, q) if q == start - 1 else None  # "kosztowała – jak podano – 9 mld rubli"
            if opening is None:
                return None
            q = opening
            continue
        for lemma in sorted(ctx.forms[q] & ctx.lex.money_adjectives.keys()):
            if ctx.tokens[q].has_pos("adj"):
                # "Kontrakt jest wart 2 mld dolarów": the value of the subject, whose lemma the amount keeps (so that
                # an undertaking's worth is its cost: "Budowa jest warta 9 mld rubli")
                copula = next((k for k in range(q - 1, max(q - 4, -1), -1) if ctx.has(k, frozenset({"być"}))), q)
                subject = next(_nominatives_before(ctx, copula), None)
                if subject is not None:
                    return ctx.lex.money_adjectives[lemma], _noun_lemma(ctx.tokens[subject]), subject
                return ctx.lex.money_adjectives[lemma], lemma, q
        for lemma in sorted(ctx.forms[q] & ctx.lex.money_verbs.keys()):
            if ctx.tokens[q].has_pos(*_VERB_POS, "ger", "pact") or _is_open_word(ctx, q):
                personal, other = ctx.lex.money_verbs[lemma]
                # "robotnik kosztuje 90 tys. rubli": a labour cost only with a person named as the subject
                label = personal if _personal_subject(ctx, q, dropped=lemma not in ctx.lex.named_subject_verbs) \
                    else other
                of = _priced_subject(ctx, q) if label == "price" else None
                if label == "price" and of is None and _costed_subject(ctx, q):
                    return "cost", lemma, q  # "budowa kosztowała 9 mld rubli"
                return (f"{of} price" if of else label), lemma, q
    return None


def _per_person(ctx: _Context, start: int, after: int) -> tuple[str, str, int] | None:
    """A sum per person of its clause or paid for a thing: "płaci za każdego robotnika ok. 800 dolarów" ->
    ("payment per worker", lemma, position of the person noun); "Za jedną rakietę Pjongjang płaci 2 mln
    dolarów" -> price (the preposition "za" in a clause with a verb of paying); None otherwise."""
    lex = ctx.lex
    paid_for: int | None = None
    paying = False
    if after >= 2 and ctx.lower(after - 2) in lex.per_person_prepositions and ctx.has(after - 1, lex.per_person_determiners):
        per = _per_person_named(ctx, after, start)  # "2 tys. dolarów za każdego żołnierza": the sum's own
        if per is not None:  # "za każdego", the person named right after it
            return per
    for q in _clause_positions(ctx, start, after - 1, 10):  # ``after``: the first position past the sum
        paying = paying or not ctx.tokens[q].lemmas.isdisjoint(lex.paying_verbs)
        if ctx.lower(q) in lex.per_person_bare:  # "the $2,000 a month Moscow pays per soldier"
            per = _per_person_named(ctx, q + 1, start)
            if per is not None:
                return per
        if ctx.lower(q) not in lex.per_person_prepositions or q + 1 >= len(ctx.tokens):
            continue
        if ctx.has(q + 1, lex.per_person_determiners) and q + 2 < len(ctx.tokens):
            per = _per_person_named(ctx, q + 2, start)
            if per is not None:
                return per
            if q + 2 == start:  # the sum right after "za każdego" (not "za jeden północnokoreański pocisk ...")
                # "Rosja płaci za każdego ok. 1,5 tys. dolarów": of the persons counted just before, or named most
                persons = ctx.persons_before or _persons_named_before(ctx) or "person"
                return f"payment per {persons}", ctx.lower(q + 1), q + 1
        if ctx.lower(q) in lex.paid_for and paid_for is None:
            paid_for = q
    if paying and paid_for is not None:
        if ctx.has(paid_for + 1, lex.cost_subjects):  # "Za leczenie jednego żołnierza resort płaci 3,5 tys."
            return "cost", ctx.lower(paid_for + 1), paid_for + 1
        return "price", ctx.lower(paid_for), paid_for
    return None


def _per_person_named(ctx: _Context, first: int, start: int) -> tuple[str, str, int] | None:
    """The payment per the person named at ``first``, right after "za każdego" or "per" ("za każdego robotnika", "za
    każdego poległego": compensation, "za każdego Koreańczyka", "za każdego z nich", "for each soldier killed":
    compensation, "per soldier"); None if no person is named there (``start``: where the sum starts)."""
    lex = ctx.lex
    if first >= len(ctx.tokens) or first == start:
        return None
    noun = first
    key = _lexicon_match(ctx, noun)
    while (key is None or key.entry.unit != "person") and noun < first + 2 and noun + 1 != start and _is_adjective(
            ctx.tokens[noun]) and not _is_noun(ctx.tokens[noun]):
        noun += 1  # "za każdego północnokoreańskiego żołnierza": the person noun past its adjectives
        key = _lexicon_match(ctx, noun)
    if key is not None and key.entry.unit == "person" and (
            key.text in lex.compensation_cues or ctx.has(noun + len(key.words), lex.compensation_cues)):
        return _COMPENSATION, key.text, noun  # "za każdego poległego", "for each soldier killed": compensation
    if key is not None and key.entry.unit == "person" and not key.entry.demonym:
        return f"payment per {key.entry.label}", key.text, noun
    if key is not None and key.entry.unit == "person":  # "za każdego Koreańczyka": of the kind told before
        persons = ctx.persons_before or _persons_named_before(ctx) or key.entry.label
        return f"payment per {persons}", key.text, noun
    if ctx.lower(first) in ("z", "ze") and ctx.lower(first + 1) in lex.part_pronouns:
        persons = (ctx.persons_before or ctx.persons_in_document or _persons_named_before(ctx)
                   or "person")  # "za każdego z nich"
        return f"payment per {persons}", ctx.lower(first + 1), first + 1
    return None


def _member_of(ctx: _Context, start: int) -> str | None:
    """"kontyngent liczący ok. 15 tys. ludzi", "batalionu, liczącego ok. 500 ludzi": the members of the group whose
    size the persons give ("soldier"), if a group noun of ``group_members`` stands before "liczący"."""
    q = next((k for k in range(start - 1, max(start - 5, 0), -1)  # "liczącym w szczytowym okresie ok. 15 tys."
              if ctx.tokens[k].readings("liczyć") or ctx.lower(k) in ctx.lex.clause_boundaries), None)
    if q is None or not any(a.lemma.lower() == "liczyć" and ("pact" in a.tag or a.pos == "fin")
                            for a in ctx.tokens[q].analyses):
        return None  # "liczący", or "Grupy liczą zwykle od 20 do 25 osób"
    q -= 1
    if ctx.lower(q) == ",":
        q -= 1
    if q < 0 or not _is_noun(ctx.tokens[q]):
        return None
    members = ctx.lex.group_members
    if ctx.has(q, ctx.lex.generic_groups):  # "kolejną grupę liczącą kilka tysięcy ludzi" after soldiers: soldiers
        further = ctx.has(q - 1, ctx.lex.more_of_kind)  # "kolejna zmiana": more of those counted, however long ago
        return ctx.persons_before or (ctx.persons_in_document if further else None) or ctx.lex.group_size_label
    member = members.get(_noun_lemma(ctx.tokens[q], members.keys()))
    key = _lexicon_match(ctx, q) if member is None else None
    if key is not None and key.entry.group == "formation":
        return f"{key.entry.label} {ctx.lex.member_suffix}"  # "w delegacji liczącej ok. 150 osób": delegation members
    return member


def _english_persons_apiece(ctx: _Context, start: int, amount: _Amount) -> int | None:
    """"in groups of two or three", "eight to a room", "up to 12 to a container": a bare English amount of the
    persons in each group (``group_openers`` before it) or in each place ("to a" and a noun after it), persons of the
    kind counted before; the end of its span, or None."""
    group = _match_before(ctx, start, ctx.lex.english_group_openers)
    if group is not None and ctx.english(group[0]):
        return amount.last
    last = amount.last
    if (ctx.lower(last + 1), ctx.lower(last + 2)) == ("to", "a") and ctx.english(last + 3) and (
            ctx.tokens[last + 3].text.islower()) and (
            ctx.persons_before or ctx.persons_in_document) and ctx.lower(start - 1) != "from":
        return last + 3  # not "rose from 5 to a record": persons counted before, no level of a change
    return None


def _men_of_the_document(ctx: _Context, counted: _Counted) -> str | None:
    """"transporty liczące od 800 do 1000 ludzi" in an article that counts soldiers: "ludzie" with no role of their
    own clause are soldiers when soldiers were counted just before or most in the document (``men_of_soldiers``)."""
    if counted.lemma in ctx.lex.men_of_soldiers and "soldier" in (ctx.persons_before, ctx.persons_in_document):
        return "soldier"
    return None


def _more_of_the_same(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """"Region chce przyjąć kolejne 5 tys. osób" after workers: more persons of the kind counted just before
    (``persons_before``), or else most in the document, when a word of ``more_of_kind`` opens the amount."""
    if counted.label != "person" or not (
            ctx.has(start - 1, ctx.lex.more_of_kind) or ctx.has(start, ctx.lex.more_of_kind)):
        return None
    return ctx.persons_before or ctx.persons_in_document  # "kolejne" says more of the same, however long ago


def _members_apiece(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """"Walczą w małych grupach, po 5–7 osób" -> soldier: persons counted apiece ("po") after a comma, or right
    after a group noun ("Saperzy pracują w grupach po 8–10 osób"), are the members of the groups of their clause:
    of the person noun its subject names ("Saperzy": sappers), or of the role its verb says; groups of no kind of
    their own ("Idą małymi grupami, po dziesięciu ludzi") are of the kind of persons counted just before
    (``persons_before``)."""
    before = _groups_apiece(ctx, counted, start)
    if before is None:
        return None
    for q in before:
        if q < start and _is_noun(ctx.tokens[q]) and "nom" in ctx.tokens[q].cases(_NOUN_POS):
            named = _counted_at(ctx, q)
            if named is not None and named.known and named.head == q and named.unit == "person" and not (
                    named.demonym or named.lemma in ctx.lex.role_nouns):
                return named.label  # "Saperzy działają w zespołach po 12–15 osób": sappers
    general, own = ctx.lex.role_nouns.get(counted.lemma, (counted.demonym, ()))
    for role, cues in (*own, *(ctx.lex.role_cues if general else ())):
        if any(ctx.has(q, cues) for q in before):
            return role
    return ctx.persons_before


def _groups_apiece(ctx: _Context, counted: _Counted, start: int) -> range | None:
    """The clause of the groups whose members persons counted apiece ("po") at ``start`` are: after a comma
    ("Walczą w małych grupach, po 5–7 osób") or right after the group noun ("mieszkają w grupach po 10–15 osób")."""
    if counted.label != "person" or ctx.lower(start - 1) not in ctx.lex.apiece:
        return None
    if ctx.lower(start - 2) == ",":
        before = _clause(ctx, start - 3, start - 3)
        return before if any(ctx.has(q, ctx.lex.generic_groups) for q in before) else None
    if ctx.has(start - 2, ctx.lex.apiece_groups) and _is_noun(ctx.tokens[start - 2]):
        return _clause(ctx, start - 2, start - 2)
    return None


def _group_size(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """Persons counted apiece in groups whose role nothing tells: the members of a group of ``group_members``
    ("w oddziałach po 30 ludzi": soldiers), else the size of the groups ("Koreańczycy mieszkają w grupach po 10–15
    osób", "rehabilitację przechodzą grupy po 30–40 osób": ``group_size_label``); so are persons right after a
    group noun in the instrumental, the way they move or act ("szturmują zwykle grupami od 8 do 12 ludzi")."""
    if _groups_apiece(ctx, counted, start) is None:
        instrumental = counted.label == "person" and start >= 1 and ctx.has(start - 1, ctx.lex.generic_groups) and any(
            "inst" in a.cases for a in ctx.tokens[start - 1].analyses if a.pos == "subst")
        return ctx.lex.group_size_label if instrumental else None
    members = ctx.lex.group_members
    if ctx.lower(start - 2) != "," and (member := members.get(_noun_lemma(ctx.tokens[start - 2], members.keys()))):
        return member
    return ctx.lex.group_size_label


def _apposed_persons(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """"Dotarła grupa robotników rolnych z Korei Północnej – 312 osób" -> farm worker: persons after a dash or a
    colon are the known persons named before it in the sentence."""
    if counted.label != "person" or ctx.lower(start - 1) not in (*_DASHES, ":"):
        return None
    for q in range(start - 2, max(start - 10, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
        if not _is_noun(ctx.tokens[q]):
            continue
        named = _counted_at(ctx, q)
        if named is not None and named.known and named.head == q and named.unit == "person" and (
                named.lemma not in ctx.lex.role_nouns):
            return named.label
    return None


def _persons_before(previous: Sequence[Quantity], sentence: int, lex: _Lexicon) -> str | None:
    """What the persons counted last in the document were, if counted in this sentence or the three before and of
    a kind a group is made of (a group's members: "soldier", "worker"); persons of another kind counted after them,
    a part of them ("14 Koreańczyków, w tym dwóch oficerów"), are passed over."""
    for q in reversed(previous):  # the document's quantities so far: look back only over the last sentences
        if sentence - q.sentence > 3:
            break
        if q.unit.split("/")[0] == "person" and q.counted in lex.member_kinds:
            return q.counted
    return None


_NAMED_PERSONS_LEAST = 2  # mentions of a kind of persons that make it what the document is about


def _persons_named_before(ctx: _Context) -> str | None:
    """The kind of persons (of a kind a group is made of) the document has named most so far, counted or not, title
    and lead included, if named at least twice and more often than any other kind: an article on shipyard workers
    ("robotnicy", "pracownicy stoczni") counts "Koreańczycy" as workers, one on soldiers as soldiers."""
    lex = ctx.lex
    kinds: Counter[str] = Counter()
    for tokens in (*(sentence.tokens for sentence in ctx.earlier), ctx.tokens):
        for tok in tokens:
            if tok.kind != "word" or not _is_noun(tok):
                continue
            labels = {key.entry.label for form in tok.lemmas for key in lex.counted.get(form, ())
                      if len(key.words) == 1 and key.entry.unit == "person" and key.entry.label in lex.member_kinds}
            kinds.update(labels)
    ranked = kinds.most_common(2)
    if not ranked or ranked[0][1] < _NAMED_PERSONS_LEAST or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _persons_in_document(previous: Sequence[Quantity], lex: _Lexicon) -> str | None:
    """The kind of persons the document has counted most so far, if of a kind a group is made of: what "kolejna
    zmiana, licząca nawet 5 tys." is made of however long ago the last were counted."""
    kinds = Counter(q.counted for q in previous if q.unit.split("/")[0] == "person" and q.counted in lex.member_kinds)
    return kinds.most_common(1)[0][0] if kinds else None


def _costed_subject(ctx: _Context, verb: int) -> bool:
    """Is the subject of "kosztować" at ``verb`` an undertaking ("budowa", "szkolenie") or a facility built ("Sam
    terminal ma kosztować", "obiekt kosztował"), whose price is a cost?  It may stand before a verb joined to this one
    ("Budowa trwała 14 miesięcy i kosztowała"), or open the sentence whose clauses the verb's, joined by "i" and
    naming no subject of its own, goes on ("Budowa trwała 14 miesięcy, o dwa krócej, niż zakładano, i kosztowała")."""
    if ctx.tokens[verb].has_pos("pact") and verb >= 2 and ctx.lower(verb - 1) == ",":
        tok = ctx.tokens[verb - 2]  # "Most, kosztujący 9 mld rubli": the participle's noun before its comma
        return _is_noun(tok) and (not tok.lemmas.isdisjoint(ctx.lex.cost_subjects) or _facility_subject(
            ctx, verb - 2, verb))
    joined = verb >= 1 and ctx.lower(verb - 1) in ctx.lex.coordinators
    for q in range(verb - 1, max(verb - _LIST_REACH - 1, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            return joined and _costed_opening(ctx, verb)
        tok = ctx.tokens[q]
        if _is_noun(tok) and "nom" in tok.cases(_NOUN_POS) and (
                not tok.lemmas.isdisjoint(ctx.lex.cost_subjects) or _facility_subject(ctx, q, verb)):
            return True
        if tok.has_pos("ger") and not tok.has_pos("subst") and any(
                "nom" in a.cases and "sg" in a.numbers for a in tok.analyses if a.pos == "ger"):
            return True  # "wyprodukowanie jednego drona kosztuje": doing something costs (not "połączenie", a noun)
    after = verb + 1  # "wycenia szkolenie oficera na 12 tys. dolarów": the undertaking as the object
    return after < len(ctx.tokens) and _is_noun(ctx.tokens[after]) and "acc" in ctx.tokens[after].cases(
        _NOUN_POS) and not ctx.tokens[after].lemmas.isdisjoint(ctx.lex.cost_subjects)


def _costed_opening(ctx: _Context, verb: int) -> bool:
    """Is the sentence's first noun, a nominative opening it before its first verb, an undertaking or a facility
    (the subject a verb joined by "i" after other clauses goes on with)?"""
    for q in range(0, verb):
        tok = ctx.tokens[q]
        if tok.has_pos("fin", "praet"):
            return False
        if _is_noun(tok) and "nom" in tok.cases(_NOUN_POS):
            return not tok.lemmas.isdisjoint(ctx.lex.cost_subjects) or _facility_subject(ctx, q, verb)
    return False


def _facility_subject(ctx: _Context, pos: int, verb: int) -> bool:
    """A noun of the counted lexicon's places at ``pos`` (a plant, a terminal, a bridge, a hospital) in the
    nominative of the number of ``verb`` (or of the modal before it: "terminal ma kosztować"); not "zwiedzaniem
    fabryki ... kosztuje", a genitive that reads as a nominative plural."""
    key = _lexicon_match(ctx, pos)
    if key is None or key.entry.group != "place":
        return False
    finite = verb - 1 if ctx.tokens[verb].has_pos("inf") and verb > 0 else verb
    numbers = {n for a in ctx.tokens[finite].analyses if a.pos in (*_VERB_POS, "pact") for n in a.numbers}
    return any("nom" in a.cases and not numbers.isdisjoint(a.numbers)
               for a in ctx.tokens[pos].analyses if a.pos in _NOUN_POS)


def _cost_subject_before(ctx: _Context, pos: int) -> int | None:
    """An undertaking (``cost_subjects``) named a few words before ``pos`` in its clause ("sfinansuje budowę
    szpitala w Pjongjangu za ok. 4,5 mld rubli"), if any."""
    for q in range(pos - 1, max(pos - _LIST_REACH - 1, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
        if _is_noun(ctx.tokens[q]) and not ctx.tokens[q].lemmas.isdisjoint(ctx.lex.cost_subjects):
            return q
    return None


def _personal_subject(ctx: _Context, verb: int, *, dropped: bool = True) -> bool:
    """Is the noun before ``verb`` a person ("najemnik zarabia") rather than a state or a firm ("KRLD zarabia")?
    With no noun in the clause (the subject is dropped), ``dropped`` (a person, unless the verb needs a named one).
    A capital that only opens the sentence ("Oficjalnie zarabiają") marks no name."""
    q = verb
    while q > max(verb - 6, 0):
        q -= 1
        tok = ctx.tokens[q]
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            break
        if q > 0 and ctx.tokens[q - 1].has_pos("prep"):
            q -= 1  # "Robotnik z KRLD kosztuje": the noun of a prepositional phrase is no subject
            continue
        if _is_noun(tok) and tok.is_known and "nom" not in tok.cases(_NOUN_POS):
            continue  # "Szkolenie jednego operatora kosztuje": a genitive is no subject either
        if _is_noun(tok) or (tok.is_capitalized and (q > 0 or not tok.is_known)) or _is_open_word(ctx, q):
            key = _lexicon_match(ctx, q)
            if key is not None:
                return key.entry.unit == "person"
            # a surname reading of a word that only opens the sentence ("Doba pobytu") names no person
            return any(a.pos in ("subst", "depr") and ":m1" in a.tag and (q > 0 or a.lemma[:1].islower())
                       for a in tok.analyses)
    return dropped


# ------------------------------------------------------------------------------------------ assembly


@dataclass(frozen=True, slots=True)
class _Reading:
    """What follows an amount: unit, counted thing, and the last position of the evidence span."""

    unit: str | None
    counted: _Counted | None
    end: int
    label: str | None = None  # counted label when no noun is counted ("duration", "money")
    label_lemma: str | None = None
    label_token: int | None = None
    borrowed: bool = False  # the counted noun stands elsewhere (a subject before, an earlier quantity)


def _unit_and_counted(ctx: _Context, amount: _Amount, after: int, start: int, prefix_currency: str | None,
                      ) -> _Reading | None:
    """Read percent, money, measure unit or counted noun after the amount; None if the number is a label."""
    lex = ctx.lex
    if amount.kind == "words" and amount.high < 1 and ctx.english(after) and ctx.lower(after) in _ENGLISH_ARTICLES:
        after += 1  # "half a tonne": the article between a fraction and its unit
    last = after - 1
    points = _match_at(ctx, after, lex.percentage_points) if amount.kind not in _SHARES else None
    percent = points or _match_at(ctx, after, lex.percent) or ((after, "") if amount.kind in _SHARES else None)
    if percent is not None:
        unit = "percent" if points is None else "pp"
        counted = _counted_at(ctx, percent[0], genitive=amount.kind != "share")  # "co piąty pocisk": no genitive
        composed = _compose(ctx, counted) if counted is not None else None
        if counted is not None and composed is not None and composed.label == counted.label:
            # a part of what a bare noun names is a share of it ("ok. 70 proc. obrabiarek", "co piąty pocisk", "90
            # proc. wynagrodzenia"); a relational noun with its complement names the whole it measures ("około 40%
            # zapotrzebowania na amunicję" -> ammunition demand)
            composed = dataclasses.replace(counted, label=lex.unnamed_share, known=True, part_of=counted)
        counted = composed
        change = _change_before(ctx, start) if counted is None else None
        if change is not None:  # "ceny benzyny spadły o 15 proc." -> petrol price decrease
            return _Reading(unit, None, percent[0] - 1, *change)
        state = _percent_state(ctx, start, amount.first) if counted is None else None
        if state is not None:  # "samoloty są wypełnione średnio w 85 proc.": a load factor
            return _Reading(unit, None, percent[0] - 1, state)
        rated = _rate_noun_before(ctx, start)
        if rated is not None:  # "pobierają prowizję w wysokości 3–5 proc.", "grzywna do 5 proc. rocznego obrotu"
            return _Reading(unit, None, percent[0] - 1 if counted is None else counted.end, *rated)
        if counted is None:  # "prowizja wynosi od 8 do 12%" -> commission
            for noun in _measured_subjects(ctx, start):
                named = _measured_key(ctx, noun) or _money_at(ctx, noun)
                if named is not None:
                    compared = _comparison_after(ctx, percent[0]) if ctx.lower(start - 1) == "o" else None
                    label = f"{lex.comparison_bases.get(named[0], named[0])} {compared}" if compared else named[0]
                    return _Reading(unit, None, percent[0] - 1, label, named[1], noun)
        return _Reading(unit, counted, counted.end if counted else percent[0] - 1)
    currency = prefix_currency
    if currency is None and after < len(ctx.tokens):
        lemmas = sorted(ctx.forms[after] & lex.currency_lemmas.keys())
        code = lex.currency_texts.get(ctx.lower(after)) or (lex.currency_lemmas[lemmas[0]] if lemmas else None)
        if code is not None:
            currency, last, after = code, after, after + 1
            while ctx.has(after, lex.currency_adjectives):
                last, after = after, after + 1
    if currency is not None:
        period = _match_at(ctx, after, lex.money_per) or _match_at(ctx, after, lex.rate_periods)
        if period is not None and period[1] not in _COUNT_UNITS and not _storable(f"{currency}/{period[1]}"):
            period = None  # "5 dolarów na minutę": no sum is stored per minute
        unit = currency
        if period is not None:  # a price per piece or per person is in the currency alone ("800 dolarów za sztukę")
            unit = currency if period[1] in _COUNT_UNITS else f"{currency}/{period[1]}"
            last, after = period[0] - 1, period[0]
        label, lemma, token = _money_counted(ctx, start, after)
        if currency in lex.currency_assets:
            label, lemma, token = lex.currency_assets[currency], None, None  # "ponad 81 tys. ETH": ether
        if period is None and token is not None and (label.endswith("price") or label == "cost") and (
                lemma in lex.money_verbs or lemma in lex.unit_price_nouns):
            # "tona pszenicy kosztuje 240 dolarów": USD/t, wheat price; "cena baryłki oleju napędowego wynosiła ok.
            # 95 dolarów": USD/barrel, diesel price; "Dzień leczenia kosztuje 18 tys. rubli": RUB/day, a cost
            per = _priced_unit(ctx, token) if lemma in lex.money_verbs else _unit_priced_after(ctx, token)
            if per is not None:
                unit = currency if per[0] in _COUNT_UNITS else f"{currency}/{per[0]}"
                label = f"{per[1]} price" if per[1] and label != "cost" else label
        if label == _MONEY and period is not None and not (period[1] in _COUNT_UNITS and _wage_verb_before(ctx, start)):
            # "80 dolarów za baryłkę" -> oil price, "po 900 dolarów za sztukę" -> price; not a piece rate a worker
            # gets ("Robotnik dostaje 150 wonów za sztukę")
            label = lex.per_unit_labels.get(period[1], label)
        elif label in ("value", "sale value", "purchase value") and period is not None and period[1] not in _TIME_UNITS:
            label = lex.per_unit_labels.get(period[1], "price")  # "sprzedają olej po 45 dolarów za baryłkę",
            # "maszyn wartych od 400 tys. do 1,2 mln zł za sztukę"
        if period is not None and period[1] in lex.priced_units.values() and label in (
                "price", lex.per_unit_labels.get(period[1])):
            label = _goods_price(ctx, start, period[0]) or label
        if label == _MONEY and period is not None and period[1] in _TIME_UNITS and _wage_verb_before(ctx, start):
            label = "wage"  # "Do ręki dostają 150–200 dolarów miesięcznie"
        if period is not None and period[1] in _TIME_UNITS:
            label = lex.time_rates.get(label, label)  # "stawkami rzędu 9–10 tys. dolarów miesięcznie": wage
        if label == _MONEY and period is None and _compensation(ctx, start):
            label = _COMPENSATION  # "rodziny poległych otrzymują jednorazowo 10 tys. dolarów"
        elif label == _MONEY and period is None and _take_home(ctx, start):
            label = "wage"  # "Robotnik dostaje do ręki nie więcej niż 250 dolarów"
        if label == "wage" and amount.high >= lex.wage_ceiling:
            label = "revenue"  # "programiści zarabiają dla reżimu 250–600 mln dolarów rocznie": no one's pay
        if period is None and token is not None:
            rate = sorted(ctx.forms[token - 1] & lex.rate_adjectives.keys()) if token > 0 else []
            if rate and _is_adjective(ctx.tokens[token - 1]) and _agrees(ctx.tokens[token - 1], ctx.tokens[token]):
                # "miesięcznej pensji": a wage per month; not "stawek dziennych grzywny" (a day-fine's amount)
                unit = f"{currency}/{lex.rate_adjectives[rate[0]]}"
        return _Reading(unit, None, last, label, lemma, token)
    speed = _match_at(ctx, after, lex.speeds)
    if speed is not None:
        return _Reading("km/h", None, speed[0] - 1, lex.measure_labels.get("km/h"))
    phrase = _match_at(ctx, after, lex.measure_phrases)  # "m sześc.", "kilometrów kwadratowych"
    measure = phrase[1] if phrase is not None else _measure_at(ctx, after)
    if measure == "minute" and phrase is None and _mines(ctx, after, start):
        measure = None  # "12 min przeciwpancernych": mines, counted below
    if phrase is not None:
        labelled = _match_at(ctx, after, lex.measure_phrase_labels)
        if labelled is not None and labelled[0] == phrase[0]:
            return _Reading(phrase[1], None, phrase[0] - 1, labelled[1])  # "5,000 deadweight tonnes": deadweight
        after = phrase[0] - 1  # from here on, the unit's last position
    if measure in _TIME_UNITS and phrase is None and _time_compared(ctx, amount, after):
        return _Reading(None, None, last)  # "wobec 15 rok wcześniej": no 15 years
    if measure is not None:
        if ctx.lower(after + 1) in lex.following_non_count:
            return None  # "3 lata temu" is a date
        if measure in _TIME_UNITS and _time_reference(ctx, start, after):
            return None  # "dwie doby przed wejściem do portu", "Za dwa lata": when, not how long
        if measure in lex.with_complement or measure in lex.with_known_complement:
            counted = _counted_at(ctx, after + 1, genitive=True)
            if counted is not None and not ctx.has(counted.head, lex.measure_after) and (
                    measure in lex.with_complement or (counted.known and not ctx.has(counted.head, lex.journey_nouns))):
                # "40 km torów": track; not "17 km długości", "7,5 tys. ton nośności" (the measure, named below)
                return _Reading(measure, counted, counted.end)
        if measure in _TIME_UNITS:
            subject = _subject_of_measure(ctx, start, lex.periods)
            if subject is not None:
                q, label, lemma = subject
                return _Reading(measure, None, after, label, lemma, q)
            of = after + 1  # "tydzień szkolenia", "trzy lata służby": the period its genitive names
            if of < len(ctx.tokens) and "gen" in ctx.tokens[of].cases(_NOUN_POS):
                lemma = _noun_lemma(ctx.tokens[of], lex.periods.keys())
                if lemma in lex.periods:
                    return _Reading(measure, None, of, lex.periods[lemma], lemma, of)
            if start >= 2 and ctx.lower(start - 1) == "na":  # "kontrakt na trzy lata", "wyrok na pięć lat"
                lemma = _noun_lemma(ctx.tokens[start - 2], lex.periods.keys())
                if lemma in lex.periods:
                    return _Reading(measure, None, after, lex.periods[lemma], lemma, start - 2)
        weighs, weighed = _weighed_subject(ctx, start, measure) if measure in lex.cargo_units else (False, None)
        if weighed is not None:  # "głowica waży ok. 500 kg" -> warhead, "satelita waży 300 kg" -> satellite mass
            label = lex.mass_names.get(weighed.label, weighed.label)
            return _Reading(measure, None, after, label, weighed.lemma, weighed.head)
        if weighs:  # "Ładunek waży 20 kg": a load? a charge? a weight
            return _Reading(measure, None, after, lex.measure_labels.get(measure, measure))
        key = _lexicon_match(ctx, start - 1) if measure in lex.cargo_units and start > 0 and _is_noun(
            ctx.tokens[start - 1]) else None
        if key is not None and key.entry.label in lex.weighed_by_name:  # "z głowicą 90 kg": the warhead's weight
            return _Reading(measure, None, after, key.entry.label, key.text, start - 1)
        nouns = lex.measure_nouns.get(lex.measure_labels.get(measure, ""))
        if nouns:
            sized = _measure_named(ctx, start, after, nouns)
            height_nouns, height_units, height = lex.heights
            if sized is not None and sized[1] in height_nouns and measure in height_units and ctx.lower(
                    sized[2] - 1) == "o":  # "wieża o wysokości ok. 70 m": its height, not an altitude flown at
                return _Reading(measure, None, max(after, sized[2]), height, sized[1], sized[2])
            if sized is not None:  # "pocisk o zasięgu 120 km" -> range, "ma 1 km długości" -> length
                # a plain distance may be a reach by its clause: "razi cele na odległość do 20 km" -> range
                kind = _distance_kind(ctx, start, after, measure) if sized[0] == lex.measure_labels[measure] else None
                return _Reading(measure, None, max(after, sized[2]), *(kind or sized))
        if measure in _TIME_UNITS and ctx.lower(start - 1) in lex.interval_words:
            kind = _clause_kind(ctx, start, after, measure, lex.interval_kinds)  # "Rotacja odbywa się co pół roku"
            if kind is not None:
                return _Reading(measure, None, after, kind[0], kind[1], kind[2])
            return _Reading(measure, None, after, lex.interval_label)  # "co pół roku": how often, not how long
        kind = _clause_kind(ctx, start, after, measure, lex.duration_kinds) if measure in _TIME_UNITS else None
        if kind is not None:  # "pracują po 12 godzin" -> shift
            return _Reading(measure, None, after, kind[0], kind[1], kind[2])
        kind = _distance_kind(ctx, start, after, measure)
        if kind is not None:  # "razi cele oddalone o ok. 60 km" -> range, "wydłużono o 600 m" -> length
            return _Reading(measure, None, after, kind[0], kind[1], kind[2])
        if measure in _LENGTH_UNITS and after + 1 < len(ctx.tokens) and _is_noun(ctx.tokens[after + 1]) and (
                "gen" in ctx.tokens[after + 1].cases(_NOUN_POS) and not ctx.tokens[after + 1].is_capitalized
                and not ctx.has(after + 1, lex.journey_nouns) and not ctx.has(after + 1, lex.distance_from)
                and not ctx.tokens[after + 1].has_pos("prep")):  # "z 1 km do 50 m": "do" is no noun (a note)
            return _Reading(measure, None, after + 1, lex.length_label)  # "ok. 4 km plaży": the beach's length
        if measure in _LENGTH_UNITS and _had_length(ctx, start, after):  # "Tor z Chasanu do Rajinu ma 54 km"
            return _Reading(measure, None, after, lex.length_label, ctx.lower(start - 1), start - 1)
        apposed = _apposed_noun(ctx, start) if measure in lex.cargo_units else None
        if apposed is not None:  # "stanowi mintaj – ok. 22 tys. ton", "śledź pacyficzny (9,5 tys. t)"
            return _Reading(measure, None, after, apposed.label, apposed.lemma, apposed.head, borrowed=True)
        goods = _goods_named(ctx, start, after) if measure in lex.cargo_units else None
        if goods is not None:  # "mąki wysłano ok. 45 tys. ton": flour
            return _Reading(measure, None, after, goods[0].entry.label, goods[0].text, goods[1])
        if measure in lex.cargo_units and any(ctx.has(q, lex.cargo_words)
                                              for q in _clause_positions(ctx, start, after, 8)):
            return _Reading(measure, None, after, lex.cargo_label)  # "przewieziono ok. 520 tys. ton": cargo
        return _Reading(measure, None, after, lex.measure_labels.get(measure, measure))
    if ctx.english(after) and ctx.lower(after) in lex.repetition_words:
        return _repetition(ctx, start, after)  # "Ships call twice a month"
    counted = _counted_at(ctx, after)
    if counted is not None and counted.head == after and counted.lemma in lex.repetition_nouns:
        return _repetition(ctx, start, counted.end)  # "zawinęło 43 razy": 43 port calls
    if counted is not None and (counted.lemma in lex.not_counted or ctx.has(counted.head, lex.not_counted)):
        return None
    if (counted is not None and counted.lemma in lex.pair_nouns and amount.low == amount.high == 2
            and amount.kind == "words" and start > 0 and _is_noun(ctx.tokens[start - 1])
            and "gen" in ctx.tokens[counted.head].cases(_NOUN_POS)):
        return None  # "sprawa dwóch suwerennych państw": the pair, no count
    if counted is not None and counted.head == after and counted.lemma in lex.measure_lemmas:
        return None
    return _Reading(counted.unit if counted else None, counted, counted.end if counted else last)


def _weighed_subject(ctx: _Context, start: int, unit: str) -> tuple[bool, _Counted | None]:
    """Whether a verb of weighing stands before ``start``, and the known thing its subject names ("Ładunek wybuchowy
    głowicy ważył – jak wynika z ekspertyzy – 500 kg": the explosive device); not a measure noun alone ("Ładunek waży
    20 kg": a load? a charge?)."""
    verb, subjects = _measuring_clause(ctx, start)
    if verb is None or not ctx.has(verb, ctx.lex.weigh_verbs):
        return False, None
    measures = ctx.lex.measure_nouns.get(ctx.lex.measure_labels.get(unit, ""), {})
    if ctx.tokens[verb].has_pos("pact") and not ctx.tokens[verb].has_pos("fin", "praet"):
        # "dwie obrabiarki CNC ważące łącznie ok. 12 ton": a participle weighs the noun it follows, not the subject
        for q in range(verb - 1, max(verb - 4, -1), -1):
            if not _is_noun(ctx.tokens[q]) or ctx.tokens[q].text.isupper():
                continue  # "obrabiarki CNC ważące": a name between
            return True, _weighed_at(ctx, q, measures)[1]
        return True, None
    for q in reversed(subjects):  # the subject heads its genitives: the farthest noun first
        thing, named = _weighed_at(ctx, q, measures)
        if thing:
            return True, named
    return True, None


def _weighed_at(ctx: _Context, pos: int, measures: Mapping[str, str]) -> tuple[bool, _Counted | None]:
    """Whether a known thing heads the words at ``pos`` (not a measure noun, not an unknown word), and the thing a
    weight of it is named after: None when it is one thing, whose weight is a weight (``_weight_of_one``)."""
    counted = _counted_at(ctx, pos)
    if counted is None or not counted.known or counted.head != pos or counted.lemma in measures:
        return False, None
    one = _weight_of_one(ctx, pos, counted.label, counted.lemma)
    return True, None if one and counted.label not in ctx.lex.mass_names else counted  # "satelita waży": its mass


def _weight_of_one(ctx: _Context, pos: int, label: str, lemma: str) -> bool:
    """Is a weight of the one thing at ``pos`` its weight, not a tonnage of such things ("satelita o masie 800 kg",
    "jeden pocisk waży ok. 90 kg": weight; "pocisków o łącznej masie 40 tys. ton": shells)?  A thing named in the
    singular, save those analysts name by the weight they carry (``weighed_by_name``: a warhead of 500 kg)."""
    first = lemma.split()[0]
    return label not in ctx.lex.weighed_by_name and not any(
        "pl" in a.numbers for a in ctx.tokens[pos].analyses
        if a.pos in _NOUN_POS and a.lemma.split(":")[0].lower() == first)


def _apposed_noun(ctx: _Context, start: int) -> _Counted | None:
    """A known noun in the nominative that an amount after a dash or in brackets stands in apposition to
    ("Największą część stanowi mintaj – ok. 22 tys. ton", "śledź pacyficzny (9,5 tys. t)"): what it weighs."""
    if start < 2 or (ctx.lower(start - 1) not in _DASHES and ctx.lower(start - 1) != "("):
        return None
    if _aside_opening(ctx, start - 1) is not None:
        return None  # "ważył – jak wynika z ekspertyzy – 500 kg": the dash closes an aside
    for q in range(start - 2, max(start - 5, -1), -1):
        if not _is_noun(ctx.tokens[q]):
            continue
        counted = _counted_at(ctx, q)
        key = _lexicon_match(ctx, q)
        if counted is not None and counted.known and counted.head == q and "nom" in ctx.tokens[q].cases(_NOUN_POS) and (
                key is not None and key.entry.group == "item"):  # goods, not "cała flotylla – przeszło 300 tys. ton"
            return counted
        return None
    return None


def _goods_named(ctx: _Context, start: int, after: int) -> tuple[_Key, int] | None:
    """The goods (``cargo`` goods) a weight from ``start`` to ``after`` weighs when it has no noun of its own: named
    in its clause, nearest first ("mąki wysłano ok. 45 tys. ton"); in the clause before, when its own opens with a
    word of restating ("wagonów z węglem, czyli blisko 75 tys. ton") or follows a colon ("przeładowuje węgiel: w 2025
    r. było to 1,2 mln ton"); or in the clause after, when that says what it is ("Najwięcej, ok. 120 tys. ton, to
    pszenica").  (key, position)."""
    clause = _clause(ctx, start, after)
    places = sorted((q for q in clause if not start <= q <= after), key=lambda q: abs(q - start))
    if clause.start >= 2 and (ctx.lower(clause.start) in ctx.lex.equivalence_words or ctx.lower(clause.start - 1) == ":"):
        # "wagonów z węglem, czyli 75 tys. ton"; "przeładowuje węgiel: w 2025 r. było to 1,2 mln ton"
        places += reversed(_clause(ctx, clause.start - 2, clause.start - 2))
    if clause.stop + 1 < len(ctx.tokens) and ctx.lower(clause.stop + 1) == "to":
        places += _clause(ctx, clause.stop + 1, clause.stop + 1)
    for q in places:
        if _is_noun(ctx.tokens[q]) or _is_adjective(ctx.tokens[q]):
            found = _key_around(ctx, q, ctx.lex.goods)
            if found is not None:
                return found[0], q
    return None


def _clause_positions(ctx: _Context, first: int, last: int, reach: int) -> Iterable[int]:
    """Positions up to ``reach`` words before ``first`` and after ``last`` in the same clause, nearest first."""
    before = after = True
    back = first  # before the amount, an aside between dashes is passed over ("płaci – według analityków – 2 mln")
    for step in range(1, reach + 1):
        q = back - 1
        if before and q >= 0 and ctx.lower(q) in _DASHES and q == first - 1:
            opening = _aside_opening(ctx, q)
            q = opening - 1 if opening is not None else q
        back = q
        before = before and q >= 0 and not _ends_clause(ctx, q)
        if before:
            yield q
        q = last + step
        after = after and q < len(ctx.tokens) and not _ends_clause(ctx, q)
        if after:
            yield q


def _is_comparative(ctx: _Context, pos: int) -> bool:
    """ "więcej", "większy", "droższy": a word of comparison (a "N razy" before it is a ratio)."""
    if not 0 <= pos < len(ctx.tokens):
        return False
    return ctx.has(pos, ctx.lex.comparatives) or any(":com" in a.tag for a in ctx.tokens[pos].analyses)


_REPETITION_REACH = 8  # words from "dwa razy" to its verb ("rozmawiał o jeńcach w Moskwie i w Kijowie dwa razy")


def _repetition(ctx: _Context, first: int, last: int) -> _Reading | None:
    """ "zawinęło 43 razy", "dwukrotnie przyjeżdżał": repetitions of the verb's event (item, labelled by the verb);
    None for a ratio ("trzy razy więcej", "dwukrotnie wzrosła": no event verb, or a comparison)."""
    lex = ctx.lex
    if ctx.english(last):
        return _english_repetition(ctx, first, last)
    if _is_comparative(ctx, last + 1) or _is_comparative(ctx, first - 1):
        return None
    verbs = [q for q in _clause_positions(ctx, first, last, _REPETITION_REACH) if ctx.tokens[q].has_pos(*_VERB_POS)]
    for q in verbs:
        for lemma in sorted(ctx.forms[q] & lex.repetition_verbs.keys()):
            return _Reading("item", None, last, lex.repetition_verbs[lemma], lemma, q)
    if _match_at(ctx, last + 1, lex.rate_periods) is not None:
        # "dwa razy w miesiącu": a frequency, of the event a noun of the clause names ("loty samolotów P-1 nawet dwa
        # razy na dobę": flights), or else a rate of what the clause tells
        clause = list(_clause_positions(ctx, first, last, 6))
        own = _frequency_clause(ctx, first, last)
        # the event a noun of its clause names, or of the clause before a verbless frequency ("uruchomią loty do
        # Wonsanu, trzy razy w tygodniu": flights), in the noun's sense ("rejsami linii Air Koryo": flights)
        for q in (*clause, *(q for q in own if q not in clause)):
            key = _lexicon_match(ctx, q) if _is_noun(ctx.tokens[q]) else None
            if key is not None and key.entry.group == "event":
                named = _counted_at(ctx, q)
                return _Reading("item", None, last, named.label if named else key.entry.label, key.text, q)
        for q in own:  # "chcą latać z Mińska do Pjongjangu raz w tygodniu": flights
            if ctx.tokens[q].has_pos(*_VERB_POS):
                for lemma in sorted(ctx.forms[q] & lex.repetition_verbs.keys()):
                    return _Reading("item", None, last, lex.repetition_verbs[lemma], lemma, q)
        travels = any(ctx.has(q, lex.travel_verbs) for q in own)
        which = _clause(ctx, first, last).start - 1
        if travels and which > 0 and _relative_subject(ctx, which):
            clause.append(which - 2)  # "prom, który będzie pływał raz w tygodniu": the noun the clause is of
        for q in clause:  # "prom ma kursować dwa razy w tygodniu": voyages; "odsyłane samolotem": flights
            vehicle = sorted(ctx.forms[q] & lex.frequency_vehicles.keys()) if _is_noun(ctx.tokens[q]) else []
            if vehicle and (travels or any(a.lemma == vehicle[0] and ":inst" in a.tag for a in ctx.tokens[q].analyses)):
                return _Reading("item", None, last, lex.frequency_vehicles[vehicle[0]], vehicle[0], q)
        if travels:  # "Kursuje dwa razy w miesiącu": the vehicle named last before, in the sentence or the one before
            earlier: list[tuple[int | None, Token]] = [(q, ctx.tokens[q]) for q in range(first - 1, -1, -1)]
            earlier += [(None, tok) for tok in reversed(ctx.before)]
            for at, tok in earlier:
                vehicle = sorted(tok.lemmas & lex.frequency_vehicles.keys()) if _is_noun(tok) else []
                if vehicle:
                    return _Reading("item", None, last, lex.frequency_vehicles[vehicle[0]], vehicle[0], at)
        if verbs and ctx.tokens[verbs[0]].has_pos("fin", "praet", "imps", "inf"):
            return _Reading("item", None, last, lex.repetition_label)  # "interweniują 2,5 tys. razy w roku"
        return _Reading("item", None, last)
    if verbs and ctx.tokens[verbs[0]].has_pos("fin", "praet", "imps", "inf") and not any(
            ctx.has(q, lex.ratio_verbs) for q in verbs):
        for q in _clause_positions(ctx, first, last, _REPETITION_REACH):
            roles = sorted(ctx.forms[q] & lex.repetition_roles.keys()) if q < first and _is_noun(ctx.tokens[q]) else []
            if roles:  # "była celem ukraińskich dronów co najmniej pięć razy": attacks
                return _Reading("item", None, last, lex.repetition_roles[roles[0]], roles[0], q)
        return _Reading("item", None, last, lex.repetition_label)  # "pięć razy wyłączał nadajnik": occurrences
    return None


def _frequency_clause(ctx: _Context, first: int, last: int) -> list[int]:
    """The words of a frequency's clause, nearest first; of the clause before too when its own has no verb ("Air
    Koryo lata też do Wonsanu, dwa razy w tygodniu, za 19 tys. rubli": "lata")."""
    whole = _clause(ctx, first, last)
    own = sorted((q for q in whole if not first <= q <= last), key=lambda q: abs(q - first))
    if whole.start > 1 and not any(ctx.tokens[q].has_pos(*_VERB_POS) for q in own):
        before = _clause(ctx, whole.start - 2, whole.start - 2)
        own += sorted(before, key=lambda q: -q)
    return own


def _english_repetition(ctx: _Context, first: int, last: int) -> _Reading | None:
    """ "scrambled jets 14 times in July" (14 scrambles), "four times a week" (4 a week); None for a ratio ("three
    times the limit", "several times higher", "five times last year's level"): a count ends its clause or is followed
    by a rate period or a word of ``repetition_followers`` (not by a possessive: "last year's")."""
    lex = ctx.lex
    nxt = last + 1
    if nxt < len(ctx.tokens) and ctx.tokens[nxt].kind != "punct" and _match_at(ctx, nxt, lex.rate_periods) is None and (
            ctx.lower(nxt) not in lex.repetition_followers or any(
                ctx.lower(q).endswith(POSSESSIVE_ENDINGS) for q in range(nxt + 1, min(nxt + 3, len(ctx.tokens))))):
        return None
    for q in _clause_positions(ctx, first, last, 6):
        for form in sorted(ctx.forms[q] & lex.repetition_verbs.keys()):
            return _Reading("item", None, last, lex.repetition_verbs[form], form, q)
    return _Reading("item", None, last, lex.repetition_label)


def _measure_named(ctx: _Context, start: int, after: int, nouns: Mapping[str, str]) -> tuple[str, str, int] | None:
    """ "o zasięgu do 120 km", "zasięg pocisku wynosi 300 km", "ma 1 km długości": (label, lemma, position) of a
    noun of ``nouns`` whose size the measure (its unit at ``after``) gives ("range", as analysts name it: whose
    range it is, the sentence's event and its counted things tell); None if no such noun is there."""
    lex = ctx.lex
    q = start - 1
    found = sorted(ctx.forms[q] & nouns.keys()) if q >= 0 and _is_noun(ctx.tokens[q]) else []
    if not found and q >= 2 and ctx.lower(q) in ("do", "o") and ctx.tokens[q - 1].has_pos("ppas", "pact"):
        # "zasięgiem zmniejszonym do ok. 1,2 tys. km": the measure a participle of change changes
        found = sorted(ctx.forms[q - 2] & nouns.keys()) if _is_noun(ctx.tokens[q - 2]) else []
        q = q - 2 if found else q
    if not found and q >= 1 and ctx.english(q) and ctx.lower(q) in lex.english_measure_links:
        found = sorted(ctx.forms[q - 1] & (nouns.keys() - lex.measure_after))  # "a range of 700 km", "The range is"
        q = q - 1 if found else q
    if not found and after + 1 < len(ctx.tokens) and ("gen" in ctx.tokens[after + 1].cases(_NOUN_POS) or (
            ctx.english(after + 1) and not any(ctx.has(k, lex.journey_nouns) for k in _clause(ctx, start, after)))):
        q = after + 1  # "1 km długości", "The bridge is 1 km long" (not "The route is 320 km long": a distance)
        found = sorted(ctx.forms[q] & nouns.keys() & lex.measure_after)
    if not found and ctx.has(start - 1, lex.length_participles) and lex.length_label in nouns.values() and not any(
            ctx.has(q, lex.journey_nouns) for q in (start - 2, start - 3)):  # not "trasa liczy ok. 280 km"
        return lex.length_label, ctx.tokens[start - 1].lower, start - 1  # "liczący ok. 600 metrów most"
    if not found:
        subject = _subject_of_measure(ctx, start, nouns)
        if subject is None:
            return None
        q = subject[0]
        found = [subject[2]]
    o = q - 1 if ctx.lower(q - 1) == "o" else (
        q - 2 if q >= 2 and ctx.lower(q - 2) == "o" and _is_adjective(ctx.tokens[q - 1]) else None)
    if found[0] in lex.measure_of_owner and o is not None:
        # "głowicę (bojową) o masie ok. 500 kg" -> warhead, "pocisków artyleryjskich o łącznej masie" -> shells
        for owner in range(o - 1, max(o - 4, -1), -1):
            key = _lexicon_match(ctx, owner) if _is_noun(ctx.tokens[owner]) else None
            if key is not None and _weight_of_one(ctx, owner, key.entry.label, key.text):
                # "satelita o masie 800 kg": its weight, or its mass ("satelitę Malligyong-2 o masie ok. 320 kg")
                return lex.mass_names.get(key.entry.label, nouns[found[0]]), found[0], q
            if key is not None:
                return key.entry.label, key.text, owner
    if found[0] in lex.measure_of_owner and q + 1 < len(ctx.tokens) and "gen" in ctx.tokens[q + 1].cases(_NOUN_POS):
        key = _lexicon_match(ctx, q + 1)  # "Masa satelity to ok. 300 kg"
        if key is not None and key.entry.label in lex.mass_names:
            return lex.mass_names[key.entry.label], found[0], q
    return nouns[found[0]], found[0], q


def _change_before(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """ "ceny benzyny spadły o ok. 15 proc." -> (petrol price decrease, lemma, position): a percent that an amount
    changes by ("o" before it), named by the measured subject of the verb of change (or the genitive of a noun of
    change: "wzrost eksportu o 30 proc.") and its counted owner; None when the subject is not a measured noun."""
    lex = ctx.lex
    o = start - 1 if ctx.lower(start - 1) == "o" else start - 2 if ctx.lower(start - 2) == "o" else None
    if o is None and ctx.lower(start + 1) == "o" and _qualifier_before(ctx, start + 2) is not None:
        o = start + 1  # "nawet o jedną trzecią": the qualifier read before "o"
    if o is None:
        return None
    for q in range(o - 1, max(o - 7, -1), -1):
        if q == start and o == start + 1:
            continue  # the qualifier itself
        if ctx.lower(q) in lex.clause_boundaries:
            return None
        noun = sorted(ctx.forms[q] & lex.change_nouns.keys()) if _is_noun(ctx.tokens[q]) else []
        if noun:
            measured = _measured_at(ctx, q + 1)
            return (_change_label(lex, measured, lex.change_nouns[noun[0]]), noun[0], q) \
                if measured else None
        verb = sorted(ctx.forms[q] & lex.change_verbs.keys()) if ctx.tokens[q].has_pos(*_VERB_POS) else []
        transitive = sorted(ctx.forms[q] & lex.change_objects.keys()) if verb and ctx.lower(q + 1) != "się" else []
        for obj in range(q + 1, o) if transitive else ():  # "zwiększyć wytwarzanie o połowę": the object changes
            measured = _measured_at(ctx, obj, by_thing=False) if _is_noun(ctx.tokens[obj]) else None
            if measured is not None:
                return _change_label(lex, measured, lex.change_objects[transitive[0]]), \
                    transitive[0], q
        if verb:
            subjects = []
            for subject in range(q - 1, max(q - _CHANGE_SUBJECT_REACH - 1, -1), -1):
                if ctx.lower(subject) in lex.clause_boundaries:
                    break
                tok = ctx.tokens[subject]
                if tok.has_pos("subst", "ger") and "nom" in tok.cases(("subst", "ger")):
                    subjects.append(subject)
            for by_thing in (False, True):  # a measured noun ("ceny benzyny") before a counted one ("benzyny")
                for subject in subjects:
                    measured = _measured_at(ctx, subject, by_thing=by_thing)
                    change = lex.change_verbs[verb[0]]
                    if measured is not None and by_thing and " " not in change and _measured_key(ctx, subject) is None:
                        return change, verb[0], q  # "ciężarówki wzrosły o 9 proc.": growth ("paliwo potaniało": of it)
                    if measured is not None:
                        return _change_label(lex, measured, lex.change_verbs[verb[0]]), \
                            verb[0], q
            return None
    return None


def _change_label(lex: _Lexicon, measured: str, change: str) -> str:
    """What changed and how, as analysts write it ("trade" + "growth" -> trade growth), a word said once: "price" and
    "price increase" -> price increase, "flour" and "price increase" -> flour price increase."""
    base = lex.comparison_bases.get(measured, measured).split()
    if base and lex.comparison_bases.get(base[-1]) == "":
        base = []  # "liczba ciężarówek wzrosła o 9 proc.": a number of things grew, growth
    if base and base[-1] == change.split()[0]:
        base = base[:-1]
    return " ".join([*base, change])


def _measured_key(ctx: _Context, pos: int) -> tuple[str, str] | None:
    """(label, key) of a measured noun at ``pos`` ("udział" -> share, "inflacja" -> inflation), else None."""
    found = _key_around(ctx, pos, ctx.lex.measured) if 0 <= pos < len(ctx.tokens) else None
    return (found[0].entry.label, found[0].text) if found is not None else None


def _measured_at(ctx: _Context, pos: int, *, by_thing: bool = True) -> str | None:
    """What a noun phrase at ``pos`` measures, its counted owner first ("ceny benzyny" -> petrol price,
    "powierzchnia zakładu" -> plant area); with ``by_thing``, a counted noun alone names itself."""
    found = _key_around(ctx, pos, ctx.lex.measured) if 0 <= pos < len(ctx.tokens) else None
    if found is None:
        thing = _counted_at(ctx, pos) if by_thing else None
        return thing.label if thing is not None and thing.known and thing.unit == "item" else None
    key, whole = found
    owner = _counted_at(ctx, whole, genitive=True)
    if owner is not None and owner.known and owner.unit == "item":
        return f"{owner.label} {key.entry.label}"
    return key.entry.label


def _is_min(tok: Token) -> bool:
    """ "min" or "min.": minutes, or the genitive plural of "mina"."""
    return tok.lower in ("min", "min.")


def _mines(ctx: _Context, pos: int, start: int) -> bool:
    """Is "min" at ``pos`` (after the amount starting at ``start``) mines rather than minutes?  Yes when an adjective
    in the genitive plural or a word of ``mine_after`` follows it ("12 min przeciwpancernych", "min typu TM-62"), or
    the sentence is about mines ("saperzy", "rozminowanie") and nothing in it marks a time ("trwać", "jazda", "po 10
    min"), or the amount is in words ("kilkaset tysięcy min").  Not "min." with its dot inside the sentence ("5 min.
    później"): the dot abbreviates minutes."""
    tokens = ctx.tokens
    tok = tokens[pos]
    if not _is_min(tok) or not tok.readings("mina"):
        return False
    lex = ctx.lex
    nxt = pos + 1
    dotted = tok.text.endswith(".")
    if not dotted and nxt < len(tokens) and tokens[nxt].text == "." and not tokens[nxt].space_before:
        dotted, nxt = True, nxt + 1
    if dotted:
        if any(t.kind != "punct" for t in tokens[nxt:]):
            return False  # a dot inside the sentence: "min." abbreviates minutes
    elif not any(t.kind == "number" for t in tokens[start:pos]):
        return True  # "kilkaset tysięcy min": minutes after number words are written out ("kilka minut")
    elif nxt < len(tokens):
        follow = tokens[nxt]
        if ctx.has(nxt, lex.mine_after) or (
                any(a.pos in _ADJ_POS and "pl" in a.numbers and "gen" in a.cases for a in follow.analyses)
                and not ctx.has(nxt, lex.determiners_after)):
            return True
    others = [q for q, t in enumerate(tokens) if q != pos and not _is_min(t)]
    if not any(ctx.has(q, lex.mine_cues) for q in others):
        return False
    if any(ctx.has(q, lex.mine_time_cues) for q in others):
        return False
    return _match_before(ctx, start, lex.mine_time_before) is None


def _measure_at(ctx: _Context, pos: int) -> str | None:
    if not 0 <= pos < len(ctx.tokens) or ctx.tokens[pos].kind not in ("word", "abbr"):
        return None
    lex = ctx.lex
    lower = ctx.lower(pos)
    if lower in lex.measure_texts:
        return lex.measure_texts[lower]
    tok = ctx.tokens[pos]
    if len(tok.text) == 1 and ctx.lower(pos + 1) == "." and not tok.has_pos("subst"):
        return None  # "Kim Dzong Un (41 l.)": one letter and a dot may be years as well as litres ("20 l paliwa")
    for lemma in sorted(ctx.forms[pos] & lex.measure_lemmas.keys()):
        if tok.has_pos("subst", "brev"):
            return lex.measure_lemmas[lemma]
    return None


_SPOKEN_STEP = 2  # "dziesięciu, dwunastu": how far apart two number words of a spoken range may be


def _ends_amount(ctx: _Context, amount: _Amount) -> bool:
    """Is the second number of a spoken range the last one of its list (no comma or "i" and a third after it)?"""
    after = ctx.lower(amount.last + 1)
    return after != "," and after not in ctx.lex.coordinators


def _read_range(ctx: _Context, amount: _Amount) -> tuple[_Amount, int | None] | None:
    """ "od 50 do 100", "50–100", "między 50 a 100", "4–6 mln": the joined amount and the opener position."""
    lex = ctx.lex
    connector = amount.last + 1
    if ctx.lower(connector) == "%" and (ctx.lower(connector + 1) in lex.range_connectors or ctx.lower(
            connector + 1) in lex.paired_connectors) and ctx.lower(connector + 3) == "%":
        connector += 1  # "3% to 5%": the percent sign repeated after both numbers
    word = ctx.lower(connector)
    symbol = _currency_symbol(ctx, amount.first - 1)  # "between $5 billion and $7 billion"
    opener = amount.first - 1 - symbol if ctx.lower(amount.first - 1 - symbol) in lex.range_openers else None
    paired = lex.paired_connectors.get(word)
    # "dziesięciu, dwunastu ludzi", "po dwóch, trzech dniach": two number words a comma apart, the second a little
    # larger, are a spoken range (digits a comma apart are a list: "2, 3 i 4 maja")
    spoken = word == "," and amount.kind == "words"
    if word not in lex.range_connectors and not spoken and not (
            paired and opener is not None and ctx.lower(opener) in paired):
        return None
    if word in _CHANGED_TO and _changed_from(ctx, amount.first):
        return None  # "wzrośnie z dwóch do czterech", "rose from 2 to 4": two levels, before a change and after it
    if symbol and _currency_symbol(ctx, connector + 1):
        connector += 1  # "$200 to $300 a month": the symbol repeated before the second number
    if connector + 1 >= len(ctx.tokens):
        return None
    second = _read_amount(ctx, connector + 1)
    if second is None or second.kind == "implicit" or _is_label(ctx, second):
        return None
    if spoken and not (second.kind == "words" and amount.high < second.low <= amount.high + _SPOKEN_STEP
                       and _ends_amount(ctx, second)):
        return None
    low, high = amount.low, second.high
    if not amount.multiplied and second.multiplied and amount.high * second.factor <= second.high:
        low *= second.factor
    if not low < high:
        return None
    joined = _Amount(amount.first, second.last, low, high, "range", max(amount.factor, second.factor))
    return joined, opener


def _currency_symbol(ctx: _Context, pos: int) -> bool:
    """Is the token at ``pos`` a currency symbol ("$", "£", "€")?"""
    return 0 <= pos < len(ctx.tokens) and ctx.lower(pos) in ctx.lex.currency_texts and not ctx.tokens[pos].text.isalpha()


def _actor(ctx: _Context, after_number: int, counted: _Counted) -> tuple[EntityRef | None, int]:
    """The owner of the counted thing and the span end: an adjective or demonym mention inside the phrase,
    or "z Korei Północnej" right after the noun."""
    tokens = ctx.tokens
    base = tokens[0].i
    lo, hi = tokens[min(after_number, counted.head)].i, tokens[counted.end].i
    inside = [m for i in range(lo - _LONGEST_MENTION, hi + 1) for m in ctx.actors.get(i, ()) if m.token_end > lo]
    end = counted.end
    z = counted.end + 1
    if not inside and counted.unit == "person" and z < len(tokens):  # "obywateli Rosji", "żołnierzy KRLD"
        owner = next((m for m in ctx.actors.get(tokens[z].i, ()) if m.entity.kind == "country"
                      and (not m.case or "gen" in m.case)), None)
        if owner is not None:
            return owner.entity, owner.token_end - 1 - base
    if ctx.lower(z) in ("z", "ze", "from") and z + 1 < len(tokens):
        # "z Korei Północnej": a genitive of origin; "z północnokoreańską amunicją" (with what) is none
        following = [m for m in ctx.actors.get(tokens[z + 1].i, ()) if not m.case or "gen" in m.case]
        if following:
            mention = following[0]
            last = mention.token_end - 1 - base
            if mention.via == "adjective":  # "z północnokoreańskich zakładów": the span takes the noun in
                last = next((q for q in range(last + 1, min(last + 3, len(tokens)))
                             if _is_noun(tokens[q]) and not _is_adjective(tokens[q])), last)
            return (inside[0].entity if inside else mention.entity), last
        if counted.demonym or any("nazwa_geograficzna" in a.name_class for a in tokens[z + 1].analyses):
            q = z + 1
            while q + 1 < len(tokens) and tokens[q + 1].is_capitalized:
                q += 1
            if tokens[z + 1].is_capitalized:
                end = q
    return (inside[0].entity if inside else None), end


def _whole_after(ctx: _Context, part: _Amount) -> tuple[_Reading, int | None] | None:
    """ "89 z 110 dronów", "trzy z wymienionych tankowców": the reading of the whole a bare part is taken from, and
    where the whole's own number starts (None when the whole has none; None for both if there is no counted
    whole).  A pronoun whole ("z nich") is left to the antecedent rules."""
    link = _match_at(ctx, part.last + 1, ctx.lex.part_of)
    if link is None or link[0] >= len(ctx.tokens):
        return None
    whole = _read_amount(ctx, link[0])
    if whole is None:
        nxt = link[0] + 1
        if ctx.lower(link[0]) in ctx.lex.part_pronouns and not (
            nxt < len(ctx.tokens) and (_is_noun(ctx.tokens[nxt]) or _is_adjective(ctx.tokens[nxt]))
        ):
            return None  # "z nich", "z tych": the whole is named before
        counted = _counted_at(ctx, link[0], genitive=True)
        if counted is None or not counted.known or counted.unit not in ("item", "person"):
            return None
        return _Reading(counted.unit, counted, counted.end), None
    if whole.kind not in ("digits", "words") or whole.low < part.high or _is_label(ctx, whole):
        return None
    reading = _unit_and_counted(ctx, whole, whole.last + 1, whole.first, None)
    return (reading, whole.first) if reading is not None and reading.counted is not None else None


def _is_age(ctx: _Context, start: int, after: int, unit: str | None) -> bool:
    """Is the time amount at ``start`` (ending before ``after``) an age ("w wieku (od) 18 lat", "mający 20 lat",
    "Kim ma 41 lat")?  A person's age is counted in years, as an age, not as a span of time.  A noun ("wiek",
    "aged") says so even when the unit is left out ("w wieku 18-60")."""
    lex = ctx.lex
    cue = start - 1
    while cue > 0 and ctx.lower(cue) in lex.coordinators and ctx.tokens[cue - 1].kind == "number":
        cue -= 2  # "w wieku 27 i 34 lat": the cue of the first amount covers the second
    if ctx.lower(cue) in lex.age_from:
        cue -= 1
    if cue < 0:
        return False
    tok = ctx.tokens[cue]
    if ctx.has(cue, lex.age_nouns):
        return True
    if unit is None:
        return False
    if tok.has_pos("pact", "pcon") and ctx.has(cue, lex.age_participles | lex.age_verbs):
        return True
    following = after + 1 if ctx.lower(after) == "," else after  # "ma 3 lata, aby spłacić": a term
    return tok.has_pos(*_VERB_POS) and ctx.has(cue, lex.age_verbs) and ctx.lower(following) not in (
        lex.age_not_after_verb) and _match_at(ctx, following, lex.rate_periods) is None  # "mają dwa dni w miesiącu"


def _rated_subject(ctx: _Context, start: int) -> tuple[int, str] | None:
    """ "roczny limit 500 tys. baryłek", "miesięczna produkcja sięga 2 tys. dronów", "roczne przewozy mają sięgnąć
    1,2 mln ton": a rate adjective on the noun right before the amount, or before its measuring verb (or a modal and
    a verb of reaching): (the amount's start, the period)."""
    lex = ctx.lex
    for noun in (start - 1, start - 2, start - 3):
        if noun < 1 or not _is_noun(ctx.tokens[noun]):
            continue
        if noun == start - 2 and not (ctx.has(start - 1, lex.measure_verbs) or ctx.lower(start - 1) in _DASHES):
            continue
        if noun == start - 3 and not (ctx.has(start - 1, lex.reach_verbs) and ctx.has(start - 2, lex.bounding_modals)):
            continue
        rate = sorted(ctx.forms[noun - 1] & lex.rate_adjectives.keys())
        if rate and _is_adjective(ctx.tokens[noun - 1]):
            return start, lex.rate_adjectives[rate[0]]
    return None


def _english_rated_subject(ctx: _Context, start: int) -> tuple[int, str] | None:
    """ "the UN annual cap of 500,000 barrels", "North Korea's annual demand for refined products is around 2m
    barrels": an English rate adjective a few words before the amount, whose noun phrase the amount measures (a
    word of ``measure_links`` right before it; only words between, no number or punctuation)."""
    lex = ctx.lex
    if start < 2 or not ctx.english(start - 1) or ctx.lower(start - 1) not in lex.english_measure_links:
        return None
    for k in range(start - 2, max(start - _ENGLISH_RATED_REACH - 2, -1), -1):
        tok = ctx.tokens[k]
        if tok.kind != "word":
            return None
        period = lex.english_rate_adjectives.get(ctx.lower(k))
        if period is not None:
            return start, period
    return None


_ENGLISH_RATED_REACH = 5  # words from the rate adjective to the word before the amount ("annual demand for X is")


def _rate_after(ctx: _Context, pos: int) -> tuple[int, str] | None:
    """A rate period at ``pos`` or a few words later ("dronów Shahed miesięcznie", "10 to 15 of them a month"):
    (its last position, period)."""
    part = _match_at(ctx, pos, ctx.lex.part_of)
    if part is not None and ctx.lower(part[0]) in ctx.lex.part_pronouns:
        pos = part[0] + 1  # "of them", "z nich": a part of what was counted before, its rate after it
    end = min(pos + _RATE_GAP + 1, len(ctx.tokens))
    q = pos - 1
    while q + 1 < end:
        q += 1
        skipped = _passed_before_rate(ctx, q)
        if skipped is not None:  # no word of the gap: it is passed over whole
            end, q = min(end + skipped - q + 1, len(ctx.tokens)), skipped
            continue
        found = _rate_period_at(ctx, q)
        if found is not None:
            return found[0] - 1, found[1]
        if ctx.lower(q) in ctx.lex.coordinators and q + 1 < len(ctx.tokens) and _is_noun(ctx.tokens[q + 1]) and (
                "gen" in ctx.tokens[q + 1].cases(_NOUN_POS)):
            continue  # "ok. 200 ciężarówek i autobusów na dobę": a second noun of the count
        if _is_stop(ctx, q) or ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
    return None


def _rate_period_at(ctx: _Context, pos: int) -> tuple[int, str] | None:
    """A rate period at ``pos`` (see ``_match_at``); not an English adjective of the noun after it, after an article or
    a possessive ("5% of the monthly payments", "half of their daily output")."""
    found = _match_at(ctx, pos, ctx.lex.rate_periods)
    if found is None or not ctx.english(pos) or found[0] != pos + 1 or found[0] >= len(ctx.tokens) or (
            ctx.lower(pos - 1) not in ctx.lex.english_determiners):
        return found
    after = found[0]
    noun = ctx.tokens[after].kind == "word" and not ctx.tokens[after].is_capitalized and (
        _english_plural(ctx.lower(after), ctx.lex) or _lexicon_match(ctx, after) is not None)
    return None if noun else found


def _passed_before_rate(ctx: _Context, pos: int) -> int | None:
    """The last position of a phrase at ``pos`` that stands between a count and its rate without being a word of the
    gap: a calibre ("ok. 150 tys. pocisków kal. 155 mm rocznie") or the one thing the count is per ("40–60 pocisków z
    jednego działa dziennie"); None if there is none."""
    if ctx.lower(pos) in ctx.lex.per_one_links and ctx.has(pos + 1, _ONE) and pos + 2 < len(ctx.tokens) and _is_noun(
            ctx.tokens[pos + 2]):
        return pos + 2
    if not ctx.has(pos, ctx.lex.calibre_words):
        return None
    q = pos + 1
    while q < len(ctx.tokens) and (ctx.tokens[q].kind == "number" or ctx.lower(q) in ctx.lex.following_non_count):
        q += 1
    return q - 1 if q > pos + 1 else None


_ONE = frozenset({"jeden"})


_COST_HEADS = frozenset({"cost", "spending"})  # money nouns that head a money noun in the genitive ("koszt inwestycji")
_UNIT_RE = re.compile(UNIT_PATTERN)


def _storable(unit: str) -> bool:
    """Is ``unit`` one the quantities table stores (``model.UNIT_PATTERN``, its check constraint)?"""
    return _UNIT_RE.fullmatch(unit) is not None


def _takes_rate(ctx: _Context, unit: str) -> bool:
    return "/" not in unit and (unit in ctx.lex.rate_units or bool(_CURRENCY_RE.fullmatch(unit)))


@dataclass(frozen=True, slots=True)
class _Found:
    """A quantity read at a position (None for a number that is no amount), where to go on, and the counted noun
    phrase a later bare amount of the sentence may take over."""

    quantity: Quantity | None
    next: int
    counted: _Counted | None = None
    thing: _Counted | None = None  # the known thing counted, for a later counter ("egzemplarzy")


def _qualifier_before(ctx: _Context, start: int) -> tuple[int, str, bool] | None:
    """The qualifier phrase ending before ``start``: (its first position, label, whether it is a bounding "do").
    "do" after a verb of change is a target, not a bound ("wzrosła do 100")."""
    lex = ctx.lex
    found = _match_before(ctx, start, lex.qualifiers) or _comparative_before(ctx, start)
    if found is None:
        return None
    q_start, label = found
    if ctx.lower(q_start) == "przeszło" and _passed_through(ctx, q_start):
        return None  # "przez nabrzeża przeszło 14 jednostek": the verb, not "more than"
    if label == "up_to" and ctx.lower(q_start) == "do" and q_start + 1 == start:
        verb = q_start - 2 if ctx.lower(q_start - 1) == "się" else q_start - 1
        if ctx.has(verb, lex.do_not_bound_after) or _level_after_change(ctx, q_start) or _capped(ctx, q_start):
            return None  # "wzrosła do 100", "wzrośnie z dwóch do czterech": the level reached
        return q_start, label, True
    return q_start, label, False


def _raised_sum(ctx: _Context, start: int) -> tuple[str, str | None, int | None] | None:
    """The sum a verb of change brings to the level at ``start`` ("podniesie zapomogę dla uciekinierów do 10 mln
    wonów": a grant): the first money noun between the verb (``level_setters``) and "do"."""
    do = start - 1
    setter = _setter_before(ctx, do, ctx.lex.level_setters, _LEVEL_SETTER_POS) if ctx.lower(do) == "do" else None
    for q in range(setter + 1, do) if setter is not None else ():
        found = _money_at(ctx, q)
        if found is not None:
            return found[0], found[1], q
    return None


def _english_verb_before_to(ctx: _Context, start: int, verbs: Iterable[str], reach: int) -> int | None:
    """The position of a verb of ``verbs`` (English words) at most ``reach`` words before the English "to" right
    before ``start``, in its clause ("increase flights to four a week", "trade rose 64% in 2025 to $72.3 million");
    None if there is none."""
    if start < 2 or ctx.lower(start - 1) != "to" or not ctx.english(start - 1):
        return None
    lowest = max(_clause(ctx, start - 1, start - 1).start, start - reach - 1)
    return next((q for q in range(start - 2, lowest - 1, -1) if ctx.lower(q) in verbs), None)


def _english_changed_to(ctx: _Context, start: int) -> tuple[str, str | None, int | None] | None:
    """"Bilateral trade rose 64% in the first 11 months to $72.3 million": the level a verb of change (``change_verbs``)
    brings its subject to after "to" is a sum of that subject (the first money noun of a few words before the verb)."""
    verb = _english_verb_before_to(ctx, start, ctx.lex.change_verbs.keys(), len(ctx.tokens))
    clause = _clause(ctx, start - 1, start - 1)
    for q in range(verb - 1, max(clause.start, verb - 4) - 1, -1) if verb is not None else ():
        found = _money_at(ctx, q)
        if found is not None:
            return found[0], found[1], q
    return None


def _capped(ctx: _Context, do: int) -> bool:
    """Is the "do" at ``do`` the level a verb of capping sets, what it caps between them ("rezolucja ogranicza
    dostawy produktów rafinowanych do 500 tys. baryłek rocznie": the cap, not an estimate up to it), or the level a
    verb or noun of change brings what it changes to ("zwiększył kwotę stypendiów do 1 tys. miejsc", "wzrost obrotów
    do 1 mld dolarów": the level, exact)?"""
    return (_setter_before(ctx, do, ctx.lex.cap_verbs, (*_VERB_POS, "ger")) is not None
            or _setter_before(ctx, do, ctx.lex.level_setters, _LEVEL_SETTER_POS) is not None)


def _setter_before(ctx: _Context, do: int, words: frozenset[str], poses: Sequence[str]) -> int | None:
    """The position of one of ``words`` (as one of ``poses``) up to ``_CAP_REACH`` words before the "do" at ``do``,
    in its clause, with no number between; None if there is none."""
    for q in range(do - 1, max(do - _CAP_REACH - 1, -1), -1):
        if ctx.tokens[q].kind in ("punct", "number") or ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
        if ctx.has(q, words) and ctx.tokens[q].has_pos(*poses):
            return q
    return None


_LEVEL_SETTER_POS = (*_VERB_POS, "ger", "subst")  # "zwiększył", "zwiększenie", "wzrost"


_CAP_REACH = 6  # words from a verb of capping to the "do" of its level ("ogranicza dostawy produktów rafinowanych do")


def _comparative_before(ctx: _Context, start: int) -> tuple[int, str] | None:
    """ "cięższych niż 40 ton", "dłużej niż miesiąc", "krótsze niż 100 m": a comparative and "niż" bound the amount
    after them from below or above (the sides of ``comparisons``)."""
    if start < 2 or not ctx.has(start - 1, ctx.lex.than):
        return None
    change = _comparison_after(ctx, start - 2)
    side = ctx.lex.comparison_sides.get(change) if change is not None else None
    return (start - 2, side) if side is not None else None


def _level_reached(ctx: _Context, amount: _Amount, after: int) -> tuple[Quantity, float] | None:
    """For a bare amount after "z" and a verb of change, the level reached after "do" ("wzrosła z ok. 150 tys. do
    250 tys. sztuk miesięcznie") with its multiplier: the amount before counts the same thing."""
    if ctx.lower(after) != "do" or after + 1 >= len(ctx.tokens) or not _changed_from(ctx, amount.first):
        return None
    qualified = _match_at(ctx, after + 1, ctx.lex.qualifiers)  # "z ok. 150 tys. do nawet 250 tys."
    at = qualified[0] if qualified is not None else after + 1
    reached = _quantity_at(ctx, at)
    second = _read_amount(ctx, at)
    if reached is None or reached.quantity is None or second is None:
        return None
    return reached.quantity, second.factor


def _changed_from(ctx: _Context, first: int) -> bool:
    """Does the amount starting at ``first`` follow "z" ("from") after a verb of change ("wzrosła z ok. 150 tys.",
    "liczba lotów wzrośnie z dwóch", "obniży pułap cenowy na rosyjską ropę z 47,6", "lower its price cap on Russian
    crude from $47.60", "Koszt wzrósł z pierwotnych 9,2 mld rubli"): the level before the change?  The verb may stand a few words before, what changes between
    them (no number, no punctuation)."""
    lex = ctx.lex
    found = _match_before(ctx, first, lex.qualifiers)
    q = (found[0] if found is not None else first) - 1
    q -= _currency_symbol(ctx, q)  # "from $47.60"
    if q > 0 and ctx.tokens[q].kind == "word" and _is_adjective(ctx.tokens[q]) and ctx.lower(q - 1) in _CHANGED_FROM:
        q -= 1  # "wzrósł z pierwotnych 9,2 mld rubli"
    if ctx.lower(q) not in _CHANGED_FROM:
        return False
    for verb in range(q - 1, max(q - _CHANGED_REACH - 1, -1), -1):
        tok = ctx.tokens[verb]
        if tok.kind in ("punct", "number"):
            return False
        if ctx.has(verb, lex.do_not_bound_after) or ctx.has(verb, lex.change_verbs.keys()):
            return True
    return False


_CHANGED_FROM = frozenset({"z", "ze", "from"})
_CHANGED_TO = frozenset({"do", "to"})
_CHANGED_REACH = 8  # words from a verb of change to the "z" of the level before ("obniży pułap cenowy na ropę z")


_CHANGE_BY_REACH = 5  # words from "o" to the comma before "do", and from the verb to "o" ("wzrosły w 2025 r. o")


def _level_after_change(ctx: _Context, do: int) -> bool:
    """Is the "do" at ``do`` the level a change reaches: the second half of "z X do Y" after a verb of change, or
    after a comma that closes what a verb of change (``do_not_bound_after``) changed by ("Obroty wzrosły o 40 proc.,
    do 50 mln dolarów")?"""
    if do >= 3 and ctx.lower(do - 1) == ",":
        for q in range(do - 2, max(do - _CHANGE_BY_REACH - 2, 0), -1):
            if ctx.lower(q) == "o":
                return any(ctx.has(k, ctx.lex.do_not_bound_after) for k in range(max(q - _CHANGE_BY_REACH, 0), q))
            if ctx.lower(q) in ctx.lex.clause_boundaries:
                return False
        return False
    for q in range(do - 1, max(do - 6, 0), -1):
        if ctx.tokens[q].kind == "punct":
            return False
        if ctx.lower(q) in ("z", "ze"):
            return _changed_from(ctx, q + 1)
    return False


def _passed_through(ctx: _Context, pos: int) -> bool:
    """Is "przeszło" at ``pos`` the verb of its clause ("przez port przeszło 14 statków": it went through), not the
    qualifier "more than" ("Rosja wysłała przeszło 14 tys. żołnierzy")?  It is when "przez" stands before it in its
    clause and no other verb does."""
    through = False
    for q in _clause_positions(ctx, pos, pos, 12):
        if q != pos and ctx.tokens[q].has_pos(*_VERB_POS):
            return False
        through = through or (q < pos and ctx.lower(q) == "przez")
    return through


def _past_adverbial(ctx: _Context, start: int) -> int:
    """Where a short prepositional phrase of time or place ending before ``start`` begins ("przekroczył w tym samym
    czasie 2,5 mld", "przekroczyła w 2024 r. 14 tys."), so a verb before it still governs the amount; ``start``
    when there is none."""
    for q in range(start - 1, max(start - 5, -1), -1):
        tok = ctx.tokens[q]
        if tok.has_pos("prep") and q < start - 1:
            return q
        if tok.kind == "punct" and tok.text != "." or tok.has_pos(*_VERB_POS) or ctx.lower(q) in ctx.lex.clause_boundaries:
            return start
    return start


def _bounding_verb(ctx: _Context, start: int) -> tuple[int, str] | None:
    """ "przekroczyła 14 tysięcy" (more than), "nie przekroczyły 1 mln dolarów" (at most): (the verb's first
    position, "nie" included, and the qualifier it gives)."""
    lex = ctx.lex
    q = _past_adverbial(ctx, start) - 1
    q = q if ctx.lower(q) not in ("już", "się") else q - 1
    if q < 0 or not ctx.tokens[q].has_pos(*_VERB_POS, "pact", "ger"):
        return None
    for lemma in sorted(ctx.forms[q] & lex.bounding_verbs.keys()):
        bound, negated = lex.bounding_verbs[lemma]
        return (q - 1, negated) if ctx.lower(q - 1) == "nie" else (q, bound)
    return None


def _count_subject(ctx: _Context, start: int) -> _Counted | None:
    """ "łączna liczba żołnierzy KRLD wysłanych do Rosji przekroczyła 14 tysięcy": what the count noun that is the
    measuring verb's subject counts (a bare amount after the verb counts it too)."""
    for q in _measured_subjects(ctx, start):
        if ctx.has(q, ctx.lex.count_heads):
            counted = _counted_at(ctx, q + 1, genitive=True)
            return counted if counted is not None and counted.unit in ctx.lex.antecedent_units and counted.known and (
                counted.end < start) else None  # "Ich liczba to ok. 500": "ok." is no noun of "liczba"
    return None


def _thing_named_before(ctx: _Context, start: int, groups: tuple[str, ...] = ("item",)) -> _Counted | None:
    """The nearest thing of the lexicon named before ``start`` in the sentence, which a counter with no genitive counts
    ("tanie wabiki Gerbera, których Rosja produkuje 2,5 tys. sztuk": decoys; "linia pocisków kalibru 155 mm o
    wydajności 150 tys. sztuk": shells).  Things counted are named in the plural: "Produkcja sięga 2,5 tys. sztuk"
    counts no production.  ``groups``: the lexicon groups asked for (things, not places, firms or units)."""
    for q in range(start - 1, -1, -1):
        tok = ctx.tokens[q]
        if not (_is_noun(tok) or tok.kind == "word" and not tok.is_known) or ctx.has(q, ctx.lex.counters):
            continue
        key = _lexicon_match(ctx, q)
        if key is not None and key.entry.group in groups and (any(
                a.pos in _NOUN_POS and ":pl:" in a.tag for a in tok.analyses) or (
                not tok.is_known and tok.lower.endswith(_PLURAL_ENDINGS)) or (  # "armatohaubice": unknown to morfeusz
                ctx.english(q) and _english_plural(tok.lower, ctx.lex))):
            end = q + len(key.words) - 1
            # a word morfeusz does not know has its own entry, of the kind a model name after it gives
            # ("armatohaubice Krab"); a noun opening the sentence that also reads as a name ("Żołnierze": also
            # "Żołnierz") falls back on its entry too
            read = _counted_at(ctx, q) if tok.is_known else None
            label = key.entry.label if tok.is_known else _model_kind(ctx, key.text, end + 1) or key.entry.label
            return read or _Counted(q, end, label, key.text, key.entry.unit, True)
    return None


def _thing_named_in_sentence_before(ctx: _Context) -> _Counted | None:
    """The last thing of the lexicon named in the sentence before, in the paragraph, for a counter its own sentence
    gives nothing to ("ruszył montaż dronów Gerań-2. Docelowo fabryka ma wytwarzać nawet 100 sztuk miesięcznie")."""
    if not ctx.before or not ctx.earlier:
        return None
    there = _context(ctx.earlier[-1])
    return _thing_named_before(there, len(there.tokens))


_PLURAL_ENDINGS = ("e", "y", "i", "ów", "ami", "ach")  # of a Polish noun morfeusz does not know


def _them_before(ctx: _Context, start: int) -> int | None:
    """The genitive pronoun "ich" a bare amount at ``start`` counts: up to three words before it, or further in its
    clause with an attribution between ("pracuje ich według szacunków ministerstwa od 12 do 15 tys.")."""
    lex = ctx.lex
    for q in range(start - 1, max(start - _THEM_REACH - 1, -1), -1):
        if ctx.lower(q) in lex.them:
            near = start - q <= 3
            return q if near or any(ctx.lower(k) in lex.aside_openers for k in range(q + 1, start)) else None
        if ctx.lower(q) in lex.clause_boundaries or ctx.tokens[q].kind == "number":
            return None
    return None


_THEM_REACH = 8  # words from "ich" to the amount past an attribution ("ich według szacunków ministerstwa od 12")


def _them_named_before(ctx: _Context, start: int, here_only: bool = False) -> _Counted | None:
    """ "W pojedynku ważną rolę odgrywają armatohaubice Krab. Ukraina otrzymała ich dotąd ponad 80": a bare amount
    of "them" (the genitive pronoun up to three words before it) counts the last thing of the lexicon named in the
    plural before it in its sentence ("przyleciała samolotami Ił-76 – wylądowało ich co najmniej 14") or else in the
    sentence before in the paragraph (asked only when no count of that sentence goes on)."""
    them = _them_before(ctx, start)
    return None if them is None else _named_before(ctx, them, here_only)


def _named_before(ctx: _Context, them: int, here_only: bool = False) -> _Counted | None:
    """What a pronoun at ``them`` stands for: the last thing or persons of the lexicon named in the plural before it in
    its sentence, or else in the sentence before in the paragraph (not when ``here_only``)."""
    # "żołnierzami KRLD stacjonującymi w Rosji – jest ich tam obecnie ok. 12 tys.": people too ("wymianę na
    # ukraińskich jeńców. Sztab szacuje ich liczbę na ponad 8 tys.": prisoners)
    groups = ("item", "person", "demonym")
    here = _thing_named_before(ctx, them, groups)
    if here is not None and (here.demonym or here.lemma in ctx.lex.role_nouns) and (
            role := _role_of(ctx, here, here.head)) is not None:
        # "Koreańczycy pracują w Czeboksarach – ma ich być ok. 250": the role the clause of "them" gave them
        return dataclasses.replace(here, label=role)
    if here is not None or here_only or not ctx.before or not ctx.earlier:
        return here
    there = _context(ctx.earlier[-1])
    return _thing_named_before(there, len(there.tokens), groups)


def _estimated_count(ctx: _Context, start: int) -> _Counted | None:
    """ "Sztab szacuje liczbę jeńców na ponad 8 tys.", "officials estimate the number of workers at about 2,000", "put
    their number at between 300 and 400": what the count noun (``count_heads``) set at a bare amount after "na"/"at"
    counts: its genitive or "of" phrase, or what "their" stands for."""
    lex = ctx.lex
    if start < 3 or ctx.lower(start - 1) not in lex.count_estimate_links:
        return None
    lowest = max(_clause(ctx, start - 1, start - 1).start, start - _ESTIMATE_REACH - 1)
    for q in range(start - 2, lowest - 1, -1):
        english = ctx.english(q)
        if not (ctx.lower(q) in lex.english_count_heads if english else ctx.has(q, lex.count_heads)):
            continue
        if english and ctx.lower(q + 1) != "of":
            return _named_before(ctx, q - 1) if ctx.lower(q - 1) in lex.english_count_owners else None
        counted = _counted_at(ctx, q + 1, genitive=not english)
        return counted if counted is not None and counted.known and counted.unit in lex.antecedent_units and (
            counted.end < start - 1) else None
    return None


def _casualties_of(ctx: _Context, start: int) -> _Counted | None:
    """ "The missiles killed nine and wounded 47": a bare amount right after an English verb of casualties (the words
    of ``casualty_verbs``) counts the persons killed or wounded, named by the verb as "40 injured" is."""
    if start < 1 or ctx.lower(start - 1) not in ctx.lex.english_casualty_verbs or not ctx.english(start - 1):
        return None
    word = ctx.lower(start - 1)
    return _Counted(start - 1, start - 1, word, word, "person", True)


def _fallen_named_before(ctx: _Context, start: int, last: int, antecedent: _Counted | None) -> _Counted | None:
    """ "Żołnierze ułożyli kilkaset tysięcy min, a w wypadkach zginęło kilkunastu z nich": a bare amount in a clause
    of dying (``dying_cues``) counts the persons named before it in its sentence, not the things counted last
    (``antecedent``)."""
    if antecedent is None or antecedent.unit == "person" or not any(ctx.has(q, ctx.lex.dying_cues) for q in _clause(ctx, start, last)):
        return None
    persons = _thing_named_before(ctx, start, ("person", "demonym"))
    return persons if persons is not None and not ctx.has(persons.head, ctx.lex.dying_cues) else None  # not "rannych"


def _totalled(ctx: _Context, start: int, last: int) -> _Counted | None:
    """ "Żołnierze wysłani do obwodu kurskiego, łącznie ok. 5 tys., pracują tam nadal", "North Korean workers came,
    a total of 5,000": a bare amount after a word of a total (``totalling``) counts the persons or things of the
    lexicon named in the plural before it in its sentence; so does one with such words right after it ("some 5,000 in
    all")."""
    if _match_before(ctx, start, ctx.lex.totalling) is None and _match_at(ctx, last + 1, ctx.lex.totalling) is None:
        return None
    return _thing_named_before(ctx, start, ("item", "person", "demonym"))


def _rated_thing(ctx: _Context, start: int, last: int) -> _Counted | None:
    """ "Drony Shahed produkowane są w tempie ok. 170 dziennie": a bare amount with a rate right after it counts the
    thing of the lexicon named in the plural before it in its clause."""
    if _rate_period_at(ctx, last + 1) is None:
        return None
    thing = _thing_named_before(ctx, start)
    return thing if thing is not None and thing.head >= _clause(ctx, start, start).start else None


_ESTIMATE_REACH = 8  # words from the count noun to the amount ("liczbę północnokoreańskich robotników w obwodzie na")


def _raised_count(ctx: _Context, start: int) -> _Counted | None:
    """ "increase Moscow-Pyongyang flights to four a week", "raise the number of tourists to 20,000 a year": the thing a
    verb of change (``english_level_verbs``) brings to the level of a bare amount after "to" (past "the number of")."""
    lex = ctx.lex
    verb = _english_verb_before_to(ctx, start, lex.english_level_verbs, _LEVEL_VERB_REACH)
    for q in range(verb + 1, start - 1) if verb is not None else ():
        if ctx.lower(q) in lex.english_level_heads:
            continue  # "the number of"
        counted = _counted_at(ctx, q)
        if counted is not None and counted.known and counted.unit in lex.antecedent_units and counted.end < start - 1:
            return counted
    return None


_LEVEL_VERB_REACH = 6  # words from the verb of change to "to" ("increase Moscow-Pyongyang flights to")


def _part_of_number(ctx: _Context, pos: int) -> bool:
    """ "of the six", "z tych sześciu" at ``pos``: a part of a number counted before, the number standing alone."""
    link = _match_at(ctx, pos, ctx.lex.part_of)
    if link is None:
        return False
    at = link[0] + 1 if ctx.lower(link[0]) in ctx.lex.part_determiners else link[0]
    amount = _read_amount(ctx, at) if at < len(ctx.tokens) else None
    return amount is not None and amount.kind in ("digits", "words") and (
        amount.last + 1 >= len(ctx.tokens) or _is_stop(ctx, amount.last + 1))


def _part_of_them(ctx: _Context, start: int, after: int) -> _Counted | None:
    """ "Gdy wymieniano jeńców, ponad 20 tys. z nich odmówiło powrotu": a bare amount of "z nich" (right ``after``
    it) counts the last persons or things of the lexicon named in the plural before it in its sentence; with none
    there, those of the sentence before, or else the persons or things counted last a few sentences before ("46
    rakiet. Najwięcej spadło na Charków. Obrona zestrzeliła tylko 19 z nich")."""
    link = _match_at(ctx, after, ctx.lex.part_of)
    if link is None or ctx.lower(link[0]) not in ctx.lex.part_pronouns:
        return None
    here = _thing_named_before(ctx, start, ("item", "person", "demonym"))
    if here is None and not any(ctx.tokens[q].kind == "word" and _is_noun(ctx.tokens[q]) for q in range(start)):
        # "Statki pływają bez przerwy. Co najmniej cztery z nich wyłączały nadajniki": the things of the sentence
        # before, when its own names none before the amount
        here = _thing_named_in_sentence_before(ctx)
    counted = ctx.counted_before
    if here is not None or counted is None or not counted.counted:
        return here
    unit = counted.unit.split("/")[0]
    if unit == "person" and ctx.persons_before:  # the group, not a part of it ("14 jeńców, w tym dwóch oficerów")
        return _Counted(-1, -1, ctx.persons_before, "", unit, True)
    return _Counted(-1, -1, counted.counted, counted.counted_lemma or "", unit, True)


def _counted_subject(ctx: _Context, start: int) -> _Counted | None:
    """ "Żołnierzy KRLD jest w Rosji ok. 12 tys.", "Rannych było ponad 100": a bare amount after a form of "być"
    counts the genitive plural noun of the lexicon that stands before the verb in its clause (the verb and the
    amount at most four words apart: "jest w Rosji ok.")."""
    lex = ctx.lex
    verb = next((q for q in range(start - 1, max(start - 5, -1), -1) if ctx.has(q, _BE)), None)
    if verb is None or any(ctx.lower(q) in lex.clause_boundaries or ctx.lower(q) in lex.them for q in range(verb, start)):
        return None
    for q in range(verb - 1, max(verb - 4, -1), -1):
        if ctx.lower(q) in lex.clause_boundaries:
            return None
        tok = ctx.tokens[q]
        if not any(a.pos in _NOUN_POS and ":pl:gen" in a.tag for a in tok.analyses):
            continue
        counted = _counted_at(ctx, q)
        if counted is not None and counted.known and counted.head == q and counted.end < verb and (
                counted.unit in lex.antecedent_units):
            return counted
        return None
    return None


_BE = frozenset({"być"})


def _listed_before(ctx: _Context, start: int) -> _Counted | None:
    """ "Wysłał do Rosji żołnierzy: ok. 11 tys. w październiku": the noun a colon before the amount closes."""
    if ctx.lower(start - 1) != ":":
        return None
    for q in (start - 2, start - 3):
        counted = _counted_at(ctx, q) if q >= 0 else None
        if counted is not None and counted.end == start - 2 and counted.unit in ctx.lex.antecedent_units:
            return counted
    return None


def _continues_count(ctx: _Context, amount: _Amount, start: int, after: int, qualifier: str, bound_by_do: bool) -> bool:
    """May a bare amount with no counted noun of its sentence count the noun the sentence before counted last?  Yes
    when it would be a count of its own anyway (a bounding qualifier or a multiplier: "Ponad 3 tys. zginęło") or, unless
    written in number words, a word of ``count_continuers`` stands before or right after it ("Kolejnych 300 ma
    dotrzeć", "jeszcze 300", "kilkaset kolejnych"); never a year ("2024"), nor where a money noun, a money link or a measuring verb's
    subject names what the amount is ("Kontrakt opiewa na ponad 3 mld.")."""
    lex = ctx.lex
    if not amount.multiplied and amount.kind == "digits" and amount.low.is_integer() and 1900 <= amount.low <= 2100 and (
            ctx.tokens[amount.first].text.isdigit()):
        return False  # a bare year ("2024"; not "2,100")
    first = amount.first
    english = any(ctx.english(k) for k in range(start - 2, amount.last + 3))  # digits are of no language
    # not "a dwaj pozostali trafili do niewoli": a Polish number word takes a new role, not the count
    cued = (amount.kind != "words" or english) and (
        ctx.has(start, lex.count_continuers) or ctx.has(first - 1, lex.count_continuers)
        or ctx.has(amount.last + 1, lex.count_continuers) or after != amount.last + 1)
    if english and (start == 0 or ctx.lower(start - 1) in (",", "and", ";")) and (
            ctx.lower(amount.last + 1) in lex.english_bare_count_verbs):
        cued = True  # "Nine prisoners are held. Seven were captured in Kursk": the subject of a clause
    link = _match_at(ctx, amount.last + 1, lex.part_of)
    if link is not None and amount.low >= 2 and ctx.lower(link[0]) in lex.part_pronouns or _part_of_number(
            ctx, amount.last + 1):
        cued = True  # "Czterech z nich zmarło", "Two of the six were wounded": a part of the count before
    opened = start - 1 if ctx.lower(start - 1) == "," else start
    if opened >= 2 and ctx.lower(opened - 1) in lex.part_pronouns and _match_before(ctx, opened - 1, lex.part_of):
        cued = True  # "Of those, about 2,100 were killed", "Spośród nich ok. 2 tys. zginęło"
    counts = not bound_by_do and (qualifier in _STRONG_QUALIFIERS or (amount.multiplied and amount.kind != "vague"))
    if not (cued or counts):
        return False
    if _match_before(ctx, start, lex.money_links) is not None or _money_noun_before(ctx, start) is not None:
        return False
    return not _measured_subjects(ctx, start)


def _quantity_at(ctx: _Context, pos: int, antecedent: _Counted | None = None, previous: _Counted | None = None,
                 carried: Quantity | None = None) -> _Found | None:
    """The quantity whose number starts at ``pos``; None if no number.  A bare amount ("ok. 3 tys.") counts what
    the subject's count noun counts, or the noun of a list it opens, or else ``antecedent``: the counted noun of
    the sentence's previous quantity, or else, when it goes on counting (``_continues_count``), ``carried``: the
    last counted quantity of the sentence before.  A counter with no genitive ("sześciu egzemplarzy", "setki
    tysięcy sztuk") counts ``previous``: the thing the sentence counted last, a share's included ("20 proc.
    pocisków")."""
    amount = _read_amount(ctx, pos)
    if amount is None:
        return None
    skip = max(amount.last + 1, pos + 1)
    if _is_label(ctx, amount):
        return _Found(None, skip)
    lex = ctx.lex
    start = amount.first
    qualifier = "exact"
    ranged = _read_range(ctx, amount) if amount.kind not in ("range", *_SHARES) else None
    ranged = (amount, None) if amount.kind == "range" else ranged
    if ranged is not None:
        amount, opener = ranged
        qualifier = "range"
        start = opener if opener is not None else start
        skip = max(skip, amount.last + 1)
    elif amount.kind == "vague":
        qualifier = "vague"
    elif amount.kind == "words" and ctx.has(start - 1, lex.relational_before):
        return _Found(None, skip)  # "między dwiema dyktaturami", "obu stron": a relation, not a count
    prefix_currency = None
    if amount.kind != "implicit" and start == amount.first - 2 and qualifier == "range" and _currency_symbol(
            ctx, amount.first - 1):
        prefix_currency = ctx.lex.currency_texts[ctx.lower(amount.first - 1)]  # "between $5 billion and $7 billion"
    elif amount.kind != "implicit" and start == amount.first and start > 0:
        prev = ctx.tokens[start - 1]
        code = lex.currency_texts.get(prev.lower)
        if code is not None and (not prev.text.isalpha() or prev.text.isupper()):
            prefix_currency, start = code, start - 1
    found = _qualifier_before(ctx, start)
    if found is None and start > 1 and ctx.lower(start - 1) in lex.changed_by:
        # "zmniejszył się niemal o połowę": nearly; the span still starts after "o", where the change is named from
        found = _qualifier_before(ctx, start - 1)
        found = (start, found[1], False) if found is not None and found[1] not in ("exact", "up_to") else None
    link = _match_before(ctx, start, lex.distance_links) if found is None and amount.kind != "range" and _measure_at(
        ctx, amount.last + 1) in _LENGTH_UNITS else None
    if link is not None and (before_link := _qualifier_before(ctx, link[0])) is not None and not before_link[2]:
        found = before_link  # "nawet z odległości 600 km", "nawet z 300 km": the qualifier before the link
    if found is None and ctx.has(start - 1, lex.reach_verbs) and ctx.has(start - 2, lex.bounding_modals):
        found = (start, "up_to", False)  # "grzywna może sięgnąć 16 mln euro": the verbs stay out of the span
    bound_by_do = found is not None and found[2]
    if found is not None:
        start = found[0]
        if qualifier == "exact":
            qualifier = found[1]  # "ponad dwie trzecie": more than
    if found is not None and amount.kind != "words" and ctx.has(start - 1, lex.preceding_non_count) and not (
            amount.multiplied or _plural_noun_follows(ctx, amount.last + 1)):
        return _Found(None, skip)  # "kalibru ok. 152 mm": an attribute; not "po jej stronie ok. 2 tys. dolarów"
    if start > 0 and ctx.has(start - 1, lex.preposed) and _is_adjective(ctx.tokens[start - 1]):
        start -= 1
    nxt = amount.last + 1  # "dwóch innych wolało...": an adjective for a noun left out, read as no noun of its own
    determiner = (ctx.has(nxt, lex.determiners_after) and _is_adjective(ctx.tokens[nxt])
                  and not (nxt + 1 < len(ctx.tokens) and _is_noun(ctx.tokens[nxt + 1])))
    elided = amount.kind != "implicit" and (determiner or antecedent is not None and _elided_noun(ctx, nxt))
    skipped = int(elided)
    postposed = _match_at(ctx, nxt, lex.qualifiers_after) if not elided and amount.kind != "implicit" else None
    if postposed is not None and postposed[0] < len(ctx.tokens) and ctx.tokens[postposed[0]].kind == "word" and (
            _is_noun(ctx.tokens[postposed[0]]) or ctx.english(postposed[0])):
        skipped = postposed[0] - nxt  # "300 z okładem inżynierów", "another 300 or so engineers": the noun after
        if qualifier == "exact":
            qualifier = postposed[1]
    reading = _unit_and_counted(ctx, amount, amount.last + 1 + skipped, start, prefix_currency)
    if reading is None:
        return _Found(None, skip)
    whole_at: int | None = None  # "89 z 110 dronów": where the whole's own quantity starts
    if reading.unit is None and reading.counted is None:
        whole = _whole_after(ctx, amount)
        if whole is not None:  # the part is counted like its whole
            reading, whole_at = whole
    timed = reading.unit in _TIME_UNITS or reading.unit is None
    if reading.counted is None and timed and _is_age(ctx, start, reading.end + 1, reading.unit):
        reading = _Reading(reading.unit or "year", None, reading.end, lex.age_label)  # "Najmłodszy ma 19 lat"
        if qualifier == "exact" and ctx.has(start - 1, lex.age_from) and start >= 2 and ctx.has(start - 2, lex.age_nouns):
            start, qualifier = start - 1, "at_least"  # "w wieku od 18 lat"
    after = amount.last + 1 + skipped  # "cztery emirackie": the adjective of a noun left out
    while ctx.has(after, lex.determiners_after) and _is_adjective(ctx.tokens[after]):
        after += 1  # "kilka tysięcy kolejnych zostało rannych": the noun is left out
    bare = after >= len(ctx.tokens) or _is_stop(ctx, after) or _time_compared(ctx, amount, after)  # not "50 BMP-2"
    bare = bare or (ctx.english(after) and _match_at(ctx, after, lex.rate_periods) is not None)  # "250,000 a month"
    link = _match_at(ctx, after, lex.part_of) if not bare else None
    bare = bare or (link is not None and ctx.lower(link[0]) in lex.part_pronouns)  # "about 4,000 of them"
    bare = bare or _part_of_number(ctx, after)  # "Two of the six"
    if (reading.counted is not None and reading.counted.lemma in lex.counters and reading.unit == "item"
            and reading.counted.head == reading.counted.end):
        # a counter with no senses of its own ("sztuk", not "jednostek": vessels) counts the thing named before it
        generic = reading.counted.lemma not in lex.senses
        thing = previous or (_thing_named_before(ctx, start) if generic else None)
        told = _thing_named_in_sentence_before(ctx) if generic and thing is None and carried is None else None
        if thing is not None:
            reading = _Reading(thing.unit, thing, reading.end, borrowed=True)  # "od czterech do sześciu egzemplarzy"
        elif told is not None:  # its name only: its token is in the sentence before
            reading = _Reading(told.unit, None, reading.end, told.label, told.lemma, borrowed=True)
        elif generic and ctx.produced is not None and any(
                ctx.has(k, lex.production_words) for k in _clause(ctx, start, reading.end)):
            # "wytwarzają ok. 120 dronów miesięcznie. Zakłady zatrudniają 1,5 tys. osób, pracujących na dwie zmiany.
            # Produkcja ma wzrosnąć do 300 sztuk": the thing made at a rate, at that rate
            made = ctx.produced
            unit = made.unit if _rate_after(ctx, reading.end + 1) is None else made.unit.split("/")[0]
            reading = _Reading(unit, None, reading.end, made.counted, made.counted_lemma, borrowed=True)
        elif generic and carried is not None and carried.counted and carried.unit.split("/")[0] == "item" and (
                ctx.before):  # "produkują ok. 2,7 tys. dronów miesięcznie. Produkcja ma wzrosnąć do 3,5 tys. sztuk"
            reading = _Reading("item", None, reading.end, carried.counted, carried.counted_lemma, borrowed=True)
    carried_token: int | None = None  # the counted noun's token in the sentence before
    if reading.unit is None and reading.counted is None and amount.kind != "implicit" and bare:
        level = _level_reached(ctx, amount, after)
        borrowed = None if level is not None else (
            _count_subject(ctx, start) or _estimated_count(ctx, start) or _listed_before(ctx, start)
            or _counted_subject(ctx, start)
            or _raised_count(ctx, start) or _casualties_of(ctx, start) or _fallen_named_before(ctx, start, amount.last, antecedent)
            or antecedent
            or _rated_thing(ctx, start, amount.last) or _totalled(ctx, start, amount.last))
        role = _pronoun_role(ctx, start, amount.last, carried) if borrowed is None and level is None else None
        if level is not None:  # "wzrośnie z dwóch do czterech tygodniowo": the level before, as the one after
            reached, factor = level
            reading = _Reading(reached.unit, None, reading.end, reached.counted, reached.counted_lemma, borrowed=True)
            if not amount.multiplied and factor != 1.0:  # "z 20 do 45 mln dolarów": 20 million
                amount = _Amount(amount.first, amount.last, amount.low * factor, amount.high * factor, amount.kind,
                                 factor)
        elif borrowed is not None:
            reading = _Reading(borrowed.unit, borrowed, reading.end, borrowed=True)
        elif role is not None:  # "Obecnie w regionie pracuje ich ok. 1 800": workers
            reading = _Reading("person", None, reading.end, role, borrowed=True)
        elif (thing := _them_named_before(ctx, start, here_only=True)) is not None:
            # "Koreańczycy pracują w Czeboksarach – ma ich być ok. 250": "them" named in this sentence, whatever an
            # earlier sentence counted
            reading = _Reading(thing.unit, None, reading.end, thing.label, thing.lemma, borrowed=True)
        elif carried is not None and _continues_count(ctx, amount, start, after, qualifier, bound_by_do):
            reading = _Reading(carried.unit.split("/")[0], None, reading.end, carried.counted, carried.counted_lemma,
                               borrowed=True)
            carried_token = carried.counted_token
        elif (thing := _them_named_before(ctx, start) or _part_of_them(ctx, start, after)) is not None:
            # "armatohaubice Krab. Ukraina otrzymała ich ponad 80", "wymieniano jeńców, ponad 20 tys. z nich odmówiło"
            reading = _Reading(thing.unit, None, reading.end, thing.label, thing.lemma, borrowed=True)
        elif (apiece := _english_persons_apiece(ctx, start, amount)) is not None:  # "in groups of 10 to 15"
            reading = _Reading("person", None, apiece, ctx.persons_before or ctx.persons_in_document or "person",
                               borrowed=True)
        elif amount.kind in ("words", "vague") and _men_by_numeral(ctx, amount):  # "a dwaj pozostali", "Kilkunastu"
            clause = _clause(ctx, start, amount.last)
            role = next((r for r, cues in lex.role_cues if any(ctx.has(q, cues) for q in clause)),
                        ctx.persons_before or "person")  # "W niewoli jest 14 żołnierzy. Ośmiu złożyło prośby"
            reading = _Reading("person", None, reading.end, role, borrowed=True)  # "trafili do niewoli": prisoners
    counted = reading.counted
    if reading.unit is None:
        if bound_by_do or not (qualifier in _STRONG_QUALIFIERS or (amount.multiplied and amount.kind != "vague")):
            return _Found(None, skip)
    elif (
        counted is not None
        and reading.label is None
        and amount.kind == "words"
        and amount.high <= 10
        and qualifier == "exact"
        and not counted.known
        and not _english_count(ctx, start, counted)
    ):
        return _Found(None, skip)  # "dwóch dyktatorów": a small number word with an unknown noun
    elif counted is not None and amount.kind == "words" and amount.high == 1 and after_preposition(ctx.tokens, start):
        return _Found(None, skip)  # "w jednej fabryce": "one" after a preposition is an article, not a count
    if found is None and qualifier == "exact" and (counted is None or reading.borrowed or any(
            ctx.has(q, lex.bounded_totals) for q in _measured_subjects(ctx, start))):
        bounding = _bounding_verb(ctx, start)  # "granicę przekroczyło 13 tys. osób" crosses: no bound
        if bounding is not None:
            start, qualifier = bounding
    money = reading.unit is not None and bool(_CURRENCY_RE.fullmatch(reading.unit[:3]))
    if money and qualifier in ("exact", "approx") and ctx.has(start - 1, lex.price_from):
        start, qualifier = start - 1, "at_least"  # "kosztuje od ok. 1,4 tys. dolarów": the lowest price
    actor: EntityRef | None = None
    end = reading.end
    if counted is not None and not reading.borrowed:
        actor, end = _actor(ctx, amount.last + 1, counted)
        if reading.unit == "percent" and (counted.demonym or counted.lemma in lex.role_nouns):
            # "Blisko 40 proc. Polaków popiera pomoc": a share of the people, whatever they do
            counted = _Counted(counted.head, counted.end, lex.unnamed_share, counted.lemma, counted.unit, True,
                               counted.demonym)
        elif counted.label == "person" and (member := _member_of(ctx, start)) is not None:
            counted = _Counted(counted.head, counted.end, member, counted.lemma, counted.unit, True, counted.demonym)
        elif counted.label in lex.fallen_labels and "soldier" in (ctx.persons_before, ctx.persons_in_document):
            # "ok. 7 tys. zabitych i rannych" in an article that counts soldiers: soldiers killed and wounded
            counted = _Counted(counted.head, counted.end, "soldier", counted.lemma, counted.unit, True, counted.demonym)
        elif counted.demonym or counted.lemma in lex.role_nouns:  # "obywatele KRLD", "osoby"
            role = (_role_of(ctx, counted, start) or _more_of_the_same(ctx, counted, start)
                    or _members_apiece(ctx, counted, start) or _apposed_persons(ctx, counted, start)
                    or _fallen_of_the_document(ctx, counted, start) or _men_of_the_document(ctx, counted)
                    or _group_size(ctx, counted, start))
            if role is None and counted.demonym and ctx.persons_before is not None:
                role = ctx.persons_before  # "przeszło ok. 1,8 tys. Koreańczyków" after patients: patients
            if role is None and (counted.demonym or ctx.lower(start - 1) in lex.apiece):
                # an article on shipyard workers: "przyjechało 3,8 tys. Koreańczyków", "mieszkają w kontenerach po
                # 8-10 osób"
                role = _persons_named_before(ctx)
            if role is not None:
                counted = _Counted(counted.head, counted.end, role, counted.lemma, counted.unit, True, True)
            elif actor is not None and actor.name in ctx.demonyms and (counted.demonym or counted.label == "citizen"):
                # "ok. 1,5 tys. Koreańczyków" -> North Korean, "trzech obywateli Rosji" -> Russian citizen
                name = ctx.demonyms[actor.name]
                counted = _Counted(counted.head, counted.end, name if counted.demonym else f"{name} {counted.label}",
                                   counted.lemma, counted.unit, True, counted.demonym)
    elif counted is not None and counted.demonym and counted.label == "person":
        # a bare amount counting the demonym before it: its own clause may tell the role ("kilkuset Koreańczyków
        # składa drony, a co najmniej 400 pracuje przy produkcji amunicji")
        role = _role_of(ctx, counted, start, amount.last)
        if role is not None:
            counted = _Counted(counted.head, counted.end, role, counted.lemma, counted.unit, True, True)
    if counted is not None and not reading.borrowed and counted.unit == "person" and amount.last + 1 < counted.head:
        between = range(amount.last + 1, counted.head)
        states = [lex.person_states[w] for q in between for w in sorted(ctx.forms[q] & lex.person_states.keys())
                  if _is_adjective(ctx.tokens[q])]
        if len(states) == 1 and not any(ctx.has(q, lex.coordinators) for q in between):
            # "ok. 3,4 tys. rannych żołnierzy": wounded soldiers (not "zabitych i rannych żołnierzy": soldiers)
            counted = dataclasses.replace(counted, label=f"{states[0]} {counted.label}")
    if counted is not None and counted.label in lex.captives and not reading.borrowed:
        # "w ukraińskiej niewoli przebywa siedmiu żołnierzy KRLD", "przesłuchali dwóch szeregowych": captured
        cues = dict(lex.role_cues).get(lex.captive_label, frozenset())
        around = list(_clause(ctx, start, counted.end))
        if ctx.lower(around[-1] + 1) == "," and around[-1] + 2 < len(ctx.tokens) and ctx.tokens[
                around[-1] + 2].has_pos("pact", "ppas"):
            around += list(_clause(ctx, around[-1] + 2, around[-1] + 2))  # ", wziętych do niewoli,": their phrase
        if any(ctx.has(q, cues) for q in around):
            counted = dataclasses.replace(counted, label=lex.captive_label)
    by_amount = lex.senses_by_amount.get(counted.lemma) if counted is not None else None
    if counted is not None and by_amount is not None and counted.label == by_amount[0] and amount.low >= by_amount[1]:
        # "ponad 12 mln pocisków", with no word of the sentence to tell their kind: artillery shells
        counted = _Counted(counted.head, counted.end, by_amount[2], counted.lemma, counted.unit, counted.known,
                           counted.demonym)
    if amount.kind == "implicit" and end < amount.first:
        end = amount.first
    unit = reading.unit or "count"
    if unit in _SPAN_UNITS and ctx.has(start - 1, lex.date_span_openers) and ctx.lower(start - 2) in ("w", "the"):
        return _Found(None, skip)  # "w pierwszych pięciu miesiącach roku", "the first 11 months": a span of dates
    if _takes_rate(ctx, unit):
        rate = _rate_after(ctx, end + 1)
        leading = (_match_before(ctx, start, lex.leading_rate_periods) or _opening_period(ctx, start)
                   or _rated_subject(ctx, start) or _english_rated_subject(ctx, start) if rate is None else None)
        # only a rate the schema stores ("dziennie od 2 do 3 ha", "sześciu strzałów na minutę"; not km per hour,
        # a speed, nor tonnes per minute)
        rate = rate if rate is not None and _storable(f"{unit}/{rate[1]}") else None
        leading = leading if leading is not None and _storable(f"{unit}/{leading[1]}") else None
        if rate is not None:
            end, unit = rate[0], f"{unit}/{rate[1]}"
        elif leading is not None:
            start, unit = leading[0], f"{unit}/{leading[1]}"
    value = None if qualifier in ("range", "vague") else amount.low
    label_token = counted.head if counted else reading.label_token
    if unit.startswith("day/") and unit[4:] in lex.counted_days[0]:  # "sześć dni w tygodniu": days counted
        unit, reading = f"item/{unit[4:]}", dataclasses.replace(reading, label=_day_kind(ctx, start, end))
    quantity = _quantity(ctx, start, end, (value, amount.low, amount.high), unit, qualifier,
                         (counted.label, counted.lemma or None) if counted else (reading.label, reading.label_lemma),
                         label_token, actor)
    if carried_token is not None:
        quantity = dataclasses.replace(quantity, counted_token=carried_token)
    kept = counted if counted is not None and unit.split("/")[0] in lex.antecedent_units else None
    if kept is None and reading.borrowed and reading.label and amount.kind != "words" and (
            unit.split("/")[0] in lex.antecedent_units):
        # "Blisko 2,2 tys. z nich trafiło do Zwiezdy, kilkaset do Dalzawodu", "40 z nich studiuje, a kilkunastu
        # kolejnych ...": a later bare amount counts what this borrowed amount counts
        kept = _Counted(amount.first, end, reading.label, reading.label_lemma or "", unit.split("/")[0], True)
    noun = counted.part_of or counted if counted is not None else None  # a share's noun, not "share"
    thing = noun if noun is not None and noun.known and noun.unit == "item" else None
    return _Found(quantity, whole_at if whole_at is not None else max(end + 1, skip), kept, thing)


def _day_kind(ctx: _Context, start: int, end: int) -> str:
    """What days counted per week or month are, by a word of their clause (``counted_days``): workday, day off."""
    _periods, kinds, default = ctx.lex.counted_days
    if any(ctx.has(q, ctx.lex.days_off) for q in range(start, min(end + 2, len(ctx.tokens)))):
        return ctx.lex.days_off_label  # "one day off a month", "dwa dni wolne w miesiącu": said by the days' own words
    clause = _clause(ctx, start, end)
    if not any(ctx.tokens[q].has_pos(*_VERB_POS) for q in clause):
        # "pracują po 14 godzin dziennie, siedem dni w tygodniu": a verbless phrase goes on the clause before
        clause = range(0, clause.stop)
    return next((kind for kind, cues in kinds if any(ctx.has(q, cues) for q in clause)), default)


def _opening_period(ctx: _Context, start: int) -> tuple[int, str] | None:
    """A period earlier in the clause that rates its count ("Miesięcznie przez bramy zakładu przechodzi od 20 do
    30 pojazdów", "Do tego co miesiąc trafia do Rosji kilkaset rakiet"; an aside between dashes is passed over):
    (``start``, period), the quantity's own span unchanged; None past a clause boundary or another number."""
    lex = ctx.lex
    q = start - 1
    while q >= 0:
        if ctx.tokens[q].kind == "number" and ctx.lower(q + 1) not in lex.year_words:  # "w 2024 r." is a year
            return None
        if ctx.lower(q) in lex.clause_boundaries:
            opening = _aside_opening(ctx, q) if ctx.lower(q) in _DASHES else None
            if opening is None:
                return None
            q = opening - 1
            continue
        opened = _match_at(ctx, q, lex.leading_rate_periods)
        if opened is not None and opened[0] < start and (q == 0 or not ctx.tokens[q].text[:1].isupper()):
            if _rates_amount_before(ctx, q):
                return None  # "mrozi 3,5 tys. ton surowca miesięcznie i zatrudnia 600 pracowników": the tonnes' rate
            return start, opened[1]  # not "the Korea JoongAng Daily": a word of a name
        q -= 1
    return None


def _rates_amount_before(ctx: _Context, period: int) -> bool:
    """Does the period word at ``period`` close an amount a few words before it in its clause (its own rate)?"""
    for q in range(period - 1, max(period - _PERIOD_REACH - 1, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries or ctx.tokens[q].has_pos(*_VERB_POS):
            return False
        if ctx.tokens[q].kind == "number":
            return True
    return False


_PERIOD_REACH = 5  # words from an amount to the period word that rates it ("3,5 tys. ton surowca miesięcznie")


def _open_quote(tokens: Sequence[Token]) -> bool:
    """Is a quotation opened among ``tokens`` still open after them (a closing quote of one opened before them does
    not count)?"""
    depth = 0
    for tok in tokens:
        if tok.text in CLOSING_QUOTES and depth > 0:
            depth -= 1
        elif tok.text in OPENING_QUOTES:
            depth += 1
    return depth > 0


def _quantity(ctx: _Context, start: int, end: int, numbers: tuple[float | None, float, float], unit: str,
              qualifier: str, counted: tuple[str | None, str | None], token: int | None,
              actor: EntityRef | None = None) -> Quantity:
    """The quantity spanning tokens ``start``..``end``: a value, or low..high when ``numbers[0]`` is None."""
    tokens = ctx.tokens
    if end + 1 < len(tokens) and tokens[end + 1].text in CLOSING_QUOTES and not tokens[end + 1].space_before and (
            _open_quote(tokens[start : end + 1])):
        end += 1  # "ok. 300 „ochotników”": the quotation closes with its noun
    s, e = tokens[start].start, tokens[end].end
    if tokens[end].lower.endswith(".") and tokens[end].lower[:-1] in ctx.lex.dotless_abbreviations:
        e -= 1  # "200 tys. zł." at the end of a sentence: the dot is the full stop
    value, low, high = numbers
    return Quantity(
        start=s,
        end=e,
        text=ctx.text[s - ctx.offset : e - ctx.offset],
        sentence=ctx.sentence,
        value=value,
        low=None if value is not None else low,
        high=None if value is not None else high,
        unit=unit,
        qualifier=qualifier,
        counted=counted[0],
        counted_lemma=counted[1] or None,  # "" for a name taken over with no noun of its own
        counted_token=tokens[token].i if token is not None else None,
        actor=actor,
    )


def _prefix_bounds(ctx: _Context, text: str) -> tuple[float, float] | None:
    """The number part of a numeral compound: "trzy" (3), "dwudziestocztero" (24), "kilku" (2-9), "12-" (12)."""
    if text.endswith("-"):
        value = _parse_digits(text[:-1], False)
        return None if value is None else (value, value)
    prefixes = ctx.lex.numeral_prefixes
    low = high = 0.0
    parts = 0
    vague = False
    i = 0
    while i < len(text):
        part = max((p for p in prefixes if text.startswith(p, i)), key=len, default=None)
        if part is None:
            return None
        a, b = prefixes[part]
        vague = vague or a != b
        low, high, parts, i = low + a, high + b, parts + 1, i + len(part)
    return None if vague and parts > 1 else (low, high)


def _within_one_period(ctx: _Context, pos: int, last: Quantity | None) -> _Found | None:
    """ "w ciągu roku", "w ciągu najbliższego roku", "W ciągu tygodnia" (``within_one``): one period of time in which
    something happens, a quantity of its own; its noun in the genitive singular at ``pos``.  Not right after the
    ``last`` quantity found ("10 tys. dronów w ciągu roku": the period that amount is told per)."""
    lex = ctx.lex
    unit = _measure_at(ctx, pos) if ctx.lower(pos) in lex.within_one.nouns else None
    if unit not in _TIME_UNITS:
        return None
    start = pos - 1
    if start >= 0 and ctx.has(start, lex.within_one.adjectives) and _is_adjective(ctx.tokens[start]):
        start -= 1  # "w ciągu najbliższego roku"
    opener = _match_before(ctx, start + 1, lex.within_one.openers)
    if opener is None or (last is not None and opener[0] > 0 and ctx.tokens[opener[0] - 1].end == last.end):
        return None
    quantity = _quantity(ctx, opener[0], pos, (1.0, 1.0, 1.0), str(unit), "exact", (lex.within_one.label, None), None)
    return _Found(quantity, pos + 1)


def _legal_term_at(ctx: _Context, pos: int) -> _Found | None:
    """Years written as the law writes them, the noun before the number (``legal_terms``): "grozi kara do lat 10" (up
    to 10 years), "od lat 3 do 15" (3 to 15 years), a prison term in a sentence of punishment; none in another ("dzieci
    do lat 10": an age limit)."""
    lex = ctx.lex
    if ctx.lower(pos) in lex.legal_terms.nouns and pos > 0:
        pos -= 1  # the noun may be where the search stands: the opener is no start of an amount of its own
    opener, noun, first = ctx.lower(pos), pos + 1, pos + 2
    if opener not in lex.legal_terms.openers or ctx.lower(noun) not in lex.legal_terms.nouns or first >= len(
            ctx.tokens) or ctx.tokens[first].kind != "number":
        return None
    amount = _read_amount(ctx, first)
    if amount is None or amount.kind != "digits":
        return None
    numbers: tuple[float | None, float, float] = (amount.low, amount.low, amount.low)
    end, qualifier = amount.last, "up_to" if opener == "do" else "exact"
    if opener == "od" and ctx.lower(end + 1) == "do" and end + 2 < len(ctx.tokens) and ctx.tokens[end + 2].kind == "number":
        top = _read_amount(ctx, end + 2)
        if top is not None and top.kind == "digits" and top.low > amount.low:
            end, numbers, qualifier = top.last, (None, amount.low, top.low), "range"
    if qualifier == "exact":
        return None  # "od lat 5": since, not how long
    if all(forms.isdisjoint(lex.legal_terms.cues) for forms in ctx.forms):
        return None  # "dzieci do lat 10": an age limit, not a term
    return _Found(_quantity(ctx, pos, end, numbers, "year", qualifier, (lex.legal_terms.label, None), None), end + 1)


def _single_period(ctx: _Context, pos: int) -> _Found | None:
    """ "miesięczne szkolenie", "tygodniowa wycieczka": a period adjective without a number, on a noun of
    ``periods``, is one such period of it (``single_periods``)."""
    lex = ctx.lex
    tok = ctx.tokens[pos]
    lemma = next((a.lemma.lower() for a in tok.analyses if a.pos in _ADJ_POS and a.lemma.lower() in lex.single_periods),
                 None)
    nxt = pos + 1
    if lemma is None or nxt >= len(ctx.tokens) or not _is_noun(ctx.tokens[nxt]):
        return None
    noun = _noun_lemma(ctx.tokens[nxt], lex.periods.keys() | lex.single_period_nouns)
    if noun not in lex.periods and noun not in lex.single_period_nouns:
        return None
    label = lex.periods.get(noun, lex.measure_labels.get("day", "duration"))
    value, unit = lex.single_periods[lemma]
    start, qualifier = pos, "exact"
    found = _qualifier_before(ctx, pos)
    if found is not None and not found[2]:
        start, qualifier = found[0], found[1]
    quantity = _quantity(ctx, start, nxt, (value, value, value), unit, qualifier, (label, noun), nxt)
    return _Found(quantity, nxt + 1)


def _compound_at(ctx: _Context, pos: int) -> _Found | None:
    """A numeral compound at ``pos``: "trzydniową wizytę" (3 days), "ponad pięcioletniej przerwie" (more than 5 years),
    "12-godzinną zmianę" (12 hours, shift), "dwukrotnie przyjeżdżał" (2 visits); None if there is none."""
    tok = ctx.tokens[pos]
    lex = ctx.lex
    if tok.kind not in ("word", "number") or not lex.compound_hint.search(tok.lower):
        return None
    if tok.kind == "word" and not tok.is_known or tok.kind == "number":
        english = _english_compound_at(ctx, pos)
        if english is not None:
            return english
    single = _single_period(ctx, pos)
    if single is not None:
        return single
    for a in tok.analyses:
        lemma = a.lemma.lower()
        match = lex.compound_re.fullmatch(lemma) if a.pos in _ADJ_POS else (
            lex.repeat_re.fullmatch(lemma) if a.pos == "adv" else None)
        if match is None:
            continue
        bounds = _prefix_bounds(ctx, match.group(1))
        if bounds is None:
            return None
        reading = _compound_reading(ctx, pos, lex.numeral_units[match.group(2)]) if a.pos != "adv" else (
            _repetition(ctx, pos, pos))
        if reading is None or reading.unit is None:
            return _Found(None, pos + 1)
        start, qualifier = pos, "vague" if bounds[0] != bounds[1] else "exact"
        found = _qualifier_before(ctx, pos)
        if found is not None and not found[2]:
            start = found[0]
            qualifier = found[1] if qualifier == "exact" else qualifier
        factor = lex.numeral_unit_factors.get(match.group(2), 1.0) if a.pos != "adv" else 1.0  # "11-tysięczny
        # kontyngent": 11,000
        bounds = (_scaled(bounds[0], factor), _scaled(bounds[1], factor))
        value = None if qualifier == "vague" else bounds[0]
        quantity = _quantity(ctx, start, reading.end, (value, *bounds), reading.unit, qualifier,
                             (reading.label, reading.label_lemma), reading.label_token)
        return _Found(quantity, reading.end + 1)
    return None


_LENGTH_UNITS = frozenset({"km", "m"})


def _holds_persons(lex: _Lexicon, key: _Key) -> bool:
    """Is a noun of the counted lexicon a place or a thing that persons fill ("kabina", "przedział", "pokój"), not a
    group they make up ("delegacja", "para", "brygada")?"""
    return key.entry.group in ("item", "place") and key.text not in lex.containers and (
        key.text not in lex.group_members and key.text not in lex.apiece_groups)


def _compound_reading(ctx: _Context, pos: int, unit: str) -> _Reading | None:
    """Unit and label of a numeral adjective from the noun it qualifies: a period noun names the duration
    ("trzyletni kontrakt" -> contract), any other noun leaves "duration" ("distance" for km); a person noun makes
    it an age ("pięcioletnie dziecko", "24-letni mężczyzna"), the compound alone its evidence.  A size in persons
    ("trzyosobowa delegacja") is named by its noun."""
    lex = ctx.lex
    label = lex.measure_labels.get(unit, unit)
    nxt = pos + 1
    if ctx.lower(nxt) in lex.coordinators and nxt + 2 < len(ctx.tokens) and lex.compound_re.fullmatch(
            ctx.tokens[nxt + 1].lemma):
        nxt += 2  # "22-letni i 27-letni mężczyźni": both qualify the noun after the second
    if nxt >= len(ctx.tokens) or not _is_noun(ctx.tokens[nxt]) or _is_stop(ctx, nxt):
        held = _lexicon_match(ctx, pos - 1) if unit == "person" and pos > 0 and _is_noun(ctx.tokens[pos - 1]) else None
        if held is not None and _holds_persons(lex, held):  # "kabina dwuosobowa": the cabin's capacity
            return _Reading(unit, None, pos, f"{held.entry.label} {lex.capacity_label}", held.text, pos - 1)
        return _Reading(unit, None, pos, label)
    tok = ctx.tokens[nxt]
    key = _lexicon_match(ctx, nxt)
    if unit == "person" and key is not None and _holds_persons(lex, key):
        # "w czteroosobowej kabinie", "czteroosobowy przedział": what the place or vehicle holds, its capacity
        return _Reading(unit, None, nxt, f"{key.entry.label} {lex.capacity_label}", key.text, nxt)
    if unit == "person":  # "120-osobowa kompania": the group's size, named by its members (soldiers) or as the
        member = lex.group_members.get(_noun_lemma(tok, lex.group_members.keys()))  # members of the noun's group
        if member is None and ctx.has(nxt, lex.generic_groups):  # "120-osobowa grupa oficerów": officers
            of = _counted_at(ctx, nxt + 1, genitive=True)
            member = of.label if of is not None and of.known and of.unit == "person" else None
        elif member is None and key is not None:  # ("30-osobowa delegacja": the delegation, as the sets since
            member = key.entry.label  # holdout17 name it; the older ones wrote "delegation member")
        return _Reading(unit, None, nxt, member or label)
    if any(a.pos in ("subst", "depr") and ":m1" in a.tag for a in tok.analyses) or (
            key is not None and key.entry.unit == "person") or ctx.has(nxt, lex.age_persons) or (
            unit == "year" and tok.is_capitalized and not tok.text.isupper()):  # "63-letnia Olga"
        return _Reading(unit, None, pos, lex.age_label) if unit == "year" else None
    lemma = _noun_lemma(tok, lex.periods.keys())
    if lemma in lex.periods and unit in _TIME_UNITS:
        return _Reading(unit, None, nxt, lex.periods[lemma], lemma, nxt)
    if unit in _FILLED_UNITS and ctx.has(nxt, lex.containers):
        goods = _counted_at(ctx, nxt + 1, genitive=True)  # "50-kilogramowy worek ryżu": the rice a sack holds
        if goods is not None and goods.known and goods.unit == "item":
            return _Reading(unit, None, goods.end, goods.label, goods.lemma, goods.head)
    if unit in _LENGTH_UNITS and not ctx.has(nxt, lex.journey_nouns):
        # "54-kilometrowa linia": the size of a thing, not a way gone; "10-metrowa głębokość": the measure named
        measures = lex.measure_nouns.get(label, {})
        named = next((measures[lemma] for lemma in sorted(ctx.forms[nxt] & measures.keys())), lex.length_label)
        return _Reading(unit, None, nxt, named)
    return _Reading(unit, None, nxt, label)


def _produced(previous: Sequence[Quantity], sentence: int) -> Quantity | None:
    """The last quantity of the ``_MADE_SENTENCES`` sentences before ``sentence`` that counts things with a noun at a
    rate ("ok. 120 dronów miesięcznie"): what a counter after a word of production goes on counting."""
    for q in reversed(previous):
        if q.sentence < sentence - _MADE_SENTENCES:
            return None
        if q.counted_lemma and "/" in q.unit and q.unit.split("/")[0] == "item":
            return q
    return None


_MADE_SENTENCES = 3


def _carried(previous: Sequence[Quantity], sentence: int, lex: _Lexicon, reach: int = 1) -> Quantity | None:
    """The last quantity of the ``reach`` sentences before ``sentence`` among ``previous`` that counts persons or
    items with a noun."""
    for q in reversed(previous):
        if q.sentence < sentence - reach:
            return None
        if q.sentence < sentence and q.counted and q.unit.split("/")[0] in lex.antecedent_units:
            return q
    return None


_PART_REACH = 4  # sentences back to the count a later "z nich" is a part of ("11 jeńców. [...] Dwóch z nich")


def find_quantities(
    sentence: Sentence, mentions: Sequence[Mention] = (), dates: Sequence[DateExpr] = (),
    previous: Sequence[Quantity] = (), before: Sequence[Sentence] = (),
    demonyms: Mapping[str, str] = MappingProxyType({}), earlier: Sequence[Sentence] = (),
) -> list[Quantity]:
    """Quantities of one sentence, in text order, each with a span that slices back from the body.  ``previous``:
    the quantities found before it in the document (the document's running list will do); a bare amount that goes on
    counting ("Kolejne 3 tys. ma dotrzeć w grudniu.") takes the noun the sentence before counted last.  ``before``:
    the sentence before it in its paragraph, whose words (and the noun it went on counting) may tell the sense of a
    counted noun ("maszyn" after a sentence on jets).  ``earlier``: all the document's sentences before it.
    ``demonyms``: the English demonym of each country by its canonical name; a demonym counted with no role in its
    clause is named by it ("ok. 1,5 tys. Koreańczyków" -> North Korean), not as mere persons."""
    if not sentence.tokens:
        return []
    lex = _lexicon()
    read = [_token_forms(t, lex) for t in sentence.tokens]
    starts = [pos for pos, (_, start) in enumerate(read) if start]  # most words start nothing
    if not starts:
        return []
    carried = _carried(previous, sentence.index, lex) if previous else None
    ctx = _context(sentence, mentions, dates, tuple(forms for forms, _ in read), before, demonyms, earlier,
                   carried.counted_lemma if carried is not None and before else None,
                   _persons_before(previous, sentence.index, lex), _persons_in_document(previous, lex),
                   _produced(previous, sentence.index), _carried(previous, sentence.index, lex, _PART_REACH))
    out: list[Quantity] = []
    antecedent: _Counted | None = None  # the counted noun of the last quantity: a later bare amount counts it
    thing: _Counted | None = None  # the last known thing counted: a later counter with no genitive counts it
    pos = 0
    for candidate in starts:
        if candidate < pos:
            continue
        pos = candidate
        found = (_legal_term_at(ctx, pos) or _quantity_at(ctx, pos, antecedent, thing, carried)
                 or _compound_at(ctx, pos) or _within_one_period(ctx, pos, out[-1] if out else None))
        if found is not None and found.quantity is None and out:
            found = _gapped_age(ctx, pos, out[-1]) or found  # "Najmłodszy ma 19 lat, najstarszy 35"
        if found is None:
            pos += 1
            continue
        pos = found.next
        if found.quantity is not None:
            out.append(_owner_of_borrowed(found.quantity, out, carried))
            first = next((k for k in range(candidate, -1, -1) if ctx.tokens[k].start <= found.quantity.start), 0)
            if not _is_part(ctx, first):  # "Zginęło siedem osób, w tym dwoje dzieci, a ponad 40 ...": persons
                antecedent = found.counted or antecedent
            thing = found.thing or thing
    named = _weights_continued(ctx, _coordinated(ctx, out), previous)
    for naming in (_postposed_qualifiers, _rated_unit_words, _levels_before, _joined_plurals, _levels_of_change,
                   _distances_continued, _gapped_changes, _gapped_rates, _fares, _gapped_sums, _prices_per_unit,
                   _joined_durations, _open_ranges, _compared, _alternatives, _bracketed_periods, _equivalents,
                   _per_one, _unnamed_percents, _during, _capacities, _parts_of_persons, _bare_amounts_continued,
                   _kinds_of_time_continued, _rates_of_levels):  # in this order
        named = naming(ctx, named)
    named = _without_sources(ctx, named)
    if before and previous:
        named = _monthly_sums_continued(named, previous, before[-1].index)
    named = [dataclasses.replace(q, counted=lex.kinds_per_long_period.get(q.counted or "", q.counted))
             if "/" in q.unit and q.unit.split("/")[-1] in lex.long_periods
             else q for q in named]  # "pracują nawet 400 godzin w miesiącu": working time, not a shift
    named = _refined_by_sentence(ctx, named)
    named = [dataclasses.replace(q, counted=lex.item_labels[q.counted_lemma])
             if q.unit.split("/")[0] == "item" and q.counted_lemma is not None and q.counted_lemma in lex.item_labels
             else q for q in named]  # "14 ładunków": shipments (not "1,2 mln ton ładunków": cargo)
    # a rate that a naming pass carried over to a unit the schema does not rate so is dropped, not stored to fail
    named = [q if _storable(q.unit) else dataclasses.replace(q, unit=q.unit.split("/")[0]) for q in named]
    return [dataclasses.replace(q, counted=lex.unnamed_money) if q.counted == _MONEY else q for q in named]


_WAGE_REACH = 3  # sentences back (in the paragraph) to a sum per month that a wage with no period goes on from
_LARGEST_OTHER_WAGE = 1_000_000  # a monthly sum in another currency than the wage before it is below a million


def _monthly_sums_continued(found: list[Quantity], previous: Sequence[Quantity], before: int) -> list[Quantity]:
    """"Za robotnika państwo dostaje ok. 2 tys. dolarów miesięcznie. Budowlaniec kosztuje mniej – ok. 1,2 tys.
    dolarów.": the first sum of a sentence, named by none of its words (or a wage by them), right after a sentence of
    its paragraph whose last sum is paid per month, is paid per month too (a wage goes on being told); a wage goes on
    from a sum per month up to ``_WAGE_REACH`` sentences back in the paragraph ("Robotnik dostaje do ręki 250-300
    dolarów") - unless it is far larger (at most ten times the wage in its currency, or a million in another:
    "Budżet odbudowy to ok. 150 mld rubli" is no wage)."""
    first = next((n for n, q in enumerate(found) if _CURRENCY_RE.fullmatch(q.unit.split("/")[0])), None)
    if first is None or found[first].counted not in (_MONEY, "wage") or "/" in found[first].unit:
        return found  # a take-home sum goes on too ("Robotnik dostaje do ręki nie więcej niż 250 dolarów")
    last = next((q for q in reversed(previous) if _CURRENCY_RE.fullmatch(q.unit.split("/")[0])), None)
    if last is not None and last.sentence != before:
        last = None
    if found[first].counted == "wage":  # a wage goes on being paid per month a few sentences on
        last = next((q for q in reversed(previous) if q.unit.endswith("/month") and _CURRENCY_RE.fullmatch(
            q.unit.split("/")[0]) and q.sentence > before - _WAGE_REACH), last)
    if last is None or not last.unit.endswith("/month"):
        return found
    amount, wage = _largest(found[first]), _largest(last)
    if amount > (10 * wage if found[first].unit == last.unit.split("/")[0] else _LARGEST_OTHER_WAGE):
        return found
    out = list(found)
    out[first] = dataclasses.replace(found[first], unit=f"{found[first].unit}/month")
    return out


def _refinement(label: str, cues: Any) -> tuple[str, frozenset[str], frozenset[str], frozenset[str]]:
    """A narrower label of ``refinements``: its cues, a list or ``{cues: [...], unless: [...], units: [...]}``."""
    if isinstance(cues, Mapping):
        return label, _words(cues["cues"]), _words(cues.get("unless", [])), _words(cues.get("units", []))
    return label, _words(cues), frozenset(), frozenset()


def _refined_by_sentence(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """A label its sentence makes narrower (``refinements``): a theft in a sentence on crypto assets is of stolen
    cryptocurrency ("hakerzy ukradli ok. 2,1 mld dolarów w kryptowalutach")."""
    refinements = ctx.lex.refinements
    if not any(q.counted in refinements for q in found):
        return found
    out = []
    for q in found:
        narrower = next((label for label, cues, unless, units in refinements.get(q.counted or "", ())
                         if (not units or q.unit.split("/")[0] in units)
                         and any(not forms.isdisjoint(cues) for forms in ctx.forms)
                         and all(forms.isdisjoint(unless) for forms in ctx.forms)), None)
        out.append(dataclasses.replace(q, counted=narrower) if narrower is not None else q)
    return out


def _owner_of_borrowed(quantity: Quantity, earlier: Sequence[Quantity], carried: Quantity | None) -> Quantity:
    """A bare amount that counts the noun of an earlier amount ("ok. 14 tys. żołnierzy KRLD ..., z których ok. 6
    tys. zginęło") counts that noun's owner too (North Korea)."""
    if quantity.actor is not None or quantity.counted_token is None:
        return quantity
    for q in (*reversed(earlier), *((carried,) if carried is not None else ())):
        if q.counted_token == quantity.counted_token and q.actor is not None:
            return dataclasses.replace(quantity, actor=q.actor)
    return quantity


def _is_part(ctx: _Context, pos: int) -> bool:
    """Does the amount at ``pos`` count a part of what the amount before it counts ("w tym dwoje dzieci", "z czego
    trzy")?  A later bare amount counts the whole, not the part."""
    return (ctx.lower(pos - 2), ctx.lower(pos - 1)) in ctx.lex.part_openers


def _open_ranges(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"od ok. 1 500 do ponad 2 300 osób": a range whose ends carry qualifiers of their own is two amounts; the
    first, bare, counts what the second counts.  So does the first of a change of level ("wzrosło z ok. 1 500 do
    ponad 2 300 osób")."""
    if not any(q.unit == "count" and q.counted is None for q in found[:-1]):
        return found
    out = list(found)
    starts = {t.start: k for k, t in enumerate(ctx.tokens)}
    ends = {t.end: k for k, t in enumerate(ctx.tokens)}
    for n in range(len(out) - 1):
        q, nxt = out[n], out[n + 1]
        first, last, following = starts.get(q.start), ends.get(q.end), starts.get(nxt.start)
        if q.unit != "count" or q.counted is not None or nxt.counted is None:
            continue
        if first is None or last is None or following is None:
            continue
        opener = ctx.lower(first - 1)
        if (opener in ctx.lex.range_openers or opener in ctx.lex.level_openers) and ctx.lower(last + 1) == "do" and (
            following == last + 2
        ):
            unit = nxt.unit.split("/")[0]
            out[n] = dataclasses.replace(q, unit=unit, counted=nxt.counted, counted_lemma=nxt.counted_lemma,
                                         actor=nxt.actor)
    return out


_MEASURED_UNITS = ("person", "item", "count", "percent")


def _per_one(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Jeden lot Ił-76 kosztuje 50 tys. dolarów", "Regeneracja jednej lufy trwa 10 dni": "one" thing that a price,
    duration or measure of the same sentence is given per is the unit of that figure, not a count; dropped.  So is
    "one" opening the sentence before any other figure of it ("Jeden statek zabiera od 180 do 250 kontenerów",
    "Jeden informatyk może zarobić nawet 5 tys."): what one of a kind does."""
    if len(found) < 2:
        return found
    measured = any(q.unit.split("/")[0] not in _MEASURED_UNITS for q in found)
    first_token = {t.start: t for t in ctx.tokens}
    opening = next((t.start for t in ctx.tokens if t.kind != "punct"), None)
    return [q for n, q in enumerate(found) if not (
        q.value == 1 and q.unit in ("item", "person") and q.qualifier == "exact"
        and (tok := first_token.get(q.start)) is not None and tok.readings("jeden")
        and (measured and q.unit == "item" or q.start == opening and n == 0
             or _measured_in_clause_after(ctx, q, found[n + 1:]) or _ratio_base(ctx, q))
    )]


def _measured_in_clause_after(ctx: _Context, one: Quantity, later: Sequence[Quantity]) -> bool:
    """Is a price, a wage or a span of time given by the verb after "one" in its clause ("Według FBI jeden programista
    zarabia od 3 do 5 tys. dolarów", "sprawdzenie jednego kandydata zajmuje ok. pół godziny"; not "oskarżyli czterech
    obywateli i jednego Rosjanina o wyprowadzenie ok. 6 mln dolarów", with no verb between)?"""
    bounds = ctx.token_bounds()
    for q in later:
        if q.unit.split("/")[0] in _MEASURED_UNITS:
            continue
        gap = _gap(bounds, one, q)
        return gap is not None and not any(ctx.lower(k) in ctx.lex.clause_boundaries for k in gap) and any(
            ctx.tokens[k].has_pos("fin", "praet", "imps") for k in gap)
    return False


def _ratio_base(ctx: _Context, one: Quantity) -> bool:
    """Is "one" what a count is given per: after "na", past a noun of doing ("Na przechwycenie jednej rakiety
    potrzeba dwóch, trzech pocisków", "na jednego żołnierza przypadają trzy drony")?"""
    first = ctx.token_bounds()[0].get(one.start)
    if first is None or first < 1:
        return False
    before = first - 1 if not ctx.tokens[first - 1].has_pos("ger") else first - 2
    return before >= 0 and ctx.lower(before) == "na"


def _bare_amounts_continued(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"drwal dostaje ok. 60 tys. rubli miesięcznie, rybak na trawlerze nawet 90 tys.", "ok. 86 mln euro, z czego
    ponad 40 mln", "do portu jest ok. 55 km, do Władywostoku – przeszło dwieście": an amount with nothing after its
    number, in a clause that leaves out its verb right after a sum or a measure of its sentence, is in that one's
    unit (and rate), of what it measures - not a count of persons or things borrowed from further back; after a span
    of time only as a part of it ("120–150 godzin, z czego ok. 40")."""
    if len(found) < 2:
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        measured = before.unit.split("/")[0]
        first = bounds[0].get(q.start)
        if measured in _TIME_UNITS and first is not None and _is_part(ctx, first):
            pass  # a part of a span of time: "ma wylatać 120–150 godzin, z czego ok. 40 na Su-30"
        elif measured in _MEASURED_UNITS or measured in _TIME_UNITS or "/" in q.unit or (
                q.unit.split("/")[0] not in ("count", "person", "item")):
            continue  # not after a span of time ("dzieci w wieku 4 i 11 lat, a co najmniej 27 zostało rannych")
        last = bounds[1].get(q.end)
        if last is None or not (ctx.tokens[last].kind == "number" or _multiplier_at(ctx, last) is not None
                                or _is_number_word(ctx, last) is not None):
            continue  # "ok. 40 tys. odbiorców": a noun of its own
        rest = range(last + 1, min(last + 3, _clause(ctx, last, last).stop))  # its verb right after it
        if not _verbless_join(ctx, _gap(bounds, before, q), 6, (",", "a", "–", "—")) or any(
                _is_verb(ctx, k) for k in rest):
            continue  # a verb of its own, before or after it, says what it is
        out[n] = dataclasses.replace(q, unit=before.unit, counted=before.counted, counted_lemma=before.counted_lemma,
                                     counted_token=before.counted_token)
    return out


def _gapped_age(ctx: _Context, pos: int, last: Quantity) -> _Found | None:
    """ "Najmłodszy ma 19 lat, najstarszy 35": a bare number that ends a clause leaving out its verb, right after an
    age, is an age too (a person's, at most ``_OLDEST``)."""
    if last.counted != ctx.lex.age_label or last.unit != "year":
        return None
    amount = _read_amount(ctx, pos)
    if amount is None or amount.kind not in ("digits", "words") or amount.multiplied or not (
            1 <= amount.low <= _OLDEST) or amount.low != amount.high:
        return None
    if amount.last + 1 < len(ctx.tokens) and ctx.tokens[amount.last + 1].kind != "punct":
        return None
    end = ctx.token_bounds()[1].get(last.end)
    if end is None or not _verbless_join(ctx, range(end + 1, pos), 4, (",", "–", "—", "a")) or any(
            ctx.tokens[k].has_pos("prep") and ctx.lower(k) != "a" for k in range(end + 1, pos)):
        return None  # not "ma 19 lat, w domu 3"
    quantity = _quantity(ctx, pos, amount.last, (amount.low, amount.low, amount.low), "year", "exact",
                         (ctx.lex.age_label, None), None)
    return _Found(quantity, amount.last + 1)


_OLDEST = 120  # years: no person is older


def _kinds_of_time_continued(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Najmłodszy ma 19 lat, najstarszy – 31 lat", "cztery lata więzienia dla prezesa i trzy lata dla wiceprezesa":
    a span of time in a clause that leaves out its verb right after one of a kind (an age, a prison term) in the
    same unit is of that kind too."""
    plain = ctx.lex.measure_labels
    if not any(q.unit in _TIME_UNITS and q.counted not in (None, plain.get(q.unit)) for q in found[:-1]):
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        if q.unit not in _TIME_UNITS or q.unit != before.unit or q.counted != plain.get(q.unit) or (
                before.counted in (None, plain.get(before.unit))):
            continue
        if _verbless_join(ctx, _gap(bounds, before, q), 5, (",", "–", "—", "a", "i")):
            out[n] = dataclasses.replace(q, counted=before.counted, counted_lemma=before.counted_lemma,
                                         counted_token=None)
    return out


def _verbless_join(ctx: _Context, gap: range | None, reach: int, joins: tuple[str, ...]) -> bool:
    """Are the words ``gap`` between two amounts the start of a clause that leaves out its verb: at most ``reach``
    words, one of ``joins`` among them, no verb ("rybak na trawlerze" after ", ": "..., rybak na trawlerze nawet 90
    tys.")?"""
    return gap is not None and len(gap) <= reach and any(ctx.lower(k) in joins for k in gap) and not any(
        _is_verb(ctx, k) for k in gap)


def _is_verb(ctx: _Context, pos: int) -> bool:
    """A finite verb, a past form, an impersonal or an infinitive at ``pos`` that is no noun too."""
    tok = ctx.tokens[pos]
    return tok.has_pos("fin", "praet", "imps", "inf") and not tok.has_pos(*_NOUN_POS)


def _parts_of_persons(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Pod Kurskiem walczy 11 tys. żołnierzy, w tym 300 Koreańczyków", "objęło sankcjami 15 osób i dwie organizacje,
    w tym trzech obywateli Rosji": people of a nation, or mere persons, counted as a part (``part_openers``) of persons
    of a kind counted before them in the sentence are of that kind."""
    plain = {"person", *ctx.demonyms.values()}
    if len(found) < 2 or not any(q.unit == "person" and (q.counted in plain or (q.counted or "").endswith(" citizen"))
                                 for q in found[1:]):
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n in range(1, len(out)):
        q = out[n]
        first = bounds[0].get(q.start)
        if q.unit != "person" or first is None or not _is_part(ctx, first) or not (
                q.counted in plain or (q.counted or "").endswith(" citizen")):
            continue
        whole = next((b for b in reversed(out[:n]) if b.unit == "person" and b.counted in ctx.lex.member_kinds), None)
        if whole is not None:
            out[n] = dataclasses.replace(q, counted=whole.counted)
    return out


def _capacities(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """Persons, or a weight, that a place or a vehicle holds are its capacity (``capacity``): after a verb of holding
    in their clause ("Statek może pomieścić do 350 osób", "wagony mieszczą po ok. 65 ton") or after "na" right after
    a noun of a place or a vehicle ("w kontenerowych miasteczkach na ok. 500 osób", "Hotel na 300 osób")."""
    lex = ctx.lex
    plain = ("person", lex.measure_labels.get("t"))
    if not any(q.counted in plain for q in found):
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n, q in enumerate(out):
        first = bounds[0].get(q.start)
        if q.counted not in plain or first is None or q.unit.split("/")[0] not in ("person", "t"):
            continue
        qualified = _qualifier_before(ctx, first)
        opening = qualified[0] if qualified is not None else first
        opening -= 1 if ctx.lower(opening - 1) in lex.apiece else 0  # "mieszczą po ok. 65 ton"
        held = any(ctx.has(k, lex.capacity_verbs) for k in range(max(opening - 3, 0), opening)
                   if not any(ctx.lower(j) in lex.clause_boundaries for j in range(k, opening)))
        if not held and opening >= 2 and ctx.lower(opening - 1) == "na" and _is_noun(ctx.tokens[opening - 2]):
            key = _lexicon_match(ctx, opening - 2)
            held = key is not None and (key.entry.group == "place" or key.text in lex.frequency_vehicles)
        if held:
            out[n] = dataclasses.replace(q, counted=lex.capacity_label, counted_lemma=None, counted_token=None)
    return out


_PERCENT_UNITS = ("percent", "pp")  # a percent, and percentage points: what they measure is named alike


def _unnamed_percents(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """A percent still unnamed after every other rule is a difference before a comparison word ("o 30 proc.
    tańsza"), the change its clause's verb says after "o" ("wzrosły o 62 proc." -> growth), or else a share
    ("Ponad 60 proc. to kobiety"); see ``unnamed_percent`` in quantities.yaml."""
    if not any(q.unit in _PERCENT_UNITS and q.counted is None for q in found):
        return found
    lex = ctx.lex
    by_start, by_end = ctx.token_bounds()
    out = list(found)
    for n, q in enumerate(out):
        first, last = by_start.get(q.start), by_end.get(q.end)
        if q.unit not in _PERCENT_UNITS or q.counted is not None or first is None or last is None:
            continue
        label: str | None = lex.unnamed_share if q.unit == "percent" else None  # points are no share
        compared = _comparison_after(ctx, last + 1)
        if compared is not None:
            word = ctx.lower(last + 1)
            label = lex.unnamed_amount_change[word] if word in lex.amount_comparisons and _than_before(ctx, last + 2) \
                else lex.unnamed_difference
            if label == lex.unnamed_difference and _than_before(ctx, last + 2):
                label = lex.compared_changes.get(compared, label)  # "zbiory były o 8 proc. niższe niż przed rokiem"
            if label == lex.unnamed_difference and any(ctx.has(k, lex.price_cues) for k in _clause(ctx, first, last)
                                                       if k != last + 1):
                label = lex.price_difference  # "po cenach o ok. 30 proc. niższych od rynkowych" (not "tańszy" alone)
        elif ctx.lower(first - 1) in lex.changed_by or ctx.has(first - 1, lex.change_verbs.keys()):
            verbs = (sorted(ctx.forms[k] & lex.change_verbs.keys()) for k in _clause(ctx, first, last))
            verb = next((found_verbs[0] for found_verbs in verbs if found_verbs), None)
            label = lex.change_verbs[verb] if verb is not None else None
        if label is not None:
            out[n] = dataclasses.replace(q, counted=label)
    return out


def _than_before(ctx: _Context, pos: int) -> bool:
    """"niż rok wcześniej", "niż w analogicznym okresie", "niż w 2024 r." at ``pos``: a comparison with an earlier
    time, so a change over time, not a difference between two things ("niż w przypadku pracowników z Uzbekistanu")."""
    if not ctx.has(pos, ctx.lex.than):
        return False
    return any(ctx.has(k, ctx.lex.earlier_times) or _YEAR_RE.fullmatch(ctx.lower(k)) is not None
               for k in range(pos + 1, min(pos + 5, len(ctx.tokens))) if ctx.tokens[k].kind != "punct")


def _comparison_after(ctx: _Context, pos: int) -> str | None:
    """The change a comparison word at ``pos`` says ("więcej", "większe" -> growth; "mniej", "tańsza" -> decrease)."""
    if not 0 <= pos < len(ctx.tokens):
        return None
    comparisons = ctx.lex.comparisons
    return comparisons.get(ctx.lower(pos)) or next(
        (comparisons[lemma] for a in ctx.tokens[pos].analyses
         if ":com" in a.tag and (lemma := a.lemma.split(":")[0].lower()) in comparisons), None)


def _gap(bounds: tuple[Mapping[int, int], Mapping[int, int]], before: Quantity, q: Quantity) -> range | None:
    """Token positions between two quantities of a sentence (``bounds``: ``ctx.token_bounds()``); None when either
    span is no run of whole tokens or nothing stands between them."""
    by_start, by_end = bounds
    last, first = by_end.get(before.end), by_start.get(q.start)
    if last is None or first is None or first <= last + 1:
        return None
    return range(last + 1, first)


def _gapped_changes(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Eksport wzrósł o ponad 300 proc., a do Armenii – o blisko 150 proc.", "Ceny benzyny spadły o 10 proc., a ceny
    oleju napędowego o 12 proc.": an unnamed percent after "o" in a clause that leaves out the verb of change before it
    is the same change, of the measured noun of its own clause if it names one."""
    if not any(q.unit in _PERCENT_UNITS and q.counted is None for q in found[1:]):
        return found
    lex = ctx.lex
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        if q.unit not in _PERCENT_UNITS or q.counted is not None or before.unit != q.unit or before.counted_lemma is None:
            continue
        change = (lex.change_verbs.get(before.counted_lemma) or lex.change_nouns.get(before.counted_lemma)
                  or lex.change_objects.get(before.counted_lemma))
        between = _gap(bounds, before, q)
        if change is None or between is None or ctx.lower(between[-1]) not in lex.changed_by:
            continue
        if not any(ctx.lower(k) in lex.clause_joins for k in between) or any(
                ctx.tokens[k].has_pos(*_VERB_POS) for k in between):
            continue
        nouns = [k for k in between if _is_noun(ctx.tokens[k])]
        measured = next((m for k in nouns if (m := _measured_at(ctx, k, by_thing=False)) is not None), None)
        if measured is None and (thing := next((m for k in nouns if (m := _measured_at(ctx, k)) is not None),
                                               None)) is not None:
            # "ceny benzyny spadły o 15 proc., a oleju napędowego – o 10 proc.": the owner of the same measure
            first = bounds[0].get(before.start, 0)
            measure = next((key[0] for k in _clause(ctx, first, first) if k < first
                            and (key := _measured_key(ctx, k)) is not None), None)
            measured = f"{thing} {measure}" if measure is not None else thing
        label = _change_label(lex, measured, change) if measured is not None else before.counted
        out[n] = dataclasses.replace(q, counted=label, counted_lemma=before.counted_lemma)
    return out


def _gapped_rates(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Rosjanie wystrzeliwują dziennie 20 tys. pocisków, Ukraińcy ok. 7 tys.": a count of the same thing in a clause
    that leaves out its verb, or contrasted with it (``contrasts``), keeps the rate of the count before it; so does a
    sum of money its own words do not name ("szeregowy dostaje 100–150 dolarów miesięcznie, a podoficer ok. 300
    dolarów")."""
    if not any("/" in before.unit and "/" not in q.unit for before, q in itertools.pairwise(found)):
        return found  # no count without a rate after one with a rate: most sentences
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        if "/" in q.unit or "/" not in before.unit or q.counted is None:
            continue
        unit, period = before.unit.split("/", 1)
        money = bool(_CURRENCY_RE.fullmatch(unit) and _CURRENCY_RE.fullmatch(q.unit))  # a wage in roubles after dollars
        if q.counted != before.counted and not (money and q.counted == _MONEY):
            continue
        gap = _gap(bounds, before, q)
        if (q.unit != unit and not money) or period not in _TIME_UNITS or gap is None:
            continue
        joined = any(ctx.lower(k) == "," or _match_at(ctx, k, ctx.lex.contrasts) is not None for k in gap)
        if not _rate_written(ctx, bounds, before):
            continue  # "dzień leczenia kosztuje 18 tys. rubli, a pełna kuracja – 500 tys.": per the subject's day only
        if money and q.unit == unit and _largest(q) > _RATED_SPAN * _largest(before):
            continue  # "600 tys. rubli rocznie, a całego programu – ponad 500 mln rubli": a total, not a rate
        last = bounds[1].get(q.end)
        rest = range(last + 1, _clause(ctx, last, last).stop) if last is not None else range(0)
        if joined and not any(_is_verb(ctx, k) or (_measure_at(ctx, k) in _TIME_UNITS and ctx.lower(k + 1) not in
                                                   ctx.lex.following_non_count) for k in (*gap, *rest)):
            # not "110 dronów na dobę, a w rekordowym tygodniu – ponad 900": a period of its own; "1,5 tys. studentów
            # rocznie zamiast dotychczasowych ok. 900", "wobec kilkunastu rok wcześniej": contrasted, at the same rate
            out[n] = dataclasses.replace(q, unit=f"{q.unit}/{period}")
    return out


_RATED_SPAN = 100  # a sum in the same currency this many times larger than a rated one is no rate of its kind


def _largest(q: Quantity) -> float:
    return max(v for v in (q.value, q.low, q.high) if v is not None)


def _rate_written(ctx: _Context, bounds: tuple[Mapping[int, int], Mapping[int, int]], q: Quantity) -> bool:
    """Is the period of ``q``'s rate written in its span or before it in its clause ("100 dolarów miesięcznie",
    "Miesięcznie przechodzi 20 pojazdów"), not told by the unit its subject names ("dzień leczenia kosztuje")?"""
    first, last = bounds[0].get(q.start), bounds[1].get(q.end)
    if first is None or last is None:
        return True
    lex = ctx.lex
    return any(_match_at(ctx, k, lex.rate_periods) is not None or _match_at(ctx, k, lex.money_per) is not None
               for k in range(first, last + 1)) or _opening_period(ctx, first) is not None


def _rated_unit_words(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"about 3,800 b/d", "20,000 bpd": a unit written with its period (``rated_units``: barrels a day) that a count
    read as its noun ends with: that thing a period, the span taking the whole unit in."""
    lex = ctx.lex
    by_end = ctx.token_bounds()[1]
    out = []
    for q in found:
        last = by_end.get(q.end)
        rated = _match_at(ctx, last, lex.rated_units) if last is not None and q.unit == "item" else None
        if rated is not None:
            label, period = rated[1].split("/")
            end = ctx.tokens[rated[0] - 1].end
            q = dataclasses.replace(q, unit=f"item/{period}", counted=label, counted_lemma=None, end=end,
                                    text=ctx.text[q.start - ctx.offset : end - ctx.offset])
        out.append(q)
    return out


def _levels_before(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"four times a week from July, up from two", "14 times in July, up from five": a bare amount after "up from"
    or "down from" (``english_levels_before``) is the level before the change, of what the amount before it in the
    sentence counts, in its unit."""
    lex = ctx.lex
    if not found or not any(ctx.lower(q) in ("up", "down") for q in range(len(ctx.tokens))):
        return found
    by_start = ctx.token_bounds()[0]
    out = list(found)
    for q in range(len(ctx.tokens)):
        level = _match_at(ctx, q, lex.english_levels_before)
        if level is None or level[0] >= len(ctx.tokens) or level[0] in [by_start.get(x.start) for x in out]:
            continue
        amount = _read_amount(ctx, level[0])
        before = [x for x in out if x.end <= ctx.tokens[q].start]
        if amount is None or amount.kind not in ("digits", "words") or not before:
            continue  # (an amount with a noun of its own was read already: "up from 5,000 workers")
        last = before[-1]
        value = amount.low if amount.low == amount.high else None
        made = _quantity(ctx, level[0], amount.last, (value, amount.low, amount.high), last.unit,
                         "exact" if value is not None else "range", (last.counted, last.counted_lemma), None, last.actor)
        out.insert(len(before), made)
    return out


_ENGLISH_PLURALS = frozenset({"people", "personnel", "staff", "police", "troops", "men", "women", "children"})


def _joined_plurals(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"more than 130 individuals and entities", "up to 1,500 welders and fitters", "135 tankers and cargo ships": in
    English one count of the things (or persons) of its noun and of a plural noun joined to it with no number of its
    own, named by both; persons and bodies are items (the sanctions' targets)."""
    by_end = ctx.token_bounds()[1]
    out = []
    for q in found:
        last = by_end.get(q.end, -1)
        key = _lexicon_match(ctx, last + 2) if (
            q.unit in ("person", "item") and q.counted and last >= 0 and ctx.english(last)
            and ctx.tokens[last].kind == "word" and ctx.lower(last + 1) == "and"
            and last + 2 < len(ctx.tokens)) else None
        end_at = last + 2 + len(key.words) if key is not None else 0  # past the joined noun
        plural = key is not None and ctx.lower(end_at - 1).endswith("s") and (  # both plural: not "one radar and
            ctx.lower(last).endswith("s") or ctx.lower(last) in _ENGLISH_PLURALS)  # components"
        if key is not None and plural and (key.entry.unit == q.unit or key.entry.group == "organisation"):
            unit = q.unit if key.entry.unit == q.unit else "item"
            end = ctx.tokens[end_at - 1].end
            q = dataclasses.replace(q, unit=unit, counted=f"{q.counted} and {key.entry.label}", end=end,
                                    text=ctx.text[q.start - ctx.offset : end - ctx.offset])
        out.append(q)
    return out


def _levels_of_change(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"lower its price cap from $47.60 to $44.10 a barrel", "pensje wzrosły z 300 dolarów do 500 dolarów
    miesięcznie": the level before a change is measured as the level after it - its rate and what it is."""
    if len(found) < 2:
        return found
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        before, q = out[n - 1], out[n]
        gap = _gap(bounds, before, q)
        if gap is None or len(gap) != 1 or ctx.lower(gap[0]) not in _CHANGED_TO or "/" in before.unit:
            continue
        if before.unit != q.unit.split("/")[0] or not _changed_from(ctx, bounds[0][before.start]):
            continue
        plain = (_MONEY, ctx.lex.unnamed_money, ctx.lex.measure_labels.get(before.unit))
        named = before.counted if before.counted not in plain else q.counted  # "Zasięg wzrósł ze 100 km do 150 km"
        out[n - 1] = dataclasses.replace(before, unit=q.unit, counted=named)
    return out


def _rates_of_levels(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Zakłady produkują ok. 5,5 tys. dronów miesięcznie, a produkcja ma wzrosnąć do 6 tys.": a level a verb of change
    brings a count to ("do" after it, ``do_not_bound_after``), of the thing a rated count before it in the sentence
    counts and with no period of its own, is at that count's rate."""
    if not any("/" in q.unit for q in found[:-1]):
        return found
    out = list(found)
    starts = ctx.token_bounds()[0]
    for n in range(1, len(out)):
        q = out[n]
        first = starts.get(q.start)
        if "/" in q.unit or first is None or first < 2 or ctx.lower(first - 1) != "do" or not ctx.has(
                first - 2, ctx.lex.do_not_bound_after):
            continue
        rated = next((b for b in reversed(out[:n]) if b.counted == q.counted and b.unit.split("/")[0] == q.unit), None)
        if rated is not None and "/" in rated.unit:
            out[n] = dataclasses.replace(q, unit=rated.unit)
    return out


def _postposed_qualifiers(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """ "Another 300 or so", "1,100 or more": a qualifier written after an exact amount (``qualifiers_after``) is its
    qualifier, and the evidence span takes it in."""
    lex = ctx.lex
    by_end = ctx.token_bounds()[1]
    out = []
    for q in found:
        last = by_end.get(q.end)
        after = _match_at(ctx, last + 1, lex.qualifiers_after) if last is not None and q.qualifier == "exact" else None
        if after is not None:
            end = ctx.tokens[after[0] - 1].end
            q = dataclasses.replace(q, qualifier=after[1], end=end, text=ctx.text[q.start - ctx.offset : end - ctx.offset])
        out.append(q)
    return out


def _fares(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Za bilet w obie strony trzeba zapłacić ok. 26 tys. rubli", "Miejsce w czteroosobowym przedziale kosztuje ok.
    54 tys. rubli", "kosztuje 18 500 rubli w jedną stronę": a price, a cost or a sum nothing names in a clause that
    speaks of a ticket is a ticket price (``tickets``)."""
    tickets = ctx.lex.tickets
    if not any(q.counted in tickets.relabelled or q.counted == _MONEY for q in found):
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n, q in enumerate(found):
        first, last = bounds[0].get(q.start), bounds[1].get(q.end)
        if first is None or last is None or not (q.counted in tickets.relabelled or q.counted == _MONEY):
            continue
        if not _CURRENCY_RE.fullmatch(q.unit.split("/")[0]):
            continue
        clause = _clause(ctx, first, last)
        if any(_speaks_of_ticket(ctx, k) for k in clause):
            out[n] = dataclasses.replace(q, counted=tickets.label, counted_lemma=None, counted_token=None)
    return out


def _speaks_of_ticket(ctx: _Context, pos: int) -> bool:
    """Does a ticket's word, phrase or a seat in a vehicle ("miejsce w wagonie sypialnym") start at ``pos``?"""
    tickets = ctx.lex.tickets
    if ctx.has(pos, tickets.words) and _is_noun(ctx.tokens[pos]):
        return True
    if _match_at(ctx, pos, tickets.phrases) is not None:
        return True
    return ctx.has(pos, tickets.seats) and ctx.lower(pos + 1) in ("w", "we") and any(
        ctx.has(k, tickets.vehicles) for k in range(pos + 2, min(pos + 5, len(ctx.tokens))))


def _gapped_sums(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"premię w wysokości 100 tys. rubli, za zestrzelonego drona – 15 tys. rubli, a za jeńca nawet 500 tys.": a sum
    nothing names, in a clause that leaves out its verb after a named sum in the same currency, is of the same kind;
    so is one given as the other choice of a named sum or share ("grzywnami w wysokości co najmniej 5 proc. obrotu
    lub co najmniej 40 mln euro").  A dash that stands for the verb left out ties a sum in another currency too, past
    the amounts that are no sums ("kosztuje ok. 1,2 tys. dolarów, a zachodni pocisk 155 mm – 3,5–4 tys. euro", "kabina
    czteroosobowa kosztuje 18 500 rubli, a dwuosobowa – 32 tys. rubli")."""
    if not any(q.counted == _MONEY for q in found[1:]):
        return found
    bounds = ctx.token_bounds()
    out = list(found)
    for n in range(1, len(out)):
        q = out[n]
        currency = q.unit.split("/")[0]
        if q.counted != _MONEY or not _CURRENCY_RE.fullmatch(currency):
            continue
        before = out[n - 1]
        first = bounds[0].get(q.start)
        dashed = first is not None and ctx.lower(first - 1) in _DASHES
        if dashed:  # the sum before, past amounts that are no sums
            before = next((b for b in reversed(out[:n]) if _CURRENCY_RE.fullmatch(b.unit.split("/")[0])), before)
        if before.counted in (None, _MONEY):
            continue
        gap = _gap(bounds, before, q)  # a verb of its own ends the gapping; a word that is also a noun ("niewoli") not
        choice = gap is not None and len(gap) == 1 and ctx.lower(gap.start) in ctx.lex.choice_words and (
            before.unit.split("/")[0] in (currency, "percent"))
        same = before.unit.split("/")[0] == currency or (dashed and _CURRENCY_RE.fullmatch(before.unit.split("/")[0]))
        if choice or (same and gap is not None and any(ctx.lower(k) == "," for k in gap)
                      and not any(ctx.tokens[k].has_pos(*_VERB_POS) and not ctx.tokens[k].has_pos(*_NOUN_POS)
                                  for k in gap)):
            out[n] = dataclasses.replace(q, counted=before.counted, counted_lemma=before.counted_lemma)
    return out


def _prices_per_unit(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """A sum with no rate of its own: "Za tonę saletry KRLD płaci ok. 24 tys. rubli" is per tonne (the unit named
    before it in its clause); "kosztuje 120-150 tys. rubli miesięcznie, podczas gdy mediana pensji przekracza 250
    tys. rubli" is per month (the rate of the sum in the same currency it is contrasted with, ``contrasts``)."""
    if not any(_CURRENCY_RE.fullmatch(q.unit) for q in found):
        return found
    lex = ctx.lex
    bounds = ctx.token_bounds()
    out = list(found)
    for n, q in enumerate(out):
        first = bounds[0].get(q.start)
        if not _CURRENCY_RE.fullmatch(q.unit) or first is None:
            continue
        clause = _clause(ctx, first, first)
        # a unit that ends the sum before it is that sum's ("rzędu 650 dolarów za tonę taki wolumen to towar wart ok.
        # 220 mln dolarów": the total is not per tonne)
        taken = [bounds[1][b.end] for b in out[:n] if b.end in bounds[1]]
        opening = max([clause.start, *(t + 1 for t in taken)])
        per = next((found_per[1] for k in range(opening, first)
                    if (found_per := _match_at(ctx, k, lex.money_per)) is not None and found_per[1] not in _COUNT_UNITS
                    and ctx.has(k, lex.per_openers)), None)
        if per is not None:
            out[n] = dataclasses.replace(q, unit=f"{q.unit}/{per}")
            continue
        before = next((b for b in reversed(out[:n]) if "/" in b.unit and b.unit.split("/")[0] == q.unit), None)
        gap = _gap(bounds, before, q) if before is not None else None
        if before is not None and gap is not None and any(
                _match_at(ctx, k, lex.contrasts) is not None for k in gap):
            out[n] = dataclasses.replace(q, unit=before.unit)
            if q.counted in (_MONEY, lex.unnamed_money, "sale value", "purchase value"):  # the worth of no one thing:
                # "po 55 dolarów za baryłkę wobec ponad 80 dolarów na rynku" is a price per barrel too
                out[n] = dataclasses.replace(out[n], counted=before.counted, counted_lemma=before.counted_lemma)
    return out


def _distances_continued(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"Linia ma 62 km długości, w tym 48 km po stronie rosyjskiej", "strzelają na 60 km, a zwykłymi pociskami – na
    przeszło 40 km": a distance that nothing names goes on measuring what the distance before it in the sentence
    measured (a length, a range); not one measured from a place ("40 km od granicy")."""
    lex = ctx.lex
    plain = lex.distance_units
    if sum(1 for q in found if q.unit in plain) < 2:
        return found
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        q = out[n]
        last = bounds[1].get(q.end)
        if q.unit not in plain or q.counted != "distance" or last is None or ctx.has(last + 1, lex.distance_from):
            continue
        before = next((b for b in reversed(out[:n]) if b.unit in plain), None)
        if before is not None and before.counted not in (None, "distance"):
            out[n] = dataclasses.replace(q, counted=before.counted, counted_lemma=before.counted_lemma)
    return out


def _weights_continued(ctx: _Context, found: list[Quantity], previous: Sequence[Quantity]) -> list[Quantity]:
    """"Rosja wyeksportuje ok. 43 mln ton pszenicy, więc 50 tys. ton dla Pjongjangu to niewiele", "W 2022 r. sprzedała
    3 tys. ton pszenicy. Dziś wysyła 8 tys. ton miesięcznie": a weight that nothing names weighs what the weight
    before it in the sentence, or the last weight of the sentence before, weighed (wheat)."""
    lex = ctx.lex
    out = list(found)
    starts = ctx.token_bounds()[0]
    for n, q in enumerate(out):
        unit = q.unit.split("/")[0]
        if unit not in lex.cargo_units or q.counted != lex.measure_labels.get(unit):
            continue
        first = starts.get(q.start)
        if first is None or (first > 0 and _is_noun(ctx.tokens[first - 1])
                             and "nom" in ctx.tokens[first - 1].cases(_NOUN_POS)
                             and (named := _counted_at(ctx, first - 1)) is not None and named.known):
            continue  # "dron waży 200 kg, a jego głowica 50 kg": another thing's weight
        last = _named_weight_before(lex, previous, q.sentence)
        goods = _goods_before(ctx, first)
        named_before = goods is not None and goods[2] < _clause(ctx, first, first).start
        if last and goods is not None:
            last = []  # "... dopuścili połów kraba królewskiego, na razie 500 ton": the goods this sentence names
        before = next((b for b in (*reversed(out[:n]), *last) if b.unit.split("/")[0] in lex.cargo_units), None)
        if before is not None and _names_weight(lex, before):
            out[n] = dataclasses.replace(q, counted=before.counted, counted_lemma=before.counted_lemma)
        elif goods is not None and named_before:  # "dali nam worek ryżu, 20 kg": the goods of a clause before
            out[n] = dataclasses.replace(q, counted=goods[0], counted_lemma=goods[1])  # (not "zestawów cięższych niż")
    return out


def _named_weight_before(lex: _Lexicon, previous: Sequence[Quantity], sentence: int) -> list[Quantity]:
    """The last weight of the ``_WEIGHT_SENTENCES`` sentences before ``sentence`` that names what it weighs (none or
    one); ``previous`` is in text order, so the walk back stops at the first sentence too far."""
    for b in reversed(previous):
        if b.sentence < sentence - _WEIGHT_SENTENCES:
            break
        if b.sentence < sentence and b.unit.split("/")[0] in lex.cargo_units and _names_weight(lex, b):
            return [b]
    return []


_WEIGHT_SENTENCES = 2  # sentences back a weight nothing names looks for the goods weighed


def _names_weight(lex: _Lexicon, q: Quantity) -> bool:
    """Does ``q`` name what it weighs (not only its measure, "weight")?"""
    return q.counted not in (None, lex.measure_labels.get(q.unit.split("/")[0]))


def _goods_before(ctx: _Context, pos: int) -> tuple[str, str, int] | None:
    """The goods (``cargo`` goods) nearest before ``pos`` in the sentence that stand in the genitive, governed by no
    preposition ("połowu kraba": a crab's catch), as (label, lemma, position); not "w branży zbożowej", "na źródło",
    nor ships or wagons ("12 statków, łącznie 50 tys. ton" weigh their cargo)."""
    for q in range(pos - 1, -1, -1):
        tok = ctx.tokens[q]
        if not _is_noun(tok) or "gen" not in tok.cases(_NOUN_POS) or after_preposition(ctx.tokens, q):
            continue
        found = _key_around(ctx, q, ctx.lex.goods)
        if found is not None:
            return found[0].entry.label, found[0].text, q
    return None


def _alternatives(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"15 tys. rubli miesięcznie, czasem 20 tys.", "300 ton, a nawet 500": a bare amount that gives another value of
    a measured one right before it (money or a measure; counts of persons and things borrow their noun already)
    measures the same thing."""
    if not any(q.unit == "count" for q in found[1:]):
        return found
    lex = ctx.lex
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        if q.unit != "count" or q.counted is not None or before.unit.split("/")[0] in ("count", *lex.antecedent_units):
            continue
        gap = _gap(bounds, before, q)
        if gap is not None and all(ctx.lower(k) in lex.alternative_words for k in gap):
            out[n] = dataclasses.replace(q, unit=before.unit, counted=before.counted,
                                         counted_lemma=before.counted_lemma)
    return out


def _without_sources(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """English: "two traders in Dandong said", "three EU diplomats said", "according to two officials": the people
    who tell the news are no quantity of it."""
    if not any(q.unit == "person" for q in found):
        return found
    lex = ctx.lex
    by_start, by_end = ctx.token_bounds()
    out = []
    for q in found:
        first, last = by_start.get(q.start), by_end.get(q.end)
        if q.unit == "person" and first is not None and last is not None and ctx.english(last):
            nxt = last + 1
            if ctx.lower(nxt) in lex.source_place_words and nxt + 1 < len(ctx.tokens) and (
                    ctx.tokens[nxt + 1].is_capitalized):
                nxt += 2  # "two traders in Dandong said"
                while nxt < len(ctx.tokens) and ctx.tokens[nxt].is_capitalized:
                    nxt += 1
            if ctx.lower(nxt) in lex.source_between:
                nxt += 1  # "two traders in Nakhodka also told Bloomberg"
            if ctx.lower(nxt) in lex.source_verbs or _match_before(ctx, first, lex.sources_before) is not None:
                continue
        out.append(q)
    return out


def _during(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """ "moved 480 million rubles over 14 months": "over" before a span of time says when it all happened (14 months,
    no bound), unless a word of lasting stands before it ("for over a year": more than a year)."""
    lex = ctx.lex
    by_start = ctx.token_bounds()[0]
    out = list(found)
    for n, q in enumerate(out):
        first = by_start.get(q.start)
        if (first is None or q.qualifier != "more_than" or q.unit not in _TIME_UNITS or ctx.lower(first) not in
                lex.during_words or ctx.lower(first - 1) in lex.lasting_before or first + 1 >= len(ctx.tokens)):
            continue
        start = ctx.tokens[first + 1].start
        out[n] = dataclasses.replace(q, start=start, text=ctx.text[start - ctx.offset : q.end - ctx.offset],
                                     qualifier="exact")
    return out


def _bracketed_periods(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"about 60,000 rubles ($730) a month", "about 90,000 rubles, or roughly $1,000, a month": a rate period after a
    sum given again in brackets (or between commas after "or") is the period of both sums."""
    if len(found) < 2 or not (")" in ctx.text or ", or " in ctx.text):
        return found
    lex = ctx.lex
    out = list(found)
    by_start, by_end = ctx.token_bounds()
    money = frozenset(lex.currency_lemmas.values()) | frozenset(lex.currency_texts.values())
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        first, last, end = by_start.get(q.start), by_end.get(q.end), by_end.get(before.end)
        if first is None or last is None or end is None:
            continue
        bracketed = first == end + 2 and ctx.lower(end + 1) == "(" and ctx.lower(last + 1) == ")"
        apposed = first == end + 3 and (ctx.lower(end + 1), ctx.lower(end + 2), ctx.lower(last + 1)) == (",", "or", ",")
        if not (bracketed or apposed) or "/" in q.unit or "/" in before.unit or not {q.unit, before.unit} <= money:
            continue
        period = _match_at(ctx, last + 2, lex.rate_periods)
        if period is not None:
            first_before = by_start.get(before.start)
            wage = (before.counted == _MONEY and period[1] in _TIME_UNITS and first_before is not None
                    and _wage_verb_before(ctx, first_before))  # "They are paid about 60,000 rubles ($730) a month"
            out[n - 1] = dataclasses.replace(before, unit=f"{before.unit}/{period[1]}",
                                             counted="wage" if wage else before.counted)
            out[n] = dataclasses.replace(q, unit=f"{q.unit}/{period[1]}", counted="wage" if wage else q.counted)
    return out


_UNBOUNDED = frozenset({"exact", "range", "vague"})  # qualifiers a sum given again in another currency does not take


def _equivalents(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"180 mln rubli, czyli ok. 2 mln dolarów", "46 mld wonów (ok. 31 mln dolarów)": a sum given again in another
    currency is the same sum; unnamed, it takes the name of the one before it, with no period of its own, that
    one's period ("85 tys. rubli miesięcznie, czyli ok. 1 tys. dolarów": USD/month), and converted from a sum
    with a qualifier, it has that qualifier ("about 12 billion rubles ($150 million)", "up to 50 million won
    ($36,000)").  A period after the brackets is both sums' ("about 60,000 rubles ($730) a month")."""
    if not any(q.counted == _MONEY or ("/" not in q.unit and "/" in before.unit)
               or (q.qualifier == "exact" and before.qualifier not in _UNBOUNDED) for before, q in itertools.pairwise(found)):
        return found
    lex = ctx.lex
    money = frozenset(lex.currency_lemmas.values()) | frozenset(lex.currency_texts.values())
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        unnamed = q.counted == _MONEY and before.counted not in (None, _MONEY)
        timed = "/" not in q.unit and before.unit.split("/")[-1] in _TIME_UNITS and "/" in before.unit
        qualified = q.qualifier == "exact" and before.qualifier not in _UNBOUNDED  # a bound or "about", not a range
        if not unnamed and not timed and not qualified:
            continue
        if q.unit.split("/")[0] not in money or before.unit.split("/")[0] not in money:
            continue
        between = _gap(bounds, before, q)
        if between is None:
            continue
        named_by = before.counted_lemma  # "50 mln wonów odszkodowania, czyli równowartość ok. 40 dolarów"
        gap = [ctx.lower(k) for k in between if named_by is None or named_by not in ctx.forms[k]]
        if gap.count("–") == 2:  # "czyli – po obecnym kursie – ponad 180 mln dolarów": an aside between dashes
            gap = gap[: gap.index("–")] + gap[len(gap) - gap[::-1].index("–") :]
        said_again = "(" in gap or any(w in lex.equivalence_words for w in gap)
        if said_again and all(w in lex.equivalence_words or w in ("(", ",", "–", "—") for w in gap):
            if unnamed:
                q = dataclasses.replace(q, counted=before.counted, counted_lemma=before.counted_lemma)
            if timed:
                q = dataclasses.replace(q, unit=f"{q.unit}/{before.unit.split('/')[-1]}")
            if qualified:
                q = dataclasses.replace(q, qualifier=before.qualifier)  # "about 12 billion rubles ($150 million)"
            out[n] = q
    return out


_PRICE_WORDS = frozenset({"price", "cost"})  # the last word of a price's name ("oil price", "labour cost")


def _compared(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"240 mln dolarów, o 40% więcej niż rok wcześniej": an unnamed share that an amount before it (in the same
    sentence) is more or less than is its change, named alone as analysts name it (growth; "27 tankowców, o ok. 35
    proc. więcej niż rok wcześniej": growth), save a price's (ticket price growth) or a price against another place
    (price difference)."""
    if not any(q.unit == "percent" and q.counted is None for q in found[1:]):
        return found
    lex = ctx.lex
    out = list(found)
    by_start, by_end = ctx.token_bounds()
    for n in range(1, len(out)):
        q, before = out[n], out[n - 1]
        if q.unit != "percent" or q.counted is not None or before.counted is None or before.unit in ("percent", "person"):
            continue
        first, last = by_start.get(q.start), by_end.get(q.end)
        if first is None or last is None or ctx.lower(first - 1) != "o":
            continue
        change = _comparison_after(ctx, last + 1) if ctx.lower(last + 1) in lex.amount_comparisons else None
        than = last + 3 if ctx.lower(last + 2) == "," else last + 2
        money = bool(_CURRENCY_RE.fullmatch(before.unit.split("/")[0]))
        if change is not None and money and ctx.has(than, lex.than) and not _than_before(ctx, than) and (
                before.counted.split()[-1] in _PRICE_WORDS):
            # "tona kosztuje ok. 95 dolarów, mniej więcej o połowę mniej niż w chińskich portach": a price difference,
            # against another place or thing, not an earlier time
            out[n] = dataclasses.replace(q, counted=lex.price_difference, counted_lemma=ctx.lower(last + 1))
        elif change is not None and money and before.counted.split()[-1] in _PRICE_WORDS:
            # "Bilet kosztuje 500 dolarów, o 20 proc. więcej niż rok wcześniej": the price's change (ticket price growth)
            out[n] = dataclasses.replace(q, counted=_change_label(lex, before.counted, change),
                                         counted_lemma=ctx.lower(last + 1))
        elif change is not None:
            # "19 masowców, o 35 proc. więcej niż przed rokiem", "240 mln dolarów, o 40% więcej niż rok wcześniej": the
            # change alone, as analysts name it
            out[n] = dataclasses.replace(q, counted=change, counted_lemma=ctx.lower(last + 1))
    return out


#: a duration written in two units, the larger first: "3 lata i 6 miesięcy" is 3.5 years
_DURATION_PARTS = {("year", "month"): 12.0, ("hour", "minute"): 60.0}


def _joined_durations(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """"3 lata i 6 miesięcy", "four years and nine months": one duration in the larger unit, with the smaller part's
    noun (a prison term's "więzienia") and the first part's qualifier."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        parts = _DURATION_PARTS.get((prev.unit, q.unit)) if prev is not None else None
        if (prev is not None and parts is not None and prev.value is not None and q.value is not None
                and q.qualifier == "exact" and q.value < parts
                and ctx.text[prev.end - ctx.offset : q.start - ctx.offset].strip().lower() in ctx.lex.duration_joiners):
            value = float(Decimal(repr(prev.value)) + Decimal(repr(q.value)) / Decimal(repr(parts)))
            counted = q.counted if q.counted != "duration" else prev.counted
            out[-1] = dataclasses.replace(
                prev, end=q.end, text=ctx.text[prev.start - ctx.offset : q.end - ctx.offset], value=value,
                counted=counted, counted_lemma=q.counted_lemma if counted == q.counted else prev.counted_lemma,
            )
            continue
        out.append(q)
    return out


def _coordinated(ctx: _Context, found: list[Quantity]) -> list[Quantity]:
    """Two amounts joined by "i" share a bound written before the first only ("do 300 samochodów i 2,8 tys.
    pasażerów": up to both), and with it a rate period written after the second only ("do 300 samochodów i 2,8
    tys. pasażerów dziennie": both a day).  Without a shared bound a period after the second stays its own ("50
    dronów i 3 rakiety dziennie"); a period that opens the clause rates both ("co miesiąc trafia 20 tys. pocisków i
    kilka tysięcy rakiet")."""
    lex = ctx.lex
    out = list(found)
    bounds = ctx.token_bounds()
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        between = _gap(bounds, first, second)
        opening = bounds[0].get(first.start)
        if "/" in first.unit and "/" not in second.unit and second.unit in _SHARED_PERIOD_UNITS and (
                between is not None and ctx.lower(between[-1]) in lex.coordinators and not any(
                    ctx.lower(k) in lex.clause_boundaries or ctx.tokens[k].kind == "word" and ctx.tokens[k].has_pos(
                        *_VERB_POS) for k in between)
                and opening is not None and _opening_period(ctx, opening) is not None):
            # "co miesiąc trafia od 15 do 20 tys. pocisków kal. 170 mm i kilka tysięcy rakiet": a period opening
            # the clause rates both
            out[n] = dataclasses.replace(second, unit=f"{second.unit}/{first.unit.split('/', 1)[1]}")
            continue
        gap = ctx.text[first.end - ctx.offset : second.start - ctx.offset].split()
        if len(gap) != 1 or gap[0].lower() not in lex.coordinators:
            continue
        opened = ctx.text[second.start - ctx.offset : second.end - ctx.offset][:1]
        if (first.qualifier in _STRONG_QUALIFIERS | {"up_to"} and second.qualifier == "exact"
                and second.value is not None and (opened.isdigit() or not any(c.isdigit() for c in first.text))):
            # no qualifier word of its own, written as the first ("co najmniej pięć radarów i siedem wyrzutni")
            out[n] = dataclasses.replace(second, qualifier=first.qualifier)
            if "/" in second.unit and "/" not in first.unit and first.unit in _SHARED_PERIOD_UNITS:
                out[n - 1] = dataclasses.replace(first, unit=f"{first.unit}/{second.unit.split('/', 1)[1]}")
    return out


#: units of counts that may share the period of the count coordinated after them
_SHARED_PERIOD_UNITS = frozenset({"item", "person"})


def parse_number(text: str) -> float | None:
    """The value of a number written alone: "20 000", "2,5", "12 tys.", "4,5 mln", "trzech", "tysiąc"."""
    from eventdb.extract.text import tokenize

    tokens = tuple(tokenize(text.strip()))
    if not tokens:
        return None
    sentence = Sentence(index=0, start=0, end=len(text.strip()), text=text.strip(), tokens=tokens)
    ctx = _context(sentence)
    amount = _read_amount(ctx, 0)
    if amount is None or amount.kind in ("vague", "implicit") or amount.last != len(tokens) - 1:
        return None
    return amount.low if amount.low == amount.high else None
