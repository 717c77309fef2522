"""Head office's retention: each store's own retention years (sent in its bundles'
manifests) and head office's settings (its own years, when a store is silent). The
sweep anonymises a record once past the shorter of the store's years and head office's.

Revision ID: h0004
Revises: h0003
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = 'h0004'
down_revision = 'h0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ho_stores", sa.Column("complaint_years", sa.Integer(), nullable=True))
    op.add_column("ho_stores", sa.Column("incident_years", sa.Integer(), nullable=True))
    op.create_table("ho_settings",
                    sa.Column("key", sa.Text(), primary_key=True),
                    sa.Column("value", JSONB(), nullable=False))
    op.execute("GRANT SELECT ON ho_settings TO ho_chain, ho_regional")


def downgrade() -> None:
    op.drop_table("ho_settings")
    op.drop_column("ho_stores", "incident_years")
    op.drop_column("ho_stores", "complaint_years")
