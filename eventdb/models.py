"""SQLAlchemy models: the tables of DESIGN.md.

Fact tables (sources' children) carry ``source_id`` in every primary, unique and foreign key
between them, so the schema can be distributed by ``source_id`` (Citus) with the entity
tables and ``event_types`` as reference tables.  Views live in the migrations.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from eventdb.extract.model import (  # noqa: F401  (the vocabularies the CHECK constraints use)
    ACTOR_KINDS,
    DATE_PRECISIONS,
    LANGUAGES,
    LOCATION_KINDS,
    QUALIFIERS,
    STATUSES,
    UNIT_PATTERN,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SOURCE_DATE_PRECISIONS = ("day", "month", "year", "unknown")
ROLES = ("agent", "partner", "target", "recipient", "location")
ALIAS_TYPES = ("name", "adjective", "demonym", "metonym", "inflected")
#: a counted object's head noun, its last word ("ballistic missile" -> "missile"), as indexed (migration 0008)
COUNTED_HEAD = "regexp_replace(lower(counted), '^.* ', '')"
MENTION_VIA = ("name", "alias", "adjective", "demonym", "metonym", "candidate")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in (" + ", ".join(f"'{v}'" for v in values) + ")"


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    __tablename__ = "sources"
    __table_args__ = (
        sa.CheckConstraint("length(sha256) = 64", name="sha256_hex"),
        sa.CheckConstraint("length(body) > 0", name="body_not_empty"),
        sa.CheckConstraint(_in("language", LANGUAGES), name="language_known"),
        sa.CheckConstraint(_in("date_precision", SOURCE_DATE_PRECISIONS), name="date_precision_known"),
        sa.Index("ix_sources_published_on", "published_on"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    title: Mapped[str | None] = mapped_column(sa.Text)
    url: Mapped[str | None] = mapped_column(sa.Text)
    publisher: Mapped[str | None] = mapped_column(sa.Text)
    language: Mapped[str] = mapped_column(sa.String(8))
    published_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    date_precision: Mapped[str] = mapped_column(sa.String(16), server_default="unknown")
    body: Mapped[str] = mapped_column(sa.Text)
    origin: Mapped[str | None] = mapped_column(sa.Text)
    loaded_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    extractor_version: Mapped[str | None] = mapped_column(sa.String(32))
    extracted_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Meta(Base):
    """Small key/value facts about the database itself (e.g. the digest of synced reference data)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class SummarySnapshot(Base):
    """One part of ``eventdb summary`` as computed at ``meta.data_version`` = ``data_version``."""

    __tablename__ = "summary_snapshots"

    part: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    data_version: Mapped[int] = mapped_column(sa.BigInteger)
    built_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    payload: Mapped[Any] = mapped_column(pg.JSONB)


class EventType(Base):
    __tablename__ = "event_types"

    code: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    label: Mapped[str] = mapped_column(sa.Text)
    description: Mapped[str | None] = mapped_column(sa.Text)
    plover_event: Mapped[str | None] = mapped_column(sa.String(32))
    plover_mode: Mapped[str | None] = mapped_column(sa.String(64))
    plover_context: Mapped[list[str] | None] = mapped_column(pg.ARRAY(sa.Text))
    cameo: Mapped[str | None] = mapped_column(sa.String(8))


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (sa.CheckConstraint(_in("kind", ACTOR_KINDS), name="kind_known"),)

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(sa.Text, unique=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    country: Mapped[str | None] = mapped_column(sa.Text)
    wikidata: Mapped[str | None] = mapped_column(sa.String(32))
    is_candidate: Mapped[bool] = mapped_column(sa.Boolean, server_default=sa.false())


class Location(Base):
    __tablename__ = "locations"
    __table_args__ = (sa.CheckConstraint(_in("kind", LOCATION_KINDS), name="kind_known"),)

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(sa.Text, unique=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    country: Mapped[str | None] = mapped_column(sa.Text)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("locations.id", ondelete="SET NULL"))
    wikidata: Mapped[str | None] = mapped_column(sa.String(32))


class Facility(Base):
    __tablename__ = "facilities"

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(sa.Text, unique=True)
    kind: Mapped[str] = mapped_column(sa.String(48))
    location_id: Mapped[int | None] = mapped_column(sa.ForeignKey("locations.id", ondelete="SET NULL"))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("actors.id", ondelete="SET NULL"))
    country: Mapped[str | None] = mapped_column(sa.Text)
    wikidata: Mapped[str | None] = mapped_column(sa.String(32))
    is_candidate: Mapped[bool] = mapped_column(sa.Boolean, server_default=sa.false())  # found in text (0006)


class AliasRow(Base):
    __tablename__ = "aliases"
    __table_args__ = (
        sa.CheckConstraint("num_nonnulls(actor_id, facility_id, location_id) = 1", name="one_entity"),
        sa.CheckConstraint(_in("alias_type", ALIAS_TYPES), name="alias_type_known"),
        sa.CheckConstraint("length(key) > 0", name="key_not_empty"),
        sa.UniqueConstraint(
            "actor_id", "facility_id", "location_id", "alias", "language", "alias_type",
            postgresql_nulls_not_distinct=True,
        ),
        sa.Index("ix_aliases_key", "key"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    facility_id: Mapped[int | None] = mapped_column(sa.ForeignKey("facilities.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[int | None] = mapped_column(sa.ForeignKey("locations.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(sa.Text)
    language: Mapped[str] = mapped_column(sa.String(8))
    alias_type: Mapped[str] = mapped_column(sa.String(16), server_default="name")
    key: Mapped[str] = mapped_column(sa.Text)


def _span_checks(prefix: str = "") -> tuple[sa.CheckConstraint, ...]:
    return (
        sa.CheckConstraint("char_start >= 0", name="char_start_nonnegative"),
        sa.CheckConstraint("char_start < char_end", name="span_not_empty"),
    )


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        *_span_checks(),
        sa.CheckConstraint(_in("status", STATUSES), name="status_known"),
        sa.CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision_known"),
        sa.CheckConstraint("occurred_from is null or occurred_to is null or occurred_from <= occurred_to",
                           name="dates_ordered"),
        sa.CheckConstraint("confidence >= 0 and confidence <= 1", name="confidence_unit"),
        sa.UniqueConstraint("source_id", "ordinal"),
        sa.Index("ix_events_event_type_occurred_from", "event_type", "occurred_from"),
        sa.Index("ix_events_occurred_from", "occurred_from", postgresql_where=sa.text("occurred_from is not null")),
        sa.Index("ix_events_location_id", "location_id", postgresql_where=sa.text("location_id is not null")),
        sa.Index("ix_events_facility_id", "facility_id", postgresql_where=sa.text("facility_id is not null")),
        sa.Index("ix_events_sort_date", sa.text("sort_date desc nulls last"), sa.text("id desc")),  # newest first
        sa.Index("ix_events_last_date", "last_date"),
    )

    source_id: Mapped[int] = mapped_column(sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    ordinal: Mapped[int] = mapped_column(sa.Integer)
    event_type: Mapped[str] = mapped_column(sa.ForeignKey("event_types.code"))
    status: Mapped[str] = mapped_column(sa.String(16))
    negated: Mapped[bool] = mapped_column(sa.Boolean, server_default=sa.false())
    occurred_from: Mapped[dt.date | None] = mapped_column(sa.Date)
    occurred_to: Mapped[dt.date | None] = mapped_column(sa.Date)
    date_precision: Mapped[str] = mapped_column(sa.String(16), server_default="unknown")
    location_id: Mapped[int | None] = mapped_column(sa.ForeignKey("locations.id"))
    facility_id: Mapped[int | None] = mapped_column(sa.ForeignKey("facilities.id"))
    confidence: Mapped[Decimal] = mapped_column(sa.Numeric(4, 3))
    trigger: Mapped[str] = mapped_column(sa.Text)
    trigger_start: Mapped[int] = mapped_column(sa.Integer)
    trigger_end: Mapped[int] = mapped_column(sa.Integer)
    sentence_index: Mapped[int] = mapped_column(sa.Integer)
    char_start: Mapped[int] = mapped_column(sa.Integer)
    char_end: Mapped[int] = mapped_column(sa.Integer)
    evidence: Mapped[str] = mapped_column(sa.Text)
    sentence_start: Mapped[int | None] = mapped_column(sa.Integer)
    sentence_end: Mapped[int | None] = mapped_column(sa.Integer)
    # for listings: the start (else the article's date) and the end ("infinity" while a "since" runs)
    sort_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    last_date: Mapped[dt.date | None] = mapped_column(sa.Date)


class EventActor(Base):
    __tablename__ = "event_actors"
    __table_args__ = (
        sa.CheckConstraint(_in("role", ROLES), name="role_known"),
        sa.ForeignKeyConstraint(["source_id", "event_id"], ["events.source_id", "events.id"], ondelete="CASCADE"),
        sa.Index("ix_event_actors_actor_id_role", "actor_id", "role"),
    )

    source_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    actor_id: Mapped[int] = mapped_column(sa.ForeignKey("actors.id"), primary_key=True)
    role: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    char_start: Mapped[int | None] = mapped_column(sa.Integer)
    char_end: Mapped[int | None] = mapped_column(sa.Integer)


class QuantityRow(Base):
    __tablename__ = "quantities"
    __table_args__ = (
        *_span_checks(),
        sa.CheckConstraint("low is null or high is null or low <= high", name="low_le_high"),
        sa.CheckConstraint("value is not null or low is not null or high is not null", name="has_number"),
        sa.CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier_known"),
        sa.CheckConstraint(f"unit ~ '{UNIT_PATTERN}'", name="unit_known"),
        sa.UniqueConstraint("source_id", "ordinal"),
        sa.ForeignKeyConstraint(["source_id", "event_id"], ["events.source_id", "events.id"], ondelete="CASCADE"),
        sa.Index("ix_quantities_counted", "counted"),
        sa.Index("ix_quantities_counted_lower", sa.text("lower(counted)")),
        sa.Index("ix_quantities_counted_head", sa.text(COUNTED_HEAD)),
        sa.Index("ix_quantities_actor_id", "actor_id", postgresql_where=sa.text("actor_id is not null")),
    )

    source_id: Mapped[int] = mapped_column(sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    ordinal: Mapped[int] = mapped_column(sa.Integer)
    event_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    value: Mapped[Decimal | None] = mapped_column(sa.Numeric)
    low: Mapped[Decimal | None] = mapped_column(sa.Numeric)
    high: Mapped[Decimal | None] = mapped_column(sa.Numeric)
    unit: Mapped[str] = mapped_column(sa.String(32))
    qualifier: Mapped[str] = mapped_column(sa.String(16))
    counted: Mapped[str | None] = mapped_column(sa.Text)
    counted_lemma: Mapped[str | None] = mapped_column(sa.Text)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("actors.id"))
    char_start: Mapped[int] = mapped_column(sa.Integer)
    char_end: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str] = mapped_column(sa.Text)
    sentence_start: Mapped[int] = mapped_column(sa.Integer)
    sentence_end: Mapped[int] = mapped_column(sa.Integer)


class AttributionRow(Base):
    __tablename__ = "attributions"
    __table_args__ = (
        *_span_checks(),
        sa.CheckConstraint("position >= 1", name="position_positive"),
        sa.UniqueConstraint("source_id", "event_id", "position"),
        sa.ForeignKeyConstraint(["source_id", "event_id"], ["events.source_id", "events.id"], ondelete="CASCADE"),
        sa.Index("ix_attributions_cited_actor_id", "cited_actor_id"),
    )

    source_id: Mapped[int] = mapped_column(sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    event_id: Mapped[int] = mapped_column(sa.BigInteger)
    cited_actor_id: Mapped[int] = mapped_column(sa.ForeignKey("actors.id"))
    position: Mapped[int] = mapped_column(sa.Integer)
    cue: Mapped[str] = mapped_column(sa.Text)
    char_start: Mapped[int] = mapped_column(sa.Integer)
    char_end: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str] = mapped_column(sa.Text)


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        *_span_checks(),
        sa.CheckConstraint("num_nonnulls(actor_id, facility_id, location_id) = 1", name="one_entity"),
        sa.CheckConstraint(_in("via", MENTION_VIA), name="via_known"),
        sa.UniqueConstraint(
            "source_id", "char_start", "char_end", "actor_id", "facility_id", "location_id",
            postgresql_nulls_not_distinct=True,
        ),
        sa.Index("ix_mentions_actor_id", "actor_id", postgresql_where=sa.text("actor_id is not null")),
        sa.Index("ix_mentions_facility_id", "facility_id", postgresql_where=sa.text("facility_id is not null")),
        sa.Index("ix_mentions_location_id", "location_id", postgresql_where=sa.text("location_id is not null")),
    )

    source_id: Mapped[int] = mapped_column(sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[int] = mapped_column(sa.BigInteger, sa.Identity(), primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("actors.id"))
    facility_id: Mapped[int | None] = mapped_column(sa.ForeignKey("facilities.id"))
    location_id: Mapped[int | None] = mapped_column(sa.ForeignKey("locations.id"))
    via: Mapped[str] = mapped_column(sa.String(16))
    sentence_index: Mapped[int] = mapped_column(sa.Integer)
    char_start: Mapped[int] = mapped_column(sa.Integer)
    char_end: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str] = mapped_column(sa.Text)
