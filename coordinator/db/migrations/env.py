"""Alembic environment: runs on the connection handed over by ``coordinator.db.migrate``."""

from alembic import context

from coordinator.db.base import Base, import_all_models

import_all_models()
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `coordinator db upgrade`, which supplies the connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
