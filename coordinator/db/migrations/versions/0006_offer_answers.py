"""when an offer was answered, so a late taker hears who took the shift and when

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('shift_offers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('shift_offers', schema=None) as batch_op:
        batch_op.drop_column('answered_at')
