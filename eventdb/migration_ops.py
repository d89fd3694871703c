"""Operations the schema revisions share (``migrations/versions``): the check constraint on quantity units."""

from __future__ import annotations

from alembic import op

UNIT_CHECK = "ck_quantities_unit_known"


def set_unit_check(pattern: str) -> None:
    """Make ``pattern`` (a PostgreSQL regular expression) the units the quantities table accepts."""
    op.drop_constraint(op.f(UNIT_CHECK), "quantities", type_="check")
    op.create_check_constraint(op.f(UNIT_CHECK), "quantities", f"unit ~ '{pattern}'")


def narrow_unit_check(pattern: str) -> None:
    """Go back to the units of ``pattern``: the quantities in others go first (``eventdb reextract`` brings them back
    after an upgrade), then the check is set."""
    op.execute(f"delete from quantities where unit !~ '{pattern}'")
    set_unit_check(pattern)
