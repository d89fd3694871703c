"""Read-only access for reporting: a PostgreSQL role that sees the views, not the raw tables.

Views run with their owner's rights in PostgreSQL, so SELECT on the views alone lets a reader
query events, quantities and claims (with their evidence sentences) while `sources.body`, the
full article text, stays out of reach.  `grant_reader` is idempotent: run it again after
`eventdb db upgrade`, since a revision that drops and recreates a view drops its grants too.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

#: What a reader sees: the reporting views of DESIGN.md, whose columns hold facts and evidence
#: sentences but never a whole article.  Views that expose ``sources.body`` (``v_sources``) stay out.
READER_VIEWS = ("v_events", "v_quantities", "v_actors", "v_facilities", "v_locations", "v_claims", "v_timeline")


class AccessError(Exception):
    """The role cannot be made a reader (one-line message)."""


@dataclass(frozen=True)
class GrantReport:
    role: str
    schema: str
    views: tuple[str, ...]
    readable_tables: tuple[str, ...]  # other tables and views it can still read (through PUBLIC or membership)


def grant_reader(engine: Engine, role: str) -> GrantReport:
    """Give an existing role USAGE on the schema and SELECT on the reporting views, and nothing else of ours.

    (It may also read ``alembic_version``, the schema revision, so that `eventdb query` can run as it.)

    Privileges the role holds directly on other tables and views of the schema are revoked; privileges
    it gets through PUBLIC or through membership of another role cannot be revoked here and come back
    in ``readable_tables``.
    """
    if not role or "\x00" in role:
        raise AccessError("the role name is empty")
    with engine.begin() as conn:
        found = conn.execute(
            sa.text("select rolsuper from pg_roles where rolname = :r"), {"r": role}
        ).first()
        if found is None:
            raise AccessError(f"no role {role!r} on this server; create it first (create role ... login password ...)")
        if found.rolsuper:
            raise AccessError(f"role {role!r} is a superuser and can read everything; use a plain login role")
        owns = conn.scalar(sa.text("select pg_has_role(:r, tableowner, 'usage') from pg_tables"
                                   " where tablename = 'sources' and schemaname = current_schema()"), {"r": role})
        if owns:
            raise AccessError(f"role {role!r} owns the eventdb tables (or is a member of their owner); "
                              "use a separate role for reading")
        schema = conn.scalar(sa.text("select current_schema()"))
        database = conn.scalar(sa.text("select current_database()"))
        quote = conn.dialect.identifier_preparer.quote
        who, where = quote(role), quote(schema)
        relations = _relations(conn, schema)
        missing = sorted(set(READER_VIEWS) - set(relations))
        if missing:
            raise AccessError(f"views missing: {', '.join(missing)}; run `eventdb db upgrade` first")
        conn.execute(sa.text(f"grant connect on database {quote(database)} to {who}"))
        conn.execute(sa.text(f"grant usage on schema {where} to {who}"))
        conn.execute(sa.text(f"revoke all on all tables in schema {where} from {who}"))  # tables and views
        conn.execute(sa.text(f"revoke all on all sequences in schema {where} from {who}"))
        for view in READER_VIEWS:
            conn.execute(sa.text(f"grant select on table {where}.{quote(view)} to {who}"))
        # the schema revision only: eventdb checks it before `eventdb query` runs as this role
        conn.execute(sa.text(f"grant select on table {where}.alembic_version to {who}"))
        allowed = {*READER_VIEWS, "alembic_version"}
        readable = tuple(r for r in relations if r not in allowed and _can_read(conn, role, f"{where}.{quote(r)}"))
    return GrantReport(role=role, schema=schema, views=READER_VIEWS, readable_tables=readable)


def _can_read(conn: sa.Connection, role: str, table: str) -> bool:
    return bool(conn.scalar(sa.text("select has_table_privilege(:r, :t, 'select')"), {"r": role, "t": table}))


def _relations(conn: sa.Connection, schema: str) -> tuple[str, ...]:
    """Tables and views of the schema, sorted."""
    rows = conn.execute(
        sa.text("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                " where n.nspname = :s and c.relkind in ('r', 'v', 'm', 'p', 'f') order by c.relname"),
        {"s": schema},
    )
    return tuple(r[0] for r in rows)
