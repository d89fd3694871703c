"""reporting views of DESIGN.md: v_events, v_quantities, v_actors, v_facilities, v_locations, v_claims, v_timeline

Their columns are a contract (reports and `eventdb query --format json` use these names).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEWS: dict[str, str] = {
    "v_events": """
        select e.id as event_id, e.source_id, s.title as source_title, s.published_on,
               e.event_type, e.status, e.occurred_from, e.occurred_to, e.date_precision,
               l.name as location, f.name as facility,
               coalesce((select array_agg(a.name order by ea.char_start nulls last, a.name)
                         from event_actors ea join actors a on a.id = ea.actor_id
                         where ea.source_id = e.source_id and ea.event_id = e.id and ea.role = 'agent'),
                        '{}'::text[]) as agents,
               coalesce((select array_agg(a.name order by ea.char_start nulls last, a.name)
                         from event_actors ea join actors a on a.id = ea.actor_id
                         where ea.source_id = e.source_id and ea.event_id = e.id
                           and ea.role in ('partner', 'recipient', 'target')),
                        '{}'::text[]) as partners,
               coalesce((select array_agg(a.name order by at.position)
                         from attributions at join actors a on a.id = at.cited_actor_id
                         where at.source_id = e.source_id and at.event_id = e.id),
                        '{}'::text[]) as cited_sources,
               e.evidence, e.confidence
        from events e
        join sources s on s.id = e.source_id
        left join locations l on l.id = e.location_id
        left join facilities f on f.id = e.facility_id
    """,
    "v_quantities": """
        select q.id as quantity_id, q.source_id, q.event_id, e.event_type,
               q.value, q.low, q.high, q.unit, q.qualifier, q.counted, a.name as actor, q.text,
               substr(s.body, q.sentence_start + 1, q.sentence_end - q.sentence_start) as evidence
        from quantities q
        join sources s on s.id = q.source_id
        left join events e on e.source_id = q.source_id and e.id = q.event_id
        left join actors a on a.id = q.actor_id
    """,
    "v_actors": """
        select a.id as actor_id, a.name, a.kind, a.country,
               coalesce((select array_agg(distinct al.alias) from aliases al where al.actor_id = a.id),
                        '{}'::text[]) as aliases,
               a.is_candidate,
               (select count(*) from mentions m where m.actor_id = a.id) as mentions,
               (select count(distinct (ea.source_id, ea.event_id)) from event_actors ea where ea.actor_id = a.id)
                   as events,
               (select min(s.published_on) from mentions m join sources s on s.id = m.source_id
                 where m.actor_id = a.id) as first_seen,
               (select max(s.published_on) from mentions m join sources s on s.id = m.source_id
                 where m.actor_id = a.id) as last_seen
        from actors a
    """,
    "v_facilities": """
        select f.id as facility_id, f.name, f.kind, l.name as location, f.country,
               coalesce((select array_agg(distinct al.alias) from aliases al where al.facility_id = f.id),
                        '{}'::text[]) as aliases,
               (select count(*) from mentions m where m.facility_id = f.id) as mentions,
               (select count(*) from events e where e.facility_id = f.id) as events
        from facilities f
        left join locations l on l.id = f.location_id
    """,
    "v_locations": """
        select l.id as location_id, l.name, l.kind, l.country,
               coalesce((select array_agg(distinct al.alias) from aliases al where al.location_id = l.id),
                        '{}'::text[]) as aliases,
               (select count(*) from mentions m where m.location_id = l.id) as mentions,
               (select count(*) from events e where e.location_id = l.id) as events
        from locations l
    """,
    "v_claims": """
        select a.name as cited_source, at.event_id, e.event_type, at.cue, at.source_id,
               s.title as source_title, s.published_on
        from attributions at
        join actors a on a.id = at.cited_actor_id
        join events e on e.source_id = at.source_id and e.id = at.event_id
        join sources s on s.id = at.source_id
    """,
    "v_timeline": """
        select date_trunc('month', coalesce(e.occurred_from, s.published_on))::date as month,
               e.event_type, count(*) as events
        from events e
        join sources s on s.id = e.source_id
        where coalesce(e.occurred_from, s.published_on) is not null
        group by 1, 2
    """,
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"create or replace view {name} as {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"drop view if exists {name}")
