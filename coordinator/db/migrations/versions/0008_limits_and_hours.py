"""a volunteer's own weekly limit, and the hours a partial slot covers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('max_shifts', sa.Integer(), nullable=True))
    for table in ('standing_availability', 'availability_overrides'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('hours_from', sa.String(length=5), nullable=True))
            batch_op.add_column(sa.Column('hours_to', sa.String(length=5), nullable=True))


def downgrade() -> None:
    for table in ('availability_overrides', 'standing_availability'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('hours_to')
            batch_op.drop_column('hours_from')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('max_shifts')
