"""posted messages by stable name, so a later notice edits them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('posted_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('front_end', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('channel_ref', sa.String(length=40), nullable=False),
    sa.Column('message_ref', sa.String(length=40), nullable=False),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posted_messages')),
    sa.UniqueConstraint('front_end', 'name', name=op.f('uq_posted_messages_front_end'))
    )


def downgrade() -> None:
    op.drop_table('posted_messages')
