"""Indexes for head office's own questions: BRIN on the time columns (records arrive
roughly in time order, so a block range index is small and cuts a period's scan), and
partial indexes for the few rows two questions look for: follow-ups still open (overdue
follow-ups), and records still holding personal details (the retention sweep).

Revision ID: h0005
Revises: h0004
Create Date: 2026-12-01
"""
from alembic import op

revision = 'h0005'
down_revision = 'h0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_ho_complaints_saved_brin ON ho_complaints "
               "USING brin (saved_at)")
    op.execute("CREATE INDEX ix_ho_incidents_occurred_brin ON ho_incidents "
               "USING brin (occurred_at)")
    op.execute("CREATE INDEX ix_ho_complaints_follow_up_open ON ho_complaints "
               "(store_code, follow_up_due) WHERE follow_up_needed "
               "AND status IN ('open', 'awaiting_follow_up', 'escalated')")
    op.execute("CREATE INDEX ix_ho_complaints_to_anonymise ON ho_complaints (closed_at) "
               "WHERE anonymised_at IS NULL AND NOT erased")
    op.execute("CREATE INDEX ix_ho_incidents_to_anonymise ON ho_incidents (occurred_at) "
               "WHERE anonymised_at IS NULL AND NOT erased")


def downgrade() -> None:
    for name in ("ix_ho_incidents_to_anonymise", "ix_ho_complaints_to_anonymise",
                 "ix_ho_complaints_follow_up_open", "ix_ho_incidents_occurred_brin",
                 "ix_ho_complaints_saved_brin"):
        op.execute(f"DROP INDEX {name}")
