"""the hours agreed for a shift on a slot its volunteer offered only in part

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hours_from', sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column('hours_to', sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.drop_column('hours_to')
        batch_op.drop_column('hours_from')
