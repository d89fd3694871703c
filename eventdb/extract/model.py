"""Dataclasses that the extraction stages pass to each other and return.

Every span is ``(start, end)`` in characters of the document body as stored, so
``body[start:end] == text`` always holds.  Extraction is pure: these objects carry
no database identity; entities are named by ``EntityRef`` (table + canonical name).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Literal

EntityTable = Literal["actor", "facility", "location"]

#: Qualifiers of a quantity (column ``quantities.qualifier``).
QUALIFIERS = (
    "exact", "approx", "at_least", "more_than", "at_most", "less_than", "up_to", "range", "vague",
)
#: Statuses of events (column ``events.status``).
STATUSES = ("planned", "ongoing", "completed", "reported", "possible", "agreed", "denied", "unknown")
#: Kinds of actors and locations (columns ``actors.kind``, ``locations.kind``).
ACTOR_KINDS = (
    "country", "agency", "ministry", "military", "company", "media", "person", "organization", "group",
    "government", "parliament", "unknown",
)
LOCATION_KINDS = (
    "country", "region", "city", "district", "town", "village", "island", "sea", "river", "peninsula", "area",
    "territory", "province",
)
#: Units of quantities (column ``quantities.unit``, whose check constraint is this pattern; migration 0012 holds the
#: same): counts, percent, percentage points (pp), time, distance, area, volume, weight, speed, power, energy, thrust,
#: currencies and rates.
UNIT_PATTERN = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|l|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|km/h|kW|MW|GW|kN|pp"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|l|kWh|MWh))?)$"
)
#: Languages of sources and aliases.
LANGUAGES = ("pl", "en", "und")
POSSESSIVE_ENDINGS = ("'s", "’s")  # an English possessive, with either apostrophe ("Russia's", "EU’s")
#: Date precisions (column ``events.date_precision``).
DATE_PRECISIONS = (
    "day", "early_month", "mid_month", "late_month", "month", "quarter", "season",
    "early_year", "mid_year", "late_year", "year", "since", "until", "range", "unknown",
)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One morphological reading of a word (from morfeusz2).

    ``pos`` is read off the tag once, when the reading is made: the rules ask for it millions of times,
    and a reading is made once per word form (the tokenizer caches them).  So is the hash: readings are
    parts of cache keys.
    """

    lemma: str  # without morfeusz's ":A"/":S" homonym suffix
    tag: str  # full tag, e.g. "subst:sg:gen:f"
    name_class: tuple[str, ...] = ()  # e.g. ("nazwa_geograficzna",)
    pos: str = field(init=False, repr=False, compare=False)  # "subst"
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pos", self.tag.split(":", 1)[0])
        object.__setattr__(self, "_hash", hash((self.lemma, self.tag, self.name_class)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Analysis], tuple[str, str, tuple[str, ...]]]:
        # rebuilt from the three fields: a hash is only valid in the process that computed it
        return (Analysis, (self.lemma, self.tag, self.name_class))

    @property
    def cases(self) -> frozenset[str]:
        return _tag_features(self.tag)[0]

    @property
    def numbers(self) -> frozenset[str]:
        return _tag_features(self.tag)[1]


def readings_agree(a: Analysis, b: Analysis) -> bool:
    """Do two nominal readings (a noun's and an adjective's) share number, case and gender?"""
    a_number, a_case, a_gender = nominal_parts(a.tag)
    b_number, b_case, b_gender = nominal_parts(b.tag)
    return bool(a_number & b_number and a_case & b_case and a_gender & b_gender)


@functools.lru_cache(maxsize=4096)
def nominal_parts(tag: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Number, case and gender of a nominal tag ("subst:sg:gen:m3", "adj:sg:gen:m1.m2.m3.n:pos")."""
    parts = tag.split(":")
    if len(parts) < 4:
        return frozenset(), frozenset(), frozenset()
    return frozenset(parts[1].split(".")), frozenset(parts[2].split(".")), frozenset(parts[3].split("."))


@functools.lru_cache(maxsize=4096)
def _tag_features(tag: str) -> tuple[frozenset[str], frozenset[str]]:
    """Cases and numbers of a tag (a few hundred tags recur)."""
    values = {v for part in tag.split(":")[1:] for v in part.split(".")}
    return frozenset(values & _CASES), frozenset(values & _NUMBERS)


_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
_NUMBERS = frozenset({"sg", "pl"})


def lemma_set(text: str, analyses: tuple[Analysis, ...]) -> frozenset[str]:
    known = {a.lemma.lower() for a in analyses if a.pos != "ign"}
    return frozenset(known) if known else frozenset({text.lower()})

TokenKind = Literal["word", "number", "punct", "abbr"]


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number, abbreviation or punctuation mark with its character span."""

    i: int  # index of the token in the document
    text: str
    start: int
    end: int
    kind: TokenKind
    analyses: tuple[Analysis, ...] = ()
    space_before: bool = True
    lemma_set: frozenset[str] = frozenset()  # precomputed ``lemmas`` (filled by the tokenizer)
    lower: str = field(init=False, repr=False, compare=False)  # the text lowercased (rules ask for it often)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())

    @property
    def lemmas(self) -> frozenset[str]:
        """All candidate lemmas, lowercased; the lowercased form itself if unknown."""
        return self.lemma_set or lemma_set(self.text, self.analyses)

    @property
    def lemma(self) -> str:
        """The preferred lemma (first reading that is not 'ign'), lowercased."""
        for a in self.analyses:
            if a.pos != "ign":
                return a.lemma.lower()
        return self.text.lower()

    @property
    def is_known(self) -> bool:
        # a plain loop: four times faster than any() over a generator, and the rules ask millions of times
        for a in self.analyses:  # noqa: SIM110
            if a.pos != "ign":
                return True
        return False

    @property
    def is_capitalized(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    def has_pos(self, *pos: str) -> bool:
        for a in self.analyses:  # noqa: SIM110  (a loop, as in ``is_known``)
            if a.pos in pos:
                return True
        return False

    def cases(self, pos: tuple[str, ...] | None = None) -> frozenset[str]:
        """Cases of all readings (optionally only of readings with one of ``pos``)."""
        out: set[str] = set()
        for a in self.analyses:
            if pos is None or a.pos in pos:
                out |= a.cases
        return frozenset(out)

    def readings(self, lemma: str) -> tuple[Analysis, ...]:
        return tuple(a for a in self.analyses if a.lemma.lower() == lemma)


_new = object.__new__
_TOKEN_SLOTS = ("i", "text", "start", "end", "kind", "analyses", "space_before", "lemma_set", "lower")
if Token.__slots__ != _TOKEN_SLOTS:  # pragma: no cover - a field added to Token must be added here too
    raise TypeError(f"make_token fills {_TOKEN_SLOTS}, Token has {Token.__slots__}")
(_set_i, _set_text, _set_start, _set_end, _set_kind, _set_analyses, _set_space_before, _set_lemma_set,
 _set_lower) = (getattr(Token, name).__set__ for name in _TOKEN_SLOTS)


def make_token(
    i: int, text: str, start: int, end: int, kind: TokenKind, analyses: tuple[Analysis, ...],
    space_before: bool, lemma_set: frozenset[str], lower: str,
) -> Token:
    """``Token(...)`` for the tokenizer, with ``lower`` given: it fills the slots directly, as the frozen
    dataclass's ``__init__`` costs twice as much and the tokenizer makes every token of every article."""
    token = _new(Token)
    _set_i(token, i)
    _set_text(token, text)
    _set_start(token, start)
    _set_end(token, end)
    _set_kind(token, kind)
    _set_analyses(token, analyses)
    _set_space_before(token, space_before)
    _set_lemma_set(token, lemma_set)
    _set_lower(token, lower)
    return token


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A gazetteer entry (or a candidate) named by its table and canonical name."""

    table: EntityTable
    name: str
    kind: str
    country: str | None = None
    is_candidate: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """An occurrence of an actor, facility or location in the text."""

    entity: EntityRef
    start: int
    end: int
    text: str
    sentence: int  # Sentence.index
    token_start: int  # Token.i of first token
    token_end: int  # Token.i of last token + 1
    via: str = "name"  # name | alias | adjective | metonym | candidate | demonym
    case: frozenset[str] = frozenset()  # grammatical cases of the head word


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    sentence: int
    value: float | None
    low: float | None
    high: float | None
    unit: str  # person | item | percent | USD | USD/hour | hour | day | year | km | ...
    qualifier: str  # one of QUALIFIERS
    counted: str | None  # English lemma of the counted thing ("worker"), None if unknown
    counted_lemma: str | None = None  # Polish lemma as found ("pracownik")
    counted_token: int | None = None  # Token.i of the counted noun
    actor: EntityRef | None = None  # nationality/owner of the counted thing


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A resolved time expression."""

    start: int
    end: int
    text: str
    date_from: dt.date | None
    date_to: dt.date | None
    precision: str  # one of DATE_PRECISIONS
    measured: bool = False  # it also gives an amount of time that counts ("od 66 lat": 66 years)


@dataclass(frozen=True, slots=True)
class Role:
    entity: EntityRef
    role: str  # agent | partner | target | recipient | cited | location
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of an "according to X" chain; position 1 is the source the article cites."""

    cited: EntityRef
    position: int
    cue: str
    start: int
    end: int
    text: str
    sentence: int


@dataclass(slots=True)
class Event:
    event_type: str  # taxonomy code, e.g. "arms_transfer"
    status: str
    start: int  # evidence span: the clause or sentence that states the event
    end: int
    text: str
    sentence: int
    trigger: str  # trigger word as written
    trigger_start: int
    trigger_end: int
    roles: list[Role] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    date: DateExpr | None = None
    location: EntityRef | None = None
    facility: EntityRef | None = None
    negated: bool = False
    confidence: float = 0.5


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    language: str
    extractor_version: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
