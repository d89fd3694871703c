"""lighter writes of facts: partial indexes on nullable entity columns, listing dates from the writer

Two costs paid per fact row on every load, for nothing a query reads:

* A mention names one actor, facility or location, so two of its three entity columns are null;
  most events have no place, facility or date, and most quantities no owner.  B-tree indexes
  store nulls too, so every fact row paid index insertions that no query reads: lookups are by
  id (``mentions.location_id = 17``, and the foreign key checks of a deleted entity), which a
  partial index ``where ... is not null`` serves the same.  With these, loading an article
  inserts about 200 fewer index entries (two thirds of the mention indexes' entries), and the
  indexes are smaller.
* The ``events_listing_dates`` trigger of 0004 looked up the article's date for every inserted
  event.  An insert that brings ``sort_date`` and ``last_date`` (the store computes them as the
  trigger would) now skips it: the trigger's ``when`` clause is tested without calling the
  function.  Inserts without them, and every update of an event's dates, still go through it,
  so other writers keep getting them set; ``eventdb db check`` verifies them all.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (index, table, column): one index on one nullable column each
PARTIAL = (
    ("ix_mentions_actor_id", "mentions", "actor_id"),
    ("ix_mentions_facility_id", "mentions", "facility_id"),
    ("ix_mentions_location_id", "mentions", "location_id"),
    ("ix_events_location_id", "events", "location_id"),
    ("ix_events_facility_id", "events", "facility_id"),
    ("ix_events_occurred_from", "events", "occurred_from"),
    ("ix_quantities_actor_id", "quantities", "actor_id"),
)


DATE_COLUMNS = "occurred_from, occurred_to, date_precision, source_id, sort_date, last_date"


def upgrade() -> None:
    for name, table, column in PARTIAL:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column], postgresql_where=f"{column} is not null")
    op.execute("drop trigger events_listing_dates on events")
    op.execute("create trigger events_listing_dates before insert on events for each row"
               " when (new.sort_date is null or new.last_date is null) execute function events_listing_dates()")
    op.execute(f"create trigger events_listing_dates_update before update of {DATE_COLUMNS} on events"
               " for each row execute function events_listing_dates()")


def downgrade() -> None:
    op.execute("drop trigger events_listing_dates_update on events")
    op.execute("drop trigger events_listing_dates on events")
    op.execute(f"create trigger events_listing_dates before insert or update of {DATE_COLUMNS} on events"
               " for each row execute function events_listing_dates()")
    for name, table, column in PARTIAL:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column])
