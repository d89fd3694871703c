"""thrust: quantities may be measured in kilonewtons

A rocket engine's thrust is reported in kN ("silnik o ciągu 1971 kN"); the unit pattern takes it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""
from __future__ import annotations

from eventdb.migration_ops import narrow_unit_check, set_unit_check

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_OLD = (
    "^((person|item|count|percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|km|m|mi|nmi|km2|m2|ha|l|km/h|kW|MW|GW"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)
_NEW = (
    "^((person|item|count|percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|km|m|mi|nmi|km2|m2|ha|l|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)


def upgrade() -> None:
    set_unit_check(_NEW)


def downgrade() -> None:
    # the older schema cannot hold thrust (narrow_unit_check drops them)
    narrow_unit_check(_OLD)
