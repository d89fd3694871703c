"""Summaries over the reporting views (never the raw tables, except plain row counts)."""

from __future__ import annotations

import pandas as pd

from eventdb.api import TABLES, Database, read_sql


def summary(db: Database) -> dict[str, pd.DataFrame]:
    """The parts of `eventdb summary`, each a DataFrame."""
    counts = pd.DataFrame(
        [(t, n) for t, n in _counts(db).items()], columns=["table", "rows"]
    )
    sources = read_sql(
        db,
        "select count(*) as sources, string_agg(distinct language, ', ') as languages,"
        " min(published_on) as first_published, max(published_on) as last_published from sources",
    )
    by_type = read_sql(
        db,
        "select event_type, count(*) as events,"
        " count(*) filter (where status = 'planned') as planned,"
        " count(*) filter (where status = 'ongoing') as ongoing,"
        " count(*) filter (where status = 'completed') as completed,"
        " count(*) filter (where status not in ('planned', 'ongoing', 'completed')) as other"
        " from v_events group by event_type order by events desc, event_type",
    )
    top_actors = read_sql(
        db,
        "select actor, sum(as_agent) as as_agent, sum(as_partner) as as_partner from ("
        " select unnest(agents) as actor, 1 as as_agent, 0 as as_partner from v_events"
        " union all select unnest(partners), 0, 1 from v_events) x"
        " group by actor order by sum(as_agent) + sum(as_partner) desc, actor limit 10",
    )
    cited = read_sql(
        db,
        "select cited_source, count(distinct event_id) as events from v_claims"
        " group by cited_source order by events desc, cited_source limit 10",
    )
    quantities = read_sql(
        db,
        "select counted, unit, max(coalesce(value, high)) as largest, count(*) as quantities from v_quantities"
        " group by counted, unit order by quantities desc, largest desc nulls last limit 12",
    )
    timeline = read_sql(
        db,
        "select to_char(month, 'YYYY-MM') as month, sum(events) as events,"
        " string_agg(event_type || ' ' || events, ', ' order by events desc) as types"
        " from v_timeline group by month order by month",
    )
    return {
        "sources": sources, "tables": counts, "events_by_type": by_type, "top_actors": top_actors,
        "cited_sources": cited, "quantities": quantities, "timeline": timeline,
    }


def _counts(db: Database) -> dict[str, int]:
    import sqlalchemy as sa

    with db.engine.connect() as conn:
        return {t: int(conn.scalar(sa.text(f"select count(*) from {t}"))) for t in TABLES}


def render_summary(parts: dict[str, pd.DataFrame]) -> str:
    from eventdb.cli.output import table

    titles = {
        "sources": "Sources", "tables": "Rows per table", "events_by_type": "Events by type and status",
        "top_actors": "Top actors (events as agent / partner)", "cited_sources": "Most cited sources",
        "quantities": "Quantities by counted object", "timeline": "Timeline (events by month)",
    }
    blocks = []
    for key, df in parts.items():
        blocks.append(f"{titles.get(key, key)}\n{table(df, max_width=70)}")
    return "\n\n".join(blocks)
