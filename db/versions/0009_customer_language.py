"""The customer's language (English, or Welsh in a store in Wales): their copy and receipt
are printed in it. Added in place, as 0007 did (a rebuild would drop the triggers).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('complaints', sa.Column('customer_language', sa.String(length=8),
                                          nullable=False, server_default=''))


def downgrade() -> None:
    op.drop_column('complaints', 'customer_language')
