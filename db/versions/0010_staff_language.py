"""Each person's language for the till's interface ("" for the store's default): chosen at
sign-in in a store that offers Welsh, and kept.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('staff', sa.Column('language', sa.String(length=8), nullable=False,
                                     server_default=''))


def downgrade() -> None:
    op.drop_column('staff', 'language')
