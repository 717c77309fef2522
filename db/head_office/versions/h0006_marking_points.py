"""The complaint record's marking-point fields (till revision 0007) at head office: whether
the customer was challenging and what calmed things, further help offered, and the staff
member's reflection. Follow-up kinds live in the follow_ups JSONB part, as sent.

Revision ID: h0006
Revises: h0005
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY

revision = 'h0006'
down_revision = 'h0005'
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("customer_challenging", sa.Boolean(), nullable=True),
    sa.Column("de_escalation", ARRAY(sa.Text()), nullable=True),
    sa.Column("de_escalation_words", sa.Text(), nullable=True),
    sa.Column("further_assistance_offered", sa.Boolean(), nullable=True),
    sa.Column("reflection_went_well", sa.Text(), nullable=True),
    sa.Column("reflection_differently", sa.Text(), nullable=True),
)


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("ho_complaints", column)


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_column("ho_complaints", column.name)
