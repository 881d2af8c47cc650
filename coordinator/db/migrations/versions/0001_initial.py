"""initial schema: team, availability, timed jobs

Revision ID: 0001
Revises:
Create Date: 2026-11-22 22:35:45.189493
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.String(length=16), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('discord_id', sa.BigInteger(), nullable=True),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mentor_id'], ['members.id'], name=op.f('fk_members_mentor_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('discord_id', name=op.f('uq_members_discord_id')),
    sa.UniqueConstraint('staff_id', name=op.f('uq_members_staff_id'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_display_name'), ['display_name'], unique=False)

    op.create_table('timed_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timed_jobs')),
    sa.UniqueConstraint('key', name=op.f('uq_timed_jobs_key'))
    )
    with op.batch_alter_table('timed_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timed_jobs_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_timed_jobs_state'), ['state'], unique=False)

    op.create_table('availability_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('week', sa.Date(), nullable=True),
    sa.Column('understood', sa.JSON(), nullable=False),
    sa.Column('replaced', sa.JSON(), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_availability_messages_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availability_messages'))
    )
    with op.batch_alter_table('availability_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_availability_messages_member_id'), ['member_id'], unique=False)

    op.create_table('member_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_roles_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_roles')),
    sa.UniqueConstraint('member_id', 'role', name=op.f('uq_member_roles_member_id'))
    )
    with op.batch_alter_table('member_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_roles_member_id'), ['member_id'], unique=False)

    op.create_table('availability_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Date(), nullable=False),
    sa.Column('day', sa.String(length=3), nullable=False),
    sa.Column('slot', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_availability_overrides_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['availability_messages.id'], name=op.f('fk_availability_overrides_message_id_availability_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availability_overrides')),
    sa.UniqueConstraint('member_id', 'week', 'day', 'slot', name=op.f('uq_availability_overrides_member_id'))
    )
    with op.batch_alter_table('availability_overrides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_availability_overrides_member_id'), ['member_id'], unique=False)

    op.create_table('leave',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_leave_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['availability_messages.id'], name=op.f('fk_leave_message_id_availability_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave'))
    )
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leave_member_id'), ['member_id'], unique=False)

    op.create_table('standing_availability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=3), nullable=False),
    sa.Column('slot', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_standing_availability_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['availability_messages.id'], name=op.f('fk_standing_availability_message_id_availability_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standing_availability')),
    sa.UniqueConstraint('member_id', 'day', 'slot', name=op.f('uq_standing_availability_member_id'))
    )
    with op.batch_alter_table('standing_availability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standing_availability_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('standing_availability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standing_availability_member_id'))

    op.drop_table('standing_availability')
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leave_member_id'))

    op.drop_table('leave')
    with op.batch_alter_table('availability_overrides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_availability_overrides_member_id'))

    op.drop_table('availability_overrides')
    with op.batch_alter_table('member_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_roles_member_id'))

    op.drop_table('member_roles')
    with op.batch_alter_table('availability_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_availability_messages_member_id'))

    op.drop_table('availability_messages')
    with op.batch_alter_table('timed_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timed_jobs_state'))
        batch_op.drop_index(batch_op.f('ix_timed_jobs_due_at'))

    op.drop_table('timed_jobs')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_display_name'))

    op.drop_table('members')
