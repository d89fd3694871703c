"""Mentions of actors, facilities and locations: gazetteer aliases, then candidates.

1. Aliases are matched as lemma sequences (``Gazetteer.index``); the longest match wins and mentions
   of one table never overlap.  Nationality adjectives and demonyms name the country actor.
2. Capitals and seats ("Moskwa", "Kreml") are places after a place preposition ("w Pjongjangu",
   "do Moskwy") and the state elsewhere ("Moskwa otrzymała", "z Pjongjangiem").  A country named after
   a place preposition is also a location mention ("do Rosji").
3. Capitalized names the gazetteer does not know become candidate actors, except ordinary words
   that open a sentence or a quotation, titles, months, model designations and the like.

The lexicon of these rules is ``eventdb/reference/pl/mentions.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from eventdb.extract.gazetteer import (
    VIA_ORDER,
    AliasToken,
    Gazetteer,
    GazetteerError,
    Match,
    has_common_reading,
    is_acronym,
    stem_key,
    token_keys,
)
from eventdb.extract.model import Analysis, EntityRef, Mention, Sentence, Token
from eventdb.extract.text import analyse_word
from eventdb.reference import load_yaml

_TABLE_ORDER = ("actor", "facility", "location")
_NOUN_POS = ("subst", "depr", "ger")
_ADJ_POS = ("adj", "ppas", "pact", "adja")
_OPENERS = frozenset({"„", '"', "«", "»", "(", "[", "–", "—", "-", ":", "•", "‘", "“", "'"})
_MODEL_CODE = re.compile(r"\d|-[A-Z0-9]{1,3}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_NOMINATIVE = frozenset({"nom"})


@dataclass(frozen=True)
class _Lexicon:
    place_prepositions: Mapping[str, frozenset[str]]
    place_phrases: frozenset[tuple[str, str]]
    place_adjectives_between: int
    never_start: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    calendar: frozenset[str]
    connectors: frozenset[str]
    equipment_heads: frozenset[str]
    kind_heads: Mapping[str, str]
    company_suffixes: tuple[str, ...]  # longest first
    company_suffix_initials: frozenset[str]
    shouting_min_length: int
    foreign_endings: Mapping[str, frozenset[str]]
    person_name_endings: tuple[tuple[str, str], ...]
    surname_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]


@functools.cache
def _lexicon() -> _Lexicon:
    lex = load_yaml("pl/mentions.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in lex[key])

    return _Lexicon(
        place_prepositions=MappingProxyType(
            {str(k): frozenset(v or ()) for k, v in lex["place_prepositions"].items()}
        ),
        place_phrases=frozenset((str(a), str(b)) for a, b in lex["place_phrases"]),
        place_adjectives_between=int(lex["place_adjectives_between"]),
        never_start=words("never_start"),
        titles=words("titles"),
        honorifics=words("honorifics"),
        calendar=words("calendar"),
        connectors=words("connectors"),
        equipment_heads=words("equipment_heads"),
        kind_heads=MappingProxyType({str(k): str(v) for k, v in lex["kind_heads"].items()}),
        company_suffixes=tuple(sorted((str(s) for s in lex["company_suffixes"]), key=len, reverse=True)),
        company_suffix_initials=frozenset(str(s)[:1] for s in lex["company_suffixes"]),
        shouting_min_length=int(lex["shouting_min_length"]),
        foreign_endings=MappingProxyType({str(k): frozenset(v) for k, v in lex["foreign_endings"].items()}),
        person_name_endings=tuple((str(a), str(b)) for a, b in lex["person_name_endings"]),
        surname_endings=tuple(str(e) for e in lex["surname_endings"]),
        plural_endings=tuple(str(e) for e in lex["plural_endings"]),
    )


@dataclass(frozen=True)
class _Found:
    """A mention before it becomes a ``Mention``: token positions within the sentence."""

    entity: EntityRef
    start: int
    end: int
    via: str
    case: frozenset[str] | None  # None: read off ``match`` once the mention is kept
    match: Match | None = None


def find_mentions(sentences: Sequence[Sentence], gazetteer: Gazetteer) -> list[Mention]:
    """Actor, facility and location mentions of all sentences, ordered by position."""
    lex = _lexicon()
    results = [(sentence, *_sentence_mentions(sentence.tokens, gazetteer, lex)) for sentence in sentences]
    product_stems = frozenset().union(*(stems for _, _, stems in results))
    per_sentence = [(sentence, _drop_products(sentence, found, product_stems)) for sentence, found, _ in results]
    per_sentence = _link_short_forms(per_sentence, lex)
    out: list[Mention] = []
    for sentence, found in per_sentence:
        tokens = sentence.tokens
        for f in found:
            first, last = tokens[f.start], tokens[f.end - 1]
            out.append(
                Mention(
                    entity=f.entity,
                    start=first.start,
                    end=last.end,
                    text=sentence.text[first.start - sentence.start : last.end - sentence.start],
                    sentence=sentence.index,
                    token_start=first.i,
                    token_end=last.i + 1,
                    via=f.via,
                    case=f.case or frozenset(),
                )
            )
    out.sort(key=lambda m: (m.start, -m.end, _TABLE_ORDER.index(m.entity.table), m.entity.name))
    return out


def _drop_products(sentence: Sentence, found: list[_Found], product_stems: frozenset[str]) -> list[_Found]:
    """Candidates that are another form of a product named elsewhere in the text are products too."""
    if not product_stems:
        return found
    return [
        f for f in found
        if not (f.via == "candidate" and f.end - f.start == 1
                and stem_key(sentence.tokens[f.start].text) in product_stems)
    ]


def _sentence_mentions(
    tokens: Sequence[Token], gazetteer: Gazetteer, lex: _Lexicon
) -> tuple[list[_Found], frozenset[str]]:
    """Mentions of one sentence, and the stems of the product names in it."""
    matches = gazetteer.index.matches(tokens)
    found = _resolve_context(tokens, matches, gazetteer, lex)
    chosen = [
        f if f.case is not None or f.match is None
        else _Found(f.entity, f.start, f.end, f.via, _match_cases(tokens, f.match), f.match)
        for f in _select(found)
    ]
    chosen += _parenthesized_acronyms(tokens, chosen, matches)
    covered = {k for m in matches for k in range(m.start, m.end)} | {k for f in chosen for k in range(f.start, f.end)}
    chosen, covered = _release_foreign_words(tokens, chosen, covered, lex)
    candidates, absorbed, products = _candidates(tokens, covered, chosen, lex)
    candidates = [_with_country(c, tokens, chosen, lex) for c in candidates]
    chosen = [f for f in chosen if id(f) not in absorbed]
    defined = _parenthesized_acronyms(tokens, candidates, matches)
    spans = {(f.start, f.end) for f in defined}
    found_here = chosen + [c for c in candidates if (c.start, c.end) not in spans] + defined
    return found_here, _product_stems(tokens, products)


def _product_stems(tokens: Sequence[Token], products: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Stems of product names and of model designations ("Gerań-2" -> "gerań"), to recognise their other
    forms in the same text ("tysiące Gerani")."""
    stems = {stem_key(t.text) for a, b in products for t in tokens[a:b] if t.kind == "word"}
    for t in tokens:
        head = t.text.split("-", 1)[0]
        if t.kind == "word" and "-" in t.text and _MODEL_CODE.search(t.text) and len(head) >= 3 and head[0].isupper():
            stems.add(stem_key(head))
    return frozenset(stems)


# --- gazetteer matches in context ----------------------------------------------------------------------------


def _resolve_context(
    tokens: Sequence[Token], matches: Sequence[Match], gazetteer: Gazetteer, lex: _Lexicon
) -> list[_Found]:
    """Decide place or actor for capitals and countries; drop what the context rules out."""
    place = [_needs_context(m) and _place_context(tokens, m, lex) for m in matches]
    city_spans = {
        (m.start, m.end) for m in matches if m.pattern.entry.table == "location" and m.pattern.entry.kind != "country"
    }
    acting_metonym_spans = {
        (m.start, m.end)
        for m, p in zip(matches, place, strict=True)
        if m.pattern.via == "metonym" and m.pattern.entry.table == "actor" and not p
    }
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
        out.append(_Found(entry.ref, m.start, m.end, m.pattern.via, None, m))
    return out


def _needs_context(m: Match) -> bool:
    """Countries (actor or place?) and capitals (state or city?) depend on the words before them."""
    entry = m.pattern.entry
    return entry.kind == "country" and entry.table == "location" or (
        entry.table == "actor" and m.pattern.via == "metonym"
    )


def _release_foreign_words(
    tokens: Sequence[Token], chosen: list[_Found], covered: set[int], lex: _Lexicon
) -> tuple[list[_Found], set[int]]:
    """An English alias inside a longer unknown name is part of that name, not the entity: "The Moscow
    Times", "Kyiv Independent", "Database Center for North Korean Human Rights"."""
    foreign = [f for f in chosen if f.match is not None and f.match.pattern.foreign]
    if not foreign or not _polish_sentence(tokens, lex):
        return chosen, covered  # in English "Russia's Defence Ministry" is Russia and a ministry
    shouting = _shouting_sentence(tokens)
    released: set[int] = set()
    for f in foreign:
        m = f.match
        if m is None or m.pattern.tokens[0].acronym:
            continue
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
        key=lambda f: (-(f.end - f.start), f.start, VIA_ORDER.index(f.via) if f.via in VIA_ORDER else 9,
                       _TABLE_ORDER.index(f.entity.table)),
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
            allowed = frozenset({"gen"})
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
    """Cases of the head word of a match: the first noun, or the last word of a person's name."""
    pairs = list(zip(tokens[m.start : m.end], m.pattern.tokens, strict=True))
    if m.pattern.entry.kind == "person":
        pairs = [p for p in pairs if p[0].kind == "word"][-1:] or pairs
    best: frozenset[str] | None = None
    for token, pt in pairs:
        if pt.acronym:
            continue
        if m.pattern.entry.kind == "person" and token.text == pt.base and token.is_known:
            return _NOMINATIVE  # written as the nominative: "Kim Dzong Un" (not the acronym "UN" of all cases)
        readings = [a for a in token.analyses if a.pos != "ign" and a.lemma.lower() in pt.keys]
        if pt.numbers:
            readings = [a for a in readings if _numbers(a.tag) & pt.numbers] or readings
        nouns = [a for a in readings if a.pos in _NOUN_POS]
        if nouns:
            return frozenset().union(*(_cases(a.tag) for a in nouns))
        if not token.is_known and token.text[:1].isupper():
            return _foreign_cases(token.text, pt, m.pattern.entry.kind == "person")
        if readings and best is None:
            best = frozenset().union(*(_cases(a.tag) for a in readings))
    return best or frozenset()


@functools.lru_cache(maxsize=4096)
def _cases(tag: str) -> frozenset[str]:
    """Grammatical cases of a morfeusz2 tag (cached: a few hundred tags recur)."""
    return Analysis(lemma="", tag=tag).cases


@functools.lru_cache(maxsize=4096)
def _numbers(tag: str) -> frozenset[str]:
    return Analysis(lemma="", tag=tag).numbers


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
    tokens: Sequence[Token], covered: set[int], found: Sequence[_Found], lex: _Lexicon
) -> tuple[list[_Found], set[int], list[tuple[int, int]]]:
    """Runs of capitalized words the gazetteer does not know, as candidate actors; the gazetteer
    mentions that turned out to be parts of a longer name ("Ukraińskie Siły Operacji Specjalnych",
    "Sztab Generalny Sił Zbrojnych Rosji"); and the spans of product names ("drony Shahed")."""
    n = len(tokens)
    shouting = _shouting_sentence(tokens)
    name_like = [k not in covered and _is_name_word(tokens, k, lex, shouting) for k in range(n)]
    for k in range(n - 1):
        if not name_like[k] and k not in covered and name_like[k + 1] and _opening_adjective(tokens, k):
            name_like[k] = True
    out: list[_Found] = []
    absorbed: set[int] = set()  # ids of the gazetteer mentions taken into a candidate
    products: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not name_like[k]:
            k += 1
            continue
        start, end = k, _run_end(tokens, k, name_like, lex)
        end, company = _company_suffix_end(tokens, start, end, lex)
        k = end
        if _is_product(tokens, start, end, products, lex):
            products.append((start, end))
            continue
        run = tokens[start:end]
        if not company and _skip_run(tokens, start, run, lex):
            continue
        kind = "company" if company else _guess_kind(tokens, start, run, lex)
        start, end, parts = _absorb(tokens, start, end, kind, found, lex)
        absorbed.update(id(p) for p in parts if _replaced_by_candidate(p))
        run = tokens[start:end]
        country = next((p.entity.name if p.entity.kind == "country" else p.entity.country for p in parts), None)
        entity = EntityRef(table="actor", name=_candidate_name(run, kind, lex), kind=kind, country=country,
                           is_candidate=True)
        out.append(_Found(entity, start, end, "candidate", _candidate_cases(run, kind)))
    return out, absorbed, products


def _run_end(tokens: Sequence[Token], start: int, name_like: Sequence[bool], lex: _Lexicon) -> int:
    """The end of a run of name words, joined by connectors ("of", "bin"), slashes and initials."""
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
    return start + _name_length(tokens[start:end], lex)


def _name_length(run: Sequence[Token], lex: _Lexicon) -> int:
    """How many words of a run are one name: after its head phrase a Polish name goes on with words in
    the genitive ("Sztabu Generalnego Sił Zbrojnych") or one word in apposition ("Instytutu Asan"), so
    a longer stretch that cannot be genitive starts the next name: "Partii Demokratycznej | Park Sun-won"."""
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
        if t.kind == "word" and fully_known and declined and not any("gen" in _cases(a.tag) for a in declined):
            return k if len(rest) >= 2 else len(run)  # one word is an apposition: "Instytutu Asan"
    return len(run)


def _is_product(tokens: Sequence[Token], start: int, end: int, products: Sequence[tuple[int, int]],
                lex: _Lexicon) -> bool:
    """A weapon or product name: after a weapon noun ("drony Shahed", "haubic M1989 Koksan"), in
    brackets or coordinated after one ("Shahedów i Gerani"), or a plural of an unknown word ("Iskanderami")."""
    if _after_equipment_head(tokens, start, lex):
        return True
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
    if any(t.kind == "word" and has_common_reading(t) for t in tokens[start:end]):  # an institution's name
        by_start = {f.start: f for f in found if f.entity.table == "actor" and f.match is not None}
        nxt = by_start.get(end)
        while nxt is not None and "gen" in (nxt.case or ()) and tokens[nxt.start].text[:1].isupper():
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
    per_sentence: Sequence[tuple[Sentence, list[_Found]]], lex: _Lexicon
) -> list[tuple[Sentence, list[_Found]]]:
    """Short forms of a name given in full in the same text: a one-word candidate that is a word of a
    person's full name ("Pieskow" after "Dmitrij Pieskow"), an acronym defined in parentheses or made
    of a longer name's initials ("KSE"), the first words of a longer name ("Xiamen Limbach")."""
    people: list[tuple[EntityRef, list[frozenset[str]]]] = []
    acronyms: dict[str, EntityRef] = {}
    prefixes: dict[tuple[str, ...], EntityRef] = {}
    for sentence, found in per_sentence:
        for f in found:
            words = [t for t in sentence.tokens[f.start : f.end] if t.kind == "word"]
            if f.entity.kind == "person" and f.entity.table == "actor" and len(words) >= 2:
                people.append((f.entity, [_name_keys(t, lex) for t in words]))
            defined = f.match is None and f.start > 0 and sentence.tokens[f.start - 1].text == "("
            if defined and len(words) == 1 and is_acronym(words[0].text):
                acronyms.setdefault(words[0].text, f.entity)
            if f.via == "candidate" and f.entity.kind != "person" and len(words) >= 2:
                named = [t.text for t in words if t.lower not in lex.connectors]
                if len(named) >= 3:  # "Kyiv School of Economics" ... "KSE"
                    acronyms.setdefault("".join(w[0] for w in named).upper(), f.entity)
                for n in range(1, len(words)):  # "Xiamen Limbach Aircraft Engine" ... "Xiamen Limbach"
                    prefixes.setdefault(tuple(t.text for t in words[:n]), f.entity)
    if not people and not acronyms and not prefixes:
        return list(per_sentence)
    out = []
    for sentence, found in per_sentence:
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
                if target is not None and target != f.entity:
                    f = _Found(target, f.start, f.end, "candidate" if target.is_candidate else "alias", f.case)
            linked.append(f)
        out.append((sentence, linked))
    return out


def _is_name_word(tokens: Sequence[Token], k: int, lex: _Lexicon, shouting: bool) -> bool:
    t = tokens[k]
    if t.kind != "word" or not t.text[:1].isupper() or len(t.text) < 2:
        return False
    low = t.lower
    lemmas = t.lemmas
    if _ROMAN.match(t.text) or _MODEL_CODE.search(t.text):
        return False
    if low in lex.honorifics or _is_title(t, lex):
        return False
    if low in lex.calendar or not lemmas.isdisjoint(lex.calendar):
        return False
    if t.text.isupper() and (shouting or len(t.text) >= lex.shouting_min_length and has_common_reading(t)):
        return False
    if _is_ethnonym(t):
        return False
    if _opens_sentence(tokens, k):
        return low not in lex.never_start and not has_common_reading(t)
    return True


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


def _shouting_sentence(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.kind == "word" and len(t.text) > 1]
    caps = [t for t in words if t.text.isupper()]
    return len(caps) >= 3 and len(caps) * 2 > len(words)


def _after_equipment_head(tokens: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """"drony Shahed", "dronów szturmowych Shahed", "haubic M1989 Koksan": a model name, not an actor."""
    j = start - 1
    skipped = 0
    while j >= 0 and skipped < 3 and (_is_plain_adjective(tokens[j]) or _MODEL_CODE.search(tokens[j].text)):
        j -= 1
        skipped += 1
    return j >= 0 and tokens[j].kind == "word" and not tokens[j].lemmas.isdisjoint(lex.equipment_heads)


def _skip_run(tokens: Sequence[Token], start: int, run: Sequence[Token], lex: _Lexicon) -> bool:
    """Runs that are no actor's name: one ordinary word ("Punkt", "Rada" alone refer back to a longer
    name), or a place the gazetteer does not know ("w Kazaniu", "z Azji Środkowej")."""
    words = [t for t in run if t.kind == "word" and t.lower not in lex.connectors]
    if not words:
        return True
    if len(words) == 1 and not is_acronym(words[0].text) and has_common_reading(words[0]):
        return True
    return _is_place_name(words)


def _is_place_name(words: Sequence[Token]) -> bool:
    """Known only as geographic names (and adjectives): "Azji Środkowej", "Indo-Pacyfiku", "Kazaniu"."""
    places = 0
    for t in words:
        readings = _name_readings(t)
        nouns = [a for a in readings if a.pos in ("subst", "depr")]
        proper = [a for a in nouns if a.lemma[:1].isupper()]
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
        if _after_title(tokens, before, lex) and all(_is_proper_word(t) for t in words):
            return "person"
    words = [t for t in run if t.kind == "word"]
    classes = [{c for a in t.analyses for c in a.name_class} for t in words]
    if len(words) >= 2 and "imię" in classes[0]:
        return "person"
    if len(words) == 1 and classes[0] and classes[0] <= {"imię", "nazwisko"}:
        return "person"
    if 2 <= len(words) <= 3 and all(_is_proper_word(t) and not is_acronym(t.text) for t in words):
        surname = _person_word(words[-1], lex)
        if surname.endswith(lex.surname_endings) and len(surname) > 4:
            return "person"
    if len(words) == 1 and classes[0] == {"nazwa_organizacji"}:
        return "organization"
    return "unknown"


def _after_title(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """A title within the four words before ``k`` with no punctuation between: "rzecznik chińskiego MSZ"."""
    for j in range(k, max(k - 4, -1), -1):
        t = tokens[j]
        if t.kind == "punct":
            return False
        if _is_title(t, lex):
            return True
    return False


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
        return frozenset().union(*(_cases(a.tag) for a in personal)) if personal else _foreign_cases(last.text, None)
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


def _candidate_name(run: Sequence[Token], kind: str, lex: _Lexicon) -> str:
    """The name in its dictionary form when morfeusz2 knows it, else as written.

    Names of people and places take each word's proper-noun lemma ("Władimira Putina" -> "Władimir
    Putin"); names built of common words put only their head phrase in the nominative and keep the
    genitive rest ("Sztabu Generalnego Sił Zbrojnych" -> "Sztab Generalny Sił Zbrojnych").
    """
    words = [t for t in run if t.kind == "word"]
    if kind == "person":
        return _join(run, [_person_word(t, lex) for t in run])
    if len(run) == 1:
        return _proper_lemma(run[0]) or run[0].text
    if any(not t.is_known for t in words):
        return _join(run, [t.text for t in run])  # a foreign name: "Xiamen Limbach" is no form of "limba"
    if all(_is_proper_word(t) for t in words):
        return _join(run, [t.text if is_acronym(t.text) else _proper_lemma(t) or t.text for t in run])
    return _join(run, _head_phrase_nominative(run))


def _person_word(token: Token, lex: _Lexicon) -> str:
    """A word of a person's name in the nominative: morfeusz2's lemma, or a foreign name with an
    unambiguous case ending undone ("Macronem" -> "Macron", "Zełenskiego" -> "Zełenski")."""
    if token.kind != "word" or is_acronym(token.text):
        return token.text
    if token.is_known:
        personal = [a for a in token.analyses if {"imię", "nazwisko"} & set(a.name_class)]
        if not personal or any("nom" in a.cases for a in personal):
            return token.text  # "Andriej Rudenko" is not the place "Rudenka"
        return personal[0].lemma
    for ending, replacement in lex.person_name_endings:
        if token.text.endswith(ending) and len(token.text) - len(ending) >= 3:
            return token.text[: len(token.text) - len(ending)] + replacement
    return token.text


def _is_proper_word(token: Token) -> bool:
    """A word of a proper name: unknown to morfeusz2, an acronym, or known only as a proper noun."""
    return not token.is_known or is_acronym(token.text) or not has_common_reading(token)


def _head_phrase(run: Sequence[Token]) -> list[int] | None:
    """Positions of the head noun of a name and the adjectives around it ("Samodzielnej Brygady
    Desantowo-Szturmowej"); None when no word is a known noun."""
    nouns = [k for k, t in enumerate(run) if t.kind == "word" and t.has_pos("subst", "depr")]
    if not nouns:
        return None
    head = next((k for k in nouns if not run[k].has_pos("adj")), nouns[0])
    phrase = [head]
    k = head - 1
    while k >= 0 and run[k].has_pos("adj"):
        phrase.insert(0, k)
        k -= 1
    k = head + 1
    while k < len(run) and (run[k].has_pos("adj") and not run[k].has_pos("subst") or _compound_adjective(run[k])):
        phrase.append(k)
        k += 1
    return phrase


def _head_phrase_nominative(run: Sequence[Token]) -> list[str]:
    forms = [t.text for t in run]
    phrase = _head_phrase(run)
    if phrase is None:
        return forms
    nouns = [i for i in phrase if run[i].has_pos("subst", "depr")]
    head = next((i for i in nouns if not run[i].has_pos("adj")), nouns[0])
    if all("nom" in run[i].cases() for i in phrase):
        return forms
    noun = _agreeing_reading(run, head, phrase)
    parts = noun.tag.split(":")
    number, gender = parts[1].split(".")[0], parts[3].split(".")[0] if len(parts) > 3 else ""
    for i in phrase:
        t = run[i]
        if i == head:
            form = _inflect(noun.lemma, "subst", number, gender)
        elif _compound_adjective(t):  # "Desantowo-Szturmowej" -> "Desantowo-Szturmowa"
            first, last = t.text.rsplit("-", 1)
            adj = next(a for a in analyse_word(last) if a.pos == "adj")
            tail = _inflect(adj.lemma, "adj", number, gender)
            form = f"{first}-{tail[:1].upper()}{tail[1:]}" if tail else None
        else:
            adj = next(a for a in t.analyses if a.pos == "adj")
            form = _inflect(adj.lemma, "adj", number, gender)
        if form:
            forms[i] = form[:1].upper() + form[1:] if t.text[:1].isupper() else form
    return forms


def _compound_adjective(token: Token) -> bool:
    """A hyphenated adjective whose last part declines: "Ludowo-Demokratycznej", "Desantowo-Szturmowej"."""
    if "-" not in token.text or token.kind != "word":
        return False
    return any(a.pos == "adj" for a in analyse_word(token.text.rsplit("-", 1)[1]))


def _agreeing_reading(run: Sequence[Token], head: int, phrase: Sequence[int]):  # type: ignore[no-untyped-def]
    """The head noun's reading whose number and case the adjectives of the phrase share."""
    nouns = [a for a in run[head].analyses if a.pos in ("subst", "depr")]
    adjectives = [run[i] for i in phrase if i != head]
    for a in nouns:
        if all(
            any(b.pos == "adj" and b.numbers & a.numbers and b.cases & a.cases for b in t.analyses) for t in adjectives
        ):
            return a
    return nouns[0]


@functools.cache
def _generator():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(analyse=False, generate=True, expand_tags=False)


@functools.lru_cache(maxsize=20_000)
def _inflect(lemma: str, pos: str, number: str, gender: str) -> str | None:
    """The nominative of ``lemma`` in a number and gender (morfeusz2 generator), None if it has none."""
    for orth, _lemma, tag, _names, _quals in _generator().generate(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 4:
            continue
        if number in parts[1].split(".") and "nom" in parts[2].split(".") and gender in parts[3].split("."):
            if pos == "adj" and "pos" not in parts[4:]:
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
