"""Score an ``Extraction`` against an analyst's annotation of the same article.

Annotation files are YAML (see ``tests/data/expected/seed.yaml``): entities by table with their
aliases, quantities, numbers that are not quantities, and events.  Optional keys: ``document.article``
(the article's path from the repository root), ``acceptable`` (names that are neither required
nor spurious), a list for a quantity's ``what`` (several right names of the counted object) and an
event's ``text`` (a snippet of its sentence, to align events of the same type and agents).
Scoring is deliberately simple and strict so that figures are comparable between extractor versions:

* an expected entity is found "by name or alias": when some mention's ``EntityRef.name`` equals
  its canonical name or one of its aliases, or the annotator's canonical name is a name the
  gazetteer gives that mention's entity alone (``gazetteer_names``: "NIS" for National
  Intelligence Service), case-insensitively; the figure by canonical name alone is kept beside it.  An
  extracted entity none of whose names is an expected name or alias (nor listed as
  ``acceptable``: nested names, places named only in passing) is spurious;
* a quantity matches on value/low/high (tolerance 1e-6), unit, counted object and qualifier;
* an event matches on type and the exact set of agents, one-to-one, and is then checked for
  its cited source, date, status and location.

Everything here is pure: ``load_expected`` reads one file, the rest computes on dataclasses.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventdb.extract.model import Event, Extraction, Quantity

ENTITY_TABLES: tuple[str, ...] = ("actor", "facility", "location")
_TABLE_KEYS: Mapping[str, str] = {"actors": "actor", "facilities": "facility", "locations": "location"}
TOLERANCE = 1e-6  # absolute up to 1, relative above: "2,3 mln" may parse as 2299999.9999999995
_HEADER_RE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s")
_QUOTES = "\"'„”“«»‚’"


# --------------------------------------------------------------------------------------------
# expected annotation


@dataclass(frozen=True, slots=True)
class ExpectedEntity:
    table: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        """Normalized names under which an extracted mention counts as this entity."""
        return frozenset(normalize_name(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True, slots=True)
class ExpectedQuantity:
    id: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    what: str | None
    qualifier: str
    text: str = ""
    what_also: tuple[str, ...] = ()  # other names of the counted object that are equally right

    @property
    def counted_names(self) -> tuple[str | None, ...]:
        return (self.what, *self.what_also)


@dataclass(frozen=True, slots=True)
class ExpectedDate:
    date_from: dt.date | None
    date_to: dt.date | None
    precision: str


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    id: str
    type: str
    agents: frozenset[str]
    others: tuple[str, ...] = ()
    where: str | None = None
    when: ExpectedDate | None = None
    cited: str | None = None
    status: str | None = None
    quantities: tuple[str, ...] = ()
    text: str = ""  # optional evidence snippet: helps to align events of the same type and agents


@dataclass(frozen=True, slots=True)
class Expected:
    """An analyst's reading of one article."""

    entities: tuple[ExpectedEntity, ...]
    quantities: tuple[ExpectedQuantity, ...]
    not_quantities: tuple[str, ...]
    events: tuple[ExpectedEvent, ...]
    acceptable: tuple[str, ...] = ()  # names an extractor may find without being wrong, not required
    published_on: dt.date | None = None
    language: str = "pl"
    article: str | None = None  # path of the article, relative to the repository root

    def entity_named(self, name: str) -> ExpectedEntity | None:
        """The expected entity called ``name``: canonical names first, then aliases."""
        key = normalize_name(name)
        for entity in self.entities:
            if normalize_name(entity.name) == key:
                return entity
        for entity in self.entities:
            if key in entity.keys:
                return entity
        return None


def normalize_name(name: str) -> str:
    """Case- and spacing-insensitive form of a name ("Korea  Północna" == "korea północna")."""
    return " ".join(name.replace("\u00a0", " ").split()).strip(_QUOTES).casefold()


def load_expected(path: str | Path) -> Expected:
    """Read an annotation file (the format of ``tests/data/expected/seed.yaml``)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return parse_expected(data)


def parse_expected(data: Mapping[str, Any]) -> Expected:
    """Build an ``Expected`` from parsed YAML."""
    document = data.get("document") or {}
    entities = tuple(
        _parse_entity(table, name, spec)
        for key, table in _TABLE_KEYS.items()
        for name, spec in (data.get(key) or {}).items()
    )
    return Expected(
        entities=entities,
        quantities=tuple(_parse_quantity(q, n) for n, q in enumerate(data.get("quantities") or [])),
        not_quantities=tuple(str(s) for s in data.get("not_quantities") or []),
        events=tuple(_parse_event(e, n) for n, e in enumerate(data.get("events") or [])),
        acceptable=tuple(str(a) for a in data.get("acceptable") or []),
        published_on=_as_date(document.get("published_on")),
        language=str(document.get("language", "pl")),
        article=document.get("article"),
    )


def _parse_entity(table: str, name: Any, spec: Any) -> ExpectedEntity:
    """``Name: [kind, alias, ...]`` or ``Name: {kind: ..., aliases: [...]}``."""
    if isinstance(spec, Mapping):
        kind = str(spec.get("kind", ""))
        aliases = tuple(str(a) for a in spec.get("aliases") or [])
    else:
        items = [str(s) for s in (spec or [])]
        kind, aliases = (items[0], tuple(items[1:])) if items else ("", ())
    return ExpectedEntity(table=table, name=str(name), kind=kind, aliases=aliases)


def _parse_quantity(q: Mapping[str, Any], n: int) -> ExpectedQuantity:
    """``what`` is one name of the counted object, or a list of names that are all right."""
    what = q.get("what")
    names = [str(w) for w in what] if isinstance(what, list) else [] if what is None else [str(what)]
    return ExpectedQuantity(
        id=str(q.get("id", f"q{n}")),
        value=_as_float(q.get("value")),
        low=_as_float(q.get("low")),
        high=_as_float(q.get("high")),
        unit=str(q["unit"]),
        what=names[0] if names else None,
        qualifier=str(q.get("qualifier", "exact")),
        text=str(q.get("text", "")),
        what_also=tuple(names[1:]),
    )


def _parse_event(e: Mapping[str, Any], n: int) -> ExpectedEvent:
    when = e.get("when")
    return ExpectedEvent(
        id=str(e.get("id", f"e{n}")),
        type=str(e["type"]),
        agents=frozenset(str(a) for a in e.get("agents") or []),
        others=tuple(str(a) for a in e.get("others") or []),
        where=e.get("where"),
        when=ExpectedDate(_as_date(when[0]), _as_date(when[1]), str(when[2])) if when else None,
        cited=_first_cited(e.get("cited")),
        status=e.get("status"),
        quantities=tuple(str(q) for q in e.get("quantities") or []),
        text=str(e.get("text", "")),
    )


def _first_cited(value: Any) -> str | None:
    """The source an event is credited to; a chain (list, outermost first) is scored by its first link."""
    if isinstance(value, list):
        return str(value[0]) if value else None
    return None if value is None else str(value)


def _as_float(v: Any) -> float | None:
    return None if v is None else float(v)


def _as_date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def split_header(text: str) -> tuple[dt.date | None, str]:
    """Publication date and body of an article file that starts with `` date YYYY-MM-DD ``.

    The body is trimmed like a stored document body, so spans agree with the database.
    """
    m = _HEADER_RE.match(text)
    if not m:
        return None, text.strip()
    return dt.date.fromisoformat(m.group(1)), text[m.end() :].strip()


# --------------------------------------------------------------------------------------------
# score


@dataclass(frozen=True, slots=True)
class Tally:
    """``hits`` out of ``total``; tallies add up, so scores of many articles micro-average."""

    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.hits + other.hits, self.total + other.total)

    def __str__(self) -> str:
        rate = "   -  " if self.rate is None else f"{self.rate:6.3f}"
        return f"{self.hits:4d} / {self.total:<4d} {rate}"


@dataclass(frozen=True, slots=True)
class Score:
    """Figures of one article (or, added up, of many)."""

    entities_found: Mapping[str, Tally]  # per expected table: found / expected
    entities_spurious: Mapping[str, Tally]  # per extracted table: spurious / distinct extracted
    quantities_recall: Tally  # matched / expected
    quantities_precision: Tally  # matched / extracted
    quantities_numbers: Tally  # expected quantities whose numbers, unit and qualifier were right (counted aside)
    non_counts: Tally  # non-count strings hit / non-count strings listed
    events_recall: Tally  # matched / expected
    events_precision: Tally  # matched / extracted
    events_cited: Tally  # among matched events with an expected cited source
    events_dated: Tally  # among matched events with an expected date
    events_status: Tally  # among matched events with an expected status
    events_located: Tally  # among matched events with an expected place
    missed_entities: tuple[str, ...] = ()
    spurious_entities: tuple[str, ...] = ()
    missed_quantities: tuple[str, ...] = ()
    spurious_quantities: tuple[str, ...] = ()
    non_counts_hit: tuple[str, ...] = ()
    missed_events: tuple[str, ...] = ()
    wrong_attributes: tuple[str, ...] = ()  # "event id: what is wrong"
    articles: int = 1
    entities_by_name: Tally = Tally()  # expected entities found under their own canonical name (no alias)

    # --- headline figures

    @property
    def entity_recall(self) -> float | None:
        return _sum(self.entities_found.values()).rate

    @property
    def spurious_share(self) -> float | None:
        return _sum(self.entities_spurious.values()).rate

    @property
    def entity_precision(self) -> float | None:
        share = self.spurious_share
        return None if share is None else 1.0 - share

    @property
    def quantity_recall(self) -> float | None:
        return self.quantities_recall.rate

    @property
    def quantity_precision(self) -> float | None:
        return self.quantities_precision.rate

    @property
    def quantity_f1(self) -> float | None:
        return _f1(self.quantities_recall, self.quantities_precision)

    @property
    def event_recall(self) -> float | None:
        return self.events_recall.rate

    @property
    def event_f1(self) -> float | None:
        return _f1(self.events_recall, self.events_precision)

    # --- combining and rendering

    def __add__(self, other: Score) -> Score:
        return Score(
            entities_found=_add_tables(self.entities_found, other.entities_found),
            entities_spurious=_add_tables(self.entities_spurious, other.entities_spurious),
            quantities_recall=self.quantities_recall + other.quantities_recall,
            quantities_precision=self.quantities_precision + other.quantities_precision,
            quantities_numbers=self.quantities_numbers + other.quantities_numbers,
            non_counts=self.non_counts + other.non_counts,
            events_recall=self.events_recall + other.events_recall,
            events_precision=self.events_precision + other.events_precision,
            events_cited=self.events_cited + other.events_cited,
            events_dated=self.events_dated + other.events_dated,
            events_status=self.events_status + other.events_status,
            events_located=self.events_located + other.events_located,
            missed_entities=self.missed_entities + other.missed_entities,
            spurious_entities=self.spurious_entities + other.spurious_entities,
            missed_quantities=self.missed_quantities + other.missed_quantities,
            spurious_quantities=self.spurious_quantities + other.spurious_quantities,
            non_counts_hit=self.non_counts_hit + other.non_counts_hit,
            missed_events=self.missed_events + other.missed_events,
            wrong_attributes=self.wrong_attributes + other.wrong_attributes,
            articles=self.articles + other.articles,
            entities_by_name=self.entities_by_name + other.entities_by_name,
        )

    def rows(self) -> list[tuple[str, Tally]]:
        """(label, tally) pairs in the order of the table."""
        rows: list[tuple[str, Tally]] = [("entities found", _sum(self.entities_found.values()))]
        rows += [(f"  {table}", t) for table, t in self.entities_found.items() if t.total]
        rows.append(("  by canonical name", self.entities_by_name))
        rows.append(("entities spurious", _sum(self.entities_spurious.values())))
        rows += [(f"  {table}", t) for table, t in self.entities_spurious.items() if t.total]
        rows += [
            ("quantities recall", self.quantities_recall),
            ("quantities precision", self.quantities_precision),
            ("  numbers right", self.quantities_numbers),
            ("non-counts extracted", self.non_counts),
            ("events recall", self.events_recall),
            ("events precision", self.events_precision),
            ("  cited right", self.events_cited),
            ("  date right", self.events_dated),
            ("  status right", self.events_status),
            ("  location right", self.events_located),
        ]
        return rows

    def as_table(self, *, details: bool = True) -> str:
        """A plain-text table of the figures, then (optionally) what went wrong."""
        lines = [f"{'':24s} {'hits':>4s} / {'of':<4s} {'rate':>6s}"]
        lines += [f"{label:24s} {tally}" for label, tally in self.rows()]
        lines.append(f"{'quantities F1':24s} {'':11s} {_fmt(self.quantity_f1)}")
        lines.append(f"{'events F1':24s} {'':11s} {_fmt(self.event_f1)}")
        if details:
            for label, items in (
                ("missed entities", self.missed_entities),
                ("spurious entities", self.spurious_entities),
                ("missed quantities", self.missed_quantities),
                ("spurious quantities", self.spurious_quantities),
                ("non-counts extracted", self.non_counts_hit),
                ("missed events", self.missed_events),
                ("wrong attributes", self.wrong_attributes),
            ):
                if items:
                    lines.append(f"{label}: " + "; ".join(items))
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for JSON): counts, rates and the lists of misses."""
        return {
            "articles": self.articles,
            "entities": {
                "recall": self.entity_recall,
                "spurious_share": self.spurious_share,
                "precision": self.entity_precision,
                "found": _tally_dict(self.entities_found),
                "found_by_canonical_name": _one_tally(self.entities_by_name),
                "spurious": _tally_dict(self.entities_spurious),
                "missed": list(self.missed_entities),
                "spurious_names": list(self.spurious_entities),
            },
            "quantities": {
                "recall": self.quantity_recall,
                "precision": self.quantity_precision,
                "f1": self.quantity_f1,
                "matched": self.quantities_recall.hits,
                "expected": self.quantities_recall.total,
                "extracted": self.quantities_precision.total,
                "numbers_right": self.quantities_numbers.hits,
                "non_counts_extracted": self.non_counts.hits,
                "missed": list(self.missed_quantities),
                "spurious": list(self.spurious_quantities),
                "non_counts_hit": list(self.non_counts_hit),
            },
            "events": {
                "recall": self.event_recall,
                "f1": self.event_f1,
                "matched": self.events_recall.hits,
                "expected": self.events_recall.total,
                "extracted": self.events_precision.total,
                "cited": _one_tally(self.events_cited),
                "date": _one_tally(self.events_dated),
                "status": _one_tally(self.events_status),
                "location": _one_tally(self.events_located),
                "missed": list(self.missed_events),
                "wrong_attributes": list(self.wrong_attributes),
            },
        }


def total(scores: Iterable[Score]) -> Score:
    """Micro-averaged score of many articles (tallies summed, then rates taken)."""
    out: Score | None = None
    for s in scores:
        out = s if out is None else out + s
    if out is None:
        raise ValueError("no scores to add up")
    return out


def score(
    extraction: Extraction, expected: Expected, names: Mapping[tuple[str, str], frozenset[str]] | None = None
) -> Score:
    """Compare one article's extraction with its annotation.

    ``names``: the other names of extracted entities (``gazetteer_names``; by default those of the
    shipped gazetteer), under which they count as found as well as under their canonical name.
    """
    names = gazetteer_names() if names is None else names
    found, spurious, missed_entities, spurious_names, by_name = _score_entities(extraction, expected, names)
    q_indexes = _match_quantity_indexes(extraction.quantities, expected.quantities)
    q_matches = {want: extraction.quantities[i] for want, i in q_indexes.items()}
    matched_q = set(q_indexes.values())
    # a non-count inside the text of a quantity the annotation expects ("cztery Iskandery-M" holds "Iskandery-M")
    # was not read as a count; nor was a model designation inside one that counts other numbers ("ok. 150 MiG-29"
    # counts 150 aircraft, not 29)
    non_counts_hit = tuple(
        s for s in expected.not_quantities
        if any(s.casefold() in q.text.casefold() and not _counts_the_model(q, s)
               for i, q in enumerate(extraction.quantities) if i not in matched_q)
    )
    e_matches = match_events(extraction, expected, q_matches, names)
    cited, dated, status, located, wrong = _score_event_attributes(e_matches, expected, names)
    return Score(
        entities_found=found,
        entities_spurious=spurious,
        quantities_recall=Tally(len(q_matches), len(expected.quantities)),
        quantities_precision=Tally(len(q_matches), len(extraction.quantities)),
        quantities_numbers=Tally(
            len(_match_quantity_indexes(extraction.quantities, expected.quantities, ignore_counted=True)),
            len(expected.quantities),
        ),
        non_counts=Tally(len(non_counts_hit), len(expected.not_quantities)),
        events_recall=Tally(len(e_matches), len(expected.events)),
        events_precision=Tally(len(e_matches), len(extraction.events)),
        events_cited=cited,
        events_dated=dated,
        events_status=status,
        events_located=located,
        missed_entities=missed_entities,
        spurious_entities=spurious_names,
        missed_quantities=tuple(f"{q.id} ({q.text})" for q in expected.quantities if q.id not in q_matches),
        spurious_quantities=tuple(
            _describe_quantity(q) for i, q in enumerate(extraction.quantities) if i not in matched_q
        ),
        non_counts_hit=non_counts_hit,
        missed_events=tuple(e.id for e in expected.events if e.id not in e_matches),
        wrong_attributes=wrong,
        entities_by_name=by_name,
    )


# --- entities


@functools.cache
def gazetteer_names() -> Mapping[tuple[str, str], frozenset[str]]:
    """(table, canonical name) -> the normalized names (alias type "name", any language) that the
    shipped gazetteer gives that entry and no other entry of its table.

    An annotator names an entity as the text does ("NIS", "RUSI"), the gazetteer by its English
    name ("National Intelligence Service"): the entity is found "by name or alias" all the same.
    A name two entries share ("Rada Bezpieczeństwa") proves nothing and is left out.
    """
    from eventdb.extract.gazetteer import Gazetteer

    owners: dict[tuple[str, str], set[str]] = {}
    entries = Gazetteer.default().entries
    for e in entries:
        owners.setdefault((e.table, normalize_name(e.name)), set()).add(e.name)
        for alias in e.aliases:
            if alias.alias_type == "name":
                owners.setdefault((e.table, normalize_name(alias.text)), set()).add(e.name)
    out: dict[tuple[str, str], set[str]] = {}
    for (table, key), names in owners.items():
        if len(names) == 1:
            out.setdefault((table, next(iter(names))), set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def _score_entities(
    extraction: Extraction, expected: Expected, other_names: Mapping[tuple[str, str], frozenset[str]]
) -> tuple[dict[str, Tally], dict[str, Tally], tuple[str, ...], tuple[str, ...], Tally]:
    extracted = {(m.entity.table, m.entity.name) for m in extraction.mentions}
    extracted_keys = {normalize_name(name) for _table, name in extracted}
    all_expected_keys = frozenset().union(*(e.keys for e in expected.entities)) | {
        normalize_name(a) for a in expected.acceptable
    }
    found: dict[str, Tally] = {}
    spurious: dict[str, Tally] = {}
    missed: list[str] = []
    spurious_names: list[str] = []
    by_name = Tally()
    for table in ENTITY_TABLES:
        in_table = [e for e in expected.entities if e.table == table]
        # the other names count within the table only ("Moskwa" the city is not Russia the actor); an entity is
        # found when an extracted one has its name, when the extracted one's other names hold its name, or when
        # they hold one of the names the annotator wrote for it ("Heorhij Tychyj" for Heorhiy/Heorhii Tykhyi)
        alias_keys = frozenset().union(*(other_names.get((t, n), frozenset()) for t, n in extracted if t == table))
        hits = [e for e in in_table if e.keys & extracted_keys or normalize_name(e.name) in alias_keys
                or e.keys & alias_keys]
        by_name += Tally(sum(1 for e in in_table if e.keys & extracted_keys), len(in_table))
        missed += [f"{table}:{e.name}" for e in in_table if e not in hits]
        found[table] = Tally(len(hits), len(in_table))
        table_keys = frozenset().union(*(e.keys for e in in_table))
        names = sorted(name for t, name in extracted if t == table)
        wrong = [n for n in names if normalize_name(n) not in all_expected_keys
                 and not other_names.get((table, n), frozenset()) & table_keys]
        spurious_names += [f"{table}:{n}" for n in wrong]
        spurious[table] = Tally(len(wrong), len(names))
    return found, spurious, tuple(missed), tuple(spurious_names), by_name


# --- quantities


def quantity_matches(extracted: Quantity, expected: ExpectedQuantity, *, ignore_counted: bool = False) -> bool:
    """Same numbers (value, low, high), unit, counted object and qualifier.

    ``ignore_counted`` leaves the counted object aside: a diagnostic that separates reading the
    number from naming what is counted.
    """
    return (
        _same_number(extracted.value, expected.value)
        and _same_number(extracted.low, expected.low)
        and _same_number(extracted.high, expected.high)
        and extracted.unit == expected.unit
        and (ignore_counted or any(_same_text(extracted.counted, name) for name in expected.counted_names))
        and extracted.qualifier == expected.qualifier
    )


def match_quantities(
    extracted: Iterable[Quantity], expected: Iterable[ExpectedQuantity]
) -> dict[str, Quantity]:
    """One-to-one matches, expected id -> extracted quantity (preferring one whose text overlaps)."""
    pool = list(extracted)
    return {want: pool[i] for want, i in _match_quantity_indexes(pool, expected).items()}


def _match_quantity_indexes(
    extracted: list[Quantity], expected: Iterable[ExpectedQuantity], *, ignore_counted: bool = False
) -> dict[str, int]:
    free = list(range(len(extracted)))
    out: dict[str, int] = {}
    for want in expected:
        candidates = [i for i in free if quantity_matches(extracted[i], want, ignore_counted=ignore_counted)]
        if not candidates:
            continue
        best = max(candidates, key=lambda i: _overlaps(extracted[i].text, want.text))
        out[want.id] = best
        free.remove(best)
    return out


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOLERANCE * max(1.0, abs(b))


_MODEL_RE = re.compile(r"^[^\W\d_]+[-‐‑]?(\d+)[^\W\d_]*$")  # "MiG-29", "S-400", "BTR-80", "M2010", "Su-27SM"


def _counts_the_model(q: Quantity, text: str) -> bool:
    """Does ``q`` count items of the model designation ``text`` rather than read the model's number?"""
    model = _MODEL_RE.match(text.strip())
    if model is None or q.text.strip().casefold() == text.strip().casefold():
        return False  # a quantity that is the designation alone reads it
    number = float(model.group(1))
    return all(v is None or v != number for v in (q.value, q.low, q.high))


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return normalize_name(a) == normalize_name(b)


def _overlaps(found: str, wanted: str) -> bool:
    return bool(wanted) and (wanted.casefold() in found.casefold() or found.casefold() in wanted.casefold())


def _describe_quantity(q: Quantity) -> str:
    number = _fmt_number(q.value) if q.value is not None else f"{_fmt_number(q.low)}..{_fmt_number(q.high)}"
    return f"{q.text!r}={number} {q.unit} {q.counted} {q.qualifier}"


def _fmt_number(v: float | None) -> str:
    return "?" if v is None else f"{v:g}"


# --- events


def event_agents(event: Event) -> frozenset[str]:
    """Names of the entities in the agent role."""
    return frozenset(r.entity.name for r in event.roles if r.role == "agent")


def _canonical(
    name: str, expected: Expected, names: Mapping[tuple[str, str], frozenset[str]] | None = None, tables: tuple[str, ...] = ("actor",)
) -> str:
    """The expected canonical name for an extracted name (itself, normalized, if unknown): the
    expected entity with that name or alias, else the one whose canonical name the gazetteer gives
    the extracted entity (``gazetteer_names``; "NIS" for National Intelligence Service)."""
    entity = expected.entity_named(name)
    if entity is not None:
        return normalize_name(entity.name)
    other = frozenset().union(*((gazetteer_names() if names is None else names).get((t, name), frozenset())
                                for t in tables))
    if other:
        for e in expected.entities:
            if e.table in tables and normalize_name(e.name) in other:
                return normalize_name(e.name)
    return normalize_name(name)


def _canonical_set(names: Iterable[str], expected: Expected, other: Mapping[tuple[str, str], frozenset[str]] | None = None) -> frozenset[str]:
    return frozenset(_canonical(n, expected, other) for n in names)


def match_events(
    extraction: Extraction, expected: Expected, quantity_matches: Mapping[str, Quantity] | None = None,
    names: Mapping[tuple[str, str], frozenset[str]] | None = None,
) -> dict[str, Event]:
    """One-to-one greedy assignment of expected to extracted events with the same type and agents.

    Among compatible pairs, those that share evidence come first: an extracted event that
    carries the expected quantity, or lies in the sentence of the expected quantities' (or
    evidence) text; then pairs that agree on more attributes; then document order.
    """
    quantity_matches = quantity_matches or {}
    ranked: list[tuple[tuple[int, int, int, int, int], str, int]] = []
    for e_index, want in enumerate(expected.events):
        want_agents = _canonical_set(want.agents, expected, names)
        sentences = _evidence_sentences(extraction, expected, want)
        linked = [quantity_matches[q] for q in want.quantities if q in quantity_matches]
        for x_index, got in enumerate(extraction.events):
            if got.event_type != want.type or _canonical_set(event_agents(got), expected, names) != want_agents:
                continue
            carries = any(q in linked for q in got.quantities)
            agreement = sum(1 for ok in _attribute_checks(got, want, expected, names).values() if ok)
            rank = (-int(carries), -int(got.sentence in sentences), -agreement, e_index, x_index)
            ranked.append((rank, want.id, x_index))
    out: dict[str, Event] = {}
    taken: set[int] = set()
    for _rank, want_id, x_index in sorted(ranked):
        if want_id in out or x_index in taken:
            continue
        out[want_id] = extraction.events[x_index]
        taken.add(x_index)
    return out


def _evidence_sentences(extraction: Extraction, expected: Expected, want: ExpectedEvent) -> frozenset[int]:
    """Indexes of sentences that contain the texts of the event's quantities or its evidence."""
    by_id = {q.id: q for q in expected.quantities}
    texts = [by_id[q].text for q in want.quantities if q in by_id and by_id[q].text]
    if want.text:
        texts.append(want.text)
    return frozenset(s.index for s in extraction.sentences for t in texts if t in s.text)


def _attribute_checks(
    got: Event, want: ExpectedEvent, expected: Expected, names: Mapping[tuple[str, str], frozenset[str]] | None = None
) -> dict[str, bool]:
    """Right or wrong, for each attribute the annotation states."""
    checks: dict[str, bool] = {}
    if want.cited is not None:
        first = min(got.attributions, key=lambda a: a.position, default=None)
        checks["cited"] = first is not None and _canonical(first.cited.name, expected, names) == _canonical(
            want.cited, expected, names
        )
    if want.when is not None:
        d = got.date
        checks["date"] = d is not None and (d.date_from, d.date_to, d.precision) == (
            want.when.date_from,
            want.when.date_to,
            want.when.precision,
        )
    if want.status is not None:
        checks["status"] = got.status == want.status
    if want.where is not None:
        places = [p.name for p in (got.location, got.facility) if p is not None]
        places_ = ("location", "facility")
        checks["location"] = any(
            _canonical(p, expected, names, places_) == _canonical(want.where, expected, names, places_) for p in places
        )
    return checks


def _score_event_attributes(
    matches: Mapping[str, Event], expected: Expected, names: Mapping[tuple[str, str], frozenset[str]] | None = None
) -> tuple[Tally, Tally, Tally, Tally, tuple[str, ...]]:
    tallies = {name: Tally() for name in ("cited", "date", "status", "location")}
    wrong: list[str] = []
    for want in expected.events:
        got = matches.get(want.id)
        if got is None:
            continue
        for name, ok in _attribute_checks(got, want, expected, names).items():
            tallies[name] += Tally(int(ok), 1)
            if not ok:
                wrong.append(f"{want.id}: {name} {_describe_attribute(got, name)}")
    return tallies["cited"], tallies["date"], tallies["status"], tallies["location"], tuple(wrong)


def _describe_attribute(got: Event, name: str) -> str:
    if name == "cited":
        first = min(got.attributions, key=lambda a: a.position, default=None)
        return f"got {first.cited.name if first else None}"
    if name == "date":
        d = got.date
        return f"got {(d.date_from, d.date_to, d.precision) if d else None}"
    if name == "status":
        return f"got {got.status}"
    return f"got {[p.name for p in (got.location, got.facility) if p is not None]}"


# --- helpers


def _sum(tallies: Iterable[Tally]) -> Tally:
    out = Tally()
    for t in tallies:
        out += t
    return out


def _f1(recall: Tally, precision: Tally) -> float | None:
    r, p = recall.rate, precision.rate
    if r is None or p is None:
        return None
    return 0.0 if r + p == 0 else 2 * r * p / (r + p)


def _add_tables(a: Mapping[str, Tally], b: Mapping[str, Tally]) -> dict[str, Tally]:
    return {k: a.get(k, Tally()) + b.get(k, Tally()) for k in dict.fromkeys([*a, *b])}


def _tally_dict(tallies: Mapping[str, Tally]) -> dict[str, dict[str, Any]]:
    return {k: _one_tally(t) for k, t in tallies.items()}


def _one_tally(t: Tally) -> dict[str, Any]:
    return {"hits": t.hits, "total": t.total, "rate": t.rate}


def _fmt(v: float | None) -> str:
    return "   -  " if v is None else f"{v:6.3f}"


__all__ = [
    "Expected",
    "ExpectedDate",
    "ExpectedEntity",
    "ExpectedEvent",
    "ExpectedQuantity",
    "Score",
    "Tally",
    "event_agents",
    "load_expected",
    "match_events",
    "match_quantities",
    "normalize_name",
    "parse_expected",
    "quantity_matches",
    "score",
    "split_header",
    "total",
]
