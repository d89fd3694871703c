"""Quantities: amounts with their qualifier, unit and counted object, read from one sentence.

Amounts in news are few and formulaic ("około 5000 północnokoreańskich żołnierzy", "od 50 do 100
sztuk sprzętu", "2,5 dolara za godzinę"), so a small grammar over morfeusz2 readings reads them
exactly and keeps a span into the body for each.  Every word it knows lives in
``reference/pl/quantities.yaml`` (English additions in ``reference/en/``): a new unit, qualifier or
counted noun is a data change.

For each candidate amount: read the number (digits with separators, multipliers, number words,
vague words, ranges); drop it when it is a label rather than a count (date, year, caliber, model
name, ordinal, clock time, article number); read the qualifier before it; read the unit or the
counted noun after it (a bare part takes its whole's noun: "89 z 110 dronów"; a time amount after
"w wieku" is an age); name what an amount of money is from the nouns and verbs around it; make a
count a rate when a period follows or leads it ("2,7 tys. dronów miesięcznie" -> item/month); link
the counted thing to the actor owning it from the sentence's mentions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from eventdb.extract.model import Analysis, DateExpr, EntityRef, Mention, Quantity, Sentence, Token
from eventdb.extract.text import analyse_word
from eventdb.reference import load_yaml

Phrase = tuple[str, ...]

_NOUN_POS = ("subst", "depr", "ger")
_ADJ_POS = ("adj", "ppas", "pact", "adja")
_VERB_POS = ("fin", "praet", "inf", "impt", "imps", "bedzie", "pred", "winien", "pcon", "pant")
_STOP_POS = ("prep", "conj", "comp", "qub", "adv", *_VERB_POS)
_THOUSANDS_SEPARATORS = frozenset(" \u00a0\u202f\u2009")
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_HYPHENS_RE = re.compile(r"[-‐‑]")
_TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "quarter", "year"})
_STRONG_QUALIFIERS = frozenset({"approx", "more_than", "at_least", "at_most", "less_than"})
_CURRENCY_RE = re.compile(r"[A-Z]{3}")
_WINDOW = 5  # tokens searched after a number for its counted noun
_RATE_GAP = 3  # words allowed between a counted phrase and its rate period ("dronów Shahed miesięcznie")
_LONGEST_MENTION = 12  # tokens: a mention starting further back cannot reach into a quantity's phrase
_MAX_DIGITS = 18  # longer digit runs (joined groups included) are identifiers or noise, not amounts


# --------------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Entry:
    """A counted-object lexicon entry."""

    label: str
    unit: str
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class _Key:
    """A counted-lexicon key: for each word, the forms a token may show (the word and its lemmas)."""

    words: tuple[frozenset[str], ...]
    text: str  # the key as written in the lexicon ("system artyleryjski")
    entry: _Entry


@dataclass(frozen=True, slots=True)
class _Phrases:
    """Phrases (lowercased words) with their values, longest first, and their first and last words."""

    items: tuple[tuple[Phrase, str], ...]
    first: frozenset[str]
    last: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    number_words: Mapping[str, float]
    english_numbers: frozenset[str]
    multiplier_lemmas: Mapping[str, float]
    multiplier_texts: Mapping[str, float]
    vague: Mapping[str, tuple[float, float]]
    qualifiers: _Phrases
    do_not_bound_after: frozenset[str]
    preposed: frozenset[str]
    range_connectors: frozenset[str]
    range_openers: frozenset[str]
    paired_connectors: Mapping[str, frozenset[str]]
    percent: _Phrases
    currency_lemmas: Mapping[str, str]
    currency_texts: Mapping[str, str]
    currency_adjectives: frozenset[str]
    rate_periods: _Phrases
    leading_rate_periods: _Phrases
    money_per: _Phrases
    rate_units: frozenset[str]
    measure_lemmas: Mapping[str, str]
    measure_texts: Mapping[str, str]
    measure_labels: Mapping[str, str]
    with_complement: frozenset[str]
    implicit_one_after: _Phrases
    speeds: _Phrases
    measure_verbs: frozenset[str]
    periods: Mapping[str, str]
    money_links: _Phrases
    money: Mapping[str, tuple[_Key, ...]]  # sums of money and valued things, indexed like ``counted``
    value_heads: frozenset[str]
    money_verbs: Mapping[str, tuple[str, str]]  # lemma -> (label for a person subject, for another)
    complements: Mapping[str, str]
    not_counted: frozenset[str]
    preceding_non_count: frozenset[str]
    following_non_count: frozenset[str]
    year_prepositions: frozenset[str]
    year_words: frozenset[str]
    clause_boundaries: frozenset[str]
    role_cues: tuple[tuple[str, frozenset[str]], ...]
    counters: frozenset[str]
    counted: Mapping[str, tuple[_Key, ...]]  # any form of the first word -> entries, longest first
    stop_words: frozenset[str]
    skip_words: frozenset[str]
    skip_before_noun: _Phrases
    relational_before: frozenset[str]
    part_of: _Phrases
    age_nouns: frozenset[str]
    age_verbs: frozenset[str]
    age_not_after_verb: frozenset[str]
    age_participles: frozenset[str]
    age_from: frozenset[str]
    trigger_words: frozenset[str]  # words that may start an amount


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
    return _Phrases(ordered, frozenset(w[0] for w, _ in ordered), frozenset(w[-1] for w, _ in ordered))


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType({str(k).lower(): v for k, v in mapping.items()})


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _key_words(text: str) -> tuple[frozenset[str], ...]:
    """Forms each word of a lexicon key matches.  A single word is a lemma; the words of a phrase written in
    the nominative ("haubica samobieżna") also match their lemmas ("samobieżny"), so any case form matches."""
    words = text.split()
    if len(words) == 1:
        return (frozenset(words),)
    return tuple(
        frozenset({w} | {a.lemma.lower() for a in analyse_word(w) if a.pos != "ign"}) for w in words
    )


def _index(entries: Iterable[tuple[str, _Entry]]) -> Mapping[str, tuple[_Key, ...]]:
    """Keys by every form of their first word, longest key first."""
    index: dict[str, list[_Key]] = {}
    for text, entry in entries:
        key = _Key(_key_words(text.lower()), text.lower(), entry)
        for form in key.words[0]:
            index.setdefault(form, []).append(key)
    return MappingProxyType({k: tuple(sorted(v, key=lambda e: (-len(e.words), e.text))) for k, v in index.items()})


def _counted_entries(data: Mapping[str, Any]) -> Iterable[tuple[str, _Entry]]:
    """Counted-lexicon entries; each group's unit comes from ``group_units`` (a demonym counts persons)."""
    units = data["group_units"]
    for group, entries in data["counted"].items():
        demonym = group == "demonym"
        for text, label in entries.items():
            yield str(text), _Entry(label="person" if demonym else str(label), unit=str(units[group]), demonym=demonym)


def _money_entries(data: Mapping[str, Any]) -> Iterable[tuple[str, _Entry]]:
    """Money nouns: sums of money keep their label; valued things get " value" (unit marks which)."""
    for text, label in data["money_nouns"].items():
        yield str(text), _Entry(label=str(label), unit="sum")
    for text, label in data["valued_nouns"].items():
        yield str(text), _Entry(label=f"{label} value", unit="valued")


@functools.cache
def _lexicon() -> _Lexicon:
    """Index the Polish lexicon merged with the English additions (read once per process)."""
    data = _merge(load_yaml("pl/quantities.yaml"), load_yaml("en/quantities.yaml"))
    english = load_yaml("en/quantities.yaml")
    measures = data["measures"]
    vague = {str(k).lower(): (float(v[0]), float(v[1])) for k, v in data["vague"].items()}
    number_words = {str(k).lower(): float(v) for k, v in data["number_words"].items()}
    multiplier_lemmas = {str(k).lower(): float(v) for k, v in data["multipliers"]["lemma"].items()}
    multiplier_texts = {str(k).lower(): float(v) for k, v in data["multipliers"]["text"].items()}
    qualifiers = [(phrase, label) for label, phrases in data["qualifiers"].items() for phrase in phrases]
    return _Lexicon(
        number_words=MappingProxyType(number_words),
        english_numbers=_words(english["number_words"]),
        multiplier_lemmas=MappingProxyType(multiplier_lemmas),
        multiplier_texts=MappingProxyType(multiplier_texts),
        vague=MappingProxyType(vague),
        qualifiers=_phrases(dict(qualifiers)),
        do_not_bound_after=_words(data["do_not_bound_after"]),
        preposed=_words(data["preposed_modifiers"]),
        range_connectors=_words(data["range_connectors"]),
        range_openers=_words(data["range_openers"]),
        paired_connectors=MappingProxyType({k: _words(v) for k, v in data["paired_connectors"].items()}),
        percent=_phrases(data["percent"]),
        currency_lemmas=_frozen(data["currencies"]["lemma"]),
        currency_texts=_frozen(data["currencies"]["text"]),
        currency_adjectives=_words(data["currencies"]["qualifiers"]),
        rate_periods=_phrases(data["rate_periods"]),
        leading_rate_periods=_phrases(data["leading_rate_periods"]),
        money_per=_phrases(data["money_per"]),
        rate_units=_words(data["rate_units"]),
        measure_lemmas=_frozen(measures["lemma"]),
        measure_texts=_frozen(measures["text"]),
        measure_labels=_frozen(measures["labels"]),
        with_complement=_words(measures["with_complement"]),
        implicit_one_after=_phrases(measures["implicit_one_after"]),
        speeds=_phrases(" ".join(words) for words in data["speeds"]),
        measure_verbs=_words(data["measure_verbs"]),
        periods=_frozen(data["periods"]),
        money_links=_phrases(data["money_links"]),
        money=_index(_money_entries(data)),
        value_heads=_words(data["value_heads"]),
        money_verbs=_frozen({k: (v, v) if isinstance(v, str) else tuple(v) for k, v in data["money_verbs"].items()}),
        complements=_frozen(data["complements"]),
        not_counted=_words(data["not_counted"]),
        preceding_non_count=_words(data["preceding_non_count"]),
        following_non_count=_words(data["following_non_count"]),
        year_prepositions=_words(data["year_prepositions"]),
        year_words=_words(data["year_words"]),
        clause_boundaries=_words(data["clause_boundaries"]),
        role_cues=tuple((role, _words(cues)) for role, cues in data["role_cues"].items()),
        counters=_words(data["counters"]),
        counted=_index(_counted_entries(data)),
        stop_words=_words(data.get("stop_words", [])),
        skip_words=_words(data.get("skip_words", [])),
        skip_before_noun=_phrases(data["skip_before_noun"]),
        relational_before=_words(data["relational_before"]),
        part_of=_phrases(data["part_of"]),
        age_nouns=_words(data["age"]["nouns"]),
        age_verbs=_words(data["age"]["verbs"]),
        age_not_after_verb=_words(data["age"]["not_after_verb"]),
        age_participles=_words(data["age"]["participles"]),
        age_from=_words(data["age"]["from"]),
        trigger_words=frozenset(number_words) | frozenset(vague) | frozenset(multiplier_lemmas)
        | frozenset(multiplier_texts),
    )


# ------------------------------------------------------------------------------------------- tokens


@functools.lru_cache(maxsize=100_000)
def _forms_of(text: str, kind: str, analyses: tuple[Analysis, ...]) -> frozenset[str]:
    """The lowercased text, its lemmas and, for unknown words, guessed singulars ("troops" -> "troop")."""
    lower = text.lower()
    forms = {lower, *(a.lemma.lower() for a in analyses)}
    if kind == "word" and lower.isalpha() and all(a.tag == "ign" for a in analyses):
        for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ów", ""), ("ami", ""), ("ach", ""),
                                    ("y", ""), ("i", ""), ("a", ""), ("u", "")):
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                forms.add(lower[: -len(suffix)] + replacement)
    return frozenset(forms)


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

    def lower(self, pos: int) -> str:
        return self.tokens[pos].text.lower() if 0 <= pos < len(self.tokens) else ""

    def has(self, pos: int, words: Iterable[str] | frozenset[str]) -> bool:
        if not 0 <= pos < len(self.tokens):
            return False
        forms = self.forms[pos]
        return not forms.isdisjoint(words)

    def english(self, pos: int) -> bool:
        """An unknown word (morfeusz has no reading for it): English text, a name or a typo."""
        return 0 <= pos < len(self.tokens) and self.tokens[pos].kind == "word" and not self.tokens[pos].is_known


def _actors_by_start(mentions: Iterable[Mention]) -> Mapping[int, tuple[Mention, ...]]:
    """Actor mentions by the index of their first token, so looking one up costs no scan of the sentence."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.token_start, []).append(m)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _context(sentence: Sentence, mentions: Sequence[Mention] = (), dates: Sequence[DateExpr] = ()) -> _Context:
    tokens = sentence.tokens
    return _Context(
        tokens=tokens,
        forms=tuple(_forms_of(t.text, t.kind, t.analyses) for t in tokens),
        text=sentence.text,
        offset=sentence.start,
        sentence=sentence.index,
        lex=_lexicon(),
        actors=_actors_by_start(m for m in mentions if m.sentence == sentence.index and m.entity.table == "actor"),
        date_spans=tuple((d.start, d.end) for d in dates if d.start < sentence.end and d.end > sentence.start),
    )


def _is_noun(tok: Token) -> bool:
    return tok.has_pos(*_NOUN_POS)


def _is_adjective(tok: Token) -> bool:
    return tok.has_pos(*_ADJ_POS)


def _is_stop(ctx: _Context, pos: int) -> bool:
    """Does the token end the noun phrase after a number (punctuation, preposition, verb, ...)?"""
    tok = ctx.tokens[pos]
    if tok.kind in ("punct", "number"):
        return True
    if tok.lower in ctx.lex.stop_words and not tok.is_known:
        return True
    if tok.has_pos("prep"):  # "do" is also a musical note for morfeusz
        return True
    if tok.has_pos(*_VERB_POS):  # "trwały walki": a verb reading wins over the homonymous adjective
        return not tok.has_pos(*_NOUN_POS)
    return tok.has_pos(*_STOP_POS) and not tok.has_pos(*_NOUN_POS, *_ADJ_POS)


def _match_at(ctx: _Context, pos: int, phrases: _Phrases) -> tuple[int, str] | None:
    """The longest phrase starting at ``pos``: (position after it, its value)."""
    if not 0 <= pos < len(ctx.tokens) or ctx.forms[pos].isdisjoint(phrases.first):
        return None
    for words, value in phrases.items:
        end = pos + len(words)
        if end <= len(ctx.tokens) and all(w in ctx.forms[pos + n] for n, w in enumerate(words)):
            return end, value
    return None


def _match_before(ctx: _Context, pos: int, phrases: _Phrases) -> tuple[int, str] | None:
    """The longest phrase ending right before ``pos``: (its first position, its value)."""
    if not 0 < pos <= len(ctx.tokens) or ctx.forms[pos - 1].isdisjoint(phrases.last):
        return None
    for words, value in phrases.items:
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
            if ctx.english(pos) or ctx.english(pos + 1):
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
    return last, total + current, largest


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
            if any("sg" in a.numbers for a in readings if a.pos == "subst") or not readings:
                continue
            return lex.vague[lemma]
        if any(a.pos == "num" or (a.pos == "subst" and "pl" in a.numbers) for a in readings):
            return lex.vague[lemma]
    return None


def _implicit_one(ctx: _Context, pos: int) -> _Amount | None:
    """A time unit standing alone after "ponad", "przez"...: "ponad rok" is more than one year."""
    tok = ctx.tokens[pos]
    lex = ctx.lex
    lemmas = sorted(ctx.forms[pos] & lex.measure_lemmas.keys()) if tok.kind == "word" else []
    if not lemmas or _match_before(ctx, pos, lex.implicit_one_after) is None:
        return None
    if pos + 1 < len(ctx.tokens) and ctx.tokens[pos + 1].kind == "number":
        return None
    for lemma in lemmas:
        if lex.measure_lemmas[lemma] in _TIME_UNITS and any(
            a.pos == "subst" and "sg" in a.numbers for a in tok.readings(lemma)
        ):
            return _Amount(first=pos, last=pos - 1, low=1.0, high=1.0, kind="implicit")
    return None


def _read_amount(ctx: _Context, pos: int) -> _Amount | None:
    """The number starting at ``pos`` with its multiplier, or None."""
    tok = ctx.tokens[pos]
    if tok.kind == "number":
        digits = _read_digits(ctx, pos)
        if digits is None:
            return None
        last, low, high = digits
        kind = "digits" if low == high else "range"  # "50-100" written as one token
    elif tok.kind == "word" and not ctx.forms[pos].isdisjoint(ctx.lex.trigger_words):
        bounds = _vague_at(ctx, pos)
        if bounds is not None:
            last, (low, high), kind = pos, bounds, "vague"
            if ctx.lower(pos + 1) == "of" and ctx.english(pos):  # "tens of thousands"
                factor = _multiplier_at(ctx, pos + 2)
                if factor is not None and factor >= 1000:
                    return _Amount(pos, pos + 2, low * factor, (high + 1) * factor - 1, kind, factor)
        else:
            words = _read_words(ctx, pos)
            if words is None:
                return None
            last, low, largest = words
            high = low
            kind = "words"
            if largest != 1.0:
                return _Amount(pos, last, low, high, kind, factor=largest)
    elif tok.kind == "word":
        return _implicit_one(ctx, pos)
    else:
        return None
    factor = _multiplier_at(ctx, last + 1)
    if factor is None:
        return _Amount(pos, last, low, high, kind)
    if kind == "vague":
        return _Amount(pos, last + 1, low * factor, (high + 1) * factor - 1, kind, factor)
    return _Amount(pos, last + 1, low * factor, high * factor, kind, factor)


# ---------------------------------------------------------------------------------------- non-counts


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
    after = last + 1
    prev_text = ctx.lower(first - 1)
    if ctx.has(first - 1, lex.preceding_non_count) or (
        prev_text == "." and not tokens[first - 1].space_before and ctx.lower(first - 2) + "." in lex.preceding_non_count
    ):
        return True
    if ctx.lower(after) in lex.following_non_count or ctx.has(after, {"milimetr"}):
        return True
    if amount.kind == "words":
        return amount.low == 1 and ctx.lower(after) in ("z", "ze", "of")  # "jeden z dowódców", "one of them"
    tok = tokens[first]
    if amount.kind in ("digits", "range"):
        if (
            after + 1 < len(tokens)
            and tokens[after].text in (":", ".")
            and not tokens[after].space_before
            and (tokens[after + 1].kind == "number" or tokens[after + 1].text.islower())
        ):
            return True  # "14:30", "w 3. kwartale"
        if ctx.lower(after) == "/" or (first > 0 and ctx.lower(first - 1) == "/" and not tok.space_before):
            return True  # "2/3", "24/7": a fraction or a label
        if not tok.space_before and first > 0 and tokens[first - 1].kind == "word":
            return True  # glued to letters: "Su" + "27" style designations
        if after < len(tokens) and tokens[after].kind == "word" and not tokens[after].space_before:
            glued = ctx.lower(after)
            if not (glued in lex.measure_texts or glued in lex.multiplier_texts or glued in lex.currency_texts):
                return True  # "2S19", "9K720"
        if _is_year(ctx, amount):
            return True
        if _is_model_number(ctx, amount):
            return True
    return False


def _is_year(ctx: _Context, amount: _Amount) -> bool:
    """A bare 1900-2100 after "w/od/do" or before "r./roku" is a year, not a count."""
    tok = ctx.tokens[amount.first]
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
    if ctx.lower(amount.first - 1) in lex.year_prepositions | lex.year_words:
        return not _plural_noun_follows(ctx, after)
    return False


def _plural_noun_follows(ctx: _Context, pos: int) -> bool:
    for q in range(pos, min(pos + 3, len(ctx.tokens))):
        tok = ctx.tokens[q]
        if _is_stop(ctx, q):
            return False
        if _is_noun(tok):
            return any("pl" in a.numbers for a in tok.analyses if a.pos in _NOUN_POS)
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
    if prev.lower in lex.currency_texts or _match_before(ctx, amount.first, lex.qualifiers) is not None:
        return False
    if prev.lower in lex.year_prepositions or prev.lower in lex.range_openers:
        return False
    is_acronym = len(prev.text) >= 2 and prev.text.isupper() and prev.text.isalpha()
    return is_acronym or not prev.is_known and not ctx.english(amount.last + 1)


# ------------------------------------------------------------------------------------- counted nouns


@dataclass(frozen=True, slots=True)
class _Counted:
    head: int  # position of the counted noun
    end: int  # last position of the counted phrase
    label: str
    lemma: str
    unit: str
    known: bool  # found in the lexicon
    demonym: bool = False


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
    return None


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
    for a in tok.analyses:
        if a.pos in _NOUN_POS:
            return a.lemma.lower()
    return tok.lemma


def _counted_at(ctx: _Context, pos: int, genitive: bool = False) -> _Counted | None:
    """The noun phrase a number counts, starting at ``pos`` (adjectives before the noun are skipped)."""
    tokens = ctx.tokens
    lex = ctx.lex
    if ctx.lower(pos) == "of" and ctx.english(pos):
        pos += 1
    unknown: int | None = None
    q = pos - 1
    limit = min(pos + _WINDOW, len(tokens))
    while q + 1 < limit:
        q += 1
        skipped = _match_at(ctx, q, lex.skip_before_noun)
        if skipped is not None:  # "80 proc. tzw. towarów": look past "tzw."
            q, limit = skipped[0] - 1, min(skipped[0] + _WINDOW, len(tokens))
            continue
        if _is_stop(ctx, q):
            break
        tok = tokens[q]
        if tok.is_capitalized and _is_proper_name(tok):
            break  # "według 38 North Korea": a name is not what a number counts
        match = _lexicon_match(ctx, q)
        modifies_next = (
            _is_adjective(tok) and q + 1 < len(tokens) and not _is_stop(ctx, q + 1) and _is_noun(tokens[q + 1])
        )
        if match is not None and not (len(match.words) == 1 and modifies_next):
            length, entry = len(match.words), match.entry
            head = next((h for h in range(q, q + length) if _is_noun(tokens[h])), q)
            if genitive and tok.is_known and "gen" not in tokens[head].cases(_NOUN_POS):
                return None
            if entry.demonym and q + length < len(tokens) and _lexicon_match(ctx, q + length) is not None:
                continue  # "North Korean workers": the demonym qualifies the noun after it
            found = _Counted(head, q + length - 1, entry.label, match.text, entry.unit, True, entry.demonym)
            if match.text in lex.counters:
                complement = _counted_at(ctx, q + length, genitive=True)
                if complement is not None:
                    return _Counted(complement.head, complement.end, complement.label, complement.lemma, "item",
                                    complement.known)
            return found
        if _is_noun(tok) and not modifies_next:
            if genitive and "gen" not in tok.cases(_NOUN_POS):
                return None
            lemma = _noun_lemma(tok)
            personal = any(a.pos in ("subst", "depr") and ":m1" in a.tag for a in tok.analyses)
            return _Counted(q, q, lemma, lemma, "person" if personal else "item", False)
        if _is_adjective(tok):
            continue
        if not tok.is_known and tok.kind == "word":
            if unknown is None and not tok.is_capitalized and tok.lower not in lex.skip_words:
                unknown = q
            continue
        break
    if unknown is not None:
        lemma = tokens[unknown].lower
        return _Counted(unknown, unknown, lemma, lemma, "item", False)
    return None


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
    boundaries = ctx.lex.clause_boundaries
    left = start
    while left > 0 and ctx.lower(left - 1) not in boundaries:
        left -= 1
    right = end
    while right + 1 < len(ctx.tokens) and ctx.lower(right + 1) not in boundaries:
        right += 1
    return range(left, right + 1)


def _role_of(ctx: _Context, counted: _Counted, start: int) -> str | None:
    """A demonym's role from its clause: "pracowało 20 000 Koreańczyków" -> worker."""
    clause = _clause(ctx, start, counted.end)
    for role, cues in ctx.lex.role_cues:
        if any(q != counted.head and ctx.has(q, cues) for q in clause):
            return role
    return None


def _measured_subjects(ctx: _Context, start: int) -> list[int]:
    """ "zmiana ma trwać 12 godzin": nouns that may be nominative before the measuring verb before ``start``,
    nearest first ("koszt budowy fabryki wyniesie": fabryki, budowy, koszt)."""
    verb_seen = False
    q = start - 1
    boundaries = ctx.lex.clause_boundaries
    out: list[int] = []
    while q >= 0 and start - q <= 8 and ctx.lower(q) not in boundaries:
        tok = ctx.tokens[q]
        if not verb_seen:
            verb_seen = ctx.has(q, ctx.lex.measure_verbs)
        elif tok.has_pos("subst", "ger") and "nom" in tok.cases(("subst", "ger")):
            out.append(q)
        q -= 1
    return out


def _subject_of_measure(ctx: _Context, start: int, table: Mapping[str, str]) -> tuple[int, str, str] | None:
    """The measured subject before ``start`` if its lemma is in ``table``: (position, label, lemma)."""
    subjects = _measured_subjects(ctx, start)
    if not subjects:
        return None
    lemma = _noun_lemma(ctx.tokens[subjects[0]], table.keys())
    return (subjects[0], table[lemma], lemma) if lemma in table else None


def _is_open_word(tok: Token) -> bool:
    """An unknown lowercase word: English text, where morfeusz gives no noun reading."""
    return tok.kind == "word" and not tok.is_known and not tok.is_capitalized


def _noun_before(ctx: _Context, pos: int) -> int | None:
    """The noun ending right before ``pos``, past at most two adjectives or names ("kontrakt zbrojeniowy",
    "czołgów Abrams")."""
    q = pos - 1
    for _ in range(3):
        if q < 0:
            return None
        tok = ctx.tokens[q]
        if (tok.has_pos("subst", "ger") and not (tok.is_capitalized and tok.has_pos("adj"))) or _is_open_word(tok):
            return q
        is_name = tok.kind == "word" and (tok.is_capitalized and not tok.is_known or any(c.isdigit() for c in tok.text))
        if not (_is_adjective(tok) or is_name):
            return None
        q -= 1
    return None


def _money_at(ctx: _Context, pos: int) -> tuple[str, str] | None:
    """(label, key) of a money noun phrase starting at ``pos``: a sum ("pomoc" -> aid), a valued thing
    ("kontrakt" -> contract value) or a value head with its genitive ("wartość eksportu" -> export value)."""
    if not 0 <= pos < len(ctx.tokens) or not (_is_noun(ctx.tokens[pos]) or _is_open_word(ctx.tokens[pos])):
        return None
    key = _lexicon_match(ctx, pos, ctx.lex.money)
    if key is None:
        return None
    if key.text in ctx.lex.value_heads:
        whole = pos + len(key.words)
        genitive = whole < len(ctx.tokens) and "gen" in ctx.tokens[whole].cases()
        inner = _money_at(ctx, whole) if genitive else None
        if inner is not None:
            return inner[0], key.text
        thing = _counted_at(ctx, whole, genitive=True)
        return (f"{thing.label} value", key.text) if thing is not None and thing.known else None
    return key.entry.label, key.text


def _money_noun_before(ctx: _Context, pos: int) -> tuple[int, str, str] | None:
    """A money noun a few words before ``pos`` in the same clause ("przeznaczyła na pomoc 2 mld"), if any."""
    for q in range(pos - 1, max(pos - 6, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries or ctx.tokens[q].has_pos(*_VERB_POS):
            return None
        found = _money_at(ctx, q)
        if found is not None:
            return q, *found
    return None


def _money_counted(ctx: _Context, start: int, after: int) -> tuple[str, str | None, int | None]:
    """What an amount of money measures: (label, Polish lemma, token position).  In order: the noun a link
    ties it to ("kontrakt o wartości"), the subject of a measuring verb ("koszt wyniesie"), a genitive
    after it ("2 mld dolarów pomocy"), a money noun just before it ("na pomoc 2 mld"), a verb that says
    what it is ("kosztuje", "zarabia"); else "money"."""
    lex = ctx.lex
    link = _match_before(ctx, start, lex.money_links)
    if link is not None:
        link_start, suffix = link
        q = _noun_before(ctx, link_start)
        found = _money_at(ctx, q) if q is not None else None
        if q is not None and found is None:
            earlier = _money_noun_before(ctx, q)  # "umowa na dostawy broni o wartości": the contract, not the arms
            if earlier is not None:
                return earlier[1], earlier[2], earlier[0]
        if found is not None and q is not None:
            return found[0], found[1], q
        if q is not None:
            lemma = _noun_lemma(ctx.tokens[q])
            key = _lexicon_match(ctx, q)
            label = key.entry.label if key and len(key.words) == 1 else lemma
            return (f"{label} {suffix}" if suffix else label), lemma, q
    for subject in _measured_subjects(ctx, start):
        found = _money_at(ctx, subject)
        if found is not None:
            return found[0], found[1], subject
    if after < len(ctx.tokens) and "gen" in ctx.tokens[after].cases():
        found = _money_at(ctx, after)  # "2 mld dolarów pomocy"
        if found is not None:
            return found[0], found[1], after
    before = _money_noun_before(ctx, start)
    if before is not None:
        return before[1], before[2], before[0]
    verb = _money_verb_before(ctx, start)
    if verb is not None:
        return verb
    return "money", None, None


def _money_verb_before(ctx: _Context, start: int) -> tuple[str, str, int] | None:
    """ "dron kosztuje 20 tys. dolarów" -> cost: a verb a few words before the amount that says what it is."""
    for q in range(start - 1, max(start - 5, -1), -1):
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
        for lemma in sorted(ctx.forms[q] & ctx.lex.money_verbs.keys()):
            if ctx.tokens[q].has_pos(*_VERB_POS, "ger") or _is_open_word(ctx.tokens[q]):
                personal, other = ctx.lex.money_verbs[lemma]
                return (personal if _personal_subject(ctx, q) else other), lemma, q
    return None


def _personal_subject(ctx: _Context, verb: int) -> bool:
    """Is the noun before ``verb`` a person ("najemnik zarabia") rather than a state or a firm ("KRLD zarabia")?
    With no noun in the clause (the subject is dropped), a person."""
    for q in range(verb - 1, max(verb - 5, -1), -1):
        tok = ctx.tokens[q]
        if ctx.lower(q) in ctx.lex.clause_boundaries:
            break
        if _is_noun(tok) or tok.is_capitalized or _is_open_word(tok):
            key = _lexicon_match(ctx, q)
            if key is not None:
                return key.entry.unit == "person"
            return any(a.pos in ("subst", "depr") and ":m1" in a.tag for a in tok.analyses)
    return True


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


def _unit_and_counted(ctx: _Context, amount: _Amount, after: int, start: int, prefix_currency: str | None,
                      ) -> _Reading | None:
    """Read percent, money, measure unit or counted noun after the amount; None if the number is a label."""
    lex = ctx.lex
    last = after - 1
    percent = _match_at(ctx, after, lex.percent)
    if percent is not None:
        counted = _counted_at(ctx, percent[0], genitive=True)
        counted = _compose(ctx, counted) if counted is not None else None
        return _Reading("percent", counted, counted.end if counted else percent[0] - 1)
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
        unit = currency
        if period is not None:
            unit = f"{currency}/{period[1]}"
            last, after = period[0] - 1, period[0]
        label, lemma, token = _money_counted(ctx, start, after)
        return _Reading(unit, None, last, label, lemma, token)
    speed = _match_at(ctx, after, lex.speeds)
    if speed is not None:
        return _Reading("km/h", None, speed[0] - 1, lex.measure_labels.get("km/h"))
    measure = _measure_at(ctx, after)
    if measure is not None:
        if ctx.lower(after + 1) in lex.following_non_count:
            return None  # "3 lata temu" is a date
        if measure in lex.with_complement:
            counted = _counted_at(ctx, after + 1, genitive=True)
            if counted is not None:
                return _Reading(measure, counted, counted.end)
        if measure in _TIME_UNITS:
            subject = _subject_of_measure(ctx, start, lex.periods)
            if subject is not None:
                q, label, lemma = subject
                return _Reading(measure, None, after, label, lemma, q)
        return _Reading(measure, None, after, lex.measure_labels.get(measure, measure))
    counted = _counted_at(ctx, after)
    if counted is not None and (counted.lemma in lex.not_counted or ctx.has(counted.head, lex.not_counted)):
        return None
    if counted is not None and counted.head == after and counted.lemma in lex.measure_lemmas:
        return None
    return _Reading(counted.unit if counted else None, counted, counted.end if counted else last)


def _measure_at(ctx: _Context, pos: int) -> str | None:
    if not 0 <= pos < len(ctx.tokens) or ctx.tokens[pos].kind not in ("word", "abbr"):
        return None
    lex = ctx.lex
    lower = ctx.lower(pos)
    if lower in lex.measure_texts:
        return lex.measure_texts[lower]
    tok = ctx.tokens[pos]
    for lemma in sorted(ctx.forms[pos] & lex.measure_lemmas.keys()):
        if tok.has_pos("subst", "brev"):
            return lex.measure_lemmas[lemma]
    return None


def _read_range(ctx: _Context, amount: _Amount) -> tuple[_Amount, int | None] | None:
    """ "od 50 do 100", "50–100", "między 50 a 100", "4–6 mln": the joined amount and the opener position."""
    lex = ctx.lex
    connector = amount.last + 1
    word = ctx.lower(connector)
    opener = amount.first - 1 if ctx.lower(amount.first - 1) in lex.range_openers else None
    paired = lex.paired_connectors.get(word)
    if word not in lex.range_connectors and not (paired and opener is not None and ctx.lower(opener) in paired):
        return None
    if connector + 1 >= len(ctx.tokens):
        return None
    second = _read_amount(ctx, connector + 1)
    if second is None or second.kind == "implicit" or _is_label(ctx, second):
        return None
    low, high = amount.low, second.high
    if not amount.multiplied and second.multiplied and amount.high * second.factor <= second.high:
        low *= second.factor
    if not low < high:
        return None
    joined = _Amount(amount.first, second.last, low, high, "range", max(amount.factor, second.factor))
    return joined, opener


def _actor(ctx: _Context, after_number: int, counted: _Counted) -> tuple[EntityRef | None, int]:
    """The owner of the counted thing and the span end: an adjective or demonym mention inside the phrase,
    or "z Korei Północnej" right after the noun."""
    tokens = ctx.tokens
    base = tokens[0].i
    lo, hi = tokens[min(after_number, counted.head)].i, tokens[counted.end].i
    inside = [m for i in range(lo - _LONGEST_MENTION, hi + 1) for m in ctx.actors.get(i, ()) if m.token_end > lo]
    end = counted.end
    z = counted.end + 1
    if ctx.lower(z) in ("z", "ze", "from") and z + 1 < len(tokens):
        following = list(ctx.actors.get(tokens[z + 1].i, ()))
        if following:
            mention = following[0]
            return (inside[0].entity if inside else mention.entity), mention.token_end - 1 - base
        if counted.demonym or any("nazwa_geograficzna" in a.name_class for a in tokens[z + 1].analyses):
            q = z + 1
            while q + 1 < len(tokens) and tokens[q + 1].is_capitalized:
                q += 1
            if tokens[z + 1].is_capitalized:
                end = q
    return (inside[0].entity if inside else None), end


def _whole_after(ctx: _Context, part: _Amount) -> tuple[_Reading, int] | None:
    """ "89 z 110 dronów": the reading of the whole a bare part is taken from, and where the whole's number
    starts (None if there is no counted whole)."""
    link = _match_at(ctx, part.last + 1, ctx.lex.part_of)
    if link is None or link[0] >= len(ctx.tokens):
        return None
    whole = _read_amount(ctx, link[0])
    if whole is None or whole.kind not in ("digits", "words") or whole.low < part.high or _is_label(ctx, whole):
        return None
    reading = _unit_and_counted(ctx, whole, whole.last + 1, whole.first, None)
    return (reading, whole.first) if reading is not None and reading.counted is not None else None


@dataclass(frozen=True, slots=True)
class _Age:
    """An age cue before a time amount: "w wieku (od) 18 lat", "mający 20 lat"."""

    start: int  # where the age amount starts ("od" included)
    cue: int  # position of the cue word
    lower_bound: bool  # "w wieku od 18 lat": at least 18
    by_noun: bool  # a noun ("wiek", "aged") says so: the unit may be left out ("w wieku 18-60")


def _age_before(ctx: _Context, start: int, after: int) -> _Age | None:
    """The age cue before the amount at ``start`` (ending before ``after``); None if it is not an age."""
    lex = ctx.lex
    cue = start - 1
    lower_bound = ctx.lower(cue) in lex.age_from
    if lower_bound:
        cue -= 1
    if cue < 0:
        return None
    tok = ctx.tokens[cue]
    participle = tok.has_pos("pact", "pcon") and ctx.has(cue, lex.age_participles | lex.age_verbs)
    verbal = (not participle and tok.has_pos(*_VERB_POS) and ctx.has(cue, lex.age_verbs)
              and ctx.lower(after) not in lex.age_not_after_verb)
    by_noun = ctx.has(cue, lex.age_nouns)
    return _Age(cue + 1, cue, lower_bound, by_noun) if by_noun or verbal or participle else None


def _rate_after(ctx: _Context, pos: int) -> tuple[int, str] | None:
    """A rate period at ``pos`` or a few words later ("dronów Shahed miesięcznie"): (its last position, period)."""
    for q in range(pos, min(pos + _RATE_GAP + 1, len(ctx.tokens))):
        found = _match_at(ctx, q, ctx.lex.rate_periods)
        if found is not None:
            return found[0] - 1, found[1]
        if _is_stop(ctx, q) or ctx.lower(q) in ctx.lex.clause_boundaries:
            return None
    return None


def _after_preposition(ctx: _Context, pos: int) -> bool:
    return pos > 0 and ctx.tokens[pos - 1].has_pos("prep")


def _takes_rate(ctx: _Context, unit: str) -> bool:
    return "/" not in unit and (unit in ctx.lex.rate_units or bool(_CURRENCY_RE.fullmatch(unit)))


def _quantity_at(ctx: _Context, pos: int) -> tuple[Quantity | None, int] | None:
    """The quantity whose number starts at ``pos`` and the position to continue from; None if no number."""
    amount = _read_amount(ctx, pos)
    if amount is None:
        return None
    skip = max(amount.last + 1, pos + 1)
    if _is_label(ctx, amount):
        return None, skip
    lex = ctx.lex
    start = amount.first
    qualifier = "exact"
    ranged = _read_range(ctx, amount) if amount.kind != "range" else (amount, None)
    if ranged is not None:
        amount, opener = ranged
        qualifier = "range"
        start = opener if opener is not None else start
    elif amount.kind == "vague":
        qualifier = "vague"
    elif amount.kind == "words" and ctx.has(start - 1, lex.relational_before):
        return None, skip  # "między dwiema dyktaturami", "obu stron": a relation, not a count
    prefix_currency = None
    if amount.kind != "implicit" and start == amount.first and start > 0:
        prev = ctx.tokens[start - 1]
        code = lex.currency_texts.get(prev.lower)
        if code is not None and (not prev.text.isalpha() or prev.text.isupper()):
            prefix_currency, start = code, start - 1
    bound_by_do = False
    found = _match_before(ctx, start, lex.qualifiers)
    if found is not None:
        q_start, label = found
        if label == "up_to" and ctx.lower(q_start) == "do" and q_start + 1 == start:
            verb = q_start - 2 if ctx.lower(q_start - 1) == "się" else q_start - 1
            if ctx.has(verb, lex.do_not_bound_after):
                found = None
            else:
                bound_by_do = True
    if found is not None:
        start = found[0]
        if qualifier == "exact":
            qualifier = found[1]
    if start > 0 and ctx.has(start - 1, lex.preposed) and _is_adjective(ctx.tokens[start - 1]):
        start -= 1
    reading = _unit_and_counted(ctx, amount, amount.last + 1, start, prefix_currency)
    if reading is None:
        return None, skip
    whole_at: int | None = None  # "89 z 110 dronów": where the whole's own quantity starts
    if reading.unit is None and reading.counted is None:
        whole = _whole_after(ctx, amount)
        if whole is not None:  # the part is counted like its whole
            reading, whole_at = whole
    if reading.counted is None and (reading.unit in _TIME_UNITS or reading.unit is None):
        age = _age_before(ctx, start, reading.end + 1)
        if age is not None and (reading.unit is not None or age.by_noun):
            start = age.start
            qualifier = "at_least" if age.lower_bound and qualifier == "exact" else qualifier
            cue_lemma = ctx.tokens[age.cue].lemma
            reading = replace(reading, unit=reading.unit or "year", label="age", label_lemma=cue_lemma,
                              label_token=age.cue)
    counted = reading.counted
    if reading.unit is None:
        if bound_by_do or not (qualifier in _STRONG_QUALIFIERS or (amount.multiplied and amount.kind != "vague")):
            return None, skip
    elif (
        counted is not None
        and reading.label is None
        and amount.kind == "words"
        and amount.high <= 10
        and qualifier == "exact"
        and not counted.known
    ):
        return None, skip  # "dwóch dyktatorów": a small number word with an unknown noun
    elif counted is not None and amount.kind == "words" and amount.high == 1 and _after_preposition(ctx, start):
        return None, skip  # "w jednej fabryce": "one" after a preposition is an article, not a count
    actor: EntityRef | None = None
    end = reading.end
    if counted is not None:
        actor, end = _actor(ctx, amount.last + 1, counted)
        if counted.demonym:
            role = _role_of(ctx, counted, start)
            if role is not None:
                counted = _Counted(counted.head, counted.end, role, counted.lemma, counted.unit, True, True)
    if amount.kind == "implicit" and end < amount.first:
        end = amount.first
    unit = reading.unit or "count"
    if _takes_rate(ctx, unit):
        rate = _rate_after(ctx, end + 1)
        leading = _match_before(ctx, start, lex.leading_rate_periods) if rate is None else None
        if rate is not None:
            end, unit = rate[0], f"{unit}/{rate[1]}"
        elif leading is not None:
            start, unit = leading[0], f"{unit}/{leading[1]}"
    tokens = ctx.tokens
    s, e = tokens[start].start, tokens[end].end
    value = None if qualifier in ("range", "vague") else amount.low
    quantity = Quantity(
        start=s,
        end=e,
        text=ctx.text[s - ctx.offset : e - ctx.offset],
        sentence=ctx.sentence,
        value=value,
        low=None if value is not None else amount.low,
        high=None if value is not None else amount.high,
        unit=unit,
        qualifier=qualifier,
        counted=counted.label if counted else reading.label,
        counted_lemma=counted.lemma if counted else reading.label_lemma,
        counted_token=tokens[counted.head].i if counted else (
            tokens[reading.label_token].i if reading.label_token is not None else None),
        actor=actor,
    )
    return quantity, whole_at if whole_at is not None else max(end + 1, skip)


def find_quantities(
    sentence: Sentence, mentions: Sequence[Mention] = (), dates: Sequence[DateExpr] = ()
) -> list[Quantity]:
    """Quantities of one sentence, in text order, each with a span that slices back from the body."""
    if not sentence.tokens:
        return []
    ctx = _context(sentence, mentions, dates)
    out: list[Quantity] = []
    pos = 0
    while pos < len(ctx.tokens):
        found = _quantity_at(ctx, pos)
        if found is None:
            pos += 1
            continue
        quantity, pos = found
        if quantity is not None:
            out.append(quantity)
    return out


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
