"""Initial schema: store, staff, complaints, incidents, audit trail, drafts; FTS5 search.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sequences',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('store_code', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'store_code', 'year', name=op.f('pk_sequences'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('code', name=op.f('uq_staff_code'))
    )
    op.create_table('store',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('jurisdiction', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store')),
    sa.UniqueConstraint('code', name=op.f('uq_store_code'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('staff_code', sa.String(length=12), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('record_type', sa.String(length=16), nullable=False),
    sa.Column('record_ref', sa.String(length=32), nullable=False),
    sa.Column('pc', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_log_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('store_code', sa.String(length=8), nullable=False),
    sa.Column('model_id', sa.String(length=32), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('customer_account', sa.Text(), nullable=False),
    sa.Column('paraphrase', sa.Text(), nullable=False),
    sa.Column('customer_feelings', sa.Text(), nullable=False),
    sa.Column('desired_outcome', sa.Text(), nullable=False),
    sa.Column('implicit_needs', sa.Text(), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('supply_type', sa.String(length=20), nullable=False),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('receipt_number', sa.String(length=64), nullable=False),
    sa.Column('amount_pence', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('repair_already_tried', sa.Boolean(), nullable=False),
    sa.Column('category', sa.String(length=48), nullable=False),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('five_whys', sa.Text(), nullable=False),
    sa.Column('apology_given', sa.Boolean(), nullable=False),
    sa.Column('empathy_statement', sa.Text(), nullable=False),
    sa.Column('chosen_option', sa.Integer(), nullable=True),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.Column('reasonable_adjustments', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('escalated_to', sa.String(length=200), nullable=False),
    sa.Column('escalation_reason', sa.Text(), nullable=False),
    sa.Column('escalated_at', sa.DateTime(), nullable=True),
    sa.Column('escalation_triggers', sa.String(length=200), nullable=False),
    sa.Column('customer_agrees', sa.Boolean(), nullable=True),
    sa.Column('customer_name', sa.String(length=120), nullable=False),
    sa.Column('thanked', sa.Boolean(), nullable=False),
    sa.Column('follow_up_needed', sa.Boolean(), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_method', sa.String(length=20), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('contact_consent', sa.Boolean(), nullable=False),
    sa.Column('contact_phone', sa.String(length=32), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=False),
    sa.Column('improvement_suggestion', sa.Text(), nullable=False),
    sa.Column('first_contact_resolution', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closure_note', sa.Text(), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['staff.id'], name=op.f('fk_complaints_approved_by_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_complaints_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints')),
    sa.UniqueConstraint('reference', name=op.f('uq_complaints_reference'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index('ix_complaints_category_saved_at', ['category', 'saved_at'], unique=False)
        batch_op.create_index('ix_complaints_customer_name', ['customer_name'], unique=False)
        batch_op.create_index('ix_complaints_follow_up_due', ['follow_up_due'], unique=False)
        batch_op.create_index('ix_complaints_saved_at', ['saved_at'], unique=False)
        batch_op.create_index('ix_complaints_staff_id_saved_at', ['staff_id', 'saved_at'], unique=False)
        batch_op.create_index('ix_complaints_status_saved_at', ['status', 'saved_at'], unique=False)

    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_drafts_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts'))
    )
    op.create_table('subject_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('handled_by', sa.Integer(), nullable=False),
    sa.Column('handled_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('records', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['handled_by'], ['staff.id'], name=op.f('fk_subject_requests_handled_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_requests'))
    )
    op.create_table('complaint_amendments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=48), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=False),
    sa.Column('new_value', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_amendments_complaint_id_complaints'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_complaint_amendments_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_amendments'))
    )
    with op.batch_alter_table('complaint_amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_amendments_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('complaint_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_answers_complaint_id_complaints'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_answers'))
    )
    with op.batch_alter_table('complaint_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_answers_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('complaint_options',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cost_pence', sa.Integer(), nullable=True),
    sa.Column('time', sa.String(length=200), nullable=False),
    sa.Column('impact', sa.Text(), nullable=False),
    sa.Column('remedy_code', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_options_complaint_id_complaints'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_options'))
    )
    with op.batch_alter_table('complaint_options', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_options_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('complaint_signatures',
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('png', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_complaint_signatures_complaint_id_complaints'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('complaint_id', name=op.f('pk_complaint_signatures'))
    )
    op.create_table('escalation_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_escalation_decisions_complaint_id_complaints'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_escalation_decisions_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_decisions'))
    )
    with op.batch_alter_table('escalation_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_decisions_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('customer_words', sa.Text(), nullable=False),
    sa.Column('confirmed_resolved', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_follow_ups_complaint_id_complaints'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_follow_ups_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('store_code', sa.String(length=8), nullable=False),
    sa.Column('reported_by', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('account', sa.Text(), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('behaviours', sa.String(length=400), nullable=False),
    sa.Column('protected_characteristics', sa.String(length=200), nullable=False),
    sa.Column('behaviour_other', sa.Text(), nullable=False),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('trigger_other', sa.Text(), nullable=False),
    sa.Column('deescalation', sa.String(length=400), nullable=False),
    sa.Column('deescalation_other', sa.Text(), nullable=False),
    sa.Column('called', sa.Text(), nullable=False),
    sa.Column('police_attended', sa.Boolean(), nullable=False),
    sa.Column('crime_reference', sa.String(length=64), nullable=False),
    sa.Column('injury', sa.String(length=16), nullable=False),
    sa.Column('injury_details', sa.Text(), nullable=False),
    sa.Column('days_off_work', sa.Integer(), nullable=True),
    sa.Column('cctv_captured', sa.Boolean(), nullable=False),
    sa.Column('cctv_reference', sa.String(length=64), nullable=False),
    sa.Column('person_description', sa.Text(), nullable=False),
    sa.Column('welfare_support_offered', sa.Boolean(), nullable=False),
    sa.Column('debrief_date', sa.Date(), nullable=True),
    sa.Column('welfare_done', sa.Boolean(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_incidents_complaint_id_complaints')),
    sa.ForeignKeyConstraint(['reported_by'], ['staff.id'], name=op.f('fk_incidents_reported_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents')),
    sa.UniqueConstraint('reference', name=op.f('uq_incidents_reference'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index('ix_incidents_complaint_id', ['complaint_id'], unique=False)
        batch_op.create_index('ix_incidents_occurred_at', ['occurred_at'], unique=False)

    op.create_table('incident_disclosures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('disclosed_on', sa.Date(), nullable=False),
    sa.Column('recipient', sa.String(length=120), nullable=False),
    sa.Column('organisation', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('what', sa.String(length=24), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_disclosures_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'], name=op.f('fk_incident_disclosures_recorded_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_disclosures'))
    )
    with op.batch_alter_table('incident_disclosures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_disclosures_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('part', sa.String(length=16), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_people_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_incident_people_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_people'))
    )
    with op.batch_alter_table('incident_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_people_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_people_staff_id'), ['staff_id'], unique=False)

    op.create_table('incident_updates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_updates_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_incident_updates_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_updates'))
    )
    with op.batch_alter_table('incident_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_updates_incident_id'), ['incident_id'], unique=False)

    _create_search_index()
    _protect_audit_log()


FTS_COLUMNS = ("reference", "customer_name", "product", "receipt_number",
               "customer_account", "paraphrase", "root_cause", "desired_outcome")


def _create_search_index() -> None:
    """Full-text search over complaints, kept in step by triggers (FTS5 external content)."""
    columns = ", ".join(FTS_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    op.execute(f"CREATE VIRTUAL TABLE complaints_fts USING fts5({columns}, "
               "content='complaints', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 2')")
    op.execute(f"CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN "
               f"INSERT INTO complaints_fts(rowid, {columns}) VALUES (new.id, {new_values}); END")
    op.execute(f"CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN "
               f"INSERT INTO complaints_fts(complaints_fts, rowid, {columns}) "
               f"VALUES ('delete', old.id, {old_values}); END")
    op.execute(f"CREATE TRIGGER complaints_fts_update AFTER UPDATE ON complaints BEGIN "
               f"INSERT INTO complaints_fts(complaints_fts, rowid, {columns}) "
               f"VALUES ('delete', old.id, {old_values}); "
               f"INSERT INTO complaints_fts(rowid, {columns}) VALUES (new.id, {new_values}); END")


def _protect_audit_log() -> None:
    """The program cannot change or remove an audit entry."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                   f"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END")


def downgrade() -> None:
    for name in ("audit_log_no_update", "audit_log_no_delete", "complaints_fts_insert",
                 "complaints_fts_delete", "complaints_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS complaints_fts")
    with op.batch_alter_table('incident_updates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_updates_incident_id'))

    op.drop_table('incident_updates')
    with op.batch_alter_table('incident_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_people_staff_id'))
        batch_op.drop_index(batch_op.f('ix_incident_people_incident_id'))

    op.drop_table('incident_people')
    with op.batch_alter_table('incident_disclosures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_disclosures_incident_id'))

    op.drop_table('incident_disclosures')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_occurred_at')
        batch_op.drop_index('ix_incidents_complaint_id')

    op.drop_table('incidents')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_complaint_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('escalation_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_decisions_complaint_id'))

    op.drop_table('escalation_decisions')
    op.drop_table('complaint_signatures')
    with op.batch_alter_table('complaint_options', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_options_complaint_id'))

    op.drop_table('complaint_options')
    with op.batch_alter_table('complaint_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_answers_complaint_id'))

    op.drop_table('complaint_answers')
    with op.batch_alter_table('complaint_amendments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_amendments_complaint_id'))

    op.drop_table('complaint_amendments')
    op.drop_table('subject_requests')
    op.drop_table('drafts')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_status_saved_at')
        batch_op.drop_index('ix_complaints_staff_id_saved_at')
        batch_op.drop_index('ix_complaints_saved_at')
        batch_op.drop_index('ix_complaints_follow_up_due')
        batch_op.drop_index('ix_complaints_customer_name')
        batch_op.drop_index('ix_complaints_category_saved_at')

    op.drop_table('complaints')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    op.drop_table('store')
    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('sequences')
