"""Head office's first schema: stores, their keys, bundles received, imports, and every
store's complaints and incidents (columns as the record schema had them at this revision).

Revision ID: h0001
Revises:
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = 'h0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ho_imports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('store_code', sa.Text(), nullable=True),
    sa.Column('sequence_from', sa.BigInteger(), nullable=True),
    sa.Column('sequence_to', sa.BigInteger(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('changes_applied', sa.Integer(), server_default='0', nullable=False),
    sa.Column('message', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_ho_imports_store_at', 'ho_imports', ['store_code', 'at'], unique=False)
    op.create_table('ho_stores',
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('region', sa.Text(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('ho_complaints',
    sa.Column('store_code', sa.Text(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('erased', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('model_id', sa.Text(), nullable=True),
    sa.Column('staff_code', sa.Text(), nullable=True),
    sa.Column('staff_name', sa.Text(), nullable=True),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('saved_at', sa.DateTime(), nullable=True),
    sa.Column('customer_account', sa.Text(), nullable=True),
    sa.Column('paraphrase', sa.Text(), nullable=True),
    sa.Column('customer_feelings', sa.Text(), nullable=True),
    sa.Column('desired_outcome', sa.Text(), nullable=True),
    sa.Column('implicit_needs', sa.Text(), nullable=True),
    sa.Column('product', sa.Text(), nullable=True),
    sa.Column('supply_type', sa.Text(), nullable=True),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('receipt_number', sa.Text(), nullable=True),
    sa.Column('amount_pence', sa.Integer(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('repair_already_tried', sa.Boolean(), nullable=True),
    sa.Column('how_bought', sa.Text(), nullable=True),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('fault_appeared_on', sa.Date(), nullable=True),
    sa.Column('goods_facts', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('installed_on', sa.Date(), nullable=True),
    sa.Column('repair_requested_on', sa.Date(), nullable=True),
    sa.Column('repair_returned_on', sa.Date(), nullable=True),
    sa.Column('category', sa.Text(), nullable=True),
    sa.Column('clarifying_answers', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('root_cause', sa.Text(), nullable=True),
    sa.Column('five_whys', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('apology_given', sa.Boolean(), nullable=True),
    sa.Column('empathy_statement', sa.Text(), nullable=True),
    sa.Column('options', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('chosen_option', sa.Integer(), nullable=True),
    sa.Column('justification', sa.Text(), nullable=True),
    sa.Column('reasonable_adjustments', sa.Text(), nullable=True),
    sa.Column('legal_hint', sa.Text(), nullable=True),
    sa.Column('legal_rules', sa.Text(), nullable=True),
    sa.Column('law_table_version', sa.Text(), nullable=True),
    sa.Column('approval', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('escalation', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('customer_agrees', sa.Boolean(), nullable=True),
    sa.Column('customer_name', sa.Text(), nullable=True),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('thanked', sa.Boolean(), nullable=True),
    sa.Column('follow_up_needed', sa.Boolean(), nullable=True),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_method', sa.Text(), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('contact_consent', sa.Boolean(), nullable=True),
    sa.Column('contact_phone', sa.Text(), nullable=True),
    sa.Column('contact_email', sa.Text(), nullable=True),
    sa.Column('improvement_suggestion', sa.Text(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closure_note', sa.Text(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.Column('amendments', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('follow_ups', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('decisions', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('search', postgresql.TSVECTOR(), sa.Computed("to_tsvector('simple', reference || ' ' || coalesce(customer_account, '') || ' ' || coalesce(paraphrase, '') || ' ' || coalesce(desired_outcome, '') || ' ' || coalesce(product, '') || ' ' || coalesce(receipt_number, '') || ' ' || coalesce(root_cause, '') || ' ' || coalesce(customer_name, ''))", persisted=True), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['ho_stores.code'], ),
    sa.PrimaryKeyConstraint('store_code', 'reference', name='pk_ho_complaints')
    )
    op.create_index('ix_ho_complaints_search', 'ho_complaints', ['search'], unique=False, postgresql_using='gin')
    op.create_table('ho_incidents',
    sa.Column('store_code', sa.Text(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('erased', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('reported_by_code', sa.Text(), nullable=True),
    sa.Column('reported_by_name', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('account', sa.Text(), nullable=True),
    sa.Column('situation', sa.Text(), nullable=True),
    sa.Column('task', sa.Text(), nullable=True),
    sa.Column('action', sa.Text(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('behaviours', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('protected_characteristics', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('behaviour_other', sa.Text(), nullable=True),
    sa.Column('people', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=True),
    sa.Column('trigger_other', sa.Text(), nullable=True),
    sa.Column('deescalation', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('deescalation_other', sa.Text(), nullable=True),
    sa.Column('called', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('police_attended', sa.Boolean(), nullable=True),
    sa.Column('crime_reference', sa.Text(), nullable=True),
    sa.Column('injury', sa.Text(), nullable=True),
    sa.Column('injury_details', sa.Text(), nullable=True),
    sa.Column('specified_injuries', sa.ARRAY(sa.Text()), nullable=True),
    sa.Column('days_off_work', sa.Integer(), nullable=True),
    sa.Column('public_to_hospital', sa.Boolean(), nullable=True),
    sa.Column('cctv_captured', sa.Boolean(), nullable=True),
    sa.Column('cctv_reference', sa.Text(), nullable=True),
    sa.Column('person_description', sa.Text(), nullable=True),
    sa.Column('welfare_support_offered', sa.Boolean(), nullable=True),
    sa.Column('debrief_date', sa.Date(), nullable=True),
    sa.Column('welfare_done', sa.Boolean(), nullable=True),
    sa.Column('complaint_reference', sa.Text(), nullable=True),
    sa.Column('jurisdiction', sa.Text(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.Column('updates', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('disclosures', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('search', postgresql.TSVECTOR(), sa.Computed("to_tsvector('simple', reference)", persisted=True), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['ho_stores.code'], ),
    sa.PrimaryKeyConstraint('store_code', 'reference', name='pk_ho_incidents')
    )
    op.create_index('ix_ho_incidents_search', 'ho_incidents', ['search'], unique=False, postgresql_using='gin')
    op.create_table('ho_received',
    sa.Column('store_code', sa.Text(), nullable=False),
    sa.Column('sequence_from', sa.BigInteger(), nullable=False),
    sa.Column('sequence_to', sa.BigInteger(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['store_code'], ['ho_stores.code'], ),
    sa.PrimaryKeyConstraint('store_code', 'sequence_from', 'sequence_to', name='pk_ho_received')
    )
    op.create_table('ho_store_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('store_code', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.Text(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['ho_stores.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fingerprint')
    )


def downgrade() -> None:
    op.drop_table('ho_store_keys')
    op.drop_table('ho_received')
    op.drop_index('ix_ho_incidents_search', table_name='ho_incidents', postgresql_using='gin')
    op.drop_table('ho_incidents')
    op.drop_index('ix_ho_complaints_search', table_name='ho_complaints', postgresql_using='gin')
    op.drop_table('ho_complaints')
    op.drop_table('ho_stores')
    op.drop_index('ix_ho_imports_store_at', table_name='ho_imports')
    op.drop_table('ho_imports')
