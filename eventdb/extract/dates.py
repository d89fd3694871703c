"""Time expressions in a sentence, resolved against the article's publication date (the anchor).

``find_dates(sentence, anchor, offset, language="pl")`` returns ``DateExpr`` objects whose spans point
into the document body (``offset`` is the sentence's start), with ``date_from``/``date_to`` and a precision
from ``model.DATE_PRECISIONS``.  Words and patterns live in ``eventdb/reference/<lang>/dates.yaml`` (pl, en);
this module holds only the grammar's meaning (what each named group does) and the calendar arithmetic.
Only the patterns whose trigger words occur in a sentence are tried; a sentence without any costs one
regex search.  An impossible calendar date ("31 czerwca", "29 lutego 2025") yields nothing.

Conventions (what a date means):

* A span includes the preposition or cue that belongs to the expression: "w czerwcu", "od września",
  "pod koniec października", "do końca roku".  A match must stand between word boundaries.
* A month without a year is the latest such month not after the anchor's month ("w czerwcu" written on
  2025-11-14 is June 2025, "w grudniu" is December 2024); a day and month without a year take that month's
  year, so "20 listopada" written on 2025-11-14 is 2025-11-20.  Quarters and seasons without a year work the
  same way: the latest one that has begun by the anchor.
* Parts of a month: early = days 1-10, mid = 11-20, late = 21 to the end; halves 1-15 and 16-end (precision
  "range").  Parts of a year: early = January-March, mid = May-August, late = October-December (the first and
  last quarter: "na początku roku", "pod koniec 2024 r." are reported as a "range", as the analysts annotate them);
  halves January-June and July-December ("range").
* Seasons are meteorological: spring March-May, summer June-August, autumn September-November, winter
  December-February; "winter 2024" (and "zima 2023/2024") is December 2023 - February 2024.  "Zeszłego lata"
  is the latest summer that ended before the anchor, "tego lata" the one containing (else nearest to) the
  anchor, "przyszłego lata" the next one to begin after it; a bare season whose clause goes on in the future
  ("jesienią Pjongjang odwiedzi premier") is the next one not ended by the anchor.  A season, a quarter and a half
  of a year are stretches of months: precision "range", as the analysts annotate them.
* Weekdays: "w poniedziałek" is the latest Monday on or before the anchor (the anchor itself if it is a
  Monday: news of the day say "w piątek" on that Friday); "w ubiegły/przyszły piątek" is the Friday of the
  previous/next calendar week (Monday-Sunday).  "W ubiegłym tygodniu" is that Monday-Sunday ("range").
* "od X" (since): date_from = start of X, date_to = the anchor (None when unknown or before date_from).
  A month or day without a year whose clause goes on in the future ("od stycznia podniesie", "Od 1 lipca linie
  uruchomią", "od stycznia ma obowiązywać": a verb of ``ahead_modals`` before its infinitive) names when a thing will
  start: that month or day, the first not ended by the anchor; so does a
  month after "na" ("kolejną wizytę zaplanowano na grudzień").
  "do X" (until): date_from None, date_to = end of X.  "przed X": until the day before X; "po X": since the
  day after X.  "od X do Y", "X - Y": one "range"; X without a year takes Y's year ("od września do
  listopada 2024 r." is 2024-09-01..2024-11-30).  "w marcu i w czerwcu", "w grudniu i na początku lutego": one
  "range" too, the first month the one before the second.
* "w pierwszych pięciu miesiącach roku": January to the end of May ("range"); "w tym i przyszłym roku": both years;
  "w latach 60. i 70.", "in the 1960s": 1960-01-01..1979-12-31 ("range"); the adjective of a month ("w
  październikowym raporcie") dates like the bare month.
* "od początku pełnoskalowej wojny": since the day the lexicon's ``named_days`` gives it (2022-02-24).
* "rok temu", "w ubiegłym roku": the previous calendar year ("year"); "tydzień temu", "3 dni temu": that day;
  "w ciągu ostatnich N miesięcy": anchor minus N months .. anchor ("range").
* "Trzy dni później", "the following day" after a day the same sentence names ("zatwierdziła go 6 listopada, a trzy
  dni później podpisał"): that day moved (the lexicon's ``sequels``); from a day of an earlier sentence, see
  ``find_sequels``.
* Without an anchor (``anchor=None``) anything relative resolves to date_from = date_to = None with precision
  "unknown"; absolute expressions ("14 listopada 2024 r.", "w 2024 roku") still resolve.
* A four-digit number is a year only with a month, a year word ("r.", "roku"), or a preposition before it and
  no counted noun after it ("do 2024 żołnierzy" is a number, not a year).  Clock times, decimals, model
  designations ("M2010") and plain counts are never dates.

An event whose sentence has no time expression gets no date from the extractor: the store records it with
date_precision 'unknown' and NULL date_from/date_to.  Dates are never guessed from the publication date alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from eventdb.extract.model import DateExpr
from eventdb.extract.text import analyse_word
from eventdb.reference import load_yaml

__all__ = ["find_dates", "parse_iso_date", "resolve_month", "season_range"]

#: first month of each meteorological season (each lasts three months)
SEASON_START_MONTH: Mapping[str, int] = MappingProxyType({"spring": 3, "summer": 6, "autumn": 9, "winter": 12})
#: (first, last) day of a part of a month; None = the month's last day
_MONTH_PARTS: Mapping[str, tuple[int, int | None]] = MappingProxyType(
    {"early": (1, 10), "mid": (11, 20), "late": (21, None), "first_half": (1, 15), "second_half": (16, None)}
)
#: (first, last) month of a part of a year
_YEAR_PARTS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"early": (1, 3), "mid": (5, 8), "late": (10, 12), "first_half": (1, 6), "second_half": (7, 12)}
)
#: precisions the rules tell apart that are reported as a plain "range" ("na początku roku": January to March)
_REPORTED_AS: Mapping[str, str] = MappingProxyType({"early_year": "range", "late_year": "range"})
_UNIT_MONTHS: Mapping[str, int] = MappingProxyType({"year": 12, "half_year": 6, "quarter": 3, "month": 1})
_ONE_DAY = dt.timedelta(days=1)

# Built-in placeholders of the patterns (numbers are not words: they are the same in every language).
_BUILTINS: Mapping[str, str] = MappingProxyType(
    {
        "year": r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)",
        "yyyy": r"(?:19|20)\d\d",
        "day": r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])(?![\d%]|[.,]\d)",
        "dd": r"(?:0?[1-9]|[12]\d|3[01])",
        "mon": r"(?:0?[1-9]|1[0-2])",
        "dash": r"[-‐‑–—]",
    }
)
# Lexicon entries that are settings, not word lists.
_SETTINGS = frozenset({"language", "case_exact", "fragments", "patterns", "count_check", "not_counted", "sequels",
                       "ahead_modals"})
# A pattern starts at most this many characters before the first trigger word in it
# ("na przestrzeni ostatnich dwudziestu czterech miesięcy": the lead is 44).
_MAX_LEAD = 80
# morfeusz parts of speech that rule out a counted noun after a number ("od 2022 do", "w 2024 przybyli")
_NOT_COUNTED_POS = frozenset(
    [
        "prep",
        "conj",
        "comp",
        "qub",
        "part",
        "interj",
        "adv",
        "fin",
        "praet",
        "imps",
        "inf",
        "impt",
        "bedzie",
        "pcon",
        "pant",
        "winien",
        "pred",
    ]
)
# A capitalised month or weekday stands only at the start of a sentence ("Październik ubiegłego roku był ...");
# elsewhere "Maj", "Marzec", "Kwiecień", "Piątek" are surnames.
_SENTENCE_START = r"(?:(?<![\s\S])|(?<=^[„\"«(]))"
_DASH_GAP = re.compile(r"\s*[-‐‑–—]\s*")
_NEXT_WORD = re.compile(r"\s+([^\s,;:!?()\"„”«»]+)")
_RANGE_END = re.compile(r"\s*(?:do|–|—|-)\s*\d+(?:[ \xa0.]\d{3})*(?:,\d+)?(?=\s)")  # "do 3000", "–3 000"


# --------------------------------------------------------------------------- public helpers


def parse_iso_date(value: str) -> tuple[dt.date, dt.date, str]:
    """(date_from, date_to, precision) of a header date: YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year).

    Raises ValueError naming the problem for malformed or impossible dates ("2025-13-45").
    """
    text = value.strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if match is None:
        raise ValueError(f"not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")
    year = int(match[1])
    if not 1 <= year <= 9999:
        raise ValueError(f"impossible date {value!r}: year {year} is not in 1..9999")
    if match[2] is None:
        return _year_span(year) + ("year",)
    month = int(match[2])
    if not 1 <= month <= 12:
        raise ValueError(f"impossible date {value!r}: month {month} is not in 1..12")
    if match[3] is None:
        return _month_span(year, month) + ("month",)
    day = int(match[3])
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"impossible date {value!r}: day {day} is not in 1..{last} for {year}-{month:02d}")
    day_date = dt.date(year, month, day)
    return day_date, day_date, "day"


def resolve_month(month: int, anchor: dt.date, year_shift: int | None = None) -> int:
    """The year of a month named without a number.

    With ``year_shift`` ("ubiegłego roku" = -1, "tego roku" = 0): the anchor's year plus the shift.
    Without: the latest such month not after the anchor's month ("w grudniu" in November = last December).
    """
    if year_shift is not None:
        return anchor.year + year_shift
    return anchor.year if month <= anchor.month else anchor.year - 1


def season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a meteorological season; winter ``year`` is December year-1 .. February year."""
    first = SEASON_START_MONTH[season]
    start_year = year - 1 if season == "winter" else year
    end_year, end_month = _add_months(start_year, first, 2)
    return dt.date(start_year, first, 1), _month_span(end_year, end_month)[1]


def find_dates(text: str, anchor: dt.date | None, offset: int = 0, *, language: str = "pl") -> list[DateExpr]:
    """Time expressions of one sentence, resolved against ``anchor``; spans are ``offset`` + index in ``text``."""
    lexicon = _lexicon(language)
    triggers = list(lexicon.trigger.finditer(text))
    if not triggers:
        return []
    classes: set[str] = set()
    for found in triggers:
        classes |= {"year"} if found.lastgroup == "year" else lexicon.trigger_classes[_normalise(found[0])]
    window_start = max(0, triggers[0].start() - _MAX_LEAD)
    atoms = _select(_candidates(text, window_start, lexicon, anchor, classes))
    exprs = [
        DateExpr(offset + start, offset + end, text[start:end], lo, hi, _REPORTED_AS.get(precision, precision),
                 measured)  # by position: cheaper
        for start, end, lo, hi, precision, measured in _combine(atoms, text, lexicon, anchor)
    ]
    return _with_sequels_after(exprs, text, offset, language)


def _with_sequels_after(found: list[DateExpr], text: str, offset: int, language: str) -> list[DateExpr]:
    """The days a sentence tells from a day it names itself ("zatwierdziła go 6 listopada, a trzy dni później
    podpisał", "arrived on Sunday and held talks the following day"): told from the latest day before them."""
    days = [d for d in found if d.precision == "day" and d.date_from is not None]
    pattern = _sequels(language) if days else None
    if pattern is None:
        return found
    out = list(found)
    for hit in pattern[0].finditer(text):
        start, end = offset + hit.start(), offset + hit.end()
        told_from = next((d.date_from for d in reversed(days) if d.end <= start), None)
        if told_from is None or any(d.start < end and start < d.end for d in found):
            continue
        day = told_from + dt.timedelta(days=pattern[1][hit[0].lower()])
        out.append(DateExpr(start, end, hit[0], day, day, "day"))
    return sorted(out, key=lambda d: d.start)


def find_sequels(
    text: str, before: DateExpr | None, offset: int = 0, *, language: str = "pl", last_day: DateExpr | None = None
) -> list[DateExpr]:
    """Days a sentence tells from the day named before it ("Tego samego dnia", "Dzień później"): resolved against
    ``last_day``, the last day the text named so far (by default ``before`` when that names a day); and the time
    named before, ``before`` of any precision, that "wtedy" or "w tym samym czasie" points back to."""
    out = []
    same = _anaphors(language)
    if before is not None and before.date_from is not None and same is not None:
        for found in same.finditer(text):
            # "W tym samym czasie", "Zginęło wtedy 12 osób": the time named before, whatever its precision
            out.append(DateExpr(offset + found.start(), offset + found.end(), found[0], before.date_from,
                                before.date_to, before.precision))
    if last_day is None and before is not None and before.precision == "day":
        last_day = before
    pattern = _sequels(language)
    if pattern is None or last_day is None or last_day.date_from is None or last_day.precision != "day":
        return out
    for found in pattern[0].finditer(text):
        day = last_day.date_from + dt.timedelta(days=pattern[1][found[0].lower()])
        out.append(DateExpr(offset + found.start(), offset + found.end(), found[0], day, day, "day"))
    return out


@functools.cache
def _anaphors(language: str) -> re.Pattern[str] | None:
    try:
        words = [str(w) for w in load_yaml(f"{language}/dates.yaml").get("anaphors") or ()]
    except FileNotFoundError:
        return None
    if not words:
        return None
    words.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def _sequels(language: str) -> tuple[re.Pattern[str], Mapping[str, int]] | None:
    try:
        spec = load_yaml(f"{language}/dates.yaml").get("sequels") or {}
    except FileNotFoundError:
        return None
    if not spec:
        return None
    days = {str(k).lower(): int(v) for k, v in spec.items()}
    words = sorted(days, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE), days


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    needs: frozenset[str]
    require_any: tuple[str, ...]
    order: int


@dataclass(frozen=True, slots=True)
class _Lexicon:
    language: str
    values: Mapping[str, Mapping[str, Any]]  # word list -> normalised phrase -> value
    singular_units: frozenset[str]
    half_words: frozenset[str]
    prepositions: Mapping[str, frozenset[str]]  # normalised word -> its categories
    count_markers: frozenset[str]
    count_check: str  # "morphology" (Polish noun readings) or "plural_s" (English plural nouns)
    not_counted: frozenset[str]
    ahead_modals: frozenset[str]  # lemmas of verbs that look ahead before an infinitive ("może odwiedzić")
    patterns: tuple[_Pattern, ...]
    trigger: re.Pattern[str]
    trigger_classes: Mapping[str, frozenset[str]]  # trigger word -> placeholders that list it

    def value(self, word_list: str, phrase: str) -> Any:
        return self.values[word_list][_normalise(phrase)]


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    """Compile ``<language>/dates.yaml`` once per process."""
    try:
        spec = load_yaml(f"{language}/dates.yaml")
    except FileNotFoundError:
        raise ValueError(f"no date lexicon for language {language!r}") from None
    exact = frozenset(spec.get("case_exact", ()))
    lists = {name: entry for name, entry in spec.items() if name not in _SETTINGS}
    placeholders = dict(_BUILTINS)
    values: dict[str, Mapping[str, Any]] = {}
    for name, entry in lists.items():
        if name == "prepositions":
            placeholders.update({cat: _alternation(words) for cat, words in entry.items()})
            continue
        groups = _sub_lists(name, entry)
        for placeholder, phrases in groups.items():
            placeholders[placeholder] = _alternation(phrases, exact=name in exact)
        values[name] = MappingProxyType(_phrase_values(entry))
    fragments = spec.get("fragments", {})
    trigger, trigger_classes = _trigger_regex(lists)
    known_classes = {"year"}.union(*trigger_classes.values())
    for p in spec["patterns"]:
        if p["kind"] not in _RESOLVERS:
            raise ValueError(f"date pattern of unknown kind {p['kind']!r}: {p['re']}")
        if unknown := set(p["needs"]) - known_classes:
            raise ValueError(f"date pattern needs unknown trigger list(s) {sorted(unknown)}: {p['re']}")
    patterns = tuple(
        _Pattern(
            kind=p["kind"],
            regex=re.compile(r"(?<!\w)(?:" + _expand(p["re"], placeholders, fragments) + r")(?!\w)"),
            needs=frozenset(p["needs"]),
            require_any=tuple(p.get("require_any", ())),
            order=order,
        )
        for order, p in enumerate(spec["patterns"])
    )
    preps: dict[str, set[str]] = {}
    for category, words in lists.get("prepositions", {}).items():
        for word in words:
            preps.setdefault(_normalise(word), set()).add(category)
    units = lists.get("units", {})
    return _Lexicon(
        language=language,
        values=MappingProxyType(values),
        singular_units=frozenset(_normalise(w) for forms in units.values() for w in forms.get("sg", ())),
        half_words=frozenset(_normalise(w) for w in lists.get("half_words", ())),
        prepositions=MappingProxyType({w: frozenset(c) for w, c in preps.items()}),
        count_markers=frozenset(_normalise(_phrase(w)) for w in lists.get("count_markers", ())),
        count_check=spec.get("count_check", "morphology"),
        not_counted=frozenset(_normalise(_phrase(w)) for w in spec.get("not_counted", ())),
        ahead_modals=frozenset(str(w) for w in spec.get("ahead_modals", ())),
        patterns=patterns,
        trigger=trigger,
        trigger_classes=MappingProxyType(trigger_classes),
    )


def _sub_lists(name: str, entry: Any) -> dict[str, list[str]]:
    """Placeholders of one word list: ``{months}`` (all forms) and ``{months_gen}`` (one case) etc."""
    if isinstance(entry, list):
        return {name: [_phrase(w) for w in entry]}
    out: dict[str, list[str]] = {name: []}
    for forms in entry.values():
        if isinstance(forms, dict):
            for sub, words in forms.items():
                out.setdefault(f"{name}_{sub}", []).extend(_phrase(w) for w in words)
                out[name].extend(_phrase(w) for w in words)
        else:
            out[name].extend(_phrase(w) for w in forms)
    return out


def _phrase_values(entry: Any) -> dict[str, Any]:
    """Normalised phrase -> the key it is listed under (month number, unit name, shift ...)."""
    if isinstance(entry, list):
        return {_normalise(_phrase(w)): True for w in entry}
    out: dict[str, Any] = {}
    for key, forms in entry.items():
        words = [w for sub in forms.values() for w in sub] if isinstance(forms, dict) else forms
        for word in words:
            out.setdefault(_normalise(_phrase(word)), key)
    return out


def _phrase(word: Any) -> str:
    if not isinstance(word, str):
        raise ValueError(f"date lexicon: {word!r} is not a string (quote it in the YAML file)")
    return word


def _normalise(phrase: str) -> str:
    return " ".join(phrase.split()).lower()


def _expand(template: str, placeholders: Mapping[str, str], fragments: Mapping[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match[1]
        if name in fragments:
            return _expand(fragments[name], placeholders, fragments)
        if name in placeholders:
            return placeholders[name]
        raise ValueError(f"date pattern uses unknown placeholder {{{name}}}: {template}")

    return re.sub(r"\{([a-z][a-z0-9_]*)\}", substitute, template)


def _alternation(phrases: Iterable[str], *, exact: bool = False) -> str:
    """One regex for a word list, as a trie (fast: the engine branches on the first character)."""
    words = [_phrase(phrase) for phrase in phrases]
    if not words:
        return "(?!)"
    body = _emit_trie(_trie(_regex_units(word, exact=exact) for word in words))
    capitalised = [w[0].upper() + w[1:] for w in words if exact and w == w.lower() and w[:1].isalpha()]
    if capitalised:
        body += "|" + _SENTENCE_START + _emit_trie(_trie(_regex_units(w, exact=True) for w in capitalised))
    return f"(?:{body})"


def _trie(sequences: Iterable[list[str]]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for units in sequences:
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}
    return root


def _regex_units(phrase: str, *, exact: bool) -> list[str]:
    """Regex pieces of a phrase: spaces match any white space; lower-case phrases may start with a capital."""
    loose = not exact and phrase == phrase.lower()
    units: list[str] = []
    for k, word in enumerate(phrase.split()):
        if k:
            units.append(r"\s+")
        for j, char in enumerate(word):
            if loose and k == 0 and j == 0 and char.upper() != char:
                units.append(f"[{char}{char.upper()}]")
            else:
                units.append(re.escape(char))
    return units


def _emit_trie(node: Mapping[str, Mapping]) -> str:
    branches = [unit + _emit_trie(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


#: word lists whose words signal a possible date; the pre-filter is built from them
_TRIGGER_LISTS = tuple(
    [
        "months",
        "weekdays",
        "seasons",
        "units",
        "year_words",
        "year_words_before",
        "year_bare",
        "month_bare",
        "quarter_words",
        "half_words",
        "relative_year_abbreviations",
        "day_words",
        "named_days",
        "extra_triggers",
    ]
)


def _trigger_regex(lists: Mapping[str, Any]) -> tuple[re.Pattern[str], dict[str, frozenset]]:
    """The pre-filter (one regex over all trigger words, plus plausible years) and, for each trigger word,
    the placeholders that contain it: a pattern runs only if a word of one it ``needs`` occurs."""
    classes: dict[str, set[str]] = {}
    sequences = []
    for name in _TRIGGER_LISTS:
        for placeholder, phrases in _sub_lists(name, lists.get(name, [])).items():
            for phrase in phrases:
                classes.setdefault(_normalise(phrase), set()).add(placeholder)
                sequences.append(_regex_units(phrase, exact=False))  # a superset is fine here
    words = _emit_trie(_trie(sequences)) or "(?!)"
    regex = re.compile(r"(?<!\w)(?:" + words + r")(?!\w)|(?P<year>(?<!\w)(?:19|20)\d\d(?!\d))")
    return regex, {word: frozenset(found) for word, found in classes.items()}


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Value:
    date_from: dt.date | None
    date_to: dt.date | None
    precision: str
    explicit_year: bool = False  # the year was stated (a number or "ubiegłego roku"), not inferred


_UNKNOWN = _Value(None, None, "unknown")
# "31 czerwca", "29 lutego 2025": the span is taken (no shorter reading of it) but yields no date
_IMPOSSIBLE = _Value(None, None, "impossible")


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    kind: str
    order: int
    groups: Mapping[str, str]  # named groups that matched, normalised
    prep: frozenset[str]  # categories of the preposition that introduces the expression
    value: _Value


class _NeedsAnchor(Exception):
    """A relative expression met a missing publication date."""


def _candidates(text: str, start: int, lex: _Lexicon, anchor: dt.date | None, classes: set[str]) -> list[_Atom]:
    """Matches of every pattern whose trigger words occur, from ``start`` on."""
    out: list[_Atom] = []
    for pattern in lex.patterns:
        if pattern.needs.isdisjoint(classes):
            continue
        for match in pattern.regex.finditer(text, start):
            atom = _atom(match, pattern, lex, anchor, text)
            if atom is not None:
                out.append(atom)
    return out


def _atom(match: re.Match[str], pattern: _Pattern, lex: _Lexicon, anchor: dt.date | None, text: str) -> _Atom | None:
    groups = {name: _normalise(value) for name, value in match.groupdict().items() if value is not None}
    if pattern.require_any and not any(name in groups for name in pattern.require_any):
        return None
    for name in ("year2", "year"):
        if name in groups and match.end(name) == match.end() and _counts_something(text, match.end(), lex):
            shorter = _without_tail(match, name, pattern, text)
            return _atom(shorter, pattern, lex, anchor, text) if shorter is not None else None
    value = _resolve(pattern.kind, groups, lex, anchor, None)
    if value is None:
        return None  # the pattern does not apply ("z 5 na 10 listopada" is no night)
    prep = lex.prepositions.get(groups["prep"], frozenset()) if "prep" in groups else frozenset()
    return _Atom(match.start(), match.end(), pattern.kind, pattern.order, MappingProxyType(groups), prep, value)


def _without_tail(match: re.Match[str], group: str, pattern: _Pattern, text: str) -> re.Match[str] | None:
    """The same pattern matched without its trailing year ("w czerwcu 2000 żołnierzy" -> "w czerwcu")."""
    end = match.start(group)
    while end > match.start() and text[end - 1] in " \t\n\xa0,/-–—":
        end -= 1
    if text[match.start() : end].lower().endswith(" of"):
        end -= 3
    return pattern.regex.fullmatch(text, match.start(), end) if end > match.start() else None


def _counts_something(text: str, pos: int, lex: _Lexicon) -> bool:
    """Is the number ending at ``pos`` followed by what it counts ("2024 żołnierzy", "2000 km"), or by the other
    end of a range of counts ("od 2000 do 3000 żołnierzy")?"""
    other_end = _RANGE_END.match(text, pos)
    if other_end is not None and _counts_something(text, other_end.end(), lex):
        return True
    found = _NEXT_WORD.match(text, pos)
    if found is None:
        return text[pos : pos + 1] == "%"
    word = found[1]
    bare = word.rstrip(".").lower()
    if _normalise(word) in lex.count_markers or bare in lex.count_markers:
        return True
    if _normalise(word) in lex.not_counted:  # "w latach 2025–2027 ok. 150 mld rubli": "ok." is "około", no eyes
        return False
    if not bare.isalpha():
        return False
    if lex.count_check == "plural_s":
        return word[:1].islower() and len(bare) > 3 and bare.endswith("s") and bare not in lex.not_counted
    return _is_counted_noun(word.rstrip("."))


def _is_counted_noun(word: str) -> bool:
    """A plural noun in the case a numeral takes: genitive ("2025 żołnierzy", "do 2024 Koreańczyków"), or
    lower-case nominative ("2024 żołnierze"; "W 2024 Stany Zjednoczone" is a subject).  Words that can also
    be a preposition, conjunction or verb ("do" is also the musical note, "przybyli" also "newcomers") are
    never counted nouns."""
    from eventdb.extract.text import analyse_word  # morfeusz is loaded only when a bare year needs it

    readings = analyse_word(word)
    if any(a.pos in _NOT_COUNTED_POS for a in readings):
        return False
    for reading in readings:
        if reading.pos in ("subst", "depr") and reading.numbers == {"pl"}:  # not "KRLD" (sg.pl: indeclinable)
            cases = reading.cases
            if "gen" in cases or (word[:1].islower() and cases & {"nom", "acc"}):
                return True
    return False


def _select(candidates: list[_Atom]) -> list[_Atom]:
    """Longest candidates first (earlier patterns win ties); no two chosen spans overlap."""
    chosen: list[_Atom] = []
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.order, a.start)):
        if all(atom.end <= c.start or atom.start >= c.end for c in chosen):
            chosen.append(atom)
    return sorted(chosen, key=lambda a: a.start)


def _combine(
    atoms: list[_Atom], text: str, lex: _Lexicon, anchor: dt.date | None
) -> list[tuple[int, int, dt.date | None, dt.date | None, str, bool]]:
    """Join "od X do Y" / "X - Y" into ranges and apply since/until prepositions; the last item tells whether the
    expression also gives an amount of time ("od 66 lat")."""
    out: list[tuple[int, int, dt.date | None, dt.date | None, str, bool]] = []
    atoms = [a for a in atoms if a.value is not _IMPOSSIBLE]
    k = 0
    while k < len(atoms):
        first = atoms[k]
        second = atoms[k + 1] if k + 1 < len(atoms) else None
        if second is not None and (_is_range(first, second, text) or _is_month_and_month(first, second, text, lex)):
            joined = _range_value(first, second, lex, anchor, earlier=not _is_range(first, second, text))
            if joined is not None:
                out.append((first.start, second.end, joined.date_from, joined.date_to, joined.precision, False))
                k += 2
                continue
        value = _with_preposition(first.value, first.prep, anchor)
        if "since" in first.prep and lex.count_check == "morphology" and _starts_ahead(first, text, lex):
            value = _ahead(first, lex, anchor) or value
        elif "on" in first.prep and first.kind == "month" and not first.value.explicit_year:
            value = _ahead(first, lex, anchor) or value  # "zaplanowano na grudzień": a month still to come
        elif (first.kind in _AHEAD_KINDS and first.prep <= {"in"} and "rel" not in first.groups
              and lex.count_check == "morphology" and _starts_ahead(first, text, lex)):
            # "jesienią Pjongjang odwiedzi premier", "w drugim półroczu FESCO zwiększy": the next autumn, half
            value = _ahead(first, lex, anchor) or value
        out.append((first.start, first.end, value.date_from, value.date_to, value.precision,
                    first.kind in _MEASURED_KINDS or first.kind in _COUNTED_STRETCHES and "num" in first.groups))
        k += 1
    return out


# a month or a day named without a year: with a future verb, "od" names when a thing will start
_STARTING_KINDS = frozenset({"month", "date", "season", "quarter"})
_MODAL_REACH = 4  # words between a verb that looks ahead and its infinitive ("może Rosję odwiedzić")
_AHEAD_KINDS = frozenset({"season", "quarter"})  # named without a preposition of time, still to come with a future
_VERB_FORMS = frozenset({"fin", "praet", "bedzie", "impt", "imps"})
_CLAUSE_END = re.compile(r"[,;:–—(]|\s-\s|\s(?:ale|lecz)\s")


def _starts_ahead(atom: _Atom, text: str, lex: _Lexicon) -> bool:
    """"od września będą latać", "Od 1 lipca linie uruchomią", "że od stycznia podniesie": the first verb after a
    month or day without a year, in its clause, is a future (or a perfective present, which is one), or a present
    of a verb that looks ahead (``ahead_modals``: "jesienią Rosję może odwiedzić Kim")."""
    if atom.kind not in _STARTING_KINDS or atom.value.explicit_year:
        return False
    rest = text[atom.end :]
    cut = _CLAUSE_END.search(rest)
    words = re.findall(r"\w+", rest[: cut.start()] if cut else rest)
    for n, word in enumerate(words):
        readings = analyse_word(word)
        if any(a.lemma in lex.ahead_modals and a.tag.startswith("fin:") for a in readings) and any(
                a.tag.startswith("inf") for w in words[n + 1 : n + 1 + _MODAL_REACH] for a in analyse_word(w)):
            return True  # before its infinitive ("ma obowiązywać", not "ma 20 baz"); "może", "ma" are other words too
        if readings and all(a.tag.startswith("inf") for a in readings):
            # an infinitive first: "chcą od kwietnia latać", "Kim może jesienią odwiedzić" - a verb that looks ahead
            # before the date, in its clause, governs it
            before = text[: atom.start]
            opened = [m.end() for m in _CLAUSE_END.finditer(before)]
            lead = re.findall(r"\w+", before[opened[-1] if opened else 0 :])[-_MODAL_REACH:]
            return any(a.lemma in lex.ahead_modals and a.tag.startswith("fin:") for w in lead for a in analyse_word(w))
        verbs = [a.tag.split(":") for a in readings]
        if not verbs or any(t[0] not in _VERB_FORMS for t in verbs):  # "u wybrzeży" is no verb
            continue
        return all(t[0] == "bedzie" or (t[0] == "fin" and "perf" in t and "imperf" not in t) for t in verbs)
    return False


def _ahead(atom: _Atom, lex: _Lexicon, anchor: dt.date | None) -> _Value | None:
    """The first such month or day that has not ended by the anchor ("od stycznia" written in November: next
    January), as that month or day."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year + 1):
        value = _resolve(atom.kind, atom.groups, lex, anchor, year)
        if value is not None and value.date_to is not None and value.date_to >= anchor:
            return value
    return None


_MEASURED_KINDS = frozenset({"lasting"})  # "od 66 lat": a since that is also a duration
# with a number, a stretch ending at the anchor is also a duration ("w ciągu ostatnich trzech miesięcy": 3 months);
# "w ostatnim tygodniu" counts nothing
_COUNTED_STRETCHES = frozenset({"recent"})


def _is_range(first: _Atom, second: _Atom, text: str) -> bool:
    gap = text[first.end : second.start]
    if "range_from" in first.prep and "range_to" in second.prep:
        return gap.isspace()
    return not second.prep and _DASH_GAP.fullmatch(gap) is not None


def _is_month_and_month(first: _Atom, second: _Atom, text: str, lex: _Lexicon) -> bool:
    """Two months, or a month and a part of the next, joined by "i" ("w marcu i w czerwcu", "w sierpniu i na początku
    września"): one stretch from the first to the second, as "w lipcu i sierpniu" is."""
    if first.kind != "month" or second.kind not in ("month", "part") or "month" not in second.groups:
        return False
    if not first.prep <= {"in"} or not second.prep <= {"in"} or "year" in first.groups:
        return False
    return _normalise(text[first.end : second.start]) in lex.values.get("and", {})


def _range_value(
    first: _Atom, second: _Atom, lex: _Lexicon, anchor: dt.date | None, *, earlier: bool = False
) -> _Value | None:
    """One range from the start of ``first`` to the end of ``second``; ``earlier``: the first month is the one
    before the second even when the second has no year of its own ("w marcu i w czerwcu" written in March: both of
    the year before)."""
    start, end = first.value, second.value
    if not start.explicit_year and (end.explicit_year or earlier) and end.date_to is not None:
        for year in (end.date_to.year, end.date_to.year - 1):  # "od grudnia do lutego 2025": December 2024
            redone = _resolve(first.kind, first.groups, lex, anchor, year)
            if redone is not None and redone.date_from is not None:
                start = redone
                if redone.date_from <= end.date_to:
                    break
    if start.date_from is None or end.date_to is None:
        return _UNKNOWN
    if start.date_from > end.date_to:
        return None
    return _Value(start.date_from, end.date_to, "range")


_MIDDLES: Mapping[str, Callable[[dt.date], dt.date]] = MappingProxyType({  # the middle day of a part's month or year
    "mid_month": lambda first: first.replace(day=15),
    "mid_year": lambda first: dt.date(first.year, 6, 30),
})


def _with_preposition(value: _Value, prep: frozenset[str], anchor: dt.date | None) -> _Value:
    if value.precision == "unknown" or value.date_from is None or value.date_to is None:
        return value
    if "since" in prep or "after" in prep:
        since = value.date_from if "since" in prep else value.date_to + _ONE_DAY
        if "since" in prep and value.precision == "late_year":  # "od końca 2023 r.": since its last month
            since = value.date_to.replace(day=1)
        upto = anchor if anchor is not None and anchor >= since else None
        return _Value(since, upto, "since")
    if "until" in prep:
        if value.precision in _MIDDLES:  # "do połowy przyszłego roku": until its middle, not the end of its mid part
            return _Value(None, _MIDDLES[value.precision](value.date_from), "until")
        return _Value(None, value.date_to, "until")
    if "before" in prep:
        if value.precision in ("late_month", "late_year"):  # "przed końcem roku": by its end
            return _Value(None, value.date_to, "until")
        return _Value(None, value.date_from - _ONE_DAY, "until")
    return value


# --------------------------------------------------------------------------- resolution


def _resolve(
    kind: str, groups: Mapping[str, str], lex: _Lexicon, anchor: dt.date | None, default_year: int | None
) -> _Value | None:
    """The dates of one matched pattern; None if impossible (31 June), unknown if it needs a missing anchor."""
    resolver = _RESOLVERS[kind]
    ctx = _Context(lex, anchor, default_year)
    try:
        value = resolver(groups, ctx)
    except _NeedsAnchor:
        return _UNKNOWN
    except (ValueError, OverflowError):
        return _IMPOSSIBLE
    if value is None:
        return None
    return _Value(value.date_from, value.date_to, value.precision, _has_explicit_year(groups))


@dataclass(frozen=True, slots=True)
class _Context:
    lex: _Lexicon
    anchor_or_none: dt.date | None
    default_year: int | None

    @property
    def anchor(self) -> dt.date:
        if self.anchor_or_none is None:
            raise _NeedsAnchor
        return self.anchor_or_none


def _has_explicit_year(groups: Mapping[str, str]) -> bool:
    return any(name in groups for name in ("year", "yrel", "yabbr", "ybare"))


def _stated_year(groups: Mapping[str, str], ctx: _Context) -> int | None:
    """The year written after the expression: a number, "ubiegłego roku", "br.", or the bare "roku"."""
    if "year" in groups:
        return int(groups["year"])
    if "yrel" in groups:
        return ctx.anchor.year + ctx.lex.value("relative", groups["yrel"])
    if "yabbr" in groups:
        return ctx.anchor.year + ctx.lex.value("relative_year_abbreviations", groups["yabbr"])
    if "ybare" in groups:
        return ctx.anchor.year
    return None


def _month_number(groups: Mapping[str, str], ctx: _Context, name: str = "month") -> int:
    if "mon" in groups and name == "month":
        return int(groups["mon"])
    if "roman" in groups and name == "month":
        return ctx.lex.value("roman_months", groups["roman"])
    return ctx.lex.value("months", groups[name])


def _month_year(month: int, groups: Mapping[str, str], ctx: _Context) -> int:
    stated = _stated_year(groups, ctx)
    if stated is not None:
        return stated
    if "rel" in groups:  # "last June": the occurrence before/after the anchor's month
        shift = ctx.lex.value("relative", groups["rel"])
        anchor = ctx.anchor
        if shift < 0:
            return anchor.year if month < anchor.month else anchor.year - 1
        if shift > 0:
            return anchor.year if month > anchor.month else anchor.year + 1
        return anchor.year
    if ctx.default_year is not None:
        return ctx.default_year
    return resolve_month(month, ctx.anchor)


def _r_date(g: Mapping[str, str], ctx: _Context) -> _Value:
    month = _month_number(g, ctx)
    day = dt.date(_month_year(month, g, ctx), month, int(g["day"]))
    return _Value(day, day, "day")


def _r_day_range(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    month = _month_number(g, ctx)
    year = _month_year(month, g, ctx)
    first, last = dt.date(year, month, int(g["day"])), dt.date(year, month, int(g["day2"]))
    return _Value(first, last, "range") if first < last else None


def _r_night(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """The night from one day to the next: both days ("range"); anything else is not a night."""
    if "wd" in g:
        second = _weekday_date(ctx.lex.value("weekdays", g["wd2"]), None, ctx.anchor)
        first = second - _ONE_DAY
        if first.isoweekday() != ctx.lex.value("weekdays", g["wd"]):
            return None
        return _Value(first, second, "range")
    month2 = _month_number(g, ctx, "month2")
    year2 = _month_year(month2, g, ctx)
    month1 = _month_number(g, ctx) if "month" in g else month2
    year1 = year2 if month1 <= month2 else year2 - 1
    first, second = dt.date(year1, month1, int(g["day"])), dt.date(year2, month2, int(g["day2"]))
    return _Value(first, second, "range") if second - first == _ONE_DAY else None


def _r_month(g: Mapping[str, str], ctx: _Context) -> _Value:
    month = _month_number(g, ctx)
    return _Value(*_month_span(_month_year(month, g, ctx), month), "month")


def _months_pair(g: Mapping[str, str], ctx: _Context) -> tuple[int, int, int, int]:
    """(year1, month1, year2, month2) of "w lipcu i sierpniu"; the first month is the earlier one, unless it has a
    year of its own ("w grudniu 2023 i styczniu 2024 r.")."""
    month1, month2 = _month_number(g, ctx), _month_number(g, ctx, "month2")
    year2 = _month_year(month2, g, ctx)
    if g.get("y1"):
        year1 = int(g["y1"])
        if (year2, month2) < (year1, month1):  # "w maju 2025 i czerwcu": the second month follows the first
            year2 = year1 if month2 > month1 else year1 + 1
        return year1, month1, year2, month2
    return (year2 if month1 < month2 else year2 - 1), month1, year2, month2


def _r_month_pair(g: Mapping[str, str], ctx: _Context) -> _Value:
    year1, month1, year2, month2 = _months_pair(g, ctx)
    return _Value(_month_span(year1, month1)[0], _month_span(year2, month2)[1], "range")


def _r_turn(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """The turn of two months or years ("na przełomie X i Y"): the late part of X to the early part of Y."""
    if "month" in g:
        year1, month1, year2, month2 = _months_pair(g, ctx)
        return _Value(_month_part(year1, month1, "late")[0], _month_part(year2, month2, "early")[1], "range")
    year1, year2 = int(g["year"]), int(g["year2"])
    if year2 != year1 + 1:
        return None
    return _Value(_year_part(year1, "late")[0], _year_part(year2, "early")[1], "range")


def _r_part(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """Part of a month or year: "pod koniec października", "w połowie miesiąca", "na początku 2025 r."."""
    part = ctx.lex.value("parts", g["part"])
    if "month" in g or "munit" in g:
        if "month" in g:
            month = _month_number(g, ctx)
            year = _month_year(month, g, ctx)
        else:
            year, month = _add_months(ctx.anchor.year, ctx.anchor.month, _shift(g, ctx))
        first, last = _month_part(year, month, part)
        return _Value(first, last, f"{part}_month" if part in ("early", "mid", "late") else "range")
    stated = _stated_year(g, ctx)
    if stated is None:
        return None
    first, last = _year_part(stated, part)
    return _Value(first, last, f"{part}_year" if part in ("early", "mid", "late") else "range")


def _r_year(g: Mapping[str, str], _ctx: _Context) -> _Value:
    return _Value(*_year_span(int(g["year"])), "year")


def _r_year_range(g: Mapping[str, str], _ctx: _Context) -> _Value | None:
    year1, year2 = int(g["year"]), int(g["year2"])
    return _Value(_year_span(year1)[0], _year_span(year2)[1], "range") if year1 < year2 else None


def _r_first_units(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """The opening stretch of a year: "w pierwszych pięciu miesiącach roku" (January-May), "w pierwszych dwóch
    kwartałach 2025 r." (January-June); a stretch longer than the year is none."""
    year = _stated_year(g, ctx)
    stretch = _stretch(g, ctx)
    if year is None or stretch is None or stretch[1] not in _UNIT_MONTHS:
        return None
    months = round(stretch[0] * _UNIT_MONTHS[stretch[1]])
    if not 1 <= months <= 12:
        return None
    return _Value(dt.date(year, 1, 1), _month_span(year, months)[1], "range")


def _r_decades(g: Mapping[str, str], _ctx: _Context) -> _Value | None:
    """Decades of the twentieth century written by their tens ("w latach 90.", "w latach 60. i 70."), or decades
    written in full ("in the 1990s"): the first year of the first to the last year of the last ("range")."""
    first = int(g["decade"])
    last = int(g.get("decade2", first))
    if first < 100:
        first, last = 1900 + first, 1900 + last
    if last < first:
        return None
    return _Value(_year_span(first)[0], _year_span(last + 9)[1], "range")


def _r_rel_unit(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """A calendar period relative to the anchor: "w ubiegłym roku", "w tym miesiącu", "w zeszłym tygodniu"; two of
    them sharing the noun, "w tym i przyszłym roku", "last and this year": from the first to the second."""
    if "rel2" in g:
        unit = ctx.lex.value("units", g["unit"])
        first = _unit_period(unit, _shift(g, ctx), ctx.anchor)
        second = _unit_period(unit, ctx.lex.value("relative", g["rel2"]), ctx.anchor)
        if first is None or second is None or first.date_to is None or second.date_from is None:
            return None
        return _Value(first.date_from, second.date_to, "range") if first.date_to < second.date_from else None
    if "yabbr" in g:
        year = ctx.anchor.year + ctx.lex.value("relative_year_abbreviations", g["yabbr"])
        return _Value(*_year_span(year), "year")
    unit = ctx.lex.value("units", g["unit"])
    return _unit_period(unit, _shift(g, ctx), ctx.anchor)


def _unit_period(unit: str, shift: int, anchor: dt.date) -> _Value | None:
    """The calendar period ``shift`` units away from the one that contains ``anchor``."""
    if unit == "year":
        return _Value(*_year_span(anchor.year + shift), "year")
    if unit in ("week", "weekend"):  # "w zeszłym tygodniu"; "w miniony weekend": the Saturday and Sunday of a week
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        first = monday + dt.timedelta(days=5) if unit == "weekend" else monday
        return _Value(first, monday + dt.timedelta(days=6), "range")
    if unit not in _UNIT_MONTHS:
        return None  # "tego dnia" refers to the story, not to the calendar
    size = _UNIT_MONTHS[unit]
    first_month = (anchor.month - 1) // size * size + 1
    year, month = _add_months(anchor.year, first_month, shift * size)
    end_year, end_month = _add_months(year, month, size - 1)
    precision = "month" if unit == "month" else "range"  # a quarter or a half: a stretch of months
    return _Value(dt.date(year, month, 1), _month_span(end_year, end_month)[1], precision)


def _count(g: Mapping[str, str], ctx: _Context) -> float | None:
    """The number of units; None for a plural without a number ("kilka lat temu", "w ostatnich dniach")."""
    if "num" in g:
        number = g["num"]
        return float(number) if number.isdigit() else float(ctx.lex.value("numbers", number))
    return 1.0 if g["unit"] in ctx.lex.singular_units else None


def _stretch(g: Mapping[str, str], ctx: _Context) -> tuple[float, str] | None:
    """How many of which unit a stretch of time names ("dwa lata", "pół roku"); None if not a plausible count."""
    count = _count(g, ctx)
    if count is None or not 0 < count <= 100:
        return None
    unit = ctx.lex.value("units", g["unit"])
    return count, "week" if unit == "weekend" else unit  # "dwa weekendy temu": two weeks


def _moved(day: dt.date, count: float, unit: str, sign: int) -> dt.date:
    """``day`` moved ``count`` units later (``sign`` 1) or earlier (-1): days and weeks exactly, longer units by
    months."""
    if unit in ("day", "week"):
        return day + sign * dt.timedelta(days=round(count * (7 if unit == "week" else 1)))
    return _shift_date(day, sign * round(count * _UNIT_MONTHS[unit]))


def _r_ago(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    stretch = _stretch(g, ctx)
    if stretch is None:
        return None
    count, unit = stretch
    anchor = ctx.anchor
    if unit in ("day", "week"):
        day = _moved(anchor, count, unit, -1)
        return _Value(day, day, "day")
    months = round(count * _UNIT_MONTHS[unit])
    if unit == "year" and months % 12 == 0:
        return _Value(*_year_span(anchor.year - months // 12), "year")
    year, month = _add_months(anchor.year, anchor.month, -months)
    return _Value(*_month_span(year, month), "month")


def _r_lasting(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """"od pół roku", "od dwóch lat": the day that long before the anchor (the preposition makes it a since)."""
    stretch = _stretch(g, ctx)
    if stretch is None:
        return None
    day = _moved(ctx.anchor, *stretch, -1)
    return _Value(day, day, "day")


def _r_recent(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """A stretch ending (or starting) at the anchor: "w ciągu ostatnich trzech miesięcy", "najbliższych lat"."""
    stretch = _stretch(g, ctx)
    if stretch is None:
        return None
    anchor = ctx.anchor
    if ctx.lex.value("units", g["unit"]) == "weekend":  # "w miniony weekend": the weekend, not a stretch up to now
        return _unit_period("weekend", -1 if "last" in g else 1, anchor)
    other = _moved(anchor, *stretch, -1 if "last" in g else 1)
    return _Value(min(anchor, other), max(anchor, other), "range")


def _r_earlier(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    """Part of the current period: "wcześniej w tym roku", "earlier this month" (its start .. the day before the
    anchor: earlier than the day of writing), "jeszcze w tym roku" (anchor .. end)."""
    period = _unit_period(ctx.lex.value("units", g["unit"]), _shift(g, ctx), ctx.anchor)
    if period is None or period.date_from is None or period.date_to is None:
        return None
    if not period.date_from <= ctx.anchor <= period.date_to:
        return None
    if "earlier" in g:
        day_before = ctx.anchor - _ONE_DAY
        return _Value(period.date_from, day_before, "range") if period.date_from <= day_before else None
    return _Value(ctx.anchor, period.date_to, "range")


def _r_day_word(g: Mapping[str, str], ctx: _Context) -> _Value:
    day = ctx.anchor + dt.timedelta(days=ctx.lex.value("day_words", g["dayword"]))
    return _Value(day, day, "day")


def _r_named_day(g: Mapping[str, str], ctx: _Context) -> _Value:
    """"od początku pełnoskalowej wojny": the day the lexicon names for it (no anchor needed)."""
    day = parse_iso_date(str(ctx.lex.value("named_days", g["named"])))[0]
    return _Value(day, day, "day", explicit_year=True)


def _r_weekday(g: Mapping[str, str], ctx: _Context) -> _Value:
    shift = _shift(g, ctx) if "rel" in g else None
    day = _weekday_date(ctx.lex.value("weekdays", g["wd"]), shift, ctx.anchor)
    return _Value(day, day, "day")


def _weekday_date(weekday: int, week_shift: int | None, anchor: dt.date) -> dt.date:
    """ISO ``weekday`` on or before the anchor, or in the week ``week_shift`` weeks from the anchor's."""
    if week_shift is None:
        return anchor - dt.timedelta(days=(anchor.isoweekday() - weekday) % 7)
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return monday + dt.timedelta(weeks=week_shift, days=weekday - 1)


def _r_season(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    season = ctx.lex.value("seasons", g["season"])
    if "year2" in g:  # "zima 2024/2025"
        if season != "winter" or int(g["year2"]) != int(g["year"]) + 1:
            return None
        return _Value(*season_range(season, int(g["year2"])), "range")
    stated = _stated_year(g, ctx)
    if stated is not None:
        return _Value(*season_range(season, stated), "range")
    if "rel" not in g and ctx.default_year is not None:  # the year an expression it goes with gives it
        return _Value(*season_range(season, ctx.default_year), "range")
    anchor = ctx.anchor
    seasons = [season_range(season, year) for year in range(anchor.year - 2, anchor.year + 3)]
    if "rel" not in g:
        chosen = max(s for s in seasons if s[0] <= anchor)
    else:
        shift = _shift(g, ctx)
        if shift < 0:
            chosen = max(s for s in seasons if s[1] < anchor)
        elif shift > 0:
            chosen = min(s for s in seasons if s[0] > anchor)
        else:
            chosen = min(seasons, key=lambda s: _distance(s, anchor))
    return _Value(*chosen, "range")


def _r_quarter(g: Mapping[str, str], ctx: _Context) -> _Value | None:
    is_half = "half" in g or ("qword" in g and g["qword"] in ctx.lex.half_words)
    code = g.get("qnum") or g.get("half")  # "Q1", "H2"
    number = int(code) if code else ctx.lex.value("ordinals", g["ord"])
    size = 6 if is_half else 3
    if not 1 <= number <= 12 // size:
        return None
    first_month = (number - 1) * size + 1
    year = _stated_year(g, ctx)
    if year is None:
        year = ctx.default_year
    if year is None:
        year = ctx.anchor.year if first_month <= ctx.anchor.month else ctx.anchor.year - 1
    end_year, end_month = _add_months(year, first_month, size - 1)
    return _Value(dt.date(year, first_month, 1), _month_span(end_year, end_month)[1], "range")


_RESOLVERS = MappingProxyType(
    {
        "date": _r_date,
        "day_range": _r_day_range,
        "night": _r_night,
        "month": _r_month,
        "month_pair": _r_month_pair,
        "turn": _r_turn,
        "part": _r_part,
        "year": _r_year,
        "year_range": _r_year_range,
        "decades": _r_decades,
        "first_units": _r_first_units,
        "rel_unit": _r_rel_unit,
        "ago": _r_ago,
        "lasting": _r_lasting,
        "recent": _r_recent,
        "earlier": _r_earlier,
        "day_word": _r_day_word,
        "named_day": _r_named_day,
        "weekday": _r_weekday,
        "season": _r_season,
        "quarter": _r_quarter,
    }
)


# --------------------------------------------------------------------------- calendar arithmetic


def _shift(g: Mapping[str, str], ctx: _Context) -> int:
    return ctx.lex.value("relative", g["rel"]) if "rel" in g else 0


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _shift_date(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    year, month = _add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month_part(year: int, month: int, part: str) -> tuple[dt.date, dt.date]:
    first, last = _MONTH_PARTS[part]
    month_end = calendar.monthrange(year, month)[1]
    return dt.date(year, month, first), dt.date(year, month, month_end if last is None else last)


def _year_part(year: int, part: str) -> tuple[dt.date, dt.date]:
    first, last = _YEAR_PARTS[part]
    return dt.date(year, first, 1), _month_span(year, last)[1]


def _distance(span: tuple[dt.date, dt.date], day: dt.date) -> int:
    if span[0] <= day <= span[1]:
        return 0
    return min(abs((span[0] - day).days), abs((span[1] - day).days))
