"""The customer's language (till revision 0009) at head office.

Revision ID: h0008
Revises: h0007
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = 'h0008'
down_revision = 'h0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ho_complaints", sa.Column("customer_language", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("ho_complaints", "customer_language")
