"""The facts the customer's rights and RIDDOR turn on, and the hint kept with the complaint.

Complaints: how the goods were bought (the 14-day cancellation right), the report date,
when the fault appeared, facts about the goods (a motor vehicle, perishable, second-hand,
installed by the store, a gift), the dates of a repair waited for; and the consumer-law
hint the Solve step showed, with its rules and the law table's version. Incidents: the
specified injuries, a member of the public taken to hospital, and the nation the store was
in when it was recorded (existing incidents take the store's).

Columns are added in place (ALTER TABLE ADD COLUMN): a batch rebuild of `complaints` would
drop its full-text and daily-figures triggers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

COMPLAINT_COLUMNS = (
    sa.Column('how_bought', sa.String(length=16), nullable=False, server_default=''),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('fault_appeared_on', sa.Date(), nullable=True),
    sa.Column('goods_facts', sa.String(length=200), nullable=False, server_default=''),
    sa.Column('installed_on', sa.Date(), nullable=True),
    sa.Column('repair_requested_on', sa.Date(), nullable=True),
    sa.Column('repair_returned_on', sa.Date(), nullable=True),
    sa.Column('legal_hint', sa.Text(), nullable=False, server_default=''),
    sa.Column('legal_rules', sa.Text(), nullable=False, server_default=''),
    sa.Column('law_table_version', sa.String(length=16), nullable=False, server_default=''),
)
INCIDENT_COLUMNS = (
    sa.Column('specified_injuries', sa.String(length=200), nullable=False, server_default=''),
    sa.Column('public_to_hospital', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column('jurisdiction', sa.String(length=20), nullable=False, server_default='england'),
)


def upgrade() -> None:
    for column in COMPLAINT_COLUMNS:
        op.add_column('complaints', column)
    for column in INCIDENT_COLUMNS:
        op.add_column('incidents', column)
    op.execute("UPDATE incidents SET jurisdiction = "
               "coalesce((SELECT jurisdiction FROM store LIMIT 1), 'england')")


def downgrade() -> None:
    for column in reversed(INCIDENT_COLUMNS):
        op.drop_column('incidents', column.name)
    for column in reversed(COMPLAINT_COLUMNS):
        op.drop_column('complaints', column.name)
