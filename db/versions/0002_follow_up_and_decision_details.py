"""Follow-up contacts say when the next one is due; escalation decisions say what happens
next and when the staff member who escalated saw the outcome.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_due', sa.Date(), nullable=True))
    with op.batch_alter_table('escalation_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(length=16), nullable=False,
                                      server_default='referred'))
        batch_op.add_column(sa.Column('follow_up_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('seen_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('escalation_decisions', schema=None) as batch_op:
        batch_op.drop_column('seen_at')
        batch_op.drop_column('follow_up_due')
        batch_op.drop_column('outcome')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_column('next_due')
