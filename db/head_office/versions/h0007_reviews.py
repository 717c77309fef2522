"""Reviews of complaints (till revision 0008) at head office: the feedback a supervisor or
manager left for the person who took the complaint, kept like every part, as JSONB.

Revision ID: h0007
Revises: h0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

revision = 'h0007'
down_revision = 'h0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ho_complaints", sa.Column("reviews", JSONB(none_as_null=True), nullable=True))


def downgrade() -> None:
    op.drop_column("ho_complaints", "reviews")
