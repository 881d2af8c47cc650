"""``coordinator db``: schema migrations."""

from __future__ import annotations

import click

from coordinator.cli_support import run_async, settings_or_exit
from coordinator.db.engine import create_engine
from coordinator.db.migrate import current_revision, upgrade


@click.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
def upgrade_command() -> None:
    """Bring the database schema up to date (also done at every start)."""
    settings = settings_or_exit()

    async def work() -> str | None:
        engine = create_engine(settings.database_url)
        try:
            await upgrade(engine)
            return await current_revision(engine)
        finally:
            await engine.dispose()

    click.echo(f"database schema at revision {run_async(work)}")
