"""spine: leased timed jobs whose keys can be re-armed, the outbox, one-time link codes

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

ACTIVE = sa.text("state IN ('pending', 'running')")


def upgrade() -> None:
    with op.batch_alter_table('timed_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_constraint('uq_timed_jobs_key', type_='unique')
        batch_op.create_index(batch_op.f('ix_timed_jobs_key'), ['key'], unique=False)
    op.execute("UPDATE timed_jobs SET state = 'pending' WHERE state = 'interrupted'")
    op.create_index('uq_timed_jobs_active_key', 'timed_jobs', ['key'], unique=True,
                    postgresql_where=ACTIVE, sqlite_where=ACTIVE)

    op.create_table('outbox_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient_kind', sa.String(length=16), nullable=False),
    sa.Column('recipient_ref', sa.String(length=320), nullable=False),
    sa.Column('recipient_label', sa.String(length=200), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=200), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('available_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_outbox_messages_dedupe_key'))
    )
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_messages_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_available_at'), ['available_at'], unique=False)

    op.create_table('link_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_link_codes_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_codes')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_link_codes_code_hash'))
    )
    with op.batch_alter_table('link_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_codes_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    op.drop_table('link_codes')
    op.drop_table('outbox_messages')
    op.drop_index('uq_timed_jobs_active_key', table_name='timed_jobs')
    with op.batch_alter_table('timed_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timed_jobs_key'))
        batch_op.create_unique_constraint('uq_timed_jobs_key', ['key'])
        batch_op.drop_column('lease_until')
