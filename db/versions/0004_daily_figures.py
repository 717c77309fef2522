"""The dashboard's and the period summary's figures kept per day, by triggers.

Counting a year of a million complaints from the complaints table is a GROUP BY that sorts
a million rows (about two seconds on the till). `complaint_day_figures` holds, per day
saved and per category, channel, status and root cause, the sums the figures are made of;
three triggers keep it equal to the complaints table on every insert, change and
deletion, whatever writes them (the program, an import, the retention sweep). A year is
then a few hundred thousand summary rows at most. The period's overdue follow-ups depend
on today, so they are counted from the complaints through a partial index of the open ones,
and the improvement suggestions through a partial index of the complaints that have one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

KEY = ("category", "channel", "status", "root_cause")


def _contributions(row: str) -> dict[str, str]:
    """What one complaint (`new` or `old`) adds to its day's group."""
    closed = f"{row}.status = 'closed'"
    return {
        "logged": "1",
        "first_contact": (f"({closed} AND {row}.customer_agrees = 1 AND "
                          f"{row}.escalated_at IS NULL AND {row}.follow_up_needed = 0)"),
        "closed_timed": f"({closed} AND {row}.closed_at IS NOT NULL)",
        "days_to_close": (f"(CASE WHEN {closed} AND {row}.closed_at IS NOT NULL THEN "
                          f"julianday({row}.closed_at) - julianday({row}.opened_at) "
                          "ELSE 0.0 END)"),
        "handling_minutes": (f"max(0.0, (julianday({row}.saved_at) - "
                             f"julianday({row}.opened_at)) * 1440.0)"),
        "scores": f"(coalesce({row}.satisfaction, 0) != 0)",
        "score_total": f"coalesce({row}.satisfaction, 0)",
        "escalated": f"({row}.escalated_at IS NOT NULL)",
    }


SUMS = tuple(_contributions("new"))


def _add(row: str, sign: str) -> str:
    """An upsert adding (sign '+') or taking away (sign '-') one complaint's part."""
    values = [f"substr({row}.saved_at, 1, 10)", *(f"{row}.{k}" for k in KEY),
              *(f"{sign}{expression}" for expression in _contributions(row).values())]
    columns = ", ".join(("day", *KEY, *SUMS))
    sums = ", ".join(f"{s} = {s} + excluded.{s}" for s in SUMS)
    return (f"INSERT INTO complaint_day_figures ({columns}) VALUES ({', '.join(values)}) "
            f"ON CONFLICT (day, {', '.join(KEY)}) DO UPDATE SET {sums};")


def _drop_empty(row: str) -> str:
    match = " AND ".join(f"{k} = {row}.{k}" for k in KEY)
    return (f"DELETE FROM complaint_day_figures WHERE day = substr({row}.saved_at, 1, 10) "
            f"AND {match} AND logged = 0;")


#: As the figures' query writes it, word for word: SQLite uses a partial index only for a
#: query whose WHERE contains the index's own terms.
OPEN_FOLLOW_UPS = "follow_up_needed = 1 AND status IN ('open', 'awaiting_follow_up', 'escalated')"

WATCHED = ("saved_at", "opened_at", "closed_at", "escalated_at", "customer_agrees",
           "follow_up_needed", "satisfaction", *KEY)


def upgrade() -> None:
    op.create_table(
        'complaint_day_figures',
        sa.Column('day', sa.String(length=10), nullable=False),
        sa.Column('category', sa.String(length=48), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=24), nullable=False),
        sa.Column('root_cause', sa.Text(), nullable=False),
        sa.Column('logged', sa.Integer(), nullable=False),
        sa.Column('first_contact', sa.Integer(), nullable=False),
        sa.Column('closed_timed', sa.Integer(), nullable=False),
        sa.Column('days_to_close', sa.Float(), nullable=False),
        sa.Column('handling_minutes', sa.Float(), nullable=False),
        sa.Column('scores', sa.Integer(), nullable=False),
        sa.Column('score_total', sa.Integer(), nullable=False),
        sa.Column('escalated', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'category', 'channel', 'status', 'root_cause',
                                name=op.f('pk_complaint_day_figures')),
        sqlite_with_rowid=False,
    )
    sums = ", ".join(f"total({e})" if s in ("days_to_close", "handling_minutes")
                     else f"sum({e})"
                     for s, e in _contributions("complaints").items())
    op.execute(f"INSERT INTO complaint_day_figures (day, {', '.join(KEY)}, {', '.join(SUMS)}) "
               f"SELECT substr(saved_at, 1, 10), {', '.join(KEY)}, {sums} FROM complaints "
               f"GROUP BY 1, {', '.join(KEY)}")
    op.execute("CREATE TRIGGER complaint_figures_insert AFTER INSERT ON complaints BEGIN "
               f"{_add('new', '+')} END")
    op.execute("CREATE TRIGGER complaint_figures_delete AFTER DELETE ON complaints BEGIN "
               f"{_add('old', '-')} {_drop_empty('old')} END")
    op.execute(f"CREATE TRIGGER complaint_figures_update AFTER UPDATE OF {', '.join(WATCHED)} "
               f"ON complaints BEGIN {_add('old', '-')} {_drop_empty('old')} "
               f"{_add('new', '+')} END")
    op.create_index('ix_complaints_open_follow_ups', 'complaints', ['follow_up_due'],
                    sqlite_where=sa.text(OPEN_FOLLOW_UPS))
    op.create_index('ix_complaints_suggestions', 'complaints', ['saved_at', 'id'],
                    sqlite_where=sa.text("improvement_suggestion != ''"))


def downgrade() -> None:
    op.drop_index('ix_complaints_suggestions', 'complaints')
    op.drop_index('ix_complaints_open_follow_ups', 'complaints')
    for name in ("complaint_figures_insert", "complaint_figures_delete",
                 "complaint_figures_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('complaint_day_figures')
