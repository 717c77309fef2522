"""Who sees what at head office, enforced by PostgreSQL itself (row-level security).

Each head-office person signs in as a PostgreSQL role of their own, a member of
`ho_chain` (every store) or `ho_regional` (the stores of their region). `ho_people` says
each role's region and whether it may read incidents. The policies read it for
`current_user`, so a regional manager's role cannot read another region's rows however it
queries, and no role reads an incident without the right. The importing role owns the
tables and is not bound by the policies.

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-01
"""
from alembic import op


revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None

GROUPS = ("ho_chain", "ho_regional")
MINE = ("EXISTS (SELECT 1 FROM ho_people p WHERE p.db_role = current_user{extra})")
REGION = ("store_code IN (SELECT s.code FROM ho_stores s JOIN ho_people p "
          "ON p.region = s.region WHERE p.db_role = current_user{extra})")


def upgrade() -> None:
    for group in GROUPS:
        op.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                   f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$")
    op.execute("CREATE TABLE ho_people (db_role TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
               "name TEXT NOT NULL, region TEXT, incidents BOOLEAN NOT NULL DEFAULT false, "
               "added_at TIMESTAMP NOT NULL, removed_at TIMESTAMP)")
    for table in ("ho_complaints", "ho_incidents", "ho_stores"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"GRANT SELECT ON {table} TO {', '.join(GROUPS)}")
    op.execute(f"GRANT SELECT ON ho_people TO {', '.join(GROUPS)}")
    op.execute(f"CREATE POLICY chain_reads ON ho_complaints FOR SELECT TO ho_chain "
               f"USING ({MINE.format(extra='')})")
    op.execute(f"CREATE POLICY region_reads ON ho_complaints FOR SELECT TO ho_regional "
               f"USING ({REGION.format(extra='')})")
    op.execute(f"CREATE POLICY chain_reads ON ho_incidents FOR SELECT TO ho_chain "
               f"USING ({MINE.format(extra=' AND p.incidents')})")
    op.execute(f"CREATE POLICY region_reads ON ho_incidents FOR SELECT TO ho_regional "
               f"USING ({REGION.format(extra=' AND p.incidents')})")
    op.execute("CREATE POLICY chain_reads ON ho_stores FOR SELECT TO ho_chain USING (true)")
    op.execute("CREATE POLICY region_reads ON ho_stores FOR SELECT TO ho_regional USING ("
               "region IN (SELECT p.region FROM ho_people p WHERE p.db_role = current_user))")


def downgrade() -> None:
    for table in ("ho_complaints", "ho_incidents", "ho_stores"):
        op.execute(f"DROP POLICY IF EXISTS chain_reads ON {table}")
        op.execute(f"DROP POLICY IF EXISTS region_reads ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TABLE ho_people")
