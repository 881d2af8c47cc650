"""roster: weeks, shifts, offers, swaps, calendar tokens

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:22:41.236647
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('roster_weeks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.Column('draft', sa.JSON(), nullable=True),
    sa.Column('built_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_weeks')),
    sa.UniqueConstraint('week', name=op.f('uq_roster_weeks_week'))
    )
    op.create_table('calendar_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_calendar_tokens_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_calendar_tokens_token_hash'))
    )
    with op.batch_alter_table('calendar_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_tokens_member_id'), ['member_id'], unique=False)

    op.create_table('roster_shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('roster_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=3), nullable=False),
    sa.Column('slot', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_roster_shifts_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['roster_id'], ['roster_weeks.id'], name=op.f('fk_roster_shifts_roster_id_roster_weeks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_shifts')),
    sa.UniqueConstraint('roster_id', 'member_id', 'day', 'slot', name=op.f('uq_roster_shifts_roster_id'))
    )
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_shifts_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roster_shifts_roster_id'), ['roster_id'], unique=False)

    op.create_table('shift_offers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dropped_shift_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dropped_shift_id'], ['roster_shifts.id'], name=op.f('fk_shift_offers_dropped_shift_id_roster_shifts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_shift_offers_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_offers')),
    sa.UniqueConstraint('dropped_shift_id', 'member_id', name=op.f('uq_shift_offers_dropped_shift_id'))
    )
    with op.batch_alter_table('shift_offers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_offers_dropped_shift_id'), ['dropped_shift_id'], unique=False)

    op.create_table('swap_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('from_member_id', sa.Integer(), nullable=False),
    sa.Column('to_member_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['from_member_id'], ['members.id'], name=op.f('fk_swap_requests_from_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shift_id'], ['roster_shifts.id'], name=op.f('fk_swap_requests_shift_id_roster_shifts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_member_id'], ['members.id'], name=op.f('fk_swap_requests_to_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_swap_requests'))
    )


def downgrade() -> None:
    op.drop_table('swap_requests')
    with op.batch_alter_table('shift_offers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_offers_dropped_shift_id'))

    op.drop_table('shift_offers')
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_shifts_roster_id'))
        batch_op.drop_index(batch_op.f('ix_roster_shifts_member_id'))

    op.drop_table('roster_shifts')
    with op.batch_alter_table('calendar_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_tokens_member_id'))

    op.drop_table('calendar_tokens')
    op.drop_table('roster_weeks')
