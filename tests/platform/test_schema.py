"""The migrations build exactly the tables the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from coordinator.app import App
from coordinator.db.base import Base, import_all_models


async def test_the_migrated_schema_matches_the_models(app: App) -> None:
    import_all_models()
    async with app.engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata))
    assert differences == []
