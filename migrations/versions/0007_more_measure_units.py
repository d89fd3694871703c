"""more measure units: areas and volumes in metres, power and energy, prices per kilogram, m², m³ and kWh

Quantities may now be measured in m2 and m3 (with a rate: "50 mld m³ gazu rocznie" is m3/year), kW, MW, GW, kWh,
MWh and GWh, and a price may be per kg, m2, m3, kWh or MWh ("4,2 rubla za kWh" is RUB/kWh).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from __future__ import annotations

from eventdb.migration_ops import narrow_unit_check, set_unit_check

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_OLD = (
    "^((person|item|count|percent|t|kg|barrel)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?|km|m|mi|nmi|km2|ha|l|km/h"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|barrel))?)$"
)
_NEW = (
    "^((person|item|count|percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|km|m|mi|nmi|km2|m2|ha|l|km/h|kW|MW|GW"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)


def upgrade() -> None:
    set_unit_check(_NEW)


def downgrade() -> None:
    # the older schema cannot hold these units (narrow_unit_check drops them)
    narrow_unit_check(_OLD)
