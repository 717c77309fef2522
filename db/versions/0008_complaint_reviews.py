"""Reviews: a supervisor's or manager's feedback on a complaint (what was good, one thing
to work on), which the staff member who took it acknowledges. A part of the complaint,
so, like every part, numbered for head office by outbox triggers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TABLE = "complaint_reviews"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('complaint_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('went_well', sa.Text(), nullable=False),
        sa.Column('work_on', sa.Text(), nullable=False),
        sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_complaint_reviews_complaint_id', TABLE, ['complaint_id'])
    # the same statement as 0006 makes for every other part (history: not imported from it)
    for verb, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        op.execute(
            f"CREATE TRIGGER outbox_{TABLE}_{verb} AFTER {verb.upper()} ON {TABLE} "
            f"WHEN EXISTS (SELECT 1 FROM complaints WHERE id = {row}.complaint_id) BEGIN "
            f"INSERT OR REPLACE INTO outbox (record_type, reference, op) "
            f"SELECT 'complaint', reference, 'upsert' FROM complaints "
            f"WHERE id = {row}.complaint_id; END")


def downgrade() -> None:
    for verb in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS outbox_{TABLE}_{verb}")
    op.drop_index('ix_complaint_reviews_complaint_id', table_name=TABLE)
    op.drop_table(TABLE)
