"""what volunteers changed after publishing: shifts given up and shifts taken on, kept by every rebuild

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('released_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('released_at')
