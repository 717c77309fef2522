"""Head office's audit trail: every view, print and export, by whom (their PostgreSQL
role, filled in by PostgreSQL itself), append-only. And what people may read of the
bundles received and the import log: their region's stores', as with the records.

Revision ID: h0003
Revises: h0002
Create Date: 2026-12-01
"""
from alembic import op


revision = 'h0003'
down_revision = 'h0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE ho_audit (id BIGSERIAL PRIMARY KEY, "
               "at TIMESTAMP NOT NULL DEFAULT localtimestamp, "
               "db_role TEXT NOT NULL DEFAULT current_user, action TEXT NOT NULL, "
               "what TEXT NOT NULL DEFAULT '')")
    op.execute("CREATE FUNCTION ho_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$")
    op.execute("CREATE TRIGGER ho_audit_no_change BEFORE UPDATE OR DELETE ON ho_audit "
               "FOR EACH ROW EXECUTE FUNCTION ho_audit_append_only()")
    op.execute("ALTER TABLE ho_audit ENABLE ROW LEVEL SECURITY")
    op.execute("GRANT INSERT ON ho_audit TO ho_chain, ho_regional")
    op.execute("GRANT USAGE ON SEQUENCE ho_audit_id_seq TO ho_chain, ho_regional")
    # a person writes entries in their own name only, and reads none
    op.execute("CREATE POLICY own_entries ON ho_audit FOR INSERT TO ho_chain, ho_regional "
               "WITH CHECK (db_role = current_user)")
    for table in ("ho_received", "ho_imports"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"GRANT SELECT ON {table} TO ho_chain, ho_regional")
        op.execute(f"CREATE POLICY chain_reads ON {table} FOR SELECT TO ho_chain USING (true)")
        op.execute(f"CREATE POLICY region_reads ON {table} FOR SELECT TO ho_regional USING ("
                   "store_code IN (SELECT s.code FROM ho_stores s JOIN ho_people p "
                   "ON p.region = s.region WHERE p.db_role = current_user))")


def downgrade() -> None:
    for table in ("ho_received", "ho_imports"):
        op.execute(f"DROP POLICY chain_reads ON {table}")
        op.execute(f"DROP POLICY region_reads ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TABLE ho_audit")
    op.execute("DROP FUNCTION ho_audit_append_only()")
