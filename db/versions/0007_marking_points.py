"""The record's missing marking points (seeds, DOMAIN.md): whether the customer was angry
or challenging and what was done to calm things, further help offered, the staff member's
reflection; and which follow-up contacts were updates given while the complaint waited.

Columns are added in place (ALTER TABLE ADD COLUMN): a batch rebuild of `complaints` would
drop its full-text, daily-figures and outbox triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

COMPLAINT_COLUMNS = (
    sa.Column('customer_challenging', sa.Boolean(), nullable=True),
    sa.Column('de_escalation', sa.String(length=200), nullable=False, server_default=''),
    sa.Column('de_escalation_words', sa.Text(), nullable=False, server_default=''),
    sa.Column('further_assistance_offered', sa.Boolean(), nullable=False,
              server_default=sa.false()),
    sa.Column('reflection_went_well', sa.Text(), nullable=False, server_default=''),
    sa.Column('reflection_differently', sa.Text(), nullable=False, server_default=''),
)


def upgrade() -> None:
    for column in COMPLAINT_COLUMNS:
        op.add_column('complaints', column)
    op.add_column('follow_ups', sa.Column('kind', sa.String(length=16), nullable=False,
                                          server_default='contact'))


def downgrade() -> None:
    op.drop_column('follow_ups', 'kind')
    for column in reversed(COMPLAINT_COLUMNS):
        op.drop_column('complaints', column.name)
