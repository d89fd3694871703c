"""provenance views: sources with their text, and the character spans of every fact

Reports read views only; ``show``, the PLOVER export and the HTML report need article bodies
and offsets, which the contract views of 0002 leave out.  Events also get the offsets of their
sentence, so a later change of the sentence splitter cannot shift what ``show`` highlights.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VIEWS: dict[str, str] = {
    "v_sources": """
        select s.id as source_id, s.sha256, s.title, s.url, s.publisher, s.language, s.published_on,
               s.date_precision, s.origin, s.loaded_at, s.extractor_version, s.extracted_at, s.body
        from sources s
    """,
    "v_event_spans": """
        select e.id as event_id, e.source_id, e.ordinal, e.negated, e.trigger, e.trigger_start, e.trigger_end,
               e.sentence_index, e.sentence_start, e.sentence_end, e.char_start, e.char_end
        from events e
    """,
    "v_role_spans": """
        select x.source_id, x.event_id, x.role, a.name as actor, x.char_start, x.char_end
        from event_actors x join actors a on a.id = x.actor_id
    """,
    "v_attribution_spans": """
        select x.source_id, x.event_id, x.position, a.name as cited_source, x.cue, x.char_start, x.char_end, x.text
        from attributions x join actors a on a.id = x.cited_actor_id
    """,
    "v_quantity_spans": """
        select x.id as quantity_id, x.source_id, x.event_id, x.value, x.low, x.high, x.unit, x.qualifier, x.counted,
               x.char_start, x.char_end, x.text, x.sentence_start, x.sentence_end
        from quantities x
    """,
    "v_mentions": """
        select m.id as mention_id, m.source_id, m.sentence_index, m.char_start, m.char_end, m.text, m.via,
               case when m.actor_id is not null then 'actor' when m.facility_id is not null then 'facility'
                    else 'location' end as entity,
               coalesce(a.name, f.name, l.name) as name
        from mentions m
        left join actors a on a.id = m.actor_id
        left join facilities f on f.id = m.facility_id
        left join locations l on l.id = m.location_id
    """,
}


def upgrade() -> None:
    op.add_column("events", sa.Column("sentence_start", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("sentence_end", sa.Integer(), nullable=True))
    for name, sql in VIEWS.items():
        op.execute(f"create or replace view {name} as {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"drop view if exists {name}")
    op.drop_column("events", "sentence_end")
    op.drop_column("events", "sentence_start")
