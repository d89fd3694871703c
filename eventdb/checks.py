"""Consistency checks of a loaded database, in SQL: what `eventdb db check` runs.

The schema's constraints already refuse most bad rows; these checks look for what constraints
cannot express (a span that does not slice back to its text, a chain of attributions with a gap)
and for what a damaged or hand-edited database may still hold (facts of a missing source, links
to missing entities).  Each check is one query that counts the offending rows; all of them run
in one read-only snapshot, so a load running at the same time never shows up as a half-written
document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine


@dataclass(frozen=True)
class Check:
    name: str
    problem: str  # what one offending row is, for "<count> <problem>"
    sql: str  # select count(*) of the offending rows


@dataclass(frozen=True)
class CheckResult:
    check: Check
    count: int

    @property
    def ok(self) -> bool:
        return self.count == 0

    @property
    def line(self) -> str:
        return f"{self.check.name}: {self.count} {self.check.problem}"


def _span_check(table: str, start: str, end: str, text: str, label: str) -> Check:
    """Rows whose span lies outside the body or does not slice back to the stored text."""
    return Check(
        name=f"{label}_spans",
        problem=f"{label} whose span ({start}, {end}) is outside the body or does not give back {text}",
        sql=(
            f"select count(*) from {table} f join sources s on s.id = f.source_id"
            f" where f.{start} < 0 or f.{end} > length(s.body) or f.{start} >= f.{end}"
            f" or substr(s.body, f.{start} + 1, f.{end} - f.{start}) is distinct from f.{text}"
        ),
    )


def _orphan_check(table: str, label: str) -> Check:
    return Check(
        name=f"orphan_{label}",
        problem=f"{label} whose source does not exist",
        sql=f"select count(*) from {table} f where not exists (select 1 from sources s where s.id = f.source_id)",
    )


def _missing_link(table: str, column: str, target: str, label: str, key: str = "id") -> Check:
    return Check(
        name=f"{label}_{column}",
        problem=f"{label} whose {column} points to a missing row of {target}",
        sql=(
            f"select count(*) from {table} f where f.{column} is not null"
            f" and not exists (select 1 from {target} t where t.{key} = f.{column})"
        ),
    )


def _missing_event(table: str, label: str) -> Check:
    return Check(
        name=f"{label}_missing_event",
        problem=f"{label} whose event does not exist in the same source",
        sql=(
            f"select count(*) from {table} f where f.event_id is not null and not exists"
            " (select 1 from events e where e.source_id = f.source_id and e.id = f.event_id)"
        ),
    )


def _numbered_without_gaps(table: str, label: str) -> Check:
    """Ordinals 0..n-1 per source: a document written in part would leave a gap or a short tail."""
    return Check(
        name=f"{label}_ordinal_gaps",
        problem=f"sources whose {label} are not numbered 0..n-1 (written in part?)",
        sql=(
            f"select count(*) from (select source_id from {table} group by source_id"
            " having min(ordinal) <> 0 or max(ordinal) <> count(*) - 1 or count(distinct ordinal) <> count(*)) g"
        ),
    )


CHECKS: tuple[Check, ...] = (
    Check(
        name="source_hashes",
        problem="sources whose sha256 is not the hash of their body (body changed after loading?)",
        sql="select count(*) from sources where sha256 <> encode(sha256(convert_to(body, 'UTF8')), 'hex')",
    ),
    *(_orphan_check(t, t) for t in ("events", "event_actors", "quantities", "attributions", "mentions")),
    _span_check("mentions", "char_start", "char_end", "text", "mentions"),
    _span_check("quantities", "char_start", "char_end", "text", "quantities"),
    _span_check("attributions", "char_start", "char_end", "text", "attributions"),
    _span_check("events", "char_start", "char_end", "evidence", "events"),
    _span_check("events", "trigger_start", "trigger_end", "trigger", "event_triggers"),
    Check(
        name="quantity_sentences",
        problem="quantities whose sentence span is outside the body or does not contain the quantity",
        sql=(
            "select count(*) from quantities q join sources s on s.id = q.source_id"
            " where q.sentence_start < 0 or q.sentence_end > length(s.body)"
            " or q.sentence_start > q.char_start or q.sentence_end < q.char_end"
        ),
    ),
    Check(
        name="event_sentences",
        problem="events whose sentence span is outside the body or does not contain the evidence",
        sql=(
            "select count(*) from events e join sources s on s.id = e.source_id"
            " where e.sentence_start is not null and (e.sentence_start < 0 or e.sentence_end > length(s.body)"
            " or e.sentence_start > e.char_start or e.sentence_end < e.char_end)"
        ),
    ),
    Check(
        name="role_spans",
        problem="event roles whose span is outside the body",
        sql=(
            "select count(*) from event_actors ea join sources s on s.id = ea.source_id"
            " where ea.char_start is not null and (ea.char_start < 0 or ea.char_end is null"
            " or ea.char_end > length(s.body) or ea.char_start >= ea.char_end)"
        ),
    ),
    _missing_event("event_actors", "event_roles"),
    _missing_event("attributions", "attributions"),
    _missing_event("quantities", "quantities"),
    _missing_link("event_actors", "actor_id", "actors", "event_roles"),
    _missing_link("attributions", "cited_actor_id", "actors", "attributions"),
    _missing_link("quantities", "actor_id", "actors", "quantities"),
    _missing_link("mentions", "actor_id", "actors", "mentions"),
    _missing_link("mentions", "facility_id", "facilities", "mentions"),
    _missing_link("mentions", "location_id", "locations", "mentions"),
    _missing_link("events", "location_id", "locations", "events"),
    _missing_link("events", "facility_id", "facilities", "events"),
    _missing_link("events", "event_type", "event_types", "events", key="code"),
    Check(
        name="event_listing_dates",
        problem="events whose sort_date/last_date disagree with their dates and the article's date",
        sql=(
            "select count(*) from events e join sources s on s.id = e.source_id"
            " where e.sort_date is distinct from coalesce(e.occurred_from, s.published_on)"
            " or e.last_date is distinct from coalesce(e.occurred_to, case when e.date_precision = 'since'"
            " then date '9999-12-31' end, e.occurred_from, s.published_on)"
        ),
    ),
    Check(
        name="mentions_entity",
        problem="mentions that do not name exactly one actor, facility or location",
        sql="select count(*) from mentions where num_nonnulls(actor_id, facility_id, location_id) <> 1",
    ),
    Check(
        name="quantity_ranges",
        problem="quantities with low > high",
        sql="select count(*) from quantities where low is not null and high is not null and low > high",
    ),
    Check(
        name="quantity_numbers",
        problem="quantities without any number (value, low and high all empty)",
        sql="select count(*) from quantities where value is null and low is null and high is null",
    ),
    Check(
        name="event_dates",
        problem="events whose occurred_from is after occurred_to",
        sql="select count(*) from events where occurred_from > occurred_to",
    ),
    Check(
        name="attribution_positions",
        problem="events whose attribution chain is not numbered 1..n",
        sql=(
            "select count(*) from (select source_id, event_id from attributions group by source_id, event_id"
            " having min(position) <> 1 or max(position) <> count(*) or count(distinct position) <> count(*)) g"
        ),
    ),
    _numbered_without_gaps("events", "events"),
    _numbered_without_gaps("quantities", "quantities"),
    Check(
        name="aliases_entity",
        problem="aliases without exactly one existing actor, facility or location",
        sql=(
            "select count(*) from aliases al where num_nonnulls(al.actor_id, al.facility_id, al.location_id) <> 1"
            " or (al.actor_id is not null and not exists (select 1 from actors a where a.id = al.actor_id))"
            " or (al.facility_id is not null and not exists (select 1 from facilities f where f.id = al.facility_id))"
            " or (al.location_id is not null and not exists (select 1 from locations l where l.id = al.location_id))"
        ),
    ),
    Check(
        name="extracted_sources",
        problem="sources with facts but no extractor_version",
        sql=(
            "select count(*) from sources s where s.extractor_version is null and"
            " (exists (select 1 from events e where e.source_id = s.id)"
            " or exists (select 1 from mentions m where m.source_id = s.id)"
            " or exists (select 1 from quantities q where q.source_id = s.id))"
        ),
    ),
)


def run_checks(bind: Engine | Connection, checks: Sequence[Check] = CHECKS) -> list[CheckResult]:
    """Run every check in one REPEATABLE READ, READ ONLY transaction (one snapshot, no writes).

    Given a connection instead of an engine, the checks run in that connection's transaction as it is.
    """
    if isinstance(bind, Connection):
        return [_run(bind, check) for check in checks]
    with bind.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        conn.execute(sa.text("set transaction read only"))
        try:
            return [_run(conn, check) for check in checks]
        finally:
            conn.rollback()


def _run(conn: Connection, check: Check) -> CheckResult:
    return CheckResult(check, int(conn.scalar(sa.text(check.sql)) or 0))


def problems(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.ok]
