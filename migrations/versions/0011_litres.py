"""litres: volumes in litres, litres per period, and prices per litre

Fuel is sold and rationed by the litre ("litr benzyny kosztuje 64 ruble", "stacje wydają najwyżej 20 litrów na
klienta", "ok. 40 mln litrów paliwa miesięcznie"); the unit pattern takes litres with a rate period, like tonnes and
barrels, and a currency per litre.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""
from __future__ import annotations

from eventdb.migration_ops import narrow_unit_check, set_unit_check

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_OLD = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|l|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|kWh|MWh))?)$"
)
_NEW = (
    "^((person|item|count)(/(minute|hour|day|week|month|year))?"
    "|(percent|t|kg|barrel|m3|l|kWh|MWh|GWh)(/(hour|day|week|month|year))?"
    "|(second|minute|hour|day|week|month|quarter|year)(/(hour|day|week|month|year))?"
    "|(km|m|km2|m2|ha)(/(day|week|month|year))?|mi|nmi|km/h|kW|MW|GW|kN"
    "|[A-Z]{3}(/(hour|day|week|month|year|item|person|t|kg|barrel|m2|m3|l|kWh|MWh))?)$"
)


def upgrade() -> None:
    set_unit_check(_NEW)


def downgrade() -> None:
    # the older schema cannot hold litres per period or prices per litre (narrow_unit_check drops them)
    narrow_unit_check(_OLD)
