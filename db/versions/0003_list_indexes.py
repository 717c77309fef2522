"""The complaint list filtered by procedure model: counted from an index, newest first.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index('ix_complaints_model_id_saved_at', ['model_id', 'saved_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_model_id_saved_at')
