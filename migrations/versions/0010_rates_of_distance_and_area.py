"""rates of distance and area, counts per minute: kilometres, metres or hectares a day, a week, a month or a year;
persons, things or counts a minute

How fast a front moves or a field is cleared is given per a period ("saperzy oczyszczają dziennie od 2 do 3 ha",
"Rosjanie posuwają się o 5 km tygodniowo"); the unit pattern takes a distance or an area per day, week, month or
year (per hour a distance is a speed, km/h).  A gun's rate of fire is counted per minute ("do sześciu strzałów na
minutę").

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""
from __future__ import annotations

from eventdb.migration_ops import narrow_unit_check, set_unit_check

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_OLD = (
    "^((person|item|count|percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|km|m|mi|nmi|km2|m2|ha|l|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)
_NEW = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|l|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)


def upgrade() -> None:
    set_unit_check(_NEW)


def downgrade() -> None:
    # the older schema cannot hold these rates (narrow_unit_check drops them)
    narrow_unit_check(_OLD)
