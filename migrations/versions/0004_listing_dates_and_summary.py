"""dates on events for sorting and filtering, a change counter, and summary snapshots

At a million events the listings sorted and filtered by date, and the summary, must not
recompute over every row:

* ``events.sort_date`` (the event's start, else the article's date) and ``events.last_date``
  (its end; 9999-12-31 for "since" events that are still going on) are stored and indexed, so
  ``events --since D`` reads an index range and stops at the first page.  A trigger sets them
  from the event's dates and its source's date on every insert or date change, whoever writes;
* ``quantities`` get an index on ``lower(counted)`` for ``quantities --counted``;
* ``meta.data_version`` counts committed changes of stored facts or reference data; the summary
  is kept in ``summary_snapshots`` with the version it was computed at and recomputed when that
  is not the current one;
* ``v_event_rows`` is ``v_events`` plus the two dates (``v_events`` keeps its contract columns);
  ``v_role_spans`` and ``v_attribution_spans`` gain the actor's id, so that filters by actor
  compare constants the planner has statistics for.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

V_EVENT_ROWS = """
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
           e.evidence, e.confidence, e.sort_date, e.last_date
    from events e
    join sources s on s.id = e.source_id
    left join locations l on l.id = e.location_id
    left join facilities f on f.id = e.facility_id
"""

ROLE_SPANS = """
    select x.source_id, x.event_id, x.role, a.name as actor, x.char_start, x.char_end{extra}
    from event_actors x join actors a on a.id = x.actor_id
"""
ATTRIBUTION_SPANS = """
    select x.source_id, x.event_id, x.position, a.name as cited_source, x.cue, x.char_start, x.char_end, x.text{extra}
    from attributions x join actors a on a.id = x.cited_actor_id
"""

# 9999-12-31 rather than 'infinity': psycopg cannot return an infinite date to Python
SORT_DATE = "coalesce({e}.occurred_from, {published})"
LAST_DATE = ("coalesce({e}.occurred_to, case when {e}.date_precision = 'since' then date '9999-12-31' end,"
             " {e}.occurred_from, {published})")
PUBLISHED = "(select s.published_on from sources s where s.id = new.source_id)"

TRIGGER_FUNCTION = f"""
    create or replace function events_listing_dates() returns trigger language plpgsql as $$
    declare
        published date := {PUBLISHED};
    begin
        new.sort_date := {SORT_DATE.format(e="new", published="published")};
        new.last_date := {LAST_DATE.format(e="new", published="published")};
        return new;
    end $$
"""


def upgrade() -> None:
    op.add_column("events", sa.Column("sort_date", sa.Date(), nullable=True))
    op.add_column("events", sa.Column("last_date", sa.Date(), nullable=True))
    op.execute(f"update events e set sort_date = {SORT_DATE.format(e='e', published='s.published_on')},"
               f" last_date = {LAST_DATE.format(e='e', published='s.published_on')}"
               " from sources s where s.id = e.source_id")
    op.execute(TRIGGER_FUNCTION)
    op.execute("create trigger events_listing_dates before insert or update of occurred_from, occurred_to,"
               " date_precision, source_id, sort_date, last_date on events"
               " for each row execute function events_listing_dates()")
    op.create_index("ix_events_sort_date", "events", [sa.text("sort_date desc nulls last"), sa.text("id desc")])
    op.create_index("ix_events_last_date", "events", ["last_date"])
    op.create_index("ix_quantities_counted_lower", "quantities", [sa.text("lower(counted)")])
    op.create_table(
        "summary_snapshots",
        sa.Column("part", sa.String(64), nullable=False),
        sa.Column("data_version", sa.BigInteger(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("payload", pg.JSONB(), nullable=False),
        sa.PrimaryKeyConstraint("part", name=op.f("pk_summary_snapshots")),
    )
    op.execute("insert into meta (key, value) values ('data_version', '1') on conflict (key) do nothing")
    op.execute(f"create or replace view v_event_rows as {V_EVENT_ROWS}")
    op.execute("create or replace view v_role_spans as " + ROLE_SPANS.format(extra=", x.actor_id"))
    op.execute("create or replace view v_attribution_spans as "
               + ATTRIBUTION_SPANS.format(extra=", x.cited_actor_id"))


def downgrade() -> None:
    op.execute("drop view if exists v_event_rows")
    for name, sql in (("v_role_spans", ROLE_SPANS), ("v_attribution_spans", ATTRIBUTION_SPANS)):
        op.execute(f"drop view {name}")
        op.execute(f"create view {name} as " + sql.format(extra=""))
    op.execute("drop trigger if exists events_listing_dates on events")
    op.execute("drop function if exists events_listing_dates()")
    # meta.data_version stays: a key older revisions ignore, and rows are never lost by a downgrade
    op.drop_table("summary_snapshots")
    op.drop_index("ix_quantities_counted_lower", table_name="quantities")
    op.drop_index("ix_events_last_date", table_name="events")
    op.drop_index("ix_events_sort_date", table_name="events")
    op.drop_column("events", "last_date")
    op.drop_column("events", "sort_date")
