"""Mentions of actors, facilities and locations: gazetteer aliases, then candidates.

1. Aliases are matched as lemma sequences (``Gazetteer.index``); the longest match wins and mentions
   of one table never overlap.  Nationality adjectives and demonyms name the country actor.
2. Capitals and seats ("Moskwa", "Kreml") are places after a place preposition ("w Pjongjangu",
   "do Moskwy") and the state elsewhere ("Moskwa otrzymała", "z Pjongjangiem").  A country named after
   a place preposition is also a location mention ("do Rosji").
3. Capitalized names the gazetteer does not know become candidate actors, except ordinary words
   that open a sentence or a quotation, titles, months, model designations, commodity grades and the
   like.  A candidate is named in the nominative (its head phrase agreeing with the head noun), a
   numbered unit with its number ("80. Brygada Desantowo-Szturmowa"), and a run that holds an
   institution and a person after a title is split in two ("prezes Rosnieftu | Igor Sieczin").
   Optionally, places the gazetteer does not know become candidate locations.
4. A nationality adjective before a named outlet, company, institute or expert is that actor's
   country, not a mention of the state ("amerykański portal The War Zone").  A country named inside a
   longer name, and a place inside a facility's name, are mentioned as well ("Departament Stanu USA").

The lexicon of these rules is ``eventdb/reference/pl/mentions.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from types import MappingProxyType

from eventdb.extract.gazetteer import (
    VIA_ORDER,
    AliasPattern,
    AliasToken,
    Gazetteer,
    GazetteerError,
    Match,
    has_common_reading,
    is_acronym,
    stem_key,
    token_keys,
)
from eventdb.extract.model import (
    POSSESSIVE_ENDINGS,
    Analysis,
    EntityRef,
    Mention,
    Sentence,
    Token,
    nominal_parts,
    readings_agree,
)
from eventdb.extract.text import AFTER_NUMBERS, CLOSING_QUOTES, OPENING_QUOTES, analyse_word, quoted_name_end
from eventdb.reference import load_lines, load_yaml

_TABLE_ORDER = ("actor", "facility", "location")
_TABLE_RANK = MappingProxyType({table: k for k, table in enumerate(_TABLE_ORDER)})
_VIA_RANK = MappingProxyType({via: k for k, via in enumerate(VIA_ORDER)})
_NOUN_POS = ("subst", "depr", "ger")
_ADJ_POS = ("adj", "ppas", "pact", "adja")
_DECLINED_ADJ_POS = ("adj", "ppas", "pact")  # adjectives and participles that agree with their noun
_QUOTES = frozenset({"„", '"', "«", "»", "‘", "“", "'"})
_OPENERS = _QUOTES | frozenset({"(", "[", "–", "—", "-", ":", "•"})
_MODEL_CODE = re.compile(r"\d|-[A-Z0-9]{1,3}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_NOMINATIVE = frozenset({"nom"})
_VERB_POS = ("fin", "praet", "bedzie", "impt", "imps", "pred", "winien", "inf")


@dataclass(frozen=True)
class _Lexicon:
    place_prepositions: Mapping[str, frozenset[str]]
    origin_prepositions: frozenset[str]  # "brygada z Pjongjangu": a capital people or things come from is the city
    place_phrases: frozenset[tuple[str, str]]
    place_adjectives_between: int
    visit_verbs: frozenset[str]  # "odwiedził Pjongjang": the capital visited is the city
    never_start: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    calendar: frozenset[str]
    never_alone: frozenset[str]
    english_common: frozenset[str]  # ordinary English words: alone and capitalized, no name
    english_function_words: frozenset[str]  # "At", "Of" in a headline: no name
    not_names: frozenset[str]  # common abbreviations written in capitals ("IT", "MP"), as written
    english_adjective_suffixes: frozenset[str]  # "North Korean-flagged", "Chinese-built": adjectives, no names
    region_heads: frozenset[str]  # "obwodów biełgorodzkiego, kurskiego": nouns that lend themselves to a list
    connectors: frozenset[str]
    equipment_heads: frozenset[str]
    unit_heads: frozenset[str]
    origin_heads: frozenset[str]
    place_heads: Mapping[str, str]
    institution_heads: frozenset[str]
    family_names_first: frozenset[str]
    given_names: frozenset[str]  # first names the dictionary lacks ("Eleanor", "Katja"): a run they open is a person
    english_place_bodies: tuple[str, ...]  # "District Court": a city before it opens its name
    family_stems: frozenset[str]  # their stems, so an inflected form finds them ("Kima", "Kimem")
    default_family_names: Mapping[str, str]  # "Kim" alone -> Kim Jong Un, if no other Kim is named in full
    direction_prepositions: frozenset[str]
    kind_heads: Mapping[str, str]
    facility_nouns: Mapping[str, tuple[str, ...]]  # lemma -> kinds it may name, the likeliest first
    facility_place_prepositions: frozenset[str]
    zone_kinds: frozenset[str]  # "strefa ekonomiczna Rason": a facility that spans the place it is named after
    body_nouns: Mapping[str, str]  # lemma -> actor kind of a court or law enforcement body named by its place
    embassy_nouns: Mapping[str, str]  # lemma -> English word of an embassy named by its country and city
    said_to_verbs: frozenset[str]  # "mówi „Nowościom”": verbs of saying (attribution.yaml's) before the outlet
    outlet_openers: tuple[tuple[str, ...], ...]  # "w rozmowie z „Więzią”"
    radio_nouns: frozenset[str]  # "mówi Radiu Lublin"
    outlet_nouns: frozenset[str]  # "mówi serwisowi Antyweb": a noun of an outlet before its name
    titles_in_names: frozenset[str]  # "Namgang General Construction Company": a title's word inside a name
    english_equipment: frozenset[str]  # "Koksan guns": English weapon nouns after a product's name
    english_facility_heads: Mapping[str, str]  # "Komsomolsk Refinery": the last word of a site's name -> its kind
    english_sites_of: frozenset[str]  # "the port of Dunay": a site named by "of" and its place
    facility_adjectives_left_out: frozenset[str]
    company_suffixes: tuple[str, ...]  # longest first
    company_suffix_initials: frozenset[str]
    shouting_min_length: int
    foreign_endings: Mapping[str, frozenset[str]]
    person_name_endings: tuple[tuple[str, str], ...]
    person_case_endings: Mapping[str, tuple[tuple[str, str], ...]]
    surname_endings: tuple[str, ...]
    ambiguous_demonyms: Mapping[str, tuple[str, ...]]  # "koreańczyk": the Korea a text names most
    head_synonyms: Mapping[str, str]  # "resort": a ministry named before
    plural_endings: tuple[str, ...]
    home_countries: frozenset[str]  # "polskie firmy": the press's own state, by its Polish adjective, is no actor
    patron_markers: frozenset[str]  # "im.": the person after it is whom a thing is named after


@functools.cache
def _lexicon() -> _Lexicon:
    lex = load_yaml("pl/mentions.yaml")
    attribution = load_yaml("pl/attribution.yaml")  # its verbs of saying say to whom an expert speaks too

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in lex[key])

    return _Lexicon(
        place_prepositions=MappingProxyType(
            {str(k): frozenset(v or ()) for k, v in lex["place_prepositions"].items()}
        ),
        origin_prepositions=words("origin_prepositions"),
        place_phrases=frozenset((str(a), str(b)) for a, b in lex["place_phrases"]),
        place_adjectives_between=int(lex["place_adjectives_between"]),
        visit_verbs=words("visit_verbs"),
        never_start=words("never_start"),
        titles=words("titles"),
        honorifics=words("honorifics"),
        calendar=words("calendar"),
        never_alone=words("never_alone"),
        english_common=frozenset(load_lines("en/common_words.txt")),
        english_function_words=words("english_function_words"),
        not_names=frozenset(str(w) for w in lex["not_names"]),
        english_adjective_suffixes=words("english_adjective_suffixes"),
        region_heads=words("region_heads"),
        connectors=words("connectors"),
        equipment_heads=words("equipment_heads"),
        unit_heads=words("unit_heads"),
        origin_heads=words("origin_heads"),
        place_heads=MappingProxyType({str(k): str(v) for k, v in lex["place_heads"].items()}),
        institution_heads=words("institution_heads") | words("unit_heads") | frozenset(lex["kind_heads"]),
        family_names_first=frozenset(str(w) for w in lex["family_names_first"]),
        given_names=frozenset(load_lines("en/given_names.txt")),
        english_place_bodies=tuple(str(w).lower() for w in lex["english_place_bodies"]),
        family_stems=frozenset(stem_key(str(w)) for w in lex["family_names_first"]),
        default_family_names=MappingProxyType({str(k): str(v) for k, v in lex["default_family_names"].items()}),
        direction_prepositions=words("direction_prepositions"),
        kind_heads=MappingProxyType({str(k): str(v) for k, v in lex["kind_heads"].items()}),
        facility_nouns=MappingProxyType({str(k): tuple(v) for k, v in lex["facility_nouns"].items()}),
        facility_place_prepositions=words("facility_place_prepositions"),
        zone_kinds=words("zone_kinds"),
        body_nouns=MappingProxyType({str(k): str(v) for k, v in lex["body_nouns"].items()}),
        embassy_nouns=MappingProxyType({str(k): str(v) for k, v in lex["embassy_nouns"].items()}),
        said_to_verbs=frozenset(str(v) for v in attribution["verbs"]) - frozenset(
            str(v) for v in attribution["deed_verbs"]),
        outlet_openers=tuple(tuple(str(p).lower().split()) for p in lex["outlet_openers"]),
        radio_nouns=words("radio_nouns"),
        outlet_nouns=words("outlet_nouns"),
        titles_in_names=words("titles_in_names"),
        english_equipment=words("english_equipment"),
        english_facility_heads=MappingProxyType({str(k): str(v) for k, v in lex["english_facility_heads"].items()}),
        english_sites_of=words("english_sites_of"),
        facility_adjectives_left_out=words("facility_adjectives_left_out"),
        company_suffixes=tuple(sorted((str(s) for s in lex["company_suffixes"]), key=len, reverse=True)),
        company_suffix_initials=frozenset(str(s)[:1] for s in lex["company_suffixes"]),
        shouting_min_length=int(lex["shouting_min_length"]),
        foreign_endings=MappingProxyType({str(k): frozenset(v) for k, v in lex["foreign_endings"].items()}),
        person_name_endings=tuple((str(a), str(b)) for a, b in lex["person_name_endings"]),
        person_case_endings=MappingProxyType(
            {str(k): tuple((str(a), str(b)) for a, b in v) for k, v in lex["person_case_endings"].items()}
        ),
        surname_endings=tuple(str(e) for e in lex["surname_endings"]),
        plural_endings=tuple(str(e) for e in lex["plural_endings"]),
        home_countries=frozenset(str(c) for c in lex["home_countries"]),
        patron_markers=words("patron_markers"),
        head_synonyms=MappingProxyType({str(k).lower(): str(v).lower() for k, v in lex["head_synonyms"].items()}),
        ambiguous_demonyms=MappingProxyType(
            {str(k).lower(): tuple(str(c) for c in v) for k, v in lex["ambiguous_demonyms"].items()}
        ),
    )


@dataclass(frozen=True, slots=True)
class _Found:
    """A mention before it becomes a ``Mention``: token positions within the sentence."""

    entity: EntityRef
    start: int
    end: int
    via: str
    case: frozenset[str] | None  # None: read off ``match`` once the mention is kept
    match: Match | None = None


def find_mentions(
    sentences: Sequence[Sentence], gazetteer: Gazetteer, *, candidate_locations: bool = False
) -> list[Mention]:
    """Actor, facility and location mentions of all sentences, ordered by position.

    ``candidate_locations``: places the gazetteer does not know ("we wsi Gujewo", "w Zołotuchinie") become
    candidate locations; without it they are left to the candidate actors, as the store can create only those.
    """
    lex = _lexicon()
    results: list[tuple[Sentence, list[_Found], frozenset[str]]] = []
    for sentence in sentences:
        ordinal = _cut_off_ordinal(results[-1][0], results[-1][1], sentence) if results else None
        results.append((sentence, *_sentence_mentions(sentence.tokens, gazetteer, lex, ordinal, candidate_locations)))
    product_stems = frozenset().union(*(stems for _, _, stems in results))
    per_sentence = [(sentence, _listed_regions(sentence.tokens, _listed_facilities(
        sentence.tokens, _drop_products(sentence, found, product_stems), gazetteer), gazetteer))
        for sentence, found, _ in results]
    defaults: dict[str, EntityRef] = {}
    for word, name in lex.default_family_names.items():
        with suppress(GazetteerError):  # a user's gazetteer without that person
            defaults["~" + stem_key(word)] = gazetteer.ref("actor", name)
    per_sentence = _link_short_forms(per_sentence, lex, defaults)
    per_sentence = _owned_short_forms(per_sentence, gazetteer)
    per_sentence = _named_heads(per_sentence, lex)
    per_sentence = _ambiguous_demonyms(per_sentence, gazetteer, lex)
    per_sentence = [(sentence, _owner_adjectives_left_out(_quoted_names(sentence.tokens, found)))
                    for sentence, found in per_sentence]
    out: list[Mention] = []
    for sentence, found in per_sentence:
        tokens = sentence.tokens
        seen: set[tuple[int, int, str, str]] = set()
        for f in found:
            key = (f.start, f.end, f.entity.table, f.entity.name)
            if key in seen or _home_word(f, lex) or _named_after(tokens, f, lex):
                continue  # one place named once, however many rules found it
            seen.add(key)
            first, last = tokens[f.start], tokens[f.end - 1]
            out.append(
                Mention(  # by position: keywords cost twice as much, for 70 mentions of every article
                    f.entity,  # entity
                    first.start,  # start
                    last.end,  # end
                    sentence.text[first.start - sentence.start : last.end - sentence.start],  # text
                    sentence.index,  # sentence
                    first.i,  # token_start
                    last.i + 1,  # token_end
                    f.via,  # via
                    f.case or frozenset(),  # case
                )
            )
    out.sort(key=lambda m: (m.start, -m.end, _TABLE_RANK[m.entity.table], m.entity.name))
    return _one_candidate_per_stem(out)


def _owner_adjectives_left_out(found: list[_Found]) -> list[_Found]:
    """A state's adjective right before a known body of that state belongs to the body's name, not to a mention of
    the state ("Południowokoreańska Narodowa Służba Wywiadowcza", like the alias "rosyjskie Ministerstwo Obrony")."""
    owners = {(f.start, f.entity.country) for f in found if f.entity.table == "actor" and f.via in ("name", "alias")
              and not f.entity.is_candidate and f.entity.kind != "country" and f.entity.country}
    if not owners:
        return found
    return [f for f in found if not (f.via == "adjective" and (f.end, f.entity.name) in owners)]


def _named_after(tokens: Sequence[Token], f: _Found, lex: _Lexicon) -> bool:
    """Is the mention a person a thing is named after ("szpital im. Kim Man Yu", "Uniwersytet Wojskowy im. Kim Ir
    Sena")?  The patron takes no part in what the text tells."""
    return f.entity.kind == "person" and f.start > 0 and tokens[f.start - 1].lower in lex.patron_markers


def _home_word(f: _Found, lex: _Lexicon) -> bool:
    """Is the mention the Polish adjective of the press's own state ("polskich portów")?  Its people ("kilkunastu
    Polaków") stay its mentions: a count of them is named by it."""
    return (f.via == "adjective" and f.entity.name in lex.home_countries and f.match is not None
            and not f.match.pattern.foreign)


def _one_candidate_per_stem(mentions: list[Mention]) -> list[Mention]:
    """A one-word name the dictionary does not know, written in several cases ("Angara", "Angary", "Angarę"), is one
    candidate: every form takes the name of its first mention."""
    first: dict[tuple[str, str], EntityRef] = {}
    out = []
    for m in mentions:
        entity = m.entity
        if entity.is_candidate and " " not in entity.name and entity.name[:1].isupper():
            key = (entity.table, stem_key(entity.name))
            named = first.setdefault(key, entity)
            if named.name != entity.name and named.kind == entity.kind:
                m = replace(m, entity=named)
        out.append(m)
    return out


def _quoted_names(tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
    """A name inside a short quoted name is part of that name: Polish writes the names of ships, operations,
    papers and works in quotes ("masowiec „Kapitan Gołubiew”", "„Admirał Kuzniecow”", "mówi „Skrzydlatej
    Polsce”"), never a person or a country on its own.  What the gazetteer finds inside gives way to a candidate
    named by the whole quoted name; a name that fills the quotes ("„Kommiersant”") stays what it is."""
    out = found
    for k in [k for k, t in enumerate(tokens) if t.text in OPENING_QUOTES]:
        end = quoted_name_end(tokens, k)
        if end is None or not all(w.kind == "number" or w.text[:1].isupper() for w in tokens[k + 1 : end]):
            continue
        inside = [f for f in out if k < f.start and f.end <= end]
        if not inside or any(f.start == k + 1 and f.end == end for f in inside):
            continue
        name = " ".join(w.text for w in tokens[k + 1 : end])
        out = [f for f in out if not (k < f.start and f.end <= end)]
        out.append(_Found(EntityRef(table="actor", name=name, kind="unknown", is_candidate=True), k + 1, end,
                          "candidate", frozenset()))
    return out if out is found else sorted(out, key=lambda f: (f.start, -f.end))


_LIST_JOINS = frozenset({",", "i", "oraz", "a", "lub", "albo"})
_LIST_NAME_WORDS = 3  # words of one listed name ("Ust-Ługa" is one token, "Nowa Kachowka" two)


def _listed_facilities(tokens: Sequence[Token], found: list[_Found], gazetteer: Gazetteer) -> list[_Found]:
    """"między portami Rajin, Wostocznyj i Nachodka", "lotniska Engels i Szajkowka": a facility named by a common
    noun and a name lends the noun to the names listed right after it.  Each listed name that the gazetteer
    knows with that noun ("port Wostocznyj") is that facility, rather than what the name alone would be (the
    city, or the cosmodrome of the same name), in the noun's case; a name it does not know keeps what it had."""
    out = list(found)
    for f in found:
        head = tokens[f.start]  # "portami": a common noun in the plural, then the name
        word = f.match.pattern.tokens[0] if f.match is not None and f.match.start == f.start else None
        noun = {w.lower() for w in (word.text, word.base) if w} if word is not None else set()  # "port", not "porto"
        if f.entity.table != "facility" or f.end - f.start < 2 or not head.text[:1].islower() or not any(
            a.pos == "subst" and "pl" in a.numbers and a.lemma.lower() in noun for a in head.analyses
        ):
            continue  # "port Rajin i Władywostok" may name the city: only a plural noun lists facilities
        k = f.end
        while k + 1 < len(tokens) and tokens[k].lower in _LIST_JOINS:
            start = end = k + 1
            while end < len(tokens) and end - start < _LIST_NAME_WORDS and tokens[end].is_capitalized:
                end += 1
            if end == start:
                break
            listed = [m for m in gazetteer.index.matches([head, *tokens[start:end]])
                      if m.start == 0 and m.end == end - start + 1 and m.pattern.entry.table == "facility"]
            if listed:
                best = min(listed, key=lambda m: m.pattern.rank)
                out = [g for g in out if not (start <= g.start and g.end <= end)]
                out.append(_Found(best.pattern.entry.ref, start, end, "alias", f.case or frozenset()))
            k = end
    out.sort(key=lambda g: (g.start, -g.end))
    return out


def _listed_regions(tokens: Sequence[Token], found: list[_Found], gazetteer: Gazetteer) -> list[_Found]:
    """"w obwodach kurskim i biełgorodzkim", "w krajach bałtyckich i nordyckich": a place named by a noun in the
    plural and an adjective lends the noun to the adjectives coordinated after it; each pair the gazetteer knows
    ("obwód biełgorodzki") is that place, mentioned by its adjective.  The first pair may be one the gazetteer does
    not match as it stands, a plural noun with a singular adjective ("do obwodów biełgorodzkiego, kurskiego i
    briańskiego")."""
    found = found + _first_of_listed_regions(tokens, found, gazetteer)
    out = list(found)
    for f in found:
        head = tokens[f.start]
        if f.entity.table != "location" or f.end - f.start != 2 or not head.text[:1].islower() or not any(
            a.pos == "subst" and "pl" in a.numbers for a in head.analyses
        ):
            continue
        k = f.end
        while k + 1 < len(tokens) and tokens[k].lower in _LIST_JOINS and tokens[k + 1].kind == "word":
            adjective = tokens[k + 1]  # any lowercase word ("biełgorodzkim" is unknown to morfeusz): the gazetteer decides
            if adjective.text[:1].isupper() or any(g.start == k + 1 for g in out):
                break
            listed = [m.pattern for m in gazetteer.index.matches([head, adjective])
                      if m.start == 0 and m.end == 2 and m.pattern.entry.table == "location"]
            if not listed:  # an adjective morfeusz does not know is listed in each case: "obwodzie biełgorodzkim"
                listed = _pair_by_second_word(gazetteer, head, adjective)
            if not listed:
                break
            best = min(listed, key=lambda p: p.rank)
            out.append(_Found(best.entry.ref, k + 1, k + 2, "alias", f.case or frozenset()))
            k += 2
    out.sort(key=lambda g: (g.start, -g.end))
    return out


def _first_of_listed_regions(tokens: Sequence[Token], found: Sequence[_Found], gazetteer: Gazetteer) -> list[_Found]:
    """ "obwodów biełgorodzkiego, kurskiego": a plural region noun and the first adjective of a list after it."""
    lex = _lexicon()
    covered = {k for f in found for k in range(f.start, f.end)}
    out = []
    for k in range(len(tokens) - 2):
        head = tokens[k]
        if k in covered or k + 1 in covered or tokens[k + 2].lower not in _LIST_JOINS or not head.text[:1].islower():
            continue
        if not any(a.pos == "subst" and "pl" in a.numbers and a.lemma.lower() in lex.region_heads for a in head.analyses):
            continue
        listed = _pair_by_second_word(gazetteer, head, tokens[k + 1])
        if listed:
            best = min(listed, key=lambda p: p.rank)
            out.append(_Found(best.entry.ref, k, k + 2, "alias", frozenset()))
    return out


def _pair_by_second_word(gazetteer: Gazetteer, head: Token, word: Token) -> list[AliasPattern]:
    """Two-word place aliases whose first word is a form of ``head``'s noun and whose second is ``word`` as written."""
    lemmas = {a.lemma.lower() for a in head.analyses}
    return [p for p in gazetteer.index.patterns
            if len(p.tokens) == 2 and p.entry.table == "location" and word.lower in p.tokens[1].keys
            and not lemmas.isdisjoint(p.tokens[0].keys)]


def _drop_products(sentence: Sentence, found: list[_Found], product_stems: frozenset[str]) -> list[_Found]:
    """Candidates that are another form of a product named elsewhere in the text are products too."""
    if not product_stems:
        return found
    return [
        f for f in found
        if not (f.via == "candidate" and f.end - f.start == 1
                and stem_key(sentence.tokens[f.start].text) in product_stems)
    ]


@dataclass(frozen=True)
class _Ordinal:
    """The ordinal of a unit's name that ended the previous sentence: "ukraińskiej 80. | Brygady"."""

    text: str  # "80."
    country: str | None  # of a nationality adjective right before it


def _known_by_acronym(tokens: Sequence[Token], candidate: _Found, found: Sequence[_Found]) -> _Found:
    """A name followed by a known acronym in parentheses is that entity, whatever words it uses:
    "Instytut Analiz Obronnych (KIDA)", "Główny Zarząd Wywiadu (GUR)"."""
    k = candidate.end
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return candidate
    known = next((f for f in found if (f.start, f.end) == (k + 1, k + 2) and f.entity.table == "actor"
                  and f.entity.kind != "country" and is_acronym(tokens[k + 1].text)), None)
    if known is None:
        return candidate
    return _Found(known.entity, candidate.start, candidate.end, "alias", candidate.case)


def _cut_off_ordinal(previous: Sentence, found: Sequence[_Found], sentence: Sentence) -> _Ordinal | None:
    """A sentence split after "80." before a capitalized word may have cut a unit's name in two."""
    tokens = previous.tokens
    if len(tokens) < 2 or not sentence.tokens or not sentence.tokens[0].text[:1].isupper():
        return None
    number, dot = tokens[-2], tokens[-1]
    if not (_is_ordinal(number) and dot.text == "." and not dot.space_before):
        return None
    if len(tokens) >= 3 and tokens[-3].has_pos(*_VERB_POS):
        return None  # "Straty wyniosły 120. Armia ..." counts, then a new sentence starts
    before = len(tokens) - 2
    country = next((f.entity.name for f in found if f.end == before and f.via == "adjective"), None)
    return _Ordinal(number.text + ".", country)


def _sentence_mentions(
    tokens: Sequence[Token], gazetteer: Gazetteer, lex: _Lexicon, ordinal: _Ordinal | None = None,
    candidate_locations: bool = False,
) -> tuple[list[_Found], frozenset[str]]:
    """Mentions of one sentence, and the stems of the product names in it."""
    matches = [m for m in gazetteer.index.matches(tokens)  # "Michał Lipski": a surname, not a form of "Lipsk"
               if not (m.pattern.entry.table == "location" and m.end - m.start == 1
                       and _surname_after_first_name(tokens, m.start, lex))
               # "Igor Kostin" is not Andriy Kostin: a known person's surname alone after another first name
               and not (m.pattern.entry.kind == "person" and m.end - m.start == 1
                        and _after_given_name(tokens, m.start, lex))]
    found = _resolve_context(tokens, matches, gazetteer, lex)
    chosen = [
        f if f.case is not None or f.match is None
        else _Found(f.entity, f.start, f.end, f.via, _match_cases(tokens, f.match), f.match)
        for f in _select(found)
    ]
    chosen += _parenthesized_acronyms(tokens, chosen, matches)
    covered = {k for m in matches for k in range(m.start, m.end)} | {k for f in chosen for k in range(f.start, f.end)}
    chosen, covered = _release_foreign_words(tokens, chosen, covered, lex)
    candidates, absorbed, products = _candidates(tokens, covered, chosen, lex, ordinal, candidate_locations)
    candidates = [_known_by_acronym(tokens, _with_country(c, tokens, chosen, lex), chosen) for c in candidates]
    chosen = [f for f in chosen if id(f) not in absorbed]
    defined = _parenthesized_acronyms(tokens, candidates, matches)
    spans = {(f.start, f.end) for f in defined}
    found_here = chosen + [c for c in candidates if (c.start, c.end) not in spans] + defined
    found_here = _origin_adjectives(tokens, found_here, lex)
    sites, places_named = _facilities_by_place(tokens, found_here, gazetteer, lex)
    found_here = [f for f in found_here if id(f) not in places_named] + sites
    sites, places_named = _named_sites(tokens, found_here, lex)
    found_here = [f for f in found_here if id(f) not in places_named] + sites
    bodies, taken = _bodies_by_place(tokens, found_here, lex)
    found_here = [f for f in found_here if id(f) not in taken] + bodies
    embassies, taken = _embassies(tokens, found_here, gazetteer, lex)
    found_here = [f for f in found_here if id(f) not in taken] + embassies
    outlets, taken = _outlets_spoken_to(tokens, found_here, lex)
    found_here = [f for f in found_here if id(f) not in taken] + outlets
    return found_here + _nested_names(tokens, found, found_here, lex), _product_stems(tokens, products)


def _outlets_spoken_to(tokens: Sequence[Token], found: Sequence[_Found], lex: _Lexicon) -> tuple[list[_Found], set[int]]:
    """The outlet an expert speaks to, which the gazetteer lacks: a quoted name after a verb of saying or a phrase of
    ``outlet_openers`` ("– mówi „Nowościom” prof. X", "w rozmowie z „Więzią”") and a city's radio ("mówi Radiu
    Lublin"), a candidate media actor named in the nominative ("Nowości", "Więź", "Radio Lublin")."""
    out: list[_Found] = []
    taken: set[int] = set()
    for said, noun in enumerate(tokens):
        if said == 0 or not (noun.text in OPENING_QUOTES or noun.lemmas & lex.outlet_nouns
                             or noun.lemmas & lex.radio_nouns) or not _spoken_to(tokens, said, lex):
            continue  # (what may follow a verb of saying is looked at first: most words are none of it)
        # "mówi serwisowi Antyweb", "mówi magazynowi „Morze, Statki i Okręty”": the name after a noun of an outlet
        named = said + 1 < len(tokens) and bool(noun.lemmas & lex.outlet_nouns) and not noun.text[:1].isupper()
        k = said + 1 if named else said
        tok = tokens[k] if k < len(tokens) else noun
        if named and tok.text not in OPENING_QUOTES and tok.kind == "word" and tok.text[:1].isupper() and not any(
                f.start <= k < f.end for f in found):  # not one found already ("serwisowi CIRE.pl")
            end = next((j for j in range(k, min(k + 4, len(tokens))) if not tokens[j].text[:1].isupper()), k + 1)
            run = tokens[k:end]
            out.append(_Found(EntityRef(table="actor", name=_join(run, [t.text for t in run]), kind="media",
                                        is_candidate=True), k, end, "candidate", frozenset()))  # as written
            taken |= {id(f) for f in found if k <= f.start < end}
            continue
        if tok.text in OPENING_QUOTES:
            closing = next((q for q in range(k + 2, min(k + 8, len(tokens))) if tokens[q].text in CLOSING_QUOTES), None)
            if closing is None:
                continue
            end, inside = closing, tokens[k + 1 : closing]
            if not inside[0].text[:1].isupper() or not inside[-1].text[:1].isupper() or not all(
                    w.kind == "word" and (w.text[:1].isupper() or w.lower in lex.connectors or w.lower == "i")
                    or w.text == "," for w in inside):
                continue  # "„Morze, Statki i Okręty”": commas and "i" inside a name
            if any(f.start <= k + 1 < f.end and f.via != "candidate" for f in found):
                continue  # "mówi „Rzeczpospolitej”": an outlet the gazetteer knows
            start, name = k + 1, _join(tokens[k + 1 : end], _head_phrase_nominative(tokens[k + 1 : end]))
        elif tok.lemmas & lex.radio_nouns and tok.text[:1].isupper() and k + 1 < len(tokens) and (
                tokens[k + 1].text[:1].isupper() and tokens[k + 1].kind == "word"):
            if any(f.start <= k < f.end and f.via != "candidate" for f in found):
                continue  # "Radio Swoboda", known
            start, end, name = k, k + 2, f"Radio {tokens[k + 1].text}"  # the city's name in a radio's stays as written
        else:
            continue
        entity = EntityRef(table="actor", name=name[:1].upper() + name[1:], kind="media", is_candidate=True)
        out.append(_Found(entity, start, end, "candidate", _candidate_cases(tokens[start : start + 1], "")))
        taken |= {id(f) for f in found if start <= f.start < end}
    return out, taken


def _spoken_to(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does a verb of saying or an opener of ``outlet_openers`` end right before ``k``?"""
    before = tokens[k - 1]
    if before.kind == "word" and not before.lemmas.isdisjoint(lex.said_to_verbs) and before.has_pos(
            "fin", "praet", "impt", "pcon", "imps"):
        return True
    return any(k >= len(p) and all(tokens[k - len(p) + i].lower == w for i, w in enumerate(p))
               for p in lex.outlet_openers)


def _embassies(tokens: Sequence[Token], found: Sequence[_Found], gazetteer: Gazetteer,
               lex: _Lexicon) -> tuple[list[_Found], set[int]]:
    """"Ambasada Rosji w Tokio", "rosyjska ambasada w Londynie", "ambasady Republiki Korei w Warszawie": an embassy
    named by its country (a name after the noun, or a nationality adjective before it) and the city it is in, which
    the gazetteer lacks, is a candidate actor named as analysts name it ("Russian embassy in Tokyo"); the country
    and the city inside stay mentioned as names inside a name, the adjective is the embassy's."""
    out: list[_Found] = []
    taken: set[int] = set()
    demonyms = gazetteer.english_demonyms
    for k, tok in enumerate(tokens):
        if tok.lemmas.isdisjoint(lex.embassy_nouns) and tok.lower not in lex.embassy_nouns:
            continue  # most words
        readings = [a for a in tok.analyses if a.pos in _NOUN_POS and a.lemma in lex.embassy_nouns]
        noun = tok.lower if tok.lower in lex.embassy_nouns and not _polish_sentence(tokens, lex) else None
        # ("the Russian Embassy in London")
        if noun is None and not any("sg" in a.numbers for a in readings):
            continue  # one embassy ("ambasady" may be its genitive)
        noun = noun or readings[0].lemma
        if any(f.start <= k < f.end and f.entity.table == "actor" and f.via != "candidate" for f in found):
            continue  # "ambasada KRLD w Moskwie": an embassy the gazetteer knows
        before = next((f for f in found if f.end == k and f.entity.kind == "country" and f.via in ("adjective", "demonym")),
                      None)
        after = next((f for f in found if f.start == k + 1 and f.entity.kind == "country" and f.via in ("name", "alias")
                      and f.entity.table == "actor"), None)
        country = before or after
        at = after.end if after is not None else k + 1
        if country is None or at >= len(tokens) or tokens[at].lower not in ("w", "we", "in"):
            continue
        city = next((f for f in found if f.start == at + 1 and f.entity.table == "location"
                     and f.entity.kind in _SETTLEMENT_KINDS), None)
        demonym = demonyms.get(country.entity.name)
        if city is None or demonym is None:
            continue
        entity = EntityRef(table="actor", name=f"{demonym} {lex.embassy_nouns[noun]} in {city.entity.name}",
                           kind="agency", country=country.entity.name, is_candidate=True)
        start = before.start if before is not None else k
        out.append(_Found(entity, start, city.end, "candidate", _candidate_cases(tokens[k : k + 1], "")))
        taken |= {id(f) for f in found if start <= f.start < city.end and f.entity.table == "actor"}
    return out, taken


_NON_STATE_KINDS = frozenset({"media", "company", "organization"})


def _origin_adjectives(tokens: Sequence[Token], found: list[_Found], lex: _Lexicon) -> list[_Found]:
    """A nationality adjective before a named outlet, company, institute or expert ("amerykański portal
    The War Zone", "rosyjski koreanista Andriej Łankow") tells that actor's country; it names no state
    acting in the story, so it is no mention of the country."""
    if not any(f.via == "adjective" for f in found):
        return found
    named = {
        f.start: f for f in found
        if f.entity.table == "actor" and f.via != "adjective" and f.entity.kind != "country"
    }
    if not named:
        return found
    dropped: set[int] = set()
    countries: dict[int, str] = {}
    last = max(named)
    for f in found:
        if f.via != "adjective" or f.entity.kind != "country" or f.end > last:
            continue
        found_after = _named_after_adjective(tokens, f.end, named, lex)
        if found_after is None:
            continue
        actor, origin = found_after
        if not (origin or actor.entity.kind in _NON_STATE_KINDS):
            continue
        dropped.add(id(f))
        if actor.entity.is_candidate and actor.entity.country is None:
            countries[id(actor)] = f.entity.name
    out = []
    for f in found:
        if id(f) in dropped:
            continue
        if id(f) in countries:
            e = f.entity
            f = _Found(EntityRef(e.table, e.name, e.kind, countries[id(f)], e.is_candidate), f.start, f.end, f.via,
                       f.case, f.match)
        out.append(f)
    return out


def _named_after_adjective(
    tokens: Sequence[Token], j: int, named: Mapping[int, _Found], lex: _Lexicon
) -> tuple[_Found, bool] | None:
    """The actor named right after an adjective at ``j`` (more adjectives, at most two lowercase head words
    and an opening quote may stand between: "amerykański think tank Institute for the Study of War"), and
    whether a head word says the actor is no state body (``origin_heads``)."""
    skipped = 0
    while j < len(tokens) and skipped < 2 and _is_plain_adjective(tokens[j]):
        j, skipped = j + 1, skipped + 1
    if j in named:
        return named[j], False  # "agencja Yonhap" may be the alias itself
    origin = False
    for width in (1, 2):
        heads = tokens[j : j + width]
        if len(heads) < width or not all(t.kind == "word" and t.text[:1].islower() for t in heads):
            return None
        origin = origin or any(not t.lemmas.isdisjoint(lex.origin_heads) for t in heads)
        if not origin and all(t.lemmas.isdisjoint(lex.kind_heads) for t in heads):
            continue
        k = j + width
        while k < len(tokens) and tokens[k].text in _OPENERS:
            k += 1
        if k in named:
            return named[k], origin
    return None


def _nested_names(
    tokens: Sequence[Token], matched: Sequence[_Found], kept: Sequence[_Found], lex: _Lexicon
) -> list[_Found]:
    """Names inside a longer name are mentioned too.  A country after the head of an actor's or a
    facility's name: "Departament Stanu USA", "Połączone Kolegium Szefów Sztabów Korei Południowej" (not a
    nationality adjective: "rosyjskie Ministerstwo Obrony" is the ministry, nor a first word that is one:
    "Polska Agencja Prasowa").  A place after a place preposition inside a facility's or an actor's name
    ("arsenał w Tichoriecku", "MSZ w Seulu"), not one a facility is named after ("przejście Chasan–Tumangang",
    "port Rajin") unless the facility spans it ("strefa ekonomiczna Rason").  A body inside a facility's name: "kwatera główna NATO"
    (no person: "Port im. Kim Ir Sena" names no act of Kim's).  A body inside another body's name is not
    mentioned: "Rada Bezpieczeństwa ONZ" is the council, "Sztab Generalny Sił Zbrojnych Ukrainy" the staff."""
    outer = [f for f in kept if f.end - f.start > 1 and f.entity.table in ("actor", "facility")
             and f.entity.kind not in ("country", "person")]
    if not outer:
        return []
    facilities = [f for f in outer if f.entity.table == "facility"]
    present = {(f.start, f.end, f.entity) for f in kept}
    out = []
    for f in matched:
        e = f.entity
        if e.table == "actor" and e.kind == "country" and f.via in ("name", "alias"):
            inside = any(o.start < f.start and f.end <= o.end for o in outer)
        elif e.table == "actor" and e.kind != "person" and f.via in ("name", "alias"):
            inside = any(o.start < f.start and f.end <= o.end for o in facilities)
        elif e.table == "location" and e.kind != "country":
            if any(g.entity.table == "location" and g.start <= f.start and f.end <= g.end
                   and g.end - g.start > f.end - f.start for g in matched):
                continue  # "baza w Mińsku Mazowieckim": the town, not Minsk
            after_preposition = tokens[f.start - 1].lower in lex.place_prepositions if f.start > 0 else False
            inside = any(
                o.start < f.start and f.end <= o.end and (after_preposition or o.entity.kind in lex.zone_kinds)
                for o in outer
            )
        else:
            continue
        if inside and (f.start, f.end, e) not in present:
            case = f.case if f.case is not None or f.match is None else _match_cases(tokens, f.match)
            out.append(_Found(e, f.start, f.end, f.via, case, f.match))
            present.add((f.start, f.end, e))
    return out


#: places small enough for "the arsenal there" to be one facility; "zakłady w obwodzie briańskim" is any plant
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "district"})


def _facilities_by_place(
    tokens: Sequence[Token], found: Sequence[_Found], gazetteer: Gazetteer, lex: _Lexicon
) -> tuple[list[_Found], set[int]]:
    """A facility named by a common noun and its place: "arsenał pod Tichorieckiem", "skład amunicji w
    Toropcu", "zakłady zbrojeniowe w Kanggye" are the one facility of that kind the gazetteer has there;
    where it has none, a candidate facility ("przejście graniczne w Kukurykach").  Returns the facilities and the
    ids of candidate actors that turned out to be the unknown place of one ("Kukurykach")."""
    places = [f for f in found if f.start >= 2 and tokens[f.start - 1].lower in lex.facility_place_prepositions
              and ((f.entity.table == "location" and f.entity.kind in _SETTLEMENT_KINDS)
                   or (f.via == "candidate" and f.entity.table == "actor" and f.entity.kind == "unknown"))]
    # "port Nachodka", "w porcie Czongdzin": a site noun right before the name of its town
    places += [f for f in found if f.start >= 1 and f.entity.table == "location" and f.entity.kind in _SETTLEMENT_KINDS
               and tokens[f.start].is_capitalized and _facility_kinds(tokens[f.start - 1], lex)]
    english = [f for f in found if f.start >= 2 and tokens[f.start - 1].lower == "of" and tokens[
        f.start - 2].lower in lex.english_sites_of and (f.entity.table == "location" and f.entity.kind in
                                                        _SETTLEMENT_KINDS or f.via == "candidate" and f.entity.table
                                                        == "actor" and f.entity.kind == "unknown")]
    if not places and not english:
        return [], set()
    facilities = [f for f in found if f.entity.table == "facility"]
    covered = {k for f in found for k in range(f.start, f.end)}
    out = []
    named: set[int] = set()
    if english and not _polish_sentence(tokens, lex):
        for place in english:  # "the port of Dunay": the port the gazetteer has there, or a candidate "Port of Dunay"
            noun = place.start - 2
            if any(f.start <= noun < f.end or f.start < place.end <= f.end for f in facilities):
                continue
            kind = lex.english_facility_heads.get(tokens[noun].lower, "port")
            fitting = [e for e in gazetteer.facilities_at.get(place.entity.name) or () if e.kind == kind]
            run = tokens[place.start : place.end]
            entity = fitting[0].ref if len(fitting) == 1 else EntityRef(
                table="facility", name=f"{tokens[noun].text.capitalize()} of {_join(run, [t.text for t in run])}",
                kind=kind, country=place.entity.country, is_candidate=True)
            out.append(_Found(entity, noun, place.end, "alias" if len(fitting) == 1 else "candidate", frozenset()))
            if place.entity.table == "actor":
                named.add(id(place))
    for place in places:
        at = gazetteer.facilities_at.get(place.entity.name)
        apposed = tokens[place.start - 1].lower not in lex.facility_place_prepositions
        head, kinds = (place.start - 1, _facility_kinds(tokens[place.start - 1], lex)) if apposed else _facility_noun(
            tokens, place.start - 1, lex)
        if head is None or any(f.start <= head < f.end or f.start < place.end <= f.end for f in facilities):
            continue
        fitting = [e for e in at or () if e.kind in kinds]
        if len(fitting) == 1:
            out.append(_Found(fitting[0].ref, head, place.end, "alias", _candidate_cases(tokens[head : head + 1], "")))
        elif not fitting and _one_facility(tokens[head], lex) and (
                apposed or _plain_phrase(tokens[head + 1 : place.start - 1])):
            out.append(_candidate_facility(tokens, head, place, lex, covered, apposed))
            if place.entity.table == "actor":
                named.add(id(place))  # "w Kukurykach": a place the gazetteer does not know, not an actor
    return out, named


_SITE_NAME_KINDS = frozenset({"unknown", "company", "organization"})


def _named_sites(tokens: Sequence[Token], found: Sequence[_Found], lex: _Lexicon) -> tuple[list[_Found], set[int]]:
    """A site named by its noun and a name the gazetteer does not know ("zakłady lotnicze Progress", "zakładów
    Bumar-Łabędy", "poligonie Kniaze-Wołkonskoje", "ośrodek narciarski Masikryong"): a candidate facility named by
    its noun phrase in the nominative and the name as written, in place of the candidate actor the name was."""
    out: list[_Found] = []
    taken: set[int] = set()
    for f in found:
        if f.via != "candidate" or f.entity.table != "actor" or f.entity.kind not in _SITE_NAME_KINDS or f.start < 1:
            continue
        head = f.start - 1
        while head > 0 and f.start - head <= 2 and tokens[head].kind == "word" and tokens[head].text[:1].islower() and (
                tokens[head].has_pos(*_DECLINED_ADJ_POS) and not _facility_kinds(tokens[head], lex)):
            head -= 1  # "zakłady lotnicze", "ośrodku narciarskim": adjectives of the kind of site
        kinds = _facility_kinds(tokens[head], lex)
        if not kinds or any(g is not f and g.start <= head < g.end for g in found):
            continue
        end = f.end
        while end + 1 < len(tokens) and tokens[end].text in ("–", "-") and not tokens[end].space_before and tokens[
                end + 1].is_capitalized:
            end += 2  # "most Quanhe–Wonjong", "przejście Hunchun–Kraskino": two places make one name
        phrase = tokens[head : f.start]
        name = _join(phrase, _head_phrase_nominative(phrase)) + " " + _join(tokens[f.start : end], [
            t.text for t in tokens[f.start : end]])
        lemma = next(a.lemma for a in tokens[head].analyses if a.pos in _NOUN_POS and a.lemma in lex.facility_nouns)
        entity = EntityRef(table="facility", name=name, kind=lex.facility_nouns[lemma][0], is_candidate=True)
        out.append(_Found(entity, head, end, "candidate", _candidate_cases(tokens[head : head + 1], "")))
        taken |= {id(g) for g in found if f.start <= g.start and g.end <= end}
    return out, taken


def _bodies_by_place(tokens: Sequence[Token], found: Sequence[_Found], lex: _Lexicon) -> tuple[list[_Found], set[int]]:
    """A court, prosecutor's office, police or customs office named by its noun and its place ("Sąd okręgowy w
    Pusanie", "prokuratura w Lublinie", "policja prefektury Osaka"): a candidate actor the gazetteer lacks, named by
    its noun phrase in the nominative and its place as written, which takes the place of any shorter candidate inside
    it (the place itself stays mentioned as a name inside a name).  Only one body (a singular noun), and not one the
    gazetteer knows."""
    out: list[_Found] = []
    taken: set[int] = set()
    for place in found:
        if place.entity.table != "location" or place.entity.kind == "country" or place.start < 1:
            continue
        end = place.start - 1 if tokens[place.start - 1].lower in lex.facility_place_prepositions else place.start
        head = next((j for j in range(end - 1, max(end - 4, -1), -1) if _body_noun(tokens[j], lex)), None)
        if head is None or not _plain_phrase(tokens[head + 1 : end]):
            continue
        inside = [f for f in found if f is not place and (head <= f.start < place.end or f.start <= head < f.end)]
        if any(f.via != "candidate" and f.entity.table == "actor" for f in inside):
            continue  # "Prokuratura Krajowa", a body the gazetteer knows
        lemma = next(a.lemma for a in tokens[head].analyses if a.pos in _NOUN_POS and a.lemma in lex.body_nouns)
        name = " ".join([*_head_phrase_nominative(tokens[head:end]), *(t.text for t in tokens[end : place.end])])
        entity = EntityRef(table="actor", name=name[:1].upper() + name[1:], kind=lex.body_nouns[lemma],
                           country=place.entity.country, is_candidate=True)
        out.append(_Found(entity, head, place.end, "candidate", _candidate_cases(tokens[head : head + 1], "")))
        taken |= {id(f) for f in inside} | {id(place)}
    return out, taken


def _body_noun(token: Token, lex: _Lexicon) -> bool:
    """A noun of a court or law enforcement body in the singular ("sąd", "prokuratura"; not "sądy")."""
    readings = [a for a in token.analyses if a.pos in _NOUN_POS and a.lemma in lex.body_nouns]
    return token.kind == "word" and bool(readings) and all("pl" not in a.numbers for a in readings)


def _one_facility(noun: Token, lex: _Lexicon) -> bool:
    """A facility noun in the singular names one site ("port w Nachodce"); "zakłady w Moskwie" are any of many."""
    readings = [a for a in noun.analyses if a.pos in _NOUN_POS and a.lemma in lex.facility_nouns]
    return bool(readings) and all("pl" not in a.numbers for a in readings)


def _plain_phrase(words: Sequence[Token]) -> bool:
    """Only adjectives and genitive nouns between a facility noun and its place ("bazy lotniczej", "skład amunicji"),
    not another phrase ("przejście do ofensywy w Kursku")."""
    return all(t.kind == "word" and (t.has_pos(*_DECLINED_ADJ_POS) or "gen" in t.cases(_NOUN_POS)) and not
               t.has_pos("prep", "fin", "praet", "conj") for t in words)


def _candidate_facility(tokens: Sequence[Token], head: int, place: _Found, lex: _Lexicon,
                        covered: set[int] | frozenset[int] = frozenset(), apposed: bool = False) -> _Found:
    """"przejście graniczne w Kukurykach", "lotnisko we Władywostoku": a site the gazetteer does not know, named by
    its noun phrase in the nominative and its place as written, of the noun's first kind."""
    preposition = place.start if apposed else place.start - 1  # "port Nachodka": no preposition
    first = head
    while first > 0 and first - 1 not in covered and tokens[first - 1].kind == "word" and tokens[
            first - 1].text[:1].islower() and tokens[first - 1].has_pos(*_DECLINED_ADJ_POS) and not tokens[
            first - 1].lemmas & lex.facility_adjectives_left_out:
        first -= 1  # "wojskowym sanatorium w Soczi": the adjective names the kind of site, "rosyjskie" its owner
    phrase = tokens[first:preposition]
    name = " ".join([*_head_phrase_nominative(phrase), *(t.text for t in tokens[preposition : place.end])])
    lemma = next(a.lemma for a in tokens[head].analyses if a.pos in _NOUN_POS and a.lemma in lex.facility_nouns)
    kind = lex.facility_nouns[lemma][0]
    country = place.entity.country or (place.entity.name if place.entity.kind == "country" else None)
    entity = EntityRef(table="facility", name=name[:1].lower() + name[1:], kind=kind, country=country,
                       is_candidate=True)
    return _Found(entity, first, place.end, "candidate", _candidate_cases(tokens[head : head + 1], ""))


def _facility_kinds(token: Token, lex: _Lexicon) -> frozenset[str]:
    """The kinds of facility a lowercase noun names ("portem": port), none for any other word."""
    if token.kind != "word" or not token.text[:1].islower():
        return frozenset()
    return frozenset().union(*(lex.facility_nouns.get(a.lemma, ()) for a in token.analyses if a.pos in _NOUN_POS))


def _facility_noun(tokens: Sequence[Token], preposition: int, lex: _Lexicon) -> tuple[int | None, frozenset[str]]:
    """The facility noun before a place preposition, over at most two adjectives or genitive nouns
    ("skład amunicji", "bazy lotniczej", "zakładach zbrojeniowych"), and the kinds of facility it names."""
    for j in range(preposition - 1, max(preposition - 4, -1), -1):
        t = tokens[j]
        if t.kind != "word" or not (t.text[:1].islower() or _opens_sentence(tokens, j)):
            break
        kinds = frozenset().union(*(lex.facility_nouns.get(a.lemma, ()) for a in t.analyses
                                    if a.pos in _NOUN_POS))
        if kinds:
            return j, kinds
    return None, frozenset()


def _product_stems(tokens: Sequence[Token], products: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Stems of product names and of model designations ("Gerań-2" -> "gerań"), to recognise their other
    forms in the same text ("tysiące Gerani")."""
    stems = {stem_key(t.text) for a, b in products for t in tokens[a:b] if t.kind == "word"}
    for t in tokens:
        if "-" not in t.text or t.kind != "word":
            continue
        head = t.text.split("-", 1)[0]
        if _MODEL_CODE.search(t.text) and len(head) >= 3 and head[0].isupper():
            stems.add(stem_key(head))
    return frozenset(stems)


# --- gazetteer matches in context ----------------------------------------------------------------------------


def _resolve_context(
    tokens: Sequence[Token], matches: Sequence[Match], gazetteer: Gazetteer, lex: _Lexicon
) -> list[_Found]:
    """Decide place or actor for capitals and countries; drop what the context rules out."""
    place: list[bool] = []
    city_spans: set[tuple[int, int]] = set()
    acting_metonym_spans: set[tuple[int, int]] = set()
    metonym_spans = {(m.start, m.end) for m in matches if m.pattern.via == "metonym" and m.pattern.entry.table == "actor"}
    for m in matches:
        entry = m.pattern.entry
        p = _needs_context(m) and (_place_context(tokens, m, lex) or m.pattern.via == "metonym" and m.start > 0
                                    and tokens[m.start - 1].lower in lex.origin_prepositions
                                    and "gen" in _match_cases(tokens, m) or _dateline(tokens, m)
                                    or _visited(tokens, m, lex))
        place.append(p)
        if entry.table == "location" and entry.kind != "country":
            city_spans.add((m.start, m.end))
        elif entry.table == "facility" and (m.start, m.end) in metonym_spans and "acc" not in _match_cases(tokens, m):
            city_spans.add((m.start, m.end))  # "na Kremlu" is the site the gazetteer knows; "presja na Kreml" is no place
        elif not p and m.pattern.via == "metonym" and entry.table == "actor":
            acting_metonym_spans.add((m.start, m.end))
    out: list[_Found] = []
    for m, p in zip(matches, place, strict=True):
        entry = m.pattern.entry
        span = (m.start, m.end)
        if entry.table == "location" and entry.kind == "country":
            if p:  # "do Rosji": the country as a place (its actor is found too)
                out.append(_Found(entry.ref, m.start, m.end, m.pattern.via, None, m))
            continue
        if entry.table == "actor" and m.pattern.via == "metonym":
            if not p:
                out.append(_Found(entry.ref, m.start, m.end, "metonym", None, m))
            elif span not in city_spans:  # "na Kremlu": the seat, as a place in the country
                try:
                    where = gazetteer.ref("location", entry.name)
                except GazetteerError:
                    continue
                out.append(_Found(where, m.start, m.end, "metonym", None, m))
            continue
        if entry.table == "location" and span in acting_metonym_spans:
            continue  # "Pjongjang wysłał": the state, not the city
        if entry.table == "facility" and span in metonym_spans and (span in acting_metonym_spans or span not in city_spans):
            continue  # "Kreml zaprzecza", "presja na Kreml": the state, not the site
        out.append(_Found(entry.ref, m.start, m.end, m.pattern.via, None, m))
    return out


def _visited(tokens: Sequence[Token], m: Match, lex: _Lexicon) -> bool:
    """Is the match the object right after a verb of visiting ("odwiedził Pjongjang", "visited Moscow")?"""
    if m.start == 0:
        return False
    verb = tokens[m.start - 1]
    if not (verb.lemmas | {verb.lower}) & lex.visit_verbs:
        return False
    cases = _match_cases(tokens, m)
    return not cases or "acc" in cases


def _english_place_body(tokens: Sequence[Token], start: int, end: int, lex: _Lexicon) -> bool:
    """Is the run a body of an English text whose name a city before it opens ("District Court")?"""
    words = " ".join(t.lower for t in tokens[start:end])
    return not _polish_sentence(tokens, lex) and any(words.endswith(b) for b in lex.english_place_bodies)


def _initial_dot(tokens: Sequence[Token], end: int) -> bool:
    """Does a name end with one capital letter whose dot follows it at once ("Marco V.", "Jens W.")?"""
    return 0 < end < len(tokens) and tokens[end].text == "." and not tokens[end].space_before and len(
        tokens[end - 1].text) == 1 and tokens[end - 1].text.isupper()


def _after_given_name(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does a first name stand right before the word at ``k`` ("Anna Kozak", "Eleanor Whitby")?"""
    if k == 0 or not tokens[k - 1].is_capitalized:
        return False
    first = tokens[k - 1]
    return first.text in lex.given_names or any("imię" in a.name_class for a in first.analyses)


def _dateline(tokens: Sequence[Token], m: Match) -> bool:
    """A news agency's dateline: a city in capitals opening the article's text, alone or with others after "/",
    before a dash or a bracket ("SEOUL/TOKYO --", "WASHINGTON (AP) —"): the place it was written."""
    words = tokens[m.start : m.end]
    if m.pattern.via != "metonym" or not all(t.kind != "word" or t.text.isupper() for t in words) or not any(
            t.kind == "word" for t in words):
        return False  # a capital standing for its state, written in capitals (not "USA, Chiny i Rosja")
    if any(not (t.text == "/" or t.kind == "word" and t.text.isupper()) for t in tokens[: m.start]):
        return False
    return m.end < len(tokens) and tokens[m.end].text in _DATELINE_AFTER


_DATELINE_AFTER = frozenset({"/", "--", "—", "–", "-", "(", ","})


def _surname_after_first_name(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Is the word at ``k`` a surname right after a capitalized first name ("Michał Lipski", "Anna Wilno")?"""
    return any("nazwisko" in a.name_class for a in tokens[k].analyses) and _after_given_name(tokens, k, lex)


def _needs_context(m: Match) -> bool:
    """Countries (actor or place?) and capitals (state or city?) depend on the words before them."""
    entry = m.pattern.entry
    return entry.kind == "country" and entry.table == "location" or (
        entry.table == "actor" and m.pattern.via == "metonym"
    )


#: kinds of actors whose names stand alone, never inside another name: a candidate run is split at them
_SELF_NAMED_KINDS = frozenset({"media", "person", "company", "agency"})


def _release_foreign_words(
    tokens: Sequence[Token], chosen: list[_Found], covered: set[int], lex: _Lexicon
) -> tuple[list[_Found], set[int]]:
    """An English alias inside a longer unknown name is part of that name, not the entity: "The Moscow
    Times", "Kyiv Independent", "Database Center for North Korean Human Rights"."""
    foreign = [f for f in chosen if f.match is not None and f.match.pattern.foreign]
    if not foreign or not _polish_sentence(tokens, lex):
        return chosen, covered  # in English "Russia's Defence Ministry" is Russia and a ministry
    shouting = _Shouting(tokens)
    released: set[int] = set()
    for f in foreign:
        m = f.match
        if m is None or m.pattern.tokens[0].acronym or f.entity.kind in _SELF_NAMED_KINDS:
            continue  # a known outlet or person next to a name is no part of it: "z Onetem Katarzyna Bielska"
        if f.entity.table == "location" and f.start > 0 and tokens[f.start - 1].lower in (
            lex.facility_place_prepositions
        ):
            continue  # "konsul w Krakowie Andrij Sawczuk": a place after its preposition, then a person
        neighbours = [j for j in (f.start - 1, f.end) if 0 <= j < len(tokens) and j not in covered]
        if f.end < len(tokens) - 1 and tokens[f.end].lower in lex.connectors and f.end + 1 not in covered:
            neighbours.append(f.end + 1)  # "Center for North Korean Human Rights"
        if any(_is_name_word(tokens, j, lex, shouting) for j in neighbours):
            released.update(range(f.start, f.end))
    if not released:
        return chosen, covered
    return [f for f in chosen if not released.intersection(range(f.start, f.end))], covered - released


def _polish_sentence(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """Most lowercase words known to morfeusz2: a Polish sentence (English words are mostly unknown)."""
    words = [t for t in tokens if t.kind == "word" and t.text[:1].islower() and t.lower not in lex.connectors]
    return not words or sum(t.is_known for t in words) >= 0.8 * len(words)


def _select(found: Sequence[_Found]) -> list[_Found]:
    """Longest first; no overlap within a table, nothing strictly inside a longer mention of any table."""
    ranked = sorted(
        found,
        key=lambda f: (-(f.end - f.start), f.start, _VIA_RANK.get(f.via, 9), _TABLE_RANK[f.entity.table]),
    )
    chosen: list[_Found] = []
    for f in ranked:
        clash = False
        for c in chosen:
            overlaps = f.start < c.end and c.start < f.end
            same_span = (f.start, f.end) == (c.start, c.end)
            if overlaps and (c.entity.table == f.entity.table or not same_span and _inside(f, c)):
                clash = True
                break
        if not clash:
            chosen.append(f)
    return chosen


def _inside(inner: _Found, outer: _Found) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _parenthesized_acronyms(tokens: Sequence[Token], found: Sequence[_Found], matches: Sequence[Match]) -> list[_Found]:
    """"Narodowa Służba Wywiadowcza (NIS)": the acronym right after a name is that name."""
    known_starts = {m.start for m in matches}
    out = []
    for f in found:
        k = f.end
        if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
            acr = tokens[k + 1]
            if acr.kind == "word" and is_acronym(acr.text) and k + 1 not in known_starts:
                via = "candidate" if f.entity.is_candidate else "alias"
                out.append(_Found(f.entity, k + 1, k + 2, via, frozenset()))
    return out


def _place_context(tokens: Sequence[Token], where: Match | int, lex: _Lexicon) -> bool:
    """Is the name (a match, or the word at a position) governed by a place preposition ("w", "do",
    "w pobliżu") that takes the case it stands in?"""
    start = where if isinstance(where, int) else where.start
    j = start - 1
    skipped = 0
    while j >= 0 and skipped < lex.place_adjectives_between and _is_plain_adjective(tokens[j]):
        j -= 1
        skipped += 1
    if j < 0:
        return False
    allowed = lex.place_prepositions.get(tokens[j].lower)
    if allowed is None:
        if j >= 1 and any((tokens[j - 1].lower, w) in lex.place_phrases for w in tokens[j].lemmas | {tokens[j].lower}):
            # a Polish phrase governs the genitive ("w pobliżu Kurska"); an English one any form ("east of Moscow")
            allowed = frozenset({"gen"}) if _polish_sentence(tokens, lex) else frozenset()
        else:
            return False
    if not allowed or isinstance(where, int):
        return True
    cases = _match_cases(tokens, where)
    return not cases or bool(cases & allowed)


def _is_plain_adjective(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].islower() and token.is_known and all(
        a.pos in _ADJ_POS for a in token.analyses
    )


# --- grammatical case ------------------------------------------------------------------------------------------


def _match_cases(tokens: Sequence[Token], m: Match) -> frozenset[str]:
    """Cases of the head word of a match: the first noun, or the last word of a person's name.

    They depend on the alias and the matched word forms alone: remembered (the same names recur in every
    article), for as long as the forms have the same readings."""
    span = tokens[m.start : m.end]
    key: tuple[int | str, ...] = (id(m.pattern), *(t.text for t in span))
    seen = _MATCH_CASES.get(key)
    if seen is not None and seen[0] is m.pattern and all(
        t.analyses is analyses and t.kind == kind for t, analyses, kind in zip(span, seen[1], seen[2], strict=True)
    ):
        return seen[3]
    cases = _head_cases(tokens, m)
    if len(_MATCH_CASES) >= 100_000:
        _MATCH_CASES.clear()
    # the pattern is kept in the value, so that its id stays its own while the entry lives
    _MATCH_CASES[key] = (m.pattern, tuple(t.analyses for t in span), tuple(t.kind for t in span), cases)
    return cases


#: (id of the alias pattern, *forms) -> (the pattern, the forms' readings, their kinds, the cases)
_MATCH_CASES: dict[
    tuple[int | str, ...],
    tuple[AliasPattern, tuple[tuple[Analysis, ...], ...], tuple[str, ...], frozenset[str]],
] = {}


def _head_cases(tokens: Sequence[Token], m: Match) -> frozenset[str]:
    person = m.pattern.entry.kind == "person"
    pairs = list(zip(tokens[m.start : m.end], m.pattern.tokens, strict=True))
    if person:
        pairs = [p for p in pairs if p[0].kind == "word"][-1:] or pairs
    best: frozenset[str] | None = None
    for token, pt in pairs:
        if pt.acronym:
            continue
        if person and token.text == pt.base and token.is_known:
            return _NOMINATIVE  # written as the nominative: "Kim Dzong Un" (not the acronym "UN" of all cases)
        keys = pt.keys
        readings = [a for a in token.analyses if a.pos != "ign" and a.lemma.lower() in keys]
        if pt.numbers:
            readings = [a for a in readings if a.numbers & pt.numbers] or readings
        nouns = [a for a in readings if a.pos in _NOUN_POS]
        if nouns:
            return frozenset().union(*(a.cases for a in nouns))
        if not token.is_known and token.text[:1].isupper():
            return _foreign_cases(token.text, pt, person)
        if readings and best is None:
            best = frozenset().union(*(a.cases for a in readings))
    return best or frozenset()


def _foreign_cases(text: str, pattern: AliasToken | None, person: bool = False) -> frozenset[str]:
    """Cases of a name morfeusz2 does not know, from its ending beyond the nominative form."""
    endings = _lexicon().foreign_endings
    word = text.lower()
    if pattern is not None:
        base = (pattern.base or pattern.text).lower()
        if word == base:  # a thing's accusative is its nominative; a man's is his genitive
            return _NOMINATIVE | ({"acc"} if base[-1:] not in "aeiouyąę" and not person else set())
        common = 0
        while common < min(len(word), len(base)) and word[common] == base[common]:
            common += 1
        suffix = word[common:]
    else:
        suffix = word
    shortest = 1 if pattern is not None else 2
    for n in range(min(len(suffix), 4), shortest - 1, -1):
        hit = endings.get(suffix[-n:])
        if hit is not None:
            return hit
    return frozenset({"nom", "acc"}) if pattern is None and word[-1:] not in "aeiouyąę" else frozenset()


# --- candidates -------------------------------------------------------------------------------------------------


def _candidates(
    tokens: Sequence[Token], covered: set[int], found: Sequence[_Found], lex: _Lexicon,
    ordinal: _Ordinal | None = None, candidate_locations: bool = False,
) -> tuple[list[_Found], set[int], list[tuple[int, int]]]:
    """Runs of capitalized words the gazetteer does not know, as candidate actors; the gazetteer
    mentions that turned out to be parts of a longer name ("Ukraińskie Siły Operacji Specjalnych",
    "Sztab Generalny Sił Zbrojnych Rosji"); and the spans of product names ("drony Shahed")."""
    n = len(tokens)
    shouting = _Shouting(tokens)
    capitalized = [k for k, t in enumerate(tokens) if t.kind == "word" and t.text[:1].isupper()]
    name_like = [False] * n
    for k in capitalized:
        if k not in covered:
            name_like[k] = _is_name_word(tokens, k, lex, shouting, continued=k == 0 and ordinal is not None)
    for k in capitalized:
        if k == n - 1 or name_like[k] or k in covered:
            continue
        joined = name_like[k + 1] or tokens[k + 1].lower in lex.connectors and k + 2 < n and name_like[k + 2]
        if joined and (_opening_adjective(tokens, k) or _opening_institution(tokens, k, lex)):
            name_like[k] = True
        elif joined and k > 0 and name_like[k - 1] and tokens[k].lower in lex.titles_in_names and not (
                _polish_sentence(tokens, lex)):
            name_like[k] = True  # "Namgang General Construction Company": a title's word inside an English name
        elif joined and k > 0 and name_like[k - 1] and _is_title(tokens[k], lex) and not _opens_sentence(tokens, k) and (
                _polish_sentence(tokens, lex)):
            name_like[k] = True  # "Kolegium Połączonych Szefów Sztabów": a capitalized title inside a Polish name
    out: list[_Found] = []
    absorbed: set[int] = set()  # ids of the gazetteer mentions taken into a candidate
    products: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not name_like[k]:
            k += 1
            continue
        start, (end, before_person) = k, _run_end(tokens, k, name_like, lex)
        end, company = _company_suffix_end(tokens, start, end, lex)
        end = _domain_end(tokens, end)
        k = end
        if end - start > 1 and start > 0 and tokens[start - 1].lower in lex.facility_place_prepositions and any(
            "nazwa_geograficzna" in a.name_class for a in _name_readings(tokens[start])
        ) and not has_common_reading(tokens[start]):  # "w Dolinie Jangcy", "w Radzie Bezpieczeństwa" stay whole
            start += 1  # "w Krakowie Andrij Sawczuk": the place after its preposition is no part of the name
        if _is_product(tokens, start, end, products, lex):
            products.append((start, end))
            continue
        run = tokens[start:end]
        unit = _numbered_unit(tokens, start, end, lex, ordinal)
        place = _place_kind(tokens, start, run, lex) if candidate_locations and unit is None else None
        if place is not None:
            entity = EntityRef(table="location", name=_candidate_name(run, "unknown", lex), kind=place,
                               is_candidate=True)
            out.append(_Found(entity, start, end, "candidate", _candidate_cases(run, "unknown")))
            continue
        site = _english_site(tokens, start, end, lex) if unit is None and not company else None
        if site is not None:  # "the Komsomolsk Refinery", "Rosneft's Komsomolsk refinery"
            kind, end = site
            run = tokens[start:end]
            entity = EntityRef(table="facility", name=_join(run, [t.text for t in run]), kind=kind, is_candidate=True)
            out.append(_Found(entity, start, end, "candidate", frozenset()))
            k = max(k, end)
            continue
        if unit is None and not company and _skip_run(tokens, start, run, lex):
            continue
        kind = (
            "military" if unit is not None
            else "company" if company
            else _kind_of_head(run, lex) if before_person  # the title before it is the person's
            else _guess_kind(tokens, start, run, lex)
        )
        start = start if unit is None else unit[0]
        start, end, parts = _absorb(tokens, start, end, kind, found, lex)
        absorbed.update(id(p) for p in parts if _replaced_by_candidate(p))
        run = tokens[start:end]
        country = next((p.entity.name if p.entity.kind == "country" else p.entity.country for p in parts), None)
        title = _title_before(tokens, start - 1, lex) if kind == "person" else None
        name = _candidate_name(run, kind, lex, title, _governed_cases(tokens, start, lex) if kind == "person" else frozenset())
        if not _polish_sentence(tokens, lex):
            name = _join(run, [t.text for t in run])  # English: as written ("Pier" is no form of "piera")
        if kind != "person" and _in_apposition(tokens, start, lex):
            name = _join(run, [t.text for t in run])  # "portalu Wot Tak": a name after its noun stays as written
        if unit is not None and unit[1]:  # the ordinal ended the previous sentence
            name = f"{unit[1]} {name}"
            country = country or (ordinal.country if ordinal is not None else None)
        if kind == "person" and _initial_dot(tokens, end):
            end, name = end + 1, name + "."  # "Marco V.", "Marcin K.": a surname's initial keeps its dot
        entity = EntityRef(table="actor", name=name, kind=kind, country=country, is_candidate=True)
        out.append(_Found(entity, start, end, "candidate", _candidate_cases(run, kind)))
    return out, absorbed, products


def _english_site(tokens: Sequence[Token], start: int, end: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The kind and the end of an English facility's name: a name of two words or more whose last word is a site's
    noun (``english_facility_heads``: "Komsomolsk Refinery", "Dunai Terminal"), or a name with such a noun written in
    lowercase right after it ("Rosneft's Komsomolsk refinery")."""
    last = tokens[end - 1].lower
    after = tokens[end] if end < len(tokens) else None
    if end - start >= 2 and last in lex.english_facility_heads:
        site = lex.english_facility_heads[last], end
    elif after is not None and after.text.islower() and after.lower in lex.english_facility_heads:
        site = lex.english_facility_heads[after.lower], end + 1
    else:
        return None
    return None if _polish_sentence(tokens, lex) else site


def _numbered_unit(
    tokens: Sequence[Token], start: int, end: int, lex: _Lexicon, ordinal: _Ordinal | None
) -> tuple[int, str] | None:
    """A military unit named with its number ("80. Brygady Desantowo-Szturmowej", "47 Brygada"): the
    start of the name with its number, and the number's text when it ended the previous sentence."""
    words = [t for t in tokens[start:end] if t.kind == "word"][:3]
    if not any(not t.lemmas.isdisjoint(lex.unit_heads) for t in words):
        return None
    if start >= 2 and tokens[start - 1].text == "." and not tokens[start - 1].space_before and _is_ordinal(
        tokens[start - 2]
    ):
        return start - 2, ""
    if start >= 1 and _is_ordinal(tokens[start - 1]):
        return start - 1, ""
    if start == 0 and ordinal is not None and (len(words) >= 2 or words[0].cases() - _NOMINATIVE - {"voc"}):
        return start, ordinal.text  # "80. | Brygady Desantowo-Szturmowej", "80. | Brygady", not "120. | Armia"
    return None


def _place_kind(tokens: Sequence[Token], start: int, run: Sequence[Token], lex: _Lexicon) -> str | None:
    """The kind of place a run names, None if it is no place: after a place noun ("we wsi Gujewo"), with a
    place noun for its head after a place preposition ("w Dolinie Jangcy"), a geographic name morfeusz2
    knows ("w Kazaniu"), or one unknown word whose ending fits a place preposition ("w Zołotuchinie",
    "pod Kleszczejewką")."""
    words = [t for t in run if t.kind == "word" and t.lower not in lex.connectors]
    if not words or any(is_acronym(t.text) for t in words):
        return None
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.kind == "word" and before.text[:1].islower():
        kind = next((lex.place_heads[lemma] for lemma in sorted(before.lemmas) if lemma in lex.place_heads), None)
        if kind is not None:
            return kind
    governed = _place_preposition_cases(tokens, start, lex)
    if governed is None:
        return None
    phrase = _head_phrase(run)
    if phrase is not None:
        heads = [lemma for i in phrase for lemma in sorted(run[i].lemmas) if lemma in lex.place_heads]
        if heads:
            return lex.place_heads[heads[0]]
    if _is_place_name(words):
        return "town"
    if len(words) == 1 and not words[0].is_known and _ending_cases(words[0].text) & governed:
        return "town"
    return None


def _ending_cases(word: str) -> frozenset[str]:
    """Cases the ending of an unknown word may stand for ("Zołotuchinie": locative), one letter included."""
    endings = _lexicon().foreign_endings
    low = word.lower()
    for n in range(min(len(low) - 2, 4), 0, -1):
        hit = endings.get(low[-n:])
        if hit is not None:
            return hit
    return frozenset()


def _place_preposition_cases(tokens: Sequence[Token], start: int, lex: _Lexicon) -> frozenset[str] | None:
    """The cases a place preposition right before ``start`` governs ("w" + locative; "w pobliżu" +
    genitive), None without one.  Prepositions of direction ("do") are left out: "do Gazpromu" is no place."""
    if start < 1:
        return None
    prev = tokens[start - 1].lower
    if prev in lex.place_prepositions and prev not in lex.direction_prepositions:
        return lex.place_prepositions[prev] or _ALL_CASES
    if start >= 2 and any((tokens[start - 2].lower, w) in lex.place_phrases for w in tokens[start - 1].lemmas):
        return frozenset({"gen"})
    return None


_ALL_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})


def _is_ordinal(token: Token) -> bool:
    return token.kind == "number" and token.text.isdigit() and len(token.text) <= 3


def _run_end(tokens: Sequence[Token], start: int, name_like: Sequence[bool], lex: _Lexicon) -> tuple[int, bool]:
    """The end of a run of name words, joined by connectors ("of", "bin"), slashes and initials; and
    whether a person's name follows the run ("prezes Rosnieftu | Igor Sieczin")."""
    n = len(tokens)
    end = start + 1
    while end < n:
        t = tokens[end]
        if name_like[end]:
            end += 1
        elif end + 1 < n and name_like[end + 1] and (t.lower in lex.connectors or t.text == "/" and not t.space_before):
            end += 2
        elif t.kind == "word" and len(t.text) == 1 and t.text.isupper() and _is_proper_word(tokens[end - 1]):
            end += 1  # "Kim Dzu E"
        else:
            break
    length = _name_length(tokens[start:end], lex)
    if length < 3:
        return start + length, False  # an institution and a person take three words at least
    person = _person_start(tokens[start : start + length], _title_before(tokens, start - 1, lex))
    return (start + length, False) if person is None else (start + person, True)


def _person_start(run: Sequence[Token], title: Token | None) -> int | None:
    """Where a person's name begins after an institution's in one run of capitalized words: "prezes
    Rosnieftu Igor Sieczin", "szef Agencji Wywiadu Obronnego Jeffrey Kruse".  The first name stands in
    the title's case (the nominative without a title); a genitive one belongs to the institution's name
    ("Uniwersytet Adama Mickiewicza").  Unknown foreign names need a title and a known word before them."""
    allowed = title.cases(("subst", "depr")) if title is not None else _NOMINATIVE
    for k in range(1, len(run) - 1):
        rest = [t for t in run[k:] if t.kind == "word"]
        if not 2 <= len(rest) <= 3 or not all(_personal_word(t) for t in rest):
            continue
        first, before = run[k], run[k - 1]
        if _first_name_cases(before):
            continue  # "Jan Paweł": one person's first names
        if _first_name_cases(first) & allowed:
            return k  # "prezes Rosnieftu Igor Sieczin"
        institution = any(t.kind == "word" and not _personal_word(t) for t in run[:k])
        if institution and first.text in _lexicon().family_names_first:
            return k  # "Sztabu Generalnego KAL Kim Jong Bok", not "Sin Hong Chol"
        foreign = not any(t.is_known for t in rest)
        if title is not None and foreign and before.is_known and any(has_common_reading(t) for t in run[:k]) and (
                before.text not in _lexicon().family_names_first):  # "wiceminister Kim Son Gyong": one name
            return k
    return None


def _first_name_cases(token: Token) -> frozenset[str]:
    return frozenset().union(*(a.cases for a in token.analyses if "imię" in a.name_class))


_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")



def _personal_word(token: Token) -> bool:
    """A word that may be part of a person's name: a known first name or surname, a family name written
    first ("Kim", "Pak"), or a foreign word."""
    return token.kind == "word" and not is_acronym(token.text) and (
        not token.is_known
        or token.text in _lexicon().family_names_first
        or _KOREAN_GIVEN_NAME.fullmatch(token.text) is not None  # "Sang-ho", "Jong-un" ("ho" is a Polish interjection)
        or any({"imię", "nazwisko"} & set(a.name_class) for a in token.analyses)
    )


def _name_length(run: Sequence[Token], lex: _Lexicon) -> int:
    """How many words of a run are one name: after its head phrase a Polish name goes on with words in
    the genitive ("Sztabu Generalnego Sił Zbrojnych") or one word in apposition ("Instytutu Asan"), so
    a longer stretch that cannot be genitive starts the next name: "Partii Demokratycznej | Park Sun-won"."""
    words = [t for t in run if t.kind == "word"]
    if 2 <= len(words) <= 4 and words[0].text in lex.family_names_first and all(
            t.text[:1].isupper() and not is_acronym(t.text) for t in words):
        return len(run)  # "Kim Son Gyong": a Korean name, though "Kim" reads as a pronoun and "Son" as a noun
    phrase = _head_phrase(run)
    if phrase is None or not any(has_common_reading(run[i]) for i in phrase):
        return len(run)  # a person's or a foreign name
    for k in range(phrase[-1] + 1, len(run)):
        t = run[k]
        if t.lower in lex.connectors:
            continue
        declined = [a for a in t.analyses if a.pos in ("subst", "depr", "adj")]
        fully_known = t.is_known and not t.has_pos("ign")
        rest = [w for w in run[k:] if w.kind == "word"]
        if t.kind == "word" and fully_known and declined and not any("gen" in a.cases for a in declined):
            return k if len(rest) >= 2 else len(run)  # one word is an apposition: "Instytutu Asan"
    return len(run)


def _is_product(tokens: Sequence[Token], start: int, end: int, products: Sequence[tuple[int, int]],
                lex: _Lexicon) -> bool:
    """A weapon or product name: after a weapon noun ("drony Shahed", "haubic M1989 Koksan") or, in English, before
    one ("Koksan guns"), in
    brackets or coordinated after one ("Shahedów i Gerani"), or a plural of an unknown word ("Iskanderami")."""
    if _after_equipment_head(tokens, start, lex):
        return True
    if end < len(tokens) and tokens[end].lower in lex.english_equipment and not _polish_sentence(tokens, lex):
        return True  # "Koksan guns", "Pantsir systems": an English weapon noun after the name
    last_product_end = products[-1][1] if products else -1
    between = [t.text.lower() for t in tokens[last_product_end:start]]
    if last_product_end >= 0 and 0 < len(between) <= 2 and set(between) <= {"(", "i", "oraz", "lub", "albo", ",", "/"}:
        return True
    words = [t for t in tokens[start:end] if t.kind == "word"]
    return len(words) == 1 and not words[0].is_known and words[0].text.endswith(lex.plural_endings)


def _absorb(
    tokens: Sequence[Token], start: int, end: int, kind: str, found: Sequence[_Found], lex: _Lexicon
) -> tuple[int, int, list[_Found]]:
    """Grow a candidate over gazetteer mentions that belong to its name: a capitalized generic alias or
    nationality adjective before it, genitive names after it ("Komisja Wojskowa Partii Pracy Korei")."""
    parts: list[_Found] = []
    if kind == "person":
        return start, end, parts
    by_end = {f.end: f for f in found if f.entity.table == "actor" and f.match is not None}
    before = by_end.get(start)
    if before is not None and _generic_written_as_name(tokens, before, start):
        parts.append(before)
        start = before.start
    elif before is None and _english_place_body(tokens, start, end, lex):  # "the Rotterdam District Court"
        place = next((f for f in found if f.end == start and f.entity.table == "location"
                      and f.entity.kind not in ("country", "region")), None)
        if place is not None:
            parts.append(place)
            start = place.start
    if any(t.kind == "word" and has_common_reading(t) for t in tokens[start:end]):  # an institution's name
        by_start = {f.start: f for f in found if f.entity.table == "actor" and f.match is not None}
        nxt = by_start.get(end)
        while (nxt is not None and "gen" in (nxt.case or ()) and tokens[nxt.start].text[:1].isupper()
               and nxt.entity.kind not in _SELF_NAMED_KINDS):
            parts.append(nxt)
            end = nxt.end
            nxt = by_start.get(end)
    return start, end, parts


def _replaced_by_candidate(f: _Found) -> bool:
    """Which absorbed mentions a candidate stands for: its generic alias or nationality adjective, and a
    country in its name (kept as the candidate's country); a named organization inside it stays a mention
    of its own ("Partii Pracy Korei" in "Centralna Komisja Wojskowa Partii Pracy Korei")."""
    return f.entity.kind == "country" or (f.match is not None and not f.match.pattern.needs_some_capital)


def _generic_written_as_name(tokens: Sequence[Token], f: _Found, start: int) -> bool:
    """A lowercase alias ("ukraińskie siły") or adjective written with capitals right before unknown
    capitalized words that are common nouns: the words are one name."""
    assert f.match is not None
    if f.match.pattern.needs_some_capital:
        return False
    words = [t for t in tokens[f.start : f.end] if t.kind == "word"]
    if not all(t.text[:1].isupper() for t in words):
        return False
    # a nationality adjective opening a sentence is capitalized for that alone
    return not (f.via == "adjective" and _opens_sentence(tokens, f.start))


def _with_country(candidate: _Found, tokens: Sequence[Token], found: Sequence[_Found], lex: _Lexicon) -> _Found:
    """The country of a candidate from its neighbours: "północnokoreańskiej firmy X", "Sztab X Rosji"."""
    if candidate.entity.country is not None:
        return candidate
    start, end = candidate.start, candidate.end
    head_between = start > 0 and not tokens[start - 1].lemmas.isdisjoint(lex.kind_heads)
    country = None
    for f in found:
        if f.entity.table != "actor" or f.entity.kind != "country":
            continue
        if f.start > 0 and tokens[f.start - 1].lower in lex.place_prepositions:
            continue  # "ambasador KRLD w Rosji X": the place of the post, not the person's country
        if f.end == start or (f.end == start - 1 and head_between) or (f.start == end and "gen" in (f.case or ())):
            country = f.entity.name
            break
    if country is None:
        return candidate
    entity = EntityRef(table="actor", name=candidate.entity.name, kind=candidate.entity.kind, country=country,
                       is_candidate=True)
    return _Found(entity, start, end, candidate.via, candidate.case)


def _name_keys(token: Token, lex: _Lexicon) -> frozenset[str]:
    """Keys of a word of a person's name, also of its nominative guess ("Zełenskim" ~ "Zełenskiego")."""
    return token_keys(token) | {"~" + stem_key(_person_word(token, lex))}


def _link_short_forms(
    per_sentence: Sequence[tuple[Sentence, list[_Found]]], lex: _Lexicon,
    defaults: Mapping[str, EntityRef] = MappingProxyType({}),
) -> list[tuple[Sentence, list[_Found]]]:
    """Short forms of a name given in full in the same text: a one-word candidate that is a word of a
    person's full name ("Pieskow" after "Dmitrij Pieskow"), an acronym defined in parentheses or made
    of a longer name's initials ("KSE"), the first words of a longer name ("Xiamen Limbach").  ``defaults``: the
    person a family name alone stands for (by its "~" stem key, "~kim") when nobody named in full has it."""
    people: list[tuple[EntityRef, list[frozenset[str]]]] = []
    family_first: set[EntityRef] = set()  # "Kim Dzong Un": given again as "Kim"
    acronyms: dict[str, EntityRef] = {}
    prefixes: dict[tuple[str, ...], EntityRef] = {}
    full_names: set[str] = set()  # keys of every word of a name of two or more words, a candidate's too
    for sentence, found in per_sentence:
        for f in found:
            words = [t for t in sentence.tokens[f.start : f.end] if t.kind == "word"]
            if len(words) >= 2 and f.entity.kind in ("person", "unknown"):
                full_names.update(key for t in words for key in _name_keys(t, lex))
            if f.entity.kind == "person" and f.entity.table == "actor" and len(words) >= 2:
                people.append((f.entity, [_name_keys(t, lex) for t in words]))
                if words[0].text in lex.family_names_first:
                    family_first.add(f.entity)
            defined = f.match is None and f.start > 0 and sentence.tokens[f.start - 1].text == "("
            if defined and len(words) == 1 and is_acronym(words[0].text):
                acronyms.setdefault(words[0].text, f.entity)
            if f.via == "candidate" and f.entity.kind != "person" and len(words) >= 2:
                named = [t.text for t in words if t.lower not in lex.connectors]
                if len(named) >= 3:  # "Kyiv School of Economics" ... "KSE"
                    acronyms.setdefault("".join(w[0] for w in named).upper(), f.entity)
                for n in range(1, len(words)):  # "Xiamen Limbach Aircraft Engine" ... "Xiamen Limbach"
                    prefixes.setdefault(tuple(t.text for t in words[:n]), f.entity)
    defaulted = {key: ref for key, ref in defaults.items() if key not in full_names}  # "Kim" alone: Kim Jong Un
    if not people and not acronyms and not prefixes and not defaulted:
        return list(per_sentence)
    surnames = {**defaulted, **_surnames(people, frozenset(family_first))}
    out = []
    for sentence, found in per_sentence:
        if surnames:
            found = found + _surname_mentions(sentence, found, surnames, lex)
            found.sort(key=lambda g: (g.start, -g.end))
        linked = []
        for f in found:
            if f.via == "candidate" and f.end - f.start > 1:
                key = tuple(t.text for t in sentence.tokens[f.start : f.end] if t.kind == "word")
                target = prefixes.get(key)
                if target is not None and target != f.entity:
                    f = _Found(target, f.start, f.end, "candidate", f.case)
            if f.entity.is_candidate and f.end - f.start == 1 and f.via == "candidate":
                token = sentence.tokens[f.start]
                target = (acronyms.get(token.text) or prefixes.get((token.text,))) if token.is_capitalized else None
                if target is None and f.entity.kind in ("unknown", "person"):
                    keys = _name_keys(token, lex)
                    target = next((p for p, words in people if any(not keys.isdisjoint(w) for w in words)), None)
                    if target is None and token.text[:1].isupper() and stem_key(token.text) in lex.family_stems:
                        target = next((defaulted[key] for key in keys if key in defaulted), None)  # "z Kimem"
                if target is not None and target != f.entity:
                    f = _Found(target, f.start, f.end, "candidate" if target.is_candidate else "alias", f.case)
            linked.append(f)
        out.append((sentence, linked))
    return out


def _surnames(people: Sequence[tuple[EntityRef, list[frozenset[str]]]],
              family_first: frozenset[EntityRef] = frozenset()) -> dict[str, EntityRef]:
    """Keys of the surname of each person's full name, for the people of a text: its last word, or its first for a
    name written family name first ("Kim" of "Kim Dzong Un"); a key that two people share ("Kim" of two Kims)
    belongs to neither."""
    owners: dict[str, set[EntityRef]] = {}
    for person, words in people:
        for key in words[0] if person in family_first else words[-1]:
            owners.setdefault(key, set()).add(person)
    return {key: next(iter(refs)) for key, refs in owners.items() if len(refs) == 1}


def _surname_mentions(
    sentence: Sentence, found: Sequence[_Found], surnames: Mapping[str, EntityRef], lex: _Lexicon
) -> list[_Found]:
    """A surname alone that the text gave in full before or after ("Władysław Wołoszyn ... Jak przekazał
    Wołoszyn", "Jan Kowalczyk ... według Kowalczyka"), read only where no other mention covers the word.  A
    word that is also a common noun ("wołoszyn", "kowalczyk") is one only where written with a capital and
    read by morfeusz2 as a surname in the singular, or not known at all."""
    covered = {k for f in found for k in range(f.start, f.end)}
    out: list[_Found] = []
    for k, token in enumerate(sentence.tokens):
        if k in covered or token.kind != "word" or not token.text[:1].isupper() or len(token.text) < 3:
            continue
        family = token.text in lex.family_names_first or (  # "Kim" is also the pronoun; "Kima", "kima" (a nap)
            k > 0 and stem_key(token.text) in lex.family_stems)
        if token.is_known and not any("nazwisko" in a.name_class and "sg" in a.numbers for a in token.analyses) and (
                not family):
            continue  # one person: "Wilki atakują" (wolves) has a surname reading only in the plural
        if token.text in lex.family_names_first and k + 1 < len(sentence.tokens) and sentence.tokens[
                k + 1].is_capitalized:
            continue  # "Kim Son Gyong": the family name opens another person's full name
        if token.readings("kto") and sentence.text.rstrip().endswith("?"):
            continue  # "Kim jest ten człowiek?": the pronoun of a question
        owners = {surnames[key] for key in _name_keys(token, lex) if key in surnames}
        if len(owners) == 1:
            person = owners.pop()
            named = not token.is_known or any("nazwisko" in a.name_class for a in token.analyses)
            out.append(_Found(person, k, k + 1, "candidate" if person.is_candidate else "alias",
                              (token.cases() if named else frozenset()) or frozenset()))  # "Kim": no pronoun case
    return out


def _words_named(
    per_sentence: list[tuple[Sentence, list[_Found]]], keys: Iterable[str],
    pick: Callable[[int, Sentence, int], _Found | None],
) -> list[tuple[Sentence, list[_Found]]]:
    """Mentions added by ``pick(sentence number, sentence, token position)`` at the words no mention covers whose
    lemmas include one of ``keys`` (the other sentences are passed over without a look at their words)."""
    wanted = frozenset(keys)
    out = []
    for n, (sentence, found) in enumerate(per_sentence):
        if wanted.isdisjoint(set().union(*(t.lemma_set for t in sentence.tokens))):  # one C call, not a loop
            out.append((sentence, found))
            continue
        hits = [k for k, token in enumerate(sentence.tokens) if not token.lemma_set.isdisjoint(wanted)]
        if hits:
            covered = {k for f in found for k in range(f.start, f.end)}
            added = [g for k in hits if k not in covered and sentence.tokens[k].kind == "word"
                     and (g := pick(n, sentence, k)) is not None]
            if added:
                found = sorted([*found, *added], key=lambda g: (g.start, -g.end))
        out.append((sentence, found))
    return out


def _ambiguous_demonyms(
    per_sentence: list[tuple[Sentence, list[_Found]]], gazetteer: Gazetteer, lex: _Lexicon
) -> list[tuple[Sentence, list[_Found]]]:
    """A people's name that fits several states ("Koreańczycy") means the one of them the text names most
    (North Korea in a text on its soldiers in Russia); nobody if the text names none of them."""
    if not lex.ambiguous_demonyms:
        return per_sentence
    counts: dict[str, int] = {}
    for _, found in per_sentence:
        for f in found:
            if f.entity.table == "actor" and f.entity.kind == "country":
                counts[f.entity.name] = counts.get(f.entity.name, 0) + 1
    meant: dict[str, EntityRef] = {}  # lemma -> the state the text means by it
    for lemma, states in lex.ambiguous_demonyms.items():
        best = max(states, key=lambda name: (counts.get(name, 0), -states.index(name)))
        if counts.get(best, 0):
            with suppress(GazetteerError):
                meant[lemma] = gazetteer.ref("actor", best)

    def pick(_n: int, sentence: Sentence, k: int) -> _Found | None:
        token = sentence.tokens[k]
        ref = next((meant[lemma] for lemma in sorted(token.lemma_set) if lemma in meant), None)
        if ref is None or not token.text[:1].isupper():
            return None
        return _Found(ref, k, k + 1, "demonym", token.cases(("subst",)) or frozenset())

    return _words_named(per_sentence, meant, pick) if meant else per_sentence


#: bodies that a text names in full once and then by the common noun their name starts with
_HEADED_KINDS = frozenset({"agency", "ministry", "military", "government", "parliament", "organization"})


def _named_heads(
    per_sentence: list[tuple[Sentence, list[_Found]]], lex: _Lexicon
) -> list[tuple[Sentence, list[_Found]]]:
    """The common noun a body's name starts with, used alone after the full name, is that body: "Sztab Generalny
    Sił Zbrojnych Ukrainy podał ... Według sztabu ...", and so is a noun that stands for it (``head_synonyms``:
    "resort" for a ministry).  Only in the singular, written small or opening a sentence, and only when one body
    of the text has that head: two ministries named make "ministerstwo" nobody's."""
    owners: dict[str, set[EntityRef]] = {}
    first_seen: dict[str, int] = {}
    for n, (sentence, found) in enumerate(per_sentence):
        for f in found:
            if f.entity.table != "actor" or f.entity.kind not in _HEADED_KINDS or f.end - f.start < 2:
                continue
            # the head noun, past a nationality adjective the name opens with ("japońskie ministerstwo obrony":
            # "ministerstwo", not "japoński", which morfeusz also reads as the noun of the language)
            head = next((t for t in sentence.tokens[f.start : f.end] if not t.has_pos("adj")), sentence.tokens[f.start])
            lemmas = {a.lemma.lower() for a in head.analyses if a.pos == "subst" and a.lemma[:1].islower()}
            for lemma in lemmas:
                owners.setdefault(lemma, set()).add(f.entity)
                first_seen.setdefault(lemma, n)
    heads = {lemma: refs.pop() for lemma, refs in owners.items() if len(refs) == 1}
    for synonym, noun in lex.head_synonyms.items():
        if noun in heads:
            heads.setdefault(synonym, heads[noun])
            first_seen.setdefault(synonym, first_seen[noun])
    if not heads:
        return per_sentence

    def pick(n: int, sentence: Sentence, k: int) -> _Found | None:
        token = sentence.tokens[k]
        if token.text[:1].isupper() and k > 0:
            return None
        prev = sentence.tokens[k - 1] if k > 0 else None
        numbered = [a.numbers for a in prev.analyses if a.numbers] if prev is not None else []
        if numbered and all("pl" in nums and "sg" not in nums for nums in numbered):
            return None  # "oba ministerstwa", "wszystkie sztaby": more than one body
        for a in token.analyses:
            lemma = a.lemma.lower()
            if a.pos == "subst" and "sg" in a.numbers and lemma in heads and first_seen[lemma] <= n:
                return _Found(heads[lemma], k, k + 1, "alias", token.cases(("subst",)) or frozenset())
        return None

    return _words_named(per_sentence, heads, pick)


def _owned_short_forms(
    per_sentence: list[tuple[Sentence, list[_Found]]], gazetteer: Gazetteer
) -> list[tuple[Sentence, list[_Found]]]:
    """A body named without its owner is the owner's when the text names that owner (or the full name)
    and no other: "Rada Bezpieczeństwa" in a text on the UN ("rezolucje Rady Bezpieczeństwa ONZ"), left a
    candidate otherwise."""
    short = [(s, f) for s, found in per_sentence for f in found
             if f.via == "candidate" and f.entity.kind != "person" and f.end - f.start >= 2]
    if not short:
        return per_sentence
    forms = gazetteer.short_forms
    named = {f.entity for _, found in per_sentence for f in found if not f.entity.is_candidate}
    resolved: dict[int, EntityRef] = {}
    for sentence, f in short:
        tokens = sentence.tokens[f.start : f.end]
        bodies = {
            m.pattern.entry.ref for m in forms.index.matches(tokens)
            if m.start == 0 and m.end == len(tokens)
            and (forms.owners[m.pattern.rank] in named or m.pattern.entry.ref in named)
        }
        if len(bodies) == 1:
            resolved[id(f)] = bodies.pop()
    if not resolved:
        return per_sentence
    return [
        (sentence, [f if id(f) not in resolved else _Found(resolved[id(f)], f.start, f.end, "alias", f.case)
                    for f in found])
        for sentence, found in per_sentence
    ]


def _is_name_word(
    tokens: Sequence[Token], k: int, lex: _Lexicon, shouting: _Shouting, continued: bool = False
) -> bool:
    """A capitalized word that may be part of a name; ``continued``: the sentence splitter opened a
    sentence before it that goes on the previous one ("80. | Brygady"), so its capital is no opener's."""
    t = tokens[k]
    if t.kind != "word" or not t.text[:1].isupper() or len(t.text) < 2:
        return False
    low = t.lower
    lemmas = t.lemmas
    if _ROMAN.match(t.text) or _MODEL_CODE.search(t.text):
        return False
    if low in lex.honorifics or _is_title(t, lex):
        return False
    if low in lex.calendar or not lemmas.isdisjoint(lex.calendar) or _possessed(low) in lex.calendar:
        return False  # "Oct", "Wednesday's"
    if not t.is_known and (low.endswith("-based") or _ENGLISH_DEMONYMS.fullmatch(t.text) is not None and (
            shouting.title_case or not (k + 1 < len(tokens) and tokens[k + 1].kind == "word"
                                        and tokens[k + 1].text[:1].isupper()))):
        return False  # "London-based" describes; "Koreans", "Ukrainians" are people of a nation, not a name (but
        # "Ewha Womans University" is one)
    if t.text.isupper() and (shouting or len(t.text) >= lex.shouting_min_length and has_common_reading(t)):
        return False
    if _is_ethnonym(t) and not _after_given_name(tokens, k, lex) or _lowercase_compound_adjective(t):
        return False  # "Kozak" after "Anna" is her surname, not a Cossack
    if not t.is_known and "-" in t.text and t.text.rpartition("-")[2] in lex.english_adjective_suffixes:
        return False  # "North Korean-flagged", "Chinese-built", "Soviet-era": an English adjective
    if t.text in lex.not_names:
        return False  # "IT workers", "an MP": common English abbreviations
    if (_possessed(low) in lex.english_common or low in lex.english_function_words) and shouting.title_case:
        return False  # "North Korean Workers Build Attack Drones At Izhevsk Plant": a headline's capitals name nothing
    if _opens_sentence(tokens, k) and not continued:
        if t.text in lex.family_names_first and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
            return True  # "Kim Jong Bok dowodzi": a Korean name, not the pronoun "kim"
        if k + 1 < len(tokens) and _first_name_and_surname(t, tokens[k + 1]):
            return True  # "Marek Dąbrowski szacuje": a first name, not "marek" (a stamp)
        if not t.is_known and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()) and (
                not _polish_sentence(tokens, lex)):
            return False  # "According to Reuters", "Meanwhile Moscow": an English sentence opens with any word
        return low not in lex.never_start and not has_common_reading(t)
    return True


_ENGLISH_DEMONYMS = re.compile(r"[A-Z][a-z]+(?:an|ian)s")


def _possessed(word: str) -> str:
    """ "wednesday's" -> "wednesday": an English possessive ending dropped."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _lowercase_compound_adjective(token: Token) -> bool:
    """A capitalized compound adjective whose last part is lowercase ("Rosyjsko-północnokoreański",
    "Polsko-ukraińskie"): a common word opening a sentence or a title, not a name ("Desantowo-Szturmowa")."""
    if "-" not in token.text:
        return False
    first, last = token.text.split("-", 1)
    if not last[:1].islower() or not token.has_pos("adj"):
        return False
    return any(a.pos in ("adja", "adv", "adj") for a in analyse_word(first.lower()))  # not "Byoung-sam"


def _opening_adjective(tokens: Sequence[Token], k: int) -> bool:
    """A capitalized adjective that opens a sentence or a quotation before a capitalized common noun is
    the first word of a name: "Narodowa Służba Wywiadowcza podała", "według „Nowej Gazety”"."""
    t, nxt = tokens[k], tokens[k + 1]
    return (
        t.kind == "word"
        and t.text[:1].isupper()
        and t.has_pos(*_ADJ_POS)
        and all(a.pos in _ADJ_POS or a.pos == "subst" for a in t.analyses)
        and _opens_sentence(tokens, k)
        and nxt.text[:1].isupper()
        and has_common_reading(nxt)
    )


def _opening_institution(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """A noun that heads institutions' names, opening a sentence before a capitalized common word, is the
    first word of a name: "Instytut Badań nad Wojną podkreśla", "Agencja Wywiadu Obronnego ocenia"."""
    t, nxt = tokens[k], tokens[k + 1]
    if nxt.lower in lex.connectors and k + 2 < len(tokens):
        nxt = tokens[k + 2]  # "Komitet ds. Sankcji"
    return (
        t.kind == "word"
        and t.text[:1].isupper()
        and _opens_sentence(tokens, k)
        and not t.lemmas.isdisjoint(lex.institution_heads)
        and nxt.text[:1].isupper()
        and has_common_reading(nxt)
    )


def _first_name_and_surname(first: Token, second: Token) -> bool:
    """A word that is a first name before a capitalized word that is a surname or no dictionary word."""
    return (
        any("imię" in a.name_class and a.lemma[:1].isupper() for a in first.analyses)
        and second.kind == "word" and second.text[:1].isupper() and not second.text.isupper()
        and (not second.is_known or any("nazwisko" in a.name_class for a in second.analyses))
    )


def _opens_sentence(tokens: Sequence[Token], k: int) -> bool:
    """First word of the sentence, or the first word after an opening quote, bracket, dash or colon."""
    if k == 0:
        return True
    prev = tokens[k - 1]
    return prev.kind == "punct" and (prev.text in _OPENERS or all(t.kind == "punct" for t in tokens[:k]))


def _is_ethnonym(token: Token) -> bool:
    """Capitalized common nouns ("Rosjanie", "Koreańczyków"): people of a nation, not a named actor."""
    return "-" not in token.text and any(
        a.lemma[:1].isupper() and "nazwa_pospolita" in a.name_class for a in token.analyses
    )


class _Shouting:
    """Is the sentence written in capitals?  Found out on first use (as a truth value): only a word in
    capitals that the gazetteer does not know asks.  ``title_case``: is every longer word capitalized, as in an
    English headline?"""

    __slots__ = ("_tokens", "_value", "_title")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._value: bool | None = None
        self._title: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = _shouting_sentence(self._tokens)
        return self._value

    @property
    def title_case(self) -> bool:
        if self._title is None:
            self._title = _title_case_sentence(self._tokens)
        return self._title


def _title_case_sentence(tokens: Sequence[Token]) -> bool:
    """An English headline: no full stop at its end, and at least four words of four letters or more, all but one
    of them capitalized."""
    if not tokens or tokens[-1].text in (".", "!", "?", "…"):
        return False
    longer = [t for t in tokens if t.kind == "word" and len(t.text) > 3]
    return len(longer) >= _TITLE_WORDS and sum(not t.text[:1].isupper() for t in longer) <= 1


_TITLE_WORDS = 4


def _shouting_sentence(tokens: Sequence[Token]) -> bool:
    words = caps = 0
    for t in tokens:
        if t.kind == "word" and len(t.text) > 1:
            words += 1
            caps += t.text.isupper()
    return caps >= 3 and caps * 2 > words


def _after_equipment_head(tokens: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """"drony Shahed", "dronów szturmowych Shahed", "haubic M1989 Koksan": a model name, not an actor; nor the
    quoted name of a vessel ("tankowiec „Sea Pearl 7”")."""
    j = start - 1
    if j >= 0 and tokens[j].text in _QUOTES:
        j -= 1
    skipped = 0
    while j >= 0 and skipped < 3 and (_is_plain_adjective(tokens[j]) or _MODEL_CODE.search(tokens[j].text)):
        j -= 1
        skipped += 1
    return j >= 0 and tokens[j].kind == "word" and not tokens[j].lemmas.isdisjoint(lex.equipment_heads)


def _in_apposition(tokens: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """Does a lowercase noun naming an outlet or a company stand right before the name at ``start`` ("portal Wot Tak",
    "spółki Korea Rungrado")?  A name in apposition keeps its nominative whatever the noun's case."""
    if start == 0 or tokens[start - 1].is_capitalized:
        return False
    return any(lex.kind_heads.get(lemma) in ("media", "company") for lemma in tokens[start - 1].lemmas)


_DOMAINS = frozenset({"pl", "com", "net", "org", "eu", "ru", "ua", "info", "io", "news", "tv", "kr", "de", "uk"})


def _domain_end(tokens: Sequence[Token], end: int) -> int:
    """A name written as a web address takes its domain: "Wirtualnemedia.pl", "Niezalezna.pl"."""
    if end + 1 < len(tokens) and tokens[end].text == "." and not tokens[end].space_before and (
        not tokens[end + 1].space_before and tokens[end + 1].text in _DOMAINS
    ):
        return end + 2
    return end


def _skip_run(tokens: Sequence[Token], start: int, run: Sequence[Token], lex: _Lexicon) -> bool:
    """Runs that are no actor's name: one ordinary word ("Punkt", "Rada" alone refer back to a longer
    name), or a place the gazetteer does not know ("w Kazaniu", "z Azji Środkowej")."""
    words = [t for t in run if t.kind == "word" and t.lower not in lex.connectors]
    if not words or all(_possessed(t.lower) in lex.never_alone for t in words):
        return True  # "North" left over from "North Koreans"
    if len(words) == 1 and not is_acronym(words[0].text) and has_common_reading(words[0]):
        return True
    if len(words) == 1 and _possessed(words[0].lower) in lex.english_common and not _polish_sentence(tokens, lex):
        return True  # "Speaking to reporters", "Treaty", "Staff": an ordinary English word
    if len(run) == 1 and start > 0 and is_acronym(run[0].text) and (
        tokens[start - 1].kind == "number" or tokens[start - 1].lower.rstrip(".") + "." in AFTER_NUMBERS
    ):
        return True  # "30–40 MW", "220 kV", "1,5 tys. USD": a unit or a type after a number, no actor
    return _is_place_name(words)


def _is_place_name(words: Sequence[Token]) -> bool:
    """Known only as geographic names (and adjectives): "Azji Środkowej", "Indo-Pacyfiku", "Kazaniu"."""
    places = 0
    for t in words:
        readings = _name_readings(t)
        nouns = [a for a in readings if a.pos in ("subst", "depr")]
        proper = [a for a in nouns if a.lemma[:1].isupper()]
        if any({"imię", "nazwisko"} & set(a.name_class) for a in proper):
            return False  # "Anna" is a first name before it is a town
        if proper and len(proper) == len(nouns) and all("nazwa_geograficzna" in a.name_class for a in proper):
            places += 1
        elif not any(a.pos == "adj" for a in readings):
            return False  # "Gazety", "Komisja": not a place's word
    return places > 0


def _name_readings(token: Token) -> tuple[Analysis, ...]:
    """Readings of a word; of a capitalized compound ("Indo-Pacyfiku") those of its last part."""
    if "-" in token.text and token.text.rsplit("-", 1)[1][:1].isupper():
        return analyse_word(token.text.rsplit("-", 1)[1])
    return token.analyses


def _company_suffix_end(tokens: Sequence[Token], start: int, end: int, lex: _Lexicon) -> tuple[int, bool]:
    """The end of a run that closes with a company suffix ("Sp. z o.o.", "Ltd.", "S.A."), and whether it does."""
    n = len(tokens)
    first = max(start + 1, end - 2)
    last = min(end + (2 if end < n and tokens[end].text == "," else 1), n)
    for j in range(first, last):
        if tokens[j].text[:1] not in lex.company_suffix_initials:
            continue
        for suffix in lex.company_suffixes:
            target = suffix.replace(" ", "")
            text = ""
            k = j
            while k < n and len(text) < len(target):
                text += tokens[k].text
                k += 1
            if text == target and k >= end:
                return k, True
    return end, False


def _guess_kind(tokens: Sequence[Token], start: int, run: Sequence[Token], lex: _Lexicon) -> str:
    """A modest guess: company suffix, a kind noun or title before, a first name, a proper-name class."""
    last = run[-1].text
    if last in lex.company_suffixes:
        return "company"
    before = start - 1
    while before > 0 and tokens[before].kind == "punct" and tokens[before].text in _OPENERS:
        before -= 1  # dziennik „Nowaja Gazieta”
    if before >= 0:
        prev = tokens[before]
        for lemma in sorted(prev.lemmas):
            if lemma in lex.kind_heads:
                return lex.kind_heads[lemma]
        words = [t for t in run if t.kind == "word"]
        if prev.lower in lex.honorifics and _personal_word(words[0]):
            return "person"  # "dr Nicolas Levi"
        if (not prev.has_pos("prep") and _after_title(tokens, before, lex)  # "dyplomatów w Evian": a place
                and all(_is_proper_word(t) or _personal_word(t) for t in words)
                and not all(is_acronym(t.text) for t in words)):  # "sekretarz KC": a body, not a person
            return "person"
    words = [t for t in run if t.kind == "word"]
    classes = [{c for a in t.analyses for c in a.name_class} for t in words]
    if len(words) >= 2 and "imię" in classes[0]:
        return "person"
    if 2 <= len(words) <= 3 and words[0].text in lex.given_names and all(_personal_word(t) for t in words[1:]):
        return "person"  # "Eleanor Whitby": a first name the dictionary lacks, then a name
    if 2 <= len(words) <= 4 and words[0].text in lex.family_names_first and all(_personal_word(t) for t in words):
        return "person"  # "Kim Jong Bok", "Pak Jong Chon"
    if len(words) == 1 and classes[0] and classes[0] <= {"imię", "nazwisko"}:
        return "person"
    if 2 <= len(words) <= 3 and all(_is_proper_word(t) and not is_acronym(t.text) for t in words):
        surname = _person_word(words[-1], lex, _governed_cases(tokens, start, lex) - _NOMINATIVE)  # "Kowałenki"
        if surname.endswith(lex.surname_endings) and len(surname) > 4:
            return "person"
    if len(words) == 1 and classes[0] == {"nazwa_organizacji"}:
        return "organization"
    return _kind_of_head(run, lex)


def _kind_of_head(run: Sequence[Token], lex: _Lexicon) -> str:
    """The kind a name's own head noun tells: "Brygada Zmechanizowana", "Agencja Wywiadu Obronnego"."""
    phrase = _head_phrase(run)
    if phrase is None:
        return "unknown"
    for i in phrase:
        lemmas = run[i].lemmas
        if not lemmas.isdisjoint(lex.unit_heads):
            return "military"
        for lemma in sorted(lemmas):
            if lemma in lex.kind_heads:
                return lex.kind_heads[lemma]
    return "unknown"


def _after_title(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """A title within the four words before ``k`` with no punctuation between: "rzecznik chińskiego MSZ"."""
    return _title_before(tokens, k, lex) is not None


def _title_before(tokens: Sequence[Token], k: int, lex: _Lexicon) -> Token | None:
    """The title within the four words before ``k`` (inclusive) with no punctuation between."""
    for j in range(k, max(k - 4, -1), -1):
        t = tokens[j]
        if t.kind == "punct":
            return None
        if _is_title(t, lex):
            return t
    return None


@functools.cache
def title_words() -> frozenset[str]:
    """Titles, ranks and honorifics in their dictionary form ("wiceminister", "płk", "kpt.", "dr")."""
    return _lexicon().titles | _lexicon().honorifics


def _is_title(token: Token, lex: _Lexicon) -> bool:
    """"generał", "Prezydent", "szefa" (a noun reading; the English "Ministry" is no form of "minister")."""
    return token.lower in lex.titles or any(a.pos == "subst" and a.lemma.lower() in lex.titles for a in token.analyses)


def _candidate_cases(run: Sequence[Token], kind: str) -> frozenset[str]:
    words = [t for t in run if t.kind == "word"]
    if not words:
        return frozenset()
    if kind == "person":
        last = words[-1]
        personal = [a for a in last.analyses if {"imię", "nazwisko"} & set(a.name_class)]
        return frozenset().union(*(a.cases for a in personal)) if personal else _foreign_cases(last.text, None)
    for t in words:
        if is_acronym(t.text):
            continue
        nouns = [a for a in t.analyses if a.pos in _NOUN_POS]
        if nouns:
            return frozenset().union(*(a.cases for a in nouns))
        if not t.is_known:
            return _foreign_cases(t.text, None)
    return frozenset()


# --- candidate names -----------------------------------------------------------------------------------------------


def _governed_cases(tokens: Sequence[Token], start: int, lex: _Lexicon) -> frozenset[str]:
    """The cases the word before a name (past honorifics: "według dr. hab.") asks of it: a preposition's
    ("według Krzysztofa Lisa": genitive), or the genitive after a common noun ("zdaniem Krzysztofa Lisa")."""
    k = start - 1
    while k >= 0 and (tokens[k].kind == "abbr" or tokens[k].lower in lex.honorifics):
        k -= 1
    if k < 0 or tokens[k].kind != "word":
        return frozenset()
    prev = tokens[k]
    preps = [a for a in prev.analyses if a.pos == "prep"]
    if preps:
        return frozenset(c for a in preps for c in a.tag.split(":")[1:2])
    if any(a.pos == "subst" and a.lemma[:1].islower() for a in prev.analyses) and not _is_title(prev, lex):
        return frozenset({"gen"})
    return frozenset()


def _candidate_name(run: Sequence[Token], kind: str, lex: _Lexicon, title: Token | None = None,
                    governed: frozenset[str] = frozenset()) -> str:
    """The name in its dictionary form when morfeusz2 knows it, else as written.

    Names of people and places take each word's proper-noun lemma ("Władimira Putina" -> "Władimir
    Putin"); names built of common words put only their head phrase in the nominative and keep the
    genitive rest ("Sztabu Generalnego Sił Zbrojnych" -> "Sztab Generalny Sił Zbrojnych").
    """
    words = [t for t in run if t.kind == "word"]
    if kind == "person":
        case = _oblique_case(words, title, governed)
        return _join(run, [_person_word(t, lex, case) for t in run])
    if len(run) == 1:
        return _proper_lemma(run[0]) or run[0].text
    if any(not t.is_known for t in words):
        return _join(run, [t.text for t in run])  # a foreign name: "Xiamen Limbach" is no form of "limba"
    if all(_is_proper_word(t) for t in words):
        return _join(run, [t.text if is_acronym(t.text) else _proper_lemma(t) or t.text for t in run])
    return _join(run, _head_phrase_nominative(run))


def _oblique_case(words: Sequence[Token], title: Token | None = None,
                  governed: frozenset[str] = frozenset()) -> frozenset[str]:
    """The case of a person's name that is no nominative.  A man's first name morfeusz2 knows in no nominative
    gives it ("Marka", "Igorem").  A first name that is also a woman's in the nominative ("Aleksandra",
    "Krzysztofa"), or a woman's name in a case that is also a plural nominative ("Agnieszki"), or a first name
    morfeusz2 does not know ("Ołeksandra"), takes the case the title before it is in, else the case the word
    before it asks for (``governed``: "według Krzysztofa Lisa", "zdaniem Agnieszki Nowak")."""
    names = [a for a in words[0].analyses if "imię" in a.name_class] if words else []
    first = [a for a in names if "m1" in a.tag]
    asked = (_title_cases(title) if title is not None else frozenset()) or governed
    if not names:  # a foreign first name and surname, no more ("Baltic Freight Advisory" is none)
        return asked - _NOMINATIVE if len(words) == 2 and not words[0].is_known else frozenset()
    if first and not any("nom" in a.cases for a in first):
        cases = frozenset().union(*(a.cases for a in first))
        return cases & (asked - _NOMINATIVE) if any("nom" in a.cases for a in names) else cases
    return frozenset().union(*(a.cases for a in names)) & (asked - _NOMINATIVE)


def _title_cases(title: Token) -> frozenset[str]:
    """Cases of a man's title ("ambasadora": genitive; "Ambasador": nominative, though morfeusz2 also
    reads it as a woman's title in every case)."""
    readings = [a for a in title.analyses if a.pos == "subst" and "m1" in a.tag]
    return frozenset().union(*(a.cases for a in readings))


def _person_word(token: Token, lex: _Lexicon, case: frozenset[str] = frozenset()) -> str:
    """A word of a person's name in the nominative: morfeusz2's lemma, or a foreign name with an
    unambiguous case ending undone ("Macronem" -> "Macron", "Zełenskiego" -> "Zełenski"), or with the
    ending of the first name's case ("Marka Menkiszaka" -> "Menkiszak")."""
    if token.kind != "word" or is_acronym(token.text):
        return token.text
    if token.is_known:
        personal = [a for a in token.analyses if {"imię", "nazwisko"} & set(a.name_class)]
        in_case = sorted((a for a in personal if a.cases & case and "sg" in a.numbers), key=lambda a: "m1" not in a.tag)
        if in_case:
            return in_case[0].lemma  # "ambasadora Aleksandra" is Aleksander, not Aleksandra; "Agnieszki" Agnieszka
        if not personal or any("nom" in a.cases for a in personal):
            return token.text  # "Andriej Rudenko" is not the place "Rudenka"
        return personal[0].lemma
    for ending, replacement in lex.person_name_endings:
        if token.text.endswith(ending) and len(token.text) - len(ending) >= 3:
            return token.text[: len(token.text) - len(ending)] + replacement
    for c in sorted(case):
        for ending, replacement in lex.person_case_endings.get(c, ()):
            stem = token.text[: len(token.text) - len(ending)]
            if token.text.endswith(ending) and len(stem) >= 3 and stem[-1].lower() not in "aeiouyąęó":
                return stem + replacement
    return token.text


def _is_proper_word(token: Token) -> bool:
    """A word of a proper name: unknown to morfeusz2, an acronym, or known only as a proper noun."""
    return not token.is_known or is_acronym(token.text) or not has_common_reading(token)


def _head_phrase(run: Sequence[Token]) -> list[int] | None:
    """Positions of the head noun of a name and the adjectives around it ("Samodzielnej Brygady
    Desantowo-Szturmowej", "Uniwersytetu Warszawskiego"); None when no word is a known noun."""
    nouns = [k for k, t in enumerate(run) if t.kind == "word" and t.has_pos("subst", "depr")]
    if not nouns:
        return None
    head = next((k for k in nouns if not _prenominal(run, k)), nouns[0])
    phrase = [head]
    k = head - 1
    while k >= 0 and run[k].has_pos(*_DECLINED_ADJ_POS):
        phrase.insert(0, k)
        k -= 1
    k = head + 1
    while k < len(run) and _follows_head(run[head], run[k]):
        phrase.append(k)
        k += 1
    return phrase


def _prenominal(run: Sequence[Token], k: int) -> bool:
    """A word that is an adjective agreeing with the noun after it ("Samodzielnej Brygady", "Nowej Gazety"),
    not a noun in its own right ("Rada Miasta": "Rada" is no form of "rad" here)."""
    adjectives = _adjective_readings(run[k])
    if not adjectives:
        return False
    j = k + 1
    while j < len(run) and run[j].has_pos(*_DECLINED_ADJ_POS) and not run[j].has_pos("subst", "depr"):
        j += 1  # "Koreańska Centralna Agencja"
    if j == len(run):
        return False
    nouns = [a for a in run[j].analyses if a.pos in ("subst", "depr")]
    return any(readings_agree(n, a) for n in nouns for a in adjectives)


def _follows_head(head: Token, token: Token) -> bool:
    """An adjective after the head noun that belongs to it: a plain adjective, a hyphenated one, or one
    that is also a proper noun but agrees with the head ("Warszawskiego" is also a surname)."""
    if token.kind != "word":
        return False
    if _compound_adjective(token):
        return True
    if not token.has_pos(*_DECLINED_ADJ_POS):
        return False
    if not token.has_pos("subst"):
        return True
    # a noun as well ("Czerwonej", "Warszawskiego" is also a surname): an adjective only if it agrees
    nouns = [a for a in head.analyses if a.pos in ("subst", "depr")]
    return any(readings_agree(n, a) for n in nouns for a in _adjective_readings(token))




def _head_phrase_nominative(run: Sequence[Token]) -> list[str]:
    forms = [t.text for t in run]
    phrase = _head_phrase(run)
    if phrase is None:
        return forms
    nouns = [i for i in phrase if run[i].has_pos("subst", "depr")]
    head = next((i for i in nouns if not run[i].has_pos("adj")), nouns[0])
    noun = _agreeing_reading(run, head, phrase)
    if "nom" in noun.cases:
        return forms
    number, _case, genders = nominal_parts(noun.tag)
    num, gender = min(number), min(genders)
    for i in phrase:
        t = run[i]
        if i == head:
            form = _inflect(noun.lemma, "subst", num, gender)
        elif _compound_adjective(t):  # "Desantowo-Szturmowej" -> "Desantowo-Szturmowa"
            first, last = t.text.rsplit("-", 1)
            adj = next(a for a in analyse_word(last) if a.pos == "adj")
            tail = _inflect(adj.lemma, "adj", num, gender, _degree(adj))
            form = f"{first}-{tail[:1].upper()}{tail[1:]}" if tail else None
        else:
            adj = next(a for a in t.analyses if a.pos in _DECLINED_ADJ_POS)
            form = _inflect(adj.lemma, adj.pos, num, gender, _degree(adj))
        if form:
            forms[i] = form[:1].upper() + form[1:] if t.text[:1].isupper() else form
    return forms


def _compound_adjective(token: Token) -> bool:
    """A hyphenated adjective whose last part declines: "Ludowo-Demokratycznej", "Desantowo-Szturmowej"."""
    if "-" not in token.text or token.kind != "word":
        return False
    return any(a.pos == "adj" for a in analyse_word(token.text.rsplit("-", 1)[1]))


def _agreeing_reading(run: Sequence[Token], head: int, phrase: Sequence[int]) -> Analysis:
    """The head noun's reading that the adjectives of the phrase agree with; of several, a common noun's
    before a proper one's and the singular before the plural (names of bodies are mostly singular:
    "Rady" is "Rada", not the plural "Rady")."""
    nouns = [a for a in run[head].analyses if a.pos in ("subst", "depr")]
    adjectives = [_adjective_readings(run[i]) for i in phrase if i != head]
    agreeing = [a for a in nouns if all(any(readings_agree(a, b) for b in readings) for readings in adjectives)]
    pool = agreeing or nouns
    common = [a for a in pool if a.lemma[:1].islower()] if run[head].text[:1].isupper() else []
    pool = common or pool
    return next((a for a in pool if "sg" in a.numbers), pool[0])


def _adjective_readings(token: Token) -> tuple[Analysis, ...]:
    if _compound_adjective(token):
        return tuple(a for a in analyse_word(token.text.rsplit("-", 1)[1]) if a.pos == "adj")
    return tuple(a for a in token.analyses if a.pos in _DECLINED_ADJ_POS)


@functools.cache
def _generator():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(analyse=False, generate=True, expand_tags=False)


def _degree(adjective: Analysis) -> str:
    """"pos", "com" or "sup": "Najwyższej" is the superlative of "wysoki"."""
    parts = adjective.tag.split(":")
    return parts[4] if adjective.pos == "adj" and len(parts) > 4 else "pos"


@functools.lru_cache(maxsize=20_000)
def _inflect(lemma: str, pos: str, number: str, gender: str, degree: str = "pos") -> str | None:
    """The nominative of ``lemma`` in a number and gender (morfeusz2 generator), None if it has none."""
    for orth, _lemma, tag, _names, _quals in _generator().generate(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 4:
            continue
        if number in parts[1].split(".") and "nom" in parts[2].split(".") and gender in parts[3].split("."):
            if pos == "adj" and degree not in parts[4:] or pos in ("ppas", "pact") and "aff" not in parts[4:]:
                continue
            return str(orth)
    return None


def _proper_lemma(token: Token) -> str | None:
    proper = [a for a in token.analyses if a.pos != "ign" and a.lemma[:1].isupper()]
    if not proper:
        return None
    for a in proper:
        if a.lemma == token.text:
            return a.lemma
    return proper[0].lemma


def _join(run: Sequence[Token], forms: Sequence[str]) -> str:
    out = ""
    for t, form in zip(run, forms, strict=True):
        out += (" " if out and t.space_before else "") + form
    return out
