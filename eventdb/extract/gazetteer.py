"""The gazetteer: actors, facilities and locations with their aliases, read from YAML files.

Shipped files are ``eventdb/reference/gazetteer/*.yaml`` (read in sorted order); users add files of
the same format.  Entries with the same section and name are merged.  Every alias is compiled once
into a sequence of token patterns (morfeusz2 lemma sets), so inflected forms match the nominative
alias ("Korei Północnej" ~ "Korea Północna").  Capitalized words morfeusz2 does not know are compared
by a stem key that strips Polish case endings ("Ałabudze" ~ "Ałabuga").
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml

from eventdb.extract import rulecache
from eventdb.extract.model import ACTOR_KINDS, LANGUAGES, LOCATION_KINDS, POSSESSIVE_ENDINGS, Analysis, EntityRef, Token
from eventdb.extract.text import analyse_word, tokenize
from eventdb.reference import load_yaml
from eventdb.reference import path as reference_path

Table = Literal["actor", "facility", "location"]


_SECTIONS = ("countries", "actors", "facilities", "locations")
_SINGULAR = {"countries": "country", "actors": "actor", "facilities": "facility", "locations": "location"}
_ALIAS_FIELDS = {"aliases": "name", "adjectives": "adjective", "demonyms": "demonym", "metonyms": "metonym"}
_ALL_ALIAS_FIELDS = frozenset(_ALIAS_FIELDS)
_FIELDS = {
    "countries": frozenset({"name", "iso2", "iso3", "wikidata"}) | _ALL_ALIAS_FIELDS,
    "actors": frozenset({"name", "kind", "country", "wikidata"}) | _ALL_ALIAS_FIELDS,
    "facilities": frozenset({"name", "kind", "location", "country", "operator", "wikidata", "aliases"}),
    "locations": frozenset({"name", "kind", "country", "parent", "wikidata"}) | _ALL_ALIAS_FIELDS,
}
_FREE_TEXT_FIELDS = frozenset({"note", "notes", "comment", "description", "source", "sources"})
_LINE = "__line__"
#: order of preference when two aliases of one table cover the same words
VIA_ORDER = ("name", "alias", "metonym", "demonym", "adjective")


class GazetteerError(ValueError):
    """A gazetteer file cannot be used; the message is one line and names the file."""


@dataclass(frozen=True)
class Alias:
    text: str
    language: str
    alias_type: str  # name | adjective | demonym | metonym
    key: str  # alias_key(text, language)


@dataclass(frozen=True)
class GazetteerEntry:
    table: Table
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    parent: str | None  # locations: enclosing location; facilities: their location
    operator: str | None  # facilities
    aliases: tuple[Alias, ...]

    @cached_property
    def ref(self) -> EntityRef:
        return EntityRef(table=self.table, name=self.name, kind=self.kind, country=self.country)


# --- lexicon: stem rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _StemRules:
    rules: tuple[tuple[str, str], ...]  # (ending, replacement), first fit wins
    possessives: tuple[str, ...]  # stripped before the case ending
    min_length: int
    min_length_inside: int
    adjective_rules: tuple[tuple[str, str], ...]  # a second stem of a word that may be an adjective's form


@functools.cache
def _stem_rules() -> _StemRules:
    lex = load_yaml("pl/mentions.yaml")
    return _StemRules(
        rules=tuple((str(a), str(b)) for a, b in lex["stem_rules"]),
        possessives=tuple(str(p) for p in lex["possessive_endings"]),
        min_length=int(lex["stem_min_length"]),
        min_length_inside=int(lex["stem_min_length_inside"]),
        adjective_rules=tuple((str(a), str(b)) for a, b in lex["adjective_stem_rules"]),
    )


@functools.lru_cache(maxsize=100_000)
def stem_key(word: str) -> str:
    """Stem of a foreign name: one Polish case ending stripped, its consonant alternation undone."""
    rules = _stem_rules()
    w = word.lower()
    for possessive in rules.possessives:
        if w.endswith(possessive):
            w = w[: -len(possessive)]
    for ending, replacement in rules.rules:
        if w.endswith(ending) and len(w) - len(ending) >= 2:
            w = w[: len(w) - len(ending)] + replacement
            break
    return w[:-1] + _HARDENED[w[-1]] if w[-1:] in _HARDENED else w


@functools.lru_cache(maxsize=100_000)
def adjective_stem_key(word: str) -> str | None:
    """The stem of a foreign adjectival name in an ending the nominative rules leave alone
    ("Gorochowieckim", "Krasnojarskich" ~ "Gorochowiecki"), None when no such ending fits.  Only a text
    word gets it, as a second key: an alias word keeps one stem, so "Maksim" stays "Maksim"."""
    rules = _stem_rules()
    w = word.lower()
    for ending, replacement in rules.adjective_rules:
        if w.endswith(ending) and len(w) - len(ending) >= rules.min_length:
            return w[: len(w) - len(ending)] + replacement
    return None


#: a soft final consonant of a stem is written hard before an ending: "Gerań" ~ "Gerani" ~ "Geraniem"
_HARDENED = MappingProxyType({"ń": "n", "ś": "s", "ć": "c", "ź": "z"})


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and text[:1].isalpha()


def has_common_reading(token: Token) -> bool:
    """Does morfeusz2 know the word as a common word (a reading with a lowercase lemma)?"""
    return any(a.pos != "ign" and a.lemma[:1].islower() for a in token.analyses)


def _stem_applies(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and not token.is_known and not is_acronym(token.text)


def token_keys(token: Token) -> frozenset[str]:
    """Keys under which a text token finds aliases: its lemmas, its lowercased form, its stem."""
    if token.kind == "word":
        analyses, keys = _word_keys(token.text)
        if token.analyses is analyses:
            return keys  # the usual case: readings straight from the tokenizer
    return _keys(token.text, token.kind, token.analyses)


@functools.lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[tuple[Analysis, ...], frozenset[str]]:
    """The readings of a word (the tokenizer's own tuple) and the keys they give."""
    analyses = analyse_word(word)
    return analyses, _keys(word, "word", analyses)


def _keys(text: str, kind: str, analyses: Sequence[Analysis]) -> frozenset[str]:
    lower = text.lower()
    keys = {a.lemma.lower() for a in analyses if a.tag != "ign"}
    known = bool(keys)
    keys.add(lower)
    if not known and kind == "word" and text[:1].isupper() and not is_acronym(text):
        keys.add("~" + stem_key(text))  # unknown to morfeusz2: "Ałabudze" ~ "Ałabuga"
        adjective = adjective_stem_key(text)
        if adjective is not None:
            keys.add("~" + adjective)  # "Gorochowieckim" ~ "Gorochowiecki"
    if "-" in text:
        head = text.split("-", 1)[0]
        if is_acronym(head):
            keys.add(head.lower())  # "HUR-u"
    possessor = _possessor(text)
    if possessor is not None:
        keys.add(possessor.lower())  # "the EU's", "NATO's"
    return frozenset(keys)


def _possessor(text: str) -> str | None:
    """The acronym of an English possessive ("EU's", "NATO’s" -> "EU", "NATO"), else None."""
    head = text[:-2]
    return head if text.endswith(POSSESSIVE_ENDINGS) and len(head) > 1 and is_acronym(head) else None


# --- compiled aliases ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AliasToken:
    """One word of an alias, as a pattern for a text token."""

    text: str
    keys: frozenset[str]  # lemmas and the lowercased form
    stem: str | None  # stem key when the word may be a foreign name
    acronym: bool  # must be written exactly so ("HUR", "NIS")
    needs_capital: bool  # a proper name: the text must be capitalized too
    numbers: frozenset[str]  # grammatical number of the word as listed (aliases are nominative)
    fixed_form: bool  # a dependent word not in the nominative ("spraw", "Rosji"): it does not inflect
    base: str = ""  # the entry's shortest spelling of this word: its nominative ("Un" for "Una")

    @property
    def index_keys(self) -> frozenset[str]:
        if self.fixed_form:
            return frozenset({self.text.lower()})
        return self.keys | ({"~" + self.stem} if self.stem is not None else set())


@dataclass(frozen=True, slots=True)
class AliasPattern:
    entry: GazetteerEntry
    alias: Alias
    tokens: tuple[AliasToken, ...]
    via: str  # name | alias | adjective | demonym | metonym
    needs_some_capital: bool  # the alias has capitals: some matched word must be capitalized
    foreign: bool  # an English alias: must not be matched by Polish common words alone ("Pole")
    rank: int = 0  # position in the gazetteer: ties are broken by it, so output never depends on hashing


@dataclass(frozen=True, slots=True)
class Match:
    """An alias found in a token sequence: ``tokens[start:end]``."""

    pattern: AliasPattern
    start: int
    end: int


def _compile(entry: GazetteerEntry, alias: Alias) -> AliasPattern | None:
    tokens = [t for t in _alias_tokens(alias.text) if t.text.strip()]
    if not tokens:
        return None
    single = len(tokens) == 1
    compiled = []
    for t in tokens:
        acronym = t.kind == "word" and is_acronym(t.text)
        capitalized = t.text[:1].isupper()
        proper = not t.is_known or not has_common_reading(t)
        compiled.append(
            AliasToken(
                text=t.text,
                keys=_alias_word_keys(t, single),
                stem=stem_key(t.text) if capitalized and t.kind == "word" and not acronym else None,
                acronym=acronym,
                needs_capital=capitalized and (single or proper),
                numbers=frozenset().union(*(a.numbers for a in t.analyses if "nom" in a.cases)),
                fixed_form=not single and _dependent_form(t),
                base=t.text,
            )
        )
    if alias.text == entry.name:
        via = "name"
    elif alias.alias_type == "name":
        via = "alias"
    else:
        via = alias.alias_type
    return AliasPattern(
        entry=entry,
        alias=alias,
        tokens=tuple(compiled),
        via=via,
        needs_some_capital=any(t.text[:1].isupper() for t in compiled),
        foreign=alias.language == "en" and not all(t.acronym for t in compiled),
    )


def _lowercase_variants(entry: GazetteerEntry) -> list[Alias]:
    """Polish press writes a body named by its nationality in lower case ("japońskiego ministerstwa obrony" for
    "japońskie Ministerstwo Obrony"): a Polish alias of an actor that opens with a lower-case adjective gets a
    variant with its capitalized common words in lower case (names keep their capitals: "Japonii")."""
    if entry.table != "actor" or entry.kind in _NO_LOWERCASE_KINDS:
        return []
    out = []
    have = {a.text for a in entry.aliases}
    for a in entry.aliases:
        if a.language != "pl" or a.alias_type != "name" or not a.text[:1].islower():
            continue
        tokens = [t for t in _alias_tokens(a.text) if t.text.strip()]
        if len(tokens) < 2 or not any(x.pos == "adj" for x in tokens[0].analyses):
            continue
        words = [t.text.lower() if t.text[:1].isupper() and t.kind == "word" and not is_acronym(t.text)
                 and has_common_reading(t) else t.text for t in tokens]
        text = " ".join(words)
        if text != a.text and text not in have:
            have.add(text)
            out.append(Alias(text=text, language="pl", alias_type="name", key=a.key))
    return out


_NO_LOWERCASE_KINDS = frozenset({"country", "person", "media", "company"})


def _possessive_variants(entry: GazetteerEntry, demonyms: Mapping[str, str]) -> list[Alias]:
    """English names a body after its country's possessive as often as after the demonym: an English alias that
    opens with the demonym of the entry's country ("South Korean Foreign Ministry") gets the variants "South
    Korea's Foreign Ministry" and "South Korea's foreign ministry"."""
    if entry.table != "actor" or entry.kind in _NO_LOWERCASE_KINDS or entry.country is None:
        return []
    demonym = demonyms.get(entry.country)
    if not demonym:
        return []
    have = {a.text for a in entry.aliases}
    out = []
    for a in entry.aliases:
        if a.language != "en" or a.alias_type != "name" or not a.text.startswith(demonym + " "):
            continue
        rest = a.text[len(demonym) + 1 :]
        for text in (f"{entry.country}'s {rest}", f"{entry.country}'s {rest.lower()}"):
            if text not in have:
                have.add(text)
                out.append(Alias(text=text, language="en", alias_type="name", key=a.key))
    return out


def _english_plural_demonyms(entry: GazetteerEntry) -> list[Alias]:
    """English counts and names people by the plural of the demonym ("2,000 North Koreans", "the Russians fired"):
    each English demonym gets its plural ("North Koreans", "Ukrainians"; none for "Chinese" or "Swiss")."""
    have = {a.text for a in entry.aliases}
    out = []
    for a in entry.aliases:
        if a.language != "en" or a.alias_type != "demonym" or a.text.endswith(_NO_PLURAL_S):
            continue
        text = a.text + "s"
        if text not in have:
            have.add(text)
            out.append(Alias(text=text, language="en", alias_type="demonym", key=a.key))
    return out


_NO_PLURAL_S = ("ese", "s", "sh", "ch", "x", "z")  # "Chinese", "Swiss", "British", "French": the same in the plural


@functools.lru_cache(maxsize=50_000)
def _alias_tokens(text: str) -> tuple[Token, ...]:
    """Tokens of an alias (cached: keys and patterns of one alias are built from the same tokens)."""
    return tuple(tokenize(text))


def _alias_word_keys(token: Token, single: bool = True) -> frozenset[str]:
    """Lemmas under which an alias word matches.  A capitalized name matches only through its
    proper-noun readings: "Dania" (Denmark) must not match "Dane" (data) through the homonym "dana".
    Inside a longer alias a capitalized adjective keeps its adjective lemma as well, so that its oblique
    forms match: "Armia Ludowa" ("Ludów") in "Armii Ludowej", "Wielka Brytania" ("Wielk") in "Wielkiej"."""
    proper = {a.lemma.lower() for a in token.analyses if a.pos != "ign" and a.lemma[:1].isupper()}
    if token.lower in proper:
        # an alias written in the nominative matches as itself, not through another name it is a form of:
        # "Borysów" (the town) is no genitive of the first name "Borys"
        proper = {token.lower}
    if token.text[:1].isupper() and proper:
        adjectives = set() if single else {a.lemma.lower() for a in token.analyses if a.pos in ("adj", "ppas", "pact")}
        return frozenset(proper | adjectives | {token.lower})
    return frozenset(token.lemmas | {token.lower})


def _with_bases(patterns: Sequence[AliasPattern]) -> list[AliasPattern]:
    """Give every word the shortest spelling of its stem among one entry's aliases, taken as its
    nominative: the gazetteer lists inflected forms of foreign names too ("Budanow", "Budanowa")."""
    bases: dict[str, str] = {}
    for p in patterns:
        for t in p.tokens:
            if t.stem is not None and (t.stem not in bases or len(t.text) < len(bases[t.stem])):
                bases[t.stem] = t.text
    return [
        replace(p, tokens=tuple(
            t if t.base == (base := bases.get(t.stem, t.text) if t.stem else t.text) else replace(t, base=base)
            for t in p.tokens
        ))
        for p in patterns
    ]


def _dependent_form(token: Token) -> bool:
    """A known word that declines but is not in the nominative: a genitive complement of a name."""
    declined = [a for a in token.analyses if a.pos != "ign" and a.cases]
    return bool(declined) and not any("nom" in a.cases for a in declined)


def _token_matches(token: Token, pattern: AliasToken, keys: frozenset[str], first: bool, strict_case: bool) -> bool:
    if pattern.acronym and strict_case:
        text = token.text
        if text == pattern.text:
            return True
        head, _, tail = text.partition("-")
        return head == pattern.text and tail.isalpha() and tail.islower() and len(tail) <= 4 or (
            _possessor(text) == pattern.text)
    if strict_case and pattern.needs_capital and not token.text[:1].isupper():
        return False
    if pattern.fixed_form:
        return token.lower == pattern.text.lower()
    if not keys.isdisjoint(pattern.keys):
        return True
    if pattern.stem is not None and "~" + pattern.stem in keys:
        rules = _stem_rules()
        return len(pattern.stem) >= (rules.min_length if first else rules.min_length_inside)
    return False


@dataclass(frozen=True)
class _Node:
    """Aliases whose first word has one key: the one-word ones, and the longer ones by their second word."""

    single: tuple[AliasPattern, ...]
    by_second: Mapping[str, tuple[AliasPattern, ...]]


class AliasIndex:
    """All aliases of a gazetteer, indexed by the keys of their first two words.

    A text repeats its words, so what depends on a word form alone is remembered (bounded, per index): its
    keys, the aliases they select as a first word, and the one-word aliases the form matches.
    """

    def __init__(self, patterns: Iterable[AliasPattern]) -> None:
        self.patterns = tuple(patterns)
        single: dict[str, list[AliasPattern]] = {}
        longer: dict[str, dict[str, list[AliasPattern]]] = {}
        for p in self.patterns:
            for k1 in p.tokens[0].index_keys:
                if len(p.tokens) == 1:
                    single.setdefault(k1, []).append(p)
                else:
                    second = longer.setdefault(k1, {})
                    for k2 in p.tokens[1].index_keys:
                        second.setdefault(k2, []).append(p)
        self._nodes = {
            k: _Node(tuple(single.get(k, ())), {k2: tuple(v) for k2, v in longer.get(k, {}).items()})
            for k in single.keys() | longer.keys()
        }
        self._forms: dict[str, _Form] = {}
        self._merged: dict[frozenset[str], _Node] = {}
        self._pairs: dict[tuple[_Form, _Form], tuple[tuple[AliasPattern, ...], tuple[AliasPattern, ...]]] = {}

    def matches(self, tokens: Sequence[Token], strict_case: bool = True) -> list[Match]:
        """Every alias occurrence in ``tokens`` (overlapping ones included), in order of start."""
        memo = self._forms
        forms: list[_Form] = []
        for t in tokens:
            form = memo.get(t.text)
            if form is None or form.analyses is not t.analyses or form.kind != t.kind:
                form = self._form(t)
            forms.append(form)
        keys = [f.keys for f in forms]
        n = len(tokens)
        found: list[Match] = []
        pairs = self._pairs
        for i, form in enumerate(forms):
            node = form.node
            if node is None:
                continue
            if node.single:
                singles = form.singles if strict_case else _single_matches(tokens[i], form.keys, node.single, False)
                for p in singles:
                    found.append(Match(p, i, i + 1))
            if node.by_second and i + 1 < n:
                pair = pairs.get((form, forms[i + 1])) if strict_case else None
                if pair is None:
                    pair = self._pair(tokens, keys, i, node, strict_case)
                    if strict_case:
                        pairs[(form, forms[i + 1])] = pair
                two_words, longer = pair
                for p in two_words:
                    found.append(Match(p, i, i + 2))
                for p in longer:
                    end = _match_at(tokens, keys, i, p, strict_case)
                    if end is not None:
                        found.append(Match(p, i, end))
        # (start, end, via, rank) is unique (ranks are), so the order of the candidates above does not matter
        found.sort(key=lambda m: (m.start, -m.end, _VIA_RANK[m.pattern.via], m.pattern.rank))
        return found

    def _form(self, token: Token) -> _Form:
        """What the index knows of a word form (remembered while its readings stay the same tuple)."""
        keys = token_keys(token)
        hits = [self._nodes[k] for k in keys if k in self._nodes]
        node = None
        if len(hits) == 1:
            node = hits[0]
        elif hits:  # the aliases the keys select as a first word, merged (once per set of keys)
            node = self._merged.get(keys)
            if node is None:
                node = self._merged[keys] = _merge_nodes(hits)
        singles = _single_matches(token, keys, node.single, True) if node is not None else ()
        form = _Form(token.analyses, token.kind, keys, node, singles)
        if len(self._forms) >= _MEMO_SIZE or len(self._pairs) >= _MEMO_SIZE or len(self._merged) >= _MEMO_SIZE:
            self._forms.clear()
            self._pairs.clear()
            self._merged.clear()
        self._forms[token.text] = form
        return form

    @staticmethod
    def _pair(
        tokens: Sequence[Token], keys: Sequence[frozenset[str]], i: int, node: _Node, strict_case: bool
    ) -> tuple[tuple[AliasPattern, ...], tuple[AliasPattern, ...]]:
        """The longer aliases that the words at ``i`` and ``i + 1`` select: the two-word ones they match
        (which depends on the two word forms alone), and the still longer ones, to be checked in place."""
        candidates: dict[int, AliasPattern] = {}
        for k2 in keys[i + 1]:
            for p in node.by_second.get(k2, ()):
                candidates[id(p)] = p
        two_words = tuple(p for p in candidates.values()
                          if len(p.tokens) == 2 and _match_at(tokens, keys, i, p, strict_case) is not None)
        return two_words, tuple(p for p in candidates.values() if len(p.tokens) > 2)


@dataclass(frozen=True, slots=True, eq=False)
class _Form:
    """A word form as the index sees it; valid for tokens with the same readings tuple and kind (compared
    by identity: a pair of forms is a key of what two words match)."""

    analyses: tuple[Analysis, ...]
    kind: str
    keys: frozenset[str]
    node: _Node | None  # the aliases the form selects as a first word
    singles: tuple[AliasPattern, ...]  # the one-word aliases it matches (case-sensitive matching)


def _merge_nodes(nodes: Sequence[_Node]) -> _Node:
    """The aliases of several first-word keys (an alias listed under two of them counted once)."""
    single = {id(p): p for n in nodes for p in n.single}
    by_second: dict[str, dict[int, AliasPattern]] = {}
    for n in nodes:
        for k2, ps in n.by_second.items():
            by_second.setdefault(k2, {}).update((id(p), p) for p in ps)
    return _Node(tuple(single.values()), {k2: tuple(ps.values()) for k2, ps in by_second.items()})


def _single_matches(
    token: Token, keys: frozenset[str], patterns: tuple[AliasPattern, ...], strict_case: bool
) -> tuple[AliasPattern, ...]:
    """The one-word aliases among ``patterns`` that ``token`` matches."""
    one, one_keys = (token,), (keys,)
    return tuple(p for p in patterns if _match_at(one, one_keys, 0, p, strict_case) is not None)


_MEMO_SIZE = 100_000  # word forms remembered by an index (forgotten all at once when full)
_VIA_RANK = MappingProxyType({via: k for k, via in enumerate(VIA_ORDER)})


def _match_at(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], i: int, p: AliasPattern, strict_case: bool
) -> int | None:
    n = len(p.tokens)
    if i + n > len(tokens):
        return None
    for j, pt in enumerate(p.tokens):
        if not _token_matches(tokens[i + j], pt, keys[i + j], j == 0, strict_case):
            return None
    span = tokens[i : i + n]
    if p.alias.alias_type == "adjective" and not _adjective_reading(span[0], p.tokens[0]):
        return None  # "po rosyjsku" is an adverb
    if strict_case and p.needs_some_capital and not any(t.text[:1].isupper() for t in span):
        return None
    if strict_case and p.foreign and all(t.is_known and has_common_reading(t) for t in span):
        return None
    return i + n


def _adjective_reading(token: Token, pattern: AliasToken) -> bool:
    """The word is read as an adjective of the alias's lemma (or morfeusz2 does not know it)."""
    if not token.is_known:
        return True
    return any(a.pos == "adj" and a.lemma.lower() in pattern.keys for a in token.analyses)


# --- alias keys ------------------------------------------------------------------------------------------------


def _preferred_lemma(token: Token) -> str:
    """A lemma that inflected forms of one word share: the form itself, else a singular noun, else the first."""
    lemmas = [a for a in token.analyses if a.pos != "ign"]
    if not lemmas:
        return stem_key(token.text) if _stem_applies(token) else token.lower
    low = token.lower
    for a in lemmas:
        if a.lemma.lower() == low:
            return low
    for a in lemmas:
        if a.pos in ("subst", "depr") and "sg" in a.numbers:
            return a.lemma.lower()
    return lemmas[0].lemma.lower()


def alias_key(text: str, language: str = "pl") -> str:
    """Normalized key of a name: lowercased sequence of lemmas ("Korei Północnej" -> "korea północny")."""
    words = [t for t in _alias_tokens(text) if t.kind in ("word", "abbr", "number")]
    if language == "en":
        return " ".join(stem_key(t.text) if t.text.endswith(POSSESSIVE_ENDINGS) else t.lower for t in words)
    return " ".join(_preferred_lemma(t) for t in words)


# --- reading files ------------------------------------------------------------------------------------------------


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader that records the line of every mapping (for error messages)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping


@dataclass(frozen=True)
class _Raw:
    section: str
    name: str
    fields: Mapping[str, Any]
    where: str  # "file:line"


def _read_yaml(text: str, origin: str) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise GazetteerError(f"{origin}{line}: YAML syntax error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{origin}: YAML error: {exc}") from None


def _parse(text: str, origin: str) -> tuple[list[_Raw], list[str]]:
    """Entries of one file, and the problems found in it (each one line)."""
    data = _read_yaml(text, origin)
    problems: list[str] = []
    raws: list[_Raw] = []
    if data is None:
        return raws, problems
    if not isinstance(data, dict):
        return raws, [f"{origin}:1: expected sections ({', '.join(_SECTIONS)}), found {type(data).__name__}"]
    top_line = data.pop(_LINE, 1)
    for section, items in data.items():
        if section not in _SECTIONS:
            problems.append(f"{origin}:{top_line}: unknown section {section!r} (expected {', '.join(_SECTIONS)})")
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(f"{origin}: section {section!r} must be a list of entries")
            continue
        for item in items:
            if not isinstance(item, dict):
                problems.append(f"{origin}: {section}: every entry must be a mapping, found {item!r}")
                continue
            fields = dict(item)
            where = f"{origin}:{fields.pop(_LINE, '?')}"
            problems.extend(_check_fields(section, fields, where))
            name = fields.get("name")
            if isinstance(name, str) and name.strip():
                raws.append(_Raw(section, name.strip(), fields, where))
    return raws, problems


def _check_fields(section: str, fields: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    name = fields.get("name")
    label = f"{_SINGULAR[section]} {name!r}"
    if not isinstance(name, str) or not name.strip():
        return [f"{where}: entry without a name in {section}"]
    unknown = sorted(set(fields) - _FIELDS[section] - _FREE_TEXT_FIELDS)
    if unknown:
        problems.append(f"{where}: {label}: unknown field(s) {', '.join(unknown)}")
    for field_name in _ALIAS_FIELDS:
        if field_name in fields and fields[field_name] is not None:
            try:
                _alias_lists(fields[field_name])
            except ValueError as exc:
                problems.append(f"{where}: {label}: {field_name}: {exc}")
    return problems


def _alias_lists(value: Any) -> list[tuple[str, str]]:
    """(language, text) pairs of an alias field: {pl: [..], en: [..]}, a plain list, or one string."""
    if value is None:
        return []
    if isinstance(value, str):
        return [("und", value)]
    if isinstance(value, list):
        return [("und", _alias_text(v)) for v in value]
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for lang, texts in value.items():
            if lang == _LINE:
                continue
            if lang not in LANGUAGES:
                raise ValueError(f"unknown language {lang!r} (use {', '.join(LANGUAGES)})")
            if isinstance(texts, str):
                texts = [texts]
            if not isinstance(texts, list):
                raise ValueError(f"aliases of {lang!r} must be a list")
            out.extend((str(lang), _alias_text(t)) for t in texts)
        return out
    raise ValueError(f"expected a mapping of languages to lists, found {type(value).__name__}")


def _alias_text(value: Any) -> str:
    if not isinstance(value, str | int | float) or not str(value).strip():
        raise ValueError(f"alias must be a non-empty string, found {value!r}")
    return str(value).strip()


@dataclass
class _Merged:
    section: str
    name: str
    scalars: dict[str, Any]
    aliases: dict[str, list[tuple[str, str]]]  # field -> [(language, text)]
    where: str


def _merge(raws: Iterable[_Raw]) -> dict[tuple[str, str], _Merged]:
    merged: dict[tuple[str, str], _Merged] = {}
    for raw in raws:
        m = merged.get((raw.section, raw.name))
        if m is None:
            m = merged[(raw.section, raw.name)] = _Merged(raw.section, raw.name, {}, {}, raw.where)
        for key, value in raw.fields.items():
            if key in _ALIAS_FIELDS:
                try:
                    pairs = _alias_lists(value)
                except ValueError:
                    continue  # reported by _check_fields
                bucket = m.aliases.setdefault(key, [])
                bucket.extend(p for p in pairs if p not in bucket)
            elif key not in _FREE_TEXT_FIELDS and value is not None:
                m.scalars[key] = str(value).strip() if not isinstance(value, str) else value.strip()
    return merged


def _build(merged: Mapping[tuple[str, str], _Merged]) -> tuple[tuple[GazetteerEntry, ...], list[str]]:
    """Entries from merged raw entries, with references checked; (entries, problems)."""
    problems: list[str] = []
    countries = {m.name for m in merged.values() if m.section == "countries"}
    countries_lower = {c.lower(): c for c in countries}
    locations = countries | {m.name for m in merged.values() if m.section == "locations"}
    actors = countries | {m.name for m in merged.values() if m.section == "actors"}
    for m in merged.values():
        if m.section == "actors" and m.name in countries:
            problems.append(f"{m.where}: actor {m.name!r} is also a country (countries are actors already)")
        if m.section == "locations" and m.name in countries:
            problems.append(f"{m.where}: location {m.name!r} is also a country (countries are locations already)")

    def resolve_country(m: _Merged) -> str | None:
        value = m.scalars.get("country")
        if value is None:
            return None
        if value in countries:
            return str(value)
        if str(value).lower() in countries_lower:
            return countries_lower[str(value).lower()]
        problems.append(f"{m.where}: {_label(m)}: unknown country {value!r}{_did_you_mean(value, countries)}")
        return None

    def check_ref(m: _Merged, field_name: str, known: set[str], what: str) -> str | None:
        value = m.scalars.get(field_name)
        if value is None:
            return None
        if value not in known:
            problems.append(f"{m.where}: {_label(m)}: unknown {what} {value!r}{_did_you_mean(value, known)}")
            return None
        return str(value)

    entries: list[GazetteerEntry] = []
    parents: dict[str, str | None] = {}
    for m in merged.values():
        wikidata = m.scalars.get("wikidata")
        if m.section == "countries":
            entries.append(_entry("actor", m, "country", m.name, wikidata, None, None, _ALIAS_FIELDS))
            entries.append(_entry("location", m, "country", m.name, wikidata, None, None, {"aliases": "name"}))
            continue
        kind = m.scalars.get("kind")
        if not kind:
            problems.append(f"{m.where}: {_label(m)}: no kind")
            continue
        if m.section == "actors":
            if kind not in ACTOR_KINDS:
                problems.append(f"{m.where}: {_label(m)}: unknown kind {kind!r} (one of {', '.join(ACTOR_KINDS)})")
                continue
            entries.append(_entry("actor", m, kind, resolve_country(m), wikidata, None, None, _ALIAS_FIELDS))
        elif m.section == "locations":
            if kind not in LOCATION_KINDS:
                problems.append(
                    f"{m.where}: {_label(m)}: unknown kind {kind!r} (one of {', '.join(LOCATION_KINDS)})"
                )
                continue
            parent = check_ref(m, "parent", locations, "parent location")
            parents[m.name] = parent
            entries.append(_entry("location", m, kind, resolve_country(m), wikidata, parent, None, _ALIAS_FIELDS))
        else:
            location = check_ref(m, "location", locations, "location")
            operator = check_ref(m, "operator", actors, "operator")
            entries.append(
                _entry("facility", m, kind, resolve_country(m), wikidata, location, operator, {"aliases": "name"})
            )
    return _inherit_countries(entries, countries), problems


def _inherit_countries(entries: list[GazetteerEntry], countries: set[str]) -> tuple[GazetteerEntry, ...]:
    """Locations and facilities without a country take the one of their parent location."""
    by_location = {e.name: e for e in entries if e.table == "location"}

    def country_of(name: str | None, depth: int = 0) -> str | None:
        if name is None or depth > 20:
            return None
        if name in countries:
            return name
        loc = by_location.get(name)
        if loc is None:
            return None
        return loc.country or country_of(loc.parent, depth + 1)

    out = []
    for e in entries:
        if e.country is None and e.table in ("location", "facility") and e.parent:
            e = GazetteerEntry(e.table, e.name, e.kind, country_of(e.parent), e.wikidata, e.parent, e.operator,
                               e.aliases)
        out.append(e)
    return tuple(out)


def _label(m: _Merged) -> str:
    return f"{_SINGULAR[m.section]} {m.name!r}"


def _did_you_mean(value: Any, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(value), sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _entry(
    table: Table, m: _Merged, kind: str, country: str | None, wikidata: str | None, parent: str | None,
    operator: str | None, fields: Mapping[str, str],
) -> GazetteerEntry:
    seen: set[tuple[str, str, str]] = set()
    aliases: list[Alias] = []

    def add(text: str, language: str, alias_type: str) -> None:
        if (text, language, alias_type) not in seen:
            seen.add((text, language, alias_type))
            aliases.append(Alias(text, language, alias_type, alias_key(text, language)))

    add(m.name, "en", "name")
    for field_name, alias_type in fields.items():
        for language, text in m.aliases.get(field_name, ()):
            add(text, language, alias_type)
    return GazetteerEntry(table, m.name, kind, country, wikidata, parent, operator, tuple(aliases))


def _shipped_files() -> list[tuple[str, str]]:
    """(origin, text) of the shipped gazetteer files, in sorted order."""
    folder = reference_path("gazetteer")
    if not folder.is_dir():
        return []
    files = sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name)
    return [(f"gazetteer/{f.name}", f.read_text(encoding="utf-8")) for f in files]


def _read_user_file(path: Path) -> tuple[str, str]:
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from None


def _collect(sources: Sequence[tuple[str, str]]) -> tuple[tuple[GazetteerEntry, ...], list[str]]:
    raws: list[_Raw] = []
    problems: list[str] = []
    for origin, text in sources:
        r, p = _parse(text, origin)
        raws.extend(r)
        problems.extend(p)
    entries, build_problems = _build(_merge(raws))
    return entries, problems + build_problems


def validate_file(path: Path | str, *, shipped: bool = True) -> list[str]:
    """Problems of a user gazetteer file, checked together with the shipped data (empty: fine)."""
    try:
        origin, text = _read_user_file(Path(path))
        _, problems = _collect([*(_shipped_files() if shipped else []), (origin, text)])
    except GazetteerError as exc:
        return [str(exc)]
    return [p for p in problems if p.startswith(origin)] or problems


@functools.cache
def _default() -> Gazetteer:
    return _built(_shipped_files())


def _built(sources: list[tuple[str, str]]) -> Gazetteer:
    """The gazetteer of ``sources`` with its alias index built, from the rule cache when it holds it.

    GazetteerError on the first problem (a gazetteer with problems is never cached)."""
    digest = rulecache.key(sources)
    cached = rulecache.load("gazetteer", digest)
    if isinstance(cached, Gazetteer):
        return cached
    entries, problems = _collect(sources)
    if problems:
        raise GazetteerError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    gazetteer = Gazetteer(entries)
    gazetteer.prepare()
    rulecache.store("gazetteer", digest, gazetteer)
    return gazetteer


# --- the gazetteer ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShortForms:
    """The leading words of aliases that end with the name of another body ("Rada Bezpieczeństwa" +
    "ONZ"): ``index`` finds them, ``owners`` gives the body each one belongs to, by the pattern's rank."""

    index: AliasIndex
    owners: Mapping[int, EntityRef]


#: owners that do not tell a short form's body: a country is named in every article about states
_NO_OWNER_KINDS = frozenset({"country", "person"})


def _short_forms(entries: Sequence[GazetteerEntry], index: AliasIndex) -> ShortForms:
    owner_keys: dict[str, EntityRef] = {}
    for e in entries:
        if e.table == "actor" and e.kind not in _NO_OWNER_KINDS:
            for a in e.aliases:
                if a.language == "pl":
                    owner_keys.setdefault(a.key, e.ref)
    patterns: list[AliasPattern] = []
    owners: dict[int, EntityRef] = {}
    for p in index.patterns:
        e = p.entry
        if e.table != "actor" or p.alias.language != "pl" or len(p.tokens) < 3:
            continue
        for k in range(2, len(p.tokens)):
            if not all(t.text[:1].isupper() for t in p.tokens[:k]):
                break  # a name's own words: "Rada Bezpieczeństwa", not "Stałe Przedstawicielstwo Rosji przy"
            owner = owner_keys.get(alias_key(" ".join(t.text for t in p.tokens[k:])))
            if owner is not None and owner.name != e.name:
                owners[len(patterns)] = owner
                patterns.append(replace(p, tokens=p.tokens[:k], rank=len(patterns), needs_some_capital=True))
                break
    return ShortForms(AliasIndex(patterns), MappingProxyType(owners))


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Entries of all tables; ``index`` finds their aliases in tokens."""

    entries: tuple[GazetteerEntry, ...]

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped data, read once per process."""
        return _default()

    @classmethod
    def load(cls, extra_files: Sequence[Path | str] = (), *, shipped: bool = True) -> Gazetteer:
        """Shipped data (unless ``shipped`` is false) plus user files; GazetteerError on the first problem."""
        sources = (_shipped_files() if shipped else []) + [_read_user_file(Path(p)) for p in extra_files]
        entries, problems = _collect(sources)
        if problems:
            raise GazetteerError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        return cls(entries)

    @classmethod
    def with_texts(cls, sources: Sequence[tuple[str, str]]) -> Gazetteer:
        """Shipped data plus user files given as (origin, YAML text) pairs, e.g. stored in a database."""
        if not sources:
            return _default()
        return _built([*_shipped_files(), *sources])

    @classmethod
    def from_yaml(cls, *texts: str) -> Gazetteer:
        """A gazetteer of the given YAML texts only (no shipped data); for tests and tools."""
        entries, problems = _collect([(f"<text {i + 1}>", t) for i, t in enumerate(texts)])
        if problems:
            raise GazetteerError(problems[0])
        return cls(entries)

    def prepare(self) -> Gazetteer:
        """Build the alias index now rather than on first use; returns the gazetteer."""
        _ = self.index, self._by_name
        return self

    def __getstate__(self) -> dict[str, Any]:
        # what the rule cache keeps: the entries and the costly index; the rest is rebuilt in milliseconds
        return {k: v for k, v in self.__dict__.items() if k in ("entries", "index", "_by_name")}

    @cached_property
    def _by_name(self) -> dict[tuple[str, str], GazetteerEntry]:
        return {(e.table, e.name): e for e in self.entries}

    @cached_property
    def index(self) -> AliasIndex:
        """Aliases compiled to token patterns (built on first use, once per gazetteer)."""
        patterns: list[AliasPattern] = []
        demonyms = self.english_demonyms
        for e in self.entries:
            aliases = [*e.aliases, *_lowercase_variants(e), *_possessive_variants(e, demonyms),
                       *_english_plural_demonyms(e)]
            compiled = [p for p in (_compile(e, a) for a in aliases) if p is not None]
            patterns.extend(replace(p, rank=len(patterns) + k) for k, p in enumerate(_with_bases(compiled)))
        return AliasIndex(patterns)

    @cached_property
    def facilities_at(self) -> Mapping[str, tuple[GazetteerEntry, ...]]:
        """Facilities by the name of their location ("Tikhoretsk" -> the arsenal there)."""
        out: dict[str, list[GazetteerEntry]] = {}
        for e in self.entries:
            if e.table == "facility" and e.parent is not None:
                out.setdefault(e.parent, []).append(e)
        return MappingProxyType({k: tuple(v) for k, v in out.items()})

    @cached_property
    def english_demonyms(self) -> Mapping[str, str]:
        """The first English demonym of each actor that has one, by canonical name ("North Korea" -> "North Korean"),
        else its first English adjective (Poland -> "Polish")."""
        out: dict[str, str] = {}
        for kind in ("adjective", "demonym"):  # a demonym, written later, wins
            out.update({
                e.name: a.text for e in reversed(self.entries) if e.table == "actor"
                for a in reversed(e.aliases) if a.alias_type == kind and a.language == "en"
            })
        return MappingProxyType(out)

    @cached_property
    def short_forms(self) -> ShortForms:
        """Names of bodies written without their owner ("Rada Bezpieczeństwa" of "Rada Bezpieczeństwa ONZ")."""
        return _short_forms(self.entries, self.index)

    def entry(self, table: str, name: str) -> GazetteerEntry:
        found = self._by_name.get((table, name))
        if found is None:
            lowered = {(t, n.lower()): e for (t, n), e in self._by_name.items()}
            found = lowered.get((table, name.lower()))
        if found is None:
            names = [n for t, n in self._by_name if t == table]
            raise GazetteerError(f"unknown {table} {name!r}{_did_you_mean(name, names)}")
        return found

    def ref(self, table: str, name: str) -> EntityRef:
        return self.entry(table, name).ref

    def lookup(self, text: str, table: str | None = None) -> list[EntityRef]:
        """Entries one of whose aliases is ``text`` in any inflected form (case is not required to agree)."""
        tokens = [t for t in tokenize(text.strip()) if t.text.strip()]
        if not tokens:
            return []
        out: list[EntityRef] = []
        for strict in (True, False):
            for m in self.index.matches(tokens, strict_case=strict):
                e = m.pattern.entry
                whole = m.start == 0 and m.end == len(tokens)
                if whole and (table is None or e.table == table) and e.ref not in out:
                    out.append(e.ref)
            if out:
                break
        return out

    def closest(self, text: str, n: int = 5) -> list[str]:
        """Canonical names whose name or alias is closest to ``text`` (for "did you mean" messages)."""
        by_text: dict[str, list[str]] = {}
        for e in self.entries:
            for a in e.aliases:
                by_text.setdefault(a.text.lower(), []).append(e.name)
        out: list[str] = []
        for hit in difflib.get_close_matches(text.lower(), list(by_text), n=n * 3, cutoff=0.6):
            for name in by_text[hit]:
                if name not in out:
                    out.append(name)
        return out[:n]
