"""percentage points: a change of a percent measured in points

A rate, a share or a poll moves by percentage points ("podniósł stopę o 2 pkt proc.", "o 1,5 punktu procentowego",
"by 3 percentage points"); a point is not a percent of the thing nor an item counted, so the unit pattern takes
``pp``.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""
from __future__ import annotations

from eventdb.migration_ops import narrow_unit_check, set_unit_check

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_OLD = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|l|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|l|kWh|MWh))?)$"
)
_NEW = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|l|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|km/h|kW|MW|GW|kN|pp"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|l|kWh|MWh))?)$"
)


def upgrade() -> None:
    set_unit_check(_NEW)


def downgrade() -> None:
    # the older schema has no percentage points (narrow_unit_check drops them)
    narrow_unit_check(_OLD)
