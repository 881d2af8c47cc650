"""conversations kept per place and person; button actions kept on the server

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conversations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=False),
    sa.Column('account', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversations')),
    sa.UniqueConstraint('channel', 'account', name=op.f('uq_conversations_channel'))
    )
    op.create_table('button_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=24), nullable=False),
    sa.Column('command', sa.String(length=100), nullable=False),
    sa.Column('args', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_button_actions')),
    sa.UniqueConstraint('token', name=op.f('uq_button_actions_token'))
    )


def downgrade() -> None:
    op.drop_table('button_actions')
    op.drop_table('conversations')
